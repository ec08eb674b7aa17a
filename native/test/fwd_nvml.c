/*
 * fwd_nvml.c - NVML through API forwarding (test/forward.test.ts): a program that loads
 * libnvidia-ml.so.1 and libcuda.so.1, both the forwarding client (one library mapped
 * once), and queries the device the executor sees: count, name, memory (under a vGPU,
 * its quota), an error string, an entry point not forwarded; an NVML call between an
 * asynchronous CUDA error and the next synchronisation leaves that error to the
 * synchronisation. Prints "ok"/"FAIL" lines and PASSED or FAILED; exits 1 on any failure.
 * With an argument N, also checks that the memory total is N MiB.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fakecuda.h"
#include "quanta_cuda_app.h"
#include "ok_lines.h"
#include "quanta_nvml_app.h"

int main(int argc, char **argv)
{
    void *ml = dlopen("libnvidia-ml.so.1", RTLD_NOW | RTLD_NOLOAD), *cu = dlopen("libcuda.so.1", RTLD_NOW | RTLD_NOLOAD);
    Dl_info a, b;
    CHECK(ml != NULL && ml == cu && dladdr((void *)nvmlInit_v2, &a) && dladdr((void *)cuInit, &b) && a.dli_fbase == b.dli_fbase,
          "libnvidia-ml.so.1 and libcuda.so.1 are one library, mapped once (%s)", a.dli_fname);
    CHECK(nvmlInit_v2() == NVML_SUCCESS, "nvmlInit");
    unsigned int count = 0;
    nvmlDevice_t dev = NULL;
    char name[96] = {0};
    CHECK(nvmlDeviceGetCount_v2(&count) == NVML_SUCCESS && count >= 1 && nvmlDeviceGetHandleByIndex_v2(0, &dev) == NVML_SUCCESS &&
              nvmlDeviceGetName(dev, name, sizeof name) == NVML_SUCCESS && name[0] != '\0',
          "%u device(s); the first is %s", count, name);
    nvmlMemory_t mem;
    memset(&mem, 0, sizeof mem);
    CHECK(nvmlDeviceGetMemoryInfo(dev, &mem) == NVML_SUCCESS && mem.total > 0 && mem.free <= mem.total, "memory: %llu MiB, %llu free",
          mem.total >> 20, mem.free >> 20);
    if (argc > 1)
        CHECK(mem.total >> 20 == strtoull(argv[1], NULL, 10), "the total is the vGPU's quota (%s MiB)", argv[1]);
    CHECK(strcmp(nvmlErrorString(NVML_ERROR_NOT_SUPPORTED), "NVML_ERROR_NOT_SUPPORTED") == 0, "an error string");
    unsigned int speed = 0;
    CHECK(nvmlDeviceGetFanSpeed(dev, &speed) == NVML_ERROR_NOT_SUPPORTED, "an entry point not forwarded");

    /* An invalid launch's error, sent without waiting, stays for the next CUDA sync. */
    CUdevice d;
    CUcontext ctx;
    CUmodule mod;
    CUfunction fill;
    CHECK(cuInit(0) == CUDA_SUCCESS && cuDeviceGet(&d, 0) == CUDA_SUCCESS && cuDevicePrimaryCtxRetain(&ctx, d) == CUDA_SUCCESS &&
              cuCtxSetCurrent(ctx) == CUDA_SUCCESS && cuModuleLoadData(&mod, FAKECUDA_MODULE_ALL) == CUDA_SUCCESS &&
              cuModuleGetFunction(&fill, mod, FAKECUDA_KERNEL_FILL_U32) == CUDA_SUCCESS,
          "a context and a kernel");
    CUdeviceptr p;
    unsigned int v = 1;
    unsigned long long n = 4;
    void *args[] = {&p, &v, &n};
    CUresult at_once = cuMemAlloc(&p, 16) == CUDA_SUCCESS ? cuLaunchKernel(fill, 0, 1, 1, 1, 1, 1, 0, NULL, args, NULL) : CUDA_ERROR_UNKNOWN;
    nvmlReturn_t between = nvmlDeviceGetCount_v2(&count);
    CUresult later = cuCtxSynchronize();
    CHECK(between == NVML_SUCCESS && ((at_once == CUDA_SUCCESS && later == CUDA_ERROR_INVALID_VALUE) || (at_once == CUDA_ERROR_INVALID_VALUE && later == CUDA_SUCCESS)),
          "an NVML call leaves a pending launch error to the next sync (%d, %d, %d)", (int)at_once, (int)between, (int)later);
    /* The processes on the device: an array as long as the count the program gives. */
    nvmlProcessInfo_t procs[8];
    unsigned int nprocs = 8;
    memset(procs, 0, sizeof procs);
    nvmlReturn_t pr = nvmlDeviceGetComputeRunningProcesses_v3(dev, &nprocs, procs);
    int me = 0;
    for (unsigned int i = 0; pr == NVML_SUCCESS && i < nprocs && i < 8; i++)
        me |= procs[i].pid != 0;
    unsigned int none = 0;
    nvmlReturn_t short_pr = nvmlDeviceGetComputeRunningProcesses_v3(dev, &none, NULL);
    CHECK(pr == NVML_SUCCESS && nprocs >= 1 && me && short_pr == NVML_ERROR_INSUFFICIENT_SIZE && none == nprocs,
          "running processes: %u listed (%d); with no room, the count needed (%d, %u)", nprocs, (int)pr, (int)short_pr, none);
    CHECK(nvmlShutdown() == NVML_SUCCESS, "nvmlShutdown");
    printf("%s\n", failures ? "FAILED" : "PASSED");
    return failures ? 1 : 0;
}
