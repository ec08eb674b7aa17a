// Applies a GPU's time-sharing policy (src/scheduler/policy.ts) to real processes: every
// tick it reads what each vGPU's interposers reported in its segment (GPU time measured
// with events, and when a member last had work), feeds the policy, and publishes the
// decision in the GPU's schedule page, which the interposers read on every launch
// (native/interposer/gate.c). An interposer that starts waiting pokes the daemon (a
// `wake` line on its connection), so a grant can move without waiting for the tick.
//
// The page is left open (no gating, no events, no cost) under best effort, and under the
// work-conserving policies (weighted, equal) while at most one vGPU on the GPU has live
// processes: there is nobody to share with. Fixed shares are caps, so they always gate.
//
// Handing the GPU on: the previous holder's queued work still runs after it loses the
// grant, and work of two tenants running at once would make each one's measured time
// include the other's. So the page names nobody until the previous holder's queue has
// drained (its interposers count events in flight in its segment and poke when it is
// back to 0), at most DRAIN_CAP_NS; a higher priority class takes the GPU at once.
//
// What a vGPU is charged: the time the GPU was reserved for it, whether its kernels filled
// that time or its host was waiting on a synchronisation: while the page named it holder,
// and after its grant while its queue drains (until its interposers count nothing in
// flight, at most as long as its queue could take), since its kernels run then and
// nobody else's may; and measured GPU time beyond that (work that ran outside both); see
// policy.ts.
//
// Latency of a higher class: waiting for a grant would cost it a round trip to the daemon
// on every request, so the only vGPU of the top class (weighted/equal) holds a standing
// grant (the page's `standing`): it launches at once, stamps its work and pokes, and the
// daemon takes the grant from the lower-class holder. While a standing vGPU exists the
// others keep one kernel queued instead of ~0.5 ms, so a request waits behind at most one.
import { closeSync, openSync } from 'node:fs';
import { GpuScheduler, type PolicyKind, type TenantSettings, type TenantStats } from '../scheduler/policy.js';
import { readWorkReport } from './segment.js';
import { SchedulePage } from './schedule-page.js';
import { SCHED } from '../gen/layout.js';

/** A member's "has work" stamp counts this long: waiting interposers restamp every
 * ~0.1 ms and launching ones on every launch, so a tenant that stopped (killed, hung,
 * SIGSTOP) or went idle loses its grant within this much of its last launch. Long
 * enough that a busy host (stamps late) does not make a working tenant look idle, which
 * would cost it its place in the weighted order. */
export const PENDING_NS = 5_000_000;
/** The same for the high class: a latency-sensitive server idles between requests, and
 * lower classes may use the GPU then; it takes the GPU back at once when it has work.
 * The interposers' hold-back after a standing vGPU's launch (QUANTA_SCHED_URGENT_NS, in
 * api/wire/sched-page.json) is the same figure, so the two agree whichever acts first. */
export const PENDING_HIGH_NS = SCHED.URGENT_NS;
/** Longest wait for a previous holder's queue to drain (its interposer may be busy on
 * the host and not looking at its events): this, or DRAIN_CAP_EVENTS of its launches'
 * recent GPU time when they are longer (a queue of 25 ms kernels takes 50 ms to drain,
 * and handing over earlier would make the next tenant's measured time include them). */
export const DRAIN_CAP_NS = 20_000_000;
export const DRAIN_CAP_EVENTS = 3;
const CLASS_RANK = { high: 2, normal: 1, low: 0 } as const;

/**
 * The vGPU with a standing grant among the live ones (see the top of this file): the
 * only one of the top class present, when some live vGPU is of a lower class, under
 * weighted or equal (a fixed share is a cap, which a standing grant would break).
 */
export function standingTenant(policy: PolicyKind, live: readonly Pick<GpuTenant, 'name' | 'settings'>[]): string | null {
  if (policy !== 'weighted' && policy !== 'equal') return null;
  const top = Math.max(...live.map((t) => CLASS_RANK[t.settings.priority]));
  const tops = live.filter((t) => CLASS_RANK[t.settings.priority] === top);
  return tops.length === 1 && live.length > 1 ? tops[0]!.name : null;
}
/** Longest time between two looks at the reports (Node's timers resolve to ~1 ms). */
export const TICK_MS = 1;

