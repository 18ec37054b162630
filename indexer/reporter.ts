// How an indexing job tells a person what it is doing; the CLI draws bars, tests collect lines.
export interface Reporter {
  filesStart(total: number): void;
  fileDone(file: string, outcome: 'indexed' | 'unchanged' | 'failed'): void;
  filesEnd(): void;
  embedProgress(done: number, total: number): void;
  line(text: string): void;
}

export const silentReporter: Reporter = {
  filesStart: () => undefined,
  fileDone: () => undefined,
  filesEnd: () => undefined,
  embedProgress: () => undefined,
  line: () => undefined,
};
