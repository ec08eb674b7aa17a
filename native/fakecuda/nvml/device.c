/*
 * device.c - NVML device queries over the session's shared segment.
 *
 * Names, UUIDs and PCI ids derive from the device index the same way libcuda's do
 * (fake_shm.h). Memory info sums the live processes' usage (reclaiming dead ones, as
 * libcuda does), so what NVML reports used is exactly what cuMemGetInfo reports not
 * free. Running processes are those holding memory on the device. Utilization is the
 * share of wall time the device's kernels were running since the previous query from
 * this process (or since nvmlInit), from the busy-time counters kernels add to.
 */
#include "nvml.h"
#include "fakecuda.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

/* The NVML_STRUCT_VERSION(Memory, 2) of nvml.h. */
#define MEMORY_V2_VERSION ((unsigned)(sizeof(nvmlMemory_v2_t) | (2u << 24)))

static uint64_t now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

/* Contract: *deviceCount = number of simulated devices of the session. */
nvmlReturn_t nvmlDeviceGetCount_v2(unsigned int *deviceCount)
{
    nvmlReturn_t rc = fake_nvml_ready();
    if (rc != NVML_SUCCESS)
        return rc;
    if (deviceCount == NULL)
        return NVML_ERROR_INVALID_ARGUMENT;
    *deviceCount = fake_nvml.shm->device_count;
    return NVML_SUCCESS;
}

/* Contract: *device = the handle of device index; NVML_ERROR_INVALID_ARGUMENT past the
 * last device. */
nvmlReturn_t nvmlDeviceGetHandleByIndex_v2(unsigned int index, nvmlDevice_t *device)
{
    nvmlReturn_t rc = fake_nvml_ready();
    if (rc != NVML_SUCCESS)
        return rc;
    if (device == NULL || index >= fake_nvml.shm->device_count)
        return NVML_ERROR_INVALID_ARGUMENT;
    *device = &fake_nvml.devices[index];
    return NVML_SUCCESS;
}

/* Contract: the device whose UUID string is uuid; NVML_ERROR_NOT_FOUND if none. */
nvmlReturn_t nvmlDeviceGetHandleByUUID(const char *uuid, nvmlDevice_t *device)
{
    nvmlReturn_t rc = fake_nvml_ready();
    if (rc != NVML_SUCCESS)
        return rc;
    if (uuid == NULL || device == NULL)
        return NVML_ERROR_INVALID_ARGUMENT;
    int e = errno;
    for (unsigned i = 0; i < fake_nvml.shm->device_count; i++) {
        char s[41];
        fake_shm_device_uuid_string(i, s);
        if (strcmp(s, uuid) == 0) {
            *device = &fake_nvml.devices[i];
            return fake_nvml_done(e, NVML_SUCCESS);
        }
    }
    return fake_nvml_done(e, NVML_ERROR_NOT_FOUND);
}

/* Contract: the device at PCI bus id pciBusId; NVML_ERROR_NOT_FOUND if none. */
nvmlReturn_t nvmlDeviceGetHandleByPciBusId_v2(const char *pciBusId, nvmlDevice_t *device)
{
    nvmlReturn_t rc = fake_nvml_ready();
    if (rc != NVML_SUCCESS)
        return rc;
    if (pciBusId == NULL || device == NULL)
        return NVML_ERROR_INVALID_ARGUMENT;
    int e = errno;
    int i = fake_shm_parse_pci_bus_id(pciBusId, fake_nvml.shm->device_count);
    if (i < 0)
        return fake_nvml_done(e, NVML_ERROR_NOT_FOUND);
    *device = &fake_nvml.devices[i];
    return fake_nvml_done(e, NVML_SUCCESS);
}

/* Contract: *index = the device's index. */
nvmlReturn_t nvmlDeviceGetIndex(nvmlDevice_t device, unsigned int *index)
{
    unsigned i = 0;
    nvmlReturn_t rc = fake_nvml_device(device, &i);
    if (rc == NVML_SUCCESS && index == NULL)
        rc = NVML_ERROR_INVALID_ARGUMENT;
    if (rc == NVML_SUCCESS)
        *index = i;
    return rc;
}

