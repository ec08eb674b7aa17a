/*
 * fwd_export.c - cudart's private driver tables as the forwarding client answers them
 * (native/forward/client_export.c; test/forward.test.ts runs this as a forwarded client
 * of an executor on fakecuda): a fat binary registered the way cudart registers one
 * becomes a module on the executor whose kernels run; the primary-context entry; cudart's
 * per-context storage; the integrity check's fixed and computed answers; an entry the
 * client does not implement and a table it does not know both answer
 * CUDA_ERROR_NOT_SUPPORTED (the test checks their log lines); page-locked host memory,
 * which the client also answers itself. Prints "ok"/"FAIL" lines
 * and PASSED or FAILED; exits 1 on any failure.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "fakecuda.h"
#include "quanta_cuda_app.h"
#include "ok_lines.h"

static const CUuuid CUDART = {{0x6b, 0xd5, 0xfb, 0x6c, 0x5b, 0xf4, 0xe7, 0x4a, 0x89, 0x87, 0xd9, 0x39, 0x12, 0xfd, 0x9d, 0xf9}};
static const CUuuid STORAGE = {{0xc6, 0x93, 0x33, 0x6e, 0x11, 0x21, 0xdf, 0x11, 0xa8, 0xc3, 0x68, 0xf3, 0x55, 0xd8, 0x95, 0x93}};
static const CUuuid INTEGRITY = {{0xd4, 0x08, 0x20, 0x55, 0xbd, 0xe6, 0x70, 0x4b, 0x8d, 0x34, 0xba, 0x12, 0x3c, 0x66, 0xe1, 0xf2}};
static const CUuuid UNKNOWN = {{0x01, 0x23, 0x45, 0x67, 0x89, 0xab, 0xcd, 0xef, 0x01, 0x23, 0x45, 0x67, 0x89, 0xab, 0xcd, 0xef}};

struct fatbin_wrapper {
    uint32_t magic, version;
    const void *data, *filename_or_fatbins;
};

typedef CUresult (*get_module_fn)(CUmodule *, const struct fatbin_wrapper *);
typedef CUresult (*primary_fn)(CUcontext *, CUdevice);
typedef CUresult (*trap_fn)(void);
typedef CUresult (*cls_put_fn)(CUcontext, void *, void *, void (*)(CUcontext, void *, void *));
typedef CUresult (*cls_delete_fn)(CUcontext, void *);
typedef CUresult (*cls_get_fn)(void **, CUcontext, void *);
typedef CUresult (*integrity_fn)(uint32_t, uint64_t, uint64_t[2]);

int main(void)
{
    CUdevice dev;
    CUcontext ctx;
    if (cuInit(0) != CUDA_SUCCESS || cuDeviceGet(&dev, 0) != CUDA_SUCCESS || cuDevicePrimaryCtxRetain(&ctx, dev) != CUDA_SUCCESS ||
        cuCtxSetCurrent(ctx) != CUDA_SUCCESS) {
        printf("FAIL no context\n");
        return 1;
    }
    const void *table = NULL;
    CHECK(cuGetExportTable(&table, &UNKNOWN) == CUDA_ERROR_NOT_SUPPORTED && table == NULL, "an unknown table is refused");

    /* The cudart interface: registration of a fat binary, the primary context, a trap. */
    CHECK(cuGetExportTable(&table, &CUDART) == CUDA_SUCCESS && table != NULL, "the cudart interface");
    void *const *cudart = table;
    CHECK((uintptr_t)cudart[0] % sizeof(void *) == 0 && (uintptr_t)cudart[0] >= 9 * sizeof(void *), "its first word is its size (%lu)",
          (unsigned long)(uintptr_t)cudart[0]);
    struct fatbin_wrapper w = {0x466243B1u, 1, FAKECUDA_MODULE_ALL, NULL};
    CUmodule mod = NULL;
    CUfunction fill = NULL;
    CHECK(((get_module_fn)(uintptr_t)cudart[1])(&mod, &w) == CUDA_SUCCESS && mod != NULL &&
              cuModuleGetFunction(&fill, mod, FAKECUDA_KERNEL_FILL_U32) == CUDA_SUCCESS,
          "a registered fat binary is a module on the executor");
    CUdeviceptr d;
    unsigned int value = 0x5eed, got[4] = {0};
    unsigned long long count = 4;
    void *args[] = {&d, &value, &count};
    CHECK(cuMemAlloc(&d, sizeof got) == CUDA_SUCCESS && cuLaunchKernel(fill, 1, 1, 1, 1, 1, 1, 0, NULL, args, NULL) == CUDA_SUCCESS &&
              cuMemcpyDtoH(got, d, sizeof got) == CUDA_SUCCESS && got[3] == value,
          "its kernel runs");
    struct fatbin_wrapper bad = {0x12345678u, 1, FAKECUDA_MODULE_ALL, NULL};
    CHECK(((get_module_fn)(uintptr_t)cudart[1])(&mod, &bad) == CUDA_ERROR_INVALID_IMAGE, "a wrapper of another kind is refused");
    CUcontext primary = NULL;
    CHECK(((primary_fn)(uintptr_t)cudart[2])(&primary, dev) == CUDA_SUCCESS && primary == ctx, "entry 2 gives the primary context");
    CHECK(((trap_fn)(uintptr_t)cudart[3])() == CUDA_ERROR_NOT_SUPPORTED, "an entry not implemented answers CUDA_ERROR_NOT_SUPPORTED");

    /* Context-local storage: keyed by context and key; NULL is the current context. */
    CHECK(cuGetExportTable(&table, &STORAGE) == CUDA_SUCCESS, "context-local storage");
    void *const *cls = table;
    int key, state_a, state_b;
    void *found = NULL;
    CHECK(((cls_get_fn)(uintptr_t)cls[2])(&found, ctx, &key) != CUDA_SUCCESS, "nothing stored yet");
    CHECK(((cls_put_fn)(uintptr_t)cls[0])(NULL, &key, &state_a, NULL) == CUDA_SUCCESS &&
              ((cls_get_fn)(uintptr_t)cls[2])(&found, ctx, &key) == CUDA_SUCCESS && found == &state_a,
          "stored for the current context, found under it");
    CHECK(((cls_put_fn)(uintptr_t)cls[0])(ctx, &key, &state_b, NULL) == CUDA_SUCCESS &&
              ((cls_get_fn)(uintptr_t)cls[2])(&found, NULL, &key) == CUDA_SUCCESS && found == &state_b,
          "replaced");
    CHECK(((cls_delete_fn)(uintptr_t)cls[1])(ctx, &key) == CUDA_SUCCESS && ((cls_get_fn)(uintptr_t)cls[2])(&found, ctx, &key) != CUDA_SUCCESS,
          "removed");

    /* The integrity check: fixed answers for versions ending in 0 and 1, else a keyed hash
     * of this process's view (which a real cudart 11.8 accepted: docs/design/forwarding.md). */
    CHECK(cuGetExportTable(&table, &INTEGRITY) == CUDA_SUCCESS, "the integrity check");
    integrity_fn check = (integrity_fn)(uintptr_t)((void *const *)table)[1];
    uint64_t r1[2] = {0}, r2[2] = {0}, r3[2] = {0};
    CHECK(check(12080, 1700000000, r1) == CUDA_SUCCESS && r1[0] == 0x3341181C03CB675Cull && r1[1] == 0x8ED383AA1F4CD1E8ull,
          "version ...0: the fixed answer");
    CHECK(check(12062, 1700000000, r1) == CUDA_SUCCESS && check(12062, 1700000000, r2) == CUDA_SUCCESS && check(12062, 1700000001, r3) == CUDA_SUCCESS &&
              memcmp(r1, r2, 16) == 0 && memcmp(r1, r3, 16) != 0,
          "version ...2: the same answer for the same question, another for another time");

    /* Page-locked host memory, answered by the client: usable for copies, flags kept,
     * freeing twice or unregistering what was not registered fails as natively. */
    void *pinned = NULL;
    unsigned int flags = 99;
    CHECK(cuMemHostAlloc(&pinned, 4096, 0x01 /* PORTABLE */) == CUDA_SUCCESS && ((uintptr_t)pinned & 4095) == 0 &&
              cuMemHostGetFlags(&flags, (char *)pinned + 100) == CUDA_SUCCESS && flags == 0x01,
          "page-locked memory: aligned, its flags kept");
    memset(pinned, 7, 16);
    CHECK(cuMemcpyHtoD(d, pinned, 16) == CUDA_SUCCESS && cuMemcpyDtoH(got, d, 16) == CUDA_SUCCESS && got[0] == 0x07070707u, "copies from it");
    CHECK(cuMemFreeHost(pinned) == CUDA_SUCCESS && cuMemFreeHost(pinned) == CUDA_ERROR_INVALID_VALUE, "freed once, not twice");
    static char registered[8192];
    CHECK(cuMemHostRegister(registered, sizeof registered, 0) == CUDA_SUCCESS &&
              cuMemHostRegister(registered + 4096, 16, 0) == CUDA_ERROR_HOST_MEMORY_ALREADY_REGISTERED &&
              cuMemHostUnregister(registered) == CUDA_SUCCESS && cuMemHostUnregister(registered) == CUDA_ERROR_HOST_MEMORY_NOT_REGISTERED,
          "registered once, unregistered once");
    CHECK(cuMemHostAlloc(&pinned, 4096, 0x02 /* DEVICEMAP */) == CUDA_ERROR_NOT_SUPPORTED, "memory the device would read directly is refused");

    /* Pointer attributes: of device memory (from the executor), of page-locked memory
     * (answered here), of memory CUDA does not know (zeros, success). */
    unsigned int type = 99;
    CUdeviceptr start = 0;
    size_t range = 0;
    CUpointer_attribute which[3] = {CU_POINTER_ATTRIBUTE_MEMORY_TYPE, CU_POINTER_ATTRIBUTE_RANGE_START_ADDR, CU_POINTER_ATTRIBUTE_RANGE_SIZE};
    void *answers[3] = {&type, &start, &range};
    CHECK(cuPointerGetAttributes(3, which, answers, d + 4) == CUDA_SUCCESS && type == CU_MEMORYTYPE_DEVICE && start == d && range >= 16,
          "device memory's attributes (type %u, range %zu bytes)", type, range);
    CHECK(cuMemHostAlloc(&pinned, 4096, 0) == CUDA_SUCCESS && cuPointerGetAttributes(1, which, answers, (CUdeviceptr)(uintptr_t)pinned) == CUDA_SUCCESS &&
              type == CU_MEMORYTYPE_HOST && cuMemFreeHost(pinned) == CUDA_SUCCESS,
          "page-locked memory is host memory");
    int local = 0;
    type = 99;
    CHECK(cuPointerGetAttributes(1, which, answers, (CUdeviceptr)(uintptr_t)&local) == CUDA_SUCCESS && type == 0, "other memory: zeros");

    /* JIT options cross: a log buffer comes back filled, written-back values come back. */
    char info[64];
    memset(info, 'x', sizeof info);
    CUjit_option jo[3] = {CU_JIT_INFO_LOG_BUFFER, CU_JIT_INFO_LOG_BUFFER_SIZE_BYTES, CU_JIT_WALL_TIME};
    void *jv[3] = {info, (void *)(uintptr_t)sizeof info, NULL};
    CUmodule jmod = NULL;
    float wall = 0;
    CHECK(cuModuleLoadDataEx(&jmod, FAKECUDA_MODULE_ALL, 3, jo, jv) == CUDA_SUCCESS && strcmp(info, "fakecuda: module loaded") == 0 &&
              (uintptr_t)jv[1] == strlen(info) + 1 && jv[0] == info && (memcpy(&wall, &jv[2], sizeof wall), wall == 0.5f),
          "JIT options: the info log (%.30s), its length and the wall time come back", info);
    CUjit_option names[1] = {CU_JIT_GLOBAL_SYMBOL_NAMES};
    void *nv[1] = {info};
    CHECK(cuModuleLoadDataEx(&jmod, FAKECUDA_MODULE_ALL, 1, names, nv) == CUDA_ERROR_NOT_SUPPORTED, "an option pointing into the program is refused");
    CUlibrary lib = NULL;
    CUlibraryOption lo[1] = {CU_LIBRARY_BINARY_IS_PRESERVED};
    void *lv[1] = {(void *)1};
    CUkernel kern = NULL;
    CHECK(cuLibraryLoadData(&lib, FAKECUDA_MODULE_ALL, NULL, NULL, 0, lo, lv, 1) == CUDA_SUCCESS &&
              cuLibraryGetKernel(&kern, lib, FAKECUDA_KERNEL_FILL_U32) == CUDA_SUCCESS && cuLibraryUnload(lib) == CUDA_SUCCESS,
          "a library whose binary the program preserves loads (the executor lets the driver copy it)");

    CHECK(cuMemFree(d) == CUDA_SUCCESS && cuModuleUnload(mod) == CUDA_SUCCESS, "freed");
    printf("%s\n", failures ? "FAILED" : "PASSED");
    return failures ? 1 : 0;
}
