/*
 * vgpu_churn.c - a tenant that keeps allocating while the daemon comes and goes. For
 * SECONDS it allocates and frees 64 MiB blocks in a fixed pattern (up to 8 at a time),
 * timing each call, then holds HOLD blocks for HOLD_SECONDS. Prints how many cycles it
 * made, the slowest call (a stalled allocation shows here), any call refused, and
 * "holding N" so that a test can compare the vGPU's ledger with what it holds.
 * Usage: vgpu_churn SECONDS HOLD HOLD_SECONDS
 */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

#include "quanta_cuda_app.h"

#define BLOCK (64ull << 20)
#define WIDTH 8

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int main(int argc, char **argv)
{
    if (argc != 4) {
        fprintf(stderr, "usage: vgpu_churn SECONDS HOLD HOLD_SECONDS\n");
        return 2;
    }
    double seconds = atof(argv[1]);
    int hold = atoi(argv[2]);
    unsigned hold_seconds = (unsigned)atoi(argv[3]);
    CUdevice dev;
    CUcontext ctx;
    if (hold < 0 || hold > WIDTH || cuInit(0) || cuDeviceGet(&dev, 0) || cuDevicePrimaryCtxRetain(&ctx, dev) || cuCtxSetCurrent(ctx)) {
        printf("no device\n");
        return 1;
    }
    CUdeviceptr blocks[WIDTH] = {0};
    long cycles = 0, refused = 0;
    double slowest = 0, start = now();
    while (now() - start < seconds) {
        for (int i = 0; i < WIDTH; i++) {
            int want = ((cycles + i) % 3) != 0; /* a pattern that moves */
            double t0 = now();
            if (want && blocks[i] == 0) {
                if (cuMemAlloc(&blocks[i], BLOCK) != CUDA_SUCCESS) {
                    blocks[i] = 0;
                    refused++;
                }
            } else if (!want && blocks[i] != 0) {
                cuMemFree(blocks[i]);
                blocks[i] = 0;
            }
            double dt = now() - t0;
            if (dt > slowest)
                slowest = dt;
        }
        cycles++;
        usleep(1000);
    }
    for (int i = 0; i < WIDTH; i++)
        if (blocks[i] != 0 && i >= hold) {
            cuMemFree(blocks[i]);
            blocks[i] = 0;
        }
    int held = 0;
    for (int i = 0; i < hold; i++)
        if (blocks[i] != 0 || cuMemAlloc(&blocks[i], BLOCK) == CUDA_SUCCESS)
            held++;
    printf("churned %ld cycles in %.1f s, slowest call %.3f s, refused %ld\n", cycles, now() - start, slowest, refused);
    printf("holding %d\n", held);
    fflush(stdout);
    sleep(hold_seconds);
    for (int i = 0; i < WIDTH; i++)
        if (blocks[i] != 0)
            cuMemFree(blocks[i]);
    printf("released\n");
    return held == hold ? 0 : 1;
}
