// How the parser finds who attended and in what capacity: the labels that open a list of people ("Present:", "In
// attendance:", "Apologies:", a board's "Executive Team:", a clerk named by "Clerk:", labels with no colon or none at
// all), roll calls answered name by name, attendance set as tables, columns or side-by-side lists, and the front page of
// an official report. Each test parses a small document invented in the style of real minutes (parish and town councils,
// US boards and districts, Welsh, Scottish, New Zealand and Channel Islands bodies), written for the test.
import { attendanceLabelOf } from '../../../indexer/parse/attendance/attendance-labels';
import { firstMeeting, HOLT_HEADER, itemsOf, MARLOW_HEIGHTS_HEADER, MILL_RIVER_BOARD_HEADER, paragraphsOf, paragraphStarting, parseText, peopleOf, readText } from '../../helpers/parse-text';

describe('the councillors listed under the title with no label', () => {
  const header = 'Minutes of a Meeting of Oxley Parish Council held at the Village Hall on Tuesday, 14 October 2025\n\n';
  const items = '\n\n1. Welcome and apologies\nThe Chairman welcomed members.\n\n2. Footpaths\nThe stile at Green Lane had been mended.\n';

  it('are the councillors present', () => {
    expect(peopleOf(firstMeeting(`${header}Councillors R Vane (Chairman), T Wells, S Yates and B Amos${items}`))).toEqual([
      ['Councillor R Vane', 'Chair', 'present'],
      ['Councillor T Wells', null, 'present'],
      ['Councillor S Yates', null, 'present'],
      ['Councillor B Amos', null, 'present'],
    ]);
  });

  it('are present under a short title too, which the clerk and the constable after them do not take', () => {
    const names = peopleOf(firstMeeting(`${header}Cllrs Vane, Wells and Yates, Clerk, M. Orme, and P.C. Dunn.${items}`)).map(([name]) => name);
    expect(names.slice(0, 3)).toEqual(['Cllr Vane', 'Cllr Wells', 'Cllr Yates']);
    expect(names).toContain('P.C. Dunn');
    expect(names.filter((name) => name!.startsWith('Cllr '))).toHaveLength(3);
  });

  it('are no list when a sentence says what they did', () => {
    expect(peopleOf(firstMeeting(`${header}Councillors Vane and Wells sent their apologies.${items}`))).toEqual([]);
  });
});

describe('"Present" with no colon before the names', () => {
  // The first item's title names who sent apologies ("APOLOGIES FOR ABSENCE received from Mr K Hope."): one more person.
  const items = '\n\n1. APOLOGIES FOR ABSENCE received from Mr K Hope.\n\n2. PLANNING\nNo applications had been received.\n';

  it('opens the attendance when a sentence says who were present', () => {
    const minutes = `MINUTES of the meeting of BRAMBLEY PARISH COUNCIL held on Monday 9th June 2025 at 7pm in the Village Hall.\n\nPresent were Mr T Oakes (Chairman), Mrs J Penn, Mr L Rudd and Mrs A Sayer.${items}`;
    expect(peopleOf(firstMeeting(minutes))).toEqual([
      ['Mr T Oakes', 'Chair', 'present'],
      ['Mrs J Penn', null, 'present'],
      ['Mr L Rudd', null, 'present'],
      ['Mrs A Sayer', null, 'present'],
      ['Mr K Hope', null, 'apologies'],
    ]);
  });

  it('opens it in capitals before initials and surnames', () => {
    const minutes = `BRAMBLEY PARISH COUNCIL\n\nMINUTES of MEETING held on 9th June 2025\n\nPRESENT D.Marsh(Clerk), T. Oakes, J. Penn and L. Rudd${items}`;
    expect(peopleOf(firstMeeting(minutes))).toEqual([
      ['D.Marsh', 'Clerk', 'present'],
      ['T. Oakes', null, 'present'],
      ['J. Penn', null, 'present'],
      ['L. Rudd', null, 'present'],
      ['Mr K Hope', null, 'apologies'],
    ]);
  });

  it('opens it before titled councillors', () => {
    const minutes = `Minutes of Brambley Parish Council\n\nHeld on 9th June 2025 at 7 pm in the Church Rooms\n\nPresent Councillors T Oakes, J Penn and L Rudd${items}`;
    expect(peopleOf(firstMeeting(minutes)).map(([name]) => name)).toEqual(['Councillor T Oakes', 'Councillor J Penn', 'Councillor L Rudd', 'Mr K Hope']);
  });

  it('reads "APOLOGIES" and "ATTENDANCE" with no colon as labels when titled names and a comma follow', () => {
    const minutes = `Minutes of Brambley Parish Council\n\nHeld on 9th June 2025 at 7 pm in the Church Rooms\n\nATTENDANCE Mr T Oakes (Chairman), Mrs J Penn and Mr L Rudd\nAPOLOGIES Mrs A Sayer (Vice-Chairman), Mr K Hope.\n\n1. PLANNING\nNo applications had been received.\n`;
    expect(peopleOf(firstMeeting(minutes))).toEqual([
      ['Mr T Oakes', 'Chair', 'present'],
      ['Mrs J Penn', null, 'present'],
      ['Mr L Rudd', null, 'present'],
      ['Mrs A Sayer', 'Vice-Chair', 'apologies'],
      ['Mr K Hope', null, 'apologies'],
    ]);
  });

  it('leaves a sentence that only opens with the word as it is', () => {
    const minutes = `Minutes of Brambley Parish Council held on 9th June 2025 in the Church Rooms.\n\nPresent: Cllr T Oakes (Chair) and Cllr J Penn.\n\n1. Matters arising\nPresent arrangements for the hall, agreed in May, would continue.\n`;
    expect(peopleOf(firstMeeting(minutes))).toHaveLength(2);
    expect(firstMeeting(minutes).items[0].paragraphs[0].text).toBe('Present arrangements for the hall, agreed in May, would continue.');
  });
});

describe('a roll call with a head count before the names', () => {
  it('leaves out the head count a roll call prints before the names', () => {
    expect(attendanceLabelOf('Present:\t5 - \tMayor Ann Bell, Councilmember Carl Dent')).toEqual({ attendance: 'present', rest: 'Mayor Ann Bell, Councilmember Carl Dent', restEndsList: true });
  });
});

describe('offices named by a label', () => {
  it('gives the clerk named by a label the office, in attendance, with a colon or a table cell', () => {
    expect(attendanceLabelOf('Clerk: Mr Graham Ashworth')).toEqual({ attendance: 'in attendance', rest: 'Mr Graham Ashworth (Clerk)' });
    expect(attendanceLabelOf('Chair\tCllr Demelza Roskilly')).toEqual({ attendance: 'present', rest: 'Cllr Demelza Roskilly (Chair)' });
  });

  it("reads what a transcript's chair said after the label as no holder's name", () => {
    expect(attendanceLabelOf('CHAIR: Good morning. Can everyone hear me?')).toBeNull();
    expect(attendanceLabelOf('CHAIR: The sub-committee will now retire.')).toBeNull();
    expect(attendanceLabelOf('Chairman: Ruud van Dijk, Leader of the Council')).toEqual({ attendance: 'present', rest: 'Ruud van Dijk, Leader of the Council' });
  });
});

describe('"Clerk:" before an untitled name', () => {
  it.each(['R. T. Weatherall', 'Joan Pike'])('gives "%s" the office', (name) => {
    const text = `${HOLT_HEADER}Present: Cllrs Bell (Chair), Dent & Ford; Clerk: ${name}\n\n1. Apologies\nNone.\n`;
    expect(firstMeeting(text).attendees).toContainEqual({ name, role: 'Clerk', attendance: 'in attendance' });
  });
});

describe("a commission's labels", () => {
  it('reads "Commissioners Present:" and "Commissioners Absent:" as attendance labels', () => {
    const text = `${MARLOW_HEIGHTS_HEADER}Commissioners Present: Commissioner Priya Raman, Commissioner Sam Kettering\nCommissioners Absent: Commissioner Joel Baptiste\n\n1. Call to order\n\nCalled to order.\n`;
    expect(firstMeeting(text).attendees.map(({ name, attendance }) => [name, attendance])).toEqual([
      ['Commissioner Priya Raman', 'present'],
      ['Commissioner Sam Kettering', 'present'],
      ['Commissioner Joel Baptiste', 'absent'],
    ]);
  });
});

