import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parse, type Options } from 'csv-parse';
import { PostingValidationError, type PostingIssue } from '../../index';
import { fieldForColumn, rowToPosting } from './csv-columns';
import { posterIssue, splitPosterCells } from './csv-poster';
import { InputReadError } from './open-input';
import { posterContext, postingId, unreadable, type InputRecord } from './record';

/** Longest record (in characters) read before giving up on the input: an unclosed quote must not swallow memory. */
export const MAX_RECORD_LENGTH = 64 * 1024 * 1024;

/** What the parser hands on, each stamped with the line it starts on at the moment it is parsed. */
type ParsedItem =
  | { kind: 'row'; line: number; cells: string[] }
  | { kind: 'skipped'; line: number; error: unknown; raw: string }
  | { kind: 'overflow'; line: number };

/** The header row: its column names as written, and the posting field each fills. */
interface Header {
  names: string[];
  fields: string[];
}

/** A row as csv-parse gives it with `raw: true`. */
interface RawRow {
  record: string[];
  raw: string;
}

interface ParseState {
  nextLine: number;
  charsSinceLastRecord: number;
  /** Feeding stopped because a record ran past the limit. */
  overflowed: boolean;
  overflowReported: boolean;
}

/**
 * Reads CSV with a header row, streaming through csv-parse. Each row after the header is one record, located at
 * the physical line it starts on (a quoted cell may span lines). Blank lines before the header are not records; a
 * blank line after it is an error in its place.
 */
export async function* readCsvRecords(
  text: AsyncIterable<string>,
  maxRecordLength = MAX_RECORD_LENGTH,
  resume?: { header: Header; line: number },
): AsyncGenerator<InputRecord> {
  const state: ParseState = { nextLine: resume?.line ?? 1, charsSinceLastRecord: 0, overflowed: false, overflowReported: false };
  const parser = createParser(state, (item) => parser.push(item));
  // A read failure destroys the parser, so the loop below sees it; this only keeps the rejection from going unhandled.
  const piping = pipeline(Readable.from(limitRecordLength(text, state, maxRecordLength)), parser).catch(() => undefined);
  let header: Header | undefined = resume?.header;
  try {
    for await (const item of parser as AsyncIterable<ParsedItem>) {
      if (item.kind === 'overflow') {
        yield unreadable(item.line, `a CSV record runs past ${maxRecordLength} characters (is a quote left open?); the rest of the input was not read`);
      } else if (item.kind === 'skipped') {
        const restart = header === undefined ? null : unclosedQuoteRestart(item, header.fields.length);
        if (restart === null) {
          yield unreadable(item.line, describeCsvFailure(item.error));
          continue;
        }
        // The quote ran to the end of the input: only the lines up to the next plausible record start are lost.
        const lines = restart.line - 1 === item.line ? `line ${item.line} was` : `lines ${item.line}-${restart.line - 1} were`;
        yield unreadable(item.line, `a quoted cell is never closed: ${lines} not read; reading goes on at line ${restart.line}, the next line that reads as a whole record`);
        yield* readCsvRecords(singleChunk(restart.text), maxRecordLength, { header: header as Header, line: restart.line });
        return;
      } else if (header === undefined) {
        if (!isBlankRow(item.cells)) header = { names: item.cells, fields: item.cells.map(fieldForColumn) };
      } else {
        yield rowToRecord(item.line, header, item.cells);
      }
    }
  } catch (error) {
    if (error instanceof InputReadError) throw error;
    yield unreadable(state.nextLine, `${error instanceof Error ? error.message : String(error)}; the rest of the input was not read`);
  } finally {
    parser.destroy();
    await piping;
  }
}

/**
 * The parser's hooks run synchronously as it parses, so line numbers and errors keep input order. An error is
 * pushed in the record's place instead of failing the stream: failing would discard rows parsed but not yet read.
 */
function createParser(state: ParseState, pushItem: (item: ParsedItem) => void) {
  const startRecord = (raw: string | undefined): number => {
    const line = state.nextLine;
    state.nextLine += countLineBreaks(raw ?? '');
    state.charsSinceLastRecord = 0;
    return line;
  };
  // Once feeding stopped, the record in progress (and the little still buffered after it) becomes one error.
  const overflowItem = (line: number): ParsedItem | undefined => {
    if (state.overflowReported) return undefined;
    state.overflowReported = true;
    return { kind: 'overflow', line };
  };
  const options: Options<ParsedItem, RawRow> = {
    raw: true,
    // Relaxed quoting and column counts: scraped ads are messy, and a short row is reported in its place.
    relax_column_count: true,
    relax_quotes: true,
    skip_records_with_error: true,
    // Only LF and CRLF end a record, as they end a line everywhere else in the CLI.
    record_delimiter: ['\r\n', '\n'],
    on_record: ({ record, raw }) => {
      const line = startRecord(raw);
      return state.overflowed ? overflowItem(line) : { kind: 'row', line, cells: record };
    },
    on_skip: (error, raw) => {
      const line = startRecord(raw);
      const item = state.overflowed ? overflowItem(line) : { kind: 'skipped' as const, line, error, raw: raw ?? '' };
      if (item !== undefined) pushItem(item);
      return undefined;
    },
  };
  // csv-parse's overloads type `on_record` only without `raw` (rows as string[]); these options are as documented.
  return parse(options as unknown as Options);
}

