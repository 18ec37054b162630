// People an attendance list names without a title ("Phil Dray (Treasurer)"): trustees', governors' and residents'
// minutes report them under the name as listed ("Phil Dray presented …"), which no title or office tells apart from
// any capitalised words. Only the names the meeting's own lists give are read so.
import type { Attendee } from '../../core/types';
import { SPEECH_VERBS } from './speakers';

/** Two to four capitalised words: a full name as a list prints it. */
const FULL_NAME = /^\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){1,3}$/u;
/** A speech verb right after the name (or after a comma: "Lucy Brennan, for the club, said" is left alone). */
const VERB_AFTER_NAME = new RegExp(`^\\s(?:${SPEECH_VERBS.join('|')})\\b`);

/** Who speaks in a paragraph that opens with a listed attendee's full name and a speech verb; undefined when no one is listed so. */
export function knownSpeakerFinder(attendees: readonly Attendee[]): ((text: string) => string | null) | undefined {
  // Names filed under their first word: a paragraph is looked up by its own first word, not tried against every name.
  const byFirstWord = new Map<string, string[]>();
  for (const { name } of attendees) {
    if (!FULL_NAME.test(name)) continue;
    const first = name.slice(0, name.indexOf(' '));
    byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), name]);
  }
  if (byFirstWord.size === 0) return undefined;
  return (text) => {
    const names = byFirstWord.get(text.slice(0, text.indexOf(' ')));
    return names?.find((name) => text.startsWith(name) && VERB_AFTER_NAME.test(text.slice(name.length))) ?? null;
  };
}
