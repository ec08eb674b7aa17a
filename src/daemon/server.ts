// The Quanta daemon: owns the vGPU ledger of this host, answers the protocol on a Unix
// socket, persists every change, and keeps one shared segment per vGPU where its
// processes' interposers reserve memory. A process that is gone (its connection closes,
// or the periodic sweep finds it dead) leaves its vGPU; its memory stops counting at
// once, since usage is summed over live processes only. Per GPU, a GpuTimeDriver applies
// the GPU-time policy to the vGPUs there (gpu-time.ts).
//
// Who asks is what the kernel says (connections.ts): a request never names its sender.
// Each vGPU belongs to the user who created it; other users neither see nor change it
// (root sees all). A change is a transaction: if it cannot be saved (a full disk, no file
// descriptors left), the ledger and the segments are put back as they were and the
// request fails with the reason; nothing else is lost. The sweep also checks every
// segment for tampering (vgpu-segments.ts) and, by policy, stops a vGPU found misusing it.
import { createServer, type Server, type Socket } from 'node:net';
import { chmodSync, existsSync, mkdirSync, unlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { QuantaError } from '../errors.js';
import { Ledger, LedgerError, type Caller, type GpuCapacity, type VgpuView } from './ledger.js';
import { loadState, saveState, setAside } from './state-store.js';
import { parseRequest, ProtocolError, PROTOCOL_VERSION, type GpuTimeStatus, type PsResult, type Request, type StatusAnswer } from './protocol.js';
import { processAlive } from './liveness.js';
import { readSegment } from './segment.js';
import { GpuTimeDriver, type GpuTenant } from './gpu-time.js';
import { SchedulePage, schedulePagePath } from './schedule-page.js';
import { Connections, DEFAULT_LIMITS, refusal, requestId, type ConnectionLimits, type Peer } from './connections.js';
import { DaemonLock } from './daemon-lock.js';
import { closeQuietly, VgpuSegments, type Inspection, type SegmentExpectation } from './vgpu-segments.js';
import { request } from './client.js';
import { sendWithFd } from '../sys/native.js';
import type { Gpu } from './gpus.js';
import { DEFAULT_POLICY, SchedulerConfigError, type PolicyKind } from '../scheduler/policy.js';

/** What the daemon does with a vGPU whose segment was tampered with or whose usage passed
 * its quota: flag it (ps, log), or also end its processes and remove it. */
export type TamperPolicy = 'flag' | 'stop';

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
  /** The host's system daemon, serving every user (socket reachable by all). */
  system?: boolean;
  /** For a private daemon: the system daemon's socket, whose GPUs it must not promise. */
  systemSocket?: string;
  limits?: Partial<ConnectionLimits>;
  tamper?: TamperPolicy;
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

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

export class Daemon {
  private readonly connections: Connections;
  private sweeper: NodeJS.Timeout | undefined;
  /** The GPU-time scheduler of each GPU, by UUID. */
  private readonly gpuTime = new Map<string, GpuTimeDriver>();
  /** Set while stopping: connections the daemon closes itself mean nothing about processes. */
  private stopping = false;
  /** The ledger could not be saved after a change the daemon cannot undo (a process
   * leaving): try again at the next sweep. */
  private unsaved = false;
  /** What the last inspection found per vGPU (shown by ps; logged when it changes). */
  private readonly findings = new Map<string, Inspection>();
  private readonly segments: VgpuSegments;
  private readonly log: (line: string) => void;

  private constructor(private readonly opts: DaemonOptions, private ledger: Ledger, private readonly server: Server, private readonly lock: DaemonLock) {
    this.log = opts.log ?? (() => {});
    this.segments = new VgpuSegments(join(dirname(opts.socket), 'vgpus'));
    this.connections = new Connections({ ...DEFAULT_LIMITS, ...opts.limits }, (peer, line, c) => this.answer(peer, line, c), (peer) => this.closed(peer), this.log);
  }

  /** Takes the socket's lock, restores the saved ledger (dropping processes that died
   * meanwhile; a state file that is not usable is set aside, and what can be is kept) and
   * listens. Throws DaemonAlreadyRunningError if another daemon serves the socket. */
  static async start(opts: DaemonOptions): Promise<Daemon> {
    const log = opts.log ?? (() => {});
    const runtimeMode = opts.system ? 0o755 : 0o700;
    const lock = DaemonLock.take(join(dirname(opts.socket), 'daemon.lock'), runtimeMode);
    if (!lock) throw new DaemonAlreadyRunningError(opts.socket);
    try {
      const ledger = Daemon.restore(opts, log);
      if (existsSync(opts.socket)) unlinkSync(opts.socket); // left behind by a daemon that died: we hold the lock
      chmodSync(dirname(opts.socket), runtimeMode);
      const server = createServer();
      const d = new Daemon(opts, ledger, server, lock);
      d.connections.attach(server);
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(opts.socket, () => { server.off('error', reject); resolve(); });
      });
      // From now on a failed accept (EMFILE: out of file descriptors) only drops that
      // connection; its client reports it. The daemon goes on.
      let lastAcceptLog = 0;
      server.on('error', (e: NodeJS.ErrnoException) => {
        if (Date.now() - lastAcceptLog > 1000) log(`cannot accept a connection (${e.code ?? e.message}); going on`);
        lastAcceptLog = Date.now();
      });
      chmodSync(opts.socket, opts.system ? 0o666 : 0o600);
      for (const v of ledger.view()) d.segments.ensure(d.expectation(v)); // restored vGPUs: keep or recreate
      const pruned = d.segments.prune(new Set(ledger.view().map((v) => v.name)));
      if (pruned.length > 0) log(`removed what a previous daemon left: ${pruned.join(', ')}`);
      // Schedule pages are read by every tenant of a GPU (gate.c maps them read-only when
      // it cannot write: only the daemon's user can stamp the urgent page).
      const sched = join(dirname(opts.socket), 'sched');
      mkdirSync(sched, { recursive: true, mode: runtimeMode });
      chmodSync(sched, runtimeMode);
      for (const g of opts.gpus) {
        const onError = (e: unknown) => log(`GPU ${g.index}: a scheduling decision failed (${message(e)}); trying again`);
        d.gpuTime.set(g.uuid, new GpuTimeDriver(g.uuid, ledger.policyOf(g.uuid), new SchedulePage(schedulePagePath(opts.socket, g.uuid)), opts.sliceNs, onError));
      }
      d.syncGpuTime();
      d.sweep();
      d.sweeper = setInterval(() => d.sweep(), opts.sweepMs ?? 500);
      d.sweeper.unref();
      log(`listening on ${opts.socket}${opts.system ? ' for every user (system daemon)' : ''} with ${opts.gpus.length} GPU(s)${opts.gpus.some((g) => g.simulated) ? ' (SIMULATED)' : ''}`);
      return d;
    } catch (e) {
      lock.release();
      throw e;
    }
  }

  /** The ledger from the state file, as far as it can be recovered. */
  private static restore(opts: DaemonOptions, log: (line: string) => void): Ledger {
    const caps = capacity(opts.gpus, opts.policies);
    const loaded = loadState(opts.stateFile);
    if (loaded.kind === 'none') return new Ledger(caps);
    if (loaded.kind === 'corrupt') {
      log(`the state file ${opts.stateFile} is unusable (${loaded.why}); kept it as ${loaded.keptAs} and started without it`);
      return new Ledger(caps);
    }
    const { ledger, dropped } = Ledger.salvage(caps, loaded.data, process.getuid?.() ?? 0);
    if (dropped.length > 0) {
      const kept = setAside(opts.stateFile, 'partly unusable', new Date(), 'unusable');
      log(`the state file ${opts.stateFile} has entries that do not fit this host (kept as ${kept.keptAs}): ${dropped.join('; ')}`);
      saveState(opts.stateFile, ledger.snapshot());
    }
    log(`restored ${ledger.view().length} vGPU(s) from ${opts.stateFile}`);
    return ledger;
  }

  /** Stops serving; leaves every schedule page open. Calling it again does nothing. */
  async stop(): Promise<void> {
    if (this.stopping) return;
    this.stopping = true;
    clearInterval(this.sweeper);
    for (const g of this.gpuTime.values()) g.stop(); // pages left open: nothing stays gated
    this.connections.destroyAll();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.lock.release();
  }

  private closed(peer: Peer): void {
    if (this.stopping || peer.role === 'none') return;
    if (peer.role === 'launcher' || !processAlive(peer.pid, peer.start)) this.leave(peer.pid, peer.role === 'launcher' ? 'its program ended' : 'its connection closed');
  }

  /** The response to one request line; null for requests that are not answered (wake,
   * or a hello whose answer was sent with the segment's descriptor). */
  private answer(peer: Peer, line: string, c: Socket): object | null | Promise<object | null> {
    let req: Request;
    try {
      req = parseRequest(line);
    } catch (e) {
      const err = e instanceof ProtocolError ? e : new ProtocolError('bad-request', message(e));
      return refusal(requestId(line), err.code, err.message);
    }
    if (req.op === 'wake') {
      const name = this.ledger.vgpuOf(peer.pid);
      const v = name === undefined ? undefined : this.find(name);
      for (const g of v?.gpus ?? []) this.gpuTime.get(g.uuid)?.wake();
      return null;
    }
    const refuse = (e: unknown) => {
      if (e instanceof LedgerError || e instanceof SchedulerConfigError || e instanceof QuantaError) {
        return refusal(req.id, (e as { code?: string }).code ?? 'refused', e.message);
      }
      throw e;
    };
    try {
      const result = this.handle(peer, req, c);
      if (result instanceof Promise) return result.then((r) => (r === null ? null : { v: PROTOCOL_VERSION, id: req.id, ok: true, ...r }), refuse);
      return result === null ? null : { v: PROTOCOL_VERSION, id: req.id, ok: true, ...result };
    } catch (e) {
      return refuse(e);
    }
  }

  private handle(peer: Peer, req: Request, c: Socket): Record<string, unknown> | null | Promise<Record<string, unknown>> {
    const caller: Caller = { uid: peer.uid, start: peer.start };
    switch (req.op) {
      case 'launch': return this.launch(peer, caller, req.vgpu);
      case 'hello': return this.hello(peer, caller, req, c);
      case 'ps': return this.ps(peer) as unknown as Record<string, unknown>;
      case 'set': {
        this.ledger.authorize(req.name, caller, 'change');
        this.transaction(() => {
          if (req.memory !== undefined) this.ledger.resize(req.name, req.memory);
          if (req.compute !== undefined) this.ledger.setCompute(req.name, req.compute);
        });
        return { compute: this.find(req.name)?.compute };
      }
      case 'rm': return this.remove(caller, req.name, req.force === true);
      case 'wake': return {};
      case 'status': {
        const status: StatusAnswer = { pid: process.pid, gpus: this.opts.gpus.map((g) => g.uuid), vgpus: this.visible(peer).length, simulated: this.opts.gpus.some((g) => g.simulated), system: this.opts.system === true };
        return status as unknown as Record<string, unknown>;
      }
    }
  }

  private async launch(peer: Peer, caller: Caller, vgpu: Extract<Request, { op: 'launch' }>['vgpu']): Promise<Record<string, unknown>> {
    await this.refuseSystemGpus(vgpu.gpus);
    const name = this.transaction(() => this.ledger.attach(peer.pid, vgpu, caller));
    peer.role = 'launcher';
    const v = this.find(name)!;
    const gpus = v.gpus.map((g) => ({ ...g, contextBytes: this.gpu(g.uuid)?.contextBytes ?? 0 }));
    return { vgpu: name, token: v.token, gpus };
  }

  /** A private daemon never promises memory on a GPU the host's system daemon manages. */
  private async refuseSystemGpus(refs: (number | string)[]): Promise<void> {
    const sys = this.opts.systemSocket;
    if (this.opts.system || sys === undefined || sys === this.opts.socket || !existsSync(sys)) return;
    let managed: string[];
    try {
      managed = (await request(sys, 'status', {}, 1000)).gpus;
    } catch {
      return; // no system daemon answers: nobody else promises these GPUs now
    }
    const uuids = refs.map((r) => { try { return this.ledger.gpu(r).uuid; } catch { return String(r); } });
    const taken = uuids.filter((u) => managed.includes(u));
    if (taken.length > 0) {
      throw new QuantaError(`GPU ${taken.join(', ')} is managed by the host's Quanta system daemon (${sys}); this private daemon does not promise its memory: unset QUANTA_RUNTIME_DIR so that quanta run uses the system daemon`, 1);
    }
  }

  private hello(peer: Peer, caller: Caller, req: Extract<Request, { op: 'hello' }>, c: Socket): Record<string, unknown> | null {
    // A process already in the ledger is reconnecting (after a daemon restart).
    const known = this.ledger.vgpuOf(peer.pid);
    if (known !== undefined && this.find(known)!.token !== req.token) {
      throw new LedgerError('unknown-vgpu', `process ${peer.pid} is in another vGPU than this token's`);
    }
    const name = known ?? this.transaction(() => this.ledger.join(peer.pid, req.token, caller));
    peer.role = 'member';
    const v = this.find(name)!;
    const answer = { vgpu: name, reconnected: known !== undefined, segment: this.segments.path(name), gpus: v.gpus };
    if (!req.fd) return answer;
    this.sendWithSegment(c, name, { v: PROTOCOL_VERSION, id: req.id, ok: true, ...answer });
    return null;
  }

  /** Writes `answer` with vGPU `name`'s segment attached as a descriptor (SCM_RIGHTS). */
  private sendWithSegment(c: Socket, name: string, answer: object): void {
    const data = Buffer.from(JSON.stringify(answer) + '\n');
    if (c.writableLength > 0) throw new QuantaError('the connection has unsent data: ask for the segment on a fresh connection', 1);
    const fd = this.segments.openForMember(name);
    try {
      const sent = sendWithFd(c, data, fd);
      if (sent < data.length) c.write(data.subarray(sent));
    } finally {
      closeQuietly(fd);
    }
  }

  /** Removes vGPU `name` on purpose; refuses while processes run in it unless `force`
   * (then they get SIGTERM, and SIGKILL 5 s later if still running). */
  private remove(caller: Caller, name: string, force: boolean): Record<string, unknown> {
    this.ledger.authorize(name, caller, 'remove');
    const running = this.members(name).filter((m) => processAlive(m.pid, m.start));
    if (running.length > 0 && !force) {
      throw new LedgerError('vgpu-mismatch', `vGPU ${name} still has running processes (${running.map((m) => m.pid).join(', ')}): end them first, or use quanta rm --force ${name} to end them`);
    }
    this.transaction(() => this.ledger.remove(name, caller));
    this.segments.remove(name);
    this.findings.delete(name);
    this.syncGpuTime();
    for (const m of running) this.signal(m.pid, 'SIGTERM');
    if (running.length > 0) {
      setTimeout(() => { for (const m of running) if (processAlive(m.pid, m.start)) this.signal(m.pid, 'SIGKILL'); }, 5000).unref();
    }
    this.log(`vGPU ${name} removed on request${running.length ? `; ended processes ${running.map((m) => m.pid).join(', ')}` : ''}`);
    return { removed: name, ended: running.map((m) => m.pid) };
  }

  private signal(pid: number, sig: NodeJS.Signals): void {
    try {
      process.kill(pid, sig);
    } catch (e) {
      this.log(`cannot send ${sig} to process ${pid} (${(e as NodeJS.ErrnoException).code ?? message(e)})`);
    }
  }

  /** Runs a ledger change and saves it; if either fails, the ledger (and the segments of
   * vGPUs the change created) are as before, and the error goes to the caller. */
  private transaction<T>(change: () => T): T {
    const before = this.ledger.snapshot();
    const quotas = new Map(this.ledger.view().map((v) => [v.name, v.gpus[0]!.quota]));
    const names = new Set(quotas.keys());
    try {
      const result = change();
      // New vGPUs get a segment; resized ones, their new quota.
      for (const v of this.ledger.view()) if (quotas.get(v.name) !== v.gpus[0]!.quota) this.segments.ensure(this.expectation(v));
      this.persist();
      this.syncGpuTime();
      return result;
    } catch (e) {
      this.ledger = Ledger.restore(capacity(this.opts.gpus, this.opts.policies), before);
      for (const v of this.ledger.view()) {
        try {
          this.segments.ensure(this.expectation(v));
        } catch (again) {
          this.log(`cannot restore vGPU ${v.name}'s segment (${message(again)})`);
        }
      }
      const now = new Set(this.ledger.view().map((v) => v.name));
      for (const n of names) if (!now.has(n)) this.segments.remove(n);
      throw e;
    }
  }

  private visible(peer: Peer): VgpuView[] {
    return this.ledger.view().filter((v) => peer.uid === 0 || v.owner === peer.uid);
  }

  private ps(peer: Peer): PsResult {
    return {
      vgpus: this.visible(peer).map((v) => {
        let slots: { pid: number; used: number[] }[] = [];
        const flags = [...(this.findings.get(v.name)?.flags ?? [])];
        try {
          slots = readSegment(this.segments.path(v.name)).slots.filter((sl) => processAlive(sl.pid));
        } catch (e) {
          if (flags.length === 0) flags.push(`its usage cannot be read (${message(e)})`);
        }
        const { token: _secret, ...shown } = v;
        void _secret;
        return {
          ...shown,
          gpus: v.gpus.map((g, i) => ({ ...g, used: slots.reduce((sum, sl) => sum + (sl.used[i] ?? 0), 0), ...this.timeOf(v.name, g.uuid) })),
          processes: v.pids.map((pid) => ({ pid, used: slots.find((sl) => sl.pid === pid)?.used ?? v.gpus.map(() => 0) })),
          flags,
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
    return { time: { configured: st.configuredShare, achieved: st.achievedShare, waitedMs: st.waitedNs / 1e6, utilization: st.utilization, gated: d.gated } };
  }

  /** Tells each GPU's scheduler which vGPUs it has now, with their settings. */
  private syncGpuTime(): void {
    const views = this.ledger.view();
    for (const [uuid, driver] of this.gpuTime) {
      const tenants: GpuTenant[] = [];
      for (const v of views) {
        const slice = v.gpus.findIndex((g) => g.uuid === uuid);
        if (slice < 0) continue;
        tenants.push({ name: v.name, schedId: schedIdOf(v.name), settings: v.compute, segment: this.segments.path(v.name), slice, live: v.pids.some((p) => processAlive(p)) });
      }
      try {
        driver.setTenants(tenants);
      } catch (e) {
        // The ledger checks shares with the scheduler's own rule, so this is a bug: say it.
        this.log(`GPU ${uuid}: the scheduler refused the vGPUs' settings (${message(e)})`);
      }
    }
  }

  private sweep(): void {
    try {
      for (const m of this.ledger.members()) if (!processAlive(m.pid, m.start)) this.leave(m.pid, 'it is no longer running');
      if (this.unsaved) this.persist();
      this.inspectAll();
    } catch (e) {
      this.log(`sweep failed (${message(e)}); trying again in the next one`);
    }
  }

  /** Checks every vGPU's segment; logs what is new; applies the tamper policy. */
  private inspectAll(): void {
    for (const v of this.ledger.view()) {
      let found: Inspection;
      try {
        found = this.segments.inspect(this.expectation(v));
      } catch (e) {
        found = { flags: [`its segment cannot be checked (${message(e)})`], tampered: false, overQuota: false };
      }
      const before = this.findings.get(v.name)?.flags.join('\n') ?? '';
      if (found.flags.length === 0) { this.findings.delete(v.name); continue; }
      this.findings.set(v.name, found);
      if (found.flags.join('\n') !== before) this.log(`vGPU ${v.name} (owner uid ${v.owner}, processes ${v.pids.join(',')}): ${found.flags.join('; ')}`);
      if ((found.tampered || found.overQuota) && this.opts.tamper === 'stop') {
        this.log(`vGPU ${v.name}: stopping it (tamper policy "stop")`);
        try {
          this.remove({ uid: 0 }, v.name, true);
        } catch (e) {
          this.log(`vGPU ${v.name}: cannot stop it (${message(e)})`);
        }
      }
    }
  }

  private leave(pid: number, why: string): void {
    if (this.ledger.vgpuOf(pid) === undefined) return;
    const removed = this.ledger.detach(pid);
    if (removed) {
      this.segments.remove(removed);
      this.findings.delete(removed);
    }
    try {
      this.persist();
    } catch (e) {
      this.unsaved = true; // the process is gone whatever the disk says: save later
      this.log(`cannot save the state after process ${pid} left (${message(e)}); will retry`);
    }
    this.syncGpuTime();
    this.log(`process ${pid} left (${why}); its memory returned to its vGPU${removed ? `; vGPU ${removed} removed` : ''}`);
  }

  private members(name: string): { pid: number; start: number | undefined }[] {
    return this.ledger.members().filter((m) => this.ledger.vgpuOf(m.pid) === name);
  }

  private find(name: string): VgpuView | undefined {
    return this.ledger.view().find((x) => x.name === name);
  }

  private gpu(uuid: string): Gpu | undefined {
    return this.opts.gpus.find((x) => x.uuid === uuid);
  }

  private expectation(v: VgpuView): SegmentExpectation {
    return {
      view: v,
      contextBytes: v.gpus.map((g) => this.gpu(g.uuid)?.contextBytes ?? 0),
      schedId: schedIdOf(v.name),
      memoryTotal: v.gpus.map((g) => this.gpu(g.uuid)?.memoryTotal ?? Infinity),
    };
  }

  private persist(): void {
    saveState(this.opts.stateFile, this.ledger.snapshot());
    this.unsaved = false;
  }
}
