/*
 * vgpu_ipc.c - memory shared between processes through IPC handles, against vGPU
 * quotas.
 *   vgpu_ipc export MIB FILE SECONDS   allocates MIB MiB, writes its handle (hex) to
 *                                      FILE, then holds it for SECONDS
 *   vgpu_ipc import FILE               opens the handle in FILE and prints what the
 *                                      vGPU counts before and after the open, how many
 *                                      64 MiB blocks still fit, and what close gives back
 * An import of memory exported from the same vGPU is already counted (used does not
 * move); one from elsewhere counts against the importer until closed, and one past the
 * quota fails with CUDA_ERROR_OUT_OF_MEMORY.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "quanta_cuda_api.h"

#define MiB (1ull << 20)

static size_t used_mib(void)
{
    size_t free_b = 0, total = 0;
    cuMemGetInfo_v2(&free_b, &total);
    return (total - free_b) / MiB;
}

static const char *err(CUresult rc)
{
    const char *name = "?";
    cuGetErrorName(rc, &name);
    return name;
}

int main(int argc, char **argv)
{
    CUdevice dev;
    CUcontext ctx;
    if (argc < 3 || cuInit(0) || cuDeviceGet(&dev, 0) || cuDevicePrimaryCtxRetain(&ctx, dev) || cuCtxSetCurrent(ctx)) {
        fprintf(stderr, "usage: vgpu_ipc export MIB FILE SECONDS | import FILE (and a device)\n");
        return 2;
    }
    CUipcMemHandle h;
    if (strcmp(argv[1], "export") == 0 && argc == 5) {
        CUdeviceptr p;
        CUresult rc = cuMemAlloc_v2(&p, (size_t)atoi(argv[2]) * MiB);
        if (rc == CUDA_SUCCESS)
            rc = cuIpcGetMemHandle(&h, p);
        if (rc != CUDA_SUCCESS) {
            printf("export failed: %s\n", err(rc));
            return 1;
        }
        char tmp[256];
        snprintf(tmp, sizeof tmp, "%s.tmp", argv[3]);
        FILE *f = fopen(tmp, "w");
        for (size_t i = 0; f && i < sizeof h.reserved; i++)
            fprintf(f, "%02x", (unsigned char)h.reserved[i]);
        if (f == NULL || fclose(f) != 0 || rename(tmp, argv[3]) != 0)
            return 1;
        printf("exported %s MiB\n", argv[2]);
        fflush(stdout);
        sleep((unsigned)atoi(argv[4]));
        return 0;
    }
    FILE *f = fopen(argv[2], "r");
    for (size_t i = 0; f && i < sizeof h.reserved; i++) {
        unsigned v;
        if (fscanf(f, "%2x", &v) != 1)
            return 1;
        h.reserved[i] = (char)v;
    }
    if (f == NULL)
        return 1;
    fclose(f);
    size_t before = used_mib();
    CUdeviceptr p;
    CUresult rc = cuIpcOpenMemHandle_v2(&p, h, CU_IPC_MEM_LAZY_ENABLE_PEER_ACCESS);
    printf("open: %s; used %zu MiB before, %zu MiB after\n", err(rc), before, used_mib());
    if (rc != CUDA_SUCCESS)
        return 0;
    CUdeviceptr blocks[64];
    int n = 0;
    while (n < 64 && cuMemAlloc_v2(&blocks[n], 64 * MiB) == CUDA_SUCCESS)
        n++;
    printf("then %d blocks of 64 MiB fit\n", n);
    for (int i = 0; i < n; i++)
        cuMemFree_v2(blocks[i]);
    rc = cuIpcCloseMemHandle(p);
    printf("close: %s; used %zu MiB\n", err(rc), used_mib());
    return 0;
}
