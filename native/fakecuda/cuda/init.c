/*
 * init.c - cuInit and the process-wide state of the simulated driver.
 *
 * cuInit reads the configuration once (FAKECUDA_DEVICES, FAKECUDA_MEM,
 * FAKECUDA_CTX_OVERHEAD, FAKECUDA_SESSION, CUDA_VISIBLE_DEVICES), maps the session's
 * shared segment (fake_shm.h), registers this process in it and builds the device
 * table. Every other entry point answers CUDA_ERROR_NOT_INITIALIZED until then, and
 * in a child forked after cuInit (as the real driver does: its threads and device
 * state do not survive fork). Device memory charges go through here so that all
 * accounting hits the shared segment in one place.
 */
#include "fake.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct fake__state fake__g = {
    .lock = PTHREAD_MUTEX_INITIALIZER,
    .cond = PTHREAD_COND_INITIALIZER,
    .slot = -1,
    .next_id = 1,
};

static pthread_mutex_t init_lock = PTHREAD_MUTEX_INITIALIZER;

#define DEFAULT_CTX_OVERHEAD (64ull << 20)

void fake__log(const char *fmt, ...)
{
    if (getenv("FAKECUDA_LOG") == NULL)
        return;
    char line[512];
    int n = snprintf(line, sizeof line, "fakecuda[%d]: ", (int)getpid());
    va_list ap;
    va_start(ap, fmt);
    int m = vsnprintf(line + n, sizeof line - (size_t)n - 1, fmt, ap);
    va_end(ap);
    if (m < 0)
        return;
    size_t len = strlen(line);
    line[len++] = '\n';
    (void)!write(STDERR_FILENO, line, len);
}

uint64_t fake__now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

CUresult fake__initialized(void)
{
    if (fake__g.forked)
        return CUDA_ERROR_NOT_INITIALIZED;
    return atomic_load(&fake__g.init_state) == 1 ? CUDA_SUCCESS : CUDA_ERROR_NOT_INITIALIZED;
}

CUresult fake__bad_arg(void)
{
    return fake__initialized() != CUDA_SUCCESS ? CUDA_ERROR_NOT_INITIALIZED : CUDA_ERROR_INVALID_VALUE;
}

void fake__lock(void)
{
    pthread_mutex_lock(&fake__g.lock);
}

void fake__unlock(void)
{
    pthread_mutex_unlock(&fake__g.lock);
}

void fake__wait(void)
{
    pthread_cond_wait(&fake__g.cond, &fake__g.lock);
}

void fake__broadcast(void)
{
    pthread_cond_broadcast(&fake__g.cond);
}

CUresult fake__charge(int dev, uint64_t bytes)
{
    int slot = atomic_load(&fake__g.slot);
    if (bytes == 0)
        return CUDA_SUCCESS;
    if (slot < 0)
        return CUDA_ERROR_OUT_OF_MEMORY;
    if (fake_shm_charge(fake__g.shm, slot, (unsigned)fake__g.dev[dev].phys, bytes) != 0)
        return CUDA_ERROR_OUT_OF_MEMORY;
    return CUDA_SUCCESS;
}

void fake__uncharge(int dev, uint64_t bytes)
{
    int slot = atomic_load(&fake__g.slot);
    if (bytes == 0 || slot < 0)
        return;
    fake_shm_uncharge(fake__g.shm, slot, (unsigned)fake__g.dev[dev].phys, bytes);
}

uint64_t fake__used(int dev)
{
    fake_shm_lock(fake__g.shm);
    uint64_t used = fake_shm_used(fake__g.shm, (unsigned)fake__g.dev[dev].phys);
    fake_shm_unlock(fake__g.shm);
    return used;
}

void fake__add_busy(int dev, uint64_t ns)
{
    atomic_fetch_add(&fake__g.shm->busy_ns[fake__g.dev[dev].phys], ns);
}

