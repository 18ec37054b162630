// The markers a browser shows before the items of an ordered list (`<ol type="a">`, `start`): minutes published as
// an ordered list number their items so, and only the rendering holds the number.

/** "i", "ii", "iv": a list's item count in Roman numerals, as a browser renders `<ol type="i">`. */
function romanNumeral(value: number): string {
  const numerals: [number, string][] = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
  let rest = value;
  let text = '';
  for (const [amount, numeral] of numerals) for (; rest >= amount; rest -= amount) text += numeral;
  return text;
}

/** An ordered list's marker for its item numbered `value` ("3", "c", "C", "iii", "III"), as `<ol type>` asks. */
export function listMarker(value: number, type: string | undefined): string {
  if (value < 1 || value > 3999) return String(value);
  if (type === 'a' || type === 'A') {
    const letter = value <= 26 ? String.fromCharCode(96 + value) : String(value);
    return type === 'A' ? letter.toUpperCase() : letter;
  }
  if (type === 'i') return romanNumeral(value);
  if (type === 'I') return romanNumeral(value).toUpperCase();
  return String(value);
}