describe('labels of a board and a district council', () => {
  it('reads a label with "were" before its colon ("Others in attendance were:") and the names and offices after it', () => {
    const text =
      'MINUTES OF A REGULAR MEETING OF THE MILLBROOK COUNTY BOARD OF COMMISSIONERS HELD MARCH 3, 2025.\n\n' +
      'Others in attendance were:   Ann Ruiz, Clerk of Court, Tom Baker, County Attorney, Joe Lamb, Director of Finance\n\n1. Call to Order\nThe meeting was called to order at 5:00 p.m.\n';
    expect(peopleOf(firstMeeting(text))).toEqual([
      ['Ann Ruiz', 'Clerk of Court', 'in attendance'],
      ['Tom Baker', 'County Attorney', 'in attendance'],
      ['Joe Lamb', 'Director of Finance', 'in attendance'],
    ]);
  });

  it('reads a homeowners\' board\'s labels: members absent, management and homeowners present', () => {
    const text =
      'WILLOW CREEK HOMEOWNERS ASSOCIATION\nBoard of Directors Meeting Minutes\nThursday, March 6th, 2025\n\nBoard Members Present: Janet Alvarez (President), Mei Tanaka (Treasurer)\n' +
      'Board Members Absent: Dana Whitfield\nManagement Present: Gloria Sutton, Community Manager\nHomeowners Present: 11\n\n1. Call to order\nOpened at 6:32 p.m.\n\n2. Adjournment\nClosed.\n';
    expect(peopleOf(firstMeeting(text))).toEqual([
      ['Janet Alvarez', 'President', 'present'],
      ['Mei Tanaka', 'Treasurer', 'present'],
      ['Dana Whitfield', null, 'absent'],
      ['Gloria Sutton', 'Community Manager', 'in attendance'],
    ]);
  });

  it('reads "Chairman:" and "Vice-Chairman:" labels in a block, honours and all, and "Absent with Apologies" over its names', () => {
    const text =
      'TSING WAN DISTRICT COUNCIL\nMinutes of the Twelfth Meeting of the Traffic Committee\nDate: 4 March 2025 (Tuesday)\n\nPresent\nChairman:        Mr CHAN Siu-ming, BBS, JP\n' +
      'Vice-Chairman:   Ms LEUNG Mei-ling\nMembers:         Mr HO Ka-fai\n\nAbsent with Apologies\nMr LAU Wai-keung\n\nItem 1: Minutes\n\nConfirmed.\n\nItem 2: Any Other Business\n\nNone.\n';
    expect(peopleOf(firstMeeting(text))).toEqual([
      ['Mr CHAN Siu-ming, BBS, JP', 'Chair', 'present'],
      ['Ms LEUNG Mei-ling', 'Vice-Chair', 'present'],
      ['Mr HO Ka-fai', null, 'present'],
      ['Mr LAU Wai-keung', null, 'apologies'],
    ]);
    expect(itemsOf(firstMeeting(text))).toEqual([['1', 'Minutes'], ['2', 'Any Other Business']]);
  });
});

describe('a board\'s attendance labels', () => {
  it('reads "Board Members:", "Executive Team:", "Minutes: Ms …" and the apologies after them, under a "Chair:" line', () => {
    const meeting = firstMeeting(
      'SOUTH MERROW HOUSING ASSOCIATION\nBOARD OF MANAGEMENT\n\nDate: 27 January 2025\n\nChair: Mrs Eileen Ward\nBoard Members: Mr Colin Abbott, Dr Owen Carr\nExecutive Team: Mr Rhys Evans (Chief Executive)\nMinutes: Ms Sally Hunt (Governance Officer)\nApologies: Mr Ian Jeffs\n\nItem 1: Welcome\nThe Chair welcomed members.\n',
    );
    expect(peopleOf(meeting)).toEqual([
      ['Mrs Eileen Ward', 'Chair', 'present'],
      ['Mr Colin Abbott', null, 'present'],
      ['Dr Owen Carr', null, 'present'],
      ['Mr Rhys Evans', 'Chief Executive', 'in attendance'],
      ['Ms Sally Hunt', 'Governance Officer', 'in attendance'],
      ['Mr Ian Jeffs', null, 'apologies'],
    ]);
  });

  it('reads "Others present:" as those in attendance, and "Minutes taken by:" as the minute taker', () => {
    const meeting = firstMeeting(
      'Minutes of the Directors Meeting held on 4 March 2025\n\nPresent: A. Rowe (Chair); T. Quayle; S. Venn.\n\nOthers present: K. Lyle, Harbourmaster\nMinutes taken by: Dana Frew\n\n1. Finance\nThe accounts were noted.\n',
    );
    expect(peopleOf(meeting).slice(3)).toEqual([
      ['K. Lyle', 'Harbourmaster', 'in attendance'],
      ['Dana Frew', null, 'in attendance'],
    ]);
  });

  it('takes no "Minutes:" line without a titled person after it for a label (ModernGov prints "Minutes:" over an item\'s text)', () => {
    const meeting = firstMeeting('Ashby Parish Council\nMinutes of the meeting held on Monday 3 March 2025\n\nPresent: Cllr A Hart (Chair)\n\n1. Accounts\nMinutes:\nThe accounts were approved.\n');
    expect(peopleOf(meeting)).toEqual([['Cllr A Hart', 'Chair', 'present']]);
  });
});

describe("US and Australian boards' labels", () => {
  it('reads "ROLL CALL – A, B and C" as those present', () => {
    const meeting = firstMeeting('Cold Creek Fire Protection District\nJune 12, 2025\nROLL CALL – Lyle Farris, Donna Pettit and Gene Albers\n\nAPPROVAL OF AGENDA\n\nThe agenda was approved.\n');
    expect(peopleOf(meeting)).toEqual([
      ['Lyle Farris', null, 'present'],
      ['Donna Pettit', null, 'present'],
      ['Gene Albers', null, 'present'],
    ]);
  });

  it('reads "Village Board In Attendance:" as the members and "Officials In Attendance:" as the staff', () => {
    const meeting = firstMeeting(
      'Village of Kessling Board of Trustees met May 13, 2025.\nVillage Board In Attendance:\nRuth Amberg, President; Carl Dietz, Trustee\nOfficials In Attendance:\nTom Greer, Village Administrator\n1. Roll Call. All members were present.\n',
    );
    expect(peopleOf(meeting)).toEqual([
      ['Ruth Amberg', 'President', 'present'],
      ['Carl Dietz', 'Trustee', 'present'],
      ['Tom Greer', 'Village Administrator', 'in attendance'],
    ]);
  });

  it('reads "Other Attendees:" under the members as those in attendance', () => {
    const meeting = firstMeeting(
      'MINUTES\n\nOrdinary Council Meeting\n\n19/06/2025\n\nPRESENT\n\nMembers:\n\nCouncillor Grant Ives\nCouncillor Mei Okafor\n\nOther Attendees:\n\nGovernance Officer (Kara Lim)\n\n01       APOLOGIES\n\nNil.\n',
    );
    expect(peopleOf(meeting)).toEqual([
      ['Councillor Grant Ives', null, 'present'],
      ['Councillor Mei Okafor', null, 'present'],
      ['Kara Lim', 'Governance Officer', 'in attendance'],
    ]);
  });
});

describe('labels with a single space before names in initials', () => {
  it('reads "Presiding P Lynn" as the chair and "Other Members Present" (the members beside the chair, present) before names in initials with no commas', () => {
    const meeting = firstMeeting(
      'Minutes of Proceedings of a Meeting of Ardlow District Council held in the Council Chamber on Tuesday, 4 March 2025.\n\n' +
        'Presiding P Lynn\n\nOther Members Present R J Boyd T Caskey Mrs E M Doran\n\n' +
        'Officers Present S T Hanna (Chief Executive) J Irwin (Director of Finance)\n\n1.1 The minutes were agreed.\n',
    );
    expect(peopleOf(meeting)).toEqual([
      ['P Lynn', 'Chair', 'present'],
      ['R J Boyd', null, 'present'],
      ['T Caskey', null, 'present'],
      ['Mrs E M Doran', null, 'present'],
      ['S T Hanna', 'Chief Executive', 'in attendance'],
      ['J Irwin', 'Director of Finance', 'in attendance'],
    ]);
    expect(attendanceLabelOf('Presiding a meeting of the board')).toBeNull();
  });

  it('reads "Other Members present:" under a committee\'s members as councillors attending it, not its members', () => {
    const meeting = firstMeeting(
      'Minutes of the Licensing Committee held on Tuesday, 4 March 2025.\n\n' +
        'Present: Councillor A Hale (Chair), Councillor B Moss\n\nOther Members present: Councillor C Rudd\n\n1. Apologies\nThere were none.\n',
    );
    expect(peopleOf(meeting)).toEqual([
      ['Councillor A Hale', 'Chair', 'present'],
      ['Councillor B Moss', null, 'present'],
      ['Councillor C Rudd', null, 'in attendance'],
    ]);
  });
});

