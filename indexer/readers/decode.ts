// Bytes of a text-like file (text, Markdown, HTML) → a string, whatever encoding the council's software saved it
// in: UTF-8 with or without a BOM, UTF-16 LE/BE (with a BOM, or without one when the NUL pattern shows it), or a
// legacy single-byte encoding such as Windows-1252. Truly binary input is still refused.
import * as chardet from 'chardet';
import iconv from 'iconv-lite';
import { ERROR_CODES, InputError } from '../../core/errors';

/** How many leading bytes are inspected for binary content and for the UTF-16 NUL pattern. */
export const DEFAULT_BINARY_SAMPLE_BYTES = 8192;
/** Share of control characters (other than tab, line feed, carriage return, form feed) above which input is binary. */
export const DEFAULT_MAX_CONTROL_RATIO = 0.1;
/** Share of 16-bit units whose high byte is NUL above which BOM-less bytes are taken as UTF-16 (Latin text: nearly all). */
const MIN_UTF16_NUL_HIGH_BYTES = 0.7;
/** Share of 16-bit units whose low byte is NUL below which that pattern still counts as UTF-16. */
const MAX_UTF16_NUL_LOW_BYTES = 0.01;

/** An encoding name iconv-lite knows ("utf-16le", "windows-1252"). */
type TextEncoding = string;

const BOMS: { bytes: number[]; encoding: TextEncoding }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

function encodingOfBom(bytes: Buffer): { encoding: TextEncoding; bomLength: number } | null {
  const bom = BOMS.find((candidate) => candidate.bytes.every((byte, index) => bytes[index] === byte));
  return bom ? { encoding: bom.encoding, bomLength: bom.bytes.length } : null;
}

/** UTF-16 without a BOM: Latin text puts a NUL in the high byte of nearly every unit and almost never in the low one. */
function sniffBomlessUtf16(bytes: Buffer): TextEncoding | null {
  const units = Math.floor(Math.min(bytes.length, DEFAULT_BINARY_SAMPLE_BYTES) / 2);
  if (units < 2) return null;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let unit = 0; unit < units; unit += 1) {
    if (bytes[unit * 2] === 0) evenNuls += 1;
    if (bytes[unit * 2 + 1] === 0) oddNuls += 1;
  }
  const looksLike = (high: number, low: number) => high / units >= MIN_UTF16_NUL_HIGH_BYTES && low / units <= MAX_UTF16_NUL_LOW_BYTES;
  if (looksLike(oddNuls, evenNuls)) return 'utf-16le';
  if (looksLike(evenNuls, oddNuls)) return 'utf-16be';
  return null;
}

function isControlCode(code: number): boolean {
  const allowed = code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d;
  return !allowed && (code < 0x20 || code === 0x7f);
}

/** Throws BINARY_FILE when the character codes hold NUL or too many control characters to be text. */
function assertTextLike(codes: ArrayLike<number>, file: string, unit: 'bytes' | 'characters'): void {
  let controlCount = 0;
  for (let index = 0; index < codes.length; index += 1) {
    if (codes[index] === 0) {
      throw new InputError(ERROR_CODES.BINARY_FILE, `expected text but ${file} contains NUL ${unit} (a binary file)`, { file });
    }
    if (isControlCode(codes[index])) controlCount += 1;
  }
  if (codes.length > 0 && controlCount / codes.length > DEFAULT_MAX_CONTROL_RATIO) {
    const percent = Math.round((controlCount / codes.length) * 100);
    throw new InputError(ERROR_CODES.BINARY_FILE, `expected text but ${percent}% of the first ${unit} of ${file} are control characters`, { file });
  }
}

/** Throws BINARY_FILE when the leading bytes hold NUL bytes or too many control characters to be text. */
export function assertNotBinary(bytes: Buffer, file: string): void {
  assertTextLike(bytes.subarray(0, DEFAULT_BINARY_SAMPLE_BYTES), file, 'bytes');
}

function decodeUtf16(bytes: Buffer, encoding: TextEncoding, bomLength: number, file: string): string {
  const text = iconv.decode(bytes.subarray(bomLength), encoding);
  const sample = text.slice(0, DEFAULT_BINARY_SAMPLE_BYTES);
  assertTextLike(Array.from(sample, (character) => character.charCodeAt(0)), file, 'characters');
  return text;
}

function decodeStrictUtf8(bytes: Buffer): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** What a declared or detected charset label decodes as; ISO-8859-1 means Windows-1252, as browsers read it. */
function usableEncoding(label: string | null | undefined): TextEncoding | null {
  if (!label) return null;
  const lower = label.trim().toLowerCase();
  if (/^(?:iso-?8859-1|latin-?1|us-ascii|ascii)$/.test(lower)) return 'windows-1252';
  if (/^utf-?(?:8|16|32)/.test(lower)) return null;
  return iconv.encodingExists(lower) ? lower : null;
}

/** chardet's best guess among the encodings that can still apply once strict UTF-8 has failed. */
function detectLegacyEncoding(bytes: Buffer): TextEncoding {
  const candidates = chardet.analyse(bytes.subarray(0, DEFAULT_BINARY_SAMPLE_BYTES * 8));
  for (const candidate of candidates) {
    const encoding = usableEncoding(candidate.name);
    if (encoding) return encoding;
  }
  return 'windows-1252';
}

export interface DecodeOptions {
  /** A charset the file declares for itself (an HTML `<meta charset>`), used when the bytes are not UTF-8. */
  declaredCharset?: string | null;
}

/**
 * Decodes text-like bytes. Order matters: a BOM decides; then UTF-16 is recognised before the binary check (its
 * text is full of NUL bytes); then a file that is valid UTF-8 is always read as UTF-8, because chardet misjudges
 * short texts; only then a declared charset, and last chardet's guess.
 */
export function decodeText(bytes: Buffer, file: string, options: DecodeOptions = {}): string {
  const bom = encodingOfBom(bytes);
  if (bom && bom.encoding !== 'utf-8') return decodeUtf16(bytes, bom.encoding, bom.bomLength, file);
  const bomless = bom ? null : sniffBomlessUtf16(bytes);
  if (bomless) return decodeUtf16(bytes, bomless, 0, file);

  const content = bytes.subarray(bom?.bomLength ?? 0);
  assertNotBinary(content, file);
  const utf8 = decodeStrictUtf8(content);
  if (utf8 !== null) return utf8;
  return iconv.decode(content, usableEncoding(options.declaredCharset) ?? detectLegacyEncoding(content));
}
