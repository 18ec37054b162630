// Expands a parsed query with acronyms, typo corrections and completions of the last word (from the
// vocabulary of indexed words), and writes it as an FTS5 MATCH expression built only from quoted terms.
import type { ParsedQuery, QueryClause } from './query-parser';
import { buildSynonymLookup, longestSpellingLength, type SynonymLookup } from './synonyms';
import type { Vocabulary } from './vocabulary';

export interface TermAlternative {
  /** One term, or several that must be adjacent (a phrase). */
  terms: string[];
}

/** A document must match at least one alternative of every requirement. */
export interface Requirement {
  alternatives: TermAlternative[];
}

export interface QueryPlan {
  required: Requirement[];
  excluded: TermAlternative[];
  /** Every term that counts as a match, for highlighting. */
  matchTerms: string[];
}

const defaultSynonyms = buildSynonymLookup();

export function planQuery(parsed: ParsedQuery, vocabulary: Vocabulary, synonyms: SynonymLookup = defaultSynonyms): QueryPlan {
  const required: Requirement[] = [];
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
      required.push({ alternatives: [{ terms: synonymRun.terms }, ...synonymRun.others.map((terms) => ({ terms }))] });
      index += synonymRun.clauseCount;
      continue;
    }
    required.push({ alternatives: expandClause(clause, vocabulary) });
    index += 1;
  }
  const matchTerms = [...new Set(required.flatMap((requirement) => requirement.alternatives.flatMap((alternative) => alternative.terms)))];
  return { required, excluded, matchTerms };
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

/** The FTS5 MATCH expression, or null when nothing is required (an empty or exclusion-only query). */
export function toFtsMatchExpression(plan: QueryPlan): string | null {
  if (plan.required.length === 0) return null;
  const required = plan.required.map((requirement) => anyOf(requirement.alternatives)).join(' AND ');
  return plan.excluded.length === 0 ? required : `(${required}) NOT ${anyOf(plan.excluded)}`;
}
