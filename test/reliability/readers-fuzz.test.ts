// Bad files through the whole indexing path up to chunks (read → parse → chunk): random bytes under every supported
// extension, truncated and corrupted PDFs, .docx, .odt, .rtf and .doc files, deeply nested HTML, huge lines and bytes
// that are not UTF-8 each end in chunks or a clear InputError naming the file, never another exception and never a
// hang. Seeded, so a failure repeats.
import fs from 'node:fs';
import path from 'node:path';
import { ERROR_CODES, InputError } from '../../core/errors';
import { chunkMeetings, DEFAULT_MAX_PARAGRAPH_CHARS } from '../../indexer/chunk';
import { parseMinutes } from '../../indexer/parse';
import { readDocument, supportedExtensions } from '../../indexer/readers';
import { CORPUS_DIR } from '../helpers/environment';
import { buildLayoutDocument, LAYOUTS_DIR, listLayoutFixtures } from '../helpers/layout-fixtures';
import { seededRandom } from '../helpers/random';
import { makePdf } from '../indexer/make-pdf';

const MAX_FILE_BYTES = 50 * 1024 * 1024;
const KNOWN_CODES = new Set<string>(Object.values(ERROR_CODES));
const random = seededRandom(20240517);
const MINUTES = fs.readFileSync(path.join(CORPUS_DIR, 'kent-medway-pcp-2017-03-28-minutes.txt'), 'utf8');

type Outcome = { chunks: number } | { code: string };

/** Reads, parses and chunks; returns the chunk count or the InputError's code, and rethrows anything else. */
async function indexUpToChunks(bytes: Buffer, file: string): Promise<Outcome> {
  try {
    const read = await readDocument(bytes, file, { maxFileBytes: MAX_FILE_BYTES });
    const { meetings } = parseMinutes({ text: read.text, format: read.format, file, documentId: 'fuzz', sourceUrl: null });
    return { chunks: chunkMeetings(meetings).length };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    expect(KNOWN_CODES.has(error.code)).toBe(true);
    expect(error.message).toContain(file);
    return { code: error.code };
  }
}

/** What a file came to, as one value to assert on: "chunks" when it made some, else the InputError's code. */
function verdict(outcome: Outcome): string {
  if ('code' in outcome) return outcome.code;
  return outcome.chunks > 0 ? 'chunks' : 'no chunks';
}

async function timed(bytes: Buffer, file: string): Promise<{ outcome: Outcome; milliseconds: number }> {
  const started = performance.now();
  const outcome = await indexUpToChunks(bytes, file);
  return { outcome, milliseconds: performance.now() - started };
}

function randomBytes(length: number): Buffer {
  return Buffer.from(Array.from({ length }, () => Math.floor(random() * 256)));
}

/** What random bytes under each supported extension come to: text formats see binary, the others cannot parse it. */
const RANDOM_BYTES_VERDICTS: Record<string, string> = {
  '.txt': ERROR_CODES.BINARY_FILE,
  '.text': ERROR_CODES.BINARY_FILE,
  '.md': ERROR_CODES.BINARY_FILE,
  '.markdown': ERROR_CODES.BINARY_FILE,
  '.html': ERROR_CODES.BINARY_FILE,
  '.htm': ERROR_CODES.BINARY_FILE,
  '.xhtml': ERROR_CODES.BINARY_FILE,
  '.xht': ERROR_CODES.BINARY_FILE,
  '.shtml': ERROR_CODES.BINARY_FILE,
  '.aspx': ERROR_CODES.BINARY_FILE,
  '.asp': ERROR_CODES.BINARY_FILE,
  '.php': ERROR_CODES.BINARY_FILE,
  '.jsp': ERROR_CODES.BINARY_FILE,
  '.cfm': ERROR_CODES.BINARY_FILE,
  '.pdf': ERROR_CODES.UNREADABLE_FILE,
  '.docx': ERROR_CODES.UNREADABLE_FILE,
  '.odt': ERROR_CODES.UNREADABLE_FILE,
  '.rtf': ERROR_CODES.UNREADABLE_FILE,
  '.doc': ERROR_CODES.UNREADABLE_FILE,
};

