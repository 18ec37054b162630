// Shared by the benchmark and reliability scripts: the machine description, percentiles, markdown tables, and
// appending a section to docs/BENCHMARKS.md or docs/RELIABILITY.md (runs only append, so earlier runs stay for
// comparison). The seeded random source is test/helpers/random.ts.
import { InvalidArgumentError } from 'commander';
import { execSync } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export const BENCHMARKS_FILE = path.resolve(__dirname, '../docs/BENCHMARKS.md');
export const RELIABILITY_FILE = path.resolve(__dirname, '../docs/RELIABILITY.md');

export function machineDescription(): string {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const memoryGb = (os.totalmem() / 2 ** 30).toFixed(0);
  let nproc = String(os.availableParallelism());
  try {
    nproc = execSync('nproc', { encoding: 'utf8' }).trim();
  } catch {
    // os.availableParallelism() already holds the same answer on machines without coreutils.
  }
  // Other benchmarks may share the machine; the load average says how much that skews latencies.
  const load = os.loadavg()[0].toFixed(1);
  return (
    `Machine: ${nproc} cores (nproc), ${memoryGb} GB memory, ${cpu}, Node ${process.version}, ` +
    `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, load average ${load} (1 min) at the end of the run.`
  );
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Appends a section: title, exact command, what was measured, the machine and the table. */
export async function appendBenchmark(section: { title: string; command: string; notes: string[]; table: string }): Promise<void> {
  await fs.mkdir(path.dirname(BENCHMARKS_FILE), { recursive: true });
  const body = [`## ${section.title}`, '', `Command: \`${section.command}\``, '', ...section.notes, '', machineDescription(), '', section.table];
  await fs.appendFile(BENCHMARKS_FILE, `\n${body.join('\n')}\n`);
}

export async function appendReliabilityResult(title: string, command: string, body: string): Promise<void> {
  const section = `\n### ${title}\n\n${machineDescription()}\nCommand: \`${command}\`\n\n${body}\n`;
  await fs.appendFile(RELIABILITY_FILE, section);
}

export function markdownTable(header: string[], rows: (string | number)[][]): string {
  return [header, header.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

/** Runs a script's main function when the file is run directly (not imported by another script), exiting 1 on failure. */
export function runWhenMain(scriptModule: NodeModule, main: () => Promise<void>): void {
  if (require.main !== scriptModule) return;
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}

/** The file named by `<flag> <file>` (relative to the working folder), else `fallback`; `example` shows the flag's use in the error. */
export function fileArgument(argv: string[], flag: string, fallback: string, example: string): string {
  const at = argv.indexOf(flag);
  if (at < 0) return fallback;
  const file = argv[at + 1];
  if (!file || file.startsWith('--')) throw new Error(`${flag} expects a file, e.g. ${example}`);
  return path.resolve(file);
}

/** A commander option parser for a number in [low, high] (whole numbers only when `integer`), refusing anything else. */
export function boundedNumber(low: number, high: number, integer = false): (value: string) => number {
  return (value) => {
    const parsed = Number(value);
    const valid = integer ? Number.isInteger(parsed) : Number.isFinite(parsed);
    if (!valid || parsed < low || parsed > high) {
      throw new InvalidArgumentError(`expected ${integer ? 'an integer' : 'a number'} from ${low} to ${high}`);
    }
    return parsed;
  };
}

/** Exits with 0 when a check script's target was met, 1 when it was not, and 2 when the script itself failed. */
export function exitWithVerdict(verdict: Promise<boolean>): void {
  verdict.then(
    (met) => process.exit(met ? 0 : 1),
    (error: unknown) => {
      console.error(error);
      process.exit(2);
    },
  );
}
