// An item's raw lines → paragraphs: hard wraps joined, printed numbers kept (nested as "2.a.1"),
// bullets, "Question N" blocks with their asker, RESOLVED decisions and truncated texts.
import type { Paragraph } from '../../core/types';
import { splitIntoBlocks, type Block, type BlockKind, type ParagraphOptions } from './blocks';
import { DECISION_LABEL, isDecisionText, OUTCOME_LINE } from './decisions';
import { endsSentence, joinLines } from './lines';
import { endsWithOneOf, whiteSpaceStart } from './patterns';
import { questionerOf, speakerOf, trailingQuestionerOf } from './speakers';

export type { ParagraphOptions } from './blocks';

export interface ItemText {
  paragraphs: Paragraph[];
  decisions: string[];
  /** The item number given by a "view the full minutes text for item N" marker, if any. */
  truncatedItemNumber: string | null;
}

const TRUNCATION = /\s*(?:\.{3}|…)\s*view the full minutes text for item\s+([\w.-]+?)\.?\s*$/i;
/** The marker tried at one place only. */
const TRUNCATION_AT = new RegExp(TRUNCATION.source, 'iy');
/** The words of the marker: only their last occurrence can end a text. */
const TRUNCATION_WORDS = /view the full minutes text for item/gi;

/**
 * The closing "… view the full minutes text for item N" marker of a text, or null. TRUNCATION is tried where it must
 * start if it matches: at the last occurrence of its words, less the ellipsis and white space before them. Anchored at
 * the end but not at the start, it was tried from every character of the text, which a long paragraph paid dearly.
 */
function truncationOf(text: string): RegExpExecArray | null {
  let words = -1;
  TRUNCATION_WORDS.lastIndex = 0;
  for (let found = TRUNCATION_WORDS.exec(text); found !== null; found = TRUNCATION_WORDS.exec(text)) words = found.index;
  if (words === -1) return null;
  const ellipsisEnd = whiteSpaceStart(text, words);
  const start = whiteSpaceStart(text, ellipsisEnd - (text.endsWith('…', ellipsisEnd) ? 1 : text.endsWith('...', ellipsisEnd) ? 3 : 0));
  TRUNCATION_AT.lastIndex = start;
  return TRUNCATION_AT.exec(text);
}

/**
 * Whether a decision ends in ":" or "that", so the parts under it are its resolutions. Read from its end: the pattern
 * `(?::|\bthat)\s*$` was tried from every character of the decision.
 */
function opensResolutions(decision: string): boolean {
  const end = decision.trimEnd();
  return end.endsWith(':') || (end.slice(-4).toLowerCase() === 'that' && !/\w/.test(end.charAt(end.length - 5)));
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
  return !paragraph.isDecision && (endsWithOneOf(text, ':–-') || (wordCount(text) <= MAX_LEAD_IN_WORDS && !endsSentence(text)));
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
    const truncation = truncationOf(text);
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
        (block.kind === 'numbered' && (/^that\b/i.test(text) || decisions[decisions.length - 1]?.trimEnd().endsWith(':'))) ||
        (afterBareLabel && block.kind === 'plain'));
    const opensDecision = !isResolution && isDecisionText(text);
    const isDecision = opensDecision || isResolution;
    if (opensDecision) decisions.push(text);
    else if (isResolution) decisions[decisions.length - 1] += ` ${number ? `${block.kind === 'lettered' ? `(${block.marker})` : `${number}.`} ` : ''}${text}`;
    if (opensDecision) resolutionsOpen = opensResolutions(text) || DECISION_LABEL.test(text);
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
