// The authority a line of a meeting's header names on its own ("City of Lakeside Falls", "Marlow County", "Colfax
// Township"), and which of several stacked in a caption the body that met is of.
import { isBlank } from '../patterns';

/**
 * "City of Lakeside Falls", "TOWN OF X", "PARISH OF X" (Jersey and Guernsey), "THE CORPORATION OF THE TOWNSHIP OF X" (Ontario), "London Borough of X", "Royal
 * Borough of X", "City and County of X": an authority on its own line.
 */
const AUTHORITY_LINE = /^(?:(?:The )?Corporation of (?:the )?)?(?:(?:London|Royal|County|Metropolitan) )?(?:City and County|City|Town|Village|County|Borough|Township|Municipality|Shire|District|Parish|Diocese) of \p{Lu}[\p{L}'’ .-]*(?:,\s*\p{Lu}[\p{L} ]*)?$/iu;
/** "MARLOW COUNTY, COLORADO", "Tensas Parish": a US county (or Louisiana parish) and its state, over its board. */
const COUNTY_AND_STATE = /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3} (?:County|COUNTY|Parish|PARISH)(?:,\s*\p{Lu}[\p{L} ]*)?$/u;

/**
 * "Colfax Township", "CRETE TOWNSHIP", "Colfax Township Minutes": a US civil township named as its own papers head them, the
 * name before the word (the township's board is the body that meets); what the document is may follow.
 */
const NAMED_TOWNSHIP = /^(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2} (?:Township|TOWNSHIP))(?: (?:Minutes|MINUTES))?$/u;

/** The authority a header line names on its own ("City of Lakeside Falls", "Marlow County", "Colfax Township"), or null. */
export function authorityOf(printed: string): string | null {
  // A long line names an authority only in a first column ending within a title's length: a document on one line is
  // one header line of megabytes, and is not trimmed whole.
  if (printed.length > 200 && !/\t|\s{2,}/.test(printed.trimStart().slice(0, 82))) return null;
  // "City of Fairhaven    City Hall": a title row in columns (an HTML table's cells, pdftotext -layout), the authority
  // in the first and its address after it.
  const gap = /\t|\s{2,}/.exec(printed.trim());
  const line = gap ? printed.trim().slice(0, gap.index) : printed;
  if (line.length > 80) return null;
  // "CITY OF CEDAR BLUFF, OHIO": the state after a comma is no part of the name.
  if (AUTHORITY_LINE.test(line)) return line.replace(/^(?:The )?Corporation of (?:the )?/i, '').replace(/,.*$/, '');
  if (COUNTY_AND_STATE.test(line)) return line.replace(/,.*$/, '');
  return NAMED_TOWNSHIP.exec(line)?.[1] ?? null;
}

/**
 * The authority a header names: the first line naming one, or, where lines naming authorities follow one another, the
 * last of them. "State of Illinois" / "County of Will" / "Town of Crete" over a township board's title: a US caption
 * stacks the jurisdictions widest first, and the board is the narrowest's. `isDateLine` tells the lines to pass over.
 */
export function narrowestAuthority(lines: string[], isDateLine: (line: string) => boolean): string | null {
  // The date test after the authority's: most header lines name none, and are let go by the cheaper test.
  const authorityOnLine = (line: string) => {
    const authority = authorityOf(line);
    return authority === null || isDateLine(line) ? null : authority;
  };
  const first = lines.findIndex((line) => authorityOnLine(line) !== null);
  if (first === -1) return null;
  let authority = authorityOnLine(lines[first])!;
  for (let index = first + 1; index < lines.length; index += 1) {
    if (isBlank(lines[index])) continue;
    const next = authorityOnLine(lines[index]);
    if (next === null) break;
    authority = next;
  }
  return authority;
}
