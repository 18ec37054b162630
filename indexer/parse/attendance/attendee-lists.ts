// Lists of people as minutes print them ("Cllrs Morgan (Mayor), Ellis and Quinn", "Mrs C Green, Clerk") → attendees with a name and a role.
import { withoutCallSigns } from './call-signs';
import { withCapitalsCased } from './capital-names';
import { withSharedTitles } from './shared-titles';
import { namesWithBodies } from './names-with-bodies';
import type { Attendee, AttendanceKind } from '../../../core/types';
import { CHIEF_OFFICE, COUNCILLOR_ALONE, isChiefOfficeOnly, isTitledAfterAnd, OFFICE_BEFORE_NAME, OFFICE_HELD_BY, OFFICE_OF_FEW_WORDS, namesOfficeHolder, OFFICE_WITH_TITLED_HOLDER } from './offices';
import { EMPLOYER, isAttendanceNote, isAttendingBody, normaliseRole, REPRESENTED_PLACE, ROLE_NAMES, sentApologies, withoutItemsAttended } from './role-names';
import { withHoldersAfterOffices } from './offices-before-holders';
import { withHyphenedOfficesBracketed } from './hyphened-offices';
import { withDashedOfficeRunsApart } from './dashed-office-runs';
import { isNamedAfterOffice } from './named-after-office';
import { collapseWhiteSpace, spaceCount } from '../patterns';
import { PARTICLES, POST_NOMINALS } from '../speakers/speaker-titles';
import { isBareOffice, withOfficesOnNext } from './offices-on-next';
import { bracketsForename, isKnownAs, KNOWN_AS, MIN_FORENAME_BRACKETS } from './forename-brackets';
import { INITIALLED_NAME, listParts, withinListReach } from './list-parts';
import { isOneDashedEntry } from './dashed-entry';
import { surnameFirstSemicolonEntries } from './semicolon-surnames';
import { isSeatOffice } from './seat-offices';
import { answeredRollEntries } from './answered-roll';
import { withoutClosingPublicCount } from './public-count';
import { withGroupsAsList } from './grouped-lists';
import { withoutRollCallAnswer } from './roll-call';
import { isInitialsOf } from './initials-keys';
import { BRACKET_GLUED_TO_NAME, NAME_AFTER_OFFICE_BRACKET, NEXT_AFTER_BRACKET, withNameAfterInitialsApart, withRunTogetherPeopleApart } from './run-together-people';
import { withoutContactDetails } from './header-label-lines';
import { HONOURS, LEADING_AND, OFFICE_WORDS, PERSON_TITLE, UNTITLED_NAME } from './person-words';
import { NAME_COMMA_OFFICE, nameCommaOfficeEntries, officeCommaHolderEntries, titledNameOfficeEntries } from './semicolon-offices';
import { isPrintedBefore, officeJoiner, withOfficeGoingOn, type OpenOffice } from './office-lists';
import { officeCommaNamePairs, officesWithHolders } from './offices-with-holders';
import { officesOnlyEntries } from './unlabelled-staff';
import { handleAttendee } from './handles';
import { substituteInClause, substituteOf } from './substitutes';
import { alsoLabelledParts } from './also-labels';

/** Entries that name no one: the public (not a "Public Works Director"), the press, "none", "two others" (an old parish meeting's count of the rest), a kind of member without a name. */
const NOT_A_PERSON =
  /\b(?:members? of (?:the )?public|press|public(?!\s+(?:works|health|safety|services|utilities|relations|information|affairs|defender|library|schools?)\b)|residents?|shareholders?|none|nil|no apologies|observers?|visitors?)\b|#\d|^(?:(?:Mr|Cllr|Councillor|Cr|Alderman)\s+)?(?:(?:(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|several|many|some)\s+)?others|another)$|^(?:Non-)?(?:Executive|Independent|Elected|Co-opted|Voting|Non-voting|Magistrate|Lay|Appointed|Associate)?\s*(?:Members|Officers|Directors|Councillors|Cllrs|Governors|Trustees|Representatives)$/i;

