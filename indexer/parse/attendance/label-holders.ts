// Whether an office's label ("Chair:", "President:") is followed by the name of who holds the office.
import { PARTICLES } from '../speakers/speaker-titles';

/** A word of a name in lower case: "Ruud van Dijk", "Rhys ap Gwilym", "the Mayor". */
const NAME_PARTICLE = new RegExp(`^(?:${PARTICLES}|of|the|and|&)$`);

/**
 * Whether the text after an office's label ("Chair: Mrs J Kerr (Vice-Chair)", "In the Chair: Cllr S Ó Briain, Leader")
 * names its holder: up to a comma or bracket, words in capitals (or a name's particles), no question and no sentence
 * ended. "CHAIR: Good morning. Can everyone hear me?", "CHAIR: Thank you.": a verbatim transcript's turn, what the chair said.
 */
export function namesHolder(rest: string): boolean {
  const name = rest.split(/[,;(]|\s[-–—]\s/, 1)[0];
  return !/[?!]|\p{Ll}{2}\.\s+\p{Lu}/u.test(name) && name.split(/\s+/).every((word) => word === '' || !/^\p{Ll}/u.test(word) || NAME_PARTICLE.test(word));
}
