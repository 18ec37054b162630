// Who is speaking in a paragraph, from its opening words. Conservative: null unless the minutes say it plainly.
import { speakerWithServices } from './portfolio-offices';
import { afterClockTime } from '../paragraphs/clock-times';
import { afterMinuteReference } from '../items/minute-references';
import { namedOfficerOf } from './named-officers';
import { afterOrganisationDash } from './organisation-prefix';
import { namedQuestionerOf, publicSpeakerOf, publicSpeakersOf, speakerForOthersOf } from './public-speakers';
import { recordsAttendance } from '../attendance/roll-call-sentences';
import { labelledSpeakerOf } from './speaker-labels';
import { SPEAKER_ROLES, speakerForRole } from './speaker-roles';
import { NAME, NOT_NAME_START, PARTICLES, POST_NOMINALS, TITLE, TITLE_STOP, withoutMotionVerb, withoutPostNominals } from './speaker-titles';
import { SPEECH_VERBS } from './speech-verbs';
import { afterLeadingClause, LEADING_CLAUSE, LEADING_PARTICIPLE, opensWithIng, withoutCivicCourtesy } from './leading-clauses';
import { spokenTo } from './spoken-to';

/** After capitalised words that may name an office or anything else ("The South East would not…"), "would" says nothing of speech. */
/** "The Diocesan Secretary moved: ‘That …’": an office moving a motion speaks it, as one making an announcement or statement. */
/** "The Head of Democracy Services submitted the report", "The Chair ruled that the question was in order": an office's own acts of speech. */
const OFFICE_VERBS = [...SPEECH_VERBS.filter((verb) => verb !== 'would'), 'moved', 'made (?:the following |an? )?(?:announcements?|statement)', 'submitted', 'ruled'];

const ROLE_ALTERNATIVES = SPEAKER_ROLES.map((role) => role.printed).join('|');
/**
 * "The Commissioner explained", "The Chairman thanked": a role, then a lower-case word that is not "and", nor "to" ("The
 * Chairman to report apologies", "Mr Hale to replace the sign": an agenda's wording or an action, not what was said), nor
 * "will": "The Chair will welcome everyone" is an agenda's description of the item, as "The Clerk will report …" is (an
 * office speaks only with a verb of speech after it). "The new Chairman welcomed", "The outgoing Chair thanked": the
 * office as an annual meeting hands it on.
 */
const OPENING_ROLE = new RegExp(`^The (?:(?:new|newly[- ]elected|incoming|outgoing|retiring) )?(${ROLE_ALTERNATIVES})(?=,|\\s+(?!and\\b|to\\b|will\\b)[a-z])`);
const MEMBER = /^(?:A|Another|One|The) Member(?=,|\s+(?!and\b)[a-z])/;
/** "Members" speak only when a verb says so ("Members commented"), not when "Members received a presentation". */
const MEMBERS_VERBS = [...SPEECH_VERBS, 'did', 'expressed', 'queried', 'questioned', 'raised', 'requested', 'sought', 'thanked', 'welcomed'];
/** "Councillors asked …", "The Councillors pointed out …", "Committee Members questioned …": the members as a group, filed as "Members"; "Officers advised …" as "Officers". */
const MEMBERS = new RegExp(`^(?:The )?(?:(?:Panel |Committee )?Members|Councillors|Officers) (?:${MEMBERS_VERBS.join('|')})\\b`, 'i');
/**
 * "A governor asked …", "Governors challenged …", "A trustee queried …": a school's or a charity's board members, one
 * not named or all together, filed as "A Governor" and "Governors" as a council's are "A Member" and "Members".
 */
const BOARD_MEMBER = /^(?:A|Another|One) ([Gg]overnor|[Tt]rustee)(?=,|\s+(?!and\b)[a-z])/;
const BOARD_MEMBERS = new RegExp(`^(Governors|Trustees) (?:${[...MEMBERS_VERBS, 'challenged'].join('|')})\\b`);
/** Whether a text's first words hold a particle: only then is PERSON_WITH_PARTICLE tried (in NAME, it slowed every name). */
const PARTICLE_NEAR_START = new RegExp(`^\\S+(?:\\s\\S+){0,2}\\s(?:${PARTICLES})\\s`);
/**
 * "Mr P M Hill OBE DL said", "Cllr D Kaur, JP, asked": letters after a name, up to three sets, before the verb; they are
 * read with the name (and left out of the speaker after), so a name of initials is not cut short for want of a verb.
 */
