/*
 * client.c - the client library's connection to its executor (docs/design/forwarding.md):
 * one connection per process, opened at the first call from QUANTA_REMOTE ("unix:PATH",
 * "tcp:HOST:PORT", or "shm:PATH": the Unix socket PATH, then shared-memory rings the
 * executor hands over with its welcome) and QUANTA_REMOTE_TOKEN.
 *
 * Design: calls are built in a per-thread buffer (two, since building a launch may ask
 * the executor for the kernel's parameter layout), then either appended to the queue of
 * asynchronous frames or sent behind that queue and answered. One lock covers the
 * connection: a synchronous call holds it from its send to its reply, so replies arrive
 * in the order of the calls that wait for them. Queued frames go out with the next
 * synchronous call, when the queue holds QUEUE_FLUSH bytes, or after FLUSH_DELAY_US (a
 * flusher thread), so work reaches the GPU even while the program computes on the host.
 * Over shared memory nothing is queued: each call goes into the ring as it is made (a
 * copy into memory the executor, spinning or woken, takes it from).
 * A lost connection turns every later call into CUDA_ERROR_DEVICE_UNAVAILABLE (one log
 * line), never a hang; in a forked child every call answers CUDA_ERROR_NOT_INITIALIZED,
 * as the driver does once the parent has initialised it.
 */
#include "fwd_client.h"

#include <errno.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/mman.h>
#include <unistd.h>

#include "client_answers.h"
#include "client_copy.h"
#include "fwd_ring.h"
#include "sha256.h"

#define QUEUE_FLUSH (64u << 10)
#define GATHER_MIN (64u << 10) /* an input this large goes from the program's memory as it is */
#define FLUSH_DELAY_US 50
/* Every this many asynchronous calls (or bytes of them) one goes out as a fence: its
 * reply is asked for, and read when the next fence goes out (or by the next synchronous
 * call), so at most two windows are in flight, as the driver's own launch queue makes a
 * program wait when it is full. Without a bound a program ran seconds ahead of the GPU
 * (TCP buffers megabytes of launches), and an executor whose client died ran them all
 * for nobody, since TCP tells of the close only after the data before it. Waiting for
 * the window just sent instead (one fence, not two) idled the client while the executor
 * ran it: fakecuda's launches over a Unix socket fell from 2.4 to 1.28 M/s. */
#define ASYNC_WINDOW_CALLS 128u
#define ASYNC_WINDOW_BYTES (32u << 20)

enum conn_state { CONN_NEW, CONN_UP, CONN_FAILED, CONN_FORKED };

static pthread_mutex_t conn_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t queued_cond = PTHREAD_COND_INITIALIZER;
static enum conn_state state = CONN_NEW;
static struct quanta__fwd_conn conn = {.fd = -1};
static struct quanta__fwd_ring rings[2]; /* client-to-executor, executor-to-client */
static struct quanta__fwd_rings rings_mapped;
static struct quanta__fwd_buf queue; /* whole frames, header included */
static int name_images; /* over TCP to an executor with a module cache: images by their hash */
static uint32_t next_thread = 1;
/* QUANTA_REMOTE_STATS=1: counted for a line at exit (conn_lock, or atomics) */
static uint64_t stat_round_trips, stat_sent_async, stat_kept;
static uint32_t async_calls;  /* asynchronous calls since the last fence or reply (conn_lock) */
static uint64_t async_bytes;
static int fence_outstanding; /* a fence's reply not read yet (conn_lock) */
static int32_t fence_error;   /* the first error a fence's reply brought, for the next synchronous call */

static __thread uint32_t thread_id;
static __thread int depth;
static __thread struct quanta__fwd_buf requests[2];
static __thread struct quanta__fwd_buf reply;

void quanta__fwd_log(const char *fmt, ...)
{
    int saved = errno;
    char line[512];
    int n = snprintf(line, sizeof line, "quanta-remote[%d]: ", (int)getpid());
    va_list ap;
    va_start(ap, fmt);
    int m = vsnprintf(line + n, sizeof line - (size_t)n - 1, fmt, ap);
    va_end(ap);
    if (m >= 0) {
        size_t len = strlen(line);
        line[len++] = '\n';
        (void)!write(STDERR_FILENO, line, len);
    }
    errno = saved;
}

/* Closes the socket and unmaps the rings, if any. */
static void close_connection(void)
{
    if (conn.fd >= 0)
        close(conn.fd);
    quanta__fwd_rings_unmap(&rings_mapped);
    conn = (struct quanta__fwd_conn){.fd = -1};
}

