// Elements nested thousands deep (a page of unclosed <div>s, lists in lists) made reading HTML quadratic: the HTML
// parser looks down its stack of open elements at every block's start tag, as the HTML standard says to, so
// 13,000 nested <div>s took 7 s and 100,000 an hour. Past MAX_HTML_DEPTH the tags are left out before parsing (a
// block's tag becomes a line break, so its text keeps its own line); a page nested less deeply is read as it is.

/** Deepest nesting kept; real pages nest a few dozen elements deep. */
export const MAX_HTML_DEPTH = 256;

/** Elements with no end tag. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** Elements a parser closes by itself when a sibling starts (or that are never more than one deep): not counted (a paragraph is, below). */
const CLOSED_BY_SIBLINGS = new Set([
  'option', 'optgroup', 'rb', 'rp', 'rt', 'rtc', 'tr', 'td', 'th', 'tbody', 'thead', 'tfoot',
  'colgroup', 'caption', 'html', 'head', 'body',
]);
/** Tags that close whatever is still open inside the current table's cell or row (back to the table), or list item. */
const TABLE_PARTS = new Set(['tr', 'td', 'th', 'tbody', 'thead', 'tfoot']);
const LIST_PARTS = new Set(['li', 'dt', 'dd']);
const LISTS = new Set(['ul', 'ol', 'dl', 'menu']);
/** Tags left out that stand for a line of their own, as the reader gives each block. */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'details', 'dialog', 'dir', 'div', 'dl', 'fieldset', 'figcaption',
  'figure', 'footer', 'header', 'hgroup', 'main', 'menu', 'nav', 'ol', 'pre', 'section', 'summary', 'table', 'ul',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
]);
/** Tags left out that end a line (a paragraph, a list item) as the reader's own blocks do. */
const LINE_TAGS = new Set([...BLOCKS, 'p', 'li', 'dt', 'dd']);
/** Start tags that close an open paragraph, and with it what is still open inside it ("<p><b>Title<p>text"). */
const CLOSE_A_PARAGRAPH = new Set([...BLOCKS, 'p', 'li', 'dd', 'dt', 'form', 'hr', 'listing', 'plaintext', 'search', 'xmp']);

/** Start and end tags (not comments, doctypes or text with a "<" in it). */
const TAG = /<(\/?)([A-Za-z][A-Za-z0-9:-]*)(?:[\s/][^>]*)?>/g;

/**
 * A model of the parser's stack of open elements, good enough to tell how deep a page nests: end tags close what
 * they match and everything inside it, and a cell, row or list item closes what was left open in the one before.
 */
class OpenElements {
  private readonly stack: string[] = [];
  private readonly counts = new Map<string, number>();
  /** Start tags left out, by name, whose end tags are left out too. */
  private readonly leftOut = new Map<string, number>();
  omitted = 0;

  /** Whether the tag stays in the page. */
  keep(name: string, closing: boolean): boolean {
    if (closing) return this.close(name);
    if (CLOSE_A_PARAGRAPH.has(name) && (this.counts.get('p') ?? 0) > 0) this.popBackTo((open) => open === 'p', true);
    if (TABLE_PARTS.has(name)) this.popBackTo((open) => open === 'table');
    else if (LIST_PARTS.has(name)) this.closeListItem();
    if (VOID.has(name) || CLOSED_BY_SIBLINGS.has(name)) return true;
    if (this.stack.length >= MAX_HTML_DEPTH) {
      this.leftOut.set(name, (this.leftOut.get(name) ?? 0) + 1);
      this.omitted += 1;
      return false;
    }
    this.stack.push(name);
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
    return true;
  }

  private close(name: string): boolean {
    const leftOut = this.leftOut.get(name) ?? 0;
    // The deepest element of that name is the one an end tag closes: one left out, when there is one.
    if (leftOut > 0) {
      this.leftOut.set(name, leftOut - 1);
      return false;
    }
    if (TABLE_PARTS.has(name)) this.popBackTo((open) => open === 'table');
    else if (LIST_PARTS.has(name)) this.closeListItem();
    else if ((this.counts.get(name) ?? 0) > 0) this.popBackTo((open) => open === name, true);
    return true;
  }

  /** A list item closes the one before it in its list, and what was left open in it. */
  private closeListItem(): void {
    const below = this.stack.findLastIndex((open) => LISTS.has(open) || LIST_PARTS.has(open));
    if (below >= 0) this.popFrom(LIST_PARTS.has(this.stack[below]) ? below : below + 1);
  }

  /** Pops the elements above the innermost one `matches` (that one too when `inclusive`); nothing when none is open. */
  private popBackTo(matches: (open: string) => boolean, inclusive = false): void {
    const below = this.stack.findLastIndex(matches);
    if (below >= 0) this.popFrom(inclusive ? below : below + 1);
  }

  private popFrom(index: number): void {
    for (const open of this.stack.splice(index)) this.counts.set(open, this.counts.get(open)! - 1);
  }
}

/** The page with the tags nested deeper than MAX_HTML_DEPTH left out; the same string when it nests no deeper. */
export function withNestingCapped(html: string): string {
  const open = new OpenElements();
  const capped = html.replace(TAG, (tag: string, slash: string, name: string) => {
    const lowerName = name.toLowerCase();
    if (open.keep(lowerName, slash === '/')) return tag;
    return LINE_TAGS.has(lowerName) ? '<br>' : '';
  });
  return open.omitted === 0 ? html : capped;
}
