/*
 * vgpu_segment.h - one vGPU's memory accounting, shared by its processes.
 *
 * A file (created by the daemon, mapped by every interposer of the vGPU) holding the
 * quota of each GPU slice and one slot per member process with what it holds. An
 * allocation reserves here without talking to the daemon: take the lock, sum the live
 * slots, compare with the quota, add to one's own slot. The layout is described once, in
 * api/wire/segment.json, and generated for C (native/gen/quanta_wire.h) and for the
 * daemon's TypeScript (src/gen/layout.ts, used by src/daemon/segment.ts): change it there,
 * with a new version, and run `npm run gen -- emit`.
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

#include "quanta_wire.h" /* the layout: struct quanta_seg and QUANTA_SEG_*, from api/wire/segment.json */

/* Maps the segment open as `fd` (read-write; the caller keeps and closes fd). Returns 0
 * and sets *out, or a negative errno (-EINVAL if it is not a whole segment of this
 * version). */
int quanta__seg_map(int fd, struct quanta_seg **out);

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
