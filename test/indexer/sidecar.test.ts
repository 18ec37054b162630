// Sidecar files written to a temp folder: valid ones read, invalid ones rejected naming the file and field.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ERROR_CODES } from '../../core/errors';
import { readSidecar } from '../../indexer/sidecar';

let folder: string;
beforeAll(async () => {
  folder = await fs.mkdtemp(path.join(os.tmpdir(), 'sidecar-'));
});
afterAll(async () => {
  await fs.rm(folder, { recursive: true, force: true });
});

async function withSidecar(name: string, content: string): Promise<string> {
  const file = path.join(folder, name);
  await fs.writeFile(`${file}.meta.json`, content);
  return file;
}

it('returns undefined when a file has no sidecar', async () => {
  expect(await readSidecar(path.join(folder, 'alone.txt'))).toBeUndefined();
});

it('reads a valid sidecar', async () => {
  const file = await withSidecar('ok.txt', JSON.stringify({ body: 'Kent and Medway Police and Crime Panel', date: '2017-11-15', url: 'https://example.org/a' }));
  expect(await readSidecar(file)).toEqual({ body: 'Kent and Medway Police and Crime Panel', date: '2017-11-15', url: 'https://example.org/a' });
});

it.each([
  ['an unknown key', { body: 'Panel', chair: 'Mr Hill' }, 'chair'],
  ['a date that is not YYYY-MM-DD', { date: '15/11/2017' }, 'date'],
  ['a date that does not exist', { date: '2017-02-30' }, 'date'],
  ['a url that is not a URL', { url: 'minutes page' }, 'url'],
  ['an empty body', { body: '  ' }, 'body'],
])('rejects %s, naming the sidecar and the field', async (_, content, field) => {
  const file = await withSidecar(`bad-${field}.txt`, JSON.stringify(content));
  await expect(readSidecar(file)).rejects.toMatchObject({
    code: ERROR_CODES.INVALID_SIDECAR,
    context: { file: `${file}.meta.json`, field },
    message: expect.stringContaining(`${file}.meta.json field "${field}"`),
  });
});

it('rejects a sidecar that is not JSON', async () => {
  const file = await withSidecar('broken.txt', '{ body: ');
  await expect(readSidecar(file)).rejects.toMatchObject({ code: ERROR_CODES.INVALID_SIDECAR, context: { file: `${file}.meta.json` } });
});
