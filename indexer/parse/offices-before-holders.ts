// "the Deputy Mayor, Councillor Robert Quayle": a civic office named first and its holder after a comma, as a full
// council's minutes list the members present. The office is that person's role.

/**
 * "the Deputy Mayor, Councillor X", "The Leader of the Council, Cllr Y": the office with its article, then a titled name
 * that ends its entry (a holder with brackets after the name, "(in the Chair)", is read by the list as it is).
 */
const OFFICE_THEN_HOLDER =
  /\b[Tt]he ((?:(?:Deputy|Vice|Lord|Deputy Lord|Town|City|Deputy Town)[ -])?(?:Mayor|Chair(?:man|woman|person)?|Leader(?: of the Council)?|Provost|President|Convener|Speaker)), ((?:Cllr|Councillor|Cr|Alderman|Mr|Mrs|Ms|Miss|Dr)\.?\s+(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’-]+)(?=\s*(?:[;,.]|$)|\s+and\s)/gu;

/** The list with each such office put after its holder, in brackets: "Councillor Robert Quayle (Deputy Mayor)". */
export function withOfficesAfterHolders(list: string): string {
  return list.includes('he ') ? list.replace(OFFICE_THEN_HOLDER, '$2 ($1)') : list;
}
