// Lines that open with a figure yet number no item: a count of the public, a letterhead's registration number, a date in
// figures with its time. Each reads as an item's number and title to the item rules, and would take the place of the
// real item below it.

/**
 * "2 Members of the Public", "12 residents": how many of the public came, on a line of its own under the attendance (a
 * blog's copy of a town's charter trustees' minutes sets it so). A count is a bare number and the people counted, no stop
 * after the number as an item has. One word counted is in lower case ("12 residents"): "3 VISITORS", "3 Visitors" title an
 * item about them; and the count is set a space or two from its number, not in the wide gap of minutes numbered with bare
 * figures ("4        Members of the Public", an item).
 */
const HEAD_COUNT = /^\d{1,3} {1,2}(?:[Mm]embers?\s+of\s+(?:the\s+)?[Pp](?:ublic|ress)|residents|parishioners|electors|visitors|observers|attendees|people)\b/;

/**
 * "ABN 91 648 564 480" (an Australian business number), "ACN 004 123 456", "EIN 12-3456789": the registration number a
 * club's or charity's letterhead prints under its name, a short capital code, then groups of figures and nothing else.
 * The code reads as a committee's minute code ("FGP 45 Budget"), but an item's number is followed by its title's words.
 */
const REGISTRATION_NUMBER = /^[A-Z]{2,4}:?\s+\d{2,3}(?:[\s-]?\d{2,3}){2,4}$/;

/**
 * "23/6/08 3.20pm", "4/11/19 at 7.30 p.m.": a school association's or a club's minutes date their meeting in figures with
 * a two-figure year and the time after it, on a line of its own under the title; the date is no minute's number, the time
 * no title.
 */
const DATE_THEN_TIME = /^[0-3]?\d\/[01]?\d\/\d{2}\s+(?:at\s+)?[0-2]?\d(?:[.:][0-5]\d)?\s*[ap]\.?m\.?$/i;

/**
 * "1.1 It was" over "PROPOSED by Councillor Kerr, Seconded by …": a numbered paragraph opening its sentence (as Northern
 * Irish councils set a proposal), its words going on below; no title.
 */
const SENTENCE_OPENING = /^\d{1,3}(?:\.\d{1,3}){0,2}\.?\s+It\s+was\s*[:,–—-]?$/i;

/** Whether a numbered line counts the people who came rather than numbering an item. */
export function isHeadCountLine(text: string): boolean {
  return HEAD_COUNT.test(text);
}

/** Whether a line opening with a figure is a count of the public, a registration number or a dated time: no item. */
export function isNumberedNonItemLine(text: string): boolean {
  return isHeadCountLine(text) || REGISTRATION_NUMBER.test(text) || DATE_THEN_TIME.test(text.trim()) || SENTENCE_OPENING.test(text.trim());
}
