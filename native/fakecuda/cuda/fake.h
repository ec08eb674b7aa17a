/*
 * fake.h - fakecuda's libcuda internals: the objects the simulated driver keeps and the
 * helpers the files of fakecuda/cuda/ share.
 *
 * Concurrency model (simple on purpose; this is a test double, not a fast driver):
 *  - One process-wide mutex, fake__g.lock, guards every table and object below. API
 *    calls take it for their bookkeeping and release it before anything slow.
 *  - Each stream (and each context's NULL stream) has a FIFO of operations run by its
 *    own worker thread, started on first use. Workers run an operation without the
 *    lock; kernels additionally hold their device's exec mutex, so kernels of one
 *    device run one at a time in this process, like a busy GPU.
 *  - Every completion broadcasts fake__g.cond; anything that waits (synchronize calls,
 *    operations waiting for another stream) waits on it.
 *  - Handles given to applications (CUcontext, CUstream, ...) are not pointers but
 *    encoded (generation, slot) numbers of a handle table (handle.c), so a destroyed or
 *    forged handle is answered with an error code instead of a crash.
 *
 * Exported symbols restore errno (fake__done); internal helpers may change it.
 */
#ifndef FAKE_CUDA_INTERNAL_H
#define FAKE_CUDA_INTERNAL_H

#include "quanta_cuda_api.h"
#include "fake_shm.h"

#include <errno.h>
#include <pthread.h>
#include <stdint.h>

#define FAKE__MAX_DEVICES FAKE_SHM_MAX_DEVICES
#define FAKE__GRANULARITY (2ull << 20)       /* VMM and pool granularity */
#define FAKE__ALLOC_ALIGN 256u               /* accounting granularity of cuMemAlloc */
#define FAKE__CTX_STACK_MAX 64
#define FAKE__ALLOC_GLOBAL 0x80000000u       /* fake__alloc.flags: a module's global */

/* cuda.h's preprocessor constants (the generated headers carry types only). */
#define CU_MEMHOSTALLOC_PORTABLE 0x01
#define CU_MEMHOSTALLOC_DEVICEMAP 0x02
#define CU_MEMHOSTALLOC_WRITECOMBINED 0x04
#define CU_MEMHOSTREGISTER_PORTABLE 0x01
#define CU_MEMHOSTREGISTER_DEVICEMAP 0x02
#define CU_MEMHOSTREGISTER_IOMEMORY 0x04
#define CU_MEMHOSTREGISTER_READ_ONLY 0x08
#define CU_DEVICE_CPU ((CUdevice)-1)
#define CU_LAUNCH_PARAM_END ((void *)0x00)
#define CU_LAUNCH_PARAM_BUFFER_POINTER ((void *)0x01)
#define CU_LAUNCH_PARAM_BUFFER_SIZE ((void *)0x02)

/* Special stream handles of the driver API (cuda.h's CU_STREAM_LEGACY and
 * CU_STREAM_PER_THREAD). Both name the current context's NULL stream here. */
#define FAKE__STREAM_LEGACY ((CUstream)0x1)
#define FAKE__STREAM_PER_THREAD ((CUstream)0x2)

/* ---- handles (handle.c) ---- */

enum fake__kind {
    FAKE__KIND_NONE = 0,
    FAKE__KIND_CTX,
    FAKE__KIND_STREAM,
    FAKE__KIND_EVENT,
    FAKE__KIND_MODULE,
    FAKE__KIND_FUNC,
    FAKE__KIND_LIBRARY,
    FAKE__KIND_KERNEL,
    FAKE__KIND_POOL,
    FAKE__KIND_PHYS,
    FAKE__KIND_ARRAY,
    FAKE__KIND_MIPMAP,
    FAKE__KIND_GRAPH,
    FAKE__KIND_GRAPH_EXEC,
};

struct fake__ctx;

/* Registers obj under a new handle of `kind`, owned by ctx (NULL: process-wide).
 * Lock held. Returns the handle, or 0 when out of memory. */
uint64_t fake__handle_new(enum fake__kind kind, void *obj, struct fake__ctx *ctx);
/* The object behind handle h if it is live and of `kind`, else NULL. Lock held. */
void *fake__handle_get(enum fake__kind kind, uint64_t h);
/* Invalidates handle h (no-op if not live). Lock held. */
void fake__handle_drop(uint64_t h);
/* Calls fn(kind, obj, handle, arg) for each live handle owned by ctx. fn may drop the
 * handle it is given. Lock held. */
