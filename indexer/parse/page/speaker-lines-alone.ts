// A parliament's Official Report as its web page sets it out when copied: each speaker's name alone on a line, with no
// colon, a blank line around it, over the words they said ("The Convener" / "" / "Agenda item 2 is …", then "Liam Kerr
// (North East Scotland) (Con)" or a witness's "Jane Doe QC" over theirs). Read as headings, each turn became an item.
// Given the colon the record prints elsewhere ("The Convener:"), the labels' readers (speaker-label-lines.ts,
// verbatim-labels.ts) join each to the words under it.
import { isBlank } from '../patterns';
import { labelledSpeakerOf } from '../speakers/speaker-labels';
import { POST_NOMINALS } from '../speakers/speaker-titles';

/** Longer than a name with a seat and party in brackets: a longer line is a heading or prose. */
const MAX_LABEL_LENGTH = 90;
/** "The Convener", "The Deputy Presiding Officer": an office opened by "The", the surest sign of such a record. */
const THE_OFFICE = /^The\s+\p{Lu}/u;
/** "Liam Kerr (North East Scotland) (Con)", "Tom Baxter (Clyde Island Ferries)": a name, then its seat, party or employer in brackets. */
const NAME_WITH_BRACKETS = /^\p{Lu}[\p{Ll}'’]+(?:[- ]\p{Lu}[\p{L}'’]+){1,3}(?:\s\([^()]{2,60}\)){1,2}$/u;
/** "Jane Doe QC", "Ross Lyle MSP": a name with letters after it, which no heading has. */
const NAME_WITH_LETTERS = new RegExp(String.raw`^\p{Lu}[\p{Ll}'’]+(?:[- ]\p{Lu}[\p{L}'’]+){1,3}\s(?:${POST_NOMINALS}|MSP|MS|MLA|TD)$`, 'u');
/** The words under a label: a sentence, two words in lower case among its first few ("Agenda item 2 is …", "Thank you, convener."). */
const SPOKEN_WORDS = /^\s*\p{Lu}\S*(?:\s+\S+){0,2}?\s+\p{Ll}+,?\s+\p{Ll}/u;

/** Whether `line` stands alone (blank lines, or the document's ends, around it) over a sentence's words. */
function standsOverWords(lines: string[], index: number): boolean {
  if ((index > 0 && !isBlank(lines[index - 1])) || index + 2 >= lines.length || !isBlank(lines[index + 1])) return false;
  const next = isBlank(lines[index + 2]) && index + 3 < lines.length ? lines[index + 3] : lines[index + 2];
  return SPOKEN_WORDS.test(next);
}

/** The kind of speaker's label `label` is ("office" for "The Convener", "name" for a titled name or one with brackets or letters after it), or null. */
function labelKind(label: string): 'office' | 'name' | null {
  if (label.length > MAX_LABEL_LENGTH || /[.:;,?!]$/.test(label)) return null;
  if (NAME_WITH_BRACKETS.test(label) || NAME_WITH_LETTERS.test(label)) return 'name';
  // "Dr Paula Hendry", "Councillor Baird": a titled name, read as a label's speaker is.
  if (typeof labelledSpeakerOf(`${label}: …`) !== 'string') return null;
  return THE_OFFICE.test(label) ? 'office' : 'name';
}

/**
 * `lines` with each speaker's name alone on its line given a colon, where the document sets its turns so: two such
 * labels or more, at least one an office opened by "The" ("The Convener"); the same array otherwise.
 */
export function withSpeakerLinesAloneColoned(lines: string[]): string[] {
  const labels: number[] = [];
  let offices = 0;
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index];
    const first = line.trimStart().charCodeAt(0);
    // A capital first (A-Z), before the blank lines around it are looked at.
    if (!(first >= 65 && first <= 90) || line.length > MAX_LABEL_LENGTH + 10 || !standsOverWords(lines, index)) continue;
    const kind = labelKind(line.trim());
    if (kind === null) continue;
    labels.push(index);
    if (kind === 'office') offices += 1;
  }
  if (labels.length < 2 || offices === 0) return lines;
  const coloned = lines.slice();
  for (const index of labels) coloned[index] = `${lines[index].trimEnd()}:`;
  return coloned;
}
