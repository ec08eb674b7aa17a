/*
 * pool.c - memory pools and stream-ordered allocation (cuMemAllocAsync,
 * cuMemFreeAsync), with the reservation behaviour that matters for accounting.
 *
 * A pool hands out blocks of whole granules (2 MiB). A block it reserves is charged to
 * the device at once and stays charged while the pool keeps it: cuMemFreeAsync returns
 * the block to the pool's free list when the free runs in stream order, not to the
 * device. At each synchronization (stream, event, context) a pool gives back free
 * blocks until its reserved memory is at most its release threshold (default 0, so the
 * default pool empties at sync, like the driver's); cuMemPoolTrimTo does the same on
 * demand. When reserving fails for lack of device memory, the pool first releases its
 * own free blocks and retries, as the driver does. Each device has a default pool,
 * created on first use, and a current pool (cuDeviceSetMemPool) used by
 * cuMemAllocAsync. Pools belong to devices, not contexts.
 */
#include "fake.h"

#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

struct fake__pool {
    CUmemoryPool handle;
    int dev;
    int is_default;
    int destroyed;                   /* handle gone; freed when no block is in use */
    CUmemPoolProps props;
    uint64_t threshold;
    uint64_t reserved, reserved_high, used, used_high;
    int reuse[3];                    /* the CU_MEMPOOL_ATTR_REUSE_* flags (recorded) */
    unsigned live;                   /* blocks in use */
    struct fake__alloc *free_list;
    struct fake__pool *next;
};

static struct fake__pool *pools;

#define GRAN FAKE__GRANULARITY

CUmemoryPool fake__pool_handle(struct fake__pool *p)
{
    return p->handle;
}

static void pool_free_struct(struct fake__pool *p)
{
    for (struct fake__pool **q = &pools; *q != NULL; q = &(*q)->next) {
        if (*q == p) {
            *q = p->next;
            break;
        }
    }
    free(p);
}

/* Releases free blocks until p->reserved <= keep. */
static void trim_to(struct fake__pool *p, uint64_t keep)
{
    while (p->reserved > keep && p->free_list != NULL) {
        struct fake__alloc *a = p->free_list;
        p->free_list = a->next;
        p->reserved -= a->map_len;
        fake__mem_destroy(a);
    }
}

void fake__pool_trim_device(int dev)
{
    for (struct fake__pool *p = pools; p != NULL; p = p->next)
        if (dev < 0 || p->dev == dev)
            trim_to(p, p->threshold);
}

void fake__pool_put(struct fake__alloc *a)
{
    struct fake__pool *p = a->pool;
    p->used -= a->map_len;
    p->live--;
    a->next = p->free_list;
    p->free_list = a;
    if (p->destroyed) {
        trim_to(p, 0);
        if (p->live == 0)
            pool_free_struct(p);
    }
}

static struct fake__pool *pool_new(int dev, const CUmemPoolProps *props, int is_default)
{
    struct fake__pool *p = calloc(1, sizeof *p);
    if (p == NULL)
        return NULL;
    p->handle = (CUmemoryPool)(uintptr_t)fake__handle_new(FAKE__KIND_POOL, p, NULL);
    if (p->handle == NULL) {
        free(p);
        return NULL;
    }
    p->dev = dev;
    p->is_default = is_default;
    p->props = *props;
    p->reuse[0] = p->reuse[1] = p->reuse[2] = 1;
    p->next = pools;
    pools = p;
    return p;
}

/* The default pool of ordinal dev, created on first use. Lock held. */
static struct fake__pool *default_pool(int dev)
{
    struct fake__device *d = &fake__g.dev[dev];
    if (d->default_pool == NULL) {
        CUmemPoolProps props;
        memset(&props, 0, sizeof props);
        props.allocType = CU_MEM_ALLOCATION_TYPE_PINNED;
        props.location.type = CU_MEM_LOCATION_TYPE_DEVICE;
        props.location.id = dev;
        d->default_pool = pool_new(dev, &props, 1);
    }
    return d->default_pool;
}

