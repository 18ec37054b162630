// Forms found in round 20 of the layout fixtures, each in a small document written for this test: a parish clerk's
// time of day before each entry, a council's supplementary questions and replies, a US water district's motion stated
// before its mover, seconder and vote, a Canadian council's delegates and "Regular Meeting of Council", a Guernsey
// douzaine's members, a full council's civic offices named before their holders, and a health board's numbered
// paragraphs set with a hanging indent.
import { parseMinutes } from '../../indexer/parse';
import type { Meeting } from '../../core/types';

const parse = (text: string): Meeting => parseMinutes({ text, format: 'text', file: 'minutes', documentId: 'd' }).meetings[0];
const paragraphs = (meeting: Meeting) => meeting.items.flatMap((item) => item.paragraphs);
const people = (meeting: Meeting) => meeting.attendees.map((person) => [person.name, person.role, person.attendance]);

describe('speakers and decisions', () => {
  it("reads the speaker and the decision after a time of day that opens an entry ('7.32pm Cllr Hale said …'), each timed line an entry", () => {
    const meeting = parse(
      'Ashcombe Parish Council\nMinutes of the meeting held on Monday 15 January 2024\n\n6. Planning\n7.32pm Cllr Hale said that the access was too narrow.\n7.36pm The Chair agreed.\n7.38pm Resolved to object on the grounds of highway safety.\n',
    );
    expect(paragraphs(meeting).map((paragraph) => [paragraph.text.slice(0, 12), paragraph.speaker, paragraph.isDecision])).toEqual([
      ['7.32pm Cllr ', 'Cllr Hale', false],
      ['7.36pm The C', 'The Chair', false],
      ['7.38pm Resol', null, true],
    ]);
  });

  it("reads the speaker after a 24-hour time, in brackets or not ('(19:40) The Clerk reported …', '19:45 Cllr Marr asked …')", () => {
    const meeting = parse('Ashcombe Parish Council\nMinutes of the meeting held on Monday 15 January 2024\n\n7. Finance\n(19:40) The Clerk reported on the accounts.\n19:45 Cllr Marr asked about the precept.\n');
    expect(paragraphs(meeting).map((paragraph) => paragraph.speaker)).toEqual(['The Clerk', 'Cllr Marr']);
  });

  it("reads the speaker after a 'Supplementary:' or 'Reply:' label", () => {
    const meeting = parse(
      'Kestrelford Borough Council\nMinutes of the meeting held on 17 July 2024\n\n31. Questions\n\nSupplementary: Mr Grange asked whether a second box could be free.\n\nReply: The Leader agreed that the figures would be reported.\n',
    );
    expect(paragraphs(meeting).map((paragraph) => paragraph.speaker)).toEqual(['Mr Grange', 'The Leader']);
  });

  it("gives a delegate named with no title but with who they are between commas the turn ('Kelly Dufresne, President of …, asked')", () => {
    const meeting = parse(
      'City of Lac-Vermilion\nRegular Meeting of Council\nMonday, March 25, 2024\n\n3. Delegations\nKelly Dufresne, President of the Minor Hockey Association, asked Council to keep the arena open.\n',
    );
    expect(paragraphs(meeting)[0].speaker).toBe('Kelly Dufresne');
  });

  it("gives no speaker to a sentence about the douzaine ('The Douzaine raised no objection'), a body as a council is", () => {
    const meeting = parse('PARISH OF ST GERMAIN\n\nMINUTES OF THE MEETING OF THE DOUZAINE\nheld on Wednesday 7th February 2024\n\n3/24    PLANNING\nThe Douzaine raised no objection.\n');
    expect(paragraphs(meeting)[0].speaker).toBeNull();
  });

  it("keeps a motion stated first ('MOTION: …') with the 'Moved by:', 'Seconded by:' and 'Vote:' lines under it, one decision", () => {
    const meeting = parse(
      'RIVERBEND WATER DISTRICT\nMINUTES OF THE REGULAR MEETING OF THE BOARD OF DIRECTORS\nWednesday, March 13, 2024\n\n3. CONSENT CALENDAR\nMOTION: Approve the Consent Calendar as presented.\nMoved by: Director Navarro\nSeconded by: Director Ahn\nVote: 4-0 (Brannigan absent)\n',
    );
    expect(paragraphs(meeting).map((paragraph) => [paragraph.text, paragraph.isDecision])).toEqual([
      ['MOTION: Approve the Consent Calendar as presented. Moved by: Director Navarro Seconded by: Director Ahn Vote: 4-0 (Brannigan absent)', true],
    ]);
  });
});

