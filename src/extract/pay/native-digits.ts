/**
 * Khmer, Burmese, Lao, Thai and Devanagari digits ("១០០", "၁သိန်း", "໑໐໐", "๕๐๐", "५०००") as ASCII digits. NFKC leaves
 * them as they are, and ads in those scripts write pay with them. Each is one UTF-16 unit, like its ASCII digit, so
 * every offset into the result is an offset into the text it was made from.
 */
const NATIVE_DIGIT = /[\u17e0-\u17e9\u1040-\u1049\u0ed0-\u0ed9\u0e50-\u0e59\u0966-\u096f]/g;
const ZEROS = [0x17e0, 0x1040, 0x0ed0, 0x0e50, 0x0966];

export function withAsciiDigits(text: string): string {
  if (!NATIVE_DIGIT.test(text)) return text;
  NATIVE_DIGIT.lastIndex = 0;
  return text.replace(NATIVE_DIGIT, (digit) => {
    const code = digit.charCodeAt(0);
    const zero = ZEROS.find((start) => code >= start && code <= start + 9) ?? code;
    return String(code - zero);
  });
}
