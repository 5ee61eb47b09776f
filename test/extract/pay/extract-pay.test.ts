import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PayFact, PayPeriod } from '../../../src/extract/facts';
import { extractPay } from '../../../src/extract/pay/extract-pay';
import { foldText } from '../../../src/normalise/folded-text';

function payIn(original: string): PayFact[] {
  return extractPay({ field: 'text', text: foldText(original) });
}

interface Expected {
  min: number;
  max: number;
  currency: string | null;
  period: PayPeriod;
  /** Rough bounds for monthlyUsd.max; null when no estimate is expected. */
  monthlyUsd: readonly [number, number] | null;
}

const pay = (
  min: number,
  max: number,
  currency: string | null,
  period: PayPeriod,
  monthlyUsd: readonly [number, number] | null,
): Expected => ({ min, max, currency, period, monthlyUsd });

// Real-looking phrases from job ads and recruiter messages, each stating one amount of pay.
/** The text holds exactly this one pay, its evidence quoted from the text. */
function expectOnePay(text: string, expected: Expected): void {
  const facts = payIn(text);
  expect(facts).toHaveLength(1);
  const fact = facts[0] as PayFact;
  expect({ min: fact.min, max: fact.max, currency: fact.currency, period: fact.period }).toEqual({
    min: expected.min,
    max: expected.max,
    currency: expected.currency,
    period: expected.period,
  });
  if (expected.monthlyUsd === null) {
    expect(fact.monthlyUsd).toBeNull();
  } else {
    expect(fact.monthlyUsd?.max).toBeGreaterThanOrEqual(expected.monthlyUsd[0]);
    expect(fact.monthlyUsd?.max).toBeLessThanOrEqual(expected.monthlyUsd[1]);
  }
  expect(text.slice(fact.evidence.start, fact.evidence.end)).toBe(fact.evidence.text);
}

