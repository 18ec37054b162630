// Minutes printed in two languages: Welsh dates and titles, resolutions opened in Welsh ("PENDERFYNWYD / RESOLVED"),
// each line in Welsh then in English after " / ", and speakers named in the English half. Each test parses a small
// document invented in the style of real bilingual minutes, written for the test.
import { attendeesFromList } from '../../../indexer/parse/attendance/attendee-lists';
import { findDate } from '../../../indexer/parse/header/meeting-fields';
import { isWelshLine, withWelshFirstBlocks } from '../../../indexer/parse/page/welsh-first';
import { firstMeeting, HOLT_HEADER_PRESENT, parseText, peopleOf } from '../../helpers/parse-text';

describe('Welsh and bilingual habits', () => {
  it('reads dates with Welsh month names and ordinals', () => {
    expect(findDate('Dydd Mawrth 11 Mawrth 2025')).toBe('2025-03-11');
    expect(findDate('nos Lun 13eg Ionawr 2025')).toBe('2025-01-13');
    expect(findDate('1af Rhagfyr 2024')).toBe('2024-12-01');
  });

  it('keeps the English title of a name titled in both languages', () => {
    expect(attendeesFromList('Cyng. / Cllr Menna Hughes, Cllr / Cyng. Rhys Owen (Maer / Mayor)', 'present').map(({ name, role }) => [name, role])).toEqual([
      ['Cllr Menna Hughes', null],
      ['Cllr Rhys Owen', 'Chair'],
    ]);
  });

  it('opens a decision at PENDERFYNWYD / RESOLVED, even under a full line', () => {
    const text = `${HOLT_HEADER_PRESENT}1. Planning\nCyng. Hughes reported on the application for six holiday lets at the farm and asked the Council to object to it.\nPENDERFYNWYD / RESOLVED to object to the application.\n`;
    const [item] = firstMeeting(text).items;
    expect(item.paragraphs.map((paragraph) => [paragraph.isDecision, paragraph.speaker])).toEqual([
      [false, 'Cyng. Hughes'],
      [true, null],
    ]);
  });
});

describe('Welsh town council minutes, each line in Welsh then in English after " / "', () => {
  const text = [
    'CYNGOR TREF ABERGLAN / ABERGLAN TOWN COUNCIL',
    '',
    'Cofnodion Cyfarfod Llawn y Cyngor / Minutes of the Full Council Meeting',
    '',
    'a gynhaliwyd nos Lun 3 Chwefror 2025 am 7.00pm yn Neuadd y Dref / held on Monday 3 February 2025',
    'at 7.00pm in the Town Hall',
    '',
    'Presennol / Present: Cyng. / Cllr Lowri Hedd (Maer / Mayor), Cyng. / Cllr Ifan Rhys',
    '',
    'Yn bresennol / In attendance: Mr Gethin Wyn (Clerc y Dref / Town Clerk), Cyng. Sir / County Cllr Mared Ellis',
    '',
    '12. Cofnodion / Minutes',
    '',
    'PENDERFYNWYD cymeradwyo cofnodion y cyfarfod a gynhaliwyd ar 6 Ionawr 2025. /',
    'RESOLVED that the minutes of the meeting held on 6 January 2025 be approved.',
    '',
    '13. Gohebiaeth / Correspondence',
    '',
    'Nodwyd llythyr gan y bwrdd iechyd. / A letter from the health board was noted.',
  ].join('\n');
  const meeting = firstMeeting(text);

  it('names the council, not a Welsh sentence joined to the English title under it', () => {
    expect(meeting.body).toBe('Aberglan Town Council');
  });

  it('keeps the English of "Cyng. Sir / County Cllr" as the title', () => {
    expect(meeting.attendees.map((person) => person.name)).toContain('County Cllr Mared Ellis');
  });

  it('goes on with a paragraph wrapped after the " /" before its English half, a resolution there included', () => {
    expect(meeting.items[0].paragraphs.map((paragraph) => [paragraph.text, paragraph.isDecision])).toEqual([
      ['PENDERFYNWYD cymeradwyo cofnodion y cyfarfod a gynhaliwyd ar 6 Ionawr 2025. / RESOLVED that the minutes of the meeting held on 6 January 2025 be approved.', true],
    ]);
  });
});

