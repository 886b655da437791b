import { snapInputSchema } from './src/programs/snap/schema.ts';
import { evaluateSnap } from './src/programs/snap/program.ts';
const cases: any[] = JSON.parse(process.argv[2]!);
for (const c of cases) {
  const r = evaluateSnap(snapInputSchema.parse(c), { explain: process.argv[3] === 'x' });
  console.log(JSON.stringify({ eligible: r.eligible, amount: r.amount, v: r.values, reasons: r.reasons.map((x) => x.code) }));
  if (r.explanation) console.log(r.explanation.en.join('\n'), '\n', r.explanation.es.slice(0,3).join('\n'));
}
