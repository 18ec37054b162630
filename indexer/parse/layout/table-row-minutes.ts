// A ModernGov meeting page copied as a table of two columns ("No. | Item |"), its number column lost: each row holds the
// item's title, the agenda's description of it and its minutes after a "Minutes:" label, run together on the row's
// first line ("Public Participation To receive questions from … Minutes: There were no questions."), and the row ends
// with its cell's bar (" |", or a bar alone on the next line). Each row is an item: its title, then its paragraphs.
import { SUBJECT_OPENERS } from '../items/run-on-title-case';
import type { DraftItem } from '../types';
import { lastContentCharacter } from '../patterns';

/**
 * The table's heading row, and the row of dashes a Markdown table has under it; a page printing a column for its media
 * links has a further empty cell ("No. | Item | |", "---|---|---|").
 */
export const HEADING_ROW = /^\s*(?:No\.?\s*\|\s*Item\s*\|(?:\s*\|)*|-{3}\|(?:-{3}\|)+)\s*$/i;
/** "… Minutes: There were none." and "Decision: It was resolved …": the labels that end the agenda's part of a row. */
export const MINUTES_LABEL = /(?:^|\s)(?:Minutes|Decision|Additional documents):(?=\s|$)/;
/**
 * "… be approved. |": a row's end (a Markdown table's rows, "| 3 | Budget |", start with their bar too); bars alone ("|",
 * "||") are the empty cells that end a row.
 */
const ROW_END = /^(?!\s*\|\s*\S).*\s\|\s*$|^\s*\|+\s*$/;
/** Whether a line ends a row: told by its last character first, as the pattern reads the whole line back from its end. */
const isRowEnd = (line: string) => lastContentCharacter(line) === '|' && ROW_END.test(line);
const BARS_ALONE = /^\s*\|+\s*$/;
/** "Additional documents: Minutes:": the labels before a row's minutes, which are no part of them. */
const LEADING_LABELS = /^(?:Additional documents:\s*)?(?:Minutes:\s*)?/;
/** Fewer rows than this are no such table. */
const MIN_ROWS = 2;
/** "PDF 54 KB": the link to the item's papers, printed after its title. */
const ATTACHMENT = /\s+(?:pdf icon\s+)?PDF\s+[\d.]+\s*[KMG]B\b/i;
/** "To receive …", "To approve …": the agenda's description of an item opens with what the meeting is asked to do. */
const TO_VERB = /\s(?=To\s\p{Ll})/u;

/**
 * Where the agenda's description starts in a row's text before its label: at "To <verb>" or at a sentence's subject ("The
 * draft minutes …", "Members are reminded …"), whichever comes first after the title's first word; the text's end if neither.
 */
function descriptionStart(text: string): number {
  const toVerb = TO_VERB.exec(text)?.index ?? text.length;
  const subject = /\s(\p{Lu}\p{Ll}*)\s+\p{Ll}/gu;
  for (let match = subject.exec(text); match !== null && match.index < toVerb; match = subject.exec(text)) {
    if (SUBJECT_OPENERS.has(match[1].toLowerCase())) return match.index;
    subject.lastIndex = match.index + 1;
  }
  return toVerb;
}

/**
 * "Decision: None. Minutes: None.": an "Agenda, decisions and minutes" page's row gives the decision, then the minutes;
 * each its own paragraph, the label before the minutes no part of them.
 */
const MINUTES_AFTER_DECISION = /\sMinutes:\s+(?=\S)/;

function withMinutesApart(part: string): string[] {
  // Found by a search for the label, not by a pattern reading the decision up to it (which tried each run of white space
  // at every split).
  const label = part.startsWith('Decision:') ? MINUTES_AFTER_DECISION.exec(part) : null;
  return label ? [part.slice(0, label.index), part.slice(label.index + label[0].length)] : [part];
}

