// PDF reader (.pdf): pdf.js (through pdf-parse) reads each page's runs of text and where they stand, pdf-layout.ts
// lays them out as lines; pages are joined with a form feed so the parse stage can find running headers and page numbers.
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { ERROR_CODES, InputError, describeError } from '../../core/errors';
import { pagesNamed, withoutGlyphCodePages, wordlessShare } from './pdf-glyph-pages';
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

/** A document of fewer characters than this (white space aside) is read as it is: a short cover note of codes is told too. */
const MIN_DOCUMENT_CHARACTERS = 100;

export function createPdfReader(options: { timeoutMs?: number } = {}): Reader {
  const timeoutMs = options.timeoutMs ?? DEFAULT_PDF_TIMEOUT_MS;
  return {
    format: 'pdf',
    extensions: ['.pdf'],
    async read(bytes: Buffer, file: string): Promise<ReadResult> {
      const pages = await extractPages(bytes, file, timeoutMs);
      const pageTexts = pageTextsOf(pages);
      const { texts, codePages } = withoutGlyphCodePages(pageTexts);
      // Every page of codes (or all of a short document's text): the document holds no words to index.
      const allCodes = codePages.length === pages.length && pages.length > 0;
      const text = normaliseText((allCodes ? pageTexts : texts).join(PAGE_BREAK));
      if (text.replace(/\f/g, '').trim() === '') {
        throw new InputError(
          ERROR_CODES.NO_TEXT_LAYER,
          `expected a PDF with a text layer but ${file} has none in its ${pages.length} page(s) (a scan, or text drawn in fonts with no Unicode map, needs OCR first)`,
          { file },
        );
      }
      const wordless = wordlessShare(text, MIN_DOCUMENT_CHARACTERS);
      if (wordless) {
        throw new InputError(
          ERROR_CODES.NO_TEXT_LAYER,
          `expected a PDF whose text layer holds words but ${file}'s holds ${wordless.letters} letters in ${wordless.characters} characters (its fonts map their glyphs to other codes: export it again, or OCR it)`,
          { file },
        );
      }
      if (codePages.length === 0) return { format: 'pdf', text };
      const warnings = [
        `${pagesNamed(codePages)} of ${path.basename(file)} ${codePages.length === 1 ? 'holds' : 'hold'} glyph codes, not words (its fonts map their glyphs to other codes), and ${codePages.length === 1 ? 'was' : 'were'} left out: export it again, or OCR those pages`,
      ];
      return { format: 'pdf', text, warnings };
    },
  };
}

export const pdfReader: Reader = createPdfReader();
