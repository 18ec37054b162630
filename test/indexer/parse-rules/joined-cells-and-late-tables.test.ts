// Shapes session 32's real documents left unread: table cells a page store joined with " / ", a table of those present
// that a PDF's text gives after the first items, a plural title's group ended by its "and", minutes numbered by the
// meeting's month and year, a list of later minutes under a resolution, a motion's numbered movers and tallies
// (page/slash-table-rows.ts, attendance/late-present-table.ts, attendance/shared-titles.ts, page/flattened-items.ts,
// items/stop-titles.ts, items/minutes-listed-in-table.ts, decisions/motion-lines.ts).
import { withSlashTableRows } from '../../../indexer/parse/page/slash-table-rows';
import { withInitialsCellsAsLists } from '../../../indexer/parse/attendance/initials-cells';
import { withMinutesListedInTables } from '../../../indexer/parse/items/minutes-listed-in-table';
import { parseMinutes } from '../../../indexer/parse';

const parse = (text: string) => parseMinutes({ text, format: 'text', file: 'minutes.txt', documentId: 'doc' }).meetings[0];

describe('table cells joined by " / "', () => {
  it('sets an attendance label cell and its names as a labelled list', () => {
    expect(withSlashTableRows(['Present: / Ann Lee, Bo Ray'])).toEqual(['', 'Present: Ann Lee, Bo Ray']);
  });

  it('leaves a label given in two languages as it is', () => {
    const lines = ['Present: / Yn bresennol: Cllr A Hughes'];
    expect(withSlashTableRows(lines)).toBe(lines);
  });

  it('reads item rows only under a row of column names', () => {
    const lines = ['Matters Arising / The gate was mended.'];
    expect(withSlashTableRows(lines)).toBe(lines);
    expect(withSlashTableRows(['ITEM / DISCUSSION / ACTION', ...lines, 'It was agreed to paint it. / Clerk'])).toEqual([
      '',
      '',
      '## Matters Arising',
      '',
      'The gate was mended.',
      '',
      '',
      'It was agreed to paint it.',
      '',
      'Action: Clerk',
    ]);
  });

  it('keeps a slash inside a cell ("Trish/Sally") and a table of notes with no item column', () => {
    const lines = ['Notes / Action', 'Gate repaired / Clerk/Chair'];
    expect(withSlashTableRows(lines)).toBe(lines);
  });
});

describe('a table of those present after the first items', () => {
  const header = ['Glenlyon Community Council', '', 'Minutes of Meeting held on Tuesday 4th March 2025 in the Hall', ''];
  const items = ['1   Police Report', '    No crime was recorded.', '2   Open Forum', '    No one attended.'];
  const table = ['PRESENT    Alan Weir      AW      Elspeth Dow     ED', '           Iain Craw      ICr     Neil Ord        NO'];

  it('is moved under the line that dates the meeting', () => {
    const shaped = withInitialsCellsAsLists([...header, ...items, ...table]);
    expect(shaped.slice(0, 6)).toEqual([...header.slice(0, 3), '', 'PRESENT: Alan Weir (AW), Elspeth Dow (ED)', '           Iain Craw (ICr), Neil Ord (NO)']);
    expect(shaped.slice(7)).toEqual(['', ...items]);
  });

  it('stays where it is in the header', () => {
    const shaped = withInitialsCellsAsLists([...header, ...table, ...items]);
    expect(shaped[4]).toBe('PRESENT: Alan Weir (AW), Elspeth Dow (ED)');
    expect(shaped.slice(6)).toEqual(items);
  });

  it('parts a last row run on into the text beside it', () => {
    const shaped = withInitialsCellsAsLists([...header, ...items, table[0], '           Neil Ord       NO      and the hedge was cut.']);
    expect(shaped).toContain('           Neil Ord (NO)');
    expect(shaped[shaped.length - 1]).toBe('and the hedge was cut.');
  });
});

describe('a plural title before names', () => {
  it('ends with the name after its "and"', () => {
    const meeting = parse('Kilbride Community Council\n\nMinutes of the meeting held on 2 April 2025\n\nApologies: Councillors Gordon and Keith, Morven Dunbar\n\n1. Minutes\n\nApproved.');
    expect(meeting.attendees.map((attendee) => attendee.name)).toEqual(['Councillor Gordon', 'Councillor Keith', 'Morven Dunbar']);
  });
});

describe('minutes numbered by the meeting month and year', () => {
  it('reads "2.4.25 To receive apologies. …" as the minute, its agenda wording the title', () => {
    const meeting = parse(
      'Oakley Parish Council\n\nMinutes of the meeting held on Wednesday 2 April 2025\n\n1.4.25 Attendance. As listed above.\n\n2.4.25 To receive apologies for absence. Apologies were received from Cllr G Hill.\n\n3.4.25 Planning. No applications.',
    );
    expect(meeting.items.map((item) => [item.number, item.title])).toEqual([
      ['1.4.25', 'Attendance'],
      ['2.4.25', 'To receive apologies for absence'],
      ['3.4.25', 'Planning'],
    ]);
  });
});

describe('later minutes listed under a resolution', () => {
  it('sets a "Minute No.  Report title" table as one line of text', () => {
    expect(withMinutesListedInTables(['Minute No.  Report title', '', '  68  Sale of the Depot', '  69  Market Lease', '63.'])).toEqual([
      'Minute No. Report title: 68 Sale of the Depot; 69 Market Lease.',
      '63.',
    ]);
  });
});

describe('a numbered motion with its movers and tallies', () => {
  it('is one decision, its tallies no sections', () => {
    const meeting = parse(
      [
        'Minutes of the Regular Public Meeting of Brookvale Town Council held on Monday, March 3rd, 2025.',
        'Rink Boards: The Clerk reported that three quotes had been received.',
        'Motion-103-25-Councillor C. Dunn/Councillor D. Pike',
        'Resolve to buy the rink boards from the lowest bidder.',
        'In favour: 3 Against: 1',
        'Motion Carried.',
      ].join('\n'),
    );
    const decisions = meeting.items.flatMap((item) => item.paragraphs).filter((paragraph) => paragraph.isDecision);
    expect(decisions.map((paragraph) => paragraph.text)).toEqual([
      'Motion-103-25-Councillor C. Dunn/Councillor D. Pike Resolve to buy the rink boards from the lowest bidder. In favour: 3 Against: 1 Motion Carried.',
    ]);
    expect(meeting.items.map((item) => item.title)).not.toContain('In favour: 3 Against: 1');
  });
});
