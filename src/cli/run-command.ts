// `quanta run [options] [--] <command> [args...]`: run an unmodified program under Quanta.
import { UsageError } from '../errors.js';
import { forwardPaths, nativePaths } from '../paths.js';
import { parseRemoteAddress, readToken, remoteEnvironment } from '../run/remote.js';
import { resolveDriver, type DriverChoice } from '../run/driver.js';
import { runEnvironment } from '../run/environment.js';
import { launch } from '../run/launch.js';
import { ensureDaemon, launchVgpu, type LaunchedVgpu } from '../run/vgpu-launch.js';
import { formatBytes, parseBytes } from '../units.js';
import { parsePriority, parseShare, parseWeight } from '../scheduler/policy.js';
import type { ComputeRequest } from '../daemon/ledger.js';
import { writeSync } from 'node:fs';
import { refusalFrame } from '../serve/session-hello.js';

/** Answers the forwarded session on descriptor `fd` with a refusal (best effort: it may have gone). */
function answerRefused(fd: number, reason: string): void {
  try {
    writeSync(fd, refusalFrame(reason));
  } catch {
    // the client went: nothing to tell
  }
}

export const RUN_USAGE = `usage: quanta run [options] [--] <command> [args...]

Runs <command> with Quanta's interposer loaded (its children inherit it).

options:
  --gpu LIST           run in a vGPU on these GPUs (indices or UUIDs, comma-separated); the
                       program sees only them (CUDA_VISIBLE_DEVICES)
  --mem SIZE           the vGPU's device-memory quota on each of its GPUs, e.g. 8GiB
  --vgpu NAME          create or join the named vGPU (processes of one vGPU share its quota)
  --share PERCENT      the vGPU's GPU-time share under a fixed-share GPU, e.g. 30%
  --weight N           its weight under the weighted policy (default 1), e.g. 2
  --priority CLASS     high, normal (default) or low
  --trace              count driver calls per entry point; each process prints a summary at exit
  --trace-out FILE     with --trace: also append one JSON line per process to FILE
  --simulate           use fakecuda, the simulated device, even if a GPU is present
  --driver auto|real|simulated
                       which driver to use (default auto: the GPU if one is found)
  --remote ADDRESS[,ADDRESS...]
                       run its CUDA calls on another host's GPU: the executor of a
                       quanta serve at HOST:PORT (or unix:/PATH, shm:/PATH on this
                       host); this machine needs no GPU or driver. Several addresses
                       are a pool: the first that takes the session serves it. With
                       --remote, --gpu (one index), --mem, --share, --weight and
                       --priority ask the server for the session's vGPU
  --token-file FILE    with --remote: the session token (else QUANTA_REMOTE_TOKEN)
  -h, --help           show this help`;

export interface RunOptions {
  gpus?: (number | string)[];
  memory?: number;
  vgpu?: string;
  compute?: ComputeRequest;
  trace: boolean;
  traceOut?: string;
  driver: DriverChoice;
  /** API forwarding: the executor's address, and where the token is. */
  remote?: string;
  tokenFile?: string;
  command: string[];
}

