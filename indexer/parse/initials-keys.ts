// People listed one a line with the initials the minutes call them by between the name and the office, as health
// boards print them: "Richard Chapman RCp Chief Finance Officer", "Dr Avi Bhatia (AB) Clinical Chair".

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
  return { name, office: line.slice(match[0].length).trim() };
}
