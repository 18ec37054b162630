// Officers listed post first, each post and its holder parted by a dash and the pairs run on with nothing between them,
// as Northern Irish councils print them: "Chief Executive - J Dixon Director of Operations – G Girvan Head of Legal
// Services – P Casey". Each holder's initials and surname end their pair, so the next post starts after them.
import { OFFICE_WORDS, PERSON_TITLE } from './person-words';
import { CHIEF_OFFICE } from './offices';

/** A dash between spaces; matched only after a word (a run of spaces is tried once, not from each of its spaces). */
const DASH = /(?<=\S)\s+[–—-]\s+/;
/** "J Dixon", "A M McCooke", "Mrs S. Cole": a holder by initials (a courtesy title before them allowed), then a surname. */
const HOLDER_THEN_POST = /^((?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(?:\p{Lu}\.?\s+){1,3}\p{Lu}[\p{L}'’-]*\p{Ll}[\p{L}'’-]*)\s+(\p{Lu}.*)$/u;
const HOLDER_ALONE = /^(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(?:\p{Lu}\.?\s+){1,3}\p{Lu}[\p{L}'’-]*\p{Ll}[\p{L}'’-]*$/u;
/** Fewer pairs than this are one officer, or a list of another shape (dashed-entry.ts). */
const MIN_PAIRS = 2;

/** A post: capitalised words (small words between them) with an office's word, no person's title ("Chief Executive" is a post). */
function isPost(text: string): boolean {
  return (!PERSON_TITLE.test(text) || CHIEF_OFFICE.test(text)) && OFFICE_WORDS.test(text) && /^\p{Lu}[\p{L}&'’/-]*(?:\s+(?:\p{Lu}[\p{L}&'’/-]*|of|and|for|the|&))*$/u.test(text);
}

/**
 * The list as "J Dixon (Chief Executive); G Girvan (Director of Operations); …" when it is such a run of posts and
 * holders from its start to its end; the list as it is otherwise.
 */
export function withDashedOfficeRunsApart(list: string): string {
  // Only a list holding dashes, a holder or a post before the first, can be one: most lists let go here, unsplit.
  const trimmed = list.trim();
  const firstDash = DASH.exec(trimmed);
  if (firstDash === null) return list;
  const opening = trimmed.slice(0, firstDash.index);
  const holderFirst = HOLDER_ALONE.test(opening);
  if (!holderFirst && !isPost(opening)) return list;
  const segments = trimmed.split(DASH);
  if (segments.length >= MIN_PAIRS + 1 && holderFirst) return withHoldersFirstApart(list, segments);
  if (segments.length < MIN_PAIRS + 1 || !isPost(segments[0]) || !HOLDER_ALONE.test(segments[segments.length - 1])) return list;
  const entries: string[] = [];
  let post = segments[0];
  for (const segment of segments.slice(1, -1)) {
    const pair = HOLDER_THEN_POST.exec(segment);
    if (pair === null || !isPost(pair[2])) return list;
    entries.push(`${pair[1]} (${post})`);
    post = pair[2];
  }
  entries.push(`${segments[segments.length - 1]} (${post})`);
  return entries.join('; ');
}

/** "Finance Assistant L Rowland": a post in capitalised words, then the next holder by initials and surname. */
const POST_THEN_HOLDER = /^(\p{Lu}[\p{L}&'’/-]*(?:\s+(?:\p{Lu}[\p{L}&'’/-]*|of|and|for|the|&)){0,6})\s+((?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(?:\p{Lu}\.?\s+){1,3}\p{Lu}[\p{L}'’-]*\p{Ll}[\p{L}'’-]*)$/u;
const CAPITALISED_WORDS = /^\p{Lu}[\p{L}&'’/-]*(?:\s+(?:\p{Lu}[\p{L}&'’/-]*|of|and|for|the|&)){0,6}$/u;

/**
 * "M D Watson - Chief Executive J Williams – Finance Assistant L Rowland - Administration Assistant": a board's officers
 * listed holder first, the pairs run on with nothing between them (a drainage board's "In attendance" line). Each
 * post ends at the next holder's initials; a post of an office's word one of them at least. The list as it is otherwise.
 */
function withHoldersFirstApart(list: string, segments: string[]): string {
  const entries: string[] = [];
  let holder = segments[0];
  for (const segment of segments.slice(1, -1)) {
    const pair = POST_THEN_HOLDER.exec(segment);
    if (pair === null) return list;
    entries.push(`${holder} (${pair[1]})`);
    holder = pair[2];
  }
  const last = segments[segments.length - 1];
  if (!CAPITALISED_WORDS.test(last)) return list;
  entries.push(`${holder} (${last})`);
  return entries.some((entry) => OFFICE_WORDS.test(entry.slice(entry.indexOf('(')))) ? entries.join('; ') : list;
}
