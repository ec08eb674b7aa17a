/*
 * context_hooks.c - each CUDA context's own device memory, charged to the vGPU.
 *
 * A context takes device memory (about 525 MiB on an H100 with driver 580) that no
 * allocation call shows. The daemon measures it per GPU (native/tools/context_cost.c)
 * and writes it into the vGPU's segment; here each context a process holds is charged
 * that much: the primary context from its first retain to its last release (the
 * driver keeps one per device, however often it is retained), every created context
 * from cuCtxCreate to cuCtxDestroy. A context that would take the vGPU past its quota
 * is refused with CUDA_ERROR_OUT_OF_MEMORY, as on a full GPU. The driver's own later
 * growth of a context (module code, a cuBLAS handle's internals) is not seen and not
 * charged; docs/design/memory-isolation.md gives the measured size of that gap.
 */
#include <pthread.h>

#include "libs.h"
#include "vgpu.h"

#define MAX_DEVICES 64

static pthread_mutex_t primary_lock = PTHREAD_MUTEX_INITIALIZER;
static struct {
    int refs;           /* this process's retains of the device's primary context */
    int gpu;            /* vGPU slice charged, -1: nothing charged */
    uint64_t bytes;
} primary[MAX_DEVICES];

/* A forked child has no contexts (CUDA does not carry them over fork). */
static void forget_contexts_in_child(void)
{
    pthread_mutex_init(&primary_lock, NULL);
    for (int i = 0; i < MAX_DEVICES; i++)
        primary[i].refs = 0, primary[i].gpu = -1, primary[i].bytes = 0;
}

__attribute__((constructor)) static void context_hooks_init(void)
{
    forget_contexts_in_child();
    (void)pthread_atfork(NULL, NULL, forget_contexts_in_child);
}

/* Reserves one context on `dev`: *bytes and *gpu say what to give back later. */
static enum quanta__vgpu_answer reserve_context(CUdevice dev, uint64_t *bytes, int *gpu)
{
    *bytes = quanta__vgpu_context_bytes(dev);
    *gpu = -1;
    return *bytes > 0 ? quanta__vgpu_reserve_on(dev, *bytes, gpu) : QUANTA__VGPU_NONE;
}

/* Contract: as the driver's cuDevicePrimaryCtxRetain; the first retain on a device
 * charges one context to the vGPU (CUDA_ERROR_OUT_OF_MEMORY past the quota). */
CUresult cuDevicePrimaryCtxRetain(CUcontext *pctx, CUdevice dev)
{
    quanta_cuda_pfn_cuDevicePrimaryCtxRetain real = (quanta_cuda_pfn_cuDevicePrimaryCtxRetain)quanta__enter(
        &quanta__cuda_lib, quanta__cuda_real, QUANTA_CUDA_cuDevicePrimaryCtxRetain);
    if (real == NULL)
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuDevicePrimaryCtxRetain);
    if (!quanta__vgpu_active() || dev < 0 || dev >= MAX_DEVICES)
        return real(pctx, dev);
    pthread_mutex_lock(&primary_lock);
    uint64_t bytes = 0;
    int gpu = -1;
    enum quanta__vgpu_answer a = primary[dev].refs == 0 ? reserve_context(dev, &bytes, &gpu) : QUANTA__VGPU_NONE;
    CUresult rc = a == QUANTA__VGPU_REFUSED ? CUDA_ERROR_OUT_OF_MEMORY : real(pctx, dev);
    if (rc == CUDA_SUCCESS) {
        if (primary[dev].refs++ == 0 && a == QUANTA__VGPU_OK)
            primary[dev].gpu = gpu, primary[dev].bytes = bytes;
    } else if (a == QUANTA__VGPU_OK) {
        quanta__vgpu_release(gpu, bytes);
    }
    pthread_mutex_unlock(&primary_lock);
    return rc;
}

/* After a successful release of dev's primary context: the last one refunds it. */
static void primary_released(CUdevice dev)
{
    if (!quanta__vgpu_active() || dev < 0 || dev >= MAX_DEVICES)
        return;
    pthread_mutex_lock(&primary_lock);
    if (primary[dev].refs > 0 && --primary[dev].refs == 0 && primary[dev].gpu >= 0) {
        quanta__vgpu_release(primary[dev].gpu, primary[dev].bytes);
        primary[dev].gpu = -1;
        primary[dev].bytes = 0;
    }
    pthread_mutex_unlock(&primary_lock);
}

/* Contract: as the driver's cuDevicePrimaryCtxRelease_v2; the last release refunds. */
CUresult cuDevicePrimaryCtxRelease_v2(CUdevice dev)
{
    quanta_cuda_pfn_cuDevicePrimaryCtxRelease_v2 real = (quanta_cuda_pfn_cuDevicePrimaryCtxRelease_v2)quanta__enter(
        &quanta__cuda_lib, quanta__cuda_real, QUANTA_CUDA_cuDevicePrimaryCtxRelease_v2);
    if (real == NULL)
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuDevicePrimaryCtxRelease_v2);
    CUresult rc = real(dev);
    if (rc == CUDA_SUCCESS)
        primary_released(dev);
    return rc;
}

