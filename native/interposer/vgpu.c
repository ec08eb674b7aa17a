/*
 * vgpu.c - this process's membership in a vGPU, and its memory accounting.
 *
 * `quanta run --mem` gives the program QUANTA_SOCKET and QUANTA_TOKEN; they are read
 * when libquanta loads (before the program's own code runs). At the first allocation
 * the process registers with the daemon (hello with its pid and the token), maps the
 * vGPU's segment the answer names and takes a slot; from then on reservations touch
 * only the segment (native/common/vgpu_segment.c). The connection stays open: its
 * closing tells the daemon the process is gone. A child after fork() registers anew.
 * If the daemon cannot be reached, device memory is refused (with one log line): a
 * program started in a vGPU never runs without its limits. Processes not started in a
 * vGPU pay one branch per allocation.
 */
#define _GNU_SOURCE
#include "vgpu.h"
#include "gate.h"

#include <errno.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>

#include "libs.h"
#include "log.h"
#include "vgpu_segment.h"

#define MAX_DEVICES 64

static char sock_path[sizeof(((struct sockaddr_un *)0)->sun_path)];
static char token[40];

static pthread_mutex_t reg_lock = PTHREAD_MUTEX_INITIALIZER;
static int conn_fd = -1;
static int slices;
static char slice_uuid[QUANTA_SEG_MAX_GPUS][QUANTA_SEG_UUID_LEN];
static signed char dev_slice[MAX_DEVICES]; /* device ordinal -> slice + 1; 0 unknown */
/* What every reservation reads, in one cache line: an allocation runs right after the
 * driver's own work has evicted much of the cache, and each line missed costs more than
 * the rest of the hook. */
/* 16 bytes, so that an entry never straddles two cache lines: the size in the high 56
 * bits (up to 64 PiB), the vGPU slice in the low 8. */
struct alloc {
    uint64_t key;
    uint64_t size_slice;
};
struct table {
    struct alloc *slots;
    size_t cap, len;
};

static struct {
    int in_vgpu;            /* set at load: this process was started in a vGPU */
    int registered;         /* 0: not yet, 1: yes, -1: failed (refuse) */
    int slot;               /* our slot in the segment, -1 before registration */
    /* Set at registration when the vGPU has one GPU and the process sees exactly that
     * one: every context is then on slice 0, and a reservation needs no cuCtxGetDevice. */
    int only_slice;
    struct quanta_seg *seg;
    char tables_busy;       /* the allocation tables' spinlock; also guards `credit` */
    struct table pointers;  /* device pointer -> size and slice */
    uint64_t credit;        /* reserved in the segment, not yet handed out (see below) */
} hot __attribute__((aligned(64))) = {.slot = -1};
_Static_assert(sizeof hot <= 64, "the hot state must fit one cache line");

static void forget_registration_in_child(void)
{
    if (conn_fd >= 0)
        close(conn_fd); /* the parent's connection stays open in the parent */
    conn_fd = -1;
    hot.registered = 0;
    hot.slot = -1;
    hot.only_slice = 0;
    hot.credit = 0; /* the parent's slot holds it */
    quanta__gate_forget_in_child();
    __atomic_clear(&hot.tables_busy, __ATOMIC_RELAXED); /* its holder may not exist here */
    pthread_mutex_init(&reg_lock, NULL);
}

__attribute__((constructor)) static void vgpu_init(void)
{
    int saved = errno;
    const char *s = getenv("QUANTA_SOCKET"), *t = getenv("QUANTA_TOKEN");
    if (s && t && strlen(s) < sizeof sock_path && strlen(t) < sizeof token) {
        strcpy(sock_path, s);
        strcpy(token, t);
        hot.in_vgpu = 1;
        (void)pthread_atfork(NULL, NULL, forget_registration_in_child);
    }
    errno = saved;
}

/* Copies the JSON string value after `key` in `json` (no escapes in our values). */
static const char *json_string_after(const char *json, const char *key, char *out, size_t size)
{
    const char *p = strstr(json, key);
    if (p == NULL)
        return NULL;
    p += strlen(key);
    const char *end = strchr(p, '"');
    if (end == NULL || (size_t)(end - p) >= size)
        return NULL;
    memcpy(out, p, (size_t)(end - p));
    out[end - p] = '\0';
    return end;
}

