// Questions about meetings answered from the meeting records of the sample corpus (a real SQLite store).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chunkMeetings } from '../../indexer/chunk';
import { parseMinutes } from '../../indexer/parse';
import { readSidecar } from '../../indexer/sidecar';
import { readDocument } from '../../indexer/readers';
import { openStore, type Store } from '../../indexer/stores/store';
import { answerMeetingFact, readMeetingFactQuestion } from '../../server/chat/meeting-facts';
import { findMeetingFactQuestion, type AskedAndAnswered } from '../../server/chat/meeting-follow-up';
import { interpretConversation } from '../../server/chat/interpret';
import { holdsOffice, samePerson } from '../../server/chat/office-holder';
import { meetingCitation } from '../../server/chat/meeting-records';
import { answerReply, askerOfReply, ASKS_FOR_REPLY } from '../../server/chat/reply-answer';
import { CORPUS_DIR } from '../helpers/environment';

const TODAY = '2026-12-02';

/** Questions of a conversation whose replies are not needed. */
const unanswered = (questions: string[]): AskedAndAnswered[] => questions.map((question) => ({ question, reply: '' }));
let store: Store;
let folder: string;

beforeAll(async () => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'meeting-facts-'));
  store = openStore(path.join(folder, 'store.db'));
  for (const name of fs.readdirSync(CORPUS_DIR).filter((file) => file.endsWith('.txt'))) {
    const file = path.join(CORPUS_DIR, name);
    const bytes = fs.readFileSync(file);
    const read = await readDocument(bytes, file, { maxFileBytes: 50_000_000 });
    const sidecar = await readSidecar(file);
    const { meetings } = parseMinutes({ text: read.text, format: read.format, file, documentId: name, sidecar });
    const document = { id: name, path: file, format: read.format, contentHash: name, size: bytes.length, indexedAt: TODAY };
    store.replaceDocument(document, meetings, chunkMeetings(meetings));
  }
});

/** The answer to one question read as the chat reads it. */
function answerTo(question: string) {
  const read = readMeetingFactQuestion(question, store.vocabulary().bodies);
  if (!read) throw new Error(`not read as a meeting question: ${question}`);
  return answerMeetingFact(read, store, TODAY);
}

afterAll(() => {
  store.close();
  fs.rmSync(folder, { recursive: true, force: true });
});

