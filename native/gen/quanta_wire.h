/* Generated from api/wire/segment.json, api/wire/sched-page.json, api/wire/forward.json by tools/gen (npm run gen -- emit). Do not edit. */
/*
 * The layouts of the memory Quanta's processes and its daemon share. TypeScript reads and writes
 * the same offsets (src/gen/layout.ts, from the same descriptions); every offset is asserted here,
 * and native/test/wire_layout.c prints them for test/wire.test.ts to compare with TypeScript's.
 */

#ifndef QUANTA_WIRE_H
#define QUANTA_WIRE_H

#include <stddef.h>
#include <stdint.h>

/* ---- api/wire/segment.json ---- */
/*
 * One vGPU's accounting in shared memory: the quota and context cost of each GPU slice (written by
 * the daemon), one slot per member process (written by that process), the IPC handles members
 * exported, and each slice's GPU-time report (written by members, read by the scheduler). How it
 * is used and locked: native/common/vgpu_segment.h. Any change of layout needs a new VERSION.
 */

#define QUANTA_SEG_MAGIC 0x4745535550475651ull /* "QVGPUSEG" little-endian */
#define QUANTA_SEG_VERSION 3u
#define QUANTA_SEG_MAX_GPUS 16 /* GPU slices of one vGPU, at most */
#define QUANTA_SEG_SLOTS 256 /* member processes at once, at most */
#define QUANTA_SEG_UUID_LEN 48 /* bytes of a GPU UUID, its NUL included */
#define QUANTA_SEG_EXPORTS 512 /* IPC memory handles remembered */

/* What one member process holds. */
struct quanta_seg_slot {
    int32_t pid; /* 0: free */
    uint32_t reserved;
    uint64_t start_time; /* /proc/<pid>/stat starttime: tells a reused pid */
    uint64_t used[QUANTA_SEG_MAX_GPUS]; /* bytes held on each GPU slice */
    uint64_t pad[6];
};
_Static_assert(sizeof(struct quanta_seg_slot) == 192, "api/wire/segment.json");
_Static_assert(offsetof(struct quanta_seg_slot, pid) == 0, "api/wire/segment.json");
_Static_assert(offsetof(struct quanta_seg_slot, reserved) == 4, "api/wire/segment.json");
_Static_assert(offsetof(struct quanta_seg_slot, start_time) == 8, "api/wire/segment.json");
_Static_assert(offsetof(struct quanta_seg_slot, used) == 16, "api/wire/segment.json");
_Static_assert(offsetof(struct quanta_seg_slot, pad) == 144, "api/wire/segment.json");

/*
 * An IPC memory handle exported by a member process (so that a member importing it knows the
 * memory is already counted in this vGPU).
 */
struct quanta_seg_export {
    uint64_t key; /* hash of the handle's bytes; 0: free */
    int32_t pid; /* the exporter */
    uint32_t pad;
};
_Static_assert(sizeof(struct quanta_seg_export) == 16, "api/wire/segment.json");
_Static_assert(offsetof(struct quanta_seg_export, key) == 0, "api/wire/segment.json");
_Static_assert(offsetof(struct quanta_seg_export, pid) == 8, "api/wire/segment.json");
_Static_assert(offsetof(struct quanta_seg_export, pad) == 12, "api/wire/segment.json");

/*
 * What the vGPU's processes report to the GPU-time scheduler, per GPU slice (one cache line each:
 * processes of one vGPU on different GPUs do not share it).
 */
struct quanta_seg_work {
    uint64_t gpu_ns; /* GPU time measured by events, cumulative */
    /* CLOCK_MONOTONIC when a process last had work for the GPU (launching, or waiting to) */
    uint64_t want_ns;
    /* measured events queued and not yet seen complete: 0 once its gated work drained */
    int64_t inflight;
    /*
     * GPU time of one measured event (one launch), recent average: how long a queue takes to drain
     * (0: not known; older interposers)
     */
    uint64_t event_ns;
    uint64_t pad[4];
};
_Static_assert(sizeof(struct quanta_seg_work) == 64, "api/wire/segment.json");
_Static_assert(offsetof(struct quanta_seg_work, gpu_ns) == 0, "api/wire/segment.json");
_Static_assert(offsetof(struct quanta_seg_work, want_ns) == 8, "api/wire/segment.json");
_Static_assert(offsetof(struct quanta_seg_work, inflight) == 16, "api/wire/segment.json");
_Static_assert(offsetof(struct quanta_seg_work, event_ns) == 24, "api/wire/segment.json");
_Static_assert(offsetof(struct quanta_seg_work, pad) == 32, "api/wire/segment.json");

