import type { Lang } from '../../domain/lang.js';
import { esc } from './escape.js';

/**
 * The page around every HTML report (check, agenda, deadlines): one file with its CSS inline and
 * nothing fetched, so that it opens offline and a dossier's data goes nowhere. On paper: A4, a
 * batch's summary on its own page and every case on a page of its own.
 */
export function page(lang: Lang, title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>
${CSS}
</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

const CSS = `@page { size: A4; margin: 12mm; }
body { font: 14px/1.45 system-ui, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; color: #1b1b1b; background: #fff; margin: 0; }
main { max-width: 1200px; margin: 0 auto; padding: 16px 24px; }
h1 { font-size: 1.5em; margin: 0 0 8px; }
h2 { font-size: 1.25em; margin: 0 0 4px; }
h3 { font-size: 1.05em; margin: 14px 0 4px; }
p { margin: 4px 0; }
.meta { color: #444; }
.source { font-family: ui-monospace, "DejaVu Sans Mono", monospace; }
table { border-collapse: collapse; width: 100%; margin: 4px 0 8px; }
caption { text-align: left; font-weight: 600; padding: 4px 0; }
th, td { text-align: left; vertical-align: top; padding: 2px 8px 2px 0; border-bottom: 1px solid #ddd; }
th { border-bottom: 2px solid #999; }
td.num, th.num { text-align: right; }
td.num { white-space: nowrap; }
.case { margin-top: 28px; padding-top: 12px; border-top: 3px solid #1f4e99; }
.case ~ .case, .summary ~ .case { break-before: page; }
.next { font-weight: 600; }
.next.overdue, .invalid, .error { color: #b00020; }
.warning { color: #8a5a00; }
.info { color: #1f4e99; }
.note { color: #555; font-size: 0.9em; }
figure { margin: 8px 0; }
figcaption { font-weight: 600; }
svg.timeline { display: block; width: 100%; height: auto; font-size: 11px; }
svg .axis, svg .tick { stroke: #333; stroke-width: 1.5; }
svg .wachttijd { stroke: #1f4e99; stroke-width: 1.5; stroke-dasharray: 5 3; }
svg .asof { stroke: #b00020; stroke-width: 2; }
svg .asof-label { fill: #b00020; font-weight: 600; }
svg .tick-label, svg .end-label { fill: #333; }
svg .num { fill: #333; font-size: 9px; text-anchor: middle; }
svg .pause.onderbreking { fill: #9ecae1; fill-opacity: 0.5; }
svg .pause.wazo { fill: #fdae6b; fill-opacity: 0.45; }
svg .sanction { fill: #e57373; fill-opacity: 0.25; }
svg .mark { stroke-width: 2; }
svg .mark.on-time { fill: #1a7f37; stroke: #1a7f37; }
svg .mark.late { fill: #c62828; stroke: #c62828; }
svg .mark.overdue { fill: none; stroke: #c62828; stroke-width: 3; }
svg .mark.open { fill: #fff; stroke: #333; }
svg .mark.early { fill: #d08700; stroke: #d08700; }
svg .mark.info { fill: #1f4e99; stroke: #1f4e99; }
.legend { display: flex; flex-wrap: wrap; gap: 4px 16px; padding: 0; margin: 2px 0 8px; list-style: none; font-size: 0.9em; }
.sym { display: inline-block; width: 1.2em; text-align: center; font-weight: 700; }
.sym.on-time { color: #1a7f37; }
.sym.late, .sym.overdue { color: #c62828; }
.sym.early { color: #d08700; }
.sym.info { color: #1f4e99; }
.sym.onderbreking { color: #4f8fbf; }
.sym.wazo { color: #e6550d; }
.sym.sanction { color: #e57373; }
.status-late, .status-overdue { color: #b00020; font-weight: 600; }
.status-on-time { color: #1a7f37; }
.status-early { color: #8a5a00; }
.status-not-applicable { color: #777; }
.na-list { display: none; }
.problems { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 0.9em; }
footer { margin-top: 24px; color: #555; font-size: 0.85em; }
@media print {
  body { font-size: 7.5pt; line-height: 1.3; print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  main { max-width: none; padding: 0; }
  .case { margin-top: 8px; padding-top: 4px; border-top-width: 2px; }
  th, td { padding: 0 6px 0 0; }
  h1 { font-size: 1.3em; margin: 0 0 4px; }
  h3 { margin: 6px 0 2px; }
  figure { margin: 4px 0; }
  table { margin: 2px 0 4px; }
  tr { break-inside: avoid; }
  tr.na { display: none; }
  .na-list { display: block; }
}`;
