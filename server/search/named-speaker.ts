// A person the query names among the speakers of its results ("what did Brian Luker ask about travellers", "Cllr
// Palmer domestic abuse question"): their passages come first, the others after them in their own order. A model
// knows nothing of who Luker is, and keyword search ranks his one question among every passage on travellers. Roles
// ("the Commissioner", "Members") are left alone: they speak most passages. A preference among the candidates the legs
// found, as the named period is. Pure.
import { tokensAsWritten } from '../../core/text/tokens';
import { findSpeakerMentions, namesPerson } from '../chat/mentions';

/** The entries whose speaker is a person the query names first, each part in its own order (a stable partition). */
export function namedSpeakerFirst<T>(entries: T[], query: string, speakerOf: (entry: T) => string | null): T[] {
  const people = [...new Set(entries.map(speakerOf))].filter((speaker): speaker is string => speaker !== null && namesPerson(speaker));
  if (people.length === 0) return entries;
  const named = new Set(findSpeakerMentions(tokensAsWritten(query), people).flatMap((mention) => mention.values));
  if (named.size === 0) return entries;
  const byNamed = (entry: T) => named.has(speakerOf(entry) ?? '');
  return [...entries.filter(byNamed), ...entries.filter((entry) => !byNamed(entry))];
}
