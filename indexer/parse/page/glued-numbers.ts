// Item numbers typed, or extracted from a PDF or a web page's table, with no space before the title: "6)NORTH WEST AIR
// AMBULANCE", "1.Elect Chair:", "10/21Apologies for absence:", "Item 2:Declarations of Interest.". A space is put back, so the number reads as every rule
// reads one.

/**
 * A line's item number and its full stop or bracket, or a minute's number with its year ("10/21", "NP/23/20": a table's
 * cells run together), or "Item 1:" (a Welsh council's agenda wording, "Item 1:Apologies for Absence."), then straight
 * on a capital and a letter (not "2.5", "3.B AGREEMENT").
 */
const GLUED_NUMBER = /^(\s*(?:\d{1,3}[.)]|(?:[A-Z]{1,4}\/)?\d{1,4}\/\d{2}|Item\s+\d{1,3}:))(?=\p{Lu}\p{L})/u;

/** The lines with a space after each glued item number; the same array when no line has one. */
export function withSpacedItemNumbers(lines: string[]): string[] {
  let spaced: string[] | null = null;
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index];
    // Most lines are let go on their first character: only a digit, a capital or a space can start a glued number.
    const first = line.charCodeAt(0);
    if (!((first >= 0x30 && first <= 0x39) || (first >= 0x41 && first <= 0x5a) || first === 0x20) || !GLUED_NUMBER.test(line)) continue;
    spaced ??= [...lines];
    spaced[index] = line.replace(GLUED_NUMBER, '$1 ');
  }
  return spaced ?? lines;
}
