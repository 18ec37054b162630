// The topic history built from search results: meetings oldest first, passing mentions folded away, decisions quoted,
// the first mention and the latest decision picked out. Results written in the style of council minutes.
import { buildTopicHistory, paragraphLink } from '../../server/topics/history';
import { topicResult as result } from '../helpers/topic-results';

const options = { topic: 'harbour wall repairs', rarestWord: 'wall', minSimilarity: 0.3 };

describe('buildTopicHistory', () => {
  const spring = [
    result({ meeting: 'm-2021-04', date: '2021-04-12', item: 'Harbour wall', itemNumber: '5', paragraph: 2, text: 'Cllr Penrose reported that the harbour wall repairs would cost more than budgeted.' }),
    result({ meeting: 'm-2021-04', date: '2021-04-12', item: 'Harbour wall', itemNumber: '5', paragraph: 1, text: 'The Clerk said a survey of the harbour wall had found repairs were needed before winter.' }),
    result({ meeting: 'm-2021-04', date: '2021-04-12', item: 'Harbour wall', itemNumber: '5', paragraph: 3, decision: true, text: 'RESOLVED that the harbour wall repairs be put out to tender.' }),
  ];
  const autumn = [
    result({ meeting: 'm-2021-10', date: '2021-10-04', item: 'Harbour wall tender', itemNumber: '3', paragraph: 0, text: 'Three tenders for the harbour wall repairs were received.' }),
    result({ meeting: 'm-2021-10', date: '2021-10-04', item: 'Harbour wall tender', itemNumber: '3', paragraph: 1, decision: true, text: 'RESOLVED:' }),
    result({ meeting: 'm-2021-10', date: '2021-10-04', item: 'Harbour wall tender', itemNumber: '3', paragraph: 2, decision: true, text: 'That the lowest tender for the harbour wall repairs be accepted.' }),
  ];
  const passing = result({ meeting: 'm-2020-01', date: '2020-01-20', item: 'Correspondence', text: 'A letter about the harbour wall repairs was noted among the correspondence.' });
  const undated = result({ meeting: 'm-undated', date: null, item: 'Harbour wall', text: 'Members asked when the harbour wall repairs would start, and the Clerk said in spring.' });
  const offTopic = result({ meeting: 'm-2022-02', date: '2022-02-07', text: 'The Leader reported on the repairs to the bus shelter on the harbour road.', similarity: 0.28 });

  it('lists the meetings that discussed the subject oldest first, undated last, with their decisions quoted', () => {
    const history = buildTopicHistory([...autumn, ...spring, passing, undated, offTopic], options);
    expect(history.meetings.map((entry) => entry.meeting.id)).toEqual(['m-2021-04', 'm-2021-10']);
    expect(history.meetings[0].mentions).toBe(3);
    expect(history.meetings[0].decisions.map((decision) => decision.text)).toEqual(['RESOLVED that the harbour wall repairs be put out to tender.']);
    // The bare label is not quoted; the wording after it is.
    expect(history.meetings[1].decisions.map((decision) => decision.text)).toEqual(['That the lowest tender for the harbour wall repairs be accepted.']);
  });

  it('folds away meetings that only touched the subject, with a count, and counts those it cannot date', () => {
    const history = buildTopicHistory([...autumn, ...spring, passing, undated, offTopic], options);
    expect(history.inPassing.count).toBe(2);
    expect(history.inPassing.meetings.map((entry) => entry.meeting.id)).toEqual(['m-2020-01', 'm-undated']);
    expect(history.undated).toBe(1);
    expect(JSON.stringify(history)).not.toContain('bus shelter');
  });

  it('picks out the first mention (earliest meeting, earliest paragraph) and the latest decision', () => {
    const history = buildTopicHistory([...autumn, ...spring], options);
    expect(history.firstMention?.meeting.id).toBe('m-2021-04');
    expect(history.firstMention?.passage.text).toMatch(/^The Clerk said a survey/);
    expect(history.latestDecision?.meeting.date).toBe('2021-10-04');
    expect(history.latestDecision?.passage.text).toBe('That the lowest tender for the harbour wall repairs be accepted.');
    expect(buildTopicHistory([...autumn, ...spring, passing], options).firstMention?.meeting.id).toBe('m-2020-01');
  });

  it('takes as the first mention the earliest meeting naming the subject, not an earlier one near it only in meaning', () => {
    const nearInMeaning = result({ meeting: 'm-2019-01', date: '2019-01-14', item: 'Coastal matters', text: 'The Harbour Master gave an update on sea defences along the front.', similarity: 0.8 });
    const history = buildTopicHistory([nearInMeaning, ...spring], options);
    expect(history.inPassing.meetings.map((entry) => entry.meeting.id)).toEqual(['m-2019-01']);
    expect(history.firstMention?.meeting.id).toBe('m-2021-04');
    expect(buildTopicHistory([nearInMeaning], options).firstMention?.meeting.id).toBe('m-2019-01');
  });

  it('counts the title of a passage\'s item as naming the subject: "RESOLVED to note the decision." under an item named for it', () => {
    const nearInMeaning = result({ meeting: 'm-2019-01', date: '2019-01-14', item: 'Coastal matters', text: 'The Harbour Master gave an update on sea defences along the front.', similarity: 0.8 });
    const underTitle = result({ meeting: 'm-2020-03', date: '2020-03-09', item: 'Decision 12/20 - Harbour wall repairs contract', decision: true, text: 'RESOLVED to note the decision.', similarity: 0.35 });
    const history = buildTopicHistory([nearInMeaning, underTitle], options);
    expect(history.firstMention?.meeting.id).toBe('m-2020-03');
    expect(history.latestDecision?.passage.text).toBe('RESOLVED to note the decision.');
  });

  it('takes as the first mention the meeting\'s first paragraph naming the whole subject, when one does', () => {
    const opening = result({ meeting: 'm-2019-06', date: '2019-06-03', item: 'Harbour', itemNumber: '2', paragraph: 0, text: 'The harbour master reported on sea defences and the state of the wall.', similarity: 0.7 });
    const named = result({ meeting: 'm-2019-06', date: '2019-06-03', item: 'Harbour', itemNumber: '2', paragraph: 1, text: 'Members asked for a costing of harbour wall repairs.' });
    expect(buildTopicHistory([named, opening], options).firstMention?.passage.text).toBe(named.text);
    // None names it whole: the first holding its rarest word ("wall") comes before one near it in meaning only.
    const partly = result({ meeting: 'm-2019-06', date: '2019-06-03', item: 'Harbour', itemNumber: '2', paragraph: 2, text: 'The wall by the slipway needed pointing.', similarity: 0.5 });
    const nearInMeaning = result({ meeting: 'm-2019-06', date: '2019-06-03', item: 'Harbour', itemNumber: '2', paragraph: 0, text: 'The harbour master reported on sea defences along the quay.', similarity: 0.7 });
    expect(buildTopicHistory([partly, nearInMeaning], options).firstMention?.passage.text).toBe(partly.text);
  });

  it('links each passage to its paragraph in the meeting page', () => {
    const history = buildTopicHistory(spring, options);
    expect(history.meetings[0].passages[0].link).toBe('/meetings/m-2021-04#m-2021-04%3AHarbour%20wall-p2');
    expect(paragraphLink('m 1', 'item/2', null)).toBe('/meetings/m%201#item%2F2');
    // An id of the characters encodeURIComponent leaves is used as it is; any other character is encoded as it encodes it.
    for (const id of ["syn-7015-meeting_1.(a)!*~'", 'café', 'a’b', '%20', 'm?x=1&y#2', '']) {
      expect(paragraphLink(id, id, 3)).toBe(`/meetings/${encodeURIComponent(id)}#${encodeURIComponent(`${id}-p3`)}`);
    }
  });

  it('counts a passage in other words only when it is close in meaning: nearer still when it lacks the rarest word', () => {
    const sameItem = { meeting: 'm-2021-04', date: '2021-04-12', item: 'Harbour wall', itemNumber: '5' };
    const costInOtherWords = result({ ...sameItem, paragraph: 4, text: 'Members were concerned that the sea defence works would overrun.', similarity: 0.62 });
    const weakOtherWords = result({ ...sameItem, paragraph: 5, text: 'The quay lighting would be replaced next year.', similarity: 0.35 });
    const rarestWordNear = result({ meeting: 'm-2022-06', date: '2022-06-06', text: 'The wall by the slipway was inspected after the storm.', similarity: 0.31 });
    const history = buildTopicHistory([...spring, costInOtherWords, weakOtherWords, rarestWordNear], options);
    const texts = [...history.meetings, ...history.inPassing.meetings].flatMap((entry) => entry.passages.map((found) => found.text));
    expect(history.meetings[0].mentions).toBe(4);
    expect(texts).not.toContain(weakOtherWords.text);
    expect(history.inPassing.meetings.map((entry) => entry.meeting.id)).toEqual(['m-2022-06']);
  });

  it('asks a passage holding the rarest word but not the place the subject names to be close in meaning as if it held neither', () => {
    const named = { ...options, topic: 'Penrith Quay wall repairs' };
    const elsewhere = result({ meeting: 'm-2022-06', date: '2022-06-06', text: 'The wall by the slipway was inspected after the storm.', similarity: 0.31 });
    const atTheQuay = result({ meeting: 'm-2022-07', date: '2022-07-04', text: 'The wall at Penrith Quay was inspected after the storm.', similarity: 0.31 });
    const history = buildTopicHistory([elsewhere, atTheQuay], named);
    const meetings = [...history.meetings, ...history.inPassing.meetings].map((entry) => entry.meeting.id);
    expect(meetings).toEqual(['m-2022-07']);
    // A name the meeting's body holds is held by its passages: a town council's minutes need not repeat the town.
    expect(buildTopicHistory([elsewhere], { ...options, topic: 'Harbourside wall repairs' }).inPassing.meetings.map((entry) => entry.meeting.id)).toEqual(['m-2022-06']);
  });

  it('treats an item summary as a sign the meeting discussed the subject, but quotes only paragraphs', () => {
    const summary = result({ meeting: 'm-2023-03', date: '2023-03-13', kind: 'item', item: 'Harbour wall repairs: completion', text: 'Harbour wall repairs: completion report' });
    const history = buildTopicHistory([summary], options);
    expect(history.meetings).toEqual([expect.objectContaining({ mentions: 0, passages: [], decisions: [] })]);
  });

  it('returns an empty history when nothing speaks to the subject', () => {
    expect(buildTopicHistory([offTopic], options)).toEqual({ meetings: [], inPassing: { count: 0, meetings: [] }, firstMention: null, latestDecision: null, undated: 0 });
  });
});
