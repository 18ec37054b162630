// An item's raw lines → blocks: one per paragraph as printed (numbered, lettered, bulleted, a "Question N" with its
// asker, or plain), split at blank lines, at a new turn of speech and, in hard-wrapped text, after a short line.
import type { KnownSpeakerFinder } from '../speakers/known-speakers';
import { capitalPointLines } from '../items/capital-points';
import { DECISION_LABEL, endsWithOutcome, opensWithDecision, OUTCOME_LINE, VOTE_TALLY_LINE } from '../decisions/decisions';
import { dashGoesOnWithSentence } from './dash-continuation';
import { ENDS_ON_TITLE, endsOnHangingWord, endsSentence, leavesWrappedWordHanging, nextWordFits, withoutMarkup } from '../lines';
import { continuesNamedMovers, continuesStatedMotion, goesOnWithMotion, opensWithInitialledMovers } from '../decisions/motion-lines';
import { namesNominee, opensOutcome, opensTurn, OUTCOME_OPENING } from './paragraph-openings';
import { endsWithOneOf, isBlank, whiteSpaceStart } from '../patterns';
import { isTurnLabelAlone, questionHeadingOf, withQuestionHeadingsJoined, type QuestionHeading } from '../items/question-headings';
import { areRowsOfOneTable } from '../page/prose-cells';
import { leavesReferenceRow } from './reference-rows';
import { questionerOf } from '../speakers/questioners';
import { withSpeakerLabelsJoined } from '../speakers/speaker-label-lines';
import { labelledSpeakerOf } from '../speakers/speaker-labels';
import { speakerOf } from '../speakers/speakers';
import { putsQuestionAtLineEnd } from '../speakers/question-turns';
import { hasBlankLineBetween, wrapCarriesSentencesOn } from './wrapped-turns';

export type BlockKind = 'numbered' | 'lettered' | 'bullet' | 'question' | 'plain';

export interface Block {
  kind: BlockKind;
  /** The printed marker: "3", "a", "Question 2", or null. */
  marker: string | null;
  lines: string[];
  /** The bracketed asker line that closed a question block. */
  questioner: string | null;
}

export interface ParagraphOptions {
  /** In text extracted from PDFs a lost bullet glyph leaves a line that starts with a space. */
  leadingSpaceMarksBullet: boolean;
  /**
   * The length of a full line in this document. A line that ends a sentence well short of it ends its
   * paragraph even without a blank line after it; 0 when lines are not hard-wrapped at all (each line a
   * paragraph); null where blank lines alone separate paragraphs (HTML, Word, Markdown).
   */
  wrapWidth: number | null;
  /**
   * The longest a line of this document may be where it is hard-wrapped (Markdown written in an editor that wraps
   * included), 0 or absent where it is not (index.ts `wrapOf`).
   */
  wrapLimit?: number;
  /** Line-end hyphens were put in by the typesetter and are dropped when a split word is joined (lines.ts). */
  softHyphens?: boolean;
  /** The speaker of a paragraph opening with an attendee's name as the attendance lists print it (known-speakers.ts). */
  knownSpeakerOf?: KnownSpeakerFinder;
  /** The item records the public's turns (PUBLIC_FORUM_TITLE): an untitled name opening a paragraph speaks, listed or not. */
  publicForum?: boolean;
}

/**
 * "3. The Clerk…", "(3) The Clerk…", "3) The Clerk…", "4.1 The Clerk…", "12.1.2 …"; not "4.41 pm  The Chairperson closed
 * the meeting", a time of day.
 */
