// Minutes with no item headings whose topics are run in at the start of a line, a colon after them: "Matters Arising:
// There were no matters arising", "Treasurer's Report: JL spoke to the accounts …", "New Business:" over the requests
// under it. Parochial church councils, New England selectboards and small societies type their minutes so: each such
// label is the heading of the item its lines belong to.
import { attendanceLabelOf } from './attendance-labels';
import { PERSON_START } from './listed-person';

/** One to five words, the first capitalised, then a colon: a label, with the line's text after it or none. */
const RUN_IN_LABEL = /^(\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’&-]+){0,4})\s*:(?:\s+(\S.*))?$/u;
/**
 * The words a section of minutes is named by ("Matters Arising", "Treasurer's Report", "Citizen's Concerns", "New
 * Business", "Opening Prayers", "Reorganisation update"): a label holding none ("Ann Hale: I would add …", a speaker's
 * turn; "Venue: …", a detail of the meeting) heads no item.
 */
const SECTION_WORD =
  /\b(?:reports?|business|arising|concerns|updates?|matters|prayers?|correspondence|finances?|accounts|planning|highways|maintenance|safeguarding|fabric|churchyard|events|membership|budget|warrants?|announcements|communications|questions|forum|polic(?:y|ies)|projects?|grants|insurance|website|notices|next meeting|closure|welcome|opening|adjournment|any other business)\b/i;
/** Labels that say how a motion went or what to do, never a topic: "Motion:", "Action:", "Note:", "Resolved:". */
const NOT_A_SECTION = /^(?:Motion|Proposed|Seconded|Moved|Votes?|Actions?|Note|NB|Resolved|Agreed|Decision|Outcome|Result|Minutes|Item|Re|Subject|Question|Answer|Response|Reply)\b/i;
/** Fewer labels than this in a document are a few notes among its paragraphs, not the sections it is made of. */
const MIN_SECTIONS = 3;

/** The label a line runs in, with the line's text after it ('' when the label stands alone), or null. */
function runInSection(line: string): [label: string, rest: string] | null {
  const match = line.length < 2000 ? RUN_IN_LABEL.exec(line.trim()) : null;
  if (!match || !SECTION_WORD.test(match[1]) || NOT_A_SECTION.test(match[1]) || PERSON_START.test(match[1])) return null;
  return attendanceLabelOf(line) === null ? [match[1], match[2] ?? ''] : null;
}

/**
 * `lines` with each run-in section label set apart as a heading of its own (in bold marks, as a reader marks a heading),
 * its text a paragraph under it ("all covered under separate items" after "Matters arising:" goes on no title), and how
 * many labels stood alone on their line; null when the lines hold fewer than MIN_SECTIONS such labels.
 */
export function withRunInSectionsAsHeadings(lines: string[]): { lines: string[]; labelsAlone: number } | null {
  const sections = lines.map(runInSection);
  if (sections.filter((section) => section !== null).length < MIN_SECTIONS) return null;
  const sectioned = lines.flatMap((line, index) => {
    const section = sections[index];
    if (section === null) return [line];
    const [label, rest] = section;
    return rest === '' ? ['', `**${label}**`, ''] : ['', `**${label}**`, '', rest];
  });
  return { lines: sectioned, labelsAlone: sections.filter((section) => section !== null && section[1] === '').length };
}