/* One hello exchange. Returns 0 and fills the registration (or, when `again`, only
 * renews the connection of an existing one), or -1 with *why set. */
static int hello(int again, const char **why)
{
    int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    struct sockaddr_un addr = {.sun_family = AF_UNIX};
    strcpy(addr.sun_path, sock_path);
    if (fd < 0 || connect(fd, (struct sockaddr *)&addr, sizeof addr) != 0) {
        *why = "cannot connect";
        if (fd >= 0)
            close(fd);
        return -1;
    }
    char req[160], buf[4096];
    int n = snprintf(req, sizeof req, "{\"v\":1,\"id\":1,\"op\":\"hello\",\"pid\":%d,\"token\":\"%s\"}\n", (int)getpid(), token);
    size_t got = 0;
    if (send(fd, req, (size_t)n, MSG_NOSIGNAL) != n) { /* no SIGPIPE if the daemon just went */
        *why = "cannot write";
        close(fd);
        return -1;
    }
    while (got < sizeof buf - 1 && memchr(buf, '\n', got) == NULL) {
        struct pollfd pfd = {.fd = fd, .events = POLLIN};
        if (poll(&pfd, 1, 5000) <= 0) {
            *why = "no answer";
            close(fd);
            return -1;
        }
        ssize_t r = read(fd, buf + got, sizeof buf - 1 - got);
        if (r <= 0) {
            *why = "connection closed";
            close(fd);
            return -1;
        }
        got += (size_t)r;
    }
    buf[got] = '\0';
    char path[512];
    if (strstr(buf, "\"ok\":true") == NULL || json_string_after(buf, "\"segment\":\"", path, sizeof path) == NULL) {
        *why = "refused (is the token from this daemon?)";
        close(fd);
        return -1;
    }
    if (again) { /* same vGPU, segment and slot: only the connection is new */
        __atomic_store_n(&conn_fd, fd, __ATOMIC_RELEASE);
        return 0;
    }
    int count = 0;
    for (const char *p = strstr(buf, "\"gpus\":"); p && count < QUANTA_SEG_MAX_GPUS;) {
        p = json_string_after(p, "\"uuid\":\"", slice_uuid[count], QUANTA_SEG_UUID_LEN);
        if (p)
            count++;
    }
    if (hot.seg == NULL && quanta__seg_open(path, &hot.seg) != 0) {
        *why = "cannot map the vGPU's segment";
        close(fd);
        return -1;
    }
    hot.slot = quanta__seg_join(hot.seg, getpid());
    if (hot.slot < 0) {
        *why = "the vGPU has no free process slot";
        close(fd);
        return -1;
    }
    slices = count;
    memset(dev_slice, 0, sizeof dev_slice);
    conn_fd = fd;
    return 0;
}

/* The watcher: a thread that waits on the daemon connection and, when the daemon goes
 * away (an upgrade, a crash), reconnects with backoff and says hello again, so that the
 * new daemon again learns of this process's end the moment it happens. Reservations
 * never wait for it: they need only the segment. */
static void *watch_connection(void *unused)
{
    (void)unused;
    for (;;) {
        int fd = __atomic_load_n(&conn_fd, __ATOMIC_ACQUIRE);
        struct pollfd pfd = {.fd = fd, .events = POLLIN};
        char sink[256];
        if (poll(&pfd, 1, -1) < 0 || (pfd.revents & (POLLIN | POLLHUP | POLLERR)) == 0)
            continue;
        if ((pfd.revents & POLLIN) && read(fd, sink, sizeof sink) > 0)
            continue; /* the daemon says nothing unasked; ignore anything it sends */
        close(fd);
        quanta__log("lost the Quanta daemon at %s; allocations go on within the quota, reconnecting", sock_path);
        const char *why = NULL;
        for (long delay_ms = 100; hello(1, &why) != 0; delay_ms = delay_ms < 2000 ? delay_ms * 2 : 2000)
            nanosleep(&(struct timespec){delay_ms / 1000, (delay_ms % 1000) * 1000000L}, NULL);
        quanta__log("reconnected to the Quanta daemon at %s", sock_path);
    }
    return NULL;
}

