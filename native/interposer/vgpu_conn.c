/*
 * vgpu_conn.c - this process's registration with the daemon, and its watcher.
 *
 * `quanta run --mem` gives the program QUANTA_SOCKET and QUANTA_TOKEN; they are read
 * when libquanta loads (before the program's own code runs). At the first allocation
 * the process registers with the daemon (hello with the token; the daemon learns the
 * pid and uid from the kernel), maps the vGPU's segment, which comes with the answer as a
 * file descriptor (SCM_RIGHTS: the segments' folder is closed to tenants, so no vGPU can
 * open another's), and takes a slot; from then on reservations touch
 * only the segment (vgpu_quota.c, native/common/vgpu_segment.c). The connection stays
 * open: its closing tells the daemon the process is gone. A child after fork() registers
 * anew. If the daemon cannot be reached, device memory is refused (with one log line): a
 * program started in a vGPU never runs without its limits. Processes not started in a
 * vGPU pay one branch per allocation.
 *
 * The requests are encoded and the answer decoded by the protocol codec generated from
 * api/wire/protocol.json (native/gen/quanta_proto.c): the answer is read up to one line of
 * QUANTA_PROTO_MAX_LINE bytes and refused, not trusted, when it is malformed, truncated,
 * too long or of another version. This file also owns the shared hot state.
 */
#define _GNU_SOURCE
#include "vgpu_internal.h"
#include "gate.h"

#include <errno.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>

#include "json_scan.h"
#include "libs.h"
#include "log.h"
#include "quanta_proto.h"

struct quanta__vgpu_hot quanta__vgpu = {.slot = -1};

static char sock_path[sizeof(((struct sockaddr_un *)0)->sun_path)];
static char token[40];

static pthread_mutex_t reg_lock = PTHREAD_MUTEX_INITIALIZER;
static int conn_fd = -1;
/* The wake request, encoded once at registration: poking must not format anything. */
static char wake_line[64];
static int wake_len;

/* The answer's UUID buffers are the segment's, so slices copy them whole. */
_Static_assert(sizeof(((struct quanta_proto_vgpu_gpu *)0)->uuid) == QUANTA_SEG_UUID_LEN, "api/wire/protocol.json: uuid");
_Static_assert(sizeof(((struct quanta_proto_hello_answer *)0)->gpus) / sizeof(struct quanta_proto_vgpu_gpu) <= QUANTA_SEG_MAX_GPUS,
               "api/wire/protocol.json: gpus");

static void forget_registration_in_child(void)
{
    if (conn_fd >= 0)
        close(conn_fd); /* the parent's connection stays open in the parent */
    conn_fd = -1;
    quanta__vgpu.registered = 0;
    quanta__vgpu.slot = -1;
    quanta__vgpu.only_slice = 0;
    quanta__vgpu.credit = 0; /* the parent's slot holds it */
    quanta__gate_forget_in_child();
    __atomic_clear(&quanta__vgpu.tables_busy, __ATOMIC_RELAXED); /* its holder may not exist here */
    pthread_mutex_init(&reg_lock, NULL);
}

__attribute__((constructor)) static void vgpu_init(void)
{
    int saved = errno;
    const char *s = getenv("QUANTA_SOCKET"), *t = getenv("QUANTA_TOKEN");
    if (s && t && strlen(s) < sizeof sock_path && strlen(t) < sizeof token) {
        strcpy(sock_path, s);
        strcpy(token, t);
        quanta__vgpu.in_vgpu = 1;
        (void)pthread_atfork(NULL, NULL, forget_registration_in_child);
    }
    errno = saved;
}

/* Keeps the first descriptor an SCM_RIGHTS message carried in *passed (if it has none
 * yet) and closes any others: a daemon that sends more gets no descriptor leaked. */
static void take_passed_fds(struct msghdr *msg, int *passed)
{
    for (struct cmsghdr *c = CMSG_FIRSTHDR(msg); c != NULL; c = CMSG_NXTHDR(msg, c)) {
        if (c->cmsg_level != SOL_SOCKET || c->cmsg_type != SCM_RIGHTS || c->cmsg_len < CMSG_LEN(0))
            continue;
        size_t n = (c->cmsg_len - CMSG_LEN(0)) / sizeof(int);
        for (size_t i = 0; i < n; i++) {
            int fd;
            memcpy(&fd, CMSG_DATA(c) + i * sizeof(int), sizeof fd);
            if (*passed < 0)
                *passed = fd;
            else
                close(fd);
        }
    }
}

/* Reads one line of at most sizeof buf bytes from fd into buf; returns its length (the
 * newline not counted), or -1 with *why set. A descriptor sent with it (SCM_RIGHTS) goes
 * to *passed (-1 if none came); the caller closes it. */
static ssize_t read_line(int fd, char *buf, size_t size, int *passed, const char **why)
{
    size_t got = 0;
    const char *nl;
    *passed = -1;
    while ((nl = memchr(buf, '\n', got)) == NULL) {
        if (got == size) {
            *why = "an answer longer than the protocol allows";
            return -1;
        }
        struct pollfd pfd = {.fd = fd, .events = POLLIN};
        if (poll(&pfd, 1, 5000) <= 0) {
            *why = "no answer";
            return -1;
        }
        union {
            char buf[CMSG_SPACE(4 * sizeof(int))];
            struct cmsghdr align;
        } control;
        struct iovec iov = {.iov_base = buf + got, .iov_len = size - got};
        struct msghdr msg = {.msg_iov = &iov, .msg_iovlen = 1, .msg_control = control.buf, .msg_controllen = sizeof control.buf};
        ssize_t r = recvmsg(fd, &msg, MSG_CMSG_CLOEXEC);
        if (r > 0)
            take_passed_fds(&msg, passed);
        if (r <= 0) {
            *why = "connection closed";
            return -1;
        }
        got += (size_t)r;
    }
    return nl - buf;
}

