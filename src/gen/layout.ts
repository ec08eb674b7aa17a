// Generated from api/wire/segment.json, api/wire/sched-page.json, api/wire/forward.json by tools/gen (npm run gen -- emit). Do not edit.
// The layouts of the memory Quanta's processes and its daemon share; C has the same
// (native/gen/quanta_wire.h), and test/wire.test.ts compares the two.
import { elementAt, readString, writeString, type StructLayout } from '../wire-view.js';

export { elementAt, type FieldLayout, type StructLayout } from '../wire-view.js';

// ---- api/wire/segment.json ----

/**
 * One vGPU's accounting in shared memory: the quota and context cost of each GPU slice (written by
 * the daemon), one slot per member process (written by that process), the IPC handles members
 * exported, and each slice's GPU-time report (written by members, read by the scheduler). How it
 * is used and locked: native/common/vgpu_segment.h. Any change of layout needs a new VERSION.
 */
export const SEG = {
  /** "QVGPUSEG" little-endian */
  MAGIC: 0x4745535550475651n,
  VERSION: 3,
  /** GPU slices of one vGPU, at most */
  MAX_GPUS: 16,
  /** member processes at once, at most */
  SLOTS: 256,
  /** bytes of a GPU UUID, its NUL included */
  UUID_LEN: 48,
  /** IPC memory handles remembered */
  EXPORTS: 512,
} as const;

/** struct quanta_seg_slot: What one member process holds. */
export const SEG_SLOT_LAYOUT = {
  name: 'quanta_seg_slot',
  size: 192,
  fields: {
    pid: { offset: 0, size: 4, dims: [] },
    reserved: { offset: 4, size: 4, dims: [] },
    start_time: { offset: 8, size: 8, dims: [] },
    used: { offset: 16, size: 128, dims: [16] },
    pad: { offset: 144, size: 48, dims: [6] },
  },
} as const satisfies StructLayout;

/** A view of struct quanta_seg_slot at `at` in `buf`: What one member process holds. */
export class SegSlotView {
  constructor(readonly buf: Buffer, readonly at = 0) {}
  /** 0: free */
  get pid(): number { return this.buf.readInt32LE(this.at + SEG_SLOT_LAYOUT.fields.pid.offset); }
  set pid(v: number) { this.buf.writeInt32LE(v, this.at + SEG_SLOT_LAYOUT.fields.pid.offset); }
  /** /proc/<pid>/stat starttime: tells a reused pid */
  get startTime(): bigint { return this.buf.readBigUInt64LE(this.at + SEG_SLOT_LAYOUT.fields.start_time.offset); }
  set startTime(v: bigint) { this.buf.writeBigUInt64LE(v, this.at + SEG_SLOT_LAYOUT.fields.start_time.offset); }
  /** bytes held on each GPU slice */
  used(i: number): bigint { return this.buf.readBigUInt64LE(elementAt(SEG_SLOT_LAYOUT.fields.used, i, this.at)); }
  setUsed(i: number, v: bigint): void { this.buf.writeBigUInt64LE(v, elementAt(SEG_SLOT_LAYOUT.fields.used, i, this.at)); }
}

/**
 * struct quanta_seg_export: An IPC memory handle exported by a member process (so that a member
 * importing it knows the memory is already counted in this vGPU).
 */
export const SEG_EXPORT_LAYOUT = {
  name: 'quanta_seg_export',
  size: 16,
  fields: {
    key: { offset: 0, size: 8, dims: [] },
    pid: { offset: 8, size: 4, dims: [] },
    pad: { offset: 12, size: 4, dims: [] },
  },
} as const satisfies StructLayout;

/**
 * A view of struct quanta_seg_export at `at` in `buf`: An IPC memory handle exported by a member
 * process (so that a member importing it knows the memory is already counted in this vGPU).
 */
export class SegExportView {
  constructor(readonly buf: Buffer, readonly at = 0) {}
  /** hash of the handle's bytes; 0: free */
  get key(): bigint { return this.buf.readBigUInt64LE(this.at + SEG_EXPORT_LAYOUT.fields.key.offset); }
  set key(v: bigint) { this.buf.writeBigUInt64LE(v, this.at + SEG_EXPORT_LAYOUT.fields.key.offset); }
  /** the exporter */
  get pid(): number { return this.buf.readInt32LE(this.at + SEG_EXPORT_LAYOUT.fields.pid.offset); }
  set pid(v: number) { this.buf.writeInt32LE(v, this.at + SEG_EXPORT_LAYOUT.fields.pid.offset); }
}

/**
 * struct quanta_seg_work: What the vGPU's processes report to the GPU-time scheduler, per GPU
 * slice (one cache line each: processes of one vGPU on different GPUs do not share it).
 */
export const SEG_WORK_LAYOUT = {
  name: 'quanta_seg_work',
  size: 64,
  fields: {
    gpu_ns: { offset: 0, size: 8, dims: [] },
    want_ns: { offset: 8, size: 8, dims: [] },
    inflight: { offset: 16, size: 8, dims: [] },
    event_ns: { offset: 24, size: 8, dims: [] },
    pad: { offset: 32, size: 32, dims: [4] },
  },
} as const satisfies StructLayout;

