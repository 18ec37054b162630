import { interpretConversation, topicAsWritten, type ChatVocabulary } from '../../server/chat/interpret';
import type { ChatMessage } from '../../server/api-types';
import { asksMeetingRecords } from '../../server/chat/meeting-facts';

const PANEL = 'Kent and Medway Police and Crime Panel';
const DARTFORD = 'Dartford Borough Council Crime and Disorder (Overview and Scrutiny) Committee';

// Bodies and speakers exactly as the parser names them in corpus/.
const vocabulary: ChatVocabulary = {
  bodies: [DARTFORD, PANEL],
  speakers: [
    'The Chair', 'The KCC Commissioning Officer', 'The D-TAC Intelligence Manager', 'The CSU Inspector', 'The Lead Member',
    'The Committee Co-ordinator', 'Members', 'The Community Safety Manager', 'The Strategic Director (External Services)',
    'The Scrutiny Research Officer', 'The Commissioner', 'Brian Luker', 'Elaine Bolton', 'Mr Campbell', 'A Member',
    'Gurvinder Sandher', 'The Chief Constable', 'Alan Horton', 'Fay Gooch', 'The Chief of Staff', 'The Policy Officer',
    'Don Sloan', 'Mr Meade', 'Mrs Taylor', 'The Vice-Chair', 'Cllr Mike Blakemore', 'Cllr Shane Mochrie-Cox', 'Cllr Richard Palmer',
    'Councillor Wells',
  ],
};

function conversation(...userMessages: string[]): ChatMessage[] {
  return userMessages.flatMap((content, index) => {
    const user: ChatMessage = { role: 'user', content };
    return index < userMessages.length - 1 ? [user, { role: 'assistant', content: `An answer about 2019 at ${PANEL}. [1]` }] : [user];
  });
}

function interpret(...userMessages: string[]) {
  return interpretConversation(conversation(...userMessages), vocabulary);
}

describe('interpretConversation: the topic', () => {
  it('keeps the content words and drops question scaffolding', () => {
    const result = interpret('Was there anything on the police cadet scheme?');
    expect(result.query).toBe('police cadet scheme');
    expect(result.topic).toBe('police cadet scheme');
    expect(result.filters).toEqual({});
    expect(result.preferDecisions).toBe(false);
  });

  it('drops "what is being done" and "what is the council doing" as scaffolding, not topic', () => {
    expect(interpret('What is being done about fly-tipping?').topic).toBe('fly tipping');
    expect(interpret('what is Kent Police doing about knife crime').topic).toBe('Kent Police knife crime');
  });

  it('drops "tell me" and "say about" phrasing', () => {
    expect(interpret('Tell me what they said about street triage in Medway').query).toBe('street triage Medway');
  });

  it('keeps a quoted phrase as a phrase in the query and as plain words in the topic', () => {
    const result = interpret('What was said about "Backing Young People" and the voice of young people?');
    expect(result.query).toBe('"Backing Young People" voice young people');
    expect(result.topic).toBe('Backing Young People voice young people');
  });

  it('keeps numbers such as 999 and 101 as topic words, not years', () => {
    const result = interpret('What about 999 and 101 calls to the Force Control Room?');
    expect(result.query).toBe('999 101 calls Force Control Room');
    expect(result.filters.year).toBeUndefined();
  });

  it('keeps a financial year such as 2018/19 in the topic', () => {
    const result = interpret('What was said about the 2018/19 precept?');
    expect(result.query).toBe('2018/19 precept');
    expect(result.filters).toEqual({});
  });

  it('does not read a count before a noun ("2000 officers") as a year', () => {
    const result = interpret('were there plans for 2000 officers in 2023?');
    expect(result.filters.year).toEqual([2023]);
    expect(result.query).toBe('plans 2000 officers');
  });

  it('sets aside relative dates it cannot resolve ("last year") instead of searching for the word "year"', () => {
    expect(interpret('What was said about cadets last year?')).toMatchObject({ query: 'cadets', filters: {} });
  });

  it('reads "how much will … go up" as asking for an amount, with "go" naming no topic', () => {
    const reading = interpret('How much will the precept go up?');
    expect(reading.topic).toBe('precept');
    expect(reading.asksForFigure).toBe(true);
    expect(interpret('How many PCSOs will Kent keep?').asksForFigure).toBe(true);
    expect(interpret('What percentage of calls were abandoned?').asksForFigure).toBe(true);
    expect(interpret('What did the Commissioner say about CCTV?').asksForFigure).toBe(false);
    // The amount is asked by the last question only: a follow-up about something else drops it.
    expect(interpret('police cadet scheme', 'how much does it cost to join?').asksForFigure).toBe(true);
    expect(interpret('how much does the cadet scheme cost?', 'who raised it?').asksForFigure).toBe(false);
  });

  it('passes over a mistyped question word rather than searching for it ("wat did Mrs Bolton ask")', () => {
    expect(interpret('wat did mrs bolton ask')).toMatchObject({ query: '', topic: '', filters: { speaker: ['Elaine Bolton'] } });
    expect(interpret('whta was decided about the precept')).toMatchObject({ query: 'precept', preferDecisions: true });
  });

  it('returns an empty query when nothing in the conversation names a topic', () => {
    expect(interpret('more on that')).toEqual({ query: '', topic: '', filters: {}, preferDecisions: false, asksForFigure: false, focus: '' });
    expect(interpretConversation([], vocabulary).query).toBe('');
  });
});

