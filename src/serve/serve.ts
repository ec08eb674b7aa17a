// `quanta serve` (issue 12's minimal form; the pool is issue 13): accepts forwarded
// sessions on a TCP or Unix address and gives each one an executor process of its own,
// optionally in a vGPU of its own, so that one session's crash, quota or share never
// touches another's (docs/design/forwarding.md).
//
// The server stays out of the data path: a connection is accepted paused (nothing read),
// handed to a fresh quanta-executor as its descriptor 3, and closed here; the executor
// checks the hello and token itself and exits when its client goes. The server only
// creates the session's vGPU first and removes it when the executor has exited.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server, type Socket } from 'node:net';
import { rmSync } from 'node:fs';
import { QuantaError } from '../errors.js';
import { forwardPaths, nativePaths } from '../paths.js';
import { runEnvironment } from '../run/environment.js';
import { ensureDaemon, launchVgpu, type LaunchedVgpu, type VgpuRequest } from '../run/vgpu-launch.js';

export interface ServeOptions {
  /** "unix:/PATH" or "tcp:HOST:PORT" (port 0: any free one). */
  listen: string;
  token: string;
  driver: 'real' | 'simulated';
  /** Each session's vGPU (its GPUs, quota and share); none: sessions use the GPUs directly. */
  vgpu?: Omit<VgpuRequest, 'name'>;
  /** Sessions at once; a connection beyond is closed at once. */
  maxSessions: number;
  log: (line: string) => void;
}

export interface RunningServer {
  /** The address clients give to quanta run --remote (the bound TCP port filled in). */
  address: string;
  /** Stops accepting, ends every session's executor and removes its vGPU. */
  close(): Promise<void>;
}

interface Session { id: number; executor: ChildProcess; vgpu: LaunchedVgpu | undefined; ended: Promise<void> }

export class ServeError extends QuantaError {
  override name = 'ServeError';
}

export async function serve(opts: ServeOptions): Promise<RunningServer> {
  const { executor } = forwardPaths();
  const paths = nativePaths();
  const daemon = opts.vgpu ? await ensureDaemon(opts.driver) : undefined;
  const sessions = new Map<number, Session>();
  let next = 1;

  const start = async (socket: Socket): Promise<void> => {
    const id = next++;
    const peer = socket.remoteAddress ? `${socket.remoteAddress}:${socket.remotePort}` : 'a local client';
    if (sessions.size >= opts.maxSessions) {
      opts.log(`quanta serve: refused a session from ${peer}: ${opts.maxSessions} sessions already`);
      socket.destroy();
      return;
    }
    let vgpu: LaunchedVgpu | undefined;
    try {
      if (daemon && opts.vgpu) vgpu = await launchVgpu(daemon, { ...opts.vgpu, name: `fwd-${process.pid}-${id}` });
    } catch (e) {
      opts.log(`quanta serve: no vGPU for the session from ${peer}: ${(e as Error).message}`);
      socket.destroy();
      return;
    }
    const env = runEnvironment(process.env, paths, {
      driver: opts.driver, trace: false,
      ...(vgpu ? { vgpu: { socket: vgpu.socket, token: vgpu.token, uuids: vgpu.gpus.map((g) => g.uuid) } } : {}),
    });
    env.QUANTA_REMOTE_TOKEN = opts.token;
    const child = spawn(executor, ['--fd', '3'], { env, stdio: ['ignore', 'inherit', 'inherit', socket] });
    socket.destroy(); // the executor holds its own copy: the client sees it close when the executor ends
    const ended = new Promise<void>((resolve) => child.on('exit', (code, signal) => {
      sessions.delete(id);
      vgpu?.close();
      opts.log(`quanta serve: session ${id} from ${peer} ended (${signal ?? `exit ${code}`})`);
      resolve();
    }));
    child.on('error', (e) => opts.log(`quanta serve: session ${id}: could not start the executor: ${e.message}`));
    sessions.set(id, { id, executor: child, vgpu, ended });
    opts.log(`quanta serve: session ${id} from ${peer}: executor pid ${child.pid}${vgpu ? ` in vGPU ${vgpu.name}` : ''}`);
  };

  const server: Server = createServer({ pauseOnConnect: true }, (socket) => {
    start(socket).catch((e: unknown) => {
      opts.log(`quanta serve: ${(e as Error).message}`);
      socket.destroy();
    });
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
