/*
 * trace.c - `quanta run --trace`: what a program asks of the driver.
 *
 * Wrappers count calls per symbol (wrap.h) while tracing is on. At exit, a process that
 * made any driver or NVML call prints a summary to stderr and, when QUANTA_TRACE_FILE
 * names a file, appends one JSON line to it (O_APPEND, one write, so processes sharing
 * the file do not interleave). Symbols that reached the program without a wrapper are
 * listed as "unwrapped": there should be none.
 */
#define _GNU_SOURCE
#include "libs.h"
#include "log.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int quanta__tracing;

#define MAX_UNWRAPPED 64
static pthread_mutex_t unwrapped_lock = PTHREAD_MUTEX_INITIALIZER;
static char unwrapped[MAX_UNWRAPPED][80];
static int unwrapped_count;

void quanta__trace_unwrapped(const char *lib_id, const char *symbol, const char *path)
{
    int saved = errno;
    char name[80];
    snprintf(name, sizeof name, "%s", symbol ? symbol : "(null)");
    pthread_mutex_lock(&unwrapped_lock);
    int seen = 0;
    for (int i = 0; i < unwrapped_count && !seen; i++)
        seen = strcmp(unwrapped[i], name) == 0;
    if (!seen && unwrapped_count < MAX_UNWRAPPED)
        memcpy(unwrapped[unwrapped_count++], name, sizeof name);
    pthread_mutex_unlock(&unwrapped_lock);
    if (!seen)
        quanta__debug("%s %s reached the program through %s without a wrapper", lib_id, name, path);
    errno = saved;
}

/* A growable text buffer; on allocation failure it stops growing and stays valid. */
struct buf {
    char *p;
    size_t len, cap;
};

static void put(struct buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void put(struct buf *b, const char *fmt, ...)
{
    for (int attempt = 0; attempt < 2; attempt++) {
        va_list ap;
        va_start(ap, fmt);
        int n = vsnprintf(b->p ? b->p + b->len : NULL, b->p ? b->cap - b->len : 0, fmt, ap);
        va_end(ap);
        if (n < 0)
            return;
        if (b->p && b->len + (size_t)n < b->cap) {
            b->len += (size_t)n;
            return;
        }
        size_t cap = (b->cap + (size_t)n + 1) * 2;
        char *p = realloc(b->p, cap);
        if (p == NULL)
            return;
        b->p = p;
        b->cap = cap;
    }
}

static void json_string(struct buf *b, const char *s)
{
    put(b, "\"");
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\')
            put(b, "\\%c", c);
        else if (c < 0x20)
            put(b, "\\u%04x", c);
        else
            put(b, "%c", c);
    }
    put(b, "\"");
}

static void program_name(char *out, size_t size)
{
    ssize_t n = readlink("/proc/self/exe", out, size - 1);
    out[n > 0 ? (size_t)n : 0] = '\0';
}

struct count {
    const char *name;
    uint64_t n;
};

static int by_count_desc(const void *a, const void *b)
{
    const struct count *x = a, *y = b;
    return x->n < y->n ? 1 : x->n > y->n ? -1 : strcmp(x->name, y->name);
}

static size_t collect(const struct quanta__lib *lib, struct count *out)
{
    size_t k = 0;
    for (int fn = 0; fn < lib->api->count; fn++) {
        uint64_t n = __atomic_load_n(&lib->calls[fn], __ATOMIC_RELAXED);
        if (n)
            out[k++] = (struct count){lib->api->names[fn], n};
    }
    qsort(out, k, sizeof *out, by_count_desc);
    return k;
}

