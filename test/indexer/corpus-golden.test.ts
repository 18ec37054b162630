// Golden tests: every sample document in corpus/ read, parsed and checked against what the minutes print.
import fs from 'node:fs/promises';
import path from 'node:path';
import type { AgendaItem, Meeting } from '../../core/types';
import { parseMinutes } from '../../indexer/parse';
import { readDocument } from '../../indexer/readers';
import { readSidecar } from '../../indexer/sidecar';

const CORPUS = path.join(__dirname, '..', '..', 'corpus');

async function parseCorpusFile(name: string): Promise<Meeting[]> {
  const file = path.join(CORPUS, name);
  const bytes = await fs.readFile(file);
  const read = await readDocument(bytes, file, { maxFileBytes: 10 * 1024 * 1024 });
  const sidecar = await readSidecar(file);
  return parseMinutes({ text: read.text, format: read.format, file, documentId: name, sidecar }).meetings;
}

function itemTitled(meeting: Meeting, title: string): AgendaItem {
  const item = meeting.items.find((candidate) => candidate.title === title);
  if (!item) throw new Error(`no item titled ${title}; found ${meeting.items.map((candidate) => candidate.title).join(' | ')}`);
  return item;
}

const allText = (meetings: Meeting[]) => meetings.flatMap((meeting) => meeting.items.flatMap((item) => item.paragraphs.map((paragraph) => paragraph.text)));

