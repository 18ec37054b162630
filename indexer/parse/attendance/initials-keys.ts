// People listed one a line with the initials the minutes call them by between the name and the office, as health
// boards print them: "Richard Chapman RCp Chief Finance Officer", "Dr Avi Bhatia (AB) Clinical Chair".
import { PERSON_TITLE } from './person-words';
import { OFFICE_BEFORE_NAME } from './offices';

/**
 * A name (a title perhaps first, two to four capitalised words), the initials key (two to four capitals, a lower-case
 * letter or two after them where two people share the capitals: "RCp", "MWh"), bracketed or not, then the office.
 */
const KEYED_LINE = /^((?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Miss|Mx|Sir|Dame|Rev|Revd|Cllr|Councillor)\.?\s+)?(\p{Lu})\p{Ll}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}?\s+(\p{Lu})[\p{L}'’-]+)\s+(\(?)(\p{Lu}{2,4}\p{Ll}{0,2})\)?\s+(?=\p{Lu})/u;

/**
 * The name and the office of a person keyed by initials, or null. The key starts with the first name's initial and holds
 * the surname's: "John Ross MBE Chair" is post-nominal letters, no key, and "Ann Lee Board Secretary" has none.
 */
export function keyedPerson(line: string): { name: string; office: string } | null {
  const match = KEYED_LINE.exec(line);
  if (!match) return null;
  const [, name, first, surname, bracket, key] = match;
  if (key[0] !== first || !key.includes(surname, 1) || (bracket !== '' && !line.includes(`(${key})`))) return null;
  // The office is what follows the match, not a group of it: a Unicode pattern's `(.*)$` overflowed the stack on a line of megabytes.
  const office = line.slice(match[0].length).trim();
  // "Jane Archer (JA)    Alan Caudwell (AC)    …": a roll set in columns, the next keyed name where an office would stand.
  return KEYED_NAME_START.test(office) ? null : { name, office };
}

/** A name with its bracketed initials opening a text: the next person of a roll in columns, no office. */
const KEYED_NAME_START = /^(?:\p{Lu}[\p{L}'’-]+\s+){1,3}\p{Lu}[\p{L}'’-]+\s*\(\p{Lu}{2,4}\)/u;

/** The council a councillor sits on, before the title: "County Councillor", "District Cllr". */
const COUNCIL_BEFORE_TITLE = /^(?:County|District|Borough|Town|City|Parish|Ward|Unitary)\s+(?=(?:Councillor|Cllr)\b)/;
/** An initial and its full stop run on into the surname or the next initial: "S.Orme", "D.J.E. Hall". */
const INITIAL_RUN_ON = /\b(\p{Lu}\.)(?=\p{Lu})/gu;

/**
 * The initials minutes use for a listed person ("Dr Helen Marsh" → "HM"; "Sian Wyn Lloyd" → "SWL" and "SL"): each word's
 * first letter, a title aside, and the first and last names' alone when there are middle names; and the first initial
 * with the surname's first two letters ("Frank Reid" → "FRE"), as parish clerks key councillors whose initials are alike.
 */
export function initialsOf(name: string): string[] {
  // "County Councillor D. Fenwick" is D. Fenwick's; "S.Orme" (an initial typed with no space after it) is S. Orme's, "D.J.E. Hall" is DJEH's.
  const untitled = name.replace(COUNCIL_BEFORE_TITLE, '').replace(PERSON_TITLE, '').replace(INITIAL_RUN_ON, '$1 ');
  const words = untitled.trim().split(/\s+/).filter((word) => /^\p{Lu}/u.test(word));
  if (words.length < 2) return [];
  const all = words.map((word) => word[0]).join('');
  const surname = words[words.length - 1];
  const withSurnameLetters = /^\p{Lu}\p{Ll}/u.test(surname) ? [`${words[0][0]}${surname.slice(0, 2).toUpperCase()}`] : [];
  // "Penny Brandram-Jones" → "PBJ" too: each part of a double-barrelled surname gives its initial.
  const doubleBarrelled = surname.includes('-') ? [`${all}${surname.split('-').slice(1).map((part) => part[0] ?? '').join('')}`] : [];
  return [...(words.length === 2 ? [all] : [all, `${words[0][0]}${surname[0]}`]), ...withSurnameLetters, ...doubleBarrelled];
}

/** "Penny Hale (PH)": a name and, in brackets, the initials the minutes will call that person by. */
const NAME_THEN_KEY = /^((?:\p{Lu}[\p{L}'’-]+\s+){1,3}\p{Lu}[\p{L}'’-]+)\s*\((\p{Lu}{2,4})\)$/u;
/** Fewer names than this in a line are no list of those present. */
const MIN_KEYED_NAMES = 3;

/**
 * "Penny Hale (PH), Julie Marsh (JM), Andrew Eames (AE)": a parish's members listed under its title and date with no
 * "Present" before them, each with the initials its minutes go on to use ("AE declared an interest"). Every part of the
 * line is such a name, the key its initials: that says people, where capitalised words alone might be anything.
 */
export function listsKeyedNames(line: string): boolean {
  if (!line.includes('(') || line.length > 600) return false;
  const parts = line.split(/\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+/).filter((part) => part !== '');
  // A list hard-wrapped mid-name ("…, Priya Nandra (PN), Tom" over "Beckett (TB), …") ends its line with a name's start.
  const whole = /\)$/.test(parts.at(-1) ?? '') ? parts : parts.slice(0, -1);
  return whole.length >= MIN_KEYED_NAMES && (whole === parts || /^[\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*)?$/u.test(parts.at(-1)!)) && whole.every((part) => {
    const keyed = NAME_THEN_KEY.exec(part.trim());
    return keyed !== null && initialsOf(keyed[1]).includes(keyed[2]);
  });
}

/** "Dr Helen Marsh (HM)", "Joseph Adeyemi (JA, Treasurer)", "Treasurer John Ferguson (JF)", "The Mayor (Cllr R Ashdown) (RA)": initials the minutes use are no role. */
export const isInitialsOf = (bracket: string, name: string) =>
  /^\p{Lu}{2,4}$/u.test(bracket) && ([name, OFFICE_BEFORE_NAME.exec(name)?.[2] ?? '', /\(([^()]+)\)\s*$/.exec(name)?.[1] ?? ''].some((held) => initialsOf(held).includes(bracket)) || keysSurname(bracket, name) || keysWithMiddleInitial(bracket, name));

/** "Michael Harris (MFH)": a key of three or four capitals with a middle initial the list leaves out, its first and last letters the name's initials. */
const keysWithMiddleInitial = (bracket: string, name: string, initials = initialsOf(name)[0]) => bracket.length >= 3 && initials?.length === 2 && bracket[0] === initials[0] && bracket.endsWith(initials[1]);

/** "Councillors: Johnson (PJ), Oates (JO)": a parish lists its councillors by surname and the initials its minutes call them by. */
function keysSurname(bracket: string, name: string): boolean {
  const surname = name.replace(PERSON_TITLE, '').trim();
  return bracket.length <= 3 && /^\p{Lu}[\p{Ll}'’-]+$/u.test(surname) && bracket.endsWith(surname[0]);
}
