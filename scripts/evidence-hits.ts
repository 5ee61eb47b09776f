/**
 * `npm run eval:hits [-- --rule ID] [--set NAME] [--top N]`: what each rule matched on the honest ads of the
 * development sets, as the matched words with how many honest ads they fired in, most first. The way to check that
 * a phrase added to a lexicon holds on honest ads. Held-out lures are never shown. Reads ../shared/data by default.
 */
import { parseArgs } from 'node:util';
import { createScanner } from '../src/index';
import { loadDatasets } from './eval/datasets';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: '../shared/data' },
    rule: { type: 'string' },
    set: { type: 'string' },
    top: { type: 'string', default: '15' },
    /** Show the matches on the lures built on instead of on honest ads. */
    lures: { type: 'boolean', default: false },
  },
});

const scanner = createScanner();
// rule id -> matched text (lower case) -> postings it matched in
const hits = new Map<string, Map<string, Set<string>>>();
let postings = 0;
for (const set of loadDatasets(values.data)) {
  if (values.set !== undefined && set.name !== values.set) continue;
  for (const posting of set.postings) {
    if (values.lures ? !posting.positive || posting.lure === undefined || posting.lure.heldOut : posting.positive) continue;
    postings++;
    for (const flag of scanner.score(posting.input).flags) {
      if (values.rule !== undefined && flag.id !== values.rule) continue;
      const byText = hits.get(flag.id) ?? new Map<string, Set<string>>();
      hits.set(flag.id, byText);
      for (const evidence of flag.evidence) {
        const text = evidence.text.toLowerCase().replace(/\s+/g, ' ').slice(0, 60);
        const ids = byText.get(text) ?? new Set<string>();
        ids.add(`${set.name}:${posting.id}`);
        byText.set(text, ids);
      }
    }
  }
}

console.log(`${postings} ${values.lures ? 'lures (built-on part)' : 'honest ads'} read`);
for (const [id, byText] of [...hits].sort((a, b) => a[0].localeCompare(b[0]))) {
  const rows = [...byText].sort((a, b) => b[1].size - a[1].size).slice(0, Number(values.top));
  const total = new Set([...byText.values()].flatMap((ids) => [...ids])).size;
  console.log(`\n${id}: ${total} postings`);
  for (const [text, ids] of rows) console.log(`  ${String(ids.size).padStart(5)}  ${JSON.stringify(text)}  e.g. ${[...ids][0]}`);
}
