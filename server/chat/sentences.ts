// Splits minutes text into sentences and tells boilerplate apart. Pure.

// Words that end with a full stop without ending the sentence ("Mr. Scott", "Cllr. Wells", "No. 5").
const ABBREVIATIONS: ReadonlySet<string> = new Set(
  ['mr', 'mrs', 'ms', 'dr', 'cllr', 'st', 'no', 'nos', 'insp', 'supt', 'sgt', 'prof', 'rev', 'vs', 'cf', 'approx', 'e.g', 'i.e', 'para', 'ref'],
);
const TRUNCATION_TAIL = /\s*(?:\.\.\.|…)\s*view the full minutes text for item\s*\S*\s*$/i;
const SENTENCE_END = /[.!?]+["'’”)\]]*\s+(?=["'‘“(£]?[\p{Lu}\p{N}£])/gu;
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

export interface SplitText {
  sentences: string[];
  /** The text stopped mid-way (a published extract): its last sentence may be incomplete. */
  cutShort: boolean;
}

export function splitSentences(text: string, isTruncated = false): SplitText {
  // Stray punctuation left between sentences by extraction (". , Alongside") would open the next sentence.
  const normalised = text.replace(/\s+/g, ' ').replace(/([.!?]) [,;:] /g, '$1 ').replace(/^[,;:]\s*/, '').trim();
  const withoutTail = normalised.replace(TRUNCATION_TAIL, '');
  const cutShort = isTruncated || withoutTail !== normalised;
  const sentences: string[] = [];
  let start = 0;
  for (const match of withoutTail.matchAll(SENTENCE_END)) {
    const end = match.index + match[0].length;
    if (endsWithoutStopping(withoutTail.slice(start, match.index + 1))) continue;
    sentences.push(withoutTail.slice(start, end).trim());
    start = end;
  }
  const rest = withoutTail.slice(start).trim();
  // An extract that stops mid-sentence would put words in a speaker's mouth that they may not have finished.
  if (rest && !(cutShort && !/[.!?]["'’”)\]]*$/.test(rest))) sentences.push(rest);
  return { sentences: sentences.map((sentence) => sentence.replace(LIST_MARKER, '').trim()).filter(Boolean), cutShort };
}

/** The full stop belongs to an abbreviation, an initial or a list number ("1. That ..."). */
function endsWithoutStopping(segment: string): boolean {
  if (!segment.endsWith('.')) return false;
  const lastWord = /([\p{L}\p{N}.]+)\.$/u.exec(segment)?.[1] ?? '';
  if (ABBREVIATIONS.has(lastWord.toLowerCase())) return true;
  if (/^\p{Lu}$/u.test(lastWord)) return true;
  const beforeNumber = segment.slice(0, segment.length - lastWord.length - 1).trimEnd();
  return /^\d{1,2}$/.test(lastWord) && (beforeNumber === '' || /[:;]$/.test(beforeNumber));
}

export function isBoilerplate(sentence: string): boolean {
  return sentence.split(/\s+/).length < MIN_WORDS || BOILERPLATE.some((pattern) => pattern.test(sentence));
}
