// Starting a program in a vGPU: find the daemon (the host's system daemon when one
// answers, else this user's, started in the background if none runs), ask it to launch
// the vGPU, and keep that connection open while the program runs, so the vGPU lives
// exactly as long as its programs. The program joins with a secret token, never with
// its own limits. Every way this can fail ends in a typed error: `quanta run` never
// starts the program without its vGPU, and never exits 0 for a program it did not run.
import type { ComputeRequest } from '../daemon/ledger.js';
import { spawn } from 'node:child_process';
import { closeSync, mkdirSync, openSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { QuantaError } from '../errors.js';
import { PACKAGE_ROOT } from '../paths.js';
import { daemonLocations, systemLocations } from '../daemon/locations.js';
import { DaemonConnection, DaemonUnreachableError, EXIT_DAEMON_UNAVAILABLE, request } from '../daemon/client.js';
import type { LaunchAnswer } from '../daemon/protocol.js';

export interface VgpuRequest { name?: string; gpus: (number | string)[]; memory?: number; compute?: ComputeRequest }
export interface LaunchedVgpu {
  socket: string;
  name: string;
  token: string;
  gpus: LaunchAnswer['gpus'];
  /** Calls `f` if the daemon closes the launch connection while the program runs. */
  onLost(f: () => void): void;
  close(): void;
}

const answers = (socket: string, timeoutMs = 1000): Promise<boolean> => request(socket, 'status', {}, timeoutMs).then(() => true, (e: unknown) => {
  if (e instanceof DaemonUnreachableError) return false;
  throw e;
});

/** The socket of the daemon this user's commands talk to: QUANTA_RUNTIME_DIR's if set,
 * else the system daemon's when it answers, else this user's own. */
export async function daemonSocket(env: NodeJS.ProcessEnv = process.env): Promise<string> {
  if (env.QUANTA_RUNTIME_DIR === undefined) {
    const sys = systemLocations(env).socket;
    if (await answers(sys).catch(() => false)) return sys;
  }
  return daemonLocations(env).socket;
}

/** The daemon's socket, after starting a daemon for this user if none answers. */
export async function ensureDaemon(driver: 'real' | 'simulated', env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const socket = await daemonSocket(env);
  if (await answers(socket, 5000)) return socket;
  const { stateFile } = daemonLocations(env);
  mkdirSync(dirname(stateFile), { recursive: true, mode: 0o700 });
  const logFile = join(dirname(stateFile), 'daemon.log');
  const fd = openSync(logFile, 'a', 0o600);
  const d = spawn(process.execPath, [join(PACKAGE_ROOT, 'bin/quanta'), 'daemon', '--driver', driver], { detached: true, stdio: ['ignore', fd, fd], env });
  d.unref();
  closeSync(fd);
  for (let waited = 0; waited < 10_000; waited += 50) {
    await new Promise((r) => setTimeout(r, 50));
    if (await answers(socket)) return socket;
  }
  throw new QuantaError(`could not start a Quanta daemon (its log: ${logFile}); the program was not started, since it would run without its limits`, EXIT_DAEMON_UNAVAILABLE);
}

/** Creates or joins the vGPU for this launcher; throws DaemonRefusedError with the
 * daemon's reason, or DaemonUnreachableError / DaemonDroppedError when it cannot answer. */
export async function launchVgpu(socket: string, vgpu: VgpuRequest): Promise<LaunchedVgpu> {
  const conn = await DaemonConnection.open(socket);
  try {
    const res = await conn.request('launch', { vgpu });
    return { socket, name: res.vgpu, token: res.token, gpus: res.gpus, onLost: (f) => conn.onClose(f), close: () => conn.close() };
  } catch (e) {
    conn.close();
    throw e;
  }
}
