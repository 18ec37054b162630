// "2 Members of the Public", "12 residents": how many of the public came, on a line of its own under the attendance
// (a blog's copy of a town's charter trustees' minutes sets it so), read as item 2 it takes the place of the real "2.
// Apologies" below it. A count is a bare number and the people counted, no stop after the number as an item has.
// One word counted is in lower case ("12 residents"): "3 VISITORS", "3 Visitors" title an item about them; and the
// count is set a space or two from its number, not in the wide gap of minutes numbered with bare figures ("4        Members
// of the Public", an item).
const HEAD_COUNT = /^\d{1,3} {1,2}(?:[Mm]embers?\s+of\s+(?:the\s+)?[Pp](?:ublic|ress)|residents|parishioners|electors|visitors|observers|attendees|people)\b/;

/** Whether a numbered line counts the people who came rather than numbering an item. */
export function isHeadCountLine(text: string): boolean {
  return HEAD_COUNT.test(text);
}
