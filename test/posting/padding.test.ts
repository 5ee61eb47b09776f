import { describe, expect, it } from 'vitest';
import { createScanner } from '../../src/index';
import { parsePosting } from '../../src/posting/parse-posting';

// Issue 12, "padding cannot hide an ad": invisible padding spends no read budget, fields share the budget fairly,
// and a posting whose text was cut is at least `review`, with evasion.text-cut saying why.
const scanner = createScanner();
const lure =
  'Customer service staff for our office in Sihanoukville, Cambodia. Salary $1,800/month, no experience needed, ' +
  'free flight and visa, food and housing provided. Contact Telegram @kh_hr_team now.';
const posting = { title: 'Customer service', companyName: 'Global Team', description: lure };
const plain = scanner.score(posting);
const KI = 1024;

describe('padding before a lure', () => {
  it('is a critical lure unpadded (the baseline)', () => {
    expect(plain.risk).toBe('critical');
    expect(plain.truncated).toBeUndefined();
    expect(plain.fired.rules).not.toContain('evasion.text-cut');
  });

  it.each([
    ['zero-width spaces', '\u200b'],
    ['soft hyphens', '\u00ad'],
    ['blanks', ' '],
    ['word joiners and BOMs', '\u2060\ufeff'],
    ['tag characters', '\u{e0020}'],
  ])('32 Ki %s in title and companyName leave the risk as it was', (_name, pad) => {
    const padding = pad.repeat(Math.ceil((32 * KI) / pad.length));
    const verdict = scanner.score({ title: `${padding}Customer service`, companyName: `${padding}Global Team`, description: lure });
    expect(verdict.risk).toBe(plain.risk);
    expect(verdict.action).toBe(plain.action);
    expect(verdict.score).toBeCloseTo(plain.score, 6);
  });

  it('visible padding in other fields cannot starve the description: it is read, and the cut is flagged', () => {
    const filler = 'lorem ipsum dolor sit amet '.repeat(3000); // 81,000 visible characters
    const verdict = scanner.score({ title: filler, companyName: filler, description: lure });
    expect(verdict.truncated?.map((cut) => cut.field)).toEqual(['title', 'companyName']);
    expect(verdict.fired.rules).toEqual(expect.arrayContaining(['dest.sea-hotspot', 'travel.paid-all', 'evasion.text-cut']));
    expect(['high', 'critical']).toContain(verdict.risk);
    for (const evidence of verdict.flags.flatMap((flag) => flag.evidence)) {
      expect(verdict.flags.length).toBeGreaterThan(0);
      const source = evidence.field === 'description' ? lure : filler;
      expect(source.slice(evidence.start, evidence.end)).toBe(evidence.text);
    }
  });

  it('a posting cut by the limits is at least review, with the flag that says why', () => {
    const verdict = scanner.score({ description: 'Warehouse assistant, day shifts. '.repeat(1500) });
    expect(verdict.truncated).toEqual([{ field: 'description', originalLength: 33 * 1500 }]);
    const flag = verdict.flags.find((item) => item.id === 'evasion.text-cut');
    expect(flag?.title).toBe('Text too long to read whole');
    expect(verdict.risk).not.toBe('low');
    expect(verdict.action).not.toBe('allow');
  });
});

describe('text that folding multiplies', () => {
  it('is read only up to a bounded folded length, and counted as cut', () => {
    const text = 'ﷺ'.repeat(32 * KI); // NFKC makes each one 18 letters: 589,824 in all
    const parsed = parsePosting({ description: text });
    if (!parsed.success) throw parsed.error;
    const [field] = parsed.parsed.fields;
    expect(field?.text.folded.length).toBeLessThanOrEqual(3 * 32 * KI + 1024); // stops at the first cluster past the bound
    expect(text.startsWith(field?.text.original ?? '')).toBe(true);
    expect(parsed.parsed.truncated).toEqual([{ field: 'description', originalLength: text.length }]);
    expect(scanner.score({ description: text }).action).not.toBe('allow');
  });

  it('leaves a single honorific in an honest ad alone', () => {
    const verdict = scanner.score('Guru mengaji diperlukan, mengajar sirah Nabi Muhammad ﷺ, gaji RM1500 sebulan.');
    expect(verdict.truncated).toBeUndefined();
    expect(verdict.fired.rules).not.toContain('evasion.text-cut');
  });

  it('keeps a short message short when invisible characters pad it past the short-message length', () => {
    const message = 'Cambodia job $1500/month, contact Telegram @kh_hr88';
    const padded = message.replace(' job', `${'\u200b'.repeat(400)} job${'\u00ad'.repeat(400)}`);
    const plainVerdict = scanner.score(message);
    const paddedVerdict = scanner.score(padded);
    const flagsOf = (verdict: typeof plainVerdict): string[] => verdict.flags.map((flag) => flag.id).sort();
    expect(flagsOf(plainVerdict)).toContain('pattern.short-offer-abroad');
    expect(flagsOf(paddedVerdict)).toEqual(flagsOf(plainVerdict));
    expect(paddedVerdict.risk).toBe(plainVerdict.risk);
  });

  it('keeps a short message short when characters that folding multiplies are added to it', () => {
    const message = 'Cambodia job $1500/month, contact Telegram @kh_hr88';
    const expanded = `${message} ${'\ufdfa'.repeat(16)}`;
    const flagsOf = (text: string): string[] => scanner.score(text).flags.map((flag) => flag.id);
    expect(flagsOf(expanded)).toContain('pattern.short-offer-abroad');
  });
});
