// The daemon's side of a vGPU's shared segment. Its layout is described in
// api/wire/segment.json and generated for C and for TypeScript (src/gen/layout.ts: the
// offsets and a view class per struct); this file only uses it. The daemon creates the
// file, writes quotas under the generation sequence count (odd while writing, so readers
// retry), and reads slots to see what each live process holds. It never writes slots:
// processes own theirs. Processes also add to the vGPU's GPU-time report (`work`), which
// the scheduler reads every tick.
import { closeSync, fstatSync, openSync, readSync, writeSync } from 'node:fs';
import { writeFileAtomic } from './state-store.js';
import { elementAt, SEG, SEG_LAYOUT, SEG_WORK_LAYOUT, SegSlotView, SegView, SegWorkView } from '../gen/layout.js';

export { SEG };
const F = SEG_LAYOUT.fields;
/** Per GPU slice, one 64-byte line: gpu_ns (measured GPU time, cumulative), want_ns
 * (CLOCK_MONOTONIC of the last time a member had work for that GPU), inflight (measured
 * events queued on the GPU and not yet seen complete) and event_ns. */
export const OFF_WORK = F.work.offset;
export const WORK_LINE = SEG_WORK_LAYOUT.size;
export const SEG_SIZE = SEG_LAYOUT.size;

export interface SegmentSlot { pid: number; used: number[] }
export interface SegmentView { quotas: number[]; uuids: string[]; contextBytes: number[]; schedId: bigint; slots: SegmentSlot[] }

/** One aligned 8-byte word, as the daemon writes them into a live segment. */
const word = (v: bigint) => { const w = Buffer.alloc(8); w.writeBigUInt64LE(v); return w; };

/** The daemon's part of a segment (magic, version, GPUs, quotas, context costs, schedule
 * id) in a zeroed segment-sized buffer. */
function daemonFields(uuids: string[], quota: number, contextBytes: number[], schedId: bigint): SegView {
  if (uuids.length === 0 || uuids.length > SEG.MAX_GPUS) throw new RangeError(`a vGPU spans 1 to ${SEG.MAX_GPUS} GPUs, not ${uuids.length}`);
  const seg = new SegView(Buffer.alloc(SEG_SIZE));
  seg.magic = SEG.MAGIC;
  seg.version = SEG.VERSION;
  seg.gpuCount = uuids.length;
  uuids.forEach((u, i) => {
    seg.setQuota(i, BigInt(quota));
    seg.setGpuUuid(i, u);
    seg.setContextBytes(i, BigInt(contextBytes[i] ?? 0));
  });
  seg.schedId = schedId;
  return seg;
}

/** Writes a new segment for a vGPU on `uuids`, each with `quota` bytes and a context
 * cost of `contextBytes[i]` (atomically: temp + rename; nothing is left on failure). */
export function createSegment(path: string, uuids: string[], quota: number, contextBytes: number[], schedId: bigint): void {
  writeFileAtomic(path, daemonFields(uuids, quota, contextBytes, schedId).buf);
}

/** Rewrites the daemon's part of an existing segment in place (one a tenant overwrote),
 * keeping the processes' slots and reports; the lock word, slot count and generation
 * stay as they are. */
export function writeSegmentHeader(path: string, uuids: string[], quota: number, contextBytes: number[], schedId: bigint): void {
  const b = daemonFields(uuids, quota, contextBytes, schedId).buf;
  const fd = openSync(path, 'r+');
  try {
    if (fstatSync(fd).size < SEG_SIZE) throw new Error(`${path} is shorter than a segment`);
    const put = (f: { offset: number; size: number }) => writeSync(fd, b, f.offset, f.size, f.offset);
    for (const f of [F.magic, F.version, F.gpu_count, F.quota, F.gpu_uuid, F.context_bytes, F.sched_id]) put(f);
  } finally {
    closeSync(fd);
  }
}

