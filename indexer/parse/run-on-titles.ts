// Parish minutes that run each minute's text on from its title: "Minute 45/25 – Apologies for absence: Apologies were
// received from …". The title ends at its colon; the minute's text goes on to a line of its own under it, so the
// heading rules see a numbered title as any other and the text stays the item's first paragraph. US boards head their
// sections alike in capitals: "CALL TO ORDER: The meeting was called to order …", "APPROVAL OF MINUTES:" over its motion.
import { attendanceLabelOf } from './attendance-labels';
import { isCapsLine } from './headings';
import { NUMBERED_LINE } from './item-numbers';
import { labelledSpeakerOf, NOT_SPEAKER_LABELS } from './speakers';

/** "Apologies for absence: Apologies were …": a short title, its colon, and a sentence starting in a capital or figure. */
const TITLE_THEN_TEXT = /^([^:.;?!()]{3,60}?):\s+(?=[\p{Lu}\d£"“‘])(.+)$/u;

/** At most this many words in a title that text runs on from. */
const MAX_TITLE_WORDS = 8;

/** "4.1 Budget: The Treasurer …": a paragraph numbered within an item, not a minute's title. */
const SUB_NUMBER = /^\d{1,3}\.\d/;

/** Words a title in Title Case leaves in lower case: "Appeal of a Planning Decision" has no word of a sentence. */
const TITLE_SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'for', 'to', 'in', 'on', 'at', 'by', 'with', 'from', 'off', 'into', 'over', 'via', 'per', 'vs']);

/** Whether a text reads as a sentence, not a subtitle in Title Case: it holds a lower-case word a title would capitalise. */
function hasSentenceWord(text: string): boolean {
  return (text.match(/(?<![\p{L}'’-])\p{Ll}[\p{L}'’-]*/gu) ?? []).some((word) => !TITLE_SMALL_WORDS.has(word));
}

/** A line this long that goes on to the next is a paragraph's first line, hard-wrapped. */
const WRAPPED_LINE = 60;

/**
 * The title and the text of a numbered line whose minute runs on after its title; null for any other line. `next` is
 * the line under it: a sentence cut short by the line's end goes on there.
 */
function splitRunOn(line: string, next: string | undefined): [string, string] | null {
  const numbered = NUMBERED_LINE.exec(line.trim());
  if (!numbered || SUB_NUMBER.test(numbered[2])) return null;
  const runOn = TITLE_THEN_TEXT.exec(numbered[3]);
  if (!runOn || runOn[1].trim().split(/\s+/).length > MAX_TITLE_WORDS) return null;
  // The text must read as the minute itself ("PUBLIC HEARING: APPEAL OF …" and "Planning: Land off Mill Lane" are one
  // title): a sentence, ended, too long for a subtitle, or carried on to the next line.
  const text = runOn[2].trim();
  const nextInLowerCase = next !== undefined && /^\s*\p{Ll}/u.test(next);
  // "…: District Cllr Wragg" over "reported that …": the sentence's words may all be on the next line.
  if (!hasSentenceWord(nextInLowerCase ? `${text} ${next}` : text)) return null;
  const carriedOn = nextInLowerCase || (next !== undefined && next.trim() !== '' && line.trim().length >= WRAPPED_LINE);
  if (!/[.!?)]$/.test(text) && text.length <= WRAPPED_LINE && !carriedOn) return null;
  const head = line.slice(0, line.length - numbered[3].length - (line.length - line.trimEnd().length));
  return [`${head}${runOn[1].trimEnd()}`, text];
}

/** "CALL TO ORDER: The meeting …", "ROLL CALL:": a title in capitals, its colon, and any text after it. */
const CAPS_TITLE_LABEL = /^(\s*)([A-Z][A-Z0-9'’&,/ -]{2,60}[A-Z'’]):(?:\s*$|\s+(\S.*)$)/;

/** Fewer such titles than this in a document are labels of another kind ("NOTE:", "MOTION:"), not its sections. */
const MIN_CAPS_TITLES = 3;

/**
 * The title and the text (if any) of a section headed by a title in capitals and a colon; null for a label that heads
 * no section: a record's or vote's label ("RESOLVED:", "AYES:"), an attendance label ("PRESENT:"; "ROLL CALL" is a
 * section) or a transcript's speaker ("MR OSEI:").
 */
function capsTitleOf(line: string): [string, string | null] | null {
  const label = CAPS_TITLE_LABEL.exec(line);
  if (!label) return null;
  const title = label[2];
  if (NOT_SPEAKER_LABELS.test(title) || !isCapsLine(title) || labelledSpeakerOf(`${title}: x`) !== undefined) return null;
  if (title !== 'ROLL CALL' && attendanceLabelOf(title) !== null) return null;
  return [`${label[1]}${title}`, label[3] === undefined ? null : `${label[1]}${label[3]}`];
}

/** Whether a line can be such a title: it starts with a capital, and holds a colon (tested first: most lines hold none). */
const mayBeCapsTitle = (line: string) => line.includes(':') && /^\s*[A-Z]{2}/.test(line);

/** `lines` with each run-on minute split into its title line and its text; the same array when none runs on. */
export function splitRunOnTitles(lines: string[]): string[] {
  let capsTitles = 0;
  for (let index = 0; index < lines.length && capsTitles < MIN_CAPS_TITLES; index += 1) {
    if (mayBeCapsTitle(lines[index]) && capsTitleOf(lines[index]) !== null) capsTitles += 1;
  }
  const sectionsInCapitals = capsTitles >= MIN_CAPS_TITLES;
  let split: string[] | null = null;
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index];
    // Most lines hold no colon: no pattern need run on them.
    const capsTitle = sectionsInCapitals && mayBeCapsTitle(line) ? capsTitleOf(line) : null;
    const parts = capsTitle ? capsTitle.filter((part): part is string => part !== null) : line.includes(':') ? splitRunOn(line, lines[index + 1]) : null;
    if (parts) (split ??= lines.slice(0, index)).push(...parts);
    else split?.push(line);
  }
  return split ?? lines;
}
