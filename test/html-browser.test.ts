/**
 * The HTML report in a real browser (Debian's chromium through playwright-core, no browser of
 * its own): the page asks for nothing but itself, logs no error, draws each mark where its date
 * lies on the axis, prints one case per A4 page; and it makes the screenshots in docs/img/.
 * Without chromium this fails, never skips: CI installs it (.ci/run).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { UTCDate } from '@date-fns/utc';
import { differenceInCalendarDays } from 'date-fns';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runMain } from './helpers.js';

const AS_OF = '2026-03-02';
/** The footer names poort's version: the screenshots show the real one. */
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
/** Cases of every sort of mark and period: late and on time, open, WAZO-verlof, an onderbreking, a loonsanctie. */
const BATCH = ['tweede-spoor-te-laat', 'zwangerschapsverlof', 'samentelling-kort-herstel', 'loonsanctie-bekorting', 'wia-fase'].map((e) => `examples/${e}.yaml`);

const dir = mkdtempSync(join(tmpdir(), 'poort-browser-'));
let browser: Browser;

/** chromium as CI and the README install it: POORT_CHROMIUM, else the one on PATH. */
function chromiumPath(): string {
  if (process.env.POORT_CHROMIUM) return process.env.POORT_CHROMIUM;
  try {
    return execFileSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error('chromium is not installed: the browser test needs it (apt-get install chromium, or set POORT_CHROMIUM)');
  }
}

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox'] });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The HTML report of these inputs, written to a file as a user would. */
async function reportFile(name: string, args: string[], asOf = AS_OF): Promise<string> {
  const r = await runMain(['check', ...args, '--as-of', asOf, '--format', 'html', '--fail-on', 'never'], { io: { version: VERSION } });
  expect(r.stdout).toMatch(/^<!DOCTYPE html>/);
  const file = join(dir, name);
  writeFileSync(file, r.stdout);
  return file;
}

/** Opens a file, recording every request and every error the page logs. */
async function open(file: string, width = 1280): Promise<{ page: Page; requests: string[]; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width, height: 1000 } });
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  return { page, requests, errors };
}

const days = (from: string, to: string): number => differenceInCalendarDays(new UTCDate(to), new UTCDate(from));

describe('the HTML report in chromium', () => {
  it('requests nothing but its own file and logs no error, also with a werknemer that tries markup', async () => {
    const hostile = join(dir, 'hostile.yaml');
    writeFileSync(hostile, `werknemer: ${JSON.stringify('<script>console.error(1)</script></svg><img src=x onerror=console.error(2)>\u001b[31m')}\nziekmelding: 2025-01-06\n`);
    for (const lang of ['nl', 'en']) {
      const file = await reportFile(`batch-${lang}.html`, [...BATCH, hostile, 'ontbreekt.yaml', '--lang', lang]);
      const { page, requests, errors } = await open(file);
      expect(requests).toEqual([pathToFileURL(file).href]);
      expect(errors).toEqual([]);
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
      expect(await page.$$('script, img')).toHaveLength(0);
      expect(await page.locator('h2', { hasText: '<script>' }).count()).toBe(1);
      await page.close();
    }
  }, 60_000);

  it('draws every mark, the as-of line and the end of the wachttijd at the x of its date, within 1 px', async () => {
    const { page } = await open(await reportFile('marks.html', [...BATCH, '--lang', 'nl']));
    const svgs = await page.$$eval('svg.timeline', (all) =>
      all.map((svg) => {
        const axis = svg.querySelector('line.axis')!;
        const box = axis.getBoundingClientRect();
        const centre = (e: Element) => {
          const r = e.getBoundingClientRect();
          return r.left + r.width / 2;
        };
        return {
          start: axis.getAttribute('data-start')!,
          end: axis.getAttribute('data-end')!,
          left: box.left,
          width: box.width,
          dated: [...svg.querySelectorAll('[data-date]')].map((e) => ({ date: e.getAttribute('data-date')!, what: e.getAttribute('class')!, x: centre(e) })),
        };
      }),
    );
    expect(svgs).toHaveLength(BATCH.length);
    let marks = 0;
    for (const svg of svgs) {
      expect(svg.width).toBeGreaterThan(800);
      const span = days(svg.start, svg.end);
      expect(svg.dated.some((d) => d.what === 'asof')).toBe(true);
      expect(svg.dated.some((d) => d.what === 'wachttijd')).toBe(true);
      for (const d of svg.dated) {
        const expected = svg.left + (days(svg.start, d.date) / span) * svg.width;
        expect(Math.abs(d.x - expected), `${d.what} ${d.date}: x ${d.x}, expected ${expected}`).toBeLessThanOrEqual(1);
        if (d.what.startsWith('mark')) marks++;
      }
    }
    expect(marks).toBeGreaterThan(40);
    await page.close();
  }, 60_000);

  it('prints a batch of N cases on N + 1 A4 pages: the summary, then every case on a page of its own', async () => {
    // On a day after every date in these dossiers: a date still to come would be a finding of its own, and a long case may need a second page.
    const { page } = await open(await reportFile('print.html', [...BATCH, '--lang', 'nl'], '2026-09-07'));
    const pdf = (await page.pdf({ format: 'A4', printBackground: true })).toString('latin1');
    // Page objects, not the /Pages tree that holds them.
    expect(pdf.match(/\/Type\s*\/Page(?![a-zA-Z])/g)).toHaveLength(BATCH.length + 1);
    await page.close();
  }, 60_000);

  it('makes the screenshots of docs/img (1280 px wide, and A4 as printed)', async () => {
    mkdirSync(join(ROOT, 'docs/img'), { recursive: true });
    const file = await reportFile('screenshot.html', ['examples/tweede-spoor-te-laat.yaml', '--lang', 'nl']);
    const screen = await open(file, 1280);
    await screen.page.screenshot({ path: join(ROOT, 'docs/img/report.png'), fullPage: true });
    await screen.page.close();
    // A4 at 96 px per inch, less the 12 mm margins: what the printer lays out.
    const a4 = await open(file, 704);
    await a4.page.emulateMedia({ media: 'print' });
    await a4.page.setViewportSize({ width: 704, height: 1032 });
    await a4.page.screenshot({ path: join(ROOT, 'docs/img/report-a4.png') });
    await a4.page.close();
  }, 60_000);
});
