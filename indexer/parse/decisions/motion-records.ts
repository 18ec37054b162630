// How US boards' and commissions' clerks record a motion's outcome in their own shorthand, where the decision rules'
// "RESOLVED", "CARRIED" or "the Board voted to …" are not written: the seconder's clause carries the result ("Motion was
// seconded by Member Batchelor which passed by a 5-0 vote."), the vote is said to be unanimous on its own ("Mrs. Sweeney
// seconded the motion. The vote on the motion was unanimous."), the tally is given as counts ("Ayes: 3; Noes: 0"), the
// movers are put in brackets after what was approved ("Minutes approved – Z. Maiorca (motion), T. Feinberg (second)"),
// or a commission's secretary writes "M/S Biggs/Villareal Unanimous" and a church council's "MSA Steve/Bob" (moved,
// seconded, approved); a city commission's clerk labels each part ("Moved by: Commissioner Orr. Second by: Commissioner
// Lee. Vote: Yes (6) …").

/**
 * The seconder, then what became of the motion in the same sentence: "seconded by Member Batchelor which passed by a
 * 5-0 vote", "seconded the motion, which carried by unanimous voice vote", "seconded the motion and it passed". A motion
 * "passed to" or "passed on to" someone was handed on, not voted.
 */
const SECONDED_THEN_OUTCOME = /\bseconded\b[^.;]{0,80}?\b(?:which|and(?: it| the motion)?)\s+(?:was\s+)?(?:unanimously\s+)?(?:passed|carried|approved)\b(?!\s+(?:to|on|onto|along)\b)/i;
/**
 * "The vote on the motion was unanimous.", "The vote was unanimous.", a fire district's "The vote by Jim, Gordon and Roger
 * was unanimous in the affirmative.": the outcome said of the vote itself (and of who cast it).
 */
const UNANIMOUS_VOTE = /\b[Tt]he vote (?:on (?:the|this|that) (?:motion|resolution) |by [^.;]{2,100}? )?was unanimous\b/;
/**
 * A New England selectboard's "Selectman Hale moved to accept the minutes. Second by Selectman Ruiz, passed with a
 * unanimous roll call vote", "… Second by Selectman Ruiz with a unanimous vote.": the seconder named after "Second by"
 * (capitalised words), then straight after the name the outcome or the vote taken, with no "which" before it ("Seconded by
 * Councillor Kane that the application be approved" is the motion's words, not its outcome).
 */
const SECOND_BY_THEN_OUTCOME = /\bSecond(?:ed)? by (?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]*(?:,\s*|\s+)(?:(?:and\s+)?(?:passed|carried|approved)\b|with a (?:unanimous|roll call|voice) vote\b)/;
/**
 * A recorded count of the vote, "Ayes: 3; Noes: 0; Absent: 1 (Lynch)", "AYES 4, NAYS 1": a vote the meeting took, whatever
 * its outcome (the existing tally lines are read one a line; these run on after the motion).
 */
const COUNTED_VOTE = /\b(?:Ayes|AYES|Yeas|YEAS|Yes|YES)\s*[:–-]?\s*\d{1,2}\s*[;,]?\s*(?:Noes|NOES|Nays|NAYS|No|NO)\s*[:–-]?\s*\d{1,2}\b/;
/**
 * "Moved by: Commissioner Orr. Second by: Commissioner Lee. Vote: Yes (6) Orr, Lee, … No (0)": the mover, the seconder
 * and the vote, each after its label (a city commission's record of a motion put to it): a vote the meeting took,
 * whatever its count. The labels' words are few and fixed, so the seconder and the vote must both follow the mover
 * (whose name may open the paragraph, "Moved by:" ending the line above it, as a PDF's lines part them).
 */
const LABELLED_MOVER_SECONDER_VOTE = /(?:\bMoved\s+by\s*:?\s+[^;]{2,60}?[.;,]\s+|^[^;]{2,60}?[.;,]\s+)Second(?:ed)?(?:\s+by)?\s*:\s*[^;]{2,60}?[.;,]\s+Vote\s*:\s*(?:Yes|Ayes?|Unanimous|\d)/i;
/**
 * "Motion By: Commissioner Precinct 4 Ron Hale Second By: Commissioner Precinct 1 Ann Ruiz Motion: To approve …": a
 * county court's agenda system records each action under its labels, the mover and the seconder, and the members' votes
 * ("Aye: …") under them: a vote the meeting took. Both labels, with their colons, are needed ("a motion by Cllr Hale"
 * alone is prose).
 */
const LABELLED_MOTION_BY_SECOND_BY = /\bMotion\s+[Bb][Yy]\s*:\s*\S[^;]{1,100}?\bSecond(?:ed)?\s+[Bb][Yy]\s*:\s*\S/;
/** "… approved – Z. Maiorca (motion), T. Feinberg (second)": the mover and seconder in brackets after the outcome. */
const BRACKETED_MOVERS = /\((?:motion|moved|Motion|Moved)\)[^()]{0,60}\((?:second|seconded|Second|Seconded|2nd)\)/;
const BRACKETED_OUTCOME = /\b(?:approved|adopted|passed|carried|accepted|APPROVED|ADOPTED|PASSED|CARRIED|ACCEPTED)\b/;
/**
 * "M/S Biggs/Villareal Unanimous", "M/S to Adjourn James/Nielsen Unanimous", "M/S/C Ruiz/Hale", "MSC Ruiz/Hale", "MSA
 * Steve/Bob", a fire district's "MSC: Helsley/Owen to approve …" (its label's colon): moved and seconded, by the two named, and carried. "M/S" alone is only the motion: its outcome follows.
 */
