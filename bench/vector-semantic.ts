// Semantic search quality and embedding throughput on corpus/, with the configured model.
// Recall@10 of semantic-only search over the labelled paraphrase queries in bench/semantic-queries.json,
// embedding each chunk's text alone and with its item title in front (passageText).
//
//   EMBEDDING_MODEL_DIR=../shared/models EMBEDDING_MODEL=glove-sif-50d-10k npx tsx bench/vector-semantic.ts [--no-append]
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../core/config';
import type { Chunk } from '../core/types';
import { createEmbedder, passageText } from '../indexer/stores/vector/embedder';
import { openVectorIndex } from '../indexer/stores/vector/hnsw';
import { dtypeFor } from '../indexer/stores/vector/models';
import { fusionSettingsFor } from '../server/search/fusion-settings';
import type { Embedder, VectorIndex } from '../indexer/stores/vector/types';
import { createWorkerEmbedder } from '../indexer/stores/vector/worker-embedder';
import { corpusChunks } from './corpus';
import { appendBenchmark } from './report';

interface LabelledQuery {
  query: string;
  relevant: string[];
}

const QUERIES_FILE = path.resolve(__dirname, 'semantic-queries.json');
const K = 10;

const squash = (text: string) => text.replace(/\s+/g, ' ');

/** For each query, the positions of the chunks holding each label; a label matching nothing is an error in the set. */
function relevantChunks(queries: LabelledQuery[], chunks: Chunk[]): Set<number>[][] {
  const texts = chunks.map((chunk) => squash(chunk.text));
  return queries.map(({ query, relevant }) =>
    relevant.map((label) => {
      const matches = new Set(texts.flatMap((text, position) => (text.includes(squash(label)) ? [position] : [])));
      if (matches.size === 0) throw new Error(`label "${label}" of query "${query}" matches no chunk in the corpus`);
      return matches;
    }),
  );
}

interface Quality {
  recall: number;
  success: number;
  mrr: number;
  relevantSimilarity: number;
  tenthSimilarity: number;
  /** Share of relevant / other top-K hits at or above the registry's minSimilarity. */
  relevantKept: number;
  othersKept: number;
  misses: string[];
  /** HNSW's top K against exact search over the same real embeddings, every query and every chunk as a query. */
  hnswRecall: number;
}

function dot(a: Float32Array, b: Float32Array): number {
  let sum = 0;
  for (let position = 0; position < a.length; position += 1) sum += a[position] * b[position];
  return sum;
}

/** Recall@K of the index's answers against brute force over `vectors` (zero vectors are not indexed, so not counted). */
function approximateRecall(index: VectorIndex, vectors: Float32Array[], queryVectors: Float32Array[]): number {
  const indexed = vectors.map((vector, label) => ({ vector, label })).filter(({ vector }) => vector.some((value) => value !== 0));
  let found = 0;
  let wanted = 0;
  for (const query of queryVectors) {
    const exact = indexed
      .map(({ vector, label }) => ({ label, score: dot(vector, query) }))
      .sort((a, b) => b.score - a.score || a.label - b.label)
      .slice(0, K);
    const approximate = new Set(index.search(query, K).map((hit) => hit.label));
    found += exact.filter((hit) => approximate.has(hit.label)).length;
    wanted += exact.length;
  }
  return wanted > 0 ? found / wanted : NaN;
}

async function measure(
  embedder: Embedder,
  texts: string[],
  queries: LabelledQuery[],
  relevant: Set<number>[][],
  efSearch: number,
  minSimilarity: number,
): Promise<Quality> {
  const index = await openVectorIndex({
    dir: await fs.mkdtemp(path.join(os.tmpdir(), 'vector-semantic-')),
    modelId: embedder.modelId,
    dimensions: embedder.dimensions,
    m: 16,
    efConstruction: 200,
    efSearch,
  });
  const vectors = await embedder.embedPassages(texts);
  index.upsert(vectors.map((vector, label) => ({ label, vector })));
  let recall = 0;
  let success = 0;
  let mrr = 0;
  let relevantSimilarity = 0;
  let relevantFound = 0;
  let tenthSimilarity = 0;
  const kept = { relevant: 0, relevantTotal: 0, others: 0, othersTotal: 0 };
  const misses: string[] = [];
  const queryVectors: Float32Array[] = [];
  for (const [position, { query }] of queries.entries()) {
    const queryVector = await embedder.embedQuery(query);
    queryVectors.push(queryVector);
    const hits = index.search(queryVector, K);
    const labels = relevant[position];
    // A label counts as found when any chunk holding it is in the top K.
    const found = labels.filter((matches) => hits.some((hit) => matches.has(hit.label))).length;
    recall += found / labels.length;
    const firstRelevant = hits.findIndex((hit) => labels.some((matches) => matches.has(hit.label)));
    if (firstRelevant >= 0) {
      success += 1;
      mrr += 1 / (firstRelevant + 1);
      relevantSimilarity += hits[firstRelevant].score;
      relevantFound += 1;
    } else misses.push(query);
    tenthSimilarity += hits[hits.length - 1]?.score ?? 0;
    for (const hit of hits) {
      const isRelevant = labels.some((matches) => matches.has(hit.label));
      kept[isRelevant ? 'relevantTotal' : 'othersTotal'] += 1;
      if (hit.score >= minSimilarity) kept[isRelevant ? 'relevant' : 'others'] += 1;
    }
  }
  return {
    recall: recall / queries.length,
    success: success / queries.length,
    mrr: mrr / queries.length,
    relevantSimilarity: relevantFound ? relevantSimilarity / relevantFound : NaN,
    tenthSimilarity: tenthSimilarity / queries.length,
    relevantKept: kept.relevant / Math.max(1, kept.relevantTotal),
    othersKept: kept.others / Math.max(1, kept.othersTotal),
    misses,
    hnswRecall: approximateRecall(index, vectors, [...queryVectors, ...vectors.filter((vector) => vector.some((value) => value !== 0))]),
  };
}

