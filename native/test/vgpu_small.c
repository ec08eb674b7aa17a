/*
 * vgpu_small.c - small allocations against a vGPU quota. Small allocations draw on a
 * per-process credit reserved in the vGPU in 2 MiB pieces (see vgpu_quota.c); this checks
 * what that must not change: the last bytes of the quota can still be allocated, the
 * process's own memory info stays exact, and frees give the quota back.
 * Usage: vgpu_small            allocate 4 KiB blocks until refused, free, report
 *        vgpu_small hold N S   hold N blocks of 4 KiB for S seconds (a second member)
 */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "quanta_cuda_app.h"

#define SMALL 4096u
#define MAX_BLOCKS (1 << 16)

static CUdeviceptr blocks[MAX_BLOCKS];

int main(int argc, char **argv)
{
    CUdevice dev;
    CUcontext ctx;
    size_t free_b = 0, total = 0;
    if (cuInit(0) || cuDeviceGet(&dev, 0) || cuDevicePrimaryCtxRetain(&ctx, dev) || cuCtxSetCurrent(ctx)) {
        printf("no device\n");
        return 1;
    }
    int n = 0;
    if (argc > 3) {
        int want = atoi(argv[2]);
        for (; n < want && n < MAX_BLOCKS && cuMemAlloc(&blocks[n], SMALL) == CUDA_SUCCESS; n++)
            ;
        printf("holding %d small blocks\n", n);
        fflush(stdout);
        sleep((unsigned)atoi(argv[3]));
        return n == want ? 0 : 1;
    }
    CUresult rc = CUDA_SUCCESS;
    while (n < MAX_BLOCKS && (rc = cuMemAlloc(&blocks[n], SMALL)) == CUDA_SUCCESS)
        n++;
    const char *name = "?";
    cuGetErrorName(rc, &name);
    cuMemGetInfo(&free_b, &total);
    printf("allocated %d blocks of 4 KiB, then %s; free %zu KiB of %zu KiB\n", n, name, free_b >> 10, total >> 10);
    for (int i = 0; i < n; i += 2)
        cuMemFree(blocks[i]);
    cuMemGetInfo(&free_b, &total);
    printf("after freeing every other block: free %zu KiB\n", free_b >> 10);
    for (int i = 1; i < n; i += 2)
        cuMemFree(blocks[i]);
    cuMemGetInfo(&free_b, &total);
    printf("after freeing all: free %zu KiB of %zu KiB\n", free_b >> 10, total >> 10);
    fflush(stdout);
    if (argc > 1) /* let the caller look at the ledger before this process ends */
        sleep((unsigned)atoi(argv[1]));
    return 0;
}
