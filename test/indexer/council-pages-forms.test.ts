// Forms of principal councils' and public authorities' minutes as their web pages give them, each in a small document
// written for this test: a page cut from a committee's minutes that names only an earlier meeting's date.
import { parseMinutes } from '../../indexer/parse';

const parse = (text: string) => parseMinutes({ text, format: 'text', file: 'minutes.txt', documentId: 'minutes' });

describe("a date given only for an earlier meeting's minutes", () => {
  it.each([
    'To approve as a correct record the minutes of the meeting held on 14 March 2023.\n\nThe minutes of the meeting held on 14 March 2023 were agreed as a correct record.',
    'Councillor Idris Pennock asked that the minutes be amended.\n\nAccordingly, the minutes of the meeting of the Licensing Panel held on 14 March 2023 were agreed.',
    'RESOLVED – That the public minutes and summary of the meeting held on 14th March 2023 be approved as a correct record.',
    'Minutes of the previous meeting held on 14 March 2023\n\nAgreed without amendment.',
  ])('is no date of the meeting these minutes record: %s', (text) => {
    expect(parse(`Agenda item\n\n${text}\n`).meetings[0].date).toBeNull();
  });

  it("keeps the date of a meeting's own title", () => {
    const title = 'Minutes of the meeting of the Harbour Board held on 2 May 2023\n\nPresent: Councillor Anwen Rees (Chair)\n\n';
    expect(parse(`${title}1. Minutes\nThe minutes of the meeting held on 14 March 2023 were agreed.\n`).meetings[0].date).toBe('2023-05-02');
  });
});
