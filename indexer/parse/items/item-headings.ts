// Which heading candidates are a meeting's agenda items: numbered headings whose numbers keep rising, else the
// headings a reader marked at one level, else ALL CAPS lines, else Title Case lines.
import { hasCapitalisedWords } from './capitals';
import { DECISION_LABEL } from '../decisions/decisions';
import type { HeadingCandidate } from './headings';
import { restartedListItems } from './restarted-lists';
import { romanValue } from './item-numbers';
import { minuteShapeTest, mostCommon, withoutBareNumbersAboveMinutes } from './minute-shapes';
import { withoutListedAgenda } from './listed-agenda';
import { itemLevelAbove } from './marked-levels';
import { withoutListsAmongMarkedHeadings } from './marked-over-listed';
import { withSlippedFirstNumber } from './slipped-numbers';
import { withoutReferencesBetweenItems } from './references-between-items';

export { withSkippedAgendaItems } from './sequence-gaps';

/**
 * The number that orders items: "12" → 12, "4.1" → 4.1; for "22/104" or "45/24" the part that changes from
 * item to item (the other is the year); null for letters.
 */
function sequenceReader(candidates: HeadingCandidate[], isMinuteShape: (number: string) => boolean): (number: string) => number | null {
  const slashed = candidates.filter((candidate) => isMinuteShape(candidate.number!)).map((candidate) => candidate.number!.split('/')).filter((parts) => parts.length > 1);
  const yearFirst = slashed.length > 1 && new Set(slashed.map((parts) => parts[0])).size === 1;
  // "C/141/2024", "C/142/2024" (Northern Irish councils: the body's letter, the minute, the year), "Cou/285/07-08" (an
  // English parish's, the financial year's two years): the year last, the same in every number, orders nothing; the minute before it does.
  const yearLast = yearFirst && slashed.every((parts) => parts.length === 3 && /^(?:(?:19|20)\d{2}|\d{2}[-–]\d{2})$/.test(parts[2]) && parts[2] === slashed[0][2]);
  // "I.", "II.", "III.": a document numbering its items in Roman numerals (a lone "I" could be a letter).
  const roman = candidates.some((candidate) => /^(?:II|III|IV|VI|VII|VIII|IX)$/.test(candidate.number!));
  return (number) => {
    if (roman && ROMAN.test(number)) return romanValue(number);
    // "A.", "B.", "C.": items lettered in order.
    if (/^[A-Z]$/i.test(number)) return number.toUpperCase().charCodeAt(0) - 64;
    // "3-0607/8": the minute before the council year and the meeting.
    if (/^\d{1,3}-\d{4}\//.test(number)) return Number(number.slice(0, number.indexOf('-')));
    const parts = number.split('/');
    const slashPart = yearLast && parts.length === 3 ? parts[1] : parts.length > 1 && !yearFirst ? parts[0] : parts[parts.length - 1];
    // "23/24-01": the academic year, then the item.
    const part = slashPart.includes('-') ? slashPart.slice(slashPart.lastIndexOf('-') + 1) : slashPart;
    // "AG.41", "B1": the letters of a committee's code, then the item.
    // "FC.25.12": the committee's letters and the year, then the minute.
    if (/^[A-Z]{1,4}\.\d{2}\.\d{1,3}$/i.test(part)) return Number(part.slice(part.lastIndexOf('.') + 1));
    const value = Number(part.replace(/^[A-Z]+[\s.]?/i, '').replace(/[a-z]$/i, ''));
    return Number.isFinite(value) ? value : null;
  };
}

const ROMAN = /^(?:X{0,2})(?:IX|IV|V?I{0,3})$/;

/**
 * "6.1 PLANNING PERMIT …" under "6. PLANNING REPORTS", "7.1 Parking Meter Pilot Program" under "7. NEW BUSINESS": a
 * sub-item titled in the capitals of the items, or in capitalised words, is an item too; "6.1 The Panel noted the
 * report." is a numbered paragraph.
 */
function isSubItemTitle(title: string, underCapitalItem: boolean, marked: boolean): boolean {
  // "5.1 None.": a sentence under the item, not a title.
  if (/[.!?]$/.test(title)) return false;
  if (!/\p{Ll}/u.test(title)) return underCapitalItem;
  // "**1.1 Welcome and apologies**": a line set apart in bold or as a heading is a title in sentence case too, as a
  // numbered paragraph never is.
  return !SUB_ITEM_TOO_LONG.test(title) && (marked || hasCapitalisedWords(title));
}

/** Fifteen words or more: a sentence, not a sub-item's title. */
const SUB_ITEM_TOO_LONG = /^(?:\S+\s+){14}\S/;

/** Twenty-five words or more: too long even for a lettered matter's title ("Ordinance 2025-02 Amending Title 17 …"). */
const LETTERED_TITLE_TOO_LONG = /^(?:\S+\s+){24}\S/;

/** A lettered sub-item's title: capitalised words, no sentence's end; an ordinance's or a resolution's title runs long. */
function isLetteredSubItemTitle(title: string): boolean {
  return !/[.!?]$/.test(title) && !LETTERED_TITLE_TOO_LONG.test(title) && hasCapitalisedWords(title);
}

/**
 * Numbered headings keep rising; a lower number is a numbered paragraph or a sub-item of the item above. An `outlier`
 * (slipped-numbers.ts) is kept without setting the number the next ones must rise above.
 */
function risingNumbers(candidates: HeadingCandidate[], outlier: HeadingCandidate | null = null): HeadingCandidate[] {
  const isMinuteShape = minuteShapeTest(candidates);
  const sequenceOf = sequenceReader(candidates, isMinuteShape);
  // "11.2" is the parent of "11.2.3" as "11" is of "11.2"; a slashed minute ("AGC/24/17", "22/104") is the parent of
  // the paragraphs numbered on from its own number ("17.2", "104.1").
  const parents = new Set(
    candidates.flatMap(({ number }) => (/^\d+(?:\.\d+)?$/.test(number ?? '') ? [number] : number?.includes('/') && isMinuteShape(number) ? [String(sequenceOf(number))] : [])),
  );
  const capitalItems = new Set(candidates.filter((candidate) => /^\d+$/.test(candidate.number ?? '') && !/\p{Ll}/u.test(candidate.title)).map((candidate) => candidate.number));
  // "1.0 Apologies for Absence" over "1.1 Cllr Ellis – work", "1.2 The apologies were accepted": where items are
  // numbered "N.0", the numbers after each are its paragraphs, however they read.
  const pointZeroItems = candidates.filter((candidate) => /^\d+\.0$/.test(candidate.number ?? '')).length >= 2;
  const romanItems = candidates.some((candidate) => /^(?:II|III|IV|VI|VII|VIII|IX)$/.test(candidate.number!));
  const kept: HeadingCandidate[] = [];
  let last = -Infinity;
  let lastLetter = 0;
  // Whether the last item kept is numbered by a whole number ("5"), and the last letter of its sub-items so far.
  let underWholeNumber = false;
  let subLetter = 0;
  for (const candidate of candidates) {
    const number = candidate.number!;
    if (!isMinuteShape(number)) continue;
    const dotted = /^(\d+(?:\.\d+)?)\.\d+$/.exec(number);
    if (pointZeroItems && dotted && !number.endsWith('.0')) continue;
    if (dotted) {
      if (parents.has(dotted[1]) && !isSubItemTitle(candidate.title, capitalItems.has(dotted[1].split('.')[0]), candidate.kinds.includes('marked'))) continue;
      // "11.2.1", "11.2.2" under "11.2": numbered in three parts, ordered by their place under their parent.
      if (dotted[1].includes('.')) {
        kept.push(candidate);
        continue;
      }
    }
    // "3.B AGREEMENT WITH …" under "3. CONSENT AGENDA": a lettered sub-item of the item above.
    // "Agenda Item 4(a) – 24/01873/FUL – Land at …" under "Agenda Item 4 – Planning Applications": the same, in brackets.
    // "Agenda Item 7a – Title" under "Agenda Item 7 – Action Items": the letter set straight after the number.
    // "7-A Community Planning Strategy" under "7. REGULAR AGENDA ITEMS": a US city's sub-item, lettered after a hyphen.
    const letteredSub = /^(\d+)(?:\.[A-Z]|\([a-z]\)|[a-z]|-[A-Z])$/i.exec(number);
    // A lettered line set apart in bold or as a heading, or lettered after a hyphen (which no paragraph is), is a
    // sub-item's title whatever its words' case or length, as isSubItemTitle reads a numbered one.
    const setApart = (candidate.kinds.includes('marked') || number.includes('-')) && !/[.!?]$/.test(candidate.title);
    if (letteredSub && parents.has(letteredSub[1]) && (setApart || isLetteredSubItemTitle(candidate.title))) {
      kept.push(candidate);
      continue;
    }
    // "VI. BUSINESS SERVICES" then "A. Second Interim Budget Report": under Roman numerals, letters number sub-items.
    if (romanItems && /^[A-Z]$/.test(number) && kept.length > 0 && isSubItemTitle(candidate.title, false, false)) {
      kept.push(candidate);
      continue;
    }
    // "5. CONSENT AGENDA" then "A. Minutes of the Regular Meeting of …", "B. Resolution 2025-14 Accepting …": under a
    // whole-numbered item, letters from A on number its sub-items (each titled in capitalised words, not a sentence).
    if (!romanItems && /^[A-Z]$/.test(number) && number.charCodeAt(0) - 64 === subLetter + 1 && underWholeNumber && isLetteredSubItemTitle(candidate.title)) {
      subLetter += 1;
      kept.push(candidate);
      continue;
    }
    // "Q. Trustees asked how …" under minutes numbered 23/24-03: a letter out of its alphabet's order ("A." first, then
    // the next) marks a question or a paragraph, not an item.
    const letter = !romanItems && /^[A-Z]$/i.test(number) ? number.toUpperCase().charCodeAt(0) - 64 : null;
    if (letter !== null && letter !== lastLetter + 1) continue;
    const value = sequenceOf(number);
    if (value !== null && value <= last && kept.length > 0) continue;
    if (value !== null && candidate !== outlier) last = value;
    if (letter !== null) lastLetter = letter;
    underWholeNumber = /^\d{1,3}$/.test(number);
    subLetter = 0;
    kept.push(candidate);
  }
  return kept;
}

/**
 * "A. Minutes of …" / "B. Warrant Register …" / "C. Award of Contract …" (or "a) …", "b) …") on lines one under another, with no text
 * between them: the entries of a list (a consent calendar, the papers received), not headings with minutes under them.
 */
function withoutListRuns(candidates: HeadingCandidate[]): HeadingCandidate[] {
  const lettered = (candidate: HeadingCandidate | undefined) => candidate !== undefined && /^[A-Z]$/i.test(candidate.number ?? '');
  return candidates.filter((candidate, position) => {
    if (!lettered(candidate)) return true;
    const before = candidates[position - 1];
    const after = candidates[position + 1];
    const follows = lettered(before) && before.next === candidate.index;
    const leads = lettered(after) && candidate.next === after.index;
    return !follows && !leads;
  });
}

/**
 * US minutes head their sections in unnumbered capitals ("CALL TO ORDER", "ROLL CALL", "PUBLIC HEARINGS"), or in
 * unnumbered Title Case lines, and number
 * only the matters under some of them: when such headings open the minutes and outnumber the numbered ones, both are
 * items. Null when the minutes are not so laid out.
 */
function capitalSections(candidates: HeadingCandidate[], numbered: HeadingCandidate[]): HeadingCandidate[] | null {
  // The same minutes published with their sections in Title Case ("Call to Order", "Roll Call") are laid out alike.
  for (const kind of ['caps', 'titlecase'] as const) {
    const sections = candidates.filter((candidate) => candidate.number === null && candidate.kinds.includes(kind) && candidate.level === null);
    if (sections.length < 3 || sections.length <= numbered.length || numbered.length === 0 || sections[0].index > numbered[0].index) continue;
    return [...withLegislation(sections, candidates), ...numbered].sort((a, b) => a.index - b.index);
  }
  return null;
}

/** Sections of one kind with the legislation headings among them, in order: an ordinance heads an item whatever the sections' case. */
function withLegislation(sections: HeadingCandidate[], candidates: HeadingCandidate[]): HeadingCandidate[] {
  const legislation = candidates.filter((candidate) => candidate.kinds.includes('legislation'));
  return legislation.length === 0 ? sections : [...sections, ...legislation].sort((a, b) => a.index - b.index);
}

/** Where the first numbered heading is, an agenda listed above the minutes' own numbered items aside (listed-agenda.ts). */
export function firstNumberedHeading(candidates: HeadingCandidate[]): number {
  return withoutListedAgenda(candidates.filter((candidate) => candidate.kinds.includes('numbered')))[0]?.index ?? Infinity;
}

/**
 * The item headings of one meeting: numbered headings when the document numbers its items (with unnumbered
 * headings marked at the same level), else its marked headings, else ALL CAPS lines, else Title Case lines.
 */
export function chooseItemHeadings(candidates: HeadingCandidate[]): HeadingCandidate[] {
  const listed = withoutListsAmongMarkedHeadings(candidates.filter((candidate) => candidate.kinds.includes('numbered')), candidates);
  const restarted = restartedListItems(listed);
  if (restarted) return restarted;
  const numbered = withSlippedFirstNumber(withoutBareNumbersAboveMinutes(withoutListRuns(withoutReferencesBetweenItems(withoutListedAgenda(listed)))), risingNumbers);
  const sections = capitalSections(candidates, numbered);
  if (sections) return sections;
  if (numbered.length >= 2 || (numbered.length === 1 && candidates.filter((candidate) => candidate.kinds.includes('marked')).length <= 1)) {
    const numberedLevel = mostCommon(numbered.map((candidate) => candidate.level).filter((level) => level !== null));
    const markedSiblings = candidates.filter((candidate) => candidate.number === null && numberedLevel !== undefined && candidate.level === numberedLevel);
    return [...numbered, ...markedSiblings].sort((a, b) => a.index - b.index);
  }
  const marked = candidates.filter((candidate) => candidate.kinds.includes('marked'));
  if (marked.length >= 2) {
    const levels = marked.map((candidate) => candidate.level);
    // A level used once, above the others, is the document's title.
    const titleLevel = (levels as number[]).reduce((lowest, level) => Math.min(lowest, level));
    const titleLevelUses = levels.filter((level) => level === titleLevel).length;
    const itemLevels = titleLevelUses > 1 ? levels : levels.filter((level) => level !== titleLevel);
    const commonLevel = mostCommon(itemLevels) ?? titleLevel;
    const itemLevel = commonLevel > titleLevel + 1 || (titleLevelUses > 1 && commonLevel > titleLevel) ? itemLevelAbove(marked, commonLevel) : commonLevel;
    // "### FY26 Water and Sewer Rates" under "## New Business": a heading one level down, under an item, is a sub-item
    // (a wholly bold line, level 7, is no heading level).
    const subLevel = itemLevel !== commonLevel ? commonLevel : itemLevel < 6 ? itemLevel + 1 : null;
    const firstItem = marked.find((candidate) => candidate.level === itemLevel)?.index ?? Infinity;
    return marked.filter((candidate) => candidate.level === itemLevel || (candidate.level === subLevel && candidate.index > firstItem));
  }
  for (const kind of ['caps', 'titlecase'] as const) {
    const ofKind = candidates.filter((candidate) => candidate.kinds.includes(kind));
    // An abbreviation ("AOCB") is of both kinds: it makes the document's headings neither.
    if (ofKind.filter((candidate) => !candidate.kinds.includes('caps') || !candidate.kinds.includes('titlecase')).length >= 2) return withLegislation(ofKind, candidates);
  }
  const legislation = candidates.filter((candidate) => candidate.kinds.includes('legislation'));
  return numbered.length === 0 && legislation.length >= 2 ? legislation : numbered;
}

/** "1.  The Chairman welcomed …", "11. The next meeting would be held …": a numbered paragraph, six words or more. */
const NUMBERED_PARAGRAPH = /^\s*\d{1,3}\.\s+\p{Lu}\S*(?:\s+\S+){5}/u;

/**
 * "Opening Remarks" over "1.  The Chairman welcomed …" before "Item 1: …", and "Date of Next Meeting" over "11. The
 * next meeting …" after the last: minutes that number their paragraphs (Hong Kong district councils) head what comes
 * before and after the numbered items with unnumbered titles, each an item where a numbered paragraph opens under it.
 */
export function withFramingSections(headings: HeadingCandidate[], candidates: HeadingCandidate[], lines: string[]): HeadingCandidate[] {
  if (headings.length < 2 || headings.some((heading) => heading.number === null)) return headings;
  const [first, last] = [headings[0].index, headings[headings.length - 1].index];
  const opensNumberedParagraph = (candidate: HeadingCandidate) => {
    let below = candidate.next;
    while (below < lines.length && lines[below].trim() === '') below += 1;
    return below < lines.length && NUMBERED_PARAGRAPH.test(lines[below]) && !candidates.some((other) => other.index === below);
  };
  const framing = candidates.filter(
    (candidate) =>
      candidate.number === null && candidate.level === null && (candidate.index < first || candidate.index > last) &&
      (candidate.kinds.includes('titlecase') || candidate.kinds.includes('caps')) && opensNumberedParagraph(candidate),
  );
  return framing.length === 0 ? headings : [...framing, ...headings].sort((a, b) => a.index - b.index);
}

/** A line that opens a sentence of four words or more: "The meeting was adjourned …". */
const OPENS_SENTENCE = /^\s*\p{Lu}\p{Ll}*(?:\s+\S+){3}/u;

/** "2025-04-071", "24/105", "PE/24/01": a minute's number with its year, as a resolution's number is made; not "3" or "IV". */
const NUMBER_WITH_YEAR = /^\D*\d(?:\D*\d){3}/;

/**
 * "FIRST QUESTION PERIOD" among "2025-04-073  ACCOUNTS PAYABLE – MARCH 2025" and the like: minutes that number only
 * the items that carry a resolution (Quebec councils number each by its resolution and year) head the others in the
 * same style with no number. Where every numbered item is so numbered, and titled in capitals (or every one in
 * capitalised words), a one-line heading of that style standing alone is an item of its own between them: a blank
 * line or a finished sentence or motion above it, text straight under it. Minutes numbered "1.", "2." so head what
 * comes before their first item ("PUBLIC PARTICIPATION" over a resident's question, then "1. APOLOGIES FOR ABSENCE").
 */
export function withCapitalPeers(headings: HeadingCandidate[], candidates: HeadingCandidate[], lines: string[]): HeadingCandidate[] {
  if (headings.length < 2 || headings.some((heading) => heading.number === null)) return headings;
  // Numbered otherwise ("1. APOLOGIES"), only a heading above the first item ("PUBLIC PARTICIPATION") is such a peer.
  const before = headings.some((heading) => !NUMBER_WITH_YEAR.test(heading.number!)) ? headings[0].index : Infinity;
  // "A. Ordinance No. 2025-02 Amending …" under "3. PUBLIC HEARINGS": a lettered sub-item's case is not the items'.
  const items = headings.filter((heading) => /^\d/.test(heading.number!));
  const inCapitals = (heading: HeadingCandidate) => !/\p{Ll}/u.test(heading.title);
  const kind = headings.every(inCapitals) || (items.length >= 2 && items.every(inCapitals)) ? 'caps' : headings.every((heading) => hasCapitalisedWords(heading.title)) ? 'titlecase' : null;
  if (kind === null) return headings;
  const endsAbove = (index: number) => index === 0 || lines[index - 1].trim() === '' || /[.!?]$|^[A-Z ]+$/.test(lines[index - 1].trim());
  const standsAlone = (candidate: HeadingCandidate) =>
    candidate.next === candidate.index + 1 && endsAbove(candidate.index) &&
    candidate.next < lines.length && lines[candidate.next].trim() !== '' && !candidates.some((other) => other.index === candidate.next);
  // "ADJOURNMENT" over "The meeting was adjourned at 7:15 p.m.": after the last item, a peer in capitals over a sentence
  // closes them ("Decision" or "RESOLVED" over the last item's decision is that item's label).
  const after = before === Infinity || kind !== 'caps' ? -1 : headings[headings.length - 1].index;
  const closes = (candidate: HeadingCandidate) => after >= 0 && candidate.index > after && OPENS_SENTENCE.test(lines[candidate.next]) && !DECISION_LABEL.test(candidate.title);
  const placed = (candidate: HeadingCandidate) => candidate.index < before || closes(candidate);
  const peers = candidates.filter((candidate) => candidate.number === null && candidate.level === null && placed(candidate) && candidate.kinds.includes(kind) && standsAlone(candidate));
  return peers.length === 0 ? headings : [...peers, ...headings].sort((a, b) => a.index - b.index);
}
