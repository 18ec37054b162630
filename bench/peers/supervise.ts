// Runs one engine job in a child process and holds it to the limits: a build that outlasts its time or a process
// that outgrows its memory is killed, and that becomes the result, as a line saying so.
import { fork } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { EngineJob, EngineMeasurement, EngineMessage } from './run-engine';

export interface Limits {
  buildMinutes: number;
  memoryGb: number;
}

export type EngineOutcome = { measurement: EngineMeasurement } | { failure: string };

/** Extra time past the timed queries for the warm-up pass and the labelled queries, before the child is given up on. */
const QUERY_MARGIN_SECONDS = 600;
const MEMORY_POLL_MS = 1_000;

function residentMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024;
}

export function superviseEngine(job: EngineJob, limits: Limits, log: (line: string) => void): Promise<EngineOutcome> {
  const child = fork(path.join(__dirname, 'run-engine.ts'), [JSON.stringify(job)], {
    execArgv: ['--import', 'tsx', '--expose-gc', `--max-old-space-size=${Math.round(limits.memoryGb * 1024)}`],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve) => {
    let outcome: EngineOutcome | undefined;
    let chunksAdded = 0;
    let peakMb = 0;
    const giveUp = (failure: string) => {
      outcome ??= { failure };
      child.kill('SIGKILL');
    };
    let deadline = setTimeout(
      () => giveUp(`build not finished after ${limits.buildMinutes} min (${chunksAdded.toLocaleString('en-GB')} chunks added)`),
      limits.buildMinutes * 60_000,
    );
    const memoryWatch = setInterval(() => {
      try {
        peakMb = Math.max(peakMb, residentMb(child.pid!));
      } catch {
        return; // the process has just ended
      }
      if (peakMb > limits.memoryGb * 1024) giveUp(`stopped at ${(peakMb / 1024).toFixed(1)} GB resident (limit ${limits.memoryGb} GB), ${chunksAdded.toLocaleString('en-GB')} chunks added`);
    }, MEMORY_POLL_MS);
    child.on('message', (message: EngineMessage) => {
      if (message.type === 'progress') {
        chunksAdded = message.chunks;
        log(`${job.engine}: ${chunksAdded.toLocaleString('en-GB')} chunks added, ${Math.round(peakMb)} MB resident`);
      } else if (message.type === 'built') {
        log(`${job.engine}: built in ${message.seconds.toFixed(1)} s`);
        clearTimeout(deadline);
        deadline = setTimeout(() => giveUp(`queries not finished within ${job.querySeconds + QUERY_MARGIN_SECONDS} s`), (job.querySeconds + QUERY_MARGIN_SECONDS) * 1000);
      } else outcome ??= { measurement: message.measurement };
    });
    child.on('exit', (code, signal) => {
      clearTimeout(deadline);
      clearInterval(memoryWatch);
      resolve(outcome ?? { failure: `the process ended (${signal ?? `exit code ${code}`}) after ${chunksAdded.toLocaleString('en-GB')} chunks, ${Math.round(peakMb)} MB resident` });
    });
  });
}