const SHORTHAND_CARRIED = /(?:^|[\s(])(?:M\/S\/[CAP]|MS[CAP](?=:?\s+\p{Lu}\p{L}*\s*\/\s*\p{Lu}))\b|(?:^|[\s(])M\/S\b[^.\n]{0,80}?\b(?:[Uu]nanimous(?:ly)?|UNANIMOUS|[Cc]arried|CARRIED|[Pp]assed|PASSED|\d{1,2}\s*[-–]\s*\d{1,2})\b/u;

/**
 * "W. Robb – S. Windsor" numbered over "RESOLVED THAT …" (Manitoba councils): the mover and seconder, each an initial (or
 * two) and a surname, parted by a dash, the whole line. A source of a pattern (decisions.ts builds MOVER_LINE with it).
 */
const INITIALLED_NAME = String.raw`\p{Lu}\.\s?(?:\p{Lu}\.\s?)?\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{Ll}'’-]+)?`;
export const INITIALLED_MOVERS = String.raw`${INITIALLED_NAME}\s+[–—-]\s+${INITIALLED_NAME}$`;

/**
 * "Action: approved", "Action taken: Adopted.": a committee's action minutes give each item's outcome on a label of its
 * own under the item (an action point, "Action: Sam to write to the bus company", is work to do, not an outcome).
 */
const ACTION_OUTCOME = /^(?:Action|ACTION)(?:\s+[Tt]aken|\s+TAKEN)?\s*:\s*(?:[Mm]otion\s+)?(?:approved|adopted|carried|passed|accepted|endorsed|ratified|denied)\b/i;
/**
 * "… to approve the amendments. Vote: Yeas; Merkle, Parro; Nays; Baggett, Absent; Lund.", "Yeas: Hale, Ruiz; Nays:
 * None": a village board's roll-call vote run on after the motion, the members named after each answer (the tally
 * lines a vote set on lines of its own are read apart; these run on in the motion's paragraph): a vote the meeting took.
 * "Unanimous Voice Vote.": the same vote said in a word.
 */
const NAMED_VOTE = /\b(?:Yeas|YEAS|Yeahs|Ayes|AYES)\s*[:;]\s*[^.:;]{2,200}(?:[;,]\s*|\s(?=NAYS?\b|NOES\b))(?:Nays?|NAYS?|Noes|NOES)\s*[:;]|\b[Uu]nanimous [Vv]oice [Vv]ote\b/;
/**
 * "Vote on Motion: Young, aye; Snyder, aye; Blair, aye." (an Ohio township's roll call, each member's answer after the
 * name): the members' votes named after the motion, a vote the meeting took.
 */
const MEMBERS_ANSWERING = /\bVote on (?:the )?[Mm]otion\s*:\s*(?:\p{Lu}[\p{L}'’.-]*,\s*(?:aye|yes|nay|no|abstain)\s*[;.]\s*){2}/u;

/** Whether a paragraph records a motion's outcome in one of these shorthands; each form's own word is looked for before it is tried. */
export function recordsMotionOutcome(text: string): boolean {
  if ((text.charCodeAt(0) | 32) === 97 && ACTION_OUTCOME.test(text)) return true;
  if ((text.includes('ays') || text.includes('AYS') || text.includes('oice')) && NAMED_VOTE.test(text)) return true;
  if (text.includes('Vote on') && MEMBERS_ANSWERING.test(text)) return true;
  if (text.includes('econded') && SECONDED_THEN_OUTCOME.test(text)) return true;
  if (text.includes('he vote') && UNANIMOUS_VOTE.test(text)) return true;
  if (text.includes('Second') && SECOND_BY_THEN_OUTCOME.test(text)) return true;
  if (text.includes('Vote') && LABELLED_MOVER_SECONDER_VOTE.test(text)) return true;
  if ((text.includes('y:') || text.includes('Y:')) && LABELLED_MOTION_BY_SECOND_BY.test(text)) return true;
  if ((text.includes('(motion)') || text.includes('(moved)') || text.includes('(Motion)') || text.includes('(Moved)')) && BRACKETED_MOVERS.test(text) && BRACKETED_OUTCOME.test(text)) return true;
  return /\d\s*[;,]?\s*(?:No|NO|Na|NA)/.test(text) && COUNTED_VOTE.test(text);
}

/**
 * "Cllr. Wedewer moved that the minutes be approved as corrected. Crd.", "… moved that the information be received and
 * filed (Crd)": a prairie municipality's clerk (and the paper reprinting the minutes) writes "carried" as "Crd" after
 * the motion, in a sentence or brackets of its own or closing the motion's last words.
 */
const MOVED_THEN_CARRIED_SHORT = /\b(?:moved|motion)\b.*?\bCrd\b/s;

/** Whether a paragraph records a motion in the moved–seconded shorthand with its outcome ("M/S … Unanimous", "MSA A/B", "… moved … Crd."). */
export function recordsShorthandMotion(text: string): boolean {
  return ((text.includes('M/S') || text.includes('MS')) && SHORTHAND_CARRIED.test(text)) || (text.includes('Crd') && MOVED_THEN_CARRIED_SHORT.test(text));
}

/**
 * "Motion-4568-23-Councillor H. Morgan/Councillor D. Howell": a Newfoundland town's motion, its number and year, then
 * the mover and seconder parted by a slash, over the resolution.
 */
export const NUMBERED_MOTION_MOVERS = String.raw`Motion[-\s]\d{1,5}-\d{2}\s*[-–:]\s*(?:Councill?or|Cllr|Mayor|Deputy Mayor|DM)\b`;
