/*
 * context_cost.c - quanta-context-cost: how much device memory one CUDA context takes
 * on a GPU, for the daemon, which charges that much to a vGPU for each context its
 * programs hold (a context's memory is real and outside every allocation call).
 *
 * Usage: quanta-context-cost GPU-UUID. Loads libnvidia-ml.so.1 and libcuda.so.1 at run
 * time (links neither), creates the primary context of that GPU and reads, through
 * NVML, what this process then holds on it: the per-process figure where the driver
 * reports one (what nvidia-smi lists), else the growth of the device's used memory
 * (racy if others allocate meanwhile, so the smallest of three readings is kept).
 * Prints {"uuid":"…","contextBytes":N,"method":"process"|"device"} or {"error":"…"}
 * and exits 1. The daemon must run it without LD_PRELOAD (no Quanta in it).
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "quanta_cuda_api.h"
#include "quanta_nvml_api.h"

#define CU(h, name) ((quanta_cuda_pfn_##name)dlsym((h), #name))
#define NV(h, name) ((quanta_nvml_pfn_##name)dlsym((h), #name))
#define NOT_AVAILABLE 0xFFFFFFFFFFFFFFFFull /* nvml.h's NVML_VALUE_NOT_AVAILABLE */

static int fail(const char *what)
{
    printf("{\"error\":\"%s\"}\n", what); /* fixed texts: nothing to escape */
    return 1;
}

static void sleep_ms(long ms)
{
    nanosleep(&(struct timespec){ms / 1000, (ms % 1000) * 1000000L}, NULL);
}

/* What this process holds on `dev` by NVML's process list; 0 if not listed (yet). */
static unsigned long long own_usage(quanta_nvml_pfn_nvmlDeviceGetComputeRunningProcesses_v3 list, nvmlDevice_t dev)
{
    nvmlProcessInfo_t infos[256];
    unsigned int n = 256;
    if (list == NULL || list(dev, &n, infos) != NVML_SUCCESS)
        return 0;
    for (unsigned int i = 0; i < n; i++)
        if (infos[i].pid == (unsigned int)getpid() && infos[i].usedGpuMemory != NOT_AVAILABLE)
            return infos[i].usedGpuMemory;
    return 0;
}

int main(int argc, char **argv)
{
    if (argc != 2 || strncmp(argv[1], "GPU-", 4) != 0)
        return fail("usage: quanta-context-cost GPU-UUID");
    void *nvml = dlopen("libnvidia-ml.so.1", RTLD_NOW | RTLD_LOCAL);
    void *cuda = dlopen("libcuda.so.1", RTLD_NOW | RTLD_LOCAL);
    if (nvml == NULL || cuda == NULL)
        return fail("cannot load libnvidia-ml.so.1 and libcuda.so.1 (no NVIDIA driver?)");
    quanta_nvml_pfn_nvmlInit_v2 nv_init = NV(nvml, nvmlInit_v2);
    quanta_nvml_pfn_nvmlDeviceGetHandleByUUID by_uuid = NV(nvml, nvmlDeviceGetHandleByUUID);
    quanta_nvml_pfn_nvmlDeviceGetMemoryInfo meminfo = NV(nvml, nvmlDeviceGetMemoryInfo);
    quanta_nvml_pfn_nvmlDeviceGetComputeRunningProcesses_v3 list = NV(nvml, nvmlDeviceGetComputeRunningProcesses_v3);
    quanta_cuda_pfn_cuInit cu_init = CU(cuda, cuInit);
    quanta_cuda_pfn_cuDeviceGetCount count = CU(cuda, cuDeviceGetCount);
    quanta_cuda_pfn_cuDeviceGet get = CU(cuda, cuDeviceGet);
    quanta_cuda_pfn_cuDeviceGetUuid_v2 get_uuid = CU(cuda, cuDeviceGetUuid_v2);
    quanta_cuda_pfn_cuDevicePrimaryCtxRetain retain = CU(cuda, cuDevicePrimaryCtxRetain);
    quanta_cuda_pfn_cuCtxSetCurrent set_current = CU(cuda, cuCtxSetCurrent);
    quanta_cuda_pfn_cuCtxSynchronize sync = CU(cuda, cuCtxSynchronize);
    if (!nv_init || !by_uuid || !meminfo || !cu_init || !count || !get || !get_uuid || !retain || !set_current || !sync)
        return fail("the driver libraries lack basic entry points");
    nvmlDevice_t nvdev;
    nvmlMemory_t before = {0}, after = {0};
    if (nv_init() != NVML_SUCCESS || by_uuid(argv[1], &nvdev) != NVML_SUCCESS || meminfo(nvdev, &before) != NVML_SUCCESS)
        return fail("NVML does not know this GPU");
    /* The CUDA ordinal of the same GPU: match UUIDs (CUDA_VISIBLE_DEVICES may reorder). */
    int n = 0, found = -1;
    CUdevice dev = 0;
    if (cu_init(0) != CUDA_SUCCESS || count(&n) != CUDA_SUCCESS)
        return fail("cuInit failed");
    for (int i = 0; i < n && found < 0; i++) {
        CUuuid u;
        char text[64];
        const unsigned char *b = (const unsigned char *)u.bytes;
        if (get(&dev, i) != CUDA_SUCCESS || get_uuid(&u, dev) != CUDA_SUCCESS)
            continue;
        snprintf(text, sizeof text, "GPU-%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x", b[0],
                 b[1], b[2], b[3], b[4], b[5], b[6], b[7], b[8], b[9], b[10], b[11], b[12], b[13], b[14], b[15]);
        if (strcmp(text, argv[1]) == 0)
            found = i;
    }
    CUcontext ctx;
    if (found < 0)
        return fail("CUDA does not see this GPU");
    if (retain(&ctx, dev) != CUDA_SUCCESS || set_current(ctx) != CUDA_SUCCESS || sync() != CUDA_SUCCESS)
        return fail("cannot create a context on this GPU");
    /* NVML's figures lag the driver by a little: poll for up to a second. */
    unsigned long long mine = 0, grew = ~0ull;
    for (int i = 0; i < 10 && mine == 0; i++) {
        sleep_ms(100);
        mine = own_usage(list, nvdev);
        if (meminfo(nvdev, &after) == NVML_SUCCESS && after.used > before.used && after.used - before.used < grew && i >= 7)
            grew = after.used - before.used;
    }
    if (mine == 0 && grew == ~0ull)
        return fail("NVML shows no memory taken by the context");
    printf("{\"uuid\":\"%s\",\"contextBytes\":%llu,\"method\":\"%s\"}\n", argv[1], mine ? mine : grew,
           mine ? "process" : "device");
    return 0;
}
