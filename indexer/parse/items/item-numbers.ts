// Agenda item numbers as minutes print them ("7.", "22/104", "Minute 12/23", "FC.25.12"), shared by the heading readers
// (headings.ts, and leader-headings.ts for numbers printed after their title), and the titles printed after them.
import { hasCapitalisedWords, hasCapitalsOnly } from './capitals';
import { isDecisionText, MOVER_LINE } from '../decisions/decisions';
import { endsWithOneOf } from '../patterns';
import { inRunOfMinutes } from './minute-runs';
import { isNumberedNonItemLine } from './numbered-non-items';
/**
 * "Minute 12/23", "Item 4", "No. 7", the "ARTICLE 5" of a New England town meeting's warrant, India's "Subject No. 2",
 * "Transcript of Item 5" heading a verbatim record of one item, and "Decision 2" heading a decision notice's block; "§ 12" (Nordic and German municipal minutes number
 * their items as sections), "#3" (notes kept in a wiki or a tracker) and "*450" or "*PR/1" (a county council's
 * minutes print a note's asterisk against the minutes it decides under delegation, before the number or its committee's code).
 */
export const ITEM_PREFIX = String.raw`(?:(?:Minute|Min\.?|Item|Agenda\s+item|Transcript\s+of\s+(?:Agenda\s+)?Item|Article|Subject|Decision)\s+(?:No\.?\s*)?|No\.\s*|§\s*|[#*](?=\d)|\*(?=[A-Z]{1,4}\/\d))`;
/**
 * Item numbers as printed: "23/24-01", "IV.", "EOS/31", "22/104", "PE/24/01", "AG.41", "7", "4.1", "11.2.3", "B.", and
 * "24.031" (a year and a three-digit minute: universities, charities) and "FGP 45" (a committee's letters, a space, the
 * minute; never "PART 2" or "MAY 2024"), "C 014/25" (Northern Irish councils: a letter, a space, the minute and year),
 * "FC.25.12" and "P.25.14" (a committee's letters, the year and the minute, between dots), "3.B" (a lettered sub-item),
 * "1001." and "12930." (minutes numbered on past 999, some parishes since their founding: four or five digits with the
 * full stop, bracket or colon after them, or before a title in capitals, isYearNumber; alone on a line, as a meeting
 * page prints the number over its title, any but a year's), "041/HS/2025" (Kenyan
 * county assemblies: the minute, the committee's letters, the year), "67/19/F&R" (English town councils: the minute, the
 * year, the committee's letters), "4(a)" (a sub-item lettered in brackets), "7-A" (a US city's sub-item: the item's
 * number, a hyphen and a capital letter), "1/25-26"
 * and "25-26/014" (English parish councils: the minute and the financial year, either way round), "18-19/FRA/3" (the
 * financial year, the committee's letters and the minute: English fire and rescue authorities), "Cou/285/07-08" (a parish
 * council's letters, the minute and the financial year's two years), "24.25.014" (the
 * financial year's two years and the minute), "2025-04-071" (Quebec councils number each resolution by year, month and
 * order, and print it as the item's number; three digits at the end, so an ISO date is never one), "04/08:01" (Northern
 * Irish district councils: the year, the meeting of the year and the minute, the last after a colon), "FC18/07/1" (a
 * parish's committee letters, the meeting's year and month, and the minute), "2307.01" (a parish that numbers each
 * meeting by its year and month, July 2023, and each minute after a full stop; a month of 01 to 12, so no sum of money is one),
 * "180501." (the same six figures run together, the year, the month and the minute, a full stop after them),
 * "3-0607/8" (a parish's minute, then the council year's four figures and the meeting of the year), "A4/2-23" (South
 * African municipalities: the resolution's letter and number, the meeting of the year and the year); never a date with
 * its year's four figures ("2021/10/04" over the minutes, the day a web page posted them).
 */
