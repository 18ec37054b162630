// Answers read as whole sentences with their subject, item titles kept apart, and a speaker named in the question
// preferred without dropping passages whose speaker the minutes do not name.
import { contentStems } from '../../core/text/stem';
import { composeAnswer } from '../../server/chat/answer';
import type { Interpretation } from '../../server/chat/interpret';
import { preferSpeakers } from '../../server/chat/asked-speakers';
import type { SearchResult } from '../../server/api-types';
import { PANEL } from './passages';

function result(id: string, text: string, extra: Partial<SearchResult> = {}): SearchResult {
  return {
    id,
    kind: 'paragraph',
    text,
    highlight: text,
    score: 1,
    ranks: { keyword: 1, semantic: 1 },
    similarity: 0.6,
    meeting: { id: 'm1', body: PANEL, title: 'Minutes', date: '2017-03-28', source: { file: 'minutes.txt', url: null } },
    item: { id: 'm1-i0', number: '221', title: 'Questions to the Commissioner' },
    paragraph: '3',
    paragraphIndex: 2,
    speaker: null,
    decision: false,
    truncated: false,
    alsoIn: [],
    ...extra,
  } as SearchResult;
}

const question = (topic: string): Interpretation => ({ query: topic, topic, filters: {}, preferDecisions: false, asksForFigure: false, focus: '' });

describe('readable answers', () => {
  it('quotes an item summary without its title glued to the first sentence', () => {
    const item = result('m1-i0-item', 'APOLOGIES FOR ABSENCE\nApologies for absence were received from Councillor Lees and Councillor Hart.', {
      kind: 'item',
      item: { id: 'm1-i0', number: '1', title: 'APOLOGIES FOR ABSENCE' },
    });
    const { answer } = composeAnswer(question('apologies absence'), [item]);
    expect(answer).not.toMatch(/ABSENCE Apologies/);
    expect(answer).toMatch(/apologies for absence were received from Councillor Lees/i);
  });

  it('gives a later "He …" sentence its speaker and drops a fragment\'s leading comma', () => {
    const text = 'The Commissioner introduced the CCTV report for the panel. He explained that CCTV funding was not a statutory requirement for the force.';
    const { answer } = composeAnswer(question('CCTV funding statutory requirement'), [result('a', text, { speaker: 'The Commissioner' })]);
    expect(answer).toMatch(/the Commissioner explained that CCTV funding was not a statutory requirement/i);
    expect(answer).not.toMatch(/\bHe explained\b/);
  });

  it('never starts a quoted sentence with the comma of a fragment', () => {
    const text = 'The panel discussed the estates strategy at length. , Alongside these projects the estates strategy would close two front counters in Kent.';
    const { answer } = composeAnswer(question('estates strategy front counters'), [result('b', text)]);
    expect(answer).not.toMatch(/, Alongside|^,|\] ,/);
    expect(answer).toMatch(/Alongside these projects the estates strategy would close two front counters/);
  });
});

describe('a speaker named in the question', () => {
  it('puts that speaker first, keeps unnamed speakers next and other speakers last', () => {
    const ranked = [
      result('other', 'x', { speaker: 'A Member' }),
      result('unknown', 'y', { speaker: null }),
      result('asked', 'z', { speaker: 'The Commissioner' }),
    ];
    expect(preferSpeakers(ranked, ['The Commissioner'], new Set()).map((entry) => entry.id)).toEqual(['asked', 'unknown', 'other']);
  });

  it('puts the passages holding every word of the topic before the speaker’s that do not', () => {
    const ranked = [
      result('asked-in-general', 'Members asked how many police officers were on patrol each night.', { speaker: 'Members', item: { id: 'm1-i4', number: '225', title: 'Patrols' } }),
      result('other-on-topic', 'The Commissioner said the force worked hard to retain police officers.', { speaker: 'The Commissioner' }),
      result('asked-on-topic', 'Members asked how the force would retain police officers.', { speaker: 'Members' }),
    ];
    const topic = contentStems('retaining police officers');
    expect(preferSpeakers(ranked, ['Members'], topic).map((entry) => entry.id)).toEqual(['asked-on-topic', 'other-on-topic', 'asked-in-general']);
  });

  it('counts the speaker’s passages in an item where another passage holds the whole topic as on it', () => {
    const powers = { id: 'm1-i3', number: '242', title: 'Powers of Kent Police Community Support Officers' };
    const ranked = [
      result('report', 'The Commissioner explained that all PCSOs had certain standard powers.', { speaker: 'The Commissioner', item: powers }),
      result('elsewhere', 'Members asked about police powers of entry.', { speaker: 'Members' }),
      result('members-view', 'Members welcomed the new powers but found the distinctions hard to draw.', { speaker: 'Members', item: powers }),
    ];
    expect(preferSpeakers(ranked, ['Members'], contentStems('PCSO powers')).map((entry) => entry.id)).toEqual(['members-view', 'report', 'elsewhere']);
  });
});
