// Speakers and their turns in parish minutes as village websites publish them: bullets an export escaped, councillors
// listed with their initials and then named by them, and a report's run-in label before the sentence that names its
// speaker. Invented text in the style of such minutes.
import { parseMinutes } from '../../../indexer/parse';
import { isDecisionText } from '../../../indexer/parse/decisions/decisions';
import { describedSpeakerOf } from '../../../indexer/parse/speakers/described-speakers';
import { publicSpeakerOf, publicSpeakersOf } from '../../../indexer/parse/speakers/public-speakers';
import { speakerOf } from '../../../indexer/parse/speakers/speakers';
import { readDocument } from '../../../indexer/readers';
import { withoutEscapes } from '../../../indexer/readers/markdown';
import { firstMeeting, paragraphStarting } from '../../helpers/parse-text';

const parse = (text: string, format: 'text' | 'markdown' = 'text') => parseMinutes({ text, format, file: 'minutes.txt', documentId: 'minutes' });
const turns = (text: string, format: 'text' | 'markdown' = 'text') =>
  parse(text, format).meetings[0].items.flatMap((item) => item.paragraphs.map(({ speaker, text: words }) => [speaker, words]));

const HEADER = 'MINUTES OF THE MEETING OF LOWFIELD PARISH COUNCIL HELD IN THE READING ROOM ON THURSDAY 6 MARCH 2025\n\n';

describe('an asterisk typed as a bullet, escaped by the export', () => {
  it('is read as a bullet at a line start, and stays escaped elsewhere', () => {
    expect(withoutEscapes('\\* Mr Hale said the gate was broken.\n  \\* It was noted.\n\\*\\*not bold\\*\\*')).toBe(
      '* Mr Hale said the gate was broken.\n  * It was noted.\n\\*\\*not bold\\*\\*',
    );
  });

  it('leaves the bullet out of the paragraph, whose speaker is then read', async () => {
    const page = `${HEADER}1. Matters raised\n\n\\* Mr Hale said that the gate to the field was broken.\n\n\\* Mrs Dowd asked when the hedge would be cut.\n`;
    const read = await readDocument(Buffer.from(page), '/minutes/lowfield.md', { maxFileBytes: 2 ** 20 });
    expect(turns(read.text, 'markdown')).toEqual([
      ['Mr Hale', 'Mr Hale said that the gate to the field was broken.'],
      ['Mrs Dowd', 'Mrs Dowd asked when the hedge would be cut.'],
    ]);
  });
});

describe('councillors listed with their initials, then named by them', () => {
  const text =
    HEADER +
    'PRESENT (five Councillors):- Ann Bell (AB) Rose Kitt (RK) – Chair, Tom Ives (TI), Jo Marsh (JM) Vice-Chairman and, from item 2, Lee Pratt (LP) In attendance: Mary Hale, Parish Clerk.\n\n' +
    '1. Minutes\n\nRK confirmed all Councillors had seen the minutes.\n\n2. Reports\n\nJM reported that the hall roof had been repaired.\n\nLP asked about the bus shelter.\n';

  it('reads a count of councillors after "Present", a name whose comma was lost, an office after the initials and an inline label after a bracket', () => {
    expect(parse(text).meetings[0].attendees.map(({ name, role, attendance }) => [name, role, attendance])).toEqual([
      ['Ann Bell', null, 'present'],
      ['Rose Kitt', 'Chair', 'present'],
      ['Tom Ives', null, 'present'],
      ['Jo Marsh', 'Vice-Chair', 'present'],
      ['Lee Pratt', null, 'present'],
      ['Mary Hale', 'Parish Clerk', 'in attendance'],
    ]);
  });

  it('credits each paragraph opened by initials to the councillor listed with them', () => {
    expect(turns(text).map(([speaker]) => speaker)).toEqual(['Rose Kitt', 'Jo Marsh', 'Lee Pratt']);
  });
});

