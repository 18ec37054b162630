// What GET /api/topics sends of a history: a page of its discussed meetings and the in-passing ones only when asked,
// with the first mention, the latest decision and the counts of the whole history; the chat still reads it whole.
// Results written in the style of a town council's minutes.
import type { Passage } from '../../server/api-types';
import { buildTopicHistory } from '../../server/topics/history';
import { DEFAULT_TOPIC_MEETINGS, DEFAULT_TOPIC_PAGING, MAX_TOPIC_MEETINGS, pageTopicHistory } from '../../server/topics/page';
import { findTopicHistory } from '../../server/topics/service';
import { parseTopicsQuery } from '../../server/validation';
import { topicResult as result } from '../helpers/topic-results';

const MONTHS = 30;
const options = { topic: 'harbour wall repairs', rarestWord: 'wall', minSimilarity: 0.3 };

/** The harbour wall at a meeting a month from January 2020: two paragraphs each, a decision at every fifth. */
function monthlyMeetings(): Passage[] {
  return Array.from({ length: MONTHS }, (_, index) => {
    const date = `${2020 + Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-14`;
    const at = { meeting: `m-${date}`, date, item: 'Harbour wall', itemNumber: '4' };
    return [
      result({ ...at, paragraph: 0, text: `The Clerk reported that ${index + 3} metres of the harbour wall repairs were complete.` }),
      result({ ...at, paragraph: 1, decision: index % 5 === 4, text: index % 5 === 4 ? `RESOLVED that stage ${index + 1} of the harbour wall repairs be paid for.` : `Members asked about the harbour wall repairs near berth ${index}.` }),
    ];
  }).flat();
}
/** Before the committee took it up, a letter mentioned the wall in passing: the first mention, folded away. */
const letter = result({ meeting: 'm-2019-11-18', date: '2019-11-18', item: 'Correspondence', text: 'A letter asking for harbour wall repairs was noted.' });

function wholeHistory() {
  const found = [...monthlyMeetings(), letter];
  return { query: 'harbour wall repairs', servedMode: 'keyword' as const, degraded: null, passagesRead: found.length, morePassages: false, ...buildTopicHistory(found, options), marks: { terms: [], meaning: '' } };
}

describe('pageTopicHistory', () => {
  const history = wholeHistory();

  it('sends the first page of the discussed meetings by default, the in-passing ones only counted', () => {
    const page = pageTopicHistory(history, DEFAULT_TOPIC_PAGING);
    expect(page.meetings.map((entry) => entry.meeting.id)).toEqual(history.meetings.slice(0, DEFAULT_TOPIC_MEETINGS).map((entry) => entry.meeting.id));
    expect(page.page).toEqual({ offset: 0, limit: DEFAULT_TOPIC_MEETINGS, total: MONTHS });
    expect(page.inPassing).toEqual({ count: 1, meetings: null });
  });

  it('keeps the first mention, the latest decision and the counts of the whole history on a later page', () => {
    const page = pageTopicHistory(history, { limit: 5, offset: 25, passing: false });
    expect(page.meetings.map((entry) => entry.meeting.date)).toEqual(['2022-02-14', '2022-03-14', '2022-04-14', '2022-05-14', '2022-06-14']);
    expect(page.firstMention?.meeting.id).toBe('m-2019-11-18');
    expect(page.latestDecision?.passage.text).toBe('RESOLVED that stage 30 of the harbour wall repairs be paid for.');
    expect(page.page.total).toBe(MONTHS);
    expect(page.undated).toBe(0);
    expect(page.passagesRead).toBe(MONTHS * 2 + 1);
  });

  it('lists the in-passing meetings when asked, and no discussed ones for a limit of 0', () => {
    const page = pageTopicHistory(history, { limit: 0, offset: 0, passing: true });
    expect(page.meetings).toEqual([]);
    expect(page.inPassing.meetings?.map((entry) => entry.passages[0].text)).toEqual([letter.text]);
  });

  it('sends an empty page past the end, still counting every meeting', () => {
    const page = pageTopicHistory(history, { limit: 10, offset: 40, passing: false });
    expect(page.meetings).toEqual([]);
    expect(page.page).toEqual({ offset: 40, limit: 10, total: MONTHS });
  });
});

describe('parseTopicsQuery', () => {
  it('pages the first meetings by default and reads limit, offset and passing', () => {
    expect(parseTopicsQuery({ q: 'harbour wall' }).paging).toEqual({ limit: DEFAULT_TOPIC_MEETINGS, offset: 0, passing: false });
    expect(parseTopicsQuery({ q: 'harbour wall', limit: '0', offset: '40', passing: '1' }).paging).toEqual({ limit: 0, offset: 40, passing: true });
    expect(parseTopicsQuery({ q: 'harbour wall', limit: String(MAX_TOPIC_MEETINGS) }).paging.limit).toBe(MAX_TOPIC_MEETINGS);
  });

  it.each([
    [{ limit: '-1' }, 'limit: expected a whole number of meetings'],
    [{ limit: 'ten' }, 'limit: expected a whole number of meetings'],
    [{ limit: '' }, 'limit: expected a whole number of meetings'],
    [{ offset: '1e3' }, 'offset: expected a whole number of meetings'],
    [{ offset: String(MAX_TOPIC_MEETINGS + 1) }, `offset: at most ${MAX_TOPIC_MEETINGS} meetings`],
    [{ limit: ['5', '10'] }, 'limit: given more than once; expected one value'],
    [{ passing: 'please' }, 'passing: Invalid option: expected one of "0"|"1"|"true"|"false"'],
  ])('refuses %j with an error naming the field', (paging, message) => {
    const field = message.slice(0, message.indexOf(':'));
    expect(() => parseTopicsQuery({ q: 'harbour wall', ...paging })).toThrow(expect.objectContaining({ code: 'invalid_request', message, context: { field } }));
  });
});

describe('findTopicHistory', () => {
  it('returns the whole history, every meeting and every in-passing one with its passages, for the chat', async () => {
    const found = [...monthlyMeetings(), letter];
    const search = { passages: async () => ({ servedMode: 'keyword' as const, degraded: null, matching: null, results: found, marks: { terms: [], meaning: '' }, more: false }) };
    const history = await findTopicHistory({ q: 'harbour wall repairs', mode: 'keyword', filters: {} }, { search, minSimilarity: 0.3 });
    expect(history.meetings).toHaveLength(MONTHS);
    expect(history.inPassing.meetings.map((entry) => entry.meeting.id)).toEqual(['m-2019-11-18']);
  });
});
