/*
 * vgpu_internal.h - what the four vgpu_*.c files share (the API is vgpu.h).
 *
 * This process's membership in a vGPU is split by job: the environment, the daemon
 * connection and its watcher (vgpu_conn.c), the map from devices to the vGPU's GPU
 * slices (vgpu_slices.c), reservations against the quota with this process's credit
 * (vgpu_quota.c), and the tables that remember what each allocation was charged
 * (vgpu_tables.c). Their common state is one cache-line struct, `quanta__vgpu`: an
 * allocation runs right after the driver's own work has evicted much of the cache, and
 * each line missed costs more than the rest of the hook. The files are built with LTO
 * (native/Makefile), so calls between them inline as they did within one file.
 */
#ifndef QUANTA_VGPU_INTERNAL_H
#define QUANTA_VGPU_INTERNAL_H

#include <sched.h>
#include <stddef.h>
#include <stdint.h>

#include "vgpu.h"
#include "vgpu_segment.h"

/* One allocation: 16 bytes, so that an entry never straddles two cache lines: the size
 * in the high 56 bits (up to 64 PiB), the vGPU slice in the low 8. */
struct quanta__vgpu_alloc {
    uint64_t key;
    uint64_t size_slice;
};

/* An open-addressing table of allocations (vgpu_tables.c). */
struct quanta__vgpu_table {
    struct quanta__vgpu_alloc *slots;
    size_t cap, len;
};

/* What every reservation reads, in one cache line. */
struct quanta__vgpu_hot {
    int in_vgpu;    /* set at load: this process was started in a vGPU */
    int registered; /* 0: not yet, 1: yes, -1: failed (refuse) */
    int slot;       /* our slot in the segment, -1 before registration */
    /* Set at registration when the vGPU has one GPU and the process sees exactly that
     * one: every context is then on slice 0, and a reservation needs no cuCtxGetDevice. */
    int only_slice;
    struct quanta_seg *seg;
    char tables_busy;                  /* the allocation tables' spinlock; also guards `credit` */
    struct quanta__vgpu_table pointers; /* device pointer -> size and slice */
    uint64_t credit;                   /* reserved in the segment, not yet handed out (vgpu_quota.c) */
} __attribute__((aligned(64)));
_Static_assert(sizeof(struct quanta__vgpu_hot) <= 64, "the hot state must fit one cache line");

extern struct quanta__vgpu_hot quanta__vgpu;

/* A spinlock in the hot line, not a mutex in a line of its own: held for a few dozen
 * instructions, taken twice per allocate+free pair. Guards the tables and the credit. */
static inline void quanta__vgpu_tables_lock(void)
{
    while (__atomic_test_and_set(&quanta__vgpu.tables_busy, __ATOMIC_ACQUIRE))
        sched_yield();
}

static inline void quanta__vgpu_tables_unlock(void)
{
    __atomic_clear(&quanta__vgpu.tables_busy, __ATOMIC_RELEASE);
}

/* vgpu_conn.c: registers with the daemon once (retrying for a bounded time while it may
 * be restarting). Returns 1 when registered, -1 when registration failed (memory is then
 * refused). */
int quanta__vgpu_ensure_registered(void);

/* vgpu_slices.c: takes the vGPU's GPUs from the daemon's answer, slice by slice (`count`
 * UUIDs), and forgets what was known of devices. */
void quanta__vgpu_slices_set(int count, const char (*uuids)[QUANTA_SEG_UUID_LEN]);

/* vgpu_slices.c: how many GPU slices the vGPU has, and their UUIDs. */
int quanta__vgpu_slice_count(void);
const char (*quanta__vgpu_slice_uuids(void))[QUANTA_SEG_UUID_LEN];

/* vgpu_slices.c: the slice of device `dev`, or -1 if the vGPU does not have it. */
int quanta__vgpu_slice_of(CUdevice dev);

/* vgpu_slices.c: the slice of the GPU with UUID `uuid`, or -1. */
int quanta__vgpu_slice_named(const char *uuid);

/* vgpu_quota.c: called with the tables locked, for `bytes` returning on slice `gpu`:
 * keeps small amounts as credit. Returns what must go back to the segment. */
uint64_t quanta__vgpu_keep_as_credit(int gpu, uint64_t bytes);

#endif
