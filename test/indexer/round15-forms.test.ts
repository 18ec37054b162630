// Forms found in round 15 of the layout fixtures, each in a small document written for this test: titles "Hon.",
// "Bailie", "Canon" and "Depute Provost", a speaker after a bare "In response,", formal minutes' "Resolved, That",
// minute numbers "041/HS/2025" and sub-items "4(a)", bodies named "the Twelfth Meeting of X" or after a place and a dash,
// sections run on from unnumbered titles, a homeowners' board's labels, minutes set as table rows, a wiki's meeting notes
// and titles framing minutes that number their paragraphs.
import type { SourceFormat } from '../../core/types';
import { parseMinutes } from '../../indexer/parse';
import { attendeesFromList } from '../../indexer/parse/attendee-lists';
import { isDecisionText } from '../../indexer/parse/decisions';
import { speakerOf } from '../../indexer/parse/speakers';

const parse = (text: string, format: SourceFormat = 'text') => parseMinutes({ text, format, file: 'minutes', documentId: 'minutes' }).meetings[0];
const titles = (text: string, format: SourceFormat = 'text') => parse(text, format).items.map(({ number, title }) => [number, title]);
const people = (text: string, format: SourceFormat = 'text') => parse(text, format).attendees.map(({ name, role, attendance }) => [name, role, attendance]);
const HEADER = 'ASHBY MAGNA PARISH COUNCIL\nMinutes of the meeting held on Tuesday 4 March 2025 at 7pm\n\nPresent: Cllr A Hale (Chair), Cllr B Rowe\n\n';

describe('speakers', () => {
  it.each([
    ['Hon. Otieno sought to know why the medicines had not been bought.', 'Hon. Otieno'],
    ['Bailie Lennox declared a non-financial interest in item 4.', 'Bailie Lennox'],
    ['Canon Harrow thanked the Treasurer for her work.', 'Canon Harrow'],
    ['Depute Provost Kerr asked whether the flood defences were complete.', 'Depute Provost Kerr'],
    ['In response, the Chief Financial Officer said that social work posts were excluded.', 'The Chief Financial Officer'],
    ['In response, Mr WONG Tak-wah said that surveys had been carried out.', 'Mr WONG Tak-wah'],
    ['In response, Mr. Mwenda stated that a fresh tender was needed.', 'Mr. Mwenda'],
  ])('reads %j', (text, speaker) => {
    expect(speakerOf(text)).toBe(speaker);
  });
});

