// People a list prints with nothing between them (a table's cells copied as one line, brackets run on into the next
// name), parted where the next person starts.
import { withTypedShorthandSpaced } from './typed-list-shorthand';
import { OFFICE_WORDS } from './person-words';

/**
 * "Councillor Vance (Chair) Appiah (Opposition Spokesperson) and Bello (Group Spokesperson)": a committee's members each
 * with a bracketed office and no comma between them (as Brighton-style printed minutes list them); a surname straight
 * after a closing bracket, before its own bracket, is the next person.
 */
export const NEXT_AFTER_BRACKET = /\)\s+(?=\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?\s+\()/gu;

/** "(AJ) Sian Price,": a name's initials key, then a forename and surname ending their entry, the comma before them lost. */
const NAME_AFTER_INITIALS_KEY = /(\(\p{Lu}{2,4}\))\s+(\p{Lu}\p{Ll}[\p{L}'’-]*\s+\p{Lu}[\p{L}'’-]*\p{Ll}[\p{L}'’-]*)(?=\s*(?:,|$|\s(?:and|&)\s))/gu;

/**
 * "A Jenkins (AJ) Sian Price, the clerk": the next person after a name's initials key where a list's line ended with no
 * comma; "Tina Reeves (TR) Practice Manager" is an office there, kept.
 */
export function withNameAfterInitialsApart(list: string): string {
  if (!list.includes(') ')) return list;
  return list.replace(NAME_AFTER_INITIALS_KEY, (found: string, key: string, name: string) => (OFFICE_WORDS.test(name) ? found : `${key}, ${name}`));
}

/**
 * "Cllrs Haidy Blake (Chairman) Gary O’Leary, Magda Atkins …": a chair's or an officer's office in brackets ends that
 * person, and a forename and surname straight after it, the list going on after them (a comma or "and"), are the next
 * person, the comma between them never typed.
 */
export const NAME_AFTER_OFFICE_BRACKET =
  /(\((?:(?:Vice[- ]|Deputy\s+)?Chair(?:man|woman|person)?|(?:Deputy\s+)?Mayor|Clerk|Treasurer|Secretary)\))\s+(?=\p{Lu}\p{Ll}[\p{L}'’-]*\s+\p{Lu}[\p{L}'’-]*\p{Ll}[\p{L}'’-]*\s*(?:,|\s(?:and|&)\s))/gu;

/**
 * "Councillor R BurgessCouncillor P Byrne", "Chief ExecutiveMrs D Carville": a table's cells copied with nothing between
 * them, the next person's title straight after the last word of the cell before.
 */
const GLUED_TITLE = /(?<=\p{Ll})(?=(?:Councillor|Cllr|Alderman|Mrs|Mr|Ms|Miss|Dr)\.?\s+\p{Lu})/gu;
const HAS_GLUED_TITLE = /\p{Ll}(?:Councillor|Cllr|Alderman|Mrs|Mr|Ms|Miss|Dr)\.?\s+\p{Lu}/u;
/** "CllrGary Harding": a councillor's title typed with no space before the forename. */
const TITLE_GLUED_TO_NAME = /\b(Cllr|Councillor)(?=\p{Lu}\p{Ll})/gu;
/**
 * "David GrantChairPenny Coburn": a table's row of name and office copied with nothing between its cells, the next
 * row's name straight after; the office is bracketed as the name's role and the next name parted from it.
 */
const GLUED_OFFICE = /(?<=\p{Ll})((?:Vice[- ]?)?Chair(?:man|woman|person)?|Clerk|Secretary|Treasurer)(?=\p{Lu}\p{Ll})/gu;
/**
 * "P Moran Clerk J Connelly": a list's last name, then the clerk by office and name with no comma between them (a
 * table's cells copied apart by a space); the office is the next person's. "Town Clerk J Hale" is one office.
 */
const SPACED_CLERK = /(?<=\p{Ll})(?<!\b(?:Town|Parish|City|Deputy|Assistant|Acting|Council|Committee|the))\s+(Clerk|RFO)\s+((?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?\p{Lu}\.?\s+\p{Lu}[\p{L}'’-]*\p{Ll})\b(\s+(?=\p{Lu}))?/gu;
/**
 * "Forde (7.08pm) Gildernew", "… Officer (Ms E Hale) Democratic Services Officer (Mrs S Marr)": a bracket holding the
 * time someone joined, or the titled holder of the office before it, ends that person; a capital after it starts the
 * next, its comma lost.
 */
const BRACKET_ENDING_PERSON = /(\((?:\d{1,2}[.:]\d{2}\s?[ap]\.?m\.?|(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s[^()]{1,40})\))\s+(?=\p{Lu})/gu;

/**
 * "Director Ann Hale, Chair Director Bo Ruiz Director Cy Penn Alternate Director Di Moss": a regional district's
 * directors copied from a table into one line, each one's title starting the next person (three of them at least, so
 * that "Director of Finance" or one director named in passing is left as it is).
 */
const NEXT_DIRECTOR = /(?<=[\p{L}'’.)])(?<!\bAlternate)\s+(?=(?:Alternate\s+)?Director\s+\p{Lu})/gu;
/** "Director Ann Hale, Chair Director Bo Ruiz": the chair's office after the comma is the director's before it, bracketed so. */
const CHAIR_BEFORE_DIRECTOR = /,\s+((?:Vice[- ]|Deputy\s+)?Chair(?:person)?)(?=\s+(?:Alternate\s+)?Director\s)/g;
const DIRECTOR_TITLE = /\bDirector\s+\p{Lu}/gu;
const MIN_RUN_TOGETHER_DIRECTORS = 3;
/** "Director of Finance", "Non-Executive Director", "Medical Director": offices, which a list of a board's directors by name holds none of. */
const DIRECTOR_AS_OFFICE = /\bDirector\s+of\b|\b(?:Executive|Medical|Finance|Acting|Deputy|Managing)\s+Director\b/;

/** A list of directors by name: it opens with one, names three at least, and names no director's office. */
const isListOfDirectors = (list: string) =>
  /^(?:Alternate\s+)?Director\s+\p{Lu}/u.test(list) && (list.match(DIRECTOR_TITLE)?.length ?? 0) >= MIN_RUN_TOGETHER_DIRECTORS && !DIRECTOR_AS_OFFICE.test(list);

/**
 * "Reeve Mike Gawaziuk Deputy Reeve Shawn Buchanan Councillor Donna Duggan Councillor John Graves Chief Administrative
 * Officer Wendy Turko": a prairie municipality's council copied from a table into one line, no comma anywhere, each one's
 * office starting the next person, the head of council first (and three councillors at least, so that one named in
 * passing is left as it is; a list of councillors alone, glued or spaced, is another layout's).
 */
const NEXT_COUNCIL_OFFICE = /(?<=\p{Ll})(?<!\bDeputy)\s+(?=(?:(?:Deputy\s+)?(?:Reeve|Mayor)|Councill?or|Chief\s+Administrative\s+Officer)\s+\p{Lu})/gu;
const COUNCILLOR_TITLE = /\bCouncill?or\s+\p{Lu}/gu;
const isRunOfCouncilOffices = (list: string) =>
  !list.includes(',') && /^(?:Reeve|Mayor)\s+\p{Lu}/u.test(list) && (list.match(COUNCILLOR_TITLE)?.length ?? 0) >= MIN_RUN_TOGETHER_DIRECTORS;

/**
 * "Cr Ellen White Mallee Ward Cr David Vis Mallee Ward Cr David Pollard Lower Avoca Ward": an Australian shire's
 * councillors copied from a table of name and ward into one line, no comma anywhere, each "Cr" starting the next one
 * (two at least); "Cr Carolyn Stewart Mount Jeffcott Ward" alone under "CHAIRPERSON:". The ward after a forename and a
 * surname is the councillor's, bracketed as an office is.
 */
const NEXT_CR = /(?<=\p{Ll})\s+(?=Cr\.?\s+\p{Lu})/gu;
const CR_TITLE = /(?:^|\s)Cr\.?\s+\p{Lu}/gu;
const WARD_AFTER_NAME = /^(Cr\.?\s+\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+)\s+((?:\p{Lu}[\p{L}'’-]+\s+){1,3}Ward)$/u;
const withWardsBracketed = (list: string) =>
  list.startsWith('Cr') && !list.includes(',') && list.endsWith(' Ward')
    ? (list.match(CR_TITLE)!.length >= 2 ? list.split(NEXT_CR) : [list]).map((person) => person.replace(WARD_AFTER_NAME, '$1 ($2)')).join(', ')
    : list;

/**
 * "Hon. Ana M. Reyes - Vice Mayor, Presiding Officer Hon. Ben T. Cruz - SB Member Hon. Cora Lim, Jr. - SB Member": a
 * Sangguniang Bayan's members copied from a table of name and office into one line, each "Hon." starting the next
 * member (three at least) and a dash between name and office. Each member is set as "Hon. Name (Office)", parted by
 * semicolons, so that the office's own comma ("Vice Mayor, Presiding Officer") and a name's ", Jr." part no one.
 */
const NEXT_HONOURABLE = /(?<=\p{L}{2}\)?)\s+(?=Hon\.\s+\p{Lu})/gu;
const HONOURABLE_TITLE = /(?:^|\s)Hon\.\s+\p{Lu}/gu;
const HONOURABLE_WITH_OFFICE = /^(Hon\.\s+[^–—-]+?)\s+[–—-]\s+(\S.*)$/u;
const withHonourablesApart = (list: string) => {
  if (!list.startsWith('Hon.') || (list.match(HONOURABLE_TITLE)?.length ?? 0) < MIN_RUN_TOGETHER_DIRECTORS) return list;
  const parts = list.split(NEXT_HONOURABLE);
  const members = parts.map((member) => (member.lastIndexOf('Hon.') === 0 ? HONOURABLE_WITH_OFFICE.exec(member.trim()) : null));
  return parts.length >= MIN_RUN_TOGETHER_DIRECTORS && members.every((member) => member !== null) ? members.map((member) => `${member![1].replace(/,\s+(Jr|Sr)\.?$/, ' $1.')} (${member![2]})`).join('; ') : list;
};

/**
 * "Hon. Ana M. Reyes Municipal Councilor", "Hon. Rio S. Tan Liga ng mga Barangay President": a Sangguniang Bayan's
 * members printed from a table of name and office, the office a word's space after the name (its middle initial,
 * then the surname); the office is bracketed, as a role is.
 */
const HONOURABLE_THEN_OFFICE =
  /(^|[;,]\s*)(Hon\.\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,3}\p{Lu}\.\s+\p{Lu}[\p{L}'’-]+)\s+((?:(?:Municipal|City|Provincial)\s+)?(?:Vice[- ]Mayor(?:,\s*Presiding(?:\s+Officer)?)?|Councilor|Board\s+Member)|S[BP]\s+Member|(?:Liga\s+ng\s+mga\s+Barangay|ABC|SK(?:\s+Federation)?|IP\s+Mandatory)\s+(?:President|Representative))(?=\s*(?:[;,]|$))/gu;

/**
 * "Mr Barker (Ch) Mr Cowling Mr I Backhouse Mr Hirst (VCh) Mr Reed": a drainage board's members typed one after
 * another with no comma anywhere, each title starting the next person (three at least; a title after a title, "Cllr
 * Mrs Prior", is one person's).
 */
const PERSONAL_TITLE = String.raw`(?:Mr|Mrs|Ms|Miss|Dr|Cllr)\.?`;
const PLACE_OF_TITLE = String.raw`(?:County|District|Borough|Parish|Town)`;
const NEXT_TITLED = new RegExp(String.raw`(?<=[\p{L}'’.)])(?<!\b${PERSONAL_TITLE})(?<!\b${PLACE_OF_TITLE})\s+(?=(?:${PLACE_OF_TITLE}\s+)?${PERSONAL_TITLE}\s+\p{Lu})`, 'gu');
const TITLED_START = new RegExp(String.raw`(?:^|\s)${PERSONAL_TITLE}\s+\p{Lu}`, 'gu');
const isRunOfTitledPeople = (list: string) =>
  !list.includes(',') && new RegExp(String.raw`^${PERSONAL_TITLE}\s`, 'u').test(list) && (list.match(TITLED_START)?.length ?? 0) >= MIN_RUN_TOGETHER_DIRECTORS && !/\s(?:and|&)\s/.test(list);

/** The list with each person run on into the one before parted from them; the same text when none is. */
export function withRunTogetherPeopleApart(typed: string): string {
  const spaced = withTypedShorthandSpaced(typed.includes('Cllr') || typed.includes('Councillor') ? typed.replace(TITLE_GLUED_TO_NAME, '$1 ') : typed);
  const listed = withHonourablesApart(withWardsBracketed(spaced.startsWith('Hon.') ? spaced.replace(HONOURABLE_THEN_OFFICE, '$1$2 ($3)') : spaced));
  const offices = isRunOfCouncilOffices(listed) ? listed.replace(NEXT_COUNCIL_OFFICE, ', ') : listed;
  const list = isRunOfTitledPeople(offices) ? offices.replace(NEXT_TITLED, ', ') : offices;
  const directorsApart = isListOfDirectors(list) ? list.replace(CHAIR_BEFORE_DIRECTOR, ' ($1)').replace(NEXT_DIRECTOR, ', ') : list;
  const titlesApart = HAS_GLUED_TITLE.test(directorsApart) ? directorsApart.replace(GLUED_TITLE, ' ') : directorsApart;
  const officesApart = /\p{Ll}(?:Vice|Chair|Clerk|Secretary|Treasurer)/u.test(titlesApart) ? titlesApart.replace(GLUED_OFFICE, ' ($1), ') : titlesApart;
  const unglued = /\p{Ll} (?:Clerk|RFO) /u.test(officesApart) ? officesApart.replace(SPACED_CLERK, (_, office: string, holder: string, more?: string) => `, ${holder} (${office})${more ? ', ' : ''}`) : officesApart;
  return unglued.includes(') ') ? withHeldOfficesApart(unglued.replace(BRACKET_ENDING_PERSON, '$1, ')) : unglued;
}

/** "Chief Fire Officer (Mark Dunmore)": an office, then its holder's untitled name in brackets. */
const OFFICE_THEN_UNTITLED_HOLDER = /\s*([^(),]+?)\s*\((\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’.-]*){1,2})\)/uy;

/**
 * "Chief Fire Officer (Mark Dunmore) Deputy Chief Fire Officer (Alison Crewe) Head of Finance (Peter Gow)": offices run on
 * with nothing between them, each with its holder's untitled name in brackets; the next office starts after each bracket
 * (read as it stands, every office but the last went into the last person's role). Only where every part is so.
 */
function withHeldOfficesApart(list: string): string {
  if (!OFFICE_WORDS.test(list)) return list;
  const pairs: string[] = [];
  let end = 0;
  OFFICE_THEN_UNTITLED_HOLDER.lastIndex = 0;
  for (let pair = OFFICE_THEN_UNTITLED_HOLDER.exec(list); pair !== null; pair = OFFICE_THEN_UNTITLED_HOLDER.exec(list)) {
    if (!OFFICE_WORDS.test(pair[1]) || OFFICE_WORDS.test(pair[2])) return list;
    pairs.push(pair[0].trim());
    end = OFFICE_THEN_UNTITLED_HOLDER.lastIndex;
  }
  const rest = list.slice(end).trim();
  return pairs.length >= 2 && (rest === '' || rest === '.') ? pairs.join(', ') + rest : list;
}

/** "Councillor Hale (Chair)Ann Marsh": the line break after a bracket lost in a copy, the next name glued to it. */
export const BRACKET_GLUED_TO_NAME = /\)(?=\p{Lu}\p{Ll}+\s+\p{Lu})/gu;
