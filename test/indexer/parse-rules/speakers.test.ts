// Who the parser credits with a paragraph: named members and officers, titles of many places (Hon., Bailie, Connétable,
// Chief), speakers after a leading clause, a time of day or an earlier minute, labelled questions and answers and
// transcript turns, first names, initials and surnames of listed people, reported speech (police ranks, offices with their
// holder between commas), clergy and peers, several of the public speaking together, and the bodies and passives that are
// nobody speaking. Each test parses a small document (or a sentence alone) invented in the style of real minutes, written
// for the test.
import { speakerOf } from '../../../indexer/parse/speakers/speakers';
import { ASHLEY_TOWN_HEADER_PRESENT, firstMeeting, FOOTPATHS_GROUP_MINUTES, forumMeeting, paragraphsOf, paragraphStarting, readText } from '../../helpers/parse-text';

describe('titles and leading clauses', () => {
  it.each([
    ['Hon. Otieno sought to know why the medicines had not been bought.', 'Hon. Otieno'],
    ['Bailie Lennox declared a non-financial interest in item 4.', 'Bailie Lennox'],
    ['Canon Harrow thanked the Treasurer for her work.', 'Canon Harrow'],
    ['Depute Provost Kerr asked whether the flood defences were complete.', 'Depute Provost Kerr'],
    ['In response, the Chief Financial Officer said that social work posts were excluded.', 'The Chief Financial Officer'],
    ['In response, Mr WONG Tak-wah said that surveys had been carried out.', 'Mr WONG Tak-wah'],
    ['In response, Mr. Mwenda stated that a fresh tender was needed.', 'Mr. Mwenda'],
    ['In respect of question 3, Councillor Ivers asked when the survey would be published.', 'Councillor Ivers'],
    ['On reconvening, the Chairman announced the Sub-Committee’s decision.', 'The Chair'],
    ['Upon returning to the meeting, the Legal Adviser read out the reasons.', 'The Legal Adviser'],
  ])('reads %j', (text, speaker) => {
    expect(speakerOf(text)).toBe(speaker);
  });
});

describe('an office after a leading clause that no comma closes', () => {
  it.each([
    ['In response to a query the Fire Commissioner commented that call-outs had fallen over the winter.', 'The Fire Commissioner'],
    ['Following a question from Cllr Okafor the Clerk confirmed that the verges had been cut.', 'The Clerk'],
    ['In answer to points from Members of the Panel the Head of Waste Services explained the new collection rounds.', 'The Head of Waste Services'],
    ['In reply to the Chairman the Treasurer to the Trust said that the accounts were with the examiner.', 'The Treasurer to the Trust'],
    ['In response to a question from the Treasurer Cllr Amin said that the reserves were sound.', 'Cllr Amin'],
  ])('reads %j', (text, speaker) => {
    expect(speakerOf(text)).toBe(speaker);
  });

  it('gives no speaker to a place or a body after the clause ("… the Borough wished to …", "… the Parish Council agreed …")', () => {
    expect(speakerOf('Following a letter from the Planning Manager setting out the changes the Borough wished to make, members discussed them.')).toBeNull();
    expect(speakerOf('Following a meeting with the Highways Officer the Parish Council agreed to write to the landowner.')).toBeNull();
  });
});

describe('speakers after a leading clause or named by first name', () => {
  it.each([
    ['Introducing the report, the Cabinet Member for Housing said that cases had fallen.', 'The Cabinet Member for Housing'],
    ['Speaking on behalf of the Federation, Ms Kelleher said that tenants wanted evening walkabouts.', 'Ms Kelleher'],
    ['During the discussion, Cllr Ames asked about the cost.', 'Cllr Ames'],
    ['According to Councillor Trask, tenants had reported that fans were off.', 'Councillor Trask'],
    ['Following the meeting in May the scheme was paused.', null],
  ])('finds the speaker of "%s"', (text, speaker) => {
    expect(speakerOf(text)).toBe(speaker);
  });

  it('credits a listed name after a leading clause, and an untitled member named by first name alone', () => {
    const text =
      'HALLERTON RESIDENTS ASSOCIATION\nCommittee minutes, 23 January 2025\n\nPresent: Gwen Arkwright (Chair), Kieran Walsh, Colin Stobbs\n\n' +
      '1. Repairs\nResponding to Colin Stobbs, Kieran Walsh confirmed that the surveyor had been booked.\n\nGwen said the hall would be painted in March.\n\nStobbs asked about the cost.\n\n2. Close\nClosed.\n';
    const speakers = firstMeeting(text).items[0].paragraphs.map((paragraph) => paragraph.speaker);
    expect(speakers).toEqual(['Kieran Walsh', 'Gwen Arkwright', 'Colin Stobbs']);
  });

  it('leaves a first name that two members share, or that is some member\'s surname, unread', () => {
    const text =
      'HALLERTON RESIDENTS ASSOCIATION\nCommittee minutes, 23 January 2025\n\nPresent: Gwen Arkwright (Chair), Gwen Ellis, Thomas Owen, Owen Price\n\n' +
      '1. Repairs\nGwen said the hall would be painted.\n\nOwen asked about the cost.\n\n2. Close\nClosed.\n';
    expect(firstMeeting(text).items[0].paragraphs.map((paragraph) => paragraph.speaker)).toEqual([null, 'Thomas Owen']);
  });
});

describe('speakers named by their initials', () => {
  it('credits a paragraph opened by initials to the one listed person with them, and reads no role from the initials', () => {
    const text = `HOLT LEISURE TRUST\nMinutes of the Board meeting held on 3 March 2025\n\nPresent:\nDr Helen Marsh (HM) – Chair\nKeith Ormerod (KO)\nKaren Oakes (KO)\n\n1. Welcome\nHM welcomed trustees.\nKO presented the report.\n`;
    const meeting = firstMeeting(text);
    expect(meeting.attendees.map(({ name, role }) => [name, role])).toEqual([
      ['Dr Helen Marsh', 'Chair'],
      ['Keith Ormerod', null],
      ['Karen Oakes', null],
    ]);
    // Two attendees share "KO": neither is credited.
    expect(meeting.items[0].paragraphs.map((paragraph) => paragraph.speaker)).toEqual(['Dr Helen Marsh', null]);
  });
});

