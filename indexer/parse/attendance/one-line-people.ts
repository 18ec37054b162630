// A block of people listed one a line as "Name, Office, Organisation": each line is one person, and the commas after
// the name part the office from whom it is held, not people from each other.
import { OFFICE_WORDS } from './person-words';
import { POST_NOMINALS } from '../speakers/speaker-titles';
import { namesBody } from '../header/body-names';
import { keyedPerson } from './initials-keys';
import { NAME_THEN_OFFICE, type ListEntry } from './list-entry';

/** "Five members of the public", "3 residents": a count of those who came, no person. */
export const PUBLIC_LINE = /^(?:\d{1,4}|[A-Za-z]+(?:[\s-][a-z]+)?)\s+(?:members?\s+of\s+the\s+(?:public|press)|residents|parishioners|electors|shareholders|observers|visitors)\b/i;

/** "Highland Council", "Police Scotland": a body or a police force, which no one is named. */
const namesOrganisation = (text: string) => namesBody(text) || /\bPolice\b/.test(text);

/**
 * "Autodesk", "Pixar Animation Studios", "Brightline Labs Inc", "NVIDIA/Rez": a company or project a member comes from, a
 * word alone or a company's word (a housing association's board: "Acme Housing Association", "Kirkton Estates", "Tenant
 * Representative"); where most lines of a block end in one, the block lists each person's affiliation
 * ("Doug Walker, Autodesk" over "Sergio Rojas, Different Dimensions"), not two people a line.
 */
const namesAffiliation = (text: string) =>
  /^\p{Lu}[\p{L}&.'’-]*$|[/&]|\b(?:Inc|LLC|LLP|[Pp]lc|Ltd|Limited|Foundation|Consortium|Studios?|University|Corporation|Company|Labs?|Institute|Agency|Association|Trust|Housing|Homes|Estates?|Society|Partnership|Group|Network|Services?|Federation|Forum|Alliance|College|School|Academy|Church|Charity|CIC|Centre|Club|Union|Hospital|Practice|Surgery|NHS|Representative|Member|Observer)\b/u.test(text);

/** Letters after a name ("OBE", "JP"): honours, no company. */
const POST_NOMINAL = new RegExp(String.raw`^(?:${POST_NOMINALS})$`);

/** "Gordon Reid, Chief Financial Officer, Police Service": the name, then everything after its comma. */
const NAME_AND_REST = /^([^,]+),\s+(.+)$/;

/**
 * The texts of a block's entries to read as lists of people. When the block lists two or more people, each on a line
 * of its own as a name, a comma and an office (a police or health board's "In attendance"), each is one person with
 * all after the name as the office: "Karen Auld, Director of Finance, Authority" is not Karen Auld and an "Authority".
 * Among such lines, one naming an organisation alone ("Sergeant Kirsty Dow, Police Scotland") is one person too.
 */
export function entryTexts(entries: ListEntry[]): string[] {
  const texts = entries.map((entry) => entry.text);
  // "Five members of the public" among them names no one, and is no line of a person either.
  const people = texts.filter((text) => !PUBLIC_LINE.test(text));
  if (people.length < 2 || !entries.every((entry) => entry.lineCount === 1)) return texts;
  // "Richard Chapman RCp Chief Finance Officer" one a line: the office is all after the initials, "and" and dashes too.
  const keyed = people.map(keyedPerson);
  if (keyed.every((person) => person !== null)) return texts.map((text) => (PUBLIC_LINE.test(text) ? text : `${keyed[people.indexOf(text)]!.name} (${keyed[people.indexOf(text)]!.office})`));
  if (!people.every((text) => NAME_THEN_OFFICE.test(text))) return texts;
  const holdsOffice = texts.map((text) => OFFICE_WORDS.test(text.slice(text.indexOf(','))));
  // "Cllr Morven Ross, Highland Council" over "PC Gregor Aitken, Police Scotland": organisations alone, no office, but
  // no second person either.
  const afterComma = people.map((text) => text.slice(text.indexOf(',') + 1).trim());
  if (!holdsOffice.includes(true) && !afterComma.every(namesOrganisation) && afterComma.filter(namesAffiliation).length * 2 < afterComma.length) return texts;
  // "Rami Akkad, SAP" over "Stu Hood, Twitter": among companies named in words, letters alone name one too, no honours.
  const isCompanyAcronym = (office: string) => !holdsOffice.includes(true) && /^\p{Lu}{2,6}$/u.test(office) && !POST_NOMINAL.test(office) && afterComma.some((part) => /\p{Ll}/u.test(part));
  return texts.map((text, index) => {
    if (PUBLIC_LINE.test(text)) return text;
    const [, name, office] = NAME_AND_REST.exec(text)!;
    // Post-nominal letters ("Hon. Abdi Noor, MCA") are part of the name, no organisation.
    // "E Kendrick, Events and Facilities Manager": an "and" before an office's last words joins the office's fields, no second person.
    const joinsFields = holdsOffice[index] && / (?:and|&) /.test(office) && OFFICE_WORDS.test(office.split(/ (?:and|&) /).pop()!);
    return office.includes(',') || joinsFields || (!holdsOffice[index] && /\p{Ll}/u.test(office)) || isCompanyAcronym(office) ? `${name} (${office})` : text;
  });
}
