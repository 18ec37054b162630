// Lines the page wrapped, joined back into the line the writer typed: a word processor flows a paragraph onto as many
// lines as it needs, and its PDF keeps only where each line stands. Joined, a paragraph reads as the .docx or HTML
// reader gives it ("Councillor Ruth" / "Vane," is one name; "…monthly." / "The Environmental Health Manager…" one turn).
import { endsWithoutSentenceEnd } from '../../core/text/sentences';
import { isTyped, rightEdgeOf, wrapsOnto, type LaidLine, type Line } from './pdf-lines';

/** A page's lines as laid out, with the column each is set in and each column's right edge (the furthest its lines reach). */
export interface LaidPage {
  laid: LaidLine[];
  columnOf: number[];
  columnRights: number[];
  /** The right edges of the document's typed lines, furthest first (typedRightEdges); none where the page is read alone. */
  typedRights?: number[];
}

/** How near (in points) a line must start to where a run of the line above starts to stand under it. */
const UNDER_RUN = 2;

/** Two spaces or more between words: a column gap, as a table's row has. */
const COLUMN_GAP = /\S\s{2,}\S/;

/** "Present:    Cllr …": a label set apart from its text by a column gap, as a tab sets it. */
const LABEL_GAP = /^[^\s:][^:]{0,40}:\s{2,}/;

/** "ITEM 3/2024    CONFIRMATION OF MINUTES …", "25/151    Lease …": an item's number set apart from its title by a tab's gap. */
const NUMBER_GAP = /^(?:(?:Minute|Item)\s+(?:No\.?\s*)?)?\d{1,4}(?:[./]\d{1,4})*[.):]?\s{2,}/i;

const hasColumnGap = (text: string) => COLUMN_GAP.test(text.trim());
const isAllBold = ({ line }: LaidLine) => line.runs.every((run) => run.bold);
/** A line set in a typewriter's font (a text file printed). */

/**
 * "        Cr Paewai asked … arrangement." over "Ms Rewi replied …" back at the margin: an indented line's rest the page
 * wrapped starts at the paragraph's edge (a typed line's leading spaces, a first line's indent, stay on its first line),
 * where the writer's next line would have kept the indent.
 */
const backAtMargin = (line: Line, next: Line) => next.runs[0].x < line.runs[0].x - line.size;

/**
 * Whether the `index`th line may carry on the prose of the line above: in the same type (size, and bold or not) and
 * column, a line of words (not a table's row) under a line of words, starting no further right than the line above
 * does, or under one of its runs (the text after a hanging number). Under a label's line ("Present:    Cllr … Hart-"),
 * only back at the label's edge ("Davies, …"): a line under the label's text is the next entry of its list. An item's
 * number set apart from its title so is such a label.
 */
function mayCarryOn({ laid, columnOf }: LaidPage, index: number): boolean {
  const [above, current] = [laid[index - 1], laid[index]];
  if (!above || current.before !== '\n' || current.line.cellRow || above.line.cellRow || columnOf[index] !== columnOf[index - 1] || Math.abs(current.line.size - above.line.size) > 0.5) return false;
  // A line all in bold over one that is not is a heading over its text, not a paragraph wrapped.
  if (hasColumnGap(current.text) || isAllBold(current) !== isAllBold(above)) return false;
  const start = current.line.runs[0].x;
  const atEdge = start <= above.line.runs[0].x + UNDER_RUN;
  // A typed table's row the page wrapped: its rest back at the margin ("Ms Joanne Tate    Manager Corporate" / "Services").
  if (hasColumnGap(above.text)) return (atEdge && !hasColumnGap(above.text.trim().replace(LABEL_GAP, '').replace(NUMBER_GAP, ''))) || (isTyped(above) && isTyped(current) && backAtMargin(above.line, current.line));
  return atEdge || above.line.runs.some((run) => Math.abs(run.x - start) <= UNDER_RUN);
}

