// `quanta daemon`, `quanta ps` and `quanta set`: running the host's daemon and asking it
// what runs where, or changing a vGPU.
import { UsageError } from '../errors.js';
import { daemonLocations, systemLocations } from '../daemon/locations.js';
import { discoverGpus } from '../daemon/gpus.js';
import { contextCosts } from '../daemon/context-cost.js';
import { dirname, join } from 'node:path';
import { Daemon, type TamperPolicy } from '../daemon/server.js';
import { request } from '../daemon/client.js';
import { daemonSocket } from '../run/vgpu-launch.js';
import { QuantaError } from '../errors.js';
import { resolveDriver, type DriverChoice } from '../run/driver.js';
import { formatBytes, parseBytes } from '../units.js';
import type { PsResult } from '../daemon/protocol.js';
import type { ComputeRequest } from '../daemon/ledger.js';
import type { Gpu } from '../daemon/gpus.js';
import { parsePolicy, parsePriority, parseShare, parseWeight, type PolicyKind } from '../scheduler/policy.js';

export const DAEMON_USAGE = `usage: quanta daemon [--system] [--simulate | --driver auto|real|simulated] [--policy POLICY | --policy GPU=POLICY,...]
                     [--slice-ms N] [--tamper flag|stop]

Runs a Quanta daemon in the foreground (stop it with Ctrl-C or SIGTERM).
--system     the host's system daemon, serving every user (root only; what
             deploy/quanta.service runs): socket /run/quanta/daemon.sock, state in
             /var/lib/quanta. Each user sees and changes only their own vGPUs. Without
             it, a private daemon for this user ($XDG_RUNTIME_DIR/quanta and
             $XDG_STATE_HOME/quanta; QUANTA_RUNTIME_DIR / QUANTA_STATE_DIR override),
             which refuses GPUs the system daemon manages.
--policy     how GPU time is shared: weighted (the default), equal, fixed or
             best-effort, for every GPU or per GPU (index or UUID), e.g. 0=fixed,1=weighted.
--slice-ms   how long one vGPU holds a GPU at a time (default 10; 1 to 1000).
--tamper     what to do with a vGPU whose segment was tampered with or whose usage
             passed its quota: flag it in quanta ps and the log (default), or stop it
             (end its processes, remove it).`;