/* The connection failed: later calls fail at once. conn_lock held. */
static CUresult lost(const char *what)
{
    if (state == CONN_UP)
        quanta__fwd_log("lost the executor (%s: %s): CUDA calls now fail with CUDA_ERROR_DEVICE_UNAVAILABLE", what, strerror(errno));
    close_connection();
    state = CONN_FAILED;
    queue.len = 0;
    fence_outstanding = 0;
    return CUDA_ERROR_DEVICE_UNAVAILABLE;
}

/* Writes the queued frames. conn_lock held. */
static CUresult flush_queue(void)
{
    if (queue.len == 0)
        return CUDA_SUCCESS;
    if (quanta__fwd_write_all(&conn, queue.data, queue.len) != 0)
        return lost("send");
    queue.len = 0;
    return CUDA_SUCCESS;
}

static void *flusher(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&conn_lock);
    for (;;) {
        while (state == CONN_UP && queue.len == 0)
            pthread_cond_wait(&queued_cond, &conn_lock);
        if (state != CONN_UP)
            break;
        pthread_mutex_unlock(&conn_lock);
        struct timespec ts = {0, FLUSH_DELAY_US * 1000L};
        nanosleep(&ts, NULL);
        pthread_mutex_lock(&conn_lock);
        if (state == CONN_UP)
            (void)flush_queue();
    }
    pthread_mutex_unlock(&conn_lock);
    return NULL;
}

static void in_child(void)
{
    quanta__fwd_answers_in_child();
    fence_outstanding = 0;
    /* The lock may have been held by a thread that does not exist here. */
    pthread_mutex_init(&conn_lock, NULL);
    pthread_cond_init(&queued_cond, NULL);
    if (state == CONN_UP || state == CONN_FAILED) {
        close_connection();
        state = CONN_FORKED;
    }
    queue.len = 0;
}

/* The vGPU the session asks for, from what quanta run --remote set: hello's request
 * fields. 0, or -1 with a log line naming the variable. */
static int read_request(struct quanta_fwd_hello *hello)
{
    static const struct {
        const char *name;
        unsigned long long max;
    } vars[] = {{"QUANTA_REMOTE_GPU", 4095}, {"QUANTA_REMOTE_MEM", ~0ull}, {"QUANTA_REMOTE_SHARE_PPM", 1000000}, {"QUANTA_REMOTE_WEIGHT_MILLI", 1000000000}};
    unsigned long long v[4] = {0};
    hello->gpu = -1;
    for (int i = 0; i < 4; i++) {
        const char *text = getenv(vars[i].name);
        if (text == NULL || *text == '\0')
            continue;
        char *end;
        errno = 0;
        v[i] = strtoull(text, &end, 10);
        if (errno != 0 || *end != '\0' || *text == '-' || v[i] > vars[i].max) {
            quanta__fwd_log("%s=%s is not a number from 0 to %llu", vars[i].name, text, vars[i].max);
            return -1;
        }
        if (i == 0)
            hello->gpu = (int32_t)v[0];
    }
    hello->memory = v[1];
    hello->share_ppm = (uint32_t)v[2];
    hello->weight_milli = (uint32_t)v[3];
    const char *priority = getenv("QUANTA_REMOTE_PRIORITY");
    hello->priority = QUANTA_FWD_PRIORITY_DEFAULT;
    if (priority != NULL && *priority != '\0') {
        if (strcmp(priority, "high") == 0)
            hello->priority = QUANTA_FWD_PRIORITY_HIGH;
        else if (strcmp(priority, "normal") == 0)
            hello->priority = QUANTA_FWD_PRIORITY_NORMAL;
        else if (strcmp(priority, "low") == 0)
            hello->priority = QUANTA_FWD_PRIORITY_LOW;
        else {
            quanta__fwd_log("QUANTA_REMOTE_PRIORITY=%s is not high, normal or low", priority);
            return -1;
        }
    }
    return 0;
}

/* Dials one executor (or quanta serve) at `address` and says hello: 0 with the session
 * up (conn, rings), else -1 with `why` saying what went wrong. conn_lock held. */