/* CUDA_VISIBLE_DEVICES: comma-separated indices or UUID prefixes ("GPU-fac..."); the
 * list stops at the first entry that names no (new) device, as with the real driver.
 * Unset means every device. Fills map[] with physical indices; returns the count. */
static int visible_devices(unsigned phys_count, int map[FAKE__MAX_DEVICES])
{
    const char *v = getenv("CUDA_VISIBLE_DEVICES");
    int n = 0;
    if (v == NULL) {
        for (unsigned i = 0; i < phys_count && i < FAKE__MAX_DEVICES; i++)
            map[n++] = (int)i;
        return n;
    }
    while (*v != '\0' && n < FAKE__MAX_DEVICES) {
        char tok[64];
        size_t len = strcspn(v, ",");
        if (len == 0 || len >= sizeof tok)
            break;
        memcpy(tok, v, len);
        tok[len] = '\0';
        int phys = -1;
        if (strncmp(tok, "GPU-", 4) == 0) {
            for (unsigned i = 0; i < phys_count; i++) {
                char uuid[41];
                fake_shm_device_uuid_string(i, uuid);
                if (strncmp(uuid, tok, len) == 0) {
                    if (phys >= 0) {  /* ambiguous prefix */
                        phys = -1;
                        break;
                    }
                    phys = (int)i;
                }
            }
        } else {
            char *end = NULL;
            long idx = strtol(tok, &end, 10);
            if (end != tok && *end == '\0' && idx >= 0 && (unsigned long)idx < phys_count)
                phys = (int)idx;
        }
        for (int i = 0; i < n && phys >= 0; i++)
            if (map[i] == phys)
                phys = -1;
        if (phys < 0)
            break;
        map[n++] = phys;
        v += len;
        if (*v == ',')
            v++;
    }
    return n;
}

/* Maps the shared segment, configures it if idle and claims our entry. */
static CUresult attach_segment(void)
{
    struct fake_shm_config cfg;
    int warn = 0;
    fake_shm_config_from_env(&cfg, &warn);
    if (warn)
        fake__log("malformed FAKECUDA_DEVICES or FAKECUDA_MEM, using defaults for them");
    struct fake_shm *s = fake_shm_open();
    int private_segment = 0;
    if (s == NULL) {
        fake__log("no shared segment (%s): accounting covers this process only", strerror(errno));
        s = fake_shm_private();
        private_segment = 1;
        if (s == NULL)
            return CUDA_ERROR_OPERATING_SYSTEM;
    }
    for (;;) {
        fake_shm_lock(s);
        if (!fake_shm_configure_if_idle(s, &cfg) && s->device_count != cfg.device_count)
            fake__log("session in use with %u devices: FAKECUDA_DEVICES=%u ignored",
                      s->device_count, cfg.device_count);
        int slot = fake_shm_claim(s, (int32_t)getpid());
        fake_shm_unlock(s);
        if (slot >= 0) {
            fake__g.shm = s;
            atomic_store(&fake__g.slot, slot);
            return CUDA_SUCCESS;
        }
        if (private_segment)
            return CUDA_ERROR_OPERATING_SYSTEM;
        fake__log("shared segment full (%d processes): accounting covers this process only",
                  FAKE_SHM_MAX_PROCS);
        munmap(s, sizeof *s);
        s = fake_shm_private();
        private_segment = 1;
        if (s == NULL)
            return CUDA_ERROR_OPERATING_SYSTEM;
    }
}

static void after_fork_child(void)
{
    if (atomic_load(&fake__g.init_state) != 0)
        fake__g.forked = 1;
}

