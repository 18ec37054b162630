// The time a meeting started, as its header writes it: "2.00 pm", "7pm", "at 19:00", "16:00 UTC", "1830 hours".

/** "2.00 pm", "7pm"; Welsh minutes' "6.30yh" and "2.00 yp" (evening, afternoon: pm) and "10.00 yb" (morning: am). */
const TIME_PATTERN = /\b(\d{1,2})(?:[.:](\d{2})(?::\d{2})?)?\s*(am|pm|a\.m\.|p\.m\.|yb|yh|yp)(?![a-z])/i;
const TWENTY_FOUR_HOUR = /\b(?:at|from|commenc\w*|start\w*|time:?)\s+([01]?\d|2[0-3])[:.]([0-5]\d)\b(?!\s*(?:am|pm))/i;
/** "commenced at 1830 hours", "at 1900hrs": a 24-hour clock in four figures, no stop between, named as one by its unit after a word that says when. */
const FOUR_FIGURE_HOURS = /\b(?:at|from|commenc\w*|start\w*|opened)\s+([01]\d|2[0-3])([0-5]\d)\s*(?:hrs|hours)\b/i;
/** "10:00 – 12:45": the meeting's span on a 24-hour clock, its start first; a colon tells a clock from a paragraph's number. */
const TWENTY_FOUR_HOUR_SPAN = /\b([01]?\d|2[0-3]):([0-5]\d)\s*[-–—]\s*(?:[01]?\d|2[0-3]):[0-5]\d\b/;
/** "16:00 UTC", "19.00 hrs": a 24-hour clock, its hour in two figures, named as one by its zone or unit wherever it stands. */
const TWENTY_FOUR_HOUR_NAMED = /\b([01]\d|2[0-3])[:.]([0-5]\d)\s*(?:UTC|GMT|BST|CET|CEST|hrs|hours)\b/;

/**
 * "7:00-8:30pm", "7 – 9 pm": the meeting's span on a 12-hour clock, am or pm written once, after its end; the start is
 * on the same side of noon unless it is the later hour ("11:30-1pm" started in the morning).
 */
const TWELVE_HOUR_SPAN = /\b(\d{1,2})(?:[.:](\d{2}))?\s*[-–—]\s*(\d{1,2})(?:[.:]\d{2})?\s*(am|pm|a\.m\.|p\.m\.)(?![a-z])/i;

/** The start of a 12-hour span ("7:00-8:30pm" → 19:00) as 24-hour HH:MM, or null when the text has none first. */
function spanStart(text: string, single: RegExpExecArray | null): string | null {
  const span = TWELVE_HOUR_SPAN.exec(text);
  if (!span || (single && single.index < span.index) || Number(span[1]) > 12 || Number(span[3]) > 12 || Number(span[2] ?? 0) > 59) return null;
  const [start, end] = [Number(span[1]) % 12, Number(span[3]) % 12];
  const afternoon = span[4].toLowerCase().startsWith('p') && start <= end;
  return `${String(start + (afternoon ? 12 : 0)).padStart(2, '0')}:${String(Number(span[2] ?? 0)).padStart(2, '0')}`;
}

/** The first written time ("2.00 pm", "7pm", "at 19:00", "09:30:00 AM", "7:00-8:30pm") as 24-hour HH:MM, or null. */
export function findTime(text: string): string | null {
  // As in findDate (meeting-fields.ts), the patterns match any run of white space.
  const match = TIME_PATTERN.exec(text);
  const span = spanStart(text, match);
  if (span) return span;
  if (match) {
    const hours = (Number(match[1]) % 12) + (/^(?:p|y[hp])/i.test(match[3]) ? 12 : 0);
    const minutes = Number(match[2] ?? 0);
    if (Number(match[1]) > 12 || minutes > 59) return null;
    return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
  }
  const clock = TWENTY_FOUR_HOUR.exec(text) ?? TWENTY_FOUR_HOUR_SPAN.exec(text) ?? TWENTY_FOUR_HOUR_NAMED.exec(text) ?? FOUR_FIGURE_HOURS.exec(text);
  return clock ? `${clock[1].padStart(2, '0')}:${clock[2]}` : null;
}
