// Who speaks in a paragraph: named at its start (a title, an office, a listed attendee, a described member of the
// public), or after the run-in label that heads it.
import { describedSpeakerOf } from './described-speakers';
import { afterRunInLabel } from './run-in-labels';
import { speakerOf } from './speakers';

/**
 * "Mr B Lobban in the Chair", "The Mayor (Councillor A Hale) in the Chair.": a line saying who chaired, under the
 * attendance or at an item where the chair changed hands; no one speaks in it.
 */
const WHO_CHAIRED = /^[^.]{3,100}\sin the chair\.?$/i;

/** The speaker named at a paragraph's start, or after its run-in label; `knownSpeakerOf` reads the meeting's listed names. */
export function paragraphSpeakerOf(text: string, knownSpeakerOf?: (text: string) => string | null): string | null {
  if (text.length <= 120 && WHO_CHAIRED.test(text)) return null;
  const speakerAt = (start: string) => speakerOf(start) ?? knownSpeakerOf?.(start) ?? describedSpeakerOf(start);
  const speaker = speakerAt(text);
  if (speaker !== null) return speaker;
  const afterLabel = afterRunInLabel(text);
  return afterLabel === null ? null : speakerAt(afterLabel);
}