const LETTERS_AFTER = String.raw`(?:,?\s+(?:${POST_NOMINALS})\.?){0,3}`;
/** "Cllr van der Berg asked", "Ms Ana da Silva said": a titled name whose surname has its particles. */
const PERSON_WITH_PARTICLE = new RegExp(String.raw`^((?:${TITLE})${TITLE_STOP}\s+(?:\p{Lu}[\p{L}'’-]*\.?\s){0,2}(?:(?:${PARTICLES})\s){1,2}\p{Lu}[\p{L}'’-]+${LETTERS_AFTER})(?=,?\s+(?!and\b|of\b|the\b)\p{Ll})`, 'u');
/**
 * "Cabinet Member, Health and Wellbeing", "Chair, Scrutiny Committee": an office between commas and what it is for after
 * the second comma, with no comma closing it, then a verb of speech (a titled name there is the next of a list, no
 * office's).
 */
const OFFICE_FOR = String.raw`,\s+(?:the\s+)?[^,.]{1,60},(?:\s+(?!(?:${TITLE})\b)\p{Lu}[\p{L}'’&-]*(?:\s+(?:and|&|of|for|the|(?!(?:${TITLE})\b)\p{Lu}[\p{L}'’&-]*)){0,5}(?=,?\s+(?:${SPEECH_VERBS.join('|')})\b))?`;
/** "Mr Meade declared", "County Cllr Jane Holt reported", "Cllr Patel (Chairman) said": a titled name followed by a verb. */
const PERSON = new RegExp(String.raw`^((?:${TITLE})${TITLE_STOP}\s+${NOT_NAME_START}${NAME}${LETTERS_AFTER})(?:\s*\([^)]{1,60}\))?(?:,?\s+(?:of|from)\s+(?:\p{Lu}[\p{L}'’-]*\s?){1,4},?|${OFFICE_FOR})?(?=,?\s+(?!and\b|of\b|the\b|to\b|(?:${PARTICLES})\s+(?:(?:${PARTICLES})\s+)?\p{Lu})\p{Ll})`, 'u');
/** Where a sentence ends and the next begins; not after a title's full stop ("In response, Mr. Mwenda stated …"). */
const SENTENCE_BREAK = /(?<=[.?!])(?<!\b(?:Mr|Mrs|Ms|Dr|Prof|Rev|Revd|Hon|Cllr|Sr|Jr)\.)\s+(?=[A-Z])/;
/** "According to Councillor Trask, tenants had reported …": the person the sentence's report is from. */
const ACCORDING_TO = new RegExp(String.raw`^According to ((?:${TITLE})\.?\s+${NAME}),\s`, 'u');

const ROLE_IN_CLAUSE = new RegExp(`\\b[Tt]he (${ROLE_ALTERNATIVES}) (?:${SPEECH_VERBS.join('|')})\\b`);
const MEMBER_IN_CLAUSE = new RegExp(`\\b[Aa] Member (?:${SPEECH_VERBS.join('|')})\\b`);

/**
 * Bodies, places and documents are not speakers: "The Committee agreed", "The Borough wished", "The Report noted", "The
 * Regulations provided".
 */
const NOT_SPEAKERS =
  /^(?:Committee|Sub-Committee|Council|Councillors|Court|City|Town|Village|Shire|Municipality|Parish|Douzaine|Commissioners|Panel|Board|Cabinet|Assembly|Meeting|Minutes?|Report|Plan|Policy|Strategy|Group|Forum|Authority|Government|Home Office|Borough|County|District|Members|Budget|Agenda|Regulations|Guidance|Constitution|Code of Conduct|Protocol|Scheme|Act|Appendix|Recommendations?|Proposals?|Consultation|Application|Petition|Motion)$/;
/**
 * "The Parish Council noted", "The Planning Committee agreed", "The Youth Council asked": a body named with what kind it
 * is, no one's office ("The Clerk to the Council", "The Chair of the Board" hold one, joined by "to" or "of").
 */
