/** How much text is read ahead at most to tell an input's format. */
export const PEEK_LIMIT = 64 * 1024;

export interface PeekedText {
  /** The start of the input: at least its first non-blank line, unless the input or the limit ends first. */
  head: string;
  /** The whole input again, head included, still streamed. */
  text: AsyncIterable<string>;
}

/** Reads just enough of a text stream to see its first non-blank line, without losing what was read. */
export async function peekText(text: AsyncIterable<string>, limit = PEEK_LIMIT): Promise<PeekedText> {
  const iterator = text[Symbol.asyncIterator]();
  const seen: string[] = [];
  let head = '';
  let exhausted = false;
  while (!hasCompleteFirstLine(head) && head.length < limit) {
    const next = await iterator.next();
    if (next.done === true) {
      exhausted = true;
      break;
    }
    seen.push(next.value);
    head += next.value;
  }
  return { head, text: replay(seen, exhausted ? undefined : iterator) };
}

function hasCompleteFirstLine(head: string): boolean {
  const firstContent = head.search(/\S/);
  return firstContent !== -1 && head.indexOf('\n', firstContent) !== -1;
}

async function* replay(seen: readonly string[], rest: AsyncIterator<string> | undefined): AsyncGenerator<string> {
  yield* seen;
  if (rest === undefined) return;
  try {
    for (let next = await rest.next(); next.done !== true; next = await rest.next()) yield next.value;
  } finally {
    await rest.return?.();
  }
}
