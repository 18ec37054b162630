// An office no attendance list names, answered from the passages that name its holder.
import { answerOfficeInPassages } from '../../server/chat/office-in-passages';
import { searchOver } from '../helpers/search-over';
import { topicResult } from '../helpers/topic-results';

const older = topicResult({ meeting: 'm1', date: '2019-03-04', text: 'The Commissioner thanked Chief Constable Ruth Aldous for her report on rural patrols.' });
const newer = topicResult({
  meeting: 'm2',
  date: '2022-06-07',
  text: 'The Panel heard about the new control room. Mr Hallam, the Chief Constable, said it would open in the spring.',
});
const deputy = topicResult({ meeting: 'm3', date: '2023-01-10', text: 'A letter from Deputy Chief Constable Priya Sen was read out. The Chief Constable was away.' });
const otherOffice = topicResult({ meeting: 'm4', date: '2023-05-02', text: 'He thanked Tom Birch, the Chief Constable’s Chief Finance Officer, for the accounts.' });

describe('answerOfficeInPassages', () => {
  it('names the holder from the most recent passage naming one, quoting its sentence', async () => {
    // The search gives the newest first, as the chat asks it to.
    const search = searchOver([otherOffice, deputy, newer, older]);
    const response = await answerOfficeInPassages('chief constable', {}, search);
    expect(response?.answer).toMatch(/^No attendance list names the chief constable; the most recent passage naming one names Mr Hallam \[1\]\. At the .* on 7 June 2022/);
    expect(response?.answer).toContain('Mr Hallam, the Chief Constable, said it would open in the spring.');
    expect(response?.citations.map((citation) => citation.chunkId)).toEqual([newer.id]);
    expect(search.asked[0]).toMatchObject({ q: '"chief constable"', mode: 'keyword', sort: 'newest' });
  });

  it('reads the office before the name, and never a deputy of the office or an office of its own', async () => {
    expect((await answerOfficeInPassages('chief constable', {}, searchOver([deputy, otherOffice, older])))?.answer).toMatch(/names Ruth Aldous \[1\]/);
    expect((await answerOfficeInPassages('deputy chief constable', {}, searchOver([deputy])))?.answer).toMatch(/names Priya Sen \[1\]/);
  });

  it('says no passage names a holder when the office is spoken of ("the Chief Constable") but nobody named, and gives way otherwise', async () => {
    const unnamed = await answerOfficeInPassages('chief constable', {}, searchOver([deputy, otherOffice]));
    expect(unnamed).toMatchObject({ answer: expect.stringMatching(/do not say who holds it\.$/), citations: [] });
    expect(await answerOfficeInPassages('best person to contact', {}, searchOver([newer]))).toBeNull();
    const electedAs = topicResult({ meeting: 'm5', date: '2017-07-20', text: 'RESOLVED that Mr Sandher be duly elected Vice-Chair.' });
    expect(await answerOfficeInPassages('elected Vice-Chair', {}, searchOver([electedAs]))).toBeNull();
  });
});