static int connect_one(const char *address, const struct quanta_fwd_hello *asked, char *why, size_t why_len)
{
    struct quanta_fwd_hello hello = *asked;
    /* shm:PATH is the Unix socket PATH, then rings in memory both sides map. */
    int shm = strncmp(address, "shm:", 4) == 0;
    char dial[310];
    snprintf(dial, sizeof dial, "%s%s", shm ? "unix:" : "", shm ? address + 4 : address);
    hello.transport = shm ? QUANTA_FWD_TRANSPORT_SHM : QUANTA_FWD_TRANSPORT_SOCKET;
    conn.fd = quanta__fwd_dial(dial);
    if (conn.fd < 0) {
        snprintf(why, why_len, "cannot reach the executor at %s: %s", address, strerror(errno));
        return -1;
    }
    struct quanta_fwd_header h;
    int passed = -1;
    if (quanta__fwd_send(&conn, QUANTA_FWD_KIND_HELLO, 0, 0, &hello, sizeof hello) != 0 ||
        quanta__fwd_recv_fd(conn.fd, &h, &reply, &passed) != 0) {
        snprintf(why, why_len, "the executor at %s did not answer: %s", address, strerror(errno));
        close_connection();
        return -1;
    }
    if (h.kind != QUANTA_FWD_KIND_WELCOME || reply.len < sizeof(struct quanta_fwd_welcome)) {
        int n = h.kind == QUANTA_FWD_KIND_REFUSED ? (int)(reply.len < 300 ? reply.len : 300) : 0;
        snprintf(why, why_len, "the executor at %s refused the session%s%.*s", address, n ? ": " : "", n, (const char *)reply.data);
        if (passed >= 0)
            close(passed);
        close_connection();
        return -1;
    }
    struct quanta_fwd_welcome w;
    memcpy(&w, reply.data, sizeof w);
    if (shm != (passed >= 0) || (shm && quanta__fwd_rings_map(passed, w.ring_bytes, &rings_mapped) != 0)) {
        snprintf(why, why_len, "the executor at %s answered without the shared memory asked for (or with memory not asked for)", address);
        if (passed >= 0)
            close(passed);
        close_connection();
        return -1;
    }
    /* Over the same host's transports sending an image costs less than hashing it. */
    name_images = (w.features & QUANTA_FWD_FEATURE_MODULE_CACHE) && strncmp(address, "tcp:", 4) == 0;
    if (shm) {
        close(passed); /* the mapping stays */
        quanta__fwd_ring_attach(&rings[0], &rings_mapped, 0, conn.fd);
        quanta__fwd_ring_attach(&rings[1], &rings_mapped, 1, conn.fd);
        rings[0].copy = rings[1].copy = quanta__fwd_copy; /* a large copy on several cores */
        conn.tx = &rings[0];
        conn.rx = &rings[1];
    }
    return 0;
}

/* At exit, with QUANTA_REMOTE_STATS=1: how often the program waited for the network. */
static void report_stats(void)
{
    quanta__fwd_log("stats: %llu round trips, %llu calls sent without waiting, %llu answered here (kept answers)",
                    (unsigned long long)__atomic_load_n(&stat_round_trips, __ATOMIC_RELAXED),
                    (unsigned long long)__atomic_load_n(&stat_sent_async, __ATOMIC_RELAXED),
                    (unsigned long long)__atomic_load_n(&stat_kept, __ATOMIC_RELAXED));
}

/* Opens the connection: QUANTA_REMOTE is one address or several, comma-separated (a
 * pool), tried in order until one takes the session; says which when there were several.
 * conn_lock held. */
static CUresult connect_executor(void)
{
    const char *addresses = getenv("QUANTA_REMOTE"), *token = getenv("QUANTA_REMOTE_TOKEN");
    state = CONN_FAILED;
    if (addresses == NULL || *addresses == '\0') {
        quanta__fwd_log("QUANTA_REMOTE is not set: no executor to forward CUDA calls to (quanta run --remote sets it)");
        return CUDA_ERROR_NO_DEVICE;
    }
    struct quanta_fwd_hello hello = {.magic = QUANTA_FWD_MAGIC, .version = QUANTA_FWD_VERSION, .pid = (uint32_t)getpid()};
    if (token != NULL && strlen(token) >= sizeof hello.token) {
        quanta__fwd_log("QUANTA_REMOTE_TOKEN is longer than %zu bytes", sizeof hello.token - 1);
        return CUDA_ERROR_NO_DEVICE;
    }
    if (token != NULL)
        strcpy(hello.token, token);
    if (read_request(&hello) != 0)
        return CUDA_ERROR_NO_DEVICE;
    int several = strchr(addresses, ',') != NULL, up = 0;
    char address[300], why[400], passed_over[1024] = "";
    for (const char *at = addresses; *at != '\0' && !up;) {
        size_t n = strcspn(at, ",");
        snprintf(address, sizeof address, "%.*s", (int)(n < sizeof address - 1 ? n : sizeof address - 1), at);
        at += n + (at[n] == ',');
        if (address[0] == '\0')
            continue;
        up = connect_one(address, &hello, why, sizeof why) == 0;
        if (!up && several) {
            quanta__fwd_log("%s%s", why, *at != '\0' ? "; trying the next" : "");
            size_t used = strlen(passed_over);
            snprintf(passed_over + used, sizeof passed_over - used, "%s%s", used ? ", " : "", address);
        } else if (!up) {
            quanta__fwd_log("%s", why);
        }
    }
    if (!up) {
        if (several)
            quanta__fwd_log("no executor of %s took the session", addresses);
        return CUDA_ERROR_NO_DEVICE;
    }
    if (several)
        quanta__fwd_log("forwarding CUDA calls to the executor at %s%s%s%s", address, passed_over[0] ? " (passed over: " : "",
                        passed_over, passed_over[0] ? ")" : "");
    state = CONN_UP;
    static int registered;
    if (!registered) {
        registered = 1;
        pthread_atfork(NULL, NULL, in_child);
        const char *stats = getenv("QUANTA_REMOTE_STATS");
        if (stats != NULL && strcmp(stats, "1") == 0)
            atexit(report_stats);
    }
    if (conn.tx != NULL)
        return CUDA_SUCCESS; /* calls go into the ring as they are made: nothing to flush later */
    pthread_t t;
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    if (pthread_create(&t, &attr, flusher, NULL) != 0)
        quanta__fwd_log("no flusher thread: asynchronous calls wait for the next synchronous one");
    pthread_attr_destroy(&attr);
    return CUDA_SUCCESS;
}

