// A web page's tables copied as text with each cell closed by a bar: "Chairperson |" over "Glenn Murphy |" over "|"
// (an empty cell) where each cell held a paragraph of its own (a New Zealand local board's or community board's
// InfoCouncil page: the office, name and note columns of its attendance table), or a row of short cells on one line
// ("Chair: | Cllr Brian Butcher |", "Board Members Present: | A and B |"). The bar is no text: each cell is read as a
// line, an empty cell as nothing, a label cell with the value beside it as "Label: value", and a note on how someone
// attended ("Via Microsoft Teams", "From 1.56pm, Item 8.3.") as a note in brackets after the name it stands beside.
// A ModernGov page's table of items ("No. | Item |" over rows ending in their bar) is read as such (layout/table-row-minutes.ts).
import { HEADING_ROW, MINUTES_LABEL } from '../layout/table-row-minutes';

/** Fewer cell lines than this are no such text: a bar ending a line or two is anything. */
const MIN_CELL_LINES = 4;
/** A note cell is short, as is the name cell before it. */
const MAX_NOTE_LENGTH = 60;
/** An office or a body beside a name is no longer than this. */
const MAX_DESCRIPTION_LENGTH = 100;
/** How someone attended or for which part, as a note column puts it: "Via Skype for Business", "From 1.56pm", "Until 2nd adjournment, 12.35pm". */
const NOTE_CELL = /^(?:via|from|until|left|arrived|joined|departed|absent from|present (?:from|until)|attended (?:via|by|from|until|for))\s/i;
/** A name cell: a few capitalised words, honours after a comma ("Greg Moyle, (JP, ED)", "Dr Janet Tupou"). */
const NAME_CELL = /^(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}\p{Lu}[\p{L}'’-]+(?:,\s*\(?[\p{Lu}, ]+\)?)?$/u;
/** An office cell, over the name beside it: "Chairperson", "Deputy Chairperson", "Members", "Councillor", "Governing Body Member". */
const OFFICE_CELL = /^(?:\p{Lu}[\p{L}'’-]*\s+){0,5}(?:Chair(?:man|woman|person)?|Mayor|Members?|Councillors?|Trustees?|Directors?)$/u;
/** The office of a member of the body, which names no office of its own. */
const MEMBER_CELL = /^Members?$/i;
/** Honours after a name's comma set in brackets ("Greg Moyle, (JP, ED)"): read as a name's honours are ("Greg Moyle, JP, ED"). */
const BRACKETED_HONOURS = /,\s*\((\p{Lu}[\p{Lu}, ]*)\)$/u;
/** A label cell before the value on its row: "Chair:", "Parish Councillors:". */
const LABEL_CELL = /^[^|]{1,40}:$/;

/** Whether the line ends with a cell's bar ("Glenn Murphy |", a lone "|"), not a Markdown row ("| a | b |"). */
function endsCell(line: string): boolean {
  // Told by the last character first, without a copy of the line: most lines end in no bar.
  let end = line.length - 1;
  while (end >= 0 && line.charCodeAt(end) === 0x20) end -= 1;
  if (end < 0 || line.charCodeAt(end) !== 0x7c) return false;
  const text = line.trim();
  return text.length === 1 || (text.charCodeAt(0) !== 0x7c && /\s\|$/.test(text));
}

/** A row of cells on one line, its last bar gone: a label cell joined to its value ("Chair: Cllr Brian Butcher"), other cells as printed. */
function rowText(cells: string[]): string {
  return cells.reduce((text, cell) => (text === '' ? cell : `${text}${LABEL_CELL.test(text) ? ' ' : ' | '}${cell}`), '');
}

/** A field's label in a cell of its own, with no colon: "Venue", "Present", "In Attendance". */
const FIELD_CELL = /^(?:(?:Meeting )?Date|Time|Venue|Location|Place|Present|Also Present|In Attendance|Attendees|Apologies|Absent)$/i;

/** A place's label, whose value's lines are one place. */
const PLACE_LABEL = /^(?:Venue|Location|Place):/i;

/** The label's line with its value after it. */
const withValue = (label: string, value: string) => `${label}${label.endsWith(':') ? ' ' : ': '}${value}`;

/**
 * What the last cell put out was: a field's label awaiting its value, a place's lines going on (a venue's cell of several
 * lines), an office over a name to come, a name (its office perhaps with it), or anything else.
 */
type Kind = 'label' | 'place' | 'office' | 'name' | 'holder' | 'other';

/** An office or a body beside a name ("Programme Director – Auckland Transport"): a capitalised phrase, no sentence. */
const isDescriptionCell = (text: string) => text.length <= MAX_DESCRIPTION_LENGTH && /^\p{Lu}/u.test(text) && !/[.:;]$/.test(text) && !OFFICE_CELL.test(text) && !NOTE_CELL.test(text);

/** The cell's line and what it is, after the cell put out before it (`last`, of kind `kind`). */
function readCell(text: string, last: string | undefined, kind: Kind): { line: string; kind: Kind; replacesLast: boolean } {
  // "Meeting Date:" over "Thursday 17 December 2020", "Present" over the names: the label's row, "Label: value".
  if (kind === 'label') return { line: withValue(last!, text), kind: 'other', replacesLast: true };
  if (kind === 'place') return { line: `${last} ${text}`, kind: 'other', replacesLast: true };
  if (LABEL_CELL.test(text) || FIELD_CELL.test(text)) return { line: text, kind: 'label', replacesLast: false };
  if ((kind === 'name' || kind === 'holder') && text.length <= MAX_NOTE_LENGTH && NOTE_CELL.test(text)) {
    return { line: `${last} (${text.replace(/\.$/, '')})`, kind: 'other', replacesLast: true };
  }
  // A name's cell, then what they do or whom they are with, beside it: "Graeme Gunthorp" over "Programme Director, … –
  // Auckland Transport" (or "Auckland Transport" alone: a row holds one name), set as the row's columns are.
  if (kind === 'name' && isDescriptionCell(text)) return { line: `${last}    ${text}`, kind: 'holder', replacesLast: true };
  const isName = text.length <= MAX_NOTE_LENGTH && NAME_CELL.test(text) && !OFFICE_CELL.test(text);
  // The office's cell and the name's, one row: the holder with the office in brackets, as the attendance rules read a
  // person and a role ("Matt Winiata (Deputy Chairperson)"); a member is a member, no office ("Member" over "Ann Lee").
  if (isName && kind === 'office') return { line: MEMBER_CELL.test(last!) ? text : `${text} (${last})`, kind: 'holder', replacesLast: true };
  if (isName) return { line: text, kind: 'name', replacesLast: false };
  return { line: text, kind: OFFICE_CELL.test(text) ? 'office' : 'other', replacesLast: false };
}

/**
 * A line of a cell of several lines (the bar after its last) put out: its first line is the value of the label before
 * it, and a place's lines are one place ("Venue: Large Exhibition Hall War Memorial Centre"). Returns what it was.
 */
function withLineOfCell(out: string[], line: string, kind: Kind): Kind {
  const text = line.trim();
  if (text === '' || (kind !== 'label' && kind !== 'place')) {
    out.push(line);
    return 'other';
  }
  out[out.length - 1] = kind === 'label' ? withValue(out[out.length - 1], text) : `${out[out.length - 1]} ${text}`;
  return PLACE_LABEL.test(out[out.length - 1]) ? 'place' : 'other';
}

/** A ModernGov item table's heading row, or a row's "Minutes:" label: that table's bars end its rows. */
const isModernGovRowLine = (line: string) => (line.includes('|') && HEADING_ROW.test(line)) || (line.includes(':') && MINUTES_LABEL.test(line));

/** `lines` with the bars closing table cells gone; the same array when the text holds no such cells. */
export function withBarEndedCellsRead(lines: string[]): string[] {
  let cellLines = 0;
  for (let index = 0; index < lines.length && cellLines < MIN_CELL_LINES; index += 1) if (endsCell(lines[index])) cellLines += 1;
  if (cellLines < MIN_CELL_LINES || lines.some(isModernGovRowLine)) return lines;
  const out: string[] = [];
  let kind: Kind = 'other';
  for (const line of lines) {
    if (!endsCell(line)) {
      kind = withLineOfCell(out, line, kind);
      continue;
    }
    const cells = line
      .trimEnd()
      .slice(0, -1)
      .split(' | ')
      .map((cell) => cell.trim())
      .filter((cell) => cell !== '');
    // An empty cell: the cell after it is no part of the one before (a row's next column, or the next row).
    if (cells.length === 0) {
      kind = 'other';
      continue;
    }
    const text = rowText(cells).replace(BRACKETED_HONOURS, ', $1');
    if (cells.length > 1) {
      out.push(text);
      kind = 'other';
      continue;
    }
    const read = readCell(text, out[out.length - 1], kind);
    if (read.replacesLast) out[out.length - 1] = read.line;
    else out.push(read.line);
    kind = read.kind;
  }
  return out;
}
