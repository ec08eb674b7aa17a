/*
 * vgpu_quota.c - reserving device memory against this process's vGPU quota.
 *
 * Every reservation goes to the vGPU's segment (native/common/vgpu_segment.c: its lock,
 * the live slots' sum, the quota), with no system call and no round trip to the daemon.
 * Small allocations draw on a credit instead: quota this process has reserved in the
 * segment in CREDIT_CHUNK pieces and not yet handed out. An allocation of a few KiB then
 * touches only this process's hot line (vgpu_internal.h), not the shared segment's lock
 * and counters (on the H100 the segment's share was a third of what Quanta added to a
 * 4 KiB cuMemAlloc+cuMemFree). The cost: up to 2 * CREDIT_CHUNK of a vGPU's quota may sit
 * reserved, unused, in one process; near the quota the credit falls back to exact
 * reservations, so a process can still use the last bytes. (The driver itself takes
 * 2 MiB pages for small allocations.) Only in the one-slice case (only_slice), where
 * every reservation is on slice 0. Memory queries see the credit as free memory.
 */
#include "vgpu_internal.h"

#include <errno.h>
#include <unistd.h>

#include "libs.h"
#include "log.h"

#define SMALL_MAX (64u << 10)
#define CREDIT_CHUNK (2u << 20)

/* Takes `bytes` (<= SMALL_MAX) from the credit, refilling it from the segment. */
static int take_credit(uint64_t bytes)
{
    int rc = 0;
    quanta__vgpu_tables_lock();
    if (quanta__vgpu.credit < bytes) {
        if (quanta__seg_reserve(quanta__vgpu.seg, quanta__vgpu.slot, 0, CREDIT_CHUNK) == 0)
            quanta__vgpu.credit += CREDIT_CHUNK;
        else if (quanta__seg_reserve(quanta__vgpu.seg, quanta__vgpu.slot, 0, bytes) == 0)
            quanta__vgpu.credit += bytes; /* near the quota: exactly what is asked */
        else
            rc = -1;
    }
    if (rc == 0)
        quanta__vgpu.credit -= bytes;
    quanta__vgpu_tables_unlock();
    return rc;
}

/* The credit keeps at most 2 * CREDIT_CHUNK, and after a give-back CREDIT_CHUNK, so that
 * alternating allocations and frees do not bounce chunks. */
uint64_t quanta__vgpu_keep_as_credit(int gpu, uint64_t bytes)
{
    if (!quanta__vgpu.only_slice || gpu != 0 || bytes > SMALL_MAX)
        return bytes;
    quanta__vgpu.credit += bytes;
    if (quanta__vgpu.credit <= 2 * CREDIT_CHUNK)
        return 0;
    uint64_t back = quanta__vgpu.credit - CREDIT_CHUNK;
    quanta__vgpu.credit = CREDIT_CHUNK;
    return back;
}

/* The vGPU's quota and usage on `slice` as this process sees them: its own unused credit
 * is memory it can still allocate, so it does not count as used here. */
static void usage_seen_here(int slice, uint64_t *quota, uint64_t *used)
{
    quanta__seg_usage(quanta__vgpu.seg, slice, quota, used);
    uint64_t credit = slice == 0 && quanta__vgpu.only_slice ? __atomic_load_n(&quanta__vgpu.credit, __ATOMIC_RELAXED) : 0;
    *used = *used > credit ? *used - credit : 0;
}

static enum quanta__vgpu_answer reserve_on_once(CUdevice dev, uint64_t bytes, int *gpu)
{
    if (!quanta__vgpu.in_vgpu)
        return QUANTA__VGPU_NONE;
    int saved = errno;
    enum quanta__vgpu_answer answer = QUANTA__VGPU_REFUSED;
    if (quanta__vgpu_ensure_registered() == 1) {
        int s = quanta__vgpu_slice_of(dev);
        if (s < 0)
            quanta__log("device %d is not part of this process's vGPU: refusing its memory", (int)dev);
        else if (quanta__seg_reserve(quanta__vgpu.seg, quanta__vgpu.slot, s, bytes) == 0) {
            *gpu = s;
            answer = QUANTA__VGPU_OK;
        }
    }
    errno = saved;
    return answer;
}

