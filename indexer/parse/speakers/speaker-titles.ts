// The titles printed before a speaker's name, in every country's minutes the parser reads.

/**
 * US boards' officers and members ("Clerk Feld asked", "Member Amadi asked", a fire district's "Chief Tully reported"; not
 * "Chief Executive", an office), and the Channel Islands' elected and parish
 * offices ("Deputy Falle", "Connétable Le Brocq", "Centenier Le Cornu"); a bare "Deputy" before another office is that office's.
 */
const OFFICER_TITLE = String.raw`Clerk|(?:Board\s+)?Member|Chief(?!\s+(?:Executive|Officer|Finance|Financial|Operating|Information|Administrative|Fire\s+Officer|Constable|Insp|Inspector|Supt|Superintendent)\b)|Connétable|Connetable|Centenier|Vingtenier|Procureur|Jurat|Senator|Deputy(?!\s+(?:Chief|Director|Head|Clerk|Town|City|County|Monitoring|Section|Chair|Leader|Mayor|Convener|Provost|Lieutenant)\b)`;
/**
 * Clergy of every faith and peers, titled so in lists and in turns ("Father Michael Doyle", "Imam Khan said", "Baroness
 * Hale of Kirkby"): the title goes with the name as "Canon" and "Lord" do.
 */
export const FAITH_AND_PEER_TITLES = 'Father|Fr|Pastor|Imam|Rabbi|Sister|Baroness|Baron';
/**
 * Titles printed before a person's name; "County Cllr" and "Chief Inspector" are one title; "Cyng." is the Welsh "Cllr",
 * "Counc." a Canadian one; "Metro Mayor" a combined authority's elected mayor; US councils' "Councilwoman", "Vice Mayor".
 * Police ranks as forces abbreviate them: "Ch Insp", "ACC" and "DCC" (assistant and deputy chief constables), and an
 * acting or temporary rank ("A/Insp", "T/Supt").
 */
export const TITLE = String.raw`(?:(?:County|District|Borough|Parish|Town|City|Ward|Deputy)\s+)?(?:Cllr|Councill?or|Counc)\.?|Cr|Councilmember|Council\s?(?:M|m)ember|Council(?:wo)?man|(?:Deputy\s+|Metro\s+|Vice\s+)?Mayor|(?:Vice[\s-]+)?Chair(?:man|woman|person)?|(?:(?:Vice|Depute|Deputy)[\s-]+)?Convener|(?:(?:Depute|Deputy)\s+)?Provost|Bailie|(?:Vice\s+|Council\s+)?President|Select(?:man|woman)|Trustee|Commissioner|Supervisor|Alderwoman|Moderator|(?:City|Town|Village|County)\s+(?:Manager|Attorney|Clerk|Administrator|Engineer|Solicitor)|Mr|Mrs|Ms|Miss|Mx|Dr|Shri|Smt|Sri|Kumari|Prof(?:essor)?|Rev(?:d|erend)?|Canon|${FAITH_AND_PEER_TITLES}|Hon(?:ourable)?|Sir|Dame|Lord|Lady|PC|PCSO|(?:[AT]\/)?(?:Sgt|Sergeant|(?:Chief\s+|Ch\s+|Det(?:ective)?\s+)?(?:Insp(?:ector)?|Supt|Superintendent|Constable)|DCI|DI|DS)|ACC|DCC|Alderman|Cyng|${OFFICER_TITLE}`;

/**
 * The full stop a title may take ("Cllr.", "Mrs.", "Supt.", "Counc."): an abbreviation's, after four letters at most (or
 * "Counc"). "The Chairman.
 * Proposed by …", "… to the Clerk. There being …": after a whole word it ends a sentence, and the next is no name.
 */
export const TITLE_STOP = String.raw`(?:(?<=(?:^|[\s/])(?:\p{L}{1,4}|Counc))\.)?`;
/**
 * Words that open a sentence, never a name after a title ("Clerk There being no further business …"); and an office
 * after "Mr" or "Madam" with a comma, a member addressing the chair ("Mr Mayor, what answer have you received …",
 * "Madam Chair, I move …"), not the office speaking.
 */
export const NOT_NAME_START = String.raw`(?!(?:The|There|This|That|These|Those|It|In|On|At|As|All|No|Any)\s|(?:Mayor|Chair(?:man|woman|person)?|President|Speaker|Provost|Convener|Cathaoirleach)\s*,)`;

/** A surname's particles: "van der Berg", "de Souza", "da Silva". */
export const PARTICLES = 'van|von|de|der|den|du|da|di|del|della|le|la|ten|ter|bin|ap|dos|das';
/**
 * A name after its title: initials and capitalised words ("P M Hill", "A.R. Hale", "Jane Holt", "O'Brien", "Wm. Hale"). A full stop
 * ends only an initial or a short abbreviation: after a longer word it ends a sentence ("PC Elections. More …").
 */
export const NAME = String.raw`(?:\p{Lu}(?:[\p{L}'’-]*|[\p{L}'’-]{0,3}\.|\.(?:\p{Lu}\.){1,3})\s){0,3}\p{Lu}[\p{L}'’-]+`;
/** A titled name and nothing else: "Cllr Jane Holt", "Mrs A Dale". */
export const TITLED_NAME = new RegExp(String.raw`^(?:${TITLE})\.?\s+${NAME}$`, 'u');

/** Letters after a name: honours, a magistrate's "JP", a member's "MP", qualifications ("Mr P M Hill, OBE", "Cllr D Kaur JP"). */
export const POST_NOMINALS = String.raw`O\.?B\.?E|M\.?B\.?E|C\.?B\.?E|K\.?B\.?E|J\.?P|D\.?L|Q\.?P\.?M|B\.?E\.?M|K\.?C|Q\.?C|MP|MEP|FCA|CPFA|BSc|MA|PhD`;
const POST_NOMINAL = new RegExp(String.raw`^(?:${POST_NOMINALS})\.?$`);

/**
 * "Cllr D Kaur JP" → "Cllr D Kaur": a speaker is filed under the name without the letters after it, as the minutes name
 * them elsewhere ("Cllr Kaur asked"), so that a search by speaker finds all their words. A title and a surname are left.
 * Read word by word from the end: a pattern ending in `$` was tried from every space of a long run of them.
 */
export function withoutPostNominals(name: string): string {
  let kept = name;
  for (let space = kept.lastIndexOf(' '); space > 0 && POST_NOMINAL.test(kept.slice(space + 1)); space = kept.lastIndexOf(' ')) {
    kept = kept.slice(0, space).trimEnd().replace(/,$/, '');
  }
  return kept.includes(' ') ? kept : name;
}

/** A motion's verbs as some minutes print them, in capitals after the mover's name. */
const MOTION_VERBS_IN_CAPITALS = ['MOVED', 'SECONDED', 'PROPOSED'];

/**
 * "Councillor Randall MOVED an amendment": the name without the motion's verb read as its last word. Told by the name's
 * end, with no pattern, as the letters after a name are (above).
 */
export function withoutMotionVerb(name: string): string {
  const verb = MOTION_VERBS_IN_CAPITALS.find((word) => name.endsWith(` ${word}`));
  return verb ? name.slice(0, -verb.length).trimEnd() : name;
}
