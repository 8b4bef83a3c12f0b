import type { Datum } from '../domain/datum.js';
import type { Status } from '../domain/evaluation.js';
import type { Consequence, Lang, Norm, Severity } from '../domain/rule.js';
import type { ProblemArgs, ProblemCode } from '../input/problem.js';

/** Every user-facing word of poort outside the rules files, in Dutch and English. */
export type { Lang };
export const LANGS: readonly Lang[] = ['nl', 'en'];

const WEEKDAYS: Record<Lang, readonly string[]> = {
  nl: ['zo', 'ma', 'di', 'wo', 'do', 'vr', 'za'],
  en: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
};

/**
 * How dates read inside a sentence: `local` is Dutch notation in Dutch and ISO 8601 in English,
 * for people; `iso` is ISO 8601 in both, for the machine-readable formats (docs/report.md).
 */
export type Notation = 'iso' | 'local';

export function formatDate(d: Datum, lang: Lang, notation: Notation = 'local'): string {
  return lang === 'nl' && notation === 'local' ? d.toDutch() : d.toString();
}

/** A date in a table: weekday and Dutch notation (`ma 06-01-2025`), as consultants write it. */
export function formatDay(d: Datum, lang: Lang): string {
  return `${WEEKDAYS[lang][d.weekday]} ${d.toDutch()}`;
}

export function formatDays(n: number, lang: Lang): string {
  if (lang === 'nl') return n === 1 ? '1 dag' : `${n} dagen`;
  return n === 1 ? '1 day' : `${n} days`;
}

export function formatWeeks(n: number, lang: Lang): string {
  if (lang === 'nl') return n === 1 ? '1 week' : `${n} weken`;
  return n === 1 ? '1 week' : `${n} weeks`;
}

/** Fills `{name}` slots of a catalogue text. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''));
}

type Words<K extends string> = Record<K, Record<Lang, string>>;

export const SEVERITY: Words<Severity> = {
  error: { nl: 'fout', en: 'error' },
  warning: { nl: 'waarschuwing', en: 'warning' },
  info: { nl: 'info', en: 'info' },
};

export const CONSEQUENCE: Words<Consequence> = {
  loonsanctie: { nl: 'risico op loonsanctie (tot 52 weken extra loon)', en: 'loonsanctie risk (up to 52 more weeks of wages)' },
  boete: { nl: 'boete van UWV', en: 'boete (fine) from UWV' },
  'verlenging-loondoorbetaling': { nl: 'loondoorbetaling wordt verlengd', en: 'wage payment is extended' },
  geen: { nl: 'geen sanctie', en: 'no sanction' },
};

export const STATUS: Words<Status> = {
  'on-time': { nl: 'op tijd', en: 'on time' },
  late: { nl: 'te laat', en: 'late' },
  early: { nl: 'te vroeg', en: 'early' },
  overdue: { nl: 'achterstallig', en: 'overdue' },
  open: { nl: 'open', en: 'open' },
  'not-applicable': { nl: 'n.v.t.', en: 'not applicable' },
  info: { nl: 'info', en: 'info' },
};

export const UI = {
  week: { nl: 'Week', en: 'Week' },
  date: { nl: 'Datum', en: 'Date' },
  milestone: { nl: 'Mijlpaal', en: 'Milestone' },
  status: { nl: 'Status', en: 'Status' },
  ziekmelding: { nl: 'ziekmelding', en: 'ziekmelding' },
  asOf: { nl: 'peildatum', en: 'as of' },
  sickWeek: { nl: 'ziekteweek', en: 'sick week' },
  notSick: { nl: 'niet ziek', en: 'not sick' },
  hersteld: { nl: 'hersteld', en: 'hersteld (recovered)' },
  werknemer: { nl: 'Werknemer', en: 'Werknemer' },
  unnamed: { nl: '(geen werknemer)', en: '(no werknemer)' },
  findings: { nl: 'Bevindingen', en: 'Findings' },
  noFindings: { nl: 'Geen bevindingen: het dossier is op orde.', en: 'No findings: the dossier is in order.' },
  consequence: { nl: 'gevolg', en: 'consequence' },
  norm: { nl: 'norm', en: 'norm' },
  source: { nl: 'bron', en: 'source' },
  invalid: { nl: 'Niet te beoordelen: het dossier bevat invoerfouten.', en: 'Cannot be evaluated: the case file has input problems.' },
  doneOn: { nl: 'gedaan', en: 'done' },
  dueIn: { nl: 'nog', en: 'due in' },
  by: { nl: 'met', en: 'by' },
  ago: { nl: 'geleden', en: 'ago' },
  summary: { nl: 'Totaal', en: 'Total' },
  cases: { nl: 'dossiers', en: 'cases' },
  errors: { nl: 'fouten', en: 'errors' },
  warnings: { nl: 'waarschuwingen', en: 'warnings' },
  infos: { nl: 'info', en: 'infos' },
  invalidCases: { nl: 'niet te beoordelen', en: 'invalid' },
  case_: { nl: 'Dossier', en: 'Case' },
  nextDeadline: { nl: 'Volgende termijn', en: 'Next deadline' },
} satisfies Words<string>;

/** Why a date is what it is: the words for an anchor. */
export const BASIS = {
  weekEnd: { nl: 'einde week {n}', en: 'end of week {n}' },
  weekStart: { nl: 'begin week {n}', en: 'start of week {n}' },
  dayAfterWeek: { nl: 'dag na week {n}', en: 'day after week {n}' },
  firstWorkingDayAfterWeek: { nl: 'eerste werkdag na week {n}', en: 'first working day after week {n}' },
  after: { nl: '{n} na {what}', en: '{n} after {what}' },
  before: { nl: '{n} vóór {what}', en: '{n} before {what}' },
  on: { nl: '{what}', en: '{what}' },
  eindeWachttijd: { nl: 'het einde van de wachttijd', en: 'the end of the wachttijd' },
  ziekmelding: { nl: 'de ziekmelding', en: 'the ziekmelding' },
  ruleFrom: { nl: 'het begin van {id}', en: 'the start of {id}' },
  ruleDue: { nl: 'de uiterste datum van {id}', en: 'the due date of {id}' },
  workingDay: { nl: ', eerstvolgende werkdag', en: ', next working day' },
  lastWorkingDayBy: { nl: 'laatste werkdag tot en met {what}', en: 'last working day on or before {what}' },
  plusDaysLate: { nl: ' + {n} te laat ({id})', en: ' + {n} late ({id})' },
} satisfies Words<string>;