describe('a label in English, then in Irish or Welsh after a slash', () => {
  it('reads "IN ATTENDANCE/I LÁTHAIR" with no colon and "Apologies/Ymddiheuriadau:" as the English labels', () => {
    const meeting = firstMeeting(
      'MINUTES OF THE ORDINARY MEETING OF CARRAIG COUNTY COUNCIL HELD IN THE COUNCIL CHAMBER ON MONDAY, 3 MARCH 2025\n\n' +
        'IN ATTENDANCE/I LÁTHAIR Ms. R. Nolan, Chief Executive Mr. D. Walsh, Director of Housing Ms. E. Ryan, Meetings Administrator\n\n' +
        'Apologies/Ymddiheuriadau: Cllr Ann Pugh, Cllr Bryn Owen\n\n1. Minutes\nThe minutes were agreed.\n',
    );
    expect(peopleOf(meeting)).toEqual([
      ['Ms. R. Nolan', 'Chief Executive', 'in attendance'],
      ['Mr. D. Walsh', 'Director of Housing', 'in attendance'],
      ['Ms. E. Ryan', 'Meetings Administrator', 'in attendance'],
      ['Cllr Ann Pugh', null, 'apologies'],
      ['Cllr Bryn Owen', null, 'apologies'],
    ]);
    expect(attendanceLabelOf('Planning/Development: the report was noted')).toBeNull();
  });
});

describe('labels in te reo Māori and English', () => {
  it("reads a label in te reo Māori and English ('TE HUNGA KUA TAE MAI | PRESENT') and a 'Member' column under 'ABSENT' as absent", () => {
    const meeting = firstMeeting(
      'Minutes of the Kōwhai Local Board\nheld on Thursday, 22 August 2024 at 4.00pm\n\nTE HUNGA KUA TAE MAI | PRESENT\nChairperson       Aroha Tane\nMembers           Priya Nand\n\nTE HUNGA KĀORE I TAE MAI | ABSENT\nMember            Gus Petrakis\n\n1  Welcome\nThe Chairperson opened the meeting.\n',
    );
    expect(peopleOf(meeting)).toEqual([
      ['Aroha Tane', 'Chair', 'present'],
      ['Priya Nand', null, 'present'],
      ['Gus Petrakis', null, 'absent'],
    ]);
  });
});

describe("a Guernsey douzaine's members", () => {
  it("reads a Guernsey douzaine's 'Douzeniers:' line as members present, and 'Deputy A. Le Lievre' as a person, not an office", () => {
    const meeting = firstMeeting(
      'PARISH OF ST GERMAIN\n\nMINUTES OF THE MEETING OF THE DOUZAINE\nheld on Wednesday 7th February 2024\n\nPresent:       Mr G. Le Tissier (Dean of the Douzaine)\nDouzeniers:    Mrs H. Brehaut and Mr J. Falla\nApologies:     Mr D. De Garis, Deputy A. Le Lievre\n\n1/24    MINUTES\nThe minutes were approved.\n',
    );
    expect(peopleOf(meeting)).toEqual([
      ['Mr G. Le Tissier', 'Dean of the Douzaine', 'present'],
      ['Mrs H. Brehaut', null, 'present'],
      ['Mr J. Falla', null, 'present'],
      ['Mr D. De Garis', null, 'apologies'],
      ['Deputy A. Le Lievre', null, 'apologies'],
    ]);
  });
});

describe('labels of parish minutes', () => {
  it('reads the attendance under "The following were present:", "Councillors in attendance:" and "Cllrs present:", and a hyphenated date', () => {
    for (const label of ['The following were present:', 'Councillors in attendance:', 'Cllrs present:']) {
      const meeting = firstMeeting(`HOLLOWAY PARISH COUNCIL\nMinutes of the meeting held on 03-03-2025\n\n${label} Cllr A Smith (Chair), Cllr B Jones\n\n1. Apologies\nNone.\n\n2. Close\nClosed.\n`);
      expect(meeting.date).toBe('2025-03-03');
      expect(meeting.attendees.map((person) => person.name)).toEqual(['Cllr A Smith', 'Cllr B Jones']);
    }
  });
});

describe("labels of commissioners, a synod, a students' union and a presbytery", () => {
  const withPresent = (present: string) => firstMeeting(`Ballakilley Village Commissioners\nMinutes of the meeting held on Wednesday 12th February 2025\n\n${present}\n\n1402. APOLOGIES\nNone.\n`);

  it("gives no office to how or for which minutes someone attended ('(electronic)', '(for minute 1408)')", () => {
    const meeting = withPresent(
      'Present: Mr J. Kinvig (Chairman), Mrs S. Cregeen (electronic), Mr P. Corlett (via Teams), Mr T. Kermode (from 7.15 pm)\nIn attendance: Mr R. Skillicorn MHK (for minute 1408), Mrs L. Callister (Clerk)',
    );
    expect(peopleOf(meeting)).toEqual([
      ['Mr J. Kinvig', 'Chair', 'present'],
      ['Mrs S. Cregeen', null, 'present'],
      ['Mr P. Corlett', null, 'present'],
      ['Mr T. Kermode', null, 'present'],
      ['Mr R. Skillicorn MHK', null, 'in attendance'],
      ['Mrs L. Callister', 'Clerk', 'in attendance'],
    ]);
  });

  it("reads two chairs each 'for items …' after their office, and a 'President:' with clergy titles and the office after a comma", () => {
    const meeting = firstMeeting(
      '# Diocese of Northmoor\n\n# Diocesan Synod\n\nMinutes of the meeting held on Saturday 8 March 2025\n\nPresident: The Rt Revd Dr Andrew Hale, Bishop of Northmoor\n\nIn the Chair: The Revd Canon Ruth Okafor (Chair of the House of Clergy) for items 1 to 4; Mr Philip Dunmore (Chair of the House of Laity) for items 5 to 8\n\n## Item 1: Opening worship\n\nThe Bishop led the Synod in prayer.\n',
      'markdown',
    );
    expect(meeting.body).toBe('Diocese of Northmoor Diocesan Synod');
    expect(peopleOf(meeting)).toEqual([
      ['The Rt Revd Dr Andrew Hale', 'Bishop of Northmoor', 'present'],
      ['The Revd Canon Ruth Okafor', 'Chair of the House of Clergy', 'present'],
      ['Mr Philip Dunmore', 'Chair of the House of Laity', 'present'],
    ]);
  });

  it("reads a students' union's 'Present (voting):' and 'In attendance (non-voting):', and 'Observers:'", () => {
    const meeting = firstMeeting(
      "# Harrowgate University Students' Union\n\n## Union Council – Minutes\n\n**Date:** Thursday 14 November 2024\n\n**Present (voting):** Callum Reid (President), Amara Okonkwo (VP Education)\n\n**In attendance (non-voting):** Martin Cole (Chief Executive)\n\n**Observers:** Lena Fox (Student Journalist)\n\n### 1. Officer reports\n\nCallum Reid (President) reported on rents.\n",
      'markdown',
    );
    expect(meeting.body).toBe("Harrowgate University Students' Union Union Council");
    expect(peopleOf(meeting)).toEqual([
      ['Callum Reid', 'President', 'present'],
      ['Amara Okonkwo', 'VP Education', 'present'],
      ['Martin Cole', 'Chief Executive', 'in attendance'],
      ['Lena Fox', 'Student Journalist', 'in attendance'],
    ]);
    // A listed name with its office in brackets before the verb speaks.
    expect(paragraphsOf(meeting)[0].speaker).toBe('Callum Reid');
  });

  it("reads a presbytery's 'Moderator:' as a label naming the moderator, present", () => {
    const meeting = withPresent('Moderator: The Revd Iain Ross');
    expect(peopleOf(meeting)).toEqual([['The Revd Iain Ross', 'Moderator', 'present']]);
  });
});

describe('a count of the public on a line of its own in an attendance block', () => {
  it('names no one and ends no block: the apologies under it are read', () => {
    const meeting = firstMeeting(
      [
        'Holbridge Town Council',
        'Minutes of the meeting of the Full Council held on Monday 3 March 2025',
        '',
        'In attendance:\tMrs Cara Denby (Town Clerk)',
        '4 members of the public',
        '',
        'Apologies:\tCllr Ed Frome, Cllr Gil Hart',
        '',
        'HC/25/01 Declarations of Interest',
        '',
        'None.',
        '',
      ].join('\n'),
    );
    expect(peopleOf(meeting)).toEqual([
      ['Mrs Cara Denby', 'Town Clerk', 'in attendance'],
      ['Cllr Ed Frome', null, 'apologies'],
      ['Cllr Gil Hart', null, 'apologies'],
    ]);
  });
});

