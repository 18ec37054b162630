// A label's colon set on a line of its own: "PRESENT" over ":" over the names (a Word table's label cell and its colon
// cell copied one under the other, as a harbour board's minutes print it). The colon belongs to the line above it.
import { isBlank } from '../patterns';

/** `lines` with each line that is a colon alone joined to the line above it; the same array when there is none. */
export function withLoneColonsJoined(lines: string[]): string[] {
  let joined: string[] | null = null;
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index];
    // Told by the line's length first: most lines are longer than a colon and the space around it.
    const lone = line.length <= 4 && line.trim() === ':' && index > 0 && !isBlank(lines[index - 1]);
    if (lone) {
      joined ??= lines.slice(0, index);
      joined[joined.length - 1] = `${joined[joined.length - 1].trimEnd()}:`;
    } else {
      joined?.push(line);
    }
  }
  return joined ?? lines;
}

/**
 * A full stop alone on its line ("Mrs J Massie , Mr M Mitcham" over "." over "In Attendance: …": a stray mark a word
 * processor's list left under a roll's last line): no text, read as a blank line, which ends no list the way a line of
 * text does. The same array when there is none.
 */
export function withLoneStopsBlanked(lines: string[]): string[] {
  let blanked: string[] | null = null;
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index];
    if (line.length <= 40 && line.trim() === '.') (blanked ??= [...lines])[index] = '';
  }
  return blanked ?? lines;
}