static void start_watcher(void)
{
    pthread_t t;
    pthread_attr_t attr;
    sigset_t all, old;
    sigfillset(&all);
    /* The thread must never take the application's signals: block them all in it. */
    pthread_sigmask(SIG_SETMASK, &all, &old);
    if (pthread_attr_init(&attr) == 0) {
        pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
        if (pthread_create(&t, &attr, watch_connection, NULL) == 0)
            pthread_setname_np(t, "quanta-watch");
        else
            quanta__log("cannot start the daemon watcher; a restarted daemon will notice this process's end by its sweep");
        pthread_attr_destroy(&attr);
    }
    pthread_sigmask(SIG_SETMASK, &old, NULL);
}

static int slice_of(CUdevice dev);

/* Registers once; the daemon may be restarting, so retry for a bounded time. */
static int ensure_registered(void)
{
    if (__atomic_load_n(&hot.registered, __ATOMIC_ACQUIRE) != 0)
        return hot.registered;
    pthread_mutex_lock(&reg_lock);
    if (hot.registered == 0) {
        const char *why = "unknown";
        int ok = -1;
        for (int attempt = 0; attempt < 50 && ok != 0; attempt++) { /* about 5 s */
            ok = hello(0, &why);
            if (ok != 0)
                nanosleep(&(struct timespec){0, 100 * 1000 * 1000}, NULL);
        }
        if (ok != 0)
            quanta__log("cannot register with the Quanta daemon at %s (%s): refusing device memory, "
                        "so that the program does not run without its limits", sock_path, why);
        if (ok == 0) {
            quanta_cuda_pfn_cuDeviceGetCount count =
                (quanta_cuda_pfn_cuDeviceGetCount)quanta__resolve(&quanta__cuda_lib, QUANTA_CUDA_cuDeviceGetCount);
            int n = 0;
            hot.only_slice = slices == 1 && count != NULL && count(&n) == CUDA_SUCCESS && n == 1 && slice_of(0) == 0;
        }
        if (ok == 0) {
            char dir[sizeof sock_path];
            strcpy(dir, sock_path);
            char *slash = strrchr(dir, '/');
            if (slash != NULL) {
                *slash = '\0';
                quanta__gate_attach(dir, hot.seg, slices, (const char (*)[QUANTA_SEG_UUID_LEN])slice_uuid, hot.only_slice);
            }
        }
        __atomic_store_n(&hot.registered, ok == 0 ? 1 : -1, __ATOMIC_RELEASE);
        if (ok == 0)
            start_watcher();
    }
    pthread_mutex_unlock(&reg_lock);
    return hot.registered;
}

/* The vGPU slice of device `dev`, or -1 if the vGPU does not have it. */
static int slice_of(CUdevice dev)
{
    if (dev >= 0 && dev < MAX_DEVICES && dev_slice[dev] > 0)
        return dev_slice[dev] - 1;
    quanta_cuda_pfn_cuDeviceGetUuid_v2 get_uuid =
        (quanta_cuda_pfn_cuDeviceGetUuid_v2)quanta__resolve(&quanta__cuda_lib, QUANTA_CUDA_cuDeviceGetUuid_v2);
    CUuuid u;
    if (get_uuid == NULL || get_uuid(&u, dev) != CUDA_SUCCESS)
        return -1;
    const unsigned char *b = (const unsigned char *)u.bytes;
    char text[QUANTA_SEG_UUID_LEN];
    snprintf(text, sizeof text, "GPU-%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x", b[0], b[1],
             b[2], b[3], b[4], b[5], b[6], b[7], b[8], b[9], b[10], b[11], b[12], b[13], b[14], b[15]);
    for (int i = 0; i < slices; i++)
        if (strcmp(text, slice_uuid[i]) == 0) {
            if (dev >= 0 && dev < MAX_DEVICES)
                dev_slice[dev] = (signed char)(i + 1);
            return i;
        }
    return -1;
}

/* A spinlock in the hot line, not a mutex in a line of its own: held for a few dozen
 * instructions, taken twice per allocate+free pair. */
static void tables_lock(void)
{
    while (__atomic_test_and_set(&hot.tables_busy, __ATOMIC_ACQUIRE))
        sched_yield();
}

static void tables_unlock(void)
{
    __atomic_clear(&hot.tables_busy, __ATOMIC_RELEASE);
}

