// Minutes run together on one line, as a document-sharing site copies a PDF's text: "… 1. Apologies for Absence There
// were no apologies. 2. Declarations of Interest None were made. 3. Forthcoming Events …". Each item starts a line of
// its own at its number, so the heading rules (and the rules splitting a title from the text run on after it) read
// the items as in any other minutes.
import { capitalsTitlesApart, capitalsTitleCuts, capitalsTitlesBeforeSentencesApart } from './flattened-capital-headings';
import { romanValue } from '../items/item-numbers';
import { PERSON_START } from '../attendance/listed-person';
import { isBlank, matchesAfterWhiteSpace } from '../patterns';
import { flattenedHeader } from './flattened-attendance';
import { unwrapped, wrappedRun } from './rewrapped-run';

/** A line shorter than this is a paragraph, however it numbers what it lists. */
const FLATTENED_LINE = 400;
/** Fewer items than this in sequence are a paragraph's own numbering, not the minutes' items. */
const MIN_ITEMS = 3;
/**
 * "1. ", "2.0 ", "3) ", "4 " before a capital: an item's number ("1.1" numbers a paragraph within one); "25. ", "1358 ":
 * a council numbering its minutes on through the year. "410.13 ", "1006/134 ", "25/03/01 – ": a minute's reference,
 * its number after a prefix its minutes share (the year's, the meeting's); a prefix of a digit or two before a full stop
 * is an item's number, and what follows it a paragraph's. "MDL292/21 ", "KN01/0121 ": Irish councils' references, the
 * body's letters, the minute's number, and the year's (or the meeting's month and year) after a slash. "1.3.22 ",
 * "2.3.22 ": a parish's minute numbered by the meeting's month and year after it, the suffix its minutes share.
 * "Cou/285/07-08 ", "PC/41/24 ": an English parish's minute between its council's letters and its (financial) year.
 */
const ITEM_NUMBER =
  /(?:(\d{1,4}\/|\d{2}\/\d{2}\/|\d{3,4}\.)?(\d{1,4})(?:\.0(?!\d)|\.(?!\d)|\))?|(\p{Lu}{1,4})(\d{1,4})(\/\d{2,4})|(\d{1,3})(\.\d{1,2}\.\d{2})|(\p{Lu}[\p{L}]{0,3}\/)(\d{1,4})(\/\d{2}(?:[-–]\d{2})?))(?:\s+[–—-])?\s+(?=\p{Lu})/uy;
/** Where ITEM_NUMBER may start: after white space, a figure, or a capital and up to three letters before a figure or a slash. */
const BEFORE_ITEM_NUMBER = /\s(?=\d|\p{Lu}\p{L}{0,3}[\d/])/gu;

/**
 * "I. CALL TO ORDER", "II . ROLL CALL" (a space before the full stop, as a scan's text layer sets it), "III.APPROVAL OF
 * MINUTES" (none after it, as a meeting portal's copy runs them on): US minutes number their sections in Roman numerals,
 * each over a title in capitals; a capital word after "I." is never a sentence's "I".
 */
const ROMAN_ITEM_NUMBER = /(X{1,3}(?:IX|IV|V?I{0,3})|IX|IV|V?I{1,3}|V)\s?\.\s*(?=\p{Lu}{2})/uy;
const BEFORE_ROMAN_NUMBER = /\s(?=[IVX])/g;
const ROMAN_NUMBER_START = /^(X{1,3}(?:IX|IV|V?I{0,3})|IX|IV|V?I{1,3}|V)\s?\.\s*(?=\p{Lu}{2})/u;

/** An item's number found on a line: where it starts, where its text starts, and its place in a numbering ("14/" + 111). */
interface NumberFound {
  start: number;
  text: number;
  prefix: string;
  number: number;
}

/** How far back a bracket that "2)" closes is looked for: "(Part 2)", "(Appendix 12)". */
const BRACKET_REACH = 12;

