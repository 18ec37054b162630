// Minutes kept in Markdown in a project's repository often list the meeting's topics as top-level bullets in bold, each
// over indented bullets of what was said ("* **017/18 Face-to-face meeting**" over "    * Gainesville fits best"): the
// bold bullet is the item's heading, as a "## " line would be.
import { attendanceLabelOf } from '../attendance/attendance-labels';

/** "* **Topic**", "- **012/19 Website**": a bullet at the left margin whose whole text is bold. */
const BOLD_BULLET = /^[*+-]\s+\*\*([^*]{2,120})\*\*\s*$/;
/** A bullet indented under it. */
const NESTED_BULLET = /^\s{2,}[*+-]\s+\S/;
/** Topics: at least this many before the bullets are read as headings (one bold bullet may be an emphasis). */
const MIN_TOPICS = 2;

/** The bold text of a line that is a topic over nested bullets; null for another line. */
function topicAt(lines: readonly string[], index: number): string | null {
  const line = lines[index];
  if (line.length === 0 || !'*+-'.includes(line[0])) return null;
  const bold = BOLD_BULLET.exec(line);
  if (bold === null || index + 1 >= lines.length || !NESTED_BULLET.test(lines[index + 1])) return null;
  // "* **Present**" over the names is the attendance's label, read by its own rules.
  return attendanceLabelOf(bold[1]) === null ? bold[1].trim() : null;
}

/** One level of a nested bullet's indent: the bullets under a topic become the item's own points, each a paragraph. */
const ONE_LEVEL = /^(?: {2,4}|\t)/;

/**
 * The lines with each bold top-level bullet over nested bullets set as a heading, the bullets under it moved out one
 * level (a sub-point stays under its point); as they were where fewer are found.
 */
export function withBoldBulletTopicsAsHeadings(lines: string[]): string[] {
  const topics: number[] = [];
  for (let index = 0; index < lines.length; index += 1) if (topicAt(lines, index) !== null) topics.push(index);
  if (topics.length < MIN_TOPICS) return lines;
  const out = [...lines];
  for (const index of topics) {
    out[index] = `### ${topicAt(lines, index)}`;
    for (let below = index + 1; below < out.length && ONE_LEVEL.test(out[below]); below += 1) out[below] = out[below].replace(ONE_LEVEL, '');
  }
  return out;
}