/* Small allocations draw on a credit: quota this process has reserved in the segment in
 * CREDIT_CHUNK pieces and not yet handed out. An allocation of a few KiB then touches
 * only this process's hot line, not the shared segment's lock and counters (on the H100
 * the segment's share was a third of what Quanta added to a 4 KiB cuMemAlloc+cuMemFree).
 * The cost: up to 2 * CREDIT_CHUNK of a vGPU's quota may sit reserved, unused, in one
 * process; near the quota the credit falls back to exact reservations, so a process can
 * still use the last bytes. (The driver itself takes 2 MiB pages for small allocations.)
 * Only in the one-slice case (hot.only_slice), where every reservation is on slice 0. */
#define SMALL_MAX (64u << 10)
#define CREDIT_CHUNK (2u << 20)

/* Takes `bytes` (<= SMALL_MAX) from the credit, refilling it from the segment. */
static int take_credit(uint64_t bytes)
{
    int rc = 0;
    tables_lock();
    if (hot.credit < bytes) {
        if (quanta__seg_reserve(hot.seg, hot.slot, 0, CREDIT_CHUNK) == 0)
            hot.credit += CREDIT_CHUNK;
        else if (quanta__seg_reserve(hot.seg, hot.slot, 0, bytes) == 0)
            hot.credit += bytes; /* near the quota: exactly what is asked */
        else
            rc = -1;
    }
    if (rc == 0)
        hot.credit -= bytes;
    tables_unlock();
    return rc;
}

/* Called with the tables locked, for `bytes` returning on slice `gpu`: small amounts go
 * to the credit. Returns what must go back to the segment (the credit keeps at most
 * 2 * CREDIT_CHUNK, and after a give-back CREDIT_CHUNK, so that alternating allocations
 * and frees do not bounce chunks). */
static uint64_t keep_as_credit(int gpu, uint64_t bytes)
{
    if (!hot.only_slice || gpu != 0 || bytes > SMALL_MAX)
        return bytes;
    hot.credit += bytes;
    if (hot.credit <= 2 * CREDIT_CHUNK)
        return 0;
    uint64_t back = hot.credit - CREDIT_CHUNK;
    hot.credit = CREDIT_CHUNK;
    return back;
}

/* The vGPU's quota and usage on `slice` as this process sees them: its own unused credit
 * is memory it can still allocate, so it does not count as used here. */
static void usage_seen_here(int slice, uint64_t *quota, uint64_t *used)
{
    quanta__seg_usage(hot.seg, slice, quota, used);
    uint64_t credit = slice == 0 && hot.only_slice ? __atomic_load_n(&hot.credit, __ATOMIC_RELAXED) : 0;
    *used = *used > credit ? *used - credit : 0;
}

int quanta__vgpu_current_slice(void)
{
    CUdevice dev;
    quanta_cuda_pfn_cuCtxGetDevice get_dev =
        (quanta_cuda_pfn_cuCtxGetDevice)quanta__resolve(&quanta__cuda_lib, QUANTA_CUDA_cuCtxGetDevice);
    return get_dev != NULL && get_dev(&dev) == CUDA_SUCCESS ? slice_of(dev) : -1;
}

void quanta__vgpu_poke(void)
{
    static const char wake[] = "{\"v\":1,\"id\":0,\"op\":\"wake\"}\n";
    int fd = __atomic_load_n(&conn_fd, __ATOMIC_ACQUIRE);
    if (fd >= 0) /* best effort: the daemon also decides on its own tick */
        (void)send(fd, wake, sizeof wake - 1, MSG_NOSIGNAL | MSG_DONTWAIT);
}

int quanta__vgpu_active(void)
{
    return hot.in_vgpu;
}

static enum quanta__vgpu_answer reserve_on_once(CUdevice dev, uint64_t bytes, int *gpu)
{
    if (!hot.in_vgpu)
        return QUANTA__VGPU_NONE;
    int saved = errno;
    enum quanta__vgpu_answer answer = QUANTA__VGPU_REFUSED;
    if (ensure_registered() == 1) {
        int s = slice_of(dev);
        if (s < 0)
            quanta__log("device %d is not part of this process's vGPU: refusing its memory", (int)dev);
        else if (quanta__seg_reserve(hot.seg, hot.slot, s, bytes) == 0) {
            *gpu = s;
            answer = QUANTA__VGPU_OK;
        }
    }
    errno = saved;
    return answer;
}