describe('a bilingual paragraph in Welsh first, its English half after " / "', () => {
  const text = [
    'Cofnodion Cyngor Cymuned Pennant / Minutes of Pennant Community Council',
    'held on Monday 3 February 2025',
    '',
    '1. Priffyrdd / Highways',
    '',
    'Dywedodd y Cyng. Sir Evans fod y ffordd i’w hailwynebu. / County Cllr Evans said that the road would be resurfaced.',
    '',
    'Derbyniwyd llythyr. / A letter was received.',
  ].join('\n');

  it('takes the speaker the English half names, the Welsh verb coming first', () => {
    expect(firstMeeting(text).items[0].paragraphs.map((paragraph) => paragraph.speaker)).toEqual(['County Cllr Evans', null]);
  });
});

describe('a Welsh title in its longer short form before the English one', () => {
  it('reads each bulleted councillor under "PRESENT" by the English title', () => {
    const minutes =
      'MINUTES OF A MEETING OF FULL COUNCIL HELD IN SIAMBR Y CYNGOR ON MONDAY, 12 OCTOBER 2015 AT 6.30p.m.\n\nPRESENT\n\n' +
      '  • Cyngh./Cllr. Dr. Owain Rhys (Mayor)\n  • Y Cyngh./Cllr. Bryn Lloyd (Deputy Mayor)\n  • Cyngh./Cllr. Carys Morgan\n\n' +
      'APOLOGIES:\n\nNONE\n\nMinute 62\n\nPersonal References\n\nThe Mayor congratulated Cllr. Carys Morgan.\n\nMinute 63\n\nMayoral Report\n\nThe report was circulated.\n';
    expect(parseText(minutes).meetings[0].attendees.map(({ name }) => name)).toEqual(['Cllr. Dr. Owain Rhys', 'Cllr. Bryn Lloyd', 'Cllr. Carys Morgan']);
  });
});

describe('bilingual labels run on in one line of people', () => {
  const minutes = [
    'CYNGOR CYMUNED LLANFERW / LLANFERW COMMUNITY COUNCIL',
    'Cofnodion cyfarfod a gynhaliwyd nos Fawrth 4 Mawrth 2025 / Minutes of the meeting held on Tuesday 4 March 2025',
    'Presennol / Present: Eleri Pugh (Cadeirydd/Chair), Gareth Rowlands, Siân Morris (hwyr/late) Yn Bresennol / In Attendance: Dilys Prosser (Clerc/Clerk) Ymddiheuriadau / Apologies: Owain Lloyd, Nia Vaughan a/and Huw Bevan',
    '',
    '1 Croeso / Welcome',
    'The Chair welcomed everyone.',
  ].join('\n');

  it('starts a new kind of attendance at each label in two languages, and parts names at Welsh "a", "ac" and "a/and"', () => {
    expect(peopleOf(firstMeeting(minutes))).toEqual([
      ['Eleri Pugh', 'Cadeirydd/Chair', 'present'],
      ['Gareth Rowlands', null, 'present'],
      ['Siân Morris', 'hwyr/late', 'present'],
      ['Dilys Prosser', 'Clerc/Clerk', 'in attendance'],
      ['Owain Lloyd', null, 'apologies'],
      ['Nia Vaughan', null, 'apologies'],
      ['Huw Bevan', null, 'apologies'],
    ]);
    const welshAnd = peopleOf(firstMeeting(minutes.replace('Nia Vaughan a/and Huw Bevan', 'Nia Vaughan ac Iwan Bevan a Huw Parry')));
    expect(welshAnd.filter(([, , attendance]) => attendance === 'apologies').map(([name]) => name)).toEqual(['Owain Lloyd', 'Nia Vaughan', 'Iwan Bevan', 'Huw Parry']);
  });
});

