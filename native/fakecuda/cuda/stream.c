/*
 * stream.c - streams: FIFOs of operations run asynchronously by one worker thread each.
 *
 * Every stream, and the NULL stream of every context, is a queue of operations
 * (kernels, copies, memsets, host functions, event records, stream-ordered frees,
 * memory value waits/writes) with a sequence number each: `submitted` counts what was
 * queued, `completed` what has run, so "is this stream idle", "has this event's record
 * run" and "wait for op n" are comparisons. A worker thread, started on the first
 * operation and signal-blocked like the driver's own threads, pops operations in order,
 * waits for their dependencies (another stream reaching a sequence number), runs them
 * without the global lock and broadcasts each completion.
 *
 * The legacy NULL stream keeps CUDA's implicit synchronisation: an operation on it
 * waits for the work already queued on every blocking stream of its context, and an
 * operation on a blocking stream waits for the work already queued on the NULL stream;
 * CU_STREAM_NON_BLOCKING streams are exempt. The per-thread default stream (_ptsz and
 * _ptds entry points, CU_STREAM_PER_THREAD) shares the NULL stream, which only adds
 * ordering. After a kernel faults, its context's remaining work is skipped (stream
 * callbacks still run, with the error), as on a GPU whose context is lost.
 */
#include "fake.h"

#include <signal.h>
#include <sys/prctl.h>
#include <stdlib.h>
#include <string.h>

#define FAKE__QUEUE_DEPTH 1024 /* operations a stream holds before a launch blocks */

static __thread int tls_worker;

int fake__in_worker(void)
{
    return tls_worker;
}

struct fake__op *fake__op_new(enum fake__op_kind kind)
{
    struct fake__op *op = calloc(1, sizeof *op);
    if (op != NULL)
        op->kind = kind;
    return op;
}

void fake__op_free(struct fake__op *op)
{
    for (int i = 0; i < op->ndeps; i++)
        fake__stream_unref(op->deps[i].stream);
    free(op->deps);
    if (op->kind == FAKE__OP_EVENT)
        fake__event_unref(op->u.event.event);
    free(op);
}

CUresult fake__op_add_dep(struct fake__op *op, struct fake__stream *s, uint64_t seq)
{
    if (s->completed >= seq)
        return CUDA_SUCCESS;
    struct fake__dep *d = realloc(op->deps, (size_t)(op->ndeps + 1) * sizeof *d);
    if (d == NULL)
        return CUDA_ERROR_OUT_OF_MEMORY;
    op->deps = d;
    d[op->ndeps].stream = s;
    d[op->ndeps].seq = seq;
    op->ndeps++;
    fake__stream_ref(s);
    return CUDA_SUCCESS;
}

void fake__stream_ref(struct fake__stream *s)
{
    s->refs++;
}

void fake__stream_unref(struct fake__stream *s)
{
    if (--s->refs > 0)
        return;
    struct fake__ctx *c = s->ctx;
    for (struct fake__stream **p = &c->streams; *p != NULL; p = &(*p)->next_in_ctx) {
        if (*p == s) {
            *p = s->next_in_ctx;
            break;
        }
    }
    pthread_cond_destroy(&s->work);
    free(s);
    fake__ctx_unref(c);
}

static struct fake__stream *stream_new(struct fake__ctx *c, unsigned flags, int priority)
{
    struct fake__stream *s = calloc(1, sizeof *s);
    if (s == NULL)
        return NULL;
    if (pthread_cond_init(&s->work, NULL) != 0) {
        free(s);
        return NULL;
    }
    s->ctx = c;
    s->flags = flags;
    s->priority = priority;
    s->refs = 1;
    s->id = fake__g.next_id++;
    s->next_in_ctx = c->streams;
    c->streams = s;
    c->refs++;
    return s;
}

CUresult fake__stream_create_null(struct fake__ctx *c)
{
    struct fake__stream *s = stream_new(c, 0, 0);
    if (s == NULL)
        return CUDA_ERROR_OUT_OF_MEMORY;
    s->is_null = 1;
    c->null_stream = s;
    return CUDA_SUCCESS;
}

