// Which paragraphs the parser marks as decisions: "RESOLVED" and its formal and reported forms, what a council, board,
// group or synod agreed, motions with their mover, seconder and vote (recorded votes, "CARRIED 4/2", "MOTION:" stated
// first), the parts of a resolution, and the sentences that only look like outcomes. Each test parses a small document
// (or a sentence alone) invented in the style of real minutes, written for the test.
import { isDecisionText } from '../../../indexer/parse/decisions/decisions';
import { ASHBY_MAGNA_HEADER, ASHLEY_TOWN_HEADER_PRESENT, CLOSE_ITEM, firstMeeting, HOLT_HEADER_PRESENT, itemsOf, MARLOW_HEIGHTS_HEADER, paragraphsOf, paragraphStarting } from '../../helpers/parse-text';

describe('how parish minutes word an outcome', () => {
  it.each([
    'Application 25/0412 for a garden room at Ash Cottage considered. Approved.',
    'b) PAYMENTS FOR AUTHORISATION – Approved',
    'Proposed; Ann Lowe, Seconded; Ben Marsh, carried.',
    'Cllr J Fenn was elected as Vice Chairman Resolved',
    'Approved and signed.',
    'Approved by R Dale and S Hart',
    'THE MINUTES of the previous meeting were read, approved and signed.',
    'The above payments were agreed and cheques duly signed.',
    'Payment of the annual hall hire was agreed and paid £120.00',
    'The schedule of payments totalling £3,104.75 was approved.',
    // A library board's run-together sentences: the report read and approved, the minutes approved with no verb.
    "Treasurer's report was read and approved.Motion by Walt and seconded by Ines.",
    'Correction: Ines was present in February.Motion by Ines and seconded by Rudy.Minutes approved as corrected.',
    // A Jamaican parish council's confirmation, "St." in the council's name.
    'The minutes of the Regular Monthly Meeting of the St. Luke Parish Council held on May 9, 2024, having been circulated were confirmed on the motion of Councillor Dyer and seconded by Councillor Reid.',
    'The motion was proposed by Councillor Daly and seconded by Councillor Roche. The motion was agreed.',
    'The minutes of the meeting held on 07.04.25 were approved and signed.',
    'The amendment was not carried.',
    'Two motions were proposed, seconded and passed unanimously.',
    'The notes of the last meeting were, unanimously, approved as a true record.',
    'It was, unanimously, agreed for the Secretary to write to the tenants.',
    'Ruth moved to pay the bills. Omar seconded. Bills were approved as presented.',
    'Agreed, subject to one change to paragraph 4(b).',
    'The board agreed that both applications should be accepted.',
    'The Court approved the revised terms of reference of the Estates Committee.',
  ])('reads "%s" as a decision', (text) => {
    expect(isDecisionText(text)).toBe(true);
  });

  it.each([
    'Payments to the contractor would be considered next month.',
    'The Clerk said the drainage problem had not yet been resolved.',
    'Mrs Hale asked whether the hall could open on Sundays. Agreed.',
  ])('leaves "%s" no decision (the last, a question and its answer, the asker\'s)', (text) => {
    expect(isDecisionText(text)).toBe(false);
  });
});

describe('minutes written in the present tense', () => {
  it.each([
    'It is resolved that the Clerk writes to the highways authority.',
    'The minutes of the meeting held on 3 March are approved as a true record.',
    'The Committee agrees to object to the application on highway grounds.',
    'Members discuss the quotes for the bench. The Council agrees to accept the lower quote.',
    'Cllr Vale proposes a site visit; seconded by Cllr Nowak, all agree.',
    'The motion is carried.',
  ])('reads "%s" as a decision', (text) => {
    expect(isDecisionText(text)).toBe(true);
  });

  it('leaves a motion worded for the committee to pass ("that the committee resolves to …") undecided', () => {
    expect(isDecisionText('Motion to exclude the press and public: that the committee resolves to exclude the public for item 9.')).toBe(false);
  });
});

describe('formal and reported forms', () => {
  it.each([
    'Resolved, That the Committee inquire into rural bus services.',
    'Ordered, That the Chair make the Report to the House.',
    'The Committee confirmed the minutes of the eleventh meeting without amendment.',
    'President Alvarez proposed a date for the annual meeting. The Board agreed to send the notice by March 25.',
  ])('reads %j as a decision', (text) => {
    expect(isDecisionText(text)).toBe(true);
  });

  it('leaves a finding the body agreed after a declaration, and "The Committee confirmed that …", undecided', () => {
    expect(isDecisionText('Mr Mistry declared that his wife is a pharmacist. The Board agreed that this was not a conflict.')).toBe(false);
    expect(isDecisionText('The Committee confirmed that it had received the letter.')).toBe(false);
  });
});

describe('a resolution\'s label alone on its line', () => {
  it('reads "RESOLVED THAT:" in capitals over the resolution as its label, the decision being the text under it, no speech', () => {
    const meeting = firstMeeting(`${HOLT_HEADER_PRESENT}1. Election of Chairman\n\nRESOLVED THAT:\n\nCouncillor Ann Bell take the Chair for the meeting.\n\n2. Exclusion of the Public\n\nRESOLVED THAT:\n\nThe press and public be excluded for the next item.${CLOSE_ITEM}`);
    const chair = paragraphStarting(meeting, 'RESOLVED THAT: Councillor Ann Bell');
    expect([chair?.isDecision, chair?.speaker]).toEqual([true, null]);
    expect(paragraphStarting(meeting, 'RESOLVED THAT: The press')?.isDecision).toBe(true);
  });
});