/** What a rule rests on (docs/law.md, "Norms"): the code itself, explained in English. */
export const NORM = {
  wet: { nl: 'wet', en: 'wet (statute)' },
  regeling: { nl: 'regeling', en: 'regeling (regulation)' },
  uwv: { nl: 'uwv-beleid', en: 'uwv (UWV practice)' },
  praktijk: { nl: 'praktijk', en: 'praktijk (common practice)' },
  none: { nl: 'geen (samenhang van het dossier)', en: 'none (consistency of the dossier)' },
} satisfies Words<string>;

export function normText(norm: Norm | null, lang: Lang): string {
  return NORM[norm ?? 'none'][lang];
}

type ProblemText = Record<Lang, (a: ProblemArgs) => string>;

const list = (v: ProblemArgs[string]): string => (Array.isArray(v) ? v.join(', ') : String(v ?? ''));
const didYouMean = (a: ProblemArgs, lang: Lang): string =>
  a.suggestion ? (lang === 'nl' ? ` (bedoelt u \`${a.suggestion}\`?)` : ` (did you mean \`${a.suggestion}\`?)`) : '';
const looksLikeDate = (v: ProblemArgs[string]): boolean => /^(\d{4}-\d{2}-\d{2}|\d{2}-\d{2}-\d{4})$/.test(String(v ?? ''));

const megabytes = (v: ProblemArgs[string]): string => {
  const n = Number(v);
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : n >= 1024 ? `${(n / 1024).toFixed(1)} KB` : `${n} bytes`;
};

/** A whole number grouped as each language writes it: 49.990, 49,990. */
const count = (v: ProblemArgs[string], lang: Lang): string => String(v ?? '').replace(/\B(?=(\d{3})+$)/g, lang === 'nl' ? '.' : ',');

