/*
 * fwd_modules.c - a program that loads large module images, for the executor's module
 * cache (test/forward.test.ts): fakecuda's kernels in an image padded past 64 KiB with
 * comment lines (so the forwarding client names it by its hash over TCP), loaded with
 * cuModuleLoadData and, as CUDA 13's runtime does, with cuLibraryLoadData from a fat
 * binary wrapper; a kernel from each runs and its result is checked. An argument
 * changes the padding (another image, another hash). Prints ok/FAIL lines; exits 1 on
 * any failure.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fakecuda.h"
#include "quanta_cuda_app.h"
#include "ok_lines.h"

#define IMAGE_BYTES (200u << 10)

/* fakecuda's module text, then "# ..." lines up to about IMAGE_BYTES. */
static char *padded_image(const char *salt)
{
    char *image = malloc(IMAGE_BYTES + 256);
    size_t len = (size_t)sprintf(image, "%s", FAKECUDA_MODULE_ALL);
    for (int line = 0; len < IMAGE_BYTES; line++)
        len += (size_t)sprintf(image + len, "# padding %s line %d: bytes a real image would spend on code\n", salt, line);
    return image;
}

/* Fills n words with `value` through `fill` and checks them. */
static int filled_right(CUfunction fill, unsigned value)
{
    enum { N = 4096 };
    CUdeviceptr d;
    unsigned long long count = N;
    void *args[] = {&d, &value, &count};
    static unsigned host[N];
    int ok = cuMemAlloc(&d, N * 4) == CUDA_SUCCESS && cuLaunchKernel(fill, 1, 1, 1, 1, 1, 1, 0, NULL, args, NULL) == CUDA_SUCCESS &&
             cuMemcpyDtoH(host, d, N * 4) == CUDA_SUCCESS && host[0] == value && host[N - 1] == value;
    (void)cuMemFree(d);
    return ok;
}

int main(int argc, char **argv)
{
    CUdevice dev;
    CUcontext ctx;
    if (cuInit(0) != CUDA_SUCCESS) {
        printf("FAIL cuInit\n");
        return 1;
    }
    CHECK(cuDeviceGet(&dev, 0) == CUDA_SUCCESS && cuDevicePrimaryCtxRetain(&ctx, dev) == CUDA_SUCCESS &&
              cuCtxSetCurrent(ctx) == CUDA_SUCCESS, "a context");
    char *image = padded_image(argc > 1 ? argv[1] : "A");
    CUmodule mod;
    CUfunction fill;
    CHECK(cuModuleLoadData(&mod, image) == CUDA_SUCCESS && cuModuleGetFunction(&fill, mod, FAKECUDA_KERNEL_FILL_U32) == CUDA_SUCCESS &&
              filled_right(fill, 0x11223344u) && cuModuleUnload(mod) == CUDA_SUCCESS,
          "a %zu-byte image loaded with cuModuleLoadData runs", strlen(image) + 1);
    struct {
        uint32_t magic, version;
        const void *data, *unused;
    } wrapper = {0x466243B1u, 1, image, NULL};
    CUlibrary lib;
    CUkernel kernel;
    CUfunction kernel_fn;
    CHECK(cuLibraryLoadData(&lib, &wrapper, NULL, NULL, 0, NULL, NULL, 0) == CUDA_SUCCESS &&
              cuLibraryGetKernel(&kernel, lib, FAKECUDA_KERNEL_FILL_U32) == CUDA_SUCCESS && cuKernelGetFunction(&kernel_fn, kernel) == CUDA_SUCCESS &&
              filled_right(kernel_fn, 0x55667788u) && cuLibraryUnload(lib) == CUDA_SUCCESS,
          "the same image through a fat binary wrapper and cuLibraryLoadData runs");
    free(image);
    if (failures == 0)
        printf("PASSED\n");
    return failures ? 1 : 0;
}