describe('roll calls', () => {
  it('reads the answer after each name as the attendance, and the office before it as the role', () => {
    const text = `${MILL_RIVER_BOARD_HEADER}ROLL CALL:\nMrs. Ann Abt, President – present\nMr. Tom Osei – absent\nMs. Ida Ruiz – present (arrived 7:15 p.m.)\nDr. Lee Brill – excused\n\nADJOURNMENT: Adjourned at 8 p.m.\n\nPUBLIC COMMENT: None.\n`;
    expect(firstMeeting(text).attendees).toEqual([
      { name: 'Mrs. Ann Abt', role: 'President', attendance: 'present' },
      { name: 'Mr. Tom Osei', role: null, attendance: 'absent' },
      { name: 'Ms. Ida Ruiz', role: null, attendance: 'present' },
      { name: 'Dr. Lee Brill', role: null, attendance: 'absent' },
    ]);
  });

  it('keeps a role after a dash that is no answer', () => {
    const text = 'HOLT TOWN COUNCIL\nMinutes of the Full Council meeting held on Monday 3 March 2025\n\nPRESENT:\nCouncillor J Smith - Chairman\nCouncillor A Patel - Present Leader\n\n1. Apologies\nNone.\n';
    expect(firstMeeting(text).attendees.map(({ name, role }) => [name, role])).toEqual([
      ['Councillor J Smith', 'Chair'],
      ['Councillor A Patel', 'Present Leader'],
    ]);
  });

  it('reads a roll call table of name, title, status and arrival time', () => {
    const text =
      'CITY OF ALDER FALLS\nCity Council Minutes\nTuesday, February 18, 2025\n\n1.   CALL TO ORDER\n     Called to order at 6:31 PM.\n\n2.   ROLL CALL\n' +
      '     Attendee Name        Title            Status     Arrived\n     Rosa Vance           Mayor Pro Tem    Present\n     Abdi Noor            Councilmember    Late       6:44 PM\n     Ruth Engel           Councilmember    Absent\n\n3.   ADJOURNMENT\n     Adjourned.\n';
    expect(firstMeeting(text).attendees).toEqual([
      { name: 'Rosa Vance', role: 'Mayor Pro Tem', attendance: 'present' },
      { name: 'Abdi Noor', role: 'Councilmember', attendance: 'present' },
      { name: 'Ruth Engel', role: 'Councilmember', attendance: 'absent' },
    ]);
  });
});

describe('attendance as lists side by side', () => {
  it('reads each column of a "Members Present | Officers Present" table as its own attendance', () => {
    const text =
      'HOLT TOWN COUNCIL\nMinutes of the Full Council meeting held on Monday 3 March 2025\n\n| Members Present | Officers Present |\n| --- | --- |\n' +
      '| Cllr Ann Bell (Chair) | Mrs Jo Hale (Town Clerk) |\n| Cllr Carl Dent | |\n\n1. Apologies\nNone.\n';
    const meeting = firstMeeting(text);
    expect(meeting.attendees.map(({ name, role, attendance }) => [name, role, attendance])).toEqual([
      ['Cllr Ann Bell', 'Chair', 'present'],
      ['Mrs Jo Hale', 'Town Clerk', 'in attendance'],
      ['Cllr Carl Dent', null, 'present'],
    ]);
  });
});

describe('tables of people', () => {
  it("keeps an empty cell of a table of people in its column (a member with no role who sent apologies)", async () => {
    const html = '<h1>Holloway Parish Council</h1><p>Minutes of the meeting held on 3 March 2025</p><table><tr><th>Councillor</th><th>Role</th><th>Attendance</th></tr><tr><td>Cllr A Smith</td><td>Chair</td><td>Present</td></tr><tr><td>Cllr B Jones</td><td></td><td>Apologies</td></tr></table><h2>1. Planning</h2><p>No objection.</p><h2>2. Finance</h2><p>Noted.</p>';
    const meeting = firstMeeting(await readText(html, 'minutes.html'), 'html');
    expect(meeting.attendees.map((person) => [person.name, person.role, person.attendance])).toEqual([['Cllr A Smith', 'Chair', 'present'], ['Cllr B Jones', null, 'apologies']]);
  });

  it('reads a Markdown table headed "Present | Role" as people and their offices, the Role column\'s title as no one', async () => {
    const markdown = '# Elmbridge Allotment Society\n\nCommittee meeting, 4 March 2025\n\n| Present | Role |\n|---|---|\n| Jo Carver | Chair |\n| Ravi Sen | Treasurer |\n| Ola Berg | Secretary |\n\n## 1. Water troughs\n\nTwo troughs leak.\n\n## 2. Rents\n\nNo change.\n';
    const meeting = firstMeeting(await readText(markdown, 'minutes.md'), 'markdown');
    expect(meeting.attendees.map((person) => [person.name, person.role, person.attendance])).toEqual([
      ['Jo Carver', 'Chair', 'present'],
      ['Ravi Sen', 'Treasurer', 'present'],
      ['Ola Berg', 'Secretary', 'present'],
    ]);
  });

  it('ends a table of lists side by side at the first item heading under it', () => {
    const meeting = firstMeeting('HADDON PARISH COUNCIL\nMonday 12 May 2025\n\nCouncillors present    In attendance\nCllr P Whitby (Chair)    Mrs A Norris (Clerk)\nCllr S Brannigan\n\nMinute 25.31  Apologies for absence\nNone.\n\nMinute 25.32  Planning\nNo objection.\n');
    expect(meeting.attendees.map((person) => person.name)).toEqual(['Cllr P Whitby', 'Mrs A Norris', 'Cllr S Brannigan']);
    expect(meeting.items[0]).toMatchObject({ number: '25.31', title: 'Apologies for absence' });
  });
});

describe('a title in a column of its own', () => {
  it('reads "Councillor    Dion Walker    (until 5.10pm)" as the councillor, not an office held by "Dion Walker (…)"', () => {
    const meeting = firstMeeting(
      'Minutes of the Kaiwaka Local Board meeting held on Wednesday, 19 February 2025 at 4.00pm.\n\nPRESENT\n\nChairperson          Tania Ruru\nMembers              Ben Upton\n\nALSO PRESENT\n\nCouncillor           Dion Walker     (until 5.10pm)\n\n1  Welcome\n\nThe Chairperson opened the meeting.\n',
    );
    expect(peopleOf(meeting)).toEqual([
      ['Tania Ruru', 'Chair', 'present'],
      ['Ben Upton', null, 'present'],
      ['Councillor Dion Walker', null, 'in attendance'],
    ]);
  });
});

describe('transcripts and bilingual records', () => {
  it("reads an Official Report's front page as its attendance, its margin times as no paragraphs, and seat-and-party labels", () => {
    const meeting = firstMeeting(
      'Rural Affairs Committee\n\nTuesday 11 March 2025\n\nCONVENER\n*Morag Sinclair (Caithness) (SNP)\n\nCOMMITTEE MEMBERS\n*Alasdair Grieve (West Scotland) (Con)\nIain Dunbar (Argyll) (SNP)\n\n*attended\n\nCLERK TO THE COMMITTEE\nLorna Buchan\n\nLOCATION\nThe Burns Room (CR1)\n\nScottish Parliament\nRural Affairs Committee\n[The Convener opened the meeting at 09:30]\n\nCrofting Bill: Stage 1\n\n09:31\n\nThe Convener: Good morning.\n\nAlasdair Grieve (West Scotland) (Con): Is that still the case?\n\nBudget Scrutiny\n\nThe Convener: We move on.\n',
    );
    expect(meeting.attendees.map((person) => [person.name, person.role, person.attendance])).toEqual([
      ['Morag Sinclair', 'Chair', 'present'], ['Alasdair Grieve', null, 'present'], ['Iain Dunbar', null, 'absent'], ['Lorna Buchan', 'Clerk', 'in attendance'],
    ]);
    expect(meeting.items.map((item) => item.title)).toEqual(['Crofting Bill: Stage 1', 'Budget Scrutiny']);
    expect(paragraphStarting(meeting, 'Alasdair Grieve')?.speaker).toBe('Alasdair Grieve');
    expect(paragraphsOf(meeting).map((found) => found.text)).not.toContain('09:31');
  });

  it("reads a bilingual record's labels, offices given in both languages and titles printed twice with their number", () => {
    const meeting = firstMeeting(
      "Y Pwyllgor Cydraddoldeb a Chyfiawnder Cymdeithasol\nThe Equality and Social Justice Committee\n\n06/10/2025\n\nCommittee Members in Attendance\n\nGwenllian Morgan\tCadeirydd y Pwyllgor\nCommittee Chair\nRhodri Beynon\n\nSenedd Officials in Attendance\n\nElin Rowlands\tClerc\nClerk\n\n1. Papurau i'w nodi\n1. Papers to note\n\nGwenllian Morgan: We have three papers to note.\n",
    );
    expect(meeting.body).toBe('The Equality and Social Justice Committee');
    expect(meeting.attendees.map((person) => [person.name, person.role])).toEqual([['Gwenllian Morgan', 'Chair'], ['Rhodri Beynon', null], ['Elin Rowlands', 'Clerk']]);
    expect(meeting.items.map((item) => item.title)).toEqual(["Papurau i'w nodi / Papers to note"]);
  });
});