function isBlankRow(cells: readonly string[]): boolean {
  return cells.length <= 1 && (cells[0] ?? '').trim().length === 0;
}

function rowToRecord(line: number, header: Header, cells: readonly string[]): InputRecord {
  if (isBlankRow(cells)) return unreadable(line, 'empty posting: the row is blank');
  if (cells.length !== header.fields.length) return unreadable(line, `the row has ${cells.length} cells but the header has ${header.fields.length}`);
  // The verified-poster columns are the board's word, beside the posting: they become the score context.
  const row = splitPosterCells(header.fields, header.names, cells);
  const converted = rowToPosting(row.fields, row.cells);
  const id = () => postingId(Object.fromEntries(row.fields.map((field, index) => [field, row.cells[index]])));
  if (!converted.success) return invalidRow(line, converted.issues, id());
  if (Object.keys(row.poster).length === 0) return { kind: 'posting', line, posting: converted.posting };
  const poster = posterContext(row.poster);
  if (poster.success) return { kind: 'posting', line, posting: converted.posting, context: poster.context };
  const key = poster.path[0] === 'account' || poster.path[0] === 'verifiedDomain' ? poster.path[0] : undefined;
  return invalidRow(line, [posterIssue(row.columns, key, poster.message)], id());
}

function invalidRow(line: number, issues: PostingIssue[], id: string | number | undefined): InputRecord {
  const error = new PostingValidationError(issues);
  return { kind: 'error', line, ...(id === undefined ? {} : { id }), error: { message: error.message, issues: [...error.issues] } };
}

/**
 * Line ends in a record's raw text. csv-parse keeps only the CR of a CRLF that ends a record, so a trailing CR
 * counts as a line end too (a lone CR inside a cell does not, as in `readLines`).
 */
export function countLineBreaks(raw: string): number {
  let count = 0;
  for (let index = raw.indexOf('\n'); index !== -1; index = raw.indexOf('\n', index + 1)) count += 1;
  return raw.endsWith('\r') ? count + 1 : count;
}

/** Stops feeding the parser once a record runs past the limit; the parser then ends the record in progress. */
async function* limitRecordLength(text: AsyncIterable<string>, state: ParseState, limit: number): AsyncGenerator<string> {
  for await (const chunk of text) {
    state.charsSinceLastRecord += chunk.length;
    if (state.charsSinceLastRecord > limit) {
      state.overflowed = true;
      return;
    }
    yield chunk;
  }
}

function describeCsvFailure(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  if (code === 'CSV_QUOTE_NOT_CLOSED') return 'a quoted cell is never closed: the record starting on this line runs to the end of the input';
  return `unreadable CSV record: ${error instanceof Error ? error.message : String(error)}`;
}

/**
 * Where to go on after a quote that is never closed swallowed the rest of the input (`item.raw`, already in memory):
 * the first later line that reads, on its own, as a whole record (as many cells as the header, every quote
 * closed). Null when the failure is another one, or no later line is such a start (the rest is then one error).
 */
function unclosedQuoteRestart(item: Extract<ParsedItem, { kind: 'skipped' }>, cellCount: number): { line: number; text: string } | null {
  const code = typeof item.error === 'object' && item.error !== null && 'code' in item.error ? item.error.code : undefined;
  if (code !== 'CSV_QUOTE_NOT_CLOSED') return null;
  let offset = item.raw.indexOf('\n');
  for (let line = item.line + 1; offset !== -1; line++) {
    const start = offset + 1;
    const end = item.raw.indexOf('\n', start);
    const candidate = item.raw.slice(start, end === -1 ? undefined : end).replace(/\r$/u, '');
    if (plausibleRecord(candidate, cellCount)) return { line, text: item.raw.slice(start) };
    offset = end;
  }
  return null;
}

/** True when one line reads as a record of `cellCount` cells with every quote closed (a quote opens a cell only). */
function plausibleRecord(line: string, cellCount: number): boolean {
  if (line.trim() === '') return false;
  let cells = 1;
  let quoted = false;
  for (let index = 0; index < line.length; index++) {
    const char = line.charAt(index);
    if (quoted) {
      if (char === '"' && line.charAt(index + 1) === '"') index += 1;
      else if (char === '"') quoted = false;
    } else if (char === ',') cells += 1;
    else if (char === '"' && (index === 0 || line.charAt(index - 1) === ',')) quoted = true;
  }
  return !quoted && cells === cellCount;
}

// An async generator with nothing to await: the reader takes chunks as an async iterable, and this is one chunk.
// eslint-disable-next-line @typescript-eslint/require-await
async function* singleChunk(text: string): AsyncGenerator<string> {
  yield text;
}
