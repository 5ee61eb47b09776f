import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createScanner } from '../../src/scanner';
import { foldCharacters } from '../../src/normalise/fold-characters';
import { foldText } from '../../src/normalise/folded-text';
import { joinUnspacedScripts } from '../../src/normalise/join-unspaced-scripts';

describe('joinUnspacedScripts', () => {
  it.each([
    ['ស្នាក់នៅ និងអាហារ ឥតគិតថ្លៃ', 'ស្នាក់នៅនិងអាហារឥតគិតថ្លៃ'],
    ['ไม่ต้อง มีประสบการณ์', 'ไม่ต้องมีประสบการณ์'],
    ['ບໍ່ຕ້ອງ ມີປະສົບການ', 'ບໍ່ຕ້ອງມີປະສົບການ'],
    ['အတွေ့အကြုံ မလိုပါ', 'အတွေ့အကြုံမလိုပါ'],
  ])('drops the spaces between words of a script written without them: %j', (original, folded) => {
    expect(foldText(original).folded).toBe(folded);
  });

  it.each([
    ['ເງິນເດືອນ 40,000 ບາດ'], // a letter and a digit
    ['လစာ ၁၅၀၀ ဒေါ်လာ'], // Burmese digits
    ['ติดต่อ telegram @job_th'], // Latin text
    ['ប្រាក់ខែ ១០០០ ដុល្លារ'],
    ['งานดี\nเงินเดือนสูง'], // a line break
    ['เงินเดือนดี។ ស្នាក់នៅ'], // two scripts
  ])('keeps a space next to a digit, Latin text, another script or a line break: %j', (original) => {
    expect(foldText(original).folded).toBe(original.replace('\n', ' ').toLowerCase());
  });

  it('maps a hit across a dropped space back to the words as written', () => {
    const original = 'ហូបចុក ស្នាក់នៅ និងអាហារ ឥតគិតថ្លៃ';
    const text = foldText(original);
    const start = text.folded.indexOf('អាហារឥត');
    const span = text.toOriginal(start, start + 'អាហារឥត'.length);
    expect(original.slice(span.start, span.end)).toBe('អាហារ ឥត');
  });

  it('does no work on text without Thai, Lao, Khmer or Burmese letters: the same buffer comes back', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 120 }), (text) => {
        fc.pre(!/[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]/.test(text));
        const { buffer } = foldCharacters(text);
        expect(joinUnspacedScripts(buffer, text)).toBe(buffer);
      }),
    );
  });

  it('only ever drops spaces, and keeps every other character mapped in order', () => {
    const piece = fc.constantFrom('ไม่', 'ต้อง', 'ລາວ', 'ស្នាក់', 'အလုပ်', ' ', '  ', '\n', '1', 'a', '៥');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        const { buffer } = foldCharacters(text);
        const joined = joinUnspacedScripts(buffer, text);
        expect(joined.text.replaceAll(' ', '')).toBe(buffer.text.replaceAll(' ', ''));
        for (let index = 1; index < joined.starts.length; index++) {
          expect(joined.starts[index]).toBeGreaterThanOrEqual(joined.starts[index - 1] ?? 0);
        }
      }),
    );
  });
});

describe('phrases of scripts written without spaces', () => {
  const scanner = createScanner();

  it.each([
    ['km', 'ស្នាក់នៅ និងអាហារ ឥតគិតថ្លៃ', 'travel.board-lodging'],
    ['th', 'ไม่ต้อง มีประสบการณ์', 'req.no-qualifications'],
    ['lo', 'ບໍ່ຕ້ອງ ມີປະສົບການ', 'req.no-qualifications'],
    ['my', 'အတွေ့ အကြုံ မလို', 'req.no-qualifications'],
  ])('match however the %s ad spaces its words: %j', (language, text, rule) => {
    const verdict = scanner.score({ text, language });
    const flag = verdict.flags.find((candidate) => candidate.id === rule);
    expect(flag).toBeDefined();
    for (const evidence of flag?.evidence ?? []) expect(text.slice(evidence.start, evidence.end)).toBe(evidence.text);
  });
});
