// Request schemas: every query string and JSON body is checked here, at the edge, with errors naming the field.
import { z } from 'zod';
import { ERROR_CODES, InputError } from '../core/errors';
import type { SearchFilters } from '../core/search-types';
import type { ChatMessage, SearchParams } from './api-types';
import type { TopicParams } from './topics/service';
import { DEFAULT_TOPIC_PAGING, MAX_TOPIC_MEETINGS, type TopicPaging } from './topics/page';
import { FREQUENCIES, type Frequency } from './alerts/subscriptions';

export const MAX_QUERY_LENGTH = 1000;
export const MAX_LIMIT = 100;
export const MAX_OFFSET = 1000;
export const MAX_CHAT_MESSAGES = 50;
export const MAX_MESSAGE_LENGTH = 2000;
/**
 * The largest JSON body the chat schema can accept, so no valid conversation meets a 413: every character may
 * take six bytes escaped (\uXXXX), plus each message's keys and the filters (at most 50 values of 200 characters).
 */
export const MAX_CHAT_BODY_BYTES = MAX_CHAT_MESSAGES * (MAX_MESSAGE_LENGTH * 6 + 64) + 4 * 50 * 200 * 6 + 1024;

export const MAX_FILTER_VALUES = 50;

// Date.parse rolls 2023-02-31 over to March 3rd: a real date is one that reads back the same.
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
  }, 'not a real calendar date');

/** Query strings repeat a key for several values (?body=A&body=B): names may contain commas. */
const textList = z
  .union([z.string(), z.array(z.string())])
  .transform((value) => (Array.isArray(value) ? value : [value]).map((part) => part.trim()).filter((part) => part !== ''))
  .pipe(z.array(z.string().max(200, 'at most 200 characters')).max(MAX_FILTER_VALUES, `at most ${MAX_FILTER_VALUES} values`));
/** Years may also be listed with commas (?year=2017,2018); the limit counts the years, however they were listed. */
const yearList = textList
  .transform((values) => values.flatMap((value) => value.split(',')).map((value) => value.trim()))
  .pipe(z.array(z.string().regex(/^\d{4}$/, 'expected a four-digit year').transform(Number)).max(MAX_FILTER_VALUES, `at most ${MAX_FILTER_VALUES} years`));
const booleanFlag = z.enum(['true', 'false', '1', '0']).transform((value) => value === 'true' || value === '1');

/**
 * A parameter that takes one value: given twice (?q=a&q=b) it is refused rather than one of them silently chosen.
 * Express's query parser gives repeated keys as an array.
 */
function once<T extends z.ZodTypeAny>(schema: T) {
  return z.preprocess((value, context) => {
    if (Array.isArray(value)) {
      context.addIssue({ code: 'custom', message: 'given more than once; expected one value' });
      return z.NEVER;
    }
    return value;
  }, schema);
}

const filterFields = {
  body: textList.optional(),
  from: once(isoDate.optional()),
  to: once(isoDate.optional()),
  year: yearList.optional(),
  speaker: textList.optional(),
  decisions: once(booleanFlag.optional()),
  meeting: once(z.string().max(200).optional()),
  document: once(z.string().max(200).optional()),
  kind: once(z.enum(['paragraph', 'item']).optional()),
};

// Strict: an unknown key (a typo, or a bracketed `q[]` that the parser keeps as its own key) is refused with its
// name instead of being dropped, which turned `q[]=a` into an empty query.
const searchQuerySchema = z.strictObject({
  q: once(z.string().max(MAX_QUERY_LENGTH, `at most ${MAX_QUERY_LENGTH} characters`).default('')),
  mode: once(z.enum(['hybrid', 'keyword', 'semantic']).default('hybrid')),
  sort: once(z.enum(['relevance', 'newest', 'oldest']).default('relevance')),
  limit: once(z.coerce.number().int().min(1).max(MAX_LIMIT).default(10)),
  offset: once(z.coerce.number().int().min(0).max(MAX_OFFSET).default(0)),
  ...filterFields,
});

/** A count of meetings: digits only (z.coerce would read `limit=` as 0), at most MAX_TOPIC_MEETINGS. */
const meetingCount = z
  .string()
  .regex(/^\d{1,6}$/, 'expected a whole number of meetings')
  .transform(Number)
  .pipe(z.number().max(MAX_TOPIC_MEETINGS, `at most ${MAX_TOPIC_MEETINGS} meetings`));

const topicsQuerySchema = z.strictObject({
  q: once(z.string().trim().min(1, 'a subject to follow is required').max(MAX_QUERY_LENGTH, `at most ${MAX_QUERY_LENGTH} characters`)),
  mode: once(z.enum(['hybrid', 'keyword', 'semantic']).default('hybrid')),
  limit: once(meetingCount.optional()),
  offset: once(meetingCount.optional()),
  passing: once(booleanFlag.optional()),
  ...filterFields,
});

const meetingsQuerySchema = z.strictObject({
  body: filterFields.body,
  from: filterFields.from,
  to: filterFields.to,
  year: filterFields.year,
  limit: once(z.coerce.number().int().min(1).max(MAX_LIMIT).default(50)),
  offset: once(z.coerce.number().int().min(0).max(100_000).default(0)),
});

