/*
 * gate.c - GPU-time gating: work reaches the GPU only while this vGPU holds its grant.
 *
 * The daemon's scheduler (src/scheduler/) decides, per physical GPU, which vGPU holds
 * the GPU and publishes it in the GPU's schedule page (sched_page.h). Every generated
 * wrapper of a call that puts work on the GPU (kernel launches of every form, graph
 * launches, copies, memsets) checks the page's `open` word through quanta__gate_open
 * (one load while nothing is gated) and otherwise comes here:
 *
 *  - wait for the grant: poll the page with short sleeps, stamping "has work" in the
 *    vGPU's segment (the daemon reads it) and poking the daemon once over its socket so
 *    that it decides at once rather than at its next tick;
 *  - measure: work queued on a stream is bracketed by timing events in a per-stream
 *    ring; the GPU time between consecutive completed events is added to the vGPU's
 *    report in the segment. A stream found idle gets a fresh start event first, so idle
 *    gaps (and other tenants' slices) are never counted;
 *  - bound the queue: at most max(2, ~0.5 ms of measured work) events in flight per
 *    stream, so that a grant moved to another vGPU takes effect within about one kernel;
 *    the vGPU's count of events in flight is in its segment, and the daemon hands the
 *    GPU to the next vGPU only when it is back to 0 (so that tenants' work does not
 *    overlap, which would make each one's measured time include the other's), except
 *    when a higher priority class takes it: latency first. A vGPU with the page's
 *    standing grant (the only one of the top class) never waits: it stamps its work and
 *    pokes the daemon, and the others keep one kernel queued while it exists.
 *  - mark sparsely: an event costs microseconds on the host, as much as a small kernel,
 *    so the holder's work (and the standing vGPU's) is marked with a start mark when a
 *    stream was idle, an end mark per ~MARK_NS of its work (every launch for long
 *    kernels, at most every MARK_MAX), and end marks before the host waits for the GPU
 *    (quanta__work_syncing) and before it waits for the grant. Launches after a
 *    stream's last mark count as one more in the segment's events in flight (the ring's
 *    `span`) until a mark covers them, so the daemon still hands the GPU on only once
 *    they ran. Only a vGPU that shares the GPU with a standing one marks every launch:
 *    the standing vGPU must never wait behind more than one of its kernels.
 *    While the GPU is open (nothing gated) the wrappers still come here every
 *    `sample_every` launches (a per-thread countdown) to mark the queue with an event
 *    and keep at most two marks, about 2 x OPEN_SAMPLE_NS of work, in flight: so a
 *    tenant that ran alone has little queued when a second arrives.
 *
 * Nothing here fails a call: a missing page, a stale page (daemon gone), an event that
 * cannot be created, or a stream being captured into a graph (its launches are not GPU
 * work, and events would change the graph) all let the work through ungated. errno is
 * preserved. Streams are told apart by (context, handle); rings are few (RINGS) and
 * never freed: a destroyed stream's ring fails its next event and is reused.
 */
#include "gate.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <sched.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

#include "libs.h"
#include "log.h"
#include "sched_page.h"
#include "vgpu.h"

#define RINGS 64
#define RING_EVENTS 16
#define QUEUE_NS 500000ull   /* ~0.5 ms of queued work per stream, at least MIN_QUEUED events */
#define MIN_QUEUED 2          /* one kernel queued behind the running one hides the host's latency */
#define POLL_NS 20000L       /* sleep between looks at the page (the kernel adds its slack) */
#define SPIN_NS 300000ull     /* waiting for a grant: spin this long before napping */
#define OPEN_SAMPLE_NS 5000000ull /* open GPU: one queue mark per ~5 ms of work */
#define OPEN_QUEUED 2
#define MAX_SAMPLE_EVERY 4096u
#define UNATTACHED_RECHECK 4096u /* not gated (yet): look again after this many launches */
#define MARK_NS 200000ull      /* a holder's work: an end mark per ~0.2 ms of it, */
#define MARK_MAX 64u           /* ... at least every this many launches (1 to start: kernels may be long) */
#define MARK_IDLE_NS 200000ull /* ... and a stream left this long may have drained */