/*
 * The segment file: a header line, the slots, the exports, the daemon's figures, the GPU-time
 * reports.
 */
struct quanta_seg {
    uint64_t magic; /* QUANTA_SEG_MAGIC */
    uint32_t version; /* QUANTA_SEG_VERSION */
    uint32_t gpu_count; /* GPU slices in use (<= MAX_GPUS) */
    uint32_t lock; /* owner pid, 0 when free */
    /*
     * every taken slot is below this (joins raise it): sums stop here. Beside the lock, so a
     * reservation touches one header line
     */
    uint32_t slots_high;
    uint64_t generation; /* even: quotas stable; odd: being written (by the daemon) */
    uint64_t quota[QUANTA_SEG_MAX_GPUS]; /* bytes the vGPU may hold on each slice (daemon) */
    /* each slice's GPU, NUL-terminated (daemon) */
    char gpu_uuid[QUANTA_SEG_MAX_GPUS][QUANTA_SEG_UUID_LEN];
    uint32_t export_turn; /* next export entry to overwrite when full */
    uint8_t pad1[92]; /* to offset 1024 */
    struct quanta_seg_slot slots[QUANTA_SEG_SLOTS];
    struct quanta_seg_export exports[QUANTA_SEG_EXPORTS]; /* written under the lock */
    uint64_t context_bytes[QUANTA_SEG_MAX_GPUS]; /* what one context costs on each GPU (daemon) */
    uint64_t sched_id; /* this vGPU in the GPUs' schedule pages (daemon) */
    uint64_t pad2[7];
    struct quanta_seg_work work[QUANTA_SEG_MAX_GPUS]; /* written by member processes */
};
_Static_assert(sizeof(struct quanta_seg) == 59584, "api/wire/segment.json");
_Static_assert(offsetof(struct quanta_seg, magic) == 0, "api/wire/segment.json");
_Static_assert(offsetof(struct quanta_seg, version) == 8, "api/wire/segment.json");
_Static_assert(offsetof(struct quanta_seg, gpu_count) == 12, "api/wire/segment.json");
_Static_assert(offsetof(struct quanta_seg, lock) == 16, "api/wire/segment.json");
_Static_assert(offsetof(struct quanta_seg, slots_high) == 20, "api/wire/segment.json");
_Static_assert(offsetof(struct quanta_seg, generation) == 24, "api/wire/segment.json");
_Static_assert(offsetof(struct quanta_seg, quota) == 32, "api/wire/segment.json");
_Static_assert(offsetof(struct quanta_seg, gpu_uuid) == 160, "api/wire/segment.json");
_Static_assert(offsetof(struct quanta_seg, export_turn) == 928, "api/wire/segment.json");
_Static_assert(offsetof(struct quanta_seg, pad1) == 932, "api/wire/segment.json");
_Static_assert(offsetof(struct quanta_seg, slots) == 1024, "api/wire/segment.json");
_Static_assert(offsetof(struct quanta_seg, exports) == 50176, "api/wire/segment.json");
_Static_assert(offsetof(struct quanta_seg, context_bytes) == 58368, "api/wire/segment.json");
_Static_assert(offsetof(struct quanta_seg, sched_id) == 58496, "api/wire/segment.json");
_Static_assert(offsetof(struct quanta_seg, pad2) == 58504, "api/wire/segment.json");
_Static_assert(offsetof(struct quanta_seg, work) == 58560, "api/wire/segment.json");

/* ---- api/wire/sched-page.json ---- */
/*
 * One physical GPU's schedule as the daemon publishes it: its page (written only by the daemon,
 * mapped read-only by interposers), then the page the standing vGPU stamps (written by
 * interposers). How it is used: native/common/sched_page.h. Any change of layout needs a new
 * VERSION.
 */

