/*
 * fwd_ring.h - a single-producer, single-consumer byte ring in memory shared by the
 * forwarding client and its executor on one host (the shared-memory transport,
 * docs/design/forwarding.md). Frames cross it as they would cross a socket.
 */
#ifndef QUANTA_FWD_RING_H
#define QUANTA_FWD_RING_H

#include <stddef.h>
#include <stdint.h>
#include <sys/uio.h>

#include "quanta_wire.h"

struct quanta__fwd_ring {
    struct quanta_fwd_ring_ctl *ctl; /* shared: positions and sleep flags */
    uint8_t *data;                   /* shared: `size` bytes, mapped twice in a row (see below) */
    uint64_t size;                   /* a power of two */
    uint64_t own;                    /* this side's position (tail when writing, head when reading): never read back from shared memory */
    uint64_t published;              /* `own` as last published to the other side */
    uint64_t seen;                   /* the other side's position as last read (checked) */
    int peer_fd;                     /* the socket: its end means the peer is gone */
    void (*copy)(void *dst, const void *src, size_t n); /* how bytes go in and out: NULL is memcpy */
};

/* Both rings of a session as mapped here. Each ring's data is mapped twice, back to back,
 * so that any run of at most `ring_bytes` bytes from any position is contiguous in this
 * process: a frame can be read or built in place even where it wraps. */
struct quanta__fwd_rings {
    void *ctl;        /* the first page: both rings' struct quanta_fwd_ring_ctl */
    uint8_t *data[2]; /* client-to-executor, executor-to-client: 2 * ring_bytes each */
    uint32_t ring_bytes;
};

/* Sets up `r` as ring `which` of `m` (0 client-to-executor, 1 the other), copying with memcpy. */
void quanta__fwd_ring_attach(struct quanta__fwd_ring *r, const struct quanta__fwd_rings *m, int which, int peer_fd);

/* Makes the shared memory of two rings of ring_bytes each (a memfd, zeroed, sealed so that
 * the peer cannot shrink it under this process) and maps it: 0 with *fd and *m set, or -1
 * with errno set. ring_bytes must be a power of two of at least a page. */
int quanta__fwd_rings_create(uint32_t ring_bytes, int *fd, struct quanta__fwd_rings *m);
/* Maps rings another process made, after checking that fd's size is what ring_bytes
 * makes (a power of two, at most 1 GiB): 0 with *m set, or -1 (EPROTO: not so). */
int quanta__fwd_rings_map(int fd, uint32_t ring_bytes, struct quanta__fwd_rings *m);
/* Unmaps what quanta__fwd_rings_create or _map mapped (nothing if m->ctl is NULL). */
void quanta__fwd_rings_unmap(struct quanta__fwd_rings *m);
/* The bytes of two rings' shared memory. */
size_t quanta__fwd_rings_bytes(uint32_t ring_bytes);

/* Writes all of iov[0..n) into the ring, waiting for room as the reader takes bytes.
 * 0, or -1 with errno: ECONNRESET when the peer went, EPROTO when the peer's position
 * is impossible (more than the ring apart from ours). */
int quanta__fwd_ring_write(struct quanta__fwd_ring *r, const struct iovec *iov, int n);

/* Reads exactly n bytes, waiting for them (spinning briefly, then sleeping on a futex
 * with a timeout that checks the peer's socket). 0, or -1 with errno as for writing. */
int quanta__fwd_ring_read(struct quanta__fwd_ring *r, void *p, size_t n);

/* In place: waits until n bytes (at most the ring's size) can be read and points *p at
 * them, contiguous, without taking them; quanta__fwd_ring_skip then takes them. The peer
 * can still write to those bytes: copy what must not change under you. 0, or -1 with
 * errno as above (EMSGSIZE: n is larger than the ring). */
int quanta__fwd_ring_peek(struct quanta__fwd_ring *r, size_t n, const uint8_t **p);
/* Takes n bytes (at most what the last peek waited for) and tells the writer. */
void quanta__fwd_ring_skip(struct quanta__fwd_ring *r, size_t n);

/* In place: waits until there is room for n bytes (at most the ring's size) and points *p
 * at it, contiguous; quanta__fwd_ring_commit then hands the first bytes written to the
 * reader. 0, or -1 with errno as for peeking. */
int quanta__fwd_ring_reserve(struct quanta__fwd_ring *r, size_t n, uint8_t **p);
/* Hands n written bytes (at most what the last reserve waited for) to the reader. */
void quanta__fwd_ring_commit(struct quanta__fwd_ring *r, size_t n);

#endif
