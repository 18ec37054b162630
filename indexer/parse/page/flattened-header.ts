// A meeting's header flattened onto one line (a web page's copy of minutes): "DRAFT STOKE FERRY PARISH COUNCIL Minutes
// of the Ordinary Meeting held on …", the body's name, then the title naming the meeting.

/** Where a title naming the meeting starts after a body's name: " Minutes of", " Notes of", " Minutes from the …". */
const MINUTES_OF_TITLE = /\s(?:minutes|notes)\s+(?:of|from)\s/i;
/** A draft's notice between the body's name and its title: "Draft", "DRAFT", "Draft (until approved …)", "(Draft …)". */
const DRAFT_WORD = /^\(?(?:draft|unconfirmed|unapproved)\b/i;

/**
 * The body's name before "Minutes of" (or "Draft Minutes of", "Draft (until approved) Minutes of") on a line; a "Draft"
 * before the name is no part of it. Read word by word: a pattern had to try each space of a long run of them.
 */
export function bodyBeforeMinutesTitle(line: string): string | null {
  const title = MINUTES_OF_TITLE.exec(line);
  if (!title) return null;
  const words = line.slice(0, title.index).trim().split(/\s+/);
  if (DRAFT_WORD.test(words[0])) words.shift();
  const note = words.findIndex((word, index) => index > 0 && DRAFT_WORD.test(word));
  if (note !== -1 && (note === words.length - 1 || words[words.length - 1].endsWith(')'))) words.splice(note);
  if (/^[-–—|]$/.test(words[words.length - 1] ?? '')) words.pop();
  return words.length === 0 ? null : words.join(' ');
}
