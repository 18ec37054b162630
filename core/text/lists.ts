// A list of words written out in a sentence.

/** "A", "A and B", "A, B and C" (or "A, B or C"); '' for none. */
export function listed(parts: readonly string[], conjunction = 'and'): string {
  return parts.length < 2 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} ${conjunction} ${parts[parts.length - 1]}`;
}
