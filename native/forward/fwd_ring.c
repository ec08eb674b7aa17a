/*
 * fwd_ring.c - the shared-memory transport's rings (fwd_ring.h, layout in
 * api/wire/forward.json).
 *
 * Design: each side keeps its own position privately and publishes it (release) after
 * copying; it reads the other's position (acquire) and checks that it lies at most the
 * ring's size away, so a peer that scribbles on the shared page ends the session instead
 * of making this side read or write out of bounds. A side that finds nothing to do
 * spins for SPIN_NS (a call's reply usually comes sooner: the round trip stays in
 * microseconds), then sets its sleeping flag and waits on a futex over the low word of
 * the other's position; the other side wakes it after publishing when the flag is set
 * (both sides order flag and position with sequentially consistent atomics, so a wake
 * is never lost). The wait times out every WAIT_MS to look at the peer's socket: its
 * end means the peer is gone, and the wait fails with ECONNRESET instead of hanging.
 * A reader works from what it last saw of the writer's position and looks again only when
 * that is not enough; it publishes what it took every eighth of the ring and before it
 * waits, a writer after each write: a stream of small frames costs few trips of the
 * shared cache lines between the processes.
 * Each ring's data is mapped twice in a row, so a copy never splits at the wrap and a
 * frame can be used in place (peek/skip, reserve/commit): a large copy's bytes go from
 * the program's buffer into the ring and from the ring to the driver, one copy each way.
 */
#define _GNU_SOURCE
#include "fwd_ring.h"

#include <errno.h>
#include <fcntl.h>
#include <linux/futex.h>
#include <poll.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#define SPIN_NS 20000
#define WAIT_MS 50

void quanta__fwd_ring_attach(struct quanta__fwd_ring *r, const struct quanta__fwd_rings *m, int which, int peer_fd)
{
    r->ctl = (struct quanta_fwd_ring_ctl *)((uint8_t *)m->ctl + (size_t)which * sizeof(struct quanta_fwd_ring_ctl));
    r->data = m->data[which];
    r->size = m->ring_bytes;
    r->own = r->published = r->seen = 0;
    r->peer_fd = peer_fd;
    r->copy = NULL;
}

static void copy_bytes(const struct quanta__fwd_ring *r, void *dst, const void *src, size_t n)
{
    if (r->copy != NULL)
        r->copy(dst, src, n);
    else
        memcpy(dst, src, n);
}

size_t quanta__fwd_rings_bytes(uint32_t ring_bytes)
{
    return QUANTA_FWD_RING_DATA_OFFSET + 2 * (size_t)ring_bytes;
}

void quanta__fwd_rings_unmap(struct quanta__fwd_rings *m)
{
    int saved = errno;
    if (m->ctl != NULL)
        munmap(m->ctl, QUANTA_FWD_RING_DATA_OFFSET);
    for (int i = 0; i < 2; i++)
        if (m->data[i] != NULL)
            munmap(m->data[i], 2 * (size_t)m->ring_bytes);
    *m = (struct quanta__fwd_rings){0};
    errno = saved;
}

/* Maps fd's control page and each ring's data twice in a row (a reserved stretch of
 * address space, then the same file range at its start and its middle). */
