import { composeAnswer } from '../../server/chat/answer';
import { countsWhatWasAsked, givesCount, givesFigure } from '../../server/chat/figures';
import type { Interpretation } from '../../server/chat/interpret';
import { quotableSentences } from '../../server/chat/sentences';
import type { Citation, SearchResult } from '../../server/api-types';
import {
  PANEL,
  abuseTruncated,
  cadetIntroduction,
  cadetResolution,
  cadetSubscription,
  cadetUnits,
  cadetsCountyWide,
  cadetJoining,
  cctvDeterrent,
  passage,
} from './passages';

function question(topic: string, extra: Partial<Interpretation> = {}): Interpretation {
  return { query: topic, topic, filters: {}, preferDecisions: false, asksForFigure: false, focus: '', ...extra };
}

const normalise = (text: string) => text.replace(/\s+/g, ' ').replace(/[‘’]/g, "'").trim().toLowerCase();

/** Each answer sentence with its marker, the context prefix and the "it was resolved" rewording undone. */
function quotedSentences(answer: string): { n: number; quoted: string }[] {
  // Paragraphs start on lines of their own: a sentence starts a line or follows a marker.
  return [...answer.matchAll(/(?:^|\] )(.*?) \[(\d+)\]/gm)].map((match) => ({
    n: Number(match[2]),
    quoted: match[1]
      .replace(/^(?:At|In) .*?\), /, '')
      .replace(/^it was (resolved|agreed) /i, (_all, word: string) => `${word.toUpperCase()} `)
      .replace(/…$/, ''),
  }));
}

/** Every sentence must be found, word for word, in the passage its marker cites. */
function expectTraceable(answer: string, citations: Citation[]): void {
  const sentences = quotedSentences(answer);
  expect(sentences.length).toBeGreaterThan(0);
  for (const { n, quoted } of sentences) {
    const citation = citations.find((candidate) => candidate.n === n);
    expect(citation).toBeDefined();
    expect(normalise(citation!.text)).toContain(normalise(quoted).replace(/\.$/, ''));
  }
}

