// Who presented a report or asked a question, told in the passive: "The report was presented by the Head of Planning.",
// "The draft budget report was presented by Dr Jane Okafor, Director of Public Health." The paragraph records their
// report, as "The Head of Planning presented the report." does.
import { NAME, TITLE, TITLE_STOP } from './speaker-titles';
import { OFFICE_NAME, officeSpeaker } from './speakers';

/**
 * What is presented (a report, a presentation, an update, an item, a paper; a few words before it name which, none of
 * them "that": "The Board noted that questions had been submitted by Mr Hale" is the Board's), or a question asked ("The
 * following question was asked by Councillor Hale under Procedure Rule 12:"), the passive "was presented by", "was
 * introduced by", "was submitted by", "was asked by", then a titled name or "the" and an office.
 */
const PRESENTED_BY = new RegExp(
  String.raw`^The (?:(?!that\s)[^\s.,;:]+\s){0,8}(?:report|presentation|update|item|paper|question)s? (?:was|were|has been|had been) (?:presented|introduced|asked|submitted|put|raised) by (?:((?:${TITLE})${TITLE_STOP}\s+${NAME})|[Tt]he (${OFFICE_NAME}))(?![\p{L}'’-])`,
  'u',
);

/** The presenter a paragraph's first sentence names so, or null. */
export function presenterOf(text: string): string | null {
  // Most paragraphs are let go by this look at their start, before the pattern is tried.
  if (!text.startsWith('The ') || !text.slice(0, 200).includes('ed by ')) return null;
  const presented = PRESENTED_BY.exec(text);
  if (!presented) return null;
  return presented[1] ? presented[1].replace(/\s+/g, ' ') : officeSpeaker(presented[2]);
}