static enum quanta__vgpu_answer reserve_once(uint64_t bytes, int *gpu)
{
    if (!hot.in_vgpu)
        return QUANTA__VGPU_NONE;
    if (__atomic_load_n(&hot.registered, __ATOMIC_ACQUIRE) == 1 && hot.only_slice) {
        /* The common case: no system call, so errno needs no keeping. Without a current
         * context the driver refuses the call and the caller gives the reservation back. */
        if (bytes <= SMALL_MAX ? take_credit(bytes) != 0 : quanta__seg_reserve(hot.seg, hot.slot, 0, bytes) != 0)
            return QUANTA__VGPU_REFUSED;
        *gpu = 0;
        return QUANTA__VGPU_OK;
    }
    int saved = errno;
    CUdevice dev;
    quanta_cuda_pfn_cuCtxGetDevice get_dev =
        (quanta_cuda_pfn_cuCtxGetDevice)quanta__resolve(&quanta__cuda_lib, QUANTA_CUDA_cuCtxGetDevice);
    int have_dev = get_dev != NULL && get_dev(&dev) == CUDA_SUCCESS;
    errno = saved;
    /* No context: pass through, the driver itself will refuse the call. */
    return have_dev ? reserve_on_once(dev, bytes, gpu) : QUANTA__VGPU_NONE;
}

/* A refused reservation may be refused only because a memory pool's account still holds
 * what the driver released at a synchronisation: bring the pools' accounts up to date
 * and ask once more (pool_hooks.c). Only refusals pay for it. */
enum quanta__vgpu_answer quanta__vgpu_reserve_on(CUdevice dev, uint64_t bytes, int *gpu)
{
    enum quanta__vgpu_answer a = reserve_on_once(dev, bytes, gpu);
    return a == QUANTA__VGPU_REFUSED && quanta__pools_refresh() ? reserve_on_once(dev, bytes, gpu) : a;
}

enum quanta__vgpu_answer quanta__vgpu_reserve(uint64_t bytes, int *gpu)
{
    enum quanta__vgpu_answer a = reserve_once(bytes, gpu);
    return a == QUANTA__VGPU_REFUSED && quanta__pools_refresh() ? reserve_once(bytes, gpu) : a;
}

void quanta__vgpu_release(int gpu, uint64_t bytes)
{
    tables_lock();
    uint64_t back = keep_as_credit(gpu, bytes);
    tables_unlock();
    if (back > 0 && hot.seg != NULL && hot.slot >= 0)
        quanta__seg_release(hot.seg, hot.slot, gpu, back);
}

void quanta__vgpu_charge(int gpu, uint64_t bytes)
{
    if (hot.seg != NULL && hot.slot >= 0)
        quanta__seg_charge(hot.seg, hot.slot, gpu, bytes);
}

int quanta__vgpu_limits_uuid(const char *uuid, uint64_t *quota, uint64_t *used)
{
    if (!hot.in_vgpu)
        return -1;
    int saved = errno, rc = -1;
    if (ensure_registered() == 1)
        for (int i = 0; i < slices && rc < 0; i++)
            if (strcmp(uuid, slice_uuid[i]) == 0) {
                usage_seen_here(i, quota, used);
                rc = 0;
            }
    errno = saved;
    return rc;
}

uint64_t quanta__vgpu_context_bytes(CUdevice dev)
{
    if (!hot.in_vgpu)
        return 0;
    int saved = errno;
    uint64_t bytes = 0;
    if (ensure_registered() == 1) {
        int s = slice_of(dev);
        if (s >= 0)
            bytes = quanta__seg_context_bytes(hot.seg, s);
    }
    errno = saved;
    return bytes;
}

int quanta__vgpu_limits(CUdevice dev, uint64_t *quota, uint64_t *used)
{
    if (!hot.in_vgpu)
        return -1;
    int saved = errno, rc = -1;
    if (ensure_registered() == 1) {
        int s = slice_of(dev);
        if (s >= 0) {
            usage_seen_here(s, quota, used);
            rc = 0;
        }
    }
    errno = saved;
    return rc;
}

void quanta__vgpu_export(uint64_t key)
{
    int saved = errno;
    if (hot.in_vgpu && ensure_registered() == 1)
        quanta__seg_export(hot.seg, getpid(), key);
    errno = saved;
}

int quanta__vgpu_exported_here(uint64_t key)
{
    int saved = errno;
    int here = hot.in_vgpu && ensure_registered() == 1 && quanta__seg_exported(hot.seg, key);
    errno = saved;
    return here;
}

