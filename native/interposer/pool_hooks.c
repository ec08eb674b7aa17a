/*
 * pool_hooks.c - stream-ordered allocation (memory pools) against the vGPU quota.
 *
 * What a pool costs the GPU is what it has reserved from the device, not the sum of its
 * live allocations: freed blocks stay reserved up to the pool's release threshold. So
 * each pool's account in the vGPU follows the driver's own figure,
 * CU_MEMPOOL_ATTR_RESERVED_MEM_CURRENT: an allocation first reserves its size
 * provisionally (refused: the pool's unused reservation is trimmed and the vGPU asked
 * again, before reporting CUDA_ERROR_OUT_OF_MEMORY), then the account is set to what
 * the pool really reserved (a pool grows in chunks: it may pass the quota by at most
 * one chunk). The account is brought up to date at each allocation and trim of that
 * pool, and of every pool whenever any reservation of this process is refused
 * (quanta__pools_refresh, called by vgpu.c at the refusal): the driver releases a pool's
 * unused memory above its release threshold at synchronisations, which no hooked call
 * sees, and that memory must not keep another allocation out. Memory queries of this
 * process (cuMemGetInfo, NVML) refresh too. Other processes of the vGPU, and `quanta ps`,
 * see a pool's release only at this process's next refresh. The refresh costs one driver
 * query per tracked pool, and only on a refusal or a query: a successful allocation pays
 * nothing for it. A destroyed pool's account is given back at cuMemPoolDestroy (blocks
 * still in use from it are no longer counted).
 */
#include <errno.h>
#include <pthread.h>

#include "libs.h"
#include "vgpu.h"

#define MAX_POOLS 64

struct pool_account {
    CUmemoryPool pool;
    int gpu;
    uint64_t accounted;
};
static pthread_mutex_t pools_lock = PTHREAD_MUTEX_INITIALIZER;
static struct pool_account pools[MAX_POOLS];

#define REAL(name) ((quanta_cuda_pfn_##name)quanta__resolve(&quanta__cuda_lib, QUANTA_CUDA_##name))

static uint64_t reserved_now(CUmemoryPool pool)
{
    cuuint64_t v = 0;
    quanta_cuda_pfn_cuMemPoolGetAttribute get = REAL(cuMemPoolGetAttribute);
    if (get == NULL || get(pool, CU_MEMPOOL_ATTR_RESERVED_MEM_CURRENT, &v) != CUDA_SUCCESS)
        return UINT64_MAX;
    return v;
}

/* The account of `pool`, taking a free one for a pool not seen yet (NULL when all are
 * taken: that pool's growth beyond its requests goes uncounted). pools_lock held. */
static struct pool_account *account_of(CUmemoryPool pool, int gpu)
{
    struct pool_account *free_one = NULL;
    for (int i = 0; i < MAX_POOLS; i++) {
        if (pools[i].pool == pool)
            return &pools[i];
        if (pools[i].pool == NULL && free_one == NULL)
            free_one = &pools[i];
    }
    if (free_one != NULL)
        *free_one = (struct pool_account){.pool = pool, .gpu = gpu, .accounted = 0};
    return free_one;
}

/* Sets account a to `now` bytes, charging or giving back the difference. pools_lock held. */
static void set_account(struct pool_account *a, uint64_t now)
{
    if (now > a->accounted)
        quanta__vgpu_charge(a->gpu, now - a->accounted);
    else
        quanta__vgpu_release(a->gpu, a->accounted - now);
    a->accounted = now;
}

/* Sets pool's account to what it has reserved. Called with pools_lock held. */
static void true_up(CUmemoryPool pool, int gpu)
{
    uint64_t now = reserved_now(pool);
    struct pool_account *a = now == UINT64_MAX ? NULL : account_of(pool, gpu);
    if (a != NULL)
        set_account(a, now);
}