describe('titles of Channel Islands and US officers', () => {
  it("names a Channel Islands parish's Deputy, Connétable and Centenier, and a US board's Clerk and Member, as speakers", () => {
    const meeting = firstMeeting(
      'PARISH OF ST LAWRENCE\nParish Assembly held on 22 January 2025\n\n1. Rates\nThe Connétable presented the report.\nDeputy Falle asked whether the Parish had applied for a grant.\nCentenier Le Cornu seconded the proposition.\nClerk Feld asked that the item be pulled.\nMember Amadi asked whether staff had been offered other posts.\n',
    );
    expect(paragraphStarting(meeting, 'The Connétable')?.speaker).toBe('The Connétable');
    expect(paragraphStarting(meeting, 'Deputy Falle')?.speaker).toBe('Deputy Falle');
    expect(paragraphStarting(meeting, 'Centenier')?.speaker).toBe('Centenier Le Cornu');
    expect(paragraphStarting(meeting, 'Clerk Feld')?.speaker).toBe('Clerk Feld');
    expect(paragraphStarting(meeting, 'Member Amadi')?.speaker).toBe('Member Amadi');
  });

  it('names a US councilor, titled as US minutes spell it, as a speaker, whether listed present or not', () => {
    expect(speakerOf('Councilor Tuttle asked whether the ramp could open at dawn.')).toBe('Councilor Tuttle');
    const meeting = firstMeeting('CITY OF LARKSPUR FALLS\nCITY COUNCIL MEETING\nMarch 11, 2024\n\nPresent: Mayor Ines Varga, Councilors Theo Brandt and Marta Quist\n\n1. PARKS\nCouncilor Quist noted that the path was flooded.\n\n2. ADJOURNMENT\nThe meeting ended.\n');
    expect(paragraphStarting(meeting, 'Councilor Quist')?.speaker).toBe('Councilor Quist');
    expect(meeting.attendees.map((attendee) => attendee.name)).toEqual(['Mayor Ines Varga', 'Councilor Theo Brandt', 'Councilor Marta Quist']);
  });

  it('names an officer before their surname who reviewed a report for the meeting, and no board that reviewed one', () => {
    expect(speakerOf('Director Pelletier reviewed the winter maintenance budget.')).toBe('Director Pelletier');
    expect(speakerOf('Town Planner Okafor summarized the three bids.')).toBe('Town Planner Okafor');
    expect(speakerOf('The Selectmen reviewed and signed the payroll manifest.')).toBeNull();
  });
});

describe("a chief's title", () => {
  it("does not read 'Chief Executive' as a chief's title", () => {
    const meeting = firstMeeting('FAIRVIEW DISTRICT\nBOARD OF COMMISSIONERS\nTuesday, April 9, 2024\n\n2. REPORT\nChief Executive reported on the budget.\n');
    expect(paragraphsOf(meeting)[0].speaker).not.toBe('Chief Executive');
  });
});

describe('speakers after a time of day, a label, or who they are', () => {
  it("reads the speaker and the decision after a time of day that opens an entry ('7.32pm Cllr Hale said …'), each timed line an entry", () => {
    const meeting = firstMeeting(
      'Ashcombe Parish Council\nMinutes of the meeting held on Monday 15 January 2024\n\n6. Planning\n7.32pm Cllr Hale said that the access was too narrow.\n7.36pm The Chair agreed.\n7.38pm Resolved to object on the grounds of highway safety.\n',
    );
    expect(paragraphsOf(meeting).map((paragraph) => [paragraph.text.slice(0, 12), paragraph.speaker, paragraph.isDecision])).toEqual([
      ['7.32pm Cllr ', 'Cllr Hale', false],
      ['7.36pm The C', 'The Chair', false],
      ['7.38pm Resol', null, true],
    ]);
  });

  it("reads the speaker after a 24-hour time, in brackets or not ('(19:40) The Clerk reported …', '19:45 Cllr Marr asked …')", () => {
    const meeting = firstMeeting('Ashcombe Parish Council\nMinutes of the meeting held on Monday 15 January 2024\n\n7. Finance\n(19:40) The Clerk reported on the accounts.\n19:45 Cllr Marr asked about the precept.\n');
    expect(paragraphsOf(meeting).map((paragraph) => paragraph.speaker)).toEqual(['The Clerk', 'Cllr Marr']);
  });

  it("reads the speaker after a 'Supplementary:' or 'Reply:' label", () => {
    const meeting = firstMeeting(
      'Kestrelford Borough Council\nMinutes of the meeting held on 17 July 2024\n\n31. Questions\n\nSupplementary: Mr Grange asked whether a second box could be free.\n\nReply: The Leader agreed that the figures would be reported.\n',
    );
    expect(paragraphsOf(meeting).map((paragraph) => paragraph.speaker)).toEqual(['Mr Grange', 'The Leader']);
  });

  it("gives a delegate named with no title but with who they are between commas the turn ('Kelly Dufresne, President of …, asked')", () => {
    const meeting = firstMeeting(
      'City of Lac-Vermilion\nRegular Meeting of Council\nMonday, March 25, 2024\n\n3. Delegations\nKelly Dufresne, President of the Minor Hockey Association, asked Council to keep the arena open.\n',
    );
    expect(paragraphsOf(meeting)[0].speaker).toBe('Kelly Dufresne');
  });

  it("gives an officer named by initial and surname with the post between commas the turn ('M. Dubois, Director of Finance, presented')", () => {
    const meeting = firstMeeting(
      'City of Lac-Vermilion\nRegular Meeting of Council\nMonday, March 25, 2024\n\n6. Staff Reports\nM. Dubois, Director of Finance, presented the operating budget.\n',
    );
    expect(paragraphsOf(meeting)[0].speaker).toBe('M. Dubois');
  });

  it("gives no speaker to a sentence about the douzaine ('The Douzaine raised no objection'), a body as a council is", () => {
    const meeting = firstMeeting('PARISH OF ST GERMAIN\n\nMINUTES OF THE MEETING OF THE DOUZAINE\nheld on Wednesday 7th February 2024\n\n3/24    PLANNING\nThe Douzaine raised no objection.\n');
    expect(paragraphsOf(meeting)[0].speaker).toBeNull();
  });
});

describe('a body named with its kind', () => {
  it('reads "The Parish Council agreed to …" and "The community council agreed to …" as decisions with no speaker', () => {
    const meeting = firstMeeting(
      'Ashcombe Parish Council\nMinutes of the meeting held on Monday 10 March 2025\n\n4. Planning\n\nThe Parish Council agreed to object on highway grounds.\n\nThe community council agreed to write to the owner.\n\nThe Licensing Sub-Committee resolved to grant the licence.\n',
    );
    expect(paragraphsOf(meeting).map((paragraph) => [paragraph.speaker, paragraph.isDecision])).toEqual([
      [null, true],
      [null, true],
      [null, true],
    ]);
  });

  it('gives no speaker to a body named with its kind ("The Planning Committee noted …", "The Youth Council asked …"), but keeps offices "of" or "to" a council', () => {
    const meeting = firstMeeting(
      'Ashcombe Parish Council\nMinutes of the meeting held on Monday 10 March 2025\n\n4. Reports\n\nThe Planning Committee noted the report.\n\nThe Youth Council asked for a new shelter.\n\nThe Clerk to the Council reported on the accounts.\n',
    );
    expect(paragraphsOf(meeting).map((paragraph) => [paragraph.speaker, paragraph.isDecision])).toEqual([
      [null, true],
      [null, false],
      ['The Clerk to the Council', false],
    ]);
  });

  it('opens a paragraph at "The Planning Committee noted …" under a line ending a sentence', () => {
    const meeting = firstMeeting('Ashcombe Parish Council\nMinutes of the meeting held on Monday 10 March 2025\n\n4. Reports\nThe Clerk reported on the accounts.\nThe Planning Committee noted the report.\n');
    expect(paragraphsOf(meeting).map((paragraph) => paragraph.text)).toEqual(['The Clerk reported on the accounts.', 'The Planning Committee noted the report.']);
  });
});