describe('lists of people', () => {
  it('gives a plural "Bailies" to each name after it', () => {
    expect(attendeesFromList('Provost Alan Drysdale (in the Chair); Bailies Moira Galbraith and Hamish Lennox; Councillor Ross Anstruther', 'present').map(({ name }) => name)).toEqual([
      'Provost Alan Drysdale',
      'Bailie Moira Galbraith',
      'Bailie Hamish Lennox',
      'Councillor Ross Anstruther',
    ]);
  });

  it('keeps the firm after an office in the role, and an office split at its "and"', () => {
    expect(attendeesFromList('Gloria Sutton, Community Manager, Keystone Property Management', 'in attendance')).toEqual([
      { name: 'Gloria Sutton', role: 'Community Manager, Keystone Property Management', attendance: 'in attendance' },
    ]);
    expect(attendeesFromList('Catriona Weir, Chief Executive; Martin Blair, Head of Planning and Regulatory Services; Lorna Fyfe, Chief Financial Officer', 'in attendance').map(({ role }) => role)).toEqual([
      'Chief Executive',
      'Head of Planning and Regulatory Services',
      'Chief Financial Officer',
    ]);
  });

  it('reads the chair held after a standing office ("Vicar, Chair")', () => {
    expect(attendeesFromList('The Revd Canon Judith Harrow (Vicar, Chair), Mr Colin Peabody (Churchwarden)', 'present').map(({ role }) => role)).toEqual(['Chair', 'Churchwarden']);
  });

  it('reads a homeowners\' board\'s labels: members absent, management and homeowners present', () => {
    const text =
      'WILLOW CREEK HOMEOWNERS ASSOCIATION\nBoard of Directors Meeting Minutes\nThursday, March 6th, 2025\n\nBoard Members Present: Janet Alvarez (President), Mei Tanaka (Treasurer)\n' +
      'Board Members Absent: Dana Whitfield\nManagement Present: Gloria Sutton, Community Manager\nHomeowners Present: 11\n\n1. Call to order\nOpened at 6:32 p.m.\n\n2. Adjournment\nClosed.\n';
    expect(people(text)).toEqual([
      ['Janet Alvarez', 'President', 'present'],
      ['Mei Tanaka', 'Treasurer', 'present'],
      ['Dana Whitfield', null, 'absent'],
      ['Gloria Sutton', 'Community Manager', 'in attendance'],
    ]);
  });

  it('reads "Chairman:" and "Vice-Chairman:" labels in a block, honours and all, and "Absent with Apologies" over its names', () => {
    const text =
      'TSING WAN DISTRICT COUNCIL\nMinutes of the Twelfth Meeting of the Traffic Committee\nDate: 4 March 2025 (Tuesday)\n\nPresent\nChairman:        Mr CHAN Siu-ming, BBS, JP\n' +
      'Vice-Chairman:   Ms LEUNG Mei-ling\nMembers:         Mr HO Ka-fai\n\nAbsent with Apologies\nMr LAU Wai-keung\n\nItem 1: Minutes\n\nConfirmed.\n\nItem 2: Any Other Business\n\nNone.\n';
    expect(people(text)).toEqual([
      ['Mr CHAN Siu-ming, BBS, JP', 'Chair', 'present'],
      ['Ms LEUNG Mei-ling', 'Vice-Chair', 'present'],
      ['Mr HO Ka-fai', null, 'present'],
      ['Mr LAU Wai-keung', null, 'apologies'],
    ]);
    expect(titles(text)).toEqual([['1', 'Minutes'], ['2', 'Any Other Business']]);
  });
});

describe('decisions', () => {
  it.each([
    'Resolved, That the Committee inquire into rural bus services.',
    'Ordered, That the Chair make the Report to the House.',
    'The Committee confirmed the minutes of the eleventh meeting without amendment.',
    'President Alvarez proposed a date for the annual meeting. The Board agreed to send the notice by March 25.',
  ])('reads %j as a decision', (text) => {
    expect(isDecisionText(text)).toBe(true);
  });

  it('leaves a finding the body agreed after a declaration, and "The Committee confirmed that …", undecided', () => {
    expect(isDecisionText('Mr Mistry declared that his wife is a pharmacist. The Board agreed that this was not a conflict.')).toBe(false);
    expect(isDecisionText('The Committee confirmed that it had received the letter.')).toBe(false);
  });
});

describe('item numbers', () => {
  it('reads "MIN. 041/HS/2025: TITLE" (minute, committee letters, year)', () => {
    const text = `${HEADER}MIN. 041/HS/2025: PRELIMINARIES\nOpened with prayer.\n\nMIN. 042/HS/2025: ANY OTHER BUSINESS\nNone.\n`;
    expect(titles(text)).toEqual([['041/HS/2025', 'PRELIMINARIES'], ['042/HS/2025', 'ANY OTHER BUSINESS']]);
  });

  it('reads "Agenda Item 4(a)" under "Agenda Item 4" as a sub-item, and a sentence so numbered as none', () => {
    const text =
      `${HEADER}Agenda Item 4 – Planning Applications\n\nAgenda Item 4(a) – 24/01873/FUL – Land at Colliers Lane\n\nGranted.\n\n` +
      'Agenda Item 4(b) – 25/00112/HOU – 17 Rectory Gardens\n\nGranted.\n\nAgenda Item 5 – Appeal Decisions\n\nNoted.\n';
    expect(titles(text)).toEqual([
      ['4', 'Planning Applications'],
      ['4(a)', '24/01873/FUL – Land at Colliers Lane'],
      ['4(b)', '25/00112/HOU – 17 Rectory Gardens'],
      ['5', 'Appeal Decisions'],
    ]);
  });
});

