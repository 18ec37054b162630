// A query asking what was decided ("did the panel approve the police council tax rise?", "was the work programme
// agreed?", "what was decided about the traveller agreement?"): the decisions of the items its words were found in
// follow the first result from each item. A resolution holds few of the question's words ("RESOLVED that the Proposed
// Precept be approved unanimously") and its vector is mostly its item's title, so neither leg ranks it, while the
// discussion it closes holds the words and is found. Pure, but for reading the items' decisions.
import { contentStems } from '../../core/text/stem';
import { tokensAsWritten } from '../../core/text/tokens';
import type { StoredChunk } from '../../indexer/stores/store';

/** Words asking for an outcome: deciding, agreeing, approving, electing, recommending. */
const DECISION_WORDS: ReadonlySet<string> = new Set(
  `decide decided decides decision decisions resolve resolved resolution resolutions agree agreed agreement approve approved
  approval accept accepted endorse endorsed adopt adopted reject rejected vote voted elect elected recommend recommended
  recommends recommendation recommendations outcome outcomes`.split(/\s+/),
);
/** "sign off", "signed off": approving, unlike "signed by the Chairman". */
const SIGNING = new Set(['sign', 'signs', 'signed']);

export function asksForDecision(query: string): boolean {
  const words = tokensAsWritten(query).map((token) => token.lower);
  return words.some((word, index) => DECISION_WORDS.has(word) || (SIGNING.has(word) && words[index + 1] === 'off'));
}

/** The results whose items' decisions are brought forward: the first page's. */
export const RESULTS_READ = 10;
/** Items, in the order their first result ranks, whose decisions follow that result. */
export const ITEMS_ASKED = 3;

/** What decisionsFirst reads of a search. */
export interface DecisionReads<T> {
  /** The words keyword search counted (KeywordMatching.words); none when it did not run. */
  words: readonly string[];
  /** Whether keyword search found the entry: its item holds the query's words, not only something like its meaning. */
  holdsWords: (entry: T) => boolean;
  /** The decision chunks of these items. */
  decisionsOf: (itemIds: string[]) => StoredChunk[];
  /** An entry of a decision the legs did not find. */
  entryOf: (chunk: StoredChunk) => T;
}

/**
 * The entries with, after the first entry of each of the first ITEMS_ASKED items keyword search found among the first
 * RESULTS_READ entries, that item's decisions holding one of the words keyword search counted (the query's own when it
 * counted none), those holding more first, then in minuted order. A decision holding none of them is another matter
 * minuted under the same item ("RESOLVED that the Panel note the responses to questions").
 */
export function decisionsFirst<T extends { chunk: StoredChunk }>(entries: T[], query: string, reads: DecisionReads<T>): T[] {
  if (!asksForDecision(query)) return entries;
  const items = [...new Set(entries.slice(0, RESULTS_READ).filter(reads.holdsWords).map((entry) => entry.chunk.itemId))].slice(0, ITEMS_ASKED);
  if (items.length === 0) return entries;
  const byItem = decisionsByItem(reads.decisionsOf(items), contentStems(reads.words.length > 0 ? reads.words.join(' ') : query));
  const found = new Map(entries.map((entry) => [entry.chunk.id, entry]));
  const placed = new Set<string>();
  const ordered: T[] = [];
  const place = (entry: T) => {
    if (placed.has(entry.chunk.id)) return;
    placed.add(entry.chunk.id);
    ordered.push(entry);
  };
  for (const entry of entries) {
    place(entry);
    for (const decision of byItem.get(entry.chunk.itemId) ?? []) place(found.get(decision.id) ?? reads.entryOf(decision));
    byItem.delete(entry.chunk.itemId);
  }
  return ordered;
}

/** Each item's decision paragraphs holding some of `stems`, those holding more first, then in minuted order. */
function decisionsByItem(decisions: StoredChunk[], stems: ReadonlySet<string>): Map<string, StoredChunk[]> {
  const held = (chunk: StoredChunk) => [...contentStems(chunk.text)].filter((stem) => stems.has(stem)).length;
  const scored = decisions
    .filter((chunk) => chunk.kind === 'paragraph')
    .map((chunk, order) => ({ chunk, order, held: held(chunk) }))
    .filter(({ held }) => held > 0)
    .sort((a, b) => b.held - a.held || a.order - b.order);
  const byItem = new Map<string, StoredChunk[]>();
  for (const { chunk } of scored) byItem.set(chunk.itemId, [...(byItem.get(chunk.itemId) ?? []), chunk]);
  return byItem;
}