describe("a report's run-in label before its speaker", () => {
  it.each([
    ['Closure. The Chairman thanked everyone for attending and closed the meeting at 9.05 pm.', 'The Chair'],
    ['Police Report: PCSO Dunn reported two thefts from sheds.', 'PCSO Dunn'],
    ['Village Hall Report. Mrs Dowd advised that bookings were up.', 'Mrs Dowd'],
    ['Dog fouling: Cllr Hale reported more fouling on the school path.', 'Cllr Hale'],
    ['Defibrillator – Mr Dowd said that the cabinet had arrived.', 'Mr Dowd'],
    ['Bus shelter / The Clerk explained that the glazing had been ordered.', 'The Clerk'],
    // A note of what happened, and a mover named after a label, are no turn.
    ['Note: Councillor Dowd left the meeting at 8.10 pm.', null],
    ['Proposed: Cllr Dowd. Seconded: Cllr Lamb.', null],
    // Those present, listed after a label or a name, and a speaker's name in the possessive.
    ['Others present: County Councillor Hale, two members of the public.', null],
    ['Miss Ives - chairperson: Mrs. Dowd: Mr. Lamb: together with one member of the public.', null],
    ['Highways – Cllr Rhodes’ meeting with the engineer was postponed.', null],
  ])('reads "%s" as spoken by %s', (paragraph, speaker) => {
    expect(turns(`${HEADER}1. Reports\n\n${paragraph}\n`).map(([who]) => who)).toEqual([speaker]);
  });
});

describe('the public described, and what was done to them', () => {
  it.each([
    'Representatives of the bowls club were invited to the next meeting.',
    'Residents of Mill Lane will be asked for their views.',
    'The tenant of the allotment field has been told of the new rent.',
  ])('names no speaker in "%s"', (text) => {
    expect(publicSpeakerOf(text) ?? publicSpeakersOf(text)).toBeNull();
  });

  it('still reads who they are of before the verb', () => {
    expect(publicSpeakerOf('A representative of the bowls club asked for a longer lease.')).toBe('A representative of the bowls club');
    expect(publicSpeakersOf('Residents of Mill Lane objected to the lighting.')).toBe('Residents of Mill Lane');
  });

  it('reads a homeowner and the street they live on ("A homeowner on Birch Court asked")', () => {
    expect(publicSpeakerOf('A homeowner on Birch Court asked about dog waste stations.')).toBe('A homeowner on Birch Court');
  });
});

describe("a title's full stop and a sentence's", () => {
  it.each([
    ['Mr. Wm. Hale said that the hedge had been cut.', 'Mr. Wm. Hale'],
    ['Supt. Rowe reported a fall in thefts.', 'Supt. Rowe'],
    ['Cllr. Dowd asked about the bins.', 'Cllr. Dowd'],
  ])('reads "%s" as spoken by %s', (text, speaker) => {
    expect(speakerOf(text)).toBe(speaker);
  });

  it.each([
    'Chairman. Proposed by Ann Hale and seconded by Tom Ives that Rose Kitt be elected.',
    'PC Elections. More information is in the Clerk’s report.',
    'Councillor Training. New dates had been arranged.',
    'Clerk There being no further business the Chairman closed the meeting.',
  ])('names no speaker in "%s"', (text) => {
    expect(speakerOf(text)).toBeNull();
  });
});

describe('an action or an agenda wording, not a turn', () => {
  it.each([
    'Cllr Hale to contact Highways about the blocked drain.',
    'Mr Dowd to be asked for a second quote.',
    'The Chairman to report apologies for absence.',
    'The Chair will welcome those present and make any announcements.',
    'The Chairman will consider the admission of any late items of urgent business.',
    'Mrs Ives will be appointed as internal auditor.',
    'ACTION: Cllr Lamb to order the new signs.',
  ])('names no speaker in "%s"', (text) => {
    expect(turns(`${HEADER}1. Matters arising\n\n${text}\n`).map(([speaker]) => speaker)).toEqual([null]);
  });

  it('still reads an undertaking or a report in the person’s name', () => {
    expect(speakerOf('Cllr Hale will write to the landowner about the hedge.')).toBe('Cllr Hale');
    expect(speakerOf('The Chairman had been informed that the bins were full.')).toBe('The Chair');
  });
});

