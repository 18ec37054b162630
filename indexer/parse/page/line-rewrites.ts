// One pass over a document's lines, rewriting each line a rule's anchored pattern finds: most lines are let go by their
// first non-blank character before the pattern is tried, as every rule runs on every line.

/**
 * `lines` with each line that opens with one of `firstCharacters` and matches `pattern` rewritten (`rewrite` may give a
 * line back as it is); the same array when no line changes.
 */
export function withLinesRewritten(lines: string[], firstCharacters: string, pattern: RegExp, rewrite: (line: string) => string): string[] {
  let out: string[] | null = null;
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index];
    const first = line.trimStart()[0];
    if (first === undefined || !firstCharacters.includes(first) || !pattern.test(line)) continue;
    const rewritten = rewrite(line);
    if (rewritten === line) continue;
    out ??= lines.slice();
    out[index] = rewritten;
  }
  return out ?? lines;
}