static struct fake__pool *current_pool(int dev)
{
    struct fake__device *d = &fake__g.dev[dev];
    return d->current_pool != NULL ? d->current_pool : default_pool(dev);
}

/* Reserves a new block of `block` bytes for p. */
static CUresult reserve(struct fake__pool *p, size_t block, struct fake__alloc **out)
{
    if (p->props.maxSize != 0 && p->reserved + block > p->props.maxSize)
        trim_to(p, p->props.maxSize > block ? p->props.maxSize - block : 0);
    if (p->props.maxSize != 0 && p->reserved + block > p->props.maxSize)
        return CUDA_ERROR_OUT_OF_MEMORY;
    CUresult rc = fake__charge(p->dev, block);
    if (rc != CUDA_SUCCESS) {
        trim_to(p, 0);  /* give our own free blocks back and try again */
        rc = fake__charge(p->dev, block);
    }
    if (rc != CUDA_SUCCESS)
        return rc;
    struct fake__alloc *a = calloc(1, sizeof *a);
    void *m = a != NULL ? fake__map(block, 0) : NULL;
    if (m == NULL) {
        free(a);
        fake__uncharge(p->dev, block);
        return CUDA_ERROR_OUT_OF_MEMORY;
    }
    a->base = (uintptr_t)m;
    a->map_len = block;
    a->charged = block;
    a->kind = FAKE__MEM_POOL;
    a->dev = p->dev;
    a->pool = p;
    p->reserved += block;
    if (p->reserved > p->reserved_high)
        p->reserved_high = p->reserved;
    *out = a;
    return CUDA_SUCCESS;
}

/* Allocates size bytes from p: the smallest free block that fits, else a new one. */
static CUresult pool_alloc(struct fake__pool *p, size_t size, uintptr_t *out)
{
    if (size == 0)
        return CUDA_ERROR_INVALID_VALUE;
    if (size > SIZE_MAX - GRAN)
        return CUDA_ERROR_OUT_OF_MEMORY;
    size_t block = (size + GRAN - 1) / GRAN * GRAN;
    struct fake__alloc **best = NULL;
    for (struct fake__alloc **q = &p->free_list; *q != NULL; q = &(*q)->next)
        if ((*q)->map_len >= block && (best == NULL || (*q)->map_len < (*best)->map_len))
            best = q;
    struct fake__alloc *a = NULL;
    if (best != NULL) {
        a = *best;
        *best = a->next;
    } else {
        CUresult rc = reserve(p, block, &a);
        if (rc != CUDA_SUCCESS)
            return rc;
    }
    a->next = NULL;
    a->size = size;
    a->id = 0;  /* a new buffer id */
    if (fake__mem_insert(a) != CUDA_SUCCESS) {
        a->next = p->free_list;
        p->free_list = a;
        return CUDA_ERROR_OUT_OF_MEMORY;
    }
    p->used += a->map_len;
    if (p->used > p->used_high)
        p->used_high = p->used;
    p->live++;
    *out = a->base;
    return CUDA_SUCCESS;
}

static struct fake__pool *pool_get(CUmemoryPool h)
{
    return fake__handle_get(FAKE__KIND_POOL, (uint64_t)(uintptr_t)h);
}

static CUresult alloc_async(CUdeviceptr *dptr, size_t size, CUmemoryPool pool, int use_pool, CUstream h)
{
    CUresult rc = fake__initialized();
    if (rc != CUDA_SUCCESS)
        return rc;
    if (dptr == NULL)
        return CUDA_ERROR_INVALID_VALUE;
    fake__lock();
    struct fake__stream *s = NULL;
    struct fake__pool *p = NULL;
    uintptr_t out = 0;
    rc = fake__stream_resolve(h, &s);
    if (rc == CUDA_SUCCESS) {
        p = use_pool ? pool_get(pool) : current_pool(s->ctx->dev);
        if (p == NULL)
            rc = use_pool ? CUDA_ERROR_INVALID_VALUE : CUDA_ERROR_OUT_OF_MEMORY;
    }
    if (rc == CUDA_SUCCESS)
        rc = pool_alloc(p, size, &out);
    if (rc == CUDA_SUCCESS)
        *dptr = (CUdeviceptr)out;
    fake__unlock();
    return rc;
}

