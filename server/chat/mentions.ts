// Finds the bodies and speakers a message names, matched against the names the index knows.
// Pure: tokens and vocabulary in, mentions (token spans and the vocabulary entries they mean) out.
import { boundedEditDistance } from '../../core/text/distance';
import { tokensAsWritten, type Token } from '../../core/text/tokens';

export interface Mention {
  kind: 'body' | 'speaker';
  /** Token indexes, inclusive. */
  first: number;
  last: number;
  /** Vocabulary entries the mention stands for (a filter may hold several). */
  values: string[];
  /** Names the body with its kind ("... Committee", "... Panel"): a filter whatever surrounds it. */
  strong: boolean;
}

// Words that join the parts of a name and may be skipped inside it ("Police and Crime Panel").
const CONNECTORS: ReadonlySet<string> = new Set(['and', 'of', 'the', 'for']);
const BODY_KINDS: ReadonlySet<string> = new Set(
  ['panel', 'committee', 'council', 'board', 'authority', 'cabinet', 'partnership', 'forum', 'assembly', 'commission', 'subcommittee', 'executive'],
);
const HONORIFICS: ReadonlySet<string> = new Set(
  ['cllr', 'councillor', 'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'sir', 'dame', 'lord', 'lady', 'prof', 'professor', 'rev', 'revd', 'insp', 'inspector', 'supt', 'superintendent', 'sgt', 'sergeant'],
);
// Different words for one role; a vocabulary entry in any of these forms answers to all of them.
const ROLE_ALIASES: Record<string, string[]> = {
  commissioner: ['police and crime commissioner', 'police commissioner', 'crime commissioner', 'pcc', 'commissioner'],
  'vice chair': ['vice chairman', 'vice chairwoman', 'vice chairperson', 'vice chair'],
  chair: ['chairman', 'chairwoman', 'chairperson', 'chair'],
};

function words(text: string): string[] {
  return tokensAsWritten(text).map((token) => token.lower);
}

/** A minuted name's words in lower case, its titles and the honours after a comma left off: "Mr P M Hill, OBE" → p, m, hill. */
export function nameWords(name: string): string[] {
  return words(name.split(',')[0]).filter((part) => !HONORIFICS.has(part));
}

/** Every spelling of the role `phrase` is one of ("pcc" → "police and crime commissioner", …); just itself when it has no other. */
export function roleSpellings(phrase: string): string[] {
  const lower = phrase.toLowerCase();
  return Object.values(ROLE_ALIASES).find((aliases) => aliases.includes(lower)) ?? [lower];
}

/** One key per role: aliases folded together, a plural last word made singular ("Members" → "member"). */
function canonicalRole(phrase: string): string {
  for (const [role, aliases] of Object.entries(ROLE_ALIASES)) {
    if (aliases.includes(phrase)) return role;
  }
  return phrase.replace(/([^s])s$/, '$1');
}

/** A role word long enough that one slip of the keys leaves it unmistakable ("comissioner", "chiarman"). */
const MISTYPED_ROLE_LENGTH = 8;

/**
 * Does `phrase` (a list of words) occur in the tokens at `position`? A plural last word counts ("Members"), and a long
 * word typed with one letter wrong, missing, extra or two swapped.
 */
function matchesAt(tokens: Token[], position: number, phrase: string[]): boolean {
  return phrase.every((word, offset) => {
    const token = tokens[position + offset];
    if (!token) return false;
    if (token.lower === word || (offset === phrase.length - 1 && token.lower === `${word}s`)) return true;
    return word.length >= MISTYPED_ROLE_LENGTH && boundedEditDistance(token.lower, word, 1) <= 1;
  });
}

const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);

/** People are named with two words or more ("Mr Meade", "Don Sloan"); "The Chair", "Members", "PCC" are roles. */
export function namesPerson(speaker: string): boolean {
  const parts = words(speaker);
  return parts.length > 1 && !ARTICLES.has(parts[0]);
}

/** A person an attendance list names with their role: "Mr M Scott" as "Kent Police and Crime Commissioner". */
export interface OfficeHolder {
  name: string;
  role: string;
}

interface Person {
  speaker: string;
  given: string[];
  surname: string;
  /** Known only from an attendance list: named with a title or a given name (or its initial), never by the surname alone. */
  byAttendance?: boolean;
}

