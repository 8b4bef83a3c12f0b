import type { Consequence, Lang } from '../domain/rule.js';

/**
 * The words of the commands besides `check` (deadlines, schema, init, rules, explain) and of the
 * iCalendar output, in Dutch and English. Kept apart from i18n.ts so that the catalogues of
 * different commands can grow independently; the shared words (statuses, severities, anchors)
 * stay in i18n.ts.
 */
type Words<K extends string> = Record<K, Record<Lang, string>>;

/** Help texts and command-line errors. */
export const COMMAND = {
  deadlines: {
    nl: 'alle poortwachtertermijnen vanaf een ziekmelding, zonder dossier',
    en: 'every poortwachter deadline from a ziekmelding, no case file needed',
  },
  ziekmeldingArg: { nl: 'eerste ziektedag, JJJJ-MM-DD of DD-MM-JJJJ', en: 'first day of sickness, YYYY-MM-DD or DD-MM-YYYY' },
  onderbreking: {
    nl: 'volledig herstel van minder dan 28 dagen, VAN..TOT, beide dagen inbegrepen (herhaalbaar)',
    en: 'a full recovery of fewer than 28 days, FROM..TO, both days included (repeatable)',
  },
  formatDeadlines: { nl: 'uitvoer: text, json of ics', en: 'output format: text, json or ics' },
  formatRules: { nl: 'uitvoer: text of json', en: 'output format: text or json' },
  schema: { nl: 'druk het JSON Schema van een dossierbestand af', en: 'print the JSON Schema of a case file' },
  init: {
    nl: 'schrijf een sjabloon voor een dossier (zonder bestandsnaam naar stdout)',
    en: 'write a template case file (to stdout without a file name)',
  },
  initFile: { nl: 'nieuw dossierbestand; een bestaand bestand wordt nooit overschreven', en: 'new case file; an existing file is never overwritten' },
  rules: { nl: 'toon de regeltabel', en: 'show the rules table' },
  explain: {
    nl: 'leg een regel uit: wat hij controleert, hoe poort de wet leest, de bron en een rekenvoorbeeld',
    en: 'explain a rule: what it checks, how poort reads the law, the source and a worked example',
  },
  ruleId: { nl: 'id van de regel (zie poort rules)', en: 'rule id (see poort rules)' },
  badOnderbreking: {
    nl: '--onderbreking {value} heeft niet de vorm VAN..TOT (bijvoorbeeld 2025-03-10..2025-03-20)',
    en: '--onderbreking {value} is not of the form FROM..TO (for example 2025-03-10..2025-03-20)',
  },
  fileExists: {
    nl: '{file} bestaat al; poort init overschrijft geen bestanden (kies een andere naam)',
    en: '{file} already exists; poort init never overwrites a file (choose another name)',
  },
  cannotWrite: { nl: 'kan {file} niet schrijven: {reason}', en: 'cannot write {file}: {reason}' },
  written: {
    nl: '{file} geschreven: vervang de voorbeeld-ziekmelding en vul de datums in; daarna: poort check {file}',
    en: 'wrote {file}: replace the example ziekmelding and fill in the dates; then: poort check {file}',
  },
  unknownRule: { nl: 'onbekende regel `{id}`{suggestion}; poort rules toont alle regels', en: 'unknown rule `{id}`{suggestion}; poort rules lists them all' },
  didYouMean: { nl: ' (bedoelt u `{id}`?)', en: ' (did you mean `{id}`?)' },
} satisfies Words<string>;

/** `poort deadlines`. */
export const DEADLINES = {
  heading: { nl: 'Poortwachtertermijnen vanaf ziekmelding {date}', en: 'Poortwachter deadlines from ziekmelding {date}' },
  onderbreking: { nl: 'onderbreking {van} t/m {tot} ({days}): de termijnen schuiven {days} op', en: 'onderbreking {van} to {tot} ({days}): the deadlines move {days} later' },
  asOf: { nl: 'peildatum {date}', en: 'as of {date}' },
  from: { nl: 'Vanaf', en: 'From' },
  due: { nl: 'Uiterlijk', en: 'Due' },
  basis: { nl: 'Grond', en: 'Why' },
  undated: {
    nl: 'Zonder datum, want afhankelijk van het dossier: {list}. Met een dossier: poort check <bestand>.',
    en: 'Without a date, as they depend on the dossier: {list}. With a case file: poort check <file>.',
  },
} satisfies Words<string>;

