/*
 * context.c - primary and created contexts, and each thread's context stack.
 *
 * A context is active while it holds resources: its NULL stream and FAKECUDA_CTX_OVERHEAD
 * bytes of device memory (charged like a real context's memory), plus whatever the
 * application created in it. A primary context becomes active on its first retain and
 * is torn down when the last retain is released or on cuDevicePrimaryCtxReset; its
 * handle stays the same for the life of the process, and a reset primary context that
 * is still retained comes back on its next use. A created context is active from
 * cuCtxCreate to cuCtxDestroy. Tearing down waits for the context's work, then frees
 * its streams, events, modules and memory.
 *
 * The current context is per thread: a stack of handles in thread-local storage, so a
 * handle destroyed elsewhere is only found stale (CUDA_ERROR_INVALID_CONTEXT) when used.
 */
#include "fake.h"

#include <stdlib.h>
#include <string.h>

static __thread CUcontext tls_stack[FAKE__CTX_STACK_MAX];
static __thread int tls_depth;

static struct fake__ctx *created;  /* list of created contexts, under the lock */

static CUcontext tls_top(void)
{
    return tls_depth > 0 ? tls_stack[tls_depth - 1] : NULL;
}

/* Removes every occurrence of h from the calling thread's stack. */
static void tls_forget(CUcontext h)
{
    int j = 0;
    for (int i = 0; i < tls_depth; i++)
        if (tls_stack[i] != h)
            tls_stack[j++] = tls_stack[i];
    tls_depth = j;
}

static void set_default_limits(struct fake__ctx *c)
{
    memset(c->limits, 0, sizeof c->limits);
    c->limits[CU_LIMIT_STACK_SIZE] = 1024;
    c->limits[CU_LIMIT_PRINTF_FIFO_SIZE] = 1 << 20;
    c->limits[CU_LIMIT_MALLOC_HEAP_SIZE] = 8 << 20;
    c->limits[CU_LIMIT_DEV_RUNTIME_SYNC_DEPTH] = 2;
    c->limits[CU_LIMIT_DEV_RUNTIME_PENDING_LAUNCH_COUNT] = 2048;
    c->limits[CU_LIMIT_MAX_L2_FETCH_GRANULARITY] = 64;
    c->limits[CU_LIMIT_PERSISTING_L2_CACHE_SIZE] = 0;
}

/* Gives c its resources. Lock held. */
static CUresult activate(struct fake__ctx *c)
{
    CUresult rc = fake__charge(c->dev, fake__g.ctx_overhead);
    if (rc != CUDA_SUCCESS)
        return rc;
    rc = fake__stream_create_null(c);
    if (rc != CUDA_SUCCESS) {
        fake__uncharge(c->dev, fake__g.ctx_overhead);
        return rc;
    }
    c->active = 1;
    c->sticky = CUDA_SUCCESS;
    c->id = fake__g.next_id++;
    set_default_limits(c);
    return CUDA_SUCCESS;
}

static void destroy_owned(enum fake__kind kind, void *obj, uint64_t h, void *arg)
{
    (void)arg;
    switch (kind) {
    case FAKE__KIND_STREAM:
        fake__stream_destroy(obj);
        break;
    case FAKE__KIND_EVENT:
        fake__event_destroy(obj);
        break;
    case FAKE__KIND_MODULE:
        fake__module_unload(obj);
        break;
    case FAKE__KIND_FUNC:
        break;  /* dropped with its module */
    case FAKE__KIND_ARRAY:
    case FAKE__KIND_MIPMAP:
        fake__array_destroy(kind, obj, h);
        break;
    case FAKE__KIND_GRAPH:
    case FAKE__KIND_GRAPH_EXEC:
        fake__handle_drop(h);
        fake__graph_free(obj);
        break;
    default:
        fake__handle_drop(h);
        break;
    }
}

