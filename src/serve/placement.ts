// Where quanta serve puts a session that did not ask for a GPU: the least loaded of the
// GPUs it may use, by memory promised to vGPUs and GPU time they kept busy over the
// scheduler's window (both from the daemon's ps), among those with room for the session's
// quota. A GPU the session asks for is taken as asked, if the server may use it.
import type { Answer } from '../daemon/client.js';
import { formatBytes } from '../units.js';

type Ps = Answer<'ps'>;

export interface GpuLoad {
  index: number;
  memoryTotal: number;
  /** Memory promised to vGPUs on it (their quotas). */
  promised: number;
  /** The part of its time vGPUs were charged over the last window (0..1, summed). */
  busy: number;
  vgpus: number;
}

/** Each GPU's load, from the daemon's ps. */
export function gpuLoads(ps: Ps): GpuLoad[] {
  return ps.gpus.map((g) => {
    const on = ps.vgpus.flatMap((v) => v.gpus.filter((x) => x.uuid === g.uuid));
    return {
      index: g.index, memoryTotal: g.memoryTotal,
      promised: on.reduce((a, x) => a + x.quota, 0),
      busy: on.reduce((a, x) => a + (x.time?.utilization ?? 0), 0),
      vgpus: on.length,
    };
  });
}

/** The GPU for a session asking `memory` bytes (undefined: no quota asked) on one of
 * `allowed` (undefined: any), or why none will do. */
export function placeSession(loads: GpuLoad[], allowed: number[] | undefined, memory: number | undefined, asked?: number): { gpu: number } | { refuse: string } {
  const usable = loads.filter((g) => allowed === undefined || allowed.includes(g.index));
  if (asked !== undefined) {
    if (!usable.some((g) => g.index === asked)) return { refuse: `it asks for GPU ${asked}, which this server does not serve (it serves GPU ${usable.map((g) => g.index).join(', ') || 'none'})` };
    return { gpu: asked };
  }
  const need = memory ?? 0;
  const roomy = usable.filter((g) => g.promised + need <= g.memoryTotal);
  if (roomy.length === 0) {
    const most = Math.max(0, ...usable.map((g) => g.memoryTotal - g.promised));
    return { refuse: `no GPU of this server has ${formatBytes(need)} free to promise (at most ${formatBytes(most)} on one)` };
  }
  const load = (g: GpuLoad) => (g.promised + need) / Math.max(1, g.memoryTotal) + g.busy;
  roomy.sort((a, b) => load(a) - load(b) || a.vgpus - b.vgpus || a.index - b.index);
  return { gpu: roomy[0]!.index };
}