describe('verbs of reported speech', () => {
  it('credits an office with what it provided, extended, drew attention to, tabled or circulated', () => {
    const meeting = firstMeeting(
      'Ashcombe Parish Council\nMinutes of the meeting held on Monday 10 March 2025\n\n6. Reports\n\nThe Clerk provided an update on the grant.\n\nThe Cathaoirleach extended sympathy to the family of the late Mr Ivers.\n\nThe Locality Officer drew attention to the closure of Mill Lane.\n\nThe Clerk tabled a letter from the school.\n',
    );
    expect(paragraphsOf(meeting).map((paragraph) => paragraph.speaker)).toEqual(['The Clerk', 'The Cathaoirleach', 'The Locality Officer', 'The Clerk']);
  });

  it('reads the present tense some clerks write in, and a plural noun before a verb as no verb of speech', () => {
    const meeting = firstMeeting(
      'Ashcombe Parish Council\nMinutes of the meeting held on Monday 10 March 2025\n\n6. Reports\n\nThe Clerk explains that the grant has been paid.\n\nCllr Hale asks whether the bench can be moved.\n\nThe Quarterly Performance reports supported the annual assessment.\n\nThe Clerk\'s notes were circulated.\n',
    );
    expect(paragraphsOf(meeting).map((paragraph) => paragraph.speaker)).toEqual(['The Clerk', 'Cllr Hale', null, null]);
  });
});

describe('labelled turns', () => {
  it('files a turn labelled "Member:" as "A Member", as "A Member asked" is, and the answer under the office\'s label', () => {
    const meeting = firstMeeting(
      'Ashcombe Parish Council\nMinutes of the meeting held on Monday 10 March 2025\n\n7. Questions\n\nMember: Could the council write to the school about parking?\n\nClerk: Yes, a letter will go this week.\n',
    );
    expect(paragraphsOf(meeting).map((paragraph) => paragraph.speaker)).toEqual(['A Member', 'The Clerk']);
  });
});

describe('people done to', () => {
  it('gives no speaker to a person or office opening a passive ("Cllr Ewart was elected …", "The Chair was thanked …")', () => {
    const meeting = firstMeeting(
      'Ashcombe Parish Council\nMinutes of the Annual Meeting held on Monday 12 May 2025\n\n1. Election of Vice-Chair\n\nCllr Ewart was elected Vice-Chair, proposed by Cllr Dunstan.\n\nThe Chair was thanked for her work over the year.\n\nCllr Hale was concerned about the cost.\n',
    );
    expect(paragraphsOf(meeting).map((paragraph) => paragraph.speaker)).toEqual([null, null, 'Cllr Hale']);
  });

  it("gives no speaker to a person a resolution's clause appoints, nor to an entry of a list of apologies", () => {
    expect(speakerOf('(2.1) Councillor Nia Pryce be appointed Chair of the Panel for the coming year;')).toBeNull();
    expect(speakerOf('Councillor Owain Bevan, for whom Councillor Rhys Maddox was substitute;')).toBeNull();
    expect(speakerOf('Councillor Owain Bevan said that the figures were encouraging.')).toBe('Councillor Owain Bevan');
  });

  it('gives no speaker to who stood in, attended as a substitute or sent apologies', () => {
    expect(speakerOf('Councillor Rhys Maddox substituted for Councillor Owain Bevan.')).toBeNull();
    expect(speakerOf('Councillor Nia Pryce was attending her first meeting as substitute for Councillor Ivo Pascoe.')).toBeNull();
    expect(speakerOf('Cllr. Ivo Pascoe had sent his apologies for his late arrival.')).toBeNull();
  });
});

describe('an office and its abbreviation', () => {
  it('files "The Police and Crime Commissioner (PCC)" as the Commissioner, and gives "The Police and Crime Panel" no speaker', () => {
    expect(speakerOf('The Police and Crime Commissioner (PCC) introduced the report and explained the delay.')).toBe('The Commissioner');
    expect(speakerOf('The Director of Public Health (DPH) said that uptake had risen.')).toBe('The Director of Public Health');
    expect(speakerOf('The Police and Crime Panel considered a report setting out the changes.')).toBeNull();
  });
});

describe('the public named with whom they spoke for', () => {
  it('credits a speaker named with no title but with whom they represent or where they are from between commas', () => {
    const meeting = firstMeeting(
      'CITY OF OAKHAVEN\nCITY COUNCIL MEETING MINUTES\nMarch 4, 2025\n\n3. PUBLIC COMMENTS\n\nKaren Tate, representing the Downtown Business Association, expressed support for the parking study.\n\nJohn Hebden, of 12 Elm Road, asked about the meters.\n',
    );
    expect(paragraphsOf(meeting).map((paragraph) => paragraph.speaker)).toEqual(['Karen Tate', 'John Hebden']);
  });

  it('credits the person named after whom or how they spoke for ("Representing the applicant Chris Obern addressed …")', () => {
    const meeting = firstMeeting(
      'Minutes of the meeting of the Kell Planning Committee held on 4 March 2025.\n\nPresent: Councillor A Brown (Chairman), Councillor C Dent.\n\n1. Planning Application 25/P/0001/F\n\nRepresenting the applicant Chris Obern addressed the meeting speaking in support of the application.\n\nOn behalf of the objectors, Mr Dan Eyre addressed the Committee.\n\nSpeaking in objection, Mrs Fay Gold addressed the Committee.\n\nRepresenting the parish council, Councillor Hal Ives spoke against the application.\n',
    );
    expect(paragraphsOf(meeting).map((paragraph) => paragraph.speaker)).toEqual(['Chris Obern', 'Mr Dan Eyre', 'Mrs Fay Gold', 'Councillor Hal Ives']);
  });
});

describe('governors and trustees', () => {
  it('files "A governor asked …" as "A Governor" and "Governors challenged …" as "Governors", as "A Member" and "Members" are', () => {
    const meeting = firstMeeting(
      'Oakfield Primary School\nMinutes of the Full Governing Body meeting held on 5 February 2025\n\n4. Headteacher\'s report\n\nQ: A governor asked why persistent absence had risen.\n\nGovernors challenged whether the phonics target was realistic.\n\nA trustee queried the reserves.\n',
    );
    expect(paragraphsOf(meeting).map((paragraph) => paragraph.speaker)).toEqual(['A Governor', 'Governors', 'A Trustee']);
  });
});

describe('the clerk and the chairman named without "The"', () => {
  const minutes =
    'Minutes of Ashby Parish Council held on 3 March 2025 at the Village Hall.\n\nPresent: Cllr A Lowe (Chair) and Cllr B Marsh.\n\n' +
    '1. Declarations\nChairman asked for any declarations of interest.\n\n' +
    '2. Footpaths\nClerk reported that the stile at Mill Lane had been mended.\n\nClerk to write to the landowner about the hedge.\n\n' +
    'Clerk has received a complaint about the bridleway.\n\nVice Chairman thanked the volunteers who had cleared the path.\n';
  const speakers = () => firstMeeting(minutes).items.flatMap((item) => item.paragraphs.map((paragraph) => paragraph.speaker));

  it('speak when a verb of speech follows, and an action or a receipt is nobody speaking', () => {
    expect(speakers()).toEqual(['The Chair', 'The Clerk', null, null, 'The Vice-Chair']);
  });
});

