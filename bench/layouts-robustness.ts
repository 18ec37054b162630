// Metamorphic robustness of the parser: the layout fixtures (test/fixtures/layouts) published slightly differently
// (re-wrapped, CRLF, tabs, page furniture, other quotes and date forms, …) must parse to the same structure, so each
// variant is scored against the fixture's own expected.json.
// Run: npx tsx bench/layouts-robustness.ts [--failures] [--variant <name>] [--show <fixture>]
// A development score like bench/layouts-score.ts: nothing is timed and nothing is appended to docs/BENCHMARKS.md.
//
// Which variant applies to which source, and why the others are skipped (a skip is reported, never silent):
//
// | variant           | .txt / .src.txt | .md | .pdf.json (each page) | .docx.json (each paragraph) | .html (text outside tags) |
// |---|---|---|---|---|---|
// | unwrap (lower-case carry-ons, and the lines of paragraphs the expectations name) | yes | yes | no: the PDF's own line layout | no: Word paragraphs are not wrapped | no: HTML ignores line ends |
// | wrap-70, wrap-95  | yes, but not a text layer whose lines end in `<br />` tags (re-wrapped, printed lines break where no tag marks them) | yes (not `#`, `|`, front matter) | no: as above | no: as above | no: as above |
// | crlf              | yes | yes | no: the reader makes the line ends | no: as pdf | yes |
// | trailing-spaces   | yes | no: two trailing spaces are a Markdown line break | no: as crlf | no: as crlf | no: HTML ignores them |
// | tab-indent        | yes, but not `pdftotext -layout` column layouts, where spaces place a column | no: a tab indent is code in Markdown | no | no | no |
// | blank-removed     | yes | no: Markdown joins lines with no blank line between into one paragraph | no | no | no |
// | blank-doubled     | yes | yes | no | no | no |
// | page-furniture    | yes | no: Markdown is not paged | no: a PDF has its own pages | no | no |
// | nbsp              | yes | yes | yes | yes | yes |
// | quotes            | yes | yes | no: the test PDF maker's font has no encoding for curly quotes | yes | yes (expectations get the same quotes) |
// | title-case        | where item titles are ALL CAPS (titles compare case-insensitively in every variant) |
// | date-ordinal, date-numeric, date-weekday | where the meeting's date is written in the text day first; no where it is written month first (US and Canadian minutes: a British form is not theirs) or not at all |
// Sources of other kinds (binary files, RTF) are not rewritten by any variant.
import { listLayoutFixtures, type LayoutExpectation, type LayoutFixture, type MeetingExpectation } from '../test/helpers/layout-fixtures';
import fs from 'node:fs/promises';
import type { PdfLine } from '../test/indexer/make-pdf';
import { endsSentence } from '../indexer/parse/lines';
import { alignedTable, cell, failureLines, scoreFixtures, sumOf, type FixtureScore } from './layout-scoring';

const showFailures = process.argv.includes('--failures');
const optionValue = (name: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : null);
/** `--variant <name>`: score that variant only. */
const onlyVariant = optionValue('--variant');
/** `--show <fixture>`: print the fixture's source as each variant scored rewrites it. */
const shownFixture = optionValue('--show');

type SourceShape = 'text' | 'markdown' | 'pdf' | 'docx' | 'html';

/**
 * A document viewer's text layer copied with its "<br />" tags: each printed line ends at a tag, the text runs on as one
 * line, and re-wrapping it breaks printed lines where no tag marks a break (another document, not this one wrapped).
 */
const BREAK_TAGS = /<br ?\/?>/;
const BREAK_TAGS_SKIP = 'lines ended by <br /> tags: re-wrapped, printed lines break where no tag marks them';

/** What a variant knows of the fixture it rewrites. */
interface VariantContext {
  shape: SourceShape;
  name: string;
  expected: LayoutExpectation;
}

/** A rewrite of the text, and of the expected strings where the rewrite reaches them (quotes, dates). */
interface Rewrite {
  text: (text: string) => string;
  expectedText?: (text: string) => string;
}

interface Variant {
  name: string;
  shapes: SourceShape[];
  /** The rewrite for one fixture (its committed source as text), or the reason it is skipped. */
  rewrite(context: VariantContext, source: string): Rewrite | string;
}

