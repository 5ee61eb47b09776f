/**
 * Decides whether a hit is negated by what shortly precedes it ("no fees", "we never keep your passport",
 * "không mất phí", "不收取任何费用", "tanpa biaya"). Only a window of folded text before the hit is read, so the
 * cost is constant per hit.
 */
const WINDOW = 32;

// Latin-script negators must stand as whole words; the tail after them stays inside one clause: a comma ends
// it, so "no experience needed, free flight" negates only the experience.
const LATIN_NEGATION =
  /(?<![\p{L}\p{N}])(?:no|not|never|without|zero|free of|non|don't|doesn't|won't|do not|does not|will not|need not|không|chẳng|chưa|miễn|tanpa|tidak|tak|bukan|walang|hindi)(?![\p{L}\p{N}])[^.!?\n;:,]{0,24}$/u;
// Scripts without spaces: the negator may sit right before the noun it negates (不收, 无需, 免收, 沒有); 免费
// means "free of charge", an offer rather than a negation.
const CJK_NEGATION = /(?:不|无|無|没|沒|免(?![费費])|非|绝不|絕不|ไม่|ไม่มี)[^。．！？!?\n；;，,、]{0,8}$/u;

export function isNegated(folded: string, hitStart: number): boolean {
  const before = folded.slice(Math.max(0, hitStart - WINDOW), hitStart);
  return LATIN_NEGATION.test(before) || CJK_NEGATION.test(before);
}
