// Where the daemon keeps its socket and its state. Never a fixed path under /tmp:
// per-user runtime and state folders, or system ones for the root service.
import { homedir, userInfo } from 'node:os';
import { join } from 'node:path';

export interface DaemonLocations { socket: string; stateFile: string }

/** QUANTA_RUNTIME_DIR / QUANTA_STATE_DIR override (tests, several daemons on one host). */
export function daemonLocations(env: NodeJS.ProcessEnv = process.env): DaemonLocations {
  const root = userInfo().uid === 0;
  const runtime = env.QUANTA_RUNTIME_DIR
    ?? (env.XDG_RUNTIME_DIR ? join(env.XDG_RUNTIME_DIR, 'quanta') : root ? '/run/quanta' : join(homedir(), '.cache/quanta/run'));
  const state = env.QUANTA_STATE_DIR
    ?? (env.XDG_STATE_HOME ? join(env.XDG_STATE_HOME, 'quanta') : root ? '/var/lib/quanta' : join(homedir(), '.local/state/quanta'));
  return { socket: join(runtime, 'daemon.sock'), stateFile: join(state, 'ledger.json') };
}
