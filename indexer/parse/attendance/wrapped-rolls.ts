// A roll typed as one long line ("PRESENT: Ratepayer Members: Mr A Mr B Appointed Members: Cllr C …", "In attendance:
// Officers: Mr D – Chief Executive Mrs E – Finance Manager …"), hard-wrapped by the page's width into several lines. The
// roll's readers read it a line at a time (a group's label, an office after a dash, a name and its bracket on one line),
// and a wrap cuts a name, a label or an office in two: the lines the wrap made are joined again first.
import { nextWordFits } from '../lines';
import { contentEndsWithOneOf, isBlank, startsWithDigit, trimmedLength } from '../patterns';
import { attendanceLabelOf } from './attendance-labels';
import { DASHED_LABEL, PERSON_START } from './listed-person';

/** Rolls are looked for in the document's first lines only (a header's). */
const HEADER_LINES = 60;

/** "APOLOGIES AND LEAVE OF ABSENCE": a line in capitals alone is the next heading, not the roll's words. */
const CAPITALS_LINE = /^[\p{Lu}\d\s&/,.'’()-]+$/u;

/** "… and Ruth Feld." : a full stop ends the roll, unless it ends a title or an initial ("Cllr J." over "Smith"). */
const ENDS_ROLL = /(?<!(?:^|\s)(?:\p{Lu}|Mr|Mrs|Ms|Dr|Cllr|Cr|Revd?|Prof|St))\.$/u;
/**
 * "Members of the public: 6", "Student Board Member: …": a line opening with a label of its own (a colon before any comma)
 * is the roll's next part; a group's label ("… Co-opted Members:", "Officers:") is read inside the roll's line.
 */
const LEADING_LABEL = /^([^,:]{1,40}):(?:\s|$)/;
const GROUP_LABEL_END = /(?:Members|Councillors|Officers|Messrs\.?)\s*$/;
const opensOwnLabel = (text: string) => {
  const label = LEADING_LABEL.exec(text);
  return label !== null && !GROUP_LABEL_END.test(label[1]);
};

/**
 * "1 APOLOGIES", "FC/25/001 Election of Town Mayor", "25/145": an item's number (perhaps after a prefix of capitals and a
 * mark) opens the next item, not the roll's wrapped words ("VA7OWT", a call sign after a name, is a word with figures).
 */
const NUMBERED_START = /^(?:[A-Z]{1,4}[/.-]?)?\d+(?:[./-]\d+)*(?::-|[.):])?(?:\s|$)/;

/** A person's title: "Cllr", "Mrs", "Dr". */
const TITLE = /(?:^|\s)(?:Cllrs?|Councillors?|Crs?|Alderm[ae]n|Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Revd?|Sir|Dame)\.?(?=\s)/g;

/**
 * How many titled people a line names (two at most are counted): "Councillor Helen Vickers (Chairman) – Eastbridge City
 * Council" over "Councillor Paul Noon …" is a list set a person a line, however long its titles, not a run-on roll.
 */
function titlesIn(line: string): number {
  TITLE.lastIndex = 0;
  let count = 0;
  while (count < 2 && TITLE.exec(line) !== null) count += 1;
  return count;
}

/** The wrap's limit is read from the lengths of the text's lines, a few of which run past it: a line much longer was set out whole. */
const OVER_LIMIT = 1.25;

/**
 * Whether `next` carries on the roll line `line` that the wrap ended: `line` not much longer than the wrap's limit, and the
 * first word of `next` would not have fitted on it, and it ends no sentence; `next` opens no label, heading or numbered
 * line of its own, no titled person under a line naming one person only, and sets out no columns.
 */
