// The vGPU ledger: which vGPUs exist, the memory quota each has on each physical GPU
// and which processes belong to each. A pure policy module: no I/O, no clock; the daemon
// feeds it events and persists its snapshot. What each process holds is not here: it is
// counted in the vGPU's shared segment (segment.ts), where allocations reserve it.
//
// Rules: a quota is at most the GPU's memory, and the quotas on one GPU never add up to
// more than the GPU has (a vGPU's memory is guaranteed, not best effort). Shrinking a
// quota below current usage is allowed (the segment then refuses new reservations until
// usage falls under it). A vGPU is removed when its last process leaves.
// Each vGPU also carries its GPU-time settings (weight, share, priority: the scheduler's
// TenantSettings); under a GPU's fixed-share policy its vGPUs' shares never add up past
// 100% (checked with the scheduler's own rule, src/scheduler/policy.ts).
import { randomBytes } from 'node:crypto';
import { QuantaError } from '../errors.js';
import { formatBytes } from '../units.js';
import { DEFAULT_POLICY, DEFAULT_TENANT_SETTINGS, validateShares, validateTenantSettings, type PolicyKind, type TenantSettings } from '../scheduler/policy.js';

export type LedgerErrorCode = 'bad-name' | 'unknown-gpu' | 'quota-too-large' | 'overcommitted' | 'vgpu-mismatch' | 'unknown-vgpu' | 'duplicate-process' | 'bad-snapshot' | 'not-yours';

/** A vGPU's secret: what its programs join it with. */
function randomToken(): string {
  return randomBytes(16).toString('hex');
}

export class LedgerError extends QuantaError {
  override name = 'LedgerError';
  constructor(readonly code: LedgerErrorCode, message: string) {
    super(message, 1);
  }
}

/** A physical GPU as the ledger needs it (policy: its GPU-time policy, default weighted). */
export interface GpuCapacity { uuid: string; index: number; memoryTotal: number; policy?: PolicyKind }

/** GPU-time settings as a request gives them: any of the three, the rest default. */
export type ComputeRequest = Partial<TenantSettings>;

export interface VgpuRequest {
  /** Name to create or join; omitted: a new anonymous vGPU. */
  name?: string;
  /** GPUs by index or UUID; empty to join an existing vGPU on whatever GPUs it has. */
  gpus: (number | string)[];
  /** Quota on each listed GPU, bytes. Omitted when joining: keep the existing quota. */
  memory?: number;
  /** GPU-time settings of a new vGPU (weight, share, priority); omitted: the defaults. */
  compute?: ComputeRequest;
}

/** Who asks: the kernel's word for the connecting process (uid; start: its start time,
 * which tells a reused pid from the process that first had it). */
export interface Caller { uid: number; start?: number | undefined }
const ROOT: Caller = { uid: 0 };

interface Vgpu { name: string; owner: number; quotas: Map<string, number>; members: Map<number, number | undefined>; token: string; compute: TenantSettings }

export interface VgpuView {
  name: string;
  /** The uid of the user who created it: only they (and root) see, join and change it. */
  owner: number;
  /** Its GPUs in the order of its segment's slices. */
  gpus: { uuid: string; index: number; quota: number }[];
  pids: number[];
  /** What a program started in this vGPU joins it with (never shown to other vGPUs' users). */
  token: string;
  compute: TenantSettings;
}

/** The ledger as JSON, for persistence (version 2 had no owner and no start times). */
export interface LedgerSnapshot {
  version: 3;
  vgpus: { name: string; owner: number; gpus: { uuid: string; quota: number }[]; members: { pid: number; start?: number }[]; token: string; compute?: TenantSettings }[];
}

const NAME = /^[a-z0-9][a-z0-9._-]{0,62}$/;

const isUint = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;

