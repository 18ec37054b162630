// A speaker's label on a line of its own over what they said ("Cllr Jones:" / "Could the clerk confirm …?"), and a
// public questioner named after their label ("Questioner: Mrs A Dale"). Invented text in the style of town council minutes.
import { parseMinutes } from '../../../indexer/parse';

const parse = (text: string) => parseMinutes({ text, format: 'text', file: 'minutes.txt', documentId: 'minutes' });
const HEADER = 'MILLBROOK TOWN COUNCIL\nMinutes of the Full Council meeting held on 22 February 2024 at 7pm\n\nPresent: Cllr E Jones (Mayor), Cllr M O’Brien\n\n';
const turns = (body: string) => parse(`${HEADER}7. Questions from members\n\n${body}\n8. Close\n\nThe meeting closed at 9pm.\n`).meetings[0].items[0].paragraphs.map((paragraph) => [paragraph.speaker, paragraph.text]);

describe('a speaker’s label alone over their words', () => {
  it('gives the words under each label to its speaker', () => {
    const body = 'Cllr Jones:\nCould the clerk confirm when the new bins will arrive?\n\nClerk:\nThe bins will be delivered in March.\n\nCllr O’Brien:\n\nWhat is happening with the allotment waiting list?\n';
    expect(turns(body)).toEqual([
      ['Cllr Jones', 'Cllr Jones: Could the clerk confirm when the new bins will arrive?'],
      ['The Clerk', 'Clerk: The bins will be delivered in March.'],
      ['Cllr O’Brien', 'Cllr O’Brien: What is happening with the allotment waiting list?'],
    ]);
  });

  it('joins no label that names no speaker, nor one over a line that is no sentence', () => {
    const paragraphs = turns('Action:\nThe clerk to write to the county council.\n\nThe Mayor:\nDate:\n');
    expect(paragraphs.map(([speaker]) => speaker)).toEqual(paragraphs.map(() => null));
    expect(paragraphs.map(([, text]) => text)).toContain('The Mayor:');
  });
});

describe('a public questioner named after the label', () => {
  it('speaks the question run on after the name; the response has no named speaker', () => {
    const body = 'Questioner: Mrs A Dale\nQuestion: Why was the toilet block closed?\nResponse: The toilets were closed because of vandalism.\n\nResident: The bus stop is unsafe.\n';
    expect(turns(body)).toEqual([
      ['Mrs A Dale', 'Questioner: Mrs A Dale Question: Why was the toilet block closed?'],
      [null, 'Response: The toilets were closed because of vandalism.'],
      [null, 'Resident: The bus stop is unsafe.'],
    ]);
  });
});
