// natural's modules by file, typed from the package's own declarations: its index loads every part of the library
// (1.6 s, and storage backends that print dotenv lines), so core/text/ and the benchmark require only the files they use.
declare module 'natural/lib/natural/stemmers/porter_stemmer' {
  import type { Stemmer } from 'natural/lib/natural/stemmers';
  const PorterStemmer: Stemmer;
  export = PorterStemmer;
}

declare module 'natural/lib/natural/distance/levenshtein_distance' {
  export { DamerauLevenshteinDistance, LevenshteinDistance } from 'natural/lib/natural/distance';
}

declare module 'natural/lib/natural/tokenizers/sentence_tokenizer' {
  import { SentenceTokenizer } from 'natural/lib/natural/tokenizers';
  export = SentenceTokenizer;
}

declare module 'natural/lib/natural/tokenizers/aggressive_tokenizer' {
  import { AggressiveTokenizer } from 'natural/lib/natural/tokenizers';
  export = AggressiveTokenizer;
}

declare module 'natural/lib/natural/tokenizers/regexp_tokenizer' {
  export { WordTokenizer } from 'natural/lib/natural/tokenizers';
}
