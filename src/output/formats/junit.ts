import { textIn } from '../../domain/lang.js';
import { normText, words } from '../locale/index.js';
import { printable } from '../printable.js';
import { setupLines } from '../setup.js';
import type { CaseReport, FindingEntry } from '../../check/case-report.js';
import { ciPath } from './github.js';
import type { FormatContext, Formatter } from './index.js';

/**
 * JUnit XML as the test tabs of GitLab, Jenkins and Azure DevOps read it: a <testsuite> per
 * case, a <testcase> per rule, and a <failure> for each rule with an error finding. A case that
 * could not be evaluated is one testcase `input` with an <error>: the check itself broke, which
 * these tools show apart from failed checks.
 *
 * Warnings and infos do not fail a testcase: they go, with their lines, into the testcase's
 * <system-out>, which all three show on the test's detail page. <skipped> would say the check
 * did not run (and bury it among skipped counts), and <failure> would turn the tab red where
 * `poort check` itself exits 0 (the default fail level is error).
 *
 * Streamed, so the root <testsuites> carries no totals (they are optional; the tools add up
 * the suites).
 */
export function junitFormatter(ctx: FormatContext): Formatter<string> {
  return {
    start: () => '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="poort">\n',
    render: (c) => testsuite(c, ctx),
    add: (suite) => suite,
    end: () => '</testsuites>\n',
  };
}

interface TestCase {
  name: string;
  failure?: { message: string; body: string };
  error?: { message: string; body: string };
  out?: string;
}

function testsuite(c: CaseReport, ctx: FormatContext): string {
  const lang = ctx.lang;
  const file = ciPath(c.file, ctx.cwd);
  // Lines are lines of the physical file, whatever the case's label.
  const where = (line: number | null, column: number | null = null): string =>
    `${file ?? c.source}${line !== null ? `:${line}${column !== null ? `:${column}` : ''}` : ''}`;

  const cases: TestCase[] = [];
  if (!c.valid) {
    // Each line printable: a value from the file never becomes a line of its own in a CI log.
    const body = c.problems.map((p) => printable(`${where(p.line, p.column)}: ${p.path ? `${p.path}: ` : ''}${p.message}`)).join('\n');
    cases.push({
      name: 'input',
      error: { message: printable(`${c.problems.length} ${words(lang).report.inputProblems}: ${c.problems[0]?.message ?? ''}`), body },
    });
  } else {
    const byRule = new Map<string, FindingEntry[]>();
    for (const f of c.findings) byRule.set(f.rule, [...(byRule.get(f.rule) ?? []), f]);
    const titles = new Map<string, string>(ctx.rules.map((r) => [r.id, textIn(r.title, lang)]));
    // A finding of a rule outside the table still gets its testcase.
    for (const f of c.findings) if (!titles.has(f.rule)) titles.set(f.rule, f.title);
    for (const [id, title] of titles) {
      const found = byRule.get(id) ?? [];
      const line = (f: FindingEntry): string =>
        printable(`${where(f.line)}: ${words(lang).severity[f.severity]}: ${f.message} (${words(lang).ui.norm}: ${normText(f.norm, lang)}; ${words(lang).ui.source}: ${f.source})`);
      const errors = found.filter((f) => f.severity === 'error');
      const tc: TestCase = { name: `${id}: ${title}` };
      if (errors.length > 0) tc.failure = { message: printable(errors.map((f) => f.message).join('; ')), body: found.map(line).join('\n') };
      else if (found.length > 0) tc.out = found.map(line).join('\n');
      cases.push(tc);
    }
  }

  const failures = cases.filter((t) => t.failure).length;
  const errors = cases.filter((t) => t.error).length;
  const props: [string, string][] = [
    ['werknemer', printable(c.werknemer ?? '')],
    ['week', c.clock?.week?.toString() ?? ''],
    ['asOf', ctx.asOf.toString()],
    // Every suite says what the outcome rests on besides the law: the tools show properties per suite.
    ...setupLines(ctx.setup, lang).map((line): [string, string] => ['poort.setup', line]),
  ];
  const out = [
    `  <testsuite${attrs({ name: c.source, tests: cases.length, failures, errors, skipped: 0, time: 0 })}>`,
    '    <properties>',
    ...props.filter(([, v]) => v !== '').map(([name, value]) => `      <property${attrs({ name, value })}/>`),
    '    </properties>',
  ];
  for (const t of cases) {
    const open = `    <testcase${attrs({ classname: c.source, name: t.name, file: file ?? undefined, time: 0 })}`;
    const inner: string[] = [];
    if (t.failure) inner.push(`      <failure${attrs({ message: t.failure.message, type: 'error' })}>${text(t.failure.body)}</failure>`);
    if (t.error) inner.push(`      <error${attrs({ message: t.error.message, type: 'input-problem' })}>${text(t.error.body)}</error>`);
    if (t.out) inner.push(`      <system-out>${text(t.out)}</system-out>`);
    out.push(inner.length === 0 ? `${open}/>` : `${open}>\n${inner.join('\n')}\n    </testcase>`);
  }
  out.push('  </testsuite>');
  return `${out.join('\n')}\n`;
}

function attrs(a: Readonly<Record<string, string | number | undefined>>): string {
  return Object.entries(a)
    .filter((e): e is [string, string | number] => e[1] !== undefined)
    // Every attribute printable: a CI log that shows the file must find no command in a name.
    .map(([k, v]) => ` ${k}="${attribute(printable(String(v)))}"`)
    .join('');
}

/**
 * Characters XML 1.0 cannot hold at all (most C0 controls, U+FFFE/U+FFFF, lone surrogates):
 * dropped, as no escape can carry them.
 */
const ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text content: `&`, `<` and `>` escaped (`>` for `]]>`). */
export function text(s: string): string {
  return s.replace(ILLEGAL, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** An attribute value in double quotes; tabs and line breaks as references, so that they survive attribute normalisation. */
export function attribute(s: string): string {
  return text(s).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');
}
