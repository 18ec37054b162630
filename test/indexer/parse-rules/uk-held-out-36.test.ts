// Shapes read on UK minutes from publishers no fixture had (session 36's held-out folder), each rule with the case it
// must leave alone: a former ModernGov committee's years, a dotted "A.G.M.", a parish
// assembly's kind before the council's name, a count of the public on its own line, and a first minute numbered out of
// its run.
import { parseMinutes } from '../../../indexer/parse';
import { asBodyName } from '../../../indexer/parse/header/body-name-shape';
import { isHeadCountLine } from '../../../indexer/parse/items/numbered-non-items';

const parse = (text: string) => parseMinutes({ text, format: 'text', file: 'minutes.txt', documentId: 'd' }).meetings[0];

describe('body names with a kind of meeting, years or a second language around them', () => {
  it.each([
    ['Licensing Committee (2005-2015)', 'Licensing Committee'],
    ['Overview & Scrutiny Committee (01.01.2002 - 25.05.2017)', 'Overview & Scrutiny Committee'],
    ['Fellside Parish Council A.G.M.', 'Fellside Parish Council'],
    ['Fellside Parish Council AGM', 'Fellside Parish Council'],
    ['Annual Parish Assembly of Wexcombe Parish Council', 'Wexcombe Parish Council'],
    ['Charter Trustees Meeting', 'Charter Trustees'],
  ])('reads %p as %p', (read, body) => {
    expect(asBodyName(read)).toBe(body);
  });

  it('reads a community council\'s "First Meeting of" a council it does not name as no body', () => {
    const text = ['Minutes of First Meeting of Community Council on 29th October 2025 at 7.30pm in the Village Hall', '', '1. Present', 'Ann Hale, Ben Lowe, Cara Pike', '', '2. Appointment of the Chair', 'Ann Hale was proposed as chair by BL.'].join('\n');
    expect(parse(text).body).toBeNull();
  });
});

describe('a count of the public on a numbered line', () => {
  it.each(['2 Members of the Public', '12 residents', '3 members of the press'])('reads %p as a count', (line) => {
    expect(isHeadCountLine(line)).toBe(true);
  });

  it.each(['3 VISITORS', '3 Visitors', '4        Members of the Public', '2. Members of the Public', '5 Residents Association'])('reads %p as no count', (line) => {
    expect(isHeadCountLine(line)).toBe(false);
  });
});

describe('a first minute numbered out of its run', () => {
  const minutes = (first: string) =>
    [
      'Harrowby Town Council Planning Committee',
      'Minutes of the meeting held on Monday 9th February 2026',
      '',
      `${first}   PRESENT`,
      'Councillors Petrie, Osei and Vance.',
      '',
      'PC25/106   APOLOGIES FOR ABSENCE',
      'Apologies were received from Cllr Greaves.',
      '',
      'PC25/107   PUBLIC PARTICIPATION',
      'There were no members of the public present.',
      '',
      'PC25/108   PLANNING APPLICATIONS',
      'It was RESOLVED to submit the comments set out in the schedule.',
      '',
      'PC25/109   DATE OF NEXT MEETING',
      'The next meeting will be held on 23rd February 2026.',
    ].join('\n');

  it('keeps the minutes after a first number that falls within their run', () => {
    expect(parse(minutes('PC25/110')).items.map((item) => item.number)).toEqual(['PC25/110', 'PC25/106', 'PC25/107', 'PC25/108', 'PC25/109']);
  });

  it('keeps the minutes read as they were when the first number stands far above the run', () => {
    expect(parse(minutes('PC25/190')).items.map((item) => item.number)).toEqual(['PC25/190']);
  });
});

describe('apologies naming substitutes', () => {
  it('ends the list of apologies before the substitutes named after "with"', () => {
    const text = [
      'ASHCOMBE COUNCIL',
      'MINUTE of MEETING of the ROADS COMMITTEE held in the Town Hall on Tuesday 3 February 2026 at 4.00 pm.',
      'Present: Councillors ANN HALE, BEN LOWE and CARA PIKE.',
      '1. APOLOGIES/SUBSTITUTES',
      'Apologies for absence were intimated on behalf of Councillors Dev Rao and Eve Shaw with Councillor Cara Pike substituting for Councillor Rao.',
      '2. DECLARATIONS OF INTEREST',
      'There were no declarations of interest.',
    ].join('\n');
    const apologies = parse(text).attendees.filter((attendee) => attendee.attendance === 'apologies').map((attendee) => attendee.name);
    expect(apologies).toEqual(['Councillor Dev Rao', 'Councillor Eve Shaw']);
  });
});
