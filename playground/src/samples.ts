import type { PostingInput } from '../../src/index';

/** A sample ad to load into the page. Written for the playground; none is copied from a data set. */
export interface Sample {
  id: string;
  /** What the menu shows. */
  label: string;
  /** BCP 47 tag of the ad's language. */
  language: string;
  honest: boolean;
  posting: PostingInput;
}

export const SAMPLES: readonly Sample[] = [
  {
    id: 'lure-en-compound',
    label: 'Lure (English): customer service in Cambodia',
    language: 'en',
    honest: false,
    posting:
      'URGENT HIRING!!! Customer service agents for an online company in Sihanoukville, Cambodia.\n' +
      'Salary $1,800/month + bonus. No experience needed, just basic typing. Free flight ticket, visa and ' +
      'accommodation provided by the company. Age 18-35.\n' +
      'Limited slots, departure next week. Message HR on Telegram @kh_hr_team or WhatsApp +855 96 123 4567.',
  },
  {
    id: 'lure-id-compound',
    label: 'Lure (Bahasa Indonesia): admin di Kamboja',
    language: 'id',
    honest: false,
    posting:
      'Dibutuhkan segera! Lowongan admin / operator komputer di Kamboja. Gaji 20 juta per bulan, tanpa ' +
      'pengalaman, yang penting bisa mengetik. Tiket pesawat, visa dan mess ditanggung perusahaan. ' +
      'Usia 18-30 tahun. Berangkat minggu depan, kuota terbatas. Info lengkap hubungi Telegram @loker_kamboja.',
  },
  {
    id: 'lure-vi-compound',
    label: 'Lure (Tiếng Việt): chăm sóc khách hàng ở Campuchia',
    language: 'vi',
    honest: false,
    posting:
      'Tuyển gấp nhân viên chăm sóc khách hàng làm việc tại Campuchia. Lương 30 triệu/tháng, không cần kinh ' +
      'nghiệm, chỉ cần biết đánh máy. Bao vé máy bay, bao ăn ở. Liên hệ Zalo 0912 345 678 để biết thêm chi tiết.',
  },
  {
    id: 'lure-zh-compound',
    label: 'Lure (中文): 柬埔寨高薪客服',
    language: 'zh',
    honest: false,
    posting: '高薪招聘客服专员，工作地点柬埔寨西港。月薪2万起，无需经验，会打字即可。包机票，包吃住，签证公司办理。有意者请联系飞机 @xg_hr888',
  },
  {
    id: 'lure-en-task',
    label: 'Fraud (English): paid to like videos, fee first',
    language: 'en',
    honest: false,
    posting:
      'Work from home and earn $300 a day! Simple online tasks: like videos and rate products, paid per task. ' +
      'No experience needed. To activate your account pay a registration fee of $49. ' +
      'Contact our recruiter on WhatsApp +1 415 555 0199 to start today.',
  },
  {
    id: 'lure-id-fee',
    label: 'Fraud (Bahasa Indonesia): biaya penempatan',
    language: 'id',
    honest: false,
    posting:
      'Lowongan operator pabrik elektronik di Malaysia, gaji RM 1.800 per bulan. Biaya penempatan Rp 5 juta ' +
      'dibayar di muka sebelum berangkat. Datang langsung ke kantor kami di Jakarta Timur.',
  },
  {
    id: 'lure-th-compound',
    label: 'Lure (ภาษาไทย): แอดมินที่กัมพูชา',
    language: 'th',
    honest: false,
    posting:
      'รับสมัครด่วน! พนักงานแอดมินออนไลน์ ทำงานที่ปอยเปต กัมพูชา เงินเดือน 45,000 บาท ไม่ต้องมีประสบการณ์ ' +
      'พิมพ์คอมได้ก็พอ บินฟรี มีที่พักและอาหารให้ ติดต่อไลน์ @jobpoipet',
  },
  {
    id: 'lure-tl-fee',
    label: 'Fraud (Tagalog): work from home, may bayad',
    language: 'tl',
    honest: false,
    posting:
      'Work from home! Kumita ng ₱3,000 kada araw sa pag-like ng videos. Walang experience na kailangan. ' +
      'Magbayad lang ng registration fee na ₱500 para ma-activate ang account mo. Mag-message sa Telegram @easyjob_ph.',
  },
  {
    id: 'honest-en-nurse',
    label: 'Honest (English): staff nurse, structured fields',
    language: 'en',
    honest: true,
    posting: {
      title: 'Staff Nurse - Surgical Ward',
      companyName: 'Riverside Community Hospital',
      location: 'Leeds, United Kingdom',
      salary: '£31,000 - £37,000 per year',
      employmentType: 'Full-time',
      description:
        'Riverside Community Hospital is looking for a registered nurse to join our 28-bed surgical ward. You will ' +
        'assess and care for patients before and after surgery, work closely with doctors and therapists, and ' +
        'support student nurses on placement.',
      requirements: 'Registration with the Nursing and Midwifery Council. At least one year of acute care experience.',
      benefits: 'Pension scheme, 27 days of annual leave, paid training and a cycle-to-work scheme.',
      companyProfile: 'A public hospital serving the city and surrounding towns since 1962.',
      contact: 'Apply through the careers page of our website.',
    },
  },
  {
    id: 'honest-id-accounting',
    label: 'Honest (Bahasa Indonesia): staf akuntansi',
    language: 'id',
    honest: true,
    posting:
      'PT Sinar Niaga Sejahtera membuka lowongan Staf Akuntansi untuk kantor pusat di Surabaya. Tugas: menyusun ' +
      'laporan keuangan bulanan dan rekonsiliasi bank. Syarat: S1 Akuntansi, pengalaman minimal 2 tahun, ' +
      'menguasai Excel. Lamaran dikirim melalui situs karier resmi perusahaan.',
  },
  {
    id: 'honest-th-engineer',
    label: 'Honest (ภาษาไทย): วิศวกรซ่อมบำรุง',
    language: 'th',
    honest: true,
    posting:
      'บริษัท สยามแพ็คเกจจิ้ง จำกัด รับสมัครวิศวกรซ่อมบำรุง ประจำโรงงานชลบุรี วุฒิปริญญาตรีวิศวกรรมเครื่องกล ' +
      'ประสบการณ์อย่างน้อย 3 ปี เงินเดือนตามโครงสร้างบริษัท มีประกันสังคมและกองทุนสำรองเลี้ยงชีพ ' +
      'สมัครผ่านเว็บไซต์ของบริษัท',
  },
  {
    id: 'honest-es-hotel',
    label: 'Honest (Español): técnico de mantenimiento',
    language: 'es',
    honest: true,
    posting:
      'Hotel en Valencia busca técnico de mantenimiento con experiencia en instalaciones eléctricas y de ' +
      'climatización. Contrato indefinido, 40 horas semanales, 1.650 euros brutos al mes. Envía tu currículum a ' +
      'través de nuestra web de empleo.',
  },
  {
    id: 'honest-vi-teacher',
    label: 'Honest (Tiếng Việt): giáo viên tiếng Anh',
    language: 'vi',
    honest: true,
    posting:
      'Trung tâm Anh ngữ tại Đà Nẵng tuyển giáo viên tiếng Anh. Yêu cầu: bằng cử nhân, chứng chỉ giảng dạy, ít ' +
      'nhất một năm kinh nghiệm. Lương theo năng lực, đóng bảo hiểm đầy đủ. Nộp hồ sơ trực tiếp tại trung tâm.',
  },
];