__thread uint32_t quanta__work_countdown __attribute__((tls_model("initial-exec"))) = 1;
/* The countdown this thread's current sampling period started from: how many calls the
 * next sample covers (what its GPU time is divided by). */
static __thread uint32_t period __attribute__((tls_model("initial-exec"))) = 1;
static uint32_t sample_every = 1; /* adapted to the launches' measured GPU time */

static const uint32_t always_open = 1, never_open = 0;
const volatile uint32_t *quanta__gate_open = &always_open;

static struct quanta_sched_page *pages[QUANTA_SEG_MAX_GPUS];
static struct quanta_sched_urgent *urgent[QUANTA_SEG_MAX_GPUS];
static int page_count, single_slice;
static struct quanta_seg *segment;

struct quanta__ring {
    CUcontext ctx;
    CUstream stream;
    int slice;
    int used;                       /* taken by a stream */
    CUevent ev[RING_EVENTS];        /* created on first use */
    uint8_t measured[RING_EVENTS];  /* recorded by gated work (else a queue sample) */
    uint8_t urgent[RING_EVENTS];    /* counted in the urgent page's inflight (standing) */
    uint32_t launches[RING_EVENTS]; /* samples, end marks: launches they cover */
    int head, count;                /* recorded events not yet seen complete */
    int ref;                        /* last completed event: where measuring resumes; -1 none */
    uint64_t per_event_ns;          /* moving average of GPU time between events */
    uint32_t unmarked;              /* measured launches since the last event */
    uint32_t mark_every;            /* measured launches per end mark */
    uint64_t last_launch_ns;        /* when it last made measured work here */
    int span;                       /* its unmarked launches count 1 in the segment's inflight */
};
static struct quanta__ring rings[RINGS];
static pthread_mutex_t rings_lock = PTHREAD_MUTEX_INITIALIZER;

typedef CUresult (*ev_create_fn)(CUevent *, unsigned int);
typedef CUresult (*ev_record_fn)(CUevent, CUstream);
typedef CUresult (*ev_query_fn)(CUevent);
typedef CUresult (*ev_elapsed_fn)(float *, CUevent, CUevent);
typedef CUresult (*ctx_current_fn)(CUcontext *);
typedef CUresult (*capturing_fn)(CUstream, CUstreamCaptureStatus *);
static struct {
    ev_create_fn create;
    ev_record_fn record;
    ev_query_fn query;
    ev_elapsed_fn elapsed;
    ctx_current_fn current;
    capturing_fn capturing;
} drv;

static uint64_t mono_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

static void nap(void)
{
    struct timespec ts = {0, POLL_NS};
    nanosleep(&ts, NULL);
}

static int resolve_driver(void)
{
    drv.create = (ev_create_fn)quanta__resolve(&quanta__cuda_lib, QUANTA_CUDA_cuEventCreate);
    drv.record = (ev_record_fn)quanta__resolve(&quanta__cuda_lib, QUANTA_CUDA_cuEventRecord);
    drv.query = (ev_query_fn)quanta__resolve(&quanta__cuda_lib, QUANTA_CUDA_cuEventQuery);
    drv.elapsed = (ev_elapsed_fn)quanta__resolve(&quanta__cuda_lib, QUANTA_CUDA_cuEventElapsedTime_v2);
    if (drv.elapsed == NULL)
        drv.elapsed = (ev_elapsed_fn)quanta__resolve(&quanta__cuda_lib, QUANTA_CUDA_cuEventElapsedTime);
    drv.current = (ctx_current_fn)quanta__resolve(&quanta__cuda_lib, QUANTA_CUDA_cuCtxGetCurrent);
    drv.capturing = (capturing_fn)quanta__resolve(&quanta__cuda_lib, QUANTA_CUDA_cuStreamIsCapturing);
    return drv.create && drv.record && drv.query && drv.elapsed && drv.current && drv.capturing ? 0 : -1;
}

