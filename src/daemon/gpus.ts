// GPU discovery for the daemon: runs native/build/quanta-gpu-probe (NVML, loaded at run
// time) and checks what it prints. On a machine without a GPU the simulated device's
// NVML (fakecuda) answers instead, and every GPU says so in its `simulated` flag.
import { QuantaError } from '../errors.js';
import { runNativeTool } from './native-tool.js';

export interface MigDevice { index: number; uuid: string; memoryTotal: number }
export interface Gpu {
  index: number;
  uuid: string;
  name: string;
  memoryTotal: number;
  memoryUsed: number;
  migEnabled: boolean;
  migDevices: MigDevice[];
  simulated: boolean;
  /** Device memory one CUDA context takes (context-cost.ts); 0 or absent: not measured. */
  contextBytes?: number;
}
export interface GpuInventory { driver: string; gpus: Gpu[]; simulated: boolean }

export class GpuDiscoveryError extends QuantaError {
  override name = 'GpuDiscoveryError';
}

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
const isText = (v: unknown): v is string => typeof v === 'string' && v.length > 0;

/** Checks the probe's JSON; throws GpuDiscoveryError naming the first bad field. */
export function parseProbeOutput(text: string, simulated: boolean): GpuInventory {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new GpuDiscoveryError(`the GPU probe printed something that is not JSON: ${text.slice(0, 200)}`);
  }
  const o = data as Record<string, unknown>;
  if (typeof o.error === 'string') throw new GpuDiscoveryError(`GPU discovery failed: ${o.error}`);
  if (!isText(o.driver) || !Array.isArray(o.devices)) throw new GpuDiscoveryError('the GPU probe\'s answer lacks "driver" or "devices"');
  const gpus = o.devices.map((d: Record<string, unknown>, i: number): Gpu => {
    const bad = (field: string) => new GpuDiscoveryError(`GPU ${i} from the probe has no valid "${field}"`);
    if (!isCount(d.index)) throw bad('index');
    if (!isText(d.uuid)) throw bad('uuid');
    if (!isText(d.name)) throw bad('name');
    if (!isCount(d.memoryTotal) || d.memoryTotal === 0) throw bad('memoryTotal');
    if (!isCount(d.memoryUsed)) throw bad('memoryUsed');
    if (typeof d.migEnabled !== 'boolean') throw bad('migEnabled');
    if (!Array.isArray(d.migDevices)) throw bad('migDevices');
    const migDevices = d.migDevices.map((m: Record<string, unknown>) => {
      if (!isCount(m.index) || !isText(m.uuid) || !isCount(m.memoryTotal)) throw bad('migDevices');
      return { index: m.index, uuid: m.uuid, memoryTotal: m.memoryTotal };
    });
    return { index: d.index, uuid: d.uuid, name: d.name, memoryTotal: d.memoryTotal, memoryUsed: d.memoryUsed, migEnabled: d.migEnabled, migDevices, simulated };
  });
  return { driver: o.driver, gpus, simulated };
}

/** Lists the host's GPUs (or the simulated ones when `driver` is 'simulated'). */
export async function discoverGpus(driver: 'real' | 'simulated', env: NodeJS.ProcessEnv = process.env): Promise<GpuInventory> {
  const stdout = await runNativeTool('quanta-gpu-probe', [], { driver, env }).catch((e: Error) => {
    if (e instanceof QuantaError) throw e;
    throw new GpuDiscoveryError(`the GPU probe did not run: ${e.message}`);
  });
  return parseProbeOutput(stdout, driver === 'simulated');
}