describe('recorded votes and officers', () => {
  it("keeps a recorded vote set as 'YEAS      NAYS' columns, and its 'CARRIED (3 to 1)', with the motion: one decision", () => {
    const meeting = parse(
      'CITY OF LAC-VERMILION\nREGULAR MEETING OF COUNCIL\nMonday, March 25, 2024\n\n4. REPORTS\nResolution C-2024-082\nMoved: Councillor Hryniuk\nSeconded: Councillor Bains\nTHAT Bylaw No. 2024-11 be given third reading.\nRecorded Vote:\nYEAS                NAYS\nMayor Gauthier      Councillor Kowalchuk\nCouncillor Hryniuk\nCARRIED (2 to 1)\n',
    );
    expect(paragraphs(meeting).map((paragraph) => paragraph.isDecision)).toEqual([true]);
    expect(paragraphs(meeting)[0].text).toMatch(/^Resolution C-2024-082 .* THAT Bylaw .* CARRIED \(2 to 1\)$/);
  });

  it("reads 'CARRIED (5 to 2)' alone under a motion as its outcome", () => {
    const meeting = parse('CITY OF LAC-VERMILION\nREGULAR MEETING OF COUNCIL\nMonday, March 25, 2024\n\n4. REPORTS\nCouncillor Hryniuk moved that the bylaw be given third reading.\n\nCARRIED (5 to 2)\n');
    expect(paragraphs(meeting).map((paragraph) => [paragraph.text, paragraph.isDecision])).toEqual([['Councillor Hryniuk moved that the bylaw be given third reading. CARRIED (5 to 2)', true]]);
  });

  it("keeps 'MOVED BY:' and 'SECONDED BY:' in capitals under a motion stated first, and reads a fire chief ('Chief Tully reported') as a speaker", () => {
    const meeting = parse(
      'FAIRVIEW FIRE PROTECTION DISTRICT\nBOARD OF COMMISSIONERS\nTuesday, April 9, 2024\n\n2. APPARATUS\nChief Tully reported that Engine 61 had failed its pump test.\nMOTION: To order a replacement engine.\nMOVED BY: Commissioner Bose\nSECONDED BY: Commissioner Kimura\nVOTE: 3-0\n',
    );
    expect(paragraphs(meeting).map((paragraph) => [paragraph.speaker, paragraph.isDecision])).toEqual([
      ['Chief Tully', false],
      [null, true],
    ]);
  });

  it("does not read 'Chief Executive' as a chief's title", () => {
    const meeting = parse('FAIRVIEW DISTRICT\nBOARD OF COMMISSIONERS\nTuesday, April 9, 2024\n\n2. REPORT\nChief Executive reported on the budget.\n');
    expect(paragraphs(meeting)[0].speaker).not.toBe('Chief Executive');
  });
});

describe('attendance', () => {
  it("reads a US district's counsel as an office after the name ('Harold Finch, District Counsel'), one person", () => {
    const meeting = parse('RIVERBEND WATER DISTRICT\nMINUTES OF THE REGULAR MEETING OF THE BOARD OF DIRECTORS\nWednesday, March 13, 2024\n\nALSO PRESENT: Harold Finch, District Counsel\n\n1. CALL TO ORDER\nThe meeting was called to order.\n');
    expect(people(meeting)).toEqual([['Harold Finch', 'District Counsel', 'in attendance']]);
  });

  it("reads a Guernsey douzaine's 'Douzeniers:' line as members present, and 'Deputy A. Le Lievre' as a person, not an office", () => {
    const meeting = parse(
      'PARISH OF ST GERMAIN\n\nMINUTES OF THE MEETING OF THE DOUZAINE\nheld on Wednesday 7th February 2024\n\nPresent:       Mr G. Le Tissier (Dean of the Douzaine)\nDouzeniers:    Mrs H. Brehaut and Mr J. Falla\nApologies:     Mr D. De Garis, Deputy A. Le Lievre\n\n1/24    MINUTES\nThe minutes were approved.\n',
    );
    expect(people(meeting)).toEqual([
      ['Mr G. Le Tissier', 'Dean of the Douzaine', 'present'],
      ['Mrs H. Brehaut', null, 'present'],
      ['Mr J. Falla', null, 'present'],
      ['Mr D. De Garis', null, 'apologies'],
      ['Deputy A. Le Lievre', null, 'apologies'],
    ]);
  });

  it("gives the holder named after a civic office ('the Deputy Mayor, Councillor Robert Quayle') that office", () => {
    const meeting = parse(
      'Kestrelford Borough Council\nMinutes of the meeting held on 17 July 2024\n\nPresent: The Mayor, Councillor Priya Lal (in the Chair); the Deputy Mayor, Councillor Robert Quayle; Councillors Nadia Brook and Mark Hesketh\n\n29. Apologies\nNone.\n',
    );
    expect(people(meeting)).toEqual([
      ['Councillor Priya Lal', 'Chair', 'present'],
      ['Councillor Robert Quayle', 'Deputy Mayor', 'present'],
      ['Councillor Nadia Brook', null, 'present'],
      ['Councillor Mark Hesketh', null, 'present'],
    ]);
  });
});

