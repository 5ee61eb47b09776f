/**
 * Readers for the labelled development sets in ../shared/data. Nothing here is copied into the repository: each
 * set is read from the path given (default ../shared/data) at the time of evaluation.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { JobPosting, PostingInput } from '../../src/index';

export interface LabelledPosting {
  id: string;
  input: PostingInput;
  /** true: fraudulent or a lure; false: honest. */
  positive: boolean;
  /** For the lure sets: what a good detector gives, and what the quote shows. */
  lure?: LureLabel;
}

export interface LureLabel {
  /** The least risk a good detector gives (dev2's `expect`); null for an honest ad or an unrated lure. */
  expect: 'high' | 'medium' | null;
  /** The lure elements the quote shows, as the data set names them (e.g. `implausible_pay`). */
  elements: string[];
  /** Primary language tag, e.g. `ko`, `zh` (from `zh-Hant (TW)`) or `en`. */
  language: string;
  /** The page the quote comes from: one page's quotes stay on one side of the held-out split. */
  sourceUrl: string;
  /** True for the part kept aside while building (about a third of the source pages, chosen by a hash). */
  heldOut: boolean;
}

export interface Dataset {
  name: string;
  language: string;
  postings: LabelledPosting[];
}

const readJsonl = (path: string): Record<string, unknown>[] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => JSON.parse(line) as Record<string, unknown>);

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value : undefined);

function defined(posting: JobPosting): JobPosting {
  return Object.fromEntries(Object.entries(posting).filter(([, value]) => value !== undefined)) as JobPosting;
}

function lureLabel(row: Record<string, unknown>): LureLabel {
  const sourceUrl = String(row.source_url ?? row.id);
  const expect = row.expect === 'high' || row.expect === 'medium' ? row.expect : null;
  const elements = Array.isArray(row.elements) ? row.elements.map(String) : [];
  const language = (/^[a-z]{2,3}/.exec(String(row.language ?? '')) ?? ['und'])[0];
  return { expect, elements, language, sourceUrl, heldOut: isHeldOut(sourceUrl) };
}

/** About a third of source pages, by an FNV-1a hash of the URL: stable across runs and machines, blind to content. */
export function isHeldOut(sourceUrl: string): boolean {
  let hash = 0x811c9dc5;
  for (let i = 0; i < sourceUrl.length; i++) hash = Math.imul(hash ^ sourceUrl.charCodeAt(i), 0x01000193) >>> 0;
  return hash % 3 === 0;
}

export function loadDatasets(dataDir: string): Dataset[] {
  const path = (relative: string): string => join(dataDir, relative);
  const sets: Dataset[] = [];
  const add = (name: string, language: string, relative: string, load: (file: string) => LabelledPosting[]): void => {
    if (existsSync(path(relative))) sets.push({ name, language, postings: load(path(relative)) });
  };

  add('lures', 'multi', 'lures/dev.jsonl', (file) =>
    readJsonl(file).map((row) => ({ id: String(row.id), input: String(row.text), positive: true, lure: lureLabel(row) })),
  );
  add('lures-dev2', 'multi', 'lures/dev2.jsonl', (file) =>
    readJsonl(file).map((row) => ({ id: String(row.id), input: String(row.text), positive: row.expect != null, lure: lureLabel(row) })),
  );
  add('reported-lures', 'multi', 'reported-lures.jsonl', (file) =>
    readJsonl(file)
      .filter((row) => text(row.text) !== undefined)
      .map((row) => ({ id: String(row.id), input: String(row.text), positive: true })),
  );
  add('difraud-jobs', 'en', 'difraud-jobs/validation.jsonl', (file) =>
    readJsonl(file).map((row) => ({ id: String(row.id), input: String(row.text), positive: row.fraudulent === 1 })),
  );
  add('orfd-zh', 'zh', 'orfd-zh/dev.jsonl', (file) =>
    readJsonl(file)
      .filter((row) => row.label === 'real' || row.label === 'fake')
      .map((row) => ({
        id: String(row.id),
        positive: row.label === 'fake',
        input: defined({
          id: String(row.id),
          title: text(row.title),
          salary: text(row.salary),
          benefits: text(row.benefits),
          requirements: text(row.requirements),
          location: text(row.location),
          description: text(row.description),
          companyName: text(row.company),
          companyProfile: text(row.company_profile),
          language: 'zh',
        }),
      })),
  );
  add('indonesia-instagram', 'id', 'indonesia-instagram/dev.jsonl', (file) =>
    readJsonl(file).map((row) => ({ id: String(row.id), input: String(row.text), positive: row.rubric_label === 'Fraud' })),
  );
  for (const split of ['train', 'validation']) {
    add(`difraud-sms-${split}`, 'en', `difraud-sms/${split}.jsonl`, (file) =>
      readJsonl(file).map((row, index) => ({ id: `sms-${split}-${index}`, input: String(row.text), positive: row.deceptive === 1 })),
    );
  }
  add('emscad-partial', 'en', 'emscad/emscad-partial.csv', (file) =>
    (parse(readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true }) as Record<string, string>[]).map(
      (row, index) => ({
        id: `emscad-${index}`,
        positive: row.fraudulent === '1',
        input: defined({
          title: text(row.title),
          location: text(row.location),
          salary: text(row.salary_range),
          companyProfile: text(row.company_profile),
          description: text(row.description),
          requirements: text(row.requirements),
          benefits: text(row.benefits),
          employmentType: text(row.employment_type),
          requiredExperience: text(row.required_experience),
          requiredEducation: text(row.required_education),
          industry: text(row.industry),
          function: text(row.function),
          telecommuting: row.telecommuting === '1',
          hasCompanyLogo: row.has_company_logo === '1',
          hasQuestions: row.has_questions === '1',
        }),
      }),
    ),
  );
  return sets;
}