/** One saved vGPU, checked field by field (the file may have been edited or torn). */
function parseSavedVgpu(raw: unknown, version: 2 | 3, defaultOwner: number) {
  const o = raw as Record<string, unknown>;
  if (typeof o !== 'object' || o === null) throw new Error('not an object');
  if (typeof o.name !== 'string') throw new Error('no name');
  if (!Array.isArray(o.gpus) || o.gpus.length === 0) throw new Error('no GPUs');
  const gpus = o.gpus as { uuid?: unknown; quota?: unknown }[];
  if (!gpus.every((g) => typeof g?.uuid === 'string' && isUint(g.quota) && g.quota === gpus[0]!.quota)) throw new Error('its GPUs need a UUID and one quota');
  if (typeof o.token !== 'string' || !/^[0-9a-f]{32}$/.test(o.token)) throw new Error('no valid token');
  const members = version === 3 ? o.members : (o.pids as unknown[] | undefined)?.map((pid) => ({ pid }));
  if (!Array.isArray(members) || !members.every((m: { pid?: unknown; start?: unknown }) => isUint(m?.pid) && m.pid > 0 && (m.start === undefined || isUint(m.start)))) {
    throw new Error('its members need process ids');
  }
  const owner = version === 3 ? o.owner : defaultOwner;
  if (!isUint(owner)) throw new Error('no owner');
  return {
    name: o.name, owner, uuids: gpus.map((g) => g.uuid as string), quota: gpus[0]!.quota as number, token: o.token,
    members: members as { pid: number; start?: number }[], compute: o.compute as TenantSettings | undefined,
  };
}

export class Ledger {
  private readonly vgpus = new Map<string, Vgpu>();
  private readonly byPid = new Map<number, Vgpu>();
  private readonly gpus: Map<string, GpuCapacity>;

