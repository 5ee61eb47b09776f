/**
 * How much of each field a posting's read limits let the scanner read, counted so that padding cannot hide an ad:
 * - characters that fold to nothing (zero-width and other format characters, variation selectors, the second and
 *   later blanks of a run) do not spend the budget, so 32 Ki zero-width spaces in a title cost nothing;
 * - the budget is shared fairly (max-min, "water-filling"), not first come first served, so a padded title cannot
 *   starve the description: every field gets at least an equal share, and what short fields leave goes to long ones;
 * - raw code units are still bounded (RAW_PER_VISIBLE times the visible limits), so invisible text cannot make the
 *   scanner read without end.
 */

/** Raw code units read per unit of visible budget: room for heavy padding, and a bound on the work. */
export const RAW_PER_VISIBLE = 4;

/**
 * Shares `budget` among `demands` max-min fairly: each gets its demand if that is within an equal share of what is
 * left, and the rest is divided among the larger demands. Returns each share, in the order of `demands`.
 */
export function shareFairly(demands: readonly number[], budget: number): number[] {
  const shares = demands.map(() => 0);
  const order = demands.map((_demand, index) => index).sort((a, b) => (demands[a] ?? 0) - (demands[b] ?? 0));
  let left = Math.max(0, budget);
  for (let rank = 0; rank < order.length; rank++) {
    const index = order[rank] ?? 0;
    const equalShare = Math.floor(left / (order.length - rank));
    const share = Math.min(demands[index] ?? 0, equalShare);
    shares[index] = share;
    left -= share;
  }
  return shares;
}

/** Whether a BMP code unit at or past U+0080 may be a format character or a blank (the rest are visible at once). */
const mayBeInvisible = (code: number): boolean =>
  code === 0x85 ||
  code === 0xa0 ||
  code === 0xad ||
  (code >= 0x600 && code <= 0x605) ||
  code === 0x61c ||
  code === 0x6dd ||
  code === 0x70f ||
  code === 0x890 ||
  code === 0x891 ||
  code === 0x8e2 ||
  code === 0x1680 ||
  (code >= 0x180b && code <= 0x180e) ||
  (code >= 0x2000 && code <= 0x206f) ||
  code === 0x3000 ||
  (code >= 0xfe00 && code <= 0xfe0f) ||
  code === 0xfeff ||
  (code >= 0xfff9 && code <= 0xfffb);

const FOLDS_AWAY = /^[\p{Cf}\uFE00-\uFE0F\u180B-\u180D]$/u;
const BLANK = /^\s$/u;

/** What one code unit costs: 0 folds away, 1 is visible, 2 is a blank (visible only as the first of a run). */
function unitKind(text: string, index: number): 0 | 1 | 2 {
  const code = text.charCodeAt(index);
  if (code < 0x80) return code === 32 || (code >= 9 && code <= 13) ? 2 : 1;
  if (code >= 0xdb40 && code <= 0xdb40) {
    // Tags (U+E0000-E007F) and variation selectors supplement (U+E0100-E01EF): both units fold away.
    const low = text.charCodeAt(index + 1);
    if ((low >= 0xdc00 && low <= 0xdc7f) || (low >= 0xdd00 && low <= 0xddef)) return 0;
    return 1;
  }
  if (code >= 0xdc00 && code <= 0xdfff) {
    const high = text.charCodeAt(index - 1);
    return high === 0xdb40 && code <= 0xddef && (code <= 0xdc7f || code >= 0xdd00) ? 0 : 1;
  }
  if (!mayBeInvisible(code)) return 1;
  const char = text.charAt(index);
  if (FOLDS_AWAY.test(char)) return 0;
  return BLANK.test(char) ? 2 : 1;
}

/**
 * Reads `text` from its start while it spends at most `visible` units of visible budget and `raw` code units.
 * Returns where the read stops (never inside a surrogate pair) and the visible units it spent.
 */
export function readPrefix(text: string, visible: number, raw: number): { end: number; visible: number } {
  const last = Math.min(text.length, raw);
  let spent = 0;
  let afterBlank = true; // leading blanks fold away
  let index = 0;
  for (; index < last; index++) {
    const kind = unitKind(text, index);
    if (kind === 0) continue;
    if (kind === 2) {
      if (afterBlank) continue;
      afterBlank = true;
    } else afterBlank = false;
    if (spent === visible) break;
    spent += 1;
  }
  const code = text.charCodeAt(index - 1);
  const end = index < text.length && code >= 0xd800 && code <= 0xdbff ? index - 1 : index;
  return { end, visible: spent };
}