describe('speakers after an earlier minute or moving a motion', () => {
  const item = (text: string) => firstMeeting(`Ballakilley Village Commissioners\nMinutes of the meeting held on Wednesday 12th February 2025\n\n1405.  MATTERS ARISING\n\n${text}\n`);

  it("reads the speaker after the earlier minute a paragraph opens with ('Min. 1391 (Bus shelter). The Clerk reported')", () => {
    expect(paragraphsOf(item('Min. 1391 (Bus shelter, Station Road). The Clerk reported that the glass would be replaced.'))[0].speaker).toBe('The Clerk');
  });

  it("reads an office moving a motion ('The Diocesan Secretary moved: …') as its speaker", () => {
    expect(paragraphsOf(item('The Diocesan Secretary moved: ‘That this Synod approve the budget.’'))[0].speaker).toBe('The Diocesan Secretary');
  });
});

describe('a turn opened by a clause naming what kind of turn it is', () => {
  it.each([
    'As a supplementary question, Councillor Bhatt asked whether the post would be funded next year.',
    'By way of a supplementary question, Councillor Bhatt asked whether the post would be funded next year.',
    'On a point of order, Councillor Bhatt asked whether the item had been published in time.',
  ])('names the speaker after the clause: %s', (turn) => {
    const meeting = firstMeeting(`Hartmoor Police and Crime Panel\nMinutes of the meeting held on Thursday 14 March 2024\n\nPresent: Councillor Sunita Bhatt, Councillor Rory Tennant\n\n1. Questions to the Commissioner\n\n${turn}\n`);
    expect(meeting.items[0].paragraphs.map((paragraph) => paragraph.speaker)).toEqual(['Councillor Bhatt']);
  });
});

describe('"Q (…):" / "A (…):" pairs', () => {
  it.each([
    ['Q (Mr Ashworth): When will the potholes be repaired?', 'Mr Ashworth'],
    ['Q (Cllr Hale): Will the Leader meet residents?', 'Cllr Hale'],
    ['A (Leader): Yes, next month.', 'The Leader'],
    ['Answer (Portfolio Holder for Housing): The scheme opens in May.', 'The Portfolio Holder for Housing'],
    ['A (Chair): The council has written to the operator.', 'The Chair'],
  ])('reads "%s" as said by %s', (text, speaker) => {
    expect(speakerOf(text)).toBe(speaker);
  });

  it.each([
    ['The Legal Adviser reminded members that each application must be decided on its merits.', 'The Legal Adviser'],
    ['The Head of Planning recommended approval.', 'The Head of Planning'],
    ['The Clerk warned that the reserves were low.', 'The Clerk'],
  ])('reads an officer who reminds, recommends or warns as speaking: "%s"', (text, speaker) => {
    expect(speakerOf(text)).toBe(speaker);
  });

  it('leaves brackets that name no one alone', () => {
    expect(speakerOf('A (see appendix 2): the figures were revised.')).toBeNull();
  });
});

describe('people speaking', () => {
  it('reads a transcript label of a listed name with an office in brackets', () => {
    const text =
      'Kestrel Vale Combined Authority\nTransport Scrutiny Committee – 9 April 2025\n\nMembers present: Carole Innes (Chair), Hugh Latchford OBE (Independent Member)\nGuests: Jennifer Holloway (Director of Transport)\n\n' +
      'Transcript of Item 5: Questions to the Director\n\nCarole Innes (Chair): Welcome, Director.\n\nJennifer Holloway (Director of Transport): Thank you.\n\nHugh Latchford OBE: Can I ask about fares?\n\nPlanning Applications (Appendix A): none were received.\n';
    const meeting = firstMeeting(text);
    expect(meeting.body).toBe('Kestrel Vale Combined Authority Transport Scrutiny Committee');
    expect(meeting.items.map(({ number, title }) => [number, title])).toEqual([['5', 'Questions to the Director']]);
    expect(meeting.attendees).toContainEqual({ name: 'Jennifer Holloway', role: 'Director of Transport', attendance: 'in attendance' });
    expect(meeting.items[0].paragraphs.map((paragraph) => paragraph.speaker)).toEqual(['Carole Innes', 'Jennifer Holloway', 'Hugh Latchford OBE', null]);
  });

  // After a leading clause, and questions and responses labelled with who asked and answered.
  it.each([
    ['In answer to a question from Councillor Tilley, Mr Kowal said that a door supervisor would be employed.', 'Mr Kowal'],
    ['In reply to a question, the Licensing Manager confirmed that no complaints had been made.', 'The Licensing Manager'],
    ['Supplementary question from Mr Price: Will it have a display?', 'Mr Price'],
    ['Question from Councillor Maria Ferreira to the Cabinet Member for Environment: What was the rate?', 'Councillor Maria Ferreira'],
    ['Response from Councillor Kwame Mensah: The rate was 46 per cent.', 'Councillor Kwame Mensah'],
    ['Response from the Leader of the Council (Councillor Peter Okoro): There were 2,914.', 'Councillor Peter Okoro'],
    ['Reply from Cllr Dee Hart: Yes.', 'Cllr Dee Hart'],
    ['Response: Yes, the display is part of the order.', null],
    ['Response from the public was positive: 300 replies came in.', null],
  ])('reads "%s" as said by %s', (text, speaker) => {
    expect(speakerOf(text)).toBe(speaker);
  });
});

describe('answers in a table of questions', () => {
  it('parts a row of paragraph cells, and names who answered by name or by office', async () => {
    const html =
      '<h1>Borough Council</h1><p>Date: 21 May 2025</p><h2>5. Questions</h2><table><tr><td>Question from Councillor Rebecca Hanley: How many households were in temporary accommodation?</td><td>Response from Councillor Tobias Ince, Cabinet Member for Housing: There were 187 households at 31 March.</td></tr><tr><td>Question from Mr Samuel Okoro: Will response times be published by district?</td><td>Response from the Commissioner: Yes, each quarter from July on the website.</td></tr></table>';
    const meeting = firstMeeting(await readText(html, 'minutes.html'), 'html');
    expect(paragraphStarting(meeting, 'Response from Councillor Tobias Ince')?.speaker).toBe('Councillor Tobias Ince');
    expect(paragraphStarting(meeting, 'Response from the Commissioner')?.speaker).toBe('The Commissioner');
    expect(paragraphStarting(meeting, 'Question from Mr Samuel Okoro')?.text).toBe('Question from Mr Samuel Okoro: Will response times be published by district?');
  });
});