void fake__stream_destroy(struct fake__stream *s)
{
    if (s->handle != NULL)
        fake__handle_drop((uint64_t)(uintptr_t)s->handle);
    s->handle = NULL;
    s->destroyed = 1;
    if (s->capture != NULL) /* a capture never ended: its graph goes with the stream */
        fake__graph_free(s->capture);
    s->capture = NULL;
    pthread_cond_signal(&s->work);
    fake__stream_unref(s);
}

CUresult fake__stream_resolve(CUstream h, struct fake__stream **out)
{
    struct fake__ctx *c = NULL;
    if (h == NULL || h == FAKE__STREAM_LEGACY || h == FAKE__STREAM_PER_THREAD) {
        CUresult rc = fake__ctx_current(&c, 0);
        if (rc != CUDA_SUCCESS)
            return rc;
        *out = c->null_stream;
        return CUDA_SUCCESS;
    }
    struct fake__stream *s = fake__handle_get(FAKE__KIND_STREAM, (uint64_t)(uintptr_t)h);
    if (s == NULL)
        return CUDA_ERROR_INVALID_HANDLE;
    if (s->ctx->tearing)
        return CUDA_ERROR_INVALID_CONTEXT;
    if (s->ctx->sticky != CUDA_SUCCESS)
        return s->ctx->sticky;
    *out = s;
    return CUDA_SUCCESS;
}

static int deps_done(const struct fake__op *op)
{
    for (int i = 0; i < op->ndeps; i++)
        if (op->deps[i].stream->completed < op->deps[i].seq)
            return 0;
    return 1;
}

/* Waits (polling, 20 us) for a cuStreamWaitValue condition. */
static void wait_value(const struct fake__op *op)
{
    struct timespec pause = {0, 20 * 1000};
    unsigned cond = op->u.value.flags & 0x3u;
    for (;;) {
        uint64_t v = op->u.value.is64
                         ? __atomic_load_n((uint64_t *)op->u.value.addr, __ATOMIC_ACQUIRE)
                         : __atomic_load_n((uint32_t *)op->u.value.addr, __ATOMIC_ACQUIRE);
        uint64_t ref = op->u.value.value;
        int ok;
        switch (cond) {
        case CU_STREAM_WAIT_VALUE_GEQ:
            ok = op->u.value.is64 ? (int64_t)(v - ref) >= 0 : (int32_t)((uint32_t)v - (uint32_t)ref) >= 0;
            break;
        case CU_STREAM_WAIT_VALUE_EQ:
            ok = v == ref;
            break;
        case CU_STREAM_WAIT_VALUE_AND:
            ok = (v & ref) != 0;
            break;
        default: /* NOR */
            ok = op->u.value.is64 ? ~(v | ref) != 0 : (uint32_t)~(v | ref) != 0;
            break;
        }
        if (ok)
            return;
        nanosleep(&pause, NULL);
    }
}

/* Runs the part of op that needs no lock. Returns the error it raises. */
static CUresult run_unlocked(struct fake__stream *s, struct fake__op *op, CUresult sticky)
{
    if (sticky != CUDA_SUCCESS && op->kind != FAKE__OP_CALLBACK)
        return CUDA_SUCCESS;  /* the context is lost: skip */
    switch (op->kind) {
    case FAKE__OP_KERNEL:
        return fake__kernel_exec(op->u.kernel.def, s->ctx->dev, op->u.kernel.args);
    case FAKE__OP_COPY:
        memmove(op->u.copy.dst, op->u.copy.src, op->u.copy.n);
        break;
    case FAKE__OP_COPY2D:
        for (size_t y = 0; y < op->u.copy2d.height; y++)
            memmove(op->u.copy2d.dst + y * op->u.copy2d.dpitch,
                    op->u.copy2d.src + y * op->u.copy2d.spitch, op->u.copy2d.width);
        break;
    case FAKE__OP_MEMSET:
        for (size_t y = 0; y < op->u.memset.height; y++) {
            unsigned char *row = op->u.memset.dst + y * op->u.memset.pitch;
            size_t w = op->u.memset.width;
            if (op->u.memset.elem == 1) {
                memset(row, (int)(op->u.memset.value & 0xffu), w);
            } else if (op->u.memset.elem == 2) {
                uint16_t v = (uint16_t)op->u.memset.value;
                for (size_t i = 0; i < w; i++)
                    memcpy(row + 2 * i, &v, 2);
            } else {
                uint32_t v = op->u.memset.value;
                for (size_t i = 0; i < w; i++)
                    memcpy(row + 4 * i, &v, 4);
            }
        }
        break;
    case FAKE__OP_HOST_FN:
        op->u.host.fn(op->u.host.data);
        break;
    case FAKE__OP_CALLBACK:
        op->u.callback.fn(op->u.callback.handle, sticky, op->u.callback.data);
        break;
    case FAKE__OP_WRITE_VALUE:
        if (op->u.value.is64)
            __atomic_store_n((uint64_t *)op->u.value.addr, op->u.value.value, __ATOMIC_RELEASE);
        else
            __atomic_store_n((uint32_t *)op->u.value.addr, (uint32_t)op->u.value.value, __ATOMIC_RELEASE);
        break;
    case FAKE__OP_WAIT_VALUE:
        wait_value(op);
        break;
    default:
        break;
    }
    return CUDA_SUCCESS;
}