/** Sets the quota of every GPU slice under the sequence count. */
export function setSegmentQuota(path: string, quota: number): void {
  const fd = openSync(path, 'r+');
  try {
    const head = new SegView(Buffer.alloc(F.quota.offset));
    readSync(fd, head.buf, 0, head.buf.length, 0);
    const gen = head.generation;
    writeSync(fd, word(gen + 1n), 0, 8, F.generation.offset);
    for (let i = 0; i < Math.min(head.gpuCount, SEG.MAX_GPUS); i++) writeSync(fd, word(BigInt(quota)), 0, 8, elementAt(F.quota, i));
    writeSync(fd, word(gen + 2n), 0, 8, F.generation.offset);
  } finally {
    closeSync(fd);
  }
}

/** Sets what one context costs on each GPU slice (aligned 8-byte writes: readers see
 * the old or the new figure; what a process was charged is refunded as charged). */
export function setSegmentContextBytes(path: string, contextBytes: number[]): void {
  const fd = openSync(path, 'r+');
  try {
    contextBytes.slice(0, SEG.MAX_GPUS).forEach((v, i) => writeSync(fd, word(BigInt(v)), 0, 8, elementAt(F.context_bytes, i)));
  } finally {
    closeSync(fd);
  }
}

/** Sets the vGPU's id in the schedule pages (an existing segment kept across a restart). */
export function setSegmentSchedId(path: string, schedId: bigint): void {
  const fd = openSync(path, 'r+');
  try {
    writeSync(fd, word(schedId), 0, 8, F.sched_id.offset);
  } finally {
    closeSync(fd);
  }
}

/** Reads quotas and the occupied slots. Throws for a file that is not a whole segment of
 * this version (tenants can write it: nothing read here is trusted). */
export function readSegment(path: string): SegmentView {
  const fd = openSync(path, 'r');
  const seg = new SegView(Buffer.alloc(SEG_SIZE));
  let got: number;
  try {
    got = readSync(fd, seg.buf, 0, SEG_SIZE, 0);
  } finally {
    closeSync(fd);
  }
  if (got < SEG_SIZE) throw new Error(`${path} is ${got} bytes, shorter than a vGPU segment (${SEG_SIZE})`);
  if (seg.magic !== SEG.MAGIC || seg.version !== SEG.VERSION) throw new Error(`${path} is not a version ${SEG.VERSION} vGPU segment`);
  const count = seg.gpuCount;
  if (count < 1 || count > SEG.MAX_GPUS) throw new Error(`${path} says it has ${count} GPUs (1 to ${SEG.MAX_GPUS})`);
  const each = <T>(f: (i: number) => T) => Array.from({ length: count }, (_, i) => f(i));
  const slots: SegmentSlot[] = [];
  for (let s = 0; s < SEG.SLOTS; s++) {
    const slot: SegSlotView = seg.slots(s);
    if (slot.pid !== 0) slots.push({ pid: slot.pid, used: each((i) => Number(slot.used(i))) });
  }
  return {
    quotas: each((i) => Number(seg.quota(i))),
    uuids: each((i) => seg.gpuUuid(i)),
    contextBytes: each((i) => Number(seg.contextBytes(i))),
    schedId: seg.schedId,
    slots,
  };
}

export interface WorkReport {
  gpuNs: number;
  wantNs: number;
  inflight: number;
  /** Recent GPU time of one launch (0: not known yet). */
  eventNs: number;
}

/** Reads slice `slice`'s GPU-time report from an open segment file. */
export function readWorkReport(fd: number, slice: number): WorkReport {
  const w = new SegWorkView(Buffer.alloc(SEG_WORK_LAYOUT.fields.pad.offset));
  readSync(fd, w.buf, 0, w.buf.length, elementAt(F.work, slice));
  return { gpuNs: Number(w.gpuNs), wantNs: Number(w.wantNs), inflight: Number(w.inflight), eventNs: Number(w.eventNs) };
}