describe('a minute number, an office before its holder, and a motion lost', () => {
  it.each([
    ['001/25 The Chairman welcomed everyone to the meeting.', 'The Chair'],
    ['25/117: Cllr Hale reported that the drain had been cleared.', 'Cllr Hale'],
    ['The Chairman Cllr Mrs Dowd welcomed everyone to the meeting.', 'The Chair'],
    ['Village Hall – Chairman Cllr Ives agreed to attend the training evening.', 'The Chair'],
  ])('reads "%s" as spoken by %s', (text, speaker) => {
    expect(speakerOf(text)).toBe(speaker);
  });

  it.each([
    'Upon being put to the vote, the motion was declared LOST.',
    'The amendment was defeated.',
    'It was proposed, seconded and resolved that the quote be accepted.',
  ])('reads "%s" as a decision', (text) => {
    expect(isDecisionText(text)).toBe(true);
  });

  it("reads no decision in a chance lost, nor in a member's amendment that fell", () => {
    expect(isDecisionText('Cllr Hale said the chance of a grant had been lost.')).toBe(false);
    expect(isDecisionText('Cllr Hale moved an amendment to add £5,000 to the play area. Following debate, the amendment was lost.')).toBe(false);
  });
});

describe('an introduction, and the public named by forename and initial', () => {
  it('reads the speaker after "By way of introduction"', () => {
    expect(speakerOf('By way of introduction the Commissioner noted that the precept would be set in February.')).toBe('The Commissioner');
  });

  it.each([
    ['Dana K. stated that the crossing lights were too short.', 'Dana K.'],
    ['Omar T. asked when the park would reopen, and who would pay for it.', 'Omar T.'],
  ])('reads "%s" as spoken by %s', (text, speaker) => {
    expect(describedSpeakerOf(text)).toBe(speaker);
  });

  it.each(['Phase B. The works would start in May.', 'Following B. Hale’s report the item was deferred.'])('names no one in "%s"', (text) => {
    expect(describedSpeakerOf(text)).toBeNull();
  });
});

describe('initials run together, and a refusal', () => {
  it('reads a name whose initials are printed without spaces', () => {
    expect(speakerOf('Councillor A.R. Hale declared a personal interest in item 5.')).toBe('Councillor A.R. Hale');
  });

  it('reads a refusal as the meeting’s decision', () => {
    expect(isDecisionText('The Group did not agree the request to hold the meeting abroad.')).toBe(true);
  });
});

describe('a decision after a run-in label', () => {
  it.each([
    'Tenancy Support Fund / The Board APPROVED the recommendation to extend the scheme.',
    'Delegated Payments / The Board HOMOLOGATED the decision taken by the Chair and the Treasurer.',
    'Audit Arrangements. The Parish Council decided to appoint the same internal auditor.',
  ])('reads "%s" as a decision', (paragraph) => {
    expect(parse(`${HEADER}1. Business\n\n${paragraph}\n`).meetings[0].items[0].paragraphs.map(({ isDecision }) => isDecision)).toEqual([true]);
  });

  it('reads no decision in a line that labels one', () => {
    const text = `${HEADER}7. Planning\n\nApplication – Decision – 25/01234/F Mill Barn, Church Road\n\nThe Clerk reported that the application had been approved.\n`;
    expect(parse(text).meetings[0].items.flatMap(({ paragraphs }) => paragraphs.filter(({ isDecision }) => isDecision))).toEqual([]);
  });
});

describe('a motion moved, seconded "AND AGREED" (Irish councils)', () => {
  const text =
    'BALLYMORE COUNTY COUNCIL\n\nMinutes of the Ordinary Meeting held on Monday 7th October 2024 at 11.00 a.m.\n\n' +
    '1.  MINUTES OF THE ORDINARY MEETING HELD ON 2ND SEPTEMBER, 2024:\n\nProposed by Councillor D. Hale\n\nSeconded by Councillor M. Ives\n\nAND AGREED\n\n' +
    '“To confirm the Minutes of the Ordinary Meeting held on 2nd September, 2024.”\n\n2.  CORRESPONDENCE\n\nThe Cathaoirleach read a letter of thanks.\n';

  it('keeps the mover and seconder out of the item titles, in one paragraph, and reads the motion under "AND AGREED" as the decision', () => {
    const items = parse(text).meetings[0].items;
    expect(items.map(({ title }) => title)).toEqual(['MINUTES OF THE ORDINARY MEETING HELD ON 2ND SEPTEMBER, 2024', 'CORRESPONDENCE']);
    expect(items[0].paragraphs.map(({ text: words, isDecision }) => [words, isDecision])).toEqual([
      ['Proposed by Councillor D. Hale Seconded by Councillor M. Ives', false],
      ['AND AGREED “To confirm the Minutes of the Ordinary Meeting held on 2nd September, 2024.”', true],
    ]);
  });
});

