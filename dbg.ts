import fs from 'node:fs';
import { readDocument } from './indexer/readers';
import { parseMinutes } from './indexer/parse';
(async () => {
for (const f of process.argv.slice(2)) {
  const read = await readDocument(fs.readFileSync(f), f, { maxFileBytes: 1e8 });
  const { meetings, warnings } = parseMinutes({ text: read.text, format: read.format, file: f, documentId: 'd' });
  console.log('=====', f, warnings);
  for (const m of meetings) {
    console.log(m.body, '|', m.date, m.time, '|', m.venue);
    console.log(' attendees:', m.attendees.map((a) => `${a.name}${a.role ? ` [${a.role}]` : ''} <${a.attendance}>`).join('; '));
    for (const it of m.items) {
      console.log(` # ${it.number ?? '-'} ${it.title}`);
      for (const p of it.paragraphs) console.log(`    ${p.number ?? ''} ${p.isDecision ? 'DEC ' : ''}${p.speaker ? `{${p.speaker}} ` : ''}${p.text.slice(0, 110)}`);
    }
  }
}
})();
