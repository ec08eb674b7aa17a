/*
 * fwd_frame.h - API forwarding's frames and connections, shared by the client library and
 * the executor (docs/design/forwarding.md), over a socket or shared-memory rings (fwd_ring.h). A frame is a struct quanta_fwd_header
 * (api/wire/forward.json) and `length` bytes of payload; nothing here trusts a length it
 * read: a payload past QUANTA_FWD_MAX_PAYLOAD ends the connection before it is read.
 */
#ifndef QUANTA_FWD_FRAME_H
#define QUANTA_FWD_FRAME_H

#include <stddef.h>
#include <stdint.h>
#include <sys/uio.h>

#include "quanta_wire.h"

/* A growable byte buffer. */
struct quanta__fwd_buf {
    uint8_t *data;
    size_t len, cap;
};

/* Makes room for `n` more bytes; returns where they go, or NULL when out of memory or
 * past QUANTA_FWD_MAX_PAYLOAD plus a header (the buffer is then unchanged). */
void *quanta__fwd_buf_grow(struct quanta__fwd_buf *b, size_t n);
/* Appends n bytes; -1 (nothing appended) when quanta__fwd_buf_grow fails. */
int quanta__fwd_buf_add(struct quanta__fwd_buf *b, const void *p, size_t n);
void quanta__fwd_buf_free(struct quanta__fwd_buf *b);

/* Connects to "unix:PATH" or "tcp:HOST:PORT" (TCP_NODELAY). Returns the descriptor, or -1
 * with errno set (EINVAL for an address of neither form). */
int quanta__fwd_dial(const char *address);
/* Listens on such an address; returns the descriptor or -1 with errno set. */
int quanta__fwd_listen(const char *address);

struct quanta__fwd_ring;

/* A session's connection: frames on the socket, or (the shared-memory transport) through
 * two rings while the socket only tells that the peer lives. */
#define QUANTA__FWD_READ_AHEAD (64u << 10)

struct quanta__fwd_conn {
    int fd;
    struct quanta__fwd_ring *tx, *rx; /* both NULL, or both set */
    /* On a socket, frames are read ahead (one recv for many small frames): bytes
     * ahead[taken..got) came in and are not yet read. */
    uint32_t taken, got;
    uint8_t ahead[QUANTA__FWD_READ_AHEAD];
};

/* Writes all of `n` bytes of whole frames (restarting after EINTR), or, for a streamed reply
 * (KIND_STREAM), the next bytes of its frame. 0, or -1 with errno set. */
int quanta__fwd_write_all(struct quanta__fwd_conn *c, const void *p, size_t n);
/* Sends one frame: header and payload together. 0, or -1 with errno set. */
int quanta__fwd_send(struct quanta__fwd_conn *c, uint32_t kind, uint32_t flags, uint32_t thread, const void *payload, size_t len);
/* Sends one frame whose payload is parts[0..n) in order (at most 4 parts). */
int quanta__fwd_sendv(struct quanta__fwd_conn *c, uint32_t kind, uint32_t flags, uint32_t thread, const struct iovec *parts, int n);
/* Reads one frame in two steps: its header (EPROTO for a payload longer than
 * QUANTA_FWD_MAX_PAYLOAD), then its payload into *payload (replaced), unless the caller
 * takes it in place from the ring (fwd_ring.h). Each: 0, or -1 with errno set: EPROTO
 * also for a ring position out of bounds, ECONNRESET when the peer closed (mid-frame too). */
int quanta__fwd_recv_header(struct quanta__fwd_conn *c, struct quanta_fwd_header *h);
int quanta__fwd_recv_payload(struct quanta__fwd_conn *c, const struct quanta_fwd_header *h, struct quanta__fwd_buf *payload);
/* Reads the next n bytes of a frame whose header was read (a streamed reply's, as they
 * come). 0, or -1 with errno set (ECONNRESET when the peer closed). */
int quanta__fwd_recv_bytes(struct quanta__fwd_conn *c, void *p, size_t n);

/* The handshake's frames, on the socket itself (before any frame is read with the
 * functions above, which read ahead), with a descriptor passed along
 * (SCM_RIGHTS; `passed` -1: none). On receiving, *passed is the descriptor that came with
 * the frame, or -1; more than one ends the connection (EPROTO). */
int quanta__fwd_send_fd(int fd, uint32_t kind, const void *payload, size_t len, int passed);
int quanta__fwd_recv_fd(int fd, struct quanta_fwd_header *h, struct quanta__fwd_buf *payload, int *passed);

#endif
