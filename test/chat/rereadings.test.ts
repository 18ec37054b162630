import { withBodyAsSubject, withoutNamedDates } from '../../server/chat/rereadings';

const PANEL = 'Kent and Medway Police and Crime Panel';
const DARTFORD = 'Dartford Borough Council Crime and Disorder (Overview and Scrutiny) Committee';

describe('withBodyAsSubject', () => {
  it('quotes the body the last question names, as written, so it is read as part of the topic', () => {
    const reread = withBodyAsSubject([{ role: 'user', content: 'Who represents Dartford on the Police and Crime Panel?' }], [DARTFORD, PANEL]);
    expect(reread).toEqual({ messages: [{ role: 'user', content: 'Who represents Dartford on the "Police and Crime Panel"?' }], named: 'Police and Crime Panel' });
  });

  it('keeps the earlier messages and changes nothing when no body is named', () => {
    const earlier = [
      { role: 'user' as const, content: 'What was said about CCTV?' },
      { role: 'assistant' as const, content: 'An answer. [1]' },
    ];
    expect(withBodyAsSubject([...earlier, { role: 'user', content: 'and at the Police and Crime Panel?' }], [PANEL])?.messages.slice(0, 2)).toEqual(earlier);
    expect(withBodyAsSubject([{ role: 'user', content: 'What was said about CCTV?' }], [PANEL])).toBeNull();
  });
});

describe('withoutNamedDates', () => {
  it('takes the dates the last question names out of it, and says which they were', () => {
    expect(withoutNamedDates([{ role: 'user', content: 'precept 2018' }])).toEqual({ messages: [{ role: 'user', content: 'precept' }], named: '2018' });
    expect(withoutNamedDates([{ role: 'user', content: 'What was said about CCTV?' }])).toBeNull();
    expect(withoutNamedDates([{ role: 'user', content: 'What was decided about the precept?' }, { role: 'assistant', content: 'x' }, { role: 'user', content: 'and in 2023?' }])).toBeNull();
    expect(withoutNamedDates([{ role: 'user', content: 'CCTV in March 2017' }])?.named).toBe('March 2017');
  });
});
