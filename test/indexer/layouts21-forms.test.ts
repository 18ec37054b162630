// Forms found by the layout fixtures of session 21, each in a small document written for this test: a university's
// governing body, headed by the university's name over "COUNCIL" alone, and a trade union branch's committee.
import { parseMinutes } from '../../indexer/parse';

const bodyOf = (text: string) => parseMinutes({ text, format: 'text', file: 'minutes', documentId: 'd' }).meetings[0].body;

describe("an organisation's own council, named by the one word", () => {
  const minutes = (organisation: string, council: string) =>
    `${organisation}\n\n${council}\n\nMinutes of the meeting of Council held on Tuesday 26 November 2024 at 2.00 pm\n\n1. Apologies\nNone.\n\n2. Estates strategy\nCouncil NOTED the update.\n`;

  it('names the council after the university it governs, whether the university is named first or last', () => {
    expect(bodyOf(minutes('UNIVERSITY OF EASTMARSH', 'COUNCIL'))).toBe('University of Eastmarsh Council');
    expect(bodyOf(minutes('Eastmarsh University', 'Council'))).toBe('Eastmarsh University Council');
  });
});

describe("a trade union branch's committee", () => {
  it('names the committee after the branch whose name its own begins with ("… Branch" over "the Branch Committee meeting")', () => {
    const minutes =
      'GMB Westfold Council Staff Branch\n\nMinutes of the Branch Committee meeting held on Monday 3 March 2025 at 6.00 pm\n\nPresent: Lena Kaur (Branch Chair), Owen Price (Branch Secretary)\n\n1. Apologies\nNone.\n\n2. Recruitment\nOwen Price reported 14 new members.\n';
    expect(bodyOf(minutes)).toBe('GMB Westfold Council Staff Branch Committee');
  });
});
