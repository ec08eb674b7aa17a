// Where daemons keep their sockets and state. Never a fixed path under /tmp. The host's
// system daemon (root, systemd: deploy/quanta.service) serves every user at
// /run/quanta/daemon.sock; without one, each user runs a private daemon in their own
// runtime and state folders. `quanta run` uses the system daemon whenever it answers.
import { homedir, userInfo } from 'node:os';
import { join } from 'node:path';

export interface DaemonLocations { socket: string; stateFile: string }

/** The system daemon's places (QUANTA_SYSTEM_RUNTIME_DIR / QUANTA_SYSTEM_STATE_DIR
 * override them, for tests). */
export function systemLocations(env: NodeJS.ProcessEnv = process.env): DaemonLocations {
  const runtime = env.QUANTA_SYSTEM_RUNTIME_DIR ?? '/run/quanta';
  const state = env.QUANTA_SYSTEM_STATE_DIR ?? '/var/lib/quanta';
  return { socket: join(runtime, 'daemon.sock'), stateFile: join(state, 'ledger.json') };
}

/** This user's private daemon's places. QUANTA_RUNTIME_DIR / QUANTA_STATE_DIR override
 * (tests, several daemons on one host); root's are the system daemon's. */
export function daemonLocations(env: NodeJS.ProcessEnv = process.env): DaemonLocations {
  if (userInfo().uid === 0 && env.QUANTA_RUNTIME_DIR === undefined && env.XDG_RUNTIME_DIR === undefined) {
    const sys = systemLocations(env);
    return { socket: sys.socket, stateFile: env.QUANTA_STATE_DIR ? join(env.QUANTA_STATE_DIR, 'ledger.json') : sys.stateFile };
  }
  const runtime = env.QUANTA_RUNTIME_DIR ?? (env.XDG_RUNTIME_DIR ? join(env.XDG_RUNTIME_DIR, 'quanta') : join(homedir(), '.cache/quanta/run'));
  const state = env.QUANTA_STATE_DIR ?? (env.XDG_STATE_HOME ? join(env.XDG_STATE_HOME, 'quanta') : join(homedir(), '.local/state/quanta'));
  return { socket: join(runtime, 'daemon.sock'), stateFile: join(state, 'ledger.json') };
}
