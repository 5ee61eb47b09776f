/**
 * A test of one BMP code unit against a one-character class (`pattern.test(String.fromCharCode(code))`), each unit's
 * answer remembered in a table the first time it is asked: a regex test on a fresh one-character string per character
 * was most of the cost of the per-character passes over long text in other scripts. A lone surrogate is tested as
 * itself; callers decode pairs where the class holds astral characters.
 */
export function codeUnitClass(pattern: RegExp): (code: number) => boolean {
  // 0 not yet known, 1 in the class, 2 not in it.
  const known = new Uint8Array(0x10000);
  return (code) => {
    let answer = known[code] as number;
    if (answer === 0) {
      answer = pattern.test(String.fromCharCode(code)) ? 1 : 2;
      known[code] = answer;
    }
    return answer === 1;
  };
}
