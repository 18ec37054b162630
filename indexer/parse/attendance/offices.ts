// Offices printed before a holder's name in lists of people (US and Canadian minutes name staff so).
import { OFFICE_WORDS } from './person-words';

/**
 * "Village Attorney Marcus Feld", "Village Clerk-Treasurer Janine Oduya", "Clerk/RFO Mair Jones" (a parish's clerk and
 * Responsible Financial Officer), "Executive Assistant Maureen Shea", "Law Director Megan Strand", "Clerk of Council
 * Teresa Wolfe", "Superintendent of Public Works Ed Kowalczyk": an
 * office (two joined by a hyphen, or one "of" a service) printed before a name without a title. "Vice-Chairman Denise
 * Okafor" is the vice-chair's office so, as "Vice Chairman" is. A parish's "Neighbourhood Watch Officer Andrew Major", "Tree
 * Officer Sam Lowe": an officer's post, whatever words name it, before the holder. A US special district's "General Manager
 * Celia Marchetti", "District Secretary Paul Ibarra"; a planning commission's "City Planner Mark Ostrander"; a US city
 * council's "Council President Arne Nyberg" (the member the council elected to preside).
 */
const OFFICE_WORD = String.raw`(?:Chair(?:man|woman|person)?|Council President|Administrator|Director|Manager|Clerk|Attorney|Engineer|Planner|Treasurer|Secretary|Solicitor|Assistant|RFO)`;
// "Director of Community & Economic Development Ana Brooks": a service's two names joined by "&".
const OF_SERVICE = String.raw`\s+of\s+(?:(?:\p{Lu}\p{Ll}+|&)\s+){0,3}\p{Lu}\p{Ll}+`;
// "Superintendent Kate Ellis" is a police officer's title; only "Superintendent of Public Works" or a service's
// "Highway Superintendent" is an office. "Chief Alan Strand" is a title as well; "Police Chief Alan Strand" holds an office.
/**
 * "Director Sustainable Infrastructure", "Director Corporate Services": a post named by the service it runs, as staff
 * listed by their posts alone are ("STAFF: General Manager, Director Sustainable Communities, …"); no one's name ends so.
 */
export const SERVICE_AREAS = String.raw`Services?|Infrastructure|Communities|Operations|Development|Resources|Governance|Planning|Finance|Works|Engineering|Regeneration|Transformation|Administration|Environment|Housing|Education|Transport|Assets|Projects|Strategy|Affairs|Relations|Compliance|Utilities`;
const SERVICE_AREA_END = String.raw`\b(?:${SERVICE_AREAS})`;

export const OFFICE_BEFORE_NAME = new RegExp(
  String.raw`^((?:(?:Town|Township|City|Village|Parish|County|Borough|District|General|Finance|Deputy|Assistant|Vice|Chief|Executive|Administrative|Planning|Public Works|Law|Parks|Police|Fire|Utilities|Community|Economic|Development|Building|Recreation|Library|Human Resources|Safety|Recording|Legislative)\s+|Vice-){0,3}(?:${OFFICE_WORD}(?:[-/]${OFFICE_WORD})?(?:${OF_SERVICE})?|Superintendent${OF_SERVICE}|(?:Highway|Water|Sewer|Building|Parks|Cemetery)\s+Superintendent|(?:Police|Fire)\s+Chief|(?:\p{Lu}\p{Ll}+\s+){1,3}Officer))` +
    // The holder by a forename and a surname, or by initials and a surname ("Chairman N. MacDermid", "Vice Chairman T Martin").
    String.raw`\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}\.)?\s+\p{Lu}[\p{L}'’-]+|(?:\p{Lu}\.?\s+){1,3}\p{Lu}\p{Ll}[\p{L}'’-]*)(?<!${SERVICE_AREA_END})$`,
  'u',
);

/**
 * "Finance Director Hahn", "Community Development Director Hurlburt", "City Clerk Paulson", "President Laurence Herman":
 * a US council's staff (or its presiding member) named by office and surname, as its "STAFF PRESENT: City Manager
 * Johnson, Fire Captain Hurr, Finance Director Hahn, …" lists them: a person of their own, never the office of the
 * name before; a selectboard's "Selectman Dobbs and Chairman Kessler were absent" (the chair by office and surname). The
 * word after the office is a surname only where no office or service is named so ("Director
 * Corporate Services", "Secretary General", "Manager Designate" are offices).
 */