async function throughput(embedder: Embedder, texts: string[]): Promise<number> {
  const started = performance.now();
  await embedder.embedPassages(texts);
  return texts.length / ((performance.now() - started) / 1000);
}

async function main(): Promise<void> {
  const append = !process.argv.includes('--no-append');
  const config = loadConfig(process.env);
  const queries = (JSON.parse(await fs.readFile(QUERIES_FILE, 'utf8')) as { queries: LabelledQuery[] }).queries;
  const chunks = await corpusChunks(config.corpusDir, config.maxFileBytes);
  const relevant = relevantChunks(queries, chunks);
  const embedder = await createEmbedder(config.embedding, (line) => process.stdout.write(`${line}\n`));
  process.stdout.write(`${chunks.length} chunks, ${queries.length} queries, model ${embedder.modelId} (${embedder.dimensions} dims)\n`);

  const plain = chunks.map((chunk) => chunk.text);
  const titled = chunks.map((chunk) => passageText(chunk, true));
  await throughput(embedder, titled.slice(0, 64)); // warm-up
  const inThread = await throughput(embedder, titled);
  const worker = await createWorkerEmbedder(config.embedding);
  const inWorker = await throughput(worker, titled);
  await worker.close();

  const defaults = fusionSettingsFor(embedder.modelId);
  const run = (texts: string[]) => measure(embedder, texts, queries, relevant, config.hnsw.efSearch, defaults.minSimilarity);
  const variants = [
    { name: 'chunk text only', quality: await run(plain) },
    { name: 'item title + chunk text', quality: await run(titled) },
  ];
  const rows = variants.map(
    ({ name, quality }) =>
      `| ${embedder.modelId} | ${name} | ${quality.recall.toFixed(3)} | ${quality.success.toFixed(3)} | ${quality.mrr.toFixed(3)} | ` +
      `${quality.relevantSimilarity.toFixed(2)} | ${quality.tenthSimilarity.toFixed(2)} | ` +
      `${(quality.relevantKept * 100).toFixed(0)}% / ${(quality.othersKept * 100).toFixed(0)}% | ${quality.hnswRecall.toFixed(3)} |`,
  );
  const table = [
    `| model | passage text | recall@${K} | success@${K} | MRR@${K} | mean similarity of first relevant hit | mean similarity of hit ${K} | ` +
      `top-${K} hits ≥ minSimilarity ${defaults.minSimilarity}: relevant / others | HNSW recall@${K} against exact search |`,
    '|---|---|---|---|---|---|---|---|---|',
    ...rows,
    '',
    '| model | dtype | batch | chunks | chunks/s in-thread | chunks/s in worker |',
    '|---|---|---|---|---|---|',
    `| ${embedder.modelId} | ${dtypeFor(embedder.modelId, config.embedding.dtype)} | ${config.embedding.batchSize} | ${chunks.length} | ${inThread.toFixed(0)} | ${inWorker.toFixed(0)} |`,
  ].join('\n');
  process.stdout.write(`\n${table}\n`);
  for (const { name, quality } of variants) process.stdout.write(`missed (${name}): ${quality.misses.join(' | ') || 'none'}\n`);

  if (append) {
    await appendBenchmark({
      title: `Semantic-only search on corpus/ and embedding throughput (${embedder.modelId})`,
      command: `EMBEDDING_MODEL_DIR=${config.embedding.localModelDir ?? ''} EMBEDDING_MODEL=${embedder.modelId} npx tsx bench/vector-semantic.ts`,
      notes: [
        `${queries.length} paraphrase queries from bench/semantic-queries.json over ${chunks.length} chunks of corpus/ (paragraph and`,
        `item chunks); recall@${K} counts a label as found when a chunk containing it is in the top ${K}; success@${K} is the share`,
        `of queries with any relevant chunk in the top ${K}. HNSW M=16, efConstruction=200, efSearch=${config.hnsw.efSearch}.`,
        `Registry defaults for this model: semanticRatio ${defaults.semanticRatio}, keywordCoverageTrust ${defaults.keywordCoverageTrust}, ` +
          `minStandout ${defaults.minStandout ?? 'none'}, minSimilarity ${defaults.minSimilarity}. HNSW recall@${K} compares the index's top ${K} ` +
          `with brute force over the same real embeddings, for every query and every chunk used as a query.`,
      ],
      table,
    });
  }
}

void main();