static int ctx_busy(struct fake__ctx *c)
{
    for (struct fake__stream *s = c->streams; s != NULL; s = s->next_in_ctx)
        if (s->completed < s->submitted)
            return 1;
    return 0;
}

void fake__ctx_wait_idle(struct fake__ctx *c)
{
    while (ctx_busy(c))
        fake__wait();
}

void fake__device_wait_idle(int dev)
{
    for (;;) {
        struct fake__ctx *busy = NULL;
        if (fake__g.dev[dev].primary->active && ctx_busy(fake__g.dev[dev].primary))
            busy = fake__g.dev[dev].primary;
        for (struct fake__ctx *c = created; c != NULL && busy == NULL; c = c->next)
            if (c->dev == dev && ctx_busy(c))
                busy = c;
        if (busy == NULL)
            return;
        fake__wait();
    }
}

/* Frees everything c holds and returns its memory. Lock held; not from a worker. */
static void teardown(struct fake__ctx *c)
{
    c->tearing = 1;
    fake__ctx_wait_idle(c);
    fake__handle_each(c, destroy_owned, NULL);
    if (c->null_stream != NULL) {
        fake__stream_destroy(c->null_stream);
        c->null_stream = NULL;
    }
    fake__mem_free_ctx(c);
    fake__uncharge(c->dev, fake__g.ctx_overhead);
    c->active = 0;
    c->sticky = CUDA_SUCCESS;
    c->tearing = 0;
    fake__broadcast();
}

void fake__ctx_unref(struct fake__ctx *c)
{
    if (--c->refs > 0 || c->is_primary)
        return;
    for (struct fake__ctx **p = &created; *p != NULL; p = &(*p)->next) {
        if (*p == c) {
            *p = c->next;
            break;
        }
    }
    free(c);
}

CUresult fake__ctx_resolve(CUcontext h, struct fake__ctx **out, int allow_sticky)
{
    if (h == NULL)
        h = tls_top();
    if (h == NULL)
        return CUDA_ERROR_INVALID_CONTEXT;
    struct fake__ctx *c = fake__handle_get(FAKE__KIND_CTX, (uint64_t)(uintptr_t)h);
    if (c == NULL || c->tearing)
        return CUDA_ERROR_INVALID_CONTEXT;
    if (!c->active) {
        if (!c->is_primary || c->retain == 0)
            return CUDA_ERROR_INVALID_CONTEXT;
        CUresult rc = activate(c);  /* a reset primary context, used again */
        if (rc != CUDA_SUCCESS)
            return rc;
    }
    if (!allow_sticky && c->sticky != CUDA_SUCCESS)
        return c->sticky;
    *out = c;
    return CUDA_SUCCESS;
}

CUresult fake__ctx_current(struct fake__ctx **out, int allow_sticky)
{
    return fake__ctx_resolve(NULL, out, allow_sticky);
}

/* Validates flags of cuCtxCreate / cuDevicePrimaryCtxSetFlags / cuCtxSetFlags. */
static int flags_ok(unsigned flags)
{
    unsigned sched = flags & CU_CTX_SCHED_MASK;
    return (flags & ~(unsigned)CU_CTX_FLAGS_MASK) == 0 &&
           (sched == 0 || sched == CU_CTX_SCHED_SPIN || sched == CU_CTX_SCHED_YIELD ||
            sched == CU_CTX_SCHED_BLOCKING_SYNC);
}