const READ_ERRORS: Partial<Record<string, Record<Lang, string>>> = {
  ENOENT: { nl: 'het bestaat niet; controleer het pad', en: 'it does not exist; check the path' },
  EACCES: { nl: 'geen leesrechten', en: 'permission denied' },
  EISDIR: { nl: 'het is een map; geef een bestand', en: 'it is a directory; name a file' },
  ENOTREG: { nl: 'het is geen gewoon bestand (een apparaat of pipe)', en: 'it is not a regular file (a device or a pipe)' },
  ELOOP: { nl: 'de symbolische koppelingen vormen een kring', en: 'its symbolic links go round in a circle' },
  ENOSPC: { nl: 'geen ruimte meer op de schijf', en: 'no space left on the device' },
  EFBIG: { nl: 'veel groter dan een instellingen- of regelbestand ooit is', en: 'far larger than a config or rules file ever is' },
  EROFS: { nl: 'het bestandssysteem is alleen-lezen', en: 'the file system is read-only' },
  EPIPE: { nl: 'de lezer is weg', en: 'the reader has gone' },
};

/** An operating-system read or write error in words, where poort knows the code. */
export function readError(code: string, lang: Lang): string | undefined {
  return READ_ERRORS[code]?.[lang];
}

/** Each input problem's message, with how to fix it. */
export const PROBLEMS: Record<ProblemCode, ProblemText> = {
  'file-unreadable': {
    nl: (a) => `kan het bestand niet lezen: ${readError(String(a.reason), 'nl') ?? a.reason}`,
    en: (a) => `cannot read the file: ${readError(String(a.reason), 'en') ?? a.reason}`,
  },
  'file-too-large': {
    nl: (a) => `te groot voor een dossier (${megabytes(a.size)}, grens ${megabytes(a.limit)}); verhoog de grens met --max-file-size als het echt zo groot is`,
    en: (a) => `too large for a case file (${megabytes(a.size)}, limit ${megabytes(a.limit)}); raise the limit with --max-file-size if it really is this large`,
  },
  'no-match': {
    nl: (a) => `geen bestanden gevonden voor ${a.pattern}; controleer het patroon`,
    en: (a) => `no files match ${a.pattern}; check the pattern`,
  },
  'csv-syntax': {
    nl: (a) => `geen geldige CSV, de rest van het bestand is niet gelezen: ${a.detail}`,
    en: (a) => `not valid CSV, the rest of the file was not read: ${a.detail}`,
  },
  'yaml-syntax': {
    nl: (a) => `geen geldige YAML: ${a.detail}`,
    en: (a) => `not valid YAML: ${a.detail}`,
  },
  'multiple-documents': {
    nl: () => 'dit bestand bevat meer dan één YAML-document (een regel `---` begint een nieuw); zet één dossier per bestand, of maak er een lijst van',
    en: () => 'this file holds more than one YAML document (a `---` line starts another); keep one case per file, or make the cases a list',
  },
  'too-deep': {
    nl: () => 'te diep genest voor een dossier (een dossier is hooguit een paar niveaus diep); controleer de haakjes en inspringing',
    en: () => 'nested too deeply for a case file (a case is a few levels deep at most); check the brackets and indentation',
  },
  'too-many-aliases': {
    nl: () => 'te veel verwijzingen (*naam) om uit te werken; een dossier heeft er geen nodig: schrijf de waarden uit',
    en: () => 'too many aliases (*name) to expand; a case file needs none: write the values out',
  },
  'too-many-keys': {
    nl: (a) => `${count(a.count, 'nl')} sleutels op één niveau (of kolommen in de kopregel); een dossier heeft er een stuk of twintig, poort leest er hooguit ${count(a.max, 'nl')}: controleer of dit wel een dossier is`,
    en: (a) => `${count(a.count, 'en')} keys at one level (or columns in the header); a case has about twenty, poort reads at most ${count(a.max, 'en')}: check that this is a case file`,
  },
  'duplicate-key': {
    nl: (a) => `sleutel \`${a.key}\` staat er twee keer in${a.firstLine ? ` (eerst op regel ${a.firstLine})` : ''}; houd er één`,
    en: (a) => `key \`${a.key}\` appears twice${a.firstLine ? ` (first on line ${a.firstLine})` : ''}; keep one`,
  },
  'yaml-tag': {
    nl: (a) => `YAML-tag ${a.tag} wordt niet ondersteund; schrijf de waarde zonder tag`,
    en: (a) => `YAML tag ${a.tag} is not supported; write the value without a tag`,
  },
  'empty-document': {
    nl: () => 'het bestand is leeg; een dossier heeft minstens `ziekmelding: JJJJ-MM-DD`',
    en: () => 'the file is empty; a case needs at least `ziekmelding: YYYY-MM-DD`',
  },
  'not-a-mapping': {
    nl: (a) => `verwacht sleutels met waarden (zoals \`ziekmelding: 2025-01-06\`), niet een ${a.found}`,
    en: (a) => `expected keys with values (such as \`ziekmelding: 2025-01-06\`), not a ${a.found}`,
  },
  required: {
    nl: (a) => `\`${a.key}\` ontbreekt; die is verplicht${a.key === 'ziekmelding' ? ' (eerste ziektedag, JJJJ-MM-DD)' : a.options ? ` (een van: ${list(a.options)})` : ''}`,
    en: (a) => `\`${a.key}\` is missing; it is required${a.key === 'ziekmelding' ? ' (the first day of sickness, YYYY-MM-DD)' : a.options ? ` (one of: ${list(a.options)})` : ''}`,
  },
  'unknown-key': {
    nl: (a) => `onbekende sleutel \`${a.key}\`${didYouMean(a, 'nl')}`,
    en: (a) => `unknown key \`${a.key}\`${didYouMean(a, 'en')}`,
  },
  'not-a-date': {
    nl: (a) => looksLikeDate(a.value)
      ? `${a.value} bestaat niet als datum (verwacht JJJJ-MM-DD of DD-MM-JJJJ)`
      : `${a.value ?? 'deze waarde'} is geen datum (verwacht JJJJ-MM-DD of DD-MM-JJJJ${a.alternative ? `, of \`${a.alternative}\`` : ''})`,
    en: (a) => looksLikeDate(a.value)
      ? `${a.value} is not a date that exists (expected YYYY-MM-DD or DD-MM-YYYY)`
      : `${a.value ?? 'this value'} is not a date (expected YYYY-MM-DD or DD-MM-YYYY${a.alternative ? `, or \`${a.alternative}\`` : ''})`,
  },
  'date-out-of-range': {
    nl: (a) => `${a.value} ligt buiten 1900–2199; controleer het jaartal`,
    en: (a) => `${a.value} lies outside 1900–2199; check the year`,
  },
  'wrong-type': {
    nl: (a) => `${a.value} heeft niet de verwachte soort (verwacht: ${a.expected})`,
    en: (a) => `${a.value} is not of the expected kind (expected: ${a.expected})`,
  },
  'not-one-of': {
    nl: (a) => `${a.value} is geen toegestane waarde (verwacht een van: ${list(a.options)})`,
    en: (a) => `${a.value} is not an allowed value (expected one of: ${list(a.options)})`,
  },
  'out-of-range': {
    nl: (a) => `${a.value} ligt buiten het bereik (${a.min !== undefined ? `minstens ${a.min}` : `hoogstens ${a.max}`})`,
    en: (a) => `${a.value} is out of range (${a.min !== undefined ? `at least ${a.min}` : `at most ${a.max}`})`,
  },
  'not-integer': {
    nl: (a) => `${a.value} is geen geheel getal`,
    en: (a) => `${a.value} is not a whole number`,
  },
  'onderbreking-reversed': {
    nl: (a) => `\`tot\` (${a.tot}) ligt vóór \`van\` (${a.van}); verwissel ze`,
    en: (a) => `\`tot\` (${a.tot}) is before \`van\` (${a.van}); swap them`,
  },
  'onderbreking-too-long': {
    nl: (a) => `een herstel van ${a.days} dagen (${a.van} t/m ${a.tot}) is 28 dagen of meer: dat begint een nieuw dossier vanaf ${a.newCase}; splits het dossier`,
    en: (a) => `a recovery of ${a.days} days (${a.van} to ${a.tot}) is 28 days or more: it starts a new case from ${a.newCase}; split the case file`,
  },
  'onderbrekingen-overlap': {
    nl: (a) => `onderbreking vanaf ${a.van} overlapt met de vorige (tot ${a.prevTot}); voeg ze samen`,
    en: (a) => `onderbreking from ${a.van} overlaps the one before (to ${a.prevTot}); merge them`,
  },
  'onderbrekingen-unordered': {
    nl: (a) => `onderbreking vanaf ${a.van} staat na die vanaf ${a.prevVan}; zet ze op datumvolgorde`,
    en: (a) => `onderbreking from ${a.van} comes after the one from ${a.prevVan}; put them in date order`,
  },
  'onderbreking-before-ziekmelding': {
    nl: (a) => `onderbreking vanaf ${a.van} begint niet na de ziekmelding (${a.ziekmelding})`,
    en: (a) => `onderbreking from ${a.van} does not start after the ziekmelding (${a.ziekmelding})`,
  },
  'onderbreking-after-hersteld': {
    nl: (a) => `onderbreking tot ${a.tot} loopt niet af vóór hersteld (${a.hersteld})`,
    en: (a) => `onderbreking to ${a.tot} does not end before hersteld (${a.hersteld})`,
  },
  'wazo-reversed': {
    nl: (a) => `\`tot\` (${a.tot}) ligt vóór \`van\` (${a.van}); verwissel ze`,
    en: (a) => `\`tot\` (${a.tot}) is before \`van\` (${a.van}); swap them`,
  },
  'wazo-unordered': {
    nl: (a) => `verlof vanaf ${a.van} begint niet na het vorige verlof (tot ${a.prevTot}); zet de perioden op datumvolgorde zonder overlap`,
    en: (a) => `leave from ${a.van} does not start after the leave before it (to ${a.prevTot}); put the periods in date order without overlap`,
  },
  'wazo-outside-case': {
    nl: (a) => a.hersteld
      ? `verlof vanaf ${a.van} begint niet vóór hersteld (${a.hersteld}); het hoort niet bij dit ziektegeval`
      : `verlof vanaf ${a.van} begint niet na de ziekmelding (${a.ziekmelding}); ziekte vóór het verlof begint met de ziekmelding`,
    en: (a) => a.hersteld
      ? `leave from ${a.van} does not start before hersteld (${a.hersteld}); it is not part of this sickness case`
      : `leave from ${a.van} does not start after the ziekmelding (${a.ziekmelding}); sickness before the leave starts at the ziekmelding`,
  },
  'wazo-onderbreking': {
    nl: (a) => `onderbreking ${a.van} t/m ${a.tot} raakt of overlapt het zwangerschaps- of bevallingsverlof ${a.wazoVan} t/m ${a.wazoTot}; ziekte direct voor en na het verlof is één periode: haal de onderbreking weg of corrigeer de datums`,
    en: (a) => `onderbreking ${a.van} to ${a.tot} touches or overlaps the pregnancy or maternity leave ${a.wazoVan} to ${a.wazoTot}; sickness directly before and after the leave is one period: remove the onderbreking or correct the dates`,
  },
  'loonsanctie-twice': {
    nl: () => 'loonsanctie_weken en loonsanctie staan er allebei; houd alleen loonsanctie (met weken:)',
    en: () => 'both loonsanctie_weken and loonsanctie are given; keep only loonsanctie (with weken:)',
  },
  'herstel-before-melding': {
    nl: (a) => a.gemeld
      ? `herstel_vastgesteld (${a.vastgesteld}) ligt vóór herstel_gemeld (${a.gemeld}); UWV beslist na de melding: controleer de datums`
      : `herstel_vastgesteld (${a.vastgesteld}) zonder herstel_gemeld; vul de datum in waarop UWV de hersteldmelding ontving`,
    en: (a) => a.gemeld
      ? `herstel_vastgesteld (${a.vastgesteld}) is before herstel_gemeld (${a.gemeld}); UWV decides after the report: check the dates`
      : `herstel_vastgesteld (${a.vastgesteld}) without herstel_gemeld; fill in the day UWV received the report of the repair`,
  },
  'rule-missing-key': {
    nl: (a) => `een regel van soort ${a.kind} heeft \`${a.key}\` nodig`,
    en: (a) => `a rule of kind ${a.kind} needs \`${a.key}\``,
  },
  'rule-unknown-field': {
    nl: (a) => `\`${a.field}\` is geen sleutel van een dossier${didYouMean(a, 'nl')}`,
    en: (a) => `\`${a.field}\` is not a case file key${didYouMean(a, 'en')}`,
  },
  'rule-field-type': {
    nl: (a) => `\`${a.field}\` is een ${a.actual}, hier is een ${a.expected} nodig`,
    en: (a) => `\`${a.field}\` holds a ${a.actual}; a ${a.expected} is needed here`,
  },
  'rule-anchor': {
    nl: (a) => `een datum-anker heeft precies één van week, field, clock, rule of earliest (gevonden: ${a.found})`,
    en: (a) => `a date anchor needs exactly one of week, field, clock, rule or earliest (found: ${a.found})`,
  },
  'rule-unknown-ref': {
    nl: (a) => `regel ${a.id} verwijst naar onbekende regel \`${a.ref}\`${didYouMean(a, 'nl')}`,
    en: (a) => `rule ${a.id} refers to unknown rule \`${a.ref}\`${didYouMean(a, 'en')}`,
  },
  'rule-cycle': {
    nl: (a) => `regels verwijzen in een kring naar elkaar: ${a.cycle}`,
    en: (a) => `rules refer to each other in a circle: ${a.cycle}`,
  },
  'rule-duplicate-id': {
    nl: (a) => `regel ${a.id} bestaat al; zet \`override: true\` om hem te vervangen`,
    en: (a) => `rule ${a.id} already exists; add \`override: true\` to replace it`,
  },
  'rule-override-unknown': {
    nl: (a) => `\`override: true\` maar er is geen regel ${a.id} om te vervangen; haal override weg`,
    en: (a) => `\`override: true\` but there is no rule ${a.id} to replace; remove override`,
  },
  'rule-clock-date-twice': {
    nl: (a) => `regels ${a.first} en ${a.id} geven allebei clockDate ${a.clockDate}; laat het bij één`,
    en: (a) => `rules ${a.first} and ${a.id} both give clockDate ${a.clockDate}; keep it on one`,
  },
  'rule-placeholder': {
    nl: (a) => `onbekende plaatshouder {${a.placeholder}} (mogelijk: ${a.allowed}, of een dossiersleutel)`,
    en: (a) => `unknown placeholder {${a.placeholder}} (allowed: ${a.allowed}, or a case key)`,
  },
  'more-problems': {
    nl: (a) => `… en nog ${count(a.count, 'nl')} problemen in dit dossier; los eerst de bovenstaande op`,
    en: (a) => `… and ${count(a.count, 'en')} more problems in this case; fix the ones above first`,
  },
};

