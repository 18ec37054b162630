// What a query asks of every result, whichever side found it: none of its -words, each of its "quoted phrases".
// The keyword indexes match these themselves; the vector index cannot, so its candidates are checked here,
// word by word as the keyword side matches them (own text and speaker, stem-insensitively). Pure.
import { parseQuery } from './query-parser';
import type { TermAlternative } from './query-plan';
import { createTermMatcher, occurrences } from './term-matching';
import { tokenise } from '../../../core/text/tokens';

export interface QueryConstraints {
  excluded: TermAlternative[];
  phrases: TermAlternative[];
  /** What the query means without its -words, for the embedding: "police -cadets" means police. */
  meaning: string;
}

export function constraintsOf(query: string): QueryConstraints {
  const { clauses } = parseQuery(query);
  const excluded = clauses.filter((clause) => clause.excluded).map((clause) => ({ terms: clause.terms }));
  const phrases = clauses.filter((clause) => clause.quoted && !clause.excluded).map((clause) => ({ terms: clause.terms }));
  const meaning = excluded.length === 0 ? query : clauses.filter((clause) => !clause.excluded).flatMap((clause) => clause.terms).join(' ');
  return { excluded, phrases, meaning };
}

export function hasConstraints(constraints: QueryConstraints): boolean {
  return constraints.excluded.length > 0 || constraints.phrases.length > 0;
}

/** True when the fields (a chunk's text and speaker) hold no -word and every phrase, each within one field. */
export function satisfiesConstraints(fields: ReadonlyArray<string | null>, constraints: QueryConstraints): boolean {
  const alternatives = [...constraints.excluded, ...constraints.phrases];
  const matchTerm = createTermMatcher(alternatives.flatMap((alternative) => alternative.terms));
  const matched = fields.map((field) => tokenise(field ?? '').map(matchTerm));
  const holds = (alternative: TermAlternative) => matched.some((tokens) => occurrences(tokens, alternative) > 0);
  return !constraints.excluded.some(holds) && constraints.phrases.every(holds);
}