describe('reading meeting questions', () => {
  it.each([
    ['Who chaired the 28 September 2017 meeting?', 'chair'],
    ['Who chairs the Police and Crime Panel?', 'chair'],
    ['Who is the Vice-Chairman of the panel?', 'vice-chair'],
    ['Who was vice chair of the Crime and Disorder Committee in July 2017?', 'vice-chair'],
    ['Who attended the meeting on 17 October 2023?', 'attendance'],
    ['Who sent apologies to the July 2017 panel?', 'apologies'],
    ['What was on the agenda on 28 March 2017?', 'agenda'],
    ['What was decided at the meeting on 20 July 2017?', 'decisions'],
    ['What did the panel decide in November 2017?', 'decisions'],
    ['Summarise the meeting on 15 November 2017', 'summary'],
    ['What were the main issues at the last meeting?', 'summary'],
    ['What happened at the last Dartford committee?', 'summary'],
    ['What did the Dartford committee discuss in February 2018?', 'summary'],
    ['What was the most recent meeting about?', 'summary'],
    ['What was discussed at the Dartford committee in February 2018?', 'summary'],
    ['what was considered at the last panel meeting?', 'summary'],
    ['what was the meeting on 15 November 2017 about?', 'summary'],
    ['What was the July 2017 Dartford committee about?', 'summary'],
    ['When did the Police and Crime Panel last meet?', 'last-met'],
    ['When did the Dartford crime and disorder committee meet?', 'meetings-held'],
    ['How often did the panel meet?', 'meetings-held'],
    ['when is the dartford committee meeting after february 2018', 'next-meeting'],
    ['What is the latest meeting?', 'last-met'],
    ['Which meetings do you have?', 'coverage'],
    ['What committees are covered?', 'coverage'],
    ['What does this cover?', 'coverage'],
    ['list the meetings', 'coverage'],
    ['Is the minutes from 2024 available?', 'coverage'],
    ['Do you have the minutes for March 2019?', 'coverage'],
    ['Are there any meetings of the Dartford committee?', 'coverage'],
    ['When is the next meeting?', 'next-meeting'],
    ['When is the next Police and Crime Panel meeting?', 'next-meeting'],
    ['When was the last Crime and Disorder Committee meeting?', 'last-met'],
    ['Which councillors attended the Dartford committee on 26 July 2017?', 'attendance'],
    ['Was anyone absent from the Dartford committee in July 2017?', 'apologies'],
    ['What did the panel talk about on 20 July 2017?', 'summary'],
    ['Where was the panel meeting on 17 October 2023 held?', 'venue'],
    ['What did the panel discuss recently?', 'summary'],
    ['Tell me about the most recent meeting', 'summary'],
    ['last meeting', 'summary'],
    ['the latest Dartford committee meeting?', 'summary'],
    ['Tell me about the meeting on 15 November 2017', 'summary'],
    ['What is the Police and Crime Panel?', 'coverage'],
    ['Where did the committee meet in July 2017?', 'venue'],
    ['What was the venue of the 28 March 2017 meeting?', 'venue'],
    ['Who else attended?', 'attendance'],
    ['How many meetings are there?', 'coverage'],
    ['how many meetings has the panel had?', 'meetings-held'],
    ['How many meetings did the Dartford committee hold in 2017?', 'meetings-held'],
    ['What was decided at the last meeting?', 'decisions'],
    ['what decisions were made at the most recent meeting', 'decisions'],
    ['What did the panel agree recently?', 'decisions'],
  ])('reads %s as a %s question', (question, kind) => {
    expect(readMeetingFactQuestion(question, store.vocabulary().bodies)?.kind).toBe(kind);
  });

  it('reads the start of one body\'s name before "meeting" as that body ("the latest Dartford meeting"), not as the most recent meeting of any', () => {
    const bodies = store.vocabulary().bodies;
    const dartford = bodies.filter((body) => body.startsWith('Dartford'));
    expect(dartford).toHaveLength(1);
    expect(readMeetingFactQuestion('What happened at the latest Dartford meeting?', bodies)).toMatchObject({ kind: 'summary', bodies: dartford });
    expect(answerTo('who attended the last Dartford meeting?').answer).toMatch(/Dartford Borough Council Crime and Disorder/);
  });

  it('reads a short follow-up as the earlier meeting question about the date it names', () => {
    const bodies = store.vocabulary().bodies;
    expect(findMeetingFactQuestion(unanswered(['Who chaired the 28 September 2017 meeting?', 'and on 20 July 2017?']), bodies)).toMatchObject({
      kind: 'chair',
      from: '2017-07-20',
      to: '2017-07-20',
    });
    expect(findMeetingFactQuestion(unanswered(['What was decided about the precept?', 'and in 2023?']), bodies)).toBeNull();
  });

  it('reads a meeting question that names no meeting as about the meeting asked about just before', () => {
    const bodies = store.vocabulary().bodies;
    const asked = ['Summarise the meeting on 15 November 2017', 'who was there?'];
    expect(findMeetingFactQuestion(unanswered(asked), bodies)).toMatchObject({ kind: 'attendance', from: '2017-11-15', to: '2017-11-15' });
    // Down a chain of such questions, and answered for that meeting, not the most recent one.
    const chain = findMeetingFactQuestion(unanswered([...asked, 'who sent apologies?']), bodies);
    expect(chain).toMatchObject({ kind: 'apologies', from: '2017-11-15' });
    expect(answerMeetingFact(findMeetingFactQuestion(unanswered(asked), bodies)!, store, TODAY).answer).toMatch(/^The minutes of the Kent and Medway Police and Crime Panel meeting of 15 November 2017 record who attended: Mr P M Hill/);
  });

  it('reads a follow-up to a question about "the last meeting" as about the one meeting its reply named', () => {
    const bodies = store.vocabulary().bodies;
    const chairReply = 'Mr P M Hill, OBE chaired the Kent and Medway Police and Crime Panel meeting of 15 November 2017 [1].';
    const conversation = [
      { question: 'who chaired the last meeting?', reply: chairReply },
      { question: 'who else attended?', reply: '' },
    ];
    const followUp = findMeetingFactQuestion(conversation, bodies);
    expect(followUp).toMatchObject({ kind: 'attendance', from: '2017-11-15', to: '2017-11-15', bodies: ['Kent and Medway Police and Crime Panel'] });
    expect(answerMeetingFact(followUp!, store, TODAY).answer).toMatch(/meeting of 15 November 2017 record who attended/);
    // Unanswered, "the last meeting" stays the most recent one; a reply naming several meetings names none of them.
    expect(findMeetingFactQuestion(unanswered(conversation.map((asked) => asked.question)), bodies)?.from).toBeUndefined();
    const listing = [{ question: 'who chaired the last meeting?', reply: 'The panel met on 20 July 2017 and 15 November 2017.' }, conversation[1]];
    expect(findMeetingFactQuestion(listing, bodies)?.from).toBeUndefined();
  });

  it('reads "what was decided?" after a meeting question as the decisions of that meeting, not its question again', () => {
    const bodies = store.vocabulary().bodies;
    const afterAttendance = findMeetingFactQuestion(unanswered(['who attended the meeting on 28 September 2017?', 'and what was decided?']), bodies);
    expect(afterAttendance).toMatchObject({ kind: 'decisions', from: '2017-09-28', to: '2017-09-28' });
    expect(answerMeetingFact(afterAttendance!, store, TODAY).answer).toMatch(/^At the Kent and Medway Police and Crime Panel meeting of 28 September 2017 the decisions were/);
    // After "when did the panel last meet?", the last meeting's decisions.
    const afterLastMet = findMeetingFactQuestion(unanswered(['When did the panel last meet?', 'What was decided?']), bodies);
    expect(afterLastMet).toMatchObject({ kind: 'decisions', from: undefined });
    expect(answerMeetingFact(afterLastMet!, store, TODAY).answer).toMatch(/Kent and Medway Police and Crime Panel meeting of 17 October 2023/);
    // After a topic question it stays a question about that topic's decisions.
    expect(findMeetingFactQuestion(unanswered(['What did the Commissioner say about CCTV funding?', 'and what was decided?']), bodies)).toBeNull();
  });

  it('reads a meeting question after a topic question narrowed to one meeting as about that meeting', () => {
    const bodies = store.vocabulary().bodies;
    const asked = ['What was discussed at the Dartford committee in February 2018?', 'who attended?'];
    expect(findMeetingFactQuestion(unanswered(asked), bodies)).toMatchObject({ kind: 'attendance', from: '2018-02-01', to: '2018-02-28' });
    expect(answerMeetingFact(findMeetingFactQuestion(unanswered(asked), bodies)!, store, TODAY).answer).toContain('Dartford Borough Council Crime and Disorder (Overview and Scrutiny) Committee meeting of 21 February 2018');
    // Down the chain: the decisions of that meeting too.
    const decided = findMeetingFactQuestion(unanswered([...asked, 'and what was decided?']), bodies);
    expect(decided).toMatchObject({ kind: 'decisions', from: '2018-02-01', to: '2018-02-28' });
    // An agenda pack, published before the meeting: nothing decided in it yet.
    expect(answerMeetingFact(decided!, store, TODAY).answer).toBe('The minutes of the Dartford Borough Council Crime and Disorder (Overview and Scrutiny) Committee meeting of 21 February 2018 record no decisions [1].');
    expect(findMeetingFactQuestion(unanswered(['What did the Dartford committee say about knife crime?', 'who chaired?']), bodies)).toMatchObject({ kind: 'chair', bodies: ['Dartford Borough Council Crime and Disorder (Overview and Scrutiny) Committee'] });
  });

  it('keeps a meeting question that names its own meeting, or asks after a topic question, as asked', () => {
    const bodies = store.vocabulary().bodies;
    expect(findMeetingFactQuestion(unanswered(['Summarise the meeting on 15 November 2017', 'who chaired the last meeting?']), bodies)?.from).toBeUndefined();
    expect(findMeetingFactQuestion(unanswered(['Summarise the meeting on 15 November 2017', 'who attended on 17 October 2023?']), bodies)).toMatchObject({ from: '2023-10-17' });
    expect(findMeetingFactQuestion(unanswered(['What was said about CCTV in 2017?', 'who was there?']), bodies)?.from).toBeUndefined();
  });

  it.each([
    ['Who is the Commissioner?', 'Commissioner'],
    ['who was the chief of staff in 2017?', 'chief of staff'],
    ['Who is the Community Safety Manager at Dartford?', 'Community Safety Manager'],
    ["What is the PCC's name?", 'PCC'],
    ["What's the name of the Chief Constable?", 'Chief Constable'],
  ])('reads %s as asking who holds an office', (question, office) => {
    expect(readMeetingFactQuestion(question, store.vocabulary().bodies)).toMatchObject({ kind: 'office-holder', office });
  });

  it.each(['What was decided about the precept?', 'What did the Commissioner say about CCTV funding?', 'What is the capital of France?', 'Give me a summary of the precept debate', 'What did the panel discuss about CCTV in 2017?', 'What did the panel talk about regarding CCTV on 20 July 2017?', 'Tell me about the CCTV discussion at the last meeting', 'What is the precept?', 'Were officers absent-minded about body-worn video?', 'What was the meeting about CCTV about?', 'Do you have any minutes on knife crime?', 'What was discussed at the panel about CCTV in July 2017?'])(
    'leaves the topic question %s to search',
    (question) => {
      expect(readMeetingFactQuestion(question, store.vocabulary().bodies)).toBeNull();
    },
  );
});