/** How much of a value a message quotes: enough to find it, never a whole hostile megabyte. */
const QUOTED = 200;

export function problemMessage(code: ProblemCode, args: ProblemArgs, lang: Lang): string {
  let shortened: Record<string, ProblemArgs[string]> | undefined;
  for (const [k, v] of Object.entries(args)) {
    if (typeof v === 'string' && v.length > QUOTED) (shortened ??= { ...args })[k] = `${v.slice(0, QUOTED)}… (${v.length} ${lang === 'nl' ? 'tekens' : 'characters'})`;
  }
  return PROBLEMS[code][lang](shortened ?? args);
}

/** The words of `poort agenda`. */
export const AGENDA = {
  title: { nl: 'Agenda', en: 'Agenda' },
  within: { nl: 'vooruit', en: 'ahead' },
  nothing: { nl: 'Niets achterstallig en niets binnenkort.', en: 'Nothing overdue and nothing due soon.' },
  csvHeader: {
    nl: ['uiterste_datum', 'status', 'dagen', 'regel', 'dossier', 'werknemer', 'ziekteweek'],
    en: ['due', 'status', 'days', 'rule', 'case', 'werknemer', 'week'],
  },
  command: { nl: 'alle achterstallige en komende termijnen van alle dossiers, op datum', en: 'every overdue and coming deadline of all cases, by date' },
  withinOption: { nl: 'hoe ver vooruit: 14d, 3w of een aantal dagen', en: 'how far ahead: 14d, 3w or a number of days' },
  format: { nl: 'uitvoer: text, json, csv of ics', en: 'output format: text, json, csv or ics' },
  badWithin: { nl: '--within {value} is geen periode (zoals 14d of 3w)', en: '--within {value} is not a period (such as 14d or 3w)' },
} satisfies Record<string, Record<Lang, string | readonly string[]>>;