describe('labels and sentences after other sentences', () => {
  it('reads an "Agreed:" label after the sentence before it as a decision, and starts a paragraph at it', () => {
    expect(isDecisionText('The group discussed the field. Agreed: the field to be kept on the list.')).toBe(true);
    const text = `${ASHBY_MAGNA_HEADER}1. Green spaces\nCllr Rowe presented the draft assessments of the six candidate green spaces and the evidence gathered for each.\nAgreed: the field to be kept on the list.\n\n2. Close\nClosed.\n`;
    expect(firstMeeting(text).items[0].paragraphs.map((paragraph) => [paragraph.isDecision, paragraph.speaker])).toEqual([[false, 'Cllr Rowe'], [true, null]]);
  });

  it('reads "The council resolved to …" after other sentences as a decision', () => {
    expect(isDecisionText('Barn conversion, Crabtree Farm: the access is on a bend. The council resolved to object on highway safety grounds.')).toBe(true);
    expect(isDecisionText('The council had resolved nothing on the matter.')).toBe(false);
  });
});

describe('decisions of a group', () => {
  it.each([
    ['The group agreed to keep the field in the draft plan.', true],
    ['The Steering Group agreed that the survey should close in May.', true],
    ['The group of residents asked for a meeting.', false],
  ])('reads "%s" as a decision: %s', (text, decision) => {
    expect(isDecisionText(text)).toBe(decision);
  });
});

describe('"The meeting resolved:"', () => {
  it('reads "The meeting resolved:" as a decision', () => {
    expect(firstMeeting(`${MARLOW_HEIGHTS_HEADER}1. Accounts\n\nThe meeting resolved: that the accounts be adopted.\n`).items[0].paragraphs[0].isDecision).toBe(true);
  });
});

describe('outcomes with their vote', () => {
  it('reads "The recommendation was approved by 5 votes to 2." as a decision, as "… was approved." is', () => {
    const meeting = firstMeeting('Ashcombe Parish Council\nMinutes of the meeting held on Monday 10 March 2025\n\n5. Grants\n\nThe recommendation was approved by 5 votes to 2.\n\nThe grant was agreed by a majority.\n');
    expect(paragraphsOf(meeting).map((paragraph) => paragraph.isDecision)).toEqual([true, true]);
  });
});

describe("a township board's votes", () => {
  it('reads a vote named by how it was taken, and a motion named by what it was to do, as decisions', () => {
    const meeting = firstMeeting(
      'Harlow Township\nMay 6, 2025 Minutes\n\nMotion made by DF to accept the agenda, 2nd by GI. Vote role/voice carried.\n\nMotion by AK to pay the bills, 2nd by DF. Voice vote carried.\n\nMotion to adopt R 2025-4 made by AK, 2nd by GI. Motion to adopt carries 3-0.\n\nThe vote on the levy will be carried over to June.\n',
    );
    expect(paragraphsOf(meeting).map((paragraph) => paragraph.isDecision)).toEqual([true, true, true, false]);
  });
});

describe('outcomes after discussion', () => {
  it('reads "Following discussion, the Board APPROVED …" as a decision, as "… the Board approved …" is', () => {
    const meeting = firstMeeting('Brook Valley Housing Trust\nMinutes of the Board meeting held on 27 January 2025\n\n4. Rents\n\nFollowing discussion, the Board APPROVED a rent increase of 2.7%.\n');
    expect(paragraphsOf(meeting)[0].isDecision).toBe(true);
  });
});

describe('Scottish forms of a decision', () => {
  it('reads "… the motion was declared carried." and "Thereafter, the Committee agreed to:" with its parts as decisions', () => {
    const meeting = firstMeeting(
      'Glenmoray Council\nMinutes of the meeting of the Audit Committee held on 11 March 2025\n\n2. SCHOOL ESTATE\n\nCouncillor Quigley moved the recommendations. There being no amendment, the motion was declared carried.\n\nThereafter, the Committee agreed to:\n\n(i) approve the strategy; and\n\n(ii) note the timetable.\n',
    );
    expect(paragraphsOf(meeting).map((paragraph) => paragraph.isDecision)).toEqual([true, true, true, true]);
  });
});

describe("the body's own word for itself", () => {
  const item = (text: string) => firstMeeting(`Ballakilley Village Commissioners\nMinutes of the meeting held on Wednesday 12th February 2025\n\n1407.  PLANNING\n\n${text}\n`);

  it.each([
    ['The Commissioners resolved', '25/00041/C – Change of use to café. The Commissioners resolved to support the application.'],
    ['The Synod resolved', 'The paper was debated at length. The Synod resolved that the budget be approved.'],
    ["'Council agreed to …' after a sentence, with no 'The'", 'Ms Bellamy asked that the meeting be moved. Council agreed to meet on 10 December instead.'],
    ["'The motion as amended PASSED'", 'Vote: For 8, Against 0, Abstain 1. The motion as amended PASSED.'],
  ])('reads %s as a decision', (_, text) => {
    expect(paragraphsOf(item(text))[0].isDecision).toBe(true);
  });
});

describe('an outcome sentence with its proposer and seconder in brackets', () => {
  it('opens a decision of its own on the line under a report, as "The accounts were adopted." does', () => {
    const meeting = firstMeeting(
      'Fernley Bowls Club\n\nMinutes of the Annual General Meeting held on Friday 7 March 2025\n\nPresent: Jo Hart (Chair), Sam Lee (Treasurer)\n\n1. Accounts\n' +
        'Sam Lee presented the accounts for 2024, showing a surplus of £412.\nThe accounts were adopted (proposed Jo Hart, seconded Ann Cole).\n',
    );
    expect(meeting.items[0].paragraphs.map((paragraph) => [paragraph.text, paragraph.isDecision])).toEqual([
      ['Sam Lee presented the accounts for 2024, showing a surplus of £412.', false],
      ['The accounts were adopted (proposed Jo Hart, seconded Ann Cole).', true],
    ]);
  });
});

