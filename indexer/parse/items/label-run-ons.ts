// Minutes whose titles run straight into a label their text opens with, as a parish's or an authority's minutes copied
// with each minute on one line give them: the resolution recorded under the title ("4. Election Resolved: That the
// following be appointed …", "68. MINUTES OF THE MEETING HELD ON 18 AUGUST 2017 RESOLVED – That the minutes …"), or the
// list of those present under a "Present" minute ("1. Present Cllr Hope (Chairman), Cllr Dent, …"). The label ends the
// title: the item is titled by the words before it, and its text keeps the label (or is the list).
import { SMALL_WORDS } from './capitals';
import { PERSON_START } from '../attendance/listed-person';
import { NUMBERED_LINE } from './item-numbers';
import { SUB_NUMBER } from './run-on-title-case';
import { attendanceLabelOf } from '../attendance/attendance-labels';

/** "Resolved:", "RESOLVED –", "Agreed:": a decision's label before the capital that opens the decision; "Resolved that …". */
const DECISION_LABEL = /(?<=\s)(?:RESOLVED|Resolved|AGREED|Agreed)(?:(?:\s?:|\s[–—-])\s+(?=[\p{Lu}"“‘])|\s+(?=(?:that|That|THAT)\s))/u;
/** How far into a minute's text its title may reach before the label. */
const TITLE_REACH = 160;
/** At most this many words before the label make a title (more are a sentence that records its decision). */
const MAX_TITLE_WORDS = 14;
/** A title's word: capitalised, a figure ("18 AUGUST 2017"), or a small word between them. */
const TITLE_WORD = /^[\p{Lu}\d&(][\p{L}\d'’&(),/-]*$/u;

/** "Present", "Members Present", "PRESENT": a minute recording attendance, titled by the label alone. */
const PRESENT_TITLE = /^(?:(?:Members|Councillors|Those)\s+)?(?:Present|PRESENT)\s+/;

/** A numbered line's title (with its number) and its text, where the text opens at a label (see above); null for any other line. */
export function splitLabelRunOn(line: string): string[] | null {
  const numbered = NUMBERED_LINE.exec(line.trim());
  if (!numbered || SUB_NUMBER.test(numbered[2])) return null;
  const split = titleBeforeRunOnLabel(numbered[3]);
  return split && [`${line.slice(0, line.lastIndexOf(numbered[3]))}${split[0]}`, ...split.slice(1)];
}

/** A numbered minute's title and its text, where the text opens at a label; null for any other text. */
function titleBeforeRunOnLabel(text: string): string[] | null {
  const present = PRESENT_TITLE.exec(text);
  if (present === null) return titleBeforeDecisionLabel(text);
  const list = text.slice(present[0].length);
  // "52. PRESENT Councillors: A Bevan, …": a label naming whom it lists, read with its colon by the run-on title rules.
  if (!PERSON_START.test(list) || /^\S+:/.test(list)) return null;
  // "… and Mrs Wood (Clerk). Cllr Hart (ward member) and two members of the public were present.": the list ends at its
  // sentence's end, and the sentence after it is the minute's text.
  const end = LIST_END.exec(list);
  return end === null ? [present[0].trim(), list] : [present[0].trim(), list.slice(0, end.index + 1), list.slice(end.index + end[0].length)];
}

/** A list's full stop after a word or a bracket (not an initial's), before the capital of the next sentence. */
const LIST_END = /(?<=\p{Ll}{2}|\))\.\s+(?=\p{Lu})/u;

/** The title before a decision's label and the decision (with its label) of a numbered minute's text; null for any other text. */
function titleBeforeDecisionLabel(text: string): [string, string] | null {
  const label = DECISION_LABEL.exec(text.slice(0, TITLE_REACH));
  if (label === null) return null;
  const words = text.slice(0, label.index).trim().split(/\s+/);
  if (words.length > MAX_TITLE_WORDS || !TITLE_WORD.test(words[0]) || SMALL_WORDS.has(words[words.length - 1].toLowerCase())) return null;
  // "BE IT RESOLVED THAT …": a resolution's own formula, no title before it.
  if (/^(?:IT|It|it)$/.test(words[words.length - 1])) return null;
  // "The Council Resolved: …", "It was Agreed: …": a sentence's subject, not a title.
  if (/^(?:The|It|This|Members|Council)$/.test(words[0]) && words.length < 4) return null;
  if (!words.every((word) => TITLE_WORD.test(word) || SMALL_WORDS.has(word.toLowerCase()))) return null;
  return [words.join(' '), text.slice(label.index)];
}

/** "Apologies:John": a label of a few words, its colon typed against a capital. */
const GLUED_LABEL = /^([A-Za-z][A-Za-z ]{2,40}):(?=\p{Lu})/u;

/**
 * "2.Apologies:John, Helen, Ivan" (a village hall's minutes typed with no space after the colon): an attendance label
 * against its list, matched as the title (group 1) its text runs on from; null for any other minute's text.
 */
export function gluedLabelRunOn(text: string): RegExpExecArray | null {
  const glued = GLUED_LABEL.exec(text);
  return glued && attendanceLabelOf(`${glued[1]}:`)?.rest === '' ? glued : null;
}
