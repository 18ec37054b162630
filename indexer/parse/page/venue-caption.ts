// "STATE OF TEXAS )(" over "COUNTY OF WILLIAMSON )(", "The State of Texas {}" over "County of Burnet {}": the venue
// caption a Texas commissioners court's clerk sets above the minutes, as on a court record. It names no body and no
// item, and read as lines of the header it ends the header before "Present:" (whose roll is then lost); blanked, the
// minutes' title and roll are read as any county board's.

/** The caption's first character, in either case: most lines are let go by it. */
const CAPTION_CHARACTERS = 'sScCtT';
/** "STATE OF TEXAS )(", "COUNTY OF WILLIAMSON )(", "The State of Texas {}", "County of Burnet {}", "COUNTY OF KERR §". */
const VENUE_CAPTION = /^\s*(?:the\s+)?(?:state|county)\s+of\s+\p{L}[\p{L} .'-]{1,40}?\s*(?:\)\s*\(|\{\s*\}|§)\s*$/iu;

/** `lines` with each venue caption line blanked; the same array when there is none. */
export function withVenueCaptionsBlanked(lines: string[]): string[] {
  let out: string[] | null = null;
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index];
    const first = line.trimStart()[0];
    if (first === undefined || !CAPTION_CHARACTERS.includes(first) || !VENUE_CAPTION.test(line)) continue;
    out ??= lines.slice();
    out[index] = '';
  }
  return out ?? lines;
}
