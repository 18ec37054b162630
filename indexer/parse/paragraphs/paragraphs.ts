// An item's raw lines → paragraphs: hard wraps joined, printed numbers kept (nested as "2.a.1"),
// bullets, "Question N" blocks with their asker, RESOLVED decisions and truncated texts.
import type { Paragraph } from '../../../core/types';
import { splitIntoBlocks, type Block, type BlockKind, type ParagraphOptions } from './blocks';
import { DECISION_LABEL, isDecisionText, opensWithDecisionAfterLabel, OUTCOME_LINE } from '../decisions/decisions';
import { joinsPrevious, moversAboveMotion, opensMotionParts } from './motion-joins';
import { endsSentence, joinLines } from '../lines';
import { endsWithOneOf, isWhiteSpaceCode, whiteSpaceStart } from '../patterns';
import { askerAsNamed, questionerOf, trailingQuestionerOf } from '../speakers/questioners';
import { paragraphSpeakerOf } from '../speakers/paragraph-speakers';
import { decisionParts } from '../decisions/resolution-parts';
import { speakerOf } from '../speakers/speakers';
import { withQuestionTurns } from '../speakers/question-turns';
import { withVerbatimLabels } from '../speakers/verbatim-labels';

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
/** The words of the marker, lower-case. */
const TRUNCATION_WORDS = 'view the full minutes text for item';

/** A character TRUNCATION's item number takes (`[\w.-]`, read without the Unicode flag). */
function isItemNumberCode(code: number): boolean {
  const letter = code | 0x20;
  return (letter >= 0x61 && letter <= 0x7a) || (code >= 0x30 && code <= 0x39) || code === 0x5f || code === 0x2e || code === 0x2d;
}

/**
 * The closing "… view the full minutes text for item N" marker of a text, or null. Read from the end: white space, the
 * item number, white space, then the marker's words must close the text, and TRUNCATION is tried only where it must
 * start if it matches (less the ellipsis and white space before the words). A search for the words ran through every
 * paragraph, and most paragraphs have no marker; anchored at the end but not at the start, the pattern alone was tried
 * from every character of the text.
 */
function truncationOf(text: string): RegExpExecArray | null {
  const numberEnd = whiteSpaceStart(text, text.length);
  let numberStart = numberEnd;
  while (numberStart > 0 && isItemNumberCode(text.charCodeAt(numberStart - 1))) numberStart -= 1;
  const wordsEnd = whiteSpaceStart(text, numberStart);
  const words = wordsEnd - TRUNCATION_WORDS.length;
  // The words end in "item": a text whose last word before the number ends otherwise is let go before any copy of it.
  if (numberStart === numberEnd || wordsEnd === numberStart || words < 0 || (text.charCodeAt(wordsEnd - 1) | 0x20) !== 0x6d) return null;
  // Lower-cased, a character that the pattern's case-insensitive reading does not take can pass: the pattern decides.
  if (text.slice(words, wordsEnd).toLowerCase() !== TRUNCATION_WORDS) return null;
  const ellipsisEnd = whiteSpaceStart(text, words);
  const start = whiteSpaceStart(text, ellipsisEnd - (text.endsWith('…', ellipsisEnd) ? 1 : text.endsWith('...', ellipsisEnd) ? 3 : 0));
  TRUNCATION_AT.lastIndex = start;
  return TRUNCATION_AT.exec(text);
}

/**
 * Whether a decision ends in ":", "that" or "and resolved", so the parts under it are its resolutions. Read from its end:
 * the pattern `(?::|\bthat)\s*$` was tried from every character of the decision.
 */
function opensResolutions(decision: string): boolean {
  const end = decision.trimEnd();
  // "The Committee resolved:-": Scottish minutes put a dash after the colon. "Moved Cr Hale, seconded Cr Ives and
  // resolved" (New Zealand) has the motion under it.
  return end.endsWith(':') || end.endsWith(':-') || /\b(?:that|and resolved)$/i.test(end.slice(-13));
}

