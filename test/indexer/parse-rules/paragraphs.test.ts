// Where the parser starts and ends a paragraph within an item: lines a school board opens with "Governors asked", aligned
// form fields, a motion's labels on lines of their own, a time of day opening a line, hanging indents under numbered
// paragraphs, paragraphs numbered on from a slashed minute number, points lettered in capitals, payments one a line, and
// minutes published with no blank lines; and how the lines of a paragraph are joined (hyphens a typesetter put in, runs of
// white space). Each test parses a small document invented in the style of real minutes, written for the test.
import { hyphenatesWords, joinLines } from '../../../indexer/parse/lines';
import { ASHLEY_PARISH_HEADER_PRESENT, CLOSE_ITEM, firstMeeting, HOLT_HEADER_PRESENT, paragraphsOf } from '../../helpers/parse-text';

describe("a school board's challenge and answer", () => {
  it("starts a paragraph at each of a school board's 'Governors asked' and 'Leaders responded' lines", () => {
    const long = 'The Headteacher reported that attendance for the spring term stood at 95.1 per cent and that persistent absence had fallen again.';
    const text = `OAK PRIMARY SCHOOL\nMinutes of the Governing Board meeting held on 3 March 2025\n\n1. Headteacher's report\n${long}\nGovernors asked what support was in place.\nLeaders responded that a family worker now visited.${CLOSE_ITEM}`;
    expect(firstMeeting(text).items[0].paragraphs.map((paragraph) => paragraph.text)).toEqual([
      long,
      'Governors asked what support was in place.',
      'Leaders responded that a family worker now visited.',
    ]);
  });
});

describe('aligned form fields', () => {
  it("gives each aligned form field a paragraph, but keeps a motion's parts together", () => {
    const text = `${HOLT_HEADER_PRESENT}1. 14 Mill Lane\nApplication No:    P/25/0101\nWard:    Mill\n\n2. Minutes\nRESOLUTION 25/01\nMoved:    Cr Pike\nSeconded:    Cr Vos\nThat the minutes be confirmed.\n`;
    const [first, second] = firstMeeting(text).items;
    expect(first.paragraphs.map((paragraph) => paragraph.text)).toEqual(['Application No: P/25/0101', 'Ward: Mill']);
    expect(second.paragraphs).toHaveLength(1);
  });
});

describe('a motion\'s labels', () => {
  it('keeps "Motion" and "Amendment" alone on a line as paragraphs of their own, without blank lines', () => {
    const text = `${HOLT_HEADER_PRESENT}1. Notice of motion\nMotion\nCllr Dent moved the motion.\nAmendment\nCllr Ford moved an amendment to the\nMotion\nwhich was lost.\n`;
    const [item] = firstMeeting(text).items;
    expect(item.paragraphs.map((paragraph) => paragraph.text)).toEqual(['Motion', 'Cllr Dent moved the motion.', 'Amendment', 'Cllr Ford moved an amendment to the Motion which was lost.']);
  });
});

describe('a time of day opening a line', () => {
  it("keeps a time of day that opens a line ('4.41 pm  The Chairperson closed …') as text, not a paragraph number", () => {
    const meeting = firstMeeting('Minutes of the Kōwhai Local Board\nheld on Thursday, 22 August 2024\n\n1  Welcome\nThe Chairperson opened the meeting.\n\n4.41 pm    The Chairperson closed the meeting.\n');
    const closing = paragraphsOf(meeting).find((paragraph) => paragraph.text.includes('closed'));
    expect(closing?.text).toBe('4.41 pm The Chairperson closed the meeting.');
    expect(closing?.number ?? null).toBeNull();
  });
});

describe('a hanging indent', () => {
  it('keeps a line set under a numbered paragraph\'s text (a hanging indent) in that paragraph, whoever it names', () => {
    const meeting = firstMeeting(
      'Glannau Teifi University Health Board\nMinutes of the meeting held on Thursday 28 March 2024\n\nUHB 24/034  INTEGRATED PERFORMANCE REPORT\n\n34.2  Professor Meredydd asked about handover delays.\n      Dr Bevan replied that a discharge lounge would open in April.\n\n34.3  The Board NOTED the report.\n',
    );
    expect(paragraphsOf(meeting).map((paragraph) => [paragraph.number, paragraph.text])).toEqual([
      ['34.2', 'Professor Meredydd asked about handover delays. Dr Bevan replied that a discharge lounge would open in April.'],
      ['34.3', 'The Board NOTED the report.'],
    ]);
  });
});