static CUresult ctx_create(CUcontext *pctx, unsigned flags, CUdevice dev)
{
    CUresult rc = fake__initialized();
    if (rc != CUDA_SUCCESS)
        return rc;
    if (pctx == NULL || !flags_ok(flags))
        return CUDA_ERROR_INVALID_VALUE;
    rc = fake__check_device(dev);
    if (rc != CUDA_SUCCESS)
        return rc;
    if (tls_depth == FAKE__CTX_STACK_MAX)
        return CUDA_ERROR_INVALID_VALUE;
    struct fake__ctx *c = calloc(1, sizeof *c);
    if (c == NULL)
        return CUDA_ERROR_OUT_OF_MEMORY;
    c->dev = dev;
    c->flags = flags;
    c->refs = 1;
    fake__lock();
    c->handle = (CUcontext)(uintptr_t)fake__handle_new(FAKE__KIND_CTX, c, NULL);
    rc = c->handle != NULL ? activate(c) : CUDA_ERROR_OUT_OF_MEMORY;
    if (rc != CUDA_SUCCESS) {
        fake__handle_drop((uint64_t)(uintptr_t)c->handle);
        fake__unlock();
        free(c);
        return rc;
    }
    c->next = created;
    created = c;
    fake__unlock();
    tls_stack[tls_depth++] = c->handle;
    *pctx = c->handle;
    return CUDA_SUCCESS;
}

/* Contract: creates a context on dev with flags (CU_CTX_*; one scheduling flag at
 * most, else CUDA_ERROR_INVALID_VALUE) and pushes it on the calling thread's stack.
 * CUDA_ERROR_INVALID_DEVICE for a bad ordinal; CUDA_ERROR_OUT_OF_MEMORY when the
 * context's memory does not fit. */
CUresult cuCtxCreate_v2(CUcontext *pctx, unsigned int flags, CUdevice dev)
{
    int e = errno;
    return fake__done(e, ctx_create(pctx, flags, dev));
}

/* Contract: as cuCtxCreate_v2; execution affinity parameters are not supported
 * (CUDA_ERROR_UNSUPPORTED_EXEC_AFFINITY when numParams > 0). */
CUresult cuCtxCreate_v3(CUcontext *pctx, CUexecAffinityParam *paramsArray, int numParams,
                        unsigned int flags, CUdevice dev)
{
    if (numParams < 0 || (numParams > 0 && paramsArray == NULL))
        return fake__bad_arg();
    if (numParams > 0)
        return fake__initialized() != CUDA_SUCCESS ? CUDA_ERROR_NOT_INITIALIZED
                                                   : CUDA_ERROR_UNSUPPORTED_EXEC_AFFINITY;
    return cuCtxCreate_v2(pctx, flags, dev);
}

/* Contract: as cuCtxCreate_v2; ctxCreateParams may be NULL; execution affinity and
 * CIG parameters are not supported. */
CUresult cuCtxCreate_v4(CUcontext *pctx, CUctxCreateParams *ctxCreateParams, unsigned int flags,
                        CUdevice dev)
{
    if (ctxCreateParams != NULL && fake__initialized() == CUDA_SUCCESS) {
        if (ctxCreateParams->numExecAffinityParams > 0)
            return CUDA_ERROR_UNSUPPORTED_EXEC_AFFINITY;
        if (ctxCreateParams->cigParams != NULL)
            return CUDA_ERROR_NOT_SUPPORTED;
    }
    return cuCtxCreate_v2(pctx, flags, dev);
}

/* Contract: waits for ctx's work, frees everything it holds and pops it if it is
 * current to the calling thread. CUDA_ERROR_INVALID_CONTEXT for an unknown or primary
 * context; CUDA_ERROR_NOT_PERMITTED from a stream callback. */
CUresult cuCtxDestroy_v2(CUcontext ctx)
{
    int e = errno;
    CUresult rc = fake__initialized();
    if (rc != CUDA_SUCCESS)
        return fake__done(e, rc);
    if (ctx == NULL)
        return fake__done(e, CUDA_ERROR_INVALID_VALUE);
    if (fake__in_worker())
        return fake__done(e, CUDA_ERROR_NOT_PERMITTED);
    fake__lock();
    struct fake__ctx *c = fake__handle_get(FAKE__KIND_CTX, (uint64_t)(uintptr_t)ctx);
    if (c == NULL || c->is_primary || c->tearing) {
        fake__unlock();
        return fake__done(e, CUDA_ERROR_INVALID_CONTEXT);
    }
    teardown(c);
    fake__handle_drop((uint64_t)(uintptr_t)ctx);
    fake__ctx_unref(c);
    fake__unlock();
    tls_forget(ctx);
    return fake__done(e, CUDA_SUCCESS);
}

