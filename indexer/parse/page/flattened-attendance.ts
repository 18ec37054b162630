// A meeting's header run together with its minutes on one line, as a document-sharing site copies a PDF's text: "…
// Friday 30 October 2009 Present: A (Chair), B In attendance: C (Chief Executive) The Chair informed the Board … 1.
// Apologies …". Each attendance label starts a line of its own, and the last list ends where the minutes' own words
// begin, so the header's rules read the lists as they read any others.
import { attendanceLabelOf } from '../attendance/attendance-labels';
import { SMALL_WORDS } from '../items/capitals';
import { PERSON_START } from '../attendance/listed-person';
import { findDate } from '../header/meeting-fields';
import { sectionTitleAt } from './flattened-capital-headings';
import { sentenceStart } from '../items/run-on-title-case';
import { PARTICLES } from '../speakers/speaker-titles';

/** A line this long holds more than a header's line: a page, or a whole document, run together. */
const FLATTENED_LINE = 300;
/** The first label starts this near the line's start: a header's, not a label met in the minutes. */
const HEADER_REACH = 1000;
/** How many of a document's first lines may be the flattened one (a site's title and notes come above it). */
const HEADER_LINES = 40;
/** "Present:", "In attendance:", "Officers in Attendance:", "Yn Bresennol / In Attendance:": words and a colon, where a label may start. */
const LABEL_SHAPE = /^\p{Lu}[\p{L}'’& /-]{0,40}:/u;
/** How far from a label's start LABEL_SHAPE reads (its colon is within it). */
const LABEL_SHAPE_REACH = 44;
/**
 * "PRESENT Cr A Lee, …", "Present Cr A Lee (Mayor), …", "ATTENDANCE Crs A Lee, B Hart", "OFFICERS PRESENT Mr C Moss, …":
 * a label with no colon, as Australian councils (among others) print a header's labels, in capitals or at a sentence's
 * start; attendanceLabelOf takes it as a label only when people's names follow it.
 */
const BARE_LABEL_SHAPE = /^(?:(?:MEMBERS|COUNCILLORS|OFFICERS|OFFICIALS|Members|Councillors|Officers|Officials)\s+)?(?:PRESENT|Present)(?=\s)|^(?:(?:ALSO\s+)?IN\s+ATTENDANCE|ATTENDANCE|APOLOGIES|(?:Also\s+)?In\s+[Aa]ttendance|Attendance|Apologies)(?=\s)/;
/** How far past a bare label attendanceLabelOf reads, to see the names (and a comma between them) that show it to be one. */
const BARE_LABEL_REACH = 100;
/** "Mr.", "J.", "Cllr.", "Assoc.", "P.E.": a full stop that ends an abbreviation or an initial, not a sentence. */
const ABBREVIATION = /^(?:\p{Lu}\p{Ll}?|(?:\p{Lu}\.)+\p{Lu}?|Cllrs?|Prof|Assoc|Hon|Revd?|Rt|Snr|Jnr|Dept|Ltd|Inc|Mrs)\.$/u;
/** "1.", "2.0", "64/16", "1)": an item's number, when a capitalised title follows it. */
const ITEM_NUMBER = /^\d{1,3}(?:[./]\d{1,2})?[.)]?$/;
/**
 * "410.13", "25/03/01", "1006/134", Irish councils' "MDL292/21": a minute's reference in parts, which numbers a minute and never a person in a list;
 * "Minutes" or "Minute" may name it first ("… Ms J Ray – Press Minutes 25/03/01 – Welcome …").
 */