static int map_rings(int fd, uint32_t ring_bytes, struct quanta__fwd_rings *m)
{
    *m = (struct quanta__fwd_rings){.ring_bytes = ring_bytes};
    void *ctl = mmap(NULL, QUANTA_FWD_RING_DATA_OFFSET, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    if (ctl == MAP_FAILED)
        return -1;
    m->ctl = ctl;
    for (int i = 0; i < 2; i++) {
        size_t n = ring_bytes;
        off_t at = (off_t)(QUANTA_FWD_RING_DATA_OFFSET + (size_t)i * n);
        uint8_t *room = mmap(NULL, 2 * n, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
        if (room == MAP_FAILED)
            goto fail;
        m->data[i] = room;
        if (mmap(room, n, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_FIXED, fd, at) == MAP_FAILED ||
            mmap(room + n, n, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_FIXED, fd, at) == MAP_FAILED)
            goto fail;
    }
    return 0;
fail:
    quanta__fwd_rings_unmap(m);
    return -1;
}

int quanta__fwd_rings_create(uint32_t ring_bytes, int *fd, struct quanta__fwd_rings *m)
{
    size_t n = quanta__fwd_rings_bytes(ring_bytes);
    int f = memfd_create("quanta-forward-rings", MFD_CLOEXEC | MFD_ALLOW_SEALING);
    if (f < 0)
        return -1;
    /* Sealed at its size: a peer that could shrink it would make this side fault. */
    if (ftruncate(f, (off_t)n) != 0 || fcntl(f, F_ADD_SEALS, F_SEAL_SHRINK | F_SEAL_GROW | F_SEAL_SEAL) != 0 ||
        map_rings(f, ring_bytes, m) != 0) {
        int e = errno;
        close(f);
        errno = e;
        return -1;
    }
    *fd = f;
    return 0;
}

int quanta__fwd_rings_map(int fd, uint32_t ring_bytes, struct quanta__fwd_rings *m)
{
    struct stat st;
    size_t n = quanta__fwd_rings_bytes(ring_bytes);
    *m = (struct quanta__fwd_rings){0};
    if (ring_bytes < QUANTA_FWD_RING_DATA_OFFSET || ring_bytes > (1u << 30) || (ring_bytes & (ring_bytes - 1)) != 0 ||
        fstat(fd, &st) != 0 || (uint64_t)st.st_size != n) {
        errno = EPROTO;
        return -1;
    }
    return map_rings(fd, ring_bytes, m);
}

static uint64_t now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

static int peer_gone(int fd)
{
    struct pollfd p = {.fd = fd, .events = POLLIN | POLLRDHUP};
    if (poll(&p, 1, 0) <= 0)
        return 0;
    if (p.revents & (POLLHUP | POLLRDHUP | POLLERR | POLLNVAL))
        return 1;
    char c;
    return recv(fd, &c, 1, MSG_PEEK | MSG_DONTWAIT) == 0;
}

static void futex_wait(uint64_t *word, uint32_t seen)
{
    struct timespec t = {0, WAIT_MS * 1000000L};
    (void)syscall(SYS_futex, (uint32_t *)word, FUTEX_WAIT, seen, &t, NULL, 0);
}

static void futex_wake(uint64_t *word)
{
    (void)syscall(SYS_futex, (uint32_t *)word, FUTEX_WAKE, 1, NULL, NULL, 0);
}

/* The other side's position, checked: the bytes between it and ours, or -1 (EPROTO). */
static int64_t distance(struct quanta__fwd_ring *r, uint64_t *theirs, int reading)
{
    uint64_t p = __atomic_load_n(theirs, __ATOMIC_ACQUIRE);
    uint64_t d = reading ? p - r->own : r->own - p; /* bytes written and not yet read */
    if (d > r->size) {
        errno = EPROTO;
        return -1;
    }
    r->seen = p;
    return (int64_t)d;
}

static void publish(struct quanta__fwd_ring *r, int reading);

/* Waits until `ready` (bytes available to read, or room to write) is at least `need`
 * (1 to the ring's size); returns it. */
static int64_t wait_for(struct quanta__fwd_ring *r, int reading, int64_t need)
{
    /* A reader: enough by what it last saw (the writer only ever adds to it)? The writer's
     * line changes with every frame, so not looking saves a trip. A writer always looks:
     * the reader's line changes seldom, and a position that makes no sense shows at once. */
    int64_t known = (int64_t)(r->seen - r->own);
    if (reading && known >= need)
        return known;
    /* Before looking (and perhaps waiting): the other side may be waiting for what this
     * side did and has not published yet. */
    if (r->published != r->own)
        publish(r, reading);
    uint64_t *theirs = reading ? &r->ctl->tail : &r->ctl->head;
    uint32_t *sleeping = reading ? &r->ctl->reader_sleeping : &r->ctl->writer_sleeping;
    uint64_t spin_end = 0;
    for (unsigned i = 0;; i++) {
        int64_t d = distance(r, theirs, reading);
        if (d < 0)
            return -1;
        int64_t ready = reading ? d : (int64_t)r->size - d;
        if (ready >= need)
            return ready;
        if ((i & 63) != 0) {
            __builtin_ia32_pause();
            continue;
        }
        uint64_t t = now_ns();
        if (spin_end == 0)
            spin_end = t + SPIN_NS;
        if (t < spin_end)
            continue;
        uint64_t seen = __atomic_load_n(theirs, __ATOMIC_SEQ_CST);
        __atomic_store_n(sleeping, 1, __ATOMIC_SEQ_CST);
        if (__atomic_load_n(theirs, __ATOMIC_SEQ_CST) == seen)
            futex_wait(theirs, (uint32_t)seen);
        __atomic_store_n(sleeping, 0, __ATOMIC_SEQ_CST);
        if (__atomic_load_n(theirs, __ATOMIC_SEQ_CST) == seen && peer_gone(r->peer_fd)) {
            errno = ECONNRESET;
            return -1;
        }
    }
}

/* Publishes our position and wakes the other side if it sleeps on it. */
static void publish(struct quanta__fwd_ring *r, int reading)
{
    uint64_t *ours = reading ? &r->ctl->head : &r->ctl->tail;
    uint32_t *their_sleep = reading ? &r->ctl->writer_sleeping : &r->ctl->reader_sleeping;
    __atomic_store_n(ours, r->own, __ATOMIC_SEQ_CST);
    r->published = r->own;
    if (__atomic_load_n(their_sleep, __ATOMIC_SEQ_CST))
        futex_wake(ours);
}

/* A reader's publishing: every eighth of the ring (wait_for publishes the rest first). */
static void took(struct quanta__fwd_ring *r)
{
    if (r->own - r->published >= r->size / 8)
        publish(r, 1);
}

int quanta__fwd_ring_write(struct quanta__fwd_ring *r, const struct iovec *iov, int n)
{
    for (int i = 0; i < n; i++) {
        const uint8_t *src = iov[i].iov_base;
        size_t left = iov[i].iov_len;
        while (left > 0) {
            int64_t room = wait_for(r, 0, 1);
            if (room < 0)
                return -1;
            size_t k = left < (uint64_t)room ? left : (size_t)room;
            copy_bytes(r, r->data + (r->own & (r->size - 1)), src, k); /* contiguous: mapped twice */
            r->own += k;
            src += k;
            left -= k;
        }
    }
    publish(r, 0);
    return 0;
}

int quanta__fwd_ring_read(struct quanta__fwd_ring *r, void *p, size_t n)
{
    uint8_t *dst = p;
    while (n > 0) {
        int64_t avail = wait_for(r, 1, 1);
        if (avail < 0)
            return -1;
        size_t k = n < (uint64_t)avail ? n : (size_t)avail;
        copy_bytes(r, dst, r->data + (r->own & (r->size - 1)), k);
        r->own += k;
        dst += k;
        n -= k;
        took(r);
    }
    return 0;
}

/* Waits for n bytes to read or room for n, in place: the pointer to them, or NULL. */
static uint8_t *wait_in_place(struct quanta__fwd_ring *r, int reading, size_t n)
{
    if (n > r->size) {
        errno = EMSGSIZE;
        return NULL;
    }
    if (n > 0 && wait_for(r, reading, (int64_t)n) < 0)
        return NULL;
    return r->data + (r->own & (r->size - 1));
}

int quanta__fwd_ring_peek(struct quanta__fwd_ring *r, size_t n, const uint8_t **p)
{
    *p = wait_in_place(r, 1, n);
    return *p != NULL ? 0 : -1;
}

void quanta__fwd_ring_skip(struct quanta__fwd_ring *r, size_t n)
{
    r->own += n;
    took(r);
}

int quanta__fwd_ring_reserve(struct quanta__fwd_ring *r, size_t n, uint8_t **p)
{
    *p = wait_in_place(r, 0, n);
    return *p != NULL ? 0 : -1;
}

void quanta__fwd_ring_commit(struct quanta__fwd_ring *r, size_t n)
{
    r->own += n;
    publish(r, 0);
}