/* Runs the part of op that changes shared state. Lock held. */
static void run_locked(struct fake__op *op)
{
    if (op->kind == FAKE__OP_EVENT) {
        fake__event_complete(op->u.event.event, op->u.event.gen);
    } else if (op->kind == FAKE__OP_FREE) {
        struct fake__alloc *a = op->u.free.alloc;
        if (a->kind == FAKE__MEM_POOL)
            fake__pool_put(a);
        else
            fake__mem_destroy(a);
    }
}

static void *worker_main(void *arg)
{
    struct fake__stream *s = arg;
    tls_worker = 1;
    /* A kernel occupies the device for its time, not the timer's default 50 us slack
     * more: short kernels stay short, as on a GPU. */
    (void)prctl(PR_SET_TIMERSLACK, 1000UL, 0, 0, 0);
    fake__lock();
    for (;;) {
        while (s->head == NULL && !s->destroyed)
            pthread_cond_wait(&s->work, &fake__g.lock);
        struct fake__op *op = s->head;
        if (op == NULL)
            break;  /* destroyed and drained */
        while (!deps_done(op))
            fake__wait();
        CUresult sticky = s->ctx->sticky;
        fake__unlock();
        CUresult rc = run_unlocked(s, op, sticky);
        fake__lock();
        run_locked(op);
        if (rc != CUDA_SUCCESS && s->ctx->sticky == CUDA_SUCCESS) {
            s->ctx->sticky = rc;
            fake__log("kernel fault in context %llu: %d (sticky)", s->ctx->id, (int)rc);
        }
        s->head = op->next;
        if (s->head == NULL)
            s->tail = NULL;
        s->completed = op->seq;
        fake__op_free(op);
        fake__broadcast();
    }
    s->worker = 0;
    fake__stream_unref(s);
    fake__unlock();
    return NULL;
}

static CUresult start_worker(struct fake__stream *s)
{
    pthread_attr_t attr;
    sigset_t all, old;
    pthread_t t;
    if (pthread_attr_init(&attr) != 0)
        return CUDA_ERROR_OUT_OF_MEMORY;
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    sigfillset(&all);
    pthread_sigmask(SIG_SETMASK, &all, &old);  /* the application's signals stay its own */
    fake__stream_ref(s);
    int rc = pthread_create(&t, &attr, worker_main, s);
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    pthread_attr_destroy(&attr);
    if (rc != 0) {
        fake__stream_unref(s);
        return CUDA_ERROR_OUT_OF_MEMORY;
    }
    s->worker = 1;
    return CUDA_SUCCESS;
}

/* The implicit dependencies of the legacy NULL stream. */
static CUresult legacy_deps(struct fake__stream *s, struct fake__op *op)
{
    struct fake__ctx *c = s->ctx;
    CUresult rc = CUDA_SUCCESS;
    if (s->is_null) {
        for (struct fake__stream *t = c->streams; t != NULL && rc == CUDA_SUCCESS; t = t->next_in_ctx)
            if (t != s && !t->is_null && !(t->flags & CU_STREAM_NON_BLOCKING))
                rc = fake__op_add_dep(op, t, t->submitted);
    } else if (!(s->flags & CU_STREAM_NON_BLOCKING) && c->null_stream != NULL) {
        rc = fake__op_add_dep(op, c->null_stream, c->null_stream->submitted);
    }
    return rc;
}

