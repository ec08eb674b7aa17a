/*
 * vgpu_arrays.c - CUDA arrays and mipmapped arrays against a vGPU quota of 1 GiB. Each
 * kind is created in 256 MiB pieces until refused (4 fit, then
 * CUDA_ERROR_OUT_OF_MEMORY), destroyed, and created again (4 again: destroying gave
 * the memory back). Mipmapped arrays of 4096^2 floats with the full chain of 13 levels
 * take 85.3 MiB of texels, 86 MiB as the driver rounds them (11 fit); deferred-mapping
 * arrays own no memory (all 32 fit).
 */
#include <stdio.h>

#include "quanta_cuda_api.h"

#define MiB (1u << 20)
#define MAX 64

static void report(const char *what, int n, CUresult rc)
{
    const char *name = "?";
    cuGetErrorName(rc, &name);
    printf("%s: %d, then %s\n", what, n, rc == CUDA_SUCCESS ? "stopped" : name);
}

/* 256 MiB = 4096 x 4096 texels of four floats, in every creating entry point. */
static CUresult create(int how, CUarray *a)
{
    CUDA_ARRAY_DESCRIPTOR d2 = {4096, 4096, CU_AD_FORMAT_FLOAT, 4};
    CUDA_ARRAY_DESCRIPTOR_v1 d1 = {4096, 4096, CU_AD_FORMAT_FLOAT, 4};
    CUDA_ARRAY3D_DESCRIPTOR d3 = {512, 512, 64, CU_AD_FORMAT_FLOAT, 4, 0};
    CUDA_ARRAY3D_DESCRIPTOR layered = {4096, 1024, 4, CU_AD_FORMAT_FLOAT, 4, 0x01 /* LAYERED */};
    switch (how) {
    case 0: return cuArrayCreate_v2(a, &d2);
    case 1: return cuArrayCreate(a, &d1);
    case 2: return cuArray3DCreate_v2(a, &d3);
    default: return cuArray3DCreate_v2(a, &layered);
    }
}

int main(void)
{
    CUdevice dev;
    CUcontext ctx;
    if (cuInit(0) || cuDeviceGet(&dev, 0) || cuDevicePrimaryCtxRetain(&ctx, dev) || cuCtxSetCurrent(ctx)) {
        printf("no device\n");
        return 1;
    }
    static const char *names[] = {"2D arrays", "legacy 2D arrays", "3D arrays", "layered arrays"};
    CUarray a[MAX];
    CUresult rc = CUDA_SUCCESS;
    for (int how = 0; how < 4; how++) {
        for (int round = 0; round < 2; round++) {
            int n = 0;
            while (n < MAX && (rc = create(how, &a[n])) == CUDA_SUCCESS)
                n++;
            if (round == 1)
                report(names[how], n, rc);
            for (int i = 0; i < n; i++)
                cuArrayDestroy(a[i]);
        }
    }
    CUmipmappedArray m[MAX];
    CUDA_ARRAY3D_DESCRIPTOR md = {4096, 4096, 0, CU_AD_FORMAT_FLOAT, 1, 0};
    int n = 0;
    while (n < MAX && (rc = cuMipmappedArrayCreate(&m[n], &md, 13)) == CUDA_SUCCESS)
        n++;
    report("mipmapped arrays", n, rc);
    for (int i = 0; i < n; i++)
        cuMipmappedArrayDestroy(m[i]);
    CUDA_ARRAY3D_DESCRIPTOR deferred = {4096, 4096, 0, CU_AD_FORMAT_FLOAT, 4, 0x80 /* DEFERRED_MAPPING */};
    for (n = 0; n < 32 && (rc = cuArray3DCreate_v2(&a[n], &deferred)) == CUDA_SUCCESS;)
        n++;
    report("deferred-mapping arrays", n, rc);
    for (int i = 0; i < n; i++)
        cuArrayDestroy(a[i]);
    size_t free_b = 0, total = 0;
    cuMemGetInfo_v2(&free_b, &total);
    printf("after destroying all: free %zu MiB of %zu MiB\n", free_b / MiB, total / MiB);
    CUDA_ARRAY_DESCRIPTOR bad = {0, 16, CU_AD_FORMAT_FLOAT, 3};
    rc = cuArrayCreate_v2(&a[0], &bad);
    const char *name = "?";
    cuGetErrorName(rc, &name);
    printf("bad descriptor: %s\n", name);
    return 0;
}
