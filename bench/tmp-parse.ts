import fs from 'node:fs';
import { parseMinutes } from '../indexer/parse';
const text = fs.readFileSync(process.argv[2], 'utf8');
const r = parseMinutes({ text, format: (process.argv[3] ?? 'pdf') as never, file: 'x', documentId: 'x' });
for (const m of r.meetings) { console.log(m.body, m.date, m.attendees.map((a) => a.name).join('; ')); for (const i of m.items) console.log('  ', i.number, '|', i.title, '|', i.paragraphs.length); }
console.log(r.warnings);