/* Contract: *pctx = the calling thread's current context, or NULL. */
CUresult cuCtxGetCurrent(CUcontext *pctx)
{
    CUresult rc = fake__initialized();
    if (rc != CUDA_SUCCESS)
        return rc;
    if (pctx == NULL)
        return CUDA_ERROR_INVALID_VALUE;
    *pctx = tls_top();
    return CUDA_SUCCESS;
}

/* Contract: replaces the top of the calling thread's stack with ctx (pushes it on an
 * empty stack); NULL unbinds. CUDA_ERROR_INVALID_CONTEXT for an unknown handle. */
CUresult cuCtxSetCurrent(CUcontext ctx)
{
    CUresult rc = fake__initialized();
    if (rc != CUDA_SUCCESS)
        return rc;
    if (ctx != NULL) {
        fake__lock();
        int ok = fake__handle_get(FAKE__KIND_CTX, (uint64_t)(uintptr_t)ctx) != NULL;
        fake__unlock();
        if (!ok)
            return CUDA_ERROR_INVALID_CONTEXT;
    }
    if (tls_depth == 0) {
        if (ctx != NULL)
            tls_stack[tls_depth++] = ctx;
    } else {
        tls_stack[tls_depth - 1] = ctx;
    }
    return CUDA_SUCCESS;
}

/* Contract: pushes ctx on the calling thread's stack. CUDA_ERROR_INVALID_CONTEXT for
 * an unknown handle, CUDA_ERROR_INVALID_VALUE for NULL or a full stack (64). */
CUresult cuCtxPushCurrent_v2(CUcontext ctx)
{
    CUresult rc = fake__initialized();
    if (rc != CUDA_SUCCESS)
        return rc;
    if (ctx == NULL || tls_depth == FAKE__CTX_STACK_MAX)
        return CUDA_ERROR_INVALID_VALUE;
    fake__lock();
    int ok = fake__handle_get(FAKE__KIND_CTX, (uint64_t)(uintptr_t)ctx) != NULL;
    fake__unlock();
    if (!ok)
        return CUDA_ERROR_INVALID_CONTEXT;
    tls_stack[tls_depth++] = ctx;
    return CUDA_SUCCESS;
}

/* Contract: pops the calling thread's current context into *pctx (may be NULL).
 * CUDA_ERROR_INVALID_CONTEXT when the stack is empty. */
CUresult cuCtxPopCurrent_v2(CUcontext *pctx)
{
    CUresult rc = fake__initialized();
    if (rc != CUDA_SUCCESS)
        return rc;
    if (tls_depth == 0)
        return CUDA_ERROR_INVALID_CONTEXT;
    CUcontext top = tls_stack[--tls_depth];
    if (pctx != NULL)
        *pctx = top;
    return CUDA_SUCCESS;
}

/* Runs query(c, arg) on a resolved context (sticky errors allowed: queries work on a
 * faulted context). */
static CUresult with_ctx(CUcontext h, void (*query)(struct fake__ctx *, void *), void *arg)
{
    CUresult rc = fake__initialized();
    if (rc != CUDA_SUCCESS)
        return rc;
    int e = errno;
    fake__lock();
    struct fake__ctx *c = NULL;
    rc = fake__ctx_resolve(h, &c, 1);
    if (rc == CUDA_SUCCESS)
        query(c, arg);
    fake__unlock();
    return fake__done(e, rc);
}

static void q_device(struct fake__ctx *c, void *arg)
{
    *(CUdevice *)arg = c->dev;
}

/* Contract: *device = the current context's device; CUDA_ERROR_INVALID_CONTEXT if
 * there is no current context. */
