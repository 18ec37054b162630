/** @jest-environment ./test/vector/onnx-environment.ts */
// The data folder at start: the sample corpus seeds it once (a folder whose meetings were all deleted stays empty
// after a restart), and a folder that cannot be opened is named.
import fs from 'node:fs/promises';
import path from 'node:path';
import { silentLogger } from '../../core/logger';
import { startServer } from '../../server/start';
import { CORPUS_DIR, temporaryDirectory, testConfig } from '../helpers/environment';

const ADMIN_KEY = 'first-run-admin-key-1b8e';

async function meetingIds(url: string): Promise<string[]> {
  const body = (await (await fetch(`${url}/api/meetings?limit=100`)).json()) as { meetings: { id: string }[] };
  return body.meetings.map((meeting) => meeting.id);
}

it('seeds a new data folder with the corpus, and not again once every meeting was deleted', async () => {
  const corpus = temporaryDirectory('first-run-corpus');
  const sample = 'kent-medway-pcp-item-opportunities-for-the-future.txt';
  await fs.copyFile(path.join(CORPUS_DIR, sample), path.join(corpus, sample));
  const config = testConfig({ ADMIN_API_KEY: ADMIN_KEY, CORPUS_DIR: corpus });

  const first = await startServer(config, silentLogger);
  const seeded = await meetingIds(first.url);
  expect(seeded.length).toBeGreaterThan(0);
  for (const id of seeded) {
    const response = await fetch(`${first.url}/api/meetings/${id}`, { method: 'DELETE', headers: { 'x-api-key': ADMIN_KEY } });
    expect(response.status).toBe(200);
  }
  await first.close();

  const second = await startServer(config, silentLogger);
  try {
    expect(await meetingIds(second.url)).toEqual([]);
  } finally {
    await second.close();
  }
});

it('names the data folder when it cannot be opened', async () => {
  const blocker = path.join(temporaryDirectory('not-a-folder'), 'a-file');
  await fs.writeFile(blocker, '');
  const dataDir = path.join(blocker, 'data');
  await expect(startServer(testConfig({ DATA_DIR: dataDir }), silentLogger)).rejects.toMatchObject({
    code: 'storage_unavailable',
    message: expect.stringContaining(dataDir),
  });
});