function wrapCarriesRollOn(line: string, next: string, wrapLimit: number): boolean {
  if (isBlank(next) || trimmedLength(line) > wrapLimit * OVER_LIMIT || line.includes('   ') || next.includes('   ')) return false;
  const text = next.trim();
  if (NUMBERED_START.test(text) || ENDS_ROLL.test(line.trimEnd()) || opensOwnLabel(text) || DASHED_LABEL.test(text) || nextWordFits(line, text, wrapLimit)) return false;
  if ((CAPITALS_LINE.test(text) && /\p{Ll}/u.test(line)) || (PERSON_START.test(text) && titlesIn(line) <= 1)) return false;
  return attendanceLabelOf(text) === null;
}

/** "Bassett-" over "Lowe": a word split at its hyphen is joined with no space. */
function joined(line: string, next: string): string {
  const text = line.trimEnd();
  return contentEndsWithOneOf(text, '-') && /\p{L}-$/u.test(text) ? text + next.trim() : `${text} ${next.trim()}`;
}

/**
 * `lines` with each roll of the header that a hard wrap (`wrapLimit`, the longest its lines may be; 0 when the text is
 * not hard-wrapped) broke over several lines joined into one: the label's own line, or the line under a label alone,
 * with the lines the wrap carried it on to. The same array when there are none.
 */
export function withWrappedRollsJoined(lines: string[], wrapLimit: number): string[] {
  if (wrapLimit === 0) return lines;
  let out: string[] | null = null;
  const end = Math.min(lines.length, HEADER_LINES);
  for (let index = 0; index < lines.length; index += 1) {
    const roll = index < end ? rollAt(lines, index, wrapLimit) : null;
    if (roll === null) {
      out?.push(lines[index]);
      continue;
    }
    out ??= lines.slice(0, index);
    out.push(...roll.lines);
    index = roll.next - 1;
  }
  return out ?? lines;
}

/**
 * `lines` with each line the wrap ended joined to the lines it carried on to, wherever it stands: an item's sentence
 * with its list run on ("A. Chairman Hale requested the roll call: Present: Commissioners" over "Ames, Ng, …").
 */
export function withWrapsJoined(lines: string[], wrapLimit: number): string[] {
  if (wrapLimit === 0) return lines;
  const out: string[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    let text = lines[index];
    while (index + 1 < lines.length && wrapCarriesRollOn(lines[index], lines[index + 1], wrapLimit)) text = joined(text, lines[++index]);
    out.push(text);
  }
  return out;
}

/** A roll set a person a line runs on this many lines at most. */
const MAX_ROLL_LINES = 30;

/**
 * The roll opening at `lines[index]` with the lines the wrap carried it on to joined, and the index after them; null when
 * no wrapped roll opens there. Under its first entry, each line opening with a titled person ("Mr Ravi Bhattacharya,
 * Chief Executive, Office of the Police and Crime" over "Commissioner") is the next entry, with its own wrapped lines.
 */
function rollAt(lines: string[], index: number, wrapLimit: number): { lines: string[]; next: number } | null {
  const line = lines[index];
  if (isBlank(line) || startsWithDigit(line.trimStart())) return null;
  const label = attendanceLabelOf(line);
  // "Apologies for absence" alone is an item's heading, unless a colon makes it a label.
  if (label === null || label.sentence || (label.rest === '' && label.attendance === 'apologies' && !line.trimEnd().endsWith(':'))) return null;
  // A label alone: its roll is the line under it.
  const first = label.rest === '' ? index + 1 : index;
  if (first >= lines.length || isBlank(lines[first]) || (first > index && attendanceLabelOf(lines[first]) !== null)) return null;
  const entries = first > index ? [line] : [];
  let next = first;
  let joins = 0;
  do {
    let text = lines[next++];
    while (next < lines.length && wrapCarriesRollOn(lines[next - 1], lines[next], wrapLimit)) {
      text = joined(text, lines[next++]);
      joins += 1;
    }
    entries.push(text);
  } while (next < lines.length && next - first < MAX_ROLL_LINES && PERSON_START.test(lines[next].trimStart()) && attendanceLabelOf(lines[next]) === null);
  return joins === 0 ? null : { lines: entries, next };
}
