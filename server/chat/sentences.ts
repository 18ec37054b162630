// The sentences of a passage an answer may quote (core/text's splitter on tidied text), and boilerplate told apart. Pure.
import { splitSentences } from '../../core/text/sentences';

const TRUNCATION_TAIL = /\s*(?:\.\.\.|…)\s*view the full minutes text for item\s*\S*\s*$/i;
const LIST_MARKER = /^(?:\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]\s+)+/i;
const BOILERPLATE = [
  /\bpdf icon\b/i,
  /^additional documents:?$/i,
  /view the full minutes text/i,
  /^(?:minutes|agenda item|agenda and minutes|no\.? item)\s*:?$/i,
  /^(?:venue|contact|present|absent|apologies):/i,
  /^page \d+( of \d+)?$/i,
];
const MIN_WORDS = 4;

export interface QuotableText {
  sentences: string[];
  /** The text stopped mid-way (a published extract): its last sentence may be incomplete. */
  cutShort: boolean;
}

export function quotableSentences(text: string, isTruncated = false): QuotableText {
  // Stray punctuation left between sentences by extraction (". , Alongside") would open the next sentence.
  const normalised = text.replace(/\s+/g, ' ').replace(/([.!?]) [,;:] /g, '$1 ').replace(/^[,;:]\s*/, '').trim();
  const withoutTail = normalised.replace(TRUNCATION_TAIL, '');
  const cutShort = isTruncated || withoutTail !== normalised;
  const sentences = splitSentences(withoutTail);
  // An extract that stops mid-sentence would put words in a speaker's mouth that they may not have finished.
  if (cutShort && sentences.length > 0 && !/[.!?]["'’”)\]]*$/.test(sentences[sentences.length - 1])) sentences.pop();
  return { sentences: sentences.map((sentence) => sentence.replace(LIST_MARKER, '').trim()).filter(Boolean), cutShort };
}

export function isBoilerplate(sentence: string): boolean {
  return sentence.split(/\s+/).length < MIN_WORDS || BOILERPLATE.some((pattern) => pattern.test(sentence));
}
