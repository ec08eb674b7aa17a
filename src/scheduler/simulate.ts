// A deterministic discrete-event simulation of one GPU shared by tenants under a
// GpuScheduler, driven the way the daemon and the interposers will drive it. Used by the
// tests (policy fidelity, caps, priorities, expiry) and meant for a demo.
//
// What is modelled:
// - the GPU runs kernels one at a time, first in first out, across all tenants; when it
//   goes from one tenant's kernel to another's it may pay `switchCostNs` (context switch);
// - a tenant's interposer puts kernels on the GPU only while its vGPU holds the grant (or
//   the policy is open), and keeps at most `maxQueuedNs` of its work queued there (always
//   at least one kernel), so a revoked grant takes effect within about one kernel; work
//   already queued when the grant ends still runs;
// - it reports the GPU time its completed kernels used (kernel durations: what events on
//   the GPU measure) when a kernel completes, when its pending state changes, and every
//   `reportEveryNs` as a heartbeat; after `stopAtNs` it is frozen (SIGSTOP, killed):
//   no reports, no new work, but what it queued drains;
// - the driver calls decide() after reports and whenever nextDecisionNs comes.
// Not modelled: the latency between the daemon and the interposers, partial kernels.
import {
  GpuScheduler, DEFAULT_TENANT_SETTINGS,
  type Decision, type PolicyKind, type TenantSettings, type TenantStats,
} from './policy.js';

export type SimLoad =
  /** Always has more kernels to run, except during its idle windows [fromNs, toNs). */
  | { kind: 'saturating'; idle?: ReadonlyArray<readonly [number, number]> }
  /** A request arrives every `everyNs` (from `firstAtNs`) and needs `workNs` of GPU. */
  | { kind: 'open-loop'; everyNs: number; workNs: number; firstAtNs?: number };

export interface SimTenantSpec {
  id: string;
  settings?: Partial<TenantSettings>;
  /** Duration of each kernel on the GPU (open-loop requests are cut into such kernels). */
  kernelNs: number;
  /** Default: saturating. */
  load?: SimLoad;
  /** The process freezes at this time (SIGSTOP, hang, kill). */
  stopAtNs?: number;
}

export interface SimOptions {
  policy: PolicyKind;
  durationNs: number;
  tenants: SimTenantSpec[];
  sliceNs?: number;
  periodNs?: number;
  expiryGraceNs?: number;
  windowNs?: number;
  /** Work each interposer keeps queued on the GPU at most (default 500 µs, at least one kernel). */
  maxQueuedNs?: number;
  /** Heartbeat report interval (default 1 ms). */
  reportEveryNs?: number;
  /** GPU time lost each time the GPU moves from one tenant's kernel to another's (default 0). */
  switchCostNs?: number;
}

export interface LatencySummary { count: number; p50Ns: number; p99Ns: number; maxNs: number }

export interface SimTenantResult {
  /** GPU time its kernels really ran (completed kernels, within the simulated time). */
  gpuNs: number;
  /** Kernels completed. */
  kernels: number;
  /** Open-loop tenants: latencies of the requests completed (arrival to last kernel done). */
  latency: LatencySummary | null;
  /** The scheduler's view at the end. */
  stats: TenantStats;
}

/** A stretch of time the GPU ran one tenant's kernels back to back. */
export interface RunSegment { id: string; startNs: number; endNs: number }
/** A grant the scheduler gave (renewals included). */
export interface GrantRecord { atNs: number; holder: string; untilNs: number }

export interface SimResult {
  durationNs: number;
  tenants: Record<string, SimTenantResult>;
  /** Time the GPU ran nothing (switch costs not included). */
  idleNs: number;
  /** Time lost to switch costs. */
  switchNs: number;
  /** Grants that went to a different tenant than the previous one. */
  switches: number;
  grants: GrantRecord[];
  runs: RunSegment[];
  scheduler: GpuScheduler;
}

export const SIM_DEFAULT_MAX_QUEUED_NS = 500_000;
export const SIM_DEFAULT_REPORT_EVERY_NS = 1_000_000;

