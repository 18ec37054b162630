import fs from 'node:fs';
import { parseMinutes } from '../indexer/parse';
import { readDocument } from '../indexer/readers';
async function main() {
  const file = process.argv[2];
  const read = await readDocument(fs.readFileSync(file), file, { maxFileBytes: 5e7 });
  if (process.env.TEXT) console.log(read.text);
  const parsed = parseMinutes({ text: read.text, format: read.format, file, documentId: 'x', pageTitle: read.pageTitle });
  for (const m of parsed.meetings) {
    console.log('body', m.body, 'date', m.date);
    console.log('att', JSON.stringify(m.attendees.map((a) => [a.name, a.role, a.attendance])));
    for (const it of m.items) { console.log(`# [${it.number}] ${it.title}`); for (const p of it.paragraphs) console.log(`   ${p.isDecision ? 'D' : '-'} ${p.speaker ? '{' + p.speaker + '} ' : ''}${p.text.slice(0, 140)}`); }
  }
  console.log(parsed.warnings);
}
void main();