/* Contract: allocates bytesize bytes from the current pool of hStream's device,
 * usable in stream order at once. CUDA_ERROR_OUT_OF_MEMORY beyond the device's free
 * memory (after the pool released its own free blocks). */
CUresult cuMemAllocAsync(CUdeviceptr *dptr, size_t bytesize, CUstream hStream)
{
    int e = errno;
    return fake__done(e, alloc_async(dptr, bytesize, NULL, 0, hStream));
}

/* Contract: as cuMemAllocAsync from pool. CUDA_ERROR_INVALID_VALUE for an unknown pool. */
CUresult cuMemAllocFromPoolAsync(CUdeviceptr *dptr, size_t bytesize, CUmemoryPool pool, CUstream hStream)
{
    int e = errno;
    return fake__done(e, alloc_async(dptr, bytesize, pool, 1, hStream));
}

static CUresult free_async(CUdeviceptr dptr, CUstream h)
{
    CUresult rc = fake__initialized();
    if (rc != CUDA_SUCCESS)
        return rc;
    fake__lock();
    struct fake__stream *s = NULL;
    rc = fake__stream_resolve(h, &s);
    struct fake__alloc *a = rc == CUDA_SUCCESS ? fake__mem_find((uintptr_t)dptr) : NULL;
    if (rc == CUDA_SUCCESS &&
        (a == NULL || a->base != (uintptr_t)dptr || (a->flags & FAKE__ALLOC_GLOBAL) ||
         (a->kind != FAKE__MEM_POOL && a->kind != FAKE__MEM_DEVICE && a->kind != FAKE__MEM_MANAGED)))
        rc = CUDA_ERROR_INVALID_VALUE;
    if (rc == CUDA_SUCCESS) {
        struct fake__op *op = fake__op_new(FAKE__OP_FREE);
        if (op == NULL) {
            rc = CUDA_ERROR_OUT_OF_MEMORY;
        } else {
            op->u.free.alloc = a;
            fake__mem_remove(a);  /* gone for the application now; released in order */
            rc = fake__submit(s, op);
            if (rc != CUDA_SUCCESS)
                fake__mem_insert(a);
        }
    }
    fake__unlock();
    return rc;
}

/* Contract: frees dptr in stream order: the block returns to its pool (memory from
 * cuMemAlloc is released) when hStream reaches this point. CUDA_ERROR_INVALID_VALUE
 * for a pointer that is not the start of a live allocation. */
CUresult cuMemFreeAsync(CUdeviceptr dptr, CUstream hStream)
{
    int e = errno;
    return fake__done(e, free_async(dptr, hStream));
}

/* Runs get(dev) for a valid device and stores the pool's handle. */
static CUresult device_pool(CUmemoryPool *out, CUdevice dev, int current)
{
    CUresult rc = fake__initialized();
    if (rc != CUDA_SUCCESS)
        return rc;
    if (out == NULL)
        return CUDA_ERROR_INVALID_VALUE;
    rc = fake__check_device(dev);
    if (rc != CUDA_SUCCESS)
        return rc;
    int e = errno;
    fake__lock();
    struct fake__pool *p = current ? current_pool(dev) : default_pool(dev);
    if (p == NULL)
        rc = CUDA_ERROR_OUT_OF_MEMORY;
    else
        *out = p->handle;
    fake__unlock();
    return fake__done(e, rc);
}

/* Contract: *pool_out = dev's default pool. */
CUresult cuDeviceGetDefaultMemPool(CUmemoryPool *pool_out, CUdevice dev)
{
    return device_pool(pool_out, dev, 0);
}

