// "Apologies:-" alone on its line, then (after a blank line) "These were received from Councillor Mrs S Bruce": the
// sentence under the label names who sent them, as an internal drainage board's clerk types it. Read apart, the label
// lists no one and the sentence is left to the opening's prose; set on the label's line, its names are the apologies.
import { attendanceLabelOf } from './attendance-labels';
import { contentLineBefore } from '../patterns';

/** "These were received from …", "These had been received from …": a sentence going on from the label above it. */
const RECEIVED_SENTENCE = /^\s*These\s+(?:were|have\s+been|had\s+been)\s+received\s+from\s+\S/i;
/** How many blank lines may stand between the label and its sentence. */
const MAX_BLANKS = 2;

/** `lines` with each such sentence set on its apologies label's line; the same array when there is none. */
export function withReceivedSentencesOnLabels(lines: string[]): string[] {
  let joined: string[] | null = null;
  for (let index = 1; index < lines.length; index += 1) {
    // Told by the line's first letter first: most lines open otherwise.
    if (lines[index].trimStart()[0] !== 'T' || !RECEIVED_SENTENCE.test(lines[index])) continue;
    const above = contentLineBefore(lines, index - 1, index - 1 - MAX_BLANKS);
    const label = above === -1 ? null : attendanceLabelOf(lines[above]);
    if (label?.attendance !== 'apologies' || label.rest !== '') continue;
    joined ??= lines.slice();
    joined[above] = `${lines[above].trimEnd()} ${lines[index].trim()}`;
    joined[index] = '';
  }
  return joined ?? lines;
}
