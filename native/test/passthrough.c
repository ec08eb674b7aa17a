/*
 * passthrough.c - a program that makes mistakes. Run natively and under Quanta, its
 * output must be identical: the same CUresult for every call, good or bad, and the
 * same errno after each (set to a marker before the call; the interposer must not
 * touch it). Also checks simulated kernels and copies produce the right data.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "quanta_cuda_app.h"

#define SHOW(call)                                                         \
    do {                                                                   \
        errno = 4242;                                                      \
        CUresult rc_ = (call);                                             \
        int e_ = errno;                                                    \
        const char *n_ = NULL;                                             \
        cuGetErrorName(rc_, &n_);                                          \
        printf("%-58s -> %d %s errno=%d\n", #call, (int)rc_, n_ ? n_ : "?", e_); \
    } while (0)

int main(void)
{
    CUdevice dev = 0;
    CUcontext ctx = NULL;
    CUdeviceptr p = 0, q = 0;
    CUmodule mod = NULL;
    CUfunction fn = NULL;
    unsigned int host[64];
    size_t free_b = 0, total_b = 0;
    void *gpa = NULL;

    SHOW(cuMemAlloc(&p, 1024));                       /* before cuInit */
    SHOW(cuInit(1));                                  /* bad flags */
    SHOW(cuInit(0));
    SHOW(cuDeviceGet(&dev, 9999));                    /* bad ordinal */
    SHOW(cuDeviceGet(&dev, 0));
    SHOW(cuMemAlloc(&p, 1024));                       /* no context yet */
    SHOW(cuCtxCreate(&ctx, NULL, 0, dev));
    SHOW(cuMemAlloc(&p, 0));                          /* zero bytes */
    SHOW(cuMemAlloc(&p, (size_t)1 << 50));            /* far past the device */
    SHOW(cuMemAlloc(&p, sizeof host));
    SHOW(cuMemFree((CUdeviceptr)0xdead0000));         /* never allocated */
    SHOW(cuMemcpyHtoD((CUdeviceptr)0xdead0000, host, sizeof host));
    SHOW(cuMemsetD32(p, 0xabcd, 64));
    SHOW(cuMemcpyDtoH(host, p, sizeof host));
    printf("host[0]=%x host[63]=%x\n", host[0], host[63]);
    SHOW(cuModuleLoadData(&mod, "not a module image"));
    SHOW(cuModuleLoadData(&mod, "FAKECUDA-MODULE\nquanta_fill_u32\nquanta_sleep\n"));
    SHOW(cuModuleGetFunction(&fn, mod, "no_such_kernel"));
    SHOW(cuModuleGetFunction(&fn, mod, "quanta_fill_u32"));
    unsigned int value = 77;
    unsigned long long count = 64;
    void *params[] = {&p, &value, &count};
    SHOW(cuLaunchKernel(fn, 0, 1, 1, 64, 1, 1, 0, NULL, params, NULL)); /* empty grid */
    SHOW(cuLaunchKernel(fn, 1, 1, 1, 64, 1, 1, 0, NULL, params, NULL));
    SHOW(cuCtxSynchronize());
    SHOW(cuMemcpyDtoH(host, p, sizeof host));
    printf("host[0]=%u host[63]=%u\n", host[0], host[63]);
    SHOW(cuGetProcAddress_v2("cuNoSuchFunction", &gpa, 13000, 0, NULL));
    SHOW(cuGetProcAddress_v2(NULL, &gpa, 13000, 0, NULL));
    SHOW(cuMemGetInfo(&free_b, &total_b));
    SHOW(cuMemFree(p));
    SHOW(cuMemFree(p));                               /* double free */
    SHOW(cuMemAlloc(&q, 4096));
    SHOW(cuMemFree(q));
    SHOW(cuModuleUnload(mod));
    SHOW(cuCtxDestroy(ctx));
    return 0;
}
