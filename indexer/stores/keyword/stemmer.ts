// The stemmer of the embedded index (SQLite FTS5's `porter` tokenizer, the original Porter algorithm), callable word
// by word, so the Meilisearch backend indexes and queries the very same stems and both backends agree on what a word is.
import Database from 'better-sqlite3';
import { tokenise } from '../../../core/text/tokens';

/** The embedded index's tokenizer: Porter stems of unicode61 words, accents removed. */
export const FTS_TOKENIZER = 'porter unicode61 remove_diacritics 2';

/** Distinct words remembered; past it the memory starts again (a corpus of 100k paragraphs holds about 60k). */
const MAX_REMEMBERED_WORDS = 500_000;

export interface Stemmer {
  /** The stem of one normalised word (as `tokenise` gives it). */
  stem(word: string): string;
  /** The stems of many words, in order: the words not met before are stemmed together. */
  stemWords(words: string[]): string[];
  /** The stems of a text's words, in order, one space apart. */
  stemText(text: string): string;
  close(): void;
}

/**
 * Words are stemmed by FTS5 itself: unknown words go in as one row of an in-memory table, and the `instance`
 * vocabulary gives each position's stem. Each distinct word is asked once.
 */
export function createStemmer(): Stemmer {
  const database = new Database(':memory:');
  database.exec(`CREATE VIRTUAL TABLE words USING fts5(word, tokenize='${FTS_TOKENIZER}');
                 CREATE VIRTUAL TABLE stems USING fts5vocab(words, instance);`);
  const insert = database.prepare('INSERT INTO words (rowid, word) VALUES (1, ?)');
  const read = database.prepare<[], { term: string; offset: number }>('SELECT term, offset FROM stems WHERE doc = 1 ORDER BY offset');
  const clear = database.prepare('DELETE FROM words');
  const stems = new Map<string, string>();

  const learn = database.transaction((words: string[]) => {
    insert.run(words.join(' '));
    const rows = read.all();
    clear.run();
    // tokenise() splits as unicode61 does, so each word is one token; a word that is not is kept as it is.
    if (rows.length !== words.length) return words.forEach((word) => stems.set(word, word));
    rows.forEach((row, position) => stems.set(words[position], row.term));
  });

  function stemAll(words: string[]): string[] {
    const unknown = [...new Set(words.filter((word) => !stems.has(word)))];
    if (unknown.length > 0) {
      if (stems.size + unknown.length > MAX_REMEMBERED_WORDS) stems.clear();
      learn(unknown);
    }
    return words.map((word) => stems.get(word) ?? word);
  }

  return {
    stem: (word) => stems.get(word) ?? stemAll([word])[0],
    stemWords: stemAll,
    stemText: (text) => stemAll(tokenise(text)).join(' '),
    close: () => database.close(),
  };
}
