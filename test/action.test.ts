/**
 * The GitHub Action (action.yml): its inputs and steps as GitHub reads them, and its run steps run
 * here with bash as the runner runs them: inputs through the step's `env:` mapping,
 * GITHUB_ACTION_PATH this repository, the workspace and the job summary in a temporary folder.
 * The `uses:` steps (setup-node, upload-sarif) are GitHub's; only their place and condition are checked.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { binEnv, ROOT, tree } from './helpers.js';
import { valid, type Sarif } from './formats/sarif-schema.js';

interface Step {
  name?: string;
  id?: string;
  if?: string;
  uses?: string;
  shell?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Action {
  inputs: Record<string, { description: string; default?: string }>;
  runs: { using: string; steps: Step[] };
}

const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as Action;
const steps = action.runs.steps;
const checkStep = steps.find((s) => s.id === 'check')!;
const installStep = steps.find((s) => s.name === 'Install poort')!;
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A step's `env:` with `${{ inputs.NAME }}` replaced as GitHub does: the given value, else the input's default. */
function stepEnv(step: Step, inputs: Record<string, string>): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(step.env ?? {})) {
    env[name] = value.replace(/\$\{\{\s*(.*?)\s*\}\}/g, (_, expr: string) => {
      const input = /^inputs\.([\w-]+)$/.exec(expr)?.[1];
      if (input === undefined || !(input in action.inputs)) throw new Error(`unknown expression in env: ${expr}`);
      return inputs[input] ?? action.inputs[input]!.default ?? '';
    });
  }
  return env;
}

/** Runs a run step as GitHub's bash does (`bash --noprofile --norc -eo pipefail`), in a new workspace holding `files`. */
function runStep(step: Step, inputs: Record<string, string>, files: Record<string, string> = {}, extraEnv: Record<string, string> = {}) {
  const workspace = tree(files, 'poort-action-');
  dirs.push(workspace);
  const summaryFile = join(workspace, '..', `${workspace.split('/').pop()}-summary.md`);
  writeFileSync(summaryFile, '');
  dirs.push(summaryFile);
  const script = join(workspace, '..', `${workspace.split('/').pop()}-step.sh`);
  writeFileSync(script, step.run!);
  dirs.push(script);
  const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], {
    cwd: workspace,
    encoding: 'utf8',
    env: binEnv({ ...stepEnv(step, inputs), GITHUB_ACTION_PATH: ROOT, GITHUB_WORKSPACE: workspace, GITHUB_STEP_SUMMARY: summaryFile, NO_COLOR: '1', ...extraEnv }),
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, workspace, summary: readFileSync(summaryFile, 'utf8') };
}

const example = (name: string): string => readFileSync(join(ROOT, 'examples', name), 'utf8');
const LATE = { 'dossiers/tweede-spoor-te-laat.yaml': example('tweede-spoor-te-laat.yaml') };
const CLEAN = { 'dossiers/schoon-dossier.yaml': example('schoon-dossier.yaml') };
// A day on which the late dossier has errors and the clean one only a warning.
const AS_OF = '2026-12-01';