describe('bodies', () => {
  it.each([
    ['an ordinal meeting', 'Tsing Wan District Council\n\nMinutes of the Twelfth Meeting of the Traffic and Transport Committee\n\nDate: 4 March 2025\n', 'Tsing Wan District Council Traffic and Transport Committee'],
    ['a committee "on" its subject', 'MINUTES OF THE 14TH SITTING OF THE SELECT COMMITTEE ON HEALTH SERVICES HELD ON TUESDAY, 4TH MARCH, 2025\n', 'Select Committee on Health Services'],
    ['a place, a dash, then its body', '# St Barnabas, Hollowmere — Parochial Church Council\n\nMinutes of the meeting held on Wednesday 12 March 2025\n', 'St Barnabas, Hollowmere Parochial Church Council'],
    ['a dated title over its council', 'Minutes – Planning Committee – 12.03.2025\n\nAshworth Borough Council\n', 'Ashworth Borough Council Planning Committee'],
    ['an organisation over its group', '# Riverside Medical Practice\n\n# Patient Participation Group – Minutes\n\nDate: 05/03/2025\n', 'Riverside Medical Practice Patient Participation Group'],
    ['a wiki title with its date first', '# 2025-03-11 Tenant Scrutiny Panel meeting notes\n', 'Tenant Scrutiny Panel'],
  ])('reads %s', (_, header, body) => {
    expect(parse(`${header}\n1. Apologies\nNone.\n\n2. Close\nClosed.\n`).body).toBe(body);
  });
});

describe('sections run on from unnumbered titles', () => {
  const sections = [
    "Call to Order: President Alvarez called the meeting to order at 6:32 p.m. in the clubhouse.",
    "Treasurer's Report: Ms. Tanaka reported that the operating account held $48,215 at the end of February.",
    "Manager's Report: Ms. Sutton reported that three bids for the pool resurfacing had been received.",
    'Old Business: The Board discussed the pool bids and accepted the lowest of them.',
    'Adjournment: There being no further business, the meeting was adjourned at 7:48 p.m.',
  ];
  const header = 'WILLOW CREEK HOMEOWNERS ASSOCIATION\nBoard of Directors Meeting Minutes\nThursday, March 6th, 2025\n\n';

  it('reads five or more as items, the text after each title its first paragraph', () => {
    const meeting = parse(header + sections.join('\n\n'));
    expect(meeting.items.map(({ title }) => title)).toEqual(['Call to Order', "Treasurer's Report", "Manager's Report", 'Old Business', 'Adjournment']);
    expect(meeting.items[1].paragraphs[0]).toMatchObject({ text: 'Ms. Tanaka reported that the operating account held $48,215 at the end of February.', speaker: 'Ms. Tanaka' });
  });

  it('reads them hard-wrapped, and leaves four such labels as text', () => {
    const wrapped = sections.map((section) => section.replace(/^(\S+(?:\s+\S+){9})\s/, '$1\n')).join('\n\n');
    expect(parse(header + wrapped).items).toHaveLength(5);
    expect(parse(header + sections.slice(0, 4).join('\n\n')).items.map(({ title }) => title)).not.toContain('Old Business');
  });
});

