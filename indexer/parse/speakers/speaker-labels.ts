// Who speaks in a verbatim record or a question time, by the label before the words: "Cllr Fox: We have written …",
// "The Mayor: …", "Q (Cllr Hale): …", "[00:12:31] DIRECTOR ABARA: …".
import { speakerForRole } from './speaker-roles';
import { NAME, TITLE, TITLED_NAME } from './speaker-titles';
import { SPEECH_VERBS } from './speech-verbs';
import { handleSpeakerOf } from '../attendance/handles';

/** Offices a verbatim record labels its speakers with: "The Mayor:", "Town Clerk:", "Chairman:", a county assembly's Hansard "The Speaker (Hon. Kenga):". */
const LABEL_OFFICE = String.raw`(?:The\s+)?(?:(?:Town|Parish|City|County|Deputy|Temporary|Vice[- ])\s*)?(?:Mayor|Clerk|Chair(?:man|woman|person)?|Speaker|(?:Depute\s+)?Convener|Provost|Treasurer|Secretary|Commissioner|Chief Constable|Chief Executive|Headteacher)`;
const PUBLIC_LABEL = String.raw`(?:A\s+)?(?:Resident|Member of the public|Questioner|Parishioner)`;
/** "Member: Could the council write …?": a member not named, filed as "A Member" as "A Member asked" is. */
const MEMBER_LABEL = String.raw`(?:A\s+)?Member`;
/** "Cllr Fox: We have written …", "The Mayor: …", "Resident (Mr Calvert): …": who speaks in a verbatim record. */
const SPEAKER_LABEL = new RegExp(String.raw`^((?:${TITLE})\.?\s+${NAME}|${LABEL_OFFICE}|${PUBLIC_LABEL}|${MEMBER_LABEL})(?:\s*\(([^)]{1,60})\))?\s*:\s+\S`, 'u');
const PUBLIC_ONLY = new RegExp(`^${PUBLIC_LABEL}$`, 'iu');
/**
 * "Chair : Isobel Reid Vice chair : Rona Kerr", "Treasurer: Ann Dale", "Chairperson: Ray Hull proposed that Joyce Dee
 * continue", "Treasurer: Ann Dale, elected unopposed": an office and the name of who holds it (or of who proposed them for it), as a forum's office-bearers are
 * listed (or an annual meeting's elections recorded): nobody's turn under the office's label (a chair's turn goes on in words: "Chair: Councillor Hale, please"), but the
 * proposer's where a verb of speech follows the name.
 */
const HOLDER_AFTER_OFFICE = new RegExp(String.raw`^(\p{Lu}\p{Ll}+\s\p{Lu}\p{Ll}[\p{L}'’-]*)(?:\s*$|,?\s+(?:re-?)?(?:elected|appointed|nominated|co-?opted)\b|\s+(?:\p{Lu}|(${SPEECH_VERBS.join('|')})\b))`, 'u');

/**
 * The speaker a verbatim record's label names: the person in brackets, the titled name, or the office (filed as the
 * prose forms file it: "Town Clerk" as "The Town Clerk"); null for an unnamed resident; undefined when no label.
 */
export function labelledSpeakerOf(line: string): string | null | undefined {
  const colon = line.indexOf(':');
  if (colon < 2 || colon > 90) return undefined;
  // "@jdoe: we should cut the release on Friday.": a project member's turn, by their handle.
  if (line[0] === '@') return handleSpeakerOf(line);
  const timestamp = (line[0] === '[' || line[0] === '(' || (line[0] >= '0' && line[0] <= '9')) ? TIMESTAMP.exec(line) : null;
  const text = timestamp ? line.slice(timestamp[0].length) : line;
  const pair = (text[0] === 'Q' || text[0] === 'A' || text[0] === 'R') ? QUESTION_ANSWER_LABEL.exec(text) : null;
  if (pair) return bracketedSpeakerOf(pair[1].trim().replace(/\s+/g, ' '));
  const label = SPEAKER_LABEL.exec(text);
  if (!label) return capitalLabelSpeakerOf(text, timestamp !== null);
  const [, named, bracketed] = label;
  if (bracketed && TITLED_NAME.test(bracketed.trim())) return bracketed.trim();
  if (PUBLIC_ONLY.test(named)) return questionerNamedAfter(text.slice(label[0].length - 1));
  if (/^(?:A\s+)?Member$/.test(named)) return 'A Member';
  if (TITLED_NAME.test(named)) return named.replace(/\s+/g, ' ');
  const holder = bracketed ? null : HOLDER_AFTER_OFFICE.exec(text.slice(label[0].length - 1));
  if (holder) return holder[2] ? holder[1] : undefined;
  return speakerForRole(named.replace(/^The\s+/, '').replace(/\s+/g, ' '));
}