/** Whether the page wrapped the `index`th line: it may carry on the line above, and its first word would not have fitted there. */
const pageWrapped = (page: LaidPage, index: number) => mayCarryOn(page, index) && wrapsOnto(page.laid[index - 1].line, page.laid[index].line, rightOf(page, index));

/** The right edge of the `index`th line's column: for a typed line, the document's typed lines' furthest. */
function rightOf({ laid, columnOf, columnRights, typedRights }: LaidPage, index: number): number {
  const column = columnOf[index];
  return typedRights?.length && column === 0 && isTyped(laid[index]) ? Math.max(typedRights[0], columnRights[0]) : columnRights[column];
}

/** Lines carrying a sentence on (in lower case) whose first word would have fitted above, in a text whose writer broke its lines: at least this many… */
const WRITER_BREAKS = 2;
/** …and at least this share of the lines carrying a sentence on. */
const WRITER_BREAK_SHARE = 0.25;

/**
 * Whether the writer broke the document's lines, not the page: lines carrying a sentence on (in lower case) whose first
 * word would have fitted on the line above. A word processor never leaves such room; hard-wrapped text often does, and
 * there a line's end may be where the writer ended a turn ("…final proposals." / "RESOLVED that"): the parser decides,
 * and only a typewriter's line the page wrapped mid-sentence is joined.
 */
export function writerBrokeLines(pages: LaidPage[]): boolean {
  let carried = 0;
  let roomLeft = 0;
  for (const page of pages) {
    page.laid.forEach((current, index) => {
      if (!/^\p{Ll}/u.test(current.text.trimStart()) || !mayCarryOn(page, index)) return;
      carried += 1;
      if (!pageWrapped(page, index)) roomLeft += 1;
    });
  }
  return roomLeft >= WRITER_BREAKS && roomLeft >= WRITER_BREAK_SHARE * carried;
}

/** "Vice-" at a line's end: a word joined by its hyphen, or split there ("con-" / "firmed"). */
export const endsAtHyphen = (text: string) => /\p{L}-$/u.test(text.slice(-2));

/**
 * "Vice-" or "2025-" at a line's end: a word or a figure joined by its hyphen ("Resolution No. 2025-" / "32", "the 14-"
 * / "day target"), which the page broke after it; only a word's may be a word split there.
 */
export const endsAtJoiningHyphen = (text: string) => /[\p{L}\d]-$/u.test(text.slice(-2));

/** Lines ending in a word split at a hyphen, in a document whose typesetter split words: at least this many. */
const SOFT_HYPHEN_SPLITS = 3;

/**
 * Whether the document's typesetter split its words at line ends ("…forecast a short-" / "fall of 420 places"), not only
 * the page its compounds at their hyphen ("Vice-" / "Chair"): of its lines as joined (`pages`), at least
 * SOFT_HYPHEN_SPLITS end at a hyphen before a line going on in lower case, and one of them is still a line's end, the
 * page not having wrapped it (a page flowing its text breaks a word only at its edge).
 */
export function typesetterHyphenates(pages: LaidLine[][]): boolean {
  let [splits, kept] = [0, 0];
  for (const laid of pages) {
    laid.forEach(({ text, before }, index) => {
      if (index === 0 || (before !== ' ' && before !== '\n') || !/^\p{Ll}/u.test(text.trimStart()) || !endsAtHyphen(laid[index - 1].text)) return;
      splits += 1;
      if (before === '\n') kept += 1;
    });
  }
  return splits >= SOFT_HYPHEN_SPLITS && kept > 0;
}

/** Lines (itself with them) reaching within a font size of a line's right edge or further, for that edge to be the column's. */
const LINES_AT_EDGE = 3;
/** …within this many for a typed line: a typewriter's lines end on whole characters (0.6 of a size each), a page's longest a short word apart (a line
 * filled to its last character stands out past lines that broke before a longer word). */
const TYPED_EDGE_SIZES = 4;