interface Request { arrivalNs: number; toSubmit: number[]; onGpu: number }
interface Kernel { t: SimTenant; ns: number; req: Request | null }
interface SimTenant {
  spec: SimTenantSpec;
  load: SimLoad;
  alive: boolean;
  /** Saturating: in one of its idle windows now. */
  idle: boolean;
  idleWindows: ReadonlyArray<readonly [number, number]>;
  requests: Request[];
  nextArrivalNs: number;
  queuedNs: number;
  unreportedNs: number;
  reportedPending: boolean | null;
  nextReportNs: number;
  gpuNs: number;
  kernels: number;
  latencies: number[];
}

/** GPU time `id` ran within [fromNs, toNs). */
export function gpuNsBetween(result: SimResult, id: string, fromNs: number, toNs: number): number {
  let sum = 0;
  for (const r of result.runs) {
    if (r.id === id) sum += Math.max(0, Math.min(r.endNs, toNs) - Math.max(r.startNs, fromNs));
  }
  return sum;
}

function summarize(values: number[]): LatencySummary | null {
  if (values.length === 0) return null;
  const v = [...values].sort((a, b) => a - b);
  const rank = (p: number) => v[Math.max(0, Math.ceil(p * v.length) - 1)]!;
  return { count: v.length, p50Ns: rank(0.5), p99Ns: rank(0.99), maxNs: v[v.length - 1]! };
}