describe('interpretConversation: dates in words', () => {
  it.each([
    ['police cadets in 2017', { year: [2017] }],
    ['police cadets during 2023', { year: [2023] }],
    ['police cadets in 2017 and 2018', { year: [2017, 2018] }],
    ['police cadets in 2017, 2018 or 2019', { year: [2017, 2018, 2019] }],
    ['police cadets since March 2020', { from: '2020-03-01' }],
    ['police cadets since 2020', { from: '2020-01-01' }],
    ['police cadets after 2018', { from: '2019-01-01' }],
    ['police cadets before 2018', { to: '2017-12-31' }],
    ['police cadets before March 2018', { to: '2018-02-28' }],
    ['police cadets until 2019', { to: '2019-12-31' }],
    ['police cadets between 2017 and 2019', { from: '2017-01-01', to: '2019-12-31' }],
    ['police cadets from June 2017 to 2018', { from: '2017-06-01', to: '2018-12-31' }],
    ['police cadets 2017-2019', { from: '2017-01-01', to: '2019-12-31' }],
    ['police cadets in March 2017', { from: '2017-03-01', to: '2017-03-31' }],
    ['police cadets on 28 March 2017', { from: '2017-03-28', to: '2017-03-28' }],
    ['police cadets on 28th March 2017', { from: '2017-03-28', to: '2017-03-28' }],
  ])('reads "%s"', (message, filters) => {
    const result = interpret(message);
    expect(result.filters).toEqual(filters);
    expect(result.query).toBe('police cadets');
  });
});

describe('interpretConversation: bodies', () => {
  it('matches "at the Police and Crime Panel" to the known panel', () => {
    const result = interpret('Was there anything on 999 calls at the Police and Crime Panel?');
    expect(result.filters.body).toEqual([PANEL]);
    expect(result.query).toBe('999 calls');
  });

  it('matches "the Crime and Disorder Committee" to the Dartford committee', () => {
    const result = interpret('What did the Crime and Disorder Committee hear about CCTV?');
    expect(result.filters.body).toEqual([DARTFORD]);
    expect(result.query).toBe('hear CCTV');
  });

  it('matches a place name used as the body ("what did Dartford decide")', () => {
    const result = interpret('What did Dartford decide about street lighting?');
    expect(result.filters.body).toEqual([DARTFORD]);
    expect(result.query).toBe('street lighting');
    expect(result.preferDecisions).toBe(true);
  });

  it('matches body names case-insensitively', () => {
    expect(interpret('cctv at the crime and disorder committee').filters.body).toEqual([DARTFORD]);
  });

  it('leaves a place that only describes the topic in the query ("Kent Police", "in Kent")', () => {
    expect(interpret('How is Kent Police recruiting officers?')).toMatchObject({ query: 'Kent Police recruiting officers', filters: {} });
    expect(interpret('police cadets in Kent')).toMatchObject({ query: 'police cadets Kent', filters: {} });
  });

  it('reads the words of a known body after another place\'s name as that other body, the topic ("Gravesham Borough Council")', () => {
    expect(interpret('Who thanked Gravesham Borough Council?')).toMatchObject({ query: 'thanked Gravesham Borough Council', filters: {} });
    expect(interpret('What did Dartford Borough Council decide about CCTV?').filters.body).toEqual([DARTFORD]);
  });

  it('sets no body filter for a body the index does not know', () => {
    const result = interpret('What did the Medway Council Cabinet say about potholes?');
    expect(result.filters.body).toBeUndefined();
  });
});