const CASES: readonly (readonly [string, Expected])[] = [
  // English, and English with local currencies
  ['Starting at $1.5k, paid weekly into your account', pay(1500, 1500, 'USD', 'unknown', [1000, 2000])],
  ['Salary: $1,500/month plus commission', pay(1500, 1500, 'USD', 'month', [1400, 1600])],
  ['Basic salary USD 1000-2000 per month, visa provided', pay(1000, 2000, 'USD', 'month', [1900, 2100])],
  ['Earn $800 to $1,000 for data entry work', pay(800, 1000, 'USD', 'unknown', [900, 1100])],
  ['Customer service agents, salary from 800 USD to 1,000 USD, free food', pay(800, 1000, 'USD', 'unknown', [900, 1100])],
  ['Warehouse associate, $25/hr, overtime available', pay(25, 25, 'USD', 'hour', [3500, 4500])],
  ['Compensation: $50,000 - $70,000 a year depending on experience', pay(50_000, 70_000, 'USD', 'year', [5500, 6200])],
  ['Account Manager, London, £30k + bonus', pay(30_000, 30_000, 'GBP', 'unknown', [3000, 3700])],
  ['Vergütung: €2.000 brutto', pay(2000, 2000, 'EUR', 'unknown', [2000, 2600])],
  ['Thu nhập 1.000 USD, bao ăn ở', pay(1000, 1000, 'USD', 'unknown', [900, 1100])],
  ['Pay Rate: $35-40/ hr, W2 contract', pay(35, 40, 'USD', 'hour', [5500, 7000])],
  ['earning potential of £35,000 per annum', pay(35_000, 35_000, 'GBP', 'year', [3500, 4500])],
  ['Salary range $57K to $80K', pay(57_000, 80_000, 'USD', 'unknown', [6000, 7500])],
  ['up to RM15,000 (US$3,300) per month', pay(15_000, 15_000, 'MYR', 'month', [3000, 4000])],
  ['Offer: US$900 a month, accommodation included', pay(900, 900, 'USD', 'month', [850, 950])],
  ['We pay 2000u monthly, paid in crypto', pay(2000, 2000, 'USD', 'month', [1900, 2100])],
  ['Salary 5000, negotiable', pay(5000, 5000, null, 'unknown', null)],
  // Thai, Philippine, Kenyan, Malaysian
  ['Sales staff wanted, 30,000 THB + commission', pay(30_000, 30_000, 'THB', 'unknown', [800, 1100])],
  ['Receptionist in Bangkok, 30,000 baht/month', pay(30_000, 30_000, 'THB', 'month', [800, 1100])],
  ['เงินเดือน 30,000 บาท ทำงานจันทร์-ศุกร์', pay(30_000, 30_000, 'THB', 'month', [800, 1100])],
  ['รายได้ 75,000 บาท/เดือน ไม่ต้องมีประสบการณ์', pay(75_000, 75_000, 'THB', 'month', [2000, 2600])],
  ['Call center agent ₱40,000 plus allowances', pay(40_000, 40_000, 'PHP', 'unknown', [600, 800])],
  ['Hiring! PHP 40,000 monthly, POGO company, Pasay', pay(40_000, 40_000, 'PHP', 'month', [600, 800])],
  ['Sahod: ₱10,000 kada buwan, libreng tirahan', pay(10_000, 10_000, 'PHP', 'month', [150, 200])],
  ['PHP 40,000 kada buwan, walang placement fee', pay(40_000, 40_000, 'PHP', 'month', [600, 800])],
  ['Driver needed, KSh 300,000, Dubai', pay(300_000, 300_000, 'KES', 'unknown', [2000, 2600])],
  ['Kerja di Kemboja, gaji RM 5000, tiket disediakan', pay(5000, 5000, 'MYR', 'month', [1000, 1300])],
  // Indonesian
  ['Dicari admin, gaji hingga Rp12 juta per bulan', pay(12e6, 12e6, 'IDR', 'month', [650, 800])],
  ['Gaji Rp 5.000.000/bulan + bonus', pay(5e6, 5e6, 'IDR', 'month', [280, 340])],
  ['Lowongan operator, gaji 8-10 juta, mess gratis', pay(8e6, 10e6, 'IDR', 'month', [550, 700])],
  ['Gaji Pokok 4,4 Juta + uang makan', pay(4.4e6, 4.4e6, 'IDR', 'month', [240, 300])],
  // Korean
  ['해외 고수익 1150만~1700만원 보장', pay(11.5e6, 17e6, 'KRW', 'unknown', [11_000, 13_500])],
  ['월 300만원 이상, 숙식 제공', pay(3e6, 3e6, 'KRW', 'month', [1900, 2400])],
  ['(남녀)월급+인센 월평균 1500만~3000만원', pay(15e6, 30e6, 'KRW', 'month', [19_000, 24_000])],
  ['연봉 1억 5000만원', pay(1.5e8, 1.5e8, 'KRW', 'year', [8000, 10_000])],
  // Chinese (simplified and traditional)
  ['包吃包住，轻轻松松月入过万！', pay(10_000, 10_000, 'CNY', 'month', [1200, 1600])],
  ['招聘客服，月薪2-5万，可预支', pay(20_000, 50_000, 'CNY', 'month', [6000, 8000])],
  ['打字员月薪3万', pay(30_000, 30_000, 'CNY', 'month', [3800, 4500])],
  ['薪资：10000-20000元/月', pay(10_000, 20_000, 'CNY', 'month', [2500, 3100])],
  ['日薪500，当天结算', pay(500, 500, 'CNY', 'day', [1300, 1700])],
  ['无责底薪5000+高提成', pay(5000, 5000, 'CNY', 'unknown', [600, 800])],
  ['做得好月入可达1-2万', pay(10_000, 20_000, 'CNY', 'month', [2500, 3100])],
  ['小时工时薪25元，包吃住', pay(25, 25, 'CNY', 'hour', [450, 650])],
  ['年薪30万起', pay(300_000, 300_000, 'CNY', 'year', [3000, 4000])],
  ['月薪两万，机票报销', pay(20_000, 20_000, 'CNY', 'month', [2500, 3100])],
  ['只要你有能力,服務員底薪一天100美元,包吃住', pay(100, 100, 'USD', 'day', [2000, 2400])],
  ['月薪10萬，歡迎聯繫', pay(100_000, 100_000, 'TWD', 'month', [3000, 3600])],
  ['每月工资5000元人民币', pay(5000, 5000, 'CNY', 'month', [600, 800])],
  ['底薪1500U，包食宿', pay(1500, 1500, 'USD', 'unknown', [1400, 1600])],
  // Japanese
  ['多い人は月1万ドルもらっています', pay(10_000, 10_000, 'USD', 'month', [9000, 11_000])],
  ['月給30万円以上、寮完備', pay(300_000, 300_000, 'JPY', 'month', [1800, 2300])],
  ['時給1500円、未経験歓迎', pay(1500, 1500, 'JPY', 'hour', [1400, 1900])],
  // Vietnamese
  ['Tuyển nhân viên, 20 triệu/tháng, bao ăn ở', pay(20e6, 20e6, 'VND', 'month', [650, 850])],
  ['lương cứng 15 triệu đồng + hoa hồng', pay(15e6, 15e6, 'VND', 'unknown', [500, 650])],
  ['thu nhập 500.000 - 1 triệu đồng/ngày', pay(500_000, 1e6, 'VND', 'day', [700, 950])],
  ['Việc nhẹ lương cao, lương từ 800 USD đến 1.000 USD', pay(800, 1000, 'USD', 'unknown', [900, 1100])],
  ['stable income, over VND20 million per month', pay(20e6, 20e6, 'VND', 'month', [650, 850])],
  ['Lương 1000$/tháng, bao vé máy bay', pay(1000, 1000, 'USD', 'month', [900, 1100])],
];

