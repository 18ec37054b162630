// A web page saved as PDF by a browser keeps what the HTML reader takes from the page itself in the running lines the
// browser prints on every sheet: Chrome and Edge head each page with the date and time of printing and the page's
// <title>, and foot it with the page's address and "1/3"; Firefox heads it with the title and the address and foots it
// with "1 of 3" and the date. Read back, they are the page's title (which names the council of a committee's page) and
// its address (where the minutes were published), for minutes whose own text gives neither.

/** "https://… 1/3" (Chrome, Edge): the page's address and the sheet's number, alone on a line. */
const CHROME_FOOTER = /^\s*(https?:\/\/\S+|file:\/\/\S+)\s{2,}\d{1,3}\/\d{1,3}\s*$/;
/** "12/6/26, 2:55 PM   Cabinet - 21/01/2025 - Minutes - …", "06/12/2026, 14:55   …": the time of printing, then the title. */
const CHROME_HEADER = /^\s*\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?\s{2,}(\S.*?)\s*$/;
/** "Cabinet - 21/01/2025 - Minutes - …   https://…" (Firefox): the title, then the page's address. */
const TITLE_BEFORE_ADDRESS = /^\s*(\S.*?)\s{2,}(https?:\/\/\S+|file:\/\/\S+)\s*$/;
/** "1 of 3   06/12/2026, 14:55" (Firefox): the sheet's number, then the time of printing. */
const FIREFOX_FOOTER = /^\s*\d{1,3} of \d{1,3}\s{2,}\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?\s+\d{1,2}:\d{2}/;

export interface BrowserPrint {
  /** The page's <title>, as the browser printed it. */
  title: string | null;
  /** The page's address, when it is one on the web (a file on the printer's machine is nowhere a reader could go). */
  url: string | null;
}

const webAddress = (address: string | undefined) => (address && /^https?:/.test(address) ? address : null);

type PrintLine = { kind: 'footer'; url: string | null } | { kind: 'header'; title: string; url: string | null } | null;

/** What a line of a browser's running header or footer gives, or null for any other line. */
function printLineOf(line: string): PrintLine {
  // Only a line holding an address or a time of day can be the browser's: most lines hold neither.
  if (!line.includes(':')) return null;
  const footer = CHROME_FOOTER.exec(line);
  if (footer) return { kind: 'footer', url: webAddress(footer[1]) };
  if (FIREFOX_FOOTER.test(line)) return { kind: 'footer', url: null };
  const header = CHROME_HEADER.exec(line) ?? TITLE_BEFORE_ADDRESS.exec(line);
  return header ? { kind: 'header', title: header[1], url: webAddress(header[2]) } : null;
}

/**
 * The title and address a browser printed around a saved web page, or null for a PDF no browser printed. The title is
 * the one its header repeats on every sheet: a row of the page's own ("12/03/2025, 10:00    Full Council", a list of
 * meetings) has the header's shape once.
 */
export function browserPrintOf(lines: readonly string[]): BrowserPrint | null {
  const titles = new Map<string, number>();
  let url: string | null = null;
  let printed = false;
  for (const line of lines) {
    const found = printLineOf(line);
    if (found?.kind === 'footer') printed = true;
    if (found?.kind === 'header') titles.set(found.title, (titles.get(found.title) ?? 0) + 1);
    url ??= found?.url ?? null;
  }
  const title = [...titles].reduce<[string, number] | null>((most, entry) => (most === null || entry[1] > most[1] ? entry : most), null)?.[0] ?? null;
  return printed ? { title, url } : null;
}

/** The lines without the browser's header and footer: a sheet's running lines are no part of the minutes, even on one sheet. */
export function withoutBrowserPrint(lines: string[], print: BrowserPrint): string[] {
  return lines.filter((line) => {
    const found = printLineOf(line);
    return found === null || (found.kind === 'header' && found.title !== print.title);
  });
}
