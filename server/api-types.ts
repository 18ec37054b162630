// The API's data: what /api/search, /api/chat, /api/topics and /api/meetings/:id return. The client reads these shapes too.
import type { FacetCounts, KeywordMatching, SearchFilters, SortOrder } from '../core/search-types';
import type { SnippetMarks } from '../core/text/snippets';
import type { AgendaItem, Meeting, Paragraph } from '../core/types';

export type SearchMode = 'hybrid' | 'keyword' | 'semantic';

export interface SearchParams {
  q: string;
  mode: SearchMode;
  sort: SortOrder;
  limit: number;
  offset: number;
  filters: SearchFilters;
}

export interface ResultMeeting {
  id: string;
  body: string | null;
  title: string;
  date: string | null;
  source: { file: string; url: string | null };
}

export interface SearchResult {
  id: string;
  kind: 'paragraph' | 'item';
  text: string;
  /** Escaped HTML; <mark> elements are the only markup. */
  highlight: string;
  score: number;
  /** 1-based rank in each candidate list, or null when that side did not find it. */
  ranks: { keyword: number | null; semantic: number | null };
  /** Cosine similarity when the semantic side found it. */
  similarity: number | null;
  meeting: ResultMeeting;
  item: { id: string; number: string | null; title: string };
  paragraph: string | null;
  paragraphIndex: number | null;
  speaker: string | null;
  decision: boolean;
  truncated: boolean;
  /** The same passage published elsewhere (exact duplicates collapsed into this result). */
  alsoIn: { chunkId: string; meetingId: string; body: string | null; date: string | null; title: string }[];
  /** How many copies there are in all; `alsoIn` lists the first few. */
  alsoInTotal: number;
}

/**
 * A passage as a topic history reads it: a result's text and place, without its snippet, score or copies. `byWords`:
 * keyword search found it, so its snippet marks the keyword search's terms (core/text/snippets.ts); else it was found
 * by meaning alone.
 */
export interface Passage extends Pick<SearchResult, 'id' | 'kind' | 'text' | 'similarity' | 'meeting' | 'item' | 'paragraph' | 'paragraphIndex' | 'speaker' | 'decision'> {
  byWords: boolean;
}

export interface SearchResponse {
  query: string;
  mode: SearchMode;
  /** The mode actually served: hybrid falls back to keyword when semantic search is unavailable. */
  servedMode: SearchMode;
  degraded: string | null;
  /**
   * Hybrid only: the weight the semantic ranking had in this query's fusion, 0..1 (the keyword ranking had
   * the rest); with a weak embedding model it shrinks as keyword search finds the query's words.
   */
  semanticWeight: number | null;
  /** How the keyword side matched the query's words; null when it did not run or the query has no words. */
  matching: KeywordMatching | null;
  /**
   * "Did you mean": the query with its unknown words replaced by the closest indexed words, when keyword search found
   * fewer than SUGGEST_BELOW_MATCHES matches and has such words to offer; else null.
   */
  suggestion: string | null;
  /**
   * The similarity at which a passage is close in meaning to the query (the model's chat answer threshold): a result
   * found by meaning alone below it is only loosely related. Null when search by meaning did not run.
   */
  closeSimilarity: number | null;
  /** Results that can be paged through (after copies and summaries collapse); exact up to EXACT_TOTAL_MATCHES keyword matches. */
  total: number;
  /** True when `total` and the facets are estimates (more keyword matches than are read or counted): shown as "about". */
  totalIsEstimate: boolean;
  tookMs: number;
  results: SearchResult[];
  facets: FacetCounts;
}

export interface ChatMessage {
  role: 'user' | 'assistant';
  content: string;
}

export interface Citation {
  /** The marker number used in the answer: [1], [2], ... */
  n: number;
  chunkId: string;
  meeting: ResultMeeting;
  item: { id: string; number: string | null; title: string };
  paragraph: string | null;
  paragraphIndex: number | null;
  speaker: string | null;
  text: string;
}

export interface ChatResponse {
  answer: string;
  citations: Citation[];
  results: SearchResult[];
  /** How the question was understood: the search that was run. */
  interpreted: { query: string; filters: SearchFilters; preferDecisions: boolean };
  degraded: string | null;
}

/** GET /api/topics: one subject followed across meetings (server/topics/). */
export interface TopicPassage {
  chunkId: string;
  text: string;
  /** Keyword search found it: its snippet marks `TopicHistoryResponse.marks.terms`; else the sentence nearest the subject. */
  byWords: boolean;
  speaker: string | null;
  item: { id: string; number: string | null; title: string };
  paragraph: string | null;
  paragraphIndex: number | null;
  decision: boolean;
  /** The paragraph in context in the page: /meetings/<id>#<item>-p<index>. */
  link: string;
}

export interface TopicMeeting {
  meeting: ResultMeeting;
  /** On-topic passages found in this meeting. */
  mentions: number;
  passages: TopicPassage[];
  decisions: TopicPassage[];
}

export interface TopicMoment {
  meeting: ResultMeeting;
  passage: TopicPassage;
}

export interface TopicHistory {
  /** Meetings that discussed the subject, oldest first; undated ones last. */
  meetings: TopicMeeting[];
  /** Meetings that only touched the subject in passing (one passage, no decision, no item about it), oldest first. */
  inPassing: { count: number; meetings: TopicMeeting[] };
  firstMention: TopicMoment | null;
  latestDecision: TopicMoment | null;
  /** Meetings in the history without a date (they cannot be placed in time; listed last). */
  undated: number;
}

export interface TopicHistoryResponse extends TopicHistory {
  query: string;
  servedMode: SearchMode;
  /** Set when a side was missing (e.g. no embedding model: the history then rests on the subject's words alone). */
  degraded: string | null;
  /** Passages the history was built from, and whether more matched than were read. */
  passagesRead: number;
  morePassages: boolean;
  /**
   * What marks the passages' snippets (core/text/snippets.ts `passageSnippets`), made by the page: the keyword
   * search's terms, and the subject without its -words for passages found by meaning alone.
   */
  marks: SnippetMarks;
}

/**
 * GET /api/topics' answer: the history worked out whole (first mention, latest decision, undated, counts), one page of
 * its discussed meetings sent (server/topics/page.ts).
 */
export interface TopicHistoryPage extends Omit<TopicHistoryResponse, 'meetings' | 'inPassing'> {
  /** This page of the meetings that discussed the subject, oldest first (undated last). */
  meetings: TopicMeeting[];
  /** Where the page starts among the discussed meetings, how many it asked for, and how many discussed the subject in all. */
  page: { offset: number; limit: number; total: number };
  /** Meetings that only touched the subject: always counted; listed with their passages only when asked (`passing=true`), else null. */
  inPassing: { count: number; meetings: TopicMeeting[] | null };
}

/** A paragraph of a meeting opened from a search: `highlight` (escaped HTML, <mark> only) when it holds the search's words. */
export interface MeetingParagraph extends Paragraph {
  highlight?: string;
}

export interface MeetingItem extends Omit<AgendaItem, 'paragraphs'> {
  id: string;
  paragraphs: MeetingParagraph[];
}

/** GET /api/meetings/:id[?q=…]: the whole meeting, item by item. */
export interface MeetingDetail extends Omit<Meeting, 'items'> {
  items: MeetingItem[];
}
