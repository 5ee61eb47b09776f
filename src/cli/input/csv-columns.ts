import { TEXT_FIELDS, type JobPosting } from '../../index';
import type { PostingIssue } from '../../index';

type PostingField = keyof JobPosting;

/** EMSCAD's column names (and common aliases) whose posting field is not simply their camelCase form. */
const RENAMED_COLUMNS: Readonly<Record<string, PostingField>> = {
  job_id: 'id',
  company_profile: 'companyProfile',
  salary_range: 'salary',
  has_company_logo: 'hasCompanyLogo',
  has_questions: 'hasQuestions',
  employment_type: 'employmentType',
  required_experience: 'requiredExperience',
  required_education: 'requiredEducation',
  company: 'companyName',
  company_name: 'companyName',
};

const BOOLEAN_FIELDS: ReadonlySet<string> = new Set<PostingField>(['telecommuting', 'hasCompanyLogo', 'hasQuestions']);
const TRUE_CELLS: ReadonlySet<string> = new Set(['1', 't', 'true', 'y', 'yes']);
const FALSE_CELLS: ReadonlySet<string> = new Set(['0', 'f', 'false', 'n', 'no']);

const POSTING_FIELDS: readonly PostingField[] = [
  ...TEXT_FIELDS,
  'id',
  'language',
  'telecommuting',
  'hasCompanyLogo',
  'hasQuestions',
  'industry',
  'function',
  'requiredExperience',
  'requiredEducation',
];

/** Column names that mark a first line as a CSV header when sniffing: EMSCAD's, their aliases and the field names. */
export const KNOWN_COLUMNS: ReadonlySet<string> = new Set([
  ...Object.keys(RENAMED_COLUMNS),
  ...POSTING_FIELDS.map((field) => field.toLowerCase()),
  // EMSCAD columns with no posting field: still a sure sign of the format.
  'department',
  'fraudulent',
]);

/** The posting field a CSV column fills: EMSCAD names are mapped, other names go from snake_case to camelCase. */
export function fieldForColumn(column: string): string {
  const name = column.trim();
  const renamed = RENAMED_COLUMNS[name.toLowerCase().replace(/[\s-]+/g, '_')];
  if (renamed !== undefined) return renamed;
  const words = name.split(/[\s_-]+/).filter((word) => word.length > 0);
  if (words.length === 1) {
    const word = words[0] ?? '';
    // "TITLE" or "Title" → "title", but an already camelCase "companyName" stays as it is.
    return word === word.toUpperCase() ? word.toLowerCase() : word.charAt(0).toLowerCase() + word.slice(1);
  }
  return words.map((word, index) => (index === 0 ? word.toLowerCase() : word.charAt(0).toUpperCase() + word.slice(1).toLowerCase())).join('');
}

export type RowConversion = { success: true; posting: Record<string, unknown> } | { success: false; issues: PostingIssue[] };

/**
 * Builds a posting from a row's cells under `fields` (from `fieldForColumn`). Blank cells are left out, boolean
 * columns take 1/0, t/f, true/false or yes/no; a later column for the same field wins over an earlier blank one.
 */
export function rowToPosting(fields: readonly string[], cells: readonly string[]): RowConversion {
  const posting: Record<string, unknown> = {};
  const issues: PostingIssue[] = [];
  fields.forEach((field, index) => {
    const cell = cells[index] ?? '';
    if (cell.trim().length === 0) return;
    if (!BOOLEAN_FIELDS.has(field)) {
      posting[field] = cell;
      return;
    }
    const folded = cell.trim().toLowerCase();
    if (TRUE_CELLS.has(folded)) posting[field] = true;
    else if (FALSE_CELLS.has(folded)) posting[field] = false;
    else issues.push({ path: [field], message: `expected a boolean (1/0, t/f, true/false, yes/no), got ${JSON.stringify(cell)}` });
  });
  return issues.length > 0 ? { success: false, issues } : { success: true, posting };
}
