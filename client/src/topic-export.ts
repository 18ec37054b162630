// A topic history as a researcher takes it away (Markdown, CSV), and what the view and the exports quote of each
// meeting: its passages on the subject, then its decisions not among them.
import type { TopicHistoryResponse, TopicMeeting, TopicPassage } from '../../server/api-types';
import { formatDate, itemLabel, plural } from './dom';
import { csvCell } from './export';

export function quotedPassages(entry: TopicMeeting): TopicPassage[] {
  const listed = new Set(entry.passages.map((passage) => passage.chunkId));
  return [...entry.passages, ...entry.decisions.filter((decision) => !listed.has(decision.chunkId))];
}

export function meetingTitle(entry: { meeting: TopicMeeting['meeting'] }): string {
  return [entry.meeting.body, entry.meeting.date ? formatDate(entry.meeting.date) : 'undated'].filter(Boolean).join(' · ');
}

export function historyToMarkdown(history: TopicHistoryResponse, origin: string): string {
  const quote = (text: string) => text.replace(/\s+/g, ' ').trim();
  const lines = [`# Topic history: ${history.query}`, ''];
  for (const entry of history.meetings) {
    lines.push(`## ${meetingTitle(entry)}`, '');
    for (const passage of quotedPassages(entry)) {
      lines.push(`- ${passage.decision ? '**Decision:** ' : ''}${passage.speaker ? `${passage.speaker}: ` : ''}“${quote(passage.text)}” (${itemLabel(passage.item)}, ${origin}${passage.link})`);
    }
    lines.push('');
  }
  if (history.inPassing.count > 0) lines.push(`Also mentioned in passing at ${plural(history.inPassing.count, 'meeting')}.`, '');
  return lines.join('\n');
}

export function historyToCsv(history: TopicHistoryResponse, origin: string): string {
  const header = ['meeting_date', 'body', 'meeting_title', 'in_passing', 'item', 'speaker', 'decision', 'text', 'link'];
  const rows = [...history.meetings.map((entry) => [entry, false] as const), ...history.inPassing.meetings.map((entry) => [entry, true] as const)].flatMap(([entry, passing]) =>
    quotedPassages(entry).map((passage) =>
      [entry.meeting.date, entry.meeting.body, entry.meeting.title, passing, itemLabel(passage.item), passage.speaker, passage.decision, passage.text, origin + passage.link].map(csvCell).join(','),
    ),
  );
  return [header.join(','), ...rows].join('\r\n') + '\r\n';
}
