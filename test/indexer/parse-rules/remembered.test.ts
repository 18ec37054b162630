// What a parse remembers for one document (each heading title and list of people read once) changes nothing it reads:
// a pack of meetings repeating their members and standing items reads as its meetings do alone.
import { parseMinutes } from '../../../indexer/parse';
import { rememberingListReader } from '../../../indexer/parse/layout/remembered';
import { remembering, rememberingShared } from '../../../indexer/parse/remembering';

describe('answers remembered, for one document or shared', () => {
  it('reads each key once, a null answer too', () => {
    const read = jest.fn((key: string) => (key.startsWith('A') ? key.toUpperCase() : null));
    const remembered = remembering(read);
    expect([remembered('Apologies'), remembered('notes'), remembered('Apologies'), remembered('notes')]).toEqual(['APOLOGIES', null, 'APOLOGIES', null]);
    expect(read).toHaveBeenCalledTimes(2);
  });

  it('reads a long key each time, keeping none', () => {
    const read = jest.fn((key: string) => key.length);
    const remembered = remembering(read);
    const long = 'x'.repeat(5000);
    expect([remembered(long), remembered(long)]).toEqual([5000, 5000]);
    expect(read).toHaveBeenCalledTimes(2);
  });

  it('shares a frozen answer, a long key\'s too, and reads a key longer than its room each time', () => {
    const read = jest.fn((key: string) => (key.startsWith('P') ? { length: key.length } : null));
    const remembered = rememberingShared(read);
    const runOn = `Present: ${'Cllr A Brown, '.repeat(4000)}`;
    expect([remembered(runOn), remembered(runOn), remembered('notes'), remembered('notes')]).toEqual([{ length: runOn.length }, { length: runOn.length }, null, null]);
    expect(read).toHaveBeenCalledTimes(2);
    expect(Object.isFrozen(remembered(runOn))).toBe(true);
    const beyondRoom = `P${'x'.repeat(4_000_000)}`;
    remembered(beyondRoom);
    remembered(beyondRoom);
    expect(read).toHaveBeenCalledTimes(4);
  });

  it('gives each reading of a repeated list of people attendees of its own', () => {
    const readList = rememberingListReader();
    const first = readList('Cllr A Brown (Chair), Cllr C Dean', 'present');
    const second = readList('Cllr A Brown (Chair), Cllr C Dean', 'present');
    expect(second).toEqual([
      { name: 'Cllr A Brown', role: 'Chair', attendance: 'present' },
      { name: 'Cllr C Dean', role: null, attendance: 'present' },
    ]);
    first[0].role = 'Vice-Chair';
    expect(second[0].role).toBe('Chair');
    expect(readList('Cllr A Brown (Chair), Cllr C Dean', 'present')[0].role).toBe('Chair');
  });

  it('reads one list apart for each kind of attendance', () => {
    const readList = rememberingListReader();
    expect(readList('Cllr A Brown', 'present')[0].attendance).toBe('present');
    expect(readList('Cllr A Brown', 'apologies')[0].attendance).toBe('apologies');
  });

  it('reads a pack whose meetings repeat their members and standing items as it reads each meeting alone', () => {
    const meeting = (date: string, declaration: string) =>
      [
        `Minutes of the meeting of the Hollybrook Parish Council held on ${date} at 7pm in the Village Hall`,
        '',
        'Present: Cllr J Marsh (Chair), Cllr P Okoye, Cllr D Tran',
        '',
        '1. Apologies for absence',
        'None were received.',
        '',
        '2. Declarations of interest',
        declaration,
        '',
      ].join('\n');
    const texts = [meeting('3 March 2025', 'There were none.'), meeting('7 April 2025', 'Cllr Tran declared an interest in the planning item.')];
    const read = (text: string) => parseMinutes({ text, format: 'text', file: 'pack.txt', documentId: 'pack' }).meetings;
    const pack = read(texts.join('\n'));
    const alone = texts.map((text) => read(text)[0]);
    expect(pack).toHaveLength(2);
    pack.forEach((packed, index) => {
      expect(packed.date).toBe(alone[index].date);
      expect(packed.attendees).toEqual(alone[index].attendees);
      expect(packed.items.map((item) => [item.number, item.title])).toEqual(alone[index].items.map((item) => [item.number, item.title]));
    });
    expect(pack[0].attendees.map((attendee) => attendee.name)).toEqual(['Cllr J Marsh', 'Cllr P Okoye', 'Cllr D Tran']);
    expect(pack[0].attendees[0]).not.toBe(pack[1].attendees[0]);
  });
});
