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
    uint8_t *data;                   /* shared: `size` bytes */
    uint64_t size;                   /* a power of two */
    uint64_t own;                    /* this side's position (tail when writing, head when reading): never read back from shared memory */
    int peer_fd;                     /* the socket: its end means the peer is gone */
};

/* Sets up `r` over shared memory `base` (QUANTA_FWD_RING_DATA_OFFSET + 2 * ring_bytes
 * bytes, zeroed by the executor that made it): `which` 0 is the client-to-executor ring,
 * 1 the other. ring_bytes must be a power of two. */
void quanta__fwd_ring_attach(struct quanta__fwd_ring *r, void *base, uint32_t ring_bytes, int which, int peer_fd);

/* Makes the shared memory of two rings of ring_bytes each (a memfd, zeroed): 0 with
 * *fd and *base set, or -1 with errno set. */
int quanta__fwd_rings_create(uint32_t ring_bytes, int *fd, void **base);
/* Maps rings another process made, after checking that fd's size is what ring_bytes
 * makes (a power of two, at most 1 GiB): 0 with *base set, or -1 (EPROTO: not so). */
int quanta__fwd_rings_map(int fd, uint32_t ring_bytes, void **base);
/* The bytes of two rings' shared memory. */
size_t quanta__fwd_rings_bytes(uint32_t ring_bytes);

/* Writes all of iov[0..n) into the ring, waiting for room as the reader takes bytes.
 * 0, or -1 with errno: ECONNRESET when the peer went, EPROTO when the peer's position
 * is impossible (more than the ring apart from ours). */
int quanta__fwd_ring_write(struct quanta__fwd_ring *r, const struct iovec *iov, int n);

/* Reads exactly n bytes, waiting for them (spinning briefly, then sleeping on a futex
 * with a timeout that checks the peer's socket). 0, or -1 with errno as for writing. */
int quanta__fwd_ring_read(struct quanta__fwd_ring *r, void *p, size_t n);

#endif
