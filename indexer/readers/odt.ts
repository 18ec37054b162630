// OpenDocument text reader (.odt, LibreOffice and others): the zip's content.xml is turned into HTML (`text:h` by its
// outline level into <h1>…<h6>, the Title style into <h1>, bold spans and paragraphs into <b>, lists, tables of
// rows and cells), and the HTML reader's conversion turns that into lines, so .odt headings and tables reach the
// parser as .docx ones do. Running headers and footers live in styles.xml and are never read.
import { pushAll } from '../../core/arrays';
import type { AnyNode, Element } from 'domhandler';
import { unzipSync } from 'fflate';
import { ERROR_CODES, InputError, describeError } from '../../core/errors';
import { escapeHtml } from '../../core/text/highlight';
import { readerThroughHtml } from './html';
import type { Reader } from './types';

/** Largest content.xml, once unzipped, in bytes: a small zip may declare gigabytes (a zip bomb). */
export const DEFAULT_MAX_CONTENT_XML_BYTES = 256 * 1024 * 1024;
const CONTENT = 'content.xml';
const MANIFEST = 'META-INF/manifest.xml';

/** Elements whose text is not the minutes: comments, tracked deletions, footnotes, generated indexes, declarations. */
const SKIPPED = new Set([
  'office:annotation', 'text:tracked-changes', 'text:note', 'text:table-of-content', 'text:alphabetical-index',
  'text:illustration-index', 'text:bibliography', 'text:sequence-decls', 'text:variable-decls', 'text:user-field-decls',
  'table:table-columns', 'table:table-column', 'table:covered-table-cell', 'office:forms', 'svg:title', 'svg:desc',
]);
/** ODF elements that map to one HTML element each; any other element passes its children through. */
const HTML_TAGS: Record<string, string> = {
  'text:list': 'ul', 'text:list-item': 'li', 'text:list-header': 'li',
  'table:table': 'table', 'table:table-row': 'tr', 'table:table-cell': 'td',
};

/** What the automatic styles say of the styles paragraphs and spans name. */
interface OdtStyles {
  bold: Set<string>;
  title: Set<string>;
  /** Numbered list styles: each level's number format ("1", "a", "i"; null for a bulleted level), from level 1. */
  numberedLists: Map<string, (string | null)[]>;
}

function unreadable(file: string, reason: string, cause?: unknown): InputError {
  return new InputError(
    ERROR_CODES.UNREADABLE_FILE,
    `expected an OpenDocument text (a zip holding content.xml) but ${file} ${reason}`,
    { file },
    cause === undefined ? undefined : { cause },
  );
}

function unzipContent(bytes: Buffer, file: string): Uint8Array {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, {
      filter: (entry) => {
        if (entry.name === CONTENT && entry.originalSize > DEFAULT_MAX_CONTENT_XML_BYTES) {
          throw unreadable(file, `declares a content.xml of ${entry.originalSize} bytes (at most ${DEFAULT_MAX_CONTENT_XML_BYTES} are read)`);
        }
        return entry.name === CONTENT || entry.name === MANIFEST;
      },
    });
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw unreadable(file, `could not be unzipped: ${describeError(error)}`, error);
  }
  const manifest = entries[MANIFEST] ? Buffer.from(entries[MANIFEST]).toString('utf8') : '';
  // A password-protected document keeps its manifest readable and its content.xml encrypted.
  if (manifest.includes('encryption-data')) throw unreadable(file, 'is password-protected (save it without a password to index it)');
  const content = entries[CONTENT];
  if (!content) throw unreadable(file, 'has no content.xml');
  return content;
}

function stylesOf(root: AnyNode[]): OdtStyles {
  const styles: OdtStyles = { bold: new Set(), title: new Set(['Title']), numberedLists: new Map() };
  const pending = [...root];
  while (pending.length > 0) {
    const node = pending.pop()!;
    if (node.type !== 'tag') continue;
    const element = node as Element;
    if (element.name === 'office:body') continue;
    if (element.name === 'style:style') {
      const name = element.attribs['style:name'];
      if (element.attribs['style:parent-style-name'] === 'Title') styles.title.add(name);
      const bold = element.children.some(
        (child) => child.type === 'tag' && (child as Element).name === 'style:text-properties' && /^(bold|[6-9]00)$/.test((child as Element).attribs['fo:font-weight'] ?? ''),
      );
      if (bold) styles.bold.add(name);
    }
    if (element.name === 'text:list-style') addNumberedList(element, styles.numberedLists);
    pushAll(pending, element.children);
  }
  return styles;
}

