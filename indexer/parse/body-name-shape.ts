// Whether what a header's rules read as the body is shaped as a name: a run of header text or a sentence is not one.
import { SMALL_WORDS } from './capitals';

/** A body's name longer than this many words is a run of header text, not a name. */
const MAX_BODY_WORDS = 16;
/** Words a name leaves in lower case (a sentence holds more: "… has confirmed that the local committee have …"). */
const MAX_LOWER_CASE_BODY_WORDS = 3;

/** The body read from a header, or null when what was read is no name: too long, or a sentence rather than a name. */
export function asBodyName(body: string | null): string | null {
  const words = body?.split(/\s+/) ?? [];
  const lowerCase = words.filter((word) => /^\p{Ll}/u.test(word) && !SMALL_WORDS.has(word)).length;
  return words.length > MAX_BODY_WORDS || lowerCase > MAX_LOWER_CASE_BODY_WORDS ? null : body;
}