describe('answers from the meeting records', () => {
  it('says what the minutes cover: each body with its meetings by date, undated or second records counted', () => {
    const fact = answerTo('Which meetings do you have?');
    expect(fact.answer).toMatch(/^The minutes here are of 2 bodies from 28 March 2017 to 17 October 2023: /);
    expect(fact.answer).toContain('Kent and Medway Police and Crime Panel (28 March 2017, 20 July 2017, 28 September 2017, 15 November 2017, 17 October 2023; and 2 other records, undated or part of a meeting listed)');
    expect(fact.answer).toContain('Dartford Borough Council Crime and Disorder (Overview and Scrutiny) Committee (26 July 2017, 21 February 2018)');
  });

  it.each([
    ['Who chaired the meeting on 1 January 2019?', 'No meeting on 1 January 2019 is in the minutes searched here. The nearest recorded: before it, the Dartford Borough Council Crime and Disorder (Overview and Scrutiny) Committee meeting of 21 February 2018; after it, the Kent and Medway Police and Crime Panel meeting of 17 October 2023.'],
    ['Who attended the meeting in March 2019?', 'No meeting in March 2019 is in the minutes searched here. The nearest recorded: before it, the Dartford Borough Council Crime and Disorder (Overview and Scrutiny) Committee meeting of 21 February 2018; after it, the Kent and Medway Police and Crime Panel meeting of 17 October 2023.'],
    ['Who chaired the panel meeting on 3 May 2020?', 'No meeting on 3 May 2020 is in the minutes searched here. The nearest recorded: before it, the Kent and Medway Police and Crime Panel meeting of 15 November 2017; after it, the Kent and Medway Police and Crime Panel meeting of 17 October 2023.'],
    ['Who sent apologies to the Dartford committee in 2023?', 'No meeting of the Dartford Borough Council Crime and Disorder (Overview and Scrutiny) Committee in 2023 is in the minutes searched here. The nearest recorded: before it, the Dartford Borough Council Crime and Disorder (Overview and Scrutiny) Committee meeting of 21 February 2018.'],
  ])('says which period has no meeting for %s, and the nearest meetings held', (question, answer) => {
    const fact = answerTo(question);
    expect(fact.answer).toBe(answer);
    expect(fact.citations).toEqual([]);
  });

  it.each([
    ['Do you have the minutes for 2019?', /^No minutes in 2019 are held here\. The minutes here are of 2 bodies from 28 March 2017 to 17 October 2023: /],
    ['Is the minutes from 2024 available?', /^No minutes since 1 January 2024 are held here\. The minutes here are of 2 bodies/],
    ['Are there minutes for July 2017?', /^Yes: 2 meetings in July 2017 are held here: the Kent and Medway Police and Crime Panel meeting of 20 July 2017; the Dartford Borough Council Crime and Disorder \(Overview and Scrutiny\) Committee meeting of 26 July 2017\.$/],
    ['Are there minutes of the Dartford committee for 2023?', /^No minutes of the Dartford Borough Council Crime and Disorder \(Overview and Scrutiny\) Committee in 2023 are held here\. Minutes of the Dartford Borough Council Crime and Disorder \(Overview and Scrutiny\) Committee \(26 July 2017, 21 February 2018\) from 26 July 2017 to 21 February 2018 are held here\./],
    ['Do you have minutes of the Dartford committee?', /^Minutes of the Dartford Borough Council Crime and Disorder \(Overview and Scrutiny\) Committee \(26 July 2017, 21 February 2018\) from 26 July 2017 to 21 February 2018 are held here\./],
  ])('answers %s with whether that period or body is held', (question, answer) => {
    const fact = answerTo(question);
    expect(fact.kind).toBe('coverage');
    expect(fact.answer).toMatch(answer);
  });

  it('names the chair of 28 September 2017 and cites that meeting', () => {
    const fact = answerTo('Who chaired the 28 September 2017 meeting?');
    expect(fact.answer).toMatch(/^Mr P M Hill, OBE chaired the Kent and Medway Police and Crime Panel meeting of 28 September 2017 \[1\]\.$/);
    expect(fact.citations).toHaveLength(1);
    expect(fact.citations[0].meeting.date).toBe('2017-09-28');
  });

  it('lists the people present at 20 July 2017 with their roles', () => {
    const fact = answerTo('Who attended the Police and Crime Panel on 20 July 2017?');
    expect(fact.answer).toContain('Mr P M Hill, OBE (Chair)');
    expect(fact.answer).toContain('Mr J Cook (Scrutiny Research Officer)');
    expect(fact.citations[0].meeting.date).toBe('2017-07-20');
  });

  it('says what minutes of a body named alone are held ("What is the Police and Crime Panel?")', () => {
    expect(answerTo('What is the Crime and Disorder Committee?').answer).toBe(
      'Minutes of the Dartford Borough Council Crime and Disorder (Overview and Scrutiny) Committee (26 July 2017, 21 February 2018) from 26 July 2017 to 21 February 2018 are held here. Ask about a subject, a person or one of its meetings.',
    );
  });

  it('says where a meeting was held, or that its minutes do not say', () => {
    const fact = answerTo('Where was the panel meeting on 17 October 2023 held?');
    expect(fact.answer).toBe('The Kent and Medway Police and Crime Panel meeting of 17 October 2023 was held at Council Chamber, Sessions House, County Hall, Maidstone [1].');
    expect(fact.citations[0].meeting.date).toBe('2023-10-17');
    expect(answerTo('Where did the Crime and Disorder Committee meet in July 2017?').answer).toMatch(/do not say where it was held \[1\]\.$/);
  });

  it('lists the items of a meeting in order', () => {
    const fact = answerTo('What was on the agenda on 17 October 2023?');
    expect(fact.answer).toMatch(/considered 10 items: Declarations of Interests by Members/);
  });

  it('quotes the decisions of one meeting, each cited to its paragraph', () => {
    const fact = answerTo('What was decided at the meeting on 17 October 2023?');
    expect(fact.citations.length).toBeGreaterThan(0);
    for (const citation of fact.citations) expect(citation.text).toMatch(/RESOLVED|AGREED|agreed|resolved/);
    expect(fact.citations[0].paragraphIndex).not.toBeNull();
  });

  it('answers "who chairs" a body for its most recent meeting that records a chair and says so; a year of several meetings asks which', () => {
    const fact = answerTo('Who chairs the Police and Crime Panel?');
    // Its latest minutes (17 October 2023) name no chair: the latest that do answer, and the answer says so.
    expect(fact.answer).toMatch(/^Mr P M Hill, OBE chaired the Kent and Medway Police and Crime Panel meeting of 15 November 2017 \[1\]\.\n\(That is the most recent meeting that records its chair; name a date for another\.\)$/);
    expect(fact.citations[0].meeting.date).toBe('2017-11-15');
    expect(answerTo('Who chaired the panel in 2017?').answer).toMatch(/^\d meetings match: .*Which one do you mean\?$/);
    // The committee's latest record is an agenda pack naming no chair: the latest meeting that records one answers.
    expect(answerTo('Who chairs the Crime and Disorder Committee?').answer).toMatch(/^Councillor R J Wells chaired .* 26 July 2017 \[1\]\.\n\(That is the most recent meeting that records its chair; name a date for another\.\)$/);
  });

  it('answers who is vice-chair from the most recent meeting recording one, as "who chairs" is answered', () => {
    const fact = answerTo('Who is the Vice-Chairman of the Police and Crime Panel?');
    expect(fact.answer).toMatch(/^The minutes of the Kent and Medway Police and Crime Panel meeting of 15 November 2017 record Mr Gurvinder Sandher as Vice-Chair \[1\]\.\n\(That is the most recent meeting that records its vice-chair; name a date for another\.\)$/);
    expect(fact.citations[0].text).toBe('Mr Gurvinder Sandher (Vice-Chair)');
    expect(answerTo('Who was the vice chair of the Crime and Disorder Committee on 26 July 2017?').answer).toMatch(/record Councillor A S Sandhu, MBE as Vice-Chair \[1\]\.$/);
  });

  it('summarises a meeting from its record: its items, then its decisions, each cited', () => {
    const fact = answerTo('Summarise the meeting on 15 November 2017');
    expect(fact.answer).toMatch(/^The Kent and Medway Police and Crime Panel meeting of 15 November 2017 considered 7 items: 247\. Minutes of the Police and Crime Panel held on 28 September 2017; 248\. /);
    expect(fact.answer).toMatch(/\nIts decisions were \(\d+ more in the minutes\):\nOn Minutes of the Police and Crime Panel held on 28 September 2017: RESOLVED that the minutes .* \[2\]/);
    expect(fact.citations.map((citation) => citation.n)).toEqual([1, 2, 3, 4, 5]);
    expect(fact.citations.slice(1).every((citation) => /RESOLVED/.test(citation.text))).toBe(true);
    expect(answerTo('What were the main issues at the last meeting?').answer).toMatch(/^The Kent and Medway Police and Crime Panel meeting of 17 October 2023 considered 10 items/);
  });

  it('lets a kind of body named alone decide between meetings that match a month ("the July 2017 panel")', () => {
    const panel = answerTo('Who sent apologies to the July 2017 panel?');
    expect(panel.answer).toBe('The minutes of the Kent and Medway Police and Crime Panel meeting of 20 July 2017 do not record apologies or absence [1].');
    expect(answerTo('Who attended the committee in July 2017?').citations[0].meeting.date).toBe('2017-07-26');
    // Called loosely "the committee", the panel's only meeting on a date is still found.
    expect(answerTo('Who chaired the committee on 28 September 2017?').answer).toMatch(/^Mr P M Hill, OBE chaired the Kent and Medway Police and Crime Panel meeting of 28 September 2017/);
  });

  it('answers for a meeting published in parts from its fullest record ("what did the panel decide in November 2017?")', () => {
    // The 15 November 2017 minutes and the page of one of its items share a body and a date: one meeting.
    const fact = answerTo('What did the panel decide in November 2017?');
    expect(fact.answer).toMatch(/^At the Kent and Medway Police and Crime Panel meeting of 15 November 2017 the decisions were/);
    expect(new Set(fact.citations.map((citation) => citation.meeting.id)).size).toBe(1);
  });

  it('answers when a body last met, and that no future meeting is recorded', () => {
    expect(answerTo('When did the Police and Crime Panel last meet?').answer).toMatch(/most recent meeting recorded is the Kent and Medway Police and Crime Panel meeting of 17 October 2023/);
    expect(answerTo('When is the next meeting of the Police and Crime Panel?').answer).toMatch(/^No future meeting/);
  });

  it('gives the next meeting as the latest minutes announce it when no later meeting is in the archive', () => {
    const fact = answerTo("When is the Dartford committee's next meeting?");
    expect(fact.answer).toMatch(/^No later meeting of the Dartford .* Committee is in the minutes; the .* meeting of 21 February 2018, the latest, gives the next as 25 July 2018 \[1\]/);
    expect(fact.citations).toEqual([expect.objectContaining({ item: expect.objectContaining({ title: 'Next Meeting' }), text: expect.stringContaining('will take place on Wednesday 25 July 2018') })]);
  });
});

