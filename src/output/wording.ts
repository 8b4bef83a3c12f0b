import type { Wording } from '../check/checker.js';
import type { Lang } from '../domain/lang.js';
import { isoInSentences, problemMessage } from './locale/index.js';
import { findingMessage } from './message.js';

/** The words of a report in one language, for the checker: findings from their rules' templates, problems from the catalogue. */
export function wordingFor(lang: Lang, mask?: (text: string) => string): Wording {
  return {
    lang,
    finding: (f, rule, c, notation) => findingMessage(f, rule, c, { lang, notation, mask }),
    isoForPeople: isoInSentences(lang),
    problem: (code, args) => problemMessage(code, args, lang),
  };
}
