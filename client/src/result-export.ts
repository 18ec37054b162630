// Export of a search as CSV or JSON: every result it finds, read page by page on the press (the page shows twenty at a
// time, and "Export CSV" under "89 results" gave a file of twenty), up to what the API pages through.
import type { SearchResult } from '../../server/api-types';
import * as api from './api';
import { plural } from './dom';
import { download, exportFileName, resultsToCsv, resultsToJson } from './export';
import type { PageContext, ShownSearch } from './page';
import { searchParamsOf } from './state';
import { reportFailure, whileBusy } from './topic-requests';

/** Most results an export holds: the API reads no further than offset 1,000 (server/validation.ts, MAX_OFFSET). */
export const EXPORT_LIMIT = 1000;
/** Results per request while gathering an export: the API's largest page (MAX_LIMIT). */
const EXPORT_PAGE = 100;

/** The results shown, then the rest of the search's pages, each result once, up to EXPORT_LIMIT. */
async function everyResult(shown: ShownSearch): Promise<SearchResult[]> {
  const results = [...shown.results];
  const held = new Set(results.map((result) => result.id));
  for (let offset = shown.nextOffset; offset < shown.response.total && results.length < EXPORT_LIMIT; offset += EXPORT_PAGE) {
    const params = searchParamsOf(shown.state);
    params.set('limit', String(EXPORT_PAGE));
    params.set('offset', String(offset));
    const { results: page } = await api.search(params);
    if (page.length === 0) break;
    results.push(...page.filter((result) => !held.has(result.id)));
    page.forEach((result) => held.add(result.id));
  }
  return results.slice(0, EXPORT_LIMIT);
}

export function exportResults({ page, session }: PageContext, format: 'csv' | 'json'): void {
  const shown = session.shown;
  if (!shown) return;
  const { state, response } = shown;
  const button = format === 'csv' ? page.exportCsv : page.exportJson;
  void whileBusy(button.parentElement ?? button, async () => {
    page.status.textContent = `Gathering ${plural(Math.min(response.total, EXPORT_LIMIT), 'result')} for the export…`;
    try {
      const results = await everyResult(shown);
      const fileName = exportFileName(state.q, format);
      if (format === 'csv') download(fileName, 'text/csv;charset=utf-8', resultsToCsv(results, location.origin));
      else download(fileName, 'application/json', resultsToJson(results, state, response.total, location.origin));
      const cut = results.length < response.total ? ` (the first ${results.length.toLocaleString('en-GB')} of ${response.totalIsEstimate ? 'about ' : ''}${response.total.toLocaleString('en-GB')})` : '';
      page.status.textContent = `Exported ${plural(results.length, 'result')}${cut} as ${fileName}.`;
    } catch (error) {
      page.status.textContent = '';
      reportFailure(page.status, 'The export failed', error);
    }
  }, button);
}