/** The role's last words, before any comma, as one of the roles speakers are minuted under ("Kent Police and Crime Commissioner" → commissioner). */
function minutedRole(role: string, rolePhrases: { phrase: string[]; role: string }[]): string | null {
  const title = words(role.split(',')[0]);
  const match = rolePhrases.find(({ phrase }) => phrase.length <= title.length && phrase.every((word, index) => title[title.length - phrase.length + index] === word));
  return match?.role ?? null;
}

/**
 * The minutes give an office holder's words under the office ("The Commissioner"), and a question names the person
 * ("What did Matthew Scott say about victims?"): a holder stands for the speakers of their role when no one else held
 * it anywhere in the archive. "The Chair" of one committee is not the chair of another, nor a commissioner the next.
 */
function holdersAsPeople(holders: OfficeHolder[], rolePhrases: { phrase: string[]; role: string }[], byRole: Map<string, string[]>): Person[] {
  const byMinutedRole = new Map<string, { given: string[]; surname: string }[]>();
  for (const holder of holders) {
    const role = minutedRole(holder.role, rolePhrases);
    const names = nameWords(holder.name);
    if (!role || !byRole.has(role) || names.length < 2) continue;
    byMinutedRole.set(role, [...(byMinutedRole.get(role) ?? []), { given: names.slice(0, -1), surname: names[names.length - 1] }]);
  }
  return [...byMinutedRole].flatMap(([role, named]) => {
    if (new Set(named.map((person) => person.surname)).size > 1) return [];
    return named.flatMap((person) => (byRole.get(role) ?? []).map((speaker) => ({ speaker, ...person, byAttendance: true })));
  });
}

/** `officeHolders`: people the attendance lists name with a role, to read a question naming one as asking after their role's words. */
export function findSpeakerMentions(tokens: Token[], speakers: string[], officeHolders: OfficeHolder[] = []): Mention[] {
  const byRole = new Map<string, string[]>();
  const people: Person[] = [];
  for (const speaker of speakers) {
    const parts = words(speaker);
    if (!namesPerson(speaker)) {
      const role = canonicalRole((ARTICLES.has(parts[0]) ? parts.slice(1) : parts).join(' '));
      byRole.set(role, [...(byRole.get(role) ?? []), speaker]);
      continue;
    }
    const names = parts.filter((part) => !HONORIFICS.has(part));
    if (names.length > 0) people.push({ speaker, given: names.slice(0, -1), surname: names[names.length - 1] });
  }
  // Every known alias is matched, longest first, so "Vice-Chairman" is never read as "Chairman".
  const rolePhrases = [...new Set([...Object.values(ROLE_ALIASES).flat(), ...byRole.keys()])]
    .map((phrase) => ({ phrase: phrase.split(' '), role: canonicalRole(phrase) }))
    .sort((a, b) => b.phrase.length - a.phrase.length);
  people.push(...holdersAsPeople(officeHolders, rolePhrases, byRole));

  const mentions: Mention[] = [];
  for (let position = 0; position < tokens.length; position += 1) {
    const role = rolePhrases.find(({ phrase }) => matchesAt(tokens, position, phrase));
    if (role) {
      const values = byRole.get(role.role) ?? [];
      const last = position + role.phrase.length - 1;
      if (values.length > 0) mentions.push({ kind: 'speaker', first: position, last, values, strong: false });
      position = last;
      continue;
    }
    const person = findPerson(tokens, position, people);
    if (person) mentions.push(person);
  }
  return mentions;
}

/** Verbs whose object was addressed, not heard from: "what did Elaine Bolton ask the Commissioner?" */
const ADDRESSING_VERBS: ReadonlySet<string> = new Set(['ask', 'asks', 'asked', 'asking', 'tell', 'tells', 'told', 'question', 'questioned', 'press', 'pressed', 'urge', 'urged']);

/**
 * The speakers a message names split into those it asks about and those addressed: a name after a verb of asking that
 * follows another name ("Elaine Bolton ask the Commissioner") is whom the first asked, so no speaker to search for.
 */
export function splitAddressees(tokens: Token[], mentions: Mention[]): { speakers: Mention[]; addressed: Mention[] } {
  const isAddressed = (mention: Mention) => {
    let before = mention.first - 1;
    while (before >= 0 && ARTICLES.has(tokens[before].lower)) before -= 1;
    return before >= 0 && ADDRESSING_VERBS.has(tokens[before].lower) && mentions.some((other) => other.last < before);
  };
  return { speakers: mentions.filter((mention) => !isAddressed(mention)), addressed: mentions.filter(isAddressed) };
}

