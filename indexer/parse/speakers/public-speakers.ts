// People who speak unnamed, described by who they are: "A resident asked …", "A member of the public said …", "A
// representative of the cricket club said …", "The applicant confirmed …". Public participation and planning items record
// them so; the description is all the minutes give to search their words by.
import { SPEECH_VERBS } from './speech-verbs';

/**
 * Nouns that name a person, as a meeting's public are described: "A report said", "A letter asked", "A meeting was held"
 * name no one, and "A Member" (a councillor) is read in speakers.ts.
 */
const PUBLIC_NOUNS = [
  'resident', 'member of the public', 'parishioner', 'questioner', 'speaker', 'representative', 'elector', 'objector', 'petitioner', 'applicant',
  'agent', 'householder', 'homeowner', 'tenant', 'leaseholder', 'landowner', 'neighbour', 'shopkeeper', 'shareholder', 'spokesperson', 'spokesman', 'spokeswoman', 'parent', 'visitor',
];
export const PUBLIC_PERSON = `(?:${PUBLIC_NOUNS.join('|')})`;
/**
 * The nouns in lower case or in capitals as some minutes print them ("A Member of the Public"); "The Speaker" is an
 * office (an assembly's chair), not one of the public.
 */
const PRINTED_NOUNS = [
  ...PUBLIC_NOUNS,
  ...PUBLIC_NOUNS.filter((noun) => noun !== 'speaker').map((noun) => noun.replace(/(^|\s)(?!(?:of|the)\b)([a-z])/g, (_, space: string, letter: string) => space + letter.toUpperCase())),
];

/** "A second resident", "Another objector", "One parishioner": words that count the turns, not who spoke. */
const COUNTING = /^(?:Another|One|An?\s+(?:second|third|fourth|fifth|further|other))\s/i;

/** Verbs of speech, and what members of the public do when they address a meeting. "would" says nothing of speech. */
export const PUBLIC_VERBS = [...SPEECH_VERBS.filter((verb) => verb !== 'would'), 'addressed', 'objected', 'complained', 'supported', 'opposed', 'challenged', 'enquired', 'inquired'];

/**
 * Where a description is of one of the public, up to a comma, a full stop, a clause of its own ("who", "that") or a
 * verb's auxiliary: "of the cricket club", "from Mill Lane", "on Birch Court"; "Representatives of the club were invited …" is done to.
 */
const QUALIFIER = String.raw`(?:\s+(?:of|from|for|on behalf of|on|in)\s+(?:(?!(?:who|that|which|was|were|is|are|has|have|had|will|would|be|been)\b)[^,.;:()]){1,60}?)?`;

/**
 * An article (or a counting word), perhaps one adjective ("local", "lead": a petition's first signatory, who
 * presents it) or whose they are ("The applicant's agent"), the
 * noun, perhaps who they are of or from ("of the
 * cricket club", "from Mill Lane", up to a comma, a full stop or a clause of its own: "who", "that"), then a verb of speech.
 */
const DESCRIBED_PUBLIC_SPEAKER = new RegExp(
  String.raw`^((?:An?|Another|One|The)\s+(?:(?:second|third|fourth|fifth|further|other)\s+)?(?:(?:local|young|elderly|nearby|neighbouring|fellow|lead|Lead|main|Main)\s+)?(?:(?:applicant|objector|petitioner)['’]s\s+)?(?:${PRINTED_NOUNS.join('|')}))(${QUALIFIER}),?\s+(?:${PUBLIC_VERBS.join('|')})\b`,
);

/**
 * The speaker such a paragraph opens with, as printed ("A representative of the cricket club"), a counting word read
 * as "A" ("Another resident" is "A resident", as the first was), or null.
 */