/* Contract: *minorNumber = the device's index (its /dev/nvidiaN number). */
nvmlReturn_t nvmlDeviceGetMinorNumber(nvmlDevice_t device, unsigned int *minorNumber)
{
    return nvmlDeviceGetIndex(device, minorNumber);
}

/* Contract: writes FAKECUDA_DEVICE_NAME; NVML_ERROR_INSUFFICIENT_SIZE if it does not
 * fit in length. */
nvmlReturn_t nvmlDeviceGetName(nvmlDevice_t device, char *name, unsigned int length)
{
    unsigned i = 0;
    nvmlReturn_t rc = fake_nvml_device(device, &i);
    return rc != NVML_SUCCESS ? rc : fake_nvml_copy(name, length, FAKECUDA_DEVICE_NAME);
}

/* Contract: writes the device's "GPU-..." UUID (the one cuDeviceGetUuid gives). */
nvmlReturn_t nvmlDeviceGetUUID(nvmlDevice_t device, char *uuid, unsigned int length)
{
    unsigned i = 0;
    nvmlReturn_t rc = fake_nvml_device(device, &i);
    if (rc != NVML_SUCCESS)
        return rc;
    int e = errno;
    char s[41];
    fake_shm_device_uuid_string(i, s);
    return fake_nvml_done(e, fake_nvml_copy(uuid, length, s));
}

/* Contract: the device's PCI location (domain 0, bus 0x18 + index) and ids. */
nvmlReturn_t nvmlDeviceGetPciInfo_v3(nvmlDevice_t device, nvmlPciInfo_t *pci)
{
    unsigned i = 0;
    nvmlReturn_t rc = fake_nvml_device(device, &i);
    if (rc != NVML_SUCCESS)
        return rc;
    if (pci == NULL)
        return NVML_ERROR_INVALID_ARGUMENT;
    int e = errno;
    memset(pci, 0, sizeof *pci);
    pci->domain = 0;
    pci->bus = fake_shm_device_pci_bus(i);
    pci->device = 0;
    pci->pciDeviceId = 0x233010de;
    pci->pciSubSystemId = 0x16c110de;
    snprintf(pci->busIdLegacy, sizeof pci->busIdLegacy, "0000:%02X:00.0", pci->bus);
    snprintf(pci->busId, sizeof pci->busId, "00000000:%02X:00.0", pci->bus);
    return fake_nvml_done(e, NVML_SUCCESS);
}

/* Total and used bytes of device i (live processes of the session). */
static void memory_of(unsigned i, uint64_t *total, uint64_t *used)
{
    struct fake_shm *s = fake_nvml.shm;
    fake_shm_lock(s);
    *total = s->total[i];
    *used = fake_shm_used(s, i);
    fake_shm_unlock(s);
    if (*used > *total)
        *used = *total;
}

/* Contract: total, used (by every live process of the session, contexts included) and
 * free memory of the device, as cuMemGetInfo computes them. */
nvmlReturn_t nvmlDeviceGetMemoryInfo(nvmlDevice_t device, nvmlMemory_t *memory)
{
    unsigned i = 0;
    nvmlReturn_t rc = fake_nvml_device(device, &i);
    if (rc != NVML_SUCCESS)
        return rc;
    if (memory == NULL)
        return NVML_ERROR_INVALID_ARGUMENT;
    int e = errno;
    uint64_t total = 0, used = 0;
    memory_of(i, &total, &used);
    memory->total = total;
    memory->used = used;
    memory->free = total - used;
    return fake_nvml_done(e, NVML_SUCCESS);
}

/* Contract: as nvmlDeviceGetMemoryInfo with reserved = 0; memory->version must be
 * nvmlMemory_v2 (else NVML_ERROR_ARGUMENT_VERSION_MISMATCH). */