#define QUANTA_SCHED_MAGIC 0x47504843535451ull /* "QTSCHPG" little-endian */
#define QUANTA_SCHED_VERSION 2u
#define QUANTA_SCHED_PAGE_SIZE 4096 /* the daemon's page; the urgent page follows it */
#define QUANTA_SCHED_FILE_SIZE 8192 /* both pages */
#define QUANTA_SCHED_URGENT_NS 1000000ull /* others hold back this long after the standing vGPU's last launch (the daemon's PENDING_HIGH_NS for the high class is this, so the two agree whichever acts first) */
#define QUANTA_SCHED_URGENT_MAX_NS 5000000ull /* and while it has launches in flight, up to this long after it (a killed one's count never drops) */
#define QUANTA_SCHED_STALE_NS 100000000ull /* two slices of 10 ms and a margin: past this without a beat, the daemon is gone and the page counts as open */

/* The daemon's page, at offset 0. */
struct quanta_sched_page {
    uint64_t magic; /* QUANTA_SCHED_MAGIC */
    uint32_t version; /* QUANTA_SCHED_VERSION */
    uint32_t open; /* 1: nothing is gated on this GPU */
    uint64_t holder; /* sched_id of the vGPU holding the GPU; 0: nobody */
    uint64_t beat_ns; /* CLOCK_MONOTONIC of the daemon's last write */
    uint64_t grant_until_ns; /* when the holder's grant ends (informational) */
    uint64_t standing; /* sched_id of a vGPU that may always run; 0: none */
};
_Static_assert(sizeof(struct quanta_sched_page) == 48, "api/wire/sched-page.json");
_Static_assert(offsetof(struct quanta_sched_page, magic) == 0, "api/wire/sched-page.json");
_Static_assert(offsetof(struct quanta_sched_page, version) == 8, "api/wire/sched-page.json");
_Static_assert(offsetof(struct quanta_sched_page, open) == 12, "api/wire/sched-page.json");
_Static_assert(offsetof(struct quanta_sched_page, holder) == 16, "api/wire/sched-page.json");
_Static_assert(offsetof(struct quanta_sched_page, beat_ns) == 24, "api/wire/sched-page.json");
_Static_assert(offsetof(struct quanta_sched_page, grant_until_ns) == 32, "api/wire/sched-page.json");
_Static_assert(offsetof(struct quanta_sched_page, standing) == 40, "api/wire/sched-page.json");

/* At PAGE_SIZE in the file, mapped writable by interposers. */
struct quanta_sched_urgent {
    uint64_t launch_ns; /* CLOCK_MONOTONIC of the standing vGPU's last launch */
    int64_t inflight; /* its launches queued and not yet seen complete */
};
_Static_assert(sizeof(struct quanta_sched_urgent) == 16, "api/wire/sched-page.json");
_Static_assert(offsetof(struct quanta_sched_urgent, launch_ns) == 0, "api/wire/sched-page.json");
_Static_assert(offsetof(struct quanta_sched_urgent, inflight) == 8, "api/wire/sched-page.json");

/* ---- api/wire/forward.json ---- */
/*
 * API forwarding's frames (docs/design/forwarding.md): every frame is this header, then `length`
 * bytes of payload, little-endian. A hello is the first frame a client sends; the executor answers
 * welcome or refused and then serves calls. How frames are read and checked:
 * native/forward/fwd_frame.h. Any change of layout or meaning needs a new VERSION.
 */

