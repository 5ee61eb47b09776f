import { foldedRegex } from '../../normalise/folded-regex';

/**
 * Wording that turns a messenger's name into a way to reach the recruiter. Honest ads name apps all the time
 * ("manage our Facebook and WhatsApp campaigns", "熟练使用QQ、微信等聊天工具", "微信公众号运营"), so a name with no
 * handle after it is a contact only when the words around it ask the reader to get in touch.
 * All patterns run on folded (lower-case NFKC, single-spaced) text.
 */


// Before the label, ending right at it: "contact us on", "send your CV to our", "liên hệ qua", "hubungi kami via",
// "ติดต่อทาง", "加", "添加王小姐".
const LEFT_CONTACT_CUES = [
  // en
  '(?<![a-z])(?:contact|message|msg|text|reach(?: out)?|chat|add|call|dm|pm|ping|inbox|talk|apply|send|write|reply|' +
    'connect|join|follow|get in touch|hit (?:me|us) up)' +
    '(?: (?:me|us|him|her|them|our team|our hr|our recruiter))?' +
    '(?: (?:your|a|the) (?:cv|resume|application|message|details))?' +
    '(?: (?:directly|now|today|anytime))?' +
    '(?: (?:on|via|through|thru|using|by|at|in|with|to|over))?' +
    '(?: (?:our|my|the))?',
  '(?<![a-z])(?:via|thru|through)',
  '(?<![a-z])(?:contact|reach (?:me|us)|enquiries|inquiries|apply)(?: (?:me|us))? ?[:：]',
  // vi
  '(?:liên hệ|lien he|liên lạc|nhắn tin|nhan tin|nhắn|inbox|ib|kết bạn|ket ban|gọi|gửi cv|gửi hồ sơ|add)' +
    '(?: (?:ngay|trực tiếp|với chúng tôi|mình))?(?: (?:qua|với|vào|cho|số))?',
  '(?<![\\p{L}])qua',
  // id, ms
  '(?<![a-z])(?:hubungi|kontak|chat|japri|kirim(?: cv| lamaran| berkas)?|daftar)(?: (?:kami|saya|admin))?' +
    '(?: (?:di|ke|via|lewat|melalui))?',
  '(?<![a-z])(?:lewat|melalui)',
  // tl
  '(?<![a-z])(?:i-?message|mag-?message|mag-?pm|i-?pm|makipag-?ugnayan|tumawag|mag-?text)' +
    '(?: (?:po|lang|kami|sa amin))?(?: (?:sa|thru|via))?',
  // "pm lang sa telegram", "message po sa viber": English verbs with Tagalog particles
  '(?<![a-z])(?:pm|message|msg|chat|text)(?: (?:lang|po|na|mo|kami))? (?:sa|thru)',
  // th
  '(?:ติดต่อ|แอด|ทักแชท|ทัก|สอบถาม|สมัคร|ส่งประวัติ|ส่ง)(?:ได้)?(?:ที่|ทาง|ผ่าน)?',
  '(?:ทาง|ผ่าน)',
  // km: contact, chat, send a message (through); lo: contact (through), message, add; my: to contact
  '(?:ទាក់ទង|ឆាត|ផ្ញើសារ|សាកសួរ)(?:មក)?(?:តាម)?',
  '(?:ຕິດຕໍ່|ທັກ|ແອດ|ສອບຖາມ)(?:ທາງ|ຜ່ານ)?',
  '(?:ဆက်သွယ်ရန်|ဆက်သွယ်ပါ|ဆက်သွယ်)',
  // zh: 加 but not 增加/参加/追加/更加 ("increase", "take part")
  '(?:(?<![增参參追更])加|添加|联系|聯繫|聯絡|私信|私聊)' +
    '(?:我|我们|我們|\\p{Script=Han}{1,3}(?:小姐|先生|经理|經理|老师|老師|主管))?(?:的)?',
  '(?:电话|電話|手机|手機|号码|號碼)同',
  // ja
  '(?:公式|友だち追加|友達追加)',
  // ko: "문의는 텔레그램", "연락처: 카톡", "상담은 오직 라인"
  '(?:문의|연락|상담|지원|연락처|컨택)(?:는|은)? ?(?:오직|무조건|only)?',
];
export const LEFT_CONTACT_CUE = foldedRegex(`(?:${LEFT_CONTACT_CUES.join('|')}) ?[:：]? ?$`, 'u');

