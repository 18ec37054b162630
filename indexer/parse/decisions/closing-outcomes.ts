// A paragraph whose last words are its outcome: "… considered. Approved.", "Seconded by Councillor Day. Carried.",
// "Grace proposed buying a noticeboard (£85). Agreed.".
/**
 * "… from Oliver Reed on Low Rd considered. Approved.", "a) PAYMENTS FOR AUTHORISATION – Approved", "Proposed; B Wedge,
 * Seconded; J Freegard, carried.", "Cllr T Bridgwood was elected as Chairman Resolved": the outcome's word closing the
 * text, after a finished sentence, a dash, a comma or the words it settles ("… seconded by Cllr Ames. 7 for - Carried.": a
 * motion's; "Seconded by Councillor Day. Carried.*", a New Brunswick town's, its asterisk a note's mark); "Agreed." after
 * a proposal ("Grace proposed buying a noticeboard (£85). Agreed."), not after a question ("Miss Finch asked whether …
 * from May. Agreed." is her question and its answer). Read from the text's last characters.
 */
const CLOSING_OUTCOME = /(?:[.!?;–—-]|\p{Ll})\s+(?:Approved|Resolved|Carried|Adopted)(?:\s+[Uu]nanimously)?\.?\*?$|[,;]\s*carried\.?\*?$/u;
const AGREED_AFTER_PROPOSAL = /\b(?:proposed|moved|recommended)\b[^.?!]{3,200}[.)]\s+Agreed(?:\s+(?:unanimously|by all))?\.?$/;

/**
 * "… moved to approve the minutes. Carried 5-0.", "… seconded. Motion carried 4-1.", "Passed unanimously 6-0.", "Motion to
 * renew the contract. Motion failed 2-3.", "… Defeated (3 to 4).", a township clerk's "…; J. Fairbanks seconded; passed 5-0"
 * (in lower case after the seconder's semicolon): the vote's count closing the text, after its outcome's
 * word: what the body voted, carried or not (small boards, clubs and US township boards record every motion so). The
 * word opens its sentence or follows "motion": "The first team lost 3-4." is a match's score.
 */
const CLOSING_TALLY = /(?:(?<![\p{L}\d])(?:[Tt]he )?(?:[Mm]otion|MOTION) (?:[Cc]arried|[Pp]assed|[Ff]ailed|[Dd]efeated|[Ll]ost|[Aa]pproved|[Aa]dopted)|(?:^|[.;:–—-]\s+)(?:Carried|Passed|Failed|Defeated|Lost|Approved|Adopted)|(?<=[;,]\s{1,3})(?:carried|passed|failed|approved|adopted)|(?<![\p{L}\d])(?:CARRIED|PASSED|FAILED|DEFEATED|LOST))(?: [Uu]nanimously| UNANIMOUSLY)?,?\s*(?:\(\d{1,2}\s*(?:[-–/]|to)\s*\d{1,2}\)|\d{1,2}\s*(?:[-–]|to)\s*\d{1,2})\.?$/u;

/** Whether a text's last words are its outcome (CLOSING_OUTCOME, CLOSING_TALLY, AGREED_AFTER_PROPOSAL): read from its last characters. */
export function closesWithOutcome(text: string): boolean {
  // A count ends in a figure, perhaps with its bracket or full stop after it: told by the last characters before any pattern.
  let end = text.length - 1;
  while (end > 0 && end >= text.length - 2 && (text[end] === '.' || text[end] === ')')) end -= 1;
  const last = text.charCodeAt(end);
  if (last >= 0x30 && last <= 0x39 && CLOSING_TALLY.test(text.length > 60 ? text.slice(-60) : text)) return true;
  return CLOSING_OUTCOME.test(text.length > 40 ? text.slice(-40) : text) || (text.includes('Agreed') && AGREED_AFTER_PROPOSAL.test(text.slice(-260)));
}
