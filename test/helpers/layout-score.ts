// Compares what the reader and parser made of a layout fixture with its golden expectations, category by
// category; the layout tests assert on it and bench/layouts-score.ts counts it. Pure: no I/O.
import type { Meeting, Paragraph, ParsedDocument, SourceFormat } from '../../core/types';
import type { LayoutExpectation, MeetingExpectation } from './layout-fixtures';

export const LAYOUT_CATEGORIES = ['format', 'meetings', 'body', 'date', 'items', 'attendees', 'speakers', 'decisions', 'paragraphs', 'warnings'] as const;
export type LayoutCategory = (typeof LAYOUT_CATEGORIES)[number];

export interface CategoryScore {
  category: LayoutCategory;
  /** How many expected values the category holds. */
  expected: number;
  /** How many of them came out right. */
  correct: number;
  /** One line per wrong value: what was expected and what came out. */
  failures: string[];
}

/** What reading and parsing gave, or the error that stopped them. */
export interface LayoutOutcome {
  format: SourceFormat | null;
  parsed: ParsedDocument | null;
  error: string | null;
}

/** Case-insensitive, whitespace-normalised form used for every comparison. */
export function normalise(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
}

const same = (expected: string | null | undefined, got: string | null | undefined) => normalise(expected) === normalise(got);
const show = (value: unknown) => JSON.stringify(value);

const paragraphsOf = (meeting: Meeting): Paragraph[] => meeting.items.flatMap((item) => item.paragraphs);

/** Checks each expected value; `describe` says what was found instead when it is wrong, or returns null when right. */
function scoreValues<T>(category: LayoutCategory, values: T[], describe: (value: T) => string | null): CategoryScore {
  const failures = values.flatMap((value) => {
    const failure = describe(value);
    return failure === null ? [] : [failure];
  });
  return { category, expected: values.length, correct: values.length - failures.length, failures };
}

/** Expected items found in order (a longest common subsequence), so one missing item does not fail every later one. */
function itemsInOrder(expected: { number: string | null; title: string }[], meeting: Meeting): boolean[] {
  const matches = (wanted: { number: string | null; title: string }, index: number) =>
    same(wanted.number, meeting.items[index].number) && same(wanted.title, meeting.items[index].title);
  const rows = expected.length;
  const columns = meeting.items.length;
  const table = Array.from({ length: rows + 1 }, () => new Array<number>(columns + 1).fill(0));
  for (let row = rows - 1; row >= 0; row -= 1) {
    for (let column = columns - 1; column >= 0; column -= 1) {
      table[row][column] = matches(expected[row], column) ? table[row + 1][column + 1] + 1 : Math.max(table[row + 1][column], table[row][column + 1]);
    }
  }
  const found = new Array<boolean>(rows).fill(false);
  for (let row = 0, column = 0; row < rows && column < columns; ) {
    if (matches(expected[row], column)) {
      found[row] = true;
      row += 1;
      column += 1;
    } else if (table[row + 1][column] >= table[row][column + 1]) row += 1;
    else column += 1;
  }
  return found;
}

function scoreItems(expected: MeetingExpectation['items'] & object, meeting: Meeting, at: string): CategoryScore {
  const found = itemsInOrder(expected, meeting);
  const score = scoreValues('items', expected.map((item, index) => ({ item, index })), ({ item, index }) =>
    found[index] ? null : `${at}item ${show(item)} not found in order`,
  );
  if (meeting.items.length !== expected.length) {
    const got = meeting.items.map((item) => ({ number: item.number, title: item.title }));
    score.failures.push(`${at}expected ${expected.length} items but got ${got.length}: ${show(got)}`);
  }
  return score;
}

