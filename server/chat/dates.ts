// Dates stated in words: "in 2017", "in 2017 and 2018", "since March 2020", "between 2017 and 2019",
// "before 2018", "on 28 March 2017", or in figures: "on 15/11/2017", "2017-11-15". Pure: text in, year lists and
// inclusive ISO bounds out.
import { isContentWord } from '../../core/text/stop-words';

export interface DateMention {
  /** Character span of the phrase, cue word included. */
  start: number;
  end: number;
  years?: number[];
  from?: string;
  to?: string;
}

interface DatePoint {
  year: number;
  /** 1-12 */
  month: number | null;
  day: number | null;
}

const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
// A year, but not the first half of a financial year ("2018/19", "2022-23"): those stay in the topic.
const YEAR = '(?:19|20)\\d{2}(?!\\d)(?![/\\-–]\\d{2}(?!\\d))';

function point(name: string): string {
  return `(?:(?:(?<${name}Day>\\d{1,2})(?:st|nd|rd|th)?\\s+)?(?<${name}Month>${MONTH})\\.?,?\\s+)?(?<${name}Year>${YEAR})`;
}

const RANGE_PATTERNS = [
  new RegExp(`\\b(?:between|from)\\s+(?:the\\s+)?${point('a')}\\s*(?:and|to|until|till|through|-|–)\\s*${point('b')}`, 'giu'),
  new RegExp(`\\b(?<aYear>${YEAR})\\s*(?:-|–|to|until)\\s*(?<bYear>${YEAR})`, 'giu'),
];
const OPEN_PATTERN = new RegExp(
  `\\b(?<cue>since|after|from|starting(?:\\s+(?:in|from))?|before|prior\\s+to|until|till|up\\s+to|by)\\s+(?:the\\s+)?${point('a')}`,
  'giu',
);
/**
 * A day written in figures: "15/11/2017", "15.11.2017", "15-11-2017" (day first, as in the UK, unless only the other
 * order is a date: "11/15/2017"), and ISO "2017-11-15". Whole: "2018/19" and "2022-23" are financial years.
 */
const NUMERIC_DAY = new RegExp(
  `(?:\\bon\\s+(?:the\\s+)?)?(?<![\\d./-])(?:(?<first>\\d{1,2})(?<separator>[/.-])(?<second>\\d{1,2})\\k<separator>(?<year>${YEAR})|(?<isoYear>(?:19|20)\\d{2})-(?<isoMonth>\\d{2})-(?<isoDay>\\d{2}))(?![\\p{L}\\p{N}]|[./-]\\p{N})`,
  'gu',
);

/** The day a figure date names, or null when no order of its figures makes one. */
function readNumericDay(groups: Record<string, string | undefined>): string | null {
  const isValid = (year: number, month: number, day: number) => month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
  if (groups.isoYear) {
    const [year, month, day] = [groups.isoYear, groups.isoMonth, groups.isoDay].map(Number);
    return isValid(year, month, day) ? iso(year, month, day) : null;
  }
  const [first, second, year] = [groups.first, groups.second, groups.year].map(Number);
  if (isValid(year, second, first)) return iso(year, second, first);
  return isValid(year, first, second) ? iso(year, first, second) : null;
}

const LIST_PATTERN = new RegExp(
  `(?:\\b(?:in|during|for|of|throughout|within|on)\\s+(?:the\\s+)?(?:years?\\s+)?)?\\b${point('a')}(?<more>(?:\\s*(?:,|and|or|&)\\s*(?:(?:and|or)\\s+)?${YEAR})*)`,
  'giu',
);

