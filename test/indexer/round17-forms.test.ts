// Forms found in round 17 of the layout fixtures (records and transcripts), each in a small document written for this
// test: minutes quoted in an email reply, a notes app's Markdown, tables of questions and answers, agenda management
// records, a parliamentary Official Report's front page, a bilingual record, and the motions and labels they print.
import { parseMinutes } from '../../indexer/parse';
import { readDocument } from '../../indexer/readers';
import type { Meeting, SourceFormat } from '../../core/types';

const LIMITS = { maxFileBytes: 10_000_000 };
const read = async (text: string, file: string) => (await readDocument(Buffer.from(text), file, LIMITS)).text;
const parse = (text: string, format: SourceFormat = 'text'): Meeting => parseMinutes({ text, format, file: 'minutes', documentId: 'd' }).meetings[0];
const paragraphs = (meeting: Meeting) => meeting.items.flatMap((item) => item.paragraphs);
const paragraph = (meeting: Meeting, start: string) => paragraphs(meeting).find((found) => found.text.startsWith(start));

describe('quoted and annotated text', () => {
  it('takes the quote marks off a run of quoted lines in a text file, and leaves a line that only starts with ">"', async () => {
    const text = await read('Fwd below.\n\n> PARISH COUNCIL\n> > Present: Cllr A Bell\n>\n> 1. Apologies\n\n> 50 objections were received.\n', 'reply.txt');
    expect(text).toBe('Fwd below.\n\nPARISH COUNCIL\nPresent: Cllr A Bell\n\n1. Apologies\n\n> 50 objections were received.\n');
  });

  it("reads a notes app's Markdown without its marks: links, highlights, callouts, task boxes, fields and front matter", async () => {
    const note = [
      '---', 'organisation: "Orchard Trust"', 'date: 2025-05-07', '---',
      'Chair:: [[People/Nadia Whitlow|Nadia Whitlow]]', '', '==Agreed== to go ahead.', '', '> [!note] Decision', '> The accounts were approved.', '', '- [ ] Ffion to book the marquee #action',
    ].join('\n');
    expect(await read(note, 'notes.md')).toBe(
      'Body: Orchard Trust\nChair: Nadia Whitlow\n\nAgreed to go ahead.\n\nDecision:\nThe accounts were approved.\n\n- Ffion to book the marquee',
    );
  });

  it('reads the minutes a forwarded email quotes, not the earlier message header nor its date', () => {
    const meeting = parse(
      'From: A Clerk <a@example.net>\nSent: 17 April 2025 09:12\nTo: Councillors\nSubject: FW: minutes\n\nForwarding.\n\n-----Original Message-----\nFrom: B Clerk\nSent: 16 April 2025 22:47\nSubject: minutes\n\nVALE TOWN COUNCIL\nMinutes of the meeting held on Tuesday 15 April 2025.\n\n1. Apologies\nNone.\n',
    );
    expect(meeting.date).toBe('2025-04-15');
    expect(paragraphs(meeting).map((found) => found.text)).not.toContain('From: B Clerk');
  });
});