static CUresult do_init(void)
{
    fake__g.ctx_overhead = DEFAULT_CTX_OVERHEAD;
    const char *o = getenv("FAKECUDA_CTX_OVERHEAD");
    if (o != NULL && *o != '\0') {
        uint64_t v = 0;
        if (strcmp(o, "0") == 0)
            fake__g.ctx_overhead = 0;
        else if (fake_shm_parse_size(o, &v) == 0)
            fake__g.ctx_overhead = v;
        else
            fake__log("malformed FAKECUDA_CTX_OVERHEAD=%s, using 64MiB", o);
    }
    CUresult rc = attach_segment();
    if (rc != CUDA_SUCCESS)
        return rc;
    int map[FAKE__MAX_DEVICES];
    int n = visible_devices(fake__g.shm->device_count, map);
    if (n == 0)
        return CUDA_ERROR_NO_DEVICE;
    fake__lock();
    for (int i = 0; i < n; i++) {
        struct fake__device *d = &fake__g.dev[i];
        d->phys = map[i];
        d->total = fake__g.shm->total[map[i]];
        pthread_mutex_init(&d->exec, NULL);
        struct fake__ctx *p = calloc(1, sizeof *p);
        if (p == NULL) {
            fake__unlock();
            return CUDA_ERROR_OUT_OF_MEMORY;
        }
        p->dev = i;
        p->is_primary = 1;
        p->refs = 1;
        p->handle = (CUcontext)(uintptr_t)fake__handle_new(FAKE__KIND_CTX, p, NULL);
        if (p->handle == NULL) {
            free(p);
            fake__unlock();
            return CUDA_ERROR_OUT_OF_MEMORY;
        }
        d->primary = p;
    }
    fake__g.ndev = n;
    fake__unlock();
    pthread_atfork(NULL, NULL, after_fork_child);
    return CUDA_SUCCESS;
}

/* Gives this process's memory back to the session at exit, without waiting for
 * another process to notice that we died; under FAKECUDA_LOG, says what it submitted. */
__attribute__((destructor)) static void fake_fini(void)
{
    int slot = atomic_exchange(&fake__g.slot, -1);
    if (slot < 0 || fake__g.forked || fake__g.shm == NULL)
        return;
    int saved = errno;
    fake__log("exit: %llu kernels, %llu event records submitted", (unsigned long long)fake__g.kernels_submitted,
              (unsigned long long)fake__g.events_submitted);
    fake_shm_lock(fake__g.shm);
    if (fake__g.shm->procs[slot].pid == (int32_t)getpid())
        memset(&fake__g.shm->procs[slot], 0, sizeof fake__g.shm->procs[slot]);
    fake_shm_unlock(fake__g.shm);
    errno = saved;
}

/* Contract: flags must be 0 (else CUDA_ERROR_INVALID_VALUE). The first call reads the
 * configuration; it and every later call return CUDA_SUCCESS, or the first call's
 * failure (CUDA_ERROR_NO_DEVICE when no device is visible, CUDA_ERROR_OPERATING_SYSTEM
 * when no accounting segment can be mapped). */
CUresult cuInit(unsigned int Flags)
{
    int e = errno;
    if (Flags != 0)
        return fake__done(e, CUDA_ERROR_INVALID_VALUE);
    if (fake__g.forked)
        return fake__done(e, CUDA_ERROR_NOT_INITIALIZED);
    if (atomic_load(&fake__g.init_state) == 0) {
        pthread_mutex_lock(&init_lock);
        if (atomic_load(&fake__g.init_state) == 0) {
            fake__g.init_result = do_init();
            atomic_store(&fake__g.init_state, fake__g.init_result == CUDA_SUCCESS ? 1 : 2);
        }
        pthread_mutex_unlock(&init_lock);
    }
    return fake__done(e, fake__g.init_result);
}

/* Contract: stores the driver's CUDA version (13000) in *driverVersion; works before
 * cuInit. CUDA_ERROR_INVALID_VALUE if driverVersion is NULL. */
CUresult cuDriverGetVersion(int *driverVersion)
{
    if (driverVersion == NULL)
        return CUDA_ERROR_INVALID_VALUE;
    *driverVersion = 13000;
    return CUDA_SUCCESS;
}
