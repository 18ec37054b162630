// The PDF reader's layout of runs of text into lines (indexer/readers/pdf-layout.ts), and the parse rules that read
// what a word processor's "print to PDF" leaves: table rows as columns, a letterhead's street address, a title's
// first word wrapped away from it in an attendance list, a label under a table's row.
import { pageTextOf, pageTextsOf, type PdfTextRun } from '../../../indexer/readers/pdf-layout';
import { parseMinutes } from '../../../indexer/parse';

/** A run of 10-point text at (x, y) whose width is about half a point size a character, as Helvetica's is. */
const run = (text: string, x: number, y: number, size = 10): PdfTextRun => ({ text, x, y, width: text.length * size * 0.5, size });
const parse = (text: string, format: 'text' | 'pdf' = 'text') => parseMinutes({ text, format, file: 'minutes.pdf', documentId: 'minutes' }).meetings[0];


describe('pageTextOf', () => {
  it('keeps the gap between a table row\'s cells as a run of spaces and a word gap as one space', () => {
    const text = pageTextOf([run('Mr Hywel Pritchard', 78, 100), run('Lay Member (Chair)', 228, 100), run('Present', 379, 100), run('and', 417, 100)]);
    expect(text).toMatch(/^Mr Hywel Pritchard {2,}Lay Member \(Chair\) {2,}Present and$/);
  });

  it('sets a symbol drawn after its line, in a font of its own, in the gap it stands in on that line', () => {
    // "◆" is drawn last, left of "KEY DECISION", as a word processor draws a fallback font's glyphs after the line's text.
    const heading = [run('C.88/25', 72, 100), run('LEISURE CENTRE ROOF', 120, 100), run('KEY DECISION', 230, 100), run('◆', 221, 100)];
    expect(pageTextOf(heading)).toMatch(/^C\.88\/25 +LEISURE CENTRE ROOF ◆ KEY DECISION$/);
  });

  it('joins a hyphen and the pieces of a number that Word draws as runs of their own, touching, without a space', () => {
    // "re" / "-" / "surfacing" and "04." / "18" / ".2": no list's label, which starts its line and stands apart.
    const hyphened = [run('The verge re', 72, 100), run('-', 132, 100), run('seeding is booked.', 137, 100)];
    expect(pageTextOf(hyphened)).toBe('The verge re-seeding is booked.');
    expect(pageTextOf([run('04.', 72, 100), run('18', 87, 100), run('.2 Finance', 97, 100)])).toBe('04.18.2 Finance');
    expect(pageTextOf([run('closed at 9.', 72, 100), run('15pm', 132, 100)])).toBe('closed at 9.15pm');
    // A list's label set against its entry's text, with no gap, still parts from it.
    expect(pageTextOf([run('1.', 72, 100), run('That the accounts be approved.', 82, 100)])).toBe('1. That the accounts be approved.');
  });

  it('joins a run raised or split where its font changed to the word it belongs to', () => {
    expect(pageTextOf([run('On the 16', 72, 100), run('th', 117, 97, 6), run(' of May', 120.6, 100)])).toBe('On the 16th of May');
  });

  it('sets off a paragraph by a blank line where the lines stand further apart than the page\'s line spacing', () => {
    const lines = [run('The Clerk reported that the grant', 72, 100), run('had been paid.', 72, 112), run('Cllr Ray asked when.', 72, 132), run('The Clerk said May.', 72, 144)];
    expect(pageTextOf(lines)).toBe('The Clerk reported that the grant\nhad been paid.\n\nCllr Ray asked when.\nThe Clerk said May.');
  });

  it('reads the line spacing from the closest lines, so one-line paragraphs each with space after are paragraphs', () => {
    const lines = [run('1. CALL TO ORDER', 72, 100), run('The Mayor opened the meeting.', 72, 120), run('2. ROLL CALL', 72, 140), run('All were present, and the Clerk', 72, 160), run('read the roll.', 72, 174)];
    expect(pageTextOf(lines)).toBe('1. CALL TO ORDER\n\nThe Mayor opened the meeting.\n\n2. ROLL CALL\n\nAll were present, and the Clerk\nread the roll.');
  });

  it('keeps the order the PDF draws runs in: a table cell\'s number before its text, even where the number sits lower', () => {
    // The title is set in bold over its text, as a minutes table's cell sets it.
    const runs = [run('18', 72, 106), { ...run('Declarations of Interest', 120, 100), bold: true }, run('There were none.', 120, 112)];
    expect(pageTextOf(runs).split('\n').map((line) => line.trim()).filter((line) => line !== '')).toEqual(['18', 'Declarations of Interest', 'There were none.']);
  });

  it('indents a line by as many spaces as it stands right of the page\'s left edge, as names aligned under a label stand', () => {
    const text = pageTextOf([run('PRESENT:', 72, 100), run('Mayor Theresa Vollmer', 147, 100), run('Trustee Naomi Szabo', 147, 112), run('ABSENT:', 72, 124), run('Trustee Wendell Pryce', 147, 124)]);
    expect(text.split('\n')).toEqual(['PRESENT:       Mayor Theresa Vollmer', '               Trustee Naomi Szabo', 'ABSENT:        Trustee Wendell Pryce']);
  });

  it('joins a title in a large type that the page wrapped, and not two titles set one under the other', () => {
    const body = [run('Minutes of the meeting held on 8 May 2025 in the Village Hall, Thornbury', 72, 140), run('Present: Cllr Ruth Abara', 72, 152), run('Apologies: none', 72, 164)];
    const wrapped = [run('Thornbury St Giles Neighbourhood', 72, 60, 20), run('Plan Steering Group', 72, 84, 20)];
    // A title's large type marks it a heading, as an HTML page's <h1>.
    expect(pageTextOf([...wrapped, ...body]).split('\n')[0]).toBe('# Thornbury St Giles Neighbourhood Plan Steering Group');
    const stacked = [run('Thornbury Parish', 72, 60, 20), run('Planning Committee', 72, 84, 20)];
    expect(pageTextOf([...stacked, ...body]).split('\n').filter((line) => line !== '').slice(0, 2)).toEqual(['# Thornbury Parish', '# Planning Committee']);
  });
});

