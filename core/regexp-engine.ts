// How V8 runs the parser's regular expressions. By default it interprets a pattern's bytecode at first and compiles it
// to machine code only once the pattern has proved hot. After other documents in the same process, the whole-line
// scans of a document of megabytes on one line ran partly interpreted: a 20 MB one-line file parsed at 19 MB/s after a
// folder of minutes, against 29 MB/s with every pattern compiled at first use (docs/BENCHMARKS.md, session 25).
// Ordinary documents parse as fast either way. V8's flags are the process's, so worker threads follow.
import v8 from 'node:v8';

/** Has V8 compile each regular expression to machine code at its first use; call before any document is parsed. */
export function compileRegExpsAtFirstUse(): void {
  v8.setFlagsFromString('--no-regexp-tier-up');
}
