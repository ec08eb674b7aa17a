/*
 * gpu_time.c - a tenant that keeps the (simulated) GPU busy, for the GPU-time tests.
 * Launches fakecuda's quanta_sleep kernel (each occupying the device for KERNEL_US) on
 * one stream for SECONDS, as fast as the interposer lets it, then prints how many
 * kernels it completed. Under Quanta's scheduler two of these side by side complete
 * kernels in proportion to their vGPUs' shares. It waits WARMUP_MS (default 500) after
 * registering before it launches, so that tenants started together all count as live
 * when the first kernel goes (a tenant alone runs ungated, its queue unbounded).
 * With GAP_MS (above 0) it serves requests instead: one kernel, synchronised, then
 * GAP_MS idle, and prints its requests' latencies (median and 90th percentile,
 * microseconds). With SYNC_EVERY it synchronises its stream after every SYNC_EVERY
 * launches and then works HOST_US on the host (sleeps), as a training loop that reads
 * its loss and prepares the next step does. With GPU_TIME_START_AT (seconds since the
 * epoch) it starts its window then, so that tenants compared with each other share it.
 * Usage: gpu_time KERNEL_US SECONDS [LABEL] [WARMUP_MS] [GAP_MS] [SYNC_EVERY] [HOST_US]
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

static int by_value(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* Requests: one kernel each, synchronised, GAP_MS apart; prints their latencies. */
static int serve(const char *label, CUfunction k, CUstream stream, void **params, double seconds, double gap_ms)
{
    static double lat[100000];
    int n = 0;
    double t0 = now_s();
    while (now_s() - t0 < seconds && n < (int)(sizeof lat / sizeof lat[0])) {
        double s = now_s();
        if (cuLaunchKernel(k, 1, 1, 1, 1, 1, 1, 0, stream, params, NULL) != CUDA_SUCCESS || cuStreamSynchronize(stream) != CUDA_SUCCESS) {
            printf("%s: request failed\n", label);
            return 1;
        }
        lat[n++] = (now_s() - s) * 1e6;
        struct timespec gap = {0, (long)(gap_ms * 1e6)};
        nanosleep(&gap, NULL);
    }
    qsort(lat, (size_t)n, sizeof lat[0], by_value);
    printf("%s: %d requests, p50 %.0f us, p90 %.0f us\n", label, n, n ? lat[n / 2] : 0, n ? lat[n * 9 / 10] : 0);
    return 0;
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
    /* Tenants of one test start their window at the same instant (a loaded machine may
     * start them seconds apart): GPU_TIME_START_AT, seconds since the epoch. */
    const char *start_at = getenv("GPU_TIME_START_AT");
    if (start_at != NULL) {
        double at = atof(start_at);
        struct timespec now;
        clock_gettime(CLOCK_REALTIME, &now);
        double wait = at - ((double)now.tv_sec + (double)now.tv_nsec / 1e9);
        if (wait > 0 && wait < 60) {
            struct timespec ts = {(time_t)wait, (long)((wait - (double)(time_t)wait) * 1e9)};
            nanosleep(&ts, NULL);
        }
    }
    void *params[] = {&ns};
    if (argc > 5 && atof(argv[5]) > 0)
        return serve(label, sleep_k, stream, params, seconds, atof(argv[5]));
    long launched = 0, sync_every = argc > 6 ? atol(argv[6]) : 0, host_us = argc > 7 ? atol(argv[7]) : 0;
    struct timespec host = {host_us / 1000000, (host_us % 1000000) * 1000L};
    double t0 = now_s();
    while (now_s() - t0 < seconds) {
        if (cuLaunchKernel(sleep_k, 1, 1, 1, 1, 1, 1, 0, stream, params, NULL) != CUDA_SUCCESS) {
            printf("%s: launch failed\n", label);
            return 1;
        }
        if (++launched % (sync_every > 0 ? sync_every : 1) != 0 || sync_every <= 0)
            continue;
        if (cuStreamSynchronize(stream) != CUDA_SUCCESS) {
            printf("%s: synchronize failed\n", label);
            return 1;
        }
        if (host_us > 0)
            nanosleep(&host, NULL);
    }
    cuStreamSynchronize(stream);
    printf("%s: %ld kernels in %.2f s\n", label, launched, now_s() - t0);
    return 0;
}