describe('interpretConversation: speakers', () => {
  it('matches "what did the Commissioner say" to the vocabulary entry', () => {
    const result = interpret('What did the Commissioner say about police cadets?');
    expect(result.filters.speaker).toEqual(['The Commissioner']);
    expect(result.query).toBe('police cadets');
  });

  it.each(['PCC', 'Police and Crime Commissioner', 'police & crime commissioner'])('normalises "%s" to "The Commissioner"', (role) => {
    const result = interpret(`What did the ${role} say about mental health?`);
    expect(result.filters.speaker).toEqual(['The Commissioner']);
    expect(result.query).toBe('mental health');
  });

  it('matches "according to the Chairman" to the chair as the minutes name it ("The Chair")', () => {
    const result = interpret('According to the Chairman, did the cadet scheme have support?');
    expect(result.filters.speaker).toEqual(['The Chair']);
    expect(result.query).toBe('cadet scheme support');
  });

  it('reads a name after a verb of asking that follows another name as whom they asked, not a second speaker', () => {
    expect(interpret('What did Elaine Bolton ask the Commissioner?')).toMatchObject({ query: '', filters: { speaker: ['Elaine Bolton'] } });
    expect(interpret('What did Fay Gooch ask the Commissioner about firearms officers?')).toMatchObject({ query: 'firearms officers', filters: { speaker: ['Fay Gooch'] } });
    expect(interpret('What did the Commissioner tell Alan Horton about CCTV?')).toMatchObject({ query: 'CCTV', filters: { speaker: ['The Commissioner'] } });
    // Alone after the verb, the name is still who is asked about: "what was the Commissioner asked?" names no one else.
    expect(interpret('What was the Commissioner asked about CCTV?').filters.speaker).toEqual(['The Commissioner']);
  });

  it('reads what "how many" counts: the content words straight after it', () => {
    expect(interpret('How many tasers does Kent Police have?').counted).toBe('tasers');
    expect(interpret('How many new officers did Kent recruit?').counted).toBe('new officers');
    expect(interpret('How many people took part in the consultation?').counted).toBe('people');
    expect(interpret('Tell me about complaints', 'how many were upheld?').counted).toBeUndefined();
    expect(interpret('How much is the precept?').counted).toBeUndefined();
  });

  describe('a person the attendance lists name with a role', () => {
    // As the attendance lists of corpus/ print them: one Commissioner throughout, a chair for each body.
    const withHolders: ChatVocabulary = {
      ...vocabulary,
      officeHolders: [
        { name: 'Mr M Scott', role: 'Kent Police and Crime Commissioner' },
        { name: 'Mr P M Hill, OBE', role: 'Chair' },
        { name: 'Councillor R J Wells', role: 'Chair' },
        { name: 'Mr Gurvinder Sandher', role: 'Vice-Chair' },
        { name: 'Mr A Harper', role: "PCC's Chief of Staff" },
      ],
    };
    const read = (question: string) => interpretConversation(conversation(question), withHolders);

    it.each(['What did Matthew Scott say about victims?', 'What did Mr Scott say about victims?', 'what did M Scott say about victims?'])(
      'reads %s as asking what the Commissioner said, as the minutes name him when he speaks',
      (question) => {
        expect(read(question)).toMatchObject({ query: 'victims', filters: { speaker: ['The Commissioner'] } });
      },
    );

    it('needs a title or a given name: a surname alone may be a place or another person', () => {
      expect(read('What was said about Scott Road?').filters.speaker).toBeUndefined();
      expect(read('What was said about Peter Scott?').filters.speaker).toBeUndefined();
    });

    it('leaves a role held by different people in the archive unread: one committee\'s chair is not the other\'s', () => {
      expect(read('What did Mr Hill say about cadets?').filters.speaker).toBeUndefined();
      expect(read('What did Councillor Wells say about cadets?').filters.speaker).toEqual(['Councillor Wells']);
    });
  });

  it('does not read "Vice-Chairman" as the Chairman', () => {
    expect(interpret('What did the Vice-Chairman say about funding?').filters.speaker).toEqual(['The Vice-Chair']);
  });

  it('matches a councillor by surname with a title and a possessive ("Cllr Palmer\'s question")', () => {
    const result = interpret("What was Cllr Palmer's question on domestic abuse?");
    expect(result.filters.speaker).toEqual(['Cllr Richard Palmer']);
    expect(result.query).toBe('domestic abuse');
  });

  it('keeps a possessive after a verb of speaking in the topic ("what did the panel think of the Commissioner\'s report")', () => {
    const result = interpret("What did the panel think of the Commissioner's annual report?");
    expect(result.filters.speaker).toBeUndefined();
    expect(result.query.toLowerCase()).toBe('commissioner annual report');
    expect(interpret("What did the Commissioner's annual report say about victims?").filters.speaker).toEqual(['The Commissioner']);
    // Before anything but words of speech the name is part of the subject.
    expect(interpret("How much money is in the Commissioner's mental health fund?")).toMatchObject({ query: 'money Commissioner mental health fund', filters: {} });
  });

  it('asks for decisions when it names one, not when it asks what was said about one', () => {
    expect(interpret('What was the decision on the PFI police station?').preferDecisions).toBe(true);
    expect(interpret('What did the panel decide about the PFI police station?').preferDecisions).toBe(true);
    const said = interpret("What did members say about the Commissioner's decision on the PFI police station?");
    expect(said.preferDecisions).toBe(false);
    expect(said.filters.speaker).toEqual(['Members', 'A Member']);
  });

  it('matches an officer named with a title ("Mrs Taylor")', () => {
    expect(interpret('What did Mrs Taylor report on complaints?')).toMatchObject({ query: 'complaints', filters: { speaker: ['Mrs Taylor'] } });
  });

  it('matches a full name and a plural role ("members asked")', () => {
    expect(interpret('What did Richard Palmer ask about exploitation?').filters.speaker).toEqual(['Cllr Richard Palmer']);
    expect(interpret('What did members ask about radicalisation?')).toMatchObject({ query: 'radicalisation', filters: { speaker: ['Members', 'A Member'] } });
  });

  it('keeps a role that is only the object of the topic in the query', () => {
    const result = interpret('How is the Commissioner holding the Chief Constable to account?');
    expect(result.filters.speaker).toBeUndefined();
    expect(result.query).toBe('Commissioner holding Chief Constable account');
  });

  it('ignores a surname written in lower case without a title (an ordinary word)', () => {
    const result = interpret('problems with wells and flooding');
    expect(result.filters.speaker).toBeUndefined();
    expect(result.query).toBe('problems wells flooding');
  });

  it('reads "councillors" asking who spoke as no part of the topic', () => {
    expect(interpret('What did councillors say about speeding?').query).toBe('speeding');
    expect(interpret('What did Cllrs say about the precept?').query).toBe('precept');
  });

  it('combines a speaker, a body and a year stated in one question', () => {
    const result = interpret('What did the Commissioner say about cadets at the Police and Crime Panel in 2017?');
    expect(result).toEqual({
      query: 'cadets',
      topic: 'cadets',
      filters: { year: [2017], speaker: ['The Commissioner'], body: [PANEL] },
      preferDecisions: false,
      asksForFigure: false,
      focus: '',
    });
  });
});

