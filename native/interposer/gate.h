/*
 * gate.h - GPU-time gating, as the generated wrappers of GPU work use it (gate.c).
 */
#ifndef QUANTA_GATE_H
#define QUANTA_GATE_H

#include <stdint.h>

#include "quanta_cuda_api.h"
#include "vgpu_segment.h"

/* Points at a word that is non-zero while nothing on this process's GPU is gated (the
 * schedule page's `open`, or a constant): the wrappers' whole cost when ungated. */
extern const volatile uint32_t *quanta__gate_open;

/* Launches this thread may still make on open GPUs before one is sampled (its end marked
 * with an event, so that even ungated work keeps a bounded queue: when a second tenant
 * arrives, what the first has queued drains in milliseconds, not seconds). */
extern __thread uint32_t quanta__work_countdown __attribute__((tls_model("initial-exec")));

/* Gate-only calls (synchronous): nothing to do while the GPU is open. */
static inline __attribute__((always_inline)) int quanta__work_ungated(void)
{
    return __atomic_load_n(quanta__gate_open, __ATOMIC_RELAXED) != 0;
}

/* Stream work: the same, except for every so many launches (the sample). */
static inline __attribute__((always_inline)) int quanta__stream_work_ungated(void)
{
    return __atomic_load_n(quanta__gate_open, __ATOMIC_RELAXED) != 0 && --quanta__work_countdown != 0;
}

/* The driver's handle of the calling thread's default stream (cuda.h's
 * CU_STREAM_PER_THREAD): what a per-thread (_ptsz) entry point's NULL stream means. */
#define QUANTA__STREAM_PER_THREAD ((CUstream)0x2)

/* How a call puts work on the GPU. */
enum quanta__work_kind {
    QUANTA__WORK_STREAM = 0, /* queued on a stream: gated, its GPU time measured and bounded */
    QUANTA__WORK_GATE = 1    /* synchronous, or on no single stream: gated only */
};

/* One call's passage through the gate. */
struct quanta__work {
    struct quanta__ring *ring; /* where its end event goes; NULL if none */
    int measured;              /* gated work: its GPU time counts (else a queue sample) */
    int standing;              /* of the vGPU with the standing grant (see sched_page.h) */
    uint32_t launches;         /* a sample: launches since the thread's previous one */
};

/* Before the call: waits until this vGPU holds the GPU (or the GPU is open, or its
 * schedule is stale) and, for stream work, until the stream's queue is short enough.
 * Never fails: at worst the work goes through ungated. */
void quanta__work_begin(struct quanta__work *w, CUstream stream, enum quanta__work_kind kind);

/* After the call: records the end of its GPU work (when the call succeeded). */
void quanta__work_end(struct quanta__work *w, CUresult rc);

/* Before a call that waits for the GPU (cuCtxSynchronize and kin): marks the end of the
 * launches not yet marked on the calling thread's context (gate.c marks sparsely), so
 * that the daemon sees them done and the others hold back until they finish. */
void quanta__work_syncing(void);

/* After a call that waited for the GPU (cuCtxSynchronize and kin): reports what
 * completed, so that the daemon sees the queue drained. */
void quanta__work_synced(void);

/* Called by vgpu_conn.c once registered: maps the schedule page of each GPU slice (UUIDs in
 * slice order) from `dir`, and starts gating. `only_slice`: every context is on slice 0. */
void quanta__gate_attach(const char *dir, struct quanta_seg *seg, int slices,
                          const char (*uuids)[QUANTA_SEG_UUID_LEN], int only_slice);

/* In a forked child: events and streams belong to the parent. */
void quanta__gate_forget_in_child(void);

#endif
