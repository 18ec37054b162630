// How minutes end and how their labels lead: the sign-off under the last item is no paragraph (but the same words inside
// an item stay), the sentence that closes the meeting is a paragraph of its own, a label alone on its line leads the
// text under it, and a Scottish Convener chairs.
import { parseMinutes } from '../../../indexer/parse';
import { buildParagraphs } from '../../../indexer/parse/paragraphs/paragraphs';
import { signOffStart, withoutSignOffItems } from '../../../indexer/parse/page/sign-off';

const HEADER = 'ASHCOMBE PARISH COUNCIL\n\nMinutes of the meeting of Ashcombe Parish Council held on Monday 8 April 2024 at 7.30 pm\n\n';

function paragraphsOf(text: string): string[] {
  const [meeting] = parseMinutes({ text, format: 'text', file: 'minutes.txt', documentId: 'minutes' }).meetings;
  return meeting.items.flatMap((item) => item.paragraphs.map((paragraph) => paragraph.text));
}

describe('closing sign-offs', () => {
  it.each([
    ['an attestation over the clerk', ['A true copy. Attest:', 'Nora Pike, Town Clerk']],
    ['a signatory alone', ['J Kessell, Shire President']],
    ['two signatories side by side', ['Tom Radley, Mayor        Ivy Sands, Clerk']],
    ['a submitted-by line', ['Respectfully submitted,', 'Owen Blake, Village Clerk']],
    ['an email valediction and signature', ['Thanks,', 'Priya', '', 'Priya Lal', 'Clerk and RFO, Ashcombe Parish Council']],
    ['a signed line and the office', ['Signed: Ruth Lamont', 'Convener']],
    ['signatories whose offices are of a body named without "the"', ['Rhoda Vance, Clerk of Council        Paul Ibsen, President of Council']],
    ['a sign-off typed in title case', ['Respectfully Submitted', '', 'Owen Blake, Clerk']],
    ['a sign-off as clerks also mistype it', ['Respectively submitted,', '', 'Owen Blake']],
    ['a submitted-by line and the name under it', ['Submitted by', '', 'Owen Blake, Deputy Clerk']],
    ['an office over the name of who holds it', ['                Ashcombe Township Clerk', '                   Owen Blake']],
  ])('drops %s that ends the minutes', (_form, signOff) => {
    const text = `${HEADER}1. Any other business\n\nThere was no other business.\n\nThe meeting closed at 9.05 pm.\n\n${signOff.join('\n')}\n`;
    expect(paragraphsOf(text)).toEqual(['There was no other business.', 'The meeting closed at 9.05 pm.']);
  });

  it('keeps the same lines inside an earlier item, and text after a signatory line', () => {
    const text = [
      `${HEADER}1. Correspondence`,
      '',
      'The Clerk read a letter from the county council, which ended:',
      '',
      'Respectfully submitted,',
      'Owen Blake, Village Clerk',
      '',
      '2. Date of next meeting',
      '',
      'Nora Pike, Town Clerk',
      '',
      'Monday 13 May 2024 at 7.30 pm',
    ].join('\n');
    expect(paragraphsOf(text)).toEqual([
      'The Clerk read a letter from the county council, which ended:',
      'Respectfully submitted, Owen Blake, Village Clerk',
      'Nora Pike, Town Clerk',
      'Monday 13 May 2024 at 7.30 pm',
    ]);
  });

  it('drops a sign-off read as headings at the end of the minutes, with nothing under them', () => {
    const item = (title: string, lines: string[], number: string | null = null) => ({ number, title, lines });
    const items = [item('OLD BUSINESS', ['None.']), item('Respectfully Submitted', ['']), item('Owen Blake, Clerk', [])];
    expect(withoutSignOffItems(items).map((kept) => kept.title)).toEqual(['OLD BUSINESS']);
    // A numbered item, or one with text under it, is the minutes' own.
    expect(withoutSignOffItems([item('OLD BUSINESS', ['None.']), item('Chairman', [], '7')])).toHaveLength(2);
    expect(withoutSignOffItems([item('OLD BUSINESS', ['None.']), item('Owen Blake, Clerk', ['The Clerk read the correspondence.'])])).toHaveLength(2);
  });

  it("drops the signature block's offices side by side, a joint office with a slash among them", () => {
    expect(signOffStart(['That Council adjourn at 8:05 p.m.', 'Carried', '', 'Mayor                           CAO/Clerk'])).toBe(3);
  });

  it('keeps a name under an office that is no signature, as the last line of a sentence', () => {
    expect(signOffStart(['The report was presented by the Clerk.', 'Owen Blake'])).toBe(2);
  });

  it('reads no sign-off in sentences, nor in an item of signatures alone', () => {
    expect(signOffStart(['Signed copies of the lease were returned to the Clerk.'])).toBe(1);
    expect(signOffStart(['Cllr Hale thanked the volunteers.', 'Thanks to everyone who helped on the day.'])).toBe(2);
    expect(signOffStart(['Nora Pike, Town Clerk'])).toBe(1);
    expect(signOffStart(['The meeting closed at 9.05 pm.', '', 'Signed: Ruth Lamont', 'Convener'])).toBe(2);
  });

  it('keeps a resolution whose wrapped line starts "signed as a correct record", and drops the line where the chair signs', () => {
    const text = [
      `${HEADER}1. Minutes`,
      '',
      'It was RESOLVED that the minutes of the meeting held on 11 March 2024 be',
      'signed as a correct record, subject to the spelling of one name.',
      '',
      'Signed as a correct record',
      '',
    ].join('\n');
    expect(paragraphsOf(text)).toEqual(['It was RESOLVED that the minutes of the meeting held on 11 March 2024 be signed as a correct record, subject to the spelling of one name.']);
  });
});