describe('interpretConversation: amounts', () => {
  it('marks a question asking how many or how much, and leaves "so far" out of its topic', () => {
    expect(interpret('How many young people have joined the police cadets so far?')).toMatchObject({ asksForCount: 'many', asksForFigure: true, query: 'young people joined police cadets' });
    expect(interpret('What did the cadet scheme cost?').asksForCount).toBeUndefined();
  });

  it('reads "what is X paid?" and "what does X earn?" as how much, and not a question about what was said of pay', () => {
    expect(interpret('what is the chief constable paid?')).toMatchObject({ asksForCount: 'much', asksForFigure: true });
    expect(interpret('What does the town clerk earn?')).toMatchObject({ asksForCount: 'much', asksForFigure: true });
    expect(interpret("What is the Chief Executive's salary?")).toMatchObject({ asksForCount: 'much', asksForFigure: true });
    expect(interpret('What did the Commissioner say about pay?')).toMatchObject({ asksForFigure: false });
    expect(interpret('What did the Commissioner say about pay?').asksForCount).toBeUndefined();
    expect(interpret('What was the pay rise for officers?').asksForCount).toBeUndefined();
  });
});

describe('interpretConversation: decisions', () => {
  it.each(['What was decided about the precept?', 'What did they resolve on the precept?', 'Was the precept agreed?', 'Any decision on the precept?'])(
    'prefers decisions for "%s"',
    (message) => {
      const result = interpret(message);
      expect(result.preferDecisions).toBe(true);
      expect(result.filters.decisionsOnly).toBeUndefined();
      expect(result.query).toBe('precept');
    },
  );

  it('filters to decisions only when asked for only decisions', () => {
    const result = interpret('Show only decisions about the precept between 2017 and 2019');
    expect(result).toMatchObject({ query: 'precept', preferDecisions: true, filters: { decisionsOnly: true, from: '2017-01-01', to: '2019-12-31' } });
  });
});

