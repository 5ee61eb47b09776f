/**
 * Places that matter for judging a job posting: the scam-compound hubs and their countries, the capitals that job
 * ads name, and the big honest-job countries, so that a phone number or a route can be compared with where the
 * job is said to be.
 *
 * `names` are folded like the text (lower case, NFKC) before matching; spaces also match a hyphen or nothing
 * ("hong kong", "hong-kong", "hongkong"). Latin names match whole words only; katakana, Hangul, Han and Thai
 * names get script-specific guards (see extract-places.ts), e.g. "タイ" not inside "タイプ", "태국" not in
 * "태국어" (the Thai language), "泰国" not in "泰国人" (Thai people). `patterns` are RegExp sources for names
 * that need more context than that.
 */
export interface GazetteerEntry {
  /** Canonical English name. */
  name: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** A known scam-compound hub or transit point. */
  hub: boolean;
  names: readonly string[];
  /** Latin RegExp sources, matched as whole words like `names`. */
  wordPatterns?: readonly string[];
  /**
   * RegExp sources in other scripts that carry their own guards. Each starts with a literal character (put a
   * look-behind after it, not before) so that the matcher can skip ahead on the first character.
   */
  patterns?: readonly string[];
}

/**
 * Scam-compound hubs and the transit towns next to them, from ../shared/indicators.md `dest.sea_hotspot`:
 * "Cambodia: Sihanoukville, Phnom Penh, Poipet, Bavet/Svay Rieng. Myanmar: Myawaddy, KK Park, Shwe Kokko, Shan
 * State, 'Thai border'. Laos: Golden Triangle SEZ. ... Thailand (Mae Sot, Mae Sai) as transit."
 * Sources: [AI-25] [UNODC-23] [INT-25] [TH-MFA] [TH-MFA22] [PH-DMW-d] [KE-EMB24].
 * Phnom Penh is named there too but is a capital with a large honest job market, so it is a city (hub: false).
 * Tachileik, Laukkai/Kokang and Wa State are in Shan State; "Northern Myanmar" (缅北, the usual Chinese name for the
 * Shan and Kachin border zone) is our addition, not a cue from indicators.md. Non-Latin spellings are ours.
 * Mae Sot and Mae Sai are in Thailand but are the crossing points to Myawaddy and Tachileik, hence hub: true.
 */