/**
 * A view of struct quanta_seg_work at `at` in `buf`: What the vGPU's processes report to the
 * GPU-time scheduler, per GPU slice (one cache line each: processes of one vGPU on different GPUs
 * do not share it).
 */
export class SegWorkView {
  constructor(readonly buf: Buffer, readonly at = 0) {}
  /** GPU time measured by events, cumulative */
  get gpuNs(): bigint { return this.buf.readBigUInt64LE(this.at + SEG_WORK_LAYOUT.fields.gpu_ns.offset); }
  set gpuNs(v: bigint) { this.buf.writeBigUInt64LE(v, this.at + SEG_WORK_LAYOUT.fields.gpu_ns.offset); }
  /** CLOCK_MONOTONIC when a process last had work for the GPU (launching, or waiting to) */
  get wantNs(): bigint { return this.buf.readBigUInt64LE(this.at + SEG_WORK_LAYOUT.fields.want_ns.offset); }
  set wantNs(v: bigint) { this.buf.writeBigUInt64LE(v, this.at + SEG_WORK_LAYOUT.fields.want_ns.offset); }
  /** measured events queued and not yet seen complete: 0 once its gated work drained */
  get inflight(): bigint { return this.buf.readBigInt64LE(this.at + SEG_WORK_LAYOUT.fields.inflight.offset); }
  set inflight(v: bigint) { this.buf.writeBigInt64LE(v, this.at + SEG_WORK_LAYOUT.fields.inflight.offset); }
  /**
   * GPU time of one measured event (one launch), recent average: how long a queue takes to drain
   * (0: not known; older interposers)
   */
  get eventNs(): bigint { return this.buf.readBigUInt64LE(this.at + SEG_WORK_LAYOUT.fields.event_ns.offset); }
  set eventNs(v: bigint) { this.buf.writeBigUInt64LE(v, this.at + SEG_WORK_LAYOUT.fields.event_ns.offset); }
}

/**
 * struct quanta_seg: The segment file: a header line, the slots, the exports, the daemon's
 * figures, the GPU-time reports.
 */
export const SEG_LAYOUT = {
  name: 'quanta_seg',
  size: 59584,
  fields: {
    magic: { offset: 0, size: 8, dims: [] },
    version: { offset: 8, size: 4, dims: [] },
    gpu_count: { offset: 12, size: 4, dims: [] },
    lock: { offset: 16, size: 4, dims: [] },
    slots_high: { offset: 20, size: 4, dims: [] },
    generation: { offset: 24, size: 8, dims: [] },
    quota: { offset: 32, size: 128, dims: [16] },
    gpu_uuid: { offset: 160, size: 768, dims: [16, 48] },
    export_turn: { offset: 928, size: 4, dims: [] },
    pad1: { offset: 932, size: 92, dims: [92] },
    slots: { offset: 1024, size: 49152, dims: [256] },
    exports: { offset: 50176, size: 8192, dims: [512] },
    context_bytes: { offset: 58368, size: 128, dims: [16] },
    sched_id: { offset: 58496, size: 8, dims: [] },
    pad2: { offset: 58504, size: 56, dims: [7] },
    work: { offset: 58560, size: 1024, dims: [16] },
  },
} as const satisfies StructLayout;

/**
 * A view of struct quanta_seg at `at` in `buf`: The segment file: a header line, the slots, the
 * exports, the daemon's figures, the GPU-time reports.
 */
