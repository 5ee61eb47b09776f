import fc from 'fast-check';
import type { CountryCode } from 'libphonenumber-js';
import { describe, expect, it } from 'vitest';
import { extractContacts } from '../../../src/extract/contacts/extract-contacts';
import type { ContactFact } from '../../../src/extract/facts';
import type { FieldText } from '../../../src/posting/field-text';
import { foldText } from '../../../src/normalise/folded-text';
import type { TextField } from '../../../src/posting/posting-schema';

const fieldOf = (original: string, field: TextField = 'description'): FieldText => ({ field, text: foldText(original) });

/** "channel=value" (with "/country" when known) for compact expectations. */
const summary = (facts: readonly ContactFact[]): string[] =>
  facts.map((fact) => `${fact.channel}=${fact.value}${fact.country === undefined ? '' : `/${fact.country}`}`);

const contactsIn = (original: string, defaultCountry?: CountryCode): string[] =>
  summary(extractContacts(fieldOf(original), defaultCountry === undefined ? {} : { defaultCountry }));

const expectExactEvidence = (original: string, facts: readonly ContactFact[]): void => {
  for (const fact of facts) expect(original.slice(fact.evidence.start, fact.evidence.end)).toBe(fact.evidence.text);
};

// Full-width forms of ASCII, as lures use them to slip past filters.
const fullWidth = (text: string): string =>
  text.replace(/[!-~]/g, (character) => String.fromCharCode(character.charCodeAt(0) + 0xfee0)).replace(/ /g, '\u3000');

describe('extractContacts: messenger handles after a label', () => {
  it.each([
    ['en', 'Interested? telegram: @hr_jobs_asia', ['telegram=@hr_jobs_asia']],
    ['en', 'TG: @kh_recruit88 for the form', ['telegram=@kh_recruit88']],
    ['en', 'Telegram hr_team_2024 (reply within 1 hour)', ['telegram=hr_team_2024']],
    ['zh', '加微信：hr_8888 了解详情', ['wechat=hr_8888']],
    ['zh', '微信号 wxid8899aa', ['wechat=wxid8899aa']],
    ['zh', '联系方式 vx: kk20231', ['wechat=kk20231']],
    ['zh', '有意者加V：job_cs99', ['wechat=job_cs99']],
    ['zh', 'QQ号 98765432，备注应聘', ['qq=98765432']],
    ['zh', '扣扣：30012345', ['qq=30012345']],
    ['th', 'ติดต่อทางไลน์ @jobbkk2', ['line=@jobbkk2']],
    ['th', 'ไอดีไลน์: somchai.work', ['line=somchai.work']],
    ['ja', 'LINE ID：tokyo_work7', ['line=tokyo_work7']],
    ['en', 'line id: somchai88', ['line=somchai88']],
    ['en', 'LINE: @jobth', ['line=@jobth']],
    ['ko', '카톡 아이디: job77 으로 연락주세요', ['kakaotalk=job77']],
    ['en', 'kakao id: hiring22', ['kakaotalk=hiring22']],
    ['en', 'Signal: sara_recruit.42', ['signal=sara_recruit.42']],
    ['id', 'Facebook: @lowongan.kerja.id', ['facebook=@lowongan.kerja.id']],
  ])('%s: %s', (_language, original, expected) => {
    expect(contactsIn(original)).toEqual(expected);
  });
});

