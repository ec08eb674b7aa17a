// The Quanta daemon: owns the vGPU ledger of this host, answers the protocol on a Unix
// socket, persists every change, and keeps one shared segment per vGPU (beside the
// socket) where its processes' interposers reserve memory. A process that is gone (its
// connection closes, or the periodic sweep finds it dead) leaves its vGPU; its memory
// stops counting at once, since usage is summed over live processes only. Per GPU, a
// GpuTimeDriver applies the GPU-time policy to the vGPUs there (gpu-time.ts).
import { createConnection, createServer, type Server, type Socket } from 'node:net';
import { chmodSync, existsSync, mkdirSync, renameSync, rmSync, unlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { QuantaError } from '../errors.js';
import { Ledger, LedgerError, type GpuCapacity } from './ledger.js';
import { loadState, saveState } from './state-store.js';
import { parseRequest, ProtocolError, type GpuTimeStatus, type PsResult, type Request, type Response } from './protocol.js';
import { processAlive } from './liveness.js';
import { createSegment, readSegment, setSegmentContextBytes, setSegmentQuota, setSegmentSchedId } from './segment.js';
import { GpuTimeDriver, type GpuTenant } from './gpu-time.js';
import { SchedulePage, schedulePagePath } from './schedule-page.js';
import type { Gpu } from './gpus.js';
import { DEFAULT_POLICY, SchedulerConfigError, type PolicyKind } from '../scheduler/policy.js';

export interface DaemonOptions {
  socket: string;
  stateFile: string;
  gpus: Gpu[];
  log?: (line: string) => void;
  /** How often to look for processes that died without closing their connection. */
  sweepMs?: number;
  /** GPU-time policy per GPU UUID; absent: DEFAULT_POLICY. */
  policies?: Map<string, PolicyKind>;
  /** Length of one GPU-time grant (default: the policy's DEFAULT_SLICE_NS). */
  sliceNs?: number;
}

/** A vGPU's id in the schedule pages: a 63-bit FNV-1a hash of its name, so that it is the
 * same after a daemon restart without being stored (0 means "nobody"). */
export function schedIdOf(name: string): bigint {
  let h = 0xcbf29ce484222325n;
  for (const b of Buffer.from(name, 'utf8')) h = ((h ^ BigInt(b)) * 0x100000001b3n) & 0xffffffffffffffffn;
  const id = h & 0x7fffffffffffffffn;
  return id === 0n ? 1n : id;
}

export class DaemonAlreadyRunningError extends QuantaError {
  override name = 'DaemonAlreadyRunningError';
  constructor(socket: string) {
    super(`a Quanta daemon is already running at ${socket}`, 1);
  }
}

const capacity = (gpus: Gpu[], policies?: Map<string, PolicyKind>): GpuCapacity[] =>
  gpus.map((g) => ({ uuid: g.uuid, index: g.index, memoryTotal: g.memoryTotal, policy: policies?.get(g.uuid) ?? DEFAULT_POLICY }));

/** True if something answers on the socket. */
function answering(socket: string): Promise<boolean> {
  return new Promise((resolve) => {
    const c = createConnection(socket);
    c.once('connect', () => { c.destroy(); resolve(true); });
    c.once('error', () => resolve(false));
  });
}

export class Daemon {
  private readonly conns = new Map<Socket, number | undefined>();
  /** Connections of launchers (quanta run): closing one means the launcher is done. */
  private readonly launchers = new Set<Socket>();
  private sweeper: NodeJS.Timeout | undefined;
  /** The GPU-time scheduler of each GPU, by UUID. */
  private readonly gpuTime = new Map<string, GpuTimeDriver>();
  /** Set while stopping: connections the daemon closes itself mean nothing about processes. */
  private stopping = false;

  private constructor(private readonly opts: DaemonOptions, private ledger: Ledger, private readonly server: Server) {}

  /** Restores the saved ledger (dropping processes that died meanwhile) and listens. */
  static async start(opts: DaemonOptions): Promise<Daemon> {
    const log = opts.log ?? (() => {});
    let ledger = new Ledger(capacity(opts.gpus, opts.policies));
    const saved = loadState(opts.stateFile);
    if (saved) {
      try {
        ledger = Ledger.restore(capacity(opts.gpus, opts.policies), saved);
        log(`restored ${ledger.view().length} vGPU(s) from ${opts.stateFile}`);
      } catch (e) {
        if (!(e instanceof LedgerError)) throw e;
        renameSync(opts.stateFile, `${opts.stateFile}.unusable`);
        log(`the saved state does not fit this host (${e.message}); kept it as ${opts.stateFile}.unusable and started empty`);
      }
    }
    if (existsSync(opts.socket)) {
      if (await answering(opts.socket)) throw new DaemonAlreadyRunningError(opts.socket);
      unlinkSync(opts.socket); // left behind by a daemon that died
    }
    mkdirSync(dirname(opts.socket), { recursive: true, mode: 0o700 });
    const server = createServer();
    const d = new Daemon(opts, ledger, server);
    server.on('connection', (c) => d.accept(c));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(opts.socket, () => resolve());
    });
    chmodSync(opts.socket, 0o600);
    for (const v of ledger.view()) d.ensureSegment(v.name); // restored vGPUs: keep or recreate
    for (const g of opts.gpus) {
      d.gpuTime.set(g.uuid, new GpuTimeDriver(g.uuid, ledger.policyOf(g.uuid), new SchedulePage(schedulePagePath(opts.socket, g.uuid)), opts.sliceNs));
    }
    d.syncGpuTime();
    d.sweep();
    d.sweeper = setInterval(() => d.sweep(), opts.sweepMs ?? 500);
    d.sweeper.unref();
    log(`listening on ${opts.socket} with ${opts.gpus.length} GPU(s)${opts.gpus.some((g) => g.simulated) ? ' (SIMULATED)' : ''}`);
    return d;
  }

  async stop(): Promise<void> {
    this.stopping = true;
    clearInterval(this.sweeper);
    for (const g of this.gpuTime.values()) g.stop(); // pages left open: nothing stays gated
    for (const c of this.conns.keys()) c.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private accept(c: Socket): void {
    this.conns.set(c, undefined);
    let buffered = '';
    c.setEncoding('utf8');
    c.on('data', (chunk: string) => {
      buffered += chunk;
      if (buffered.length > 1 << 20) { c.destroy(); return; } // no line is that long
      let nl: number;
      while ((nl = buffered.indexOf('\n')) >= 0) {
        const line = buffered.slice(0, nl);
        buffered = buffered.slice(nl + 1);
        if (!line.trim()) continue;
        const answer = this.answer(c, line);
        if (answer) c.write(JSON.stringify(answer) + '\n');
      }
    });
    c.on('error', () => {});
    c.on('close', () => {
      const pid = this.conns.get(c);
      const launcher = this.launchers.delete(c);
      this.conns.delete(c);
      if (this.stopping) return;
      if (pid !== undefined && (launcher || !processAlive(pid))) this.leave(pid, launcher ? 'its program ended' : 'its connection closed');
    });
  }

  /** The response to one request line; null for requests that are not answered (wake). */
  private answer(c: Socket, line: string): Response | null {
    let req: Request;
    try {
      req = parseRequest(line);
    } catch (e) {
      const id = (() => { try { return Number((JSON.parse(line) as { id?: unknown }).id) || 0; } catch { return 0; } })();
      const err = e instanceof ProtocolError ? e : new ProtocolError('bad-request', String(e));
      return { v: 1, id, ok: false, error: { code: err.code, message: err.message } };
    }
    if (req.op === 'wake') {
      const pid = this.conns.get(c);
      const name = pid === undefined ? undefined : this.ledger.vgpuOf(pid);
      const v = name === undefined ? undefined : this.ledger.view().find((x) => x.name === name);
      for (const g of v?.gpus ?? []) this.gpuTime.get(g.uuid)?.wake();
      return null;
    }
    try {
      const result = this.handle(c, req);
      // The vGPUs or their settings may have changed: the GPUs' schedulers follow.
      if (req.op === 'launch' || req.op === 'hello' || req.op === 'set') this.syncGpuTime();
      return { v: 1, id: req.id, ok: true, ...result };
    } catch (e) {
      if (e instanceof LedgerError || e instanceof SchedulerConfigError) return { v: 1, id: req.id, ok: false, error: { code: e.code, message: e.message } };
      throw e;
    }
  }

  private handle(c: Socket, req: Request): Record<string, unknown> {
    switch (req.op) {
      case 'launch': {
        const name = this.ledger.attach(req.pid, req.vgpu);
        this.conns.set(c, req.pid);
        this.launchers.add(c);
        this.ensureSegment(name);
        this.persist();
        const v = this.ledger.view().find((x) => x.name === name)!;
        const gpus = v.gpus.map((g) => ({ ...g, contextBytes: this.opts.gpus.find((x) => x.uuid === g.uuid)?.contextBytes ?? 0 }));
        return { vgpu: name, token: v.token, segment: this.segmentPath(name), gpus };
      }
      case 'hello': {
        // A process already in the ledger is reconnecting (after a daemon restart).
        const known = this.ledger.vgpuOf(req.pid);
        const name = known ?? this.ledger.join(req.pid, req.token);
        if (this.ledger.view().find((x) => x.name === name)!.token !== req.token) {
          throw new LedgerError('unknown-vgpu', `process ${req.pid} is in another vGPU than this token's`);
        }
        this.conns.set(c, req.pid);
        if (!known) this.persist();
        const v = this.ledger.view().find((x) => x.name === name)!;
        return { vgpu: name, reconnected: known !== undefined, segment: this.segmentPath(name), gpus: v.gpus };
      }
      case 'ps':
        return this.ps() as unknown as Record<string, unknown>;
      case 'set': {
        // Both changes are checked before either is made: a refused one changes nothing.
        const before = this.ledger.view().find((x) => x.name === req.name);
        if (req.memory !== undefined) this.ledger.resize(req.name, req.memory);
        if (req.compute !== undefined) {
          try {
            this.ledger.setCompute(req.name, req.compute);
          } catch (e) {
            if (req.memory !== undefined && before) this.ledger.resize(req.name, before.gpus[0]!.quota);
            throw e;
          }
        }
        if (req.memory !== undefined) setSegmentQuota(this.segmentPath(req.name), req.memory);
        this.persist();
        return { compute: this.ledger.view().find((x) => x.name === req.name)?.compute };
      }
      case 'wake':
        return {};
      case 'status':
        return { pid: process.pid, gpus: this.opts.gpus.length, vgpus: this.ledger.view().length, simulated: this.opts.gpus.some((g) => g.simulated) };
    }
  }

  private ps(): PsResult {
    return {
      vgpus: this.ledger.view().map((v) => {
        const seg = readSegment(this.segmentPath(v.name));
        const live = seg.slots.filter((sl) => processAlive(sl.pid));
        const { token: _secret, ...shown } = v;
        void _secret;
        return {
          ...shown,
          gpus: v.gpus.map((g, i) => ({ ...g, used: live.reduce((sum, sl) => sum + (sl.used[i] ?? 0), 0), ...this.timeOf(v.name, g.uuid) })),
          processes: v.pids.map((pid) => ({ pid, used: live.find((sl) => sl.pid === pid)?.used ?? v.gpus.map(() => 0) })),
        };
      }),
      gpus: this.opts.gpus.map((g) => ({ index: g.index, uuid: g.uuid, name: g.name, memoryTotal: g.memoryTotal, simulated: g.simulated, policy: this.ledger.policyOf(g.uuid) })),
    };
  }

  /** What the GPU's scheduler says of vGPU `name` (nothing under best effort). */
  private timeOf(name: string, uuid: string): { time?: GpuTimeStatus } {
    const d = this.gpuTime.get(uuid);
    if (!d || d.policy === 'best-effort') return {};
    const st = d.stats(name);
    if (!st) return {};
    return { time: { configured: st.configuredShare, achieved: st.achievedShare, waitedMs: st.waitedNs / 1e6, gated: d.gated } };
  }

  /** Tells each GPU's scheduler which vGPUs it has now, with their settings. */
  private syncGpuTime(): void {
    const views = this.ledger.view();
    for (const [uuid, driver] of this.gpuTime) {
      const tenants: GpuTenant[] = [];
      for (const v of views) {
        const slice = v.gpus.findIndex((g) => g.uuid === uuid);
        if (slice < 0) continue;
        tenants.push({ name: v.name, schedId: schedIdOf(v.name), settings: v.compute, segment: this.segmentPath(v.name), slice, live: v.pids.some((p) => processAlive(p)) });
      }
      try {
        driver.setTenants(tenants);
      } catch (e) {
        // The ledger checks shares with the scheduler's own rule, so this is a bug: say it.
        this.opts.log?.(`GPU ${uuid}: the scheduler refused the vGPUs' settings (${e instanceof Error ? e.message : String(e)})`);
      }
    }
  }

  private sweep(): void {
    for (const pid of this.ledger.pids()) if (!processAlive(pid)) this.leave(pid, 'it is no longer running');
  }

  private leave(pid: number, why: string): void {
    if (this.ledger.vgpuOf(pid) === undefined) return;
    const removed = this.ledger.detach(pid);
    if (removed) rmSync(this.segmentPath(removed), { force: true });
    this.persist();
    this.syncGpuTime();
    this.opts.log?.(`process ${pid} left (${why}); its memory returned to its vGPU${removed ? `; vGPU ${removed} removed` : ''}`);
  }

  /** Where vGPU `name`'s segment lives: beside the socket, private to the daemon's user. */
  private segmentPath(name: string): string {
    return join(dirname(this.opts.socket), 'vgpus', `${name}.seg`);
  }

  /** Creates the segment of vGPU `name` unless one of the right shape exists. */
  private ensureSegment(name: string): void {
    const v = this.ledger.view().find((x) => x.name === name)!;
    const path = this.segmentPath(name);
    const contextBytes = v.gpus.map((g) => this.opts.gpus.find((x) => x.uuid === g.uuid)?.contextBytes ?? 0);
    try {
      const seg = readSegment(path);
      if (seg.uuids.join() === v.gpus.map((g) => g.uuid).join()) {
        setSegmentQuota(path, v.gpus[0]!.quota); // the ledger is the authority on quotas
        setSegmentContextBytes(path, contextBytes);
        setSegmentSchedId(path, schedIdOf(name));
        return;
      }
    } catch {
      /* none yet, or not usable: write a new one */
    }
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    createSegment(path, v.gpus.map((g) => g.uuid), v.gpus[0]!.quota, contextBytes, schedIdOf(name));
  }

  private persist(): void {
    saveState(this.opts.stateFile, this.ledger.snapshot());
  }
}
