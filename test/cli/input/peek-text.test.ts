import { describe, expect, it } from 'vitest';
import { peekText } from '../../../src/cli/input/peek-text';
import { chunksOf, collect } from '../run-cli';

describe('peekText', () => {
  it('reads up to the end of the first non-blank line and replays the whole input', async () => {
    let pulled = 0;
    async function* source(): AsyncGenerator<string> {
      for (const chunk of ['\n\n{"ti', 'tle":"A"}\n{"title', '":"B"}\n', 'tail']) {
        pulled += 1;
        yield chunk;
      }
    }
    const peeked = await peekText(source());
    expect(peeked.head).toBe('\n\n{"title":"A"}\n{"title');
    expect(pulled).toBe(2);
    expect((await collect(peeked.text)).join('')).toBe('\n\n{"title":"A"}\n{"title":"B"}\ntail');
  });

  it('stops at the limit on an input with no line end, and handles an empty input', async () => {
    const peeked = await peekText(chunksOf('abc', 'def', 'ghi'), 5);
    expect(peeked.head).toBe('abcdef');
    expect((await collect(peeked.text)).join('')).toBe('abcdefghi');
    const empty = await peekText(chunksOf());
    expect(empty.head).toBe('');
    expect(await collect(empty.text)).toEqual([]);
  });
});