/* CUDA_SUCCESS if calls can be forwarded; conn_lock held. */
static CUresult usable(void)
{
    switch (state) {
    case CONN_UP:
        return CUDA_SUCCESS;
    case CONN_NEW:
        return connect_executor();
    case CONN_FORKED:
        return CUDA_ERROR_NOT_INITIALIZED;
    case CONN_FAILED:
        break;
    }
    return CUDA_ERROR_DEVICE_UNAVAILABLE;
}

const char *quanta__fwd_call_name(const struct quanta__fwd_call *c)
{
    return c->nvml ? quanta__nvml_api.names[c->fn] : quanta__cuda_api.names[c->fn];
}

void quanta__fwd_begin_nvml(struct quanta__fwd_call *c, int fn)
{
    quanta__fwd_begin(c, fn);
    c->nvml = 1;
}

void quanta__fwd_begin(struct quanta__fwd_call *c, int fn)
{
    int saved = errno;
    if (thread_id == 0)
        thread_id = __atomic_fetch_add(&next_thread, 1, __ATOMIC_RELAXED);
    c->fn = fn;
    c->nvml = 0;
    c->reply = NULL;
    c->reply_left = 0;
    c->ext = NULL;
    c->ext_len = c->ext_at = 0;
    c->into = NULL;
    c->into_cap = 0;
    c->streamed = 0;
    c->image = NULL;
    c->image_len = c->image_at = 0;
    c->keep_answer = 0;
    c->out = depth < 2 ? &requests[depth] : NULL;
    depth++;
    c->rc = c->out != NULL ? CUDA_SUCCESS : CUDA_ERROR_NOT_SUPPORTED;
    if (c->out != NULL) {
        c->out->len = 0;
        uint32_t index = (uint32_t)fn;
        quanta__fwd_put(c, &index, sizeof index);
    }
    errno = saved;
}

static void too_large(struct quanta__fwd_call *c)
{
    quanta__fwd_log("%s: the call is larger than a frame (%u bytes) or memory ran out", quanta__fwd_call_name(c),
                    (unsigned)QUANTA_FWD_MAX_PAYLOAD);
    c->rc = CUDA_ERROR_INVALID_VALUE;
}

static void add(struct quanta__fwd_call *c, const void *p, size_t n)
{
    if (c->rc == CUDA_SUCCESS && (c->out->len + c->ext_len + n > QUANTA_FWD_MAX_PAYLOAD || quanta__fwd_buf_add(c->out, p, n) != 0))
        too_large(c);
}

void quanta__fwd_put(struct quanta__fwd_call *c, const void *p, size_t n)
{
    add(c, p, n);
}

void quanta__fwd_put_opt(struct quanta__fwd_call *c, const void *p, size_t n)
{
    uint8_t present = p != NULL;
    add(c, &present, 1);
    if (present)
        add(c, p, n);
}

void quanta__fwd_put_buf(struct quanta__fwd_call *c, const void *p, uint64_t n)
{
    uint8_t present = p != NULL;
    add(c, &present, 1);
    if (!present)
        return;
    if (n > QUANTA_FWD_MAX_PAYLOAD) {
        if (c->rc == CUDA_SUCCESS)
            quanta__fwd_log("%s: %llu bytes in one call: not forwarded yet (at most %u)", quanta__fwd_call_name(c),
                            (unsigned long long)n, (unsigned)QUANTA_FWD_MAX_PAYLOAD);
        c->rc = CUDA_ERROR_NOT_SUPPORTED;
        return;
    }
    add(c, &n, sizeof n);
    if (n < GATHER_MIN || c->ext != NULL) {
        add(c, p, (size_t)n);
    } else if (c->rc == CUDA_SUCCESS && c->out->len + n > QUANTA_FWD_MAX_PAYLOAD) {
        too_large(c);
    } else {
        c->ext = p;
        c->ext_len = (size_t)n;
        c->ext_at = c->out->len;
    }
}

