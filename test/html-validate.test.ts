/**
 * The HTML pages are valid HTML by html-validate's recommended rules (the config is in
 * test/fixtures/htmlvalidate.json; the preset ships in the package, nothing is fetched): every
 * example on its own in both languages, a batch with a case that cannot be read, the agenda and
 * the deadlines.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { ROOT, runMain } from './helpers.js';

const validator = new HtmlValidate(JSON.parse(readFileSync(join(ROOT, 'test/fixtures/htmlvalidate.json'), 'utf8')) as ConfigData);
const examples = readdirSync(join(ROOT, 'examples')).filter((f) => f.endsWith('.yaml')).map((f) => `examples/${f}`);

async function expectValid(args: string[]): Promise<void> {
  const r = await runMain([...args, '--format', 'html']);
  expect(r.stdout, args.join(' ')).toMatch(/^<!DOCTYPE html>/);
  const report = await validator.validateString(r.stdout, args.join(' '));
  const messages = report.results.flatMap((res) => res.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
  expect(messages, args.join(' ')).toEqual([]);
}

describe('html-validate, recommended preset', () => {
  it.each(examples.flatMap((e) => [[e, 'nl'], [e, 'en']]))('check %s --lang %s', async (example, lang) => {
    await expectValid(['check', example, '--as-of', '2026-03-02', '--lang', lang]);
  });

  it.each(['nl', 'en'])('a batch of every example and a file that does not exist (--lang %s)', async (lang) => {
    await expectValid(['check', ...examples, 'ontbreekt.yaml', '--as-of', '2026-03-02', '--lang', lang]);
  });

  it.each(['nl', 'en'])('agenda and deadlines (--lang %s)', async (lang) => {
    await expectValid(['agenda', ...examples, 'ontbreekt.yaml', '--as-of', '2026-03-02', '--within', '8w', '--lang', lang]);
    await expectValid(['agenda', 'examples/schoon-dossier.yaml', '--as-of', '2020-01-01', '--lang', lang]);
    await expectValid(['deadlines', '2025-01-06', '--onderbreking', '2025-03-10..2025-03-20', '--as-of', '2025-06-01', '--lang', lang]);
  });
});