/** The command line's own words: help texts and errors about the command itself. */
export const CLI = {
  description: {
    nl: 'Termijnen en dossiercontrole voor de Wet verbetering poortwachter',
    en: 'Deadlines and dossier checks for the Dutch Wet verbetering poortwachter',
  },
  check: { nl: 'controleer dossiers (YAML of JSON) tegen de poortwachterregels', en: 'check case files (YAML or JSON) against the poortwachter rules' },
  files: { nl: 'dossierbestanden, mappen, patronen (tussen aanhalingstekens) of - voor stdin', en: 'case files, directories, quoted glob patterns, or - for stdin' },
  asOf: { nl: 'peildatum JJJJ-MM-DD of DD-MM-JJJJ (standaard: vandaag in Nederland)', en: 'as-of date YYYY-MM-DD or DD-MM-YYYY (default: today in the Netherlands)' },
  format: { nl: 'uitvoer: {formats}', en: 'output format: {formats}' },
  lang: { nl: 'taal: nl of en (standaard uit POORT_LANG, dan LANG)', en: 'language: nl or en (default from POORT_LANG, then LANG)' },
  rules: { nl: 'extra regels: YAML-bestand of map (herhaalbaar)', en: 'extra rules: a YAML file or directory (repeatable)' },
  failOn: { nl: 'exitcode 1 vanaf dit niveau: error, warning, info of never', en: 'exit code 1 from this level: error, warning, info or never' },
  noColor: { nl: 'geen kleuren', en: 'no colours' },
  noConfig: { nl: 'negeer poort.config.yaml (alleen de vlaggen gelden)', en: 'ignore poort.config.yaml (only the flags count)' },
  maxWarnings: { nl: 'exitcode 1 bij meer dan zoveel waarschuwingen', en: 'exit code 1 with more than this many warnings' },
  output: { nl: 'schrijf het rapport naar dit bestand', en: 'write the report to this file' },
  quiet: { nl: 'tekstuitvoer: alleen dossiers met fouten', en: 'text output: only cases with errors' },
  maxFileSize: { nl: 'grootste dossierbestand, zoals 10mb of 500kb (standaard 10mb)', en: 'largest case file, such as 10mb or 500kb (default 10mb)' },
  jobs: { nl: 'aantal threads voor een map met dossiers (standaard: alle kernen; 1 = geen workers)', en: 'threads for a folder of case files (default: every core; 1 = no workers)' },
  badJobs: { nl: '--jobs {value} is geen aantal threads (een geheel getal vanaf 1)', en: '--jobs {value} is not a number of threads (a whole number from 1)' },
  badSize: { nl: '{option} {value} is geen grootte (zoals 10mb of 500kb)', en: '{option} {value} is not a size (such as 10mb or 500kb)' },
  redact: { nl: 'vervang werknemer, vrije tekst en bestandsnamen door vaste schuilnamen (sleutel: POORT_REDACT_KEY)', en: 'replace werknemer, free text and file paths by stable pseudonyms (key: POORT_REDACT_KEY)' },
  badOutput: { nl: '--output: kan {file} niet schrijven: {reason}', en: '--output: cannot write {file}: {reason}' },
  badStdout: { nl: 'kan het rapport niet naar de standaarduitvoer schrijven: {reason}', en: 'cannot write the report to standard output: {reason}' },
  outputSymlink: {
    nl: '--output {file} is een symbolische koppeling; poort volgt die alleen met --force (of kies een gewoon bestand)',
    en: '--output {file} is a symbolic link; poort follows it only with --force (or name a plain file)',
  },
  outputIsInput: {
    nl: '--output {file} is ook invoer van deze controle (of wordt dat de volgende keer); schrijf het rapport buiten de dossiers',
    en: '--output {file} is also an input of this check (or would be next time); write the report outside the case files',
  },
  force: { nl: 'schrijf --output ook via een symbolische koppeling', en: 'write --output through a symbolic link too' },
  badCount: { nl: '{option} {value} is geen geheel getal van 0 of meer', en: '{option} {value} is not a whole number of 0 or more' },
  progress: { nl: '{n} dossiers…', en: '{n} cases…' },
  debug: { nl: 'toon stacktraces bij interne fouten', en: 'show stack traces on internal errors' },
  badDate: {
    nl: '--as-of {value} is geen datum tussen 1900 en 2199 (verwacht JJJJ-MM-DD of DD-MM-JJJJ)',
    en: '--as-of {value} is not a date from 1900 to 2199 (expected YYYY-MM-DD or DD-MM-YYYY)',
  },
  badChoice: { nl: '{option} {value} is niet mogelijk (kies uit: {choices})', en: '{option} {value} is not possible (choose from: {choices})' },
  internal: { nl: 'interne fout: {message} (draai met --debug voor details)', en: 'internal error: {message} (run with --debug for details)' },
} satisfies Words<string>;

