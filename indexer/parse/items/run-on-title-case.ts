// Parish minutes that run a minute's text on from its title with nothing between: "21/19 To Receive and Accept
// Apologies for Absence Apologies were received from …" (a numbered heading and its paragraph flattened onto one line
// by a web page or a copy). The title is in capitalised words; the text is a sentence, and opens at the subject of the
// first word a title would have capitalised ("The Clerk reported", "It was agreed", "Cllr Ann Ward proposed").
import { SMALL_WORDS } from './capitals';
import { MONTH_START } from './headings';
import { NUMBERED_LINE } from './item-numbers';
import { TITLE } from '../speakers/speaker-titles';
import { PAST_SPEECH_VERBS } from '../speakers/speech-verbs';

/** Words that open a sentence's subject: an article, a pronoun, "There", "Members". */
export const SUBJECT_OPENERS = new Set(['the', 'a', 'an', 'it', 'there', 'this', 'these', 'that', 'all', 'no', 'none', 'members', 'councillors', 'he', 'she', 'they', 'we']);
const PERSON_TITLE = new RegExp(String.raw`^(?:${TITLE})$`, 'u');
/** A subject runs back this many capitalised words at most from its verb ("The Parish Council had …"). */
const MAX_SUBJECT_WORDS = 4;
const MIN_SENTENCE_WORDS = 3;
/**
 * "4.1 Budget: The Treasurer …", "4.1 Budget The Treasurer …": a paragraph numbered within an item, not a minute's title.
 * "410.13 ANNUAL MEETING The Clerk …" is a minute's own reference (a council numbering its minutes through the year), as
 * is "2.3.22 To receive apologies. …" (the minute, then the meeting's month and year: MONTH_YEAR_MINUTE).
 */
export const SUB_NUMBER = /^(?:(?!\d{1,2}\.(?:[1-9]|1[0-2])\.\d{2}$)\d{1,2}\.\d|\d{3}\.\d(?!\d))/;
/** "1.3.22", "12.11.24": a parish's minute numbered by the meeting's month and year after it. */
export const MONTH_YEAR_MINUTE = /^\d{1,2}\.(?:[1-9]|1[0-2])\.\d{2}$/;

