// Filter values written as hidden tokens in their own FTS5 column, so that a filter is an
// intersection of doclists inside FTS5 instead of a lookup per matching row. Pure.
import { createHash } from 'node:crypto';
import type { Chunk } from '../../../../core/types';
import type { SearchFilters } from '../../../../core/search-types';

/** The FTS5 column holding the tokens; user queries are restricted to the other columns. */
export const FILTER_TOKEN_COLUMN = 'filter_tokens';

export type FilteredFields = Pick<Chunk, 'body' | 'year' | 'speaker' | 'kind' | 'isDecision' | 'documentId' | 'meetingId' | 'itemTitle'>;

const hashedValues = new Map<string, string>();

/** A token for a free-text value: a field letter and 52 bits of its SHA-1 in decimal (digits pass every tokenizer unchanged). */
function valueToken(field: string, value: string): string {
  const key = `${field}\u0000${value}`;
  let token = hashedValues.get(key);
  if (!token) {
    token = `z${field}${Number.parseInt(createHash('sha1').update(value).digest('hex').slice(0, 13), 16)}`;
    hashedValues.set(key, token);
  }
  return token;
}

const TOKENS = {
  body: (body: string) => valueToken('b', body),
  speaker: (speaker: string) => valueToken('s', speaker),
  document: (documentId: string) => valueToken('d', documentId),
  meeting: (meetingId: string) => valueToken('m', meetingId),
  itemTitle: (itemTitle: string) => valueToken('t', itemTitle),
  year: (year: number) => `zy${Math.trunc(year)}`,
  kind: (kind: string) => valueToken('k', kind),
  decision: 'zdecision1',
  /** On every row: what an open-ended date range (only `from` or only `to`) narrows to. */
  everyRow: 'zrow1',
};

/** The tokens written for one chunk, space-separated. */
export function filterTokensOf(chunk: FilteredFields): string {
  const tokens = [TOKENS.everyRow, TOKENS.kind(chunk.kind), TOKENS.document(chunk.documentId), TOKENS.meeting(chunk.meetingId), TOKENS.itemTitle(chunk.itemTitle)];
  if (chunk.body) tokens.push(TOKENS.body(chunk.body));
  if (chunk.speaker) tokens.push(TOKENS.speaker(chunk.speaker));
  if (chunk.year !== null) tokens.push(TOKENS.year(chunk.year));
  if (chunk.isDecision) tokens.push(TOKENS.decision);
  return tokens.join(' ');
}

function yearOf(isoDate: string): number {
  return Number(isoDate.slice(0, 4));
}

/** Every year a from/to range touches (at most a century, beyond which the year tokens would not narrow anything useful). */
function yearsInRange(filters: SearchFilters): number[] | undefined {
  if (!filters.from || !filters.to) return undefined;
  const first = yearOf(filters.from);
  const last = yearOf(filters.to);
  if (!Number.isInteger(first) || !Number.isInteger(last) || last < first || last - first > 100) return undefined;
  return Array.from({ length: last - first + 1 }, (_, offset) => first + offset);
}

/**
 * The FTS5 expression (on the filter-token column) for the filters, or null when none apply. Date
 * ranges only narrow to the years they touch here; the exact bounds are checked on the rows (`needsDateCheck`).
 */
export function filterTokenExpression(filters: SearchFilters = {}): string | null {
  const groups: string[][] = [];
  const anyOf = (tokens: string[] | undefined) => {
    if (tokens) groups.push(tokens);
  };
  anyOf(filters.body?.length ? filters.body.map(TOKENS.body) : undefined);
  anyOf(filters.speaker?.length ? filters.speaker.map(TOKENS.speaker) : undefined);
  anyOf(filters.year?.length ? filters.year.map(TOKENS.year) : undefined);
  anyOf(yearsInRange(filters)?.map(TOKENS.year));
  anyOf(filters.documentId === undefined ? undefined : [TOKENS.document(filters.documentId)]);
  anyOf(filters.meetingId === undefined ? undefined : [TOKENS.meeting(filters.meetingId)]);
  anyOf(filters.kind === undefined ? undefined : [TOKENS.kind(filters.kind)]);
  anyOf(filters.decisionsOnly ? [TOKENS.decision] : undefined);
  if (groups.length === 0) return needsDateCheck(filters) ? `{${FILTER_TOKEN_COLUMN}} : ${TOKENS.everyRow}` : null;
  const written = groups.map((tokens) => (tokens.length === 1 ? tokens[0] : `(${tokens.join(' OR ')})`));
  return `{${FILTER_TOKEN_COLUMN}} : (${written.join(' AND ')})`;
}

/** Chunks under any of these item titles (an FTS5 expression on the filter-token column); null for none. */
export function itemTitleExpression(itemTitles: string[]): string | null {
  return itemTitles.length === 0 ? null : `{${FILTER_TOKEN_COLUMN}} : (${itemTitles.map(TOKENS.itemTitle).join(' OR ')})`;
}

export function needsDateCheck(filters: SearchFilters = {}): boolean {
  return Boolean(filters.from || filters.to);
}