/* Contract: *pool = dev's current pool (the default one unless set). */
CUresult cuDeviceGetMemPool(CUmemoryPool *pool, CUdevice dev)
{
    return device_pool(pool, dev, 1);
}

/* Contract: makes pool (of device dev) dev's current pool. CUDA_ERROR_INVALID_DEVICE
 * if pool belongs to another device. */
CUresult cuDeviceSetMemPool(CUdevice dev, CUmemoryPool pool)
{
    CUresult rc = fake__initialized();
    if (rc != CUDA_SUCCESS)
        return rc;
    rc = fake__check_device(dev);
    if (rc != CUDA_SUCCESS)
        return rc;
    int e = errno;
    fake__lock();
    struct fake__pool *p = pool_get(pool);
    if (p == NULL)
        rc = CUDA_ERROR_INVALID_VALUE;
    else if (p->dev != dev)
        rc = CUDA_ERROR_INVALID_DEVICE;
    else
        fake__g.dev[dev].current_pool = p;
    fake__unlock();
    return fake__done(e, rc);
}

/* Device ordinal of a pool location, or an error for host locations (not simulated). */
static CUresult location_device(const CUmemLocation *location, CUmemAllocationType type, CUdevice *dev)
{
    if (location == NULL || type != CU_MEM_ALLOCATION_TYPE_PINNED)
        return CUDA_ERROR_INVALID_VALUE;
    if (location->type != CU_MEM_LOCATION_TYPE_DEVICE)
        return CUDA_ERROR_NOT_SUPPORTED;
    *dev = location->id;
    return CUDA_SUCCESS;
}

/* Contract: the default pool of a device location (host pools: CUDA_ERROR_NOT_SUPPORTED). */
CUresult cuMemGetDefaultMemPool(CUmemoryPool *pool_out, CUmemLocation *location, CUmemAllocationType type)
{
    CUdevice dev = 0;
    CUresult rc = fake__initialized();
    if (rc == CUDA_SUCCESS)
        rc = location_device(location, type, &dev);
    return rc != CUDA_SUCCESS ? rc : device_pool(pool_out, dev, 0);
}

/* Contract: the current pool of a device location. */
CUresult cuMemGetMemPool(CUmemoryPool *pool, CUmemLocation *location, CUmemAllocationType type)
{
    CUdevice dev = 0;
    CUresult rc = fake__initialized();
    if (rc == CUDA_SUCCESS)
        rc = location_device(location, type, &dev);
    return rc != CUDA_SUCCESS ? rc : device_pool(pool, dev, 1);
}

/* Contract: sets the current pool of a device location. */
CUresult cuMemSetMemPool(CUmemLocation *location, CUmemAllocationType type, CUmemoryPool pool)
{
    CUdevice dev = 0;
    CUresult rc = fake__initialized();
    if (rc == CUDA_SUCCESS)
        rc = location_device(location, type, &dev);
    return rc != CUDA_SUCCESS ? rc : cuDeviceSetMemPool(dev, pool);
}

/* Contract: creates a pool of device memory (allocType pinned, a device location, no
 * IPC handle types; maxSize 0 = unbounded). */
CUresult cuMemPoolCreate(CUmemoryPool *pool, const CUmemPoolProps *poolProps)
{
    int e = errno;
    CUresult rc = fake__initialized();
    if (rc != CUDA_SUCCESS)
        return fake__done(e, rc);
    if (pool == NULL || poolProps == NULL || poolProps->allocType != CU_MEM_ALLOCATION_TYPE_PINNED)
        return fake__done(e, CUDA_ERROR_INVALID_VALUE);
    if (poolProps->location.type != CU_MEM_LOCATION_TYPE_DEVICE)
        return fake__done(e, CUDA_ERROR_NOT_SUPPORTED);
    if (fake__check_device(poolProps->location.id) != CUDA_SUCCESS)
        return fake__done(e, CUDA_ERROR_INVALID_DEVICE);
    if (poolProps->handleTypes != CU_MEM_HANDLE_TYPE_NONE)
        return fake__done(e, CUDA_ERROR_NOT_SUPPORTED);
    fake__lock();
    struct fake__pool *p = pool_new(poolProps->location.id, poolProps, 0);
    if (p == NULL)
        rc = CUDA_ERROR_OUT_OF_MEMORY;
    else
        *pool = p->handle;
    fake__unlock();
    return fake__done(e, rc);
}