export const ITEM_NUMBER = String.raw`(?:(?:19|20)\d{2}-\d{2}-\d{3}(?=\s)|\d{2}(?:0[1-9]|1[0-2])\.\d{2}(?=\s)|\d{2}(?:0[1-9]|1[0-2])\d{2}(?=\.\s)|\d{1,3}-\d{4}\/\d{1,2}(?=\s)|\d{2}\.\d{3}(?=\s)|\d{2}\.\d{2}\.\d{3}(?=\s)|(?!(?:PART|JAN|FEB|MAR|APR|MAY|JUNE?|JULY?|AUG|SEPT?|OCT|NOV|DEC)\s)[A-Z]{2,4} \d{1,4}(?=\s)|\d{2}\/\d{2}[-.]\d{1,3}|\d{2}\/\d{2}:\d{2,3}(?=\s)|(?:IX|IV|V?I{1,3}|X{1,2}(?:IX|IV|V?I{0,3}))(?=[.)])|[A-Z]{1,4}\/\d{1,4}\/\d{2}[-–]\d{2}(?!\d)|[A-Z]{1,4}\/\d{1,4}(?:\/\d{2,4})?|\d{1,4}\/[A-Z]{1,6}\/\d{2,4}|\d{1,4}\/\d{2}[-–]\d{2}(?!\d)|[A-Z]{1,2}\d{1,3}\/\d{1,2}-\d{2}(?=\s)|\d{2}[-–]\d{2}\/[A-Z]{1,6}\/\d{1,4}|\d{2}[-–]\d{2}\/\d{1,4}|\d{1,4}\/\d{2}\/[A-Z][A-Z&]{0,5}(?=\s)|(?!(?:19|20)\d{2}\/[01]?\d\/[0-3]?\d(?!\d)|[0-3]?\d\/[01]?\d\/(?:19|20)\d{2}(?!\d))\d{1,4}\/\d{1,4}(?:\/\d{1,4})?|[A-Z]{1,3}[\s.]?\d{1,4}\/\d{2,4}(?:\/\d{1,3}(?=\s))?|[A-Z]{1,4}\.\d{2}\.\d{1,3}(?=\s|$)|[A-Z]{2,4}\.\d{1,4}(?=\s)|\d{1,3}\.[A-Z](?=\s)|\d{1,2}-[A-Z](?=[.\s])|[1-9]\d{3,4}(?=[.):]\s)|(?!(?:19|20)\d\d)[1-9]\d{3,4}(?=[.):]$)|(?!(?:19|20)\d\d\s)[1-9]\d{3,4}(?=\s)|\d{1,3}(?:\.\d{1,2}){0,2}(?:[a-z]|\([a-z]\))?|[A-Z](?=[.)]))`;
/**
 * "7. Title", "22/104 Title", "Minute 12/23 – Title", "Item 4: Title", "4.1 Title", and "16/059 / Title" or "16/059 |
 * Title": a table's number and title cells, copied to text with the bar or slash a document site sets between cells.
 * "65/21). Title" (a bracket and a full stop after the minute) and "2/ Title" (a village's minutes typed with a slash
 * after a small number) are English parishes' own; "M/140/2006:- Title" (a colon and dash) a Northern Irish council's.
 */
/** The characters `.` does not match: a title holding one ends before the line does, and the pattern fails. */
const LINE_ENDS = ['\n', '\r', '\u2028', '\u2029'];
const NUMBERED_LINE_HEAD = new RegExp(String.raw`^(${ITEM_PREFIX})?(${ITEM_NUMBER})(?:\)\.|:-|[.):]|(?<=^\d{1,2})\/|\s*[-–—]|\s+[|/](?=\s))?\s+(?=\S)`, 'i');
/**
 * The pattern `^(prefix)?(number)(mark)?\s+(\S.*)$`, its groups the number's prefix, the number and the title: matched
 * as its head, the title the rest of the line. A pattern's `.*` reads the line a character at a time to its end, and a
 * line can be a whole document; only a line separator inside the title (where `.` stops) is looked for after the head.
 */
