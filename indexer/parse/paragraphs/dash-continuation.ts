// A line a PDF's line break opened with an en dash: the roll call's "– yes" carried on from the line above, not a bullet.
import { endsSentence } from '../lines';

/**
 * "… Trustee Elton – yes, Trustee Albrecht" over "– yes, Trustee Hale – yes. Motion passes.": a roll call's en dash that a
 * PDF's line break set first on a line, the word after it in lower case, under a line that ends no sentence: the
 * sentence goes on, no bullet opens (a Markdown list's "- " items are left to be bullets).
 */
export function dashGoesOnWithSentence(line: string, previous: string, afterBlank: boolean): boolean {
  return line[0] === '–' && !afterBlank && previous !== '' && /^–\s+\p{Ll}/u.test(line) && !endsSentence(previous) && !previous.endsWith(':');
}