export class SegView {
  constructor(readonly buf: Buffer, readonly at = 0) {}
  /** QUANTA_SEG_MAGIC */
  get magic(): bigint { return this.buf.readBigUInt64LE(this.at + SEG_LAYOUT.fields.magic.offset); }
  set magic(v: bigint) { this.buf.writeBigUInt64LE(v, this.at + SEG_LAYOUT.fields.magic.offset); }
  /** QUANTA_SEG_VERSION */
  get version(): number { return this.buf.readUInt32LE(this.at + SEG_LAYOUT.fields.version.offset); }
  set version(v: number) { this.buf.writeUInt32LE(v, this.at + SEG_LAYOUT.fields.version.offset); }
  /** GPU slices in use (<= MAX_GPUS) */
  get gpuCount(): number { return this.buf.readUInt32LE(this.at + SEG_LAYOUT.fields.gpu_count.offset); }
  set gpuCount(v: number) { this.buf.writeUInt32LE(v, this.at + SEG_LAYOUT.fields.gpu_count.offset); }
  /** owner pid, 0 when free */
  get lock(): number { return this.buf.readUInt32LE(this.at + SEG_LAYOUT.fields.lock.offset); }
  set lock(v: number) { this.buf.writeUInt32LE(v, this.at + SEG_LAYOUT.fields.lock.offset); }
  /**
   * every taken slot is below this (joins raise it): sums stop here. Beside the lock, so a
   * reservation touches one header line
   */
  get slotsHigh(): number { return this.buf.readUInt32LE(this.at + SEG_LAYOUT.fields.slots_high.offset); }
  set slotsHigh(v: number) { this.buf.writeUInt32LE(v, this.at + SEG_LAYOUT.fields.slots_high.offset); }
  /** even: quotas stable; odd: being written (by the daemon) */
  get generation(): bigint { return this.buf.readBigUInt64LE(this.at + SEG_LAYOUT.fields.generation.offset); }
  set generation(v: bigint) { this.buf.writeBigUInt64LE(v, this.at + SEG_LAYOUT.fields.generation.offset); }
  /** bytes the vGPU may hold on each slice (daemon) */
  quota(i: number): bigint { return this.buf.readBigUInt64LE(elementAt(SEG_LAYOUT.fields.quota, i, this.at)); }
  setQuota(i: number, v: bigint): void { this.buf.writeBigUInt64LE(v, elementAt(SEG_LAYOUT.fields.quota, i, this.at)); }
  /** each slice's GPU, NUL-terminated (daemon) */
  gpuUuid(i: number): string { return readString(this.buf, elementAt(SEG_LAYOUT.fields.gpu_uuid, i, this.at), 48); }
  setGpuUuid(i: number, v: string): void { writeString(this.buf, elementAt(SEG_LAYOUT.fields.gpu_uuid, i, this.at), 48, v); }
  /** next export entry to overwrite when full */
  get exportTurn(): number { return this.buf.readUInt32LE(this.at + SEG_LAYOUT.fields.export_turn.offset); }
  set exportTurn(v: number) { this.buf.writeUInt32LE(v, this.at + SEG_LAYOUT.fields.export_turn.offset); }
  slots(i: number): SegSlotView { return new SegSlotView(this.buf, elementAt(SEG_LAYOUT.fields.slots, i, this.at)); }
  /** written under the lock */
  exports(i: number): SegExportView { return new SegExportView(this.buf, elementAt(SEG_LAYOUT.fields.exports, i, this.at)); }
  /** what one context costs on each GPU (daemon) */
  contextBytes(i: number): bigint { return this.buf.readBigUInt64LE(elementAt(SEG_LAYOUT.fields.context_bytes, i, this.at)); }
  setContextBytes(i: number, v: bigint): void { this.buf.writeBigUInt64LE(v, elementAt(SEG_LAYOUT.fields.context_bytes, i, this.at)); }
  /** this vGPU in the GPUs' schedule pages (daemon) */
  get schedId(): bigint { return this.buf.readBigUInt64LE(this.at + SEG_LAYOUT.fields.sched_id.offset); }
  set schedId(v: bigint) { this.buf.writeBigUInt64LE(v, this.at + SEG_LAYOUT.fields.sched_id.offset); }
  /** written by member processes */
  work(i: number): SegWorkView { return new SegWorkView(this.buf, elementAt(SEG_LAYOUT.fields.work, i, this.at)); }
}

// ---- api/wire/sched-page.json ----

/**
 * One physical GPU's schedule as the daemon publishes it: its page (written only by the daemon,
 * mapped read-only by interposers), then the page the standing vGPU stamps (written by
 * interposers). How it is used: native/common/sched_page.h. Any change of layout needs a new
 * VERSION.
 */
export const SCHED = {
  /** "QTSCHPG" little-endian */
  MAGIC: 0x47504843535451n,
  VERSION: 2,
  /** the daemon's page; the urgent page follows it */
  PAGE_SIZE: 4096,
  /** both pages */
  FILE_SIZE: 8192,
  /**
   * others hold back this long after the standing vGPU's last launch (the daemon's PENDING_HIGH_NS
   * for the high class is this, so the two agree whichever acts first)
   */
  URGENT_NS: 1000000,
  /**
   * and while it has launches in flight, up to this long after it (a killed one's count never
   * drops)
   */
  URGENT_MAX_NS: 5000000,
  /**
   * two slices of 10 ms and a margin: past this without a beat, the daemon is gone and the page
   * counts as open
   */
  STALE_NS: 100000000,
} as const;

/** struct quanta_sched_page: The daemon's page, at offset 0. */
export const SCHED_PAGE_LAYOUT = {
  name: 'quanta_sched_page',
  size: 48,
  fields: {
    magic: { offset: 0, size: 8, dims: [] },
    version: { offset: 8, size: 4, dims: [] },
    open: { offset: 12, size: 4, dims: [] },
    holder: { offset: 16, size: 8, dims: [] },
    beat_ns: { offset: 24, size: 8, dims: [] },
    grant_until_ns: { offset: 32, size: 8, dims: [] },
    standing: { offset: 40, size: 8, dims: [] },
  },
} as const satisfies StructLayout;

