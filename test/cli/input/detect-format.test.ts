import { describe, expect, it } from 'vitest';
import { formatFromFileName, sniffFormat } from '../../../src/cli/input/detect-format';

describe('formatFromFileName', () => {
  it('maps known extensions, case-insensitively, and says nothing for others', () => {
    expect(formatFromFileName('ads/2024-06.jsonl')).toBe('jsonl');
    expect(formatFromFileName('export.NDJSON')).toBe('jsonl');
    expect(formatFromFileName('fake_job_postings.csv')).toBe('csv');
    expect(formatFromFileName('telegram-dump.txt')).toBe('text');
    expect(formatFromFileName('-')).toBeUndefined();
    expect(formatFromFileName('ads.dat')).toBeUndefined();
  });
});

describe('sniffFormat', () => {
  it('takes a first non-blank "{" for JSON lines', () => {
    expect(sniffFormat('\n  \n  {"title":"Cook"}\n')).toBe('jsonl');
  });

  it('takes a comma-separated first line naming a known column for CSV', () => {
    expect(sniffFormat('job_id,title,location,salary_range\n1,Cook,"Dubai, AE",\n')).toBe('csv');
    expect(sniffFormat('"Title","Description","companyName"\r\n')).toBe('csv');
  });

  it('takes anything else for text, one ad per line', () => {
    expect(sniffFormat('Hiring now, good salary, free visa, contact Telegram @jobs\n')).toBe('text');
    expect(sniffFormat('Nurse needed in Manila\n')).toBe('text');
    expect(sniffFormat('')).toBe('text');
  });
});