describe('minutes set as the rows of a table', () => {
  it('reads a row of number, title, minute and action cells as the item and its paragraphs', () => {
    const text =
      '# Riverside Medical Practice\n\nDate: 05/03/2025\n\nNo.\tItem\tDiscussion and outcome\tAction\n\n1\tWelcome and apologies\tThe Chair welcomed everyone to the meeting.\t\n\n' +
      '2\tPractice update\tKaren Lyle reported that online booking had gone live on 3 February.\tKL to share figures\n\n3\tDate of next meeting\tWednesday 7 May 2025 at 18:00.\t\n';
    const meeting = parse(text, 'docx');
    expect(meeting.items.map(({ number, title }) => [number, title])).toEqual([['1', 'Welcome and apologies'], ['2', 'Practice update'], ['3', 'Date of next meeting']]);
    expect(meeting.items[1].paragraphs.map(({ text: paragraph }) => paragraph)).toEqual(['Karen Lyle reported that online booking had gone live on 3 February.', 'KL to share figures']);
  });

  it('reads the rows under an "Item" column heading as items, in place of the heading over the table, the time cell dropped', () => {
    const text =
      '# 2025-03-11 Tenant Scrutiny Panel meeting notes\n\n## Date\n\n11 Mar 2025\n\n## Participants\n\n@Ruth Okafor (Chair)\n\n@Declan Moss\n\n## Discussion items\n\nTime\tItem\tWho\tNotes\n\n' +
      '5 min\tNotes of the last meeting\tRuth Okafor\n\nThe notes were agreed.\n\n25 min\tDamp review scope\tDeclan Moss\n\nDeclan proposed a wider review.\n\n## Action items\n\nDeclan Moss to send the scope.\n';
    const meeting = parse(text, 'html');
    expect(meeting.items.map(({ title }) => title)).toEqual(['Notes of the last meeting', 'Damp review scope', 'Action items']);
    expect(meeting.items[1].paragraphs.map(({ text: paragraph, speaker }) => [paragraph, speaker])).toEqual([['Declan Moss', null], ['Declan proposed a wider review.', 'Declan Moss']]);
    expect(meeting.attendees.map(({ name, role }) => [name, role])).toEqual([['Ruth Okafor', 'Chair'], ['Declan Moss', null]]);
  });
});

describe('titles framing minutes that number their paragraphs', () => {
  it('reads an unnumbered title over a numbered paragraph, after the numbered items, as an item', () => {
    const text =
      `${HEADER}Item 1: Confirmation of the Minutes\n\n1.  The Committee confirmed the minutes of the last meeting.\n\nItem 2: Footbridge\n\n2.  The District Engineer reported that the lift towers were complete.\n\n` +
      'Date of Next Meeting\n\n3.  The next meeting would be held on 6 May 2025 at 2:30 p.m.\n\nSecretariat, Ashby Magna Parish Council\nMarch 2025\n';
    expect(titles(text)).toEqual([['1', 'Confirmation of the Minutes'], ['2', 'Footbridge'], [null, 'Date of Next Meeting']]);
  });

  it('reads such a title under a list of titled people as the first item, not an untitled person, and an untitled last member as one', () => {
    const header = 'TSING WAN DISTRICT COUNCIL\nMinutes of the Twelfth Meeting of the Traffic Committee\nDate: 4 March 2025\n\nPresent\nMr HO Ka-fai\n\nMr YIP Chi-keung\n\n';
    const items = 'Item 1: Minutes\n\n2.  The Committee confirmed the minutes of the last meeting without amendment.\n\nItem 2: Any Other Business\n\n3.  There was no other business.\n';
    const opening = parse(`${header}Opening Remarks\n\n1.  The Chairman welcomed Members and the representatives of the departments.\n\n${items}`);
    expect(opening.items.map(({ number, title }) => [number, title])).toEqual([[null, 'Opening Remarks'], ['1', 'Minutes'], ['2', 'Any Other Business']]);
    expect(opening.attendees.map(({ name }) => name)).toEqual(['Mr HO Ka-fai', 'Mr YIP Chi-keung']);
    expect(parse(`${header}Tom Hadleigh\n\n${items}`).attendees.map(({ name }) => name)).toEqual(['Mr HO Ka-fai', 'Mr YIP Chi-keung', 'Tom Hadleigh']);
  });
});
