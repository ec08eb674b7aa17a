/*
 * fwd_compute.c - a CUDA program whose every result can be checked, for API forwarding
 * (test/forward.test.ts): copies data in, runs fakecuda's fill and add kernels on two
 * streams with events, copies the result out and compares it; checks that an invalid
 * launch (sent without waiting) reports its error at the next synchronisation, that an
 * entry point the client does not forward answers CUDA_ERROR_NOT_SUPPORTED, and that error
 * strings and memory figures come back. It also says whether this process mapped any
 * driver library (a forwarded client must not). Prints "ok" lines and "FAIL" lines; exits 1
 * on any failure. With an argument N it allocates N MiB first (for quota checks) and
 * prints what the allocation returned.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fakecuda.h"
#include "quanta_cuda_app.h"
#include "ok_lines.h"

/* Whether a library whose name contains `what` is mapped into this process. */
static int mapped(const char *what)
{
    FILE *f = fopen("/proc/self/maps", "r");
    char line[512];
    int found = 0;
    while (f != NULL && fgets(line, sizeof line, f) != NULL)
        if (strstr(line, what) != NULL && strstr(line, "/forward/") == NULL)
            found = 1;
    if (f != NULL)
        fclose(f);
    return found;
}

int main(int argc, char **argv)
{
    CUdevice dev;
    CUcontext ctx;
    CUresult rc = cuInit(0);
    if (rc != CUDA_SUCCESS) {
        printf("cuInit: %d\n", (int)rc);
        return 1;
    }
    CHECK(cuDeviceGet(&dev, 0) == CUDA_SUCCESS && cuDevicePrimaryCtxRetain(&ctx, dev) == CUDA_SUCCESS &&
              cuCtxSetCurrent(ctx) == CUDA_SUCCESS, "a context");
    char name[128] = {0};
    CHECK(cuDeviceGetName(name, sizeof name, dev) == CUDA_SUCCESS && strstr(name, "fakecuda") != NULL, "device name %s", name);
    if (argc > 1) {
        CUdeviceptr big;
        rc = cuMemAlloc(&big, (size_t)atoll(argv[1]) << 20);
        const char *s = NULL;
        cuGetErrorName(rc, &s);
        printf("alloc %s MiB: %s\n", argv[1], s ? s : "?");
        return 0;
    }
    size_t free_b = 0, total = 0;
    CHECK(cuMemGetInfo(&free_b, &total) == CUDA_SUCCESS && total > 0 && free_b <= total, "memory %zu of %zu free", free_b, total);

    enum { N = 1 << 20 };
    float *a = malloc(N * sizeof *a), *b = malloc(N * sizeof *b), *out = malloc(N * sizeof *out);
    for (int i = 0; i < N; i++) {
        a[i] = (float)i;
        b[i] = 0.5f * (float)i;
    }
    CUdeviceptr da, db, dout, dfill;
    CHECK(cuMemAlloc(&da, N * 4) == CUDA_SUCCESS && cuMemAlloc(&db, N * 4) == CUDA_SUCCESS && cuMemAlloc(&dout, N * 4) == CUDA_SUCCESS &&
              cuMemAlloc(&dfill, N * 4) == CUDA_SUCCESS, "four allocations");
    CHECK(cuMemcpyHtoD(da, a, N * 4) == CUDA_SUCCESS && cuMemcpyHtoD(db, b, N * 4) == CUDA_SUCCESS, "4 MiB copied in twice");

    CUmodule mod;
    CUfunction add, fill;
    CHECK(cuModuleLoadData(&mod, FAKECUDA_MODULE_ALL) == CUDA_SUCCESS && cuModuleGetFunction(&add, mod, FAKECUDA_KERNEL_ADD_F32) == CUDA_SUCCESS &&
              cuModuleGetFunction(&fill, mod, FAKECUDA_KERNEL_FILL_U32) == CUDA_SUCCESS, "a module and its functions");
    /* CUDA 13's runtime hands cuLibraryLoadData its fat binary wrapper (magic, version, a
     * pointer to the image): forwarded, the image it points to must cross, not the
     * wrapper's pointer. */
    struct {
        uint32_t magic, version;
        const void *data, *unused;
    } wrapper = {0x466243B1u, 1, FAKECUDA_MODULE_ALL, NULL};
    CUlibrary lib, owner = NULL;
    CUkernel kernel;
    CUfunction kernel_fn;
    CUfunctionLoadingState loaded = CU_FUNCTION_LOADING_STATE_MAX;
    CHECK(cuLibraryLoadData(&lib, &wrapper, NULL, NULL, 0, NULL, NULL, 0) == CUDA_SUCCESS &&
              cuLibraryGetKernel(&kernel, lib, FAKECUDA_KERNEL_ADD_F32) == CUDA_SUCCESS,
          "a library loaded from a fat binary wrapper");
    CHECK(cuKernelGetLibrary(&owner, kernel) == CUDA_SUCCESS && owner == lib &&
              cuKernelSetCacheConfig(kernel, CU_FUNC_CACHE_PREFER_NONE, 0) == CUDA_SUCCESS &&
              cuKernelGetFunction(&kernel_fn, kernel) == CUDA_SUCCESS && cuFuncLoad(kernel_fn) == CUDA_SUCCESS &&
              cuFuncIsLoaded(&loaded, kernel_fn) == CUDA_SUCCESS && loaded == CU_FUNCTION_LOADING_STATE_LOADED,
          "its kernel's library, cache preference, function and loading state");
    /* Names the driver owns come back as the client's own copies, stable across calls. */
    unsigned kernel_count = 0, function_count = 0;
    CUkernel kernels[8] = {0};
    CUfunction functions[8] = {0};
    const char *kname = NULL, *kname_again = NULL, *fname = NULL;
    int listed = cuLibraryGetKernelCount(&kernel_count, lib) == CUDA_SUCCESS && kernel_count == 4 &&
                 cuLibraryEnumerateKernels(kernels, kernel_count, lib) == CUDA_SUCCESS && kernels[3] != NULL &&
                 cuModuleGetFunctionCount(&function_count, mod) == CUDA_SUCCESS && function_count == 4 &&
                 cuModuleEnumerateFunctions(functions, function_count, mod) == CUDA_SUCCESS && functions[3] != NULL;
    CHECK(listed, "a library's %u kernels and a module's %u functions listed", kernel_count, function_count);
    CHECK(cuKernelGetName(&kname, kernel) == CUDA_SUCCESS && kname != NULL && strcmp(kname, FAKECUDA_KERNEL_ADD_F32) == 0 &&
              cuKernelGetName(&kname_again, kernel) == CUDA_SUCCESS && kname_again == kname &&
              cuFuncGetName(&fname, fill) == CUDA_SUCCESS && fname != NULL && strcmp(fname, FAKECUDA_KERNEL_FILL_U32) == 0,
          "kernel and function names (%s, %s), the same pointer each time", kname ? kname : "-", fname ? fname : "-");
    CHECK(cuLibraryUnload(lib) == CUDA_SUCCESS, "the library unloaded");
    /* Answers that never change are kept by the client (the executor's trace shows one
     * cuDeviceGetAttribute for these 100); a function attribute set is seen at once. */
    int sms = 0, same = 1;
    for (int i = 0; i < 100; i++) {
        int v = -1;
        same &= cuDeviceGetAttribute(&v, CU_DEVICE_ATTRIBUTE_MULTIPROCESSOR_COUNT, dev) == CUDA_SUCCESS && (i == 0 ? (sms = v) > 0 : v == sms);
    }
    CHECK(same, "the same device attribute 100 times (%d SMs)", sms);
    int shared_before = -1, shared_after = -1;
    CHECK(cuFuncGetAttribute(&shared_before, CU_FUNC_ATTRIBUTE_MAX_DYNAMIC_SHARED_SIZE_BYTES, add) == CUDA_SUCCESS &&
              cuFuncSetAttribute(add, CU_FUNC_ATTRIBUTE_MAX_DYNAMIC_SHARED_SIZE_BYTES, 65536) == CUDA_SUCCESS &&
              cuFuncGetAttribute(&shared_after, CU_FUNC_ATTRIBUTE_MAX_DYNAMIC_SHARED_SIZE_BYTES, add) == CUDA_SUCCESS && shared_after == 65536,
          "a function attribute set is seen by the next get (%d, then %d)", shared_before, shared_after);
    CUstream s1, s2;
    CUevent done1;
    CHECK(cuStreamCreate(&s1, 0) == CUDA_SUCCESS && cuStreamCreate(&s2, 0) == CUDA_SUCCESS && cuEventCreate(&done1, 0) == CUDA_SUCCESS,
          "two streams and an event");
    unsigned long long count = N;
    unsigned int value = 0x2a2a2a2a;
    void *fill_args[] = {&dfill, &value, &count};
    void *add_args[] = {&da, &db, &dout, &count};
    CHECK(cuLaunchKernel(fill, 1, 1, 1, 1, 1, 1, 0, s1, fill_args, NULL) == CUDA_SUCCESS && cuEventRecord(done1, s1) == CUDA_SUCCESS &&
              cuStreamWaitEvent(s2, done1, 0) == CUDA_SUCCESS && cuLaunchKernel(add, 1, 1, 1, 1, 1, 1, 0, s2, add_args, NULL) == CUDA_SUCCESS,
          "kernels launched on two streams, one waiting for the other");
    CHECK(cuStreamSynchronize(s2) == CUDA_SUCCESS && cuEventQuery(done1) == CUDA_SUCCESS, "both streams done");
    CHECK(cuMemcpyDtoH(out, dout, N * 4) == CUDA_SUCCESS, "4 MiB copied out");
    int wrong = 0;
    for (int i = 0; i < N; i++)
        wrong += out[i] != a[i] + b[i];
    CHECK(wrong == 0, "a + b right in every element (%d wrong)", wrong);
    unsigned int *filled = (unsigned int *)out;
    CHECK(cuMemcpyDtoH(filled, dfill, N * 4) == CUDA_SUCCESS && filled[0] == value && filled[N - 1] == value, "the fill kernel's result");
    CHECK(cuMemsetD32(dfill, 7, N) == CUDA_SUCCESS && cuMemcpyDtoH(filled, dfill, 16) == CUDA_SUCCESS && filled[3] == 7, "memset");

    /* cuLaunchKernelEx: the configuration and its attributes cross with the launch. */
    CUlaunchAttribute attr;
    memset(&attr, 0, sizeof attr);
    attr.id = CU_LAUNCH_ATTRIBUTE_PRIORITY;
    attr.value.priority = 0;
    CUlaunchConfig cfg = {.gridDimX = 1, .gridDimY = 1, .gridDimZ = 1, .blockDimX = 1, .blockDimY = 1, .blockDimZ = 1, .hStream = s1, .attrs = &attr, .numAttrs = 1};
    unsigned int value2 = 0x7b7b7b7b;
    void *fill2_args[] = {&dfill, &value2, &count};
    CHECK(cuLaunchKernelEx(&cfg, fill, fill2_args, NULL) == CUDA_SUCCESS && cuStreamSynchronize(s1) == CUDA_SUCCESS &&
              cuMemcpyDtoH(filled, dfill, 16) == CUDA_SUCCESS && filled[2] == value2,
          "cuLaunchKernelEx with an attribute");

    /* A stream captured into a graph (as PyTorch's CUDA graphs do): nothing runs while it
     * is captured; each launch of the instantiated graph runs the recorded work. */
    CUgraph graph = NULL;
    CUgraphExec exec = NULL;
    CUstreamCaptureStatus capturing = CU_STREAM_CAPTURE_STATUS_NONE;
    size_t nodes = 0;
    unsigned int graph_value = 0x5a5a5a5a;
    void *graph_args[] = {&dfill, &graph_value, &count};
    CHECK(cuStreamBeginCapture(s1, CU_STREAM_CAPTURE_MODE_THREAD_LOCAL) == CUDA_SUCCESS && cuStreamIsCapturing(s1, &capturing) == CUDA_SUCCESS &&
              capturing == CU_STREAM_CAPTURE_STATUS_ACTIVE && cuMemsetD32Async(dfill, 0, N, s1) == CUDA_SUCCESS &&
              cuLaunchKernel(fill, 1, 1, 1, 1, 1, 1, 0, s1, graph_args, NULL) == CUDA_SUCCESS && cuStreamEndCapture(s1, &graph) == CUDA_SUCCESS &&
              cuGraphGetNodes(graph, NULL, &nodes) == CUDA_SUCCESS && nodes == 2,
          "a memset and a launch captured into a graph of %zu nodes", nodes);
    CHECK(cuMemcpyDtoH(filled, dfill, 16) == CUDA_SUCCESS && filled[2] == value2, "nothing ran while it was captured");
    int replays_right = cuGraphInstantiateWithFlags(&exec, graph, 0) == CUDA_SUCCESS;
    for (int i = 0; i < 3 && replays_right; i++)
        replays_right = cuMemsetD32(dfill, 1, N) == CUDA_SUCCESS && cuGraphLaunch(exec, s2) == CUDA_SUCCESS && cuStreamSynchronize(s2) == CUDA_SUCCESS &&
                        cuMemcpyDtoH(filled, dfill, N * 4) == CUDA_SUCCESS && filled[0] == graph_value && filled[N - 1] == graph_value;
    CHECK(replays_right && cuGraphExecDestroy(exec) == CUDA_SUCCESS && cuGraphDestroy(graph) == CUDA_SUCCESS,
          "the graph launched three times, each time its work ran");

    /* A copy larger than a frame's chunk (8 MiB) goes as several calls: 20 MiB + 12 bytes
     * in and out again, each byte where it belongs. */
    size_t big = (20u << 20) + 12;
    unsigned char *src = malloc(big), *back = malloc(big);
    CUdeviceptr dbig;
    for (size_t i = 0; i < big; i++)
        src[i] = (unsigned char)(i * 2654435761u >> 13);
    memset(back, 0, big);
    CHECK(src != NULL && back != NULL && cuMemAlloc(&dbig, big) == CUDA_SUCCESS && cuMemcpyHtoD(dbig, src, big) == CUDA_SUCCESS &&
              cuMemcpyDtoHAsync(back, dbig, big, s1) == CUDA_SUCCESS && cuStreamSynchronize(s1) == CUDA_SUCCESS && memcmp(src, back, big) == 0 &&
              cuMemFree(dbig) == CUDA_SUCCESS,
          "a 20 MiB copy in and out, unchanged");
    /* From pageable memory an asynchronous copy has taken the bytes when it returns (the
     * executor uses them where they lie in the shared memory): changing them afterwards
     * changes nothing on the device. */
    wrong = 0;
    CHECK(cuMemAlloc(&dbig, big) == CUDA_SUCCESS && cuMemcpyHtoDAsync(dbig, src, big, s1) == CUDA_SUCCESS, "a 20 MiB asynchronous copy in");
    memset(src, 0xee, big);
    CHECK(cuStreamSynchronize(s1) == CUDA_SUCCESS && cuMemcpyDtoH(back, dbig, big) == CUDA_SUCCESS, "and out");
    for (size_t i = 0; i < big; i++)
        wrong += back[i] != (unsigned char)(i * 2654435761u >> 13);
    CHECK(wrong == 0, "the bytes copied are those at the call, not those written after it (%d wrong)", wrong);
    /* A copy split into chunks that fails in its first: the error comes back once, from
     * the call that made it. */
    CUdeviceptr small;
    CHECK(cuMemAlloc(&small, 4u << 20) == CUDA_SUCCESS, "4 MiB allocated");
    rc = cuMemcpyHtoD(small, src, big);
    CHECK(rc == CUDA_ERROR_INVALID_VALUE, "a 20 MiB copy into 4 MiB fails: %d", (int)rc);
    CHECK(cuCtxSynchronize() == CUDA_SUCCESS, "and its error is not reported again");
    CHECK(cuMemFree(small) == CUDA_SUCCESS && cuMemFree(dbig) == CUDA_SUCCESS, "freed");
    free(src);
    free(back);

    /* An invalid launch: the driver refuses it at once; forwarded, it goes out without
     * waiting and its error comes at the next sync. */
    rc = cuLaunchKernel(add, 0, 1, 1, 1, 1, 1, 0, s1, add_args, NULL);
    CUresult later = cuStreamSynchronize(s1);
    CHECK((rc == CUDA_SUCCESS && later == CUDA_ERROR_INVALID_VALUE) || (rc == CUDA_ERROR_INVALID_VALUE && later == CUDA_SUCCESS),
          "an invalid launch: %d at once, %d at the next sync", (int)rc, (int)later);
    /* Many of them: forwarded, some go out as fences whose replies are read later (every
     * 128 calls); their error still comes at the next sync, once. */
    int at_once = 0;
    for (int i = 0; i < 300; i++)
        at_once += cuLaunchKernel(add, 0, 1, 1, 1, 1, 1, 0, s1, add_args, NULL) != CUDA_SUCCESS;
    CUresult first_sync = cuStreamSynchronize(s1), second_sync = cuStreamSynchronize(s1);
    CHECK((at_once == 0 && first_sync == CUDA_ERROR_INVALID_VALUE && second_sync == CUDA_SUCCESS) ||
              (at_once == 300 && first_sync == CUDA_SUCCESS),
          "300 invalid launches: %d failed at once, then %d and %d at two syncs", at_once, (int)first_sync, (int)second_sync);
    CHECK(cuStreamSynchronize(s1) == CUDA_SUCCESS, "and only once");

    const char *text = NULL, *ename = NULL;
    CHECK(cuGetErrorString(CUDA_ERROR_OUT_OF_MEMORY, &text) == CUDA_SUCCESS && text != NULL && strstr(text, "memory") != NULL, "error string: %s", text ? text : "none");
    CHECK(cuGetErrorName(CUDA_ERROR_INVALID_VALUE, &ename) == CUDA_SUCCESS && strcmp(ename, "CUDA_ERROR_INVALID_VALUE") == 0, "error name");
    CUdeviceptr managed;
    rc = cuMemAllocManaged(&managed, 4096, CU_MEM_ATTACH_GLOBAL);
    CHECK(rc == CUDA_ERROR_NOT_SUPPORTED || !mapped("/forward/"), "an entry point not forwarded: %d", (int)rc);
    void *pfn = NULL;
    CHECK(cuGetProcAddress("cuMemAlloc", &pfn, 12000, 0, NULL) == CUDA_SUCCESS && pfn == (void *)cuMemAlloc_v2, "cuGetProcAddress gives this library's functions");

    CHECK(cuStreamDestroy(s1) == CUDA_SUCCESS && cuStreamDestroy(s2) == CUDA_SUCCESS && cuEventDestroy(done1) == CUDA_SUCCESS &&
              cuMemFree(da) == CUDA_SUCCESS && cuMemFree(db) == CUDA_SUCCESS && cuMemFree(dout) == CUDA_SUCCESS && cuMemFree(dfill) == CUDA_SUCCESS &&
              cuModuleUnload(mod) == CUDA_SUCCESS,
          "freed");
    printf("fakecuda mapped: %s\n", mapped("fakecuda") ? "yes" : "no");
    free(a);
    free(b);
    free(out);
    printf("%s\n", failures ? "FAILED" : "PASSED");
    return failures ? 1 : 0;
}
