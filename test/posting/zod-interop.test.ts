import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { z as z41 } from 'zod-v4-1';
import { z as z3 } from 'zod-v3';
import { z as z3v4 } from 'zod-v3/v4';
import { hasPostingText, JobPostingSchema, safeScore, ScorablePostingSchema, type JobPosting } from '../../src/index';

/**
 * JobPostingSchema composes with the user's own zod (issue 13): it is a plain object schema, and the check that a
 * posting has text is ScorablePostingSchema, outside it. The README's table of zod versions rests on these tests.
 */
const NURSE = { title: 'Staff Nurse', companyName: 'Mabuhay General Hospital', description: 'Ward nurses wanted.' };

/** The Standard Schema interface (standardschema.dev, v1), as a validator-agnostic library declares it. */
interface StandardSchemaV1<Input = unknown, Output = Input> {
  readonly '~standard': {
    readonly version: 1;
    readonly vendor: string;
    readonly validate: (value: unknown) => StandardResult<Output> | Promise<StandardResult<Output>>;
    readonly types?: { readonly input: Input; readonly output: Output } | undefined;
  };
}
type StandardResult<Output> =
  | { readonly value: Output; readonly issues?: undefined }
  | { readonly issues: readonly { readonly message: string; readonly path?: readonly (PropertyKey | { readonly key: PropertyKey })[] | undefined }[] };
type StandardOutput<Schema extends StandardSchemaV1> = NonNullable<Schema['~standard']['types']>['output'];

/** What a library that takes "any Standard Schema" does with one. */
async function validateWith<Schema extends StandardSchemaV1>(schema: Schema, value: unknown): Promise<StandardOutput<Schema> | string[]> {
  const result = await schema['~standard'].validate(value);
  return result.issues === undefined ? (result.value as StandardOutput<Schema>) : result.issues.map((issue) => issue.message);
}

describe('JobPostingSchema with zod 4.6 (the version lurescan is built with)', () => {
  it('composes: pick, omit, partial, extend overriding a key, arrays and nesting', () => {
    const TitleOnly = JobPostingSchema.pick({ title: true, id: true });
    const titleOnly: z.infer<typeof TitleOnly> = TitleOnly.parse({ title: 'Cook', id: 3 });
    expect(titleOnly).toEqual({ title: 'Cook', id: 3 });
    expect(TitleOnly.safeParse({ title: 5 }).success).toBe(false);
    expect(JobPostingSchema.omit({ url: true }).parse({ ...NURSE, url: 'https://x.test' })).toEqual(NURSE);
    expect(JobPostingSchema.partial().parse({})).toEqual({});
    const BoardPosting = JobPostingSchema.extend({ id: z.string().uuid(), board: z.literal('jobs.example') });
    expect(BoardPosting.safeParse({ ...NURSE, id: 7, board: 'jobs.example' }).success).toBe(false);
    expect(BoardPosting.parse({ ...NURSE, id: '3f8a5c1e-2b4d-4e6f-8a9b-0c1d2e3f4a5b', board: 'jobs.example' }).board).toBe('jobs.example');
    const Batch = z.object({ postings: z.array(JobPostingSchema).min(1) });
    const batch: { postings: JobPosting[] } = Batch.parse({ postings: [NURSE] });
    expect(batch.postings).toEqual([NURSE]);
    // @ts-expect-error: the types are real, not `any`: a title is a string
    const wrong: z.infer<typeof JobPostingSchema> = { title: 42 };
    expect(wrong).toBeDefined();
  });

  it('leaves "at least one text field" to ScorablePostingSchema, which accepts exactly what score accepts', () => {
    expect(JobPostingSchema.safeParse({ id: 1 }).success).toBe(true);
    const refused = ScorablePostingSchema.safeParse({ id: 1, title: '  ' });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]?.message).toMatch(/^at least one text field must be present/);
    for (const value of [{ id: 1 }, { title: ' ' }, NURSE, { text: 'Cook wanted' }, { title: 5 }, { ...NURSE, telecommuting: 'yes' }]) {
      expect([value, ScorablePostingSchema.safeParse(value).success]).toEqual([value, safeScore(value).success]);
    }
    expect([hasPostingText({}), hasPostingText({ description: '\n' }), hasPostingText({ salary: '$5' })]).toEqual([false, false, true]);
    // Composes too, where a refined object schema would throw on .pick.
    expect(JobPostingSchema.pick({ title: true }).refine(hasPostingText).safeParse({ title: '' }).success).toBe(false);
  });

  it('is a Standard Schema: a validator-agnostic library takes it, typed', async () => {
    expect(ScorablePostingSchema['~standard']).toMatchObject({ version: 1, vendor: 'zod' });
    const valid = await validateWith(ScorablePostingSchema, NURSE);
    const title: string | undefined = Array.isArray(valid) ? undefined : valid.title;
    expect(title).toBe('Staff Nurse');
    expect(await validateWith(ScorablePostingSchema, { id: 1 })).toEqual([expect.stringMatching(/^at least one text field/)]);
    expect(await validateWith(JobPostingSchema, { title: 5 })).toEqual([expect.any(String)]);
  });
});

describe('JobPostingSchema with other zod versions', () => {
  it('zod 4.1: composes at run time (z.array, z.object, extend)', () => {
    // zod's types carry their minor version (`_zod.version.minor`: 6 in lurescan's, 1 here), so zod 4.1's z.array
    // refuses lurescan's schema by type, though it works at run time: cast it, or use the Standard Schema interface.
    // @ts-expect-error: the README says types check with zod 4.6 only; this fails the day that changes
    expect(z41.array(JobPostingSchema).parse([NURSE])).toEqual([NURSE]);
    const Batch = z41.array(JobPostingSchema as unknown as z41.ZodType<JobPosting>);
    expect(Batch.parse([NURSE, { text: 'Cook wanted' }])).toEqual([NURSE, { text: 'Cook wanted' }]);
    expect(Batch.safeParse([{ title: 5 }]).success).toBe(false);
    const Wrapped = z41.object({ posting: JobPostingSchema as unknown as z41.ZodType<JobPosting>, source: z41.string() });
    expect(Wrapped.parse({ posting: NURSE, source: 'board' }).posting).toEqual(NURSE);
  });

  it('zod 3.25: its zod/v4 entry composes; classic zod 3 cannot nest a zod 4 schema, so use Standard Schema there', async () => {
    expect(z3v4.array(JobPostingSchema as unknown as z3v4.ZodType<JobPosting>).parse([NURSE])).toEqual([NURSE]);
    expect(() => z3.array(JobPostingSchema as unknown as z3.ZodType<JobPosting>).parse([NURSE])).toThrow();
    // What zod 3 users (and any other validator) can rely on: the Standard Schema interface.
    expect(await validateWith(ScorablePostingSchema, NURSE)).toEqual(NURSE);
  });
});
