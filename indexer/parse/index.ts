// Plain text of a minutes document → meetings, items and paragraphs. Pure: no I/O, no logging.
import { createHash } from 'node:crypto';
import { ERROR_CODES, InputError } from '../../core/errors';
import type { AgendaItem, Attendee, Meeting, ParsedDocument, Sidecar, SourceFormat } from '../../core/types';
import { removePageFurniture } from './furniture';
import { detectLayout, type Layout } from './layout';
import { parseAgendaAndMinutesPage, parseAgendaItemPage } from './moderngov';
import { buildParagraphs } from './paragraphs';
import { parsePrintedDocument } from './printed';
import type { DraftMeeting } from './types';

export interface ParseInput {
  text: string;
  format: SourceFormat;
  file: string;
  documentId: string;
  sourceUrl?: string | null;
  sidecar?: Sidecar;
}

function draftMeetings(layout: Layout, text: string): DraftMeeting[] {
  if (layout === 'moderngov-minutes') return [parseAgendaAndMinutesPage(text.split('\n'))];
  if (layout === 'moderngov-item') return [parseAgendaItemPage(text.split('\n'))];
  return parsePrintedDocument(removePageFurniture(text));
}

function toItems(draft: DraftMeeting, layout: Layout): AgendaItem[] {
  return draft.items.map((item, index) => {
    const { paragraphs, decisions, truncatedItemNumber } = buildParagraphs(item.lines, { leadingSpaceMarksBullet: layout === 'printed' });
    return {
      index,
      number: item.number ?? truncatedItemNumber,
      title: item.title,
      paragraphs,
      decisions,
    };
  });
}

/** Item ids are derived, not stored on the item: `${meetingId}-i${index}`. */

function meetingIdOf(documentId: string, ordinal: number, date: string | null): string {
  const digest = createHash('sha256').update(`${documentId}:${ordinal}`).digest('hex').slice(0, 10);
  return `${date ?? 'undated'}-${digest}`;
}

/** Sidecar fields override a one-meeting document; in a multi-meeting document they only fill gaps (see layout.ts). */
function applySidecar(draft: DraftMeeting, sidecar: Sidecar | undefined, override: boolean): DraftMeeting {
  if (!sidecar) return draft;
  const pick = <T>(parsed: T | null, supplied: T | undefined): T | null => (override ? (supplied ?? parsed) : (parsed ?? supplied ?? null));
  return {
    ...draft,
    body: pick(draft.body, sidecar.body),
    date: pick(draft.date, sidecar.date),
    venue: pick(draft.venue, sidecar.venue),
    title: override ? (sidecar.title ?? draft.title) : draft.title,
  };
}

export function parseMinutes(input: ParseInput): ParsedDocument {
  const text = input.text.replace(/\r\n?/g, '\n').replace(/\u00a0/g, ' ');
  const layout = detectLayout(text);
  const drafts = layout ? draftMeetings(layout, text).filter((draft) => draft.items.length > 0) : [];
  if (!layout || drafts.length === 0) {
    throw new InputError(
      ERROR_CODES.NO_MINUTES_FOUND,
      `expected minutes (a ModernGov minutes page, an agenda item page, or printed "MINUTES of a meeting ...") but found no meeting with agenda items in ${input.file}`,
      { file: input.file },
    );
  }
  const url = input.sidecar?.url ?? input.sourceUrl ?? null;
  const meetings = drafts.map((parsed, ordinal): Meeting => {
    const draft = applySidecar(parsed, input.sidecar, drafts.length === 1);
    const id = meetingIdOf(input.documentId, ordinal, draft.date);
    return {
      id,
      body: draft.body,
      date: draft.date,
      time: draft.time,
      title: draft.title,
      venue: draft.venue,
      attendees: draft.attendees.map((name): Attendee => ({ name, role: null, attendance: 'present' })),
      source: { documentId: input.documentId, file: input.file, format: input.format, url },
      items: toItems(draft, layout!),
    };
  });
  return { meetings, warnings: [] };
}