describe('when a body met', () => {
  it('lists the dates a body met when asked when it met, a meeting published in parts once', () => {
    expect(answerTo('When did the Dartford crime and disorder committee meet?').answer).toMatch(/2 dated meetings of the Dartford .* Committee are in the archive: 26 July 2017 and 21 February 2018\.$/);
    expect(answerTo('When did the panel meet in 2017?').answer).toMatch(/: 28 March 2017, 20 July 2017, 28 September 2017 and 15 November 2017\.$/);
  });

  it('gives the first meeting held from the date a next meeting is asked after, and past the latest, what its minutes announce', () => {
    expect(answerTo('When is the panel meeting after October 2017?').answer).toMatch(/^The next meeting recorded is the Kent and Medway Police and Crime Panel meeting of 15 November 2017 \[1\]/);
    expect(answerTo('when is the dartford committee meeting after february 2018').answer).toMatch(/gives the next as 25 July 2018 \[1\]/);
  });

  it("reads whose office it is apart from the office (\"the panel's policy officer\")", () => {
    expect(readMeetingFactQuestion("who is the panel's policy officer", store.vocabulary().bodies)).toMatchObject({ kind: 'office-holder', office: 'policy officer' });
    expect(answerTo("who is the panel's policy officer").answer).toMatch(/record Mr M Campbell as Policy Officer \[1\]/);
  });
});

