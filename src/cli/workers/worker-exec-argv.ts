/**
 * Node flags a worker thread must not inherit from the CLI's process. A worker takes `process.execArgv` by default:
 * an inspector port would be opened twice, profilers would write one file per thread over each other, and heap
 * sizes are the worker's own (`resourceLimits`). Flags that shape how code loads (`--import`, `--conditions`,
 * `--enable-source-maps`) are kept, since the worker runs the same code.
 */
/** Per-process flags that take no value of their own. */
const PER_PROCESS_SWITCHES = [
  '--inspect',
  '--inspect-brk',
  '--inspect-wait',
  '--cpu-prof',
  '--heap-prof',
  '--prof',
  '--prof-process',
  '--report-on-signal',
  '--watch',
];

/** Per-process flags that take a value, as `--flag=value` or as the next argument. */
const TAKES_VALUE: ReadonlySet<string> = new Set([
  '--inspect-port',
  '--debug-port',
  '--cpu-prof-dir',
  '--cpu-prof-name',
  '--cpu-prof-interval',
  '--heap-prof-dir',
  '--heap-prof-name',
  '--heap-prof-interval',
  '--max-old-space-size',
  '--max-semi-space-size',
  '--max-young-generation-size',
  '--title',
  '--diagnostic-dir',
  '--report-signal',
  '--report-dir',
  '--report-directory',
  '--report-filename',
  '--heapsnapshot-signal',
  '--heapsnapshot-near-heap-limit',
  '--watch-path',
]);

const PER_PROCESS_FLAGS: ReadonlySet<string> = new Set([...PER_PROCESS_SWITCHES, ...TAKES_VALUE]);

/**
 * V8's own flags that node also takes in NODE_OPTIONS. A worker refuses every V8 flag in its `execArgv`
 * (ERR_WORKER_INVALID_EXEC_ARGV: `node --heap-growing-percent=30 lurescan score --workers 2` failed the run), and
 * needs none: V8's flags hold for the whole process, worker threads included.
 */
const V8_FLAGS_NODE_TAKES: ReadonlySet<string> = new Set([
  '--abort-on-uncaught-exception',
  '--disallow-code-generation-from-strings',
  '--enable-etw-stack-walking',
  '--expose-gc',
  '--huge-max-old-generation-size',
  '--interpreted-frames-native-stack',
  '--jitless',
  '--perf-basic-prof',
  '--perf-basic-prof-only-functions',
  '--perf-prof',
  '--perf-prof-unwinding-info',
  '--stack-trace-limit',
]);

/**
 * `execArgv` without the per-process flags and V8's flags; a per-process flag's value, given as the next argument,
 * goes with it. `nodeFlags` tells node's own options from V8's (anything node does not know is V8's).
 */
export function workerExecArgv(execArgv: readonly string[], nodeFlags: ReadonlySet<string> = process.allowedNodeEnvironmentFlags): string[] {
  const kept: string[] = [];
  for (let index = 0; index < execArgv.length; index++) {
    const argument = execArgv[index] ?? '';
    const name = argument.split('=', 1)[0] ?? '';
    const flag = name.replace(/^--(?:no-)?/u, '--').replace(/_/gu, '-');
    if (!PER_PROCESS_FLAGS.has(flag)) {
      const v8Flag = V8_FLAGS_NODE_TAKES.has(flag) || (name.startsWith('--') && !nodeFlags.has(name) && !nodeFlags.has(flag));
      if (!v8Flag) kept.push(argument);
      continue;
    }
    // "--inspect-port 9230": the value is the next argument when the flag has none of its own and one follows.
    const next = execArgv[index + 1];
    if (!argument.includes('=') && next !== undefined && !next.startsWith('-') && TAKES_VALUE.has(flag)) index += 1;
  }
  return kept;
}