export const NUMBERED_LINE = {
  exec(line: string): RegExpExecArray | null {
    const head = NUMBERED_LINE_HEAD.exec(line);
    if (head === null) return null;
    const title = line.slice(head[0].length);
    if (LINE_ENDS.some((end) => title.includes(end))) return null;
    head.push(title);
    head[0] = line;
    return head;
  },
  test(line: string): boolean {
    return this.exec(line) !== null;
  },
};
/** "1. Call to Order", "1) OPENING": an item numbered one on its title's line, as a meeting's first item is. */
export const FIRST_ITEM_HEADING = /^\s*1[.)]\s+\p{Lu}/u;
/**
 * A number alone on its line ("3", "3.", "Minute 12/23", a Northern Irish council's "M/140/2006:-"): the title is on the
 * next line. Not a day, a month and a two-figure year ("02/11/08" alone under a township board's title: the meeting's
 * date, read either way round; "03/17/01 Circular", a month, a year and an item, numbers a line with its title).
 */
export const NUMBER_ALONE = new RegExp(String.raw`^(?!(?:[0-3]?\d\/[01]?\d|[01]?\d\/[0-3]?\d)\/\d{2}$)(${ITEM_PREFIX})?(${ITEM_NUMBER})(?:[.):]|:-)?$`, 'i');
/** How both patterns above start. */
export const ITEM_NUMBER_START = new RegExp(String.raw`^(?:${ITEM_PREFIX})?(?:${ITEM_NUMBER})`, 'i');
/** "Cou/286/07-08 ", "EOS/31 ": a line opening with a minute's reference led by its council's or committee's letters. */
export const LETTERED_REFERENCE = /^\s*[A-Z][A-Za-z]{0,3}\/\d{1,4}(?:\/\d{2}(?:[-–]\d{2})?)?\s/;
/** "[1] Welcome and apologies": an item number in square brackets, which no paragraph opens with. */
export const SQUARE_BRACKETED_NUMBER = /^\[\d{1,3}\]\s/;

/**
 * "2024 Annual Report", and "2023. The Service had …" wrapped onto its own line: four digits that could be a year are
 * one. A council that numbers its minutes on past 999 prints "1001. Public questions": four digits outside the years
 * 1900–2099, with the full stop or bracket of an item number, are a minute; so are four or five such digits before a
 * title in capitals ("1358 DECLARATIONS OF INTEREST", "14365 CHAIRMAN’S ANNOUNCEMENTS"), but not before words in
 * lower case ("1500 residents signed …").
 */
export function isYearNumber(number: string, text: string): boolean {
  if (!/^\d{4,5}$/.test(number)) return false;
  return /^(?:19|20)\d\d$/.test(number) || !(/^\d{4,5}[.):]\s/.test(text) || CAPITALS_TITLE_AFTER_NUMBER.test(text));
}

/**
 * isYearNumber, but "1953. The Chairman welcomed …" in a run of minutes numbered on from meeting to meeting into
 * figures that read as years (minute-runs.ts sets their full stop).
 */
export function isYearNumberAt(number: string, text: string, lines: string[], index: number): boolean {
  return isYearNumber(number, text) && !(/^\d{4}\.\s/.test(text) && inRunOfMinutes(Number(number), lines, index));
}

