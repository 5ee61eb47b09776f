import { join } from 'node:path';
import { z } from 'zod';
import { MESSENGER_CHANNELS } from '../../src/extract/facts';
import { escapeRegex } from '../../src/normalise/folded-regex';
import type { MessengerLabel } from '../../src/extract/contacts/messenger-labels';
import { ExamplesSchema, checkRegex, readDataFile } from './read-data-file';

const Word = z.union([z.string().min(1), z.object({ regex: z.string().min(1) }).strict()]);
const App = z
  .object({ names: z.array(Word).default([]), ambiguous: z.array(Word).default([]), examples: ExamplesSchema.optional() })
  .strict();
const LabelsFile = z.partialRecord(z.enum(MESSENGER_CHANNELS), App);

export interface MessengerExample {
  channel: (typeof MESSENGER_CHANNELS)[number];
  text: string;
  fire: boolean;
}

// A word whose every character is Latin (or a digit, a space, "@") is matched with whole-word guards.
const LATIN_WORD = /^[a-z0-9@ \u00c0-\u024f\u1e00-\u1eff-]+$/u;

/** A word as a regex source: escaped, with each space matching a space or nothing ("whats app", "오픈 카톡"). */
function wordSource(word: string): string {
  return escapeRegex(word.normalize('NFKC')).replace(/ /g, ' ?');
}

/**
 * Reads rules/messengers/labels.yaml into the labels of messenger-labels.ts: one label per app, kind and script,
 * the app's names before the ambiguous words (at one position the first label that matches wins), longer words
 * first within a label.
 */
export function readMessengerLabels(root: string, problems: string[]): { labels: MessengerLabel[]; examples: MessengerExample[] } {
  const path = join(root, 'rules/messengers/labels.yaml');
  const data = readDataFile({ root, path }, LabelsFile, problems);
  const labels: MessengerLabel[] = [];
  const examples: MessengerExample[] = [];
  if (data === null) return { labels, examples };
  for (const kind of ['name', 'ambiguous'] as const) {
    for (const [channel, app] of Object.entries(data) as [MessengerExample['channel'], z.infer<typeof App>][]) {
      const words = kind === 'name' ? app.names : app.ambiguous;
      for (const latin of [true, false]) {
        const sources: string[] = [];
        for (const word of words) {
          if (typeof word === 'string') {
            if (LATIN_WORD.test(word) === latin) sources.push(wordSource(word));
            continue;
          }
          checkRegex(word.regex, `rules/messengers/labels.yaml: ${channel}: ${word.regex}`, problems);
          if (LATIN_WORD.test(word.regex.replace(/[^\p{L}\p{N} @-]/gu, '')) === latin) sources.push(word.regex);
        }
        if (sources.length === 0) continue;
        // Longest first, so that "whatsapp" is tried before "wa" and "오픈 ?카톡" before "카톡".
        sources.sort((a, b) => b.length - a.length);
        labels.push({ channel, kind, pattern: sources.join('|'), latin });
      }
    }
  }
  for (const [channel, app] of Object.entries(data) as [MessengerExample['channel'], z.infer<typeof App>][]) {
    for (const text of app.examples?.fire ?? []) examples.push({ channel, text, fire: true });
    for (const text of app.examples?.quiet ?? []) examples.push({ channel, text, fire: false });
  }
  return { labels, examples };
}
