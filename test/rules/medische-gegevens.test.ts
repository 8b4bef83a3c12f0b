import { describe, expect, it } from 'vitest';
import { check, findings } from '../helpers.js';
import { caseYaml, lineOf } from './support.js';

const RULE = 'medische-gegevens';
const withNote = (note: string) => caseYaml('werknemer: E-1', 'ziekmelding: 2025-01-06', `notities: "${note}"`);
const found = (note: string) => findings(check(withNote(note), '2025-01-10'), RULE);

describe('medische-gegevens', () => {
  it('warns when free text names a diagnosis, at the key that holds it', () => {
    const yaml = withNote('Werknemer heeft een burn-out, gaat naar de psycholoog.');
    const f = findings(check(yaml, '2025-01-10'), RULE);
    expect(f).toEqual([
      expect.objectContaining({ severity: 'warning', consequence: 'geen', line: lineOf(yaml, 'notities:') }),
    ]);
    expect(f[0]!.message).toBe(
      'notities names medical details (burn-out, psycholoog): the werkgever may not record the nature of the complaints (AVG); take them out of the dossier',
    );
  });

  it('ignores case and accents, and finds Dutch compounds and English terms', () => {
    expect(found('DEPRESSIE')).toHaveLength(1);
    expect(found('Bürn-Out sinds maart')).toHaveLength(1);
    expect(found('na de longkanker en de chemo')[0]!.message).toContain('longkanker, chemo');
    expect(found('diagnosed with Parkinson\'s disease')[0]!.message).toContain('diagnosed');
    expect(found('panic attacks at work')).toHaveLength(1);
    expect(found('een hartinfarct gehad')).toHaveLength(1);
  });

  it('gives one warning per field, also for the begeleider and the werknemer reference', () => {
    const yaml = caseYaml('werknemer: E-1 (depressie)', 'ziekmelding: 2025-01-06', 'tweede_spoor:', '  begeleider: GGZ Noord', 'notities: rugklachten');
    expect(findings(check(yaml, '2025-01-10'), RULE).map((f) => f.line).sort()).toEqual([lineOf(yaml, 'werknemer:'), lineOf(yaml, 'begeleider:'), lineOf(yaml, 'notities:')]);
  });

  it('raises no false alarm on ordinary words that look alike', () => {
    const nearMisses = [
      'Hartelijk dank voor het gesprek',
      'Hij zat te kankeren over de planning',
      'Migratie naar het nieuwe systeem is klaar',
      'De operationele planning is bijgesteld',
      'Het depot in Zwolle heeft een vacature',
      'Verslaglegging door de casemanager',
      'Diagnostisch onderzoek van het werkproces',
      'Chemie tussen werknemer en leidinggevende is goed',
      'Klachten over de werkplek zijn opgelost; opgenomen in het plan van aanpak',
      'Cancelled meeting, rescheduled to Monday',
      'Project Parkinsonstraat en Astmaker BV',
      'Paniek op de afdeling door de reorganisatie',
      'Operatie verhuizing geslaagd',
      'Zijn dochter speelt diabolo',
    ];
    for (const note of nearMisses) expect(found(note), note).toEqual([]);
  });

  it('is silent when there is no free text', () => {
    expect(findings(check(caseYaml('ziekmelding: 2025-01-06'), '2025-01-10'), RULE)).toEqual([]);
  });

  it('speaks Dutch', () => {
    const f = findings(check(withNote('diabetes'), '2025-01-10', { lang: 'nl' }), RULE);
    expect(f[0]!.message).toBe('notities noemt medische gegevens (diabetes): de werkgever mag de aard van de klachten niet vastleggen (AVG); haal ze uit het dossier');
  });
});
