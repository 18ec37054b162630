// A question time's turns where the words are not opened by who says them: the question's text under the line that says
// who put it and to whom ("Ann Dale of Hill ward asked the following question of Councillor Reid, Cabinet Member for
// Housing" / "How many …?"), and the answer under a label that names no one ("Written response: …", "Response: …",
// "A. “Thank you …"). The question is the asker's, the answer is the person's it was put to.
import type { Paragraph } from '../../../core/types';
import { officeSpeaker, OFFICE_NAME } from './speakers';
import { NAME, TITLE } from './speaker-titles';

/**
 * The line that puts a question: "… asked the following question of <whom>", "… asked the Mayor, Ros Jones:-", "To
 * Councillor Linda Neal, Leader:-" (under "Question: Mrs Patrick"). Group 1, 2 or 3: to whom, and what follows (where
 * lines are not parted by blank ones, the question's words run on in the same paragraph): answererOf reads its start.
 */
const QUESTION_PUT = /\b(?:asked|put) the following (?:supplementary )?questions?(?:\s+(?:of|to)\s+(.{3,120}))?|\basked\s+([^:]{3,120}?)\s*:|^To\s+([^:]{3,120}?)\s*:/;
/** A line that puts a question hands over to it: a colon at its end, ":-" (the question run on after it), or "the following question(s) …". */
const HANDS_OVER = /(?::-?|:–)\s*$|:-|\bthe following (?:supplementary )?questions?\b/;
/** An answer's label naming no one: "Written response:", "Response:", "Reply:", "Answer:", "A.", "Supplementary answer:". */
const ANSWER_LABEL = /^(?:(?:Written|Verbal|Oral|Supplementary|Further)\s+)?(?:[Rr]esponse|[Rr]eply|[Aa]nswer)\s*[:.-]\s*\S/;
/** "Q. Councillor Hale asked …" over "A. “Thank you …”": a question and its answer lettered Q and A (a lone "A." is a list's first letter). */
const PAIRED_QUESTION = /^Q\s*[.:]\s+\S/;
const PAIRED_ANSWER = /^A\s*[.:]\s+\S/;
/**
 * "… asked the following question of Councillor Reid, Cabinet Member for Housing", "To Councillor Pike, Leader of the
 * Council:-": a line that puts a question and ends there, so the question's words open the next line (minutes typed
 * with no blank lines set them so).
 */
export function putsQuestionAtLineEnd(line: string): boolean {
  const text = line.trimEnd();
  if (!text.includes('question') && !text.endsWith(':') && !text.endsWith(':-') && !text.endsWith(':–')) return false;
  return QUESTION_PUT.test(text) && (/(?::-?|:–)$/.test(text) || QUESTION_OF_WHOM_AT_END.test(text));
}
/** "… the following question of Councillor Reid, Cabinet Member for Housing": to whom, ending the line (no question run on after a colon or mark). */
const QUESTION_OF_WHOM_AT_END = /\bthe following (?:supplementary )?questions? (?:of|to) [^:?!.]{3,120}$/;

