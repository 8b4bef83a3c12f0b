import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { displayWidth, fits, stripAnsi, wrap } from './wrap.js';

const c = new Chalk({ level: 1 });

describe('displayWidth', () => {
  it('counts colour codes as nothing', () => {
    expect(displayWidth(c.red.bold('fout'))).toBe(4);
  });

  it('counts a wide character as two columns and a combining mark as none', () => {
    expect(displayWidth('日本')).toBe(4);
    expect(displayWidth('e\u0301')).toBe(1);
  });
});

describe('fits', () => {
  it('holds every line to the width; null is no limit', () => {
    expect(fits('abc\nabcd', 4)).toBe(true);
    expect(fits('abc\nabcde', 4)).toBe(false);
    expect(fits('x'.repeat(500), null)).toBe(true);
  });
});

describe('wrap', () => {
  it('breaks at word boundaries, dropping the spaces at a break only', () => {
    expect(wrap('termijn verstreken  op 02-03-2026 volgens art. 7:658a', 20)).toEqual(['termijn verstreken', 'op 02-03-2026', 'volgens art. 7:658a']);
  });

  it('keeps a line that fits as it is', () => {
    expect(wrap('a  b   c', 20)).toEqual(['a  b   c']);
  });

  it('indents the first line and hangs the others', () => {
    expect(wrap('✖ fout tweede-spoor te laat gestart', 16, { indent: 2, hanging: 4 })).toEqual(['  ✖ fout', '    tweede-spoor', '    te laat', '    gestart']);
  });

  it('hangs every line by the indent when no hanging indent is given', () => {
    expect(wrap('een twee drie', 14, { indent: 4 })).toEqual(['    een twee', '    drie']);
  });

  it('breaks a word longer than the line hard, and only that word', () => {
    expect(wrap('zie examples/een-heel-lang-pad.yaml hier', 12)).toEqual(['zie', 'examples/een', '-heel-lang-p', 'ad.yaml hier']);
  });

  it('starts a new line at a newline, with the hanging indent', () => {
    expect(wrap('• een\n• twee', 20, { indent: 2, hanging: 4 })).toEqual(['  • een', '    • twee']);
  });

  it('does not count colour codes, and closes and reopens a colour across a break', () => {
    const lines = wrap(c.red('aaaa bbbb cccc'), 12, { indent: 0, hanging: 2 });
    expect(lines.map(stripAnsi)).toEqual(['aaaa bbbb', '  cccc']);
    expect(lines[0]).toBe('\u001b[31maaaa bbbb\u001b[0m');
    // The indent stays uncoloured.
    expect(lines[1]).toBe('  \u001b[31mcccc\u001b[39m');
    expect(wrap(`${c.bold('x'.repeat(5))} ${c.dim('y'.repeat(5))}`, 11)).toHaveLength(1);
  });

  it('gives way on the indent, not the width, when the width is under the indent', () => {
    const lines = wrap('vier vijf zes zeven', 8, { indent: 12 });
    expect(lines).toEqual(['vier', 'vijf zes', 'zeven']);
    for (const l of wrap('eenheelangwoord en meer', 3, { indent: 6, hanging: 8 })) expect(displayWidth(l)).toBeLessThanOrEqual(3);
  });

  it('with no width, gives the text as it is after the indents', () => {
    expect(wrap('a  b '.repeat(50), null, { indent: 2 })).toEqual([`  ${'a  b '.repeat(50)}`]);
    expect(wrap('a\nb', null, { indent: 2, hanging: 4 })).toEqual(['  a', '    b']);
  });
});