/* One hello exchange. Returns 0 and fills the registration (or, when `again`, only
 * renews the connection of an existing one), or -1 with why[size] saying why. */
static int hello(int again, char *why, size_t why_size)
{
    const char *fail = NULL;
    int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    struct sockaddr_un addr = {.sun_family = AF_UNIX};
    strcpy(addr.sun_path, sock_path);
    char line[QUANTA_PROTO_MAX_LINE];
    struct quanta_proto_hello_answer answer;
    /* No pid: the daemon asks the kernel who connected. A first hello asks for the
     * segment as a descriptor, so that no path to it need be open to this process. */
    int n = quanta__proto_encode_hello(line, sizeof line, 1, token, !again);
    ssize_t len = 0;
    int seg_fd = -1;
    if (fd < 0 || connect(fd, (struct sockaddr *)&addr, sizeof addr) != 0)
        fail = "cannot connect";
    else if (n < 0 || send(fd, line, (size_t)n, MSG_NOSIGNAL) != n) /* no SIGPIPE if the daemon just went */
        fail = "cannot write";
    else if ((len = read_line(fd, line, sizeof line, &seg_fd, &fail)) >= 0) {
        int rc = quanta__proto_decode_hello_answer(line, (size_t)len, &answer);
        if (rc != 0)
            snprintf(why, why_size, "an answer it cannot read: %s", quanta__json_strerror(rc));
        else if (answer.id != 1)
            snprintf(why, why_size, "an answer to another request");
        else if (!answer.ok)
            snprintf(why, why_size, "refused: %.180s (%.40s)", answer.error.message, answer.error.code);
        if (rc != 0 || answer.id != 1 || !answer.ok)
            fail = why;
    }
    if (fail == NULL && !again) {
        char uuids[QUANTA_SEG_MAX_GPUS][QUANTA_SEG_UUID_LEN];
        for (uint32_t i = 0; i < answer.gpus_count; i++)
            memcpy(uuids[i], answer.gpus[i].uuid, QUANTA_SEG_UUID_LEN);
        if (quanta__vgpu.seg == NULL && seg_fd < 0)
            fail = "the daemon sent no segment with its answer";
        else if (quanta__vgpu.seg == NULL && quanta__seg_map(seg_fd, &quanta__vgpu.seg) != 0)
            fail = "cannot map the vGPU's segment";
        else if ((quanta__vgpu.slot = quanta__seg_join(quanta__vgpu.seg, getpid())) < 0)
            fail = "the vGPU has no free process slot";
        else
            quanta__vgpu_slices_set((int)answer.gpus_count, (const char (*)[QUANTA_SEG_UUID_LEN])uuids);
    }
    if (seg_fd >= 0)
        close(seg_fd); /* mapped, or not needed */
    if (fail != NULL) {
        if (fail != why)
            snprintf(why, why_size, "%s", fail);
        if (fd >= 0)
            close(fd);
        return -1;
    }
    /* again: same vGPU, segment and slot; only the connection is new. */
    __atomic_store_n(&conn_fd, fd, __ATOMIC_RELEASE);
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
        char why[256];
        for (long delay_ms = 100; hello(1, why, sizeof why) != 0; delay_ms = delay_ms < 2000 ? delay_ms * 2 : 2000)
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

int quanta__vgpu_ensure_registered(void)
{
    if (__atomic_load_n(&quanta__vgpu.registered, __ATOMIC_ACQUIRE) != 0)
        return quanta__vgpu.registered;
    pthread_mutex_lock(&reg_lock);
    if (quanta__vgpu.registered == 0) {
        char why[256] = "unknown";
        int ok = -1;
        for (int attempt = 0; attempt < 50 && ok != 0; attempt++) { /* about 5 s */
            ok = hello(0, why, sizeof why);
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
            quanta__vgpu.only_slice = quanta__vgpu_slice_count() == 1 && count != NULL && count(&n) == CUDA_SUCCESS &&
                                      n == 1 && quanta__vgpu_slice_of(0) == 0;
            wake_len = quanta__proto_encode_wake(wake_line, sizeof wake_line, 0);
            char dir[sizeof sock_path];
            strcpy(dir, sock_path);
            char *slash = strrchr(dir, '/');
            if (slash != NULL) {
                *slash = '\0';
                quanta__gate_attach(dir, quanta__vgpu.seg, quanta__vgpu_slice_count(), quanta__vgpu_slice_uuids(),
                                    quanta__vgpu.only_slice);
            }
        }
        __atomic_store_n(&quanta__vgpu.registered, ok == 0 ? 1 : -1, __ATOMIC_RELEASE);
        if (ok == 0)
            start_watcher();
    }
    pthread_mutex_unlock(&reg_lock);
    return quanta__vgpu.registered;
}

void quanta__vgpu_poke(void)
{
    int fd = __atomic_load_n(&conn_fd, __ATOMIC_ACQUIRE);
    if (fd >= 0 && wake_len > 0) /* best effort: the daemon also decides on its own tick */
        (void)send(fd, wake_line, (size_t)wake_len, MSG_NOSIGNAL | MSG_DONTWAIT);
}

int quanta__vgpu_active(void)
{
    return quanta__vgpu.in_vgpu;
}
