import { describe, expect, it } from 'vitest';
import { check, entry } from './helpers.js';

describe('worked example A (docs/law.md)', () => {
  const c = check('ziekmelding: 2025-01-06\n', '2025-01-06');
  it('computes the milestones of the worked example', () => {
    expect(entry(c, 'probleemanalyse').due).toBe('2025-02-16');
    expect(entry(c, 'plan-van-aanpak').due).toBe('2025-03-02');
    expect(entry(c, 'melding-42e-week').due).toBe('2025-10-27');
    expect(entry(c, 'eerstejaarsevaluatie')).toMatchObject({ from: '2025-11-17', due: '2026-01-04' });
    expect(entry(c, 'wia-aanvraag')).toMatchObject({ from: '2026-09-14', due: '2026-10-18' });
    expect(entry(c, 'actueel-oordeel').due).toBe('2026-10-04');
    expect(c.clock?.eindeWachttijd).toBe('2027-01-03');
  });
});