// Pay in every number form and period that lures and honest ads use, one language at a time.
const FORMS: readonly (readonly [string, Expected])[] = [
  // Korean: 만 원 with and without a space, 천만, 억, day pay and "+α" (plus extra)
  ['하루 일당 30만 원, 당일 지급', pay(300_000, 300_000, 'KRW', 'day', [4000, 5500])],
  ['일 급여 최대 10만 원 가능', pay(100_000, 100_000, 'KRW', 'day', [1300, 1800])],
  ['한 달에 300만원+α 벌어가세요', pay(3e6, 3e6, 'KRW', 'month', [1900, 2400])],
  ['연봉 1천만 원, 4대보험', pay(1e7, 1e7, 'KRW', 'year', [500, 700])],
  ['팀장급 연봉 1억 가능', pay(1e8, 1e8, 'KRW', 'year', [5000, 7000])],
  ['채팅 상담 월 천만 원 가능', pay(1e7, 1e7, 'KRW', 'month', [6500, 8000])],
  ['하루 오십만 원 지급', pay(5e5, 5e5, 'KRW', 'day', [7000, 9000])],
  ['연봉 일억 원 보장', pay(1e8, 1e8, 'KRW', 'year', [5000, 7000])],
  // Korean shorthand in 만 after a pay or period word: "일당 50" is 500,000 won a day
  ['일당 50 당일지급', pay(5e5, 5e5, 'KRW', 'day', [7000, 9000])],
  ['월 1000 가능, 카톡 문의', pay(1e7, 1e7, 'KRW', 'month', [6500, 8000])],
  ['건당 30 바로 지급', pay(3e5, 3e5, 'KRW', 'task', null)],
  ['일주일에 200 벌기', pay(2e6, 2e6, 'KRW', 'week', [5500, 7000])],
  // "일" and "주" as words of their own: a day's and a week's pay in 만
  ['단순 업무 일 30, 당일 정산', pay(3e5, 3e5, 'KRW', 'day', [4000, 6000])],
  ['주 300 가능, 초보 환영', pay(3e6, 3e6, 'KRW', 'week', [8000, 10_000])],
  ['매주 50 지급', pay(5e5, 5e5, 'KRW', 'week', [1500, 2000])],
  ['당일 100 지급, 초보 가능', pay(1e6, 1e6, 'KRW', 'day', [15_000, 20_000])],
  ['1회 30 지급, 운전만 하면 됨', pay(3e5, 3e5, 'KRW', 'task', null)],
  ['하루 벌이 50 이상', pay(5e5, 5e5, 'KRW', 'day', [7000, 9000])],
  // Chinese: 块/塊, ranges with 到 and a dash, pay per order
  ['日薪80到150塊，做一天結一天', pay(80, 150, 'CNY', 'day', [400, 500])],
  ['手机点赞，一單0.5—2塊，多劳多得', pay(0.5, 2, 'CNY', 'task', null)],
  ['简单刷单，每单3-5元佣金', pay(3, 5, 'CNY', 'task', null)],
  ['计件工资，2元/件，多劳多得', pay(2, 2, 'CNY', 'task', null)],
  ['月薪8000至12000元，五险一金', pay(8000, 12_000, 'CNY', 'month', [1500, 1800])],
  // Japanese: 万円, per day in several wordings, per job, open upper end
  ['日給3万円、即日払い', pay(30_000, 30_000, 'JPY', 'day', [4000, 5000])],
  ['1日で10万円稼げます', pay(100_000, 100_000, 'JPY', 'day', [14_000, 16_000])],
  ['報酬5万円、交通費別途', pay(50_000, 50_000, 'JPY', 'task', null)],
  ['日当5万円〜、詳細はDMで', pay(50_000, 50_000, 'JPY', 'day', [7000, 8000])],
  ['荷物を受け取るだけ、一件10万円〜', pay(100_000, 100_000, 'JPY', 'task', null)],
  ['時給1200円〜1500円、交通費支給', pay(1200, 1500, 'JPY', 'hour', [1500, 1800])],
  // Vietnamese: tr, triệu, củ, k and the "M" of IT ads
  ['Tuyển CTV, lương từ 2- 6 tr', pay(2e6, 6e6, 'VND', 'unknown', [200, 250])],
  ['Thu nhập 3- 10 triệu đồng/tháng, làm tại nhà', pay(3e6, 10e6, 'VND', 'month', [350, 400])],
  ['Tuyển Senior Java Developer, lương up to 35M, thưởng tháng 13', pay(35e6, 35e6, 'VND', 'unknown', [1200, 1500])],
  ['Lập trình viên React, mức lương 15-25M tùy năng lực', pay(15e6, 25e6, 'VND', 'unknown', [900, 1000])],
  ['Việc nhẹ, lương 10 củ/tháng', pay(10e6, 10e6, 'VND', 'month', [350, 400])],
  ['Làm thêm buổi tối, 300k/ngày', pay(300_000, 300_000, 'VND', 'day', [200, 300])],
  // Thai: baht word and sign, a bare number with a Thai period
  ['รับสมัครพนักงาน 400-1600 ต่อวัน', pay(400, 1600, 'THB', 'day', [1000, 1200])],
  ['รายได้ 1,000฿/วัน ทำที่บ้านได้', pay(1000, 1000, 'THB', 'day', [600, 750])],
  ['เงินเดือน 18,000 บาท มีประกันสังคม', pay(18_000, 18_000, 'THB', 'month', [500, 600])],
  // Indonesian and Malay
  ['Gaji 4,5 jt per bulan, mess disediakan', pay(4.5e6, 4.5e6, 'IDR', 'month', [250, 300])],
  ['Freelance input data Rp 150rb per hari', pay(150_000, 150_000, 'IDR', 'day', [180, 220])],
  ['Bayaran 200 ribu/hari, dibayar tunai', pay(200_000, 200_000, 'IDR', 'day', [250, 300])],
  ['Kerja kilang, gaji RM1,800 sebulan', pay(1800, 1800, 'MYR', 'month', [400, 450])],
  // Philippine
  ['Sahod ₱18,000 kada buwan, may SSS', pay(18_000, 18_000, 'PHP', 'month', [300, 350])],
  ['Call center agent 25k pesos a month', pay(25_000, 25_000, 'PHP', 'month', [400, 500])],
  // Indian: lakh, LPA, CTC
  ['Fresher BPO job, salary 3.5 LPA', pay(350_000, 350_000, 'INR', 'year', [300, 400])],
  ['CTC 6 lakhs, Bengaluru', pay(600_000, 600_000, 'INR', 'year', [550, 600])],
  ['Data entry, ₹18,000 per month', pay(18_000, 18_000, 'INR', 'month', [200, 220])],
  // English: ranges per day, "no less than", per week, bare dollars, k, per task
  ['Earn $200 to $800 a day from your phone', pay(200, 800, 'USD', 'day', [17_000, 18_000])],
  ['You will earn no less than $9,000 per month', pay(9000, 9000, 'USD', 'month', [9000, 9000])],
  ['Package handler, $600/week, start Monday', pay(600, 600, 'USD', 'week', [2500, 2700])],
  ['Earn 5k a week working from home', pay(5000, 5000, null, 'week', null)],
  ['Get $5 per like on TikTok videos', pay(5, 5, 'USD', 'task', null)],
  ['0.5 USDT per order, withdraw anytime', pay(0.5, 0.5, 'USD', 'task', null)],
  // English number words
  ['Earn two thousand dollars a week, no experience', pay(2000, 2000, 'USD', 'week', [8000, 9000])],
  ['You can make five hundred a day from home', pay(500, 500, null, 'day', null)],
  ['Paid twenty-five hundred bucks per month', pay(2500, 2500, 'USD', 'month', [2500, 2500])],
  // Errands and runs paid per trip ("一趟", "1回", "단건", "for one trip")
  ['跑腿送个东西，一趟5000元', pay(5000, 5000, 'CNY', 'task', null)],
  ['帮忙取个快递，一次3000元', pay(3000, 3000, 'CNY', 'task', null)],
  ['手机操作，日入过千', pay(1000, 1000, 'CNY', 'day', [3000, 3100])],
  ['手机点赞，日赚五百，小白可做', pay(500, 500, 'CNY', 'day', [1500, 1600])],
  ['兼職按讚，日領500', pay(500, 500, 'TWD', 'day', [300, 400])],
  ['荷物を運ぶだけ、1回5万円', pay(50_000, 50_000, 'JPY', 'task', null)],
  ['단건 20만원, 물건만 전달', pay(200_000, 200_000, 'KRW', 'task', null)],
  ['Pick up a parcel, $1000 for one trip', pay(1000, 1000, 'USD', 'task', null)],
  ['รับส่งของ ครั้งละ 2,000 บาท', pay(2000, 2000, 'THB', 'task', null)],
  // Vietnamese SMS without diacritics, and a task rate before a bare "k"
  ['luong 1tr/ngay, viec nhe', pay(1e6, 1e6, 'VND', 'day', [800, 900])],
  ['1 đơn 200k, nhận tiền ngay', pay(200_000, 200_000, 'VND', 'task', null)],
  ['Chỉ cần like video, 50k mỗi like', pay(50_000, 50_000, 'VND', 'task', null)],
  // Indonesian and Tagalog slang and signs
  ['Cuan 1 juta sehari, tanpa pengalaman', pay(1e6, 1e6, 'IDR', 'day', [1300, 1400])],
  ['P2,000 a day for simple tasks', pay(2000, 2000, 'PHP', 'day', [700, 800])],
  // Colloquial tenths after a unit ("1tr5" is 1.5 million) and a bare 万 with a period in Japanese text
  ['Lương 800k-1tr5/ngày, việc nhẹ', pay(800_000, 1_500_000, 'VND', 'day', [1200, 1300])],
  ['1日5万 即日手渡し', pay(50_000, 50_000, 'JPY', 'day', [7400, 7500])],
  // Khmer, Burmese, Lao and Hindi: their units, periods and digits
  ['ថ្ងៃមួយ 100 ដុល្លារ', pay(100, 100, 'USD', 'day', [2100, 2300])],
  ['ប្រាក់ចំណូល 400,000 រៀល ក្នុងមួយថ្ងៃ', pay(400_000, 400_000, 'KHR', 'day', [2100, 2300])],
  ['ប្រាក់ចំណូល ៤០ម៉ឺន រៀល ក្នុងមួយថ្ងៃ', pay(400_000, 400_000, 'KHR', 'day', [2100, 2300])],
  ['တစ်ရက် ကျပ် ၁သိန်း ရမယ်', pay(100_000, 100_000, 'MMK', 'day', [500, 550])],
  ['ມື້ລະ 1,000,000 ກີບ', pay(1e6, 1e6, 'LAK', 'day', [1000, 1030])],
  ['ເງິນເດືອນ 2 ລ້ານ ກີບ', pay(2e6, 2e6, 'LAK', 'month', [90, 95])],
  // SMS and chat short forms: "cu" for củ, "bln" for bulan, "gj" for gaji; a Burmese unit before its number
  // ("သိန်း ၃၀" is thirty lakh); baht, dollars and yuan named in Lao, Khmer and Burmese.
  ['luong 25 cu 1 thang', pay(25e6, 25e6, 'VND', 'month', [900, 1000])],
  ['Luong 2cu5/ngay, viec nhe', pay(2.5e6, 2.5e6, 'VND', 'day', [2000, 2200])],
  ['luong 1500 do la/thang', pay(1500, 1500, 'USD', 'month', [1400, 1600])],
  ['gaji 25jt/bln', pay(25e6, 25e6, 'IDR', 'month', [1450, 1600])],
  ['gaji 20jt perbln', pay(20e6, 20e6, 'IDR', 'month', [1150, 1300])],
  ['gj 20 jt, kerja di kamboja', pay(20e6, 20e6, 'IDR', 'unknown', [1150, 1300])],
  ['Kikitain 3k per day', pay(3000, 3000, 'PHP', 'day', [1100, 1200])],
  ['လစာ သိန်း ၃၀', pay(3e6, 3e6, 'MMK', 'month', [680, 760])],
  ['လစာ ကျပ်သိန်း ၃၀ ရမည်', pay(3e6, 3e6, 'MMK', 'month', [680, 760])],
  ['လစာ ဒေါ်လာ ၁၅၀၀', pay(1500, 1500, 'USD', 'month', [1400, 1600])],
  ['တစ်လ ဘတ် ၅၀၀၀၀', pay(50_000, 50_000, 'THB', 'month', [1500, 1600])],
  ['ເງິນເດືອນ 40,000 ບາດ', pay(40_000, 40_000, 'THB', 'month', [1200, 1300])],
  ['ប្រាក់ខែ 30000 បាត', pay(30_000, 30_000, 'THB', 'month', [900, 960])],
  ['रोज़ ₹3000 कमाएं', pay(3000, 3000, 'INR', 'day', [750, 800])],
  ['2 लाख महीना, घर बैठे', pay(200_000, 200_000, 'INR', 'month', [2300, 2400])],
  ['प्रति दिन 5000 रुपये', pay(5000, 5000, 'INR', 'day', [1250, 1300])],
  // Hinglish units, keywords and rupees ("50 hazar", "kamai", "rupaye", "rs" after the sum).
  ['kamai 50 hazar per month', pay(50_000, 50_000, 'INR', 'month', [550, 600])],
  ['3000 rupaye daily, ghar se', pay(3000, 3000, 'INR', 'day', [750, 800])],
  ['500 rs per task, ghar se', pay(500, 500, 'INR', 'task', null)],
];