// After the label, starting right at it: "WhatsApp me", "Telegram only", "微信咨询", "카톡 문의", "LINEでお問い合わせ".
const RIGHT_CONTACT_CUES = [
  // en, id, tl
  '(?:me|us|only|saja|aja|lang)(?![a-z])',
  '(?:for|to) (?:more )?(?:details|detail|info|information|apply|inquiries|enquiries|interview)',
  // vi
  '(?:để|de) (?:được )?(?:tư vấn|biết thêm|nhận)',
  // zh: 联系 but not "联系客户" (contact customers: a duty, not a way to reach the recruiter)
  '(?:号|號)?(?:先|可|直接|详细|詳細|在线|在線|即可)?(?:咨询|諮詢|联系(?!客|顾|顧|商家|用户|用戶|会员|會員|粉丝|粉絲)|' +
    '聯繫(?!客|顧|商家|用戶|會員)|聯絡(?!客)|了解|详谈|詳談|报名|報名|预约|預約|同号|同號|加好友|私聊)',
  // ko: "카톡 문의", "텔레로 연락", "카톡 아이디 남겨주시면", "텔레 주세요", "라인으로 넘어오세요", "텔레 검색"; the
  // particle may be any that points the reader there: "카톡을 통해 상담", "텔레그램으로만 연락", "위챗에서 상담"
  '(?: ?(?:아이디|id|주소|링크|방))?(?:으로만|로만|으로|로|에서|[을를] ?통해(?:서)?)? ?' +
    '(?:연락|문의|상담|지원|친추|추가|톡 ?주|dm|메시지|메세지|쪽지|주세요|주시면|남겨|알려|보내|넘어|오세요|검색)',
  // ja
  // "テレグラでご連絡ください": the honorific ご/お may come first.
  '(?:で|から|に|より)? ?[ごお]?(?:連絡|問い合わせ|問合せ|お問い合わせ|応募|相談|登録|追加|友だち|友達)',
  // th
  '(?:ติดต่อ|สอบถาม|สมัคร)',
  // km, lo: "to contact", "to ask"; my: "(only) by ... contact", "send": "Viber ဖြင့်သာ ဆက်သွယ်ပါ", "Telegram မှ ဆက်သွယ်ပါ"
  '(?:ដើម្បី)?(?:ទាក់ទង|សាកសួរ)',
  '(?:ເພື່ອ)?(?:ຕິດຕໍ່|ສອບຖາມ)',
  '(?:မှ|ဖြင့်|နဲ့|မှာ|ကို|သို့)?(?:သာ)? ?(?:ဆက်သွယ်|ပို့|စာပို့)',
];
export const RIGHT_CONTACT_CUE = foldedRegex(` ?[:：]? ?(?:${RIGHT_CONTACT_CUES.join('|')})`, 'uy');

// After the label: the app as a marketing or payment platform ("微信公众号", "WhatsApp Business API",
// "Facebook ads", "QQ靓号" = a vanity QQ number given as a perk). Never a contact without a handle.
export const PLATFORM_USE = foldedRegex(
  ' ?(?:公众|公眾|小程序|推广|推廣|营销|營銷|运营|運營|红包|紅包|支付|群发|群發|朋友圈|粉丝|粉絲|后台|後台|平台|' +
    '商城|开发|開發|文章|图文|圖文|小店|视频号|視頻號|广告|廣告|靓号|靚號|' +
    '(?:business|marketing|ads?|advertising|campaigns?|stories|story|status|api|pay|bots?|sticker|pixel|' +
    'page|pages|groups? management|channels? management|integration)(?![a-z]))',
  'uy',
);

// Before the label, in the same clause: the app as a tool the hire will use ("熟练使用QQ", "experience with").
export const TOOL_USE = foldedRegex(
  '(?:通过|通過|利用|使用|运用|運用|熟悉|熟练|熟練|掌握|会用|會用|会玩|會玩|精通|擅长|擅長|' +
    '(?<![a-z])(?:experience (?:with|in|of)|knowledge of|familiar(?:ity)? with|proficien(?:t|cy) (?:in|with)|' +
    'manage|managing|skills? (?:in|with)|such as|including|e\\.g\\.))[^.。;；!！?？]*$',
  'u',
);

/** The clause before a label, long enough for "send your CV to our recruiter on". */
export const CUE_WINDOW = 48;
