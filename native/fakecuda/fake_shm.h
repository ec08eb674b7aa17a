/*
 * fake_shm.h - the simulated GPUs' shared state: one small shared-memory segment that
 * fakecuda's libcuda and libnvidia-ml both map, so every process of a session sees the
 * same devices and the same memory usage, as they would on a real GPU.
 *
 * Why a segment: device memory is a machine-wide resource. A process that allocates
 * 4 GiB must make cuMemGetInfo in another process, and NVML in the daemon, report
 * 4 GiB less free. The segment is POSIX shared memory named
 * "/fakecuda-v<version>-<uid>-<FAKECUDA_SESSION or "default">" (so tests can run
 * isolated sessions side by side, and an incompatible build never maps an old layout).
 *
 * Layout: a header (device count and memory size of each device), a robust
 * process-shared mutex, per-device busy-time counters (atomics, added to by kernels
 * without the lock, read by NVML's utilization), and a table of processes: pid, the
 * process's start time (so a reused pid is not mistaken for the old process) and the
 * bytes it holds on each device. A device's usage is the sum over live processes;
 * entries of processes that died (kill(pid, 0) fails with ESRCH, the pid became a
 * zombie, or it now belongs to a process with another start time) are reclaimed
 * whenever usage is computed, so a crashed process leaks nothing.
 *
 * The simulated hardware: the first process that finds the segment idle (no live
 * process holds an entry) configures it from its own FAKECUDA_DEVICES / FAKECUDA_MEM;
 * later processes adopt that configuration while it is in use, like real hardware.
 *
 * Why header-only: the Makefile builds libcuda from the C files of fakecuda/cuda and
 * NVML from those of fakecuda/nvml; both need this code, and fakecuda's headers are
 * dependencies of both, so the implementation lives here as static functions over an
 * explicit segment pointer (each library keeps its own). Nothing here keeps global
 * state.
 * Functions may change errno; the exported API functions that call them restore it.
 */
#ifndef FAKE_SHM_H
#define FAKE_SHM_H

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define FAKE_SHM_VERSION 1
#define FAKE_SHM_MAGIC 0x4144554345414b46ull /* "FAKECUDA" */
#define FAKE_SHM_MAX_DEVICES 16
#define FAKE_SHM_MAX_PROCS 256
#define FAKE_SHM_DEFAULT_MEM (16ull << 30)

/* One process using the simulated GPUs. pid 0 marks a free entry. */
struct fake_shm_proc {
    int32_t pid;
    uint32_t reserved;
    uint64_t start_time;                   /* /proc/<pid>/stat field 22, 0 if unknown */
    uint64_t used[FAKE_SHM_MAX_DEVICES];   /* bytes held on each device */
};

struct fake_shm {
    _Atomic uint64_t magic;                /* FAKE_SHM_MAGIC once initialised */
    uint32_t version;
    uint32_t size;                         /* sizeof(struct fake_shm) */
    pthread_mutex_t lock;                  /* robust, process-shared; guards what follows */
    uint32_t device_count;
    uint32_t reserved;
    uint64_t total[FAKE_SHM_MAX_DEVICES];  /* memory of each device, bytes */
    _Atomic uint64_t busy_ns[FAKE_SHM_MAX_DEVICES]; /* kernel time, lock-free */
    struct fake_shm_proc procs[FAKE_SHM_MAX_PROCS];
};

/* The simulated hardware as the environment describes it. */
struct fake_shm_config {
    uint32_t device_count;
    uint64_t total[FAKE_SHM_MAX_DEVICES];
};

/* Parses a byte size: a number with an optional suffix K/M/G/T, KiB/MiB/GiB/TiB
 * (powers of 1024) or KB/MB/GB/TB (powers of 1000), optional "B". Returns 0 and sets
 * *out, or -1 if the text is not such a size (or is zero, or overflows). */
