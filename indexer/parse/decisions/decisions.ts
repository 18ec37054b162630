// How minutes record a decision: "RESOLVED", "Resolved:", "DECISION:", "it was RESOLVED", "The Committee agreed to …",
// a motion "CARRIED", and the label that puts a decision on the lines under it.
import { afterClockTime } from '../paragraphs/clock-times';
import { anyOf } from '../patterns';
import { bodyVerbInCapitalsAfterSentence, DECISION_SENTENCES } from './decision-sentences';
import { afterRunInLabel } from '../paragraphs/run-in-labels';
import { INITIALLED_MOVERS, NUMBERED_MOTION_MOVERS, recordsMotionOutcome, recordsShorthandMotion } from './motion-records';
import { recordsClubOutcome } from './club-outcomes';
import { recordsTallyOutcome } from './tally-outcomes';
import { closesWithOutcome } from './closing-outcomes';
import { movedAndSecondedMotion } from './movers-before-motion';

/**
 * "The risk register was approved.", "The accounts were adopted (proposed X, seconded Y).", "The recommendation was
 * approved by 5 votes to 2.", "The following policies were approved:" over the list of them, "The programme was adopted
 * on the proposal of Cllr. Dunne, seconded by Cllr. Walsh." (Irish councils): a sentence that is the whole record of an
 * outcome.
 */
export const WAS_APPROVED = /^The [^.]{1,80} (?:was|were) (?:approved|agreed|adopted|ratified|APPROVED|AGREED)(?: by (?:\d{1,3}|a majority of \d{1,3}) votes? to \d{1,3}| by a majority)?(?: \([^()]{1,80}\)|,? (?:on the (?:proposal|motion) of|(?:proposed|moved) by) .{1,120}?)?(?:\.|:.*)?$/;
/**
 * Ways minutes record a decision at a text's start: "RESOLVED", "AGREED", "Resolved:", "DECISION:", "The Committee
 * agreed to …". One pattern, so a paragraph is read once for all of them; anchored, it is tried at the start only.
 */
