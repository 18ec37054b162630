// An attendance register kept over a year, as school governing bodies print it: one row a member, the name first in
// capitals, then cells (the kind of governor, the end of their term), then a mark for each meeting so far in its own
// column ("HEATHER POUSTIE   Headteacher   Ex-officio   P   P   S"), over a key setting two marks a line
// ("P – Present      S – Sanctioned"). The rightmost column is this meeting's: each member marked in it is set on a line
// of their own under the label the key gives the mark, as marked-register.ts sets a register marked before its names;
// a member with no mark in it (resigned, or not yet appointed) was not there, and is left out.
import { readableName } from '../header/meeting-fields';

/** "P – Present", "S – Sanctioned", "L – Late arrival": a mark and the attendance it stands for, one or two a line. */
const KEY_PAIR = /(?:^\s*|\s{2,})([A-Z])\s*[–—-]\s*(Present|Absent|Apologies|Sanctioned|Excused|Late(?:\s+arrival)?)\b/g;
/** A key line holds nothing but its pairs. */
const KEY_LINE = /^\s*[A-Z]\s*[–—-]\s*(?:Present|Absent|Apologies|Sanctioned|Excused|Late(?:\s+arrival)?)\b(?:\s{2,}[A-Z]\s*[–—-]\s*\p{L}+(?:\s\p{L}+)?)*\s*$/u;
/** "HEATHER POUSTIE   …", "Kay Dicken   …": a member's name (two to four capitalised words), then the row's cells after a gap. */
const ROW = /^\s*(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’.-]*){1,3})\s{2,}(\S.*)$/u;
/** A cell holding one capital letter, a mark, with where it stands on the line. */
const MARK_CELL = /(?<=\s)[A-Z](?=\s|$)/g;
/** How far above its key a register may start, and how many lines a key may take. */
const REGISTER_REACH = 60;
const MAX_KEY_LINES = 3;
/** Only a header's register is looked for. */
const HEADER_LINES = 200;
/** Fewer marked rows than this are no register. */
const MIN_ROWS = 3;
/** "VACANT": a seat with no member. */
const NO_MEMBER = /^(?:VACANT|VACANCY)\b/;

type Labels = Map<string, string>;

function labelOfKey(word: string): string {
  const lower = word.toLowerCase();
  if (lower === 'absent') return 'Absent';
  return lower === 'sanctioned' || lower === 'apologies' || lower === 'excused' ? 'Apologies' : 'Present';
}

/** The key's labels from `index` on, and the lines it takes; null when `lines[index]` is no key line. */
function keyAt(lines: string[], index: number): { labels: Labels; end: number } | null {
  const labels: Labels = new Map();
  let end = index;
  for (let at = index; at < lines.length && at < index + MAX_KEY_LINES * 2; at += 1) {
    if (lines[at].trim() === '') continue;
    if (!KEY_LINE.test(lines[at])) break;
    for (const pair of lines[at].matchAll(KEY_PAIR)) labels.set(pair[1], labelOfKey(pair[2]));
    end = at + 1;
  }
  return labels.size >= 2 ? { labels, end } : null;
}

interface Row {
  index: number;
  name: string;
  /** Each mark of the key in the row's cells, with the column it starts at. */
  marks: { mark: string; column: number }[];
}

/** The register's rows above the key at `keyIndex`. */
function rowsAbove(lines: string[], keyIndex: number, labels: Labels): Row[] {
  const rows: Row[] = [];
  for (let index = keyIndex - 1; index >= 0 && keyIndex - index <= REGISTER_REACH; index -= 1) {
    const row = ROW.exec(lines[index]);
    if (!row) continue;
    // The cells read with the gap before them, so that a mark in the first cell stands after white space as the others do.
    const cellsAt = lines[index].length - row[2].length - 1;
    const marks = [...` ${row[2]}`.matchAll(MARK_CELL)].filter((cell) => labels.has(cell[0])).map((cell) => ({ mark: cell[0], column: cellsAt + cell.index }));
    rows.unshift({ index, name: row[1], marks });
  }
  return rows;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * Whether a mark at a column stands in this meeting's: nearer the rightmost column than the one before it, as the rows
 * marked at every meeting so far set them. A PDF's text sets a row's cells some spaces to the left or right of the row
 * above (each name's width is guessed), as far as half a column's width: only the rows' own marks say where a column is.
 */
function thisMeetingColumn(rows: Row[], meetings: number): (column: number) => boolean {
  const full = rows.filter((row) => row.marks.length === meetings);
  const last = median(full.map((row) => row.marks[meetings - 1].column));
  const before = meetings > 1 ? median(full.map((row) => row.marks[meetings - 2].column)) : -Infinity;
  return (column) => Math.abs(column - last) <= Math.abs(column - before);
}

/** "GOVERNOR ATTENDANCE", "Attendance register": the register's caption, which no item heads. */
const CAPTION = /^\s*(?:\*\*)?(?:\p{L}+\s+)?(?:attendance|register)(?:\s+\p{L}+)?(?:\*\*)?\s*$/iu;
/** How far above the register's first row its caption may stand, over the columns' headings ("Type  End of Term  Date"). */
const CAPTION_REACH = 6;

/** `lines` with the register's caption and the columns' headings under it blanked, when a caption stands above the first row. */
function withoutCaption(lines: string[], firstRow: number): void {
  for (let at = firstRow - 1; at >= 0 && firstRow - at <= CAPTION_REACH; at -= 1) {
    if (!CAPTION.test(lines[at])) continue;
    for (let heading = at; heading < firstRow; heading += 1) lines[heading] = '';
    return;
  }
}

/** `lines` with a name-first register over its key rewritten as labelled lines, one member a line; the same array when there is none. */
export function withColumnRegisterAsLabels(lines: string[]): string[] {
  const limit = Math.min(lines.length, HEADER_LINES);
  for (let index = 1; index < limit; index += 1) {
    // Most lines are let go on their length and the key's dash: a key line is short and dashes its first mark.
    const line = lines[index];
    if (line.length > 120 || !(line.includes('–') || line.includes('-')) || !KEY_LINE.test(line)) continue;
    const key = keyAt(lines, index);
    if (!key) continue;
    const listed = rowsAbove(lines, index, key.labels);
    const rows = listed.filter((row) => row.marks.length > 0);
    if (rows.length < MIN_ROWS) continue;
    // A row marked at every meeting so far is marked at this one; a shorter row's last mark is placed by its column.
    const meetings = Math.max(...rows.map((row) => row.marks.length));
    const inThisMeeting = thisMeetingColumn(rows, meetings);
    const result = [...lines];
    for (const row of listed) {
      if (row.marks.length === 0) {
        result[row.index] = '';
        continue;
      }
      const last = row.marks[row.marks.length - 1];
      const attended = row.marks.length === meetings || inThisMeeting(last.column);
      result[row.index] = attended && !NO_MEMBER.test(row.name) ? `${key.labels.get(last.mark)}: ${readableName(row.name)}` : '';
    }
    for (let at = index; at < key.end; at += 1) result[at] = '';
    withoutCaption(result, rows[0].index);
    return result;
  }
  return lines;
}