static inline int fake_shm_parse_size(const char *text, uint64_t *out)
{
    if (text == NULL)
        return -1;
    while (*text == ' ')
        text++;
    if (*text < '0' || *text > '9')
        return -1;
    char *end = NULL;
    errno = 0;
    unsigned long long n = strtoull(text, &end, 10);
    if (errno != 0 || end == text)
        return -1;
    while (*end == ' ')
        end++;
    uint64_t mult = 1;
    int shift = 0;
    switch (*end) {
    case 'k': case 'K': shift = 1; break;
    case 'm': case 'M': shift = 2; break;
    case 'g': case 'G': shift = 3; break;
    case 't': case 'T': shift = 4; break;
    default: break;
    }
    if (shift != 0) {
        end++;
        int base_1000 = 0;
        if (*end == 'i' || *end == 'I')
            end++;
        else if ((*end == 'b' || *end == 'B') && end[1] == '\0')
            base_1000 = 1;
        for (int i = 0; i < shift; i++)
            mult *= base_1000 ? 1000u : 1024u;
    }
    if (*end == 'b' || *end == 'B')
        end++;
    while (*end == ' ')
        end++;
    if (*end != '\0' || n == 0 || n > UINT64_MAX / mult)
        return -1;
    *out = (uint64_t)n * mult;
    return 0;
}

/* Reads FAKECUDA_DEVICES (count, default 1, at most FAKE_SHM_MAX_DEVICES) and
 * FAKECUDA_MEM (size of each device, default 16GiB; a comma-separated list gives
 * devices different sizes, the last entry repeating). Malformed values fall back to
 * the defaults and, when warn is non-NULL, set *warn to 1. */
static inline void fake_shm_config_from_env(struct fake_shm_config *cfg, int *warn)
{
    cfg->device_count = 1;
    const char *d = getenv("FAKECUDA_DEVICES");
    if (d != NULL && *d != '\0') {
        char *end = NULL;
        long n = strtol(d, &end, 10);
        if (end != d && *end == '\0' && n >= 0 && n <= FAKE_SHM_MAX_DEVICES)
            cfg->device_count = (uint32_t)n;
        else if (warn != NULL)
            *warn = 1;
    }
    uint64_t size = FAKE_SHM_DEFAULT_MEM;
    const char *m = getenv("FAKECUDA_MEM");
    int i = 0;
    if (m != NULL && *m != '\0') {
        char item[64];
        const char *p = m;
        while (i < FAKE_SHM_MAX_DEVICES && *p != '\0') {
            size_t len = strcspn(p, ",");
            uint64_t v = 0;
            if (len < sizeof item) {
                memcpy(item, p, len);
                item[len] = '\0';
            } else {
                item[0] = '\0';
            }
            if (fake_shm_parse_size(item, &v) == 0)
                size = v;
            else if (warn != NULL)
                *warn = 1;
            cfg->total[i++] = size;
            p += len;
            if (*p == ',')
                p++;
        }
    }
    for (; i < FAKE_SHM_MAX_DEVICES; i++)
        cfg->total[i] = size;
}

/* The 16 bytes of simulated device `phys`'s UUID (shared by CUDA and NVML). */
static inline void fake_shm_device_uuid(unsigned phys, unsigned char out[16])
{
    static const unsigned char base[16] = {0xfa, 0xce, 0xc0, 0xda, 0x51, 0x30, 0x40, 0x00,
                                           0x80, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00};
    memcpy(out, base, 16);
    out[15] = (unsigned char)phys;
}

/* Writes "GPU-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx" (41 bytes with the NUL) for
 * device `phys`; out must hold at least 41 bytes. */
static inline void fake_shm_device_uuid_string(unsigned phys, char out[41])
{
    unsigned char u[16];
    fake_shm_device_uuid(phys, u);
    snprintf(out, 41, "GPU-%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x",
             u[0], u[1], u[2], u[3], u[4], u[5], u[6], u[7], u[8], u[9], u[10], u[11], u[12],
             u[13], u[14], u[15]);
}

