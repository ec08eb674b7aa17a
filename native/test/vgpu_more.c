/*
 * vgpu_more.c - the other allocation paths against a vGPU quota of 1 GiB: pitched
 * (cuMemAllocPitch), managed (cuMemAllocManaged) and the legacy 32-bit cuMemAlloc /
 * cuMemGetInfo of old binaries. Each allocates 256 MiB pieces until refused and prints
 * how many fit: pitched and managed stop at 4 with CUDA_ERROR_OUT_OF_MEMORY; the legacy
 * path meets fakecuda's 32-bit address range first (3 fit, also natively), and the
 * legacy memory info must then show them counted: total 1024 MiB, free 256 MiB.
 */
#include <stdio.h>

#include "quanta_cuda_api.h"

#define MiB (1u << 20)

static void report(const char *what, int n, CUresult rc)
{
    const char *name = "?";
    cuGetErrorName(rc, &name);
    printf("%s: %d, then %s\n", what, n, name);
}

int main(void)
{
    CUdevice dev;
    CUcontext ctx;
    if (cuInit(0) || cuDeviceGet(&dev, 0) || cuDevicePrimaryCtxRetain(&ctx, dev) || cuCtxSetCurrent(ctx)) {
        printf("no device\n");
        return 1;
    }
    static CUdeviceptr p[64];
    static CUdeviceptr_v1 q[64];
    int n = 0;
    CUresult rc = CUDA_SUCCESS;
    size_t pitch;
    while (n < 64 && (rc = cuMemAllocPitch_v2(&p[n], &pitch, 16 * 1024, 16 * 1024, 4)) == CUDA_SUCCESS)
        n++;
    report("pitched 256 MiB", n, rc);
    for (int i = 0; i < n; i++)
        cuMemFree_v2(p[i]);
    for (n = 0; n < 64 && (rc = cuMemAllocManaged(&p[n], 256 * MiB, CU_MEM_ATTACH_GLOBAL)) == CUDA_SUCCESS;)
        n++;
    report("managed 256 MiB", n, rc);
    for (int i = 0; i < n; i++)
        cuMemFree_v2(p[i]);
    for (n = 0; n < 64 && (rc = cuMemAlloc(&q[n], 256 * MiB)) == CUDA_SUCCESS;)
        n++;
    report("legacy 256 MiB", n, rc);
    unsigned int free32 = 0, total32 = 0;
    cuMemGetInfo(&free32, &total32);
    printf("legacy meminfo: total %u MiB, free %u MiB\n", total32 / MiB, free32 / MiB);
    for (int i = 0; i < n; i++)
        cuMemFree(q[i]);
    return 0;
}
