import { LATIN_LETTER_CLASS, alternationSource, endsWithLatinLetter, lastUnits, mayEndBefore } from './lexicon-pattern';

/**
 * Context that shows a number is not pay. Honest ads are full of numbers next to words that are not money
 * ("2+ years", "10,000 customers", "18-35岁", "50%") and amounts of money that nobody is paid ("$200 registration
 * fee", "raised $20 million", "a $5 billion company").
 */

/** Units that, right after a number with no currency, make it a count, an age, a duration or a size. */
const COUNT_UNITS = [
  // English
  ...['years', 'year', 'yrs', 'yr', 'yo', 'y.o.', 'months', 'month', 'weeks', 'week', 'days', 'day', 'hours', 'hour'],
  ...['hrs', 'hr', 'minutes', 'minute', 'mins', 'min', 'seconds', 'secs', 'sec', '%', 'percent', 'pct', 'people'],
  ...['persons', 'person', 'pax', 'employees', 'employee', 'staff', 'members', 'member', 'customers', 'clients'],
  ...['users', 'students', 'countries', 'cities', 'locations', 'offices', 'stores', 'branches', 'languages'],
  ...['positions', 'position', 'vacancies', 'openings', 'slots', 'seats', 'times', 'x', 'sq', 'sqm', 'km', 'kg'],
  ...['cm', 'mm', 'lbs', 'lb', 'pounds', 'am', 'a.m.', 'st', 'nd', 'rd', 'th', 'gb', 'mb', 'projects', 'shifts'],
  // Chinese / Japanese
  ...['岁', '歲', '歳', '人', '名', '个', '個', '位', '年', '月', '日', '号', '號', '天', '小时', '小時', '时', '時'],
  ...['点', '點', '次', '家', '间', '間', '套', '平', '米', '公里', '分钟', '分鐘', '分', '秒', '倍', '层', '層'],
  ...['楼', '樓', '届', '屆', '期', '周', '週', '条', '條', '项', '項', '张', '張', '台', '辆', '輛', '件', '本'],
  ...['岗', '崗', '回', '社', '店', '%'],
  // Korean
  ...['세', '살', '명', '개', '년', '월', '일', '시', '시간', '분', '차', '주', '회', '층', '곳', '등', '호', '개월'],
  // Vietnamese, Indonesian / Malay, Tagalog, Thai
  ...['tuổi', 'năm', 'tháng', 'ngày', 'giờ', 'phút', 'người', 'lần', 'tahun', 'bulan', 'hari', 'jam', 'menit'],
  ...['orang', 'kali', 'posisi', 'taon', 'buwan', 'araw', 'oras', 'tao', 'ปี', 'คน', 'วัน', 'เดือน', 'ชั่วโมง'],
  ...['ครั้ง', 'ตำแหน่ง', 'อัตรา', 'นาที'],
];

// "2+ years", "3 - 5 years": a plus sign may sit between the number and the unit.
const COUNT_UNIT_AT = new RegExp(`( ?\\+? ?)(${alternationSource(COUNT_UNITS)})`, 'y');
const LATIN_AFTER = new RegExp(`^[${LATIN_LETTER_CLASS}]`);

/** True when a unit of counting follows the number that ends at `position`. */
export function isFollowedByCountUnit(folded: string, position: number): boolean {
  COUNT_UNIT_AT.lastIndex = position;
  const found = COUNT_UNIT_AT.exec(folded);
  if (found === null) return false;
  const unit = found[2] ?? '';
  const end = position + found[0].length;
  return !(endsWithLatinLetter(unit) && LATIN_AFTER.test(folded.slice(end, end + 1)));
}

/** Words that, just before an amount, make it a payment the worker makes or a company figure. */
const NOT_PAY_BEFORE = new Set([
  ...['fee', 'fees', 'deposit', 'deposits', 'cost', 'costs', 'price', 'prices', 'priced', 'charge', 'charges'],
  ...['charged', 'fine', 'fined', 'penalty', 'penalties', 'raised', 'revenue', 'revenues', 'turnover', 'funding'],
  ...['funded', 'valuation', 'valued', 'worth', 'budget', 'budgets', 'sales', 'invested', 'investment', 'investments'],
  ...['capital', 'assets', 'loan', 'loans', 'donation', 'donations', 'donate', 'spend', 'spent', 'tuition', 'rent'],
  ...['phí', 'cọc', 'biaya', 'denda', 'harga', 'pinjaman', 'bayad', 'singil', 'multa', 'ransom', 'target', 'quota'],
  ...['win', 'won', 'winning', 'prize', 'claim', 'reward', 'jackpot', 'voucher', 'chuộc', 'tebusan'],
]);
/** Words that may stand between such a word and the amount: "a fee of about $200". */
const SOFT_WORDS = new Set([
  ...['of', 'is', 'at', 'about', 'around', 'approximately', 'approx', 'over', 'only', 'just', 'the', 'a', 'an'],
  ...['total', 'nearly', 'almost', 'more', 'than', 'up', 'to', 'us', 'usd', 'eur', 'rp', 'rm', 'php', 'sebesar', 'là'],
  ...['in', 'excess', 'exceeding', 'well', 'some', 'roughly', 'annual', 'yearly', 'annually', 'gross', 'net'],
]);
const NOT_PAY_AFTER = new Set([
  ...['fee', 'fees', 'deposit', 'registration', 'company', 'companies', 'business', 'businesses', 'industry'],
  ...['market', 'revenue', 'funding', 'round', 'investment', 'investments', 'budget', 'loan', 'loans', 'worth'],
  ...['valuation', 'startup', 'enterprise', 'fund', 'discount', 'off', 'voucher', 'vouchers', 'gift', 'rent'],
  ...['tuition', 'phí', 'biaya', 'cọc', 'project', 'contract', 'deal', 'sale', 'sales', 'cost', 'costs', 'profit'],
  ...['profits', 'grant', 'grants', 'award', 'prize', 'price', 'purchase', 'order', 'orders', 'mortgage', 'ransom'],
  ...['release', 'jackpot', 'penalty', 'fine'],
]);
/** Two words after the amount that make it a company figure: "$20 million in funding", "$4250 gross profit". */
const NOT_PAY_AFTER_LEAD = new Set(['in', 'of', 'gross', 'net', 'annual', 'total', 'yearly', 'monthly']);
const NOT_PAY_AFTER_OBJECT = new Set([
  ...['funding', 'revenue', 'revenues', 'sales', 'assets', 'investment', 'investments', 'capital', 'grants'],
  ...['venture', 'seed', 'series', 'financing', 'annual', 'fees', 'debt', 'orders', 'gross', 'profit', 'profits'],
  ...['margin', 'margins', 'turnover'],
]);