describe('written questions and answers', () => {
  it("gives a 'Q1 from Cllr X to the Cabinet Member for Y' question its asker, and the 'Answer:' under it the member asked", () => {
    const meeting = firstMeeting(
      'COUNTY COUNCIL\nMinutes of the meeting held on 13 February 2025\n\n1. QUESTION TIME\n\nQ1 from Cllr Imran Baig to the Cabinet Member for Highways and Transport\n\nHow many potholes were repaired within 28 days?\n\nAnswer:\nOf 6,214 defects, 5,390 were repaired within 28 days.\n\nQ2 from Cllr Tessa Whitlock to the Leader of the Council\n\nWill the Leader write to the Minister?\n\nAnswer:\n\nYes, on 20 January.\n',
    );
    expect(paragraphsOf(meeting).map((paragraph) => [paragraph.text.slice(0, 12), paragraph.speaker])).toEqual([
      ['How many pot', 'Cllr Imran Baig'],
      ['Of 6,214 def', 'The Cabinet Member for Highways and Transport'],
      ['Will the Lea', 'Cllr Tessa Whitlock'],
      ['Yes, on 20 J', 'The Leader of the Council'],
    ]);
  });

  it('reads a question heading wrapped after its first line as one heading, the one asked named whole', () => {
    const meeting = firstMeeting(
      'COUNTY COUNCIL\nMinutes of the meeting held on 13 February 2025\n\n1. QUESTION TIME\n\nQ1 from Cllr Imran Baig to the Cabinet Member for Highways and\nTransport\n\nHow many potholes were repaired?\n\nAnswer:\nOf 6,214 defects, 5,390 were repaired.\n',
    );
    expect(paragraphsOf(meeting).map((paragraph) => paragraph.speaker)).toEqual(['Cllr Imran Baig', 'The Cabinet Member for Highways and Transport']);
  });

  it("gives the question under a 'Question from Mr X:' heading and a blank line its asker", () => {
    const meeting = firstMeeting('PARISH COUNCIL\nMinutes of the meeting held on 13 February 2025\n\n1. Public questions\n\nQuestion from Mr Tom Hale:\n\nWhy has the footpath been closed?\n');
    expect(paragraphsOf(meeting)[0].speaker).toBe('Mr Tom Hale');
  });
});

describe("a public question's asker and its answerer named on label lines of their own", () => {
  it('gives the question the asker a "Question:" line names with their address, and the answer the member a "Response:" line names', () => {
    const meeting = firstMeeting(
      [
        'Minutes of the meeting of the District Council held on 4 November 2010',
        '',
        '7. Public Open Forum',
        '',
        'Question:  Mr R. Toller, 21 Quarry Lane, Elmsworth',
        '',
        'To Councillor Ann Vickery, Leader:-',
        'Why has the weekly market been moved to the car park?',
        '',
        'Response: Councillor Mrs Ann Vickery',
        '',
        'Thank you for your question. Traders asked for the move.',
        '',
        'Response provided by Councillor Dev Sandhu:',
        '',
        'The car park has more space for stalls.',
      ].join('\n'),
    );
    expect(paragraphsOf(meeting).map((paragraph) => [paragraph.text.slice(0, 12), paragraph.speaker])).toEqual([
      ['To Councillo', 'Mr R. Toller'],
      ['Why has the ', 'Mr R. Toller'],
      ['Thank you fo', 'Councillor Mrs Ann Vickery'],
      ['The car park', 'Councillor Dev Sandhu'],
    ]);
  });

  it('gives the answer under "Reply from the Leader of the Council", alone on its line, that office', () => {
    const meeting = firstMeeting(
      'Minutes of the meeting of the Council held on 4 March 2024\n\n7. Questions from the Public\n\nQuestion from Mr Tom Hale\n\nWhen will the library reopen?\n\nReply from the Leader of the Council\n\nThe library will reopen in May.\n',
    );
    expect(paragraphsOf(meeting).map((paragraph) => paragraph.speaker)).toEqual(['Mr Tom Hale', 'The Leader of the Council']);
  });

  it('reads "Question: Mr Hale asked …" as the question, no label over it', () => {
    const meeting = firstMeeting('Minutes of the Cabinet held on 3 March 2025\n\n4. Questions\n\nQuestion: Mr Hale asked whether the bridge would reopen.\n');
    expect(paragraphsOf(meeting).map((paragraph) => paragraph.text)).toEqual(['Question: Mr Hale asked whether the bridge would reopen.']);
  });
});

describe('members and officers named with their office between commas or in brackets', () => {
  it.each([
    ['Councillor Fenn, Cabinet Member, Adult Social Care presented the report.', 'Councillor Fenn'],
    ['Councillor Dale, Chair, Audit Committee presented the annual report.', 'Councillor Dale'],
  ])('reads %j', (text, speaker) => {
    expect(speakerOf(text)).toBe(speaker);
  });

  it('credits a visitor "present at the meeting to give an update" with the update', () => {
    expect(speakerOf('Mr Ben Ashdown was present at the meeting to give an update on the broadband scheme.')).toBe('Mr Ben Ashdown');
  });

  it('credits an officer named with no title and their post in brackets', () => {
    const meeting = firstMeeting('Minutes of the Licensing Sub-Committee held on 3 March 2025\n\n4. Premises Licence Review\n\nKofi Mensah (Senior Licensing Officer) presented his report on the application.\n');
    expect(paragraphsOf(meeting)[0].speaker).toBe('Kofi Mensah');
  });

  it.each([
    'Dr. Mira Sen, Principal, Eastfield college of Arts Member',
    'Councillor Fenn, Councillor Dale and Councillor Ruiz attended the site visit.',
    'Mrs Vickery, could you tell me when the market will return?',
    'Mr Rook (Premises Licence holder) was present during the inspection.',
    'Cllr Tarrant was not present to update on this.',
  ])('credits no one with %j', (text) => {
    expect(speakerOf(text)).toBeNull();
  });
});

describe('a question labelled before its asker', () => {
  it("names the asker after 'Q.' as the answerer after 'A.' is named", () => {
    const meeting = firstMeeting('Minutes of the Cabinet held on 3 March 2025\n\n12. Housing Strategy\n\nQ. Councillor Amin asked whether the target included affordable homes.\nA. The Leader replied that 40% would be affordable.\n\n13. Close\nNone.\n');
    expect(meeting.items[0].paragraphs.map((paragraph) => paragraph.speaker)).toEqual(['Councillor Amin', 'The Leader']);
  });
});

describe('attendees listed without a title', () => {
  it('speak under their name as listed; a name no list gives is no speaker', () => {
    const paragraphs = firstMeeting(FOOTPATHS_GROUP_MINUTES).items[0].paragraphs;
    expect(paragraphs.map((paragraph) => paragraph.speaker)).toEqual(['Ken Tolley', 'Mary Osei', null]);
  });

  it("credits an unlisted name in a public comment item, where the public speak unlisted", () => {
    const meeting = firstMeeting(
      'CITY OF ORCHARD FALLS\nCITY COUNCIL MINUTES\nMarch 4, 2025\n\nPresent: Mayor Hale, Council Members Ruiz, Okoro and Lund\n\n' +
        '1. PUBLIC COMMENT\nDana Whitfield asked the Council to repaint the crosswalk on Oak Street.\n\nRoy Tamsin said the library hours were too short.\n\n' +
        '2. BUDGET\nGreg Hollins said the audit was complete.\n\n3. ADJOURNMENT\nThe meeting adjourned at 7:40 p.m.\n',
    );
    expect(meeting.items.slice(0, 2).map((item) => item.paragraphs.map((paragraph) => paragraph.speaker))).toEqual([['Dana Whitfield', 'Roy Tamsin'], [null]]);
  });
});

