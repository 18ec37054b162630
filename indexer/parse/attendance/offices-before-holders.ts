// "the Deputy Mayor, Councillor Robert Quayle", "Clerk to the Commissioners, Mrs S. Christian": an office named first and
// its holder after a comma. Written as lists also print it, "the Deputy Mayor (Councillor Robert Quayle)", the holder
// is read as the person and the office as their role.

const HOLDER = String.raw`(?:Cllr|Councillor|Cr|Alderman|Mr|Mrs|Ms|Miss|Dr)\.?\s+(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’-]+`;
/** Where the holder's entry ends: the list's next mark or its end, or the brackets after the name ("(in the Chair)"). */
const ENTRY_END = String.raw`(?=\s*(?:[;,.(]|$)|\s+and\s)`;

/**
 * "the Deputy Mayor, Councillor X", "The Leader of the Council, Cllr Z": a civic office with its article, anywhere in a
 * list ("Dr Bacon in the Chair, Mr Harris": who chaired, then the next person, no holder of an office).
 */
const CIVIC_OFFICE_THEN_HOLDER = new RegExp(
  String.raw`\b(?<!\bin\s)([Tt]he (?:(?:Deputy|Vice|Lord|Deputy Lord|Town|City|Deputy Town)[ -])?(?:Mayor|Chair(?:man|woman|person)?|Leader(?: of the Council)?|Provost|President|Convener|Speaker)), (${HOLDER})${ENTRY_END}`,
  'gu',
);

/** "of Planning", "of Legal and Democratic Services": the service a head of service heads. */
const OF_SERVICE = String.raw`\s+of\s+\p{Lu}[\p{L}-]*(?:\s+(?:and\s+|&\s+)?\p{Lu}[\p{L}-]*){0,3}`;
/** An officer's post: "Town Clerk", "Principal Planning Officer", "Legal Adviser", "Head of Planning", "Director of Operations". */
const OFFICE = String.raw`(?:[Tt]he\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,3}(?:(?:Clerk|Secretary|Treasurer|[Oo]fficer|[Mm]anager|Director|Executive|Advis[eo]r|Solicitor|Lawyer|Attorney|Administrator|Planner|Engineer|Accountant)(?:\s+(?:to|of|for)\s+the\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2}|${OF_SERVICE})?|Head${OF_SERVICE})`;
/**
 * "Clerk to the Commissioners, Mrs S. Christian", "Finance Officer, Mr T. Kelly": an office at the list's start or after a
 * semicolon (after a comma it may be the office of the name before it: "Mrs C Green, Clerk, Mr D Smith"), or after "and"
 * with its article ("…, C Richards and the Parish Clerk, Mrs S. McInnes": no name's office starts "the").
 */
const LEADING_OFFICE_THEN_HOLDER = new RegExp(String.raw`(^|;\s*|\sand\s+(?=[Tt]he\s))(${OFFICE}), (${HOLDER})${ENTRY_END}`, 'gu');
/**
 * "Also present: City Clerk, Janelle Shaver; City Treasurer, Jerry DiTullio; City Attorney, Jerry Dahl; …": a US city
 * council's staff, each entry an office and, after its comma, the holder untitled, the entries parted by semicolons; the
 * office at the list's start or after a semicolon, the holder's name ending the entry.
 */
const LEADING_OFFICE_THEN_UNTITLED_HOLDER = new RegExp(String.raw`(^|;\s*)(${OFFICE}), (\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})(?=\s*(?:;|$))`, 'gu');
/**
 * "Clerk – Mrs B Aldous", "Housing officer: Ruth Cole": an office, then a dash or a colon, then whoever holds it, titled
 * or not; a dash or a colon after a name would not start the next entry, so the office may follow a comma.
 */
const OFFICE_MARKED_THEN_HOLDER = new RegExp(
  String.raw`(^|[;,]\s*)(${OFFICE})(?::|\s+[–—-])\s+(${HOLDER}|\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})${ENTRY_END}`,
  'gu',
);

/** "Head of Planning – Ruth Cole" alone on its line: one officer in a block of them, the post printed first; "(Minute Taker)" after the holder is what else they did there. */
const OFFICE_DASH_HOLDER_LINE = new RegExp(String.raw`^${OFFICE}\s+[–—-]\s+(?:${HOLDER}|\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})(?:\s+\([^()]*\))?$`, 'u');
export const isOfficeThenHolderLine = (line: string): boolean => OFFICE_DASH_HOLDER_LINE.test(line);