const OTHER_NOT_PAY_BEFORE = [
  ...['押金', '保证金', '保證金', '手续费', '手續費', '中介费', '中介費', '费用', '費用', '费', '費', '营业额', '營業額'],
  ...['融资', '融資', '投资', '投資', '预算', '預算', '价格', '價格', '售价', '售價', '보증금', '수수료', '비용', '매출'],
  ...['투자', '手数料', '売上', 'ค่าธรรมเนียม', 'ค่ามัดจำ', 'ราคา', '支出', '花费', '花費', '捐款', '捐赠', '捐贈'],
  ...['注册资金', '註冊資金', '注册资本', '註冊資本', '资产', '資產', '产值', '產值', '销售额', '銷售額', '营收', '營收'],
  ...['房价', '房價', '均价', '均價', '价值', '價值', '市值', '规模', '規模', '赎金', '贖金', '业绩', '業績', '目标', '目標'],
];
// "支出达432万元", "注册资本为500万": a short linking word may sit between.
const OTHER_LINKS = ['达', '達', '了', '约', '約', '共', '为', '為', '高达', '高達', '超过', '超過', '近', '逾'];
const OTHER_NOT_PAY_BEFORE_AT_END = new RegExp(
  `(?:${alternationSource(OTHER_NOT_PAY_BEFORE)})(?:${alternationSource(OTHER_LINKS)})?[ :：]{0,2}$`,
);
const OTHER_NOT_PAY_BEFORE_LAST = lastUnits([...OTHER_NOT_PAY_BEFORE, ...OTHER_LINKS]);
const OTHER_NOT_PAY_AFTER = ['押金', '保证金', '保證金', '手续费', '手續費', '中介费', '中介費', '的押金', '보증금', '수수료'];
const OTHER_NOT_PAY_AFTER_AT = new RegExp(` ?(?:${alternationSource([...OTHER_NOT_PAY_AFTER, 'ค่าธรรมเนียม'])})`, 'y');
const NON_LATIN = new RegExp(`[^${LATIN_LETTER_CLASS}]+`);
const NON_LATIN_OR_SPACE_BREAK = new RegExp(`[^${LATIN_LETTER_CLASS} ]`);
const ONLY_SPACE = /^ ?$/;
const WINDOW = 32;

/** Latin words of `text`, dropping a word cut off at the window edge. */
function latinWords(text: string, cutAtStart: boolean, cutAtEnd: boolean): string[] {
  const words = text.split(NON_LATIN).filter((word) => word.length > 0);
  if (cutAtStart && text.length > 0 && !NON_LATIN.test(text.slice(0, 1))) words.shift();
  if (cutAtEnd && text.length > 0 && !NON_LATIN.test(text.slice(-1))) words.pop();
  return words;
}

/** True when the amount at [start, end) is a fee, a price, or a company figure rather than pay. */
export function hasNotPayContext(folded: string, start: number, end: number): boolean {
  const beforeStart = Math.max(0, start - WINDOW);
  const before = folded.slice(beforeStart, start);
  if (mayEndBefore(folded, start, OTHER_NOT_PAY_BEFORE_LAST, ' :：', 2) && OTHER_NOT_PAY_BEFORE_AT_END.test(before)) return true;
  const wordsBefore = latinWords(before, beforeStart > 0, false);
  for (let index = wordsBefore.length - 1; index >= 0; index--) {
    const word = wordsBefore[index] ?? '';
    if (NOT_PAY_BEFORE.has(word)) return true;
    if (!SOFT_WORDS.has(word)) break;
  }

  OTHER_NOT_PAY_AFTER_AT.lastIndex = end;
  if (OTHER_NOT_PAY_AFTER_AT.test(folded)) return true;
  const after = folded.slice(end, end + WINDOW);
  if (!ONLY_SPACE.test(after.slice(0, 1))) return false;
  // Only words right after the amount count, not ones after a comma or a full stop.
  const firstBreak = after.search(NON_LATIN_OR_SPACE_BREAK);
  const clause = firstBreak < 0 ? after : after.slice(0, firstBreak);
  const wordsAfter = latinWords(clause, false, end + WINDOW < folded.length && firstBreak < 0);
  const first = wordsAfter[0];
  if (first === undefined) return false;
  if (NOT_PAY_AFTER.has(first)) return true;
  const second = wordsAfter[1];
  return NOT_PAY_AFTER_LEAD.has(first) && second !== undefined && NOT_PAY_AFTER_OBJECT.has(second);
}