export async function daemonCommand(args: string[], log: (line: string) => void): Promise<number> {
  let choice: DriverChoice = 'auto';
  let policyText: string | undefined;
  let sliceNs: number | undefined;
  let system = false;
  let tamper: TamperPolicy = 'flag';
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--system') system = true;
    else if (a === '--tamper' || a.startsWith('--tamper=')) {
      const v = a === '--tamper' ? args[++i] : a.slice('--tamper='.length);
      if (v !== 'flag' && v !== 'stop') throw new UsageError(`--tamper must be flag or stop, not "${v ?? ''}"`);
      tamper = v;
    } else if (a === '--slice-ms' || a.startsWith('--slice-ms=')) {
      const text = a === '--slice-ms' ? args[++i] : a.slice('--slice-ms='.length);
      const ms = Number(text);
      if (!text || !Number.isFinite(ms) || ms < 1 || ms > 1000) throw new UsageError(`--slice-ms "${text ?? ''}" must be a number of milliseconds from 1 to 1000, e.g. --slice-ms 10`);
      sliceNs = Math.round(ms * 1e6);
    } else if (a === '--policy' || a.startsWith('--policy=')) {
      policyText = a === '--policy' ? args[++i] : a.slice('--policy='.length);
      if (!policyText) throw new UsageError(`--policy needs a value\n\n${DAEMON_USAGE}`);
    } else if (a === '--simulate') choice = 'simulated';
    else if (a === '--driver' && ['auto', 'real', 'simulated'].includes(args[i + 1] ?? '')) choice = args[++i] as DriverChoice;
    else if (a === '-h' || a === '--help') { log(DAEMON_USAGE); return 0; }
    else throw new UsageError(`unexpected argument ${a}\n\n${DAEMON_USAGE}`);
  }
  const driver = resolveDriver(choice);
  const inventory = await discoverGpus(driver);
  const policies = parsePolicies(policyText, inventory.gpus);
  if (inventory.simulated) log('quanta daemon: no NVIDIA driver in use: managing the SIMULATED GPUs of fakecuda');
  const sys = systemLocations();
  const where = system ? sys : daemonLocations();
  if (system && process.getuid?.() !== 0) throw new QuantaError('quanta daemon --system serves every user and must run as root (see deploy/quanta.service); run quanta daemon without --system for a private one', 2);
  system ||= process.getuid?.() === 0 && where.socket === sys.socket;
  // A context's own memory is charged to vGPUs: measure it once per GPU (cached for real ones).
  const costs = await contextCosts(inventory.gpus.map((g) => g.uuid), driver, inventory.driver, join(dirname(where.stateFile), 'context-cost.json'));
  for (const g of inventory.gpus) {
    g.contextBytes = costs.bytes.get(g.uuid) ?? 0;
    log(`quanta daemon: GPU ${g.index}: a CUDA context takes ${g.contextBytes ? formatBytes(g.contextBytes) : 'an unmeasured amount (not charged)'}`);
  }
  for (const p of costs.problems) log(`quanta daemon: could not measure a context's memory on ${p}; contexts there are not charged`);
  for (const g of inventory.gpus) log(`quanta daemon: GPU ${g.index}: GPU-time policy ${policies.get(g.uuid)}`);
  const d = await Daemon.start({
    ...where, gpus: inventory.gpus, policies, system, systemSocket: sys.socket, tamper,
    ...(sliceNs !== undefined ? { sliceNs } : {}), log: (l) => log(`quanta daemon: ${l}`),
  });
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await d.stop();
  log('quanta daemon: stopped');
  return 0;
}

/** `--policy fixed` (every GPU) or `--policy 0=fixed,GPU-…=weighted` into a policy per GPU UUID. */
export function parsePolicies(text: string | undefined, gpus: Pick<Gpu, 'index' | 'uuid'>[]): Map<string, PolicyKind> {
  const out = new Map<string, PolicyKind>(gpus.map((g) => [g.uuid, 'weighted']));
  if (text === undefined) return out;
  if (!text.includes('=')) {
    const p = parsePolicy(text);
    for (const g of gpus) out.set(g.uuid, p);
    return out;
  }
  for (const part of text.split(',')) {
    const [ref, value] = part.split('=', 2).map((x) => x.trim());
    const g = gpus.find((x) => String(x.index) === ref || x.uuid === ref);
    if (!g) throw new UsageError(`--policy ${part}: there is no GPU ${ref} on this host (GPUs: ${gpus.map((x) => x.index).join(', ') || 'none'})`);
    out.set(g.uuid, parsePolicy(value ?? ''));
  }
  return out;
}