CUresult fake__submit(struct fake__stream *s, struct fake__op *op)
{
    CUresult rc = CUDA_SUCCESS;
    if (s->destroyed)
        rc = CUDA_ERROR_INVALID_HANDLE;
    else if (s->ctx->tearing)
        rc = CUDA_ERROR_INVALID_CONTEXT;
    else if (s->capture != NULL)
        return fake__graph_capture(s, op); /* recorded, not run */
    if (rc == CUDA_SUCCESS)
        rc = legacy_deps(s, op);
    if (rc == CUDA_SUCCESS && !s->worker)
        rc = start_worker(s);
    /* A GPU's launch queue is bounded: the caller blocks while a stream holds
     * FAKE__QUEUE_DEPTH operations (a program that launches faster than kernels run
     * waits, as on the driver, instead of queueing without end). */
    while (rc == CUDA_SUCCESS && !tls_worker && s->submitted - s->completed >= FAKE__QUEUE_DEPTH && !s->destroyed)
        fake__wait();
    if (rc != CUDA_SUCCESS) {
        fake__op_free(op);
        return rc;
    }
    op->seq = ++s->submitted;
    fake__g.kernels_submitted += op->kind == FAKE__OP_KERNEL;
    fake__g.events_submitted += op->kind == FAKE__OP_EVENT;
    if (s->tail != NULL)
        s->tail->next = op;
    else
        s->head = op;
    s->tail = op;
    pthread_cond_signal(&s->work);
    return CUDA_SUCCESS;
}

CUresult fake__stream_wait(struct fake__stream *s, uint64_t seq)
{
    if (tls_worker)
        return CUDA_ERROR_NOT_PERMITTED;
    while (s->completed < seq)
        fake__wait();
    return CUDA_SUCCESS;
}

CUresult fake__submit_sync(struct fake__stream *s, struct fake__op *op)
{
    if (tls_worker || s->capture != NULL) { /* waiting on a stream being captured: as the driver, refused */
        fake__op_free(op);
        return tls_worker ? CUDA_ERROR_NOT_PERMITTED : CUDA_ERROR_STREAM_CAPTURE_UNSUPPORTED;
    }
    fake__stream_ref(s);
    CUresult rc = fake__submit(s, op);
    if (rc == CUDA_SUCCESS) {
        fake__stream_wait(s, s->submitted);
        rc = s->ctx->sticky;
    }
    fake__stream_unref(s);
    return rc;
}

/* ---- the API ---- */

static CUresult stream_create(CUstream *ph, unsigned flags, int priority)
{
    CUresult rc = fake__initialized();
    if (rc != CUDA_SUCCESS)
        return rc;
    if (ph == NULL || (flags & ~(unsigned)CU_STREAM_NON_BLOCKING) != 0)
        return CUDA_ERROR_INVALID_VALUE;
    if (priority > 0)
        priority = 0;
    if (priority < -5)
        priority = -5;
    fake__lock();
    struct fake__ctx *c = NULL;
    rc = fake__ctx_current(&c, 0);
    if (rc == CUDA_SUCCESS) {
        struct fake__stream *s = stream_new(c, flags, priority);
        uint64_t h = s != NULL ? fake__handle_new(FAKE__KIND_STREAM, s, c) : 0;
        if (h == 0) {
            if (s != NULL)
                fake__stream_unref(s);
            rc = CUDA_ERROR_OUT_OF_MEMORY;
        } else {
            s->handle = (CUstream)(uintptr_t)h;
            *ph = s->handle;
        }
    }
    fake__unlock();
    return rc;
}

/* Contract: creates a stream in the current context; Flags is CU_STREAM_DEFAULT or
 * CU_STREAM_NON_BLOCKING (else CUDA_ERROR_INVALID_VALUE). */
CUresult cuStreamCreate(CUstream *phStream, unsigned int Flags)
{
    int e = errno;
    return fake__done(e, stream_create(phStream, Flags, 0));
}

/* Contract: as cuStreamCreate with a priority, clamped to [-5, 0]. */
CUresult cuStreamCreateWithPriority(CUstream *phStream, unsigned int flags, int priority)
{
    int e = errno;
    return fake__done(e, stream_create(phStream, flags, priority));
}

/* Contract: destroys hStream; work already queued still runs (the call does not wait).
 * CUDA_ERROR_INVALID_HANDLE for the NULL stream or an unknown handle. */