/** A view of struct quanta_sched_page at `at` in `buf`: The daemon's page, at offset 0. */
export class SchedPageView {
  constructor(readonly buf: Buffer, readonly at = 0) {}
  /** QUANTA_SCHED_MAGIC */
  get magic(): bigint { return this.buf.readBigUInt64LE(this.at + SCHED_PAGE_LAYOUT.fields.magic.offset); }
  set magic(v: bigint) { this.buf.writeBigUInt64LE(v, this.at + SCHED_PAGE_LAYOUT.fields.magic.offset); }
  /** QUANTA_SCHED_VERSION */
  get version(): number { return this.buf.readUInt32LE(this.at + SCHED_PAGE_LAYOUT.fields.version.offset); }
  set version(v: number) { this.buf.writeUInt32LE(v, this.at + SCHED_PAGE_LAYOUT.fields.version.offset); }
  /** 1: nothing is gated on this GPU */
  get open(): number { return this.buf.readUInt32LE(this.at + SCHED_PAGE_LAYOUT.fields.open.offset); }
  set open(v: number) { this.buf.writeUInt32LE(v, this.at + SCHED_PAGE_LAYOUT.fields.open.offset); }
  /** sched_id of the vGPU holding the GPU; 0: nobody */
  get holder(): bigint { return this.buf.readBigUInt64LE(this.at + SCHED_PAGE_LAYOUT.fields.holder.offset); }
  set holder(v: bigint) { this.buf.writeBigUInt64LE(v, this.at + SCHED_PAGE_LAYOUT.fields.holder.offset); }
  /** CLOCK_MONOTONIC of the daemon's last write */
  get beatNs(): bigint { return this.buf.readBigUInt64LE(this.at + SCHED_PAGE_LAYOUT.fields.beat_ns.offset); }
  set beatNs(v: bigint) { this.buf.writeBigUInt64LE(v, this.at + SCHED_PAGE_LAYOUT.fields.beat_ns.offset); }
  /** when the holder's grant ends (informational) */
  get grantUntilNs(): bigint { return this.buf.readBigUInt64LE(this.at + SCHED_PAGE_LAYOUT.fields.grant_until_ns.offset); }
  set grantUntilNs(v: bigint) { this.buf.writeBigUInt64LE(v, this.at + SCHED_PAGE_LAYOUT.fields.grant_until_ns.offset); }
  /** sched_id of a vGPU that may always run; 0: none */
  get standing(): bigint { return this.buf.readBigUInt64LE(this.at + SCHED_PAGE_LAYOUT.fields.standing.offset); }
  set standing(v: bigint) { this.buf.writeBigUInt64LE(v, this.at + SCHED_PAGE_LAYOUT.fields.standing.offset); }
}

/** struct quanta_sched_urgent: At PAGE_SIZE in the file, mapped writable by interposers. */
export const SCHED_URGENT_LAYOUT = {
  name: 'quanta_sched_urgent',
  size: 16,
  fields: {
    launch_ns: { offset: 0, size: 8, dims: [] },
    inflight: { offset: 8, size: 8, dims: [] },
  },
} as const satisfies StructLayout;

/**
 * A view of struct quanta_sched_urgent at `at` in `buf`: At PAGE_SIZE in the file, mapped writable
 * by interposers.
 */
export class SchedUrgentView {
  constructor(readonly buf: Buffer, readonly at = 0) {}
  /** CLOCK_MONOTONIC of the standing vGPU's last launch */
  get launchNs(): bigint { return this.buf.readBigUInt64LE(this.at + SCHED_URGENT_LAYOUT.fields.launch_ns.offset); }
  set launchNs(v: bigint) { this.buf.writeBigUInt64LE(v, this.at + SCHED_URGENT_LAYOUT.fields.launch_ns.offset); }
  /** its launches queued and not yet seen complete */
  get inflight(): bigint { return this.buf.readBigInt64LE(this.at + SCHED_URGENT_LAYOUT.fields.inflight.offset); }
  set inflight(v: bigint) { this.buf.writeBigInt64LE(v, this.at + SCHED_URGENT_LAYOUT.fields.inflight.offset); }
}

// ---- api/wire/forward.json ----

/**
 * API forwarding's frames (docs/design/forwarding.md): every frame is this header, then `length`
 * bytes of payload, little-endian. A hello is the first frame a client sends; the executor answers
 * welcome or refused and then serves calls. How frames are read and checked:
 * native/forward/fwd_frame.h. Any change of layout or meaning needs a new VERSION.
 */
