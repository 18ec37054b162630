// Word reader (.docx): mammoth turns the document into HTML (Word's heading styles become <h1>…<h6>), and the HTML
// reader's conversion turns that into lines, so .docx headings reach the parser marked like Markdown ones.
// mammoth is loaded on first use (a fifth of a second a run over other formats never needs to pay).
import { ERROR_CODES, InputError, describeError } from '../../core/errors';
import { readerThroughHtml } from './html';
import type { Reader } from './types';

/** Word's Title style is a heading too in minutes ("Minutes of the Planning Committee"); mammoth leaves it a paragraph. */
const STYLE_MAP = ["p[style-name='Title'] => h1:fresh"];

async function docxToHtml(bytes: Buffer, file: string): Promise<string> {
  const { default: mammoth } = await import('mammoth');
  // Images are never minutes text; an empty source keeps mammoth from inlining them as base64.
  const dropImages = mammoth.images.imgElement(async () => ({ src: '' }));
  try {
    const result = await mammoth.convertToHtml({ buffer: bytes }, { styleMap: STYLE_MAP, convertImage: dropImages });
    return result.value;
  } catch (error) {
    throw new InputError(
      ERROR_CODES.UNREADABLE_FILE,
      `expected a Word .docx document (a zip holding word/document.xml) but ${file} could not be read: ${describeError(error)}`,
      { file },
      { cause: error },
    );
  }
}

// Word numbers a list's items on through the paragraphs between them; mammoth writes each run of items as an <ol> of its own.
export const docxReader: Reader = readerThroughHtml('docx', ['.docx'], docxToHtml, { continuedLists: true });