void fake__handle_each(struct fake__ctx *ctx,
                       void (*fn)(enum fake__kind, void *, uint64_t, void *), void *arg);

/* ---- process state (init.c) ---- */

struct fake__pool;

/* A device as this process sees it (CUDA_VISIBLE_DEVICES ordinal). */
struct fake__device {
    int phys;                        /* index in the shared segment */
    uint64_t total;                  /* bytes */
    struct fake__ctx *primary;       /* always allocated once initialised */
    struct fake__pool *default_pool; /* created on first use */
    struct fake__pool *current_pool; /* cuDeviceSetMemPool; NULL = default */
    pthread_mutex_t exec;            /* one kernel at a time */
};

struct fake__state {
    pthread_mutex_t lock;
    pthread_cond_t cond;             /* broadcast on every completion */
    _Atomic int init_state;          /* 0 not yet, 1 done, 2 failed */
    CUresult init_result;
    int forked;                      /* we are a child forked after cuInit */
    int ndev;
    struct fake__device dev[FAKE__MAX_DEVICES];
    struct fake_shm *shm;
    _Atomic int slot;                /* our entry in shm->procs, -1 after exit */
    uint64_t ctx_overhead;           /* bytes each active context holds */
    uint64_t next_id;                /* context/stream ids */
    uint64_t kernels_submitted;      /* counted for the exit line under FAKECUDA_LOG: */
    uint64_t events_submitted;       /* what tests check of the interposer's marks */
};

extern struct fake__state fake__g;

/* Restores errno and returns rc: the last step of every exported function. */
static inline CUresult fake__done(int saved_errno, CUresult rc)
{
    errno = saved_errno;
    return rc;
}

/* The answer to a bad argument: CUDA_ERROR_NOT_INITIALIZED before cuInit (which the
 * driver checks first), else CUDA_ERROR_INVALID_VALUE. */
CUresult fake__bad_arg(void);
/* CUDA_SUCCESS once cuInit succeeded in this process, else CUDA_ERROR_NOT_INITIALIZED
 * (also in a child forked after cuInit, as with the real driver). */
CUresult fake__initialized(void);
/* Locks / unlocks fake__g.lock. */
void fake__lock(void);
void fake__unlock(void);
/* Waits on fake__g.cond (lock held). */
void fake__wait(void);
/* Wakes every waiter on fake__g.cond (lock held). */
void fake__broadcast(void);
/* Charges `bytes` of device memory on ordinal dev to this process in the shared
 * segment. Returns CUDA_SUCCESS or CUDA_ERROR_OUT_OF_MEMORY. */