export interface GpuTenant {
  name: string;
  schedId: bigint;
  settings: TenantSettings;
  /** Its segment file and this GPU's slice in it. */
  segment: string;
  slice: number;
  /** Whether it has live processes (only those count toward sharing). */
  live: boolean;
}

interface Tracked extends GpuTenant { fd: number | undefined; lastGpuNs: number | undefined; inflight: number; eventNs: number }

const nowNs = (): number => Number(process.hrtime.bigint());

export class GpuTimeDriver {
  private readonly scheduler: GpuScheduler;
  private readonly tenants = new Map<string, Tracked>();
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;
  /** Who the page names as holder (gated; null: nobody, or open) since `namedAtNs`. */
  private named: string | null = null;
  private namedAtNs = 0;
  /** A previous holder whose queue still runs after its grant, since when, and until
   * when its drain is charged (what its queue could hold; see handOver). */
  private draining: { name: string; sinceNs: number; chargeUntilNs: number } | null = null;
  /** Who was named holder for the time since `namedAtNs`, and who drained then. */
  private chargedNamed: string | null = null;
  private chargedDraining: { name: string; untilNs: number } | null = null;

  /** `clock`: CLOCK_MONOTONIC in ns, the interposers' clock (a test may drive its own). */
  constructor(readonly uuid: string, readonly policy: PolicyKind, private readonly page: SchedulePage, sliceNs?: number,
    private readonly onError: (e: unknown) => void = () => {}, private readonly clock: () => number = nowNs) {
    this.scheduler = new GpuScheduler({ policy, ...(sliceNs !== undefined ? { sliceNs } : {}) });
    this.step();
  }

  /** The vGPUs on this GPU now (settings may have changed); throws SchedulerConfigError. */
  setTenants(list: GpuTenant[]): void {
    const now = this.clock();
    for (const t of list) {
      this.scheduler.setTenant(t.name, t.settings, now);
      const old = this.tenants.get(t.name);
      if (old && old.segment !== t.segment && old.fd !== undefined) closeSync(old.fd);
      this.tenants.set(t.name, { ...t, fd: old?.segment === t.segment ? old.fd : undefined, lastGpuNs: old?.segment === t.segment ? old.lastGpuNs : undefined, inflight: old?.inflight ?? 0, eventNs: old?.eventNs ?? 0 });
    }
    for (const [name, t] of this.tenants) {
      if (list.some((x) => x.name === name)) continue;
      if (t.fd !== undefined) closeSync(t.fd);
      this.tenants.delete(name);
      this.scheduler.removeTenant(name, now);
    }
    this.step();
  }

  /** Whether the page gates work now (last decision). */
  gated = false;

  /** Decide now (an interposer started waiting). */
  wake(): void {
    this.step();
  }

  stats(name: string): TenantStats | undefined {
    return this.tenants.has(name) ? this.scheduler.stats(name, this.clock()) : undefined;
  }

