/*
 * gpu_time.c - a tenant that keeps the (simulated) GPU busy, for the GPU-time tests.
 * Launches fakecuda's quanta_sleep kernel (each occupying the device for KERNEL_US) on
 * one stream for SECONDS, as fast as the interposer lets it, then prints how many
 * kernels it completed. Under Quanta's scheduler two of these side by side complete
 * kernels in proportion to their vGPUs' shares. It waits WARMUP_MS (default 500) after
 * registering before it launches, so that tenants started together all count as live
 * when the first kernel goes (a tenant alone runs ungated, its queue unbounded).
 * Usage: gpu_time KERNEL_US SECONDS [LABEL] [WARMUP_MS]
 */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "fakecuda.h"
#include "quanta_cuda_app.h"

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: %s KERNEL_US SECONDS [LABEL]\n", argv[0]);
        return 2;
    }
    unsigned long long ns = strtoull(argv[1], NULL, 10) * 1000ull;
    double seconds = atof(argv[2]);
    const char *label = argc > 3 ? argv[3] : "tenant";
    CUdevice dev;
    CUcontext ctx;
    CUmodule mod;
    CUfunction sleep_k;
    CUdeviceptr scratch;
    CUstream stream;
    if (cuInit(0) || cuDeviceGet(&dev, 0) || cuDevicePrimaryCtxRetain(&ctx, dev) || cuCtxSetCurrent(ctx) ||
        cuMemAlloc(&scratch, 1 << 20) /* registers with the vGPU */ || cuStreamCreate(&stream, 0) ||
        cuModuleLoadData(&mod, FAKECUDA_MODULE_ALL) || cuModuleGetFunction(&sleep_k, mod, FAKECUDA_KERNEL_SLEEP)) {
        printf("%s: no device\n", label);
        return 1;
    }
    struct timespec warm = {0, (argc > 4 ? atol(argv[4]) : 500) * 1000000L};
    nanosleep(&warm, NULL);
    void *params[] = {&ns};
    long launched = 0;
    double t0 = now_s();
    while (now_s() - t0 < seconds) {
        if (cuLaunchKernel(sleep_k, 1, 1, 1, 1, 1, 1, 0, stream, params, NULL) != CUDA_SUCCESS) {
            printf("%s: launch failed\n", label);
            return 1;
        }
        launched++;
    }
    cuStreamSynchronize(stream);
    printf("%s: %ld kernels in %.2f s\n", label, launched, now_s() - t0);
    return 0;
}
