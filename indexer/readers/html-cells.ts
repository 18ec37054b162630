// Table cells that hold one short value laid out over empty blocks: an editor's action column ("NC" under a column of
// empty `<div></div>`s that line the owner up with the sentence beside it). The blocks are layout, not paragraphs.
import type { AnyNode, Element } from 'domhandler';

/** An action's owner, a date, a minute's number: the most a cell of one value holds. */
const MAX_VALUE_CHARS = 24;

/** The node's visible characters, counted no further than just past MAX_VALUE_CHARS (a long cell costs no more). */
function visibleChars(root: AnyNode): number {
  const pending: AnyNode[] = [root];
  let chars = 0;
  while (pending.length > 0 && chars <= MAX_VALUE_CHARS) {
    const node = pending.pop()!;
    if (node.type === 'text') chars += node.data.replace(/\s+/g, ' ').trim().length;
    else if ('children' in node) pending.push(...node.children);
  }
  return chars;
}

/**
 * Whether a cell is one short value (MAX_VALUE_CHARS at most) with at most one of its blocks holding text: its other
 * blocks are empty spacing. Two short paragraphs ("Mr B Jones" over "Clerk") are two lines, and stay so.
 */
export function holdsOneShortValue(cell: Element, isBlock: (node: AnyNode) => boolean): boolean {
  return visibleChars(cell) <= MAX_VALUE_CHARS && cell.children.filter((child) => isBlock(child) && visibleChars(child) > 0).length <= 1;
}
