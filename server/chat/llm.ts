// Optional rewrite of the extractive answer by an OpenAI-compatible chat endpoint, grounded only on the
// cited passages. Any failure rejects, so the caller keeps the extractive answer.
import { ERROR_CODES, ServiceError, describeError, type ErrorCode } from '../../core/errors';
import type { Citation } from '../api-types';
import { formatDate } from './phrasing';

export interface LlmSettings {
  /** Base address: "http://host:port", ".../v1" or the full ".../chat/completions". */
  url: string;
  model: string;
  apiKey?: string;
}

export const DEFAULT_LLM_TIMEOUT_MS = 15_000;

const SYSTEM_PROMPT = [
  'You answer questions about the minutes of public meetings.',
  'Answer ONLY from the numbered passages you are given; never add facts, names, numbers or dates that are not in them.',
  'Keep the citation markers: after each sentence put the [n] of the passage it comes from, and use no other numbers in brackets.',
  'If the passages do not answer the question, say so.',
  'Write plain text in a few sentences: no HTML, no Markdown, no lists.',
].join(' ');

/**
 * Where to POST: a URL ending in /chat/completions is used as given; one ending in a version segment
 * (/v1) gets /chat/completions added; any other base gets /v1/chat/completions.
 */
export function completionsEndpoint(url: string): string {
  const base = url.replace(/\/+$/, '');
  if (/\/chat\/completions$/.test(base)) return base;
  return /\/v\d+$/.test(base) ? `${base}/chat/completions` : `${base}/v1/chat/completions`;
}

function describePassage(citation: Citation): string {
  const { body, date } = citation.meeting;
  const where = [body ?? 'meeting', date ? formatDate(date) : 'undated', `item: ${citation.item.title}`];
  if (citation.speaker) where.push(`speaker: ${citation.speaker}`);
  return `[${citation.n}] (${where.join('; ')})\n${citation.text}`;
}

function failure(code: ErrorCode, message: string, endpoint: string, cause?: unknown): ServiceError {
  return new ServiceError(code, message, { backend: 'llm', url: endpoint }, cause === undefined ? undefined : { cause });
}

/** The reply's text, checked to cite only passages that exist and to cite at least one. */
function groundedReply(body: unknown, citations: Citation[], endpoint: string): string {
  const content = (body as { choices?: { message?: { content?: unknown } }[] } | null)?.choices?.[0]?.message?.content;
  if (typeof content !== 'string' || content.trim() === '') {
    throw failure(ERROR_CODES.BACKEND_TASK_FAILED, 'expected choices[0].message.content to be text, got none', endpoint);
  }
  const known = new Set(citations.map((citation) => citation.n));
  const cited = [...content.matchAll(/\[(\d+)\]/g)].map((match) => Number(match[1]));
  const unknown = cited.filter((n) => !known.has(n));
  if (unknown.length > 0) {
    throw failure(ERROR_CODES.BACKEND_TASK_FAILED, `the rewrite cites [${unknown.join('], [')}], expected only [1] to [${citations.length}]`, endpoint);
  }
  if (cited.length === 0) throw failure(ERROR_CODES.BACKEND_TASK_FAILED, 'the rewrite cites no passage, expected [n] markers', endpoint);
  return content.trim();
}

/**
 * Asks the model to rewrite the draft from the cited passages only. With no citations there is nothing
 * to ground a rewrite on, so the draft comes back unchanged without a request.
 */
export async function rewriteWithLlm(
  settings: LlmSettings,
  question: string,
  draft: { answer: string; citations: Citation[] },
  fetchImpl: typeof fetch = fetch,
  timeoutMs = DEFAULT_LLM_TIMEOUT_MS,
): Promise<string> {
  if (draft.citations.length === 0) return draft.answer;
  const endpoint = completionsEndpoint(settings.url);
  const passages = draft.citations.map(describePassage).join('\n\n');
  const request = {
    model: settings.model,
    temperature: 0,
    messages: [
      { role: 'system', content: SYSTEM_PROMPT },
      { role: 'user', content: `Question: ${question}\n\nPassages:\n${passages}\n\nDraft answer:\n${draft.answer}\n\nRewrite the draft as a clear answer to the question.` },
    ],
  };
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (settings.apiKey) headers.authorization = `Bearer ${settings.apiKey}`;

  let body: unknown;
  try {
    const response = await fetchImpl(endpoint, { method: 'POST', headers, body: JSON.stringify(request), signal: AbortSignal.timeout(timeoutMs) });
    if (!response.ok) {
      throw failure(ERROR_CODES.BACKEND_UNAVAILABLE, `expected HTTP 200 from the language model, got ${response.status}`, endpoint);
    }
    body = await response.json();
  } catch (error) {
    if (error instanceof ServiceError) throw error;
    // Not `instanceof Error`: the abort reason is a DOMException, which may come from another realm.
    const timedOut = (error as { name?: unknown } | null)?.name === 'TimeoutError';
    const message = timedOut ? `the language model did not answer within ${timeoutMs} ms` : `the language model could not be reached or sent malformed JSON: ${describeError(error)}`;
    throw failure(ERROR_CODES.BACKEND_UNAVAILABLE, message, endpoint, error);
  }
  return groundedReply(body, draft.citations, endpoint);
}
