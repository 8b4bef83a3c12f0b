import type { Rule } from '../domain/rule.js';
import type { Lang } from '../domain/lang.js';
import type { Config } from '../input/config-file.js';
import { fill, words } from './locale/index.js';
import { printable } from './printable.js';

/**
 * What a run's outcome rests on besides the law and the dossiers: the poort.config.yaml in force
 * and the user's own rules files. Every report names them, so that a config with
 * `fail-on: never` or a rule replaced by a laxer one never passes unseen for the law.
 */
export interface Setup {
  /** The config in force, with its settings as written; null when none (or --no-config). */
  config: { file: string; settings: Config } | null;
  /** Each user rules file (from the config or --rules), with the rules it replaces and the rules it adds. */
  rules: readonly RulesFileUse[];
  /** The --columns file (or preset) that maps an export's columns, over the config's; null without one. */
  columns: string | null;
}

export interface RulesFileUse {
  file: string;
  replaces: readonly string[];
  adds: readonly string[];
}

export const NO_SETUP: Setup = { config: null, rules: [], columns: null };

/** The setup of a run; `path` writes a file as the report names it (relative to the working folder). */
export function runSetup(
  config: { file: string; config: Config } | undefined,
  userFiles: readonly string[],
  rules: readonly Rule[],
  builtinIds: ReadonlySet<string>,
  path: (file: string) => string,
  columns: string | null = null,
): Setup {
  return {
    config: config ? { file: path(config.file), settings: config.config } : null,
    columns,
    rules: userFiles.map((file) => {
      const own = rules.filter((r) => r.origin.file === file);
      return {
        file: path(file),
        replaces: own.filter((r) => r.overrides).map((r) => r.id),
        adds: own.filter((r) => !r.overrides && !builtinIds.has(r.id)).map((r) => r.id),
      };
    }),
  };
}

export const hasSetup = (s: Setup): boolean => s.config !== null || s.rules.length > 0 || s.columns !== null;

/** The setup in words, a line for the config and one per rules file (none without either): for people's formats. */
export function setupLines(s: Setup, lang: Lang): string[] {
  const w = words(lang).report;
  const lines: string[] = [];
  if (s.config) {
    const settings = Object.entries(s.config.settings).map(([k, v]) => `${k}: ${settingText(v)}`);
    lines.push(fill(w.setupConfig, { file: s.config.file, settings: settings.join(' · ') || w.setupEmpty }));
  }
  for (const r of s.rules) {
    const what = [
      r.replaces.length > 0 ? fill(w.setupReplaces, { ids: r.replaces.join(', ') }) : '',
      r.adds.length > 0 ? fill(w.setupAdds, { ids: r.adds.join(', ') }) : '',
    ].filter(Boolean);
    lines.push(fill(w.setupRules, { file: r.file, what: what.join('; ') || w.setupNoRules }));
  }
  if (s.columns) lines.push(fill(w.setupColumns, { file: s.columns }));
  return lines.map(printable);
}

/** A setting as written, on one line: a list by commas, a mapping as `key → value` pairs. */
function settingText(v: unknown): string {
  if (Array.isArray(v)) return v.map(settingText).join(', ');
  if (v !== null && typeof v === 'object') return `{ ${Object.entries(v).map(([k, x]) => `${k} → ${settingText(x)}`).join(', ')} }`;
  return String(v);
}