const isCapitalised = (word: string) => /^[\p{Lu}\d(“"‘'&£]/u.test(word);
/** "Apologies" under "… Apologies for Absence": a sentence that opens with a word of the title it runs on from. */
const repeatsTitleWord = (word: string, title: string[]) => title.some((titleWord) => titleWord.toLowerCase() === word.toLowerCase());

/**
 * Where the sentence starts among `words`, given its verb (the first word a title would not leave in lower case): at the
 * article or pronoun nearest the verb ("The" of "Chair The Chair advised"), else the furthest person's title ("Cllr" of
 * "Cllr Sue Lintern proposed"), else at the word before the verb when that word is one of the title's; -1 otherwise.
 */
export function sentenceStart(words: string[], verb: number): number {
  if (verb < 2 || !isCapitalised(words[verb - 1])) return -1;
  let personTitle = -1;
  for (let start = verb - 1; start >= Math.max(0, verb - MAX_SUBJECT_WORDS); start -= 1) {
    const word = words[start];
    if (!isCapitalised(word)) break;
    // An opener first on the line ("3. The Clerk reported …") opens a numbered paragraph, with no title before it. After a
    // person's title, "A" is an initial ("Cllr A Moran asked …").
    if (SUBJECT_OPENERS.has(word.toLowerCase()) && !(word === 'A' && start > 0 && PERSON_TITLE.test(words[start - 1]))) return start === 0 ? -1 : start;
    if (PERSON_TITLE.test(word)) personTitle = start;
    else if (SMALL_WORDS.has(word.toLowerCase())) break;
  }
  if (personTitle !== -1) return personTitle === 0 ? -1 : personTitle;
  return repeatsTitleWord(words[verb - 1], words.slice(0, verb - 1)) ? verb - 1 : -1;
}

/**
 * Whether words can be a whole title: one ending on a word of its own, not a small word or a mark ("Neither the", "… (NCC)
 * and", "… Comments •"), with no sentence ended inside it, and holding no colon (a title run on after a colon is split
 * there, or is a label's value).
 */
function endsTitle(title: string[]): boolean {
  // "**Apologies for Absence.**": a title a reader set in bold ends before its marks.
  const last = title[title.length - 1].replace(/\*+$/, '');
  // "7. That Mr Ernest Hale be elected trustee …": a resolution's "That" alone opens its sentence, no title.
  if (SMALL_WORDS.has(last.toLowerCase()) || !/[\p{L}\d).]$/u.test(last) || (title.length === 1 && SUBJECT_OPENERS.has(last.toLowerCase()))) return false;
  // "Planning. Applications. None": sentences, not a title (a short word's full stop is an abbreviation's: "Mr.", "R.").
  return !title.some((word, index) => word.includes(':') || (index < title.length - 1 && word.length > 3 && word.endsWith('.')));
}

/** "To receive apologies …", "To approve the minutes …": an agenda's title in sentence case, opening with what the meeting is to do. */
export const AGENDA_VERB_TITLE = /^To\s+\p{Ll}/u;
/** A verb that a person's title before it makes the subject of ("Cllr Ann Ward declared", "The Clerk reported"). */
const REPORTED_VERB = /^\p{Ll}+ed$/u;
const SPEECH_VERB_SET = new Set(PAST_SPEECH_VERBS);
const ARTICLES = new Set(['The', 'A', 'An']);

/**
 * Where the text starts after a sentence-case agenda title ("To receive apologies for absence Apologies were received
 * …"): at the first capitalised subject before a word in lower case. As the title's own words are mostly in lower case,
 * a person's title opens the text only before a verb of what was said or done ("To note Cllr Ward's report" is all title).
 */
function sentenceCaseStart(words: string[]): number {
  for (let verb = 2; verb <= words.length - (MIN_SENTENCE_WORDS - 1); verb += 1) {
    const word = words[verb];
    if (!/^\p{Ll}/u.test(word) || SMALL_WORDS.has(word) || !isCapitalised(words[verb - 1])) continue;
    const start = sentenceStart(words, verb);
    const opener = start !== -1 && (SUBJECT_OPENERS.has(words[start].toLowerCase()) || repeatsTitleWord(words[start], words.slice(0, start)));
    if (start !== -1 && (opener || REPORTED_VERB.test(word) || SPEECH_VERB_SET.has(word))) return withArticleBefore(words, start);
  }
  return -1;
}

/** "The Parish Councillors confirmed": the subject opens at an article a few capitalised words before an opener such as "Councillors". */
function withArticleBefore(words: string[], start: number): number {
  for (let before = start - 1; before > 1 && before >= start - MAX_SUBJECT_WORDS && isCapitalised(words[before]); before -= 1) {
    if (ARTICLES.has(words[before])) return before;
  }
  return start;
}

/** A word in capitals: "DECLARATIONS", "MEMBERS’", "S.106", "(CCTV)". */
const CAPITALS_WORD = /^[\p{Lu}\d'’&(),./-]*\p{Lu}[\p{Lu}\d'’&(),./-]*$/u;

/**
 * "DECLARATIONS OF INTEREST FROM MEMBERS Declarations of interest from members will be …": after a title of two words or
 * more all in capitals, the text starts at the first capitalised word that is not, whatever word follows it; null when the
 * line's words are not so, or when "Minutes" follows the capitals ("1 HARBOUR BOARD MEETING Minutes of the meeting held
 * on …": a page's number and the body's name over the minutes' own title, the header of a page run together). A title
 * of one word in capitals ends so where the text repeats it: "APOLOGIES Apologies for absence were received …".
 */
function capitalsTitleEnd(words: string[]): number | null {
  const end = words.findIndex((word) => !CAPITALS_WORD.test(word));
  const repeated = end === 1 && words[1].toLowerCase() === words[0].toLowerCase();
  return (end >= 2 || repeated) && isCapitalised(words[end]) && /^\p{Lu}\p{Ll}/u.test(words[end]) && words[end] !== 'Minutes' ? end : null;
}

/**
 * sentenceStart's start, else where the text opens by repeating the title's first word before the verb: "Apologies for
 * Absence Apologies for absence were received …", "Declarations of Interest Declarations of interest were none."
 */
function startOrRepeat(words: string[], verb: number): number {
  const start = sentenceStart(words, verb);
  if (start !== -1) return start;
  const first = words[0].toLowerCase();
  // "Apologies Apologies for absence were …": a title of one word, repeated at once.
  for (let repeat = 1; repeat < verb; repeat += 1) if (isCapitalised(words[repeat]) && words[repeat].toLowerCase() === first) return repeat;
  return -1;
}

/** How far into a line its title and the first words of its text are looked for. */
const RUN_ON_REACH = 2000;

/** The title line and the text of a numbered line whose text runs on from a title in capitalised words; null otherwise. */
export function splitTitleCaseRunOn(line: string): [string, string] | null {
  // A title runs on into its text within a line's first words: a line run together from a whole document (megabytes)
  // is read to there, and the rest carried over as it is.
  const cut = line.length > RUN_ON_REACH ? line.lastIndexOf(' ', RUN_ON_REACH) : -1;
  if (cut > 0) {
    const split = splitTitleCaseRunOn(line.slice(0, cut));
    return split && [split[0], `${split[1]}${line.slice(cut)}`];
  }
  const numbered = NUMBERED_LINE.exec(line.trim());
  // "6.4.25 Planning. An application …": a minute numbered by its meeting's month and year ends its title at the stop (stop-titles.ts).
  if (!numbered || SUB_NUMBER.test(numbered[2]) || MONTH_YEAR_MINUTE.test(numbered[2]) || MONTH_START.test(numbered[3])) return null;
  const words = numbered[3].split(/\s+/);
  const verb = words.findIndex((word) => /^\p{Ll}/u.test(word) && !SMALL_WORDS.has(word));
  if (verb === -1 || words.length - verb < MIN_SENTENCE_WORDS - 1) return null;
  const start = AGENDA_VERB_TITLE.test(numbered[3]) ? sentenceCaseStart(words) : capitalsTitleEnd(words) ?? startOrRepeat(words, verb);
  if (start === -1 || !endsTitle(words.slice(0, start))) return null;
  const head = line.slice(0, line.length - numbered[3].length - (line.length - line.trimEnd().length));
  return [`${head}${words.slice(0, start).join(' ')}`, words.slice(start).join(' ')];
}

/**
 * "1. **Apologies for absence.** Apologies had been …", "**2. Declarations of interest.** None were made.": a numbered
 * minute's title set in bold with its text run on after it (Word's minutes saved as Markdown or HTML); the marks go, so
 * the title is read as a plain one is, to its full stop or to where its sentence starts.
 */
const BOLD_NUMBERED_TITLE = /^(\s*)(?:\*\*(\d{1,3}(?:\.\d{1,2})?[.)]?\s+[^*]{2,150}?)\*\*|(\d{1,3}(?:\.\d{1,2})?[.)]?\s+)\*\*([^*]{2,150}?)\*\*)(\s+\S.*)$/;

/** The line with a bold numbered title's marks taken off where its text runs on after it; the same line otherwise. */
export function withBoldNumberedTitleUnmarked(line: string): string {
  const bold = line.includes('**') ? BOLD_NUMBERED_TITLE.exec(line) : null;
  return bold ? `${bold[1]}${bold[2] ?? `${bold[3]}${bold[4]}`}${bold[5]}` : line;
}

