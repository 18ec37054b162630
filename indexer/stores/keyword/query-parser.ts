// Turns what a user typed into clauses: words, "exact phrases", -excluded words and a prefix on the
// last word. Pure and forgiving: any input parses; junk characters are dropped, never an error.
import { tokenise } from '../../../core/text/tokens';

export interface QueryClause {
  /** Normalised terms; more than one ("anti-social", or a quoted phrase) means they must appear next to each other in this order. */
  terms: string[];
  /** The user wrote it in quotes: match exactly, no synonyms or typos. */
  quoted: boolean;
  /** Written with a leading '-': documents containing it are excluded. */
  excluded: boolean;
  /** The last word, still being typed (the query does not end with a space). */
  prefix: boolean;
}

export interface ParsedQuery {
  clauses: QueryClause[];
  /** Asked as a question (ends with "?" or opens with an interrogative): the words that frame it name no topic. */
  question: boolean;
}

/** Words a question opens with ("how many …", "did the panel …", "is there …"). */
const INTERROGATIVES = new Set(['how', 'what', 'which', 'who', 'whom', 'whose', 'why', 'when', 'where', 'did', 'does', 'do', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'can', 'could', 'will', 'would', 'should']);

/** Only the first clauses are searched (Meilisearch reads 10 words); this bounds the work for pasted pages of text. */
export const MAX_QUERY_CLAUSES = 24;

const OPENING_QUOTES = new Set(['"', '“', '„', '«']);
const CLOSING_QUOTES = new Set(['"', '”', '“', '»']);

interface RawClause {
  text: string;
  quoted: boolean;
  excluded: boolean;
}

function splitRawClauses(query: string): RawClause[] {
  const clauses: RawClause[] = [];
  let position = 0;
  while (position < query.length) {
    while (position < query.length && /\s/u.test(query[position])) position += 1;
    if (position >= query.length) break;
    let excluded = false;
    if (query[position] === '-' && position + 1 < query.length && !/\s/u.test(query[position + 1])) {
      excluded = true;
      position += 1;
    }
    if (OPENING_QUOTES.has(query[position])) {
      const close = findClosingQuote(query, position + 1);
      if (close !== -1) {
        clauses.push({ text: query.slice(position + 1, close), quoted: true, excluded });
        position = close + 1;
        continue;
      }
      // An unbalanced quote is read as if it were not there.
      position += 1;
    }
    const start = position;
    while (position < query.length && !/\s/u.test(query[position]) && !OPENING_QUOTES.has(query[position])) position += 1;
    clauses.push({ text: query.slice(start, position), quoted: false, excluded });
  }
  return clauses;
}

function findClosingQuote(query: string, from: number): number {
  for (let index = from; index < query.length; index += 1) {
    if (CLOSING_QUOTES.has(query[index])) return index;
  }
  return -1;
}

export function parseQuery(query: string): ParsedQuery {
  const clauses: QueryClause[] = [];
  // The last word is a prefix only if it is what the query ends with (not junk or a space after it).
  let endsWithWord = false;
  for (const raw of splitRawClauses(query)) {
    const terms = tokenise(raw.text);
    endsWithWord = terms.length > 0;
    if (terms.length === 0) continue;
    if (clauses.length === MAX_QUERY_CLAUSES) {
      endsWithWord = false;
      break;
    }
    clauses.push({ terms, quoted: raw.quoted, excluded: raw.excluded, prefix: false });
  }
  const last = clauses.at(-1);
  const stillTyping = endsWithWord && !/[\s"”»]$/u.test(query);
  if (last && stillTyping && !last.excluded && !last.quoted && last.terms.length === 1) last.prefix = true;
  const first = clauses[0];
  const question = /\?\s*$/u.test(query) || (first !== undefined && !first.quoted && !first.excluded && INTERROGATIVES.has(first.terms[0]));
  return { clauses, question };
}

/** True when nothing in the query asks for documents to contain something. */
export function hasRequiredClauses(parsed: ParsedQuery): boolean {
  return parsed.clauses.some((clause) => !clause.excluded);
}