/** "Cllr Palmer", "Richard Palmer", "Palmer" (capitalised, so the word is used as a name). */
function findPerson(tokens: Token[], position: number, people: Person[]): Mention | null {
  const token = tokens[position];
  const given = tokens[position - 1]?.lower ?? '';
  // A holder minuted by initials ("Mr M Scott") is named in full in a question ("Matthew Scott").
  const hasGiven = (person: Person) => person.given.includes(given) || (person.byAttendance === true && given.length > 1 && person.given.some((part) => part.length === 1 && given.startsWith(part)));
  const hasHonorific = (first: number) => first > 0 && HONORIFICS.has(tokens[first - 1].lower);
  const sameSurname = people.filter((person) => person.surname === token.lower && (!person.byAttendance || hasGiven(person) || hasHonorific(position)));
  if (sameSurname.length === 0) return null;
  let first = position;
  const withGiven = sameSurname.filter(hasGiven);
  if (withGiven.length > 0) first -= 1;
  const titled = hasHonorific(first);
  if (titled) first -= 1;
  const isCapitalised = token.text[0] !== token.text[0].toLowerCase();
  if (!titled && first === position && !isCapitalised) return null;
  const values = [...new Set((withGiven.length > 0 ? withGiven : sameSurname).map((person) => person.speaker))];
  return { kind: 'speaker', first, last: position, values, strong: false };
}

export function findBodyMentions(tokens: Token[], bodies: string[], isFree: (index: number) => boolean): Mention[] {
  const nameWords = bodies.map((body) => words(body).filter((word) => !CONNECTORS.has(word)));
  const mentions: Mention[] = [];
  for (let position = 0; position < tokens.length; position += 1) {
    if (!isFree(position) || CONNECTORS.has(tokens[position].lower)) continue;
    let best: { last: number; values: string[]; strong: boolean } | null = null;
    for (const [bodyIndex, body] of bodies.entries()) {
      if (namesAnotherPlace(tokens, position, nameWords[bodyIndex])) continue;
      const span = bodySpan(tokens, position, nameWords[bodyIndex], isFree);
      if (!span) continue;
      if (!best || span.last > best.last) best = { ...span, values: [body] };
      else if (span.last === best.last) best.values.push(body);
    }
    if (best) {
      mentions.push({ kind: 'body', first: position, last: best.last, values: best.values, strong: best.strong });
      position = best.last;
    }
  }
  return mentions;
}

/**
 * Whether the words from `position` follow a name that is not the body's ("Gravesham Borough Council" is not Dartford
 * Borough Council's committee; "Medway Council" is not Kent's): a capitalised word straight before them, not the
 * message's first word, that the body's name does not hold.
 */
function namesAnotherPlace(tokens: Token[], position: number, name: string[]): boolean {
  const before = tokens[position - 1];
  return position > 1 && before !== undefined && !before.possessive && /^\p{Lu}/u.test(before.text) && !name.includes(before.lower);
}

/**
 * The longest run of the body's own words from `position`. It names the body when it includes the
 * body's kind and something more ("Crime and Disorder Committee", "Dartford committee"), or when it
 * is the start of the name, usually a place ("Dartford"); the latter only counts with a cue.
 */
function bodySpan(tokens: Token[], position: number, name: string[], isFree: (index: number) => boolean): { last: number; strong: boolean } | null {
  const inName = (index: number) => isFree(index) && tokens[index] !== undefined && name.includes(tokens[index].lower);
  let last = position - 1;
  const matched: string[] = [];
  for (let index = position; index < tokens.length; index += 1) {
    if (inName(index)) {
      matched.push(tokens[index].lower);
      last = index;
    } else if (!(isFree(index) && CONNECTORS.has(tokens[index].lower) && inName(index + 1))) {
      break;
    }
  }
  if (matched.length === 0) return null;
  const hasKind = matched.some((word) => BODY_KINDS.has(word));
  const hasMore = matched.some((word) => !BODY_KINDS.has(word));
  if (hasKind && hasMore) return { last, strong: true };
  const isNameStart = matched.every((word, index) => name[index] === word);
  return isNameStart && !hasKind ? { last, strong: false } : null;
}
