// "Kelly Dufresne, President of the Minor Hockey Association, asked …", "Maria Delgado, a parent at Cedar Elementary,
// said …", "Linda Farrow, 318 Cedar Lane, asked …": a delegate or member of the public, named with no title but with
// who they are (or where they live) between commas, then a verb of speech. US and Canadian minutes so name the people
// who address the council.
import { PAST_SPEECH_VERBS, SPEECH_VERBS } from './speech-verbs';
import { PUBLIC_PERSON, PUBLIC_VERBS } from './public-speakers';

/** Sentence openers that are no forename ("Following debate, the motion …" has no name before its comma anyway). */
const NOT_FORENAMES = new Set(['The', 'This', 'That', 'These', 'Those', 'Following', 'After', 'Before', 'During', 'In', 'On', 'At', 'As', 'Members', 'Council', 'A', 'An', 'No', 'Any', 'All', 'Another', 'Alternative', 'Other', 'Additional', 'Further']);

/**
 * Two or three capitalised words (the forename's initial, or one between them, allowed: "M. Dubois, Director of Finance,"), a comma, who they are (an office, "a"/"an"/"the"
 * and a few words, an address, or whom they spoke for or where they came from: "representing the Business
 * Association", "of 12 Elm Road"; a bare noun of the public, "resident", "applicant", as US minutes of a hearing put it)
 * up to the next comma, and a verb of speech.
 */
const DESCRIBED_PERSON = new RegExp(
  String.raw`^(\p{Lu}(?:[\p{Ll}'’-]+|\.)(?:\s+\p{Lu}\.?)?(?:\s+\p{Lu}[\p{L}'’-]+){1,2}),\s+(?:(?:a|an|the)\s+[^,;:()]{2,60}|\p{Lu}[^,;:()]{2,80}|\d{1,5}[A-Z]?\s+\p{Lu}[^,;:()]{2,60}|(?:representing|on behalf of|speaking for|from|of)\s+[^,;:()]{2,80}|${PUBLIC_PERSON}),\s+(?:${SPEECH_VERBS.join('|')})\b`,
  'u',
);

/**
 * "Ann Lowe, Fenwick Police and Crime Commissioner presented …", "B Marsh, Acting Police, Crime and Victims' Commissioner
 * provided …", "S White, Acting PCVC informed …" (the office's initials), "Carl Nunn, Partner, Dale & Co (Independent Legal
 * Adviser) presented …": British minutes name an officer
 * or a guest with their post after a comma and no comma closing it. The post's last word (or the bracket after it) names
 * an office, so a list of names or places ("Hale, Ruiz and Dunn noted …") is never read as one; a dash ends a run-in
 * label, so "War Memorial, Church Lane – The Clerk reported" is the Clerk's.
 */
const POST_WORD = String.raw`\b(?:Commissioner|Officer|Director|Manager|Adviser|Advisor|Partner|Constable|Executive|Inspector|Superintendent|Secretary|Treasurer|Clerk|Lead|(?:[PD]?P[FC]?CC?|PCVC|PFCC|[AD]?CFO|ACC|DCC|CEO))`;
const PERSON_WITH_POST = new RegExp(
  String.raw`^(\p{Lu}(?:[\p{Ll}'’-]+|\.?)(?:\s+\p{Lu}[\p{L}'’-]+){1,2}),\s+\p{Lu}(?:(?!\s[-–—]\s)[^.;:()–—]){0,80}?(?:${POST_WORD}(?:\s+\([^()]{2,60}\))?|\s+\([^()]{0,50}${POST_WORD}\))\s+(?:${SPEECH_VERBS.join('|')})\b`,
  'u',
);

/**
 * "Ravi Okafor (Principal Licensing Officer) presented …", "Jo Marsh (Team Leader – Enforcement) introduced …": an
 * officer named with no title and their post in brackets, the post's word naming an office.
 */
const PERSON_WITH_BRACKETED_POST = new RegExp(
  String.raw`^(\p{Lu}(?:[\p{Ll}'’-]+|\.?)(?:\s+\p{Lu}[\p{L}'’-]+){1,2})\s+\([^()]{0,50}${POST_WORD}[^()]{0,40}\)\s+(?:${SPEECH_VERBS.join('|')})\b`,
  'u',
);

/**
 * "Paddy Moran (PM) asked …", "Ian Gale (IG), the Chief Finance Officer presented …", "John Eade (NCC) said …": a
 * person named with no title and the initials the minutes then call them by (or their organisation's) in brackets, who
 * they are perhaps after a comma, then a verb of speech.
 */
const PERSON_WITH_BRACKETED_INITIALS = new RegExp(
  String.raw`^(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})\s+\(\p{Lu}{2,4}\)(?:,\s+(?:the|a|an)\s+[^,.;:()]{2,60}?)?,?\s+(?:${SPEECH_VERBS.join('|')})\b`,
  'u',
);

/**
 * "Wade P. stated …", "Jeff L. asked …": a member of the public named by forename and the initial of their surname, as US
 * councils print those who speak at an open forum; the initial's full stop, then a verb of speech.
 */
const FORENAME_AND_INITIAL = new RegExp(String.raw`^(\p{Lu}\p{Ll}+\s\p{Lu}\.)\s(?:${SPEECH_VERBS.join('|')})\b`, 'u');

/**
 * "Jane Hope reported on …", "George Ross advised that …", "Kathleen Rybarz of Lamoine said …": a forename and a surname
 * with no title, then a verb of speech, in minutes where the parser read no list of names (cut before their attendance,
 * a forum's notes that list no one; where a list is read, a name it leaves out is no member's). Tried last, after every
 * titled form. Two words only: three capitalised words before a verb are most often a run-in title ("Dog Fouling Signs
 * requested …", "Defibrillator Cllr Hale informed …"); a verb in the passive ("Parish Issues raised by email") or over a
 * list ("Highway Matters reported:") tells of a title too.
 */