// Numbers near these forms that are not pay, or too vague to be.
const NOT_PAY_FORMS: readonly string[] = [
  '장값 200 받고 시작',
  '천만에요, 언제든 연락 주세요',
  '4월1일 10명 모집',
  '3월 10일 출국',
  '주 5일 근무',
  '주 5일 근무, 일 8시간',
  '토요일 50명 모집',
  '근무일 20일 이상',
  '일 3회 배송',
  '당일 3시간 근무',
  '제1회 채용 설명회 50명',
  '하루 8시간 근무',
  'ทำงาน 8 ชั่วโมงต่อวัน',
  'We hire five hundred people a year',
  'One of the two thousand stores in our chain',
  'Salary review in 2024 for all staff',
  'Our office serves 20 million users per month',
];

describe('extractPay: every number form and period', () => {
  it.each(FORMS)('reads %j', expectOnePay);

  it.each(NOT_PAY_FORMS)('finds no pay in %j', (text) => {
    expect(payIn(text)).toEqual([]);
  });

  it('reads "만 원" with or without a space and "만원" ranges alike', () => {
    const spaced = payIn('월 250만 원');
    const joined = payIn('월 250만원');
    expect(spaced.map((fact) => [fact.max, fact.currency, fact.period])).toEqual([[2.5e6, 'KRW', 'month']]);
    expect(joined.map((fact) => [fact.max, fact.currency, fact.period])).toEqual([[2.5e6, 'KRW', 'month']]);
  });

  it('leaves "M" without a currency outside Vietnamese text', () => {
    expect(payIn('Salary up to 35M').map((fact) => fact.currency)).toEqual([null]);
  });
});