void quanta__fwd_put_cstring(struct quanta__fwd_call *c, const char *s)
{
    quanta__fwd_put_buf(c, s, s != NULL ? strlen(s) + 1 : 0);
}

void quanta__fwd_put_image(struct quanta__fwd_call *c, const void *image)
{
    image = quanta__fwd_image_bytes(image); /* a wrapper's pointer would mean nothing there */
    size_t n = image != NULL ? quanta__fwd_image_size(image) : 0;
    if (image != NULL && n == 0 && c->rc == CUDA_SUCCESS) {
        quanta__fwd_log("%s: a module image of unknown size", quanta__fwd_call_name(c));
        c->rc = CUDA_ERROR_INVALID_IMAGE;
    }
    if (image != NULL && n >= QUANTA_FWD_IMAGE_NAMED_MIN && n <= QUANTA_FWD_MAX_PAYLOAD && c->ext == NULL && c->image == NULL &&
        __atomic_load_n(&name_images, __ATOMIC_RELAXED) && c->rc == CUDA_SUCCESS) {
        uint8_t how = QUANTA_FWD_IMAGE_NAMED, hash[32];
        uint64_t len = n;
        quanta__sha256(image, n, hash);
        c->image = image;
        c->image_len = n;
        c->image_at = c->out->len;
        add(c, &how, 1);
        add(c, &len, sizeof len);
        add(c, hash, sizeof hash);
        return;
    }
    quanta__fwd_put_buf(c, image, n); /* its layout is IMAGE_INLINE's */
}

/* The executor lacks the image the call named: the request again with the image inline
 * (its bytes from the program's memory, in place of the hash). */
static void inline_image(struct quanta__fwd_call *c)
{
    uint8_t *at = c->out->data + c->image_at;
    size_t named = 1 + sizeof(uint64_t) + 32, rest = c->out->len - c->image_at - named;
    at[0] = QUANTA_FWD_IMAGE_INLINE; /* the length that follows stays */
    memmove(at + 1 + sizeof(uint64_t), at + named, rest);
    c->out->len -= 32;
    c->ext = c->image;
    c->ext_len = c->image_len;
    c->ext_at = c->image_at + 1 + sizeof(uint64_t);
    c->image = NULL;
}

size_t quanta__fwd_chunk(size_t n)
{
    if (n <= (1u << 20))
        return n;
    size_t quarter = (n + 3) / 4;
    return quarter < (256u << 10) ? (256u << 10) : quarter > QUANTA_FWD_CHUNK ? QUANTA_FWD_CHUNK : quarter;
}

void quanta__fwd_stream_into(struct quanta__fwd_call *c, void *p, uint64_t cap)
{
    c->into = p;
    c->into_cap = cap;
}

void quanta__fwd_want(struct quanta__fwd_call *c, int want)
{
    uint8_t w = want != 0;
    add(c, &w, 1);
}

/* Appends the built call to the queue as a frame; over shared memory, and for a call too
 * large to be worth batching, sends it at once (behind what is queued). conn_lock held. */
static CUresult enqueue(struct quanta__fwd_call *c, uint32_t flags)
{
    if (c->nvml)
        flags |= QUANTA_FWD_FLAG_NVML;
    struct quanta_fwd_header h = {.length = (uint32_t)c->out->len, .kind = QUANTA_FWD_KIND_CALL, .flags = flags, .thread = thread_id};
    if (conn.tx != NULL || c->out->len >= QUEUE_FLUSH || c->ext != NULL) {
        CUresult rc = flush_queue();
        struct iovec parts[3] = {{c->out->data, c->ext_at}, {(void *)c->ext, c->ext_len},
                                 {c->out->data + c->ext_at, c->out->len - c->ext_at}};
        if (c->ext == NULL)
            parts[0].iov_len = c->out->len;
        if (rc == CUDA_SUCCESS && quanta__fwd_sendv(&conn, QUANTA_FWD_KIND_CALL, flags, thread_id, parts, c->ext != NULL ? 3 : 1) != 0)
            rc = lost("send");
        return rc;
    }
    if (quanta__fwd_buf_add(&queue, &h, sizeof h) != 0 || quanta__fwd_buf_add(&queue, c->out->data, c->out->len) != 0) {
        CUresult rc = flush_queue(); /* the queue is full: send it, then the call alone */
        if (rc != CUDA_SUCCESS)
            return rc;
        if (quanta__fwd_buf_add(&queue, &h, sizeof h) != 0 || quanta__fwd_buf_add(&queue, c->out->data, c->out->len) != 0)
            return CUDA_ERROR_OUT_OF_MEMORY;
    }
    return CUDA_SUCCESS;
}

