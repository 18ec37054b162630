// Parish minutes that run each minute's text on from its title: "Minute 45/25 – Apologies for absence: Apologies were
// received from …". The title ends at its colon; the minute's text goes on to a line of its own under it, so the
// heading rules see a numbered title as any other and the text stays the item's first paragraph. US boards head their
// sections alike, in capitals or capitalised words: "CALL TO ORDER: The meeting was called to order …", "Approval of
// Minutes:" over its motion.
import { attendanceLabelOf } from '../attendance/attendance-labels';
import { isDecisionText, VOTE_TALLY_LINE } from '../decisions/decisions';
import { hasCapitalisedWords, isCapsLine } from './capitals';
import { ITEM_PREFIX, LETTERED_REFERENCE, NUMBERED_LINE, NUMBER_ALONE } from './item-numbers';
import { splitTitleCaseRunOn, SUB_NUMBER, withBoldNumberedTitleUnmarked } from './run-on-title-case';
import { apologiesTitleRunOn, titleCaseDashRunOn } from './title-case-dash';
import { gluedLabelRunOn, splitLabelRunOn } from './label-run-ons';
import { hasSentenceWord, mayEndTitleAtStop, romanTitlesRunOn, ROMAN_OPENING, SPACED_DASH, titleBeforeStop, stopTitlesOf, type StopTitles } from './stop-titles';
import { contentStart, firstContentCharacter, startsWithDigit, WHITE_SPACE_OTHER_THAN_SPACE } from '../patterns';
import { labelledSpeakerOf, NOT_SPEAKER_LABELS } from '../speakers/speaker-labels';
import { turnsByInitials } from '../speakers/initials-turns';

