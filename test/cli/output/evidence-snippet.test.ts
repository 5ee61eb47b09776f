import { describe, expect, it } from 'vitest';
import type { Evidence } from '../../../src/index';
import { evidenceSnippet, fieldText } from '../../../src/cli/output/evidence-snippet';
import { createTerminalStyle } from '../../../src/cli/output/terminal-style';

const plain = createTerminalStyle(false);
const ansi = createTerminalStyle(true);

const quote = (source: string, text: string, field: Evidence['field'] = 'text'): Evidence => {
  const start = source.indexOf(text);
  return { field, start, end: start + text.length, text };
};

describe('evidenceSnippet', () => {
  it('shows the quoted words in brackets with their context when not on a terminal', () => {
    const ad = 'Free flight ticket, visa and housing provided. Contact Telegram @hr_asia_jobs88 now';
    expect(evidenceSnippet(ad, quote(ad, 'Telegram'), plain, 12)).toBe('…ed. Contact [[Telegram]] @hr_asia_jo…');
    expect(evidenceSnippet(ad, quote(ad, 'Free flight'), plain, 6)).toBe('[[Free flight]] ticke…');
  });

  it('highlights with inverse bold on a terminal', () => {
    const ad = 'Việc nhẹ lương cao, bao vé máy bay';
    expect(evidenceSnippet(ad, quote(ad, 'Việc nhẹ lương cao'), ansi)).toBe('\u001b[1;7mViệc nhẹ lương cao\u001b[0m, bao vé máy bay');
  });

  it('puts newlines and runs of spaces on one line and neutralises terminal escapes from the posting', () => {
    const ad = 'Salary\r\n\r\n$1,500   per month \u001b[2J\u001b]8;;evil\u0007 apply';
    const snippet = evidenceSnippet(ad, quote(ad, '$1,500'), plain);
    expect(snippet).toBe('Salary [[$1,500]] per month \uFFFD[2J\uFFFD]8;;evil\uFFFD apply');
    expect(snippet).not.toMatch(/[\u0000-\u001f]/);
  });

  it('never cuts a surrogate pair in half', () => {
    const ad = '🔥🔥🔥 TUYỂN GẤP đi Campuchia';
    // Two code units back is the second half of 🔥: the cut moves past it rather than printing half a character.
    const cutInPair = evidenceSnippet(ad, quote(ad, 'TUYỂN GẤP'), plain, 2);
    expect(cutInPair).toBe('…[[TUYỂN GẤP]] đ…');
    expect(evidenceSnippet(ad, quote(ad, 'TUYỂN GẤP'), plain, 3)).toBe('…🔥 [[TUYỂN GẤP]] đi…');
    expect(cutInPair).not.toMatch(/(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  it('shows only the quote when the field does not hold it where the evidence says', () => {
    expect(evidenceSnippet('other text', { field: 'text', start: 0, end: 4, text: 'visa' }, plain)).toBe('[[visa]]');
    expect(evidenceSnippet(undefined, { field: 'contact', start: 0, end: 4, text: 'visa' }, plain)).toBe('[[visa]]');
  });
});

describe('fieldText', () => {
  it('finds the quoted field of a string or object posting', () => {
    expect(fieldText('an ad', 'text')).toBe('an ad');
    expect(fieldText('an ad', 'title')).toBeUndefined();
    expect(fieldText({ title: 'Cook', telecommuting: true }, 'title')).toBe('Cook');
    expect(fieldText({ title: 5 }, 'title')).toBeUndefined();
    expect(fieldText(null, 'title')).toBeUndefined();
  });
});
