/*
 * vgpu_pool.c - stream-ordered allocation (the default memory pool) against a vGPU
 * quota: cuMemAllocAsync of 256 MiB blocks until refused, then one cuMemFreeAsync, a
 * synchronisation, and one more allocation (the pool's unused reservation must be
 * given back for it to fit). Under `quanta run --mem 1GiB`: 4 blocks, then
 * CUDA_ERROR_OUT_OF_MEMORY, then ok.
 */
#include <stdio.h>

#include "quanta_cuda_app.h"

#define BLOCK (256ull << 20)

int main(void)
{
    CUdevice dev;
    CUcontext ctx;
    CUstream s;
    if (cuInit(0) || cuDeviceGet(&dev, 0) || cuDevicePrimaryCtxRetain(&ctx, dev) || cuCtxSetCurrent(ctx) ||
        cuStreamCreate(&s, CU_STREAM_NON_BLOCKING)) {
        printf("no device\n");
        return 1;
    }
    static CUdeviceptr b[256];
    int n = 0;
    CUresult rc = CUDA_SUCCESS;
    while (n < 256 && (rc = cuMemAllocAsync(&b[n], BLOCK, s)) == CUDA_SUCCESS)
        n++;
    cuStreamSynchronize(s);
    const char *name = "?";
    cuGetErrorName(rc, &name);
    printf("pool allocated %d blocks of 256 MiB, then %s\n", n, name);
    cuMemFreeAsync(b[--n], s);
    cuStreamSynchronize(s);
    rc = cuMemAllocAsync(&b[n], BLOCK, s);
    printf("after one free and a sync, allocating again: %s\n", rc == CUDA_SUCCESS ? "ok" : "refused");
    for (int i = 0; i <= n; i++)
        cuMemFreeAsync(b[i], s);
    cuStreamSynchronize(s);
    return 0;
}
