// How clubs, societies and small associations record a motion's outcome, in their own words rather than a council's.

/**
 * "Minutes of 2014 AGM: Accepted as circulated (P Ryan/D Tinney)", "The report was approved as presented": the
 * minutes or a report, taken as they stood ("MOVED BY … that the agenda be adopted as presented" is the motion, its
 * outcome on a line of its own).
 */
const TAKEN_AS_CIRCULATED = /(?<!\bbe\s)\b(?:[Aa]ccepted|[Aa]pproved|[Aa]dopted|[Cc]onfirmed|[Ee]ndorsed|ACCEPTED|APPROVED)\s+as\s+(?:circulated|presented|read|amended|distributed|tabled|printed)\b/;

/**
 * "Treasurer's report is accepted by Tammy and seconded by Gösta": a report taken on a member's motion and a seconder's.
 */
const ACCEPTED_AND_SECONDED = /\b(?:is|was|were|are)\s+(?:accepted|approved|adopted|endorsed)\s+by\s+\S+(?:\s+\S+)?\s+(?:and|&)\s+seconded\s+by\b/;

/**
 * "October minutes reviewed and approved, Sarah moved, …", "Minutes accepted without objection.": the last minutes
 * taken (a budget "reviewed and approved by the Finance Committee" is another body's decision, reported).
 */
const MINUTES_TAKEN = /\bminutes\b[^.]{0,40}?\b(?:reviewed|read)\s+and\s+(?:approved|accepted|adopted)\b|\b(?:accepted|approved|adopted)\s+without\s+(?:objection|dissent)\b/i;

/**
 * "Accepted by All", "Approved unanimously", "Passed" alone: the outcome of the motion above it, a club's clerk writing
 * no full stop after it; "GRANTED", "DENIED", "REFUSED" alone under an application (a licensing or zoning board's, a
 * planning committee's), the board's decision on it.
 */
const OUTCOME_ALONE = /^(?:\*\*)?(?:Accepted|Approved|Carried|Agreed|Passed|Granted|Denied|Refused|ACCEPTED|APPROVED|PASSED|GRANTED|DENIED|REFUSED)(?:\s+(?:by\s+all|(?:by\s+)?(?:[Uu]nanimous(?:ly)?|UNANIMOUS(?:LY)?)))?\.?(?:\*\*)?$/i;

/** Whether a line is an outcome alone ("GRANTED", "**Approved unanimously**"): a decision, never a heading however it is set. */
const isOutcomeAlone = (text: string) => text.length <= 40 && OUTCOME_ALONE.test(text.trim());

/**
 * "… be updated to refer to Rule 2b PASSED", "Moved: Matt Brown Seconded: James Spooner PASSED", "**Passed U.**",
 * "Recommended to keep subs at £15 – passed", "Lori moved to approve, Robert second, approved.": the outcome's word
 * closing a motion, in capitals or after a dash or a comma as a society's minutes set it ("Approval of the agenda -
 * approved", a title's outcome after a dash, heads its item).
 */
const OUTCOME_CLOSING = /(?:\s(?:PASSED|Passed)(?:\s+(?:UNANIMOUSLY|[Uu]nanimous(?:ly)?|U))?|[,;–—-]\s*passed(?:\s+unanimously)?|[,;]\s*approved(?:\s+unanimously)?)\.?(?:\*\*)?$/;

/** "All elected unopposed", "Elected unanimously and unopposed", "All positions declared filled unopposed": an election's result. */
const ELECTED_UNOPPOSED = /^(?:All\s+(?:positions\s+)?)?(?:[Ee]lected|[Rr]e-elected|declared\s+(?:filled|elected))\b[^.]{0,40}\bunopposed\b/;

/** Whether a paragraph records a club's or society's outcome in one of these forms; each form's own word is looked for first. */
export function recordsClubOutcome(text: string): boolean {
  if (text.includes(' as ') && TAKEN_AS_CIRCULATED.test(text)) return true;
  if (text.includes('seconded by') && ACCEPTED_AND_SECONDED.test(text)) return true;
  if ((text.includes(' and ') || text.includes('without')) && MINUTES_TAKEN.test(text)) return true;
  if (isOutcomeAlone(text)) return true;
  if (text.includes('unopposed') && ELECTED_UNOPPOSED.test(text)) return true;
  const tail = text.length > 40 ? text.slice(-40) : text;
  return (tail.includes('assed') || tail.includes('ASSED') || tail.includes('pproved')) && OUTCOME_CLOSING.test(tail);
}
