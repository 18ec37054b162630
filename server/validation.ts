// Request schemas: every query string and JSON body is checked here, at the edge, with errors naming the field.
import { z } from 'zod';
import { ERROR_CODES, InputError } from '../core/errors';
import type { SearchFilters } from '../indexer/stores/keyword/types';
import type { ChatMessage, SearchParams } from './types';

export const MAX_QUERY_LENGTH = 1000;
export const MAX_LIMIT = 100;
export const MAX_OFFSET = 1000;
export const MAX_CHAT_MESSAGES = 50;
export const MAX_MESSAGE_LENGTH = 2000;

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine((value) => !Number.isNaN(Date.parse(value)), 'not a real date');

/** Query strings repeat a key for several values (?body=A&body=B): names may contain commas. */
const textList = z
  .union([z.string(), z.array(z.string())])
  .transform((value) => (Array.isArray(value) ? value : [value]).map((part) => part.trim()).filter((part) => part !== ''))
  .pipe(z.array(z.string().max(200, 'at most 200 characters')).max(50, 'at most 50 values'));
/** Years may also be listed with commas (?year=2017,2018). */
const yearList = textList.transform((values) => values.flatMap((value) => value.split(',')).map((value) => value.trim())).pipe(z.array(z.string().regex(/^\d{4}$/, "expected a four-digit year").transform(Number)));
const booleanFlag = z.enum(['true', 'false', '1', '0']).transform((value) => value === 'true' || value === '1');

const filterFields = {
  body: textList.optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  year: yearList.optional(),
  speaker: textList.optional(),
  decisions: booleanFlag.optional(),
  meeting: z.string().max(200).optional(),
  document: z.string().max(200).optional(),
  kind: z.enum(['paragraph', 'item']).optional(),
};

const searchQuerySchema = z.object({
  q: z.string().max(MAX_QUERY_LENGTH, `at most ${MAX_QUERY_LENGTH} characters`).default(''),
  mode: z.enum(['hybrid', 'keyword', 'semantic']).default('hybrid'),
  sort: z.enum(['relevance', 'newest', 'oldest']).default('relevance'),
  limit: z.coerce.number().int().min(1).max(MAX_LIMIT).default(10),
  offset: z.coerce.number().int().min(0).max(MAX_OFFSET).default(0),
  ...filterFields,
});

const meetingsQuerySchema = z.object({
  body: filterFields.body,
  from: filterFields.from,
  to: filterFields.to,
  year: filterFields.year,
  limit: z.coerce.number().int().min(1).max(MAX_LIMIT).default(50),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});

const filtersBodySchema = z
  .object({
    body: z.array(z.string().max(200)).max(50).optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
    year: z.array(z.number().int().min(1800).max(2200)).max(50).optional(),
    speaker: z.array(z.string().max(200)).max(50).optional(),
    decisionsOnly: z.boolean().optional(),
    meetingId: z.string().max(200).optional(),
    documentId: z.string().max(200).optional(),
  })
  .strict();

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
  const field = issue.path.map(String).join('.') || 'body';
  throw new InputError(ERROR_CODES.INVALID_REQUEST, `${field}: ${issue.message}`, { field });
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

export function parseMeetingsQuery(query: unknown) {
  return parseOrThrow(meetingsQuerySchema, query);
}

export function parseChatBody(body: unknown): { messages: ChatMessage[]; filters: SearchFilters } {
  const parsed = parseOrThrow(chatBodySchema, body ?? {});
  return { messages: parsed.messages, filters: parsed.filters ?? {} };
}

const identifier = z.string().min(1).max(200).regex(/^[A-Za-z0-9_-]+$/, 'expected letters, digits, - or _');

export function parseIdentifier(value: unknown, field: string): string {
  return parseOrThrow(z.object({ [field]: identifier }), { [field]: value })[field] as string;
}
