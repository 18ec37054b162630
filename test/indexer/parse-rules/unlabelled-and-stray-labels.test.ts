// Attendance and headings printed in shapes the labels and heading rules did not read: names keyed by initials with no
// "Present" above them, a label's colon on a line of its own or a spaced semicolon in its place, an office holding a dash
// after a name's comma, a one-word title in capitals repeated by its sentence. Each test parses a small document invented
// in the style of real UK minutes, written for the test.
import { initialsOf, listsKeyedNames } from '../../../indexer/parse/attendance/initials-keys';
import { attendeesFromList } from '../../../indexer/parse/attendance/attendee-lists';
import { withLoneColonsJoined } from '../../../indexer/parse/page/lone-colons';
import { firstMeeting, itemsOf, peopleOf } from '../../helpers/parse-text';

describe('names keyed by their initials, with no label above them', () => {
  it('reads a line of names each with its initials in brackets as a list, a double-barrelled surname keyed by both parts', () => {
    expect(initialsOf('Owen Hale-Dyson')).toContain('OHD');
    expect(listsKeyedNames('Ruth Acre (RA), Owen Hale-Dyson (OHD), Sam Pike (SP)')).toBe(true);
  });

  it('reads no list where a bracket holds no initials of the name before it, or where there are fewer than three names', () => {
    expect(listsKeyedNames('Ruth Acre (Chair), Owen Hale (OH), Sam Pike (SP)')).toBe(false);
    expect(listsKeyedNames('Ruth Acre (RA), Sam Pike (SP)')).toBe(false);
  });

  it('takes such a line under the title as those present, and the clerk keyed the same under it', () => {
    const text = 'Minutes of the Meeting of the Parish Council\nMonday 3rd March 2025, The Old School\n\nRuth Acre (RA), Owen Hale (OH), Sam Pike (SP)\n\nJo Marsh (JM) Clerk\n\n1 Apologies\nNone.\n\n2 Finance\nSP reported that the precept had been received.\n';
    expect(peopleOf(firstMeeting(text))).toEqual([
      ['Ruth Acre', null, 'present'],
      ['Owen Hale', null, 'present'],
      ['Sam Pike', null, 'present'],
      ['Jo Marsh', 'Clerk', 'present'],
    ]);
  });
});

describe("a label's colon astray", () => {
  it('joins a colon alone on its line to the line above, and leaves other lines as they are', () => {
    const lines = ['PRESENT', ':', 'Ann Lee (Chairman)', '', 'Notes', 'x : y'];
    expect(withLoneColonsJoined(lines)).toEqual(['PRESENT:', 'Ann Lee (Chairman)', '', 'Notes', 'x : y']);
    const none = ['Present: Ann Lee', 'x : y'];
    expect(withLoneColonsJoined(none)).toBe(none);
  });

  it('reads "Apologies ; A , B" as the apologies label and its list', () => {
    const text = 'Eastfold Community Council\nMinute of meeting held on 4th March 2025\n\nPresent ; Ann Lee (Chair) , Bob Muir\nApologies ; Cara Dunn , Dev Shah\n\nThe chair welcomed everyone .\n';
    expect(peopleOf(firstMeeting(text))).toEqual([
      ['Ann Lee', 'Chair', 'present'],
      ['Bob Muir', null, 'present'],
      ['Cara Dunn', null, 'apologies'],
      ['Dev Shah', null, 'apologies'],
    ]);
  });
});

describe('offices after a name', () => {
  it("keeps a dash inside an office that follows the name's comma", () => {
    expect(attendeesFromList('Alan Gibb, Chief Officer – Governance (Clerk)', 'in attendance').map(({ name, role }) => [name, role])).toEqual([['Alan Gibb', 'Chief Officer – Governance (Clerk)']]);
  });

  it('still parts a name from the office after a dash when the comma holds letters after the name', () => {
    expect(attendeesFromList('Hon. Ann Wairimu, MCA – Chairperson', 'present').map(({ name }) => name)).toEqual(['Hon. Ann Wairimu, MCA']);
  });
});

describe('a one-word title in capitals run on into its sentence', () => {
  it('ends the title where the sentence repeats its word', () => {
    const text = 'ABERWEN COMMUNITY COUNCIL\nMINUTES OF THE MEETING HELD ON 4th MARCH 2025\n\n12. APOLOGIES Apologies for absence were received from Councillor A Rees.\n\n13. PLANNING The Clerk reported two applications.\n';
    expect(itemsOf(firstMeeting(text))).toEqual([
      ['12', 'APOLOGIES'],
      ['13', 'PLANNING'],
    ]);
  });
});
