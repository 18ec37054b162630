// Agenda item headings in minutes of any layout: numbered ("7.", "22/104", "Minute 12/23", "Item 4", a number alone on
// its line above the title), marked by the reader (Markdown/HTML headings, wholly bold lines), ALL CAPS lines, or short
// Title Case lines: every line that could head an item (item-headings.ts chooses the kind each document uses).
import { attendanceLabelOf } from '../attendance/attendance-labels';
import { eachLanguageHalf } from './bilingual-headings';
import { ACTION_POINT, DECISION_LABEL, isDecisionText, MOVER_LINE, opensWithDecision, OUTCOME_LINE, VOTE_COUNT_GOING_ON, VOTE_TALLY_LINE } from '../decisions/decisions';
import { continuesClauseAbove, continuesFullTitleLine, endsOnHangingWord, hangsUnderTitle, mayCarryTitleOn, standsAsHeading, wrapsIntoSentence } from '../lines';
import { EARLIER_MINUTES_TITLE, isAgendaWording, isNumberedNonItem, isYearNumberAt, ITEM_NUMBER_START, NUMBER_ALONE, NUMBERED_LINE, sequencedNumberAlone, SQUARE_BRACKETED_NUMBER, withoutMarginNumber } from './item-numbers';
import { isLegislationHeading, legislationTitleLines } from './legislation-headings';
import { isBusinessSection } from './business-sections';
import { cleanTitle, PAGE_REFERENCE } from './heading-title-clean';
import { introducesList, PROSE_WORDS, THERE_WAS } from '../paragraphs/list-introductions';
import { closesMeeting } from '../paragraphs/paragraph-openings';
import { isSentenceCaseHeading } from './sentence-case-headings';
import { headingLineAt, leaderNumberedHeading, mayEndInLeaderNumber, mayStandForHeading } from './leader-headings';
import { candidateWithMinuteReference, withoutAgendaNumber, withReferenceUnder } from './minute-references';
import { opensQuestionUnderItem } from './question-headings';
import { remembering } from '../remembering';
import { hasCapitalisedWords, headsEarlierMinutes, isAbbreviationLine, isCapsColonHeadingAt, isCapsLine } from './capitals';
import { collapseWhiteSpace, contentStart, endsWithOneOf, isBlank, spaceCount } from '../patterns';
import { speakerOf } from '../speakers/speakers';
import { isNamesUnderLabel } from './names-under-label';
import { isApplicationHeading } from './application-headings';
import { bracketedHeading, hasTitleCaseShape, isBracketedPlaceHeading } from './shaped-headings';
import { carriesFigureOn, endsWrappedTitle, hangsAtIndent } from './wrapped-titles';

/** 'legislation': a US council's "ORDINANCE NO. …" heading, an item among whichever kind heads the document's sections. */
/** 'business': a stock US section's name left plain ("New Business:"), an item only among headings of another kind (business-sections.ts). */
export type HeadingKind = 'numbered' | 'marked' | 'caps' | 'titlecase' | 'legislation' | 'business';

export interface HeadingCandidate {
  /** Line where the heading starts, and the first line after it. */
  index: number;
  next: number;
  number: string | null;
  title: string;
  kinds: HeadingKind[];
  /** Markdown heading level (1–6), 7 for a wholly bold line, null when unmarked. */
  level: number | null;
}



