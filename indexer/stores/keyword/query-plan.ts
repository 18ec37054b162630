// Expands a parsed query with acronyms, typo corrections and completions of the last word (from the
// vocabulary of indexed words), drops stop words, orders the words for the matching strategy and writes FTS5
// MATCH expressions built only from quoted terms.
import type { ParsedQuery, QueryClause } from './query-parser';
import { isFramingWord } from '../../../core/text/stop-words';
import { buildSynonymLookup, longestSpellingLength, type SynonymLookup } from './synonyms';
import type { KeywordMatching } from '../../../core/search-types';
import { suggestSpelling } from './spelling';
import { documentsWithAnyForm, type Vocabulary } from './vocabulary';

export interface TermAlternative {
  /** One term, or several that must be adjacent (a phrase). */
  terms: string[];
}

/** A document matches a requirement when it matches at least one of its alternatives. */
export interface Requirement {
  alternatives: TermAlternative[];
}

export interface QueryPlan {
  /**
   * The words that count, rarest first: a chunk matches when it holds at least `minimum` of them, and chunks
   * holding more rank first. The most common words of a long query and words no chunk holds are let go.
   */
  required: Requirement[];
  minimum: number;
  excluded: TermAlternative[];
  /** Every term that counts as a match, for highlighting. */
  matchTerms: string[];
  matching: KeywordMatching;
}

export const defaultSynonyms = buildSynonymLookup();

/**
 * Most words that count towards a match (the rarest); "at least m of n" is written as C(n, m) groups, which
 * this keeps to 20 at most. Meilisearch reads no more than 10 words of a query either.
 */
export const MAX_COUNTED_WORDS = 6;

/** More than half: a result holds most of the words that count. */
export function majorityOf(count: number): number {
  return Math.floor(count / 2) + 1;
}

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
    const stopWord = !clause.quoted && clause.terms.length === 1 && isFramingWord(clause.terms[0], parsed.question);
    required.push({ alternatives: stopWord ? [{ terms: clause.terms }] : expandClause(clause, vocabulary), stopWord });
    index += 1;
  }
  const contentWords = required.filter((requirement) => !requirement.stopWord);
  const ignored = required.filter((requirement) => requirement.stopWord).map((requirement) => requirement.alternatives[0].terms[0]);
  if (contentWords.length === 0 && required.length > 0) {
    // Stop words alone match almost every paragraph one by one; as a phrase ("to be or not to be") they mean something.
    const phrase = { terms: required.flatMap((requirement) => requirement.alternatives[0].terms) };
    return {
      required: [{ alternatives: [phrase] }],
      minimum: 1,
      excluded,
      matchTerms: [...new Set(phrase.terms)],
      matching: { strategy: 'phrase', words: [phrase.terms.join(' ')], minimum: 1, ignored: [] },
    };
  }
  // A word repeated in the query counts once towards the words a document matches.
  const unique = [...new Map(contentWords.map(({ alternatives }) => [JSON.stringify(alternatives), { alternatives }])).values()];
  const kept = countedWords(unique, vocabulary);
  const minimum = majorityOf(kept.length);
  const matchTerms = [...new Set(kept.flatMap((requirement) => requirement.alternatives.flatMap((alternative) => alternative.terms)))];
  const letGoRequirements = unique.filter((requirement) => !kept.includes(requirement));
  const letGo = letGoRequirements.map(wordOf);
  const unknown = letGoRequirements.filter((requirement) => documentFrequency(requirement, vocabulary) === 0).map(wordOf);
  const suggestion = suggestSpelling(parsed, vocabulary);
  const matching: KeywordMatching = {
    strategy: 'most',
    words: kept.map(wordOf),
    minimum,
    ignored: [...new Set([...ignored, ...letGo])],
    ...(unknown.length > 0 ? { unknown } : {}),
  };
  return { required: kept, minimum, excluded, matchTerms, matching: suggestion === null ? matching : { ...matching, suggestion } };
}

function wordOf(requirement: Requirement): string {
  return requirement.alternatives[0].terms.join(' ');
}

/** Chunks holding any alternative, at most: a phrase is held no more often than its rarest word. */
function documentFrequency(requirement: Requirement, vocabulary: Vocabulary): number {
  return requirement.alternatives.reduce((sum, alternative) => sum + Math.min(...alternative.terms.map((term) => documentsWithAnyForm(vocabulary, term))), 0);
}

/**
 * The words a match is counted in, rarest first: the most common say least about what is wanted (Meilisearch's
 * `frequency` strategy lets them go first too), and a word no chunk holds (an uncorrected typo) could only make
 * the others harder to match, unless no word is held at all.
 */
function countedWords(requirements: Requirement[], vocabulary: Vocabulary): Requirement[] {
  const frequency = new Map(requirements.map((requirement) => [requirement, documentFrequency(requirement, vocabulary)]));
  const held = requirements.filter((requirement) => (frequency.get(requirement) as number) > 0);
  if (held.length === 0) return requirements;
  return held.sort((a, b) => (frequency.get(a) as number) - (frequency.get(b) as number)).slice(0, MAX_COUNTED_WORDS);
}

/** The longest run of unquoted clauses from `start` whose words spell a known acronym or long form. */
export function matchSynonymRun(clauses: QueryClause[], start: number, longest: number, synonyms: SynonymLookup) {
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
  const indexed = documentsWithAnyForm(vocabulary, term) > 0;
  const completions = clause.prefix ? vocabulary.completions(term).filter((completion) => completion !== term) : [];
  // Typos are only corrected for words the index has never seen, so an exact match is never diluted.
  const corrections = indexed || completions.length > 0 ? [] : vocabulary.corrections(term);
  return [exact, ...[...completions, ...corrections].map((other) => ({ terms: [other] }))];
}

function quoteTerms(alternative: TermAlternative): string {
  return `"${alternative.terms.join(' ').replaceAll('"', '""')}"`;
}

/** The FTS5 expression matching any of the alternatives (a requirement, or the excluded terms). */
export function anyOf(alternatives: TermAlternative[]): string {
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

/** How many of the plan's words a chunk must hold, level by level: all of them first, then one fewer, down to `floor`. */
export function relaxationLevels(plan: QueryPlan, floor = plan.minimum): number[] {
  return Array.from({ length: plan.required.length - floor + 1 }, (_, index) => plan.required.length - index);
}

/**
 * The FTS5 MATCH expression for documents holding at least `count` of the plan's words (all of them by default)
 * and none of the excluded terms; null when nothing is required (an empty or exclusion-only query).
 */
export function toFtsMatchExpression(plan: Pick<QueryPlan, 'required' | 'excluded'>, count = plan.required.length): string | null {
  if (plan.required.length === 0) return null;
  const requirements = plan.required.map((requirement) => anyOf(requirement.alternatives));
  const groups = combinations(requirements, Math.min(Math.max(count, 1), requirements.length)).map((group) => group.join(' AND '));
  const required = groups.length === 1 ? groups[0] : groups.map((group) => `(${group})`).join(' OR ');
  return plan.excluded.length === 0 ? required : `(${required}) NOT ${anyOf(plan.excluded)}`;
}
