// Forms found in round 14 of the layout fixtures, each in a small document written for this test: items numbered
// "§ 12", "#3", "[2]" and "a)", a council's name shortened ("… PC:"), planning application references under a slashed
// minute number, "The council resolved to …" after other sentences, speakers after a leading clause or named by their
// first name, "@name" mentions in a list of people, "Parish Clerk" as an office, not a title, and "I. Welcome" under a
// list of people as the first item, not a person.
import { parseMinutes } from '../../indexer/parse';
import { attendeesFromList } from '../../indexer/parse/attendee-lists';
import { isDecisionText } from '../../indexer/parse/decisions';
import { speakerOf } from '../../indexer/parse/speakers';

const parse = (text: string) => parseMinutes({ text, format: 'text', file: 'minutes.txt', documentId: 'minutes' });
const titles = (text: string) => parse(text).meetings[0].items.map(({ number, title }) => [number, title]);
const HEADER = 'ASHBY MAGNA PARISH COUNCIL\nMinutes of the meeting held on Tuesday 4 March 2025 at 7pm\n\nPresent: Cllr A Hale (Chair), Cllr B Rowe\n\n';

describe('item numbers written as sections, tags and letters', () => {
  it.each([
    ['"§ 12"', '§ 12 Approval of the agenda\nApproved.\n\n§ 13 Budget\nNoted.\n', [['12', 'Approval of the agenda'], ['13', 'Budget']]],
    ['"#3"', '#3 Welcome\nHello.\n\n#4 Funding bid\nSent.\n', [['3', 'Welcome'], ['4', 'Funding bid']]],
    ['"[2]", in sentence case', '[1] Welcome and apologies\nNone.\n\n[2] Notes of the last meeting\nAgreed.\n', [['1', 'Welcome and apologies'], ['2', 'Notes of the last meeting']]],
    ['"a)" in lower case', 'a) Welcome and apologies\nNone.\n\nb) Water supply\nFixed.\n\nc) Date of next meeting\nMay.\n', [['a', 'Welcome and apologies'], ['b', 'Water supply'], ['c', 'Date of next meeting']]],
  ])('reads items numbered %s', (_, items, expected) => {
    expect(titles(HEADER + items)).toEqual(expected);
  });

  it('reads "[1]" items with no blank line between them and the text', () => {
    const text = 'KINGSBURY STEERING GROUP\nNotes of meeting, 3 September 2025\nApologies: Gareth Wynne (GW)\n[1] Welcome and apologies\nAF welcomed everyone.\n[2] Notes of the last meeting\nAgreed.\n';
    expect(titles(text)).toEqual([['1', 'Welcome and apologies'], ['2', 'Notes of the last meeting']]);
  });

  it('leaves lower-case lettered lines one under another, a list in an item, to the item', () => {
    const text = `${HEADER}OPEN SPACES\nThe committee agreed the following works:\na) Replace the swing seat\nb) Repaint the railings\nc) Reseed the verge\n\nFINANCE\nPayments approved.\n`;
    expect(titles(text)).toEqual([[null, 'OPEN SPACES'], [null, 'FINANCE']]);
  });

  it('reads "I. Welcome" under a list of people as the first item when "II." follows, with the apologies its welcome records', () => {
    const text =
      'ASHCOMBE PARISH COUNCIL\nMinutes of the meeting held on Tuesday 11 March 2025\n\nPRESENT:\nRosalind Penhale (Chair)\nJack Treloar\nI. Welcome\n' +
      'The Chair welcomed everyone. Apologies were received from Cllr T Bolitho.\n\nII. Finance\nNoted.\n';
    const meeting = parse(text).meetings[0];
    expect(meeting.items.map(({ number, title }) => [number, title])).toEqual([['I', 'Welcome'], ['II', 'Finance']]);
    expect(meeting.attendees.map(({ name, attendance }) => [name, attendance])).toEqual([
      ['Rosalind Penhale', 'present'],
      ['Jack Treloar', 'present'],
      ['Cllr T Bolitho', 'apologies'],
    ]);
    // With no "II." below, "I. Treloar" is a member listed by initial and surname.
    const initial = text.replace('I. Welcome', 'I. Treloar').replace('II. Finance', '1. Finance');
    expect(parse(initial).meetings[0].attendees.map(({ name }) => name)).toContain('I. Treloar');
  });

  it('ends a list of people at a lettered item, which is no wrapped name', () => {
    const meeting = parse('BRAMLEY SOCIETY\nCommittee minutes, 14 January 2025\n\nApologies: Martin Dace\na) Welcome and apologies\nNone.\n\nb) Water supply\nFixed.\n').meetings[0];
    expect(meeting.attendees.map((attendee) => attendee.name)).toEqual(['Martin Dace']);
    expect(meeting.items.map((item) => item.number)).toEqual(['a', 'b']);
  });
});