/** `poort rules` and `poort explain`. */
export const RULES = {
  id: { nl: 'Regel', en: 'Rule' },
  severity: { nl: 'Ernst', en: 'Severity' },
  deadline: { nl: 'Termijn', en: 'Deadline' },
  consequence: { nl: 'Gevolg', en: 'Consequence' },
  norm: { nl: 'Norm', en: 'Norm' },
  source: { nl: 'Bron', en: 'Source' },
  replacedBy: { nl: '{id}: vervangen door {file}', en: '{id}: replaced by {file}' },
  addedBy: { nl: '{id}: toegevoegd uit {file}', en: '{id}: added from {file}' },
  checks: { nl: 'Wat de regel controleert', en: 'What the rule checks' },
  reading: { nl: 'Hoe poort de wet leest', en: 'How poort reads the law' },
  noReading: { nl: '(geen toelichting in de regeltabel)', en: '(no interpretation in the rules table)' },
  example: { nl: 'Rekenvoorbeeld: ziekmelding {date}', en: 'Worked example: ziekmelding {date}' },
  exampleCase: { nl: 'met in het dossier:', en: 'with in the dossier:' },
  exampleDue: { nl: 'uiterlijk {date} ({basis})', en: 'due {date} ({basis})' },
  exampleDueNoBasis: { nl: 'uiterlijk {date}', en: 'due {date}' },
  exampleFrom: { nl: 'vanaf {date}', en: 'from {date}' },
  exampleDate: { nl: '{date} ({basis})', en: '{date} ({basis})' },
  exampleNone: {
    nl: 'Deze regel rekent geen datum uit: hij beoordeelt wat er in het dossier staat.',
    en: 'This rule computes no date: it judges what the dossier records.',
  },
  severityLine: { nl: 'Ernst en gevolg', en: 'Severity and consequence' },
  overrideNote: { nl: 'Deze regel komt uit {file} en vervangt de ingebouwde regel.', en: 'This rule comes from {file} and replaces the built-in one.' },
  userNote: { nl: 'Deze regel komt uit {file}.', en: 'This rule comes from {file}.' },
} satisfies Words<string>;

/** Anchors and conditions in words, for the rules table (each kind of rule has its own words). */
export const DEADLINE_WORDS = {
  before: { nl: '{subject} vóór {anchor}', en: '{subject} before {anchor}' },
  after: { nl: '{subject} na {anchor}', en: '{subject} after {anchor}' },
  earliest: { nl: 'de vroegste van {list}', en: 'the earlier of {list}' },
  latest: { nl: 'de laatste van {list}', en: 'the later of {list}' },
  plusDaysLate: { nl: ' + de dagen dat {id} te laat is', en: ' + the days {id} is late' },
  when: { nl: 'als {cond}: {what}', en: 'when {cond}: {what}' },
  and: { nl: ' en ', en: ' and ' },
  or: { nl: ' of ', en: ' or ' },
  in: { nl: '{path} is {values}', en: '{path} is {values}' },
  present: { nl: '{path} ingevuld', en: '{path} recorded' },
  absent: { nl: '{path} leeg', en: '{path} not recorded' },
  below: { nl: '{path} onder {limit}', en: '{path} below {limit}' },
  asOfOnOrAfter: { nl: 'peildatum op of na {anchor}', en: 'as-of date on or after {anchor}' },
  not: { nl: 'niet ({cond})', en: 'not ({cond})' },
} satisfies Words<string>;

/** Consequences, short enough for a table column. */
export const CONSEQUENCE_SHORT: Words<Consequence> = {
  loonsanctie: { nl: 'loonsanctie', en: 'loonsanctie' },
  boete: { nl: 'boete', en: 'boete (fine)' },
  'verlenging-loondoorbetaling': { nl: 'verlenging loondoorbetaling', en: 'wage payment extended' },
  geen: { nl: 'geen', en: 'none' },
};

/** The iCalendar output. */
export const ICS = {
  overdue: { nl: 'achterstallig', en: 'overdue' },
  window: { nl: 'Venster: {from} t/m {due}', en: 'Window: {from} to {due}' },
  due: { nl: 'Uiterlijk: {due}', en: 'Due: {due}' },
  reading: { nl: 'Hoe poort de wet leest', en: 'How poort reads the law' },
  norm: { nl: 'Norm', en: 'Norm' },
  source: { nl: 'Bron', en: 'Source' },
  dossier: { nl: 'Dossier', en: 'Case file' },
  alarm: { nl: 'Over een week: {summary}', en: 'In one week: {summary}' },
  calendar: { nl: 'poort: poortwachtertermijnen', en: 'poort: poortwachter deadlines' },
} satisfies Words<string>;

/**
 * What each case file key holds: the comments of `poort init` and the descriptions in the JSON
 * Schema (shown by editors on hover). Keys as the case file names them; nested keys with a dot.
 */