CUresult cuCtxGetDevice(CUdevice *device)
{
    if (device == NULL)
        return fake__bad_arg();
    return with_ctx(NULL, q_device, device);
}

/* Contract: *device = ctx's device (ctx NULL: the current context). */
CUresult cuCtxGetDevice_v2(CUdevice *device, CUcontext ctx)
{
    if (device == NULL)
        return fake__bad_arg();
    return with_ctx(ctx, q_device, device);
}

static void q_flags(struct fake__ctx *c, void *arg)
{
    *(unsigned *)arg = c->flags;
}

/* Contract: *flags = the current context's flags. */
CUresult cuCtxGetFlags(unsigned int *flags)
{
    if (flags == NULL)
        return fake__bad_arg();
    return with_ctx(NULL, q_flags, flags);
}

static void q_set_flags(struct fake__ctx *c, void *arg)
{
    c->flags = *(unsigned *)arg;
}

/* Contract: sets the current context's flags (validated as for cuCtxCreate). */
CUresult cuCtxSetFlags(unsigned int flags)
{
    if (!flags_ok(flags))
        return fake__bad_arg();
    return with_ctx(NULL, q_set_flags, &flags);
}

static void q_api_version(struct fake__ctx *c, void *arg)
{
    (void)c;
    *(unsigned *)arg = 3020;
}

/* Contract: *version = 3020, the API version of every context (ctx NULL: current). */
CUresult cuCtxGetApiVersion(CUcontext ctx, unsigned int *version)
{
    if (version == NULL)
        return fake__bad_arg();
    return with_ctx(ctx, q_api_version, version);
}

static void q_id(struct fake__ctx *c, void *arg)
{
    *(unsigned long long *)arg = c->id;
}

/* Contract: *ctxId = a number unique to the context (ctx NULL: current). */
CUresult cuCtxGetId(CUcontext ctx, unsigned long long *ctxId)
{
    if (ctxId == NULL)
        return fake__bad_arg();
    return with_ctx(ctx, q_id, ctxId);
}

static void q_nothing(struct fake__ctx *c, void *arg)
{
    (void)c;
    (void)arg;
}

/* Contract: stream priorities range from 0 (least) to -5 (greatest); either pointer
 * may be NULL. Needs a current context. */
CUresult cuCtxGetStreamPriorityRange(int *leastPriority, int *greatestPriority)
{
    CUresult rc = with_ctx(NULL, q_nothing, NULL);
    if (rc != CUDA_SUCCESS)
        return rc;
    if (leastPriority != NULL)
        *leastPriority = 0;
    if (greatestPriority != NULL)
        *greatestPriority = -5;
    return CUDA_SUCCESS;
}

struct limit_arg {
    CUlimit limit;
    size_t value;
    int set;
};

static void q_limit(struct fake__ctx *c, void *arg)
{
    struct limit_arg *a = arg;
    if (a->set)
        c->limits[a->limit] = a->value;
    else
        a->value = c->limits[a->limit];
}

static int limit_supported(CUlimit limit)
{
    return (int)limit >= 0 && limit <= CU_LIMIT_PERSISTING_L2_CACHE_SIZE;
}

/* Contract: *pvalue = the current context's limit; CUDA_ERROR_UNSUPPORTED_LIMIT for
 * limits the simulated device does not have. */
CUresult cuCtxGetLimit(size_t *pvalue, CUlimit limit)
{
    if (pvalue == NULL)
        return fake__bad_arg();
    if (!limit_supported(limit))
        return fake__initialized() != CUDA_SUCCESS ? CUDA_ERROR_NOT_INITIALIZED
                                                    : CUDA_ERROR_UNSUPPORTED_LIMIT;
    struct limit_arg a = {limit, 0, 0};
    CUresult rc = with_ctx(NULL, q_limit, &a);
    if (rc == CUDA_SUCCESS)
        *pvalue = a.value;
    return rc;
}

