// A newcomer's first words that are not about the minutes: answered with what the chat can do, never searched.
import { answerSmallTalk, readSmallTalk, withoutSmallTalk } from '../../server/chat/small-talk';
import type { ChatMessage } from '../../server/api-types';

describe('readSmallTalk', () => {
  it.each([
    ['hello', 'greeting'],
    ['Hi there!', 'greeting'],
    ['Good morning', 'greeting'],
    ['help', 'help'],
    ['What is this?', 'help'],
    ['what can I ask?', 'help'],
    ['How does this work?', 'help'],
    ['??', 'help'],
    ['thank you', 'thanks'],
    ['Thanks very much!', 'thanks'],
    ['cheers', 'thanks'],
  ])('reads %j as %s', (message, kind) => {
    expect(readSmallTalk(message)).toBe(kind);
  });

  it.each(['hello, what did the panel say about CCTV?', 'help for victims of domestic abuse', 'What is the precept?', 'thanks to the volunteers', 'What was decided about the precept?'])(
    'leaves %j, which asks about the minutes, to the search',
    (message) => {
      expect(readSmallTalk(message)).toBeNull();
    },
  );
});

describe('answerSmallTalk', () => {
  it('says what can be asked and that answers quote the minutes, naming no subject of any one corpus', () => {
    const help = answerSmallTalk('help');
    expect(help).toContain('quoting them');
    expect(help).toContain('"Who chaired the last meeting?"');
    expect(help).not.toMatch(/precept|CCTV|Commissioner|Kent/);
    expect(answerSmallTalk('greeting')).toBe(`Hello. ${help}`);
    expect(answerSmallTalk('thanks')).toMatch(/^You are welcome\./);
  });
});

describe('withoutSmallTalk', () => {
  it('drops greetings and thanks with the answers given to them, so they never become a follow-up\'s topic', () => {
    const messages: ChatMessage[] = [
      { role: 'user', content: 'hello' },
      { role: 'assistant', content: answerSmallTalk('greeting') },
      { role: 'user', content: 'What was decided about the precept?' },
      { role: 'assistant', content: 'It was resolved that the Proposed Precept be approved unanimously. [1]' },
      { role: 'user', content: 'thanks!' },
      { role: 'assistant', content: answerSmallTalk('thanks') },
      { role: 'user', content: 'and in 2023?' },
    ];
    expect(withoutSmallTalk(messages).map((message) => message.content)).toEqual([
      'What was decided about the precept?',
      'It was resolved that the Proposed Precept be approved unanimously. [1]',
      'and in 2023?',
    ]);
  });
});