/** A minute's number, then a title in capitals (its first word of three letters or more). */
const CAPITALS_TITLE_AFTER_NUMBER = /^\d{4,5}\s+\p{Lu}[\p{Lu}'’&-]{2,}(?!\p{Ll})/u;

/**
 * A street's kind, ending the address a house number starts: "200 Harbor Street", "14 Mill Rd.", "9 Elm Close", with
 * the part of town North American addresses add ("60 Birch Road West", "3738 Elm Avenue, SW"), in capitals as a
 * title's lines print it, its town after a comma ("2263 SANTA CLARA AVENUE, ALAMEDA", "310 Ocotillo Drive, Mesa Blanca, AZ
 * 85201", with the state and the ZIP code), and the meeting's time after a
 * dash ("2263 SANTA CLARA AVENUE – 7:00 PM": a US city's heading gives the chamber's address and the hour the meeting opens),
 * or the meeting's date and hour after it ("181 MILLRACE RD OCTOBER 9, 2024 7PM", a township's heading).
 */
const STREET_ENDING = /\s(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Way|Boulevard|Blvd|Place|Pl|Court|Ct|Square|Sq|Parkway|Pkwy|Highway|Hwy|Terrace|Crescent|Close|Plaza)\.?(?:,?\s+(?:North|South|East|West|[NSEW]|NE|NW|SE|SW)\.?)?(?:,\s+[a-z][a-z.'’-]+(?:\s+[a-z][a-z.'’-]+)?(?:,\s+[a-z]{2}(?:\s+\d{5}(?:-\d{4})?)?)?)?,?(?:\s*[-–—]\s*\d{1,2}[:.]\d{2}\s*[ap]\.?m\.?)?(?:,?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}(?:,?\s+\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\.?)?)?$/i;

/**
 * "200 Harbor Street" in a US city's letterhead over its minutes: a house number and a street, no item. An item's
 * number stands apart from its title by a full stop, a bracket or a colon ("7. Station Road" is an item about it),
 * and minutes rarely run past twenty items with bare numbers.
 */
function isStreetAddress(number: string, text: string, lines: string[], index: number): boolean {
  if (!/^\d{1,5}$/.test(number) || !text.startsWith(number) || !/\s/.test(text.charAt(number.length))) return false;
  if (Number(number) >= 20) return STREET_ENDING.test(text);
  // A low number: its street's word ends the line's first part (told without a pattern: most items' titles end otherwise).
  const place = text.split(',', 1)[0].trimEnd().replace(/\.$/, '');
  return STREET_WORDS.has(place.slice(place.lastIndexOf(' ') + 1).toLowerCase()) && STREET_ENDING.test(text) && firstItemBelow(lines, index);
}

/** The words STREET_ENDING ends an address with. */
const STREET_WORDS = new Set('street st road rd avenue ave lane ln drive dr way boulevard blvd place pl court ct square sq parkway pkwy highway hwy terrace crescent close plaza'.split(' '));

/** "1. Apologies", "1 Welcome": the first item of minutes, numbered one. */
const FIRST_ITEM = /^\s*(?:Item\s+)?1(?:[.):]|\s*[-–—])?\s+\p{Lu}/u;
/** How many lines under a low house number the minutes' first item is looked for. */
const FIRST_ITEM_LOOKAHEAD = 40;

/**
 * "12 High Street" on the cover of a residents' association's or a club's minutes, over "1. Apologies": a low house
 * number the items that follow it start again from one, so an address, no item twelve (an item about a street, "12
 * Church Lane", comes after items one to eleven).
 */
function firstItemBelow(lines: string[], index: number): boolean {
  const end = Math.min(lines.length, index + FIRST_ITEM_LOOKAHEAD);
  for (let below = index + 1; below < end; below += 1) if (FIRST_ITEM.test(lines[below])) return true;
  return false;
}

/**
 * "APOLOGIES FOR ABSENCE            1" after "ITEM 1:": the item's number printed again in the right margin, set off by a
 * run of spaces or a tab, as some councils' templates print it; no part of the title.
 */
export function withoutMarginNumber(title: string, number: string): string {
  const last = title.trimEnd();
  if (!last.endsWith(number)) return title;
  const before = last.slice(0, last.length - number.length);
  return /\S(?: {2,}|\t)\s*$/.test(before) ? before.trimEnd() : title;
}

/** A UK postcode ("CO11 2PD", "SA31 1JP") ending a line: the last line of a postal address. */
const POSTCODE_ENDING = /\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/;
/** How many lines (blank ones aside) under a house number its address's postcode is looked for. */
const ADDRESS_LINES = 3;
/** An address's lines are short: a longer line under the number is an item's text. */
const ADDRESS_LINE_LENGTH = 40;

