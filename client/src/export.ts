// Export of the results on screen as CSV or JSON, each row with a permalink to the paragraph in context.
import type { SearchResult } from '../../server/api-types';
import { anchorOf, meetingHref } from './routes';
import { searchParamsOf, type SearchState } from './state';

const CSV_COLUMNS = [
  'rank',
  'meeting_date',
  'body',
  'meeting_title',
  'item_number',
  'item_title',
  'paragraph',
  'speaker',
  'decision',
  'score',
  'text',
  'link',
  'source_url',
] as const;

// Spreadsheet programs run cells that start with these as formulas (OWASP "CSV injection").
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | boolean | null): string {
  if (value === null) return '';
  const text = String(value);
  const safe = typeof value === 'string' && FORMULA_START.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

function contextLink(result: SearchResult, origin: string): string {
  return origin + meetingHref(result.meeting.id, anchorOf(result.item.id, result.paragraphIndex), null);
}

export function resultsToCsv(results: SearchResult[], origin: string): string {
  const rows = results.map((result, index) =>
    [
      index + 1,
      result.meeting.date,
      result.meeting.body,
      result.meeting.title,
      result.item.number,
      result.item.title,
      result.paragraph,
      result.speaker,
      result.decision,
      result.score,
      result.text,
      contextLink(result, origin),
      result.meeting.source.url,
    ]
      .map(csvCell)
      .join(','),
  );
  return [CSV_COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}

export function resultsToJson(results: SearchResult[], state: SearchState, total: number, origin: string): string {
  const params = searchParamsOf(state);
  const search = Object.fromEntries([...new Set(params.keys())].map((key) => [key, params.getAll(key)]));
  return JSON.stringify(
    {
      search,
      exportedAt: new Date().toISOString(),
      total,
      results: results.map((result) => ({ ...result, link: contextLink(result, origin) })),
    },
    null,
    2,
  );
}

export function exportFileName(query: string, extension: 'csv' | 'json' | 'md'): string {
  const slug = query.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 40) || 'results';
  return `minutes-search-${slug}.${extension}`;
}

export function download(fileName: string, type: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by now; revoking later keeps slow browsers from losing the blob.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