#define QUANTA_FWD_MAGIC 0x44574651u /* "QFWD" little-endian, the first bytes of a hello */
#define QUANTA_FWD_VERSION 5u /* 2: the hello names a transport, the welcome may bring shared-memory rings; 3: streamed copies into the program's memory (KIND_STREAM); 4: the module cache (welcome.features, IMAGE_NAMED, RESULT_IMAGE_NEEDED); 5: the hello asks for a vGPU (gpu, memory, share, weight, priority) */
#define QUANTA_FWD_MAX_PAYLOAD 67108864 /* 64 MiB: a longer frame ends the connection; larger copies are split */
#define QUANTA_FWD_CHUNK 8388608 /* 8 MiB: a copy from the program's memory of more than 1 MiB is sent as calls of a quarter of it, at least 256 KiB and at most this many bytes (entries with split in api/forward/cuda-driver.json), so that the client copies one while the executor hands the last to the driver */
#define QUANTA_FWD_STREAM_CHUNK 33554432 /* 32 MiB: a copy into the program's memory larger than this is sent as calls of at most this many bytes, each answered by KIND_STREAM */
#define QUANTA_FWD_STREAM_PIECE 2097152 /* 2 MiB: a streamed output goes out in pieces of at most this many bytes (a quarter of it, at least 64 KiB) as the executor copies them, so the client copies one piece while the executor copies the next */
#define QUANTA_FWD_STREAM_MIN 262144 /* 256 KiB: a smaller output comes back in an ordinary reply */
#define QUANTA_FWD_TRANSPORT_SOCKET 0 /* hello.transport: frames on the connection itself (TCP or a Unix socket) */
#define QUANTA_FWD_TRANSPORT_SHM 1 /* hello.transport: frames through two shared-memory rings the welcome brings (a Unix socket only; the socket then only tells that the peer lives) */
#define QUANTA_FWD_RING_BYTES 33554432 /* 32 MiB: each ring's data, a power of two */
#define QUANTA_FWD_RING_DATA_OFFSET 4096 /* where the client-to-executor ring's data starts in the shared memory; the executor-to-client ring's follows it */
#define QUANTA_FWD_TOKEN_LEN 64 /* bytes of the session token field, its NUL included */
#define QUANTA_FWD_KIND_HELLO 1 /* client: fwd_hello */
#define QUANTA_FWD_KIND_WELCOME 2 /* executor: fwd_welcome */
#define QUANTA_FWD_KIND_REFUSED 3 /* executor: a reason (text), then it closes */
#define QUANTA_FWD_KIND_CALL 4 /* client: u32 function index (api/cuda-driver.json order), then the arguments as api/forward/cuda-driver.json lays them out; a reply follows unless FLAG_ASYNC */
#define QUANTA_FWD_KIND_REPLY 5 /* executor: fwd_reply, then the call's out buffers */
#define QUANTA_FWD_KIND_STREAM 6 /* executor: the reply to a call with FLAG_STREAM whose output is at least STREAM_MIN bytes: u64 n, the n bytes of its one output, then fwd_reply (length: 8 + n + 8) */
#define QUANTA_FWD_FLAG_ASYNC 1 /* a call with no reply: its error, if any, comes with the next reply */
#define QUANTA_FWD_FLAG_NVML 2 /* an NVML call: the index is api/nvml.json's, the reply's result an nvmlReturn_t and its async_result 0 */
#define QUANTA_FWD_FLAG_STREAM 4 /* a copy into the program's memory (split entries with an out buffer): its reply may be KIND_STREAM */
#define QUANTA_FWD_PRIORITY_DEFAULT 0 /* hello.priority: none asked (the server's) */
#define QUANTA_FWD_PRIORITY_HIGH 1 /* hello.priority: high */
#define QUANTA_FWD_PRIORITY_NORMAL 2 /* hello.priority: normal */
#define QUANTA_FWD_PRIORITY_LOW 3 /* hello.priority: low */
#define QUANTA_FWD_FEATURE_MODULE_CACHE 1 /* welcome.features: the executor keeps module images by their SHA-256, so a call may name an image instead of carrying it (IMAGE_NAMED) */
#define QUANTA_FWD_IMAGE_INLINE 1 /* an image argument's first byte (0: NULL): a u64 length and the image's bytes follow */
#define QUANTA_FWD_IMAGE_NAMED 2 /* an image argument's first byte: a u64 length and the image's SHA-256 (32 bytes) follow; only to an executor with FEATURE_MODULE_CACHE, for images of at least IMAGE_NAMED_MIN bytes */
#define QUANTA_FWD_IMAGE_NAMED_MIN 65536 /* 64 KiB: smaller images always go inline (naming them saves little) */
#define QUANTA_FWD_RESULT_IMAGE_NEEDED 1363542017 /* 0x51460001, a reply's result that is no CUresult: the call named an image the executor does not have; the client sends the call again with the image inline */