CUresult fake__charge(int dev, uint64_t bytes);
/* Returns `bytes` charged on ordinal dev. */
void fake__uncharge(int dev, uint64_t bytes);
/* Bytes used on ordinal dev by every live process of the session. */
uint64_t fake__used(int dev);
/* Adds kernel time to ordinal dev's busy counter (NVML utilization). */
void fake__add_busy(int dev, uint64_t ns);
/* Logs a line to stderr when FAKECUDA_LOG is set (write(2) only). */
void fake__log(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Monotonic clock in nanoseconds. */
uint64_t fake__now_ns(void);

/* ---- devices (device.c) ---- */

/* CUDA_SUCCESS if dev is a valid ordinal, else CUDA_ERROR_INVALID_DEVICE. */
CUresult fake__check_device(CUdevice dev);

/* ---- contexts (context.c) ---- */

struct fake__stream;

struct fake__ctx {
    CUcontext handle;
    int dev;
    unsigned flags;
    int is_primary;
    int active;                      /* resources exist (overhead charged) */
    int tearing;                     /* teardown in progress: no new work */
    unsigned retain;                 /* primary: cuDevicePrimaryCtxRetain count */
    int refs;                        /* creator + each stream struct alive */
    CUresult sticky;                 /* a faulted kernel's error, sticky until reset */
    unsigned long long id;
    struct fake__stream *null_stream;
    struct fake__stream *streams;    /* every stream of the context, NULL stream included */
    size_t limits[CU_LIMIT_MAX];
    CUfunc_cache cache_config;
    CUsharedconfig shmem_config;
    struct fake__ctx *next;          /* list of created (non-primary) contexts */
};

/* The calling thread's current context, validated: CUDA_ERROR_INVALID_CONTEXT if
 * there is none or it was destroyed; a primary context reset while retained is
 * re-activated (which may fail with CUDA_ERROR_OUT_OF_MEMORY). Unless allow_sticky,
 * a context whose kernel faulted answers its sticky error. Lock held. */
CUresult fake__ctx_current(struct fake__ctx **out, int allow_sticky);
/* The same checks for an explicit handle (NULL = current). Lock held. */
CUresult fake__ctx_resolve(CUcontext h, struct fake__ctx **out, int allow_sticky);
/* Drops a reference taken by a stream; frees a destroyed created context. Lock held. */
void fake__ctx_unref(struct fake__ctx *ctx);
/* Waits until every stream of ctx is idle. Lock held (released while waiting). */
void fake__ctx_wait_idle(struct fake__ctx *ctx);
/* Waits until every stream of every context on ordinal dev is idle. Lock held. */
void fake__device_wait_idle(int dev);

/* ---- memory (memory.c) ---- */

enum fake__mem_kind {
    FAKE__MEM_DEVICE = 1,     /* cuMemAlloc, cuMemAllocPitch, module globals */
    FAKE__MEM_MANAGED,        /* cuMemAllocManaged */
    FAKE__MEM_HOST,           /* cuMemAllocHost, cuMemHostAlloc: not charged */
    FAKE__MEM_REGISTERED,     /* cuMemHostRegister: the application's memory */
    FAKE__MEM_POOL,           /* a block of a memory pool in use */
    FAKE__MEM_VA,             /* a cuMemAddressReserve range (vmm.c) */
    FAKE__MEM_IPC,            /* cuIpcOpenMemHandle: another process's memory, not charged */
};

struct fake__va;

struct fake__alloc {
    uintptr_t base;
    size_t size;                     /* what the application asked for */
    size_t map_len;                  /* what we mmap'ed (0: not ours) */
    uint64_t charged;                /* bytes charged to the device */
    enum fake__mem_kind kind;
    int dev;
    struct fake__ctx *ctx;           /* owning context, NULL for pool blocks and VA */
    struct fake__pool *pool;
    struct fake__va *va;
    unsigned flags;                  /* host alloc / register / managed flags */
    unsigned long long id;
    struct fake__alloc *next;        /* pool free lists */
};

/* Maps `len` bytes of zero-filled memory that costs nothing until touched
 * (MAP_NORESERVE); low != 0 asks for an address below 4 GiB (legacy 32-bit API).
 * Returns NULL on failure. */
void *fake__map(size_t len, int low);
/* Adds a to the allocation table. Lock held. CUDA_ERROR_OUT_OF_MEMORY on failure. */
CUresult fake__mem_insert(struct fake__alloc *a);
/* Removes a from the table. Lock held. */
void fake__mem_remove(struct fake__alloc *a);
/* The table entry containing address p, or NULL. Lock held. */
struct fake__alloc *fake__mem_find(uintptr_t p);
/* CUDA_SUCCESS if [p, p+n) lies in memory the simulated GPU may read (write != 0:
 * write), CUDA_ERROR_INVALID_VALUE otherwise. *kind_out (may be NULL) gets its kind.
 * Lock held. */
CUresult fake__mem_check(uintptr_t p, size_t n, int write, enum fake__mem_kind *kind_out);
/* Releases an allocation completely: unmaps, uncharges, frees a. Lock held. */
void fake__mem_destroy(struct fake__alloc *a);
/* Frees every allocation owned by ctx. Lock held. */
void fake__mem_free_ctx(struct fake__ctx *ctx);
/* Allocates `size` bytes of device memory in ctx (kind DEVICE or MANAGED). Lock held. */
CUresult fake__mem_alloc(struct fake__ctx *ctx, size_t size, enum fake__mem_kind kind,
                         unsigned flags, int low, uintptr_t *out);
/* Frees the allocation starting at p (cuMemFree semantics). Lock held. */
CUresult fake__mem_free(uintptr_t p);

/* ---- CUDA arrays (array.c) ---- */

/* Destroys a CUDA array or mipmapped array with its context (kind ARRAY or MIPMAP):
 * uncharges its memory and drops handle h. Lock held. */
void fake__array_destroy(enum fake__kind kind, void *obj, uint64_t h);

/* ---- virtual memory (vmm.c) ---- */

/* CUDA_SUCCESS if [p, p+n) of reservation a is mapped with the needed access. Lock
 * held. */
CUresult fake__va_check(struct fake__alloc *a, uintptr_t p, size_t n, int write);
/* The mapping of a reservation containing p: its start and size. Returns 0 if p is
 * not mapped. Lock held. */
int fake__va_mapping(struct fake__alloc *a, uintptr_t p, uintptr_t *base, size_t *size);

/* ---- memory pools (pool.c) ---- */

/* The CUmemoryPool handle of a pool. */
CUmemoryPool fake__pool_handle(struct fake__pool *p);
/* Returns a pool block to its pool after cuMemFree / cuMemFreeAsync. Lock held. */
void fake__pool_put(struct fake__alloc *a);
/* Releases, on ordinal dev, pool memory above each pool's release threshold (what a
 * synchronization does). dev < 0: every device. Lock held. */
void fake__pool_trim_device(int dev);

/* ---- streams (stream.c) ---- */

enum fake__op_kind {
    FAKE__OP_NOP = 0,         /* only waits for its dependencies */
    FAKE__OP_KERNEL,
    FAKE__OP_COPY,
    FAKE__OP_COPY2D,
    FAKE__OP_MEMSET,
    FAKE__OP_HOST_FN,
    FAKE__OP_CALLBACK,
    FAKE__OP_EVENT,
    FAKE__OP_FREE,
    FAKE__OP_WRITE_VALUE,
    FAKE__OP_WAIT_VALUE,
};

struct fake__kernel_def;
struct fake__event;

struct fake__dep {
    struct fake__stream *stream;
    uint64_t seq;
};

#define FAKE__ARGS_MAX 64

struct fake__op {
    struct fake__op *next;
    enum fake__op_kind kind;
    uint64_t seq;
    int ndeps;
    struct fake__dep *deps;
    union {
        struct {
            const struct fake__kernel_def *def;
            unsigned char args[FAKE__ARGS_MAX];
        } kernel;
        struct {
            void *dst;
            const void *src;
            size_t n;
        } copy;
        struct {
            unsigned char *dst;
            const unsigned char *src;
            size_t dpitch, spitch, width, height;
        } copy2d;
        struct {
            unsigned char *dst;
            size_t pitch, width, height;  /* width in elements */
            unsigned elem;                /* 1, 2 or 4 bytes */
            uint32_t value;
        } memset;
        struct {
            CUhostFn fn;
            void *data;
        } host;
        struct {
            CUstreamCallback fn;
            void *data;
            CUstream handle;
        } callback;
        struct {
            struct fake__event *event;
            uint64_t gen;
        } event;
        struct {
            struct fake__alloc *alloc;
        } free;
        struct {
            uintptr_t addr;
            uint64_t value;
            unsigned flags;
            int is64;
        } value;
    } u;
};

struct fake__stream {
    CUstream handle;                 /* 0 for a NULL stream */
    struct fake__ctx *ctx;
    unsigned flags;
    int priority;
    int is_null;
    int destroyed;                   /* no new work; the worker exits when drained */
    int refs;                        /* handle + worker + dependencies + events */
    unsigned long long id;
    uint64_t submitted, completed;   /* sequence numbers */
    struct fake__op *head, *tail;
    pthread_cond_t work;             /* signalled on new work or destruction */
    int worker;                      /* a worker thread runs */
    struct fake__stream *next_in_ctx;
    struct fake__graph *capture;     /* being captured into this graph (graph.c); NULL: not */
    unsigned long long capture_id;
};

/* ---- graphs (graph.c) ---- */

/* A captured graph, or an instantiated one: its operations in order. */
struct fake__graph {
    struct fake__op *head, *tail;
    size_t count;
    struct fake__ctx *ctx;
};
/* Takes `op` into the graph `s` is being captured into (kernels, copies, memsets, host
 * functions; other work answers CUDA_ERROR_STREAM_CAPTURE_UNSUPPORTED). op is the graph's
 * or freed. Lock held. */
CUresult fake__graph_capture(struct fake__stream *s, struct fake__op *op);
/* Frees a graph and its operations (its context is going). Lock held. */
void fake__graph_free(struct fake__graph *g);

/* Whether the calling thread is a stream worker (running a host function or stream
 * callback, from which blocking calls answer CUDA_ERROR_NOT_PERMITTED). */
int fake__in_worker(void);
/* A new operation (zeroed) of `kind`, or NULL when out of memory. */
struct fake__op *fake__op_new(enum fake__op_kind kind);
/* Frees an operation that was never submitted. Lock held. */
void fake__op_free(struct fake__op *op);
/* Resolves a stream argument: NULL, CU_STREAM_LEGACY and CU_STREAM_PER_THREAD name the
 * current context's NULL stream. Errors: CUDA_ERROR_INVALID_CONTEXT (no usable
 * context), CUDA_ERROR_INVALID_HANDLE (unknown stream), the context's sticky error.
 * Lock held. */
CUresult fake__stream_resolve(CUstream h, struct fake__stream **out);
/* Queues op on s (taking ownership of op). Adds the legacy-stream dependencies and
 * starts the worker if needed. Returns CUDA_SUCCESS or an error (op freed). Lock
 * held. */
CUresult fake__submit(struct fake__stream *s, struct fake__op *op);
/* Adds a dependency of op on (s, seq). Lock held. */
CUresult fake__op_add_dep(struct fake__op *op, struct fake__stream *s, uint64_t seq);
/* Waits until s completed seq. Lock held; CUDA_ERROR_NOT_PERMITTED from a worker. */
CUresult fake__stream_wait(struct fake__stream *s, uint64_t seq);
/* Queues op on s and waits for it: the synchronous copy/memset calls. Returns the
 * context's sticky error if the work failed. Lock held. */
CUresult fake__submit_sync(struct fake__stream *s, struct fake__op *op);
/* Creates the NULL stream of ctx. Lock held. */
CUresult fake__stream_create_null(struct fake__ctx *ctx);
/* Marks s destroyed (handle dropped, worker exits when drained). Lock held. */
void fake__stream_destroy(struct fake__stream *s);
/* Reference counting of stream structs. Lock held. */
void fake__stream_ref(struct fake__stream *s);
void fake__stream_unref(struct fake__stream *s);

/* ---- events (event.c) ---- */

struct fake__event {
    CUevent handle;
    struct fake__ctx *ctx;
    unsigned flags;
    int refs;                        /* handle + pending record operations */
    struct fake__stream *stream;     /* stream of the last record (referenced) */
    uint64_t seq;                    /* its operation's sequence number */
    uint64_t gen, done_gen;          /* records issued / completed */
    uint64_t done_ns;                /* completion time of record done_gen */
};

/* Runs a record operation's effect (worker). Lock held. */
void fake__event_complete(struct fake__event *e, uint64_t gen);
/* Drops a reference; frees the event at zero. Lock held. */
void fake__event_unref(struct fake__event *e);
/* Destroys an event (handle dropped). Lock held. */
void fake__event_destroy(struct fake__event *e);

/* ---- modules and kernels (module.c, kernel.c) ---- */

#define FAKE__PARAMS_MAX 8

struct fake__kernel_def {
    const char *name;
    int nparams;
    size_t param_size[FAKE__PARAMS_MAX];
    /* The kernel's body (kernel.c), run by fake__kernel_exec. */
    CUresult (*run)(int dev, const unsigned char *args);
    int self_timed;                  /* run() adds its own busy time as it goes */
};

/* Runs a kernel on ordinal dev with its packed args: holds the device's exec mutex
 * (one kernel at a time), counts its time as device busy time, and returns
 * CUDA_SUCCESS or the error it raises (which becomes the context's sticky error).
 * Called by a worker without the lock. */
CUresult fake__kernel_exec(const struct fake__kernel_def *def, int dev, const unsigned char *args);

/* The built-in kernel called name, or NULL. */
const struct fake__kernel_def *fake__kernel_find(const char *name);
/* Offset of parameter i in the packed argument buffer (natural alignment). */
size_t fake__kernel_param_offset(const struct fake__kernel_def *def, int i);
/* Size of the packed argument buffer. */
size_t fake__kernel_args_size(const struct fake__kernel_def *def);

struct fake__module;

struct fake__func {
    uint64_t handle;                 /* CUfunction, or CUkernel for a library */
    struct fake__module *module;
    char name[64];
    const struct fake__kernel_def *def;
    int max_dynamic_shared;
};

/* The function behind a CUfunction or (cast) CUkernel handle, or NULL. Lock held. */
struct fake__func *fake__func_get(CUfunction f);
/* The context of fn's module, NULL for a library kernel. Lock held. */
struct fake__ctx *fake__func_ctx(const struct fake__func *fn);
/* Unloads a module or library (handles dropped, globals freed). Lock held. */
void fake__module_unload(struct fake__module *m);

/* ---- generated tables ---- */

extern void *const fake__cuda_fns[QUANTA_CUDA_FN_COUNT];

#endif
