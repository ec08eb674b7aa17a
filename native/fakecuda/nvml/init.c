/*
 * init.c - NVML initialisation, error strings and system queries of fakecuda's NVML.
 *
 * nvmlInit maps the session's segment (creating it if no libcuda process has yet) and,
 * when the session is idle, configures it from FAKECUDA_DEVICES / FAKECUDA_MEM exactly
 * as cuInit would, so a daemon started first sees the devices the applications will.
 * Init calls are counted; nvmlShutdown balances them. The segment stays mapped until
 * exit, so handles given out stay safe to use (they answer UNINITIALIZED after the last
 * shutdown).
 */
#include "nvml.h"
#include "fakecuda.h"

#include <stdio.h>
#include <string.h>

struct fake_nvml fake_nvml = {
    .lock = PTHREAD_MUTEX_INITIALIZER,
};

nvmlReturn_t fake_nvml_ready(void)
{
    pthread_mutex_lock(&fake_nvml.lock);
    int ok = fake_nvml.refs > 0;
    pthread_mutex_unlock(&fake_nvml.lock);
    return ok ? NVML_SUCCESS : NVML_ERROR_UNINITIALIZED;
}

nvmlReturn_t fake_nvml_device(nvmlDevice_t device, unsigned *index)
{
    nvmlReturn_t rc = fake_nvml_ready();
    if (rc != NVML_SUCCESS)
        return rc;
    uintptr_t base = (uintptr_t)fake_nvml.devices, p = (uintptr_t)device;
    if (p < base || p >= base + sizeof fake_nvml.devices || (p - base) % sizeof *device != 0 ||
        device->index >= fake_nvml.shm->device_count)
        return NVML_ERROR_INVALID_ARGUMENT;
    *index = device->index;
    return NVML_SUCCESS;
}

nvmlReturn_t fake_nvml_copy(char *buf, unsigned len, const char *text)
{
    if (buf == NULL)
        return NVML_ERROR_INVALID_ARGUMENT;
    size_t n = strlen(text);
    if (len < n + 1)
        return NVML_ERROR_INSUFFICIENT_SIZE;
    memcpy(buf, text, n + 1);
    return NVML_SUCCESS;
}

