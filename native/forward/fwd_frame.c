/*
 * fwd_frame.c - frames over a stream socket, for the client library and the executor.
 *
 * Design: blocking descriptors and whole frames. A frame is read in two steps, the
 * header and then exactly `length` bytes, and `length` is checked against
 * QUANTA_FWD_MAX_PAYLOAD first, so a peer cannot make either side allocate without bound.
 * A frame is written with one writev (header and payload), so frames of different
 * threads never interleave as long as each sender holds its connection's lock.
 */
#include "fwd_frame.h"

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

int quanta__fwd_write_all(int fd, const void *p, size_t n)
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

int quanta__fwd_send(int fd, uint32_t kind, uint32_t flags, uint32_t thread, const void *payload, size_t len)
{
    if (len > QUANTA_FWD_MAX_PAYLOAD) {
        errno = EMSGSIZE;
        return -1;
    }
    struct quanta_fwd_header h = {.length = (uint32_t)len, .kind = kind, .flags = flags, .thread = thread};
    struct iovec iov[2] = {{&h, sizeof h}, {(void *)payload, len}};
    struct msghdr msg = {.msg_iov = iov, .msg_iovlen = len > 0 ? 2 : 1};
    size_t left = sizeof h + len;
    while (left > 0) {
        ssize_t w = sendmsg(fd, &msg, MSG_NOSIGNAL);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0)
            return -1;
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

static int read_all(int fd, void *p, size_t n)
{
    uint8_t *at = p;
    while (n > 0) {
        ssize_t r = recv(fd, at, n, 0);
        if (r < 0 && errno == EINTR)
            continue;
        if (r == 0)
            errno = ECONNRESET;
        if (r <= 0)
            return -1;
        at += r;
        n -= (size_t)r;
    }
    return 0;
}

int quanta__fwd_recv(int fd, struct quanta_fwd_header *h, struct quanta__fwd_buf *payload)
{
    if (read_all(fd, h, sizeof *h) != 0)
        return -1;
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
    return read_all(fd, at, h->length);
}
