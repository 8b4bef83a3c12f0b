import { Datum } from '../domain/datum.js';
import { LANGS, type Lang } from '../domain/lang.js';
import { fill, words } from '../output/locale/index.js';
import { todayInAmsterdam } from '../api/today.js';

/** A wrong command line: one line on stderr and exit code 2. */
export class UsageError extends Error {}

/** --lang, else POORT_LANG, else LANG starting with a language poort speaks (nl_NL.UTF-8), else English (README.md, "Use"). */
export function chooseLang(flag: string | undefined, env: NodeJS.ProcessEnv): Lang {
  if (flag !== undefined) return choice('--lang', flag, LANGS, 'en');
  const fromEnv = env.POORT_LANG;
  if (fromEnv && (LANGS as readonly string[]).includes(fromEnv)) return fromEnv as Lang;
  const system = env.LANG?.toLowerCase() ?? '';
  return LANGS.find((l) => system.startsWith(l)) ?? 'en';
}

export function choice<T extends string>(option: string, value: string, choices: readonly T[], lang: Lang): T {
  if ((choices as readonly string[]).includes(value)) return value as T;
  throw new UsageError(fill(words(lang).cli.badChoice, { option, value, choices: choices.join(', ') }));
}

export function asOfDate(value: string | undefined, lang: Lang, now?: Date): Datum {
  if (value === undefined) return todayInAmsterdam(now);
  const d = Datum.parse(value);
  if (!d?.inRange) throw new UsageError(fill(words(lang).cli.badDate, { value }));
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

/**
 * The width people's text output fits: COLUMNS when it is a positive whole number (anything
 * else is ignored), else the terminal's, else 80 on a terminal that does not say; null off a
 * terminal (a pipe, a file), where lines are left as long as they are.
 */
export function outputWidth(env: NodeJS.ProcessEnv, isTTY: boolean, terminalColumns: number | undefined): number | null {
  const columns = env.COLUMNS?.trim() ?? '';
  if (/^[1-9]\d*$/.test(columns)) return Number(columns);
  if (!isTTY) return null;
  return terminalColumns !== undefined && terminalColumns > 0 ? terminalColumns : 80;
}

/** A repeatable option's values, in order. */
export const collect = (v: string, prev: string[]): string[] => [...prev, v];