/* Contract: records a limit of the current context (no effect on the simulation). */
CUresult cuCtxSetLimit(CUlimit limit, size_t value)
{
    if (!limit_supported(limit))
        return fake__initialized() != CUDA_SUCCESS ? CUDA_ERROR_NOT_INITIALIZED
                                                    : CUDA_ERROR_UNSUPPORTED_LIMIT;
    struct limit_arg a = {limit, value, 1};
    return with_ctx(NULL, q_limit, &a);
}

static void q_cache(struct fake__ctx *c, void *arg)
{
    int *v = arg;
    if (v[0])
        c->cache_config = (CUfunc_cache)v[1];
    else
        v[1] = (int)c->cache_config;
}

/* Contract: the current context's cache preference (recorded only). */
CUresult cuCtxGetCacheConfig(CUfunc_cache *pconfig)
{
    if (pconfig == NULL)
        return fake__bad_arg();
    int v[2] = {0, 0};
    CUresult rc = with_ctx(NULL, q_cache, v);
    if (rc == CUDA_SUCCESS)
        *pconfig = (CUfunc_cache)v[1];
    return rc;
}

/* Contract: sets the current context's cache preference (recorded only). */
CUresult cuCtxSetCacheConfig(CUfunc_cache config)
{
    if ((unsigned)config > CU_FUNC_CACHE_PREFER_EQUAL)
        return fake__bad_arg();
    int v[2] = {1, (int)config};
    return with_ctx(NULL, q_cache, v);
}

static void q_shmem(struct fake__ctx *c, void *arg)
{
    int *v = arg;
    if (v[0])
        c->shmem_config = (CUsharedconfig)v[1];
    else
        v[1] = (int)c->shmem_config;
}

/* Contract: the current context's shared memory bank configuration (recorded only). */
CUresult cuCtxGetSharedMemConfig(CUsharedconfig *pConfig)
{
    if (pConfig == NULL)
        return fake__bad_arg();
    int v[2] = {0, 0};
    CUresult rc = with_ctx(NULL, q_shmem, v);
    if (rc == CUDA_SUCCESS)
        *pConfig = (CUsharedconfig)v[1];
    return rc;
}

/* Contract: sets the current context's shared memory bank configuration. */
CUresult cuCtxSetSharedMemConfig(CUsharedconfig config)
{
    if ((unsigned)config > CU_SHARED_MEM_CONFIG_EIGHT_BYTE_BANK_SIZE)
        return fake__bad_arg();
    int v[2] = {1, (int)config};
    return with_ctx(NULL, q_shmem, v);
}

/* Contract: no-op on a valid current context. */
CUresult cuCtxResetPersistingL2Cache(void)
{
    return with_ctx(NULL, q_nothing, NULL);
}

/* Waits for all work of ctx (NULL: current), releases pool memory above the release
 * thresholds, and returns the context's sticky error if a kernel faulted. */
static CUresult ctx_sync(CUcontext h)
{
    CUresult rc = fake__initialized();
    if (rc != CUDA_SUCCESS)
        return rc;
    if (fake__in_worker())
        return CUDA_ERROR_NOT_PERMITTED;
    fake__lock();
    struct fake__ctx *c = NULL;
    rc = fake__ctx_resolve(h, &c, 1);
    if (rc == CUDA_SUCCESS) {
        fake__ctx_wait_idle(c);
        fake__pool_trim_device(c->dev);
        rc = c->sticky;
    }
    fake__unlock();
    return rc;
}

/* Contract: blocks until the current context's work is done; returns its sticky error
 * (e.g. CUDA_ERROR_ILLEGAL_ADDRESS) if a kernel faulted. */
CUresult cuCtxSynchronize(void)
{
    int e = errno;
    return fake__done(e, ctx_sync(NULL));
}

/* Contract: as cuCtxSynchronize for ctx (NULL: current). */
CUresult cuCtxSynchronize_v2(CUcontext ctx)
{
    int e = errno;
    return fake__done(e, ctx_sync(ctx));
}

