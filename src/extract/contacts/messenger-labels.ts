import type { MessengerChannel } from './messenger-channel';
import { foldedRegex } from '../../normalise/folded-regex';

/**
 * How a label can be trusted.
 * - `name`: the app's own name, which is seldom anything else ("telegram", "whatsapp", "zalo", "微信", "카톡").
 * - `ambiguous`: also an everyday word or abbreviation ("line", "signal", "wa", "fb", "电报" in "致电报名",
 *   "飞机" = aeroplane), so a handle after it must look like one (an "@", a digit, an underscore) to count.
 * Either way a label alone is a contact only in contact wording ("contact us on Telegram"): see contact-cues.ts.
 */
export type LabelKind = 'name' | 'ambiguous';

export interface MessengerLabel {
  channel: MessengerChannel;
  kind: LabelKind;
  /** RegExp source over folded (lower-case NFKC) text, without capturing groups. */
  pattern: string;
  /** Latin labels are matched as whole words. */
  latin: boolean;
}

const latin = (channel: MessengerChannel, kind: LabelKind, pattern: string): MessengerLabel => ({
  channel,
  kind,
  pattern,
  latin: true,
});
const other = (channel: MessengerChannel, kind: LabelKind, pattern: string): MessengerLabel => ({
  channel,
  kind,
  pattern,
  latin: false,
});

/** Labels in matching order: at one position the first that matches wins, so longer labels come first. */
export const MESSENGER_LABELS: readonly MessengerLabel[] = [
  // Telegram. Chinese users call it 纸飞机 ("paper plane") or 飞机; 电报 is also inside 致电报名 ("phone to sign up").
  latin('telegram', 'name', 'tele ?gram'),
  other('telegram', 'name', '텔레그램|テレグラム|เทเลแกรม|纸飞机|紙飛機'),
  latin('telegram', 'ambiguous', 'tg|tele|telega'),
  other('telegram', 'ambiguous', '电(?<![致来來去回]电)报(?!名)|電(?<![致来來去回]電)報(?!名)|(?:飞机|飛機)(?![票场場航])|텔레'),

  // WhatsApp, with the spellings of Indonesian, Malay and Filipino ads.
  latin('whatsapp', 'name', 'whats ?app|whatsap|whatapp|watsapp|watsap|wassap|wasap'),
  other('whatsapp', 'name', '왓츠 ?앱|ワッツアップ|วอทส์แอ[ปพ]|วอทแอ[ปพ]'),
  latin('whatsapp', 'ambiguous', 'wa|wsp'),

  // WeChat, with the evasive spellings of Chinese ads (v信, 薇信, vx, wx, 加V).
  latin('wechat', 'name', 'we ?chat|weixin'),
  other('wechat', 'name', '微信|微訊|薇信|v(?<![a-z]v)信|위챗|ウィーチャット|วีแชท'),
  latin('wechat', 'ambiguous', 'wx|vx'),
  other('wechat', 'ambiguous', 'v(?<=加 ?v)(?![a-z0-9])'),

  // LINE: "line" is an everyday word; "line id", "ไอดีไลน์", "加賴" are not. ไลน์ is also inside ออนไลน์ ("online").
  latin('line', 'name', 'line ?(?:id|app|official)'),
  other(
    'line',
    'name',
    '(?:ไอดี|แอด) ?ไลน์|ไลน์ ?(?:ไอดี|id)|ライン ?id|라인 ?(?:아이디|id)|加賴|賴 ?id',
  ),
  latin('line', 'ambiguous', 'line'),
  other('line', 'ambiguous', 'ไ(?<!ออนไ)ลน์|ライン|라인'),

  latin('zalo', 'name', 'zalo'),

  latin('signal', 'name', 'signal ?(?:app|messenger)'),
  latin('signal', 'ambiguous', 'signal'),
  other('signal', 'ambiguous', '시그널'),

  latin('qq', 'name', 'qq'),
  other('qq', 'name', '扣扣'),

  latin('viber', 'name', 'viber'),
  other('viber', 'name', '바이버|ไวเบอร์'),

  // KakaoTalk; "kakao" alone is also the company (Kakao Bank, Kakao Mobility).
  latin('kakaotalk', 'name', 'kakao ?talk|kakao ?id'),
  other('kakaotalk', 'name', '오픈 ?카톡|카카오톡|카톡|カカオトーク'),
  latin('kakaotalk', 'ambiguous', 'kakao'),
  other('kakaotalk', 'ambiguous', '카카오'),

  // Facebook and Messenger: named in every social-media job, so always ambiguous.
  latin('facebook', 'ambiguous', '(?:facebook|fb) ?messenger|facebook|fb|messenger'),
  other('facebook', 'ambiguous', '脸书|臉書|페이스북|フェイスブック|เฟซบุ๊[กค]|เฟสบุ๊[กค]'),
];

export interface LabelMatcher {
  pattern: RegExp;
  /** Capture group k + 1 is labels[k]. */
  labels: readonly MessengerLabel[];
}

// Letters that continue a Latin word (Vietnamese letters included), so "wa" does not match in "wallet". Digits
// may follow a label ("qq12345678", "wa08123..."), letters may not.
const LATIN_WORD_BEFORE = '(?<![a-z0-9_\\u00c0-\\u024f\\u1e00-\\u1eff])';
const LATIN_WORD_AFTER = '(?![a-z\\u00c0-\\u024f\\u1e00-\\u1eff])';

// Two matchers, because V8 skips ahead quickly only when every alternative starts with a literal character:
// Latin labels share one word guard around the whole alternation, and the patterns of other scripts above start
// with a literal character (their look-behinds come after it).
function matcherOf(labels: readonly MessengerLabel[], flags: string): LabelMatcher {
  const groups = labels.map((label) => `(${label.pattern})`).join('|');
  const source = labels[0]?.latin ? `${LATIN_WORD_BEFORE}(?:${groups})${LATIN_WORD_AFTER}` : groups;
  return { pattern: foldedRegex(source, flags), labels };
}

const LATIN_LABELS = MESSENGER_LABELS.filter((label) => label.latin);
const OTHER_LABELS = MESSENGER_LABELS.filter((label) => !label.latin);

/** Matchers over the whole text, compiled once. */
export const LABEL_MATCHERS: readonly LabelMatcher[] = [matcherOf(LATIN_LABELS, 'gu'), matcherOf(OTHER_LABELS, 'gu')];

const LABEL_AT: readonly LabelMatcher[] = [matcherOf(LATIN_LABELS, 'uy'), matcherOf(OTHER_LABELS, 'uy')];

/** Does a messenger label start exactly at `at`? */
export function labelStartsAt(text: string, at: number): boolean {
  return LABEL_AT.some(({ pattern }) => {
    pattern.lastIndex = at;
    return pattern.test(text);
  });
}