describe('unanimous agreement and all in favour in parish minutes', () => {
  it('reads "Unanimously agreed", "Carried unanimously" and "all in favour that …" as decisions, not a closing "All in favour."', () => {
    const meeting = firstMeeting(
      'BRAMBLEFORD PARISH COUNCIL\nWednesday 2nd April 2025\n\n1. Finance\nCllr Pennington proposed the quote, seconded Cllr Okonjo. Unanimously agreed.\n\nProposed Cllr Ashworth, seconded Cllr Reynolds. Carried unanimously.\n\nProposed Cllr Reynolds, seconded Cllr Szabo, all in favour that the minutes be signed.\n\n2. Precept\nCllr Pascoe proposed, and Cllr Baptiste seconded, that the precept remain at £14,500. All in favour.\n',
    );
    expect(paragraphsOf(meeting).map((found) => found.isDecision)).toEqual([true, true, true, false]);
  });

  it('reads a closing "All agreed" after a proposal as a decision, not "all agreed" inside a sentence of what members thought', () => {
    const meeting = firstMeeting(
      'BRAMBLEFORD PARISH COUNCIL\nWednesday 2nd April 2025\n\n1. Finance\nClerk to order two litter bins. Prop AB, 2nd CD, All agreed.\n\n' +
        'The hedge by the pond should be cut back before the nesting season, all agreed.\n\nAll agreed to meet again on 7th May.\n\n' +
        'Members all agreed that the new noticeboard looked smart.\n',
    );
    expect(paragraphsOf(meeting).map((found) => found.isDecision)).toEqual([true, true, true, false]);
  });
});

describe('agreement and carried motions in parish minutes', () => {
  it('reads "Councillors agreed to …", "Agreed." alone and "This was carried." as decisions, and not work "carried out"', () => {
    const meeting = firstMeeting(`HOLLOWAY PARISH COUNCIL\nMinutes of the meeting held on Monday 3rd March 2025\n\n1. Benches\nCouncillors agreed to replace the bench.\n\nAgreed.\n\nIt was proposed by Cllr Smith and seconded by Cllr Jones that the bench be replaced. This was carried.\n\nCllr Smith asked whether repairs were carried out in time.\n\n2. Close\nClosed.\n`);
    expect(meeting.items[0].paragraphs.map((found) => found.isDecision)).toEqual([true, true, true, false]);
  });
});

describe('RECOMMENDED, and motions approved after their mover', () => {
  it('reads RECOMMENDED, a motion approved after its mover and seconder, and not a motion that something be approved', () => {
    const meeting = firstMeeting(
      'SANGGUNIANG BAYAN\n\nMINUTES OF THE 12TH REGULAR SESSION OF THE SANGGUNIANG BAYAN OF SAN ISIDRO HELD ON MONDAY, MARCH 17, 2025.\n\nPRESENT:\nHon. Ramon Villareal    Presiding Officer\n\nI. NEW BUSINESS\nOn motion of Hon. Alcantara, duly seconded by Hon. Catapang, the body approved the ordinance.\n\nBailie Galbraith, seconded by Councillor Petrie, moved that the budget be approved.\n\nRECOMMENDED to Council that the plan be approved.\n\nII. ADJOURNMENT\nThe session was adjourned.\n',
    );
    expect(meeting.body).toBe('Sangguniang Bayan of San Isidro');
    expect(meeting.attendees[0].role).toBe('Chair');
    expect(paragraphStarting(meeting, 'On motion of Hon. Alcantara')?.isDecision).toBe(true);
    expect(paragraphStarting(meeting, 'Bailie Galbraith')?.isDecision).toBe(false);
    expect(paragraphStarting(meeting, 'RECOMMENDED to Council')?.isDecision).toBe(true);
  });
});

describe('decisions and votes', () => {
  it('reads the outcomes an assembly, a board and a small group record', () => {
    const meeting = firstMeeting(
      'PARISH ASSEMBLY\nHeld on 22 January 2025\n\n1. Business\nThe Assembly APPROVED the rates for 2025.\n\nThe Committee DISCUSSED and NOTED the paper.\n\nAgreed as a true record.\n\nMartin reported that two sites were available. The group agreed to ask for an assessment.\n\nThe Board discussed and noted the paper.\n',
    );
    const decided = (start: string) => paragraphStarting(meeting, start)?.isDecision;
    expect([decided('The Assembly'), decided('The Committee'), decided('Agreed as'), decided('Martin reported'), decided('The Board')]).toEqual([true, true, true, true, false]);
  });

  it("ends a motion at its line's 'LOST 2/4' or 'CARRIED 4/2', so the next motion is a paragraph of its own", () => {
    const meeting = firstMeeting(
      'KURRAJONG VALE COUNCIL\nMeeting held on 18 February 2025\n\n1. Quarry\nMoved Cr Abernethy, Seconded Cr Tan. That Council approve DA 2024/118. LOST 2/4\nMoved Cr Nguyen, Seconded Cr Hollings. That Council refuse DA 2024/118. CARRIED 4/2\nCr Kovac returned to the chamber at 7.40pm.\n',
    );
    expect(paragraphsOf(meeting).map((found) => [found.text.slice(0, 20), found.isDecision])).toEqual([
      ['Moved Cr Abernethy, ', false],
      ['Moved Cr Nguyen, Sec', true],
      ['Cr Kovac returned to', false],
    ]);
  });

  it("reads 'ROLL CALL: Ayes: …' as the vote on the motion above, and 'Ordinance No. X adopted 6-0' as a decision", () => {
    const meeting = firstMeeting(
      'CITY OF CEDAR BLUFF\nCITY COUNCIL\nApril 8, 2025\n\nCALL TO ORDER: The meeting opened at 7 p.m.\n\nAPPROVAL OF MINUTES: Mr. Kowalski moved to approve the minutes.\nROLL CALL: Ayes: Kowalski, Ferraro. Nays: None. Ordinance No. 2025-14 adopted 6-0.\n\nREPORTS: The Mayor reported on brush pickup.\n\nADJOURNMENT: The meeting closed.\n',
    );
    expect(itemsOf(meeting).map(([, found]) => found)).toEqual(['CALL TO ORDER', 'APPROVAL OF MINUTES', 'REPORTS', 'ADJOURNMENT']);
    expect(meeting.items[1].decisions[0]).toContain('Ordinance No. 2025-14 adopted 6-0.');
  });
});

