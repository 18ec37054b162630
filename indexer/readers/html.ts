// HTML reader (.html, .htm): a real parser (cheerio) turns the page into lines shaped like the text the
// ModernGov pages give when copied: one line per block element, page chrome (scripts, navigation) dropped.
// Headings come out marked as Markdown marks them (`## 1. Apologies`, `**Present:**`), so the parser reads one
// convention for HTML, .docx and Markdown.
import type { AnyNode, Element } from 'domhandler';
import { decodeText } from './decode';
import { boldClassesOf, isStyledBold } from './html-bold-classes';
import { holdsOneShortValue } from './html-cells';
import { mainContent, NOISE_SELECTOR } from './html-chrome';
import { AFTER_LOOSE_TEXT, endsWithLooseText } from './html-loose-text';
import { withNestingCapped } from './html-depth';
import { listMarker } from './html-list-markers';
import { spellOutYearlessTimes } from './html-times';
import { assertHasText, boldHeadingLine, normaliseText } from './text';
import type { SourceFormat } from '../../core/types';
import type { Reader, ReadResult } from './types';

/** Elements that start and end a line of their own. */
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'caption', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'li', 'main', 'ol', 'p', 'pre', 'section',
  'summary', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'ul',
]);
/** Block elements that also leave a blank line, so the paragraph rules see a paragraph end. */
const PARAGRAPH_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'tr', 'table', 'blockquote', 'pre']);
const HEADING_LEVELS: Record<string, number> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };
/** Blocks that read as a heading when all their text is bold (Word users bold a line instead of styling it). */
const BOLD_HEADING_CANDIDATES = new Set(['p', 'div', 'li']);
const BOLD_TAGS = new Set(['strong', 'b']);
/** An open block whose text may become a marked heading line once its end is reached. */
interface BlockFrame {
  tag: string;
  /** Index in the output where the block's own text starts. */
  start: number;
  hasBlockChild: boolean;
  boldChars: number;
  plainChars: number;
  /** A paragraph inside a table cell (Word puts one in every cell): its text stays on the row's line. */
  inCell: boolean;
  /** A `<dt>` whose `<dd>` holds paragraphs: the term is the title of what follows (an item), not a label. */
  titlesParagraphs?: boolean;
}

/** The tags of a table's own structure: inside a cell they still start lines (a table nested in a cell). */
const TABLE_STRUCTURE = new Set(['table', 'tbody', 'thead', 'tfoot', 'tr']);

/** Work on the explicit stack: a node to visit, literal text to emit, or the end of an element. */
type Step = AnyNode | string | { closes: 'bold' } | { closes: 'cell' } | { closes: 'block'; frame: BlockFrame };

const isBlockElement = (node: AnyNode): boolean => node.type === 'tag' && BLOCK_TAGS.has((node as Element).name.toLowerCase());

function isSingleParagraphCell(cell: Element): boolean {
  const blocks = cell.children.filter(isBlockElement);
  return blocks.length === 0 || (blocks.length === 1 && !(blocks[0] as Element).children.some(isBlockElement)) || holdsOneShortValue(cell, isBlockElement);
}

/** Headings, and blocks that may read as one because all their text is bold; only these need their text looked at. */
function mayBeHeading(frame: BlockFrame): boolean {
  if (frame.inCell) return false;
  if (frame.tag in HEADING_LEVELS) return true;
  return BOLD_HEADING_CANDIDATES.has(frame.tag) && frame.boldChars > 0 && frame.plainChars === 0 && !frame.hasBlockChild;
}

/** The marked line a finished heading block becomes (`## text`, `**text**`), or null to keep its text as it is. */
function headingLine(frame: BlockFrame, text: string): string | null {
  if (text === '') return null;
  const level = HEADING_LEVELS[frame.tag];
  if (level !== undefined) return `${'#'.repeat(level)} ${text}`;
  return boldHeadingLine(text);
}

