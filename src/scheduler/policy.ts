// The GPU-time scheduling policy of one physical GPU (issue 4, item 1). A pure module: no
// timers, no I/O, no clock. The daemon keeps one GpuScheduler per GPU, feeds it what the
// interposers report, calls decide() and tells the vGPUs who may put work on the GPU.
//
// Model: exclusive time slices. At any moment at most one tenant (vGPU) holds the GPU's
// grant; only the holder puts new work on the GPU, the others hold theirs back. Work the
// previous holder already queued still runs (the interposer keeps that small, about one
// kernel), and every tenant reports the GPU time it really used, measured on the GPU, and
// the time it held the grant (the daemon knows when its schedule page named it). What a
// tenant is charged is the GPU's time it took from the others: the time it held the
// grant, whether its kernels filled it or the GPU idled while its host waited on a
// synchronisation or prepared the next step (nobody else could use the GPU meanwhile),
// plus what it measured beyond that (its queued work that ran after the grant ended).
// Charging measured GPU time alone let a tenant that synchronises often hold the GPU for
// more than its share: on an H200 a 30% cap gave a loop that read its result every 4
// products 44% of its solo throughput (issue 11). A grant whose last kernel ran long, or
// which was partly spent draining someone else's queue, is still charged for what happened.
//
// Time is integer nanoseconds in a `number` (2^53 ns is 104 days of uptime).
//
// Policies:
// - best-effort: no gating; everyone may run at once (open). Only memory is isolated.
// - weighted (default): stride scheduling on virtual time. A tenant's virtual time grows
//   by measured GPU time / weight; the tenant with pending work and the lowest virtual
//   time gets the next slice. Work-conserving (idle time is lent to whoever has work) and
//   without banking: a tenant waking from idle (no work reported for IDLE_GRACE_NS) is
//   raised to the lowest virtual time of the active tenants (as Linux CFS does), so it
//   gets its share from now on, not back pay.
//   Lent time is returned at once: a waking tenant that ranks ahead of the holder takes
//   the GPU immediately instead of waiting for the holder's slice to end.
// - equal: weighted with every weight 1.
// - fixed: a hard cap. Each tenant gets its share and never more, even when the GPU would
//   otherwise be idle. Enforced with a token bucket per tenant (the accounting period
//   made continuous): a tenant earns GPU time at the rate of its share (30%: 0.3 ns per
//   ns), saving at most share × periodNs; measured use is spent from it, and overuse (the
//   last kernel ran past the grant) leaves it negative, a debt paid before its next
//   grant. Over any stretch of time a tenant gets its share, give or take one period's
//   budget and one kernel. A tenant may start a grant once it has saved a slice's worth,
//   so capped tenants take turns in slices, not slivers. (Budgets renewed per period were
//   tried first: with 25 ms kernels, the time one tenant's overrun took from another's
//   budget was lost when the period ended; a 30/70 pair got 33/67, the GPU idle 10%.)
// Priority classes sit on top of the gating policies: while a tenant of a higher class
// has pending work (and, under fixed, budget), lower classes get no grant; a higher-class
// tenant with new work preempts a lower-class holder at once.
import { QuantaError, UsageError } from '../errors.js';

export type PolicyKind = 'best-effort' | 'equal' | 'fixed' | 'weighted';
export type PriorityClass = 'high' | 'normal' | 'low';

export const POLICIES: readonly PolicyKind[] = ['best-effort', 'equal', 'fixed', 'weighted'];
export const DEFAULT_POLICY: PolicyKind = 'weighted';
export const PRIORITY_CLASSES: readonly PriorityClass[] = ['high', 'normal', 'low'];

export interface TenantSettings {
  /** Relative weight under `weighted` (ignored by the other policies): > 0, at most MAX_WEIGHT. */
  weight: number;
  /**
   * Fraction of the GPU, in (0, 1], under `fixed` (ignored by the other policies). Under
   * `fixed`, tenants without one split what the others' shares leave equally.
   */
  share?: number;
  priority: PriorityClass;
}

export const DEFAULT_TENANT_SETTINGS: Readonly<TenantSettings> = Object.freeze({ weight: 1, priority: 'normal' });
export const MAX_WEIGHT = 10_000;