describe('extractPay', () => {
  it.each(CASES)('reads %j', expectOnePay);

  it('quotes the whole statement, keyword and period included', () => {
    expect(payIn('待遇：月薪2-5万，包吃住').map((fact) => fact.evidence.text)).toEqual(['月薪2-5万']);
    expect(payIn('Pay: $3,000 - $4,500 per month + bonus').map((fact) => fact.evidence.text)).toEqual([
      'Pay: $3,000 - $4,500 per month',
    ]);
    expect(payIn('Lương 20 triệu/tháng.').map((fact) => fact.evidence.text)).toEqual(['Lương 20 triệu/tháng']);
  });

  it('finds every amount in a longer ad', () => {
    const ad =
      'Tuyển gấp 20 nhân viên CSKH làm việc tại Campuchia. Lương cứng 15 triệu đồng, thưởng 5 triệu/tháng. ' +
      'Liên hệ Zalo 0912 345 678. Yêu cầu 18-35 tuổi.';
    const facts = payIn(ad);
    expect(facts.map((fact) => [fact.min, fact.currency])).toEqual([
      [15e6, 'VND'],
      [5e6, 'VND'],
    ]);
  });

  it('marks the upper bound of a range written only once for both ends', () => {
    expect(payIn('15-30 million won a month')[0]).toMatchObject({ min: 15e6, max: 30e6, currency: 'KRW', period: 'month' });
    expect(payIn('gaji 1,5 - 2 jt per minggu')[0]).toMatchObject({ min: 1.5e6, max: 2e6, currency: 'IDR', period: 'week' });
  });

  it('reads a number with no currency after a pay keyword, with no currency', () => {
    const [fact] = payIn('Salary: 20k-40k depending on experience');
    expect(fact).toMatchObject({ min: 20_000, max: 40_000, currency: null, period: 'unknown', monthlyUsd: null });
  });

  it('leaves the currency open when a keyword implies one but the amount cannot be in it', () => {
    // 800 dong is three US cents: the 800 is dollars, but the ad does not say so.
    expect(payIn('lương 800 mỗi tháng')[0]).toMatchObject({ min: 800, currency: null, period: 'month' });
  });
});