/** "… asked the following questions without notice." over questions each answered in turn: every unnamed question is theirs. */
const SERIES = /\bthe following (?:supplementary )?questions\b/;
/** A question's words: the paragraph ends in a question mark (inside its closing quotation mark or not). */
const ENDS_ASKING = /\?["”’]?\s*$/;
/**
 * "The Audit Manager responded to the following Members’ questions:-", "Members raised the following points:": a speaker's
 * lead-in to points set under it, each opening in lower case as a list's points carry the lead-in's sentence on (the
 * first may be run on after it). Said, answered or raised: "… introduced the plan, which proposed the following measures:"
 * sets out the plan's, no one's words.
 */
const POINTS_LEAD_IN = /\b(?:responded to|answered|replied to|raised|made|gave|said|stated|highlighted|reported|explained|advised|commented|asked|queried|confirmed|expressed|emphasised|emphasized|stressed)\s+the following\b[^.?!]{0,60}(?::-?|:–)(?:\s*$|\s+\p{Ll})/u;
const OPENS_LOWER_CASE = /^\p{Ll}/u;
/** A supplementary question's label naming no one: "Supplementary question:", "Further question:". */
const QUESTION_LABEL = /^(?:(?:Supplementary|Further)\s+)?[Qq]uestion\s*[:.-]\s*\S/;
/** To whom: a titled name first ("Councillor Imran Qureshi, Cabinet Member for Housing"). */
const TITLED = new RegExp(String.raw`^((?:${TITLE})\.?\s+${NAME})(?=,|\s*\(|\s*$)`, 'u');
/** Or an office ("the Mayor of Doncaster, Ros Jones", "the Leader of the Council"). */
const OFFICE = new RegExp(String.raw`^(?:[Tt]he\s+)(${OFFICE_NAME})(?=,|\s*\(|\s*$)`, 'u');

/** The speaker a question was put to, as the line putting it names them; else null. */
function answererOf(whom: string | undefined): string | null {
  if (whom === undefined) return null;
  const person = TITLED.exec(whom.trim());
  if (person) return person[1].replace(/\s+/g, ' ');
  const office = OFFICE.exec(whom.trim());
  return office ? officeSpeaker(office[1].replace(/\s+/g, ' ')) : null;
}

/** Whether a text leaves a quotation open: a turn quoted over several paragraphs goes on in the next. */
function leavesQuoteOpen(text: string, wasOpen: boolean): boolean {
  let open = wasOpen;
  for (const character of text) {
    if (character === '“') open = true;
    else if (character === '”') open = false;
    // Straight quotation marks open and close alike.
    else if (character === '"') open = !open;
  }
  return open;
}

/**
 * The paragraphs of an item, each question time's unnamed turns credited: the question's text to whoever put it, the
 * answer (labelled, or going on in an open quotation) to whom it was put; the points under a speaker's lead-in ("…
 * responded to the following questions:-") to that speaker. Paragraphs whose words name their speaker, and decisions,
 * keep theirs and end the question's turn.
 */
export function withQuestionTurns(paragraphs: Paragraph[]): void {
  let asker: string | null = null;
  let answerer: string | null = null;
  let turn: 'question' | 'answer' | null = null;
  let quoteOpen = false;
  let paired = false;
  let series = false;
  let pointsOf: string | null = null;
  for (const paragraph of paragraphs) {
    const { text } = paragraph;
    if (paragraph.isDecision) {
      asker = answerer = turn = pointsOf = null;
      series = false;
      continue;
    }
    if (paragraph.speaker !== null) {
      pointsOf = POINTS_LEAD_IN.test(text) ? paragraph.speaker : null;
      const put = HANDS_OVER.test(text) ? QUESTION_PUT.exec(text) : null;
      if (put) {
        asker = paragraph.speaker;
        answerer = answererOf(put[1] ?? put[2] ?? put[3]);
        turn = 'question';
        quoteOpen = false;
        paired = PAIRED_QUESTION.test(text);
        series = SERIES.test(text);
      } else turn = null;
      // Someone else's turn in the words (an answer "The Mayor said …") ends neither the series nor who it was put to.
      continue;
    }
    if (pointsOf !== null && OPENS_LOWER_CASE.test(text)) {
      paragraph.speaker = pointsOf;
      continue;
    }
    pointsOf = null;
    if (answerer !== null && (ANSWER_LABEL.test(text) || (paired && PAIRED_ANSWER.test(text)))) {
      paragraph.speaker = answerer;
      turn = 'answer';
      quoteOpen = leavesQuoteOpen(text, false);
    } else if (asker !== null && (turn === 'question' || QUESTION_LABEL.test(text) || (series && ENDS_ASKING.test(text)))) {
      paragraph.speaker = asker;
      quoteOpen = leavesQuoteOpen(text, false);
      // The question's text is one paragraph, or more while its quotation stays open.
      turn = quoteOpen ? 'question' : null;
    } else if (turn === 'answer' && quoteOpen) {
      paragraph.speaker = answerer;
      quoteOpen = leavesQuoteOpen(text, true);
    } else turn = null;
  }
}
