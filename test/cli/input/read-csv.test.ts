import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countLineBreaks, readCsvRecords } from '../../../src/cli/input/read-csv';
import { chunksOf, collect } from '../run-cli';

const EMSCAD_HEADER =
  'job_id,title,location,department,salary_range,company_profile,description,requirements,benefits,telecommuting,has_company_logo,has_questions,employment_type,required_experience,required_education,industry,function,fraudulent';

const read = (...chunks: string[]) => collect(readCsvRecords(chunksOf(...chunks)));

describe('readCsvRecords', () => {
  it('maps EMSCAD rows to postings and places each at the line it starts on', async () => {
    const csv = [
      EMSCAD_HEADER,
      '101,Staff Nurse,"Manila, PH",Nursing,35000-42000,"Mabuhay General Hospital",Care for ward patients.,PRC licence,HMO,0,1,1,Full-time,Associate,Bachelor\'s Degree,Hospital & Health Care,Health Care Provider,0',
      '102,Customer Service,"Sihanoukville, KH",,,,"URGENT HIRING!!!',
      'Salary $1,500/month, free flight, visa and housing.',
      'Contact Telegram @hr_asia",,,t,f,f,,,,,,1',
      '103,Data entry,,,,,Work from home,,,true,false,false,Part-time,,,,,1',
    ].join('\n');
    const records = await read(`${csv}\n`);
    expect(records.map((r) => r.line)).toEqual([2, 3, 6]);
    expect(records[0]).toEqual({
      kind: 'posting',
      line: 2,
      posting: {
        id: '101',
        title: 'Staff Nurse',
        location: 'Manila, PH',
        department: 'Nursing',
        salary: '35000-42000',
        companyProfile: 'Mabuhay General Hospital',
        description: 'Care for ward patients.',
        requirements: 'PRC licence',
        benefits: 'HMO',
        telecommuting: false,
        hasCompanyLogo: true,
        hasQuestions: true,
        employmentType: 'Full-time',
        requiredExperience: 'Associate',
        requiredEducation: "Bachelor's Degree",
        industry: 'Hospital & Health Care',
        function: 'Health Care Provider',
        fraudulent: '0',
      },
    });
    expect(records[1]).toMatchObject({
      posting: { id: '102', description: 'URGENT HIRING!!!\nSalary $1,500/month, free flight, visa and housing.\nContact Telegram @hr_asia', telecommuting: true },
    });
  });

  it('counts lines the same with CRLF, a CRLF inside a quoted cell and a lone CR in a cell', async () => {
    const records = await read('title,description\r\n', 'A,"two\r\nlines"\r\n', 'B,"lone\rcr"\r\n', 'C,"x\ny\nz"\r\n', 'D,d\r\n');
    expect(records.map((r) => r.line)).toEqual([2, 4, 5, 8]);
    expect(records[0]).toMatchObject({ posting: { title: 'A', description: 'two\r\nlines' } });
  });

  it('reports a blank row, a row with the wrong number of cells and a bad boolean in place, and goes on', async () => {
    const records = await read('id,title,telecommuting\n', '1,Cook,0\n', '\n', '2,Driver\n', '3,Guard,maybe\n', '4,Cleaner,1\n');
    expect(records).toEqual([
      { kind: 'posting', line: 2, posting: { id: '1', title: 'Cook', telecommuting: false } },
      { kind: 'error', line: 3, error: { message: 'empty posting: the row is blank', issues: [] } },
      { kind: 'error', line: 4, error: { message: 'the row has 2 cells but the header has 3', issues: [] } },
      {
        kind: 'error',
        line: 5,
        id: '3',
        error: {
          message: expect.stringContaining('telecommuting'),
          issues: [{ path: ['telecommuting'], message: 'expected a boolean (1/0, t/f, true/false, yes/no), got "maybe"' }],
        },
      },
      { kind: 'posting', line: 6, posting: { id: '4', title: 'Cleaner', telecommuting: true } },
    ]);
  });

  it('skips blank lines before the header, and reads nothing from a header alone or an empty input', async () => {
    expect(await read('\n\ntitle\nCook\n')).toEqual([{ kind: 'posting', line: 4, posting: { title: 'Cook' } }]);
    expect(await read('title,description\n')).toEqual([]);
    expect(await read('')).toEqual([]);
  });

  it('reports a quoted cell that is never closed at its line, and goes on at the next line that reads as a record', async () => {
    const records = await read('title,description\nCook,fine\nGuard,"never closed\nstill the cell\nDriver,ok\n');
    expect(records).toEqual([
      { kind: 'posting', line: 2, posting: { title: 'Cook', description: 'fine' } },
      { kind: 'error', line: 3, error: { message: expect.stringContaining('never closed: lines 3-4 were not read; reading goes on at line 5'), issues: [] } },
      { kind: 'posting', line: 5, posting: { title: 'Driver', description: 'ok' } },
    ]);
    // With no later line that reads as a record, the rest is the one error.
    expect(await read('title,description\nGuard,"never closed\nstill the cell\n')).toEqual([
      { kind: 'error', line: 2, error: { message: expect.stringContaining('never closed'), issues: [] } },
    ]);
  });

  it('gives up with an error, not unbounded memory, when a record runs past the limit', async () => {
    const records = await collect(readCsvRecords(chunksOf('title\nCook\n"', ...['a', 'b', 'c', 'd'].map((c) => c.repeat(50))), 60));
    expect(records).toEqual([
      { kind: 'posting', line: 2, posting: { title: 'Cook' } },
      { kind: 'error', line: 3, error: { message: expect.stringContaining('runs past 60 characters'), issues: [] } },
    ]);
  });

  it('yields one record per row at its start line, for any cells cut into any chunks', async () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'Z', ' ', ',', '"', '\n', '\r\n', '包', 'é'), maxLength: 8 });
    const quote = (value: string) => (/[",\r\n]/.test(value) || value.trim() === '' ? `"${value.replace(/"/g, '""')}"` : value);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(cell, cell), { maxLength: 10 }), fc.boolean(), fc.nat({ max: 7 }), async (rows, crlf, chunkSize) => {
        const end = crlf ? '\r\n' : '\n';
        const lines = ['title,description', ...rows.map(([a, b]) => `${quote(a)},${quote(b)}`)];
        const text = lines.map((line) => line + end).join('');
        const size = chunkSize + 1;
        const chunks = Array.from({ length: Math.ceil(text.length / size) }, (_, index) => text.slice(index * size, (index + 1) * size));
        const records = await collect(readCsvRecords(chunksOf(...chunks)));
        expect(records).toHaveLength(rows.length);
        // A row starts on the line after every LF written before it.
        const startLines = rows.map((_, index) => `${lines.slice(0, index + 1).join(end)}${end}`.split('\n').length);
        expect(records.map((record) => record.line)).toEqual(startLines);
      }),
    );
  });
});

describe('countLineBreaks', () => {
  it('counts LF, and a CR ending the record (csv-parse keeps only the CR of CRLF)', () => {
    expect(countLineBreaks('a,b\n')).toBe(1);
    expect(countLineBreaks('a,"x\ny"\n')).toBe(2);
    expect(countLineBreaks('a,"x\r\ny"\r')).toBe(2);
    expect(countLineBreaks('a,"x\ry"\n')).toBe(1);
    expect(countLineBreaks('last')).toBe(0);
  });
});
