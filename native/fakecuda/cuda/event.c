/*
 * event.c - events: markers in a stream that record when the work before them ended.
 *
 * Recording queues an operation on the stream; when the worker reaches it, it stamps
 * the event with the monotonic clock. An event remembers the stream and sequence number
 * of its latest record, so querying, synchronizing and cuStreamWaitEvent compare
 * against that stream's completion counter. Records carry a generation: elapsed time is
 * defined only once the latest record of both events has run (CUDA_ERROR_NOT_READY
 * before). Pending record operations keep the event alive after cuEventDestroy, as the
 * driver allows destroying an event whose record has not run yet.
 */
#include "fake.h"

#include <stdlib.h>

#define EVENT_FLAGS (CU_EVENT_BLOCKING_SYNC | CU_EVENT_DISABLE_TIMING | CU_EVENT_INTERPROCESS)

void fake__event_complete(struct fake__event *e, uint64_t gen)
{
    if (gen > e->done_gen) {
        e->done_gen = gen;
        e->done_ns = fake__now_ns();
    }
}

void fake__event_unref(struct fake__event *e)
{
    if (--e->refs > 0)
        return;
    if (e->stream != NULL)
        fake__stream_unref(e->stream);
    free(e);
}

void fake__event_destroy(struct fake__event *e)
{
    fake__handle_drop((uint64_t)(uintptr_t)e->handle);
    e->handle = NULL;
    fake__event_unref(e);
}

static struct fake__event *lookup(CUevent h)
{
    return fake__handle_get(FAKE__KIND_EVENT, (uint64_t)(uintptr_t)h);
}

static CUresult event_create(CUevent *ph, unsigned flags)
{
    CUresult rc = fake__initialized();
    if (rc != CUDA_SUCCESS)
        return rc;
    if (ph == NULL || (flags & ~(unsigned)EVENT_FLAGS) != 0 ||
        ((flags & CU_EVENT_INTERPROCESS) && !(flags & CU_EVENT_DISABLE_TIMING)))
        return CUDA_ERROR_INVALID_VALUE;
    fake__lock();
    struct fake__ctx *c = NULL;
    rc = fake__ctx_current(&c, 0);
    if (rc == CUDA_SUCCESS) {
        struct fake__event *e = calloc(1, sizeof *e);
        uint64_t h = e != NULL ? fake__handle_new(FAKE__KIND_EVENT, e, c) : 0;
        if (h == 0) {
            free(e);
            rc = CUDA_ERROR_OUT_OF_MEMORY;
        } else {
            e->handle = (CUevent)(uintptr_t)h;
            e->ctx = c;
            e->flags = flags;
            e->refs = 1;
            *ph = e->handle;
        }
    }
    fake__unlock();
    return rc;
}

/* Contract: creates an event in the current context. Flags: CU_EVENT_BLOCKING_SYNC,
 * CU_EVENT_DISABLE_TIMING, CU_EVENT_INTERPROCESS (only with DISABLE_TIMING). */
CUresult cuEventCreate(CUevent *phEvent, unsigned int Flags)
{
    int e = errno;
    return fake__done(e, event_create(phEvent, Flags));
}

static CUresult event_record(CUevent ev, CUstream h, unsigned flags)
{
    CUresult rc = fake__initialized();
    if (rc != CUDA_SUCCESS)
        return rc;
    if ((flags & ~(unsigned)CU_EVENT_RECORD_EXTERNAL) != 0)
        return CUDA_ERROR_INVALID_VALUE;
    fake__lock();
    struct fake__event *e = lookup(ev);
    struct fake__stream *s = NULL;
    if (e == NULL)
        rc = CUDA_ERROR_INVALID_HANDLE;
    if (rc == CUDA_SUCCESS)
        rc = fake__stream_resolve(h, &s);
    if (rc == CUDA_SUCCESS && s->ctx != e->ctx)
        rc = CUDA_ERROR_INVALID_HANDLE;  /* event and stream of different contexts */
    struct fake__op *op = NULL;
    if (rc == CUDA_SUCCESS) {
        op = fake__op_new(FAKE__OP_EVENT);
        if (op == NULL)
            rc = CUDA_ERROR_OUT_OF_MEMORY;
    }
    if (rc == CUDA_SUCCESS) {
        e->refs++;  /* held by the operation */
        op->u.event.event = e;
        op->u.event.gen = e->gen + 1;
        rc = fake__submit(s, op);
    }
    if (rc == CUDA_SUCCESS) {
        e->gen++;
        fake__stream_ref(s);
        if (e->stream != NULL)
            fake__stream_unref(e->stream);
        e->stream = s;
        e->seq = s->submitted;
    }
    fake__unlock();
    return rc;
}

