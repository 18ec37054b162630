// The Meilisearch backend's vocabulary file, on a real SQLite file in a temporary folder (no server needed).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { VocabularyFile } from '../../../indexer/stores/keyword/meilisearch/vocabulary-file';
import { makeChunk } from '../fixtures';

let folder: string;
let file: string;
const opened: VocabularyFile[] = [];

function open(at = file): VocabularyFile {
  const words = new VocabularyFile(at);
  opened.push(words);
  return words;
}

beforeEach(() => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'meili-words-'));
  file = path.join(folder, 'words.sqlite');
});

afterEach(() => {
  for (const words of opened.splice(0)) words.close();
  fs.rmSync(folder, { recursive: true, force: true });
});

const budget = makeChunk({ id: 'budget', documentId: 'doc-a', text: 'The precept budget was approved.', speaker: 'The Treasurer' });
const cadets = makeChunk({ id: 'cadets', documentId: 'doc-b', text: 'The cadets raised the budget question.' });

describe('the Meilisearch vocabulary file', () => {
  it('counts the chunks holding each word of their text and speaker, and counts replaced and removed chunks out', () => {
    const words = open();
    words.record([budget, cadets]);
    expect(words.vocabulary().documentsWith('budget')).toBe(2);
    expect(words.vocabulary().documentsWith('treasurer')).toBe(1);
    words.record([{ ...budget, text: 'The precept was approved.' }]);
    expect(words.vocabulary().documentsWith('budget')).toBe(1);
    words.removeDocuments(['doc-b']);
    expect(words.vocabulary().documentsWith('budget')).toBe(0);
    expect(words.vocabulary().documentsWith('cadets')).toBe(0);
    expect(words.vocabulary().documentsWith('precept')).toBe(1);
    words.removeChunks(['budget', 'not-held']);
    expect(words.vocabulary().size()).toBe(0);
  });

  it('replaces every chunk of the documents named, in one change', () => {
    const words = open();
    words.record([budget, cadets]);
    words.replaceDocuments(['doc-a', 'doc-gone'], [makeChunk({ id: 'budget-2', documentId: 'doc-a', text: 'Marmalade was served.' })]);
    expect(words.vocabulary().documentsWith('precept')).toBe(0);
    expect(words.vocabulary().documentsWith('marmalade')).toBe(1);
    expect(words.vocabulary().documentsWith('cadets')).toBe(1);
  });

  it('keeps its words across a restart, and reads another writer\'s changes once told to forget', () => {
    const writer = open();
    writer.record([budget]);
    const reader = open();
    expect(reader.vocabulary().documentsWith('precept')).toBe(1);
    writer.record([cadets]);
    expect(reader.vocabulary().documentsWith('cadets')).toBe(0);
    reader.forget();
    expect(reader.vocabulary().documentsWith('cadets')).toBe(1);
  });

  it('keeps its name while it mirrors the same Meilisearch index, and starts empty under a new name for another', () => {
    const words = open();
    const name = words.mirror('2026-12-03T10:00:00Z');
    words.record([budget]);
    expect(open().mirror('2026-12-03T10:00:00Z')).toBe(name);
    expect(words.vocabulary().documentsWith('precept')).toBe(1);
    const renamed = words.mirror('2026-12-03T11:00:00Z');
    expect(renamed).not.toBe(name);
    expect(words.vocabulary().size()).toBe(0);
  });

  it('names a new file anew, so the store sends a file lost or deleted every document again', () => {
    const name = open().mirror('2026-12-03T10:00:00Z');
    expect(open(path.join(folder, 'another.sqlite')).mirror('2026-12-03T10:00:00Z')).not.toBe(name);
  });
});