  /** `newToken` makes the secret a vGPU's programs join it with (injected for tests). */
  constructor(gpus: GpuCapacity[], private readonly newToken: () => string = randomToken) {
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

  /** Puts process `pid` into the vGPU `req` names (created if new, owned by the caller's
   * user; joining needs the same user, or root). Returns the vGPU's name. */
  attach(pid: number, req: VgpuRequest, caller: Caller = ROOT): string {
    if (this.byPid.has(pid)) throw new LedgerError('duplicate-process', `process ${pid} is already in vGPU ${this.byPid.get(pid)!.name}`);
    const joining = req.gpus.length === 0 && req.name !== undefined && this.vgpus.has(req.name);
    const uuids = joining ? [...this.vgpus.get(req.name!)!.quotas.keys()] : req.gpus.map((r) => this.gpu(r).uuid);
    if (uuids.length === 0) throw new LedgerError('unknown-gpu', req.name ? `there is no vGPU named ${req.name} yet: give its GPUs and memory quota (--gpu, --mem)` : 'a new vGPU needs its GPUs (--gpu)');
    if (new Set(uuids).size !== uuids.length) throw new LedgerError('unknown-gpu', 'list each GPU once');
    const name = req.name ?? this.freshName(pid);
    if (!NAME.test(name)) throw new LedgerError('bad-name', `vGPU name "${name}" must be 1-63 lower-case letters, digits, '.', '_' or '-', starting with a letter or digit`);
    let v = this.vgpus.get(name);
    if (v) {
      this.checkOwner(v, caller, 'join');
      const same = uuids.length === v.quotas.size && uuids.every((u) => v!.quotas.has(u));
      if (!same) throw new LedgerError('vgpu-mismatch', `vGPU ${name} is on GPUs ${this.describeGpus(v)}; join it with the same GPUs`);
      if (req.memory !== undefined && [...v.quotas.values()].some((q) => q !== req.memory)) {
        throw new LedgerError('vgpu-mismatch', `vGPU ${name} already has its quota; join without --mem, or change it with: quanta set ${name} --mem SIZE`);
      }
      if (req.compute !== undefined && Object.keys(req.compute).length > 0) {
        throw new LedgerError('vgpu-mismatch', `vGPU ${name} already has its GPU-time settings; join without --share/--weight/--priority, or change them with: quanta set ${name} --weight N`);
      }
    } else {
      if (req.memory === undefined) throw new LedgerError('quota-too-large', `vGPU ${name} does not exist yet: give its memory quota (--mem)`);
      for (const u of uuids) this.checkQuota(u, req.memory, undefined);
      const compute = { ...DEFAULT_TENANT_SETTINGS, ...req.compute };
      this.checkCompute(name, uuids, compute);
      v = { name, owner: caller.uid, quotas: new Map(uuids.map((u) => [u, req.memory!])), members: new Map(), token: this.newToken(), compute };
      this.vgpus.set(name, v);
    }
    v.members.set(pid, caller.start);
    this.byPid.set(pid, v);
    return name;
  }

  /** Removes a process (exited or killed). Returns the name of its vGPU if that was
   * its last process and the vGPU is gone too, else undefined. */
  detach(pid: number): string | undefined {
    const v = this.byPid.get(pid);
    if (!v) return undefined;
    v.members.delete(pid);
    this.byPid.delete(pid);
    if (v.members.size > 0) return undefined;
    this.vgpus.delete(v.name);
    return v.name;
  }

  /** Sets a vGPU's quota on all its GPUs. Growing takes effect at once; shrinking below
   * usage refuses new reservations until usage is under it. */
  resize(name: string, memory: number): void {
    const v = this.vgpus.get(name);
    if (!v) throw new LedgerError('unknown-vgpu', `there is no vGPU named ${name} (see: quanta ps)`);
    for (const u of v.quotas.keys()) this.checkQuota(u, memory, name);
    for (const u of v.quotas.keys()) v.quotas.set(u, memory);
  }

  /** Changes a vGPU's GPU-time settings (those given; the others stay). Throws
   * SchedulerConfigError for bad values or fixed shares past 100% on one of its GPUs. */
  setCompute(name: string, change: ComputeRequest): TenantSettings {
    const v = this.vgpus.get(name);
    if (!v) throw new LedgerError('unknown-vgpu', `there is no vGPU named ${name} (see: quanta ps)`);
    const next = { ...v.compute, ...change };
    this.checkCompute(name, [...v.quotas.keys()], next);
    v.compute = next;
    return next;
  }

  /** The policy of GPU `uuid`. */
  policyOf(uuid: string): PolicyKind {
    return this.gpus.get(uuid)?.policy ?? DEFAULT_POLICY;
  }

  /** Puts `pid` into the vGPU whose token is `token` (the caller's user must own it, or be
   * root). Returns its name. */
  join(pid: number, token: string, caller: Caller = ROOT): string {
    if (this.byPid.has(pid)) throw new LedgerError('duplicate-process', `process ${pid} is already in vGPU ${this.byPid.get(pid)!.name}`);
    const v = [...this.vgpus.values()].find((x) => x.token === token);
    if (!v) throw new LedgerError('unknown-vgpu', 'no vGPU has this token: start programs with quanta run');
    this.checkOwner(v, caller, 'join');
    v.members.set(pid, caller.start);
    this.byPid.set(pid, v);
    return v.name;
  }

  /** The vGPU `pid` belongs to, if any. */
  vgpuOf(pid: number): string | undefined {
    return this.byPid.get(pid)?.name;
  }

  pids(): number[] {
    return [...this.byPid.keys()];
  }

  /** Every member process with the start time it joined with (if known). */
  members(): { pid: number; start: number | undefined }[] {
    return [...this.byPid].map(([pid, v]) => ({ pid, start: v.members.get(pid) }));
  }

  /** Removes vGPU `name` whatever its members (`caller` must own it, or be root). Returns
   * the pids that were in it. */
  remove(name: string, caller: Caller = ROOT): number[] {
    const v = this.vgpus.get(name);
    if (!v) throw new LedgerError('unknown-vgpu', `there is no vGPU named ${name} (see: quanta ps)`);
    this.checkOwner(v, caller, 'remove');
    for (const pid of v.members.keys()) this.byPid.delete(pid);
    this.vgpus.delete(name);
    return [...v.members.keys()];
  }

  /** Throws LedgerError('not-yours') unless `caller` may change or join vGPU `name`. */
  authorize(name: string, caller: Caller, what: string): void {
    const v = this.vgpus.get(name);
    if (!v) throw new LedgerError('unknown-vgpu', `there is no vGPU named ${name} (see: quanta ps)`);
    this.checkOwner(v, caller, what);
  }

  view(): VgpuView[] {
    return [...this.vgpus.values()].map((v) => ({
      name: v.name,
      owner: v.owner,
      gpus: [...v.quotas].map(([uuid, quota]) => ({ uuid, index: this.gpus.get(uuid)?.index ?? -1, quota })),
      pids: [...v.members.keys()],
      token: v.token,
      compute: { ...v.compute },
    }));
  }

  snapshot(): LedgerSnapshot {
    return {
      version: 3,
      vgpus: [...this.vgpus.values()].map((v) => ({
        name: v.name, owner: v.owner, gpus: [...v.quotas].map(([uuid, quota]) => ({ uuid, quota })),
        members: [...v.members].map(([pid, start]) => (start === undefined ? { pid } : { pid, start })), token: v.token, compute: { ...v.compute },
      })),
    };
  }

  /** Rebuilds a ledger from a snapshot, checking it against these GPUs with the same
   * rules as new vGPUs (a quota that no longer fits is refused). Throws on the first
   * vGPU that does not fit; see salvage() to keep the others. */
  static restore(gpus: GpuCapacity[], snap: LedgerSnapshot, defaultOwner = 0): Ledger {
    return Ledger.rebuild(gpus, snap, defaultOwner, true).ledger;
  }

  /** Rebuilds what it can of a saved ledger (version 3, or 2 whose vGPUs belong to
   * `defaultOwner`): each vGPU that is well formed and fits these GPUs comes back;
   * `dropped` says why each other one did not. Never throws for bad content. */
  static salvage(gpus: GpuCapacity[], data: unknown, defaultOwner = 0): { ledger: Ledger; dropped: string[] } {
    return Ledger.rebuild(gpus, data, defaultOwner, false);
  }

  private static rebuild(gpus: GpuCapacity[], data: unknown, defaultOwner: number, strict: boolean): { ledger: Ledger; dropped: string[] } {
    // Restored vGPUs get their saved token back; vGPUs made later get fresh random ones.
    let saved: string | undefined;
    const l = new Ledger(gpus, () => { const t = saved ?? randomToken(); saved = undefined; return t; });
    const dropped: string[] = [];
    const snap = data as { version?: unknown; vgpus?: unknown };
    if (typeof snap !== 'object' || snap === null || (snap.version !== 2 && snap.version !== 3) || !Array.isArray(snap.vgpus)) {
      const why = 'the saved state is not a version 2 or 3 ledger snapshot';
      if (strict) throw new LedgerError('bad-snapshot', why);
      return { ledger: l, dropped: [why] };
    }
    for (const [i, raw] of snap.vgpus.entries()) {
      try {
        const sv = parseSavedVgpu(raw, snap.version, defaultOwner);
        const [first, ...rest] = sv.members;
        if (first === undefined) continue;
        saved = sv.token;
        const owner = { uid: sv.owner };
        l.attach(first.pid, { name: sv.name, gpus: sv.uuids, memory: sv.quota, ...(sv.compute ? { compute: sv.compute } : {}) }, { ...owner, start: first.start });
        for (const m of rest) l.attach(m.pid, { name: sv.name, gpus: sv.uuids }, { ...owner, start: m.start });
      } catch (e) {
        if (strict) throw e instanceof LedgerError ? e : new LedgerError('bad-snapshot', e instanceof Error ? e.message : String(e));
        saved = undefined;
        const name = typeof (raw as { name?: unknown })?.name === 'string' ? `vGPU ${(raw as { name: string }).name}` : `entry ${i}`;
        dropped.push(`${name}: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
    return { ledger: l, dropped };
  }

  private checkQuota(uuid: string, memory: number, resizing: string | undefined): void {
    const g = this.gpu(uuid);
    if (!Number.isSafeInteger(memory) || memory <= 0) throw new LedgerError('quota-too-large', 'a memory quota must be a positive number of bytes');
    if (memory > g.memoryTotal) {
      throw new LedgerError('quota-too-large', `a quota of ${formatBytes(memory)} is more than GPU ${g.index} has (${formatBytes(g.memoryTotal)})`);
    }
    let others = 0;
    for (const v of this.vgpus.values()) if (v.name !== resizing) others += v.quotas.get(uuid) ?? 0;
    if (others + memory > g.memoryTotal) {
      throw new LedgerError('overcommitted', `GPU ${g.index} has ${formatBytes(g.memoryTotal - others)} not yet promised to other vGPUs; ${formatBytes(memory)} does not fit`);
    }
  }

  /** Checks settings for vGPU `name` on GPUs `uuids` against every other vGPU there. */
  private checkCompute(name: string, uuids: string[], compute: TenantSettings): void {
    validateTenantSettings(name, compute);
    for (const u of uuids) {
      const others = [...this.vgpus.values()].filter((x) => x.name !== name && x.quotas.has(u)).map((x) => [x.name, x.compute] as const);
      validateShares(this.policyOf(u), [...others, [name, compute] as const]);
    }
  }

  private checkOwner(v: Vgpu, caller: Caller, what: string): void {
    if (caller.uid !== 0 && caller.uid !== v.owner) throw new LedgerError('not-yours', `vGPU ${v.name} belongs to another user (uid ${v.owner}): you cannot ${what} it`);
  }

  private describeGpus(v: Vgpu): string {
    return [...v.quotas.keys()].map((u) => this.gpus.get(u)?.index ?? u).join(',');
  }

  private freshName(pid: number): string {
    let name = `vgpu-${pid}`;
    for (let i = 2; this.vgpus.has(name); i++) name = `vgpu-${pid}-${i}`;
    return name;
  }
}