describe('a motion as New Zealand and Canadian councils record it', () => {
  it('reads "Resolution" over the mover, seconder and "resolved", and the motion under them, as the decision', () => {
    const text =
      'Westvale District Council\n\nMinutes of the Ordinary Meeting held on Wednesday 4 December 2024 at 10.00am\n\n' +
      '6 Confirmation of Council Minutes\n\nResolution\n\nMoved Cr Hale, seconded Deputy Mayor Ives and resolved\n\n' +
      'That Council confirms the minutes of Council held on 23 October 2024 as a true and correct record.\n';
    expect(parse(text).meetings[0].items[0].paragraphs.map(({ isDecision }) => isDecision)).toEqual([true, true]);
  });

  it('reads a mover and seconder named without "by" before the outcome', () => {
    expect(isDecisionText('Proposed. Cllr Ann Hale, Seconded Cllr Tom Ives, all agreed.')).toBe(true);
  });

  it('keeps a paragraph after one closing with "RESOLVED" (a matter settled) its own', () => {
    const text = `${HEADER}4. Highways\n\n- The broken sign had been replaced. RESOLVED\n- Cllr Dowd asked about the potholes in Mill Lane.\n`;
    expect(turns(text).map(([speaker]) => speaker)).toEqual([null, 'Cllr Dowd']);
  });

  it('reads a Canadian councillor’s abbreviated title', () => {
    expect(speakerOf('Counc. Shea asked when the paving would be complete.')).toBe('Counc. Shea');
  });
});

describe('a parish officer named in lower case', () => {
  it.each([
    ['The clerk reported that the grass cutting contract had been renewed.', 'The Clerk'],
    ['The parish clerk read the letter from the county council.', 'The Parish Clerk'],
    ['The vice-chairman thanked everyone for attending.', 'The Vice-Chair'],
    ['The rfo presented the accounts for the year.', 'The RFO'],
  ])('reads "%s" as spoken by %s', (text, speaker) => {
    expect(speakerOf(text)).toBe(speaker);
  });

  it.each(['The clerk was asked to write to the landowner.', 'The clerk to write to Highways.'])('names no speaker in "%s"', (text) => {
    expect(speakerOf(text)).toBeNull();
  });

  it("leaves a numbered item's title run on before the clerk's words a heading, and the clerk the speaker of a paragraph so printed", () => {
    expect(speakerOf('Finance – The clerk presented the accounts for April.', false)).toBeNull();
    expect(turns(`${HEADER}4. Reports\n\nFinance – The clerk presented the accounts for April.\n`).map(([speaker]) => speaker)).toEqual(['The Clerk']);
  });
});

describe('more verbs of reported speech', () => {
  it.each([
    ['The Clerk shared that the audit had been completed.', 'The Clerk'],
    ['The Chief Executive announced that a member had resigned.', 'The Chief Executive'],
    ['The Treasurer detailed the payments to be authorised.', 'The Treasurer'],
    ['Members of the public voiced concern about lorries.', 'Members of the public'],
  ])('reads "%s" as spoken by %s', (text, speaker) => {
    expect(speakerOf(text)).toBe(speaker);
  });
});

describe('a leading clause without its comma', () => {
  it.each([
    ['In answer to a number of points Mr Hale said that the mill ran at night.', 'Mr Hale'],
    ['Following a query about the street lights Cllr Dowd confirmed that the lamps were on order.', 'Cllr Dowd'],
    ['With regard to the bus shelter Mrs Ives asked who owned it.', 'Mrs Ives'],
    ['On behalf of the committee Mr T Lamb stated that the fence would be mended.', 'Mr T Lamb'],
    ['When asked about parking the Chairman said it was in hand.', 'The Chair'],
    // A person inside the clause asked; the office after its comma answered.
    ['In response to a question Cllr Hale asked, the Clerk said that it was in hand.', 'The Clerk'],
  ])('reads "%s" as spoken by %s', (text, speaker) => {
    expect(speakerOf(text)).toBe(speaker);
  });

  it.each(['Following the resignation of Cllr. Ames no request for an election has been received.', 'With the agreement of the meeting the Chairman suspended Standing Orders.'])(
    'names no speaker in "%s"',
    (text) => {
      expect(speakerOf(text)).toBeNull();
    },
  );

  it('reads a label before a dash as no clause: the speaker is the first after it', () => {
    const text = `${HEADER}5. Records\n\nMissing documents – Cllr Dowd pointed out that papers had gone missing, Cllr Lamb said that she would store them, the Clerk pointed out that she scans them.\n`;
    expect(turns(text).map(([speaker]) => speaker)).toEqual(['Cllr Dowd']);
  });
});