describe('the chair and those present labelled in capitals on one line', () => {
  it('reads the chair, then each councillor after "PRESENT: Councillors:"', () => {
    const minutes =
      'MINUTES OF THE ORDINARY MEETING OF ABERWERN TOWN COUNCIL HELD ON THURSDAY 6th MARCH 2025\n\n' +
      'CHAIR: Councillor: Eleri Pugh PRESENT: Councillors: Gareth Rowlands, Siân Morris, Huw Bevan a Nia Vaughan\n\n' +
      '1. APOLOGIES\n\nNone.\n\n2. MINUTES\n\nThe minutes were approved.\n';
    expect(peopleOf(firstMeeting(minutes))).toEqual([
      ['Councillor Eleri Pugh', 'Chair', 'present'],
      ['Councillor Gareth Rowlands', null, 'present'],
      ['Councillor Siân Morris', null, 'present'],
      ['Councillor Huw Bevan', null, 'present'],
      ['Councillor Nia Vaughan', null, 'present'],
    ]);
  });
});

describe('those present run on after the opening sentence', () => {
  const head = 'CYNGOR TREF ABERWERN / ABERWERN TOWN COUNCIL\nMinutes of the Council Meeting held on Tuesday, 4 March 2025 at 6.30pm at the Guildhall, Aberwern.';
  const items = '\n\n1. Apologies\nNone.\n\n2. Minutes\nThe minutes were approved.\n';
  const expected = [
    ['Councillor Eleri Pugh', 'Chair', 'present'],
    ['Councillor Gareth Rowlands', null, 'present'],
    ['Councillor Siân Morris', null, 'present'],
  ];

  it.each([
    ['in English', ' Present: Councillors Eleri Pugh (in the chair), Gareth Rowlands, Siân Morris.'],
    ['in Welsh and English, the title in both', ' Presennol /Present —Y Cynghorwyr /Councillors Eleri Pugh (yn y gadair /in the chair), Gareth Rowlands, Siân Morris.'],
  ])('reads the list after the full stop (%s)', (_, attendance) => {
    expect(peopleOf(firstMeeting(head + attendance + items))).toEqual(expected);
  });
});

describe('a bilingual header run together with its minutes on one line', () => {
  it('reads each list after its label in two languages', () => {
    const minutes =
      'Cyngor Cymuned Llanferw Community Council Cofnodion o gyfarfod y Cyngor a gynhaliwyd nos Lun 3/3/2025 Minutes of the Council meeting held on Monday evening 3/3/2025 ' +
      'Presennol / Present: Eleri Pugh (Cadeirydd/Chair), Gareth Rowlands, Siân Morris (hwyr/late) Yn Bresennol / In Attendance: Dilys Prosser (Clerc/Clerk), Alun Rees (Cyfieithu/Translation) ' +
      'Ymddiheuriadau / Apologies: Owain Lloyd, Nia Vaughan 1 Croeso / Welcome Croesawodd y Cadeirydd bawb. The Chair welcomed everyone. 2 Cofnodion / Minutes The minutes were approved.';
    expect(peopleOf(firstMeeting(minutes))).toEqual([
      ['Eleri Pugh', 'Cadeirydd/Chair', 'present'],
      ['Gareth Rowlands', null, 'present'],
      ['Siân Morris', 'hwyr/late', 'present'],
      ['Dilys Prosser', 'Clerc/Clerk', 'in attendance'],
      ['Alun Rees', 'Cyfieithu/Translation', 'in attendance'],
      ['Owain Lloyd', null, 'apologies'],
      ['Nia Vaughan', null, 'apologies'],
    ]);
  });
});