/** The words of the CI and spreadsheet formats (sarif, junit, github, csv, markdown). */
export const REPORT_WORDS = {
  setupConfig: { nl: 'Instellingen uit {file}: {settings}', en: 'Settings from {file}: {settings}' },
  setupEmpty: { nl: 'geen', en: 'none' },
  setupRules: { nl: 'Eigen regels uit {file}: {what}', en: 'Own rules from {file}: {what}' },
  setupReplaces: { nl: 'vervangt {ids}', en: 'replaces {ids}' },
  setupAdds: { nl: 'voegt toe {ids}', en: 'adds {ids}' },
  setupNoRules: { nl: 'vervangt geen regels en voegt er geen toe', en: 'replaces and adds no rules' },
  inputProblem: { nl: 'Invoerfout', en: 'Input problem' },
  inputProblemDescription: {
    nl: 'Het dossierbestand is niet te lezen of bevat een waarde die poort niet kan gebruiken; het dossier is niet beoordeeld.',
    en: 'The case file cannot be read or holds a value poort cannot use; the case was not evaluated.',
  },
  inputProblems: { nl: 'invoerfouten', en: 'input problems' },
  interpretation: { nl: 'Uitleg', en: 'Interpretation' },
  line: { nl: 'regel', en: 'line' },
  // csv: the header row (Dutch for Dutch Excel), and the values of the valid and status columns.
  csvSource: { nl: 'Bron', en: 'source' },
  csvWerknemer: { nl: 'Werknemer', en: 'werknemer' },
  csvValid: { nl: 'Geldig', en: 'valid' },
  csvWeek: { nl: 'Ziekteweek', en: 'week' },
  csvZiekmelding: { nl: 'Ziekmelding', en: 'ziekmelding' },
  csvEindeWachttijd: { nl: 'Einde wachttijd', en: 'eindeWachttijd' },
  csvErrors: { nl: 'Fouten', en: 'errors' },
  csvWarnings: { nl: 'Waarschuwingen', en: 'warnings' },
  csvInfos: { nl: 'Info', en: 'infos' },
  csvStatus: { nl: 'Status', en: 'status' },
  csvNext: { nl: 'Volgende termijn', en: 'nextDeadline' },
  csvNextDue: { nl: 'Uiterste datum', en: 'nextDeadlineDue' },
  csvNextStatus: { nl: 'Termijnstatus', en: 'nextDeadlineStatus' },
  yes: { nl: 'ja', en: 'true' },
  no: { nl: 'nee', en: 'false' },
  statusOk: { nl: 'ok', en: 'ok' },
  statusErrors: { nl: 'fouten', en: 'errors' },
  statusWarnings: { nl: 'waarschuwingen', en: 'warnings' },
  statusInvalid: { nl: 'ongeldig', en: 'invalid' },
  // markdown: a pull-request comment.
  mdHeading: { nl: 'Poortwachtercontrole', en: 'Poortwachter check' },
  mdCase: { nl: 'Dossier', en: 'Case' },
  mdCases: { nl: 'Dossiers', en: 'Cases' },
  mdInfos: { nl: 'Info', en: 'Infos' },
  mdInvalidCases: { nl: 'Niet te beoordelen', en: 'Not evaluated' },
  mdAsOf: { nl: 'Peildatum', en: 'As of' },
  mdWerknemer: { nl: 'Werknemer', en: 'Werknemer' },
  mdWeek: { nl: 'Week', en: 'Week' },
  mdErrors: { nl: 'Fouten', en: 'Errors' },
  mdWarnings: { nl: 'Waarschuwingen', en: 'Warnings' },
  mdNext: { nl: 'Volgende termijn', en: 'Next deadline' },
  mdAllClear: { nl: 'Geen fouten of waarschuwingen: alle dossiers zijn op orde.', en: 'No errors or warnings: every case is in order.' },
  mdErrorDetails: { nl: 'Fouten', en: 'Errors' },
  mdInvalid: { nl: 'niet te beoordelen', en: 'not evaluated' },
  mdMore: { nl: '… en nog {n}; draai `poort check` voor de volledige lijst.', en: '… and {n} more; run `poort check` for the full list.' },
} satisfies Words<string>;
