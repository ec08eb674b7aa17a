/*
 * vgpu_pool_release.c - memory a pool gave back at a synchronisation must be usable by
 * every other kind of allocation at once (issue 11, seen on an H200: after 7.25 GiB of
 * an 8 GiB vGPU went through cuMemAllocAsync/cuMemFreeAsync and a sync, a 256 MiB
 * cuArrayCreate was refused).
 *
 *   vgpu_pool_release [FILL_MIB [KIND...]]
 *
 * For each KIND (default: all of info array alloc vmm context pool): fills the device's
 * current pool with one cuMemAllocAsync of FILL_MIB (default: what cuMemGetInfo says is
 * free, less 32 MiB), frees it with cuMemFreeAsync, synchronises the stream (the pool's
 * release threshold is 0, so the driver releases the pool's memory there), then asks for
 * one more allocation of that kind: a 256 MiB CUDA array, cuMemAlloc, a cuMemCreate
 * allocation, a created context, or an allocation from a second pool ("info" allocates
 * nothing: the free memory printed is the first query after the sync). Prints
 *   free before: N MiB of T MiB
 *   KIND after the pool's release: CUDA_SUCCESS; free N MiB
 * (free measured after the allocation was given back), so the same program shows
 * natively that the memory comes back and under Quanta that the vGPU sees it. Exits 0
 * whatever the allocations answer (the caller judges the lines), 1 without a device, 2
 * when the fill itself fails.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "quanta_cuda_app.h"

#define MiB (1ull << 20)
#define PIECE (256 * MiB)

static const char *err(CUresult rc)
{
    const char *name = "?";
    cuGetErrorName(rc, &name);
    return name;
}

static unsigned long long free_mib(unsigned long long *total)
{
    size_t f = 0, t = 0;
    cuMemGetInfo(&f, &t);
    if (total != NULL)
        *total = t / MiB;
    return f / MiB;
}

/* One allocation of `kind` while the pool's memory is back with the driver; what was
 * allocated is given back before returning. */
static CUresult try_kind(const char *kind, CUdevice dev, CUcontext ctx, CUstream s)
{
    CUresult rc = CUDA_SUCCESS;
    if (strcmp(kind, "info") == 0) {
        /* nothing: the caller's cuMemGetInfo is the first call after the sync */
    } else if (strcmp(kind, "array") == 0) {
        CUDA_ARRAY_DESCRIPTOR d = {4096, 4096, CU_AD_FORMAT_FLOAT, 4}; /* 256 MiB */
        CUarray a;
        if ((rc = cuArrayCreate(&a, &d)) == CUDA_SUCCESS)
            cuArrayDestroy(a);
    } else if (strcmp(kind, "alloc") == 0) {
        CUdeviceptr p;
        if ((rc = cuMemAlloc(&p, PIECE)) == CUDA_SUCCESS)
            cuMemFree(p);
    } else if (strcmp(kind, "vmm") == 0) {
        CUmemAllocationProp prop = {.type = CU_MEM_ALLOCATION_TYPE_PINNED, .location = {CU_MEM_LOCATION_TYPE_DEVICE, dev}};
        CUmemGenericAllocationHandle h;
        if ((rc = cuMemCreate(&h, PIECE, &prop, 0)) == CUDA_SUCCESS)
            cuMemRelease(h);
    } else if (strcmp(kind, "context") == 0) {
        CUcontext c;
        if ((rc = cuCtxCreate_v2(&c, 0, dev)) == CUDA_SUCCESS)
            cuCtxDestroy_v2(c);
        cuCtxSetCurrent(ctx);
    } else if (strcmp(kind, "pool") == 0) {
        CUmemPoolProps props = {.allocType = CU_MEM_ALLOCATION_TYPE_PINNED, .location = {CU_MEM_LOCATION_TYPE_DEVICE, dev}};
        CUmemoryPool pool;
        CUdeviceptr p;
        if ((rc = cuMemPoolCreate(&pool, &props)) != CUDA_SUCCESS)
            return rc;
        if ((rc = cuMemAllocFromPoolAsync(&p, PIECE, pool, s)) == CUDA_SUCCESS)
            cuMemFreeAsync(p, s);
        cuStreamSynchronize(s);
        cuMemPoolDestroy(pool);
    } else {
        rc = CUDA_ERROR_INVALID_VALUE;
    }
    return rc;
}

int main(int argc, char **argv)
{
    CUdevice dev;
    CUcontext ctx;
    CUstream s;
    if (cuInit(0) || cuDeviceGet(&dev, 0) || cuDevicePrimaryCtxRetain(&ctx, dev) || cuCtxSetCurrent(ctx) ||
        cuStreamCreate(&s, CU_STREAM_NON_BLOCKING)) {
        printf("no device\n");
        return 1;
    }
    unsigned long long total, before = free_mib(&total);
    unsigned long long fill = argc > 1 ? strtoull(argv[1], NULL, 10) : (before > 32 ? before - 32 : 0);
    printf("free before: %llu MiB of %llu MiB; the pool takes %llu MiB\n", before, total, fill);
    static const char *all[] = {"info", "array", "alloc", "vmm", "context", "pool"};
    int n = argc > 2 ? argc - 2 : (int)(sizeof all / sizeof all[0]);
    for (int i = 0; i < n; i++) {
        const char *kind = argc > 2 ? argv[i + 2] : all[i];
        CUdeviceptr big;
        CUresult rc = cuMemAllocAsync(&big, fill * MiB, s);
        if (rc != CUDA_SUCCESS) {
            printf("filling the pool with %llu MiB: %s\n", fill, err(rc));
            return 2;
        }
        unsigned long long full = free_mib(NULL);
        cuMemFreeAsync(big, s);
        cuStreamSynchronize(s);
        rc = try_kind(kind, dev, ctx, s);
        printf("%s after the pool's release: %s; free %llu MiB (%llu MiB while the pool held it)\n", kind, err(rc),
               free_mib(NULL), full);
    }
    cuStreamDestroy(s);
    cuCtxSetCurrent(NULL);
    cuDevicePrimaryCtxRelease(dev);
    return 0;
}