nvmlReturn_t nvmlDeviceGetMemoryInfo_v2(nvmlDevice_t device, nvmlMemory_v2_t *memory)
{
    unsigned i = 0;
    nvmlReturn_t rc = fake_nvml_device(device, &i);
    if (rc != NVML_SUCCESS)
        return rc;
    if (memory == NULL)
        return NVML_ERROR_INVALID_ARGUMENT;
    if (memory->version != MEMORY_V2_VERSION)
        return NVML_ERROR_ARGUMENT_VERSION_MISMATCH;
    int e = errno;
    uint64_t total = 0, used = 0;
    memory_of(i, &total, &used);
    memory->total = total;
    memory->reserved = 0;
    memory->used = used;
    memory->free = total - used;
    return fake_nvml_done(e, NVML_SUCCESS);
}

/* Fills up to *count (pid, bytes) pairs of processes holding memory on device i and
 * sets *count to how many there are. Returns NVML_ERROR_INSUFFICIENT_SIZE if they do
 * not fit (or infos is NULL while there are some). */
static nvmlReturn_t processes(unsigned i, unsigned *count, unsigned *pids, unsigned long long *bytes,
                              unsigned cap)
{
    struct fake_shm *s = fake_nvml.shm;
    unsigned n = 0;
    fake_shm_lock(s);
    fake_shm_reap(s);
    for (int k = 0; k < FAKE_SHM_MAX_PROCS; k++) {
        if (s->procs[k].pid == 0 || s->procs[k].used[i] == 0)
            continue;
        if (n < cap) {
            pids[n] = (unsigned)s->procs[k].pid;
            bytes[n] = s->procs[k].used[i];
        }
        n++;
    }
    fake_shm_unlock(s);
    nvmlReturn_t rc = n > *count || (n > 0 && cap == 0) ? NVML_ERROR_INSUFFICIENT_SIZE : NVML_SUCCESS;
    *count = n;
    return rc;
}

/* Runs processes() for a device and a caller's array, into temporary arrays. */
static nvmlReturn_t list_processes(nvmlDevice_t device, unsigned int *infoCount, int have_infos,
                                   unsigned *pids, unsigned long long *bytes)
{
    unsigned i = 0;
    nvmlReturn_t rc = fake_nvml_device(device, &i);
    if (rc != NVML_SUCCESS)
        return rc;
    if (infoCount == NULL)
        return NVML_ERROR_INVALID_ARGUMENT;
    unsigned cap = have_infos ? *infoCount : 0;
    if (cap > FAKE_SHM_MAX_PROCS)
        cap = FAKE_SHM_MAX_PROCS;
    return processes(i, infoCount, pids, bytes, cap);
}

/* Contract: the processes holding memory on the device and how much (instance ids
 * 0xFFFFFFFF: no MIG). With *infoCount too small (or infos NULL) sets *infoCount to the
 * number needed and returns NVML_ERROR_INSUFFICIENT_SIZE. */
nvmlReturn_t nvmlDeviceGetComputeRunningProcesses_v3(nvmlDevice_t device, unsigned int *infoCount,
                                                     nvmlProcessInfo_t *infos)
{
    int e = errno;
    unsigned pids[FAKE_SHM_MAX_PROCS];
    unsigned long long bytes[FAKE_SHM_MAX_PROCS];
    nvmlReturn_t rc = list_processes(device, infoCount, infos != NULL, pids, bytes);
    for (unsigned k = 0; rc == NVML_SUCCESS && k < *infoCount; k++) {
        infos[k].pid = pids[k];
        infos[k].usedGpuMemory = bytes[k];
        infos[k].gpuInstanceId = 0xFFFFFFFFu;
        infos[k].computeInstanceId = 0xFFFFFFFFu;
    }
    return fake_nvml_done(e, rc);
}

/* Contract: as nvmlDeviceGetComputeRunningProcesses_v3. */
nvmlReturn_t nvmlDeviceGetComputeRunningProcesses_v2(nvmlDevice_t device, unsigned int *infoCount,
                                                     nvmlProcessInfo_v2_t *infos)
{
    return nvmlDeviceGetComputeRunningProcesses_v3(device, infoCount, infos);
}