/**
 * Default slice: 10 ms, chosen by measurement. On the H100 (docs/bench/
 * 2026-11-22-h100-compute-session4.md, run 9) a weighted 2:1 pair of 1024 products
 * (~45 µs kernels: the most hand-overs) kept 86.8% of one tenant's throughput with 2 ms
 * slices, 89.3% with 5 ms, 92.6% with 10 ms and 93.0% with 20 ms; shares were within
 * 0.3 points of 2:1 at every length. So:
 * - each grant change costs the hand-over (the old holder's queue drains, the GPU switches
 *   contexts, the new holder's first launch): below 10 ms that cost misses the 90%
 *   efficiency target, above it the gain is a fraction of a point;
 * - a tenant of the same class with work waits up to (tenants - 1) slices, so 20 ms would
 *   double that wait for 0.4 points; latency-critical work uses a higher priority class,
 *   which preempts at once;
 * - shares shown over a short window (`quanta ps`, 2 s) are off by at most about one
 *   slice plus one kernel over the window (under 2 points at 10 ms, even with 25 ms kernels).
 * Kernels longer than a slice do not break the shares: a kernel cannot be cut, so that
 * tenant's grant effectively lasts one kernel, and since the policy charges measured
 * time, the next decisions make up for it (8192 products, ~22 ms, within 1.2 points on
 * the H100). What a longer kernel costs is the waiting time of the others, bounded by its
 * length. `quanta daemon --slice-ms` overrides it.
 */
export const DEFAULT_SLICE_NS = 10_000_000;
/**
 * Default fixed-share accounting period: 10 slices (100 ms at the default slice). A tenant
 * saves up at most share × period, so the cap holds within that much over any stretch of
 * time (a tenth of a second's budget). Long enough that a 10% share still saves a whole
 * slice's worth before it is clipped; short enough that a tenant back from idle bursts
 * little above its share.
 */
export const DEFAULT_PERIOD_SLICES = 10;
/**
 * How long after its grant ended a tenant that still claims work has to send a report
 * before it counts as stalled (killed, SIGSTOPped). Interposers are to report every
 * millisecond or so while they claim work (the simulator does), so 50 ms is many missed
 * reports, yet short enough that a stopped holder costs the others at most a slice plus
 * 50 ms, once.
 */
export const DEFAULT_EXPIRY_GRACE_NS = 50_000_000;
/**
 * A tenant that reports work again within this long of its last report of work was not
 * idle (its host was busy, or not scheduled on a loaded machine) and keeps its virtual
 * time; longer, and it wakes at the active tenants' floor, without back pay. Five slices:
 * what it can get back is bounded by that.
 */
export const IDLE_GRACE_NS = 50_000_000;
/** Window over which achieved shares are measured (what `quanta ps` shows). */
export const DEFAULT_WINDOW_NS = 2_000_000_000;
/** The window is kept as this many buckets: achieved shares cover the last 19-20 of them. */
const WINDOW_BUCKETS = 20;
/** Tolerance when adding fractions such as 0.1 + 0.2. */
const EPSILON = 1e-9;

export type SchedulerErrorCode = 'bad-weight' | 'bad-share' | 'bad-priority' | 'bad-policy' | 'overcommitted' | 'bad-option' | 'unknown-tenant';

/** Settings the scheduler refuses; the message names the tenant, the value and what to do. */
export class SchedulerConfigError extends QuantaError {
  override name = 'SchedulerConfigError';
  constructor(readonly code: SchedulerErrorCode, message: string) {
    super(message, 1);
  }
}

// ---------------------------------------------------------------------------------------
// Validation and the command line's values

const pct = (fraction: number) => `${Number((fraction * 100).toFixed(2))}%`;

/** Checks one tenant's settings; throws SchedulerConfigError. */
export function validateTenantSettings(id: string, s: TenantSettings): void {
  if (typeof s.weight !== 'number' || !Number.isFinite(s.weight) || s.weight <= 0 || s.weight > MAX_WEIGHT) {
    throw new SchedulerConfigError('bad-weight', `weight of ${id} is ${String(s.weight)}: a weight must be a number above 0 and at most ${MAX_WEIGHT}, e.g. --weight 2 for twice the default`);
  }
  if (s.share !== undefined && (typeof s.share !== 'number' || !Number.isFinite(s.share) || s.share <= 0 || s.share > 1 + EPSILON)) {
    const shown = typeof s.share === 'number' && Number.isFinite(s.share) ? pct(s.share) : String(s.share);
    throw new SchedulerConfigError('bad-share', `share of ${id} is ${shown}: a share must be more than 0% and at most 100%, e.g. --share 30%`);
  }
  if (!PRIORITY_CLASSES.includes(s.priority)) {
    throw new SchedulerConfigError('bad-priority', `priority of ${id} is ${String(s.priority)}: use one of ${PRIORITY_CLASSES.join(', ')}`);
  }
}

