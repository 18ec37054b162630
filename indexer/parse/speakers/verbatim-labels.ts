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
 * capitals, "CITY MANAGER'S REPORT:"), a surname's particles between them, the letters after a name ("John Reid QC:"),
 * then up to two brackets and a colon.
 */
const NAME_LABEL = new RegExp(String.raw`^(\p{Lu}(?:\p{Ll}|['’]\p{Lu})[\p{L}'’-]*(?:\s(?:(?:${PARTICLES}|Mac|Mc)\s){0,2}\p{Lu}(?:\p{Ll}|['’]\p{Lu})[\p{L}'’-]*){1,3})(?:\s(?:QC|KC|MSP|MP|MS|MLA|TD|OBE|MBE|CBE))?((?:\s*\([^()]{1,60}\)){0,2})\s*:`, 'u');
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
  if (!nameLabels.some((label) => label !== null) || !hasLabelledTurns(paragraphs, nameLabels)) return withTurnsCarriedOn(paragraphs);
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
  return withTurnsCarriedOn(read.map((paragraph, position) => (paragraph.index === position ? paragraph : { ...paragraph, index: position })));
}

/** A label of another kind at the paragraph's start ("MK: …", "CE: …", "Action: …", "APPLAUSE"): no longer the turn above. */
const OTHER_LABEL = /^(?:[^\s:][^:]{0,50}\s?:\s|\p{Lu}{2,}\b)/u;
/** Longer than the record's own notes ("Members indicated agreement.", "Meeting suspended.", "On resuming—"). */
const LONG_PARAGRAPH = 160;
/** A speaker's own words: the first or second person ("I welcome …", "We have identified …", "Could you …"). */
const SPOKEN_IN_PERSON = /\b(?:I|I['’](?:m|ve|d|ll)|my|me|we|we['’](?:re|ve|ll)|our|us|you|your)\b/;

/**
 * A verbatim record's turn of several paragraphs: the label opens the first ("The Convener: Agenda item 2 is …"), and
 * the paragraphs under it, in the speaker's own words ("I welcome our first witness …"), are theirs until the next
 * label. Read so only where the item's turns are labelled (two labels or more); a paragraph of the record's own ("Members
 * indicated agreement.", a time, a decision) stops the turn.
 */
function withTurnsCarriedOn(paragraphs: Paragraph[]): Paragraph[] {
  const labelled = paragraphs.map((paragraph) => paragraph.speaker !== null && (typeof labelledSpeakerOf(paragraph.text) === 'string' || nameLabelOf(paragraph.text) !== null));
  if (labelled.filter(Boolean).length < 2) return paragraphs;
  let turn: string | null = null;
  return paragraphs.map((paragraph, index) => {
    if (labelled[index]) turn = paragraph.speaker;
    else if (paragraph.speaker !== null || paragraph.isDecision || OTHER_LABEL.test(paragraph.text)) turn = null;
    else if (SPOKEN_IN_PERSON.test(paragraph.text.slice(0, 400))) return turn === null ? paragraph : { ...paragraph, speaker: turn };
    // A long paragraph in no person goes on with the turn unread; a short one is the record's own note.
    else if (paragraph.text.length < LONG_PARAGRAPH) turn = null;
    return paragraph;
  });
}
