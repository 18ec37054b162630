// The keyword backends' snippets: core/text's highlighter, made lazily for each hit.
import { highlightSnippet } from '../../../core/text/highlight';
import type { KeywordHit } from './types';

export { DEFAULT_SNIPPET_WORDS, escapeHtml } from '../../../core/text/highlight';

/**
 * A hit whose snippet is made when it is first read. Hybrid search asks for a window of 200 candidates to
 * fuse and shows a page of ten; snippets for all of them were most of the time a search took.
 */
export function hitWithSnippet(id: string, score: number, coverage: number, text: string, matchTerms: readonly string[]): KeywordHit {
  let highlight: string | undefined;
  return {
    id,
    score,
    coverage,
    matchTerms,
    get highlight() {
      highlight ??= highlightSnippet(text, matchTerms);
      return highlight;
    },
  };
}
