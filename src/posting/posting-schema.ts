import { z } from 'zod';

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
 * A job posting as a job board or a scraped corpus holds it. Every field is optional except that at least one
 * text field must carry text; EMSCAD's structured metadata is accepted where known.
 */
export const JobPostingSchema = z
  .object({
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
  })
  .refine((posting) => TEXT_FIELDS.some((field) => (posting[field]?.trim().length ?? 0) > 0), {
    message: `at least one text field must be present (${TEXT_FIELDS.join(', ')})`,
    path: [],
  });

export type JobPosting = z.infer<typeof JobPostingSchema>;

/** What `score` accepts: a raw ad or chat message, or a structured posting. */
export type PostingInput = string | JobPosting;