describe('a details list with each value under its label, and an "Attendance Details" title', () => {
  const MINUTES = [
    'Licensing Committee Minutes',
    '',
    'Date:',
    'Tuesday, 14th March, 2023',
    'Time:',
    '6.00pm',
    'Place:',
    'Committee Room 2, Civic Offices, Marlow Road',
    '',
    'Attendance Details',
    '',
    'Present:',
    'Councillor Gwen Tresize (Chairman), Councillor Owen Hale (Vice-Chairman) and Councillor Piran Laity.',
    'In attendance:',
    'Morwenna Keast - Licensing Manager',
    '12 APOLOGIES FOR ABSENCE',
    'None were received.',
    '13 MINUTES',
    'RESOLVED: That the Minutes be approved.',
  ].join('\n');

  it('reads the attendance under the title, and the venue under its label', () => {
    const [meeting] = parseText(MINUTES).meetings;
    expect(meeting.body).toBe('Licensing Committee');
    expect(meeting.venue).toBe('Committee Room 2, Civic Offices, Marlow Road');
    expect(meeting.attendees.map((attendee) => [attendee.name, attendee.attendance])).toEqual([
      ['Councillor Gwen Tresize', 'present'],
      ['Councillor Owen Hale', 'present'],
      ['Councillor Piran Laity', 'present'],
      ['Morwenna Keast', 'in attendance'],
    ]);
  });
});

describe('an opening sentence ending "when there were present:", "Councillors" and "Officers" over the names', () => {
  const MINUTES = [
    '14 MARCH 2024',
    'Minutes of a meeting of the LICENSING COMMITTEE held in the Council Chamber,',
    'Council Offices, Quay Road, Portlow at 10.00 am when there were present:',
    'Councillors',
    'Mrs T Pengelly (Chairman)',
    'R Hocking (Vice-Chairman)',
    'J K Nance',
    'Officers',
    'Mr S Rowe – Licensing Manager',
    '(41) APOLOGIES FOR ABSENCE',
    'None were received.',
    '(42) MINUTES',
    'The Minutes were approved.',
  ].join('\n');

  it('reads the members under "Councillors" as present and the officers as in attendance', () => {
    const [meeting] = parseText(MINUTES).meetings;
    expect(meeting.attendees.map((attendee) => [attendee.name, attendee.attendance])).toEqual([
      ['Mrs T Pengelly', 'present'],
      ['R Hocking', 'present'],
      ['J K Nance', 'present'],
      ['Mr S Rowe', 'in attendance'],
    ]);
    expect(meeting.items.map((entry) => entry.number)).toEqual(['41', '42']);
  });
});

describe('apologies accepted by resolution', () => {
  const minutes =
    'Minutes of the Ordinary Meeting of Tawhiri District Council held on 4 May 2022\n\nPresent: Mayor Kate Rivers, Cr Tom Hale\n\n' +
    '1 Apologies\n\nCouncil resolution\n\nThat the apology from Councillors Mawson and Wright be accepted.\n\n' +
    '2 Apologies received\n\nThat the apology received from Cr Collard be accepted and leave of absence granted.\n';

  it('names those who sent them, without the resolution’s verb after the names', () => {
    expect(peopleOf(firstMeeting(minutes)).filter(([, , attendance]) => attendance === 'apologies')).toEqual([
      ['Councillor Mawson', null, 'apologies'],
      ['Councillor Wright', null, 'apologies'],
      ['Cr Collard', null, 'apologies'],
    ]);
  });
});

describe('a header run together with its minutes on one line, as a document-sharing site copies a PDF', () => {
  const minutes =
    'THE RIVERSIDE HOMES GROUP LIMITED MINUTES OF RHG BOARD MEETING TUESDAY 12 March 2013 Present: Helen Garvie (Chair), ' +
    'Owen Blake (Vice-Chair), Nadia Shah, Councillor Peter Lund In attendance: Rosa Mint (Chief Executive), Dev Kapoor (Director of Finance), ' +
    'Ellen Frost (Company Secretary) The Chair welcomed Dev Kapoor, who was attending his first meeting of the Board as its Director of Finance. ' +
    '1. Apologies for Absence Apologies were received from Tariq Noor. 2. Declarations of Interest There were no declarations of interest. ' +
    '3. Rent Setting The Director of Finance presented the proposed rents for the coming year, which the Board approved.';

  it('reads each label’s list, the last one up to where the minutes’ own words begin', () => {
    expect(peopleOf(firstMeeting(minutes))).toEqual([
      ['Helen Garvie', 'Chair', 'present'],
      ['Owen Blake', 'Vice-Chair', 'present'],
      ['Nadia Shah', null, 'present'],
      ['Councillor Peter Lund', null, 'present'],
      ['Rosa Mint', 'Chief Executive', 'in attendance'],
      ['Dev Kapoor', 'Director of Finance', 'in attendance'],
      ['Ellen Frost', 'Company Secretary', 'in attendance'],
      // The apologies item's sentence, run on into the same line, names who sent them.
      ['Tariq Noor', null, 'apologies'],
    ]);
  });

  it('ends a list at a full stop that ends a sentence, not at an initial’s or a title’s', () => {
    const ended =
      'Minutes of the Committee Meeting of the Larchfield Allotment Society held in the Pavilion on Sunday 6 April 2014 at 10.00am ' +
      'Present: Mr. J. Tolley (Chair), Mrs K. Amis, Dr. S. Fenn. Apologies for absence: Cllr. Ada Voss, Ben Okoro. Gary Pike would join later. ' +
      'The minutes of the last meeting were agreed. The Treasurer reported that all plots had been let for the season and that the water ' +
      'troughs had been repaired at a cost of £140, which the committee agreed to pay from reserves.';
    expect(peopleOf(firstMeeting(ended))).toEqual([
      ['Mr. J. Tolley', 'Chair', 'present'],
      ['Mrs K. Amis', null, 'present'],
      ['Dr. S. Fenn', null, 'present'],
      ['Cllr. Ada Voss', null, 'apologies'],
      ['Ben Okoro', null, 'apologies'],
    ]);
  });

  it('leaves a label inside a numbered item’s long paragraph to the minutes', () => {
    const item =
      'MINUTES OF THE ANNUAL MEETING OF ASHGROVE PARISH COUNCIL HELD ON MONDAY 11TH MAY 2015.\n\nPRESENT were Cllrs R Dane (Chair), T Moss and the Clerk.\n\n' +
      '3. Election of Officers Election to office was unanimously supported by councillors following nomination, and councillors accepted the ' +
      'following positions: a. Chairperson: R Dane. The Chairperson signed the declaration of acceptance of office. b. Vice Chair: T Moss. ' +
      'c. Footpaths officer: J Hill, who agreed to walk the bridleways before the next meeting and to report any stiles needing repair.\n';
    expect(peopleOf(firstMeeting(item)).map(([name]) => name)).not.toContain('R Dane.');
    expect(firstMeeting(item).items[0].paragraphs.map((paragraph) => paragraph.text).join(' ')).toContain('Chairperson: R Dane.');
  });

  it('keeps a subject joined by "and" whole, so the list does not run on into the minutes', () => {
    const joined =
      'Full Council 14 March 2018 Page 1 MINUTES OF A MEETING OF FULL COUNCIL HELD ON WEDNESDAY 14th MARCH 2018 AT 7PM IN THE COUNCIL CHAMBER ' +
      'PRESENT: Cllr A Rowe (Mayor), Cllr B Dale, Cllr C Penn APOLOGIES: Cllr D Lowe, Cllr E Hart The Town Clerk and Deputy Town Clerk were in ' +
      'attendance. Prior to the meeting, the Mayor presented long service awards to two members of staff and thanked them for their work.';
    expect(peopleOf(firstMeeting(joined)).filter(([, , attendance]) => attendance === 'apologies').map(([name]) => name)).toEqual(['Cllr D Lowe', 'Cllr E Hart']);
    expect(firstMeeting(joined).items[0].paragraphs[0].text).toMatch(/^The Town Clerk and Deputy Town Clerk were in attendance/);
  });

  it('starts the minutes’ text at the sentence’s subject when no mark sets it apart from the last name', () => {
    const run =
      'REGULAR MEETING OF THE ALDER COUNTY BOARD OF SUPERVISORS HELD THE FOURTH DAY OF MARCH IN THE YEAR TWO THOUSAND AND NINE ' +
      'PRESENT: Ruth K. Lyle, Chairman; Owen P. Hart, Vice-Chairman; Dale Crisp Also Attending: Mona F. Reyes, County Attorney; ' +
      'Carl Dent, Recording Secretary Chairman Lyle called the meeting to order at 6:00 p.m. and Supervisor Crisp delivered the invocation. ' +
      'The Board then considered the consent agenda, which it approved by a vote of three to none.';
    expect(firstMeeting(run).items[0].paragraphs[0].text).toMatch(/^Chairman Lyle called the meeting to order/);
  });
});