const NUMBERED = /^(?:(\d{1,2})\.(?:\s+|(?=[A-Z“‘"£(]))|\((\d{1,2})\)\s*|(\d{1,2})\)\s+|(\d{1,3}(?:\.\d{1,2}){1,2})\.?\s+(?=\S)(?![ap]\.?m\b))(.*)$/;
/** "a) …", "a. …", "(a) …", "(ii) …", "ii. …". */
const LETTERED = /^(?:([a-z]|[ivx]{2,4})[.)]\s+|\(([a-z]|[ivx]{1,4})\)\s*)(.*)$/;
/**
 * "• …", "- …", and "o The Clerk reported …": a word processor's hollow bullet comes out of its PDF as a letter "o"
 * (read as one only before a capital, a figure or a quotation mark, where no word "o" stands).
 */
const BULLET = /^(?:[•·▪◦●■➢►]\s*|[-*–]\s+|o\s+(?=[A-Z0-9£"“‘(]))(.*)$/;
/**
 * How a line matched by any of the patterns above, or by a decision label, starts: "Q"/"q", a digit, a bracket, a
 * bullet, "*", "R", "A", "D", "C" or "L", or a lower-case letter or Roman numeral and "." or ")".
 */
const MARKER_START = /^(?:[Qq(\d*RADCL•·▪◦●■➢►–-]|[a-z][.)]|[ivx]{2,4}[.)]|o\s)/;
/** The first characters each marker pattern takes: a line MARKER_START lets through is tried only against its own kind. */
const startsQuestion = (line: string) => line[0] === 'Q' || line[0] === 'q' || line[0] === 'R' || line[0] === 'A';
const startsNumbered = (line: string) => line[0] === '(' || (line[0] >= '0' && line[0] <= '9');
const startsLettered = (line: string) => line[0] === '(' || (line[0] >= 'a' && line[0] <= 'z');
const BULLET_STARTS = '•·▪◦●■➢►-*–o';

/**
 * A hollow bullet's "o" opens a point only where a point may start: after a blank line, a sentence's end or a lead-in's
 * colon (a wrapped line of Welsh may open on its word "o"). Its points are whole sentences of minutes ("o HW agreed to
 * ask …"), each a paragraph of its own, not a list's fragments.
 */
const hollowBulletMayOpen = (afterBlank: boolean, previous: string, firstBlock: boolean) => afterBlank || firstBlock || endsSentence(previous) || previous.endsWith(':');

/** How far a line is indented: the column its text starts at. */
const indentOf = (raw: string) => raw.length - raw.trimStart().length;

/** A bold label: "**Agreed:**", "**Actions**". */
const BOLD_LABELS = /\*\*(?:Agreed|Resolved|Decision|Decided|Action|Actions|Outcome)s?\s*:?\s*\*\*/g;
const SENTENCE_END_MARKS = '.!?';

/**
 * "… a profit of £1,214. **Agreed:** to put £500 …": a bold label after a sentence starts a paragraph of its own. The
 * line is cut before each such label (the white space between dropped); null when it holds none. The labels are found
 * first (a search that starts with their marks is quick), then the sentence end before each: a split at
 * `(?<=[.!?])\s+(?=<label>)` tried its look-behind at every character of the line.
 */
function cutAtInlineLabels(line: string): string[] | null {
  if (!line.includes('**')) return null;
  const parts: string[] = [];
  let from = 0;
  BOLD_LABELS.lastIndex = 0;
  for (let label = BOLD_LABELS.exec(line); label !== null; label = BOLD_LABELS.exec(line)) {
    const spaceStart = whiteSpaceStart(line, label.index);
    if (spaceStart === label.index || !SENTENCE_END_MARKS.includes(line[spaceStart - 1] ?? '\n')) continue;
    parts.push(line.slice(from, spaceStart));
    from = label.index;
  }
  return parts.length === 0 ? null : [...parts, line.slice(from)];
}

function withInlineLabelsSplit(lines: string[]): string[] {
  // Most items have no such label: the lines are returned as they are, with no copy and no array of answers.
  const firstCut = lines.findIndex((line) => cutAtInlineLabels(line) !== null);
  if (firstCut === -1) return lines;
  return [...lines.slice(0, firstCut), ...lines.slice(firstCut).flatMap((line) => cutAtInlineLabels(line)?.flatMap((part) => [part, '']) ?? [line])];
}

/** A line that puts a question and ends there (not one the page's wrap filled, unless the next line asks): the question opens the next line. */
const putsQuestionAbove = (previousRaw: string, line: string, options: ParagraphOptions) =>
  putsQuestionAtLineEnd(previousRaw) && (/\?["”’]?$/.test(line) || !(options.wrapLimit && !nextWordFits(previousRaw, line, options.wrapLimit)));

/**
 * The line before ended well short of a full line, so it ended its paragraph (or lines are not wrapped at all). In an
 * item whose paragraphs have no blank lines between them, a line also ends its paragraph when the next line's first
 * word would have fitted on it: the writer, not the wrap, broke the line there.
 */
function followsShortLine(previousRaw: string, line: string, options: ParagraphOptions, blankLinesBetween: () => boolean): boolean {
  if (options.wrapWidth === null) return false;
  if (options.wrapWidth === 0 || previousRaw.trim().length < options.wrapWidth * 0.8) return true;
  return nextWordFits(previousRaw, line, options.wrapWidth) && !blankLinesBetween();
}

/**
 * "Key Decision" or "Forward Plan reference: FP/24/117" under a title, over "Councillor Pike introduced the report …": a
 * block of one short line that ends no sentence and leaves no clause hanging is a label of its own, and a speaker's turn
 * or a decision ("Cr Mick Durack" under "Apologies", over "RESOLUTION 2023/112") under it opens the next paragraph, as
 * a turn of one of those present named by their initials does ("Website Update" over "KO reported …"; minutes published
 * with no blank lines lose the one between them).
 */
function followsLabelLine(open: Block, previousRaw: string, line: string, options: ParagraphOptions, blankLinesBetween: () => boolean): boolean {
  const previous = open.lines[0];
  if (open.lines.length !== 1 || endsWithOneOf(previous, ',') || endsOnHangingWord(previous) || HANGING_CONJUNCTION.test(previous) || ENDS_ON_TITLE.test(previous)) return false;
  // "Resolution No. 2024-031" over "Moved by Councillor Sandhu": a motion's number and its mover are one paragraph.
  return followsShortLine(previousRaw, line, options, blankLinesBetween) && !OUTCOME_OPENING.test(previous) && (speakerOf(line) !== null || namesNominee(line) || opensWithDecision(line) || !!options.knownSpeakerOf?.(line));
}

/** "Recorded Vote:" or "YEAS      NAYS" over the names in columns: the table of a motion's vote is the motion's, row by row. */
const holdsRecordedVote = (open: Block) => open.lines.some((line) => VOTE_TALLY_LINE.test(line.trim()));

/** "HMRC – PAYE – £103.15": a line of a payments list ends with its sum, and the next payment is a line of its own. */
const AMOUNT_AT_END = /[£$€]\s?\d[\d,]*(?:\.\d{2})?$/;

function endsWithAmount(line: string): boolean {
  const last = line.charCodeAt(line.length - 1);
  return last >= 0x30 && last <= 0x39 && AMOUNT_AT_END.test(line);
}

/**
 * "Proposed by …, Seconded by Councillor Y and" over a blank line: a sentence left hanging on its conjunction goes on, as
 * does a bilingual paragraph wrapped after the " /" between its Welsh (or Irish) half and its English one.
 */
const HANGING_CONJUNCTION = /\s(?:and|or|\/)$/i;
/**
 * "Motion", "Amendment", "Substantive Motion" alone on a line: a full council's minutes head the motion and each
 * amendment with a label, and the text under it is a paragraph of its own even with no blank line between. Only a
 * label that starts its block ends it ("…the Notice of" over "Motion" ends no block).
 */
const MOTION_LABEL = /^(?:(?:(?:Substantive|Original|Amended)\s+)?Motion|(?:Substantive|Original|Amended)\s+motion|MOTION|(?:SUBSTANTIVE|ORIGINAL|AMENDED)\s+MOTION|Amendment|AMENDMENT)(?:\s+\d{1,2})?:?$/;
/** Whether a line is a motion's label alone (a cheap length test first: most lines are longer). */
const isMotionLabel = (line: string) => line.length <= 24 && MOTION_LABEL.test(line);
/** "MOTION: Council Member Shah moved …" under a consent agenda's entry "b. Warrant register": a label in capitals, which no sentence runs on into. */
const CAPITALS_OUTCOME_LABEL = /^(?:MOTION|DECISION|RESOLUTION|RECOMMENDATION|ACTION|OUTCOME)S?\s*:\s+\S/;

function startsWithLowercase(line: string): boolean {
  return /^[a-z]/.test(line.trim());
}

/**
 * A blank line ends a paragraph unless the sentence before it is unfinished and the next line carries it
 * on: a lower-case word, or (in PDF text) an unindented line under a bullet whose text was split by the page.
 */
function continuesAcrossBlank(open: Block, raw: string, previous: string, options: ParagraphOptions): boolean {
  // "Question from Mr Tom Hale:" (or "Answer:") over a blank line: the question (or answer) is the text under it.
  if (open.kind === 'question' && open.lines.length === 0) return true;
  if (continuesStatedMotion(open.lines[0] ?? '', raw.trim()) || continuesNamedMovers(open.lines, raw.trim())) return true;
  if (endsSentence(previous)) return false;
  if (startsWithLowercase(raw) || HANGING_CONJUNCTION.test(previous) || (leavesWrappedWordHanging(previous) && speakerOf(raw.trim()) === null)) return true;
  return options.leadingSpaceMarksBullet && open.kind === 'bullet' && !/^\s/.test(raw);
}

/**
 * "Application No:   P2024/3318/FUL", "Ward:<tab>Caledon": a short label, its colon, and the value after a tab or a gap; from
 * a table of an application's details, no colon ("Proposal          Erection of …"), but two cells only (CELL_GAP), not
 * a wider table's row. A motion's parts ("Moved:   Cr Vass" over "Seconded:   Cr Tane") are one paragraph, not fields.
 */
const ALIGNED_FIELD = /^\p{Lu}[\p{L}.'’ ]{0,30}:(?:\t|\s{2,})\S/u;
const ALIGNED_CELL_FIELD = /^\p{Lu}[\p{L}.'’]{0,20}(?: [\p{L}.'’]{1,20}){0,2}(?:\t|\s{3,})\S/u;
const CELL_GAP = /\t|\s{3,}/;
const MOTION_PART = /^(?:Moved|Seconded|Proposed|Mover|Seconder|Motion|Second|For|Against|Ayes|Noes|Nays|Abstain\w*|Vote|Carried)\b/i;
const isAlignedField = (line: string) => ((line.includes(':') && ALIGNED_FIELD.test(line)) || ((line.includes('\t') || line.includes('   ')) && ALIGNED_CELL_FIELD.test(line) && line.split(CELL_GAP).length === 2)) && !MOTION_PART.test(line);

/**
 * "Question from Cllr Hart to Cllr Crabbe" over "34.2  How many of the road schemes …": where the minutes number every
 * paragraph, the numbered paragraph under a question's heading is the question itself, put by the asker the heading names.
 */
function withNumberedQuestions(blocks: Block[]): Block[] {
  const merged: Block[] = [];
  for (const block of blocks) {
    const previous = merged[merged.length - 1];
    if (block.kind === 'numbered' && previous?.kind === 'question' && previous.lines.length === 0 && previous.questioner !== null) {
      previous.marker = block.marker;
      previous.lines = block.lines;
    } else merged.push(block);
  }
  return merged;
}

export function splitIntoBlocks(lines: string[], options: ParagraphOptions): Block[] {
  const blocks: Block[] = [];
  let current: Block | null = null;
  let afterBlank = false;
  let outcomeBefore = false;
  let previousRaw = '';
  let numberedTextColumn = 0;
  // Read once, and only for an item where a full line ends a sentence.
  let blankLines: boolean | null = null;
  const blankLinesBetween = () => (blankLines ??= hasBlankLineBetween(lines));
  const carriedByWrap = wrapCarriesSentencesOn(lines, options.wrapLimit ?? 0, blankLinesBetween);
  /** Who the last question heading asked ("… to the Cabinet Member for Y"): the one who answers under "Answer:". */
  let asked: string | null = null;
  const start = (kind: BlockKind, marker: string | null, firstLine: string, questioner: string | null = null) => {
    current = { kind, marker, lines: firstLine.trim() === '' ? [] : [firstLine], questioner };
    blocks.push(current);
  };
  const itemLines = withInlineLabelsSplit(withQuestionHeadingsJoined(withSpeakerLabelsJoined(lines)));
  const capitalPoints = capitalPointLines(itemLines);
  for (const [index, marked] of itemLines.entries()) {
    // A third of the lines are blank: they need no markup removed.
    const raw = isBlank(marked) ? '' : withoutMarkup(marked);
    const line = raw.trim();
    if (line === '') {
      afterBlank = true;
      continue;
    }
    const open = current as Block | null;
    const inQuestion = open?.kind === 'question' && open.questioner === null;
    const previous = open?.lines[open.lines.length - 1] ?? '';
    // Each pattern is tried only when the rules before it did not decide, and the marker patterns only on a line that
    // starts like one of them: most lines are plain text.
    const marker = MARKER_START.test(line);
    // A motion's outcome or a decision's label alone: read once for the block it starts and for the line after it.
    const closing = marker && (OUTCOME_LINE.test(line) || DECISION_LABEL.test(line));
    let question: QuestionHeading | null, numbered: RegExpExecArray | null, lettered: RegExpExecArray | null, bullet: RegExpExecArray | null;
    if (marker && (startsQuestion(line) || asked !== null) && (question = questionHeadingOf(line, asked))) {
      start('question', question.marker, '', question.asker);
      asked = question.asked;
    }
    else if (marker && startsNumbered(line) && (numbered = NUMBERED.exec(line))) {
      start('numbered', numbered[1] ?? numbered[2] ?? numbered[3] ?? numbered[4], numbered[5]);
      numberedTextColumn = indentOf(raw) + line.length - numbered[5].length;
    }
    else if (inQuestion && questionerOf(line)) {
      // The asker is named after the question (kept in its text) or, in some minutes, before it.
      if (open!.lines.length > 0) open!.lines.push(line);
      open!.questioner = line;
    } else if (isTurnLabelAlone(line)) start('plain', null, '');
    else if (inQuestion) open!.lines.push(BULLET.exec(line)?.[1] ?? line);
    else if (marker && startsLettered(line) && (lettered = LETTERED.exec(line))) start('lettered', lettered[1] ?? lettered[2], lettered[3]);
    else if (capitalPoints.has(index)) start('plain', null, line);
    else if (marker && BULLET_STARTS.includes(line[0]) && (line[0] !== 'o' || hollowBulletMayOpen(afterBlank, previous, open === null)) && !dashGoesOnWithSentence(line, previous, afterBlank) && (bullet = BULLET.exec(line))) start(line[0] === 'o' ? 'plain' : 'bullet', null, bullet[1]);
    else if (marker && (closing || (open !== null && /^(?:RESOLVED|AGREED)\b/.test(line) && !opensWithInitialledMovers(open.lines[0] ?? ''))) && !HANGING_CONJUNCTION.test(previous)) start('plain', null, line);
    // "34.2  Professor Meredydd asked …" over "      Dr Bevan replied …": a line set under the numbered text (a hanging indent) goes on with it.
    else if (!afterBlank && open?.kind === 'numbered' && numberedTextColumn > 0 && indentOf(raw) === numberedTextColumn) open.lines.push(line);
    else if (options.leadingSpaceMarksBullet && /^\s+[A-Z0-9£‘“]/.test(raw) && open !== null && (afterBlank || endsSentence(previous))) start('bullet', null, line);
    else if (open !== null && !afterBlank && !outcomeBefore && goesOnWithMotion(open.lines[0] ?? '', line, previous)) open.lines.push(line);
    else if (open === null || outcomeBefore || (isMotionLabel(line) && endsSentence(previous)) || (!afterBlank && putsQuestionAbove(previousRaw, line, options))) start('plain', null, line);
    else if (!afterBlank && (((endsSentence(previous) || endsWithAmount(previous)) && (opensOutcome(line) || ((opensTurn(line) || followsShortLine(previousRaw, line, options, blankLinesBetween) || options.knownSpeakerOf?.(line)) && !carriedByWrap(previousRaw, line)))) || CAPITALS_OUTCOME_LABEL.test(line))) {
      start('plain', null, line);
    }
    else if (!afterBlank && followsLabelLine(open, previousRaw, line, options, blankLinesBetween)) start('plain', null, line);
    // "Cllr Fox: We have written …": a verbatim record's speaker label opens a turn whatever the line before; and
    // "Application No:   P2024/3318/FUL" over "Ward:   Caledon", a form's fields with their values aligned, one a line.
    else if (!afterBlank && (labelledSpeakerOf(line) !== undefined || (isAlignedField(line) && isAlignedField(previous) && !holdsRecordedVote(open)) || (areRowsOfOneTable(previous, line) && !holdsRecordedVote(open)) || leavesReferenceRow(open.lines[0] ?? '', blocks[blocks.length - 2]?.lines[0] ?? '', line, followsShortLine(previousRaw, line, options, blankLinesBetween)))) start('plain', null, line);
    else if (afterBlank && !continuesAcrossBlank(open, raw, previous, options)) start('plain', null, line);
    else open.lines.push(line);
    afterBlank = false;
    // "CARRIED" alone (or ending the motion's line) ends its motion: the next line starts a paragraph of its own. A decision's label alone ("Decision")
    // ends its block too, so its text under it is read as what the label leads (paragraphs.ts), whatever its punctuation.
    outcomeBefore = closing || endsWithOutcome(line) || (isMotionLabel(line) && (current as Block | null)?.lines.length === 1);
    previousRaw = raw;
  }
  return withNumberedQuestions(blocks);
}
