/**
 * The dossiers of a run that could not be judged, for the reports that list deadlines (agenda,
 * calendars): a list or calendar without them must not read as complete. How many of how many,
 * and the first of their sources.
 */
export interface NotJudged {
  cases: number;
  invalid: number;
  sources: readonly string[];
}

/** A report names at most this many dossiers that could not be judged; the count says the rest. */
export const NOT_JUDGED_NAMED = 100;