describe('an apologies label whose sentence runs on before the names', () => {
  it('reads every name after "were received from"', () => {
    const minutes =
      'Parochial Church Council\nMinutes of Meeting\nThursday 12th March 2020\n\nPresent: Rev. Ian Holt (IH), Ann Marsh (AM).\n' +
      'Apologies for Absence: were received from Joan Pike (JP), Ken Lowe (KL), and Amy Fox (AF).\n\n1. Minutes\nThe minutes were approved.\n';
    expect(peopleOf(firstMeeting(minutes)).filter(([, , attendance]) => attendance === 'apologies').map(([name]) => name)).toEqual(['Joan Pike', 'Ken Lowe', 'Amy Fox']);
  });

  it('reads the names after a sentence that says "Apologies" again, and leaves out a body sending its apologies with them', () => {
    const minutes =
      'ASHBY MAGNA PARISH COUNCIL\nMinutes of the meeting held on Tuesday 4 March 2025 at 7pm\n\nThose Attending: Cllr A Hale (Chairman), Cllr B Rowe\n\n' +
      'Apologies: Apologies were received and accepted from Cllr Mrs D Pryor and the Police\n\n1. Minutes\nThe minutes were approved.\n';
    expect(peopleOf(firstMeeting(minutes)).filter(([, , attendance]) => attendance === 'apologies')).toEqual([['Cllr Mrs D Pryor', null, 'apologies']]);
  });
});

describe('attendance labels saying how members attended', () => {
  const minutesWith = (attendance: string) =>
    `Hurstwick Parish Council\nMinutes of the meeting held on 5 June 2024\n\n${attendance}\n\n1. Footpaths\nCllr Tranter reported a broken stile.\n`;
  const present = (attendance: string) =>
    firstMeeting(minutesWith(attendance)).attendees.filter((attendee) => attendee.attendance === 'present').map((attendee) => attendee.name);

  it.each([
    ['Present (in person): Cllr A Penrose (Chair), Cllr B Tranter\nPresent (online): Cllr C Moss', ['Cllr A Penrose', 'Cllr B Tranter', 'Cllr C Moss']],
    ['Members present remotely: Cllr A Penrose (Chair), Cllr B Tranter', ['Cllr A Penrose', 'Cllr B Tranter']],
    ['Those present: A. Penrose (Chair), B. Tranter\nApologies: E. Fenwick', ['A. Penrose', 'B. Tranter']],
    ['Attending in person: Ann Penrose (Chair), Ben Tranter\nAlso attending: Cara Moss', ['Ann Penrose', 'Ben Tranter']],
  ])('reads those present from "%s"', (attendance, names) => {
    expect(present(attendance)).toEqual(names);
  });
});

describe('people', () => {
  it('reads attendance set out in columns, the label in the first', () => {
    const header = 'SHIRE OF ASHLEY\nMinutes of the Ordinary Council Meeting held on Wednesday 19 February 2025\n\n';
    const text = `${header}1. ATTENDANCE\nCouncillors     Cr Ann Lind       Shire President\n                 Cr Dan Poole\nStaff            Mr Greg Hall      Chief Executive Officer\nApologies        Cr Sue Oakley\n\n2. CLOSURE\nThe meeting closed at 4pm.\n`;
    const { body, attendees } = firstMeeting(text);
    expect(body).toBe('Shire of Ashley Council');
    expect(attendees.map(({ name, role, attendance }) => [name, role, attendance])).toEqual([
      ['Cr Ann Lind', 'Shire President', 'present'],
      ['Cr Dan Poole', null, 'present'],
      ['Mr Greg Hall', 'Chief Executive Officer', 'in attendance'],
      ['Cr Sue Oakley', null, 'apologies'],
    ]);
  });

  it('takes a label in a column of its own only before a capital: justified prose is no label', () => {
    expect(attendanceLabelOf('Councillors     Cr Ann Lind')).toEqual({ attendance: 'present', rest: 'Cr Ann Lind', column: true, restEndsList: true });
    expect(attendanceLabelOf('Staff     Mr Greg Hall')).toEqual({ attendance: 'in attendance', rest: 'Mr Greg Hall', restEndsList: true });
    expect(attendanceLabelOf('Members   noted the report')).toBeNull();
  });

  it('reads two members on one line of a two-column list as two people', () => {
    const text = `ASHLEY JOINT BOARD\nMinute of Meeting held on Wednesday 26 February 2025\n\nPresent:\nCouncillor Ann Lind (Chair)          Dr Fay Bell (Vice-Chair)\nCouncillor Al Grant                  Mr Craig Munro\n\n1. MINUTE\nThe minute was approved.\n\n2. CLOSE\nThe meeting ended at 4pm.\n`;
    expect(firstMeeting(text).attendees.map(({ name, role }) => [name, role])).toEqual([
      ['Councillor Ann Lind', 'Chair'],
      ['Dr Fay Bell', 'Vice-Chair'],
      ['Councillor Al Grant', null],
      ['Mr Craig Munro', null],
    ]);
  });
});

describe('"Present" with no colon before titled names with no commas between them', () => {
  it('opens the attendance, each title starting the next name', () => {
    const minutes =
      'MONDAY 11 SEPTEMBER 2006\n\nAt a meeting of BRAEHEAD COMMUNITY COUNCIL held in the Town Hall Chamber, Braehead\n\n' +
      'Present Mr R Arden Mr J Moir Cllr G Fenton Mr T Nairn Ms K Fyfe\n\n' +
      '06/09/01 Circular\n\nThe circular calling the meeting was held as read.\n\n06/09/02 Apologies\n\nApologies for absence were received from Mrs J Arden.\n';
    expect(parseText(minutes).meetings[0].attendees.map(({ name, attendance }) => [name, attendance])).toEqual([
      ['Mr R Arden', 'present'],
      ['Mr J Moir', 'present'],
      ['Cllr G Fenton', 'present'],
      ['Mr T Nairn', 'present'],
      ['Ms K Fyfe', 'present'],
      ['Mrs J Arden', 'apologies'],
    ]);
  });
});

describe("a community council's other labels with no colon, before names or over them", () => {
  const header = 'Brindister Community Council Draft Minutes – May 2025\n\nMONDAY 5 MAY 2025\n\nAt a meeting of BRINDISTER COMMUNITY COUNCIL held in the Public Hall, Brindister, at 7.00pm\n\n';
  const items = '\n\n05/25/01 Circular\n\nThe circular calling the meeting was held as read.\n\n05/25/02 Apologies\n\nApologies for absence were received from Mr T Gear.\n';
  const expected = (...councillors: string[]) => [
    ['Mr K Tulloch', null, 'present'],
    ['Mrs J Halcrow', null, 'present'],
    ['Mr R Manson', null, 'present'],
    ...councillors.map((name) => [name, null, 'present']),
    ['Mrs E Irvine', 'Clerk to the Council', 'in attendance'],
    ['Mr T Gear', null, 'apologies'],
  ];

  it('reads "Members", "Ex-Officio Councillors", "Additional Co-opted Youth Members" and "In Attendance" before titled names on their line', () => {
    const labels =
      'Members Mr K Tulloch Mrs J Halcrow Mr R Manson\n\nEx-Officio Councillors Cllr D Jamieson Cllr F Sinclair\n\nAdditional Co-opted Youth Members Miss P Odie Mr S Ratter\n\n' +
      'In Attendance Mrs E Irvine, Clerk to the Council';
    expect(peopleOf(firstMeeting(header + labels + items))).toEqual(expected('Cllr D Jamieson', 'Cllr F Sinclair', 'Miss P Odie', 'Mr S Ratter'));
  });

  it('reads "Ex-Officio Councillors" alone on its line as a label over the names under it, not as a name', () => {
    const labels = 'Present\n\nMr K Tulloch, Mrs J Halcrow and Mr R Manson\n\nEx-Officio Councillors\n\nCllr D Jamieson and Cllr P Budge\n\nIn Attendance\n\nMrs E Irvine, Clerk to the Council';
    expect(peopleOf(firstMeeting(header + labels + items))).toEqual(expected('Cllr D Jamieson', 'Cllr P Budge'));
  });
});