/**
 * Under `fixed`, checks that the tenants of one GPU fit: their shares add up to 100% or
 * less, and if some have no share, the others leave them something. Other policies do
 * not use shares, so anything passes. Throws SchedulerConfigError('overcommitted').
 */
export function validateShares(policy: PolicyKind, tenants: Iterable<readonly [string, TenantSettings]>): void {
  if (policy !== 'fixed') return;
  const list = [...tenants];
  const withShare = list.filter(([, s]) => s.share !== undefined);
  const sum = withShare.reduce((a, [, s]) => a + s.share!, 0);
  const detail = withShare.map(([id, s]) => `${id} ${pct(s.share!)}`).join(', ');
  if (sum > 1 + EPSILON) {
    throw new SchedulerConfigError('overcommitted', `the fixed shares on this GPU would add up to ${pct(sum)} (${detail}): they must total 100% or less; lower one (quanta set NAME --share N%) or run the vGPU on another GPU`);
  }
  const without = list.filter(([, s]) => s.share === undefined).map(([id]) => id);
  if (without.length > 0 && sum >= 1 - EPSILON) {
    throw new SchedulerConfigError('overcommitted', `the fixed shares on this GPU already add up to 100% (${detail}), so ${without.join(', ')} without a share would never run: give ${without.length === 1 ? 'it' : 'each'} a share (--share N%) and lower the others'`);
  }
}

/** A plain decimal number, possibly negative (so that "-5" gets a message about its sign). */
const DECIMAL = /^\s*(-?(?:\d+(?:\.\d*)?|\.\d+))\s*$/;

/**
 * Parses `--share`: a percentage ("30%", "12.5%") or a fraction ("0.3", "1" = all of it),
 * more than 0 and at most 100%. A bare number above 1 ("30") is refused as ambiguous.
 */
export function parseShare(text: string, flag = '--share'): number {
  const m = /^\s*(-?(?:\d+(?:\.\d*)?|\.\d+))\s*(%?)\s*$/.exec(text);
  if (!m) throw new UsageError(`${flag} "${text}" is not a share: write a percentage such as 30% (or a fraction such as 0.3)`);
  const value = Number(m[1]);
  const isPercent = m[2] === '%';
  if (!isPercent && value > 1 && Number.isInteger(value)) throw new UsageError(`${flag} "${text}" is ambiguous: write ${m[1]}% for a percentage (or a fraction such as 0.3)`);
  const fraction = isPercent ? value / 100 : value;
  if (!(fraction > 0) || fraction > 1) throw new UsageError(`${flag} "${text}" must be more than 0% and at most 100% of the GPU, e.g. 30%`);
  return fraction;
}

/** Parses `--weight`: a decimal number above 0 and at most MAX_WEIGHT ("2", "0.5"). */
export function parseWeight(text: string, flag = '--weight'): number {
  const m = DECIMAL.exec(text);
  if (!m) throw new UsageError(`${flag} "${text}" is not a weight: write a positive number such as 2 (twice the default weight of 1)`);
  const w = Number(m[1]);
  if (!(w > 0) || w > MAX_WEIGHT) throw new UsageError(`${flag} "${text}" must be above 0 and at most ${MAX_WEIGHT}, e.g. 2`);
  return w;
}

/** Parses `--priority`: high, normal or low (any case). */
export function parsePriority(text: string, flag = '--priority'): PriorityClass {
  const p = text.trim().toLowerCase();
  if (!(PRIORITY_CLASSES as readonly string[]).includes(p)) throw new UsageError(`${flag} "${text}" is not a priority: use high, normal or low, e.g. ${flag} high`);
  return p as PriorityClass;
}