CUresult cuStreamDestroy_v2(CUstream hStream)
{
    int e = errno;
    CUresult rc = fake__initialized();
    if (rc != CUDA_SUCCESS)
        return fake__done(e, rc);
    fake__lock();
    struct fake__stream *s = fake__handle_get(FAKE__KIND_STREAM, (uint64_t)(uintptr_t)hStream);
    if (s == NULL)
        rc = CUDA_ERROR_INVALID_HANDLE;
    else
        fake__stream_destroy(s);
    fake__unlock();
    return fake__done(e, rc);
}

static CUresult stream_query(CUstream h)
{
    CUresult rc = fake__initialized();
    if (rc != CUDA_SUCCESS)
        return rc;
    fake__lock();
    struct fake__stream *s = NULL;
    rc = fake__stream_resolve(h, &s);
    if (rc == CUDA_SUCCESS && s->completed < s->submitted)
        rc = CUDA_ERROR_NOT_READY;
    for (struct fake__stream *t = s != NULL && s->is_null ? s->ctx->streams : NULL;
         t != NULL && rc == CUDA_SUCCESS; t = t->next_in_ctx)
        if (!(t->flags & CU_STREAM_NON_BLOCKING) && t->completed < t->submitted)
            rc = CUDA_ERROR_NOT_READY;  /* the legacy stream waits for blocking streams */
    fake__unlock();
    return rc;
}

/* Contract: CUDA_SUCCESS if all work queued on hStream has run, CUDA_ERROR_NOT_READY
 * if some is pending; the context's sticky error after a fault. */
CUresult cuStreamQuery(CUstream hStream)
{
    int e = errno;
    return fake__done(e, stream_query(hStream));
}

static CUresult stream_sync(CUstream h)
{
    CUresult rc = fake__initialized();
    if (rc != CUDA_SUCCESS)
        return rc;
    fake__lock();
    struct fake__stream *s = NULL;
    rc = fake__stream_resolve(h, &s);
    if (rc == CUDA_SUCCESS && s->capture != NULL)
        rc = CUDA_ERROR_STREAM_CAPTURE_UNSUPPORTED;
    if (rc == CUDA_SUCCESS) {
        struct fake__ctx *c = s->ctx;
        fake__stream_ref(s);
        if (s->is_null) {
            /* a no-op on the legacy stream also waits for the blocking streams */
            struct fake__op *op = fake__op_new(FAKE__OP_NOP);
            rc = op != NULL ? fake__submit_sync(s, op) : CUDA_ERROR_OUT_OF_MEMORY;
        } else {
            rc = fake__stream_wait(s, s->submitted);
        }
        if (rc == CUDA_SUCCESS) {
            fake__pool_trim_device(c->dev);
            rc = c->sticky;
        }
        fake__stream_unref(s);
    }
    fake__unlock();
    return rc;
}

/* Contract: blocks until all work queued on hStream has run; releases pool memory
 * above the release thresholds; returns the context's sticky error after a fault and
 * CUDA_ERROR_NOT_PERMITTED from a stream callback. */
CUresult cuStreamSynchronize(CUstream hStream)
{
    int e = errno;
    return fake__done(e, stream_sync(hStream));
}

static CUresult stream_wait_event(CUstream h, CUevent ev, unsigned flags)
{
    CUresult rc = fake__initialized();
    if (rc != CUDA_SUCCESS)
        return rc;
    if ((flags & ~(unsigned)CU_EVENT_WAIT_EXTERNAL) != 0)
        return CUDA_ERROR_INVALID_VALUE;
    fake__lock();
    struct fake__stream *s = NULL;
    rc = fake__stream_resolve(h, &s);
    struct fake__event *e = NULL;
    if (rc == CUDA_SUCCESS) {
        e = fake__handle_get(FAKE__KIND_EVENT, (uint64_t)(uintptr_t)ev);
        if (e == NULL)
            rc = CUDA_ERROR_INVALID_HANDLE;
    }
    if (rc == CUDA_SUCCESS && e->stream != NULL && e->stream->completed < e->seq) {
        struct fake__op *op = fake__op_new(FAKE__OP_NOP);
        if (op == NULL)
            rc = CUDA_ERROR_OUT_OF_MEMORY;
        if (rc == CUDA_SUCCESS)
            rc = fake__op_add_dep(op, e->stream, e->seq);
        if (rc == CUDA_SUCCESS)
            rc = fake__submit(s, op);
        else if (op != NULL)
            fake__op_free(op);
    }
    fake__unlock();
    return rc;
}

