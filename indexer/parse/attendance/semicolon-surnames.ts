// "Present: Abbott, Lena; Baptiste, Omar; Chen-Ruiz, Dana; …": a US university senate's roll typed as a register, each
// member surname first and the members apart by semicolons. Split at its commas too, as any list is, each surname and
// each forename would be read as a person of its own; each entry turned round ("Lena Abbott") is one person.

/**
 * "Chen-Ruiz, Dana", "Van Dorn, Gary", "Steigerwald, Barbara Lee", "O'Hara, Mary J.", "Abbott, Lena (online)": a surname
 * in one word (after a particle), a comma, a forename and an initial, a note in brackets. Two words before the comma
 * are a name forename first ("Lena Abbott, Omar Baptiste" lists two people).
 */
const SURNAME_COMMA_FORENAME = /^((?:(?:Van|Von|De|Del|Della|Da|Di|La|Le|St\.?)\s+)?\p{Lu}[\p{L}'’-]+),\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?(?:\s+\p{Lu}\.)?)(\s+\([^()]{1,40}\))?$/u;
/** "Smith, Chair", "Hale, Councillor": an office after the comma, no forename; such an entry is a name and its role. */
const OFFICE_AFTER_COMMA = /^(?:Chair(?:man|woman|person)?|Mayor|President|Secretary|Treasurer|Clerk|Director|Councillor|Member|Trustee|Governor|Vice|Provost|Dean|Parliamentarian|Officer|Manager|Staff|Guest|Observer|Ex)\b/;
/** Fewer entries than this are no register: "Smith, Jo; Hale, Al" could be two names with offices. */
const MIN_ENTRIES = 3;

/** Of the entries, at least this share must be names surname first: a typing slip ("Ruiz, Ana: Lee, Bo") leaves the rest a register. */
const MIN_SHARE_TURNED = 0.8;

/** The entry turned round ("Lena Abbott"), or null when it is no name surname first. */
function turnedRound(part: string): string | null {
  const match = SURNAME_COMMA_FORENAME.exec(part);
  return match && !OFFICE_AFTER_COMMA.test(match[2]) ? `${match[2]} ${match[1]}${match[3] ?? ''}` : null;
}

/** Each entry of a semicolon register of names surname first, forename first ("Lena Abbott"); null when the list is not one. */
export function surnameFirstSemicolonEntries(list: string): string[] | null {
  if (!list.includes(';')) return null;
  const parts = list
    .split(';')
    .flatMap((part) => part.split(/:\s+(?=\p{Lu})/u))
    .map((part) => part.trim().replace(/,$|(?<!\s\p{Lu})\.$/u, ''))
    .filter((part) => part !== '');
  if (parts.length < MIN_ENTRIES) return null;
  const turned = parts.map(turnedRound);
  const count = turned.filter((entry) => entry !== null).length;
  if (count < MIN_ENTRIES || count < parts.length * MIN_SHARE_TURNED) return null;
  return turned.map((entry, index) => entry ?? parts[index]);
}
