/*
 * executor.c - quanta-executor: runs one forwarded session's CUDA calls against the GPU
 * host's driver (docs/design/forwarding.md).
 *
 *   quanta-executor --listen unix:PATH|tcp:HOST:PORT   serve the first session that connects
 *                                                      (over a Unix socket, a client may ask
 *                                                      for shared-memory rings instead)
 *                                                      (prints "listening on ADDRESS"; port 0: any)
 *   quanta-executor --fd N                             serve the session on descriptor N
 *
 * The session's token is QUANTA_REMOTE_TOKEN; a hello with another token, magic or
 * version is refused. QUANTA_EXECUTOR_MODULE_CACHE names a folder of module images kept
 * by their hash across sessions (executor_cache.h; quanta serve gives one).
 * QUANTA_EXECUTOR_HELLO: the session's hello in hex, read by quanta serve (which placed
 * the session by it) and checked here again as if it had come on the connection. One process per session, so a session's crash or illegal memory
 * access ends only this process, and the driver frees its memory with it; run under
 * `quanta run` (libquanta.so preloaded), the session lives in a vGPU like any program.
 *
 * Design: calls run in the order they arrive. The client numbers its threads; each keeps
 * its own current context here (set before its calls when another thread's ran last), and
 * its own first asynchronous error, returned with its next reply. A malformed frame, an
 * unknown call or a reply that does not fit ends the session: the executor never guesses.
 */
#define _GNU_SOURCE /* POLLRDHUP */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include "executor_diag.h"
#include "fwd_executor.h"
#include "fwd_ring.h"

#define MAX_THREADS 4096

struct client_thread {
    uint32_t id;
    CUcontext ctx;
    CUresult async_rc;
};

static struct client_thread threads[MAX_THREADS];
static int thread_count;

