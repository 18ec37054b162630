// A decision opening a list is quoted with its parts, read from the meeting record.
import { withDecisionParts } from '../../server/chat/decision-parts';
import { parseMinutes } from '../../indexer/parse';
import { itemIdOf } from '../../core/ids';
import type { Meeting } from '../../core/types';
import { topicResult } from '../helpers/topic-results';

const minutes = [
  'HARBOURSIDE TOWN COUNCIL',
  'Minutes of the meeting of the Full Council held on Monday 7 March 2022 at 7.00 pm in the Guildhall',
  '',
  '5. HARBOUR WALL',
  '',
  'The Clerk reported on the survey of the harbour wall.',
  '',
  'RESOLVED that the Council recommends that:',
  '',
  '(a) the repairs be put out to tender; and',
  '',
  '(b) the Clerk writes to the Harbour Commissioners.',
].join('\n');

describe('withDecisionParts', () => {
  const [meeting] = parseMinutes({ text: minutes, format: 'text', file: 'harbourside.txt', documentId: 'harbourside' }).meetings as Meeting[];
  const item = meeting.items[0];
  const store = { getMeeting: (id: string) => (id === meeting.id ? meeting : undefined) };
  const leadIn = item.paragraphs.find((paragraph) => paragraph.text.endsWith(':'))!;
  const asResult = (text: string, decision: boolean) => {
    const result = topicResult({ meeting: meeting.id, date: meeting.date, text, decision });
    return { ...result, item: { ...result.item, id: itemIdOf(meeting, item) } };
  };

  it('quotes a decision that opens a list with its lettered parts', () => {
    expect(leadIn.isDecision).toBe(true);
    const [quoted] = withDecisionParts([asResult(leadIn.text, true)], store);
    expect(quoted.text).toBe('RESOLVED that the Council recommends that: (a) the repairs be put out to tender; and (b) the Clerk writes to the Harbour Commissioners.');
  });

  it('leaves other passages as they are', () => {
    const discussion = asResult('The Clerk reported on the survey of the harbour wall.', false);
    const complete = asResult('RESOLVED that the minutes be signed.', true);
    expect(withDecisionParts([discussion, complete], store)).toEqual([discussion, complete]);
  });
});
