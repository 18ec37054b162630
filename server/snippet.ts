// Snippets for results only the semantic side found: the sentence that shares most words with the query,
// escaped, with any query words marked, so every result shows why it is there.
import { highlightSnippet } from '../indexer/stores/keyword/highlight';

export const DEFAULT_SNIPPET_WORDS = 30;

const WORD = /[\p{L}\p{N}]+/gu;

function words(text: string): string[] {
  return (text.toLowerCase().match(WORD) ?? []).filter((word) => word.length > 2);
}

function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.!?])\s+(?=[A-Z0-9“"‘'(])/u).filter((sentence) => sentence.trim() !== '');
}

export function semanticSnippet(text: string, query: string): string {
  const queryWords = new Set(words(query));
  let best = text;
  let bestOverlap = -1;
  for (const sentence of sentencesOf(text)) {
    const overlap = words(sentence).filter((word) => queryWords.has(word)).length;
    if (overlap > bestOverlap) {
      best = sentence;
      bestOverlap = overlap;
    }
  }
  return highlightSnippet(best, [...queryWords], { maxWords: DEFAULT_SNIPPET_WORDS });
}
