// Officers listed by post, one a line, under an attendance label, where a post too long for its cell left its holder on
// the next line: "Chief Executive - Mr A Byrne" / "Head of Environmental Health" / "Mrs C Doyle" / "Democratic Services
// Officer - Ms E Kerr" (Northern Irish and Irish councils, NHS boards). The post and its holder are set on one line, as
// "Holder (Post)", the line the attendance rules read as one person with a role; the post alone would end the list.
import { attendanceLabelOf } from './attendance-labels';
import { OFFICE_WORDS } from './person-words';
import { contentLineFrom } from '../patterns';

/** How far into a document the header's lists are looked for. */
const HEADER_LINES = 200;
/** How many lines above a post its block's label may stand. */
const LABEL_REACH = 15;
/** A post's line is short. */
const LONGEST_POST = 70;

/** A titled holder's name alone: "Mr C Doyle", "Ms Aoife Kerr", "Dr P. J. Walsh". */
const TITLED_HOLDER = /^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?\s+(?:\p{Lu}\.?\s*){0,3}(?:\p{Lu}[\p{L}'’-]+\s+)?(?:Mc|Mac|O['’])?\p{Lu}[\p{L}'’-]+$/u;

/** Whether a line is a post alone: an office's words, no holder after a mark, no sentence, no title before a name. */
function isPostAlone(line: string): boolean {
  return (
    line.length <= LONGEST_POST &&
    /^\p{Lu}/u.test(line) &&
    OFFICE_WORDS.test(line) &&
    !/[:;,.()\d]|\s[–—-]\s/.test(line) &&
    !/^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Cllr|Councillor)\.?\s/.test(line)
  );
}

/** Whether an attendance label stands within LABEL_REACH lines above `index`, with no blank-separated prose between. */
function underLabel(lines: string[], index: number): boolean {
  for (let above = index - 1; above >= 0 && above >= index - LABEL_REACH; above -= 1) {
    const line = lines[above].trim();
    if (line === '') continue;
    if (line.length > LONGEST_POST * 2 || /[.!?]$/.test(line)) return false;
    if (attendanceLabelOf(line) !== null) return true;
  }
  return false;
}

/** `lines` with each post alone over its titled holder's line, under an attendance label, set as "Holder (Post)"; the same array when none is. */
export function withPostsOverHoldersJoined(lines: string[]): string[] {
  let joined = lines;
  const limit = Math.min(lines.length, HEADER_LINES);
  for (let index = 0; index < limit; index += 1) {
    const line = lines[index].trim();
    if (line === '' || !isPostAlone(line)) continue;
    const holder = contentLineFrom(lines, index + 1);
    if (holder >= lines.length || !TITLED_HOLDER.test(lines[holder].trim()) || OFFICE_WORDS.test(lines[holder]) || !underLabel(lines, index)) continue;
    if (joined === lines) joined = [...lines];
    joined[holder] = `${lines[holder].trim()} (${line})`;
    joined[index] = '';
    index = holder;
  }
  return joined;
}
