/*
 * vgpu_alloc.c - what a program sees of its vGPU's memory. Prints what cuMemGetInfo and
 * cuDeviceTotalMem report, then allocates 64 MiB blocks until the driver refuses,
 * printing how many fit and the error, then frees one block and allocates again.
 * Under `quanta run --mem 1GiB` the refusal must be CUDA_ERROR_OUT_OF_MEMORY after
 * 16 blocks; natively the device's own size decides. With an argument N (and optionally
 * S), holds N blocks for S seconds (default 2) instead, a second process of a shared
 * vGPU, and prints "holding" and, at the end, "released".
 */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "quanta_cuda_app.h"

#define BLOCK (64ull << 20)

int main(int argc, char **argv)
{
    CUdevice dev;
    CUcontext ctx;
    size_t free_b = 0, total = 0, dev_total = 0;
    if (cuInit(0) || cuDeviceGet(&dev, 0) || cuDevicePrimaryCtxRetain(&ctx, dev) || cuCtxSetCurrent(ctx)) {
        printf("no device\n");
        return 1;
    }
    static CUdeviceptr blocks[4096];
    int n = 0;
    if (argc > 1) {
        int want = atoi(argv[1]);
        for (; n < want && cuMemAlloc(&blocks[n], BLOCK) == CUDA_SUCCESS; n++)
            ;
        printf("holding %d blocks\n", n);
        fflush(stdout);
        sleep(argc > 2 ? (unsigned)atoi(argv[2]) : 2u);
        for (int i = 0; i < n; i++)
            cuMemFree(blocks[i]);
        printf("released\n");
        return n == want ? 0 : 1;
    }
    cuMemGetInfo(&free_b, &total);
    cuDeviceTotalMem(&dev_total, dev);
    printf("total %zu MiB, free %zu MiB, device total %zu MiB\n", total >> 20, free_b >> 20, dev_total >> 20);
    CUresult rc = CUDA_SUCCESS;
    while (n < 4096 && (rc = cuMemAlloc(&blocks[n], BLOCK)) == CUDA_SUCCESS)
        n++;
    const char *name = "?";
    cuGetErrorName(rc, &name);
    printf("allocated %d blocks of 64 MiB, then %s\n", n, name);
    cuMemGetInfo(&free_b, &total);
    printf("at the limit: free %zu MiB\n", free_b >> 20);
    cuMemFree(blocks[--n]);
    rc = cuMemAlloc(&blocks[n], BLOCK);
    printf("after one free, allocating again: %s\n", rc == CUDA_SUCCESS ? "ok" : "refused");
    for (int i = 0; i <= n; i++)
        cuMemFree(blocks[i]);
    cuMemGetInfo(&free_b, &total);
    printf("after freeing all: free %zu MiB\n", free_b >> 20);
    return 0;
}
