import type { FoldBuffer } from './fold-buffer';

/**
 * Vietnamese typed mostly without diacritics but with a few marks ("tuyen nv lam viec ben cam, bao vé may bay",
 * from a phone keyboard that marks some words and not others) matches neither a rule's phrase as spelled nor its
 * unmarked twin (every Vietnamese phrase of the lexicons is also listed without diacritics, as SMS write it). Such
 * text is read without any marks, so that the twins match it as they match an SMS. Text written with its
 * diacritics, and the odd unmarked word in it, is left as it is: the phrases as spelled are more precise.
 *
 * Each letter is replaced by its bare letter, one code unit for one, so offsets map back unchanged. It does no work
 * on text without Vietnamese letters.
 */
export function readUnmarkedVietnamese(buffer: FoldBuffer): FoldBuffer {
  const { text } = buffer;
  if (!VIETNAMESE_LETTER.test(text) || !mostlyUnmarked(text)) return buffer;
  return { ...buffer, text: text.replace(MARKED_LATIN, bareLetter) };
}

// Letters only Vietnamese uses among the languages read here: ă â đ ê ô ơ ư and the tone-marked vowels of U+1EA0-U+1EF9.
const VIETNAMESE_LETTER = /[ăâđêôơư\u1ea0-\u1ef9]/;
const MARKED_LATIN = /[\u00e0-\u00ff\u0100-\u024f\u1e00-\u1eff]/gu;
const WORD = /[\p{L}\p{M}]+/gu;
// Words that standard Vietnamese always writes with marks (luong is lương or lượng, khong is không): written bare,
// they show text typed without diacritics. English, Malay and Tagalog words are left out ("gap", "may", "hop").
const UNMARKED_ONLY: ReadonlySet<string> = new Set([
  ...['khong', 'luong', 'viec', 'tuyen', 'nguoi', 'duoc', 'tien', 'nhieu', 'trieu', 'nghiem', 'nuoc', 'ngoai'],
  ...['thuong', 'truong', 'chuyen', 'muon', 'dien', 'lien', 'huong', 'phuong', 'cuoc', 'nghiep', 'yeu', 'hieu'],
  ...['dieu', 'thoai', 'nhiem', 'kiem', 'xuat', 'nhap', 'tuoi', 'nhan', 'vien', 'lua', 'thue', 'gio', 'giay', 'chieu'],
]);

/** At least two words that should carry marks are written bare, and at least half as many as the words marked. */
function mostlyUnmarked(text: string): boolean {
  let unmarked = 0;
  let marked = 0;
  for (const [word] of text.matchAll(WORD)) {
    if (UNMARKED_ONLY.has(word)) unmarked += 1;
    else if (MARKED_WORD.test(word)) marked += 1;
  }
  return unmarked >= 2 && unmarked * 2 >= marked;
}

const MARKED_WORD = /[\u00e0-\u00ff\u0100-\u024f\u1e00-\u1eff]/u;

function bareLetter(letter: string): string {
  if (letter === 'đ') return 'd';
  const bare = letter.normalize('NFD').charAt(0);
  // One code unit for one: a letter with no bare form in Latin (ø, ł, ß) stays as it is.
  return /^[a-z]$/.test(bare) ? bare : letter;
}