/* Contract: destroys pool (not a default pool: CUDA_ERROR_INVALID_VALUE); its free
 * memory returns to the device now, blocks still in use when they are freed. */
CUresult cuMemPoolDestroy(CUmemoryPool pool)
{
    int e = errno;
    CUresult rc = fake__initialized();
    if (rc != CUDA_SUCCESS)
        return fake__done(e, rc);
    fake__lock();
    struct fake__pool *p = pool_get(pool);
    if (p == NULL || p->is_default) {
        rc = CUDA_ERROR_INVALID_VALUE;
    } else {
        if (fake__g.dev[p->dev].current_pool == p)
            fake__g.dev[p->dev].current_pool = NULL;
        fake__handle_drop((uint64_t)(uintptr_t)p->handle);
        p->destroyed = 1;
        trim_to(p, 0);
        if (p->live == 0)
            pool_free_struct(p);
    }
    fake__unlock();
    return fake__done(e, rc);
}

/* Contract: sets a pool attribute: the reuse flags (int), the release threshold
 * (cuuint64_t), or resets a high-water mark (value 0 only). The current values are
 * read-only (CUDA_ERROR_INVALID_VALUE). */
CUresult cuMemPoolSetAttribute(CUmemoryPool pool, CUmemPool_attribute attr, void *value)
{
    int e = errno;
    CUresult rc = fake__initialized();
    if (rc != CUDA_SUCCESS)
        return fake__done(e, rc);
    if (value == NULL)
        return fake__done(e, CUDA_ERROR_INVALID_VALUE);
    fake__lock();
    struct fake__pool *p = pool_get(pool);
    if (p == NULL) {
        rc = CUDA_ERROR_INVALID_VALUE;
    } else {
        switch (attr) {
        case CU_MEMPOOL_ATTR_REUSE_FOLLOW_EVENT_DEPENDENCIES:
        case CU_MEMPOOL_ATTR_REUSE_ALLOW_OPPORTUNISTIC:
        case CU_MEMPOOL_ATTR_REUSE_ALLOW_INTERNAL_DEPENDENCIES:
            p->reuse[attr - CU_MEMPOOL_ATTR_REUSE_FOLLOW_EVENT_DEPENDENCIES] = *(int *)value != 0;
            break;
        case CU_MEMPOOL_ATTR_RELEASE_THRESHOLD:
            p->threshold = *(cuuint64_t *)value;
            break;
        case CU_MEMPOOL_ATTR_RESERVED_MEM_HIGH:
        case CU_MEMPOOL_ATTR_USED_MEM_HIGH:
            if (*(cuuint64_t *)value != 0)
                rc = CUDA_ERROR_INVALID_VALUE;
            else if (attr == CU_MEMPOOL_ATTR_RESERVED_MEM_HIGH)
                p->reserved_high = p->reserved;
            else
                p->used_high = p->used;
            break;
        default:
            rc = CUDA_ERROR_INVALID_VALUE;
            break;
        }
    }
    fake__unlock();
    return fake__done(e, rc);
}

/* Contract: reads a pool attribute: the reuse flags (int), the release threshold and
 * reserved/used current and high-water bytes (cuuint64_t). */
