// Who speaks in a paragraph, read past a run-in label: "Village Hall Report. Cllr Reid advised …", "Closure. The
// Chairman thanked …", "Police Report: PK advised …". Parish clerks head a report or the meeting's close with a few
// words in bold on the line that carries its first sentence; the speaker opens the sentence after them.
import { describedSpeakerOf } from './described-speakers';
import { speakerOf } from './speakers';

/**
 * One to four capitalised words (small joining words and a possessive between them), then a full stop or a colon and
 * the next sentence's capital: a label, not a sentence, as no verb in lower case comes before its stop.
 */
const RUN_IN_LABEL = /^\p{Lu}[\p{L}'’-]*(?:\s+(?:of|and|the|for|&|\p{Lu}[\p{L}'’-]*)){0,4}\s?[.:]\s+(?=\p{Lu})/u;
/**
 * "Mr. Hale", "Cllr. Dee": a title's full stop is no label's end. "Note: Cllr Hale left the meeting", "Proposed: Cllr
 * Dee. Seconded: …": a note of what happened, a mover's name, not a label over what someone said.
 */
const NOT_RUN_IN_LABEL = /^(?:(?:Mr|Mrs|Ms|Dr|Cllr|Cr|Rev|Revd|Prof|Hon|St)\.\s|(?:Note|NB|N\.B|Proposed|Seconded|Moved|Carried|Vote|Voting)\b)/i;

/** The speaker named at a paragraph's start, or after its run-in label; `knownSpeakerOf` reads the meeting's listed names. */
export function paragraphSpeakerOf(text: string, knownSpeakerOf?: (text: string) => string | null): string | null {
  const speakerAt = (start: string) => speakerOf(start) ?? knownSpeakerOf?.(start) ?? describedSpeakerOf(start);
  const speaker = speakerAt(text);
  if (speaker !== null || NOT_RUN_IN_LABEL.test(text)) return speaker;
  const label = RUN_IN_LABEL.exec(text);
  return label === null ? null : speakerAt(text.slice(label[0].length));
}
