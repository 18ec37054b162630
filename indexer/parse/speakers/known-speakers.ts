// People an attendance list names without a title ("Phil Dray (Treasurer)"): trustees', governors' and residents'
// minutes report them under the name as listed ("Phil Dray presented …"), which no title or office tells apart from
// any capitalised words. Only the names the meeting's own lists give are read so. Minutes that have named a member once
// go on with the surname alone ("Dray said …", "Oakes asked …"): a surname only one listed attendee has is read as theirs,
// and so is an untitled member's first name ("Gwen welcomed …").
import type { Attendee } from '../../../core/types';
import { initialsOf } from '../attendance/initials-keys';
import { NOT_INITIALS } from './initials-turns';
import { NAME_PARTICLES } from '../attendance/person-words';
import { afterLeadingClause } from './leading-clauses';
import { FAITH_AND_PEER_TITLES, withoutPostNominals } from './speaker-titles';
import { SPEECH_VERBS } from './speech-verbs';

/** Two to four capitalised words, a surname's particles between them ("Margit van der Linde"): a full name as a list prints it. */
const FULL_NAME = new RegExp(String.raw`^\p{Lu}[\p{L}'’-]+(?:\s(?:(?:${NAME_PARTICLES})\s){0,2}\p{Lu}[\p{L}'’-]+){1,3}$`, 'u');
/**
 * What a listed person is read as saying: a verb of speech, or moving a motion ("Dave Garner made a motion to approve
 * the agenda", "Glen moved to approve the record"), as a titled member moving one speaks (speakers.ts).
 */
const KNOWN_VERBS = [...SPEECH_VERBS, 'moved', 'made (?:a|the) motion'];
/**
 * A speech verb right after the name, or after the office in brackets the name is listed with ("Callum Reid
 * (President) reported"), or after the place they came from ("Kath Ruiz of Lamoine said", as a joint committee's
 * minutes tell its towns' members apart); after a comma is left alone ("Lucy Brennan, for the club, said").
 */
const VERB_AFTER_NAME = new RegExp(`^(?:\\s\\([^()]{1,60}\\)|\\s(?:of|from)\\s[A-Z][\\w'’-]+(?:\\s[A-Z][\\w'’-]+){0,2})?\\s(?:${KNOWN_VERBS.join('|')})\\b`);
/**
 * "Carole Innes (Chair): Good morning …", "Alasdair Grieve (West Scotland) (Con): …": a verbatim record's label, the
 * listed name (and its office, or a member's seat and party, in brackets) and a colon.
 */
const LABEL_AFTER_NAME = /^(?:\s*\([^()]{1,60}\)){0,2}\s*:\s+\S/;
/**
 * "Judy Sproule – Hope to get the board together next week.", "Gail Marshall – Yes.": notes of what each member said,
 * the listed name and a dash before their words: a sentence, its first word no office before a comma ("Miss Hale -
 * Chairperson, Mrs. Cann, …" lists those present) and naming no titled person ("Tom Ashby – Treasurer" is an office).
 */