/** Parses `--policy`: best-effort, equal, fixed or weighted (any case). */
export function parsePolicy(text: string, flag = '--policy'): PolicyKind {
  const p = text.trim().toLowerCase();
  if (!(POLICIES as readonly string[]).includes(p)) throw new UsageError(`${flag} "${text}" is not a policy: use weighted (the default), equal, fixed or best-effort`);
  return p as PolicyKind;
}

// ---------------------------------------------------------------------------------------
// The scheduler

export interface SchedulerOptions {
  policy: PolicyKind;
  /** Length of one grant; default DEFAULT_SLICE_NS. */
  sliceNs?: number;
  /** Fixed: a tenant saves up at most share × periodNs; default DEFAULT_PERIOD_SLICES × sliceNs. */
  periodNs?: number;
  /** See DEFAULT_EXPIRY_GRACE_NS. */
  expiryGraceNs?: number;
  /** Window of achieved shares in stats(); default DEFAULT_WINDOW_NS. */
  windowNs?: number;
}

export interface Report {
  /** GPU time this tenant's work used, measured on the GPU, since its previous report. */
  gpuNs: number;
  /**
   * Wall time the GPU was reserved for it since its previous report: the daemon's
   * schedule page named it holder, or its queue was draining after its grant (nobody
   * else's work may run then). Charged whether or not its kernels filled it; measured GPU
   * time is charged only where it goes beyond what held time already paid for. Default 0
   * (then only measured time counts, as for a tenant that never holds: open GPU, standing).
   */
  heldNs?: number;
  /**
   * Nothing of its work is in flight, and all it ran so far is in gpuNs (of this report or
   * earlier ones): the held time charged and not matched by measured time (the GPU idle in
   * its grants) is settled, so that it cannot absorb the measured time of later work that
   * runs outside a grant.
   */
  drained?: boolean;
  /**
   * Whether it has work it would put on the GPU now (held back by the interposer while it
   * has no grant, or beyond its queue bound). Work already queued on the GPU does not
   * count: it runs anyway, and counting it would keep the grant from the next tenant
   * while the GPU drains.
   *
   * A tenant that claims work must keep reporting while it waits too (a heartbeat, gpuNs
   * 0): when one of its grants has ended, it has expiryGraceNs to report, or it counts
   * as stalled (no work) until its next report.
   */
  pending: boolean;
}

export interface Decision {
  /** Best-effort: everyone may put work on the GPU; holder is null. */
  open: boolean;
  /** Who may put work on the GPU now; null: nobody. */
  holder: string | null;
  /** When the holder's grant ends (= now when there is no holder). */
  grantUntilNs: number;
  /**
   * When to call decide() again at the latest (also call it after every report and
   * setTenant/removeTenant). Always finite and later than now.
   */
  nextDecisionNs: number;
}

export interface TenantStats {
  /**
   * The share of the GPU this tenant is entitled to now, given who has work: under
   * weighted/equal its weight over the weights of the active tenants of its class (0
   * while a higher class has work; if it is idle, what it would get by waking); under
   * fixed its share; under best-effort what an even split would give (nothing enforced).
   */
  configuredShare: number;
  /** Its part of the time all tenants were charged over the last window (0 if none was):
   * GPU time, or the time it held the GPU where that is more (see Report.heldNs). */
  achievedShare: number;
  /** What it was charged over the last window divided by the window: its part of the GPU's time. */
  utilization: number;
  /** Total time it had pending work but no grant (stalled time excluded). */
  waitedNs: number;
  /** Total GPU time it reported (measured on the GPU). */
  gpuNs: number;
  /** Total time it was charged: held grants, and measured time beyond them. */
  chargedNs: number;
  /** It claimed work but sent no report within the grace after its grant ended. */
  stalled: boolean;
  pending: boolean;
  holder: boolean;
}

interface Tenant {
  id: string;
  settings: TenantSettings;
  /** Measured GPU time / weight (weighted and equal). */
  vtime: number;
  pending: boolean;
  /** Became pending since the last decide(): may take the GPU from the holder at once. */
  woke: boolean;
  /** Its grant ended while it claimed work: it must report by this + grace. */
  awaitingSinceNs: number | null;
  /** When it last reported work (waking within IDLE_GRACE_NS of it keeps its place). */
  lastPendingNs: number;
  gpuNs: number;
  chargedNs: number;
  /** Held time charged and not yet matched by measured GPU time (see Report.heldNs). */
  prepaidNs: number;
  waitedNs: number;
  waitingSinceNs: number | null;
  /** Fixed: GPU time earned and not yet used (negative: debt). */
  tokensNs: number;
  /** GPU time per window bucket: [bucket index, ns], oldest first. */
  recent: Array<[number, number]>;
}

