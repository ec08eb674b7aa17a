/*
 * vgpu_segment.c - reservations against a vGPU's shared segment (see vgpu_segment.h).
 *
 * The lock is a pid in a 32-bit word: compare-and-swap to take it; a waiter that has
 * spun a while checks whether the owner still lives and, if not, takes the lock over,
 * so a process killed in the middle of a reservation cannot wedge its vGPU. Slots of
 * dead processes are reclaimed only when a reservation would otherwise fail, so the
 * common path makes no system call. errno is preserved by every function.
 */
#include "vgpu_segment.h"

#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

/* Whether `pid` runs. A zombie does not: it holds nothing, and its parent may never
 * reap it. Only called on slow paths (a lock held too long, a reservation that fails). */
static int alive(pid_t pid)
{
    if (pid <= 0)
        return 0;
    char path[40], buf[512];
    snprintf(path, sizeof path, "/proc/%d/stat", (int)pid);
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd >= 0) {
        ssize_t n = read(fd, buf, sizeof buf - 1);
        close(fd);
        buf[n > 0 ? n : 0] = '\0';
        const char *paren = strrchr(buf, ')');
        return !(paren && paren[1] == ' ' && (paren[2] == 'Z' || paren[2] == 'X'));
    }
    return kill(pid, 0) == 0 || errno == EPERM;
}

/* Takes the lock for process `me` (its pid: getpid() is a system call, so the hot path
 * passes the pid its slot already holds). */
static void lock(struct quanta_seg *seg, pid_t owner)
{
    uint32_t me = (uint32_t)owner;
    for (unsigned spins = 0;; spins++) {
        uint32_t owner = 0;
        if (__atomic_compare_exchange_n(&seg->lock, &owner, me, 0, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED))
            return;
        int saved = errno; /* only reached when the lock is taken: the slow path */
        if (spins > 0 && spins % 4096 == 0 && !alive((pid_t)owner)) {
            /* The owner died holding the lock: take it over from exactly that owner. */
            if (__atomic_compare_exchange_n(&seg->lock, &owner, me, 0, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED)) {
                errno = saved;
                return;
            }
        }
        if (spins % 64 == 63)
            sched_yield();
        errno = saved;
    }
}

static void unlock(struct quanta_seg *seg)
{
    __atomic_store_n(&seg->lock, 0, __ATOMIC_RELEASE);
}

static uint64_t quota_of(struct quanta_seg *seg, int gpu)
{
    for (;;) { /* the daemon writes quotas under a sequence count */
        uint64_t g1 = __atomic_load_n(&seg->generation, __ATOMIC_ACQUIRE);
        uint64_t q = __atomic_load_n(&seg->quota[gpu], __ATOMIC_RELAXED);
        uint64_t g2 = __atomic_load_n(&seg->generation, __ATOMIC_ACQUIRE);
        if (g1 == g2 && (g1 & 1) == 0)
            return q;
        sched_yield();
    }
}

/* The number of slots worth looking at: a hot-path sum must not touch all 256 slots'
 * cache lines (measured on the H100: ~0.9 us per reservation when it did). */
static int slots_in_use(struct quanta_seg *seg)
{
    uint32_t high = __atomic_load_n(&seg->slots_high, __ATOMIC_ACQUIRE);
    return high < QUANTA_SEG_SLOTS ? (int)high : QUANTA_SEG_SLOTS;
}

static uint64_t sum_used(struct quanta_seg *seg, int gpu)
{
    uint64_t sum = 0;
    for (int i = 0, n = slots_in_use(seg); i < n; i++)
        if (__atomic_load_n(&seg->slots[i].pid, __ATOMIC_RELAXED) != 0)
            sum += __atomic_load_n(&seg->slots[i].used[gpu], __ATOMIC_RELAXED);
    return sum;
}

/* Frees the slots of processes that are gone. Called with the lock held. */
static int reclaim_dead(struct quanta_seg *seg, int keep)
{
    int freed = 0;
    for (int i = 0; i < QUANTA_SEG_SLOTS; i++) {
        pid_t pid = __atomic_load_n(&seg->slots[i].pid, __ATOMIC_RELAXED);
        if (i != keep && pid != 0 && !alive(pid)) {
            memset(seg->slots[i].used, 0, sizeof seg->slots[i].used);
            __atomic_store_n(&seg->slots[i].pid, 0, __ATOMIC_RELEASE);
            freed++;
        }
    }
    return freed;
}