/* Every frame's first 16 bytes. */
struct quanta_fwd_header {
    uint32_t length; /* payload bytes after the header, at most MAX_PAYLOAD */
    uint32_t kind; /* KIND_* */
    uint32_t flags; /* FLAG_* */
    /* the client thread the call is of (its calls run in order, with its current context) */
    uint32_t thread;
};
_Static_assert(sizeof(struct quanta_fwd_header) == 16, "api/wire/forward.json");
_Static_assert(offsetof(struct quanta_fwd_header, length) == 0, "api/wire/forward.json");
_Static_assert(offsetof(struct quanta_fwd_header, kind) == 4, "api/wire/forward.json");
_Static_assert(offsetof(struct quanta_fwd_header, flags) == 8, "api/wire/forward.json");
_Static_assert(offsetof(struct quanta_fwd_header, thread) == 12, "api/wire/forward.json");

/*
 * The client's first payload. quanta serve reads it (the token, and the vGPU the session asks for)
 * before it starts the session's executor, which gets it from quanta serve.
 */
struct quanta_fwd_hello {
    uint32_t magic; /* MAGIC */
    uint32_t version; /* VERSION */
    uint32_t pid; /* the client process, for logs and quanta ps */
    uint32_t transport; /* TRANSPORT_* */
    char token[QUANTA_FWD_TOKEN_LEN]; /* the session's secret */
    /* the GPU the session asks for (its index on the server); -1: the server places it */
    int32_t gpu;
    uint32_t priority; /* PRIORITY_*: the class it asks for */
    uint64_t memory; /* the memory quota it asks for, in bytes; 0: the server's default */
    uint32_t share_ppm; /* the fixed share it asks for, in millionths of the GPU; 0: none asked */
    uint32_t weight_milli; /* the weight it asks for, in thousandths; 0: none asked */
};
_Static_assert(sizeof(struct quanta_fwd_hello) == 104, "api/wire/forward.json");
_Static_assert(offsetof(struct quanta_fwd_hello, magic) == 0, "api/wire/forward.json");
_Static_assert(offsetof(struct quanta_fwd_hello, version) == 4, "api/wire/forward.json");
_Static_assert(offsetof(struct quanta_fwd_hello, pid) == 8, "api/wire/forward.json");
_Static_assert(offsetof(struct quanta_fwd_hello, transport) == 12, "api/wire/forward.json");
_Static_assert(offsetof(struct quanta_fwd_hello, token) == 16, "api/wire/forward.json");
_Static_assert(offsetof(struct quanta_fwd_hello, gpu) == 80, "api/wire/forward.json");
_Static_assert(offsetof(struct quanta_fwd_hello, priority) == 84, "api/wire/forward.json");
_Static_assert(offsetof(struct quanta_fwd_hello, memory) == 88, "api/wire/forward.json");
_Static_assert(offsetof(struct quanta_fwd_hello, share_ppm) == 96, "api/wire/forward.json");
_Static_assert(offsetof(struct quanta_fwd_hello, weight_milli) == 100, "api/wire/forward.json");

/* The executor's answer to a hello it accepts. */
struct quanta_fwd_welcome {
    uint32_t version; /* VERSION */
    int32_t driver_version; /* cuDriverGetVersion on the GPU host */
    uint32_t pid; /* the executor process */
    /*
     * TRANSPORT_SHM: each ring's data bytes; the welcome frame carries the shared memory
     * (SCM_RIGHTS): at 0 the client-to-executor ring's fwd_ring_ctl, at 128 the other's, then the
     * data at RING_DATA_OFFSET. 0 otherwise
     */
    uint32_t ring_bytes;
    uint32_t features; /* FEATURE_* the executor offers */
    uint32_t reserved; /* 0 */
};
_Static_assert(sizeof(struct quanta_fwd_welcome) == 24, "api/wire/forward.json");
_Static_assert(offsetof(struct quanta_fwd_welcome, version) == 0, "api/wire/forward.json");
_Static_assert(offsetof(struct quanta_fwd_welcome, driver_version) == 4, "api/wire/forward.json");
_Static_assert(offsetof(struct quanta_fwd_welcome, pid) == 8, "api/wire/forward.json");
_Static_assert(offsetof(struct quanta_fwd_welcome, ring_bytes) == 12, "api/wire/forward.json");
_Static_assert(offsetof(struct quanta_fwd_welcome, features) == 16, "api/wire/forward.json");
_Static_assert(offsetof(struct quanta_fwd_welcome, reserved) == 20, "api/wire/forward.json");

