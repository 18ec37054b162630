// The page the user asked for, mapped to the API's results: highlights (the keyword index's, or a snippet around the
// query's words for a result only the semantic leg found), ranks on both legs, and the copies folded into each.
import { MAX_COPIES_LISTED, type ChunkCopy, type StoredChunk } from '../../indexer/stores/store';
import type { Passage, SearchParams, SearchResult } from '../api-types';
import type { ChunkReader, FusedList } from './fused-list';
import type { FusedCandidate } from './fusion';
import { semanticSnippets } from './snippet';

/** The first of each id, in order. */
function uniqueById<T extends { id: string }>(items: T[]): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    if (seen.has(item.id)) return false;
    seen.add(item.id);
    return true;
  });
}

/** A fused candidate's chunk as a passage: what a topic history reads of a result (no snippet, score or copies). */
export function toPassage(chunk: StoredChunk, candidate: FusedCandidate, byWords: boolean): Passage {
  return {
    id: chunk.id,
    kind: chunk.kind,
    text: chunk.text,
    byWords,
    similarity: similarityOf(candidate),
    decision: chunk.isDecision,
    speaker: chunk.speaker,
    meeting: meetingOf(chunk),
    item: { id: chunk.itemId, number: chunk.itemNumber, title: chunk.itemTitle },
    paragraph: chunk.paragraphNumber,
    paragraphIndex: chunk.paragraphIndex,
  };
}

/**
 * `copies`: the first copies of the passage to list, and how many there are in all. The highlight is worked out when
 * first read (JSON and worker messages read every result's). One object literal with its getter, not a passage spread
 * into it: a spread before a getter leaves an object V8 reads (and JSON writes) more slowly.
 */
export function toSearchResult(chunk: StoredChunk, candidate: FusedCandidate, highlightOf: () => string, copies: { listed: ChunkCopy[]; total: number }): SearchResult {
  let highlight: string | undefined;
  return {
    id: chunk.id,
    kind: chunk.kind,
    text: chunk.text,
    get highlight() {
      highlight ??= highlightOf();
      return highlight;
    },
    score: Number(candidate.score.toFixed(6)),
    ranks: { keyword: candidate.keywordRank, semantic: candidate.semanticRank },
    similarity: similarityOf(candidate),
    meeting: meetingOf(chunk),
    item: { id: chunk.itemId, number: chunk.itemNumber, title: chunk.itemTitle },
    paragraph: chunk.paragraphNumber,
    paragraphIndex: chunk.paragraphIndex,
    speaker: chunk.speaker,
    decision: chunk.isDecision,
    truncated: chunk.isTruncated,
    alsoIn: copies.listed.map((copy) => ({ chunkId: copy.id, meetingId: copy.meetingId, body: copy.body, date: copy.date, title: copy.meetingTitle })),
    alsoInTotal: copies.total,
  };
}

const similarityOf = (candidate: FusedCandidate) => (candidate.similarity === null ? null : Number(candidate.similarity.toFixed(4)));

function meetingOf(chunk: StoredChunk): SearchResult['meeting'] {
  return { id: chunk.meetingId, body: chunk.body, title: chunk.meetingTitle, date: chunk.date, source: { file: chunk.sourceFile, url: chunk.sourceUrl } };
}

/** The copies folded into a result in this search, then the store's, the first few listed and all counted. */
function copiesToList(folded: ChunkCopy[], stored: { listed: ChunkCopy[]; total: number } | undefined) {
  const all = uniqueById([...folded, ...(stored?.listed ?? [])]);
  return { listed: all.slice(0, MAX_COPIES_LISTED), total: Math.max(all.length, stored?.total ?? 0) };
}

/** The requested page of the list; `meaning` is the query without its -words, for the semantic-only snippets. */
export function pageResults(
  params: Pick<SearchParams, 'offset' | 'limit'>,
  list: Pick<FusedList, 'kept' | 'copies' | 'candidateOf' | 'keywordHits'>,
  meaning: string,
  chunks: Pick<ChunkReader, 'copiesOf'>,
): SearchResult[] {
  const page = list.kept.slice(params.offset, params.offset + params.limit);
  const storedCopies = chunks.copiesOf(page);
  return mapResults(page, list, meaning, (chunk) => copiesToList(list.copies.get(chunk.id) ?? [], storedCopies.get(chunk.id)));
}

/**
 * Every kept passage of the list, no snippet made and no copies listed: a topic history quotes each passage once, and
 * the page marks the passages it shows (core/text/snippets.ts).
 */
export function keptPassages(list: Pick<FusedList, 'kept' | 'candidateOf' | 'keywordHits'>): Passage[] {
  return list.kept.map((chunk) => toPassage(chunk, list.candidateOf.get(chunk.id)!, list.keywordHits.has(chunk.id)));
}

function mapResults(
  chunks: StoredChunk[],
  list: Pick<FusedList, 'candidateOf' | 'keywordHits'>,
  meaning: string,
  copiesOf: (chunk: StoredChunk) => { listed: ChunkCopy[]; total: number },
): SearchResult[] {
  const semanticSnippet = semanticSnippets(meaning);
  return chunks.map((chunk) =>
    toSearchResult(chunk, list.candidateOf.get(chunk.id)!, () => list.keywordHits.get(chunk.id)?.highlight ?? semanticSnippet(chunk.text), copiesOf(chunk)),
  );
}
