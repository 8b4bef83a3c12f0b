import type { Report } from '../report.js';

/**
 * The output formats, each a separate module over the one Report type, loaded only when
 * chosen so that `--format json` never pays for chalk and cli-table3.
 */
export interface FormatOptions {
  colorLevel: 0 | 1 | 2 | 3;
}

export type Formatter = (report: Report, options: FormatOptions) => string;

export const FORMATS = {
  text: async (): Promise<Formatter> => (await import('./text.js')).formatText,
  json: async (): Promise<Formatter> => (await import('./json.js')).formatJson,
} as const;

export type FormatName = keyof typeof FORMATS;
export const FORMAT_NAMES = Object.keys(FORMATS) as FormatName[];