/* Validates dev after init. */
static CUresult primary_check(CUdevice dev)
{
    CUresult rc = fake__initialized();
    return rc != CUDA_SUCCESS ? rc : fake__check_device(dev);
}

/* Contract: retains dev's primary context, activating it on first use, and stores its
 * handle (the same for the life of the process). CUDA_ERROR_OUT_OF_MEMORY when its
 * memory does not fit. */
CUresult cuDevicePrimaryCtxRetain(CUcontext *pctx, CUdevice dev)
{
    int e = errno;
    CUresult rc = primary_check(dev);
    if (rc != CUDA_SUCCESS)
        return fake__done(e, rc);
    if (pctx == NULL)
        return fake__done(e, CUDA_ERROR_INVALID_VALUE);
    fake__lock();
    struct fake__ctx *p = fake__g.dev[dev].primary;
    while (p->tearing)
        fake__wait();
    if (!p->active)
        rc = activate(p);
    if (rc == CUDA_SUCCESS) {
        p->retain++;
        *pctx = p->handle;
    }
    fake__unlock();
    return fake__done(e, rc);
}

/* Contract: releases one retain of dev's primary context; the last one tears it down.
 * CUDA_ERROR_INVALID_CONTEXT if it is not retained. */
CUresult cuDevicePrimaryCtxRelease_v2(CUdevice dev)
{
    int e = errno;
    CUresult rc = primary_check(dev);
    if (rc != CUDA_SUCCESS)
        return fake__done(e, rc);
    if (fake__in_worker())
        return fake__done(e, CUDA_ERROR_NOT_PERMITTED);
    fake__lock();
    struct fake__ctx *p = fake__g.dev[dev].primary;
    if (p->retain == 0 || p->tearing) {
        rc = CUDA_ERROR_INVALID_CONTEXT;
    } else if (--p->retain == 0 && p->active) {
        teardown(p);
    }
    fake__unlock();
    return fake__done(e, rc);
}

/* Contract: tears down dev's primary context (memory, streams, modules, sticky
 * error); if still retained it comes back on next use. */
CUresult cuDevicePrimaryCtxReset_v2(CUdevice dev)
{
    int e = errno;
    CUresult rc = primary_check(dev);
    if (rc != CUDA_SUCCESS)
        return fake__done(e, rc);
    if (fake__in_worker())
        return fake__done(e, CUDA_ERROR_NOT_PERMITTED);
    fake__lock();
    struct fake__ctx *p = fake__g.dev[dev].primary;
    while (p->tearing)
        fake__wait();
    if (p->active)
        teardown(p);
    fake__unlock();
    return fake__done(e, CUDA_SUCCESS);
}

/* Contract: *flags = the primary context's flags, *active = whether it is active. */
CUresult cuDevicePrimaryCtxGetState(CUdevice dev, unsigned int *flags, int *active)
{
    CUresult rc = primary_check(dev);
    if (rc != CUDA_SUCCESS)
        return rc;
    if (flags == NULL || active == NULL)
        return CUDA_ERROR_INVALID_VALUE;
    int e = errno;
    fake__lock();
    *flags = fake__g.dev[dev].primary->flags;
    *active = fake__g.dev[dev].primary->active;
    fake__unlock();
    return fake__done(e, CUDA_SUCCESS);
}

/* Contract: sets the primary context's flags (validated as for cuCtxCreate). */
CUresult cuDevicePrimaryCtxSetFlags_v2(CUdevice dev, unsigned int flags)
{
    CUresult rc = primary_check(dev);
    if (rc != CUDA_SUCCESS)
        return rc;
    if (!flags_ok(flags))
        return CUDA_ERROR_INVALID_VALUE;
    int e = errno;
    fake__lock();
    fake__g.dev[dev].primary->flags = flags;
    fake__unlock();
    return fake__done(e, CUDA_SUCCESS);
}

