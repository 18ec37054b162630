// One result per passage: pure, an ordered list of chunks in, the kept ones and the copies folded into them out.
import type { StoredChunk } from '../../indexer/stores/store';

/** How far below an item summary one of its own paragraphs may rank and still take the summary's place: a page. */
export const PARAGRAPH_REACH = 10;

/**
 * An item summary whose title holds none of the query's words (`titleHoldsQuery` false) was found by the words or the
 * meaning of the paragraphs it opens with. When one of its own paragraphs ranks within a page below it, that
 * paragraph takes the summary's place and the summary goes: the paragraph is the exact place, while the summary shows
 * the item's first 600 characters and hid the paragraph's own rank ("retention of police officers": the question
 * summarised above the answer). A summary found by its title ("procurement of the restorative justice service")
 * names the item asked for and stays.
 */
export function paragraphsForSummaries(ordered: StoredChunk[], titleHoldsQuery: (summary: StoredChunk) => boolean): StoredChunk[] {
  const result = [...ordered];
  for (let position = 0; position < result.length; position++) {
    const summary = result[position];
    if (summary.kind !== 'item' || titleHoldsQuery(summary)) continue;
    const reach = result.slice(position + 1, position + 1 + PARAGRAPH_REACH);
    const own = reach.findIndex((chunk) => chunk.kind === 'paragraph' && chunk.itemId === summary.itemId);
    if (own >= 0) result.splice(position, 1, ...result.splice(position + 1 + own, 1));
  }
  return result;
}

/**
 * Keeps one result per passage: exact copies published in other documents fold into the first as `alsoIn`,
 * an item summary ranked below one of its own paragraphs is dropped, and so is a paragraph whose text
 * an item summary ranked above it already shows.
 */
export function collapse(ordered: StoredChunk[]): { kept: StoredChunk[]; copies: Map<string, StoredChunk[]> } {
  const kept: StoredChunk[] = [];
  const copies = new Map<string, StoredChunk[]>();
  const keptByPassage = new Map<string, StoredChunk>();
  const paragraphItems = new Set<string>();
  const itemSummaries = new Map<string, string>();
  for (const chunk of ordered) {
    if (chunk.kind === 'item') {
      if (paragraphItems.has(chunk.itemId)) continue;
      itemSummaries.set(chunk.itemId, chunk.text);
      kept.push(chunk);
      continue;
    }
    if (itemSummaries.get(chunk.itemId)?.includes(chunk.text)) continue;
    const passage = chunk.duplicateOf ?? chunk.id;
    const first = keptByPassage.get(passage);
    if (first) {
      copies.set(first.id, [...(copies.get(first.id) ?? []), chunk]);
      continue;
    }
    keptByPassage.set(passage, chunk);
    paragraphItems.add(chunk.itemId);
    kept.push(chunk);
  }
  return { kept, copies };
}
