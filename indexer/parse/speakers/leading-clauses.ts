// The clause some minutes open a turn with before naming who speaks: "In response to a question …, the Commissioner
// explained", "At the invitation of the Chair, Cllr Hale outlined …", "Prior to the vote, the Clerk read …".

/** "In response to a question ..., the Commissioner explained", "On reconvening, the Chair announced …": the speaker comes after a leading clause. */
export const LEADING_CLAUSE =
  /^(?:In response(?: to)?|In answer(?: to)?|In reply(?: to)?|In addition to|Responding(?: to)?|In (?:the )?(?:debate|discussion)|In relation to|In respect of|In further response|In terms of|Regarding|Referring to|Addressing|Following|(?:As|In|By way of) a (?:further )?supplementary(?: question)?|On a point of (?:order|clarification)|(?:On|Upon) (?:(?:re-?)?(?:convening|entering|returning|resuming)|being asked)|By way of (?:introduction|background|explanation|summary|an? update)|With (?:regard|reference|respect) to|On behalf of|When (?:asked|introducing|presenting|moving|seconding|speaking)|At the (?:invitation|request|suggestion|behest|start|outset|beginning|commencement|conclusion|close|end) of|At this (?:point|stage|juncture)|Prior to|Before|After|With the (?:agreement|consent|permission|leave|approval|indulgence) of)\b/;
/**
 * "Introducing the report, …", "Speaking on behalf of the Federation, …", "During the discussion, …": a clause led by a
 * word ending in "-ing", closed by a comma before any full stop; the speaker comes after it. A dash ends a label, no
 * clause ("Missing documents – Cllr Hale pointed out …, Cllr Dee said …").
 */
export const LEADING_PARTICIPLE = /^\p{Lu}\p{Ll}{2,}ing(?:\s[^,.;:–—]{0,100})?,\s/u;

/** Whether a text's first word ends in "-ing" (told without a pattern: most lines are tried, and few so start). */
export function opensWithIng(text: string): boolean {
  const space = text.indexOf(' ');
  // "Responding, the Portfolio Holder said …": the participle alone, its comma right after it.
  const wordEnd = text[space - 1] === ',' ? space - 1 : space;
  return wordEnd >= 5 && wordEnd <= 20 && text.startsWith('ing', wordEnd - 3);
}

/** The words after a leading clause ("Responding to Councillor Caddick, Kieran Walsh confirmed …" → "Kieran Walsh confirmed …"), or null. */
export function afterLeadingClause(text: string): string | null {
  // Every leading clause ends at a comma near the start: most paragraphs are let go by this one look.
  const comma = (text.length > 160 ? text.slice(0, 160) : text).indexOf(', ');
  if (comma === -1) return null;
  const participle = opensWithIng(text) ? LEADING_PARTICIPLE.exec(text) : null;
  if (participle) return text.slice(participle[0].length);
  return LEADING_CLAUSE.test(text) ? text.slice(comma + 2) : null;
}

/**
 * "His Worship the Mayor", "Her Worship the Mayor" (New Zealand, Australia), "The Right Worshipful the Mayor", "The Rt
 * Hon the Lord Mayor" (Northern Ireland, English cities): the courtesy before a civic head's office, which speaks as
 * "The Mayor" or "The Lord Mayor" elsewhere in minutes.
 */
const CIVIC_COURTESY = /^(?:(?:His|Her) Worship,? |The (?:Right|Rt\.?) (?:Worshipful|Hon(?:ourable|\.)?) )the (?=(?:Deputy |Lord |Lady )?(?:Mayor|Provost)\b)/i;

/** The text with a civic head's courtesy read as "The": "Her Worship the Mayor advised …" → "The Mayor advised …". */
export function withoutCivicCourtesy(text: string): string {
  const first = text[0];
  if (first !== 'H' && first !== 'T') return text;
  const courtesy = CIVIC_COURTESY.exec(text);
  return courtesy ? `The ${text.slice(courtesy[0].length)}` : text;
}
