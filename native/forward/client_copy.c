/*
 * client_copy.c - the client's copies of large buffers into and out of the shared-memory
 * rings, spread over a few helper threads (client_copy.h).
 *
 * Why: over shared memory a copy between the program's memory and the GPU costs one host
 * copy more than natively (program <-> ring); one core copies about 6-7 GB/s, less than
 * the driver's own pageable copies, so one thread would cap forwarded copies below
 * native. Split over the caller and up to three helpers, the copy keeps up.
 *
 * Design: helpers start at the first large copy (none in a program that never makes
 * one) and wait on a condition variable; a copy posts one part per helper, does the
 * first part itself, and waits for the others. One copy runs at a time (the caller holds
 * the connection's lock; a mutex here keeps it so regardless). In a forked child the
 * helpers do not exist: it copies alone.
 */
#include "client_copy.h"

#include <errno.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define MAX_HELPERS 3
#define SPLIT_MIN (1u << 20) /* smaller copies are not worth waking anyone for */

struct part {
    void *dst;
    const void *src;
    size_t n;
};

static pthread_mutex_t copy_lock = PTHREAD_MUTEX_INITIALIZER; /* one copy at a time */
static pthread_mutex_t pool_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t posted = PTHREAD_COND_INITIALIZER, finished = PTHREAD_COND_INITIALIZER;
static struct part parts[MAX_HELPERS];
static unsigned generation, pending;
static int helpers = -1; /* -1: not started yet; then how many run */
static pid_t helpers_pid;

static void *helper(void *arg)
{
    unsigned i = (unsigned)(uintptr_t)arg, seen = 0;
    pthread_mutex_lock(&pool_lock);
    for (;;) {
        while (generation == seen)
            pthread_cond_wait(&posted, &pool_lock);
        seen = generation;
        struct part p = parts[i];
        pthread_mutex_unlock(&pool_lock);
        memcpy(p.dst, p.src, p.n);
        pthread_mutex_lock(&pool_lock);
        if (--pending == 0)
            pthread_cond_signal(&finished);
    }
    return NULL;
}

/* How many helpers to run: QUANTA_REMOTE_COPY_THREADS (0 to 3), else up to three, one
 * fewer than the processors online. */
static int helpers_wanted(void)
{
    const char *s = getenv("QUANTA_REMOTE_COPY_THREADS");
    if (s != NULL && s[0] >= '0' && s[0] <= '0' + MAX_HELPERS && s[1] == '\0')
        return s[0] - '0';
    long cpus = sysconf(_SC_NPROCESSORS_ONLN);
    return cpus <= 1 ? 0 : cpus - 1 < MAX_HELPERS ? (int)cpus - 1 : MAX_HELPERS;
}

/* Starts the helpers once per process (pool_lock held). */
static void start_helpers(void)
{
    if (helpers >= 0 && helpers_pid == getpid())
        return;
    if (helpers >= 0) { /* a forked child: the parent's helpers are not here */
        helpers = 0;
        helpers_pid = getpid();
        return;
    }
    helpers_pid = getpid();
    int want = helpers_wanted();
    helpers = 0;
    for (int i = 0; i < want; i++) {
        pthread_t t;
        pthread_attr_t a;
        pthread_attr_init(&a);
        pthread_attr_setdetachstate(&a, PTHREAD_CREATE_DETACHED);
        pthread_attr_setstacksize(&a, 64 * 1024);
        int rc = pthread_create(&t, &a, helper, (void *)(uintptr_t)i);
        pthread_attr_destroy(&a);
        if (rc != 0)
            break;
        helpers++;
    }
}

void quanta__fwd_copy(void *dst, const void *src, size_t n)
{
    if (n < SPLIT_MIN) {
        memcpy(dst, src, n);
        return;
    }
    int saved = errno;
    pthread_mutex_lock(&copy_lock);
    pthread_mutex_lock(&pool_lock);
    start_helpers();
    errno = saved;
    int k = helpers;
    if (k == 0) {
        pthread_mutex_unlock(&pool_lock);
        memcpy(dst, src, n);
        pthread_mutex_unlock(&copy_lock);
        return;
    }
    /* k + 1 parts on 64-byte boundaries; the caller takes the first. */
    size_t part = ((n / (size_t)(k + 1)) + 63) & ~(size_t)63;
    for (int i = 0; i < k; i++) {
        size_t at = part * (size_t)(i + 1);
        size_t len = at >= n ? 0 : n - at < part ? n - at : part;
        parts[i] = (struct part){(char *)dst + at, (const char *)src + at, len};
    }
    pending = (unsigned)k;
    generation++;
    pthread_cond_broadcast(&posted);
    pthread_mutex_unlock(&pool_lock);
    memcpy(dst, src, part < n ? part : n);
    pthread_mutex_lock(&pool_lock);
    while (pending != 0)
        pthread_cond_wait(&finished, &pool_lock);
    pthread_mutex_unlock(&pool_lock);
    pthread_mutex_unlock(&copy_lock);
}