describe('people named without a title in minutes that list no one', () => {
  it('credits a forename and surname before a verb of speech, and no body, run-in title or passive', () => {
    const meeting = firstMeeting(
      'Minutes of the Harbour Users Forum held on 4 March 2025\n\n3. Moorings\n\nJane Corrie reported on the review of mooring fees. No members had objected.\n\n' +
        'Owen Pryce of Fernbay said the slipway was unsafe at low tide.\n\nHarbour Board agreed to repair the slipway.\n\nHighway Matters reported:\n\nParish Issues raised by email were noted.\n\n4. Close\nNone.\n',
    );
    expect(meeting.items[0].paragraphs.map((paragraph) => paragraph.speaker)).toEqual(['Jane Corrie', 'Owen Pryce', null, null, null]);
  });
});

describe("a forum's office-bearers listed under their office", () => {
  it("reads no turn of the office in its holder's name, and a chair's words under the label still the chair's", () => {
    const meeting = firstMeeting(
      'Minutes of the Riverside Community Forum Annual General Meeting held on 4 June 2025\n\n2. Office Bearers\n\nChair : Moira Dunn Vice chair : Rhona Baird\n\nTreasurer : Alan Kerr\n\nSecretary: Neil Dawson proposed that Alan Kerr continue.\n\nChair: Thank you all for coming tonight.\n\n3. Close\nNone.\n',
    );
    expect(meeting.items[0].paragraphs.map((paragraph) => paragraph.speaker)).toEqual([null, null, 'Neil Dawson', 'The Chair']);
  });
});

describe("a combined authority's mayor", () => {
  it('credits "Metro Mayor" and the name after it', () => {
    expect(speakerOf('Metro Mayor Joan Hale welcomed everybody to the Annual General Meeting of the Combined Authority.')).toBe('Metro Mayor Joan Hale');
  });
});

describe('a listed attendee named with the place they came from', () => {
  it('speaks under the listed name', () => {
    const meeting = firstMeeting(
      'Joint Schools Planning Committee\nMeeting held on Wednesday 7 May 2025 at 7.00 pm in the Library\n\nPresent: Ann Hale, Kath Ruiz, Tom Deane\n\n' +
        '3. Reports from the Towns\nKath Ruiz of Lamoine said the school board would meet on Monday.\nTom Deane from North Bay reported that the budget had passed.\n\n4. Close\nNone.\n',
    );
    expect(meeting.items[0].paragraphs.map((paragraph) => paragraph.speaker)).toEqual(['Kath Ruiz', 'Tom Deane']);
  });
});

describe('reported speech', () => {
  it.each([
    // A participle alone before its comma, as a leading clause.
    ['Responding, the Portfolio Holder for Finance said that the reserves were adequate.', 'The Portfolio Holder for Finance'],
    ['Replying, the Leader said that the bid had been submitted.', 'The Leader'],
    // Offices named with "to the" and with a number.
    ['The Clerk to the Council reported that the internal audit was complete.', 'The Clerk to the Council'],
    ['The Section 151 Officer confirmed that the budget was robust.', 'The Section 151 Officer'],
    // Police ranks as forces abbreviate them, acting and temporary ranks included.
    ['ACC Rowe advised that the force was recruiting 200 officers.', 'ACC Rowe'],
    ['DCC Mensah said that response times had improved.', 'DCC Mensah'],
    ['T/Supt Harris explained the new shift pattern.', 'T/Supt Harris'],
    ['A/Insp Cole reported two arrests in the town centre.', 'A/Insp Cole'],
    ['Ch Insp Dawes outlined the summer policing plan.', 'Ch Insp Dawes'],
    ['The Deputy Chief Constable, ACC Rowe, advised that the force was recruiting.', 'The Deputy Chief Constable'],
    // An office's holder named between commas, titled or not: the office speaks.
    ['The Town Clerk, Helen Forbes, reported that the precept had been received.', 'The Town Clerk'],
    ['The Head of Planning, Mark Stone, explained the scheme.', 'The Head of Planning'],
    // A clause of the debate before the speaker.
    ['In debate, Councillor Abbott said that the scheme was acceptable.', 'Councillor Abbott'],
    ['In the discussion, the Chair noted the late representations.', 'The Chair'],
    // A question numbered as it was put.
    ['Q1. Councillor Thornton-Ellis asked what progress had been made on rural crime.', 'Councillor Thornton-Ellis'],
    ['Question 3: Mr Obi asked about the use of stop and search.', 'Mr Obi'],
    // A police, fire and crime commissioner, filed as a police and crime commissioner is.
    ['The PFCC replied that a rural crime team was now in place.', 'The Commissioner'],
    ['The Police, Fire and Crime Commissioner said that the precept would rise.', 'The Commissioner'],
    // The members as a group, however named.
    ['Councillors asked whether the scheme was viable.', 'Members'],
    ['Committee Members questioned the level of the increase.', 'Members'],
  ])('reads "%s" as spoken by %s', (text, speaker) => {
    expect(speakerOf(text)).toBe(speaker);
  });

  it.each(['A14: The road was closed for resurfacing.', 'Councillors Smith and Jones asked about the car park.', 'T Smith said that the hedge was cut.', 'Responding to the consultation is optional.'])(
    'names no speaker in "%s"',
    (text) => {
      expect(speakerOf(text)).toBeNull();
    },
  );
});

describe('speakers', () => {
  it('names a listed member who speaks under their surname alone, with the title the list gives them', () => {
    const text = `${ASHLEY_TOWN_HEADER_PRESENT}1. Allotments\nDent said that two plots were vacant.\nFrost replied that both had been let.\n\n2. Close\nThe meeting closed at 9pm.\n`;
    expect(firstMeeting(text).items[0].paragraphs.map((paragraph) => [paragraph.text, paragraph.speaker])).toEqual([
      ['Dent said that two plots were vacant.', 'Councillor Dent'],
      ['Frost replied that both had been let.', 'Mrs Frost'],
    ]);
  });

  it('leaves a surname nobody listed, or one two people share, without a speaker', () => {
    const shared = ASHLEY_TOWN_HEADER_PRESENT.replace('Mrs E Frost (Clerk)', 'Mrs E Dent (Clerk)');
    const text = `${shared}1. Allotments\nDent said that two plots were vacant.\nMarsh said that she would take one.\n\n2. Close\nThe meeting closed at 9pm.\n`;
    expect(firstMeeting(text).items[0].paragraphs.map((paragraph) => paragraph.speaker)).toEqual([null, null]);
  });

  it('reads the asker of a question from the public and who answered it', () => {
    const text = `${ASHLEY_TOWN_HEADER_PRESENT}1. Questions from the public\nQuestion from Mr Peter Linley: When will the footpath be cleared?\nAnswer: The Chairman said that it would be cleared in May.\n\n2. Close\nThe meeting closed at 9pm.\n`;
    expect(firstMeeting(text).items[0].paragraphs.map((paragraph) => paragraph.speaker)).toEqual(['Mr Peter Linley', 'The Chair']);
  });

  it('reads no speaker from a name in the possessive', () => {
    const text = `${ASHLEY_TOWN_HEADER_PRESENT}1. Apologies\nApologies were received from Councillor G Hurst and Councillor K Lyle.\n\nCouncillor Lyle's reason (a family bereavement) was accepted.\n\nMr Ansell's agent said that the application would be withdrawn.\n\n2. Close\nThe meeting closed at 9pm.\n`;
    expect(firstMeeting(text).items[0].paragraphs.map((paragraph) => paragraph.speaker)).toEqual([null, null, null]);
  });
});

