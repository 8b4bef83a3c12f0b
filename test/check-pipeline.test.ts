import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { githubFormatter } from '../src/output/formats/github.js';
import { caseReport, formatReport, report, rules } from './helpers.js';

const YAML = 'werknemer: W-1\nziekmelding: 2025-01-06\nprobleemanalyse: 2025-03-01\n';

describe('a case report is plain data', () => {
  it('arrives from a worker thread as it left: a structured clone and a JSON round trip change nothing', () => {
    const c = caseReport(YAML, '2025-06-01');
    expect(structuredClone(c)).toEqual(c);
    expect(JSON.parse(JSON.stringify(c))).toEqual(c);
    expect(c.clock).toMatchObject({ ziekmelding: '2025-01-06', hersteld: null });
    expect(c.timeline.find((t) => t.id === 'probleemanalyse')).toMatchObject({ done: '2025-03-01', status: 'late' });
  });
});

describe('a format reads nothing from the process', () => {
  it('names files relative to the working directory it is given', () => {
    const cwd = join('/', 'repo');
    const c = caseReport(YAML, '2025-06-01', { file: join(cwd, 'dossiers', 'w1.yaml') });
    const out = formatReport(githubFormatter, report([c], '2025-06-01'), { colorLevel: 0, rules: rules().rules, version: '0.0.0', cwd });
    expect(out).toContain('file=dossiers/w1.yaml');
  });
});
