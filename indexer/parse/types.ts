// Plain data passed between the parse modules before ids are assigned.
import type { Attendee } from '../../core/types';

/** An agenda item as found in the text: its heading and the raw lines under it. */
export interface DraftItem {
  number: string | null;
  title: string;
  lines: string[];
  /** The one person or office that took the item's decisions ("The Cabinet Member for Highways"), where a decision record names one: their speaker. */
  decisionMaker?: string;
  /** A decision record's words, no label over them: its first paragraph is the decision where no other is. */
  decidedText?: boolean;
}

/** A meeting as found in the text, before the sidecar is applied and ids are assigned. */
export interface DraftMeeting {
  body: string | null;
  date: string | null;
  time: string | null;
  title: string;
  venue: string | null;
  attendees: Attendee[];
  items: DraftItem[];
}

export const MINUTES_TITLE = 'Minutes';
export const AGENDA_TITLE = 'Agenda';