/** Whether the number "2)" closes a bracket opened just before it ("… MEETING (PART 1) HELD …"): a title's part, no item's number. */
function closesBracket(line: string, match: RegExpMatchArray): boolean {
  if (!match[0].includes(')')) return false;
  const before = line.slice(Math.max(0, (match.index ?? 0) - BRACKET_REACH), match.index);
  return before.lastIndexOf('(') > before.lastIndexOf(')');
}

/** The line's item numbers in order: numbered in figures (ITEM_NUMBER) and in Roman numerals, the two never one run. */
function numbersOn(line: string): NumberFound[] {
  const found: NumberFound[] = [];
  for (const match of matchesAfterWhiteSpace(line, ITEM_NUMBER, BEFORE_ITEM_NUMBER)) {
    if (closesBracket(line, match)) continue;
    // A lettered reference's letters and its year stand as its prefix: its number goes on only among references sharing both.
    const prefix = match[3] !== undefined ? `${match[3]}${match[5]}/` : match[7] !== undefined ? `${match[7]} ` : match[8] !== undefined ? `${match[8]}${match[10]} ` : (match[1] ?? '');
    found.push({ start: match.index, text: match.index + match[0].length, prefix, number: Number(match[2] ?? match[4] ?? match[6] ?? match[9]) });
  }
  // Most lines hold no Roman numeral's full stop before capitals: the pattern runs only where "I." or "I ." could be one.
  if (!/[IVX] ?\./.test(line)) return found;
  for (const match of matchesAfterWhiteSpace(line, ROMAN_ITEM_NUMBER, BEFORE_ROMAN_NUMBER)) found.push({ start: match.index, text: match.index + match[0].length, prefix: 'roman ', number: romanValue(match[1]) });
  return found.sort((a, b) => a.start - b.start);
}

/** "The Opening Prayer was led by …", "Members noted …": a sentence's first word, which no title opens with. */
const SENTENCE_OPENER = /^(?:The|A|An|It|There|This|These|That|He|She|They|We|All|No|Members|Councillors)\s/;
/**
 * "Apologies for Absence There were …", "Forthcoming Events The Chair …": a title's first words after an item's number,
 * capitalised (a small word between them aside), or a title of a few words before a colon ("Police matters: PC …"), or
 * an agenda's wording ("To receive apologies for absence."). A sentence there ("1. The Opening Prayer was led by …", "2. Apologies
 * had been received …") is a paragraph numbered within an item, and a person first ("4. Mr R Hill left …") is one too.
 */