describe('a numbered council resolution under a title in capitals', () => {
  it('reads a numbered council resolution under a title in capitals as the decision, not more of the title', () => {
    const text = `KELL SHIRE COUNCIL\nMinutes of the Ordinary Council Meeting held on 3 March 2025\n\n3      CONFIRMATION OF MINUTES\nCOUNCIL RESOLUTION  OCM 25/041\nMoved:     Cr Pike\nSeconded:  Cr Vos\nThat the Minutes of 4 February 2025 be confirmed.\nCARRIED 4/0${CLOSE_ITEM}`;
    const [item] = firstMeeting(text).items;
    expect(item.title).toBe('CONFIRMATION OF MINUTES');
    expect(item.paragraphs.some((paragraph) => paragraph.isDecision && paragraph.text.includes('That the Minutes of 4 February 2025 be confirmed'))).toBe(true);
  });
});

describe('numbered recommendations under a resolution', () => {
  it('reads "Recommendation 1:" paragraphs under an open resolution as its parts, and alone as no decision', () => {
    const text =
      `${HOLT_HEADER_PRESENT}1. Task group report\nRESOLVED that the following recommendations be made to the Cabinet:\n\nRecommendation 1: that the hubs be extended.\n\n` +
      'Recommendation 2: that figures be published each term.\n\n2. Work programme\nRecommendation 3: that the programme be noted.\n';
    const [first, second] = firstMeeting(text).items;
    expect(first.paragraphs.map((paragraph) => paragraph.isDecision)).toEqual([true, true, true]);
    expect(second.paragraphs.map((paragraph) => paragraph.isDecision)).toEqual([false]);
  });
});

describe('a motion stated before its mover', () => {
  it("keeps a motion stated first ('MOTION: …') with the 'Moved by:', 'Seconded by:' and 'Vote:' lines under it, one decision", () => {
    const meeting = firstMeeting(
      'RIVERBEND WATER DISTRICT\nMINUTES OF THE REGULAR MEETING OF THE BOARD OF DIRECTORS\nWednesday, March 13, 2024\n\n3. CONSENT CALENDAR\nMOTION: Approve the Consent Calendar as presented.\nMoved by: Director Navarro\nSeconded by: Director Ahn\nVote: 4-0 (Brannigan absent)\n',
    );
    expect(paragraphsOf(meeting).map((paragraph) => [paragraph.text, paragraph.isDecision])).toEqual([
      ['MOTION: Approve the Consent Calendar as presented. Moved by: Director Navarro Seconded by: Director Ahn Vote: 4-0 (Brannigan absent)', true],
    ]);
  });
});

describe('recorded votes and outcomes', () => {
  it("keeps a recorded vote set as 'YEAS      NAYS' columns, and its 'CARRIED (3 to 1)', with the motion: one decision", () => {
    const meeting = firstMeeting(
      'CITY OF LAC-VERMILION\nREGULAR MEETING OF COUNCIL\nMonday, March 25, 2024\n\n4. REPORTS\nResolution C-2024-082\nMoved: Councillor Hryniuk\nSeconded: Councillor Bains\nTHAT Bylaw No. 2024-11 be given third reading.\nRecorded Vote:\nYEAS                NAYS\nMayor Gauthier      Councillor Kowalchuk\nCouncillor Hryniuk\nCARRIED (2 to 1)\n',
    );
    expect(paragraphsOf(meeting).map((paragraph) => paragraph.isDecision)).toEqual([true]);
    expect(paragraphsOf(meeting)[0].text).toMatch(/^Resolution C-2024-082 .* THAT Bylaw .* CARRIED \(2 to 1\)$/);
  });

  it('keeps every row of a recorded vote in columns with its motion, however many rows give two names', () => {
    const meeting = firstMeeting(
      'CITY OF LAC-VERMILION\nREGULAR MEETING OF COUNCIL\nMonday, April 8, 2024\n\n5. BYLAWS\nResolution C-2024-097\nMoved: Councillor Bains\nSeconded: Councillor Oduya\nTHAT Bylaw No. 2024-14 be given first reading.\nRecorded Vote:\nYEAS                NAYS\nMayor Gauthier      Councillor Kowalchuk\nCouncillor Bains    Councillor Reyes\nCouncillor Oduya\nCARRIED (3 to 2)\n',
    );
    expect(paragraphsOf(meeting).map((paragraph) => paragraph.isDecision)).toEqual([true]);
    expect(paragraphsOf(meeting)[0].text).toMatch(/Councillor Bains Councillor Reyes Councillor Oduya CARRIED \(3 to 2\)$/);
  });

  it("reads 'CARRIED (5 to 2)' alone under a motion as its outcome", () => {
    const meeting = firstMeeting('CITY OF LAC-VERMILION\nREGULAR MEETING OF COUNCIL\nMonday, March 25, 2024\n\n4. REPORTS\nCouncillor Hryniuk moved that the bylaw be given third reading.\n\nCARRIED (5 to 2)\n');
    expect(paragraphsOf(meeting).map((paragraph) => [paragraph.text, paragraph.isDecision])).toEqual([['Councillor Hryniuk moved that the bylaw be given third reading. CARRIED (5 to 2)', true]]);
  });

  it("keeps 'MOVED BY:' and 'SECONDED BY:' in capitals under a motion stated first, and reads a fire chief ('Chief Tully reported') as a speaker", () => {
    const meeting = firstMeeting(
      'FAIRVIEW FIRE PROTECTION DISTRICT\nBOARD OF COMMISSIONERS\nTuesday, April 9, 2024\n\n2. APPARATUS\nChief Tully reported that Engine 61 had failed its pump test.\nMOTION: To order a replacement engine.\nMOVED BY: Commissioner Bose\nSECONDED BY: Commissioner Kimura\nVOTE: 3-0\n',
    );
    expect(paragraphsOf(meeting).map((paragraph) => [paragraph.speaker, paragraph.isDecision])).toEqual([
      ['Chief Tully', false],
      [null, true],
    ]);
  });
});