const DECISION_OPENINGS = anyOf([
  // New England town meetings: "VOTED: The motion carried …", "VOTED: Unanimous"; Welsh minutes' "PENDERFYNWYD" (resolved).
  // Not a heading in capitals that opens so: a Scottish board's "DECISION ON TAKING BUSINESS IN PRIVATE" (no lower case after it).
  /^(?:\*\*)?(?:RESOLVED|AGREED|DECIDED|DECISION(?! ON [^a-z]*$)|VOTED|PENDERFYNWYD)\b/,
  // A committee's recommendation to the body that decides ("RECOMMENDED to Cabinet that …"): its decision, in capitals
  // as RESOLVED is (an officer's "Recommended:" in a report is not).
  /^RECOMMENDED\b/,
  // Australian councils: "COUNCIL RESOLUTION" over the mover, the seconder and the motion (an "OFFICER RECOMMENDATION" is not one).
  /^(?:COUNCIL|COMMITTEE|BOARD) RESOLUTION\b/,
  /^(?:\*\*)?(?:Resolved|Agreed|Decision|Decided|Voted|Penderfynwyd)(?:\*\*)?\s*(?::|that\b|–|—|-)/,
  // "Resolved to …"; "It was agreed that the Clerk …", "It was unanimously RESOLVED …": the meeting's decision, told in the passive.
  /^(?:Resolved|Agreed),? (?:to|unanimously|subject to)\b|^It was (?:unanimously |therefore |then |duly )?(?:resolved|agreed|decided|RESOLVED|AGREED|DECIDED)\b/,
  // "Agreed.", "Carried unanimously." alone: the motion's outcome; "Approved and signed.", "Approved by A Moss and N Marr" (the last minutes').
  /^(?:Agreed|Approved|Carried|Accepted)(?: and signed)?(?: unanimously| by all| by [A-Z][^.]{0,60})?\.$|^Approved by (?:Cllrs? )?[A-Z][^.]{0,60}$/,
  // "Agreed as a true record.", "Approved and signed as a correct record": the last minutes, confirmed. "Recommendation
  // agreed.", "Recommendations approved as amended.": a ModernGov decision page's whole decision.
  /^(?:Agreed|Approved|Accepted|Confirmed)(?: and signed)? as (?:an? )?(?:true|correct|accurate)\b|^Recommendations? (?:(?:was|were) )?(?:agreed|approved|accepted|adopted|endorsed)(?: unanimously| as amended)?\.?$/,
  // Parliamentary committees' formal minutes: "Resolved, That the Committee visit …", "Ordered, That the Chair make the Report …".
  /^(?:Resolved|Ordered), [Tt]hat\b/,
  // "The Board approved …"; "The Group did not agree the request …" (a refusal is one too); a parish's "The Vestry approved …".
  // A university's "The Court approved: …"; a small organisation's "The board agreed that …", "The committee agreed to …" in lower case. "The
  // Committee considered the evidence and agreed to …", "Council discussed the request and agreed …": what it weighed,
  // then its decision, in one sentence ("noted that Cllr Hale and the Clerk had met and agreed a price" is others'
  // agreement); "Members indicated agreement." (the Scottish Parliament's answer to the question put).
  /^(?:The )?(?:[Cc]ommittee|[Cc]ouncil|[Cc]ouncillors|[Pp]anel|[Bb]oard|Cabinet|[Ss]ub-[Cc]ommittee|[Mm]embers|[Mm]eeting|[Gg]overnors|[Tt]rustees|Authority|[Ff]orum|Senate|Court|Assembly|States|[Dd]irectors|[Cc]ommissioners|Synod|Vestry|(?:(?:Steering|Working|Task) )?[Gg]roup)(?: unanimously)? (?:(?:considered|discussed|debated|noted)\b(?! that\b)[^.]{0,150}? and (?:unanimously )?)?(?:resolve[ds]|agree[ds]|approve[ds]|decide[ds]|indicated agreement|confirmed the (?:exempt |confidential |draft |previous )?(?:minutes|notes)|did not (?:agree|approve))\b/,
  // "The Parish Council agreed to object …", "The Licensing Sub-Committee resolved …", "The community council agreed to …":
  // the body named with what kind it is, in either case (its members, "Ward Councillors agreed", are no body).
  /^(?:The )?(?:[A-Z][a-z-]+ ){1,2}(?:Committee|Council|Sub-Committee|Panel|Board|Cabinet|Forum|Authority|Commission|Group)(?: unanimously)? (?:resolve[ds]|agree[ds]|approve[ds]|decide[ds])\b/,
  /^The (?:parish|town|community|district|county|city|borough) council(?: unanimously)? (?:resolve[ds]|agree[ds]|approve[ds]|decide[ds])\b/,
  // "After discussion, trustees agreed to …", "Following debate, Members resolved …", "Following discussion, the Board APPROVED …".
  /^(?:After|Following) (?:some |a |further |full |brief )?(?:discussion|debate|consideration|vote|show of hands)\b[^,]{0,60}, (?:the )?(?:[Cc]ommittee|[Ss]ub-[Cc]ommittee|[Cc]ouncil|[Pp]anel|[Bb]oard|[Cc]abinet|[Mm]embers|[Gg]overnors|[Tt]rustees|[Dd]irectors|Senate)(?: unanimously)? (?:agreed|resolved|approved|decided|APPROVED|NOTED|ENDORSED)\b/,
  // Scottish councils: "Thereafter, the Committee agreed to: (i) …"; "Accordingly, the Board resolved …"; "On reconvening, the Sub-Committee resolved …".
  /^(?:Thereafter|Accordingly|Subsequently|Consequently|(?:On|Upon) re-?convening),? (?:the )?(?:[Cc]ommittee|[Cc]ouncil|[Pp]anel|[Bb]oard|[Cc]abinet|[Mm]embers|[Gg]overnors|[Tt]rustees|[Dd]irectors|[Ss]ub-[Cc]ommittee)(?: unanimously)? (?:agreed|resolved|approved|decided)\b/,
  // NHS and other boards: "The Board NOTED the report", "The Board APPROVED the plan", "The Committee DISCUSSED and NOTED
  // the paper"; a parish assembly's and a States' too; Scottish boards' "HOMOLOGATED" (ratified a decision taken for them).
  /^(?:The )?(?:Committee|Council|Panel|Board|Cabinet|Sub-Committee|Members|Governors|Trustees|Authority|Forum|Senate|Assembly|States|Directors) (?:[A-Z]{4,} and )?(?:NOTED|APPROVED|RECEIVED|ENDORSED|RATIFIED|HOMOLOGATED|SUPPORTED|ADOPTED)\b/,
  // "Resolution No. 215: Resolved unanimously that …" (India): a numbered resolution and its words ("Resolution No. 24-09:
  // Authorization to …" is an item's title).
  /^(?:(?:COUNCIL|Council) )?(?:RESOLUTION|Resolution) (?:NO\.?|No\.?|NUMBER|[Nn]umber) ?[A-Z0-9][\w/.-]*\s*[:–-]\s*(?:Resolved|RESOLVED|That|THAT)\b/,
  // New Zealand InfoCouncil minutes: "Council Resolved CNCL/2016/00218", "Community Board Resolved FWHB/2024/00021 That …".
  /^(?:[A-Z][A-Za-z-]*\s+){1,3}(?:Resolved|RESOLVED)\s+[A-Z]{2,8}\/\d{4}\/\d{2,6}\b/,
  // Health boards: "Outcome: The Board approved …"; parish minutes: "Resolution: that the quote be accepted".
  /^Outcome\s*:/,
  /^(?:\*\*)?(?:Resolution|RESOLUTION)(?:\*\*)?\s*[:–]\s*\S/,
  // US agenda software (Granicus, iCompass): "RESULT: ADOPTED [UNANIMOUS]" over the mover, the seconder and the vote.
  /^RESULT\s*:\s*[A-Z]{4,}/,
  // Canadian and Australian motions, "THAT Council give first readings to …"; a resolution whose "RESOLVED", set apart, was lost: "That the report be noted.", "(2) That Mr Hale be elected trustee."
  /^THAT\s+\S|^(?:\(\w{1,4}\)\s+)?That (?:the|this|these|an?|Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor) [^.;]{1,200}? be (?:noted|approved|agreed|adopted|accepted|confirmed|received|endorsed|ratified|(?:re-)?elected|(?:re-)?appointed|deferred|granted|refused|invested|authorised)\b/,
]);
/**
 * The forms found anywhere in a text, kept apart from the anchored ones: in one pattern with them, every position of
 * the text was tried against all of them.
 */
