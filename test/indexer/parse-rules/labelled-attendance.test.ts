// Attendance lines that open with a label, as Markdown and word-processed minutes set them: a bullet, the label in
// italics or bold, its colon, then whoever holds it. Invented text in the style of town council and forum minutes.
import { parseMinutes } from '../../../indexer/parse';
import { firstMeeting, itemsOf, peopleOf } from '../../helpers/parse-text';

const parse = (text: string, file = 'minutes.md') => parseMinutes({ text, format: file.endsWith('.md') ? 'markdown' : 'text', file, documentId: 'minutes' });
const people = (text: string, file?: string) => parse(text, file).meetings[0].attendees.map(({ name, role, attendance }) => [name, role, attendance]);

const HEADER = '# Eastbrook Town Council\n\n## Minutes of the Housing Committee held on 12 March 2024 at 7.00pm in the Council Chamber\n\n';
const ITEMS = '\n## 1. Housing update\n\nRuth Cole reported that 14 homes at Mill Lane would be ready by June.\n';

describe('an attendance bullet opening with an office in italics', () => {
  const minutes =
    `${HEADER}### Present\n\n* Cllr Mary Hughes (Chair)\n* Cllr Tom Baines\n\n### In attendance\n\n` +
    '* *Town Clerk:* Helen Forbes\n* *Housing officer:* Ruth Cole, Northgate Homes\n* *Police:* PCSO Dan Ellis, Eastbrook Neighbourhood Team\n\n' +
    `### Apologies\n\n* Cllr Arthur Penn\n${ITEMS}`;

  it('lists the holder in attendance, the office (and whom they are with) as the role', () => {
    expect(people(minutes)).toEqual([
      ['Cllr Mary Hughes', 'Chair', 'present'],
      ['Cllr Tom Baines', null, 'present'],
      ['Helen Forbes', 'Town Clerk', 'in attendance'],
      ['Ruth Cole', 'Housing officer, Northgate Homes', 'in attendance'],
      ['PCSO Dan Ellis', 'Police, Eastbrook Neighbourhood Team', 'in attendance'],
      ['Cllr Arthur Penn', null, 'apologies'],
    ]);
  });

  it('then reads the listed holder as the speaker of her report', () => {
    expect(parse(minutes).meetings[0].items[0].paragraphs[0].speaker).toBe('Ruth Cole');
  });

  it('reads the same line without its bullet or marks as one person, not two', () => {
    const plain = `${HEADER.replace(/#+ /g, '')}In attendance:\nHousing officer: Ruth Cole, Northgate Homes\n\n1. Housing update\nNone.\n`;
    expect(people(plain, 'minutes.txt')).toEqual([['Ruth Cole', 'Housing officer, Northgate Homes', 'in attendance']]);
  });
});

describe('bulleted attendance labels in bold under one heading', () => {
  it('opens a block for each: the chair, the councillors and the officers', () => {
    const minutes =
      '# Riverside Residents’ Forum\n\n**Date:** 3 April 2024\n**Venue:** St Mark’s Church Hall\n\n## Attendance\n\n' +
      '- **Chair:** Cllr Ian Doyle\n- **Councillors:** Cllr Rhian Price, Cllr Owen Lloyd-Jones\n' +
      '- **Officers:** Sarah Finch (Neighbourhood Manager), Tom Reeve (Community Safety Officer)\n\n' +
      '## Apologies\n\n- Cllr Kate Moss\n\n## 1. Community safety\n\nSgt Walsh said that burglaries had fallen.\n';
    expect(people(minutes)).toEqual([
      ['Cllr Ian Doyle', 'Chair', 'present'],
      ['Cllr Rhian Price', null, 'present'],
      ['Cllr Owen Lloyd-Jones', null, 'present'],
      ['Sarah Finch', 'Neighbourhood Manager', 'in attendance'],
      ['Tom Reeve', 'Community Safety Officer', 'in attendance'],
      ['Cllr Kate Moss', null, 'apologies'],
    ]);
  });

  it('keeps two officers under a plural label as two people', () => {
    const minutes = `${HEADER}### In attendance\n\n- *Council officers:* Mr A Shah, Ms B Lowe\n${ITEMS}`;
    expect(people(minutes)).toEqual([
      ['Mr A Shah', null, 'in attendance'],
      ['Ms B Lowe', null, 'in attendance'],
    ]);
  });
});

describe('a team or body, a dash, then its titled officer, in a list of officers', () => {
  it('lists the person, with the team or body as the role, as it does an office', () => {
    const minutes =
      'SOUTHFORD CITY COUNCIL\nLICENSING SUB-COMMITTEE\nMinutes of a hearing held on 25 April 2024 at 10.00am\n\nMembers: Cllr A Lowe (Chair), Cllr B Kemp\n\n' +
      'Officers: Licensing Officer – Mrs G Hall; Legal Adviser – Mr I Cross; Democratic Services – Ms J Pike\n\n4. Application\n\nThe Licensing Officer outlined the application.\n';
    expect(people(minutes, 'minutes.txt')).toEqual([
      ['Cllr A Lowe', 'Chair', 'present'],
      ['Cllr B Kemp', null, 'present'],
      ['Mrs G Hall', 'Licensing Officer', 'in attendance'],
      ['Mr I Cross', 'Legal Adviser', 'in attendance'],
      ['Ms J Pike', 'Democratic Services', 'in attendance'],
    ]);
  });
});