const NAMED_BODY = /^(?:[A-Z][\w'’&-]*\s+(?:(?:and|of|&)\s+)?){1,3}(?:Committee|Sub-Committee|Council|Panel|Board|Cabinet|Group|Forum|Authority|Commission|Assembly)$/;
const OFFICE_WORD = String.raw`[A-Z][A-Za-z&'’-]*`;
/**
 * An office's name: capitalised words (or a number: "Section 151 Officer"), with "of", "of the", "to the" ("Clerk to the
 * Council"), "for", "and", "to", "the" or "&" between them. Between two words the
 * spaces are one \s+ (written `\s+(?:of|…)?\s*`, a long run of spaces was split every way between the two).
 */
export const OFFICE_NAME = String.raw`${OFFICE_WORD}(?:\s+(?:(?:of the|to the|of|for|and|to|the|&)\s*)?(?:${OFFICE_WORD}|\d{1,3})){0,5}`;
/** "Environmental Services", "Planning and Development": the department an office heads, after its comma. */
const DEPARTMENT = String.raw`(?:${OFFICE_WORD}\s+(?:and\s+)?){0,3}(?:Services|Operations|Finance|Planning|Engineering|Development|Infrastructure|Works|Resources|Administration|Utilities|Recreation)`;
/**
 * "The Director of Finance explained", "the Clerk reported", "The Shire President, Cr Delaney, declared", "The Town
 * Clerk, Helen Forbes, reported": an office in capitals (its holder's name, titled or not, after it in brackets or
 * between commas, or whom they speak for: "The Lord Mayor, on behalf of the Council, extended …"), then a speech verb.
 * "The General Manager, Environmental Services presented", "The Assistant Director - Highways confirmed": the
 * department after a comma (Canadian minutes) or a dash (English councils) is the office's.
 */
const OFFICE = new RegExp(String.raw`^[Tt]he (${OFFICE_NAME}(?:,\s+${DEPARTMENT}(?=,?\s+\p{Ll})|\s+[-–]\s+(?!(?:${TITLE})\.?\s)${OFFICE_WORD}(?:\s+(?:and\s+|&\s+)?${OFFICE_WORD}){0,3}(?=,?\s+\p{Ll}))?)(?:\s*(\([^)]{1,60}\))|,\s+(?:(?:${TITLE})\.?\s+)?${NAME},|,\s+on behalf of [^,.]{1,60},)?,?\s+(?:(?:had\s+)?(?:${OFFICE_VERBS.join('|')})|also|further|then)\b`, 'u');
/**
 * "The Chief Constable's representative, Supt Y Adeyemi, advised", "A resident, Mrs Hall, asked": who the person is
 * (no office of the council's: that is OFFICE's), then their titled name between commas, then a verb of speech.
 */
const DESCRIBED_HOLDER = new RegExp(String.raw`^(?:The|An?) [^,()]{3,60}, ((?:${TITLE})\.?\s+${NAME}), (?:${SPEECH_VERBS.join('|')})\b`, 'u');
/**
 * "Clerk reported that …", "Chairman asked for any declarations", "The clerk reported …": a parish's own officers, named
 * without "The" or in lower case as its clerks often write them, then a verb of speech (not "Clerk to write to …", an
 * action, nor "Clerk has received …"); "The mayor said …" as a councillor's notes of question time write it.
 */
const BARE_OFFICE = new RegExp(String.raw`^(?:the\s+)?((?:(?:Parish|Town|Deputy|Assistant)\s+)?Clerk|(?:Vice[- ])?Chair(?:man|woman|person)?|(?:Deputy\s+)?Mayor|Treasurer|Secretary|RFO)\s+(?:had\s+)?(?:${OFFICE_VERBS.join('|')})\b`, 'i');
/** "parish clerk" → "Parish Clerk", "rfo" → "RFO": an office as the minutes' capitals print it, to be filed alike. */
const capitalisedOffice = (office: string) => (/^rfo$/i.test(office) ? 'RFO' : office.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase()));
/** "…, the Clerk said", or with no comma closing the clause: "In response to a query the Head of Finance explained". */
const OFFICE_IN_CLAUSE = new RegExp(String.raw`(,)?\s+[Tt]he (${OFFICE_NAME}) (?:${SPEECH_VERBS.join('|')})\b`);
/** "Chair the Clerk" in "In reply to the Chair the Clerk said": offices run together with no comma; the last one speaks. */
const BEFORE_LAST_OFFICE = /^.*(?<!\b(?:of|to))\s+the\s+/;
/** "In answer to a number of points Mr Hale said …": the clause's comma is often left out before a titled name. */
const PERSON_IN_CLAUSE = new RegExp(String.raw`(?:,\s+|\s)((?:${TITLE})${TITLE_STOP}\s+${NOT_NAME_START}${NAME}) (?:${SPEECH_VERBS.join('|')})\b`, 'u');

const TITLE_START = new RegExp(String.raw`^(?:${TITLE})\.?\s`, 'u');

/**
 * "(Finance and Resources)" after "The Vice Principal": which of several such offices, part of its name; "(Cllr Reid)",
 * "(Jane Holt)" name its holder instead. A qualifier joins words with "and", "of" or "&", or is a single word.
 */
function isOfficeQualifier(bracketed: string, office: string): boolean {
  const inner = bracketed.slice(1, -1).trim();
  if (TITLE_START.test(inner) || inner === initialsOf(office)) return false;
  return /^\p{Lu}[\p{L}-]+$/u.test(inner) || /^\p{Lu}.*\s(?:and|of|&)\s/u.test(inner);
}

/** "Police and Crime Commissioner" → "PCC": the office's abbreviation, which "(PCC)" after it gives, naming no other office. */
const initialsOf = (office: string) => office.replace(/\b(?:and|of|the|for|to)\b/g, '').replace(/\b(\p{Lu})[\p{L}'’-]*\s*/gu, '$1');

/** "The Commissioner’s … Fund": a possessive first word makes it something an office holds ("Children's Services" in an office's name is no such thing). */
const POSSESSIVE = /^\S+['’]s\s/;

export function officeSpeaker(office: string): string | null {
  return NOT_SPEAKERS.test(office) || NAMED_BODY.test(office) || POSSESSIVE.test(office) ? null : speakerForRole(office);
}

/**
 * Every pattern above starts with one of these words (roles, members, titles, leading clauses): a paragraph that
 * starts otherwise has no speaker here, and most lines of minutes are let go after this one look-up.
 */
const OPENING_WORDS = `the a an q another one members councillors officers governors trustees committee panel in as by on upon with when at prior before after his her responding regarding referring addressing following cllr councillor councilor counc county
  district borough parish town city ward deputy mr mrs ms miss mx dr shri smt sri kumari prof professor rev revd reverend canon hon honourable bailie sir dame lord lady pc pcso sgt
  sergeant chief det detective insp inspector supt superintendent constable dci di ds ch acc dcc t alderman cyng cr councilmember councilman councilwoman council mayor metro village chair chairman chairwoman chairperson convener depute provost vice president selectman selectwoman trustee commissioner supervisor alderwoman moderator
  answer response question supplementary reply clerk member board connétable connetable centenier vingtenier procureur jurat senator
  father fr pastor imam rabbi sister baroness baron`.split(/\s+/);
/** A first word (of at most 13 letters: a longer one is no opening word) that is one of them, in any case: one test. */
const OPENING_WORD = new RegExp(`^(?=[A-Za-z]{1,13}(?![A-Za-z]))(?:${OPENING_WORDS.join('|')})(?![A-Za-z])`, 'i');

/**
 * "Question from Mr Peter Linley: When will …?", "Supplementary question from Mr Price:", "Question from Councillor X to the
 * Cabinet Member for Y:", "Response from Councillor Kwame Mensah:", "Response from the Leader of the Council (Councillor
 * Peter Okoro):": a question or its answer labelled with who asked or answered; the person in brackets after an office.
 */
const QUESTION_FROM = new RegExp(
  String.raw`^(?:(?:Supplementary|Further)\s+q|Q)uestion (?:from|by) ((?:${TITLE})\.?\s+${NAME})(?:\s+to\s+[^:]{1,80})?\s*:\s+\S|^(?:Response|Reply|Answer) (?:from|by) (?:(?:the\s+)?[^():]{1,80}?\s*\(((?:${TITLE})\.?\s+${NAME})\)|((?:${TITLE})\.?\s+${NAME})(?:,\s[^:]{1,80})?|[Tt]he (${OFFICE_NAME}))\s*:\s+\S`,
  'u',
);
/** How QUESTION_FROM starts: other lines need not be tried. */
const QUESTION_FROM_START = /^(?:Question|Supplementary|Further|Response|Reply|Answer) /;

/**
 * "A: The Headteacher explained …", "Q. Councillor Amin asked …": an answer or a question labelled so (school governors);
 * "Q1. Councillor Amin asked …", a question numbered.
 */
const ANSWER_LABEL = /^(?:A|Q|Answer|Question|Response|Reply|Supplementary(?: question)?)(?:(?<=Q|Question)\s*\d{1,3})?\s*[:.]\s+/;

/**
 * The speaker named by a paragraph's opening words (its printed number, and a time of day or an earlier minute's reference
 * before them, set aside), or null; with `afterBodyDash` false, not one after a body's name and a dash ("Northgate Homes –
 * Mr Patel reported …"), which in a heading's line is its title.
 */
export function speakerOf(printed: string, afterBodyDash = true): string | null {
  const noted = withoutCivicCourtesy(afterMinuteReference(afterClockTime(printed)));
  // "(Mr Treloar attended under the Public Participation Scheme and spoke against the Order.)": a note in brackets of who spoke.
  const labelled = noted[0] === '(' && BRACKETED_SPEECH.test(noted) ? noted.slice(1) : noted;
  const speaker = civicOfficeBeforeHolder(labelled) ?? openingSpeakerOf(labelled) ?? (afterBodyDash ? speakerAfterBody(labelled) : null) ?? speakerAfterMemberOffice(labelled) ?? speakerOfEnglishHalf(labelled) ?? speakerWithServices(labelled, openingSpeakerOf);
  return speaker === null || recordsAttendance(labelled, speaker) ? null : withoutPostNominals(withoutMotionVerb(speaker));
}

const BRACKETED_SPEECH = /\b(?:spoke|addressed)\b/;

/** A finished sentence, then " / ": where a bilingual paragraph's Welsh (or Irish) half ends and its English one begins. */
const TRANSLATION_AFTER_SENTENCE = /[.!?]\s+\/\s+/;

/**
 * "Dywedodd y Cyng. Sir Jenkins … . / County Cllr Jenkins said …": a bilingual paragraph opens in Welsh, whose verb
 * comes before the speaker; the English half after the slash names them as the rest of the minutes' English does.
 */
function speakerOfEnglishHalf(text: string): string | null {
  const translation = text.includes(' / ') ? TRANSLATION_AFTER_SENTENCE.exec(text) : null;
  return translation === null ? null : openingSpeakerOf(text.slice(translation.index + translation[0].length));
}

/** "Northgate Homes – Mr Patel reported …": a report from an outside body, by the person after the body's name. */
function speakerAfterBody(text: string): string | null {
  const afterBody = afterOrganisationDash(text);
  return afterBody === null ? null : (civicOfficeBeforeHolder(afterBody) ?? openingSpeakerOf(afterBody));
}

/**
 * "Ward Member Cllr Fox reported", "Portfolio Holder Cllr Smith said", "Cabinet Member for Housing Councillor Amin
 * replied": a member's office printed before their titled name. The person speaks, as "Cllr Fox" does elsewhere in the
 * minutes; the office only says in what capacity.
 */
const MEMBER_OFFICE_BEFORE_TITLE = new RegExp(
  String.raw`^(?:[A-Z][a-z]+ ){1,2}(?:Member|Holder|Councillor|Lead|Champion)(?: for(?: (?:[A-Z][A-Za-z-]*|and|&)){1,5})? (?=(?:${TITLE})\.?\s)`,
  'u',
);

function speakerAfterMemberOffice(text: string): string | null {
  const office = MEMBER_OFFICE_BEFORE_TITLE.exec(text);
  const person = office ? PERSON.exec(text.slice(office[0].length)) : null;
  return person ? person[1].replace(/\s+/g, ' ') : null;
}

/**
 * "Lord Mayor Cllr Grant thanked members", "(The) Chair Cllr Fox said": an office one member holds at a time, printed before
 * its holder's titled name, speaks as the office, as "The Lord Mayor (Cllr Grant) said" does.
 */
const CIVIC_OFFICE_BEFORE_TITLE = new RegExp(
  String.raw`^(?:The )?((?:Deputy |Vice[- ])?(?:Lord |Lady )?(?:Mayor|Provost|Chair(?:man|woman|person)?|Convener|Leader(?: of the Council)?)) (?=(?:${TITLE})\.?\s)`,
  'u',
);

function civicOfficeBeforeHolder(text: string): string | null {
  const office = /^(?:The )?(?:Deputy|Vice|Lord|Lady|Mayor|Provost|Chair|Convener|Leader)/.test(text) ? CIVIC_OFFICE_BEFORE_TITLE.exec(text) : null;
  return office && PERSON.test(text.slice(office[0].length)) ? speakerForRole(office[1]) : null;
}

/** The speaker a text's opening words name, or null. */
function openingSpeakerOf(labelled: string): string | null {
  const fromLabel = labelledSpeakerOf(labelled);
  if (fromLabel !== undefined) return fromLabel;
  const publicGroup = publicSpeakersOf(labelled) ?? speakerForOthersOf(labelled);
  if (publicGroup) return publicGroup;
  if (!OPENING_WORD.test(labelled)) {
    if (labelled.startsWith('According')) return ACCORDING_TO.exec(labelled)?.[1].replace(/\s+/g, ' ') ?? null;
    return (opensWithIng(labelled) && LEADING_PARTICIPLE.test(labelled) ? speakerAfterClause(labelled) : null) ?? namedOfficerOf(labelled) ?? namedQuestionerOf(labelled);
  }
  const asker = QUESTION_FROM_START.test(labelled) ? QUESTION_FROM.exec(labelled) : null;
  // "Response from Councillor X, Cabinet Member for Housing:" names the person; "Response from the Commissioner:" the office.
  if (asker) return asker[4] ? speakerForRole(asker[4]) : (asker[1] ?? asker[2] ?? asker[3]).replace(/\s+/g, ' ');
  const text = 'AQRS'.includes(labelled[0]) && ANSWER_LABEL.test(labelled) ? labelled.replace(ANSWER_LABEL, '') : labelled;
  const opening = OPENING_ROLE.exec(text);
  if (opening) return spokenTo(text, opening[0].length) ? null : speakerForRole(opening[1]);
  // Before "A Member": "A Member of the Public asked" is one of the public.
  const publicSpeaker = publicSpeakerOf(text);
  if (publicSpeaker) return publicSpeaker;
  if (MEMBER.test(text)) return 'A Member';
  if (MEMBERS.test(text)) return /^officers/i.test(text) ? 'Officers' : 'Members';
  const boardMember = BOARD_MEMBER.exec(text);
  if (boardMember) return `A ${boardMember[1][0].toUpperCase()}${boardMember[1].slice(1)}`;
  const boardMembers = BOARD_MEMBERS.exec(text);
  if (boardMembers) return boardMembers[1];
  const person = PERSON.exec(text) ?? (PARTICLE_NEAR_START.test(text) ? PERSON_WITH_PARTICLE.exec(text) : null);
  // "Councillor Ingham's reason was approved", "Mr Kowal's solicitor said", "Cllr Rhodes' meeting with …": a name in the
  // possessive is no speaker.
  if (person) return /['’]s$|s['’]$/.test(person[1]) || spokenTo(text, person[0].length) ? null : person[1].replace(/\s+/g, ' ');
  const bareOffice = BARE_OFFICE.exec(text);
  if (bareOffice) return speakerForRole(capitalisedOffice(bareOffice[1]));
  const office = OFFICE.exec(text);
  if (office) {
    const speaker = officeSpeaker(office[2] && isOfficeQualifier(office[2], office[1]) ? `${office[1]} ${office[2]}` : office[1]);
    if (speaker) return speaker;
  }
  const holder = DESCRIBED_HOLDER.exec(text);
  if (holder) return holder[1].replace(/\s+/g, ' ');
  return (LEADING_CLAUSE.test(text) ? speakerAfterClause(text) : null) ?? namedOfficerOf(text);
}

/** The speaker after a paragraph's leading clause: a role, "a Member", a titled person or an office, in its first sentence. */
function speakerAfterClause(text: string): string | null {
  const start = text.slice(0, 600);
  const firstSentence = start.slice(0, SENTENCE_BREAK.exec(start)?.index);
  const role = ROLE_IN_CLAUSE.exec(firstSentence);
  if (role) return speakerForRole(role[1]);
  if (MEMBER_IN_CLAUSE.test(firstSentence)) return 'A Member';
  // An office after the clause's comma before a person anywhere: "In response to a question Cllr Hale asked, the Clerk
  // said …" is the Clerk's answer. Where no comma closes the clause, a titled person first: "Following a question from
  // the Treasurer Cllr Hale said …" is Cllr Hale's.
  const clauseOffice = OFFICE_IN_CLAUSE.exec(firstSentence);
  const officeSpeaking = clauseOffice ? officeSpeaker(clauseOffice[2].replace(BEFORE_LAST_OFFICE, '')) : null;
  const person = PERSON_IN_CLAUSE.exec(firstSentence)?.[1] ?? null;
  return (clauseOffice?.[1] ? (officeSpeaking ?? person) : (person ?? officeSpeaking)) ?? speakerAfterClauseComma(text);
}

/**
 * "At the commencement of the meeting, The Right Worshipful the Mayor, Councillor A Givan, welcomed …": where the
 * clause's words hold no speaker before their verb, the words after the clause's comma, read as a paragraph's opening.
 */
function speakerAfterClauseComma(text: string): string | null {
  const rest = afterLeadingClause(text);
  return rest === null ? null : openingSpeakerOf(withoutCivicCourtesy(rest));
}
