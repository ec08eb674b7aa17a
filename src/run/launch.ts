// Starts a program and waits for it, as a shell would: same stdio, signals passed on,
// its exit status (or 128+signal) returned.
import { spawn } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { constants as os } from 'node:os';
import { CommandNotFoundError } from '../errors.js';

/** Finds `command` the way execvp does; throws CommandNotFoundError if it cannot run. */
export function resolveCommand(command: string, env: NodeJS.ProcessEnv): string {
  const candidates = command.includes('/') ? [command] : (env.PATH ?? '/usr/bin:/bin').split(delimiter).map((d) => join(d || '.', command));
  let sawNotExecutable = false;
  for (const c of candidates) {
    try {
      if (!statSync(c).isFile()) continue;
      accessSync(c, constants.X_OK);
      return c;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EACCES') sawNotExecutable = true;
    }
  }
  throw new CommandNotFoundError(command, sawNotExecutable);
}

const FORWARDED: NodeJS.Signals[] = ['SIGTERM', 'SIGHUP', 'SIGUSR1', 'SIGUSR2'];
// Terminal signals reach the whole foreground process group already; passing them on
// again would deliver them twice, so quanta itself just ignores them while waiting.
const IGNORED: NodeJS.Signals[] = ['SIGINT', 'SIGQUIT'];

/** Runs argv[0] with argv[1..] in env; resolves to its exit status. `passFds`: descriptors
 * of this process the program gets at the same numbers (after 0-2). */
export function launch(argv: string[], env: NodeJS.ProcessEnv, passFds: number[] = []): Promise<number> {
  const file = resolveCommand(argv[0]!, env);
  return new Promise((resolvePromise, reject) => {
    const child = spawn(file, argv.slice(1), { env, stdio: ['inherit', 'inherit', 'inherit', ...passFds], argv0: argv[0] });
    const forward = (sig: NodeJS.Signals) => child.kill(sig);
    const ignore = () => {};
    FORWARDED.forEach((s) => process.on(s, forward));
    IGNORED.forEach((s) => process.on(s, ignore));
    const cleanup = () => {
      FORWARDED.forEach((s) => process.off(s, forward));
      IGNORED.forEach((s) => process.off(s, ignore));
    };
    child.on('error', (e) => {
      cleanup();
      reject((e as NodeJS.ErrnoException).code === 'ENOENT' ? new CommandNotFoundError(argv[0]!) : e);
    });
    child.on('exit', (code, signal) => {
      cleanup();
      resolvePromise(code ?? 128 + (signal ? os.signals[signal] : 0));
    });
  });
}
