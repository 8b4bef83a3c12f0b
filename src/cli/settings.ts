import { Datum } from '../domain/datum.js';
import type { Lang } from '../domain/rule.js';
import { CLI, fill, LANGS } from '../output/i18n.js';
import { todayInAmsterdam } from './today.js';

/** A wrong command line: one line on stderr and exit code 2. */
export class UsageError extends Error {}

/** --lang, else POORT_LANG, else LANG starting with `nl`, else English (README.md, "Use"). */
export function chooseLang(flag: string | undefined, env: NodeJS.ProcessEnv): Lang {
  if (flag !== undefined) return choice('--lang', flag, LANGS, 'en');
  const fromEnv = env.POORT_LANG;
  if (fromEnv && (LANGS as readonly string[]).includes(fromEnv)) return fromEnv as Lang;
  return env.LANG?.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}

export function choice<T extends string>(option: string, value: string, choices: readonly T[], lang: Lang): T {
  if ((choices as readonly string[]).includes(value)) return value as T;
  throw new UsageError(fill(CLI.badChoice[lang], { option, value, choices: choices.join(', ') }));
}

export function asOfDate(value: string | undefined, lang: Lang, now?: Date): Datum {
  if (value === undefined) return todayInAmsterdam(now);
  const d = Datum.parse(value);
  if (!d?.inRange) throw new UsageError(fill(CLI.badDate[lang], { value }));
  return d;
}

/** NO_COLOR and --no-color switch colour off, FORCE_COLOR on; otherwise only on a terminal. */
export function colorLevel(flag: boolean, env: NodeJS.ProcessEnv, isTTY: boolean): 0 | 1 | 2 | 3 {
  if (!flag || (env.NO_COLOR !== undefined && env.NO_COLOR !== '')) return 0;
  const force = env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === '0' || force === 'false') return 0;
    return force === '2' ? 2 : force === '3' ? 3 : 1;
  }
  if (!isTTY) return 0;
  return env.COLORTERM === 'truecolor' ? 3 : env.TERM?.includes('256') ? 2 : 1;
}

/** A repeatable option's values, in order. */
export const collect = (v: string, prev: string[]): string[] => [...prev, v];
