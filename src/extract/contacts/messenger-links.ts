import type { CountryCode } from 'libphonenumber-js';
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import type { MessengerChannel } from './messenger-channel';

/** Hosts whose links open a chat with a person or group rather than a web page. */
const CHANNEL_OF_HOST: ReadonlyMap<string, MessengerChannel> = new Map<string, MessengerChannel>([
  ['t.me', 'telegram'],
  ['telegram.me', 'telegram'],
  ['telegram.dog', 'telegram'],
  ['wa.me', 'whatsapp'],
  ['wa.link', 'whatsapp'],
  ['api.whatsapp.com', 'whatsapp'],
  ['chat.whatsapp.com', 'whatsapp'],
  ['web.whatsapp.com', 'whatsapp'],
  ['whatsapp.com', 'whatsapp'],
  ['line.me', 'line'],
  ['page.line.me', 'line'],
  ['liff.line.me', 'line'],
  ['lin.ee', 'line'],
  ['zalo.me', 'zalo'],
  ['chat.zalo.me', 'zalo'],
  ['signal.me', 'signal'],
  ['signal.group', 'signal'],
  ['invite.viber.com', 'viber'],
  ['chats.viber.com', 'viber'],
  ['viber.click', 'viber'],
  ['vb.me', 'viber'],
  ['open.kakao.com', 'kakaotalk'],
  ['pf.kakao.com', 'kakaotalk'],
  ['qr.kakao.com', 'kakaotalk'],
  ['weixin.qq.com', 'wechat'],
  ['u.wechat.com', 'wechat'],
  ['qm.qq.com', 'qq'],
  ['wpa.qq.com', 'qq'],
  ['m.me', 'facebook'],
  ['fb.me', 'facebook'],
  ['fb.com', 'facebook'],
  ['facebook.com', 'facebook'],
  ['m.facebook.com', 'facebook'],
  ['web.facebook.com', 'facebook'],
  ['messenger.com', 'facebook'],
]);

export function messengerOfHost(host: string): MessengerChannel | null {
  return CHANNEL_OF_HOST.get(host.startsWith('www.') ? host.slice(4) : host) ?? null;
}

// The number in "wa.me/85512345678", "api.whatsapp.com/send?phone=855...", "viber.click/855...", "zalo.me/0912...".
const NUMBER_IN_LINK_PATH = /^\/(\+?\d{7,15})(?:[/?#]|$)|[?&]phone=(\+?\d{7,15})/;

// Zalo is a Vietnamese service: a zalo.me link without a country code carries a Vietnamese number.
const HOME_COUNTRY: Partial<Record<MessengerChannel, CountryCode>> = { zalo: 'VN' };

/** The phone number a chat link points at, in E.164 with its country, or null when it names no number. */
export function phoneInMessengerLink(
  channel: MessengerChannel,
  path: string,
): { e164: string; country?: string } | null {
  if (channel !== 'whatsapp' && channel !== 'viber' && channel !== 'zalo') return null;
  const match = NUMBER_IN_LINK_PATH.exec(path);
  const digits = match?.[1] ?? match?.[2];
  if (digits === undefined) return null;
  const homeCountry = HOME_COUNTRY[channel];
  const phone =
    digits.startsWith('0') && homeCountry !== undefined
      ? parsePhoneNumberFromString(digits, homeCountry)
      : parsePhoneNumberFromString(digits.startsWith('+') ? digits : `+${digits}`);
  if (phone === undefined || !phone.isPossible()) return null;
  return phone.country === undefined ? { e164: phone.number } : { e164: phone.number, country: phone.country };
}