describe('composeAnswer', () => {
  const cadetResults = [cadetUnits, cadetIntroduction, cadetSubscription, cadetResolution, cadetsCountyWide];

  it('answers with the sentence that speaks to the topic, set in its meeting and item, with a citation', () => {
    const { answer, citations } = composeAnswer(question('cadet units'), cadetResults);
    expect(answer).toContain(
      'At the Kent and Medway Police and Crime Panel on 28 March 2017 (item: Police Cadet Scheme - progress report), the Commissioner explained that the plan was for 12 cadet units in total across Kent. [1]',
    );
    expect(citations[0]).toEqual({
      n: 1,
      chunkId: cadetUnits.id,
      meeting: cadetUnits.meeting,
      item: cadetUnits.item,
      paragraph: '2',
      paragraphIndex: 1,
      speaker: 'The Commissioner',
      text: cadetUnits.text,
    });
    expectTraceable(answer, citations);
  });

  it('numbers citations from 1 in order of first use and cites every passage it quotes', () => {
    const { answer, citations } = composeAnswer(question('police cadet scheme'), cadetResults);
    const used = [...answer.matchAll(/\[(\d+)\]/g)].map((match) => Number(match[1]));
    expect(citations.map((citation) => citation.n)).toEqual(citations.map((_citation, index) => index + 1));
    expect([...new Set(used)]).toEqual(citations.map((citation) => citation.n));
    expect(citations.length).toBeGreaterThanOrEqual(2);
    expect(citations.length).toBeLessThanOrEqual(4);
    expectTraceable(answer, citations);
  });

  it('takes between two and the maximum number of sentences, and honours the limits given', () => {
    const { answer } = composeAnswer(question('police cadet scheme young people'), cadetResults);
    expect(quotedSentences(answer).length).toBeGreaterThanOrEqual(2);
    expect(quotedSentences(answer).length).toBeLessThanOrEqual(3);
    const limited = composeAnswer(question('police cadet scheme young people'), cadetResults, { maxSentences: 4, maxCitations: 1 });
    expect(limited.citations).toHaveLength(1);
    expect(quotedSentences(limited.answer).length).toBeLessThanOrEqual(2);
  });

  it('puts the decision first when the question asks what was decided', () => {
    const asked = question('police cadets', { preferDecisions: true });
    const { answer, citations } = composeAnswer(asked, cadetResults);
    expect(citations[0].chunkId).toBe(cadetResolution.id);
    expect(answer).toMatch(
      /^At the Kent and Medway Police and Crime Panel on 28 March 2017 \(item: Police Cadet Scheme - progress report\), it was resolved that the Police and Crime Panel note the PCC’s report on Kent Volunteer Police Cadets/,
    );
    expectTraceable(answer, citations);
    const notAsked = composeAnswer(question('police cadets'), cadetResults);
    expect(notAsked.citations[0].chunkId).not.toBe(cadetResolution.id);
  });

  it('counts the item\'s title towards a sentence\'s topic, for less than the sentence\'s own words', () => {
    // Under "… PFI North Kent Police Station" the Commissioner's reply is on the station though it does not name it; a
    // sentence naming "Police" and "Commissioner" under another title is not, though it names more of the words.
    const stationReply = passage({
      file: 'kent-medway-pcp-2023-10-17-minutes.txt',
      meetingId: 'pcp-2023-10-17',
      date: '2023-10-17',
      itemId: 'pcp-2023-10-17:pfi',
      itemTitle: 'Decision OPCC.D.034.23 - PFI North Kent Police Station',
      containing: 'independent legal advice and counsel',
      paragraph: '1',
    });
    const { citations } = composeAnswer(question('Commissioner PFI police station'), [stationReply, cadetIntroduction]);
    expect(citations[0].chunkId).toBe(stationReply.id);
    // The title alone does not outweigh a sentence naming the whole topic.
    const { citations: cadets } = composeAnswer(question('police cadet scheme'), [stationReply, cadetIntroduction]);
    expect(cadets[0].chunkId).toBe(cadetIntroduction.id);
  });

  it('answers a follow-up\'s focus from passages on the subject before it, not from a sum of money elsewhere', () => {
    // "What was said about CCTV?" then "what did it cost?": the cadets' £10 subscription is a sum, but not CCTV's.
    const followUp = question('CCTV cost', { focus: 'cost', asksForFigure: true });
    const { citations } = composeAnswer(followUp, [cadetSubscription, cctvDeterrent]);
    expect(citations.map((citation) => citation.chunkId)).toEqual([cctvDeterrent.id]);
    // Asked afresh, with no subject before it, the sum is the answer.
    expect(composeAnswer(question('cadet cost', { asksForFigure: true }), [cadetSubscription, cctvDeterrent]).citations[0].chunkId).toBe(cadetSubscription.id);
  });

  it('quotes the sentence giving a figure first when the question asks how much, not when it does not', () => {
    // Both passages speak of cadets; the one ranked second gives the number of units.
    const results = [cadetIntroduction, cadetUnits];
    const asked = composeAnswer(question('cadets', { asksForFigure: true }), results);
    const firstQuoted = quotedSentences(asked.answer)[0];
    expect(firstQuoted.quoted).toContain('12 cadet units');
    expect(asked.citations[firstQuoted.n - 1].chunkId).toBe(cadetUnits.id);
    expectTraceable(asked.answer, asked.citations);
    const told = composeAnswer(question('cadets'), results);
    expect(quotedSentences(told.answer)[0].quoted).not.toContain('12 cadet units');
  });

  it('declines a question asking how many or how much when no sentence on the subject gives a figure of that kind, and answers one that does', () => {
    // "How many young people have joined the cadets?": the minutes speak of young people joining, never of how many did.
    const joined = composeAnswer(question('young people joined police cadets', { asksForFigure: true, asksForCount: 'many' }), [cadetJoining]);
    expect(joined).toEqual({ answer: 'The minutes I found on "young people joined police cadets" give no figure for it.', citations: [] });
    const units = composeAnswer(question('cadet units', { asksForFigure: true, asksForCount: 'many' }), [cadetUnits, cadetJoining]);
    expect(units.citations[0].chunkId).toBe(cadetUnits.id);
    // A sum of money answers how much, never how many.
    const young = question('young people cadets', { asksForFigure: true, asksForCount: 'many' });
    expect(composeAnswer(young, [cadetSubscription, cadetJoining]).citations).toEqual([]);
    expect(composeAnswer({ ...young, asksForCount: 'much' }, [cadetSubscription, cadetJoining]).citations.map((citation) => citation.chunkId)).toContain(cadetSubscription.id);
    // Asked what something costs, a count does not answer.
    const cost = question('cadet units cost', { asksForFigure: true, asksForCount: 'much' });
    expect(composeAnswer(cost, [cadetUnits]).citations).toEqual([]);
    expect(composeAnswer(cost, [cadetUnits, cadetSubscription]).citations.map((citation) => citation.chunkId)).toContain(cadetSubscription.id);
  });

  it('asked how many, quotes first the passage counting what was asked, above one ranked higher giving another figure', () => {
    const unitsCost = { ...cadetIntroduction, text: 'The cadet units would cost £20,000 a year to run.' };
    const howManyUnits = question('cadet units', { asksForFigure: true, asksForCount: 'many', counted: 'cadet units' });
    const { answer, citations } = composeAnswer(howManyUnits, [unitsCost, cadetUnits]);
    expect(citations.map((citation) => citation.chunkId)).toEqual([cadetUnits.id, unitsCost.id]);
    expect(quotedSentences(answer)[0].quoted).toContain('12 cadet units');
    // Asked about something else, the passages keep the ranking's order.
    expect(composeAnswer(question('cadet units', { asksForFigure: true }), [unitsCost, cadetUnits]).citations[0].chunkId).toBe(unitsCost.id);
  });

  it('declines "how many" when the counts on the subject count something else than what was asked', () => {
    const armedSites = { ...cadetUnits, id: 'armed-sites', text: 'The shopping centre was one of only four sites in the county with armed officers on duty. Its team would be issued with stun guns in the coming weeks.' };
    const stunGuns = question('stun guns county', { asksForFigure: true, asksForCount: 'many', counted: 'stun guns' });
    expect(composeAnswer(stunGuns, [armedSites])).toEqual({ answer: 'The minutes I found on "stun guns county" give no figure for it.', citations: [] });
    const sites = question('sites armed officers', { asksForFigure: true, asksForCount: 'many', counted: 'sites' });
    expect(composeAnswer(sites, [armedSites]).citations.map((citation) => citation.chunkId)).toEqual(['armed-sites']);
    // A count of people is in any words: "how many people took part?" is answered by "1700 responses".
    expect(countsWhatWasAsked('The consultation had attracted just under 1700 responses.', 'people')).toBe(true);
  });

  it('says when no sentence quoted holds the words a follow-up added ("and who seconded it?"), and quotes the subject', () => {
    const followUp = question('police cadets seconded', { focus: 'seconded' });
    const { answer, citations } = composeAnswer(followUp, [cadetResolution, cadetIntroduction]);
    expect(answer).toMatch(/^The minutes found do not mention “seconded”; here is what they say on the subject\.\n\n/);
    expect(citations.length).toBeGreaterThan(0);
    expectTraceable(answer, citations);
    // When a quoted sentence does hold them, nothing is said.
    const costed = composeAnswer(question('police cadet scheme cost join', { focus: 'cost join', asksForFigure: true }), [cadetJoining, cadetSubscription]);
    expect(costed.answer).not.toContain('do not mention');
  });

  it('answers a follow-up by the words it added: a sum of money answers "how much does it cost", the scheme being its setting', () => {
    // Asked after the cadet scheme: the passage ranked first speaks of the scheme and of joining, but states no cost.
    const followUp = question('police cadet scheme cost join', { focus: 'cost join', asksForFigure: true });
    const { answer, citations } = composeAnswer(followUp, [cadetJoining, cadetSubscription, cadetIntroduction, cadetUnits]);
    expect(quotedSentences(answer).map((sentence) => sentence.quoted).join(' ')).toContain('£10 per month subscription');
    expect(citations.map((citation) => citation.chunkId)).toContain(cadetSubscription.id);
    expectTraceable(answer, citations);
  });

  it('says so when decisions were asked for but none was found, then quotes what was said', () => {
    const { answer, citations } = composeAnswer(question('cadet units', { preferDecisions: true }), [cadetUnits, cadetSubscription]);
    expect(answer.startsWith('I found no recorded decision on this; here is what the minutes say.\n\nAt the Kent')).toBe(true);
    expectTraceable(answer, citations);
  });

  it('says a meeting is undated instead of inventing a date', () => {
    const { answer, citations } = composeAnswer(question('cybercrime unit'), [cadetsCountyWide]);
    expect(answer).toBe(
      'In an undated agenda item page of the Kent and Medway Police and Crime Panel (item: Opportunities for the Future: progress update), the Commissioner confirmed that there was a Cybercrime unit within the Serious Crime Directorate. [1]',
    );
    expect(citations).toHaveLength(1);
  });

  it('names a second item of the same meeting as "the same meeting"', () => {
    const { answer, citations } = composeAnswer(question('Commissioner scheme CCTV deterrent cadet units'), [cadetUnits, cctvDeterrent], { maxSentences: 2 });
    expect(citations.map((citation) => citation.chunkId)).toEqual([cadetUnits.id, cctvDeterrent.id]);
    expect(answer).toContain('At the same meeting (item: Questions to the Commissioner), ');
    expectTraceable(answer, citations);
    // Each item the answer moves to opens a paragraph; quotes from one item stay together.
    const paragraphs = answer.split('\n\n');
    expect(paragraphs).toHaveLength(2);
    expect(paragraphs[1]).toMatch(/^At the same meeting /);
  });

  it('never quotes the unfinished sentence of a truncated extract or its "view the full minutes" tail', () => {
    const { answer, citations } = composeAnswer(question('PCC Chief Constable abuse priority'), [abuseTruncated]);
    expect(answer).not.toMatch(/view the full minutes|regularly visited/);
    expect(answer).toContain('(item 107: Questions to the Commissioner), in response to the question, the Commissioner explained that protecting people from abuse');
    expectTraceable(answer, citations);
  });

  it('cites a passage published twice only once', () => {
    const copy: SearchResult = { ...cadetUnits, id: 'dartford-pack:copy', meeting: { ...cadetUnits.meeting, id: 'dartford-pack' } };
    const { citations } = composeAnswer(question('cadet units'), [cadetUnits, copy]);
    expect(citations.map((citation) => citation.chunkId)).toEqual([cadetUnits.id]);
  });

  it('falls back to the best passages when no sentence shares a word with the topic', () => {
    const { answer, citations } = composeAnswer(question('youngsters uniformed volunteering'), [cadetUnits]);
    expect(citations).toHaveLength(1);
    expectTraceable(answer, citations);
  });

  it('says the minutes do not cover a question when no passage is similar enough or holds every word of its topic', () => {
    const nearestButUnrelated = { ...cctvDeterrent, similarity: 0.11 };
    const { answer, citations } = composeAnswer(question('capital of France'), [nearestButUnrelated], { minSimilarity: 0.3 });
    expect(citations).toEqual([]);
    expect(answer).toBe('I found nothing in the minutes about "capital of France". Try other words for the topic, or a broader question.');
  });

  it('asks a passage holding none of the topic\'s words to be well above the threshold: near only in meaning, it is another subject of the same field', () => {
    const roadNetwork = { ...cctvDeterrent, similarity: 0.32 };
    expect(composeAnswer(question('bus lanes'), [roadNetwork], { minSimilarity: 0.3, strongSimilarity: 0.545 }).citations).toEqual([]);
    expect(composeAnswer(question('bus lanes'), [{ ...roadNetwork, similarity: 0.6 }], { minSimilarity: 0.3, strongSimilarity: 0.545 }).citations).toHaveLength(1);
    // Holding half the words, the answer threshold is enough; fewer, and the strong similarity is asked.
    expect(composeAnswer(question('cadet evaluation'), [{ ...cadetUnits, similarity: 0.32 }], { minSimilarity: 0.3, strongSimilarity: 0.545 }).citations).toHaveLength(1);
    expect(composeAnswer(question('new cadet suite Canterbury'), [{ ...cadetUnits, similarity: 0.35 }], { minSimilarity: 0.3, strongSimilarity: 0.545 }).citations).toEqual([]);
  });

  it('asks a passage holding half the topic but not a place or thing it names to be well above the threshold too', () => {
    const bars = { minSimilarity: 0.3, strongSimilarity: 0.545 };
    expect(composeAnswer(question('cadet units Maidstone'), [{ ...cadetUnits, similarity: 0.32 }], bars).citations).toEqual([]);
    expect(composeAnswer(question('cadet units Kent'), [{ ...cadetUnits, similarity: 0.32 }], bars).citations).toHaveLength(1);
    expect(composeAnswer(question('cadet units Maidstone'), [{ ...cadetUnits, similarity: 0.6 }], bars).citations).toHaveLength(1);
  });

  it('asked what someone said, leaves out what others are named as saying when they have something on the topic, keeping unattributed passages', () => {
    const asked = question('cadet scheme', { filters: { speaker: ['The Commissioner'] } });
    const { citations } = composeAnswer(asked, [cadetSubscription, cadetUnits, cadetJoining, { ...cadetResolution, speaker: null }]);
    expect(citations.map((citation) => citation.speaker)).not.toContain('A Member');
    expect(citations.map((citation) => citation.chunkId)).toContain(cadetUnits.id);
    // No passage of theirs on the topic: the others answer.
    expect(composeAnswer(asked, [cadetSubscription, cadetJoining]).citations.length).toBeGreaterThan(0);
  });

  it('does not quote again a sentence already quoted inside a longer one (an item summary repeats its paragraphs)', () => {
    const summary = { ...cadetUnits, id: 'summary', paragraphIndex: null, text: `How many cadet units will there be? (Cllr Jo Bloggs, Swale) ${cadetUnits.text}` };
    const { answer } = composeAnswer(question('cadet units'), [summary, cadetUnits], { maxSentences: 3 });
    expect(answer.match(/12 cadet units in total/g)).toHaveLength(1);
  });

  it('answers from a passage holding every word of the topic, however low the model scored it', () => {
    const { citations } = composeAnswer(question('cadet units'), [{ ...cadetUnits, similarity: 0.05 }], { minSimilarity: 0.3 });
    expect(citations.map((citation) => citation.chunkId)).toEqual([cadetUnits.id]);
  });

  it('quotes only the passages that speak to the topic, counting their item titles, when the nearest include other subjects', () => {
    const decisionOnIt = passage({
      file: 'dartford-crime-disorder-2018-02-21-agenda-pack.txt',
      meetingId: 'pcp-2017-09-28',
      date: '2017-09-28',
      itemId: 'pcp-2017-09-28:244',
      itemNumber: '244',
      itemTitle: 'Procurement of Restorative Justice Service - Record of Decision',
      containing: 'RESOLVED that the Commissioner’s decision be noted.',
      decision: true,
      similarity: 0.12,
    });
    const decisionOnSomethingElse = { ...cadetResolution, similarity: 0.1 };
    const { citations } = composeAnswer(question('restorative justice', { preferDecisions: true }), [decisionOnIt, decisionOnSomethingElse], { minSimilarity: 0.3 });
    expect(citations.map((citation) => citation.chunkId)).toEqual([decisionOnIt.id]);
  });

  it('keeps proper nouns capitalised after the context prefix', () => {
    const recruiting = passage({
      file: 'kent-medway-pcp-2017-03-28-minutes.txt',
      containing: 'Kent Police was recruiting a full time Youth Ambassador',
      meetingId: 'pcp-2017-03-28',
      date: '2017-03-28',
      itemId: 'pcp-2017-03-28:cadets',
      itemTitle: 'Police Cadet Scheme - progress report',
      paragraph: '3',
    });
    const { answer } = composeAnswer(question('Youth Ambassador'), [recruiting]);
    expect(answer).toContain('progress report), Kent Police was recruiting a full time Youth Ambassador');
  });

  it('with no results, says nothing was found, repeats the filters and suggests what to try, without citations', () => {
    const asked = question('cadet units', { filters: { year: [2019], body: [PANEL], speaker: ['The Chairman'] } });
    const { answer, citations } = composeAnswer(asked, []);
    expect(citations).toEqual([]);
    expect(answer).toBe(
      'I found nothing in the minutes about "cadet units" in 2019, at the Kent and Medway Police and Crime Panel, said by the Chairman. Try fewer filters (drop the year, the body or the speaker), other words for the topic, or a broader question.',
    );
    expect(composeAnswer(question('cadet units'), []).answer).toBe('I found nothing in the minutes about "cadet units". Try other words for the topic, or a broader question.');
    const within = (from: string, to: string) => composeAnswer(question('cadet units', { filters: { from, to } }), []).answer.replace(/\. Try .*$/, '');
    expect(within('2017-07-26', '2017-07-26')).toBe('I found nothing in the minutes about "cadet units" on 26 July 2017');
    expect(within('2017-03-01', '2017-03-31')).toBe('I found nothing in the minutes about "cadet units" in March 2017');
    expect(within('2024-02-01', '2024-02-29')).toBe('I found nothing in the minutes about "cadet units" in February 2024');
    expect(within('2017-01-01', '2017-12-31')).toBe('I found nothing in the minutes about "cadet units" in 2017');
    expect(within('2017-03-01', '2017-04-30')).toBe('I found nothing in the minutes about "cadet units" between 1 March 2017 and 30 April 2017');
    expect(composeAnswer(question('', { filters: { speaker: ['The Commissioner'] } }), []).answer).toBe(
      'I found nothing to quote said by the Commissioner: the minutes are searched by subject, so name one too, for example "What was said about CCTV?"',
    );
  });

  it('emits plain text: corpus text with markup comes back as text, not HTML built by the answer', () => {
    const scripted: SearchResult = { ...cadetUnits, text: 'The Commissioner explained that <script>alert(1)</script> cadet units were planned.' };
    const { answer } = composeAnswer(question('cadet units'), [scripted]);
    expect(answer).not.toMatch(/<(?!script>|\/script>)[a-z]/i);
    expect(answer).toContain('the Commissioner explained that <script>alert(1)</script> cadet units were planned. [1]');
  });
});