export const FIELD_DOCS: Record<string, Record<Lang, string>> = {
  werknemer: { nl: 'referentie of pseudoniem, geen naam', en: 'a reference or pseudonym, no name' },
  ziekmelding: { nl: 'eerste ziektedag, verplicht', en: 'first day of sickness, required' },
  onderbrekingen: { nl: 'volledig herstel korter dan 28 dagen (samentelling)', en: 'full recoveries of fewer than 28 days (samentelling)' },
  'onderbrekingen.van': { nl: 'eerste dag hersteld', en: 'first day recovered' },
  'onderbrekingen.tot': { nl: 'laatste dag hersteld', en: 'last day recovered' },
  wazo_verlof: {
    nl: 'zwangerschaps- en bevallingsverlof: telt niet mee in de wachttijd',
    en: 'pregnancy and maternity leave: does not count in the wachttijd',
  },
  'wazo_verlof.van': { nl: 'eerste dag verlof', en: 'first day of leave' },
  'wazo_verlof.tot': { nl: 'laatste dag verlof (mag na de peildatum liggen)', en: 'last day of leave (may lie after the as-of date)' },
  hersteld: { nl: 'eerste dag volledig hersteld: het dossier sluit op deze datum', en: 'first day of full recovery: the case closes on this date' },
  loon_percentage: { nl: 'doorbetaald loon in procenten, minstens 70', en: 'percentage of the wage paid, at least 70' },
  probleemanalyse: { nl: 'probleemanalyse bedrijfsarts, uiterlijk week 6', en: 'problem analysis by the bedrijfsarts, by week 6' },
  plan_van_aanpak: { nl: 'plan van aanpak, uiterlijk 2 weken na de probleemanalyse', en: 're-integration plan, within 2 weeks after the probleemanalyse' },
  voortgangsgesprekken: { nl: 'voortgangsgesprekken, minstens elke 6 weken', en: 'progress meetings, at least every 6 weeks' },
  melding_42e_week: { nl: '42e-weeksmelding aan UWV', en: 'report of long-term sickness to UWV' },
  eerste_spoor: { nl: 'terugkeer bij de eigen werkgever', en: 'return to work at the own employer' },
  'eerste_spoor.status': {
    nl: 'kansrijk | onduidelijk | onwaarschijnlijk | uitgesloten',
    en: 'likely | unclear | unlikely | impossible',
  },
  'eerste_spoor.vastgesteld': { nl: 'datum van de verklaring van de bedrijfsarts', en: "date of the bedrijfsarts' verklaring" },
  arbeidsdeskundig_onderzoek: { nl: 'arbeidsdeskundig onderzoek', en: 'vocational assessment' },
  eerstejaarsevaluatie: { nl: 'eerstejaarsevaluatie, tussen week 46 en 52', en: 'first-year evaluation, weeks 46 to 52' },
  tweede_spoor: { nl: 're-integratie bij een andere werkgever', en: 're-integration at another employer' },
  'tweede_spoor.gestart': { nl: 'start tweede spoor', en: 'start of the tweede spoor' },
  'tweede_spoor.begeleider': { nl: 'wie begeleidt: werkgever zelf of re-integratiebureau', en: 'who provides begeleiding' },
  'tweede_spoor.bijstelling_plan_van_aanpak': { nl: 'plan van aanpak bijgesteld', en: 'plan van aanpak adjusted' },
  actueel_oordeel: { nl: 'actueel oordeel bedrijfsarts (RIV), uiterlijk week 91', en: "bedrijfsarts' current judgement (RIV), by week 91" },
  eindevaluatie: { nl: 'eindevaluatie (RIV), uiterlijk week 91', en: 'final evaluation (RIV), by week 91' },
  uwv_wia_brief: {
    nl: 'brief van UWV over de WIA-aanvraag: datum van ontvangst, of geen',
    en: "UWV's letter about the WIA application: date received, or geen (none came)",
  },
  wia_aanvraag: { nl: 'WIA-aanvraag, week 89 tot 93', en: 'WIA application, weeks 89 to 93' },
  verlenging_weken: { nl: 'vrijwillige verlenging loondoorbetaling (VLD), weken', en: 'voluntary extension of the wachttijd (VLD), weeks' },
  loonsanctie_weken: { nl: 'loonsanctie van UWV, weken (hoogstens 52); of gebruik loonsanctie', en: 'loonsanctie imposed by UWV, weeks (at most 52); or use loonsanctie' },
  loonsanctie: { nl: 'loonsanctie van UWV, met een eventuele hersteldmelding', en: 'loonsanctie imposed by UWV, with any report of repair' },
  'loonsanctie.weken': { nl: 'opgelegde weken, hoogstens 52', en: 'weeks imposed, at most 52' },
  'loonsanctie.herstel_gemeld': { nl: 'dag dat UWV de hersteldmelding ontving', en: 'day UWV received the report that the shortcoming is repaired' },
  'loonsanctie.herstel_vastgesteld': { nl: 'besluit van UWV dat de tekortkoming is hersteld', en: "UWV's decision that the shortcoming is repaired" },
  einde_dienstverband: { nl: 'laatste dag van het dienstverband', en: 'last day of the contract' },
  melding_einde_dienstverband: { nl: 'ziekmelding aan UWV bij einde dienstverband', en: 'sickness report to UWV at the end of the contract' },
  riv_einde_dienstverband: { nl: 're-integratieverslag bij einde dienstverband', en: 're-integratieverslag at the end of the contract' },
  notities: { nl: 'vrije tekst, zonder medische gegevens', en: 'free text, no medical details' },
};