describe('tables and records', () => {
  it('parts a row of paragraph cells, and names who answered by name or by office', async () => {
    const html =
      '<h1>Borough Council</h1><p>Date: 21 May 2025</p><h2>5. Questions</h2><table><tr><td>Question from Councillor Rebecca Hanley: How many households were in temporary accommodation?</td><td>Response from Councillor Tobias Ince, Cabinet Member for Housing: There were 187 households at 31 March.</td></tr><tr><td>Question from Mr Samuel Okoro: Will response times be published by district?</td><td>Response from the Commissioner: Yes, each quarter from July on the website.</td></tr></table>';
    const meeting = parse(await read(html, 'minutes.html'), 'html');
    expect(paragraph(meeting, 'Response from Councillor Tobias Ince')?.speaker).toBe('Councillor Tobias Ince');
    expect(paragraph(meeting, 'Response from the Commissioner')?.speaker).toBe('The Commissioner');
    expect(paragraph(meeting, 'Question from Mr Samuel Okoro')?.text).toBe('Question from Mr Samuel Okoro: Will response times be published by district?');
  });

  it("reads an agenda management record's subject as its item and drops its fields; 'Motion & Voting' labels the motion", () => {
    const meeting = parse(
      'Harlan Creek School District\nMarch 10, 2025\n\n1. Consent Agenda\n\nSubject : 1.01 Approval of Consent Agenda\n\nMeeting : Mar 10, 2025 - Regular Meeting\n\nCategory : 1. Consent Agenda\n\nType : Action\n\nMotion & Voting\n\nApprove the consent agenda as presented.\n\nMotion by Diane Whitcombe, second by Leon Park.\n',
      'html',
    );
    expect(meeting.items.map((item) => [item.number, item.title])).toEqual([['1', 'Consent Agenda'], ['1.01', 'Approval of Consent Agenda']]);
    expect(meeting.items[1].decisions[0]).toContain('Approve the consent agenda as presented.');
    expect(paragraphs(meeting).some((found) => found.text.startsWith('Category'))).toBe(false);
  });

  it("keeps an empty cell of a table of people in its column (a member with no role who sent apologies)", async () => {
    const html = '<h1>Holloway Parish Council</h1><p>Minutes of the meeting held on 3 March 2025</p><table><tr><th>Councillor</th><th>Role</th><th>Attendance</th></tr><tr><td>Cllr A Smith</td><td>Chair</td><td>Present</td></tr><tr><td>Cllr B Jones</td><td></td><td>Apologies</td></tr></table><h2>1. Planning</h2><p>No objection.</p><h2>2. Finance</h2><p>Noted.</p>';
    const meeting = parse(await read(html, 'minutes.html'), 'html');
    expect(meeting.attendees.map((person) => [person.name, person.role, person.attendance])).toEqual([['Cllr A Smith', 'Chair', 'present'], ['Cllr B Jones', null, 'apologies']]);
  });

  it('ends a table of lists side by side at the first item heading under it', () => {
    const meeting = parse('HADDON PARISH COUNCIL\nMonday 12 May 2025\n\nCouncillors present    In attendance\nCllr P Whitby (Chair)    Mrs A Norris (Clerk)\nCllr S Brannigan\n\nMinute 25.31  Apologies for absence\nNone.\n\nMinute 25.32  Planning\nNo objection.\n');
    expect(meeting.attendees.map((person) => person.name)).toEqual(['Cllr P Whitby', 'Mrs A Norris', 'Cllr S Brannigan']);
    expect(meeting.items[0]).toMatchObject({ number: '25.31', title: 'Apologies for absence' });
  });
});

describe('headers and people', () => {
  it("names the council over a 'Meeting:' label that gives only the kind of meeting, and a details table's 'Meeting' row", async () => {
    expect(parse('LITTLE HADDON PARISH COUNCIL\n\nMeeting:    Ordinary Meeting of the Parish Council\nDate:    12 May 2025\n\n1. Apologies\nNone.\n').body).toBe('Little Haddon Parish Council');
    const html = '<table><tr><th>Meeting</th><td>Vale Police and Crime Panel</td></tr><tr><th>Date of meeting</th><td>19 June 2025</td></tr></table><h2>1. Apologies</h2><p>None.</p>';
    expect(parse(await read(html, 'minutes.html'), 'html').body).toBe('Vale Police and Crime Panel');
  });

  it("reads a council's full meeting as the council, and a township's 'Regular Council Meeting' as its Council", () => {
    expect(parse('# Cheltwick Borough Council\n\n# Council\n\nMinutes of the meeting held on 21 May 2025\n\n## 1. Apologies\n\nNone.', 'markdown').body).toBe('Cheltwick Borough Council');
    expect(parse('The Corporation of the Township of Ashgrove Falls\n\nRegular Council Meeting\n\nMinutes\n\nTuesday, March 11, 2025\n\n1. Call to Order\nCalled at 6 p.m.\n').body).toBe('Township of Ashgrove Falls Council');
  });

  it('reads the Mayor in the chair by the name in brackets, and a bulleted list of untitled people', () => {
    const meeting = parse('# Orchard Trust\n\nDate: 7 May 2025\n\nPresent: The Mayor (Councillor Harriet Lowndes) (in the Chair)\n\nAttendees:\n- Nadia Whitlow (Treasurer)\n- Jonah Merriweather\n\n## 1. Welcome\n\nNadia welcomed everyone.\nJonah offered to run the stall.', 'markdown');
    expect(meeting.attendees.map((person) => [person.name, person.role])).toEqual([['Councillor Harriet Lowndes', 'Chair'], ['Nadia Whitlow', 'Treasurer'], ['Jonah Merriweather', null]]);
    expect(paragraph(meeting, 'Jonah offered')?.speaker).toBe('Jonah Merriweather');
  });
});