const OFFICE_THEN_WORD = new RegExp(
  String.raw`^(?:\p{Lu}[\p{L}/-]*\s+){0,3}(?:Director|Manager|Clerk|Attorney|Engineer|Planner|Administrator|Treasurer|Coordinator|Forester|Superintendent|Chief|Librarian|Chair(?:man|woman|person)?)\s+(?!(?:${SERVICE_AREAS}|General|Designate|Elect|Emeritus|Typist|Constable|Inspector)\b)(\p{Lu}\p{Ll}+(?:[-’']\p{Lu}\p{Ll}+)?)$` +
    String.raw`|^(?:Village|Board|Council|Town)?\s*President\s+\p{Lu}\p{Ll}+\s+(\p{Lu}[\p{L}'’-]+)$`,
  'u',
);
/** Whether a list's part is a person named by office and surname (OFFICE_THEN_WORD), its last word no office's. */
export const namesOfficeHolder = (part: string) => {
  const surname = OFFICE_THEN_WORD.exec(part);
  return surname !== null && !OFFICE_WORDS.test(surname[1] ?? surname[2]);
};

/**
 * "Chief Executive", "Chief Fire Officer", "Chief Nursing Officer": an office, though "Chief" can start a title ("Chief
 * Inspector Lee"). Whatever the one or two words before "Officer" or "Executive" ("Chief Audit Executive"), no one is named so.
 */
export const CHIEF_OFFICE = /^Chief\s+(?:(?:[A-Z][a-z]+\s+){0,2}(?:Executive|Officer)|Constable)\b/;
/** "Chief Constable" alone is an office; "Chief Constable Rachel Amis" is a person, named after their rank. */
export const isChiefOfficeOnly = (text: string) => CHIEF_OFFICE.test(text) && !/^\s+\p{Lu}[\p{L}'’.-]*\s+\p{Lu}/u.test(text.replace(CHIEF_OFFICE, ''));

/** "Monitoring Officer (Simon Brearley)": an office, then its holder's name in brackets. */
export const OFFICE_HELD_BY = /^\p{Lu}[^()]{1,60}\((?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’.-]+\)$/u;
/** "the Clerk (Mrs K. Bell)": an office, then its holder's titled name in brackets ("Vice-Chair (Independent Member)" is two offices). */
export const OFFICE_WITH_TITLED_HOLDER = /^(?:the\s+)?\p{Lu}[^()]{1,60}\((?:Mr|Mrs|Ms|Miss|Mx|Dr|Cllr|Councillor|Revd?)\.?\s[^()]{2,40}\)$/u;

/**
 * "Cllr Sandra Barnes, District Councillor": the council a member sits on, named after them as an office is; a title with
 * no name after it names no one.
 */
export const COUNCILLOR_ALONE = /^(?:(?:County|District|Borough|Parish|Town|City|Unitary|Ward)\s+)?Councill?or\.?$/i;

/**
 * "Clerk", "Parish Clerk", "Responsible Financial Officer", "Head of Legal & Democratic Services": an office alone, no
 * names run on after it (a list whose breaks were lost); at most four words besides those joining them ("of", "and", "&").
 */
export const OFFICE_OF_FEW_WORDS = /^[^\s:]+(?:\s+(?:(?:of|and|&|for|the)\s+)?[^\s:]+){0,3}$/;

/** "…, Commissioner Limoges, and Commissioner Navarro": after ", and", an office then a name is the list's last person. */
const TITLED_AFTER_AND = /^(?:and|&)\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}\s+(\p{Lu}[\p{L}'’-]+)$/u;
export function isTitledAfterAnd(part: string): boolean {
  const titled = part.startsWith('and ') || part.startsWith('& ') ? TITLED_AFTER_AND.exec(part.trim()) : null;
  return titled !== null && !OFFICE_WORDS.test(titled[1]) && OFFICE_WORDS.test(part.slice(0, -titled[1].length));
}
