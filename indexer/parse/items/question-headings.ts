// The lines that open a question and its answer in minutes of question time: "Question 1 – Councillor Carver",
// "Question from Mr Stuart Feeney:", "Q1 from Cllr X to the Cabinet Member for Y" and the "Answer:" under it.
import { withoutMarkup } from '../lines';
import { firstContentCharacter } from '../patterns';
import { NAME, TITLE, TITLE_STOP } from '../speakers/speaker-titles';

/**
 * "Question 1", or "Question 1 – Councillor Carver" with the asker after a dash or colon, or "Question from Mr Stuart
 * Feeney:" alone on its line over the question.
 */
const QUESTION_HEADING = /^Question\s+(?:(\d+)(?:\s*[-–—:]\s*(\S[^.?!]{0,60}))?|(?:from|by)\s+(\p{Lu}[^.?!:]{0,60}?)\s*:)\s*$/iu;
/**
 * "Q1 from Cllr Imran Baig to the Cabinet Member for Highways", "Question 2 by Cllr X to Cllr Y", and unnumbered
 * "Question from Cllr X to Cllr Y (Cabinet Member for Highways)": asker and asked (the office in brackets is the
 * asked member's, not part of their name).
 */
const QUESTION_FROM_TO = /^(?:(?:Question\s+|Q)(\d{1,3})[.:]?|Question)\s+(?:from|by)\s+(\p{Lu}[^.?!:]{0,60}?)\s+to\s+(?:(?:the|The)\s+(\p{Lu}[^.?!:]{0,80}?)|(\p{Lu}[^.?!:,()]{0,60}?)(?:\s*\([^()]{1,100}\))?)\s*:?$/u;
/** "Answer:" alone on its line, over a written answer. */
const ANSWER_ALONE = /^(?:Answer|Response|Reply|Written (?:answer|response))\s*:?$/i;
/**
 * "Reply", "Supplementary question", "Supplementary answer:" alone on a line between the turns of a question time (a
 * council's members' questions): the label of the turn under it, who speaks named in its text ("Councillor Egan replied …").
 */
const TURN_LABEL_ALONE = /^(?:Reply|Answer|Response|Supplementary(?:\s+(?:question|answer|reply|response))?)\s*:?$/i;
export const isTurnLabelAlone = (line: string) => 'RASras'.includes(line[0]) && line.length <= 30 && TURN_LABEL_ALONE.test(line);

/**
 * "Question:  Mrs J Hale, 12 Mill Road, Kelby" over the question she put, and "Response: Councillor Tom Ruiz", "Response
 * provided by Cllr Amin:", "Reply from Councillor Ruiz, Leader:" over the answer: a question time's labels naming who
 * speaks under them (a titled name, then where they live or what office they hold), alone on their lines.
 */
const NAMED_TURN_LABEL = new RegExp(
  String.raw`^(?:Question|Answer|Response|Reply)(?:\s+(?:from|by|(?:provided|given)\s+by))?\s*:?\s+((?:${TITLE})${TITLE_STOP}\s+${NAME})(?:,[^?!:]{1,80})?\s*:?(?:-)?$`,
  'u',
);

/** "Reply from the Leader of the Council", "Response by the Cabinet Member for Housing:" alone over the answer its office gave. */
const ANSWERING_OFFICE_LABEL = /^(?:Answer|Response|Reply)\s+(?:from|by|(?:provided|given)\s+by)\s+the\s+(\p{Lu}[\p{L}'’-]*(?:\s+(?:of|for|and|the|&|\p{Lu}[\p{L}'’-]*)){0,8})\s*:?$/u;

export interface QuestionHeading {
  marker: string | null;
  /** The asker as a bracketed line under the question would name them, or null when the heading does not. */
  asker: string | null;
  /** Who the question was put to, to answer it under "Answer:"; null when the heading does not say. */
  asked: string | null;
}

/**
 * The question block a line opens: a question's heading (the asker named in it closes the question as a bracketed asker
 * line under it would), or, after a heading naming who was asked, "Answer:" alone, which that one answers.
 */
