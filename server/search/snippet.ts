// Snippets for results only the semantic side found: the sentence that shares most words with the query,
// escaped, with any query words marked, so every result shows why it is there.
import { DEFAULT_SNIPPET_WORDS, highlightSnippet } from '../../core/text/highlight';
import { constraintsOf } from '../../indexer/stores/keyword/query-constraints';
import { splitSentences } from '../../core/text/sentences';
import { isStopWord } from '../../core/text/stop-words';
import { tokenise } from '../../core/text/tokens';

/**
 * Words of three letters or more that are not stop words: "the", "and", "what" say nothing about a match, and marked
 * in a snippet found by meaning they make it look as if the passage matched on them.
 */
function telling(text: string): string[] {
  return tokenise(text).filter((word) => word.length > 2 && !isStopWord(word));
}

export function semanticSnippet(text: string, query: string): string {
  return semanticSnippets(query)(text);
}

/**
 * One query's snippets: its words read once and shared by every snippet, so the highlighter judges each word once
 * for all of them (a topic history makes dozens).
 */
export function semanticSnippets(query: string): (text: string) => string {
  const queryWords = new Set(telling(query));
  const markedWords = [...queryWords];
  return (text) => {
    let best = text;
    let bestOverlap = -1;
    for (const sentence of splitSentences(text)) {
      const overlap = telling(sentence).filter((word) => queryWords.has(word)).length;
      if (overlap > bestOverlap) {
        best = sentence;
        bestOverlap = overlap;
      }
    }
    return highlightSnippet(best, markedWords, { maxWords: DEFAULT_SNIPPET_WORDS });
  };
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