const DASH_AFTER_NAME = /^(?:\s*\([^()]{1,60}\))?\s[–—-]\s+\p{Lu}[\p{L}'’]*(?![\p{L},])[^.?!]{0,200}[.?!]/u;
const TITLED_PERSON = /\b(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councill?or)\b/;
const speaksAfter = (rest: string) => VERB_AFTER_NAME.test(rest) || LABEL_AFTER_NAME.test(rest) || (DASH_AFTER_NAME.test(rest) && !TITLED_PERSON.test(rest.slice(0, 200)));

/** The title a listed name starts with ("Councillor", "County Cllr", "Mrs", "Supervisor"): kept before the surname. */
const LISTED_TITLE = new RegExp(String.raw`^(?:(?:County|District|Borough|Town|Parish|City|Ward)\s+)?(?:Cllr|Councill?or|Cr|Councilmember|Council(?:wo)?man|Supervisor|Commissioner|Trustee|Alderman|Alderwoman|Mayor|Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Dame|Sir|Lord|Lady|Revd|Rev|Canon|Hon|Bailie|${FAITH_AND_PEER_TITLES})\.?(?=\s)`);
/** "jdoe", "lindqvist-p": an account handle in lower case, as a project's list of attendees gives its members. */
const HANDLE = /^[a-z][a-z0-9_.-]{1,38}$/;
/** A paragraph opening with one capitalised word, then a speech verb: "Dray said that …". */
const SURNAME_OPENING = new RegExp(`^(\\p{Lu}[\\p{L}'’-]+)\\s(?:${KNOWN_VERBS.join('|')})\\b`, 'u');

/** Listed people by surname, as minutes name them with it alone: "Councillor T Dray" → "Councillor Dray"; null where two share it. */
function speakersBySurname(attendees: readonly Attendee[]): Map<string, string | null> {
  const bySurname = new Map<string, string | null>();
  for (const { name: listed } of attendees) {
    // "Councillor J Fairbairn MBE" is "Councillor Fairbairn", not "Councillor MBE".
    const name = withoutPostNominals(listed);
    const words = name.split(/\s+/);
    const surname = words[words.length - 1];
    if (words.length < 2 || !/^\p{Lu}[\p{L}'’-]+$/u.test(surname)) continue;
    const title = LISTED_TITLE.exec(name)?.[0];
    const speaker = title ? `${title} ${surname}` : name;
    bySurname.set(surname, bySurname.has(surname) && bySurname.get(surname) !== speaker ? null : speaker);
  }
  return bySurname;
}

/** "Owen", "Beatrix": one capitalised word, a person listed by their first name alone. */
const FORENAME_ALONE = /^\p{Lu}\p{Ll}[\p{Ll}'’-]+$/u;

/**
 * Listed people by their first name, as residents', clubs', working groups' and US townships' minutes name them ("Gwen
 * welcomed …" for "Gwen Arkwright (Chair)", "Joyce replied …" for "Supervisor Joyce Moorhouse"): an untitled name as
 * listed, a titled one as its surname is read ("Supervisor Moorhouse"); null where two share it.
 */
function speakersByForename(attendees: readonly Attendee[]): Map<string, string | null> {
  const byForename = new Map<string, string | null>();
  for (const { name: listed } of attendees) {
    const title = LISTED_TITLE.exec(listed)?.[0];
    const name = title ? withoutPostNominals(listed.slice(title.length).trimStart()) : listed;
    // "Attendees: Tamsin, Priya, Owen": a committee listed by first names alone is reported under them ("Owen reported …").
    if (!title && FORENAME_ALONE.test(name)) byForename.set(name, byForename.has(name) && byForename.get(name) !== name ? null : name);
    if (!FULL_NAME.test(name)) continue;
    const forename = name.slice(0, name.indexOf(' '));
    const speaker = title ? `${title} ${name.slice(name.lastIndexOf(' ') + 1)}` : name;
    byForename.set(forename, byForename.has(forename) && byForename.get(forename) !== speaker ? null : speaker);
  }
  return byForename;
}

/** A paragraph opening with a person's initials, then a speech verb: "HM welcomed …", "KO presented …", "MCa said …". */
const INITIALS_OPENING = new RegExp(`^(\\p{Lu}{2,4}\\p{Ll}?)\\s(?:${SPEECH_VERBS.join('|')})\\b`, 'u');
/** "MCa", "PWh": a key the list gives a member, a letter of the surname telling them from another member's "MC". */
const SURNAME_LETTER_KEY = /^\p{Lu}{2,3}\p{Ll}$/u;

/** Listed people by their initials (boards' minutes name speakers so); null where two share them. */
function speakersByInitials(attendees: readonly Attendee[]): Map<string, string | null> {
  const byInitials = new Map<string, string | null>();
  for (const { name, role } of attendees) {
    // "Margaret Carey (MCa)" beside "Michael Cook (MC)": her own key is hers, and "MC" is his alone.
    const ownKey = role !== null && SURNAME_LETTER_KEY.test(role) && initialsOf(name).includes(role.toUpperCase());
    for (const initials of ownKey ? [role] : initialsOf(name)) byInitials.set(initials, byInitials.has(initials) && byInitials.get(initials) !== name ? null : name);
  }
  return byInitials;
}

/**
 * "MFH reported …" for "Michael Harris (MFH)": a key of three or four capitals holding a middle initial the list leaves
 * out, filed under its first and last letters (the forename's and the surname's initials); null where two share them.
 */
function speakersByOuterInitials(attendees: readonly Attendee[]): Map<string, string | null> {
  const byOuter = new Map<string, string | null>();
  for (const { name } of attendees) {
    const initials = initialsOf(name)[0];
    if (initials === undefined) continue;
    const outer = `${initials[0]}${initials[initials.length - 1]}`;
    byOuter.set(outer, byOuter.has(outer) && byOuter.get(outer) !== name ? null : name);
  }
  return byOuter;
}

/** The listed person a key of initials names: its own initials, or a longer key by its first and last letters. */
function keyedSpeaker(key: string, byInitials: Map<string, string | null>, byOuter: Map<string, string | null>): string | null {
  const exact = byInitials.get(key);
  if (exact !== undefined || key.length < 3 || !/^\p{Lu}+$/u.test(key)) return exact ?? null;
  return byOuter.get(`${key[0]}${key[key.length - 1]}`) ?? null;
}

/**
 * "MIL: the budget is on track", "JK (remote): agreed": a turn labelled with the initials of a listed attendee (a key list
 * or the attendance gives the names), as committees' and working groups' notes label speakers; abbreviations of a
 * record's parts ("AOB:", "NB:") are no one's.
 */
const INITIALS_LABEL_OPENING = /^(\p{Lu}{2,4}\p{Ll}?)(?:\s*\([^()]{1,40}\))?\s*:\s+\S/u;

/**
 * "J Kelly confirmed …", "R. Osei reported …", "A.B. Hale said …", "R.Osei asked …": a listed attendee named by the
 * initial(s) of their forenames and their surname, then a verb of speech.
 */
const INITIALLED_SURNAME_OPENING = new RegExp(String.raw`^((?:\p{Lu}(?:\.\s?|\s)){1,3})(\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?)(?:\s\([^()]{1,60}\))?,?\s(?:${KNOWN_VERBS.join('|')})\b`, 'u');

/** Listed people by surname, each with the initials of their forenames ("Cllr John Kelly" → Kelly, "J", "Cllr Kelly"). */
function speakersByInitialledSurname(attendees: readonly Attendee[]): Map<string, { initials: string; speaker: string }[]> {
  const bySurname = new Map<string, { initials: string; speaker: string }[]>();
  for (const { name: listed } of attendees) {
    const title = LISTED_TITLE.exec(listed)?.[0];
    const words = withoutPostNominals(title ? listed.slice(title.length).trimStart() : listed).split(/\s+/);
    const surname = words[words.length - 1];
    if (words.length < 2 || !/^\p{Lu}[\p{L}'’-]+$/u.test(surname)) continue;
    const initials = words.slice(0, -1).map((word) => word[0]).join('');
    const speaker = title ? `${title} ${surname}` : listed;
    let people = bySurname.get(surname);
    if (people === undefined) bySurname.set(surname, (people = []));
    people.push({ initials: initials.toUpperCase(), speaker });
  }
  return bySurname;
}

/** The listed person "J Kelly" names: the one with that surname whose forenames start with the initial given; null where none or two do. */
function initialledSpeaker(text: string, bySurname: Map<string, { initials: string; speaker: string }[]>): string | null {
  const opening = INITIALLED_SURNAME_OPENING.exec(text);
  const people = opening ? bySurname.get(opening[2]) : undefined;
  if (!opening || people === undefined) return null;
  const given = opening[1].replace(/[.\s]/g, '');
  const matching = people.filter(({ initials }) => initials.startsWith(given[0]) && (given.length === 1 || initials === given));
  return new Set(matching.map(({ speaker }) => speaker)).size === 1 ? matching[0].speaker : null;
}

/** The finder of listed speakers; `forenamesOnly` when the lists give first names alone ("Attendees: Tamsin, Priya, Owen"). */
export type KnownSpeakerFinder = ((text: string) => string | null) & { forenamesOnly?: boolean };

/**
 * Who speaks in a paragraph that opens with a listed attendee's full name and a speech verb (or a transcript's label
 * of that name); undefined when no one is listed so.
 */
export function knownSpeakerFinder(attendees: readonly Attendee[]): KnownSpeakerFinder | undefined {
  // Names filed under their first word: a paragraph is looked up by its own first word, not tried against every name.
  const byFirstWord = new Map<string, string[]>();
  for (const { name, role } of attendees) {
    if (!FULL_NAME.test(name)) continue;
    const first = name.slice(0, name.indexOf(' '));
    // Added to in place: a copy of the list for each name made a list of 40,000 "Councillor …" names take 14 s.
    let names = byFirstWord.get(first);
    if (names === undefined) byFirstWord.set(first, (names = []));
    // "Olivia Kwan, Director of Finance, said": the name, then the office the list gives it, between commas.
    if (role) names.push(`${name}, ${role},`);
    names.push(name);
  }
  const bySurname = speakersBySurname(attendees);
  const byInitials = speakersByInitials(attendees);
  const byForename = speakersByForename(attendees);
  const byOuterInitials = speakersByOuterInitials(attendees);
  const byInitialledSurname = speakersByInitialledSurname(attendees);
  // "jdoe said …", "@jdoe proposed …": a project member listed by their handle.
  const handles = new Set(attendees.flatMap(({ name }) => (HANDLE.test(name) ? [name] : [])));
  if (byFirstWord.size === 0 && bySurname.size === 0 && byForename.size === 0 && handles.size === 0) return undefined;
  const speakerAt = (text: string): string | null => {
    const firstWord = text.slice(0, text.indexOf(' '));
    const handle = firstWord.replace(/^@/, '').replace(/:$/, '');
    if (handles.has(handle) && (firstWord.endsWith(':') || VERB_AFTER_NAME.test(text.slice(firstWord.length)))) return handle;
    const names = byFirstWord.get(firstWord);
    const named = names?.find((name) => text.startsWith(name) && speaksAfter(text.slice(name.length)));
    if (named) return named.endsWith(',') ? named.slice(0, named.indexOf(',')) : named;
    if (bySurname.get(firstWord) && SURNAME_OPENING.test(text)) return bySurname.get(firstWord)!;
    // A word that is some listed person's surname is never read as another's first name.
    const forename = bySurname.has(firstWord) ? null : byForename.get(firstWord);
    if (forename && SURNAME_OPENING.test(text)) return forename;
    // "J Kelly confirmed", "R. Osei reported": an initial, then a capital, is told apart by its second character.
    if ((text[1] === ' ' || text[1] === '.') && /^\p{Lu}/u.test(text)) return initialledSpeaker(text, byInitialledSurname);
    // "MFH reported", "MIL: …", "JK (remote): …": the first word looked up as a listed key before any pattern is tried.
    const key = firstWord.endsWith(':') ? firstWord.slice(0, -1) : firstWord;
    const keyed = key.length >= 2 && key.length <= 5 && /^\p{Lu}{2,4}\p{Ll}?$/u.test(key) ? keyedSpeaker(key, byInitials, byOuterInitials) : null;
    if (keyed === null) return null;
    if (INITIALS_OPENING.test(text)) return keyed;
    return !NOT_INITIALS.test(key) && INITIALS_LABEL_OPENING.test(text) ? keyed : null;
  };
  // "Responding to Councillor Caddick, Kieran Walsh confirmed …": a listed name after a leading clause speaks too.
  const finder = (text: string) => {
    const speaker = speakerAt(text);
    if (speaker !== null || !/^\p{Lu}\p{Ll}/u.test(text)) return speaker;
    const rest = afterLeadingClause(text);
    return rest === null ? null : speakerAt(rest);
  };
  return Object.assign(finder, { forenamesOnly: byFirstWord.size === 0 && bySurname.size === 0 && handles.size === 0 });
}
