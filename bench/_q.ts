import { createEmbeddedKeywordIndex } from '../indexer/stores/keyword/sqlite-fts/index';
import { QUERIES } from './server';
async function main() {
  const index = createEmbeddedKeywordIndex({ file: process.argv[2] });
  const once = async () => { for (const q of QUERIES) { const r = await index.search({ text: q, limit: 200, offset: 0 }); for (const h of r.hits.slice(0, 10)) void h.highlight; } };
  await once(); await once();
  const t = process.cpuUsage();
  for (let i = 0; i < Number(process.argv[3] ?? 20); i++) await once();
  const c = process.cpuUsage(t);
  console.log('cpu ms/search', ((c.user + c.system) / 1000 / (QUERIES.length * Number(process.argv[3] ?? 20))).toFixed(2));
}
main();