void quanta__gate_attach(const char *dir, struct quanta_seg *seg, int slices,
                          const char (*uuids)[QUANTA_SEG_UUID_LEN], int only_slice)
{
    int saved = errno, mapped = 0;
    if (resolve_driver() != 0 || quanta__seg_sched_id(seg) == 0) {
        quanta__debug("GPU time: not gated (%s)", quanta__seg_sched_id(seg) == 0 ? "no schedule id" : "driver lacks events");
        errno = saved;
        return; /* an old daemon, or a driver without events: ungated */
    }
    for (int i = 0; i < slices && i < QUANTA_SEG_MAX_GPUS; i++) {
        char path[600];
        snprintf(path, sizeof path, "%s/sched/%s", dir, uuids[i]);
        int fd = open(path, O_RDWR | O_CLOEXEC), writable = fd >= 0;
        if (fd < 0)
            fd = open(path, O_RDONLY | O_CLOEXEC);
        if (fd < 0)
            continue;
        void *p = mmap(NULL, QUANTA_SCHED_PAGE_SIZE, PROT_READ, MAP_SHARED, fd, 0);
        void *u = writable ? mmap(NULL, QUANTA_SCHED_PAGE_SIZE, PROT_READ | PROT_WRITE, MAP_SHARED, fd, QUANTA_SCHED_PAGE_SIZE)
                           : MAP_FAILED;
        close(fd);
        const struct quanta_sched_page *pg = p;
        if (p == MAP_FAILED || pg->magic != QUANTA_SCHED_MAGIC || pg->version != QUANTA_SCHED_VERSION) {
            if (p != MAP_FAILED)
                munmap(p, QUANTA_SCHED_PAGE_SIZE);
            if (u != MAP_FAILED)
                munmap(u, QUANTA_SCHED_PAGE_SIZE);
            continue;
        }
        pages[i] = p;
        urgent[i] = u == MAP_FAILED ? NULL : u; /* without it: the daemon's grant alone */
        mapped++;
    }
    segment = seg;
    page_count = slices;
    single_slice = only_slice;
    quanta__debug("GPU time: %d of %d schedule pages mapped from %s/sched", mapped, slices, dir);
    if (mapped > 0) /* one slice: its page's own word; several: always the slow path */
        __atomic_store_n(&quanta__gate_open, only_slice && pages[0] ? &pages[0]->open : &never_open, __ATOMIC_RELEASE);
    errno = saved;
}

void quanta__gate_forget_in_child(void)
{
    period = 1;
    quanta__work_countdown = 1;
    memset(rings, 0, sizeof rings);
    pthread_mutex_init(&rings_lock, NULL);
}

/* Whether this vGPU may put work on GPU slice `s` now: it holds the grant (or the
 * standing one), and no standing vGPU launched within QUANTA_SCHED_URGENT_NS. */
static int may_run(int s, uint64_t me)
{
    const struct quanta_sched_page *pg = pages[s];
    if (__atomic_load_n(&pg->open, __ATOMIC_RELAXED))
        return 1;
    uint64_t now = mono_ns(), standing = __atomic_load_n(&pg->standing, __ATOMIC_RELAXED);
    if (now - __atomic_load_n(&pg->beat_ns, __ATOMIC_RELAXED) > QUANTA_SCHED_STALE_NS || standing == me)
        return 1;
    if (standing != 0 && urgent[s] != NULL) {
        uint64_t since = now - __atomic_load_n(&urgent[s]->launch_ns, __ATOMIC_RELAXED);
        if (since < QUANTA_SCHED_URGENT_NS ||
            (since < QUANTA_SCHED_URGENT_MAX_NS && __atomic_load_n(&urgent[s]->inflight, __ATOMIC_RELAXED) > 0))
            return 0;
    }
    return __atomic_load_n(&pg->holder, __ATOMIC_RELAXED) == me;
}

/* Looks at a ring's oldest events; adds the GPU time between completed ones to the
 * report. Called with rings_lock held. */