const MINUTE_REFERENCE = /^(?:\d{1,4}(?:[./]\d{1,3}){1,2}|\p{Lu}{1,4}\d{1,4}\/\d{2,4})[.):]?$/u;
const MINUTE_WORD = /^(?:Minutes?|Min\.)$/;
/** "Cou/285/07-08": an English parish's minute between its council's letters and its financial year, numbering the header's first minute. */
const LETTERED_REFERENCE = /^\p{Lu}\p{L}{0,3}\/\d{1,4}\/\d{2}(?:[-–]\d{2})?$/u;
/** "… Kingsnorth from 19.00 Present: …", "… held at 7.30 Present: …": a time the heading gives, which ITEM_NUMBER's "19.00" would pass for an item's number. */
const TIME_PREPOSITION = /^(?:at|from|commencing|starting)$/i;
/** "1. CALL TO ORDER", "III . APPROVAL OF MINUTES": an item's number in figures or Roman numerals over a title in capitals. */
const NUMBERED_CAPITALS_TITLE = /^(?:\d{1,3}|[IVX]{1,4}) ?[.)]\s+\p{Lu}{2,}[\p{Lu}'’&/-]*:?\s+\p{Lu}{2}/u;
const PARTICLE = new RegExp(String.raw`^(?:${PARTICLES})$`);
/** Words of a sentence (lower case, not a small word nor a surname's particle) an entry may hold before it is prose. */
const MAX_SENTENCE_WORDS = 1;

/**
 * The first of the document's lines holding a flattened header: where it is, and its parts (what comes before its first
 * label, each label with its list, then the minutes after them), to be set on lines of their own.
 */
export function flattenedHeader(lines: string[]): { index: number; parts: string[] } | null {
  const limit = Math.min(lines.length, HEADER_LINES);
  for (let index = 0; index < limit; index += 1) {
    if (lines[index].length < FLATTENED_LINE) continue;
    const parts = headerParts(withSpacedLabelsClosed(lines[index]));
    if (parts) return { index, parts };
  }
  return null;
}

/** "… the following Members were P r e s e n t: Metro Mayor …": a label set in spaced letters, as a PDF's heading copies. */
const SPACED_LABEL = /\b(?:P r e s e n t|A p o l o g i e s)(?= ?:)/g;

/** The line with its labels in spaced letters closed up; the same line when it has none (most have no " r e s e n t"). */
function withSpacedLabelsClosed(line: string): string {
  return line.includes(' r e s e n t') || line.includes(' p o l o g') ? line.replace(SPACED_LABEL, (label) => label.replaceAll(' ', '')) : line;
}

/** Whether an attendance label starts at `at` in `line` (a capital there, after a space or a mark). */
function labelAt(line: string, at: number): boolean {
  return labelLength(line, at) !== null;
}

/** How long the attendance label at `at` in `line` is (to its colon, or its last word when it has none); null when none starts there. */
function labelLength(line: string, at: number): number | null {
  const shape = LABEL_SHAPE.exec(line.slice(at, at + LABEL_SHAPE_REACH));
  if (shape !== null) return attendanceLabelOf(line.slice(at, at + shape[0].length + 40)) === null ? null : shape[0].length;
  return bareLabelLength(line, at);
}

/** How long the label with no colon at `at` in `line` is ("PRESENT Cr A Lee, …"); null when none starts there. */
function bareLabelLength(line: string, at: number): number | null {
  if (!/[PAIMCO]/.test(line[at])) return null;
  const bare = BARE_LABEL_SHAPE.exec(line.slice(at, at + LABEL_SHAPE_REACH));
  return bare !== null && attendanceLabelOf(line.slice(at, at + bare[0].length + BARE_LABEL_REACH)) !== null ? bare[0].length : null;
}

/** The line's parts: what comes before its first label, each label with its list, then the rest; null when it has no header's label. */
function headerParts(line: string): string[] | null {
  let first: RegExpExecArray | undefined;
  let previousWord = '';
  let wordBeforeThat = '';
  let nextColon = line.indexOf(':');
  for (const word of line.slice(0, HEADER_REACH).matchAll(/\S+/g)) {
    if (nextColon !== -1 && nextColon < word.index) nextColon = line.indexOf(':', word.index);
    // "… 2. Apologies: Apologies were received from …": a label after an item's number is the item's title, in the minutes.
    // A word further than LABEL_SHAPE_REACH from the next colon starts no label with one (LABEL_SHAPE needs it): only a bare one.
    const colonNear = nextColon !== -1 && nextColon - word.index < LABEL_SHAPE_REACH;
    if ((colonNear ? labelAt(line, word.index) : bareLabelLength(line, word.index) !== null) && !(ITEM_NUMBER.test(previousWord) && !TIME_PREPOSITION.test(wordBeforeThat))) {
      first = word;
      break;
    }
    wordBeforeThat = previousWord;
    previousWord = word[0];
  }
  if (!first) return null;
  // "… Leicester Road, Groby Cou/285/07-08 Present Members: …": the label's minute reference before it opens its part.
  const referenced = LETTERED_REFERENCE.test(previousWord) ? line.lastIndexOf(previousWord, first.index) : first.index;
  if (!namesMeeting(line.slice(0, referenced))) return null;
  const parts = [line.slice(0, referenced)];
  // A part starts at its label, or at the letter numbering the label's part ("B. Staff present:").
  for (let from = first.index, partStart = referenced; ; ) {
    const { end, nextLabel, nextPart } = listEnd(line, from + (labelLength(line, from) ?? 0));
    // "Present : A Rees, B Lloyd, Although attending …": the list ends here, so its comma no longer carries it on.
    parts.push(line.slice(partStart, end).replace(/[,;]\s*$/, ''));
    if (nextLabel === null) {
      parts.push(line.slice(end));
      return parts.map((part) => part.trim()).filter((part) => part !== '');
    }
    from = nextLabel;
    partStart = nextPart ?? nextLabel;
  }
}

/** "3. Election of Officers … a. Chairperson: K Golden.": a numbered item's text, whose labels are the minutes', not a header's. */
const ITEM_START = /^\d{1,3}[.)]?\s+\p{Lu}/u;

