// The one stop-word list: English stop words, dropped from unquoted queries by both keyword backends
// (Meilisearch gets them as its `stopWords` setting) so that questions and sentences are searched by their
// content words; and, as a named addition, the words that frame a question to the chat rather than name its topic.

/** NLTK's English list plus "would"/"could"; apostrophe fragments ("s", "t", "don") are there because the tokenizer splits on apostrophes. */
export const ENGLISH_STOP_WORDS: readonly string[] = [
  'a', 'about', 'above', 'after', 'again', 'against', 'ain', 'all', 'am', 'an', 'and', 'any', 'are', 'aren', 'as', 'at',
  'be', 'because', 'been', 'before', 'being', 'below', 'between', 'both', 'but', 'by', 'can', 'could', 'couldn', 'd',
  'did', 'didn', 'do', 'does', 'doesn', 'doing', 'don', 'down', 'during', 'each', 'few', 'for', 'from', 'further', 'had',
  'hadn', 'has', 'hasn', 'have', 'haven', 'having', 'he', 'her', 'here', 'hers', 'herself', 'him', 'himself', 'his',
  'how', 'i', 'if', 'in', 'into', 'is', 'isn', 'it', 'its', 'itself', 'just', 'll', 'm', 'ma', 'me', 'mightn', 'more',
  'most', 'mustn', 'my', 'myself', 'needn', 'no', 'nor', 'not', 'now', 'o', 'of', 'off', 'on', 'once', 'only', 'or',
  'other', 'our', 'ours', 'ourselves', 'out', 'over', 'own', 're', 's', 'same', 'shan', 'she', 'should', 'shouldn', 'so',
  'some', 'such', 't', 'than', 'that', 'the', 'their', 'theirs', 'them', 'themselves', 'then', 'there', 'these', 'they',
  'this', 'those', 'through', 'to', 'too', 'under', 'until', 'up', 've', 'very', 'was', 'wasn', 'we', 'were', 'weren',
  'what', 'when', 'where', 'which', 'while', 'who', 'whom', 'why', 'will', 'with', 'won', 'would', 'wouldn', 'y', 'you',
  'your', 'yours', 'yourself', 'yourselves',
];

const STOP_WORD_SET = new Set(ENGLISH_STOP_WORDS);

export function isStopWord(term: string): boolean {
  return STOP_WORD_SET.has(term);
}

/**
 * Words the chat and the query-shape rule also pass over: more function words ("also", "whether", "via") and the
 * scaffolding of a question about minutes ("tell me what was discussed at the committee"), and the question words as
 * they are often mistyped ("wat did Mrs Bolton ask?" has no topic "wat").
 */
export const QUESTION_WORDS: ReadonlySet<string> = new Set(
  `also anybody anyone anything around cannot else etc ever every many much must one regarding shall something upon us via
  whatever whether within without whose
  according answer answers anywhere asked ask asking comment comments concerning discuss discussed discussion discussions explain explained
  doing done find give happen happened happening happens info information know let like list look mention mentioned meeting meetings minute
  minutes news panel panels committee committees please question questions raise raised recall recorded remarks said say saying says
  search see show speak speaking spoke spoken stated talk talked tell thing things think thought told view views want went
  hwat waht wat whta wht wot whats whos wich`.split(/\s+/),
);

/** Counts for nothing in a keyword query: a stop word, or in a question, a word that frames it ("how many", "tell me"). */
export function isFramingWord(lower: string, question: boolean): boolean {
  return STOP_WORD_SET.has(lower) || (question && QUESTION_WORDS.has(lower));
}

/** Names a topic: neither a stop word nor a question word. */
export function isContentWord(lower: string): boolean {
  return !STOP_WORD_SET.has(lower) && !QUESTION_WORDS.has(lower);
}
