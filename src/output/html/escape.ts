import { printable } from '../printable.js';

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text from a dossier, a file name or the rules, for an HTML page (element text and attribute
 * values alike): control characters and direction marks made visible as escapes (printable.ts),
 * then the five characters that could open or leave markup written as entities. A werknemer of
 * `</svg><script>` is then text on the page, never markup.
 */
export function esc(text: string): string {
  return printable(text).replace(/[&<>"']/g, (ch) => ENTITIES[ch]!);
}
