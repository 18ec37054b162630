// The paragraphs that go on with a motion above them across a blank line: its outcome alone ("CARRIED", "Motion
// carried (WC/2017/036)", "MOTION CARRIED"), its recorded vote ("VOTE: 6 AYE (…); 0 NAY", "AYES: …"), the text under a
// label alone ("RESOLVED:"); and the motion under a paragraph that names only its mover and seconder ("Moved (Ann
// Hale/Cr Tom Ives):" over "That the Board:"), a decision that keeps their names.
import type { Paragraph } from '../../../core/types';
import { endsWithOutcome, OUTCOME_LINE, VOTE_NOTE, VOTE_TALLY_LINE } from '../decisions/decisions';
import { MOTION_OUTCOME_SENTENCE } from '../decisions/motion-lines';
import { movedAndSecondedMotion, namesMoversAlone } from '../decisions/movers-before-motion';

/** A motion's outcome word as clerks print it ("carried", "Carried", "CARRIED"): the motion passed, or it fell. */
const inEveryCase = (words: readonly string[]) => words.flatMap((word) => [word, word[0].toUpperCase() + word.slice(1), word.toUpperCase()]).join('|');
const PASSED = inEveryCase(['carried', 'passed', 'adopted']);
const FELL = inEveryCase(['lost', 'defeated', 'failed']);
/** "Motion", "The motion was declared", "MOTION DULY": what an outcome word may follow. */
const MOTION_WAS = String.raw`(?:The |THE )?(?:[Mm]otion|MOTION) (?:was |WAS )?(?:declared |duly |DECLARED |DULY )?`;

/**
 * "Motion carried (WC/2017/036)", "MOTION CARRIED", "Motion declared carried.", "The motion passed unanimously.": a
 * motion's outcome as a short paragraph of its own (its resolution's number or the vote after it).
 */
