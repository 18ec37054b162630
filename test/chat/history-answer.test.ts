// History questions in the chat: recognised by their wording, the subject left for the search, and answered from the
// topic history with the first mention and the decisions cited.
import { answerFromHistory, readHistoryQuestion, withoutHistoryCue } from '../../server/chat/history-answer';
import type { Interpretation } from '../../server/chat/interpret';
import { buildTopicHistory } from '../../server/topics/history';
import type { Passage, TopicHistoryResponse } from '../../server/api-types';
import { topicResult as result } from '../helpers/topic-results';

const interpretation: Interpretation = { query: 'harbour wall', topic: 'harbour wall', filters: {}, preferDecisions: false, asksForFigure: false, focus: '' };

function historyOf(results: Passage[]): TopicHistoryResponse {
  const history = buildTopicHistory(results, { topic: 'harbour wall', minSimilarity: 0.3 });
  return { query: 'harbour wall', servedMode: 'hybrid', degraded: null, passagesRead: results.length, morePassages: false, ...history, marks: { terms: ['harbour', 'wall'], meaning: 'harbour wall' } };
}

const raised = result({ meeting: 'm-2021-04', date: '2021-04-12', item: 'Harbour wall', itemNumber: '5', paragraph: 0, text: 'Cllr Penrose raised the state of the harbour wall. She asked for a survey.' });
const surveyed = result({ meeting: 'm-2021-04', date: '2021-04-12', item: 'Harbour wall', itemNumber: '5', paragraph: 1, text: 'The Clerk agreed to commission a survey of the harbour wall.' });
const tender = result({ meeting: 'm-2021-10', date: '2021-10-04', item: 'Harbour wall tender', itemNumber: '3', paragraph: 0, text: 'Three tenders for the harbour wall were received.' });
const accepted = result({ meeting: 'm-2021-10', date: '2021-10-04', item: 'Harbour wall tender', itemNumber: '3', paragraph: 1, decision: true, text: 'RESOLVED that the lowest tender for the harbour wall be accepted.' });

describe('readHistoryQuestion', () => {
  it.each([
    ['What happened with the harbour wall?', 'happened'],
    ['what has happened to the harbour wall', 'happened'],
    ['Give me the history of the harbour wall', 'happened'],
    ['What was decided about the harbour wall?', 'decided'],
    ['What was finally agreed on the harbour wall?', 'decided'],
    ['When was the harbour wall first raised?', 'first-raised'],
    ['When did the harbour wall first come up?', 'first-raised'],
    ['When did the council first discuss the harbour wall?', 'first-raised'],
    ['When was the harbour wall last discussed?', 'last-raised'],
    ['When did they last talk about the harbour wall?', 'last-raised'],
    ['When was the last time the harbour wall came up?', 'last-raised'],
    ['When was the harbour wall discussed?', 'discussed'],
    ['When did the council debate the harbour wall?', 'discussed'],
    ['When?', 'discussed'],
    ['and when was that?', 'discussed'],
  ])('reads "%s" as a %s question', (message, kind) => {
    expect(readHistoryQuestion(message)).toBe(kind);
  });

  it('leaves other questions alone', () => {
    expect(readHistoryQuestion('What did the Clerk say about the harbour wall?')).toBeNull();
    expect(readHistoryQuestion('When was the harbour wall survey due?')).toBeNull();
    expect(readHistoryQuestion('When is the next meeting?')).toBeNull();
  });

  it('takes the question\'s wording out of the last message only, leaving the subject', () => {
    const messages = withoutHistoryCue([
      { role: 'user', content: 'What happened with the bus shelter?' },
      { role: 'assistant', content: 'An answer.' },
      { role: 'user', content: 'When was the harbour wall first raised?' },
    ]);
    expect(messages[0].content).toBe('What happened with the bus shelter?');
    expect(messages[2].content.replace(/\s+/g, ' ').trim()).toBe('the harbour wall ?');
    for (const question of ['When was the harbour wall last discussed?', 'When was the last time the harbour wall came up?']) {
      expect(withoutHistoryCue([{ role: 'user', content: question }])[0].content.replace(/\s+/g, ' ').trim()).toBe('the harbour wall ?');
    }
  });
});

