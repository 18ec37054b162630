// A title may print the meeting's date, time or kind after the body's name ("Parish Council March 2017 minutes",
// "Minutes of the Community Council virtual Meeting"): those words are no part of the body's name; nor is a page's
// number printed before it, nor what a site's line says the page is ("Report from the September meeting of …"), and a
// name printed twice over is one name; the tail of a sentence (a first word in lower case) or of a list's entry (a bracket closed first) is none,
// nor is a line of the attendance (a titled person, an office in brackets, one person's office at its end).
import { parseMinutes } from '../../../indexer/parse';
import { asBodyName } from '../../../indexer/parse/header/body-name-shape';

describe('words of the meeting after a body name', () => {
  it.each([
    ['Ashcombe Community Council Meeting 7:30Pm 28Th', 'Ashcombe Community Council'],
    ['Ashcombe Parish Council -October meeting', 'Ashcombe Parish Council'],
    ['Ashcombe Parish Council Annual Meeting', 'Ashcombe Parish Council'],
    ['Ashcombe Ladies Group February Meeting', 'Ashcombe Ladies Group'],
    ['Parish Council March 2017', null],
    ['Community Council virtual', null],
    ['Ashcombe Annual Parish Meeting', 'Ashcombe Annual Parish Meeting'],
    ['March Town Council', 'March Town Council'],
    ['Page 1 of 6 ASHCOMBE PARISH COUNCIL', 'ASHCOMBE PARISH COUNCIL'],
    ['Ashcombe Parish Council Ashcombe Parish Council', 'Ashcombe Parish Council'],
    ['Council Council', 'Council Council'],
    ['Record of the latest Ashcombe Parish Council', 'Ashcombe Parish Council'],
    ['Report from the September meeting of Ashcombe Parish Council', 'Ashcombe Parish Council'],
    ['A report from the Ashcombe Parish Council meeting', 'Ashcombe Parish Council'],
    ['Friends of Ashcombe Park', 'Friends of Ashcombe Park'],
    ['* 2 Mill Lane - Borough Council refused permission', null],
    ['of the Ashcombe Parish Council', null],
    ['first elected Town Council', null],
    ['trustees’', null],
    ['Ashcombe Council) Ann Hale (Chair)', null],
    ['At the Council', null],
    ['Present, In Attendance and Absent at Parish Council', null],
    ['Council, health, school COMMUNITY COUNCIL MEETING - DRAFT', null],
    ['Ashcombe Housing Committee Meeting Tuesday 14 May 2024 Repairs were discussed', 'Ashcombe Housing Committee'],
    ['General Meeting, 12 March 2019 Ashcombe Shire Council', 'Ashcombe Shire Council'],
    ['Ordinary Council Meeting 12 March 2019 Ashcombe Shire Council', 'Ashcombe Shire Council'],
    ['Licensing Sub-Committee (Hearings)', 'Licensing Sub-Committee (Hearings)'],
    ['Ashcombe Library Board of Trustees – Monday June 9, 2025, called to order', 'Ashcombe Library Board of Trustees'],
    ['Harbour Trust Board – 12 May 2025', 'Harbour Trust Board'],
    ['Vale Ambulance Service Trust Board, Open', 'Vale Ambulance Service Trust Board'],
    ['Trust Board Closed', 'Trust Board'],
    ['Ruth Orme General Council Assessor, Sir Colin Hay Principal, Professor Ann Lusk University of Ashcombe', null],
    ['Tom Reddy (Chair Consumer Council) Members of the Executive Team', null],
    ['Commissioners Lena Vos Chief Executive Officer', null],
    ['Executive Director of Planning and Performance Board Secretary', null],
  ])('reads "%s" as %s', (read, body) => {
    expect(asBodyName(read)).toBe(body);
  });

  it('names no body from a title giving only the kind of council and the month', () => {
    const text = 'Parish Council March 2017 minutes\n\nPresent: Cllr. Hale (in the chair), Cllrs. Amos, Birch and Coe.\n\n1. Apologies\nNone.\n\n2. Footpaths\nThe stile on the bridleway has been mended.\n';
    const parsed = parseMinutes({ text, format: 'text', file: 'minutes.txt', documentId: 'doc' });
    expect(parsed.meetings[0].body).toBeNull();
  });

  it('names no body from the tail of a title whose words start in lower case', () => {
    const text = 'Minutes of the first elected Town Council 1894\n\nheld - Tuesday May 6th 2025 in the Old Barn.\n\nCouncillors Ann Hale, Ben Amos and Cal Birch\n\n1. Elect Chair\nAnn Hale was elected.\n\n2. Footpaths\nThe stile has been mended.\n';
    const parsed = parseMinutes({ text, format: 'text', file: 'minutes.txt', documentId: 'doc' });
    expect(parsed.meetings[0].body).toBeNull();
  });
});

describe('a person named with their title', () => {
  it.each([
    ['Councillor Mair Evans (Panel Member)', null],
    ["Mr. Idris Rowe (Senior Licensing Officer, Tessmouth Borough Council)", null],
    ['Cllr Ada Quayle, Tessmouth County Council', null],
    ['Councils of Tessmouth Joint Committee', 'Councils of Tessmouth Joint Committee'],
  ])('reads no body from "%s"', (read, body) => {
    expect(asBodyName(read)).toBe(body);
  });
});
