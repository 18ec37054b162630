// `npx tsx bench/text-kept.ts [folder…] [--failures] [--json out.jsonl]`: how much of each document's text reaches the
// index. The indexer must lose no word a user could search for: every word of the reader's text that is not page
// furniture should land in a paragraph, an item's title or number, a meeting's header fields or an attendee. No golden
// file says where each word belongs, but whether it landed anywhere can be measured, and a line that landed nowhere is
// either furniture or a bug. Defaults to corpus/ and test/fixtures/layouts.
//
// A word counts as kept when a run of three words around it (as printed on its line) occurs in some output field, or
// when it makes up, alone or with its neighbour, a whole short field (an attendee's name, a role, a body); a line of one
// or two words is kept when its words occur together in any field. Runs, not single words, so that a dropped line of
// common words does not pass for kept. The meeting's date and time are stored normalised, so their printed forms (day,
// month's name, weekday, year, hour) count as short fields. A lost word of a line that the furniture rules remove before
// parsing (page numbers, running headers, a web page's menus, a contents list, a covering letter), that
// furniture-lines.ts drops or that is ModernGov's chrome (moderngov.ts), and the size of a linked paper after an item's
// title ("pdf icon PDF 120 KB"), are counted apart, as furniture: listed for reading, not hidden.
import fs from 'node:fs';
import path from 'node:path';
import { parseMinutes } from '../indexer/parse';
import { removePageFurniture } from '../indexer/parse/page/furniture';
import { withoutFurniture } from '../indexer/parse/page/furniture-lines';
import { splitPageChrome } from '../indexer/parse/page/page-chrome';
import { withoutPackStamp } from '../indexer/parse/page/pack-stamps';
import { withoutDocumentViewerLead } from '../indexer/parse/page/document-viewer';
import { withoutCoveringLetter } from '../indexer/parse/page/covering-letter';
import { withoutContentsList } from '../indexer/parse/page/contents-list';
import { ATTACHMENT, PAGE_CHROME } from '../indexer/parse/layout/moderngov';
import { readDocument } from '../indexer/readers';
import { documentsIn } from './documents';
import { readSidecar } from '../indexer/sidecar';
import type { Meeting, ParsedDocument } from '../core/types';
import { markdownTable } from './report';

const DEFAULT_FOLDERS = ['corpus', 'test/fixtures/layouts'];
const LOSS_THRESHOLDS = [0.05, 0.2];
const SAMPLE_LINES = 12;

interface LostLine {
  line: string;
  furniture: boolean;
}

interface Measure {
  file: string;
  error?: string;
  meetings: number;
  words: number;
  kept: number;
  furniture: number;
  lostLines: LostLine[];
}

const WORD = /[\p{L}\p{N}]+/gu;
const INVISIBLE = /\u00ad|\u200b|\u200c|\u200d|\u2060|\ufeff/g;

/**
 * Words no one searches minutes for, counted neither kept nor lost: function words, honorifics (the parser stores
 * "Cllrs T Abbey (Chairman)" as "Cllr T Abbey", role "Chair") and the labels of a header's fields.
 */
const UNSEARCHED = new Set(
  (
    'a an the of and or to in on at by for with from as is was be been are were that this it its which who ' +
    'cllr cllrs councillor councillors cr crs mr mrs ms miss dr rev revd prof sir dame lord lady mayor chairman chairwoman chair ' +
    'present attendance apologies absent also members member officers officer public resolved agreed noted held minutes meeting'
  ).split(' '),
);