/**
 * "Cyng. / Cllr Menna Hughes", "Cllr / Cyng. Menna Hughes", "Comhairleoir / Councillor …", "Cyng. Sir / County Cllr …"
 * (a county councillor), "Y Cyngh./Cllr. Menna Hughes" (the Welsh title's longer short form, with its article): the
 * title printed in Welsh (or Irish) and in English; the English one is kept, as the rest of the list and the minutes'
 * English text name people. "Y Cynghorydd J. Byast" (Welsh alone): the article ("the councillor") goes, the title stays.
 */
const BILINGUAL_TITLE = /^(?:Y\s(?=Cynghorydd\s)|(?:(?:Y\s+)?Cyngh?|Comhairleoir)\.?(?:\s+Sir)?\s*\/\s*(?=(?:County\s+)?(?:Cllr|Councillor)\b)|(?<english>(?:County\s+)?(?:Cllr|Councillor)\.?)\s*\/\s*(?:Cyng|Comhairleoir)\.?(?:\s+Sir)?(?=\s))/;

/** "The District Mayor N C Hale", "the Director Assets – Mrs V Araba": an office's article before its holder (initials, a title, a dash; no style's: "The Revd …"); an office, a dash, a titled holder after the last. */
const [HOLDER_AFTER_OFFICE, OFFICE_ARTICLE, OFFICE_DASHES_HOLDER] = [/\s(?:\p{Lu}\.?\s|(?:Mr|Mrs|Ms|Miss|Dr)\.?\s)|\s[–—-]\s/u, /^the\s+(?!(?:Rt|Right|Revd?|Very|Venerable|Most|Hon|Honourable)\b)(?=\p{Lu}\p{Ll})/iu, /^([^()]+)\s+[–—-]\s+((?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+[^–—()-]+)$/];

/** "Cllr A Smith (Chairman)", "Councillor J Smith - Chairman", "Mrs C Green, Clerk", "Cllr B Jones in the Chair". */
function attendeeOf(entry: string, attendance: AttendanceKind, forenamesBracketed = false): Attendee | null {
  // "Mrs P Hale (PH) and, from item 2, Mr T Foy": the "and" (Welsh "a", "ac") left at the end of an entry a clause or a line cut off.
  // "Cllr Darren Price •": the bullet of the next list in a bulleted header run onto one line ends no name.
  let text = withoutItemsAttended(collapseWhiteSpace(entry).replace(/^(?:and|&)\s+/i, '').replace(/[.;:,•\s]+$/, '').replace(/\s+(?:and|&|ac?)$/, '').trim());
  if (text.includes('/') || text.startsWith('Y Cynghorydd ')) text = text.replace(BILINGUAL_TITLE, (_, english: string | undefined) => english ?? '');
  if ((text.charCodeAt(0) === 0x74 || text.charCodeAt(0) === 0x54) && OFFICE_WORDS.test(text) && HOLDER_AFTER_OFFICE.test(text)) text = text.replace(OFFICE_ARTICLE, '');
  // "Councillor Wayne Thomas, Chairman, Presided.": the verb saying who took the chair, left an entry of its own by the commas.
  if (text === '' || /^\d/.test(text) || /^(?:presided|presiding)$/i.test(text)) return null;
  let role: string | null = null;
  // "The Mayor (Cllr Joan Ashby) in the chair": told first, so the brackets before it are read as brackets.
  const inTheChair = /\s+(?:in the chair|presiding)$/i.exec(text);
  if (inTheChair) text = text.slice(0, inTheChair.index).trim();
  // "Claire Hale (CH) Chairman", "Tina Reeves (TR) Practice Manager", "P March (PM) vice-chair": the office after the initials is read as after a dash, or in brackets of its own ("Ann Reid (AR) (Forum Secretary)").
  const initials = /\s*\((\p{Lu}{2,4})(?:\)(?=\s*(?:[–—-]\s|$))|(,)\s+(?=[^()]+\)\s*$)|\)\s+(?=\p{Lu}|(?:vice[- ]?|deputy )?chair|clerk)|(\))\s*(?=\([^()]+\)$))/u.exec(text);
  if (initials && isInitialsOf(initials[1], text.slice(0, initials.index))) {
    const joint = initials[2] ? ' (' : initials[3] ? ' ' : initials[0].endsWith(' ') ? ' - ' : '';
    text = text.slice(0, initials.index) + joint + text.slice(initials.index + initials[0].length);
  }
  // "Jo Kerr (Non-Executive Member – Audit)": a dash inside the brackets of an office parts no name from it.
  const dashed = /^((?:[^()]|\([^()]*\))*?)\s+[–—-]\s+(.+)$/.exec(text);
  const lastBracket = /\s*\(((?:[^()]|\([^()]*\))*)\)\s*$/.exec(text);
  const bracketed = lastBracket && !(forenamesBracketed && isKnownAs(lastBracket[1], text.slice(0, lastBracket.index))) ? lastBracket : null;
  // "Alan Gibb, Chief Officer – Governance (Clerk)": the office after the name's comma holds the dash (not "…, MCA – Chair": letters after a name).
  const officeAfterComma = dashed !== null && /,[^,]*\p{Ll}/u.test(dashed[1]) ? NAME_COMMA_OFFICE.exec(text) : null;
  const officeDashes = dashed && /\s[–—-]\s/.test(dashed[2]) ? OFFICE_DASHES_HOLDER.exec(text) : null;
  if (officeDashes && OFFICE_WORDS.test(officeDashes[1]) && !PERSON_TITLE.test(officeDashes[1])) [text, role] = [officeDashes[2], normaliseRole(officeDashes[1])];
  else if (officeAfterComma && OFFICE_WORDS.test(officeAfterComma[2])) [text, role] = [officeAfterComma[1], normaliseRole(officeAfterComma[2])];
  // "Lauren Tomes – Company Secretary (LT)": the initials key after the office is the name's, no part of the office.
  else if (dashed) [text, role] = [dashed[1].trim(), normaliseRole(dashed[2].replace(/\s*\((\p{Lu}{2,4})\)$/u, (key: string, initials: string) => (isInitialsOf(initials, dashed[1]) ? '' : key)))];
  // "Brad Tupman (Brad)": the name the minutes call him by (their key, as initials are elsewhere), no office.
  // "Mayor J Anderson (OBE)": honours in brackets are the name's letters, no office.
  else if (bracketed && BRACKETED_HONOURS.test(bracketed[1])) text = `${text.slice(0, bracketed.index).trim()} ${bracketed[1]}`;
  else if (bracketed) [text, role] = [text.slice(0, bracketed.index).trim(), text.slice(0, bracketed.index).trim().split(/\s+/).includes(bracketed[1]) && !OFFICE_WORDS.test(bracketed[1]) ? null : normaliseRole(bracketed[1])];
  // "Councillor R Ashdown (Leader of the Council) (Chair)": the name ends before its first bracket.
  const earlier = role && /\s*\(((?:[^()]|\([^()]*\))*)\)\s*$/.exec(text);
  if (earlier) {
    const before = text.slice(0, earlier.index).trim();
    // "The Mayor (Councillor H Lowndes) (in the Chair)": an office, the person holding it in the first brackets.
    const officeHolder = PERSON_TITLE.test(earlier[1]) && !PERSON_TITLE.test(before) && OFFICE_WORDS.test(before);
    // "The Deputy Vice-Chancellor (Research) (Professor F Lark)": an office and its portfolio, the person in the last brackets.
    const holderLast = !officeHolder && PERSON_TITLE.test(role!) && !PERSON_TITLE.test(before) && OFFICE_WORDS.test(before) && !OFFICE_WORDS.test(earlier[1]);
    [text, role] = holderLast ? [role!, normaliseRole(`${before} (${earlier[1]})`)] : [officeHolder ? earlier[1] : before, role];
    // "A. Whitlock (Anne) (Clerk)": the forename the first initial stands for is the name's, not a role.
    const forename = bracketsForename(`${before} (${earlier[1]})`);
    if (forename) text = `${before} (${earlier[1]})`;
    if (!officeHolder && !holderLast && !forename && !ROLE_NAMES.some(({ role: known }) => known === role)) role = normaliseRole(earlier[1]);
  }
  if (role && /\bin the chair\b/i.test(role)) role = 'Chair';
  // "Chief Executive (Ms M Farrant)", "Licensing Manager (Karen Doyle)": the office printed first, the person in brackets.
  // "Chief Fire Officer (Matthew Ackroyd)": "Chief" starts an office there, not a title.
  const personInBrackets =
    role !== null &&
    (PERSON_TITLE.test(role) || ([UNTITLED_NAME, INITIALLED_NAME_ALONE].some((name) => name.test(forenamesBracketed ? role!.replace(KNOWN_AS, '') : role!)) && !OFFICE_WORDS.test(role) && !REPRESENTED_PLACE.test(role) && (!PERSON_TITLE.test(text) || isChiefOfficeOnly(text))));
  // "The Mayor (Councillor S McAleese)": the office read as a role is, like any other, "Chair" for the Mayor.
  if (personInBrackets && (!PERSON_TITLE.test(text) || isChiefOfficeOnly(text)) && OFFICE_WORDS.test(text)) [text, role] = [role!, normaliseRole(text)];
  // "Alderman P Mokoena Speaker", "Councillor T Adams Executive Mayor": a table of members and their offices copied with
  // its cells run together. After a title and initials the surname is one word, so the words after it are the office.
  // A role in brackets after both ("… Executive Mayor (Chairperson)") is the one kept: it says who chaired.
  const officeAfter = OFFICE_AFTER_INITIALLED_NAME.exec(text);
  if (officeAfter && (OFFICE_WORDS.test(officeAfter[2]) || /^(?:Deputy\s+)?Speaker$/.test(officeAfter[2]))) [text, role] = [officeAfter[1], role ?? normaliseRole(officeAfter[2])];
  // "Town Administrator Carol Whitney", "City Manager Dean Pruitt": an office before an untitled name.
  const officeFirst = role === null ? OFFICE_BEFORE_NAME.exec(text) : null;
  if (officeFirst) {
    text = officeFirst[2];
    role = normaliseRole(officeFirst[1]);
  }
  // "Mayor Cr Leonie Hartigan", "Deputy Mayor Cr Sam Petrakis": the office the member holds, before their title.
  const officeBeforeTitle = OFFICE_BEFORE_TITLE.exec(text);
  if (officeBeforeTitle) {
    text = text.slice(officeBeforeTitle[0].length);
    role ??= normaliseRole(officeBeforeTitle[1]);
  }
  if (inTheChair) role = 'Chair';
  // "Cllr Frances Gale (work commitments)": among apologies, a bracket in lower case gives the reason, not an office;
  // "(remote)", "(for minute 12)" say how or when someone attended.
  const absent = role !== null && sentApologies(role);
  if (role !== null && ((attendance !== 'present' && attendance !== 'in attendance' && /^\p{Ll}/u.test(role)) || isAttendanceNote(role))) role = null;
  if (!/^\p{Lu}/u.test(text) || spaceCount(text, 8) >= 8 || !/\p{Ll}/u.test(text) || NOT_A_PERSON.test(text)) return null;
  return { name: text, role, attendance: absent ? 'apologies' : attendance };
}

