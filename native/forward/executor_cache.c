/*
 * executor_cache.c - the executor's module cache (executor_cache.h).
 *
 * Design: a folder of files named by the 64 hex digits of their SHA-256, one per module
 * image, shared by every executor of a `quanta serve` (each session is a process of its
 * own; files are written whole under a temporary name, synced, then renamed, so a reader
 * sees a whole image or none). The folder must belong to this user and be closed to
 * others (mode 0700): the executor hands its files to the driver as code, so nobody else
 * may write there. A client names an image (IMAGE_NAMED) only after the welcome offered
 * the cache; a miss is answered RESULT_IMAGE_NEEDED and remembered, and the image's
 * bytes, when they come inline, are hashed here and stored only if they hash to a name
 * that missed: a client cannot put bytes under a name of its choosing. A hit refreshes
 * the file's time; past the bound in bytes the least recently used files go first.
 */
#include "executor_cache.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "quanta_wire.h"
#include "sha256.h"

#define DEFAULT_BOUND (4ull << 30)
#define MISSED 64 /* names asked for and not yet received */
#define MAX_FILES 4096

static void (*log_line)(const char *fmt, ...);
static char dir[PATH_MAX - 80];
static int enabled;
static uint64_t bound = DEFAULT_BOUND;
static struct {
    uint64_t n;
    uint8_t hash[32];
    int used;
} missed[MISSED];
static int missed_next;
static uint64_t hits, spared, stored, failures;

static void hex(const uint8_t hash[32], char out[65])
{
    static const char digits[] = "0123456789abcdef";
    for (int i = 0; i < 32; i++) {
        out[2 * i] = digits[hash[i] >> 4];
        out[2 * i + 1] = digits[hash[i] & 15];
    }
    out[64] = '\0';
}

static int is_hash_name(const char *name)
{
    if (strlen(name) != 64)
        return 0;
    for (int i = 0; i < 64; i++)
        if (!((name[i] >= '0' && name[i] <= '9') || (name[i] >= 'a' && name[i] <= 'f')))
            return 0;
    return 1;
}

void quanta__exec_cache_init(void (*say)(const char *fmt, ...))
{
    log_line = say;
    const char *d = getenv("QUANTA_EXECUTOR_MODULE_CACHE"), *b = getenv("QUANTA_EXECUTOR_MODULE_CACHE_BYTES");
    if (d == NULL || *d == '\0')
        return;
    if (b != NULL && *b != '\0') {
        char *end;
        errno = 0;
        unsigned long long v = strtoull(b, &end, 10);
        if (errno != 0 || *end != '\0' || v == 0) {
            say("module cache off: QUANTA_EXECUTOR_MODULE_CACHE_BYTES=%s is not a positive number of bytes", b);
            return;
        }
        bound = v;
    }
    if (strlen(d) >= sizeof dir) {
        say("module cache off: the folder's path is too long");
        return;
    }
    if (mkdir(d, 0700) != 0 && errno != EEXIST) {
        say("module cache off: cannot make %s: %s", d, strerror(errno));
        return;
    }
    struct stat st;
    if (lstat(d, &st) != 0 || !S_ISDIR(st.st_mode) || st.st_uid != geteuid() || (st.st_mode & 077) != 0) {
        say("module cache off: %s must be a folder of this user's, closed to others (mode 0700)", d);
        return;
    }
    strcpy(dir, d);
    enabled = 1;
}

int quanta__exec_cache_enabled(void)
{
    return enabled;
}

static void remember_miss(const uint8_t hash[32], uint64_t n)
{
    for (int i = 0; i < MISSED; i++)
        if (missed[i].used && missed[i].n == n && memcmp(missed[i].hash, hash, 32) == 0)
            return;
    missed[missed_next].used = 1;
    missed[missed_next].n = n;
    memcpy(missed[missed_next].hash, hash, 32);
    missed_next = (missed_next + 1) % MISSED;
}

int quanta__exec_cache_get(const uint8_t hash[32], uint64_t n, struct quanta__exec_cached *m)
{
    m->at = NULL;
    m->len = 0;
    if (!enabled)
        return -1;
    char name[65], path[sizeof dir + 80];
    hex(hash, name);
    snprintf(path, sizeof path, "%s/%s", dir, name);
    int fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    struct stat st;
    if (fd >= 0 && fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && (uint64_t)st.st_size == n && n > 0) {
        void *p = mmap(NULL, (size_t)n, PROT_READ, MAP_PRIVATE, fd, 0);
        if (p != MAP_FAILED) {
            (void)futimens(fd, NULL); /* recently used: evicted last */
            close(fd);
            m->at = p;
            m->len = (size_t)n;
            hits++;
            spared += n;
            return 0;
        }
    }
    if (fd >= 0)
        close(fd);
    remember_miss(hash, n);
    return -1;
}

