/*
 * vgpu_vmm.c - the virtual-memory API against a vGPU quota: creates 256 MiB physical
 * allocations on device 0 (cuMemCreate) until the driver refuses, prints how many fit
 * and the error, releases one and creates again, then releases everything. Under
 * `quanta run --mem 1GiB` the refusal must be CUDA_ERROR_OUT_OF_MEMORY after 4.
 */
#include <stdio.h>
#include <string.h>

#include "quanta_cuda_app.h"

#define CHUNK (256ull << 20)

int main(void)
{
    CUdevice dev;
    CUcontext ctx;
    if (cuInit(0) || cuDeviceGet(&dev, 0) || cuDevicePrimaryCtxRetain(&ctx, dev) || cuCtxSetCurrent(ctx)) {
        printf("no device\n");
        return 1;
    }
    CUmemAllocationProp prop;
    memset(&prop, 0, sizeof prop);
    prop.type = CU_MEM_ALLOCATION_TYPE_PINNED;
    prop.location.type = CU_MEM_LOCATION_TYPE_DEVICE;
    prop.location.id = dev;
    static CUmemGenericAllocationHandle h[256];
    int n = 0;
    CUresult rc = CUDA_SUCCESS;
    while (n < 256 && (rc = cuMemCreate(&h[n], CHUNK, &prop, 0)) == CUDA_SUCCESS)
        n++;
    const char *name = "?";
    cuGetErrorName(rc, &name);
    printf("created %d allocations of 256 MiB, then %s\n", n, name);
    cuMemRelease(h[--n]);
    rc = cuMemCreate(&h[n], CHUNK, &prop, 0);
    printf("after one release, creating again: %s\n", rc == CUDA_SUCCESS ? "ok" : "refused");
    for (int i = 0; i <= n; i++)
        cuMemRelease(h[i]);
    size_t free_b, total;
    cuMemGetInfo(&free_b, &total);
    printf("after releasing all: free %zu MiB of %zu MiB\n", free_b >> 20, total >> 20);
    return 0;
}
