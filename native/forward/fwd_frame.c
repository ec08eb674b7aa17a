/*
 * fwd_frame.c - frames over a stream socket or shared-memory rings (fwd_ring.c), for the
 * client library and the executor.
 *
 * Design: blocking descriptors and whole frames. A frame is read in two steps, the
 * header and then exactly `length` bytes, and `length` is checked against
 * QUANTA_FWD_MAX_PAYLOAD first, so a peer cannot make either side allocate without bound.
 * A frame is written with one writev (header and payload), so frames of different
 * threads never interleave as long as each sender holds its connection's lock.
 */
#include "fwd_frame.h"
#include "fwd_ring.h"

#include <errno.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <sys/un.h>
#include <unistd.h>

#define MAX_BUF ((size_t)QUANTA_FWD_MAX_PAYLOAD + 4096)

void *quanta__fwd_buf_grow(struct quanta__fwd_buf *b, size_t n)
{
    if (n > MAX_BUF - b->len)
        return NULL;
    if (b->len + n > b->cap) {
        size_t cap = b->cap ? b->cap : 4096;
        while (cap < b->len + n)
            cap *= 2;
        if (cap > MAX_BUF)
            cap = MAX_BUF;
        uint8_t *d = realloc(b->data, cap);
        if (d == NULL)
            return NULL;
        b->data = d;
        b->cap = cap;
    }
    void *at = b->data + b->len;
    b->len += n;
    return at;
}

int quanta__fwd_buf_add(struct quanta__fwd_buf *b, const void *p, size_t n)
{
    void *at = quanta__fwd_buf_grow(b, n);
    if (at == NULL)
        return -1;
    if (n > 0)
        memcpy(at, p, n);
    return 0;
}

void quanta__fwd_buf_free(struct quanta__fwd_buf *b)
{
    free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
}

/* Splits "tcp:HOST:PORT" (the last colon separates the port; an IPv6 HOST in brackets). */
static int tcp_address(const char *address, char *host, size_t host_len, const char **port)
{
    const char *hp = address + 4, *colon = strrchr(hp, ':');
    if (colon == NULL || colon == hp || (size_t)(colon - hp) >= host_len || colon[1] == '\0')
        return -1;
    memcpy(host, hp, (size_t)(colon - hp));
    host[colon - hp] = '\0';
    size_t n = strlen(host);
    if (n >= 2 && host[0] == '[' && host[n - 1] == ']') { /* tcp:[::1]:PORT */
        memmove(host, host + 1, n - 2);
        host[n - 2] = '\0';
    }
    *port = colon + 1;
    return 0;
}

static int unix_address(const char *address, struct sockaddr_un *sa)
{
    const char *path = address + 5;
    memset(sa, 0, sizeof *sa);
    sa->sun_family = AF_UNIX;
    if (path[0] == '\0' || strlen(path) >= sizeof sa->sun_path)
        return -1;
    strcpy(sa->sun_path, path);
    return 0;
}

static int open_address(const char *address, int listening)
{
    if (address == NULL) {
        errno = EINVAL;
        return -1;
    }
    if (strncmp(address, "unix:", 5) == 0) {
        struct sockaddr_un sa;
        if (unix_address(address, &sa) != 0) {
            errno = EINVAL;
            return -1;
        }
        int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
        if (fd < 0)
            return -1;
        int rc = listening ? bind(fd, (struct sockaddr *)&sa, sizeof sa) : connect(fd, (struct sockaddr *)&sa, sizeof sa);
        if (rc == 0 && listening)
            rc = listen(fd, 16);
        if (rc != 0) {
            int e = errno;
            close(fd);
            errno = e;
            return -1;
        }
        return fd;
    }
    if (strncmp(address, "tcp:", 4) != 0) {
        errno = EINVAL;
        return -1;
    }
    char host[256];
    const char *port;
    if (tcp_address(address, host, sizeof host, &port) != 0) {
        errno = EINVAL;
        return -1;
    }
    struct addrinfo hints = {.ai_family = AF_UNSPEC, .ai_socktype = SOCK_STREAM, .ai_flags = listening ? AI_PASSIVE : 0}, *res = NULL;
    if (getaddrinfo(host, port, &hints, &res) != 0 || res == NULL) {
        errno = EHOSTUNREACH;
        return -1;
    }
    int fd = -1, e = ECONNREFUSED;
    for (struct addrinfo *a = res; a != NULL && fd < 0; a = a->ai_next) {
        fd = socket(a->ai_family, a->ai_socktype | SOCK_CLOEXEC, a->ai_protocol);
        if (fd < 0)
            continue;
        int one = 1;
        (void)setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        if (listening)
            (void)setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
        int rc = listening ? bind(fd, a->ai_addr, a->ai_addrlen) : connect(fd, a->ai_addr, a->ai_addrlen);
        if (rc == 0 && listening)
            rc = listen(fd, 16);
        if (rc != 0) {
            e = errno;
            close(fd);
            fd = -1;
        }
    }
    freeaddrinfo(res);
    if (fd < 0)
        errno = e;
    return fd;
}

