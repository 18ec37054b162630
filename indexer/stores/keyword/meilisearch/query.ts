// Queries as Meilisearch reads them: filters as its filter expressions, the query's clauses as stems, the words that
// count, rarest first, and the query string. Pure.
import { isoDateNumber } from '../../../../core/text/dates';
import { isFramingWord } from '../../../../core/text/stop-words';
import type { SearchFilters } from '../../../../core/search-types';
import type { ParsedQuery, QueryClause } from '../query-parser';
import { MAX_COUNTED_WORDS, defaultSynonyms, matchSynonymRun } from '../query-plan';
import { longestSpellingLength } from '../synonyms';
import type { QueryUnit } from './ranking';

/** A string literal for a Meilisearch filter: quoted, with `"` and `\` escaped, so values cannot change the filter. */
export function filterString(value: string): string {
  return `"${value.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
}

export function buildMeilisearchFilter(filters: SearchFilters = {}): string[] {
  const conditions: string[] = [];
  const anyOf = (attribute: string, values: string[]) => `${attribute} IN [${values.join(', ')}]`;
  if (filters.body?.length) conditions.push(anyOf('body', filters.body.map(filterString)));
  if (filters.speaker?.length) conditions.push(anyOf('speaker', filters.speaker.map(filterString)));
  if (filters.year?.length) conditions.push(anyOf('year', filters.year.map((year) => String(Math.trunc(year)))));
  if (filters.from) conditions.push(`dateNumber >= ${isoDateNumber(filters.from)}`);
  if (filters.to) conditions.push(`dateNumber <= ${isoDateNumber(filters.to)}`);
  if (filters.decisionsOnly) conditions.push('isDecision = true');
  if (filters.documentId !== undefined) conditions.push(`documentId = ${filterString(filters.documentId)}`);
  if (filters.meetingId !== undefined) conditions.push(`meetingId = ${filterString(filters.meetingId)}`);
  if (filters.kind !== undefined) conditions.push(`kind = ${filterString(filters.kind)}`);
  return conditions;
}

export interface MeilisearchQueryParts {
  units: QueryUnit[];
  /** `-word` and `-"phrase"` clauses, in Meilisearch syntax. */
  excluded: string[];
  /** Stop words of the query, which count for nothing on their own. */
  ignored: string[];
  /** A query of stop words only is searched as this one phrase. */
  phrase: QueryUnit | null;
}

/**
 * The query's clauses as Meilisearch will read them, rewritten from the parse (junk characters never reach it) as
 * stems, the way the stemmed fields hold the text. Stop words are left out as the embedded backend ignores them;
 * a run of words spelling an acronym or its long form stays unquoted, so Meilisearch's synonyms find the others.
 */
export function meilisearchQueryParts(parsed: ParsedQuery, stem: (word: string) => string): MeilisearchQueryParts {
  const stems = (terms: string[]) => terms.map(stem).join(' ');
  const quoted = (clause: QueryClause) => (clause.quoted || clause.terms.length > 1 ? `"${stems(clause.terms)}"` : stems(clause.terms));
  const parts: MeilisearchQueryParts = { units: [], excluded: [], ignored: [], phrase: null };
  const { clauses } = parsed;
  const longest = longestSpellingLength(defaultSynonyms);
  for (let index = 0; index < clauses.length; ) {
    const clause = clauses[index];
    const run = clause.excluded ? null : matchSynonymRun(clauses, index, longest, defaultSynonyms);
    const terms = run?.terms ?? clause.terms;
    index += run?.clauseCount ?? 1;
    const prefix = index === clauses.length && clauses[index - 1].prefix;
    if (clause.excluded) parts.excluded.push(`-${quoted(clause)}`);
    else if (run) parts.units.push({ word: terms.join(' '), query: stems(terms), prefix, spellings: [run.terms, ...run.others], typos: false });
    else if (!clause.quoted && terms.length === 1 && isFramingWord(terms[0], parsed.question)) parts.ignored.push(terms[0]);
    else parts.units.push({ word: terms.join(' '), query: quoted(clause), prefix, spellings: [terms], typos: !clause.quoted && terms.length === 1 });
  }
  if (parts.units.length === 0 && parts.ignored.length > 0) {
    // Stop words alone are searched as one phrase, as the embedded backend does.
    const words = clauses.filter((clause) => !clause.excluded).flatMap((clause) => clause.terms);
    parts.phrase = { word: words.join(' '), query: `"${stems(words)}"`, prefix: false, spellings: [words], typos: false };
    parts.ignored = [];
  }
  return parts;
}

/**
 * The words that count, rarest first (as `documentsWith` counts them), as the embedded index chooses them: a word no
 * chunk holds even with a typo is let go unless none is held, and only the MAX_COUNTED_WORDS rarest count. The word
 * being typed stays last.
 */
export function countedUnits(units: QueryUnit[], documentsWith: (unit: QueryUnit) => number): { counted: QueryUnit[]; letGo: QueryUnit[] } {
  const held = units.filter((unit) => documentsWith(unit) > 0);
  const candidates = held.length > 0 ? held : units;
  const ordered = candidates.filter((unit) => !unit.prefix).sort((a, b) => documentsWith(a) - documentsWith(b));
  const counted = [...ordered.slice(0, MAX_COUNTED_WORDS - (candidates.some((unit) => unit.prefix) ? 1 : 0)), ...candidates.filter((unit) => unit.prefix)];
  return { counted, letGo: units.filter((unit) => !counted.includes(unit)) };
}

/** A single word that counts only as itself (held as typed, not being typed): the ranking takes no typo of it. */
function isExact(unit: QueryUnit): boolean {
  return !unit.typos && !unit.prefix && unit.spellings.length === 1 && unit.spellings[0].length === 1 && !unit.query.startsWith('"');
}

/**
 * The query string: the counted words in order, then the exclusions; the last word is a prefix unless a space follows
 * it. The first word, which the `last` strategy never lets go, is quoted when exact, so Meilisearch matches it with no
 * typo either (its candidates all hold it as the ranking counts it, and its counts are the embedded index's); with
 * `everyExact` (counts with the `all` strategy, which lets no word go) every exact word is.
 */
export function toMeilisearchQuery(counted: QueryUnit[], excluded: string[], everyExact = false): string {
  const text = [...counted.map((unit, position) => ((position === 0 || everyExact) && isExact(unit) ? `"${unit.query}"` : unit.query)), ...excluded].join(' ');
  return excluded.length === 0 && counted.at(-1)?.prefix ? text : `${text} `;
}
