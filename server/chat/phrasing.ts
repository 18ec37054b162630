// How the chat words what it found, or did not: dates, bodies and speakers in a sentence, and "nothing found" with
// the filters that narrowed the search.
import type { SearchFilters } from '../../core/search-types';
import type { Interpretation } from './interpret';
import { listed } from '../../core/text/lists';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "28 March 2017" from "2017-03-28". */
export function formatDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

export function theBody(body: string): string {
  return /^the\b/i.test(body) ? body.replace(/^the\b/i, 'the') : `the ${body}`;
}

function describeFilters(filters: SearchFilters): string[] {
  const parts: string[] = [];
  if (filters.year?.length) parts.push(`in ${listed(filters.year.map(String), 'or')}`);
  if (filters.from && filters.to) parts.push(periodBetween(filters.from, filters.to));
  else if (filters.from) parts.push(`since ${formatDate(filters.from)}`);
  else if (filters.to) parts.push(`up to ${formatDate(filters.to)}`);
  if (filters.body?.length) parts.push(`at ${listed(filters.body.map(theBody), 'or')}`);
  if (filters.speaker?.length) parts.push(`said by ${speakersInSentence(filters.speaker)}`);
  if (filters.decisionsOnly) parts.push('among decisions only');
  return parts;
}

/** A period as a reader would say it: "on 26 July 2017", "in March 2017", "in 2017", else "between … and …". */
function periodBetween(from: string, to: string): string {
  if (from === to) return `on ${formatDate(from)}`;
  const [fromYear, fromMonth, fromDay] = from.split('-').map(Number);
  const [toYear, toMonth, toDay] = to.split('-').map(Number);
  const lastDayOfMonth = new Date(Date.UTC(toYear, toMonth, 0)).getUTCDate();
  if (fromYear === toYear && fromDay === 1 && toDay === lastDayOfMonth) {
    if (fromMonth === 1 && toMonth === 12) return `in ${fromYear}`;
    if (fromMonth === toMonth) return `in ${MONTHS[fromMonth - 1]} ${fromYear}`;
  }
  return `between ${formatDate(from)} and ${formatDate(to)}`;
}

/** Speakers named mid-sentence: "the Chief of Staff or Elaine Bolton". */
export function speakersInSentence(speakers: string[]): string {
  return listed(speakers.map((speaker) => speaker.replace(/^(The|A|An)\b/, (word) => word.toLowerCase())), 'or');
}

export function nothingFound(interpretation: Interpretation): string {
  const about = interpretation.topic ? ` about "${interpretation.topic}"` : '';
  const filters = describeFilters(interpretation.filters);
  const scope = filters.length > 0 ? ` ${filters.join(', ')}` : '';
  // "Who is the Commissioner?" names a speaker and no subject: the minutes are searched by subject, so ask for one.
  if (!interpretation.topic) return `I found nothing to quote${scope}: the minutes are searched by subject, so name one too, for example "What was said about CCTV?"`;
  const tryFewer = filters.length > 0 ? 'fewer filters (drop the year, the body or the speaker), ' : '';
  return `I found nothing in the minutes${about}${scope}. Try ${tryFewer}other words for the topic, or a broader question.`;
}

/**
 * A speaker's words asked for where the conversation's narrowing leaves none ("What did Mrs Bolton ask?" after a
 * question about one meeting): the narrowing is why, not a missing subject, and "at any time" lifts it.
 */
export function nothingSaidBy(filters: SearchFilters): string | null {
  const { speaker = [], ...others } = filters;
  const scope = describeFilters(others);
  if (speaker.length === 0 || scope.length === 0) return null;
  return `The minutes record nothing said by ${speakersInSentence(speaker)} ${scope.join(', ')}. Ask about another meeting, or add "at any time" to hear what they said at every meeting.`;
}

/** Asked how many or how much, when what the minutes say on the subject gives no figure. */
export function noFigureFound(interpretation: Interpretation): string {
  return `The minutes I found on "${interpretation.topic}" give no figure for it.`;
}