export const HUBS: readonly GazetteerEntry[] = [
  {
    // Before Myanmar and Thailand: "Thai-Myanmar border" is one place, and on the Myanmar side.
    name: 'Thai-Myanmar border',
    country: 'MM',
    hub: true,
    names: ['泰缅边境', '缅泰边境', '泰緬邊境', '緬泰邊境', '缅甸边境', '緬甸邊境', 'ชายแดนพม่า', 'ชายแดนเมียนมา', 'biên giới myanmar'],
    wordPatterns: ['(?:thai(?:land)?[ -]?(?:myanmar|burma)|(?:myanmar|burma)[ -]?thai(?:land)?|myanmar|burma|thai) border'],
    patterns: ['ชายแดนไทย ?[-–]? ?(?:พม่า|เมียนมาร?์?)'],
  },
  {
    name: 'Sihanoukville',
    country: 'KH',
    hub: true,
    names: [
      'sihanoukville', 'sihanouk ville', 'preah sihanouk', 'sihanouk', 'kampong som', 'kompong som',
      '西哈努克港', '西哈努克', '시아누크빌', 'シアヌークビル', 'สีหนุวิลล์',
    ],
    // 西港 ("West Port") is the everyday Chinese name; not inside 广西港口 ("Guangxi port").
    patterns: ['西(?<![广廣]西)港(?![口区區湾灣])'],
  },
  { name: 'Bavet', country: 'KH', hub: true, names: ['bavet', '巴域', '巴韦', '巴韋', '바벳', 'バベット', 'บาเวต'] },
  { name: 'Svay Rieng', country: 'KH', hub: true, names: ['svay rieng', '柴桢', '柴楨', '스바이리엥'] },
  { name: 'Poipet', country: 'KH', hub: true, names: ['poipet', '波贝', '波貝', '포이펫', 'ポイペト', 'ปอยเปต'] },
  {
    name: 'Myawaddy',
    country: 'MM',
    hub: true,
    names: ['myawaddy', 'myawadi', '妙瓦底', '먀와디', 'ミャワディ', 'เมียวดี'],
  },
  { name: 'KK Park', country: 'MM', hub: true, names: ['kk park', 'kk园区', 'kk園區', 'kk 园区', 'kk 園區', 'kk파크'] },
  {
    name: 'Shwe Kokko',
    country: 'MM',
    hub: true,
    names: ['shwe kokko', 'yatai new city', '亚太新城', '亞太新城', '水沟谷', '水溝谷', '쉐코코', '쉐꼬꼬'],
  },
  {
    name: 'Golden Triangle SEZ',
    country: 'LA',
    hub: true,
    names: [
      'golden triangle special economic zone', 'golden triangle sez', 'golden triangle', 'tonpheung', 'ton pheung',
      'bokeo', 'kings romans', 'tam giác vàng', '金三角', '金木棉', '골든트라이앵글', '골든 트라이앵글',
      'ゴールデントライアングル', 'สามเหลี่ยมทองคำ',
    ],
  },
  { name: 'Mae Sot', country: 'TH', hub: true, names: ['mae sot', 'แม่สอด', '湄索', '메솟', 'メーソート'], patterns: ['美索(?!不达米亚|不達米亞)'] },
  { name: 'Mae Sai', country: 'TH', hub: true, names: ['mae sai', 'แม่สาย', '美赛', '美賽', '湄赛', '湄賽', '매사이'] },
  { name: 'Tachileik', country: 'MM', hub: true, names: ['tachileik', 'tachilek', '大其力', 'ท่าขี้เหล็ก', '타칠레익'] },
  {
    name: 'Laukkai',
    country: 'MM',
    hub: true,
    names: ['laukkai', 'laukkaing', 'kokang', '라우카이', '코캉'],
    // 果敢 (Kokang) is also the adjective "resolute" (性格果敢): only with a place word around it.
    patterns: ['果(?<=(?:[在去到赴往]|缅甸|緬甸|缅北|緬北)果)敢|果敢(?=自治|特区|特區|地区|地區|老街|园区|園區)'],
  },
  { name: 'Wa State', country: 'MM', hub: true, names: ['wa state', '佤邦'] },
  { name: 'Shan State', country: 'MM', hub: true, names: ['shan state', '掸邦', '撣邦', 'รัฐฉาน', '샨주'] },
  { name: 'Northern Myanmar', country: 'MM', hub: true, names: ['northern myanmar', 'north myanmar', '缅北', '緬北'] },
];

/** Capitals and big cities that lures and honest ads name; not hubs. */
export const CITIES: readonly GazetteerEntry[] = [
  { name: 'Phnom Penh', country: 'KH', hub: false, names: ['phnom penh', 'phnôm pênh', '金边', '金邊', '프놈펜', 'プノンペン', 'พนมเปญ'] },
  { name: 'Bangkok', country: 'TH', hub: false, names: ['bangkok', 'băng cốc', '曼谷', '방콕', 'バンコク', 'กรุงเทพ'] },
  { name: 'Manila', country: 'PH', hub: false, names: ['metro manila', 'manila', '马尼拉', '馬尼拉', '마닐라', 'マニラ', 'มะนิลา'] },
  { name: 'Yangon', country: 'MM', hub: false, names: ['yangon', 'rangoon', '仰光', '양곤', 'ヤンゴン', 'ย่างกุ้ง'] },
  { name: 'Vientiane', country: 'LA', hub: false, names: ['vientiane', 'viêng chăn', '永珍', '비엔티안', 'ビエンチャン', 'เวียงจันทน์'] },
  { name: 'Kuala Lumpur', country: 'MY', hub: false, names: ['kuala lumpur', '吉隆坡', '쿠알라룸푸르', 'クアラルンプール', 'กัวลาลัมเปอร์'] },
  { name: 'Jakarta', country: 'ID', hub: false, names: ['jakarta', '雅加达', '雅加達', '자카르타', 'ジャカルタ', 'จาการ์ตา'] },
  { name: 'Hanoi', country: 'VN', hub: false, names: ['hanoi', 'hà nội', 'ha noi', '河内', '河內', '하노이', 'ハノイ', 'ฮานอย'] },
  {
    name: 'Ho Chi Minh City',
    country: 'VN',
    hub: false,
    names: ['ho chi minh city', 'hồ chí minh', 'ho chi minh', 'tp.hcm', 'tp hcm', 'saigon', 'sài gòn', 'sai gon', '胡志明市', '호찌민', '호치민', 'ホーチミン', 'โฮจิมินห์'],
  },
  { name: 'Dubai', country: 'AE', hub: false, names: ['dubai', '迪拜', '杜拜', '두바이', 'ドバイ', 'ดูไบ'] },
];