export const FWD = {
  /** "QFWD" little-endian, the first bytes of a hello */
  MAGIC: 1146570321,
  /**
   * 2: the hello names a transport, the welcome may bring shared-memory rings; 3: streamed copies
   * into the program's memory (KIND_STREAM); 4: the module cache (welcome.features, IMAGE_NAMED,
   * RESULT_IMAGE_NEEDED); 5: the hello asks for a vGPU (gpu, memory, share, weight, priority)
   */
  VERSION: 5,
  /** 64 MiB: a longer frame ends the connection; larger copies are split */
  MAX_PAYLOAD: 67108864,
  /**
   * 8 MiB: a copy from the program's memory of more than 1 MiB is sent as calls of a quarter of
   * it, at least 256 KiB and at most this many bytes (entries with split in
   * api/forward/cuda-driver.json), so that the client copies one while the executor hands the last
   * to the driver
   */
  CHUNK: 8388608,
  /**
   * 32 MiB: a copy into the program's memory larger than this is sent as calls of at most this
   * many bytes, each answered by KIND_STREAM
   */
  STREAM_CHUNK: 33554432,
  /**
   * 2 MiB: a streamed output goes out in pieces of at most this many bytes (a quarter of it, at
   * least 64 KiB) as the executor copies them, so the client copies one piece while the executor
   * copies the next
   */
  STREAM_PIECE: 2097152,
  /** 256 KiB: a smaller output comes back in an ordinary reply */
  STREAM_MIN: 262144,
  /** hello.transport: frames on the connection itself (TCP or a Unix socket) */
  TRANSPORT_SOCKET: 0,
  /**
   * hello.transport: frames through two shared-memory rings the welcome brings (a Unix socket
   * only; the socket then only tells that the peer lives)
   */
  TRANSPORT_SHM: 1,
  /** 32 MiB: each ring's data, a power of two */
  RING_BYTES: 33554432,
  /**
   * where the client-to-executor ring's data starts in the shared memory; the executor-to-client
   * ring's follows it
   */
  RING_DATA_OFFSET: 4096,
  /** bytes of the session token field, its NUL included */
  TOKEN_LEN: 64,
  /** client: fwd_hello */
  KIND_HELLO: 1,
  /** executor: fwd_welcome */
  KIND_WELCOME: 2,
  /** executor: a reason (text), then it closes */
  KIND_REFUSED: 3,
  /**
   * client: u32 function index (api/cuda-driver.json order), then the arguments as
   * api/forward/cuda-driver.json lays them out; a reply follows unless FLAG_ASYNC
   */
  KIND_CALL: 4,
  /** executor: fwd_reply, then the call's out buffers */
  KIND_REPLY: 5,
  /**
   * executor: the reply to a call with FLAG_STREAM whose output is at least STREAM_MIN bytes: u64
   * n, the n bytes of its one output, then fwd_reply (length: 8 + n + 8)
   */
  KIND_STREAM: 6,
  /** a call with no reply: its error, if any, comes with the next reply */
  FLAG_ASYNC: 1,
  /**
   * an NVML call: the index is api/nvml.json's, the reply's result an nvmlReturn_t and its
   * async_result 0
   */
  FLAG_NVML: 2,
  /**
   * a copy into the program's memory (split entries with an out buffer): its reply may be
   * KIND_STREAM
   */
  FLAG_STREAM: 4,
  /** hello.priority: none asked (the server's) */
  PRIORITY_DEFAULT: 0,
  /** hello.priority: high */
  PRIORITY_HIGH: 1,
  /** hello.priority: normal */
  PRIORITY_NORMAL: 2,
  /** hello.priority: low */
  PRIORITY_LOW: 3,
  /**
   * welcome.features: the executor keeps module images by their SHA-256, so a call may name an
   * image instead of carrying it (IMAGE_NAMED)
   */
  FEATURE_MODULE_CACHE: 1,
  /** an image argument's first byte (0: NULL): a u64 length and the image's bytes follow */
  IMAGE_INLINE: 1,
  /**
   * an image argument's first byte: a u64 length and the image's SHA-256 (32 bytes) follow; only
   * to an executor with FEATURE_MODULE_CACHE, for images of at least IMAGE_NAMED_MIN bytes
   */
  IMAGE_NAMED: 2,
  /** 64 KiB: smaller images always go inline (naming them saves little) */
  IMAGE_NAMED_MIN: 65536,
  /**
   * 0x51460001, a reply's result that is no CUresult: the call named an image the executor does
   * not have; the client sends the call again with the image inline
   */
  RESULT_IMAGE_NEEDED: 1363542017,
} as const;

/** struct quanta_fwd_header: Every frame's first 16 bytes. */
export const FWD_HEADER_LAYOUT = {
  name: 'quanta_fwd_header',
  size: 16,
  fields: {
    length: { offset: 0, size: 4, dims: [] },
    kind: { offset: 4, size: 4, dims: [] },
    flags: { offset: 8, size: 4, dims: [] },
    thread: { offset: 12, size: 4, dims: [] },
  },
} as const satisfies StructLayout;

/** A view of struct quanta_fwd_header at `at` in `buf`: Every frame's first 16 bytes. */
export class FwdHeaderView {
  constructor(readonly buf: Buffer, readonly at = 0) {}
  /** payload bytes after the header, at most MAX_PAYLOAD */
  get length(): number { return this.buf.readUInt32LE(this.at + FWD_HEADER_LAYOUT.fields.length.offset); }
  set length(v: number) { this.buf.writeUInt32LE(v, this.at + FWD_HEADER_LAYOUT.fields.length.offset); }
  /** KIND_* */
  get kind(): number { return this.buf.readUInt32LE(this.at + FWD_HEADER_LAYOUT.fields.kind.offset); }
  set kind(v: number) { this.buf.writeUInt32LE(v, this.at + FWD_HEADER_LAYOUT.fields.kind.offset); }
  /** FLAG_* */
  get flags(): number { return this.buf.readUInt32LE(this.at + FWD_HEADER_LAYOUT.fields.flags.offset); }
  set flags(v: number) { this.buf.writeUInt32LE(v, this.at + FWD_HEADER_LAYOUT.fields.flags.offset); }
  /** the client thread the call is of (its calls run in order, with its current context) */
  get thread(): number { return this.buf.readUInt32LE(this.at + FWD_HEADER_LAYOUT.fields.thread.offset); }
  set thread(v: number) { this.buf.writeUInt32LE(v, this.at + FWD_HEADER_LAYOUT.fields.thread.offset); }
}

/**
 * struct quanta_fwd_hello: The client's first payload. quanta serve reads it (the token, and the
 * vGPU the session asks for) before it starts the session's executor, which gets it from quanta
 * serve.
 */