describe('an Isle of Man parish commissioners', () => {
  const minutes =
    'KIRK MALEW PARISH COMMISSIONERS\n\nMinutes of the Ordinary Meeting of the Commissioners held on Tuesday 12th March 2024\n\nPresent:      Mr J. Kinvig (Chairman), Mrs A. Quayle\nIn attendance: Clerk to the Commissioners, Mrs S. Christian; Mr T. Kelly, Finance Officer\n\n48/24  PLANNING\nThe Commissioners raised no objection.\n';

  it("names the body after its own line, not the 'Commissioners' its meeting sentence calls it", () => {
    expect(parse(minutes).body).toBe('Kirk Malew Parish Commissioners');
  });

  it("reads an office at a list's start with its holder after a comma ('Clerk to the Commissioners, Mrs S. Christian') as one person", () => {
    expect(people(parse(minutes)).filter(([, , attendance]) => attendance === 'in attendance')).toEqual([
      ['Mrs S. Christian', 'Clerk to the Commissioners', 'in attendance'],
      ['Mr T. Kelly', 'Finance Officer', 'in attendance'],
    ]);
  });

  it("gives no speaker to the commissioners as a body ('The Commissioners raised no objection')", () => {
    expect(paragraphs(parse(minutes))[0].speaker).toBeNull();
  });

  it("keeps an office after a comma with the name before it ('Mrs C Green, Clerk, Mr D Smith')", () => {
    const meeting = parse('KIRK MALEW PARISH COMMISSIONERS\nMinutes of the meeting held on Tuesday 12th March 2024\n\nIn attendance: Mrs C Green, Clerk, Mr D Smith\n\n1/24  MINUTES\nApproved.\n');
    expect(people(meeting)).toEqual([
      ['Mrs C Green', 'Clerk', 'in attendance'],
      ['Mr D Smith', null, 'in attendance'],
    ]);
  });
});

describe('bodies', () => {
  it("names the council of 'Regular Meeting of Council' after the city above it", () => {
    const meeting = parse('City of Lac-Vermilion\n\nRegular Meeting of Council\n\nMonday, March 25, 2024\n\n1. Call to Order\nThe Mayor called the meeting to order.\n');
    expect(meeting.body).toBe('City of Lac-Vermilion Council');
  });

  it("names a Guernsey parish's douzaine after the parish above it ('MINUTES OF THE MEETING OF THE DOUZAINE')", () => {
    const meeting = parse('PARISH OF ST GERMAIN\n\nMINUTES OF THE MEETING OF THE DOUZAINE\nheld on Wednesday 7th February 2024\n\n1/24    MINUTES\nThe minutes were approved.\n');
    expect(meeting.body).toBe('Parish of St Germain Douzaine');
  });

  it('names the body from the header lines, not from an opening sentence wrapped over two lines under them', () => {
    const meeting = parse(
      'RIVERBEND MUNICIPAL WATER DISTRICT\nMINUTES OF THE REGULAR MEETING OF THE BOARD OF DIRECTORS\nWednesday, March 13, 2024\n\nThe regular meeting of the Board of Directors of the Riverbend\nMunicipal Water District was held at the District Office.\n\n1. CALL TO ORDER\nThe meeting was called to order.\n',
    );
    expect(meeting.body).toBe('Riverbend Municipal Water District Board of Directors');
  });

  it("names a health board after its own line, not the 'Public Board' meeting its title sentence names", () => {
    const meeting = parse('CWM AERON UNIVERSITY HEALTH BOARD\nMINUTES OF THE PUBLIC BOARD MEETING HELD ON 30 MAY 2024 AT 09:30, BOARDROOM, YSBYTY AERON\n\n1. OPENING BUSINESS\n1.1 The Chair welcomed everyone.\n');
    expect(meeting.body).toBe('Cwm Aeron University Health Board');
  });

  it("names a council's full meeting ('Meeting of the Council' under the council) after the council alone", () => {
    const meeting = parse('Kestrelford Borough Council\n\nMeeting of the Council\n\nWednesday 17 July 2024\n\n29. Apologies\nNone.\n');
    expect(meeting.body).toBe('Kestrelford Borough Council');
  });
});

describe('paragraphs', () => {
  it('keeps a line set under a numbered paragraph\'s text (a hanging indent) in that paragraph, whoever it names', () => {
    const meeting = parse(
      'Glannau Teifi University Health Board\nMinutes of the meeting held on Thursday 28 March 2024\n\nUHB 24/034  INTEGRATED PERFORMANCE REPORT\n\n34.2  Professor Meredydd asked about handover delays.\n      Dr Bevan replied that a discharge lounge would open in April.\n\n34.3  The Board NOTED the report.\n',
    );
    expect(paragraphs(meeting).map((paragraph) => [paragraph.number, paragraph.text])).toEqual([
      ['34.2', 'Professor Meredydd asked about handover delays. Dr Bevan replied that a discharge lounge would open in April.'],
      ['34.3', 'The Board NOTED the report.'],
    ]);
  });
});
