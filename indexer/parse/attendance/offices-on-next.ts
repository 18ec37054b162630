// An office listed alone before a name ("Cllrs Reed and Shaw, Clerk, D. Hale"): the office of the person after it.
import { LEADING_AND, OFFICE_WORDS, PERSON_TITLE, UNTITLED_NAME } from './person-words';

const ENDS_IN_OFFICE = new RegExp(String.raw`${OFFICE_WORDS.source}$`, 'i');

/** An office with no one named: "Clerk", "Head of Legal". */
export function isBareOffice(entry: string): boolean {
  return !entry.includes('(') && !PERSON_TITLE.test(entry) && OFFICE_WORDS.test(entry) && !UNTITLED_NAME.test(entry.replace(OFFICE_WORDS, ''));
}

/**
 * "Cllrs Reed and Shaw, Clerk, D. Hale": an office no one before it holds (it would be their role, read above) is the
 * office of the name after it; it names no one itself ("The Chancellor, Sir Alan Price (in the Chair)": the chairing kept).
 */
export function withOfficesOnNext(entries: string[], list: string): string[] {
  // "Clerk", "Parish Clerk": a word or two, ending in its office's word, so no name ("Chair Karen Doucette", "E. Hale -
  // Chairman", "Robin Kerr Chairman") is taken for one.
  const isOfficeAlone = (entry: string) => /^(?:\p{Lu}\p{Ll}+\s+)?\p{Lu}\p{L}+$/u.test(entry) && isBareOffice(entry) && ENDS_IN_OFFICE.test(entry);
  // A name, with no office of its own in brackets or after a dash ("Cllr M Peake - Vice-Chairman" holds no other).
  const mayHold = (holder: string) => /^\p{Lu}/u.test(holder) && !holder.includes('(') && !/\s[–—-]\s/.test(holder) && !isBareOffice(holder);
  const read: string[] = [];
  for (let index = 0; index < entries.length; index += 1) {
    const [entry, next] = [entries[index], entries[index + 1]?.replace(LEADING_AND, '')];
    const holder = next?.replace(/\s*\(in the chair\)$/i, '');
    if (holder !== undefined && isOfficeAlone(entry) && mayHold(holder) && list.includes(`${entry}, `)) {
      read.push(holder === next ? `${holder} (${entry})` : `${holder} (${entry}) in the Chair`);
      index += 1;
    } else read.push(entry);
  }
  return read;
}