/*
 * One ring's positions, in the shared memory: bytes written and bytes read since the start (each
 * side trusts only its own; the other's is checked to be at most ring_bytes away), on separate
 * cache lines, and whether a side sleeps on the futex of the other's position's low word.
 */
struct quanta_fwd_ring_ctl {
    uint64_t head; /* bytes the reader has taken */
    uint32_t reader_sleeping; /* 1 while the reader waits on tail's futex */
    uint32_t pad1[13];
    uint64_t tail; /* bytes the writer has put */
    uint32_t writer_sleeping; /* 1 while the writer waits on head's futex */
    uint32_t pad2[13];
};
_Static_assert(sizeof(struct quanta_fwd_ring_ctl) == 128, "api/wire/forward.json");
_Static_assert(offsetof(struct quanta_fwd_ring_ctl, head) == 0, "api/wire/forward.json");
_Static_assert(offsetof(struct quanta_fwd_ring_ctl, reader_sleeping) == 8, "api/wire/forward.json");
_Static_assert(offsetof(struct quanta_fwd_ring_ctl, pad1) == 12, "api/wire/forward.json");
_Static_assert(offsetof(struct quanta_fwd_ring_ctl, tail) == 64, "api/wire/forward.json");
_Static_assert(offsetof(struct quanta_fwd_ring_ctl, writer_sleeping) == 72, "api/wire/forward.json");
_Static_assert(offsetof(struct quanta_fwd_ring_ctl, pad2) == 76, "api/wire/forward.json");

/* A reply's first bytes. */
struct quanta_fwd_reply {
    int32_t result; /* the call's CUresult */
    /* the first error of this thread's asynchronous calls since its previous reply; 0 none */
    int32_t async_result;
};
_Static_assert(sizeof(struct quanta_fwd_reply) == 8, "api/wire/forward.json");
_Static_assert(offsetof(struct quanta_fwd_reply, result) == 0, "api/wire/forward.json");
_Static_assert(offsetof(struct quanta_fwd_reply, async_result) == 4, "api/wire/forward.json");

/* Every struct, field and constant above, for the drift test (native/test/wire_layout.c). */
#define QUANTA_WIRE_STRUCTS(X) \
    X(quanta_seg_slot) \
    X(quanta_seg_export) \
    X(quanta_seg_work) \
    X(quanta_seg) \
    X(quanta_sched_page) \
    X(quanta_sched_urgent) \
    X(quanta_fwd_header) \
    X(quanta_fwd_hello) \
    X(quanta_fwd_welcome) \
    X(quanta_fwd_ring_ctl) \
    X(quanta_fwd_reply)
#define QUANTA_WIRE_FIELDS(X) \
    X(quanta_seg_slot, pid) \
    X(quanta_seg_slot, reserved) \
    X(quanta_seg_slot, start_time) \
    X(quanta_seg_slot, used) \
    X(quanta_seg_slot, pad) \
    X(quanta_seg_export, key) \
    X(quanta_seg_export, pid) \
    X(quanta_seg_export, pad) \
    X(quanta_seg_work, gpu_ns) \
    X(quanta_seg_work, want_ns) \
    X(quanta_seg_work, inflight) \
    X(quanta_seg_work, event_ns) \
    X(quanta_seg_work, pad) \
    X(quanta_seg, magic) \
    X(quanta_seg, version) \
    X(quanta_seg, gpu_count) \
    X(quanta_seg, lock) \
    X(quanta_seg, slots_high) \
    X(quanta_seg, generation) \
    X(quanta_seg, quota) \
    X(quanta_seg, gpu_uuid) \
    X(quanta_seg, export_turn) \
    X(quanta_seg, pad1) \
    X(quanta_seg, slots) \
    X(quanta_seg, exports) \
    X(quanta_seg, context_bytes) \
    X(quanta_seg, sched_id) \
    X(quanta_seg, pad2) \
    X(quanta_seg, work) \
    X(quanta_sched_page, magic) \
    X(quanta_sched_page, version) \
    X(quanta_sched_page, open) \
    X(quanta_sched_page, holder) \
    X(quanta_sched_page, beat_ns) \
    X(quanta_sched_page, grant_until_ns) \
    X(quanta_sched_page, standing) \
    X(quanta_sched_urgent, launch_ns) \
    X(quanta_sched_urgent, inflight) \
    X(quanta_fwd_header, length) \
    X(quanta_fwd_header, kind) \
    X(quanta_fwd_header, flags) \
    X(quanta_fwd_header, thread) \
    X(quanta_fwd_hello, magic) \
    X(quanta_fwd_hello, version) \
    X(quanta_fwd_hello, pid) \
    X(quanta_fwd_hello, transport) \
    X(quanta_fwd_hello, token) \
    X(quanta_fwd_hello, gpu) \
    X(quanta_fwd_hello, priority) \
    X(quanta_fwd_hello, memory) \
    X(quanta_fwd_hello, share_ppm) \
    X(quanta_fwd_hello, weight_milli) \
    X(quanta_fwd_welcome, version) \
    X(quanta_fwd_welcome, driver_version) \
    X(quanta_fwd_welcome, pid) \
    X(quanta_fwd_welcome, ring_bytes) \
    X(quanta_fwd_welcome, features) \
    X(quanta_fwd_welcome, reserved) \
    X(quanta_fwd_ring_ctl, head) \
    X(quanta_fwd_ring_ctl, reader_sleeping) \
    X(quanta_fwd_ring_ctl, pad1) \
    X(quanta_fwd_ring_ctl, tail) \
    X(quanta_fwd_ring_ctl, writer_sleeping) \
    X(quanta_fwd_ring_ctl, pad2) \
    X(quanta_fwd_reply, result) \
    X(quanta_fwd_reply, async_result)
