// `npm run bench [-- NAME…]`: runs the named benchmarks (all by default), never part of `npm test`.
import { catalogSearchBench } from './catalog-search.ts';
import { counterReceptionBench } from './counter-reception.ts';
import { lookupBench } from './lookup.ts';
import { reportBench } from './report.ts';

const benches: Record<string, () => Promise<void>> = {
  'catalog-search': catalogSearchBench,
  report: reportBench,
  'counter-reception': counterReceptionBench,
  lookup: lookupBench,
};

const wanted = process.argv.slice(2);
for (const name of wanted.length > 0 ? wanted : Object.keys(benches)) {
  const bench = benches[name];
  if (!bench) {
    console.error(`unknown benchmark ${name}; known: ${Object.keys(benches).join(', ')}`);
    process.exit(2);
  }
  console.log(`\n== ${name} ==`);
  await bench();
}