describe('a motion under its mover', () => {
  it('keeps "That the Local Board:" under the "MOVED by …, seconded by …:" of a numbered resolution in the decision', () => {
    const text = 'Kaiwaka Local Board\n\nMinutes of the meeting held on Wednesday, 19 February 2025\n\n## 2 Apologies\n\nResolution number KW/2025/11\nMOVED by Chairperson T Ruru, seconded by Member A Tane:\n\nThat the Kaiwaka Local Board:\n\na) accept the apology from Member D Xu.\n\nCARRIED\n';
    const meeting = firstMeeting(text, 'markdown');
    expect(paragraphsOf(meeting).map((paragraph) => paragraph.isDecision)).toEqual([true, true, true]);
  });

  it('keeps a resolution quoted under "Proposed by …, Seconded by …, and RESOLVED:" in the decision', () => {
    const text =
      'Carrowdale County Council\nMinutes of the ordinary meeting held on Monday 9th October 2023\n\n3. DISPOSAL OF LAND AT DRUMLEA\n' +
      'Proposed by Cllr. Hanley, Seconded by Cllr. Boyce, and RESOLVED:\n\n"That Carrowdale County Council approves the disposal of 0.2 hectares at Drumlea."\n\nThis concluded the business of the meeting.\n';
    expect(paragraphsOf(firstMeeting(text)).map((paragraph) => paragraph.isDecision)).toEqual([true, true, false]);
  });
});

describe("a US council's record of a motion", () => {
  it('reads "A motion was made by …" as a decision whether the motion carried or failed, and a member\'s own motion that was lost as no decision', () => {
    const meeting = firstMeeting(
      'CITY OF ALDER SPRINGS\nCity Council Meeting Minutes - Final\nTuesday, May 14, 2024\n\n1. Public Hearings\n\n' +
        'A motion was made by Councilmember Ortiz, seconded by Councilmember Bell, that this Ordinance be introduced. The motion failed by the following vote:\n\n' +
        'A motion was made by Councilmember Bell, seconded by Councilmember Ortiz, that this item be continued. The motion carried by the following vote:\n\n' +
        'Councilmember Ortiz moved an amendment to exempt duplexes. After discussion, the amendment was lost.\n',
    );
    expect(paragraphsOf(meeting).map((paragraph) => paragraph.isDecision)).toEqual([true, true, false]);
  });
});

describe('an approval over a list', () => {
  it('reads "The following policies were approved:" over its bulleted list as a decision, the list its parts', () => {
    const meeting = firstMeeting('Ashby Parish Council\nMinutes of the meeting held on Monday 3 March 2025\n\n6. Policies\nThe following policies were approved:\n- Behaviour Policy\n- Whistleblowing Policy\n');
    expect(paragraphsOf(meeting).map((paragraph) => [paragraph.text, paragraph.isDecision])).toEqual([
      ['The following policies were approved:', true],
      ['Behaviour Policy', true],
      ['Whistleblowing Policy', true],
    ]);
  });
});

describe('a vote counted by members', () => {
  const decisions = (vote: string) =>
    firstMeeting(`Ballycarn District Council\nMinutes of the Planning Committee held on Wednesday 11 September 2024\n\n1. Site for Dwelling, Carnduff Road\n\nProposed by Councillor McAteer, Seconded by Councillor O’Kane that the application be approved.\n\n${vote}\n`)
      .items[0].paragraphs.filter((paragraph) => paragraph.isDecision)
      .map((paragraph) => paragraph.text);

  it('is a tally, no decision, when the proposal fell', () => {
    expect(decisions('On a vote being taken, 3 Members voted in favour and 5 against, and the proposal fell.')).toEqual([]);
  });

  it('is a decision when the text says the proposal was carried', () => {
    expect(decisions('On a vote being taken, 5 Members voted in favour and 3 against, and the proposal was carried.')).toHaveLength(1);
  });
});

describe('a decision whose parts start on its own line', () => {
  const item = (decision: string) =>
    firstMeeting(`Minutes of a meeting of the Audit Committee held on 3 February 2025\n\n46. Winter pressures\nThe Director introduced the report.\n${decision}\n\n47. Work programme\nNoted.\n`).items[0];

  it("keeps '(2) That …' under 'Resolved - (1) That …' in the decision", () => {
    const { decisions, paragraphs } = item('Resolved - (1) That the report be noted.\n(2) That a further update be brought in June.\n(3) the Chair write to the Minister.');
    expect(decisions).toEqual(['Resolved - (1) That the report be noted. 2. That a further update be brought in June. 3. the Chair write to the Minister.']);
    expect(paragraphs.map((paragraph) => paragraph.isDecision)).toEqual([false, true, true, true]);
  });

  it("keeps '(b) …' under 'RESOLVED: (a) That …', and the sentence after the parts out of it", () => {
    const { decisions, paragraphs } = item('RESOLVED: (a) That the report be noted.\n(b) a further update be brought in June.\nThe Chair thanked the officers.');
    expect(decisions).toEqual(['RESOLVED: (a) That the report be noted. (b) a further update be brought in June.']);
    expect(paragraphs.map((paragraph) => [paragraph.isDecision, paragraph.speaker])).toEqual([[false, 'The Director'], [true, null], [true, null], [false, 'The Chair']]);
  });

  it('takes only the next part in sequence: a number that skips one is not a part', () => {
    const { paragraphs } = item('RESOLVED that 1. the report be noted;\n2. a further update be brought.\n\n4. The Chair closed the item.');
    expect(paragraphs.map((paragraph) => paragraph.isDecision)).toEqual([false, true, true, false]);
  });
});

