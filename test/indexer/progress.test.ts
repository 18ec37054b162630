// The indexer's progress lines as they appear in logs and CI (no terminal), on a fake clock.
import { createTerminalReporter } from '../../indexer/progress';

function collectingStream(): { stream: NodeJS.WriteStream; lines: string[] } {
  const lines: string[] = [];
  const stream = { isTTY: false, write: (text: string) => lines.push(text.trimEnd()) } as unknown as NodeJS.WriteStream;
  return { stream, lines };
}

describe('terminal progress without a terminal', () => {
  beforeEach(() => {
    jest.useFakeTimers();
    jest.advanceTimersByTime(60_000);
  });
  afterEach(() => {
    jest.useRealTimers();
  });

  it('shows chunks per second and the time left while embedding, in minutes once it is long', () => {
    const { stream, lines } = collectingStream();
    const reporter = createTerminalReporter(stream);
    reporter.embedProgress(0, 100_000);
    jest.advanceTimersByTime(10_000);
    reporter.embedProgress(1_000, 100_000);
    jest.advanceTimersByTime(990_000);
    reporter.embedProgress(100_000, 100_000);
    expect(lines).toEqual([
      'embedding 0/100000 chunks, measuring speed',
      'embedding 1000/100000 chunks, 100 chunks/s, 16 min 30 s left',
      'embedding 100000/100000 chunks, 100 chunks/s, 0 s left',
    ]);
  });

  it('gives hours for a run that long, and prints at most one line every two seconds until the last', () => {
    const { stream, lines } = collectingStream();
    const reporter = createTerminalReporter(stream);
    reporter.embedProgress(0, 1_000_000);
    jest.advanceTimersByTime(100_000);
    reporter.embedProgress(10_000, 1_000_000);
    jest.advanceTimersByTime(1_000);
    reporter.embedProgress(10_100, 1_000_000);
    expect(lines).toEqual(['embedding 0/1000000 chunks, measuring speed', 'embedding 10000/1000000 chunks, 100 chunks/s, 2 h 45 min left']);
  });
});
