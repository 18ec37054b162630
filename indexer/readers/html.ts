// HTML reader (.html, .htm): a real parser (cheerio) turns the page into lines shaped like the text the
// ModernGov pages give when copied: one line per block element, page chrome (scripts, navigation) dropped.
import * as cheerio from 'cheerio';
import type { AnyNode } from 'domhandler';
import { assertHasText, assertNotBinary, decodeUtf8, normaliseText } from './text';
import type { Reader, ReadResult } from './types';

/** Elements that are page chrome or code, never minutes text. */
const NOISE_SELECTOR = 'script, style, noscript, template, nav, header, footer, iframe, svg, form, button, head';

/** Elements that start and end a line of their own. */
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'caption', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'li', 'main', 'ol', 'p', 'pre', 'section',
  'summary', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'ul',
]);
/** Block elements that also leave a blank line, so the paragraph rules see a paragraph end. */
const PARAGRAPH_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'tr', 'table', 'blockquote', 'pre']);

// An explicit stack, not recursion: hostile pages nest elements tens of thousands deep.
function collectText(nodes: AnyNode[], out: string[]): void {
  const pending: (AnyNode | string)[] = [...nodes].reverse();
  while (pending.length > 0) {
    const next = pending.pop()!;
    if (typeof next === 'string') {
      out.push(next);
    } else if (next.type === 'text') {
      out.push(next.data.replace(/[ \t\n\r\f]+/g, ' '));
    } else if (next.type === 'tag') {
      const tag = next.name.toLowerCase();
      if (tag === 'br') {
        out.push('\n');
        continue;
      }
      const isBlock = BLOCK_TAGS.has(tag);
      if (isBlock) out.push('\n');
      if (tag === 'td' || tag === 'th') out.push(' ');
      if (isBlock) pending.push(PARAGRAPH_TAGS.has(tag) ? '\n\n' : '\n');
      for (let index = next.children.length - 1; index >= 0; index -= 1) pending.push(next.children[index]);
    }
  }
}

/** Plain text of an HTML document: entities decoded, one block per line, runs of blank lines kept to one. */
export function htmlToText(html: string): string {
  const $ = cheerio.load(html);
  $(NOISE_SELECTOR).remove();
  const parts: string[] = [];
  collectText($.root().children().toArray(), parts);
  return normaliseText(parts.join(''))
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export const htmlReader: Reader = {
  format: 'html',
  extensions: ['.html', '.htm'],
  async read(bytes: Buffer, file: string): Promise<ReadResult> {
    assertNotBinary(bytes, file);
    const text = htmlToText(decodeUtf8(bytes, file));
    assertHasText(text, file);
    return { format: 'html', text };
  },
};
