// A council's minutes for a year in one file print its name once, over the first meeting; each later meeting's title
// names the council only by its kind ("Minutes of the Parish Council Meeting held on 7th April 2025"). Such a meeting
// is the council's named above it, whose name ends in the words its title gives ("Ashworth Parish Council").
import type { GeneralDraft } from './general';
import { bodyNamedIn, isMinutesTitle } from '../header/minutes-titles';
import { opensWithDateAlone } from './dated-log';

/** How many lines at a meeting's top its title of minutes is looked for in. */
const TITLE_REACH = 8;

/** Whether `line` is a title of minutes naming only the kind of `body`: "Minutes of the Parish Council Meeting …" of "Ashworth Parish Council". */
export function namesKindOf(line: string, body: string): boolean {
  const kind = isMinutesTitle(line) ? bodyNamedIn(line)?.toLowerCase() : undefined;
  return kind !== undefined && body.length > kind.length && body.toLowerCase().endsWith(` ${kind}`);
}

/**
 * The drafts, each naming no body given the body of the meeting before it where its title names that body's kind, or
 * where it opens with its date alone (a log's entry under the title naming the body over the first).
 */
export function withBodiesCarriedOn(drafts: GeneralDraft[], meetingsLines: string[][]): GeneralDraft[] {
  const carried: GeneralDraft[] = [];
  for (const [position, draft] of drafts.entries()) {
    const before = carried[position - 1]?.meeting.body ?? null;
    const namesKind = draft.meeting.body === null && before !== null && (opensWithDateAlone(meetingsLines[position]) || meetingsLines[position].slice(0, TITLE_REACH).some((line) => namesKindOf(line, before)));
    carried.push(namesKind ? { meeting: { ...draft.meeting, body: before }, missing: draft.missing.filter((field) => field !== 'body') } : draft);
  }
  return carried;
}
