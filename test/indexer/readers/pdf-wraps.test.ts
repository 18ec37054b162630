// The PDF reader joins back the lines a word processor wrapped (indexer/readers/pdf-wraps.ts): each PDF here is built
// from paragraphs flowed as a word processor flows them, in Courier (every character 0.6 of the type size wide, so the
// test knows where each line must break), and read by the reader in its worker.
import { parseMinutes } from '../../../indexer/parse';
import { readDocument } from '../../../indexer/readers';
import { makePdfPages, pdfString } from '../make-pdf';

const LIMITS = { maxFileBytes: 1024 * 1024 };
const COURIER = { F3: '<< /Type /Font /Subtype /Type1 /BaseFont /Courier >>', F4: '<< /Type /Font /Subtype /Type1 /BaseFont /Courier-Bold >>' };
/** Characters a line of the page holds: 10-point Courier across 468 points of text. */
const LINE_CHARS = 78;

/**
 * A paragraph's words flowed onto lines of at most LINE_CHARS characters, as a word processor breaks them: at spaces,
 * and after a hyphen ("Vice-" / "Chairman").
 */
function flowed(paragraph: string): string[] {
  const lines: string[] = [];
  const pieces = paragraph.split(' ').flatMap((word) => word.split(/(?<=-)/).map((piece, index) => ({ piece, glue: index === 0 ? ' ' : '' })));
  for (const { piece, glue } of pieces) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + glue.length + piece.length <= LINE_CHARS) lines[lines.length - 1] = `${last}${glue}${piece}`;
    else lines.push(piece);
  }
  return lines;
}

/** A page of lines 12 points apart, each paragraph (a list of its lines) 8 points below the last; `bold` lines in bold. */
function pageOf(paragraphs: string[][], bold: string[] = []): Buffer {
  let y = 740;
  const drawn = paragraphs.flatMap((lines) => {
    const shown = lines.map((line) => `BT /${bold.includes(line) ? 'F4' : 'F3'} 10 Tf 72 ${(y -= 12)} Td ${pdfString(line)} Tj ET`);
    y -= 8;
    return shown;
  });
  return makePdfPages([{ content: drawn.join('\n'), fonts: COURIER }]);
}

const readPdf = async (pdf: Buffer) => (await readDocument(pdf, '/minutes/flowed.pdf', LIMITS)).text;
const parsePdf = async (pdf: Buffer) => parseMinutes({ text: await readPdf(pdf), format: 'pdf', file: 'flowed.pdf', documentId: 'flowed' }).meetings[0];

/** Three full lines, as a word processor sets them: the second broken after the hyphen of "long-term". */
const SEA_WALLS = [
  'The Environment Agency officer said that the sea walls to the east of the quay',
  'had been surveyed in January, that two sections were leaning, and that a long-',
  'term repair plan would be put to the Council and to the harbour trust in June.',
];
const HEADER = ['Minutes of the meeting of Marlbury Town Council held on Tuesday 4 March 2025 at 7.00 pm in the Guildhall'];
const PRESENT =
  'Present: Cllr Helen Marsden (Chair), Cllr Pete Quinlan (Vice-Chair), Cllr Ivor Pennington, Cllr Anjali Desai, Cllr Tom Brierley and Cllr Oluwaseun Adeyemi';
const TURN =
  'Cllr Desai asked whether the new lighting on the riverside path would be switched off after midnight. The Town Clerk replied that it would be dimmed, not switched off, so that the path stayed safe for shift workers.';