describe('extractPay on honest ads', () => {
  // Sentences from honest job ads, full of numbers that are not pay.
  const SENTENCES = [
    'We offer a 401k with 4% match, dental and vision insurance.',
    'Requirements: 2+ years of experience with React and 3-5 years in a customer-facing role.',
    'Our platform serves 10,000 customers in 35 countries.',
    'Founded in 1999, the company now employs 250 people across 12 offices.',
    'Support is available 24/7; shifts run 9:00-17:30, Monday to Friday.',
    'Applicants must be aged 18-35 and able to lift 50 pounds.',
    'Call us on +1 415 555 0134 or visit us at 1200 Market Street, Suite 400, San Francisco, CA 94103.',
    'Paid time off: 25 days per year plus 8 bank holidays.',
    'We raised $20 million in Series B funding last year.',
    'A $2 billion company with 5,000 employees.',
    'Sales in excess of £100m a year and 500,000 products.',
    'Experience with CAD 2020 and PHP 7.4 is a plus.',
    'Our 13 stores saw 1.2 million visitors in 2023.',
    'Benefits: 13th month pay, HMO from day 1, 15 days leave.',
    'Version 2.5.1 was released on 12/05/2024 at 10.30.',
    'Position open until 31 December 2024, apply with reference no. 4471.',
    'Yêu cầu: nam/nữ 18-35 tuổi, kinh nghiệm 2 năm, làm việc 8 tiếng/ngày.',
    'Syarat: usia 18-30 tahun, pendidikan minimal S1, pengalaman 2 tahun.',
    '要求：年龄18-35岁，工作经验3年以上，每周工作5天。',
    '모집 인원 3명, 나이 20세 이상, 근무 시간 9시-18시.',
    'No fees charged. There is no registration fee of $50 or deposit of $200 at any stage.',
    'Subscribe for £1 and get 50% off your first order.',
  ];

  it.each(SENTENCES)('finds no pay in %j', (sentence) => {
    expect(payIn(sentence)).toEqual([]);
  });
});