describe('givesFigure and givesCount', () => {
  it('finds sums, shares, counts and number words, not dates, years or numbered references; a count is no sum of money alone', () => {
    const figures: [string, boolean, boolean][] = [
      ['It equated to an extra £1 per month.', true, false],
      ['A fund of £2.5m was set aside.', true, false],
      ['The levy raised £9.5 million.', true, false],
      ['Twelve units would open, each costing £5k.', true, true],
      ['The cap rose from 1.99% to 7.6%.', true, true],
      ['Just under 1,700 people responded.', true, true],
      ['Two more officers would be recruited.', true, true],
      ['It cost 40 per cent more.', true, true],
      ['The Panel met on 28 March 2017.', false, false],
      ['It was raised again in 2018.', false, false],
      ['See paragraph 5 of the report.', false, false],
      ['Item 7 was deferred.', false, false],
      ['The report was noted.', false, false],
      ['South East 4X4 patrols the A2.', false, false],
    ];
    for (const [sentence, isFigure, isCount] of figures) expect([sentence, givesFigure(sentence), givesCount(sentence)]).toEqual([sentence, isFigure, isCount]);
  });
});

describe('quotableSentences', () => {
  it('does not split after titles, initials or a list number', () => {
    const text = 'Apologies were received from Mr. Scott and Cllr. R. J. Wells. RESOLVED: 1. That Members note the report. 2. That the Panel thank the officer.';
    expect(quotableSentences(text).sentences).toEqual([
      'Apologies were received from Mr. Scott and Cllr. R. J. Wells.',
      'RESOLVED: 1. That Members note the report.',
      'That the Panel thank the officer.',
    ]);
  });

  it('drops the unfinished last sentence of a truncated extract', () => {
    const { sentences, cutShort } = quotableSentences(abuseTruncated.text);
    expect(cutShort).toBe(true);
    expect(sentences).toHaveLength(2);
    expect(sentences[1]).toBe('It remained a standing item on the Performance and Delivery Board agenda and the Chief Constable reported regularly on the priority.');
  });
});
