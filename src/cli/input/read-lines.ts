/** A physical line of an input, without its line end. */
export interface NumberedLine {
  /** 1-based line number. */
  line: number;
  text: string;
  /** The line was longer than the limit; `text` holds only its start. */
  tooLong: boolean;
}

/** Longest line kept in memory, in UTF-16 code units; past it the line is skipped, so a binary file cannot exhaust memory. */
export const MAX_LINE_LENGTH = 16 * 1024 * 1024;

/**
 * Splits a text stream into lines on LF, dropping a CR before it (CRLF). A lone CR stays in the line: JSON allows it
 * between tokens and ads pasted from old systems carry it, so treating it as a line end (as `readline` does) would
 * cut one record in two. The final line needs no line end; a trailing line end does not make an extra empty line.
 */
export async function* readLines(chunks: AsyncIterable<string>, maxLength = MAX_LINE_LENGTH): AsyncGenerator<NumberedLine> {
  let pending = '';
  let tooLong = false;
  let line = 1;
  for await (const chunk of chunks) {
    let start = 0;
    for (let end = chunk.indexOf('\n'); end !== -1; end = chunk.indexOf('\n', start)) {
      const text = tooLong ? pending : pending + chunk.slice(start, end);
      yield finishLine(line, text, tooLong || text.length > maxLength, maxLength);
      line += 1;
      pending = '';
      tooLong = false;
      start = end + 1;
    }
    if (tooLong) continue;
    pending += chunk.slice(start);
    if (pending.length > maxLength) {
      tooLong = true;
      pending = pending.slice(0, maxLength);
    }
  }
  if (pending.length > 0 || tooLong) yield finishLine(line, pending, tooLong, maxLength);
}

function finishLine(line: number, text: string, tooLong: boolean, maxLength: number): NumberedLine {
  if (tooLong) return { line, text: text.slice(0, maxLength), tooLong: true };
  return { line, text: text.endsWith('\r') ? text.slice(0, -1) : text, tooLong: false };
}