describe('a person named with their post after a comma and no comma closing it', () => {
  it.each([
    ['Ann Lowe, Fenwick Police and Crime Commissioner presented the report to the Panel.', 'Ann Lowe'],
    ['B Marsh, Acting Police, Crime and Victims’ Commissioner provided the Panel with an update on recruitment.', 'B Marsh'],
    ['Carl Nunn, Partner, Dale & Co (Independent Legal Adviser) presented the draft rules of procedure.', 'Carl Nunn'],
  ])('reads "%s" as spoken by %s', (text, speaker) => {
    expect(describedSpeakerOf(text)).toBe(speaker);
  });

  it.each(['Hale, Ruiz and Dunn noted the report.', 'A Member, the Vice-Chair of the Authority noted the report.', 'Bus Shelter, Mill Lane - The Parish Clerk reported that the glass was broken.'])('names no one in "%s"', (text) => {
    expect(describedSpeakerOf(text)).toBeNull();
  });

  it('reads the post-holder after a run-in label in a paragraph', () => {
    const meeting = firstMeeting('Fenwick Police and Crime Panel\n\nMinutes of the meeting held on 7 March 2025\n\n4. Precept\n\nMinutes: Ann Lowe, Fenwick Police and Crime Commissioner presented the report to the Panel.\n');
    expect(paragraphStarting(meeting, 'Minutes: Ann Lowe')?.speaker).toBe('Ann Lowe');
  });
});

describe("a committee's notes of what each listed member said, the name and a dash before the words", () => {
  const text = [
    'Harbour Schools Planning Committee',
    '',
    'Minutes of the meeting held 14 March 2009',
    '',
    'Present:  Chair Ann Lowell, Vice-Chair Tom Briggs',
    '',
    'Others in attendance:  Rita Gould, Sam Ortiz and Lee Park',
    '',
    'Report from the Towns',
    '',
    'Rita Gould – The budget vote is set for Tuesday.  We hope for a quorum.',
    '',
    'Tom Briggs – Will the figures be ready by then?',
    '',
    'Ann Lowell – Yes.',
    '',
    'Sam Ortiz - Chairperson, Mrs. Hale, Mr. Dunn.',
  ].join('\n');

  it("reads each turn as the listed person's, but not a name before a list of people", () => {
    const meeting = firstMeeting(text);
    expect(['Rita Gould –', 'Tom Briggs –', 'Ann Lowell –', 'Sam Ortiz -'].map((start) => paragraphStarting(meeting, start)?.speaker)).toEqual(['Rita Gould', 'Tom Briggs', 'Ann Lowell', null]);
  });
});

describe("a council's members' questions with each turn under a label of its own", () => {
  it('gives the question, the reply and the supplementary question under "Reply" and "Supplementary question" a paragraph each, each to its speaker', () => {
    const text =
      'ASHMORE BOROUGH COUNCIL\n\nMinutes of the meeting of the Council held on Wednesday 8 November 2023\n\n12. MEMBERS’ QUESTIONS\n\nQuestion 1\n' +
      'Councillor Vale asked the Cabinet Member for Parks:\n"When will the play area at Mill Green reopen?"\n\nReply\n' +
      'Councillor Ross, Cabinet Member for Parks, replied that the new equipment would be installed in January.\n\nSupplementary question\n' +
      'Councillor Vale asked whether the toilets would reopen too.\n\nReply\nCouncillor Ross said that they would.\n\n13. CLOSE\n\nThe meeting closed at 9.10 pm.\n';
    const [questions] = parse(text).meetings[0].items;
    expect(questions.paragraphs.map(({ speaker }) => speaker)).toEqual(['Councillor Vale', 'Councillor Ross', 'Councillor Vale', 'Councillor Ross']);
  });
});
