// Minutes run together on one line and then wrapped at a fixed width, a US commission's title block set as headings,
// a university's name over its court's, a roll kept surname first and a US city's "THOSE PRESENT WERE:" run on after
// its opening sentence: invented text in the style of a parish council's copied page, a city commission's minutes, a
// Scottish university court's minute, a US faculty senate's minutes and a US city council's official minutes.
import { firstMeeting, peopleOf } from '../../helpers/parse-text';
import { unwrapped, wrappedRun } from '../../../indexer/parse/page/rewrapped-run';
import { withCouncilNamesJoined } from '../../../indexer/parse/header/split-council-names';

const RUN =
  'MINUTES OF THE MEETING OF ASHCOTT PARVA PARISH COUNCIL held on Tuesday 4 March 2025 at 7.30pm. Present: Cllr J Rowe (Chair), ' +
  'Cllr M Hale, Cllr S Pike. 1. Apologies for Absence None. 2. Declarations of Interest None were declared. 3. Village Hall The Chair ' +
  'reported that the roof had been repaired. 4. Finance The payments listed were approved. 5. Date of Next Meeting The next meeting ' +
  'will be held on 1 April 2025.';

/** The text wrapped at `width` columns, breaking between words. */
function wrapped(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  return [...lines, line];
}

describe('minutes run together and wrapped at one width', () => {
  it('finds the wrapped block and joins it back into one line', () => {
    const lines = ['Ashcott Parva Parish Council', '', ...wrapped(RUN, 70)];
    const run = wrappedRun(lines, 400, 3);
    expect(run).toEqual({ from: 2, to: lines.length });
    expect(unwrapped(lines, run!)).toBe(RUN);
  });

  it('leaves lines of unequal widths, and a document already holding the long line, as they are', () => {
    const listed = ['Present: Cllr J Rowe (Chair), Cllr M Hale', 'Apologies: none', ...wrapped(RUN, 70)];
    expect(wrappedRun(listed.map((line, index) => (index % 2 === 0 ? line : line.slice(0, 20))), 400, 3)).toBeNull();
    expect(wrappedRun(['Ashcott Parva Parish Council', '', RUN], 200, 3)).toBeNull();
  });

  it('reads the items and attendance of the wrapped run as of the one line', () => {
    const meeting = firstMeeting(`Ashcott Parva Parish Council\n\n${wrapped(RUN, 72).join('\n')}\n`);
    expect(meeting.items.map((item) => item.number)).toEqual(['1', '2', '3', '4', '5']);
    expect(peopleOf(meeting).map(([name]) => name)).toEqual(['Cllr J Rowe', 'Cllr M Hale', 'Cllr S Pike']);
  });
});

describe('a title block set as headings', () => {
  it('keeps a bold title block and its room and time lines out of the items', () => {
    const text =
      '**1**\n\n**CARDEN BAY PARKS COMMISSION**\n\n**MINUTES OF REGULAR MEETING**\n\n**Monday, June 2, 2025**\n\n**CITY HALL, ROOM 204**\n\n' +
      '**7:00 PM**\n\n**CALL TO ORDER**\n\nChair Ruiz called the meeting to order at 7:02 p.m.\n\n**2 PUBLIC COMMENT**\n\nNone.\n\n' +
      '**3 PARK RANGER REPORT**\n\nThe ranger reported that the trail had reopened.\n';
    const meeting = firstMeeting(text);
    expect(meeting.body).toBe('Carden Bay Parks Commission');
    expect(meeting.items.map((item) => item.title)).toEqual(['CALL TO ORDER', 'PUBLIC COMMENT', 'PARK RANGER REPORT']);
  });

  it('keeps "Minutes of the last meeting" among items with no text between them', () => {
    const text = 'Minutes of the Ashcott Parva Parish Council meeting held on 4 March 2025\n\n1. Apologies\n\n2. Minutes of the last meeting\n\n3. Finance\n\nThe payments were approved.\n';
    expect(firstMeeting(text).items.map((item) => item.number)).toEqual(['1', '2', '3']);
  });
});

describe("a university's name over its court's", () => {
  it('names the court with its university, and only a governing body under an institution', () => {
    expect(withCouncilNamesJoined(['UNIVERSITY OF KELBURN', '', 'Court', 'Minute of Meeting held on 14 May 2025']).filter((line) => line !== '')).toEqual([
      'University of Kelburn Court',
      'Minute of Meeting held on 14 May 2025',
    ]);
    expect(withCouncilNamesJoined(['Annual Report', 'Court'])).toEqual(['Annual Report', 'Court']);
  });
});

describe('a register of names surname first', () => {
  it('turns the names under a label round, and a shorter list under the next label too', () => {
    const text =
      'Minutes of the Kestrel College Senate meeting held on 3 March 2025\n\nMembers Present:\nAlbrecht, Nora\nBellamy, Otis (online)\nCastellanos, Ruth\n\n' +
      'Members Absent:\nHolt, Simon\n\n1. Call to Order\n\nThe meeting was called to order at 3:02 p.m.\n';
    expect(peopleOf(firstMeeting(text))).toEqual([
      ['Nora Albrecht', null, 'present'],
      ['Otis Bellamy', null, 'present'],
      ['Ruth Castellanos', null, 'present'],
      ['Simon Holt', null, 'absent'],
    ]);
  });

  it('leaves "Name, Office" lines under a label as they are', () => {
    const text =
      'Minutes of the Kestrel College Senate meeting held on 3 March 2025\n\nPresent:\nRuth Castellanos, President\nOtis Bellamy, Secretary\nNora Albrecht, Councillor\n\n' +
      '1. Call to Order\n\nThe meeting was called to order.\n';
    expect(peopleOf(firstMeeting(text)).map(([name]) => name)).toEqual(['Ruth Castellanos', 'Otis Bellamy', 'Nora Albrecht']);
    const offices = 'Minutes of the Kestrel College Senate meeting held on 3 March 2025\n\nPresent:\nHale, Chair\nMoss, Secretary\nPike, Treasurer\n\n1. Call to Order\n\nNone.\n';
    expect(peopleOf(firstMeeting(offices)).map(([name]) => name)).not.toContain('Chair Hale');
  });
});

describe('a US city opening sentence with those present run on', () => {
  it('reads "THOSE PRESENT WERE:" after the full stop, the presiding member as chair', () => {
    const text =
      'CITY OF ALDER BEND  OFFICIAL MINUTES  A REGULAR MEETING OF THE COUNCIL OF THE CITY OF ALDER BEND WAS HELD THIS 2ND DAY OF APRIL, 2025 AT 9:30 A.M.  ' +
      'THOSE PRESENT WERE:  Mayor Penn, Presiding; Commissioners Ruiz, Tate and\nVoss, 4.\n\nThe Council adopted the consent agenda.\n';
    expect(peopleOf(firstMeeting(text))).toEqual([
      ['Mayor Penn', 'Chair', 'present'],
      ['Commissioner Ruiz', null, 'present'],
      ['Commissioner Tate', null, 'present'],
      ['Commissioner Voss', null, 'present'],
    ]);
  });
});
