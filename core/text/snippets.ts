// A passage's snippet: about thirty words with the search's words marked (highlight.ts). A keyword match marks the
// keyword search's terms around its densest run of them; a passage found by meaning alone shows the sentence sharing
// most words with the query, its telling words marked, so every passage shows why it is there. Pure, shared by the
// server (search results) and the page (a topic history's passages, marked in the browser).
import { DEFAULT_SNIPPET_WORDS, highlightSnippet } from './highlight';
import { splitSentences } from './sentences';
import { isStopWord } from './stop-words';
import { tokenise } from './tokens';

/**
 * Words of three letters or more that are not stop words: "the", "and", "what" say nothing about a match, and marked
 * in a snippet found by meaning they make it look as if the passage matched on them.
 */
export function telling(text: string): string[] {
  return tokenise(text).filter((word) => word.length > 2 && !isStopWord(word));
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

/** What marks a set of passages: the keyword search's terms, and the query without its -words for those found by meaning alone. */
export interface SnippetMarks {
  terms: readonly string[];
  meaning: string;
}

/** The snippets of one search's passages: `byWords` when keyword search found the passage. */
export function passageSnippets(marks: SnippetMarks): (text: string, byWords: boolean) => string {
  const byMeaning = semanticSnippets(marks.meaning);
  return (text, byWords) => (byWords ? highlightSnippet(text, marks.terms) : byMeaning(text));
}