describe('extractContacts: numbers after a label', () => {
  it('reads an international number after WhatsApp as the WhatsApp account, with its country', () => {
    const original = 'Apply now! WhatsApp +855 12 345 678';
    const facts = extractContacts(fieldOf(original));
    expect(summary(facts)).toEqual(['whatsapp=+85512345678/KH']);
    expect(facts[0]?.evidence.text).toBe('WhatsApp +855 12 345 678');
  });

  it('does not report a messenger number again as a plain phone', () => {
    expect(contactsIn('Viber: +63 917 123 4567, email jobs@example.com')).toEqual([
      'viber=+639171234567/PH',
      'email=jobs@example.com',
    ]);
  });

  it('reads a national number with the default country', () => {
    expect(contactsIn('Kirim lamaran ke WA: 0812-3456-7890', 'ID')).toEqual(['whatsapp=+6281234567890/ID']);
    expect(contactsIn('nhắn zalo 0912 345 678 để được tư vấn', 'VN')).toEqual(['zalo=+84912345678/VN']);
  });

  it('keeps a national number as digits when no default country is known', () => {
    expect(contactsIn('Kirim lamaran ke WA: 0812-3456-7890')).toEqual(['whatsapp=081234567890']);
    expect(contactsIn('liên hệ qua zalo 0912345678')).toEqual(['zalo=0912345678']);
  });

  it('shares one number among labels listed together', () => {
    expect(contactsIn('WhatsApp/Viber: +63 917 123 4567')).toEqual(['whatsapp=+639171234567/PH', 'viber=+639171234567/PH']);
    expect(contactsIn('Call or text, WA/Telp: +62 812 3456 7890')).toEqual(['whatsapp=+6281234567890/ID']);
  });

  it('reads a number followed by the messenger in brackets', () => {
    const original = 'Hotline +855 12 345 678 (WhatsApp)';
    const facts = extractContacts(fieldOf(original));
    expect(summary(facts)).toEqual(['whatsapp=+85512345678/KH']);
    expect(facts[0]?.evidence.text).toBe('+855 12 345 678 (WhatsApp)');
  });

  it('keeps a phone after "phone line" or "helpline" a phone', () => {
    expect(contactsIn('Phone line: +44 20 7946 0958')).toEqual(['phone=+442079460958/GB']);
    expect(contactsIn('24h help line +63 917 123 4567')).toEqual(['phone=+639171234567/PH']);
  });

  it('does not read a US zip code after "WA" (Washington) as a WhatsApp number', () => {
    expect(contactsIn('Our office: 400 Pine St, Seattle, WA 98101')).toEqual([]);
  });

  it('stops a digit run at a whole group so a following year is not part of the number', () => {
    expect(contactsIn('WA 0812 3456 7890 2024 batch')).toEqual(['whatsapp=081234567890']);
  });
});

describe('extractContacts: a messenger named without a handle', () => {
  it.each([
    ['en', 'Contact us on Telegram for details', ['telegram=']],
    ['en', 'Message us on Signal', ['signal=']],
    ['en', 'Send your CV to our WhatsApp', ['whatsapp=']],
    ['en', 'Questions? WhatsApp me.', ['whatsapp=']],
    ['zh', '有意者请加微信咨询', ['wechat=']],
    ['zh', '电话同微信，欢迎来电', ['wechat=']],
    ['ja', 'LINEでお問い合わせください', ['line=']],
    ['ko', '자세한 내용은 텔레그램으로 문의', ['telegram=']],
    ['vi', 'Liên hệ qua Zalo để biết thêm', ['zalo=']],
    ['id', 'Kirim CV ke WA sebelum 20 Januari', ['whatsapp=']],
    ['tl', 'Mag-message sa Viber para sa detalye', ['viber=']],
    ['th', 'สนใจติดต่อทางไลน์', ['line=']],
  ])('%s: %s', (_language, original, expected) => {
    expect(contactsIn(original)).toEqual(expected);
  });

  it('quotes the label as evidence', () => {
    const original = 'Contact us on Telegram for details';
    const [fact] = extractContacts(fieldOf(original));
    expect(fact?.evidence).toEqual({ field: 'description', start: 14, end: 22, text: 'Telegram' });
  });

  it('reads any label in the contact field', () => {
    expect(summary(extractContacts(fieldOf('WeChat', 'contact')))).toEqual(['wechat=']);
  });
});

