// Minutes with no item headings whose topics are run in at the start of a line, a colon after them: "Matters Arising:
// There were no matters arising", "Treasurer's Report: JL spoke to the accounts …", "New Business:" over the requests
// under it. Parochial church councils, New England selectboards and small societies type their minutes so: each such
// label is the heading of the item its lines belong to.
import { attendanceLabelOf } from '../attendance/attendance-labels';
import { PERSON_START } from '../attendance/listed-person';
import { nextWordFits } from '../lines';
import { isBlank } from '../patterns';
import type { DraftItem } from '../types';

/**
 * One to five words, the first capitalised, then a colon: a label, with the line's text after it or none. A village
 * hall's committee may type a semicolon for the colon ("Minutes; The minutes of …", "Treasurer;Balance in the bank …"),
 * its text run on with no space: read so only where the document's labels have their texts after them.
 */
const RUN_IN_LABEL = /^(\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’&-]+){0,4})\s*(?::(?:\s+(\S.*))?|;\s*(\S.*))$/u;
/**
 * The words a section of minutes is named by ("Matters Arising", "Treasurer's Report", "Citizen's Concerns", "New
 * Business", "Opening Prayers", "Reorganisation update"): a label holding none ("Ann Hale: I would add …", a speaker's
 * turn; "Venue: …", a detail of the meeting) heads no item.
 */
const SECTION_WORD =
  /\b(?:reports?|business|arising|concerns|updates?|matters|prayers?|correspondence|finances?|accounts|planning|highways|maintenance|safeguarding|fabric|churchyard|events|membership|budget|warrants?|announcements|communications|questions|forum|polic(?:y|ies)|projects?|grants|insurance|website|notices|next meeting|closure|welcome|opening|adjournment|elections?|any other business|public comments?|department)\b/i;
/**
 * "Chairman; The lock to the shed has been changed …", "Treasurer: Balance in the bank stands at …": an officer's
 * report under the office alone, a sentence of six words or more after it (an office over a name, "Treasurer: Ann
 * Hale", is a detail of who holds it; a township's "Zoning Administrator: Permits issued for …" likewise); and "Minutes: The minutes of the meeting held on …", the previous minutes' topic,
 * with its text after it (ModernGov's "Minutes:" alone on its line heads the minute under each item's wording).
 */
const REPORTING_OFFICE = /^(?:Chair(?:man|person)?|Secretary|Treasurer|Clerk|President|Minutes|(?:\p{Lu}\p{Ll}+\s+)?(?:Supervisor|Administrator|Assessor|Manager))$/iu;
const SENTENCE_AFTER = /^\S+(?:\s+\S+){5}/;
/** Labels that say how a motion went or what to do, never a topic: "Motion:", "Action:", "Note:", "Resolved:". */
const NOT_A_SECTION = /^(?:Motion|Proposed|Seconded|Moved|Votes?|Actions?|Note|NB|Resolved|Agreed|Decision|Outcome|Result|Minutes|Item|Re|Subject|Question|Answer|Response|Reply)\b/i;
/** Fewer labels than this in a document are a few notes among its paragraphs, not the sections it is made of. */
const MIN_SECTIONS = 3;

/** How many words a text holds. */
export const wordCount = (text: string) => text.split(/\s+/).filter((word) => word !== '').length;

/** How many words items' lines hold. */
export const itemWordCount = (items: DraftItem[]) => items.reduce((count, item) => count + item.lines.reduce((words, line) => words + wordCount(line), 0), 0);

/** Whether `next` goes on with `line`'s sentence: in lower case, or a wrapped text's next line whose first word did not fit. */
const carriesOn = (line: string, next: string, wrapLimit: number) => /^\s*\p{Ll}/u.test(next) || (wrapLimit > 0 && !nextWordFits(line, next.trim(), wrapLimit));

/** A list's bullet before a label. */
const BULLET = /^[-•*·]\s+/;

/** The label a line runs in, with the line's text after it ('' when the label stands alone), or null. */
function runInSection(line: string): [label: string, rest: string] | null {
  // "- Treasurer’s Report: Copies had been circulated …": a community council's web page may bullet each label.
  const match = line.length < 2000 ? RUN_IN_LABEL.exec(line.trim().replace(BULLET, '')) : null;
  if (!match) return null;
  const rest = match[2] ?? match[3] ?? '';
  const reported = REPORTING_OFFICE.test(match[1]) && SENTENCE_AFTER.test(rest);
  if (!reported && (!SECTION_WORD.test(match[1]) || NOT_A_SECTION.test(match[1]) || PERSON_START.test(match[1]))) return null;
  return attendanceLabelOf(line) === null ? [match[1], rest] : null;
}

/**
 * `lines` with each run-in section label set apart as a heading of its own (marked as a reader marks a heading), its
 * text a paragraph under it ("all covered under separate items" after "Matters arising:" goes on no title), and how many
 * words the labels hold; null when the lines hold fewer than MIN_SECTIONS such labels.
 */
export function withRunInSectionsAsHeadings(lines: string[], wrapLimit: number): { lines: string[]; labelWords: number } | null {
  const sections = lines.map(runInSection);
  if (sections.filter((section) => section !== null).length < MIN_SECTIONS) return null;
  const sectioned: string[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    const section = sections[index];
    if (section === null) {
      sectioned.push(lines[index]);
      continue;
    }
    const [label, rest] = section;
    // "… fixed to the lychgate. There" / "were no other matters arising.": the section's line hard-wrapped (its next line
    // going on in lower case, or its first word too long for the wrap's width); joined, as the line shortened by its
    // label no longer reads as wrapped.
    let text = rest;
    while (text !== '' && index + 1 < lines.length && sections[index + 1] === null && !isBlank(lines[index + 1]) && carriesOn(lines[index], lines[index + 1], wrapLimit)) text += ` ${lines[(index += 1)].trim()}`;
    sectioned.push('', `## ${label}`, '', ...(text === '' ? [] : [text]));
  }
  const labelWords = sections.reduce((count, section) => count + (section === null ? 0 : wordCount(section[0])), 0);
  return { lines: sectioned, labelWords };
}