/* Allocations: key (device pointer, VMM handle, array, context) -> size and slice, so
 * that a free knows what to give back. One open-addressing table per kind of key; the
 * device pointers' table (the hot one) lives in `hot`, the others here. */
static struct table cold_tables[QUANTA__VGPU_KINDS];

static struct table *table_of(enum quanta__vgpu_kind kind)
{
    return kind == QUANTA__VGPU_POINTER ? &hot.pointers : &cold_tables[kind];
}

/* Fibonacci hashing: the product's HIGH bits, which depend on every bit of the key.
 * (Its low bits depend only on the key's low bits, and device pointers are 512-byte to
 * 2 MiB aligned: taking those put every 2 MiB allocation in one probe chain, measured
 * on the H100 as microseconds per allocation.) cap is a power of two >= 2. */
static size_t hash_key(uint64_t k, size_t cap)
{
    return (size_t)((k * 0x9E3779B97F4A7C15ull) >> (64 - __builtin_ctzll((unsigned long long)cap)));
}

static void insert(struct alloc *slots, size_t cap, struct alloc a)
{
    size_t i = hash_key(a.key, cap);
    while (slots[i].key != 0)
        i = (i + 1) & (cap - 1);
    slots[i] = a;
}

void quanta__vgpu_track(enum quanta__vgpu_kind kind, uint64_t key, uint64_t bytes, int gpu)
{
    struct table *t = table_of(kind);
    tables_lock();
    if ((t->len + 1) * 10 >= t->cap * 7) {
        int saved = errno; /* growing calls the allocator: the only place errno can change */
        size_t cap = t->cap ? t->cap * 2 : 1024;
        struct alloc *grown = calloc(cap, sizeof *grown);
        if (grown == NULL) {
            quanta__log("out of host memory tracking an allocation; its quota will not be given back");
            tables_unlock();
            errno = saved;
            return;
        }
        for (size_t i = 0; i < t->cap; i++)
            if (t->slots[i].key != 0)
                insert(grown, cap, t->slots[i]);
        free(t->slots);
        t->slots = grown;
        t->cap = cap;
        errno = saved;
    }
    if (key != 0) {
        insert(t->slots, t->cap, (struct alloc){key, bytes << 8 | (uint64_t)(gpu & 0xff)});
        t->len++;
    }
    tables_unlock();
}

/* Forgets allocation `key` of table t, returning its size and slice; -1 if unknown.
 * Called with the tables locked. */
static int untrack_locked(struct table *t, uint64_t key, uint64_t *bytes, int *gpu)
{
    int rc = -1;
    if (t->cap > 0 && key != 0) {
        size_t i = hash_key(key, t->cap);
        while (t->slots[i].key != 0 && t->slots[i].key != key)
            i = (i + 1) & (t->cap - 1);
        if (t->slots[i].key == key) {
            *bytes = t->slots[i].size_slice >> 8;
            *gpu = (int)(t->slots[i].size_slice & 0xff);
            /* Re-insert the rest of the cluster so that lookups past this slot still work. */
            t->slots[i].key = 0;
            t->len--;
            for (size_t j = (i + 1) & (t->cap - 1); t->slots[j].key != 0; j = (j + 1) & (t->cap - 1)) {
                struct alloc a = t->slots[j];
                t->slots[j].key = 0;
                insert(t->slots, t->cap, a);
            }
            rc = 0;
        }
    }
    return rc;
}

CUresult quanta__vgpu_settle(enum quanta__vgpu_answer a, CUresult rc, enum quanta__vgpu_kind kind, uint64_t key,
                             uint64_t bytes, int gpu)
{
    if (a == QUANTA__VGPU_OK) {
        if (rc == CUDA_SUCCESS)
            quanta__vgpu_track(kind, key, bytes, gpu);
        else
            quanta__vgpu_release(gpu, bytes);
    }
    return rc;
}

void quanta__vgpu_forget(enum quanta__vgpu_kind kind, uint64_t key)
{
    uint64_t bytes, back = 0;
    int gpu;
    if (!hot.in_vgpu)
        return;
    tables_lock(); /* once for both the table and the credit: a free is on the hot path */
    if (untrack_locked(table_of(kind), key, &bytes, &gpu) == 0)
        back = keep_as_credit(gpu, bytes);
    tables_unlock();
    if (back > 0 && hot.seg != NULL && hot.slot >= 0)
        quanta__seg_release(hot.seg, hot.slot, gpu, back);
}