#define QUANTA_WIRE_CONSTANTS(X) \
    X(QUANTA_SEG_MAGIC) \
    X(QUANTA_SEG_VERSION) \
    X(QUANTA_SEG_MAX_GPUS) \
    X(QUANTA_SEG_SLOTS) \
    X(QUANTA_SEG_UUID_LEN) \
    X(QUANTA_SEG_EXPORTS) \
    X(QUANTA_SCHED_MAGIC) \
    X(QUANTA_SCHED_VERSION) \
    X(QUANTA_SCHED_PAGE_SIZE) \
    X(QUANTA_SCHED_FILE_SIZE) \
    X(QUANTA_SCHED_URGENT_NS) \
    X(QUANTA_SCHED_URGENT_MAX_NS) \
    X(QUANTA_SCHED_STALE_NS) \
    X(QUANTA_FWD_MAGIC) \
    X(QUANTA_FWD_VERSION) \
    X(QUANTA_FWD_MAX_PAYLOAD) \
    X(QUANTA_FWD_CHUNK) \
    X(QUANTA_FWD_STREAM_CHUNK) \
    X(QUANTA_FWD_STREAM_PIECE) \
    X(QUANTA_FWD_STREAM_MIN) \
    X(QUANTA_FWD_TRANSPORT_SOCKET) \
    X(QUANTA_FWD_TRANSPORT_SHM) \
    X(QUANTA_FWD_RING_BYTES) \
    X(QUANTA_FWD_RING_DATA_OFFSET) \
    X(QUANTA_FWD_TOKEN_LEN) \
    X(QUANTA_FWD_KIND_HELLO) \
    X(QUANTA_FWD_KIND_WELCOME) \
    X(QUANTA_FWD_KIND_REFUSED) \
    X(QUANTA_FWD_KIND_CALL) \
    X(QUANTA_FWD_KIND_REPLY) \
    X(QUANTA_FWD_KIND_STREAM) \
    X(QUANTA_FWD_FLAG_ASYNC) \
    X(QUANTA_FWD_FLAG_NVML) \
    X(QUANTA_FWD_FLAG_STREAM) \
    X(QUANTA_FWD_PRIORITY_DEFAULT) \
    X(QUANTA_FWD_PRIORITY_HIGH) \
    X(QUANTA_FWD_PRIORITY_NORMAL) \
    X(QUANTA_FWD_PRIORITY_LOW) \
    X(QUANTA_FWD_FEATURE_MODULE_CACHE) \
    X(QUANTA_FWD_IMAGE_INLINE) \
    X(QUANTA_FWD_IMAGE_NAMED) \
    X(QUANTA_FWD_IMAGE_NAMED_MIN) \
    X(QUANTA_FWD_RESULT_IMAGE_NEEDED)

#endif
