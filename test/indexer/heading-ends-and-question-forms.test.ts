// Forms from the layouts of round 18b, each in a small document written for this test: a parish council's minute
// references printed at the end of its headings, a title with an initial in a street address, US village offices and
// residents named by their address, and question time's questions headed in capitals like the items around them.
import { parseMinutes } from '../../indexer/parse';
import type { Meeting } from '../../core/types';

const parse = (text: string, format: 'text' | 'markdown' | 'pdf' = 'text'): Meeting => parseMinutes({ text, format, file: 'minutes', documentId: 'd' }).meetings[0];
const paragraphs = (meeting: Meeting) => meeting.items.flatMap((item) => item.paragraphs);
const items = (meeting: Meeting) => meeting.items.map((item) => [item.number, item.title]);

describe('minute references at the end of a heading', () => {
  const minutes =
    'Ashcombe Parish Council\nMinutes of the meeting held on Tuesday 8 October 2024\n\nPresent: Cllr M Trelawney (Chairman), Cllr R Penrose\nIn attendance: Mrs L Jory (Clerk) and two members of the public\n\n' +
    'PUBLIC PARTICIPATION (Min 24/117)  \nA resident asked about the footpath.\n\n1. APOLOGIES FOR ABSENCE (Min 24/118)\nNone.\n\n2. PLANNING [Minute No. 24/119]\nNo applications.\n';

  it("numbers each item by the reference and keeps it out of the title ('1. APOLOGIES FOR ABSENCE (Min 24/118)')", () => {
    expect(items(parse(minutes))).toEqual([
      ['24/117', 'PUBLIC PARTICIPATION'],
      ['24/118', 'APOLOGIES FOR ABSENCE'],
      ['24/119', 'PLANNING'],
    ]);
  });

  it('reads a heading with a reference under a list of people as a heading, not one more person', () => {
    const meeting = parse(minutes);
    expect(meeting.attendees.map((person) => person.name)).toEqual(['Cllr M Trelawney', 'Cllr R Penrose', 'Mrs L Jory']);
    expect(paragraphs(meeting)[0].text).toBe('A resident asked about the footpath.');
  });
});

describe('an unnumbered heading above the first numbered item', () => {
  it("reads 'PUBLIC PARTICIPATION' over text before '1. APOLOGIES', in the numbered items' capitals, as an item of its own", () => {
    const meeting = parse(
      'Ashcombe Parish Council\nMinutes of the meeting held on Tuesday 8 October 2024\n\nPresent: Cllr M Trelawney (Chairman), Cllr R Penrose\nIn attendance: Mrs L Jory (Clerk) and two members of the public\n\n' +
        'PUBLIC PARTICIPATION\nA resident asked about the footpath.\n\n1. APOLOGIES FOR ABSENCE\nNone.\n\n2. PLANNING\nNo applications.\n',
    );
    expect(items(meeting)).toEqual([
      [null, 'PUBLIC PARTICIPATION'],
      ['1', 'APOLOGIES FOR ABSENCE'],
      ['2', 'PLANNING'],
    ]);
    expect(meeting.items[0].paragraphs.map((paragraph) => paragraph.text)).toEqual(['A resident asked about the footpath.']);
  });
});

describe('US village board forms', () => {
  const minutes =
    'VILLAGE OF PRAIRIE HOLLOW\nBOARD OF TRUSTEES\nREGULAR MEETING MINUTES\nTuesday, June 17, 2025\n\nROLL CALL\nPresent: Trustees Mark Brandt and Elena Ruiz\nAlso present: Village Clerk Rosa Jimenez, Police Chief Alan Strand, Fire Chief Ron Dyer\n\n' +
    'PUBLIC COMMENT\nLinda Farrow, 318 Cedar Lane, asked the Board to install a stop sign.\n\nNEW BUSINESS\n1. Award of Contract for Paving\nApproved.\n2. Resolution 2025-R-19 Approving a Grant for 104 W. Main Street\nApproved.\n';

  it("reads 'Police Chief' and 'Fire Chief' as offices before their holders' names", () => {
    const officers = parse(minutes).attendees.filter((person) => person.attendance === 'in attendance');
    expect(officers.map((person) => [person.name, person.role])).toEqual([
      ['Rosa Jimenez', 'Village Clerk'],
      ['Alan Strand', 'Police Chief'],
      ['Ron Dyer', 'Fire Chief'],
    ]);
  });

  it("keeps a numbered heading whose title holds an initial ('104 W. Main Street') an item", () => {
    expect(items(parse(minutes)).slice(-2)).toEqual([
      ['1', 'Award of Contract for Paving'],
      ['2', 'Resolution 2025-R-19 Approving a Grant for 104 W. Main Street'],
    ]);
  });

  it("gives a resident named with the street address between commas the turn ('Linda Farrow, 318 Cedar Lane, asked')", () => {
    expect(paragraphs(parse(minutes)).find((paragraph) => paragraph.text.startsWith('Linda'))?.speaker).toBe('Linda Farrow');
  });
});

