// The daemon's GPU-time driver (src/daemon/gpu-time.ts) on a clock the test drives: what
// the schedule page names while a previous holder's queue drains, and who is charged for
// that time. The segments and the page are real files; the interposers' side (measured
// time, "has work" stamps, events in flight) is written into the segments as they would.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { closeSync, openSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { GpuTimeDriver, DRAIN_CAP_NS } from '../src/daemon/gpu-time.js';
import { SchedulePage } from '../src/daemon/schedule-page.js';
import { createSegment, OFF_WORK, SEG_SIZE } from '../src/daemon/segment.js';
import { SEG_WORK_LAYOUT, SegWorkView } from '../src/gen/layout.js';
import { scratchDir } from './helpers/scratch.js';

const dir = scratchDir('quanta-gpu-time-driver-');
after(() => rmSync(dir, { recursive: true, force: true }));
const ms = 1_000_000;
const UUID = 'GPU-driver-test';

/** Writes slice 0's work line of a segment as an interposer keeps it. */
function work(path: string, w: { gpuNs: number; wantNs: number; inflight: number; eventNs?: number }): void {
  const v = new SegWorkView(Buffer.alloc(SEG_WORK_LAYOUT.size));
  v.gpuNs = BigInt(w.gpuNs);
  v.wantNs = BigInt(w.wantNs);
  v.inflight = BigInt(w.inflight);
  v.eventNs = BigInt(w.eventNs ?? 500_000);
  const fd = openSync(path, 'r+');
  try {
    writeSync(fd, v.buf, 0, v.buf.length, OFF_WORK);
  } finally {
    closeSync(fd);
  }
}

function setup(name: string) {
  let now = 1_000 * ms;
  const page = new SchedulePage(join(dir, name, 'sched', UUID));
  const seg = (t: string) => join(dir, name, `${t}.seg`);
  const ids: Record<string, bigint> = { a: 11n, b: 22n };
  for (const t of ['a', 'b']) {
    createSegment(seg(t), [UUID], 1 << 30, [0], ids[t]!);
    work(seg(t), { gpuNs: 0, wantNs: now, inflight: 0 });
  }
  const driver = new GpuTimeDriver(UUID, 'weighted', page, 10 * ms, (e) => { throw e; }, () => now);
  driver.setTenants(['a', 'b'].map((t) => ({ name: t, schedId: ids[t]!, settings: { weight: 1, priority: 'normal' as const }, segment: seg(t), slice: 0, live: true })));
  const named = (): string | null => {
    const h = page.read().holder;
    return h === 0n ? null : Object.keys(ids).find((t) => ids[t] === h)!;
  };
  return {
    seg, driver, named,
    at(t: number) { now = 1_000 * ms + t; },
    close() { driver.stop(); },
  };
}

test('a holder whose grant ends with work queued is charged while its queue drains; its late measured time is not charged again', () => {
  const s = setup('drain');
  try {
    assert.equal(s.driver.gated, true, 'two live vGPUs share the GPU: gated');
    const first = s.named();
    assert.ok(first !== null, 'one of them holds the GPU');
    const other = first === 'a' ? 'b' : 'a';
    // The holder keeps launching for its 10 ms slice; 4 ms of its kernels reported so far,
    // two marks still in flight when the slice ends. The other waits.
    s.at(10 * ms);
    work(s.seg(first), { gpuNs: 4 * ms, wantNs: 1_000 * ms + 10 * ms, inflight: 2, eventNs: 4 * ms }); // two marks of ~4 ms each not yet seen done
    work(s.seg(other), { gpuNs: 0, wantNs: 1_000 * ms + 10 * ms, inflight: 0 });
    s.driver.wake();
    assert.equal(s.named(), null, 'the page names nobody while the first holder\'s queue drains');
    // 3 ms later its queue is empty: everything it ran (its slice's kernels measured late,
    // and the drain) adds up to 12 ms.
    s.at(13 * ms);
    work(s.seg(first), { gpuNs: 12 * ms, wantNs: 1_000 * ms + 13 * ms, inflight: 0 });
    work(s.seg(other), { gpuNs: 0, wantNs: 1_000 * ms + 13 * ms, inflight: 0 });
    s.driver.wake();
    assert.equal(s.named(), other, 'drained: the other vGPU holds the GPU');
    const charged = s.driver.stats(first)!.chargedNs;
    assert.equal(charged, 13 * ms, `held 10 ms and drained 3 ms: charged 13 ms, not the 10 + 12 of held plus measured (got ${charged / ms} ms)`);
    assert.equal(s.driver.stats(first)!.gpuNs, 12 * ms, 'its measured time stays shown as measured');
    assert.equal(s.driver.stats(other)!.chargedNs, 0, 'the one that waited paid nothing for the drain');
  } finally {
    s.close();
  }
});

test('a queue that never reports drained holds the GPU from the next vGPU no longer than the drain cap, and is charged only what its queue could hold', () => {
  const s = setup('cap');
  try {
    const first = s.named()!;
    const other = first === 'a' ? 'b' : 'a';
    const stamp = (t: number) => {
      s.at(t);
      work(s.seg(first), { gpuNs: 1 * ms, wantNs: 1_000 * ms + t, inflight: 1 });
      work(s.seg(other), { gpuNs: 0, wantNs: 1_000 * ms + t, inflight: 0 });
      s.driver.wake();
    };
    stamp(10 * ms);
    assert.equal(s.named(), null, 'draining');
    stamp(10 * ms + DRAIN_CAP_NS - 1 * ms);
    assert.equal(s.named(), null, 'still draining just before the cap');
    stamp(10 * ms + DRAIN_CAP_NS);
    assert.equal(s.named(), other, 'at the cap the GPU goes on to the next vGPU');
    // One mark in flight of 0.5 ms: its queue could take 0.5 ms (and 1 ms of slack); the
    // rest of the wait was the GPU idle for a host that did not report.
    assert.equal(s.driver.stats(first)!.chargedNs, 10 * ms + 1.5 * ms, 'the slice, and the drain its queue could fill');
  } finally {
    s.close();
  }
});
