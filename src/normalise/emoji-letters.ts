/**
 * Letters and digits written with emoji and dingbats that Unicode NFKC leaves alone: keycaps ("1️⃣"), the keycap
 * ten ("🔟"), dingbat and negative circled digits ("➊", "❶", "⓫"), negative circled and negative squared capitals
 * ("🅣", "🅃"... "🅰"), and regional indicators ("🇹🇪🇱🇪"). The circled, parenthesised and squared forms that NFKC does
 * fold ("ⓣ", "①", "🄰") are left to it.
 */

const KEYCAP = /^([0-9#*])\uFE0F?\u20E3$/u;

export interface EmojiCharacter {
  text: string;
  kind: 'enclosed' | 'emoji-digit';
}

const letter = (offset: number): EmojiCharacter => ({ text: String.fromCharCode(97 + offset), kind: 'enclosed' });
const digits = (value: number): EmojiCharacter => ({ text: String(value), kind: 'emoji-digit' });

/** Regional indicators 🇦-🇿. Two of them make a flag, so they are read as letters only in longer runs. */
export const isRegionalIndicator = (code: number): boolean => code >= 0x1f1e6 && code <= 0x1f1ff;

/**
 * The plain letters or digits an emoji or dingbat cluster stands for, or null. `code` is the cluster's first code
 * point; an emoji presentation selector after it (U+FE0F) is part of the cluster.
 */
export function emojiCharacter(cluster: string, code: number): EmojiCharacter | null {
  if (code < 0x2776) {
    const keycap = KEYCAP.exec(cluster);
    return keycap === null ? null : { text: keycap[1] ?? '', kind: 'emoji-digit' };
  }
  if (cluster.length > 2 && !(cluster.length === 3 && cluster.endsWith('\uFE0F'))) return null;
  if (code <= 0x277f) return digits(code - 0x2775); // ❶..❿
  if (code >= 0x2780 && code <= 0x2789) return digits(code - 0x277f); // ➀..➉
  if (code >= 0x278a && code <= 0x2793) return digits(code - 0x2789); // ➊..➓
  if (code >= 0x24eb && code <= 0x24f4) return digits(code - 0x24ea + 10); // ⓫..⓴
  if (code >= 0x24f5 && code <= 0x24fe) return digits(code - 0x24f4); // ⓵..⓾
  if (code === 0x24ff) return digits(0); // ⓿
  if (code === 0x1f51f) return digits(10); // 🔟
  if (code >= 0x1f150 && code <= 0x1f169) return letter(code - 0x1f150); // 🅐..🅩
  if (code >= 0x1f170 && code <= 0x1f189) return letter(code - 0x1f170); // 🅰..🆉
  if (isRegionalIndicator(code)) return letter(code - 0x1f1e6);
  return null;
}