static enum quanta__vgpu_answer reserve_once(uint64_t bytes, int *gpu)
{
    if (!quanta__vgpu.in_vgpu)
        return QUANTA__VGPU_NONE;
    if (__atomic_load_n(&quanta__vgpu.registered, __ATOMIC_ACQUIRE) == 1 && quanta__vgpu.only_slice) {
        /* The common case: no system call, so errno needs no keeping. Without a current
         * context the driver refuses the call and the caller gives the reservation back. */
        if (bytes <= SMALL_MAX ? take_credit(bytes) != 0
                               : quanta__seg_reserve(quanta__vgpu.seg, quanta__vgpu.slot, 0, bytes) != 0)
            return QUANTA__VGPU_REFUSED;
        *gpu = 0;
        return QUANTA__VGPU_OK;
    }
    int saved = errno;
    CUdevice dev;
    quanta_cuda_pfn_cuCtxGetDevice get_dev =
        (quanta_cuda_pfn_cuCtxGetDevice)quanta__resolve(&quanta__cuda_lib, QUANTA_CUDA_cuCtxGetDevice);
    int have_dev = get_dev != NULL && get_dev(&dev) == CUDA_SUCCESS;
    errno = saved;
    /* No context: pass through, the driver itself will refuse the call. */
    return have_dev ? reserve_on_once(dev, bytes, gpu) : QUANTA__VGPU_NONE;
}

/* A refused reservation may be refused only because a memory pool's account still holds
 * what the driver released at a synchronisation: bring the pools' accounts up to date
 * and ask once more (pool_hooks.c). Only refusals pay for it. */
enum quanta__vgpu_answer quanta__vgpu_reserve_on(CUdevice dev, uint64_t bytes, int *gpu)
{
    enum quanta__vgpu_answer a = reserve_on_once(dev, bytes, gpu);
    return a == QUANTA__VGPU_REFUSED && quanta__pools_refresh() ? reserve_on_once(dev, bytes, gpu) : a;
}

enum quanta__vgpu_answer quanta__vgpu_reserve(uint64_t bytes, int *gpu)
{
    enum quanta__vgpu_answer a = reserve_once(bytes, gpu);
    return a == QUANTA__VGPU_REFUSED && quanta__pools_refresh() ? reserve_once(bytes, gpu) : a;
}

void quanta__vgpu_release(int gpu, uint64_t bytes)
{
    quanta__vgpu_tables_lock();
    uint64_t back = quanta__vgpu_keep_as_credit(gpu, bytes);
    quanta__vgpu_tables_unlock();
    if (back > 0 && quanta__vgpu.seg != NULL && quanta__vgpu.slot >= 0)
        quanta__seg_release(quanta__vgpu.seg, quanta__vgpu.slot, gpu, back);
}

void quanta__vgpu_charge(int gpu, uint64_t bytes)
{
    if (quanta__vgpu.seg != NULL && quanta__vgpu.slot >= 0)
        quanta__seg_charge(quanta__vgpu.seg, quanta__vgpu.slot, gpu, bytes);
}

/* The slice of device `dev` (or, when `uuid` is given, of the GPU so named) once this
 * process is registered; -1 outside a vGPU, for a GPU it lacks, or when registration
 * failed. Keeps errno. */
static int registered_slice(CUdevice dev, const char *uuid)
{
    if (!quanta__vgpu.in_vgpu)
        return -1;
    int saved = errno, s = -1;
    if (quanta__vgpu_ensure_registered() == 1)
        s = uuid != NULL ? quanta__vgpu_slice_named(uuid) : quanta__vgpu_slice_of(dev);
    errno = saved;
    return s;
}

int quanta__vgpu_limits_uuid(const char *uuid, uint64_t *quota, uint64_t *used)
{
    int s = registered_slice(0, uuid);
    if (s >= 0)
        usage_seen_here(s, quota, used);
    return s >= 0 ? 0 : -1;
}

uint64_t quanta__vgpu_context_bytes(CUdevice dev)
{
    int s = registered_slice(dev, NULL);
    return s >= 0 ? quanta__seg_context_bytes(quanta__vgpu.seg, s) : 0;
}

int quanta__vgpu_limits(CUdevice dev, uint64_t *quota, uint64_t *used)
{
    int s = registered_slice(dev, NULL);
    if (s >= 0)
        usage_seen_here(s, quota, used);
    return s >= 0 ? 0 : -1;
}

void quanta__vgpu_export(uint64_t key)
{
    int saved = errno;
    if (quanta__vgpu.in_vgpu && quanta__vgpu_ensure_registered() == 1)
        quanta__seg_export(quanta__vgpu.seg, getpid(), key);
    errno = saved;
}

int quanta__vgpu_exported_here(uint64_t key)
{
    int saved = errno;
    int here = quanta__vgpu.in_vgpu && quanta__vgpu_ensure_registered() == 1 && quanta__seg_exported(quanta__vgpu.seg, key);
    errno = saved;
    return here;
}
