// The layout fixtures in test/fixtures/layouts: minutes in the layouts councils publish, each with golden
// expectations. Text formats are committed as they are; binary ones (.docx, .odt, PDF, Windows-1252, UTF-16) are built
// here from a committed source, so the repository holds text a reviewer can read. The exceptions are the few files
// LibreOffice wrote (.doc, .odt), committed as written beside the source they were converted from (sources/).
import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describeError } from '../../core/errors';
import type { AttendanceKind, SourceFormat } from '../../core/types';
import { parseMinutes } from '../../indexer/parse';
import { readDocument } from '../../indexer/readers';
import { makePdf, type PdfLine } from '../indexer/make-pdf';
import { makeDocx, type DocxSource } from './make-docx';
import { makeOdt, type OdtBlock } from './make-odt';
import type { LayoutOutcome } from './layout-score';

export const LAYOUTS_DIR = path.join(__dirname, '..', 'fixtures', 'layouts');
const EXPECTED_SUFFIX = '.expected.json';

/** What the parser should make of one meeting; a category left out is not checked. */
export interface MeetingExpectation {
  body?: string | null;
  date?: string | null;
  /** Every item, in order. */
  items?: { number: string | null; title: string }[];
  attendees?: { name: string; role: string | null; attendance: AttendanceKind }[];
  /** A paragraph whose text starts with `text` has this speaker; null where it must have none. */
  speakers?: { text: string; speaker: string | null }[];
  /** Each is part of the text of some decision paragraph. */
  decisions?: string[];
  /** Each is exactly the whole text of some paragraph. */
  paragraphs?: string[];
}

export interface LayoutExpectation {
  format: SourceFormat;
  /** Whether the parser should report a warning (e.g. no structure found). */
  warnings: boolean;
  meetings: MeetingExpectation[];
}

interface SourceKind {
  /** How the committed source's name ends. */
  suffix: string;
  /** The extension of the file built from it, as a council would publish it. */
  extension: string;
  build(source: Buffer): Promise<Buffer>;
}

// Longest suffixes first: "x.windows-1252.src.txt" must not be taken for a plain "x.txt".
const SOURCE_KINDS: SourceKind[] = [
  { suffix: '.windows-1252.src.txt', extension: '.txt', build: async (source) => iconv.encode(source.toString('utf8'), 'windows-1252') },
  {
    suffix: '.utf-16le.src.txt',
    extension: '.txt',
    build: async (source) => Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(source.toString('utf8'), 'utf-16le')]),
  },
  // Notepad and some exports write UTF-16 with no BOM: only the pattern of NUL bytes shows the encoding.
  { suffix: '.utf-16le-nobom.src.txt', extension: '.txt', build: async (source) => iconv.encode(source.toString('utf8'), 'utf-16le') },
  {
    suffix: '.utf-16be.src.txt',
    extension: '.txt',
    build: async (source) => Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(source.toString('utf8'), 'utf-16be')]),
  },
  {
    suffix: '.docx.json',
    extension: '.docx',
    build: async (source) => makeDocx(JSON.parse(source.toString('utf8')) as DocxSource),
  },
  { suffix: '.odt.json', extension: '.odt', build: async (source) => makeOdt((JSON.parse(source.toString('utf8')) as { blocks: OdtBlock[] }).blocks) },
  { suffix: '.pdf.json', extension: '.pdf', build: async (source) => makePdf((JSON.parse(source.toString('utf8')) as { pages: PdfLine[][] }).pages) },
  ...['.txt', '.html', '.md', '.rtf', '.odt', '.doc', '.pdf'].map((extension) => ({ suffix: extension, extension, build: async (source: Buffer) => source })),
];

export interface LayoutFixture {
  name: string;
  /** The committed source the document is built from. */
  sourceFile: string;
  kind: SourceKind;
  expected: LayoutExpectation;
}

/** Every fixture with its expectations, in name order; synchronous so test files can declare one test per fixture. */
export function listLayoutFixtures(): LayoutFixture[] {
  const files = fs.readdirSync(LAYOUTS_DIR).sort();
  return files
    .filter((file) => file.endsWith(EXPECTED_SUFFIX))
    .map((expectedFile) => {
      const name = expectedFile.slice(0, -EXPECTED_SUFFIX.length);
      const sources = files.flatMap((file) => {
        const kind = SOURCE_KINDS.find((candidate) => file === `${name}${candidate.suffix}`);
        return kind ? [{ file, kind }] : [];
      });
      if (sources.length !== 1) {
        throw new Error(`expected one source for layout fixture ${name} but found ${sources.length}: ${sources.map((source) => source.file).join(', ')}`);
      }
      const expected = JSON.parse(fs.readFileSync(path.join(LAYOUTS_DIR, expectedFile), 'utf8')) as LayoutExpectation;
      return { name, sourceFile: path.join(LAYOUTS_DIR, sources[0].file), kind: sources[0].kind, expected };
    });
}

/** The document as a council publishes it: its file name and bytes, built from `source` (the committed source unless given). */
export async function buildLayoutDocument(fixture: LayoutFixture, source?: Buffer): Promise<{ file: string; bytes: Buffer }> {
  const bytes = await fixture.kind.build(source ?? (await fs.promises.readFile(fixture.sourceFile)));
  return { file: path.join(LAYOUTS_DIR, `${fixture.name}${fixture.kind.extension}`), bytes };
}

/**
 * Builds, reads and parses a fixture as the indexer would; an error is kept as the outcome, not thrown. `source`
 * replaces the committed source (the robustness bench publishes the same minutes differently).
 */
export async function runLayoutFixture(fixture: LayoutFixture, source?: Buffer): Promise<LayoutOutcome> {
  let format: SourceFormat | null = null;
  try {
    const { file, bytes } = await buildLayoutDocument(fixture, source);
    const read = await readDocument(bytes, file, { maxFileBytes: 50_000_000 });
    format = read.format;
    const parsed = parseMinutes({ text: read.text, format: read.format, file, documentId: fixture.name, pageTitle: read.pageTitle });
    return { format, parsed, error: null };
  } catch (error) {
    return { format, parsed: null, error: describeError(error) };
  }
}