describe('transcripts and bilingual records', () => {
  it("reads an Official Report's front page as its attendance, its margin times as no paragraphs, and seat-and-party labels", () => {
    const meeting = parse(
      'Rural Affairs Committee\n\nTuesday 11 March 2025\n\nCONVENER\n*Morag Sinclair (Caithness) (SNP)\n\nCOMMITTEE MEMBERS\n*Alasdair Grieve (West Scotland) (Con)\nIain Dunbar (Argyll) (SNP)\n\n*attended\n\nCLERK TO THE COMMITTEE\nLorna Buchan\n\nLOCATION\nThe Burns Room (CR1)\n\nScottish Parliament\nRural Affairs Committee\n[The Convener opened the meeting at 09:30]\n\nCrofting Bill: Stage 1\n\n09:31\n\nThe Convener: Good morning.\n\nAlasdair Grieve (West Scotland) (Con): Is that still the case?\n\nBudget Scrutiny\n\nThe Convener: We move on.\n',
    );
    expect(meeting.attendees.map((person) => [person.name, person.role, person.attendance])).toEqual([
      ['Morag Sinclair', 'Chair', 'present'], ['Alasdair Grieve', null, 'present'], ['Iain Dunbar', null, 'absent'], ['Lorna Buchan', 'Clerk', 'in attendance'],
    ]);
    expect(meeting.items.map((item) => item.title)).toEqual(['Crofting Bill: Stage 1', 'Budget Scrutiny']);
    expect(paragraph(meeting, 'Alasdair Grieve')?.speaker).toBe('Alasdair Grieve');
    expect(paragraphs(meeting).map((found) => found.text)).not.toContain('09:31');
  });

  it("reads a bilingual record's labels, offices given in both languages and titles printed twice with their number", () => {
    const meeting = parse(
      "Y Pwyllgor Cydraddoldeb a Chyfiawnder Cymdeithasol\nThe Equality and Social Justice Committee\n\n06/10/2025\n\nCommittee Members in Attendance\n\nGwenllian Morgan\tCadeirydd y Pwyllgor\nCommittee Chair\nRhodri Beynon\n\nSenedd Officials in Attendance\n\nElin Rowlands\tClerc\nClerk\n\n1. Papurau i'w nodi\n1. Papers to note\n\nGwenllian Morgan: We have three papers to note.\n",
    );
    expect(meeting.body).toBe('The Equality and Social Justice Committee');
    expect(meeting.attendees.map((person) => [person.name, person.role])).toEqual([['Gwenllian Morgan', 'Chair'], ['Rhodri Beynon', null], ['Elin Rowlands', 'Clerk']]);
    expect(meeting.items.map((item) => item.title)).toEqual(["Papurau i'w nodi / Papers to note"]);
  });
});

describe('parish minutes', () => {
  it('numbers items by the minute and the financial year, either way round', () => {
    const meeting = parse('BRAMBLEFORD PARISH COUNCIL\nWednesday 2nd April 2025\n\n1/25-26 Apologies\nNone.\n\n2/25-26 Finance\nNoted.\n\n25-26/003 Planning\nNo objection.\n');
    expect(meeting.items.map((item) => [item.number, item.title])).toEqual([['1/25-26', 'Apologies'], ['2/25-26', 'Finance'], ['25-26/003', 'Planning']]);
  });

  it('reads "Unanimously agreed", "Carried unanimously" and "all in favour that …" as decisions, not a closing "All in favour."', () => {
    const meeting = parse(
      'BRAMBLEFORD PARISH COUNCIL\nWednesday 2nd April 2025\n\n1. Finance\nCllr Pennington proposed the quote, seconded Cllr Okonjo. Unanimously agreed.\n\nProposed Cllr Ashworth, seconded Cllr Reynolds. Carried unanimously.\n\nProposed Cllr Reynolds, seconded Cllr Szabo, all in favour that the minutes be signed.\n\n2. Precept\nCllr Pascoe proposed, and Cllr Baptiste seconded, that the precept remain at £14,500. All in favour.\n',
    );
    expect(paragraphs(meeting).map((found) => found.isDecision)).toEqual([true, true, true, false]);
  });
});

