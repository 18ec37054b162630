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
/** How far under a label its section's next paragraph is looked for. */
const PARAGRAPH_REACH = 12;
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

/** A label and its text; `named` when its words name a section (SECTION_WORD) or an officer reporting, not only by where it stands. */
type RunInSection = { label: string; rest: string; named: boolean };

/**
 * Labels that give a detail of the meeting or a note, never its topic ("Date:", "Venue:", "Start time:", "Minute
 * taker:"), or a person speaking ("Resident:", "Member of the public:"): a topic label named by no section word is none of these.
 */
const DETAIL_LABEL =
  /^(?:(?:meeting|start|finish|end|closing)\s+)?(?:date|time|times|venue|location|place|where|when|meeting|title|chair(?:ed by)?|clerk|minute[ds]?(?:\s+(?:taker|by))?|recorder|host|tel(?:ephone)?|phone|e-?mail|web(?:site)?|address|ref(?:erence)?|author|distribution|copy(?:\s+to)?|cc|to|from|subject|duration|quorum|notes?|attachments?|enclosures?|signed|prepared by|present|attendees|apologies|absent|comments?|residents?|public|members?(?:\s+of\s+the\s+public)?|officers?|query|queries|ps|pps|p\.s|call to order)$/i;

/** The label a line runs in, with the line's text after it ('' when the label stands alone), or null. */
function runInSection(line: string): RunInSection | null {
  // "- Treasurer’s Report: Copies had been circulated …": a community council's web page may bullet each label.
  const match = line.length < 2000 ? RUN_IN_LABEL.exec(line.trim().replace(BULLET, '')) : null;
  if (!match) return null;
  const rest = match[2] ?? match[3] ?? '';
  if (NOT_A_SECTION.test(match[1]) || PERSON_START.test(match[1]) || attendanceLabelOf(line) !== null) return REPORTING_OFFICE.test(match[1]) && SENTENCE_AFTER.test(rest) && attendanceLabelOf(line) === null ? { label: match[1], rest, named: true } : null;
  const named = SECTION_WORD.test(match[1]) || (REPORTING_OFFICE.test(match[1]) && SENTENCE_AFTER.test(rest));
  // Any other topic of one to four words ("Finance update: …", "Summer fayre: …", "Previous minutes: agreed") is read so
  // only at a paragraph's start, unbulleted, typed with a colon, and as no detail or speaker (see topicLabels).
  if (named) return { label: match[1], rest, named };
  const topical = match[2] !== undefined || line.trimEnd().endsWith(':');
  return topical && !BULLET.test(line.trim()) && wordCount(match[1]) <= 4 && !DETAIL_LABEL.test(match[1]) ? { label: match[1], rest, named: false } : null;
}

/** Capitalised words of the document's attendance lines ("Attendees: Margaret, Sam, Jayne"): a label of one of them is that person speaking. */
function attendeeWords(lines: string[]): Set<string> {
  const words = new Set<string>();
  for (const line of lines) {
    const label = /^\s*\p{Lu}/u.test(line) ? attendanceLabelOf(line) : null;
    // The names after the label, without what brackets say of them ("Tom Reyes (Member, Makai Neighborhood Board)").
    const names = label?.rest.slice(0, 2000).replace(/\([^()]*\)/g, '') ?? '';
    for (const word of names.match(/\p{Lu}[\p{L}'’-]+/gu) ?? []) words.add(word.toLowerCase());
  }
  return words;
}

/**
 * `sections` with the topic labels no section word names kept only where they read as the document's sections: each at
 * a paragraph's start (after a blank line: "Ticket price: £1 a strip" under a line of its section is a detail of it), none typed twice (a verbatim record's "Ann Hale:" recurs
 * with each turn; a section is named once), and none holding an attendee's name (a committee of first names' "Jayne:
 * the balance stands at …" is Jayne speaking).
 */
function topicLabels(lines: string[], sections: (RunInSection | null)[]): (RunInSection | null)[] {
  if (!sections.some((section) => section !== null && !section.named)) return sections;
  const attendees = attendeeWords(lines);
  // Minutes typed with no blank lines between paragraphs: a label opens a paragraph where the line above ends a sentence.
  const spaced = lines.filter(isBlank).length >= MIN_SECTIONS;
  const seen = new Set<string>();
  let repeated = false;
  const kept = sections.map((section, index) => {
    if (section === null || section.named) return section;
    const key = section.label.toLowerCase();
    if (seen.has(key)) repeated = true;
    seen.add(key);
    const atStart = index === 0 || isBlank(lines[index - 1]) || (!spaced && (sections[index - 1] !== null || /[.!?:]\s*$/.test(lines[index - 1])));
    const someone = section.label.split(/\s+/).some((word) => attendees.has(word.toLowerCase()));
    return atStart && !someone ? section : null;
  });
  // Labels that each hold only their own line ("Pool Hours: …" / "Parking: …") are notes; sections head paragraphs of their own.
  const headsMore = kept.some((section, index) => section !== null && !section.named && paragraphUnder(lines, sections, index, spaced));
  return repeated || !headsMore ? sections.map((section) => (section?.named ? section : null)) : kept;
}

/**
 * Whether a paragraph of its own is under the label at `index` before the next label (a few lines looked at): after a
 * blank line, or, in minutes typed with no blank lines (`spaced` false), a line opening a sentence under one ending one.
 */
function paragraphUnder(lines: string[], sections: (RunInSection | null)[], index: number, spaced: boolean): boolean {
  let blank = false;
  for (let next = index + 1; next < Math.min(lines.length, index + PARAGRAPH_REACH); next += 1) {
    if (sections[next] !== null) return false;
    if (isBlank(lines[next])) blank = true;
    else if (blank || (!spaced && /[.!?]\s*$/.test(lines[next - 1]) && /^\s*\p{Lu}/u.test(lines[next]))) return true;
  }
  return false;
}

/**
 * `lines` with each run-in section label set apart as a heading of its own (marked as a reader marks a heading), its
 * text a paragraph under it ("all covered under separate items" after "Matters arising:" goes on no title), and how many
 * words the labels hold; null when the lines hold fewer than MIN_SECTIONS such labels.
 */
export function withRunInSectionsAsHeadings(lines: string[], wrapLimit: number): { lines: string[]; labelWords: number } | null {
  const found = lines.map(runInSection);
  if (found.filter((section) => section !== null).length < MIN_SECTIONS) return null;
  const sections = topicLabels(lines, found);
  if (sections.filter((section) => section !== null).length < MIN_SECTIONS) return null;
  const sectioned: string[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    const section = sections[index];
    if (section === null) {
      sectioned.push(lines[index]);
      continue;
    }
    const { label, rest } = section;
    // "… fixed to the lychgate. There" / "were no other matters arising.": the section's line hard-wrapped (its next line
    // going on in lower case, or its first word too long for the wrap's width); joined, as the line shortened by its
    // label no longer reads as wrapped.
    let text = rest;
    while (text !== '' && index + 1 < lines.length && sections[index + 1] === null && !isBlank(lines[index + 1]) && carriesOn(lines[index], lines[index + 1], wrapLimit)) text += ` ${lines[(index += 1)].trim()}`;
    sectioned.push('', `## ${label}`, '', ...(text === '' ? [] : [text]));
  }
  const labelWords = sections.reduce((count, section) => count + (section === null ? 0 : wordCount(section.label)), 0);
  return { lines: sectioned, labelWords };
}