/** Whether the words before the first label are a meeting's heading: not an item's, and giving its date or calling it a meeting. */
function namesMeeting(heading: string): boolean {
  return !ITEM_START.test(heading) && (/\b(?:minutes|meeting)\b/i.test(heading) || findDate(heading) !== null);
}

/** A word of a list as read: its text and where it starts. */
interface Word {
  text: string;
  start: number;
}

/**
 * Where the list after a label (from `from`) ends, and where the next label starts (null when the list ends the
 * header): at that label, at a sentence's end ("… Sonia Allen. Steve Farrin may be late."), or at the start of the
 * entry's prose (past its first break, "… Renewal Manager) The Chair informed the Board that …", or at the sentence's
 * subject). Read word by word, once; words in brackets are a person's office, never prose. The next part starts at
 * `nextPart` where that is not its label ("B. Staff present:", a lettered part's).
 */
function listEnd(line: string, from: number): { end: number; nextLabel: number | null; nextPart?: number } {
  const pattern = /\S+/g;
  pattern.lastIndex = from;
  let depth = 0;
  let entry: Word[] = [];
  let entryBreak: number | null = null;
  let sentenceWords = 0;
  let previous: Word | null = null;
  for (let match = pattern.exec(line); match; match = pattern.exec(line)) {
    const word = { text: match[0], start: match.index };
    const opensCapitalised = /^[\p{Lu}\d]/u.test(word.text);
    if (depth === 0 && opensCapitalised && labelAt(line, word.start)) {
      // "… and Chairman Abels. B. Staff present: …": the letter of an item's next part starts it, after the list's full stop.
      const lettered = previous !== null && /^\p{Lu}\.$/u.test(previous.text) && entry.length > 1 && endsSentence(entry[entry.length - 2].text);
      return lettered && previous ? { end: previous.start, nextLabel: word.start, nextPart: previous.start } : { end: word.start, nextLabel: word.start };
    }
    // "… Rhea Collins, CAO MEETING CALLED TO ORDER The meeting …": the minutes' first section, its title in capitals.
    if (depth === 0 && /^\p{Lu}{2}/u.test(word.text)) {
      const title = sectionTitleAt(line, word.start);
      if (title !== -1) return { end: title, nextLabel: null };
    }
    // "… Fred Moore 1. CALL TO ORDER: …", "… Brian Rubin III . APPROVAL OF MINUTES …": the minutes' first item, its title in capitals.
    if (depth === 0 && /^[\dIVX]/.test(word.text) && NUMBERED_CAPITALS_TITLE.test(line.slice(word.start, word.start + 40))) return { end: word.start, nextLabel: null };
    // The minutes start at a minute's reference that a title follows, though no sentence has yet shown the list to have ended.
    if (depth === 0 && MINUTE_REFERENCE.test(word.text) && /^(?:[–—-]\s+)?[\p{Lu}\d]/u.test(line.slice(pattern.lastIndex + 1, pattern.lastIndex + 4))) {
      // "… Cllr D Kelly MDL293/21 OFFICIALS PRESENT …": a minute of the header's own, its title the next list's label.
      if (labelAt(line, pattern.lastIndex + 1)) return { end: word.start, nextLabel: pattern.lastIndex + 1 };
      return { end: previous && MINUTE_WORD.test(previous.text) ? previous.start : word.start, nextLabel: null };
    }
    if (depth === 0 && previous && opensCapitalised && !PERSON_START.test(line.slice(word.start, word.start + 12))) {
      if (endsSentence(previous.text) && !LABEL_SHAPE.test(line.slice(word.start, word.start + 44))) return { end: word.start, nextLabel: null };
      if (entryBreak === null && (previous.text.endsWith(')') || ITEM_NUMBER.test(previous.text))) entryBreak = previous.text.endsWith(')') ? word.start : previous.start;
    }
    // "… Janet Ruddle - Clerk and 4 members of the public 19.00 The Chair …": a count of the public ends the list.
    if (depth === 0 && COUNT_WORD.test(word.text)) {
      const count = PUBLIC_COUNT_AFTER.exec(line.slice(pattern.lastIndex, pattern.lastIndex + 40));
      if (count) return countEnd(line, pattern.lastIndex + count[0].length);
    }
    entry.push(word);
    const bare = word.text.replace(/[,;.:]+$/, '');
    if (depth === 0 && /^\p{Ll}/u.test(bare) && !SMALL_WORDS.has(bare) && !PARTICLE.test(bare) && ++sentenceWords > MAX_SENTENCE_WORDS) {
      return { end: proseStart(entry, entryBreak), nextLabel: null };
    }
    depth = Math.max(0, depth + (word.text.match(/[([]/g)?.length ?? 0) - (word.text.match(/[)\]]/g)?.length ?? 0));
    // "… Ellen Frost (Secretary) The Chair welcomed Dev Kapoor, who …": an entry that has begun a sentence goes on past its comma.
    if (depth === 0 && sentenceWords === 0 && /[,;]$/.test(word.text)) {
      entry = [];
      entryBreak = null;
    }
    previous = word;
  }
  return { end: line.length, nextLabel: null };
}