/* Contract: later work on hStream waits for hEvent's most recent record (none: no
 * wait). Flags: 0 or CU_EVENT_WAIT_EXTERNAL. */
CUresult cuStreamWaitEvent(CUstream hStream, CUevent hEvent, unsigned int Flags)
{
    int e = errno;
    return fake__done(e, stream_wait_event(hStream, hEvent, Flags));
}

struct stream_info {
    int priority;
    unsigned flags;
    CUcontext ctx;
    CUdevice dev;
    unsigned long long id;
};

/* Reads a stream's properties; the NULL stream resolves to the current context's. */
static CUresult stream_info(CUstream h, struct stream_info *out)
{
    CUresult rc = fake__initialized();
    if (rc != CUDA_SUCCESS)
        return rc;
    int e = errno;
    fake__lock();
    struct fake__stream *s = NULL;
    rc = fake__stream_resolve(h, &s);
    if (rc == CUDA_SUCCESS) {
        out->priority = s->priority;
        out->flags = s->flags;
        out->ctx = s->ctx->handle;
        out->dev = s->ctx->dev;
        out->id = s->id;
    }
    fake__unlock();
    return fake__done(e, rc);
}

/* Contract: *priority = hStream's priority (0 for the NULL stream). */
CUresult cuStreamGetPriority(CUstream hStream, int *priority)
{
    struct stream_info i;
    if (priority == NULL)
        return fake__bad_arg();
    CUresult rc = stream_info(hStream, &i);
    if (rc == CUDA_SUCCESS)
        *priority = i.priority;
    return rc;
}

/* Contract: *flags = hStream's creation flags. */
CUresult cuStreamGetFlags(CUstream hStream, unsigned int *flags)
{
    struct stream_info i;
    if (flags == NULL)
        return fake__bad_arg();
    CUresult rc = stream_info(hStream, &i);
    if (rc == CUDA_SUCCESS)
        *flags = i.flags;
    return rc;
}

/* Contract: *pctx = hStream's context. */
CUresult cuStreamGetCtx(CUstream hStream, CUcontext *pctx)
{
    struct stream_info i;
    if (pctx == NULL)
        return fake__bad_arg();
    CUresult rc = stream_info(hStream, &i);
    if (rc == CUDA_SUCCESS)
        *pctx = i.ctx;
    return rc;
}

/* Contract: *pCtx = hStream's context, *pGreenCtx = NULL (no green contexts). */
CUresult cuStreamGetCtx_v2(CUstream hStream, CUcontext *pCtx, CUgreenCtx *pGreenCtx)
{
    if (pCtx == NULL || pGreenCtx == NULL)
        return fake__bad_arg();
    CUresult rc = cuStreamGetCtx(hStream, pCtx);
    if (rc == CUDA_SUCCESS)
        *pGreenCtx = NULL;
    return rc;
}

/* Contract: *device = the device of hStream's context. */
CUresult cuStreamGetDevice(CUstream hStream, CUdevice *device)
{
    struct stream_info i;
    if (device == NULL)
        return fake__bad_arg();
    CUresult rc = stream_info(hStream, &i);
    if (rc == CUDA_SUCCESS)
        *device = i.dev;
    return rc;
}

/* Contract: *streamId = a number unique to the stream in this process. */
CUresult cuStreamGetId(CUstream hStream, unsigned long long *streamId)
{
    struct stream_info i;
    if (streamId == NULL)
        return fake__bad_arg();
    CUresult rc = stream_info(hStream, &i);
    if (rc == CUDA_SUCCESS)
        *streamId = i.id;
    return rc;
}


/* Queues a prepared op on the stream named by h. */
static CUresult submit_to(CUstream h, struct fake__op *op)
{
    CUresult rc = fake__initialized();
    if (rc != CUDA_SUCCESS) {
        free(op);
        return rc;
    }
    if (op == NULL)
        return CUDA_ERROR_OUT_OF_MEMORY;
    fake__lock();
    struct fake__stream *s = NULL;
    rc = fake__stream_resolve(h, &s);
    if (rc == CUDA_SUCCESS)
        rc = fake__submit(s, op);
    else
        fake__op_free(op);
    fake__unlock();
    return rc;
}

