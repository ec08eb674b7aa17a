// The `quanta` command line: dispatches to subcommands, turns QuantaErrors into a
// message and an exit status.
import { QuantaError, UsageError } from '../errors.js';
import { runCommand } from './run-command.js';
import { demoCommand } from './demo-command.js';
import { daemonCommand, psCommand, rmCommand, setCommand } from './daemon-commands.js';
import { serveCommand } from './serve-command.js';

export const USAGE = `usage: quanta <command> [args...]

commands:
  run [options] -- <command>   run a program under Quanta (see: quanta run --help)
  demo                         run the demo CUDA program under Quanta with tracing
  daemon [--system] [--policy P]
                               run a daemon (vGPU ledger) in the foreground
  ps [--json]                  list GPUs, vGPUs, their quotas, usage and processes
  set <vgpu> [--mem SIZE] [--share P] [--weight N] [--priority C]
                               change a running vGPU's memory quota or GPU-time settings
  rm [--force] <vgpu>...       remove vGPUs (--force ends their processes)
  serve --listen ADDRESS       serve GPU-less clients' CUDA calls (quanta run --remote)
  help                         show this help`;

const stderr = (line: string) => process.stderr.write(line + '\n');

/** Runs the CLI with `argv` (without node and script); resolves to the exit status. */
export async function main(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  try {
    switch (cmd) {
      case 'run': return await runCommand(rest, stderr);
      case 'demo': return await demoCommand(rest, (l) => process.stdout.write(l + '\n'));
      case 'daemon': return await daemonCommand(rest, stderr);
      case 'ps': return await psCommand(rest, (l) => process.stdout.write(l + '\n'));
      case 'set': return await setCommand(rest, (l) => process.stdout.write(l + '\n'));
      case 'rm': return await rmCommand(rest, (l) => process.stdout.write(l + '\n'));
      case 'serve': return await serveCommand(rest, stderr);
      case undefined: case 'help': case '-h': case '--help': process.stdout.write(USAGE + '\n'); return cmd === undefined ? 2 : 0;
      default: throw new UsageError(`unknown command "${cmd}"\n\n${USAGE}`);
    }
  } catch (e) {
    if (e instanceof QuantaError) {
      stderr(`quanta ${cmd}: ${e.message}`);
      return e.exitCode;
    }
    throw e;
  }
}
