import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The repository's fixture ads, whose postings the CLI bench's input is made from. */
const FIXTURE_FILES = ['sample-ads.jsonl', 'labelled-ads.jsonl', 'campaign-ads.jsonl'];

/** About the length of a scraped job ad (difraud-jobs averages 1,250 characters), so the CLI sees real-sized work. */
const TARGET_CHARACTERS = 1_250;

type Posting = Record<string, unknown>;

/** The fixture postings (objects, labels dropped) from `fixturesDir`. */
export function fixturePostings(fixturesDir: string): Posting[] {
  const postings: Posting[] = [];
  for (const name of FIXTURE_FILES) {
    for (const line of readFileSync(join(fixturesDir, name), 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      const { fraudulent: _label, ...posting } = JSON.parse(line) as Posting;
      // The fixtures hold a deliberately invalid record (a numeric title); the bench scores valid ones only.
      if (textOf(posting) !== '' && Object.values(posting).every((value) => typeof value === 'string' || typeof value === 'boolean'))
        postings.push(posting);
    }
  }
  if (postings.length === 0) throw new Error(`no fixture postings in ${fixturesDir}`);
  return postings;
}

function textOf(posting: Posting): string {
  return typeof posting['description'] === 'string' ? posting['description'] : typeof posting['text'] === 'string' ? posting['text'] : '';
}

/**
 * Synthetic postings of about an ad's length: each fixture posting, its main text followed by other fixtures' texts
 * (a different mix for each of `variety` variants) until it reaches `TARGET_CHARACTERS`, with its own id. Honest ads
 * and lures are mixed, as on a board; the same variant recurs every `variety` lines.
 */
export function syntheticPostings(bases: readonly Posting[], variety: number): string[] {
  const lines: string[] = [];
  for (let index = 0; index < variety; index++) {
    const base = bases[index % bases.length] ?? {};
    const key = typeof base['description'] === 'string' ? 'description' : 'text';
    let text = textOf(base);
    for (let step = 1; text.length < TARGET_CHARACTERS && step < bases.length; step++) {
      const other = bases[(index * 7 + step * 3) % bases.length] ?? {};
      if (other !== base) text = `${text}\n${textOf(other)}`;
    }
    lines.push(JSON.stringify({ ...base, id: `bench-${index}`, [key]: text }));
  }
  return lines;
}

/** Writes `lines` JSONL records to `file`, cycling through `postings`, in chunks so memory stays small. */
export function writeJsonl(file: string, postings: readonly string[], lines: number): void {
  writeFileSync(file, '');
  const chunk: string[] = [];
  for (let line = 0; line < lines; line++) {
    chunk.push(postings[line % postings.length] ?? '{}');
    if (chunk.length === 10_000 || line === lines - 1) {
      writeFileSync(file, `${chunk.join('\n')}\n`, { flag: 'a' });
      chunk.length = 0;
    }
  }
}
