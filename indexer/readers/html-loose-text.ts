// Text a page sets outside any block (typed straight into <body>, beside a <br>), before a block: its own paragraph.

/** Blocks that end the loose text before them as a paragraph (a list's items and a table's rows keep their lines). */
export const AFTER_LOOSE_TEXT = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'blockquote', 'pre']);

/**
 * Whether the text written last is text outside any block, not yet ended by a line break: "ENCOMPASS<br>Minutes of the
 * meeting … Wigan" typed straight into a page's body, then "<p>Present</p>". Looks back over white space only.
 */
export function endsWithLooseText(out: string[]): boolean {
  for (let index = out.length - 1; index >= 0; index -= 1) {
    const chunk = out[index];
    if (chunk.includes('\n')) return chunk.trimEnd().length > 0 && !/\n\s*$/.test(chunk);
    if (chunk.trim() !== '') return true;
  }
  return false;
}