int quanta__pools_refresh(void)
{
    int saved = errno, lower = 0;
    pthread_mutex_lock(&pools_lock);
    for (int i = 0; i < MAX_POOLS; i++) {
        if (pools[i].pool == NULL)
            continue;
        uint64_t before = pools[i].accounted, now = reserved_now(pools[i].pool);
        if (now != UINT64_MAX) {
            set_account(&pools[i], now);
            lower |= now < before;
        }
    }
    pthread_mutex_unlock(&pools_lock);
    errno = saved;
    return lower;
}

static CUmemoryPool current_pool(void)
{
    CUdevice dev;
    CUmemoryPool pool = NULL;
    quanta_cuda_pfn_cuCtxGetDevice get_dev = REAL(cuCtxGetDevice);
    quanta_cuda_pfn_cuDeviceGetMemPool get_pool = REAL(cuDeviceGetMemPool);
    if (get_dev && get_pool && get_dev(&dev) == CUDA_SUCCESS)
        (void)get_pool(&pool, dev);
    return pool;
}

/* A pool allocation in progress: its pool, and the provisional reservation. */
struct pending {
    CUmemoryPool pool;
    int gpu;
    enum quanta__vgpu_answer answer;
};

/* Before a pool allocation: a provisional reservation of its size. Returns -1 when the
 * vGPU refuses (the caller reports CUDA_ERROR_OUT_OF_MEMORY), 0 to go ahead. */
static int pool_begin(CUmemoryPool pool, size_t bytes, struct pending *p)
{
    p->pool = pool;
    p->gpu = -1;
    p->answer = quanta__vgpu_reserve(bytes, &p->gpu);
    if (p->answer == QUANTA__VGPU_REFUSED && pool != NULL) {
        /* The pool may hold reserved memory it does not use: give that back, ask again. */
        quanta_cuda_pfn_cuMemPoolTrimTo trim = REAL(cuMemPoolTrimTo);
        int g = -1;
        if (trim != NULL && trim(pool, 0) == CUDA_SUCCESS && quanta__vgpu_reserve(0, &g) == QUANTA__VGPU_OK) {
            pthread_mutex_lock(&pools_lock);
            true_up(pool, g);
            pthread_mutex_unlock(&pools_lock);
            p->answer = quanta__vgpu_reserve(bytes, &p->gpu);
        }
    }
    return p->answer == QUANTA__VGPU_REFUSED ? -1 : 0;
}

/* After it: the provisional reservation is replaced by what the pool really reserved.
 * Returns rc, the driver's result. */
static CUresult pool_end(const struct pending *p, size_t bytes, CUresult rc)
{
    if (p->answer == QUANTA__VGPU_OK) {
        quanta__vgpu_release(p->gpu, bytes);
        if (p->pool != NULL) {
            pthread_mutex_lock(&pools_lock);
            true_up(p->pool, p->gpu);
            pthread_mutex_unlock(&pools_lock);
        }
    }
    return rc;
}

/* The legacy and per-thread-stream symbols of each entry point share a signature, so
 * one body serves both: `fn` says which real function to call. */
static CUresult alloc_async(int fn, CUdeviceptr *dptr, size_t bytesize, CUstream hStream)
{
    quanta_cuda_pfn_cuMemAllocAsync real = (quanta_cuda_pfn_cuMemAllocAsync)quanta__enter(&quanta__cuda_lib, quanta__cuda_real, fn);
    if (real == NULL)
        return (CUresult)quanta__missing(&quanta__cuda_lib, fn);
    if (!quanta__vgpu_active())
        return real(dptr, bytesize, hStream);
    struct pending p;
    if (pool_begin(current_pool(), bytesize, &p) != 0)
        return CUDA_ERROR_OUT_OF_MEMORY;
    return pool_end(&p, bytesize, real(dptr, bytesize, hStream));
}