describe('extractContacts: messenger names that are not contacts', () => {
  it.each([
    ['en', 'Experience in analog and mixed signal design; report to the line manager'],
    ['en', 'Feel free to drop us a line anytime'],
    ['en', 'Run our Facebook, Instagram and WhatsApp Business campaigns'],
    ['en', 'Familiarity with Telegram bots is a plus'],
    ['en', 'Our office: 2 Main St, Spokane, WA'],
    ['zh', '会用QQ和微信等聊天软件者优先'],
    ['zh', '负责公司微信公众号的日常更新'],
    ['zh', '欢迎来电报名，名额有限'],
    ['zh', '公司提供往返飞机票'],
    ['zh', '每天通过微信联系客户，维护老客户关系'],
    ['th', 'งานออนไลน์ ทำที่บ้านได้'],
    ['ko', '카카오 계열사 인턴 모집'],
  ])('%s: %s', (_language, original) => {
    expect(contactsIn(original)).toEqual([]);
  });
});

describe('extractContacts: links', () => {
  it('reads chat links as messenger contacts', () => {
    expect(contactsIn('Apply: t.me/asia_jobs_hr or https://t.me/+AbCdEf')).toEqual([
      'telegram=t.me/asia_jobs_hr',
      'telegram=https://t.me/+AbCdEf',
    ]);
    expect(contactsIn('line.me/ti/p/~abc123')).toEqual(['line=line.me/ti/p/~abc123']);
    expect(contactsIn('open.kakao.com/o/sAbCdE')).toEqual(['kakaotalk=open.kakao.com/o/sAbCdE']);
    expect(contactsIn('m.me/jobsph')).toEqual(['facebook=m.me/jobsph']);
  });

  it('reads the number in a WhatsApp or Zalo link in E.164', () => {
    expect(contactsIn('Chat: wa.me/85512345678')).toEqual(['whatsapp=+85512345678/KH']);
    expect(contactsIn('https://api.whatsapp.com/send?phone=639171234567')).toEqual(['whatsapp=+639171234567/PH']);
    expect(contactsIn('zalo.me/0912345678')).toEqual(['zalo=+84912345678/VN']);
  });

  it('does not add an empty label fact next to a link of the same app', () => {
    expect(contactsIn('Telegram: t.me/hr_jobs')).toEqual(['telegram=t.me/hr_jobs']);
  });

  it('reads emails and web links, keeping the case of the path', () => {
    expect(contactsIn('Email HR@Example.com or visit www.example.com/Jobs?id=7.')).toEqual([
      'email=HR@Example.com',
      'url=www.example.com/Jobs?id=7',
    ]);
    expect(contactsIn('Fill in bit.ly/3abcDEF today')).toEqual(['url=bit.ly/3abcDEF']);
  });
});

describe('extractContacts: EMSCAD masks', () => {
  it('reports masked emails, links and phones with the mask as value', () => {
    const original = 'Write to #EMAIL_0fa4b9c6d2e1# or see #URL_ddb9a1c2e3f4#, tel #PHONE_9e8d7c6b5a4f#';
    expect(contactsIn(original)).toEqual([
      'email=#EMAIL_0fa4b9c6d2e1#',
      'url=#URL_ddb9a1c2e3f4#',
      'phone=#PHONE_9e8d7c6b5a4f#',
    ]);
  });
});

describe('extractContacts: plain phones', () => {
  it('reads international numbers without a default country and national ones with it', () => {
    expect(contactsIn('Call +44 20 7946 0958 or 020 7946 0000')).toEqual(['phone=+442079460958/GB']);
    expect(contactsIn('电话：13800138000', 'CN')).toEqual(['phone=+8613800138000/CN']);
  });

  it('does not read pay, times and dates as phones', () => {
    const original = '月薪8000-15000元，工作时间8.30-17.30，于2019-03-15成立，服务客户1000000人次';
    expect(contactsIn(original, 'CN')).toEqual([]);
  });

  it('deduplicates identical spans', () => {
    const facts = extractContacts(fieldOf('Tel +855 12 345 678'));
    expect(facts).toHaveLength(1);
  });
});

