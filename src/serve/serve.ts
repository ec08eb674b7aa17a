// `quanta serve` (issues 12 and 13): accepts forwarded sessions on a TCP or Unix address
// and gives each one an executor process of its own, in a vGPU of its own when the
// session or the server asks for a quota, so that one session's crash, quota or share
// never touches another's (docs/design/forwarding.md).
//
// The server reads only a session's hello (its token, and the vGPU it asks for: GPU,
// quota, share, weight, priority), refuses what it must (a wrong token, a quota past what
// it gives, no GPU with room) with a refusal frame the client logs, places the session on
// the least loaded GPU it may use (src/serve/placement.ts), and hands the connection to a
// fresh quanta-executor as its descriptor 3, with the hello, and closes its own copy: it
// stays out of the data path. The executor checks the hello again and exits when its
// client goes. A session's vGPU is made by `quanta run`, which starts the executor in it,
// answers the client's hello itself if the daemon refuses the vGPU, and removes the vGPU
// when the executor exits; its name says where the session came from (quanta ps).
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server, type Socket } from 'node:net';
import { lstatSync, mkdirSync, rmSync } from 'node:fs';
import { QuantaError } from '../errors.js';
import { forwardPaths, nativePaths } from '../paths.js';
import { runEnvironment } from '../run/environment.js';
import { ensureDaemon, type VgpuRequest } from '../run/vgpu-launch.js';
import { request as request_ } from '../daemon/client.js';
import type { ComputeRequest } from '../daemon/ledger.js';
import { formatBytes } from '../units.js';
import { gpuLoads, placeSession } from './placement.js';
import { judgeHello, readHelloFrame, refusalFrame, type SessionRequest } from './session-hello.js';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../paths.js';

const QUANTA_BIN = join(PACKAGE_ROOT, 'bin/quanta');

