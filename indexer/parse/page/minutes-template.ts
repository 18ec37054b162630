// Minutes typed into Word's "Minutes" template, as clubs, school associations and student teams keep them (printed to
// PDF or kept as .docx): each topic is a row, "FINANCIAL        DAPHNE ROBERTS" (the topic, then who presents it, in
// capitals across the page) or "Agenda item: Assign roles  Presenter: R. Paulin", then the template's own labels
// "Discussion" and "Conclusions" over what was said and decided, then a table headed "Action items  Person responsible
// Deadline". The labels repeat under every topic and head nothing; the topic above the first of them is the item.

/** "DISCUSSION", "**CONCLUSIONS**", "#### Discussion:", with a page's number run into it ("1**CONCLUSIONS**"). */
const TEMPLATE_LABEL = /^\s*(?:\d{1,3}\s*)?(?:#{1,6}\s+)?(?:\*\*)?(discussion|conclusions?)(?:\*\*)?\s*:?\s*(?:\*\*)?\s*$/i;
/**
 * The action table's column headings, the page's number perhaps run into them, and what the PDF reader ran into them
 * from the row below ("… DEADLINE BOARD ANNOUNCEMENTS   BOARD MEMBERS": the next topic's row).
 */
const ACTION_TABLE_HEADINGS = /^\s*(?:\d{1,3}\s+)?action\s+items?\s+person\s+responsible\s+deadline\b\s*(.*)$/i;
/** "Agenda item: Assign roles   Presenter: Rudolph Paulin": the .docx form of a topic's row. */
const AGENDA_ITEM_ROW = /^(?:#{1,6}\s+)?(?:\*\*)?agenda\s+(?:item|topic)\s*:\s*(.+?)\s+presenter\s*:\s*(.*)$/i;
/** "Presenter   Jean Morrow": the presenter's own row under a topic its document already heads, no topic itself. */
const PRESENTER_ROW = /^\s*(?:\*\*)?presenter(?:\*\*)?\s*:?\s*(?:\*\*)?(?:\t|\s{2,}|:\s*)\S/i;
/** A row's topic and presenter stand apart by a tab or a wide gap. */
const COLUMN_GAP = /\t|\s{3,}/;
/** A Markdown heading's marks, which the PDF and Word readers put before a heading's text. */
const HEADING_MARKS = /^#{1,6}\s+/;
/** "Agenda topics": the template's heading over its topics, no topic itself. */
const TOPICS_HEADING = /^\s*(?:#{1,6}\s+)?(?:\*\*)?agenda\s+topics(?:\*\*)?\s*$/i;
/** "Len Jarabek:" alone over the points a member raised under "Discussion". */
const NAME_OVER_POINTS = /^\s*\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’.-]*){1,3}:\s*$/u;
/** A bullet opening a point. */
const BULLET = /^\s*[•▪◦o*-]\s+/;
/** A name over its points is a short line. */
const MAX_LABEL_LENGTH = 40;
/** Lines longer than this (a label set far right, a row of cells) are not looked at. */
const MAX_LINE = 200;
/** Topics in the template: at least this many "Discussion" labels before the document is read as one. */
const MIN_TOPICS = 2;

const isLabel = (line: string) => line.length <= MAX_LINE && TEMPLATE_LABEL.test(line);
/** The action table's headings on the line, and what follows them on it ('' for nothing); null for another line. */
function actionHeadingsRest(line: string): string | null {
  if (line.trimEnd().length > 200 || !/^\s*(?:\d{1,3}\s+)?[Aa]/.test(line)) return null;
  const match = ACTION_TABLE_HEADINGS.exec(line);
  return match ? match[1].replace(HEADING_MARKS, '').trim() : null;
}
const isActionHeadings = (line: string) => actionHeadingsRest(line) !== null;
/** A line blanked, but for the page break a label may carry ("1\f**CONCLUSIONS**": page 1's number, then page 2's label). */
const blanked = (line: string) => line.slice(0, line.lastIndexOf('\f') + 1);

/** Whether the document follows the template: the "Discussion" label under several topics, and a "Conclusions" label or the action table. */
function followsTemplate(lines: readonly string[]): boolean {
  let discussions = 0;
  let others = 0;
  for (const line of lines) {
    const label = isLabel(line) ? TEMPLATE_LABEL.exec(line) : null;
    if (label) {
      if (label[1].toLowerCase() === 'discussion') discussions += 1;
      else others += 1;
    } else if (isActionHeadings(line)) others += 1;
    if (discussions >= MIN_TOPICS && others > 0) return true;
  }
  return false;
}

/** A topic's row as a heading, and who presents it (null where the row names no one). */
function topicOf(row: string): { heading: string; presenter: string | null } {
  const text = row.trim();
  const agendaItem = AGENDA_ITEM_ROW.exec(text.replace(/\*\*/g, ''));
  if (agendaItem) return { heading: `### ${agendaItem[1].trim()}`, presenter: agendaItem[2].trim() || null };
  const [topic, ...rest] = text.replace(HEADING_MARKS, '').replace(/\*\*/g, '').split(COLUMN_GAP).map((part) => part.trim()).filter((part) => part !== '');
  return { heading: `### ${topic ?? ''}`, presenter: rest.length > 0 ? rest.join(' ') : null };
}

/** "Len Jarabek:" over "•  Great job with the ice.": the name run into its first point, as the member's words. */
function joinNameToPoint(out: string[], index: number): void {
  let below = index + 1;
  while (below < out.length && out[below].trim() === '') below += 1;
  if (below >= out.length || isLabel(out[below]) || HEADING_MARKS.test(out[below])) return;
  out[below] = `${out[index].trim()} ${out[below].replace(BULLET, '').trim()}`;
  out[index] = '';
}

/**
 * The topic's row above a "Discussion" label (at `label`) set as a heading, its presenter on the label's line. A row the
 * PDF reader ran onto the last line of the page before ("… 4/6/2022\fTREASURER’S REPORT   PRIYA NAND") is taken off it,
 * the heading set on the blank line under it.
 */
function setTopicAsHeading(out: string[], row: number, label: number): void {
  const pageBreak = out[row].lastIndexOf('\f');
  const { heading, presenter } = topicOf(out[row].slice(pageBreak + 1));
  if (heading === '### ') return;
  let at = row;
  if (pageBreak >= 0) {
    out[row] = out[row].slice(0, pageBreak + 1);
    at = row + 1 < label ? row + 1 : label;
  }
  out[at] = heading;
  if (presenter && at !== label) out[label] = `${out[label]}Presenter: ${presenter}`;
}

/**
 * The lines with the template's labels and action table headings blanked and each topic's row set as a heading (its
 * presenter on the line of the "Discussion" label under it); lines as they were when the document is no such template.
 * The lines keep their number, so what other readers find by a line's index stays where it was.
 */
export function withTemplateTopicsAsHeadings(lines: string[]): string[] {
  if (!followsTemplate(lines)) return lines;
  const out = [...lines];
  let topicTaken = false;
  for (let index = 0; index < out.length; index += 1) {
    const line = out[index];
    const rest = actionHeadingsRest(line);
    if (rest !== null) {
      out[index] = `${blanked(line)}${rest}`;
      topicTaken = false;
      continue;
    }
    if (line.length <= MAX_LINE && TOPICS_HEADING.test(line)) {
      out[index] = blanked(line);
      continue;
    }
    if (line.trim().length <= MAX_LABEL_LENGTH && NAME_OVER_POINTS.test(line)) {
      joinNameToPoint(out, index);
      continue;
    }
    if (!isLabel(line)) continue;
    const first = TEMPLATE_LABEL.exec(line)?.[1].toLowerCase() === 'discussion' || !topicTaken;
    out[index] = blanked(line);
    if (!first) continue;
    let above = index - 1;
    while (above >= 0 && out[above].trim() === '') above -= 1;
    // Under a topic the document heads itself (its presenter's row above the label), the topic is taken all the same.
    topicTaken = true;
    if (above < 0 || isLabel(out[above]) || PRESENTER_ROW.test(out[above])) continue;
    setTopicAsHeading(out, above, index);
  }
  return out;
}