function readPoint(groups: Record<string, string | undefined>, name: string): DatePoint | null {
  const year = Number(groups[`${name}Year`]);
  const monthText = groups[`${name}Month`];
  const month = monthText ? MONTH_NAMES.indexOf(monthText.slice(0, 3).toLowerCase()) + 1 : null;
  const dayText = groups[`${name}Day`];
  let day = dayText && month ? Number(dayText) : null;
  if (day !== null && (day < 1 || day > daysInMonth(year, month as number))) day = null;
  return Number.isFinite(year) ? { year, month, day } : null;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function iso(year: number, month: number, day: number): string {
  return new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
}

function firstDay(date: DatePoint): string {
  return iso(date.year, date.month ?? 1, date.day ?? 1);
}

function lastDay(date: DatePoint): string {
  const month = date.month ?? 12;
  return iso(date.year, month, date.day ?? daysInMonth(date.year, month));
}

function shiftDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

function openBound(cue: string, date: DatePoint): Pick<DateMention, 'from' | 'to'> {
  const word = cue.toLowerCase().split(/\s+/)[0];
  if (word === 'after') return { from: shiftDays(lastDay(date), 1) };
  if (word === 'since' || word === 'from' || word === 'starting') return { from: firstDay(date) };
  if (word === 'before' || word === 'prior') return { to: shiftDays(firstDay(date), -1) };
  return { to: lastDay(date) };
}

/** The next word after a position, lower-cased, or null at the end of the text. */
function nextWord(text: string, position: number): string | null {
  const match = /^[\s,;:]*([\p{L}\p{N}]+)/u.exec(text.slice(position));
  return match ? match[1].toLowerCase() : null;
}

/** Words said of what a year holds, not nouns it counts: "are the minutes from 2024 available?" */
const SAID_OF_A_PERIOD: ReadonlySet<string> = new Set(['available', 'held', 'covered', 'included', 'indexed', 'published', 'online']);

function isNumberBeforeNoun(text: string, date: DatePoint, match: RegExpExecArray): boolean {
  if (date.month !== null) return false;
  const following = nextWord(text, match.index + match[0].length);
  return following !== null && isContentWord(following) && !SAID_OF_A_PERIOD.has(following);
}

/** `text` with the mentions' spans taken out (each a space, runs of white space made one, the ends trimmed). */
export function withoutDateMentions(text: string, mentions: Pick<DateMention, 'start' | 'end'>[]): string {
  return [...mentions]
    .sort((a, b) => a.start - b.start)
    .reduceRight((rest, { start, end }) => `${rest.slice(0, start)} ${rest.slice(end)}`, text)
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Finds the date phrases in a text, leftmost ranges first. A bare year directly followed by a content
 * word ("2000 officers", "the 2017 plan") is a number or part of the topic, not a date filter.
 */
export function findDateMentions(text: string): DateMention[] {
  const mentions: DateMention[] = [];
  let masked = text;
  const take = (pattern: RegExp, read: (groups: Record<string, string | undefined>, match: RegExpExecArray) => Omit<DateMention, 'start' | 'end'> | null) => {
    for (const match of masked.matchAll(pattern)) {
      const mention = read(match.groups ?? {}, match as RegExpExecArray);
      if (!mention) continue;
      const start = match.index;
      const end = start + match[0].length;
      mentions.push({ start, end, ...mention });
      masked = masked.slice(0, start) + ' '.repeat(end - start) + masked.slice(end);
    }
  };
  for (const pattern of RANGE_PATTERNS) {
    take(pattern, (groups) => {
      const from = readPoint(groups, 'a');
      const to = readPoint(groups, 'b');
      if (!from || !to) return null;
      const [first, second] = firstDay(from) <= lastDay(to) ? [from, to] : [to, from];
      return { from: firstDay(first), to: lastDay(second) };
    });
  }
  take(NUMERIC_DAY, (groups) => {
    const day = readNumericDay(groups);
    return day ? { from: day, to: day } : null;
  });
  take(OPEN_PATTERN, (groups, match) => {
    const date = readPoint(groups, 'a');
    if (!date || isNumberBeforeNoun(text, date, match)) return null;
    return openBound(groups.cue ?? '', date);
  });
  take(LIST_PATTERN, (groups, match) => {
    const date = readPoint(groups, 'a');
    if (!date || isNumberBeforeNoun(text, date, match)) return null;
    if (date.month !== null) return { from: firstDay(date), to: lastDay(date) };
    const more = [...(groups.more ?? '').matchAll(/\d{4}/g)].map((year) => Number(year[0]));
    return { years: [...new Set([date.year, ...more])].sort((a, b) => a - b) };
  });
  return mentions.sort((a, b) => a.start - b.start);
}
