// "Cllrs Morgan (Mayor), Ellis and Quinn": a plural title printed once before a list of names is each name's title (the
// US "Councilors" too).
import { HONOURS, LEADING_AND, OFFICE_WORDS, PERSON_TITLE } from './person-words';

export const SHARED_TITLE = /^((?:County |District |Borough |Town |Parish )?)(Cllrs|Councillors|Councilors|Councilmen|Councilwomen|Messrs|Crs|Councilmembers|Council Members|Board Members|Members(?=\.?\s+[A-Z])(?!\s+[Oo][Ff]\b)|Trustees|Aldermen|Bailies|Supervisors|Commissioners|Directors|Selectmen|Senators|(?:Y )?Cynghorwyr)\.?\s+/;
const SINGULAR_TITLES: Readonly<Record<string, string>> = {
  Messrs: 'Mr', Councilmen: 'Councilman', Councilwomen: 'Councilwoman', Cllrs: 'Cllr', Councillors: 'Councillor', Councilors: 'Councilor', Crs: 'Cr', Councilmembers: 'Councilmember', 'Council Members': 'Council Member', 'Board Members': 'Board Member', Members: 'Member', Trustees: 'Trustee',
  Aldermen: 'Alderman', Bailies: 'Bailie', Supervisors: 'Supervisor', Commissioners: 'Commissioner', Directors: 'Director', Selectmen: 'Selectman', Senators: 'Senator',
  // The Welsh "Y Cynghorwyr A, B a C" (the councillors): each is "Cynghorydd" (councillor), the article left.
  Cynghorwyr: 'Cynghorydd', 'Y Cynghorwyr': 'Cynghorydd',
};

/** "… Oakes and Chair Hendricks": a chair's or president's title before a name is that member's own. */
const CHAIR_BEFORE_NAME = /^(?:Vice[ -])?(?:Chair(?:man|woman|person)?|President)\s+\p{Lu}/u;

/**
 * "P.C. Marsh", "W.P.C. Dean", "D.C. Rowe": a police officer's own title; "I.W. Councillor Brown": an Isle of Wight
 * councillor's. Other initials before a name are the name's own ("A.J. Petrie", under the list's shared title).
 */
const OWN_TITLE_INITIALS = /^(?:(?:W\.)?P\.[CS]\.|D\.[CS]\.|P\.C\.S\.O\.)\s*\p{Lu}|^(?:\p{Lu}\.){2}\s*(?:County\s+)?(?:Councillor|Cllr)\b/u;

/** The singular titles a shared councillors' title gives; a courtesy title ("Mrs", "Dr") goes after them. */
const COUNCILLOR_TITLES = new Set(['Councillor', 'Cllr', 'Cr', 'Alderman', 'Cynghorydd']);
const COURTESY_TITLE = /^(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+\p{Lu}/u;

/** The longest name looked up among NAMES_AFTER_AND; a longer one is looked for in the list itself. */
const MAX_NAME_AFTER_AND = 200;
/** "… Davidson and Thomson, Annette Holland": the text after each "and" (or "&") up to the comma after it. */
const NAMES_AFTER_AND = new RegExp(String.raw`(?<= )(?:and|&) (?=([^,]{0,${MAX_NAME_AFTER_AND}}),)`, 'g');

/**
 * Whether `list` names `name` after "and" or "&" and before a comma, the names so placed read once for a list (`found`):
 * a list of thousands of names (a document run onto one line) is not searched again for each.
 */
function namedAfterAnd(list: string, name: string, found: { names?: Set<string> }): boolean {
  if (name.length > MAX_NAME_AFTER_AND || name.includes(',')) return list.includes(` and ${name},`) || list.includes(` & ${name},`);
  found.names ??= new Set(Array.from(list.matchAll(NAMES_AFTER_AND), (match) => match[1]));
  return found.names.has(name);
}

/** "Cllrs Morgan (Mayor), Ellis and Quinn": a plural title covers the untitled names after it. */
export function withSharedTitles(entries: string[], list = ''): string[] {
  let shared: string | null = null;
  const afterAnd: { names?: Set<string> } = {};
  return entries.map((entry) => {
    // "…; and Councillors Cowie, Drummond and Lyall": the list's last part, after "and".
    const plural = SHARED_TITLE.exec(entry.replace(LEADING_AND, ''));
    if (plural) {
      shared = plural[1] + SINGULAR_TITLES[plural[2]];
      return `${shared} ${entry.replace(LEADING_AND, '').slice(plural[0].length)}`;
    }
    // "Councillors English (Chairman), Mrs Blackmore, Cannon": a courtesy title is the councillor's own, under the shared one.
    const courtesy = shared !== null && COUNCILLOR_TITLES.has(shared.replace(/^\S+ (?=\S)/, '')) && COURTESY_TITLE.test(entry.replace(LEADING_AND, ''));
    if (!courtesy && (PERSON_TITLE.test(entry) || CHAIR_BEFORE_NAME.test(entry))) shared = null;
    if (shared === null || HONOURS.test(entry)) return entry;
    // "Cllrs Calnan, Mercer and Panton, Clerk, D. Hancock, and P.C. Marsh.": the councillors end where an office is named
    // (one in brackets, "Fanshawe (Chair)", is a councillor's own, but no clerk is a councillor) or someone after the
    // "and" has a title of their own.
    const unjoined = entry.replace(LEADING_AND, '');
    const ownTitle = OFFICE_WORDS.test(unjoined.replace(/\([^()]*\)/g, '')) || /\([^()]*\bclerk\b/i.test(unjoined) || (!courtesy && PERSON_TITLE.test(unjoined)) || OWN_TITLE_INITIALS.test(unjoined);
    if (ownTitle) {
      shared = null;
      return unjoined;
    }
    // "…, J. Govier, and S. Walters": the "and" before the last name is no part of it, under the shared title too; and
    // the name after it is the group's last ("Councillors Davidson and Thomson, Annette Holland": she is no councillor).
    const titled = `${shared} ${unjoined}`;
    if (unjoined !== entry || namedAfterAnd(list, unjoined, afterAnd)) shared = null;
    return titled;
  });
}
