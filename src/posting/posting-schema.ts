// A namespace import: bundlers keep only the zod functions used, where `{ z }` keeps all of zod (JSON Schema included).
import * as z from 'zod';

/** Fields whose text is read for red flags, in the order a moderator reads an ad. */
export const TEXT_FIELDS = [
  'title',
  'companyName',
  'location',
  'salary',
  'employmentType',
  'description',
  'requirements',
  'benefits',
  'companyProfile',
  'contact',
  'url',
  'text',
] as const;

export type TextField = (typeof TEXT_FIELDS)[number];

const optionalText = z.string().optional();

/**
 * A job posting as a job board or a scraped corpus holds it: every field optional, EMSCAD's structured metadata
 * accepted where known. A plain zod object with no refinement, so it composes: `.pick`, `.omit`, `.partial`,
 * `.extend` (also overriding a key) and `z.array(JobPostingSchema)` all work. What `score` also asks, that at least
 * one text field carries text, is `ScorablePostingSchema` (or `hasPostingText`).
 */
export const JobPostingSchema = z.object({
  id: z.union([z.string(), z.number()]).optional(),
  title: optionalText,
  description: optionalText,
  requirements: optionalText,
  benefits: optionalText,
  companyName: optionalText,
  companyProfile: optionalText,
  location: optionalText,
  salary: optionalText,
  employmentType: optionalText,
  contact: optionalText,
  url: optionalText,
  language: optionalText,
  text: optionalText,
  telecommuting: z.boolean().optional(),
  hasCompanyLogo: z.boolean().optional(),
  hasQuestions: z.boolean().optional(),
  industry: optionalText,
  function: optionalText,
  requiredExperience: optionalText,
  requiredEducation: optionalText,
});

export type JobPosting = z.infer<typeof JobPostingSchema>;

/** True when at least one text field of the posting carries more than white space: what `score` needs to read. */
export function hasPostingText(posting: Partial<Record<TextField, string | undefined>>): boolean {
  return TEXT_FIELDS.some((field) => (posting[field]?.trim().length ?? 0) > 0);
}

export const NO_POSTING_TEXT_MESSAGE = `at least one text field must be present (${TEXT_FIELDS.join(', ')})`;

/**
 * Exactly what `score` accepts as an object: `JobPostingSchema` and at least one text field with text. A zod
 * schema, so it is also a Standard Schema (`ScorablePostingSchema['~standard'].validate(value)`), which
 * validator-agnostic libraries accept whatever zod version, if any, they use.
 */
export const ScorablePostingSchema = JobPostingSchema.refine(hasPostingText, { message: NO_POSTING_TEXT_MESSAGE, path: [] });

/** What `score` accepts: a raw ad or chat message, or a structured posting. */
export type PostingInput = string | JobPosting;