void quanta__exec_cache_release(struct quanta__exec_cached *m)
{
    if (m->at != NULL)
        munmap(m->at, m->len);
    m->at = NULL;
    m->len = 0;
}

struct cached_file {
    struct timespec used; /* its time: refreshed by each hit */
    uint64_t size;
    char name[65];
};

static int least_recent_first(const void *a, const void *b)
{
    const struct timespec *x = &((const struct cached_file *)a)->used, *y = &((const struct cached_file *)b)->used;
    if (x->tv_sec != y->tv_sec)
        return x->tv_sec < y->tv_sec ? -1 : 1;
    return x->tv_nsec < y->tv_nsec ? -1 : x->tv_nsec > y->tv_nsec;
}

/* Removes the least recently used images while the folder holds more than the bound. */
static void evict(void)
{
    DIR *d = opendir(dir);
    if (d == NULL)
        return;
    static struct cached_file files[MAX_FILES];
    int count = 0;
    uint64_t total = 0;
    struct dirent *e;
    struct stat st;
    while ((e = readdir(d)) != NULL && count < MAX_FILES) {
        if (!is_hash_name(e->d_name) || fstatat(dirfd(d), e->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0 || !S_ISREG(st.st_mode))
            continue;
        files[count].used = st.st_mtim;
        files[count].size = (uint64_t)st.st_size;
        strcpy(files[count].name, e->d_name);
        total += files[count].size;
        count++;
    }
    if (total > bound) {
        qsort(files, (size_t)count, sizeof files[0], least_recent_first);
        for (int i = 0; i < count && total > bound; i++)
            if (unlinkat(dirfd(d), files[i].name, 0) == 0)
                total -= files[i].size;
    }
    closedir(d);
}

static int write_all(int fd, const uint8_t *p, uint64_t n)
{
    while (n > 0) {
        ssize_t w = write(fd, p, n > (1u << 30) ? (1u << 30) : (size_t)n);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0)
            return -1;
        p += w;
        n -= (uint64_t)w;
    }
    return 0;
}

void quanta__exec_cache_offer(const void *image, uint64_t n)
{
    if (!enabled || n < QUANTA_FWD_IMAGE_NAMED_MIN)
        return;
    int asked = -1;
    for (int i = 0; i < MISSED && asked < 0; i++)
        if (missed[i].used && missed[i].n == n)
            asked = i; /* worth hashing: an image of this length was asked for */
    if (asked < 0)
        return;
    uint8_t hash[32];
    quanta__sha256(image, (size_t)n, hash);
    for (asked = 0; asked < MISSED; asked++)
        if (missed[asked].used && missed[asked].n == n && memcmp(missed[asked].hash, hash, 32) == 0)
            break;
    if (asked == MISSED)
        return; /* not what the client named: not stored */
    missed[asked].used = 0;
    int saved = errno;
    static unsigned serial;
    char name[65], tmp[sizeof dir + 80], path[sizeof dir + 80];
    hex(hash, name);
    snprintf(tmp, sizeof tmp, "%s/.tmp-%d-%u", dir, (int)getpid(), serial++);
    snprintf(path, sizeof path, "%s/%s", dir, name);
    int fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    int ok = fd >= 0 && write_all(fd, image, n) == 0 && fdatasync(fd) == 0; /* whole on disk before it has a name */
    if (fd >= 0 && close(fd) != 0)
        ok = 0;
    if (ok && rename(tmp, path) == 0) {
        stored++;
        evict();
    } else {
        if (failures++ == 0)
            log_line("module cache: cannot store an image in %s: %s", dir, strerror(errno));
        unlink(tmp);
    }
    errno = saved;
}

void quanta__exec_cache_report(void)
{
    if (enabled && (hits > 0 || stored > 0))
        log_line("module cache: %llu hits (%llu bytes not sent), %llu images stored", (unsigned long long)hits,
                 (unsigned long long)spared, (unsigned long long)stored);
}
