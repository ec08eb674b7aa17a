/*
 * fakecuda_check.c - fakecuda behaves like a driver: the simulation the tests and the
 * demo stand on. Covers init, devices and attributes, primary and created contexts,
 * allocation (incl. the legacy 32-bit forms, VMM and stream-ordered pools), copies,
 * memset, memory info shared across processes (a spawned child's usage, reclaimed after
 * SIGKILL), modules with simulated kernels (one that takes a given time, one that
 * faults), streams, events, cuGetProcAddress and NVML; each call's errno is checked
 * untouched. Expects FAKECUDA_DEVICES=2 FAKECUDA_MEM=1GiB. Run natively and under Quanta, the results
 * must be the same. Prints FAIL lines and a summary; exits 1 on any failure.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <math.h>
#include <pthread.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "quanta_cuda_api.h"
#include "quanta_nvml_api.h"
#include "fakecuda.h"

extern char **environ;
static int failures, checks;

#define EXPECT(cond, ...)                                  \
    do {                                                   \
        checks++;                                          \
        if (!(cond)) {                                     \
            failures++;                                    \
            fprintf(stderr, "FAIL %s:%d: ", __FILE__, __LINE__); \
            fprintf(stderr, __VA_ARGS__);                  \
            fprintf(stderr, "\n");                         \
        }                                                  \
    } while (0)
#define RC(call, want)                                                                  \
    do {                                                                                \
        errno = 31337;                                                                  \
        CUresult r_ = (call);                                                           \
        EXPECT(errno == 31337, "%s clobbered errno", #call);                            \
        const char *n_ = NULL;                                                          \
        cuGetErrorName(r_, &n_);                                                        \
        EXPECT(r_ == (want), "%s -> %d %s, want %d", #call, (int)r_, n_ ? n_ : "?", (int)(want)); \
    } while (0)
#define OK(call) RC(call, CUDA_SUCCESS)

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static size_t free_mem(void)
{
    size_t f = 0, t = 0;
    OK(cuMemGetInfo_v2(&f, &t));
    return f;
}

static int cb_count;
static void host_fn(void *p) { __atomic_add_fetch((int *)p, 1, __ATOMIC_SEQ_CST); }
static void stream_cb(CUstream s, CUresult st, void *p) { (void)s; *(CUresult *)p = st; __atomic_add_fetch(&cb_count, 1, __ATOMIC_SEQ_CST); }

static int child_mode(size_t bytes)
{
    CUdevice d;
    CUcontext c;
    CUdeviceptr p;
    if (cuInit(0) || cuDeviceGet(&d, 0) || cuDevicePrimaryCtxRetain(&c, d) || cuCtxSetCurrent(c) ||
        cuMemAlloc_v2(&p, bytes))
        return 3;
    printf("ready\n");
    fflush(stdout);
    pause();
    return 0;
}

static void test_procaddr(void)
{
    void *pfn = NULL, *want;
    CUdriverProcAddressQueryResult st;
    OK(cuGetProcAddress("cuMemAlloc", &pfn, 12000, 0));
    want = dlsym(RTLD_DEFAULT, "cuMemAlloc_v2");
    EXPECT(pfn == want && pfn != NULL, "cuMemAlloc@12000 -> cuMemAlloc_v2");
    OK(cuGetProcAddress("cuMemAlloc", &pfn, 3000, 0));
    EXPECT(pfn == dlsym(RTLD_DEFAULT, "cuMemAlloc"), "cuMemAlloc@3000 -> legacy");
    OK(cuGetProcAddress_v2("cuMemcpyHtoD", &pfn, 13000, CU_GET_PROC_ADDRESS_PER_THREAD_DEFAULT_STREAM, &st));
    EXPECT(pfn == dlsym(RTLD_DEFAULT, "cuMemcpyHtoD_v2_ptds") && st == CU_GET_PROC_ADDRESS_SUCCESS, "ptds");
    OK(cuGetProcAddress_v2("cuGetProcAddress", &pfn, 13000, 0, &st));
    EXPECT(pfn == dlsym(RTLD_DEFAULT, "cuGetProcAddress_v2"), "gpa itself");
    RC(cuGetProcAddress_v2("cuMemAllocAsync", &pfn, 10000, 0, &st), CUDA_SUCCESS);
    EXPECT(st == CU_GET_PROC_ADDRESS_VERSION_NOT_SUFFICIENT && pfn == NULL, "version too old");
    RC(cuGetProcAddress_v2("cuNope", &pfn, 13000, 0, &st), CUDA_SUCCESS);
    RC(cuGetProcAddress_v2("cuNope", &pfn, 13000, 0, NULL), CUDA_SUCCESS);
    RC(cuGetProcAddress("cuNope", &pfn, 13000, 0), CUDA_ERROR_NOT_FOUND);
    EXPECT(st == CU_GET_PROC_ADDRESS_SYMBOL_NOT_FOUND, "no symbol");
    RC(cuGetProcAddress_v2("cuInit", NULL, 13000, 0, &st), CUDA_ERROR_INVALID_VALUE);
    RC(cuGetProcAddress("cuInit", &pfn, 13000, 8), CUDA_ERROR_INVALID_VALUE);
}

int main(int argc, char **argv)
{
    if (argc == 3 && strcmp(argv[1], "child") == 0)
        return child_mode(strtoull(argv[2], NULL, 0));

    void *pfn = NULL;
    RC(cuGetProcAddress("cuInit", &pfn, 13000, 0), CUDA_SUCCESS); /* before cuInit */
    CUdeviceptr p = 0;
    RC(cuMemAlloc_v2(&p, 16), CUDA_ERROR_NOT_INITIALIZED);
    RC(cuInit(2), CUDA_ERROR_INVALID_VALUE);
    OK(cuInit(0));
    int v = 0, n = 0;
    OK(cuDriverGetVersion(&v));
    EXPECT(v == 13000, "version");
    OK(cuDeviceGetCount(&n));
    EXPECT(n == 2, "FAKECUDA_DEVICES=2 expected, got %d", n);
    CUdevice dev;
    RC(cuDeviceGet(&dev, 5), CUDA_ERROR_INVALID_DEVICE);
    OK(cuDeviceGet(&dev, 0));
    char name[64], bus[32];
    OK(cuDeviceGetName(name, sizeof name, dev));
    EXPECT(strcmp(name, FAKECUDA_DEVICE_NAME) == 0, "name %s", name);
    int a = 0;
    OK(cuDeviceGetAttribute(&a, CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MAJOR, dev));
    EXPECT(a == 9, "cc");
    OK(cuDeviceGetAttribute(&a, CU_DEVICE_ATTRIBUTE_MULTIPROCESSOR_COUNT, dev));
    EXPECT(a == 132, "sms");
    RC(cuDeviceGetAttribute(&a, (CUdevice_attribute)9999, dev), CUDA_ERROR_INVALID_VALUE);
    OK(cuDeviceGetPCIBusId(bus, sizeof bus, 1));
    CUdevice d2 = -1;
    OK(cuDeviceGetByPCIBusId(&d2, bus));
    EXPECT(d2 == 1, "pci roundtrip %s", bus);
    size_t total = 0;
    OK(cuDeviceTotalMem_v2(&total, dev));
    EXPECT(total == (1ull << 30), "total %zu", total);
    CUuuid uuid;
    OK(cuDeviceGetUuid_v2(&uuid, dev));

    test_procaddr();

    /* contexts */
    CUcontext pctx, cctx, cur;
    RC(cuMemAlloc_v2(&p, 16), CUDA_ERROR_INVALID_CONTEXT);
    size_t f0 = 0;
    OK(cuDevicePrimaryCtxRetain(&pctx, dev));
    OK(cuCtxSetCurrent(pctx));
    f0 = free_mem();
    EXPECT(f0 == (1ull << 30) - (64ull << 20), "ctx overhead counted: free %zu", f0);
    OK(cuCtxCreate_v2(&cctx, 0, dev));
    OK(cuCtxGetCurrent(&cur));
    EXPECT(cur == cctx, "create pushes");
    EXPECT(free_mem() == f0 - (64ull << 20), "second ctx counted");
    OK(cuCtxPopCurrent_v2(&cur));
    EXPECT(cur == cctx, "pop");
    OK(cuCtxGetCurrent(&cur));
    EXPECT(cur == pctx, "primary again");
    OK(cuCtxDestroy_v2(cctx));
    RC(cuCtxPushCurrent_v2(cctx), CUDA_ERROR_INVALID_CONTEXT);
    EXPECT(free_mem() == f0, "destroy returns memory");

    /* memory + copies */
    unsigned int host[1024];
    for (int i = 0; i < 1024; i++) host[i] = (unsigned)i;
    OK(cuMemAlloc_v2(&p, sizeof host));
    EXPECT(p % 256 == 0, "aligned");
    OK(cuMemcpyHtoD_v2(p, host, sizeof host));
    CUdeviceptr q;
    OK(cuMemAlloc_v2(&q, sizeof host));
    OK(cuMemcpyDtoD_v2(q, p, sizeof host));
    memset(host, 0, sizeof host);
    OK(cuMemcpyDtoH_v2(host, q, sizeof host));
    EXPECT(host[1023] == 1023, "roundtrip");
    RC(cuMemcpyDtoH_v2(host, q + 8, sizeof host), CUDA_ERROR_INVALID_VALUE);
    RC(cuMemcpyHtoD_v2(0x1000, host, 4), CUDA_ERROR_INVALID_VALUE);
    OK(cuMemsetD8_v2(q, 0xab, 16));
    OK(cuMemsetD16_v2(q + 16, 0x1234, 8));
    OK(cuMemcpyDtoH_v2(host, q, 32));
    EXPECT(host[0] == 0xabababab && host[4] == 0x12341234, "memset");
    RC(cuMemsetD32_v2(q + 2, 1, 1), CUDA_ERROR_INVALID_VALUE);
    CUdeviceptr base;
    size_t sz;
    OK(cuMemGetAddressRange_v2(&base, &sz, q + 100));
    EXPECT(base == q && sz == sizeof host, "range");
    unsigned int mt = 0;
    OK(cuPointerGetAttribute(&mt, CU_POINTER_ATTRIBUTE_MEMORY_TYPE, q + 4));
    EXPECT(mt == CU_MEMORYTYPE_DEVICE, "memtype");
    RC(cuPointerGetAttribute(&mt, CU_POINTER_ATTRIBUTE_MEMORY_TYPE, (CUdeviceptr)(uintptr_t)host), CUDA_ERROR_INVALID_VALUE);
    CUDA_MEMCPY2D c2;
    memset(&c2, 0, sizeof c2);
    c2.srcMemoryType = CU_MEMORYTYPE_DEVICE; c2.srcDevice = p; c2.srcPitch = 64;
    c2.dstMemoryType = CU_MEMORYTYPE_HOST; c2.dstHost = host; c2.dstPitch = 32;
    c2.WidthInBytes = 32; c2.Height = 4;
    OK(cuMemcpy2D_v2(&c2));
    EXPECT(host[8] == 16, "2d: row1 col0 = src[16] (got %u)", host[8]);
    OK(cuMemFree_v2(q));
    RC(cuMemFree_v2(q), CUDA_ERROR_INVALID_VALUE);
    CUdeviceptr_v1 small = 0;
    OK(cuMemAlloc(&small, 4096));
    OK(cuMemsetD32(small, 7, 1024));
    OK(cuMemFree(small));
    /* OOM */
    RC(cuMemAlloc_v2(&q, 2ull << 30), CUDA_ERROR_OUT_OF_MEMORY);
    size_t f = free_mem();
    OK(cuMemAlloc_v2(&q, f));
    RC(cuMemAlloc_v2(&base, 256), CUDA_ERROR_OUT_OF_MEMORY);
    EXPECT(free_mem() == 0, "all used");
    OK(cuMemFree_v2(q));
    /* host */
    void *h = NULL;
    OK(cuMemAllocHost_v2(&h, 1 << 20));
    OK(cuPointerGetAttribute(&mt, CU_POINTER_ATTRIBUTE_MEMORY_TYPE, (CUdeviceptr)(uintptr_t)h));
    EXPECT(mt == CU_MEMORYTYPE_HOST, "host memtype");

    /* modules, launches, streams, events */
    CUmodule mod;
    RC(cuModuleLoadData(&mod, "garbage"), CUDA_ERROR_INVALID_IMAGE);
    RC(cuModuleLoadData(&mod, "FAKECUDA-MODULE\nno_such_builtin\n"), CUDA_ERROR_INVALID_IMAGE);
    OK(cuModuleLoadData(&mod, FAKECUDA_MODULE_ALL "mysleep = quanta_sleep\nglobal counter 64\n"));
    CUfunction ksleep, kfault, kfill, kadd, kmy;
    OK(cuModuleGetFunction(&ksleep, mod, "quanta_sleep"));
    OK(cuModuleGetFunction(&kfault, mod, "quanta_fault"));
    OK(cuModuleGetFunction(&kfill, mod, "quanta_fill_u32"));
    OK(cuModuleGetFunction(&kadd, mod, "quanta_add_f32"));
    OK(cuModuleGetFunction(&kmy, mod, "mysleep"));
    RC(cuModuleGetFunction(&kmy, mod, "nope"), CUDA_ERROR_NOT_FOUND);
    CUdeviceptr g;
    size_t gsz;
    OK(cuModuleGetGlobal_v2(&g, &gsz, mod, "counter"));
    EXPECT(gsz == 64, "global");
    RC(cuMemFree_v2(g), CUDA_ERROR_INVALID_VALUE);
    RC(cuLaunchKernel((CUfunction)(uintptr_t)0x12345670, 1, 1, 1, 1, 1, 1, 0, NULL, NULL, NULL), CUDA_ERROR_INVALID_HANDLE);
    unsigned long long ns = 50000000ull;
    void *sp[] = {&ns};
    RC(cuLaunchKernel(ksleep, 1, 0, 1, 1, 1, 1, 0, NULL, sp, NULL), CUDA_ERROR_INVALID_VALUE);
    RC(cuLaunchKernel(ksleep, 1, 1, 1, 2048, 1, 1, 0, NULL, sp, NULL), CUDA_ERROR_INVALID_VALUE);
    RC(cuLaunchKernel(ksleep, 1, 1, 1, 1, 1, 1, 0, NULL, NULL, NULL), CUDA_ERROR_INVALID_VALUE);
    CUstream s1, s2;
    OK(cuStreamCreate(&s1, CU_STREAM_NON_BLOCKING));
    OK(cuStreamCreateWithPriority(&s2, CU_STREAM_NON_BLOCKING, -10));
    int prio = 0;
    OK(cuStreamGetPriority(s2, &prio));
    EXPECT(prio == -5, "prio clamp %d", prio);
    CUevent e0, e1;
    OK(cuEventCreate(&e0, 0));
    OK(cuEventCreate(&e1, 0));
    double t0 = now_ms();
    OK(cuEventRecord(e0, s1));
    OK(cuLaunchKernel(ksleep, 1, 1, 1, 32, 1, 1, 0, s1, sp, NULL));
    OK(cuEventRecord(e1, s1));
    double t1 = now_ms();
    EXPECT(t1 - t0 < 10, "launch is async (%.1f ms)", t1 - t0);
    RC(cuStreamQuery(s1), CUDA_ERROR_NOT_READY);
    RC(cuEventQuery(e1), CUDA_ERROR_NOT_READY);
    float ms = 0;
    RC(cuEventElapsedTime(&ms, e0, e1), CUDA_ERROR_NOT_READY);
    OK(cuStreamSynchronize(s1));
    double t2 = now_ms();
    EXPECT(t2 - t0 >= 49, "sync waits (%.1f ms)", t2 - t0);
    OK(cuStreamQuery(s1));
    OK(cuEventElapsedTime(&ms, e0, e1));
    EXPECT(ms >= 49 && ms < 80, "elapsed %.2f ms", ms);
    /* two streams serialise */
    t0 = now_ms();
    OK(cuLaunchKernel(ksleep, 1, 1, 1, 1, 1, 1, 0, s1, sp, NULL));
    OK(cuLaunchKernel(kmy, 1, 1, 1, 1, 1, 1, 0, s2, sp, NULL));
    OK(cuCtxSynchronize());
    t1 = now_ms();
    EXPECT(t1 - t0 >= 99, "two sleeps serialise (%.1f ms)", t1 - t0);
    /* the launch queue is bounded (1024 operations a stream), as a driver's: behind a
     * 50 ms kernel, the launches past the bound wait for it */
    unsigned long long long_ns = 50000000ull, tiny_ns = 1000ull;
    void *long_p[] = {&long_ns}, *tiny_p[] = {&tiny_ns};
    t0 = now_ms();
    OK(cuLaunchKernel(ksleep, 1, 1, 1, 1, 1, 1, 0, s1, long_p, NULL));
    CUresult queued = CUDA_SUCCESS;
    for (int i = 0; i < 1100 && queued == CUDA_SUCCESS; i++)
        queued = cuLaunchKernel(ksleep, 1, 1, 1, 1, 1, 1, 0, s1, tiny_p, NULL);
    t1 = now_ms();
    EXPECT(queued == CUDA_SUCCESS && t1 - t0 >= 45, "1100 launches behind a 50 ms kernel waited for it (%.1f ms, rc %d)", t1 - t0, (int)queued);
    OK(cuStreamSynchronize(s1));
    /* stream wait event across streams */
    OK(cuLaunchKernel(ksleep, 1, 1, 1, 1, 1, 1, 0, s1, sp, NULL));
    OK(cuEventRecord(e0, s1));
    OK(cuStreamWaitEvent(s2, e0, 0));
    int hits = 0;
    OK(cuLaunchHostFunc(s2, host_fn, &hits));
    usleep(10000);
    EXPECT(__atomic_load_n(&hits, __ATOMIC_SEQ_CST) == 0, "waits for event");
    OK(cuEventSynchronize(e0));
    OK(cuStreamSynchronize(s2));
    EXPECT(hits == 1, "host fn ran");
    CUresult cbst = CUDA_ERROR_UNKNOWN;
    OK(cuStreamAddCallback(s2, stream_cb, &cbst, 0));
    OK(cuStreamSynchronize(s2));
    EXPECT(cbst == CUDA_SUCCESS && cb_count == 1, "callback");
    /* legacy NULL stream waits for a blocking stream */
    CUstream sb;
    OK(cuStreamCreate(&sb, 0));
    CUdeviceptr buf;
    OK(cuMemAlloc_v2(&buf, 4 * 1024));
    unsigned long long cnt = 1024;
    unsigned int val = 99;
    void *fp[] = {&buf, &val, &cnt};
    OK(cuLaunchKernel(ksleep, 1, 1, 1, 1, 1, 1, 0, sb, sp, NULL));
    OK(cuLaunchKernel(kfill, 4, 1, 1, 256, 1, 1, 0, sb, fp, NULL));
    OK(cuMemcpyDtoH_v2(host, buf, 4 * 1024));
    EXPECT(host[0] == 99 && host[1023] == 99, "legacy stream ordering (%u)", host[0]);
    /* async copy with pinned memory + add kernel */
    float *fa = h;
    for (int i = 0; i < 256; i++) fa[i] = (float)i;
    CUdeviceptr da, db, dc;
    OK(cuMemAlloc_v2(&da, 1024));
    OK(cuMemAlloc_v2(&db, 1024));
    OK(cuMemAlloc_v2(&dc, 1024));
    OK(cuMemcpyHtoDAsync_v2(da, fa, 1024, s1));
    OK(cuMemcpyHtoDAsync_v2(db, fa, 1024, s1));
    unsigned long long nn = 256;
    void *ap[] = {&da, &db, &dc, &nn};
    OK(cuLaunchKernel(kadd, 1, 1, 1, 256, 1, 1, 0, s1, ap, NULL));
    /* packed-buffer launch */
    struct { CUdeviceptr a, b, c; unsigned long long n; } packed = {da, db, dc, 256};
    size_t psz = sizeof packed;
    void *extra[] = {(void *)1, &packed, (void *)2, &psz, (void *)0};
    OK(cuLaunchKernel(kadd, 1, 1, 1, 256, 1, 1, 0, s1, NULL, extra));
    OK(cuMemcpyDtoHAsync_v2(fa + 256, dc, 1024, s1));
    OK(cuStreamSynchronize(s1));
    EXPECT(fa[256 + 10] == 20.0f, "add_f32 %f", fa[266]);
    /* library API */
    CUlibrary lib;
    CUkernel kern;
    OK(cuLibraryLoadData(&lib, FAKECUDA_MODULE_ALL, NULL, NULL, 0, NULL, NULL, 0));
    OK(cuLibraryGetKernel(&kern, lib, "quanta_fill_u32"));
    CUfunction kf;
    OK(cuKernelGetFunction(&kf, kern));
    val = 5;
    OK(cuLaunchKernel((CUfunction)kern, 4, 1, 1, 256, 1, 1, 0, NULL, fp, NULL));
    OK(cuMemcpyDtoH_v2(host, buf, 4));
    EXPECT(host[0] == 5, "library kernel");
    OK(cuLibraryUnload(lib));
    /* out-of-bounds kernel faults; sticky error */
    cnt = 1 << 20;
    OK(cuLaunchKernel(kfill, 1, 1, 1, 1, 1, 1, 0, s1, fp, NULL));
    RC(cuStreamSynchronize(s1), CUDA_ERROR_ILLEGAL_ADDRESS);
    RC(cuMemAlloc_v2(&q, 16), CUDA_ERROR_ILLEGAL_ADDRESS);
    RC(cuCtxSynchronize(), CUDA_ERROR_ILLEGAL_ADDRESS);
    OK(cuDevicePrimaryCtxReset_v2(dev));
    OK(cuMemAlloc_v2(&q, 16)); /* reset primary, still retained: comes back */
    EXPECT(free_mem() == f0 - 256, "reset freed everything (free %zu)", free_mem());
    OK(cuModuleLoadData(&mod, FAKECUDA_MODULE_ALL));
    OK(cuModuleGetFunction(&kfault, mod, "quanta_fault"));
    OK(cuLaunchKernel(kfault, 1, 1, 1, 1, 1, 1, 0, NULL, NULL, NULL));
    RC(cuCtxSynchronize(), CUDA_ERROR_ILLEGAL_ADDRESS);
    RC(cuStreamCreate(&s1, 0), CUDA_ERROR_ILLEGAL_ADDRESS);
    OK(cuDevicePrimaryCtxReset_v2(dev));
    OK(cuMemFree_v2(0) == CUDA_ERROR_INVALID_VALUE ? CUDA_SUCCESS : CUDA_ERROR_UNKNOWN);

    /* pools */
    CUmemoryPool pool;
    OK(cuDeviceGetDefaultMemPool(&pool, dev));
    CUstream ps;
    OK(cuStreamCreate(&ps, CU_STREAM_NON_BLOCKING));
    size_t before = free_mem();
    CUdeviceptr pa;
    OK(cuMemAllocAsync(&pa, 10 << 20, ps));
    EXPECT(before - free_mem() == (10u << 20), "pool reserve");
    OK(cuMemFreeAsync(pa, ps));
    RC(cuMemFreeAsync(pa, ps), CUDA_ERROR_INVALID_VALUE);
    usleep(5000);
    cuuint64_t rv = 0;
    OK(cuMemPoolGetAttribute(pool, CU_MEMPOOL_ATTR_RESERVED_MEM_CURRENT, &rv));
    EXPECT(rv == (10u << 20), "reserved kept until sync %llu", (unsigned long long)rv);
    OK(cuMemPoolGetAttribute(pool, CU_MEMPOOL_ATTR_USED_MEM_CURRENT, &rv));
    EXPECT(rv == 0, "used 0");
    OK(cuStreamSynchronize(ps));
    EXPECT(free_mem() == before, "sync releases above threshold 0");
    cuuint64_t thr = ~0ull;
    OK(cuMemPoolSetAttribute(pool, CU_MEMPOOL_ATTR_RELEASE_THRESHOLD, &thr));
    OK(cuMemAllocAsync(&pa, 3 << 20, ps));
    OK(cuMemFreeAsync(pa, ps));
    OK(cuStreamSynchronize(ps));
    EXPECT(before - free_mem() == (4u << 20), "kept under threshold");
    OK(cuMemAllocAsync(&pa, 1 << 20, ps));
    EXPECT(before - free_mem() == (4u << 20), "reused block");
    OK(cuMemFreeAsync(pa, ps));
    OK(cuStreamSynchronize(ps));
    OK(cuMemPoolTrimTo(pool, 0));
    EXPECT(free_mem() == before, "trim");
    CUmemPoolProps pp;
    memset(&pp, 0, sizeof pp);
    pp.allocType = CU_MEM_ALLOCATION_TYPE_PINNED;
    pp.location.type = CU_MEM_LOCATION_TYPE_DEVICE;
    pp.location.id = 0;
    CUmemoryPool mine;
    OK(cuMemPoolCreate(&mine, &pp));
    OK(cuMemAllocFromPoolAsync(&pa, 100, mine, ps));
    OK(cuMemsetD8Async(pa, 1, 100, ps));
    OK(cuMemFree_v2(pa));
    OK(cuMemPoolDestroy(mine));
    RC(cuMemPoolDestroy(pool), CUDA_ERROR_INVALID_VALUE);
    EXPECT(free_mem() == before, "pool destroy released");

    /* VMM */
    CUmemAllocationProp prop;
    memset(&prop, 0, sizeof prop);
    prop.type = CU_MEM_ALLOCATION_TYPE_PINNED;
    prop.location.type = CU_MEM_LOCATION_TYPE_DEVICE;
    prop.location.id = 0;
    size_t gran = 0;
    OK(cuMemGetAllocationGranularity(&gran, &prop, CU_MEM_ALLOC_GRANULARITY_MINIMUM));
    EXPECT(gran == 2u << 20, "gran");
    CUdeviceptr va;
    OK(cuMemAddressReserve(&va, 4 * gran, 0, 0, 0));
    CUmemGenericAllocationHandle hA, hB;
    OK(cuMemCreate(&hA, gran, &prop, 0));
    OK(cuMemCreate(&hB, 2 * gran, &prop, 0));
    EXPECT(before - free_mem() == 3 * gran, "vmm charged");
    OK(cuMemMap(va, gran, 0, hA, 0));
    OK(cuMemMap(va + gran, 2 * gran, 0, hB, 0));
    RC(cuMemMap(va, gran, 0, hB, 0), CUDA_ERROR_INVALID_VALUE);
    RC(cuMemcpyHtoD_v2(va, host, 16), CUDA_ERROR_INVALID_VALUE); /* no access yet */
    CUmemAccessDesc ad = {{CU_MEM_LOCATION_TYPE_DEVICE, 0}, CU_MEM_ACCESS_FLAGS_PROT_READWRITE};
    OK(cuMemSetAccess(va, 3 * gran, &ad, 1));
    OK(cuMemsetD32_v2(va + gran - 8, 0x77, 4)); /* spans two handles */
    OK(cuMemcpyDtoH_v2(host, va + gran - 8, 16));
    EXPECT(host[0] == 0x77 && host[3] == 0x77, "vmm memset across mappings");
    RC(cuMemcpyHtoD_v2(va + 3 * gran, host, 4), CUDA_ERROR_INVALID_VALUE); /* unmapped tail */
    CUmemGenericAllocationHandle hr;
    OK(cuMemRetainAllocationHandle(&hr, (void *)(uintptr_t)(va + gran + 5)));
    EXPECT(hr == hB, "retain");
    OK(cuMemRelease(hr));
    CUmemAllocationProp got;
    OK(cuMemGetAllocationPropertiesFromHandle(&got, hA));
    EXPECT(got.location.id == 0, "props");
    OK(cuMemRelease(hA));
    OK(cuMemRelease(hB));
    EXPECT(before - free_mem() == 3 * gran, "mapped memory stays charged");
    OK(cuMemUnmap(va, 3 * gran));
    EXPECT(free_mem() == before, "unmap after release frees");
    OK(cuMemAddressFree(va, 4 * gran));

    /* a second process shares the accounting; NVML agrees */
    int out[2];
    if (pipe(out) != 0) return 2;
    posix_spawn_file_actions_t fa2;
    posix_spawn_file_actions_init(&fa2);
    posix_spawn_file_actions_adddup2(&fa2, out[1], 1);
    pid_t child;
    char *cargv[] = {argv[0], "child", "104857600", NULL};
    if (posix_spawn(&child, argv[0], &fa2, NULL, cargv, environ) != 0) return 2;
    close(out[1]);
    posix_spawn_file_actions_destroy(&fa2);
    char line[16] = {0};
    ssize_t rd = read(out[0], line, sizeof line - 1);
    EXPECT(rd > 0 && strncmp(line, "ready", 5) == 0, "child ready");
    size_t withchild = free_mem();
    EXPECT(before - withchild == (100u << 20) + (64u << 20), "child's memory + context seen (%zu)", before - withchild);
    EXPECT(nvmlInit_v2() == NVML_SUCCESS, "nvml init");
    unsigned nd = 0;
    nvmlDevice_t nv;
    EXPECT(nvmlDeviceGetCount_v2(&nd) == NVML_SUCCESS && nd == 2, "nvml count");
    EXPECT(nvmlDeviceGetHandleByIndex_v2(0, &nv) == NVML_SUCCESS, "handle");
    nvmlMemory_t nm;
    EXPECT(nvmlDeviceGetMemoryInfo(nv, &nm) == NVML_SUCCESS && nm.free == withchild && nm.total == total, "nvml mem %llu vs %zu", nm.free, withchild);
    nvmlMemory_v2_t nm2;
    nm2.version = (unsigned)(sizeof(nvmlMemory_v2_t) | (2u << 24));
    EXPECT(nvmlDeviceGetMemoryInfo_v2(nv, &nm2) == NVML_SUCCESS && nm2.used == total - withchild, "nvml v2");
    unsigned np = 0;
    EXPECT(nvmlDeviceGetComputeRunningProcesses_v3(nv, &np, NULL) == NVML_ERROR_INSUFFICIENT_SIZE && np == 2, "procs %u", np);
    nvmlProcessInfo_t pi[4];
    np = 4;
    EXPECT(nvmlDeviceGetComputeRunningProcesses_v3(nv, &np, pi) == NVML_SUCCESS && np == 2, "procs list");
    int seen_child = 0;
    for (unsigned i = 0; i < np; i++)
        if (pi[i].pid == (unsigned)child && pi[i].usedGpuMemory == (164u << 20)) seen_child = 1;
    EXPECT(seen_child, "child listed with its usage");
    char nuuid[80];
    EXPECT(nvmlDeviceGetUUID(nv, nuuid, sizeof nuuid) == NVML_SUCCESS, "uuid");
    char cu[41];
    snprintf(cu, sizeof cu, "GPU-%02x%02x%02x%02x-", (unsigned char)uuid.bytes[0], (unsigned char)uuid.bytes[1], (unsigned char)uuid.bytes[2], (unsigned char)uuid.bytes[3]);
    EXPECT(strncmp(cu, nuuid, 13) == 0, "uuid agree %s %s", cu, nuuid);
    char dv[32];
    EXPECT(nvmlSystemGetDriverVersion(dv, sizeof dv) == NVML_SUCCESS && strcmp(dv, "580.0-fakecuda") == 0, "driver ver");
    EXPECT(nvmlSystemGetDriverVersion(dv, 4) == NVML_ERROR_INSUFFICIENT_SIZE, "short buf");
    unsigned cm = 9, pm = 9;
    EXPECT(nvmlDeviceGetMigMode(nv, &cm, &pm) == NVML_SUCCESS && cm == 0 && pm == 0, "mig");
    kill(child, SIGKILL);
    int wst;
    waitpid(child, &wst, 0);
    EXPECT(free_mem() == before, "dead child's memory reclaimed");
    EXPECT(nvmlDeviceGetComputeRunningProcesses_v3(nv, &np, pi) == NVML_SUCCESS && np == 1, "one proc left");
    /* utilization */
    nvmlUtilization_t ut;
    nvmlDeviceGetUtilizationRates(nv, &ut);
    OK(cuModuleLoadData(&mod, FAKECUDA_MODULE_ALL));
    OK(cuModuleGetFunction(&ksleep, mod, "quanta_sleep"));
    ns = 100000000ull;
    OK(cuLaunchKernel(ksleep, 1, 1, 1, 1, 1, 1, 0, NULL, sp, NULL));
    OK(cuCtxSynchronize());
    EXPECT(nvmlDeviceGetUtilizationRates(nv, &ut) == NVML_SUCCESS && ut.gpu >= 80, "util %u", ut.gpu);
    nvmlShutdown();
    RC(cuCtxDestroy_v2(pctx), CUDA_ERROR_INVALID_CONTEXT);
    OK(cuDevicePrimaryCtxRelease_v2(dev));
    RC(cuDevicePrimaryCtxRelease_v2(dev), CUDA_ERROR_INVALID_CONTEXT);
    RC(cuMemAlloc_v2(&q, 16), CUDA_ERROR_INVALID_CONTEXT);
    const char *es = NULL;
    OK(cuGetErrorString(CUDA_ERROR_ILLEGAL_ADDRESS, &es));
    EXPECT(es && strstr(es, "illegal memory access"), "errstr");
    RC(cuGetErrorName((CUresult)12345, &es), CUDA_ERROR_INVALID_VALUE);
    printf("selfcheck: %d checks, %d failures\n", checks, failures);
    fflush(stdout);
    return failures ? 1 : 0;
}