const RANK: Record<PriorityClass, number> = { high: 0, normal: 1, low: 2 };

function positive(name: string, v: number | undefined, fallback: number, allowZero = false): number {
  if (v === undefined) return fallback;
  if (!Number.isFinite(v) || v < 0 || (!allowZero && v === 0)) throw new SchedulerConfigError('bad-option', `${name} is ${v}: it must be a ${allowZero ? 'non-negative' : 'positive'} number of nanoseconds`);
  return v;
}

export class GpuScheduler {
  readonly policy: PolicyKind;
  readonly sliceNs: number;
  readonly periodNs: number;
  readonly expiryGraceNs: number;
  readonly windowNs: number;
  private readonly bucketNs: number;
  private readonly tenants = new Map<string, Tenant>();
  private holder: Tenant | null = null;
  private grantUntilNs = 0;
  /** Who held the GPU last (to rotate on ties and count switches). */
  private lastHolderId: string | null = null;
  /** Lowest virtual time among active tenants, never decreasing (CFS's min_vruntime). */
  private floorVtime = 0;
  private originNs: number | null = null;
  private nowNs = 0;
  /** Fixed: tokens were brought up to date at this time. */
  private accruedAtNs = 0;
  private switchCount = 0;

  constructor(opts: SchedulerOptions) {
    if (!POLICIES.includes(opts.policy)) throw new SchedulerConfigError('bad-policy', `policy ${String(opts.policy)} is unknown: use weighted (the default), equal, fixed or best-effort`);
    this.policy = opts.policy;
    this.sliceNs = positive('sliceNs', opts.sliceNs, DEFAULT_SLICE_NS);
    this.periodNs = positive('periodNs', opts.periodNs, DEFAULT_PERIOD_SLICES * this.sliceNs);
    if (this.periodNs < this.sliceNs) throw new SchedulerConfigError('bad-option', `periodNs (${this.periodNs}) must be at least one slice (${this.sliceNs})`);
    this.expiryGraceNs = positive('expiryGraceNs', opts.expiryGraceNs, DEFAULT_EXPIRY_GRACE_NS, true);
    this.windowNs = positive('windowNs', opts.windowNs, DEFAULT_WINDOW_NS);
    this.bucketNs = this.windowNs / WINDOW_BUCKETS;
  }

  /** Adds a tenant or changes its settings; throws SchedulerConfigError (nothing changes then). */
  setTenant(id: string, settings: TenantSettings, nowNs: number): void {
    validateTenantSettings(id, settings);
    const next = new Map([...this.tenants].map(([k, t]) => [k, t.settings] as const));
    next.set(id, settings);
    validateShares(this.policy, next);
    const now = this.advance(nowNs);
    const t = this.tenants.get(id);
    if (t) {
      t.settings = { ...settings };
      t.tokensNs = Math.min(t.tokensNs, this.bucket(t));
    } else {
      // Its virtual time is raised again when it first has work (see report): no credit.
      const n: Tenant = {
        id, settings: { ...settings }, vtime: this.floorVtime, pending: false, woke: false, awaitingSinceNs: null, lastPendingNs: -Infinity,
        gpuNs: 0, chargedNs: 0, prepaidNs: 0, waitedNs: 0, waitingSinceNs: null, tokensNs: 0, recent: [],
      };
      this.tenants.set(id, n);
      // Fixed: a new vGPU may start at once, with what one grant needs.
      if (this.policy === 'fixed') n.tokensNs = this.threshold(n);
    }
    this.refreshWaits(now);
  }

  removeTenant(id: string, nowNs: number): void {
    const now = this.advance(nowNs);
    const t = this.tenants.get(id);
    if (!t) return;
    if (this.holder === t) this.holder = null;
    this.tenants.delete(id);
    this.refreshWaits(now);
  }

