// The sentences that record a decision anywhere in a paragraph, in any case: "It was resolved …", "The minutes … were
// approved", "Motion carried 5-0", "Unanimously agreed", "All agreed." (decisions.ts reads a paragraph's other forms).

/**
 * The forms read in any case, anywhere in a text. Each starts at a word boundary, written once before them all: the
 * alternatives each with its own `\b` were slower to try at every position of a paragraph.
 */
export const DECISION_SENTENCES = new RegExp(
  String.raw`\b(?:${[
    // "It was decided to ask for a further quote": parish clerks' word for the meeting's resolution; "It is resolved
    // that …" in minutes written in the present tense.
    /it (?:was|is),? (?:unanimously,? |therefore |duly |also )?(?:resolved|agreed|decided)\b/,
    // "The payments were considered and approved.", "Accounts were presented and accepted for payment.", a library
    // board's "Treasurer's report was read and approved.": put to the meeting and approved, in one sentence.
    /(?:were|was) (?:considered|presented|checked|reviewed|read) and (?:approved|accepted|agreed|adopted)\b/,
    // "Claims were approved as presented.", "The bills were accepted as submitted." (US boards); a small board's
    // verbless "Minutes approved as corrected." after the motion's mover and seconder.
    /(?:were|was) (?:agreed|approved|confirmed|accepted|signed|adopted) as (?:an? )?(?:correct|true|accurate|presented|submitted|circulated|corrected|amended)\b|minutes approved as (?:corrected|amended|presented|read|written|circulated|distributed|submitted)\b/,
    // "The minutes of the meeting held on 5th February 2024 were confirmed.", "The notes of the meeting … were agreed."
    // ("St." in a parish's or a church's name ends no sentence); the
    // minutes are what was confirmed, not "it" ("errors in the minutes, and it was confirmed these would be corrected").
    // "The minutes of the previous meeting were read, approved and signed."; "The Minute was held as read and APPROVED.";
    // "The minutes of 4 December are approved" (minutes written in the present tense).
    /(?:minutes?|notes)\b(?:[^.]|\.\d|(?<=\bSt)\.){0,120}(?<!\bit )\b(?:were|was|are|is) (?:then |otherwise |duly |subsequently )?(?:(?:read|taken as read|held as read),? (?:and )?)?(?:agreed|approved|confirmed|accepted|adopted)\b/,
    // "The above payments were agreed and cheques duly signed.", "Payment for the year's room rent was agreed": parish
    // minutes approve their payments so. A full stop before a figure is a sum's or a date's ("£8,412.60", "12.03.25").
    /payments?\b(?:[^.]|\.\d){0,60}\b(?:were|was) (?:agreed|approved)\b/,
    // US motions: "Motion carried 5-0.", "The motion passed 3-0.", "The motion as amended PASSED.", "The motion is approved.",
    // an Illinois council's "Motion declared carried." under its roll call; "Ordinance No. 2025-14 adopted 6-0." after the roll call.
    // Irish and Scottish councils' "The motion was agreed."
    /Motion (?:as amended )?(?:was |is |has (?:been )?)?(?:declared |duly )?(?:carried|passed|approved|adopted|agreed|carries|passes)\b|(?:Ordinance|Resolution) No\.? ?[\w-]+ (?:was )?(?:adopted|passed|enacted|approved)\b/,
    // A club's or an association's board: "Motion: approve Andre Nogues as director. Approved 7-1.", "Minutes from 7/21/02
    // approved 8-0.": the outcome with its tally opening a sentence, or after the minutes it approved.
    // (The outcome's word is matched first and what stands before it looked back at only then: tried from each character,
    // the look back ran on every paragraph's every character.)
    /(?:approved|passed|adopted)(?<=(?:^|[.:!]\s{0,3})(?:approved|passed|adopted)|\bminutes\b[^.]{0,40}\sapproved) \d{1,2}\s*[-–]\s*\d{1,2}\b/,
    // A township board's motion named by what it was to do, and its vote named by how it was taken: "Motion to adopt
    // carries 4-0.", "Vote role/voice carried.", "Vote voice carried", "Voice vote carried".
    /Motion to \w+(?: \w+)? (?:carries|carried|passes|passed)\b|Vote (?:role|roll|voice)(?:\/(?:role|roll|voice))?(?: call)? carried\b|(?:voice|roll[- ]call) vote,? carried\b/,
    // English parish minutes after the proposer and seconder: "Unanimously agreed.", "Carried unanimously.", "Agreed by
    // all", "all in favour that …" (a closing "All in favour." is the vote on a motion whose resolution may follow).
    // "Minutes were, unanimously, approved": the adverb set off by commas.
    // A society's general meeting: "This Resolution was unanimously adopted.", "The motion was adopted unanimously.".
    /unanimously,? (?:agreed|resolved|carried|approved|adopted|passed)\b|(?:agreed|carried|resolved|approved|passed) (?:unanimously|by all)\b|adopted unanimously\b|all in favou?r that\b/,
    // A water district's elections: "On a vote of 7 – 0, Director Foy was elected to the position of Chair."; an appeal
    // board's "In a unanimous decision, the Appeal Board ruled in favor of the City": the outcome opening its sentence.
    /on a vote of \d{1,2}\s*(?:[-–]|to)\s*\d{1,2}\b|in a unanimous (?:decision|vote)\b/,
    // A city board's clerk after the mover and seconder: "… seconded by Secretary Bronstein. Passed by roll call vote, 3-0."
    /(?<=^|[.:;]\s{0,3})(?:passed|carried|approved|adopted) by (?:a )?(?:unanimous |roll[- ]call |voice )+vote\b/,
    // "This was carried.", "The motion was put to the vote and carried.", "the motion was declared carried" ("exit
    // interviews were carried out" is no vote); "The motion was not carried.": an outcome too. "A motion to grant
    // permission was moved, seconded, put to the vote and declared carried.": planning committees list each step.
    /(?:(?:was|were|is) (?:put to the vote and |duly |declared |not )?|put to the vote,? and (?:duly |declared )?)carried(?=[.,;]|\s+(?:unanimously|by\s+\d)|\s*$)/,
    // "The vote on the recommendation was then taken, and carried by 22 votes to one, with two abstentions.", "… lost by
    // 9 votes to 14": the count of the vote names what became of the motion, whatever the words before it.
    /(?:carried|lost|defeated) by (?:a majority of )?(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) votes? to (?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|nil|none)\b/,
    // "It was proposed, seconded and resolved that …": mover and seconder unnamed, then the outcome; a Maine selectboard's
    // "moved, seconded and voted 2-0 to accept the minutes"; a college senate's "A motion was made, seconded, and adopted 59-0-0 to approve …".
    /seconded,? and (?:unanimously )?(?:resolved|agreed|carried|approved|adopted|passed|voted (?:unanimously|to|\d{1,2}\s*[-–]\s*\d{1,2})\b)/,
    // English parish minutes' assent closing a proposal: "Prop JB, 2nd DD, All agreed.", "Seconded GdM. All agreed.", "All agree.", "…
    // should now be removed, all agreed." ("Members all agreed that …", inside a sentence, reports what they thought).
    /(?<=^|[.,;:]\s{0,3})all agreed?(?=\s+(?:to|that)\b|\s*[.,;]|\s*$)/,
    // Small US boards' assent, those voting named by what they are: "All trustees present approved.", "All members voted
    // in favor.", after a motion's tally "3 opposed the motion, all others approved" ("all approved of the idea" reports a view).
    /(?<=^|[.,;:]\s{0,3})all (?:others |(?:board |council )?(?:members|trustees|directors|commissioners|selectmen|governors|senators) )?(?:present )?(?:approved|voted (?:in favou?r|aye|yes))(?! of\b)/,
    // A township's vote recorded as a tally: "YEA(s) 2   NAY(s) 0   Passed X   Failed", "Yeas 4 Nays 1".
    /yeas?(?:\(s\))?\s*:?\s*\d{1,2}\s+nays?(?:\(s\))?\s*:?\s*\d{1,2}\b/,
    // US boards: "Motion: Bell   Second: Ruiz   Vote: 5-0"; a selectboard's "Motion seconded by Selectman Hale. VOTE:
    // Unanimous, 5-0." (a dash for the colon in a scanned copy).
    /Vote\s*[:-]\s*(?:\d{1,2}\s*[-–]\s*\d{1,2}|unanimous(?:ly)?)\b/,
    // "Councillor Hale was elected Chairman for the ensuing year.", "Mr Ruiz was appointed as Vice-Chair": an election the
    // meeting held, its outcome.
    /(?:was|were) (?:duly |unanimously )?(?:re-)?(?:elected|appointed) (?:as )?(?:the )?(?:Chair(?:man|person|woman)?|Vice[- ]Chair\w*|Deputy Chair\w*|Mayor|Deputy Mayor|Leader)\b/,
    // The returning officer's word on it: "the Chief Executive declared Mr Ngata elected Chairperson" (New Zealand
    // community boards), "The outgoing Cathaoirleach declared Councillor Ryan elected Cathaoirleach" (Irish councils).
    /declared (?:[\w.'’-]+ ){1,4}(?:duly )?elected (?:as )?(?:the )?(?:Chair(?:man|person|woman)?|Vice[- ]Chair\w*|Deputy Chair\w*|Mayor|Deputy Mayor|Leader|Cathaoirleach|Leas[- ]Chathaoirleach)\b/,
  ]
    .map((form) => form.source)
    .join('|')})`,
  'i',
);

