// "the Deputy Mayor, Councillor Robert Quayle": a civic office named first and its holder after a comma, as a full
// council's minutes list the members present. Written as lists also print it, "the Deputy Mayor (Councillor Robert
// Quayle)", the holder is read as the person and the office as their role.

/**
 * "the Deputy Mayor, Councillor X", "The Mayor, Cllr Y (in the Chair)", "The Leader of the Council, Cllr Z": the office
 * with its article, a comma, then a titled name that ends its entry or has its brackets after it.
 */
const OFFICE_THEN_HOLDER =
  /\b([Tt]he (?:(?:Deputy|Vice|Lord|Deputy Lord|Town|City|Deputy Town)[ -])?(?:Mayor|Chair(?:man|woman|person)?|Leader(?: of the Council)?|Provost|President|Convener|Speaker)), ((?:Cllr|Councillor|Cr|Alderman|Mr|Mrs|Ms|Miss|Dr)\.?\s+(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’-]+)(?=\s*(?:[;,.(]|$)|\s+and\s)/gu;

/** The list with each such holder put in brackets after the office: "the Deputy Mayor (Councillor Robert Quayle)". */
export function withHoldersAfterOffices(list: string): string {
  return list.includes('he ') ? list.replace(OFFICE_THEN_HOLDER, '$1 ($2)') : list;
}