/**
 * The right edges of the document's typed lines (a typewriter's font, in a page's first column), furthest first: a text
 * file printed fills every page to one edge, and a page with few full lines (its last, a short page before a break)
 * says where its lines end only with the others'.
 */
export function typedRightEdges(pages: LaidPage[]): number[] {
  return pages
    .flatMap(({ laid, columnOf }) => laid.filter((laidLine, index) => columnOf[index] === 0 && isTyped(laidLine)).map(({ line }) => rightEdgeOf(line)))
    .sort((a, b) => b - a);
}

/**
 * Whether each line ends at its column's edge with others: lines standing out past every other (a title running into
 * the margin) say nothing of where the column ends. Each column's right edges are sorted once and searched; a typed
 * line's are the document's (`typedRights`).
 */
function endingWithOthers({ laid, columnOf, typedRights }: LaidPage): boolean[] {
  const edges = new Map<number, number[]>();
  laid.forEach(({ line }, index) => {
    if (!edges.has(columnOf[index])) edges.set(columnOf[index], []);
    edges.get(columnOf[index])!.push(rightEdgeOf(line));
  });
  for (const rights of edges.values()) rights.sort((a, b) => b - a);
  return laid.map((laidLine, index) => {
    const typed = typedRights !== undefined && columnOf[index] === 0 && isTyped(laidLine);
    const rights = typed ? typedRights : edges.get(columnOf[index])!;
    return rights.length >= LINES_AT_EDGE && rights[LINES_AT_EDGE - 1] >= rightEdgeOf(laidLine.line) - (typed ? TYPED_EDGE_SIZES : 1) * laidLine.line.size;
  });
}

/** A line shorter than this (in characters) is no line of a paragraph the page flowed: a column of text holds more. */
const MIN_WRAPPED_LENGTH = 40;

/**
 * A text ending a sentence: a mark, perhaps a closing quote or bracket, but not an abbreviation's full stop ("…the cap.
 * Mr." / "Farraday said"), nor a heading's leader dots ("Lease of the Old Lifeboat House ........" / "25/151").
 */