/* Contract: as nvmlDeviceGetComputeRunningProcesses_v3 with the v1 record. */
nvmlReturn_t nvmlDeviceGetComputeRunningProcesses(nvmlDevice_t device, unsigned int *infoCount,
                                                  nvmlProcessInfo_v1_t *infos)
{
    int e = errno;
    unsigned pids[FAKE_SHM_MAX_PROCS];
    unsigned long long bytes[FAKE_SHM_MAX_PROCS];
    nvmlReturn_t rc = list_processes(device, infoCount, infos != NULL, pids, bytes);
    for (unsigned k = 0; rc == NVML_SUCCESS && k < *infoCount; k++) {
        infos[k].pid = pids[k];
        infos[k].usedGpuMemory = bytes[k];
    }
    return fake_nvml_done(e, rc);
}

/* Contract: MIG is disabled: current and pending mode NVML_DEVICE_MIG_DISABLE (0). */
nvmlReturn_t nvmlDeviceGetMigMode(nvmlDevice_t device, unsigned int *currentMode, unsigned int *pendingMode)
{
    unsigned i = 0;
    nvmlReturn_t rc = fake_nvml_device(device, &i);
    if (rc != NVML_SUCCESS)
        return rc;
    if (currentMode == NULL || pendingMode == NULL)
        return NVML_ERROR_INVALID_ARGUMENT;
    *currentMode = 0;
    *pendingMode = 0;
    return NVML_SUCCESS;
}

/* Contract: compute capability 9.0. */
nvmlReturn_t nvmlDeviceGetCudaComputeCapability(nvmlDevice_t device, int *major, int *minor)
{
    unsigned i = 0;
    nvmlReturn_t rc = fake_nvml_device(device, &i);
    if (rc != NVML_SUCCESS)
        return rc;
    if (major == NULL || minor == NULL)
        return NVML_ERROR_INVALID_ARGUMENT;
    *major = 9;
    *minor = 0;
    return NVML_SUCCESS;
}

/* Contract: compute mode NVML_COMPUTEMODE_DEFAULT (time-sliced sharing). */
nvmlReturn_t nvmlDeviceGetComputeMode(nvmlDevice_t device, nvmlComputeMode_t *mode)
{
    unsigned i = 0;
    nvmlReturn_t rc = fake_nvml_device(device, &i);
    if (rc != NVML_SUCCESS)
        return rc;
    if (mode == NULL)
        return NVML_ERROR_INVALID_ARGUMENT;
    *mode = NVML_COMPUTEMODE_DEFAULT;
    return NVML_SUCCESS;
}

/* Contract: gpu = percent of wall time the device ran kernels since this process's
 * previous query of it (or nvmlInit), memory = 0. */
nvmlReturn_t nvmlDeviceGetUtilizationRates(nvmlDevice_t device, nvmlUtilization_t *utilization)
{
    unsigned i = 0;
    nvmlReturn_t rc = fake_nvml_device(device, &i);
    if (rc != NVML_SUCCESS)
        return rc;
    if (utilization == NULL)
        return NVML_ERROR_INVALID_ARGUMENT;
    int e = errno;
    uint64_t now = now_ns();
    uint64_t busy = atomic_load(&fake_nvml.shm->busy_ns[i]);
    pthread_mutex_lock(&fake_nvml.lock);
    uint64_t delta_busy = busy - fake_nvml.sample_busy[i];
    uint64_t delta_ns = now - fake_nvml.sample_ns[i];
    fake_nvml.sample_busy[i] = busy;
    fake_nvml.sample_ns[i] = now;
    pthread_mutex_unlock(&fake_nvml.lock);
    unsigned pct = delta_ns == 0 ? 0 : (unsigned)(delta_busy * 100 / delta_ns);
    utilization->gpu = pct > 100 ? 100 : pct;
    utilization->memory = 0;
    return fake_nvml_done(e, NVML_SUCCESS);
}
