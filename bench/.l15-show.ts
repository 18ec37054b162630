import { listLayoutFixtures, runLayoutFixture } from '../test/helpers/layout-fixtures';
import { scoreLayout } from '../test/helpers/layout-score';
async function main() {
  const names = process.argv.slice(2);
  for (const f of listLayoutFixtures().filter((x) => names.length === 0 || names.some((n) => x.name.includes(n)))) {
    const out = await runLayoutFixture(f);
    const scores = scoreLayout(f.expected, out);
    const fails = scores.flatMap((s) => s.failures);
    const c = scores.reduce((a, s) => a + s.correct, 0), e = scores.reduce((a, s) => a + s.expected, 0);
    console.log(`== ${f.name}: ${c}/${e}`);
    if (process.env.DUMP) for (const m of out.parsed?.meetings ?? []) {
      console.log('body', m.body, 'date', m.date);
      console.log('att', JSON.stringify(m.attendees.map((a) => [a.name, a.role, a.attendance])));
      for (const it of m.items) { console.log(`# [${it.number}] ${it.title}`); for (const p of it.paragraphs) console.log(`   ${p.isDecision ? 'D' : '-'} ${p.speaker ? '{' + p.speaker + '} ' : ''}${p.text.slice(0, 160)}`); }
    }
    if (out.parsed?.warnings.length) console.log('warn', out.parsed.warnings);
    for (const x of fails) console.log('  ! ' + x);
  }
}
void main();
