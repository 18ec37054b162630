import fs from 'node:fs';
import { readDocument } from '../indexer/readers';
void (async () => { const f = process.argv[2]; const r = await readDocument(fs.readFileSync(f), f.split('/').pop()!, { maxFileBytes: 5e7 }); console.log(r.text); })();
