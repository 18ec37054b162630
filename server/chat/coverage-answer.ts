// "Which meetings do you have?", "What committees are covered?": what the minutes held here cover, answered from the
// store's own count of meetings per body, since a newcomer's first question is often what they can ask about.
import type { Store } from '../../indexer/stores/store';
import { formatDate } from './phrasing';

/**
 * "What meetings do you have?", "which committees are covered?", "what does this cover?", "list the meetings"; and of a
 * period or body: "do you have the minutes from 2024?", "are the minutes for March 2019 available?", "are there meetings
 * of the Dartford committee?" (a subject after them, "minutes on knife crime", is a question for the search).
 */
export const ASKS_COVERAGE =
  /\b(?:(?:do|does)\s+(?:you|it|this)\s+(?:have|hold|cover|include)|are\s+there)\s+(?:any\s+)?(?:the\s+)?(?:minutes|meetings)(?:\s+(?:from|for|of|in|since|before|after|between)\s+[\w\s/,&()-]{1,80}?)?\s*[?.!]*\s*$|\b(?:is|are)\s+(?:there\s+)?(?:any\s+)?(?:the\s+)?(?:minutes|meetings)(?:\s+(?:from|for|of|in|since|before|after|between)\s+[\w\s/,&()-]{1,80}?)?\s+(?:available|held|here|indexed|covered|included)\s*[?.!]*\s*$|\b(?:which|what)\s+(?:meetings|minutes|committees|bodies|councils|panels|boards|documents)\s+(?:do\s+you\s+(?:have|hold|know|cover)|are\s+(?:there|here|covered|included|indexed|held|available|in\s+(?:here|this|it))|(?:does|do)\s+(?:this|it)\s+(?:cover|have|hold|include))\b|\bwhat\s+(?:does|do)\s+(?:this|it|you)\s+(?:cover|hold|include)\b|\b(?:list|show)\s+(?:me\s+)?(?:all\s+)?(?:the\s+)?(?:meetings|committees|bodies)\b|\bhow\s+many\s+(?:meetings|committees|bodies|councils|panels|boards|documents)\s+(?:are\s+(?:there|here|covered|included|indexed|held|available)|(?:do|does)\s+(?:you|it|this)\s+(?:have|hold|cover|include|know))\b/i;

/** Bodies named with their meeting counts; more are counted. */
const BODIES_NAMED = 8;
/** Up to this many meetings, each body's meetings are listed by date. */
const MEETINGS_LISTED = 24;

/** Each body's dated meetings, oldest first: "28 March 2017, 20 July 2017". */
function datesByBody(store: Store): Map<string, string[]> {
  const { meetings } = store.listMeetings({ limit: MEETINGS_LISTED + 1, offset: 0 });
  const dates = new Map<string, Set<string>>();
  for (const meeting of meetings) {
    if (!meeting.body || !meeting.date) continue;
    dates.set(meeting.body, (dates.get(meeting.body) ?? new Set()).add(meeting.date));
  }
  return new Map([...dates].map(([body, days]) => [body, [...days].sort().map(formatDate)]));
}

/** A body's meetings: their dates when listed ("28 March 2017, 20 July 2017"), other records (an undated item page, a second record of a meeting) counted; else a count. */
function meetingsOf(name: string, records: number, dates: Map<string, string[]>): string {
  const listed = dates.get(name);
  if (!listed) return `${records} meeting record${records === 1 ? '' : 's'}`;
  const others = records - listed.length;
  return others > 0 ? `${listed.join(', ')}; and ${others} other record${others === 1 ? '' : 's'}, undated or part of a meeting listed` : listed.join(', ');
}

/** "What is the Police and Crime Panel?": a body named alone, asked what it is. */
export const ASKS_WHAT_A_BODY_IS = /^\s*(?:what|who)\s+(?:is|are)\s+(?:the\s+)?(?<named>[^?]{3,120}?)\s*\??\s*$/i;

/** The first and last meeting dates of some bodies (meetings are listed newest first). */
function spanOf(store: Store, bodies: string[]): { firstDate: string | null; lastDate: string | null } {
  const dates = store.listMeetings({ body: bodies, limit: 1000, offset: 0 }).meetings.flatMap((meeting) => (meeting.date ? [meeting.date] : []));
  return { firstDate: dates.at(-1) ?? null, lastDate: dates[0] ?? null };
}

/** What the minutes here cover, or only of `only` (bodies named in the question). */
export function answerCoverage(store: Store, only?: string[]): string {
  const coverage = store.coverage();
  const bodies = only ? coverage.bodies.filter((body) => only.includes(body.name)) : coverage.bodies;
  if (bodies.length === 0) return 'No minutes are indexed here yet.';
  const { firstDate, lastDate } = only ? spanOf(store, only) : coverage;
  const records = bodies.reduce((sum, body) => sum + body.meetings, 0);
  const span = firstDate && lastDate ? ` from ${formatDate(firstDate)} to ${formatDate(lastDate)}` : '';
  const dates = records <= MEETINGS_LISTED ? datesByBody(store) : new Map<string, string[]>();
  const named = bodies.slice(0, BODIES_NAMED).map((body) => `${body.name} (${meetingsOf(body.name, body.meetings, dates)})`);
  const more = bodies.length > BODIES_NAMED ? `; and ${bodies.length - BODIES_NAMED} more` : '';
  const whose = bodies.length === 1 ? 'one body' : `${bodies.length} bodies`;
  if (only) return `Minutes of the ${named.join('; the ')}${span} are held here. Ask about a subject, a person or one of its meetings.`;
  return `The minutes here are of ${whose}${span}: ${named.join('; ')}${more}. Ask about a subject, a person or one of these meetings.`;
}