describe('paragraphs numbered on from a slashed minute number', () => {
  it("are the minute's paragraphs, though one opens like a title ('17.2 In response to …, the Treasurer')", () => {
    const text = [
      'Hollinshire Fire and Rescue Authority',
      'Minutes of the Audit Committee held on Wednesday 26 June 2024',
      '',
      'AGC/24/16    INTERNAL AUDIT REPORT',
      '',
      '      16.1   Mr Beckett presented the annual report.',
      '',
      'AGC/24/17    STATEMENT OF ACCOUNTS',
      '',
      '      17.1   The Treasurer presented the unaudited statement of accounts.',
      '',
      '      17.2   In response to a question from Councillor Prothero, the Treasurer',
      '             confirmed that the underspend would be transferred to the reserve.',
      '',
      'AGC/24/18    RISK REGISTER',
      '',
      '      18.1   RESOLVED – That the corporate risk register be noted.',
      '',
    ].join('\n');
    const meeting = firstMeeting(text);
    expect(meeting.items.map(({ number }) => number)).toEqual(['AGC/24/16', 'AGC/24/17', 'AGC/24/18']);
    expect(meeting.items[1].paragraphs.map(({ speaker }) => speaker)).toEqual(['The Treasurer', 'The Treasurer']);
  });
});

describe('points lettered in capitals', () => {
  const paragraphsOf = (lines: string) =>
    firstMeeting(`CITY OF MAPLE HOLLOW\nCITY COUNCIL MINUTES\nTuesday, January 21, 2025\n\n1. CONSENT CALENDAR\n${lines}\n\n2. COUNCIL REPORTS\nNone.\n`).items[0].paragraphs.map((paragraph) => paragraph.text);

  it("makes each of a run 'A.', 'B.', 'C.' a paragraph, its letter kept", () => {
    expect(paragraphsOf('A. Approval of minutes of January 7, 2025\nB. Warrant register No. 24-25/14 in the amount of $1,204,337.18\nC. Award of contract for sidewalk repairs\nMotion carried 5-0.')).toEqual([
      'A. Approval of minutes of January 7, 2025',
      'B. Warrant register No. 24-25/14 in the amount of $1,204,337.18',
      'C. Award of contract for sidewalk repairs',
      'Motion carried 5-0.',
    ]);
  });

  it("leaves an initial alone that no next letter follows ('A. Smith' wrapped from the line above)", () => {
    expect(paragraphsOf('The consent calendar was moved by Councilmember\nA. Smith and approved unanimously.')).toEqual([
      'The consent calendar was moved by Councilmember A. Smith and approved unanimously.',
    ]);
  });
});

describe('hyphens at line ends', () => {
  const hyphenated = ['The report forecast a short-', 'fall of places, which was al-', 'ready known, and con-', 'firmed the figures in the', 'plan; it was noted.'];

  it('tells a text whose typesetter splits words every few lines from one with a compound at a line end', () => {
    expect(hyphenatesWords(hyphenated)).toBe(true);
    expect(hyphenatesWords(['The co-', 'opted members were welcomed by the Chair,', 'who thanked them for their work over the', 'year and the Clerk for the papers.'])).toBe(false);
  });

  it('drops the hyphen of a split word only where the text is set with hyphenation', () => {
    expect(joinLines(hyphenated, true)).toBe('The report forecast a shortfall of places, which was already known, and confirmed the figures in the plan; it was noted.');
    expect(joinLines(['The co-', 'opted members'])).toBe('The co-opted members');
    expect(joinLines(['A well-', 'Known name'], true)).toBe('A well-Known name');
  });
});

describe('white space in joined lines', () => {
  it('makes each run of white space one space, in every line, where the text holds a run', () => {
    expect(joinLines(['  The Clerk  reported.\u2003', 'The\u2003fund\t\tstood at £1,214.  '])).toBe('The Clerk reported. The fund stood at £1,214.');
  });

  it('keeps a single white-space character other than a space where the text holds no run', () => {
    expect(joinLines(['The Clerk reported.', 'The\u2003fund stood at £1,214.'])).toBe('The Clerk reported. The\u2003fund stood at £1,214.');
  });
});