describe('parish minutes, more forms', () => {
  const minutes = (header: string, body: string) => parse(`HOLLOWAY PARISH COUNCIL\nMinutes of the meeting held on ${header}\n\n${body}`);

  it("reads a committee's letters before a slash as an item's code under the attendance, not a police constable", () => {
    const meeting = minutes('Monday 3rd March 2025', 'Present: Cllr A Smith (Chair), Cllr B Jones\n\nPC/2025/14 Apologies for absence\nNone.\n\nPC/2025/15 Planning\nNo objection.\n\n24.25.016 Finance\nNoted.\n');
    expect(meeting.items.map((item) => item.number)).toEqual(['PC/2025/14', 'PC/2025/15', '24.25.016']);
  });

  it('reads the attendance under "The following were present:", "Councillors in attendance:" and "Cllrs present:", and a hyphenated date', () => {
    for (const label of ['The following were present:', 'Councillors in attendance:', 'Cllrs present:']) {
      const meeting = minutes('03-03-2025', `${label} Cllr A Smith (Chair), Cllr B Jones\n\n1. Apologies\nNone.\n\n2. Close\nClosed.\n`);
      expect(meeting.date).toBe('2025-03-03');
      expect(meeting.attendees.map((person) => person.name)).toEqual(['Cllr A Smith', 'Cllr B Jones']);
    }
  });

  it('reads "Councillors agreed to …", "Agreed." alone and "This was carried." as decisions, and not work "carried out"', () => {
    const meeting = minutes('Monday 3rd March 2025', '1. Benches\nCouncillors agreed to replace the bench.\n\nAgreed.\n\nIt was proposed by Cllr Smith and seconded by Cllr Jones that the bench be replaced. This was carried.\n\nCllr Smith asked whether repairs were carried out in time.\n\n2. Close\nClosed.\n');
    expect(meeting.items[0].paragraphs.map((found) => found.isDecision)).toEqual([true, true, true, false]);
  });
});

describe('meeting headers', () => {
  const bodyOf = (header: string) => parse(`${header}\n\nPresent: Cllr A Smith (Chair), Cllr B Jones\n\n1. Apologies\nNone.\n\n2. Close\nClosed.\n`).body;

  it("names the council a meeting's sentence or its line gives with the committee, and drops a short form in brackets", () => {
    expect(bodyOf('Minutes of the Full Council meeting of Holloway Town Council held on Monday 3rd March 2025')).toBe('Holloway Town Council Full Council');
    expect(bodyOf('HOLLOWAY TOWN COUNCIL – MINUTES OF THE PLANNING COMMITTEE MEETING HELD ON MONDAY 3RD MARCH 2025')).toBe('Holloway Town Council Planning Committee');
    expect(bodyOf('Holloway Parish Council (HPC)\nMinutes: 3 March 2025')).toBe('Holloway Parish Council');
  });
});

describe('decisions', () => {
  it('reads RECOMMENDED, a motion approved after its mover and seconder, and not a motion that something be approved', () => {
    const meeting = parse(
      'SANGGUNIANG BAYAN\n\nMINUTES OF THE 12TH REGULAR SESSION OF THE SANGGUNIANG BAYAN OF SAN ISIDRO HELD ON MONDAY, MARCH 17, 2025.\n\nPRESENT:\nHon. Ramon Villareal    Presiding Officer\n\nI. NEW BUSINESS\nOn motion of Hon. Alcantara, duly seconded by Hon. Catapang, the body approved the ordinance.\n\nBailie Galbraith, seconded by Councillor Petrie, moved that the budget be approved.\n\nRECOMMENDED to Council that the plan be approved.\n\nII. ADJOURNMENT\nThe session was adjourned.\n',
    );
    expect(meeting.body).toBe('Sangguniang Bayan of San Isidro');
    expect(meeting.attendees[0].role).toBe('Chair');
    expect(paragraph(meeting, 'On motion of Hon. Alcantara')?.isDecision).toBe(true);
    expect(paragraph(meeting, 'Bailie Galbraith')?.isDecision).toBe(false);
    expect(paragraph(meeting, 'RECOMMENDED to Council')?.isDecision).toBe(true);
  });
});
