/*
 * vgpu_segment.h - one vGPU's memory accounting, shared by its processes.
 *
 * A file (created by the daemon, mapped by every interposer of the vGPU) holding the
 * quota of each GPU slice and one slot per member process with what it holds. An
 * allocation reserves here without talking to the daemon: take the lock, sum the live
 * slots, compare with the quota, add to one's own slot. The layout is shared with
 * src/daemon/segment.ts (TypeScript reads and writes the same offsets); change both,
 * and the version, together.
 *
 * Writers: the daemon writes the header (quotas, under the `generation` sequence count:
 * odd while it writes); each process writes only its own slot, and adds to the vGPU's
 * GPU-time report (`work`), which the daemon's scheduler reads. The lock word holds the
 * owner's pid, so a waiter can take it over from a process that died holding it.
 */
#ifndef QUANTA_VGPU_SEGMENT_H
#define QUANTA_VGPU_SEGMENT_H

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#define QUANTA_SEG_MAGIC 0x4745535550475651ull /* "QVGPUSEG" little-endian */
#define QUANTA_SEG_VERSION 3u
#define QUANTA_SEG_MAX_GPUS 16
#define QUANTA_SEG_SLOTS 256
#define QUANTA_SEG_UUID_LEN 48
#define QUANTA_SEG_EXPORTS 512

struct quanta_seg_slot {
    int32_t pid;                               /* 0: free */
    uint32_t reserved;
    uint64_t start_time;                       /* /proc/<pid>/stat starttime: tells a reused pid */
    uint64_t used[QUANTA_SEG_MAX_GPUS];        /* bytes held on each GPU slice */
    uint64_t pad[6];
};

/* An IPC memory handle exported by a member process (so that a member importing it
 * knows the memory is already counted in this vGPU). */
struct quanta_seg_export {
    uint64_t key;                              /* hash of the handle's bytes; 0: free */
    int32_t pid;                               /* the exporter */
    uint32_t pad;
};

/* What the vGPU's processes report to the GPU-time scheduler, per GPU slice (one cache
 * line each: processes of one vGPU on different GPUs do not share it). */
struct quanta_seg_work {
    uint64_t gpu_ns;                           /* GPU time measured by events, cumulative */
    uint64_t want_ns;                          /* CLOCK_MONOTONIC when a process last had work
                                                  for the GPU (launching, or waiting to) */
    int64_t inflight;                          /* measured events queued and not yet seen
                                                  complete: 0 once its gated work drained */
    uint64_t event_ns;                         /* GPU time of one measured event (one launch),
                                                  recent average: how long a queue takes to
                                                  drain (0: not known; older interposers) */
    uint64_t pad[4];
};

struct quanta_seg {
    uint64_t magic;
    uint32_t version;
    uint32_t gpu_count;
    uint32_t lock;                             /* owner pid, 0 when free */
    uint32_t slots_high;                       /* every taken slot is below this (joins raise
                                                  it): sums stop here. Beside the lock, so a
                                                  reservation touches one header line */
    uint64_t generation;                       /* even: quotas stable; odd: being written */
    uint64_t quota[QUANTA_SEG_MAX_GPUS];
    char gpu_uuid[QUANTA_SEG_MAX_GPUS][QUANTA_SEG_UUID_LEN];
    uint32_t export_turn;                      /* next export entry to overwrite when full */
    uint8_t pad1[1024 - 160 - QUANTA_SEG_MAX_GPUS * QUANTA_SEG_UUID_LEN - 4];
    struct quanta_seg_slot slots[QUANTA_SEG_SLOTS];
    struct quanta_seg_export exports[QUANTA_SEG_EXPORTS]; /* written under the lock */
    uint64_t context_bytes[QUANTA_SEG_MAX_GPUS];   /* what one context costs on each GPU (daemon) */
    uint64_t sched_id;                         /* this vGPU in the GPUs' schedule pages (daemon) */
    uint64_t pad2[7];
    struct quanta_seg_work work[QUANTA_SEG_MAX_GPUS]; /* written by member processes */
};

