// Letters after a speaker's name ("Cllr D Kaur JP asked", "Councillor Fairbairn MBE said"): the speaker is filed
// under the name alone, as the rest of the minutes name them. Invented text in the style of cabinet minutes.
import { parseMinutes } from '../../../indexer/parse';
import { speakerOf } from '../../../indexer/parse/speakers/speakers';

describe('a speaker named with letters after their name', () => {
  it.each([
    ['Cllr D Kaur JP asked about parking in the town centre.', 'Cllr D Kaur'],
    ['Councillor Fairbairn MBE said that traders had been consulted.', 'Councillor Fairbairn'],
    ['Mr Peter Hill OBE DL reported on the lieutenancy.', 'Mr Peter Hill'],
    ['Cllr JP asked about parking.', 'Cllr JP'],
  ])('reads "%s" as spoken by %s', (text, speaker) => {
    expect(speakerOf(text)).toBe(speaker);
  });

  it('files a listed member by surname without the letters after it', () => {
    const minutes =
      'HARTLEY BOROUGH COUNCIL\nCABINET\nMinutes of the meeting held on Wednesday 17 January 2024\n\n' +
      'Also attending: Councillor J Fairbairn MBE, Councillor D Kaur JP\n\n47. Town centre\n\nFairbairn said that traders had been consulted.\n';
    const [paragraph] = parseMinutes({ text: minutes, format: 'text', file: 'minutes.txt', documentId: 'minutes' }).meetings[0].items[0].paragraphs;
    expect(paragraph.speaker).toBe('Councillor Fairbairn');
  });
});
