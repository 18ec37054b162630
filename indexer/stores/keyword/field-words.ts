// A field's words as small integers, read once per distinct text and kept: scoring a query is then a pass over
// integers, each checked against a mark set for the few words that can match the query's terms (each stem, bare or
// with one ending: wordsSharingAStem), instead of a reading of every character of every candidate.
import { wordsSharingAStem } from '../../../core/text/stem';
import { tokenise } from '../../../core/text/tokens';
import { createTermMatcher, type FieldMatches, type TermMatcher } from './term-matching';

/**
 * Distinct texts whose words are kept, each with its text (about 0.6 kB for a paragraph: ~40 MB at the bound, many
 * times the candidates of one search; at a million paragraphs the 183 queries of bench/keyword-mix.ts score 29,000
 * chunks, and a bound below that had every round read them all again); past it they start again.
 */
const MAX_REMEMBERED_TEXTS = 60_000;
/** Distinct words numbered; past it the numbering (and every text's ids) starts again. */
const MAX_WORDS = 1_000_000;

export class FieldWords {
  private ids = new Map<string, number>();
  /** Each number's word. */
  private words: string[] = [];
  /** Times the numbering started again. */
  private restarts = 0;
  private texts = new Map<string, Uint32Array>();
  /** `marks[id] === stamp`: the word may match the current query's terms (`matched` says which). */
  private marks = new Uint32Array(1024);
  private stamp = 0;
  private matched = new Map<number, ReadonlySet<string>>();
  private matchTerm: TermMatcher = () => undefined;

  /** The terms the marks were set for, and their reader: a search scores each relaxation level with the same terms. */
  private marked: { matchTerms: readonly string[]; reader: (text: string) => FieldMatches } | null = null;

  /** Prepares for one query's terms and returns the reader of its candidates' fields (one query at a time). */
  readerFor(matchTerms: readonly string[]): (text: string) => FieldMatches {
    if (this.marked?.matchTerms === matchTerms) return this.marked.reader;
    this.stamp += 1;
    this.matched = new Map();
    this.matchTerm = createTermMatcher(matchTerms);
    for (const term of matchTerms) {
      for (const word of wordsSharingAStem(term)) {
        const id = this.ids.get(word);
        if (id !== undefined) this.judge(id, word);
      }
    }
    const reader = (text: string) => this.matchesIn(text);
    this.marked = { matchTerms, reader };
    return reader;
  }

  private matchesIn(text: string): FieldMatches {
    const words = this.wordsOf(text);
    const found: FieldMatches = { length: words.length, positions: [], terms: [] };
    const { marks, stamp } = this;
    for (let position = 0; position < words.length; position += 1) {
      if (marks[words[position]] !== stamp) continue;
      found.positions.push(position);
      found.terms.push(this.matched.get(words[position]) as ReadonlySet<string>);
    }
    return found;
  }

  /** A text's words as numbers (kept for the text). */
  wordsOf(text: string): Uint32Array {
    let words = this.texts.get(text);
    if (!words) {
      if (this.texts.size >= MAX_REMEMBERED_TEXTS) this.texts.clear();
      if (this.ids.size >= MAX_WORDS) this.startNumberingAgain();
      words = Uint32Array.from(tokenise(text), (word) => this.idOf(word));
      this.texts.set(text, words);
    }
    return words;
  }

  /** The word a number stands for. */
  wordAt(id: number): string {
    return this.words[id];
  }

  /** Which numbering the numbers given are of: those of an earlier one mean other words. */
  numbering(): number {
    return this.restarts;
  }

  /** Words numbered so far: every number is below it. */
  size(): number {
    return this.words.length;
  }

  /** A word's number, given on first sight; a new word is judged against the query under way. */
  private idOf(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(word, id);
      this.words.push(word);
      if (id >= this.marks.length) {
        const grown = new Uint32Array(this.marks.length * 2);
        grown.set(this.marks);
        this.marks = grown;
      }
      this.judge(id, word);
    }
    return id;
  }

  private judge(id: number, word: string): void {
    const terms = this.matchTerm(word);
    if (terms === undefined) return;
    this.marks[id] = this.stamp;
    this.matched.set(id, terms);
  }

  private startNumberingAgain(): void {
    this.marked = null;
    this.ids = new Map();
    this.words = [];
    this.restarts += 1;
    this.texts = new Map();
    this.marks = new Uint32Array(1024);
    this.matched = new Map();
  }
}