/**
 * "Present", "Apologies", "Venue": a definition list's term naming what its `<dd>` holds (a meeting's details on a CMS
 * page) needs, as text, the colon a typed label has ("Present:"). A term with a number, of more than a few words or
 * ending in its own punctuation ("FC24/101 Apologies for absence") is left as it is.
 */
const TERM_LABEL = /^[\p{L}'’()&/ -]{1,40}$/u;
const MAX_TERM_LABEL_WORDS = 4;

function termLabel(frame: BlockFrame, text: string): string | null {
  if (frame.tag !== 'dt' || frame.hasBlockChild || frame.inCell || text === '') return null;
  // "<dt>Apologies for absence</dt><dd><p>…</p></dd>": an item's title over its minutes, marked as a heading is.
  if (frame.titlesParagraphs) return `### ${text}`;
  return TERM_LABEL.test(text) && text.split(' ').length <= MAX_TERM_LABEL_WORDS ? `${text}:` : null;
}

/** Whether the `<dd>` after a `<dt>` holds paragraphs (`<p>`), as an item's minutes do, rather than a value or a list. */
function definesWithParagraphs(term: Element): boolean {
  let next = term.next;
  while (next && next.type !== 'tag') next = next.next;
  return next !== null && (next as Element).name.toLowerCase() === 'dd' && (next as Element).children.some((child) => child.type === 'tag' && child.name.toLowerCase() === 'p');
}

function closeBlock(frame: BlockFrame, out: string[]): void {
  const text = () => out.slice(frame.start).join('').replace(/\s+/g, ' ').trim();
  const line = mayBeHeading(frame) ? headingLine(frame, text()) : termLabel(frame, text());
  if (line !== null) out.splice(frame.start, out.length - frame.start, frame.tag in HEADING_LEVELS ? withListMarkerInside(line, frame.start, out) : line);
  out.push(frame.inCell ? ' ' : PARAGRAPH_TAGS.has(frame.tag) ? '\n\n' : '\n');
}

/** "1. ", "c. ", "iv. ": an ordered list's item number as collectText writes it before the item's text. */
const WRITTEN_LIST_MARKER = /^[\dA-Za-z]{1,6}\. $/;

/**
 * "<ol><li><h4>Welcome and apologies</h4><p>…</p></li>" (a community council's minutes as an ordered list of headed
 * items): the number the list gives the item goes inside its heading ("#### 1. Welcome and apologies"), as a numbered
 * heading is written, not before the heading's mark.
 */
function withListMarkerInside(line: string, start: number, out: string[]): string {
  let index = start - 1;
  while (index >= 0 && out[index].trim() === '') index -= 1;
  if (index < 0 || !WRITTEN_LIST_MARKER.test(out[index]) || !(index === 0 || out[index - 1].endsWith('\n'))) return line;
  const marker = out[index].trim();
  out[index] = '';
  return line.replace(/^(#+ )/, `$1${marker} `);
}

/**
 * How the ordered lists of a document are numbered: each from 1 (or its `start`) as a browser numbers a page's lists;
 * or, for a Word document, on from the last list at the same depth. Word numbers its items through one list however
 * many paragraphs come between them, and mammoth writes each run of them as an `<ol>` of its own, without a start.
 */
interface ListNumbering {
  continued: boolean;
  /** The next number of the lists at each depth (continued numbering only). */
  nextAtDepth: number[];
  markers: Map<Element, string>;
}

/**
 * The numbers shown before the items of an `<ol>` at `depth` lists deep ("1. Apologies for absence"): minutes
 * published as an ordered list number their items so, and only the rendering holds the number. Honours `start`,
 * `reversed`, `type` and an item's own `value`.
 */
function numberOrderedList(list: Element, depth: number, numbering: ListNumbering): void {
  const items = list.children.filter((child): child is Element => child.type === 'tag' && child.name.toLowerCase() === 'li');
  const reversed = list.attribs.reversed !== undefined;
  const start = Number.parseInt(list.attribs.start ?? '', 10);
  let value = Number.isFinite(start) ? start : reversed ? items.length : numbering.continued ? (numbering.nextAtDepth[depth] ?? 1) : 1;
  for (const item of items) {
    const own = Number.parseInt(item.attribs.value ?? '', 10);
    if (Number.isFinite(own)) value = own;
    numbering.markers.set(item, `${listMarker(value, list.attribs.type)}. `);
    value += reversed ? -1 : 1;
  }
  // A list's items numbered, the lists under them start again ("(a)" under each item).
  numbering.nextAtDepth.length = depth;
  numbering.nextAtDepth[depth] = value;
}

/** Longest marker an ordered list's item opens with ("xviii. "), in characters. */
const MAX_LIST_MARKER = 8;
const isList = (frame: BlockFrame) => frame.tag === 'ol' || frame.tag === 'ul';

/** "<li><p>text</p></li>" (LibreOffice, CMS editors): the item's first paragraph stays on its number's line ("1. text"). */
function opensListItem(parent: BlockFrame, out: string[]): boolean {
  return parent.tag === 'li' && !parent.hasBlockChild && out.slice(parent.start).join('').trim().length <= MAX_LIST_MARKER;
}

// An explicit stack, not recursion: hostile pages nest elements tens of thousands deep.
function collectText(nodes: AnyNode[], out: string[], boldClasses: ReadonlySet<string> = new Set(), continuedLists = false): void {
  const pending: Step[] = [...nodes].reverse();
  const openBlocks: BlockFrame[] = [];
  let boldDepth = 0;
  let cellDepth = 0;
  const numbering: ListNumbering = { continued: continuedLists, nextAtDepth: [], markers: new Map() };
  while (pending.length > 0) {
    const next = pending.pop()!;
    if (typeof next === 'string') {
      out.push(next);
    } else if ('closes' in next) {
      if (next.closes === 'bold') boldDepth -= 1;
      else if (next.closes === 'cell') cellDepth -= 1;
      else closeBlock(openBlocks.pop()!, out);
    } else if (next.type === 'text') {
      const text = next.data.replace(/[ \t\n\r\f]+/g, ' ');
      const visible = text.replace(/ /g, '').length;
      const block = openBlocks[openBlocks.length - 1];
      if (block && boldDepth > 0) block.boldChars += visible;
      else if (block) block.plainChars += visible;
      out.push(text);
    } else if (next.type === 'tag') {
      const tag = next.name.toLowerCase();
      if (tag === 'br') {
        out.push('\n');
        continue;
      }
      // A tab between cells: a row of a table of people reads as name and role, not as one run of words.
      if (tag === 'td' || tag === 'th') {
        out.push('\t');
        // A cell of one paragraph (as Word writes every cell) stays on its row's line; a cell of several blocks
        // (a ModernGov item's minutes) keeps its lines.
        if (isSingleParagraphCell(next)) {
          cellDepth += 1;
          pending.push({ closes: 'cell' });
        }
      }
      if (BLOCK_TAGS.has(tag)) {
        const parent = openBlocks[openBlocks.length - 1];
        const inCell = cellDepth > 0 && !TABLE_STRUCTURE.has(tag);
        if (!inCell && !(parent && opensListItem(parent, out))) out.push(AFTER_LOOSE_TEXT.has(tag) && endsWithLooseText(out) ? '\n\n' : '\n');
        if (parent) parent.hasBlockChild = true;
        if (tag === 'ol') numberOrderedList(next, openBlocks.filter(isList).length, numbering);
        const frame: BlockFrame = { tag, start: out.length, hasBlockChild: false, boldChars: 0, plainChars: 0, inCell, titlesParagraphs: tag === 'dt' && definesWithParagraphs(next) };
        openBlocks.push(frame);
        pending.push({ closes: 'block', frame });
        const marker = tag === 'li' ? numbering.markers.get(next) : undefined;
        if (marker !== undefined) out.push(marker);
      } else if (BOLD_TAGS.has(tag) || isStyledBold(next, boldClasses)) {
        boldDepth += 1;
        pending.push({ closes: 'bold' });
      }
      for (let index = next.children.length - 1; index >= 0; index -= 1) pending.push(next.children[index]);
    }
  }
}

/**
 * Plain text of an HTML document: entities decoded, one block per line, headings marked, runs of blank lines kept to
 * one. cheerio is loaded on first use: it takes a third of a second, which a run over text files never needs to pay.
 */
export async function htmlToText(html: string, options: HtmlTextOptions = {}): Promise<string> {
  return (await htmlToDocument(html, options)).text;
}

export interface HtmlTextOptions {
  /** Ordered lists number on from the last at their depth (HTML that mammoth made of a Word document), not each from 1. */
  continuedLists?: boolean;
}

/** A page title longer than this is no title a site would set. */
const MAX_PAGE_TITLE = 300;

/**
 * The page's text (as htmlToText) and its `<title>` ("Council - 21 May 2025 | Harrowfield Borough Council"): a site
 * names its council there and in the page header, which is chrome and not read as text.
 */
export async function htmlToDocument(html: string, options: HtmlTextOptions = {}): Promise<{ text: string; pageTitle: string | null }> {
  const cheerio = await import('cheerio');
  const $ = cheerio.load(withNestingCapped(html));
  const titleText = $('head title').first().text().replace(/\s+/g, ' ').trim();
  const boldClasses = boldClassesOf($('style').toArray().map((element) => $(element).text()));
  $(NOISE_SELECTOR).remove();
  // Notion's export sets each person or tag of a page property as its own span, run on with no space between
  // ("Hannah CleggDev Mistry" as text): a comma keeps them apart, as the page shows them.
  $('.user + .user, .selected-value + .selected-value').before(', ');
  spellOutYearlessTimes($);
  const parts: string[] = [];
  collectText(mainContent($), parts, boldClasses, options.continuedLists);
  const text = normaliseText(parts.join(''))
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { text, pageTitle: titleText === '' || titleText.length > MAX_PAGE_TITLE ? null : titleText };
}

/** How far into a page browsers look for a `<meta charset>`. */
const CHARSET_PRESCAN_BYTES = 1024;

/** The charset a page declares in a `<meta charset>` or `<meta http-equiv="Content-Type">` near its start, if any. */
export function declaredCharset(bytes: Buffer): string | null {
  const head = bytes.subarray(0, CHARSET_PRESCAN_BYTES).toString('latin1');
  const match = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return match ? match[1] : null;
}

/**
 * A reader of a format that is turned into HTML first (.docx, .odt, .rtf): the HTML reader's conversion makes its
 * lines, so its headings, bold lines and tables reach the parser marked as an HTML page's are.
 */
export function readerThroughHtml(
  format: SourceFormat,
  extensions: string[],
  toHtml: (bytes: Buffer, file: string) => Promise<string>,
  options: HtmlTextOptions = {},
): Reader {
  return {
    format,
    extensions,
    async read(bytes: Buffer, file: string): Promise<ReadResult> {
      const text = await htmlToText(await toHtml(bytes, file), options);
      assertHasText(text, file);
      return { format, text };
    },
  };
}

export const htmlReader: Reader = {
  format: 'html',
  // A page saved from a council's site keeps its address's name: "ieListDocuments.aspx", "minutes.php", "index.shtml".
  extensions: ['.html', '.htm', '.xhtml', '.xht', '.shtml', '.aspx', '.asp', '.php', '.jsp', '.cfm'],
  async read(bytes: Buffer, file: string): Promise<ReadResult> {
    const { text, pageTitle } = await htmlToDocument(decodeText(bytes, file, { declaredCharset: declaredCharset(bytes) }));
    assertHasText(text, file);
    return { format: 'html', text, pageTitle };
  },
};