export function questionHeadingOf(line: string, asked: string | null): QuestionHeading | null {
  if (asked !== null && ANSWER_ALONE.test(line)) return { marker: null, asker: `(${asked})`, asked: null };
  const named = NAMED_TURN_LABEL.exec(line);
  if (named) return { marker: null, asker: `(${named[1]})`, asked: null };
  const office = ANSWERING_OFFICE_LABEL.exec(line);
  if (office) return { marker: null, asker: `(The ${office[1]})`, asked: null };
  const fromTo = QUESTION_FROM_TO.exec(line);
  if (fromTo) return { marker: fromTo[1] ? `Question ${fromTo[1]}` : null, asker: `(${fromTo[2]})`, asked: fromTo[3] ? `The ${fromTo[3]}` : fromTo[4] };
  const question = line[0] === 'Q' || line[0] === 'q' ? QUESTION_HEADING.exec(line) : null;
  if (!question) return null;
  const asker = question[2] ?? question[3];
  return { marker: question[1] ? `Question ${question[1]}` : null, asker: asker ? `(${asker.trim()})` : null, asked: null };
}

/** "Q1 from …", "Question 2 by …" or "Question from …": how a heading QUESTION_FROM_TO reads starts. */
const FROM_TO_START = /^(?:(?:Question\s+|Q)\d{1,3}[.:]?|Question)\s+(?:from|by)\s/;
const QUESTION_OR_BOLD = 'Q*';
/** A word a wrapped line cannot end with: the heading goes on in the next line. */
const HANGING_WORD = /\s(?:and|of|for|the|to|on|&)$/i;

/**
 * The lines with each "Q1 from Cllr X to the Cabinet Member for Highways and" / "Transport" heading, wrapped, on one line:
 * a heading cut after a word no line ends with, or over a short line that ends no sentence and is followed by a blank one.
 */
export function withQuestionHeadingsJoined(lines: string[]): string[] {
  // Told by each line's first character, without a trimmed copy of every line: most items hold no such heading. A bold
  // heading is bold on each of its lines ("**Question from … (Cabinet Member for Waste,**" / "**Recycling and Parks)**").
  if (!lines.some((line) => QUESTION_OR_BOLD.includes(firstContentCharacter(line)) && FROM_TO_START.test(withoutMarkup(line).trim()))) return lines;
  const joined: string[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    const line = withoutMarkup(lines[index]).trim();
    const next = withoutMarkup(lines[index + 1] ?? '').trim();
    const wrapped =
      line.startsWith('Q') &&
      next !== '' &&
      FROM_TO_START.test(line) &&
      !/[.?!:]$/.test(line) &&
      (HANGING_WORD.test(line) || (next.split(/\s+/).length <= 5 && !/[.?!]$/.test(next) && (lines[index + 2] ?? '').trim() === ''));
    joined.push(wrapped ? `${line} ${next}` : lines[index]);
    if (wrapped) index += 1;
  }
  return joined;
}

/** A titled asker in capitals or not ("CLLR DUNN", "Councillor Carver"). */
const TITLED_ASKER = /^\((?:Cllrs?|Councillors?|Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Rev|Sir|Dame|Lord|Lady)\b/i;

/**
 * "QUESTION 1 – CLLR DUNN" set bold or in capitals like the items around it, or "Question from Cllr X to Cllr Y" with no
 * number: it opens a question put under the item (question time), not an item of its own.
 */
export function opensQuestionUnderItem(title: string): boolean {
  if ('QRAT'.includes(title[0]) && (NAMED_TURN_LABEL.test(title) || ADDRESSED_TO.test(title))) return true;
  const question = title[0] === 'Q' || title[0] === 'q' ? questionHeadingOf(title, null) : null;
  return question !== null && (question.marker !== null || question.asked !== null) && (question.asker === null || TITLED_ASKER.test(question.asker));
}

/**
 * "To Councillor Linda Neal, Leader:-" under "Question: Mrs Patrick, …": to whom the question under it was put, a
 * question time's line (a titled name, then their office), never an item's title ("To consider …" names a task).
 */
const ADDRESSED_TO = new RegExp(String.raw`^To\s+(?:${TITLE})${TITLE_STOP}\s+${NAME}(?:,[^?!:]{1,80})?\s*(?::-?)?$`, 'u');