describe('a justified paragraph drawn a word at a time', () => {
  /** The words of a line, each a run with its stretched space drawn as a run of its own, from x = 110 on. */
  const justified = (words: string[], y: number, space = 4): PdfTextRun[] => {
    let x = 110;
    return words.flatMap((word) => {
      const runs = [run(word, x, y), run(' ', x + word.length * 5, y, 10)].map((drawn, index) => (index === 1 ? { ...drawn, width: space } : drawn));
      x += word.length * 5 + space;
      return runs;
    });
  };
  const paragraph = [
    run('12.1', 72, 100),
    run('The Finance Officer presented the statements of account for the year ended 31', 110, 100),
    ...justified(['July', '2024,', 'which', 'showed', 'a', 'deficit', 'of', '£1.2', 'million', 'before', 'the', 'pension'], 112),
    run('adjustments. The auditors gave an unqualified opinion.', 110, 124),
  ];

  it('reads the words of a line drawn word by word, each space a run, as one run of text, not as the cells of a table', () => {
    expect(pageTextOf(paragraph)).not.toMatch(/July adjustments/);
    expect(pageTextOf(paragraph)).toContain('July 2024, which showed a deficit of £1.2 million before the pension adjustments.');
  });

  it('keeps a table\'s cell drawn whole apart from the next, however narrow the gap drawn up to the next column', () => {
    const gap = (x: number, y: number): PdfTextRun => ({ ...run(' ', x, y), width: 185 - x });
    const row = (name: string, role: string, y: number) => [run(name, 72, y), gap(72 + name.length * 5, y), run(role, 185, y)];
    const text = pageTextOf([...row('Councillor Owen Pryce', 'Member', 100), ...row('Councillor Ruth Askew', 'Member', 112), ...row('Councillor Imran Baig', 'Chair', 124)]);
    expect(text.split('\n')).toEqual(['Councillor Owen Pryce  Member', 'Councillor Ruth Askew  Member', 'Councillor Imran Baig  Chair']);
  });

  it('joins the line to the paragraph\'s first line beside its number, where that line ends in a figure before a capital', () => {
    expect(pageTextOf(paragraph)).toMatch(/^12\.1 +The Finance Officer .* year ended 31 July 2024, which showed .* pension adjustments\. The auditors gave an unqualified opinion\.$/);
  });
});

