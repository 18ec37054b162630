import { answerPreviousHolder, readPreviousHolderQuestion } from '../../server/chat/previous-holder';
import { searchOver } from '../helpers/search-over';
import { topicResult } from '../helpers/topic-results';

describe('readPreviousHolderQuestion', () => {
  it('reads the office and the later holder from the ways the question is asked', () => {
    expect(readPreviousHolderQuestion("Who was Kent's police commissioner before Matthew Scott?")).toEqual({ office: 'commissioner', current: 'Matthew Scott' });
    expect(readPreviousHolderQuestion('who was the previous town clerk?')).toEqual({ office: 'clerk', current: null });
    expect(readPreviousHolderQuestion('Who was the former Chair of the Planning Committee?')).toEqual({ office: 'chair', current: null });
    expect(readPreviousHolderQuestion('Who preceded Mrs Ray as clerk?')).toEqual({ office: 'clerk', current: 'Mrs Ray' });
  });

  it('reads nothing from questions about the present holder or about what came before', () => {
    expect(readPreviousHolderQuestion('Who is the Commissioner?')).toBeNull();
    expect(readPreviousHolderQuestion('What was decided before the election?')).toBeNull();
    expect(readPreviousHolderQuestion('Who was the chair at the meeting in May?')).toBeNull();
  });
});

describe('answerPreviousHolder', () => {
  const older = topicResult({ meeting: 'm1', date: '2019-03-04', text: 'Cllr Denton, the former Leader of the Council, had opened the pavilion in 2015. Members thanked him.' });
  const newer = topicResult({
    meeting: 'm2',
    date: '2021-06-07',
    text: 'The Leader welcomed the grant. He noted that the previous Leader, Cllr Imogen Hale, had first asked for it.',
  });
  const unrelated = topicResult({ meeting: 'm3', date: '2022-01-10', text: 'At the previous meeting the Leader Cllr Marsh had said the pavilion would reopen.' });

  it('names the earlier holder from the most recent passage that calls someone the previous or former holder, quoting it', async () => {
    const search = searchOver([older, newer, unrelated]);
    const response = await answerPreviousHolder('Who was the Leader before Cllr Marsh?', {}, search);
    expect(response?.answer).toMatch(/^The minutes name Cllr Imogen Hale as a previous leader \[1\]\. At the Harbourside Town Council on 7 June 2021/);
    expect(response?.citations.map((citation) => citation.chunkId)).toEqual([newer.id]);
    expect(search.asked.map((params) => params.q).sort()).toEqual(['former leader', 'previous leader']);
  });

  it('never answers with the holder the question named as the later one', async () => {
    const response = await answerPreviousHolder('Who was the Leader before Imogen Hale?', {}, searchOver([older, newer]));
    expect(response?.answer).toMatch(/^The minutes name Cllr Denton as a previous leader/);
  });

  it('gives way (null) when no passage names an earlier holder, or the question asks no such thing', async () => {
    expect(await answerPreviousHolder('Who was the previous Leader?', {}, searchOver([unrelated]))).toBeNull();
    expect(await answerPreviousHolder('Who is the Leader?', {}, searchOver([newer]))).toBeNull();
  });
});
