// "STATE OF TEXAS )(" over "COUNTY OF WILLIAMSON )(", "The State of Texas {}" over "County of Burnet {}": the venue
// caption a Texas commissioners court's clerk sets above the minutes, as on a court record. It names no body and no
// item, and read as lines of the header it ends the header before "Present:" (whose roll is then lost); blanked, the
// minutes' title and roll are read as any county board's.
import { withLinesRewritten } from './line-rewrites';

/** The caption's first character, in either case: most lines are let go by it. */
const CAPTION_CHARACTERS = 'sScCtT';
/** "STATE OF TEXAS )(", "COUNTY OF WILLIAMSON )(", "The State of Texas {}", "County of Burnet {}", "COUNTY OF KERR §". */
const VENUE_CAPTION = /^\s*(?:the\s+)?(?:state|county)\s+of\s+\p{L}[\p{L} .'-]{1,40}?\s*(?:\)\s*\(|\{\s*\}|§)\s*$/iu;

/** `lines` with each venue caption line blanked; the same array when there is none. */
export const withVenueCaptionsBlanked = (lines: string[]): string[] => withLinesRewritten(lines, CAPTION_CHARACTERS, VENUE_CAPTION, () => '');
