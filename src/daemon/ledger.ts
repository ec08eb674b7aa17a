// The vGPU ledger: which vGPUs exist, the memory quota each has on each physical GPU,
// which processes belong to each and how much device memory each holds. A pure policy
// module: no I/O, no clock; the daemon feeds it events and persists its snapshot.
//
// Rules: a quota is at most the GPU's memory, and the quotas on one GPU never add up to
// more than the GPU has (a vGPU's memory is guaranteed, not best effort). A reservation
// that would take a vGPU past its quota is refused: the interposer turns that into
// CUDA_ERROR_OUT_OF_MEMORY. Shrinking below current usage is allowed: new reservations
// are refused until usage falls under the new quota. A vGPU is removed when its last
// process leaves.
import { QuantaError } from '../errors.js';
import { formatBytes } from '../units.js';

export type LedgerErrorCode = 'bad-name' | 'unknown-gpu' | 'quota-too-large' | 'overcommitted' | 'vgpu-mismatch' | 'unknown-vgpu' | 'unknown-process' | 'duplicate-process' | 'bad-snapshot';

export class LedgerError extends QuantaError {
  override name = 'LedgerError';
  constructor(readonly code: LedgerErrorCode, message: string) {
    super(message, 1);
  }
}

/** A physical GPU as the ledger needs it. */
export interface GpuCapacity { uuid: string; index: number; memoryTotal: number }

export interface VgpuRequest {
  /** Name to create or join; omitted: a new anonymous vGPU. */
  name?: string;
  /** GPUs by index or UUID. */
  gpus: (number | string)[];
  /** Quota on each listed GPU, bytes. Omitted when joining: keep the existing quota. */
  memory?: number;
}

interface Slice { quota: number; used: number }
interface Member { pid: number; usage: Map<string, number> }
interface Vgpu { name: string; slices: Map<string, Slice>; members: Map<number, Member> }

export interface VgpuView {
  name: string;
  gpus: { uuid: string; index: number; quota: number; used: number }[];
  processes: { pid: number; usage: Record<string, number> }[];
}

/** The ledger as JSON, for persistence. */
export interface LedgerSnapshot {
  version: 1;
  vgpus: { name: string; slices: { uuid: string; quota: number; used: number }[]; members: { pid: number; usage: Record<string, number> }[] }[];
}

const NAME = /^[a-z0-9][a-z0-9._-]{0,62}$/;

export class Ledger {
  private readonly vgpus = new Map<string, Vgpu>();
  private readonly byPid = new Map<number, Vgpu>();
  private readonly gpus: Map<string, GpuCapacity>;

  constructor(gpus: GpuCapacity[]) {
    this.gpus = new Map(gpus.map((g) => [g.uuid, g]));
  }

  /** Resolves an index or UUID to a GPU; throws LedgerError('unknown-gpu'). */
  gpu(ref: number | string): GpuCapacity {
    const found = typeof ref === 'number' ? [...this.gpus.values()].find((g) => g.index === ref) : this.gpus.get(ref);
    if (!found) {
      const have = [...this.gpus.values()].map((g) => g.index).join(', ') || 'none';
      throw new LedgerError('unknown-gpu', `there is no GPU ${ref} on this host (GPUs: ${have})`);
    }
    return found;
  }

  /** Puts process `pid` into the vGPU `req` names (created if new). Returns the vGPU's name. */
  attach(pid: number, req: VgpuRequest): string {
    if (this.byPid.has(pid)) throw new LedgerError('duplicate-process', `process ${pid} is already in vGPU ${this.byPid.get(pid)!.name}`);
    const uuids = req.gpus.map((r) => this.gpu(r).uuid);
    if (uuids.length === 0 || new Set(uuids).size !== uuids.length) throw new LedgerError('unknown-gpu', 'list each GPU once, at least one');
    const name = req.name ?? this.freshName(pid);
    if (!NAME.test(name)) throw new LedgerError('bad-name', `vGPU name "${name}" must be 1-63 lower-case letters, digits, '.', '_' or '-', starting with a letter or digit`);
    let v = this.vgpus.get(name);
    if (v) {
      const same = uuids.length === v.slices.size && uuids.every((u) => v!.slices.has(u));
      if (!same) throw new LedgerError('vgpu-mismatch', `vGPU ${name} is on GPUs ${this.describeGpus(v)}; join it with the same GPUs`);
      if (req.memory !== undefined && [...v.slices.values()].some((s) => s.quota !== req.memory)) {
        throw new LedgerError('vgpu-mismatch', `vGPU ${name} already has its quota; join without --mem, or change it with: quanta set ${name} --mem SIZE`);
      }
    } else {
      if (req.memory === undefined) throw new LedgerError('quota-too-large', `vGPU ${name} does not exist yet: give its memory quota (--mem)`);
      for (const u of uuids) this.checkQuota(u, req.memory, undefined);
      v = { name, slices: new Map(uuids.map((u) => [u, { quota: req.memory!, used: 0 }])), members: new Map() };
      this.vgpus.set(name, v);
    }
    v.members.set(pid, { pid, usage: new Map() });
    this.byPid.set(pid, v);
    return name;
  }

  /** Asks for `bytes` more on GPU `uuid` for `pid`. Returns false (nothing changed) past the quota. */
  reserve(pid: number, uuid: string, bytes: number): boolean {
    const { m, slice } = this.locate(pid, uuid);
    if (bytes < 0 || slice.used + bytes > slice.quota) return false;
    slice.used += bytes;
    m.usage.set(uuid, (m.usage.get(uuid) ?? 0) + bytes);
    return true;
  }