describe('extractPay evidence', () => {
  it('quotes full-width digits exactly from the original text', () => {
    const original = '招聘：月薪３万，包吃住';
    const [fact] = payIn(original);
    expect(fact).toMatchObject({ min: 30_000, max: 30_000, currency: 'CNY', period: 'month' });
    expect(fact?.evidence.text).toBe('月薪３万');
    expect(original.slice(fact?.evidence.start, fact?.evidence.end)).toBe('月薪３万');
  });

  it('quotes a full-width dollar amount with its zero-width spaces', () => {
    const original = 'Salary: ＄１，５００\u200b／month, visa free';
    const [fact] = payIn(original);
    expect(fact).toMatchObject({ min: 1500, currency: 'USD', period: 'month' });
    expect(fact?.evidence.text).toBe('Salary: ＄１，５００\u200b／month');
  });

  it('quotes Vietnamese text with zero-width spaces inside the amount', () => {
    const original = 'Tuyển gấp! lương 2\u200b0 tri\u200bệu/tháng';
    const [fact] = payIn(original);
    expect(fact).toMatchObject({ min: 20e6, currency: 'VND', period: 'month' });
    expect(fact?.evidence.text).toBe('lương 2\u200b0 tri\u200bệu/tháng');
  });

  it('quotes decomposed Vietnamese from the original', () => {
    const original = 'lu\u031bo\u031bng 15 trie\u0323\u0302u đồng';
    const [fact] = payIn(original);
    expect(fact).toMatchObject({ min: 15e6, currency: 'VND' });
    expect(fact?.evidence.text).toBe(original);
  });

  it('reads bare numbers in the salary field of a structured posting as pay', () => {
    const [fact] = extractPay({ field: 'salary', text: foldText('20000-28000') });
    expect(fact).toMatchObject({ min: 20_000, max: 28_000, currency: null, period: 'unknown' });
    expect(extractPay({ field: 'description', text: foldText('20000-28000') })).toEqual([]);
    expect(extractPay({ field: 'salary', text: foldText('09-Dec') })).toEqual([]);
  });

  it('reports the field it was given', () => {
    const [fact] = extractPay({ field: 'salary', text: foldText('$1,200 / month') });
    expect(fact?.evidence).toEqual({ field: 'salary', start: 0, end: 14, text: '$1,200 / month' });
  });
});

// Pay statements assembled from pieces in several languages, mixed with noise, so that the properties see many facts.
const maybe = (...pieces: string[]) => fc.constantFrom('', ...pieces);
const numberPiece = fc.constantFrom('1', '25', '800', '1,500', '1.000', '5.000.000', '2.5', '１２', '３', '10000', '0912', '两');
const unitPiece = maybe('k', ' million', ' juta', ' triệu', '만', '万', '萬', '千', ' หมื่น');
const statement = fc
  .tuple(
    maybe('salary ', 'lương ', 'gaji ', '月薪', '月入过', '월 ', '월급 ', 'เงินเดือน ', '時給', 'fee ', 'raised ', '底薪一天'),
    maybe('$', 'US$', 'USD ', '€', '£', '¥', '₱', 'Rp', 'RM ', '฿', '₩'),
    numberPiece,
    unitPiece,
    fc.option(fc.tuple(fc.constantFrom('-', ' - ', '~', ' to ', ' đến ', '至', '–', ' to $'), numberPiece, unitPiece), { nil: undefined }),
    maybe('元', '원', '円', ' baht', ' đồng', ' USD', 'u', 'ドル', '美元', '$'),
    maybe('/month', ' per hour', '/tháng', '/月', ' a year', ' weekly', '/bulan', ' pm', ' years', '岁', '%', '+'),
  )
  .map(([keyword, prefix, number, unit, upper, suffix, period]) =>
    [keyword, prefix, number, unit, ...(upper ?? []), suffix, period].join(''),
  );