export const FWD_HELLO_LAYOUT = {
  name: 'quanta_fwd_hello',
  size: 104,
  fields: {
    magic: { offset: 0, size: 4, dims: [] },
    version: { offset: 4, size: 4, dims: [] },
    pid: { offset: 8, size: 4, dims: [] },
    transport: { offset: 12, size: 4, dims: [] },
    token: { offset: 16, size: 64, dims: [64] },
    gpu: { offset: 80, size: 4, dims: [] },
    priority: { offset: 84, size: 4, dims: [] },
    memory: { offset: 88, size: 8, dims: [] },
    share_ppm: { offset: 96, size: 4, dims: [] },
    weight_milli: { offset: 100, size: 4, dims: [] },
  },
} as const satisfies StructLayout;

/**
 * A view of struct quanta_fwd_hello at `at` in `buf`: The client's first payload. quanta serve
 * reads it (the token, and the vGPU the session asks for) before it starts the session's executor,
 * which gets it from quanta serve.
 */
export class FwdHelloView {
  constructor(readonly buf: Buffer, readonly at = 0) {}
  /** MAGIC */
  get magic(): number { return this.buf.readUInt32LE(this.at + FWD_HELLO_LAYOUT.fields.magic.offset); }
  set magic(v: number) { this.buf.writeUInt32LE(v, this.at + FWD_HELLO_LAYOUT.fields.magic.offset); }
  /** VERSION */
  get version(): number { return this.buf.readUInt32LE(this.at + FWD_HELLO_LAYOUT.fields.version.offset); }
  set version(v: number) { this.buf.writeUInt32LE(v, this.at + FWD_HELLO_LAYOUT.fields.version.offset); }
  /** the client process, for logs and quanta ps */
  get pid(): number { return this.buf.readUInt32LE(this.at + FWD_HELLO_LAYOUT.fields.pid.offset); }
  set pid(v: number) { this.buf.writeUInt32LE(v, this.at + FWD_HELLO_LAYOUT.fields.pid.offset); }
  /** TRANSPORT_* */
  get transport(): number { return this.buf.readUInt32LE(this.at + FWD_HELLO_LAYOUT.fields.transport.offset); }
  set transport(v: number) { this.buf.writeUInt32LE(v, this.at + FWD_HELLO_LAYOUT.fields.transport.offset); }
  /** the session's secret */
  get token(): string { return readString(this.buf, this.at + FWD_HELLO_LAYOUT.fields.token.offset, 64); }
  set token(v: string) { writeString(this.buf, this.at + FWD_HELLO_LAYOUT.fields.token.offset, 64, v); }
  /** the GPU the session asks for (its index on the server); -1: the server places it */
  get gpu(): number { return this.buf.readInt32LE(this.at + FWD_HELLO_LAYOUT.fields.gpu.offset); }
  set gpu(v: number) { this.buf.writeInt32LE(v, this.at + FWD_HELLO_LAYOUT.fields.gpu.offset); }
  /** PRIORITY_*: the class it asks for */
  get priority(): number { return this.buf.readUInt32LE(this.at + FWD_HELLO_LAYOUT.fields.priority.offset); }
  set priority(v: number) { this.buf.writeUInt32LE(v, this.at + FWD_HELLO_LAYOUT.fields.priority.offset); }
  /** the memory quota it asks for, in bytes; 0: the server's default */
  get memory(): bigint { return this.buf.readBigUInt64LE(this.at + FWD_HELLO_LAYOUT.fields.memory.offset); }
  set memory(v: bigint) { this.buf.writeBigUInt64LE(v, this.at + FWD_HELLO_LAYOUT.fields.memory.offset); }
  /** the fixed share it asks for, in millionths of the GPU; 0: none asked */
  get sharePpm(): number { return this.buf.readUInt32LE(this.at + FWD_HELLO_LAYOUT.fields.share_ppm.offset); }
  set sharePpm(v: number) { this.buf.writeUInt32LE(v, this.at + FWD_HELLO_LAYOUT.fields.share_ppm.offset); }
  /** the weight it asks for, in thousandths; 0: none asked */
  get weightMilli(): number { return this.buf.readUInt32LE(this.at + FWD_HELLO_LAYOUT.fields.weight_milli.offset); }
  set weightMilli(v: number) { this.buf.writeUInt32LE(v, this.at + FWD_HELLO_LAYOUT.fields.weight_milli.offset); }
}

/** struct quanta_fwd_welcome: The executor's answer to a hello it accepts. */
export const FWD_WELCOME_LAYOUT = {
  name: 'quanta_fwd_welcome',
  size: 24,
  fields: {
    version: { offset: 0, size: 4, dims: [] },
    driver_version: { offset: 4, size: 4, dims: [] },
    pid: { offset: 8, size: 4, dims: [] },
    ring_bytes: { offset: 12, size: 4, dims: [] },
    features: { offset: 16, size: 4, dims: [] },
    reserved: { offset: 20, size: 4, dims: [] },
  },
} as const satisfies StructLayout;

/**
 * A view of struct quanta_fwd_welcome at `at` in `buf`: The executor's answer to a hello it
 * accepts.
 */