  /** Gives back `bytes` on GPU `uuid` from `pid` (never below what it holds). */
  release(pid: number, uuid: string, bytes: number): void {
    const { m, slice } = this.locate(pid, uuid);
    const held = m.usage.get(uuid) ?? 0;
    const n = Math.min(Math.max(bytes, 0), held);
    m.usage.set(uuid, held - n);
    slice.used -= n;
  }

  /** Removes a process (exited or killed); everything it held returns to its vGPU. */
  detach(pid: number): void {
    const v = this.byPid.get(pid);
    if (!v) return;
    const m = v.members.get(pid)!;
    for (const [uuid, n] of m.usage) v.slices.get(uuid)!.used -= n;
    v.members.delete(pid);
    this.byPid.delete(pid);
    if (v.members.size === 0) this.vgpus.delete(v.name);
  }

  /** Sets a vGPU's quota on all its GPUs. Growing takes effect at once; shrinking below
   * usage refuses new reservations until usage is under it. */
  resize(name: string, memory: number): void {
    const v = this.vgpus.get(name);
    if (!v) throw new LedgerError('unknown-vgpu', `there is no vGPU named ${name} (see: quanta ps)`);
    for (const u of v.slices.keys()) this.checkQuota(u, memory, name);
    for (const s of v.slices.values()) s.quota = memory;
  }

  /** What the vGPU of `pid` has on GPU `uuid`: its quota and usage. */
  limits(pid: number, uuid: string): Slice {
    const { slice } = this.locate(pid, uuid);
    return { ...slice };
  }

  pids(): number[] {
    return [...this.byPid.keys()];
  }

  view(): VgpuView[] {
    return [...this.vgpus.values()].map((v) => ({
      name: v.name,
      gpus: [...v.slices].map(([uuid, s]) => ({ uuid, index: this.gpus.get(uuid)?.index ?? -1, quota: s.quota, used: s.used })),
      processes: [...v.members.values()].map((m) => ({ pid: m.pid, usage: Object.fromEntries(m.usage) })),
    }));
  }

  snapshot(): LedgerSnapshot {
    return {
      version: 1,
      vgpus: [...this.vgpus.values()].map((v) => ({
        name: v.name,
        slices: [...v.slices].map(([uuid, s]) => ({ uuid, quota: s.quota, used: s.used })),
        members: [...v.members.values()].map((m) => ({ pid: m.pid, usage: Object.fromEntries(m.usage) })),
      })),
    };
  }

  /** Rebuilds a ledger from a snapshot, checking it against these GPUs. Usage is
   * recomputed from the members, so a snapshot cannot carry an inconsistent total. */
  static restore(gpus: GpuCapacity[], snap: LedgerSnapshot): Ledger {
    const l = new Ledger(gpus);
    if (snap?.version !== 1 || !Array.isArray(snap.vgpus)) throw new LedgerError('bad-snapshot', 'the saved state is not a version 1 ledger snapshot');
    for (const sv of snap.vgpus) {
      const slices = new Map<string, Slice>();
      for (const s of sv.slices) {
        l.gpu(s.uuid);
        slices.set(s.uuid, { quota: s.quota, used: 0 });
      }
      const v: Vgpu = { name: sv.name, slices, members: new Map() };
      for (const sm of sv.members) {
        const usage = new Map(Object.entries(sm.usage));
        for (const [u, n] of usage) {
          const slice = slices.get(u);
          if (!slice || !Number.isSafeInteger(n) || n < 0) throw new LedgerError('bad-snapshot', `process ${sm.pid} of vGPU ${sv.name} holds memory on a GPU the vGPU is not on`);
          slice.used += n;
        }
        v.members.set(sm.pid, { pid: sm.pid, usage });
        l.byPid.set(sm.pid, v);
      }
      if (v.members.size > 0) l.vgpus.set(v.name, v);
    }
    return l;
  }

  private locate(pid: number, uuid: string): { m: Member; slice: Slice } {
    const v = this.byPid.get(pid);
    if (!v) throw new LedgerError('unknown-process', `process ${pid} is in no vGPU`);
    const slice = v.slices.get(uuid);
    if (!slice) throw new LedgerError('unknown-gpu', `vGPU ${v.name} has no share of GPU ${uuid}`);
    return { m: v.members.get(pid)!, slice };
  }

  private checkQuota(uuid: string, memory: number, resizing: string | undefined): void {
    const g = this.gpu(uuid);
    if (!Number.isSafeInteger(memory) || memory <= 0) throw new LedgerError('quota-too-large', 'a memory quota must be a positive number of bytes');
    if (memory > g.memoryTotal) {
      throw new LedgerError('quota-too-large', `a quota of ${formatBytes(memory)} is more than GPU ${g.index} has (${formatBytes(g.memoryTotal)})`);
    }
    let others = 0;
    for (const v of this.vgpus.values()) if (v.name !== resizing) others += v.slices.get(uuid)?.quota ?? 0;
    if (others + memory > g.memoryTotal) {
      throw new LedgerError('overcommitted', `GPU ${g.index} has ${formatBytes(g.memoryTotal - others)} not yet promised to other vGPUs; ${formatBytes(memory)} does not fit`);
    }
  }

  private describeGpus(v: Vgpu): string {
    return [...v.slices.keys()].map((u) => this.gpus.get(u)?.index ?? u).join(',');
  }

  private freshName(pid: number): string {
    let name = `vgpu-${pid}`;
    for (let i = 2; this.vgpus.has(name); i++) name = `vgpu-${pid}-${i}`;
    return name;
  }
}
