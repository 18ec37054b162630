// Forms found by the layout probes of session 20 (round 2), each in a small document written for this test: a council's
// page of decisions titled "Decisions - <body>" as ModernGov publishes it, or "Record of decisions – <body>"; board minutes
// in Markdown exported from Word, with items "1.1", "1.2" in bold under numbered section headings, an apology given as
// "Name, Chief Nursing Officer", and the meeting's span on a 24-hour clock ("10:00 – 12:45").
import { parseMinutes } from '../../indexer/parse';
import { readDocument } from '../../indexer/readers';
import type { Meeting } from '../../core/types';

const parse = (text: string, format: 'text' | 'markdown' | 'html' = 'text'): Meeting => parseMinutes({ text, format, file: 'minutes', documentId: 'd' }).meetings[0];

describe('a page of decisions titled "Decisions - <body>"', () => {
  const html = [
    '<html><body>',
    '<h1>Decisions - Licensing Committee</h1>',
    '<h2>Wednesday, 9th April, 2025 6.30 pm</h2>',
    '<p>Venue: Council Chamber, Civic Centre</p>',
    '<p>Members present: Councillor Nell Arkwright (Chair), Councillor Felix Damon</p>',
    '<p><strong>12. Taxi Fares Review</strong></p>',
    '<p>Decision:</p>',
    '<p>The Committee agreed to raise the maximum taxi fare by 4% from 1 June 2025.</p>',
    '</body></html>',
  ].join('\n');

  it('names the body after the dash, not the kind of page before it', async () => {
    const { text, format } = await readDocument(Buffer.from(html), '/minutes/decisions.html', { maxFileBytes: 2 ** 20 });
    expect(parse(text, format as 'html').body).toBe('Licensing Committee');
  });

  it('reads "Record of decisions – <body>" in a text the same way', () => {
    const text = ['Record of decisions – Planning Committee', 'Tuesday 8 April 2025 at 7.00 pm', '', '1. Apologies', '', 'None.'].join('\n');
    expect(parse(text).body).toBe('Planning Committee');
  });
});

describe('board minutes in Markdown with bold "1.1" items under "## 1." sections', () => {
  const markdown = [
    '**Minutes of the Meeting of the Quality Committee**',
    '',
    '**Tuesday 4 March 2025, 14:00 – 16:10**',
    '',
    '**Present:** Ada Brisk (Chair), Owen Kell (Chief Executive)',
    '',
    '**Apologies:** Mia Torrance, Chief Nursing Officer',
    '',
    '## 1. Opening Business',
    '',
    '**1.1 Welcome and apologies**',
    '',
    'The Chair welcomed members. Apologies were noted as above.',
    '',
    '**1.2 Patient Safety Report**',
    '',
    'Owen Kell presented the report.',
    '',
    '## 2. Closing Business',
    '',
    '**2.1 Date of next meeting**',
    '',
    'Tuesday 1 April 2025 at 14:00.',
  ].join('\n');
  const meeting = parse(markdown, 'markdown');

  it('makes each bold sub-item an item, in sentence case as in capitalised words', () => {
    expect(meeting.items.map((item) => [item.number, item.title])).toEqual([
      ['1', 'Opening Business'],
      ['1.1', 'Welcome and apologies'],
      ['1.2', 'Patient Safety Report'],
      ['2', 'Closing Business'],
      ['2.1', 'Date of next meeting'],
    ]);
  });

  it('reads "Chief Nursing Officer" after a name as that person\'s office, not another person', () => {
    expect(meeting.attendees.filter((person) => person.attendance === 'apologies').map((person) => [person.name, person.role])).toEqual([['Mia Torrance', 'Chief Nursing Officer']]);
  });

  it('takes the start of a span on a 24-hour clock as the meeting\'s time', () => {
    expect(meeting.time).toBe('14:00');
  });
});

