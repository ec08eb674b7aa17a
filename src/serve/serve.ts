// `quanta serve` (issue 12's minimal form; the pool is issue 13): accepts forwarded
// sessions on a TCP or Unix address and gives each one an executor process of its own,
// optionally in a vGPU of its own, so that one session's crash, quota or share never
// touches another's (docs/design/forwarding.md).
//
// The server stays out of the data path: a connection is accepted paused (nothing read),
// handed to a fresh quanta-executor as its descriptor 3, and closed here; the executor
// checks the hello and token itself and exits when its client goes. A session's vGPU is
// made by `quanta run`, which starts the executor in it and removes it when it exits.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server, type Socket } from 'node:net';
import { lstatSync, mkdirSync, rmSync } from 'node:fs';
import { QuantaError } from '../errors.js';
import { forwardPaths, nativePaths } from '../paths.js';
import { runEnvironment } from '../run/environment.js';
import type { VgpuRequest } from '../run/vgpu-launch.js';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../paths.js';

const QUANTA_BIN = join(PACKAGE_ROOT, 'bin/quanta');

export interface ServeOptions {
  /** "unix:/PATH" or "tcp:HOST:PORT" (port 0: any free one). */
  listen: string;
  token: string;
  driver: 'real' | 'simulated';
  /** Each session's vGPU (its GPUs, quota and share); none: sessions use the GPUs directly. */
  vgpu?: Omit<VgpuRequest, 'name'>;
  /** Sessions at once; a connection beyond is closed at once. */
  maxSessions: number;
  /** The executors' module cache (a folder of this user's, mode 0700) and its bound in
   * bytes; none: every session sends its module images whole. */
  moduleCache?: { dir: string; bytes: number };
  log: (line: string) => void;
}

export interface RunningServer {
  /** The address clients give to quanta run --remote (the bound TCP port filled in). */
  address: string;
  /** Stops accepting, ends every session's executor and removes its vGPU. */
  close(): Promise<void>;
}

interface Session { id: number; executor: ChildProcess; ended: Promise<void> }

/** quanta run's options for a session's vGPU. */
function vgpuArgs(v: Omit<VgpuRequest, 'name'>): string[] {
  const args = ['--gpu', v.gpus.join(',')];
  if (v.memory !== undefined) args.push('--mem', String(v.memory));
  if (v.compute?.share !== undefined) args.push('--share', `${v.compute.share * 100}%`);
  if (v.compute?.weight !== undefined) args.push('--weight', String(v.compute.weight));
  if (v.compute?.priority !== undefined) args.push('--priority', v.compute.priority);
  return args;
}

export class ServeError extends QuantaError {
  override name = 'ServeError';
}

/** Makes the module cache's folder if missing (mode 0700) and checks that it is this
 * user's alone: its executors hand the images in it to the driver as code. */
export function prepareModuleCache(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
  } catch (e) {
    throw new ServeError(`cannot make the module cache folder ${dir}: ${(e as Error).message} (--module-cache DIR picks another, --module-cache off goes without)`, 1);
  }
  const st = lstatSync(dir);
  if (!st.isDirectory() || st.uid !== process.getuid?.() || (st.mode & 0o077) !== 0) {
    throw new ServeError(`the module cache folder ${dir} must be a folder of this user's that nobody else may open (chmod 700 ${dir})`, 1);
  }
}

export async function serve(opts: ServeOptions): Promise<RunningServer> {
  if (opts.moduleCache) prepareModuleCache(opts.moduleCache.dir);
  const { executor } = forwardPaths();
  const paths = nativePaths();
  const sessions = new Map<number, Session>();
  let next = 1;

  const start = (socket: Socket): void => {
    const id = next++;
    const peer = socket.remoteAddress ? `${socket.remoteAddress}:${socket.remotePort}` : 'a local client';
    if (sessions.size >= opts.maxSessions) {
      opts.log(`quanta serve: refused a session from ${peer}: ${opts.maxSessions} sessions already`);
      socket.destroy();
      return;
    }
    // The executor is started the way a program is; in a vGPU, quanta run creates it (the daemon counts one launcher per vGPU) and hands
    // the connection on to the executor as its descriptor 3.
    const env: NodeJS.ProcessEnv = { ...process.env, QUANTA_REMOTE_TOKEN: opts.token };
    if (opts.moduleCache) Object.assign(env, { QUANTA_EXECUTOR_MODULE_CACHE: opts.moduleCache.dir, QUANTA_EXECUTOR_MODULE_CACHE_BYTES: String(opts.moduleCache.bytes) });
    let argv = [executor, '--fd', '3'];
    if (opts.vgpu) {
      env.QUANTA_RUN_PASS_FD = '3';
      argv = [process.execPath, QUANTA_BIN, 'run', '--driver', opts.driver, ...vgpuArgs(opts.vgpu), '--', ...argv];
    } else {
      Object.assign(env, runEnvironment(process.env, paths, { driver: opts.driver, trace: false }), { QUANTA_REMOTE_TOKEN: opts.token });
    }
    const child = spawn(argv[0]!, argv.slice(1), { env, stdio: ['ignore', 'inherit', 'inherit', socket] });
    socket.destroy(); // the executor holds its own copy: the client sees it close when the executor ends
    const ended = new Promise<void>((resolve) => child.on('exit', (code, signal) => {
      sessions.delete(id);
      opts.log(`quanta serve: session ${id} from ${peer} ended (${signal ?? `exit ${code}`})`);
      resolve();
    }));
    child.on('error', (e) => opts.log(`quanta serve: session ${id}: could not start the executor: ${e.message}`));
    sessions.set(id, { id, executor: child, ended });
    opts.log(`quanta serve: session ${id} from ${peer}: executor${opts.vgpu ? ' in a vGPU of its own' : ''} (pid ${child.pid})`);
  };

  const server: Server = createServer({ pauseOnConnect: true }, (socket) => {
    try {
      start(socket);
    } catch (e) {
      opts.log(`quanta serve: ${(e as Error).message}`);
      socket.destroy();
    }
  });
  const address = await listen(server, opts.listen);
  return {
    address,
    close: async () => {
      server.close();
      for (const s of sessions.values()) s.executor.kill('SIGTERM');
      await Promise.all([...sessions.values()].map((s) => s.ended));
      if (opts.listen.startsWith('unix:')) rmSync(opts.listen.slice(5), { force: true });
    },
  };
}

function listen(server: Server, address: string): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', (e) => reject(new ServeError(`cannot listen on ${address}: ${e.message}`, 1)));
    if (address.startsWith('unix:')) {
      server.listen(address.slice(5), () => resolve(address));
      return;
    }
    const m = /^tcp:(\[[^\]]+\]|[^:]+):(\d+)$/.exec(address);
    if (!m) {
      reject(new ServeError(`--listen "${address}" is not an address: write HOST:PORT or unix:/PATH`, 2));
      return;
    }
    const host = m[1]!.replace(/^\[|\]$/g, '');
    server.listen(Number(m[2]), host, () => {
      const a = server.address();
      const port = a !== null && typeof a === 'object' ? a.port : Number(m[2]);
      resolve(`tcp:${m[1]}:${port}`);
    });
  });
}