const noise = fc.constantFrom(' ', '\u200b', ', ', '. ', '(', ')', 'a', '\u0301', '\n', 'x1', '/', ':');
const payLikeText = fc.array(fc.oneof(statement, noise), { maxLength: 12 }).map((pieces) => pieces.join(''));

function checkFacts(original: string): void {
  for (const fact of payIn(original)) {
    expect(original.slice(fact.evidence.start, fact.evidence.end)).toBe(fact.evidence.text);
    expect(fact.min).toBeLessThanOrEqual(fact.max);
    expect(Number.isFinite(fact.min) && Number.isFinite(fact.max)).toBe(true);
    if (fact.monthlyUsd !== null) {
      expect(Number.isFinite(fact.monthlyUsd.min) && Number.isFinite(fact.monthlyUsd.max)).toBe(true);
      expect(fact.monthlyUsd.min).toBeLessThanOrEqual(fact.monthlyUsd.max);
      expect(fact.currency).not.toBeNull();
    }
  }
}

describe('extractPay properties', () => {
  it('never throws on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => void payIn(text)));
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => void payIn(text)));
  });

  it('keeps every invariant on pay-like text', () => {
    let withFacts = 0;
    fc.assert(
      fc.property(payLikeText, (text) => {
        if (payIn(text).length > 0) withFacts++;
        checkFacts(text);
      }),
      { numRuns: 500 },
    );
    // The generator must actually exercise the parser.
    expect(withFacts).toBeGreaterThan(150);
  });

  it('keeps every invariant on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), checkFacts));
  });

  it('reads any whole-dollar monthly amount written with thousands separators', () => {
    fc.assert(
      fc.property(fc.integer({ min: 20, max: 9_999_999 }), (amount) => {
        const text = `Salary: $${amount.toLocaleString('en-US')}/month`;
        const facts = payIn(text);
        expect(facts).toHaveLength(1);
        expect(facts[0]).toMatchObject({ min: amount, max: amount, currency: 'USD', period: 'month' });
      }),
    );
  });

  it('reads the same amounts whatever zero-width characters are scattered in the text', () => {
    const statements = ['月薪2-5万', 'Rp12 juta per bulan', '$1,500/month', '월 300만원', '20 triệu/tháng'];
    fc.assert(
      fc.property(fc.constantFrom(...statements), fc.infiniteStream(fc.boolean()), (statement, coins) => {
        const noisy = [...statement].map((char) => (coins.next().value ? `${char}\u200b` : char)).join('');
        const clean = payIn(statement).map(({ min, max, currency, period }) => ({ min, max, currency, period }));
        const read = payIn(noisy).map(({ min, max, currency, period }) => ({ min, max, currency, period }));
        expect(read).toEqual(clean);
        checkFacts(noisy);
      }),
    );
  });

  it('stays fast on long, adversarial input', () => {
    const inputs = ['1,'.repeat(20_000), '一'.repeat(50_000), '$1 to '.repeat(10_000), '1 000'.repeat(10_000)];
    for (const input of inputs) {
      const started = performance.now();
      payIn(input);
      expect(performance.now() - started).toBeLessThan(2000);
    }
  });
});

describe('extractPay passes over bare numbers quickly, and only them', () => {
  const read = (text: string, field: 'description' | 'salary' = 'description') =>
    extractPay({ field, text: foldText(text) }).map((pay) => [pay.min, pay.max, pay.currency, pay.period]);

  it('reads no pay in a wall of fractions or spaced digits', () => {
    expect(read('½'.repeat(2_000))).toEqual([]);
    expect(read('1 '.repeat(2_000))).toEqual([]);
  });

  it('still reads a bare number made pay by what follows or precedes it, or by the salary field', () => {
    expect(read('Earn 20 - 30 USD per hour')).toEqual([[20, 30, 'USD', 'hour']]);
    expect(read('lương 15 triệu/tháng')).toEqual([[15_000_000, 15_000_000, 'VND', 'month']]);
    expect(read('20000-28000', 'salary')).toEqual([[20_000, 28_000, null, 'unknown']]);
  });
});
