// Minutes whose title ends at a full stop or a spaced dash, its text run on after it on the same line: "07/17
// Handyman’s Report. Both noticeboards …", "1. Apologies for absence. Apologies had been received …". Which numbered
// lines may be read so, and where their titles end (run-on-titles.ts splits them).
import { romanValue } from './item-numbers';
import { NUMBERED_LINE } from './item-numbers';
import { AGENDA_VERB_TITLE, MONTH_YEAR_MINUTE } from './run-on-title-case';
import { startsWithDigit } from '../patterns';
import { TITLE } from '../speakers/speaker-titles';
import { PAST_SPEECH_VERBS } from '../speakers/speech-verbs';

/** A dash between spaces ("CONFIRMATION OF MINUTES - The …"): one search of the line, not one for each kind of dash. */
export const SPACED_DASH = / [-–—] /;

/** Words a title in Title Case leaves in lower case: "Appeal of a Planning Decision" has no word of a sentence. */
const TITLE_SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'for', 'to', 'in', 'on', 'at', 'by', 'with', 'from', 'off', 'into', 'over', 'via', 'per', 'vs']);
/** A word that starts in lower case. */
const LOWER_CASE_WORD = /(?<![\p{L}'’-])\p{Ll}[\p{L}'’-]*/gu;

/** Whether a text reads as a sentence, not a subtitle in Title Case: it holds a lower-case word a title would capitalise. */
export function hasSentenceWord(text: string): boolean {
  // Word by word, stopping at the first: a minute run on from its title may be a whole document on one line.
  for (const [word] of text.matchAll(LOWER_CASE_WORD)) if (!TITLE_SMALL_WORDS.has(word)) return true;
  return false;
}

/**
 * "07/17 Handyman’s Report. Both noticeboards …", "78/17 Police Report – PK reported …": a minute numbered by its
 * reference (the minute and the year, as parish councils number them) whose title ends at a full stop or a spaced dash.
 * Only such a reference is trusted so: a paragraph numbered "3." ("3. Footpaths – The Clerk reported …") may be a point
 * within an item, and no paragraph is numbered by a minute's reference.
 */
const MINUTE_REFERENCE = /^\d{1,4}\/\d{2,4}$/;
const isMinuteReference = (number: string) => MINUTE_REFERENCE.test(number) || MONTH_YEAR_MINUTE.test(number);
/**
 * "1. Apologies for absence. Apologies had been received …": a minute numbered "1." is read so only in a document that
 * runs its minutes on so throughout, this many of them at least; a point or two numbered within an item may read alike.
 * Before a dash, people named with no sentence ("2. Apologies for Absence – Cllr Hale") are a list run on in the title,
 * as printed; a person's sentence ("3. Police report – PC Reid reported …") is the minute's text, its speaker first.
 */
const WHOLE_NUMBER = /^\d{1,3}$/;
/**
 * "I. Call to Order and Invocation. The Rector opened …", "III. Approval of Minutes. The minutes were …": a church's or
 * a club's minutes numbering their sections in Roman numerals, each title ended by a full stop and its text run on.
 * Counted apart from the figures, which number points under those sections and start again under each.
 */
const ROMAN_NUMBER = /^(?:X{0,2}(?:IX|IV|V?I{1,3})|X{0,2}V|X{1,2})$/;
export const ROMAN_OPENING = /^\s*(?:X{0,2}(?:IX|IV|V?I{1,3})|X{0,2}V|X{1,2})\.\s/;
const MIN_WHOLE_NUMBERED_RUN_ONS = 4;
const PERSON_FIRST = new RegExp(String.raw`^(?:${TITLE})\.?\s+\p{Lu}`, 'u');
/** "Cllr Hale", "Cllr Hale and Mrs Day": people named after a title's dash with no word of a sentence among them. */
const namesListAfter = (text: string) => PERSON_FIRST.test(text) && !hasSentenceWord(text);
/**
 * A title from a capital to the first full stop, and text after it opening in a capital or a figure; or to a colon or
 * spaced dash, and text after it in either case ("1) Minutes of last meeting – agreed and signed by the Chairman.",
 * "4) Rates for 2025/26: after discussion it was agreed …", as a small board's clerk runs each minute on). A page copied
 * from a PDF may lose the space after the stop ("4. Minutes of the last meeting.It was RESOLVED …", "6. Local Joint
 * Committee:a. At a recent meeting …"): a capital and a lower-case letter straight after a full stop, or a letter after
 * a colon, start the text so too; so does a dash typed against the text's first word ("3. Chair’s Announcements –The
 * chair …").
 */
const TITLE_STOP_TEXT = /^(\p{Lu}[^:.;?!()]{2,59}?)(?:(\.)(?:\s+(?=[\p{Lu}\d£"“‘])|(?=\p{Lu}\p{Ll}))|(?::|\s[–—-])\s+(?=[\p{L}\d£"“‘])|:(?=\p{L})|\s[–—](?=\p{Lu}\p{Ll}))/u;
/**
 * "1. Nomination of Chairman and Declaration of Acceptance of Office – The current Chairman …", "5. To approve the
 * Minutes of the Meeting held on the 18th June 2018: The Minutes …": a parish's agenda wording, longer than a title
 * ended by a full stop runs, kept as its minute's title before a colon or a spaced dash.
 */
const LONG_TITLE_COLON_DASH_TEXT = /^(\p{Lu}[^:.;?!()]{60,99}?)(?::|\s[–—-])\s+(?=[\p{L}\d£"“‘])/u;
/**
 * "To approve the Minutes of the Meeting held on 6 January and to authorise the Chairman to sign them. It was …": a
 * parish's agenda wording kept as its minute's title runs longer, to its full stop.
 */
const AGENDA_TITLE_STOP_TEXT = /^(To\s+\p{Ll}[^:.;?!()]{2,160}?)(\.)\s+(?=[\p{Lu}\d£"“‘])/u;
/** "Report from Cllr. Hale", "Letter from Mr. …": a full stop after an abbreviation or an initial ends no title. */
const ABBREVIATION_AT_END = /(?:^|\s)(?:\p{Lu}|Mr|Mrs|Ms|Dr|Cllr|Rev|St|No|Ref)$/u;

/** "was", "were", "is": a verb a sentence has and a title has not ("Emergency Evacuation Procedures was read …"). */
const AUXILIARY_VERB = /\s(?:was|were|is|are|has|had|have|will|would)\s/;
/** "Apologies for absence", "Planning": a title of this many words may hold words in lower case. */
const MAX_SHORT_TITLE_WORDS = 3;

/**
 * "reported", "agreed": a verb a sentence in the past has and a title in sentence case ("Bus stop on Church Road",
 * "Parish Council policies and documentation") has not; such titles are read only where the document runs its minutes
 * on after their titles throughout (the others there, in capitalised words, showed its way).
 */
const PAST_TENSE_WORD = /\s\p{Ll}{2,}ed\b/u;

/** "HIGHWAYS MATTERS i. The verge …", "Matters Arising a]. Fence …": the marker of the first point under a title, run on with it. */
const POINT_MARKER_AT_END = /\s(?:[a-z]|[ivx]{2,4})\]?$/;

/**
 * The title a minute's reference heads, run on before a full stop or a spaced dash into its text, and how much of the
 * text the title and its stop take; null if none. The title reads as one: in capitalised words, an agenda's "To …", or
 * short, and with no verb of a sentence. A first point's marker after it ("i.") stays with the text.
 */
export function titleBeforeStop(number: string, text: string, wholeNumbersToo: boolean, sentenceCaseToo = false, reportedOnly = false): [string, string] | null {
  const byReference = isMinuteReference(number);
  if (!byReference && !(wholeNumbersToo && (WHOLE_NUMBER.test(number) || ROMAN_NUMBER.test(number)))) return null;
  const runOn = TITLE_STOP_TEXT.exec(text) ?? LONG_TITLE_COLON_DASH_TEXT.exec(text) ?? (byReference && text.startsWith('To ') ? AGENDA_TITLE_STOP_TEXT.exec(text) : null);
  if (!runOn || (!byReference && reportedOnly && !reportedOrResolved(text.slice(runOn[0].length)))) return null;
  if ((!byReference && runOn[2] !== '.' && namesListAfter(text.slice(runOn[0].length))) || ABBREVIATION_AT_END.test(runOn[1]) || AUXILIARY_VERB.test(` ${runOn[1]} `)) return null;
  const marker = POINT_MARKER_AT_END.exec(runOn[1]);
  const title = (marker ? runOn[1].slice(0, marker.index) : runOn[1]).trim();
  const readsAsTitle = !hasSentenceWord(title) || AGENDA_VERB_TITLE.test(title) || title.split(/\s+/).length <= MAX_SHORT_TITLE_WORDS;
  if (!readsAsTitle && !(sentenceCaseToo && !PAST_TENSE_WORD.test(title))) return null;
  return [marker ? text.slice(0, marker.index + 1) : runOn[0], title];
}

/**
 * Which numbers head a title ended by a full stop or a dash: a minute's reference, any number (a document's way), or (a
 * document numbering its minutes 1, 2, 3 … with no restart) any number whose text opens with a person's report.
 */
export type StopTitles = 'reference' | 'any-number' | 'reported';

/**
 * "PC Reid reported …", "The Clerk advised …", "County Cllr Mrs A Hale said …": a titled person (or the clerk or chair)
 * and a verb of reported speech, opening a minute's text after its title's dash ("4. Police report – PC Reid reported
 * that …"); a point within an item is seldom numbered on from the items around it and run on so.
 */
const REPORTED_SPEECH_FIRST = new RegExp(
  String.raw`^(?:The\s+(?:Parish\s+|Town\s+)?(?:Clerk|Chair(?:man|woman|person)?)|(?:${TITLE})\.?(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})\s+(?:${PAST_SPEECH_VERBS.join('|')})\b`,
  'u',
);
/**
 * "2. Election of Chairman. Resolved—That Councillor Hoyle be …", "3. Allotments. Moved by Councillor Dent, seconded …":
 * an old council's minute, its resolution (or its mover) run on after the title as a report is.
 */
const RESOLUTION_FIRST = /^(?:Resolved|RESOLVED|(?:Moved|Proposed) by)\b/;
const reportedOrResolved = (text: string) => RESOLUTION_FIRST.test(text) || REPORTED_SPEECH_FIRST.test(text);
/** At least this many minutes numbered 1, 2, 3 … at the line's start for a report run on after a title to be read so. */
const MIN_RISING_MINUTES = 3;

/** "2017.It was", "Committee:a.": a stop with no space after it, before a word (see TITLE_STOP_TEXT). */
const GLUED_STOP = /[.:]\p{L}/u;

export const mayEndTitleAtStop = (line: string) => (startsWithDigit(line) || ROMAN_OPENING.test(line)) && (line.includes('. ') || line.includes(': ') || SPACED_DASH.test(line) || GLUED_STOP.test(line));

const startsWithWhiteSpace = (line: string) => line.length > 0 && (line[0] === ' ' || line[0] === '\t');

/**
 * How the document's numbered lines may end their titles at a full stop or a dash (see WHOLE_NUMBER): by any number
 * where enough do so and the whole numbers that open lines only go up. Numbers that start again ("PLANNING" over "1.
 * Bennett. Micklefields. Sun lounge …", "CORRESPONDENCE" over "1. Cheque …") number points under sections.
 */
export function stopTitlesOf(lines: string[]): StopTitles {
  let count = 0;
  let last = -1;
  let rising = 0;
  let byReference = false;
  for (const line of lines) {
    if (!startsWithDigit(line)) continue;
    const numbered = NUMBERED_LINE.exec(line.trim());
    // A document numbering its minutes by reference ("22/104") numbers only points 1, 2, 3 under them.
    if (numbered && isMinuteReference(numbered[2])) byReference = true;
    if (!numbered || !WHOLE_NUMBER.test(numbered[2])) continue;
    const number = Number(numbered[2]);
    if (number <= last) return 'reference';
    last = number;
    rising += 1;
    // A title in sentence case counts too ("2. Minutes of the meeting of 25th January. Proposed …") where the number
    // opens the line at the margin, as a minute's does; points listed under an item are indented.
    if (mayEndTitleAtStop(line) && titleBeforeStop(numbered[2], numbered[3], true, !startsWithWhiteSpace(line))) count += 1;
  }
  return count >= MIN_WHOLE_NUMBERED_RUN_ONS ? 'any-number' : rising >= MIN_RISING_MINUTES && !byReference ? 'reported' : 'reference';
}

/** Whether the document's lines numbered in Roman numerals run their sections' text on after the title, enough of them in rising order. */
export function romanTitlesRunOn(lines: string[]): boolean {
  let count = 0;
  let last = 0;
  for (const line of lines) {
    if (!ROMAN_OPENING.test(line)) continue;
    const numbered = NUMBERED_LINE.exec(line.trim());
    if (!numbered || !ROMAN_NUMBER.test(numbered[2])) continue;
    const value = romanValue(numbered[2]);
    if (value <= last) return false;
    last = value;
    if (titleBeforeStop(numbered[2], numbered[3], true)) count += 1;
  }
  return count >= MIN_WHOLE_NUMBERED_RUN_ONS;
}