int quanta__seg_map(int fd, struct quanta_seg **out)
{
    int saved = errno, rc = 0;
    struct stat st;
    void *p = MAP_FAILED;
    if (fstat(fd, &st) != 0)
        rc = -errno;
    else if (!S_ISREG(st.st_mode) || (size_t)st.st_size < sizeof(struct quanta_seg))
        rc = -EINVAL;
    else if ((p = mmap(NULL, sizeof(struct quanta_seg), PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0)) == MAP_FAILED)
        rc = -errno;
    if (rc == 0) {
        struct quanta_seg *seg = p;
        if (seg->magic != QUANTA_SEG_MAGIC || seg->version != QUANTA_SEG_VERSION || seg->gpu_count > QUANTA_SEG_MAX_GPUS) {
            munmap(p, sizeof(struct quanta_seg));
            rc = -EINVAL;
        } else {
            *out = seg;
        }
    }
    errno = saved;
    return rc;
}

int quanta__seg_open(const char *path, struct quanta_seg **out)
{
    int saved = errno;
    int fd = open(path, O_RDWR | O_CLOEXEC);
    int rc = fd < 0 ? -errno : quanta__seg_map(fd, out);
    if (fd >= 0)
        close(fd);
    errno = saved;
    return rc;
}

void quanta__seg_close(struct quanta_seg *seg)
{
    int saved = errno;
    if (seg != NULL)
        munmap(seg, sizeof *seg);
    errno = saved;
}

int quanta__seg_join(struct quanta_seg *seg, pid_t pid)
{
    int saved = errno, slot = -ENOSPC;
    lock(seg, getpid());
    for (int pass = 0; pass < 2 && slot < 0; pass++) {
        for (int i = 0; i < QUANTA_SEG_SLOTS && slot < 0; i++)
            if (seg->slots[i].pid == pid)
                slot = i;
        for (int i = 0; i < QUANTA_SEG_SLOTS && slot < 0; i++)
            if (seg->slots[i].pid == 0) {
                memset(&seg->slots[i], 0, sizeof seg->slots[i]);
                __atomic_store_n(&seg->slots[i].pid, pid, __ATOMIC_RELEASE);
                slot = i;
                if ((uint32_t)i >= seg->slots_high)
                    __atomic_store_n(&seg->slots_high, (uint32_t)i + 1, __ATOMIC_RELEASE);
            }
        if (slot < 0 && reclaim_dead(seg, -1) == 0)
            break;
    }
    unlock(seg);
    errno = saved;
    return slot;
}

int quanta__seg_reserve(struct quanta_seg *seg, int slot, int gpu, uint64_t bytes)
{
    if (slot < 0 || slot >= QUANTA_SEG_SLOTS || gpu < 0 || gpu >= (int)seg->gpu_count)
        return -EINVAL;
    int rc = -ENOMEM;
    lock(seg, seg->slots[slot].pid);
    uint64_t quota = quota_of(seg, gpu);
    uint64_t used = sum_used(seg, gpu);
    if (used + bytes > quota) {
        /* Only this slow path makes system calls: errno is kept around it alone (the
         * common path stays free of errno's function calls). */
        int saved = errno;
        if (reclaim_dead(seg, slot) > 0)
            used = sum_used(seg, gpu);
        errno = saved;
    }
    if (used + bytes <= quota && used + bytes >= used) {
        __atomic_fetch_add(&seg->slots[slot].used[gpu], bytes, __ATOMIC_RELAXED);
        rc = 0;
    }
    unlock(seg);
    return rc;
}

void quanta__seg_charge(struct quanta_seg *seg, int slot, int gpu, uint64_t bytes)
{
    if (slot >= 0 && slot < QUANTA_SEG_SLOTS && gpu >= 0 && gpu < (int)seg->gpu_count)
        __atomic_fetch_add(&seg->slots[slot].used[gpu], bytes, __ATOMIC_RELAXED);
}

