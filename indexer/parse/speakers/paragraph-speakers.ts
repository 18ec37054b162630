// Who speaks in a paragraph: named at its start (a title, an office, a listed attendee, a described member of the
// public), or after the run-in label that heads it, or, where "He" or "She" opens it, the one who spoke just before.
import type { Paragraph } from '../../../core/types';
import type { ParagraphOptions } from '../paragraphs/blocks';
import { bareNameSpeakerOf, describedSpeakerOf } from './described-speakers';
import { presenterOf } from './presented-by';
import { afterRunInLabel } from '../paragraphs/run-in-labels';
import { TITLE, TITLE_STOP } from './speaker-titles';
import { speakerOf } from './speakers';
import { SPEECH_VERBS } from './speech-verbs';

/**
 * "Mr B Lobban in the Chair", "The Mayor (Councillor A Hale) in the Chair.", "Cllr Hale took the Chair.", "Cllr Ruiz was in
 * the Chair for the remaining items": a line saying who chaired, under the attendance or at an item where the chair
 * changed hands; no one speaks in it (what the new chair then said follows in a sentence of its own).
 */
const WHO_CHAIRED = /^[^.]{3,100}\s(?:(?:was |remained )?in|took|resumed|vacated|left) the chair(?:,? (?:for|during|from|at|until|while|whilst)\b[^.]{1,80})?\.?$/i;

/**
 * "She also asked …", "He then explained …": a pronoun and a verb of speech open the paragraph (not "would", which
 * as often tells of what someone will do).
 */
const PRONOUN_TURN = new RegExp(`^(?:He|She) (?:also |further |then |again )?(?:${SPEECH_VERBS.filter((verb) => verb !== 'would').join('|')})\\b`);
/**
 * "Members", "Residents", "The Officers", "The Members of the Panel": a group, which "He" or "She" does not go on from.
 * Only the words before "of" name who speaks: "The Director of Resources" is one person.
 */
const GROUP = /^(?:The\s(?:(?! of ).)*|\S+)s(?: of .*)?$/;
/** A titled name, and the word after its title: whom else a paragraph names ("… Mr Hale replied that …"). */
const TITLED_MENTION = new RegExp(String.raw`\s(?:${TITLE})${TITLE_STOP}\s+(\p{Lu}[\p{L}'’-]*)`, 'gu');

/**
 * "Cllr Dowd reported on the bus shelter." over "She also asked …": one person's turn carried on in the next paragraph,
 * opened by "He" or "She". Only where the paragraph before names no one else, who the pronoun might stand for ("The
 * Chair welcomed Inspector Hale." over "He reported …" is the inspector's).
 */
function carriedSpeakerOf(text: string, previous: Paragraph | undefined): string | null {
  const speaker = previous?.speaker;
  if (!speaker || !'HS'.includes(text[0]) || !PRONOUN_TURN.test(text) || GROUP.test(speaker)) return null;
  const speakerWords = speaker.split(' ');
  for (const mention of previous.text.matchAll(TITLED_MENTION)) if (!speakerWords.includes(mention[1])) return null;
  return speaker;
}

/**
 * "The Council's Senior Licensing Officer summarised …": the council's own officer, who speaks as "The Senior Licensing
 * Officer" does (elsewhere an office in the possessive names what the office holds: "The Commissioner's Fund").
 */
const COUNCILS_OFFICER = /^The (?:(?:County|Borough|District|City|Town|Parish) )?Council['’]s (?=[A-Z])/;

/**
 * The speaker named at a paragraph's start, or after its run-in label, or carried on from the paragraph before
 * (`previous`); `knownSpeakerOf` reads the meeting's listed names. Where names are listed, an untitled name the list
 * leaves out is no one's but in a public forum's item (or where the list gives first names alone, which no full name can match).
 */
export function paragraphSpeakerOf(text: string, { knownSpeakerOf, publicForum }: Pick<ParagraphOptions, 'knownSpeakerOf' | 'publicForum'> = {}, previous?: Paragraph): string | null {
  if (text.length <= 200 && WHO_CHAIRED.test(text)) return null;
  const speakerAt = (start: string) =>
    speakerOf(start) ?? knownSpeakerOf?.(start) ?? describedSpeakerOf(start) ?? presenterOf(start) ?? (knownSpeakerOf && !publicForum && !knownSpeakerOf.forenamesOnly ? null : bareNameSpeakerOf(start));
  const councilsOfficer = text.startsWith('The ') ? COUNCILS_OFFICER.exec(text) : null;
  const speaker = speakerAt(councilsOfficer ? `The ${text.slice(councilsOfficer[0].length)}` : text);
  if (speaker !== null) return speaker;
  const afterLabel = afterRunInLabel(text);
  return (afterLabel === null ? null : speakerAt(afterLabel)) ?? carriedSpeakerOf(text, previous);
}