static void harvest(struct quanta__ring *r)
{
    while (r->count > 0) {
        CUevent e = r->ev[r->head];
        CUresult q = drv.query(e);
        if (q == CUDA_ERROR_NOT_READY)
            return;
        if (q == CUDA_SUCCESS && r->ref >= 0) {
            float ms = 0;
            if (drv.elapsed(&ms, r->ev[r->ref], e) == CUDA_SUCCESS && ms > 0) {
                uint64_t ns = (uint64_t)((double)ms * 1e6);
                if (r->measured[r->head] && r->measured[r->ref]) {
                    quanta__seg_add_gpu_time(segment, r->slice, ns);
                    r->per_event_ns = r->per_event_ns ? (r->per_event_ns * 7 + ns) / 8 : ns;
                    quanta__seg_event_ns(segment, r->slice, r->per_event_ns);
                    if (r->launches[r->head] > 0) { /* an end mark: how often to mark for ~MARK_NS */
                        uint64_t every = MARK_NS / (ns / r->launches[r->head] + 1);
                        r->mark_every = every < 1 ? 1u : every > MARK_MAX ? MARK_MAX : (uint32_t)every;
                    }
                } else if (!r->measured[r->head] && r->launches[r->head] > 0) {
                    /* Between two samples: how often to sample for ~OPEN_SAMPLE_NS each. */
                    uint64_t per_launch = ns / r->launches[r->head] + 1;
                    uint64_t every = OPEN_SAMPLE_NS / per_launch;
                    uint64_t was = __atomic_load_n(&sample_every, __ATOMIC_RELAXED);
                    if (every > 2 * was) /* grow gently: one estimate may cover an idle stream */
                        every = 2 * was;
                    __atomic_store_n(&sample_every, every < 1 ? 1u : every > MAX_SAMPLE_EVERY ? MAX_SAMPLE_EVERY : (uint32_t)every,
                                     __ATOMIC_RELAXED);
                }
            }
        }
        if (r->measured[r->head])
            quanta__seg_inflight(segment, r->slice, -1);
        if (r->urgent[r->head]) /* set only where the urgent page is mapped */
            __atomic_sub_fetch(&urgent[r->slice]->inflight, 1, __ATOMIC_RELAXED);
        r->ref = q == CUDA_SUCCESS ? r->head : -1; /* an error (stream gone): start afresh */
        r->head = (r->head + 1) % RING_EVENTS;
        r->count--;
    }
}

static void harvest_all(void)
{
    if (pthread_mutex_trylock(&rings_lock) != 0)
        return;
    for (int i = 0; i < RINGS; i++)
        if (rings[i].used)
            harvest(&rings[i]);
    pthread_mutex_unlock(&rings_lock);
}

/* The ring of (ctx, stream), taken if new; NULL when all are in use. rings_lock held. */
static struct quanta__ring *ring_of(CUcontext ctx, CUstream stream, int slice)
{
    struct quanta__ring *free_ring = NULL;
    for (int i = 0; i < RINGS; i++) {
        if (rings[i].used && rings[i].ctx == ctx && rings[i].stream == stream)
            return &rings[i];
        if (!rings[i].used && free_ring == NULL)
            free_ring = &rings[i];
    }
    if (free_ring != NULL) {
        free_ring->used = 1;
        free_ring->ctx = ctx;
        free_ring->stream = stream;
        free_ring->slice = slice;
        free_ring->head = free_ring->count = 0;
        free_ring->ref = -1;
        free_ring->per_event_ns = 0;
        free_ring->unmarked = 0;
        free_ring->mark_every = 1;
        free_ring->span = 0;
    }
    return free_ring;
}

/* How many events a gated ring may have in flight: ~QUEUE_NS of work, at least
 * MIN_QUEUED; one kernel while another vGPU holds a standing grant (it must never wait
 * behind more); as many as the ring holds for the standing vGPU (nobody preempts it). */
static int queue_limit(const struct quanta__ring *r, const struct quanta_sched_page *pg, uint64_t me)
{
    uint64_t st = __atomic_load_n(&pg->standing, __ATOMIC_RELAXED);
    if (st == me)
        return RING_EVENTS - 2;
    if (st != 0)
        return 1;
    uint64_t n = r->per_event_ns ? QUEUE_NS / r->per_event_ns : MIN_QUEUED;
    return n < MIN_QUEUED ? MIN_QUEUED : n > RING_EVENTS - 2 ? RING_EVENTS - 2 : (int)n;
}