describe('a last page of one line between a running header and footer in smaller type', () => {
  it('reads the line as text in the document\'s own size, not as a heading in a larger type than the page\'s', () => {
    const header = (y: number) => run('Council – 26 November 2024 – Unconfirmed', 300, y, 8);
    const first = [header(40), run('12.1', 72, 100), run('The Clerk reported that the accounts had been audited.', 110, 100), run('12.2', 72, 120), run('Members noted the report.', 110, 120), run('Page 1 of 2', 280, 760, 8)];
    const last = [header(40), run('13.1', 72, 100), run('Tuesday 4 February 2025 at 2.00 pm.', 110, 100), run('Page 2 of 2', 280, 760, 8)];
    const [, lastText] = pageTextsOf([first, last]);
    expect(lastText).toMatch(/^13\.1 +Tuesday 4 February 2025 at 2\.00 pm\.$/m);
    expect(lastText).not.toContain('#');
  });
});

describe('minutes as a word processor prints them to PDF', () => {
  it('leaves out a contents list before the minutes, whose entries name the items again with their pages', () => {
    const meeting = parse(
      [
        'Pentreath Community Land Trust',
        'Minutes of the Annual General Meeting held on Saturday 21 June 2025',
        'Contents',
        '1. Welcome and apologies        1',
        '2. Accounts for 2024/25 ........ 1',
        '3. Election of directors 2',
        'Present: Mrs Tamsin Rowe (Chair), Mr Jory Penhallow (Treasurer)',
        '1. Welcome and apologies',
        'The Chair welcomed members.',
        '2. Accounts for 2024/25',
        'Mr Penhallow presented the accounts.',
        '3. Election of directors',
        'Three directors were elected.',
      ].join('\n'),
      'pdf',
    );
    expect(meeting.items.map((item) => [item.number, item.title, item.paragraphs.length])).toEqual([
      ['1', 'Welcome and apologies', 1],
      ['2', 'Accounts for 2024/25', 1],
      ['3', 'Election of directors', 1],
    ]);
    expect(meeting.attendees.map((attendee) => attendee.name)).toEqual(['Mrs Tamsin Rowe', 'Mr Jory Penhallow']);
  });

  it('keeps an item titled with a page-like number under a "Contents" line that is no list', () => {
    const meeting = parse(['Bramley Parish Council', 'Minutes of the meeting held on 3 March 2025', '', '4. Contents', '', 'The insurers renewed the contents cover for Hall 2', '', '5. Finance', '', 'The Clerk reported.'].join('\n'), 'pdf');
    expect(meeting.items.map((item) => item.title)).toEqual(['Contents', 'Finance']);
  });

  it('reads a street address in the letterhead as no item, so the numbered items below it are the items', () => {
    const meeting = parse(
      [
        'City of Fairhaven',
        '200 Harbor Street',
        'Fairhaven, OR 97301',
        '',
        'City Council',
        'Monday, April 21, 2025 6:30 PM',
        '',
        '1. CALL TO ORDER',
        '',
        'The Mayor called the meeting to order at 6:31 p.m.',
        '',
        '2. PUBLIC HEARINGS',
        '',
        'The Planning Director presented the staff report.',
      ].join('\n'),
    );
    expect(meeting.items.map((item) => [item.number, item.title])).toEqual([
      ['1', 'CALL TO ORDER'],
      ['2', 'PUBLIC HEARINGS'],
    ]);
    expect(meeting.date).toBe('2025-04-21');
  });

  it('still reads an item about a street whose number stands apart from its title', () => {
    const meeting = parse('Bramley Parish Council\nMinutes of the meeting held on 3 March 2025\n\n24. Station Road\n\nResidents asked for a crossing.\n\n25. Allotments\n\nThe Clerk reported.');
    expect(meeting.items.map((item) => item.title)).toEqual(['Station Road', 'Allotments']);
  });

  it('reads an attendance label alone under a table row of the header, whose cells a run of spaces divides', () => {
    const meeting = parse(
      [
        'Thornbury Neighbourhood Plan Steering Group',
        'Date                                   Thursday 8 May 2025',
        'Note taker                             Sam Quail, Parish Clerk',
        'Attendees',
        'Cllr Ruth Abara (Chair), Cllr Tom Hesketh, Jean Morrow',
        '1. Housing needs survey',
        'Jean Morrow presented the results of the survey.',
        '2. Date of next meeting',
        'Thursday 12 June 2025.',
      ].join('\n'),
    );
    expect(meeting.attendees.map((attendee) => attendee.name)).toEqual(['Cllr Ruth Abara', 'Cllr Tom Hesketh', 'Jean Morrow']);
  });

  it('keeps a title whose first word a wrapped attendance list left at the line\'s end with the rest of it', () => {
    const meeting = parse(
      [
        'Marlstone Town Council',
        'Minutes of the meeting of the Full Council held on Monday 10 March 2025 at 7.00 pm',
        'In attendance: Mr Adrian Kettle (Town Clerk), Mrs Rosa Fenwick (Deputy Town Clerk), County',
        'Cllr Martin Greaves and two members of the public',
        'FC/25/061 Apologies for absence',
        'None were received.',
        'FC/25/062 Minutes',
        'RESOLVED that the minutes be approved.',
      ].join('\n'),
    );
    expect(meeting.attendees.map((attendee) => attendee.name)).toContain('County Cllr Martin Greaves');
  });

  it('reads a wrapped sentence going on with "minutes of the … meeting held on <date>" as no meeting\'s start', () => {
    const document = parseMinutes({
      text: [
        'Minutes of the March Meeting of the Baltrasna Municipal District held on Monday 11th March 2024 at 3.00 p.m.',
        '',
        '1. Confirmation of Minutes',
        'On the proposal of Cllr de Búrca, seconded by Cllr Foley, the',
        'minutes of the February meeting held on 12th February 2024 were adopted.',
        '',
        '2. Correspondence',
        'A letter from the Department was noted.',
      ].join('\n'),
      format: 'pdf',
      file: 'minutes.pdf',
      documentId: 'minutes',
    });
    expect(document.meetings).toHaveLength(1);
    expect(document.meetings[0].items.map((item) => item.title)).toEqual(['Confirmation of Minutes', 'Correspondence']);
  });

  it('reads a printed ModernGov item page whose decision stands between its title and "Minutes:" by the general rules', () => {
    const meeting = parse(
      [
        'Home > Committees > Agenda item',
        '',
        'Agenda item',
        '',
        'Meeting: 12/03/2025 - Cabinet (Item 67)',
        '',
        '67. Local Plan: Regulation 19 consultation PDF 1 MB',
        '',
        'Decision:',
        'The Cabinet RESOLVED to approve the Draft Local Plan for publication for a period of',
        'seven weeks.',
        '',
        'Reasons for decision: The Council must publish its Plan for comment before',
        'examination.',
        '',
        'Minutes:',
        'Councillor Ferris introduced the report.',
      ].join('\n'),
      'pdf',
    );
    expect(meeting.items.map((item) => [item.number, item.title])).toEqual([['67', 'Local Plan: Regulation 19 consultation']]);
    expect(meeting.body).toBe('Cabinet');
  });

  it('reads a web page printed with its menu and breadcrumb: the menu names no body, labels over bulleted people are labels', () => {
    const meeting = parse(
      [
        'Skip to main content',
        '',
        '    • Home',
        '    • Your Council',
        '    • Contact us',
        '',
        'Home › Meetings › Full Council minutes',
        '',
        'Kelsbrook Town Council',
        'Full Council',
        '',
        'Date',
        '     Wednesday 12 March 2025, 7.00pm',
        'Venue',
        '     Council Chamber, Corn Exchange, Market Street',
        'Present',
        '        • Councillor Fiona Trelawney – Town Mayor',
        '        • Councillor Priya Chaudhry',
        'Apologies',
        '        • Councillor Leon Abbiss',
        '',
        'FC24/101 Apologies for absence',
        '',
        'The apologies listed above were received and accepted.',
        '',
        'FC24/102 Minutes',
        '',
        'RESOLVED that the minutes be approved.',
      ].join('\n'),
      'pdf',
    );
    expect(meeting.body).toBe('Kelsbrook Town Council Full Council');
    expect(meeting.attendees.map((attendee) => [attendee.name, attendee.attendance])).toEqual([
      ['Councillor Fiona Trelawney', 'present'],
      ['Councillor Priya Chaudhry', 'present'],
      ['Councillor Leon Abbiss', 'apologies'],
    ]);
    expect(meeting.items.map((item) => item.number)).toEqual(['FC24/101', 'FC24/102']);
  });
});