export class FwdWelcomeView {
  constructor(readonly buf: Buffer, readonly at = 0) {}
  /** VERSION */
  get version(): number { return this.buf.readUInt32LE(this.at + FWD_WELCOME_LAYOUT.fields.version.offset); }
  set version(v: number) { this.buf.writeUInt32LE(v, this.at + FWD_WELCOME_LAYOUT.fields.version.offset); }
  /** cuDriverGetVersion on the GPU host */
  get driverVersion(): number { return this.buf.readInt32LE(this.at + FWD_WELCOME_LAYOUT.fields.driver_version.offset); }
  set driverVersion(v: number) { this.buf.writeInt32LE(v, this.at + FWD_WELCOME_LAYOUT.fields.driver_version.offset); }
  /** the executor process */
  get pid(): number { return this.buf.readUInt32LE(this.at + FWD_WELCOME_LAYOUT.fields.pid.offset); }
  set pid(v: number) { this.buf.writeUInt32LE(v, this.at + FWD_WELCOME_LAYOUT.fields.pid.offset); }
  /**
   * TRANSPORT_SHM: each ring's data bytes; the welcome frame carries the shared memory
   * (SCM_RIGHTS): at 0 the client-to-executor ring's fwd_ring_ctl, at 128 the other's, then the
   * data at RING_DATA_OFFSET. 0 otherwise
   */
  get ringBytes(): number { return this.buf.readUInt32LE(this.at + FWD_WELCOME_LAYOUT.fields.ring_bytes.offset); }
  set ringBytes(v: number) { this.buf.writeUInt32LE(v, this.at + FWD_WELCOME_LAYOUT.fields.ring_bytes.offset); }
  /** FEATURE_* the executor offers */
  get features(): number { return this.buf.readUInt32LE(this.at + FWD_WELCOME_LAYOUT.fields.features.offset); }
  set features(v: number) { this.buf.writeUInt32LE(v, this.at + FWD_WELCOME_LAYOUT.fields.features.offset); }
  /** 0 */
  get reserved(): number { return this.buf.readUInt32LE(this.at + FWD_WELCOME_LAYOUT.fields.reserved.offset); }
  set reserved(v: number) { this.buf.writeUInt32LE(v, this.at + FWD_WELCOME_LAYOUT.fields.reserved.offset); }
}

/**
 * struct quanta_fwd_ring_ctl: One ring's positions, in the shared memory: bytes written and bytes
 * read since the start (each side trusts only its own; the other's is checked to be at most
 * ring_bytes away), on separate cache lines, and whether a side sleeps on the futex of the other's
 * position's low word.
 */
export const FWD_RING_CTL_LAYOUT = {
  name: 'quanta_fwd_ring_ctl',
  size: 128,
  fields: {
    head: { offset: 0, size: 8, dims: [] },
    reader_sleeping: { offset: 8, size: 4, dims: [] },
    pad1: { offset: 12, size: 52, dims: [13] },
    tail: { offset: 64, size: 8, dims: [] },
    writer_sleeping: { offset: 72, size: 4, dims: [] },
    pad2: { offset: 76, size: 52, dims: [13] },
  },
} as const satisfies StructLayout;

/**
 * A view of struct quanta_fwd_ring_ctl at `at` in `buf`: One ring's positions, in the shared
 * memory: bytes written and bytes read since the start (each side trusts only its own; the other's
 * is checked to be at most ring_bytes away), on separate cache lines, and whether a side sleeps on
 * the futex of the other's position's low word.
 */
export class FwdRingCtlView {
  constructor(readonly buf: Buffer, readonly at = 0) {}
  /** bytes the reader has taken */
  get head(): bigint { return this.buf.readBigUInt64LE(this.at + FWD_RING_CTL_LAYOUT.fields.head.offset); }
  set head(v: bigint) { this.buf.writeBigUInt64LE(v, this.at + FWD_RING_CTL_LAYOUT.fields.head.offset); }
  /** 1 while the reader waits on tail's futex */
  get readerSleeping(): number { return this.buf.readUInt32LE(this.at + FWD_RING_CTL_LAYOUT.fields.reader_sleeping.offset); }
  set readerSleeping(v: number) { this.buf.writeUInt32LE(v, this.at + FWD_RING_CTL_LAYOUT.fields.reader_sleeping.offset); }
  /** bytes the writer has put */
  get tail(): bigint { return this.buf.readBigUInt64LE(this.at + FWD_RING_CTL_LAYOUT.fields.tail.offset); }
  set tail(v: bigint) { this.buf.writeBigUInt64LE(v, this.at + FWD_RING_CTL_LAYOUT.fields.tail.offset); }
  /** 1 while the writer waits on head's futex */
  get writerSleeping(): number { return this.buf.readUInt32LE(this.at + FWD_RING_CTL_LAYOUT.fields.writer_sleeping.offset); }
  set writerSleeping(v: number) { this.buf.writeUInt32LE(v, this.at + FWD_RING_CTL_LAYOUT.fields.writer_sleeping.offset); }
}

/** struct quanta_fwd_reply: A reply's first bytes. */
export const FWD_REPLY_LAYOUT = {
  name: 'quanta_fwd_reply',
  size: 8,
  fields: {
    result: { offset: 0, size: 4, dims: [] },
    async_result: { offset: 4, size: 4, dims: [] },
  },
} as const satisfies StructLayout;