static CUresult alloc_from_pool(int fn, CUdeviceptr *dptr, size_t bytesize, CUmemoryPool pool, CUstream hStream)
{
    quanta_cuda_pfn_cuMemAllocFromPoolAsync real =
        (quanta_cuda_pfn_cuMemAllocFromPoolAsync)quanta__enter(&quanta__cuda_lib, quanta__cuda_real, fn);
    if (real == NULL)
        return (CUresult)quanta__missing(&quanta__cuda_lib, fn);
    if (!quanta__vgpu_active())
        return real(dptr, bytesize, pool, hStream);
    struct pending p;
    if (pool_begin(pool, bytesize, &p) != 0)
        return CUDA_ERROR_OUT_OF_MEMORY;
    return pool_end(&p, bytesize, real(dptr, bytesize, pool, hStream));
}

/* Contract: as the driver's cuMemAllocAsync; CUDA_ERROR_OUT_OF_MEMORY past the quota. */
CUresult cuMemAllocAsync(CUdeviceptr *dptr, size_t bytesize, CUstream hStream)
{
    return alloc_async(QUANTA_CUDA_cuMemAllocAsync, dptr, bytesize, hStream);
}

/* Contract: as cuMemAllocAsync, on the per-thread default stream. */
CUresult cuMemAllocAsync_ptsz(CUdeviceptr *dptr, size_t bytesize, CUstream hStream)
{
    return alloc_async(QUANTA_CUDA_cuMemAllocAsync_ptsz, dptr, bytesize, hStream);
}

/* Contract: as the driver's cuMemAllocFromPoolAsync; CUDA_ERROR_OUT_OF_MEMORY past the quota. */
CUresult cuMemAllocFromPoolAsync(CUdeviceptr *dptr, size_t bytesize, CUmemoryPool pool, CUstream hStream)
{
    return alloc_from_pool(QUANTA_CUDA_cuMemAllocFromPoolAsync, dptr, bytesize, pool, hStream);
}

/* Contract: as cuMemAllocFromPoolAsync, on the per-thread default stream. */
CUresult cuMemAllocFromPoolAsync_ptsz(CUdeviceptr *dptr, size_t bytesize, CUmemoryPool pool, CUstream hStream)
{
    return alloc_from_pool(QUANTA_CUDA_cuMemAllocFromPoolAsync_ptsz, dptr, bytesize, pool, hStream);
}

/* Contract: as the driver's cuMemPoolTrimTo; the pool's account follows what it keeps. */
CUresult cuMemPoolTrimTo(CUmemoryPool pool, size_t minBytesToKeep)
{
    quanta_cuda_pfn_cuMemPoolTrimTo real =
        (quanta_cuda_pfn_cuMemPoolTrimTo)quanta__enter(&quanta__cuda_lib, quanta__cuda_real, QUANTA_CUDA_cuMemPoolTrimTo);
    if (real == NULL)
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemPoolTrimTo);
    CUresult rc = real(pool, minBytesToKeep);
    int g = -1;
    if (rc == CUDA_SUCCESS && quanta__vgpu_active() && quanta__vgpu_reserve(0, &g) == QUANTA__VGPU_OK) {
        pthread_mutex_lock(&pools_lock);
        true_up(pool, g);
        pthread_mutex_unlock(&pools_lock);
    }
    return rc;
}

/* Contract: as the driver's cuMemPoolDestroy; on success the pool's account returns to
 * the vGPU (what the driver keeps for blocks still in use is no longer counted). */
CUresult cuMemPoolDestroy(CUmemoryPool pool)
{
    quanta_cuda_pfn_cuMemPoolDestroy real =
        (quanta_cuda_pfn_cuMemPoolDestroy)quanta__enter(&quanta__cuda_lib, quanta__cuda_real, QUANTA_CUDA_cuMemPoolDestroy);
    if (real == NULL)
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemPoolDestroy);
    CUresult rc = real(pool);
    if (rc == CUDA_SUCCESS && pool != NULL && quanta__vgpu_active()) {
        pthread_mutex_lock(&pools_lock);
        for (int i = 0; i < MAX_POOLS; i++)
            if (pools[i].pool == pool) {
                set_account(&pools[i], 0);
                pools[i].pool = NULL; /* the driver may hand the handle to a new pool */
            }
        pthread_mutex_unlock(&pools_lock);
    }
    return rc;
}