/**
 * "The Cabinet RESOLVED to:" over "approve the plan;" / "note the appraisal.": a web page's list under a decision loses its
 * numbers, and each part is a paragraph in lower case after the words (or the part) that end in a colon or semicolon.
 */
function continuesResolutionList(text: string, decision: string | undefined): boolean {
  return /^\p{Ll}/u.test(text) && leadsNextPart(decision);
}

/**
 * "Recommendation 1: that …", "Resolution 2 – …": the numbered parts a scrutiny committee's resolution lists ("RESOLVED
 * that … the following recommendations be made to the Cabinet:"), each a paragraph under it.
 */
const LABELLED_PART = /^(?:Recommendation|Resolution)\s+\d{1,2}[a-z]?\s*[:.–—-]\s/i;

/** "RESOLVED: That" over "(1) it be noted …" and "(2) the minutes … be approved": a decision whose sentence goes on in its parts. */
const endsWithThat = (decision: string | undefined) => decision !== undefined && /\bthat:?$/i.test(decision.trimEnd().slice(-6));

/**
 * A decision that ends in a colon, or in the semicolon of a part ("…; and"), has its next part to come; so does a label
 * ended by a dash ("Resolved –", "Decision: Resolved –" over "(1) Executive considered …", "(2) That …": ModernGov).
 */
function leadsNextPart(decision: string | undefined): boolean {
  return decision !== undefined && (/(?:[:;]|;\s+(?:and|or))$/.test(decision.trimEnd()) || isDashedLabel(decision));
}

const isDashedLabel = (decision: string) => decision.length <= 32 && /\s[–—-]\s*$/.test(decision);

/** A part's number as a decision's text holds it, after the words before the part ("Decision 1. Noted …"). */
const PART_NUMBER_IN_DECISION = /\s+\d{1,2}[.)]\s/;

/**
 * "Decision" alone on its line over "1. Noted the contents of the report." and "2. Agreed to …" (Scottish councils'
 * meeting pages): a decision opened by its label alone, with no colon or dash, goes on in each numbered part under it
 * ("RESOLVED: 1. That …" over "2. A Member asked …" is a resolution, then the minute's next paragraph).
 */
function openedByBareLabel(decision: string | undefined): boolean {
  const label = decision?.split(PART_NUMBER_IN_DECISION, 1)[0].trimEnd();
  return label !== undefined && !/[:–-]$/.test(label) && DECISION_LABEL.test(label);
}

/** "RECOMMENDATION:", "OFFICER RECOMMENDATION": a recommendation's label alone on a line (a recommendation is no decision). */
const RECOMMENDATION_LABEL = /^(?:\*\*)?(?:(?:OFFICERS?'?|OFFICER'S|Officers?'?|Officer's) )?(?:RECOMMENDATIONS?(?:\*\*)?\s*[:–-]?|[Rr]ecommendations?(?:\*\*)?\s*[:–-])(?:\*\*)?\s*$/;

/** At most this long, a text can be a label alone: a longer one is not tried. */
const MAX_LABEL_LENGTH = 40;

function isBareLabel(text: string, label: RegExp): boolean {
  return text.length <= MAX_LABEL_LENGTH && label.test(text);
}