  /**
   * What a tenant's interposer measured since its last report, and how long it held the
   * grant; also its proof of life. Reports of unknown tenants are ignored (a late report
   * after removeTenant), and a gpuNs or heldNs that is not a non-negative number counts as 0.
   */
  report(id: string, r: Report, nowNs: number): void {
    const now = this.advance(nowNs);
    const t = this.tenants.get(id);
    if (!t) return;
    const measured = Number.isFinite(r.gpuNs) && r.gpuNs > 0 ? r.gpuNs : 0;
    const held = r.heldNs !== undefined && Number.isFinite(r.heldNs) && r.heldNs > 0 ? r.heldNs : 0;
    t.gpuNs += measured;
    // Held time is charged as it passes; measured time where held time has not paid for it.
    t.prepaidNs += held;
    const covered = Math.min(measured, t.prepaidNs);
    t.prepaidNs = r.drained === true ? 0 : t.prepaidNs - covered;
    const used = held + measured - covered;
    if (used > 0) {
      t.chargedNs += used;
      t.vtime += used / this.weightOf(t);
      t.tokensNs -= used;
      const b = Math.floor(now / this.bucketNs);
      const last = t.recent[t.recent.length - 1];
      if (last && last[0] === b) last[1] += used;
      else t.recent.push([b, used]);
      while (t.recent.length > 0 && t.recent[0]![0] <= b - WINDOW_BUCKETS) t.recent.shift();
    }
    const wasActive = this.active(t, now);
    t.awaitingSinceNs = null;
    t.pending = r.pending;
    if (!wasActive && r.pending) {
      // Waking up: no credit for the time it was idle (or stalled). A pause shorter than
      // IDLE_GRACE_NS is not idleness but a host that was busy or not scheduled: it keeps
      // its place, or on a loaded machine a weight-2 tenant raised to the floor after each
      // such pause lost its lead (2:1 came out 0.54).
      if (now - t.lastPendingNs > IDLE_GRACE_NS) t.vtime = Math.max(t.vtime, this.currentFloor(t, now));
      t.woke = true;
    }
    if (r.pending) t.lastPendingNs = now;
    this.refreshWaits(now);
  }

  /**
   * Its grant ended with at most `ns` of its work not yet reported (queued, or run and
   * not yet measured): held time it left idle beyond that is settled, so that it cannot
   * pay for work it queues later (on a loaded machine a 30% cap kept 39% otherwise).
   */
  limitPrepaid(id: string, ns: number): void {
    const t = this.tenants.get(id);
    if (t && Number.isFinite(ns) && ns >= 0) t.prepaidNs = Math.min(t.prepaidNs, ns);
  }

  decide(nowNs: number): Decision {
    const now = this.advance(nowNs);
    if (this.policy === 'best-effort') {
      this.refreshWaits(now);
      return { open: true, holder: null, grantUntilNs: now + this.sliceNs, nextDecisionNs: now + this.sliceNs };
    }
    this.currentFloor(null, now);
    let h = this.holder;
    // The grant ends when its time is up or the holder no longer qualifies (no more
    // work, stalled, out of budget). It may be renewed below if the holder still ranks first.
    if (h && (now >= this.grantUntilNs || !this.eligible(h, now, true))) {
      this.endGrant(h, Math.min(now, this.grantUntilNs));
      h = null;
    }
    const best = this.pickBest(now);
    if (h && best && best !== h && this.preempts(best, h)) {
      this.endGrant(h, now);
      h = null;
    }
    if (!h && best) this.grant(best, now);
    for (const t of this.tenants.values()) t.woke = false;
    this.refreshWaits(now);
    return this.decision(now);
  }

  stats(id: string, nowNs: number): TenantStats {
    const t = this.tenants.get(id);
    if (!t) throw new SchedulerConfigError('unknown-tenant', `there is no tenant ${id} on this GPU`);
    const now = Math.max(nowNs, this.nowNs);
    const windowStart = Math.max(this.originNs ?? now, (Math.floor(now / this.bucketNs) - (WINDOW_BUCKETS - 1)) * this.bucketNs);
    const firstBucket = Math.floor(now / this.bucketNs) - (WINDOW_BUCKETS - 1);
    const inWindow = (u: Tenant) => u.recent.reduce((a, [b, ns]) => (b >= firstBucket ? a + ns : a), 0);
    const mine = inWindow(t);
    let all = 0;
    for (const u of this.tenants.values()) all += inWindow(u);
    const stalled = this.stalled(t, now);
    let waited = t.waitedNs;
    if (t.waitingSinceNs !== null) waited += this.waitEnd(t, now) - t.waitingSinceNs;
    return {
      configuredShare: this.configuredShare(t, now),
      achievedShare: all > 0 ? mine / all : 0,
      utilization: now > windowStart ? mine / (now - windowStart) : 0,
      waitedNs: waited,
      gpuNs: t.gpuNs,
      chargedNs: t.chargedNs,
      stalled,
      pending: t.pending,
      holder: this.holder === t,
    };
  }

