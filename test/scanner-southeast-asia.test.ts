import { describe, expect, it } from 'vitest';
import { createScanner } from '../src/scanner';
import { toZawgyi } from './support/zawgyi-encode';

// Lures and honest ads in Vietnamese, Thai, Khmer, Lao, Burmese, Indonesian, Malay and Tagalog, written for these
// tests (no sentence comes from the evaluation data): job ads, DMs and SMS with the lure elements in this market's
// own words and short forms (SMS Vietnamese without diacritics or with a few, "gj 20jt/bln", "libre pamasahe",
// Khmer, Lao and Burmese spellings of Telegram and WhatsApp, words spaced as the writer liked), news-style
// paraphrases, and honest ads from the same markets, government worker programmes abroad included.
const scanner = createScanner();

const LURES: readonly (readonly [language: string, text: string])[] = [
  ['vi', 'tuyen nhan vien luong cao 20 trieu bao an o, bao ve may bay di campuchia, lien he zalo 0901234567'],
  ['vi', 'Tuyển gấp 10 bạn nữ 18-25 tuổi làm CSKH tại Campuchia, lương 25tr/tháng, không cần kinh nghiệm, bao ăn ở, liên hệ tele @hr_vn'],
  ['vi', 'can nguoi danh may tai nha, 500k/ngay, khong can kinh nghiem, ib zalo'],
  ['vi', 'Việc nhẹ lương cao 30 củ/tháng bên Cam, bao vé máy bay, không cần bằng cấp'],
  ['vi', 'tuyen gap nv sale online di lam ngay ben thai lan, luong 1500$, bao visa ve may bay, ib tele'],
  ['vi', 'việc nhẹ luong cao, 15-20tr/thang, ko can kinh nghiem, bao an o, xuat canh ngay'],
  ['vi', 'Cần 5 bạn trẻ đi làm bên Myanmar, lương 2000 USD, lo hết chi phí, chỉ cần biết đánh máy'],
  ['vi', 'tuyen ctv like video tiktok 50k/1 nhiem vu, hoa hong cao, nhan tien ngay'],
  ['vi', 'Thu nhập 30-50 triệu/tháng, làm việc tại Phnom Penh, không cần bằng cấp, bao ăn ở, bao vé máy bay'],
  ['vi', 'lam viec tai sihanoukville luong 1000-2000 usd, ko can kinh nghiem, bao an o, lien he telegram'],
  ['th', 'รับสมัครพนักงานแอดมิน ทำงานที่กัมพูชา เงินเดือน 50,000 บาท ไม่ต้องมีประสบการณ์ ฟรีตั๋วเครื่องบิน ติดต่อเทเลแกรม'],
  ['th', 'งานพิมพ์เอกสาร ทำที่บ้าน รายได้วันละ 1,500 บาท ไม่ต้องมีประสบการณ์ แอดไลน์'],
  ['th', 'หางานต่างประเทศ เมียวดี รายได้ดี มีที่พักฟรี อาหารฟรี บินฟรี ทักไลน์ได้เลย'],
  ['th', 'รับคนไปทำงานปอยเปต เงินเดือนสูง 40000 บาท ไม่ต้องใช้วุฒิ ออกเดินทางทันที'],
  ['th', 'งานกดไลค์ กดแชร์ รับเงินทุกวัน วันละ 500-1000 บาท สนใจทักไลน์'],
  ['th', 'รับสมัครพนักงานคอลเซ็นเตอร์ ประจำที่พม่า เงินเดือน 35,000 บาท ที่พักฟรี ค่าตั๋วเครื่องบินบริษัทออกให้'],
  ['th', 'ด่วน! รับสมัครสาวๆอายุ 18-30 ไปทำงานต่างประเทศ รายได้เดือนละแสน ไม่ต้องมีประสบการณ์ ติดต่อ telegram'],
  ['th', 'งานแชท ขายของออนไลน์ ที่ลาว เงินเดือนเริ่ม 30000 บาท กินอยู่ฟรี มีคนพาข้ามแดน'],
  ['km', 'ជ្រើសរើសបុគ្គលិកធ្វើការនៅថៃ ប្រាក់ខែ ១០០០ ដុល្លារ មិនត្រូវការបទពិសោធន៍ ទាក់ទង Telegram'],
  ['km', 'ការងារងាយស្រួល ប្រាក់ខែខ្ពស់ ១៥០០ ដុល្លារ ធ្វើការនៅក្រៅប្រទេស ចេញថ្លៃសំបុត្រយន្តហោះ'],
  ['km', 'ត្រូវការបុគ្គលិកវាយអក្សរ ប្រាក់ខែ $1200 ផ្តល់កន្លែងស្នាក់នៅ និងអាហារ ឥតគិតថ្លៃ ទាក់ទងតេឡេក្រាម'],
  ['km', 'រកការងារនៅម៉ាឡេស៊ី ប្រាក់ខែខ្ពស់ មិនចាំបាច់មានបទពិសោធន៍ ចេញដំណើរភ្លាមៗ'],
  ['lo', 'ຮັບສະໝັກພະນັກງານ ເຮັດວຽກຢູ່ກຳປູເຈຍ ເງິນເດືອນ 1000 ໂດລາ ບໍ່ຕ້ອງມີປະສົບການ ຕິດຕໍ່ເທເລແກຣມ'],
  ['lo', 'ວຽກງ່າຍ ເງິນເດືອນສູງ ພິມເອກະສານ ມີບ່ອນພັກຟຣີ ອາຫານຟຣີ ຕິດຕໍ່ວັອດແອັບ'],
  ['lo', 'ຮັບສະໝັກພະນັກງານ ເຂດເສດຖະກິດພິເສດສາມຫຼ່ຽມຄຳ ເງິນເດືອນ 15,000,000 ກີບ ບໍ່ຕ້ອງມີປະສົບການ'],
  ['my', 'ထိုင်းမှာ အလုပ်လုပ်ရန် ဝန်ထမ်းခေါ်သည် လစာ ၁၅၀၀ ဒေါ်လာ အတွေ့အကြုံမလိုပါ Telegram ဆက်သွယ်ပါ'],
  ['my', 'မြဝတီ အလုပ်ခေါ်သည် လစာကောင်း စားနေရိပ်သာ အခမဲ့ ချက်ချင်းထွက်ခွာနိုင်သူ'],
  ['my', 'ကမ္ဘောဒီးယားမှာ စာရိုက်အလုပ် လစာ ၁၂၀၀ ဒေါ်လာ လေယာဉ်လက်မှတ် ကုမ္ပဏီကပေးမည်'],
  ['my', 'အွန်လိုင်းအလုပ် တစ်ရက် ကျပ် ၅၀၀၀၀ ရနိုင် အတွေ့အကြုံမလို Viber ဆက်သွယ်'],
  ['id', 'Lowongan kerja di luar negeri, gaji 15jt/bulan, tanpa pengalaman, tiket ditanggung, WA only'],
  ['id', 'dicari admin CS kerja di kamboja gj 1000$ tdk perlu pengalaman, tiket pesawat dan visa ditanggung pt, hub telegram'],
  ['id', 'Kerja paruh waktu, like dan subscribe YouTube, komisi 50rb per tugas, gaji harian, chat WA'],
  ['id', 'Loker Thailand, gaji 20 juta, mess dan makan gratis, berangkat secepatnya, tanpa ijazah'],
  ['id', 'Lowongan operator komputer di Myanmar, gaji 1.200 USD, biaya keberangkatan gratis, usia 18-35 tahun'],
  ['ms', 'Jawatan kosong di Kemboja, gaji RM8000 sebulan, tiada pengalaman diperlukan, tiket penerbangan ditanggung, whatsapp sahaja'],
  ['ms', 'Kerja mudah di Thailand, gaji tinggi, makan dan tempat tinggal percuma, hubungi telegram segera'],
  ['tl', 'Hiring! Work sa Cambodia, 50k a month, walang experience, libre pamasahe at tirahan, PM sa telegram'],
  ['tl', 'Kailangan ng encoder sa Dubai, sahod 80k, libre ticket at visa, no experience needed, message sa WhatsApp lang'],
  ['tl', 'Trabaho sa Thailand bilang customer service, mataas na sahod, libre pamasahe, alis agad'],
  ['tl', 'Part time job, like at follow lang, 500 pesos kada task, sahod araw-araw, message us'],
  ['th', 'งานกัมพูชา เดือนละ 5 หมื่น ทักไลน์'],
  ['th', 'ไปทำงานเมียวดี รายได้ดี บินฟรี'],
  ['th', 'งานแอดมิน ต่างประเทศ เงินดี ไม่ต้องมีวุฒิ ทักเทเล'],
  ['th', 'หาคนไปทำงานพม่า ด่วน รายได้หลักแสน'],
  ['th', 'งานสบาย นั่งพิมพ์คอม เงินเดือน 45000 ที่ปอยเปต'],
  ['km', 'ការងារនៅថៃ ប្រាក់ខែ 1000$ ឆាតតេឡេក្រាម'],
  ['km', 'ទៅធ្វើការនៅប៉ោយប៉ែត ប្រាក់ខែខ្ពស់ ស្នាក់នៅឥតគិតថ្លៃ'],
  ['km', 'ការងារវាយអក្សរ ប្រាក់ខែ ១៥០០ ដុល្លារ មិនត្រូវការបទពិសោធន៍'],
  ['km', 'ត្រូវការនារី ធ្វើការនៅក្រៅប្រទេស ប្រាក់ខែខ្ពស់ ចេញដំណើរភ្លាមៗ'],
  ['km', 'ធ្វើការនៅមីយ៉ាន់ម៉ា ប្រាក់ខែ 1200$ ទាក់ទងតាមតេឡេក្រាម'],
  ['lo', 'ວຽກຢູ່ສາມຫຼ່ຽມຄຳ ເງິນເດືອນ 20 ລ້ານກີບ ຕິດຕໍ່ເທເລແກຣມ'],
  ['lo', 'ໄປເຮັດວຽກປະເທດໄທ ເງິນເດືອນສູງ ຟຣີປີ້ຍົນ'],
  ['lo', 'ຮັບສະໝັກສາວງາມ ໄປເຮັດວຽກຕ່າງປະເທດ ເງິນເດືອນ 1500 ໂດລາ'],
  ['my', 'မြဝတီ အလုပ် လစာ ၁၀၀၀ ဒေါ်လာ အခမဲ့ နေစရာ'],
  ['my', 'ကမ္ဘောဒီးယား စာရိုက်အလုပ် အတွေ့အကြုံမလို လစာ သိန်း ၅၀'],
  ['my', 'ပြည်ပ အလုပ် လစာကောင်း ချက်ချင်းထွက်ခွာ ဗိုက်ဘာ ဆက်သွယ်ရန်'],
  ['id', 'loker kamboja gaji 15jt, tiket ditanggung, WA only'],
  ['id', 'kerja di thailand, gj 20jt/bln, tanpa pengalaman'],
  ['id', 'dicari cs online luar negeri, gaji 1200$, visa gratis, hub tele'],
  ['id', 'kerja di myawaddy, gaji besar, berangkat minggu ini'],
  ['ms', 'kerja kat kemboja gaji RM8k, tiket free, pm tele'],
  ['ms', 'jawatan CS online di thailand, gaji lumayan, x perlu pengalaman, tiket ditanggung'],
  ['tl', 'Work sa Cambodia, 60k/month, libre pamasahe, PM lang'],
  ['tl', 'Hiring sa Myanmar, walang experience, libre ticket at tirahan'],
  ['tl', 'Trabaho abroad, chat support, 50k sahod, sagot ng kompanya ang pamasahe'],
  ['vi', 'viec nhe luong cao ben cam 30tr, bao ve may bay, ib zalo'],
  ['vi', 'lam viec tai myanmar, thu nhap 40-50tr, xuat canh ngay'],
  ['vi', 'Cần gấp 5 nữ đi Campuchia, lương 25tr, bao ăn ở'],
  ['id', 'Korban diiming-imingi gaji Rp 20 juta per bulan sebagai admin di Kamboja, tiket pesawat ditanggung perusahaan'],
  ['id', 'Mereka ditawari pekerjaan sebagai operator online di Myanmar dengan gaji 1.500 dolar AS, tanpa syarat pendidikan'],
  ['id', 'Lowongan kerja ke Thailand, jadi customer service, gaji 18 juta, berangkat gratis, cukup bawa paspor'],
  ['id', 'Dicari marketing online untuk ditempatkan di Kamboja, gaji pokok 12 juta + bonus, mess dan makan ditanggung, usia 18-35'],
  ['vi', 'Các nạn nhân được hứa hẹn việc nhẹ lương cao bên Campuchia, lương 30 triệu/tháng, được bao ăn ở'],
  ['vi', 'Tuyển nhân viên văn phòng làm việc tại Myanmar, chỉ cần biết sử dụng máy tính, lương 1.200 USD, công ty lo vé máy bay'],
  ['vi', 'Việc làm online tại nhà, chỉ cần điện thoại, mỗi ngày kiếm 500k-1 triệu, liên hệ Zalo để được hướng dẫn'],
  ['vi', 'Tuyển lao động đi Thái Lan làm phục vụ, lương 20-25 triệu, không cần tiếng, xuất cảnh trong tuần'],
  ['th', 'ผู้เสียหายถูกชักชวนไปทำงานที่กัมพูชา อ้างว่าได้เงินเดือน 50,000 บาท ทำงานแอดมิน'],
  ['th', 'รับสมัครคนไทยทำงานต่างประเทศ ตำแหน่งแอดมินตอบแชท เงินเดือน 35,000-50,000 บาท มีที่พัก อาหาร 3 มื้อ ออกค่าเดินทางให้'],
  ['th', 'งานออนไลน์ ทำที่บ้าน กดไลค์ กดติดตาม รายได้วันละ 300-3,000 บาท ไม่ต้องลงทุน'],
  ['th', 'หางานพม่า เงินดี ไม่ต้องใช้พาสปอร์ต มีคนพาข้าม'],
  ['tl', 'Inalok sila ng trabaho bilang customer service representative sa Thailand na may sahod na $1,000 kada buwan, libre ang pamasahe'],
  ['tl', 'Naghahanap ng encoder at chat support sa Cambodia, 45k monthly, free accommodation, walang placement fee, PM sa Telegram'],
  ['ms', 'Mangsa ditawarkan kerja sebagai khidmat pelanggan di Kemboja dengan gaji RM6,000 sebulan, tiket penerbangan ditanggung'],
  ['my', 'ထိုင်းနိုင်ငံမှာ လစာကောင်းတဲ့ အလုပ်ရှိတယ်ဆိုပြီး ခေါ်ဆောင်သွားခဲ့ပြီး မြဝတီကို ရောက်သွားတယ်'],
  ['lo', 'ມີການຊັກຊວນໄປເຮັດວຽກຢູ່ເຂດເສດຖະກິດພິເສດ ສາມຫຼ່ຽມຄຳ ເງິນເດືອນສູງ ບໍ່ຕ້ອງມີປະສົບການ'],
  ['vi', 'tuyen nv lam viec ben cam, luong cao, bao vé may bay, xuất canh ngay, ib zalo'],
  ['vi', 'Tuyen gap nhan vien CSKH sang Campuchia, luong 1500 usd, bao ăn ở, ko cần kinh nghiem, lien he tele'],
];

