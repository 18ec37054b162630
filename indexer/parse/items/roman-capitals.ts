// Scottish city councils' minutes number their articles in Roman numerals before a title in capitals, with no stop
// after the numeral: "I DUNDEE SUN CITY - BOARD", "II TAY ROAD BRIDGE JOINT BOARD". A full stop is set after each
// numeral, so it reads as an item's number as "I. CALL TO ORDER" does; only where "I" and "II" both open such lines, as
// a capital "I" alone may open a heading's words.

/** A Roman numeral up to XXXIX, a space, and a title's first word (capitals, or a capital and letters). */
const NUMERAL_BEFORE_CAPITALS = /^(X{0,3}(?:IX|IV|V?I{0,3}))(?=\s+[A-Z][A-Za-z'’&,-]*[A-Za-z](?:\s|$))/;
/** A word of a title in capitalised words, or one of the small words between them ("Trust - Board", "Roads and Bridges"). */
const TITLE_WORD = /^(?:\p{Lu}[\p{L}'’&,.-]*|of|and|the|for|to|in|on|at|-|–|&)$/u;

/** The numeral opening a line of capitals, or null; most lines are let go on their first character. */
function numeralOf(line: string): string | null {
  const first = line.charAt(0);
  if (first !== 'I' && first !== 'V' && first !== 'X') return null;
  const numeral = NUMERAL_BEFORE_CAPITALS.exec(line)?.[1] ?? '';
  // The title's words are capitals, or capitalised words: "I will …" or "Item 4" are no numbered title.
  return numeral !== '' && line.slice(numeral.length).trim().split(/\s+/).every((word) => TITLE_WORD.test(word)) ? numeral : null;
}

/** `lines` with a full stop after the numeral of each article so numbered, when both "I" and "II" open one; the same array otherwise. */
export function withRomanNumeralsStopped(lines: string[]): string[] {
  const numerals = lines.map(numeralOf);
  if (!numerals.includes('I') || !numerals.includes('II')) return lines;
  return lines.map((line, index) => (numerals[index] === null ? line : `${numerals[index]}.${line.slice(numerals[index]!.length)}`));
}