const filtersBodySchema = z
  .object({
    body: z.array(z.string().max(200)).max(50).optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
    year: z.array(z.number().int().min(1800).max(2200)).max(MAX_FILTER_VALUES).optional(),
    speaker: z.array(z.string().max(200)).max(50).optional(),
    decisionsOnly: z.boolean().optional(),
    meetingId: z.string().max(200).optional(),
    documentId: z.string().max(200).optional(),
  })
  // The chat's filters are core's SearchFilters, checked at compile time so the two cannot drift apart.
  .strict() satisfies z.ZodType<SearchFilters>;

const chatBodySchema = z
  .object({
    messages: z
      .array(
        z
          .object({
            role: z.enum(['user', 'assistant']),
            content: z.string().max(MAX_MESSAGE_LENGTH, `at most ${MAX_MESSAGE_LENGTH} characters`),
          })
          .strict(),
      )
      .min(1, 'at least one message')
      .max(MAX_CHAT_MESSAGES, `at most ${MAX_CHAT_MESSAGES} messages`)
      .refine((messages) => messages.at(-1)?.role === 'user', 'the last message must be from the user')
      .refine((messages) => (messages.at(-1)?.content.trim() ?? '') !== '', 'the last message is empty'),
    filters: filtersBodySchema.optional(),
  })
  .strict();

function parseOrThrow<T extends z.ZodTypeAny>(schema: T, input: unknown): z.infer<T> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const unknownKey = issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined;
  const field = unknownKey ?? (issue.path.map(String).join('.') || 'body');
  const message = unknownKey === undefined ? issue.message : 'not a parameter this route takes (each is given once, without brackets)';
  throw new InputError(ERROR_CODES.INVALID_REQUEST, `${field}: ${message}`, { field });
}

function toFilters(query: {
  body?: string[];
  from?: string;
  to?: string;
  year?: number[];
  speaker?: string[];
  decisions?: boolean;
  meeting?: string;
  document?: string;
  kind?: 'paragraph' | 'item';
}): SearchFilters {
  if (query.from && query.to && query.from > query.to) {
    throw new InputError(ERROR_CODES.INVALID_REQUEST, `from: ${query.from} is after to: ${query.to}`, { field: 'from' });
  }
  return {
    ...(query.body?.length ? { body: query.body } : {}),
    ...(query.from ? { from: query.from } : {}),
    ...(query.to ? { to: query.to } : {}),
    ...(query.year?.length ? { year: query.year } : {}),
    ...(query.speaker?.length ? { speaker: query.speaker } : {}),
    ...(query.decisions ? { decisionsOnly: true } : {}),
    ...(query.meeting ? { meetingId: query.meeting } : {}),
    ...(query.document ? { documentId: query.document } : {}),
    ...(query.kind ? { kind: query.kind } : {}),
  };
}

export function parseSearchQuery(query: unknown): SearchParams {
  const parsed = parseOrThrow(searchQuerySchema, query);
  return {
    q: parsed.q,
    mode: parsed.mode,
    sort: parsed.sort,
    limit: parsed.limit,
    offset: parsed.offset,
    filters: toFilters(parsed),
  };
}

/** The subject and filters the whole history is worked out for, and the page of it to send. */
export function parseTopicsQuery(query: unknown): TopicParams & { paging: TopicPaging } {
  const parsed = parseOrThrow(topicsQuerySchema, query);
  const paging = {
    limit: parsed.limit ?? DEFAULT_TOPIC_PAGING.limit,
    offset: parsed.offset ?? DEFAULT_TOPIC_PAGING.offset,
    passing: parsed.passing ?? DEFAULT_TOPIC_PAGING.passing,
  };
  return { q: parsed.q, mode: parsed.mode, filters: toFilters(parsed), paging };
}

export function parseMeetingsQuery(query: unknown) {
  return parseOrThrow(meetingsQuerySchema, query);
}

const meetingQuerySchema = z.strictObject({
  /** The search the meeting was opened from: its words are marked in the paragraphs. */
  q: once(z.string().max(MAX_QUERY_LENGTH, `at most ${MAX_QUERY_LENGTH} characters`).default('')),
});

export function parseMeetingQuery(query: unknown): { q: string } {
  return parseOrThrow(meetingQuerySchema, query);
}

export function parseChatBody(body: unknown): { messages: ChatMessage[]; filters: SearchFilters } {
  const parsed = parseOrThrow(chatBodySchema, body ?? {});
  return { messages: parsed.messages, filters: parsed.filters ?? {} };
}

const identifier = z.string().min(1).max(200).regex(/^[A-Za-z0-9_-]+$/, 'expected letters, digits, - or _');

export function parseIdentifier(value: unknown, field: string): string {
  return parseOrThrow(z.object({ [field]: identifier }), { [field]: value })[field] as string;
}

const subscribeBodySchema = z.strictObject({
  email: z.email('expected an email address').max(254, 'at most 254 characters'),
  frequency: z.enum(FREQUENCIES).default('immediate'),
  /** The search as the page's address holds it (`q=…&mode=…&body=…`), checked like /api/search's parameters. */
  search: z.string().max(MAX_QUERY_LENGTH * 4, 'the search is too long'),
});

export function parseSubscribeBody(body: unknown): { email: string; frequency: Frequency; search: string } {
  return parseOrThrow(subscribeBodySchema, body ?? {});
}

/** A confirm or unsubscribe token as we make them (32 random bytes, base64url); anything else is no token of ours. */
export function isAlertToken(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Za-z0-9_-]{43}$/.test(value);
}
