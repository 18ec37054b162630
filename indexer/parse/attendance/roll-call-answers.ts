// Roll calls that small US boards (library trustees, township trustees, village boards, church vestries) write into
// their opening paragraph in forms the roll-call sentences (roll-call-sentences.ts) do not read: the names then
// "present" ("Allard, Haskins, Horth & Worden present."), the members' word before the names ("Board members Ann Lee
// and Bo Ray were present."), the answers to the roll ("Members answering roll call: …", "answering as present were:
// …") and a list of offices and their holders parted by semicolons ("Present were the rector, Ann Lee; senior warden,
// Bo Ray; vestry members Cy Hart and Di Moss."). Each is read only where what it names is a list of names: in a
// meeting's first items and those calling the roll (attendance-items.ts), and in its header's prose (general.ts), where
// the opening paragraph, hard-wrapped, stays with the title.
import { splitSentences } from '../../../core/text/sentences';
import type { Attendee, AttendanceKind } from '../../../core/types';
import { attendeesFromList } from './attendee-lists';
import { NAME_PARTICLE } from './roll-call-sentences';

/**
 * What members of a board are called before their names: "Board members", "Vestry members" (left out, as no title of
 * theirs), or a title the names share, "Trustees", "Commissioners" (kept, as the list's other sentences title them).
 * "Audience members", "Staff members" are no members of the board.
 */
const MEMBERS_WORD = String.raw`(?:(?!(?:Audience|Public|Community|Staff)\s)(?:\p{Lu}\p{Ll}+\s+)?members\s+|(?<title>(?:Trustees|Commissioners|Directors|Councillors|Councilmembers|Selectmen|Aldermen|Senators|Governors)\s+))`;

/** One sentence form: its pattern (the list in the group named `list`) and the attendance it records. */
interface AnswerForm {
  pattern: RegExp;
  attendance: AttendanceKind;
}

const FORMS: readonly AnswerForm[] = [
  // "Board members Ann Lee, Bo Ray, and Cy Hart were present.", "Trustees Hale and Ruiz were also present." (members, not staff).
  { pattern: new RegExp(String.raw`^${MEMBERS_WORD}(?<list>\p{Lu}.*?)\s+(?:were|was)\s+(?:also\s+|all\s+)?(?:present|in\s+attendance)$`, 'u'), attendance: 'present' },
  { pattern: new RegExp(String.raw`^${MEMBERS_WORD}(?<list>\p{Lu}.*?)\s+(?:were|was)\s+(?:absent|excused)$`, 'u'), attendance: 'absent' },
  // "Members answering roll call: President Knoup, Ann Lee …", "… the Chair called for the roll, answering as present were: A, and B".
  { pattern: /^(?:.*?\s)?answer(?:ing|ed)\s+(?:the\s+)?roll(?:\s+call)?\s*:\s*(?<list>.+)$/i, attendance: 'present' },
  { pattern: /^(?:.*?\s)?answering\s+(?:as\s+)?present\s+(?:were|was)\s*:?\s*(?<list>.+)$/i, attendance: 'present' },
  // "Allard, Godfrey Haskins, Horth & Worden present.": the names, then "present" with no verb; the sentence before it
  // may end in a time the sentences are not parted at ("Meeting called to order at 5:05. Allard, … present").
  { pattern: /^(?:[^;]{0,80}?\d\.\s+)?(?<list>\p{Lu}[^:;]*?(?:,|\s&|\sand)\s[^:;]*?)\s+present$/u, attendance: 'present' },
];

/** A subject that names nobody: "All members present", "The Board members were present". */
const NO_NAME = /^(?:The|A|An|All|No|None|It|This|There|They|Everyone|Several|Some|Both|Quorum)\b/;

