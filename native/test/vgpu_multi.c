/*
 * vgpu_multi.c - a vGPU over several GPUs, as the program's device ordinals see them.
 * Usage: vgpu_multi SECONDS N0 [N1 ...]: on ordinal i allocates N_i blocks of 64 MiB
 * (then one more than the quota allows is tried and must fail), prints each ordinal's
 * GPU UUID and what cuMemGetInfo reports, and holds everything for SECONDS so that
 * `quanta ps` can show where the memory was counted.
 */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "quanta_cuda_api.h"

#define MiB (1ull << 20)

int main(int argc, char **argv)
{
    int count = 0;
    if (argc < 3 || cuInit(0) || cuDeviceGetCount(&count)) {
        fprintf(stderr, "usage: vgpu_multi SECONDS N0 [N1 ...] (and a device)\n");
        return 2;
    }
    printf("visible devices: %d\n", count);
    for (int i = 0; i + 2 < argc && i < count; i++) {
        CUdevice dev;
        CUcontext ctx;
        CUuuid u;
        if (cuDeviceGet(&dev, i) || cuDevicePrimaryCtxRetain(&ctx, dev) || cuCtxSetCurrent(ctx) ||
            cuDeviceGetUuid_v2(&u, dev))
            return 1;
        int want = atoi(argv[i + 2]), n = 0;
        CUdeviceptr p;
        while (n < want && cuMemAlloc_v2(&p, 64 * MiB) == CUDA_SUCCESS)
            n++;
        size_t free_b = 0, total = 0;
        cuMemGetInfo_v2(&free_b, &total);
        const unsigned char *b = (const unsigned char *)u.bytes;
        printf("ordinal %d (GPU-…%02x%02x): %d blocks, total %zu MiB, free %zu MiB\n", i, b[14], b[15], n,
               (size_t)(total / MiB), (size_t)(free_b / MiB));
    }
    fflush(stdout);
    sleep((unsigned)atoi(argv[1]));
    return 0;
}
