// What GET /api/topics sends of a history: one page of the meetings that discussed the subject, and the meetings that
// only touched it counted, their passages sent only when asked. The history is always worked out whole (first
// mention, latest decision, counts); paging only slices what is sent: a whole history of a common subject at 1M
// paragraphs was 224–351 KB of JSON against 13–17 KB for a page of search results (docs/BENCHMARKS.md, #16).
import type { TopicHistoryPage, TopicHistoryResponse } from '../api-types';
import { TOPIC_CANDIDATES } from './service';

/** Discussed meetings sent by default: about a search page's bytes at 1M paragraphs (each meeting quotes up to 3 passages and its decisions). */
export const DEFAULT_TOPIC_MEETINGS = 20;
/**
 * The most discussed meetings one response may hold: every meeting a history can list, as each holds at least one of
 * the at most 2 × TOPIC_CANDIDATES passages it reads (one window from each side of the search).
 */
export const MAX_TOPIC_MEETINGS = 2 * TOPIC_CANDIDATES;

export interface TopicPaging {
  /** Discussed meetings to send, 0..MAX_TOPIC_MEETINGS (0: none, e.g. to load only the in-passing meetings). */
  limit: number;
  /** Discussed meetings to skip, oldest first. */
  offset: number;
  /** Send the in-passing meetings with their passages (always all of them); else only their count. */
  passing: boolean;
}

export const DEFAULT_TOPIC_PAGING: TopicPaging = { limit: DEFAULT_TOPIC_MEETINGS, offset: 0, passing: false };

export function pageTopicHistory(history: TopicHistoryResponse, paging: TopicPaging): TopicHistoryPage {
  const { meetings, inPassing, ...whole } = history;
  return {
    ...whole,
    meetings: meetings.slice(paging.offset, paging.offset + paging.limit),
    page: { offset: paging.offset, limit: paging.limit, total: meetings.length },
    inPassing: { count: inPassing.count, meetings: paging.passing ? inPassing.meetings : null },
  };
}
