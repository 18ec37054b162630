// One result per passage: pure, an ordered list of chunks in, the kept ones and the copies folded into them out.
import type { StoredChunk } from '../../indexer/stores/store';

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