describe('extractContacts: disguised text', () => {
  it('reads full-width text and quotes the original exactly', () => {
    const original = fullWidth('WhatsApp: +855 12 345 678');
    const facts = extractContacts(fieldOf(original));
    expect(summary(facts)).toEqual(['whatsapp=+85512345678/KH']);
    expect(facts[0]?.evidence.text).toBe(original);
    expectExactEvidence(original, facts);
  });

  it('reads through zero-width spaces and gives a clean value', () => {
    const original = 'Tele\u200bgram: @hr\u200b_jobs';
    const facts = extractContacts(fieldOf(original));
    expect(summary(facts)).toEqual(['telegram=@hr_jobs']);
    expectExactEvidence(original, facts);
  });

  it('finds the same WhatsApp number wherever zero-width spaces are put in', () => {
    const plain = 'WhatsApp +855 12 345 678';
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: plain.length }), { maxLength: 6 }), (positions) => {
        let disguised = plain;
        for (const position of [...positions].sort((a, b) => b - a)) {
          disguised = `${disguised.slice(0, position)}\u200b${disguised.slice(position)}`;
        }
        const facts = extractContacts(fieldOf(disguised));
        expect(summary(facts)).toEqual(['whatsapp=+85512345678/KH']);
        expectExactEvidence(disguised, facts);
      }),
    );
  });
});

describe('extractContacts: properties', () => {
  const fragments = [
    'WhatsApp', 'wa', 'Telegram', 'tg', '@', 'hr_jobs', 'line', 'LINE id', '微信', '加', 'QQ', '카톡', ':', '：', ' ',
    '+855', '12', '345', '678', '0812', '-', '.', '/', 't.me/', 'wa.me/', 'www.', 'example', '.com', 'hr@x.co',
    '#EMAIL_0fa4b9c6#', '\u200b', '\uff0b', '\uff18', 'contact us on', '咨询', '(', ')', '\n', 'é', '😀',
  ];
  const postingLike = fc.array(fc.constantFrom(...fragments), { maxLength: 40 }).map((parts) => parts.join(''));

  it('never throws and quotes every span exactly, on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (original) => {
        expectExactEvidence(original, extractContacts(fieldOf(original), { defaultCountry: 'VN' }));
      }),
      { numRuns: 300 },
    );
  });

  it('never throws and quotes every span exactly, on text built from contact fragments', () => {
    fc.assert(
      fc.property(postingLike, fc.constantFrom<CountryCode | undefined>(undefined, 'KH', 'CN'), (original, country) => {
        const facts = extractContacts(fieldOf(original), country === undefined ? {} : { defaultCountry: country });
        expectExactEvidence(original, facts);
        const keys = facts.map((fact) => `${fact.channel} ${fact.evidence.start} ${fact.evidence.end}`);
        expect(new Set(keys).size).toBe(keys.length);
      }),
      { numRuns: 300 },
    );
  });
});

describe('extractContacts: emails found from each "@"', () => {
  // The address regex as a global scan from every offset: findEmails tries it only where an address can start.
  const GLOBAL_EMAIL =
    /(?<![a-z0-9._%+-])[a-z0-9][a-z0-9._%+-]{0,63}@[a-z0-9][a-z0-9-]{0,62}(?:\.[a-z0-9][a-z0-9-]{0,62}){0,8}\.[a-z]{2,24}(?![a-z0-9-]|\.[a-z0-9])/g;
  it('finds exactly the addresses a scan from every offset finds', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', '1', '.', '@', '_', '-', '+', ' ', 'c', 'o', 'm'), maxLength: 40 });
    fc.assert(
      fc.property(text, (original) => {
        const emails = extractContacts(fieldOf(original)).filter((fact) => fact.channel === 'email');
        const expected = [...original.matchAll(GLOBAL_EMAIL)].map((match) => match[0]);
        expect(emails.map((fact) => fact.evidence.text)).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });
});
