// Markdown reader (.md, .markdown): the text passes through decoded but unchanged, so `#` headings and `**bold**`
// lines reach the parser, which reads them as the same heading hints the HTML and .docx readers give.
import { readPlainText } from './text';
import type { Reader, ReadResult } from './types';

export const markdownReader: Reader = {
  format: 'markdown',
  extensions: ['.md', '.markdown'],
  async read(bytes: Buffer, file: string): Promise<ReadResult> {
    return { format: 'markdown', text: readPlainText(bytes, file) };
  },
};
