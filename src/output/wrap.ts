/** A paragraph wrapped at `width` columns (counted in characters), every line indented. */
export function wrap(text: string, indent: number, width = 92): string[] {
  const pad = ' '.repeat(indent);
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (current && pad.length + current.length + 1 + word.length > width) {
      lines.push(pad + current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  if (current) lines.push(pad + current);
  return lines;
}