export function publicSpeakerOf(text: string): string | null {
  const described = DESCRIBED_PUBLIC_SPEAKER.exec(text);
  if (!described) return null;
  const [, person, qualifier] = described;
  const uncounted = person.replace(COUNTING, '');
  const counted = uncounted !== person;
  const article = counted ? (/^[aeiou]/i.test(uncounted) ? 'An' : 'A') : '';
  const phrase = counted ? `${article} ${uncounted}` : person;
  const [first, ...rest] = phrase.split(/\s+/);
  return `${first[0].toUpperCase()}${first.slice(1).toLowerCase()} ${rest.join(' ').toLowerCase()}${qualifier}`;
}

/** The nouns for several of the public: "residents", "members of the public" (a spokesperson speaks for many, alone). */
const PLURAL_NOUNS = PUBLIC_NOUNS.filter((noun) => !noun.startsWith('spokes')).map((noun) => noun.replace(/^(\w+)/, '$1s'));
/**
 * "Two residents spoke against the application", "Several members of the public asked", "Residents of Mill Lane
 * objected": a count (or none), the plural noun and a verb of speech. The count says how many, not who, as "Another"
 * does for one.
 */
const PLURAL_PUBLIC_SPEAKERS = new RegExp(
  String.raw`^(?:(?:Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|\d{1,2}|Several|Some|Many|Both|Both the|The|A (?:number|few|group) of|A number of the)\s+)?(?:(?:local|nearby|neighbouring|other|further)\s+)?(${PLURAL_NOUNS.join('|')})(${QUALIFIER}),?\s+(?:${PUBLIC_VERBS.join('|')})\b`,
  'i',
);

/**
 * Several of the public speaking as one, filed as the plural noun ("Residents", "Members of the public") as councillors
 * asking together are filed as "Members"; or null.
 */
export function publicSpeakersOf(text: string): string | null {
  const described = PLURAL_PUBLIC_SPEAKERS.exec(text);
  if (!described) return null;
  const [, people, qualifier] = described;
  return `${people[0].toUpperCase()}${people.slice(1).toLowerCase()}${qualifier}`;
}

/**
 * "Representing the applicant Chris Obern addressed the meeting", "On behalf of the objectors, Mr Dan Eyre addressed the
 * Committee", "Speaking in objection, Mrs Fay Gold addressed …" (planning committees' public speakers): whom or how a
 * person speaks for, in lower-case words, then their name (titled or not, the comma before it or none), then the verb.
 * The named person speaks; "addressed" is a public speaker's verb the clause's other readers do not take.
 */
const SPEAKING_FOR = new RegExp(
  String.raw`^(?:Representing|On behalf of|Speaking)(?:\s+[a-z][a-z'’-]*){1,6},?\s+((?:(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\.?\s+)?(?!The\s)[A-Z][A-Za-z'’-]+(?:\s+[A-Z][A-Za-z'’-]+){1,3})\s+(?:${PUBLIC_VERBS.join('|')})\b`,
);

/** The person named after such a clause, or null. */
export const speakerForOthersOf = (text: string): string | null => SPEAKING_FOR.exec(text)?.[1] ?? null;

/**
 * "John Baldwin of Boyn Hill ward asked the following question of Councillor Del Campo …", "Priya Shah put a
 * supplementary question": a member of the public named with no title (where they live after the name), putting a
 * question at a council's public question time. Only the question's own words say it is a person: two to four
 * capitalised words, none a group's ("Members", "Residents") or a body's.
 */
const NAMED_QUESTIONER = new RegExp(
  String.raw`^((?!(?:The|A|An|Members?|Councillors?|Residents?|Cabinet|Council|Committee|Panel|Public|Questions?|Written|Supplementary)\s)\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3})(?:,?\s+(?:of|from)\s+[^,.;:]{1,60}?,?)?\s+(?:asked|put|submitted)\s+(?:the\s+following|an?|his|her|their)\s+(?:(?:supplementary|written|further)\s+)?question\b`,
  'u',
);

/** The member of the public such a question's paragraph opens with, or null. */
export const namedQuestionerOf = (text: string): string | null => (text.includes(' question') ? (NAMED_QUESTIONER.exec(text)?.[1] ?? null) : null);
