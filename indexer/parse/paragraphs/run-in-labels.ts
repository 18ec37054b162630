// A run-in label before a paragraph's first sentence: "Village Hall Report. Cllr Reid advised …", "Closure. The
// Chairman thanked …", "National Housing Trust / The Board APPROVED …". Parish clerks and boards head a report, a
// topic or the meeting's close with a few words (in bold, or a table's first cell) on the line that carries its first
// sentence; who speaks, or what was decided, opens the sentence after them.
import { attendanceLabelOf } from '../attendance/attendance-labels';
import { TITLE } from '../speakers/speaker-titles';
import { isWhiteSpaceCode } from '../patterns';

/**
 * One to five capitalised words (small joining words and a possessive between them), then a full stop, a colon or a
 * spaced dash or slash, and the next sentence's capital: a label, not a sentence, as no verb in lower case comes before its stop. Before a colon
 * or a spaced dash or slash ("Dog fouling: Cllr Hale reported …", "Defibrillator – Gordon Hale said …"), up to four
 * words in sentence case (or a year: "Budget 2025/26: The Clerk presented …"), as such labels are printed too; with
 * commas between them where matters arising cite where they arise ("Page 8, Item 5 – Cllr Hale confirmed …").
 */
const RUN_IN_LABEL = /^(?:\p{Lu}[\p{L}'’-]*(?:\s+(?:of|and|the|for|&|\p{Lu}[\p{L}'’-]*)){0,4}(?:\s?[.:]|\s+[–—/-])|\p{Lu}[\p{L}'’-]*,?(?:\s+[\p{L}\d'’&/–-]+,?){0,3}(?:\s?:|\s+[–—/-]))\s+(?=\p{Lu})/u;
/**
 * "Mr. Hale", "Cllr. Dee": a title's full stop is no label's end. "Note: Cllr Hale left the meeting", "Proposed: Cllr
 * Dee. Seconded: …": a note of what happened, a mover's name, not a label over what someone said.
 */
const NOT_RUN_IN_LABEL = /^(?:(?:Mr|Mrs|Ms|Dr|Cllr|Cr|Rev|Revd|Prof|Hon|St)\.\s|(?:Note|NB|N\.B|Proposed|Seconded|Moved|Carried|Vote|Voting)\b)/i;
/** "Miss Hale - chairperson: Mrs. Dee: …": a person, then their office, a list of those present, not a label. */
const TITLED_START = new RegExp(String.raw`^(?:${TITLE})\.?\s`, 'u');
/** "Others present:", "Also in attendance –": a label over people, however worded, by the word it ends with. */
const ATTENDANCE_WORD_LAST = /\b(?:present|attendance|attending|apologies|absent)\s*[.:–—/-]\s*$/i;

/** The characters that end a run-in label (RUN_IN_LABEL's stops, dashes and slash). */
const LABEL_ENDS = new Set(['.', ':', '–', '—', '/', '-']);
/** RUN_IN_LABEL ends its label before a sixth run of white space: at most five words, and a space before the stop. */
const MAX_SPACES_BEFORE_LABEL_END = 5;

/**
 * Whether a label's end comes early enough in a text for RUN_IN_LABEL to match: a scan of the first few words, where
 * the pattern itself (run on every paragraph) backtracks through each of them before it fails on most sentences.
 */
function mayOpenWithRunInLabel(text: string): boolean {
  let spaces = 0;
  for (let at = 0; at < text.length; at += 1) {
    if (!isWhiteSpaceCode(text.charCodeAt(at))) {
      if (LABEL_ENDS.has(text[at])) return true;
    } else if (at === 0 || !isWhiteSpaceCode(text.charCodeAt(at - 1))) {
      spaces += 1;
      if (spaces > MAX_SPACES_BEFORE_LABEL_END) return false;
    }
  }
  return false;
}

/** The text after a run-in label that opens it, or null when it opens with none. */
export function afterRunInLabel(text: string): string | null {
  if (!mayOpenWithRunInLabel(text) || NOT_RUN_IN_LABEL.test(text) || TITLED_START.test(text)) return null;
  const label = RUN_IN_LABEL.exec(text);
  // "Others present: County Councillor Hale, …": an attendance list's label, over the people present.
  if (label === null || attendanceLabelOf(label[0]) !== null || ATTENDANCE_WORD_LAST.test(label[0])) return null;
  return text.slice(label[0].length);
}