describe('interpretConversation: follow-ups', () => {
  it('takes no topic from a question of the meeting records, only its date', () => {
    const asksRecords = (text: string) => asksMeetingRecords(text, vocabulary.bodies);
    const asked = conversation('Who chaired the panel on 15 November 2017?', 'and who was the clerk?');
    const afterChair = interpretConversation(asked, vocabulary, asksRecords);
    expect(afterChair.topic).toBe('clerk');
    expect(afterChair.filters).toMatchObject({ from: '2017-11-15', to: '2017-11-15' });
    // Read as a topic question, its "chaired" would be searched for with the clerk.
    expect(interpretConversation(asked, vocabulary).topic).toBe('chaired clerk');
  });

  it('reads "the service", bare, as the one asked about before; "the 101 service" and "the Plan" name their own', () => {
    expect(interpret('Tell me about restorative justice', 'who provides the service now?').topic).toBe('restorative justice provides service');
    expect(interpret('What was said about CCTV?', 'How is the 101 service doing?').topic).toBe('101 service');
    expect(interpret('What was said about CCTV?', 'what does the Plan say about burglary?').topic).toBe('Plan burglary');
  });

  const first = 'What did the Commissioner say about police cadets at the Police and Crime Panel in 2017?';

  it('"and in 2023?" keeps the topic, body and speaker and changes the year', () => {
    expect(interpret(first, 'and in 2023?')).toEqual({
      query: 'police cadets',
      topic: 'police cadets',
      filters: { year: [2023], speaker: ['The Commissioner'], body: [PANEL] },
      preferDecisions: false,
      asksForFigure: false,
      focus: '',
    });
  });

  it('"what was decided?" keeps the topic and filters and prefers decisions', () => {
    const result = interpret(first, 'what was decided?');
    expect(result).toMatchObject({ query: 'police cadets', preferDecisions: true, filters: { year: [2017], body: [PANEL] } });
  });

  it('"what about the Chairman?" replaces the speaker and keeps the rest', () => {
    const result = interpret(first, 'what about the Chairman?');
    expect(result.query).toBe('police cadets');
    expect(result.filters).toEqual({ year: [2017], body: [PANEL], speaker: ['The Chair'] });
  });

  it('"and at the Dartford committee?" replaces the body', () => {
    const result = interpret(first, 'and at the Dartford committee?');
    expect(result.filters.body).toEqual([DARTFORD]);
    expect(result.filters.year).toEqual([2017]);
  });

  it('"and Dartford?" names the body by its place alone', () => {
    expect(interpret(first, 'and Dartford?').filters).toEqual({ year: [2017], speaker: ['The Commissioner'], body: [DARTFORD] });
  });

  it('"what did she present?" points back at the person asked about with a personal pronoun', () => {
    expect(interpret('Who is Emily Matthews?', 'what did she present?')).toMatchObject({ query: 'Emily Matthews present', focus: 'present' });
    expect(interpret('Tell me about the Youth Ambassador', 'who employs him?').query).toBe('Youth Ambassador employs');
    // Not at a topic naming no one, nor in a message naming its own speaker.
    expect(interpret('Tell me about CCTV', 'what did she say about fly-tipping?').query).toBe('fly tipping');
    expect(interpret('Who is Emily Matthews?', 'what did the Commissioner say about his plan?').query).toBe('plan');
  });

  it('"what if …?" asks a hypothetical of the topic under way, adding its words', () => {
    expect(interpret('What is happening with the library van?', 'what if the new van arrives late?').query).toBe('library van new arrives late');
    expect(interpret('Tell me about the bus shelter', 'and what happens if the grant is refused?').query).toBe('bus shelter grant refused');
    // Not a question that merely holds "if" later on.
    expect(interpret('Tell me about the bus shelter', 'who decides if grants are refused?').query).toBe('grants refused');
  });

  it('"more on that" repeats the search', () => {
    expect(interpret(first, 'more on that')).toEqual(interpret(first));
  });

  it('a year replaces an earlier date range', () => {
    const result = interpret('precept since March 2017', 'and in 2023?');
    expect(result.filters).toEqual({ year: [2023] });
  });

  it('knows a long role word typed with one slip of the keys ("comissioner")', () => {
    expect(interpret('wat did the comissioner say about knife crime')).toMatchObject({ query: 'knife crime', filters: { speaker: ['The Commissioner'] } });
    expect(interpret('What did the cheif constable say?').filters.speaker).toBeUndefined();
  });

  it('reads "how long", "how far" and "how often" as the question\'s scaffolding, not its topic', () => {
    expect(interpret('What did the Commissioner say about how long people wait on 101?').query).toBe('people wait 101');
    expect(interpret('How far do officers travel to the custody suite?').query).toBe('officers travel custody suite');
    expect(interpret('Is the queue for 101 long?').query).toBe('queue 101 long');
    expect(interpret('Any news on knife crime?').query).toBe('knife crime');
  });

  it('keeps preferring decisions through later follow-ups until told otherwise', () => {
    expect(interpret('precept', 'what was decided?', 'and in 2018?').preferDecisions).toBe(true);
    expect(interpret('precept', 'only decisions', 'not just decisions, everything please').filters.decisionsOnly).toBeUndefined();
    expect(interpret('precept', 'only decisions', 'not just decisions').preferDecisions).toBe(false);
    // A question after a detail, with a word or less of its own, asks about the topic before it.
    expect(interpret('Tell me about complaints against the Commissioner', 'how many were upheld?')).toMatchObject({ query: 'complaints Commissioner upheld', focus: 'upheld' });
    expect(interpret('Tell me about complaints against the Commissioner', 'how many PCSOs will Kent keep?').query).toBe('PCSOs Kent keep');
    // Asking about a new side of the topic asks that, not for decisions again.
    expect(interpret('What was decided about restorative justice?', 'who provides it?')).toMatchObject({ query: 'restorative justice provides', preferDecisions: false });
  });

  it('gives the topic as the question wrote it, small words kept, only when nothing else lies between its words', () => {
    expect(topicAsWritten('When was the Police and Crime Plan discussed?', 'Police Crime Plan')).toBe('Police and Crime Plan');
    expect(topicAsWritten('the Kent Fire and Rescue Service ?', 'Kent Fire Rescue Service')).toBe('Kent Fire and Rescue Service');
    expect(topicAsWritten('CCTV at the panel and funding', 'CCTV funding')).toBe('CCTV funding');
    expect(topicAsWritten('precept', 'precept')).toBe('precept');
  });

  it('drops a filter the user lifts ("any year", "any committee", "anyone")', () => {
    expect(interpret(first, 'and in any year?').filters).toEqual({ speaker: ['The Commissioner'], body: [PANEL] });
    expect(interpret(first, 'at any committee?').filters).toEqual({ year: [2017], speaker: ['The Commissioner'] });
    expect(interpret(first, 'from anyone?').filters).toEqual({ year: [2017], body: [PANEL] });
  });

  it('a question that points back with a pronoun adds its words to the topic and keeps the filters', () => {
    expect(interpret(first, 'how much does it cost to join?')).toEqual({
      query: 'police cadets cost join',
      topic: 'police cadets cost join',
      filters: { year: [2017], speaker: ['The Commissioner'], body: [PANEL] },
      preferDecisions: false,
      asksForFigure: true,
      asksForCount: 'much',
      focus: 'cost join',
    });
    expect(interpret('Tell me about the police cadet scheme', 'who pays for them?').query).toBe('police cadet scheme pays');
    // A preposition narrows the topic before rather than naming a new one.
    expect(interpret('What was said about mental health?', 'what about for children?')).toMatchObject({ query: 'mental health children', focus: 'children' });
    expect(interpret('What was said about the police cadets?', 'and for vulnerable young people?').query).toBe('police cadets vulnerable young people');
    expect(interpret('What was said about the police cadets?', 'what about rural crime?').query).toBe('rural crime');
    // "where …?" and "who …?" with a word or less of their own ask after a detail of the topic before.
    expect(interpret('Tell me about Making Offenders Pay', 'where does the money go?')).toMatchObject({ query: 'Making Offenders Pay money', focus: 'money' });
    expect(interpret('What was said about restorative justice?', 'who spoke?').query).toBe('restorative justice');
    expect(interpret('What was said about CCTV?', 'who raised police cadets?').query).toBe('police cadets');
    // Only the last question's own additions are its focus; a question with a topic of its own has none apart.
    expect(interpret(first, 'how much does it cost to join?', 'and in 2023?').focus).toBe('');
    expect(interpret('What was said about the precept?').focus).toBe('');
    // "this year" is a date, not a pointer back.
    expect(interpret(first, 'What about funding for victims this year?').query).toBe('funding victims');
  });

  it('a message with a new topic starts fresh', () => {
    expect(interpret(first, 'What about funding for victims?')).toEqual({ query: 'funding victims', topic: 'funding victims', filters: {}, preferDecisions: false, asksForFigure: false, focus: '' });
  });

  it('"they" who speak or decide are the members, not the topic before: a new topic starts fresh', () => {
    expect(interpret('who raised police cadets', 'when did they agree the precept').query).toBe('precept');
    expect(interpret('Tell me about the police cadet scheme', 'what was their view on CCTV?').query).toBe('CCTV');
    // Pointing back at the topic still adds to it, also with "they" about the topic itself.
    expect(interpret('Tell me about the police cadet scheme', 'what did they decide about it?').query).toBe('police cadet scheme');
    expect(interpret('Tell me about the police cadet scheme', 'how much do they cost?').query).toBe('police cadet scheme cost');
  });

  it('a topic given after a topic-less question keeps that question\'s filters', () => {
    const result = interpret('What did the Commissioner say in 2017?', 'about cadets?');
    expect(result).toMatchObject({ query: 'cadets', filters: { year: [2017], speaker: ['The Commissioner'] } });
  });

  it('reads only user messages: an assistant answer mentioning a year or a body changes nothing', () => {
    const messages: ChatMessage[] = [
      { role: 'user', content: 'police cadets' },
      { role: 'assistant', content: `At the ${PANEL} on 28 March 2017 the Commissioner explained the plan. [1]` },
    ];
    expect(interpretConversation(messages, vocabulary)).toMatchObject({ query: 'police cadets', filters: {} });
  });
});