int quanta__fwd_dial(const char *address)
{
    return open_address(address, 0);
}

int quanta__fwd_listen(const char *address)
{
    return open_address(address, 1);
}

static int socket_write_all(int fd, const void *p, size_t n)
{
    const uint8_t *at = p;
    while (n > 0) {
        ssize_t w = send(fd, at, n, MSG_NOSIGNAL);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0)
            return -1;
        at += w;
        n -= (size_t)w;
    }
    return 0;
}

int quanta__fwd_write_all(struct quanta__fwd_conn *c, const void *p, size_t n)
{
    if (c->tx != NULL) {
        struct iovec iov = {(void *)p, n};
        return quanta__fwd_ring_write(c->tx, &iov, 1);
    }
    return socket_write_all(c->fd, p, n);
}

/* sendmsg of all of iov[0..n), a descriptor passed with the first byte. */
static int socket_send(int fd, struct iovec *iov, int n, int passed)
{
    union {
        struct cmsghdr h;
        char space[CMSG_SPACE(sizeof(int))];
    } ctl;
    struct msghdr msg = {.msg_iov = iov, .msg_iovlen = (size_t)n};
    if (passed >= 0) {
        memset(&ctl, 0, sizeof ctl);
        msg.msg_control = ctl.space;
        msg.msg_controllen = sizeof ctl.space;
        struct cmsghdr *cm = CMSG_FIRSTHDR(&msg);
        cm->cmsg_level = SOL_SOCKET;
        cm->cmsg_type = SCM_RIGHTS;
        cm->cmsg_len = CMSG_LEN(sizeof(int));
        memcpy(CMSG_DATA(cm), &passed, sizeof passed);
    }
    size_t left = 0;
    for (int i = 0; i < n; i++)
        left += iov[i].iov_len;
    while (left > 0) {
        ssize_t w = sendmsg(fd, &msg, MSG_NOSIGNAL);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0)
            return -1;
        msg.msg_control = NULL; /* the descriptor went with the first bytes */
        msg.msg_controllen = 0;
        left -= (size_t)w;
        /* A short write: step the iovecs past what went out. */
        while (w > 0 && msg.msg_iovlen > 0) {
            size_t take = (size_t)w < msg.msg_iov[0].iov_len ? (size_t)w : msg.msg_iov[0].iov_len;
            msg.msg_iov[0].iov_base = (uint8_t *)msg.msg_iov[0].iov_base + take;
            msg.msg_iov[0].iov_len -= take;
            w -= (ssize_t)take;
            if (msg.msg_iov[0].iov_len == 0) {
                msg.msg_iov++;
                msg.msg_iovlen--;
            }
        }
    }
    return 0;
}

static int send_frame(struct quanta__fwd_conn *c, int fd, uint32_t kind, uint32_t flags, uint32_t thread, const void *payload, size_t len,
                      int passed)
{
    if (len > QUANTA_FWD_MAX_PAYLOAD) {
        errno = EMSGSIZE;
        return -1;
    }
    struct quanta_fwd_header h = {.length = (uint32_t)len, .kind = kind, .flags = flags, .thread = thread};
    struct iovec iov[2] = {{&h, sizeof h}, {(void *)payload, len}};
    int n = len > 0 ? 2 : 1;
    if (c != NULL && c->tx != NULL)
        return quanta__fwd_ring_write(c->tx, iov, n);
    return socket_send(fd, iov, n, passed);
}

int quanta__fwd_send(struct quanta__fwd_conn *c, uint32_t kind, uint32_t flags, uint32_t thread, const void *payload, size_t len)
{
    return send_frame(c, c->fd, kind, flags, thread, payload, len, -1);
}

int quanta__fwd_sendv(struct quanta__fwd_conn *c, uint32_t kind, uint32_t flags, uint32_t thread, const struct iovec *parts, int n)
{
    struct quanta_fwd_header h = {.kind = kind, .flags = flags, .thread = thread};
    struct iovec iov[5] = {{&h, sizeof h}};
    size_t len = 0;
    if (n < 0 || n > 4) {
        errno = EINVAL;
        return -1;
    }
    for (int i = 0; i < n; i++) {
        iov[1 + i] = parts[i];
        len += parts[i].iov_len;
    }
    if (len > QUANTA_FWD_MAX_PAYLOAD) {
        errno = EMSGSIZE;
        return -1;
    }
    h.length = (uint32_t)len;
    if (c->tx != NULL)
        return quanta__fwd_ring_write(c->tx, iov, 1 + n);
    return socket_send(c->fd, iov, 1 + n, -1);
}

int quanta__fwd_send_fd(int fd, uint32_t kind, const void *payload, size_t len, int passed)
{
    return send_frame(NULL, fd, kind, 0, 0, payload, len, passed);
}

/* One recv of at most n bytes (restarted after EINTR): how many came, or -1 with errno
 * set (ECONNRESET when the peer closed). */