/** "Assistant Joan Beale": an office, then a holder whose words hold no office's ("Assistant City Attorney" is one office). */
const officeBeforeHolder = (part: string) => ((match) => match !== null && !OFFICE_WORDS.test(match[2]))(OFFICE_BEFORE_NAME.exec(part));
/** Splits a list at commas, semicolons and "and", keeping honours ("Mr P M Hill, OBE") and "Name, Clerk" roles ("R Hewitt, Clerk") with the name. */
function splitList(list: string): string[] {
  const entries: string[] = [];
  // Typed by assertion: assigned only inside the loop, a declared `OpenOffice | null` would be narrowed to null at its start.
  let office = null as OpenOffice | null;
  for (const listPart of listParts(list)) {
    const { text: part, at } = listPart;
    const previous = entries.length - 1;
    const followsAnd = isPrintedBefore(list, ' and ', at);
    const joiner = office === null ? null : officeJoiner(list, office, listPart);
    if (office !== null && joiner !== null) {
      entries[previous] = withOfficeGoingOn(entries[previous], office, joiner, part);
      // A field listed after a comma may have more after it; after "and" the office is whole.
      office = joiner === ', ' ? { ...office, text: `${office.text}, ${part}` } : null;
      continue;
    }
    const isQualifier = HONOURS.test(part) || /^\(/.test(part);
    // "Cllr N Potter and the Clerk": an office after "and the" is someone else, present beside the name before it.
    const isRoleOfPrevious =
      previous >= 0 &&
      !(/^the\s/i.test(part) && followsAnd) &&
      !isTitledAfterAnd(part) && !(followsAnd && OFFICE_BEFORE_NAME.test(part.trim().replace(/\.$/, ''))) &&
      // "Council Member Katzakian, and Mayor Mounce": a titled person after the list's last comma and "and" is the last one listed.
      (!PERSON_TITLE.test(part.replace(LEADING_AND, '')) || CHIEF_OFFICE.test(part) || COUNCILLOR_ALONE.test(part.trim()) || isSeatOffice(part)) &&
      !officeBeforeHolder(part.trim().replace(/\.$/, '')) && !namesOfficeHolder(part.trim().replace(/\.$/, '')) &&
      // "G Fanshawe (Chairman)": an office in brackets after a name is that person's, not the previous one's.
      (OFFICE_WORDS.test(part.replace(/\([^()]*\)/g, '')) || COUNCILLOR_ALONE.test(part.trim())) &&
      // "…, the Clerk (Mrs K. Bell)": an office with its own titled holder in brackets is another person.
      !OFFICE_WITH_TITLED_HOLDER.test(part.trim()) &&
      !isNamedAfterOffice(part, entries[previous]) &&
      !entries[previous].includes('(') &&
      ((PERSON_TITLE.test(entries[previous]) && !isChiefOfficeOnly(entries[previous])) || ((UNTITLED_NAME.test(entries[previous].replace(LEADING_AND, '')) || (INITIALLED_NAME_ALONE.test(entries[previous].replace(LEADING_AND, '')) && OFFICE_OF_FEW_WORDS.test(part.replace(/\s*\([^()]*\)/g, '').trim()))) && !OFFICE_WORDS.test(entries[previous])));
    // "Clerk and Monitoring Officer (Simon Brearley)": two offices one person holds, the person in brackets after both.
    const sharedHolder = previous >= 0 && isBareOffice(entries[previous]) && OFFICE_HELD_BY.test(part) && isPrintedBefore(list, `${entries[previous]} and `, at);
    // "Gloria Sutton, Community Manager, Keystone Property Management": the firm the office is with, no person.
    const employerOfPrevious = previous >= 0 && entries[previous].endsWith(')') && EMPLOYER.test(part.trim());
    // "Director L. Brandvold, Electoral Area A", "Vice Chair M. Okafor, City of Castleford": the area a member sits for; "Sergeant B Gray, Police Scotland": a titled person's body.
    const placeOfPrevious = previous >= 0 && !entries[previous].includes('(') && (REPRESENTED_PLACE.test(part.trim()) || (PERSON_TITLE.test(entries[previous]) && !isChiefOfficeOnly(entries[previous]) && !PERSON_TITLE.test(part.trim()) && isAttendingBody(part.trim())));
    // "Head of Planning and" / "Regulatory Services": an office with an "and" of its own, split at it.
    if (employerOfPrevious) entries[previous] = `${entries[previous].slice(0, -1)}${followsAnd ? ' and' : ','} ${part.trim()})`;
    else if (sharedHolder) entries[previous] += ` and ${part}`;
    else if (previous >= 0 && isQualifier) entries[previous] += `, ${part}`;
    // "Councillor L Jeuda, substitute for Councillor G Boston": the member sat for is absent, named in the office.
    else if (previous >= 0 && (isRoleOfPrevious || placeOfPrevious || SUBSTITUTE_FOR.test(part))) entries[previous] += ` (${part.trim()})`;
    else entries.push(part);
    const listedAlone = entries.length > previous + 1;
    office = previous >= 0 && isRoleOfPrevious && !sharedHolder && !isQualifier ? { text: part, isRole: true } : listedAlone && isBareOffice(part) ? { text: part, isRole: false } : null;
  }
  return withOfficesOnNext(withSharedTitles(entries.map((entry) => entry.replace(/, \(/g, ' (')), list), list);
}

const BRACKETED_HONOURS = new RegExp(String.raw`^(?:${POST_NOMINALS})(?:,?\s+(?:${POST_NOMINALS}))*$`);
const SUBSTITUTE_FOR = /^\s*(?:as\s+)?substitut(?:e|ing)\s+for\s/i;
/** "Deputy Mayor " before "Cr Sam Petrakis" (Australian minutes), "vice chair Cllr G Kemp" (a parish's list): an office before a councillor's title. */
const OFFICE_BEFORE_TITLE = /^((?:(?:Deputy|Lord)\s+)?(?:Mayor|Shire President|President|Provost|Reeve|Warden|Leader)|(?:[Vv]ice[- ]|Deputy )?[Cc]hair(?:man|woman|person)?)\s+(?=(?:Cr|Cllr|Councillor|Alderman)\.?\s)/;
/** "Alderman P Mokoena Speaker": a title, initials and one surname (its particles with it), then an office's words. */
const OFFICE_AFTER_INITIALLED_NAME = new RegExp(String.raw`^((?:Cllr|Councillor|Alderman|Cr|Mr|Mrs|Ms|Miss|Dr)\.?\s+(?:\p{Lu}\.?\s*){1,3}\s(?:(?:${PARTICLES})\s+){0,2}\p{Lu}[\p{L}'’-]*\p{Ll})\s+(\p{Lu}[\p{L}'’&-]*(?:\s+(?:\p{Lu}[\p{L}'’&-]*|of|and|for|the|&)){0,5})$`, 'u');
/** "R Haldane", "S. J. Boyle": a name in initials, as "Director of Education (R Haldane)" gives the office's holder. */
const INITIALLED_NAME_ALONE = new RegExp(`^${INITIALLED_NAME}$`, 'u');

/**
 * "Mr David Fenn, Police, Fire and Crime Commissioner": one titled person, then an office that has commas of its own;
 * no other person is named after the first comma.
 */
const TITLED_NAME_COMMA = new RegExp(String.raw`^((?:${PERSON_TITLE.source.slice(1)})\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}),\s+(\p{Lu}[^();]*)$`, 'u');

/**
 * "Mr. T Reilly, Manager. Mr. J Hart", "Mr A Lee, Chief Executive Officer Ms B Hart, Director of Works": a titled name
 * after the office's last word starts the next person (a list copied from a column of lines, its line breaks lost).
 */
const TITLED_AFTER_OFFICE = /\p{L}{2}\.?\s+(?:Cllr|Councillor|Cr|Mr|Mrs|Ms|Miss|Dr)\.?\s+\p{Lu}/u;
/** Where such a next person starts: the space before their title ("Cty Cllr", "District Councillor" whole), never inside one ("Cllr Mrs A Bright"). */
const BEFORE_TITLED_AFTER_OFFICE =
  /(?<=\p{L}{2}\.?)(?<!\b(?:Cllr|Councillor|Cty|County|District|Borough|Parish|Town|City|Deputy|Mr|Mrs|Ms|Miss|Dr)\.?)\s+(?=(?:(?:Cty|County|District|Borough|Parish|Town|City)\s+)?(?:Cllr|Councillor|Cr|Mr|Mrs|Ms|Miss|Dr)\.?\s+\p{Lu})/u;
/**
 * The comma-parted pieces of the office a TITLED_NAME_COMMA match reads after the name, or null when one of them names a
 * person: a titled person ("Chief Executive" is an office) or an untitled name.
 */
function officeParts(match: RegExpExecArray): string[] | null {
  const parts = match[2].split(',').map((part) => part.trim());
  const isPerson = (part: string) => (PERSON_TITLE.test(part) && !CHIEF_OFFICE.test(part)) || (UNTITLED_NAME.test(part) && !OFFICE_WORDS.test(part) && !isAttendingBody(part));
  return parts.some(isPerson) ? null : parts;
}

/** The one person a TITLED_NAME_COMMA match names with their office, or null when the office's words may hold others. */
function titledPersonAndOffice(match: RegExpExecArray): string | null {
  // "Mrs C Nettleton, Police and Crime Commissioner": an office's own "and" splits nothing; "… Member Cllr Mrs A Bright":
  // another titled person.
  if (!(match[2].includes(',') || match[2].includes(' and ')) || TITLED_AFTER_OFFICE.test(match[2]) || isChiefOfficeOnly(match[1])) return null;
  const parts = officeParts(match);
  // "Mr J Muir, Local Senior Officer, Scottish Fire and Rescue Service": an office, then the body it is with (its "and" parts no one).
  const withBody = parts !== null && parts.length >= 2 && OFFICE_WORDS.test(parts[parts.length - 2]) && isAttendingBody(parts[parts.length - 1]);
  if (parts === null || !(OFFICE_WORDS.test(parts[parts.length - 1]) || withBody)) return null;
  return `${match[1]} (${match[2].trim()})`;
}

/** "…, forming a quorum under the chairmanship of the Mayor": what the people listed made, after the last of them. */
const QUORUM_CLAUSE = /[,;]?\s*(?:(?:all|together)\s+)?(?:forming|constituting|being|making up)\s+(?:a|the)\s+quorum\b.*$/i;

/** "… Cllr A Hunter. Apologies accepted.": the clerk's note of what the meeting did with the apologies, after the last name. */
const APOLOGIES_ACCEPTED = /\.\s+(?:The\s+|These\s+|All\s+)?apologies\s+(?:were\s+)?(?:accepted|noted|approved|received)(?:\s+by\s+the\s+\w+)?\.?$/i;

/** "Mr and Mrs Tebbutt", "Mr and Mrs C. Hoare": a couple under one surname, two people. */
const COUPLE = /\b(Mr|Mrs|Ms|Dr) (?:and|&) (Mr|Mrs|Ms|Dr)\.? ((?:\p{Lu}\.\s?)*\p{Lu}[\p{L}'’-]+)/gu;

/** "@Hannah Birtwistle": a person mentioned as a wiki, Notion or Teams page links them (an e-mail address has no space before its "@"). */
const MENTION = /(^|[\s,;(])@(?=\p{Lu})/gu;

/** A bullet between two entries of a list run onto one line: "• Cllr Hale. • Mrs Bell". */
const BULLET_BETWEEN = /\s*•\s*/;

/**
 * "Councillors – Larry Bannon, …", "Aldermen – F Agnew, …" (as Irish and Northern Irish councils print it), "Cllrs: J
 * Evans (Chair), …" (as Welsh community councils do, after "Present:"): a dash or colon after the title the names
 * share sets no office apart, nor does the title in Welsh before it ("Y Cynghorwyr /Councillors Ann Pugh, …").
 */
const SHARED_TITLE_DASH = /^(?:(?:Y\s+)?Cynghorwyr\s*\/\s*(?=Councillors\s))?((?:(?:Parish|Town|Community|District|County|Borough|City)\s+)?(?:Cllrs?|Councillors?)|Crs|Aldermen|Bailies)(?:\s+[–—-]|:)?\s+/;

export function attendeesFromList(printedList: string, listedAttendance: AttendanceKind): Attendee[] {
  const rawList = withinListReach(printedList);
  // "@jdoe": a project member by handle. "Councillor Ann Hale. • Mrs J Bell, Liaison Officer.": a bulleted list run on, each bullet one person.
  const handle = rawList.startsWith('@') ? handleAttendee(rawList, listedAttendance) : null;
  if (handle) return [handle];
  const alsoParts = alsoLabelledParts(rawList, listedAttendance);
  if (alsoParts) return alsoParts.flatMap(([part, attendance]) => attendeesFromList(part, attendance));
  if (rawList.includes('•')) {
    const bulleted = rawList.split(BULLET_BETWEEN).map((part) => part.trim().replace(/\.$/, '')).filter((part) => part !== '');
    if (bulleted.length > 1) return bulleted.flatMap((part) => attendeesFromList(part, listedAttendance));
  }
  // "Supervisor Tom Wood- present, Councilman Fred Lund - present, and Councilwoman Bea Koval – absent": each member's own answer.
  const eachAnswered = rawList.includes('resent') || rawList.includes('bsent') ? answeredRollEntries(rawList) : null;
  if (eachAnswered) return eachAnswered.flatMap(([entry, kind]) => attendeesFromList(entry, listedAttendance === 'in attendance' && kind === 'present' ? listedAttendance : kind));
  const undashed = withCapitalsCased(withRunTogetherPeopleApart(withoutCallSigns(rawList))).replace(SHARED_TITLE_DASH, '$1 ');
  const mentioned = withGroupsAsList(undashed.includes('@') ? undashed.replace(MENTION, '$1') : undashed);
  const [answered, attendance] = withoutRollCallAnswer(mentioned.trim(), listedAttendance);
  const unquorate = withHyphenedOfficesBracketed(withoutContactDetails(withoutClosingPublicCount(answered)).replace(QUORUM_CLAUSE, ''));
  const trimmed = withNameAfterInitialsApart(unquorate.replace(NEXT_AFTER_BRACKET, '), ').replace(NAME_AFTER_OFFICE_BRACKET, '$1, ')).replace(BRACKET_GLUED_TO_NAME, '), ').replace(APOLOGIES_ACCEPTED, '');
  const list = withHoldersAfterOffices(withDashedOfficeRunsApart(trimmed.includes(' and M') || trimmed.includes(' & M') || trimmed.includes(' and D') ? trimmed.replace(COUPLE, '$1 $3, $2 $3') : trimmed));
  // "Mrs A Lee, Police and Crime Commissioner Mr B Hart, Chief Executive", "Mr. T Reilly, Manager. Mr. J Hart": people
  // with offices, the breaks between them lost; where each is a titled name and an office, each is one person, so that
  // no office's own "and" or comma parts it.
  const titledName = list.includes(',') ? TITLED_NAME_COMMA.exec(list) : null;
  const people = titledName && BEFORE_TITLED_AFTER_OFFICE.test(titledName[2]) ? list.split(BEFORE_TITLED_AFTER_OFFICE).map((person) => TITLED_NAME_COMMA.exec(person)) : [];
  if (people.length > 1 && people.every((person): person is RegExpExecArray => person !== null && officeParts(person) !== null)) {
    return people.map((person) => attendeeOf(`${person[1]} (${person[2].trim()})`, attendance)).filter((attendee): attendee is Attendee => attendee !== null);
  }
  const personAndOffice = titledName ? titledPersonAndOffice(titledName) : null;
  if (personAndOffice) return [attendeeOf(personAndOffice, attendance)].filter((attendee): attendee is Attendee => attendee !== null);
  // One person with an office after a dash: "Tony Henley – Community Safety Manager, CSU".
  const entries = isOneDashedEntry(list) ? [list] : (officeCommaHolderEntries(trimmed) ?? surnameFirstSemicolonEntries(list) ?? nameCommaOfficeEntries(list) ?? titledNameOfficeEntries(list) ?? officesWithHolders(list) ?? officeCommaNamePairs(list) ?? officesOnlyEntries(list) ?? namesWithBodies(list) ?? splitList(list));
  const forenamesBracketed = entries.filter(bracketsForename).length >= MIN_FORENAME_BRACKETS;
  return entries.flatMap((entry) => {
    const attendee = substituteInClause(entry) ?? attendeeOf(entry, attendance, forenamesBracketed);
    return attendee === null ? [] : [attendee, ...substituteOf(entry)];
  });
}

/** Reads a list of people as attendeesFromList does. */
export type ListReader = (list: string, attendance: AttendanceKind) => Attendee[];