/** Countries. Ambiguous short names are left out or guarded: see the comments. */
export const COUNTRIES: readonly GazetteerEntry[] = [
  {
    name: 'Cambodia',
    country: 'KH',
    hub: false,
    names: ['cambodia', 'kemboja', 'campuchia', 'cam pu chia', 'kampuchea', 'cambodge', 'kambodya', '柬埔寨', '캄보디아', 'カンボジア', 'กัมพูชา'],
    // Indonesian "kamboja" is also the frangipani flower and a common street name (Jl. Kamboja).
    wordPatterns: ['(?<!bunga |kembang |jl\\. ?|jln\\.? ?|jalan |gg\\. ?|gang |perum |blok )kamboja'],
  },
  {
    name: 'Myanmar',
    country: 'MM',
    hub: false,
    names: ['myanmar', 'burma', 'miến điện', 'mien dien', '缅甸', '緬甸', '미얀마', 'ミャンマー', 'เมียนมาร์', 'เมียนมา', 'พม่า'],
  },
  {
    name: 'Laos',
    country: 'LA',
    hub: false,
    names: ['laos', 'lao pdr', '老挝', '老撾', '寮國', '寮国', '라오스', 'ラオス'],
    // Vietnamese "Lào" (not "thuốc lào", a tobacco); Thai ลาว (not ลาวา, lava).
    wordPatterns: ['(?<!thuốc )lào'],
    patterns: ['ล(?<!(?:ภาษา|คน|ชาว)ล)าว(?![\\u0e31-\\u0e3a\\u0e47-\\u0e4e])'],
  },
  {
    name: 'Thailand',
    country: 'TH',
    hub: false,
    // Thai ไทย alone is mostly "Thai" (ภาษาไทย, คนไทย): only "the country Thailand".
    names: ['thailand', 'thái lan', 'thai lan', 'tailandia', 'taylandia', '泰国', '泰國', '태국', 'タイ', 'ประเทศไทย', 'เมืองไทย'],
  },
  {
    name: 'Philippines',
    country: 'PH',
    hub: false,
    // "Filipina" is the country in Indonesian and Malay (and a Filipino woman in English).
    names: ['philippines', 'philippine', 'pilipinas', 'filipina', 'phi-líp-pin', 'philippin', '菲律宾', '菲律賓', '필리핀', 'フィリピン', 'ฟิลิปปินส์'],
  },
  { name: 'Vietnam', country: 'VN', hub: false, names: ['vietnam', 'viet nam', 'việt nam', '越南', '베트남', 'ベトナム', 'เวียดนาม'] },
  { name: 'Malaysia', country: 'MY', hub: false, names: ['malaysia', '马来西亚', '馬來西亞', '말레이시아', 'マレーシア', 'มาเลเซีย'] },
  { name: 'Indonesia', country: 'ID', hub: false, names: ['indonesia', '印度尼西亚', '印度尼西亞', '印尼', '인도네시아', 'インドネシア', 'อินโดนีเซีย'] },
  {
    name: 'China',
    country: 'CN',
    hub: false,
    names: ['china', 'tiongkok', 'cina', 'trung quốc', 'tsina', '中国', '中國', '중국', 'ประเทศจีน', 'เมืองจีน'],
  },
  { name: 'Hong Kong', country: 'HK', hub: false, names: ['hong kong', 'hồng kông', '香港', '홍콩', 'ホンコン', 'ฮ่องกง'] },
  { name: 'Taiwan', country: 'TW', hub: false, names: ['taiwan', 'đài loan', '台湾', '臺灣', '台灣', '대만', 'ไต้หวัน'] },
  { name: 'Macau', country: 'MO', hub: false, names: ['macau', 'macao', 'ma cao', '澳门', '澳門', '마카오', 'マカオ', 'มาเก๊า'] },
  // Tagalog "Hapon" (Japan) is also "afternoon": left out.
  { name: 'Japan', country: 'JP', hub: false, names: ['japan', 'jepang', 'nhật bản', '日本', '일본', 'ญี่ปุ่น'] },
  {
    name: 'South Korea',
    country: 'KR',
    hub: false,
    names: ['south korea', 'korea selatan', 'hàn quốc', '韩国', '韓國', '韓国', '대한민국', '한국', 'เกาหลีใต้'],
    wordPatterns: ['(?<!north )korea'],
    patterns: ['เ(?<!(?:ภาษา|คน|ชาว)เ)กาหลี(?!เหนือ)'],
  },
  {
    name: 'United Arab Emirates',
    country: 'AE',
    hub: false,
    names: ['united arab emirates', 'uae', 'u.a.e.', '阿联酋', '阿聯酋', '아랍에미리트', 'アラブ首長国連邦', 'สหรัฐอาหรับเอมิเรตส์'],
  },
  // "US"/"us" is handled in extract-places.ts: folded text cannot tell it from the pronoun.
  {
    name: 'United States',
    country: 'US',
    hub: false,
    names: ['united states of america', 'united states', 'usa', 'u.s.a.', 'u.s.a', 'u.s.', 'amerika serikat', 'hoa kỳ', '美国', '美國', '미국', 'アメリカ', '米国', 'สหรัฐอเมริกา', 'สหรัฐ'],
  },
  {
    name: 'United Kingdom',
    country: 'GB',
    hub: false,
    names: ['united kingdom', 'uk', 'u.k.', 'great britain', 'britain', 'scotland', 'inggris', 'anh quốc', 'vương quốc anh', '英国', '英國', '영국', 'イギリス', 'สหราชอาณาจักร', 'อังกฤษ'],
    // Not "New England" (a US region).
    wordPatterns: ['(?<!new )england'],
  },
  { name: 'Germany', country: 'DE', hub: false, names: ['germany', 'deutschland', 'jerman', '德国', '德國', '독일', 'ドイツ', 'เยอรมนี'] },
  { name: 'Singapore', country: 'SG', hub: false, names: ['singapore', 'singapura', '新加坡', '싱가포르', 'シンガポール', 'สิงคโปร์'] },
  { name: 'Australia', country: 'AU', hub: false, names: ['australia', '澳大利亚', '澳大利亞', '澳洲', '호주', 'オーストラリア', 'ออสเตรเลีย'] },
  { name: 'Canada', country: 'CA', hub: false, names: ['canada', 'kanada', '加拿大', '캐나다', 'カナダ', 'แคนาดา'] },
  {
    name: 'India',
    country: 'IN',
    hub: false,
    // Korean 인도 is also "sidewalk" and "handover": left out. 印度 not inside 印度尼西亚 or 印度洋.
    names: ['india', 'ấn độ', 'インド', 'อินเดีย'],
    patterns: ['印度(?![尼洋])'],
  },
  { name: 'Kenya', country: 'KE', hub: false, names: ['kenya', '肯尼亚', '肯亞', '케냐', 'ケニア', 'เคนยา'] },
  { name: 'Nigeria', country: 'NG', hub: false, names: ['nigeria', '尼日利亚', '奈及利亞', '나이지리아', 'ナイジェリア', 'ไนจีเรีย'] },
  { name: 'Sri Lanka', country: 'LK', hub: false, names: ['sri lanka', '斯里兰卡', '斯里蘭卡', '스리랑카', 'スリランカ', 'ศรีลังกา'] },
  { name: 'Nepal', country: 'NP', hub: false, names: ['nepal', '尼泊尔', '尼泊爾', '네팔', 'ネパール', 'เนปาล'] },
  { name: 'Bangladesh', country: 'BD', hub: false, names: ['bangladesh', '孟加拉国', '孟加拉國', '孟加拉', '방글라데시', 'バングラデシュ', 'บังกลาเทศ'] },
];

/** Matching order: hubs before cities before countries, so "Myanmar border" is the border, not Myanmar. */
export const GAZETTEER: readonly GazetteerEntry[] = [...HUBS, ...CITIES, ...COUNTRIES];
