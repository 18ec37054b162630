// Word reader (.docx): mammoth turns the document into HTML (Word's heading styles become <h1>…<h6>), and the HTML
// reader's conversion turns that into lines, so .docx headings reach the parser marked like Markdown ones.
// mammoth is loaded on first use (a fifth of a second a run over other formats never needs to pay).
import { ERROR_CODES, InputError, describeError } from '../../core/errors';
import { withSimpleFieldsOpened } from './docx-fields';
import { readWordParts, wordNumbers, type WordNumber } from './docx-numbering';
import { readerThroughHtml } from './html';
import type { Reader } from './types';

/** Word's Title style is a heading too in minutes ("Minutes of the Planning Committee"); mammoth leaves it a paragraph. */
const STYLE_MAP = ["p[style-name='Title'] => h1:fresh"];

/** The parts of mammoth's document tree read here (its own types call them `any`). */
interface DocxElement {
  type: string;
  children?: DocxElement[];
  styleId?: string | null;
  styleName?: string | null;
  anchor?: string | null;
  numbering?: { isOrdered: boolean; level: string } | null;
  value?: string;
}

const HEADING_STYLE = /^heading [1-9]$/i;
/** Word's table of contents styles ("toc 1" named, "TOC1" by id, and "TOC Heading" over them). */
const CONTENTS_STYLE = /^toc ?(?:[1-9]|heading)$/i;

/**
 * A line of Word's table of contents ("1. Apologies ........ 2"): it repeats a heading, and read as the heading's item
 * it would be counted twice. Word styles its lines "toc 1"…; a line no style names is a link to a heading's "_Toc" bookmark.
 */
function isContentsLine(element: DocxElement): boolean {
  if (element.type !== 'paragraph') return false;
  if (CONTENTS_STYLE.test(element.styleName ?? '') || CONTENTS_STYLE.test(element.styleId ?? '')) return true;
  const links = element.children?.filter((child) => child.type !== 'run' || (child.children?.length ?? 0) > 0) ?? [];
  return links.length > 0 && links.every((child) => child.type === 'hyperlink' && (child.anchor ?? '').startsWith('_Toc'));
}

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

/** The paragraph with the number Word shows before it written in, as a paragraph of its own and not a list's item. */
function withNumberWritten(paragraph: DocxElement, label: string): DocxElement {
  const children = paragraph.children ?? [];
  return { ...paragraph, numbering: null, children: label === '' ? children : [{ type: 'run', children: [{ type: 'text', value: `${label} ` }] }, ...children] };
}

/**
 * Numbers every numbered paragraph as Word shows it, when the numbers counted from numbering.xml line up with the
 * paragraphs mammoth numbered (level by level); otherwise only headings are numbered, as `headingNumberer` counts them.
 */
function paragraphNumberer(document: DocxElement, numbers: WordNumber[] | null): (original: DocxElement, paragraph: DocxElement) => DocxElement {
  const numbered: DocxElement[] = [];
  const pending = [document];
  while (pending.length > 0) {
    const element = pending.pop()!;
    if (element.type === 'paragraph' && element.numbering) numbered.push(element);
    for (let index = (element.children?.length ?? 0) - 1; index >= 0; index -= 1) pending.push(element.children![index]);
  }
  const linedUp = numbers !== null && numbers.length === numbered.length && numbered.every((paragraph, index) => Number.parseInt(paragraph.numbering!.level, 10) === numbers[index].level);
  if (!linedUp) {
    const numberHeading = headingNumberer();
    return (_original, paragraph) => numberHeading(paragraph);
  }
  const labels = new Map(numbered.map((paragraph, index) => [paragraph, numbers[index].label]));
  return (original, paragraph) => {
    const label = labels.get(original);
    return label === undefined || label === null ? paragraph : withNumberWritten(paragraph, label);
  };
}

/**
 * The document with its numbers written in, its table of contents and its footnote markers left out: a marker ("[1]") would split a minute's
 * sentence, and its note, which mammoth writes only for a marker it met, would end the minutes as an item "1.".
 */
function documentTransformer(numbers: WordNumber[] | null): (document: DocxElement) => DocxElement {
  return (document) => {
    const numberParagraph = paragraphNumberer(document, numbers);
    const visit = (element: DocxElement): DocxElement => {
      const kept = element.children?.filter((child) => child.type !== 'noteReference' && !isContentsLine(child)).map(visit);
      const visited = kept === undefined ? element : { ...element, children: kept };
      return visited.type === 'paragraph' ? numberParagraph(element, visited) : visited;
    };
    return visit(document);
  };
}

async function docxToHtml(bytes: Buffer, file: string): Promise<string> {
  const { default: mammoth } = await import('mammoth');
  // Images are never minutes text; an empty source keeps mammoth from inlining them as base64.
  const dropImages = mammoth.images.imgElement(async () => ({ src: '' }));
  try {
    const parts = readWordParts(bytes);
    const transformDocument = documentTransformer(wordNumbers(parts));
    const result = await mammoth.convertToHtml({ buffer: withSimpleFieldsOpened(bytes, parts.document) }, { styleMap: STYLE_MAP, convertImage: dropImages, transformDocument });
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
