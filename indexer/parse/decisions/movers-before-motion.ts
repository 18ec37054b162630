// Australian and New Zealand councils' (and Canadian boards') record of a motion: its mover and seconder named first,
// then the motion moved, with no "CARRIED" or "RESOLVED" after it ("MOVED Cr Hale SECONDED Cr Ives That Council note
// the report.", "Moved: Cr Hale Seconded: Cr Ives That …", "Moved (Ann Hale/Cr Tom Ives): That the Board: …"). The motion
// as moved and seconded is what the meeting decided; the mover and seconder stay in its text.

/** A member's title or office before a mover's name where "by" is left out ("MOVED Cr Hale", "Seconded Deputy Mayor Ives"). */
const MOVER_TITLE = String.raw`(?:Cr|Crs|Cllr|Clr|Cl|Councill?or|Mayor|Deputy Mayor|Member|Chairperson|Deputy Chairperson|Chair|Trustee|Director|Commissioner|Alderman|Ald|Mr|Mrs|Ms|Dr)\.?\s`;
/** What joins "Moved" or "Seconded" to the name: "by" (with a colon or not), a colon, or nothing before a titled name. */
const LINK = String.raw`(?:\s+(?:by|By|BY)\s*:?\s+|\s*:\s*|\s+(?=${MOVER_TITLE}))`;
/** Both named, the seconder after the mover ("seconded" in lower case after the mover's comma), then the motion ("That …", quoted or not). */
const MOVER_THEN_SECONDER = new RegExp(
  String.raw`^(?:Moved|MOVED)${LINK}[^;:,()]{2,60}?,?\s+(?:and\s+)?(?:Seconded|SECONDED|seconded)${LINK}[^;:,()]{2,60}?,?\s*:?\s+(?=["“]?(?:That|THAT)\b)`,
);
/** "Moved (Ann Hale/Cr Tom Ives): That …", "MOVED (Cl Saul/Cl Morris):": the two in brackets, parted by a slash. */
const BRACKETED_MOVERS = /^(?:Moved|MOVED)\s*\([^()/]{2,60}\/[^()/]{2,60}\)\s*:?\s*(?=["“]?(?:That|THAT)\b)/;
/** The same, alone on a line of their own over the motion: "Moved (Ann Hale/Cr Tom Ives):", "MOVED Cr Hale SECONDED Cr Ives". */
const BRACKETED_MOVERS_ALONE = /^(?:Moved|MOVED)\s*\([^()/]{2,60}\/[^()/]{2,60}\)\s*:?$/;
const MOVER_THEN_SECONDER_ALONE = new RegExp(
  String.raw`^(?:Moved|MOVED)${LINK}(?:(?!\b(?:that|That|THAT|to)\b)[^;:()]){2,80}?,?\s+(?:and\s+)?(?:Seconded|SECONDED|seconded)${LINK}(?:(?!\b(?:that|That|THAT|to)\b)[^;:()]){2,60}?\s*:?$`,
);

/** "… LOST 2/4", "… Defeated", "… Motion failed.": the motion fell, which the outcome rules read for themselves. */
const FELL = /\b(?:LOST|Lost|lost|DEFEATED|Defeated|defeated|FAILED|Failed|failed)\b[^.]{0,24}\.?$/;

/** Whether a text is a motion with its mover and seconder named before it (the text opens with "M"), not one that fell. */
export function movedAndSecondedMotion(text: string): boolean {
  return text.length > 12 && (BRACKETED_MOVERS.test(text) || MOVER_THEN_SECONDER.test(text)) && !FELL.test(text.slice(-40));
}

/** Whether a paragraph names only a motion's mover and seconder, the motion ("That …") in the paragraph under it. */
export function namesMoversAlone(text: string): boolean {
  return (text[0] === 'M' && text.length <= 160 && (BRACKETED_MOVERS_ALONE.test(text) || MOVER_THEN_SECONDER_ALONE.test(text)));
}
