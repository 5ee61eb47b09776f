/**
 * Decides whether a hit is negated by what shortly precedes it ("no fees", "we never keep your passport",
 * "không mất phí", "不收取任何费用", "tanpa biaya") or, in Korean, Japanese and Hindi, follows it ("보증금 없음",
 * "登録料不要", "फीस नहीं"). Only a window of folded text around the hit is read, so the cost is constant per hit.
 */
const WINDOW = 32;

// Latin-script negators must stand as whole words; the tail after them stays inside one clause: a comma ends
// it, so "no experience needed, free flight" negates only the experience.
const LATIN_NEGATION =
  /(?<![\p{L}\p{N}])(?:no|not|never|without|zero|free of|non|don't|doesn't|won't|do not|does not|will not|need not|không|chẳng|chưa|miễn|tanpa|tidak|tak|bukan|walang|hindi)(?![\p{L}\p{N}])[^.!?\n;:,]{0,24}$/u;
// Scripts without spaces: the negator may sit right before the noun it negates (不收, 无需, 免收, 沒有); 免费
// means "free of charge", an offer rather than a negation.
const CJK_NEGATION = /(?:不|无|無|没|沒|免(?![费費])|非|绝不|絕不|ไม่|ไม่มี)[^。．！？!?\n；;，,、]{0,8}$/u;

// Korean, Japanese and Hindi negate after the noun: 보증금 없음, 교육비 안 받습니다, 登録料不要, 費用はかかりません,
// कोई जॉइनिंग फीस नहीं (also in Hinglish: "joining fee nahi"). Only the first few characters after the hit are read, up
// to the end of the clause.
const POSTFIX_NEGATION =
  /^[^。．！？!?\n；;，,、।]{0,4}?(?:없|아님|아닙|아니에|안 ?받|받지 ?않|불필요|필요 ?없|不要|なし|無し|ありません|いりません|かかりません|取りません|ではない|ではありません|नहीं|नही|nahi(?:n)?(?![\p{L}\p{N}]))/u;

export function isNegated(folded: string, hitStart: number, hitEnd = hitStart): boolean {
  const before = folded.slice(Math.max(0, hitStart - WINDOW), hitStart);
  if (LATIN_NEGATION.test(before) || CJK_NEGATION.test(before)) return true;
  return POSTFIX_NEGATION.test(folded.slice(hitEnd, hitEnd + POSTFIX_WINDOW));
}

/** Characters read after a hit for a Korean, Japanese or Hindi negation. */
const POSTFIX_WINDOW = 16;