export async function psCommand(args: string[], out: (line: string) => void): Promise<number> {
  const json = args[0] === '--json';
  if (args.length > (json ? 1 : 0)) throw new UsageError('usage: quanta ps [--json]');
  const r: PsResult = await request(await daemonSocket(), 'ps');
  if (json) { out(JSON.stringify({ gpus: r.gpus, vgpus: r.vgpus })); return 0; }
  for (const g of r.gpus) out(`GPU ${g.index}  ${g.name}${g.simulated ? ' (SIMULATED)' : ''}  ${formatBytes(g.memoryTotal)}  ${g.uuid}  policy ${g.policy}`);
  if (r.vgpus.length === 0) { out('no vGPUs'); return 0; }
  out('');
  // ENTITLED: the share its settings give it now, given who has work; ACHIEVED: its part of
  // the GPU time used over the scheduler's last window (ungated: alone on an open GPU);
  // WAITED: how long it has waited for the GPU with work in hand.
  out(['VGPU', 'GPU', 'QUOTA', 'USED', 'PROCESSES', 'WEIGHT', 'SHARE', 'PRIORITY', 'ENTITLED', 'ACHIEVED', 'WAITED'].join('\t'));
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  for (const v of r.vgpus) {
    const c = v.compute;
    const share = c.share === undefined ? '-' : `${Number((c.share * 100).toFixed(2))}%`;
    for (const g of v.gpus) {
      const t = g.time;
      const time = t ? [pct(t.configured), t.gated ? pct(t.achieved) : 'ungated', `${(t.waitedMs / 1000).toFixed(1)}s`] : ['-', '-', '-'];
      out([v.name, g.index, formatBytes(g.quota), formatBytes(g.used), v.pids.join(','), c.weight, share, c.priority, ...time].join('\t'));
    }
  }
  for (const v of r.vgpus) for (const f of v.flags) out(`! vGPU ${v.name}: ${f}`);
  return 0;
}

export const SET_USAGE = `usage: quanta set <vgpu> [--mem SIZE] [--share PERCENT] [--weight N] [--priority high|normal|low]
  e.g. quanta set trainer --mem 12GiB    quanta set server --priority high`;

export async function setCommand(args: string[], out: (line: string) => void): Promise<number> {
  const [name, ...opts] = args;
  if (!name || name.startsWith('-')) throw new UsageError(SET_USAGE);
  let memory: number | undefined;
  let compute: ComputeRequest | undefined;
  for (let i = 0; i < opts.length; i++) {
    const a = opts[i]!;
    const [flag, inline] = a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = () => {
      const v = inline ?? opts[++i];
      if (v === undefined || v === '') throw new UsageError(`${flag} needs a value\n${SET_USAGE}`);
      return v;
    };
    if (flag === '--mem') memory = parseBytes(value(), '--mem');
    else if (flag === '--share') compute = { ...compute, share: parseShare(value()) };
    else if (flag === '--weight') compute = { ...compute, weight: parseWeight(value()) };
    else if (flag === '--priority') compute = { ...compute, priority: parsePriority(value()) };
    else throw new UsageError(`unknown option ${a}\n${SET_USAGE}`);
  }
  if (memory === undefined && compute === undefined) throw new UsageError(SET_USAGE);
  await request(await daemonSocket(), 'set', { name, ...(memory !== undefined ? { memory } : {}), ...(compute ? { compute } : {}) });
  const said: string[] = [];
  if (memory !== undefined) said.push(`memory quota ${formatBytes(memory)}`);
  if (compute?.share !== undefined) said.push(`share ${Number((compute.share * 100).toFixed(2))}%`);
  if (compute?.weight !== undefined) said.push(`weight ${compute.weight}`);
  if (compute?.priority !== undefined) said.push(`priority ${compute.priority}`);
  out(`vGPU ${name}: ${said.join(', ')}`);
  return 0;
}

export const RM_USAGE = `usage: quanta rm [--force] <vgpu>...
Removes vGPUs. A vGPU with running processes is refused unless --force, which ends
them (SIGTERM, then SIGKILL after 5 s). Only a vGPU's owner (or root) may remove it.`;

export async function rmCommand(args: string[], out: (line: string) => void): Promise<number> {
  const force = args.includes('--force') || args.includes('-f');
  const names = args.filter((a) => a !== '--force' && a !== '-f');
  if (names.length === 0 || names.some((n) => n.startsWith('-'))) throw new UsageError(RM_USAGE);
  const socket = await daemonSocket();
  for (const name of names) {
    const r = await request(socket, 'rm', { name, force });
    out(`vGPU ${r.removed} removed${r.ended.length ? `; ended processes ${r.ended.join(', ')}` : ''}`);
  }
  return 0;
}