const endsSentence = (text: string) => /[.!?:;]["”’)\]]?$/.test(text) && !text.endsWith('....') && !endsWithoutSentenceEnd(text);
/**
 * "Present:", "Apologies received and accepted:", "Apologies ; …" (a spaced semicolon for the colon): a line opening with
 * a label, as a new block of minutes does; a list's names ("Haddad, Mrs. Whitfield. Absent:", "Villanueva – aye;") are none.
 */
const LABEL_START = /^\p{Lu}[^\s:,]*(?:\s+[^\s:,]+){0,3}(?::|\s;)(?:\s|$)/u;
/**
 * "RESOLVED that", "CARRIED", "Moved Cr Tan, Seconded …", "On motion of …", "It was RESOLVED to …": after a sentence, a
 * line opening the record of a decision or a motion, which minutes set as a paragraph of its own, whether or not the page
 * left room for its first word. English parish minutes print the verb after "It was" in capitals as often as not.
 */
const RECORD_OPENING = /^(?:(?:RESOLVED|AGREED|CARRIED|DECIDED|RECOMMENDED|NOTED|LOST|DEFEATED|MOTION|DECISION)\b|(?:Moved|Seconded|Proposed)\s+(?:by\s+)?\p{Lu}|On (?:the )?motion\b|It was (?:unanimously )?(?:resolved|agreed|moved|RESOLVED|AGREED|MOVED)\b)/u;
/**
 * "4. ", "6.1 ", "Minute No. 4/2025 – ", "Item 7: ", "A. ", "b) ": a line opening with an item's number, or the letter of
 * an item under a numbered one (US minutes letter the hearings and reports under "3. PUBLIC HEARINGS").
 */
const ITEM_NUMBER_OPENING = /^\s*(?:(?:(?:Minute|Item)\s+(?:No\.?\s*)?)?\d{1,3}(?:[./]\d{1,4})*[.):]?|[a-z][.)])\s+(?:[–—-]\s+)?\S/i;
/** "Councillor Upton said", "Mrs Vibert nominated": a line opening with a titled person, as a turn does. */
const TITLED_PERSON_OPENING = /^\s*(?:Cllr|Councillor|Cr|Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Rev|Revd|Sir|Dame)\.?\s+\p{Lu}[\p{L}'’-]+\s+\p{Ll}/u;
/**
 * "…Appointed Members: Cllr" over "Hebblethwaite Co-opted Members:": a line ending in a person's title, whose name the page
 * carried onto the next line; the name's line looks like a label's ("Hebblethwaite Co-opted Members:") but opens none.
 */
const ENDS_AT_TITLE = /(?:^|\s)(?:Cllr|Councillor|Cr|Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Rev|Revd|Sir|Dame)\.?$/;
/** Words a sentence the page wrapped may stop at ("… seconded by" / "Councillor Upton"), where no title ends. */
const CARRYING_WORD = /\b(?:and|or|but|by|of|to|from|with|that|the|a|an|for|in|on|at|as|whom|which|who|than|whether|if|when|thanked|asked|told|invited|welcomed)$/i;

/** Short words a title leaves in lower case ("… Amending the Zoning Code for Accessory Dwelling Units"). */
const TITLE_MINOR_WORD = /^(?:a|an|and|as|at|by|for|from|in|into|of|on|or|the|to|with)$/;
/** Whether every word of a text is capitalised (or a figure) but the short words a title leaves in lower case. */
const inTitleCase = (text: string) => text.trim().split(/\s+/).every((word) => /^[\p{Lu}\d("'‘“]/u.test(word) || TITLE_MINOR_WORD.test(word) || !/\p{L}/u.test(word));

/**
 * Whether a line opening with an item's number is a heading over a turn, not a line of a paragraph the page wrapped:
 * "4. 25/0021/HOU – 12 Abbey Close – side extension" over "Councillor Upton said …", or a title in title case over a
 * line of prose ("6.1 Ordinance No. 2024-07 Amending the Zoning Code for Accessory Dwelling Units" over "Planning
 * Director Kim Sato presented …"; a title's own rest, "Preservation Orders", is in title case too), in a heading set in
 * the text's own type (a typed text printed), long enough to reach the edge. A line stopping at a word a sentence goes
 * on from is not one.
 */
const headsTurn = (text: string, next: string) =>
  ITEM_NUMBER_OPENING.test(text) && !CARRYING_WORD.test(text.trimEnd()) && (TITLED_PERSON_OPENING.test(next) || (inTitleCase(text) && /^\s*\p{Lu}/u.test(next) && !inTitleCase(next)));

/**
 * "…24/00044/HH Replacement garage, Brindle Farm:" over "the council objected on grounds of overdevelopment.": a clause
 * after a colon or semicolon carried on in lower case, which a writer's new paragraph does not start with: the page
 * wrapped it, however far short of the edge the clause before stopped ("…seconded Cllr Ghosh;" over "unanimous)."), as
 * its next word did not fit. Where the page set no space after its paragraphs, the next line ending its own paragraph
 * says nothing, and this says the page wrapped.
 */
const carriesClauseOn = (text: string, next: string) => /[:;]$/.test(text) && (/^\p{Ll}/u.test(next.trimStart()) || carriesListOn(text, next));

/** "Brandt – aye; Villanueva – aye; … Okafor – aye;" over "Hollister – aye.": a run of entries set apart by semicolons, on a line holding two of them at least. */
const SEMICOLON_RUN = /;[^;]+;$/;

/**
 * A run-on list the page wrapped after one of its semicolons, its next entry opening with a name: a line that holds
 * two of its entries (a writer's list set one entry a line holds one) and ends in the mark that joins them, over a line
 * opening with a word, not a label or an entry's own marker.
 */
const carriesListOn = (text: string, next: string) => text.endsWith(';') && SEMICOLON_RUN.test(text.slice(-120)) && /^\p{Lu}[\p{L}'’-]*\s/u.test(next.trimStart()) && !LABEL_START.test(next.trimStart());

/** Whether a text's words are in capitals throughout (a heading, or a record typed in capitals, whose wrapped line goes on so); "25/151" has none, nor has "156 KB". */
const isInCapitals = (text: string) => /\p{Lu}{3}/u.test(text) && !/\p{Ll}/u.test(text);

/** Room (in font sizes) at most after a sentence the page wrapped: a sentence ending further short of the edge ended the writer's line. */
const ROOM_AFTER_SENTENCE = 2;

/**
 * Whether the page, not the writer, ended each line: the next line is one the page wrapped, not opening with a label
 * ("…in the Church Rooms" / "Present: …"), and the line, of a column's length, ends at its column's edge with others. At a sentence's end,
 * where a writer also ends a line ("…for March 2024." / "RESOLVED:" / "That …"), only with no more than a word's room
 * left and the next line one of a paragraph the page flowed (wrapped in turn, or its paragraph's last), or with the next
 * line back at the margin under an indented one (backAtMargin), or with a clause carried on in lower case after a colon
 * or semicolon (carriesClauseOn). In a text whose
 * writer broke its lines (`writerBroke`), only a typewriter's line the page wrapped mid-sentence (a text file's long
 * lines printed). Read from the page's last line up, as each line's answer may hang on the next's.
 */
function endingWrapped(page: LaidPage, writerBroke: boolean): boolean[] {
  const atEdge = endingWithOthers(page);
  const ended = page.laid.map(() => false);
  for (let index = page.laid.length - 2; index >= 0; index -= 1) {
    const { line, text } = page.laid[index];
    // A writer's own breaks are kept but for a typewriter's text printed (a text file's lines longer than the page).
    if (writerBroke && !isTyped(page.laid[index])) continue;
    // A typed line's leading spaces are the writer's characters ("          23 January 2025", a right-set date): they fill the line too.
    const length = isTyped(page.laid[index]) ? text.trimEnd().length : text.trim().length;
    const opensLabel = LABEL_START.test(page.laid[index + 1].text.trimStart()) && !ENDS_AT_TITLE.test(text);
    if (!atEdge[index] || length < MIN_WRAPPED_LENGTH || !pageWrapped(page, index + 1) || opensLabel) continue;
    const roomLeft = rightOf(page, index) - rightEdgeOf(line);
    const after = page.laid[index + 2];
    if (headsTurn(text, page.laid[index + 1].text)) continue;
    const opensRecord = RECORD_OPENING.test(page.laid[index + 1].text.trimStart());
    const flowedOn = roomLeft <= ROOM_AFTER_SENTENCE * line.size && (after === undefined || after.before === '\n\n' || ended[index + 1]);
    // A typed line ending short of the edge by less than a word may be the writer's, over a heading in capitals ("… Kwan
    // and Ostrowski" over "NATIONAL ANTHEM"): a sentence in lower case the page wrapped goes on so.
    if (isTyped(page.laid[index]) && isInCapitals(page.laid[index + 1].text) && /\p{Ll}/u.test(text)) continue;
    ended[index] = !endsSentence(text) || (!writerBroke && !opensRecord && (carriesClauseOn(text, page.laid[index + 1].text) || flowedOn || backAtMargin(line, page.laid[index + 1].line)));
  }
  return ended;
}

/** The page's lines with each line the page wrapped joined to the line above it (`before: ' '`); see endingWrapped for `writerBroke`. */
export function withWrapsJoined(page: LaidPage, writerBroke = false): LaidLine[] {
  const ended = endingWrapped(page, writerBroke);
  return page.laid.map((current, index) => (index > 0 && ended[index - 1] ? { ...current, text: current.text.trimStart(), before: ' ' } : current));
}