// "CARRIED" (US and Australian motions, "CARRIED UNANIMOUSLY") with the capitals; the Welsh "PENDERFYNWYD" (resolved).
const DECISION_ANYWHERE = /\b(?:RESOLVED|AGREED|CARRIED|PENDERFYNWYD)\b/;
/**
 * "… 14 Mill Lane. Resolved that the Town Council objects …": a resolution after the sentence that introduces it. Tried
 * only on a text holding "Resolved": in one pattern with the capitals, every position was tried against both.
 */
const RESOLVED_AFTER_SENTENCE = /[.!?]\s+Resolved(?:,? (?:that|to|unanimously)\b|\s*[-–—:]\s*That\b)/;
/**
 * "… on a bend. The council resolved to object on highway safety grounds.": the body's resolution after what led to
 * it. Tried only on a text holding "resolved" (in one pattern with the forms below, every word of every paragraph was
 * tried against it).
 */
const BODY_RESOLVED = /\b(?:council|committee|panel|board|cabinet|sub-committee|members|governors|trustees|commissioners|synod) (?:unanimously )?resolved (?:to|that)\b/i;
/**
 * "… at the clubhouse. The Board agreed to send the notice …": the body's agreement after the sentence that led to it
 * (after a full stop only: "the council agreed to it last year", inside a sentence, reports an older decision). "The
 * Board agreed that this was not a conflict" after a declaration is a finding, not a decision: "to", or "that" with what
 * should be done ("The meeting agreed that an item should be added …", "The councillors agreed that the minutes be
 * signed"). The body's name may be in lower case ("The group agreed to …"), and "The" left out.
 */
