/**
 * Titles and one-line summaries of the built-in flags in languages the rules have no translation for yet, written
 * for the playground (the same shape as rules/translations/<lang>.yaml, where they could move). A translation the
 * rules carry wins over these. Keyed by language, then flag id.
 */
export const RULE_TRANSLATIONS: Partial<Record<string, Record<string, { title: string; summary: string }>>> = {
  id: {
    'claim.legality-reassurance': {
      title: 'Jaminan "legal" atau "aman" yang tidak diminta',
      summary: 'Iklan jujur jarang perlu menyangkal bahwa pekerjaannya kejahatan. Periksa pemberi kerja secara mandiri: jaminan itu sendiri bukan bukti.',
    },
    'claim.explicit-scam-work': {
      title: 'Terang-terangan menyebut pekerjaan penipuan atau judi ilegal',
      summary: 'Orang yang direkrut untuk pekerjaan ini sering menjadi korban perdagangan orang dan dipaksa melakukan kejahatan. Blokir iklan dan laporkan.',
    },
    'claim.chat-only-work': {
      title: 'Pekerjaannya hanya mengobrol atau video call dengan orang asing',
      summary: 'Kompleks penipuan memakai pekerja ini untuk penipuan asmara dan investasi. Tanyakan pelanggan siapa yang dilayani dan untuk apa obrolannya.',
    },
    'cond.excessive-hours': {
      title: 'Jam kerja sangat panjang atau tanpa hari libur',
      summary: 'Lembur berlebihan adalah indikator kerja paksa ILO; kompleks penipuan menjalankan giliran 12-16 jam setiap hari.',
    },
    'cond.live-onsite-restricted': {
      title: 'Wajib tinggal di lokasi; gerak atau ponsel dibatasi',
      summary: 'Membatasi gerak dan mengisolasi pekerja adalah indikator kerja paksa ILO. Tanyakan apakah pekerja bebas keluar dan memegang ponselnya.',
    },
    'cond.wage-withholding': {
      title: 'Gaji ditahan atau baru dibayar setelah berbulan-bulan',
      summary: 'Penahanan upah adalah indikator kerja paksa ILO: pekerja yang belum dibayar berbulan-bulan tidak mampu pergi.',
    },
    'contact.messenger': {
      title: 'Kontak lewat aplikasi pesan',
      summary: 'Perekrut palsu hampir selalu memindahkan percakapan ke Telegram, WhatsApp dan sejenisnya, tempat akun bisa hilang tanpa jejak. Banyak pemberi kerja jujur juga memakainya: cek nama, alamat dan situs perusahaan.',
    },
    'contact.im-only': {
      title: 'Kontak dipindahkan ke luar platform',
      summary: 'Rincian pekerjaan hanya diberikan lewat chat pribadi. Pemberi kerja jujur menyebut pekerjaan, gaji dan saluran resmi perusahaan di iklannya sendiri.',
    },
    'contact.foreign-phone': {
      title: 'Nomor telepon dari negara lain',
      summary: 'Nomornya dari negara yang berbeda dengan tempat kerja. Sering wajar, jadi hanya konteks: cek siapa yang menjawab dan di mana pemberi kerja sebenarnya.',
    },
    'dest.abroad': {
      title: 'Pekerjaan di luar negeri',
      summary: 'Kebanyakan lowongan luar negeri jujur, jadi ini hanya konteks; bersama tanda lain ia membentuk pola perekrutan perdagangan orang. Cek izin perekrut.',
    },
    'dest.sea-hotspot': {
      title: 'Pekerjaan di wilayah kompleks penipuan',
      summary: 'Kamboja, Myanmar, Laos dan wilayah sekitarnya: ratusan ribu orang diperdagangkan ke kompleks di sana. Verifikasi pemberi kerja dan alamat kerja yang tepat.',
    },
    'dest.mismatch-or-reroute': {
      title: 'Rute atau tempat kerja tidak sesuai dengan pekerjaannya',
      summary: 'Korban diterbangkan ke Thailand lalu dibawa lewat darat ke Myanmar atau Kamboja. Pemberi kerja jujur menyebut alamat kerja yang jelas.',
    },
    'dest.no-legal-channel': {
      title: 'Penempatan di luar jalur migrasi resmi',
      summary: 'Indonesia tidak punya perjanjian penempatan dengan Kamboja atau Myanmar. Cek izin perekrut di BP2MI.',
    },
    'docs.passport-retention': {
      title: 'Paspor akan ditahan pemberi kerja atau agen',
      summary: 'Menahan dokumen identitas adalah indikator kerja paksa ILO: tanpa paspor pekerja tidak bisa pergi atau pulang. Hentikan dan verifikasi perekrut.',
    },
    'docs.id-harvest': {
      title: 'Meminta foto paspor atau KTP sebelum ada tawaran',
      summary: 'Perekrut palsu mengumpulkan identitas untuk penipuan atau rekening bagal. Pemberi kerja jujur memeriksa dokumen setelah ada tawaran.',
    },
    'employer.anonymous': {
      title: 'Nama pemberi kerja tidak disebut',
      summary: 'Perekrut kompleks penipuan hanya menyebut negara atau "perusahaan besar" agar tidak bisa dicek. Pastikan ada agen berizin yang nyata.',
    },
    'employer.no-profile': {
      title: 'Tanpa nama atau profil perusahaan',
      summary: 'Hanya konteks: banyak situs juga menghapus kolom ini. Pastikan pemberi kerja ada dan bisa dihubungi lewat salurannya sendiri.',
    },
    'employer.impersonation': {
      title: 'Mengaku punya kerja sama resmi dengan pemerintah',
      summary: 'MoU palsu dan nama merek yang disalahgunakan adalah umpan yang terdokumentasi. Verifikasi ke kementerian ketenagakerjaan.',
    },
    'evasion.disguised-keyword': {
      title: 'Kontak atau kata kunci disamarkan agar lolos filter',
      summary: 'Pemberi kerja jujur tidak perlu menyembunyikan kata dari filter. Baca iklan seolah ditulis biasa.',
    },
    'fee.upfront': {
      title: 'Pelamar harus membayar biaya atau deposit',
      summary: 'Biaya rekrutmen adalah mekanisme jeratan utang dan penipuan lowongan paling umum: "pekerjaan" hilang setelah dibayar. Perekrut jujur tidak memungut biaya dari pekerja.',
    },
    'fee.debt-deduction': {
      title: 'Biaya ditalangi lalu dipotong dari gaji, atau denda bila keluar',
      summary: 'Utang kepada pemberi kerja adalah awal jeratan utang (indikator ILO). Tanyakan apa yang dipotong dan berapa lama.',
    },
    'link.low-trust': {
      title: 'Tautan lewat pemendek URL atau domain murah',
      summary: 'Hanya konteks: buka tautan dengan aman dan pastikan menuju situs pemberi kerja.',
    },
    'offer.easy-money': {
      title: 'Uang mudah yang bisa didapat siapa saja',
      summary: 'Iklan jujur menjelaskan pekerjaannya. Tanyakan pekerjaannya apa dan siapa yang membayar.',
    },
    'claim.secrecy': {
      title: 'Diminta merahasiakan pekerjaan atau perjalanan',
      summary: 'Pemberi kerja jujur tidak perlu menyembunyikan apa pun dari keluarga atau petugas imigrasi.',
    },
    'scam.task-mechanics': {
      title: 'Dibayar per like, follow, ulasan atau pesanan',
      summary: 'Ini penipuan tugas: bayaran kecil pertama nyata, lalu korban harus "isi ulang" dan kehilangan uangnya.',
    },
    'scam.account-lending': {
      title: 'Dibayar untuk meminjamkan nama, rekening atau nomor telepon',
      summary: 'Penjahat memakai rekening pinjaman untuk mencuci uang penipuan; yang ditangkap polisi adalah peminjamnya. Ini bukan pekerjaan.',
    },
    'scam.crime-errand': {
      title: 'Bayaran tinggi untuk mengantar, mengambil atau menyetir',
      summary: 'Perekrut menjadi kurir dan penagih uang bagi geng penipuan.',
    },
    'offer.debt-relief': {
      title: 'Menawarkan melunasi utang atau gaji di muka',
      summary: 'Talangan itu menjadi utang kepada perekrut, yang kemudian "menjual" pekerja.',
    },
    'pattern.compound-lure': {
      title: 'Pola perekrutan kompleks penipuan',
      summary: 'Tujuan di wilayah kompleks penipuan, tanpa syarat kualifikasi, gaji jauh di atas wajar dan perjalanan atau visa diurus pemberi kerja, dalam satu iklan. Jangan terbitkan; verifikasi pemberi kerja dan tujuannya.',
    },
    'pattern.work-abroad-escalation': {
      title: 'Beberapa tanda umpan sekaligus',
      summary: 'Masing-masing umum di iklan jujur; bersama-sama membentuk pola perekrutan perdagangan orang dan penipuan.',
    },
    'pattern.debt-bondage': {
      title: 'Perjalanan ditanggung, ditambah biaya atau potongan',
      summary: 'Begitulah jeratan utang dimulai: pekerja berutang lebih dari yang bisa ia hasilkan.',
    },
    'pattern.sexual-exploitation-risk': {
      title: 'Meminta usia atau penampilan untuk kerja perhotelan di luar negeri',
      summary: 'Kombinasi ini dipakai untuk merekrut perempuan ke eksploitasi seksual. Verifikasi tempat dan pemberi kerja.',
    },
    'pattern.generic-fraud': {
      title: 'Biaya di muka dengan kontak hanya lewat aplikasi pesan',
      summary: 'Inti penipuan lowongan: pekerjaannya tidak ada, biayanya adalah penipuannya.',
    },
    'pattern.minor-abroad': {
      title: 'Anak di bawah umur atau pelajar direkrut ke luar negeri',
      summary: 'Anak-anak termasuk penyintas kompleks penipuan. Jangan terbitkan tanpa verifikasi.',
    },
    'pay.implausible-high': {
      title: 'Menjanjikan gaji yang sangat tinggi',
      summary: 'Gaji tidak masuk akal adalah umpan utama. Cek apakah posisi, pengalaman dan tempat kerja membuat gaji itu masuk akal.',
    },
    'pay.light-work-high-pay': {
      title: '"Kerja santai, gaji besar"',
      summary: 'Pemberi kerja jujur jarang menjual pekerjaan sebagai mudah sekaligus menguntungkan.',
    },
    'pay.vague-duties': {
      title: 'Gaji atau tugas hanya dijelaskan lewat chat pribadi',
      summary: 'Tanyakan pekerjaannya secara tertulis sebelum kontak lebih lanjut.',
    },
    'pay.daily-or-commission': {
      title: 'Gaji harian, cair hari itu juga, atau "tanpa batas"',
      summary: 'Hanya konteks: lihat pekerjaannya apa dan bagaimana dibayar.',
    },
    'recruiter.informal-unlicensed': {
      title: 'Perekrutan informal: bayaran per orang atau di luar jalur berizin',
      summary: 'Kompleks penipuan tumbuh lewat komisi per orang yang dibayarkan kepada korban dan kerabatnya.',
    },
    'req.no-qualifications': {
      title: 'Tanpa pengalaman, ijazah atau keahlian',
      summary: 'Hanya konteks; menjadi peringatan bila bersama gaji tinggi, kerja di luar negeri atau perjalanan ditanggung.',
    },
    'req.computer-typing-only': {
      title: 'Hanya perlu bisa komputer atau mengetik cepat',
      summary: 'Begitulah perekrut kompleks penipuan menggambarkan pekerjaan penipuan: mengobrol dengan target seharian di komputer.',
    },
    'req.language-ask': {
      title: 'Meminta penutur bahasa tertentu',
      summary: 'Hanya konteks: kompleks penipuan merekrut per bahasa korban, tetapi iklan jujur juga sering meminta bahasa.',
    },
    'req.no-interview': {
      title: 'Tanpa wawancara, langsung diterima',
      summary: 'Pemberi kerja sah menilai kandidat; penipu melewatkan langkah itu.',
    },
    'target.age-gender-look': {
      title: 'Meminta penampilan (cantik, menarik)',
      summary: 'Bersama kerja perhotelan di luar negeri dan mess gratis, ini pola perekrutan untuk eksploitasi seksual.',
    },
    'target.minor-student': {
      title: 'Menyasar anak di bawah umur atau pelajar',
      summary: 'Anak dan remaja lebih mudah ditipu dan ditahan. Cek batas usia, tujuan dan keterlibatan orang tua.',
    },
    'title.compound-typical': {
      title: 'Judul pekerjaan yang khas perekrutan kompleks penipuan',
      summary: 'Pekerjaan biasa; judul ini penting hanya bersama gaji tinggi, tanpa kualifikasi dan tujuan luar negeri.',
    },
    'travel.paid-all': {
      title: 'Pemberi kerja menanggung tiket, visa dan tempat tinggal',
      summary: 'Bersama gaji tinggi dan tanpa pengalaman, ini umpan standar kompleks penipuan, dan biaya yang "ditalangi" sering menjadi utang.',
    },
    'travel.board-lodging': {
      title: 'Makan dan tempat tinggal gratis',
      summary: 'Umum dan wajar untuk kerja pabrik atau restoran dalam negeri; bersama tujuan luar negeri atau gaji tinggi, bagian dari umpan.',
    },
    'travel.wrong-visa': {
      title: 'Visa turis atau tanpa visa untuk kerja di luar negeri',
      summary: 'Bekerja dengan visa seperti itu ilegal di tujuan dan membuat pekerja tanpa perlindungan. Pemberi kerja sah mengurus izin kerja.',
    },
    'travel.irregular-route': {
      title: 'Penyeberangan perbatasan tidak resmi',
      summary: 'Tidak ada pekerjaan sah yang memerlukan "jalur tikus": anggap pasti dan laporkan.',
    },
    'travel.urgent-departure': {
      title: 'Keberangkatan terburu-buru',
      summary: 'Perjalanan mendadak tidak menyisakan waktu untuk memeriksa pemberi kerja atau kontrak. Tanyakan mengapa terburu-buru.',
    },
    'urgency.pressure': {
      title: 'Rekrutmen mendesak atau kuota terbatas',
      summary: 'Hanya konteks: tekanan waktu khas perekrutan palsu, tetapi banyak pemberi kerja jujur juga butuh cepat.',
    },
  },
};
