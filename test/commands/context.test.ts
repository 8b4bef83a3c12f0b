/**
 * Every command starts from one context (issue 11): poort.config.yaml's `lang` and `rules`,
 * --lang, --no-config and --debug behave the same in each. Before, `check` answered in the
 * config's Dutch while `rules`, `explain`, `deadlines` and `init` answered in English, and
 * --debug was refused by the commands that did not declare it.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBin, tree } from '../helpers.js';

const CASE = 'werknemer: E-1\nziekmelding: 2025-01-06\n';
const dir = tree({ 'poort.config.yaml': 'lang: nl\n', 'a.yaml': CASE }, 'poort-context-');
const poort = (args: string[]) => runBin(args, { cwd: dir, env: { CI: '1', HOME: '/nonexistent-home' } });

/** Each command with what it says first in Dutch and in English. */
const COMMANDS: { args: string[]; nl: RegExp; en: RegExp }[] = [
  { args: ['check', 'a.yaml', '--as-of', '2025-03-01'], nl: /Bevindingen/, en: /Findings/ },
  { args: ['agenda', 'a.yaml', '--as-of', '2025-03-01'], nl: /^Agenda · peildatum/, en: /^Agenda · as of/ },
  { args: ['deadlines', '2025-01-06', '--as-of', '2025-03-01'], nl: /^Poortwachtertermijnen vanaf ziekmelding/, en: /^Poortwachter deadlines from ziekmelding/ },
  { args: ['rules'], nl: /│ Regel /, en: /│ Rule / },
  { args: ['explain', 'probleemanalyse'], nl: /Wat de regel controleert/, en: /What the rule checks/ },
];

describe('one context for every command', () => {
  it.each(COMMANDS)('$args.0: the config\'s lang, --lang over it, and --no-config', ({ args, nl, en }) => {
    expect(poort(args).stdout).toMatch(nl);
    expect(poort([...args, '--lang', 'en']).stdout).toMatch(en);
    expect(poort([...args, '--no-config']).stdout).toMatch(en);
  });

  it.each([['check', '--help'], ['agenda', '--help'], ['deadlines', '--help'], ['rules', '--help'], ['help', 'explain'], ['--help']])(
    '%s %s: the help in the config\'s language too, and --lang over it',
    (...args) => {
      expect(poort(args).stdout).toMatch(/--lang <lang> +taal: nl of en|Termijnen en dossiercontrole/);
      expect(poort([...args, '--lang', 'en']).stdout).not.toMatch(/taal: |Termijnen en dossiercontrole/);
      expect(poort([...args, '--no-config']).stdout).not.toMatch(/taal: |Termijnen en dossiercontrole/);
    },
  );

  it('init: its message in the config\'s language', () => {
    const r = poort(['init', 'nieuw.yaml']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^nieuw\.yaml geschreven/);
    expect(existsSync(join(dir, 'nieuw.yaml'))).toBe(true);
    expect(poort(['init', 'nieuw.yaml', '--lang', 'en']).stderr).toMatch(/already exists/);
  });

  it.each([...COMMANDS.map((c) => c.args), ['schema'], ['init']])('%s takes --debug, before or after its name', (...args) => {
    for (const argv of [[...args, '--debug'], ['--debug', ...args]]) {
      const r = poort(argv);
      expect(r.stderr, argv.join(' ')).toBe('');
      expect([0, 1], argv.join(' ')).toContain(r.code);
    }
  });
});
