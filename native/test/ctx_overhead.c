/*
 * ctx_overhead.c - how much device memory a CUDA context takes, as NVML sees the GPU's
 * used memory: before any context, after the primary context, after one more created
 * context. Prints one line of MiB figures. (On fakecuda: FAKECUDA_CTX_OVERHEAD.)
 */
#include <stdio.h>
#include <unistd.h>

#include "quanta_cuda_app.h"
#include "quanta_nvml_app.h"

static unsigned long long used_mib(nvmlDevice_t d)
{
    nvmlMemory_t m;
    return nvmlDeviceGetMemoryInfo(d, &m) == NVML_SUCCESS ? m.used >> 20 : 0;
}

int main(void)
{
    nvmlDevice_t d;
    CUdevice dev;
    CUcontext primary, extra;
    if (nvmlInit() || nvmlDeviceGetHandleByIndex(0, &d))
        return 1;
    unsigned long long before = used_mib(d);
    if (cuInit(0) || cuDeviceGet(&dev, 0) || cuDevicePrimaryCtxRetain(&primary, dev) || cuCtxSetCurrent(primary))
        return 1;
    usleep(200000);
    unsigned long long with_primary = used_mib(d);
    if (cuCtxCreate(&extra, NULL, 0, dev))
        return 1;
    usleep(200000);
    unsigned long long with_two = used_mib(d);
    printf("used MiB: no context %llu, primary context %llu (+%llu), one more context %llu (+%llu)\n", before,
           with_primary, with_primary - before, with_two, with_two - with_primary);
    cuCtxDestroy(extra);
    cuDevicePrimaryCtxRelease(dev);
    return 0;
}
