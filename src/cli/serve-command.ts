// `quanta serve`: forwarded sessions for GPU-less clients (see src/serve/serve.ts).
import { UsageError } from '../errors.js';
import { resolveDriver, type DriverChoice } from '../run/driver.js';
import { parseRemoteAddress, readServerTokens } from '../run/remote.js';
import { serve } from '../serve/serve.js';
import { formatBytes, parseBytes } from '../units.js';
import { parsePriority, parseShare, parseWeight } from '../scheduler/policy.js';
import { parseGpuList } from './run-command.js';
import type { ComputeRequest } from '../daemon/ledger.js';
import { daemonLocations } from '../daemon/locations.js';
import { dirname, join, resolve } from 'node:path';

export const SERVE_USAGE = `usage: quanta serve --listen ADDRESS [options]

Serves GPU-less clients (quanta run --remote): each session's CUDA calls run in an
executor process of its own on this host's GPUs.

options:
  --listen ADDRESS     HOST:PORT (TCP; port 0 picks one) or unix:/PATH
  --token-file FILE    the tokens clients may present: a line per tenant, "NAME TOKEN"
                       (or a bare TOKEN); else QUANTA_REMOTE_TOKEN is the one token
  --gpu LIST           put each session in a vGPU of its own, on the least loaded
                       of these GPUs (by memory promised and GPU time used) ...
  --mem SIZE           ... with this memory quota, e.g. 8GiB (also the most a
                       session may ask for with quanta run --remote --mem)
  --share P, --weight N, --priority C
                       ... and these GPU-time settings (as quanta run) unless the
                       session asks for others
                       Without --gpu and --mem, a session that asks for nothing uses
                       the GPUs directly; one that asks for a quota gets a vGPU.
  --max-sessions N     sessions at once (default 64)
  --module-cache DIR   keep module images clients sent, by their SHA-256, so that
                       later sessions over TCP name them instead of sending them
                       (default: module-cache beside the daemon's state; off: none)
  --module-cache-size SIZE
                       evict the least recently used images past this (default 4GiB)
  --simulate           use fakecuda, the simulated device, even if a GPU is present
  --driver auto|real|simulated
  -h, --help           show this help`;

export async function serveCommand(args: string[], log: (line: string) => void): Promise<number> {
  let listen: string | undefined, tokenFile: string | undefined, gpus: (number | string)[] | undefined, memory: number | undefined;
  let compute: ComputeRequest | undefined, driver: DriverChoice = 'auto', maxSessions = 64;
  let cacheDir: string | undefined = join(dirname(daemonLocations().stateFile), 'module-cache'), cacheBytes = 4 * 2 ** 30;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const [name, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = () => {
      const v = inline ?? args[++i];
      if (v === undefined || v === '') throw new UsageError(`${name} needs a value\n\n${SERVE_USAGE}`);
      return v;
    };
    switch (name) {
      case '-h': case '--help': log(SERVE_USAGE); return 0;
      case '--listen': listen = parseRemoteAddress(value(), '--listen', true); break;
      case '--token-file': tokenFile = value(); break;
      case '--gpu': gpus = parseGpuList(value()); break;
      case '--mem': memory = parseBytes(value(), '--mem'); break;
      case '--share': compute = { ...compute, share: parseShare(value()) }; break;
      case '--weight': compute = { ...compute, weight: parseWeight(value()) }; break;
      case '--priority': compute = { ...compute, priority: parsePriority(value()) }; break;
      case '--max-sessions': {
        const v = value();
        if (!/^\d+$/.test(v) || Number(v) < 1 || Number(v) > 4096) throw new UsageError(`--max-sessions "${v}" must be a number from 1 to 4096`);
        maxSessions = Number(v);
        break;
      }
      case '--module-cache': {
        const v = value();
        cacheDir = v === 'off' ? undefined : resolve(v);
        break;
      }
      case '--module-cache-size': cacheBytes = parseBytes(value(), '--module-cache-size'); break;
      case '--simulate': driver = 'simulated'; break;
      case '--driver': {
        const d = value();
        if (d !== 'auto' && d !== 'real' && d !== 'simulated') throw new UsageError(`--driver must be auto, real or simulated, not "${d}"`);
        driver = d;
        break;
      }
      default: throw new UsageError(`unknown option ${a}\n\n${SERVE_USAGE}`);
    }
  }
  if (listen === undefined) throw new UsageError(`--listen is needed\n\n${SERVE_USAGE}`);
  if ((gpus === undefined) !== (memory === undefined)) throw new UsageError('--gpu and --mem go together: the GPUs and memory quota of each session\'s vGPU');
  if (compute !== undefined && gpus === undefined) throw new UsageError('--share, --weight and --priority set each session\'s vGPU: give --gpu and --mem too');
  const tokens = readServerTokens(tokenFile, process.env);
  const resolved = resolveDriver(driver);
  if (resolved === 'simulated') log('quanta serve: no NVIDIA driver in use: sessions run on the SIMULATED device (fakecuda), not a GPU');
  const server = await serve({
    listen, tokens, driver: resolved, maxSessions, log,
    ...(cacheDir !== undefined ? { moduleCache: { dir: cacheDir, bytes: cacheBytes } } : {}),
    ...(gpus !== undefined && memory !== undefined ? { vgpu: { gpus, memory, ...(compute ? { compute } : {}) } } : {}),
  });
  log(`quanta serve: listening on ${server.address}${memory !== undefined ? ` (each session: a vGPU of ${formatBytes(memory)} on GPU ${gpus!.join(',')})` : ''}`);
  log(cacheDir !== undefined ? `quanta serve: module cache in ${cacheDir} (at most ${formatBytes(cacheBytes)})` : 'quanta serve: no module cache: every session sends its module images whole');
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
  });
  log('quanta serve: stopping: ending every session');
  await server.close();
  return 0;
}