describe('closing sentences and labels', () => {
  const WRAPPED = { leadingSpaceMarksBullet: false, wrapWidth: 88 };
  const LINE_A_PARAGRAPH = { leadingSpaceMarksBullet: false, wrapWidth: 0 };

  it('starts a paragraph at the sentence that closes the meeting, even under a full line', () => {
    const item = buildParagraphs(
      [
        'RESOLVED: That the Chief Executive Officer obtains three quotations for resurfacing the',
        'netball courts and the practice nets, and reports on their cost to the May meeting.',
        'The meeting closed at 4.52pm.',
      ],
      WRAPPED,
    );
    expect(item.paragraphs.map((paragraph) => [paragraph.text, paragraph.isDecision])).toEqual([
      ['RESOLVED: That the Chief Executive Officer obtains three quotations for resurfacing the netball courts and the practice nets, and reports on their cost to the May meeting.', true],
      ['The meeting closed at 4.52pm.', false],
    ]);
  });

  it('joins a label alone on its line to the text it leads, and leaves numbered parts their own paragraphs', () => {
    const item = buildParagraphs(
      ['RECOMMENDATION:', 'That Council receives the report.', 'RESOLVED:', 'That Council receives the report.', '', 'Decision', 'The Committee:', '(i) approved the programme; and', '(ii) asked for a report.'],
      LINE_A_PARAGRAPH,
    );
    expect(item.paragraphs.map((paragraph) => [paragraph.text, paragraph.isDecision])).toEqual([
      ['RECOMMENDATION: That Council receives the report.', false],
      ['RESOLVED: That Council receives the report.', true],
      ['Decision The Committee:', true],
      ['approved the programme; and', true],
      ['asked for a report.', true],
    ]);
    expect(item.decisions).toEqual([
      'RESOLVED: That Council receives the report.',
      'Decision The Committee: (i) approved the programme; and (ii) asked for a report.',
    ]);
    const numbered = buildParagraphs(['Resolved:', '(1) That the minutes be confirmed.', '(2) That the accounts be noted.'], LINE_A_PARAGRAPH);
    expect(numbered.paragraphs.map((paragraph) => paragraph.text)).toEqual(['Resolved:', 'That the minutes be confirmed.', 'That the accounts be noted.']);
    expect(numbered.decisions).toEqual(['Resolved: 1. That the minutes be confirmed. 2. That the accounts be noted.']);
  });

  it('keeps a bold sentence closing the meeting a paragraph of the last item, not an item of its own', () => {
    const text = `**Harbourside Rowing Club Committee Meeting - 3/3/25**\n\n**Boathouse Roof**\n\nDee reported that the roofer can start in April.\n\n**Treasurer's Report**\n\nThe balance stood at $2,340.\n\n**Meeting adjourned, 9:10 p.m.**\n`;
    const [meeting] = parseMinutes({ text, format: 'markdown', file: 'minutes.md', documentId: 'minutes' }).meetings;
    expect(meeting.items.map((item) => item.title)).toEqual(['Boathouse Roof', "Treasurer's Report"]);
    expect(meeting.items[1].paragraphs.map((paragraph) => paragraph.text)).toEqual(['The balance stood at $2,340.', 'Meeting adjourned, 9:10 p.m.']);
  });
});

describe('Scottish conveners', () => {
  it('reads the Convener and Vice Convener as the chair and vice-chair, and as speakers', () => {
    const text = [
      'GLENMORE COMMUNITY COUNCIL',
      '',
      'Minute of Meeting held on Tuesday 4 March 2025 at 7pm in the Village Hall',
      '',
      'Convener: Mrs Ailsa Reid',
      'Present: Mr Tam Brodie (Vice Convener), Mr Iain Kerr (Secretary)',
      '',
      '1. Police Report',
      '',
      'The Vice Convener said that the speed checks on the A93 would continue.',
      '',
      'Convener: We will move on to the next item.',
    ].join('\n');
    const [meeting] = parseMinutes({ text, format: 'text', file: 'minutes.txt', documentId: 'minutes' }).meetings;
    expect(meeting.attendees).toEqual(
      expect.arrayContaining([
        { name: 'Mrs Ailsa Reid', role: 'Chair', attendance: 'present' },
        { name: 'Mr Tam Brodie', role: 'Vice-Chair', attendance: 'present' },
      ]),
    );
    expect(meeting.items[0].paragraphs.map((paragraph) => paragraph.speaker)).toEqual(['The Vice-Convener', 'The Convener']);
  });
});