const BODY_AGREED_AFTER_SENTENCE = /[.!?]\s+(?:The )?(?:[Cc]ouncil|[Cc]ommittee|[Pp]anel|[Bb]oard|Cabinet|Sub-Committee|[Gg]roup|[Mm]embers|[Gg]overnors|[Tt]rustees|[Dd]irectors|[Mm]eeting|[Cc]ouncillors) (?:unanimously )?agree[ds] (?:to\b|that\b[^.]{1,100}?\b(?:should|be \w+(?:ed|en))\b)/;
/**
 * "… special to the community. Agreed: the field to be kept on the list.": a decision's label after the sentence
 * before it, where a line break was lost. Tried on the few characters before each colon (a search of the whole text
 * for a sentence's end was most of the cost of reading a paragraph's decisions).
 */
const LABEL_BEFORE_COLON = /[.!?]\s+(?:Agreed|Resolved|Decision|Decided)\s*$/;

function labelAfterSentence(text: string): boolean {
  for (let colon = text.indexOf(': '); colon !== -1; colon = text.indexOf(': ', colon + 2)) {
    if (colon >= 8 && LABEL_BEFORE_COLON.test(text.slice(Math.max(0, colon - 14), colon))) return true;
  }
  return false;
}
/**
 * "Proposed by Cllr Hale, seconded by Cllr Ruiz and resolved …", "On motion of X, duly seconded by Y, the body approved …": a
 * mover or seconder, then the outcome, in one sentence
 * (no full stop between). Read a sentence at a time (`outcomeAfterMover`): as `/(?:seconded|proposed) by\b[^.]*\b(?:resolved|…)/`
 * in DECISION_SENTENCES, each mover read on to the sentence's end, and a paragraph of megabytes with no full stop and a
 * mover every line took minutes.
 */
/**
 * The mover is named ("Cllr Hale", "the Chairman", "Commissioner Ruiz"), by a capital: "the conditions proposed by the
 * police were agreed" reports what others proposed, and what became of it, in someone's words. New Zealand minutes leave
 * out "by" before a titled name: "Moved Cr Bailey, seconded Deputy Mayor Duffy and resolved".
 */
const MOVER = /\b(?:[Ss]econded|[Pp]roposed|SECONDED|PROPOSED) (?:(?:by|BY)\s+(?:(?:[Tt]he|THE)\s+)?(?=[A-Z])|(?=(?:Cr|Cllr|Councillor|Deputy Mayor|Mayor|Mr|Mrs|Ms|Dr)\.?\s))/g;
/**
 * "the body approved …" is the outcome; "moved that the budget be approved" is only the motion. "On motion of X,
 * seconded by Y, the meeting was adjourned": the motion to adjourn, carried. "MOVED by X, seconded by Y, and unanimously voted to approve …" (US boards): carried (a tally, "3 voted for", is no outcome).
 * New England selectmen put the body, or "it was", before the vote: "On a motion made by X and seconded by Y, the Board
 * of Selectmen voted to close the warrant", "Upon motion by X, seconded by Y, it was unanimously voted to table …", "…
 * it was voted 3 to 0 to approve …".
 */
const OUTCOME_AFTER_MOVER =
  /\b(?:resolved|agreed|carried|(?<!\bbe )(?:approved|adopted|adjourned))\b|(?:,|\band) (?:unanimously )?voted\b|(?<!\d\s+(?:[Mm]embers\s+)?)\bvoted (?:unanimously\b|\d{1,2}\s*(?:[-–]|to)\s*\d{1,2}\b|to\b)/i;
/**
 * "Proposed by Councillor D. Hale" over "Seconded by …" and "AND AGREED" (Irish councils), each on a line of its own: who
 * moved or seconded a motion, never a heading's title; nor is "Resolved (Cr Denise Knight)" under a resolution's number
 * (New South Wales councils' minutes); nor are a mover and a seconder parted by a dash over the resolution ("W. Robb – S.
 * Windsor", Manitoba councils); nor is "14/174 - Moved, seconded by Councillors Steer/MacIntyre that …" (a BC village's resolution).
 */