describe('motions and decisions', () => {
  it('keeps "Motion carried 5-0." in the paragraph of its motion and roll-call vote', () => {
    const text = `${ASHLEY_TOWN_HEADER_PRESENT}1. Consent Agenda\nMotion by Supervisor Lucero, second by Supervisor Oakes, to approve the consent agenda.\nRoll call vote: Ayes: Lucero, Oakes, Bell. Noes: None.\nMotion carried 3-0.\n\n2. Adjournment\nThe meeting closed at 9pm.\n`;
    const [motion] = firstMeeting(text).items[0].paragraphs;
    expect(motion.text).toBe('Motion by Supervisor Lucero, second by Supervisor Oakes, to approve the consent agenda. Roll call vote: Ayes: Lucero, Oakes, Bell. Noes: None. Motion carried 3-0.');
    expect(motion.isDecision).toBe(true);
  });

  it('reads a lettered list line ending in a full stop as an entry of the list, not an item', () => {
    const text = `${ASHLEY_TOWN_HEADER_PRESENT}1. CONSENT AGENDA\nA. Approve the minutes of January 28, 2025.\nB. Authorize the warrants for the period ending January 31, 2025.\nC. Receive and file the investment report.\n\n2. ADJOURNMENT\nThe meeting closed at 9pm.\n`;
    const items = firstMeeting(text).items;
    expect(items.map((item) => item.title)).toEqual(['CONSENT AGENDA', 'ADJOURNMENT']);
    expect(items[0].paragraphs.map((paragraph) => paragraph.text).join(' ')).toContain('C. Receive and file the investment report.');
  });

  it('marks each part of a list under "The Panel RESOLVED to:" as the decision, numbered or not', () => {
    for (const marks of [['1. ', '2. '], ['', '']]) {
      const text = `${ASHLEY_TOWN_HEADER_PRESENT}1. Precept\nThe Panel RESOLVED to:\n\n${marks[0]}support the precept;\n\n${marks[1]}thank the officers for the report.\n\n2. Close\nThe meeting closed at 9pm.\n`;
      expect(firstMeeting(text).items[0].paragraphs.map((paragraph) => paragraph.isDecision)).toEqual([true, true, true]);
    }
  });

  it('reads "THAT Council …" under its mover and seconder as a decision, the mover and seconder in it', () => {
    const text = `${ASHLEY_TOWN_HEADER_PRESENT}1. Water Rates\nMoved by Councillor Bell\nSeconded by Councillor Dent\n\nTHAT Council give three readings to Bylaw No. 2025-07.\n\n2. Close\nThe meeting closed at 9pm.\n`;
    const decision = firstMeeting(text).items[0].paragraphs.find((paragraph) => paragraph.text.includes('THAT Council'));
    expect(decision?.text).toBe('Moved by Councillor Bell Seconded by Councillor Dent THAT Council give three readings to Bylaw No. 2025-07.');
    expect(decision?.isDecision).toBe(true);
  });
});

describe('decisions recorded as a resolution label or a vote', () => {
  it.each([
    'Resolution: that the quote from Hedgerow Fencing be accepted.',
    'The Council voted to accept the quote from Hedgerow Fencing by 5 votes to 2.',
    'Members voted against the proposal to close the footpath.',
  ])('reads "%s" as a decision', (decision) => {
    const text = `${ASHLEY_TOWN_HEADER_PRESENT}1. Footpaths\nCouncillor Dent reported a broken stile.\n\n${decision}\n\n2. Close\nThe meeting closed at 9pm.\n`;
    expect(firstMeeting(text).items[0].paragraphs.map((paragraph) => paragraph.isDecision)).toEqual([false, true]);
  });

  it('leaves an action or a report of a resolution elsewhere alone', () => {
    for (const line of ['Action: the Clerk to order a new stile.', 'The resolution of the County Council on verges was reported.']) {
      const text = `${ASHLEY_TOWN_HEADER_PRESENT}1. Footpaths\nCouncillor Dent reported a broken stile.\n\n${line}\n\n2. Close\nThe meeting closed at 9pm.\n`;
      expect(firstMeeting(text).items[0].paragraphs.map((paragraph) => paragraph.isDecision)).toEqual([false, false]);
    }
  });
});

describe('decisions as parish clerks word them', () => {
  it.each([
    'It was decided to ask the contractor for a second quote for the bus shelter.',
    'After some discussion it was also decided that the seat would be repainted.',
    'The payments were considered and approved. Cheques to be signed at the close of the meeting.',
    'Accounts were presented and accepted for payment.',
    'Cllr Ames proposed accepting the revised Standing Orders, seconded by Cllr Pike. 6 votes for - Carried.',
    'Proposed: Cllr Ames. Seconded: Cllr Pike. Carried',
    'Cllr Ames proposed approval; Cllr Pike seconded; 5 for, 1 abstention; Carried.',
    'Passed Unanimously.',
  ])('reads "%s" as a decision', (text) => {
    expect(isDecisionText(text)).toBe(true);
  });

  it.each([
    'Apologies were received and accepted from Cllr Ames.',
    'It had been decided at an earlier meeting not to raise the precept.',
    'Mr Dowd has decided not to stand for co-option this year.',
    'The resurfacing of the car park has still not been carried out.',
  ])('reads "%s" as no decision', (text) => {
    expect(isDecisionText(text)).toBe(false);
  });
});