describe('random bytes', () => {
  it('covers every extension a reader accepts', () => {
    expect(Object.keys(RANDOM_BYTES_VERDICTS).sort()).toEqual(supportedExtensions().sort());
  });

  it.each(Object.entries(RANDOM_BYTES_VERDICTS))('rejects random bytes named %s with a clear error (%s)', async (extension, code) => {
    for (let sample = 0; sample < (code === ERROR_CODES.BINARY_FILE ? 25 : 8); sample += 1) {
      const bytes = randomBytes(1 + Math.floor(random() * 20_000));
      const { outcome } = await timed(bytes, `random-${sample}${extension}`);
      expect(outcome).toEqual({ code });
    }
  });

  it('indexes printable noise, which passes the binary check, as paragraphs (or refuses it as empty)', async () => {
    const alphabet = 'abc XYZ 0123 .,;:()\n\n\t-–—“”’RESOLVED Minutes Item 1. ';
    for (let sample = 0; sample < 40; sample += 1) {
      const text = Array.from({ length: 1 + Math.floor(random() * 5000) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      for (const extension of ['.txt', '.html']) {
        const { outcome } = await timed(Buffer.from(text), `noise-${sample}${extension}`);
        expect(['chunks', ERROR_CODES.EMPTY_FILE, ERROR_CODES.NO_MINUTES_FOUND]).toContain(verdict(outcome));
      }
    }
  });
});

describe('truncated and corrupted PDFs', () => {
  const pdf = makePdf([MINUTES.split('\n').slice(0, 40), MINUTES.split('\n').slice(40, 80)]);

  it('reads the whole PDF', async () => {
    const { outcome } = await timed(pdf, 'whole.pdf');
    expect(verdict(outcome)).toBe('chunks');
  });

  it('answers every truncation with chunks or a clear error', async () => {
    for (let cut = 0; cut < 10; cut += 1) {
      const length = Math.floor(random() * pdf.length);
      const { outcome, milliseconds } = await timed(pdf.subarray(0, length), `truncated-${length}.pdf`);
      expect(['chunks', ERROR_CODES.UNREADABLE_FILE, ERROR_CODES.NO_TEXT_LAYER, ERROR_CODES.EMPTY_FILE]).toContain(verdict(outcome));
      expect(milliseconds).toBeLessThan(10_000);
    }
  });

  it('answers flipped bytes inside the PDF with chunks or a clear error', async () => {
    for (let sample = 0; sample < 8; sample += 1) {
      const damaged = Buffer.from(pdf);
      for (let flip = 0; flip < 20; flip += 1) damaged[Math.floor(random() * damaged.length)] = Math.floor(random() * 256);
      const { outcome } = await timed(damaged, `flipped-${sample}.pdf`);
      expect(['chunks', ERROR_CODES.UNREADABLE_FILE, ERROR_CODES.NO_TEXT_LAYER]).toContain(verdict(outcome));
    }
  });
});

/** A layout fixture as a council publishes it, by its name (a .docx, .odt, .rtf or .doc). */
async function layoutDocument(name: string): Promise<Buffer> {
  const fixture = listLayoutFixtures().find((candidate) => candidate.name === name);
  if (!fixture) throw new Error(`no layout fixture ${name} in ${LAYOUTS_DIR}`);
  return (await buildLayoutDocument(fixture)).bytes;
}

describe('truncated and corrupted word-processor files', () => {
  const OFFICE_FIXTURES: [string, string][] = [
    ['.docx', 'parish-docx-minute-table'],
    ['.odt', 'parish-odt-libreoffice-styles'],
    ['.odt', 'town-full-council-libreoffice-odt'],
    ['.rtf', 'district-planning-word-rtf'],
    ['.rtf', 'town-full-council-libreoffice-rtf'],
    ['.doc', 'town-full-council-word97'],
  ];
  const DAMAGED_VERDICTS = ['chunks', ERROR_CODES.UNREADABLE_FILE, ERROR_CODES.EMPTY_FILE, ERROR_CODES.NO_MINUTES_FOUND];

  it.each(OFFICE_FIXTURES)('reads the whole %s file (%s)', async (extension, name) => {
    const { outcome } = await timed(await layoutDocument(name), `whole${extension}`);
    expect(verdict(outcome)).toBe('chunks');
  });

  it.each(OFFICE_FIXTURES)('answers every truncation of the %s file (%s) with chunks or a clear error', async (extension, name) => {
    const whole = await layoutDocument(name);
    for (let cut = 0; cut < 10; cut += 1) {
      const length = Math.floor(random() * whole.length);
      const { outcome, milliseconds } = await timed(whole.subarray(0, length), `truncated-${length}${extension}`);
      expect(DAMAGED_VERDICTS).toContain(verdict(outcome));
      expect(milliseconds).toBeLessThan(10_000);
    }
  });

  it.each(OFFICE_FIXTURES)('answers flipped bytes inside the %s file (%s) with chunks or a clear error', async (extension, name) => {
    const whole = await layoutDocument(name);
    for (let sample = 0; sample < 10; sample += 1) {
      const damaged = Buffer.from(whole);
      for (let flip = 0; flip < 20; flip += 1) damaged[Math.floor(random() * damaged.length)] = Math.floor(random() * 256);
      const { outcome, milliseconds } = await timed(damaged, `flipped-${sample}${extension}`);
      expect(DAMAGED_VERDICTS).toContain(verdict(outcome));
      expect(milliseconds).toBeLessThan(10_000);
    }
  });
});

describe('deeply nested HTML', () => {
  it.each([
    ['div', '<div>'.repeat(10_000) + 'Minutes text' + '</div>'.repeat(10_000)],
    ['unclosed span', '<span>'.repeat(10_000) + 'Minutes text'],
    ['table', '<table><tr><td>'.repeat(3_000) + 'Minutes text' + '</td></tr></table>'.repeat(3_000)],
    ['blockquote around minutes', '<blockquote>'.repeat(10_000) + `<pre>${MINUTES}</pre>` + '</blockquote>'.repeat(10_000)],
  ])('indexes the text inside 10k levels of %s', async (_name, html) => {
    const { outcome, milliseconds } = await timed(Buffer.from(html), 'nested.html');
    expect(verdict(outcome)).toBe('chunks');
    expect(milliseconds).toBeLessThan(10_000);
  });
});

describe('huge lines', () => {
  const fiveMegabytes = 5 * 1024 * 1024;

  it('indexes minutes holding one 5 MB paragraph line', async () => {
    const line = 'The Commissioner said the budget would rise. '.repeat(Math.ceil(fiveMegabytes / 45)).slice(0, fiveMegabytes);
    const text = MINUTES.replace(/\n\n/, `\n\n${line}\n\n`);
    const { outcome, milliseconds } = await timed(Buffer.from(text), 'huge-paragraph.txt');
    expect(verdict(outcome)).toBe('chunks');
    expect(milliseconds).toBeLessThan(15_000);
  });

  it.each(['.txt', '.html'])('indexes a 5 MB line without spaces in a %s file, cut into paragraph-sized chunks', async (extension) => {
    const { outcome, milliseconds } = await timed(Buffer.alloc(fiveMegabytes, 'x'), `one-word${extension}`);
    expect((outcome as { chunks: number }).chunks).toBeGreaterThanOrEqual(fiveMegabytes / DEFAULT_MAX_PARAGRAPH_CHARS);
    expect(milliseconds).toBeLessThan(15_000);
  });
});

describe('bytes that are not valid UTF-8', () => {
  it.each([
    ['a lone continuation byte', [0x80]],
    ['a truncated two-byte sequence', [0xc3]],
    ['an overlong slash', [0xc0, 0xaf]],
    ['an encoded surrogate', [0xed, 0xa0, 0x80]],
    ['a code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
    ['Latin-1 text', [0x43, 0x61, 0x66, 0xe9]],
  ])('indexes minutes holding %s by falling back to a detected single-byte encoding', async (_name, sequence) => {
    const at = Math.floor(MINUTES.length / 2);
    const bytes = Buffer.concat([Buffer.from(MINUTES.slice(0, at)), Buffer.from(sequence), Buffer.from(MINUTES.slice(at))]);
    const { outcome } = await timed(bytes, 'bad-utf8.txt');
    expect(verdict(outcome)).toBe('chunks');
  });
});
