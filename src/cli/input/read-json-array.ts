import { jsonValueToRecord } from './read-jsonl';
import { unreadable, type InputRecord } from './record';

/** A JSON array is parsed whole; past this many characters it is refused (JSON lines stream instead). */
export const MAX_JSON_ARRAY_LENGTH = 256 * 1024 * 1024;

/**
 * Reads one JSON array of records (`[{...}, {...}]`, as a `.json` export usually is): each element is a record, a
 * posting object or an ad's text, numbered by the line it starts on. The array is read whole, so a file that is not
 * valid JSON yields one error record at line 1; an element that is not a posting is an error in its own place.
 */
export async function* readJsonArrayRecords(text: AsyncIterable<string>): AsyncGenerator<InputRecord> {
  let whole = '';
  for await (const chunk of text) {
    whole += chunk;
    if (whole.length > MAX_JSON_ARRAY_LENGTH) {
      yield unreadable(1, `JSON array longer than ${MAX_JSON_ARRAY_LENGTH} characters; not read (write it as JSON lines)`);
      return;
    }
  }
  whole = whole.replace(/^\uFEFF/, '');
  let value: unknown;
  try {
    value = JSON.parse(whole);
  } catch (error) {
    yield unreadable(1, `invalid JSON: ${error instanceof Error ? error.message : String(error)}`);
    return;
  }
  if (!Array.isArray(value)) {
    yield jsonValueToRecord(lineOf(whole, whole.search(/\S/)), value);
    return;
  }
  const lines = elementLines(whole);
  for (const [index, element] of value.entries()) yield jsonValueToRecord(lines[index] ?? 1, element as unknown);
}

/** The 1-based line on which each top-level element of a valid JSON array starts. */
export function elementLines(json: string): number[] {
  const lines: number[] = [];
  let line = 1;
  let depth = 0;
  let inString = false;
  let expectingValue = false;
  for (let index = 0; index < json.length; index++) {
    const char = json[index];
    if (char === '\n') line += 1;
    if (inString) {
      if (char === '\\') index += 1;
      else if (char === '"') inString = false;
      continue;
    }
    if (char === ' ' || char === '\t' || char === '\r' || char === '\n') continue;
    if (depth === 1 && expectingValue && char !== ']') {
      lines.push(line);
      expectingValue = false;
    }
    if (char === '"') inString = true;
    else if (char === '[' || char === '{') {
      depth += 1;
      if (depth === 1) expectingValue = true;
    } else if (char === ']' || char === '}') depth -= 1;
    else if (char === ',' && depth === 1) expectingValue = true;
  }
  return lines;
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let index = 0; index < offset; index++) if (text.charCodeAt(index) === 10) line += 1;
  return line;
}