/* Counts a ring's launches since its last mark out of the segment's inflight. */
static void end_span(struct quanta__ring *r)
{
    if (r->span)
        quanta__seg_inflight(segment, r->slice, -1);
    r->span = 0;
    r->unmarked = 0;
}

/* Records the ring's next event on its stream (`measured`: gated work; `is_urgent`: of
 * the standing vGPU, counted in the urgent page). rings_lock held. */
static int record(struct quanta__ring *r, int measured, int is_urgent, uint32_t launches)
{
    int at = (r->head + r->count) % RING_EVENTS;
    if (at == r->ref || r->count >= RING_EVENTS - 1 ||
        (r->ev[at] == NULL && drv.create(&r->ev[at], 0 /* timing, spin on sync */) != CUDA_SUCCESS) ||
        drv.record(r->ev[at], r->stream) != CUDA_SUCCESS) {
        if (measured) /* the stream is gone (or the ring full): nothing will cover them */
            end_span(r);
        return -1;
    }
    r->measured[at] = (uint8_t)measured;
    r->urgent[at] = (uint8_t)(is_urgent && urgent[r->slice] != NULL);
    r->launches[at] = launches;
    r->count++;
    if (measured)
        r->unmarked = 0;
    if (measured && r->span) /* the mark takes over its unmarked launches' count */
        r->span = 0;
    else if (measured) /* the daemon hands the GPU on only once this is back to 0 */
        quanta__seg_inflight(segment, r->slice, 1);
    if (r->urgent[at]) /* the others hold back until it is back to 0 */
        __atomic_add_fetch(&urgent[r->slice]->inflight, 1, __ATOMIC_RELAXED);
    return 0;
}

/* An idle stream's start mark, measured from nothing: the time since its last work (idle,
 * or other tenants' slices) is not counted. rings_lock held; r->count == 0. */
static int start_mark(struct quanta__ring *r, int is_urgent)
{
    r->ref = -1;
    return record(r, 1, is_urgent, 0);
}

/* Whether `stream` is being captured into a graph: its launches are not run, and an
 * event recorded there would become part of the graph. */
static int capturing(CUstream stream)
{
    CUstreamCaptureStatus cap = CU_STREAM_CAPTURE_STATUS_NONE;
    return drv.capturing(stream, &cap) == CUDA_SUCCESS && cap != CU_STREAM_CAPTURE_STATUS_NONE;
}

/* Whether ring `r`'s next measured launch records a mark: a start mark on an idle
 * stream, or an end mark every `every` launches. A ring left alone for a while is
 * harvested first: its marks may all be done. rings_lock held. */
static int mark_due(struct quanta__ring *r, uint32_t every, uint64_t now)
{
    if (r->count > 0 && now - r->last_launch_ns > MARK_IDLE_NS)
        harvest(r);
    return r->count == 0 || r->unmarked + 1 >= every;
}

/* A measured launch on ring `r` (the caller waited for room if mark_due): a start mark
 * first if the stream is idle, then either this launch's end mark (recorded in
 * quanta__work_end) or one more unmarked launch in the ring's span. rings_lock held. */
static void mark_launch(struct quanta__work *w, struct quanta__ring *r, int is_standing, uint32_t every, uint64_t now)
{
    if (r->count == 0 && (r->unmarked == 0 || now - r->last_launch_ns > MARK_IDLE_NS))
        (void)start_mark(r, is_standing);
    r->last_launch_ns = now;
    if (r->unmarked + 1 >= every) {
        w->ring = r;
        w->measured = 1;
        w->standing = is_standing;
        w->launches = r->unmarked + 1; /* what its end mark covers */
        return;
    }
    if (!r->span) {
        r->span = 1;
        quanta__seg_inflight(segment, r->slice, 1);
    }
    r->unmarked++;
}

/* End marks for the calling thread's unmarked launches (before the host waits for the
 * GPU or for the grant: the daemon sees them done, and the others wait for them). */
