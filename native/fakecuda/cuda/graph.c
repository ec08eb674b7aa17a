/*
 * graph.c - stream capture and CUDA graphs, as far as programs that capture a stream and
 * replay it use them (PyTorch's CUDA graphs, CuPy's): work queued on a stream between
 * cuStreamBeginCapture and cuStreamEndCapture is recorded, not run; an instantiated graph
 * replays it, in order, on the stream it is launched on.
 *
 * Simulated: kernels, copies, memsets and host functions are recorded (by value, as the
 * driver records kernel arguments); event records and waits, stream-ordered frees and
 * stream memory operations on a capturing stream answer
 * CUDA_ERROR_STREAM_CAPTURE_UNSUPPORTED, as does waiting on it (a synchronous copy, a
 * stream synchronize). Graphs are a list, not a DAG: one stream's capture. Everything
 * here runs under fake__g.lock, like the rest of fakecuda.
 */
#include "fake.h"

#include <stdlib.h>
#include <string.h>

/* A copy of a recorded operation, to run once (no dependencies: the stream orders it). */
static struct fake__op *clone_op(const struct fake__op *op)
{
    struct fake__op *c = malloc(sizeof *c);
    if (c != NULL) {
        memcpy(c, op, sizeof *c);
        c->next = NULL;
        c->seq = 0;
        c->ndeps = 0;
        c->deps = NULL;
    }
    return c;
}

static void append(struct fake__graph *g, struct fake__op *op)
{
    if (g->tail != NULL)
        g->tail->next = op;
    else
        g->head = op;
    g->tail = op;
    g->count++;
}

static void graph_free(struct fake__graph *g)
{
    while (g->head != NULL) {
        struct fake__op *op = g->head;
        g->head = op->next;
        fake__op_free(op);
    }
    free(g);
}

void fake__graph_free(struct fake__graph *g)
{
    graph_free(g);
}

CUresult fake__graph_capture(struct fake__stream *s, struct fake__op *op)
{
    switch (op->kind) {
    case FAKE__OP_KERNEL:
    case FAKE__OP_COPY:
    case FAKE__OP_COPY2D:
    case FAKE__OP_MEMSET:
    case FAKE__OP_HOST_FN: {
        for (int i = 0; i < op->ndeps; i++) /* the stream orders it; other streams' work is not captured */
            fake__stream_unref(op->deps[i].stream);
        free(op->deps);
        op->deps = NULL;
        op->ndeps = 0;
        op->next = NULL;
        append(s->capture, op);
        return CUDA_SUCCESS;
    }
    default:
        fake__op_free(op);
        return CUDA_ERROR_STREAM_CAPTURE_UNSUPPORTED;
    }
}

static CUresult begin_capture(CUstream h)
{
    CUresult rc = fake__initialized();
    if (rc != CUDA_SUCCESS)
        return rc;
    fake__lock();
    struct fake__stream *s = NULL;
    rc = fake__stream_resolve(h, &s);
    if (rc == CUDA_SUCCESS && s->is_null)
        rc = CUDA_ERROR_STREAM_CAPTURE_UNSUPPORTED; /* the legacy stream cannot be captured */
    else if (rc == CUDA_SUCCESS && s->capture != NULL)
        rc = CUDA_ERROR_ILLEGAL_STATE;
    if (rc == CUDA_SUCCESS) {
        static unsigned long long next_id;
        s->capture = calloc(1, sizeof *s->capture);
        if (s->capture == NULL)
            rc = CUDA_ERROR_OUT_OF_MEMORY;
        else {
            s->capture->ctx = s->ctx;
            s->capture_id = ++next_id;
        }
    }
    fake__unlock();
    return rc;
}

/* Contract: work queued on hStream from now on is recorded into a graph (see the top). */
CUresult cuStreamBeginCapture_v2(CUstream hStream, CUstreamCaptureMode mode)
{
    int e = errno;
    if (mode != CU_STREAM_CAPTURE_MODE_GLOBAL && mode != CU_STREAM_CAPTURE_MODE_THREAD_LOCAL && mode != CU_STREAM_CAPTURE_MODE_RELAXED)
        return fake__done(e, CUDA_ERROR_INVALID_VALUE);
    return fake__done(e, begin_capture(hStream));
}

/* Contract: as cuStreamBeginCapture_v2 in global mode. */
CUresult cuStreamBeginCapture(CUstream hStream)
{
    int e = errno;
    return fake__done(e, begin_capture(hStream));
}

