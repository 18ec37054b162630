// Parish minutes typed with no headings of their own, each minute opening with its subject in capitals and running on
// into its sentence: "APOLOGIES FOR ABSENCE were received from …", "FINANCE. A cheque was signed …", "HIGHWAYS AND
// FOOTPATHS. The Clerk was asked …". The capitals are the item's title: a heading line with them is set above the
// paragraph, which keeps its words whole (the title is its sentence's subject).
import { contentEndsWithOneOf, isBlank } from '../patterns';

/**
 * The capitals opening a paragraph: words in capitals (small joining words too), then a full stop and a new sentence,
 * the sentence going on in lower case, or a new one begun with no stop ("APOLOGIES FOR ABSENCE None. Cllr …",
 * "ELECTION OF OFFICERS Chairman. Cllr Croxton was proposed …").
 */
const CAPITAL_LEAD_IN = /^([A-Z][A-Z'’&/-]+(?:\s+(?:[A-Z][A-Z'’&/-]*|&))*)(?:\.\s+(?=[A-Z(“"])|\s+(?=[a-z])|\s+(?=[A-Z][a-z]))/;
/**
 * "RESOLVED that …", "AGREED", "NOTED", "PRESENT", "APOLOGIES:"-style labels and a decision's or a motion's words; "MR
 * SMITH reported …", "COUNCILLOR PYE in the Chair": a person named in capitals; "MINUTES of the meeting of …": the
 * meeting's own title. None is a minute's subject.
 */
const NOT_A_SUBJECT = /^(?:IT|THE\s+COUNCIL|RESOLVED|AGREED|NOTED|CARRIED|PROPOSED|SECONDED|MOVED|ACTION|NOTE|NB|PRESENT|ABSENT|IN ATTENDANCE|MR|MRS|MS|MISS|DR|CLLR|COUNCILLORS?|CLLRS|ALDERMAN|MINUTES\s+of\s+the\s+meeting)\b/;
/** Fewer lead-ins than this in a document are emphasis in a few paragraphs, not the minutes' way of heading them. */
const MIN_LEAD_INS = 3;
/** At least this many letters in the capitals, so "A" or "OK" opens no item. */
const MIN_TITLE_LETTERS = 4;

/** The title a line's capitals give, or null; a lead-in with no full stop after it must be two words or more. */
function leadInTitle(line: string): string | null {
  // Most lines are let go on their first two characters: a capital, then another.
  const first = line.charCodeAt(0);
  const second = line.charCodeAt(1);
  if (!(first >= 0x41 && first <= 0x5a && second >= 0x41 && second <= 0x5a)) return null;
  const lead = CAPITAL_LEAD_IN.exec(line);
  if (lead === null || NOT_A_SUBJECT.test(line)) return null;
  const title = lead[1].trim();
  const stopped = lead[0].trimEnd().endsWith('.');
  if (title.replace(/[^A-Z]/g, '').length < MIN_TITLE_LETTERS || (!stopped && !/\s/.test(title))) return null;
  return title;
}

/** `lines` with a heading line set above each paragraph its capitals open, when three paragraphs or more open so; the same array otherwise. */
export function withCapitalLeadInsApart(lines: string[]): string[] {
  const leadIns: { index: number; title: string }[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index];
    // A paragraph's first line: under a blank line, a line ending its sentence, or the document's first.
    if (index > 0 && !isBlank(lines[index - 1]) && !contentEndsWithOneOf(lines[index - 1], '.!?:')) continue;
    const title = leadInTitle(line);
    if (title !== null) leadIns.push({ index, title });
  }
  if (leadIns.length < MIN_LEAD_INS) return lines;
  const split: string[] = [];
  let from = 0;
  for (const { index, title } of leadIns) {
    split.push(...lines.slice(from, index), title, '');
    from = index;
  }
  split.push(...lines.slice(from));
  return split;
}
