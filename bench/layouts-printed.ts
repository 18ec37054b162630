// The layout fixtures as a clerk publishes them printed to PDF: each text, HTML, Word, OpenDocument or RTF fixture is
// converted by LibreOffice (`soffice --headless --convert-to pdf`), then read, parsed and scored against its own
// expectations, as bench/layouts-score.ts scores the originals. A development score for the PDF reader and the parse
// rules, not a benchmark (nothing is timed or appended). Needs LibreOffice (`apt-get install -y
// libreoffice-writer-nogui`); conversions are kept in the system's temporary folder between runs.
// Run: npx tsx bench/layouts-printed.ts [--failures] [--only <part of a fixture's name>]
import { execFileSync } from 'node:child_process';
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
/** What LibreOffice opens as a document; Markdown is printed as the text it is. */
const PRINTABLE = new Set(['.txt', '.md', '.html', '.docx', '.odt', '.rtf', '.doc']);

const optionValue = (name: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : null);

/** The fixture printed to PDF by LibreOffice, converted once and kept. */
async function printed(fixture: LayoutFixture): Promise<Buffer> {
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

async function printedOutcome(fixture: LayoutFixture): Promise<LayoutOutcome> {
  try {
    const bytes = await printed(fixture);
    const read = await readDocument(bytes, `${fixture.name}.pdf`, { maxFileBytes: 50_000_000 });
    return { format: read.format, parsed: parseMinutes({ text: read.text, format: read.format, file: `${fixture.name}.pdf`, documentId: fixture.name }), error: null };
  } catch (error) {
    return { format: 'pdf', parsed: null, error: describeError(error) };
  }
}

async function main(): Promise<void> {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore' });
  } catch {
    console.error('expected LibreOffice (soffice) on the PATH to print the fixtures to PDF: apt-get install -y libreoffice-writer-nogui');
    process.exit(1);
  }
  fs.mkdirSync(PRINTED, { recursive: true });
  const only = optionValue('--only');
  const fixtures = listLayoutFixtures().filter((fixture) => fixture.expected.format !== 'pdf' && PRINTABLE.has(fixture.kind.extension) && (!only || fixture.name.includes(only)));
  const results = await scoreFixtures(fixtures, async (fixture) => ({ expected: { ...fixture.expected, format: 'pdf' } }), printedOutcome);
  console.log(categoryTable(results));
  const all = results.flatMap((result) => result.scores);
  console.log(`\n${sumOf(all, 'correct')} of ${sumOf(all, 'expected')} expected values right when printed to PDF (${Math.round((sumOf(all, 'correct') / sumOf(all, 'expected')) * 100)}%).`);
  if (process.argv.includes('--failures')) console.log(`\n${failureLines(results).join('\n')}`);
}

void main();
