// Regular expressions shared by the parse rules.

/**
 * One pattern that matches wherever any of `patterns` does: a line is tested once instead of once per pattern,
 * which counts in documents of hundreds of thousands of lines. The patterns must share their flags.
 */
export function anyOf(patterns: readonly RegExp[]): RegExp {
  const flags = new Set(patterns.map((pattern) => pattern.flags));
  if (flags.size !== 1) throw new Error(`expected patterns with the same flags but found ${[...flags].map((flag) => `"${flag}"`).join(', ')}`);
  return new RegExp(patterns.map((pattern) => `(?:${pattern.source})`).join('|'), patterns[0].flags);
}