/* Contract: as the driver's original cuDevicePrimaryCtxRelease, with the same accounting. */
CUresult cuDevicePrimaryCtxRelease(CUdevice dev)
{
    quanta_cuda_pfn_cuDevicePrimaryCtxRelease real = (quanta_cuda_pfn_cuDevicePrimaryCtxRelease)quanta__enter(
        &quanta__cuda_lib, quanta__cuda_real, QUANTA_CUDA_cuDevicePrimaryCtxRelease);
    if (real == NULL)
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuDevicePrimaryCtxRelease);
    CUresult rc = real(dev);
    if (rc == CUDA_SUCCESS)
        primary_released(dev);
    return rc;
}

/* One context-creating hook: reserve on `dev`, call the driver, settle. */
#define CREATE_HOOK(sym, pctx, dev, ...)                                                                   \
    do {                                                                                                   \
        quanta_cuda_pfn_##sym real =                                                                       \
            (quanta_cuda_pfn_##sym)quanta__enter(&quanta__cuda_lib, quanta__cuda_real, QUANTA_CUDA_##sym); \
        if (real == NULL)                                                                                  \
            return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_##sym);                        \
        if (!quanta__vgpu_active() || (pctx) == NULL)                                                      \
            return real(__VA_ARGS__);                                                                      \
        uint64_t bytes;                                                                                    \
        int gpu;                                                                                           \
        enum quanta__vgpu_answer a = reserve_context((dev), &bytes, &gpu);                                 \
        if (a == QUANTA__VGPU_REFUSED)                                                                     \
            return CUDA_ERROR_OUT_OF_MEMORY;                                                               \
        CUresult rc = real(__VA_ARGS__);                                                                   \
        return quanta__vgpu_settle(a, rc, QUANTA__VGPU_CONTEXT, rc == CUDA_SUCCESS ? (uint64_t)(uintptr_t)*(pctx) : 0, \
                                   bytes, gpu);                                                            \
    } while (0)

/* Contract: as the driver's cuCtxCreate_v2; the context is charged until destroyed. */
CUresult cuCtxCreate_v2(CUcontext *pctx, unsigned int flags, CUdevice dev)
{
    CREATE_HOOK(cuCtxCreate_v2, pctx, dev, pctx, flags, dev);
}

/* Contract: as the driver's original cuCtxCreate, with the same accounting. */
CUresult cuCtxCreate(CUcontext *pctx, unsigned int flags, CUdevice dev)
{
    CREATE_HOOK(cuCtxCreate, pctx, dev, pctx, flags, dev);
}

/* Contract: as the driver's cuCtxCreate_v3 (execution affinity), with the same accounting. */
CUresult cuCtxCreate_v3(CUcontext *pctx, CUexecAffinityParam *paramsArray, int numParams, unsigned int flags,
                        CUdevice dev)
{
    CREATE_HOOK(cuCtxCreate_v3, pctx, dev, pctx, paramsArray, numParams, flags, dev);
}

/* Contract: as the driver's cuCtxCreate_v4 (creation parameters), with the same accounting. */
CUresult cuCtxCreate_v4(CUcontext *pctx, CUctxCreateParams *ctxCreateParams, unsigned int flags, CUdevice dev)
{
    CREATE_HOOK(cuCtxCreate_v4, pctx, dev, pctx, ctxCreateParams, flags, dev);
}

/* Contract: as the driver's cuCtxDestroy_v2; a created context's charge returns. */
CUresult cuCtxDestroy_v2(CUcontext ctx)
{
    quanta_cuda_pfn_cuCtxDestroy_v2 real =
        (quanta_cuda_pfn_cuCtxDestroy_v2)quanta__enter(&quanta__cuda_lib, quanta__cuda_real, QUANTA_CUDA_cuCtxDestroy_v2);
    if (real == NULL)
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuCtxDestroy_v2);
    CUresult rc = real(ctx);
    if (rc == CUDA_SUCCESS)
        quanta__vgpu_forget(QUANTA__VGPU_CONTEXT, (uint64_t)(uintptr_t)ctx);
    return rc;
}

/* Contract: as the driver's original cuCtxDestroy, with the same accounting. */
CUresult cuCtxDestroy(CUcontext ctx)
{
    quanta_cuda_pfn_cuCtxDestroy real =
        (quanta_cuda_pfn_cuCtxDestroy)quanta__enter(&quanta__cuda_lib, quanta__cuda_real, QUANTA_CUDA_cuCtxDestroy);
    if (real == NULL)
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuCtxDestroy);
    CUresult rc = real(ctx);
    if (rc == CUDA_SUCCESS)
        quanta__vgpu_forget(QUANTA__VGPU_CONTEXT, (uint64_t)(uintptr_t)ctx);
    return rc;
}