describe('PDF reader: lines the page wrapped', () => {
  it('joins a list of names the page wrapped mid-name, so each name is whole', async () => {
    const lines = flowed(PRESENT);
    // The page breaks the list inside a name ("Cllr Ivor" / "Pennington").
    expect(lines[0].endsWith('Cllr Ivor')).toBe(true);
    const pdf = pageOf([flowed(HEADER[0]), lines, ['1. Sea walls'], SEA_WALLS]);
    expect((await readPdf(pdf)).split('\n')).toContain(PRESENT);
    const meeting = await parsePdf(pdf);
    expect(meeting.attendees.map((attendee) => attendee.name)).toEqual([
      'Cllr Helen Marsden',
      'Cllr Pete Quinlan',
      'Cllr Ivor Pennington',
      'Cllr Anjali Desai',
      'Cllr Tom Brierley',
      'Cllr Oluwaseun Adeyemi',
    ]);
  });

  it('keeps a word joined by its hyphen whole where the page broke the line after the hyphen', async () => {
    const lines = SEA_WALLS;
    expect(await readPdf(pageOf([lines]))).toBe(`${lines[0]} ${lines[1]}${lines[2]}`);
  });

  it('reads a turn the page wrapped after a sentence as one paragraph, and the next turn as its own', async () => {
    // Full lines, as a word processor sets them: the first ends a sentence, and the next word would not have fitted.
    const turn = [
      'Cllr Desai asked whether the new lamps on the riverside footpath were dimmed.',
      'The Town Clerk replied that they would be dimmed after midnight but not quite',
      'switched off, so that the path stayed safe for shift workers.',
    ];
    const next = 'Cllr Brierley said that residents had asked for the same on Mill Lane.';
    const meeting = await parsePdf(pageOf([flowed(HEADER[0]), ['1. Riverside lighting'], turn, [next]]));
    expect(meeting.items[0].paragraphs.map((paragraph) => [paragraph.speaker, paragraph.text])).toEqual([
      ['Cllr Desai', turn.join(' ')],
      ['Cllr Brierley', next],
    ]);
  });

  it('joins a line the page wrapped after a title\'s full stop ("… the cap. Mr." / "Farraday said …"), which ends no sentence', async () => {
    const turn = 'Trustee Okafor asked whether the budget kept the levy inside the cap. Mr. Farraday said that it did, with a little room to spare.';
    const lines = flowed(turn);
    // The page breaks after "Mr.", well short of the edge: the room a sentence's end would leave where the writer ended a line.
    expect(lines[0].endsWith('cap. Mr.')).toBe(true);
    expect((await readPdf(pageOf([SEA_WALLS, lines, flowed(TURN)]))).split('\n')).toContain(turn);
  });

  it('joins a roll call the page wrapped after "Mr." though the next line has a label after its names ("Abbott, Mrs. Lee. Absent:")', async () => {
    const rollCall = 'ROLL CALL: Present: Mr. Kaminski, Mrs. Oduya, Mr. Varga, Ms. Holmqvist, Mr. Abbott, Mrs. Lee. Absent: Mr. Osei (excused).';
    expect(flowed(rollCall)[0].endsWith('Mr.')).toBe(true);
    expect((await readPdf(pageOf([SEA_WALLS, flowed(rollCall), SEA_WALLS]))).split('\n')).toContain(rollCall);
  });

  it('keeps a numbered heading in the text\'s type that reaches the edge apart from the turn under it', async () => {
    const heading = '4. 24/0312/FUL - Land at the Old Dairy, Marlbury - nine dwellings and access';
    const turn = 'Councillor Desai said that the lane was too narrow for refuse lorries.';
    const meeting = await parsePdf(pageOf([flowed(HEADER[0]), SEA_WALLS, [heading, turn], SEA_WALLS]));
    expect(meeting.items.map((item) => item.title)).toContain('24/0312/FUL - Land at the Old Dairy, Marlbury - nine dwellings and access');
    expect(meeting.items.flatMap((item) => item.paragraphs).find((paragraph) => paragraph.text === turn)?.speaker).toBe('Councillor Desai');
  });

  it('keeps a lettered heading in title case that reaches the edge apart from the prose under it', async () => {
    const heading = 'B. Ordinance No. 2025-11 Amending Chapter 7 (Street Trading) of the Town Code';
    const turn = 'Licensing Manager Dee Okafor presented the staff report. Councilmember Vu asked about the fees.';
    const lines = (await readPdf(pageOf([flowed(HEADER[0]), SEA_WALLS, ['3. PUBLIC HEARINGS', heading, ...flowed(turn)], SEA_WALLS]))).split('\n');
    expect(lines).toContain(heading);
    expect(lines).toContain(turn);
  });

  it('keeps a decision or a motion on the line after a full line that ends a sentence as its own paragraph', async () => {
    const asked = 'Cllr Desai asked whether the lamps on the riverside path could be dimmed later.';
    for (const record of ['RESOLVED that the lamps be dimmed after midnight.', 'Moved Cllr Quinlan, seconded Cllr Desai, that the lamps be dimmed.', 'It was RESOLVED to dim the lamps.']) {
      const meeting = await parsePdf(pageOf([flowed(HEADER[0]), ['1. Riverside lighting'], [asked, record], SEA_WALLS]));
      expect(meeting.items[0].paragraphs.map((paragraph) => paragraph.text)).toEqual([asked, record, SEA_WALLS.join(' ').replace('long- term', 'long-term')]);
    }
  });

  it('keeps a figure joined by its hyphen whole where the page broke the line after the hyphen ("2025-" / "32")', async () => {
    const turn = 'Cllr Desai asked whether the new schedule of fees adopted in Resolution 2025-32 would be published in full before the budget meeting.';
    expect(flowed(turn)[0].endsWith('Resolution 2025-')).toBe(true);
    expect((await readPdf(pageOf([SEA_WALLS, flowed(turn), SEA_WALLS]))).split('\n')).toContain(turn);
  });

  it('joins a clause the page wrapped after a colon and carried on in lower case, in a page with no space after its paragraphs', async () => {
    const application = '25/00213/HH Two-storey side extension and garage at 14 Quarry Lane, Marlbury: the Committee raised no objection.';
    const next = 'Cllr Brierley said that the lane was too narrow for refuse lorries.';
    // The page breaks after the colon, a character short of the edge, and the next paragraph follows with no space.
    expect(flowed(application)[0].endsWith('Marlbury:')).toBe(true);
    const lines = (await readPdf(pageOf([SEA_WALLS, [...flowed(application), next], SEA_WALLS]))).split('\n');
    expect(lines).toContain(application);
    expect(lines).toContain(next);
  });

  it('joins a clause carried on in lower case after a semicolon, though the page broke the line further short of its edge', async () => {
    const resolution = 'RESOLVED: to approve the payments (proposed Cllr Pim, seconded Cllr Desai; unanimously).';
    const next = 'Cllr Brierley said that the lane was too narrow for refuse lorries.';
    // The page breaks after the semicolon, four characters short of the edge: "unanimously)." did not fit.
    expect(flowed(resolution).map((line) => line.length)).toEqual([74, 13]);
    const lines = (await readPdf(pageOf([SEA_WALLS, [...flowed(resolution), next], SEA_WALLS]))).split('\n');
    expect(lines).toContain(resolution);
    expect(lines).toContain(next);
  });

  it("joins a roll call's votes the page wrapped after a semicolon, the next vote opening with a name", async () => {
    const vote = 'Roll call vote: Abbot - aye; Lister - nay; Rowe - aye; Pim - aye; Tam - aye; Quarrington - aye. Motion carried 5-1.';
    const next = 'Cllr Brierley said that the lane was too narrow for refuse lorries.';
    expect(flowed(vote)[0].endsWith('Tam - aye;')).toBe(true);
    const lines = (await readPdf(pageOf([SEA_WALLS, [...flowed(vote), next], SEA_WALLS]))).split('\n');
    expect(lines).toContain(vote);
    expect(lines).toContain(next);
  });

  it('leaves the lines of a text whose writer broke them (lines in lower case that would have fitted above) as they are', async () => {
    const typed = ['The Clerk reported that the grant', 'had been paid in full and that the', 'accounts were ready for the auditor to see in the new year, and the Chair said the', 'auditor would be asked to come in May.'];
    expect((await readPdf(pageOf([typed]))).split('\n')).toEqual(typed);
  });

  it('joins the lines the page wrapped mid-sentence in a text whose writer broke its lines too (a text file printed)', async () => {
    const typed = [
      'The Regular Meeting of the Board of Trustees of the Village of Cedar Mill was held at the Village Hall,',
      'on Mill Pond Road.',
      'Trustee Szabo asked whether the plow frame from the old truck could be reused on the new truck, and',
      'the Superintendent said it could not, as the mounting points on the two trucks differ by several inches',
      'and the old frame is rusted.',
    ];
    expect(typed.flatMap(flowed)).toHaveLength(8);
    expect((await readPdf(pageOf([typed.flatMap(flowed)]))).split('\n')).toEqual(typed);
  });

  it('does not join a full line to a label under it (Present:), nor a heading set all in bold to the text under it', async () => {
    const title = 'Minutes of the meeting of the Marlbury Town Council Planning Committee held at';
    const present = 'Present: Cllr Helen Marsden (Chair), Cllr Peter Quinlan';
    expect((await readPdf(pageOf([[title, present], flowed(TURN)]))).split('\n').slice(0, 2)).toEqual([title, present]);
    const heading = 'Review of the riverside lighting scheme and the footpath from the quay to Mill';
    const text = await readPdf(pageOf([flowed(TURN), [heading, ...flowed(TURN)]], [heading]));
    expect(text).toContain(`**${heading}**`);
  });
});