const SHAPES: Readonly<Record<string, SourceShape>> = {
  '.txt': 'text',
  '.windows-1252.src.txt': 'text',
  '.utf-16le.src.txt': 'text',
  '.utf-16be.src.txt': 'text',
  '.md': 'markdown',
  '.pdf.json': 'pdf',
  '.docx.json': 'docx',
  '.html': 'html',
};

/** How a fixture's source is rewritten; null for a source no variant rewrites (a binary file, or markup such as RTF). */
const shapeOf = (fixture: LayoutFixture): SourceShape | null => SHAPES[fixture.kind.suffix] ?? null;

// Column layouts from `pdftotext -layout`, where runs of spaces place text in a column: tabs would move it.
const SPACE_COLUMN_LAYOUTS = new Set([
  'town-minute-ref-column',
  'shire-pdftotext-attendance-table',
  'scottish-ijb-two-column-sederunt',
  'infocouncil-ocm-resolution-numbers',
]);

const lines = (text: string) => text.split('\n');
// A CRLF source's line keeps its "\r" at its end: a change after it would make a line of its own.
const perLine = (change: (line: string) => string) => (text: string) =>
  lines(text).map((line) => (line.endsWith('\r') ? `${change(line.slice(0, -1))}\r` : change(line))).join('\n');
const isBlankLine = (line: string) => line.trim() === '';
const indentOf = (line: string) => /^\s*/.exec(line)![0];

/** A change to the text after its YAML front matter (`---` … `---`), which no editor wraps. */
function afterFrontMatter(change: (text: string) => string) {
  return (text: string) => {
    const frontMatter = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(text);
    return frontMatter ? frontMatter[0] + change(text.slice(frontMatter[0].length)) : change(text);
  };
}

/** Lines a wrap must leave alone: Markdown headings and tables, rules, and lines set out in columns. */
function keepsItsLine(line: string): boolean {
  return /^\s*(#|\||---)/.test(line) || /\S(\t| {3,})\S/.test(line);
}

const squeezed = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Joins each line to the line above when it carries the paragraph on: a lower-case word after no sentence end, or
 * (where the expectations name the paragraph) any line of it under a long line. A word split by a hyphen, a list's letter ("b) …") and
 * Markdown headings and tables keep their lines.
 */
function unwrapper(expected: LayoutExpectation): (text: string) => string {
  const paragraphs = expected.meetings.flatMap((meeting) => (meeting.paragraphs ?? []).map(squeezed));
  // A short line is a label or a line of its own ("Decision", "Moved: Cr Vass"), not one the page wrapped.
  const sameParagraph = (previous: string, line: string) => {
    if (previous.trim().length < 50) return false;
    const seam = squeezed(`${previous.slice(-40)} ${line.trim().slice(0, 40)}`);
    return paragraphs.some((paragraph) => paragraph.includes(seam));
  };
  return (text) => {
    const out: string[] = [];
    for (const line of lines(text)) {
      const previous = out.length > 0 ? out[out.length - 1] : '';
      const joinable =
        !isBlankLine(previous) && !isBlankLine(line) && !keepsItsLine(previous) && !keepsItsLine(line) && !/\p{L}-$/u.test(previous.trimEnd()) && !LIST_MARK.test(line);
      const carriesOn = (!endsSentence(previous) && /^\s*\p{Ll}/u.test(line)) || sameParagraph(previous, line);
      if (joinable && carriesOn) out[out.length - 1] = `${previous.trimEnd()} ${line.trim()}`;
      else out.push(line);
    }
    return out.join('\n');
  };
}

/** "b) …", "(ii) …", "a. …": a list's mark opens a line of its own. */
const LIST_MARK = /^\s*(?:\(?[a-z]{1,4}\)|[a-z]\.\s)/;

// A word that would read as a list marker, number or label at the start of a line: a wrap never puts one there.
const LINE_START_MARKER = /^(\d+[.):]?|\(?[a-z0-9ivx]{1,4}\)|[-–•*]|\p{Lu}[\p{L}.]*:|[A-Z]{2,}[\w/.-]*)$/u;

