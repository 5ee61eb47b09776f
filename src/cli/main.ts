import { createScanner, type Scanner } from '../index';
import { UsageError } from './args';
import type { CliIo } from './cli-io';
import type { CommandContext } from './command-context';
import { runCampaigns } from './commands/campaigns';
import { runEval } from './commands/eval';
import { runExplain } from './commands/explain';
import { runRules } from './commands/rules';
import { runScore } from './commands/score';
import { runTrain } from './commands/train';
import { EXIT_STATUS } from './exit-status';
import { COMMAND_HELP, MAIN_HELP, type CommandName } from './help-text';
import { sanitizeLinesForTerminal } from './output/terminal-style';

export type { CliIo } from './cli-io';

const COMMANDS: Readonly<Record<Exclude<CommandName, 'help'>, (args: readonly string[], context: CommandContext) => Promise<number>>> = {
  score: runScore,
  explain: runExplain,
  rules: runRules,
  eval: runEval,
  train: runTrain,
  campaigns: runCampaigns,
};

// Compiling the rules is the costly part of start-up: done once per process, and only by commands that score.
let sharedScanner: Scanner | undefined;
const getScanner = (): Scanner => (sharedScanner ??= createScanner());

/** Runs the `lurescan` command line `argv` (without node and the script) and returns the exit status. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...args] = argv;
  const context: CommandContext = { io, scanner: getScanner };
  try {
    if (command === undefined) {
      io.stderr.write(MAIN_HELP);
      return EXIT_STATUS.usage;
    }
    if (command === '-h' || command === '--help') {
      io.stdout.write(MAIN_HELP);
      return EXIT_STATUS.ok;
    }
    if (command === '-v' || command === '--version') {
      const { engine, ruleSet } = getScanner().versions;
      io.stdout.write(`lurescan ${engine} (rule set ${ruleSet})\n`);
      return EXIT_STATUS.ok;
    }
    if (command === 'help') return showHelp(args, io);
    if (isCommand(command)) return await COMMANDS[command](args, context);
    throw new UsageError(`unknown command '${command}'`);
  } catch (error) {
    if (error instanceof UsageError) {
      const topic = command !== undefined && isCommand(command) ? ` ${command}` : '';
      // A usage error may quote a rule pack, which is untrusted: no escape sequence reaches the terminal.
      io.stderr.write(`lurescan${topic}: ${sanitizeLinesForTerminal(error.message)}\nRun 'lurescan help${topic}' for usage.\n`);
      return EXIT_STATUS.usage;
    }
    io.stderr.write(`lurescan: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return EXIT_STATUS.runFailed;
  }
}

function isCommand(name: string): name is keyof typeof COMMANDS {
  return Object.hasOwn(COMMANDS, name);
}

function showHelp(args: readonly string[], io: CliIo): number {
  const [topic, ...extra] = args;
  if (topic === undefined) {
    io.stdout.write(MAIN_HELP);
    return EXIT_STATUS.ok;
  }
  if (extra.length > 0 || !Object.hasOwn(COMMAND_HELP, topic)) throw new UsageError(`no help for '${args.join(' ')}'`);
  io.stdout.write(COMMAND_HELP[topic as CommandName]);
  return EXIT_STATUS.ok;
}
