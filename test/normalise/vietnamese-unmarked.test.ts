import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createScanner } from '../../src/scanner';
import { foldCharacters } from '../../src/normalise/fold-characters';
import { foldText } from '../../src/normalise/folded-text';
import { readUnmarkedVietnamese } from '../../src/normalise/vietnamese-unmarked';

describe('readUnmarkedVietnamese', () => {
  it.each([
    ['tuyen nv lam viec ben cam, luong cao, bao vé may bay, xuất canh ngay', 'tuyen nv lam viec ben cam, luong cao, bao ve may bay, xuat canh ngay'],
    ['can nguoi lam viec tai nha, khong can kinh nghiệm', 'can nguoi lam viec tai nha, khong can kinh nghiem'],
    ['Đi làm ngay, khong mat phi, luong tra đủ', 'di lam ngay, khong mat phi, luong tra du'],
  ])('reads text typed mostly without diacritics without any: %j', (original, folded) => {
    expect(foldText(original).folded).toBe(folded);
  });

  it.each([
    'Tuyển nhân viên kế toán, lương 10 triệu, yêu cầu kinh nghiem 2 năm, nộp hồ sơ tại công ty',
    'Việc nhẹ lương cao, bao vé máy bay',
    'bao vé may bay',
    'Café São Paulo, résumé and naïve coöperation',
  ])('leaves text written with its diacritics, or with no Vietnamese in it, as written: %j', (original) => {
    expect(foldText(original).folded).toBe(original.toLowerCase());
  });

  it('keeps every offset: the bare text maps back to the marked letters', () => {
    const original = 'luong cao, khong can kinh nghiem, bao vé may bay, xuất canh ngay';
    const text = foldText(original);
    const start = text.folded.indexOf('bao ve may bay');
    const span = text.toOriginal(start, start + 'bao ve may bay'.length);
    expect(original.slice(span.start, span.end)).toBe('bao vé may bay');
  });

  it('does no work on text without Vietnamese letters: the same buffer comes back', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), (text) => {
        const { buffer } = foldCharacters(text);
        fc.pre(!/[ăâđêôơư\u1ea0-\u1ef9]/u.test(buffer.text));
        expect(readUnmarkedVietnamese(buffer)).toBe(buffer);
      }),
    );
  });

  it('never changes the length of the text, whatever is marked', () => {
    const letter = fc.constantFrom('a', 'ă', 'â', 'đ', 'ê', 'ơ', 'ư', 'ế', 'ộ', 'ữ', 'ø', 'ß', 'é', ' ', 'luong ', 'khong ');
    fc.assert(
      fc.property(fc.array(letter, { maxLength: 40 }), (letters) => {
        const { buffer } = foldCharacters(letters.join(''));
        const read = readUnmarkedVietnamese(buffer);
        expect(read.text.length).toBe(buffer.text.length);
        expect(read.starts).toBe(buffer.starts);
      }),
    );
  });
});

describe('a Vietnamese lure typed with a few marks', () => {
  const scanner = createScanner();

  it('matches the phrases written without diacritics, quoting the text as typed', () => {
    const text = 'tuyen nv lam viec ben cam, luong cao, bao vé may bay, xuất canh ngay, ib zalo';
    const verdict = scanner.score({ text, language: 'vi' });
    const elements = verdict.lure.elements.map((element) => element.element);
    expect(elements).toEqual(expect.arrayContaining(['travel-paid', 'urgency', 'abroad-destination']));
    const quoted = verdict.flags.flatMap((flag) => flag.evidence.map((evidence) => evidence.text));
    expect(quoted).toEqual(expect.arrayContaining(['bao vé may bay', 'xuất canh ngay']));
  });
});