describe('councillors listed one a line under the meeting\'s heading, with no label', () => {
  const minutes =
    'Minutes of the meeting held on Wednesday 4th July 2018 at 7pm in the Mayor’s Parlour.\n\n\n' +
    'Cllr R Pryce (Chair)\n\nCllr M Howells\n\nCllr E Gwyn\n\nCllr T Lloyd\n\nIn attendance: Ann Rowe (Town Clerk)\n\n' +
    '  1. Apologies for absence\n\nApologies received from Cllr G Evans.\n\n  2. Grants\n\nThe grants were recommended for approval.\n';

  it('are those present', () => {
    expect(parseText(minutes).meetings[0].attendees.map(({ name, role, attendance }) => [name, role, attendance])).toEqual([
      ['Cllr R Pryce', 'Chair', 'present'],
      ['Cllr M Howells', null, 'present'],
      ['Cllr E Gwyn', null, 'present'],
      ['Cllr T Lloyd', null, 'present'],
      ['Ann Rowe', 'Town Clerk', 'in attendance'],
      ['Cllr G Evans', null, 'apologies'],
    ]);
  });

  it('run on through a line of several under "Councillors"', () => {
    const mixed = 'LICENSING SUB-COMMITTEE\nTuesday 5 March 2024\n\nCouncillor A Penn (Chairman)\nCouncillor B Rowe (Vice-Chairman)\nCouncillors C Sole, D Tyne and F Ure\n\n1. Apologies\n\nNone.\n';
    expect(parseText(mixed).meetings[0].attendees.map(({ name, role }) => [name, role])).toEqual([
      ['Councillor A Penn', 'Chair'],
      ['Councillor B Rowe', 'Vice-Chair'],
      ['Councillor C Sole', null],
      ['Councillor D Tyne', null],
      ['Councillor F Ure', null],
    ]);
  });

  it('are no one when fewer than three', () => {
    const two = minutes.replace('Cllr E Gwyn\n\nCllr T Lloyd\n\n', '');
    expect(parseText(two).meetings[0].attendees.filter(({ attendance }) => attendance === 'present')).toEqual([]);
  });
});

describe('an apologies item whose title begins its sentence', () => {
  it('lists the people after "were received from:"', () => {
    const minutes =
      'Minutes of the Community Council Meeting held in the Village Hall on Tuesday, 19th July 2022.\n\n' +
      '1 Present\n\nCouncillors Mr Tom Rees (Chair), Mrs Ann Lloyd, Mr Huw Parry.\n\n' +
      '2 Apologies\n\nwere received from: Mr Dai Evans & Mrs Eira Thomas.\n\n3 Welcome\n\nThe Chair welcomed everyone to the meeting.\n';
    expect(parseText(minutes).meetings[0].attendees.filter(({ attendance }) => attendance === 'apologies').map(({ name }) => name)).toEqual(['Mr Dai Evans', 'Mrs Eira Thomas']);
  });
});

describe("a body's members named as its members: \"Members of Cabinet present:\"", () => {
  it('reads the members listed under "Members of the Executive who were present :" as present', () => {
    const text = 'RECORD OF DECISIONS\n\nThe following decisions were taken on WEDNESDAY, 5 MARCH 2025 by the EXECUTIVE\n\nMembers of the Executive who were present :\n\nMrs A Vane (Chairman), Mr B Wells, Mr C Yates\n\nAgenda item 1\nPublic Question Time\n\nNo questions were asked.\n';
    expect(peopleOf(firstMeeting(text))).toEqual([
      ['Mrs A Vane', 'Chair', 'present'],
      ['Mr B Wells', null, 'present'],
      ['Mr C Yates', null, 'present'],
    ]);
  });

  it('reads "Members of Cabinet present:" run on with "Other Members present:", the others in attendance', () => {
    const text = 'Minutes of the Cabinet meeting held at Marsh House on Tuesday 4 March 2025 at 6.30 pm\n\nMembers of Cabinet present: D Ames (Leader), E Birch, F Cole. Other Members present: G Dunn, H Eyre.\n\n1. Apologies for Absence\nNone.\n\n2. Minutes\nThe minutes were agreed.\n';
    expect(peopleOf(firstMeeting(text))).toEqual([
      ['D Ames', 'Leader', 'present'],
      ['E Birch', null, 'present'],
      ['F Cole', null, 'present'],
      ['G Dunn', null, 'in attendance'],
      ['H Eyre', null, 'in attendance'],
    ]);
  });

  it('leaves "Members of the public present:" a count of the public', () => {
    expect(attendanceLabelOf('Members of the public present: 4')?.attendance).not.toBe('present');
  });
});

describe("a US board's opening sentence that ends by introducing those present", () => {
  const list = 'Commissioner Dale Ruskin, Chair\n\nCommissioner Vera Oakley\n\nCommissioner Hollis, Vice-Chair\n\n';
  const rest = 'Chairman Ruskin called the meeting to order at 6:00 p.m. and led the Pledge of Allegiance to those assembled in the room.\n\n1. Approval of Minutes\nThe minutes were approved as written.\n';

  it('lists its members one a line, each a commissioner with the office after the comma', () => {
    const minutes = `The Marlin County Board of County Commissioners convened in a regular meeting on Monday, March 2, 2009 at 9:00 a.m. in the courtroom, with the following members present to-wit:\n\n${list}${rest}`;
    const meeting = firstMeeting(minutes);
    expect(peopleOf(meeting)).toEqual([
      ['Commissioner Dale Ruskin', 'Chair', 'present'],
      ['Commissioner Vera Oakley', null, 'present'],
      ['Commissioner Hollis', 'Vice-Chair', 'present'],
    ]);
    // The sentence is the minutes' own: its date stays the meeting's, and no name is taken for an item.
    expect(meeting.date).toBe('2009-03-02');
    expect(itemsOf(meeting).map(([, title]) => title)).not.toContain('Commissioner Vera Oakley');
  });

  it('lists them under "The following officials were present:" too', () => {
    const minutes = `Regular Meeting of the Board of Trustees was held on Monday, March 2, 2009 at the Village Hall.\n\nThe following officials were present:\n\nMayor Quill\nTrustee Ambler\nTrustee Dorsey\n\n${rest}`;
    expect(peopleOf(firstMeeting(minutes))).toEqual([
      ['Mayor Quill', null, 'present'],
      ['Trustee Ambler', null, 'present'],
      ['Trustee Dorsey', null, 'present'],
    ]);
  });
});

describe('an item of presentations', () => {
  it('lists no one the mayor presented an award to', () => {
    const minutes =
      'Minutes of the Regular Meeting of the Village Board\nMonday, March 2, 2009\n\nPresent: Mayor Quill, Trustee Ambler, Trustee Dorsey\n\n1. CALL TO ORDER\nMayor Quill called the meeting to order at 7:00 p.m.\n\n2. PRESENTATION\nMayor Quill presented to Nora Pike and Evan Stroud certificates in honor of their years with the volunteer ambulance corps.\n\n3. CORRESPONDENCE\nA letter from the county was read.\n';
    expect(peopleOf(firstMeeting(minutes)).map(([name]) => name)).toEqual(['Mayor Quill', 'Trustee Ambler', 'Trustee Dorsey']);
  });
});

describe("a US city's \"CITY COUNCIL:\" over its members", () => {
  it('is a label of those present, as "CITY STAFF:" is of those in attendance', () => {
    expect(attendanceLabelOf('CITY COUNCIL: Mayor Ann Orrin, Councilmembers Ray Hale and Pat Voss')?.attendance).toBe('present');
    expect(attendanceLabelOf('Council Members: Ray Hale, Pat Voss')?.attendance).toBe('present');
    expect(attendanceLabelOf('CITY STAFF: City Manager Dale Ames')?.attendance).toBe('in attendance');
    expect(attendanceLabelOf('City Council agreed to defer the item.')).toBeNull();
  });
});

describe('a bulleted header run onto one line, each list after a bullet', () => {
  it('starts a new kind of attendance at each bullet before a label ("Others:" among them), no bullet left on a name', () => {
    const minutes =
      'CYNGOR CYMUNED BRYNMAWR COMMUNITY COUNCIL Minutes of the meeting of the Brynmawr Community Council held at the School on Monday, 3rd March, 2025, at 7.00.p.m. ' +
      '12.0. Agenda Item 1: Record of those Present/Apologies • Members: Cllrs Eira Hughes (Chair), Owen Lloyd and Rhys Bowen • Others: Mr Dafydd Rees • ' +
      'Apologies for absence: Cllrs Gwen Evans and Tom Daniel. 12.1 Welcome • The Chair welcomed everyone.\n';
    expect(peopleOf(firstMeeting(minutes))).toEqual([
      ['Cllr Eira Hughes', 'Chair', 'present'],
      ['Cllr Owen Lloyd', null, 'present'],
      ['Cllr Rhys Bowen', null, 'present'],
      ['Mr Dafydd Rees', null, 'in attendance'],
      ['Cllr Gwen Evans', null, 'apologies'],
      ['Cllr Tom Daniel', null, 'apologies'],
    ]);
  });
});

describe('the councillors present with no label, the chair titled alone first', () => {
  it('reads "Councillor X (Mayor) Councillors A, B and C" under the title as those present', () => {
    const text =
      'Llanferw Town Council Monthly Meeting Wednesday 15th January 2025\n\nCouncillor Ann Hale (Mayor) Councillors Gareth Pugh, Ken Rees and Mrs Jean Hire\n\n' +
      'In attendance: Mel Carr (Town Clerk)\n\n133. Opening Prayer\n\nThe opening prayer was given by Cllr Gareth Pugh.\n';
    expect(peopleOf(firstMeeting(text))).toEqual([
      ['Councillor Ann Hale', 'Chair', 'present'],
      ['Councillor Gareth Pugh', null, 'present'],
      ['Councillor Ken Rees', null, 'present'],
      ['Councillor Mrs Jean Hire', null, 'present'],
      ['Mel Carr', 'Town Clerk', 'in attendance'],
    ]);
  });
});