/** A heading starts with a mark, a number or a capital; other lines are skipped before any costlier test. */
const HEADING_START = /^(?:[#*\d\p{Lu}(“"‘'£§[]|[a-z][.)]\s)/u;
/** The ASCII characters HEADING_START takes: any other ASCII character lets a line go at once. */
const HEADING_START_ASCII = '#*0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ("\'[';

/** How a heading longer than 80 characters can start with a word: an item prefix, a lettered or coded number. */
const LONG_HEADING_START = /^(?:Minute|Min\.|Item|Agenda\s+item|Article|Subject|ORDINANCE|RESOLUTION|No\.\s*\d|[A-Z]{1,4}\s?\d|[A-Z]{1,4}\/\d|[A-Z][.)]\s)/i;

/** Longer lines are paragraphs, never headings. */
const MAX_HEADING_LINE = 400;

/** "2015-1233": a council's file number for a matter (its year and its order), which is no title. */
const FILE_NUMBER = /^(?:19|20)\d{2}-\d{1,5}$/;

/** "11 June 2024" is a date, not item 11. */
export const MONTH_START = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+\d/i;
/** "31 JANUARY 2025" carrying on a title in capitals ("… FOR THE PERIOD ENDED"): a date, not item 31. */
const DATE_LINE = /^\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4}$/i;
/** "04/03/2025", "4.3.2025": a day, a month and a year in figures (item numbers in three parts never end in a year). */
const NUMERIC_DATE = /^(?:0?[1-9]|[12]\d|3[01])([/.])(?:0?[1-9]|1[0-2])\1(?:19|20)\d{2}$/;
/** "5.1 Wednesday 2 April 2025, 09:30.": a numbered paragraph giving a date (the next meeting's), not an item's title. */
const WEEKDAY_DATE = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+\d/;

