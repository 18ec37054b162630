// Answers kept, for rules asked the same of the same text many times: a pack of one body's minutes repeats its members'
// list and its standing items' titles ("Apologies for absence", "Declarations of interest") at every meeting, and the
// layout rules ask of each line of a header three or four times whether it is an attendance label. Two kinds:
// `remembering`, made anew for each document (its answers may be changed by callers, and go with the document), and
// `rememberingShared`, one for every document, for answers that depend on the text alone and are frozen, in bounded room.
// No imports: every rule may use it.

/**
 * Keys longer than this are read each time: what repeats in a document is a title or a list of members, and a long key
 * (a document on one line is one key) would be kept whole for the rest of it.
 */
const MAX_REMEMBERED_KEY = 2000;

/** `read` with its answers kept: each key is read once (an answer of undefined is not kept: one look-up a key, not two). */
export function remembering<T>(read: (key: string) => T): (key: string) => T {
  const answers = new Map<string, T>();
  return (key) => {
    if (key.length > MAX_REMEMBERED_KEY) return read(key);
    const known = answers.get(key);
    if (known !== undefined) return known;
    const answer = read(key);
    answers.set(key, answer);
    return answer;
  };
}

/** How much a shared memory keeps before it starts again: answers, and characters of texts asked about. */
const [MAX_SHARED_ANSWERS, MAX_SHARED_CHARACTERS] = [20_000, 4_000_000];

/**
 * `read` with its answers kept for every document, each frozen: V8 hashes a long string by its length alone, so a long
 * key (a document run onto one line) costs no more to look up than a short one, and the characters kept are bounded.
 */
export function rememberingShared<T extends object>(read: (key: string) => T | null): (key: string) => Readonly<T> | null {
  const answers = new Map<string, Readonly<T> | null>();
  let characters = 0;
  return (key) => {
    if (key.length > MAX_SHARED_CHARACTERS) return read(key);
    const known = answers.get(key);
    if (known !== undefined) return known;
    if (answers.size >= MAX_SHARED_ANSWERS || characters + key.length > MAX_SHARED_CHARACTERS) {
      answers.clear();
      characters = 0;
    }
    const answer = read(key);
    answers.set(key, answer && Object.freeze(answer));
    characters += key.length;
    return answer;
  };
}