describe('action.yml', () => {
  it('is a composite action with the documented inputs and defaults', () => {
    expect(action.runs.using).toBe('composite');
    const defaults = Object.fromEntries(Object.entries(action.inputs).map(([k, v]) => [k, v.default]));
    expect(defaults).toEqual({
      paths: '.', format: 'github', 'fail-on': '', rules: '', config: '', 'no-config': 'false', baseline: '', 'as-of': '', sarif: 'true', summary: 'true',
    });
    for (const input of Object.values(action.inputs)) expect(input.description).toBeTruthy();
  });

  it('sets up Node 20, installs from its own checkout, and uploads the SARIF even after a failed check', () => {
    expect(steps.map((s) => s.uses ?? s.id ?? s.name)).toEqual(['actions/setup-node@v4', 'Install poort', 'check', 'github/codeql-action/upload-sarif@v3']);
    expect(steps[0]!.with).toEqual({ 'node-version': 20 });
    const upload = steps[3]!;
    expect(upload.if).toBe("always() && inputs.sarif == 'true' && steps.check.outcome != 'skipped'");
    expect(upload.with).toMatchObject({ sarif_file: 'poort.sarif' });
  });

  it('puts no expression into shell code (script injection) and never runs npx', () => {
    for (const s of steps.filter((s) => s.run !== undefined)) {
      expect(s.shell).toBe('bash');
      expect(s.run).not.toContain('${{');
      expect(s.run).not.toMatch(/\bnpx\b/);
    }
  });

  it('installs with npm ci in the action path, which builds dist/ (prepare)', () => {
    // A stand-in npm records how it was called: a real npm ci here would replace this checkout's node_modules.
    const bin = tree({ npm: '#!/bin/sh\necho "$PWD $*" > "$NPM_CALLED"\n' }, 'poort-npm-');
    dirs.push(bin);
    chmodSync(join(bin, 'npm'), 0o755);
    const called = join(bin, 'called');
    const r = runStep(installStep, {}, {}, { PATH: `${bin}:${process.env.PATH}`, NPM_CALLED: called });
    expect(r.code).toBe(0);
    expect(readFileSync(called, 'utf8').trim()).toBe(`${ROOT.replace(/\/$/, '')} ci --no-audit --no-fund`);
    expect(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts.prepare).toBe('npm run build');
  });

  it('a late dossier: annotations, the job summary, poort.sarif, and exit code 1', () => {
    // Two paths and a pattern, as a user writes them, split on blanks and new lines.
    const r = runStep(checkStep, { paths: "dossiers/*.yaml\n  more/schoon-dossier.yaml", 'as-of': AS_OF }, { ...LATE, 'more/schoon-dossier.yaml': example('schoon-dossier.yaml') });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('::error file=dossiers/tweede-spoor-te-laat.yaml,line=50,title=Tweede spoor');
    expect(r.stdout).toContain('::warning file=more/schoon-dossier.yaml');
    expect(r.summary).toMatch(/^## Poortwachter check\n/);
    expect(r.summary).toContain('**Cases: 2**');
    const sarif = JSON.parse(readFileSync(join(r.workspace, 'poort.sarif'), 'utf8')) as Sarif;
    expect(valid(sarif)).toBe(true);
    expect(sarif.runs[0]!.properties.asOf).toBe(AS_OF);
    expect(sarif.runs[0]!.results.some((x) => x.level === 'error' && x.locations[0]!.physicalLocation.artifactLocation.uri === 'dossiers/tweede-spoor-te-laat.yaml')).toBe(true);
  });

  it('a clean dossier: exit code 0; fail-on warning makes its warning fail', () => {
    expect(runStep(checkStep, { paths: 'dossiers', 'as-of': AS_OF }, CLEAN).code).toBe(0);
    expect(runStep(checkStep, { paths: 'dossiers', 'as-of': AS_OF, 'fail-on': 'warning' }, CLEAN).code).toBe(1);
  });

  it('sarif and summary false: neither is written; the log format is the one asked for', () => {
    const r = runStep(checkStep, { paths: 'dossiers', 'as-of': AS_OF, sarif: 'false', summary: 'false', format: 'json' }, LATE);
    expect(r.code).toBe(1);
    expect(existsSync(join(r.workspace, 'poort.sarif'))).toBe(false);
    expect(r.summary).toBe('');
    expect((JSON.parse(r.stdout) as { summary: { cases: number } }).summary.cases).toBe(1);
  });

  it('passes config, no-config, rules and baseline on', () => {
    const config = { 'poort.config.yaml': 'fail-on: never\n', 'ci/poort.yaml': 'fail-on: warning\n' };
    // The workspace's config says never fail, and the action leaves it so; no-config ignores it.
    expect(runStep(checkStep, { paths: 'dossiers', 'as-of': AS_OF }, { ...LATE, ...config }).code).toBe(0);
    expect(runStep(checkStep, { paths: 'dossiers', 'as-of': AS_OF, 'no-config': 'true' }, { ...LATE, ...config }).code).toBe(1);
    // A config of its own: the clean dossier's warning fails.
    expect(runStep(checkStep, { paths: 'dossiers', 'as-of': AS_OF }, { ...CLEAN, ...config }).code).toBe(0);
    expect(runStep(checkStep, { paths: 'dossiers', 'as-of': AS_OF, config: 'ci/poort.yaml' }, { ...CLEAN, ...config }).code).toBe(1);
    // The README's company policy: a voortgangsgesprek every 4 weeks.
    const rules = { 'beleid.yaml': readFileSync(join(ROOT, 'README.md'), 'utf8').split('# beleid.yaml')[1]!.split('```')[0]!.replace(/^.*\n/, '') };
    const withRules = runStep(checkStep, { paths: 'dossiers', 'as-of': AS_OF, rules: 'beleid.yaml' }, { ...LATE, ...rules });
    expect(withRules.stdout).toContain('title=Voortgangsgesprek every 4 weeks');
    const noBaseline = runStep(checkStep, { paths: 'dossiers', 'as-of': AS_OF, baseline: 'missing.json' }, LATE);
    expect(noBaseline.code).toBe(2);
    expect(noBaseline.stderr).toContain('missing.json');
  });

  it('a report it cannot write fails the step with exit code 2 and says why', () => {
    // poort.sarif a folder: the SARIF run cannot write it; the log run passes.
    const r = runStep(checkStep, { paths: 'dossiers', 'as-of': AS_OF }, { ...CLEAN, 'poort.sarif/x': '' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('poort.sarif');
    expect(r.summary).toContain('**Cases: 1**');
  });

  it('runs no input as shell code', () => {
    const marker = join(tree({}, 'poort-pwned-'), 'pwned');
    dirs.push(join(marker, '..'));
    // Each alone: one that does not parse would stop the others from running in a shell that evaluates them.
    const payloads = [`$(touch ${marker})`, `\`touch ${marker}\``, `x; touch ${marker}`, `x" && touch ${marker} && "`, `x' && touch ${marker} && '`];
    for (const input of ['paths', 'as-of', 'fail-on', 'rules', 'config', 'format', 'baseline', 'no-config']) {
      for (const payload of payloads) {
        const r = runStep(checkStep, { paths: 'dossiers', sarif: 'false', summary: 'false', [input]: payload }, CLEAN);
        expect(existsSync(marker), `${input}: ${payload}`).toBe(false);
        expect(r.code, `${input}: ${payload}`).toBe(input === 'no-config' ? 0 : 2);
      }
    }
  });
});
