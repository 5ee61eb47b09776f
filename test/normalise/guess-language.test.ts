import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { guessLanguage } from '../../src/normalise/guess-language';

describe('guessLanguage', () => {
  it.each([
    ['ko', '해외 고수익 알바, 경력 무관, 항공권 제공'],
    ['ja', '荷物を運ぶだけの簡単なお仕事、即日現金'],
    ['zh', '高薪招聘客服，包吃包住，机票报销'],
    ['th', 'รับสมัครพนักงาน ทำงานที่บ้าน รายได้ดี'],
    ['km', 'ជ្រើសរើសបុគ្គលិក ប្រាក់ខែខ្ពស់'],
    ['my', 'ဝန်ထမ်းခေါ်ယူမည် လစာကောင်း'],
    ['lo', 'ຮັບສະໝັກພະນັກງານ ເງິນເດືອນສູງ'],
    ['hi', 'घर बैठे पैसे कमाएं'],
    ['vi', 'Tuyển nhân viên chăm sóc khách hàng, lương cao, không cần kinh nghiệm'],
    ['id', 'Lowongan kerja admin online dengan gaji tinggi, tidak perlu pengalaman dan bisa dari rumah'],
    ['tl', 'Hiring po kami ng mga trabaho sa Cambodia, malaking sahod'],
    ['en', 'We are hiring a customer service agent for our office. Apply with your CV.'],
    // Vietnamese SMS without diacritics, Indonesian without its function words, Malay beside Indonesian.
    ['vi', 'tuyen nhan vien luong cao 20 trieu, khong can kinh nghiem'],
    ['vi', 'can nguoi lam viec tai nha, 500k/ngay'],
    ['id', 'Dicari kurir paket area Jakarta Selatan, penghasilan 150-200rb per hari'],
    ['ms', 'kerja kat kemboja gaji RM8k, tiket percuma, pm je'],
    ['en', 'Lam Research is hiring a process engineer in Tai Po; apply with your resume.'],
  ])('reads %s', (language, text) => {
    expect(guessLanguage([text])).toBe(language);
  });

  it('says English when there is nothing to go on', () => {
    expect(guessLanguage(['12345 !!!'])).toBe('en');
  });
});

describe('guessLanguage on Latin text, against one regex per language', () => {
  // The regexes the one-pass count replaced: it must count exactly what they count.
  const REGEX_MARKERS: readonly [string, RegExp][] = [
    ['vi', /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/giu],
    ['id', /\b(?:yang|dan|untuk|dengan|kerja|gaji|lowongan|tidak|atau|bisa)\b/giu],
    ['ms', /\b(?:yang|dan|untuk|dengan|kerja|gaji|jawatan|tidak|atau|boleh|anda)\b/giu],
    ['tl', /\b(?:ang|mga|ng|sa|na|kayo|po|trabaho|sahod)\b/giu],
    ['en', /\b(?:the|and|for|with|you|your|job|work|to|of)\b/giu],
  ];
  const byRegexes = (texts: readonly string[]): string => {
    const sample = (texts.length === 1 ? (texts[0] as string) : texts.join('\n')).slice(0, 300);
    let best = 'en';
    let bestCount = 0;
    for (const [language, marker] of REGEX_MARKERS) {
      const count = sample.match(marker)?.length ?? 0;
      const weighted = language === 'vi' ? count * 3 : count;
      if (weighted > bestCount) {
        best = language;
        bestCount = weighted;
      }
    }
    return best;
  };

  it('guesses as the regexes do (property)', () => {
    const piece = fc.constantFrom('yang', 'DAN', 'Untuk', 'kerja', 'jawatan', 'anda', 'ang', 'mga', 'ng', 'sa', 'po', 'the', 'And', 'to', 'of', 'your', 'ſa', 'po\u212a', 'ƙ', '\u212aayo', 'ă', 'Ư', 'đ', 'x', '_', '1', ' ', ' ', ', ', '-', '\n', 'é');
    fc.assert(
      fc.property(fc.array(fc.array(piece, { maxLength: 80 }).map((pieces) => pieces.join('')), { minLength: 1, maxLength: 2 }), (texts) => {
        expect(guessLanguage(texts)).toBe(byRegexes(texts));
      }),
      { numRuns: 2000 },
    );
  });
});
