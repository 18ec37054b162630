// Snippets for results only the semantic side found (core/text/snippets.ts), and a paragraph read in context with
// the query's words marked.
import { highlightSnippet } from '../../core/text/highlight';
import { semanticSnippets, telling } from '../../core/text/snippets';
import { constraintsOf } from '../../indexer/stores/keyword/query-constraints';

export { semanticSnippets } from '../../core/text/snippets';

export function semanticSnippet(text: string, query: string): string {
  return semanticSnippets(query)(text);
}

/**
 * A paragraph read in context with the query's telling words marked all through it (escaped HTML, <mark> only), as a
 * result's snippet marks them: "cadets" marks "cadet", while stop words ("what", "the") and -words mark nothing. Null
 * when the query holds no word worth marking.
 */
export function paragraphMarker(query: string): ((text: string) => string) | null {
  const words = [...new Set(telling(constraintsOf(query).meaning))];
  if (words.length === 0) return null;
  return (text) => highlightSnippet(text, words, { maxWords: Number.MAX_SAFE_INTEGER });
}
