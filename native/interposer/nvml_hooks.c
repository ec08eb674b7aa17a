/*
 * nvml_hooks.c - what NVML (and so nvidia-smi and monitoring agents) says about memory,
 * for a process in a vGPU: the GPU's total is the vGPU's quota, used is what the vGPU
 * holds, free the rest. Outside a vGPU these pass straight through.
 */
#include "libs.h"
#include "vgpu.h"

/* The vGPU's figures for `device`, if this process's vGPU has it (with what this
 * process's pools released at synchronisations no longer counted). */
static int vgpu_memory(nvmlDevice_t device, uint64_t *quota, uint64_t *used)
{
    quanta_nvml_pfn_nvmlDeviceGetUUID get_uuid =
        (quanta_nvml_pfn_nvmlDeviceGetUUID)quanta__resolve(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetUUID);
    char uuid[96];
    if (get_uuid == NULL || get_uuid(device, uuid, sizeof uuid) != NVML_SUCCESS)
        return -1;
    (void)quanta__pools_refresh();
    return quanta__vgpu_limits_uuid(uuid, quota, used);
}

/* Contract: as NVML's nvmlDeviceGetMemoryInfo; in a vGPU, the vGPU's memory. */
nvmlReturn_t nvmlDeviceGetMemoryInfo(nvmlDevice_t device, nvmlMemory_t *memory)
{
    quanta_nvml_pfn_nvmlDeviceGetMemoryInfo real = (quanta_nvml_pfn_nvmlDeviceGetMemoryInfo)quanta__enter(
        &quanta__nvml_lib, quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetMemoryInfo);
    if (real == NULL)
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetMemoryInfo);
    nvmlReturn_t rc = real(device, memory);
    uint64_t quota, used;
    if (rc == NVML_SUCCESS && quanta__vgpu_active() && vgpu_memory(device, &quota, &used) == 0) {
        memory->total = quota;
        memory->used = used;
        memory->free = quota > used ? quota - used : 0;
    }
    return rc;
}

/* Contract: as NVML's nvmlDeviceGetMemoryInfo_v2; in a vGPU, the vGPU's memory (nothing
 * of it is reserved by the driver). */
nvmlReturn_t nvmlDeviceGetMemoryInfo_v2(nvmlDevice_t device, nvmlMemory_v2_t *memory)
{
    quanta_nvml_pfn_nvmlDeviceGetMemoryInfo_v2 real = (quanta_nvml_pfn_nvmlDeviceGetMemoryInfo_v2)quanta__enter(
        &quanta__nvml_lib, quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetMemoryInfo_v2);
    if (real == NULL)
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetMemoryInfo_v2);
    nvmlReturn_t rc = real(device, memory);
    uint64_t quota, used;
    if (rc == NVML_SUCCESS && quanta__vgpu_active() && vgpu_memory(device, &quota, &used) == 0) {
        memory->total = quota;
        memory->reserved = 0;
        memory->used = used;
        memory->free = quota > used ? quota - used : 0;
    }
    return rc;
}