/* Reads the outstanding fence's reply, which comes before any later reply; keeps its
 * error for the next synchronous call. conn_lock held. */
static CUresult settle_fence(void)
{
    if (!fence_outstanding)
        return CUDA_SUCCESS;
    fence_outstanding = 0;
    struct quanta_fwd_header h;
    if (quanta__fwd_recv_header(&conn, &h) != 0 || quanta__fwd_recv_payload(&conn, &h, &reply) != 0)
        return lost("receive");
    struct quanta_fwd_reply r;
    if (h.kind != QUANTA_FWD_KIND_REPLY || reply.len < sizeof r) {
        errno = EPROTO;
        return lost("an unexpected frame");
    }
    memcpy(&r, reply.data, sizeof r);
    if (fence_error == CUDA_SUCCESS)
        fence_error = r.result != CUDA_SUCCESS ? r.result : r.async_result;
    stat_round_trips++;
    return CUDA_SUCCESS;
}

CUresult quanta__fwd_async(struct quanta__fwd_call *c)
{
    depth--;
    if (c->rc != CUDA_SUCCESS)
        return c->rc;
    int saved = errno;
    pthread_mutex_lock(&conn_lock);
    stat_sent_async++;
    CUresult rc = usable();
    async_calls++;
    async_bytes += c->out->len + c->ext_len;
    if (async_calls >= ASYNC_WINDOW_CALLS || async_bytes >= ASYNC_WINDOW_BYTES) {
        /* A fence: the previous one's reply first (the executor has run the window
         * before it), then this call with its reply asked for, read at the next fence. */
        if (rc == CUDA_SUCCESS)
            rc = settle_fence();
        if (rc == CUDA_SUCCESS)
            rc = enqueue(c, 0);
        if (rc == CUDA_SUCCESS)
            rc = flush_queue();
        if (rc == CUDA_SUCCESS)
            fence_outstanding = 1;
        async_calls = 0;
        async_bytes = 0;
    } else {
        if (rc == CUDA_SUCCESS)
            rc = enqueue(c, QUANTA_FWD_FLAG_ASYNC);
        if (rc == CUDA_SUCCESS && queue.len >= QUEUE_FLUSH)
            rc = flush_queue();
        else if (rc == CUDA_SUCCESS)
            pthread_cond_signal(&queued_cond);
    }
    pthread_mutex_unlock(&conn_lock);
    errno = saved;
    return rc;
}

/* A streamed reply (KIND_STREAM): its output straight into the program's buffer as the
 * executor sends it, then the fwd_reply into `reply`. conn_lock held. */
static CUresult receive_stream(struct quanta__fwd_call *c, const struct quanta_fwd_header *h)
{
    uint64_t n;
    if (quanta__fwd_recv_bytes(&conn, &n, sizeof n) != 0)
        return lost("receive");
    if (c->into == NULL || n > c->into_cap || h->length != sizeof n + n + sizeof(struct quanta_fwd_reply)) {
        errno = EPROTO;
        return lost("a streamed reply not asked for, or larger than its buffer");
    }
    reply.len = 0;
    void *r = quanta__fwd_buf_grow(&reply, sizeof(struct quanta_fwd_reply));
    if (r == NULL || quanta__fwd_recv_bytes(&conn, c->into, (size_t)n) != 0 || quanta__fwd_recv_bytes(&conn, r, sizeof(struct quanta_fwd_reply)) != 0)
        return lost("receive");
    c->streamed = 1;
    return CUDA_SUCCESS;
}

/* The reply to the call just sent, into `reply`. conn_lock held. */
static CUresult receive_reply(struct quanta__fwd_call *c)
{
    struct quanta_fwd_header h;
    if (quanta__fwd_recv_header(&conn, &h) != 0)
        return lost("receive");
    if (h.kind == QUANTA_FWD_KIND_STREAM)
        return receive_stream(c, &h);
    if (quanta__fwd_recv_payload(&conn, &h, &reply) != 0)
        return lost("receive");
    if (h.kind != QUANTA_FWD_KIND_REPLY || reply.len < sizeof(struct quanta_fwd_reply)) {
        errno = EPROTO;
        return lost("an unexpected frame");
    }
    return CUDA_SUCCESS;
}

