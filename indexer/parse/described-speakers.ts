// "Kelly Dufresne, President of the Minor Hockey Association, asked …", "Maria Delgado, a parent at Cedar Elementary,
// said …", "Linda Farrow, 318 Cedar Lane, asked …": a delegate or member of the public, named with no title but with
// who they are (or where they live) between commas, then a verb of speech. US and Canadian minutes so name the people
// who address the council.
import { SPEECH_VERBS } from './speech-verbs';

/** Sentence openers that are no forename ("Following debate, the motion …" has no name before its comma anyway). */
const NOT_FORENAMES = new Set(['The', 'This', 'That', 'These', 'Those', 'Following', 'After', 'Before', 'During', 'In', 'On', 'At', 'As', 'Members', 'Council', 'A', 'An']);

/**
 * Two or three capitalised words (an initial between them allowed), a comma, who they are (an office, "a"/"an"/"the"
 * and a few words, an address, or whom they spoke for or where they came from: "representing the Business
 * Association", "of 12 Elm Road") up to the next comma, and a verb of speech.
 */
const DESCRIBED_PERSON = new RegExp(
  String.raw`^(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}\.?)?(?:\s+\p{Lu}[\p{L}'’-]+){1,2}),\s+(?:(?:a|an|the)\s+[^,;:()]{2,60}|\p{Lu}[^,;:()]{2,80}|\d{1,5}[A-Z]?\s+\p{Lu}[^,;:()]{2,60}|(?:representing|on behalf of|speaking for|from|of)\s+[^,;:()]{2,80}),\s+(?:${SPEECH_VERBS.join('|')})\b`,
  'u',
);

/**
 * "Ann Lowe, Fenwick Police and Crime Commissioner presented …", "B Marsh, Acting Police, Crime and Victims' Commissioner
 * provided …", "Carl Nunn, Partner, Dale & Co (Independent Legal Adviser) presented …": British minutes name an officer
 * or a guest with their post after a comma and no comma closing it. The post's last word (or the bracket after it) names
 * an office, so a list of names or places ("Hale, Ruiz and Dunn noted …") is never read as one; a dash ends a run-in
 * label, so "War Memorial, Church Lane – The Clerk reported" is the Clerk's.
 */
const POST_WORD = String.raw`\b(?:Commissioner|Officer|Director|Manager|Adviser|Advisor|Partner|Constable|Executive|Inspector|Superintendent|Secretary|Treasurer|Clerk|Lead)`;
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

/** The name of such a person opening a paragraph, or null. */
export function describedSpeakerOf(text: string): string | null {
  const described = text.includes(', ') ? (DESCRIBED_PERSON.exec(text) ?? PERSON_WITH_POST.exec(text)) : null;
  const bracketed = described === null && text.includes(' (') ? (PERSON_WITH_BRACKETED_POST.exec(text) ?? PERSON_WITH_BRACKETED_INITIALS.exec(text)) : null;
  const person = described ?? bracketed ?? FORENAME_AND_INITIAL.exec(text);
  return person && !NOT_FORENAMES.has(person[1].split(/\s/)[0]) ? person[1] : null;
}