function scoreMeeting(expected: MeetingExpectation, meeting: Meeting | undefined, at: string): CategoryScore[] {
  const missing = (category: LayoutCategory, count: number): CategoryScore => ({
    category,
    expected: count,
    correct: 0,
    failures: count === 0 ? [] : [`${at}no such meeting was parsed`],
  });
  const countOf = (value: unknown) => (value === undefined ? 0 : Array.isArray(value) ? value.length : 1);
  if (!meeting) {
    return (['body', 'date', 'items', 'attendees', 'speakers', 'decisions', 'paragraphs'] as const).map((category) => missing(category, countOf(expected[category])));
  }
  const paragraphs = paragraphsOf(meeting);
  const single = (category: 'body' | 'date', got: string | null) =>
    scoreValues(category, expected[category] === undefined ? [] : [expected[category]], (value) =>
      same(value, got) ? null : `${at}${category}: expected ${show(value)} but got ${show(got)}`,
    );
  return [
    single('body', meeting.body),
    single('date', meeting.date),
    expected.items ? scoreItems(expected.items, meeting, at) : missing('items', 0),
    scoreValues('attendees', expected.attendees ?? [], (attendee) => {
      const found = meeting.attendees.find((candidate) => same(candidate.name, attendee.name));
      if (found && same(found.role, attendee.role) && found.attendance === attendee.attendance) return null;
      return `${at}attendee: expected ${show(attendee)} but got ${found ? show(found) : `no one of that name among ${show(meeting.attendees.map((candidate) => candidate.name))}`}`;
    }),
    scoreValues('speakers', expected.speakers ?? [], ({ text, speaker }) => {
      const found = paragraphs.find((paragraph) => normalise(paragraph.text).startsWith(normalise(text)));
      if (found && same(found.speaker, speaker)) return null;
      return `${at}speaker of "${text} …": expected ${show(speaker)} but got ${found ? show(found.speaker) : 'no paragraph starting so'}`;
    }),
    scoreValues('decisions', expected.decisions ?? [], (decision) => {
      if (paragraphs.some((paragraph) => paragraph.isDecision && normalise(paragraph.text).includes(normalise(decision)))) return null;
      const inText = paragraphs.find((paragraph) => normalise(paragraph.text).includes(normalise(decision)));
      return `${at}decision ${show(decision)}: ${inText ? `found in a paragraph not marked as a decision: ${show(inText.text)}` : 'in no paragraph'}`;
    }),
    scoreValues('paragraphs', expected.paragraphs ?? [], (text) => {
      if (paragraphs.some((paragraph) => same(paragraph.text, text))) return null;
      const words = normalise(text).split(' ').slice(0, 4).join(' ');
      const near = paragraphs.find((paragraph) => normalise(paragraph.text).includes(words));
      return `${at}paragraph ${show(text)} not found${near ? `; nearest: ${show(near.text)}` : ''}`;
    }),
  ];
}

function merge(scores: CategoryScore[]): CategoryScore[] {
  return LAYOUT_CATEGORIES.flatMap((category) => {
    const parts = scores.filter((score) => score.category === category);
    if (parts.length === 0) return [];
    return [{
      category,
      expected: parts.reduce((sum, part) => sum + part.expected, 0),
      correct: parts.reduce((sum, part) => sum + part.correct, 0),
      failures: parts.flatMap((part) => part.failures),
    }];
  });
}

/** One score per category for a fixture; when reading or parsing failed, every expected value counts as wrong and says why. */
export function scoreLayout(expected: LayoutExpectation, outcome: LayoutOutcome): CategoryScore[] {
  const stopped = outcome.error === null ? [] : [`reading or parsing failed: ${outcome.error}`];
  const meetings = outcome.parsed?.meetings ?? [];
  const warnings = outcome.parsed?.warnings ?? [];
  const scores: CategoryScore[] = [
    scoreValues('format', [expected.format], (format) => (format === outcome.format ? null : `format: expected ${show(format)} but got ${show(outcome.format)}`)),
    scoreValues('meetings', [expected.meetings.length], (count) =>
      outcome.parsed && count === meetings.length ? null : `meetings: expected ${count} but got ${outcome.parsed ? meetings.length : 'none'}`,
    ),
    scoreValues('warnings', [expected.warnings], (wanted) =>
      outcome.parsed && wanted === warnings.length > 0 ? null : `warnings: expected ${wanted ? 'some' : 'none'} but got ${show(warnings)}`,
    ),
    ...expected.meetings.flatMap((meeting, index) => scoreMeeting(meeting, meetings[index], expected.meetings.length > 1 ? `meeting ${index + 1}: ` : '')),
  ];
  const blamesStop = (score: CategoryScore) => stopped.length > 0 && score.category !== 'format' && score.expected > 0;
  return merge(scores).map((score) => (blamesStop(score) ? { ...score, failures: [...stopped, ...score.failures] } : score));
}