/**
 * "2 Goose Green Cottages" over "Colchester Road" and "Wix, Essex CO11 2PD": a clerk's letterhead, its house number
 * first; the address goes on in short lines under it, the last ending in a postcode. An item's text under its title is
 * no such run of short lines (a planning item titled "4 14-16 Caledon Road, London N7 8QA" has its postcode in the title).
 */
function opensPostalAddress(number: string, lines: string[], index: number): boolean {
  if (!/^\d{1,4}$/.test(number)) return false;
  let seen = 0;
  for (let below = index + 1; below < lines.length && seen < ADDRESS_LINES; below += 1) {
    const line = lines[below].trim();
    if (line === '') continue;
    if (line.length > ADDRESS_LINE_LENGTH || NUMBERED_LINE.test(line)) return false;
    if (POSTCODE_ENDING.test(line)) return true;
    seen += 1;
  }
  return false;
}

/** "I. Welcome", "A. Apologies": the first of items numbered in Roman numerals or letters, or an initial and a surname. */
const FIRST_OF_SEQUENCE = /^([IA])[.)]\s+\p{Lu}/u;
const NEXT_IN_SEQUENCE: Readonly<Record<string, RegExp>> = { I: /^\s*II[.)]\s+\p{Lu}/u, A: /^\s*B[.)]\s+\p{Lu}/u };
/** How far below such a line its next item is looked for. */
const SEQUENCE_LOOKAHEAD = 400;

/**
 * Whether "I. Welcome" under a list of people is the first item of the minutes, not "I. Welcome" the person: a line
 * below it goes on with the sequence ("II. Apologies", or "B. …" after "A. …").
 */
export function startsItemSequence(line: string, lines: string[], index: number): boolean {
  const first = FIRST_OF_SEQUENCE.exec(line);
  if (!first) return false;
  const next = NEXT_IN_SEQUENCE[first[1]];
  const end = Math.min(lines.length, index + SEQUENCE_LOOKAHEAD);
  for (let below = index + 1; below < end; below += 1) if (next.test(lines[below])) return true;
  return false;
}

/**
 * "2 Rowes Terrace, Plough Bank, Montgomery, SY15 6QD.", "91 BRIDGEGATE, , DN14 7JJ": a clerk's or an office's address
 * on one line of a letterhead, its house number first, its parts between commas and its postcode last. A planning item
 * titled with an address has the house's own number after the item's ("4 14-16 Caledon Road, London N7 8QA"), so no
 * figure may stand between the number and the postcode.
 */
