// Starting a program in a vGPU: make sure this user's daemon runs (starting one in the
// background if none answers: the embedded default), ask it to launch the vGPU, and
// keep that connection open while the program runs, so the vGPU lives exactly as long
// as its programs. The program joins with a secret token, never with its own limits.
import type { ComputeRequest } from '../daemon/ledger.js';
import { spawn } from 'node:child_process';
import { closeSync, mkdirSync, openSync } from 'node:fs';
import { createConnection, type Socket } from 'node:net';
import { dirname, join } from 'node:path';
import { QuantaError } from '../errors.js';
import { PACKAGE_ROOT } from '../paths.js';
import { daemonLocations } from '../daemon/locations.js';
import { DaemonRefusedError, DaemonUnreachableError, request } from '../daemon/client.js';
import { PROTOCOL_VERSION } from '../daemon/protocol.js';

export interface VgpuRequest { name?: string; gpus: (number | string)[]; memory?: number; compute?: ComputeRequest }
export interface LaunchedVgpu { socket: string; name: string; token: string; gpus: { uuid: string; index: number; quota: number; contextBytes?: number }[]; close(): void }

/** The daemon's socket, after starting a daemon for this user if none answers. */
export async function ensureDaemon(driver: 'real' | 'simulated', env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const { socket, stateFile } = daemonLocations(env);
  try {
    await request(socket, 'status');
    return socket;
  } catch (e) {
    if (!(e instanceof DaemonUnreachableError)) throw e;
  }
  mkdirSync(dirname(stateFile), { recursive: true, mode: 0o700 });
  const logFile = join(dirname(stateFile), 'daemon.log');
  const fd = openSync(logFile, 'a', 0o600);
  const d = spawn(process.execPath, [join(PACKAGE_ROOT, 'bin/quanta'), 'daemon', '--driver', driver], { detached: true, stdio: ['ignore', fd, fd], env });
  d.unref();
  closeSync(fd);
  for (let waited = 0; waited < 10_000; waited += 50) {
    await new Promise((r) => setTimeout(r, 50));
    try {
      await request(socket, 'status', {}, 1000);
      return socket;
    } catch (e) {
      if (!(e instanceof DaemonUnreachableError)) throw e;
    }
  }
  throw new QuantaError(`could not start a Quanta daemon (its log: ${logFile}); the program was not started, since it would run without its limits`, 69);
}

/** Creates or joins the vGPU for this launcher; throws DaemonRefusedError with the daemon's reason. */
export function launchVgpu(socket: string, vgpu: VgpuRequest): Promise<LaunchedVgpu> {
  return new Promise((resolve, reject) => {
    const conn: Socket = createConnection(socket);
    let buffered = '';
    conn.setEncoding('utf8');
    conn.on('connect', () => conn.write(JSON.stringify({ v: PROTOCOL_VERSION, id: 1, op: 'launch', pid: process.pid, vgpu }) + '\n'));
    conn.on('error', (e: NodeJS.ErrnoException) => reject(new DaemonUnreachableError(socket, e.code ?? e.message)));
    conn.on('data', (chunk: string) => {
      buffered += chunk;
      const nl = buffered.indexOf('\n');
      if (nl < 0) return;
      const res = JSON.parse(buffered.slice(0, nl)) as { ok: boolean; vgpu: string; token: string; gpus: LaunchedVgpu['gpus']; error?: { code: string; message: string } };
      if (!res.ok) {
        conn.destroy();
        reject(new DaemonRefusedError(res.error!.code, res.error!.message));
        return;
      }
      resolve({ socket, name: res.vgpu, token: res.token, gpus: res.gpus, close: () => conn.destroy() });
    });
  });
}