describe('paragraphs of one line each', () => {
  it('ends a payments line at its sum, so each payment is a paragraph', () => {
    const text = `${ASHLEY_PARISH_HEADER_PRESENT}1. Finance\nThe following payments were approved:\nK Nuttall – salary – £412.60\nHMRC – PAYE – £103.15\n\n2. Close\nThe meeting closed at 9pm.\n`;
    const paragraphs = firstMeeting(text).items[0].paragraphs.map((paragraph) => paragraph.text);
    expect(paragraphs).toEqual(['The following payments were approved:', 'K Nuttall – salary – £412.60', 'HMRC – PAYE – £103.15']);
  });

  it('joins "Proposed by …, Seconded by … and" to the RESOLVED under it, across a blank line or none', () => {
    for (const gap of ['\n\n', '\n']) {
      const text = `${ASHLEY_PARISH_HEADER_PRESENT}1. Minutes\nProposed by Cllr Bell,\nSeconded by Cllr Dent and${gap}RESOLVED - that the minutes be adopted.\n\n2. Close\nThe meeting closed at 9pm.\n`;
      const [paragraph] = firstMeeting(text).items[0].paragraphs;
      expect(paragraph.text).toBe('Proposed by Cllr Bell, Seconded by Cllr Dent and RESOLVED - that the minutes be adopted.');
      expect(paragraph.isDecision).toBe(true);
    }
  });
});

describe('minutes published with no blank lines', () => {
  it('reads a short Title Case line between finished sentences as a heading', () => {
    const text = `Brookfield Community Council\nMinutes of the meeting held on 3 March 2025\nPresent: Cllr Ann Pike (Chair) and Cllr Ben Rowe.\nWelcome and Apologies\nThe Chair welcomed everyone. There were no apologies.\nVillage Hall Car Park\nCllr Rowe reported that the resurfacing would start in April.\nDate of Next Meeting\nThe next meeting will be on 7 April 2025.\n`;
    expect(firstMeeting(text).items.map((item) => item.title)).toEqual(['Welcome and Apologies', 'Village Hall Car Park', 'Date of Next Meeting']);
  });

  it("ends a hard-wrapped paragraph at a line the next word would have fitted on, in an item with no blank lines", () => {
    const first = ['Ellen Marsh, 14 Birch Avenue, spoke about speeding on Birch Avenue', 'and asked for speed humps to be considered.'];
    const second = ['Gary Fenwick, 8 Ridge Road, spoke in support of the new dog park at', 'the recreation ground and offered to help with fundraising for it.'];
    const filler = 'The Clerk reported that the grant application for the play area had gone in';
    const text = `LAKESIDE CITY COUNCIL\nMinutes of the meeting held on 3 March 2025\n\n1. Clerk's report\n${filler}\non time and that an answer was expected in the summer from the fund.\n\n2. Public comment\n${first.join('\n')}\n${second.join('\n')}${CLOSE_ITEM}`;
    const paragraphs = firstMeeting(text).items[1].paragraphs.map((paragraph) => paragraph.text);
    expect(paragraphs).toEqual([first.join(' '), second.join(' ')]);
  });

  it('keeps such lines in one paragraph where the item separates its paragraphs by blank lines', () => {
    const filler = 'The Clerk reported that the grant application for the play area had gone in';
    const text = `LAKESIDE CITY COUNCIL\nMinutes of the meeting held on 3 March 2025\n\n1. Clerk's report\n${filler}\non time and that an answer was expected in the summer from the fund.\n\n2. Public comment\nMr Hollis, a resident of Church Lane, spoke against the application.\nHe said the lane was too narrow for lorries.\n\nMs Farrow, the agent, spoke in support.${CLOSE_ITEM}`;
    const paragraphs = firstMeeting(text).items[1].paragraphs.map((paragraph) => paragraph.text);
    expect(paragraphs).toEqual(['Mr Hollis, a resident of Church Lane, spoke against the application. He said the lane was too narrow for lorries.', 'Ms Farrow, the agent, spoke in support.']);
  });
});