describe('clergy and peers, titled', () => {
  it.each([
    ['Father Doyle said that the parish hall would open as a warm space.', 'Father Doyle'],
    ['Fr Doyle reported that volunteers had come forward.', 'Fr Doyle'],
    ['Imam Khan said that the mosque would hold an open day in July.', 'Imam Khan'],
    ['Rabbi Stern thanked the forum for its support.', 'Rabbi Stern'],
    ['Pastor Obi welcomed the grant.', 'Pastor Obi'],
    ['Sister Bernadette asked about the food bank’s opening hours.', 'Sister Bernadette'],
    ['Baroness Hale said that the matter had been raised in the House.', 'Baroness Hale'],
  ])('reads "%s" as spoken by %s', (text, speaker) => {
    expect(speakerOf(text)).toBe(speaker);
  });

  it('keeps the title on a listed name, and a turn by the surname is that person’s', () => {
    const forum = forumMeeting(
      'Present: Councillor R Amis (Chair), Father Michael Doyle, Imam Yusuf Khan, Baroness Hale of Kirkby',
      'Father Doyle said that the parish hall would open as a warm space.',
    );
    expect(forum.attendees.map((attendee) => attendee.name)).toEqual(['Councillor R Amis', 'Father Michael Doyle', 'Imam Yusuf Khan', 'Baroness Hale of Kirkby']);
    expect(forum.items[0].paragraphs[0].speaker).toBe('Father Doyle');
  });
});

describe('a member’s office before their titled name', () => {
  it.each([
    ['Ward Member Cllr Fox reported that residents were worried about parking.', 'Cllr Fox'],
    ['Local Member Councillor Patel said that the junction was unsafe.', 'Councillor Patel'],
    ['Division Member Cllr Bell asked about the drainage scheme.', 'Cllr Bell'],
    ['Portfolio Holder Cllr Smith said that the policy supported the scheme.', 'Cllr Smith'],
    ['Cabinet Member for Housing and Planning Councillor Amin replied that the scheme was funded.', 'Councillor Amin'],
  ])('reads "%s" as spoken by %s', (text, speaker) => {
    expect(speakerOf(text)).toBe(speaker);
  });

  it.each([
    ['Lord Mayor Cllr Grant thanked members for attending.', 'The Lord Mayor'],
    ['Deputy Lord Mayor Cllr Fox reported on the civic visit.', 'The Deputy Lord Mayor'],
    ['Leader of the Council Cllr Fox said that the budget was balanced.', 'The Leader of the Council'],
  ])('reads "%s", an office one member holds, as spoken by the office (%s), as with its holder in brackets', (text, speaker) => {
    expect(speakerOf(text)).toBe(speaker);
  });

  it('names no one where no titled name follows the office', () => {
    expect(speakerOf('Ward Member briefings would be held monthly.')).toBeNull();
  });
});

describe('letters after a long name', () => {
  it.each([
    ['Mr P M Hill OBE DL said that the lieutenancy supported the scheme.', 'Mr P M Hill'],
    ['Mr P M Hill, OBE, said that he agreed.', 'Mr P M Hill'],
    ['Dr Anne-Marie de la Cruz MBE asked about youth club funding.', 'Dr Anne-Marie de la Cruz'],
    ['Dr Anne-Marie de la Cruz asked about youth club funding.', 'Dr Anne-Marie de la Cruz'],
  ])('reads "%s" as spoken by %s', (text, speaker) => {
    expect(speakerOf(text)).toBe(speaker);
  });

  it('takes no comma of a clause into the speaker', () => {
    expect(speakerOf('Cllr Fox, however, said that the budget was short.')).toBe('Cllr Fox');
  });
});

describe('several of the public, speaking together', () => {
  it.each([
    ['Two residents spoke against the application.', 'Residents'],
    ['Several members of the public asked about the traffic survey.', 'Members of the public'],
    ['Residents of Mill Lane objected to the loss of the hedgerow.', 'Residents of Mill Lane'],
    ['The objectors raised concerns about noise from the yard.', 'Objectors'],
    ['Three local residents addressed the committee.', 'Residents'],
  ])('reads "%s" as spoken by %s', (text, speaker) => {
    expect(speakerOf(text)).toBe(speaker);
  });

  it.each(['Residents were consulted in May.', 'Two residents’ letters were circulated.', 'Residents would welcome a new bench.'])('names no speaker in "%s"', (text) => {
    expect(speakerOf(text)).toBeNull();
  });

  it('still reads one of the public as before', () => {
    expect(speakerOf('A resident asked about the hedgerow.')).toBe('A resident');
  });
});

describe('a line saying who chaired', () => {
  it('names no speaker in "Mr A Lowe in the Chair", nor in the Mayor\'s, and still reads a turn after it', () => {
    const text = 'Minute of the meeting of the Kell Licensing Board held on Tuesday 4 March 2025 at 1.00pm.\n\nPresent:\n\nMr A Lowe, Mrs B Marsh and Mr C Nunn.\n\n1. Apologies for Absence\n\nMr A Lowe in the Chair\n\nThe Mayor (Councillor D Oates) in the Chair.\n\nMrs B Marsh reported that there were no apologies.\n';
    const meeting = firstMeeting(text);
    expect(paragraphStarting(meeting, 'Mr A Lowe in the Chair')?.speaker).toBeNull();
    expect(paragraphStarting(meeting, 'The Mayor (Councillor D Oates)')?.speaker).toBeNull();
    expect(paragraphStarting(meeting, 'Mrs B Marsh reported')?.speaker).toBe('Mrs B Marsh');
  });

  it('names no speaker where a member took, resumed or was in the Chair for some items, but does where they then speak', () => {
    const text =
      'Minutes of the meeting of the Fenwick Police and Crime Panel held on Friday 7 March 2025 at 10.00am.\n\nPresent:\n\nCouncillor A Lowe, Councillor B Marsh and Mr C Nunn.\n\n1. Election of Chair\n\nCouncillor B Marsh took the Chair.\n\nCouncillor A Lowe was in the Chair for all remaining items.\n\nCouncillor B Marsh resumed the Chair.\n\nCouncillor A Lowe took the Chair and thanked the Panel for its support.\n';
    const meeting = firstMeeting(text);
    expect(paragraphStarting(meeting, 'Councillor B Marsh took the Chair')?.speaker).toBeNull();
    expect(paragraphStarting(meeting, 'Councillor A Lowe was in the Chair')?.speaker).toBeNull();
    expect(paragraphStarting(meeting, 'Councillor B Marsh resumed the Chair')?.speaker).toBeNull();
    expect(paragraphStarting(meeting, 'Councillor A Lowe took the Chair and thanked')?.speaker).toBe('Councillor A Lowe');
  });
});

