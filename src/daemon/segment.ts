// The daemon's side of a vGPU's shared segment (layout: native/common/vgpu_segment.h;
// the two must change together). The daemon creates the file, writes quotas under the
// generation sequence count (odd while writing, so readers retry), and reads slots to
// see what each live process holds. It never writes slots: processes own theirs. Processes
// also add to the vGPU's GPU-time report (`work`), which the scheduler reads every tick.
import { closeSync, fstatSync, openSync, readSync, writeSync } from 'node:fs';
import { writeFileAtomic } from './state-store.js';

export const SEG = {
  magic: 0x4745535550475651n, // "QVGPUSEG"
  version: 3,
  maxGpus: 16,
  slots: 256,
  uuidLen: 48,
  offQuota: 32,
  offUuid: 160,
  offSlots: 1024,
  slotSize: 192,
  offSlotUsed: 16,
  exports: 512, // IPC handles exported by members (written only by interposers)
  exportSize: 16,
} as const;
const OFF_CONTEXT = SEG.offSlots + SEG.slots * SEG.slotSize + SEG.exports * SEG.exportSize;
const OFF_SCHED_ID = OFF_CONTEXT + 8 * SEG.maxGpus;
/** Per GPU slice, one 64-byte line: gpu_ns (measured GPU time, cumulative), want_ns
 * (CLOCK_MONOTONIC of the last time a member had work for that GPU) and inflight
 * (measured events queued on the GPU and not yet seen complete). */
export const OFF_WORK = OFF_SCHED_ID + 64;
export const WORK_LINE = 64;
export const SEG_SIZE = OFF_WORK + WORK_LINE * SEG.maxGpus;

export interface SegmentSlot { pid: number; used: number[] }
export interface SegmentView { quotas: number[]; uuids: string[]; contextBytes: number[]; schedId: bigint; slots: SegmentSlot[] }

/** The daemon's part of a segment's header: magic, version, GPUs, quotas, context costs
 * and schedule id, as bytes at offset 0 (`head`) and at OFF_CONTEXT (`tail`). */
function headerBytes(uuids: string[], quota: number, contextBytes: number[], schedId: bigint): { head: Buffer; tail: Buffer } {
  if (uuids.length === 0 || uuids.length > SEG.maxGpus) throw new RangeError(`a vGPU spans 1 to ${SEG.maxGpus} GPUs, not ${uuids.length}`);
  const head = Buffer.alloc(SEG.offUuid + SEG.uuidLen * SEG.maxGpus);
  head.writeBigUInt64LE(SEG.magic, 0);
  head.writeUInt32LE(SEG.version, 8);
  head.writeUInt32LE(uuids.length, 12);
  const tail = Buffer.alloc(OFF_SCHED_ID + 8 - OFF_CONTEXT);
  uuids.forEach((u, i) => {
    head.writeBigUInt64LE(BigInt(quota), SEG.offQuota + 8 * i);
    head.write(u.slice(0, SEG.uuidLen - 1), SEG.offUuid + SEG.uuidLen * i, 'latin1');
    tail.writeBigUInt64LE(BigInt(contextBytes[i] ?? 0), 8 * i);
  });
  tail.writeBigUInt64LE(schedId, OFF_SCHED_ID - OFF_CONTEXT);
  return { head, tail };
}

/** Writes a new segment for a vGPU on `uuids`, each with `quota` bytes and a context
 * cost of `contextBytes[i]` (atomically: temp + rename; nothing is left on failure). */
export function createSegment(path: string, uuids: string[], quota: number, contextBytes: number[], schedId: bigint): void {
  const { head, tail } = headerBytes(uuids, quota, contextBytes, schedId);
  const b = Buffer.alloc(SEG_SIZE);
  head.copy(b, 0);
  tail.copy(b, OFF_CONTEXT);
  writeFileAtomic(path, b);
}

/** Rewrites the daemon's part of an existing segment's header in place (one a tenant
 * overwrote), keeping the processes' slots and reports; the lock word and the slot
 * count stay as they are. */
export function writeSegmentHeader(path: string, uuids: string[], quota: number, contextBytes: number[], schedId: bigint): void {
  const { head, tail } = headerBytes(uuids, quota, contextBytes, schedId);
  const fd = openSync(path, 'r+');
  try {
    if (fstatSync(fd).size < SEG_SIZE) throw new Error(`${path} is shorter than a segment`);
    writeSync(fd, head, 0, 16, 0); // magic, version, GPU count
    writeSync(fd, head, SEG.offQuota, head.length - SEG.offQuota, SEG.offQuota);
    writeSync(fd, tail, 0, tail.length, OFF_CONTEXT);
  } finally {
    closeSync(fd);
  }
}

