// word-extractor 1.x as the .doc reader uses it (its DefinitelyTyped declarations predate getBody's options).
declare module 'word-extractor' {
  namespace WordExtractor {
    interface Document {
      /** The body text, one paragraph a line; `filterUnicode: false` keeps curly quotes and dashes as written. */
      getBody(options?: { filterUnicode?: boolean }): string;
    }
  }
  class WordExtractor {
    extract(source: string | Buffer): Promise<WordExtractor.Document>;
  }
  export = WordExtractor;
}
