// The layout fixtures as a clerk publishes them printed to PDF: each text, HTML, Word, OpenDocument or RTF fixture is
// converted by LibreOffice (`soffice --headless --convert-to pdf`), then read, parsed and scored against its own
// expectations, as bench/layouts-score.ts scores the originals. With `--printer chromium`, each HTML fixture is instead
// saved as PDF by Chromium as a reader saves a web page, with the browser's own header and footer (the date and time,
// the page's title, its address, "1/3"). A development score for the PDF reader and the parse rules, not a benchmark
// (nothing is timed or appended). Needs LibreOffice (`apt-get install -y libreoffice-writer-nogui`) or Chromium
// (`apt-get install -y chromium`); conversions are kept in the system's temporary folder between runs.
// Run: npx tsx bench/layouts-printed.ts [--printer libreoffice|chromium] [--failures] [--only <part of a fixture's name>]
import { execFileSync } from 'node:child_process';
import { chromium, type Browser } from 'playwright-core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describeError } from '../core/errors';
import { parseMinutes } from '../indexer/parse';
import { readDocument } from '../indexer/readers';
import { buildLayoutDocument, listLayoutFixtures, type LayoutFixture } from '../test/helpers/layout-fixtures';
import type { LayoutOutcome } from '../test/helpers/layout-score';
import { categoryTable, failureLines, scoreFixtures, sumOf } from './layout-scoring';

const PRINTED = path.join(os.tmpdir(), 'minutes-search-printed-layouts');
/** What each printer opens as a document; LibreOffice prints Markdown as the text it is. */
const PRINTABLE = { libreoffice: new Set(['.txt', '.md', '.html', '.docx', '.odt', '.rtf', '.doc']), chromium: new Set(['.html']) };
type Printer = keyof typeof PRINTABLE;

const optionValue = (name: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : null);

/** The fixture printed to PDF by LibreOffice, converted once and kept. */
async function printedByLibreOffice(fixture: LayoutFixture): Promise<Buffer> {
  const { file, bytes } = await buildLayoutDocument(fixture);
  const extension = path.extname(file) === '.md' ? '.txt' : path.extname(file);
  const source = path.join(PRINTED, `${fixture.name}${extension}`);
  const pdf = path.join(PRINTED, `${fixture.name}.pdf`);
  if (!fs.existsSync(pdf)) {
    // A text file is printed as a word processor shows it: decoded (Windows-1252, UTF-16), then written as UTF-8.
    fs.writeFileSync(source, extension === '.txt' ? `\ufeff${(await readDocument(bytes, file, { maxFileBytes: 50_000_000 })).text}` : bytes);
    execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', PRINTED, source], { stdio: 'ignore', timeout: 120_000 });
  }
  return fs.readFileSync(pdf);
}

/** The HTML fixture saved as PDF by Chromium, with the header and footer a browser prints by default; kept. */
async function printedByChromium(fixture: LayoutFixture, browser: Browser): Promise<Buffer> {
  const pdf = path.join(PRINTED, `${fixture.name}.chromium.pdf`);
  if (!fs.existsSync(pdf)) {
    const { file, bytes } = await buildLayoutDocument(fixture);
    const source = path.join(PRINTED, path.basename(file));
    fs.writeFileSync(source, bytes);
    const page = await browser.newPage();
    await page.goto(`file://${source}`);
    await page.pdf({ path: pdf, format: 'A4', displayHeaderFooter: true, margin: { top: '15mm', bottom: '15mm', left: '10mm', right: '10mm' } });
    await page.close();
  }
  return fs.readFileSync(pdf);
}

async function printedOutcome(fixture: LayoutFixture, print: (fixture: LayoutFixture) => Promise<Buffer>): Promise<LayoutOutcome> {
  try {
    const bytes = await print(fixture);
    const read = await readDocument(bytes, `${fixture.name}.pdf`, { maxFileBytes: 50_000_000 });
    return { format: read.format, parsed: parseMinutes({ text: read.text, format: read.format, file: `${fixture.name}.pdf`, documentId: fixture.name }), error: null };
  } catch (error) {
    return { format: 'pdf', parsed: null, error: describeError(error) };
  }
}

function requireLibreOffice(): void {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore' });
  } catch {
    console.error('expected LibreOffice (soffice) on the PATH to print the fixtures to PDF: apt-get install -y libreoffice-writer-nogui');
    process.exit(1);
  }
}

async function main(): Promise<void> {
  const printer = (optionValue('--printer') ?? 'libreoffice') as Printer;
  if (!(printer in PRINTABLE)) throw new Error(`expected --printer libreoffice or chromium, got ${printer}`);
  const browser = printer === 'chromium' ? await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] }) : null;
  if (!browser) requireLibreOffice();
  fs.mkdirSync(PRINTED, { recursive: true });
  const print = (fixture: LayoutFixture) => (browser ? printedByChromium(fixture, browser) : printedByLibreOffice(fixture));
  const only = optionValue('--only');
  const fixtures = listLayoutFixtures().filter((fixture) => fixture.expected.format !== 'pdf' && PRINTABLE[printer].has(fixture.kind.extension) && (!only || fixture.name.includes(only)));
  try {
    const results = await scoreFixtures(fixtures, async (fixture) => ({ expected: { ...fixture.expected, format: 'pdf' } }), (fixture) => printedOutcome(fixture, print));
    console.log(categoryTable(results));
    const all = results.flatMap((result) => result.scores);
    console.log(`\n${sumOf(all, 'correct')} of ${sumOf(all, 'expected')} expected values right when printed to PDF by ${printer} (${Math.round((sumOf(all, 'correct') / sumOf(all, 'expected')) * 100)}%).`);
    if (process.argv.includes('--failures')) console.log(`\n${failureLines(results).join('\n')}`);
  } finally {
    await browser?.close();
  }
}

void main();