describe('minutes published with no blank lines: turns, labels, closes and the first heading', () => {
  const paragraphsOf = (text: string) => firstMeeting(text).items.flatMap((item) => item.paragraphs.map((paragraph) => [paragraph.text, paragraph.speaker]));

  it("ends a guest list at a verbatim record's first turn, a name and office then a colon", () => {
    const text = `Transport Scrutiny Panel – 6 May 2025\nTranscript of Agenda Item 4 – Bus Franchising\nMembers present: Leah Corran AM (Chair), Owen Pryde AM, Nadia Flint AM\nGuests: Dr Ian Moss (Director of Buses, Kelby Transport), Rhona Tait (Secretary, Kelby Bus Users Group)\nLeah Corran AM (Chair): Welcome, both of you. We have a great deal to get through this morning, so I will go straight to questions.\nRhona Tait (Secretary, Kelby Bus Users Group): Thank you, Chair. Our members want a simpler fare.\n`;
    const meeting = firstMeeting(text);
    expect(meeting.attendees.map((attendee) => attendee.name)).toContain('Rhona Tait');
    expect(paragraphsOf(text)[0]).toEqual([expect.stringMatching(/^Leah Corran AM \(Chair\): Welcome/), 'Leah Corran AM']);
  });

  it("keeps a label line under a title apart from the speaker's turn under it, but not a motion's number from its mover", () => {
    const text = `FENWOLD DISTRICT COUNCIL\nMinutes of the Cabinet held on 4 February 2025\n\n41. Leisure Centre Contract\nKey Decision\nCouncillor Ames introduced the report on extending the contract by two years.\n\n42. Confirming By-law\nResolution No. 2025-12\nMoved by Councillor Ames\nSeconded by Councillor Byrd\nTHAT the by-law be passed. CARRIED${CLOSE_ITEM}`;
    expect(paragraphsOf(text).slice(0, 3)).toEqual([
      ['Key Decision', null],
      ['Councillor Ames introduced the report on extending the contract by two years.', 'Councillor Ames'],
      ['Resolution No. 2025-12 Moved by Councillor Ames Seconded by Councillor Byrd THAT the by-law be passed. CARRIED', null],
    ]);
  });

  it('keeps the sentence that closes a hearing apart from the paragraph above it', () => {
    const text = `FENWOLD DISTRICT COUNCIL\nLicensing Sub-Committee\nMinutes of the hearing held on 4 February 2025\n\n1. Application for a Premises Licence – The Old Mill\nThe Legal Adviser explained the right of appeal to the magistrates' court.\nThe hearing closed at 11.20 am.\n`;
    expect(paragraphsOf(text).map(([paragraph]) => paragraph)).toEqual(["The Legal Adviser explained the right of appeal to the magistrates' court.", 'The hearing closed at 11.20 am.']);
  });

  it('reads the line right under the attendance as the first heading when prose follows it', () => {
    const text = `Dunmore Village Hall Committee\nMinutes of the meeting held on 2 April 2025\nPresent: Ann Pike (Chair), Ben Rowe, Cara Dunn\nApologies: Dev Holm\nWelcome and Apologies\nThe Chair welcomed everyone and noted the apologies.\nHall Bookings\nCara reported that the hall was booked on most weekday evenings.\nDate of Next Meeting\nThe next meeting will be on 7 May 2025.\n`;
    expect(firstMeeting(text).items.map((item) => item.title)).toEqual(['Welcome and Apologies', 'Hall Bookings', 'Date of Next Meeting']);
  });
});

describe("a roll call's dash at the start of a line", () => {
  it('goes on with the sentence when the word after the en dash is in lower case and the line above ends none', () => {
    const text = `PELLHAM TOWNSHIP BOARD OF TRUSTEES MEETING\nJune 11, 2025\n\n1. Approval of minutes\nA motion was made by Trustee Brandt. Roll Call was taken as follows: Trustee Brandt – yes, Trustee Lowery\n– yes, Supervisor Okafor – yes. Motion passes.${CLOSE_ITEM}`;
    expect(firstMeeting(text).items[0].paragraphs.map((paragraph) => paragraph.text)).toEqual([
      'A motion was made by Trustee Brandt. Roll Call was taken as follows: Trustee Brandt – yes, Trustee Lowery – yes, Supervisor Okafor – yes. Motion passes.',
    ]);
  });

  it('opens a point after a sentence', () => {
    const text = `PELLHAM TOWNSHIP BOARD OF TRUSTEES MEETING\nJune 11, 2025\n\n1. Roads\nThe grader is booked.\n– resurfacing of the gravel roads starts in May and runs into June${CLOSE_ITEM}`;
    expect(firstMeeting(text).items[0].paragraphs.map((paragraph) => paragraph.text)).toEqual(['The grader is booked.', 'resurfacing of the gravel roads starts in May and runs into June']);
  });
});