/* PCI location of device `phys`: domain 0, bus 0x18 + phys, device 0, function 0. */
static inline unsigned fake_shm_device_pci_bus(unsigned phys)
{
    return 0x18u + phys;
}

/* Parses a PCI bus id ("0000:18:00.0" or "00000000:18:00.0", hex, case-insensitive)
 * into the device it names. Returns the physical index, or -1. */
static inline int fake_shm_parse_pci_bus_id(const char *id, unsigned device_count)
{
    unsigned domain = 0, bus = 0, dev = 0, fn = 0;
    char tail = 0;
    if (id == NULL)
        return -1;
    int n = sscanf(id, "%x:%x:%x.%x%c", &domain, &bus, &dev, &fn, &tail);
    if (n != 4 || domain != 0 || dev != 0 || fn != 0)
        return -1;
    for (unsigned i = 0; i < device_count; i++)
        if (fake_shm_device_pci_bus(i) == bus)
            return (int)i;
    return -1;
}

/* Start time of process `pid` (field 22 of /proc/<pid>/stat), 0 if unreadable; sets
 * *zombie to 1 if it is a zombie or dead (state Z or X). */
static inline uint64_t fake_shm_proc_start(int32_t pid, int *zombie)
{
    char path[64], buf[512];
    *zombie = 0;
    snprintf(path, sizeof path, "/proc/%d/stat", (int)pid);
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return 0;
    ssize_t n = read(fd, buf, sizeof buf - 1);
    close(fd);
    if (n <= 0)
        return 0;
    buf[n] = '\0';
    char *p = strrchr(buf, ')');   /* the command name may contain spaces and ')' */
    if (p == NULL || p[1] != ' ')
        return 0;
    p += 2;                        /* field 3: state */
    if (*p == 'Z' || *p == 'X')
        *zombie = 1;
    for (int field = 3; field < 22 && *p != '\0'; p++)
        if (*p == ' ')
            field++;
    return strtoull(p, NULL, 10);
}

/* Whether the process recorded as (pid, start) still exists. */
static inline int fake_shm_proc_alive(int32_t pid, uint64_t start)
{
    if (pid <= 0)
        return 0;
    if (kill(pid, 0) != 0 && errno == ESRCH)
        return 0;
    int zombie = 0;
    uint64_t now = fake_shm_proc_start(pid, &zombie);
    if (zombie)
        return 0;
    if (start != 0 && now != 0 && now != start)
        return 0;  /* the pid was reused */
    return 1;
}

/* Takes the segment's lock. A holder that died leaves the lock "owner dead": the
 * counters are recomputed from the process table anyway, so it is marked consistent. */
static inline void fake_shm_lock(struct fake_shm *s)
{
    int rc = pthread_mutex_lock(&s->lock);
    if (rc == EOWNERDEAD)
        pthread_mutex_consistent(&s->lock);
}

static inline void fake_shm_unlock(struct fake_shm *s)
{
    pthread_mutex_unlock(&s->lock);
}

/* Clears the entries of processes that no longer exist. Lock held. Returns the
 * number of live entries left. */
static inline int fake_shm_reap(struct fake_shm *s)
{
    int live = 0;
    for (int i = 0; i < FAKE_SHM_MAX_PROCS; i++) {
        struct fake_shm_proc *p = &s->procs[i];
        if (p->pid == 0)
            continue;
        if (fake_shm_proc_alive(p->pid, p->start_time))
            live++;
        else
            memset(p, 0, sizeof *p);
    }
    return live;
}

/* Bytes held on device `dev` by the table's entries, dead processes included. Lock
 * held. */
static inline uint64_t fake_shm_sum(const struct fake_shm *s, unsigned dev)
{
    uint64_t used = 0;
    for (int i = 0; i < FAKE_SHM_MAX_PROCS; i++)
        if (s->procs[i].pid != 0 && dev < FAKE_SHM_MAX_DEVICES)
            used += s->procs[i].used[dev];
    return used;
}