/** A view of struct quanta_fwd_reply at `at` in `buf`: A reply's first bytes. */
export class FwdReplyView {
  constructor(readonly buf: Buffer, readonly at = 0) {}
  /** the call's CUresult */
  get result(): number { return this.buf.readInt32LE(this.at + FWD_REPLY_LAYOUT.fields.result.offset); }
  set result(v: number) { this.buf.writeInt32LE(v, this.at + FWD_REPLY_LAYOUT.fields.result.offset); }
  /** the first error of this thread's asynchronous calls since its previous reply; 0 none */
  get asyncResult(): number { return this.buf.readInt32LE(this.at + FWD_REPLY_LAYOUT.fields.async_result.offset); }
  set asyncResult(v: number) { this.buf.writeInt32LE(v, this.at + FWD_REPLY_LAYOUT.fields.async_result.offset); }
}

/** Every struct above, for the drift test. */
export const WIRE_STRUCTS: readonly StructLayout[] = [SEG_SLOT_LAYOUT, SEG_EXPORT_LAYOUT, SEG_WORK_LAYOUT, SEG_LAYOUT, SCHED_PAGE_LAYOUT, SCHED_URGENT_LAYOUT, FWD_HEADER_LAYOUT, FWD_HELLO_LAYOUT, FWD_WELCOME_LAYOUT, FWD_RING_CTL_LAYOUT, FWD_REPLY_LAYOUT];

/** Every constant above by its C name, for the drift test. */
export const WIRE_CONSTANTS: Readonly<Record<string, number | bigint>> = {
  QUANTA_SEG_MAGIC: SEG.MAGIC,
  QUANTA_SEG_VERSION: SEG.VERSION,
  QUANTA_SEG_MAX_GPUS: SEG.MAX_GPUS,
  QUANTA_SEG_SLOTS: SEG.SLOTS,
  QUANTA_SEG_UUID_LEN: SEG.UUID_LEN,
  QUANTA_SEG_EXPORTS: SEG.EXPORTS,
  QUANTA_SCHED_MAGIC: SCHED.MAGIC,
  QUANTA_SCHED_VERSION: SCHED.VERSION,
  QUANTA_SCHED_PAGE_SIZE: SCHED.PAGE_SIZE,
  QUANTA_SCHED_FILE_SIZE: SCHED.FILE_SIZE,
  QUANTA_SCHED_URGENT_NS: SCHED.URGENT_NS,
  QUANTA_SCHED_URGENT_MAX_NS: SCHED.URGENT_MAX_NS,
  QUANTA_SCHED_STALE_NS: SCHED.STALE_NS,
  QUANTA_FWD_MAGIC: FWD.MAGIC,
  QUANTA_FWD_VERSION: FWD.VERSION,
  QUANTA_FWD_MAX_PAYLOAD: FWD.MAX_PAYLOAD,
  QUANTA_FWD_CHUNK: FWD.CHUNK,
  QUANTA_FWD_STREAM_CHUNK: FWD.STREAM_CHUNK,
  QUANTA_FWD_STREAM_PIECE: FWD.STREAM_PIECE,
  QUANTA_FWD_STREAM_MIN: FWD.STREAM_MIN,
  QUANTA_FWD_TRANSPORT_SOCKET: FWD.TRANSPORT_SOCKET,
  QUANTA_FWD_TRANSPORT_SHM: FWD.TRANSPORT_SHM,
  QUANTA_FWD_RING_BYTES: FWD.RING_BYTES,
  QUANTA_FWD_RING_DATA_OFFSET: FWD.RING_DATA_OFFSET,
  QUANTA_FWD_TOKEN_LEN: FWD.TOKEN_LEN,
  QUANTA_FWD_KIND_HELLO: FWD.KIND_HELLO,
  QUANTA_FWD_KIND_WELCOME: FWD.KIND_WELCOME,
  QUANTA_FWD_KIND_REFUSED: FWD.KIND_REFUSED,
  QUANTA_FWD_KIND_CALL: FWD.KIND_CALL,
  QUANTA_FWD_KIND_REPLY: FWD.KIND_REPLY,
  QUANTA_FWD_KIND_STREAM: FWD.KIND_STREAM,
  QUANTA_FWD_FLAG_ASYNC: FWD.FLAG_ASYNC,
  QUANTA_FWD_FLAG_NVML: FWD.FLAG_NVML,
  QUANTA_FWD_FLAG_STREAM: FWD.FLAG_STREAM,
  QUANTA_FWD_PRIORITY_DEFAULT: FWD.PRIORITY_DEFAULT,
  QUANTA_FWD_PRIORITY_HIGH: FWD.PRIORITY_HIGH,
  QUANTA_FWD_PRIORITY_NORMAL: FWD.PRIORITY_NORMAL,
  QUANTA_FWD_PRIORITY_LOW: FWD.PRIORITY_LOW,
  QUANTA_FWD_FEATURE_MODULE_CACHE: FWD.FEATURE_MODULE_CACHE,
  QUANTA_FWD_IMAGE_INLINE: FWD.IMAGE_INLINE,
  QUANTA_FWD_IMAGE_NAMED: FWD.IMAGE_NAMED,
  QUANTA_FWD_IMAGE_NAMED_MIN: FWD.IMAGE_NAMED_MIN,
  QUANTA_FWD_RESULT_IMAGE_NEEDED: FWD.RESULT_IMAGE_NEEDED,
};
