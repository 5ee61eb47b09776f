/**
 * The time fuzzer's material (issue 12): fields made by repeating a unit of 1-12 characters drawn from class
 * representatives, or a pair of units. Shared by the short run in `npm test` (test/fuzz/time-growth.test.ts) and the
 * full search (`npm run fuzz:time`, scripts/fuzz-time.ts).
 */

/** One representative (or a few) of each class of character the pipeline treats differently. */
export const CLASS_REPRESENTATIVES: Readonly<Record<string, readonly string[]>> = {
  letters: ['a', 'Z', 'ж', 'α', 'ա', 'א', 'ب', 'ก', 'ກ', 'ក', 'က', 'अ', 'ক', '高', 'カ', 'ひ', '한', 'ǆ', 'ß', 'İ'],
  digits: ['1', '٣', '۳', '३', '৩', '๓', '໓', '១', '၃', '１', '①', '⑴', '⒈', '➀', '➊', '❶', '⓵', '𝟏', '1️⃣', '🔟', '²', '½'],
  separators: [',', '.', '-', '/', ':', ';', '@', '_', '#', '+', '(', ')', "'", '"', '&', '?', '=', '%', '|', '*', '!', '~', '、', '。', '，'],
  spaces: [' ', '\t', '\n', '\r\n', '\u00a0', '\u3000', '\u2003', '\u2028', '\u1680'],
  emoji: ['🅰', '🅣', '🇹', '🇰🇭', 'ⓣ', '🄰', '😀', '👍🏽', '👨‍👩‍👧', '✅'],
  invisible: ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u202e', '\ufe0f', '\u{e0041}', '\u180e', '\u3164'],
  combining: ['\u0301', '\u0335', '\u0336', '\u05b0', '\u0591', '\u0e31', '\u093f', '\u20e3', '\u0489', '\u1ab0', '\u0345'],
  'full-width': ['ａ', 'Ｔ', '１', '，', '＠', '＄', '．'],
  confusables: ['ɡ', 'ѕ', 'і', 'о', 'р', 'ᴄ', 'ʀ', 'ɪ', 'Ꭺ', 'ꓔ'],
  'nfkc-expanders': ['㋏', '㎏', '™', 'ﷺ', 'ﷻ', '㍿', '⑽', 'ﬃ', '㉑', '℡', '㈱', '¼'],
  'small-capitals': ['ᴀ', 'ʙ', 'ᴍ', 'ᴅ'],
  pay: ['$', '€', '₱', '¥', '₫', 'usd', 'rp', 'rm', 'triệu', '万', '萬', 'k', '/month', 'per day', '月薪', '/h', '1,500', '1.5'],
  messenger: ['telegram', 'whatsapp', 'wa.me/', 't.me/', '@hr_', 'line id', 'zalo', 'wechat', '微信', 'tg:'],
  url: ['http://', 'https://', 'www.', '.com', 'bit.ly/', '?a=', '%20', 'a.', 'x://', '//'],
  phone: ['+855', '+1 ', '(02)', '012-', '0812', '+', '00'],
};

export interface TimeCase {
  name: string;
  unit: string;
}

/** Every representative on its own: the single-class cases. */
export function singleCases(): TimeCase[] {
  return Object.entries(CLASS_REPRESENTATIVES).flatMap(([kind, units]) =>
    units.map((unit) => ({ name: `${kind} ${JSON.stringify(unit)}`, unit })),
  );
}

/** A small deterministic generator (xorshift32), so that a failing case can be replayed from its seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state / 2 ** 32;
  };
}

const ALL = Object.values(CLASS_REPRESENTATIVES).flat();

/** A unit of 1 to 12 characters (code points) built from representatives of any classes. */
export function randomUnit(random: () => number): string {
  const target = 1 + Math.floor(random() * 12);
  let unit = '';
  while ([...unit].length < target) unit += ALL[Math.floor(random() * ALL.length)] ?? 'a';
  return [...unit].slice(0, target).join('');
}

/** `count` random units and `count` pairs of units (a unit repeated then another: "1,1,1,…" meets "usd"). */
export function randomCases(seed: number, count: number): TimeCase[] {
  const random = seededRandom(seed);
  const cases: TimeCase[] = [];
  for (let index = 0; index < count; index++) {
    const unit = randomUnit(random);
    cases.push({ name: `unit ${JSON.stringify(unit)}`, unit });
  }
  for (let index = 0; index < count; index++) {
    const first = randomUnit(random);
    const second = randomUnit(random);
    cases.push({ name: `pair ${JSON.stringify(first)} + ${JSON.stringify(second)}`, unit: first + second });
  }
  return cases;
}

/** `unit` repeated to `length` code units, never ending in half a surrogate pair. */
export function fieldOf(unit: string, length: number): string {
  const text = unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
  const last = text.charCodeAt(text.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? text.slice(0, -1) : text;
}
