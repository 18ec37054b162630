// Parses the 20 MB "many lines" (or another) document once with the parser at argv[2]; for perf stat instruction counts.
import fs from 'node:fs';
import path from 'node:path';
const which = process.argv[2];
const doc = process.argv[3] ?? 'many';
const folders = ['/work/wt/layouts13/corpus', '/work/wt/layouts13/test/fixtures/layouts'];
const src = (fs2: string[]) => fs2.flatMap((f) => fs.readdirSync(f).filter((n) => /\.(txt|md)$/.test(n) && !n.startsWith('README')).map((n) => fs.readFileSync(path.join(f, n), 'utf8'))).join('\n\n');
const MB = 1024 * 1024;
const rep = (t: string, mb: number) => t.repeat(Math.ceil((mb * MB) / t.length)).slice(0, mb * MB);
(async () => {
  const mod = await import(`${which}/indexer/parse`);
  const text = doc === 'layouts' ? rep(src(folders.slice(1)), 20) : rep(src(folders), 20);
  if (process.argv[4] === 'noop') return;
  for (let r = 0; r < 2; r++) mod.parseMinutes({ text, format: 'text', file: 'b.txt', documentId: 'b' });
})();
