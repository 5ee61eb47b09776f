import { parseArgs, type ParseArgsConfig } from 'node:util';

/** A command line the CLI cannot act on: reported with a pointer to the help, exit status 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

type OptionsConfig = NonNullable<ParseArgsConfig['options']>;

/** `parseArgs` in strict mode with positionals, its errors turned into `UsageError`s. */
export function parseCommandArgs<const Options extends OptionsConfig>(args: readonly string[], options: Options) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(describeParseError(error));
  }
}

function describeParseError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  // Node goes on with advice about `--` that does not fit here; the first sentence says what is wrong.
  const [first = error.message] = error.message.split(/\.\s/);
  return first.charAt(0).toLowerCase() + first.slice(1);
}

/** The option's value when it is one of `allowed`, else a usage error naming the choices. */
export function oneOf<const Allowed extends string>(value: string, allowed: readonly Allowed[], option: string): Allowed {
  const match = allowed.find((candidate) => candidate === value);
  if (match === undefined) throw new UsageError(`${option} must be one of ${allowed.join(', ')} (got '${value}')`);
  return match;
}
