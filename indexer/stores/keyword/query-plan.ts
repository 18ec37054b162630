// Expands a parsed query with acronyms, typo corrections and completions of the last word (from the
// vocabulary of indexed words), drops stop words, and writes FTS5 MATCH expressions built only from quoted terms.
import type { ParsedQuery, QueryClause } from './query-parser';
import { isStopWord } from './stop-words';
import { buildSynonymLookup, longestSpellingLength, type SynonymLookup } from './synonyms';
import type { Vocabulary } from './vocabulary';

export interface TermAlternative {
  /** One term, or several that must be adjacent (a phrase). */
  terms: string[];
}

/** A document matches a requirement when it matches at least one of its alternatives. */
export interface Requirement {
  alternatives: TermAlternative[];
}

export interface QueryPlan {
  /** Content words: documents matching all of them rank first, then those matching fewer (see matchingAtLeast). */
  required: Requirement[];
  excluded: TermAlternative[];
  /** Every term that counts as a match, for highlighting. */
  matchTerms: string[];
}

const defaultSynonyms = buildSynonymLookup();

/**
 * Most OR-ed groups in one relaxed expression ("any m of these k words" needs C(k, m) groups). Levels
 * needing more are skipped, so long queries go from their top levels straight to "any word".
 */
export const MAX_RELAXATION_GROUPS = 40;

export function planQuery(parsed: ParsedQuery, vocabulary: Vocabulary, synonyms: SynonymLookup = defaultSynonyms): QueryPlan {
  const required: Array<Requirement & { stopWord: boolean }> = [];
  const excluded: TermAlternative[] = [];
  const clauses = parsed.clauses;
  const longest = longestSpellingLength(synonyms);
  let index = 0;
  while (index < clauses.length) {
    const clause = clauses[index];
    if (clause.excluded) {
      excluded.push({ terms: clause.terms });
      index += 1;
      continue;
    }
    const synonymRun = matchSynonymRun(clauses, index, longest, synonyms);
    if (synonymRun) {
      required.push({ alternatives: [{ terms: synonymRun.terms }, ...synonymRun.others.map((terms) => ({ terms }))], stopWord: false });
      index += synonymRun.clauseCount;
      continue;
    }
    const stopWord = !clause.quoted && clause.terms.length === 1 && isStopWord(clause.terms[0]);
    required.push({ alternatives: stopWord ? [{ terms: clause.terms }] : expandClause(clause, vocabulary), stopWord });
    index += 1;
  }
  // A query of nothing but stop words ("to be or not to be") is searched as written.
  const contentWords = required.some((requirement) => !requirement.stopWord) ? required.filter((requirement) => !requirement.stopWord) : required;
  // A word repeated in the query counts once towards the words a document matches.
  const kept = [...new Map(contentWords.map(({ alternatives }) => [JSON.stringify(alternatives), { alternatives }])).values()];
  const matchTerms = [...new Set(kept.flatMap((requirement) => requirement.alternatives.flatMap((alternative) => alternative.terms)))];
  return { required: kept, excluded, matchTerms };
}

/** The longest run of unquoted clauses from `start` whose words spell a known acronym or long form. */
function matchSynonymRun(clauses: QueryClause[], start: number, longest: number, synonyms: SynonymLookup) {
  for (let end = Math.min(clauses.length, start + longest); end > start; end -= 1) {
    const run = clauses.slice(start, end);
    if (run.some((clause) => clause.quoted || clause.excluded)) continue;
    const terms = run.flatMap((clause) => clause.terms);
    const others = synonyms.get(terms.join(' '));
    if (others) return { terms, others, clauseCount: run.length };
  }
  return null;
}

function expandClause(clause: QueryClause, vocabulary: Vocabulary): TermAlternative[] {
  const exact = { terms: clause.terms };
  if (clause.quoted || clause.terms.length > 1) return [exact];
  const [term] = clause.terms;
  const indexed = vocabulary.documentsWith(term) > 0;
  const completions = clause.prefix ? vocabulary.completions(term).filter((completion) => completion !== term) : [];
  // Typos are only corrected for words the index has never seen, so an exact match is never diluted.
  const corrections = indexed || completions.length > 0 ? [] : vocabulary.corrections(term);
  return [exact, ...[...completions, ...corrections].map((other) => ({ terms: [other] }))];
}

function quoteTerms(alternative: TermAlternative): string {
  return `"${alternative.terms.join(' ').replaceAll('"', '""')}"`;
}

function anyOf(alternatives: TermAlternative[]): string {
  return alternatives.length === 1 ? quoteTerms(alternatives[0]) : `(${alternatives.map(quoteTerms).join(' OR ')})`;
}

/** `count` items chosen from `values` in every way, in order (k-combinations). */
function combinations<T>(values: readonly T[], count: number): T[][] {
  if (count === 0) return [[]];
  const chosen: T[][] = [];
  for (let first = 0; first <= values.length - count; first += 1) {
    for (const rest of combinations(values.slice(first + 1), count - 1)) chosen.push([values[first], ...rest]);
  }
  return chosen;
}

function binomial(n: number, k: number): number {
  let result = 1;
  for (let index = 1; index <= k; index += 1) result = (result * (n - k + index)) / index;
  return Math.round(result);
}

/**
 * How many requirements a document must match, level by level: all of them first, then fewer
 * (the relaxation for questions and sentences), down to any one. Levels too costly to express are skipped.
 */
export function relaxationLevels(plan: QueryPlan): number[] {
  const count = plan.required.length;
  const levels: number[] = [];
  for (let level = count; level >= 1; level -= 1) {
    if (level === count || level === 1 || binomial(count, level) <= MAX_RELAXATION_GROUPS) levels.push(level);
  }
  return levels;
}

/**
 * The FTS5 MATCH expression for documents matching at least `minimum` of the requirements (all of
 * them by default) and none of the excluded terms; null when nothing is required (an empty or exclusion-only query).
 */
export function toFtsMatchExpression(plan: QueryPlan, minimum = plan.required.length): string | null {
  if (plan.required.length === 0) return null;
  const requirements = plan.required.map((requirement) => anyOf(requirement.alternatives));
  const groups = combinations(requirements, Math.min(Math.max(minimum, 1), requirements.length)).map((group) => group.join(' AND '));
  const required = groups.length === 1 ? groups[0] : groups.map((group) => `(${group})`).join(' OR ');
  return plan.excluded.length === 0 ? required : `(${required}) NOT ${anyOf(plan.excluded)}`;
}