/** "4", "two", "several": a count, before "members of the public" (PUBLIC_COUNT_AFTER). */
const COUNT_WORD = /^(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|several)$/i;
const PUBLIC_COUNT_AFTER = /^\s+(?:members?|residents|parishioners)\s+of\s+(?:the\s+)?(?:public|press|parish)\b\.?/i;

/** The list's end after its count of the public (at `end`), and the next label when one starts the words after it. */
function countEnd(line: string, end: number): { end: number; nextLabel: number | null } {
  const next = line.slice(end).search(/\S/);
  return next !== -1 && labelAt(line, end + next) ? { end, nextLabel: end + next } : { end, nextLabel: null };
}

/** Whether a word ends a sentence: a full stop after a word, not after an initial, an abbreviation or a title. */
function endsSentence(word: string): boolean {
  return word.endsWith('.') && !ABBREVIATION.test(word.replace(/^[(“"‘']+/, '')) && /[\p{L})]\.$/u.test(word);
}

/** Where the prose an entry's words run into starts: at its first break, else at its sentence's subject, else the entry's start. */
function proseStart(entry: Word[], entryBreak: number | null): number {
  if (entryBreak !== null) return entryBreak;
  const texts = entry.map((word) => word.text);
  const verb = texts.findIndex((text) => /^\p{Ll}/u.test(text) && !SMALL_WORDS.has(text));
  const subject = verb === -1 ? -1 : sentenceStart(texts, verb);
  return entry[subject === -1 ? 0 : jointSubjectStart(texts, subject)].start;
}

/** A subject's article or pronoun ("The Town Clerk and …"), where a subject's words start. */
const SUBJECT_OPENER = /^(?:The|A|An|This|These|Both|All)$/;
/** How many capitalised words a subject joined by "and" may have before it ("The Town Clerk and Deputy Town Clerk were …"). */
const MAX_JOINED_SUBJECT_WORDS = 4;

/**
 * Where a subject joined by "and" starts, given where its last part does (`subject`): the list would otherwise end in
 * "… The Town Clerk and", and its last entry would be read as going on into the minutes' words. Back over the words
 * before "and" to an article that opens them; the last part alone when none does.
 */
function jointSubjectStart(texts: string[], subject: number): number {
  if (subject < 2 || !/^(?:and|&)$/.test(texts[subject - 1])) return subject;
  for (let start = subject - 2; start >= Math.max(0, subject - 1 - MAX_JOINED_SUBJECT_WORDS); start -= 1) {
    if (!/^\p{Lu}/u.test(texts[start])) break;
    if (SUBJECT_OPENER.test(texts[start])) return start;
  }
  return subject;
}