export const MOVER_LINE = new RegExp(String.raw`^(?:(?:Proposed|Seconded|Moved|PROPOSED|SECONDED|MOVED)\s+(?:by|By|BY)\b|(?:Moved|MOVED),?\s+(?:and\s+)?(?:seconded|SECONDED)\b|(?:Resolved|RESOLVED)\s*\((?:Cr|Clr|Cllr|Councillor)\b|${NUMBERED_MOTION_MOVERS}|${INITIALLED_MOVERS})`, 'u');
/** "Hon.", "Mr.", "Dr." before a seconder's name: the full stop of a title, not a sentence's end. */
const TITLE_BEFORE_STOP = /\b(?:Hon|Mr|Mrs|Ms|Dr|Cllr|Cr|Rev|Revd|Prof)$/;

/** Where the sentence going on from `from` ends: its full stop (a title's aside), or the text's end. */
function sentenceEndAfter(text: string, from: number): number {
  for (let stop = text.indexOf('.', from); stop !== -1; stop = text.indexOf('.', stop + 1)) {
    if (!TITLE_BEFORE_STOP.test(text.slice(Math.max(from, stop - 5), stop))) return stop;
  }
  return text.length;
}

function outcomeAfterMover(text: string): boolean {
  MOVER.lastIndex = 0;
  for (let mover = MOVER.exec(text); mover !== null; mover = MOVER.exec(text)) {
    const sentenceEnd = sentenceEndAfter(text, MOVER.lastIndex);
    if (OUTCOME_AFTER_MOVER.test(text.slice(MOVER.lastIndex, sentenceEnd))) return true;
    // Movers later in the same sentence have less of it after them: the next to try is in the next sentence.
    MOVER.lastIndex = sentenceEnd;
  }
  return false;
}

/**
 * US county boards: "Upon motion by …, the Board voted 3-0 to approve …", "the Commission voted unanimously to …", a
 * selectboard's "…, the Board VOTED:  To approve …"; parish minutes: "the Council voted to accept …". Tried only on a
 * text holding "voted": in DECISION_SENTENCES it was tried at every word of every paragraph. Members counted ("3 Members
 * voted in favour and 5 against") are a tally of the vote, whose outcome the text says in other words, if at all.
 */