/** The heading text and level a reader marked: "## 1. Apologies" → level 2; "**Apologies**" → level 7. */
function markedHeading(line: string): { text: string; level: number } | null {
  // Both marks are at the line's start: other lines need no pattern.
  if (line[0] !== '#' && line[0] !== '*') return null;
  const hashes = /^(#{1,6})\s+(.+?)\s*#*\s*$/.exec(line);
  if (hashes) return { text: hashes[2].replace(/\*\*/g, '').trim(), level: hashes[1].length };
  const bold = /^\*\*([^*]+)\*\*[:.]?$/.exec(line);
  return bold ? { text: bold[1].trim(), level: 7 } : null;
}

/** A title of more words is a sentence. */
const MAX_TITLE_WORDS = 18;

/**
 * The title cleaned (as cleanTitle does) when it reads as a heading's title, else null: short, capitalised, not a
 * sentence someone said and not a decision. The cleaned title is what the tests read and what the heading keeps.
 */
function headingTitleOf(title: string): string | null {
  if (title.length > 300 || introducesList(title)) return null;
  const text = cleanTitle(title);
  return isCleanHeadingTitle(text) ? text : null;
}

function isCleanHeadingTitle(text: string): boolean {
  if (text.length > 150 && text.includes(' / ')) return eachLanguageHalf(text, isCleanHeadingTitle);
  if (text.length < 2 || text.length > 150) return false;
  const words = spaceCount(text, MAX_TITLE_WORDS) + 1;
  if (words > MAX_TITLE_WORDS) return false;
  if (!/^[A-Z0-9“"‘'(£]/.test(text) || endsWithOneOf(text, ',;') || MOVER_LINE.test(text) || OUTCOME_LINE.test(text) || THERE_WAS.test(text) || VOTE_TALLY_LINE.test(text) || VOTE_COUNT_GOING_ON.test(text)) return false;
  // A full stop after a lone capital is an initial ("104 W. Main Street", "Award to J. Harris Ltd"), not a sentence's end.
  if (/(?<!(?:^|\s)\p{Lu})[.?!]["”’)]?\s+[A-Z]/u.test(text)) return false;
  if (endsWithOneOf(text, '.!?') && ((words > 8 && !isCapsLine(text) && !EARLIER_MINUTES_TITLE.test(text)) || PROSE_WORDS.test(text))) return false;
  // The costliest tests last. "Finance – The Clerk presented …": a title run on into its text, not a body's report.
  return speakerOf(text, false) === null && !isDecisionText(text);
}



function nextContent(lines: string[], from: number, limit: number): number {
  let index = from;
  while (index < lines.length && index < from + limit && isBlank(lines[index])) index += 1;
  return index < lines.length && !isBlank(lines[index]) ? index : -1;
}

/** A title wrapped onto the next line: under a hanging indent, after "of" (its full stop dropped; a label such as "Attended by" is whole), or by the text's wrap. */
function wrapsTitle(firstRaw: string, title: string, text: string, lineRaw: string, wrapLimit: number): boolean {
  const line = lineRaw.trim();
  if (hangsUnderTitle(firstRaw, title, lineRaw)) return hasCapitalisedWords(line);
  const carriedOn = endsOnHangingWord(text) ? line.length <= 80 && attendanceLabelOf(`${text}:`)?.rest !== '' : continuesFullTitleLine(firstRaw, title, lineRaw, wrapLimit);
  return carriedOn && !NUMBERED_LINE.test(line) && !DECISION_LABEL.test(line);
}

/** An upper-case title wrapped onto following upper-case lines (or as wrapsTitle says), or followed by "(Item 2)": read as one. */
function titleLines(lines: string[], first: number, title: string, wrapLimit: number, number: string | null = null): { title: string; next: number } {
  let next = first + 1;
  let text = title;
  while (next < lines.length && !isBlank(lines[next])) {
    const line = lines[next].trim();
    if (/^\(/.test(line) && PAGE_REFERENCE.test(` ${line}`)) next += 1;
    else if ((/^\p{Ll}/u.test(line) || (/^[$£€\d]/.test(line) && hangsAtIndent(lines[next - 1], lines[next]))) && !endsWithOneOf(text, '.:;!?') && !/^[a-z][.)]\s/.test(line) && (!endsWithOneOf(line, '.!?') || endsWrappedTitle(lines, next, wrapLimit))) {
      text = `${text} ${line.replace(/\.$/, '')}`;
      next += 1;
      if (endsWithOneOf(line, '.!?')) break;
    }
    // "… barn to holiday let;" over "Old Tithe Barn, Coast Road for …": a title cut at a comma or semicolon goes on.
    else if (next === first + 1 && (wrapsTitle(lines[first], title, text, lines[next], wrapLimit) || (endsWithOneOf(text, ',;') && /^\p{Lu}/u.test(line) && !NUMBERED_LINE.test(line) && !DECISION_LABEL.test(line)))) {
      text = `${text} ${line.replace(/\.$/, '')}`;
      next += 1;
    }
    // "COUNCIL RESOLUTION  OCM 25/041" or "RESOLUTION 2023/113" under a title in capitals opens the decision, not a wrapped title.
    else if (!/[a-z]/.test(text) && isCapsLine(line) && mayCarryTitleOn(text, line, wrapLimit, DATE_LINE.test(line)) && (!NUMBERED_LINE.test(line) || DATE_LINE.test(line) || carriesFigureOn(text, line, number)) && !DECISION_LABEL.test(line) && !opensWithDecision(line) && !isLegislationHeading(line)) {
      text = `${text} ${line}`;
      next += 1;
    } else break;
  }
  return { title: cleanTitle(text), next };
}

/**
 * A line with lower-case letters and no markup, under another line: it is neither marked, nor in capitals, nor a
 * Title Case line (those stand after a blank line or between sentences), so only an item number could make it one.
 * Most lines of minutes are such prose, and this one look settles them.
 */
function isUnnumberedProse(lines: string[], index: number, raw: string): boolean {
  const underLine = index > 0 && !isBlank(lines[index - 1]) && !raw.startsWith('#') && /[a-z]/.test(raw) && !raw.includes('**') && !isLegislationHeading(raw);
  return underLine && !ITEM_NUMBER_START.test(raw) && !SQUARE_BRACKETED_NUMBER.test(raw) && !isBracketedPlaceHeading(raw) && !mayEndInLeaderNumber(raw) && !isBusinessSection(raw) && !standsAsHeading(lines, index, raw);
}

/**
 * An attendance label ("Present:", "Apologies: Cllr …") opens a list, not an item; "Apologies" alone is an item. Tested
 * last, on lines that passed every other test: most numbered lines are paragraphs, let go by the title tests.
 */
function opensAttendance(text: string): boolean {
  const label = attendanceLabelOf(text);
  // "COUNCILLOR PYE in the Chair" under "PRESENT": who chaired, the attendance's first line in the header's capitals.
  return (label !== null && !(label.attendance === 'apologies' && label.rest === '' && !/^absent/i.test(text))) || /\bin the chair\)?\.?$/i.test(text);
}

/** Whether a line's first character can start a heading (HEADING_START), told without trimming a copy of the line. */
function mayStartHeading(line: string): boolean {
  const start = contentStart(line);
  const first = line.charAt(start);
  if (first === '') return false;
  // "a) Welcome and apologies": a lower-case letter starts a heading only as a lettered item's number.
  if (first >= 'a' && first <= 'z') return line.charAt(start + 1) === ')' || line.charAt(start + 1) === '.';
  return first.charCodeAt(0) >= 0x80 || HEADING_START_ASCII.includes(first);
}

/** How candidateAt reads a title and tells an attendance list's opening; how long the text's lines may be (Wrap.limit). */
export interface HeadingReaders {
  titleOf: (title: string) => string | null;
  opensAttendance: (text: string) => boolean;
  wrapLimit: number;
}

const PLAIN_READERS: HeadingReaders = { titleOf: headingTitleOf, opensAttendance, wrapLimit: 0 };

/** HeadingReaders that remember their answers for one document (see remembered.ts). */
export function rememberingHeadingReaders(wrapLimit: number): HeadingReaders {
  return { titleOf: remembering(headingTitleOf), opensAttendance: remembering(opensAttendance), wrapLimit };
}

export function candidateAt(lines: string[], index: number, readers: HeadingReaders, printed = lines[index]): HeadingCandidate | null {
  const bullet = mayStandForHeading(printed);
  if (!bullet && !mayStartHeading(printed)) return null;
  // A heading printed as an outline's bullet or with its leader wrapped is read as the one line it stands for.
  const standsFor = printed === lines[index] ? headingLineAt(lines, index) : null;
  const asPrinted = standsFor && candidateAt(lines, index, readers, standsFor.line);
  if (asPrinted) return { ...asPrinted, next: standsFor!.next };
  if (bullet) return null;
  const raw = printed.trim();
  if (raw.length > MAX_HEADING_LINE || isUnnumberedProse(lines, index, raw) || !HEADING_START.test(raw) || ACTION_POINT.test(raw)) return null;
  // A long line in mixed case that starts with a word is prose, unless the word is an item prefix ("Minute 12/23").
  if (raw.length > 80 && /^\p{L}/u.test(raw) && /\p{Ll}/u.test(raw) && !LONG_HEADING_START.test(raw) && !mayEndInLeaderNumber(raw)) return null;
  const marked = markedHeading(raw);
  const text = marked ? marked.text : raw.includes('**') ? raw.replace(/\*\*/g, '').trim() : raw;
  // NUMBERED_LINE and NUMBER_ALONE both start as ITEM_NUMBER_START does: a line it lets go needs neither.
  const startsWithNumber = ITEM_NUMBER_START.test(text);
  const numberedLine = (startsWithNumber ? printedNumber(NUMBERED_LINE.exec(text)) : null) ?? bracketedHeading(text) ?? leaderNumberedHeading(text);
  // "6-A.  2015-228" over "Minor Review, PLN14-0524, for …": a US city's item number and the matter's file number (the
  // year and its order, as Legistar numbers files), the title on the next line, as under a number alone.
  const overFileNumber = numberedLine !== null && FILE_NUMBER.test(numberedLine[3]) ? numberedLine : null;
  const numbered = overFileNumber ? null : numberedLine;
  const alone = overFileNumber ?? (numbered || !startsWithNumber ? null : (printedNumber(NUMBER_ALONE.exec(text)) ?? sequencedNumberAlone(lines, index, text)));
  if (!marked && !numbered && !alone && isLegislationHeading(text)) {
    const { title, next } = legislationTitleLines(lines, index);
    return { index, next, number: null, title: cleanTitle(title), kinds: ['legislation'], level: null };
  }
  const caps = !numbered && !alone && (isCapsLine(text) || isCapsColonHeadingAt(lines, index, text) || headsEarlierMinutes(lines, index, text));
  const titleCaseShape = !numbered && !alone && (!caps || isAbbreviationLine(text)) && !marked && standsAsHeading(lines, index, raw) && (hasTitleCaseShape(text) || isSentenceCaseHeading(lines, index, raw));
  // "22/01234/FUL - 12 High Street": a planning application's reference heading its item, standing as a heading does.
  const application = !numbered && !alone && !caps && !titleCaseShape && !marked && isApplicationHeading(text) && standsAsHeading(lines, index, raw);
  // Most lines are prose: the shape tests above are cheap, the title tests below are not.
  if (!marked && !numbered && !alone && !caps && !titleCaseShape && !application) {
    return isBusinessSection(text) ? { index, next: index + 1, number: null, title: cleanTitle(text), kinds: ['business'], level: null } : null;
  }
  const kinds: HeadingKind[] = marked ? ['marked'] : [];
  const level = marked?.level ?? null;

  // "ii. the budget …": lower-case Roman numerals number the parts of a paragraph, not items; "06 10 2020 Council Minutes" (a file's name) is dated in figures; "1   21 May 2019" a page's number and date; "7.00 PM" a time wrapped onto its own line; "941 6566" (figures and spaces alone) a telephone number.
  const isDate =
    numbered !== null && (/^[ap]\.?m\.?$/i.test(numbered[3].trim()) || ((/^\d{1,2}$/.test(numbered[2]) && (MONTH_START.test(numbered[3]) || /^\d{1,2}\s+(?:19|20)\d{2}\b/.test(numbered[3]))) || /^[ivx]{2,}$/.test(numbered[2]) || WEEKDAY_DATE.test(numbered[3]) || DATE_LINE.test(numbered[3].replace(/(?<=\d)(?:st|nd|rd|th)\b/, '')) || NUMERIC_DATE.test(numbered[3])));
  // Each title is cleaned once, for the tests and for the title itself. After a prefix ("Subject No. 1: Confirmation of the proceedings …."), a title may end in a full stop.
  // "E. Receive and file the quarterly investment report.": a lettered line ending in a full stop, or wrapped to one, is an entry of a list.
  const listEntry = numbered !== null && !numbered[1] && /^[A-Z]$/i.test(numbered[2]) && (numbered[3].trimEnd().endsWith('.') || wrapsIntoSentence(lines, index, readers.wrapLimit));
  const titleText = numbered ? withoutAgendaNumber(withoutMarginNumber(numbered[3], numbered[2]), numbered[2]) : '';
  if (numbered && isNumberedNonItem(numbered[2], text, lines, index)) return null; // an address or another figure's line heads nothing
  const numberedTitle = numbered && !isDate && !/^[\d\s]+$/.test(numbered[3]) && !listEntry && !isYearNumberAt(numbered[2], text, lines, index) ? (readers.titleOf(numbered[1] ? titleText.replace(/\.$/, '') : titleText) ?? (isAgendaWording(numbered[2], titleText) || isBracketedPlaceHeading(text) ? cleanTitle(titleText) : null)) : null;
  if (numbered && numberedTitle !== null) {
    if (readers.opensAttendance(text) || (!numbered[1] && continuesClauseAbove(lines, index))) return null;
    const { title, next } = titleLines(lines, index, numberedTitle, readers.wrapLimit, numbered[2]);
    return { index, next, number: collapseWhiteSpace(numbered[2]), title, kinds: [...kinds, 'numbered'], level };
  }
  if (alone) {
    const titleIndex = nextContent(lines, index + 1, 3);
    const titleText = titleIndex === -1 ? '' : (markedHeading(lines[titleIndex].trim())?.text ?? lines[titleIndex].replace(/\*\*/g, '').trim());
    // Under a file number the next line is the matter's title, however long, as the agenda worded it ("… at 2321 North
    // Loop Road."), its full stop no part of it.
    const fileTitle = overFileNumber && /^\p{Lu}/u.test(titleText) ? cleanTitle(titleText.replace(/\.$/, '')) : null;
    const cleanedTitle = titleIndex === -1 ? null : (fileTitle ?? readers.titleOf(titleText));
    if (cleanedTitle === null || NUMBERED_LINE.test(titleText)) return null;
    if (readers.opensAttendance(text) || (!alone[1] && continuesClauseAbove(lines, index, readers.wrapLimit))) return null;
    const { title, next } = titleLines(lines, titleIndex, cleanedTitle, readers.wrapLimit);
    return { index, next, number: collapseWhiteSpace(alone[2]), title, kinds: [...kinds, 'numbered'], level };
  }
  const cleanedText = readers.titleOf(text);
  // A marked line heads whatever its words, but not "**Meeting adjourned, 8:40 p.m.**", the sentence closing the meeting, nor a short decision ("**GRANTED**", an application's outcome in bold).
  if ((cleanedText === null && !(marked && text.length <= 150 && /^[A-Z0-9]/.test(text) && !(text.length <= 40 && isDecisionText(text)))) || (endsWithOneOf(text, '.!?') && closesMeeting(text))) return null;
  if (caps || (marked && isCapsLine(text))) kinds.push('caps');
  if ((titleCaseShape || application) && cleanedText !== null) kinds.push('titlecase');
  if (application && cleanedText !== null) kinds.push('caps');
  if (kinds.length === 0 || (!marked && !caps && isNamesUnderLabel(lines, index, text))) return null;
  // "## Date" over "11 Mar 2025" (a wiki's meeting notes template), "Time: 9.37am" between blank lines (an InfoCouncil page): a field of the meeting's header, no item; nor is "Decision" over an item's decision.
  if (readers.opensAttendance(text) || (marked && /^(?:Date|Time|Date and time|Venue|Location)$/i.test(text)) || /^(?:Date|Time|Venue|Location):\s+\d/.test(text) || DECISION_LABEL.test(text)) return null;
  const { title, next } = caps && endsWithOneOf(text.replace(/\*\*$/, ''), ':') ? { title: cleanedText ?? cleanTitle(text), next: index + 1 } : titleLines(lines, index, cleanedText ?? cleanTitle(text), readers.wrapLimit);
  return withReferenceUnder({ index, next, number: null, title, kinds, level }, lines, (line) => readers.titleOf(line) !== null);
}

/**
 * A match of NUMBERED_LINE whose number is printed as one: the patterns read letters in any case, but a committee's code
 * before a space is in capitals ("FGP 45", not the "On 5" of "On 5 March the Clerk …"); a date in figures is no number.
 */
function printedNumber(match: RegExpExecArray | null): RegExpExecArray | null {
  // "C 014/25": one capital before a slashed minute number is a code too.
  return match && (NUMERIC_DATE.test(match[2]) || (match[2].includes(' ') && /^[a-z]/i.test(match[2]) && !/^[A-Z]{2,4} |^[A-Z]{1,3} \d{1,4}\//.test(match[2]))) ? null : match;
}


/** Every line that could be an item heading, in order, none inside another's title lines. */
export function headingCandidates(lines: string[], from: number, readers = PLAIN_READERS): HeadingCandidate[] {
  const candidates: HeadingCandidate[] = [];
  for (let index = from; index < lines.length; index += 1) {
    const candidate = candidateWithMinuteReference(lines, index, readers, candidateAt);
    if (!candidate || opensQuestionUnderItem(candidate.title)) continue;
    candidates.push(candidate);
    index = candidate.next - 1;
  }
  return candidates;
}