/** A board's verb of decision in capitals, as NHS and other public boards print it: "NOTED", "APPROVED", "RATIFIED". */
const BOARD_VERB_IN_CAPITALS = /\b(?:NOTED|APPROVED|RECEIVED|ENDORSED|RATIFIED|HOMOLOGATED|SUPPORTED|ADOPTED)\b/;
/**
 * "Mr Ruiz presented the report. The Board NOTED the report.": the board's decision after the sentence that led to it,
 * in one paragraph (a speaker's turn, then the outcome). At a paragraph's start opensWithDecision reads it.
 */
const BODY_VERB_IN_CAPITALS_AFTER_SENTENCE =
  /[.!?]\s+(?:The )?(?:Committee|Council|Panel|Board|Cabinet|Sub-Committee|Members|Governors|Trustees|Authority|Forum|Senate|Court|Assembly|Directors|Group) (?:[A-Z]{4,} and )?(?:NOTED|APPROVED|RECEIVED|ENDORSED|RATIFIED|HOMOLOGATED|SUPPORTED|ADOPTED)\b/;

/**
 * "The Minutes …, copies of which had been circulated, were found correct and APPROVED.", "The report was NOTED.": a
 * Scottish board's decision told in the passive, its verb in capitals ("It was NOTED that the letters had been sent"
 * records what was reported, no decision).
 */
const PASSIVE_VERB_IN_CAPITALS = /\b(?:was|were|be|been)\s+(?:(?:duly|unanimously|formally|found\s+correct|agreed)\s+(?:and\s+)?)*(?:NOTED|APPROVED|ENDORSED|RATIFIED|HOMOLOGATED|ADOPTED)\b(?!\s+that\b)/;

/** Whether a board's decision in capitals follows another sentence of the text, or is told in the passive; its verb is looked for first. */
export function bodyVerbInCapitalsAfterSentence(text: string): boolean {
  return BOARD_VERB_IN_CAPITALS.test(text) && (BODY_VERB_IN_CAPITALS_AFTER_SENTENCE.test(text) || PASSIVE_VERB_IN_CAPITALS.test(text));
}
