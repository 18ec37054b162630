// What was said before the first agenda item (a welcome, a minute's silence, a report from the floor) is minutes:
// it is kept as an opening item, not read into the venue or dropped.
import { parseMinutes } from '../../../indexer/parse';
import { OPENING_TITLE } from '../../../indexer/parse/header/opening-prose';

const HEADER =
  'WILLOWBROOK TOWN COUNCIL\nMinutes of the meeting of Willowbrook Town Council held on Monday 3 June 2024 at 7.00pm in the Guildhall, Bridge Street\n\n' +
  'Present: Cllr M Osei (Mayor), Cllr D Fairweather, Cllr K Lindqvist\n\n';
const ITEMS = '1. APOLOGIES\nApologies were received from Cllr H Rowe.\n\n2. PLANNING\nRESOLVED that no objection be raised to application 24/0112.\n';

function parse(between: string) {
  const [meeting] = parseMinutes({ text: `${HEADER}${between}${ITEMS}`, format: 'text', file: 'willowbrook.txt', documentId: 'willowbrook' }).meetings;
  return meeting;
}

describe('prose before the first item', () => {
  it('becomes an opening item with its paragraphs, and the venue ends where the header does', () => {
    const meeting = parse(
      'The Mayor opened the meeting and thanked the volunteers who had organised the spring litter pick across the town.\n\n' +
        'Cllr Lindqvist asked that the broken bench by the war memorial be looked at before Remembrance Sunday.\n\n',
    );
    expect(meeting.venue).toBe('Guildhall, Bridge Street');
    expect(meeting.items.map((item) => `${item.number} ${item.title}`)).toEqual([`null ${OPENING_TITLE}`, '1 APOLOGIES', '2 PLANNING']);
    expect(meeting.items[0].paragraphs.map((paragraph) => paragraph.text)).toEqual([
      'The Mayor opened the meeting and thanked the volunteers who had organised the spring litter pick across the town.',
      'Cllr Lindqvist asked that the broken bench by the war memorial be looked at before Remembrance Sunday.',
    ]);
  });

  it('leaves short lines and labelled facts in the header', () => {
    const meeting = parse('Also in attendance: the Town Clerk and two members of the public.\n\nThe meeting started at 7.05pm.\n\n');
    expect(meeting.items.map((item) => item.title)).toEqual(['APOLOGIES', 'PLANNING']);
  });

  it('keeps a block of sentences, one a line, whose last line lost its full stop', () => {
    const meeting = parse(
      'The Clerk welcomed everyone to the first meeting of the new term and explained its purpose.\nCllr Fairweather was elected as Chair of the council for the year.\nThe council confirmed the standing orders it had adopted in the spring\n\n',
    );
    expect(meeting.items[0].title).toBe(OPENING_TITLE);
    expect(meeting.items[0].paragraphs.map((paragraph) => paragraph.text)).toHaveLength(3);
  });

  it('adds no item when the header runs straight into the first item', () => {
    expect(parse('').items.map((item) => item.number)).toEqual(['1', '2']);
  });
});

describe('the last minutes approved between the attendance and the first heading', () => {
  it('keeps "Minutes of the last Meeting: …" as the opening of the meeting, not header', () => {
    const [meeting] = parseMinutes({
      text: 'Minutes of Ashwell Parish Council Meeting held in the Village Hall\n\nAt 7.30pm on Wednesday 9 April 2025\n\nThose Attending: Cllr J Hale (Chairman), Cllr T Gale, Mrs C Day (Clerk)\n\nMinutes of the last Meeting: Cllr Gale proposed the Minutes be adopted seconded by Cllr Hale.\n\nMatters Arising\n\nThe bench had been repaired.\n\nCorrespondence\n\nNone.\n',
      format: 'text',
      file: 'minutes.txt',
      documentId: 'minutes',
    }).meetings;
    expect(meeting.items[0].paragraphs.map((paragraph) => paragraph.text)).toEqual(['Minutes of the last Meeting: Cllr Gale proposed the Minutes be adopted seconded by Cllr Hale.']);
    expect(meeting.attendees.map((attendee) => attendee.name)).toEqual(['Cllr J Hale', 'Cllr T Gale', 'Mrs C Day']);
  });
});

