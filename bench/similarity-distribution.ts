// The configured model's similarity scale on corpus/, for its registry thresholds (minSimilarity for a candidate only
// semantic search found, minAnswerSimilarity for the chat's decision to abstain): percentiles of the cosine similarity
// of related pairs (each labelled query of bench/eval-queries.json with the paragraphs its labels mark) and unrelated
// pairs (questions the minutes cannot answer with their nearest paragraphs), then what the chat does with each kind of
// question at the configured threshold. Appends to docs/BENCHMARKS.md.
//
//   EMBEDDING_MODEL_DIR=../shared/models EMBEDDING_MODEL=Xenova/all-MiniLM-L6-v2 npx tsx bench/similarity-distribution.ts [--no-append]
import { silentLogger } from '../core/logger';
import { fusionSettingsFor } from '../server/search/fusion-settings';
import { answerConversation } from '../server/conversation';
import { loadAttributeTable } from '../indexer/stores/vector/attribute-table';
import { findSemanticCandidates } from '../server/search/semantic-leg';
import { DEFAULT_CANDIDATES } from '../server/search';
import { loadLabelledQueries } from '../test/helpers/search-evaluation';
import { indexCorpus } from './eval';
import { appendBenchmark, markdownTable, percentile, runWhenMain } from './report';

/** Questions a member of the public might ask that council minutes on policing cannot answer. */
export const OFF_TOPIC_QUESTIONS = [
  'What is the capital of France?',
  'What were the football scores at the weekend?',
  'What will the weather be like tomorrow?',
  'How do I bake a chocolate cake?',
  'Who won the Eurovision song contest?',
  'How many moons does Jupiter have?',
  'Recommend a good holiday destination in Spain',
  'How do I fix a flat bicycle tyre?',
  'What is the plot of Hamlet?',
  'Which team won the Premier League?',
  'What time does the supermarket close on Sunday?',
  'What is the best smartphone to buy this year?',
];

const PERCENTILES = [5, 10, 25, 50, 75, 90, 95];
const fold = (text: string) => text.toLowerCase().replace(/[‘’]/g, "'").replace(/\s+/g, ' ');

async function main(append = !process.argv.includes('--no-append')): Promise<void> {
  const { config, stores, search } = await indexCorpus();
  try {
    const attributes = loadAttributeTable(stores.store);
    const defaults = fusionSettingsFor(config.embedding.model);
    const nearest = async (q: string, filters = {}) => (await findSemanticCandidates(stores, attributes, { q, filters }, DEFAULT_CANDIDATES)).candidates;
    const textOf = new Map(stores.store.getChunks(stores.store.allChunkIds()).map((chunk) => [chunk.id, fold(chunk.text)]));

    const related: number[] = [];
    const bestRelated: number[] = [];
    const unlabelledTopTen: number[] = [];
    const queries = loadLabelledQueries();
    for (const query of queries) {
      const labels = query.relevant.map(fold);
      const marked = (id: string) => labels.some((label) => textOf.get(id)?.includes(label));
      const candidates = await nearest(query.q, query.filters);
      const similarities = candidates.filter((candidate) => marked(candidate.id)).map((candidate) => candidate.similarity);
      related.push(...similarities);
      if (similarities.length > 0) bestRelated.push(Math.max(...similarities));
      unlabelledTopTen.push(...candidates.slice(0, 10).filter((candidate) => !marked(candidate.id)).map((candidate) => candidate.similarity));
    }
    const offTopicTopTen: number[] = [];
    const offTopicBest: number[] = [];
    for (const question of OFF_TOPIC_QUESTIONS) {
      const candidates = await nearest(question);
      offTopicTopTen.push(...candidates.slice(0, 10).map((candidate) => candidate.similarity));
      offTopicBest.push(candidates[0]?.similarity ?? 0);
    }
    const distribution = markdownTable(
      ['pairs', 'n', ...PERCENTILES.map((p) => `p${p}`)],
      (
        [
          ['related: query and each labelled paragraph', related],
          ['related: query and its best labelled paragraph', bestRelated],
          ['unlabelled paragraphs in a query’s top ten', unlabelledTopTen],
          ['unrelated: off-topic question and its top ten', offTopicTopTen],
          ['unrelated: off-topic question and its top hit', offTopicBest],
        ] as const
      ).map(([name, values]) => [name, values.length, ...PERCENTILES.map((p) => percentile(values, p).toFixed(2))]),
    );

    // The chat at the configured threshold: abstains on what the minutes cannot answer, answers the rest.
    const chat = async (content: string) =>
      answerConversation({ messages: [{ role: 'user', content }], filters: {} }, { search, store: stores.store, config, logger: silentLogger });
    let abstained = 0;
    for (const question of OFF_TOPIC_QUESTIONS) if ((await chat(question)).citations.length === 0) abstained += 1;
    const answerable = queries.filter((query) => (query.kind === 'question' || query.kind === 'paraphrase') && !query.filters);
    let answered = 0;
    let citations = 0;
    let relevantCitations = 0;
    for (const query of answerable) {
      const response = await chat(query.q);
      if (response.citations.length > 0) answered += 1;
      citations += response.citations.length;
      relevantCitations += response.citations.filter((citation) => query.relevant.some((label) => fold(citation.text).includes(fold(label)))).length;
    }
    const behaviour = markdownTable(
      ['chat questions', 'n', 'answered with citations', 'abstained', 'labelled share of citations'],
      [
        ['off-topic (bench/similarity-distribution.ts)', OFF_TOPIC_QUESTIONS.length, OFF_TOPIC_QUESTIONS.length - abstained, abstained, '–'],
        ['question and paraphrase kinds, unfiltered', answerable.length, answered, answerable.length - answered, (relevantCitations / Math.max(1, citations)).toFixed(2)],
      ],
    );
    const table = `${distribution}\n\n${behaviour}`;
    console.log(table);
    if (!append) return;
    await appendBenchmark({
      title: `Similarity scale of ${config.embedding.model} on corpus/ (bench/similarity-distribution.ts)`,
      command: `EMBEDDING_MODEL_DIR=${process.env.EMBEDDING_MODEL_DIR ?? ''} EMBEDDING_MODEL=${config.embedding.model} npx tsx bench/similarity-distribution.ts`,
      notes: [
        `Cosine similarity of the query embedding with each paragraph's (item title in front, as indexed). Registry: minSimilarity ` +
          `${defaults.minSimilarity} (a candidate only semantic search found), minAnswerSimilarity ${defaults.minAnswerSimilarity} (the chat ` +
          `answers only when a passage read reaches it or holds every word of the topic). "Labelled share" counts citations whose text holds ` +
          `one of the query's labels; unlabelled citations may still be on topic.`,
      ],
      table,
    });
  } finally {
    await stores.close();
  }
}

runWhenMain(module, () => main());
