// Progress for long indexing runs: live bars on a terminal, plain lines (a few per stage) in logs and CI.
import cliProgress from 'cli-progress';
import path from 'node:path';
import type { Reporter } from './pipeline';

const LINE_EVERY_MS = 2000;

/** A duration a person reads at a glance: "45 s", "12 min 5 s", "2 h 40 min". */
function formatDuration(seconds: number): string {
  const whole = Math.round(seconds);
  if (whole < 60) return `${whole} s`;
  const minutes = Math.floor(whole / 60);
  if (minutes < 60) return `${minutes} min ${whole % 60} s`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

function rateAndTimeLeft(done: number, total: number, startedAt: number): string {
  const seconds = (performance.now() - startedAt) / 1000;
  if (done === 0 || seconds <= 0) return 'measuring speed';
  const rate = done / seconds;
  return `${rate.toFixed(0)} chunks/s, ${formatDuration((total - done) / rate)} left`;
}

export function createTerminalReporter(stream: NodeJS.WriteStream): Reporter {
  const interactive = Boolean(stream.isTTY);
  let bar: cliProgress.SingleBar | undefined;
  let embedStartedAt: number | undefined;
  let lastLineAt = 0;
  let filesTotal = 0;
  let filesDone = 0;

  const throttledLine = (text: string, force: boolean) => {
    const now = performance.now();
    if (!force && now - lastLineAt < LINE_EVERY_MS) return;
    lastLineAt = now;
    stream.write(`${text}\n`);
  };

  return {
    filesStart: (total) => {
      filesTotal = total;
      filesDone = 0;
      if (interactive) {
        bar = new cliProgress.SingleBar(
          { format: 'files     [{bar}] {value}/{total} {file}', stream, hideCursor: true },
          cliProgress.Presets.shades_classic,
        );
        bar.start(total, 0, { file: '' });
      } else throttledLine(`indexing ${total} file(s)`, true);
    },
    fileDone: (file, outcome) => {
      filesDone += 1;
      if (bar) bar.update(filesDone, { file: `${path.basename(file)} (${outcome})` });
      else throttledLine(`files ${filesDone}/${filesTotal}: ${path.basename(file)} ${outcome}`, filesDone === filesTotal);
    },
    filesEnd: () => {
      bar?.stop();
      bar = undefined;
    },
    embedProgress: (done, total) => {
      if (done === 0 || embedStartedAt === undefined) embedStartedAt = performance.now();
      const detail = rateAndTimeLeft(done, total, embedStartedAt);
      if (interactive) {
        if (!bar) {
          bar = new cliProgress.SingleBar(
            { format: 'embedding [{bar}] {value}/{total} chunks, {detail}', stream, hideCursor: true },
            cliProgress.Presets.shades_classic,
          );
          bar.start(total, done, { detail });
        }
        bar.update(done, { detail });
        if (done >= total) {
          bar.stop();
          bar = undefined;
        }
      } else throttledLine(`embedding ${done}/${total} chunks, ${detail}`, done >= total);
    },
    line: (text) => stream.write(`${text}\n`),
  };
}
