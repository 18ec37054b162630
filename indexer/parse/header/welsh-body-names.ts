// A body named in Welsh alone, as Welsh councils head minutes written in Welsh: "CYNGOR SIR YNYS MÔN" (the county
// council), "Cyngor Cymuned Llanfihangel" (a community council), "Pwyllgor Cynllunio" (a planning committee).
import { readableName } from './meeting-fields';

/**
 * A heading line that is a Welsh body's name: the kind of body ("Cyngor", council; "Pwyllgor", committee; "Awdurdod",
 * authority; "Bwrdd", board), then one to six capitalised words, no figures and no sentence's stop; a kind alone
 * ("Cyngor Cymuned", "Cyngor Llawn": the full council) names no one.
 */
const WELSH_BODY_LINE = /^\s*(?:Y\s+)?(?:Cyngor|Pwyllgor|Awdurdod|Bwrdd)(?:\s+\p{Lu}[\p{L}'’-]*){1,6}\s*$/iu;
const KIND_ALONE = /^(?:Y\s+)?(?:Cyngor|Pwyllgor|Awdurdod|Bwrdd)(?:\s+(?:Sir|Cymuned|Tref|Dinas|Llawn|Bwrdeistref|Sirol))*$/i;
/** "… Community Council": a name with an English body's word in it is read by the general rules, as bilingual names are. */
const ENGLISH_BODY_WORD = /\b(?:Council|Committee|Authority|Board|Panel)\b/i;
/** How many lines from the top a title may stand. */
const TITLE_LINES = 15;

/** The Welsh name of the body heading the text, in its first lines; null for none. */
export function welshBodyName(lines: string[]): string | null {
  for (const line of lines.slice(0, TITLE_LINES)) {
    if (line.length > 80 || !WELSH_BODY_LINE.test(line) || ENGLISH_BODY_WORD.test(line)) continue;
    const name = readableName(line.trim());
    if (!KIND_ALONE.test(name)) return name;
  }
  return null;
}