_Static_assert(sizeof(struct quanta_seg_slot) == 192, "slot layout is shared with TypeScript");
_Static_assert(offsetof(struct quanta_seg, quota) == 32, "header layout is shared with TypeScript");
_Static_assert(offsetof(struct quanta_seg, gpu_uuid) == 160, "header layout is shared with TypeScript");
_Static_assert(offsetof(struct quanta_seg, slots) == 1024, "header layout is shared with TypeScript");
_Static_assert(offsetof(struct quanta_seg, context_bytes) == 1024 + 256 * 192 + 512 * 16, "shared with TypeScript");
_Static_assert(offsetof(struct quanta_seg, sched_id) == 1024 + 256 * 192 + 512 * 16 + 16 * 8, "shared with TypeScript");
_Static_assert(offsetof(struct quanta_seg, work) == 1024 + 256 * 192 + 512 * 16 + 16 * 8 + 64, "shared with TypeScript");
_Static_assert(sizeof(struct quanta_seg) == 1024 + 256 * 192 + 512 * 16 + 16 * 8 + 64 + 16 * 64, "size is shared with TypeScript");

/* Maps the segment file at `path` read-write. Returns 0 and sets *out, or a negative
 * errno (-EINVAL if it is not a segment of this version). */
int quanta__seg_open(const char *path, struct quanta_seg **out);

/* Unmaps a segment from quanta__seg_open. */
void quanta__seg_close(struct quanta_seg *seg);

/* Takes a slot for process `pid` (reusing its own if it has one). Returns the slot
 * index, or -ENOSPC when every slot belongs to a live process. */
int quanta__seg_join(struct quanta_seg *seg, pid_t pid);

/* Reserves `bytes` on GPU slice `gpu` for slot `slot`. Returns 0, -ENOMEM if that would
 * take the vGPU past its quota (nothing is changed), or -EINVAL for a bad slot/gpu. */
int quanta__seg_reserve(struct quanta_seg *seg, int slot, int gpu, uint64_t bytes);

/* Adds `bytes` to slot `slot` on `gpu` without checking the quota: for memory the driver
 * has already handed out (a pool growing by more than was asked). */
void quanta__seg_charge(struct quanta_seg *seg, int slot, int gpu, uint64_t bytes);

/* Gives back up to `bytes` on `gpu` from slot `slot` (never below what it holds). */
void quanta__seg_release(struct quanta_seg *seg, int slot, int gpu, uint64_t bytes);

/* Records that live process `pid` exported an IPC memory handle hashing to `key`
 * (non-zero). When the table is full, entries of dead exporters go first, then the
 * oldest. */
void quanta__seg_export(struct quanta_seg *seg, pid_t pid, uint64_t key);

/* Whether a live process of this vGPU exported the handle hashing to `key`. */
int quanta__seg_exported(struct quanta_seg *seg, uint64_t key);

/* What one CUDA context costs on GPU slice `gpu` (0 if the daemon could not measure it). */
uint64_t quanta__seg_context_bytes(struct quanta_seg *seg, int gpu);

/* Adds `ns` of measured GPU time to the vGPU's report on `gpu`. */
void quanta__seg_add_gpu_time(struct quanta_seg *seg, int gpu, uint64_t ns);

/* Records that a process of the vGPU has work for `gpu` at CLOCK_MONOTONIC `now_ns`. */
void quanta__seg_want(struct quanta_seg *seg, int gpu, uint64_t now_ns);

/* Counts measured events in flight on `gpu` (delta +1 recorded, -1 seen complete);
 * returns the vGPU's count after the change. */
int64_t quanta__seg_inflight(struct quanta_seg *seg, int gpu, int64_t delta);

/* Publishes the recent GPU time of one measured event on `gpu` (see work.event_ns). */
void quanta__seg_event_ns(struct quanta_seg *seg, int gpu, uint64_t ns);

/* The vGPU's id in the schedule pages (0 before the daemon set it). */
uint64_t quanta__seg_sched_id(struct quanta_seg *seg);

/* The vGPU's quota on `gpu` and what its live processes hold there. */
void quanta__seg_usage(struct quanta_seg *seg, int gpu, uint64_t *quota, uint64_t *used);

#endif
