// What the PDF reader gives of a printed table and a printed list, read by the parser: a row of paragraph cells (a
// question beside its answer) and bulleted points each a sentence of its own, in text whose lines are not hard-wrapped.
import { parseMinutes } from '../../../indexer/parse';

const parse = (text: string) => parseMinutes({ text, format: 'pdf', file: 'minutes.pdf', documentId: 'minutes' }).meetings[0];
const turns = (text: string) => parse(text).items.flatMap((item) => item.paragraphs.map((paragraph) => [paragraph.speaker, paragraph.text]));

const HEADER = 'Minutes of the meeting of Ashby Borough Council held on 12 May 2025\n\nPresent: Councillor Rebecca Hanley (Mayor), Councillor Tobias Ince, Councillor Neil Fairclough\n\n';

describe('a printed table of questions and answers', () => {
  it("parts a row's paragraph cells, laid out on one line apart by a tab's gap, into a paragraph each with its speaker", () => {
    const question = 'Question from Councillor Neil Fairclough: When will the resurfacing of the car park begin?';
    const answer = 'Response from Councillor Tobias Ince: Work will start on 9 June and take three weeks.';
    const text = `${HEADER}## 15. Questions from Members\n\n Question                 Response\n\n ${question}    ${answer}\n\n## 16. Date of next meeting\n\nMonday 9 June 2025.\n`;
    expect(turns(text).slice(0, 3)).toEqual([
      [null, 'Question Response'],
      ['Councillor Neil Fairclough', question],
      ['Councillor Tobias Ince', answer],
    ]);
  });
});

describe('a printed table of short cells', () => {
  it("reads each row as a paragraph of its own, the header row apart from the first row under it, as a Word table's rows are", () => {
    const rows = ['Account                           Balance', 'Current account                   £6,214.33', 'Reserve account                   £9,050.00'];
    const text = `${HEADER}## 7. Finance\n\nThe bank balances at 31 March 2025 were:\n${rows.join('\n')}\n\n## 8. Date of next meeting\n\nMonday 9 June 2025.\n`;
    expect(turns(text).slice(0, 4)).toEqual([
      [null, 'The bank balances at 31 March 2025 were:'],
      [null, 'Account Balance'],
      [null, 'Current account £6,214.33'],
      [null, 'Reserve account £9,050.00'],
    ]);
  });
});

describe('printed bullets', () => {
  it('reads bulleted sentences, one after another, as points of their own where the lines are not hard-wrapped', () => {
    const points = [
      '• Councillor Ince proposed that the review look at every home reported for damp in the last two years, not only the open cases.',
      '• Councillor Fairclough asked whether the flats at Mill Court would be included.',
    ];
    // A PDF's lines as the reader joins them: one a paragraph, each ending its sentence.
    const report = [
      'The Head of Housing presented the quarterly report on repairs, which showed that 91% of urgent jobs were done on time.',
      'Councillor Hanley asked why the figure for the north of the borough was lower than the figure for the south this year.',
      'The Head of Housing said that two contractors had left the framework in January and had not yet been replaced by others.',
      'The Council noted that a procurement for the north of the borough would start in June and finish by the end of September.',
    ];
    const text = `${HEADER}## 1. Repairs\n\n${report.join('\n')}\n\n## 2. Damp and mould review\n\n${points.join('\n\n')}\n`;
    expect(turns(text).slice(-2)).toEqual([
      ['Councillor Ince', points[0].slice(2)],
      ['Councillor Fairclough', points[1].slice(2)],
    ]);
  });
});

describe('a table of minutes printed to PDF, a minute number filling its cell', () => {
  it("parts the number from the title it ran into, so the row's decision is no title", () => {
    const text = `${HEADER}  Minute      Item                  Discussion and decision\n\n  AB/25/07    Apologies             None were received.\n\n  AB/25/08 Minutes        RESOLVED that the minutes of the meeting held on 14 April 2025 be approved.\n\n  AB/25/09    Town Hall roof        The Clerk reported that the repairs were finished.\n`;
    const meeting = parse(text);
    expect(meeting.items.map((item) => [item.number, item.title])).toEqual([
      ['AB/25/07', 'Apologies'],
      ['AB/25/08', 'Minutes'],
      ['AB/25/09', 'Town Hall roof'],
    ]);
    expect(meeting.items[1].paragraphs.map((paragraph) => [paragraph.isDecision, paragraph.text])).toEqual([
      [true, 'RESOLVED that the minutes of the meeting held on 14 April 2025 be approved.'],
    ]);
  });
});