  /** Stops deciding and leaves the page open. */
  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    for (const t of this.tenants.values()) if (t.fd !== undefined) closeSync(t.fd);
    this.page.close(process.hrtime.bigint());
  }

  /** A decision on the timer: one that fails (a page that cannot be written) is logged and
   * tried again at the next tick; it never ends the daemon. */
  private tick(): void {
    try {
      this.step();
    } catch (e) {
      this.onError(e);
      this.timer = setTimeout(() => this.tick(), TICK_MS);
      this.timer.unref();
    }
  }

  private step(): void {
    if (this.stopped) return;
    clearTimeout(this.timer);
    const now = this.clock();
    const heldNs = Math.max(0, now - this.namedAtNs);
    for (const t of this.tenants.values()) {
      const r = this.report(t, now);
      const drainedNs = this.chargedDraining?.name === t.name ? Math.max(0, Math.min(now, this.chargedDraining.untilNs) - this.namedAtNs) : 0;
      if (r) this.scheduler.report(t.name, { ...r, heldNs: t.name === this.chargedNamed ? heldNs : drainedNs }, now);
    }
    const d = this.scheduler.decide(now);
    const live = [...this.tenants.values()].filter((t) => t.live);
    const open = d.open || (this.policy !== 'fixed' && live.length <= 1);
    this.gated = !open;
    if (open) this.draining = null; // nothing is gated: nobody's time is reserved
    const named = open ? d.holder : this.handOver(d.holder, now);
    const idOf = (name: string | null): bigint => (name === null ? 0n : this.tenants.get(name)?.schedId ?? 0n);
    const standing = open ? null : standingTenant(this.policy, live);
    this.page.publish({ open, holder: idOf(named), beatNs: BigInt(now), grantUntilNs: BigInt(Math.round(d.grantUntilNs)), standing: idOf(standing) });
    this.named = open ? null : named;
    this.namedAtNs = now;
    this.chargedNamed = this.named;
    this.chargedDraining = this.draining ? { name: this.draining.name, untilNs: this.draining.chargeUntilNs } : null;
    const next = Math.max(0, Math.min(TICK_MS, (d.nextDecisionNs - now) / 1e6));
    this.timer = setTimeout(() => this.tick(), next);
    this.timer.unref();
  }

  /** Whom the page names when the policy gives the GPU to `next`: nobody while the
   * previous holder's queue drains (see the top of this file), unless `next` is of a
   * higher class. The previous holder counts as draining (and is charged) until its
   * interposers count nothing in flight, or the drain cap passes, whoever comes next. */
  private handOver(next: string | null, now: number): string | null {
    if (this.named !== null && this.named !== next) {
      const prev = this.tenants.get(this.named);
      // What its grant still pays for: the work it has not reported yet, at most.
      if (prev) this.scheduler.limitPrepaid(prev.name, Math.max(0, prev.inflight) * prev.eventNs + 1_000_000);
      // Charged while its queue runs, but no longer than that queue could take (its marks
      // in flight at their recent GPU time each, and 1 ms): a host too busy to report its
      // queue empty holds the GPU up to the cap, but the GPU idle meanwhile is not its.
      // Charged to the end of the wait, a tenant starved of CPU on a loaded machine paid
      // for every late report (equal shares split 1:2 beside another test suite).
      if (prev && prev.inflight > 0) this.draining = { name: prev.name, sinceNs: now, chargeUntilNs: now + prev.inflight * prev.eventNs + 1_000_000 };
    }
    const d = this.draining === null ? undefined : this.tenants.get(this.draining.name);
    if (!d || d.name === next || d.inflight <= 0 || now - this.draining!.sinceNs >= Math.max(DRAIN_CAP_NS, DRAIN_CAP_EVENTS * d.eventNs)) {
      this.draining = null;
      return next;
    }
    const preempts = next !== null && CLASS_RANK[this.tenants.get(next)!.settings.priority] > CLASS_RANK[d.settings.priority];
    return preempts ? next : null;
  }

  /** GPU time since the last look, whether the tenant has work and whether its queue is
   * drained (see Report); undefined if unreadable. */
  private report(t: Tracked, now: number): { gpuNs: number; pending: boolean; drained: boolean } | undefined {
    try {
      t.fd ??= openSync(t.segment, 'r');
      let w = readWorkReport(t.fd, t.slice);
      const drained = w.inflight <= 0;
      // Interposers add an event's GPU time before they count it out of `inflight`: read
      // again, so that everything that ran before the count reached 0 is in gpuNs.
      if (drained) w = { ...w, gpuNs: readWorkReport(t.fd, t.slice).gpuNs };
      const delta = t.lastGpuNs === undefined ? 0 : Math.max(0, w.gpuNs - t.lastGpuNs);
      t.lastGpuNs = w.gpuNs;
      t.inflight = w.inflight;
      t.eventNs = w.eventNs;
      const age = now - w.wantNs;
      // The high class idles between requests, so its stamps count briefly; but while its
      // request's kernels are still queued (it waits in a synchronize, not stamping) it
      // keeps the GPU, or the holder's next kernels would run between its own.
      const fresh = t.settings.priority === 'high' ? age < PENDING_HIGH_NS || (w.inflight > 0 && age < PENDING_NS) : age < PENDING_NS;
      return { gpuNs: delta, pending: t.live && w.wantNs > 0 && fresh, drained };
    } catch {
      return undefined; // the vGPU is being removed
    }
  }
}