/** "Apologies for absence: Apologies were …": a short title (its bracketed date after it: "Minutes (23/2/05): The …"), its colon, and a sentence starting in a capital or figure. */
const TITLE_THEN_TEXT = /^([^:.;?!()]{3,100}?(?:\s\([^():]{1,40}\))?):\s+(?=[\p{Lu}\d£"“‘])/u;
/** "Chair’s Comments:- Cllr Smith asked …": the same after ":-", the title eight words at most (a longer one runs on into a resolution). */
const TITLE_COLON_DASH_TEXT = /^((?:[^\s:.;?!()]+\s+){0,7}[^\s:.;?!()]+):-\s+(?=[\p{Lu}\d£"“‘])/u;
/**
 * "CONFIRMATION OF MINUTES - The Minutes of …", "APOLOGIES– Cllrs …" (the dash typed against the title), "MATTERS FROM THE
 * MINUTES – (a) Telephone kiosk …" (the minute's first lettered part): the same with a dash, after a title in capitals (words only: "24/1187/FUL
 * – Land north of …" and "Village Hall Committee – Mr D. Frost reported …" are a title and a subtitle, or a paragraph's
 * subject).
 */
const TITLE_DASH_TEXT = /^([A-Z][A-Z'’&,/ ]{2,58}[A-Z])(?:\s[–—-]|[–—])\s+(?=[\p{Lu}\d£"“‘]|\([a-z]\)\s)/u;

/**
 * "409", "25/101": a minute's number (three figures or more, or a reference with its year), under which no point of an
 * item is numbered; "3. Footpaths – The Clerk reported …" may be a point within a minute, its subject before the dash.
 */
const MINUTE_NUMBER = /^\d{3,}$|\//;

/** At most this many words in a title that text runs on from. */
const MAX_TITLE_WORDS = 8;
/**
 * At most this many in one with no comma, sixty letters or more: "Declaration of Interest and Notification of changes
 * in the Members’ Register of Interest: None" (a parish's agenda wording, kept as its minute's title); "P/25/0211
 * Change of use of barn to holiday let, Crabtree Farm: Cllr Hale said …" is a planning application's subject.
 */
const MAX_AGENDA_TITLE_WORDS = 14;
const LONG_TITLE = 60;

/** "PRESENT Councillors": whom an attendance label lists, named after it. */
const PLURAL_TITLE_AFTER_LABEL = /\s+(?:Councillors|COUNCILLORS|Cllrs|Members|MEMBERS)$/;

/** A line this long that goes on to the next is a paragraph's first line, hard-wrapped. */
const WRAPPED_LINE = 60;

/**
 * The title and the text of a numbered line whose minute runs on after its title; null for any other line. `next` is
 * the line under it: a sentence cut short by the line's end goes on there.
 */
function splitRunOn(line: string, next: string | undefined, byStop: StopTitles | null = null): [string, string] | null {
  const numbered = NUMBERED_LINE.exec(line.trim());
  // "a) Payments: The schedule of payments …": a lettered part with its text run on is a paragraph of the minute.
  if (!numbered || SUB_NUMBER.test(numbered[2]) || /^[a-z]$/.test(numbered[2])) return null;
  const runOn = byStop ? titleBeforeStop(numbered[2], numbered[3], byStop !== 'reference', byStop !== 'reference', byStop === 'reported') : (gluedLabelRunOn(numbered[3]) ?? TITLE_THEN_TEXT.exec(numbered[3]) ?? TITLE_COLON_DASH_TEXT.exec(numbered[3]) ?? TITLE_DASH_TEXT.exec(numbered[3]) ?? apologiesTitleRunOn(numbered[3]) ?? (numbered[1] || !MINUTE_NUMBER.test(numbered[2]) ? null : titleCaseDashRunOn(numbered[3])));
  const titleWords = runOn ? runOn[1].trim().split(/\s+/).length : 0;
  if (!runOn || titleWords > MAX_AGENDA_TITLE_WORDS || ((titleWords > MAX_TITLE_WORDS || runOn[1].length > LONG_TITLE) && runOn[1].includes(','))) return null;
  // The text must read as the minute itself ("PUBLIC HEARING: APPEAL OF …" and "Planning: Land off Mill Lane" are one title): a sentence, ended, too long for a subtitle, or carried on to the next line.
  // The text is what follows the match, not a group of it: a Unicode pattern's `(.+)$` keeps a place to go back to for
  // each character, and a document of 20 MB on one line overflowed the stack.
  const text = numbered[3].slice(runOn[0].length).trim();
  const head = line.slice(0, line.length - numbered[3].length - (line.length - line.trimEnd().length));
  // "1. Those Attending: Cllr J Hale (Chairman), Mrs C Day (Clerk)": an item recording attendance, its list run on;
  // "52. PRESENT Councillors: A Bevan, C Morgan": the label may name whom it lists.
  if (attendanceLabelOf(`${runOn[1].replace(PLURAL_TITLE_AFTER_LABEL, '')}:`)?.rest === '') return [`${head}${runOn[1].trimEnd()}`, text];
  const nextInLowerCase = next !== undefined && /^\s*\p{Ll}/u.test(next);
  // "…: District Cllr Wragg" over "reported that …": the sentence's words may all be on the next line.
  if (!hasSentenceWord(nextInLowerCase ? `${text} ${next}` : text)) return null;
  const carriedOn = nextInLowerCase || (next !== undefined && next.trim() !== '' && line.trim().length >= WRAPPED_LINE);
  if (!/[.!?)]$/.test(text) && text.length <= WRAPPED_LINE && !carriedOn) return null;
  return [`${head}${runOn[1].trimEnd()}`, text];
}

/** "CALL TO ORDER: The meeting …", "ROLL CALL:": a title in capitals, its colon, and any text after it. */
const CAPS_TITLE_LABEL = /^(\s*)([A-Z][A-Z0-9'’&,/ -]{2,60}[A-Z'’]):(?:\s*$|\s+(?=\S))/;
/**
 * "OLD BUSINESS – Supervisor Hale reported …", "CITIZENS TO ADDRESS THE BOARD –": a title in capitals run in before a
 * spaced dash, as US township boards head the later sections of minutes whose first ones end in a colon; a sentence
 * follows it, or nothing. Words only (a case's reference, "24/1187/FUL – …", is no section's title; "… – REGULATION 9
 * NOTICE", in capitals, is a subtitle).
 */
const CAPS_TITLE_DASH = /^(\s*)([A-Z][A-Z'’&,/ ]{2,60}[A-Z'’])\s[–—-](?:\s*$|\s+(?=[\p{Lu}\d"“‘][^\p{Ll}]*\p{Ll}))/u;
/** "CORRESPONDENCE –": a title's dash with nothing after it. */
const DASH_AT_END = /\s[–—-]\s*$/;
/** "ACTION – Clerk", "NOTE – …": a minute's own part or a note before a dash, no section of the meeting. */
const DASHED_MINUTE_PARTS = /^(?:ACTIONS?|NOTE|NOTED|NB)$/;
/** "Call to Order: The meeting …", "Approval of Minutes:": the same sections titled in capitalised words. */
const TITLE_CASE_LABEL = /^(\s*)(\p{Lu}[\p{L}'’&,/ -]{1,50}[\p{L}'’]):(?:\s*$|\s+(?=\S))/u;

/** Fewer such titles than this in a document are labels of another kind ("NOTE:", "MOTION:"), not its sections. */
const MIN_SECTION_TITLES = 3;
/** Different titles in capitalised words, each with a sentence after its colon, that head a document's sections when none is alone on its line. */
const MIN_RUN_IN_SECTION_TITLES = 5;
/** A title in capitalised words of more words than this is a sentence's opening. */
const MAX_TITLE_CASE_WORDS = 6;

/** Labels that head a part of a minute, not a section of the meeting ("Discussion:", "Reasons:", a vote's "In favour:"). */
const MINUTE_PART_LABELS = /^(?:IN FAVOU?R|OPPOSED|AGAINST|ABSTAIN(?:ING|ED|S)?|ABSTENTIONS?|AYES|NAYS|NOES|DISCUSSION|CONCLUSIONS?|BACKGROUND|REASONS?(?: FOR(?: THE)? DECISION)?|ACTION BY|ACTIONS AGREED|DECISIONS?|RESOLUTION|QUESTION|ANSWER|RESPONSE|REPLY|PROPOSER|SECONDED BY|MOVED BY|CARRIED|APPLICATION(?: NO\.?)?|APPLICANT|AGENT|PROPOSAL|SITE|WARD|CASE OFFICER|KEY DECISION|STATUS|CONTACT|PRESENTER|PRESENTED BY|LEAD|OWNER|DEADLINE|REPORT AUTHOR)$/;

/** "Question from Mr Stuart Feeney:", "Response from the Commissioner:": a question's or an answer's label ("Questions from the public:" is a section). */
const QUESTION_OR_ANSWER = /^(?:(?:SUPPLEMENTARY |FURTHER )?QUESTION(?: (?:FROM|BY|TO)\b|$)|(?:RESPONSE|REPLY|ANSWER)\b)/;

/** A section's title, and its text after the colon (null when none follows on the title's line). */
interface SectionTitle {
  title: string;
  text: string | null;
  /** Run in before a dash, not a colon. */
  dashed?: boolean;
}

/**
 * The title and the text (if any) of a section headed by a title and a colon, in capitals or (`inCapitals` false) in
 * capitalised words; null for a label that heads no section: a record's or vote's label ("RESOLVED:", "AYES:"), a part
 * of a minute ("Discussion:"), an attendance label ("PRESENT:"; "ROLL CALL" is a section) or a speaker ("MR OSEI:").
 */
function sectionTitleOf(line: string, inCapitals: boolean): SectionTitle | null {
  const colonLabel = (inCapitals ? CAPS_TITLE_LABEL : TITLE_CASE_LABEL).exec(line);
  const dashed = colonLabel === null && inCapitals ? CAPS_TITLE_DASH.exec(line) : null;
  const label = colonLabel ?? dashed;
  if (!label || (dashed && DASHED_MINUTE_PARTS.test(dashed[2]))) return null;
  const title = label[2];
  // The text is what follows the match (none when the line ends there): as a group, `(\S.*)$` of a Unicode pattern
  // keeps a place to go back to for each character, which overflowed the stack on a document of megabytes on one line.
  const text = label[0].length < line.length ? line.slice(label[0].length) : undefined;
  const inUpperCase = title.toUpperCase();
  if (inCapitals ? !isCapsLine(title) : !/\p{Ll}/u.test(title) || title.split(' ').length > MAX_TITLE_CASE_WORDS || !hasCapitalisedWords(title)) return null;
  if (NOT_SPEAKER_LABELS.test(inUpperCase) || MINUTE_PART_LABELS.test(inUpperCase) || QUESTION_OR_ANSWER.test(inUpperCase)) return null;
  if (labelledSpeakerOf(`${title}: x`) !== undefined || isDecisionText(title)) return null;
  // "Durham County Councillors:" (a group of those present) heads no section either.
  // "Management:" (a homeowners' association's managing agent): a label some patterns know only by its colon.
  if (inUpperCase !== 'ROLL CALL' && attendanceLabelOf(`${title}:`) !== null) return null;
  // "ROLL CALL: Ayes: Kowalski, Ferraro. Nays: None.": the vote on the motion above, not a section.
  if (inUpperCase === 'ROLL CALL' && text !== undefined && VOTE_TALLY_LINE.test(line.trim())) return null;
  return { title: `${label[1]}${title}`, text: text === undefined ? null : `${label[1]}${text}`, dashed: dashed !== null };
}

/**
 * Whether a line can be such a title: it starts with a capital (told by its first character's case, without a pattern)
 * and holds a colon (tested first: most lines hold none).
 */
function mayBeSectionTitle(line: string, hasColon = line.includes(':')): boolean {
  if (!hasColon) return false;
  const first = firstContentCharacter(line);
  return first !== first.toLowerCase();
}

/** A section's text after its title's colon: a sentence ("Led by Mr. Osei."), not a field's value ("P2024/3318/FUL"). */
const isSentence = (text: string) => /\p{Ll}/u.test(text) && /[.!?)]$/.test(text.trimEnd());
/** Six words or more with one in lower case: a sentence, ended on the line or carried on to the next. */
const isBegunSentence = (text: string) => /\p{Ll}/u.test(text) && /^\S+(?:\s+\S+){5}/.test(text.trim());

/** How a document heads its sections (null: it does not), and the section titles read while telling it, by line. */
interface SectionCase {
  kind: 'caps' | 'titlecase' | null;
  /** Each line read as a title in capitalised words (`sectionTitleOf(line, false)`) while the case was told. */
  titleCaseReadings: Map<number, SectionTitle | null>;
}

/**
 * How the document heads its sections with a title and a colon: in capitals (three such titles), in capitalised words
 * (three different titles, at least two of them alone on their line and any text after the others a sentence), or not
 * at all (null). Each line's reading in capitalised words is kept: the split reads those lines again.
 */
function sectionTitleCase(lines: string[]): SectionCase {
  let caps = 0;
  let capsWithColon = 0;
  const titled = new Set<string>();
  const runIn = new Set<string>();
  const titleCaseReadings = new Map<number, SectionTitle | null>();
  let alone = 0;
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index];
    const hasColon = line.includes(':');
    if (!mayBeSectionTitle(line, hasColon || SPACED_DASH.test(line) || DASH_AT_END.test(line))) continue;
    // Titles run in before a dash count only beside two ended by a colon: the document heads its sections in capitals so.
    const inCapitals = sectionTitleOf(line, true);
    if (inCapitals !== null) {
      caps += 1;
      if (!inCapitals.dashed) capsWithColon += 1;
      if (caps >= MIN_SECTION_TITLES && (capsWithColon === caps || capsWithColon >= 2)) return { kind: 'caps', titleCaseReadings };
    }
    if (!hasColon) continue;
    const section = sectionTitleOf(line, false);
    titleCaseReadings.set(index, section);
    if (section === null) continue;
    // A hard-wrapped section's text goes on to the next line: its sentence is begun, not ended. A community council's
    // minute may be one short sentence ("Planning: No new applications."), ended on its title's line.
    if (section.text !== null && (isBegunSentence(section.text) || isSentence(section.text))) runIn.add(section.title.trim());
    if (section.text !== null && !isSentence(section.text)) continue;
    titled.add(section.title.trim());
    if (section.text === null) alone += 1;
  }
  if (titled.size >= MIN_SECTION_TITLES && alone >= 2) return { kind: 'titlecase', titleCaseReadings };
  // "Treasurer's Report: Ms. Tanaka reported …", "Old Business: The Board discussed …": a homeowners' or club board's
  // minutes run every section on from its title; with none alone on its line, more titles must say so (a scribe's notes whose turns open with initials as often are "Lars:", "Roni Even:", people's turns).
  return { kind: runIn.size >= MIN_RUN_IN_SECTION_TITLES && !turnsByInitials(lines, runIn.size) ? 'titlecase' : null, titleCaseReadings };
}

/** Where a row of a Word or HTML table parts its cells: the readers' tab, four spaces by now (index.ts). */
const CELL_BREAK = /\s{3,}/;
/** At most this many characters in a number cell ("Minute 25/031"). */
const MAX_NUMBER_CELL = 16;
/** At most this many words in a title cell. */
const MAX_CELL_TITLE_WORDS = 12;

/**
 * "3<tab>Practice update<tab>Karen Lyle reported …<tab>KL to share …" (each tab four spaces by now): a row of minutes set as a table of number, title,
 * minute and action cells, each cell of one paragraph on the row's line. The number and title make the item's heading
 * and each other cell a paragraph; null for any other line ("1<tab>Cllr Hale<tab>Chair" is a row of people: the cell
 * after the title must be a sentence).
 */
function splitItemRow(line: string): string[] | null {
  // The number cell is short: the first gap is looked for only where it can be, just after the line's start (a gap
  // further on, text in columns, lets the line go without a search of the rest of it).
  const start = contentStart(line);
  const gap = gapWithin(line, start, start + MAX_NUMBER_CELL);
  // An indented line with no gap after its start could only have its cells parted by white space other than spaces.
  if (gap === -1 && (start < 3 || !line.slice(0, start).includes('   ') || line.includes('   ', start) || !WHITE_SPACE_OTHER_THAN_SPACE.test(line))) return null;
  const cells = line.trim().split(CELL_BREAK);
  if (cells.length < 3 || !NUMBER_ALONE.test(cells[0]) || /[.!?]$/.test(cells[1]) || cells[1].split(' ').length > MAX_CELL_TITLE_WORDS) return null;
  if (!isSentence(cells[2])) return null;
  return [`${cells[0]} ${cells[1]}`, ...cells.slice(2).flatMap((cell) => ['', cell])];
}

/** Where three spaces in a row start in `line` at or after `from`, no later than `last`; -1 when none does. */
function gapWithin(line: string, from: number, last: number): number {
  let spaces = 0;
  for (let index = from; index < line.length && index <= last + 2; index += 1) {
    spaces = line.charCodeAt(index) === 0x20 ? spaces + 1 : 0;
    if (spaces === 3) return index - 2;
  }
  return -1;
}

/**
 * A numbered line's title and text: where a title in capitalised words runs on into a sentence, else (a minute's
 * reference only) at the full stop or spaced dash that ends its title. The sentence's own start is tried first: it keeps
 * a subtitle after a dash in the title ("35/18 Double Yellow Lines – Furlong Road The Clerk advised …").
 */
function splitNumberedRunOn(line: string, next: string | undefined, stopTitles: StopTitles): [string, string] | null {
  return splitTitleCaseRunOn(line) ?? (mayEndTitleAtStop(line) ? splitRunOn(line, next, stopTitles) : null);
}

/** "Minute no. 3 – ", "Item 4 ": a minute's number after the word that names it, as a line opens with it. */
const PREFIXED_NUMBER = new RegExp(String.raw`^\s*${ITEM_PREFIX}\d`, 'i');

/**
 * "2. / Declaration of Members' Interests": a table's cells copied with a slash between them (as document sites print a
 * Word table), the minute's number in the first; the slash is no part of the title or of the paragraph after it, nor is
 * the last column's heading run onto the first row ("ACTION1. / Apologies").
 */
const CELL_SLASH_AFTER_NUMBER = /^\s*(?:\p{Lu}{2,12})?(\d{1,3}\.)\s\/\s+(?=\p{Lu})/u;
const opensWithCellSlash = (line: string) => line.includes('. / ') && CELL_SLASH_AFTER_NUMBER.test(line);

/** "I. CALL TO ORDER", "IV. PUBLIC HEARINGS": a section's Roman numeral before its title in capitals (US minutes). */
const ROMAN_NUMBERED_CAPITALS = /^\s*(?:X{1,3}(?:IX|IV|V?I{0,3})|IX|IV|V?I{1,3}|V)\.\s+\p{Lu}{2}/u;

/**
 * Whether a line opens with a minute's number, bare ("14/25 …") or after the word naming it ("Minute no. 3 – …"), or
 * with a section's Roman numeral before capitals (told by its first character, I, V or X, first).
 */
const opensWithNumber = (line: string) => startsWithDigit(line) || PREFIXED_NUMBER.test(line) || LETTERED_REFERENCE.test(line) || ('IVX'.includes(firstContentCharacter(line)) && ROMAN_NUMBERED_CAPITALS.test(line));

const LOWER_CASE_WORD_FIRST = /^\s*\p{Ll}[\p{L}'’-]+\s/u;

/** `lines` with each run-on minute split into its title line and its text (a bold title's marks off first); the same array when none runs on. */
export function splitRunOnTitles(markedLines: string[]): string[] {
  const lines = markedLines.some((line) => line.includes('**')) ? markedLines.map(withBoldNumberedTitleUnmarked) : markedLines;
  const { kind: sectionCase, titleCaseReadings } = sectionTitleCase(lines);
  /** A line's section title in the document's case: in capitalised words, as read while telling the case. */
  const sectionAt = (index: number, line: string) => (sectionCase === 'titlecase' ? titleCaseReadings.get(index) ?? null : sectionTitleOf(line, true));
  const stopTitles = stopTitlesOf(lines);
  // Sections numbered in Roman numerals ("I. Call to Order. The …") are told apart from the figures under them.
  const romanStopTitles = lines.some((line) => ROMAN_OPENING.test(line)) && romanTitlesRunOn(lines);
  let split: string[] | null = null;
  for (let index = 0; index < lines.length; index += 1) {
    const printed = lines[index];
    const line = opensWithCellSlash(printed) ? printed.replace(CELL_SLASH_AFTER_NUMBER, '$1 ') : printed;
    // Most lines hold no colon: no pattern need run on them (the line is searched for one once).
    const hasColon = line.includes(':');
    const hasSeparator = hasColon || SPACED_DASH.test(line);
    const section = sectionCase !== null && mayBeSectionTitle(line, sectionCase === 'caps' ? hasSeparator || DASH_AT_END.test(line) : hasColon) ? sectionAt(index, line) : null;
    // A title in capitalised words is marked as a heading (as an underlined one is): a Title Case line in a header full of
    // names would not end it, and a roll call under it would be read as the header's attendance.
    const title = section && sectionCase === 'titlecase' ? `## ${section.title.trim()}` : section?.title;
    const parts = section
      ? section.text === null ? [title!] : [title!, section.text]
      : ((opensWithNumber(line) ? splitLabelRunOn(line) : null) ?? (hasSeparator ? splitRunOn(line, lines[index + 1]) : null) ?? splitItemRow(line) ?? (opensWithNumber(line) ? splitNumberedRunOn(line, lines[index + 1], stopTitles) : romanStopTitles && ROMAN_OPENING.test(line) ? splitRunOn(line, lines[index + 1], 'any-number') : null) ?? (line === printed ? null : [line]));
    // "4) Rates for 2025/26: after discussion it was agreed to raise the" (hard-wrapped): a text run on in lower case is set apart
    // from its title by a blank line, or the title would read as carried on to it ("i. The verge …", a point's marker, opens a text in capitals).
    if (parts) (split ??= lines.slice(0, index)).push(...(parts.length === 2 && LOWER_CASE_WORD_FIRST.test(parts[1]) ? [parts[0], '', parts[1]] : parts));
    else split?.push(line);
  }
  return split ?? lines;
}
