import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseJsonLines, runCli } from '../run-cli';

/** One input line: a valid posting, junk, or any JSON value; never a line end inside. */
const inputLine = fc.oneof(
  fc.record({ id: fc.string({ maxLength: 8 }), title: fc.string({ minLength: 1, maxLength: 30 }), description: fc.string({ maxLength: 60 }) }).map((p) => JSON.stringify(p)),
  fc.constantFrom('Free visa and flight, contact Telegram @x', 'Việc nhẹ lương cao Campuchia', '包吃住 月薪过万', '').map((ad) => JSON.stringify(ad)),
  fc.string({ maxLength: 40 }).filter((junk) => !junk.includes('\n')),
  fc.jsonValue({ maxDepth: 2 }).map((value) => JSON.stringify(value) ?? 'null'),
);

describe('lurescan score: one output per record (property)', () => {
  it.each(['jsonl', 'text'])('for --input %s, writes exactly one result per line, numbered 1..N in order', async (format) => {
    await fc.assert(
      fc.asyncProperty(fc.array(inputLine, { maxLength: 12 }), fc.constantFrom('\n', '\r\n'), fc.boolean(), async (lines, lineEnd, finalLineEnd) => {
        const input = lines.join(lineEnd) + (finalLineEnd && lines.length > 0 ? lineEnd : '');
        // Without a final line end a trailing empty line is no line at all.
        const records = lines.at(-1) === '' && !finalLineEnd ? lines.length - 1 : lines.length;
        const run = await runCli(['score', '--input', format], { stdin: input });
        const results = parseJsonLines(run.stdout);
        expect(results.map((result) => result['line'])).toEqual(Array.from({ length: records }, (_, index) => index + 1));
        const failed = results.filter((result) => 'error' in result).length;
        expect(run.status).toBe(failed > 0 ? 1 : 0);
        expect(run.stderr).toEqual(failed > 0 ? expect.stringMatching(new RegExp(`^lurescan score: ${failed} of ${records} records? failed \\(lines? [\\d, ]+(, and \\d+ more)?\\)\\n$`)) : '');
      }),
      { numRuns: 60 },
    );
  });
});