describe('prose read into the header of minutes with no item headings', () => {
  const paragraphsOf = (text: string) =>
    parseMinutes({ text, format: 'markdown', file: 'report.md', documentId: 'report' }).meetings[0].items.flatMap((item) => item.paragraphs.map((paragraph) => paragraph.text));

  it('keeps a report whose last paragraph gives the next meeting date, above its signature', () => {
    const paragraphs = paragraphsOf(
      'A report from Hollowmere Parish Council\n\n' +
        'The October meeting of Hollowmere Parish Council, held in the chapel schoolroom, was attended by five councillors and two residents.\n\n' +
        'The Clerk reported that the new noticeboard outside the shop has been ordered and should be in place before Christmas.\n\n' +
        'The next meeting of Hollowmere Parish Council will be held on Tuesday 12th November 2024 at 7.30pm in the chapel schoolroom.\n\nParish Clerk\n',
    );
    expect(paragraphs.join(' ')).toContain('was attended by five councillors and two residents.');
    expect(paragraphs.join(' ')).toContain('The Clerk reported that the new noticeboard outside the shop has been ordered');
  });

  it('keeps a page run together on one line after its dated title, above a signature', () => {
    const paragraphs = paragraphsOf(
      'Hollowmere Book Club Notes of the meeting held 4th March 2025 Eleven members met in the library annexe. The club chose its spring titles and agreed to raise the subscription to four pounds. Tea was served by Mrs Abara.\n\nJoan Abara, Secretary\n',
    );
    expect(paragraphs.join(' ')).toContain('agreed to raise the subscription to four pounds');
  });

  it('leaves the header sentence of minutes with no headings in the header', () => {
    const paragraphs = paragraphsOf('Minutes of the meeting of Hollowmere Parish Council held on Monday 3 March 2025 at 7pm in the village hall.\n\nThe council agreed to buy a new bench for the green at a cost of £450.\n');
    expect(paragraphs).toEqual(['The council agreed to buy a new bench for the green at a cost of £450.']);
  });
});

describe('"Minutes:" run on before the first item', () => {
  it('keeps the approval of the last minutes as the opening of the meeting', () => {
    const meeting = parse('Minutes: The minutes of the May meeting were agreed as a correct record and signed by the Mayor.\n\n');
    expect(meeting.items[0].title).toBe(OPENING_TITLE);
    expect(meeting.items[0].paragraphs[0].text).toBe('Minutes: The minutes of the May meeting were agreed as a correct record and signed by the Mayor.');
  });
});

describe('a header run together with the first minutes on one line', () => {
  it('keeps the line as the opening of the meeting, besides reading its title and date', () => {
    const text =
      'MINUTES OF HOLLOWMERE PARISH COUNCIL MEETING HELD AT THE CHAPEL ON MONDAY MAY 12TH 2025 Present– Cllr Ruth Abara - Chairman, Cllr Tom Hale, Cllr Jo Pike and two members of the public. ' +
      'Apologies were received from Cllr Sam Dee. No declarations of interest were made. The minutes of the April meeting were agreed as a true record. ' +
      'The Highways officer has replied about the flooding at the ford and a new gully will be dug in the autumn. Residents asked whether the grit bin on Mill Lane could be refilled before the winter.\n\n' +
      '5. Financial Regulations\n\nCouncillors had been given copies of the Financial Regulations, which were reviewed and found fit for purpose.\n\n6. Dog Fouling\n\nIt was reported that dog waste is a problem along the church path.\n';
    const [meeting] = parseMinutes({ text, format: 'text', file: 'hollowmere.txt', documentId: 'hollowmere' }).meetings;
    expect(meeting.date).toBe('2025-05-12');
    expect(meeting.items.map((item) => item.title)).toEqual([OPENING_TITLE, 'Financial Regulations', 'Dog Fouling']);
    expect(meeting.items[0].paragraphs[0].text).toContain('a new gully will be dug in the autumn');
  });
});