describe('who holds an office', () => {
  it('lists the attendees with a role, so a question naming the Commissioner by name asks what the Commissioner said', () => {
    const vocabulary = store.vocabulary();
    expect(vocabulary.officeHolders).toEqual(expect.arrayContaining([{ name: 'Mr M Scott', role: 'Kent Police and Crime Commissioner' }]));
    expect(vocabulary.officeHolders.every((holder) => holder.role.length > 0)).toBe(true);
    const read = interpretConversation([{ role: 'user', content: 'What did Matthew Scott say about victims?' }], vocabulary);
    expect(read).toMatchObject({ query: 'victims', filters: { speaker: ['The Commissioner'] } });
  });


  it('tells an office by the last words of the role minuted, before any comma', () => {
    expect(holdsOffice('Kent Police and Crime Commissioner', 'commissioner')).toBe(true);
    expect(holdsOffice('Kent Police and Crime Commissioner', 'Police and Crime Commissioner')).toBe(true);
    expect(holdsOffice('Community Safety Manager, CSU', 'community safety manager')).toBe(true);
    expect(holdsOffice("PCC's Chief of Staff", 'chief of staff')).toBe(true);
    // The Chief of Staff is the PCC's, not the PCC; a manager is not every kind of manager.
    expect(holdsOffice("PCC's Chief of Staff", 'PCC')).toBe(false);
    expect(holdsOffice('EARS & CSU Manager', 'community safety manager')).toBe(false);
  });

  it('answers from the most recent attendance list naming the office, and says which meeting that is', () => {
    const answer = answerTo('Who is the Commissioner?');
    expect(answer.answer).toMatch(/^The minutes of the Kent and Medway Police and Crime Panel meeting of \d+ \w+ \d{4} record Mr M Scott as Kent Police and Crime Commissioner \[1\]\./);
    expect(answer.citations).toHaveLength(1);
    expect(answer.citations[0].text).toBe('Mr M Scott (Kent Police and Crime Commissioner)');
    expect(answerTo('Who was the Chief of Staff?').answer).toMatch(/record Mr A Harper as PCC's Chief of Staff \[1\]/);
    expect(answerTo('Who is the Commissioner of Kent?').citations[0].text).toBe('Mr M Scott (Kent Police and Crime Commissioner)');
    // Any spelling of the role, asked either way.
    expect(answerTo("What is the PCC's name?").citations[0].text).toBe('Mr M Scott (Kent Police and Crime Commissioner)');
  });

  it('answers "who is Matthew Scott?" with the office the most recent attendance list naming him gives', () => {
    expect(samePerson('Mr M Scott', 'Matthew Scott')).toBe(true);
    expect(samePerson('Mr M Scott', 'Mr Scott')).toBe(true);
    expect(samePerson('Mr M Scott', 'Mark Scott')).toBe(true);
    expect(samePerson('Mr M Scott', 'Nigel Scott')).toBe(false);
    expect(samePerson('Mr M Scott', 'Matthew Scot')).toBe(false);
    const answer = answerTo('Who is Matthew Scott?');
    expect(answer.answer).toMatch(/record Mr M Scott as Kent Police and Crime Commissioner \[1\]/);
    expect(answer.citations[0].text).toBe('Mr M Scott (Kent Police and Crime Commissioner)');
    expect(answerTo('Who is John Smith?').citations).toEqual([]);
  });

  it('cites nothing for an office no attendance list names, so the question goes to the search', () => {
    const answer = answerTo('Who is the best person to ask about parking?');
    expect(answer.kind).toBe('office-holder');
    expect(answer.citations).toEqual([]);
  });
});

describe('the reply to a question quoted before', () => {
  /** A citation of the paragraph of the 28 September 2017 panel's questions item that holds `words`. */
  function citationOf(words: string) {
    const summary = store.listMeetings({ from: '2017-09-28', to: '2017-09-28', limit: 5, offset: 0 }).meetings.find((meeting) => meeting.itemCount > 3)!;
    const meeting = store.getMeeting(summary.id)!;
    const item = meeting.items.find((candidate) => candidate.title === 'Questions to the Commissioner')!;
    const paragraph = item.paragraphs.find((candidate) => candidate.text.includes(words))!;
    return { ...meetingCitation(meeting, 1, paragraph.text, item.index, paragraph.index), speaker: paragraph.speaker };
  }

  it.each(['What was the answer?', 'how did the Commissioner respond?', 'and the response?', 'What did he say in reply?'])('reads "%s" as asking for the reply', (question) => {
    expect(ASKS_FOR_REPLY.test(question)).toBe(true);
  });

  it('does not read a question about answers in general as one', () => {
    expect(ASKS_FOR_REPLY.test('What answers did the panel get about CCTV funding?')).toBe(false);
  });

  it('quotes the paragraphs after the question in its item, up to the next question, each cited', () => {
    const reply = answerReply([citationOf('continued support for CCTV across the County')], store)!;
    expect(reply.answer).toMatch(/^The reply recorded at the Kent and Medway Police and Crime Panel meeting of 28 September 2017 \(item 245: Questions to the Commissioner\):\nThe Commissioner explained that Councils could use community safety funding/);
    expect(reply.citations.map((citation) => citation.text.slice(0, 39))).toEqual(['The Commissioner explained that Council', 'Responding to Mr Horton’s supplementary']);
    expect(reply.citations.every((citation) => citation.meeting.date === '2017-09-28')).toBe(true);
  });

  it('reads the person a question asks the reply to ("did the Commissioner agree with Fay Gooch?")', () => {
    const vocabulary = store.vocabulary();
    expect(askerOfReply('Did the Commissioner agree with Fay Gooch?', vocabulary)).toEqual(['Fay Gooch']);
    expect(askerOfReply('How did the Commissioner respond to Brian Luker?', vocabulary)).toEqual(['Brian Luker']);
    expect(askerOfReply('What did the Commissioner say about Brian Luker?', vocabulary)).toBeNull();
  });

  it('gives none for a passage that asks nothing', () => {
    expect(answerReply([citationOf('Councils could use community safety funding')], store)).toBeNull();
  });
});