export interface ServeOptions {
  /** "unix:/PATH" or "tcp:HOST:PORT" (port 0: any free one). */
  listen: string;
  /** The tokens clients may present, each with its tenant's name (if it has one). */
  tokens: ReadonlyMap<string, string | undefined>;
  driver: 'real' | 'simulated';
  /** Sessions' vGPUs: the GPUs sessions are placed on (each session gets the least
   * loaded one unless it asks for one), the default quota (also the most a session may
   * ask for) and default GPU-time settings. Without it a session that asks for nothing
   * uses the GPUs directly, and one that asks for a quota gets a vGPU on any GPU. */
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

/** What a session runs in: a vGPU (its name, GPU, quota, GPU-time settings), or the GPUs directly. */
type Placement = { vgpu: { name: string; gpu: number; memory: number; compute?: ComputeRequest } } | { direct: true };

/** quanta run's options for a session's vGPU. */
function vgpuArgs(v: { name: string; gpu: number; memory: number; compute?: ComputeRequest }): string[] {
  const args = ['--vgpu', v.name, '--gpu', String(v.gpu), '--mem', String(v.memory)];
  if (v.compute?.share !== undefined) args.push('--share', `${v.compute.share * 100}%`);
  if (v.compute?.weight !== undefined) args.push('--weight', String(v.compute.weight));
  if (v.compute?.priority !== undefined) args.push('--priority', v.compute.priority);
  return args;
}

/** A vGPU name that says where the session came from (quanta ps shows it). */
function sessionName(id: number, peer: string): string {
  const name = `fwd-${process.pid}-${id}-${peer}`.toLowerCase().replace(/[^a-z0-9._-]+/g, '-');
  return name.slice(0, 63).replace(/[-.]+$/, '');
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
  let pending = 0;

  /** Sessions placed in a vGPU and still running: quanta run may not have made the vGPU
   * yet when the next session is placed, so the daemon's ps does not show it. */
  const placed = new Map<number, { name: string; gpu: number; memory: number }>();
  /** Placements one at a time: each sees the ones before it. */
  let placing: Promise<unknown> = Promise.resolve();

  /** Where session `id` runs, given what it asks for and the server's settings. */
  const place = (id: number, peer: string, request: SessionRequest): Promise<Placement | { refuse: string }> => {
    const decided = placing.then(() => decide(id, peer, request));
    placing = decided.catch(() => undefined);
    return decided;
  };
  const decide = async (id: number, peer: string, request: SessionRequest): Promise<Placement | { refuse: string }> => {
    const defaults = opts.vgpu;
    if (!defaults && request.memory === undefined && request.gpu === undefined && request.compute === undefined) return { direct: true };
    const memory = request.memory ?? defaults?.memory;
    if (memory === undefined) return { refuse: 'it asks for a GPU or GPU-time settings without a memory quota: ask for one too (quanta run --remote ... --mem SIZE)' };
    if (defaults?.memory !== undefined && memory > defaults.memory) return { refuse: `it asks for ${formatBytes(memory)}; this server gives a session at most ${formatBytes(defaults.memory)}` };
    const socket = await ensureDaemon(opts.driver);
    const ps = await request_(socket, 'ps');
    const allowed = defaults?.gpus.map((g) => (typeof g === 'number' ? g : ps.gpus.find((x) => x.uuid === g)?.index ?? -1));
    const loads = gpuLoads(ps);
    for (const s of placed.values()) {
      const g = loads.find((x) => x.index === s.gpu);
      if (g && !ps.vgpus.some((v) => v.name === s.name)) {
        g.promised += s.memory;
        g.vgpus++;
      }
    }
    const where = placeSession(loads, allowed, memory, request.gpu);
    if ('refuse' in where) return where;
    const compute = { ...defaults?.compute, ...request.compute };
    const vgpu = { name: sessionName(id, peer), gpu: where.gpu, memory, ...(Object.keys(compute).length > 0 ? { compute } : {}) };
    placed.set(id, vgpu);
    return { vgpu };
  };

  const refuse = (socket: Socket, peer: string, reason: string): void => {
    opts.log(`quanta serve: refused a session from ${peer}: ${reason}`);
    socket.end(refusalFrame(reason));
    setTimeout(() => socket.destroy(), 1000).unref();
  };

  const start = async (socket: Socket): Promise<void> => {
    const peer = socket.remoteAddress ? `${socket.remoteAddress}:${socket.remotePort}` : 'a local client';
    if (sessions.size + pending >= opts.maxSessions) {
      opts.log(`quanta serve: refused a session from ${peer}: ${opts.maxSessions} sessions already`);
      socket.destroy();
      return;
    }
    pending++;
    const id = next++;
    let placement: Placement | { refuse: string };
    let hello: Buffer, token: string, tenant: string | undefined;
    try {
      const frame = await readHelloFrame(socket);
      if (typeof frame === 'string') {
        opts.log(`quanta serve: no session from ${peer}: ${frame}`);
        socket.destroy();
        return;
      }
      const verdict = judgeHello(frame, opts.tokens, opts.listen.startsWith('unix:'));
      if (!verdict.ok) {
        refuse(socket, peer, verdict.reason);
        return;
      }
      hello = verdict.hello;
      token = verdict.token;
      tenant = verdict.tenant;
      placement = await place(id, tenant ? `${tenant}-${peer}` : peer, verdict.request);
    } catch (e) {
      refuse(socket, peer, `the server could not place it: ${(e as Error).message}`);
      return;
    } finally {
      pending--;
    }
    if ('refuse' in placement) {
      refuse(socket, peer, placement.refuse);
      return;
    }
    // The executor is started the way a program is; in a vGPU, quanta run creates it (the
    // daemon counts one launcher per vGPU) and hands the connection on to the executor as
    // its descriptor 3 (or answers the client's hello with the refusal itself).
    const env: NodeJS.ProcessEnv = { ...process.env, QUANTA_REMOTE_TOKEN: token, QUANTA_EXECUTOR_HELLO: hello.toString('hex') };
    if (opts.moduleCache) Object.assign(env, { QUANTA_EXECUTOR_MODULE_CACHE: opts.moduleCache.dir, QUANTA_EXECUTOR_MODULE_CACHE_BYTES: String(opts.moduleCache.bytes) });
    let argv = [executor, '--fd', '3'];
    if ('vgpu' in placement) {
      env.QUANTA_RUN_PASS_FD = '3';
      argv = [process.execPath, QUANTA_BIN, 'run', '--driver', opts.driver, ...vgpuArgs(placement.vgpu), '--', ...argv];
    } else {
      Object.assign(env, runEnvironment(process.env, paths, { driver: opts.driver, trace: false }), { QUANTA_REMOTE_TOKEN: token });
    }
    const child = spawn(argv[0]!, argv.slice(1), { env, stdio: ['ignore', 'inherit', 'inherit', socket] });
    socket.destroy(); // the executor holds its own copy: the client sees it close when the executor ends
    const ended = new Promise<void>((resolve) => child.on('exit', (code, signal) => {
      sessions.delete(id);
      placed.delete(id);
      opts.log(`quanta serve: session ${id} from ${peer} ended (${signal ?? `exit ${code}`})`);
      resolve();
    }));
    child.on('error', (e) => opts.log(`quanta serve: session ${id}: could not start the executor: ${e.message}`));
    sessions.set(id, { id, executor: child, ended });
    const where = 'vgpu' in placement
      ? ` in vGPU ${placement.vgpu.name} (${formatBytes(placement.vgpu.memory)} on GPU ${placement.vgpu.gpu})`
      : ' on the GPUs directly';
    opts.log(`quanta serve: session ${id} from ${peer}${tenant ? ` (tenant ${tenant})` : ''}: executor${where} (pid ${child.pid})`);
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
