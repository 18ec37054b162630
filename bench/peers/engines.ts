// The four keyword engines the peer benchmark compares, behind one small face: the project's embedded index and
// MiniSearch, Orama and FlexSearch configured as near to it as each allows (see PEER_SETTINGS). Each indexes a
// chunk's text and its item title, the text weighing double, as the embedded index's BM25 weighs them.
import { Charset, Document, Encoder } from 'flexsearch';
import FlexSearchEnglish from 'flexsearch/lang/en';
import MiniSearch from 'minisearch';
import { create, insertMultiple, search as searchOrama } from '@orama/orama';
import type { Chunk } from '../../core/types';
import type { SearchFilters } from '../../core/search-types';
import { ENGLISH_STOP_WORDS, isStopWord } from '../../core/text/stop-words';
import { stemWord } from '../../core/text/stem';
import { allowedTypos } from '../../indexer/stores/keyword/vocabulary';
import { createEmbeddedKeywordIndex } from '../../indexer/stores/keyword/sqlite-fts';
import { FIELD_WEIGHTS } from '../../indexer/stores/keyword/scoring';
import type { KeywordIndex } from '../../indexer/stores/keyword/types';

export const ENGINE_NAMES = ['embedded', 'minisearch', 'orama', 'flexsearch'] as const;
export type EngineName = (typeof ENGINE_NAMES)[number];

export interface EngineSearch {
  text: string;
  limit: number;
  /** Only engines that filter natively get these; the harness filters the others' deeper lists itself. */
  filters?: SearchFilters;
}

export interface SearchEngine {
  readonly name: EngineName;
  /** Whether search() applies `filters` itself. */
  readonly filtersNatively: boolean;
  add(chunks: Chunk[]): Promise<void>;
  /** Called once after the last add: whatever the engine does before it serves queries. */
  finishBuild(): Promise<void>;
  /** Chunk ids, best first. */
  search(query: EngineSearch): Promise<string[]>;
  close(): Promise<void>;
}

/** How each peer was set up, for the report: the same fields, stop words and (where offered) stems and typo budget. */
export const PEER_SETTINGS: Record<EngineName, string> = {
  embedded:
    'the project index (SQLite FTS5: a chunk matched by its own words, text and speaker, the item title weighing in its BM25 at half the weight of the text; Porter stems; typo correction by edit distance: 1 edit from 5 letters, 2 from 9; last word completed as a prefix unless followed by a space; chunks holding most of the words when too few hold all; ASB-style synonyms; phrases), facets off, highlights and the total count on',
  minisearch:
    'fields text (boost 2) and itemTitle (1); the project stop words and Porter stemmer as processTerm; fuzzy by the same edit budget as the project (1 edit from 5 letters, 2 from 9); prefix on the last word unless followed by a space; OR of the words (default), BM25+ ranking',
  orama:
    'schema text (boost 2) and itemTitle (1); built-in English stemmer, the project stop words; tolerance 1 edit on every word (one number per query); prefix matching on every word (its default); any word may match (threshold 1, its default), BM25',
  flexsearch:
    'Document index over text and itemTitle; tokenize "forward" (prefixes of every word), LatinBalance encoder (phonetic folding: its only typo tolerance) with its English pack (suffix stemmer, contractions) and the project stop words; suggest on (partial matches when not every word matches); results merged across fields',
};

const TEXT_BOOST = FIELD_WEIGHTS.text / FIELD_WEIGHTS.itemTitle;

/** What peers search for: they know no phrases or exclusions, so quotes are dropped and the words kept. */
function peerText(text: string): string {
  return text.replace(/["“”]/g, ' ');
}

function createEmbeddedEngine(file: string): SearchEngine {
  let index: KeywordIndex = createEmbeddedKeywordIndex({ file });
  return {
    name: 'embedded',
    filtersNatively: true,
    add: (chunks) => index.upsert(chunks),
    async finishBuild() {
      // Reopened as the server opens it: the in-memory vocabulary, titles and attributes are read by the first search.
      await index.close();
      index = createEmbeddedKeywordIndex({ file });
    },
    async search({ text, limit, filters }) {
      const result = await index.search({ text, filters, limit, offset: 0, facets: false });
      return result.hits.map((hit) => hit.id);
    },
    close: () => index.close(),
  };
}

function projectTerm(term: string): string | null {
  const lower = term.toLowerCase();
  return isStopWord(lower) ? null : stemWord(lower);
}

function createMiniSearchEngine(): SearchEngine {
  const index = new MiniSearch<Chunk>({ fields: ['text', 'itemTitle'], storeFields: [], processTerm: projectTerm });
  return {
    name: 'minisearch',
    filtersNatively: false,
    add: async (chunks) => index.addAll(chunks),
    finishBuild: async () => undefined,
    async search({ text, limit }) {
      const typed = peerText(text);
      const stillTyping = !/\s$/.test(typed);
      const results = index.search(typed, {
        boost: { text: TEXT_BOOST, itemTitle: 1 },
        prefix: (_term, position, terms) => stillTyping && position === terms.length - 1,
        fuzzy: (term) => allowedTypos(term) || false,
      });
      return results.slice(0, limit).map((result) => String(result.id));
    },
    close: async () => undefined,
  };
}

async function createOramaEngine(): Promise<SearchEngine> {
  const database = create({
    schema: { text: 'string', itemTitle: 'string' } as const,
    components: { tokenizer: { stemming: true, stopWords: [...ENGLISH_STOP_WORDS] } },
  });
  return {
    name: 'orama',
    filtersNatively: false,
    async add(chunks) {
      await insertMultiple(
        database,
        chunks.map((chunk) => ({ id: chunk.id, text: chunk.text, itemTitle: chunk.itemTitle })),
        chunks.length,
      );
    },
    finishBuild: async () => undefined,
    async search({ text, limit }) {
      const result = await searchOrama(database, { term: peerText(text), properties: ['text', 'itemTitle'], boost: { text: TEXT_BOOST }, tolerance: 1, limit });
      return result.hits.map((hit) => hit.id);
    },
    close: async () => undefined,
  };
}

function createFlexSearchEngine(): SearchEngine {
  const encoder = new Encoder(Charset.LatinBalance).assign({ ...FlexSearchEnglish, filter: new Set(ENGLISH_STOP_WORDS) });
  const index = new Document<{ id: string; text: string; itemTitle: string }>({
    document: { id: 'id', index: ['text', 'itemTitle'] },
    tokenize: 'forward',
    encoder,
  });
  return {
    name: 'flexsearch',
    filtersNatively: false,
    async add(chunks) {
      for (const chunk of chunks) index.add({ id: chunk.id, text: chunk.text, itemTitle: chunk.itemTitle });
    },
    finishBuild: async () => undefined,
    async search({ text, limit }) {
      const results = index.search({ query: peerText(text), limit, suggest: true, merge: true });
      return results.slice(0, limit).map((result) => String(result.id));
    },
    close: async () => undefined,
  };
}

/** `workFile` is where the embedded index writes its SQLite file (the peers live in memory only). */
export async function createEngine(name: EngineName, workFile: string): Promise<SearchEngine> {
  switch (name) {
    case 'embedded':
      return createEmbeddedEngine(workFile);
    case 'minisearch':
      return createMiniSearchEngine();
    case 'orama':
      return createOramaEngine();
    case 'flexsearch':
      return createFlexSearchEngine();
  }
}
