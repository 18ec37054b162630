// Item numbering forms seen in minutes, each in a small parish-style document written for this test.
import { parseMinutes } from '../../indexer/parse';

const TITLES = ['Apologies for Absence', 'Budget Monitoring Report', 'Highways and Street Lighting'];
const TEXTS = [
  'The Clerk reported that apologies had been received from Cllr Jones.',
  'The Finance Officer presented the report on the second quarter.\nRESOLVED that the report be noted.',
  'Members discussed the faulty lamp on Church Lane and agreed to report it.',
];

function itemsOf(heading: (position: number, title: string) => string): string[] {
  const text =
    'BRAMLEY PARISH COUNCIL\nMinutes of the meeting of Bramley Parish Council held on Tuesday 9 January 2024 at 7.30pm in the Village Hall\n\n' +
    'Present: Cllr A Jones (Chairman), Cllr B Smith, Cllr C Patel\n\n' +
    TITLES.map((title, index) => `${heading(index + 1, title)}\n${TEXTS[index]}\n`).join('\n');
  const parsed = parseMinutes({ text, format: 'text', file: 'bramley.txt', documentId: 'bramley' });
  return parsed.meetings.flatMap((meeting) => meeting.items.map((item) => `${item.number} ${item.title}`));
}

describe('item numbering forms', () => {
  it.each([
    ['Agenda Item 1: Title', (n: number, title: string) => `Agenda Item ${n}: ${title}`, ['1', '2', '3']],
    ['No. 41 Title', (n: number, title: string) => `No. ${n + 40} ${title}`, ['41', '42', '43']],
    ['A. Title (lettered in order)', (n: number, title: string) => `${'ABC'[n - 1]}. ${title}`, ['A', 'B', 'C']],
    ['C41/24 Title', (n: number, title: string) => `C${n + 40}/24 ${title}`, ['C41/24', 'C42/24', 'C43/24']],
    ['I. Title (Roman numerals)', (n: number, title: string) => `${['I', 'II', 'III'][n - 1]}. ${title}`, ['I', 'II', 'III']],
    ['Minute 24.031 Title (a year and a three-digit minute)', (n: number, title: string) => `Minute 24.0${n + 30} ${title}`, ['24.031', '24.032', '24.033']],
    ['FGP 45   TITLE (a committee code, a space, the number)', (n: number, title: string) => `FGP ${n + 44}   ${title.toUpperCase()}`, ['FGP 45', 'FGP 46', 'FGP 47']],
    ['ARTICLE 1: Title (a town meeting warrant)', (n: number, title: string) => `ARTICLE ${n}: ${title}`, ['1', '2', '3']],
  ])('reads items numbered %s', (_form, heading, numbers) => {
    expect(itemsOf(heading).map((item) => item.toLowerCase())).toEqual(TITLES.map((title, index) => `${numbers[index]} ${title}`.toLowerCase()));
  });

  it('reads no item number from the end of a sentence wrapped onto a line of its own (a year after "for"), above a number alone', () => {
    const text = [
      'Harrowfield Police and Crime Panel - Tuesday, 6th February, 2018 2.00 pm',
      '',
      '43.',
      '',
      'Proposed Police Precept 2018/19',
      '',
      'The Commissioner presented his proposal for the precept.',
      'RESOLVED that the Panel supports the proposed precept of £201.47 for a Band D property for',
      '2018/19.',
      '',
      '44.',
      '',
      'Complaints against the Commissioner',
      '',
      'The Scrutiny Officer reported that no complaint had been upheld.',
    ].join('\n');
    const [meeting] = parseMinutes({ text, format: 'pdf', file: 'panel.pdf', documentId: 'panel' }).meetings;
    expect(meeting.items.map((item) => `${item.number} ${item.title}`)).toEqual(['43 Proposed Police Precept 2018/19', '44 Complaints against the Commissioner']);
    expect(meeting.items[0].decisions).toEqual(['RESOLVED that the Panel supports the proposed precept of £201.47 for a Band D property for 2018/19.']);
  });

  it('reads no item number from a sentence or date that starts with a short word and a number', () => {
    const items = itemsOf((n, title) => `${n}. ${title}\n\nOn 5 March the Clerk met the contractor on site.\n\nMAY 2024\nPART 2 of the report was noted.`);
    expect(items).toEqual(TITLES.map((title, index) => `${index + 1} ${title}`));
  });
});

describe('titles in capitals on lines of their own', () => {
  // Each paragraph on one line, as a word processor saves minutes as text: no line of it is wrapped.
  const OPENING = [
    'President Ruth Anders called the meeting to order at 7:00 p.m. in the Board Room of the Village Hall.',
    'Present: President Ruth Anders, Trustees Ian Moss, Carla Diaz, Ben Okoro and Tessa Lind, and the Village Clerk.',
    'The Village Clerk read the notice of the meeting, which had been posted at the Village Hall on May 1, 2025.',
    'President Anders welcomed Trustee Lind to her first meeting of the Board since her election in April.',
  ].join('\n');
  const titlesOf = (agenda: string) =>
    parseMinutes({
      text: `VILLAGE OF ELM CROSSING\nBOARD OF TRUSTEES\nREGULAR MEETING MINUTES\nTuesday, May 6, 2025\nCALL TO ORDER\n${OPENING}\n${agenda}`,
      format: 'text',
      file: 'minutes.txt',
      documentId: 'minutes',
    }).meetings[0].items.map((item) => item.title);

  it('reads two titles in capitals, one under the other, as two headings where the lines are not wrapped', () => {
    const agenda = 'PLEDGE OF ALLEGIANCE\nAPPROVAL OF MINUTES\nTrustee Moss moved to approve the minutes of April 15, 2025. Motion carried 5-0.\nADJOURNMENT\nThe meeting was adjourned at 7:40 p.m.\n';
    expect(titlesOf(agenda)).toEqual(['CALL TO ORDER', 'PLEDGE OF ALLEGIANCE', 'APPROVAL OF MINUTES', 'ADJOURNMENT']);
  });

  it('carries a title on where its line ends on a word that leads on, or the next starts with one', () => {
    const agenda = 'REPORT OF THE\nVILLAGE ADMINISTRATOR\nThe Administrator reported on the water main.\nREPORT OF THE TREASURER\nAND FINANCE DIRECTOR\nThe Treasurer presented the warrant list.\nADJOURNMENT\nThe meeting was adjourned at 7:40 p.m.\n';
    expect(titlesOf(agenda)).toEqual(['CALL TO ORDER', 'REPORT OF THE VILLAGE ADMINISTRATOR', 'REPORT OF THE TREASURER AND FINANCE DIRECTOR', 'ADJOURNMENT']);
  });
});

describe('an item number marked with a note\'s asterisk', () => {
  it('reads "*212 Petitions" as item 212, as it reads "212 Petitions"', () => {
    const text = 'Cabinet\n\nMinutes of the meeting held on 11 February 2026\n\nPresent:- Councillors Abbot (Chair), Rowe and Vine\n\n*211 Minutes\n\nRESOLVED that the minutes of the meeting held on 14 January 2026 be signed as a correct record.\n\n*212 Petitions\n\nThere was no petition received.\n\n213 Library Opening Hours\n\nThe Cabinet considered the Report of the Head of Communities.\n';
    const meeting = parseMinutes({ text, format: 'text', file: 'minutes.txt', documentId: 'minutes' }).meetings[0];
    expect(meeting.items.map((item) => [item.number, item.title])).toEqual([
      ['211', 'Minutes'],
      ['212', 'Petitions'],
      ['213', 'Library Opening Hours'],
    ]);
  });
});