/** "Questioner: Mrs A Dale" (then "Question: Why …?" run on or not): the titled person after a public label, else null. */
function questionerNamedAfter(rest: string): string | null {
  const asker = rest.split(/\s(?:Question|Q)\s*[:.]/, 1)[0].trim();
  return TITLED_NAME.test(asker) ? asker.replace(/\s+/g, ' ') : null;
}

/**
 * "Q (Cllr Hale): Will the …?" / "A (Leader): The council …": a question and its answer, each labelled with who asked
 * or answered in brackets, as councils record questions from members and the public.
 */
const QUESTION_ANSWER_LABEL = /^(?:Q|A|Question|Answer|Reply|Response)\s*\(([^)]{1,60})\)\s*[:.]\s+\S/;
/** "Portfolio Holder for Housing", "Head of Planning", "The Leader": an office in capitalised words. */
const OFFICE_WORDS = /^(?:The\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:of|for|and|\p{Lu}[\p{L}'’-]*)){0,5}$/u;

/** The speaker a Q/A label's brackets name: the titled name, or the office filed as the prose forms file it; else undefined. */
function bracketedSpeakerOf(bracketed: string): string | undefined {
  if (TITLED_NAME.test(bracketed)) return bracketed;
  return OFFICE_WORDS.test(bracketed) ? speakerForRole(bracketed.replace(/^The\s+/, '')) : undefined;
}

/** "[00:12:31]", "(19:04)", "00:03:55": where a verbatim transcript was at when the turn began. */
const TIMESTAMP = /^(?:\[\d{1,2}:\d{2}(?::\d{2})?\]|\(\d{1,2}:\d{2}(?::\d{2})?\)|\d{1,2}:\d{2}:\d{2})\s+/;
/**
 * "CHAIR:", "DIRECTOR LINDGREN:", "MS. HOLLIS:": a transcript's speaker in capitals, one to four words; "MR DUNMORE
 * (Applicant):", with who they are in brackets.
 */
const CAPITAL_LABEL = /^((?:[A-Z][A-Z.'’-]*\s){0,3}[A-Z][A-Z.'’-]+)(?:\s*\([^()]{1,60}\))?\s*:\s+\S/;
/** Capital labels that are no speaker (record labels, votes and attendance), nor an item's title (run-on-titles.ts). */
export const NOT_SPEAKER_LABELS = /^(?:RESOLVED|AGREED|DECISION|DECIDED|VOTED|NOTE|NOTED|ACTION|ACTIONS|OUTCOME|MOTION|VOTE|AYES|NOES|NAYS|YEAS|FOR|AGAINST|ABSENT|ABSTAIN|PRESENT|APOLOGIES|ATTENDEES|ALSO PRESENT|IN ATTENDANCE|OFFICERS|STAFF|SECOND|SECONDED|MOVED|MOVER|SECONDER|PROPOSED|RESULT|ITEM|SUBJECT|RE|DATE|TIME|VENUE|PLACE|LOCATION|WHERE|MINUTES|AGENDA|PURPOSE|SUMMARY|RECOMMENDATION|Q|A)$/;
/** Without a timestamp, a capital label names a speaker only when it starts with a title or an office ("CITY ATTORNEY LIN:"; not "CITY MANAGER'S REPORT:"). */
const CAPITAL_TITLE = /^(?:CHAIR(?:MAN|WOMAN|PERSON)?|CONVENER|PROVOST|VICE|DEPUTY|MAYOR|CLERK|MR|MRS|MS|MISS|DR|CLLR|COUNCILLOR|COUNCILMEMBER|COUNCIL MEMBER|DIRECTOR|COMMISSIONER|TRUSTEE|SECRETARY|TREASURER|PRESIDENT|SUPERVISOR|ALDERMAN|ALDERWOMAN|SELECTMAN|SELECTWOMAN|COUNCIL(?:WO)?MAN|SENATOR|SHERIFF|(?:CITY|TOWN|VILLAGE|COUNTY|BOROUGH) (?:ATTORNEY|MANAGER|CLERK|ADMINISTRATOR|ENGINEER|SOLICITOR|AUDITOR))\b(?!['’])\.?/;

/** The speaker a transcript's capital label names ("CHAIR" → "The Chair", "DIRECTOR ABARA" → "Director Abara"), else undefined. */
function capitalLabelSpeakerOf(text: string, afterTimestamp: boolean): string | undefined {
  const label = CAPITAL_LABEL.exec(text);
  if (!label) return undefined;
  const printed = label[1];
  if (NOT_SPEAKER_LABELS.test(printed) || !(afterTimestamp || CAPITAL_TITLE.test(printed))) return undefined;
  const words = printed.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
  const office = new RegExp(`^${LABEL_OFFICE}$`).test(words);
  return office ? speakerForRole(words.replace(/^The\s+/, '')) : words;
}