describe('an election the meeting held', () => {
  it.each([
    'Councillor Ivo Pascoe was elected Chairman for the 2025/26 Municipal Year.',
    'Mrs Tamsin Rowe was elected as Deputy Chair of the Panel for the ensuing year.',
    'Cllr Hal Minter was re-appointed Vice-Chairperson for the council year.',
  ])('records the outcome: "%s"', (text) => {
    expect(isDecisionText(text)).toBe(true);
  });

  it('leaves a member elected to the council, or appointed to a post outside the meeting, undecided', () => {
    expect(isDecisionText('Councillor Pascoe was elected to the Council in May and joined the Panel.')).toBe(false);
    expect(isDecisionText('Ms Rowe was appointed Chief Executive of the trust last year.')).toBe(false);
  });
});

describe('a resolution whose "RESOLVED" was lost', () => {
  it.each([
    ['That the minutes of the meeting held on 4 March 2025 be approved as a correct record.', true],
    ['That the verbal update be noted.', true],
    ['(3) That Mrs Hale be elected trustee in place of Mr Dunn, resigned.', true],
    ['That Councillor Ruiz be appointed Vice-Chair for the municipal year.', true],
    ['That is why the Panel had asked for the figures to be noted in the report.', false],
    ['That the figures should be circulated to Members was suggested by the Clerk.', false],
  ])('reads %j as a decision: %j', (text, decision) => {
    expect(isDecisionText(text)).toBe(decision);
  });
});

describe('numbered parts under a resolution ending in "That"', () => {
  it('reads each part under "RESOLVED: That" as a decision, and the next item\'s paragraph as none', () => {
    const meeting = firstMeeting(
      'Fenwick Health Board\n\nMinutes of the meeting held on 7 March 2025\n\n12/25 PROCEDURAL MATTERS\n\nRESOLVED: That\n\n(1) it be noted that there were no declarations of interest; and\n\n(2) the minutes of the meeting held on 4 February 2025 be approved as a correct record.\n\n13/25 FINANCE REPORT\n\nThe Director of Finance presented the report.\n',
    );
    expect(paragraphStarting(meeting, 'it be noted')?.isDecision).toBe(true);
    expect(paragraphStarting(meeting, 'the minutes of the meeting')?.isDecision).toBe(true);
    expect(paragraphStarting(meeting, 'The Director of Finance')?.isDecision).toBe(false);
  });
});

describe('the last minutes confirmed with a word between', () => {
  it.each([
    'The Minute was held as read and APPROVED.',
    'The minutes of the meeting held on 3 February 2025, having been circulated, were taken as read and approved.',
    'The minutes were otherwise agreed to be a correct record and were signed by the Chair.',
    'Subject to the date in item 4 being corrected, the minutes were then agreed.',
  ])('reads %j as a decision', (text) => {
    expect(isDecisionText(text)).toBe(true);
  });

  it('reads no decision in minutes taken as read alone', () => {
    expect(isDecisionText('The minutes of the meeting held on 3 February 2025 were taken as read.')).toBe(false);
  });
});

describe("a US county board's motion told in sentences", () => {
  it('is decided by "The motion is approved." or "The motion has passed."', () => {
    expect(isDecisionText('Commissioner Hale made a motion to approve the agenda as presented. Commissioner Ruiz seconded the motion. All voted aye. The motion is approved.')).toBe(true);
    expect(isDecisionText('Commissioner Ruiz made a motion to approve the minutes as written. Commissioner Hale seconded the motion. The motion has passed.')).toBe(true);
  });
});

describe('a motion whose steps are listed, its outcome the last', () => {
  it('is decided by "moved, seconded, put to the vote and declared carried"', () => {
    expect(isDecisionText('A motion to grant planning permission was moved, seconded, put to the vote and declared carried.')).toBe(true);
    expect(isDecisionText('The recommendation was put to the vote and carried.')).toBe(true);
  });

  it('reads no decision in a motion that fell', () => {
    expect(isDecisionText('A motion to refuse planning permission was moved, seconded, put to the vote and declared to have fallen.')).toBe(false);
  });
});

describe('"Resolved:-" alone on its line', () => {
  it('is the label of the quoted resolution under it', () => {
    const meeting = firstMeeting(
      'Ardmore Town Council\n\nMinutes of the meeting held on 14 April 2025\n\n1. Standing Orders\n\nProposed by Cllr. P. Nolan\n\nSeconded by Cllr. M. Daly\n\nResolved:-\n\n“That Standing Orders be suspended to allow a debate on the harbour works”.\n\n2. Correspondence\n\nThe correspondence was noted.\n',
    );
    expect(paragraphStarting(meeting, 'Resolved:-')).toMatchObject({ isDecision: true, text: 'Resolved:- “That Standing Orders be suspended to allow a debate on the harbour works”.' });
  });
});

describe('the numbered parts of a resolution, whatever words they start with', () => {
  it('follows "(2)" and "(3)" after a first part read under the resolution, and stops at a list that starts again', () => {
    const meeting = firstMeeting(
      'Fenwick District Council\n\nMinutes of the meeting of the Cabinet held on 9 May 2025\n\n5. Depot Options\n\nRESOLVED: That Cabinet:\n\n(1) Noted the projected costs of each option.\n\n(2) Approved use of £30k of the allocated budget to develop Option C.\n\n(3) Indicated that Options D and E should be pursued.\n\nReasons for decision:\n\n(1) Officers do not have the capacity to progress all options.\n',
    );
    expect(paragraphStarting(meeting, 'Approved use')?.isDecision).toBe(true);
    expect(paragraphStarting(meeting, 'Indicated that')?.isDecision).toBe(true);
    expect(paragraphStarting(meeting, 'Officers do not')?.isDecision).toBe(false);
  });

  it('reads each condition of a planning permission under its resolution', () => {
    const meeting = firstMeeting(
      'Fenwick District Council\n\nMinutes of the meeting of the Planning Committee held on 9 May 2025\n\n4. 25/0420 Land at Mill Lane\n\nRESOLVED – That the application be APPROVED subject to the following conditions:\n\n(1) Standard time limit\n\n(2) Approved plans\n\n(3) Materials to match existing\n',
    );
    expect(paragraphsOf(meeting).map((paragraph) => paragraph.isDecision)).toEqual([true, true, true, true]);
  });
});

