// Lists of people written as prose groups, as community councils and small boards write them: the members counted and
// then named in brackets ("6 community councillors (Alasdair Munro (Chair), Fiona McAllister, …)") or named after their
// group's name ("Community Councillors Iona Reid (Chair), …"), and the others grouped by the body they came from
// ("Police Scotland: PC Iain Gilfillan; Argyll and Lomond Council: Cllr Rhona Strachan"). Rewritten as a plain list,
// each person reads as in any other: the count and the group are no one, the body their role.
import { PERSON_TITLE } from './person-words';
import { PERSON_START } from './listed-person';
import { isBlank } from '../patterns';

/** "6 community councillors (", "Five members (": a count of members, their names in the brackets after it. */
const COUNTED_MEMBERS =
  /(?<=^|[,;:]\s*)(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:[\p{L}-]+\s+){0,2}?(?:councillors|members|trustees|directors|governors|commissioners)\s*\(/giu;

/** "Police Scotland: ", "Argyll and Lomond Council: ": a body's name (capitalised words, "and", "of", "the" between) and a colon. */
const BODY_LABEL = /^(\p{Lu}[\p{L}'’&.-]*(?:\s+(?:(?:and|of|the|for|&)\s+)*\p{Lu}[\p{L}'’&.-]*){0,5}):\s+/u;

/**
 * "Community Councillors Iona Reid (Chair), Hamish Gunn …", "Elected Members: …": what the people listed are, printed
 * before the list as a group's name; no title of theirs ("Councillors A and B" is one, and stays).
 */
const GROUP_BEFORE_LIST = /(?<=^|;\s*)(?:Community Councillors|(?:Elected|Co-opted|Voting|Non-voting) Members)\s*:?\s+(?=\p{Lu})/gu;

/** The index of the bracket closing the one open before `start`, or -1. */
function closingBracket(text: string, start: number): number {
  let depth = 1;
  for (let index = start; index < text.length; index += 1) {
    if (text[index] === '(') depth += 1;
    else if (text[index] === ')' && (depth -= 1) === 0) return index;
  }
  return -1;
}

/** The list with each count of members replaced by the names its brackets hold. */
function withCountsNamed(list: string): string {
  let result = '';
  let from = 0;
  COUNTED_MEMBERS.lastIndex = 0;
  for (let match = COUNTED_MEMBERS.exec(list); match !== null; match = COUNTED_MEMBERS.exec(list)) {
    const open = match.index + match[0].length;
    const close = closingBracket(list, open);
    const names = close === -1 ? '' : list.slice(open, close);
    // "(two vacancies)": a bracket naming no one keeps the count as it was printed.
    if (!names.includes(',')) continue;
    result += `${list.slice(from, match.index)}${names}`;
    from = close + 1;
    COUNTED_MEMBERS.lastIndex = from;
  }
  return result + list.slice(from);
}

/** "Police Scotland: PC Iain Gilfillan" → "PC Iain Gilfillan (Police Scotland)"; a group of several loses its body's name. */
function withBodiesAsRoles(part: string): string {
  const label = BODY_LABEL.exec(part.trimStart());
  const people = label ? part.trimStart().slice(label[0].length) : '';
  if (!label || !PERSON_TITLE.test(people)) return part;
  return /,|\band\b|\(/.test(people) ? people : `${people.trimEnd()} (${label[1]})`;
}

/**
 * "…, and student representatives Mia Kent (North), and Leo Park (South)": a group in lower case named inside a list
 * before the people in it (a school board's students, a council's youth members); no one's name nor title.
 */
const LOWER_CASE_GROUP = /(?<=(?:^|[,;]\s*)(?:and\s+)?)(?:\p{Ll}+\s+)?(?:representatives|members|students|delegates|observers)\s+(?=\p{Lu}\p{Ll}+\s+\p{Lu})/gu;

/** The list as a plain one: counts of members replaced by their names, groups' names dropped, bodies before their people made their roles. */
export function withGroupsAsList(list: string): string {
  const counted = list.includes('(') ? withCountsNamed(list) : list;
  const grouped = counted.includes('s ') ? counted.replace(LOWER_CASE_GROUP, '') : counted;
  const named = grouped.includes(' Members') || grouped.includes('Councillors ') ? grouped.replace(GROUP_BEFORE_LIST, '') : grouped;
  return named.includes(':') && named.includes(';') ? named.split(';').map(withBodiesAsRoles).join(';') : named;
}

/**
 * "Durham County Councillors:", "Independent Standards Members:", "Co-opted Persons:", "NON VOTING MEMBERS:": a group of members named alone on
 * its line, a few capitalised words ending in a word for members and a colon, as a combined authority prints its present
 * members under "Present:" by the council each sits for (the line may come marked as a heading, its colon gone).
 */
const GROUP_NAME =
  /^(?:#{1,6}\s+)?\p{Lu}[\p{L}'’&. -]{0,60}\b(?:Councillors|Members|Persons|Representatives|Aldermen|Trustees|Governors|Directors|COUNCILLORS|MEMBERS|PERSONS|REPRESENTATIVES|ALDERMEN|TRUSTEES|GOVERNORS|DIRECTORS)(?::|(?<=^#.*))$/u;
/** A group's name has no more words than this; a line with more is a sentence introducing what follows. */
const MAX_GROUP_WORDS = 8;

/** Whether a line (`lines[index]`) names a group of the members listed on the next line that is not blank. */
export function namesGroupOfPeople(lines: string[], index: number): boolean {
  const line = lines[index].trim();
  if (!GROUP_NAME.test(line) || line.split(' ').length > MAX_GROUP_WORDS) return false;
  let next = index + 1;
  while (next < lines.length && next <= index + 2 && isBlank(lines[next])) next += 1;
  return next < lines.length && PERSON_START.test(lines[next].trim());
}
