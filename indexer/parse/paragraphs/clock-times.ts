// A time of day opening a paragraph: "7.32pm Cllr Hale said …", "19:05 Resolved that …". Some clerks note when each
// thing was said or done; the words after the time say who spoke and whether it was a decision.

/**
 * "7.32pm", "7.32 p.m.", "7pm", "19:05", "(19:05)", then a capital: a time with "am" or "pm", or a 24-hour time with a
 * colon ("19.05" with no "pm" may be a paragraph's number). No `i` flag: with it, `\p{Lu}` would take a lower case too.
 */
const LEADING_CLOCK_TIME = /^[([]?(?:\d{1,2}(?:[.:]\d{2})?\s?[aApP]\.?[mM]\.?|(?:[01]?\d|2[0-3]):[0-5]\d)[)\]]?(?=[\s,–—-])[\s,–—-]*(?=\p{Lu})/u;

/** The text after a time of day that opens it, or the text as it is. */
export function afterClockTime(text: string): string {
  // Most paragraphs open with a letter: they are let go on their first character.
  const first = text.charCodeAt(0);
  if ((first < 0x30 || first > 0x39) && first !== 0x28 && first !== 0x5b) return text;
  const time = LEADING_CLOCK_TIME.exec(text);
  return time ? text.slice(time[0].length) : text;
}
