// Forms found by the layout fixtures of session 21, each in a small document written for this test: a university's
// governing body, headed by the university's name over "COUNCIL" alone, a trade union branch's committee, and a club's
// or a branch's general meeting, named by the organisation heading the page, and an outcome sentence with its proposer
// and seconder in brackets.
import { parseMinutes } from '../../indexer/parse';

const parse = (text: string) => parseMinutes({ text, format: 'text', file: 'minutes', documentId: 'd' }).meetings[0];
const bodyOf = (text: string) => parse(text).body;

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

describe("an organisation's general meeting, whose minutes name only the kind of meeting", () => {
  const minutes = (organisation: string, meeting: string) =>
    `${organisation}\n\nMinutes of the ${meeting} held at the Pavilion on Tuesday 8 April 2025 at 7.30 pm\n\nPresent: Jo Hart (Chair), Sam Lee (Secretary)\n\n1. Apologies\nNone.\n\n2. Officers' reports\nJo Hart reported a good season.\n`;

  it('names the organisation on the first line, its name in capitals or not', () => {
    expect(bodyOf(minutes('FERNLEY CRICKET CLUB', 'Annual General Meeting'))).toBe('Fernley Cricket Club');
    expect(bodyOf(minutes("Fernley Women's Institute", 'Annual General Meeting'))).toBe("Fernley Women's Institute");
  });

  it('reads a union\'s "Branch Meeting" as a kind of meeting, the branch its own line', () => {
    expect(bodyOf(minutes('Fernley Community Branch', 'Branch Meeting'))).toBe('Fernley Community Branch');
  });
});

describe('an outcome sentence with its proposer and seconder in brackets', () => {
  it('opens a decision of its own on the line under a report, as "The accounts were adopted." does', () => {
    const meeting = parse(
      'Fernley Bowls Club\n\nMinutes of the Annual General Meeting held on Friday 7 March 2025\n\nPresent: Jo Hart (Chair), Sam Lee (Treasurer)\n\n1. Accounts\n' +
        'Sam Lee presented the accounts for 2024, showing a surplus of £412.\nThe accounts were adopted (proposed Jo Hart, seconded Ann Cole).\n',
    );
    expect(meeting.items[0].paragraphs.map((paragraph) => [paragraph.text, paragraph.isDecision])).toEqual([
      ['Sam Lee presented the accounts for 2024, showing a surplus of £412.', false],
      ['The accounts were adopted (proposed Jo Hart, seconded Ann Cole).', true],
    ]);
  });
});