describe('attendance labelled in Welsh alone, or in English then Welsh', () => {
  it('reads numbered items titled in Welsh, each list given in Welsh then in English, as one list of people', () => {
    const minutes = [
      'Cyngor Tref Porthwen Town Council',
      '',
      'Meeting of Full Council',
      '',
      '7.4.2025',
      '',
      'COFNODION / MINUTES',
      '',
      '88 Yn bresennol:',
      '',
      'Cyng. Heledd Parri (Cadeirydd)',
      'Cyng. Rhodri Bowen',
      '',
      'Yn mynychu:',
      'Gwion Tudur (Clerc)',
      '',
      'Present:',
      '',
      'Cllr. Heledd Parri (Chair)',
      'Cllr. Rhodri Bowen',
      '',
      'In attendance:',
      'Gwion Tudur (Clerc)',
      '',
      '89 Ymddiheuriadau:',
      '',
      'Cyng. Ffion Daniel',
      '',
      'Apologies:',
      '',
      'Cllr. Ffion Daniel',
      '',
      '90 Cofnodion / Minutes',
      '',
      'It was RESOLVED to approve the minutes.',
    ].join('\n');
    expect(peopleOf(firstMeeting(minutes))).toEqual([
      ['Cllr. Heledd Parri', 'Chair', 'present'],
      ['Cllr. Rhodri Bowen', null, 'present'],
      ['Gwion Tudur', 'Clerc', 'in attendance'],
      ['Cllr. Ffion Daniel', null, 'apologies'],
    ]);
  });

  it('reads "Present / Bresennol" before the names with no colon, and Welsh labels alone in the header', () => {
    const header = 'Cyngor Cymuned Nantglas Community Council\n\nMinutes of the meeting held on 8th April 2025\n\n';
    const item = '\n\n1. Planning / Cynllunio\n\nThe application was noted.\n';
    expect(peopleOf(firstMeeting(`${header}Present / Bresennol Cllr G Morris, Cllr E Price, Cllr H Rhys${item}`))).toEqual([
      ['Cllr G Morris', null, 'present'],
      ['Cllr E Price', null, 'present'],
      ['Cllr H Rhys', null, 'present'],
    ]);
    expect(peopleOf(firstMeeting(`${header}Presennol: Cyng. Gwyn Morris, Cyng. Elin Price\n\nYn absennol heb ymddiheuriadau: Cyng. Huw Rhys${item}`))).toEqual([
      ['Cyng. Gwyn Morris', null, 'present'],
      ['Cyng. Elin Price', null, 'present'],
      ['Cyng. Huw Rhys', null, 'absent'],
    ]);
  });
});

describe('Welsh-first bilingual minutes, the Welsh before the English', () => {
  it('tells a Welsh line from an English one by the words only each language writes', () => {
    expect(isWelshLine('Datgan Diddordeb ar faterion yn codi o’r agenda')).toBe(true);
    expect(isWelshLine('Croeso’r Cadeirydd a Materion Personol.')).toBe(true);
    expect(isWelshLine('Declaration of Interest on matters arising from the agenda')).toBe(false);
    // A name alone, or a line of both languages' words in equal measure, is no Welsh line.
    expect(isWelshLine('Rhodri Bevan')).toBe(false);
  });

  it('reads the English sentence of a numbered "Welsh. English." line as the title, the Welsh under it', () => {
    expect(withWelshFirstBlocks(['3. Cofnodion y cyfarfod diwethaf. Minutes of the last meeting.'])).toEqual(['3. Minutes of the last meeting', '', 'Cofnodion y cyfarfod diwethaf.']);
    // Two English sentences stay as they are.
    const english = ['3. Minutes. The minutes were approved.'];
    expect(withWelshFirstBlocks(english)).toBe(english);
  });

  it('puts a table row’s English half first only where its halves match line by line', () => {
    const row = ['7', 'Adroddiad y Maer', 'Rhoddwyd adroddiad ar lafar', 'The Mayor’s report', 'A verbal report was given'];
    expect(withWelshFirstBlocks(row).filter((line) => line !== '')).toEqual(['7.', 'The Mayor’s report', 'A verbal report was given', 'Adroddiad y Maer', 'Rhoddwyd adroddiad ar lafar']);
    // An odd number of lines is no row of two matching halves.
    const uneven = ['7', 'Adroddiad y Maer', 'The Mayor’s report', 'A verbal report was given'];
    expect(withWelshFirstBlocks(uneven)).toBe(uneven);
  });
});