/** A row's first line as its title ('' when it has none) and its paragraphs: the agenda's description, the minutes after the label. */
function rowStart(line: string): string[] {
  const label = MINUTES_LABEL.exec(line);
  const agenda = (label ? line.slice(0, label.index) : line).trim();
  const minutes = label ? line.slice(label.index).trim().replace(LEADING_LABELS, '') : '';
  const attachment = ATTACHMENT.exec(agenda);
  const end = attachment?.index ?? descriptionStart(agenda);
  const title = agenda.slice(0, end).trim();
  const description = agenda.slice(attachment ? attachment.index + attachment[0].length : end).trim();
  return [title, ...[description, ...withMinutesApart(minutes)].filter((part) => part !== '').flatMap((part) => [part, ''])];
}

/**
 * Whether `lines` hold such a table: two rows ended by their bar, or the table's heading row ("No. | Item |") where the
 * copy dropped every row's bar, and two of the labels that end a row's agenda part.
 */
export function holdsTableRowMinutes(lines: string[]): boolean {
  let rows = 0;
  let labels = 0;
  let headingRow = false;
  for (const line of lines) {
    if (line.includes('|')) {
      if (isRowEnd(line)) rows += 1;
      headingRow ||= HEADING_ROW.test(line) && !line.includes('---');
    }
    if (line.includes(':') && MINUTES_LABEL.test(line)) labels += 1;
    if ((rows >= MIN_ROWS || headingRow) && labels >= MIN_ROWS) return true;
  }
  return false;
}

/** "Minutes: …", "Decision: …": a line opening with the label, the minutes of the row its line above started. */
const opensWithLabel = (line: string | undefined) => line !== undefined && /^\s*(?:Minutes|Decision):/.test(line);

/**
 * The table's rows as items, and where the page's header above the table ends. A row starts under the heading row or a
 * row's end (the first line starts one when the copy begins inside the table, as does the first line whose agenda part
 * runs on into a label when the copy lost the heading row); where the copy dropped a row's bar, a line
 * after the row's minutes starts the next row when its agenda part runs on into a label, or the next line opens with one.
 */
export function tableRowItems(lines: string[]): { headerEnd: number; items: DraftItem[] } {
  const items: DraftItem[] = [];
  let startsRow = MINUTES_LABEL.test(lines[0] ?? '') || opensWithLabel(lines[1]);
  let inMinutes = false;
  let headerEnd = -1;
  lines.forEach((line, index) => {
    const endsRow = isRowEnd(line);
    const text = endsRow ? (BARS_ALONE.test(line) ? '' : line.replace(/\s*\|\s*$/, '')) : line;
    const label = text.includes(':') ? MINUTES_LABEL.exec(text) : null;
    if (HEADING_ROW.test(line)) {
      if (headerEnd === -1) headerEnd = index;
      startsRow = true;
      return;
    }
    if (text.trim() === '') {
      items.at(-1)?.lines.push('');
    } else if (startsRow || ((inMinutes || items.length === 0) && label !== null && label.index > 0) || (inMinutes && opensWithLabel(lines[index + 1]))) {
      if (headerEnd === -1) headerEnd = index;
      const [title, ...paragraphs] = rowStart(text);
      // A row whose title cell is empty goes on with the item above ("Minutes: There were no items under this heading.").
      if (title !== '' || items.length === 0) items.push({ number: null, title, lines: [] });
      items[items.length - 1].lines.push(...paragraphs);
      inMinutes = label !== null;
    } else {
      // "c) Cancelled. Minutes: 4.1 The Committee …": the agenda's last line, then the row's minutes.
      const parts = label === null ? [text] : [text.slice(0, label.index), ...withMinutesApart(text.slice(label.index).trim().replace(LEADING_LABELS, ''))];
      items.at(-1)?.lines.push(...parts.filter((part) => part.trim() !== '').flatMap((part) => [part, '']));
      inMinutes ||= label !== null;
    }
    startsRow = endsRow;
  });
  return { headerEnd: headerEnd === -1 ? lines.length : headerEnd, items: items.filter((item) => item.title !== '') };
}