describe('prose above the first item of minutes whose header gives no date', () => {
  it('is the opening of the meeting, read from under the attendance', () => {
    const text =
      'Present: Mrs Ann Coles – Chairman, Mr Dev Patel, Mrs Rita Moss.  3 members of the public\n\n' +
      'The project manager for the new reservoir, Mr Owen Hart, had been invited to speak before the meeting began.\n\n' +
      'He explained that the pipeline would run along the edge of the common and that the road would be closed for two weeks in March.\n\n' +
      '1. Apologies for Absence\n\nMr Tom Reed\n\n2. Approval of the Minutes\n\nThe minutes of the last meeting were agreed as a true record.\n';
    const [meeting] = parseMinutes({ text, format: 'text', file: 'minutes.txt', documentId: 'minutes' }).meetings;
    expect(meeting.items.map((item) => item.title)).toEqual([OPENING_TITLE, 'Apologies for Absence', 'Approval of the Minutes']);
    expect(meeting.items[0].paragraphs.map((paragraph) => paragraph.text.slice(0, 20))).toEqual(['The project manager ', 'He explained that th']);
  });
});

describe('minutes above a date the header was made to run to', () => {
  it('keeps the paragraphs above a sentence giving another meeting’s date as the opening of the meeting', () => {
    const text =
      'Councillors present: Cllr. R. Hale – Chair, Cllr. T. Moss, Cllr. P. Dunn.\n\n' +
      'Cllr. Hale welcomed all to the meeting. Two members of the public were present and asked about the state of the footpath by the mill.\n\n' +
      'The police sent a reminder to keep sheds locked and reported two thefts of garden tools in the village.\n\n' +
      'The Clerk advised that the village meeting is to be moved to Tuesday, May 31st 2025 at 7pm, and the June meeting will be held on Tuesday 14th June 2025.\n\n' +
      '5. Highways Matters\n\nThe footbridge decision is due in March.\n\n6. Correspondence\n\nA letter was read from the bus company.\n';
    const [meeting] = parseMinutes({ text, format: 'text', file: 'minutes.txt', documentId: 'minutes' }).meetings;
    expect(meeting.items[0].title).toBe(OPENING_TITLE);
    expect(meeting.items[0].paragraphs.map((paragraph) => paragraph.text.slice(0, 24))).toEqual(['Cllr. Hale welcomed all ', 'The police sent a remind', 'The Clerk advised that t']);
  });

  it('leaves a covering note above the header out of the minutes', () => {
    const text =
      'Please find below the minutes of our meeting last Thursday. Let me know of any corrections by Friday.\n\n' +
      'HOLLOWMERE PARISH COUNCIL Allotments Working Group Meeting held on Thursday 9 May 2024 at 6.30 pm in the Pavilion\n\n' +
      '1. Water troughs\n\nThe troughs on the lower field will be mended before June.\n\n2. Rents\n\nRents stay at £30 a plot for the year.\n';
    const [meeting] = parseMinutes({ text, format: 'text', file: 'minutes.txt', documentId: 'minutes' }).meetings;
    expect(meeting.items.map((item) => item.title)).toEqual(['Water troughs', 'Rents']);
  });
});