describe('ModernGov "Agenda and minutes" page of 28 March 2017', () => {
  let meeting: Meeting;
  beforeAll(async () => {
    const meetings = await parseCorpusFile('kent-medway-pcp-2017-03-28-minutes.txt');
    expect(meetings).toHaveLength(1);
    meeting = meetings[0];
  });

  it('reads body, date, start time and venue from the page header', () => {
    expect(meeting.body).toBe('Kent and Medway Police and Crime Panel');
    expect(meeting.date).toBe('2017-03-28');
    expect(meeting.time).toBe('10:00');
    expect(meeting.venue).toBe('Darent Room, Sessions House, County Hall, Maidstone');
  });

  it('finds the item titles in order, without the "pdf icon" attachment noise', () => {
    expect(meeting.items.map((item) => item.title)).toEqual([
      'Minutes of the Police and Crime Panel held on 2 February 2017',
      'Police Cadet Scheme - progress report',
      'Mental Health - verbal update (focus on progress in engaging others)',
      'Public engagement plans',
      'Questions to the Commissioner',
      "Commissioner's Decisions 013 & 014",
      'Future work programme',
    ]);
  });

  it('keeps numbered paragraphs with their printed numbers and the RESOLVED decision', () => {
    const cadets = itemTitled(meeting, 'Police Cadet Scheme - progress report');
    expect(cadets.paragraphs).toHaveLength(12);
    expect(cadets.paragraphs.map((paragraph) => paragraph.number).slice(0, 11)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11']);
    expect(cadets.paragraphs[2].text).toBe(
      'Kent Police was recruiting a full time Youth Ambassador to work not only with the Police Cadets but with young people across the county.',
    );
    expect(cadets.decisions).toEqual([
      'RESOLVED that the Police and Crime Panel note the PCC’s report on Kent Volunteer Police Cadets and that the Commissioner provides information to Panel members about safeguarding and preventing potential radicalisation.',
    ]);
    expect(cadets.paragraphs[11]).toMatchObject({ isDecision: true, speaker: null, number: null });
  });

  it('names speakers from the opening words and stays silent when unsure', () => {
    const cadets = itemTitled(meeting, 'Police Cadet Scheme - progress report');
    expect(cadets.paragraphs.map((paragraph) => paragraph.speaker).slice(0, 11)).toEqual([
      'The Commissioner', 'The Commissioner', null, 'The Chair', 'A Member', 'A Member', 'A Member',
      'The Commissioner', 'The Commissioner', 'A Member', 'The Chair',
    ]);
  });

  it('flags truncated items, strips the marker and takes the item number from it', () => {
    const mentalHealth = itemTitled(meeting, 'Mental Health - verbal update (focus on progress in engaging others)');
    expect(mentalHealth.number).toBe('219');
    const last = mentalHealth.paragraphs[mentalHealth.paragraphs.length - 1];
    expect(last.isTruncated).toBe(true);
    expect(last.text).toBe(
      'A Member thanked the Commissioner for his update, and asked if he was confident that alternative accommodation was available for young people in mental health crisis who could no longer be held in police',
    );
    expect(allText([meeting]).some((text) => /view the full minutes/i.test(text))).toBe(false);
    expect(itemTitled(meeting, 'Public engagement plans').number).toBeNull();
  });

  it('attributes a question signed in brackets to its asker', () => {
    const questions = itemTitled(meeting, 'Questions to the Commissioner');
    expect(questions.paragraphs[2]).toMatchObject({
      text: 'Finally what is your view on the deterrent value of CCTV? (Don Sloan)',
      speaker: 'Don Sloan',
    });
  });
});

describe('ModernGov "Agenda and minutes" page of 17 October 2023', () => {
  let meeting: Meeting;
  beforeAll(async () => {
    [meeting] = await parseCorpusFile('kent-medway-pcp-2023-10-17-minutes.txt');
  });

  it('reads body, date and time from a one-line header and drops "View directions" from the venue', () => {
    expect(meeting).toMatchObject({
      body: 'Kent and Medway Police and Crime Panel',
      date: '2023-10-17',
      time: '14:00',
      venue: 'Council Chamber, Sessions House, County Hall, Maidstone',
      title: 'Minutes',
    });
  });

  it('finds the ten item titles in order', () => {
    expect(meeting.items.map((item) => item.title)).toEqual([
      'Declarations of Interests by Members in Items on the Agenda for this Meeting',
      'Minutes of the Police and Crime Panel held on 27 June 2023',
      'Complaints Against the Commissioner - Annual Report 2022/23',
      'Police and Crime Commissioner Annual Report',
      'Contacting Kent Police',
      'Decision OPCC.D.034.23 - PFI North Kent Police Station',
      'Decision OPCC.D.033.23 - Sale of IP Addresses',
      'Questions to the Commissioner',
      'Future work programme',
      "Minutes of the Commissioner's Performance and Delivery Board meeting held on 7 June 2023",
    ]);
  });

  it('numbers lettered sub-points under their paragraph and nested points under their letter', () => {
    const annualReport = itemTitled(meeting, 'Police and Crime Commissioner Annual Report');
    expect(annualReport.number).toBe('103');
    expect(annualReport.paragraphs.map((paragraph) => paragraph.number)).toEqual([
      '1', '2', '2.a', '2.a.1', '2.a.2', '2.a.3', '2.a.4', '2.a.5', '2.b', '2.c', '2.c.1', '2.c.2', '2.c.3', '2.c.4',
    ]);
    const last = annualReport.paragraphs[annualReport.paragraphs.length - 1];
    expect(last).toMatchObject({
      isTruncated: true,
      text: 'The criminal justice system and ensuring that Kent improved the quality of casefiles submitted to the Crown Prosecution Service (CPS).',
    });
  });

  it('makes each "Question N" block a paragraph spoken by the councillor named under it', () => {
    const questions = itemTitled(meeting, 'Questions to the Commissioner');
    const asked = questions.paragraphs.filter((paragraph) => paragraph.number?.startsWith('Question'));
    expect(asked.map((paragraph) => [paragraph.number, paragraph.speaker])).toEqual([
      ['Question 1', 'Cllr Mike Blakemore'],
      ['Question 2', 'Cllr Shane Mochrie-Cox'],
      ['Question 3', 'Cllr Richard Palmer'],
    ]);
    expect(asked[2].text).toBe(
      'Can the Commissioner explain how he is holding the Chief Constable to account for the priority ‘protecting people from exploitation and abuse’ and the safeguarding of domestic abuse victims in particular? (Cllr Richard Palmer, Swale Borough Council)',
    );
    expect(questions.paragraphs[questions.paragraphs.length - 1].speaker).toBe('The Commissioner');
  });

  it('recognises named and role speakers', () => {
    expect(meeting.items[0].paragraphs[0].speaker).toBe('Mr Meade');
    expect(itemTitled(meeting, 'Complaints Against the Commissioner - Annual Report 2022/23').paragraphs.map((paragraph) => paragraph.speaker)).toEqual([
      'Mrs Taylor',
      'Members',
      null,
    ]);
    expect(itemTitled(meeting, 'Contacting Kent Police').paragraphs[5].speaker).toBe('The Vice-Chair');
  });
});

describe('ModernGov "Agenda item" pages', () => {
  it('reads the opportunities item with its 16 numbered paragraphs, dated only by its sidecar', async () => {
    const [meeting] = await parseCorpusFile('kent-medway-pcp-item-opportunities-for-the-future.txt');
    expect(meeting).toMatchObject({ body: 'Kent and Medway Police and Crime Panel', date: '2017-11-15' });
    expect(meeting.items).toHaveLength(1);
    const [item] = meeting.items;
    expect(item.title).toBe('Opportunities for the Future: progress update');
    expect(item.paragraphs).toHaveLength(17);
    expect(item.paragraphs[6]).toMatchObject({
      number: '7',
      speaker: 'A Member',
      text: 'A Member asked how the Commissioner was ensuring the schemes involving young people were effective. The Commissioner referred to the Safer in Kent: Backing Young People document which set out how the Commissioner would hold the Chief Constable to account for issues affecting young people, it was important for young people to have a voice.',
    });
    expect(item.decisions).toHaveLength(1);
  });

  it('ignores the error-page text of the Safer in Kent page and keeps the date empty', async () => {
    const [meeting] = await parseCorpusFile('kent-medway-pcp-item-safer-in-kent-plan-2018-19.txt');
    expect(meeting.date).toBeNull();
    expect(meeting.id.startsWith('undated-')).toBe(true);
    expect(meeting.body).toBe('Kent and Medway Police and Crime Panel');
    const [item] = meeting.items;
    expect(item.title).toBe(
      'Draft refreshed ‘Safer in Kent: The Community Safety and Criminal Justice Plan’ and precept proposal for 2018/19',
    );
    expect(allText([meeting]).some((text) => /default template|Technical Error|Agenda item/.test(text))).toBe(false);
    expect(item.paragraphs.filter((paragraph) => /^\d+$/.test(paragraph.number ?? ''))).toHaveLength(29);
  });

  it('keeps the bulleted recommendations after "RESOLVED ... recommends that:" in the decision', async () => {
    const [meeting] = await parseCorpusFile('kent-medway-pcp-item-safer-in-kent-plan-2018-19.txt');
    const [item] = meeting.items;
    expect(item.decisions).toHaveLength(2);
    expect(item.decisions[0]).toMatch(/^RESOLVED that the Panel note the updated Safer in Kent/);
    expect(item.decisions[0]).toMatch(/that there is a specific reference to support for witnesses in the “Plan on a Page”\.$/);
    expect(item.paragraphs.filter((paragraph) => paragraph.isDecision)).toHaveLength(5);
    expect(item.decisions[1]).toBe('RESOLVED that the Proposed Precept be approved unanimously.');
  });

  it('parses without a sidecar: body and date stay empty rather than invented', async () => {
    const file = path.join(CORPUS, 'kent-medway-pcp-item-opportunities-for-the-future.txt');
    const text = await fs.readFile(file, 'utf8');
    const [meeting] = parseMinutes({ text, format: 'text', file, documentId: 'no-sidecar' }).meetings;
    expect(meeting.body).toBeNull();
    expect(meeting.date).toBeNull();
  });
});

describe('Dartford agenda pack of 21 February 2018', () => {
  let meetings: Meeting[];
  beforeAll(async () => {
    meetings = await parseCorpusFile('dartford-crime-disorder-2018-02-21-agenda-pack.txt');
  });
  const minutesOf = (date: string) => {
    const meeting = meetings.find((candidate) => candidate.date === date && candidate.title === 'Minutes');
    if (!meeting) throw new Error(`no minutes dated ${date}`);
    return meeting;
  };

  it('finds the pack agenda, the committee minutes and three Panel minutes, each with its own body and date', () => {
    expect(meetings.map((meeting) => [meeting.title, meeting.body, meeting.date])).toEqual([
      ['Agenda', 'Dartford Borough Council Crime and Disorder (Overview and Scrutiny) Committee', '2018-02-21'],
      ['Minutes', 'Dartford Borough Council Crime and Disorder (Overview and Scrutiny) Committee', '2017-07-26'],
      ['Minutes', 'Kent and Medway Police and Crime Panel', '2017-07-20'],
      ['Minutes', 'Kent and Medway Police and Crime Panel', '2017-09-28'],
      ['Minutes', 'Kent and Medway Police and Crime Panel', '2017-11-15'],
    ]);
    expect(new Set(meetings.map((meeting) => meeting.id)).size).toBe(5);
  });

  it('keeps the agenda honest: its items and descriptions, no decisions', () => {
    const agenda = meetings[0];
    expect(agenda.items.map((item) => item.number)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', null, 'A']);
    expect(agenda.items[2].title).toBe('Confirmation of the Minutes of the meeting held on 26 July 2017');
    expect(agenda.items[8].title).toBe("Review of Dartford's Safer Streets Policy: Update from Kent Police");
    expect(agenda.items[8].paragraphs.map((paragraph) => paragraph.text)).toEqual(['To receive an update from Kent Police representatives.']);
    expect(agenda.items.flatMap((item) => item.decisions)).toEqual([]);
  });

  it('reads the committee minutes of 26 July 2017: upper-case item headings in order, attendees, and nothing from the notice after them', () => {
    const minutes = minutesOf('2017-07-26');
    expect(minutes.items.map((item) => `${item.number}. ${item.title}`)).toEqual([
      '1. APOLOGIES FOR ABSENCE',
      '2. DECLARATIONS OF INTEREST',
      '3. CONFIRMATION OF THE MINUTES OF THE MEETING HELD ON 15 FEBRUARY 2017',
      '4. URGENT ITEMS',
      '5. TO CONSIDER REFERENCES FROM OTHER COMMITTEES (IF ANY)',
      '6. REGULATION 9 NOTICE',
      '7. KENT POLICE AND CRIME PANEL (PCP) - UPDATE',
      "8. REVIEW OF KENT'S DOMESTIC ABUSE (DA) FRAMEWORK",
      '9. DARTFORD TOWN AGAINST CRIME (D-TAC) PROGRESS REPORT',
      '10. RESPONSE TO UNAUTHORISED ENCAMPMENTS (DRAW-DOWN)',
      '11. PERFORMANCE',
      '12. EXCLUSION OF THE PRESS AND PUBLIC',
      '13. CSP PERFORMANCE REPORT',
      '14. 2017 REFRESH TO CSP COMMUNITY SAFETY STRATEGY (2016-19)',
      '15. CRIME AND DISORDER (O&S) COMMITTEE ROLLING WORK PROGRAMME FOR 2017-18 AND BEYOND',
      '16. CRIME AND DISORDER (O&S) ANNUAL REPORT 2016-17',
    ]);
    expect(minutes.attendees).toContainEqual({ name: 'Councillor R J Wells', role: 'Chair', attendance: 'present' });
    expect(minutes.attendees).toContainEqual({ name: 'Lewis Kirnon', role: 'Town Centre & Business Support Manager, CSU', attendance: 'in attendance' });
    expect(minutes.attendees).toContainEqual({ name: 'Councillor R Lees', role: null, attendance: 'absent' });
    const text = allText([minutes]).join('\n');
    expect(text).not.toMatch(/LIST OF FORTHCOMING KEY DECISIONS|The meeting closed/);
  });

  it('groups the numbered resolutions after "RESOLVED:" into one decision', () => {
    const update = minutesOf('2017-07-26').items[6];
    expect(update.decisions).toHaveLength(1);
    expect(update.decisions[0]).toMatch(/^RESOLVED: 1\. That Members note the contents of the Kent & Medway Police and Crime Panel Minutes/);
    expect(update.decisions[0]).toMatch(/2\. That Members note with thanks, the efforts of Councillor Chris Shippam/);
    expect(update.paragraphs.filter((paragraph) => paragraph.isDecision).map((paragraph) => paragraph.number)).toEqual([null, '1', '2']);
  });

  it('joins hard wraps, rejoins hyphenated words and drops running headers and page numbers', () => {
    const minutes = minutesOf('2017-07-26');
    const framework = minutes.items[7];
    const text = allText([minutes]).join('\n');
    expect(text).not.toMatch(/WEDNESDAY 26 JULY 2017/);
    expect(framework.paragraphs.map((paragraph) => paragraph.text)).toContain(
      'Over 3,000 children known to Social Services live in households where DA is a factor.',
    );
    expect(framework.paragraphs.map((paragraph) => paragraph.text)).toContain(
      'Chartered Institute of Housing Needs Analysis – Gaps for service users with complex needs; move on challenges; need for more collaborative commissioning;',
    );
    expect(minutes.items[6].paragraphs[1].text).toContain('also the re-election of Mr Gurvinder Sandher as Vice-Chairman.');
  });

  it('joins a paragraph split by a page number in the middle of a sentence', () => {
    const mentalHealth = minutesOf('2017-07-20').items.find((item) => item.number === '227')!;
    expect(mentalHealth.paragraphs[8].text).toContain(
      'through his role as deputy lead for mental health at the Association of Police and Crime Commissioners (APCC). The Commissioner also highlighted how he is holding the CCGs and other partners to account',
    );
    expect(mentalHealth.paragraphs).toHaveLength(10);
  });

  it('reads the Panel minutes: numbered item headings, venue and attendance', () => {
    const july = minutesOf('2017-07-20');
    expect(july.venue).toBe('Council Chamber, Sessions House, County Hall, Maidstone');
    expect(july.items.map((item) => item.number)).toEqual(['224', '225', '226', '227', '228', '229', '230', '231', '232', '233', '234', '235', '236']);
    expect(july.items[12].title).toBe("Minutes of the Commissioner's Performance Delivery Board held on 7 June 2017");
    expect(july.attendees).toContainEqual({ name: 'Cllr R Hogarth', role: 'Substitute for Cllr P Fleming', attendance: 'present' });
    expect(july.attendees).toContainEqual({ name: 'Mr P M Hill, OBE', role: 'Chair', attendance: 'present' });
    expect(july.attendees).toContainEqual({ name: 'Mr J Cook', role: 'Scrutiny Research Officer', attendance: 'in attendance' });
    expect(july.attendees.map((attendee) => attendee.name)).not.toContain('UNRESTRICTED ITEMS');

    expect(minutesOf('2017-09-28').items.map((item) => item.number)).toEqual(['237', '238', '239', '240', '241', '242', '243', '244', '245', '246']);
    const november = minutesOf('2017-11-15');
    expect(november.items.map((item) => item.title)).toEqual([
      'Minutes of the Police and Crime Panel held on 28 September 2017',
      'Update on Expenditure to Support the Police & Crime Plan',
      'Opportunities for the Future: progress update',
      'Emergency Services Network update',
      'Future work programme',
      'National Association of Police and Crime Panels - (oral item)',
      '27 September 2017 Performance & Delivery Board Meeting Notes',
    ]);
    expect(allText([november]).join('\n')).not.toMatch(/FIELD|STRATEGIC ASSESSMENT 2017/);
  });

  it('gives the reproduced item 249 the same paragraphs as its web page', async () => {
    const printed = minutesOf('2017-11-15').items.find((item) => item.number === '249')!;
    const [web] = await parseCorpusFile('kent-medway-pcp-item-opportunities-for-the-future.txt');
    expect(printed.paragraphs).toHaveLength(web.items[0].paragraphs.length);
    expect(printed.paragraphs[1].text).toBe(web.items[0].paragraphs[1].text);
  });

  it('attributes questions and answers in the Panel minutes', () => {
    const questions = minutesOf('2017-09-28').items.find((item) => item.number === '245')!;
    expect(questions.paragraphs.filter((paragraph) => paragraph.number?.startsWith('Question')).map((paragraph) => paragraph.speaker)).toEqual([
      'Gurvinder Sandher',
      'Alan Horton',
      'Fay Gooch',
    ]);
    expect(questions.paragraphs[6]).toMatchObject({ number: '6', speaker: 'The Commissioner' });
  });
});
