// "Cllr Jones:" on a line of its own, and what they said on the line under it: some clerks set a question time or a
// verbatim exchange so, the speaker's label over the words. Joined to the line under it, the label opens a turn as a
// label before the words on one line does ("Cllr Jones: Could the clerk …").
import { isBlank, lastContentCharacter } from '../patterns';
import { withoutMarkup } from '../lines';
import { labelledSpeakerOf } from './speaker-labels';

/** Longer than any speaker's label: a longer line ending in a colon introduces a list or a quotation. */
const MAX_LABEL_LENGTH = 60;
/** The words under the label: a sentence's words, in lower case after the first (not "Date:" or a signature's line). */
const SPOKEN_WORDS = /\p{L}\s+\p{Ll}+\s+\p{Ll}/u;

/** The label alone on a line, without its markup ("**Cllr Jones:**"), when it names a speaker; else null. */
function speakerLabelAlone(line: string): string | null {
  if (lastContentCharacter(line) !== ':' && !line.trimEnd().endsWith(':**')) return null;
  const label = withoutMarkup(line).trim();
  // Tried as the label of a turn with words after it: the reading of a turn's label, and only of a named speaker's.
  return label.length <= MAX_LABEL_LENGTH && label.endsWith(':') && typeof labelledSpeakerOf(`${label} …`) === 'string' ? label : null;
}

/** "– It's a simple bid.", "- $600 to re-seed a well?": words under a label with no colon, opened by a dash. */
const DASHED_WORDS = /^[–—-]\s*(\S.*)$/;
/** Longer than a title and a name: a longer line without a colon is prose. */
const MAX_BARE_LABEL_LENGTH = 40;

/**
 * "Supervisor Morey" over "– It's a simple bid. Can I have a second please?": a New York town board's verbatim exchange,
 * each speaker by title and surname alone on a line, the words under it after a dash. Read as "Supervisor Morey: …".
 */
function bareLabelOverDash(line: string, next: string | undefined): string | null {
  const label = line.trim();
  if (next === undefined || label.length > MAX_BARE_LABEL_LENGTH || label.includes(':') || !/^[–—-]/.test(next.trimStart())) return null;
  const words = DASHED_WORDS.exec(next.trim());
  return words !== null && typeof labelledSpeakerOf(`${label}: …`) === 'string' ? `${label}: ${words[1]}` : null;
}

/** The lines with each speaker's label alone joined to the words under it (over blank lines between). */
export function withSpeakerLabelsJoined(lines: string[]): string[] {
  const joined: string[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    const dashedTurn = lastContentCharacter(lines[index]) !== ':' ? bareLabelOverDash(lines[index], lines[index + 1]) : null;
    if (dashedTurn !== null) {
      joined.push(dashedTurn);
      index += 1;
      continue;
    }
    const label = speakerLabelAlone(lines[index]);
    let next = index + 1;
    while (label !== null && next < lines.length && isBlank(lines[next])) next += 1;
    const words = label !== null && next < lines.length ? lines[next].trim() : '';
    if (label !== null && SPOKEN_WORDS.test(words) && labelledSpeakerOf(words) === undefined) {
      joined.push(`${label} ${words}`);
      index = next;
    } else joined.push(lines[index]);
  }
  return joined;
}
