// What is sent to Meilisearch: one document per chunk with its filter fields and its words as the embedded index
// reads them, and the index settings that search them the same way.
import type { Settings } from 'meilisearch';
import { ERROR_CODES, InputError } from '../../../../core/errors';
import { isoDateNumber } from '../../../../core/text/dates';
import { tokenise } from '../../../../core/text/tokens';
import type { Chunk } from '../../../../core/types';
import type { Stemmer } from '../stemmer';
import { meilisearchSynonyms } from '../synonyms';

const VALID_ID = /^[A-Za-z0-9_-]{1,511}$/;
/**
 * The shape of the documents sent (part of the instance name): an index filled by an older version (before the
 * stemmed and tokenised fields: 1) is filled again on the next sync.
 */
export const DOCUMENT_VERSION = 2;

/**
 * Documents holding every word first, then the last word let go, and the next, down to the first alone. The query's
 * words are sent rarest first (countedUnits), so the most common are let go first, as the embedded backend does
 * (it stops at a majority of the words, see query-plan; Meilisearch has no such strategy). Meilisearch's own
 * `frequency` strategy would do the same, but in 1.50 it finds nothing when the two rarest words are equally rare
 * ("much seiz": 0 results, each word alone 3), and `last` on the words as typed keeps the first word to the end.
 */
export const MATCHING_STRATEGY = 'last';

/**
 * The searchable fields: a chunk's own words (text, speaker) as stems and as written, both split by the embedded
 * index's tokenizer (tokens.ts: apostrophes separate, "Inspectorate's" is two words), one space apart.
 */
export const SEARCHABLE_ATTRIBUTES = ['stemmedText', 'words', 'stemmedSpeaker', 'speakerWords'];

/** What ranking a candidate reads: its own words, the fields BM25 weighs, and the facet values. */
export const CANDIDATE_FIELDS = ['id', 'text', 'speaker', 'itemTitle', 'meetingTitle', 'body', 'year'];
export const FACETS = ['body', 'year', 'speaker'];
/** Most matches counted, as the embedded index counts them (DEFAULT_MAX_COUNTED_MATCHES); beyond it, `approximate`. */
export const MAX_COUNTED_MATCHES = 10_000;

export function meilisearchSettings(stemmer: Stemmer): Settings {
  return {
    // A chunk's own words only, text before speaker. Meilisearch matches every searchable attribute and applies
    // -words to them all, so a searchable meeting or item field would let "police" find, and "-police" remove,
    // every paragraph of the Police and Crime Panel (the embedded backend only ranks by those fields).
    searchableAttributes: SEARCHABLE_ATTRIBUTES,
    filterableAttributes: ['body', 'year', 'dateNumber', 'speaker', 'isDecision', 'documentId', 'meetingId', 'kind'],
    sortableAttributes: ['dateNumber'],
    displayedAttributes: CANDIDATE_FIELDS,
    // Date sorts order by the words held, then the date, as the embedded index does.
    rankingRules: ['words', 'sort'],
    synonyms: meilisearchSynonyms(stemmer.stemText),
    // Stop words are left out of queries here (toMeilisearchQuery), as the embedded backend does; the index keeps
    // them, so "quoted phrases" and queries of stop words only match as written.
    stopWords: [],
    typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } },
    faceting: { maxValuesPerFacet: 100 },
    pagination: { maxTotalHits: MAX_COUNTED_MATCHES },
    // Indexing at Meilisearch's pace: the order of the candidates it returns matters only at the edge of the ranking
    // window (the ranking is ours), so word pairs are kept per field rather than by distance; no facet search box
    // and no language detection (the minutes are English).
    proximityPrecision: 'byAttribute',
    facetSearch: false,
    localizedAttributes: [{ attributePatterns: ['*'], locales: ['eng'] }],
  };
}

export interface MeilisearchDocument {
  id: string;
  documentId: string;
  meetingId: string;
  kind: string;
  text: string;
  itemTitle: string;
  meetingTitle: string;
  body: string | null;
  speaker: string | null;
  year: number | null;
  /** The date as a number (20230627): Meilisearch filters and sorts numbers. Absent when undated, so undated chunks sort last. */
  dateNumber?: number;
  isDecision: boolean;
  /** The searchable words: the text's and the speaker's stems, as the embedded index matches them. */
  stemmedText: string;
  stemmedSpeaker: string | null;
  words: string;
  speakerWords: string | null;
}

export function toDocument(chunk: Chunk, stemmer: Stemmer): MeilisearchDocument {
  if (!VALID_ID.test(chunk.id)) {
    throw new InputError(ERROR_CODES.INVALID_REQUEST, `chunk id must be 1-511 letters, digits, '-' or '_' for Meilisearch; got "${chunk.id}"`, {
      field: 'id',
    });
  }
  return {
    id: chunk.id,
    documentId: chunk.documentId,
    meetingId: chunk.meetingId,
    kind: chunk.kind,
    text: chunk.text,
    itemTitle: chunk.itemTitle,
    meetingTitle: chunk.meetingTitle,
    body: chunk.body,
    speaker: chunk.speaker,
    year: chunk.year,
    ...(chunk.date ? { dateNumber: isoDateNumber(chunk.date) } : {}),
    isDecision: chunk.isDecision,
    stemmedText: stemmer.stemText(chunk.text),
    stemmedSpeaker: chunk.speaker === null ? null : stemmer.stemText(chunk.speaker),
    words: tokenise(chunk.text).join(' '),
    speakerWords: chunk.speaker === null ? null : tokenise(chunk.speaker).join(' '),
  };
}

