// `npx tsx bench/folder-census.ts <folder> [--json out.jsonl]`: what the parser finds in a folder of minutes no golden
// test describes (a council's own archive, minutes copied from a public site): how many documents are read, and how
// many give no body, no date, no attendees or no item headings. With no expected values it cannot say what is right,
// only where to look; a change's effect on real documents shows as a change in these counts (compare two --json files).
import fs from 'node:fs';
import path from 'node:path';
import { parseMinutes } from '../indexer/parse';
import { readDocument } from '../indexer/readers';
import { documentsIn } from './documents';
import { markdownTable } from './report';

interface Census {
  file: string;
  error?: string;
  meetings?: number;
  body?: string | null;
  date?: string | null;
  attendees?: number;
  items?: number;
  paragraphs?: number;
  speakers?: number;
  decisions?: number;
  warnings?: number;
}

async function censusOf(file: string): Promise<Census> {
  try {
    const read = await readDocument(fs.readFileSync(file), file, { maxFileBytes: 2 ** 40 });
    const parsed = parseMinutes({ text: read.text, format: read.format, file: path.basename(file), documentId: 'census', pageTitle: read.pageTitle });
    const items = parsed.meetings.flatMap((meeting) => meeting.items);
    const paragraphs = items.flatMap((item) => item.paragraphs);
    return {
      file: path.basename(file),
      meetings: parsed.meetings.length,
      body: parsed.meetings[0]?.body ?? null,
      date: parsed.meetings[0]?.date ?? null,
      attendees: parsed.meetings.reduce((sum, meeting) => sum + meeting.attendees.length, 0),
      items: items.length,
      paragraphs: paragraphs.length,
      speakers: paragraphs.filter((paragraph) => paragraph.speaker !== null).length,
      decisions: paragraphs.filter((paragraph) => paragraph.isDecision).length,
      warnings: (read.warnings?.length ?? 0) + parsed.warnings.length,
    };
  } catch (error) {
    return { file: path.basename(file), error: error instanceof Error ? error.message : String(error) };
  }
}

async function main(): Promise<void> {
  const [folder, ...options] = process.argv.slice(2);
  if (!folder) throw new Error('expected a folder of minutes: npx tsx bench/folder-census.ts <folder> [--json out.jsonl]');
  const files = documentsIn(folder);
  const rows: Census[] = [];
  for (const [index, file] of files.entries()) {
    rows.push(await censusOf(file));
    if ((index + 1) % 100 === 0) console.error(`read ${index + 1}/${files.length}`);
  }
  const jsonAt = options.indexOf('--json');
  if (jsonAt !== -1) fs.writeFileSync(options[jsonAt + 1], rows.map((row) => JSON.stringify(row)).join('\n') + '\n');
  const read = rows.filter((row) => row.error === undefined);
  const lacking = (test: (row: Census) => boolean) => String(read.filter(test).length);
  const total = (key: 'attendees' | 'items' | 'paragraphs' | 'speakers' | 'decisions') => String(read.reduce((sum, row) => sum + (row[key] ?? 0), 0));
  console.log(
    markdownTable(
      ['documents', 'unreadable', 'no body', 'no date', 'no attendees', 'one item or none', 'with warnings', 'attendees', 'items', 'paragraphs', 'with speaker', 'decisions'],
      [[String(rows.length), String(rows.length - read.length), lacking((row) => !row.body), lacking((row) => !row.date), lacking((row) => row.attendees === 0), lacking((row) => (row.items ?? 0) <= 1), lacking((row) => (row.warnings ?? 0) > 0), total('attendees'), total('items'), total('paragraphs'), total('speakers'), total('decisions')]],
    ),
  );
  for (const row of rows.filter((candidate) => candidate.error !== undefined)) console.log(`unreadable: ${row.file}: ${row.error}`);
}

void main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