void quanta__seg_release(struct quanta_seg *seg, int slot, int gpu, uint64_t bytes)
{
    if (slot < 0 || slot >= QUANTA_SEG_SLOTS || gpu < 0 || gpu >= (int)seg->gpu_count)
        return;
    uint64_t *used = &seg->slots[slot].used[gpu];
    uint64_t cur = __atomic_load_n(used, __ATOMIC_RELAXED), next;
    do {
        next = cur > bytes ? cur - bytes : 0;
    } while (!__atomic_compare_exchange_n(used, &cur, next, 1, __ATOMIC_RELAXED, __ATOMIC_RELAXED));
}

void quanta__seg_add_gpu_time(struct quanta_seg *seg, int gpu, uint64_t ns)
{
    if (gpu >= 0 && gpu < (int)seg->gpu_count)
        __atomic_fetch_add(&seg->work[gpu].gpu_ns, ns, __ATOMIC_RELAXED);
}

void quanta__seg_want(struct quanta_seg *seg, int gpu, uint64_t now_ns)
{
    /* A plain store: the newest stamp of any member wins, near enough for a liveness hint;
     * skipped when unchanged within 100 us, so busy launchers do not bounce the line. */
    if (gpu >= 0 && gpu < (int)seg->gpu_count &&
        now_ns - __atomic_load_n(&seg->work[gpu].want_ns, __ATOMIC_RELAXED) > 100000)
        __atomic_store_n(&seg->work[gpu].want_ns, now_ns, __ATOMIC_RELAXED);
}

int64_t quanta__seg_inflight(struct quanta_seg *seg, int gpu, int64_t delta)
{
    if (gpu < 0 || gpu >= (int)seg->gpu_count)
        return 0;
    return delta == 0 ? __atomic_load_n(&seg->work[gpu].inflight, __ATOMIC_RELAXED)
                      : __atomic_add_fetch(&seg->work[gpu].inflight, delta, __ATOMIC_RELAXED);
}

void quanta__seg_event_ns(struct quanta_seg *seg, int gpu, uint64_t ns)
{
    if (gpu >= 0 && gpu < (int)seg->gpu_count)
        __atomic_store_n(&seg->work[gpu].event_ns, ns, __ATOMIC_RELAXED);
}

uint64_t quanta__seg_sched_id(struct quanta_seg *seg)
{
    return __atomic_load_n(&seg->sched_id, __ATOMIC_RELAXED);
}

uint64_t quanta__seg_context_bytes(struct quanta_seg *seg, int gpu)
{
    return gpu >= 0 && gpu < (int)seg->gpu_count ? __atomic_load_n(&seg->context_bytes[gpu], __ATOMIC_RELAXED) : 0;
}

void quanta__seg_usage(struct quanta_seg *seg, int gpu, uint64_t *quota, uint64_t *used)
{
    *quota = gpu >= 0 && gpu < (int)seg->gpu_count ? quota_of(seg, gpu) : 0;
    *used = gpu >= 0 && gpu < (int)seg->gpu_count ? sum_used(seg, gpu) : 0;
}

void quanta__seg_export(struct quanta_seg *seg, pid_t pid, uint64_t key)
{
    int saved = errno;
    lock(seg, getpid());
    int at = -1;
    for (int i = 0; i < QUANTA_SEG_EXPORTS && at < 0; i++)
        if (seg->exports[i].key == key || seg->exports[i].key == 0)
            at = i;
    for (int i = 0; i < QUANTA_SEG_EXPORTS && at < 0; i++)
        if (!alive(seg->exports[i].pid))
            at = i;
    if (at < 0) /* full of live exporters: overwrite in turn */
        at = (int)(seg->export_turn++ % QUANTA_SEG_EXPORTS);
    seg->exports[at].key = key;
    seg->exports[at].pid = pid;
    unlock(seg);
    errno = saved;
}

int quanta__seg_exported(struct quanta_seg *seg, uint64_t key)
{
    int saved = errno, found = 0;
    lock(seg, getpid());
    for (int i = 0; i < QUANTA_SEG_EXPORTS && !found; i++)
        found = seg->exports[i].key == key && alive(seg->exports[i].pid);
    unlock(seg);
    errno = saved;
    return found;
}