const TITLE_START =
  /^(?:\p{Lu}[\p{L}'’-]*,?\s+(?:(?:of|for|and|to|from|on|in|the|with|&)\s+)?[\p{Lu}\d]|\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,5}:\s|To\s+(?:receive|approve|consider|note|invite|agree|resolve|discuss|review|confirm|elect|adopt)\s)/u;

/** More lines than this (not blank) make a document set out line by line, not one run together. */
const MAX_FLATTENED_LINES = 20;
/** A line holding a third (1 / FLATTENED_SHARE) of the document's text or more is the minutes run together, not a long paragraph among others. */
const FLATTENED_SHARE = 3;

/**
 * The lines with a flattened header's attendance lists set apart (flattenedHeader), then each flattened line
 * split before its items' numbers. The header's parts are read for items as the one line they were: a roll call item's
 * list ("… 1. CALL TO ORDER/ROLL CALL: … The following were present: … 2. PLEDGE …") would otherwise part its items' run.
 */
export function withFlattenedTextApart(lines: string[]): string[] {
  const paged = withPagesJoined(withWrappedRunJoined(lines));
  const header = flattenedHeader(paged);
  const joined = header === null ? paged : [...paged.slice(0, header.index), header.parts.join('\n'), ...paged.slice(header.index + 1)];
  if (joined === lines) return withFlattenedItemsApart(lines);
  return withFlattenedItemsApart(joined).flatMap((line) => (line.includes('\n') ? line.split('\n') : [line]));
}

/**
 * The lines with each flattened line split before its items' numbers: in a document of few lines, a line holding a
 * large share of its text whose numbers 1, 2, 3 … follow each other.
 */
function withFlattenedItemsApart(lines: string[]): string[] {
  // A document of many lines sets its items on lines of their own (a site's one-line preview above them is a copy).
  if (holdsMoreLinesThan(lines, MAX_FLATTENED_LINES)) return lines;
  const total = lines.reduce((sum, line) => sum + line.length, 0);
  const split = lines.map((line) => (line.length >= FLATTENED_LINE && line.length * FLATTENED_SHARE >= total ? sectionsApart(line) : null));
  return split.some((parts) => parts !== null) ? split.flatMap((parts, index) => parts ?? [lines[index]]) : lines;
}

/**
 * The line's parts at its items' numbers, or at its titles in capitals where its sections are never numbered: also where
 * the titles outnumber the numbers and two of them come first ("… ADDITION TO AND ADOPTION OF AGENDA … additions: 7. Public
 * Works … 8. Planning … 9. General …"): the numbers are a section's list of the agenda's, not the minutes' items.
 */
function sectionsApart(line: string): string[] | null {
  const numbered = itemsApart(line);
  if (numbered === null) return capitalsTitlesBeforeSentencesApart(line);
  // Two titles before the first number, and more titles than numbers: the numbers are a list within a section. (The
  // text before the first number is read first: it is short, where the whole line may be megabytes.)
  if (capitalsTitleCuts(numbered[0]).length < 2) return numbered;
  const titled = capitalsTitlesBeforeSentencesApart(line);
  return titled !== null && titled.length > numbered.length ? titled : numbered;
}

/**
 * The lines with a run of minutes wrapped at one width (rewrapped-run.ts) joined back into one line where, so joined,
 * it splits into items or holds a flattened header's attendance; the same array otherwise.
 */
function withWrappedRunJoined(lines: string[]): string[] {
  // A document holding a long line already is read as it is (wrappedRun reads documents of few lines only).
  const run = wrappedRun(lines, FLATTENED_LINE, FLATTENED_SHARE);
  if (run === null) return lines;
  const joined = unwrapped(lines, run);
  return sectionsApart(joined) !== null || flattenedHeader([joined]) !== null ? [...lines.slice(0, run.from), joined, ...lines.slice(run.to)] : lines;
}

/** "2 Regular Council Minutes July 19, 2011 / Page 2 …": a page run together on one line, opened by its number. */
const PAGE_NUMBER_OPENING = /^(\d{1,3}) (?=\p{Lu})/u;
/** How far into a page its running header's "Page 2" is looked for. */
const RUNNING_HEADER_REACH = 100;

/** Whether the page's running header gives its number ("… / Page 2"): a line opened by "2 " alone may be an item's. */
function hasRunningPageNumber(page: string, number: number): boolean {
  return new RegExp(String.raw`\bPage ${number}\b`, 'i').test(page.slice(0, RUNNING_HEADER_REACH));
}

/** The last page of such pages holds this much at least: a shorter line after them is no page. */
const MIN_LAST_PAGE = 150;

/**
 * The lines with the pages run together a line each ("1 TOWNSHIP OF … MINUTES July 19, 2011 …", "2 Regular Council
 * Minutes July 19, 2011 / Page 2 …": the long lines, in order, open with 1, 2, 3 …, each after the first with its number
 * in its running header) as one line, the pages' numbers dropped and each page a
 * line of it: the first page's number would be read as its title's item number, and the minutes are read as one text.
 * The same array when there are no such pages.
 */
function withPagesJoined(lines: string[]): string[] {
  if (holdsMoreLinesThan(lines, MAX_FLATTENED_LINES)) return lines;
  const pages = lines.flatMap((line, index) => (line.length >= MIN_LAST_PAGE ? [index] : []));
  // Each page but the last is full; the last may hold a few lines only.
  if (pages.length < 2 || pages.slice(0, -1).some((index) => lines[index].length < FLATTENED_LINE)) return lines;
  if (!pages.every((index, position) => PAGE_NUMBER_OPENING.exec(lines[index])?.[1] === String(position + 1) && (position === 0 || hasRunningPageNumber(lines[index], position + 1)))) return lines;
  const first = pages[0];
  const last = pages[pages.length - 1];
  const joined = lines
    .slice(first, last + 1)
    .filter((line) => !isBlank(line))
    .map((line) => line.replace(PAGE_NUMBER_OPENING, ''))
    .join('\n');
  return [...lines.slice(0, first), joined, ...lines.slice(last + 1)];
}

/** Whether more than `count` of `lines` hold text: counted until they do, not over a whole document of many lines. */
function holdsMoreLinesThan(lines: string[], count: number): boolean {
  let withText = 0;
  for (const line of lines) if (!isBlank(line) && (withText += 1) > count) return true;
  return false;
}

/** A sequence of item numbers n, n + 1, n + 2 … on a line: where each number starts, and where its text after it does. */
interface NumberRun {
  starts: number[];
  texts: number[];
}

/**
 * The line's parts, one an item from each number of the longest sequence n, n + 1, n + 2 … that a title follows (a
 * number a sentence follows stays in the item above); null when the sequence is shorter than MIN_ITEMS or too few
 * titles follow. Minutes numbered on through the year start at any number ("25. APOLOGIES …", "26. DECLARATIONS …").
 */
function itemsApart(line: string): string[] | null {
  // Each run kept under the number it expects next: a number either goes on a run or starts one.
  const runs = new Map<string, NumberRun>();
  let longest: NumberRun | null = null;
  for (const { start, text, prefix, number } of numbersOn(line)) {
    const key = `${prefix}${number}`;
    const run = runs.get(key) ?? { starts: [], texts: [] };
    runs.delete(key);
    run.starts.push(start);
    run.texts.push(text);
    // Two runs come to expect the same number ("2 … 1 … 2 …"): the longer one goes on.
    const next = `${prefix}${number + 1}`;
    if ((runs.get(next)?.starts.length ?? 0) < run.starts.length) runs.set(next, run);
    if (longest === null || run.starts.length > longest.starts.length) longest = run;
  }
  if (longest === null || longest.starts.length < MIN_ITEMS) return null;
  // Only the longest run's numbers are read for a title after them: a line run together holds thousands of numbers.
  const afters = longest.texts.map((text) => line.slice(text, text + 60));
  const opensItem = afters.map((after) => !SENTENCE_OPENER.test(after) && !PERSON_START.test(after));
  // Numbers a sentence follows, each under a title in capitals: paragraphs numbered on through the minutes.
  if (afters.filter((after, position) => opensItem[position] && TITLE_START.test(after)).length < MIN_ITEMS - 1) return capitalsTitlesApart(line, longest.starts, longest.texts);
  // Once titles in capitals show the run to be the items' numbers, a number of it a title in sentence case follows
  // ("3. Declarations of interest Nil declared.") is an item too: a paragraph's own numbering does not go on the items'.
  const titled = longest.starts.filter((_, position) => opensItem[position]);
  // "III.APPROVAL OF MINUTES", "II . ROLL CALL": a Roman numeral set as the heading rules read one, "III. APPROVAL …".
  return [0, ...titled]
    .map((start, position) => line.slice(start, titled[position] ?? line.length).trim().replace(ROMAN_NUMBER_START, '$1. '))
    .filter((part) => part !== '')
    .flatMap(firstLetteredPartApart);
}

/**
 * "V. PUBLIC HEARINGS A. Zoning Ordinance …", "I. CALL TO ORDER A.This meeting …": a US section's title in capitals and
 * its first lettered part run on after it; the letter "A." would be read as the title's last word.
 */
const TITLE_THEN_LETTERED_PART = /^((?:\d{1,4}|[IVX]{1,4})\.\s+(?:(?:\p{Lu}[\p{Lu}&/'’,-]+:?|&)\s+){0,11}\p{Lu}[\p{Lu}&/'’,-]+:?)\s+(A\s?\.\s?[\p{Lu}\d].*)$/su;

/** The item's title and its first lettered part on lines of their own, or the item as it was. */
function firstLetteredPartApart(part: string): string[] {
  const run = /^\S+\s+\p{Lu}/u.test(part) ? TITLE_THEN_LETTERED_PART.exec(part) : null;
  return run === null ? [part] : [run[1], run[2]];
}