/** A label alone that leads the text under it: a decision's ("Resolved:") or a recommendation's. */
function leadsTextUnderIt(text: string): boolean {
  return isBareLabel(text, DECISION_LABEL) || isBareLabel(text, RECOMMENDATION_LABEL);
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

/**
 * "- Apologies received from X." then "- No declarations of interest.": a short bullet that is a sentence of its own (a
 * capital, a full stop) after one that ended its sentence is a point of its own, not a fragment of a list ("17 – Refuge;"),
 * unless the paragraph before is gathering a list under its lead-in. Told only where the format marks each list item (an
 * HTML <li>, a Word list paragraph, a Markdown bullet): in plain and PDF text a bullet glyph also starts the fragments of
 * a run-on list, which stay joined.
 */
function sentenceAfterSentence(previous: string | undefined, text: string): boolean {
  return previous !== undefined && /[.!?]$/.test(previous) && /[.!?]$/.test(text) && /^\p{Lu}/u.test(text);
}

/** A bullet of at most this many words is a list fragment ("17 – Refuge;"), not a paragraph of its own. */
export const MAX_LIST_FRAGMENT_WORDS = 12;
/** In plain text, a bullet sentence of at most this many words after another sentence is a list's fragment ("- Roads."). */
const MAX_POINT_WORDS_JOINED = 4;
/** A line of at most this many words without closing punctuation is a lead-in ("The Numbers") when a list follows. */
const MAX_LEAD_IN_WORDS = 8;

/**
 * Whether a text has at most `most` words (runs of characters other than white space). Counted up to one more than
 * `most`: splitting the text into an array of its words read all of a long paragraph to compare the count with 8 or 12.
 */
function hasAtMostWords(text: string, most: number): boolean {
  let words = 0;
  let inWord = false;
  for (let index = 0; index < text.length; index += 1) {
    const space = isWhiteSpaceCode(text.charCodeAt(index));
    if (!space && !inWord && ++words > most) return false;
    inWord = !space;
  }
  return true;
}

/** A paragraph that announces a list: it ends with a colon, or is a short line that ends no sentence. */
function introducesList(paragraph: Paragraph): boolean {
  const text = paragraph.text.trim();
  return !paragraph.isDecision && (endsWithOneOf(text, ':–-') || (hasAtMostWords(text, MAX_LEAD_IN_WORDS) && !endsSentence(text)));
}

/**
 * "MOVED by Member B Upton, seconded by …:" over "That the Local Board:": the motion's words under the line naming its
 * mover; quoted, as Irish minutes print the resolution under "Proposed by …, seconded by … and RESOLVED:".
 */
const motionUnderMover = (text: string, decision: string | undefined) => /^["“]?that\b/i.test(text) && decision !== undefined && opensResolutions(decision);

/** Whether a block under a decision that opens resolutions (`decision`, the paragraph `above` it) is one of them. */
function isResolutionUnder(block: Block, text: string, above: string | undefined, decision: string | undefined): boolean {
  return (
    block.kind === 'bullet' ||
    block.kind === 'lettered' ||
    (block.kind === 'numbered' && (/^that\b/i.test(text) || leadsNextPart(decision) || endsWithThat(decision) || openedByBareLabel(decision))) ||
    (block.kind === 'plain' && (DECISION_LABEL.test(above ?? '') || LABELLED_PART.test(text) || continuesResolutionList(text, decision) || motionUnderMover(text, decision) || opensMotionParts(decision)))
  );
}

/**
 * "Greg Osei moved to accept the bid …", "Motion: Cllr Hale moved, Cllr Dee seconded …", "Trustee Kane made a motion to
 * …", "Resolution 449/2019 Moved: Cr Palmer Seconded: …": a motion's mover, no speaker of the decision.
 */
const MOVER_OPENING = /^(?:Motion:\s*)?[^,;:]{2,60}?,?\s(?:moved|seconded|motioned|made (?:a|the)(?: following)? motion|proposes? (?:a |the )?motion)\b|^[^.:]{0,40}\bMoved(?: by)?\s*:/;

/**
 * "The Chair proposed that the budget be approved and it was RESOLVED …": a decision keeps the speaker who is named
 * saying it, as any paragraph does; the mover of a motion recorded as its outcome is no speaker of it.
 */
function decisionSpeakerOf(text: string, options: ParagraphOptions, previous: Paragraph | undefined): string | null {
  return MOVER_OPENING.test(text) ? null : paragraphSpeakerOf(text, options, previous);
}

/** Builds the paragraphs and decisions of one item from its raw lines. */
export function buildParagraphs(lines: string[], options: ParagraphOptions): ItemText {
  const numberOf = createNumbering();
  const paragraphs: Paragraph[] = [];
  const decisions: string[] = [];
  let truncatedItemNumber: string | null = null;
  let resolutionsOpen = false;
  const parts = decisionParts();
  /** The paragraph list fragments are being added to: they mean little without the words that introduce them. */
  let openList: Paragraph | null = null;
  let previousKind: BlockKind | null = null;

  for (const block of splitIntoBlocks(lines, options)) {
    const number = numberOf(block);
    let text = joinLines(block.lines, options.softHyphens);
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
    const labelled = previous !== undefined && block.kind === 'plain' && leadsTextUnderIt(previous.text);
    // "- CARRIED UNANIMOUSLY" under the motion (British Columbia councils set the outcome after a dash): no list's point.
    const outcomeBullet = block.kind === 'bullet' && OUTCOME_LINE.test(text);
    if (previous && (block.kind === 'plain' || outcomeBullet) && joinsPrevious(previous, text, decisions, labelled)) {
      if (labelled && previous.isDecision) resolutionsOpen = opensResolutions(text) || isDashedLabel(previous.text);
      continue;
    }
    // "The Panel RESOLVED to:" indented under a sentence is the decision that opens a list, not a fragment of one.
    const fragment =
      block.kind === 'bullet' &&
      !resolutionsOpen &&
      truncation === null &&
      hasAtMostWords(text, MAX_LIST_FRAGMENT_WORDS) &&
      !isDecisionText(text) &&
      // In a document whose lists mark each item (HTML, Word, Markdown: paragraphs by blank lines), a sentence of a point
      // is a paragraph; points a paragraph has gathered after its lead-in ("… four new powers: To require …") stay in it.
      // In plain text a point that is a sentence of some length after another ("- An apology for absence was received
      // from Calum Reid." under "- The chair welcomed all.") is one too; "- Roads." after "- Paths." is a list's words, as
      // are the points of a printed agenda pack, whose bullets the PDF lost (a leading space marks them).
      !(openList !== previous && sentenceAfterSentence(previous?.text, text) && (!options.wrapWidth || (!options.leadingSpaceMarksBullet && !hasAtMostWords(text, MAX_POINT_WORDS_JOINED))));
    // A list's fragments join the words that introduce them, or the list item before them.
    if (fragment && previous && !previous.isDecision && (openList === previous || previousKind === 'bullet' || introducesList(previous))) {
      previous.text += ` ${text}`;
      openList = previous;
      continue;
    }
    openList = null;
    previousKind = block.kind;

    const isResolution = parts.isNext(block) || (resolutionsOpen && isResolutionUnder(block, text, paragraphs[paragraphs.length - 1]?.text, decisions[decisions.length - 1]));
    // A decision's label alone ("Decision", "RESOLVED:") is one, even without the punctuation isDecisionText asks for.
    const movers = !isResolution && block.kind === 'plain' ? moversAboveMotion(previous, text) : null;
    const opensDecision = !isResolution && (movers !== null || isDecisionText(text) || isBareLabel(text, DECISION_LABEL) || opensWithDecisionAfterLabel(text));
    const isDecision = opensDecision || isResolution;
    if (opensDecision) decisions.push(movers === null ? text : `${movers} ${text}`);
    else if (isResolution) decisions[decisions.length - 1] += ` ${number ? `${block.kind === 'lettered' ? `(${block.marker})` : `${number}.`} ` : ''}${text}`;
    parts.follow(block, text, opensDecision, isResolution);
    if (opensDecision) resolutionsOpen = opensResolutions(text) || DECISION_LABEL.test(text) || isDashedLabel(text);
    else if (!isResolution) resolutionsOpen = false;

    const questioner = block.questioner ? questionerOf(block.questioner) : trailingQuestionerOf(text);
    paragraphs.push({
      index: paragraphs.length,
      number,
      text,
      speaker: isDecision ? decisionSpeakerOf(text, options, previous) : questioner ? askerAsNamed(questioner, speakerOf(text)) : paragraphSpeakerOf(text, options, previous),
      isDecision,
      isTruncated: truncation !== null,
    });
  }
  withQuestionTurns(paragraphs);
  return { paragraphs: withVerbatimLabels(paragraphs), decisions, truncatedItemNumber };
}
