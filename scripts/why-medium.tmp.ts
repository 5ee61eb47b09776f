import { createScanner } from '../src/index';
import { loadDatasets } from './eval/datasets';
const scanner = createScanner();
const sets = process.argv.slice(2);
for (const set of loadDatasets('../shared/data')) {
  if (!sets.includes(set.name)) continue;
  const cause = new Map<string, number>(); let n = 0;
  for (const p of set.postings) {
    if (p.positive) continue;
    const v = scanner.score(p.input);
    if (v.risk === 'low') continue;
    n++;
    const key = v.risk + ' ' + v.flags.filter(f => f.severity !== 'low' || true).map(f => f.id + (f.severity==='low'?'(l)':'')).sort().join('+') + (v.classifier ? ` cls=${v.classifier.contribution.toFixed(1)}` .replace(/cls=.*/, v.classifier.contribution > 1 ? 'CLS+' : '') : '');
    cause.set(key, (cause.get(key) ?? 0) + 1);
  }
  console.log(set.name, n);
  for (const [k, c] of [...cause].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log('  ', c, k);
}