describe('a member proposed or seconded for an office', () => {
  it.each(['Mrs B Marsh was proposed by Mr C Nunn. This was seconded by Mr A Lowe.', 'Councillor Dee Hale was duly seconded as Vice-Chair.'])('names no speaker in %j', (text) => {
    expect(speakerOf(text)).toBeNull();
  });

  it('still reads the member who proposed', () => {
    expect(speakerOf('Mr C Nunn proposed Mrs B Marsh. This was seconded by Mr A Lowe.')).toBe('Mr C Nunn');
  });

  it('keeps each nomination on its line a paragraph of its own, with no speaker', () => {
    const meeting = firstMeeting(
      'Fenwick County Council\n\nMinutes of the Annual Meeting held on 6 June 2025\n\n1. Election of Chair\n\nCouncillor Ann Hale was proposed by Councillor Dee\nCouncillor Ben Nunn was proposed by Councillor Ruiz and seconded by Councillor Lowe. A vote was taken.\n\n2. Minutes\n\nThe minutes were approved.\n',
    );
    expect(paragraphsOf(meeting).map(({ text, speaker }) => [text.slice(0, 24), speaker])).toEqual([
      ['Councillor Ann Hale was ', null],
      ['Councillor Ben Nunn was ', null],
      ['The minutes were approve', null],
    ]);
  });
});

describe('"He" or "She" carrying on the turn before', () => {
  const speakersOf = (turns: string) =>
    paragraphsOf(firstMeeting(`${ASHLEY_TOWN_HEADER_PRESENT}1. Reports\n\n${turns}\n`)).map((paragraph) => [paragraph.speaker, paragraph.text.slice(0, 12)]);

  it("gives a paragraph opened by 'He' or 'She' and a verb of speech the speaker of the paragraph before", () => {
    expect(speakersOf('Councillor Dent reported that the play area had been inspected.\n\nShe also asked whether the fence could be painted before the summer.\n\nThe Chairman thanked the volunteers.\n\nHe then explained that the grant had been paid.')).toEqual([
      ['Councillor Dent', 'Councillor D'],
      ['Councillor Dent', 'She also ask'],
      ['The Chair', 'The Chairman'],
      ['The Chair', 'He then expl'],
    ]);
  });

  it('carries the turn of an office whose last word is plural after "of", as "The Director of Resources"', () => {
    expect(speakersOf('The Director of Resources reported on the budget.\n\nShe added that reserves were sound.')).toEqual([
      ['The Director of Resources', 'The Director'],
      ['The Director of Resources', 'She added th'],
    ]);
    expect(speakersOf('The Members of the Panel asked about the precept.\n\nHe said the figures were late.')[1]).toEqual([null, 'He said the ']);
  });

  it('carries no turn from a paragraph that names someone else, from a group, or from no one, nor into a pronoun without a verb of speech', () => {
    expect(speakersOf('The Chairman welcomed Inspector Moss to the meeting.\n\nHe reported that burglaries had fallen.')).toEqual([
      ['The Chair', 'The Chairman'],
      [null, 'He reported '],
    ]);
    expect(speakersOf('Members discussed the new bins.\n\nThe bins had arrived late.\n\nShe said the lids were broken.')).toEqual([
      [null, 'Members disc'],
      [null, 'The bins had'],
      [null, 'She said the'],
    ]);
    expect(speakersOf('Councillors asked about the verges.\n\nHe said they would be cut.')).toEqual([
      ['Members', 'Councillors '],
      [null, 'He said they'],
    ]);
    expect(speakersOf('Mrs Frost reported that the audit was done.\n\nShe would send the forms on Friday.')).toEqual([
      ['Mrs Frost', 'Mrs Frost re'],
      [null, 'She would se'],
    ]);
  });
});

describe('speakers told in the passive, a council\'s own officer, a lead petitioner, an office\'s announcements, and a substitution listed', () => {
  it.each([
    ['The report was presented by the Head of Planning Services.', 'The Head of Planning Services'],
    ['The draft Annual Plan report was presented by Dr Amara Ndlovu, Director of Public Health.', 'Dr Amara Ndlovu'],
    ['The Council’s Principal Licensing Officer summarised the application and the representations received.', 'The Principal Licensing Officer'],
    ['The lead petitioner addressed the Committee, noting the number of signatures collected.', 'The lead petitioner'],
    ['The following question was asked by Councillor Rhian Dee under Procedure Rule 12:', 'Councillor Rhian Dee'],
    ['The Mayor made the following announcements:', 'The Mayor'],
    ['The Leader of the Council made a statement on the flooding in Eastmere.', 'The Leader of the Council'],
  ])('reads %j', (text, speaker) => {
    const meeting = firstMeeting(`Fenwick District Council\n\nMinutes of the meeting of the Licensing Committee held on 9 May 2025\n\n4. Report\n\n${text}\n`);
    expect(paragraphStarting(meeting, text.slice(0, 20))?.speaker).toBe(speaker);
  });

  it('gives no speaker to a report presented by a body, a member listed as substitute for another, or arrangements made', () => {
    expect(speakerOf('Councillor Anne Pryce for Councillor Tom Hale; and Councillor Ben Ives for Councillor Rhian Dee.')).toBeNull();
    expect(speakerOf('The Clerk made arrangements for the hire of the hall.')).toBeNull();
    const noted = firstMeeting('Fenwick District Council\n\nMinutes of the meeting of the Cabinet held on 9 May 2025\n\n5. Public Questions\n\nThe Cabinet noted that public questions had been submitted by Mr Alan Rees and answered in writing.\n');
    expect(paragraphStarting(noted, 'The Cabinet noted')?.speaker).toBeNull();
    const meeting = firstMeeting('Fenwick District Council\n\nMinutes of the meeting of the Cabinet held on 9 May 2025\n\n4. Report\n\nThe report was presented by the Planning Committee.\n');
    expect(paragraphStarting(meeting, 'The report was')?.speaker).toBeNull();
  });
});

describe('a person named with the initials the minutes then use, in brackets', () => {
  it.each([
    ['Paddy Moran (PM) asked whether the contractors’ lorries kept to the 20mph limit.', 'Paddy Moran'],
    ['Ian Gale (IG), the Chief Finance Officer presented the report and noted a letter from a member.', 'Ian Gale'],
    ['John Eade (NCC) said that he had been working with the developer on the new access road.', 'John Eade'],
  ])('reads %j', (text, speaker) => {
    const meeting = firstMeeting(`Eastmere Parish Council\n\nMinutes of the meeting held on 9 May 2025\n\n4. Highways\n\n${text}\n`);
    expect(paragraphStarting(meeting, text.slice(0, 12))?.speaker).toBe(speaker);
  });

  it('gives no speaker to a name and its initials without a verb of speech', () => {
    const meeting = firstMeeting('Eastmere Parish Council\n\nMinutes of the meeting held on 9 May 2025\n\n4. Broadband\n\nSarah Lyle (CBS) has supplied notes on broadband, appended to these minutes.\n');
    expect(paragraphStarting(meeting, 'Sarah Lyle')?.speaker).toBeNull();
  });
});
