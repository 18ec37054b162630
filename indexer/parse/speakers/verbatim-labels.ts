// A verbatim record's turns labelled with a member's untitled name: "Iain Smith:", "Gordon Jackson (Glasgow Govan)
// (Lab):", as a parliament's or an assembly's official report labels its members (by name, seat and party) beside "The
// Convener:". Without a list of those present no name is known to the parser; where the item's other turns are labelled
// ("The Convener: …", "Cllr Hale: …"), a label of two to four capitalised words is one more speaker's. On a line of its
// own (the report's web page sets the label over the words), the label joins the paragraph under it.
import type { Paragraph } from '../../../core/types';
import { labelledSpeakerOf } from './speaker-labels';
import { speakerForRole } from './speaker-roles';
import { PARTICLES } from './speaker-titles';

/**
 * An untitled name, two to four capitalised words in lower case after their capital ("O'Brien" aside: no heading in
 * capitals, "CITY MANAGER'S REPORT:"), a surname's particles between them, then up to two brackets and a colon.
 */
const NAME_LABEL = new RegExp(String.raw`^(\p{Lu}(?:\p{Ll}|['’]\p{Lu})[\p{L}'’-]*(?:\s(?:(?:${PARTICLES}|Mac|Mc)\s){0,2}\p{Lu}(?:\p{Ll}|['’]\p{Lu})[\p{L}'’-]*){1,3})((?:\s*\([^()]{1,60}\)){0,2})\s*:`, 'u');
/**
 * Capitalised words that label a record's parts, never a member's name ("Members Present:", "Action Points:", "Any Other
 * Business:", "Public Questions:"): a label holding one is no turn.
 */
export const NOT_NAME_WORD = /^(?:Members?|Present|Apologies|Absent|Action|Actions|Points?|Agenda|Items?|Minutes|Next|Any|Other|Business|Public|Questions?|Answers?|Response|Reply|Date|Time|Venue|Place|Location|Decisions?|Resolved|Agreed|Motion|Notes?|Summary|Outcome|Recommendations?|Officers?|Staff|Also|In|Attendance|Attendees|Apology|Meeting|Committee|Council|Board|Panel|Report|Reports|Update|Matters|Arising|Declarations?|Interests?|Correspondence|Finance|Planning|Chair|Chairman|Convener|Clerk|Secretary|Treasurer|Purpose|Background|Proposal|Proposed|Seconded|Vote|Votes|For|Against|Abstain|Contents|Subject|Title|Papers?|Contact|Email|Tel|Telephone|Website|Address|Ward|Wards|Total|Result|Results|Status|Substitute|Representative|Lead|Deputy|Vice)$/;

/** An office's last word: "City Solicitor:", "Finance Director:" label an office's turn, filed as "The City Solicitor". */
const OFFICE_WORD = /^(?:Solicitor|Attorney|Counsel|Manager|Director|Officer|Engineer|Administrator|Auditor|Planner|Inspector|Superintendent|Comptroller|Controller)$/;
/** "Greg Easton" after "Area Partnership Substitute:": a name after the label (and no sentence) lists who holds a post. */
const HOLDER_AFTER = /^\p{Lu}\p{Ll}+\s\p{Lu}\p{Ll}[\p{L}'’-]*(?:\s*$|\s+\p{Lu})/u;

/** The speaker a paragraph's untitled label gives ("Gordon Jackson (Glasgow Govan) (Lab): …" → "Gordon Jackson"), and where the words start; else null. */
function nameLabelOf(text: string): { name: string; end: number } | null {
  const label = NAME_LABEL.exec(text);
  // "Manager's Report:": a possessive is no name's word.
  if (!label || label[1].split(/\s+/).some((word) => NOT_NAME_WORD.test(word) || /['’]s$/.test(word))) return null;
  if (HOLDER_AFTER.test(text.slice(label[0].length).trim())) return null;
  const lastWord = label[1].slice(label[1].lastIndexOf(' ') + 1);
  return { name: OFFICE_WORD.test(lastWord) ? speakerForRole(label[1]) : label[1], end: label[0].length };
}

/** Whether an item's turns are labelled: a paragraph opens with a speaker's label ("The Convener: …"), and another with one or a name's (`nameLabels`, each paragraph's). */
function hasLabelledTurns(paragraphs: readonly Paragraph[], nameLabels: ReadonlyArray<unknown>): boolean {
  const known = paragraphs.filter((paragraph) => paragraph.speaker !== null && typeof labelledSpeakerOf(paragraph.text) === 'string').length;
  return known >= 1 && known + nameLabels.filter((label) => label !== null).length >= 2;
}

/**
 * The paragraphs of an item, where its turns are labelled, with each untitled name's label read as a turn: the label
 * alone joined to the words under it, the name their speaker.
 */
export function withVerbatimLabels(paragraphs: Paragraph[]): Paragraph[] {
  // Each unspoken paragraph's label, read once for the tests below.
  const nameLabels = paragraphs.map((paragraph) => (paragraph.speaker === null ? nameLabelOf(paragraph.text) : null));
  if (!nameLabels.some((label) => label !== null) || !hasLabelledTurns(paragraphs, nameLabels)) return paragraphs;
  const read: Paragraph[] = [];
  for (let index = 0; index < paragraphs.length; index += 1) {
    const paragraph = paragraphs[index];
    const label = paragraph.isDecision ? null : nameLabels[index];
    const words = label === null ? '' : paragraph.text.slice(label.end).trim();
    const under = paragraphs[index + 1];
    if (label !== null && words === '' && under !== undefined && under.speaker === null && !under.isDecision && nameLabels[index + 1] === null) {
      read.push({ ...under, text: `${paragraph.text.trim()} ${under.text}`, speaker: label.name });
      index += 1;
    } else read.push(label !== null && words !== '' ? { ...paragraph, speaker: label.name } : paragraph);
  }
  return read.map((paragraph, position) => (paragraph.index === position ? paragraph : { ...paragraph, index: position }));
}
