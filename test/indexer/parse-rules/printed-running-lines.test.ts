// A word processor's running header and footer, printed on a one-page document: the header's "<body> – <date>" above
// the minutes' own title, and a footer too wide for the page, its "Page 1 of 1" set on a line of its own.
import { parseMinutes } from '../../../indexer/parse';

const parsePrinted = (text: string) => parseMinutes({ text, format: 'pdf', file: 'printed.pdf', documentId: 'printed' });

const LICENSING_PANEL = (between: string[]) => [
  'Harrowby Licensing Panel – 6 February 2025',
  '',
  ...between,
  '**Minutes of the meeting held in Committee Room 2, Civic Centre, Harrowby on Thursday 6 February 2025 at 2.00 pm**',
  '',
  'Members Present: Cllr Ada Moss (Chair), Cllr Ben Ortiz, Cllr Cath Lyle',
  'Also Present: Mr Dan Price (Licensing Officer)',
  'Apologies: Cllr Eve Shaw',
  '',
  '**1. APOLOGIES**',
  '',
  'Apologies were received from Cllr Eve Shaw.',
  '',
  '**2. PREMISES LICENCE – THE OLD FORGE, MILL STREET**',
  '',
  'The Licensing Officer introduced the application for later opening hours.',
  '',
  'RESOLVED: That the licence be granted.',
];

describe('printed running lines', () => {
  it('reads the attendance under "Minutes of the meeting held … on <date>" below a running header giving that date', () => {
    for (const between of [['# Harrowby Licensing Panel', ''], ['**DRAFT**', '', 'These minutes are a draft, subject to approval.', '', '# Harrowby Council', '', '## Licensing Panel', '']]) {
      const [meeting] = parsePrinted(LICENSING_PANEL(between).join('\n')).meetings;
      expect(meeting.date).toBe('2025-02-06');
      expect(meeting.items.map((item) => item.title)).toEqual(['APOLOGIES', 'PREMISES LICENCE – THE OLD FORGE, MILL STREET']);
      expect(meeting.attendees.map((attendee) => [attendee.name, attendee.role, attendee.attendance])).toEqual([
        ['Cllr Ada Moss', 'Chair', 'present'],
        ['Cllr Ben Ortiz', null, 'present'],
        ['Cllr Cath Lyle', null, 'present'],
        ['Mr Dan Price', 'Licensing Officer', 'in attendance'],
        ['Cllr Eve Shaw', null, 'apologies'],
      ]);
    }
  });

  it('takes the date of a running footer whose page number the page set on the line below it', () => {
    const minutes = [
      'MARSHFIELD FIRE AND RESCUE AUTHORITY',
      '',
      'PEOPLE COMMITTEE',
      '',
      'Meeting held at Service Headquarters, Quay Road, Marshfield',
      '',
      'Present:',
      'Councillor A Pennock (Chair)',
      'Councillor R Gill',
      '',
      'Minute No. 12 – Apologies for Absence',
      '',
      'Apologies were received from Councillor S Varley.',
      '',
      'Minute No. 13 – Date of Next Meeting',
      '',
    ];
    const footer = ['People Committee – 16 June 2025', 'Page 1 of 1'];
    expect(parsePrinted([...minutes, ...footer].join('\n')).meetings[0].date).toBe('2025-06-16');
    // A line of the minutes above the page number is no running line.
    expect(parsePrinted([...minutes, 'The next meeting will be held on 8 September 2025', 'Page 1 of 1'].join('\n')).meetings[0].date).toBeNull();
  });
});
