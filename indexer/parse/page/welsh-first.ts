// Welsh community and town councils publish bilingual minutes with the Welsh first: "1. Croeso’r Cadeirydd. The
// Chair’s Welcome." on one numbered line, or a table copied to text (an item's number alone, the Welsh column's lines,
// then the English column's). The English is read as the item's title and attendance; the Welsh stays as the item's
// text, after the English, so it opens no item of its own; a Welsh list of those present is the English list again.
import { welshLabelOf } from '../attendance/bilingual-labels';
import { isBlank, startsWithDigit } from '../patterns';

/**
 * Words of Welsh that English never writes: articles and particles ("y", "yr", "yn", "o’r"), and the words minutes
 * use most ("cyngor", "cyfarfod", "cofnodion", "penderfynwyd", "Cyng." for a councillor).
 */
const WELSH_WORDS: ReadonlySet<string> = new Set(
  (
    'y yr yn ac gan gyda wedi mae oedd bod dim ei hyn hynny fel neu mewn drwy nid gyfer ynglŷn cyng cynghorydd cynghorwyr ' +
    'cyngor cymuned tref cadeirydd is-gadeirydd clerc maer cofnodion cofnod cyfarfod materion croeso diddordeb datgan ' +
    'adroddiad penderfynwyd penderfynu personol eitem aelod aelodau cyhoedd ymddiheuriadau presennol bresennol ' +
    'mynychu absennol llawn blynyddol gohebiaeth cyllid cynllunio ariannol unrhyw fater arall'
  ).split(' '),
);

/** Words of English that Welsh never writes. */
const ENGLISH_WORDS: ReadonlySet<string> = new Set('the of and to was were for on in with by from that is be as at it this which'.split(' '));

/** "o’r", "i’r", "Croeso’r": the Welsh article run onto the word before it (English writes "’re", never "’r"). */
const RUN_ON_ARTICLE = /\p{L}['’]r$/u;

/** Whether a line's words are Welsh: two Welsh words or more, and more than it has English ones (a name alone is neither). */
export function isWelshLine(text: string): boolean {
  let welsh = 0;
  let english = 0;
  for (const word of text.toLowerCase().split(/[^\p{L}'’-]+/u)) {
    if (word === '') continue;
    if (WELSH_WORDS.has(word) || RUN_ON_ARTICLE.test(word)) welsh += 1;
    else if (ENGLISH_WORDS.has(word)) english += 1;
  }
  return welsh > english && (welsh >= 2 || english === 0) && welsh > 0;
}

/** "1. Welsh title. English title.": a numbered line of two sentences, the second starting in capitals. */
const TWO_SENTENCE_TITLE = /^(\s*\d{1,3}\.\s+)(\S[^.]*\.)\s+(\p{Lu}[^.]*)\.?\s*$/u;

/** "39" alone on a line: the number cell of a bilingual table's row. */
const NUMBER_ALONE = /^\s*\d{1,4}\.?\s*$/;

/**
 * `lines` with each Welsh-first title and block put English first; the same array when there is none. A numbered
 * line's Welsh sentence goes under the English title, a blank line apart; under a number alone, a row of 2k lines whose
 * first half is Welsh and whose halves match line by line (a label's colon where the other has one) is read English
 * half first.
 */
export function withWelshFirstBlocks(lines: string[]): string[] {
  let result: string[] | null = null;
  for (let index = 0; index < lines.length; index += 1) {
    // Both shapes start with a figure: other lines are let go on their first character.
    const title = startsWithDigit(lines[index]) ? TWO_SENTENCE_TITLE.exec(lines[index]) : null;
    if (title && isWelshLine(title[2]) && !isWelshLine(title[3])) {
      result ??= lines.slice(0, index);
      result.push(`${title[1]}${title[3].trimEnd()}`, '', title[2]);
      continue;
    }
    const row = !title && startsWithDigit(lines[index]) && NUMBER_ALONE.test(lines[index]) ? welshFirstRow(lines, index) : null;
    if (row) {
      result ??= lines.slice(0, index);
      // The number given its full stop: alone, it would be taken for a page's number and dropped with the row's breaks.
      result.push(`${lines[index].trim().replace(/\.$/, '')}.`, '', ...row.english, ...row.welsh);
      index = row.end - 1;
      continue;
    }
    result?.push(lines[index]);
  }
  return result ?? lines;
}

interface WelshFirstRow {
  english: string[];
  welsh: string[];
  /** The index of the line after the row. */
  end: number;
}

/** The longest row read: a table's row of attendance runs to a few dozen names a language. */
const MAX_ROW_LINES = 120;

/** The Welsh and English halves of the row under a number alone at `index`, or null where it is no Welsh-first row. */
function welshFirstRow(lines: string[], index: number): WelshFirstRow | null {
  let end = index + 1;
  while (end < lines.length && isBlank(lines[end])) end += 1;
  // Most numbers alone stand over an English title: the row is read only when its first line is Welsh.
  const first = end < lines.length ? lines[end].trim() : '';
  const opensWithLabel = welshLabelOf(first) !== null;
  if (!opensWithLabel && !isWelshLine(first)) return null;
  const content: string[] = [];
  for (; end < lines.length && content.length <= MAX_ROW_LINES && !NUMBER_ALONE.test(lines[end]); end += 1) {
    if (!isBlank(lines[end])) content.push(lines[end].trim());
  }
  const half = content.length / 2;
  if (content.length > MAX_ROW_LINES || !Number.isInteger(half) || isWelshLine(content[half])) return null;
  for (let line = 0; line < half; line += 1) if (content[line].endsWith(':') !== content[half + line].endsWith(':')) return null;
  // Each line its own paragraph, as the table's cell set them; a Welsh list of who attended names the English list's
  // people again, so only the English list is read.
  const apart = (part: string[]) => part.flatMap((line) => [line, '']);
  return { english: apart(content.slice(half)), welsh: opensWithLabel ? [] : apart(content.slice(0, half)), end };
}