static void mark_unmarked(void)
{
    CUcontext ctx = NULL;
    if (drv.current(&ctx) != CUDA_SUCCESS || ctx == NULL)
        return;
    uint64_t me = quanta__seg_sched_id(segment);
    pthread_mutex_lock(&rings_lock);
    for (int i = 0; i < RINGS; i++) {
        struct quanta__ring *r = &rings[i];
        /* Only the calling thread's context: events are recorded in the current one. */
        if (!r->used || r->unmarked == 0 || r->ctx != ctx || pages[r->slice] == NULL || capturing(r->stream))
            continue;
        (void)record(r, 1, __atomic_load_n(&pages[r->slice]->standing, __ATOMIC_RELAXED) == me, r->unmarked);
    }
    pthread_mutex_unlock(&rings_lock);
}

/* Waits (rings_lock held, released while napping) until ring `r` has room for one more
 * event: fewer than queue_limit() in flight when gated, OPEN_QUEUED samples when open. */
static void wait_for_room(struct quanta__ring *r, const struct quanta_sched_page *pg, uint64_t me, int gated)
{
    harvest(r);
    while (r->count >= (gated ? queue_limit(r, pg, me) : OPEN_QUEUED)) {
        pthread_mutex_unlock(&rings_lock);
        if (gated) { /* spin: with one long kernel in flight, a nap would idle the GPU */
            quanta__seg_want(segment, r->slice, mono_ns());
            sched_yield();
        } else {
            nap();
        }
        pthread_mutex_lock(&rings_lock);
        harvest(r);
    }
}

/* Waits until this vGPU may put work on slice `s` (see may_run), telling the daemon it
 * has work. */
static void wait_for_grant(int s, uint64_t me)
{
    mark_unmarked(); /* what it launched while it held the grant must drain first */
    quanta__seg_want(segment, s, mono_ns()); /* before the poke: the daemon reads it */
    quanta__vgpu_poke();
    int said_drained = 0;
    uint64_t since = mono_ns();
    do {
        uint64_t now = mono_ns();
        quanta__seg_want(segment, s, now);
        harvest_all(); /* report what already ran, so the daemon sees it */
        if (!said_drained && quanta__seg_inflight(segment, s, 0) <= 0) {
            quanta__vgpu_poke(); /* the daemon waits for our queue to drain to hand on */
            said_drained = 1;
        }
        /* The daemon answers a poke in ~0.1 ms: spin that long (a preempting high
         * priority tenant should not lose a timer's slack), then sleep between looks. */
        if (now - since < SPIN_NS)
            sched_yield();
        else
            nap();
    } while (!may_run(s, me));
}

/* A launch of the vGPU with the standing grant: it never waits for the grant, only, as
 * every vGPU, for room in its stream's queue of marks (see mark_launch). */
static void standing_begin(struct quanta__work *w, int s, const struct quanta_sched_page *pg, uint64_t me,
                           CUstream stream, enum quanta__work_kind kind)
{
    uint64_t now = mono_ns();
    if (urgent[s] != NULL) /* the others see it at their next launch */
        __atomic_store_n(&urgent[s]->launch_ns, now, __ATOMIC_RELAXED);
    quanta__seg_want(segment, s, now);
    /* The daemon takes the grant from the holder when poked; the stamp already holds the
     * others back, so one poke per QUANTA_SCHED_URGENT_NS is enough (a request's launches
     * all come before the daemon answers, and each poke is a system call and a wake-up). */
    static uint64_t poked_ns;
    if (__atomic_load_n(&pg->holder, __ATOMIC_RELAXED) != me &&
        now - __atomic_load_n(&poked_ns, __ATOMIC_RELAXED) > QUANTA_SCHED_URGENT_NS) {
        __atomic_store_n(&poked_ns, now, __ATOMIC_RELAXED);
        quanta__vgpu_poke();
    }
    CUcontext ctx = NULL;
    if (kind != QUANTA__WORK_STREAM || drv.current(&ctx) != CUDA_SUCCESS || ctx == NULL)
        return;
    pthread_mutex_lock(&rings_lock);
    struct quanta__ring *r = ring_of(ctx, stream, s);
    int due = r != NULL && mark_due(r, r->mark_every, now);
    if (r != NULL && !(due && capturing(stream))) {
        /* Its queue is bounded too (RING_EVENTS - 2 marks, ~MARK_NS each), so that losing
         * the standing grant takes effect within a few milliseconds. */
        if (due)
            wait_for_room(r, pg, me, 1);
        mark_launch(w, r, 1, r->mark_every, now);
    }
    pthread_mutex_unlock(&rings_lock);
}