describe("a small board's members labelled with their office", () => {
  const header = 'Board of Selectmen\nOctober 7, 2025\nMinutes\n\n';
  const items = '\n\n1. Warrant\nThe warrant was signed.\n';

  it('reads "Selectmen present:" after the opening sentence, and the officers after "Also present:"', () => {
    const meeting = firstMeeting(`${header}Opened the meeting and declared a quorum present. Selectmen present: Ann Marsh, Tom Reade. Also present: Fire Chief Dan Ruiz.${items}`);
    expect(peopleOf(meeting)).toEqual([
      ['Ann Marsh', null, 'present'],
      ['Tom Reade', null, 'present'],
      ['Dan Ruiz', 'Fire Chief', 'in attendance'],
    ]);
  });

  it('reads "Selectmen present included …" to the end of its sentence', () => {
    const meeting = firstMeeting(`${header}The meeting was called to order at 7:00 p.m. by the Chairman. Selectmen present included Ann Marsh and Tom Reade. The Town Administrator also attended.${items}`);
    expect(peopleOf(meeting)).toEqual([
      ['Ann Marsh', null, 'present'],
      ['Tom Reade', null, 'present'],
    ]);
  });

  it('reads "Senators present:" and "Senators absent:"', () => {
    expect(peopleOf(firstMeeting(`${header}Senators present: Abbot, Bryce. Guests: Dunn\nSenators absent: Gale${items}`))).toEqual([
      ['Abbot', null, 'present'],
      ['Bryce', null, 'present'],
      ['Dunn', null, 'in attendance'],
      ['Gale', null, 'absent'],
    ]);
  });
});

describe('a list of people printed all in capitals', () => {
  it('reads each name and office in capitalised words', () => {
    const meeting = firstMeeting('BOARD OF SELECTMEN\nMEETING MINUTES\nApril 6, 2026\n\nPRESENT: ANN J. MARSH, CHAIRMAN; TOM O\'NEILL, SELECTMAN; IRIS KEMP,\nRECORDING SECRETARY.\n\n1. CALL TO ORDER\nThe Chairman opened the meeting.\n');
    expect(peopleOf(meeting)).toEqual([
      ['Ann J. Marsh', 'Chair', 'present'],
      ["Tom O'Neill", 'Selectman', 'present'],
      ['Iris Kemp', 'Recording Secretary', 'present'],
    ]);
  });
});

describe('a label alone on its line, a blank line before the names', () => {
  it('reads "Present" over "Messrs …" as those present', () => {
    const meeting = firstMeeting('Minutes of the Meeting of the Tawa Community Board held in the Hall on Monday 2 March 2026 at 7.00pm.\n\nPresent\n\nMessrs P J Hale, W H Ruiz and T Amos.\n\n1. Apologies\nNil.\n');
    expect(peopleOf(meeting).map(([name]) => name)).toEqual(['Mr P J Hale', 'Mr W H Ruiz', 'Mr T Amos']);
  });
});

describe("an Indian council's numbered lists of members", () => {
  const header = 'MINUTES OF THE 9TH MEETING OF THE ACADEMIC COUNCIL\n\nThe 9th meeting of the Academic Council was held on 2nd May 2026.\n\n';
  const item = '\n\nItem No. 1: Minutes\n\nThe minutes were confirmed.\n';

  const present = 'The following members were present:\n\n1. Prof. Dr. A.K. Rao, Director Chairman\n2. Dr. Uma Nair, Head, Dept. of Physics Member\n3. Dr. R.S. Iyer, Registrar Secretary';

  it('reads each designation as the role, and the chair by the place on the council after it', () => {
    expect(peopleOf(firstMeeting(`${header}${present}${item}`))).toEqual([
      ['Prof. Dr. A.K. Rao', 'Chair', 'present'],
      ['Dr. Uma Nair', 'Head, Dept. of Physics', 'present'],
      ['Dr. R.S. Iyer', 'Registrar Secretary', 'present'],
    ]);
  });

  it('reads those who could not attend, under a sentence wrapped before its colon, as apologies', () => {
    const meeting = firstMeeting(`${header}${present}\n\nThe following members could not attend the meeting and the leave of absence was\ngranted to them:\n\n1. Dr. Leela Das\n2. Prof. Dr. S. Pillai${item}`);
    expect(peopleOf(meeting).slice(3)).toEqual([
      ['Dr. Leela Das', null, 'apologies'],
      ['Prof. Dr. S. Pillai', null, 'apologies'],
    ]);
  });
});

describe('a header set in two columns, the attendance down the right', () => {
  it('reads the left column as the title and the right as those present, and keeps the opening sentence under it', () => {
    const meeting = firstMeeting(
      'Board of Selectmen                          Present:      Ann Hale\nMay 5, 2026                                                 Tom Reed\nTown Hall                                   Jo Pike, Town Administrator\n\nMr. Reed called the meeting to order at 7:00 p.m.\n\nArticle 2: Road Repairs: The Board agreed to seek bids.\n',
    );
    expect(meeting.body).toBe('Board of Selectmen');
    expect(peopleOf(meeting)).toEqual([
      ['Ann Hale', null, 'present'],
      ['Tom Reed', null, 'present'],
      ['Jo Pike', 'Town Administrator', 'present'],
    ]);
    expect(paragraphsOf(meeting).map((paragraph) => paragraph.text)).toContain('Mr. Reed called the meeting to order at 7:00 p.m.');
  });
});

describe("a homeowners' association's managing agent", () => {
  it('reads "Management:" over a board\'s sections titled with colons as an attendance label, not a section', () => {
    const text =
      'Maple Glen Homeowners Association\nBoard of Directors Meeting Minutes\nDate: January 16, 2025\n\nDirectors present: Karen Liu (President), Tom Baxter (Treasurer)\nManagement: Jenna Hayes\n\n' +
      'Call to Order: The meeting was called to order at 6:32 p.m.\n\nTreasurer’s Report: Tom Baxter reported operating cash of $84,210.\n\nAdjournment: The meeting was adjourned at 7:41 p.m.\n';
    expect(peopleOf(firstMeeting(text))).toEqual([
      ['Karen Liu', 'President', 'present'],
      ['Tom Baxter', 'Treasurer', 'present'],
      ['Jenna Hayes', null, 'in attendance'],
    ]);
    expect(attendanceLabelOf('Management of the car park was discussed.')).toBeNull();
  });
});

describe('who chaired on a line of its own, a capital label over another, and the clerk after "and the"', () => {
  it('reads "Councillor NAME – in the chair" over names one a line as the chair and the members present', () => {
    const text = `${HOLT_HEADER}Councillor ANN BELL – in the chair\n\nCarl Dent\n\nMrs E Ford\n\nGwen H Hale\n\n1. Apologies\nNone.\n\n2. Minutes\nApproved.\n`;
    expect(peopleOf(firstMeeting(text))).toEqual([
      ['Councillor ANN BELL', 'Chair', 'present'],
      ['Carl Dent', null, 'present'],
      ['Mrs E Ford', null, 'present'],
      ['Gwen H Hale', null, 'present'],
    ]);
  });

  it('reads "ATTENDANCE" in capitals over "Present were:" under a header line in capitals, and no councillor as the clerk', () => {
    const text = `MINUTES OF THE MEETING OF HOLT PARISH COUNCIL\nTUESDAY 4th MARCH 2025 COMMENCING AT 7pm\nATTENDANCE\nPresent were:\nCllr A Bell (Chair), Cllr C Dent and the Clerk.\n1.\nAPOLOGIES\nNone.\n2.\nMINUTES\nApproved.\n`;
    expect(peopleOf(firstMeeting(text))).toEqual([
      ['Cllr A Bell', 'Chair', 'present'],
      ['Cllr C Dent', null, 'present'],
    ]);
  });
});

describe('a report section whose label reads like a list of people', () => {
  it('keeps "Trustees: Steve reported that …" as a paragraph, no attendance', () => {
    const minutes =
      'Church Council minutes December 12, 2019\n\nThose in attendance were Pastor Deb, Phyllis, Al and Steve.\n\nNovember minutes were reviewed.\n\n' +
      'Trustees: Steve reported that a committee would look at the building. The heat tape is done.\n\nWorship: Ben has taken on the nursery scheduling.\n';
    const meeting = firstMeeting(minutes);
    expect(peopleOf(meeting).map(([name]) => name)).toEqual(['Pastor Deb', 'Phyllis', 'Al', 'Steve']);
    expect(meeting.items.flatMap((item) => item.paragraphs.map((paragraph) => paragraph.text))).toContain('Trustees: Steve reported that a committee would look at the building. The heat tape is done.');
  });
});