/** A team's, a body's or a duty's name: capitalised words first ("Democratic Services", "Minute taker"), no title. */
const LABEL = String.raw`(?!(?:Cllrs?|Councillors?|Cr|Alderman|Mr|Mrs|Ms|Miss|Dr)\b)\p{Lu}[\p{L}&'’-]*(?:\s+(?:\p{Lu}[\p{L}&'’-]*|\p{Ll}+|&)){0,4}`;
/**
 * "Democratic Services – Ms J Pike", "Northgate Homes – Mr Patel", "…, Minute taker: Ms F Lowe": a team, a body or a
 * duty with no office's word, a dash (at the list's start or after a semicolon) or a colon (after a comma too: no name
 * ends in one), and one titled person. The person is listed, the team, body or duty as the role.
 */
const LABEL_MARKED_THEN_HOLDER = new RegExp(
  String.raw`(^|;\s*)(${LABEL})\s+[–—-]\s+(${HOLDER})${ENTRY_END}|(^|[;,]\s*)(${LABEL}):\s+(${HOLDER})${ENTRY_END}`,
  'gu',
);
const holderFirst = (_: string, dashAt?: string, dashLabel?: string, dashHolder?: string, colonAt?: string, colonLabel?: string, colonHolder?: string) =>
  dashAt === undefined ? `${colonAt}${colonHolder} (${colonLabel})` : `${dashAt}${dashHolder} (${dashLabel})`;

/**
 * "…, C. Hindley and the clerk A. Brown", "… and the Clerk – Adrian Hale", "… and the clerk, Derek Kane.": the council's
 * officer named last, after "and the" and the office (a clerk, a secretary, a treasurer, a minute taker, or an assistant
 * to one), titled or not; a sentence or a list closes after it, so its name is the list's next entry.
 */
const AND_THE_OFFICER_THEN_HOLDER = new RegExp(
  String.raw`,?\s+and\s+the\s+((?:(?:[Aa]ssistant|[Dd]eputy)\s+(?:to\s+the\s+)?)?(?:[Cc]lerk|[Ss]ecretary|[Tt]reasurer|[Mm]inute[- ][Tt]aker)(?:\s+to\s+the\s+\p{Lu}\p{Ll}+)?)(?:\s*[,:]|\s+[–—-])?\s+(${HOLDER}|(?:\p{Lu}\.?\s?){1,3}\p{Lu}\p{Ll}[\p{L}'’-]*|\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})${ENTRY_END}`,
  'gu',
);

/**
 * "Councillors D Richardson (Chair), R Healey and P Moran Clerk J Connelly": a parish's clerk named straight after its
 * last councillor, with nothing between but the office (a column's gap on the printed page, lost), or opening an entry
 * ("…, EDC, Clerk J Brampton"). The office stands before the clerk's initials and surname (titled or not): the holder is
 * the entry, the office their role.
 */
const NAME_THEN_CLERK = new RegExp(
  String.raw`(?:(?<=\s\p{Lu}[\p{L}'’-]*\p{Ll})\s+|(^|[;,]\s*))((?:(?:Deputy|Assistant|Parish|Town)\s+)?Clerk(?:\s*[/&]\s*RFO)?|RFO)\s+((?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(?:\p{Lu}\.?\s?){1,3}\p{Lu}\p{Ll}[\p{L}'’-]*)${ENTRY_END}`,
  'gu',
);

/** The list with each such holder put in brackets after the office: "the Deputy Mayor (Councillor Robert Quayle)". */
export function withHoldersAfterOffices(list: string): string {
  const officerLast = list.includes(' the ') ? list.replace(AND_THE_OFFICER_THEN_HOLDER, (_, office: string, holder: string) => `, ${holder} (${office[0].toUpperCase()}${office.slice(1)})`) : list;
  const civic = officerLast.includes('he ') ? officerLast.replace(CIVIC_OFFICE_THEN_HOLDER, '$1 ($2)') : officerLast;
  const marked = civic.includes(':') || /\s[–—-]\s/.test(civic) ? civic.replace(OFFICE_MARKED_THEN_HOLDER, '$1$2 ($3)') : civic;
  // After the offices: a team's, a body's or a duty's name is left only where no office's word was found.
  const bodies = marked.includes(':') || /\s[–—-]\s/.test(marked) ? marked.replace(LABEL_MARKED_THEN_HOLDER, holderFirst) : marked;
  const clerk = bodies.includes('Clerk') || bodies.includes('RFO') ? bodies.replace(NAME_THEN_CLERK, (_, start: string | undefined, office: string, holder: string) => `${start ?? ', '}${holder} (${office})`) : bodies;
  const titled = clerk.replace(LEADING_OFFICE_THEN_HOLDER, '$1$2 ($3)');
  return titled.includes(';') ? titled.replace(LEADING_OFFICE_THEN_UNTITLED_HOLDER, '$1$2 ($3)') : titled;
}