CUresult quanta__fwd_sync(struct quanta__fwd_call *c)
{
    if (c->rc != CUDA_SUCCESS)
        return c->rc;
    int saved = errno;
    if (c->keep_answer && c->ext == NULL && __atomic_load_n(&state, __ATOMIC_RELAXED) == CONN_UP &&
        quanta__fwd_answer_find(c->out->data, c->out->len, &reply)) {
        c->reply = reply.data + sizeof(struct quanta_fwd_reply); /* kept: a successful reply */
        c->reply_left = reply.len - sizeof(struct quanta_fwd_reply);
        __atomic_add_fetch(&stat_kept, 1, __ATOMIC_RELAXED);
        errno = saved;
        return CUDA_SUCCESS;
    }
    pthread_mutex_lock(&conn_lock);
    CUresult rc = usable();
    int32_t earlier_async = CUDA_SUCCESS;
    for (int attempt = 0; attempt < 2; attempt++) {
        if (rc == CUDA_SUCCESS)
            rc = enqueue(c, c->into != NULL ? QUANTA_FWD_FLAG_STREAM : 0);
        if (rc == CUDA_SUCCESS)
            rc = flush_queue();
        if (rc == CUDA_SUCCESS)
            rc = settle_fence();
        if (rc == CUDA_SUCCESS)
            rc = receive_reply(c);
        if (rc == CUDA_SUCCESS)
            stat_round_trips++;
        if (rc != CUDA_SUCCESS || c->image == NULL)
            break;
        struct quanta_fwd_reply first;
        memcpy(&first, reply.data, sizeof first);
        if (first.result != QUANTA_FWD_RESULT_IMAGE_NEEDED)
            break;
        earlier_async = first.async_result; /* the executor gave it with this reply, not again */
        inline_image(c); /* asked for once: the executor stores it for the next time */
    }
    int32_t fenced = CUDA_SUCCESS; /* an earlier window's error, not yet returned */
    if (rc == CUDA_SUCCESS) { /* every call before this one has run on the executor */
        async_calls = 0, async_bytes = 0;
        if (!c->nvml) {
            fenced = fence_error;
            fence_error = CUDA_SUCCESS;
        }
    }
    pthread_mutex_unlock(&conn_lock);
    if (rc == CUDA_SUCCESS) {
        struct quanta_fwd_reply r;
        memcpy(&r, reply.data, sizeof r);
        if (c->keep_answer && r.result == CUDA_SUCCESS && !c->streamed) {
            struct quanta_fwd_reply plain = {.result = CUDA_SUCCESS, .async_result = CUDA_SUCCESS};
            memcpy(reply.data, &plain, sizeof plain); /* kept without this call's asynchronous error */
            quanta__fwd_answer_keep(c->out->data, c->out->len, reply.data, reply.len);
            memcpy(reply.data, &r, sizeof r);
        }
        if (r.async_result == CUDA_SUCCESS)
            r.async_result = earlier_async != CUDA_SUCCESS ? earlier_async : fenced;
        c->reply = reply.data + sizeof r;
        c->reply_left = reply.len - sizeof r;
        /* An NVML reply carries no asynchronous CUDA error (the executor keeps it for the
         * thread's next driver call). */
        rc = !c->nvml && r.result == CUDA_SUCCESS && r.async_result != CUDA_SUCCESS ? (CUresult)r.async_result : (CUresult)r.result;
    } else {
        c->rc = rc;
    }
    errno = saved;
    return rc;
}

static int take(struct quanta__fwd_call *c, void *p, size_t n)
{
    if (c->rc != CUDA_SUCCESS || c->reply == NULL)
        return -1;
    if (c->reply_left < n) {
        quanta__fwd_log("%s: the executor's reply is shorter than its outputs", quanta__fwd_call_name(c));
        c->rc = CUDA_ERROR_UNKNOWN;
        return -1;
    }
    if (p != NULL)
        memcpy(p, c->reply, n);
    c->reply += n;
    c->reply_left -= n;
    return 0;
}

void quanta__fwd_get_opt(struct quanta__fwd_call *c, void *p, size_t n)
{
    if (p != NULL)
        (void)take(c, p, n);
}

void quanta__fwd_get_buf(struct quanta__fwd_call *c, void *p, uint64_t cap)
{
    if (c->streamed && p == c->into)
        return; /* it came streamed, already where it belongs */
    uint64_t n = 0;
    if (p == NULL || take(c, &n, sizeof n) != 0)
        return;
    if (n > cap) {
        quanta__fwd_log("%s: the executor sent %llu bytes for %llu", quanta__fwd_call_name(c), (unsigned long long)n,
                        (unsigned long long)cap);
        c->rc = CUDA_ERROR_UNKNOWN;
        return;
    }
    (void)take(c, p, (size_t)n);
}

#define NAME_MAX_BYTES (64u << 10) /* a mangled C++ kernel name is long, not this long */

