// `quanta daemon`, `quanta ps` and `quanta set`: running the host's daemon and asking it
// what runs where, or changing a vGPU.
import { UsageError } from '../errors.js';
import { daemonLocations } from '../daemon/locations.js';
import { discoverGpus } from '../daemon/gpus.js';
import { contextCosts } from '../daemon/context-cost.js';
import { dirname, join } from 'node:path';
import { Daemon } from '../daemon/server.js';
import { request } from '../daemon/client.js';
import { resolveDriver, type DriverChoice } from '../run/driver.js';
import { formatBytes, parseBytes } from '../units.js';
import type { PsResult } from '../daemon/protocol.js';

export const DAEMON_USAGE = `usage: quanta daemon [--simulate | --driver auto|real|simulated]

Runs this host's Quanta daemon in the foreground (stop it with Ctrl-C or SIGTERM).
Socket and state: $XDG_RUNTIME_DIR/quanta and $XDG_STATE_HOME/quanta (or
/run/quanta and /var/lib/quanta as root; QUANTA_RUNTIME_DIR / QUANTA_STATE_DIR override).`;

export async function daemonCommand(args: string[], log: (line: string) => void): Promise<number> {
  let choice: DriverChoice = 'auto';
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--simulate') choice = 'simulated';
    else if (a === '--driver' && ['auto', 'real', 'simulated'].includes(args[i + 1] ?? '')) choice = args[++i] as DriverChoice;
    else if (a === '-h' || a === '--help') { log(DAEMON_USAGE); return 0; }
    else throw new UsageError(`unexpected argument ${a}\n\n${DAEMON_USAGE}`);
  }
  const driver = resolveDriver(choice);
  const inventory = await discoverGpus(driver);
  if (inventory.simulated) log('quanta daemon: no NVIDIA driver in use: managing the SIMULATED GPUs of fakecuda');
  const where = daemonLocations();
  // A context's own memory is charged to vGPUs: measure it once per GPU (cached for real ones).
  const costs = await contextCosts(inventory.gpus.map((g) => g.uuid), driver, inventory.driver, join(dirname(where.stateFile), 'context-cost.json'));
  for (const g of inventory.gpus) {
    g.contextBytes = costs.bytes.get(g.uuid) ?? 0;
    log(`quanta daemon: GPU ${g.index}: a CUDA context takes ${g.contextBytes ? formatBytes(g.contextBytes) : 'an unmeasured amount (not charged)'}`);
  }
  for (const p of costs.problems) log(`quanta daemon: could not measure a context's memory on ${p}; contexts there are not charged`);
  const d = await Daemon.start({ ...where, gpus: inventory.gpus, log: (l) => log(`quanta daemon: ${l}`) });
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await d.stop();
  log('quanta daemon: stopped');
  return 0;
}

export async function psCommand(args: string[], out: (line: string) => void): Promise<number> {
  const json = args[0] === '--json';
  if (args.length > (json ? 1 : 0)) throw new UsageError('usage: quanta ps [--json]');
  const r = (await request(daemonLocations().socket, 'ps')) as unknown as PsResult;
  if (json) { out(JSON.stringify({ gpus: r.gpus, vgpus: r.vgpus })); return 0; }
  for (const g of r.gpus) out(`GPU ${g.index}  ${g.name}${g.simulated ? ' (SIMULATED)' : ''}  ${formatBytes(g.memoryTotal)}  ${g.uuid}`);
  if (r.vgpus.length === 0) { out('no vGPUs'); return 0; }
  out('');
  out(['VGPU', 'GPU', 'QUOTA', 'USED', 'PROCESSES'].join('\t'));
  for (const v of r.vgpus) {
    for (const g of v.gpus) out([v.name, g.index, formatBytes(g.quota), formatBytes(g.used), v.pids.join(',')].join('\t'));
  }
  return 0;
}

export const SET_USAGE = 'usage: quanta set <vgpu> --mem SIZE   (e.g. quanta set trainer --mem 12GiB)';

export async function setCommand(args: string[], out: (line: string) => void): Promise<number> {
  const [name, ...opts] = args;
  if (!name || name.startsWith('-')) throw new UsageError(SET_USAGE);
  let mem: string | undefined;
  for (let i = 0; i < opts.length; i++) {
    const a = opts[i]!;
    if (a === '--mem') mem = opts[++i];
    else if (a.startsWith('--mem=')) mem = a.slice('--mem='.length);
    else throw new UsageError(`unknown option ${a}\n${SET_USAGE}`);
  }
  if (mem === undefined) throw new UsageError(SET_USAGE);
  const memory = parseBytes(mem, '--mem');
  await request(daemonLocations().socket, 'set', { name, memory });
  out(`vGPU ${name}: memory quota ${formatBytes(memory)}`);
  return 0;
}
