// A decision that opens a list ("RESOLVED that the Panel … recommends that:") says nothing alone: its parts are the
// paragraphs after it, which the meeting record joins into one decision. Quoted, it is quoted with them.
import { itemIdOf } from '../../core/ids';
import type { Store } from '../../indexer/stores/store';
import type { SearchResult } from '../api-types';

export function withDecisionParts(results: SearchResult[], store: Pick<Store, 'getMeeting'>): SearchResult[] {
  return results.map((result) => {
    if (!result.decision || !result.text.trimEnd().endsWith(':')) return result;
    const item = store.getMeeting(result.meeting.id)?.items.find((candidate) => itemIdOf(result.meeting, candidate) === result.item.id);
    const whole = item?.decisions.find((decision) => decision.length > result.text.length && decision.startsWith(result.text));
    return whole ? { ...result, text: whole } : result;
  });
}