CUresult cuMemPoolGetAttribute(CUmemoryPool pool, CUmemPool_attribute attr, void *value)
{
    int e = errno;
    CUresult rc = fake__initialized();
    if (rc != CUDA_SUCCESS)
        return fake__done(e, rc);
    if (value == NULL)
        return fake__done(e, CUDA_ERROR_INVALID_VALUE);
    fake__lock();
    struct fake__pool *p = pool_get(pool);
    if (p == NULL) {
        rc = CUDA_ERROR_INVALID_VALUE;
    } else {
        switch (attr) {
        case CU_MEMPOOL_ATTR_REUSE_FOLLOW_EVENT_DEPENDENCIES:
        case CU_MEMPOOL_ATTR_REUSE_ALLOW_OPPORTUNISTIC:
        case CU_MEMPOOL_ATTR_REUSE_ALLOW_INTERNAL_DEPENDENCIES:
            *(int *)value = p->reuse[attr - CU_MEMPOOL_ATTR_REUSE_FOLLOW_EVENT_DEPENDENCIES];
            break;
        case CU_MEMPOOL_ATTR_RELEASE_THRESHOLD:
            *(cuuint64_t *)value = p->threshold;
            break;
        case CU_MEMPOOL_ATTR_RESERVED_MEM_CURRENT:
            *(cuuint64_t *)value = p->reserved;
            break;
        case CU_MEMPOOL_ATTR_RESERVED_MEM_HIGH:
            *(cuuint64_t *)value = p->reserved_high;
            break;
        case CU_MEMPOOL_ATTR_USED_MEM_CURRENT:
            *(cuuint64_t *)value = p->used;
            break;
        case CU_MEMPOOL_ATTR_USED_MEM_HIGH:
            *(cuuint64_t *)value = p->used_high;
            break;
        default:
            rc = CUDA_ERROR_INVALID_VALUE;
            break;
        }
    }
    fake__unlock();
    return fake__done(e, rc);
}

/* Contract: releases free blocks of pool until at most minBytesToKeep stay reserved. */
CUresult cuMemPoolTrimTo(CUmemoryPool pool, size_t minBytesToKeep)
{
    int e = errno;
    CUresult rc = fake__initialized();
    if (rc != CUDA_SUCCESS)
        return fake__done(e, rc);
    fake__lock();
    struct fake__pool *p = pool_get(pool);
    if (p == NULL)
        rc = CUDA_ERROR_INVALID_VALUE;
    else
        trim_to(p, minBytesToKeep);
    fake__unlock();
    return fake__done(e, rc);
}

/* Contract: accepts access descriptors for valid devices (every device can reach
 * every pool here). */
CUresult cuMemPoolSetAccess(CUmemoryPool pool, const CUmemAccessDesc *map, size_t count)
{
    int e = errno;
    CUresult rc = fake__initialized();
    if (rc != CUDA_SUCCESS)
        return fake__done(e, rc);
    if (map == NULL && count > 0)
        return fake__done(e, CUDA_ERROR_INVALID_VALUE);
    for (size_t i = 0; i < count; i++)
        if (map[i].location.type != CU_MEM_LOCATION_TYPE_DEVICE ||
            fake__check_device(map[i].location.id) != CUDA_SUCCESS)
            return fake__done(e, CUDA_ERROR_INVALID_DEVICE);
    fake__lock();
    if (pool_get(pool) == NULL)
        rc = CUDA_ERROR_INVALID_VALUE;
    fake__unlock();
    return fake__done(e, rc);
}

/* Contract: *flags = read-write access for any valid device location. */
CUresult cuMemPoolGetAccess(CUmemAccess_flags *flags, CUmemoryPool memPool, CUmemLocation *location)
{
    int e = errno;
    CUresult rc = fake__initialized();
    if (rc != CUDA_SUCCESS)
        return fake__done(e, rc);
    if (flags == NULL || location == NULL)
        return fake__done(e, CUDA_ERROR_INVALID_VALUE);
    if (location->type != CU_MEM_LOCATION_TYPE_DEVICE || fake__check_device(location->id) != CUDA_SUCCESS)
        return fake__done(e, CUDA_ERROR_INVALID_DEVICE);
    fake__lock();
    if (pool_get(memPool) == NULL)
        rc = CUDA_ERROR_INVALID_VALUE;
    else
        *flags = CU_MEM_ACCESS_FLAGS_PROT_READWRITE;
    fake__unlock();
    return fake__done(e, rc);
}