const BARE_FULL_NAME = new RegExp(
  String.raw`^(\p{Lu}\p{Ll}+\s\p{Lu}\p{Ll}[\p{L}'’-]*(?<!['’]s))(?:,?\s(?:of|from)\s\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){0,2},?)?\s(?:${SPEECH_VERBS.join('|')})\b(?!:|\sby\b)`,
  'u',
);
/**
 * "Ed Brennan of 44 Quarry Lane complained …": a resident named with the street they live at (a house number, then the
 * street's capitalised words), as US township minutes record public comment; the address says it is a person, list or no list.
 */
const NAME_OF_ADDRESS = new RegExp(
  String.raw`^(\p{Lu}\p{Ll}+(?:\s\p{Lu}\.)?\s\p{Lu}\p{Ll}[\p{L}'’-]*)\s(?:of|from)\s\d{1,5}[A-Z]?\s\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,3},?\s(?:${PUBLIC_VERBS.join('|')})\b`,
  'u',
);

/**
 * "Dan Hale, 4397 Quincy Street SE: Stated that he …", "Ann Roe, 12 Elm Road: Asked the Council …": a member of the public
 * at a US council's forum, named with the address they gave and a colon, then what they said as a sentence of its own
 * (its verb capitalised, the speaker understood).
 */
const NAME_ADDRESS_COLON = new RegExp(
  String.raw`^(\p{Lu}\p{Ll}+(?:\s\p{Lu}\.)?\s\p{Lu}\p{Ll}[\p{L}'’-]*),\s\d{1,5}[A-Z]?\s\p{Lu}[^,;:()]{2,60}:\s(?:${PAST_SPEECH_VERBS.map((verb) => `${verb[0].toUpperCase()}${verb.slice(1)}`).join('|')}|Handed|Stated)\b`,
  'u',
);

/** A body, a group, an organisation or an office in two capitalised words ("Parish Council agreed", "Highways England advised", "Chief Executive reported"): no one's name. */
const NOT_SURNAMES = /\s(?:Council|Committee|Board|Panel|Group|Forum|Authority|Trust|Partnership|Association|Society|Club|Police|Councillors?|Members?|Officers?|Directors?|Executive|Manager|Clerk|Chair(?:man)?|Treasurer|Secretary|Mayor|Inspector|Sergeant|Constable|Commissioner|Engineer|Surveyor|Governors|Trustees|Residents|Works|Services|Team|Planning|England|Wales|Scotland|Ireland|Water|Rail)$/;

/** The name of such a person opening a paragraph, or null. */
export function describedSpeakerOf(text: string): string | null {
  const described = text.includes(', ') ? (DESCRIBED_PERSON.exec(text) ?? PERSON_WITH_POST.exec(text)) : null;
  const bracketed = described === null && text.includes(' (') ? (PERSON_WITH_BRACKETED_POST.exec(text) ?? PERSON_WITH_BRACKETED_INITIALS.exec(text)) : null;
  const addressed = described === null && bracketed === null ? ((text.includes(' of ') ? NAME_OF_ADDRESS.exec(text) : null) ?? (text.includes(': ') ? NAME_ADDRESS_COLON.exec(text) : null)) : null;
  const person = described ?? bracketed ?? addressed ?? FORENAME_AND_INITIAL.exec(text);
  return person && !NOT_FORENAMES.has(person[1].split(/\s/)[0]) ? person[1] : null;
}

/**
 * "Public Comment", "Open Forum", "Citizens' Comments", "Public Participation": an item that records what members of the
 * public said, each named by forename and surname with no title, as no attendance list names them.
 */
export const PUBLIC_FORUM_TITLE =
  /\b(?:public\s+(?:comments?|participation|forum|question\s+time|questions|session|speaking|input|hearing)|open\s+forum|citizens?['’]?\s+(?:comments?|forum|input|participation)|audience\s+(?:comments?|participation)|comments?\s+from\s+the\s+public)\b/i;

/**
 * "J Kelly confirmed …", "R. Osei reported …", "P.J. Dunn said …": a forename's initial(s) and a surname, then a verb of
 * speech, in minutes that list no one (where a list is read, known-speakers.ts files the name as listed). A lone "A"
 * undotted opens a sentence ("A Member said …", "A Resident asked …"), no name.
 */
const INITIALLED_NAME = new RegExp(String.raw`^((?:\p{Lu}\.\s?|(?!A\s)\p{Lu}\s)(?:\p{Lu}(?:\.\s?|\s)){0,2}\p{Lu}\p{Ll}[\p{L}'’-]*(?<!['’]s))\s(?:${SPEECH_VERBS.join('|')})\b(?!:|\sby\b)`, 'u');

/** The forename and surname opening a paragraph of minutes that list no one (or of a public forum's item), or null. */
export function bareNameSpeakerOf(text: string): string | null {
  if (text[1] === ' ' || text[1] === '.') {
    const initialled = INITIALLED_NAME.exec(text);
    return initialled && !NOT_SURNAMES.test(` ${initialled[1].slice(initialled[1].lastIndexOf(' ') + 1)}`) ? initialled[1].replace(/\.(?=\p{Lu}\p{Ll})/u, '. ') : null;
  }
  const bare = BARE_FULL_NAME.exec(text);
  return bare && !NOT_SURNAMES.test(bare[1]) && !NOT_FORENAMES.has(bare[1].slice(0, bare[1].indexOf(' '))) ? bare[1] : null;
}