describe('answerFromHistory', () => {
  const history = historyOf([tender, accepted, raised, surveyed]);

  it('tells what happened: the first mention, the later meetings and the decision, each cited', () => {
    const { answer, citations } = answerFromHistory('happened', interpretation, history);
    expect(answer).toBe(
      '“harbour wall” was first raised at the Harbourside Town Council on 12 April 2021 (item 5: Harbour wall): “Cllr Penrose raised the state of the harbour wall.” [1] ' +
        'It was discussed at one later meeting (4 October 2021). The decision recorded on it: ' +
        'At the Harbourside Town Council on 4 October 2021 (item 3: Harbour wall tender), it was resolved that the lowest tender for the harbour wall be accepted. [2]',
    );
    expect(citations.map((citation) => [citation.n, citation.chunkId])).toEqual([[1, raised.id], [2, accepted.id]]);
  });

  it('tells of the first meeting from its passage naming the subject as written, not one naming its words apart', () => {
    const apart = result({ meeting: 'm-2021-04', date: '2021-04-12', item: 'Sea defences', itemNumber: '5', paragraph: 0, text: 'A survey of every wall along the harbour front was reported.' });
    const named = result({ meeting: 'm-2021-04', date: '2021-04-12', item: 'Sea defences', itemNumber: '5', paragraph: 1, text: 'Cracks in the harbour wall had widened over the winter.' });
    const { answer, citations } = answerFromHistory('happened', interpretation, historyOf([apart, named]));
    expect(answer).toMatch(/^“harbour wall” was first raised at the Harbourside Town Council on 12 April 2021 \(item 5: Sea defences\): “Cracks in the harbour wall had widened over the winter\.” \[1\]/);
    expect(citations.map((citation) => citation.chunkId)).toEqual([named.id]);
  });

  it('answers what was decided with the decisions alone, and says so when there is none', () => {
    expect(answerFromHistory('decided', interpretation, history).citations.map((citation) => citation.chunkId)).toEqual([accepted.id]);
    const undecided = answerFromHistory('decided', interpretation, historyOf([raised, surveyed, tender]));
    expect(undecided.answer).toMatch(/^I found no recorded decision on “harbour wall”\. It was first raised at the Harbourside Town Council on 12 April 2021/);
    expect(undecided.citations.map((citation) => citation.chunkId)).toEqual([raised.id]);
  });

  it('answers when it was first raised with that mention and the latest decision', () => {
    const { answer, citations } = answerFromHistory('first-raised', interpretation, history);
    expect(answer).toMatch(/^“harbour wall” was first raised at the Harbourside Town Council on 12 April 2021/);
    expect(answer).toMatch(/The latest decision on it: At the Harbourside Town Council on 4 October 2021/);
    expect(citations).toHaveLength(2);
  });

  it('quotes the first mention\'s sentence naming the subject, not its opening about something else', () => {
    const aside = result({ meeting: 'm-2021-01', date: '2021-01-11', item: 'Correspondence', itemNumber: '2', paragraph: 0, text: 'The Clerk read a letter from the sailing club. It also asked who repairs the harbour wall.' });
    const { answer } = answerFromHistory('first-raised', interpretation, historyOf([aside, raised, surveyed]));
    expect(answer).toMatch(/on 11 January 2021 \(item 2: Correspondence\): “It also asked who repairs the harbour wall\.” \[1\]/);
  });

  it('answers when it was discussed with each meeting by date, quoting the sentence naming the subject', () => {
    const { answer, citations } = answerFromHistory('discussed', interpretation, history);
    expect(answer).toBe(
      '“harbour wall” was discussed at 2 meetings: 12 April 2021, 4 October 2021. ' +
        'At the Harbourside Town Council on 12 April 2021 (item 5: Harbour wall), Cllr Penrose raised the state of the harbour wall. [1] ' +
        'At the Harbourside Town Council on 4 October 2021 (item 3: Harbour wall tender), Three tenders for the harbour wall were received. [2]',
    );
    expect(citations.map((citation) => citation.meeting.date)).toEqual(['2021-04-12', '2021-10-04']);
  });

  it('answers when it was last discussed with the latest meeting quoted and the count of meetings', () => {
    const { answer, citations } = answerFromHistory('last-raised', interpretation, history);
    expect(answer).toBe(
      '“harbour wall” was last discussed on 4 October 2021. ' +
        'At the Harbourside Town Council on 4 October 2021 (item 3: Harbour wall tender), Three tenders for the harbour wall were received. [1] ' +
        '(2 meetings discussed it in all, the first on 12 April 2021.)',
    );
    expect(citations.map((citation) => citation.meeting.date)).toEqual(['2021-10-04']);
    expect(answerFromHistory('last-raised', interpretation, historyOf([raised])).answer).toMatch(/last discussed on 12 April 2021\..*\(No other meeting discussed it\.\)$/);
  });

  it('quotes the decisions naming the whole subject before later ones only near it', () => {
    const nearby = result({ meeting: 'm-2022-01', date: '2022-01-10', item: 'Harbour', itemNumber: '4', paragraph: 2, decision: true, text: 'RESOLVED that the harbour master be thanked for his report.', similarity: 0.7 });
    const { citations } = answerFromHistory('decided', interpretation, historyOf([tender, accepted, raised, surveyed, nearby]));
    expect(citations.map((citation) => citation.chunkId)).toEqual([accepted.id]);
  });

  it('says it found nothing when the history is empty', () => {
    expect(answerFromHistory('happened', interpretation, historyOf([]))).toEqual({ answer: expect.stringMatching(/^I found nothing in the minutes about "harbour wall"/), citations: [] });
  });
});

describe('answerFromHistory, told only of the subject', () => {
  it('tells no meeting whose passages are near the subject in meaning alone, holding under half its words', () => {
    const subject: Interpretation = { ...interpretation, query: 'harbour wall repair contract', topic: 'harbour wall repair contract' };
    const near = result({ meeting: 'm-2020-02', date: '2020-02-03', item: 'Coastal matters', paragraph: 0, text: 'The contract for the beach huts was renewed.', similarity: 0.9 });
    const history = buildTopicHistory([near, { ...raised, similarity: 0.6 }, { ...surveyed, similarity: 0.6 }], { topic: 'harbour wall repair contract', minSimilarity: 0.3 });
    const response: TopicHistoryResponse = { query: subject.query, servedMode: 'hybrid', degraded: null, passagesRead: 3, morePassages: false, ...history, marks: { terms: [], meaning: subject.query } };
    expect([...history.meetings, ...history.inPassing.meetings].map((entry) => entry.meeting.id)).toContain('m-2020-02');
    const told = answerFromHistory('first-raised', subject, response);
    expect(told.citations.map((citation) => citation.meeting.id)).not.toContain('m-2020-02');
    expect(told.answer).toContain('12 April 2021');
  });
});
