// A joint panel's members, each followed by the council or body that appointed them, copied from a column of lines into
// one run: "Cllr M Alden, East Wold District Council Cllr Mrs A Bright, Wold City Council Ms A Ferris, Co-opted Member".
// The comma parts each name from its body; the next person's title, right after the body's last word, starts the next,
// as does an initialled name after a council or authority ("…, Wold Police Authority G Miles, Wold Borough Council").

/** Where the next person starts: a title after a word (not after a comma, nor within one title: "Cty Cllr", "Cllr Mrs"). */
const NEXT_PERSON =
  /(?<=\p{L}\)?)(?<!\b(?:Cty|County|District|Borough|Parish|Town|City|Deputy|Cllr|Councillor|Mayor))\s+(?=(?:(?:Cty|County)\s+)?(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr|Mayor)\.?\s+\p{Lu})|(?<=\b(?:Council|Authority))\s+(?=\p{Lu}\.?(?:\s\p{Lu}\.?)?\s\p{Lu}\p{Ll}+,)/gu;
/** A person's title ahead: what follows a comma is then the next person, no body. */
const TITLE_AHEAD = String.raw`(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr|Mayor)\.?\s`;
/**
 * "Cllr A Franey (substitute), Borough Council": a titled name, anything bracketed after it, a comma, then the body; an
 * officer's office may come between ("Ms J Hope, Interim Chief Executive, Moorland National Park Authority").
 */
const PERSON_COMMA_BODY = new RegExp(String.raw`^((?:(?:(?:Cty|County)\s+)?(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr|Mayor)\.?\s+[^,()]{1,60}?|\p{Lu}\.?(?:\s\p{Lu}\.?)?\s\p{Lu}\p{Ll}+)(?:\s*\([^()]{1,30}\))?),\s+((?!${TITLE_AHEAD})[^,]{2,80}(?:,\s+(?!${TITLE_AHEAD})[^,]{2,80})?)$`, 'u');
/** Fewer people than this so listed are no such run. */
const MIN_PEOPLE = 3;

/**
 * The list's entries, each "Cllr M Alden (East Wold District Council)", when the list is such a run: three people or more,
 * most with a body after their comma; null otherwise.
 */
export function namesWithBodies(list: string): string[] | null {
  if (!list.includes(',')) return null;
  const parts = list.trim().replace(/\.$/, '').split(NEXT_PERSON);
  if (parts.length < MIN_PEOPLE) return null;
  const matches = parts.map((part) => PERSON_COMMA_BODY.exec(part.trim()));
  if (matches.filter((match) => match !== null).length * 3 < parts.length * 2) return null;
  return parts.map((part, index) => {
    const match = matches[index];
    return match ? `${match[1]} (${match[2].trim()})` : part.trim();
  });
}
