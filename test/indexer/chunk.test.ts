// Chunking: stable ids, long paragraphs split on sentence boundaries, bounded item summaries.
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Meeting, Paragraph } from '../../core/types';
import {
  DEFAULT_ITEM_DECISIONS_CHARS,
  DEFAULT_ITEM_SUMMARY_CHARS,
  DEFAULT_MAX_PARAGRAPH_CHARS,
  chunkMeetings,
  contentHashOf,
  leadingSentences,
  splitOnSentences,
} from '../../indexer/chunk';
import { parseMinutes } from '../../indexer/parse';

const paragraph = (index: number, text: string, extra: Partial<Paragraph> = {}): Paragraph => ({
  index, number: String(index + 1), text, speaker: null, isDecision: false, isTruncated: false, ...extra,
});

function meetingWith(paragraphs: Paragraph[], decisions: string[] = []): Meeting {
  return {
    id: '2017-07-20-abcdef0123',
    body: 'Kent and Medway Police and Crime Panel',
    date: '2017-07-20',
    title: 'Minutes',
    venue: null,
    attendees: [],
    source: { documentId: 'doc', file: '/corpus/a.txt', format: 'text', url: null },
    items: [{ index: 0, number: '224', title: 'Election of Chairman', paragraphs, decisions }],
  };
}

const sentence = (n: number) => `Sentence number ${n} explains what the Commissioner said about the budget in some detail.`;
const longText = Array.from({ length: 40 }, (_, n) => sentence(n)).join(' ');

it('gives the same chunks, ids and hashes for the same corpus document on every run', async () => {
  const file = path.join(__dirname, '..', '..', 'corpus', 'kent-medway-pcp-2023-10-17-minutes.txt');
  const text = await fs.readFile(file, 'utf8');
  const run = () => chunkMeetings(parseMinutes({ text, format: 'text', file, documentId: 'doc-a' }).meetings);
  const [first, second] = [run(), run()];
  expect(second).toEqual(first);
  expect(new Set(first.map((chunk) => chunk.id)).size).toBe(first.length);
  const meetingId = first[0].meetingId;
  expect(first.map((chunk) => chunk.id)).toContain(`${meetingId}-i3-item`);
  expect(first.map((chunk) => chunk.id)).toContain(`${meetingId}-i3-p13`);
  const truncated = first.find((chunk) => chunk.id === `${meetingId}-i3-p13`)!;
  expect(truncated).toMatchObject({ kind: 'paragraph', itemNumber: '103', paragraphNumber: '2.c.4', isTruncated: true, year: 2023, duplicateOf: null });
});

it('keeps one chunk per short paragraph, carrying speaker, decision flag and the meeting fields', () => {
  const chunks = chunkMeetings([meetingWith([paragraph(0, 'The Chair opened the meeting.', { speaker: 'The Chair' }), paragraph(1, 'RESOLVED that Mr Hill be elected.', { isDecision: true, number: null })], ['RESOLVED that Mr Hill be elected.'])]);
  expect(chunks.map((chunk) => [chunk.id, chunk.kind, chunk.speaker, chunk.isDecision])).toEqual([
    ['2017-07-20-abcdef0123-i0-item', 'item', null, false],
    ['2017-07-20-abcdef0123-i0-p0', 'paragraph', 'The Chair', false],
    ['2017-07-20-abcdef0123-i0-p1', 'paragraph', null, true],
  ]);
  expect(chunks[1]).toMatchObject({ body: 'Kent and Medway Police and Crime Panel', year: 2017, itemTitle: 'Election of Chairman', part: 0, sourceFile: '/corpus/a.txt' });
  expect(chunks[0].text).toBe('Election of Chairman\nThe Chair opened the meeting.\nRESOLVED that Mr Hill be elected.');
});

it('splits a long paragraph on sentence boundaries into parts within the bound', () => {
  const chunks = chunkMeetings([meetingWith([paragraph(0, longText)])]).filter((chunk) => chunk.kind === 'paragraph');
  expect(chunks.length).toBeGreaterThan(1);
  expect(chunks.map((chunk) => chunk.id)).toEqual(chunks.map((_, part) => `2017-07-20-abcdef0123-i0-p0-s${part}`));
  for (const chunk of chunks) {
    expect(chunk.text.length).toBeLessThanOrEqual(DEFAULT_MAX_PARAGRAPH_CHARS);
    expect(chunk.text).toMatch(/^Sentence number \d+ .*budget in some detail\.$/);
  }
  expect(chunks.map((chunk) => chunk.text).join(' ')).toBe(longText);
});

it('splits a single over-long sentence at word boundaries, never inside a word', () => {
  const words = Array.from({ length: 500 }, (_, n) => `word${n}`);
  const parts = splitOnSentences(words.join(' '), 200);
  expect(parts.every((part) => part.length <= 200)).toBe(true);
  expect(parts.join(' ').split(' ')).toEqual(words);
});

it('bounds the item chunk: title, a summary cut at a sentence end, and the decisions', () => {
  const decision = `RESOLVED that ${'the report be noted and '.repeat(60)}thanks given.`;
  const [item] = chunkMeetings([meetingWith([paragraph(0, longText), paragraph(1, decision, { isDecision: true })], [decision])]);
  const [title, summary, decisions] = item.text.split('\n');
  expect(title).toBe('Election of Chairman');
  expect(summary.length).toBeLessThanOrEqual(DEFAULT_ITEM_SUMMARY_CHARS);
  expect(summary).toMatch(/detail\.$/);
  expect(decisions.length).toBeLessThanOrEqual(DEFAULT_ITEM_DECISIONS_CHARS);
  expect(decisions.startsWith('RESOLVED that the report be noted')).toBe(true);
  expect(decisions.endsWith('…')).toBe(true);
});

it('cuts a summary whose first sentence runs on through a whole long item at a word, with an ellipsis', () => {
  const words = Array.from({ length: 100_000 }, (_, n) => `word${n}`);
  const summary = leadingSentences(words.join('  '), DEFAULT_ITEM_SUMMARY_CHARS);
  expect(summary.length).toBeLessThanOrEqual(DEFAULT_ITEM_SUMMARY_CHARS);
  expect(summary.endsWith('…')).toBe(true);
  const kept = summary.slice(0, -1).split(' ');
  expect(kept).toEqual(words.slice(0, kept.length));
  expect(`${summary.slice(0, -1)} ${words[kept.length]}`.length).toBeGreaterThan(DEFAULT_ITEM_SUMMARY_CHARS - 1);
});

it('hashes whitespace- and case-normalised text', () => {
  expect(contentHashOf('The  Chair\nspoke.')).toBe(contentHashOf('the chair spoke.'));
  expect(contentHashOf('The Chair spoke.')).not.toBe(contentHashOf('The Chair spoke!'));
});
