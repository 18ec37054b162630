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

/** The list with a space before each title run on into the word before it; the same text when there is none. */
export function withGluedTitlesApart(list: string): string {
  return HAS_GLUED_TITLE.test(list) ? list.replace(GLUED_TITLE, ' ') : list;
}