const HONEST: readonly (readonly [language: string, text: string])[] = [
  ['vi', 'Tuyển nhân viên bán hàng tại Hà Nội, lương 8-10 triệu/tháng, yêu cầu tốt nghiệp THPT, làm việc giờ hành chính'],
  ['vi', 'tuyen nhan vien phuc vu nha hang quan 1, luong 6tr/thang, co bao hiem xa hoi, lien he 0901234567'],
  ['vi', 'Công ty TNHH ABC tuyển kế toán, lương thỏa thuận, yêu cầu 2 năm kinh nghiệm, nộp CV qua email hr@abc.vn'],
  ['vi', 'Cần tuyển tài xế giao hàng khu vực Đà Nẵng, thu nhập 9-12 triệu, có xe máy riêng'],
  ['th', 'รับสมัครพนักงานขายประจำสาขา กรุงเทพ เงินเดือน 15,000 บาท วุฒิ ม.6 ขึ้นไป มีประกันสังคม'],
  ['th', 'บริษัทรับสมัครพนักงานบัญชี ประสบการณ์ 2 ปี ขึ้นไป ส่งใบสมัครทางอีเมล'],
  ['th', 'รับสมัครพนักงานเสิร์ฟ ร้านอาหาร เชียงใหม่ ค่าแรงวันละ 400 บาท มีที่พักให้'],
  ['km', 'ក្រុមហ៊ុនជ្រើសរើសគណនេយ្យករ នៅភ្នំពេញ ប្រាក់ខែ ៤០០ ដុល្លារ ត្រូវមានបរិញ្ញាបត្រ'],
  ['km', 'ហាងកាហ្វេត្រូវការបុគ្គលិកផ្នែកលក់ នៅសៀមរាប ប្រាក់ខែ ២៥០ ដុល្លារ'],
  ['lo', 'ຮັບສະໝັກພະນັກງານບັນຊີ ຢູ່ນະຄອນຫຼວງວຽງຈັນ ເງິນເດືອນ 3,000,000 ກີບ ຈົບປະລິນຍາຕີ'],
  ['my', 'ရန်ကုန်မြို့ရှိ ကုမ္ပဏီတွင် စာရင်းကိုင် ခေါ်သည် လစာ ကျပ် ၆၀၀၀၀၀ ဘွဲ့ရ ဖြစ်ရမည်'],
  ['id', 'Dibutuhkan staf administrasi di Jakarta, gaji UMR, minimal S1, pengalaman 1 tahun, kirim CV ke email'],
  ['id', 'Lowongan kasir minimarket Bandung, gaji 3,5 juta, lulusan SMA, shift pagi dan malam'],
  ['ms', 'Kekosongan jawatan kerani di Kuala Lumpur, gaji RM2000, SPM, hantar resume melalui emel'],
  ['tl', 'Hiring cashier sa Quezon City, 610 pesos daily rate, kailangan high school graduate, may SSS at PhilHealth'],
  ['tl', 'Naghahanap kami ng service crew sa Makati, 18-30 years old, walang experience okay lang, apply sa branch'],
  ['vi', 'tuyen nhan vien ban hàng tai cua hang quan 3, luong 7 trieu, lam giờ hành chính, lien he 0901234567'],
  ['vi', 'Tuyển nhân viên kế toán, lương 10 triệu, yêu cầu kinh nghiem 2 năm, nộp hồ sơ tại công ty'],
  ['th', 'รับสมัครพนักงานขายหน้าร้าน สาขาเชียงใหม่ เงินเดือน 12,000 บาท + คอมมิชชั่น วุฒิ ม.3 ขึ้นไป มีประกันสังคม สมัครด้วยตนเองที่สาขา'],
  ['th', 'กรมการจัดหางาน รับสมัครคนงานไปทำงานเกาหลี ระบบ EPS ต้องสอบภาษาเกาหลี ไม่เสียค่าใช้จ่ายให้สาย นายหน้า สมัครที่สำนักงานจัดหางานจังหวัด'],
  ['th', 'ร้านกาแฟรับสมัครบาริสต้า ไม่ต้องมีประสบการณ์ สอนงานให้ ค่าแรงวันละ 400 บาท ติดต่อทางไลน์ @cafebkk'],
  ['th', 'บริษัท เอบีซี จำกัด รับสมัครพนักงานบัญชี ประสบการณ์ 2 ปี เงินเดือน 18,000-22,000 บาท ส่งใบสมัครทางอีเมล hr@abc.co.th'],
  ['th', 'รับสมัครแม่บ้านประจำคอนโด ทำงาน 6 วัน ต่อสัปดาห์ เงินเดือน 11,000 บาท มีที่พักให้ อายุ 25-45 ปี'],
  ['th', 'โรงงานรับสมัครพนักงานฝ่ายผลิต หลายอัตรา ไม่จำกัดวุฒิ มีรถรับส่ง มีโอที สวัสดิการดี สมัครหน้าโรงงาน'],
  ['th', 'รับสมัครครูสอนภาษาอังกฤษ ประจำโรงเรียนเอกชน กรุงเทพ วุฒิปริญญาตรี เงินเดือนตามประสบการณ์'],
  ['km', 'ក្រុមហ៊ុនត្រូវការបុគ្គលិកផ្នែកលក់ ១០ នាក់ នៅភ្នំពេញ ប្រាក់ខែ ២៥០ ដុល្លារ បូកកម្រៃជើងសារ មិនត្រូវការបទពិសោធន៍ ក្រុមហ៊ុនបង្ហាត់ជូន'],
  ['km', 'រោងចក្រកាត់ដេរ ត្រូវការកម្មករ ប្រាក់ខែគោល ២០៨ ដុល្លារ មានប្រាក់បន្ថែមម៉ោង ដាក់ពាក្យនៅមុខរោងចក្រ'],
  ['km', 'ភោជនីយដ្ឋាន នៅសៀមរាប ត្រូវការអ្នករត់តុ ប្រាក់ខែ ២០០ ដុល្លារ មានកន្លែងស្នាក់នៅ និងអាហារ ឥតគិតថ្លៃ'],
  ['km', 'ធនាគារ ABC ជ្រើសរើសមន្ត្រីឥណទាន ត្រូវមានបរិញ្ញាបត្រ ផ្នែកហិរញ្ញវត្ថុ បទពិសោធន៍ ២ ឆ្នាំ ផ្ញើ CV តាមអ៊ីមែល'],
  ['km', 'ក្រសួងការងារ ប្រកាសជ្រើសរើសពលករទៅធ្វើការនៅកូរ៉េ តាមប្រព័ន្ធ EPS ត្រូវប្រឡងភាសាកូរ៉េ'],
  ['lo', 'ຮ້ານອາຫານ ຮັບສະໝັກພະນັກງານເສີບ ເງິນເດືອນ 2,500,000 ກີບ ມີທີ່ພັກໃຫ້ ຕິດຕໍ່ທີ່ຮ້ານ'],
  ['lo', 'ບໍລິສັດ ຮັບສະໝັກພະນັກງານຂາຍ ຢູ່ນະຄອນຫຼວງວຽງຈັນ ບໍ່ຈຳເປັນຕ້ອງມີປະສົບການ ມີການຝຶກອົບຮົມ'],
  ['lo', 'ທະນາຄານ ຮັບສະໝັກພະນັກງານບັນຊີ ຈົບປະລິນຍາຕີ ປະສົບການ 2 ປີ ສົ່ງໃບສະໝັກທາງອີເມວ'],
  ['lo', 'ໂຮງງານ ຮັບສະໝັກພະນັກງານຜະລິດ ເງິນເດືອນ 2,000,000 ກີບ ມີລົດຮັບສົ່ງ'],
  ['my', 'ရန်ကုန်မြို့ရှိ စားသောက်ဆိုင်တွင် စားပွဲထိုး ခေါ်သည် လစာ ကျပ် ၃၀၀၀၀၀ နေစရာ စားစရာ ပေးမည်'],
  ['my', 'ကုမ္ပဏီတွင် အရောင်းဝန်ထမ်း ခေါ်သည် အတွေ့အကြုံ မလိုပါ သင်တန်း ပေးမည် လစာ ကျပ် ၄၀၀၀၀၀'],
  ['my', 'ဘဏ်တွင် ငွေစာရင်းကိုင် ခေါ်သည် ဘွဲ့ရ ဖြစ်ရမည် အတွေ့အကြုံ ၂ နှစ် CV ကို email ဖြင့် ပို့ပါ'],
  ['my', 'စက်ရုံတွင် အလုပ်သမား ခေါ်သည် လစာ ကျပ် ၂၅၀၀၀၀ အချိန်ပို ရှိသည် စက်ရုံရှေ့တွင် လာလျှောက်ပါ'],
  ['vi', 'Tuyển nhân viên phục vụ nhà hàng tại Quận 1, lương 6-8 triệu/tháng, không cần kinh nghiệm, được đào tạo, bao ăn trưa'],
  ['vi', 'CONG TY TNHH MAY XUAT KHAU tuyen cong nhan may, luong 7-9 trieu, co bao hiem, lam tu thu 2 den thu 7'],
  ['vi', 'Tuyển lao động đi Nhật Bản theo chương trình thực tập sinh kỹ năng, công ty được Bộ LĐTBXH cấp phép, học tiếng Nhật 6 tháng trước khi xuất cảnh'],
  ['vi', 'Tuyển bảo vệ tòa nhà, lương 7 triệu, ca ngày, nam 25-50 tuổi, liên hệ 0901234567'],
  ['vi', 'tuyen bao ve ca dem, luong 8tr, bao an trua, lien he anh Nam 0912345678'],
  ['vi', 'Cần tuyển nhân viên nhập liệu, làm tại văn phòng Cầu Giấy, lương 7 triệu, yêu cầu tốt nghiệp cao đẳng'],
  ['id', 'Lowongan kerja PT Sinar Jaya, posisi operator produksi, gaji UMR Bekasi, lulusan SMA/SMK, kirim lamaran ke HRD'],
  ['id', 'Dibutuhkan barista untuk cafe di Bandung, gaji 3jt + uang makan, tidak perlu pengalaman, akan dilatih'],
  ['id', 'Program G to G ke Korea Selatan dari BP2MI, wajib lulus tes bahasa Korea, tidak dipungut biaya'],
  ['id', 'Loker admin gudang Surabaya, gaji 4,5 juta/bulan, pengalaman min 1 thn, hub WA 081234567890 (HRD)'],
  ['id', 'Dicari kurir paket area Jakarta Selatan, penghasilan 150-200rb per hari, bawa motor sendiri'],
  ['ms', 'Jawatan kosong juruwang pasar raya di Johor Bahru, gaji RM1,800 sebulan, SPM, tak perlu pengalaman, latihan disediakan'],
  ['ms', 'Syarikat logistik memerlukan pemandu lori, lesen GDL, gaji RM2,500 + elaun, hubungi 012-3456789'],
  ['tl', 'Hiring: service crew for fast food branch in Cebu, 18-30 years old, walang experience okay lang, ₱610 per day, apply in person'],
  ['tl', 'Kailangan ng call center agents sa Makati, 18k-22k monthly, kahit first timer, may HMO'],
];

describe('lures in the languages of Southeast Asia', () => {
  it.each(LURES)('%s: rates high or critical: %s', (language, text) => {
    const verdict = scanner.score({ text, language });
    expect(['high', 'critical']).toContain(verdict.risk);
    for (const flag of verdict.flags) {
      for (const evidence of flag.evidence) expect(text.slice(evidence.start, evidence.end)).toBe(evidence.text);
    }
  });

  // toZawgyi writes no stacked consonants, so the Burmese lures without one.
  it.each(LURES.filter(([language, text]) => language === 'my' && !text.includes('\u1039')))(
    '%s: rates the same typed in a Zawgyi font: %s',
    (language, text) => {
      expect(scanner.score({ text: toZawgyi(text), language }).risk).toBe(scanner.score({ text, language }).risk);
    },
  );
});

describe('honest ads from the same markets', () => {
  it.each(HONEST)('%s: rates low: %s', (language, text) => {
    expect(scanner.score({ text, language }).risk).toBe('low');
  });
});