static void say(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static void say(const char *fmt, ...)
{
    fprintf(stderr, "quanta-executor[%d]: ", (int)getpid());
    va_list ap;
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
}

static uint64_t now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

static struct client_thread *thread_of(uint32_t id)
{
    for (int i = 0; i < thread_count; i++)
        if (threads[i].id == id)
            return &threads[i];
    if (thread_count == MAX_THREADS)
        return NULL;
    threads[thread_count] = (struct client_thread){.id = id};
    return &threads[thread_count++];
}

/* cuGetErrorString (local in the client, which asks once per code): the text, NUL included. */
static CUresult error_string(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUresult code;
    if (quanta__fwd_take(in, &code, sizeof code) != 0 || quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    const char *s = NULL;
    CUresult rc = cuGetErrorString(code, &s);
    quanta__fwd_give_buf(out, s, rc == CUDA_SUCCESS && s != NULL ? strlen(s) + 1 : 0);
    return rc;
}

static int constant_time_equal(const char *a, const char *b, size_t n)
{
    unsigned char d = 0;
    for (size_t i = 0; i < n; i++)
        d |= (unsigned char)(a[i] ^ b[i]);
    return d == 0;
}

/* Whether fd is a Unix socket (shared memory is for a client on this host). */
static int is_unix_socket(int fd)
{
    struct sockaddr_storage ss;
    socklen_t sl = sizeof ss;
    return getsockname(fd, (struct sockaddr *)&ss, &sl) == 0 && ss.ss_family == AF_UNIX;
}

static struct quanta__fwd_ring rings[2]; /* client-to-executor, executor-to-client */

/* The bytes whose hex digits `text` holds, into `out`: 0, or -1 for odd length, a
 * non-hex digit, or more than a hello. */
static int hex_decode(const char *text, struct quanta__fwd_buf *out)
{
    size_t n = strlen(text);
    if (n % 2 != 0 || n / 2 > 4096)
        return -1;
    out->len = 0;
    uint8_t *p = quanta__fwd_buf_grow(out, n / 2);
    if (p == NULL && n > 0)
        return -1;
    for (size_t i = 0; i < n / 2; i++) {
        int v = 0;
        for (int k = 0; k < 2; k++) {
            char d = text[2 * i + (size_t)k];
            int x = d >= '0' && d <= '9' ? d - '0' : d >= 'a' && d <= 'f' ? d - 'a' + 10 : -1;
            if (x < 0)
                return -1;
            v = v * 16 + x;
        }
        p[i] = (uint8_t)v;
    }
    return 0;
}

/* Checks the hello and answers it; 0 if the session may go on, with *c set up for the
 * transport the client asked for. */
static int greet(struct quanta__fwd_conn *c, struct quanta__fwd_buf *payload)
{
    struct quanta_fwd_header h;
    int passed = -1;
    const char *given = getenv("QUANTA_EXECUTOR_HELLO");
    if (given != NULL) { /* quanta serve read it (to place the session) and hands it on */
        h = (struct quanta_fwd_header){.length = (uint32_t)(strlen(given) / 2), .kind = QUANTA_FWD_KIND_HELLO};
        if (hex_decode(given, payload) != 0) {
            say("QUANTA_EXECUTOR_HELLO is not the hex of a hello");
            return -1;
        }
    } else if (quanta__fwd_recv_fd(c->fd, &h, payload, &passed) != 0) {
        say("no hello: %s", strerror(errno));
        return -1;
    }
    struct quanta_fwd_hello hello;
    const char *why = NULL;
    const char *token = getenv("QUANTA_REMOTE_TOKEN");
    char want[QUANTA_FWD_TOKEN_LEN] = {0};
    if (token != NULL)
        strncpy(want, token, sizeof want - 1);
    if (h.kind != QUANTA_FWD_KIND_HELLO || payload->len != sizeof hello || passed >= 0)
        why = "the first frame is not a hello";
    else {
        memcpy(&hello, payload->data, sizeof hello);
        hello.token[sizeof hello.token - 1] = '\0';
        if (hello.magic != QUANTA_FWD_MAGIC)
            why = "not a Quanta forwarding client";
        else if (hello.version != QUANTA_FWD_VERSION)
            why = "the client speaks another version of the forwarding protocol: use the same Quanta release on both hosts";
        else if (!constant_time_equal(hello.token, want, sizeof want))
            why = "wrong token";
        else if (hello.transport != QUANTA_FWD_TRANSPORT_SOCKET && hello.transport != QUANTA_FWD_TRANSPORT_SHM)
            why = "an unknown transport";
        else if (hello.transport == QUANTA_FWD_TRANSPORT_SHM && !is_unix_socket(c->fd))
            why = "shared memory is for a client on the GPU host: connect through a Unix socket (shm:PATH)";
    }
    if (passed >= 0)
        close(passed);
    if (why != NULL) {
        say("refused a session: %s", why);
        (void)quanta__fwd_send(c, QUANTA_FWD_KIND_REFUSED, 0, 0, why, strlen(why));
        return -1;
    }
    struct quanta_fwd_welcome w = {.version = QUANTA_FWD_VERSION, .pid = (uint32_t)getpid(),
                                   .features = quanta__exec_cache_enabled() ? QUANTA_FWD_FEATURE_MODULE_CACHE : 0};
    if (cuDriverGetVersion(&w.driver_version) != CUDA_SUCCESS)
        w.driver_version = 0;
    int memfd = -1;
    static struct quanta__fwd_rings mapped; /* the session's: kept until the executor exits */
    if (hello.transport == QUANTA_FWD_TRANSPORT_SHM) {
        w.ring_bytes = QUANTA_FWD_RING_BYTES;
        if (quanta__fwd_rings_create(w.ring_bytes, &memfd, &mapped) != 0) {
            say("no shared memory for the session: %s", strerror(errno));
            return -1;
        }
    }
    say("session of client pid %u%s", hello.pid, memfd >= 0 ? " (shared memory)" : "");
    int rc = quanta__fwd_send_fd(c->fd, QUANTA_FWD_KIND_WELCOME, &w, sizeof w, memfd);
    if (memfd >= 0) {
        close(memfd); /* the mapping stays */
        quanta__fwd_ring_attach(&rings[0], &mapped, 0, c->fd);
        quanta__fwd_ring_attach(&rings[1], &mapped, 1, c->fd);
        c->rx = &rings[0];
        c->tx = &rings[1];
    }
    return rc;
}

/* QUANTA_EXECUTOR_PIN_RINGS=1: the rings are page-locked for the driver (once a context is
 * current), so copies to and from them are DMA without the driver's own staging copy. */
static int pin_state; /* 0: not (yet), 1: pinned, -1: not to be (not asked, or it failed) */
#define HOST_REGISTER_PORTABLE 0x01 /* cuda.h's CU_MEMHOSTREGISTER_PORTABLE (a #define, not in the generated enums) */

static void pin_rings(struct quanta__fwd_conn *c)
{
    if (pin_state != 0)
        return;
    const char *want = getenv("QUANTA_EXECUTOR_PIN_RINGS");
    if (c->rx == NULL || want == NULL || strcmp(want, "1") != 0) {
        pin_state = -1;
        return;
    }
    CUcontext cur = NULL;
    if (cuCtxGetCurrent(&cur) != CUDA_SUCCESS || cur == NULL)
        return; /* again after a later call */
    struct quanta__fwd_ring *r[2] = {c->rx, c->tx};
    for (int i = 0; i < 2; i++) {
        CUresult rc = cuMemHostRegister(r[i]->data, 2 * (size_t)r[i]->size, HOST_REGISTER_PORTABLE);
        if (rc != CUDA_SUCCESS) {
            say("the shared memory stays pageable: page-locking it failed (%d)", (int)rc);
            if (i == 1)
                (void)cuMemHostUnregister(r[0]->data);
            pin_state = -1;
            return;
        }
    }
    say("the shared memory is page-locked for the driver's copies");
    pin_state = 1;
}

/* Over shared memory, a copy's frame (quanta__fwd_in_place) is used where it lies: 1 with
 * *data pointing at it in the ring, which the caller skips once done; 0 when the frame is
 * to be read out as usual; -1 when the ring failed (errno). */
static int peek_in_place(struct quanta__fwd_conn *c, const struct quanta_fwd_header *h, const uint8_t **data)
{
    uint32_t fn;
    if (c->rx == NULL || h->kind != QUANTA_FWD_KIND_CALL || (h->flags & QUANTA_FWD_FLAG_NVML) || h->length < sizeof fn ||
        h->length > c->rx->size)
        return 0;
    if (quanta__fwd_ring_peek(c->rx, sizeof fn, data) != 0)
        return -1;
    memcpy(&fn, *data, sizeof fn);
    if (fn >= QUANTA_CUDA_FN_COUNT || !quanta__fwd_in_place[fn] ||
        (pin_state == 1 && quanta__fwd_in_place[fn] == QUANTA__FWD_IN_PLACE_ASYNC))
        return 0;
    return quanta__fwd_ring_peek(c->rx, h->length, data) != 0 ? -1 : 1;
}

/* Whether the client has gone (its end of the connection closed), looked at every 16
 * calls and at most every HUNG_UP_CHECK_NS: its calls still queued here (up to megabytes
 * of launches in a TCP buffer or the ring) would run for nobody, keeping the GPU and the
 * session's memory for seconds after it died. */
#define HUNG_UP_CHECK_NS 20000000ull
static int client_gone(int fd)
{
    static unsigned calls;
    static uint64_t last;
    if (++calls % 16 != 0)
        return 0;
    uint64_t now = now_ns();
    if (now - last < HUNG_UP_CHECK_NS)
        return 0;
    last = now;
    struct pollfd p = {.fd = fd, .events = POLLRDHUP};
    return poll(&p, 1, 0) == 1 && (p.revents & (POLLRDHUP | POLLHUP | POLLERR)) != 0;
}

/* Serves calls until the client goes; 0 when it left cleanly, 1 on a protocol error. */
static int serve(int fd)
{
    struct quanta__fwd_buf payload = {0}, reply = {0}, scratch = {0}, params = {0};
    struct quanta__fwd_conn conn = {.fd = fd};
    if (greet(&conn, &payload) != 0)
        return 1;
    uint32_t current = 0; /* the client thread whose context is current here */
    int status = 0;
    for (;;) {
        struct quanta_fwd_header h;
        const uint8_t *data = NULL;
        int in_ring = 0;
        if (client_gone(conn.fd)) {
            say("the client went: its calls not yet run are dropped and the session ends");
            break;
        }
        if (quanta__fwd_recv_header(&conn, &h) != 0 || (in_ring = peek_in_place(&conn, &h, &data)) < 0 ||
            (!in_ring && quanta__fwd_recv_payload(&conn, &h, &payload) != 0)) {
            if (errno != ECONNRESET) {
                say("ending the session: %s", strerror(errno));
                status = 1;
            }
            break;
        }
        uint32_t fn;
        struct quanta__fwd_in in = {in_ring ? data : payload.data, in_ring ? h.length : payload.len};
        struct client_thread *t = thread_of(h.thread);
        int nvml = (h.flags & QUANTA_FWD_FLAG_NVML) != 0;
        if (h.kind != QUANTA_FWD_KIND_CALL || quanta__fwd_take(&in, &fn, sizeof fn) != 0 || t == NULL ||
            (h.flags & ~(uint32_t)(QUANTA_FWD_FLAG_ASYNC | QUANTA_FWD_FLAG_NVML | QUANTA_FWD_FLAG_STREAM)) != 0) {
            say("ending the session: a malformed frame (kind %u, %u bytes)", h.kind, h.length);
            status = 1;
            break;
        }
        quanta__fwd_handler handler = nvml ? (fn < QUANTA_NVML_FN_COUNT ? quanta__fwd_nvml_handlers[fn] : NULL)
                                           : (fn < QUANTA_CUDA_FN_COUNT ? quanta__fwd_handlers[fn] : NULL);
        if (!nvml && fn == QUANTA_CUDA_cuGetErrorString)
            handler = error_string;
        if (handler == NULL) {
            say("ending the session: call %u is not forwarded by this executor", fn);
            status = 1;
            break;
        }
        if (h.thread != current) {
            (void)cuCtxSetCurrent(t->ctx);
            current = h.thread;
        }
        reply.len = 0;
        struct quanta__fwd_out out = {.reply = &reply, .scratch = &scratch, .params = &params, .conn = &conn, .thread = h.thread,
                                      .may_stream = (h.flags & QUANTA_FWD_FLAG_STREAM) && !(h.flags & (QUANTA_FWD_FLAG_ASYNC | QUANTA_FWD_FLAG_NVML)),
                                      .pinned = pin_state == 1};
        (void)quanta__fwd_buf_grow(&reply, sizeof(struct quanta_fwd_reply));
        const char *name = nvml ? quanta__nvml_api.names[fn] : quanta__cuda_api.names[fn];
        quanta__exec_diag_running(name, h.length);
        uint64_t t0 = quanta__exec_diag_timing() ? now_ns() : 0;
        CUresult rc = handler(&in, &out);
        quanta__exec_cache_release(&out.image); /* the driver has taken what it needs */
        if (rc == QUANTA__FWD_MALFORMED && out.image_needed) /* not run: the client sends the image */
            rc = (h.flags & QUANTA_FWD_FLAG_ASYNC) ? CUDA_ERROR_INVALID_IMAGE : (CUresult)QUANTA_FWD_RESULT_IMAGE_NEEDED;
        if (t0 != 0)
            quanta__exec_diag_time(name, now_ns() - t0);
        quanta__exec_diag_running(NULL, 0);
        if (quanta__exec_diag_tracing())
            say("thread %u: %s (%u bytes%s) -> %d", h.thread, name, h.length, (h.flags & QUANTA_FWD_FLAG_ASYNC) ? ", async" : "", (int)rc);
        if (out.lost) {
            errno = out.lost_errno;
            if (errno != EPIPE && errno != ECONNRESET) {
                say("ending the session: %s", strerror(errno));
                status = 1;
            }
            break;
        }
        if (rc == QUANTA__FWD_MALFORMED || out.failed) {
            say("ending the session: %s's arguments %s", name,
                out.failed ? "gave a reply too large" : "do not match its frame");
            status = 1;
            break;
        }
        CUcontext now_current = NULL;
        if (cuCtxGetCurrent(&now_current) == CUDA_SUCCESS) /* before cuInit it fails: keep what was */
            t->ctx = now_current;
        pin_rings(&conn);
        if (in_ring)
            quanta__fwd_ring_skip(conn.rx, h.length); /* the driver is done with the bytes */
        if (h.flags & QUANTA_FWD_FLAG_ASYNC) {
            if (rc != CUDA_SUCCESS && t->async_rc == CUDA_SUCCESS)
                t->async_rc = rc;
            continue;
        }
        struct quanta_fwd_reply r = {.result = (int32_t)rc, .async_result = nvml ? 0 : (int32_t)t->async_rc};
        if (!nvml)
            t->async_rc = CUDA_SUCCESS;
        memcpy(reply.data, &r, sizeof r);
        if (out.streaming ? quanta__fwd_write_all(&conn, &r, sizeof r) != 0
                          : quanta__fwd_send(&conn, QUANTA_FWD_KIND_REPLY, 0, h.thread, reply.data, reply.len) != 0) {
            if (errno != EPIPE && errno != ECONNRESET) { /* else the client went: its session is over */
                say("ending the session: %s", strerror(errno));
                status = 1;
            }
            break;
        }
    }
    quanta__exec_diag_report();
    quanta__exec_cache_report();
    quanta__fwd_buf_free(&payload);
    quanta__fwd_buf_free(&reply);
    quanta__fwd_buf_free(&scratch);
    quanta__fwd_buf_free(&params);
    return status;
}

/* The address as bound: a TCP port 0 becomes the port the kernel chose. */
static const char *bound_address(int fd, const char *asked, char *buf, size_t len)
{
    struct sockaddr_storage ss;
    socklen_t sl = sizeof ss;
    if (strncmp(asked, "tcp:", 4) != 0 || getsockname(fd, (struct sockaddr *)&ss, &sl) != 0)
        return asked;
    char host[INET6_ADDRSTRLEN] = "";
    unsigned port = 0;
    if (ss.ss_family == AF_INET) {
        struct sockaddr_in *in = (struct sockaddr_in *)&ss;
        inet_ntop(AF_INET, &in->sin_addr, host, sizeof host);
        port = ntohs(in->sin_port);
        snprintf(buf, len, "tcp:%s:%u", host, port);
    } else if (ss.ss_family == AF_INET6) {
        struct sockaddr_in6 *in6 = (struct sockaddr_in6 *)&ss;
        inet_ntop(AF_INET6, &in6->sin6_addr, host, sizeof host);
        port = ntohs(in6->sin6_port);
        snprintf(buf, len, "tcp:[%s]:%u", host, port);
    } else {
        return asked;
    }
    return buf;
}

static int usage(void)
{
    fprintf(stderr, "usage: quanta-executor --listen unix:PATH|tcp:HOST:PORT | --fd N\n");
    return 2;
}

int main(int argc, char **argv)
{
    quanta__exec_diag_init();
    quanta__exec_cache_init(say);
    if (argc != 3)
        return usage();
    int fd = -1;
    if (strcmp(argv[1], "--fd") == 0) {
        char *end;
        long n = strtol(argv[2], &end, 10);
        if (*end != '\0' || n < 0 || n > 65535)
            return usage();
        fd = (int)n;
        /* Handed over by quanta serve from Node, which keeps sockets non-blocking. */
        int fl = fcntl(fd, F_GETFL);
        if (fl < 0 || fcntl(fd, F_SETFL, fl & ~O_NONBLOCK) != 0) {
            say("descriptor %d: %s", fd, strerror(errno));
            return 1;
        }
    } else if (strcmp(argv[1], "--listen") == 0) {
        int l = quanta__fwd_listen(argv[2]);
        if (l < 0) {
            say("cannot listen on %s: %s", argv[2], strerror(errno));
            return 1;
        }
        char where[300];
        printf("listening on %s\n", bound_address(l, argv[2], where, sizeof where));
        fflush(stdout);
        fd = accept(l, NULL, NULL);
        close(l);
        if (strncmp(argv[2], "unix:", 5) == 0)
            unlink(argv[2] + 5);
        if (fd < 0) {
            say("accept: %s", strerror(errno));
            return 1;
        }
    } else {
        return usage();
    }
    return serve(fd);
}