describe('questions headed in capitals under question time', () => {
  const minutes =
    '# Eastmoor Police and Crime Panel\n\nMinutes of the meeting held on Thursday 23 January 2025\n\n**1. APOLOGIES**\n\nNone.\n\n**2. QUESTIONS TO THE COMMISSIONER**\n\n' +
    '**QUESTION 1 – CLLR DUNN**\n\nHow many calls were answered within ten seconds?\n\nThe Commissioner responded that 84 per cent had been.\n\n**3. DATE OF NEXT MEETING**\n\nThursday 6 March 2025.\n';

  it('keeps a bold capitals question heading inside its item, the asker named as the text would name them', () => {
    const meeting = parse(minutes, 'markdown');
    expect(items(meeting)).toEqual([
      ['1', 'APOLOGIES'],
      ['2', 'QUESTIONS TO THE COMMISSIONER'],
      ['3', 'DATE OF NEXT MEETING'],
    ]);
    const question = meeting.items[1].paragraphs.map((paragraph) => [paragraph.number, paragraph.speaker]);
    expect(question).toEqual([
      ['Question 1', 'Cllr Dunn'],
      [null, 'The Commissioner'],
    ]);
  });
});

describe('unnumbered questions from one member to another over numbered paragraphs', () => {
  const minutes =
    'WESTMARCH COUNTY COUNCIL\n\nMinutes of the meeting of the County Council held at County Hall on Thursday 13 March 2025\n\nPresent: Cllr Ann Tully (Chairman), Cllr Rob Fenn, Cllr Joy Marsh\n\n' +
    '**12. QUESTIONS FROM MEMBERS**\n\n12.1  Three questions had been received.\n\n**Question from Cllr Joy Marsh to Cllr Rob Fenn (Cabinet Member for Waste and Parks)**\n\n' +
    '12.2  When will the garden waste permits go on sale?\n\n12.3  Cllr Fenn replied that they would go on sale on 1 April.\n\n' +
    '**Question from Mr Paul Ewart to Cllr Rob Fenn (Cabinet Member for Waste,\nRecycling and Parks)**\n\n12.4  Will the tip at Eastgate open on Sundays?\n\n12.5  Cllr Fenn replied that it would from May.\n\n' +
    '**Question from Cllr Ann Tully to Cllr Rob Fenn**\n\n12.6  Cllr Tully asked when the Eastgate bring bank would be emptied.\n\n' +
    '**13. DATE OF NEXT MEETING**\n\n13.1  Thursday 15 May 2025.\n';

  it('keeps each question heading (the asked member’s office in brackets) inside its item, not an item of its own, as printed to PDF', () => {
    expect(items(parse(minutes, 'pdf'))).toEqual([
      ['12', 'QUESTIONS FROM MEMBERS'],
      ['13', 'DATE OF NEXT MEETING'],
    ]);
  });

  it('gives the numbered paragraph under a heading, even one wrapped inside its bold, to the asker, named as the question names them', () => {
    const speakers = parse(minutes, 'markdown').items[0].paragraphs.map((paragraph) => [paragraph.number, paragraph.speaker]);
    expect(speakers).toEqual([
      ['12.1', null],
      ['12.2', 'Cllr Joy Marsh'],
      ['12.3', 'Cllr Fenn'],
      ['12.4', 'Mr Paul Ewart'],
      ['12.5', 'Cllr Fenn'],
      ['12.6', 'Cllr Tully'],
    ]);
  });
});
