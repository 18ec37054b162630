// Shared by the vector tests: which real model to load, corpus paragraphs, and temporary folders.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig, type Config } from '../../core/config';
import { modelEnvironment } from '../helpers/environment';

/** The embedding settings tests run with (see modelEnvironment). */
export function testEmbeddingSettings(): Config['embedding'] {
  return loadConfig({ ...process.env, ...modelEnvironment() }).embedding;
}

export const CORPUS_DIR = path.resolve(__dirname, '../../corpus');

/** Paragraphs of a corpus file, split simply on blank lines (the real parser lives in indexer/parse). */
export function corpusParagraphs(file: string): string[] {
  return fs
    .readFileSync(path.join(CORPUS_DIR, file), 'utf8')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter((paragraph) => paragraph.length >= 40);
}

export function temporaryDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-vector-'));
}

/** A unit vector pointing mostly along `axis`, with a small tilt towards `towards`. */
export function unitVector(dimensions: number, axis: number, towards = (axis + 1) % dimensions, tilt = 0): Float32Array {
  const vector = new Float32Array(dimensions);
  vector[axis] = 1;
  vector[towards] += tilt;
  const norm = Math.hypot(...vector);
  return vector.map((value) => value / norm);
}
