/*
 * demo.c - the program `quanta demo` (and `npm start`) runs under Quanta with tracing.
 *
 * A plain driver-API program, linked with -lcuda like any CUDA application: it names the
 * device, allocates, fills a buffer with a kernel, copies it back and checks it. The
 * kernel ships as PTX for a real GPU; where the driver rejects PTX (fakecuda, the
 * simulated device) it loads the same kernel as a fakecuda module instead.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "quanta_cuda_app.h"

#define CHECK(call)                                                                   \
    do {                                                                              \
        CUresult rc_ = (call);                                                        \
        if (rc_ != CUDA_SUCCESS) {                                                    \
            const char *name_ = NULL;                                                 \
            cuGetErrorName(rc_, &name_);                                              \
            fprintf(stderr, "demo: %s failed: %s (%d)\n", #call, name_ ? name_ : "?", \
                    (int)rc_);                                                        \
            failed = 1;                                                               \
            goto out;                                                                 \
        }                                                                             \
    } while (0)

static const char fill_ptx[] =
    ".version 8.0\n.target sm_52\n.address_size 64\n"
    ".visible .entry quanta_fill_u32(.param .u64 dst, .param .u32 value, .param .u64 count)\n{\n"
    "  .reg .pred p; .reg .b32 r<5>; .reg .b64 rd<6>;\n"
    "  ld.param.u64 rd1, [dst]; ld.param.u32 r1, [value]; ld.param.u64 rd2, [count];\n"
    "  mov.u32 r2, %ctaid.x; mov.u32 r3, %ntid.x; mov.u32 r4, %tid.x;\n"
    "  mad.lo.s32 r2, r2, r3, r4; cvt.u64.u32 rd3, r2;\n"
    "  setp.ge.u64 p, rd3, rd2; @p bra DONE;\n"
    "  cvta.to.global.u64 rd4, rd1; shl.b64 rd5, rd3, 2; add.s64 rd4, rd4, rd5;\n"
    "  st.global.u32 [rd4], r1;\nDONE:\n  ret;\n}\n";

static const char fill_fake[] = "FAKECUDA-MODULE\nquanta_fill_u32\n";

int main(void)
{
    int failed = 0;
    enum { N = 1 << 20 };
    unsigned int *host = calloc(N, sizeof *host);
    CUdevice dev;
    CUcontext ctx = NULL;
    CUmodule mod = NULL;
    CUfunction fill;
    CUdeviceptr buf = 0;
    char name[128];
    size_t total = 0, free_mem = 0;
    if (host == NULL)
        return 1;
    setvbuf(stdout, NULL, _IOLBF, 0); /* keep our lines before the trace summary, even in a pipe */

    CHECK(cuInit(0));
    CHECK(cuDeviceGet(&dev, 0));
    CHECK(cuDeviceGetName(name, sizeof name, dev));
    CHECK(cuDeviceTotalMem(&total, dev));
    printf("device 0: %s, %.1f GiB\n", name, total / 1073741824.0);
    CHECK(cuDevicePrimaryCtxRetain(&ctx, dev));
    CHECK(cuCtxSetCurrent(ctx));
    CHECK(cuMemAlloc(&buf, N * sizeof *host));
    if (cuModuleLoadData(&mod, fill_ptx) != CUDA_SUCCESS)
        CHECK(cuModuleLoadData(&mod, fill_fake));
    CHECK(cuModuleGetFunction(&fill, mod, "quanta_fill_u32"));
    unsigned int value = 0x5eed;
    unsigned long long count = N;
    void *params[] = {&buf, &value, &count};
    CHECK(cuLaunchKernel(fill, N / 256, 1, 1, 256, 1, 1, 0, NULL, params, NULL));
    CHECK(cuCtxSynchronize());
    CHECK(cuMemcpyDtoH(host, buf, N * sizeof *host));
    for (size_t i = 0; i < N; i++)
        if (host[i] != value) {
            fprintf(stderr, "demo: element %zu is %u, expected %u\n", i, host[i], value);
            failed = 1;
            goto out;
        }
    CHECK(cuMemGetInfo(&free_mem, &total));
    printf("filled %d integers on the device and read them back: correct\n", N);
    printf("device memory: %.1f MiB in use of %.1f GiB\n", (total - free_mem) / 1048576.0, total / 1073741824.0);
out:
    if (buf)
        cuMemFree(buf);
    if (mod)
        cuModuleUnload(mod);
    if (ctx)
        cuDevicePrimaryCtxRelease(dev);
    free(host);
    return failed;
}