/* This library's copy of `name`: one per distinct string, never freed (the program may
 * keep the pointer as long as the driver's). NULL if memory ran out. */
static const char *intern(const char *name)
{
    struct interned {
        struct interned *next;
        char text[];
    };
    static struct interned *names;
    static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
    pthread_mutex_lock(&lock);
    struct interned *e = names;
    while (e != NULL && strcmp(e->text, name) != 0)
        e = e->next;
    if (e == NULL && (e = malloc(sizeof *e + strlen(name) + 1)) != NULL) {
        strcpy(e->text, name);
        e->next = names;
        names = e;
    }
    pthread_mutex_unlock(&lock);
    return e != NULL ? e->text : NULL;
}

void quanta__fwd_get_name(struct quanta__fwd_call *c, const char **p)
{
    uint64_t n = 0;
    if (p == NULL || take(c, &n, sizeof n) != 0 || n == 0) /* 0: the call failed, nothing to give */
        return;
    if (n > c->reply_left || n > NAME_MAX_BYTES || memchr(c->reply, '\0', (size_t)n) != (const void *)(c->reply + n - 1)) {
        quanta__fwd_log("%s: the executor's name is not one string of at most %u bytes", quanta__fwd_call_name(c), NAME_MAX_BYTES);
        c->rc = CUDA_ERROR_UNKNOWN;
        return;
    }
    const char *copy = intern((const char *)c->reply);
    if (copy == NULL)
        c->rc = CUDA_ERROR_OUT_OF_MEMORY;
    else
        *p = copy;
    c->reply += n;
    c->reply_left -= (size_t)n;
}

CUresult quanta__fwd_end(struct quanta__fwd_call *c, CUresult rc)
{
    depth--;
    return c->rc != CUDA_SUCCESS ? c->rc : rc;
}

nvmlReturn_t quanta__fwd_end_nvml(struct quanta__fwd_call *c, CUresult rc)
{
    CUresult local = c->rc; /* a failure on this side, in CUDA's terms */
    rc = quanta__fwd_end(c, rc);
    switch (local) {
    case CUDA_SUCCESS:
        return (nvmlReturn_t)rc; /* NVML's own answer */
    case CUDA_ERROR_NOT_SUPPORTED:
        return NVML_ERROR_NOT_SUPPORTED;
    case CUDA_ERROR_INVALID_VALUE:
        return NVML_ERROR_INVALID_ARGUMENT;
    case CUDA_ERROR_NO_DEVICE:
    case CUDA_ERROR_NOT_INITIALIZED:
        return NVML_ERROR_DRIVER_NOT_LOADED; /* no executor: no driver, as far as NVML can tell */
    case CUDA_ERROR_DEVICE_UNAVAILABLE:
        return NVML_ERROR_GPU_IS_LOST;
    default:
        return NVML_ERROR_UNKNOWN;
    }
}

/* Logs, once per entry point (said[fn]), that `name` is not forwarded and returns `code`. */
static void not_forwarded_once(unsigned char *said, int count, int fn, const char *const *names, const char *code)
{
    if (fn >= 0 && fn < count && !__atomic_exchange_n(&said[fn], 1, __ATOMIC_RELAXED))
        quanta__fwd_log("%s is not forwarded: it returns %s", names[fn], code);
}

nvmlReturn_t quanta__fwd_nvml_unsupported(int fn)
{
    static unsigned char said[QUANTA_NVML_FN_COUNT];
    not_forwarded_once(said, QUANTA_NVML_FN_COUNT, fn, quanta__nvml_api.names, "NVML_ERROR_NOT_SUPPORTED");
    return NVML_ERROR_NOT_SUPPORTED;
}

nvmlReturn_t quanta__fwd_nvml_null_only(int fn, const char *param)
{
    quanta__fwd_log("%s with %s set is not forwarded: it returns NVML_ERROR_NOT_SUPPORTED", quanta__nvml_api.names[fn], param);
    return NVML_ERROR_NOT_SUPPORTED;
}

CUresult quanta__fwd_unsupported(int fn)
{
    static unsigned char said[QUANTA_CUDA_FN_COUNT];
    not_forwarded_once(said, QUANTA_CUDA_FN_COUNT, fn, quanta__cuda_api.names, "CUDA_ERROR_NOT_SUPPORTED");
    return CUDA_ERROR_NOT_SUPPORTED;
}

CUresult quanta__fwd_null_only(int fn, const char *param)
{
    quanta__fwd_log("%s with %s set is not forwarded: it returns CUDA_ERROR_NOT_SUPPORTED", quanta__cuda_api.names[fn], param);
    return CUDA_ERROR_NOT_SUPPORTED;
}
