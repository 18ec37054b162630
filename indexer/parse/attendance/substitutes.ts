// Who sat in an absent member's place, named in brackets after the member: "Cllr M Hunt (Cllr S Lowe substituting)",
// "(substituted by Cllr Lowe)", "Cllr Kevin Guy (Cllr Sarah Warren attended as substitute)" (ModernGov apologies).
// The bracket is no office of the member's; the substitute was there.
import type { Attendee } from '../../../core/types';
import { TITLE } from '../speakers/speaker-titles';

const SUBSTITUTE = String.raw`(?:${TITLE})\.?\s+\p{Lu}[^()]{0,40}?`;
const SUBSTITUTED_BY = new RegExp(
  String.raw`^(?:(${SUBSTITUTE})\s+(?:substituting|(?:attended|attending|sat|present)\s+as\s+(?:a\s+|the\s+|his\s+|her\s+|their\s+)?substitute)|[Ss]ubstituted\s+by\s+(${SUBSTITUTE}))$`,
  'u',
);

/** The substitute a bracket after a member's name names, or null when it names none. */
export function substituteNamed(note: string): string | null {
  const match = SUBSTITUTED_BY.exec(note.trim());
  return match === null ? null : (match[1] ?? match[2]).trim();
}

/** "Cllr Kevin Guy (Cllr Sarah Warren attended as substitute)": the substitute the entry names, present; none when it names none. */
export function substituteOf(entry: string): Attendee[] {
  const bracket = entry.includes(')') ? /\(([^()]+)\)\.?$/.exec(entry.trim()) : null;
  const name = bracket === null ? null : substituteNamed(bracket[1]);
  return name === null ? [] : [{ name, role: 'Substitute', attendance: 'present' }];
}

/** "Cllr Gary Harding attended as substitute": a substitute named in a list of apologies, as a clause of its own. */
const ATTENDED_AS_SUBSTITUTE = new RegExp(String.raw`^(${SUBSTITUTE})\s+(?:attended|was\s+present|sat)\s+as\s+(?:a\s+|the\s+|his\s+|her\s+|their\s+)?substitute\.?$`, 'u');

/** The substitute an entry of a list names in such a clause, present; null when the entry is no such clause. */
export function substituteInClause(entry: string): Attendee | null {
  // "…, and Cllr R Okoro attended as substitute": the list's "and" before the clause is no part of the name.
  const match = entry.includes('substitute') ? ATTENDED_AS_SUBSTITUTE.exec(entry.trim().replace(/^(?:and|&)\s+/i, '')) : null;
  return match === null ? null : { name: match[1].trim(), role: 'Substitute', attendance: 'present' };
}