const BODY_VOTED = /(?<!\b(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+)\b(?:Board|Council|Commission|Committee|Commissioners|Supervisors|Members|Panel|Cabinet|Trustees|Governors|Directors) voted:?\s+(?:\d{1,2}\s*[-–]\s*\d{1,2}|unanimously|to|in favour|against)\b/i;

/** Australian and New Zealand resolutions under their number: "RESOLUTION 2023/114", in any case. */
const NUMBERED_RESOLUTION = /^(?:COUNCIL )?RESOLUTION(?: (?:NO\.?|NUMBER))? ?(?:[A-Z]{1,4}\/)?\d{1,4}\/\d{1,4}\b/i;

/** "The Board noted the report.", "The Court noted the report." (a university's): a short sentence that is the whole record of an item's outcome. */
const BODY_NOTED = /^(?:The )?(?:[A-Z][a-z-]+ ){0,2}(?:Committee|Council|Panel|Board|Cabinet|Sub-Committee|Governors|Trustees|Authority|Forum|Senate|Court|Directors) (?:noted|received|endorsed|ratified|adopted|accepted) the\b[^.]{0,100}\.?$/;

/**
 * "These minutes were confirmed at the meeting held on 15 May 2024", "These minutes are subject to approval": a note on
 * the record itself, made at a later meeting or awaiting one, not a decision of this meeting.
 */
const NOTE_ON_THESE_MINUTES = /^Th(?:ese|is) (?:minutes|notes|record)\b[^.]{0,80}?\b(?:were|was|are|is|have been|has been|will be)\b/i;

/**
 * A word that each form found past a text's start holds (in any case, at a word's start): "resolved", "agreed" or
 * "carried" (the capitals, the body's words, a mover's outcome), "voted", the labels' "Decision" and "Decided", and
 * DECISION_SENTENCES' verbs (an election's "elected" and "appointed" among them), "motion", "amendment", "proposal", "defeated", "vote", "favour" ("all in favour that …") "unanimous" ("Passed unanimously.") and "homologated". Most paragraphs hold none and are let go after this one scan, where
 * each form's own scan read all of them.
 */
const DECISION_WORD = /\b(?:resolve[ds]|agree[ds]?|carried|decision|decide[ds]|vote|approve[ds]|confirmed|accepted|signed|adopted|adjourned|motion|amendment|proposal|defeated|favou?r|unanimous|homologated|elected|appointed|re-elected|re-appointed|yea)/i;

/** The forms anchored at a text's start, each tried there only. */
export function opensWithDecision(text: string): boolean {
  // One-sentence forms: only a short text can be one.
  return DECISION_OPENINGS.test(text) || NUMBERED_RESOLUTION.test(text) || (text.length <= 200 && (WAS_APPROVED.test(text) || BODY_NOTED.test(text)));
}

/**
 * "Upon being put to the vote, the motion was declared LOST.", "The amendment was defeated.", "The amendment was put and
 * LOST.", US boards' "The motion died
 * by a vote of 2 to 2." and "The motion failed for lack of a second.": a motion's outcome in the
 * text's first sentence. Later, after the mover's words ("Cllr Hale moved an amendment … . Following debate, the
 * amendment was lost."), it closes that member's turn: what they moved fell, and the meeting decided nothing by it.
 */
const MOTION_LOST = /^[^.]{0,80}\b(?:motion|amendment|proposal)\b[^.]{0,40}\b(?:(?:was|were) (?:(?:then )?put(?: to the (?:vote|meeting))? and )?(?:declared |duly |therefore )?(?:lost|defeated)|died|failed)\b/i;

/**
 * "A motion was made by Councilmember Ito, seconded by …, that this Ordinance be introduced. The motion failed by the
 * following vote:": a US council's record of a motion (Legistar's wording), no member's turn; its outcome, carried or not,
 * is what the council decided on it.
 */
const RECORDED_MOTION_LOST = /^A motion was made by\b.*?\.\s+The motion (?:failed|was (?:lost|defeated))\b/s;

/** The forms found anywhere in a text; each pattern's own word is looked for before it is tried. */
function holdsDecision(text: string): boolean {
  if (DECISION_ANYWHERE.test(text)) return true;
  if (closesWithOutcome(text)) return true;
  if (text.includes('Resolved') && RESOLVED_AFTER_SENTENCE.test(text)) return true;
  if (labelAfterSentence(text)) return true;
  if (text.includes('resolved') && BODY_RESOLVED.test(text)) return true;
  if (text.includes(' agree') && BODY_AGREED_AFTER_SENTENCE.test(text)) return true;
  if ((text.includes('voted') || text.includes('VOTED')) && BODY_VOTED.test(text)) return true;
  if (MOTION_LOST.test(text) || (text.startsWith('A motion was made by') && RECORDED_MOTION_LOST.test(text))) return true;
  return DECISION_SENTENCES.test(text) || outcomeAfterMover(text) || recordsMotionOutcome(text);
}

/** "Moved By:", "Seconded by", "PROPOSED BY" before a name: a motion's mover or seconder named on a line of their own. */
export const NAMED_MOVER = String.raw`(?:Moved|MOVED|Seconded|SECONDED|Proposed|PROPOSED)\s+(?:by|By|BY)\s*:?\s+`;
/**
 * "Moved by Councillor Bell Seconded by Councillor Dent THAT Council …": the movers named before the motion, which is
 * read for the decision; "Seconded by Councillor Dent and Resolved – That …" (Northern Irish councils) says it passed.
 */
const MOVERS_BEFORE_MOTION = new RegExp(String.raw`^(?:${NAMED_MOVER}[^;:,]{2,60}?\s+)+(?:and\s+(?:Resolved|RESOLVED)\s*[-–—:]?\s*)?(?=["“]?(?:That|THAT)\b)`);

/** Whether a text records a decision (a time of day before it, as some clerks note one, set aside, and the movers named before its motion). */
export function isDecisionText(printed: string): boolean {
  const clocked = afterClockTime(printed);
  const movers = 'MSP'.includes(clocked[0]) ? MOVERS_BEFORE_MOTION.exec(clocked) : null;
  const text = movers ? clocked.slice(movers[0].length) : clocked;
  if ((text.charCodeAt(0) | 32) === 116 && NOTE_ON_THESE_MINUTES.test(text)) return false;
  if (movers?.[0].includes('esolved') || movers?.[0].includes('ESOLVED') || (clocked[0] === 'M' && movedAndSecondedMotion(clocked))) return true;
  return opensWithDecision(text) || (DECISION_WORD.test(text) && holdsDecision(text)) || recordsShorthandMotion(text) || recordsClubOutcome(text) || recordsTallyOutcome(text) || bodyVerbInCapitalsAfterSentence(text);
}

/** "Decision – 25/0101 Mill Barn", "Resolution: …": a second label, not the sentence a decision opens. */
const LABEL_WORD = /^(?:Decisions?|DECISIONS?|Resolution|RESOLUTION|Outcome)\b/;

/**
 * "National Housing Trust / The Board APPROVED …", "Audit. Parish Council decided …": a paragraph's decision opening the
 * sentence after its run-in label. Read of paragraphs only: a heading's words ("Application – Decision – 25/0101 …")
 * are not read so.
 */
export function opensWithDecisionAfterLabel(text: string): boolean {
  const afterLabel = DECISION_WORD.test(text) ? afterRunInLabel(text) : null;
  return afterLabel !== null && !LABEL_WORD.test(afterLabel) && opensWithDecision(afterLabel);
}

/**
 * "**ACTION : NO to contact the bus company**": an action point set in bold (or in capitals) under the text it comes
 * from, as parish clerks print them; the item's, no heading of its own (an outcome's label, as DECISION_LABEL's are).
 */
export const ACTION_POINT = /^(?:\*\*)?ACTIONS?\s*:\s*[^\s*]/i;

/**
 * A decision's label alone on a line ("Resolved:", "Resolved:-" (Irish and Scottish minutes put a dash after the colon), "DECISION", "Resolution" (New Zealand), "AND AGREED" under the mover and seconder, "COUNCIL RESOLUTION  OCM 25/041" with the resolution's
 * number, a school board's "Motion & Voting" over the motion, "DETERMINATION" (an Australian planning panel's, over its consent), "Resolved (Cr Denise Knight)" with its mover in brackets, "Resolved:  18.11", "Resolution Number  CO/2024/342" and "Council Resolved CNCL/2016/00218" with theirs (New Zealand councils)): the text under it is the decision.
 */
export const DECISION_LABEL = /^(?:\*\*)?(?:(?:AND|And) )?(?:(?:[A-Z][A-Za-z-]*\s+){1,3}(?:Resolved|RESOLVED)\s+[A-Z]{2,8}\/\d{4}\/\d{2,6}|(?:RESOLVED|Resolved|Resolution|RESOLUTION)\s*:?\s*(?:N[Oo]\.?\s*|[Nn]umber\s+)?(?:[A-Z]{1,4}\/)?\d{1,4}(?:[./]\d{1,4}){1,2}|RESOLVED|Resolved|PENDERFYNWYD|Penderfynwyd|AGREED|Agreed|DECISIONS?(?: MADE| TAKEN)?|Decisions?(?: made| taken)?|DECIDED|Decided|(?:PANEL |Panel )?(?:DETERMINATION|Determination)|Resolution|RESOLUTION|Motion (?:&|and) Voting|(?:COUNCIL|COMMITTEE|BOARD) RESOLUTION(?:\s+(?:NO\.?\s*)?(?:[A-Z]{1,5}\s?)?\d{1,4}\/\d{1,4})?)(?:\s*\((?:Cr|Clr|Cllr|Councillor)\.?\s[^()]{1,80}\))?(?:\s+(?:that|That|THAT))?\s*(?::-|[:–-])?(?:\*\*)?\s*$/;
/**
 * A motion's recorded vote, on lines of its own under it: "AYES: Alvarez, Chen", "NOES: None", "For: Crs Marsh and
 * Reid", "Against: Cr Voss", "OPPOSED: Director Brandvold" (a regional district's board, under its "CARRIED"), "Yea: …", "Nay: …", "ABSENT: None", "ABSTAIN: None", "Abstention: 0", "Vote: Abt – yes; Osei – no" (a school
 * board's roll-call vote), "Ayes - Sovocool, Scheffler, Morey." (a New York town board's, after a dash), "ROLL CALL: Ayes: …; Nays: …" (Ohio councils), "YEAS      NAYS" over the names in two columns (a
 * Canadian council's recorded vote set as a table). Part of the motion's paragraph.
 */
export const VOTE_TALLY_LINE =
  /^(?:AYES|NOES|NAYS|YEAS|ABSENT|ABSTAIN(?:ED|ING|S)?|ABSTENTIONS?|RECUSED|OPPOSED|IN FAVOU?R|Ayes|Noes|Nays|Yeas?|Nay|Abstain(?:ed|ing|s)?|Abstentions?|Opposed|In [Ff]avou?r|For|Against|Vote|VOTE)\s*:\s*\S|^(?:Recorded|Roll[- ]call) [Vv]ote\b|^(?:ROLL CALL|Roll [Cc]all)\s*:\s*(?:Ayes|AYES|Yeas|YEAS|Aye|AYE)\b|^(?:YEAS|Yeas|AYES|Ayes|FOR|For)\s{2,}(?:NAYS|Nays|NOES|Noes|AGAINST|Against)$|^(?:AYES|NAYS|NOES|YEAS|Ayes|Nays|Noes|Yeas)\s+[–—-]\s+[A-Z]/;
/** "0 NAY; 0 ABSTAIN; 1 ABSENT (Hatter)": a roll-call vote's counts wrapped onto a line of their own, its first count read as an item's number. */
export const VOTE_COUNT_GOING_ON = /^(?:NAYS?|NOES|AYES?|YEAS?|ABSENT|ABSTAIN(?:ED|S)?|Nays?|Noes|Ayes?|Yeas?|Absent|Abstain(?:ed|s)?)\s*[;,]\s*\d/;
/**
 * "(Electoral Area Directors only)", "(Weighted vote)", "(Unanimous)": a note under a motion's outcome on who voted or
 * how the votes counted; part of the motion, as the recorded vote is.
 */
export const VOTE_NOTE = /^\((?=[^()]*\b(?:[Vv]ot(?:e|es|ing)|[Oo]nly|[Uu]nanimous(?:ly)?|[Ww]eighted|[Uu]nweighted)\b)[^()]{3,80}\)\.?$/;
/**
 * A motion's outcome on a line of its own: "CARRIED", "CARRIED UNANIMOUSLY", "LOST", "Carried 7-2", "CARRIED (5 to 2)",
 * and a Canadian council's "ADOPTED UNANIMOUSLY" or "CARRIED ON DIVISION" (with a recorded vote against); a Minnesota
 * county board's "Adopted Unanimously" under "Motion to approve the agenda."; an Ontario township's "Disposition   Carried"; an
 * Ontario school board's "- Carried -" between dashes.
 */
export const OUTCOME_LINE = /^(?:Disposition\s+)?(?:CARRIED|LOST|DEFEATED|ADOPTED|Carried|Lost|Defeated|Adopted)(?:\s+(?:UNANIMOUSLY|[Uu]nanimously|ON DIVISION|on division|AS AMENDED|as amended|\d{1,2}\s*[-–/]\s*\d{1,2}|\(\d{1,2}\s*(?:to|[-–/])\s*\d{1,2}\)))?(?:\s+[-–])?\.?$/;
/** "Moved Cr Tan, Seconded Cr Robinson. That Council adopt …. CARRIED 7/0": a motion's outcome in capitals ending its line. */
const OUTCOME_AT_END = /[.\s](?:CARRIED|LOST|DEFEATED|ADOPTED)(?:\s+(?:UNANIMOUSLY|ON DIVISION|\d{1,2}\s*[-–/]\s*\d{1,2}))?\.?$/;

/** Whether a line ends with its motion's outcome, so the next line starts a paragraph whatever its first words. */
export function endsWithOutcome(line: string): boolean {
  const last = line.charCodeAt(line.length - 1);
  // Only a line ending in a figure, "D", "T", "Y", "N" or a full stop, with an outcome's word near its end, can: most
  // lines are let go on these looks.
  if (!((last >= 0x30 && last <= 0x39) || last === 0x44 || last === 0x54 || last === 0x59 || last === 0x4e || last === 0x2e)) return false;
  const tail = line.length > 30 ? line.slice(-30) : line;
  return (tail.includes('CARRIED') || tail.includes('LOST') || tail.includes('DEFEATED') || tail.includes('ADOPTED')) && OUTCOME_AT_END.test(tail);
}
