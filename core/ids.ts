// Ids derived from plain data, so the parser, the chunker, the store and the API agree without passing ids around.
import type { AgendaItem, Meeting } from './types';

export function itemIdOf(meeting: Pick<Meeting, 'id'>, item: Pick<AgendaItem, 'index'>): string {
  return `${meeting.id}-i${item.index}`;
}
