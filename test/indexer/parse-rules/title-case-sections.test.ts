// A US board's sections titled in capitalised words, each run on from its colon ("Call to Order: The meeting was called
// to order …"): the first section ends the header, so a roll call under it is read as the meeting's attendance.
import { parseMinutes } from '../../../indexer/parse';

const parse = (text: string) => parseMinutes({ text, format: 'text', file: 'minutes.txt', documentId: 'minutes' }).meetings[0];

const MINUTES = [
  'BOARD OF EDUCATION',
  'MILLBROOK UNION FREE SCHOOL DISTRICT',
  'Minutes of the Regular Meeting – Tuesday, March 11, 2025',
  'Middle School Cafeteria, 7:00 p.m.',
  '',
  'Call to Order: The meeting was called to order at 7:04 p.m. by Board President Mr. Dennis Ruiz.',
  '',
  'Roll Call:',
  'Mr. Dennis Ruiz, President – present',
  'Mrs. Alma Keane – present',
  'Dr. Priya Nath – absent',
  '',
  'Also present: Dr. Lena Sorensen, Superintendent; Mr. Hal Brock, District Clerk',
  '',
  'Pledge of Allegiance: Led by Mrs. Keane.',
  '',
  'Approval of Minutes:',
  'Motion by Mrs. Keane, seconded by Mr. Ruiz, to approve the minutes of February 11, 2025. Motion carried 2-0.',
  '',
  'Adjournment:',
  'The meeting was adjourned at 8:02 p.m.',
  '',
].join('\n');

describe('sections titled in capitalised words, run on from their colons', () => {
  it('end the header at the first section, so the roll call under it is the attendance', () => {
    const meeting = parse(MINUTES);
    expect(meeting.body).toBe('Millbrook Union Free School District Board of Education');
    expect(meeting.items.map((item) => item.title)).toEqual(['Call to Order', 'Roll Call', 'Pledge of Allegiance', 'Approval of Minutes', 'Adjournment']);
    expect(meeting.attendees.map(({ name, attendance }) => [name, attendance])).toEqual([
      ['Mr. Dennis Ruiz', 'present'],
      ['Mrs. Alma Keane', 'present'],
      ['Dr. Priya Nath', 'absent'],
      ['Dr. Lena Sorensen', 'in attendance'],
      ['Mr. Hal Brock', 'in attendance'],
    ]);
  });

  it('keep a Markdown heading over people in the header', () => {
    const text = ['# Harwood Allotment Society', '', '**Date:** 4 March 2025', '', '## Attending', '- Ann Hale (Chair)', '- Tom Reyes', '', '## 1. Plots', '', 'Two plots were let.', ''].join('\n');
    const meeting = parseMinutes({ text, format: 'markdown', file: 'minutes.md', documentId: 'minutes' }).meetings[0];
    expect(meeting.attendees.map(({ name }) => name)).toEqual(['Ann Hale', 'Tom Reyes']);
  });
});

describe('headings in capitalised words that name a numbered resolution', () => {
  it('reads a year in a reference as part of the title, and a line naming a year alone as none', () => {
    const text = [
      'BOARD OF COUNTY COMMISSIONERS',
      'Minutes of the Regular Meeting – Tuesday, April 9, 2024',
      '',
      'Consent Agenda',
      '',
      'Upon motion by Commissioner Vance, seconded by Commissioner Dial, the Board voted unanimously to approve the consent agenda.',
      '',
      'Resolution 2024-17: Road and Bridge Fund Transfer',
      '',
      'The County Manager explained that the transfer would pay for the replacement of the Dry Creek culvert.',
      '',
      'Annual Report 2023',
      '',
      'The County Manager presented the annual report, which was received.',
      '',
    ].join('\n');
    expect(parse(text).items.map((item) => item.title)).toEqual(['Consent Agenda', 'Resolution 2024-17: Road and Bridge Fund Transfer']);
  });
});