describe('slashed minute numbers with references of another shape under them', () => {
  it('keeps a planning application "P/25/0193" in its minute and reads the minutes after it', () => {
    const text = `${HEADER}25/031 Apologies\nNone.\n\n25/032 Planning\nP/25/0193 Rear extension, 4 Mill Cottages: no objection.\nP/25/0211 Barn conversion, Crabtree Farm: objection.\n\n25/033 Finance\nApproved.\n\n25/034 Close\nClosed.\n`;
    expect(titles(text)).toEqual([['25/031', 'Apologies'], ['25/032', 'Planning'], ['25/033', 'Finance'], ['25/034', 'Close']]);
  });
});

describe('a council named shortened before the title', () => {
  it('reads "Coldharbour Magna PC:" as the body, not the meeting\'s kind, with the date on the line or the next', () => {
    const text = 'Coldharbour Magna PC: Minutes of the Ordinary Meeting held on Wednesday 2nd April 2025 at 7.30pm\n\n1. Apologies\nNone.\n\n2. Close\nClosed.\n';
    expect(parse(text).meetings[0].body).toBe('Coldharbour Magna PC');
    expect(parse(text.replace(' Wednesday', '\nWednesday')).meetings[0].body).toBe('Coldharbour Magna PC');
    expect(parse(text.replace('Coldharbour Magna PC', 'Coldharbour Magna pc')).meetings[0].body).toBeNull();
  });
});

describe('decisions and speakers', () => {
  it('reads an "Agreed:" label after the sentence before it as a decision, and starts a paragraph at it', () => {
    expect(isDecisionText('The group discussed the field. Agreed: the field to be kept on the list.')).toBe(true);
    const text = `${HEADER}1. Green spaces\nCllr Rowe presented the draft assessments of the six candidate green spaces and the evidence gathered for each.\nAgreed: the field to be kept on the list.\n\n2. Close\nClosed.\n`;
    expect(parse(text).meetings[0].items[0].paragraphs.map((paragraph) => [paragraph.isDecision, paragraph.speaker])).toEqual([[false, 'Cllr Rowe'], [true, null]]);
  });

  it('reads "The council resolved to …" after other sentences as a decision', () => {
    expect(isDecisionText('Barn conversion, Crabtree Farm: the access is on a bend. The council resolved to object on highway safety grounds.')).toBe(true);
    expect(isDecisionText('The council had resolved nothing on the matter.')).toBe(false);
  });

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
    const speakers = parse(text).meetings[0].items[0].paragraphs.map((paragraph) => paragraph.speaker);
    expect(speakers).toEqual(['Kieran Walsh', 'Gwen Arkwright', 'Colin Stobbs']);
  });

  it('leaves a first name that two members share, or that is some member\'s surname, unread', () => {
    const text =
      'HALLERTON RESIDENTS ASSOCIATION\nCommittee minutes, 23 January 2025\n\nPresent: Gwen Arkwright (Chair), Gwen Ellis, Thomas Owen, Owen Price\n\n' +
      '1. Repairs\nGwen said the hall would be painted.\n\nOwen asked about the cost.\n\n2. Close\nClosed.\n';
    expect(parse(text).meetings[0].items[0].paragraphs.map((paragraph) => paragraph.speaker)).toEqual([null, 'Thomas Owen']);
  });
});

describe('people in lists', () => {
  it('reads "@name" mentions as the people they name, and leaves e-mail addresses alone', () => {
    expect(attendeesFromList('@Hannah Birtwistle (Chair), @Owen Pryce, Dev Raman', 'present').map((attendee) => [attendee.name, attendee.role])).toEqual([
      ['Hannah Birtwistle', 'Chair'],
      ['Owen Pryce', null],
      ['Dev Raman', null],
    ]);
    expect(attendeesFromList('Mrs J Hale (Clerk, clerk@Ashby.gov.uk)', 'present')).toEqual([{ name: 'Mrs J Hale', role: 'Clerk, clerk@Ashby.gov.uk', attendance: 'present' }]);
  });

  it('reads "Parish Clerk" and "Town Clerk" after a name as the office of the person before them', () => {
    expect(attendeesFromList('Lorna Hocking, Parish Clerk', 'present')).toEqual([{ name: 'Lorna Hocking', role: 'Parish Clerk', attendance: 'present' }]);
    expect(attendeesFromList('County Cllr P Ravel, Town Clerk', 'present').map((attendee) => attendee.name)).toEqual(['County Cllr P Ravel']);
  });
});
