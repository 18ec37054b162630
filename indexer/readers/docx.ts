// Word reader (.docx): mammoth turns the document into HTML (Word's heading styles become <h1>…<h6>), and the HTML
// reader's conversion turns that into lines, so .docx headings reach the parser marked like Markdown ones.
// mammoth is loaded on first use (a fifth of a second a run over other formats never needs to pay).
import { ERROR_CODES, InputError, describeError } from '../../core/errors';
import { readerThroughHtml } from './html';
import type { Reader } from './types';

/** Word's Title style is a heading too in minutes ("Minutes of the Planning Committee"); mammoth leaves it a paragraph. */
const STYLE_MAP = ["p[style-name='Title'] => h1:fresh"];

/** The parts of mammoth's document tree read here (its own types call them `any`). */
interface DocxElement {
  type: string;
  children?: DocxElement[];
  styleName?: string | null;
  numbering?: { isOrdered: boolean; level: string } | null;
  value?: string;
}

const HEADING_STYLE = /^heading [1-9]$/i;

/**
 * Word numbers headings from a list ("1. Apologies", "1.1 Grants"), and mammoth keeps only that a heading is numbered:
 * the number is counted here, top-level headings as "1.", those under them as "1.1", as minutes templates show them.
 */
function headingNumberer(): (paragraph: DocxElement) => DocxElement {
  const counters: number[] = [];
  return (paragraph) => {
    if (!paragraph.numbering?.isOrdered || !HEADING_STYLE.test(paragraph.styleName ?? '')) return paragraph;
    const level = Number.parseInt(paragraph.numbering.level, 10) || 0;
    for (let above = 0; above < level; above += 1) counters[above] ??= 1;
    counters.length = level + 1;
    counters[level] = (counters[level] ?? 0) + 1;
    const number = level === 0 ? `${counters[0]}.` : counters.join('.');
    return { ...paragraph, children: [{ type: 'run', children: [{ type: 'text', value: `${number} ` }] }, ...(paragraph.children ?? [])] };
  };
}

/**
 * The document with its headings numbered and its footnote markers left out: a marker ("[1]") would split a minute's
 * sentence, and its note, which mammoth writes only for a marker it met, would end the minutes as an item "1.".
 */
function transformDocument(document: DocxElement): DocxElement {
  const numberHeading = headingNumberer();
  const visit = (element: DocxElement): DocxElement => {
    const kept = element.children?.filter((child) => child.type !== 'noteReference').map(visit);
    const visited = kept === undefined ? element : { ...element, children: kept };
    return visited.type === 'paragraph' ? numberHeading(visited) : visited;
  };
  return visit(document);
}

async function docxToHtml(bytes: Buffer, file: string): Promise<string> {
  const { default: mammoth } = await import('mammoth');
  // Images are never minutes text; an empty source keeps mammoth from inlining them as base64.
  const dropImages = mammoth.images.imgElement(async () => ({ src: '' }));
  try {
    const result = await mammoth.convertToHtml({ buffer: bytes }, { styleMap: STYLE_MAP, convertImage: dropImages, transformDocument });
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