/** A list style's level formats, kept when one of its levels is numbered. */
function addNumberedList(style: Element, numberedLists: Map<string, (string | null)[]>): void {
  const formats: (string | null)[] = [];
  for (const level of style.children) {
    if (level.type !== 'tag') continue;
    const index = Number.parseInt((level as Element).attribs['text:level'] ?? '', 10) - 1;
    const format = (level as Element).attribs['style:num-format'];
    if (index >= 0 && index < 10) formats[index] = (level as Element).name === 'text:list-level-style-number' && format ? format : null;
  }
  if (formats.some((format) => format)) numberedLists.set(style.attribs['style:name'], formats);
}

/**
 * `<ol type="…">` for a list its list style numbers (LibreOffice writes no numbers in the text: its list style shows
 * them), `<ul>` for any other. A list inside a list takes its style from the outer one, at the level of its depth.
 */
function listTag(list: Element, styles: OdtStyles): string {
  let depth = 0;
  let formats: (string | null)[] | undefined;
  for (let node: Element | null = list; node !== null; node = node.parent as Element | null) {
    if (node.type !== 'tag' || node.name !== 'text:list') continue;
    formats ??= styles.numberedLists.get(node.attribs['text:style-name'] ?? '');
    depth += 1;
  }
  const format = formats?.[depth - 1];
  if (!format) return 'ul';
  return /^[aAiI]$/.test(format) ? `ol type="${format}"` : 'ol';
}

/** The HTML element an ODF element opens (null: its children pass through), or SKIPPED's elements dropped. */
function htmlTagOf(element: Element, styles: OdtStyles): string | null {
  if (element.name === 'text:h') {
    const level = Number.parseInt(element.attribs['text:outline-level'] ?? '1', 10);
    return `h${Math.min(Math.max(Number.isNaN(level) ? 1 : level, 1), 6)}`;
  }
  if (element.name === 'text:p') return styles.title.has(element.attribs['text:style-name']) ? 'h1' : 'p';
  if (element.name === 'text:list') return listTag(element, styles);
  return HTML_TAGS[element.name] ?? null;
}

/** Text an empty ODF element stands for: spaces, a tab, a line break. */
function emptyElementText(element: Element): string | null {
  if (element.name === 'text:s') return ' '.repeat(Math.min(Number.parseInt(element.attribs['text:c'] ?? '1', 10) || 1, 100));
  if (element.name === 'text:tab') return '\t';
  if (element.name === 'text:line-break') return '<br>';
  return null;
}

// An explicit stack, not recursion: a hostile document may nest spans tens of thousands deep.
function contentToHtml(body: AnyNode[], styles: OdtStyles): string {
  const out: string[] = [];
  const pending: (AnyNode | string)[] = [...body].reverse();
  while (pending.length > 0) {
    const next = pending.pop()!;
    if (typeof next === 'string') {
      out.push(next);
      continue;
    }
    if (next.type === 'text') {
      out.push(escapeHtml(next.data));
      continue;
    }
    if (next.type !== 'tag') continue;
    const element = next as Element;
    if (SKIPPED.has(element.name)) continue;
    const text = emptyElementText(element);
    if (text !== null) {
      out.push(text);
      continue;
    }
    const tag = htmlTagOf(element, styles);
    const bold = styles.bold.has(element.attribs['text:style-name']);
    const open = [tag === null ? '' : `<${tag}>`, bold ? '<b>' : ''].join('');
    const close = [bold ? '</b>' : '', tag === null ? '' : `</${tag.split(' ')[0]}>`].join('');
    out.push(open);
    pending.push(close);
    for (let index = element.children.length - 1; index >= 0; index -= 1) pending.push(element.children[index]);
  }
  return out.join('');
}

/** The document's text as HTML, for the HTML reader's conversion. */
export async function odtToHtml(bytes: Buffer, file: string): Promise<string> {
  const content = unzipContent(bytes, file);
  const cheerio = await import('cheerio');
  const $ = cheerio.load(Buffer.from(content).toString('utf8'), { xml: true });
  const text = $('office\\:body > office\\:text');
  if (text.length === 0) throw unreadable(file, 'holds no text document (content.xml has no office:text)');
  return contentToHtml(text.first().contents().toArray(), stylesOf($.root().children().toArray()));
}

export const odtReader: Reader = readerThroughHtml('odt', ['.odt'], odtToHtml);
