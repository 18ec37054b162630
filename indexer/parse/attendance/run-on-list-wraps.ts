// A run-on list of people hard-wrapped by the page: "Present: Cllr A Brown, Cllr C Dean, Cllr" over "E Ford (Vice-Chair),
// …", or its last name's rest alone on the next line ("… and Councillor Ruth" over "Feld"). The line goes on with the
// entry above it, where a list set one a line would open a new one.
import { attendanceLabelOf } from './attendance-labels';
import { endsInTitleOrInitial, endsWithMarkBeforeSpace, type ListEntry, NAME_THEN_OFFICE } from './list-entry';
import { PERSON_START } from './listed-person';
import { isBlank } from '../patterns';

/** "Kara, Cllr …", "Hume (Treasurer)", "Attorney; …", "Thomas & Mrs Welton.": a line opening with a name's last word and a list's mark. */
const OPENS_WITH_LAST_WORD = /^\p{Lu}[\p{L}'’.-]*\s*(?:[,;(]|(?:and|&)\s+\p{Lu})/u;
/** A line opening with up to `words` capitalised words and a list's mark ("Jane Ewart, Cllr …"), or ending with them. */
const opensWithWords = (words: number) => new RegExp(String.raw`^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,${words - 1}}\s*(?:[,;(]|(?:and|&)\s+\p{Lu}|$)`, 'u');
const OPENS_WITH_LISTED_WORDS = opensWithWords(3);
/** "… Council Member Teresa Vu, Mayor" / "Pro Tem Marcus Bell, …": after a bare title, a title's rest may come before the
 * name; "…, Mr" / "David Ross General Council Assessor, …": a university court's post may follow it, no comma between. */
const OPENS_WITH_TITLED_NAME = opensWithWords(6);
/** "… and Cllr Anna" / "Frome.": the rest of the list's last name, and the full stop that ends the list. */
const LAST_NAME_ENDING_LIST = /^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}\.$/u;
/** "Mr. Haddad, Mrs." / "Whitfield. Absent: Mr. Osei": the rest of a name, the full stop that ends the list, and more. */
const NAME_ENDING_LIST_BEFORE_MORE = /^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?\.\s/u;
/** "Soderlund. Absent: …": the rest of a name, the full stop that ends the list, and the next block's label. */
const NAME_ENDING_BEFORE_LABEL = /^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?\.\s+(?:Absent|Apologies|Excused|Also\s+present|Staff(?:\s+present)?|In\s+attendance)\s*:/iu;
/** A line of a run-on list at least this long may have been wrapped by the page, not ended by its writer. */
export const MIN_WRAPPED_LIST_LINE = 40;

/**
 * "Present: Cllr A Brown, Cllr C Dean, Cllr" / "E Ford (Vice-Chair), Cllr G Hale": a run-on list of people hard-wrapped
 * mid-name goes on in the next line, which opens with no title of its own (a list set one a line opens each line with
 * one). The line above filled its width; the entry ends in a bare title or initial, or the line opens with the rest of
 * a name and the list's next mark (one word after a list of two, up to three after a longer one).
 */
export function wrapsRunOnList(entry: ListEntry, previousLine: string, line: string): boolean {
  // A list ending in a separator goes on anyway (continuesEntry); one ending in a full stop (not an initial's) is finished.
  if (previousLine.trim().length < MIN_WRAPPED_LIST_LINE || endsWithMarkBeforeSpace(entry, ',;') || PERSON_START.test(line)) return false;
  // "Marcus Flint, Head of Revenues and Benefits" over "Ruth Ogden, …": one person a line with an office, whose "and" joins no names.
  // The entry's own text where it is one line: the line above may open with the block's label.
  const above = entry.lineCount === 1 ? entry.text : previousLine;
  // "Chair Ed Downing, Vice-Chair Cheryl Saxton, Commissioner" over "Claire Loud, Commissioner …": a list of several
  // ending in a bare title was wrapped before that title's name, however the line under it reads.
  const titleLeftHanging = entry.separators >= 2 && endsInTitleOrInitial(entry);
  if (titleLeftHanging) return OPENS_WITH_TITLED_NAME.test(line) || NAME_ENDING_LIST_BEFORE_MORE.test(line);
  // "…, Trustee Bill" over "Soderlund. Absent: Trustee Nancy Elzig": the last name's rest, then the next block's label.
  if (entry.separators >= 2 && NAME_ENDING_BEFORE_LABEL.test(line) && !endsWithMarkBeforeSpace(entry, '.!?')) return true;
  if (NAME_THEN_OFFICE.test(above.trim()) && NAME_THEN_OFFICE.test(line.trim())) return false;
  if (endsInTitleOrInitial(entry)) return OPENS_WITH_TITLED_NAME.test(line) || NAME_ENDING_LIST_BEFORE_MORE.test(line);
  if (endsWithMarkBeforeSpace(entry, '.!?')) return false;
  const { separators } = entry;
  return separators >= 2
    ? OPENS_WITH_LISTED_WORDS.test(line) && (NEXT_MARK.test(line.slice(0, 40)) || LAST_NAME_ENDING_LIST.test(line))
    : separators === 1 && OPENS_WITH_LAST_WORD.test(line);
}

/** A list's next mark near a line's start: a separator, a bracket, or "and" before the next name. */
const NEXT_MARK = /[,;(]|(?:\band|&)\s+\p{Lu}/u;
/** The rest of a name alone on a line ("Feld", "Ruth Feld."): one or two capitalised words. */
const NAME_END_ALONE = /^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?\.?$/u;

/**
 * "… Councillor Daniel Oyelaran and Councillor Ruth" / "Feld" (then a blank line or the next label): a run-on list wrapped
 * before the last word of its last name. The line above filled its width, the entry's last person is titled but
 * unfinished, and the line is the rest of a name and ends the block.
 */
export function endsRunOnList(entry: ListEntry, lines: string[], index: number): boolean {
  // "… Councillor S.V." over "Pask": a full stop after a name's initials leaves the name unfinished.
  if (lines[index - 1].trim().length < MIN_WRAPPED_LIST_LINE || endsWithMarkBeforeSpace(entry, ',;!?') || (endsWithMarkBeforeSpace(entry, '.') && !endsInTitleOrInitial(entry))) return false;
  // The block ends at a blank line, or at the next attendance label ("… Cllr Tomasz" / "Wren" / "In attendance: …").
  if (!NAME_END_ALONE.test(lines[index].trim()) || (index + 1 < lines.length && !isBlank(lines[index + 1]) && attendanceLabelOf(lines[index + 1]) === null)) return false;
  // The whole entry only here, where a block ends.
  const last = entry.text.split(/[,;]|\band\b/).pop()!.trim();
  return PERSON_START.test(last) && last.split(/\s+/).length <= 3;
}