/** Sets the quota of every GPU slice under the sequence count. */
export function setSegmentQuota(path: string, quota: number): void {
  const fd = openSync(path, 'r+');
  try {
    const head = Buffer.alloc(SEG.offQuota);
    readSync(fd, head, 0, head.length, 0);
    const count = head.readUInt32LE(12);
    const gen = head.readBigUInt64LE(24);
    const word = (v: bigint) => { const w = Buffer.alloc(8); w.writeBigUInt64LE(v); return w; };
    writeSync(fd, word(gen + 1n), 0, 8, 24);
    for (let i = 0; i < count; i++) writeSync(fd, word(BigInt(quota)), 0, 8, SEG.offQuota + 8 * i);
    writeSync(fd, word(gen + 2n), 0, 8, 24);
  } finally {
    closeSync(fd);
  }
}

/** Sets what one context costs on each GPU slice (aligned 8-byte writes: readers see
 * the old or the new figure; what a process was charged is refunded as charged). */
export function setSegmentContextBytes(path: string, contextBytes: number[]): void {
  const fd = openSync(path, 'r+');
  try {
    contextBytes.slice(0, SEG.maxGpus).forEach((v, i) => {
      const w = Buffer.alloc(8);
      w.writeBigUInt64LE(BigInt(v));
      writeSync(fd, w, 0, 8, OFF_CONTEXT + 8 * i);
    });
  } finally {
    closeSync(fd);
  }
}

/** Sets the vGPU's id in the schedule pages (an existing segment kept across a restart). */
export function setSegmentSchedId(path: string, schedId: bigint): void {
  const fd = openSync(path, 'r+');
  try {
    const w = Buffer.alloc(8);
    w.writeBigUInt64LE(schedId);
    writeSync(fd, w, 0, 8, OFF_SCHED_ID);
  } finally {
    closeSync(fd);
  }
}

/** Reads quotas and the occupied slots. Throws for a file that is not a whole segment of
 * this version (tenants can write it: nothing read here is trusted). */
export function readSegment(path: string): SegmentView {
  const fd = openSync(path, 'r');
  const b = Buffer.alloc(SEG_SIZE);
  let got: number;
  try {
    got = readSync(fd, b, 0, SEG_SIZE, 0);
  } finally {
    closeSync(fd);
  }
  if (got < SEG_SIZE) throw new Error(`${path} is ${got} bytes, shorter than a vGPU segment (${SEG_SIZE})`);
  if (b.readBigUInt64LE(0) !== SEG.magic || b.readUInt32LE(8) !== SEG.version) throw new Error(`${path} is not a version ${SEG.version} vGPU segment`);
  const count = b.readUInt32LE(12);
  if (count < 1 || count > SEG.maxGpus) throw new Error(`${path} says it has ${count} GPUs (1 to ${SEG.maxGpus})`);
  const u64 = (at: number) => Number(b.readBigUInt64LE(at)); // past 2^53: imprecise, still huge
  const quotas = Array.from({ length: count }, (_, i) => u64(SEG.offQuota + 8 * i));
  const uuids = Array.from({ length: count }, (_, i) => b.toString('latin1', SEG.offUuid + SEG.uuidLen * i, SEG.offUuid + SEG.uuidLen * (i + 1)).replace(/\0.*$/s, ''));
  const contextBytes = Array.from({ length: count }, (_, i) => u64(OFF_CONTEXT + 8 * i));
  const slots: SegmentSlot[] = [];
  for (let s = 0; s < SEG.slots; s++) {
    const at = SEG.offSlots + s * SEG.slotSize;
    const pid = b.readInt32LE(at);
    if (pid !== 0) slots.push({ pid, used: Array.from({ length: count }, (_, i) => u64(at + SEG.offSlotUsed + 8 * i)) });
  }
  return { quotas, uuids, contextBytes, schedId: b.readBigUInt64LE(OFF_SCHED_ID), slots };
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
  const b = Buffer.alloc(32);
  readSync(fd, b, 0, 32, OFF_WORK + WORK_LINE * slice);
  return { gpuNs: Number(b.readBigUInt64LE(0)), wantNs: Number(b.readBigUInt64LE(8)), inflight: Number(b.readBigInt64LE(16)), eventNs: Number(b.readBigUInt64LE(24)) };
}