/* Contract: ends hStream's capture; *phGraph = the graph of what was recorded. */
CUresult cuStreamEndCapture(CUstream hStream, CUgraph *phGraph)
{
    int e = errno;
    CUresult rc = fake__initialized();
    if (rc != CUDA_SUCCESS)
        return fake__done(e, rc);
    if (phGraph == NULL)
        return fake__done(e, fake__bad_arg());
    fake__lock();
    struct fake__stream *s = NULL;
    rc = fake__stream_resolve(hStream, &s);
    if (rc == CUDA_SUCCESS && s->capture == NULL)
        rc = CUDA_ERROR_ILLEGAL_STATE;
    if (rc == CUDA_SUCCESS) {
        struct fake__graph *g = s->capture;
        s->capture = NULL;
        uint64_t h = fake__handle_new(FAKE__KIND_GRAPH, g, g->ctx);
        if (h == 0) {
            graph_free(g);
            rc = CUDA_ERROR_OUT_OF_MEMORY;
        } else {
            *phGraph = (CUgraph)(uintptr_t)h;
        }
    }
    fake__unlock();
    return fake__done(e, rc);
}

static CUresult capture_status(CUstream h, CUstreamCaptureStatus *status, cuuint64_t *id, CUgraph *graph, size_t *ndeps)
{
    CUresult rc = fake__initialized();
    if (rc != CUDA_SUCCESS)
        return rc;
    if (status == NULL)
        return fake__bad_arg();
    fake__lock();
    struct fake__stream *s = NULL;
    rc = fake__stream_resolve(h, &s);
    if (rc == CUDA_SUCCESS) {
        *status = s->capture != NULL ? CU_STREAM_CAPTURE_STATUS_ACTIVE : CU_STREAM_CAPTURE_STATUS_NONE;
        if (id != NULL)
            *id = s->capture != NULL ? s->capture_id : 0;
        if (graph != NULL)
            *graph = NULL; /* the graph being built has no handle until the capture ends */
        if (ndeps != NULL)
            *ndeps = 0;
    }
    fake__unlock();
    return rc;
}

/* Contract: *captureStatus = ACTIVE while hStream is being captured, else NONE. */
CUresult cuStreamIsCapturing(CUstream hStream, CUstreamCaptureStatus *captureStatus)
{
    int e = errno;
    return fake__done(e, capture_status(hStream, captureStatus, NULL, NULL, NULL));
}

/* Contract: the capture status and its id (no dependency nodes are reported). */
CUresult cuStreamGetCaptureInfo(CUstream hStream, CUstreamCaptureStatus *captureStatus_out, cuuint64_t *id_out)
{
    int e = errno;
    return fake__done(e, capture_status(hStream, captureStatus_out, id_out, NULL, NULL));
}

/* Contract: as cuStreamGetCaptureInfo; *graph_out NULL, no dependencies. */
CUresult cuStreamGetCaptureInfo_v2(CUstream hStream, CUstreamCaptureStatus *captureStatus_out, cuuint64_t *id_out, CUgraph *graph_out,
                                   const CUgraphNode **dependencies_out, size_t *numDependencies_out)
{
    int e = errno;
    if (dependencies_out != NULL)
        *dependencies_out = NULL;
    return fake__done(e, capture_status(hStream, captureStatus_out, id_out, graph_out, numDependencies_out));
}

/* Contract: as cuStreamGetCaptureInfo_v2, no edge data. */
CUresult cuStreamGetCaptureInfo_v3(CUstream hStream, CUstreamCaptureStatus *captureStatus_out, cuuint64_t *id_out, CUgraph *graph_out,
                                   const CUgraphNode **dependencies_out, const CUgraphEdgeData **edgeData_out, size_t *numDependencies_out)
{
    int e = errno;
    if (dependencies_out != NULL)
        *dependencies_out = NULL;
    if (edgeData_out != NULL)
        *edgeData_out = NULL;
    return fake__done(e, capture_status(hStream, captureStatus_out, id_out, graph_out, numDependencies_out));
}

/* Contract: *numNodes = the graph's operations; with nodes, that many handles (opaque). */
CUresult cuGraphGetNodes(CUgraph hGraph, CUgraphNode *nodes, size_t *numNodes)
{
    int e = errno;
    CUresult rc = fake__initialized();
    if (rc != CUDA_SUCCESS)
        return fake__done(e, rc);
    if (numNodes == NULL)
        return fake__done(e, fake__bad_arg());
    fake__lock();
    struct fake__graph *g = fake__handle_get(FAKE__KIND_GRAPH, (uint64_t)(uintptr_t)hGraph);
    if (g == NULL)
        rc = CUDA_ERROR_INVALID_HANDLE;
    else if (nodes == NULL)
        *numNodes = g->count;
    else {
        size_t i = 0;
        for (struct fake__op *op = g->head; op != NULL && i < *numNodes; op = op->next, i++)
            nodes[i] = (CUgraphNode)op;
        *numNodes = i;
    }
    fake__unlock();
    return fake__done(e, rc);
}