describe('a text file printed in its fixed pitch', () => {
  /** A run of 10-point typewriter text: every character 6 points wide. */
  const typed = (text: string, x: number, y: number): PdfTextRun => ({ text, x, y, width: text.length * 6, size: 10, fixedPitch: true });
  /** Three full lines of 80 characters: where the page's typed lines end. */
  const fullLines = (y: number) =>
    ['The Clerk reported that the grant towards the new village hall heating had been', 'paid in full and that the contractor would start work on the first Monday of the', 'month, subject to the boiler parts arriving from the supplier before the works.'].map((line, index) => typed(line, 56.8, y + 12 * index));

  it('keeps a tab between a name and an office as a gap between cells, and a space as a space', () => {
    // "Keith Anand" ends at 122.8; the tab reaches the stop at 127.7, no whole number of characters on.
    expect(pageTextOf([typed('Keith Anand', 56.8, 100), typed('Non-Executive Member', 127.7, 100)])).toMatch(/^Keith Anand {2,}Non-Executive Member$/);
    expect(pageTextOf([typed('Keith', 56.8, 100), typed('Anand', 92.8, 100)])).toBe('Keith Anand');
  });

  it('does not join a heading in capitals to the typed line above it that stopped short of the edge', () => {
    const list = typed('Pemberton (Chairman), Achari, Delaney, Fotheringham, Kwan, Brisco and Ostrowski', 56.8, 136);
    const text = pageTextOf([...fullLines(100), { ...list, text: list.text.slice(0, 75), width: 450 }, typed('NATIONAL ANTHEM', 56.8, 148)]);
    expect(text.split('\n').slice(-2)).toEqual(['Pemberton (Chairman), Achari, Delaney, Fotheringham, Kwan, Brisco and Ostro', 'NATIONAL ANTHEM']);
  });

  it('does not join a label set off by a spaced semicolon to the list above it', () => {
    const present = typed('Present ; Hamish Tulloch (Chair) , Morag Lennox , Fraser Innes , Elspeth Gow', 56.8, 136);
    const text = pageTextOf([...fullLines(100), present, typed('Apologies ; Duncan Rae , Isla Munro', 56.8, 148)]);
    expect(text.split('\n').slice(-2)).toEqual([present.text, 'Apologies ; Duncan Rae , Isla Munro']);
  });
});

describe('a bulleted list whose bullets a browser drew as shapes', () => {
  it('sets each indented line under a sentence apart as a list item, as the HTML reader keeps each <li> a paragraph', () => {
    const lines = [run('Agreed: to accept the quote from Fold Decorators for the hall.', 72, 100), run('Gwen to confirm dates with the decorators', 90, 113), run('Sally to move the August bookings', 90, 126)];
    expect(pageTextOf(lines)).toBe('Agreed: to accept the quote from Fold Decorators for the hall.\n\n    Gwen to confirm dates with the decorators\n\n    Sally to move the August bookings');
  });

  it('leaves the lines under a label, and one indented line, as they were', () => {
    const underLabel = [run('Present', 72, 100), run('Councillor Fiona Trelawney', 90, 113), run('Councillor Owen Batchelor', 90, 126)];
    expect(pageTextOf(underLabel)).toBe('Present\n    Councillor Fiona Trelawney\n    Councillor Owen Batchelor');
    const oneLine = [run('The Clerk read the letter.', 72, 100), run('Yours sincerely', 90, 113)];
    expect(pageTextOf(oneLine)).toBe('The Clerk read the letter.\n    Yours sincerely');
  });
});