/** Parses run's arguments: options up to the first non-option or `--`, then the command. */
export function parseRunArgs(args: string[]): RunOptions | 'help' {
  const opts: RunOptions = { trace: false, driver: 'auto', command: [] };
  let i = 0;
  const value = (name: string, inline: string | undefined) => {
    if (inline !== undefined) return inline;
    const v = args[++i];
    if (v === undefined || v === '') throw new UsageError(`${name} needs a value\n\n${RUN_USAGE}`);
    return v;
  };
  for (; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--') { i++; break; }
    if (!a.startsWith('-') || a === '-') break;
    const [name, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    switch (name) {
      case '-h': case '--help': return 'help';
      case '--gpu': opts.gpus = parseGpuList(value(name, inline)); break;
      case '--mem': opts.memory = parseBytes(value(name, inline), '--mem'); break;
      case '--vgpu': opts.vgpu = value(name, inline); break;
      case '--share': opts.compute = { ...opts.compute, share: parseShare(value(name, inline)) }; break;
      case '--weight': opts.compute = { ...opts.compute, weight: parseWeight(value(name, inline)) }; break;
      case '--priority': opts.compute = { ...opts.compute, priority: parsePriority(value(name, inline)) }; break;
      case '--trace': opts.trace = true; break;
      case '--trace-out': opts.traceOut = value(name, inline); opts.trace = true; break;
      case '--simulate': opts.driver = 'simulated'; break;
      case '--remote': opts.remote = value(name, inline).split(',').map((a) => parseRemoteAddress(a)).join(','); break;
      case '--token-file': opts.tokenFile = value(name, inline); break;
      case '--driver': {
        const d = value(name, inline);
        if (d !== 'auto' && d !== 'real' && d !== 'simulated') throw new UsageError(`--driver must be auto, real or simulated, not "${d}"`);
        opts.driver = d;
        break;
      }
      default: throw new UsageError(`unknown option ${a}\n\n${RUN_USAGE}`);
    }
  }
  opts.command = args.slice(i);
  if (opts.command.length === 0) throw new UsageError(`no command given\n\n${RUN_USAGE}`);
  if (opts.remote !== undefined) {
    if (opts.vgpu !== undefined || opts.trace || opts.driver !== 'auto') {
      throw new UsageError('--remote runs the program\'s CUDA calls on the GPU host, whose quanta serve makes its vGPU: --vgpu, --trace and --driver do not apply (--gpu, --mem, --share, --weight and --priority ask the server)');
    }
    if (opts.gpus !== undefined && (opts.gpus.length !== 1 || typeof opts.gpus[0] !== 'number')) {
      throw new UsageError('with --remote, --gpu asks the server for one GPU by its index there, e.g. --gpu 0');
    }
  } else if (opts.compute !== undefined && opts.gpus === undefined) {
    throw new UsageError('--share, --weight and --priority set up a new vGPU: give its GPUs (--gpu) and memory (--mem), or change a running one with quanta set');
  }
  if (opts.tokenFile !== undefined && opts.remote === undefined) throw new UsageError('--token-file goes with --remote');
  if (opts.remote === undefined && opts.memory !== undefined && opts.gpus === undefined && opts.vgpu === undefined) {
    throw new UsageError('--mem needs --gpu (the GPUs of the new vGPU), or --vgpu NAME to join one');
  }
  return opts;
}

/** "0,1" or "GPU-…,1" into GPU references; throws UsageError otherwise. */
export function parseGpuList(text: string): (number | string)[] {
  const parts = text.split(',').map((p) => p.trim());
  if (parts.some((p) => !/^\d+$/.test(p) && !/^(GPU|MIG)-[\w-]+$/.test(p))) {
    throw new UsageError(`--gpu "${text}" is not a list of GPU indices or UUIDs (e.g. 0 or 0,1 or GPU-5f3e…)`);
  }
  return parts.map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

/** What each context counts against the quota, as the daemon measured it. */
function contextNote(vgpu: LaunchedVgpu): string {
  const costs = [...new Set(vgpu.gpus.map((g) => g.contextBytes ?? 0))];
  if (costs.length === 1 && costs[0] === 0) return ' (contexts not charged: their memory could not be measured)';
  return costs.length === 1 ? ` (each CUDA context counts ${formatBytes(costs[0]!)} of it)` : ' (each CUDA context counts what it takes on its GPU)';
}

export async function runCommand(args: string[], log: (line: string) => void): Promise<number> {
  const opts = parseRunArgs(args);
  if (opts === 'help') { log(RUN_USAGE); return 0; }
  if (opts.remote !== undefined) {
    const token = readToken(opts.tokenFile, process.env);
    log(`quanta: forwarding CUDA calls to ${opts.remote.includes(',') ? `the first executor that takes the session of ${opts.remote}` : `the executor at ${opts.remote}`}`);
    return launch(opts.command, remoteEnvironment(process.env, forwardPaths(), opts.remote, token, {
      ...(opts.gpus ? { gpu: opts.gpus[0] as number } : {}), ...(opts.memory !== undefined ? { memory: opts.memory } : {}), ...(opts.compute ? { compute: opts.compute } : {}),
    }));
  }
  const paths = nativePaths();
  const driver = resolveDriver(opts.driver);
  if (driver === 'simulated') log('quanta: no NVIDIA driver in use: running on the SIMULATED device (fakecuda), not a GPU');
  let vgpu: LaunchedVgpu | undefined;
  if (opts.gpus !== undefined || opts.vgpu !== undefined) {
    const socket = await ensureDaemon(driver);
    try {
      vgpu = await launchVgpu(socket, {
        gpus: opts.gpus ?? [],
        ...(opts.vgpu ? { name: opts.vgpu } : {}),
        ...(opts.memory !== undefined ? { memory: opts.memory } : {}),
        ...(opts.compute ? { compute: opts.compute } : {}),
      });
    } catch (e) {
      // Under quanta serve (QUANTA_RUN_PASS_FD, internal) descriptor 3 is a forwarded
      // session waiting for its welcome: it is told why, instead of seeing a closed connection.
      if (process.env.QUANTA_RUN_PASS_FD === '3') answerRefused(3, `the server could not make its vGPU: ${(e as Error).message}`);
      throw e;
    }
    log(`quanta: vGPU ${vgpu.name}: ${formatBytes(vgpu.gpus[0]!.quota)} on GPU ${vgpu.gpus.map((g) => g.index).join(',')}${contextNote(vgpu)}`);
    for (const g of vgpu.gpus) {
      if (g.contextBytes && g.contextBytes > g.quota) log(`quanta: warning: the quota on GPU ${g.index} (${formatBytes(g.quota)}) is smaller than one CUDA context there (${formatBytes(g.contextBytes)}): the program will get out-of-memory errors as soon as it uses that GPU`);
    }
  }
  const env = runEnvironment(process.env, paths, {
    driver, trace: opts.trace,
    ...(opts.traceOut ? { traceFile: opts.traceOut } : {}),
    ...(vgpu ? { vgpu: { socket: vgpu.socket, token: vgpu.token, uuids: vgpu.gpus.map((g) => g.uuid) } } : {}),
  });
  let closing = false;
  vgpu?.onLost(() => {
    // The program keeps its limits: its processes hold the segment and reconnect to a
    // restarted daemon. Say so, since `quanta ps` may miss it until then.
    if (!closing) log(`quanta: warning: the Quanta daemon closed vGPU ${vgpu!.name}'s launch connection; the program goes on within its quota`);
  });
  // quanta serve hands a session's connection to its executor through quanta run as
  // descriptor 3 (QUANTA_RUN_PASS_FD, internal).
  const pass = process.env.QUANTA_RUN_PASS_FD === '3' ? [3] : [];
  delete env.QUANTA_RUN_PASS_FD;
  try {
    return await launch(opts.command, env, pass);
  } finally {
    closing = true;
    vgpu?.close();
  }
}