  tenantIds(): string[] {
    return [...this.tenants.keys()];
  }

  /** How many times the grant went to a different tenant than the previous holder. */
  get switches(): number {
    return this.switchCount;
  }

  // --- internals ------------------------------------------------------------------------

  /** Moves the clock (never backwards) and, under fixed, brings the tokens up to date. */
  private advance(nowNs: number): number {
    if (this.originNs === null) {
      this.originNs = nowNs;
      this.nowNs = nowNs;
      this.accruedAtNs = nowNs;
    }
    const now = Math.max(this.nowNs, nowNs);
    this.nowNs = now;
    if (this.policy === 'fixed' && now > this.accruedAtNs) {
      for (const t of this.tenants.values()) {
        // Earned all the time, idle or not (a tenant that uses less than its share finds
        // its grant at once when work comes), up to the bucket: the only burst allowed.
        t.tokensNs = Math.min(this.bucket(t), t.tokensNs + this.shareOf(t) * (now - this.accruedAtNs));
      }
      this.accruedAtNs = now;
    }
    return now;
  }

  private weightOf(t: Tenant): number {
    return this.policy === 'weighted' ? t.settings.weight : 1;
  }

  /** Fixed: its explicit share, or an equal part of what the explicit shares leave. */
  private shareOf(t: Tenant): number {
    if (t.settings.share !== undefined) return t.settings.share;
    let sum = 0;
    let without = 0;
    for (const u of this.tenants.values()) {
      if (u.settings.share === undefined) without++;
      else sum += u.settings.share;
    }
    return Math.max(0, 1 - sum) / Math.max(1, without);
  }

  /** Fixed: the most a tenant saves up. */
  private bucket(t: Tenant): number {
    return this.shareOf(t) * this.periodNs;
  }

  /** Fixed: how long its tokens last while it runs (it earns its share meanwhile). */
  private runway(t: Tenant): number {
    const share = this.shareOf(t);
    return share >= 1 ? Infinity : t.tokensNs / (1 - share);
  }

  /**
   * Fixed: tokens needed to start a grant: enough for a whole slice, so that capped
   * tenants take turns in slices rather than in slivers (but at most half the bucket, so
   * that a small share reaches it before its savings are clipped).
   */
  private threshold(t: Tenant): number {
    const share = this.shareOf(t);
    return Math.min(this.sliceNs * (1 - share), this.bucket(t) / 2);
  }

  private stalled(t: Tenant, now: number): boolean {
    return t.awaitingSinceNs !== null && now >= t.awaitingSinceNs + this.expiryGraceNs;
  }

  /** Has work and is alive, as far as we know. */
  private active(t: Tenant, now: number): boolean {
    return t.pending && !this.stalled(t, now);
  }

  /** May get a grant now (`keep`: may keep the one it holds). */
  private eligible(t: Tenant, now: number, keep = false): boolean {
    if (!this.active(t, now)) return false;
    if (this.policy !== 'fixed') return true;
    return keep ? t.tokensNs > 0 : t.tokensNs > 0 && t.tokensNs >= this.threshold(t);
  }

  /**
   * The floor a waking tenant is raised to: the lowest virtual time among the other
   * active tenants, or, if none, the floor so far. Updates the stored floor.
   */
  private currentFloor(except: Tenant | null, now: number): number {
    let min = Infinity;
    for (const u of this.tenants.values()) if (u !== except && this.active(u, now)) min = Math.min(min, u.vtime);
    if (min !== Infinity) this.floorVtime = Math.max(this.floorVtime, min);
    return this.floorVtime;
  }

  /** Within a class, lower goes first. Weighted/equal: least virtual time; fixed: most saved relative to its share. */
  private useKey(t: Tenant): number {
    return this.policy === 'fixed' ? -t.tokensNs / this.shareOf(t) : t.vtime;
  }

