// Files read by an older version of the parse rules are read again on the next run; unchanged ones are skipped,
// and a file with no meeting structure is indexed with a warning rather than refused.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { silentLogger } from '../../core/logger';
import { indexPaths, silentReporter } from '../../indexer/pipeline';
import { dataPaths, openStores } from '../../indexer/stores/open';
import { temporaryDirectory, testConfig } from '../helpers/environment';

const MINUTES = 'Westbrook Parish Council\n\nMinutes of the meeting held on 3 March 2025\n\n1. Apologies\nNone.\n\n2. Allotments\nThe Clerk reported that two plots were vacant.\n';

async function indexOnce(folder: string, config: ReturnType<typeof testConfig>, reporter = silentReporter) {
  const stores = await openStores(config, silentLogger);
  try {
    return await indexPaths([folder], stores, config, reporter, { prune: false });
  } finally {
    await stores.close();
  }
}

describe('re-reading files', () => {
  it('skips an unchanged file, and reads it again once the parse rules that read it are older', async () => {
    const folder = temporaryDirectory('minutes');
    fs.writeFileSync(path.join(folder, 'parish.txt'), MINUTES);
    const config = testConfig({ EMBEDDING_MODEL: 'no-such-model', EMBEDDING_MODEL_DIR: temporaryDirectory('models') });
    expect((await indexOnce(folder, config)).indexed).toBe(1);
    expect((await indexOnce(folder, config)).unchanged).toBe(1);

    const db = new Database(dataPaths(config.dataDir).store);
    db.prepare('UPDATE documents SET parser_version = 1').run();
    db.close();
    const rerun = await indexOnce(folder, config);
    expect(rerun).toMatchObject({ indexed: 1, unchanged: 0 });
  });

  it('indexes a file with no meeting structure and reports what was missing, naming the file', async () => {
    const folder = temporaryDirectory('notes');
    const file = path.join(folder, 'note.txt');
    fs.writeFileSync(file, 'A note of a site visit.\n\nThe hedge on Church Lane needs cutting back.\n');
    const config = testConfig({ EMBEDDING_MODEL: 'no-such-model', EMBEDDING_MODEL_DIR: temporaryDirectory('models') });
    const summary = await indexOnce(folder, config);
    expect(summary).toMatchObject({ indexed: 1, failed: [] });
    expect(summary.warnings).toEqual([{ file, message: expect.stringMatching(/no agenda item headings.*no meeting date.*note\.txt/) }]);
  });

  it('says which large file it is reading before parsing it, how far the parse has gone, and what it found once parsed', async () => {
    const folder = temporaryDirectory('large');
    // A pack of four meetings, each with one long appendix paragraph: the file is large but its chunks few, so the test stays quick.
    const appendix = 'The appendix lists every allotment plot and its tenancy. '.repeat(Math.ceil((0.55 * 1_048_576) / 58));
    const meetings = [3, 10, 17, 24].map((day) => `${MINUTES.replace('3 March', `${day} March`)}\n3. Appendix\n${appendix}\n`);
    fs.writeFileSync(path.join(folder, 'pack.txt'), meetings.join('\n'));
    const config = testConfig({ EMBEDDING_MODEL: 'no-such-model', EMBEDDING_MODEL_DIR: temporaryDirectory('models') });
    const lines: string[] = [];
    await indexOnce(folder, config, { ...silentReporter, line: (text) => lines.push(text) });
    const reading = lines.findIndex((line) => /^reading pack\.txt \(2\.2 MB\)$/.test(line));
    const read = lines.findIndex((line) => /^read pack\.txt: 4 meeting\(s\), \d+ chunks in \d+\.\d s$/.test(line));
    expect(reading).toBeGreaterThanOrEqual(0);
    expect(read).toBeGreaterThan(reading);
    expect(lines.slice(reading + 1, read)).toEqual(['parsing pack.txt: 25%', 'parsing pack.txt: 50%', 'parsing pack.txt: 75%']);
  });
});
