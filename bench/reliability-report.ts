// Where the reliability scripts (bench/crash.ts, bench/load.ts) record their results: a section appended to
// docs/RELIABILITY.md with the machine, the date and the exact command, so earlier runs stay for comparison.
import fs from 'node:fs/promises';
import path from 'node:path';
import { machineDescription } from './vector-common';

export const RELIABILITY_FILE = path.resolve(__dirname, '../docs/RELIABILITY.md');

export async function appendReliabilityResult(title: string, command: string, body: string): Promise<void> {
  const section = `\n### ${title}\n\n${machineDescription()}\nCommand: \`${command}\`\n\n${body}\n`;
  await fs.appendFile(RELIABILITY_FILE, section);
}

export function markdownTable(header: string[], rows: (string | number)[][]): string {
  return [header, header.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}
