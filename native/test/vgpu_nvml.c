/*
 * vgpu_nvml.c - what NVML reports for GPU 0's memory (both versions of the call), after
 * allocating 128 MiB through the driver. Under `quanta run --mem 1GiB`: total 1024 MiB,
 * used 128 MiB. Prints two lines.
 */
#include <stdio.h>

#include "quanta_cuda_app.h"
#include "quanta_nvml_app.h"

int main(void)
{
    CUdevice dev;
    CUcontext ctx;
    CUdeviceptr p;
    nvmlDevice_t d;
    nvmlMemory_t m1;
    nvmlMemory_v2_t m2 = {.version = (unsigned)(sizeof m2 | 2u << 24)};
    if (cuInit(0) || cuDeviceGet(&dev, 0) || cuDevicePrimaryCtxRetain(&ctx, dev) || cuCtxSetCurrent(ctx) ||
        cuMemAlloc(&p, 128u << 20) || nvmlInit() || nvmlDeviceGetHandleByIndex(0, &d)) {
        printf("setup failed\n");
        return 1;
    }
    if (nvmlDeviceGetMemoryInfo(d, &m1) == NVML_SUCCESS)
        printf("nvml v1: total %llu MiB, used %llu MiB\n", m1.total >> 20, m1.used >> 20);
    if (nvmlDeviceGetMemoryInfo_v2(d, &m2) == NVML_SUCCESS)
        printf("nvml v2: total %llu MiB, used %llu MiB\n", m2.total >> 20, m2.used >> 20);
    cuMemFree(p);
    nvmlShutdown();
    return 0;
}