const MOTION_RESULT_LINE = new RegExp(String.raw`^${MOTION_WAS}(?:${PASSED}|${FELL})\b[^.]{0,40}\.?$`);
/** "Motion by Hale, seconded by Ruiz, to approve …", "Moved by …": a motion put, as US boards' clerks open it. */
const OPENS_MOTION_PUT = /^(?:Motion (?:by|made by)|Moved by|MOVED BY|It was moved|(?:Upon|On) (?:a )?motion|A motion was made)\b/;
/** A motion's paragraph that holds its recorded vote ("… VOTE: 6 AYE (…); 0 NAY", "… AYES: Hale, Ruiz"), its outcome to come. */
const HOLDS_VOTE = /\b(?:VOTE|Vote|AYES?|Ayes?|YEAS|Yeas)\s*:/;
/** "0 NAY; 0 ABSTAIN; 1 ABSENT (Hatter)": the rest of a roll-call vote's counts, wrapped onto a line of their own. */
const VOTE_COUNTS = /^\d{1,2}\s+(?:NAYS?|NOES|AYES?|YEAS?|ABSENT|ABSTAIN(?:ED|S)?|Nays?|Noes|Ayes?|Yeas?|Absent|Abstain(?:ed|s)?)\s*[;,]/;
/** "MOVER:  Tom Yuen, Councillor", "SECONDER:  …": who moved the decision above, under its "RESULT:" (an agenda system's block, a blank line between). */
const MOVER_LINE = /^(?:MOVER|SECONDER|Mover|Seconder)\s*:\s*\S/;
/** "5 Ayes, 0 Nays - Motion Carried", "5 Ayes, 0 Nays-Motion Carried": the counts under a motion put, its outcome after them. */
const VOTE_THEN_CARRIED = new RegExp(String.raw`(?:[Mm]otion|MOTION)\s+(?:${PASSED})\.?$`);
/** "Unanimous Vote.", "Vote was 2-1, Selectman Dobbs opposed.": the vote on the decision above, a short line of its own. */
const VOTE_RESULT = /^(?:Unanimous(?:\s+[Vv]ote)?|(?:The\s+)?[Vv]ote\s+was\s+(?:unanimous|\d{1,2}\s*[-–]\s*\d{1,2})\b[^.]{0,60})\.?$/;
/** "That the Board:", "THAT Council:": a motion that opens its parts, set as paragraphs under it. */
const MOTION_OPENS_PARTS = /\b(?:That|THAT)\b[^.:;]{0,80}:$/;
const OPENS_MOTION = /^["“]?(?:That|THAT)\b/;
/** "LOST", "Defeated", "Motion failed.", "Disposition LOST": the outcome of a motion that fell. */
const FELL_OUTCOME = new RegExp(String.raw`^(?:Disposition\s+)?(?:${MOTION_WAS})?(?:${FELL})\b`);

/**
 * Joins a plain block's text to the paragraph before it when it is part of it: "CARRIED" or "LOST" alone under a motion
 * (the motion's outcome), the vote recorded under a decision, or the text under a label alone on its line ("RESOLVED:",
 * "RECOMMENDATION:"), which leads it.
 */
export function joinsPrevious(previous: Paragraph, text: string, decisions: string[], labelled: boolean): boolean {
  if (finishesMotionPut(previous, text)) {
    [previous.text, previous.isDecision, previous.speaker] = [`${previous.text} ${text}`, true, null];
    decisions.push(previous.text);
    return true;
  }
  const outcome =
    OUTCOME_LINE.test(text) ||
    (previous.isDecision && text.startsWith('The ') && MOTION_OUTCOME_SENTENCE.test(text)) ||
    (text.length <= 80 && MOTION_RESULT_LINE.test(text) && (previous.isDecision || (OPENS_MOTION_PUT.test(previous.text) && HOLDS_VOTE.test(previous.text))));
  // "CARRIED" over "OPPOSED: Director Brandvold" or "(Electoral Area Directors only)": the vote, after the outcome; "VOTE:
  // 6 AYE (…); 0 NAY" under the motion, before it.
  // "VOTE: 6 AYE (…); 0 NAY" under a motion put ("Motion by Hale, seconded by Ruiz, to approve …"), its outcome under it.
  const vote =
    (previous.isDecision && (VOTE_TALLY_LINE.test(text) || VOTE_COUNTS.test(text) || VOTE_RESULT.test(text) || MOVER_LINE.test(text) || (VOTE_NOTE.test(text) && endsWithOutcome(previous.text)))) ||
    (OPENS_MOTION_PUT.test(previous.text) && (VOTE_TALLY_LINE.test(text) || VOTE_COUNTS.test(text)));
  if (!outcome && !labelled && !vote) return false;
  // "Defeated" under "Moved By: … Seconded By: … That …": the motion, read as moved, fell; no decision of the meeting.
  if (outcome && previous.isDecision && FELL_OUTCOME.test(text) && decisions[decisions.length - 1] === previous.text && movedAndSecondedMotion(previous.text)) {
    previous.isDecision = false;
    decisions.pop();
  }
  previous.text += ` ${text}`;
  if (previous.isDecision) decisions[decisions.length - 1] += ` ${text}`;
  else if ((outcome && !FELL_OUTCOME.test(text)) || (vote && VOTE_THEN_CARRIED.test(text))) {
    previous.isDecision = true;
    previous.speaker = null;
    decisions.push(previous.text);
  }
  return true;
}

/**
 * The paragraph above a motion ("That the Board:", "That Council note the report.") when it names only the motion's
 * mover and seconder ("Moved (Ann Hale/Cr Tom Ives):", "MOVED Cr Hale SECONDED Cr Ives"), else null: the motion as
 * moved is the decision, whatever its verb, and its movers are kept in the decision's text.
 */
export function moversAboveMotion(previous: Paragraph | undefined, text: string): string | null {
  return previous !== undefined && !previous.isDecision && OPENS_MOTION.test(text) && namesMoversAlone(previous.text) ? previous.text : null;
}

/** "That the Board:" over "Accept the apology from Ann Hale." (a web page's list that lost its marks): the motion's part. */
export const opensMotionParts = (decision: string | undefined): boolean => decision !== undefined && MOTION_OPENS_PARTS.test(decision.slice(-90));

/** "…, the Board", "…, the Council", "… it was": a motion put that breaks off before its verb, the decision's label under it. */
const BREAKS_OFF_BEFORE_VERB = /(?:\bthe\s+(?:Board|Council|Commission|Committee|Selectmen|Select\s?[Bb]oard|Trustees|Supervisors)|\bit\s+was)$/;
/** "VOTED:  To approve the Minutes …", "RESOLVED that …", "ORDERED that …": the verb the clerk set on a line of its own. */
const DECISION_VERB_FIRST = /^(?:VOTED|RESOLVED|ORDERED|AGREED)\b/;

/**
 * Whether `text` finishes the motion put above it: "Upon motion by Selectman Lind and seconded by Selectman Varga, the
 * Board" over (a blank line, an indent) "VOTED:  To approve the Minutes …" (a Massachusetts board of selectmen's minutes
 * set the vote apart so): one sentence, the decision with its mover and seconder.
 */
function finishesMotionPut(previous: Paragraph, text: string): boolean {
  return !previous.isDecision && DECISION_VERB_FIRST.test(text) && OPENS_MOTION_PUT.test(previous.text) && BREAKS_OFF_BEFORE_VERB.test(previous.text.slice(-30));
}
