import { EXAMPLE_ZIEKMELDING } from '../check/worked-example.js';
import { fieldDoc } from './locale/index.js';

/**
 * The template `poort init` writes: every key of a case file (README.md, "The case file"), with a Dutch
 * comment and an English hint. Dates not yet known are empty keys: poort reads an empty key as
 * "not recorded", so the template is a valid case from the start.
 *
 * The ziekmelding is the one required key. The template fills it with a fixed example date
 * (2025-01-06, worked example A of docs/law.md) marked VERVANG, rather than leaving it empty or
 * writing today's date: a valid value means the new file passes `poort check` and the editor's
 * schema straight away, so the user sees poort work before typing anything; a fixed date keeps
 * the template the same on every day (testable, diffable); and an obviously old example date is
 * recognisable as a placeholder, where today's date would pass for real data.
 */
const COMMENT_COLUMN = 33;

/** `key: value`, its comment aligned; the comment is the field's description in every language. */
function line(indent: string, key: string, value: string, path: string, extra = ''): string {
  const doc = fieldDoc(path);
  const text = `${indent}${key}:${value === '' ? '' : ` ${value}`}`;
  if (!doc) return text;
  const comment = `# ${extra}${doc}`;
  return `${text.padEnd(COMMENT_COLUMN - 1)} ${comment}`;
}

export function initTemplate(): string {
  return [
    '# Poortwachterdossier — case file for poort (Wet verbetering poortwachter)',
    '#',
    '# Vul datums in zodra ze bekend zijn: JJJJ-MM-DD of DD-MM-JJJJ. Een lege sleutel betekent',
    '# "nog niet vastgelegd". Zet geen medische gegevens in dit dossier (AVG).',
    '# (Fill in dates as they become known: YYYY-MM-DD or DD-MM-YYYY. An empty key means',
    '# "not recorded yet". Keep medical details out of this file.)',
    '#',
    '# Controleren (check):          poort check <dit bestand>',
    '# Alle termijnen (deadlines):   poort deadlines <ziekmelding>',
    '# Uitleg per regel (explain):   poort rules, poort explain <regel>',
    '',
    line('', 'werknemer', '', 'werknemer'),
    line('', 'ziekmelding', EXAMPLE_ZIEKMELDING, 'ziekmelding', 'VERVANG: '),
    line('', 'onderbrekingen', '', 'onderbrekingen'),
    '#  - { van: 2025-03-10, tot: 2025-03-20 }  # eerste en laatste dag hersteld — first and last day recovered',
    line('', 'wazo_verlof', '', 'wazo_verlof'),
    '#  - { van: 2025-05-01, tot: 2025-08-20 }  # eerste en laatste dag verlof — first and last day of leave',
    line('', 'hersteld', '', 'hersteld'),
    line('', 'loon_percentage', '', 'loon_percentage'),
    '',
    line('', 'probleemanalyse', '', 'probleemanalyse'),
    line('', 'plan_van_aanpak', '', 'plan_van_aanpak'),
    line('', 'voortgangsgesprekken', '', 'voortgangsgesprekken'),
    '#  - 2025-04-01',
    line('', 'melding_42e_week', '', 'melding_42e_week'),
    '',
    line('', 'eerste_spoor', '', 'eerste_spoor'),
    line('  ', 'status', '', 'eerste_spoor.status'),
    line('  ', 'vastgesteld', '', 'eerste_spoor.vastgesteld'),
    line('', 'arbeidsdeskundig_onderzoek', '', 'arbeidsdeskundig_onderzoek'),
    line('', 'eerstejaarsevaluatie', '', 'eerstejaarsevaluatie'),
    '',
    line('', 'tweede_spoor', '', 'tweede_spoor'),
    line('  ', 'gestart', '', 'tweede_spoor.gestart'),
    line('  ', 'begeleider', '', 'tweede_spoor.begeleider'),
    line('  ', 'bijstelling_plan_van_aanpak', '', 'tweede_spoor.bijstelling_plan_van_aanpak'),
    '',
    line('', 'actueel_oordeel', '', 'actueel_oordeel'),
    line('', 'eindevaluatie', '', 'eindevaluatie'),
    line('', 'uwv_wia_brief', '', 'uwv_wia_brief'),
    line('', 'wia_aanvraag', '', 'wia_aanvraag'),
    line('', 'verlenging_weken', '0', 'verlenging_weken'),
    // The full form only: `loonsanctie_weken: N` is its short form, and giving both is an input problem.
    line('', 'loonsanctie', '', 'loonsanctie'),
    line('  ', 'weken', '0', 'loonsanctie.weken'),
    line('  ', 'herstel_gemeld', '', 'loonsanctie.herstel_gemeld'),
    line('  ', 'herstel_vastgesteld', '', 'loonsanctie.herstel_vastgesteld'),
    '',
    line('', 'einde_dienstverband', '', 'einde_dienstverband'),
    line('', 'melding_einde_dienstverband', '', 'melding_einde_dienstverband'),
    line('', 'riv_einde_dienstverband', '', 'riv_einde_dienstverband'),
    line('', 'notities', '', 'notities'),
    '',
  ].join('\n');
}
