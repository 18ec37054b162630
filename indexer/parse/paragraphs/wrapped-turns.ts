// A turn of speech the page's wrap carried on: where the writer sets paragraphs apart with blank lines, a line the wrap
// filled that happens to end a sentence does not end the paragraph, whoever speaks next.
import { endsSentence, nextWordFits } from '../lines';
import { isBlank } from '../patterns';

/** Whether a line the wrap filled, within its limit, would have taken the next line's first word were it not full. */
function filledByWrap(aboveRaw: string, line: string, wrapLimit: number): boolean {
  return aboveRaw.trim().length <= wrapLimit && !nextWordFits(aboveRaw, line, wrapLimit);
}

/**
 * A line the wrap filled comes within a short word of its limit: one ending a sentence further short of it, over a
 * long word ("Tranter asked … officers." over "Nettleton said …"), is as likely to have been ended by hand.
 */
const FULL_LINE_SLACK = 5;

/**
 * Whether an item's lines (`lines`) read as the wrap's at `wrapLimit`: a sentence is carried on from a line the wrap
 * filled, and the writer ends no line after a sentence by hand ("Jonah offered to run the stall." over "Ffion said …",
 * where "Ffion" would have fitted on the line above, with no blank line between); where one does so, a sentence ending
 * at a full line may be theirs too.
 */
function wrappedByLimit(lines: string[], wrapLimit: number): boolean {
  let carriedOn = false;
  for (let index = 1; index < lines.length; index += 1) {
    const [above, line] = [lines[index - 1], lines[index].trim()];
    if (isBlank(above) || line === '') continue;
    const filled = filledByWrap(above, line, wrapLimit);
    if (!endsSentence(above)) carriedOn ||= filled;
    else if (/^\p{Lu}/u.test(line) && !filled) return false;
  }
  return carriedOn;
}

/**
 * "Cllr Ingram asked whether the overspend could be claimed on insurance." over "The RFO said a claim had been made …",
 * in an item (`lines`) whose paragraphs have blank lines between them and whose lines the wrap broke: the line comes
 * within a short word of the wrap's limit (`wrapLimit`, the longest a line of the text may be; 0 when it is not
 * hard-wrapped) and the next line's first word would not have fitted on it, so the wrap, not the writer, broke the
 * line there, and the sentence under it carries the paragraph on. The item is read once, when a full line first ends
 * a sentence.
 */
export function wrapCarriesSentencesOn(lines: string[], wrapLimit: number, blankLinesBetween: () => boolean): (aboveRaw: string, line: string) => boolean {
  let wrapped: boolean | null = null;
  return (aboveRaw, line) =>
    wrapLimit > 0 && aboveRaw.trim().length >= wrapLimit - FULL_LINE_SLACK && filledByWrap(aboveRaw, line, wrapLimit) && (wrapped ??= blankLinesBetween() && wrappedByLimit(lines, wrapLimit));
}

/** Whether a blank line stands between two lines of text in an item: its writer separates paragraphs so. */
export function hasBlankLineBetween(lines: string[]): boolean {
  let seenText = false;
  let blankAfterText = false;
  for (const line of lines) {
    if (isBlank(line)) blankAfterText = seenText;
    else if (blankAfterText) return true;
    else seenText = true;
  }
  return false;
}