/* Bytes in use on device `dev` by live processes. Lock held; reaps first. */
static inline uint64_t fake_shm_used(struct fake_shm *s, unsigned dev)
{
    fake_shm_reap(s);
    return fake_shm_sum(s, dev);
}

/* Writes cfg into the segment if no live process uses it. Lock held. Returns 1 if it
 * did, 0 if the segment keeps the configuration of the processes using it. */
static inline int fake_shm_configure_if_idle(struct fake_shm *s, const struct fake_shm_config *cfg)
{
    if (fake_shm_reap(s) != 0 && s->device_count != UINT32_MAX)
        return 0;
    s->device_count = cfg->device_count;
    memcpy(s->total, cfg->total, sizeof s->total);
    return 1;
}

/* Claims (or finds) the entry of process `pid`. Lock held. Returns its index or -1
 * if the table is full. */
static inline int fake_shm_claim(struct fake_shm *s, int32_t pid)
{
    int zombie = 0;
    uint64_t start = fake_shm_proc_start(pid, &zombie);
    int free_slot = -1;
    for (int i = 0; i < FAKE_SHM_MAX_PROCS; i++) {
        if (s->procs[i].pid == pid) {
            memset(&s->procs[i], 0, sizeof s->procs[i]);  /* a previous process with our pid */
            free_slot = i;
            break;
        }
        if (s->procs[i].pid == 0 && free_slot < 0)
            free_slot = i;
    }
    if (free_slot < 0) {
        fake_shm_reap(s);
        for (int i = 0; i < FAKE_SHM_MAX_PROCS && free_slot < 0; i++)
            if (s->procs[i].pid == 0)
                free_slot = i;
    }
    if (free_slot >= 0) {
        s->procs[free_slot].pid = pid;
        s->procs[free_slot].start_time = start;
    }
    return free_slot;
}

/* Adds `bytes` to entry `slot` on device `dev` if the device has that much free.
 * Dead processes are reaped only when the memory would not fit otherwise (reaping
 * costs a system call or two per process), so their memory never causes an
 * out-of-memory error. Returns 0, or -ENOMEM. Takes the lock. */
static inline int fake_shm_charge(struct fake_shm *s, int slot, unsigned dev, uint64_t bytes)
{
    int rc = 0;
    fake_shm_lock(s);
    uint64_t total = dev < s->device_count ? s->total[dev] : 0;
    uint64_t used = fake_shm_sum(s, dev);
    if (used > total || bytes > total - used)
        used = fake_shm_used(s, dev);
    if (dev >= s->device_count || used > total || bytes > total - used)
        rc = -ENOMEM;
    else if (s->procs[slot].pid == 0)
        rc = -ENOMEM;  /* our entry was reclaimed: we are not the process we were */
    else
        s->procs[slot].used[dev] += bytes;
    fake_shm_unlock(s);
    return rc;
}

/* Takes `bytes` back from entry `slot` on device `dev`. Takes the lock. */
static inline void fake_shm_uncharge(struct fake_shm *s, int slot, unsigned dev, uint64_t bytes)
{
    fake_shm_lock(s);
    uint64_t *u = &s->procs[slot].used[dev];
    *u = *u > bytes ? *u - bytes : 0;
    fake_shm_unlock(s);
}

/* Initialises a fresh segment (zero-filled memory). */
static inline int fake_shm_init(struct fake_shm *s)
{
    pthread_mutexattr_t a;
    if (pthread_mutexattr_init(&a) != 0)
        return -ENOMEM;
    pthread_mutexattr_setpshared(&a, PTHREAD_PROCESS_SHARED);
    pthread_mutexattr_setrobust(&a, PTHREAD_MUTEX_ROBUST);
    int rc = pthread_mutex_init(&s->lock, &a);
    pthread_mutexattr_destroy(&a);
    if (rc != 0)
        return -rc;
    s->version = FAKE_SHM_VERSION;
    s->size = (uint32_t)sizeof *s;
    s->device_count = UINT32_MAX;  /* unconfigured */
    atomic_store_explicit(&s->magic, FAKE_SHM_MAGIC, memory_order_release);
    return 0;
}