  /** Negative when a should get the GPU before b. */
  private compare(a: Tenant, b: Tenant): number {
    const byClass = RANK[a.settings.priority] - RANK[b.settings.priority];
    if (byClass !== 0) return byClass;
    const byUse = this.useKey(a) - this.useKey(b);
    if (byUse !== 0) return byUse;
    if (a.woke !== b.woke) return a.woke ? -1 : 1;
    // Ties go to whoever did not just hold the GPU, so equal tenants take turns.
    const aLast = a.id === this.lastHolderId;
    const bLast = b.id === this.lastHolderId;
    if (aLast !== bLast) return aLast ? 1 : -1;
    return 0;
  }

  private pickBest(now: number): Tenant | null {
    let best: Tenant | null = null;
    for (const t of this.tenants.values()) {
      if (this.eligible(t, now) && (!best || this.compare(t, best) < 0)) best = t;
    }
    return best;
  }

  /** Whether `t` takes the GPU from holder `h` before h's grant ends. */
  private preempts(t: Tenant, h: Tenant): boolean {
    const byClass = RANK[t.settings.priority] - RANK[h.settings.priority];
    if (byClass !== 0) return byClass < 0;
    // Lent time is returned at once: a tenant that just woke and is not ahead of the
    // holder in virtual time (after its raise to the floor it is at most level) takes the
    // GPU now. Fixed shares lend nothing, so there the holder keeps its slice.
    return this.policy !== 'fixed' && t.woke && t.vtime <= h.vtime;
  }

  private grant(t: Tenant, now: number): void {
    let len = this.sliceNs;
    if (this.policy === 'fixed') len = Math.min(len, this.runway(t));
    if (this.lastHolderId !== null && this.lastHolderId !== t.id) this.switchCount++;
    this.holder = t;
    this.lastHolderId = t.id;
    this.grantUntilNs = now + Math.max(1, Math.ceil(len));
  }

  private endGrant(t: Tenant, atNs: number): void {
    // Still claiming work: it must show it is alive soon (a report), or it is stalled.
    if (t.pending && t.awaitingSinceNs === null) t.awaitingSinceNs = atNs;
    this.holder = null;
  }

  private decision(now: number): Decision {
    let next = now + this.sliceNs;
    let until = now;
    const h = this.holder;
    if (h) {
      until = this.grantUntilNs;
      next = until;
      if (h.awaitingSinceNs !== null) next = Math.min(next, h.awaitingSinceNs + this.expiryGraceNs);
    } else if (this.policy === 'fixed') {
      // Nobody may run: wake up when the first tenant with work has saved enough.
      for (const t of this.tenants.values()) {
        if (this.active(t, now)) next = Math.min(next, now + Math.ceil((this.threshold(t) - t.tokensNs) / this.shareOf(t)));
      }
    }
    return { open: false, holder: h ? h.id : null, grantUntilNs: until, nextDecisionNs: Math.max(next, now + 1) };
  }

  private configuredShare(t: Tenant, now: number): number {
    if (this.policy === 'fixed') return this.shareOf(t);
    const group = [...this.tenants.values()].filter((u) => u === t || this.active(u, now));
    if (this.policy === 'best-effort') return 1 / group.length;
    const top = Math.min(...group.map((u) => RANK[u.settings.priority]));
    if (RANK[t.settings.priority] > top) return 0;
    const sum = group.filter((u) => RANK[u.settings.priority] === top).reduce((a, u) => a + this.weightOf(u), 0);
    return this.weightOf(t) / sum;
  }

  /** When a wait that is still open stops counting: now, or when the tenant stalled. */
  private waitEnd(t: Tenant, now: number): number {
    return this.stalled(t, now) ? Math.min(now, t.awaitingSinceNs! + this.expiryGraceNs) : now;
  }

  private refreshWaits(now: number): void {
    for (const t of this.tenants.values()) {
      const waiting = this.policy !== 'best-effort' && this.active(t, now) && this.holder !== t;
      if (waiting && t.waitingSinceNs === null) t.waitingSinceNs = now;
      else if (!waiting && t.waitingSinceNs !== null) {
        t.waitedNs += Math.max(0, this.waitEnd(t, now) - t.waitingSinceNs);
        t.waitingSinceNs = null;
      }
    }
  }
}