/* Contract: records hEvent in hStream (NULL: the current context's NULL stream): it
 * completes when the work queued before it has run. CUDA_ERROR_INVALID_HANDLE if the
 * event and the stream belong to different contexts. */
CUresult cuEventRecord(CUevent hEvent, CUstream hStream)
{
    int e = errno;
    return fake__done(e, event_record(hEvent, hStream, 0));
}

/* Contract: as cuEventRecord; flags: 0 or CU_EVENT_RECORD_EXTERNAL. */
CUresult cuEventRecordWithFlags(CUevent hEvent, CUstream hStream, unsigned int flags)
{
    int e = errno;
    return fake__done(e, event_record(hEvent, hStream, flags));
}

/* Contract: CUDA_SUCCESS if hEvent's latest record has run (or it was never
 * recorded), CUDA_ERROR_NOT_READY if not; the context's sticky error after a fault. */
CUresult cuEventQuery(CUevent hEvent)
{
    int e = errno;
    CUresult rc = fake__initialized();
    if (rc != CUDA_SUCCESS)
        return fake__done(e, rc);
    fake__lock();
    struct fake__event *ev = lookup(hEvent);
    if (ev == NULL)
        rc = CUDA_ERROR_INVALID_HANDLE;
    else if (ev->ctx->sticky != CUDA_SUCCESS)
        rc = ev->ctx->sticky;
    else if (ev->stream != NULL && ev->stream->completed < ev->seq)
        rc = CUDA_ERROR_NOT_READY;
    fake__unlock();
    return fake__done(e, rc);
}

/* Contract: blocks until hEvent's latest record has run; releases pool memory above
 * the release thresholds; returns the context's sticky error after a fault. */
CUresult cuEventSynchronize(CUevent hEvent)
{
    int e = errno;
    CUresult rc = fake__initialized();
    if (rc != CUDA_SUCCESS)
        return fake__done(e, rc);
    fake__lock();
    struct fake__event *ev = lookup(hEvent);
    if (ev == NULL) {
        rc = CUDA_ERROR_INVALID_HANDLE;
    } else if (ev->stream != NULL) {
        struct fake__stream *s = ev->stream;
        fake__stream_ref(s);
        rc = fake__stream_wait(s, ev->seq);
        if (rc == CUDA_SUCCESS) {
            fake__pool_trim_device(s->ctx->dev);
            rc = s->ctx->sticky;
        }
        fake__stream_unref(s);
    } else {
        rc = ev->ctx->sticky;
    }
    fake__unlock();
    return fake__done(e, rc);
}

/* Contract: *pMilliseconds = time from hStart's to hEnd's completion. Errors:
 * CUDA_ERROR_INVALID_HANDLE if either was created with CU_EVENT_DISABLE_TIMING or never
 * recorded, CUDA_ERROR_NOT_READY if either's latest record has not run. */
CUresult cuEventElapsedTime_v2(float *pMilliseconds, CUevent hStart, CUevent hEnd)
{
    int e = errno;
    CUresult rc = fake__initialized();
    if (rc != CUDA_SUCCESS)
        return fake__done(e, rc);
    if (pMilliseconds == NULL)
        return fake__done(e, CUDA_ERROR_INVALID_VALUE);
    fake__lock();
    struct fake__event *a = lookup(hStart), *b = lookup(hEnd);
    if (a == NULL || b == NULL || ((a->flags | b->flags) & CU_EVENT_DISABLE_TIMING) ||
        a->gen == 0 || b->gen == 0)
        rc = CUDA_ERROR_INVALID_HANDLE;
    else if (a->done_gen != a->gen || b->done_gen != b->gen)
        rc = CUDA_ERROR_NOT_READY;
    else
        *pMilliseconds = (float)((double)((int64_t)(b->done_ns - a->done_ns)) / 1e6);
    fake__unlock();
    return fake__done(e, rc);
}

/* Contract: destroys hEvent (a pending record still runs). CUDA_ERROR_INVALID_HANDLE
 * for an unknown event. */
CUresult cuEventDestroy_v2(CUevent hEvent)
{
    int e = errno;
    CUresult rc = fake__initialized();
    if (rc != CUDA_SUCCESS)
        return fake__done(e, rc);
    fake__lock();
    struct fake__event *ev = lookup(hEvent);
    if (ev == NULL)
        rc = CUDA_ERROR_INVALID_HANDLE;
    else
        fake__event_destroy(ev);
    fake__unlock();
    return fake__done(e, rc);
}

