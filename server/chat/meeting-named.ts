// The meeting a message names, by its date and its body (a name, the start of one, or only its kind), whatever the
// message asks about it.
import { tokensAsWritten } from '../../core/text/tokens';
import { findDateMentions } from './dates';
import { findBodyMentions } from './mentions';

export interface MeetingNamed {
  /** Inclusive ISO bounds of the meeting date the question names, if any. */
  from?: string;
  to?: string;
  /** The bodies the question names (one name may stand for several in the archive). */
  bodies?: string[];
  /** The bodies of the kind the question names ("the panel"), when it names none: they decide between meetings that match otherwise. */
  bodiesOfKind?: string[];
}

/** A kind of body named alone: "the July 2017 panel", "the committee". */
const BODY_KIND = /\b(panel|committee|council|board|cabinet|authority|forum)s?\b/i;

/** The meeting a message names, by its date and body, whatever it asks about it. */
export function readMeetingNamed(text: string, bodies: string[], dates = findDateMentions(text)): MeetingNamed {
  const tokens = tokensAsWritten(text);
  const mentions = findBodyMentions(tokens, bodies, () => true);
  // "the latest Dartford meeting": the start of one body's name (a place) before "meeting" names it as surely as its kind would.
  const beforeMeeting = (mention: (typeof mentions)[number]) => mention.values.length === 1 && /^meetings?$/.test(tokens[mention.last + 1]?.lower ?? '');
  const body = mentions.find((mention) => mention.strong) ?? mentions.find(beforeMeeting) ?? null;
  const bodyKind = BODY_KIND.exec(text)?.[1].toLowerCase();
  const ofKind = bodyKind ? bodies.filter((name) => new RegExp(`\\b${bodyKind}\\b`, 'i').test(name)) : [];
  // In a follow-up joined to its question ("Who chaired on 28 September? and on 20 July?") the last date counts.
  const date = dates[dates.length - 1];
  const years = date?.years;
  return {
    from: date?.from ?? (years ? `${years[0]}-01-01` : undefined),
    to: date?.to ?? (years ? `${years[years.length - 1]}-12-31` : undefined),
    bodies: body?.values,
    bodiesOfKind: !body && ofKind.length > 0 && ofKind.length < bodies.length ? ofKind : undefined,
  };
}