static nvmlReturn_t init(void)
{
    nvmlReturn_t rc = NVML_SUCCESS;
    pthread_mutex_lock(&fake_nvml.lock);
    if (fake_nvml.shm == NULL) {
        struct fake_shm *s = fake_shm_open();
        if (s == NULL)
            s = fake_shm_private();
        if (s == NULL) {
            rc = NVML_ERROR_DRIVER_NOT_LOADED;
        } else {
            struct fake_shm_config cfg;
            fake_shm_config_from_env(&cfg, NULL);
            fake_shm_lock(s);
            fake_shm_configure_if_idle(s, &cfg);
            fake_shm_unlock(s);
            struct timespec ts;
            clock_gettime(CLOCK_MONOTONIC, &ts);
            for (unsigned i = 0; i < FAKE_SHM_MAX_DEVICES; i++) {
                fake_nvml.devices[i].index = i;
                fake_nvml.sample_busy[i] = atomic_load(&s->busy_ns[i]);
                fake_nvml.sample_ns[i] = (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
            }
            fake_nvml.shm = s;
        }
    } else if (fake_nvml.refs == 0) {
        /* initialised again after a shutdown: an idle session may take new settings */
        struct fake_shm_config cfg;
        fake_shm_config_from_env(&cfg, NULL);
        fake_shm_lock(fake_nvml.shm);
        fake_shm_configure_if_idle(fake_nvml.shm, &cfg);
        fake_shm_unlock(fake_nvml.shm);
    }
    if (rc == NVML_SUCCESS)
        fake_nvml.refs++;
    pthread_mutex_unlock(&fake_nvml.lock);
    return rc;
}

/* Contract: initialises NVML (counted); NVML_ERROR_DRIVER_NOT_LOADED if no segment can
 * be mapped. */
nvmlReturn_t nvmlInit_v2(void)
{
    int e = errno;
    return fake_nvml_done(e, init());
}

/* Contract: as nvmlInit_v2; flags (NVML_INIT_FLAG_NO_GPUS, _NO_ATTACH) are accepted. */
nvmlReturn_t nvmlInitWithFlags(unsigned int flags)
{
    if ((flags & ~3u) != 0)
        return NVML_ERROR_INVALID_ARGUMENT;
    return nvmlInit_v2();
}

/* Contract: balances one nvmlInit; NVML_ERROR_UNINITIALIZED if there is none. */
nvmlReturn_t nvmlShutdown(void)
{
    int e = errno;
    nvmlReturn_t rc = NVML_SUCCESS;
    pthread_mutex_lock(&fake_nvml.lock);
    if (fake_nvml.refs == 0)
        rc = NVML_ERROR_UNINITIALIZED;
    else
        fake_nvml.refs--;
    pthread_mutex_unlock(&fake_nvml.lock);
    return fake_nvml_done(e, rc);
}

/* X(code, message) */
#define FAKE_NVML_ERRORS(X)                                                                     \
    X(NVML_SUCCESS, "Success")                                                                  \
    X(NVML_ERROR_UNINITIALIZED, "Uninitialized")                                                \
    X(NVML_ERROR_INVALID_ARGUMENT, "Invalid Argument")                                          \
    X(NVML_ERROR_NOT_SUPPORTED, "Not Supported")                                                \
    X(NVML_ERROR_NO_PERMISSION, "Insufficient Permissions")                                     \
    X(NVML_ERROR_ALREADY_INITIALIZED, "Already Initialized")                                    \
    X(NVML_ERROR_NOT_FOUND, "Not Found")                                                        \
    X(NVML_ERROR_INSUFFICIENT_SIZE, "Insufficient Size")                                        \
    X(NVML_ERROR_INSUFFICIENT_POWER, "Insufficient External Power")                             \
    X(NVML_ERROR_DRIVER_NOT_LOADED, "Driver Not Loaded")                                        \
    X(NVML_ERROR_TIMEOUT, "Timeout")                                                            \
    X(NVML_ERROR_IRQ_ISSUE, "Interrupt request issue")                                          \
    X(NVML_ERROR_LIBRARY_NOT_FOUND, "NVML Shared Library Not Found")                            \
    X(NVML_ERROR_FUNCTION_NOT_FOUND, "Function Not Found")                                      \
    X(NVML_ERROR_CORRUPTED_INFOROM, "Corrupted infoROM")                                        \
    X(NVML_ERROR_GPU_IS_LOST, "GPU is lost")                                                    \
    X(NVML_ERROR_RESET_REQUIRED, "GPU requires restart")                                        \
    X(NVML_ERROR_OPERATING_SYSTEM, "The operating system has blocked the request.")             \
    X(NVML_ERROR_LIB_RM_VERSION_MISMATCH, "RM has detected an NVML/RM version mismatch.")       \
    X(NVML_ERROR_IN_USE, "In use by another client")                                            \
    X(NVML_ERROR_MEMORY, "Insufficient Memory")                                                 \
    X(NVML_ERROR_NO_DATA, "No data")                                                            \
    X(NVML_ERROR_VGPU_ECC_NOT_SUPPORTED, "The requested vgpu operation is not available on "    \
                                         "target device, because ECC is enabled")               \
    X(NVML_ERROR_INSUFFICIENT_RESOURCES, "Insufficient resources")                              \
    X(NVML_ERROR_FREQ_NOT_SUPPORTED, "Requested frequency is not supported")                    \
    X(NVML_ERROR_ARGUMENT_VERSION_MISMATCH, "Argument version mismatch")                        \
    X(NVML_ERROR_DEPRECATED, "Deprecated")                                                      \
    X(NVML_ERROR_NOT_READY, "Not Ready")                                                        \
    X(NVML_ERROR_GPU_NOT_FOUND, "GPU not found")                                                \
    X(NVML_ERROR_INVALID_STATE, "Invalid state")                                                \
    X(NVML_ERROR_RESET_TYPE_NOT_SUPPORTED, "Reset type not supported")                          \
    X(NVML_ERROR_UNKNOWN, "Unknown Error")

struct error_text {
    nvmlReturn_t code;
    const char *message;
};

#define FAKE_NVML_ERROR_ENTRY(code, message) {code, message},
static const struct error_text errors[] = {FAKE_NVML_ERRORS(FAKE_NVML_ERROR_ENTRY)};
#undef FAKE_NVML_ERROR_ENTRY

/* Contract: the message of result ("Unknown Error" for a value that is none); works
 * without nvmlInit. */
const char *nvmlErrorString(nvmlReturn_t result)
{
    for (size_t i = 0; i < sizeof errors / sizeof errors[0]; i++)
        if (errors[i].code == result)
            return errors[i].message;
    return "Unknown Error";
}

/* Contract: writes FAKECUDA_NVML_DRIVER ("580.0-fakecuda");
 * NVML_ERROR_INSUFFICIENT_SIZE if length is too small. */
nvmlReturn_t nvmlSystemGetDriverVersion(char *version, unsigned int length)
{
    nvmlReturn_t rc = fake_nvml_ready();
    return rc != NVML_SUCCESS ? rc : fake_nvml_copy(version, length, FAKECUDA_NVML_DRIVER);
}

/* Contract: writes the NVML version ("13.580.0"). */
nvmlReturn_t nvmlSystemGetNVMLVersion(char *version, unsigned int length)
{
    nvmlReturn_t rc = fake_nvml_ready();
    return rc != NVML_SUCCESS ? rc : fake_nvml_copy(version, length, "13.580.0");
}

/* Contract: *cudaDriverVersion = FAKECUDA_DRIVER_VERSION (13000). */
nvmlReturn_t nvmlSystemGetCudaDriverVersion_v2(int *cudaDriverVersion)
{
    nvmlReturn_t rc = fake_nvml_ready();
    if (rc != NVML_SUCCESS)
        return rc;
    if (cudaDriverVersion == NULL)
        return NVML_ERROR_INVALID_ARGUMENT;
    *cudaDriverVersion = FAKECUDA_DRIVER_VERSION;
    return NVML_SUCCESS;
}

