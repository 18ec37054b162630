// The peer benchmark's tables: one row per engine with latency, build, memory, zero-hit share and (over corpus/)
// nDCG@10, each latency also as a multiple of the embedded index's in the same run; and p50 per query kind.
import { markdownTable, percentile } from '../report';
import type { EngineName } from './engines';
import type { EngineOutcome } from './supervise';

export type SizeOutcomes = Array<{ engine: EngineName; outcome: EngineOutcome }>;

const PERCENTILES = [50, 95, 99];

const fixed = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : '–');

export function engineTable(outcomes: SizeOutcomes): string {
  const baseline = outcomes.find(({ engine }) => engine === 'embedded')?.outcome;
  const baselineLatencies = baseline && 'measurement' in baseline ? baseline.measurement.latencies.all : [];
  const header = [
    'engine',
    'queries timed',
    ...PERCENTILES.map((p) => `p${p} ms`),
    ...PERCENTILES.map((p) => `p${p} × embedded`),
    'build s',
    'build CPU s',
    'heap MB',
    'RSS MB',
    'peak RSS MB',
    'zero hits',
    'nDCG@10',
  ];
  const rows = outcomes.map(({ engine, outcome }) => {
    if ('failure' in outcome) return [engine, `not measured: ${outcome.failure}`, ...header.slice(2).map(() => '–')];
    const { measurement } = outcome;
    const all = measurement.latencies.all;
    const slow = measurement.firstPassAnswered < measurement.queries;
    return [
      engine,
      slow ? `${all.length} (first pass only: ${measurement.firstPassAnswered} of ${measurement.queries} queries answered in the time)` : all.length,
      ...PERCENTILES.map((p) => fixed(percentile(all, p), 2)),
      ...PERCENTILES.map((p) => fixed(percentile(all, p) / percentile(baselineLatencies, p), 2)),
      fixed(measurement.buildSeconds),
      fixed(measurement.buildCpuSeconds),
      fixed(measurement.memoryGrowth.heapMb, 0),
      fixed(measurement.memoryGrowth.rssMb, 0),
      fixed(measurement.peakRssMb, 0),
      `${(measurement.zeroHitShare * 100).toFixed(1)}%`,
      measurement.ndcg.all === undefined ? '–' : measurement.ndcg.all.toFixed(3),
    ];
  });
  return markdownTable(header, rows);
}

function measured(outcomes: SizeOutcomes) {
  return outcomes.flatMap(({ engine, outcome }) => ('measurement' in outcome ? [{ engine, measurement: outcome.measurement }] : []));
}

/** p50 ms per query kind (and, over corpus/, nDCG@10 per labelled kind) for each engine that finished. */
export function kindTable(outcomes: SizeOutcomes): string {
  const engines = measured(outcomes);
  const kinds = [...new Set(engines.flatMap(({ measurement }) => [...Object.keys(measurement.latencies), ...Object.keys(measurement.ndcg)]))].filter(
    (kind) => kind !== 'all',
  );
  const judged = engines.some(({ measurement }) => Object.keys(measurement.ndcg).length > 0);
  const header = ['query kind', ...engines.map(({ engine }) => (judged ? `${engine} p50 ms / nDCG@10` : `${engine} p50 ms`))];
  const rows = kinds.map((kind) => [
    kind,
    ...engines.map(({ measurement }) => {
      const latency = fixed(percentile(measurement.latencies[kind] ?? [], 50), 2);
      const ndcg = measurement.ndcg[kind];
      return judged ? `${latency} / ${ndcg === undefined ? '–' : ndcg.toFixed(3)}` : latency;
    }),
  ]);
  return markdownTable(header, rows);
}

export function zeroHitNotes(outcomes: SizeOutcomes): string[] {
  return measured(outcomes).map(({ engine, measurement }) => `Zero hits, ${engine}: ${measurement.zeroHitQueries.length === 0 ? 'none' : measurement.zeroHitQueries.join('; ')}.`);
}