describe('an attendance line run together with the minutes', () => {
  it('reads its people and keeps the minutes run on after them', () => {
    const text =
      'HOLLOWMERE COLLEGE COURT\n\nMinutes of the meeting held on Thursday, 15 February 2024 in the Council Room at 7.30 pm.\n\n' +
      'Present: Mr A Bell (in the Chair), Ms C Dunn, Mr E Ford\n\nIn attendance:\n' +
      'Mr K Lowe Ms M Nash Apologies for absence were received from Mr G Hale and Dr J Ives. WELCOME The Chair welcomed the two new members of the Court and thanked the retiring members for their years of service. ' +
      'He also thanked the catering staff. FINANCE The Treasurer reported that the accounts for the year showed a small surplus after the roof repairs to the library. ' +
      'The Court approved the accounts and thanked the auditors for their work. The budget for next year was agreed. ESTATES The Estates Director reported that the new halls of residence would open in September.\n';
    const [meeting] = parseMinutes({ text, format: 'text', file: 'court.txt', documentId: 'court' }).meetings;
    expect(meeting.attendees.map((attendee) => attendee.name)).toContain('Mr K Lowe');
    expect(meeting.items.flatMap((item) => item.paragraphs.map((paragraph) => paragraph.text)).join(' ')).toContain('The budget for next year was agreed.');
  });
});

describe('a numbered minute recording apologies between the attendance and the first item', () => {
  it('keeps its words as the opening of the minutes, not as part of the header', () => {
    const text =
      'MINUTES OF THE MEETING OF THE HOLLINS CROSS PARISH COUNCIL HELD AT THE CHAPEL SCHOOLROOM ON MONDAY 12TH MAY 2025.\n\n' +
      'PRESENT were M Tandy (Chair), R Okoro, J Pell and the Clerk.\n\n' +
      '1. Apologies for absence. L Brand and S Kerr – family commitments.\n\n' +
      '2. Public Forum. No members of the public attended.\n\n' +
      '3. Footpaths The Clerk reported that the stile on the ridge path had been replaced.\n';
    const [meeting] = parseMinutes({ text, format: 'text', file: 'hollins.txt', documentId: 'hollins' }).meetings;
    expect(meeting.items[0].title).toBe(OPENING_TITLE);
    expect(meeting.items[0].paragraphs[0].text).toBe('Apologies for absence. L Brand and S Kerr – family commitments.');
  });
});

describe('minutes under the header attendance that the prose rule misses', () => {
  it('keeps notes with no full stops (a parish clerk\'s bullets) as the opening', () => {
    const meeting = parse(
      'Public Forum\n- Two residents asked for the hedge along the school lane to be cut back before term starts\n- A resident thanked the council for the new bus shelter on the green\n\n',
    );
    expect(meeting.items[0].title).toBe(OPENING_TITLE);
    expect(meeting.items[0].paragraphs.map((paragraph) => paragraph.text).join(' ')).toContain('hedge along the school lane');
  });

  it('keeps a numbered minute no heading rule took as the opening, but not an agenda of numbered titles', () => {
    const text = (between: string) =>
      `${HEADER}${between}115/24 Public participation. A resident raised the state of the footbridge over the mill stream.\n\n116/24 Planning. RESOLVED that no objection be raised to application 24/0112.\n`;
    const [kept] = parseMinutes({ text: text('114/24 Declarations of interest/ Requests for dispensation. None.\n\n'), format: 'text', file: 'w.txt', documentId: 'w' }).meetings;
    expect(kept.items[0].title).toBe(OPENING_TITLE);
    expect(kept.items[0].paragraphs[0].text).toBe('114/24 Declarations of interest/ Requests for dispensation. None.');
    const [agenda] = parseMinutes({ text: text('115/24 Public participation\n116/24 Planning\n\n'), format: 'text', file: 'w.txt', documentId: 'w' }).meetings;
    expect(agenda.items.map((item) => item.title)).toEqual(['Public participation', 'Planning']);
  });

  it('leaves a labelled fact of the header in it', () => {
    const meeting = parse('Public: six members of the public and one member of the local press were present\n\n');
    expect(meeting.items.map((item) => item.title)).toEqual(['APOLOGIES', 'PLANNING']);
  });
});
