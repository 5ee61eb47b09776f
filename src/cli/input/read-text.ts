import { readLines } from './read-lines';
import { unreadable, type InputRecord } from './record';

/** Reads plain text, one ad per physical line. A blank line is an "empty posting" error in its place, never skipped. */
export async function* readTextRecords(text: AsyncIterable<string>): AsyncGenerator<InputRecord> {
  for await (const { line, text: ad, tooLong } of readLines(text)) {
    if (tooLong) yield unreadable(line, `line is longer than ${ad.length} characters; not read`);
    else if (ad.trim().length === 0) yield unreadable(line, 'empty posting: the line is blank');
    else yield { kind: 'posting', line, posting: ad };
  }
}