describe('a committee’s attendance labels and apologies', () => {
  const minutes =
    'KINGSMERE DISTRICT COUNCIL\nOVERVIEW AND SCRUTINY COMMITTEE\nMinutes of the meeting held on Tuesday 7 May 2024 at 6.30pm\n\n' +
    "PRESENT: Cllrs Smith (Chair), Jones, MacLeod and Ó Briain\nAlso present: Councillors O'Hare and van der Berg\nSubstitutes: Cllr T Barnes (for Cllr L Green)\nAbsent without apologies: Cllr V Kowalczyk\n\n" +
    "1. APOLOGIES AND SUBSTITUTIONS\n\nApologies for absence were received from Cllr L Green and Cllr M St John-Smythe. Cllr D'Souza sent apologies.\n\n" +
    '2. CALL-IN\n\nCllr MacLeod set out the reasons for the call-in.\n';

  it('splits a list at "and" before a capital with an accent or a surname’s particles, reads substitutes as present and "Absent without apologies" as absent', () => {
    expect(people(minutes, 'minutes.txt').filter(([, , attendance]) => attendance !== 'apologies')).toEqual([
      ['Cllr Smith', 'Chair', 'present'],
      ['Cllr Jones', null, 'present'],
      ['Cllr MacLeod', null, 'present'],
      ['Cllr Ó Briain', null, 'present'],
      ["Councillor O'Hare", null, 'in attendance'],
      ['Councillor van der Berg', null, 'in attendance'],
      ['Cllr T Barnes', 'Substitute for Cllr L Green', 'present'],
      ['Cllr V Kowalczyk', null, 'absent'],
    ]);
  });

  it('reads apologies from each sentence of the apologies item', () => {
    expect(people(minutes, 'minutes.txt').filter(([, , attendance]) => attendance === 'apologies').map(([name]) => name)).toEqual([
      'Cllr L Green',
      'Cllr M St John-Smythe',
      "Cllr D'Souza",
    ]);
  });
});

describe('a police officer listed by rank', () => {
  it('lists an assistant chief constable under the name, the force as the role', () => {
    const minutes =
      'WESTSHIRE POLICE, FIRE AND CRIME PANEL\nMinutes of the meeting held on Friday 14 June 2024 at 10.30am\n\nMembers Present:\nCouncillor P Adeyemi (Chair)\n\n' +
      'Also Present:\nJohn Mallory – Police, Fire and Crime Commissioner\nAssistant Chief Constable Mark Doyle – Westshire Police\nDCC R Amis – Westshire Police\n\n' +
      '12. QUESTIONS\n\nACC Doyle explained the figures.\n';
    expect(people(minutes, 'minutes.txt')).toEqual([
      ['Councillor P Adeyemi', 'Chair', 'present'],
      ['John Mallory', 'Police, Fire and Crime Commissioner', 'in attendance'],
      ['Assistant Chief Constable Mark Doyle', 'Westshire Police', 'in attendance'],
      ['DCC R Amis', 'Westshire Police', 'in attendance'],
    ]);
  });
});

describe('a planning committee’s public speakers', () => {
  it('lists them in attendance, each with whom they spoke for', () => {
    const minutes =
      'EASTVALE BOROUGH COUNCIL\nPLANNING COMMITTEE\nMinutes of the meeting held on Wednesday 3 July 2024 at 7.00pm\n\nPresent: Councillor H Quinn (Chairman)\n\n' +
      "Public speakers: Mr A Smith (objector); Ms B Jones (applicant's agent)\n\n31. 24/00412/FUL – 14 ORCHARD WAY\n\nThe Principal Planning Officer presented the report.\n";
    expect(people(minutes, 'minutes.txt')).toEqual([
      ['Councillor H Quinn', 'Chair', 'present'],
      ['Mr A Smith', 'objector', 'in attendance'],
      ['Ms B Jones', "applicant's agent", 'in attendance'],
    ]);
  });
});

describe('a duty labelled inside a run-on list', () => {
  it('lists the person after "Minute taker:" with the duty as the role', () => {
    const minutes =
      'BROOKVALE TOWN COUNCIL\nMinutes of the Full Council meeting held on Thursday 18 July 2024 at 7.00pm\n\nPresent: Cllr R Okoro (Town Mayor)\n' +
      'In attendance: Mrs D Pryce (Town Clerk), Minute taker: Ms F Lowe\n\n1. Public questions\n\nNone.\n';
    expect(people(minutes, 'minutes.txt')).toEqual([
      ['Cllr R Okoro', 'Town Mayor', 'present'],
      ['Mrs D Pryce', 'Town Clerk', 'in attendance'],
      ['Ms F Lowe', 'Minute taker', 'in attendance'],
    ]);
  });
});

