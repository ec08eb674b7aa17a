/*
 * nvml.h - fakecuda's libnvidia-ml internals: the library's state and the helpers its
 * two files share.
 *
 * NVML here is a reader of the session's shared segment (fake_shm.h): device count,
 * memory sizes, per-process usage and busy time all come from what fakecuda's libcuda
 * processes wrote there, so the daemon's view and the applications' view agree. NVML
 * itself holds no device memory and takes no entry in the process table. NVML ignores
 * CUDA_VISIBLE_DEVICES, as the real library does.
 */
#ifndef FAKE_NVML_INTERNAL_H
#define FAKE_NVML_INTERNAL_H

#include "quanta_nvml_api.h"
#include "fake_shm.h"

#include <errno.h>
#include <pthread.h>

/* What an nvmlDevice_t points at: one per possible device, for the process's life. */
struct nvmlDevice_st {
    unsigned index;
};

struct fake_nvml {
    pthread_mutex_t lock;
    int refs;                        /* nvmlInit calls not yet shut down */
    struct fake_shm *shm;            /* mapped on first init, kept until exit */
    struct nvmlDevice_st devices[FAKE_SHM_MAX_DEVICES];
    uint64_t sample_busy[FAKE_SHM_MAX_DEVICES];  /* utilization: last sample */
    uint64_t sample_ns[FAKE_SHM_MAX_DEVICES];
};

extern struct fake_nvml fake_nvml;

/* Restores errno and returns rc: the last step of every exported function. */
static inline nvmlReturn_t fake_nvml_done(int saved_errno, nvmlReturn_t rc)
{
    errno = saved_errno;
    return rc;
}

/* NVML_SUCCESS while initialised, else NVML_ERROR_UNINITIALIZED. */
nvmlReturn_t fake_nvml_ready(void);
/* The index behind a device handle: NVML_ERROR_UNINITIALIZED before init,
 * NVML_ERROR_INVALID_ARGUMENT for a handle that names no device. */
nvmlReturn_t fake_nvml_device(nvmlDevice_t device, unsigned *index);
/* Copies text into buf of length len; NVML_ERROR_INSUFFICIENT_SIZE if it does not fit
 * with its NUL, NVML_ERROR_INVALID_ARGUMENT for a NULL buffer. */
nvmlReturn_t fake_nvml_copy(char *buf, unsigned len, const char *text);

#endif
