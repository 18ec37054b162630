// The body a page's own title names when it also says what the page is and when the meeting was: "Minutes of the Little
// Witton Parish Council Meeting", "Witton Parish Council April Meeting Minutes", "Witton PC minutes May 2020".
import { asBodyName } from './body-name-shape';
import { BODY_WORDS, namesBody, GENERIC_BODY, MINUTES_BEFORE_NAME, TITLE_WORDS_AFTER_NAME, HELD_AT_PLACE } from './body-names';
import { bodyBeforeMinutesTitle } from '../page/flattened-header';
import { MONTH_NAME, qualifyBody, WEEKDAY } from './meeting-fields';

/**
 * Where a title's date begins: a figure, a weekday, or a month's name before a figure, "meeting", "minutes" or the
 * title's end ("March Town Council" is a town's council, not a date).
 */
const DATE_ONWARD = new RegExp(String.raw`\s+\(?(?:\d|${WEEKDAY}\b|${MONTH_NAME}(?=\s+(?:\d|meeting\b|minutes\b)|\s*$)).*$`, 'i');
/** "Minutes to the", "Report of", "Minutes of a meeting of": what else a title says before the body's name. */
const TITLE_BEFORE_NAME = /^(?:(?:draft|unconfirmed|confirmed|approved)\s+)?(?:minutes|notes|report)\s+(?:to|of)\s+(?:(?:the|a)\s+)?(?:meeting\s+of\s+(?:the\s+)?)?/i;
/** "Annual", "Ordinary", "AGM": the kind of meeting, left before "Meeting" once the title's words after the name are gone. */
const MEETING_KIND_AT_END = /\s+(?:annual|ordinary|extraordinary|special|regular|monthly|draft|agm)$/i;
/** What a title says its page is, still in what is left when no body's name stands alone. */
const DOCUMENT_WORDS = /\b(?:minutes?|notes|agenda|report|meeting)\b/i;

/** Where a page title is split into its parts: "Council - 21 May 2025 | Harrowfield Borough Council". */
const PAGE_TITLE_PARTS = /\s+[|–—-]\s+|\s*[|»]\s*/;

/**
 * "Town of Maple Ridge Falls", "Township of Esker": a North American municipality's own name, as its site titles each
 * page (the council that met is the municipality's).
 */
const MUNICIPALITY_NAME = /^(?:The\s+)?(?:City|Town|Township|Village|County|Borough|District|Municipality|Regional Municipality|Rural Municipality|Shire)\s+of\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}$/u;

/**
 * The body an HTML page's title names, for a page whose text names none: its last part that names a body (a site puts
 * its own name last), not a kind of meeting ("Council"), with no figures (a date) and not the document's kind; else null.
 */
export function bodyInPageTitle(title: string): string | null {
  const parts = title.split(PAGE_TITLE_PARTS);
  for (let index = parts.length - 1; index >= 0; index -= 1) {
    const part = parts[index].trim();
    if (part.length <= 80 && (BODY_WORDS.test(part) || MUNICIPALITY_NAME.test(part)) && !GENERIC_BODY.test(part) && !/\d|\b(?:minutes?|agenda)\b/i.test(part)) return part;
  }
  return null;
}

/** The body a page title's part names once its date, "Minutes of" and "Meeting" are taken away; null when none is left. */
function bodyInTitlePart(part: string): string | null {
  const undated = part.replace(DATE_ONWARD, '');
  const named = bodyBeforeMinutesTitle(undated) ?? undated.replace(TITLE_BEFORE_NAME, '').replace(MINUTES_BEFORE_NAME, '');
  let name = named.replace(HELD_AT_PLACE, '').replace(TITLE_WORDS_AFTER_NAME, '');
  while (MEETING_KIND_AT_END.test(name)) name = name.replace(MEETING_KIND_AT_END, '').replace(TITLE_WORDS_AFTER_NAME, '');
  return name.length > 0 && name.length <= 80 && namesBody(name) && !GENERIC_BODY.test(name) && !DOCUMENT_WORDS.test(name) ? name : null;
}

/**
 * The body a page's title names with what the page is and its date about it, for a page whose text names none (a
 * site that posts each meeting's minutes under a title of its own): read from its first part, where such a title names it.
 */
function bodyInTitleWords(title: string): string | null {
  for (const part of title.split(PAGE_TITLE_PARTS)) {
    const body = bodyInTitlePart(part.trim());
    if (body !== null) return body;
  }
  return null;
}

/**
 * The body a page's title names, for a page whose text names none: the site's own name in its last part, else what a
 * part names beside the page's kind and date ("Wretton Parish Council May Virtual Meeting" names Wretton Parish Council).
 */
export function bodyInTitle(title: string): string | null {
  return asBodyName(bodyInPageTitle(title)) ?? bodyInTitleWords(title);
}

/**
 * "Licensing Sub-Committee" on a page titled "Minutes - Licensing Sub-Committee - 14 May 2024 | Thornbury District
 * Council": the committee qualified with the council the title names last (the site's own), as a committee named
 * under its council's heading is; null when the title names no council or the committee's name says whose it is.
 */
export function committeeOfTitleCouncil(committee: string | null, pageTitle: string): string | null {
  const council = committee === null ? null : bodyInPageTitle(pageTitle);
  if (council === null || !/\b(?:Council|Authority)$/.test(council)) return null;
  const qualified = qualifyBody(committee!, council);
  return qualified === committee ? null : qualified;
}
