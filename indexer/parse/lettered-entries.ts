// A list lettered in capitals ("A. Approve the minutes …", "B. Approve an agreement …"), as US consent agendas print it.

/** "D. Authorize the Auditor-Controller …": a capital letter and a full stop before a capitalised word. */
const CAPITAL_LETTERED = /^([A-Z])\.\s+\p{Lu}/u;

/**
 * "D. Authorize …" over "E. Receive and file …": a line lettered with the capital after the one its block's first line
 * (`first`) opens with is the list's next entry (a lone capital and a full stop alone could be an initial: "J. Okafor
 * said …").
 */
export function nextLetteredEntry(first: string, line: string): boolean {
  if (line[1] !== '.' || first[1] !== '.') return false;
  const [opening, next] = [CAPITAL_LETTERED.exec(first), CAPITAL_LETTERED.exec(line)];
  return opening !== null && next !== null && next[1].charCodeAt(0) === opening[1].charCodeAt(0) + 1;
}