const ONE_LINE_ADDRESS = /^\d{1,4}\s+\p{Lu}[^\d]*,[^\d]*,\s*[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\.?$/u;

/** A numbered line that starts an address (a US street's or a UK letterhead's), or is another figure's line: not an item. */
export function isNumberedNonItem(number: string, text: string, lines: string[], index: number): boolean {
  return isStreetAddress(number, text, lines, index) || opensPostalAddress(number, lines, index) || (text.startsWith(number) && ONE_LINE_ADDRESS.test(text)) || isNumberedNonItemLine(text);
}

/**
 * "66/21). To elect a Chairman and signature of declaration of office.": an English parish words its agenda's items as
 * what the council is "To" do, and may keep the agenda's full stop after a slashed minute; no minute's own text opens so.
 */
export const AGENDA_INFINITIVE = /^To\s(?:elect|receive|consider|approve|agree|note|confirm|adopt|resolve|review|discuss|appoint|accept|co-opt|sign|set|authorise|authorize)\b[^.]{0,140}\.?$/;

/**
 * "Minutes of the last meeting held on 11th December 2014.", "To approve the Minutes of the Statutory Meeting of 11th
 * December 2014.": the first business of a parish's minutes, the earlier meeting's minutes, titled with the agenda's
 * full stop kept; a title however long, where another numbered line so long and ended is a sentence.
 */
export const EARLIER_MINUTES_TITLE = /^(?:To\s(?:receive|approve|confirm|agree|adopt|sign|note)\s(?:and\s\w+\s)?(?:the\s)?)?Minutes\sof\s(?:the\s)?(?:[\w-]+\s){0,3}?(?:meeting|Meeting|MEETING)\s(?:held\s|of\s)[^.]{1,80}\.$/i;

/** The longest agenda wording read as a title. */
const MAX_AGENDA_WORDING = 300;

/**
 * Whether a numbered line's title is the agenda's wording of its item: in capitals or capitalised words after a slashed
 * reference (capitals after a bare "12." may be a paragraph of minutes typed all in capitals), or after "2.0" ("2.0 To
 * Receive Declarations of Interest & Requests for Dispensations for Agenda Items in accordance with …", its paragraphs
 * numbered on under it: "2.1 None were declared"). Never a decision, nor a resolution's movers ("26/043 - Moved, seconded by
 * Councillors Tull/Birch that the Public Works Monthly", a BC village's numbered resolution wrapped at capitalised words).
 */
export function isAgendaWording(number: string, title: string): boolean {
  if (title.length > MAX_AGENDA_WORDING) return false;
  const pointZero = /^\d{1,2}\.0$/.test(number) && !endsWithOneOf(title.trimEnd(), '.!?') && hasCapitalisedWords(title);
  const coded = number.includes('/') && (hasCapitalsOnly(title) || (hasCapitalisedWords(title) && !endsWithOneOf(title.trimEnd(), '.!?')) || AGENDA_INFINITIVE.test(title) || EARLIER_MINUTES_TITLE.test(title));
  return (pointZero || coded) && !isDecisionText(title) && !MOVER_LINE.test(title.replace(/^[-–—]\s*/, ''));
}

const ROMAN_DIGITS: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10 };

/** The value of a Roman numeral of I, V and X ("IV" → 4), as minutes number their items up to XXXIX. */
export function romanValue(numeral: string): number {
  let total = 0;
  for (let index = 0; index < numeral.length; index += 1) {
    const value = ROMAN_DIGITS[numeral[index]];
    total += value < (ROMAN_DIGITS[numeral[index + 1]] ?? 0) ? -value : value;
  }
  return total;
}

/** A number alone shaped as a date: its first two parts (kept) and its last. */
const DATE_SHAPED_ALONE = /^(\d{1,2}\/\d{2}\/)(\d{1,3})$/;
/** Lines looked back over for the item above: an item's minute may run to a page or two. */
const LOOK_BACK = 120;
/** The number and the group NUMBER_ALONE gives before it (no prefix), as NUMBER_ALONE's match is read. */
const AS_NUMBER_ALONE = /^()(\S+)$/;

/**
 * "01/25/02" alone on its line over "Patient Story": an NHS board's minute numbered by meeting, year and item, shaped as
 * a date written in figures (which NUMBER_ALONE lets go, so that a township board's "02/11/08" under its title stays
 * the meeting's date). It numbers an item when an item above it was numbered with the same first two parts and a
 * smaller last one ("01/25/01 – Welcome, Apologies and Chairman's Matters"); a date repeated on every page is the same.
 *
 * Returns the line's number as NUMBER_ALONE would match it, or null.
 */
export function sequencedNumberAlone(lines: string[], index: number, text: string): RegExpExecArray | null {
  const shaped = text.length <= 9 ? DATE_SHAPED_ALONE.exec(text) : null;
  if (!shaped) return null;
  const [prefix, last] = [shaped[1], Number(shaped[2])];
  for (let back = index - 1; back >= 0 && back >= index - LOOK_BACK; back -= 1) {
    const line = lines[back].trimStart();
    if (!line.startsWith(prefix)) continue;
    const earlier = /^\d{1,3}(?!\d)/.exec(line.slice(prefix.length));
    if (earlier && Number(earlier[0]) < last) return AS_NUMBER_ALONE.exec(text);
  }
  return null;
}