static ssize_t recv_some(int fd, void *p, size_t n)
{
    for (;;) {
        ssize_t r = recv(fd, p, n, 0);
        if (r < 0 && errno == EINTR)
            continue;
        if (r == 0)
            errno = ECONNRESET;
        return r > 0 ? r : -1;
    }
}

static int read_all(int fd, void *p, size_t n)
{
    uint8_t *at = p;
    while (n > 0) {
        ssize_t r = recv_some(fd, at, n);
        if (r < 0)
            return -1;
        at += r;
        n -= (size_t)r;
    }
    return 0;
}

/* Reads n bytes of the connection's socket: what was read ahead first; then a large rest
 * straight into p, a small one through the read-ahead buffer (one recv may bring the
 * next frames too). */
static int conn_read(struct quanta__fwd_conn *c, void *p, size_t n)
{
    uint8_t *dst = p;
    for (;;) {
        size_t k = c->got - c->taken < n ? c->got - c->taken : n;
        memcpy(dst, c->ahead + c->taken, k);
        c->taken += (uint32_t)k;
        dst += k;
        n -= k;
        if (n == 0)
            return 0;
        if (n >= sizeof c->ahead / 2)
            return read_all(c->fd, dst, n);
        ssize_t r = recv_some(c->fd, c->ahead, sizeof c->ahead);
        if (r < 0)
            return -1;
        c->taken = 0;
        c->got = (uint32_t)r;
    }
}

/* Reads a frame's payload once its header is in *h. */
static int read_payload(struct quanta__fwd_conn *c, int fd, const struct quanta_fwd_header *h, struct quanta__fwd_buf *payload)
{
    if (h->length > QUANTA_FWD_MAX_PAYLOAD) {
        errno = EPROTO;
        return -1;
    }
    payload->len = 0;
    void *at = quanta__fwd_buf_grow(payload, h->length);
    if (at == NULL) {
        errno = ENOMEM;
        return -1;
    }
    if (c != NULL && c->rx != NULL)
        return quanta__fwd_ring_read(c->rx, at, h->length);
    return c != NULL ? conn_read(c, at, h->length) : read_all(fd, at, h->length);
}

int quanta__fwd_recv_header(struct quanta__fwd_conn *c, struct quanta_fwd_header *h)
{
    int rc = c->rx != NULL ? quanta__fwd_ring_read(c->rx, h, sizeof *h) : conn_read(c, h, sizeof *h);
    if (rc == 0 && h->length > QUANTA_FWD_MAX_PAYLOAD) {
        errno = EPROTO;
        return -1;
    }
    return rc;
}

int quanta__fwd_recv_bytes(struct quanta__fwd_conn *c, void *p, size_t n)
{
    return c->rx != NULL ? quanta__fwd_ring_read(c->rx, p, n) : conn_read(c, p, n);
}

int quanta__fwd_recv_payload(struct quanta__fwd_conn *c, const struct quanta_fwd_header *h, struct quanta__fwd_buf *payload)
{
    return read_payload(c, c->fd, h, payload);
}

int quanta__fwd_recv_fd(int fd, struct quanta_fwd_header *h, struct quanta__fwd_buf *payload, int *passed)
{
    *passed = -1;
    union {
        struct cmsghdr h;
        char space[CMSG_SPACE(2 * sizeof(int))];
    } ctl;
    uint8_t *at = (uint8_t *)h;
    size_t n = sizeof *h;
    while (n > 0) {
        struct iovec iov = {at, n};
        struct msghdr msg = {.msg_iov = &iov, .msg_iovlen = 1, .msg_control = ctl.space, .msg_controllen = sizeof ctl.space};
        ssize_t r = recvmsg(fd, &msg, MSG_CMSG_CLOEXEC);
        if (r < 0 && errno == EINTR)
            continue;
        if (r == 0)
            errno = ECONNRESET;
        if (r <= 0)
            goto fail;
        for (struct cmsghdr *cm = CMSG_FIRSTHDR(&msg); cm != NULL; cm = CMSG_NXTHDR(&msg, cm)) {
            if (cm->cmsg_level != SOL_SOCKET || cm->cmsg_type != SCM_RIGHTS)
                continue;
            size_t count = (cm->cmsg_len - CMSG_LEN(0)) / sizeof(int);
            for (size_t i = 0; i < count; i++) {
                int got;
                memcpy(&got, CMSG_DATA(cm) + i * sizeof(int), sizeof got);
                if (*passed < 0) {
                    *passed = got;
                } else {
                    close(got);
                    errno = EPROTO;
                    goto fail;
                }
            }
        }
        if (msg.msg_flags & MSG_CTRUNC) {
            errno = EPROTO;
            goto fail;
        }
        at += r;
        n -= (size_t)r;
    }
    if (read_payload(NULL, fd, h, payload) == 0)
        return 0;
fail:
    if (*passed >= 0) {
        int e = errno;
        close(*passed);
        errno = e;
        *passed = -1;
    }
    return -1;
}
