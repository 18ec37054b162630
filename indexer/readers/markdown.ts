// Markdown reader (.md, .markdown): the text passes through decoded, so `#` headings and `**bold**` lines reach the
// parser, which reads them as the same heading hints the HTML and .docx readers give. Tables are the exception: each
// row becomes one line of tab-separated cells, as the HTML reader gives a table, so a row is a paragraph of its own; a
// table written as raw HTML among the Markdown is read by the HTML reader.
import { htmlToDocument } from './html';
import { withHtmlTablesAsText } from './html-tables';
import { withoutNoteMarks } from './note-marks';
import { withGridTablesAsRows, withoutPandocMarks } from './pandoc-marks';
import { withTablesAsRows } from './pipe-tables';
import { withoutQuoteMarks } from './quoted-lines';
import { readPlainText } from './text';
import type { Reader, ReadResult } from './types';

/**
 * "1\\.1 The Chair welcomed …", "\\- item", "\\#5": the backslashes Word and Google Docs exports put before punctuation that
 * Markdown would read as a mark. The text is what was written; escaped "*" and "_" stay escaped, as they are no bold.
 */
const ESCAPED_PUNCTUATION = /\\([!"#$%&'()+,\-./:;<=>?@[\]^`{|}~])/g;

/**
 * "\\* Mr Hale said …": an asterisk the author typed as a bullet, escaped by the export at a line's start, where a bare
 * one would open a list; followed by a space it can open no bold, and it is read as the bullet it is.
 */
const ESCAPED_BULLET = /^([ \t]*)\\\*(?=[ \t])/gm;

export function withoutEscapes(text: string): string {
  return text.includes('\\') ? text.replace(ESCAPED_PUNCTUATION, '$1').replace(ESCAPED_BULLET, '$1*') : text;
}

/**
 * "---" / "title: …" / "date: 2025-01-30" / "---": the YAML front matter of a static site's page (Jekyll, Hugo, a
 * publishing tool's export). It is no part of the minutes. Its body is kept as a "Body:" line the header reads; its
 * title and date are the page's, as an HTML page's <title> is: a blog's date is often the day the minutes were posted,
 * so it only stands in for a meeting date the minutes do not give.
 */
const FRONT_MATTER = /^---[ \t]*\r?\n((?:[A-Za-z_][\w-]*:.*\r?\n|[ \t]+.*\r?\n|-[ \t].*\r?\n)*?)---[ \t]*\r?\n/;
const frontMatterField = (fields: string, names: string) =>
  new RegExp(String.raw`^(?:${names}):[ \t]*["'“‘]?([^"'“”‘’\r\n]+?)["'”’]?[ \t]*\r?$`, 'm').exec(fields)?.[1] ?? null;

/**
 * "title: 2005 AGM" / "slug: 2005-agm" / "date: 2022-08-26 12:03:03 UTC+12:00" / "tags:" over a blank line: a static
 * site's metadata with no fences (Nikola's Markdown pages, a wiki's export), read as fenced front matter is.
 */
const UNFENCED_FRONT_MATTER = /^((?:[a-z][a-z_-]*:.*\r?\n){3,})\r?\n/;
const UNFENCED_FIELDS = /^(?:title|slug):.*\r?\n(?:[a-z][a-z_-]*:.*\r?\n)*?date:/m;

/** The page's front matter: the whole block and its fields' lines, fenced or not. */
function frontMatterOf(text: string): { block: string; fields: string } | null {
  const fenced = text.startsWith('---') ? FRONT_MATTER.exec(text) : null;
  if (fenced) return { block: fenced[0], fields: fenced[1] };
  // Looked for only where the text opens as such a block does: "title:" or "slug:" on its first line.
  if (!(text.startsWith('title:') || text.startsWith('slug:'))) return null;
  const unfenced = UNFENCED_FRONT_MATTER.exec(text);
  return unfenced && UNFENCED_FIELDS.test(unfenced[1]) ? { block: unfenced[0], fields: unfenced[1] } : null;
}

export function withoutFrontMatter(text: string): { text: string; pageTitle: string | null } {
  const frontMatter = frontMatterOf(text);
  if (!frontMatter) return { text, pageTitle: null };
  // "organisation: Brackenfold Community Orchard Trust": whose meeting it was, where a notes app keeps it.
  const body = frontMatterField(frontMatter.fields, 'organi[sz]ation|body|committee');
  const pageTitle = [frontMatterField(frontMatter.fields, 'title'), frontMatterField(frontMatter.fields, 'date')].filter((part) => part !== null).join(' – ');
  return { text: `${body ? `Body: ${body}\n` : ''}${text.slice(frontMatter.block.length)}`, pageTitle: pageTitle === '' ? null : pageTitle };
}

/** Any HTML tag, and a block's ("<p>", "<li>", "<h3 class=…>", "<br />"): a page may be HTML in a Markdown file. */
const HTML_TAG = /<\/?[a-zA-Z][^>]*>/;
const HTML_BLOCK_TAG = /<(?:p|div|ol|ul|li|h[1-6]|section|article|br)\b[^>]*>/i;
/** The share of a page's lines holding a tag, and how many a block's, that make it HTML rather than Markdown with a tag or two. */
const MOSTLY_HTML = 0.5;
const MIN_HTML_BLOCKS = 3;

/** Whether a Markdown file's text is HTML written into it: half its lines or more hold tags, three at least a block's. */
function isMostlyHtml(text: string): boolean {
  if (!text.includes('<')) return false;
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  const tagged = lines.filter((line) => HTML_TAG.test(line));
  return tagged.length >= lines.length * MOSTLY_HTML && tagged.filter((line) => HTML_BLOCK_TAG.test(line)).length >= MIN_HTML_BLOCKS;
}

export const markdownReader: Reader = {
  format: 'markdown',
  extensions: ['.md', '.markdown'],
  async read(bytes: Buffer, file: string): Promise<ReadResult> {
    const { text, pageTitle } = withoutFrontMatter(readPlainText(bytes, file));
    // A static site's page written in HTML inside its Markdown file ("<p>Present: …</p>", "<ol><li>…"): read as the page it is.
    if (isMostlyHtml(text)) {
      const page = await htmlToDocument(text);
      const title = pageTitle ?? page.pageTitle;
      return title === null ? { format: 'markdown', text: page.text } : { format: 'markdown', text: page.text, pageTitle: title };
    }
    const markdown = await withHtmlTablesAsText(
      withTablesAsRows(withoutEscapes(withoutPandocMarks(withGridTablesAsRows(withoutNoteMarks(withoutQuoteMarks(text, 1)))))),
    );
    return pageTitle === null ? { format: 'markdown', text: markdown } : { format: 'markdown', text: markdown, pageTitle };
  },
};
