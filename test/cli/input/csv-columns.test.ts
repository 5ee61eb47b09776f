import { describe, expect, it } from 'vitest';
import { fieldForColumn, rowToPosting } from '../../../src/cli/input/csv-columns';

describe('fieldForColumn', () => {
  it('maps EMSCAD column names to posting fields', () => {
    const emscad = ['job_id', 'title', 'company_profile', 'salary_range', 'has_company_logo', 'has_questions', 'telecommuting'];
    expect(emscad.map(fieldForColumn)).toEqual(['id', 'title', 'companyProfile', 'salary', 'hasCompanyLogo', 'hasQuestions', 'telecommuting']);
    expect(['employment_type', 'required_experience', 'required_education', 'company', 'company_name'].map(fieldForColumn)).toEqual([
      'employmentType',
      'requiredExperience',
      'requiredEducation',
      'companyName',
      'companyName',
    ]);
  });

  it('turns other snake_case names into camelCase and keeps camelCase names', () => {
    expect(fieldForColumn('posted_at_date')).toBe('postedAtDate');
    expect(fieldForColumn(' Title ')).toBe('title');
    expect(fieldForColumn('URL')).toBe('url');
    expect(fieldForColumn('companyName')).toBe('companyName');
    expect(fieldForColumn('Company Name')).toBe('companyName');
  });
});

describe('rowToPosting', () => {
  const fields = ['id', 'title', 'description', 'telecommuting', 'hasCompanyLogo', 'hasQuestions'];

  it('leaves blank cells out and reads boolean columns', () => {
    expect(rowToPosting(fields, ['17', 'Driver', '  ', 't', '0', 'TRUE'])).toEqual({
      success: true,
      posting: { id: '17', title: 'Driver', telecommuting: true, hasCompanyLogo: false, hasQuestions: true },
    });
    expect(rowToPosting(fields, ['', 'Driver', '', 'yes', 'f', 'false'])).toEqual({
      success: true,
      posting: { title: 'Driver', telecommuting: true, hasCompanyLogo: false, hasQuestions: false },
    });
  });

  it('reports a boolean cell it cannot read, with the field as its path', () => {
    expect(rowToPosting(fields, ['1', 'Driver', '', 'maybe', '1', '1'])).toEqual({
      success: false,
      issues: [{ path: ['telecommuting'], message: 'expected a boolean (1/0, t/f, true/false, yes/no), got "maybe"' }],
    });
  });
});
