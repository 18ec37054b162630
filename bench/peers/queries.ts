// The peer benchmark's queries: the keyword benchmark's mix (bench/keyword.ts) less what only the project's index
// offers (filters, sorts, exclusions), and the labelled queries (bench/eval-queries.json), whose words come from
// corpus/, and so also from the synthetic minutes at 100k and 1M (bench/synthetic.ts recombines corpus/ sentences).
import type { SearchFilters } from '../../core/search-types';
import type { Chunk } from '../../core/types';
import { loadLabelledQueries } from '../../test/helpers/search-evaluation';
import { QUERY_MIX } from '../keyword';

export interface PeerQuery {
  kind: string;
  text: string;
  filters?: SearchFilters;
  /** Labelled relevant snippets: only meaningful over corpus/ itself. */
  relevant?: string[];
}

/** Kinds of the keyword mix that need what the peers lack (facet filters, date sorts, `-word`). */
const PROJECT_ONLY_KINDS = new Set(['excluded', 'filtered', 'sorted', 'filters only']);

/** Every query, labelled ones last; `timed` leaves out the filtered ones, which the peers answer by filtering a deeper list. */
export function peerQueries(): { timed: PeerQuery[]; judged: PeerQuery[] } {
  const mix = QUERY_MIX.filter(({ kind }) => !PROJECT_ONLY_KINDS.has(kind)).map(({ kind, query }) => ({ kind, text: query.text }));
  const judged = loadLabelledQueries().map(({ kind, q, filters, relevant }) => ({ kind: `labelled ${kind}`, text: q, filters, relevant }));
  return { timed: [...mix, ...judged.filter((query) => !query.filters)], judged };
}

/** Whether a chunk passes the filters the labelled queries use, for engines that cannot filter themselves. */
export function passesFilters(chunk: Chunk, filters: SearchFilters): boolean {
  const checks: boolean[] = [
    !filters.body || (chunk.body !== null && filters.body.includes(chunk.body)),
    !filters.year || (chunk.year !== null && filters.year.includes(chunk.year)),
    !filters.speaker || (chunk.speaker !== null && filters.speaker.includes(chunk.speaker)),
    !filters.kind || chunk.kind === filters.kind,
    !filters.decisionsOnly || chunk.isDecision,
    !filters.from || (chunk.date !== null && chunk.date >= filters.from),
    !filters.to || (chunk.date !== null && chunk.date <= filters.to),
    !filters.documentId || chunk.documentId === filters.documentId,
    !filters.meetingId || chunk.meetingId === filters.meetingId,
  ];
  return checks.every(Boolean);
}