describe('attendance labels bulleted over the names bulleted under them', () => {
  it('reads each label alone as a block, its nested bullets as its people', () => {
    const minutes =
      '# Fernhill Community Council\n\nMinutes of the meeting held on 9 September 2024 at 7pm, Fernhill Institute\n\n' +
      '- Present:\n  - Cllr Gareth Lloyd (Chair)\n  - Cllr Siân ap Rhys\n- In attendance:\n  - Mrs Eleri Hughes (Clerk)\n- Apologies:\n  - Cllr Owain Price\n\n' +
      '## 1. Police matters\n\nPCSO Evans reported three incidents of fly-tipping.\n';
    expect(people(minutes)).toEqual([
      ['Cllr Gareth Lloyd', 'Chair', 'present'],
      ['Cllr Siân ap Rhys', null, 'present'],
      ['Mrs Eleri Hughes', 'Clerk', 'in attendance'],
      ['Cllr Owain Price', null, 'apologies'],
    ]);
  });
});

describe('attendance recorded as the first numbered minute', () => {
  const parse = (text: string) => parseMinutes({ text, format: 'text', file: 'minutes.txt', documentId: 'minutes' }).meetings[0];
  const HEADER = 'Minutes of Ashwell Parish Council Meeting held in\n\nThe Village Hall\n\nAt 7.30pm on Wednesday 9 April 2025\n\n';

  it('reads "1. Those Attending:" and the list run on after it as the people present', () => {
    const meeting = parse(`${HEADER}1. Those Attending: Cllr J Hale (Chairman), Cllr Mrs D Ross (Vice-Chair), Cllr T Gale, Mrs C Day (Clerk), 4 Members of the Public.\n\n2. Matters Arising\n\nNone.\n`);
    expect(meeting.attendees.map(({ name, role }) => [name, role])).toEqual([
      ['Cllr J Hale', 'Chair'],
      ['Cllr Mrs D Ross', 'Vice-Chair'],
      ['Cllr T Gale', null],
      ['Mrs C Day', 'Clerk'],
    ]);
    expect(meeting.items.map((item) => item.title)).toEqual(['Those Attending', 'Matters Arising']);
  });

  it('reads "1. Present:" with roles after dashes and the last person "together with" the public', () => {
    const meeting = parse(`${HEADER}1. Present: E. Hale - Chairman, M. Ross, Mrs. Gale, B. Day together with 3 members of the public.\n\n2. Apologies: None\n`);
    expect(meeting.attendees.map(({ name, role }) => [name, role])).toEqual([
      ['E. Hale', 'Chair'],
      ['M. Ross', null],
      ['Mrs. Gale', null],
      ['B. Day', null],
    ]);
  });
});

describe('members grouped under "Present:" by the council each sits for', () => {
  it('reads the members under each group\'s name as present, the names of the groups as no one and no item', () => {
    const text = [
      'At a meeting of the Combined Fire Authority for Kellshire and Marsh held at Fire Headquarters, Kell on Thursday 6 March 2025 at 10.00 a.m.',
      'Present:',
      'Kellshire County Councillors:',
      'Councillors A Bell, B Carr and C Dunn.',
      'Marsh Borough Councillors:',
      'Councillors D Eyre and E Fox.',
      'Independent Standards Members:',
      'Mr F Gold',
      '',
      '1. Declarations of interest',
      'There were no declarations of interest.',
      '',
      '2. Minutes',
      'The minutes were confirmed.',
    ].join('\n');
    const meeting = firstMeeting(text);
    expect(peopleOf(meeting)).toEqual([
      ['Councillor A Bell', null, 'present'],
      ['Councillor B Carr', null, 'present'],
      ['Councillor C Dunn', null, 'present'],
      ['Councillor D Eyre', null, 'present'],
      ['Councillor E Fox', null, 'present'],
      ['Mr F Gold', null, 'present'],
    ]);
    expect(itemsOf(meeting)).toEqual([
      ['1', 'Declarations of interest'],
      ['2', 'Minutes'],
    ]);
  });
});

describe('attendance under a "MINUTES" title below the date', () => {
  it('reads the labels below the title and the chair, as if the title were not there', () => {
    const text =
      'COUNCIL\n\nWednesday, 14th May, 2025 at 7.00 pm\n\nMINUTES\n\nThe Worshipful the Mayor Councillor Nia Roberts in the Chair\n\nCOUNCILLORS PRESENT:\n\n' +
      'Councillor Huw Pardoe, Councillor Amrit Sandhu and Councillor Leah Tovey\n\nAPOLOGIES: Councillor Owen Vaughan\n\n' +
      '1. PROCEDURAL MOTION\n\nThat Standing Order 10 be suspended for the deputation.\n\n2. MINUTES\n\nThe minutes of the meeting held on 9 April 2025 were agreed.\n';
    expect(people(text, 'council.txt')).toEqual(
      expect.arrayContaining([
        ['Councillor Huw Pardoe', null, 'present'],
        ['Councillor Owen Vaughan', null, 'apologies'],
      ]),
    );
  });
});
