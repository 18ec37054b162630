// More of the ways small US and Canadian boards, districts, clubs and vestries write down a motion's outcome, after
// the mover and seconder, where no "RESOLVED" or "CARRIED" is written: a count of the ayes ("Five ayes."), a sentence of
// its own after the seconder ("Harlan Thompson seconded. Unanimous approval.", "… seconded by Ann Hale. All were in
// favour."), a clerk's initials for the outcome ("second by Brad Botos, MCU", "MSC by Faber/Saehr"), the body's vote
// ("it was approved by vote of the Board"), New Zealand councils' movers in brackets after the word ("Resolved(Mayor
// Wallace/Deputy Mayor Bassett)"), the body's approval after the sentence that led to it, and "Minutes of May 9 approved."

/**
 * "… to accept the Treasurer's Report. Five ayes.", "… Three ayes, one nay", "M/S Kaur / Lindgren. All present in favor
 * with 4 ayes.": the ayes counted, the motion's outcome.
 */
const AYES_COUNTED = /(?:^|[.;,]\s+|\bin favou?r with\s+)(?:\d{1,2}|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve|All|all) ayes\b/;

/**
 * The seconder, then the outcome in a sentence of its own: "Harlan Thompson seconded. Unanimous approval.", "… and
 * seconded by Lynne White. All were in favour.", "Second by Ann Hale. Motion passed." (the motion's words, "seconded by
 * Ann Hale that the hall be let", are no outcome).
 */
const OUTCOME_AFTER_SECONDER =
  /\b(?:[Ss]econded|[Ss]econd)(?: by [^.]{2,60}?)?\.\s+(?:Unanimous(?:ly)? (?:approval|approved|carried|passed|vote)|(?:The )?[Mm]otion (?:carried|passed|approved)|Passed|Carried|Approved|All (?:were |are )?in favou?r)\b/;

/** "Motion Carried Unanimously (MCU)" written once, then "second by Brad Botos, MCU" after each motion: carried. */
const CARRIED_INITIALS = /[,(]\s*MCU\)?\.?(?:\s|$)/;

/**
 * "MSC by Faber/Saehr.", "MSC to approve by Faber/Brutscher", "MSC to remain the same by Brutscher/Hubner" (a soil and
 * water district's board): moved, seconded and carried, the movers after "by" (the form after a colon is read in
 * motion-records.ts).
 */
const SHORTHAND_CARRIED_BY = /(?:^|[\s(.:])MS[CAP](?:\s+to\s+[^./\n]{1,60}?)?\s+by\s+\p{Lu}\p{L}*\s*\/\s*\p{Lu}/u;

/** "Bryan reviewed the treasurer's report and it was approved by vote of the Board.": the body's vote, its outcome. */
const APPROVED_BY_VOTE = /\b(?:was|were) (?:approved|adopted|accepted) by (?:a )?(?:unanimous )?vote of the (?:[Bb]oard|[Cc]ouncil|[Cc]ommission|[Cc]ommittee|[Mm]embers|[Ss]enate|[Vv]estry|[Tt]rustees|[Dd]irectors)\b/;

/** "Resolved(Mayor Wallace/Deputy Mayor Bassett) Minute No. C 19201(2)": the resolution, its mover and seconder in brackets. */
const RESOLVED_BRACKETED_MOVERS = /^(?:RESOLVED|Resolved)\s*\([^()]{2,60}\/[^()]{2,60}\)/;

/**
 * "… as other clubs did for us when we were forming. The Board approved a $500 donation.": the body's approval after the
 * sentence that led to it (decisions.ts reads "agreed to" so; "approved" is as plain an outcome).
 */
const BODY_APPROVED_AFTER_SENTENCE = /[.!?:]\s+The (?:[Bb]oard|[Cc]ouncil|[Cc]ommittee|[Cc]ommission|[Vv]estry|[Ss]enate|[Tt]rustees|[Dd]irectors) (?:unanimously )?approved (?:a|an|the)\b/;

/**
 * "Minutes of January 9 approved.", "December minutes approved.": a club board's verbless record of its last minutes
 * taken, the whole paragraph (the forms with "were" are read in decision-sentences.ts).
 */
const MINUTES_APPROVED_ALONE = /^(?:[A-Z][a-z]+ )?[Mm]inutes(?: (?:of|from|for) [^.]{1,40}?)? (?:approved|accepted|adopted)(?: as (?:written|presented|amended|corrected|circulated|read))?\.?$/;

/**
 * "Moved by Gaul seconded by Kaufmann to approve the minutes. Ayes: Gaul, Kaufmann, Smith": an Iowa county board lists
 * only the ayes after the motion, its members named (a New York town board's "Ayes - Randall, Clark, Morey."): a vote the meeting took.
 */
const SECONDED_THEN_AYES = /\b(?:[Ss]econded|[Ss]econd)\b[^]{0,300}?\b(?:Ayes|AYES|Yeas|YEAS)(?:\s*:|\s+[–—-])\s*\p{Lu}/u;

/** Whether a paragraph records a motion's outcome in one of these forms; each form's own word is looked for before it is tried. */
export function recordsTallyOutcome(text: string): boolean {
  if (text.includes('ayes') && AYES_COUNTED.test(text) && /\b(?:[Mm]otion|MOTION|[Ss]econd|moved)|\bM\/S\b/.test(text)) return true;
  if (text.includes('econd') && OUTCOME_AFTER_SECONDER.test(text)) return true;
  if (text.includes('MCU') && CARRIED_INITIALS.test(text)) return true;
  if (text.includes('MS') && SHORTHAND_CARRIED_BY.test(text)) return true;
  if (text.includes('vote of') && APPROVED_BY_VOTE.test(text)) return true;
  if (text.charCodeAt(0) === 0x52 && RESOLVED_BRACKETED_MOVERS.test(text)) return true;
  if (text.length <= 80 && MINUTES_APPROVED_ALONE.test(text)) return true;
  if ((text.includes('s:') || text.includes('S:') || text.includes('s -') || text.includes('S -')) && SECONDED_THEN_AYES.test(text)) return true;
  return text.includes(' approved ') && BODY_APPROVED_AFTER_SENTENCE.test(text);
}