static int current_slice(void)
{
    return single_slice ? 0 : quanta__vgpu_current_slice();
}

void quanta__work_begin(struct quanta__work *w, CUstream stream, enum quanta__work_kind kind)
{
    w->ring = NULL;
    w->measured = 0;
    w->standing = 0;
    w->launches = 0;
    if (segment == NULL) { /* not in a vGPU, or not registered yet */
        quanta__work_countdown = UNATTACHED_RECHECK;
        return;
    }
    int saved = errno, s = current_slice();
    const struct quanta_sched_page *pg = s >= 0 && s < page_count ? pages[s] : NULL;
    int open = pg == NULL || __atomic_load_n(&pg->open, __ATOMIC_RELAXED);
    uint32_t launches = 0;
    if (open) {
        /* Only every sample_every-th call samples. The one-slice fast path counted down
         * already (it comes here at 0); a process on several slices comes here for every
         * call (its wrappers cannot tell which page applies), so count down here. */
        if (quanta__work_countdown != 0 && --quanta__work_countdown != 0) {
            errno = saved;
            return;
        }
        launches = period;
        period = __atomic_load_n(&sample_every, __ATOMIC_RELAXED);
        quanta__work_countdown = period;
        if (kind != QUANTA__WORK_STREAM || pg == NULL) {
            errno = saved;
            return;
        }
    }
    uint64_t me = quanta__seg_sched_id(segment);
    if (!open && __atomic_load_n(&pg->standing, __ATOMIC_RELAXED) == me) {
        standing_begin(w, s, pg, me, stream, kind);
        errno = saved;
        return;
    }
    if (kind == QUANTA__WORK_STREAM && capturing(stream)) {
        errno = saved;
        return; /* recorded into a graph, not run: the graph's launch is gated */
    }
    if (!open && !may_run(s, me))
        wait_for_grant(s, me);
    CUcontext ctx = NULL;
    if (kind == QUANTA__WORK_STREAM && drv.current(&ctx) == CUDA_SUCCESS && ctx != NULL) {
        pthread_mutex_lock(&rings_lock);
        struct quanta__ring *r = ring_of(ctx, stream, s);
        if (r != NULL && open) {
            if (r->span) /* launches of its last grant: the daemon waits for them */
                (void)record(r, 1, 0, r->unmarked);
            wait_for_room(r, pg, me, 0);
            w->ring = r; /* a queue sample: its end event is all it needs */
            w->launches = launches;
        } else if (r != NULL) {
            /* Beside a standing vGPU every launch is marked: it waits behind one at most. */
            uint32_t every = __atomic_load_n(&pg->standing, __ATOMIC_RELAXED) != 0 ? 1u : r->mark_every;
            if (mark_due(r, every, mono_ns())) {
                wait_for_room(r, pg, me, 1);
                /* The grant may have moved while this waited for its queue to shrink. */
                while (!may_run(s, me)) {
                    pthread_mutex_unlock(&rings_lock);
                    wait_for_grant(s, me);
                    pthread_mutex_lock(&rings_lock);
                    wait_for_room(r, pg, me, 1);
                }
            }
            mark_launch(w, r, 0, every, mono_ns());
        }
        pthread_mutex_unlock(&rings_lock);
    }
    if (!open)
        quanta__seg_want(segment, s, mono_ns());
    errno = saved;
}

void quanta__work_syncing(void)
{
    if (segment == NULL)
        return;
    int saved = errno;
    mark_unmarked();
    errno = saved;
}

void quanta__work_synced(void)
{
    if (segment == NULL)
        return;
    int saved = errno;
    harvest_all();
    errno = saved;
}

void quanta__work_end(struct quanta__work *w, CUresult rc)
{
    if (w->ring == NULL || rc != CUDA_SUCCESS)
        return;
    int saved = errno;
    pthread_mutex_lock(&rings_lock);
    (void)record(w->ring, w->measured, w->standing, w->launches);
    pthread_mutex_unlock(&rings_lock);
    errno = saved;
}