describe('numbered paragraphs under a numbered item stay paragraphs', () => {
  it('keeps "1.1 The Chair welcomed …" a paragraph of item 1', () => {
    const text = ['Minutes of the Meeting of the Quality Committee held on 4 March 2025', '', '1. Welcome', '', '1.1 The Chair welcomed members', '', '2. Finance', '', 'Noted.'].join('\n');
    expect(parse(text).items.map((item) => item.number)).toEqual(['1', '2']);
  });
});

describe('Welsh town council minutes, each line in Welsh then in English after " / "', () => {
  const text = [
    'CYNGOR TREF ABERGLAN / ABERGLAN TOWN COUNCIL',
    '',
    'Cofnodion Cyfarfod Llawn y Cyngor / Minutes of the Full Council Meeting',
    '',
    'a gynhaliwyd nos Lun 3 Chwefror 2025 am 7.00pm yn Neuadd y Dref / held on Monday 3 February 2025',
    'at 7.00pm in the Town Hall',
    '',
    'Presennol / Present: Cyng. / Cllr Lowri Hedd (Maer / Mayor), Cyng. / Cllr Ifan Rhys',
    '',
    'Yn bresennol / In attendance: Mr Gethin Wyn (Clerc y Dref / Town Clerk), Cyng. Sir / County Cllr Mared Ellis',
    '',
    '12. Cofnodion / Minutes',
    '',
    'PENDERFYNWYD cymeradwyo cofnodion y cyfarfod a gynhaliwyd ar 6 Ionawr 2025. /',
    'RESOLVED that the minutes of the meeting held on 6 January 2025 be approved.',
    '',
    '13. Gohebiaeth / Correspondence',
    '',
    'Nodwyd llythyr gan y bwrdd iechyd. / A letter from the health board was noted.',
  ].join('\n');
  const meeting = parse(text);

  it('names the council, not a Welsh sentence joined to the English title under it', () => {
    expect(meeting.body).toBe('Aberglan Town Council');
  });

  it('keeps the English of "Cyng. Sir / County Cllr" as the title', () => {
    expect(meeting.attendees.map((person) => person.name)).toContain('County Cllr Mared Ellis');
  });

  it('goes on with a paragraph wrapped after the " /" before its English half, a resolution there included', () => {
    expect(meeting.items[0].paragraphs.map((paragraph) => [paragraph.text, paragraph.isDecision])).toEqual([
      ['PENDERFYNWYD cymeradwyo cofnodion y cyfarfod a gynhaliwyd ar 6 Ionawr 2025. / RESOLVED that the minutes of the meeting held on 6 January 2025 be approved.', true],
    ]);
  });
});

describe('a bilingual paragraph in Welsh first, its English half after " / "', () => {
  const text = [
    'Cofnodion Cyngor Cymuned Pennant / Minutes of Pennant Community Council',
    'held on Monday 3 February 2025',
    '',
    '1. Priffyrdd / Highways',
    '',
    'Dywedodd y Cyng. Sir Evans fod y ffordd i’w hailwynebu. / County Cllr Evans said that the road would be resurfaced.',
    '',
    'Derbyniwyd llythyr. / A letter was received.',
  ].join('\n');

  it('takes the speaker the English half names, the Welsh verb coming first', () => {
    expect(parse(text).items[0].paragraphs.map((paragraph) => paragraph.speaker)).toEqual(['County Cllr Evans', null]);
  });
});

describe('an Irish council\'s signature block', () => {
  it('drops "Cathaoirleach" beside "Meetings Administrator" under the signature lines', () => {
    const text = [
      'Minutes of the Monthly Meeting of Dunmore County Council held on Monday 7th April 2025',
      '',
      '1. CORRESPONDENCE',
      '',
      'The correspondence was noted.',
      '',
      'Signed: ____________________          Signed: ____________________',
      'Cathaoirleach                         Meetings Administrator',
    ].join('\n');
    expect(parse(text).items[0].paragraphs.map((paragraph) => paragraph.text)).toEqual(['The correspondence was noted.']);
  });
});