describe('a sub-committee deciding after its clause', () => {
  it.each([
    'After discussion, the Sub-Committee agreed to grant the licence subject to the conditions offered by the applicant.',
    'On reconvening, the Sub-Committee resolved to refuse the application.',
    'Upon reconvening the Sub-Committee agreed to serve a counter notice.',
  ])('reads %j as a decision', (text) => {
    expect(isDecisionText(text)).toBe(true);
  });
});

describe('a body that weighed a matter and decided in the same sentence', () => {
  it.each([
    'The Committee considered the evidence heard at agenda item 2 and agreed to write to the Cabinet Secretary.',
    'Council discussed the request from the bowls club and agreed to grant a five-year lease.',
    'The Board noted the update and unanimously resolved to adopt the revised risk appetite.',
  ])('reads %j as a decision', (text) => {
    expect(isDecisionText(text)).toBe(true);
  });

  it('reads no decision where it only weighed it', () => {
    expect(isDecisionText('The Committee considered the evidence heard at agenda item 2 and asked for further figures.')).toBe(false);
    expect(isDecisionText('Council discussed the request. The Clerk agreed to find out more.')).toBe(false);
    expect(isDecisionText('The Council noted that Cllr Hale and the Clerk had met the contractor and agreed a price for the works.')).toBe(false);
  });
});

describe('a verbatim record of a committee answering the question put', () => {
  it('reads "Members indicated agreement." as its decision', () => {
    expect(isDecisionText('Members indicated agreement.')).toBe(true);
  });
});

describe("a US board's motion voted in the mover's sentence", () => {
  it('reads "MOVED by …, seconded by …, and unanimously voted to approve …" as a decision', () => {
    expect(isDecisionText('MOVED by Dana Ruiz, seconded by Carl Obi, and unanimously voted to approve the minutes of 12 March as written.')).toBe(true);
    expect(isDecisionText('Moved by Carl Obi, seconded by Dana Ruiz, and voted 4-1 to accept the bid.')).toBe(true);
  });

  it('reads no decision in a tally after the seconder', () => {
    expect(isDecisionText('Proposed by Cllr Hale, seconded by Cllr Ruiz; 3 voted in favour and 5 against.')).toBe(false);
  });
});

describe("a New England selectboard's vote after the mover and seconder", () => {
  it.each([
    'On a motion made by Oakes and seconded by Freitas, the Board of Selectmen voted to place the article on the warrant.',
    'Upon motion by Sam Freitas, seconded by Dana Whitcombe, it was unanimously voted to table the request.',
    'Upon motion by Dana Whitcombe, seconded by Ann Oakes, it was voted 3 to 0 to approve the minutes as written.',
    'There being no corrections, moved, seconded and voted 2-0 to accept the minutes of the last meeting.',
    'The motion died by a vote of 2 to 2.',
    'Motion seconded by Selectman Hale. VOTE: Unanimous, 5-0.',
  ])('reads %p as a decision', (text) => {
    expect(isDecisionText(text)).toBe(true);
  });

  it('reads no decision where members are counted voting after the seconder', () => {
    expect(isDecisionText('Upon motion by Sam Freitas, seconded by Dana Whitcombe, 2 members voted to table it and 3 against.')).toBe(false);
  });
});

describe('an election declared by whoever ran it', () => {
  it('reads "declared Mr Ngata elected Chairperson" as the meeting\'s decision', () => {
    expect(isDecisionText('There being no other nominations, the Chief Executive declared Mr Ngata elected Chairperson.')).toBe(true);
    expect(isDecisionText('The outgoing Cathaoirleach declared Councillor Ryan elected Cathaoirleach.')).toBe(true);
  });
});

describe('a committee confirming minutes named with what kind they are', () => {
  it('reads "The Committee confirmed the exempt minutes …" as a decision', () => {
    expect(isDecisionText('The Committee confirmed the exempt minutes of the meeting held on 4 April 2025 as a true record and they were signed by the Chair.')).toBe(true);
  });
});

describe('how clubs and societies record an outcome', () => {
  it.each([
    'Minutes of the 2023 AGM: Accepted as circulated (R Pike/D Okafor)',
    'The secretary\'s report is accepted by Imogen and seconded by Leon. Rowan noted that two members had moved away.',
    'March minutes reviewed and approved, Marla moved, Gil second.',
    'Pete presented the accounts, Dana moved to approve, Marla second, approved.',
    'Minutes accepted without objection.',
    'Accepted by All',
    '**PASSED**',
    'Moved: Gus Tait Seconded: Mere Lomu PASSED',
    'Recommended to keep subs at £15 for members - passed',
    'All elected unopposed',
    'Elected unanimously and unopposed',
  ])('reads "%s" as a decision', (text) => {
    expect(isDecisionText(text)).toBe(true);
  });

  it.each([
    'Approval of the proposed agenda - approved',
    'The Treasurer said the budget had been reviewed and approved by the Finance Committee.',
    'The storm passed before the fete began.',
    'Accepted applications will be listed on the notice board in June.',
  ])('leaves "%s" no decision (a title with its outcome, another body\'s approval, prose)', (text) => {
    expect(isDecisionText(text)).toBe(false);
  });
});
