// Members listed by initials and surname with the forename they are called by in brackets after ("T Bonder (Terry)"),
// as parish councils list themselves: the bracket is part of the name, no office.
import { OFFICE_WORDS } from './person-words';

/**
 * "T Bonder (Terry)", "Cllr M.J Fletch (Mike)": a name in initials, then in brackets the forename the member is called
 * by; part of the name, no office. Read so only in a list where two such brackets or more hold the forename the first
 * initial stands for ("R. Halvorsen (Reeve)" alone is an office that starts with the initial's letter); in such a list
 * any one capitalised word is a forename, however short for another ("A Houghton (Tony)").
 */
export const MIN_FORENAME_BRACKETS = 2;
const INITIAL_FIRST = /^(?:(?:(?:County|District|Borough|Parish|Town|City)\s+)?(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+)?(\p{Lu})(?:\.\s*|\s+)(?:\p{Lu}\.?\s*)*\p{Lu}[\p{L}'’-]*\p{Ll}$/u;
export const KNOWN_AS = /\s+\(\p{Lu}\p{Ll}+\)$/u;
/** Whether an entry ends in the bracketed forename its first initial stands for ("Chairman – M.J Fletch (Mike)": the name after an office's dash). */
export function bracketsForename(entry: string): boolean {
  const bracket = /^(.*?)\s*\((\p{Lu}\p{Ll}+)\)$/u.exec(entry.trim());
  const initial = bracket && INITIAL_FIRST.exec(bracket[1].split(/\s[–—-]\s/).pop()!);
  return initial !== null && bracket![2][0] === initial[1] && !OFFICE_WORDS.test(bracket![2]);
}
/** In a list of bracketed forenames, whether `bracket` after `name` is one. */
export const isKnownAs = (bracket: string, name: string) => INITIAL_FIRST.test(name) && /^\p{Lu}\p{Ll}+$/u.test(bracket) && !OFFICE_WORDS.test(bracket);