/** A field's label opening a line ("Decision status:", "Present:"): words of structure, not of the minutes. */
const LINE_LABEL = /^[\s#*>_-]*(?:[\p{L}\p{N}'’.]+\s*){1,3}:/u;

function wordsOf(text: string): string[] {
  return text.normalize('NFKC').replace(INVISIBLE, '').toLowerCase().match(WORD) ?? [];
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

function ordinal(day: number): string {
  const suffix = day % 10 === 1 && day !== 11 ? 'st' : day % 10 === 2 && day !== 12 ? 'nd' : day % 10 === 3 && day !== 13 ? 'rd' : 'th';
  return `${day}${suffix}`;
}

/** The words a printed date or time may be written in, for a meeting's normalised date ("2025-05-12") and time ("19:00"). */
function dateWords(date: string | null, time: string | null | undefined): string[] {
  const words: string[] = [];
  const ymd = date ? /^(\d{4})-(\d{2})-(\d{2})/.exec(date) : null;
  if (ymd) {
    const [year, month, day] = [Number(ymd[1]), Number(ymd[2]), Number(ymd[3])];
    const monthName = MONTHS[month - 1] ?? '';
    const weekday = WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()];
    words.push(ymd[1], ymd[1].slice(2), ymd[2], String(month), ymd[3], String(day), ordinal(day), monthName, monthName.slice(0, 3), monthName.slice(0, 4), weekday, weekday.slice(0, 3));
  }
  const hm = time ? /^(\d{1,2}):(\d{2})/.exec(time) : null;
  if (hm) {
    const hour = Number(hm[1]);
    words.push(String(hour), hm[1], String(hour % 12 === 0 ? 12 : hour % 12), hm[2], ...(hour < 12 ? ['am', 'a', 'm'] : ['pm', 'p', 'm']), `${hour % 12 === 0 ? 12 : hour % 12}pm`, `${hour % 12 === 0 ? 12 : hour % 12}am`);
  }
  return words;
}

/** Every output field's text: what the index holds for a meeting. */
function fieldsOf(meeting: Meeting): string[] {
  const fields = [meeting.body, meeting.venue, meeting.title, meeting.time ?? null];
  for (const attendee of meeting.attendees) fields.push(attendee.name, attendee.role);
  for (const item of meeting.items) {
    fields.push(item.number, item.title, ...item.decisions);
    for (const paragraph of item.paragraphs) fields.push(paragraph.text, paragraph.number, paragraph.speaker);
  }
  return fields.filter((field): field is string => field !== null && field !== '');
}

interface OutputRuns {
  runs: Set<string>;
  shortFields: Set<string>;
  singles: Set<string>;
}

function outputRuns(parsed: ParsedDocument): OutputRuns {
  const runs = new Set<string>();
  const shortFields = new Set<string>();
  const singles = new Set<string>();
  for (const meeting of parsed.meetings) {
    for (const word of dateWords(meeting.date, meeting.time)) shortFields.add(word);
    // A person's name and office are stored re-ordered and re-spelt ("Cllr T Abbey", role "Chair"): each word counts.
    for (const attendee of meeting.attendees) for (const word of wordsOf(`${attendee.name} ${attendee.role ?? ''}`)) shortFields.add(word);
    for (const field of fieldsOf(meeting)) {
      const words = wordsOf(field);
      if (words.length <= 2) shortFields.add(words.join(' '));
      for (let at = 0; at < words.length; at += 1) {
        runs.add(words.slice(at, at + 3).join(' '));
        runs.add(words.slice(at, at + 2).join(' '));
        singles.add(words[at]);
      }
    }
  }
  return { runs, shortFields, singles };
}

/** Which of a line's words reached the output (see the file's opening comment). */
function keptWords(words: string[], output: OutputRuns): boolean[] {
  const whole = words.length <= 2 && (output.runs.has(words.join(' ')) || output.shortFields.has(words.join(' ')));
  const kept = words.map((word) => whole || output.shortFields.has(word));
  for (let at = 0; at + 3 <= words.length; at += 1) {
    if (output.runs.has(words.slice(at, at + 3).join(' '))) kept[at] = kept[at + 1] = kept[at + 2] = true;
  }
  for (let at = 0; at + 2 <= words.length; at += 1) {
    if (output.shortFields.has(`${words[at]} ${words[at + 1]}`)) kept[at] = kept[at + 1] = true;
  }
  return kept;
}

/** The lines the parser removes on purpose before reading the minutes (same order as parseMinutes), as a count per trimmed text. */
function furnitureStageSurvivors(text: string, format: string): Map<string, number> {
  const lines = text.split('\n');
  const survivors = splitPageChrome(withoutDocumentViewerLead(withoutPackStamp(withoutCoveringLetter(removePageFurniture(text, lines, format === 'pdf'))))).lines;
  const counts = new Map<string, number>();
  for (const line of withoutContentsList(survivors)) counts.set(line.trim(), (counts.get(line.trim()) ?? 0) + 1);
  return counts;
}

async function measure(file: string): Promise<Measure> {
  const empty = { file: path.basename(file), meetings: 0, words: 0, kept: 0, furniture: 0, lostLines: [] };
  try {
    const read = await readDocument(fs.readFileSync(file), file, { maxFileBytes: 2 ** 40 });
    const sidecar = await readSidecar(file).catch(() => undefined);
    const parsed = parseMinutes({ text: read.text, format: read.format, file: path.basename(file), documentId: 'kept', sidecar, pageTitle: read.pageTitle });
    const output = outputRuns(parsed);
    const text = read.text.replace(/\r\n?/g, '\n');
    const survivors = furnitureStageSurvivors(text, read.format);
    const lines = text.split('\n');
    const result: Measure = { ...empty, meetings: parsed.meetings.length };
    for (const [index, line] of lines.entries()) {
      const words = wordsOf(line);
      if (words.length === 0) continue;
      const kept = keptWords(words, output);
      const label = LINE_LABEL.exec(line);
      const labelWords = label ? wordsOf(label[0]).length : 0;
      const counted = words.map((word, at) => at >= labelWords && !UNSEARCHED.has(word));
      // A word broken over two lines by a hyphen ("recom-" / "mendation") is kept whole.
      const next = wordsOf(lines[index + 1] ?? '');
      if (!kept[words.length - 1] && /-\s*$/.test(line) && next.length > 0 && output.singles.has(words[words.length - 1] + next[0])) kept[words.length - 1] = true;
      const previous = wordsOf(lines[index - 1] ?? '');
      if (!kept[0] && previous.length > 0 && /-\s*$/.test(lines[index - 1]) && output.singles.has(previous[previous.length - 1] + words[0])) kept[0] = true;
      const countedWords = counted.filter(Boolean).length;
      const lost = kept.filter((word, at) => !word && counted[at]).length;
      result.words += countedWords;
      result.kept += countedWords - lost;
      if (lost === 0) continue;
      const trimmed = line.trim();
      const surviving = survivors.get(trimmed) ?? 0;
      if (surviving > 0) survivors.set(trimmed, surviving - 1);
      const furniture = surviving === 0 || withoutFurniture([line])[0] === '' || PAGE_CHROME.test(trimmed);
      // "Minutes of the last meeting pdf icon PDF 120 KB": the link's size, which the item's title leaves out.
      const attachment = furniture ? null : ATTACHMENT.exec(trimmed);
      const attachmentWords = attachment ? wordsOf(attachment[0]).length : 0;
      const attachmentLost = kept.slice(words.length - attachmentWords).filter((word, at) => !word && counted[words.length - attachmentWords + at]).length;
      result.furniture += furniture ? lost : attachmentLost;
      if ((lost - attachmentLost) * 2 > countedWords - attachmentLost) result.lostLines.push({ line: trimmed, furniture });
    }
    return result;
  } catch (error) {
    return { ...empty, error: error instanceof Error ? error.message : String(error) };
  }
}

/** The share of a document's words lost to no furniture rule. */
function lostShare(row: Measure): number {
  return row.words === 0 ? 0 : (row.words - row.kept - row.furniture) / row.words;
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '-' : `${((100 * part) / whole).toFixed(2)}%`;
}

async function measureFolder(folder: string): Promise<Measure[]> {
  const rows: Measure[] = [];
  for (const file of documentsIn(folder)) rows.push(await measure(file));
  return rows;
}

function printFailures(rows: Measure[]): void {
  const failing = rows.filter((row) => row.error !== undefined || lostShare(row) > LOSS_THRESHOLDS[0]).sort((a, b) => lostShare(b) - lostShare(a));
  for (const row of failing) {
    if (row.error !== undefined) {
      console.log(`\n### ${row.file}: unreadable: ${row.error}`);
      continue;
    }
    console.log(`\n### ${row.file}: lost ${percent(row.words - row.kept - row.furniture, row.words)} of ${row.words} words (furniture ${percent(row.furniture, row.words)}), ${row.meetings} meeting(s)`);
    for (const lost of row.lostLines.filter((line) => !line.furniture).slice(0, SAMPLE_LINES)) console.log(`  - ${lost.line.slice(0, 160)}`);
    const furniture = row.lostLines.filter((line) => line.furniture);
    if (furniture.length > 0) console.log(`  furniture: ${furniture.slice(0, 4).map((lost) => JSON.stringify(lost.line.slice(0, 60))).join(' ')}`);
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const jsonAt = args.indexOf('--json');
  const jsonFile = jsonAt === -1 ? null : args[jsonAt + 1];
  const folders = args.filter((arg, index) => !arg.startsWith('--') && (jsonAt === -1 || index !== jsonAt + 1));
  const table: string[][] = [];
  const all: Measure[] = [];
  for (const folder of folders.length > 0 ? folders : DEFAULT_FOLDERS) {
    const rows = await measureFolder(folder);
    all.push(...rows.map((row) => ({ ...row, file: path.join(folder, row.file) })));
    const read = rows.filter((row) => row.error === undefined);
    const words = read.reduce((sum, row) => sum + row.words, 0);
    const kept = read.reduce((sum, row) => sum + row.kept, 0);
    const furniture = read.reduce((sum, row) => sum + row.furniture, 0);
    const over = LOSS_THRESHOLDS.map((threshold) => String(read.filter((row) => lostShare(row) > threshold).length));
    table.push([folder, String(rows.length), String(rows.length - read.length), String(words), percent(kept, words), percent(furniture, words), percent(kept + furniture, words), ...over]);
    if (args.includes('--failures')) {
      console.log(`\n## ${folder}`);
      printFailures(rows);
    }
  }
  console.log(markdownTable(['folder', 'documents', 'unreadable', 'words', 'kept', 'furniture', 'kept + furniture', 'losing > 5%', 'losing > 20%'], table));
  if (jsonFile) fs.writeFileSync(jsonFile, all.map((row) => JSON.stringify({ file: row.file, error: row.error, words: row.words, kept: row.kept, furniture: row.furniture, lost: row.words - row.kept - row.furniture })).join('\n') + '\n');
}

void main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
