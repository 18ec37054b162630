// US councils head each piece of legislation by its number and its long title in capitals: "ORDINANCE NO. 2025-14 – AN
// ORDINANCE AUTHORIZING THE MAYOR TO …. (Third Reading)". Longer than any other heading, and ending in the reading it
// had, such a line is still the item's title.

/** "ORDINANCE NO. 2025-14 –", "RESOLUTION NO. 2025-09:", "LOCAL LAW NO. 3 OF 2025 -": the number, then the title. */
const LEGISLATION_START = /^(?:ORDINANCE|RESOLUTION|LOCAL LAW|BILL) NO\.? ?[A-Z0-9][\w./-]*(?: OF \d{4})?\s*[:–—-]\s+[A-Z]/;
/** "(Third Reading)", "(Second Reading, as amended)": which reading it was, after the title in capitals. */
const READING = /\s*\((?:First|Second|Third|Final) Reading[^)]*\)\s*$/i;

/** Whether a line is such a heading: the number and a title all in capitals but for the reading in brackets. */
export function isLegislationHeading(text: string): boolean {
  const first = text[0];
  if ((first !== 'O' && first !== 'R' && first !== 'L' && first !== 'B') || !LEGISLATION_START.test(text)) return false;
  return !/[a-z]/.test(text.replace(READING, ''));
}