export function simulate(opts: SimOptions): SimResult {
  const end = opts.durationNs;
  const maxQueued = opts.maxQueuedNs ?? SIM_DEFAULT_MAX_QUEUED_NS;
  const every = opts.reportEveryNs ?? SIM_DEFAULT_REPORT_EVERY_NS;
  const switchCost = opts.switchCostNs ?? 0;
  const sched = new GpuScheduler({ policy: opts.policy, sliceNs: opts.sliceNs, periodNs: opts.periodNs, expiryGraceNs: opts.expiryGraceNs, windowNs: opts.windowNs });
  const tenants: SimTenant[] = opts.tenants.map((spec) => {
    const load = spec.load ?? { kind: 'saturating' };
    return {
      spec, load, alive: true, requests: [], idleWindows: load.kind === 'saturating' ? load.idle ?? [] : [], idle: false, queuedNs: 0, unreportedNs: 0, reportedPending: null, nextReportNs: 0,
      nextArrivalNs: load.kind === 'open-loop' ? load.firstAtNs ?? 0 : Infinity, gpuNs: 0, kernels: 0, latencies: [],
    };
  });
  for (const t of tenants) sched.setTenant(t.spec.id, { ...DEFAULT_TENANT_SETTINGS, ...t.spec.settings }, 0);

  const fifo: Kernel[] = [];
  // In an object so that TypeScript does not narrow it across the closures that change it.
  const gpu: { running: { k: Kernel; endNs: number } | null; last: SimTenant | null } = { running: null, last: null };
  let switchNs = 0;
  const runs: RunSegment[] = [];
  const grants: GrantRecord[] = [];
  let now = 0;
  let decision: Decision = sched.decide(0);

  const nextKernel = (t: SimTenant): number | null => {
    if (!t.alive) return null;
    if (t.load.kind === 'saturating') return t.idle ? null : t.spec.kernelNs;
    for (const r of t.requests) if (r.toSubmit.length > 0) return r.toSubmit[0]!;
    return null;
  };
  const pendingOf = (t: SimTenant) => nextKernel(t) !== null;

  const startGpu = () => {
    if (gpu.running || fifo.length === 0) return;
    const k = fifo.shift()!;
    let start = now;
    if (gpu.last && gpu.last !== k.t) { start += switchCost; switchNs += switchCost; }
    gpu.last = k.t;
    gpu.running = { k, endNs: start + k.ns };
    const last = runs[runs.length - 1];
    if (last && last.id === k.t.spec.id && last.endNs === start) last.endNs = start + k.ns;
    else runs.push({ id: k.t.spec.id, startNs: start, endNs: start + k.ns });
  };

  let reported = false;
  const report = (t: SimTenant) => {
    const pending = pendingOf(t);
    sched.report(t.spec.id, { gpuNs: t.unreportedNs, pending }, now);
    t.unreportedNs = 0;
    t.reportedPending = pending;
    t.nextReportNs = now + every;
    reported = true;
  };
  const reportIfChanged = (t: SimTenant) => { if (t.alive && pendingOf(t) !== t.reportedPending) report(t); };

  const submit = (t: SimTenant) => {
    if (!t.alive || !(decision.open || decision.holder === t.spec.id)) return;
    for (;;) {
      const ns = nextKernel(t);
      if (ns === null || (t.queuedNs > 0 && t.queuedNs + ns > maxQueued)) break;
      let req: Request | null = null;
      if (t.load.kind === 'open-loop') {
        req = t.requests.find((r) => r.toSubmit.length > 0)!;
        req.toSubmit.shift();
        req.onGpu++;
      }
      fifo.push({ t, ns, req });
      t.queuedNs += ns;
      startGpu();
    }
  };

  const applyDecision = () => {
    const prev = decision;
    decision = sched.decide(now);
    if (decision.holder !== null && (decision.holder !== prev.holder || decision.grantUntilNs !== prev.grantUntilNs)) {
      grants.push({ atNs: now, holder: decision.holder, untilNs: decision.grantUntilNs });
    }
  };

  /** Reports, decisions and submissions at `now` until nothing changes. */
  const settle = (mustDecide: boolean) => {
    for (let i = 0; i < 100; i++) {
      if (reported || mustDecide) applyDecision();
      reported = false;
      mustDecide = false;
      for (const t of tenants) submit(t);
      for (const t of tenants) reportIfChanged(t);
      if (!reported) return;
    }
    throw new Error(`simulation did not settle at ${now} ns`);
  };

  for (const t of tenants) {
    t.idle = t.idleWindows.some(([a, b]) => a <= 0 && b > 0);
    report(t);
  }
  settle(true);

  for (;;) {
    let next = Math.max(decision.nextDecisionNs, now + 1);
    if (gpu.running) next = Math.min(next, gpu.running.endNs);
    for (const t of tenants) {
      if (t.alive) next = Math.min(next, t.nextReportNs, t.nextArrivalNs, t.spec.stopAtNs ?? Infinity);
      for (const [a, b] of t.idleWindows) {
        if (a > now) next = Math.min(next, a);
        if (b > now) next = Math.min(next, b);
      }
    }
    if (next > end) break;
    now = next;

    // 1. Kernels that end now (their reports go in before any decision at this time).
    if (gpu.running && gpu.running.endNs === now) {
      const { k } = gpu.running;
      gpu.running = null;
      const t = k.t;
      t.queuedNs -= k.ns;
      t.gpuNs += k.ns;
      t.kernels++;
      t.unreportedNs += k.ns;
      if (k.req && --k.req.onGpu === 0 && k.req.toSubmit.length === 0) {
        t.latencies.push(now - k.req.arrivalNs);
        t.requests.splice(t.requests.indexOf(k.req), 1);
      }
      startGpu();
      if (t.alive) report(t);
    }
    // 2. Processes that freeze now, requests that arrive, idle windows that begin or end.
    for (const t of tenants) {
      if (t.alive && t.spec.stopAtNs !== undefined && now >= t.spec.stopAtNs) t.alive = false;
      if (!t.alive) continue;
      t.idle = t.idleWindows.some(([a, b]) => now >= a && now < b);
      while (t.load.kind === 'open-loop' && t.nextArrivalNs <= now) {
        const { workNs } = t.load;
        const kernels: number[] = [];
        for (let left = workNs; left > 0; left -= t.spec.kernelNs) kernels.push(Math.min(left, t.spec.kernelNs));
        t.requests.push({ arrivalNs: t.nextArrivalNs, toSubmit: kernels, onGpu: 0 });
        t.nextArrivalNs += t.load.everyNs;
      }
      reportIfChanged(t);
      // 3. Heartbeats.
      if (t.alive && now >= t.nextReportNs) report(t);
    }
    settle(now >= decision.nextDecisionNs);
  }
  // Clip the run segments to the simulated time (a kernel may be running at the end).
  for (const r of runs) r.endNs = Math.min(r.endNs, end);
  const busyNs = runs.reduce((a, r) => a + Math.max(0, r.endNs - r.startNs), 0);

  const result: Record<string, SimTenantResult> = {};
  for (const t of tenants) {
    result[t.spec.id] = {
      gpuNs: runs.filter((r) => r.id === t.spec.id).reduce((a, r) => a + Math.max(0, r.endNs - r.startNs), 0),
      kernels: t.kernels,
      latency: summarize(t.latencies),
      stats: sched.stats(t.spec.id, end),
    };
  }
  return { durationNs: end, tenants: result, idleNs: Math.max(0, end - busyNs - switchNs), switchNs, switches: sched.switches, grants, runs, scheduler: sched };
}