/** "Ann Lee, Bo Ray, and Cy Hart": at least two parts, each capitalised words (initials, particles); a bracketed aside ("(by phone)") left out. */
function namesIn(list: string): string | null {
  const bare = list.replace(/\s*\([^()]{0,40}\)/g, '').trim();
  if (bare.length > 600 || /\d/.test(bare) || NO_NAME.test(bare)) return null;
  const parts = bare.split(/\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*/).filter((part) => part !== '');
  const isName = (part: string) => part.length <= 40 && part.split(/\s+/).every((word) => /^[\p{Lu}'’]/u.test(word) || NAME_PARTICLE.test(word));
  return parts.length >= 2 && parts.every(isName) ? parts.join(', ') : null;
}

/**
 * "Present at the meeting were the rector, Ann Lee; senior warden, Bo Ray; vestry members Cy Hart and Di Moss; and the
 * clerk, Ed Fry.": each part an office in lower case, then whom it names; "In attendance were …" likewise. The sentence
 * may run on from its heading, "Attendance", where the heading was read into the paragraph.
 */
const OFFICES_LIST_OPENING = /^(?:attendance:?\s+)?(?:present(?:\s+at\s+the\s+meeting)?|in\s+attendance)\s+were\s+(?=the\s|\p{Ll})/iu;
const OFFICE_THEN_NAMES = /^(?:and\s+)?(?:the\s+)?(?<office>\p{Ll}[\p{Ll}'’-]*(?:\s+\p{Ll}[\p{Ll}'’-]*){0,3}),?\s+(?<names>\p{Lu}.*)$/u;

/** "vestry members" → "Vestry member", "the rector" → "Rector": an office as a role. */
function asRole(office: string, holders: number): string {
  const role = holders > 1 ? office.replace(/s$/, '') : office;
  return role.charAt(0).toUpperCase() + role.slice(1);
}

/** The holders of each office a semicolon list names, with the office as their role; [] unless every part is an office and names. */
function officesAndHolders(list: string): Attendee[] {
  const parts = list.split(/\s*;\s*/).filter((part) => part !== '');
  const read = parts.map((part) => OFFICE_THEN_NAMES.exec(part)?.groups);
  if (parts.length < 2 || read.some((groups) => groups === undefined)) return [];
  return read.flatMap((groups) => {
    const names = namesIn(groups!.names) ?? (/^\p{Lu}[\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,3}$/u.test(groups!.names) ? groups!.names : null);
    if (names === null) return [];
    const holders = names.split(', ');
    return holders.map((name): Attendee => ({ name, role: asRole(groups!.office, holders.length), attendance: 'present' }));
  });
}

/** Words one of the forms holds, tried before splitting a text into sentences. */
const ANSWER_WORD = /present|roll|absent|excused|attendance/i;
/** How much of an item's text is read: the roll call opens the minutes. */
const ANSWER_REACH = 2000;

/** "… and R.J." | "VanSwol; the treasurer …": a name's run-together initials end no sentence, so the sentence goes on. */
const ENDS_IN_INITIALS = /(?:^|\s)(?:\p{Lu}\.){2,3}$/u;

function withInitialsRejoined(sentences: string[]): string[] {
  const joined: string[] = [];
  for (const sentence of sentences) {
    if (joined.length > 0 && ENDS_IN_INITIALS.test(joined[joined.length - 1])) joined[joined.length - 1] += ` ${sentence}`;
    else joined.push(sentence);
  }
  return joined;
}

/** The people a text's roll-call sentences of these forms name, with the attendance each records. */
export function attendeesFromRollCallAnswers(text: string): Attendee[] {
  const reach = text.length > ANSWER_REACH ? text.slice(0, ANSWER_REACH) : text;
  if (!ANSWER_WORD.test(reach)) return [];
  // A sentence wrapped over lines reads as one: a name's words may be parted by the line's end.
  const opening = reach.replace(/\s+/g, ' ');
  return withInitialsRejoined(splitSentences(opening)).flatMap((sentence) => {
    const words = sentence.replace(/[.;]$/, '').trim();
    const offices = OFFICES_LIST_OPENING.exec(words);
    if (offices) return officesAndHolders(words.slice(offices[0].length));
    for (const { pattern, attendance } of FORMS) {
      const groups = pattern.exec(words)?.groups;
      const names = groups?.list === undefined ? null : namesIn(groups.list.replace(/,$/, ''));
      if (names !== null) return attendeesFromList(groups!.title ? `${groups!.title}${names.replace(/, (?=[^,]*$)/, ' and ')}` : names, attendance);
    }
    return [];
  });
}
