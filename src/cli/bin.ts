import { EXIT_STATUS } from './exit-status';
import { boundHeapGrowth } from './heap-growth';

// Runs the CLI on the process's streams. Kept apart from main.ts so importing main (as the tests do) runs nothing.

// Before any scanner is built, on this thread or a worker: a long run's memory is the scanners plus this slack.
// Before the CLI itself loads, too (a dynamic import): parsing the built-in rules and model grew the young
// generation to 8 MB before the bounds were set.
boundHeapGrowth(process.execArgv, process.env['NODE_OPTIONS']);
const { main } = await import('./main');

// A closed pipe (`lurescan score big.jsonl | head`) ends the output, not with a crash: main stops on its own.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
});

main(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  isTTY: process.stdout.isTTY === true,
  stdinIsTTY: process.stdin.isTTY === true,
  stderrIsTTY: process.stderr.isTTY === true,
  env: process.env,
}).then(
  (status) => {
    process.exitCode = status;
  },
  (error: unknown) => {
    process.stderr.write(`lurescan: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = EXIT_STATUS.runFailed;
  },
);
