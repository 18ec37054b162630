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

/** Whether a text's last words are its outcome (CLOSING_OUTCOME, AGREED_AFTER_PROPOSAL): read from its last characters. */
export function closesWithOutcome(text: string): boolean {
  return CLOSING_OUTCOME.test(text.length > 40 ? text.slice(-40) : text) || (text.includes('Agreed') && AGREED_AFTER_PROPOSAL.test(text.slice(-260)));
}
