// PDF reader (.pdf): pdf.js (through pdf-parse) reads each page's runs of text and where they stand, pdf-layout.ts
// lays them out as lines; pages are joined with a form feed so the parse stage can find running headers and page numbers.
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { ERROR_CODES, InputError, describeError } from '../../core/errors';
import { pageTextsOf, type PdfTextRun } from './pdf-layout';
import { normaliseText } from './text';
import type { Reader, ReadResult } from './types';

/** Longest time one PDF may take to extract, in milliseconds, before it is reported unreadable. */
export const DEFAULT_PDF_TIMEOUT_MS = 30_000;

/** Separates pages in the extracted text. */
export const PAGE_BREAK = '\f';

/**
 * Extraction runs in a worker thread: a hostile or broken PDF that makes pdf.js spin can be stopped by
 * terminating the thread, and pdf.js (an ES module that loads its own worker with import()) runs under
 * Node's own loader whatever the caller's module system (tsx, jest).
 */
const WORKER_FILE = path.join(__dirname, 'pdf-worker.mjs');

/**
 * How pdf.js's error starts when a PDF needs a password to be opened. A PDF locked only against editing or printing
 * (an owner password, as councils often publish) opens without one and is read as any other.
 */
const PASSWORD_REFUSAL = 'PasswordException';

function extractPages(bytes: Buffer, file: string, timeoutMs: number): Promise<PdfTextRun[][]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_FILE, { workerData: { bytes: new Uint8Array(bytes) } });
    const finish = (outcome: { pages: PdfTextRun[][] } | { error: string }) => {
      clearTimeout(timer);
      void worker.terminate();
      if ('pages' in outcome) resolve(outcome.pages);
      else if (outcome.error.startsWith(PASSWORD_REFUSAL)) reject(new InputError(ERROR_CODES.UNREADABLE_FILE, `expected a readable PDF but ${file} is password-protected (save it without a password to index it)`, { file }));
      else reject(new InputError(ERROR_CODES.UNREADABLE_FILE, `expected a readable PDF but ${file} could not be read: ${outcome.error}`, { file }));
    };
    const timer = setTimeout(() => finish({ error: `text extraction took longer than ${timeoutMs} ms` }), timeoutMs);
    worker.once('message', finish);
    worker.once('error', (error) => finish({ error: describeError(error) }));
    worker.once('exit', (code) => finish({ error: `the extraction thread stopped early (exit code ${code})` }));
  });
}

/** Fewer letters than this share of a long text's characters, and more punctuation and symbols than the next: no words. */
const MAX_LETTER_SHARE = 0.02;
const MIN_SYMBOL_SHARE = 0.35;
/** Below this many characters a text is read as it is. */
const MIN_CHARACTERS_TOLD = 500;

/**
 * The letters and characters (white space aside) of a text of symbols with almost no letters, or null: "# 6',8
 * /398+74,8.+2++8/3" is a font whose glyphs are mapped to codes other than their letters' (a subset font with a shifted
 * encoding and no Unicode map), which pdf.js passes through; indexed, it would be found by nothing. A page of figures (a
 * schedule of payments: dates, sums, a heading) has its heading's letters and fewer symbols, and is read.
 */
export function wordlessShare(text: string): { letters: number; characters: number } | null {
  const characters = text.replace(/\s+/g, '').length;
  if (characters < MIN_CHARACTERS_TOLD) return null;
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters >= characters * MAX_LETTER_SHARE) return null;
  const symbols = text.match(/[\p{P}\p{S}]/gu)?.length ?? 0;
  return symbols > characters * MIN_SYMBOL_SHARE ? { letters, characters } : null;
}

export function createPdfReader(options: { timeoutMs?: number } = {}): Reader {
  const timeoutMs = options.timeoutMs ?? DEFAULT_PDF_TIMEOUT_MS;
  return {
    format: 'pdf',
    extensions: ['.pdf'],
    async read(bytes: Buffer, file: string): Promise<ReadResult> {
      const pages = await extractPages(bytes, file, timeoutMs);
      const text = normaliseText(pageTextsOf(pages).join(PAGE_BREAK));
      if (text.replace(/\f/g, '').trim() === '') {
        throw new InputError(
          ERROR_CODES.NO_TEXT_LAYER,
          `expected a PDF with a text layer but ${file} has none in its ${pages.length} page(s) (a scan, or text drawn in fonts with no Unicode map, needs OCR first)`,
          { file },
        );
      }
      const wordless = wordlessShare(text);
      if (wordless) {
        throw new InputError(
          ERROR_CODES.NO_TEXT_LAYER,
          `expected a PDF whose text layer holds words but ${file}'s holds ${wordless.letters} letters in ${wordless.characters} characters (its fonts map their glyphs to other codes: export it again, or OCR it)`,
          { file },
        );
      }
      return { format: 'pdf', text };
    },
  };
}

export const pdfReader: Reader = createPdfReader();
