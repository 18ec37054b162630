// Headings whose shape tells them: a short line of capitalised words (a Title Case heading), and a title after a number
// in brackets ("(1) APOLOGIES FOR ABSENCE", "(143) LANGHAM - 20060770 - Conversion of barns …").
import { hasCapitalisedWords, isCapsLine } from './capitals';
import { findDate } from '../header/meeting-fields';
import { endsWithOneOf } from '../patterns';

/** "(1) APOLOGIES FOR ABSENCE": a bracketed number before a title; read as a heading only when the title is one by its shape. */
const BRACKETED_LINE = /^[([](\d{1,3})[)\]]\s+(\S.*)$/;

/**
 * "(143) LANGHAM - 20060770 - Conversion of barns …": a planning application headed by its parish in capitals and a
 * dash, then its reference and the proposal in a sentence's case (a paragraph never opens on a place in capitals).
 */
const PLACE_DASH_START = /^\p{Lu}[\p{Lu}'’.&\s-]{2,40}?\s[-–—]\s+\S/u;

export function isBracketedPlaceHeading(raw: string): boolean {
  if (raw[0] !== '(') return false;
  const match = BRACKETED_LINE.exec(raw);
  return match !== null && PLACE_DASH_START.test(match[2]);
}

/** Eleven words or more, at the start of a trimmed text. */
const ELEVEN_WORDS = /^(?:\S+\s+){10}\S/;

/** A short line of capitalised words, a Title Case heading if it reads as a title; with a year only after a number (one in a reference, "Resolution 2024-17: …", is the title's), and no date. */
export function hasTitleCaseShape(text: string, numbered = false): boolean {
  if (text.length > 80 || !/^[A-Z]/.test(text) || endsWithOneOf(text, '.,;:!?') || (/(?<![\d/–-])\d{4}(?![\d/–-])/.test(text) && (!numbered || findDate(text) !== null))) return false;
  // More than ten words is no Title Case line: told before splitting, as most lines tested here are prose.
  return !ELEVEN_WORDS.test(text) && hasCapitalisedWords(text);
}

/**
 * "(1) APOLOGIES FOR ABSENCE", "(4) Air Quality Action Plan", "[2] Treasurer's Report": in the groups NUMBERED_LINE gives
 * (prefix, number, title). "(1)" more often numbers a paragraph, so its title must be in capitals or a short line of capitalised words.
 */
export function bracketedHeading(text: string): RegExpExecArray | null {
  if (text[0] !== '(' && text[0] !== '[') return null;
  const match = BRACKETED_LINE.exec(text);
  // "[1] Welcome and apologies": square brackets number items (notes kept in a wiki or a word processor), not paragraphs.
  if (!match || !(text[0] === '[' || isCapsLine(match[2]) || hasTitleCaseShape(match[2], true) || PLACE_DASH_START.test(match[2]))) return null;
  const groups = [match[0], undefined, match[1], match[2]] as unknown as RegExpExecArray;
  groups.index = 0;
  return groups;
}
