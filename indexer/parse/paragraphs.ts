// An item's raw lines → paragraphs: hard wraps joined, printed numbers kept (nested as "2.a.1"),
// bullets, "Question N" blocks with their asker, RESOLVED decisions and truncated texts.
import type { Paragraph } from '../../core/types';
import { collapseWhiteSpace } from './patterns';
import { questionerOf, speakerOf, trailingQuestionerOf } from './speakers';

type BlockKind = 'numbered' | 'lettered' | 'bullet' | 'question' | 'plain';

interface Block {
  kind: BlockKind;
  /** The printed marker: "3", "a", "Question 2", or null. */
  marker: string | null;
  lines: string[];
  /** The bracketed asker line that closed a question block. */
  questioner: string | null;
}

export interface ItemText {
  paragraphs: Paragraph[];
  decisions: string[];
  /** The item number given by a "view the full minutes text for item N" marker, if any. */
  truncatedItemNumber: string | null;
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
}

/** "3. The Clerk…", "(3) The Clerk…", "3) The Clerk…", "4.1 The Clerk…", "12.1.2 …". */
const NUMBERED = /^(?:(\d{1,2})\.(?:\s+|(?=[A-Z“‘"£(]))|\((\d{1,2})\)\s*|(\d{1,2})\)\s+|(\d{1,3}(?:\.\d{1,2}){1,2})\.?\s+(?=\S))(.*)$/;
/** "a) …", "a. …", "(a) …", "(ii) …", "ii. …". */
const LETTERED = /^(?:([a-z]|[ivx]{2,4})[.)]\s+|\(([a-z]|[ivx]{1,4})\)\s*)(.*)$/;
const BULLET = /^(?:[•·▪◦●■➢►]\s*|[-*–]\s+)(.*)$/;
const QUESTION_HEADING = /^Question\s+(\d+)\s*$/i;
/**
 * How a line matched by any of the patterns above, or by a decision label, starts: "Q"/"q", a digit, a bracket, a
 * bullet, "*", "R", "A", "D", "C" or "L", or a lower-case letter or Roman numeral and "." or ")".
 */
const MARKER_START = /^(?:[Qq(\d*RADCL•·▪◦●■➢►–-]|[a-z][.)]|[ivx]{2,4}[.)])/;
/** "The risk register was approved.": a sentence that is the whole record of an outcome. */
const WAS_APPROVED = /^The [^.]{1,80} (?:was|were) (?:approved|agreed|adopted|ratified|APPROVED|AGREED)\.?$/;
/** Ways minutes record a decision: "RESOLVED", "AGREED", "Resolved:", "DECISION:", "it was resolved", "The Committee agreed to …". */
const DECISION_FORMS: readonly RegExp[] = [
  /^(?:\*\*)?(?:RESOLVED|AGREED|DECIDED|DECISION)\b/,
  /^(?:\*\*)?(?:Resolved|Agreed|Decision|Decided)(?:\*\*)?\s*(?::|that\b|–|-)/,
  // "CARRIED" (US and Australian motions, "CARRIED UNANIMOUSLY") in the same scan.
  /\b(?:RESOLVED|AGREED|CARRIED)\b/,
  /\bit was (?:unanimously |therefore |duly )?(?:resolved|agreed)\b/i,
  /^(?:The )?(?:Committee|Council|Panel|Board|Cabinet|Sub-Committee|Members|Meeting|Governors|Trustees|Authority|Forum)(?: unanimously)? (?:resolved|agreed|approved|decided)\b/,
  // NHS and other boards: "The Board NOTED the report", "The Board APPROVED the plan".
  /^(?:The )?(?:Committee|Council|Panel|Board|Cabinet|Sub-Committee|Members|Governors|Trustees|Authority|Forum) (?:NOTED|APPROVED|RECEIVED|ENDORSED|RATIFIED|SUPPORTED|ADOPTED)\b/,
  /\b(?:seconded|proposed) by\b[^.]*\b(?:resolved|agreed|carried)\b/i,
  /\b(?:were|was) (?:agreed|approved|confirmed|accepted|signed|adopted) as (?:an? )?(?:correct|true|accurate)\b/i,
  // Health boards: "Outcome: The Board approved …".
  /^Outcome\s*:/,
  // Australian and New Zealand resolutions under their number: "RESOLUTION 2023/114".
  /^(?:COUNCIL )?RESOLUTION(?: (?:NO\.?|NUMBER))? ?(?:[A-Z]{1,4}\/)?\d{1,4}\/\d{1,4}\b/i,
];

/**
 * "The minutes of the meeting held on 5th February 2024 were confirmed.", "The notes of the meeting … were agreed."; the
 * minutes are what was confirmed, not "it" ("errors in the minutes, and it was confirmed these would be corrected").
 */
const MINUTES_AGREED = /\b(?:minutes|notes)\b[^.]{0,120}(?<!\bit )\b(?:were|was) (?:agreed|approved|confirmed|accepted|adopted)\b/i;
/** US motions: "Motion carried 5-0.", "The motion passed 3-0." */
const MOTION_CARRIED = /\bMotion (?:was )?(?:carried|passed|approved|adopted)\b/i;

/** "The Board noted the report.": a short sentence that is the whole record of an item's outcome. */
const BODY_NOTED = /^(?:The )?(?:Committee|Council|Panel|Board|Cabinet|Sub-Committee|Governors|Trustees|Authority|Forum) (?:noted|received|endorsed|ratified|adopted|accepted) the\b[^.]{0,100}\.?$/;

/** The words the two forms above need, in one case-sensitive scan. */
const RARE_WORDS = /inutes|INUTES|otes|OTES|otion|OTION/;

export function isDecisionText(text: string): boolean {
  if (DECISION_FORMS.some((form) => form.test(text))) return true;
  // One-sentence forms: only a short text can be one.
  if (text.length <= 200 && (WAS_APPROVED.test(text) || BODY_NOTED.test(text))) return true;
  // Unanchored forms that ignore case are slow to try on every paragraph: only where their word is.
  return RARE_WORDS.test(text) && (MINUTES_AGREED.test(text) || MOTION_CARRIED.test(text));
}
/** A decision's label alone on a line ("Resolved:", "DECISION"): the text under it is the decision. */
const DECISION_LABEL = /^(?:\*\*)?(?:RESOLVED|Resolved|AGREED|Agreed|DECISION|Decision|DECIDED|Decided)(?:\s+that)?\s*[:–-]?(?:\*\*)?\s*$/;
const SENTENCE_MARKS = '.!?:;';
const CLOSING_MARKS = '"”’)]';

/**
 * Whether a text ends a sentence: a mark, perhaps a closing quote or bracket, then only white space. Read from its
 * last characters: a pattern ending in `$` was tried from every full stop in the line.
 */
function endsSentence(text: string): boolean {
  const trimmed = text.trimEnd();
  const last = trimmed.length - 1;
  if (last < 0) return false;
  if (SENTENCE_MARKS.includes(trimmed[last])) return true;
  return last > 0 && CLOSING_MARKS.includes(trimmed[last]) && SENTENCE_MARKS.includes(trimmed[last - 1]);
}
/** A motion's outcome on a line of its own: "CARRIED", "CARRIED UNANIMOUSLY", "LOST", "Carried 7-2". */
const OUTCOME_LINE = /^(?:CARRIED|LOST|DEFEATED|Carried|Lost|Defeated)(?:\s+(?:UNANIMOUSLY|unanimously|\d{1,2}\s*[-–]\s*\d{1,2}))?\.?$/;
const TRUNCATION = /\s*(?:\.{3}|…)\s*view the full minutes text for item\s+([\w.-]+?)\.?\s*$/i;

/** Markdown bold and heading marks the readers leave in the text; the words are what count ("__" stays: it is part of names). */
export function withoutMarkup(line: string): string {
  // Every line passes here: plain string tests first, as most lines have no markup.
  const unheaded = line.startsWith('#') ? line.replace(/^#{1,6}\s+/, '') : line;
  const unbolded = unheaded.includes('**') ? unheaded.replaceAll('**', '') : unheaded;
  // A line in Markdown italics: "*Next meeting: 10 October 2023.*"
  return unbolded.startsWith('*') || unbolded.startsWith('_') ? unbolded.replace(/^([*_])(?![*_\s])(.+?)(?<![*_\s])\1\s*$/, '$2') : unbolded;
}

/** "… a profit of £1,214. **Agreed:** to put £500 …": a bold label after a sentence starts a paragraph of its own. */
const INLINE_BOLD_LABEL = /(?<=[.!?])\s+(?=\*\*(?:Agreed|Resolved|Decision|Decided|Action|Actions|Outcome)s?\s*:?\s*\*\*)/;

function withInlineLabelsSplit(lines: string[]): string[] {
  // Most items have no such label: the lines are returned as they are, with no copy.
  if (!lines.some((line) => line.includes('**') && INLINE_BOLD_LABEL.test(line))) return lines;
  return lines.flatMap((line) => (line.includes('**') && INLINE_BOLD_LABEL.test(line) ? line.split(INLINE_BOLD_LABEL).flatMap((part) => [part, '']) : [line]));
}

/** Starts a new turn of speech or a decision: the start of a paragraph even without a blank line before it. */
function opensTurn(line: string): boolean {
  return (
    speakerOf(line) !== null ||
    DECISION_LABEL.test(line) ||
    /^(?:RESOLVED|AGREED|Resolved\s*:|Decision\s*:|DECISION\s*:|Proposed by\b|It was (?:unanimously )?(?:resolved|agreed)\b|(?:COUNCIL )?RESOLUTION\b|(?:Council )?Resolution (?:number|no\.?)|MOTION\s*:|Motion by\b|(?:ACTION|Action|Outcome|OUTCOME)\s*:)/.test(line) ||
    WAS_APPROVED.test(line) ||
    /^(?:The )?(?:Board|Committee|Council|Panel|Cabinet|Authority|Forum|Governors|Trustees) (?:noted|NOTED|approved|APPROVED|agreed|AGREED|resolved|RESOLVED|received|RECEIVED|endorsed|ENDORSED)\b/.test(line) ||
    /^(?:A|Another|The|One) (?:second |third |further |other )?(?:resident|member of the public|parishioner|questioner|speaker|representative)\b/i.test(line)
  );
}

/** The line before ended well short of a full line, so it ended its paragraph (or lines are not wrapped at all). */
function followsShortLine(previousRaw: string, options: ParagraphOptions): boolean {
  return options.wrapWidth !== null && (options.wrapWidth === 0 || previousRaw.trim().length < options.wrapWidth * 0.8);
}

function startsWithLowercase(line: string): boolean {
  return /^[a-z]/.test(line.trim());
}

/**
 * A blank line ends a paragraph unless the sentence before it is unfinished and the next line carries it
 * on: a lower-case word, or (in PDF text) an unindented line under a bullet whose text was split by the page.
 */
function continuesAcrossBlank(open: Block, raw: string, previous: string, options: ParagraphOptions): boolean {
  if (endsSentence(previous)) return false;
  if (startsWithLowercase(raw)) return true;
  return options.leadingSpaceMarksBullet && open.kind === 'bullet' && !/^\s/.test(raw);
}

function splitIntoBlocks(lines: string[], options: ParagraphOptions): Block[] {
  const blocks: Block[] = [];
  let current: Block | null = null;
  let afterBlank = false;
  let outcomeBefore = false;
  let previousRaw = '';
  const start = (kind: BlockKind, marker: string | null, firstLine: string) => {
    current = { kind, marker, lines: firstLine.trim() === '' ? [] : [firstLine], questioner: null };
    blocks.push(current);
  };

  for (const marked of withInlineLabelsSplit(lines)) {
    const raw = withoutMarkup(marked);
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
    let question: RegExpExecArray | null, numbered: RegExpExecArray | null, lettered: RegExpExecArray | null, bullet: RegExpExecArray | null;
    if (marker && (question = QUESTION_HEADING.exec(line))) start('question', `Question ${question[1]}`, '');
    else if (marker && (numbered = NUMBERED.exec(line))) start('numbered', numbered[1] ?? numbered[2] ?? numbered[3] ?? numbered[4], numbered[5]);
    else if (inQuestion && questionerOf(line)) {
      // The asker is named after the question (kept in its text) or, in some minutes, before it.
      if (open!.lines.length > 0) open!.lines.push(line);
      open!.questioner = line;
    } else if (inQuestion) open!.lines.push(BULLET.exec(line)?.[1] ?? line);
    else if (marker && (lettered = LETTERED.exec(line))) start('lettered', lettered[1] ?? lettered[2], lettered[3]);
    else if (marker && (bullet = BULLET.exec(line))) start('bullet', null, bullet[1]);
    else if (marker && (DECISION_LABEL.test(line) || OUTCOME_LINE.test(line) || (open !== null && /^(?:RESOLVED|AGREED)\b/.test(line)))) start('plain', null, line);
    else if (
      options.leadingSpaceMarksBullet &&
      /^\s+[A-Z0-9£‘“]/.test(raw) &&
      open !== null &&
      (afterBlank || endsSentence(previous))
    ) start('bullet', null, line);
    else if (open === null || outcomeBefore) start('plain', null, line);
    else if (!afterBlank && endsSentence(previous) && (opensTurn(line) || followsShortLine(previousRaw, options))) start('plain', null, line);
    else if (afterBlank && !continuesAcrossBlank(open, raw, previous, options)) start('plain', null, line);
    else open.lines.push(line);
    afterBlank = false;
    // "CARRIED" alone ends its motion: the next line starts a paragraph of its own.
    outcomeBefore = marker && OUTCOME_LINE.test(line);
    previousRaw = raw;
  }
  return blocks;
}

/** A line ending in a word split by a hyphen: an ASCII letter, then "-". Read from two character codes (this runs on every line). */
function endsInSplitWord(line: string): boolean {
  const last = line.length - 1;
  if (last < 1 || line.charCodeAt(last) !== 0x2d) return false;
  // Setting bit 0x20 turns A–Z into a–z and leaves a–z as they are; no other code lands in a–z.
  const letter = line.charCodeAt(last - 1) | 0x20;
  return letter >= 0x61 && letter <= 0x7a;
}

/**
 * Joins hard-wrapped lines: a word split by a hyphen at a line end is rejoined, keeping the hyphen. When the joined
 * text holds two white-space characters in a row, every run of white space becomes one space. The lines are trimmed,
 * so no run crosses from one line into the next and each line is collapsed on its own (collapsing the joined text
 * copied all of it; joining once gives a flat string, where concatenating line by line left one to flatten).
 */
export function joinLines(lines: string[]): string {
  const parts: string[] = [];
  let previous = '';
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') continue;
    if (previous !== '' && endsInSplitWord(previous)) parts[parts.length - 1] += line;
    else parts.push(line);
    previous = line;
  }
  const joined = parts.join(' ');
  return /\s\s/.test(joined) ? parts.map(collapseWhiteSpace).join(' ') : joined;
}

/** Printed numbers, nested under letters: "2", then "a" → "2.a", then "1" → "2.a.1". */
function createNumbering() {
  let top: string | null = null;
  let letter: string | null = null;
  let nested: number | null = null;
  return (block: Block): string | null => {
    if (block.kind === 'question') return block.marker;
    if (block.kind === 'lettered') {
      letter = block.marker;
      nested = null;
      return top === null ? letter : `${top}.${letter}`;
    }
    if (block.kind !== 'numbered') return null;
    const value = Number(block.marker);
    if (letter !== null && value === (nested === null ? 1 : nested + 1)) {
      nested = value;
      return [top, letter, String(value)].filter((part) => part !== null).join('.');
    }
    top = block.marker;
    letter = null;
    nested = null;
    return top;
  };
}

/** A bullet of at most this many words is a list fragment ("17 – Refuge;"), not a paragraph of its own. */
export const MAX_LIST_FRAGMENT_WORDS = 12;
/** A line of at most this many words without closing punctuation is a lead-in ("The Numbers") when a list follows. */
const MAX_LEAD_IN_WORDS = 8;

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** A paragraph that announces a list: it ends with a colon, or is a short line that ends no sentence. */
function introducesList(paragraph: Paragraph): boolean {
  const text = paragraph.text.trim();
  return !paragraph.isDecision && (/[:–-]$/.test(text) || (wordCount(text) <= MAX_LEAD_IN_WORDS && !endsSentence(text)));
}

/** Builds the paragraphs and decisions of one item from its raw lines. */
export function buildParagraphs(lines: string[], options: ParagraphOptions): ItemText {
  const numberOf = createNumbering();
  const paragraphs: Paragraph[] = [];
  const decisions: string[] = [];
  let truncatedItemNumber: string | null = null;
  let resolutionsOpen = false;
  /** The paragraph list fragments are being added to: they mean little without the words that introduce them. */
  let openList: Paragraph | null = null;
  let previousKind: BlockKind | null = null;

  for (const block of splitIntoBlocks(lines, options)) {
    const number = numberOf(block);
    let text = joinLines(block.lines);
    const truncation = /view the full minutes/i.test(text) ? TRUNCATION.exec(text) : null;
    if (truncation) {
      truncatedItemNumber = truncation[1];
      text = text.slice(0, truncation.index).trim();
      if (text === '') {
        const previous = paragraphs[paragraphs.length - 1];
        if (previous) previous.isTruncated = true;
        continue;
      }
    }
    if (text === '') continue;

    const previous = paragraphs[paragraphs.length - 1];
    // "CARRIED" or "LOST" alone under a motion: the motion's outcome, part of its paragraph.
    if (previous && block.kind === 'plain' && OUTCOME_LINE.test(text)) {
      previous.text += ` ${text}`;
      if (previous.isDecision) decisions[decisions.length - 1] += ` ${text}`;
      else if (/^CARRIED\b|^Carried\b/.test(text)) {
        previous.isDecision = true;
        previous.speaker = null;
        decisions.push(previous.text);
      }
      continue;
    }
    const fragment = block.kind === 'bullet' && !resolutionsOpen && truncation === null && wordCount(text) <= MAX_LIST_FRAGMENT_WORDS;
    // A list's fragments join the words that introduce them, or the list item before them.
    if (fragment && previous && !previous.isDecision && (openList === previous || previousKind === 'bullet' || introducesList(previous))) {
      previous.text += ` ${text}`;
      openList = previous;
      continue;
    }
    openList = null;
    previousKind = block.kind;

    const afterBareLabel = resolutionsOpen && DECISION_LABEL.test(paragraphs[paragraphs.length - 1]?.text ?? '');
    const isResolution =
      resolutionsOpen &&
      (block.kind === 'bullet' ||
        block.kind === 'lettered' ||
        (block.kind === 'numbered' && /^that\b/i.test(text)) ||
        (afterBareLabel && block.kind === 'plain'));
    const opensDecision = !isResolution && isDecisionText(text);
    const isDecision = opensDecision || isResolution;
    if (opensDecision) decisions.push(text);
    else if (isResolution) decisions[decisions.length - 1] += ` ${number ? `${block.kind === 'lettered' ? `(${block.marker})` : `${number}.`} ` : ''}${text}`;
    if (opensDecision) resolutionsOpen = /(?::|\bthat)\s*$/i.test(text) || DECISION_LABEL.test(text);
    else if (!isResolution) resolutionsOpen = false;

    const questioner = block.questioner ? questionerOf(block.questioner) : trailingQuestionerOf(text);
    paragraphs.push({
      index: paragraphs.length,
      number,
      text,
      speaker: isDecision ? null : (questioner ?? speakerOf(text)),
      isDecision,
      isTruncated: truncation !== null,
    });
  }
  return { paragraphs, decisions, truncatedItemNumber };
}
