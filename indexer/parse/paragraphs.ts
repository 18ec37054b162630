// An item's raw lines → paragraphs: hard wraps joined, printed numbers kept (nested as "2.a.1"),
// bullets, "Question N" blocks with their asker, RESOLVED decisions and truncated texts.
import type { Paragraph } from '../../core/types';
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
}

const NUMBERED = /^(\d{1,2})\.(?:\s+|(?=[A-Z“‘"£(]))(.*)$/;
const LETTERED = /^([a-z])[.)]\s+(.*)$/;
const BULLET = /^[•·▪◦●■➢►]\s*(.*)$/;
const QUESTION_HEADING = /^Question\s+(\d+)\s*$/i;
const DECISION = /^(?:RESOLVED|AGREED)\b/;
const SENTENCE_END = /[.!?:;]["”’)\]]?\s*$/;
const TRUNCATION = /\s*(?:\.{3}|…)\s*view the full minutes text for item\s+([\w.-]+?)\.?\s*$/i;

function startsWithLowercase(line: string): boolean {
  return /^[a-z]/.test(line.trim());
}

/**
 * A blank line ends a paragraph unless the sentence before it is unfinished and the next line carries it
 * on: a lower-case word, or (in PDF text) an unindented line under a bullet whose text was split by the page.
 */
function continuesAcrossBlank(open: Block, raw: string, previous: string, options: ParagraphOptions): boolean {
  if (SENTENCE_END.test(previous)) return false;
  if (startsWithLowercase(raw)) return true;
  return options.leadingSpaceMarksBullet && open.kind === 'bullet' && !/^\s/.test(raw);
}

function splitIntoBlocks(lines: string[], options: ParagraphOptions): Block[] {
  const blocks: Block[] = [];
  let current: Block | null = null;
  let afterBlank = false;
  const start = (kind: BlockKind, marker: string | null, firstLine: string) => {
    current = { kind, marker, lines: firstLine.trim() === '' ? [] : [firstLine], questioner: null };
    blocks.push(current);
  };

  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') {
      afterBlank = true;
      continue;
    }
    const open = current as Block | null;
    const inQuestion = open?.kind === 'question' && open.questioner === null;
    const numbered = NUMBERED.exec(line);
    const lettered = LETTERED.exec(line);
    const bullet = BULLET.exec(line);
    const question = QUESTION_HEADING.exec(line);
    const previous = open?.lines[open.lines.length - 1] ?? '';

    if (question) start('question', `Question ${question[1]}`, '');
    else if (numbered) start('numbered', numbered[1], numbered[2]);
    else if (inQuestion && questionerOf(line)) {
      open!.lines.push(line);
      open!.questioner = line;
    } else if (inQuestion) open!.lines.push(bullet ? bullet[1] : line);
    else if (lettered) start('lettered', lettered[1], lettered[2]);
    else if (bullet) start('bullet', null, bullet[1]);
    else if (DECISION.test(line)) start('plain', null, line);
    else if (
      options.leadingSpaceMarksBullet &&
      /^\s+[A-Z0-9£‘“]/.test(raw) &&
      open !== null &&
      (afterBlank || SENTENCE_END.test(previous))
    ) start('bullet', null, line);
    else if (open === null || (afterBlank && !continuesAcrossBlank(open, raw, previous, options))) start('plain', null, line);
    else open.lines.push(line);
    afterBlank = false;
  }
  return blocks;
}

/** Joins hard-wrapped lines: a word split by a hyphen at a line end is rejoined, keeping the hyphen. */
export function joinLines(lines: string[]): string {
  return lines
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .reduce((joined, line) => (joined === '' ? line : /[A-Za-z]-$/.test(joined) ? joined + line : `${joined} ${line}`), '')
    .replace(/\s+/g, ' ')
    .trim();
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

/** Builds the paragraphs and decisions of one item from its raw lines. */
export function buildParagraphs(lines: string[], options: ParagraphOptions): ItemText {
  const numberOf = createNumbering();
  const paragraphs: Paragraph[] = [];
  const decisions: string[] = [];
  let truncatedItemNumber: string | null = null;
  let resolutionsOpen = false;

  for (const block of splitIntoBlocks(lines, options)) {
    const number = numberOf(block);
    let text = joinLines(block.lines);
    const truncation = TRUNCATION.exec(text);
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

    const isResolution =
      resolutionsOpen && (block.kind === 'bullet' || ((block.kind === 'numbered' || block.kind === 'lettered') && /^that\b/i.test(text)));
    const opensDecision = DECISION.test(text);
    const isDecision = opensDecision || isResolution;
    if (opensDecision) decisions.push(text);
    else if (isResolution) decisions[decisions.length - 1] += ` ${number ? `${number}. ` : ''}${text}`;
    if (opensDecision) resolutionsOpen = /:\s*$/.test(text);
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
