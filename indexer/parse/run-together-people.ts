// People a list prints with nothing between them (a table's cells copied as one line, brackets run on into the next
// name), parted where the next person starts.

/**
 * "Councillor Vance (Chair) Appiah (Opposition Spokesperson) and Bello (Group Spokesperson)": a committee's members each
 * with a bracketed office and no comma between them (as Brighton-style printed minutes list them); a surname straight
 * after a closing bracket, before its own bracket, is the next person.
 */
export const NEXT_AFTER_BRACKET = /\)\s+(?=\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?\s+\()/gu;

/**
 * "Councillor R BurgessCouncillor P Byrne", "Chief ExecutiveMrs D Carville": a table's cells copied with nothing between
 * them, the next person's title straight after the last word of the cell before.
 */
const GLUED_TITLE = /(?<=\p{Ll})(?=(?:Councillor|Cllr|Alderman|Mrs|Mr|Ms|Miss|Dr)\.?\s+\p{Lu})/gu;
const HAS_GLUED_TITLE = /\p{Ll}(?:Councillor|Cllr|Alderman|Mrs|Mr|Ms|Miss|Dr)\.?\s+\p{Lu}/u;
/**
 * "Forde (7.08pm) Gildernew", "… Officer (Ms E Hale) Democratic Services Officer (Mrs S Marr)": a bracket holding the
 * time someone joined, or the titled holder of the office before it, ends that person; a capital after it starts the
 * next, its comma lost.
 */
const BRACKET_ENDING_PERSON = /(\((?:\d{1,2}[.:]\d{2}\s?[ap]\.?m\.?|(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s[^()]{1,40})\))\s+(?=\p{Lu})/gu;

/** The list with each person run on into the one before parted from them; the same text when none is. */
export function withRunTogetherPeopleApart(list: string): string {
  const unglued = HAS_GLUED_TITLE.test(list) ? list.replace(GLUED_TITLE, ' ') : list;
  return unglued.includes(') ') ? unglued.replace(BRACKET_ENDING_PERSON, '$1, ') : unglued;
}