static void report(void)
{
    static struct count cuda[QUANTA_CUDA_FN_COUNT], nvml[QUANTA_NVML_FN_COUNT];
    size_t nc = collect(&quanta__cuda_lib, cuda), nn = collect(&quanta__nvml_lib, nvml);
    if (nc == 0 && nn == 0 && unwrapped_count == 0)
        return; /* this process never used the driver */
    uint64_t total = 0;
    for (size_t i = 0; i < nc; i++)
        total += cuda[i].n;
    char exe[512];
    program_name(exe, sizeof exe);

    struct buf text = {0};
    put(&text, "quanta[%d]: trace of %s: %llu driver calls to %zu symbols, %zu NVML symbols, %d unwrapped\n",
        (int)getpid(), exe, (unsigned long long)total, nc, nn, unwrapped_count);
    for (size_t i = 0; i < nc; i++)
        put(&text, "  %12llu  %s\n", (unsigned long long)cuda[i].n, cuda[i].name);
    for (size_t i = 0; i < nn; i++)
        put(&text, "  %12llu  %s\n", (unsigned long long)nvml[i].n, nvml[i].name);
    for (int i = 0; i < unwrapped_count; i++)
        put(&text, "  UNWRAPPED     %s\n", unwrapped[i]);
    struct quanta__lookup_stats lk = quanta__lookups;
    put(&text, "  lookups: %llu dlsym (%llu RTLD_NEXT, %llu RTLD_DEFAULT retried in the caller's scope)\n",
        (unsigned long long)lk.dlsym, (unsigned long long)lk.dlsym_next, (unsigned long long)lk.dlsym_default_retry);
    if (text.p)
        (void)!write(STDERR_FILENO, text.p, text.len);
    free(text.p);

    const char *path = getenv("QUANTA_TRACE_FILE");
    if (path == NULL || *path == '\0')
        return;
    struct buf js = {0};
    put(&js, "{\"pid\":%d,\"argv0\":", (int)getpid());
    json_string(&js, exe);
    put(&js, ",\"calls\":{");
    for (size_t i = 0; i < nc; i++)
        put(&js, "%s\"%s\":%llu", i ? "," : "", cuda[i].name, (unsigned long long)cuda[i].n);
    put(&js, "},\"nvml\":{");
    for (size_t i = 0; i < nn; i++)
        put(&js, "%s\"%s\":%llu", i ? "," : "", nvml[i].name, (unsigned long long)nvml[i].n);
    put(&js, "},\"unwrapped\":[");
    for (int i = 0; i < unwrapped_count; i++) {
        put(&js, "%s", i ? "," : "");
        json_string(&js, unwrapped[i]);
    }
    put(&js, "],\"lookups\":{\"dlsym\":%llu,\"dlsym_next\":%llu,\"dlsym_default_retry\":%llu}}\n",
        (unsigned long long)lk.dlsym, (unsigned long long)lk.dlsym_next, (unsigned long long)lk.dlsym_default_retry);
    int fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0)
        quanta__log("cannot write the trace to %s: %s", path, strerror(errno));
    else {
        if (js.p && write(fd, js.p, js.len) != (ssize_t)js.len)
            quanta__log("short write of the trace to %s", path);
        close(fd);
    }
    free(js.p);
}

/* A forked child starts its own count: what the parent did is the parent's. */
static void reset_in_child(void)
{
    memset(quanta__cuda_lib.calls, 0, sizeof(uint64_t) * QUANTA_CUDA_FN_COUNT);
    memset(quanta__nvml_lib.calls, 0, sizeof(uint64_t) * QUANTA_NVML_FN_COUNT);
    memset(&quanta__lookups, 0, sizeof quanta__lookups);
    unwrapped_count = 0;
    pthread_mutex_init(&unwrapped_lock, NULL);
}

__attribute__((constructor)) static void trace_init(void)
{
    int saved = errno;
    const char *t = getenv("QUANTA_TRACE");
    quanta__tracing = t != NULL && *t != '\0' && strcmp(t, "0") != 0;
    if (quanta__tracing)
        (void)pthread_atfork(NULL, NULL, reset_in_child);
    errno = saved;
}

__attribute__((destructor)) static void trace_fini(void)
{
    if (!quanta__tracing)
        return;
    int saved = errno;
    report();
    errno = saved;
}
