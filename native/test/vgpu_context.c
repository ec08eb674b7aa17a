/*
 * vgpu_context.c - a context's own memory against the vGPU quota. Prints what the vGPU
 * counts (NVML's used memory, which the interposer reports for the vGPU) with no
 * context, with the primary context retained twice, with one created context more,
 * after destroying it and after the last release; then how many 64 MiB blocks fit
 * beside the primary context. Under `quanta run --mem 1GiB` on fakecuda with 64 MiB
 * contexts: 0, 64, 128, 64, 0 and 15 blocks. With a quota too small for two contexts,
 * the created one fails with CUDA_ERROR_OUT_OF_MEMORY.
 */
#include <stdio.h>

#include "quanta_cuda_api.h"
#include "quanta_nvml_api.h"

#define MiB (1ull << 20)

static unsigned long long used_mib(nvmlDevice_t d)
{
    nvmlMemory_t m;
    return nvmlDeviceGetMemoryInfo(d, &m) == NVML_SUCCESS ? m.used / MiB : 0;
}

static const char *err(CUresult rc)
{
    const char *name = "?";
    cuGetErrorName(rc, &name);
    return name;
}

int main(void)
{
    nvmlDevice_t nd;
    CUdevice dev;
    CUcontext primary, again, created;
    if (nvmlInit_v2() || nvmlDeviceGetHandleByIndex_v2(0, &nd) || cuInit(0) || cuDeviceGet(&dev, 0)) {
        printf("no device\n");
        return 1;
    }
    printf("no context: used %llu MiB\n", used_mib(nd));
    CUresult rc = cuDevicePrimaryCtxRetain(&primary, dev);
    if (rc != CUDA_SUCCESS) {
        printf("primary retain: %s\n", err(rc));
        return 0;
    }
    cuDevicePrimaryCtxRetain(&again, dev);
    cuCtxSetCurrent(primary);
    printf("primary context (retained twice): used %llu MiB\n", used_mib(nd));
    rc = cuCtxCreate_v2(&created, 0, dev);
    printf("created context: %s, used %llu MiB\n", err(rc), used_mib(nd));
    if (rc == CUDA_SUCCESS) {
        cuCtxDestroy_v2(created);
        printf("destroyed: used %llu MiB\n", used_mib(nd));
    }
    cuCtxSetCurrent(primary);
    CUdeviceptr blocks[64];
    int n = 0;
    while (n < 64 && cuMemAlloc_v2(&blocks[n], 64 * MiB) == CUDA_SUCCESS)
        n++;
    printf("beside the primary context, %d blocks of 64 MiB fit\n", n);
    for (int i = 0; i < n; i++)
        cuMemFree_v2(blocks[i]);
    cuCtxSetCurrent(NULL);
    cuDevicePrimaryCtxRelease_v2(dev);
    printf("one release: used %llu MiB\n", used_mib(nd));
    cuDevicePrimaryCtxRelease_v2(dev);
    printf("last release: used %llu MiB\n", used_mib(nd));
    return 0;
}