/* Contract: queues fn(userData) on hStream; it runs on a fakecuda thread, in order,
 * and must not call blocking CUDA functions (they answer CUDA_ERROR_NOT_PERMITTED). */
CUresult cuLaunchHostFunc(CUstream hStream, CUhostFn fn, void *userData)
{
    int e = errno;
    if (fn == NULL)
        return fake__done(e, fake__bad_arg());
    struct fake__op *op = fake__op_new(FAKE__OP_HOST_FN);
    if (op != NULL) {
        op->u.host.fn = fn;
        op->u.host.data = userData;
    }
    return fake__done(e, submit_to(hStream, op));
}

/* Contract: queues callback(hStream, status, userData) on hStream; status is the
 * context's error if a kernel faulted before it. flags must be 0. */
CUresult cuStreamAddCallback(CUstream hStream, CUstreamCallback callback, void *userData,
                             unsigned int flags)
{
    int e = errno;
    if (callback == NULL || flags != 0)
        return fake__done(e, fake__bad_arg());
    struct fake__op *op = fake__op_new(FAKE__OP_CALLBACK);
    if (op != NULL) {
        op->u.callback.fn = callback;
        op->u.callback.data = userData;
        op->u.callback.handle = hStream;
    }
    return fake__done(e, submit_to(hStream, op));
}

/* Queues a 32/64-bit write or wait on device memory addr. */
static CUresult value_op(CUstream h, CUdeviceptr addr, uint64_t value, unsigned flags, int is64,
                         int wait)
{
    CUresult rc = fake__initialized();
    if (rc != CUDA_SUCCESS)
        return rc;
    unsigned allowed = wait ? (0x3u | (unsigned)CU_STREAM_WAIT_VALUE_FLUSH)
                            : (unsigned)CU_STREAM_WRITE_VALUE_NO_MEMORY_BARRIER;
    if ((flags & ~allowed) != 0 || (addr & (is64 ? 7u : 3u)) != 0)
        return CUDA_ERROR_INVALID_VALUE;
    fake__lock();
    rc = fake__mem_check((uintptr_t)addr, is64 ? 8 : 4, !wait, NULL);
    fake__unlock();
    if (rc != CUDA_SUCCESS)
        return rc;
    struct fake__op *op = fake__op_new(wait ? FAKE__OP_WAIT_VALUE : FAKE__OP_WRITE_VALUE);
    if (op != NULL) {
        op->u.value.addr = (uintptr_t)addr;
        op->u.value.value = value;
        op->u.value.flags = flags;
        op->u.value.is64 = is64;
    }
    return submit_to(h, op);
}

/* Contract: after earlier work on stream, writes value to the 4-byte-aligned device
 * address addr. */
CUresult cuStreamWriteValue32_v2(CUstream stream, CUdeviceptr addr, cuuint32_t value, unsigned int flags)
{
    int e = errno;
    return fake__done(e, value_op(stream, addr, value, flags, 0, 0));
}

/* Contract: as cuStreamWriteValue32_v2 with a 64-bit value (8-byte-aligned address). */
CUresult cuStreamWriteValue64_v2(CUstream stream, CUdeviceptr addr, cuuint64_t value, unsigned int flags)
{
    int e = errno;
    return fake__done(e, value_op(stream, addr, value, flags, 1, 0));
}

/* Contract: later work on stream waits until the 32-bit word at addr satisfies the
 * CU_STREAM_WAIT_VALUE_* condition (GEQ, EQ, AND, NOR) against value. */
CUresult cuStreamWaitValue32_v2(CUstream stream, CUdeviceptr addr, cuuint32_t value, unsigned int flags)
{
    int e = errno;
    return fake__done(e, value_op(stream, addr, value, flags, 0, 1));
}

/* Contract: as cuStreamWaitValue32_v2 on a 64-bit word. */
CUresult cuStreamWaitValue64_v2(CUstream stream, CUdeviceptr addr, cuuint64_t value, unsigned int flags)
{
    int e = errno;
    return fake__done(e, value_op(stream, addr, value, flags, 1, 1));
}