/* Contract: *phGraphExec = a copy of the graph's operations, to launch any number of times. */
CUresult cuGraphInstantiateWithFlags(CUgraphExec *phGraphExec, CUgraph hGraph, unsigned long long flags)
{
    int e = errno;
    (void)flags;
    CUresult rc = fake__initialized();
    if (rc != CUDA_SUCCESS)
        return fake__done(e, rc);
    if (phGraphExec == NULL)
        return fake__done(e, fake__bad_arg());
    fake__lock();
    struct fake__graph *g = fake__handle_get(FAKE__KIND_GRAPH, (uint64_t)(uintptr_t)hGraph);
    struct fake__graph *x = g != NULL ? calloc(1, sizeof *x) : NULL;
    if (g == NULL)
        rc = CUDA_ERROR_INVALID_HANDLE;
    else if (x == NULL)
        rc = CUDA_ERROR_OUT_OF_MEMORY;
    for (struct fake__op *op = g != NULL ? g->head : NULL; op != NULL && rc == CUDA_SUCCESS; op = op->next) {
        struct fake__op *c = clone_op(op);
        if (c == NULL)
            rc = CUDA_ERROR_OUT_OF_MEMORY;
        else
            append(x, c);
    }
    uint64_t h = 0;
    if (rc == CUDA_SUCCESS && (h = fake__handle_new(FAKE__KIND_GRAPH_EXEC, x, g->ctx)) == 0)
        rc = CUDA_ERROR_OUT_OF_MEMORY;
    if (rc == CUDA_SUCCESS) {
        x->ctx = g->ctx;
        *phGraphExec = (CUgraphExec)(uintptr_t)h;
    } else if (x != NULL) {
        graph_free(x);
    }
    fake__unlock();
    return fake__done(e, rc);
}

/* Contract: queues a copy of each of the graph's operations on hStream, in order. */
CUresult cuGraphLaunch(CUgraphExec hGraphExec, CUstream hStream)
{
    int e = errno;
    CUresult rc = fake__initialized();
    if (rc != CUDA_SUCCESS)
        return fake__done(e, rc);
    fake__lock();
    struct fake__graph *x = fake__handle_get(FAKE__KIND_GRAPH_EXEC, (uint64_t)(uintptr_t)hGraphExec);
    struct fake__stream *s = NULL;
    rc = x == NULL ? CUDA_ERROR_INVALID_HANDLE : fake__stream_resolve(hStream, &s);
    for (struct fake__op *op = rc == CUDA_SUCCESS ? x->head : NULL; op != NULL && rc == CUDA_SUCCESS; op = op->next) {
        struct fake__op *c = clone_op(op);
        rc = c != NULL ? fake__submit(s, c) : CUDA_ERROR_OUT_OF_MEMORY;
    }
    fake__unlock();
    return fake__done(e, rc);
}

/* Contract: nothing to upload: CUDA_SUCCESS for a live graph and stream. */
CUresult cuGraphUpload(CUgraphExec hGraphExec, CUstream hStream)
{
    int e = errno;
    CUresult rc = fake__initialized();
    if (rc != CUDA_SUCCESS)
        return fake__done(e, rc);
    fake__lock();
    struct fake__stream *s = NULL;
    rc = fake__handle_get(FAKE__KIND_GRAPH_EXEC, (uint64_t)(uintptr_t)hGraphExec) == NULL ? CUDA_ERROR_INVALID_HANDLE : fake__stream_resolve(hStream, &s);
    fake__unlock();
    return fake__done(e, rc);
}

static CUresult destroy(enum fake__kind kind, uint64_t h)
{
    CUresult rc = fake__initialized();
    if (rc != CUDA_SUCCESS)
        return rc;
    fake__lock();
    struct fake__graph *g = fake__handle_get(kind, h);
    if (g == NULL)
        rc = CUDA_ERROR_INVALID_HANDLE;
    else {
        fake__handle_drop(h);
        graph_free(g);
    }
    fake__unlock();
    return rc;
}

/* Contract: frees a graph (its instantiations stay usable). */
CUresult cuGraphDestroy(CUgraph hGraph)
{
    int e = errno;
    return fake__done(e, destroy(FAKE__KIND_GRAPH, (uint64_t)(uintptr_t)hGraph));
}

/* Contract: frees an instantiated graph (work it queued still runs). */
CUresult cuGraphExecDestroy(CUgraphExec hGraphExec)
{
    int e = errno;
    return fake__done(e, destroy(FAKE__KIND_GRAPH_EXEC, (uint64_t)(uintptr_t)hGraphExec));
}
