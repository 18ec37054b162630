// Markdown reader (.md, .markdown): the text passes through decoded, so `#` headings and `**bold**` lines reach the
// parser, which reads them as the same heading hints the HTML and .docx readers give. Tables are the exception: each
// row becomes one line of tab-separated cells, as the HTML reader gives a table, so a row is a paragraph of its own.
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

export function withoutEscapes(text: string): string {
  return text.includes('\\') ? text.replace(ESCAPED_PUNCTUATION, '$1') : text;
}

/**
 * "---" / "title: …" / "date: 2025-01-30" / "---": the YAML front matter of a static site's page (Jekyll, Hugo, a
 * publishing tool's export). It is no part of the minutes: only its date and body are kept, as "Date:" and "Body:" lines the header reads.
 */
const FRONT_MATTER = /^---[ \t]*\r?\n((?:[A-Za-z_][\w-]*:.*\r?\n|[ \t]+.*\r?\n|-[ \t].*\r?\n)*?)---[ \t]*\r?\n/;
const FRONT_MATTER_DATE = /^date:[ \t]*["']?([^"'\r\n]+?)["']?[ \t]*\r?$/m;
/** "organisation: Brackenfold Community Orchard Trust": whose meeting it was, where a notes app keeps it. */
const FRONT_MATTER_BODY = /^(?:organi[sz]ation|body|committee):[ \t]*["'“‘]?([^"'“”‘’\r\n]+?)["'”’]?[ \t]*\r?$/m;

export function withoutFrontMatter(text: string): string {
  if (!text.startsWith('---')) return text;
  const frontMatter = FRONT_MATTER.exec(text);
  if (!frontMatter) return text;
  const date = FRONT_MATTER_DATE.exec(frontMatter[1]);
  const body = FRONT_MATTER_BODY.exec(frontMatter[1]);
  return `${body ? `Body: ${body[1]}\n` : ''}${date ? `Date: ${date[1]}\n` : ''}${text.slice(frontMatter[0].length)}`;
}

export const markdownReader: Reader = {
  format: 'markdown',
  extensions: ['.md', '.markdown'],
  async read(bytes: Buffer, file: string): Promise<ReadResult> {
    return {
      format: 'markdown',
      text: withTablesAsRows(withoutEscapes(withoutPandocMarks(withGridTablesAsRows(withoutNoteMarks(withoutQuoteMarks(withoutFrontMatter(readPlainText(bytes, file)), 1)))))),
    };
  },
};
