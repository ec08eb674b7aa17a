/*
 * array_cost.c - how much device memory the driver really gives CUDA arrays, next to
 * what Quanta charges for them (common/array_bytes.c). Run natively on a GPU: for each
 * array shape, creates 8 of them and prints the drop in cuMemGetInfo's free memory per
 * array beside the charge. (On fakecuda the two agree by construction.)
 */
#include <stdio.h>

#include "array_bytes.h"
#include "quanta_cuda_api.h"

#define MiB (1024.0 * 1024.0)

struct shape {
    const char *name;
    CUDA_ARRAY3D_DESCRIPTOR d;
    unsigned int levels; /* 0: a plain array */
};

int main(void)
{
    CUdevice dev;
    CUcontext ctx;
    if (cuInit(0) || cuDeviceGet(&dev, 0) || cuDevicePrimaryCtxRetain(&ctx, dev) || cuCtxSetCurrent(ctx)) {
        printf("no device\n");
        return 1;
    }
    const struct shape shapes[] = {
        {"2D 4096x4096 float4", {4096, 4096, 0, CU_AD_FORMAT_FLOAT, 4, 0}, 0},
        {"2D 1000x1000 uint8", {1000, 1000, 0, CU_AD_FORMAT_UNSIGNED_INT8, 1, 0}, 0},
        {"3D 512x512x64 float4", {512, 512, 64, CU_AD_FORMAT_FLOAT, 4, 0}, 0},
        {"layered 4096x1024x4 float4", {4096, 1024, 4, CU_AD_FORMAT_FLOAT, 4, 0x01}, 0},
        {"mipmapped 4096x4096 float, 13 levels", {4096, 4096, 0, CU_AD_FORMAT_FLOAT, 1, 0}, 13},
    };
    for (size_t s = 0; s < sizeof shapes / sizeof shapes[0]; s++) {
        const struct shape *sh = &shapes[s];
        size_t free0, free1, total;
        CUarray a[8];
        CUmipmappedArray m[8];
        int n = 0;
        cuCtxSynchronize();
        cuMemGetInfo_v2(&free0, &total);
        for (; n < 8; n++) {
            CUresult rc = sh->levels ? cuMipmappedArrayCreate(&m[n], &sh->d, sh->levels) : cuArray3DCreate_v2(&a[n], &sh->d);
            if (rc != CUDA_SUCCESS)
                break;
        }
        cuCtxSynchronize();
        cuMemGetInfo_v2(&free1, &total);
        double real = n ? (double)(free0 - free1) / n / MiB : 0;
        double charged = (double)quanta__array_bytes(&sh->d, sh->levels ? sh->levels : 1) / MiB;
        printf("%s: driver %.2f MiB, Quanta charges %.2f MiB (%+.1f%%), %d created\n", sh->name, real, charged,
               real > 0 ? 100.0 * (charged - real) / real : 0.0, n);
        for (int i = 0; i < n; i++) {
            if (sh->levels)
                cuMipmappedArrayDestroy(m[i]);
            else
                cuArrayDestroy(a[i]);
        }
    }
    return 0;
}
