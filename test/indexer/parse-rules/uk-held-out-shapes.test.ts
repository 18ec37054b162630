// Shapes read in UK minutes no fixture had shown: a body's name with the kind of meeting before it or a sentence's tail
// after it; an office's address on one numbered line; minutes whose subjects open each paragraph in capitals; articles
// numbered in Roman numerals with no stop; a clerk's contact details after the name; a table of names and initials; an
// office typed before a councillor's title (parse/header/body-name-shape.ts, header/minutes-titles.ts,
// items/item-numbers.ts, items/capital-lead-ins.ts, items/roman-capitals.ts, attendance/header-label-lines.ts,
// attendance/initials-cells.ts, attendance/attendee-lists.ts).
import { asBodyName } from '../../../indexer/parse/header/body-name-shape';
import { isNumberedNonItem } from '../../../indexer/parse/items/item-numbers';
import { withCapitalLeadInsApart } from '../../../indexer/parse/items/capital-lead-ins';
import { withRomanNumeralsStopped } from '../../../indexer/parse/items/roman-capitals';
import { withoutContactDetails } from '../../../indexer/parse/attendance/header-label-lines';
import { withInitialsCellsAsLists } from '../../../indexer/parse/attendance/initials-cells';
import { parseMinutes } from '../../../indexer/parse';
import { bodyNamedIn } from '../../../indexer/parse/header/minutes-titles';

describe('a body named in a sentence or after the kind of meeting', () => {
  it.each([
    ['Annual General Meeting of Caerwen Town Council', 'Caerwen Town Council'],
    ['Meeting of the FENSIDE CREMATORIUM JOINT COMMITTEE', 'FENSIDE CREMATORIUM JOINT COMMITTEE'],
    ['Holme Parish Council as above', 'Holme Parish Council'],
    ['Annual Parish Meeting', null],
    ['Board', null],
    ['Council for the Arts', 'Council for the Arts'],
    ['Planning Sub-committee a', 'Planning Sub-committee a'],
    ['Full Council', 'Full Council'],
  ])('reads %s as %s', (read, body) => {
    expect(asBodyName(read)).toBe(body);
  });
});

describe('a numbered line that is an address', () => {
  it.each([
    ['2 Orchard Terrace, Plough Bank, Montgomery, SY15 6QD.', true],
    ['91 MARSH ROAD, , PE38 4QX', true],
    ['4 14-16 Caledon Road, London, N7 8QA', false],
    ['3 Bus shelter, Main Road, Holme', false],
  ])('%s: %s', (line, address) => {
    const number = line.split(' ')[0];
    expect(isNumberedNonItem(number, line, [line], 0)).toBe(address);
  });
});

describe('minutes that open each paragraph with its subject in capitals', () => {
  const lines = ['APOLOGIES FOR ABSENCE were received from Mr Tebb.', '', 'FINANCE. A cheque was signed for £40.', '', 'MR LING reported on the hedges.', '', 'RESOLVED that the precept be set.', '', 'HIGHWAYS AND FOOTPATHS. The Clerk will report the drain.'];

  it('sets each subject above its paragraph as a heading, the paragraph kept whole', () => {
    expect(withCapitalLeadInsApart(lines)).toEqual([
      'APOLOGIES FOR ABSENCE', '', 'APOLOGIES FOR ABSENCE were received from Mr Tebb.', '',
      'FINANCE', '', 'FINANCE. A cheque was signed for £40.', '', 'MR LING reported on the hedges.', '', 'RESOLVED that the precept be set.', '',
      'HIGHWAYS AND FOOTPATHS', '', 'HIGHWAYS AND FOOTPATHS. The Clerk will report the drain.',
    ]);
  });

  it('leaves a document with fewer than three such paragraphs as it is', () => {
    const two = ['FINANCE. A cheque was signed.', '', 'PLANNING. No applications.'];
    expect(withCapitalLeadInsApart(two)).toBe(two);
  });
});

describe('articles numbered in Roman numerals before capitals', () => {
  it('stops each numeral when I and II both open such lines', () => {
    expect(withRomanNumeralsStopped(['I HARBOUR TRUST - BOARD', 'Text.', 'II LEISURE TRUST'])).toEqual(['I. HARBOUR TRUST - BOARD', 'Text.', 'II. LEISURE TRUST']);
  });

  it('leaves a capital I opening a sentence as it is', () => {
    const lines = ['I wish to record my thanks to the Clerk', 'II Leisure Trust'];
    expect(withRomanNumeralsStopped(lines)).toBe(lines);
  });
});

describe("a clerk's contact details after the name", () => {
  it.each([
    ["Clerk: Mrs A Hale e'mail: clerk@example.org", 'Clerk: Mrs A Hale'],
    ['Clerk: Mrs G Dale. 6 Mill Lane, Thorpe, Selby, YO8 9PT', 'Clerk: Mrs G Dale'],
    ['Mrs G Dale. 6 Mill Lane, Thorpe, Selby, YO8 9PT', 'Mrs G Dale'],
    ['Cllr A Hale, Cllr B Shaw', 'Cllr A Hale, Cllr B Shaw'],
  ])('%s → %s', (text, without) => {
    expect(withoutContactDetails(text)).toBe(without);
  });
});

describe('a table of names and the initials the minutes call them by', () => {
  it('sets each row out as a list of names keyed by their initials', () => {
    const lines = ['Present:    Ann Hale          AH         Tom Reid           TR', '            Iona Kerr (SBC)     IK         Ben Lowe          BL'];
    expect(withInitialsCellsAsLists(lines)).toEqual(['Present:    Ann Hale (AH), Tom Reid (TR)', '            Iona Kerr (SBC) (IK), Ben Lowe (BL)']);
  });

  it('leaves cells whose letters are not the name’s initials as they are', () => {
    const lines = ['Budget        2025        Actual        2024'];
    expect(withInitialsCellsAsLists(lines)).toBe(lines);
  });
});

describe('an office typed before a councillor’s title', () => {
  it('reads the office as the councillor’s role', () => {
    const text = 'HOLME PARISH COUNCIL\n\nMinutes of the Parish Council meeting held on Tuesday 3rd March 2026 in Holme village hall\n\nPresent: Chairman Cllr P Norris, vice chair Cllr G Kemp, Cllr D Hale, Cllr J Bruce.\n\n1. Apologies\n\nNone.\n';
    const [meeting] = parseMinutes({ text, format: 'text', file: 'holme.txt', documentId: 'holme' }).meetings;
    expect(meeting.attendees.map(({ name, role }) => [name, role])).toEqual([['Cllr P Norris', 'Chair'], ['Cllr G Kemp', 'Vice-Chair'], ['Cllr D Hale', null], ['Cllr J Bruce', null]]);
  });
});

describe('a council’s own meeting named by its kind', () => {
  it('names no body in "MINUTES of COUNCIL ORDINARY BUSINESS MEETING on …"', () => {
    expect(bodyNamedIn('MINUTES of COUNCIL ORDINARY BUSINESS MEETING on Wednesday 4th March 2026 at 7.30pm')).toBeUndefined();
    expect(bodyNamedIn('Minutes from the Pentre Community Council meeting held at 7pm on Monday 2nd March 2026')).toBe('Pentre Community Council');
  });

  it('names a body after "Minutes for" only in words that name one', () => {
    expect(bodyNamedIn('Minutes for the Strathcarron Community Council AGM held on 3 May 2024')).toBe('Strathcarron Community Council');
    expect(bodyNamedIn('Board of Directors Meeting Minutes for Q3 2025-08-14 Present on 2025-08-14')).toBeUndefined();
  });
});
