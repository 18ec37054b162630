// Who speaks in a paragraph: named at its start (a title, an office, a listed attendee, a described member of the
// public), or after the run-in label that heads it.
import { describedSpeakerOf } from './described-speakers';
import { afterRunInLabel } from './run-in-labels';
import { speakerOf } from './speakers';

/**
 * "Mr B Lobban in the Chair", "The Mayor (Councillor A Hale) in the Chair.", "Cllr Hale took the Chair.", "Cllr Ruiz was in
 * the Chair for the remaining items": a line saying who chaired, under the attendance or at an item where the chair
 * changed hands; no one speaks in it (what the new chair then said follows in a sentence of its own).
 */
const WHO_CHAIRED = /^[^.]{3,100}\s(?:(?:was |remained )?in|took|resumed|vacated|left) the chair(?:,? (?:for|during|from|at|until|while|whilst)\b[^.]{1,80})?\.?$/i;

/** The speaker named at a paragraph's start, or after its run-in label; `knownSpeakerOf` reads the meeting's listed names. */
export function paragraphSpeakerOf(text: string, knownSpeakerOf?: (text: string) => string | null): string | null {
  if (text.length <= 200 && WHO_CHAIRED.test(text)) return null;
  const speakerAt = (start: string) => speakerOf(start) ?? knownSpeakerOf?.(start) ?? describedSpeakerOf(start);
  const speaker = speakerAt(text);
  if (speaker !== null) return speaker;
  const afterLabel = afterRunInLabel(text);
  return afterLabel === null ? null : speakerAt(afterLabel);
}
