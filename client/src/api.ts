// The page's only way to the server: typed calls to /api, with the server's error shape turned into ApiError.
import type { ChatMessage, ChatResponse, MeetingDetail, SearchResponse, TopicHistoryPage } from '../../server/api-types';

export type { MeetingDetail, MeetingItem } from '../../server/api-types';

export interface HealthResponse {
  status: string;
  counts: Record<string, number>;
  keyword: { backend: string; healthy?: boolean };
  semantic: { available: boolean; model: string };
  /** Whose minutes are held (the bodies with most meetings, and how many bodies in all) and the span of meeting dates. */
  coverage?: { bodies: { name: string; meetings: number }[]; bodyCount: number; firstDate: string | null; lastDate: string | null };
  /** Email alerts are off (with a notice saying why) when the server has no SMTP set up. */
  alerts?: { email: boolean; notice: string | null };
}

export type AlertFrequency = 'immediate' | 'daily' | 'weekly';

export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: string,
    readonly field: string | null,
  ) {
    super(message);
  }
}

interface ErrorBody {
  error?: { code?: string; message?: string; field?: string | null };
}

async function requestJson<T>(url: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(url, { ...init, headers: { accept: 'application/json', ...init.headers } });
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const error = (body as ErrorBody | null)?.error;
    throw new ApiError(
      error?.message ?? `the server answered ${response.status} ${response.statusText}`,
      response.status,
      error?.code ?? 'http_error',
      error?.field ?? null,
    );
  }
  if (body === null) throw new ApiError(`expected JSON from ${url}, got something else`, response.status, 'bad_response', null);
  return body as T;
}

export function search(params: URLSearchParams, signal?: AbortSignal): Promise<SearchResponse> {
  return requestJson<SearchResponse>(`/api/search?${params}`, { signal });
}

/** A page of a topic history: `limit`/`offset` page its discussed meetings, `passing=true` adds the in-passing ones. */
export function topics(params: URLSearchParams, signal?: AbortSignal): Promise<TopicHistoryPage> {
  return requestJson<TopicHistoryPage>(`/api/topics?${params}`, { signal });
}

export function chat(messages: ChatMessage[], signal?: AbortSignal): Promise<ChatResponse> {
  return requestJson<ChatResponse>('/api/chat', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ messages }),
    signal,
  });
}

/** The whole meeting; `query` (the search it was opened from) has its words marked in the paragraphs. */
export async function meeting(id: string, query: string, signal?: AbortSignal): Promise<MeetingDetail> {
  const marked = query.trim() ? `?${new URLSearchParams({ q: query })}` : '';
  const body = await requestJson<{ meeting: MeetingDetail }>(`/api/meetings/${encodeURIComponent(id)}${marked}`, { signal });
  return body.meeting;
}

/** Asks for email alerts on a search (its query string); the server emails a link to confirm. */
export function subscribe(request: { email: string; frequency: AlertFrequency; search: string }): Promise<{ status: string; message: string }> {
  return requestJson('/api/alerts', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(request) });
}

export function health(): Promise<HealthResponse> {
  return requestJson<HealthResponse>('/api/health');
}

export function describeFailure(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof TypeError) return 'the server could not be reached (check your connection, or try again in a moment)';
  return error instanceof Error ? error.message : String(error);
}

export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