/* Maps a process-private segment (used when shared memory is unavailable: accounting
 * then covers this process only). Returns it or NULL. */
static inline struct fake_shm *fake_shm_private(void)
{
    void *p = mmap(NULL, sizeof(struct fake_shm), PROT_READ | PROT_WRITE,
                   MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED)
        return NULL;
    if (fake_shm_init(p) != 0) {
        munmap(p, sizeof(struct fake_shm));
        return NULL;
    }
    return p;
}

/* Writes the segment's name for this user and FAKECUDA_SESSION into out. Characters
 * other than [A-Za-z0-9._-] in the session become '_'. */
static inline void fake_shm_name(char *out, size_t len)
{
    const char *session = getenv("FAKECUDA_SESSION");
    char clean[65];
    size_t n = 0;
    if (session == NULL || *session == '\0')
        session = "default";
    for (; session[n] != '\0' && n < sizeof clean - 1; n++) {
        char c = session[n];
        int ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                 c == '.' || c == '_' || c == '-';
        clean[n] = ok ? c : '_';
    }
    clean[n] = '\0';
    snprintf(out, len, "/fakecuda-v%d-%u-%s", FAKE_SHM_VERSION, (unsigned)getuid(), clean);
}

/* Waits (up to ~2 s) for another process to finish creating segment fd. Returns the
 * mapping or NULL. */
static inline struct fake_shm *fake_shm_attach(int fd)
{
    struct timespec pause = {0, 2 * 1000 * 1000};
    for (int i = 0; i < 1000; i++) {
        struct stat st;
        if (fstat(fd, &st) != 0)
            return NULL;
        if ((size_t)st.st_size >= sizeof(struct fake_shm)) {
            struct fake_shm *s = mmap(NULL, sizeof *s, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
            if (s == MAP_FAILED)
                return NULL;
            for (; i < 1000; i++) {
                if (atomic_load_explicit(&s->magic, memory_order_acquire) == FAKE_SHM_MAGIC) {
                    if (s->version == FAKE_SHM_VERSION && s->size == sizeof *s)
                        return s;
                    break;
                }
                nanosleep(&pause, NULL);
            }
            munmap(s, sizeof *s);
            return NULL;
        }
        nanosleep(&pause, NULL);
    }
    return NULL;
}

/* Maps this session's segment, creating it if needed. Returns it, or NULL with errno
 * set (the caller then falls back to fake_shm_private()). A segment whose creator died
 * before initialising it is removed and created again. */
static inline struct fake_shm *fake_shm_open(void)
{
    char name[128];
    fake_shm_name(name, sizeof name);
    for (int attempt = 0; attempt < 3; attempt++) {
        int fd = shm_open(name, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd >= 0) {
            struct fake_shm *s = NULL;
            if (ftruncate(fd, (off_t)sizeof *s) == 0) {
                s = mmap(NULL, sizeof *s, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
                if (s == MAP_FAILED || fake_shm_init(s) != 0) {
                    if (s != MAP_FAILED)
                        munmap(s, sizeof *s);
                    s = NULL;
                }
            }
            close(fd);
            if (s == NULL)
                shm_unlink(name);
            return s;
        }
        if (errno != EEXIST)
            return NULL;
        fd = shm_open(name, O_RDWR | O_CLOEXEC, 0600);
        if (fd < 0) {
            if (errno == ENOENT)
                continue;  /* removed between our two calls */
            return NULL;
        }
        struct fake_shm *s = fake_shm_attach(fd);
        close(fd);
        if (s != NULL)
            return s;
        shm_unlink(name);  /* half-created or incompatible: start over */
    }
    errno = EAGAIN;
    return NULL;
}

#endif
