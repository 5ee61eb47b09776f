import { matchTokens } from './match-tokens';
import { templateTokenSpans, type TokenSpan } from './template-tokens';

/** The text a campaign's members share, with the places where they differ marked `{{1}}`, `{{2}}`, ... */
export interface CampaignTemplate {
  text: string;
  /** What each slot holds in the members compared (distinct values, at most `MAX_SLOT_VALUES`). */
  slots: { slot: number; values: string[] }[];
  /** How many members' texts were compared. */
  samples: number;
}

/** Words of each text compared: enough for any real ad (the longest in the shared corpora has about 1,400). */
const MAX_WORDS = 3000;
export const MAX_SLOT_VALUES = 10;
/** Members compared: the template is what a handful share; comparing hundreds adds time, not insight. */
export const MAX_TEMPLATE_SAMPLES = 8;

/**
 * The template of a few members' texts: the first text, with every run of its words that some other text does not
 * share (after aligning them word by word) replaced by a numbered slot. Words another text has where the first has
 * none become a slot too. Separators and case are the first text's.
 */
export function campaignTemplate(texts: readonly string[]): CampaignTemplate {
  const samples = texts.slice(0, MAX_TEMPLATE_SAMPLES);
  const [base = '', ...others] = samples;
  const baseSpans = templateTokenSpans(base).slice(0, MAX_WORDS);
  const baseWords = baseSpans.map((span) => span.word);
  const otherSpans = others.map((text) => templateTokenSpans(text).slice(0, MAX_WORDS));
  const alignments = otherSpans.map((spans) => matchTokens(baseWords, spans.map((span) => span.word)));
  const stable = baseSpans.map((_, index) => alignments.every((matches) => (matches[index] ?? -1) !== -1));

  const anchors = [-1, ...stable.flatMap((isStable, index) => (isStable ? [index] : [])), baseSpans.length];
  const pieces: string[] = [];
  const slots: CampaignTemplate['slots'] = [];
  let written = 0;
  for (let anchor = 1; anchor < anchors.length; anchor++) {
    const from = anchors[anchor - 1] ?? -1;
    const to = anchors[anchor] ?? baseSpans.length;
    const values = new Set<string>();
    const baseValue = wordsText(base, baseSpans, from + 1, to);
    let varies = to - from > 1;
    otherSpans.forEach((spans, other) => {
      const matches = alignments[other] ?? new Int32Array(0);
      const start = from < 0 ? 0 : (matches[from] ?? 0) + 1;
      const end = to >= baseSpans.length ? spans.length : (matches[to] ?? spans.length);
      if (end > start) varies = true;
      values.add(wordsText(others[other] ?? '', spans, start, end));
    });
    if (!varies) continue;
    values.add(baseValue);
    const slot = slots.length + 1;
    slots.push({ slot, values: [...values].filter((value) => value !== '').slice(0, MAX_SLOT_VALUES) });
    if (to - from > 1) {
      // The varying words of the first text give way to the slot.
      pieces.push(base.slice(written, baseSpans[from + 1]?.start ?? written), `{{${slot}}}`);
      written = baseSpans[to - 1]?.end ?? written;
    } else {
      // Only other texts have words here: the slot goes after the previous shared word.
      const at = from < 0 ? (baseSpans[0]?.start ?? 0) : (baseSpans[from]?.end ?? written);
      pieces.push(base.slice(written, at), from < 0 ? `{{${slot}}} ` : ` {{${slot}}}`);
      written = at;
    }
  }
  pieces.push(base.slice(written));
  return { text: pieces.join('').trim(), slots, samples: samples.length };
}

/** The text as written from word `start` to the end of word `end - 1`; empty when there are none. */
function wordsText(text: string, spans: readonly TokenSpan[], start: number, end: number): string {
  if (end <= start) return '';
  return text.slice(spans[start]?.start ?? 0, spans[end - 1]?.end ?? 0);
}
