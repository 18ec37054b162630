// Starts a worker thread on the caller's own module file. Compiled (dist/, production) that file is plain
// JavaScript and Node runs it directly; from the TypeScript sources (tsx in development, jest in tests) it is a .ts
// file, loaded through tsx's CommonJS hook, a development dependency never reached from dist/.
import { Worker, type WorkerOptions } from 'node:worker_threads';

/** `moduleFile` is the caller's `__filename`: its `.js` from dist/, its `.ts` when running from source. */
export function startModuleWorker(moduleFile: string, options: Omit<WorkerOptions, 'eval'>): Worker {
  if (!moduleFile.endsWith('.ts')) return new Worker(moduleFile, options);
  const bootstrap = `require(${JSON.stringify(require.resolve('tsx/cjs'))}); require(${JSON.stringify(moduleFile)});`;
  return new Worker(bootstrap, { ...options, eval: true });
}
