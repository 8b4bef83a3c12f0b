import type { Datum } from '../domain/datum.js';
import type { Lang } from '../domain/lang.js';
import { words } from './locale/index.js';

/**
 * The template `poort init` writes: every key of a case file (README.md, "The case file"), each
 * with a comment in the chosen language. Dates not yet known are empty keys: poort reads an empty
 * key as "not recorded", so the template is a valid case from the start.
 *
 * The ziekmelding is the one required key. The template fills it with the as-of date (today)
 * marked as a value to replace: a valid, recent value means the new file passes `poort check`
 * and the editor's schema straight away, without the overdue steps an old example date would
 * show; the marker keeps it from passing for real data. --as-of makes it the same on every day.
 */
const COMMENT_COLUMN = 33;

/** `key: value`, its comment aligned: the field's description in the template's language. */
function line(lang: Lang, indent: string, key: string, value: string, path: string, extra = ''): string {
  const doc = words(lang).fieldDocs[path];
  const text = `${indent}${key}:${value === '' ? '' : ` ${value}`}`;
  if (!doc) return text;
  return `${text.padEnd(COMMENT_COLUMN - 1)} # ${extra}${doc}`;
}

export function initTemplate(lang: Lang, ziekmelding: Datum): string {
  const w = words(lang).initTemplate;
  const at = (indent: string, key: string, value: string, path: string, extra = ''): string => line(lang, indent, key, value, path, extra);
  return [
    ...w.header.map((h) => (h === '' ? '#' : `# ${h}`)),
    '',
    at('', 'werknemer', '', 'werknemer'),
    at('', 'ziekmelding', ziekmelding.toString(), 'ziekmelding', `${w.replace}: `),
    at('', 'onderbrekingen', '', 'onderbrekingen'),
    `#  - { van: 2025-03-10, tot: 2025-03-20 }  # ${w.onderbreking}`,
    at('', 'wazo_verlof', '', 'wazo_verlof'),
    `#  - { van: 2025-05-01, tot: 2025-08-20 }  # ${w.verlof}`,
    at('', 'hersteld', '', 'hersteld'),
    at('', 'loon_percentage', '', 'loon_percentage'),
    at('', 'loon_per_maand', '', 'loon_per_maand'),
    '',
    at('', 'probleemanalyse', '', 'probleemanalyse'),
    at('', 'plan_van_aanpak', '', 'plan_van_aanpak'),
    at('', 'voortgangsgesprekken', '', 'voortgangsgesprekken'),
    '#  - 2025-04-01',
    at('', 'melding_42e_week', '', 'melding_42e_week'),
    '',
    at('', 'eerste_spoor', '', 'eerste_spoor'),
    at('  ', 'status', '', 'eerste_spoor.status'),
    at('  ', 'vastgesteld', '', 'eerste_spoor.vastgesteld'),
    at('', 'arbeidsdeskundig_onderzoek', '', 'arbeidsdeskundig_onderzoek'),
    at('', 'eerstejaarsevaluatie', '', 'eerstejaarsevaluatie'),
    '',
    at('', 'tweede_spoor', '', 'tweede_spoor'),
    at('  ', 'gestart', '', 'tweede_spoor.gestart'),
    at('  ', 'begeleider', '', 'tweede_spoor.begeleider'),
    at('  ', 'bijstelling_plan_van_aanpak', '', 'tweede_spoor.bijstelling_plan_van_aanpak'),
    '',
    at('', 'actueel_oordeel', '', 'actueel_oordeel'),
    at('', 'eindevaluatie', '', 'eindevaluatie'),
    at('', 'uwv_wia_brief', '', 'uwv_wia_brief'),
    at('', 'wia_aanvraag', '', 'wia_aanvraag'),
    at('', 'verlenging_weken', '0', 'verlenging_weken'),
    // The full form only: `loonsanctie_weken: N` is its short form, and giving both is an input problem.
    at('', 'loonsanctie', '', 'loonsanctie'),
    at('  ', 'weken', '0', 'loonsanctie.weken'),
    at('  ', 'herstel_gemeld', '', 'loonsanctie.herstel_gemeld'),
    at('  ', 'herstel_vastgesteld', '', 'loonsanctie.herstel_vastgesteld'),
    '',
    at('', 'einde_dienstverband', '', 'einde_dienstverband'),
    at('', 'melding_einde_dienstverband', '', 'melding_einde_dienstverband'),
    at('', 'riv_einde_dienstverband', '', 'riv_einde_dienstverband'),
    at('', 'notities', '', 'notities'),
    '',
  ].join('\n');
}