/** Unwraps, then wraps every longer line at `width` columns at a space, keeping its indentation. */
function wrapAt(width: number, unwrap: (text: string) => string) {
  return (text: string) =>
    lines(unwrap(text))
      .flatMap((line) => {
        if (line.length <= width || keepsItsLine(line)) return [line];
        const indent = indentOf(line);
        const words = line.trim().split(/ +/);
        const wrapped: string[] = [];
        let current: string[] = [];
        for (const word of words) {
          if (current.length > 0 && indent.length + [...current, word].join(' ').length > width) {
            // Move words down until the next line would not start with something that reads as a marker, keeping at
            // least half a line above: a title in capitals has a capital word at every break, and a wrap breaks it all the same.
            const carried = [word];
            while (current.length > 1 && LINE_START_MARKER.test(carried[0]) && current.slice(0, -1).join(' ').length >= width / 2) carried.unshift(current.pop()!);
            wrapped.push(indent + current.join(' '));
            current = carried;
          } else current.push(word);
        }
        wrapped.push(indent + current.join(' '));
        return wrapped;
      })
      .join('\n');
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const ordinal = (day: number) => `${day}${day % 10 === 1 && day !== 11 ? 'st' : day % 10 === 2 && day !== 12 ? 'nd' : day % 10 === 3 && day !== 13 ? 'rd' : 'th'}`;
const two = (value: number) => String(value).padStart(2, '0');

/** The written forms of an ISO date that minutes use, day first and month first. */
function writtenDate(iso: string): { dayFirst: RegExp; monthFirst: RegExp } {
  const [year, month, day] = iso.split('-').map(Number);
  const monthName = `(?:${MONTHS[month - 1]}|${MONTHS[month - 1].slice(0, 3)}\\.?)`;
  const weekday = `(?:(?:${WEEKDAYS.join('|')}|${WEEKDAYS.map((name) => name.slice(0, 3)).join('|')}),?\\s+)?`;
  const dayNumber = `0?${day}(?:st|nd|rd|th)?`;
  const yearNumber = `(?:${year}|${String(year).slice(2)})`;
  return {
    dayFirst: new RegExp(
      `\\b(?:${weekday}${dayNumber}(?:\\s+of)?\\s+${monthName},?\\s+${year}|0?${day}[/.]0?${month}[/.]${yearNumber}|${year}-${two(month)}-${two(day)})\\b`,
      'gi',
    ),
    monthFirst: new RegExp(`\\b${weekday}${monthName}\\s+${dayNumber},?\\s+${year}\\b`, 'gi'),
  };
}

/** Rewrites the meetings' dates where they are written day first; the reason to skip otherwise. */
function dateRewrite(form: (year: number, month: number, day: number) => string) {
  return ({ expected, shape }: VariantContext, source: string): Rewrite | string => {
    const dates = expected.meetings.flatMap((meeting) => (meeting.date ? [meeting.date] : []));
    if (dates.length === 0) return 'no date expected';
    const forms = dates.map((iso) => ({ iso, ...writtenDate(iso) }));
    if (forms.some((date) => date.monthFirst.test(source))) return 'date written month first';
    if (!forms.some((date) => new RegExp(date.dayFirst.source, 'i').test(source))) return 'date not written in the text';
    const rewrite = (text: string) =>
      forms.reduce((current, date) => {
        const [year, month, day] = date.iso.split('-').map(Number);
        // A date printed in capitals stays in capitals.
        return current.replace(date.dayFirst, (written) => (isCaps(written) ? form(year, month, day).toUpperCase() : form(year, month, day)));
      }, text);
    return { text: shape === 'html' ? outsideTags(rewrite) : rewrite, expectedText: rewrite };
  };
}

/** Applies a change to an HTML page's text only, never inside a tag. */
function outsideTags(change: (text: string) => string) {
  return (html: string) => html.split(/(<[^>]*>)/).map((part, index) => (index % 2 === 1 ? part : change(part))).join('');
}

function straightToCurly(text: string): string {
  return text
    .replace(/(\p{L})'(\p{L})/gu, '$1\u2019$2')
    .replace(/(^|[\s([])'/gu, '$1\u2018')
    .replace(/'/g, '\u2019')
    .replace(/(^|[\s([])"/gu, '$1\u201c')
    .replace(/"/g, '\u201d');
}

const curlyToStraight = (text: string) => text.replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"');

const NBSP = '\u00a0';

/** No-break spaces where word processors put them: after titles, inside dates and times, after item numbers. */
function withNoBreakSpaces(text: string): string {
  return text
    .replace(/\b(Cllr|Councillor|Mr|Mrs|Ms|Dr|Cr)\.? (?=\p{Lu})/gu, (match) => match.replace(' ', NBSP))
    .replace(new RegExp(`\\b(\\d{1,2}(?:st|nd|rd|th)?) (${MONTHS.join('|')}) (\\d{4})`, 'g'), `$1${NBSP}$2${NBSP}$3`)
    .replace(/\b(\d{1,2}[.:]\d{2}) (am|pm|a\.m\.|p\.m\.)/g, `$1${NBSP}$2`)
    .replace(/^(\s*\d+(?:\.\d+)*\.?) (?=\S)/gm, `$1${NBSP}`);
}

const SMALL_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'from', 'in', 'into', 'of', 'on', 'or', 'the', 'to', 'with']);

function titleCase(text: string): string {
  let first = true;
  return text.replace(/\p{L}[\p{L}'’]*/gu, (word) => {
    const lower = word.toLowerCase();
    const cased = !first && SMALL_WORDS.has(lower) ? lower : lower.charAt(0).toUpperCase() + lower.slice(1);
    first = false;
    return cased;
  });
}

const isCaps = (text: string) => /\p{Lu}{2}/u.test(text) && !/\p{Ll}/u.test(text);
const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();

/** ALL-CAPS item titles turned Title Case, wherever the titles (or the lines a title is wrapped over) are written. */
function titleCaseRewrite({ expected }: VariantContext): Rewrite | string {
  const titles = expected.meetings.flatMap((meeting) => (meeting.items ?? []).map((item) => item.title)).filter(isCaps);
  if (titles.length === 0) return 'no ALL-CAPS item titles';
  const joined = titles.map(squeeze);
  const change = (text: string) => {
    const whole = titles.reduce((current, title) => current.split(title).join(titleCase(title)), text);
    return perLine((line) => {
      const caps = /^(\s*(?:[\dA-Z]+[./])*\d*\.?\s*)(\p{Lu}[\p{Lu}\d\s,'’&()/-]{3,})$/u.exec(line);
      return caps && isCaps(caps[2]) && joined.some((title) => title.includes(squeeze(caps[2]))) ? caps[1] + titleCase(caps[2]) : line;
    })(whole);
  };
  return { text: change };
}

/**
 * A running header (`Minutes – 5 March 2024`) and a `Page N of M` footer every `every` lines, pages split by a form
 * feed, as pdftotext gives.
 */
function withPageFurniture(text: string, every: number, expected: LayoutExpectation): string {
  const all = lines(text);
  const pages = Math.ceil(all.length / every);
  if (pages < 2) return text;
  const date = expected.meetings[0]?.date;
  const [year, month, day] = (date ?? '').split('-').map(Number);
  const header = date ? `Minutes – ${day} ${MONTHS[month - 1]} ${year}` : 'Minutes';
  const out: string[] = [];
  for (let page = 0; page < pages; page += 1) {
    if (page > 0) out.push(`\f${header}`, '');
    out.push(...all.slice(page * every, (page + 1) * every), '', `Page ${page + 1} of ${pages}`);
  }
  return out.join('\n');
}

const VARIANTS: Variant[] = [
  { name: 'unwrap', shapes: ['text', 'markdown'], rewrite: ({ expected }) => ({ text: afterFrontMatter(unwrapper(expected)) }) },
  { name: 'wrap-70', shapes: ['text', 'markdown'], rewrite: ({ expected }, source) => (BREAK_TAGS.test(source) ? BREAK_TAGS_SKIP : { text: afterFrontMatter(wrapAt(70, unwrapper(expected))) }) },
  { name: 'wrap-95', shapes: ['text', 'markdown'], rewrite: ({ expected }, source) => (BREAK_TAGS.test(source) ? BREAK_TAGS_SKIP : { text: afterFrontMatter(wrapAt(95, unwrapper(expected))) }) },
  { name: 'crlf', shapes: ['text', 'markdown', 'html'], rewrite: () => ({ text: (text) => text.replace(/\r?\n/g, '\r\n') }) },
  { name: 'trailing-spaces', shapes: ['text'], rewrite: () => ({ text: perLine((line) => (isBlankLine(line) ? line : `${line}  `)) }) },
  {
    name: 'tab-indent',
    shapes: ['text'],
    rewrite: ({ name }) =>
      SPACE_COLUMN_LAYOUTS.has(name)
        ? 'pdftotext -layout columns'
        : { text: perLine((line) => line.replace(/^ +/, (spaces) => '\t'.repeat(Math.max(1, Math.round(spaces.length / 4))))) },
  },
  { name: 'blank-removed', shapes: ['text'], rewrite: () => ({ text: (text) => lines(text).filter((line) => !isBlankLine(line)).join('\n') }) },
  { name: 'blank-doubled', shapes: ['text', 'markdown'], rewrite: () => ({ text: perLine((line) => (isBlankLine(line) ? `${line}\n` : line)) }) },
  { name: 'page-furniture', shapes: ['text'], rewrite: ({ expected }) => ({ text: (text) => withPageFurniture(text, 50, expected) }) },
  {
    name: 'nbsp',
    shapes: ['text', 'markdown', 'pdf', 'docx', 'html'],
    rewrite: ({ shape }) => ({ text: shape === 'html' ? outsideTags(withNoBreakSpaces) : withNoBreakSpaces }),
  },
  {
    name: 'quotes',
    // Not PDF: the test PDF maker (test/indexer/make-pdf.ts) sets Helvetica with no encoding for curly quotes.
    shapes: ['text', 'markdown', 'docx', 'html'],
    rewrite: ({ shape }, source) => {
      const swap = /[\u2018\u2019\u201c\u201d]/.test(source) ? curlyToStraight : straightToCurly;
      return { text: shape === 'html' ? outsideTags(swap) : swap, expectedText: swap };
    },
  },
  { name: 'title-case', shapes: ['text', 'markdown', 'pdf', 'docx', 'html'], rewrite: titleCaseRewrite },
  ...(
    [
      ['date-ordinal', (year: number, month: number, day: number) => `${ordinal(day)} ${MONTHS[month - 1]} ${year}`],
      ['date-numeric', (year: number, month: number, day: number) => `${two(day)}/${two(month)}/${year}`],
      ['date-weekday', (year: number, month: number, day: number) => `${WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()]} ${day} ${MONTHS[month - 1]} ${year}`],
    ] as const
  ).map(([name, form]): Variant => ({ name, shapes: ['text', 'markdown', 'pdf', 'docx', 'html'], rewrite: dateRewrite(form) })),
];

/** Every string of an expectation rewritten (quotes and dates appear in expected text as the document writes them). */
function rewriteExpected(expected: LayoutExpectation, change: (text: string) => string): LayoutExpectation {
  const meeting = (wanted: MeetingExpectation): MeetingExpectation => ({
    ...wanted,
    body: typeof wanted.body === 'string' ? change(wanted.body) : wanted.body,
    items: wanted.items?.map((item) => ({ number: item.number, title: change(item.title) })),
    attendees: wanted.attendees?.map((attendee) => ({ ...attendee, name: change(attendee.name), role: attendee.role === null ? null : change(attendee.role) })),
    speakers: wanted.speakers?.map(({ text, speaker }) => ({ text: change(text), speaker: speaker === null ? null : change(speaker) })),
    decisions: wanted.decisions?.map(change),
    paragraphs: wanted.paragraphs?.map(change),
  });
  return { ...expected, meetings: expected.meetings.map(meeting) };
}

/** The committed source with `change` applied to its text: whole for text, per page for PDF, per paragraph for Word. */
function rewriteSource(shape: SourceShape, source: string, change: (text: string) => string): string {
  if (shape === 'pdf') {
    const { pages } = JSON.parse(source) as { pages: PdfLine[][] };
    // Text set at positions (columns, a margin) is changed a run at a time, each kept on its line.
    // A run keeps its font: a bold heading stays bold however the text around it is published.
    const changeRun = (line: PdfLine): PdfLine =>
      typeof line === 'string' ? change(line) : line.map(([x, text, font]) => (font ? [x, change(text).replace(/\s*\n\s*/g, ' '), font] : [x, change(text).replace(/\s*\n\s*/g, ' ')]));
    const changePage = (page: PdfLine[]) => (page.every((line) => typeof line === 'string') ? lines(change(page.join('\n'))) : page.map(changeRun));
    return JSON.stringify({ pages: pages.map(changePage) });
  }
  if (shape === 'docx') {
    const deep = (value: unknown): unknown => {
      if (typeof value === 'string') return change(value);
      if (Array.isArray(value)) return value.map(deep);
      if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, key === 'heading' || key === 'bold' ? inner : deep(inner)]));
      return value;
    };
    return JSON.stringify(deep(JSON.parse(source)));
  }
  return change(source);
}

interface VariantResult {
  variant: string;
  results: FixtureScore[];
  originals: FixtureScore[];
  skipped: { name: string; reason: string }[];
}

async function scoreVariant(variant: Variant, fixtures: LayoutFixture[], originals: Map<string, FixtureScore>): Promise<VariantResult> {
  const skipped: { name: string; reason: string }[] = [];
  const applied: { fixture: LayoutFixture; source: Buffer; expected: LayoutExpectation }[] = [];
  for (const fixture of fixtures) {
    const shape = shapeOf(fixture);
    if (shape === null) {
      skipped.push({ name: fixture.name, reason: `a ${fixture.kind.suffix} source is not rewritten` });
      continue;
    }
    if (!variant.shapes.includes(shape)) continue;
    const source = await fs.readFile(fixture.sourceFile, 'utf8');
    const rewrite = variant.rewrite({ shape, name: fixture.name, expected: fixture.expected }, source);
    if (typeof rewrite === 'string') {
      skipped.push({ name: fixture.name, reason: rewrite });
      continue;
    }
    const expected = rewrite.expectedText ? rewriteExpected(fixture.expected, rewrite.expectedText) : fixture.expected;
    const rewritten = rewriteSource(shape, source, rewrite.text);
    if (fixture.name === shownFixture) console.log(`--- ${fixture.name} as ${variant.name} publishes it ---\n${rewritten}\n---`);
    applied.push({ fixture, source: Buffer.from(rewritten, 'utf8'), expected });
  }
  const byName = new Map(applied.map((entry) => [entry.fixture.name, entry]));
  const results = await scoreFixtures(
    applied.map((entry) => entry.fixture),
    async (fixture) => ({ source: byName.get(fixture.name)!.source, expected: byName.get(fixture.name)!.expected }),
  );
  return { variant: variant.name, results, originals: results.map((result) => originals.get(result.name)!), skipped };
}

const totalOf = (results: FixtureScore[]) => {
  const scores = results.flatMap((result) => result.scores);
  return { correct: sumOf(scores, 'correct'), expected: sumOf(scores, 'expected') };
};

/** The fixtures that lose most against their original score, worst first. */
function worst(variant: VariantResult, count: number): string {
  const losses = variant.results
    .map((result, index) => ({ name: result.name, lost: totalOf([variant.originals[index]]).correct - totalOf([result]).correct }))
    .filter((entry) => entry.lost > 0)
    .sort((a, b) => b.lost - a.lost || a.name.localeCompare(b.name));
  return losses.slice(0, count).map((entry) => `${entry.name} −${entry.lost}`).join(', ') || '-';
}

async function main(): Promise<void> {
  const fixtures = listLayoutFixtures();
  const originals = new Map((await scoreFixtures(fixtures)).map((result) => [result.name, result]));
  const variants: VariantResult[] = [];
  for (const variant of VARIANTS.filter((candidate) => onlyVariant === null || candidate.name === onlyVariant)) variants.push(await scoreVariant(variant, fixtures, originals));

  const rows = variants.map((variant) => {
    const got = totalOf(variant.results);
    const original = totalOf(variant.originals);
    return [variant.variant, String(variant.results.length), cell(got.correct, got.expected), cell(original.correct, original.expected), worst(variant, 3)];
  });
  const all = totalOf(variants.flatMap((variant) => variant.results));
  const allOriginal = totalOf(variants.flatMap((variant) => variant.originals));
  rows.push(['all variants', String(variants.reduce((sum, variant) => sum + variant.results.length, 0)), cell(all.correct, all.expected), cell(allOriginal.correct, allOriginal.expected), '']);
  console.log(alignedTable(['variant', 'fixtures', 'right / expected', 'original right', 'worst fixtures (values lost)'], rows));
  console.log(`\n${all.correct} of ${all.expected} expected values right under the variants (${((all.correct / all.expected) * 100).toFixed(1)}%); the originals: ${allOriginal.correct} of ${allOriginal.expected}.\n`);
  for (const variant of variants) {
    const reasons = new Map<string, string[]>();
    for (const { name, reason } of variant.skipped) reasons.set(reason, [...(reasons.get(reason) ?? []), name]);
    for (const [reason, names] of reasons) {
      console.log(`skipped by ${variant.variant} (${reason}): ${names.length > 8 ? `${names.length} fixtures` : names.join(', ')}`);
    }
  }
  if (showFailures) {
    for (const variant of variants) {
      const lines = failureLines(variant.results);
      if (lines.length > 0) console.log(`\n## ${variant.variant}\n${lines.join('\n')}`);
    }
  }
}

void main();
