// Which shape of minutes a text has, so the right structure rules apply.
//
// Choices, kept here so the next reader does not have to rediscover them:
// - ModernGov "Agenda and minutes" pages are one meeting; item titles are the lines followed by
//   "Additional documents:". The pages print no item numbers, so an item's number is known only when a
//   "view the full minutes text for item N" marker gives it.
// - ModernGov "Agenda item" pages are one item of an unnamed, undated meeting: body and date stay null
//   unless a sidecar supplies them.
// - Printed documents (PDF agenda packs) can hold several meetings. Each "MINUTES of a meeting of ..."
//   starts one, with its own body, date and venue; it ends at "The meeting closed", at the next minutes,
//   or where the next paper of the pack starts. Papers that are not minutes (notices, reports, work
//   plans) are skipped rather than guessed at.
// - A pack's own agenda is kept as a meeting titled "Agenda": its items are the agenda's items and their
//   paragraphs are the agenda's descriptions, so a search for a topic finds when it was tabled. It claims
//   no decisions and no attendees.
// - A sidecar describes the file it sits next to. For a one-meeting file it overrides what the text says;
//   in a file with several meetings each meeting's text names its own body and date, so the sidecar only
//   fills fields the text left empty (its url applies to every meeting, as they share the file).
export type Layout = 'moderngov-minutes' | 'moderngov-item' | 'printed';

export function detectLayout(text: string): Layout | null {
  const firstLines = text.split('\n', 40).map((line) => line.replace(/^#{1,6}\s+/, '').trim());
  if (firstLines.includes('Agenda and minutes') && /^Additional documents:\s*$/m.test(text)) return 'moderngov-minutes';
  if (/^\s*Minutes:\s*$/m.test(text) && /^\s*(?:[•·]\s*)?Agenda item\s*$/m.test(text)) return 'moderngov-item';
  // Upper-case MINUTES: the printed packs these rules were written for; other printed minutes take the general rules.
  if (/^\s*MINUTES of (?:a|the) meeting\b/m.test(text) || /^\s*AGENDA\s*$/m.test(text)) return 'printed';
  return null;
}
