import { oneOf, parseCommandArgs, UsageError } from '../args';
import { withScannerFiles, type CommandContext } from '../command-context';
import { EXIT_STATUS } from '../exit-status';
import { EXPLAIN_HELP } from '../help-text';
import { decodeText } from '../input/decode-text';
import { isJsonFileName } from '../input/detect-format';
import { InputReadError, openInput, STDIN_NAME } from '../input/open-input';
import { MAX_LINE_LENGTH } from '../input/read-lines';
import { formatVerdictReport } from '../output/format-pretty';
import { createTerminalStyle, wantsAnsi } from '../output/terminal-style';

const OPTIONS = {
  file: { type: 'string' },
  format: { type: 'string', short: 'f' },
  rules: { type: 'string' },
  model: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const OUTPUT_FORMATS = ['pretty', 'json'] as const;

/** `lurescan explain "ad text"`: the readable report for one ad. */
export async function runExplain(args: readonly string[], baseContext: CommandContext): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, OPTIONS);
  const { io } = baseContext;
  if (values.help === true) {
    io.stdout.write(EXPLAIN_HELP);
    return EXIT_STATUS.ok;
  }
  const format = oneOf(values.format ?? 'pretty', OUTPUT_FORMATS, '--format');
  if (positionals.length > 0 && values.file !== undefined) throw new UsageError('give the ad as TEXT or with --file, not both');
  const context = await withScannerFiles(baseContext, { rules: values.rules, model: values.model });

  let text: string;
  const source = values.file ?? STDIN_NAME;
  try {
    if (positionals.length === 0 && source === STDIN_NAME && io.stdinIsTTY === true) io.stderr.write(STDIN_PROMPT);
    text = positionals.length > 0 ? positionals.join(' ') : await readWhole(source, context);
  } catch (error) {
    if (!(error instanceof InputReadError)) throw error;
    io.stderr.write(`lurescan explain: ${error.message}\n`);
    return EXIT_STATUS.usage;
  }
  let ad: unknown = text;
  if (values.file !== undefined && isJsonFileName(values.file)) {
    try {
      ad = JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
    } catch (error) {
      io.stderr.write(`lurescan explain: ${values.file}: invalid JSON: ${error instanceof Error ? error.message : String(error)}\n`);
      return EXIT_STATUS.recordFailed;
    }
  }
  if (typeof ad === 'string' && ad.trim().length === 0) {
    io.stderr.write('lurescan explain: empty posting: there is no text to score\n');
    return EXIT_STATUS.recordFailed;
  }

  const scanner = context.scanner();
  const result = scanner.safeScore(ad);
  if (!result.success) {
    const issues = result.error.issues.map((issue) => `  ${issue.path.length > 0 ? issue.path.join('.') : '(posting)'}: ${issue.message}`).join('\n');
    io.stderr.write(`lurescan explain: ${values.file ?? 'the input'} is not a valid posting:\n${issues}\n`);
    return EXIT_STATUS.recordFailed;
  }
  const { verdict } = result;
  // explain is where the whole explanation of each flag is read; the verdict itself carries a one-line summary.
  const explanations = new Map(scanner.rules.map((rule) => [rule.id, rule.explanation]));
  if (format === 'json') io.stdout.write(`${JSON.stringify(verdict)}\n`);
  else io.stdout.write(formatVerdictReport(verdict, ad, createTerminalStyle(wantsAnsi(io.isTTY, io.env ?? {})), undefined, explanations));
  return EXIT_STATUS.ok;
}

/** Said on stderr before waiting for a terminal's input, so that `lurescan explain` alone does not seem to hang. */
const STDIN_PROMPT = "lurescan explain: reading the ad from standard input; end it with Ctrl-D, or give it as TEXT or with --file FILE.\n";

/** One ad is small; a "file" far past any ad is refused rather than read into memory. */
async function readWhole(name: string, { io }: CommandContext): Promise<string> {
  let text = '';
  for await (const chunk of decodeText(await openInput(name, io.stdin))) {
    text += chunk;
    if (text.length > MAX_LINE_LENGTH) throw new InputReadError(name, new Error(`longer than ${MAX_LINE_LENGTH} characters, too long for one ad`));
  }
  return text;
}
