// Forms found in round 11 of the layout fixtures, each in a small document written for this test: minutes numbered on
// past 999, titles underlined with "=" or "-", attendance as a table of lists side by side, "Recommendation 1:" parts
// of a resolution, and minutes whose text runs on from the title after a colon.
import { parseMinutes } from '../../indexer/parse';
import { markSetextHeadings } from '../../indexer/parse/setext';
import { splitRunOnTitles } from '../../indexer/parse/run-on-titles';

const parse = (text: string) => parseMinutes({ text, format: 'text', file: 'minutes.txt', documentId: 'minutes' });
const HEADER = 'HOLT TOWN COUNCIL\nMinutes of the Full Council meeting held on Monday 3 March 2025\n\nPresent: Cllr Ann Bell (Chair), Cllr Carl Dent, Cllr Erin Ford\n\n';
const items = (text: string) => parse(text).meetings[0].items.map(({ number, title }) => [number, title]);

describe('minute numbers past 999', () => {
  it('reads four-digit minute numbers with an item number\'s full stop', () => {
    const text = `${HEADER}999. Apologies\nNone.\n\n1000. Minutes\nApproved.\n\n1001. Finance\nThe payments were approved.\n`;
    expect(items(text)).toEqual([
      ['999', 'Apologies'],
      ['1000', 'Minutes'],
      ['1001', 'Finance'],
    ]);
  });

  it('reads a year at a line\'s start as a year, not a minute', () => {
    const text = `${HEADER}1. Performance\nThe Chief Officer presented the report for the year to March\n2024. The service had met eleven of its twelve targets.\n\n2. Close\nThe meeting closed at 9pm.\n`;
    expect(items(text)).toEqual([
      ['1', 'Performance'],
      ['2', 'Close'],
    ]);
  });
});

describe('underlined titles', () => {
  it('marks an underlined title as a heading, "=" above "-"', () => {
    expect(markSetextHeadings(['Holt Town Council', '=================', '', 'Apologies', '---------', 'None.'])).toEqual([
      '# Holt Town Council',
      '',
      '',
      '## Apologies',
      '',
      'None.',
    ]);
  });

  it('leaves a rule across the page, a table\'s heading row and a paragraph\'s last line alone', () => {
    const lines = ['The meeting closed at 9pm', '-'.repeat(70), '', 'Name      Role', '----      ----', '', 'The Council agreed to', 'fund the', '-----'];
    expect(markSetextHeadings(lines)).toBe(lines);
  });

  it('reads items from underlined titles', () => {
    expect(items(`${HEADER}Apologies\n---------\nNone.\n\nFinance\n-------\nThe payments were approved.\n`)).toEqual([
      [null, 'Apologies'],
      [null, 'Finance'],
    ]);
  });
});

describe('attendance as lists side by side', () => {
  it('reads each column of a "Members Present | Officers Present" table as its own attendance', () => {
    const text =
      'HOLT TOWN COUNCIL\nMinutes of the Full Council meeting held on Monday 3 March 2025\n\n| Members Present | Officers Present |\n| --- | --- |\n' +
      '| Cllr Ann Bell (Chair) | Mrs Jo Hale (Town Clerk) |\n| Cllr Carl Dent | |\n\n1. Apologies\nNone.\n';
    const [meeting] = parse(text).meetings;
    expect(meeting.attendees.map(({ name, role, attendance }) => [name, role, attendance])).toEqual([
      ['Cllr Ann Bell', 'Chair', 'present'],
      ['Mrs Jo Hale', 'Town Clerk', 'in attendance'],
      ['Cllr Carl Dent', null, 'present'],
    ]);
  });
});

describe('numbered recommendations under a resolution', () => {
  it('reads "Recommendation 1:" paragraphs under an open resolution as its parts, and alone as no decision', () => {
    const text =
      `${HEADER}1. Task group report\nRESOLVED that the following recommendations be made to the Cabinet:\n\nRecommendation 1: that the hubs be extended.\n\n` +
      'Recommendation 2: that figures be published each term.\n\n2. Work programme\nRecommendation 3: that the programme be noted.\n';
    const [first, second] = parse(text).meetings[0].items;
    expect(first.paragraphs.map((paragraph) => paragraph.isDecision)).toEqual([true, true, true]);
    expect(second.paragraphs.map((paragraph) => paragraph.isDecision)).toEqual([false]);
  });
});

describe('minutes that run on from their titles', () => {
  it('splits a numbered title from the sentence after its colon', () => {
    expect(splitRunOnTitles(['Minute 45/25 – Apologies for absence: Apologies were received from Cllr Hollis.'])).toEqual([
      'Minute 45/25 – Apologies for absence',
      'Apologies were received from Cllr Hollis.',
    ]);
  });

  it('splits a run-on sentence wrapped onto the next line', () => {
    expect(splitRunOnTitles(['12/25 Report: District Cllr Wragg', 'reported on car parking.'])).toEqual(['12/25 Report', 'District Cllr Wragg', 'reported on car parking.']);
  });

  it('keeps titles with a subtitle, in capitals or Title Case, and numbered paragraphs whole', () => {
    const lines = [
      '4. PUBLIC HEARING: APPEAL OF A PERMIT DENIAL, 2210 ARROYO ROAD',
      '5. Public Hearing: Appeal of a Permit Denial, 2210 Arroyo Road',
      '6. Planning: Land off Mill Lane',
      '7. Neighbourhood plan: next steps',
      '4.1 Budget: The Treasurer reported a surplus.',
    ];
    expect(splitRunOnTitles(lines)).toBe(lines);
  });
});

describe('a motion\'s labels', () => {
  it('keeps "Motion" and "Amendment" alone on a line as paragraphs of their own, without blank lines', () => {
    const text = `${HEADER}1. Notice of motion\nMotion\nCllr Dent moved the motion.\nAmendment\nCllr Ford moved an amendment to the\nMotion\nwhich was lost.\n`;
    const [item] = parse(text).meetings[0].items;
    expect(item.paragraphs.map((paragraph) => paragraph.text)).toEqual(['Motion', 'Cllr Dent moved the motion.', 'Amendment', 'Cllr Ford moved an amendment to the Motion which was lost.']);
  });
});

describe('a header re-wrapped', () => {
  const text =
    'HOLT PARISH COUNCIL\n\nMinutes of the Parish Council meeting held on Monday 7 April 2025 at\n7.30 pm in the Reading Room, Holt Village Hall.\n\n' +
    'Present: Cllr Margaret Pilbeam (Chairman), Cllr Stephen Orme\n(Vice-Chairman), Cllr Lorna Gadsby, Cllr Keith Ruddock and Cllr Anna\nFrome.\n\n1. Apologies\nNone.\n';

  it('reads the meeting sentence wrapped after "at" as header, not an opening item', () => {
    expect(items(text)).toEqual([['1', 'Apologies']]);
  });

  it('reads the last name of a run-on list wrapped before its full stop', () => {
    expect(parse(text).meetings[0].attendees.map((attendee) => attendee.name)).toContain('Cllr Anna Frome');
  });
});
