/* Generated from api/nvml.json by tools/gen (npm run gen -- emit). Do not edit. */
/* The interposer's pass-through wrappers: weak, so that a hand-written hook of the
 * same name (a strong definition) replaces one without any list to keep in step. */
#include "quanta_nvml_api.h"
#include "wrap.h"

static QUANTA__COLD nvmlReturn_t slow_nvmlComputeInstanceDestroy(nvmlComputeInstance_t computeInstance)
{
    quanta_nvml_pfn_nvmlComputeInstanceDestroy real = (quanta_nvml_pfn_nvmlComputeInstanceDestroy)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlComputeInstanceDestroy);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlComputeInstanceDestroy);
    }
    return real(computeInstance);
}

QUANTA__WRAPPER nvmlReturn_t nvmlComputeInstanceDestroy(nvmlComputeInstance_t computeInstance)
{
    quanta_nvml_pfn_nvmlComputeInstanceDestroy real = (quanta_nvml_pfn_nvmlComputeInstanceDestroy)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlComputeInstanceDestroy);
    if (__builtin_expect(real != NULL, 1))
        return real(computeInstance);
    return slow_nvmlComputeInstanceDestroy(computeInstance);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlComputeInstanceGetInfo(nvmlComputeInstance_t computeInstance, nvmlComputeInstanceInfo_t *info)
{
    quanta_nvml_pfn_nvmlComputeInstanceGetInfo real = (quanta_nvml_pfn_nvmlComputeInstanceGetInfo)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlComputeInstanceGetInfo);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlComputeInstanceGetInfo);
    }
    return real(computeInstance, info);
}

QUANTA__WRAPPER nvmlReturn_t nvmlComputeInstanceGetInfo(nvmlComputeInstance_t computeInstance, nvmlComputeInstanceInfo_t *info)
{
    quanta_nvml_pfn_nvmlComputeInstanceGetInfo real = (quanta_nvml_pfn_nvmlComputeInstanceGetInfo)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlComputeInstanceGetInfo);
    if (__builtin_expect(real != NULL, 1))
        return real(computeInstance, info);
    return slow_nvmlComputeInstanceGetInfo(computeInstance, info);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlComputeInstanceGetInfo_v2(nvmlComputeInstance_t computeInstance, nvmlComputeInstanceInfo_t *info)
{
    quanta_nvml_pfn_nvmlComputeInstanceGetInfo_v2 real = (quanta_nvml_pfn_nvmlComputeInstanceGetInfo_v2)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlComputeInstanceGetInfo_v2);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlComputeInstanceGetInfo_v2);
    }
    return real(computeInstance, info);
}

QUANTA__WRAPPER nvmlReturn_t nvmlComputeInstanceGetInfo_v2(nvmlComputeInstance_t computeInstance, nvmlComputeInstanceInfo_t *info)
{
    quanta_nvml_pfn_nvmlComputeInstanceGetInfo_v2 real = (quanta_nvml_pfn_nvmlComputeInstanceGetInfo_v2)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlComputeInstanceGetInfo_v2);
    if (__builtin_expect(real != NULL, 1))
        return real(computeInstance, info);
    return slow_nvmlComputeInstanceGetInfo_v2(computeInstance, info);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceClearAccountingPids(nvmlDevice_t device)
{
    quanta_nvml_pfn_nvmlDeviceClearAccountingPids real = (quanta_nvml_pfn_nvmlDeviceClearAccountingPids)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceClearAccountingPids);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceClearAccountingPids);
    }
    return real(device);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceClearAccountingPids(nvmlDevice_t device)
{
    quanta_nvml_pfn_nvmlDeviceClearAccountingPids real = (quanta_nvml_pfn_nvmlDeviceClearAccountingPids)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceClearAccountingPids);
    if (__builtin_expect(real != NULL, 1))
        return real(device);
    return slow_nvmlDeviceClearAccountingPids(device);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceClearCpuAffinity(nvmlDevice_t device)
{
    quanta_nvml_pfn_nvmlDeviceClearCpuAffinity real = (quanta_nvml_pfn_nvmlDeviceClearCpuAffinity)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceClearCpuAffinity);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceClearCpuAffinity);
    }
    return real(device);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceClearCpuAffinity(nvmlDevice_t device)
{
    quanta_nvml_pfn_nvmlDeviceClearCpuAffinity real = (quanta_nvml_pfn_nvmlDeviceClearCpuAffinity)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceClearCpuAffinity);
    if (__builtin_expect(real != NULL, 1))
        return real(device);
    return slow_nvmlDeviceClearCpuAffinity(device);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceClearEccErrorCounts(nvmlDevice_t device, nvmlEccCounterType_t counterType)
{
    quanta_nvml_pfn_nvmlDeviceClearEccErrorCounts real = (quanta_nvml_pfn_nvmlDeviceClearEccErrorCounts)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceClearEccErrorCounts);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceClearEccErrorCounts);
    }
    return real(device, counterType);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceClearEccErrorCounts(nvmlDevice_t device, nvmlEccCounterType_t counterType)
{
    quanta_nvml_pfn_nvmlDeviceClearEccErrorCounts real = (quanta_nvml_pfn_nvmlDeviceClearEccErrorCounts)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceClearEccErrorCounts);
    if (__builtin_expect(real != NULL, 1))
        return real(device, counterType);
    return slow_nvmlDeviceClearEccErrorCounts(device, counterType);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceClearFieldValues(nvmlDevice_t device, int valuesCount, nvmlFieldValue_t *values)
{
    quanta_nvml_pfn_nvmlDeviceClearFieldValues real = (quanta_nvml_pfn_nvmlDeviceClearFieldValues)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceClearFieldValues);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceClearFieldValues);
    }
    return real(device, valuesCount, values);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceClearFieldValues(nvmlDevice_t device, int valuesCount, nvmlFieldValue_t *values)
{
    quanta_nvml_pfn_nvmlDeviceClearFieldValues real = (quanta_nvml_pfn_nvmlDeviceClearFieldValues)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceClearFieldValues);
    if (__builtin_expect(real != NULL, 1))
        return real(device, valuesCount, values);
    return slow_nvmlDeviceClearFieldValues(device, valuesCount, values);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceCreateGpuInstance(nvmlDevice_t device, unsigned int profileId, nvmlGpuInstance_t *gpuInstance)
{
    quanta_nvml_pfn_nvmlDeviceCreateGpuInstance real = (quanta_nvml_pfn_nvmlDeviceCreateGpuInstance)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceCreateGpuInstance);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceCreateGpuInstance);
    }
    return real(device, profileId, gpuInstance);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceCreateGpuInstance(nvmlDevice_t device, unsigned int profileId, nvmlGpuInstance_t *gpuInstance)
{
    quanta_nvml_pfn_nvmlDeviceCreateGpuInstance real = (quanta_nvml_pfn_nvmlDeviceCreateGpuInstance)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceCreateGpuInstance);
    if (__builtin_expect(real != NULL, 1))
        return real(device, profileId, gpuInstance);
    return slow_nvmlDeviceCreateGpuInstance(device, profileId, gpuInstance);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceCreateGpuInstanceWithPlacement(nvmlDevice_t device, unsigned int profileId, const nvmlGpuInstancePlacement_t *placement, nvmlGpuInstance_t *gpuInstance)
{
    quanta_nvml_pfn_nvmlDeviceCreateGpuInstanceWithPlacement real = (quanta_nvml_pfn_nvmlDeviceCreateGpuInstanceWithPlacement)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceCreateGpuInstanceWithPlacement);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceCreateGpuInstanceWithPlacement);
    }
    return real(device, profileId, placement, gpuInstance);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceCreateGpuInstanceWithPlacement(nvmlDevice_t device, unsigned int profileId, const nvmlGpuInstancePlacement_t *placement, nvmlGpuInstance_t *gpuInstance)
{
    quanta_nvml_pfn_nvmlDeviceCreateGpuInstanceWithPlacement real = (quanta_nvml_pfn_nvmlDeviceCreateGpuInstanceWithPlacement)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceCreateGpuInstanceWithPlacement);
    if (__builtin_expect(real != NULL, 1))
        return real(device, profileId, placement, gpuInstance);
    return slow_nvmlDeviceCreateGpuInstanceWithPlacement(device, profileId, placement, gpuInstance);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceDiscoverGpus(nvmlPciInfo_t *pciInfo)
{
    quanta_nvml_pfn_nvmlDeviceDiscoverGpus real = (quanta_nvml_pfn_nvmlDeviceDiscoverGpus)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceDiscoverGpus);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceDiscoverGpus);
    }
    return real(pciInfo);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceDiscoverGpus(nvmlPciInfo_t *pciInfo)
{
    quanta_nvml_pfn_nvmlDeviceDiscoverGpus real = (quanta_nvml_pfn_nvmlDeviceDiscoverGpus)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceDiscoverGpus);
    if (__builtin_expect(real != NULL, 1))
        return real(pciInfo);
    return slow_nvmlDeviceDiscoverGpus(pciInfo);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceFreezeNvLinkUtilizationCounter(nvmlDevice_t device, unsigned int link, unsigned int counter, nvmlEnableState_t freeze)
{
    quanta_nvml_pfn_nvmlDeviceFreezeNvLinkUtilizationCounter real = (quanta_nvml_pfn_nvmlDeviceFreezeNvLinkUtilizationCounter)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceFreezeNvLinkUtilizationCounter);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceFreezeNvLinkUtilizationCounter);
    }
    return real(device, link, counter, freeze);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceFreezeNvLinkUtilizationCounter(nvmlDevice_t device, unsigned int link, unsigned int counter, nvmlEnableState_t freeze)
{
    quanta_nvml_pfn_nvmlDeviceFreezeNvLinkUtilizationCounter real = (quanta_nvml_pfn_nvmlDeviceFreezeNvLinkUtilizationCounter)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceFreezeNvLinkUtilizationCounter);
    if (__builtin_expect(real != NULL, 1))
        return real(device, link, counter, freeze);
    return slow_nvmlDeviceFreezeNvLinkUtilizationCounter(device, link, counter, freeze);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetAPIRestriction(nvmlDevice_t device, nvmlRestrictedAPI_t apiType, nvmlEnableState_t *isRestricted)
{
    quanta_nvml_pfn_nvmlDeviceGetAPIRestriction real = (quanta_nvml_pfn_nvmlDeviceGetAPIRestriction)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetAPIRestriction);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetAPIRestriction);
    }
    return real(device, apiType, isRestricted);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetAPIRestriction(nvmlDevice_t device, nvmlRestrictedAPI_t apiType, nvmlEnableState_t *isRestricted)
{
    quanta_nvml_pfn_nvmlDeviceGetAPIRestriction real = (quanta_nvml_pfn_nvmlDeviceGetAPIRestriction)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetAPIRestriction);
    if (__builtin_expect(real != NULL, 1))
        return real(device, apiType, isRestricted);
    return slow_nvmlDeviceGetAPIRestriction(device, apiType, isRestricted);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetAccountingBufferSize(nvmlDevice_t device, unsigned int *bufferSize)
{
    quanta_nvml_pfn_nvmlDeviceGetAccountingBufferSize real = (quanta_nvml_pfn_nvmlDeviceGetAccountingBufferSize)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetAccountingBufferSize);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetAccountingBufferSize);
    }
    return real(device, bufferSize);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetAccountingBufferSize(nvmlDevice_t device, unsigned int *bufferSize)
{
    quanta_nvml_pfn_nvmlDeviceGetAccountingBufferSize real = (quanta_nvml_pfn_nvmlDeviceGetAccountingBufferSize)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetAccountingBufferSize);
    if (__builtin_expect(real != NULL, 1))
        return real(device, bufferSize);
    return slow_nvmlDeviceGetAccountingBufferSize(device, bufferSize);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetAccountingMode(nvmlDevice_t device, nvmlEnableState_t *mode)
{
    quanta_nvml_pfn_nvmlDeviceGetAccountingMode real = (quanta_nvml_pfn_nvmlDeviceGetAccountingMode)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetAccountingMode);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetAccountingMode);
    }
    return real(device, mode);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetAccountingMode(nvmlDevice_t device, nvmlEnableState_t *mode)
{
    quanta_nvml_pfn_nvmlDeviceGetAccountingMode real = (quanta_nvml_pfn_nvmlDeviceGetAccountingMode)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetAccountingMode);
    if (__builtin_expect(real != NULL, 1))
        return real(device, mode);
    return slow_nvmlDeviceGetAccountingMode(device, mode);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetAccountingPids(nvmlDevice_t device, unsigned int *count, unsigned int *pids)
{
    quanta_nvml_pfn_nvmlDeviceGetAccountingPids real = (quanta_nvml_pfn_nvmlDeviceGetAccountingPids)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetAccountingPids);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetAccountingPids);
    }
    return real(device, count, pids);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetAccountingPids(nvmlDevice_t device, unsigned int *count, unsigned int *pids)
{
    quanta_nvml_pfn_nvmlDeviceGetAccountingPids real = (quanta_nvml_pfn_nvmlDeviceGetAccountingPids)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetAccountingPids);
    if (__builtin_expect(real != NULL, 1))
        return real(device, count, pids);
    return slow_nvmlDeviceGetAccountingPids(device, count, pids);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetAccountingStats(nvmlDevice_t device, unsigned int pid, nvmlAccountingStats_t *stats)
{
    quanta_nvml_pfn_nvmlDeviceGetAccountingStats real = (quanta_nvml_pfn_nvmlDeviceGetAccountingStats)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetAccountingStats);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetAccountingStats);
    }
    return real(device, pid, stats);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetAccountingStats(nvmlDevice_t device, unsigned int pid, nvmlAccountingStats_t *stats)
{
    quanta_nvml_pfn_nvmlDeviceGetAccountingStats real = (quanta_nvml_pfn_nvmlDeviceGetAccountingStats)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetAccountingStats);
    if (__builtin_expect(real != NULL, 1))
        return real(device, pid, stats);
    return slow_nvmlDeviceGetAccountingStats(device, pid, stats);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetActiveVgpus(nvmlDevice_t device, unsigned int *vgpuCount, nvmlVgpuInstance_t *vgpuInstances)
{
    quanta_nvml_pfn_nvmlDeviceGetActiveVgpus real = (quanta_nvml_pfn_nvmlDeviceGetActiveVgpus)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetActiveVgpus);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetActiveVgpus);
    }
    return real(device, vgpuCount, vgpuInstances);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetActiveVgpus(nvmlDevice_t device, unsigned int *vgpuCount, nvmlVgpuInstance_t *vgpuInstances)
{
    quanta_nvml_pfn_nvmlDeviceGetActiveVgpus real = (quanta_nvml_pfn_nvmlDeviceGetActiveVgpus)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetActiveVgpus);
    if (__builtin_expect(real != NULL, 1))
        return real(device, vgpuCount, vgpuInstances);
    return slow_nvmlDeviceGetActiveVgpus(device, vgpuCount, vgpuInstances);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetAdaptiveClockInfoStatus(nvmlDevice_t device, unsigned int *adaptiveClockStatus)
{
    quanta_nvml_pfn_nvmlDeviceGetAdaptiveClockInfoStatus real = (quanta_nvml_pfn_nvmlDeviceGetAdaptiveClockInfoStatus)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetAdaptiveClockInfoStatus);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetAdaptiveClockInfoStatus);
    }
    return real(device, adaptiveClockStatus);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetAdaptiveClockInfoStatus(nvmlDevice_t device, unsigned int *adaptiveClockStatus)
{
    quanta_nvml_pfn_nvmlDeviceGetAdaptiveClockInfoStatus real = (quanta_nvml_pfn_nvmlDeviceGetAdaptiveClockInfoStatus)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetAdaptiveClockInfoStatus);
    if (__builtin_expect(real != NULL, 1))
        return real(device, adaptiveClockStatus);
    return slow_nvmlDeviceGetAdaptiveClockInfoStatus(device, adaptiveClockStatus);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetAddressingMode(nvmlDevice_t device, nvmlDeviceAddressingMode_t *mode)
{
    quanta_nvml_pfn_nvmlDeviceGetAddressingMode real = (quanta_nvml_pfn_nvmlDeviceGetAddressingMode)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetAddressingMode);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetAddressingMode);
    }
    return real(device, mode);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetAddressingMode(nvmlDevice_t device, nvmlDeviceAddressingMode_t *mode)
{
    quanta_nvml_pfn_nvmlDeviceGetAddressingMode real = (quanta_nvml_pfn_nvmlDeviceGetAddressingMode)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetAddressingMode);
    if (__builtin_expect(real != NULL, 1))
        return real(device, mode);
    return slow_nvmlDeviceGetAddressingMode(device, mode);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetApplicationsClock(nvmlDevice_t device, nvmlClockType_t clockType, unsigned int *clockMHz)
{
    quanta_nvml_pfn_nvmlDeviceGetApplicationsClock real = (quanta_nvml_pfn_nvmlDeviceGetApplicationsClock)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetApplicationsClock);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetApplicationsClock);
    }
    return real(device, clockType, clockMHz);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetApplicationsClock(nvmlDevice_t device, nvmlClockType_t clockType, unsigned int *clockMHz)
{
    quanta_nvml_pfn_nvmlDeviceGetApplicationsClock real = (quanta_nvml_pfn_nvmlDeviceGetApplicationsClock)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetApplicationsClock);
    if (__builtin_expect(real != NULL, 1))
        return real(device, clockType, clockMHz);
    return slow_nvmlDeviceGetApplicationsClock(device, clockType, clockMHz);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetArchitecture(nvmlDevice_t device, nvmlDeviceArchitecture_t *arch)
{
    quanta_nvml_pfn_nvmlDeviceGetArchitecture real = (quanta_nvml_pfn_nvmlDeviceGetArchitecture)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetArchitecture);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetArchitecture);
    }
    return real(device, arch);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetArchitecture(nvmlDevice_t device, nvmlDeviceArchitecture_t *arch)
{
    quanta_nvml_pfn_nvmlDeviceGetArchitecture real = (quanta_nvml_pfn_nvmlDeviceGetArchitecture)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetArchitecture);
    if (__builtin_expect(real != NULL, 1))
        return real(device, arch);
    return slow_nvmlDeviceGetArchitecture(device, arch);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetAttributes(nvmlDevice_t device, nvmlDeviceAttributes_t *attributes)
{
    quanta_nvml_pfn_nvmlDeviceGetAttributes real = (quanta_nvml_pfn_nvmlDeviceGetAttributes)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetAttributes);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetAttributes);
    }
    return real(device, attributes);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetAttributes(nvmlDevice_t device, nvmlDeviceAttributes_t *attributes)
{
    quanta_nvml_pfn_nvmlDeviceGetAttributes real = (quanta_nvml_pfn_nvmlDeviceGetAttributes)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetAttributes);
    if (__builtin_expect(real != NULL, 1))
        return real(device, attributes);
    return slow_nvmlDeviceGetAttributes(device, attributes);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetAttributes_v2(nvmlDevice_t device, nvmlDeviceAttributes_t *attributes)
{
    quanta_nvml_pfn_nvmlDeviceGetAttributes_v2 real = (quanta_nvml_pfn_nvmlDeviceGetAttributes_v2)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetAttributes_v2);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetAttributes_v2);
    }
    return real(device, attributes);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetAttributes_v2(nvmlDevice_t device, nvmlDeviceAttributes_t *attributes)
{
    quanta_nvml_pfn_nvmlDeviceGetAttributes_v2 real = (quanta_nvml_pfn_nvmlDeviceGetAttributes_v2)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetAttributes_v2);
    if (__builtin_expect(real != NULL, 1))
        return real(device, attributes);
    return slow_nvmlDeviceGetAttributes_v2(device, attributes);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetAutoBoostedClocksEnabled(nvmlDevice_t device, nvmlEnableState_t *isEnabled, nvmlEnableState_t *defaultIsEnabled)
{
    quanta_nvml_pfn_nvmlDeviceGetAutoBoostedClocksEnabled real = (quanta_nvml_pfn_nvmlDeviceGetAutoBoostedClocksEnabled)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetAutoBoostedClocksEnabled);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetAutoBoostedClocksEnabled);
    }
    return real(device, isEnabled, defaultIsEnabled);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetAutoBoostedClocksEnabled(nvmlDevice_t device, nvmlEnableState_t *isEnabled, nvmlEnableState_t *defaultIsEnabled)
{
    quanta_nvml_pfn_nvmlDeviceGetAutoBoostedClocksEnabled real = (quanta_nvml_pfn_nvmlDeviceGetAutoBoostedClocksEnabled)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetAutoBoostedClocksEnabled);
    if (__builtin_expect(real != NULL, 1))
        return real(device, isEnabled, defaultIsEnabled);
    return slow_nvmlDeviceGetAutoBoostedClocksEnabled(device, isEnabled, defaultIsEnabled);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetBAR1MemoryInfo(nvmlDevice_t device, nvmlBAR1Memory_t *bar1Memory)
{
    quanta_nvml_pfn_nvmlDeviceGetBAR1MemoryInfo real = (quanta_nvml_pfn_nvmlDeviceGetBAR1MemoryInfo)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetBAR1MemoryInfo);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetBAR1MemoryInfo);
    }
    return real(device, bar1Memory);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetBAR1MemoryInfo(nvmlDevice_t device, nvmlBAR1Memory_t *bar1Memory)
{
    quanta_nvml_pfn_nvmlDeviceGetBAR1MemoryInfo real = (quanta_nvml_pfn_nvmlDeviceGetBAR1MemoryInfo)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetBAR1MemoryInfo);
    if (__builtin_expect(real != NULL, 1))
        return real(device, bar1Memory);
    return slow_nvmlDeviceGetBAR1MemoryInfo(device, bar1Memory);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetBoardId(nvmlDevice_t device, unsigned int *boardId)
{
    quanta_nvml_pfn_nvmlDeviceGetBoardId real = (quanta_nvml_pfn_nvmlDeviceGetBoardId)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetBoardId);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetBoardId);
    }
    return real(device, boardId);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetBoardId(nvmlDevice_t device, unsigned int *boardId)
{
    quanta_nvml_pfn_nvmlDeviceGetBoardId real = (quanta_nvml_pfn_nvmlDeviceGetBoardId)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetBoardId);
    if (__builtin_expect(real != NULL, 1))
        return real(device, boardId);
    return slow_nvmlDeviceGetBoardId(device, boardId);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetBoardPartNumber(nvmlDevice_t device, char *partNumber, unsigned int length)
{
    quanta_nvml_pfn_nvmlDeviceGetBoardPartNumber real = (quanta_nvml_pfn_nvmlDeviceGetBoardPartNumber)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetBoardPartNumber);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetBoardPartNumber);
    }
    return real(device, partNumber, length);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetBoardPartNumber(nvmlDevice_t device, char *partNumber, unsigned int length)
{
    quanta_nvml_pfn_nvmlDeviceGetBoardPartNumber real = (quanta_nvml_pfn_nvmlDeviceGetBoardPartNumber)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetBoardPartNumber);
    if (__builtin_expect(real != NULL, 1))
        return real(device, partNumber, length);
    return slow_nvmlDeviceGetBoardPartNumber(device, partNumber, length);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetBrand(nvmlDevice_t device, nvmlBrandType_t *type)
{
    quanta_nvml_pfn_nvmlDeviceGetBrand real = (quanta_nvml_pfn_nvmlDeviceGetBrand)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetBrand);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetBrand);
    }
    return real(device, type);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetBrand(nvmlDevice_t device, nvmlBrandType_t *type)
{
    quanta_nvml_pfn_nvmlDeviceGetBrand real = (quanta_nvml_pfn_nvmlDeviceGetBrand)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetBrand);
    if (__builtin_expect(real != NULL, 1))
        return real(device, type);
    return slow_nvmlDeviceGetBrand(device, type);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetBridgeChipInfo(nvmlDevice_t device, nvmlBridgeChipHierarchy_t *bridgeHierarchy)
{
    quanta_nvml_pfn_nvmlDeviceGetBridgeChipInfo real = (quanta_nvml_pfn_nvmlDeviceGetBridgeChipInfo)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetBridgeChipInfo);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetBridgeChipInfo);
    }
    return real(device, bridgeHierarchy);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetBridgeChipInfo(nvmlDevice_t device, nvmlBridgeChipHierarchy_t *bridgeHierarchy)
{
    quanta_nvml_pfn_nvmlDeviceGetBridgeChipInfo real = (quanta_nvml_pfn_nvmlDeviceGetBridgeChipInfo)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetBridgeChipInfo);
    if (__builtin_expect(real != NULL, 1))
        return real(device, bridgeHierarchy);
    return slow_nvmlDeviceGetBridgeChipInfo(device, bridgeHierarchy);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetBusType(nvmlDevice_t device, nvmlBusType_t *type)
{
    quanta_nvml_pfn_nvmlDeviceGetBusType real = (quanta_nvml_pfn_nvmlDeviceGetBusType)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetBusType);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetBusType);
    }
    return real(device, type);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetBusType(nvmlDevice_t device, nvmlBusType_t *type)
{
    quanta_nvml_pfn_nvmlDeviceGetBusType real = (quanta_nvml_pfn_nvmlDeviceGetBusType)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetBusType);
    if (__builtin_expect(real != NULL, 1))
        return real(device, type);
    return slow_nvmlDeviceGetBusType(device, type);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetC2cModeInfoV(nvmlDevice_t device, nvmlC2cModeInfo_v1_t *c2cModeInfo)
{
    quanta_nvml_pfn_nvmlDeviceGetC2cModeInfoV real = (quanta_nvml_pfn_nvmlDeviceGetC2cModeInfoV)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetC2cModeInfoV);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetC2cModeInfoV);
    }
    return real(device, c2cModeInfo);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetC2cModeInfoV(nvmlDevice_t device, nvmlC2cModeInfo_v1_t *c2cModeInfo)
{
    quanta_nvml_pfn_nvmlDeviceGetC2cModeInfoV real = (quanta_nvml_pfn_nvmlDeviceGetC2cModeInfoV)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetC2cModeInfoV);
    if (__builtin_expect(real != NULL, 1))
        return real(device, c2cModeInfo);
    return slow_nvmlDeviceGetC2cModeInfoV(device, c2cModeInfo);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetCapabilities(nvmlDevice_t device, nvmlDeviceCapabilities_t *caps)
{
    quanta_nvml_pfn_nvmlDeviceGetCapabilities real = (quanta_nvml_pfn_nvmlDeviceGetCapabilities)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetCapabilities);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetCapabilities);
    }
    return real(device, caps);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetCapabilities(nvmlDevice_t device, nvmlDeviceCapabilities_t *caps)
{
    quanta_nvml_pfn_nvmlDeviceGetCapabilities real = (quanta_nvml_pfn_nvmlDeviceGetCapabilities)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetCapabilities);
    if (__builtin_expect(real != NULL, 1))
        return real(device, caps);
    return slow_nvmlDeviceGetCapabilities(device, caps);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetClkMonStatus(nvmlDevice_t device, nvmlClkMonStatus_t *status)
{
    quanta_nvml_pfn_nvmlDeviceGetClkMonStatus real = (quanta_nvml_pfn_nvmlDeviceGetClkMonStatus)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetClkMonStatus);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetClkMonStatus);
    }
    return real(device, status);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetClkMonStatus(nvmlDevice_t device, nvmlClkMonStatus_t *status)
{
    quanta_nvml_pfn_nvmlDeviceGetClkMonStatus real = (quanta_nvml_pfn_nvmlDeviceGetClkMonStatus)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetClkMonStatus);
    if (__builtin_expect(real != NULL, 1))
        return real(device, status);
    return slow_nvmlDeviceGetClkMonStatus(device, status);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetClock(nvmlDevice_t device, nvmlClockType_t clockType, nvmlClockId_t clockId, unsigned int *clockMHz)
{
    quanta_nvml_pfn_nvmlDeviceGetClock real = (quanta_nvml_pfn_nvmlDeviceGetClock)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetClock);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetClock);
    }
    return real(device, clockType, clockId, clockMHz);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetClock(nvmlDevice_t device, nvmlClockType_t clockType, nvmlClockId_t clockId, unsigned int *clockMHz)
{
    quanta_nvml_pfn_nvmlDeviceGetClock real = (quanta_nvml_pfn_nvmlDeviceGetClock)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetClock);
    if (__builtin_expect(real != NULL, 1))
        return real(device, clockType, clockId, clockMHz);
    return slow_nvmlDeviceGetClock(device, clockType, clockId, clockMHz);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetClockInfo(nvmlDevice_t device, nvmlClockType_t type, unsigned int *clock)
{
    quanta_nvml_pfn_nvmlDeviceGetClockInfo real = (quanta_nvml_pfn_nvmlDeviceGetClockInfo)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetClockInfo);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetClockInfo);
    }
    return real(device, type, clock);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetClockInfo(nvmlDevice_t device, nvmlClockType_t type, unsigned int *clock)
{
    quanta_nvml_pfn_nvmlDeviceGetClockInfo real = (quanta_nvml_pfn_nvmlDeviceGetClockInfo)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetClockInfo);
    if (__builtin_expect(real != NULL, 1))
        return real(device, type, clock);
    return slow_nvmlDeviceGetClockInfo(device, type, clock);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetClockOffsets(nvmlDevice_t device, nvmlClockOffset_t *info)
{
    quanta_nvml_pfn_nvmlDeviceGetClockOffsets real = (quanta_nvml_pfn_nvmlDeviceGetClockOffsets)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetClockOffsets);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetClockOffsets);
    }
    return real(device, info);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetClockOffsets(nvmlDevice_t device, nvmlClockOffset_t *info)
{
    quanta_nvml_pfn_nvmlDeviceGetClockOffsets real = (quanta_nvml_pfn_nvmlDeviceGetClockOffsets)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetClockOffsets);
    if (__builtin_expect(real != NULL, 1))
        return real(device, info);
    return slow_nvmlDeviceGetClockOffsets(device, info);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetComputeInstanceId(nvmlDevice_t device, unsigned int *id)
{
    quanta_nvml_pfn_nvmlDeviceGetComputeInstanceId real = (quanta_nvml_pfn_nvmlDeviceGetComputeInstanceId)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetComputeInstanceId);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetComputeInstanceId);
    }
    return real(device, id);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetComputeInstanceId(nvmlDevice_t device, unsigned int *id)
{
    quanta_nvml_pfn_nvmlDeviceGetComputeInstanceId real = (quanta_nvml_pfn_nvmlDeviceGetComputeInstanceId)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetComputeInstanceId);
    if (__builtin_expect(real != NULL, 1))
        return real(device, id);
    return slow_nvmlDeviceGetComputeInstanceId(device, id);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetComputeMode(nvmlDevice_t device, nvmlComputeMode_t *mode)
{
    quanta_nvml_pfn_nvmlDeviceGetComputeMode real = (quanta_nvml_pfn_nvmlDeviceGetComputeMode)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetComputeMode);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetComputeMode);
    }
    return real(device, mode);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetComputeMode(nvmlDevice_t device, nvmlComputeMode_t *mode)
{
    quanta_nvml_pfn_nvmlDeviceGetComputeMode real = (quanta_nvml_pfn_nvmlDeviceGetComputeMode)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetComputeMode);
    if (__builtin_expect(real != NULL, 1))
        return real(device, mode);
    return slow_nvmlDeviceGetComputeMode(device, mode);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetComputeRunningProcesses(nvmlDevice_t device, unsigned int *infoCount, nvmlProcessInfo_v1_t *infos)
{
    quanta_nvml_pfn_nvmlDeviceGetComputeRunningProcesses real = (quanta_nvml_pfn_nvmlDeviceGetComputeRunningProcesses)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetComputeRunningProcesses);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetComputeRunningProcesses);
    }
    return real(device, infoCount, infos);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetComputeRunningProcesses(nvmlDevice_t device, unsigned int *infoCount, nvmlProcessInfo_v1_t *infos)
{
    quanta_nvml_pfn_nvmlDeviceGetComputeRunningProcesses real = (quanta_nvml_pfn_nvmlDeviceGetComputeRunningProcesses)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetComputeRunningProcesses);
    if (__builtin_expect(real != NULL, 1))
        return real(device, infoCount, infos);
    return slow_nvmlDeviceGetComputeRunningProcesses(device, infoCount, infos);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetComputeRunningProcesses_v2(nvmlDevice_t device, unsigned int *infoCount, nvmlProcessInfo_v2_t *infos)
{
    quanta_nvml_pfn_nvmlDeviceGetComputeRunningProcesses_v2 real = (quanta_nvml_pfn_nvmlDeviceGetComputeRunningProcesses_v2)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetComputeRunningProcesses_v2);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetComputeRunningProcesses_v2);
    }
    return real(device, infoCount, infos);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetComputeRunningProcesses_v2(nvmlDevice_t device, unsigned int *infoCount, nvmlProcessInfo_v2_t *infos)
{
    quanta_nvml_pfn_nvmlDeviceGetComputeRunningProcesses_v2 real = (quanta_nvml_pfn_nvmlDeviceGetComputeRunningProcesses_v2)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetComputeRunningProcesses_v2);
    if (__builtin_expect(real != NULL, 1))
        return real(device, infoCount, infos);
    return slow_nvmlDeviceGetComputeRunningProcesses_v2(device, infoCount, infos);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetComputeRunningProcesses_v3(nvmlDevice_t device, unsigned int *infoCount, nvmlProcessInfo_t *infos)
{
    quanta_nvml_pfn_nvmlDeviceGetComputeRunningProcesses_v3 real = (quanta_nvml_pfn_nvmlDeviceGetComputeRunningProcesses_v3)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetComputeRunningProcesses_v3);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetComputeRunningProcesses_v3);
    }
    return real(device, infoCount, infos);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetComputeRunningProcesses_v3(nvmlDevice_t device, unsigned int *infoCount, nvmlProcessInfo_t *infos)
{
    quanta_nvml_pfn_nvmlDeviceGetComputeRunningProcesses_v3 real = (quanta_nvml_pfn_nvmlDeviceGetComputeRunningProcesses_v3)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetComputeRunningProcesses_v3);
    if (__builtin_expect(real != NULL, 1))
        return real(device, infoCount, infos);
    return slow_nvmlDeviceGetComputeRunningProcesses_v3(device, infoCount, infos);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetConfComputeGpuAttestationReport(nvmlDevice_t device, nvmlConfComputeGpuAttestationReport_t *gpuAtstReport)
{
    quanta_nvml_pfn_nvmlDeviceGetConfComputeGpuAttestationReport real = (quanta_nvml_pfn_nvmlDeviceGetConfComputeGpuAttestationReport)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetConfComputeGpuAttestationReport);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetConfComputeGpuAttestationReport);
    }
    return real(device, gpuAtstReport);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetConfComputeGpuAttestationReport(nvmlDevice_t device, nvmlConfComputeGpuAttestationReport_t *gpuAtstReport)
{
    quanta_nvml_pfn_nvmlDeviceGetConfComputeGpuAttestationReport real = (quanta_nvml_pfn_nvmlDeviceGetConfComputeGpuAttestationReport)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetConfComputeGpuAttestationReport);
    if (__builtin_expect(real != NULL, 1))
        return real(device, gpuAtstReport);
    return slow_nvmlDeviceGetConfComputeGpuAttestationReport(device, gpuAtstReport);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetConfComputeGpuCertificate(nvmlDevice_t device, nvmlConfComputeGpuCertificate_t *gpuCert)
{
    quanta_nvml_pfn_nvmlDeviceGetConfComputeGpuCertificate real = (quanta_nvml_pfn_nvmlDeviceGetConfComputeGpuCertificate)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetConfComputeGpuCertificate);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetConfComputeGpuCertificate);
    }
    return real(device, gpuCert);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetConfComputeGpuCertificate(nvmlDevice_t device, nvmlConfComputeGpuCertificate_t *gpuCert)
{
    quanta_nvml_pfn_nvmlDeviceGetConfComputeGpuCertificate real = (quanta_nvml_pfn_nvmlDeviceGetConfComputeGpuCertificate)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetConfComputeGpuCertificate);
    if (__builtin_expect(real != NULL, 1))
        return real(device, gpuCert);
    return slow_nvmlDeviceGetConfComputeGpuCertificate(device, gpuCert);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetConfComputeMemSizeInfo(nvmlDevice_t device, nvmlConfComputeMemSizeInfo_t *memInfo)
{
    quanta_nvml_pfn_nvmlDeviceGetConfComputeMemSizeInfo real = (quanta_nvml_pfn_nvmlDeviceGetConfComputeMemSizeInfo)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetConfComputeMemSizeInfo);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetConfComputeMemSizeInfo);
    }
    return real(device, memInfo);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetConfComputeMemSizeInfo(nvmlDevice_t device, nvmlConfComputeMemSizeInfo_t *memInfo)
{
    quanta_nvml_pfn_nvmlDeviceGetConfComputeMemSizeInfo real = (quanta_nvml_pfn_nvmlDeviceGetConfComputeMemSizeInfo)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetConfComputeMemSizeInfo);
    if (__builtin_expect(real != NULL, 1))
        return real(device, memInfo);
    return slow_nvmlDeviceGetConfComputeMemSizeInfo(device, memInfo);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetConfComputeProtectedMemoryUsage(nvmlDevice_t device, nvmlMemory_t *memory)
{
    quanta_nvml_pfn_nvmlDeviceGetConfComputeProtectedMemoryUsage real = (quanta_nvml_pfn_nvmlDeviceGetConfComputeProtectedMemoryUsage)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetConfComputeProtectedMemoryUsage);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetConfComputeProtectedMemoryUsage);
    }
    return real(device, memory);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetConfComputeProtectedMemoryUsage(nvmlDevice_t device, nvmlMemory_t *memory)
{
    quanta_nvml_pfn_nvmlDeviceGetConfComputeProtectedMemoryUsage real = (quanta_nvml_pfn_nvmlDeviceGetConfComputeProtectedMemoryUsage)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetConfComputeProtectedMemoryUsage);
    if (__builtin_expect(real != NULL, 1))
        return real(device, memory);
    return slow_nvmlDeviceGetConfComputeProtectedMemoryUsage(device, memory);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetCoolerInfo(nvmlDevice_t device, nvmlCoolerInfo_t *coolerInfo)
{
    quanta_nvml_pfn_nvmlDeviceGetCoolerInfo real = (quanta_nvml_pfn_nvmlDeviceGetCoolerInfo)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetCoolerInfo);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetCoolerInfo);
    }
    return real(device, coolerInfo);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetCoolerInfo(nvmlDevice_t device, nvmlCoolerInfo_t *coolerInfo)
{
    quanta_nvml_pfn_nvmlDeviceGetCoolerInfo real = (quanta_nvml_pfn_nvmlDeviceGetCoolerInfo)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetCoolerInfo);
    if (__builtin_expect(real != NULL, 1))
        return real(device, coolerInfo);
    return slow_nvmlDeviceGetCoolerInfo(device, coolerInfo);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetCount(unsigned int *deviceCount)
{
    quanta_nvml_pfn_nvmlDeviceGetCount real = (quanta_nvml_pfn_nvmlDeviceGetCount)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetCount);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetCount);
    }
    return real(deviceCount);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetCount(unsigned int *deviceCount)
{
    quanta_nvml_pfn_nvmlDeviceGetCount real = (quanta_nvml_pfn_nvmlDeviceGetCount)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetCount);
    if (__builtin_expect(real != NULL, 1))
        return real(deviceCount);
    return slow_nvmlDeviceGetCount(deviceCount);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetCount_v2(unsigned int *deviceCount)
{
    quanta_nvml_pfn_nvmlDeviceGetCount_v2 real = (quanta_nvml_pfn_nvmlDeviceGetCount_v2)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetCount_v2);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetCount_v2);
    }
    return real(deviceCount);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetCount_v2(unsigned int *deviceCount)
{
    quanta_nvml_pfn_nvmlDeviceGetCount_v2 real = (quanta_nvml_pfn_nvmlDeviceGetCount_v2)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetCount_v2);
    if (__builtin_expect(real != NULL, 1))
        return real(deviceCount);
    return slow_nvmlDeviceGetCount_v2(deviceCount);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetCpuAffinity(nvmlDevice_t device, unsigned int cpuSetSize, unsigned long *cpuSet)
{
    quanta_nvml_pfn_nvmlDeviceGetCpuAffinity real = (quanta_nvml_pfn_nvmlDeviceGetCpuAffinity)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetCpuAffinity);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetCpuAffinity);
    }
    return real(device, cpuSetSize, cpuSet);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetCpuAffinity(nvmlDevice_t device, unsigned int cpuSetSize, unsigned long *cpuSet)
{
    quanta_nvml_pfn_nvmlDeviceGetCpuAffinity real = (quanta_nvml_pfn_nvmlDeviceGetCpuAffinity)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetCpuAffinity);
    if (__builtin_expect(real != NULL, 1))
        return real(device, cpuSetSize, cpuSet);
    return slow_nvmlDeviceGetCpuAffinity(device, cpuSetSize, cpuSet);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetCpuAffinityWithinScope(nvmlDevice_t device, unsigned int cpuSetSize, unsigned long *cpuSet, nvmlAffinityScope_t scope)
{
    quanta_nvml_pfn_nvmlDeviceGetCpuAffinityWithinScope real = (quanta_nvml_pfn_nvmlDeviceGetCpuAffinityWithinScope)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetCpuAffinityWithinScope);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetCpuAffinityWithinScope);
    }
    return real(device, cpuSetSize, cpuSet, scope);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetCpuAffinityWithinScope(nvmlDevice_t device, unsigned int cpuSetSize, unsigned long *cpuSet, nvmlAffinityScope_t scope)
{
    quanta_nvml_pfn_nvmlDeviceGetCpuAffinityWithinScope real = (quanta_nvml_pfn_nvmlDeviceGetCpuAffinityWithinScope)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetCpuAffinityWithinScope);
    if (__builtin_expect(real != NULL, 1))
        return real(device, cpuSetSize, cpuSet, scope);
    return slow_nvmlDeviceGetCpuAffinityWithinScope(device, cpuSetSize, cpuSet, scope);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetCreatableVgpus(nvmlDevice_t device, unsigned int *vgpuCount, nvmlVgpuTypeId_t *vgpuTypeIds)
{
    quanta_nvml_pfn_nvmlDeviceGetCreatableVgpus real = (quanta_nvml_pfn_nvmlDeviceGetCreatableVgpus)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetCreatableVgpus);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetCreatableVgpus);
    }
    return real(device, vgpuCount, vgpuTypeIds);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetCreatableVgpus(nvmlDevice_t device, unsigned int *vgpuCount, nvmlVgpuTypeId_t *vgpuTypeIds)
{
    quanta_nvml_pfn_nvmlDeviceGetCreatableVgpus real = (quanta_nvml_pfn_nvmlDeviceGetCreatableVgpus)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetCreatableVgpus);
    if (__builtin_expect(real != NULL, 1))
        return real(device, vgpuCount, vgpuTypeIds);
    return slow_nvmlDeviceGetCreatableVgpus(device, vgpuCount, vgpuTypeIds);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetCudaComputeCapability(nvmlDevice_t device, int *major, int *minor)
{
    quanta_nvml_pfn_nvmlDeviceGetCudaComputeCapability real = (quanta_nvml_pfn_nvmlDeviceGetCudaComputeCapability)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetCudaComputeCapability);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetCudaComputeCapability);
    }
    return real(device, major, minor);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetCudaComputeCapability(nvmlDevice_t device, int *major, int *minor)
{
    quanta_nvml_pfn_nvmlDeviceGetCudaComputeCapability real = (quanta_nvml_pfn_nvmlDeviceGetCudaComputeCapability)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetCudaComputeCapability);
    if (__builtin_expect(real != NULL, 1))
        return real(device, major, minor);
    return slow_nvmlDeviceGetCudaComputeCapability(device, major, minor);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetCurrPcieLinkGeneration(nvmlDevice_t device, unsigned int *currLinkGen)
{
    quanta_nvml_pfn_nvmlDeviceGetCurrPcieLinkGeneration real = (quanta_nvml_pfn_nvmlDeviceGetCurrPcieLinkGeneration)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetCurrPcieLinkGeneration);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetCurrPcieLinkGeneration);
    }
    return real(device, currLinkGen);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetCurrPcieLinkGeneration(nvmlDevice_t device, unsigned int *currLinkGen)
{
    quanta_nvml_pfn_nvmlDeviceGetCurrPcieLinkGeneration real = (quanta_nvml_pfn_nvmlDeviceGetCurrPcieLinkGeneration)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetCurrPcieLinkGeneration);
    if (__builtin_expect(real != NULL, 1))
        return real(device, currLinkGen);
    return slow_nvmlDeviceGetCurrPcieLinkGeneration(device, currLinkGen);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetCurrPcieLinkWidth(nvmlDevice_t device, unsigned int *currLinkWidth)
{
    quanta_nvml_pfn_nvmlDeviceGetCurrPcieLinkWidth real = (quanta_nvml_pfn_nvmlDeviceGetCurrPcieLinkWidth)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetCurrPcieLinkWidth);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetCurrPcieLinkWidth);
    }
    return real(device, currLinkWidth);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetCurrPcieLinkWidth(nvmlDevice_t device, unsigned int *currLinkWidth)
{
    quanta_nvml_pfn_nvmlDeviceGetCurrPcieLinkWidth real = (quanta_nvml_pfn_nvmlDeviceGetCurrPcieLinkWidth)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetCurrPcieLinkWidth);
    if (__builtin_expect(real != NULL, 1))
        return real(device, currLinkWidth);
    return slow_nvmlDeviceGetCurrPcieLinkWidth(device, currLinkWidth);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetCurrentClockFreqs(nvmlDevice_t device, nvmlDeviceCurrentClockFreqs_t *currentClockFreqs)
{
    quanta_nvml_pfn_nvmlDeviceGetCurrentClockFreqs real = (quanta_nvml_pfn_nvmlDeviceGetCurrentClockFreqs)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetCurrentClockFreqs);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetCurrentClockFreqs);
    }
    return real(device, currentClockFreqs);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetCurrentClockFreqs(nvmlDevice_t device, nvmlDeviceCurrentClockFreqs_t *currentClockFreqs)
{
    quanta_nvml_pfn_nvmlDeviceGetCurrentClockFreqs real = (quanta_nvml_pfn_nvmlDeviceGetCurrentClockFreqs)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetCurrentClockFreqs);
    if (__builtin_expect(real != NULL, 1))
        return real(device, currentClockFreqs);
    return slow_nvmlDeviceGetCurrentClockFreqs(device, currentClockFreqs);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetCurrentClocksEventReasons(nvmlDevice_t device, unsigned long long *clocksEventReasons)
{
    quanta_nvml_pfn_nvmlDeviceGetCurrentClocksEventReasons real = (quanta_nvml_pfn_nvmlDeviceGetCurrentClocksEventReasons)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetCurrentClocksEventReasons);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetCurrentClocksEventReasons);
    }
    return real(device, clocksEventReasons);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetCurrentClocksEventReasons(nvmlDevice_t device, unsigned long long *clocksEventReasons)
{
    quanta_nvml_pfn_nvmlDeviceGetCurrentClocksEventReasons real = (quanta_nvml_pfn_nvmlDeviceGetCurrentClocksEventReasons)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetCurrentClocksEventReasons);
    if (__builtin_expect(real != NULL, 1))
        return real(device, clocksEventReasons);
    return slow_nvmlDeviceGetCurrentClocksEventReasons(device, clocksEventReasons);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetCurrentClocksThrottleReasons(nvmlDevice_t device, unsigned long long *clocksThrottleReasons)
{
    quanta_nvml_pfn_nvmlDeviceGetCurrentClocksThrottleReasons real = (quanta_nvml_pfn_nvmlDeviceGetCurrentClocksThrottleReasons)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetCurrentClocksThrottleReasons);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetCurrentClocksThrottleReasons);
    }
    return real(device, clocksThrottleReasons);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetCurrentClocksThrottleReasons(nvmlDevice_t device, unsigned long long *clocksThrottleReasons)
{
    quanta_nvml_pfn_nvmlDeviceGetCurrentClocksThrottleReasons real = (quanta_nvml_pfn_nvmlDeviceGetCurrentClocksThrottleReasons)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetCurrentClocksThrottleReasons);
    if (__builtin_expect(real != NULL, 1))
        return real(device, clocksThrottleReasons);
    return slow_nvmlDeviceGetCurrentClocksThrottleReasons(device, clocksThrottleReasons);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetDecoderUtilization(nvmlDevice_t device, unsigned int *utilization, unsigned int *samplingPeriodUs)
{
    quanta_nvml_pfn_nvmlDeviceGetDecoderUtilization real = (quanta_nvml_pfn_nvmlDeviceGetDecoderUtilization)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetDecoderUtilization);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetDecoderUtilization);
    }
    return real(device, utilization, samplingPeriodUs);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetDecoderUtilization(nvmlDevice_t device, unsigned int *utilization, unsigned int *samplingPeriodUs)
{
    quanta_nvml_pfn_nvmlDeviceGetDecoderUtilization real = (quanta_nvml_pfn_nvmlDeviceGetDecoderUtilization)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetDecoderUtilization);
    if (__builtin_expect(real != NULL, 1))
        return real(device, utilization, samplingPeriodUs);
    return slow_nvmlDeviceGetDecoderUtilization(device, utilization, samplingPeriodUs);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetDefaultApplicationsClock(nvmlDevice_t device, nvmlClockType_t clockType, unsigned int *clockMHz)
{
    quanta_nvml_pfn_nvmlDeviceGetDefaultApplicationsClock real = (quanta_nvml_pfn_nvmlDeviceGetDefaultApplicationsClock)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetDefaultApplicationsClock);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetDefaultApplicationsClock);
    }
    return real(device, clockType, clockMHz);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetDefaultApplicationsClock(nvmlDevice_t device, nvmlClockType_t clockType, unsigned int *clockMHz)
{
    quanta_nvml_pfn_nvmlDeviceGetDefaultApplicationsClock real = (quanta_nvml_pfn_nvmlDeviceGetDefaultApplicationsClock)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetDefaultApplicationsClock);
    if (__builtin_expect(real != NULL, 1))
        return real(device, clockType, clockMHz);
    return slow_nvmlDeviceGetDefaultApplicationsClock(device, clockType, clockMHz);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetDefaultEccMode(nvmlDevice_t device, nvmlEnableState_t *defaultMode)
{
    quanta_nvml_pfn_nvmlDeviceGetDefaultEccMode real = (quanta_nvml_pfn_nvmlDeviceGetDefaultEccMode)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetDefaultEccMode);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetDefaultEccMode);
    }
    return real(device, defaultMode);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetDefaultEccMode(nvmlDevice_t device, nvmlEnableState_t *defaultMode)
{
    quanta_nvml_pfn_nvmlDeviceGetDefaultEccMode real = (quanta_nvml_pfn_nvmlDeviceGetDefaultEccMode)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetDefaultEccMode);
    if (__builtin_expect(real != NULL, 1))
        return real(device, defaultMode);
    return slow_nvmlDeviceGetDefaultEccMode(device, defaultMode);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetDetailedEccErrors(nvmlDevice_t device, nvmlMemoryErrorType_t errorType, nvmlEccCounterType_t counterType, nvmlEccErrorCounts_t *eccCounts)
{
    quanta_nvml_pfn_nvmlDeviceGetDetailedEccErrors real = (quanta_nvml_pfn_nvmlDeviceGetDetailedEccErrors)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetDetailedEccErrors);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetDetailedEccErrors);
    }
    return real(device, errorType, counterType, eccCounts);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetDetailedEccErrors(nvmlDevice_t device, nvmlMemoryErrorType_t errorType, nvmlEccCounterType_t counterType, nvmlEccErrorCounts_t *eccCounts)
{
    quanta_nvml_pfn_nvmlDeviceGetDetailedEccErrors real = (quanta_nvml_pfn_nvmlDeviceGetDetailedEccErrors)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetDetailedEccErrors);
    if (__builtin_expect(real != NULL, 1))
        return real(device, errorType, counterType, eccCounts);
    return slow_nvmlDeviceGetDetailedEccErrors(device, errorType, counterType, eccCounts);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetDeviceHandleFromMigDeviceHandle(nvmlDevice_t migDevice, nvmlDevice_t *device)
{
    quanta_nvml_pfn_nvmlDeviceGetDeviceHandleFromMigDeviceHandle real = (quanta_nvml_pfn_nvmlDeviceGetDeviceHandleFromMigDeviceHandle)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetDeviceHandleFromMigDeviceHandle);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetDeviceHandleFromMigDeviceHandle);
    }
    return real(migDevice, device);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetDeviceHandleFromMigDeviceHandle(nvmlDevice_t migDevice, nvmlDevice_t *device)
{
    quanta_nvml_pfn_nvmlDeviceGetDeviceHandleFromMigDeviceHandle real = (quanta_nvml_pfn_nvmlDeviceGetDeviceHandleFromMigDeviceHandle)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetDeviceHandleFromMigDeviceHandle);
    if (__builtin_expect(real != NULL, 1))
        return real(migDevice, device);
    return slow_nvmlDeviceGetDeviceHandleFromMigDeviceHandle(migDevice, device);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetDisplayActive(nvmlDevice_t device, nvmlEnableState_t *isActive)
{
    quanta_nvml_pfn_nvmlDeviceGetDisplayActive real = (quanta_nvml_pfn_nvmlDeviceGetDisplayActive)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetDisplayActive);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetDisplayActive);
    }
    return real(device, isActive);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetDisplayActive(nvmlDevice_t device, nvmlEnableState_t *isActive)
{
    quanta_nvml_pfn_nvmlDeviceGetDisplayActive real = (quanta_nvml_pfn_nvmlDeviceGetDisplayActive)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetDisplayActive);
    if (__builtin_expect(real != NULL, 1))
        return real(device, isActive);
    return slow_nvmlDeviceGetDisplayActive(device, isActive);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetDisplayMode(nvmlDevice_t device, nvmlEnableState_t *display)
{
    quanta_nvml_pfn_nvmlDeviceGetDisplayMode real = (quanta_nvml_pfn_nvmlDeviceGetDisplayMode)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetDisplayMode);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetDisplayMode);
    }
    return real(device, display);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetDisplayMode(nvmlDevice_t device, nvmlEnableState_t *display)
{
    quanta_nvml_pfn_nvmlDeviceGetDisplayMode real = (quanta_nvml_pfn_nvmlDeviceGetDisplayMode)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetDisplayMode);
    if (__builtin_expect(real != NULL, 1))
        return real(device, display);
    return slow_nvmlDeviceGetDisplayMode(device, display);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetDramEncryptionMode(nvmlDevice_t device, nvmlDramEncryptionInfo_t *current, nvmlDramEncryptionInfo_t *pending)
{
    quanta_nvml_pfn_nvmlDeviceGetDramEncryptionMode real = (quanta_nvml_pfn_nvmlDeviceGetDramEncryptionMode)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetDramEncryptionMode);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetDramEncryptionMode);
    }
    return real(device, current, pending);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetDramEncryptionMode(nvmlDevice_t device, nvmlDramEncryptionInfo_t *current, nvmlDramEncryptionInfo_t *pending)
{
    quanta_nvml_pfn_nvmlDeviceGetDramEncryptionMode real = (quanta_nvml_pfn_nvmlDeviceGetDramEncryptionMode)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetDramEncryptionMode);
    if (__builtin_expect(real != NULL, 1))
        return real(device, current, pending);
    return slow_nvmlDeviceGetDramEncryptionMode(device, current, pending);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetDriverModel(nvmlDevice_t device, nvmlDriverModel_t *current, nvmlDriverModel_t *pending)
{
    quanta_nvml_pfn_nvmlDeviceGetDriverModel real = (quanta_nvml_pfn_nvmlDeviceGetDriverModel)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetDriverModel);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetDriverModel);
    }
    return real(device, current, pending);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetDriverModel(nvmlDevice_t device, nvmlDriverModel_t *current, nvmlDriverModel_t *pending)
{
    quanta_nvml_pfn_nvmlDeviceGetDriverModel real = (quanta_nvml_pfn_nvmlDeviceGetDriverModel)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetDriverModel);
    if (__builtin_expect(real != NULL, 1))
        return real(device, current, pending);
    return slow_nvmlDeviceGetDriverModel(device, current, pending);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetDriverModel_v2(nvmlDevice_t device, nvmlDriverModel_t *current, nvmlDriverModel_t *pending)
{
    quanta_nvml_pfn_nvmlDeviceGetDriverModel_v2 real = (quanta_nvml_pfn_nvmlDeviceGetDriverModel_v2)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetDriverModel_v2);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetDriverModel_v2);
    }
    return real(device, current, pending);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetDriverModel_v2(nvmlDevice_t device, nvmlDriverModel_t *current, nvmlDriverModel_t *pending)
{
    quanta_nvml_pfn_nvmlDeviceGetDriverModel_v2 real = (quanta_nvml_pfn_nvmlDeviceGetDriverModel_v2)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetDriverModel_v2);
    if (__builtin_expect(real != NULL, 1))
        return real(device, current, pending);
    return slow_nvmlDeviceGetDriverModel_v2(device, current, pending);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetDynamicPstatesInfo(nvmlDevice_t device, nvmlGpuDynamicPstatesInfo_t *pDynamicPstatesInfo)
{
    quanta_nvml_pfn_nvmlDeviceGetDynamicPstatesInfo real = (quanta_nvml_pfn_nvmlDeviceGetDynamicPstatesInfo)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetDynamicPstatesInfo);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetDynamicPstatesInfo);
    }
    return real(device, pDynamicPstatesInfo);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetDynamicPstatesInfo(nvmlDevice_t device, nvmlGpuDynamicPstatesInfo_t *pDynamicPstatesInfo)
{
    quanta_nvml_pfn_nvmlDeviceGetDynamicPstatesInfo real = (quanta_nvml_pfn_nvmlDeviceGetDynamicPstatesInfo)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetDynamicPstatesInfo);
    if (__builtin_expect(real != NULL, 1))
        return real(device, pDynamicPstatesInfo);
    return slow_nvmlDeviceGetDynamicPstatesInfo(device, pDynamicPstatesInfo);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetEccMode(nvmlDevice_t device, nvmlEnableState_t *current, nvmlEnableState_t *pending)
{
    quanta_nvml_pfn_nvmlDeviceGetEccMode real = (quanta_nvml_pfn_nvmlDeviceGetEccMode)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetEccMode);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetEccMode);
    }
    return real(device, current, pending);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetEccMode(nvmlDevice_t device, nvmlEnableState_t *current, nvmlEnableState_t *pending)
{
    quanta_nvml_pfn_nvmlDeviceGetEccMode real = (quanta_nvml_pfn_nvmlDeviceGetEccMode)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetEccMode);
    if (__builtin_expect(real != NULL, 1))
        return real(device, current, pending);
    return slow_nvmlDeviceGetEccMode(device, current, pending);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetEncoderCapacity(nvmlDevice_t device, nvmlEncoderType_t encoderQueryType, unsigned int *encoderCapacity)
{
    quanta_nvml_pfn_nvmlDeviceGetEncoderCapacity real = (quanta_nvml_pfn_nvmlDeviceGetEncoderCapacity)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetEncoderCapacity);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetEncoderCapacity);
    }
    return real(device, encoderQueryType, encoderCapacity);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetEncoderCapacity(nvmlDevice_t device, nvmlEncoderType_t encoderQueryType, unsigned int *encoderCapacity)
{
    quanta_nvml_pfn_nvmlDeviceGetEncoderCapacity real = (quanta_nvml_pfn_nvmlDeviceGetEncoderCapacity)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetEncoderCapacity);
    if (__builtin_expect(real != NULL, 1))
        return real(device, encoderQueryType, encoderCapacity);
    return slow_nvmlDeviceGetEncoderCapacity(device, encoderQueryType, encoderCapacity);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetEncoderSessions(nvmlDevice_t device, unsigned int *sessionCount, nvmlEncoderSessionInfo_t *sessionInfos)
{
    quanta_nvml_pfn_nvmlDeviceGetEncoderSessions real = (quanta_nvml_pfn_nvmlDeviceGetEncoderSessions)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetEncoderSessions);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetEncoderSessions);
    }
    return real(device, sessionCount, sessionInfos);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetEncoderSessions(nvmlDevice_t device, unsigned int *sessionCount, nvmlEncoderSessionInfo_t *sessionInfos)
{
    quanta_nvml_pfn_nvmlDeviceGetEncoderSessions real = (quanta_nvml_pfn_nvmlDeviceGetEncoderSessions)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetEncoderSessions);
    if (__builtin_expect(real != NULL, 1))
        return real(device, sessionCount, sessionInfos);
    return slow_nvmlDeviceGetEncoderSessions(device, sessionCount, sessionInfos);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetEncoderStats(nvmlDevice_t device, unsigned int *sessionCount, unsigned int *averageFps, unsigned int *averageLatency)
{
    quanta_nvml_pfn_nvmlDeviceGetEncoderStats real = (quanta_nvml_pfn_nvmlDeviceGetEncoderStats)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetEncoderStats);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetEncoderStats);
    }
    return real(device, sessionCount, averageFps, averageLatency);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetEncoderStats(nvmlDevice_t device, unsigned int *sessionCount, unsigned int *averageFps, unsigned int *averageLatency)
{
    quanta_nvml_pfn_nvmlDeviceGetEncoderStats real = (quanta_nvml_pfn_nvmlDeviceGetEncoderStats)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetEncoderStats);
    if (__builtin_expect(real != NULL, 1))
        return real(device, sessionCount, averageFps, averageLatency);
    return slow_nvmlDeviceGetEncoderStats(device, sessionCount, averageFps, averageLatency);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetEncoderUtilization(nvmlDevice_t device, unsigned int *utilization, unsigned int *samplingPeriodUs)
{
    quanta_nvml_pfn_nvmlDeviceGetEncoderUtilization real = (quanta_nvml_pfn_nvmlDeviceGetEncoderUtilization)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetEncoderUtilization);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetEncoderUtilization);
    }
    return real(device, utilization, samplingPeriodUs);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetEncoderUtilization(nvmlDevice_t device, unsigned int *utilization, unsigned int *samplingPeriodUs)
{
    quanta_nvml_pfn_nvmlDeviceGetEncoderUtilization real = (quanta_nvml_pfn_nvmlDeviceGetEncoderUtilization)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetEncoderUtilization);
    if (__builtin_expect(real != NULL, 1))
        return real(device, utilization, samplingPeriodUs);
    return slow_nvmlDeviceGetEncoderUtilization(device, utilization, samplingPeriodUs);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetEnforcedPowerLimit(nvmlDevice_t device, unsigned int *limit)
{
    quanta_nvml_pfn_nvmlDeviceGetEnforcedPowerLimit real = (quanta_nvml_pfn_nvmlDeviceGetEnforcedPowerLimit)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetEnforcedPowerLimit);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetEnforcedPowerLimit);
    }
    return real(device, limit);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetEnforcedPowerLimit(nvmlDevice_t device, unsigned int *limit)
{
    quanta_nvml_pfn_nvmlDeviceGetEnforcedPowerLimit real = (quanta_nvml_pfn_nvmlDeviceGetEnforcedPowerLimit)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetEnforcedPowerLimit);
    if (__builtin_expect(real != NULL, 1))
        return real(device, limit);
    return slow_nvmlDeviceGetEnforcedPowerLimit(device, limit);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetFBCSessions(nvmlDevice_t device, unsigned int *sessionCount, nvmlFBCSessionInfo_t *sessionInfo)
{
    quanta_nvml_pfn_nvmlDeviceGetFBCSessions real = (quanta_nvml_pfn_nvmlDeviceGetFBCSessions)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetFBCSessions);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetFBCSessions);
    }
    return real(device, sessionCount, sessionInfo);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetFBCSessions(nvmlDevice_t device, unsigned int *sessionCount, nvmlFBCSessionInfo_t *sessionInfo)
{
    quanta_nvml_pfn_nvmlDeviceGetFBCSessions real = (quanta_nvml_pfn_nvmlDeviceGetFBCSessions)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetFBCSessions);
    if (__builtin_expect(real != NULL, 1))
        return real(device, sessionCount, sessionInfo);
    return slow_nvmlDeviceGetFBCSessions(device, sessionCount, sessionInfo);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetFBCStats(nvmlDevice_t device, nvmlFBCStats_t *fbcStats)
{
    quanta_nvml_pfn_nvmlDeviceGetFBCStats real = (quanta_nvml_pfn_nvmlDeviceGetFBCStats)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetFBCStats);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetFBCStats);
    }
    return real(device, fbcStats);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetFBCStats(nvmlDevice_t device, nvmlFBCStats_t *fbcStats)
{
    quanta_nvml_pfn_nvmlDeviceGetFBCStats real = (quanta_nvml_pfn_nvmlDeviceGetFBCStats)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetFBCStats);
    if (__builtin_expect(real != NULL, 1))
        return real(device, fbcStats);
    return slow_nvmlDeviceGetFBCStats(device, fbcStats);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetFanControlPolicy_v2(nvmlDevice_t device, unsigned int fan, nvmlFanControlPolicy_t *policy)
{
    quanta_nvml_pfn_nvmlDeviceGetFanControlPolicy_v2 real = (quanta_nvml_pfn_nvmlDeviceGetFanControlPolicy_v2)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetFanControlPolicy_v2);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetFanControlPolicy_v2);
    }
    return real(device, fan, policy);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetFanControlPolicy_v2(nvmlDevice_t device, unsigned int fan, nvmlFanControlPolicy_t *policy)
{
    quanta_nvml_pfn_nvmlDeviceGetFanControlPolicy_v2 real = (quanta_nvml_pfn_nvmlDeviceGetFanControlPolicy_v2)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetFanControlPolicy_v2);
    if (__builtin_expect(real != NULL, 1))
        return real(device, fan, policy);
    return slow_nvmlDeviceGetFanControlPolicy_v2(device, fan, policy);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetFanSpeed(nvmlDevice_t device, unsigned int *speed)
{
    quanta_nvml_pfn_nvmlDeviceGetFanSpeed real = (quanta_nvml_pfn_nvmlDeviceGetFanSpeed)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetFanSpeed);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetFanSpeed);
    }
    return real(device, speed);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetFanSpeed(nvmlDevice_t device, unsigned int *speed)
{
    quanta_nvml_pfn_nvmlDeviceGetFanSpeed real = (quanta_nvml_pfn_nvmlDeviceGetFanSpeed)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetFanSpeed);
    if (__builtin_expect(real != NULL, 1))
        return real(device, speed);
    return slow_nvmlDeviceGetFanSpeed(device, speed);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetFanSpeed_v2(nvmlDevice_t device, unsigned int fan, unsigned int *speed)
{
    quanta_nvml_pfn_nvmlDeviceGetFanSpeed_v2 real = (quanta_nvml_pfn_nvmlDeviceGetFanSpeed_v2)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetFanSpeed_v2);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetFanSpeed_v2);
    }
    return real(device, fan, speed);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetFanSpeed_v2(nvmlDevice_t device, unsigned int fan, unsigned int *speed)
{
    quanta_nvml_pfn_nvmlDeviceGetFanSpeed_v2 real = (quanta_nvml_pfn_nvmlDeviceGetFanSpeed_v2)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetFanSpeed_v2);
    if (__builtin_expect(real != NULL, 1))
        return real(device, fan, speed);
    return slow_nvmlDeviceGetFanSpeed_v2(device, fan, speed);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetFanSpeedRPM(nvmlDevice_t device, nvmlFanSpeedInfo_t *fanSpeed)
{
    quanta_nvml_pfn_nvmlDeviceGetFanSpeedRPM real = (quanta_nvml_pfn_nvmlDeviceGetFanSpeedRPM)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetFanSpeedRPM);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetFanSpeedRPM);
    }
    return real(device, fanSpeed);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetFanSpeedRPM(nvmlDevice_t device, nvmlFanSpeedInfo_t *fanSpeed)
{
    quanta_nvml_pfn_nvmlDeviceGetFanSpeedRPM real = (quanta_nvml_pfn_nvmlDeviceGetFanSpeedRPM)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetFanSpeedRPM);
    if (__builtin_expect(real != NULL, 1))
        return real(device, fanSpeed);
    return slow_nvmlDeviceGetFanSpeedRPM(device, fanSpeed);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetFieldValues(nvmlDevice_t device, int valuesCount, nvmlFieldValue_t *values)
{
    quanta_nvml_pfn_nvmlDeviceGetFieldValues real = (quanta_nvml_pfn_nvmlDeviceGetFieldValues)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetFieldValues);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetFieldValues);
    }
    return real(device, valuesCount, values);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetFieldValues(nvmlDevice_t device, int valuesCount, nvmlFieldValue_t *values)
{
    quanta_nvml_pfn_nvmlDeviceGetFieldValues real = (quanta_nvml_pfn_nvmlDeviceGetFieldValues)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetFieldValues);
    if (__builtin_expect(real != NULL, 1))
        return real(device, valuesCount, values);
    return slow_nvmlDeviceGetFieldValues(device, valuesCount, values);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetGpcClkMinMaxVfOffset(nvmlDevice_t device, int *minOffset, int *maxOffset)
{
    quanta_nvml_pfn_nvmlDeviceGetGpcClkMinMaxVfOffset real = (quanta_nvml_pfn_nvmlDeviceGetGpcClkMinMaxVfOffset)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetGpcClkMinMaxVfOffset);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetGpcClkMinMaxVfOffset);
    }
    return real(device, minOffset, maxOffset);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetGpcClkMinMaxVfOffset(nvmlDevice_t device, int *minOffset, int *maxOffset)
{
    quanta_nvml_pfn_nvmlDeviceGetGpcClkMinMaxVfOffset real = (quanta_nvml_pfn_nvmlDeviceGetGpcClkMinMaxVfOffset)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetGpcClkMinMaxVfOffset);
    if (__builtin_expect(real != NULL, 1))
        return real(device, minOffset, maxOffset);
    return slow_nvmlDeviceGetGpcClkMinMaxVfOffset(device, minOffset, maxOffset);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetGpcClkVfOffset(nvmlDevice_t device, int *offset)
{
    quanta_nvml_pfn_nvmlDeviceGetGpcClkVfOffset real = (quanta_nvml_pfn_nvmlDeviceGetGpcClkVfOffset)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetGpcClkVfOffset);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetGpcClkVfOffset);
    }
    return real(device, offset);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetGpcClkVfOffset(nvmlDevice_t device, int *offset)
{
    quanta_nvml_pfn_nvmlDeviceGetGpcClkVfOffset real = (quanta_nvml_pfn_nvmlDeviceGetGpcClkVfOffset)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetGpcClkVfOffset);
    if (__builtin_expect(real != NULL, 1))
        return real(device, offset);
    return slow_nvmlDeviceGetGpcClkVfOffset(device, offset);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetGpuFabricInfo(nvmlDevice_t device, nvmlGpuFabricInfo_t *gpuFabricInfo)
{
    quanta_nvml_pfn_nvmlDeviceGetGpuFabricInfo real = (quanta_nvml_pfn_nvmlDeviceGetGpuFabricInfo)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetGpuFabricInfo);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetGpuFabricInfo);
    }
    return real(device, gpuFabricInfo);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetGpuFabricInfo(nvmlDevice_t device, nvmlGpuFabricInfo_t *gpuFabricInfo)
{
    quanta_nvml_pfn_nvmlDeviceGetGpuFabricInfo real = (quanta_nvml_pfn_nvmlDeviceGetGpuFabricInfo)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetGpuFabricInfo);
    if (__builtin_expect(real != NULL, 1))
        return real(device, gpuFabricInfo);
    return slow_nvmlDeviceGetGpuFabricInfo(device, gpuFabricInfo);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetGpuFabricInfoV(nvmlDevice_t device, nvmlGpuFabricInfoV_t *gpuFabricInfo)
{
    quanta_nvml_pfn_nvmlDeviceGetGpuFabricInfoV real = (quanta_nvml_pfn_nvmlDeviceGetGpuFabricInfoV)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetGpuFabricInfoV);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetGpuFabricInfoV);
    }
    return real(device, gpuFabricInfo);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetGpuFabricInfoV(nvmlDevice_t device, nvmlGpuFabricInfoV_t *gpuFabricInfo)
{
    quanta_nvml_pfn_nvmlDeviceGetGpuFabricInfoV real = (quanta_nvml_pfn_nvmlDeviceGetGpuFabricInfoV)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetGpuFabricInfoV);
    if (__builtin_expect(real != NULL, 1))
        return real(device, gpuFabricInfo);
    return slow_nvmlDeviceGetGpuFabricInfoV(device, gpuFabricInfo);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetGpuInstanceById(nvmlDevice_t device, unsigned int id, nvmlGpuInstance_t *gpuInstance)
{
    quanta_nvml_pfn_nvmlDeviceGetGpuInstanceById real = (quanta_nvml_pfn_nvmlDeviceGetGpuInstanceById)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetGpuInstanceById);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetGpuInstanceById);
    }
    return real(device, id, gpuInstance);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetGpuInstanceById(nvmlDevice_t device, unsigned int id, nvmlGpuInstance_t *gpuInstance)
{
    quanta_nvml_pfn_nvmlDeviceGetGpuInstanceById real = (quanta_nvml_pfn_nvmlDeviceGetGpuInstanceById)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetGpuInstanceById);
    if (__builtin_expect(real != NULL, 1))
        return real(device, id, gpuInstance);
    return slow_nvmlDeviceGetGpuInstanceById(device, id, gpuInstance);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetGpuInstanceId(nvmlDevice_t device, unsigned int *id)
{
    quanta_nvml_pfn_nvmlDeviceGetGpuInstanceId real = (quanta_nvml_pfn_nvmlDeviceGetGpuInstanceId)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetGpuInstanceId);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetGpuInstanceId);
    }
    return real(device, id);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetGpuInstanceId(nvmlDevice_t device, unsigned int *id)
{
    quanta_nvml_pfn_nvmlDeviceGetGpuInstanceId real = (quanta_nvml_pfn_nvmlDeviceGetGpuInstanceId)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetGpuInstanceId);
    if (__builtin_expect(real != NULL, 1))
        return real(device, id);
    return slow_nvmlDeviceGetGpuInstanceId(device, id);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetGpuInstancePossiblePlacements(nvmlDevice_t device, unsigned int profileId, nvmlGpuInstancePlacement_t *placements, unsigned int *count)
{
    quanta_nvml_pfn_nvmlDeviceGetGpuInstancePossiblePlacements real = (quanta_nvml_pfn_nvmlDeviceGetGpuInstancePossiblePlacements)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetGpuInstancePossiblePlacements);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetGpuInstancePossiblePlacements);
    }
    return real(device, profileId, placements, count);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetGpuInstancePossiblePlacements(nvmlDevice_t device, unsigned int profileId, nvmlGpuInstancePlacement_t *placements, unsigned int *count)
{
    quanta_nvml_pfn_nvmlDeviceGetGpuInstancePossiblePlacements real = (quanta_nvml_pfn_nvmlDeviceGetGpuInstancePossiblePlacements)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetGpuInstancePossiblePlacements);
    if (__builtin_expect(real != NULL, 1))
        return real(device, profileId, placements, count);
    return slow_nvmlDeviceGetGpuInstancePossiblePlacements(device, profileId, placements, count);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetGpuInstancePossiblePlacements_v2(nvmlDevice_t device, unsigned int profileId, nvmlGpuInstancePlacement_t *placements, unsigned int *count)
{
    quanta_nvml_pfn_nvmlDeviceGetGpuInstancePossiblePlacements_v2 real = (quanta_nvml_pfn_nvmlDeviceGetGpuInstancePossiblePlacements_v2)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetGpuInstancePossiblePlacements_v2);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetGpuInstancePossiblePlacements_v2);
    }
    return real(device, profileId, placements, count);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetGpuInstancePossiblePlacements_v2(nvmlDevice_t device, unsigned int profileId, nvmlGpuInstancePlacement_t *placements, unsigned int *count)
{
    quanta_nvml_pfn_nvmlDeviceGetGpuInstancePossiblePlacements_v2 real = (quanta_nvml_pfn_nvmlDeviceGetGpuInstancePossiblePlacements_v2)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetGpuInstancePossiblePlacements_v2);
    if (__builtin_expect(real != NULL, 1))
        return real(device, profileId, placements, count);
    return slow_nvmlDeviceGetGpuInstancePossiblePlacements_v2(device, profileId, placements, count);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetGpuInstanceProfileInfo(nvmlDevice_t device, unsigned int profile, nvmlGpuInstanceProfileInfo_t *info)
{
    quanta_nvml_pfn_nvmlDeviceGetGpuInstanceProfileInfo real = (quanta_nvml_pfn_nvmlDeviceGetGpuInstanceProfileInfo)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetGpuInstanceProfileInfo);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetGpuInstanceProfileInfo);
    }
    return real(device, profile, info);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetGpuInstanceProfileInfo(nvmlDevice_t device, unsigned int profile, nvmlGpuInstanceProfileInfo_t *info)
{
    quanta_nvml_pfn_nvmlDeviceGetGpuInstanceProfileInfo real = (quanta_nvml_pfn_nvmlDeviceGetGpuInstanceProfileInfo)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetGpuInstanceProfileInfo);
    if (__builtin_expect(real != NULL, 1))
        return real(device, profile, info);
    return slow_nvmlDeviceGetGpuInstanceProfileInfo(device, profile, info);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetGpuInstanceProfileInfoByIdV(nvmlDevice_t device, unsigned int profileId, nvmlGpuInstanceProfileInfo_v2_t *info)
{
    quanta_nvml_pfn_nvmlDeviceGetGpuInstanceProfileInfoByIdV real = (quanta_nvml_pfn_nvmlDeviceGetGpuInstanceProfileInfoByIdV)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetGpuInstanceProfileInfoByIdV);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetGpuInstanceProfileInfoByIdV);
    }
    return real(device, profileId, info);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetGpuInstanceProfileInfoByIdV(nvmlDevice_t device, unsigned int profileId, nvmlGpuInstanceProfileInfo_v2_t *info)
{
    quanta_nvml_pfn_nvmlDeviceGetGpuInstanceProfileInfoByIdV real = (quanta_nvml_pfn_nvmlDeviceGetGpuInstanceProfileInfoByIdV)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetGpuInstanceProfileInfoByIdV);
    if (__builtin_expect(real != NULL, 1))
        return real(device, profileId, info);
    return slow_nvmlDeviceGetGpuInstanceProfileInfoByIdV(device, profileId, info);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetGpuInstanceProfileInfoV(nvmlDevice_t device, unsigned int profile, nvmlGpuInstanceProfileInfo_v2_t *info)
{
    quanta_nvml_pfn_nvmlDeviceGetGpuInstanceProfileInfoV real = (quanta_nvml_pfn_nvmlDeviceGetGpuInstanceProfileInfoV)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetGpuInstanceProfileInfoV);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetGpuInstanceProfileInfoV);
    }
    return real(device, profile, info);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetGpuInstanceProfileInfoV(nvmlDevice_t device, unsigned int profile, nvmlGpuInstanceProfileInfo_v2_t *info)
{
    quanta_nvml_pfn_nvmlDeviceGetGpuInstanceProfileInfoV real = (quanta_nvml_pfn_nvmlDeviceGetGpuInstanceProfileInfoV)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetGpuInstanceProfileInfoV);
    if (__builtin_expect(real != NULL, 1))
        return real(device, profile, info);
    return slow_nvmlDeviceGetGpuInstanceProfileInfoV(device, profile, info);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetGpuInstanceRemainingCapacity(nvmlDevice_t device, unsigned int profileId, unsigned int *count)
{
    quanta_nvml_pfn_nvmlDeviceGetGpuInstanceRemainingCapacity real = (quanta_nvml_pfn_nvmlDeviceGetGpuInstanceRemainingCapacity)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetGpuInstanceRemainingCapacity);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetGpuInstanceRemainingCapacity);
    }
    return real(device, profileId, count);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetGpuInstanceRemainingCapacity(nvmlDevice_t device, unsigned int profileId, unsigned int *count)
{
    quanta_nvml_pfn_nvmlDeviceGetGpuInstanceRemainingCapacity real = (quanta_nvml_pfn_nvmlDeviceGetGpuInstanceRemainingCapacity)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetGpuInstanceRemainingCapacity);
    if (__builtin_expect(real != NULL, 1))
        return real(device, profileId, count);
    return slow_nvmlDeviceGetGpuInstanceRemainingCapacity(device, profileId, count);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetGpuInstances(nvmlDevice_t device, unsigned int profileId, nvmlGpuInstance_t *gpuInstances, unsigned int *count)
{
    quanta_nvml_pfn_nvmlDeviceGetGpuInstances real = (quanta_nvml_pfn_nvmlDeviceGetGpuInstances)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetGpuInstances);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetGpuInstances);
    }
    return real(device, profileId, gpuInstances, count);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetGpuInstances(nvmlDevice_t device, unsigned int profileId, nvmlGpuInstance_t *gpuInstances, unsigned int *count)
{
    quanta_nvml_pfn_nvmlDeviceGetGpuInstances real = (quanta_nvml_pfn_nvmlDeviceGetGpuInstances)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetGpuInstances);
    if (__builtin_expect(real != NULL, 1))
        return real(device, profileId, gpuInstances, count);
    return slow_nvmlDeviceGetGpuInstances(device, profileId, gpuInstances, count);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetGpuMaxPcieLinkGeneration(nvmlDevice_t device, unsigned int *maxLinkGenDevice)
{
    quanta_nvml_pfn_nvmlDeviceGetGpuMaxPcieLinkGeneration real = (quanta_nvml_pfn_nvmlDeviceGetGpuMaxPcieLinkGeneration)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetGpuMaxPcieLinkGeneration);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetGpuMaxPcieLinkGeneration);
    }
    return real(device, maxLinkGenDevice);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetGpuMaxPcieLinkGeneration(nvmlDevice_t device, unsigned int *maxLinkGenDevice)
{
    quanta_nvml_pfn_nvmlDeviceGetGpuMaxPcieLinkGeneration real = (quanta_nvml_pfn_nvmlDeviceGetGpuMaxPcieLinkGeneration)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetGpuMaxPcieLinkGeneration);
    if (__builtin_expect(real != NULL, 1))
        return real(device, maxLinkGenDevice);
    return slow_nvmlDeviceGetGpuMaxPcieLinkGeneration(device, maxLinkGenDevice);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetGpuOperationMode(nvmlDevice_t device, nvmlGpuOperationMode_t *current, nvmlGpuOperationMode_t *pending)
{
    quanta_nvml_pfn_nvmlDeviceGetGpuOperationMode real = (quanta_nvml_pfn_nvmlDeviceGetGpuOperationMode)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetGpuOperationMode);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetGpuOperationMode);
    }
    return real(device, current, pending);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetGpuOperationMode(nvmlDevice_t device, nvmlGpuOperationMode_t *current, nvmlGpuOperationMode_t *pending)
{
    quanta_nvml_pfn_nvmlDeviceGetGpuOperationMode real = (quanta_nvml_pfn_nvmlDeviceGetGpuOperationMode)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetGpuOperationMode);
    if (__builtin_expect(real != NULL, 1))
        return real(device, current, pending);
    return slow_nvmlDeviceGetGpuOperationMode(device, current, pending);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetGraphicsRunningProcesses(nvmlDevice_t device, unsigned int *infoCount, nvmlProcessInfo_v1_t *infos)
{
    quanta_nvml_pfn_nvmlDeviceGetGraphicsRunningProcesses real = (quanta_nvml_pfn_nvmlDeviceGetGraphicsRunningProcesses)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetGraphicsRunningProcesses);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetGraphicsRunningProcesses);
    }
    return real(device, infoCount, infos);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetGraphicsRunningProcesses(nvmlDevice_t device, unsigned int *infoCount, nvmlProcessInfo_v1_t *infos)
{
    quanta_nvml_pfn_nvmlDeviceGetGraphicsRunningProcesses real = (quanta_nvml_pfn_nvmlDeviceGetGraphicsRunningProcesses)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetGraphicsRunningProcesses);
    if (__builtin_expect(real != NULL, 1))
        return real(device, infoCount, infos);
    return slow_nvmlDeviceGetGraphicsRunningProcesses(device, infoCount, infos);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetGraphicsRunningProcesses_v2(nvmlDevice_t device, unsigned int *infoCount, nvmlProcessInfo_v2_t *infos)
{
    quanta_nvml_pfn_nvmlDeviceGetGraphicsRunningProcesses_v2 real = (quanta_nvml_pfn_nvmlDeviceGetGraphicsRunningProcesses_v2)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetGraphicsRunningProcesses_v2);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetGraphicsRunningProcesses_v2);
    }
    return real(device, infoCount, infos);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetGraphicsRunningProcesses_v2(nvmlDevice_t device, unsigned int *infoCount, nvmlProcessInfo_v2_t *infos)
{
    quanta_nvml_pfn_nvmlDeviceGetGraphicsRunningProcesses_v2 real = (quanta_nvml_pfn_nvmlDeviceGetGraphicsRunningProcesses_v2)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetGraphicsRunningProcesses_v2);
    if (__builtin_expect(real != NULL, 1))
        return real(device, infoCount, infos);
    return slow_nvmlDeviceGetGraphicsRunningProcesses_v2(device, infoCount, infos);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetGraphicsRunningProcesses_v3(nvmlDevice_t device, unsigned int *infoCount, nvmlProcessInfo_t *infos)
{
    quanta_nvml_pfn_nvmlDeviceGetGraphicsRunningProcesses_v3 real = (quanta_nvml_pfn_nvmlDeviceGetGraphicsRunningProcesses_v3)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetGraphicsRunningProcesses_v3);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetGraphicsRunningProcesses_v3);
    }
    return real(device, infoCount, infos);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetGraphicsRunningProcesses_v3(nvmlDevice_t device, unsigned int *infoCount, nvmlProcessInfo_t *infos)
{
    quanta_nvml_pfn_nvmlDeviceGetGraphicsRunningProcesses_v3 real = (quanta_nvml_pfn_nvmlDeviceGetGraphicsRunningProcesses_v3)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetGraphicsRunningProcesses_v3);
    if (__builtin_expect(real != NULL, 1))
        return real(device, infoCount, infos);
    return slow_nvmlDeviceGetGraphicsRunningProcesses_v3(device, infoCount, infos);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetGridLicensableFeatures(nvmlDevice_t device, nvmlGridLicensableFeatures_t *pGridLicensableFeatures)
{
    quanta_nvml_pfn_nvmlDeviceGetGridLicensableFeatures real = (quanta_nvml_pfn_nvmlDeviceGetGridLicensableFeatures)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetGridLicensableFeatures);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetGridLicensableFeatures);
    }
    return real(device, pGridLicensableFeatures);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetGridLicensableFeatures(nvmlDevice_t device, nvmlGridLicensableFeatures_t *pGridLicensableFeatures)
{
    quanta_nvml_pfn_nvmlDeviceGetGridLicensableFeatures real = (quanta_nvml_pfn_nvmlDeviceGetGridLicensableFeatures)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetGridLicensableFeatures);
    if (__builtin_expect(real != NULL, 1))
        return real(device, pGridLicensableFeatures);
    return slow_nvmlDeviceGetGridLicensableFeatures(device, pGridLicensableFeatures);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetGridLicensableFeatures_v2(nvmlDevice_t device, nvmlGridLicensableFeatures_t *pGridLicensableFeatures)
{
    quanta_nvml_pfn_nvmlDeviceGetGridLicensableFeatures_v2 real = (quanta_nvml_pfn_nvmlDeviceGetGridLicensableFeatures_v2)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetGridLicensableFeatures_v2);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetGridLicensableFeatures_v2);
    }
    return real(device, pGridLicensableFeatures);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetGridLicensableFeatures_v2(nvmlDevice_t device, nvmlGridLicensableFeatures_t *pGridLicensableFeatures)
{
    quanta_nvml_pfn_nvmlDeviceGetGridLicensableFeatures_v2 real = (quanta_nvml_pfn_nvmlDeviceGetGridLicensableFeatures_v2)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetGridLicensableFeatures_v2);
    if (__builtin_expect(real != NULL, 1))
        return real(device, pGridLicensableFeatures);
    return slow_nvmlDeviceGetGridLicensableFeatures_v2(device, pGridLicensableFeatures);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetGridLicensableFeatures_v3(nvmlDevice_t device, nvmlGridLicensableFeatures_t *pGridLicensableFeatures)
{
    quanta_nvml_pfn_nvmlDeviceGetGridLicensableFeatures_v3 real = (quanta_nvml_pfn_nvmlDeviceGetGridLicensableFeatures_v3)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetGridLicensableFeatures_v3);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetGridLicensableFeatures_v3);
    }
    return real(device, pGridLicensableFeatures);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetGridLicensableFeatures_v3(nvmlDevice_t device, nvmlGridLicensableFeatures_t *pGridLicensableFeatures)
{
    quanta_nvml_pfn_nvmlDeviceGetGridLicensableFeatures_v3 real = (quanta_nvml_pfn_nvmlDeviceGetGridLicensableFeatures_v3)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetGridLicensableFeatures_v3);
    if (__builtin_expect(real != NULL, 1))
        return real(device, pGridLicensableFeatures);
    return slow_nvmlDeviceGetGridLicensableFeatures_v3(device, pGridLicensableFeatures);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetGridLicensableFeatures_v4(nvmlDevice_t device, nvmlGridLicensableFeatures_t *pGridLicensableFeatures)
{
    quanta_nvml_pfn_nvmlDeviceGetGridLicensableFeatures_v4 real = (quanta_nvml_pfn_nvmlDeviceGetGridLicensableFeatures_v4)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetGridLicensableFeatures_v4);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetGridLicensableFeatures_v4);
    }
    return real(device, pGridLicensableFeatures);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetGridLicensableFeatures_v4(nvmlDevice_t device, nvmlGridLicensableFeatures_t *pGridLicensableFeatures)
{
    quanta_nvml_pfn_nvmlDeviceGetGridLicensableFeatures_v4 real = (quanta_nvml_pfn_nvmlDeviceGetGridLicensableFeatures_v4)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetGridLicensableFeatures_v4);
    if (__builtin_expect(real != NULL, 1))
        return real(device, pGridLicensableFeatures);
    return slow_nvmlDeviceGetGridLicensableFeatures_v4(device, pGridLicensableFeatures);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetGspFirmwareMode(nvmlDevice_t device, unsigned int *isEnabled, unsigned int *defaultMode)
{
    quanta_nvml_pfn_nvmlDeviceGetGspFirmwareMode real = (quanta_nvml_pfn_nvmlDeviceGetGspFirmwareMode)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetGspFirmwareMode);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetGspFirmwareMode);
    }
    return real(device, isEnabled, defaultMode);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetGspFirmwareMode(nvmlDevice_t device, unsigned int *isEnabled, unsigned int *defaultMode)
{
    quanta_nvml_pfn_nvmlDeviceGetGspFirmwareMode real = (quanta_nvml_pfn_nvmlDeviceGetGspFirmwareMode)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetGspFirmwareMode);
    if (__builtin_expect(real != NULL, 1))
        return real(device, isEnabled, defaultMode);
    return slow_nvmlDeviceGetGspFirmwareMode(device, isEnabled, defaultMode);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetGspFirmwareVersion(nvmlDevice_t device, char *version)
{
    quanta_nvml_pfn_nvmlDeviceGetGspFirmwareVersion real = (quanta_nvml_pfn_nvmlDeviceGetGspFirmwareVersion)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetGspFirmwareVersion);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetGspFirmwareVersion);
    }
    return real(device, version);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetGspFirmwareVersion(nvmlDevice_t device, char *version)
{
    quanta_nvml_pfn_nvmlDeviceGetGspFirmwareVersion real = (quanta_nvml_pfn_nvmlDeviceGetGspFirmwareVersion)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetGspFirmwareVersion);
    if (__builtin_expect(real != NULL, 1))
        return real(device, version);
    return slow_nvmlDeviceGetGspFirmwareVersion(device, version);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetHandleByIndex(unsigned int index, nvmlDevice_t *device)
{
    quanta_nvml_pfn_nvmlDeviceGetHandleByIndex real = (quanta_nvml_pfn_nvmlDeviceGetHandleByIndex)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetHandleByIndex);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetHandleByIndex);
    }
    return real(index, device);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetHandleByIndex(unsigned int index, nvmlDevice_t *device)
{
    quanta_nvml_pfn_nvmlDeviceGetHandleByIndex real = (quanta_nvml_pfn_nvmlDeviceGetHandleByIndex)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetHandleByIndex);
    if (__builtin_expect(real != NULL, 1))
        return real(index, device);
    return slow_nvmlDeviceGetHandleByIndex(index, device);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetHandleByIndex_v2(unsigned int index, nvmlDevice_t *device)
{
    quanta_nvml_pfn_nvmlDeviceGetHandleByIndex_v2 real = (quanta_nvml_pfn_nvmlDeviceGetHandleByIndex_v2)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetHandleByIndex_v2);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetHandleByIndex_v2);
    }
    return real(index, device);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetHandleByIndex_v2(unsigned int index, nvmlDevice_t *device)
{
    quanta_nvml_pfn_nvmlDeviceGetHandleByIndex_v2 real = (quanta_nvml_pfn_nvmlDeviceGetHandleByIndex_v2)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetHandleByIndex_v2);
    if (__builtin_expect(real != NULL, 1))
        return real(index, device);
    return slow_nvmlDeviceGetHandleByIndex_v2(index, device);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetHandleByPciBusId(const char *pciBusId, nvmlDevice_t *device)
{
    quanta_nvml_pfn_nvmlDeviceGetHandleByPciBusId real = (quanta_nvml_pfn_nvmlDeviceGetHandleByPciBusId)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetHandleByPciBusId);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetHandleByPciBusId);
    }
    return real(pciBusId, device);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetHandleByPciBusId(const char *pciBusId, nvmlDevice_t *device)
{
    quanta_nvml_pfn_nvmlDeviceGetHandleByPciBusId real = (quanta_nvml_pfn_nvmlDeviceGetHandleByPciBusId)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetHandleByPciBusId);
    if (__builtin_expect(real != NULL, 1))
        return real(pciBusId, device);
    return slow_nvmlDeviceGetHandleByPciBusId(pciBusId, device);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetHandleByPciBusId_v2(const char *pciBusId, nvmlDevice_t *device)
{
    quanta_nvml_pfn_nvmlDeviceGetHandleByPciBusId_v2 real = (quanta_nvml_pfn_nvmlDeviceGetHandleByPciBusId_v2)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetHandleByPciBusId_v2);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetHandleByPciBusId_v2);
    }
    return real(pciBusId, device);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetHandleByPciBusId_v2(const char *pciBusId, nvmlDevice_t *device)
{
    quanta_nvml_pfn_nvmlDeviceGetHandleByPciBusId_v2 real = (quanta_nvml_pfn_nvmlDeviceGetHandleByPciBusId_v2)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetHandleByPciBusId_v2);
    if (__builtin_expect(real != NULL, 1))
        return real(pciBusId, device);
    return slow_nvmlDeviceGetHandleByPciBusId_v2(pciBusId, device);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetHandleBySerial(const char *serial, nvmlDevice_t *device)
{
    quanta_nvml_pfn_nvmlDeviceGetHandleBySerial real = (quanta_nvml_pfn_nvmlDeviceGetHandleBySerial)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetHandleBySerial);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetHandleBySerial);
    }
    return real(serial, device);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetHandleBySerial(const char *serial, nvmlDevice_t *device)
{
    quanta_nvml_pfn_nvmlDeviceGetHandleBySerial real = (quanta_nvml_pfn_nvmlDeviceGetHandleBySerial)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetHandleBySerial);
    if (__builtin_expect(real != NULL, 1))
        return real(serial, device);
    return slow_nvmlDeviceGetHandleBySerial(serial, device);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetHandleByUUID(const char *uuid, nvmlDevice_t *device)
{
    quanta_nvml_pfn_nvmlDeviceGetHandleByUUID real = (quanta_nvml_pfn_nvmlDeviceGetHandleByUUID)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetHandleByUUID);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetHandleByUUID);
    }
    return real(uuid, device);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetHandleByUUID(const char *uuid, nvmlDevice_t *device)
{
    quanta_nvml_pfn_nvmlDeviceGetHandleByUUID real = (quanta_nvml_pfn_nvmlDeviceGetHandleByUUID)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetHandleByUUID);
    if (__builtin_expect(real != NULL, 1))
        return real(uuid, device);
    return slow_nvmlDeviceGetHandleByUUID(uuid, device);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetHandleByUUIDV(const nvmlUUID_t *uuid, nvmlDevice_t *device)
{
    quanta_nvml_pfn_nvmlDeviceGetHandleByUUIDV real = (quanta_nvml_pfn_nvmlDeviceGetHandleByUUIDV)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetHandleByUUIDV);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetHandleByUUIDV);
    }
    return real(uuid, device);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetHandleByUUIDV(const nvmlUUID_t *uuid, nvmlDevice_t *device)
{
    quanta_nvml_pfn_nvmlDeviceGetHandleByUUIDV real = (quanta_nvml_pfn_nvmlDeviceGetHandleByUUIDV)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetHandleByUUIDV);
    if (__builtin_expect(real != NULL, 1))
        return real(uuid, device);
    return slow_nvmlDeviceGetHandleByUUIDV(uuid, device);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetHostVgpuMode(nvmlDevice_t device, nvmlHostVgpuMode_t *pHostVgpuMode)
{
    quanta_nvml_pfn_nvmlDeviceGetHostVgpuMode real = (quanta_nvml_pfn_nvmlDeviceGetHostVgpuMode)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetHostVgpuMode);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetHostVgpuMode);
    }
    return real(device, pHostVgpuMode);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetHostVgpuMode(nvmlDevice_t device, nvmlHostVgpuMode_t *pHostVgpuMode)
{
    quanta_nvml_pfn_nvmlDeviceGetHostVgpuMode real = (quanta_nvml_pfn_nvmlDeviceGetHostVgpuMode)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetHostVgpuMode);
    if (__builtin_expect(real != NULL, 1))
        return real(device, pHostVgpuMode);
    return slow_nvmlDeviceGetHostVgpuMode(device, pHostVgpuMode);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetHostname_v1(nvmlDevice_t device, nvmlHostname_v1_t *hostname)
{
    quanta_nvml_pfn_nvmlDeviceGetHostname_v1 real = (quanta_nvml_pfn_nvmlDeviceGetHostname_v1)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetHostname_v1);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetHostname_v1);
    }
    return real(device, hostname);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetHostname_v1(nvmlDevice_t device, nvmlHostname_v1_t *hostname)
{
    quanta_nvml_pfn_nvmlDeviceGetHostname_v1 real = (quanta_nvml_pfn_nvmlDeviceGetHostname_v1)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetHostname_v1);
    if (__builtin_expect(real != NULL, 1))
        return real(device, hostname);
    return slow_nvmlDeviceGetHostname_v1(device, hostname);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetIndex(nvmlDevice_t device, unsigned int *index)
{
    quanta_nvml_pfn_nvmlDeviceGetIndex real = (quanta_nvml_pfn_nvmlDeviceGetIndex)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetIndex);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetIndex);
    }
    return real(device, index);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetIndex(nvmlDevice_t device, unsigned int *index)
{
    quanta_nvml_pfn_nvmlDeviceGetIndex real = (quanta_nvml_pfn_nvmlDeviceGetIndex)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetIndex);
    if (__builtin_expect(real != NULL, 1))
        return real(device, index);
    return slow_nvmlDeviceGetIndex(device, index);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetInforomConfigurationChecksum(nvmlDevice_t device, unsigned int *checksum)
{
    quanta_nvml_pfn_nvmlDeviceGetInforomConfigurationChecksum real = (quanta_nvml_pfn_nvmlDeviceGetInforomConfigurationChecksum)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetInforomConfigurationChecksum);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetInforomConfigurationChecksum);
    }
    return real(device, checksum);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetInforomConfigurationChecksum(nvmlDevice_t device, unsigned int *checksum)
{
    quanta_nvml_pfn_nvmlDeviceGetInforomConfigurationChecksum real = (quanta_nvml_pfn_nvmlDeviceGetInforomConfigurationChecksum)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetInforomConfigurationChecksum);
    if (__builtin_expect(real != NULL, 1))
        return real(device, checksum);
    return slow_nvmlDeviceGetInforomConfigurationChecksum(device, checksum);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetInforomImageVersion(nvmlDevice_t device, char *version, unsigned int length)
{
    quanta_nvml_pfn_nvmlDeviceGetInforomImageVersion real = (quanta_nvml_pfn_nvmlDeviceGetInforomImageVersion)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetInforomImageVersion);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetInforomImageVersion);
    }
    return real(device, version, length);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetInforomImageVersion(nvmlDevice_t device, char *version, unsigned int length)
{
    quanta_nvml_pfn_nvmlDeviceGetInforomImageVersion real = (quanta_nvml_pfn_nvmlDeviceGetInforomImageVersion)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetInforomImageVersion);
    if (__builtin_expect(real != NULL, 1))
        return real(device, version, length);
    return slow_nvmlDeviceGetInforomImageVersion(device, version, length);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetInforomVersion(nvmlDevice_t device, nvmlInforomObject_t object, char *version, unsigned int length)
{
    quanta_nvml_pfn_nvmlDeviceGetInforomVersion real = (quanta_nvml_pfn_nvmlDeviceGetInforomVersion)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetInforomVersion);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetInforomVersion);
    }
    return real(device, object, version, length);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetInforomVersion(nvmlDevice_t device, nvmlInforomObject_t object, char *version, unsigned int length)
{
    quanta_nvml_pfn_nvmlDeviceGetInforomVersion real = (quanta_nvml_pfn_nvmlDeviceGetInforomVersion)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetInforomVersion);
    if (__builtin_expect(real != NULL, 1))
        return real(device, object, version, length);
    return slow_nvmlDeviceGetInforomVersion(device, object, version, length);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetIrqNum(nvmlDevice_t device, unsigned int *irqNum)
{
    quanta_nvml_pfn_nvmlDeviceGetIrqNum real = (quanta_nvml_pfn_nvmlDeviceGetIrqNum)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetIrqNum);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetIrqNum);
    }
    return real(device, irqNum);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetIrqNum(nvmlDevice_t device, unsigned int *irqNum)
{
    quanta_nvml_pfn_nvmlDeviceGetIrqNum real = (quanta_nvml_pfn_nvmlDeviceGetIrqNum)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetIrqNum);
    if (__builtin_expect(real != NULL, 1))
        return real(device, irqNum);
    return slow_nvmlDeviceGetIrqNum(device, irqNum);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetJpgUtilization(nvmlDevice_t device, unsigned int *utilization, unsigned int *samplingPeriodUs)
{
    quanta_nvml_pfn_nvmlDeviceGetJpgUtilization real = (quanta_nvml_pfn_nvmlDeviceGetJpgUtilization)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetJpgUtilization);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetJpgUtilization);
    }
    return real(device, utilization, samplingPeriodUs);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetJpgUtilization(nvmlDevice_t device, unsigned int *utilization, unsigned int *samplingPeriodUs)
{
    quanta_nvml_pfn_nvmlDeviceGetJpgUtilization real = (quanta_nvml_pfn_nvmlDeviceGetJpgUtilization)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetJpgUtilization);
    if (__builtin_expect(real != NULL, 1))
        return real(device, utilization, samplingPeriodUs);
    return slow_nvmlDeviceGetJpgUtilization(device, utilization, samplingPeriodUs);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetLastBBXFlushTime(nvmlDevice_t device, unsigned long long *timestamp, unsigned long *durationUs)
{
    quanta_nvml_pfn_nvmlDeviceGetLastBBXFlushTime real = (quanta_nvml_pfn_nvmlDeviceGetLastBBXFlushTime)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetLastBBXFlushTime);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetLastBBXFlushTime);
    }
    return real(device, timestamp, durationUs);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetLastBBXFlushTime(nvmlDevice_t device, unsigned long long *timestamp, unsigned long *durationUs)
{
    quanta_nvml_pfn_nvmlDeviceGetLastBBXFlushTime real = (quanta_nvml_pfn_nvmlDeviceGetLastBBXFlushTime)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetLastBBXFlushTime);
    if (__builtin_expect(real != NULL, 1))
        return real(device, timestamp, durationUs);
    return slow_nvmlDeviceGetLastBBXFlushTime(device, timestamp, durationUs);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetMPSComputeRunningProcesses(nvmlDevice_t device, unsigned int *infoCount, nvmlProcessInfo_v1_t *infos)
{
    quanta_nvml_pfn_nvmlDeviceGetMPSComputeRunningProcesses real = (quanta_nvml_pfn_nvmlDeviceGetMPSComputeRunningProcesses)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetMPSComputeRunningProcesses);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetMPSComputeRunningProcesses);
    }
    return real(device, infoCount, infos);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetMPSComputeRunningProcesses(nvmlDevice_t device, unsigned int *infoCount, nvmlProcessInfo_v1_t *infos)
{
    quanta_nvml_pfn_nvmlDeviceGetMPSComputeRunningProcesses real = (quanta_nvml_pfn_nvmlDeviceGetMPSComputeRunningProcesses)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetMPSComputeRunningProcesses);
    if (__builtin_expect(real != NULL, 1))
        return real(device, infoCount, infos);
    return slow_nvmlDeviceGetMPSComputeRunningProcesses(device, infoCount, infos);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetMPSComputeRunningProcesses_v2(nvmlDevice_t device, unsigned int *infoCount, nvmlProcessInfo_v2_t *infos)
{
    quanta_nvml_pfn_nvmlDeviceGetMPSComputeRunningProcesses_v2 real = (quanta_nvml_pfn_nvmlDeviceGetMPSComputeRunningProcesses_v2)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetMPSComputeRunningProcesses_v2);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetMPSComputeRunningProcesses_v2);
    }
    return real(device, infoCount, infos);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetMPSComputeRunningProcesses_v2(nvmlDevice_t device, unsigned int *infoCount, nvmlProcessInfo_v2_t *infos)
{
    quanta_nvml_pfn_nvmlDeviceGetMPSComputeRunningProcesses_v2 real = (quanta_nvml_pfn_nvmlDeviceGetMPSComputeRunningProcesses_v2)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetMPSComputeRunningProcesses_v2);
    if (__builtin_expect(real != NULL, 1))
        return real(device, infoCount, infos);
    return slow_nvmlDeviceGetMPSComputeRunningProcesses_v2(device, infoCount, infos);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetMPSComputeRunningProcesses_v3(nvmlDevice_t device, unsigned int *infoCount, nvmlProcessInfo_t *infos)
{
    quanta_nvml_pfn_nvmlDeviceGetMPSComputeRunningProcesses_v3 real = (quanta_nvml_pfn_nvmlDeviceGetMPSComputeRunningProcesses_v3)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetMPSComputeRunningProcesses_v3);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetMPSComputeRunningProcesses_v3);
    }
    return real(device, infoCount, infos);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetMPSComputeRunningProcesses_v3(nvmlDevice_t device, unsigned int *infoCount, nvmlProcessInfo_t *infos)
{
    quanta_nvml_pfn_nvmlDeviceGetMPSComputeRunningProcesses_v3 real = (quanta_nvml_pfn_nvmlDeviceGetMPSComputeRunningProcesses_v3)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetMPSComputeRunningProcesses_v3);
    if (__builtin_expect(real != NULL, 1))
        return real(device, infoCount, infos);
    return slow_nvmlDeviceGetMPSComputeRunningProcesses_v3(device, infoCount, infos);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetMarginTemperature(nvmlDevice_t device, nvmlMarginTemperature_t *marginTempInfo)
{
    quanta_nvml_pfn_nvmlDeviceGetMarginTemperature real = (quanta_nvml_pfn_nvmlDeviceGetMarginTemperature)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetMarginTemperature);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetMarginTemperature);
    }
    return real(device, marginTempInfo);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetMarginTemperature(nvmlDevice_t device, nvmlMarginTemperature_t *marginTempInfo)
{
    quanta_nvml_pfn_nvmlDeviceGetMarginTemperature real = (quanta_nvml_pfn_nvmlDeviceGetMarginTemperature)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetMarginTemperature);
    if (__builtin_expect(real != NULL, 1))
        return real(device, marginTempInfo);
    return slow_nvmlDeviceGetMarginTemperature(device, marginTempInfo);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetMaxClockInfo(nvmlDevice_t device, nvmlClockType_t type, unsigned int *clock)
{
    quanta_nvml_pfn_nvmlDeviceGetMaxClockInfo real = (quanta_nvml_pfn_nvmlDeviceGetMaxClockInfo)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetMaxClockInfo);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetMaxClockInfo);
    }
    return real(device, type, clock);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetMaxClockInfo(nvmlDevice_t device, nvmlClockType_t type, unsigned int *clock)
{
    quanta_nvml_pfn_nvmlDeviceGetMaxClockInfo real = (quanta_nvml_pfn_nvmlDeviceGetMaxClockInfo)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetMaxClockInfo);
    if (__builtin_expect(real != NULL, 1))
        return real(device, type, clock);
    return slow_nvmlDeviceGetMaxClockInfo(device, type, clock);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetMaxCustomerBoostClock(nvmlDevice_t device, nvmlClockType_t clockType, unsigned int *clockMHz)
{
    quanta_nvml_pfn_nvmlDeviceGetMaxCustomerBoostClock real = (quanta_nvml_pfn_nvmlDeviceGetMaxCustomerBoostClock)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetMaxCustomerBoostClock);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetMaxCustomerBoostClock);
    }
    return real(device, clockType, clockMHz);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetMaxCustomerBoostClock(nvmlDevice_t device, nvmlClockType_t clockType, unsigned int *clockMHz)
{
    quanta_nvml_pfn_nvmlDeviceGetMaxCustomerBoostClock real = (quanta_nvml_pfn_nvmlDeviceGetMaxCustomerBoostClock)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetMaxCustomerBoostClock);
    if (__builtin_expect(real != NULL, 1))
        return real(device, clockType, clockMHz);
    return slow_nvmlDeviceGetMaxCustomerBoostClock(device, clockType, clockMHz);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetMaxMigDeviceCount(nvmlDevice_t device, unsigned int *count)
{
    quanta_nvml_pfn_nvmlDeviceGetMaxMigDeviceCount real = (quanta_nvml_pfn_nvmlDeviceGetMaxMigDeviceCount)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetMaxMigDeviceCount);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetMaxMigDeviceCount);
    }
    return real(device, count);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetMaxMigDeviceCount(nvmlDevice_t device, unsigned int *count)
{
    quanta_nvml_pfn_nvmlDeviceGetMaxMigDeviceCount real = (quanta_nvml_pfn_nvmlDeviceGetMaxMigDeviceCount)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetMaxMigDeviceCount);
    if (__builtin_expect(real != NULL, 1))
        return real(device, count);
    return slow_nvmlDeviceGetMaxMigDeviceCount(device, count);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetMaxPcieLinkGeneration(nvmlDevice_t device, unsigned int *maxLinkGen)
{
    quanta_nvml_pfn_nvmlDeviceGetMaxPcieLinkGeneration real = (quanta_nvml_pfn_nvmlDeviceGetMaxPcieLinkGeneration)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetMaxPcieLinkGeneration);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetMaxPcieLinkGeneration);
    }
    return real(device, maxLinkGen);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetMaxPcieLinkGeneration(nvmlDevice_t device, unsigned int *maxLinkGen)
{
    quanta_nvml_pfn_nvmlDeviceGetMaxPcieLinkGeneration real = (quanta_nvml_pfn_nvmlDeviceGetMaxPcieLinkGeneration)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetMaxPcieLinkGeneration);
    if (__builtin_expect(real != NULL, 1))
        return real(device, maxLinkGen);
    return slow_nvmlDeviceGetMaxPcieLinkGeneration(device, maxLinkGen);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetMaxPcieLinkWidth(nvmlDevice_t device, unsigned int *maxLinkWidth)
{
    quanta_nvml_pfn_nvmlDeviceGetMaxPcieLinkWidth real = (quanta_nvml_pfn_nvmlDeviceGetMaxPcieLinkWidth)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetMaxPcieLinkWidth);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetMaxPcieLinkWidth);
    }
    return real(device, maxLinkWidth);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetMaxPcieLinkWidth(nvmlDevice_t device, unsigned int *maxLinkWidth)
{
    quanta_nvml_pfn_nvmlDeviceGetMaxPcieLinkWidth real = (quanta_nvml_pfn_nvmlDeviceGetMaxPcieLinkWidth)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetMaxPcieLinkWidth);
    if (__builtin_expect(real != NULL, 1))
        return real(device, maxLinkWidth);
    return slow_nvmlDeviceGetMaxPcieLinkWidth(device, maxLinkWidth);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetMemClkMinMaxVfOffset(nvmlDevice_t device, int *minOffset, int *maxOffset)
{
    quanta_nvml_pfn_nvmlDeviceGetMemClkMinMaxVfOffset real = (quanta_nvml_pfn_nvmlDeviceGetMemClkMinMaxVfOffset)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetMemClkMinMaxVfOffset);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetMemClkMinMaxVfOffset);
    }
    return real(device, minOffset, maxOffset);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetMemClkMinMaxVfOffset(nvmlDevice_t device, int *minOffset, int *maxOffset)
{
    quanta_nvml_pfn_nvmlDeviceGetMemClkMinMaxVfOffset real = (quanta_nvml_pfn_nvmlDeviceGetMemClkMinMaxVfOffset)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetMemClkMinMaxVfOffset);
    if (__builtin_expect(real != NULL, 1))
        return real(device, minOffset, maxOffset);
    return slow_nvmlDeviceGetMemClkMinMaxVfOffset(device, minOffset, maxOffset);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetMemClkVfOffset(nvmlDevice_t device, int *offset)
{
    quanta_nvml_pfn_nvmlDeviceGetMemClkVfOffset real = (quanta_nvml_pfn_nvmlDeviceGetMemClkVfOffset)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetMemClkVfOffset);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetMemClkVfOffset);
    }
    return real(device, offset);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetMemClkVfOffset(nvmlDevice_t device, int *offset)
{
    quanta_nvml_pfn_nvmlDeviceGetMemClkVfOffset real = (quanta_nvml_pfn_nvmlDeviceGetMemClkVfOffset)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetMemClkVfOffset);
    if (__builtin_expect(real != NULL, 1))
        return real(device, offset);
    return slow_nvmlDeviceGetMemClkVfOffset(device, offset);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetMemoryAffinity(nvmlDevice_t device, unsigned int nodeSetSize, unsigned long *nodeSet, nvmlAffinityScope_t scope)
{
    quanta_nvml_pfn_nvmlDeviceGetMemoryAffinity real = (quanta_nvml_pfn_nvmlDeviceGetMemoryAffinity)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetMemoryAffinity);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetMemoryAffinity);
    }
    return real(device, nodeSetSize, nodeSet, scope);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetMemoryAffinity(nvmlDevice_t device, unsigned int nodeSetSize, unsigned long *nodeSet, nvmlAffinityScope_t scope)
{
    quanta_nvml_pfn_nvmlDeviceGetMemoryAffinity real = (quanta_nvml_pfn_nvmlDeviceGetMemoryAffinity)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetMemoryAffinity);
    if (__builtin_expect(real != NULL, 1))
        return real(device, nodeSetSize, nodeSet, scope);
    return slow_nvmlDeviceGetMemoryAffinity(device, nodeSetSize, nodeSet, scope);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetMemoryBusWidth(nvmlDevice_t device, unsigned int *busWidth)
{
    quanta_nvml_pfn_nvmlDeviceGetMemoryBusWidth real = (quanta_nvml_pfn_nvmlDeviceGetMemoryBusWidth)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetMemoryBusWidth);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetMemoryBusWidth);
    }
    return real(device, busWidth);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetMemoryBusWidth(nvmlDevice_t device, unsigned int *busWidth)
{
    quanta_nvml_pfn_nvmlDeviceGetMemoryBusWidth real = (quanta_nvml_pfn_nvmlDeviceGetMemoryBusWidth)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetMemoryBusWidth);
    if (__builtin_expect(real != NULL, 1))
        return real(device, busWidth);
    return slow_nvmlDeviceGetMemoryBusWidth(device, busWidth);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetMemoryErrorCounter(nvmlDevice_t device, nvmlMemoryErrorType_t errorType, nvmlEccCounterType_t counterType, nvmlMemoryLocation_t locationType, unsigned long long *count)
{
    quanta_nvml_pfn_nvmlDeviceGetMemoryErrorCounter real = (quanta_nvml_pfn_nvmlDeviceGetMemoryErrorCounter)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetMemoryErrorCounter);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetMemoryErrorCounter);
    }
    return real(device, errorType, counterType, locationType, count);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetMemoryErrorCounter(nvmlDevice_t device, nvmlMemoryErrorType_t errorType, nvmlEccCounterType_t counterType, nvmlMemoryLocation_t locationType, unsigned long long *count)
{
    quanta_nvml_pfn_nvmlDeviceGetMemoryErrorCounter real = (quanta_nvml_pfn_nvmlDeviceGetMemoryErrorCounter)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetMemoryErrorCounter);
    if (__builtin_expect(real != NULL, 1))
        return real(device, errorType, counterType, locationType, count);
    return slow_nvmlDeviceGetMemoryErrorCounter(device, errorType, counterType, locationType, count);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetMemoryInfo(nvmlDevice_t device, nvmlMemory_t *memory)
{
    quanta_nvml_pfn_nvmlDeviceGetMemoryInfo real = (quanta_nvml_pfn_nvmlDeviceGetMemoryInfo)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetMemoryInfo);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetMemoryInfo);
    }
    return real(device, memory);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetMemoryInfo(nvmlDevice_t device, nvmlMemory_t *memory)
{
    quanta_nvml_pfn_nvmlDeviceGetMemoryInfo real = (quanta_nvml_pfn_nvmlDeviceGetMemoryInfo)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetMemoryInfo);
    if (__builtin_expect(real != NULL, 1))
        return real(device, memory);
    return slow_nvmlDeviceGetMemoryInfo(device, memory);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetMemoryInfo_v2(nvmlDevice_t device, nvmlMemory_v2_t *memory)
{
    quanta_nvml_pfn_nvmlDeviceGetMemoryInfo_v2 real = (quanta_nvml_pfn_nvmlDeviceGetMemoryInfo_v2)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetMemoryInfo_v2);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetMemoryInfo_v2);
    }
    return real(device, memory);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetMemoryInfo_v2(nvmlDevice_t device, nvmlMemory_v2_t *memory)
{
    quanta_nvml_pfn_nvmlDeviceGetMemoryInfo_v2 real = (quanta_nvml_pfn_nvmlDeviceGetMemoryInfo_v2)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetMemoryInfo_v2);
    if (__builtin_expect(real != NULL, 1))
        return real(device, memory);
    return slow_nvmlDeviceGetMemoryInfo_v2(device, memory);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetMigDeviceHandleByIndex(nvmlDevice_t device, unsigned int index, nvmlDevice_t *migDevice)
{
    quanta_nvml_pfn_nvmlDeviceGetMigDeviceHandleByIndex real = (quanta_nvml_pfn_nvmlDeviceGetMigDeviceHandleByIndex)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetMigDeviceHandleByIndex);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetMigDeviceHandleByIndex);
    }
    return real(device, index, migDevice);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetMigDeviceHandleByIndex(nvmlDevice_t device, unsigned int index, nvmlDevice_t *migDevice)
{
    quanta_nvml_pfn_nvmlDeviceGetMigDeviceHandleByIndex real = (quanta_nvml_pfn_nvmlDeviceGetMigDeviceHandleByIndex)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetMigDeviceHandleByIndex);
    if (__builtin_expect(real != NULL, 1))
        return real(device, index, migDevice);
    return slow_nvmlDeviceGetMigDeviceHandleByIndex(device, index, migDevice);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetMigMode(nvmlDevice_t device, unsigned int *currentMode, unsigned int *pendingMode)
{
    quanta_nvml_pfn_nvmlDeviceGetMigMode real = (quanta_nvml_pfn_nvmlDeviceGetMigMode)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetMigMode);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetMigMode);
    }
    return real(device, currentMode, pendingMode);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetMigMode(nvmlDevice_t device, unsigned int *currentMode, unsigned int *pendingMode)
{
    quanta_nvml_pfn_nvmlDeviceGetMigMode real = (quanta_nvml_pfn_nvmlDeviceGetMigMode)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetMigMode);
    if (__builtin_expect(real != NULL, 1))
        return real(device, currentMode, pendingMode);
    return slow_nvmlDeviceGetMigMode(device, currentMode, pendingMode);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetMinMaxClockOfPState(nvmlDevice_t device, nvmlClockType_t type, nvmlPstates_t pstate, unsigned int *minClockMHz, unsigned int *maxClockMHz)
{
    quanta_nvml_pfn_nvmlDeviceGetMinMaxClockOfPState real = (quanta_nvml_pfn_nvmlDeviceGetMinMaxClockOfPState)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetMinMaxClockOfPState);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetMinMaxClockOfPState);
    }
    return real(device, type, pstate, minClockMHz, maxClockMHz);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetMinMaxClockOfPState(nvmlDevice_t device, nvmlClockType_t type, nvmlPstates_t pstate, unsigned int *minClockMHz, unsigned int *maxClockMHz)
{
    quanta_nvml_pfn_nvmlDeviceGetMinMaxClockOfPState real = (quanta_nvml_pfn_nvmlDeviceGetMinMaxClockOfPState)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetMinMaxClockOfPState);
    if (__builtin_expect(real != NULL, 1))
        return real(device, type, pstate, minClockMHz, maxClockMHz);
    return slow_nvmlDeviceGetMinMaxClockOfPState(device, type, pstate, minClockMHz, maxClockMHz);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetMinMaxFanSpeed(nvmlDevice_t device, unsigned int *minSpeed, unsigned int *maxSpeed)
{
    quanta_nvml_pfn_nvmlDeviceGetMinMaxFanSpeed real = (quanta_nvml_pfn_nvmlDeviceGetMinMaxFanSpeed)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetMinMaxFanSpeed);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetMinMaxFanSpeed);
    }
    return real(device, minSpeed, maxSpeed);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetMinMaxFanSpeed(nvmlDevice_t device, unsigned int *minSpeed, unsigned int *maxSpeed)
{
    quanta_nvml_pfn_nvmlDeviceGetMinMaxFanSpeed real = (quanta_nvml_pfn_nvmlDeviceGetMinMaxFanSpeed)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetMinMaxFanSpeed);
    if (__builtin_expect(real != NULL, 1))
        return real(device, minSpeed, maxSpeed);
    return slow_nvmlDeviceGetMinMaxFanSpeed(device, minSpeed, maxSpeed);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetMinorNumber(nvmlDevice_t device, unsigned int *minorNumber)
{
    quanta_nvml_pfn_nvmlDeviceGetMinorNumber real = (quanta_nvml_pfn_nvmlDeviceGetMinorNumber)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetMinorNumber);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetMinorNumber);
    }
    return real(device, minorNumber);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetMinorNumber(nvmlDevice_t device, unsigned int *minorNumber)
{
    quanta_nvml_pfn_nvmlDeviceGetMinorNumber real = (quanta_nvml_pfn_nvmlDeviceGetMinorNumber)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetMinorNumber);
    if (__builtin_expect(real != NULL, 1))
        return real(device, minorNumber);
    return slow_nvmlDeviceGetMinorNumber(device, minorNumber);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetModuleId(nvmlDevice_t device, unsigned int *moduleId)
{
    quanta_nvml_pfn_nvmlDeviceGetModuleId real = (quanta_nvml_pfn_nvmlDeviceGetModuleId)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetModuleId);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetModuleId);
    }
    return real(device, moduleId);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetModuleId(nvmlDevice_t device, unsigned int *moduleId)
{
    quanta_nvml_pfn_nvmlDeviceGetModuleId real = (quanta_nvml_pfn_nvmlDeviceGetModuleId)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetModuleId);
    if (__builtin_expect(real != NULL, 1))
        return real(device, moduleId);
    return slow_nvmlDeviceGetModuleId(device, moduleId);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetMultiGpuBoard(nvmlDevice_t device, unsigned int *multiGpuBool)
{
    quanta_nvml_pfn_nvmlDeviceGetMultiGpuBoard real = (quanta_nvml_pfn_nvmlDeviceGetMultiGpuBoard)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetMultiGpuBoard);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetMultiGpuBoard);
    }
    return real(device, multiGpuBool);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetMultiGpuBoard(nvmlDevice_t device, unsigned int *multiGpuBool)
{
    quanta_nvml_pfn_nvmlDeviceGetMultiGpuBoard real = (quanta_nvml_pfn_nvmlDeviceGetMultiGpuBoard)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetMultiGpuBoard);
    if (__builtin_expect(real != NULL, 1))
        return real(device, multiGpuBool);
    return slow_nvmlDeviceGetMultiGpuBoard(device, multiGpuBool);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetName(nvmlDevice_t device, char *name, unsigned int length)
{
    quanta_nvml_pfn_nvmlDeviceGetName real = (quanta_nvml_pfn_nvmlDeviceGetName)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetName);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetName);
    }
    return real(device, name, length);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetName(nvmlDevice_t device, char *name, unsigned int length)
{
    quanta_nvml_pfn_nvmlDeviceGetName real = (quanta_nvml_pfn_nvmlDeviceGetName)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetName);
    if (__builtin_expect(real != NULL, 1))
        return real(device, name, length);
    return slow_nvmlDeviceGetName(device, name, length);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetNumFans(nvmlDevice_t device, unsigned int *numFans)
{
    quanta_nvml_pfn_nvmlDeviceGetNumFans real = (quanta_nvml_pfn_nvmlDeviceGetNumFans)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetNumFans);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetNumFans);
    }
    return real(device, numFans);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetNumFans(nvmlDevice_t device, unsigned int *numFans)
{
    quanta_nvml_pfn_nvmlDeviceGetNumFans real = (quanta_nvml_pfn_nvmlDeviceGetNumFans)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetNumFans);
    if (__builtin_expect(real != NULL, 1))
        return real(device, numFans);
    return slow_nvmlDeviceGetNumFans(device, numFans);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetNumGpuCores(nvmlDevice_t device, unsigned int *numCores)
{
    quanta_nvml_pfn_nvmlDeviceGetNumGpuCores real = (quanta_nvml_pfn_nvmlDeviceGetNumGpuCores)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetNumGpuCores);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetNumGpuCores);
    }
    return real(device, numCores);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetNumGpuCores(nvmlDevice_t device, unsigned int *numCores)
{
    quanta_nvml_pfn_nvmlDeviceGetNumGpuCores real = (quanta_nvml_pfn_nvmlDeviceGetNumGpuCores)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetNumGpuCores);
    if (__builtin_expect(real != NULL, 1))
        return real(device, numCores);
    return slow_nvmlDeviceGetNumGpuCores(device, numCores);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetNumaNodeId(nvmlDevice_t device, unsigned int *node)
{
    quanta_nvml_pfn_nvmlDeviceGetNumaNodeId real = (quanta_nvml_pfn_nvmlDeviceGetNumaNodeId)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetNumaNodeId);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetNumaNodeId);
    }
    return real(device, node);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetNumaNodeId(nvmlDevice_t device, unsigned int *node)
{
    quanta_nvml_pfn_nvmlDeviceGetNumaNodeId real = (quanta_nvml_pfn_nvmlDeviceGetNumaNodeId)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetNumaNodeId);
    if (__builtin_expect(real != NULL, 1))
        return real(device, node);
    return slow_nvmlDeviceGetNumaNodeId(device, node);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetNvLinkCapability(nvmlDevice_t device, unsigned int link, nvmlNvLinkCapability_t capability, unsigned int *capResult)
{
    quanta_nvml_pfn_nvmlDeviceGetNvLinkCapability real = (quanta_nvml_pfn_nvmlDeviceGetNvLinkCapability)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetNvLinkCapability);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetNvLinkCapability);
    }
    return real(device, link, capability, capResult);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetNvLinkCapability(nvmlDevice_t device, unsigned int link, nvmlNvLinkCapability_t capability, unsigned int *capResult)
{
    quanta_nvml_pfn_nvmlDeviceGetNvLinkCapability real = (quanta_nvml_pfn_nvmlDeviceGetNvLinkCapability)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetNvLinkCapability);
    if (__builtin_expect(real != NULL, 1))
        return real(device, link, capability, capResult);
    return slow_nvmlDeviceGetNvLinkCapability(device, link, capability, capResult);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetNvLinkErrorCounter(nvmlDevice_t device, unsigned int link, nvmlNvLinkErrorCounter_t counter, unsigned long long *counterValue)
{
    quanta_nvml_pfn_nvmlDeviceGetNvLinkErrorCounter real = (quanta_nvml_pfn_nvmlDeviceGetNvLinkErrorCounter)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetNvLinkErrorCounter);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetNvLinkErrorCounter);
    }
    return real(device, link, counter, counterValue);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetNvLinkErrorCounter(nvmlDevice_t device, unsigned int link, nvmlNvLinkErrorCounter_t counter, unsigned long long *counterValue)
{
    quanta_nvml_pfn_nvmlDeviceGetNvLinkErrorCounter real = (quanta_nvml_pfn_nvmlDeviceGetNvLinkErrorCounter)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetNvLinkErrorCounter);
    if (__builtin_expect(real != NULL, 1))
        return real(device, link, counter, counterValue);
    return slow_nvmlDeviceGetNvLinkErrorCounter(device, link, counter, counterValue);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetNvLinkInfo(nvmlDevice_t device, nvmlNvLinkInfo_t *info)
{
    quanta_nvml_pfn_nvmlDeviceGetNvLinkInfo real = (quanta_nvml_pfn_nvmlDeviceGetNvLinkInfo)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetNvLinkInfo);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetNvLinkInfo);
    }
    return real(device, info);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetNvLinkInfo(nvmlDevice_t device, nvmlNvLinkInfo_t *info)
{
    quanta_nvml_pfn_nvmlDeviceGetNvLinkInfo real = (quanta_nvml_pfn_nvmlDeviceGetNvLinkInfo)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetNvLinkInfo);
    if (__builtin_expect(real != NULL, 1))
        return real(device, info);
    return slow_nvmlDeviceGetNvLinkInfo(device, info);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetNvLinkRemoteDeviceType(nvmlDevice_t device, unsigned int link, nvmlIntNvLinkDeviceType_t *pNvLinkDeviceType)
{
    quanta_nvml_pfn_nvmlDeviceGetNvLinkRemoteDeviceType real = (quanta_nvml_pfn_nvmlDeviceGetNvLinkRemoteDeviceType)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetNvLinkRemoteDeviceType);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetNvLinkRemoteDeviceType);
    }
    return real(device, link, pNvLinkDeviceType);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetNvLinkRemoteDeviceType(nvmlDevice_t device, unsigned int link, nvmlIntNvLinkDeviceType_t *pNvLinkDeviceType)
{
    quanta_nvml_pfn_nvmlDeviceGetNvLinkRemoteDeviceType real = (quanta_nvml_pfn_nvmlDeviceGetNvLinkRemoteDeviceType)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetNvLinkRemoteDeviceType);
    if (__builtin_expect(real != NULL, 1))
        return real(device, link, pNvLinkDeviceType);
    return slow_nvmlDeviceGetNvLinkRemoteDeviceType(device, link, pNvLinkDeviceType);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetNvLinkRemotePciInfo(nvmlDevice_t device, unsigned int link, nvmlPciInfo_t *pci)
{
    quanta_nvml_pfn_nvmlDeviceGetNvLinkRemotePciInfo real = (quanta_nvml_pfn_nvmlDeviceGetNvLinkRemotePciInfo)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetNvLinkRemotePciInfo);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetNvLinkRemotePciInfo);
    }
    return real(device, link, pci);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetNvLinkRemotePciInfo(nvmlDevice_t device, unsigned int link, nvmlPciInfo_t *pci)
{
    quanta_nvml_pfn_nvmlDeviceGetNvLinkRemotePciInfo real = (quanta_nvml_pfn_nvmlDeviceGetNvLinkRemotePciInfo)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetNvLinkRemotePciInfo);
    if (__builtin_expect(real != NULL, 1))
        return real(device, link, pci);
    return slow_nvmlDeviceGetNvLinkRemotePciInfo(device, link, pci);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetNvLinkRemotePciInfo_v2(nvmlDevice_t device, unsigned int link, nvmlPciInfo_t *pci)
{
    quanta_nvml_pfn_nvmlDeviceGetNvLinkRemotePciInfo_v2 real = (quanta_nvml_pfn_nvmlDeviceGetNvLinkRemotePciInfo_v2)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetNvLinkRemotePciInfo_v2);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetNvLinkRemotePciInfo_v2);
    }
    return real(device, link, pci);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetNvLinkRemotePciInfo_v2(nvmlDevice_t device, unsigned int link, nvmlPciInfo_t *pci)
{
    quanta_nvml_pfn_nvmlDeviceGetNvLinkRemotePciInfo_v2 real = (quanta_nvml_pfn_nvmlDeviceGetNvLinkRemotePciInfo_v2)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetNvLinkRemotePciInfo_v2);
    if (__builtin_expect(real != NULL, 1))
        return real(device, link, pci);
    return slow_nvmlDeviceGetNvLinkRemotePciInfo_v2(device, link, pci);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetNvLinkState(nvmlDevice_t device, unsigned int link, nvmlEnableState_t *isActive)
{
    quanta_nvml_pfn_nvmlDeviceGetNvLinkState real = (quanta_nvml_pfn_nvmlDeviceGetNvLinkState)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetNvLinkState);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetNvLinkState);
    }
    return real(device, link, isActive);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetNvLinkState(nvmlDevice_t device, unsigned int link, nvmlEnableState_t *isActive)
{
    quanta_nvml_pfn_nvmlDeviceGetNvLinkState real = (quanta_nvml_pfn_nvmlDeviceGetNvLinkState)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetNvLinkState);
    if (__builtin_expect(real != NULL, 1))
        return real(device, link, isActive);
    return slow_nvmlDeviceGetNvLinkState(device, link, isActive);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetNvLinkUtilizationControl(nvmlDevice_t device, unsigned int link, unsigned int counter, nvmlNvLinkUtilizationControl_t *control)
{
    quanta_nvml_pfn_nvmlDeviceGetNvLinkUtilizationControl real = (quanta_nvml_pfn_nvmlDeviceGetNvLinkUtilizationControl)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetNvLinkUtilizationControl);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetNvLinkUtilizationControl);
    }
    return real(device, link, counter, control);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetNvLinkUtilizationControl(nvmlDevice_t device, unsigned int link, unsigned int counter, nvmlNvLinkUtilizationControl_t *control)
{
    quanta_nvml_pfn_nvmlDeviceGetNvLinkUtilizationControl real = (quanta_nvml_pfn_nvmlDeviceGetNvLinkUtilizationControl)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetNvLinkUtilizationControl);
    if (__builtin_expect(real != NULL, 1))
        return real(device, link, counter, control);
    return slow_nvmlDeviceGetNvLinkUtilizationControl(device, link, counter, control);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetNvLinkUtilizationCounter(nvmlDevice_t device, unsigned int link, unsigned int counter, unsigned long long *rxcounter, unsigned long long *txcounter)
{
    quanta_nvml_pfn_nvmlDeviceGetNvLinkUtilizationCounter real = (quanta_nvml_pfn_nvmlDeviceGetNvLinkUtilizationCounter)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetNvLinkUtilizationCounter);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetNvLinkUtilizationCounter);
    }
    return real(device, link, counter, rxcounter, txcounter);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetNvLinkUtilizationCounter(nvmlDevice_t device, unsigned int link, unsigned int counter, unsigned long long *rxcounter, unsigned long long *txcounter)
{
    quanta_nvml_pfn_nvmlDeviceGetNvLinkUtilizationCounter real = (quanta_nvml_pfn_nvmlDeviceGetNvLinkUtilizationCounter)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetNvLinkUtilizationCounter);
    if (__builtin_expect(real != NULL, 1))
        return real(device, link, counter, rxcounter, txcounter);
    return slow_nvmlDeviceGetNvLinkUtilizationCounter(device, link, counter, rxcounter, txcounter);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetNvLinkVersion(nvmlDevice_t device, unsigned int link, unsigned int *version)
{
    quanta_nvml_pfn_nvmlDeviceGetNvLinkVersion real = (quanta_nvml_pfn_nvmlDeviceGetNvLinkVersion)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetNvLinkVersion);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetNvLinkVersion);
    }
    return real(device, link, version);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetNvLinkVersion(nvmlDevice_t device, unsigned int link, unsigned int *version)
{
    quanta_nvml_pfn_nvmlDeviceGetNvLinkVersion real = (quanta_nvml_pfn_nvmlDeviceGetNvLinkVersion)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetNvLinkVersion);
    if (__builtin_expect(real != NULL, 1))
        return real(device, link, version);
    return slow_nvmlDeviceGetNvLinkVersion(device, link, version);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetNvlinkBwMode(nvmlDevice_t device, nvmlNvlinkGetBwMode_t *getBwMode)
{
    quanta_nvml_pfn_nvmlDeviceGetNvlinkBwMode real = (quanta_nvml_pfn_nvmlDeviceGetNvlinkBwMode)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetNvlinkBwMode);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetNvlinkBwMode);
    }
    return real(device, getBwMode);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetNvlinkBwMode(nvmlDevice_t device, nvmlNvlinkGetBwMode_t *getBwMode)
{
    quanta_nvml_pfn_nvmlDeviceGetNvlinkBwMode real = (quanta_nvml_pfn_nvmlDeviceGetNvlinkBwMode)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetNvlinkBwMode);
    if (__builtin_expect(real != NULL, 1))
        return real(device, getBwMode);
    return slow_nvmlDeviceGetNvlinkBwMode(device, getBwMode);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetNvlinkSupportedBwModes(nvmlDevice_t device, nvmlNvlinkSupportedBwModes_t *supportedBwMode)
{
    quanta_nvml_pfn_nvmlDeviceGetNvlinkSupportedBwModes real = (quanta_nvml_pfn_nvmlDeviceGetNvlinkSupportedBwModes)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetNvlinkSupportedBwModes);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetNvlinkSupportedBwModes);
    }
    return real(device, supportedBwMode);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetNvlinkSupportedBwModes(nvmlDevice_t device, nvmlNvlinkSupportedBwModes_t *supportedBwMode)
{
    quanta_nvml_pfn_nvmlDeviceGetNvlinkSupportedBwModes real = (quanta_nvml_pfn_nvmlDeviceGetNvlinkSupportedBwModes)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetNvlinkSupportedBwModes);
    if (__builtin_expect(real != NULL, 1))
        return real(device, supportedBwMode);
    return slow_nvmlDeviceGetNvlinkSupportedBwModes(device, supportedBwMode);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetOfaUtilization(nvmlDevice_t device, unsigned int *utilization, unsigned int *samplingPeriodUs)
{
    quanta_nvml_pfn_nvmlDeviceGetOfaUtilization real = (quanta_nvml_pfn_nvmlDeviceGetOfaUtilization)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetOfaUtilization);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetOfaUtilization);
    }
    return real(device, utilization, samplingPeriodUs);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetOfaUtilization(nvmlDevice_t device, unsigned int *utilization, unsigned int *samplingPeriodUs)
{
    quanta_nvml_pfn_nvmlDeviceGetOfaUtilization real = (quanta_nvml_pfn_nvmlDeviceGetOfaUtilization)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetOfaUtilization);
    if (__builtin_expect(real != NULL, 1))
        return real(device, utilization, samplingPeriodUs);
    return slow_nvmlDeviceGetOfaUtilization(device, utilization, samplingPeriodUs);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetP2PStatus(nvmlDevice_t device1, nvmlDevice_t device2, nvmlGpuP2PCapsIndex_t p2pIndex, nvmlGpuP2PStatus_t *p2pStatus)
{
    quanta_nvml_pfn_nvmlDeviceGetP2PStatus real = (quanta_nvml_pfn_nvmlDeviceGetP2PStatus)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetP2PStatus);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetP2PStatus);
    }
    return real(device1, device2, p2pIndex, p2pStatus);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetP2PStatus(nvmlDevice_t device1, nvmlDevice_t device2, nvmlGpuP2PCapsIndex_t p2pIndex, nvmlGpuP2PStatus_t *p2pStatus)
{
    quanta_nvml_pfn_nvmlDeviceGetP2PStatus real = (quanta_nvml_pfn_nvmlDeviceGetP2PStatus)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetP2PStatus);
    if (__builtin_expect(real != NULL, 1))
        return real(device1, device2, p2pIndex, p2pStatus);
    return slow_nvmlDeviceGetP2PStatus(device1, device2, p2pIndex, p2pStatus);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetPciInfo(nvmlDevice_t device, nvmlPciInfo_t *pci)
{
    quanta_nvml_pfn_nvmlDeviceGetPciInfo real = (quanta_nvml_pfn_nvmlDeviceGetPciInfo)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetPciInfo);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetPciInfo);
    }
    return real(device, pci);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetPciInfo(nvmlDevice_t device, nvmlPciInfo_t *pci)
{
    quanta_nvml_pfn_nvmlDeviceGetPciInfo real = (quanta_nvml_pfn_nvmlDeviceGetPciInfo)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetPciInfo);
    if (__builtin_expect(real != NULL, 1))
        return real(device, pci);
    return slow_nvmlDeviceGetPciInfo(device, pci);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetPciInfo_v2(nvmlDevice_t device, nvmlPciInfo_t *pci)
{
    quanta_nvml_pfn_nvmlDeviceGetPciInfo_v2 real = (quanta_nvml_pfn_nvmlDeviceGetPciInfo_v2)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetPciInfo_v2);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetPciInfo_v2);
    }
    return real(device, pci);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetPciInfo_v2(nvmlDevice_t device, nvmlPciInfo_t *pci)
{
    quanta_nvml_pfn_nvmlDeviceGetPciInfo_v2 real = (quanta_nvml_pfn_nvmlDeviceGetPciInfo_v2)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetPciInfo_v2);
    if (__builtin_expect(real != NULL, 1))
        return real(device, pci);
    return slow_nvmlDeviceGetPciInfo_v2(device, pci);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetPciInfo_v3(nvmlDevice_t device, nvmlPciInfo_t *pci)
{
    quanta_nvml_pfn_nvmlDeviceGetPciInfo_v3 real = (quanta_nvml_pfn_nvmlDeviceGetPciInfo_v3)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetPciInfo_v3);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetPciInfo_v3);
    }
    return real(device, pci);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetPciInfo_v3(nvmlDevice_t device, nvmlPciInfo_t *pci)
{
    quanta_nvml_pfn_nvmlDeviceGetPciInfo_v3 real = (quanta_nvml_pfn_nvmlDeviceGetPciInfo_v3)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetPciInfo_v3);
    if (__builtin_expect(real != NULL, 1))
        return real(device, pci);
    return slow_nvmlDeviceGetPciInfo_v3(device, pci);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetPciInfoExt(nvmlDevice_t device, nvmlPciInfoExt_t *pci)
{
    quanta_nvml_pfn_nvmlDeviceGetPciInfoExt real = (quanta_nvml_pfn_nvmlDeviceGetPciInfoExt)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetPciInfoExt);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetPciInfoExt);
    }
    return real(device, pci);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetPciInfoExt(nvmlDevice_t device, nvmlPciInfoExt_t *pci)
{
    quanta_nvml_pfn_nvmlDeviceGetPciInfoExt real = (quanta_nvml_pfn_nvmlDeviceGetPciInfoExt)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetPciInfoExt);
    if (__builtin_expect(real != NULL, 1))
        return real(device, pci);
    return slow_nvmlDeviceGetPciInfoExt(device, pci);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetPcieLinkMaxSpeed(nvmlDevice_t device, unsigned int *maxSpeed)
{
    quanta_nvml_pfn_nvmlDeviceGetPcieLinkMaxSpeed real = (quanta_nvml_pfn_nvmlDeviceGetPcieLinkMaxSpeed)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetPcieLinkMaxSpeed);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetPcieLinkMaxSpeed);
    }
    return real(device, maxSpeed);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetPcieLinkMaxSpeed(nvmlDevice_t device, unsigned int *maxSpeed)
{
    quanta_nvml_pfn_nvmlDeviceGetPcieLinkMaxSpeed real = (quanta_nvml_pfn_nvmlDeviceGetPcieLinkMaxSpeed)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetPcieLinkMaxSpeed);
    if (__builtin_expect(real != NULL, 1))
        return real(device, maxSpeed);
    return slow_nvmlDeviceGetPcieLinkMaxSpeed(device, maxSpeed);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetPcieReplayCounter(nvmlDevice_t device, unsigned int *value)
{
    quanta_nvml_pfn_nvmlDeviceGetPcieReplayCounter real = (quanta_nvml_pfn_nvmlDeviceGetPcieReplayCounter)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetPcieReplayCounter);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetPcieReplayCounter);
    }
    return real(device, value);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetPcieReplayCounter(nvmlDevice_t device, unsigned int *value)
{
    quanta_nvml_pfn_nvmlDeviceGetPcieReplayCounter real = (quanta_nvml_pfn_nvmlDeviceGetPcieReplayCounter)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetPcieReplayCounter);
    if (__builtin_expect(real != NULL, 1))
        return real(device, value);
    return slow_nvmlDeviceGetPcieReplayCounter(device, value);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetPcieSpeed(nvmlDevice_t device, unsigned int *pcieSpeed)
{
    quanta_nvml_pfn_nvmlDeviceGetPcieSpeed real = (quanta_nvml_pfn_nvmlDeviceGetPcieSpeed)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetPcieSpeed);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetPcieSpeed);
    }
    return real(device, pcieSpeed);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetPcieSpeed(nvmlDevice_t device, unsigned int *pcieSpeed)
{
    quanta_nvml_pfn_nvmlDeviceGetPcieSpeed real = (quanta_nvml_pfn_nvmlDeviceGetPcieSpeed)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetPcieSpeed);
    if (__builtin_expect(real != NULL, 1))
        return real(device, pcieSpeed);
    return slow_nvmlDeviceGetPcieSpeed(device, pcieSpeed);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetPcieThroughput(nvmlDevice_t device, nvmlPcieUtilCounter_t counter, unsigned int *value)
{
    quanta_nvml_pfn_nvmlDeviceGetPcieThroughput real = (quanta_nvml_pfn_nvmlDeviceGetPcieThroughput)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetPcieThroughput);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetPcieThroughput);
    }
    return real(device, counter, value);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetPcieThroughput(nvmlDevice_t device, nvmlPcieUtilCounter_t counter, unsigned int *value)
{
    quanta_nvml_pfn_nvmlDeviceGetPcieThroughput real = (quanta_nvml_pfn_nvmlDeviceGetPcieThroughput)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetPcieThroughput);
    if (__builtin_expect(real != NULL, 1))
        return real(device, counter, value);
    return slow_nvmlDeviceGetPcieThroughput(device, counter, value);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetPdi(nvmlDevice_t device, nvmlPdi_t *pdi)
{
    quanta_nvml_pfn_nvmlDeviceGetPdi real = (quanta_nvml_pfn_nvmlDeviceGetPdi)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetPdi);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetPdi);
    }
    return real(device, pdi);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetPdi(nvmlDevice_t device, nvmlPdi_t *pdi)
{
    quanta_nvml_pfn_nvmlDeviceGetPdi real = (quanta_nvml_pfn_nvmlDeviceGetPdi)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetPdi);
    if (__builtin_expect(real != NULL, 1))
        return real(device, pdi);
    return slow_nvmlDeviceGetPdi(device, pdi);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetPerformanceModes(nvmlDevice_t device, nvmlDevicePerfModes_t *perfModes)
{
    quanta_nvml_pfn_nvmlDeviceGetPerformanceModes real = (quanta_nvml_pfn_nvmlDeviceGetPerformanceModes)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetPerformanceModes);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetPerformanceModes);
    }
    return real(device, perfModes);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetPerformanceModes(nvmlDevice_t device, nvmlDevicePerfModes_t *perfModes)
{
    quanta_nvml_pfn_nvmlDeviceGetPerformanceModes real = (quanta_nvml_pfn_nvmlDeviceGetPerformanceModes)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetPerformanceModes);
    if (__builtin_expect(real != NULL, 1))
        return real(device, perfModes);
    return slow_nvmlDeviceGetPerformanceModes(device, perfModes);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetPerformanceState(nvmlDevice_t device, nvmlPstates_t *pState)
{
    quanta_nvml_pfn_nvmlDeviceGetPerformanceState real = (quanta_nvml_pfn_nvmlDeviceGetPerformanceState)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetPerformanceState);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetPerformanceState);
    }
    return real(device, pState);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetPerformanceState(nvmlDevice_t device, nvmlPstates_t *pState)
{
    quanta_nvml_pfn_nvmlDeviceGetPerformanceState real = (quanta_nvml_pfn_nvmlDeviceGetPerformanceState)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetPerformanceState);
    if (__builtin_expect(real != NULL, 1))
        return real(device, pState);
    return slow_nvmlDeviceGetPerformanceState(device, pState);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetPersistenceMode(nvmlDevice_t device, nvmlEnableState_t *mode)
{
    quanta_nvml_pfn_nvmlDeviceGetPersistenceMode real = (quanta_nvml_pfn_nvmlDeviceGetPersistenceMode)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetPersistenceMode);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetPersistenceMode);
    }
    return real(device, mode);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetPersistenceMode(nvmlDevice_t device, nvmlEnableState_t *mode)
{
    quanta_nvml_pfn_nvmlDeviceGetPersistenceMode real = (quanta_nvml_pfn_nvmlDeviceGetPersistenceMode)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetPersistenceMode);
    if (__builtin_expect(real != NULL, 1))
        return real(device, mode);
    return slow_nvmlDeviceGetPersistenceMode(device, mode);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetPgpuMetadataString(nvmlDevice_t device, char *pgpuMetadata, unsigned int *bufferSize)
{
    quanta_nvml_pfn_nvmlDeviceGetPgpuMetadataString real = (quanta_nvml_pfn_nvmlDeviceGetPgpuMetadataString)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetPgpuMetadataString);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetPgpuMetadataString);
    }
    return real(device, pgpuMetadata, bufferSize);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetPgpuMetadataString(nvmlDevice_t device, char *pgpuMetadata, unsigned int *bufferSize)
{
    quanta_nvml_pfn_nvmlDeviceGetPgpuMetadataString real = (quanta_nvml_pfn_nvmlDeviceGetPgpuMetadataString)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetPgpuMetadataString);
    if (__builtin_expect(real != NULL, 1))
        return real(device, pgpuMetadata, bufferSize);
    return slow_nvmlDeviceGetPgpuMetadataString(device, pgpuMetadata, bufferSize);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetPlatformInfo(nvmlDevice_t device, nvmlPlatformInfo_t *platformInfo)
{
    quanta_nvml_pfn_nvmlDeviceGetPlatformInfo real = (quanta_nvml_pfn_nvmlDeviceGetPlatformInfo)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetPlatformInfo);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetPlatformInfo);
    }
    return real(device, platformInfo);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetPlatformInfo(nvmlDevice_t device, nvmlPlatformInfo_t *platformInfo)
{
    quanta_nvml_pfn_nvmlDeviceGetPlatformInfo real = (quanta_nvml_pfn_nvmlDeviceGetPlatformInfo)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetPlatformInfo);
    if (__builtin_expect(real != NULL, 1))
        return real(device, platformInfo);
    return slow_nvmlDeviceGetPlatformInfo(device, platformInfo);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetPowerManagementDefaultLimit(nvmlDevice_t device, unsigned int *defaultLimit)
{
    quanta_nvml_pfn_nvmlDeviceGetPowerManagementDefaultLimit real = (quanta_nvml_pfn_nvmlDeviceGetPowerManagementDefaultLimit)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetPowerManagementDefaultLimit);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetPowerManagementDefaultLimit);
    }
    return real(device, defaultLimit);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetPowerManagementDefaultLimit(nvmlDevice_t device, unsigned int *defaultLimit)
{
    quanta_nvml_pfn_nvmlDeviceGetPowerManagementDefaultLimit real = (quanta_nvml_pfn_nvmlDeviceGetPowerManagementDefaultLimit)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetPowerManagementDefaultLimit);
    if (__builtin_expect(real != NULL, 1))
        return real(device, defaultLimit);
    return slow_nvmlDeviceGetPowerManagementDefaultLimit(device, defaultLimit);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetPowerManagementLimit(nvmlDevice_t device, unsigned int *limit)
{
    quanta_nvml_pfn_nvmlDeviceGetPowerManagementLimit real = (quanta_nvml_pfn_nvmlDeviceGetPowerManagementLimit)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetPowerManagementLimit);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetPowerManagementLimit);
    }
    return real(device, limit);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetPowerManagementLimit(nvmlDevice_t device, unsigned int *limit)
{
    quanta_nvml_pfn_nvmlDeviceGetPowerManagementLimit real = (quanta_nvml_pfn_nvmlDeviceGetPowerManagementLimit)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetPowerManagementLimit);
    if (__builtin_expect(real != NULL, 1))
        return real(device, limit);
    return slow_nvmlDeviceGetPowerManagementLimit(device, limit);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetPowerManagementLimitConstraints(nvmlDevice_t device, unsigned int *minLimit, unsigned int *maxLimit)
{
    quanta_nvml_pfn_nvmlDeviceGetPowerManagementLimitConstraints real = (quanta_nvml_pfn_nvmlDeviceGetPowerManagementLimitConstraints)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetPowerManagementLimitConstraints);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetPowerManagementLimitConstraints);
    }
    return real(device, minLimit, maxLimit);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetPowerManagementLimitConstraints(nvmlDevice_t device, unsigned int *minLimit, unsigned int *maxLimit)
{
    quanta_nvml_pfn_nvmlDeviceGetPowerManagementLimitConstraints real = (quanta_nvml_pfn_nvmlDeviceGetPowerManagementLimitConstraints)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetPowerManagementLimitConstraints);
    if (__builtin_expect(real != NULL, 1))
        return real(device, minLimit, maxLimit);
    return slow_nvmlDeviceGetPowerManagementLimitConstraints(device, minLimit, maxLimit);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetPowerManagementMode(nvmlDevice_t device, nvmlEnableState_t *mode)
{
    quanta_nvml_pfn_nvmlDeviceGetPowerManagementMode real = (quanta_nvml_pfn_nvmlDeviceGetPowerManagementMode)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetPowerManagementMode);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetPowerManagementMode);
    }
    return real(device, mode);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetPowerManagementMode(nvmlDevice_t device, nvmlEnableState_t *mode)
{
    quanta_nvml_pfn_nvmlDeviceGetPowerManagementMode real = (quanta_nvml_pfn_nvmlDeviceGetPowerManagementMode)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetPowerManagementMode);
    if (__builtin_expect(real != NULL, 1))
        return real(device, mode);
    return slow_nvmlDeviceGetPowerManagementMode(device, mode);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetPowerMizerMode_v1(nvmlDevice_t device, nvmlDevicePowerMizerModes_v1_t *powerMizerMode)
{
    quanta_nvml_pfn_nvmlDeviceGetPowerMizerMode_v1 real = (quanta_nvml_pfn_nvmlDeviceGetPowerMizerMode_v1)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetPowerMizerMode_v1);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetPowerMizerMode_v1);
    }
    return real(device, powerMizerMode);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetPowerMizerMode_v1(nvmlDevice_t device, nvmlDevicePowerMizerModes_v1_t *powerMizerMode)
{
    quanta_nvml_pfn_nvmlDeviceGetPowerMizerMode_v1 real = (quanta_nvml_pfn_nvmlDeviceGetPowerMizerMode_v1)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetPowerMizerMode_v1);
    if (__builtin_expect(real != NULL, 1))
        return real(device, powerMizerMode);
    return slow_nvmlDeviceGetPowerMizerMode_v1(device, powerMizerMode);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetPowerSource(nvmlDevice_t device, nvmlPowerSource_t *powerSource)
{
    quanta_nvml_pfn_nvmlDeviceGetPowerSource real = (quanta_nvml_pfn_nvmlDeviceGetPowerSource)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetPowerSource);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetPowerSource);
    }
    return real(device, powerSource);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetPowerSource(nvmlDevice_t device, nvmlPowerSource_t *powerSource)
{
    quanta_nvml_pfn_nvmlDeviceGetPowerSource real = (quanta_nvml_pfn_nvmlDeviceGetPowerSource)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetPowerSource);
    if (__builtin_expect(real != NULL, 1))
        return real(device, powerSource);
    return slow_nvmlDeviceGetPowerSource(device, powerSource);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetPowerState(nvmlDevice_t device, nvmlPstates_t *pState)
{
    quanta_nvml_pfn_nvmlDeviceGetPowerState real = (quanta_nvml_pfn_nvmlDeviceGetPowerState)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetPowerState);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetPowerState);
    }
    return real(device, pState);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetPowerState(nvmlDevice_t device, nvmlPstates_t *pState)
{
    quanta_nvml_pfn_nvmlDeviceGetPowerState real = (quanta_nvml_pfn_nvmlDeviceGetPowerState)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetPowerState);
    if (__builtin_expect(real != NULL, 1))
        return real(device, pState);
    return slow_nvmlDeviceGetPowerState(device, pState);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetPowerUsage(nvmlDevice_t device, unsigned int *power)
{
    quanta_nvml_pfn_nvmlDeviceGetPowerUsage real = (quanta_nvml_pfn_nvmlDeviceGetPowerUsage)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetPowerUsage);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetPowerUsage);
    }
    return real(device, power);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetPowerUsage(nvmlDevice_t device, unsigned int *power)
{
    quanta_nvml_pfn_nvmlDeviceGetPowerUsage real = (quanta_nvml_pfn_nvmlDeviceGetPowerUsage)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetPowerUsage);
    if (__builtin_expect(real != NULL, 1))
        return real(device, power);
    return slow_nvmlDeviceGetPowerUsage(device, power);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetProcessUtilization(nvmlDevice_t device, nvmlProcessUtilizationSample_t *utilization, unsigned int *processSamplesCount, unsigned long long lastSeenTimeStamp)
{
    quanta_nvml_pfn_nvmlDeviceGetProcessUtilization real = (quanta_nvml_pfn_nvmlDeviceGetProcessUtilization)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetProcessUtilization);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetProcessUtilization);
    }
    return real(device, utilization, processSamplesCount, lastSeenTimeStamp);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetProcessUtilization(nvmlDevice_t device, nvmlProcessUtilizationSample_t *utilization, unsigned int *processSamplesCount, unsigned long long lastSeenTimeStamp)
{
    quanta_nvml_pfn_nvmlDeviceGetProcessUtilization real = (quanta_nvml_pfn_nvmlDeviceGetProcessUtilization)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetProcessUtilization);
    if (__builtin_expect(real != NULL, 1))
        return real(device, utilization, processSamplesCount, lastSeenTimeStamp);
    return slow_nvmlDeviceGetProcessUtilization(device, utilization, processSamplesCount, lastSeenTimeStamp);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetProcessesUtilizationInfo(nvmlDevice_t device, nvmlProcessesUtilizationInfo_t *procesesUtilInfo)
{
    quanta_nvml_pfn_nvmlDeviceGetProcessesUtilizationInfo real = (quanta_nvml_pfn_nvmlDeviceGetProcessesUtilizationInfo)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetProcessesUtilizationInfo);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetProcessesUtilizationInfo);
    }
    return real(device, procesesUtilInfo);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetProcessesUtilizationInfo(nvmlDevice_t device, nvmlProcessesUtilizationInfo_t *procesesUtilInfo)
{
    quanta_nvml_pfn_nvmlDeviceGetProcessesUtilizationInfo real = (quanta_nvml_pfn_nvmlDeviceGetProcessesUtilizationInfo)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetProcessesUtilizationInfo);
    if (__builtin_expect(real != NULL, 1))
        return real(device, procesesUtilInfo);
    return slow_nvmlDeviceGetProcessesUtilizationInfo(device, procesesUtilInfo);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetRemappedRows(nvmlDevice_t device, unsigned int *corrRows, unsigned int *uncRows, unsigned int *isPending, unsigned int *failureOccurred)
{
    quanta_nvml_pfn_nvmlDeviceGetRemappedRows real = (quanta_nvml_pfn_nvmlDeviceGetRemappedRows)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetRemappedRows);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetRemappedRows);
    }
    return real(device, corrRows, uncRows, isPending, failureOccurred);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetRemappedRows(nvmlDevice_t device, unsigned int *corrRows, unsigned int *uncRows, unsigned int *isPending, unsigned int *failureOccurred)
{
    quanta_nvml_pfn_nvmlDeviceGetRemappedRows real = (quanta_nvml_pfn_nvmlDeviceGetRemappedRows)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetRemappedRows);
    if (__builtin_expect(real != NULL, 1))
        return real(device, corrRows, uncRows, isPending, failureOccurred);
    return slow_nvmlDeviceGetRemappedRows(device, corrRows, uncRows, isPending, failureOccurred);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetRepairStatus(nvmlDevice_t device, nvmlRepairStatus_t *repairStatus)
{
    quanta_nvml_pfn_nvmlDeviceGetRepairStatus real = (quanta_nvml_pfn_nvmlDeviceGetRepairStatus)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetRepairStatus);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetRepairStatus);
    }
    return real(device, repairStatus);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetRepairStatus(nvmlDevice_t device, nvmlRepairStatus_t *repairStatus)
{
    quanta_nvml_pfn_nvmlDeviceGetRepairStatus real = (quanta_nvml_pfn_nvmlDeviceGetRepairStatus)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetRepairStatus);
    if (__builtin_expect(real != NULL, 1))
        return real(device, repairStatus);
    return slow_nvmlDeviceGetRepairStatus(device, repairStatus);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetRetiredPages(nvmlDevice_t device, nvmlPageRetirementCause_t cause, unsigned int *pageCount, unsigned long long *addresses)
{
    quanta_nvml_pfn_nvmlDeviceGetRetiredPages real = (quanta_nvml_pfn_nvmlDeviceGetRetiredPages)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetRetiredPages);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetRetiredPages);
    }
    return real(device, cause, pageCount, addresses);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetRetiredPages(nvmlDevice_t device, nvmlPageRetirementCause_t cause, unsigned int *pageCount, unsigned long long *addresses)
{
    quanta_nvml_pfn_nvmlDeviceGetRetiredPages real = (quanta_nvml_pfn_nvmlDeviceGetRetiredPages)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetRetiredPages);
    if (__builtin_expect(real != NULL, 1))
        return real(device, cause, pageCount, addresses);
    return slow_nvmlDeviceGetRetiredPages(device, cause, pageCount, addresses);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetRetiredPages_v2(nvmlDevice_t device, nvmlPageRetirementCause_t cause, unsigned int *pageCount, unsigned long long *addresses, unsigned long long *timestamps)
{
    quanta_nvml_pfn_nvmlDeviceGetRetiredPages_v2 real = (quanta_nvml_pfn_nvmlDeviceGetRetiredPages_v2)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetRetiredPages_v2);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetRetiredPages_v2);
    }
    return real(device, cause, pageCount, addresses, timestamps);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetRetiredPages_v2(nvmlDevice_t device, nvmlPageRetirementCause_t cause, unsigned int *pageCount, unsigned long long *addresses, unsigned long long *timestamps)
{
    quanta_nvml_pfn_nvmlDeviceGetRetiredPages_v2 real = (quanta_nvml_pfn_nvmlDeviceGetRetiredPages_v2)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetRetiredPages_v2);
    if (__builtin_expect(real != NULL, 1))
        return real(device, cause, pageCount, addresses, timestamps);
    return slow_nvmlDeviceGetRetiredPages_v2(device, cause, pageCount, addresses, timestamps);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetRetiredPagesPendingStatus(nvmlDevice_t device, nvmlEnableState_t *isPending)
{
    quanta_nvml_pfn_nvmlDeviceGetRetiredPagesPendingStatus real = (quanta_nvml_pfn_nvmlDeviceGetRetiredPagesPendingStatus)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetRetiredPagesPendingStatus);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetRetiredPagesPendingStatus);
    }
    return real(device, isPending);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetRetiredPagesPendingStatus(nvmlDevice_t device, nvmlEnableState_t *isPending)
{
    quanta_nvml_pfn_nvmlDeviceGetRetiredPagesPendingStatus real = (quanta_nvml_pfn_nvmlDeviceGetRetiredPagesPendingStatus)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetRetiredPagesPendingStatus);
    if (__builtin_expect(real != NULL, 1))
        return real(device, isPending);
    return slow_nvmlDeviceGetRetiredPagesPendingStatus(device, isPending);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetRowRemapperHistogram(nvmlDevice_t device, nvmlRowRemapperHistogramValues_t *values)
{
    quanta_nvml_pfn_nvmlDeviceGetRowRemapperHistogram real = (quanta_nvml_pfn_nvmlDeviceGetRowRemapperHistogram)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetRowRemapperHistogram);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetRowRemapperHistogram);
    }
    return real(device, values);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetRowRemapperHistogram(nvmlDevice_t device, nvmlRowRemapperHistogramValues_t *values)
{
    quanta_nvml_pfn_nvmlDeviceGetRowRemapperHistogram real = (quanta_nvml_pfn_nvmlDeviceGetRowRemapperHistogram)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetRowRemapperHistogram);
    if (__builtin_expect(real != NULL, 1))
        return real(device, values);
    return slow_nvmlDeviceGetRowRemapperHistogram(device, values);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetRunningProcessDetailList(nvmlDevice_t device, nvmlProcessDetailList_t *plist)
{
    quanta_nvml_pfn_nvmlDeviceGetRunningProcessDetailList real = (quanta_nvml_pfn_nvmlDeviceGetRunningProcessDetailList)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetRunningProcessDetailList);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetRunningProcessDetailList);
    }
    return real(device, plist);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetRunningProcessDetailList(nvmlDevice_t device, nvmlProcessDetailList_t *plist)
{
    quanta_nvml_pfn_nvmlDeviceGetRunningProcessDetailList real = (quanta_nvml_pfn_nvmlDeviceGetRunningProcessDetailList)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetRunningProcessDetailList);
    if (__builtin_expect(real != NULL, 1))
        return real(device, plist);
    return slow_nvmlDeviceGetRunningProcessDetailList(device, plist);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetSamples(nvmlDevice_t device, nvmlSamplingType_t type, unsigned long long lastSeenTimeStamp, nvmlValueType_t *sampleValType, unsigned int *sampleCount, nvmlSample_t *samples)
{
    quanta_nvml_pfn_nvmlDeviceGetSamples real = (quanta_nvml_pfn_nvmlDeviceGetSamples)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetSamples);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetSamples);
    }
    return real(device, type, lastSeenTimeStamp, sampleValType, sampleCount, samples);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetSamples(nvmlDevice_t device, nvmlSamplingType_t type, unsigned long long lastSeenTimeStamp, nvmlValueType_t *sampleValType, unsigned int *sampleCount, nvmlSample_t *samples)
{
    quanta_nvml_pfn_nvmlDeviceGetSamples real = (quanta_nvml_pfn_nvmlDeviceGetSamples)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetSamples);
    if (__builtin_expect(real != NULL, 1))
        return real(device, type, lastSeenTimeStamp, sampleValType, sampleCount, samples);
    return slow_nvmlDeviceGetSamples(device, type, lastSeenTimeStamp, sampleValType, sampleCount, samples);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetSerial(nvmlDevice_t device, char *serial, unsigned int length)
{
    quanta_nvml_pfn_nvmlDeviceGetSerial real = (quanta_nvml_pfn_nvmlDeviceGetSerial)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetSerial);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetSerial);
    }
    return real(device, serial, length);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetSerial(nvmlDevice_t device, char *serial, unsigned int length)
{
    quanta_nvml_pfn_nvmlDeviceGetSerial real = (quanta_nvml_pfn_nvmlDeviceGetSerial)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetSerial);
    if (__builtin_expect(real != NULL, 1))
        return real(device, serial, length);
    return slow_nvmlDeviceGetSerial(device, serial, length);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetSramEccErrorStatus(nvmlDevice_t device, nvmlEccSramErrorStatus_t *status)
{
    quanta_nvml_pfn_nvmlDeviceGetSramEccErrorStatus real = (quanta_nvml_pfn_nvmlDeviceGetSramEccErrorStatus)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetSramEccErrorStatus);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetSramEccErrorStatus);
    }
    return real(device, status);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetSramEccErrorStatus(nvmlDevice_t device, nvmlEccSramErrorStatus_t *status)
{
    quanta_nvml_pfn_nvmlDeviceGetSramEccErrorStatus real = (quanta_nvml_pfn_nvmlDeviceGetSramEccErrorStatus)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetSramEccErrorStatus);
    if (__builtin_expect(real != NULL, 1))
        return real(device, status);
    return slow_nvmlDeviceGetSramEccErrorStatus(device, status);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetSramUniqueUncorrectedEccErrorCounts(nvmlDevice_t device, nvmlEccSramUniqueUncorrectedErrorCounts_t *errorCounts)
{
    quanta_nvml_pfn_nvmlDeviceGetSramUniqueUncorrectedEccErrorCounts real = (quanta_nvml_pfn_nvmlDeviceGetSramUniqueUncorrectedEccErrorCounts)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetSramUniqueUncorrectedEccErrorCounts);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetSramUniqueUncorrectedEccErrorCounts);
    }
    return real(device, errorCounts);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetSramUniqueUncorrectedEccErrorCounts(nvmlDevice_t device, nvmlEccSramUniqueUncorrectedErrorCounts_t *errorCounts)
{
    quanta_nvml_pfn_nvmlDeviceGetSramUniqueUncorrectedEccErrorCounts real = (quanta_nvml_pfn_nvmlDeviceGetSramUniqueUncorrectedEccErrorCounts)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetSramUniqueUncorrectedEccErrorCounts);
    if (__builtin_expect(real != NULL, 1))
        return real(device, errorCounts);
    return slow_nvmlDeviceGetSramUniqueUncorrectedEccErrorCounts(device, errorCounts);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetSupportedClocksEventReasons(nvmlDevice_t device, unsigned long long *supportedClocksEventReasons)
{
    quanta_nvml_pfn_nvmlDeviceGetSupportedClocksEventReasons real = (quanta_nvml_pfn_nvmlDeviceGetSupportedClocksEventReasons)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetSupportedClocksEventReasons);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetSupportedClocksEventReasons);
    }
    return real(device, supportedClocksEventReasons);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetSupportedClocksEventReasons(nvmlDevice_t device, unsigned long long *supportedClocksEventReasons)
{
    quanta_nvml_pfn_nvmlDeviceGetSupportedClocksEventReasons real = (quanta_nvml_pfn_nvmlDeviceGetSupportedClocksEventReasons)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetSupportedClocksEventReasons);
    if (__builtin_expect(real != NULL, 1))
        return real(device, supportedClocksEventReasons);
    return slow_nvmlDeviceGetSupportedClocksEventReasons(device, supportedClocksEventReasons);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetSupportedClocksThrottleReasons(nvmlDevice_t device, unsigned long long *supportedClocksThrottleReasons)
{
    quanta_nvml_pfn_nvmlDeviceGetSupportedClocksThrottleReasons real = (quanta_nvml_pfn_nvmlDeviceGetSupportedClocksThrottleReasons)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetSupportedClocksThrottleReasons);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetSupportedClocksThrottleReasons);
    }
    return real(device, supportedClocksThrottleReasons);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetSupportedClocksThrottleReasons(nvmlDevice_t device, unsigned long long *supportedClocksThrottleReasons)
{
    quanta_nvml_pfn_nvmlDeviceGetSupportedClocksThrottleReasons real = (quanta_nvml_pfn_nvmlDeviceGetSupportedClocksThrottleReasons)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetSupportedClocksThrottleReasons);
    if (__builtin_expect(real != NULL, 1))
        return real(device, supportedClocksThrottleReasons);
    return slow_nvmlDeviceGetSupportedClocksThrottleReasons(device, supportedClocksThrottleReasons);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetSupportedEventTypes(nvmlDevice_t device, unsigned long long *eventTypes)
{
    quanta_nvml_pfn_nvmlDeviceGetSupportedEventTypes real = (quanta_nvml_pfn_nvmlDeviceGetSupportedEventTypes)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetSupportedEventTypes);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetSupportedEventTypes);
    }
    return real(device, eventTypes);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetSupportedEventTypes(nvmlDevice_t device, unsigned long long *eventTypes)
{
    quanta_nvml_pfn_nvmlDeviceGetSupportedEventTypes real = (quanta_nvml_pfn_nvmlDeviceGetSupportedEventTypes)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetSupportedEventTypes);
    if (__builtin_expect(real != NULL, 1))
        return real(device, eventTypes);
    return slow_nvmlDeviceGetSupportedEventTypes(device, eventTypes);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetSupportedGraphicsClocks(nvmlDevice_t device, unsigned int memoryClockMHz, unsigned int *count, unsigned int *clocksMHz)
{
    quanta_nvml_pfn_nvmlDeviceGetSupportedGraphicsClocks real = (quanta_nvml_pfn_nvmlDeviceGetSupportedGraphicsClocks)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetSupportedGraphicsClocks);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetSupportedGraphicsClocks);
    }
    return real(device, memoryClockMHz, count, clocksMHz);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetSupportedGraphicsClocks(nvmlDevice_t device, unsigned int memoryClockMHz, unsigned int *count, unsigned int *clocksMHz)
{
    quanta_nvml_pfn_nvmlDeviceGetSupportedGraphicsClocks real = (quanta_nvml_pfn_nvmlDeviceGetSupportedGraphicsClocks)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetSupportedGraphicsClocks);
    if (__builtin_expect(real != NULL, 1))
        return real(device, memoryClockMHz, count, clocksMHz);
    return slow_nvmlDeviceGetSupportedGraphicsClocks(device, memoryClockMHz, count, clocksMHz);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetSupportedMemoryClocks(nvmlDevice_t device, unsigned int *count, unsigned int *clocksMHz)
{
    quanta_nvml_pfn_nvmlDeviceGetSupportedMemoryClocks real = (quanta_nvml_pfn_nvmlDeviceGetSupportedMemoryClocks)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetSupportedMemoryClocks);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetSupportedMemoryClocks);
    }
    return real(device, count, clocksMHz);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetSupportedMemoryClocks(nvmlDevice_t device, unsigned int *count, unsigned int *clocksMHz)
{
    quanta_nvml_pfn_nvmlDeviceGetSupportedMemoryClocks real = (quanta_nvml_pfn_nvmlDeviceGetSupportedMemoryClocks)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetSupportedMemoryClocks);
    if (__builtin_expect(real != NULL, 1))
        return real(device, count, clocksMHz);
    return slow_nvmlDeviceGetSupportedMemoryClocks(device, count, clocksMHz);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetSupportedPerformanceStates(nvmlDevice_t device, nvmlPstates_t *pstates, unsigned int size)
{
    quanta_nvml_pfn_nvmlDeviceGetSupportedPerformanceStates real = (quanta_nvml_pfn_nvmlDeviceGetSupportedPerformanceStates)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetSupportedPerformanceStates);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetSupportedPerformanceStates);
    }
    return real(device, pstates, size);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetSupportedPerformanceStates(nvmlDevice_t device, nvmlPstates_t *pstates, unsigned int size)
{
    quanta_nvml_pfn_nvmlDeviceGetSupportedPerformanceStates real = (quanta_nvml_pfn_nvmlDeviceGetSupportedPerformanceStates)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetSupportedPerformanceStates);
    if (__builtin_expect(real != NULL, 1))
        return real(device, pstates, size);
    return slow_nvmlDeviceGetSupportedPerformanceStates(device, pstates, size);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetSupportedVgpus(nvmlDevice_t device, unsigned int *vgpuCount, nvmlVgpuTypeId_t *vgpuTypeIds)
{
    quanta_nvml_pfn_nvmlDeviceGetSupportedVgpus real = (quanta_nvml_pfn_nvmlDeviceGetSupportedVgpus)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetSupportedVgpus);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetSupportedVgpus);
    }
    return real(device, vgpuCount, vgpuTypeIds);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetSupportedVgpus(nvmlDevice_t device, unsigned int *vgpuCount, nvmlVgpuTypeId_t *vgpuTypeIds)
{
    quanta_nvml_pfn_nvmlDeviceGetSupportedVgpus real = (quanta_nvml_pfn_nvmlDeviceGetSupportedVgpus)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetSupportedVgpus);
    if (__builtin_expect(real != NULL, 1))
        return real(device, vgpuCount, vgpuTypeIds);
    return slow_nvmlDeviceGetSupportedVgpus(device, vgpuCount, vgpuTypeIds);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetTargetFanSpeed(nvmlDevice_t device, unsigned int fan, unsigned int *targetSpeed)
{
    quanta_nvml_pfn_nvmlDeviceGetTargetFanSpeed real = (quanta_nvml_pfn_nvmlDeviceGetTargetFanSpeed)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetTargetFanSpeed);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetTargetFanSpeed);
    }
    return real(device, fan, targetSpeed);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetTargetFanSpeed(nvmlDevice_t device, unsigned int fan, unsigned int *targetSpeed)
{
    quanta_nvml_pfn_nvmlDeviceGetTargetFanSpeed real = (quanta_nvml_pfn_nvmlDeviceGetTargetFanSpeed)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetTargetFanSpeed);
    if (__builtin_expect(real != NULL, 1))
        return real(device, fan, targetSpeed);
    return slow_nvmlDeviceGetTargetFanSpeed(device, fan, targetSpeed);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetTemperature(nvmlDevice_t device, nvmlTemperatureSensors_t sensorType, unsigned int *temp)
{
    quanta_nvml_pfn_nvmlDeviceGetTemperature real = (quanta_nvml_pfn_nvmlDeviceGetTemperature)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetTemperature);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetTemperature);
    }
    return real(device, sensorType, temp);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetTemperature(nvmlDevice_t device, nvmlTemperatureSensors_t sensorType, unsigned int *temp)
{
    quanta_nvml_pfn_nvmlDeviceGetTemperature real = (quanta_nvml_pfn_nvmlDeviceGetTemperature)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetTemperature);
    if (__builtin_expect(real != NULL, 1))
        return real(device, sensorType, temp);
    return slow_nvmlDeviceGetTemperature(device, sensorType, temp);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetTemperatureThreshold(nvmlDevice_t device, nvmlTemperatureThresholds_t thresholdType, unsigned int *temp)
{
    quanta_nvml_pfn_nvmlDeviceGetTemperatureThreshold real = (quanta_nvml_pfn_nvmlDeviceGetTemperatureThreshold)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetTemperatureThreshold);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetTemperatureThreshold);
    }
    return real(device, thresholdType, temp);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetTemperatureThreshold(nvmlDevice_t device, nvmlTemperatureThresholds_t thresholdType, unsigned int *temp)
{
    quanta_nvml_pfn_nvmlDeviceGetTemperatureThreshold real = (quanta_nvml_pfn_nvmlDeviceGetTemperatureThreshold)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetTemperatureThreshold);
    if (__builtin_expect(real != NULL, 1))
        return real(device, thresholdType, temp);
    return slow_nvmlDeviceGetTemperatureThreshold(device, thresholdType, temp);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetTemperatureV(nvmlDevice_t device, nvmlTemperature_t *temperature)
{
    quanta_nvml_pfn_nvmlDeviceGetTemperatureV real = (quanta_nvml_pfn_nvmlDeviceGetTemperatureV)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetTemperatureV);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetTemperatureV);
    }
    return real(device, temperature);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetTemperatureV(nvmlDevice_t device, nvmlTemperature_t *temperature)
{
    quanta_nvml_pfn_nvmlDeviceGetTemperatureV real = (quanta_nvml_pfn_nvmlDeviceGetTemperatureV)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetTemperatureV);
    if (__builtin_expect(real != NULL, 1))
        return real(device, temperature);
    return slow_nvmlDeviceGetTemperatureV(device, temperature);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetThermalSettings(nvmlDevice_t device, unsigned int sensorIndex, nvmlGpuThermalSettings_t *pThermalSettings)
{
    quanta_nvml_pfn_nvmlDeviceGetThermalSettings real = (quanta_nvml_pfn_nvmlDeviceGetThermalSettings)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetThermalSettings);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetThermalSettings);
    }
    return real(device, sensorIndex, pThermalSettings);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetThermalSettings(nvmlDevice_t device, unsigned int sensorIndex, nvmlGpuThermalSettings_t *pThermalSettings)
{
    quanta_nvml_pfn_nvmlDeviceGetThermalSettings real = (quanta_nvml_pfn_nvmlDeviceGetThermalSettings)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetThermalSettings);
    if (__builtin_expect(real != NULL, 1))
        return real(device, sensorIndex, pThermalSettings);
    return slow_nvmlDeviceGetThermalSettings(device, sensorIndex, pThermalSettings);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetTopologyCommonAncestor(nvmlDevice_t device1, nvmlDevice_t device2, nvmlGpuTopologyLevel_t *pathInfo)
{
    quanta_nvml_pfn_nvmlDeviceGetTopologyCommonAncestor real = (quanta_nvml_pfn_nvmlDeviceGetTopologyCommonAncestor)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetTopologyCommonAncestor);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetTopologyCommonAncestor);
    }
    return real(device1, device2, pathInfo);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetTopologyCommonAncestor(nvmlDevice_t device1, nvmlDevice_t device2, nvmlGpuTopologyLevel_t *pathInfo)
{
    quanta_nvml_pfn_nvmlDeviceGetTopologyCommonAncestor real = (quanta_nvml_pfn_nvmlDeviceGetTopologyCommonAncestor)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetTopologyCommonAncestor);
    if (__builtin_expect(real != NULL, 1))
        return real(device1, device2, pathInfo);
    return slow_nvmlDeviceGetTopologyCommonAncestor(device1, device2, pathInfo);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetTopologyNearestGpus(nvmlDevice_t device, nvmlGpuTopologyLevel_t level, unsigned int *count, nvmlDevice_t *deviceArray)
{
    quanta_nvml_pfn_nvmlDeviceGetTopologyNearestGpus real = (quanta_nvml_pfn_nvmlDeviceGetTopologyNearestGpus)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetTopologyNearestGpus);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetTopologyNearestGpus);
    }
    return real(device, level, count, deviceArray);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetTopologyNearestGpus(nvmlDevice_t device, nvmlGpuTopologyLevel_t level, unsigned int *count, nvmlDevice_t *deviceArray)
{
    quanta_nvml_pfn_nvmlDeviceGetTopologyNearestGpus real = (quanta_nvml_pfn_nvmlDeviceGetTopologyNearestGpus)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetTopologyNearestGpus);
    if (__builtin_expect(real != NULL, 1))
        return real(device, level, count, deviceArray);
    return slow_nvmlDeviceGetTopologyNearestGpus(device, level, count, deviceArray);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetTotalEccErrors(nvmlDevice_t device, nvmlMemoryErrorType_t errorType, nvmlEccCounterType_t counterType, unsigned long long *eccCounts)
{
    quanta_nvml_pfn_nvmlDeviceGetTotalEccErrors real = (quanta_nvml_pfn_nvmlDeviceGetTotalEccErrors)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetTotalEccErrors);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetTotalEccErrors);
    }
    return real(device, errorType, counterType, eccCounts);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetTotalEccErrors(nvmlDevice_t device, nvmlMemoryErrorType_t errorType, nvmlEccCounterType_t counterType, unsigned long long *eccCounts)
{
    quanta_nvml_pfn_nvmlDeviceGetTotalEccErrors real = (quanta_nvml_pfn_nvmlDeviceGetTotalEccErrors)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetTotalEccErrors);
    if (__builtin_expect(real != NULL, 1))
        return real(device, errorType, counterType, eccCounts);
    return slow_nvmlDeviceGetTotalEccErrors(device, errorType, counterType, eccCounts);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetTotalEnergyConsumption(nvmlDevice_t device, unsigned long long *energy)
{
    quanta_nvml_pfn_nvmlDeviceGetTotalEnergyConsumption real = (quanta_nvml_pfn_nvmlDeviceGetTotalEnergyConsumption)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetTotalEnergyConsumption);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetTotalEnergyConsumption);
    }
    return real(device, energy);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetTotalEnergyConsumption(nvmlDevice_t device, unsigned long long *energy)
{
    quanta_nvml_pfn_nvmlDeviceGetTotalEnergyConsumption real = (quanta_nvml_pfn_nvmlDeviceGetTotalEnergyConsumption)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetTotalEnergyConsumption);
    if (__builtin_expect(real != NULL, 1))
        return real(device, energy);
    return slow_nvmlDeviceGetTotalEnergyConsumption(device, energy);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetUUID(nvmlDevice_t device, char *uuid, unsigned int length)
{
    quanta_nvml_pfn_nvmlDeviceGetUUID real = (quanta_nvml_pfn_nvmlDeviceGetUUID)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetUUID);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetUUID);
    }
    return real(device, uuid, length);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetUUID(nvmlDevice_t device, char *uuid, unsigned int length)
{
    quanta_nvml_pfn_nvmlDeviceGetUUID real = (quanta_nvml_pfn_nvmlDeviceGetUUID)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetUUID);
    if (__builtin_expect(real != NULL, 1))
        return real(device, uuid, length);
    return slow_nvmlDeviceGetUUID(device, uuid, length);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetUtilizationRates(nvmlDevice_t device, nvmlUtilization_t *utilization)
{
    quanta_nvml_pfn_nvmlDeviceGetUtilizationRates real = (quanta_nvml_pfn_nvmlDeviceGetUtilizationRates)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetUtilizationRates);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetUtilizationRates);
    }
    return real(device, utilization);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetUtilizationRates(nvmlDevice_t device, nvmlUtilization_t *utilization)
{
    quanta_nvml_pfn_nvmlDeviceGetUtilizationRates real = (quanta_nvml_pfn_nvmlDeviceGetUtilizationRates)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetUtilizationRates);
    if (__builtin_expect(real != NULL, 1))
        return real(device, utilization);
    return slow_nvmlDeviceGetUtilizationRates(device, utilization);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetVbiosVersion(nvmlDevice_t device, char *version, unsigned int length)
{
    quanta_nvml_pfn_nvmlDeviceGetVbiosVersion real = (quanta_nvml_pfn_nvmlDeviceGetVbiosVersion)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetVbiosVersion);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetVbiosVersion);
    }
    return real(device, version, length);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetVbiosVersion(nvmlDevice_t device, char *version, unsigned int length)
{
    quanta_nvml_pfn_nvmlDeviceGetVbiosVersion real = (quanta_nvml_pfn_nvmlDeviceGetVbiosVersion)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetVbiosVersion);
    if (__builtin_expect(real != NULL, 1))
        return real(device, version, length);
    return slow_nvmlDeviceGetVbiosVersion(device, version, length);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetVgpuCapabilities(nvmlDevice_t device, nvmlDeviceVgpuCapability_t capability, unsigned int *capResult)
{
    quanta_nvml_pfn_nvmlDeviceGetVgpuCapabilities real = (quanta_nvml_pfn_nvmlDeviceGetVgpuCapabilities)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetVgpuCapabilities);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetVgpuCapabilities);
    }
    return real(device, capability, capResult);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetVgpuCapabilities(nvmlDevice_t device, nvmlDeviceVgpuCapability_t capability, unsigned int *capResult)
{
    quanta_nvml_pfn_nvmlDeviceGetVgpuCapabilities real = (quanta_nvml_pfn_nvmlDeviceGetVgpuCapabilities)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetVgpuCapabilities);
    if (__builtin_expect(real != NULL, 1))
        return real(device, capability, capResult);
    return slow_nvmlDeviceGetVgpuCapabilities(device, capability, capResult);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetVgpuHeterogeneousMode(nvmlDevice_t device, nvmlVgpuHeterogeneousMode_t *pHeterogeneousMode)
{
    quanta_nvml_pfn_nvmlDeviceGetVgpuHeterogeneousMode real = (quanta_nvml_pfn_nvmlDeviceGetVgpuHeterogeneousMode)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetVgpuHeterogeneousMode);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetVgpuHeterogeneousMode);
    }
    return real(device, pHeterogeneousMode);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetVgpuHeterogeneousMode(nvmlDevice_t device, nvmlVgpuHeterogeneousMode_t *pHeterogeneousMode)
{
    quanta_nvml_pfn_nvmlDeviceGetVgpuHeterogeneousMode real = (quanta_nvml_pfn_nvmlDeviceGetVgpuHeterogeneousMode)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetVgpuHeterogeneousMode);
    if (__builtin_expect(real != NULL, 1))
        return real(device, pHeterogeneousMode);
    return slow_nvmlDeviceGetVgpuHeterogeneousMode(device, pHeterogeneousMode);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetVgpuInstancesUtilizationInfo(nvmlDevice_t device, nvmlVgpuInstancesUtilizationInfo_t *vgpuUtilInfo)
{
    quanta_nvml_pfn_nvmlDeviceGetVgpuInstancesUtilizationInfo real = (quanta_nvml_pfn_nvmlDeviceGetVgpuInstancesUtilizationInfo)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetVgpuInstancesUtilizationInfo);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetVgpuInstancesUtilizationInfo);
    }
    return real(device, vgpuUtilInfo);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetVgpuInstancesUtilizationInfo(nvmlDevice_t device, nvmlVgpuInstancesUtilizationInfo_t *vgpuUtilInfo)
{
    quanta_nvml_pfn_nvmlDeviceGetVgpuInstancesUtilizationInfo real = (quanta_nvml_pfn_nvmlDeviceGetVgpuInstancesUtilizationInfo)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetVgpuInstancesUtilizationInfo);
    if (__builtin_expect(real != NULL, 1))
        return real(device, vgpuUtilInfo);
    return slow_nvmlDeviceGetVgpuInstancesUtilizationInfo(device, vgpuUtilInfo);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetVgpuMetadata(nvmlDevice_t device, nvmlVgpuPgpuMetadata_t *pgpuMetadata, unsigned int *bufferSize)
{
    quanta_nvml_pfn_nvmlDeviceGetVgpuMetadata real = (quanta_nvml_pfn_nvmlDeviceGetVgpuMetadata)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetVgpuMetadata);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetVgpuMetadata);
    }
    return real(device, pgpuMetadata, bufferSize);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetVgpuMetadata(nvmlDevice_t device, nvmlVgpuPgpuMetadata_t *pgpuMetadata, unsigned int *bufferSize)
{
    quanta_nvml_pfn_nvmlDeviceGetVgpuMetadata real = (quanta_nvml_pfn_nvmlDeviceGetVgpuMetadata)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetVgpuMetadata);
    if (__builtin_expect(real != NULL, 1))
        return real(device, pgpuMetadata, bufferSize);
    return slow_nvmlDeviceGetVgpuMetadata(device, pgpuMetadata, bufferSize);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetVgpuProcessUtilization(nvmlDevice_t device, unsigned long long lastSeenTimeStamp, unsigned int *vgpuProcessSamplesCount, nvmlVgpuProcessUtilizationSample_t *utilizationSamples)
{
    quanta_nvml_pfn_nvmlDeviceGetVgpuProcessUtilization real = (quanta_nvml_pfn_nvmlDeviceGetVgpuProcessUtilization)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetVgpuProcessUtilization);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetVgpuProcessUtilization);
    }
    return real(device, lastSeenTimeStamp, vgpuProcessSamplesCount, utilizationSamples);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetVgpuProcessUtilization(nvmlDevice_t device, unsigned long long lastSeenTimeStamp, unsigned int *vgpuProcessSamplesCount, nvmlVgpuProcessUtilizationSample_t *utilizationSamples)
{
    quanta_nvml_pfn_nvmlDeviceGetVgpuProcessUtilization real = (quanta_nvml_pfn_nvmlDeviceGetVgpuProcessUtilization)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetVgpuProcessUtilization);
    if (__builtin_expect(real != NULL, 1))
        return real(device, lastSeenTimeStamp, vgpuProcessSamplesCount, utilizationSamples);
    return slow_nvmlDeviceGetVgpuProcessUtilization(device, lastSeenTimeStamp, vgpuProcessSamplesCount, utilizationSamples);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetVgpuProcessesUtilizationInfo(nvmlDevice_t device, nvmlVgpuProcessesUtilizationInfo_t *vgpuProcUtilInfo)
{
    quanta_nvml_pfn_nvmlDeviceGetVgpuProcessesUtilizationInfo real = (quanta_nvml_pfn_nvmlDeviceGetVgpuProcessesUtilizationInfo)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetVgpuProcessesUtilizationInfo);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetVgpuProcessesUtilizationInfo);
    }
    return real(device, vgpuProcUtilInfo);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetVgpuProcessesUtilizationInfo(nvmlDevice_t device, nvmlVgpuProcessesUtilizationInfo_t *vgpuProcUtilInfo)
{
    quanta_nvml_pfn_nvmlDeviceGetVgpuProcessesUtilizationInfo real = (quanta_nvml_pfn_nvmlDeviceGetVgpuProcessesUtilizationInfo)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetVgpuProcessesUtilizationInfo);
    if (__builtin_expect(real != NULL, 1))
        return real(device, vgpuProcUtilInfo);
    return slow_nvmlDeviceGetVgpuProcessesUtilizationInfo(device, vgpuProcUtilInfo);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetVgpuSchedulerCapabilities(nvmlDevice_t device, nvmlVgpuSchedulerCapabilities_t *pCapabilities)
{
    quanta_nvml_pfn_nvmlDeviceGetVgpuSchedulerCapabilities real = (quanta_nvml_pfn_nvmlDeviceGetVgpuSchedulerCapabilities)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetVgpuSchedulerCapabilities);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetVgpuSchedulerCapabilities);
    }
    return real(device, pCapabilities);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetVgpuSchedulerCapabilities(nvmlDevice_t device, nvmlVgpuSchedulerCapabilities_t *pCapabilities)
{
    quanta_nvml_pfn_nvmlDeviceGetVgpuSchedulerCapabilities real = (quanta_nvml_pfn_nvmlDeviceGetVgpuSchedulerCapabilities)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetVgpuSchedulerCapabilities);
    if (__builtin_expect(real != NULL, 1))
        return real(device, pCapabilities);
    return slow_nvmlDeviceGetVgpuSchedulerCapabilities(device, pCapabilities);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetVgpuSchedulerLog(nvmlDevice_t device, nvmlVgpuSchedulerLog_t *pSchedulerLog)
{
    quanta_nvml_pfn_nvmlDeviceGetVgpuSchedulerLog real = (quanta_nvml_pfn_nvmlDeviceGetVgpuSchedulerLog)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetVgpuSchedulerLog);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetVgpuSchedulerLog);
    }
    return real(device, pSchedulerLog);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetVgpuSchedulerLog(nvmlDevice_t device, nvmlVgpuSchedulerLog_t *pSchedulerLog)
{
    quanta_nvml_pfn_nvmlDeviceGetVgpuSchedulerLog real = (quanta_nvml_pfn_nvmlDeviceGetVgpuSchedulerLog)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetVgpuSchedulerLog);
    if (__builtin_expect(real != NULL, 1))
        return real(device, pSchedulerLog);
    return slow_nvmlDeviceGetVgpuSchedulerLog(device, pSchedulerLog);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetVgpuSchedulerState(nvmlDevice_t device, nvmlVgpuSchedulerGetState_t *pSchedulerState)
{
    quanta_nvml_pfn_nvmlDeviceGetVgpuSchedulerState real = (quanta_nvml_pfn_nvmlDeviceGetVgpuSchedulerState)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetVgpuSchedulerState);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetVgpuSchedulerState);
    }
    return real(device, pSchedulerState);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetVgpuSchedulerState(nvmlDevice_t device, nvmlVgpuSchedulerGetState_t *pSchedulerState)
{
    quanta_nvml_pfn_nvmlDeviceGetVgpuSchedulerState real = (quanta_nvml_pfn_nvmlDeviceGetVgpuSchedulerState)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetVgpuSchedulerState);
    if (__builtin_expect(real != NULL, 1))
        return real(device, pSchedulerState);
    return slow_nvmlDeviceGetVgpuSchedulerState(device, pSchedulerState);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetVgpuTypeCreatablePlacements(nvmlDevice_t device, nvmlVgpuTypeId_t vgpuTypeId, nvmlVgpuPlacementList_t *pPlacementList)
{
    quanta_nvml_pfn_nvmlDeviceGetVgpuTypeCreatablePlacements real = (quanta_nvml_pfn_nvmlDeviceGetVgpuTypeCreatablePlacements)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetVgpuTypeCreatablePlacements);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetVgpuTypeCreatablePlacements);
    }
    return real(device, vgpuTypeId, pPlacementList);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetVgpuTypeCreatablePlacements(nvmlDevice_t device, nvmlVgpuTypeId_t vgpuTypeId, nvmlVgpuPlacementList_t *pPlacementList)
{
    quanta_nvml_pfn_nvmlDeviceGetVgpuTypeCreatablePlacements real = (quanta_nvml_pfn_nvmlDeviceGetVgpuTypeCreatablePlacements)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetVgpuTypeCreatablePlacements);
    if (__builtin_expect(real != NULL, 1))
        return real(device, vgpuTypeId, pPlacementList);
    return slow_nvmlDeviceGetVgpuTypeCreatablePlacements(device, vgpuTypeId, pPlacementList);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetVgpuTypeSupportedPlacements(nvmlDevice_t device, nvmlVgpuTypeId_t vgpuTypeId, nvmlVgpuPlacementList_t *pPlacementList)
{
    quanta_nvml_pfn_nvmlDeviceGetVgpuTypeSupportedPlacements real = (quanta_nvml_pfn_nvmlDeviceGetVgpuTypeSupportedPlacements)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetVgpuTypeSupportedPlacements);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetVgpuTypeSupportedPlacements);
    }
    return real(device, vgpuTypeId, pPlacementList);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetVgpuTypeSupportedPlacements(nvmlDevice_t device, nvmlVgpuTypeId_t vgpuTypeId, nvmlVgpuPlacementList_t *pPlacementList)
{
    quanta_nvml_pfn_nvmlDeviceGetVgpuTypeSupportedPlacements real = (quanta_nvml_pfn_nvmlDeviceGetVgpuTypeSupportedPlacements)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetVgpuTypeSupportedPlacements);
    if (__builtin_expect(real != NULL, 1))
        return real(device, vgpuTypeId, pPlacementList);
    return slow_nvmlDeviceGetVgpuTypeSupportedPlacements(device, vgpuTypeId, pPlacementList);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetVgpuUtilization(nvmlDevice_t device, unsigned long long lastSeenTimeStamp, nvmlValueType_t *sampleValType, unsigned int *vgpuInstanceSamplesCount, nvmlVgpuInstanceUtilizationSample_t *utilizationSamples)
{
    quanta_nvml_pfn_nvmlDeviceGetVgpuUtilization real = (quanta_nvml_pfn_nvmlDeviceGetVgpuUtilization)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetVgpuUtilization);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetVgpuUtilization);
    }
    return real(device, lastSeenTimeStamp, sampleValType, vgpuInstanceSamplesCount, utilizationSamples);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetVgpuUtilization(nvmlDevice_t device, unsigned long long lastSeenTimeStamp, nvmlValueType_t *sampleValType, unsigned int *vgpuInstanceSamplesCount, nvmlVgpuInstanceUtilizationSample_t *utilizationSamples)
{
    quanta_nvml_pfn_nvmlDeviceGetVgpuUtilization real = (quanta_nvml_pfn_nvmlDeviceGetVgpuUtilization)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetVgpuUtilization);
    if (__builtin_expect(real != NULL, 1))
        return real(device, lastSeenTimeStamp, sampleValType, vgpuInstanceSamplesCount, utilizationSamples);
    return slow_nvmlDeviceGetVgpuUtilization(device, lastSeenTimeStamp, sampleValType, vgpuInstanceSamplesCount, utilizationSamples);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetViolationStatus(nvmlDevice_t device, nvmlPerfPolicyType_t perfPolicyType, nvmlViolationTime_t *violTime)
{
    quanta_nvml_pfn_nvmlDeviceGetViolationStatus real = (quanta_nvml_pfn_nvmlDeviceGetViolationStatus)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetViolationStatus);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetViolationStatus);
    }
    return real(device, perfPolicyType, violTime);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetViolationStatus(nvmlDevice_t device, nvmlPerfPolicyType_t perfPolicyType, nvmlViolationTime_t *violTime)
{
    quanta_nvml_pfn_nvmlDeviceGetViolationStatus real = (quanta_nvml_pfn_nvmlDeviceGetViolationStatus)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetViolationStatus);
    if (__builtin_expect(real != NULL, 1))
        return real(device, perfPolicyType, violTime);
    return slow_nvmlDeviceGetViolationStatus(device, perfPolicyType, violTime);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceGetVirtualizationMode(nvmlDevice_t device, nvmlGpuVirtualizationMode_t *pVirtualMode)
{
    quanta_nvml_pfn_nvmlDeviceGetVirtualizationMode real = (quanta_nvml_pfn_nvmlDeviceGetVirtualizationMode)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetVirtualizationMode);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetVirtualizationMode);
    }
    return real(device, pVirtualMode);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetVirtualizationMode(nvmlDevice_t device, nvmlGpuVirtualizationMode_t *pVirtualMode)
{
    quanta_nvml_pfn_nvmlDeviceGetVirtualizationMode real = (quanta_nvml_pfn_nvmlDeviceGetVirtualizationMode)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceGetVirtualizationMode);
    if (__builtin_expect(real != NULL, 1))
        return real(device, pVirtualMode);
    return slow_nvmlDeviceGetVirtualizationMode(device, pVirtualMode);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceIsMigDeviceHandle(nvmlDevice_t device, unsigned int *isMigDevice)
{
    quanta_nvml_pfn_nvmlDeviceIsMigDeviceHandle real = (quanta_nvml_pfn_nvmlDeviceIsMigDeviceHandle)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceIsMigDeviceHandle);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceIsMigDeviceHandle);
    }
    return real(device, isMigDevice);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceIsMigDeviceHandle(nvmlDevice_t device, unsigned int *isMigDevice)
{
    quanta_nvml_pfn_nvmlDeviceIsMigDeviceHandle real = (quanta_nvml_pfn_nvmlDeviceIsMigDeviceHandle)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceIsMigDeviceHandle);
    if (__builtin_expect(real != NULL, 1))
        return real(device, isMigDevice);
    return slow_nvmlDeviceIsMigDeviceHandle(device, isMigDevice);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceModifyDrainState(nvmlPciInfo_t *pciInfo, nvmlEnableState_t newState)
{
    quanta_nvml_pfn_nvmlDeviceModifyDrainState real = (quanta_nvml_pfn_nvmlDeviceModifyDrainState)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceModifyDrainState);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceModifyDrainState);
    }
    return real(pciInfo, newState);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceModifyDrainState(nvmlPciInfo_t *pciInfo, nvmlEnableState_t newState)
{
    quanta_nvml_pfn_nvmlDeviceModifyDrainState real = (quanta_nvml_pfn_nvmlDeviceModifyDrainState)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceModifyDrainState);
    if (__builtin_expect(real != NULL, 1))
        return real(pciInfo, newState);
    return slow_nvmlDeviceModifyDrainState(pciInfo, newState);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceOnSameBoard(nvmlDevice_t device1, nvmlDevice_t device2, int *onSameBoard)
{
    quanta_nvml_pfn_nvmlDeviceOnSameBoard real = (quanta_nvml_pfn_nvmlDeviceOnSameBoard)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceOnSameBoard);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceOnSameBoard);
    }
    return real(device1, device2, onSameBoard);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceOnSameBoard(nvmlDevice_t device1, nvmlDevice_t device2, int *onSameBoard)
{
    quanta_nvml_pfn_nvmlDeviceOnSameBoard real = (quanta_nvml_pfn_nvmlDeviceOnSameBoard)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceOnSameBoard);
    if (__builtin_expect(real != NULL, 1))
        return real(device1, device2, onSameBoard);
    return slow_nvmlDeviceOnSameBoard(device1, device2, onSameBoard);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDevicePowerSmoothingActivatePresetProfile(nvmlDevice_t device, nvmlPowerSmoothingProfile_t *profile)
{
    quanta_nvml_pfn_nvmlDevicePowerSmoothingActivatePresetProfile real = (quanta_nvml_pfn_nvmlDevicePowerSmoothingActivatePresetProfile)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDevicePowerSmoothingActivatePresetProfile);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDevicePowerSmoothingActivatePresetProfile);
    }
    return real(device, profile);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDevicePowerSmoothingActivatePresetProfile(nvmlDevice_t device, nvmlPowerSmoothingProfile_t *profile)
{
    quanta_nvml_pfn_nvmlDevicePowerSmoothingActivatePresetProfile real = (quanta_nvml_pfn_nvmlDevicePowerSmoothingActivatePresetProfile)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDevicePowerSmoothingActivatePresetProfile);
    if (__builtin_expect(real != NULL, 1))
        return real(device, profile);
    return slow_nvmlDevicePowerSmoothingActivatePresetProfile(device, profile);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDevicePowerSmoothingSetState(nvmlDevice_t device, nvmlPowerSmoothingState_t *state)
{
    quanta_nvml_pfn_nvmlDevicePowerSmoothingSetState real = (quanta_nvml_pfn_nvmlDevicePowerSmoothingSetState)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDevicePowerSmoothingSetState);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDevicePowerSmoothingSetState);
    }
    return real(device, state);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDevicePowerSmoothingSetState(nvmlDevice_t device, nvmlPowerSmoothingState_t *state)
{
    quanta_nvml_pfn_nvmlDevicePowerSmoothingSetState real = (quanta_nvml_pfn_nvmlDevicePowerSmoothingSetState)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDevicePowerSmoothingSetState);
    if (__builtin_expect(real != NULL, 1))
        return real(device, state);
    return slow_nvmlDevicePowerSmoothingSetState(device, state);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDevicePowerSmoothingUpdatePresetProfileParam(nvmlDevice_t device, nvmlPowerSmoothingProfile_t *profile)
{
    quanta_nvml_pfn_nvmlDevicePowerSmoothingUpdatePresetProfileParam real = (quanta_nvml_pfn_nvmlDevicePowerSmoothingUpdatePresetProfileParam)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDevicePowerSmoothingUpdatePresetProfileParam);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDevicePowerSmoothingUpdatePresetProfileParam);
    }
    return real(device, profile);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDevicePowerSmoothingUpdatePresetProfileParam(nvmlDevice_t device, nvmlPowerSmoothingProfile_t *profile)
{
    quanta_nvml_pfn_nvmlDevicePowerSmoothingUpdatePresetProfileParam real = (quanta_nvml_pfn_nvmlDevicePowerSmoothingUpdatePresetProfileParam)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDevicePowerSmoothingUpdatePresetProfileParam);
    if (__builtin_expect(real != NULL, 1))
        return real(device, profile);
    return slow_nvmlDevicePowerSmoothingUpdatePresetProfileParam(device, profile);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceQueryDrainState(nvmlPciInfo_t *pciInfo, nvmlEnableState_t *currentState)
{
    quanta_nvml_pfn_nvmlDeviceQueryDrainState real = (quanta_nvml_pfn_nvmlDeviceQueryDrainState)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceQueryDrainState);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceQueryDrainState);
    }
    return real(pciInfo, currentState);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceQueryDrainState(nvmlPciInfo_t *pciInfo, nvmlEnableState_t *currentState)
{
    quanta_nvml_pfn_nvmlDeviceQueryDrainState real = (quanta_nvml_pfn_nvmlDeviceQueryDrainState)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceQueryDrainState);
    if (__builtin_expect(real != NULL, 1))
        return real(pciInfo, currentState);
    return slow_nvmlDeviceQueryDrainState(pciInfo, currentState);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceReadWritePRM_v1(nvmlDevice_t device, nvmlPRMTLV_v1_t *buffer)
{
    quanta_nvml_pfn_nvmlDeviceReadWritePRM_v1 real = (quanta_nvml_pfn_nvmlDeviceReadWritePRM_v1)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceReadWritePRM_v1);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceReadWritePRM_v1);
    }
    return real(device, buffer);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceReadWritePRM_v1(nvmlDevice_t device, nvmlPRMTLV_v1_t *buffer)
{
    quanta_nvml_pfn_nvmlDeviceReadWritePRM_v1 real = (quanta_nvml_pfn_nvmlDeviceReadWritePRM_v1)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceReadWritePRM_v1);
    if (__builtin_expect(real != NULL, 1))
        return real(device, buffer);
    return slow_nvmlDeviceReadWritePRM_v1(device, buffer);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceRegisterEvents(nvmlDevice_t device, unsigned long long eventTypes, nvmlEventSet_t set)
{
    quanta_nvml_pfn_nvmlDeviceRegisterEvents real = (quanta_nvml_pfn_nvmlDeviceRegisterEvents)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceRegisterEvents);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceRegisterEvents);
    }
    return real(device, eventTypes, set);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceRegisterEvents(nvmlDevice_t device, unsigned long long eventTypes, nvmlEventSet_t set)
{
    quanta_nvml_pfn_nvmlDeviceRegisterEvents real = (quanta_nvml_pfn_nvmlDeviceRegisterEvents)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceRegisterEvents);
    if (__builtin_expect(real != NULL, 1))
        return real(device, eventTypes, set);
    return slow_nvmlDeviceRegisterEvents(device, eventTypes, set);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceRemoveGpu(nvmlPciInfo_t *pciInfo)
{
    quanta_nvml_pfn_nvmlDeviceRemoveGpu real = (quanta_nvml_pfn_nvmlDeviceRemoveGpu)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceRemoveGpu);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceRemoveGpu);
    }
    return real(pciInfo);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceRemoveGpu(nvmlPciInfo_t *pciInfo)
{
    quanta_nvml_pfn_nvmlDeviceRemoveGpu real = (quanta_nvml_pfn_nvmlDeviceRemoveGpu)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceRemoveGpu);
    if (__builtin_expect(real != NULL, 1))
        return real(pciInfo);
    return slow_nvmlDeviceRemoveGpu(pciInfo);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceRemoveGpu_v2(nvmlPciInfo_t *pciInfo, nvmlDetachGpuState_t gpuState, nvmlPcieLinkState_t linkState)
{
    quanta_nvml_pfn_nvmlDeviceRemoveGpu_v2 real = (quanta_nvml_pfn_nvmlDeviceRemoveGpu_v2)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceRemoveGpu_v2);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceRemoveGpu_v2);
    }
    return real(pciInfo, gpuState, linkState);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceRemoveGpu_v2(nvmlPciInfo_t *pciInfo, nvmlDetachGpuState_t gpuState, nvmlPcieLinkState_t linkState)
{
    quanta_nvml_pfn_nvmlDeviceRemoveGpu_v2 real = (quanta_nvml_pfn_nvmlDeviceRemoveGpu_v2)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceRemoveGpu_v2);
    if (__builtin_expect(real != NULL, 1))
        return real(pciInfo, gpuState, linkState);
    return slow_nvmlDeviceRemoveGpu_v2(pciInfo, gpuState, linkState);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceResetApplicationsClocks(nvmlDevice_t device)
{
    quanta_nvml_pfn_nvmlDeviceResetApplicationsClocks real = (quanta_nvml_pfn_nvmlDeviceResetApplicationsClocks)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceResetApplicationsClocks);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceResetApplicationsClocks);
    }
    return real(device);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceResetApplicationsClocks(nvmlDevice_t device)
{
    quanta_nvml_pfn_nvmlDeviceResetApplicationsClocks real = (quanta_nvml_pfn_nvmlDeviceResetApplicationsClocks)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceResetApplicationsClocks);
    if (__builtin_expect(real != NULL, 1))
        return real(device);
    return slow_nvmlDeviceResetApplicationsClocks(device);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceResetGpuLockedClocks(nvmlDevice_t device)
{
    quanta_nvml_pfn_nvmlDeviceResetGpuLockedClocks real = (quanta_nvml_pfn_nvmlDeviceResetGpuLockedClocks)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceResetGpuLockedClocks);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceResetGpuLockedClocks);
    }
    return real(device);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceResetGpuLockedClocks(nvmlDevice_t device)
{
    quanta_nvml_pfn_nvmlDeviceResetGpuLockedClocks real = (quanta_nvml_pfn_nvmlDeviceResetGpuLockedClocks)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceResetGpuLockedClocks);
    if (__builtin_expect(real != NULL, 1))
        return real(device);
    return slow_nvmlDeviceResetGpuLockedClocks(device);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceResetMemoryLockedClocks(nvmlDevice_t device)
{
    quanta_nvml_pfn_nvmlDeviceResetMemoryLockedClocks real = (quanta_nvml_pfn_nvmlDeviceResetMemoryLockedClocks)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceResetMemoryLockedClocks);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceResetMemoryLockedClocks);
    }
    return real(device);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceResetMemoryLockedClocks(nvmlDevice_t device)
{
    quanta_nvml_pfn_nvmlDeviceResetMemoryLockedClocks real = (quanta_nvml_pfn_nvmlDeviceResetMemoryLockedClocks)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceResetMemoryLockedClocks);
    if (__builtin_expect(real != NULL, 1))
        return real(device);
    return slow_nvmlDeviceResetMemoryLockedClocks(device);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceResetNvLinkErrorCounters(nvmlDevice_t device, unsigned int link)
{
    quanta_nvml_pfn_nvmlDeviceResetNvLinkErrorCounters real = (quanta_nvml_pfn_nvmlDeviceResetNvLinkErrorCounters)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceResetNvLinkErrorCounters);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceResetNvLinkErrorCounters);
    }
    return real(device, link);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceResetNvLinkErrorCounters(nvmlDevice_t device, unsigned int link)
{
    quanta_nvml_pfn_nvmlDeviceResetNvLinkErrorCounters real = (quanta_nvml_pfn_nvmlDeviceResetNvLinkErrorCounters)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceResetNvLinkErrorCounters);
    if (__builtin_expect(real != NULL, 1))
        return real(device, link);
    return slow_nvmlDeviceResetNvLinkErrorCounters(device, link);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceResetNvLinkUtilizationCounter(nvmlDevice_t device, unsigned int link, unsigned int counter)
{
    quanta_nvml_pfn_nvmlDeviceResetNvLinkUtilizationCounter real = (quanta_nvml_pfn_nvmlDeviceResetNvLinkUtilizationCounter)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceResetNvLinkUtilizationCounter);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceResetNvLinkUtilizationCounter);
    }
    return real(device, link, counter);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceResetNvLinkUtilizationCounter(nvmlDevice_t device, unsigned int link, unsigned int counter)
{
    quanta_nvml_pfn_nvmlDeviceResetNvLinkUtilizationCounter real = (quanta_nvml_pfn_nvmlDeviceResetNvLinkUtilizationCounter)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceResetNvLinkUtilizationCounter);
    if (__builtin_expect(real != NULL, 1))
        return real(device, link, counter);
    return slow_nvmlDeviceResetNvLinkUtilizationCounter(device, link, counter);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceSetAPIRestriction(nvmlDevice_t device, nvmlRestrictedAPI_t apiType, nvmlEnableState_t isRestricted)
{
    quanta_nvml_pfn_nvmlDeviceSetAPIRestriction real = (quanta_nvml_pfn_nvmlDeviceSetAPIRestriction)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetAPIRestriction);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetAPIRestriction);
    }
    return real(device, apiType, isRestricted);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceSetAPIRestriction(nvmlDevice_t device, nvmlRestrictedAPI_t apiType, nvmlEnableState_t isRestricted)
{
    quanta_nvml_pfn_nvmlDeviceSetAPIRestriction real = (quanta_nvml_pfn_nvmlDeviceSetAPIRestriction)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceSetAPIRestriction);
    if (__builtin_expect(real != NULL, 1))
        return real(device, apiType, isRestricted);
    return slow_nvmlDeviceSetAPIRestriction(device, apiType, isRestricted);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceSetAccountingMode(nvmlDevice_t device, nvmlEnableState_t mode)
{
    quanta_nvml_pfn_nvmlDeviceSetAccountingMode real = (quanta_nvml_pfn_nvmlDeviceSetAccountingMode)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetAccountingMode);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetAccountingMode);
    }
    return real(device, mode);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceSetAccountingMode(nvmlDevice_t device, nvmlEnableState_t mode)
{
    quanta_nvml_pfn_nvmlDeviceSetAccountingMode real = (quanta_nvml_pfn_nvmlDeviceSetAccountingMode)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceSetAccountingMode);
    if (__builtin_expect(real != NULL, 1))
        return real(device, mode);
    return slow_nvmlDeviceSetAccountingMode(device, mode);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceSetApplicationsClocks(nvmlDevice_t device, unsigned int memClockMHz, unsigned int graphicsClockMHz)
{
    quanta_nvml_pfn_nvmlDeviceSetApplicationsClocks real = (quanta_nvml_pfn_nvmlDeviceSetApplicationsClocks)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetApplicationsClocks);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetApplicationsClocks);
    }
    return real(device, memClockMHz, graphicsClockMHz);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceSetApplicationsClocks(nvmlDevice_t device, unsigned int memClockMHz, unsigned int graphicsClockMHz)
{
    quanta_nvml_pfn_nvmlDeviceSetApplicationsClocks real = (quanta_nvml_pfn_nvmlDeviceSetApplicationsClocks)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceSetApplicationsClocks);
    if (__builtin_expect(real != NULL, 1))
        return real(device, memClockMHz, graphicsClockMHz);
    return slow_nvmlDeviceSetApplicationsClocks(device, memClockMHz, graphicsClockMHz);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceSetAutoBoostedClocksEnabled(nvmlDevice_t device, nvmlEnableState_t enabled)
{
    quanta_nvml_pfn_nvmlDeviceSetAutoBoostedClocksEnabled real = (quanta_nvml_pfn_nvmlDeviceSetAutoBoostedClocksEnabled)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetAutoBoostedClocksEnabled);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetAutoBoostedClocksEnabled);
    }
    return real(device, enabled);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceSetAutoBoostedClocksEnabled(nvmlDevice_t device, nvmlEnableState_t enabled)
{
    quanta_nvml_pfn_nvmlDeviceSetAutoBoostedClocksEnabled real = (quanta_nvml_pfn_nvmlDeviceSetAutoBoostedClocksEnabled)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceSetAutoBoostedClocksEnabled);
    if (__builtin_expect(real != NULL, 1))
        return real(device, enabled);
    return slow_nvmlDeviceSetAutoBoostedClocksEnabled(device, enabled);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceSetClockOffsets(nvmlDevice_t device, nvmlClockOffset_t *info)
{
    quanta_nvml_pfn_nvmlDeviceSetClockOffsets real = (quanta_nvml_pfn_nvmlDeviceSetClockOffsets)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetClockOffsets);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetClockOffsets);
    }
    return real(device, info);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceSetClockOffsets(nvmlDevice_t device, nvmlClockOffset_t *info)
{
    quanta_nvml_pfn_nvmlDeviceSetClockOffsets real = (quanta_nvml_pfn_nvmlDeviceSetClockOffsets)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceSetClockOffsets);
    if (__builtin_expect(real != NULL, 1))
        return real(device, info);
    return slow_nvmlDeviceSetClockOffsets(device, info);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceSetComputeMode(nvmlDevice_t device, nvmlComputeMode_t mode)
{
    quanta_nvml_pfn_nvmlDeviceSetComputeMode real = (quanta_nvml_pfn_nvmlDeviceSetComputeMode)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetComputeMode);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetComputeMode);
    }
    return real(device, mode);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceSetComputeMode(nvmlDevice_t device, nvmlComputeMode_t mode)
{
    quanta_nvml_pfn_nvmlDeviceSetComputeMode real = (quanta_nvml_pfn_nvmlDeviceSetComputeMode)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceSetComputeMode);
    if (__builtin_expect(real != NULL, 1))
        return real(device, mode);
    return slow_nvmlDeviceSetComputeMode(device, mode);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceSetConfComputeUnprotectedMemSize(nvmlDevice_t device, unsigned long long sizeKiB)
{
    quanta_nvml_pfn_nvmlDeviceSetConfComputeUnprotectedMemSize real = (quanta_nvml_pfn_nvmlDeviceSetConfComputeUnprotectedMemSize)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetConfComputeUnprotectedMemSize);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetConfComputeUnprotectedMemSize);
    }
    return real(device, sizeKiB);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceSetConfComputeUnprotectedMemSize(nvmlDevice_t device, unsigned long long sizeKiB)
{
    quanta_nvml_pfn_nvmlDeviceSetConfComputeUnprotectedMemSize real = (quanta_nvml_pfn_nvmlDeviceSetConfComputeUnprotectedMemSize)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceSetConfComputeUnprotectedMemSize);
    if (__builtin_expect(real != NULL, 1))
        return real(device, sizeKiB);
    return slow_nvmlDeviceSetConfComputeUnprotectedMemSize(device, sizeKiB);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceSetCpuAffinity(nvmlDevice_t device)
{
    quanta_nvml_pfn_nvmlDeviceSetCpuAffinity real = (quanta_nvml_pfn_nvmlDeviceSetCpuAffinity)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetCpuAffinity);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetCpuAffinity);
    }
    return real(device);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceSetCpuAffinity(nvmlDevice_t device)
{
    quanta_nvml_pfn_nvmlDeviceSetCpuAffinity real = (quanta_nvml_pfn_nvmlDeviceSetCpuAffinity)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceSetCpuAffinity);
    if (__builtin_expect(real != NULL, 1))
        return real(device);
    return slow_nvmlDeviceSetCpuAffinity(device);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceSetDefaultAutoBoostedClocksEnabled(nvmlDevice_t device, nvmlEnableState_t enabled, unsigned int flags)
{
    quanta_nvml_pfn_nvmlDeviceSetDefaultAutoBoostedClocksEnabled real = (quanta_nvml_pfn_nvmlDeviceSetDefaultAutoBoostedClocksEnabled)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetDefaultAutoBoostedClocksEnabled);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetDefaultAutoBoostedClocksEnabled);
    }
    return real(device, enabled, flags);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceSetDefaultAutoBoostedClocksEnabled(nvmlDevice_t device, nvmlEnableState_t enabled, unsigned int flags)
{
    quanta_nvml_pfn_nvmlDeviceSetDefaultAutoBoostedClocksEnabled real = (quanta_nvml_pfn_nvmlDeviceSetDefaultAutoBoostedClocksEnabled)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceSetDefaultAutoBoostedClocksEnabled);
    if (__builtin_expect(real != NULL, 1))
        return real(device, enabled, flags);
    return slow_nvmlDeviceSetDefaultAutoBoostedClocksEnabled(device, enabled, flags);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceSetDefaultFanSpeed_v2(nvmlDevice_t device, unsigned int fan)
{
    quanta_nvml_pfn_nvmlDeviceSetDefaultFanSpeed_v2 real = (quanta_nvml_pfn_nvmlDeviceSetDefaultFanSpeed_v2)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetDefaultFanSpeed_v2);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetDefaultFanSpeed_v2);
    }
    return real(device, fan);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceSetDefaultFanSpeed_v2(nvmlDevice_t device, unsigned int fan)
{
    quanta_nvml_pfn_nvmlDeviceSetDefaultFanSpeed_v2 real = (quanta_nvml_pfn_nvmlDeviceSetDefaultFanSpeed_v2)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceSetDefaultFanSpeed_v2);
    if (__builtin_expect(real != NULL, 1))
        return real(device, fan);
    return slow_nvmlDeviceSetDefaultFanSpeed_v2(device, fan);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceSetDramEncryptionMode(nvmlDevice_t device, const nvmlDramEncryptionInfo_t *dramEncryption)
{
    quanta_nvml_pfn_nvmlDeviceSetDramEncryptionMode real = (quanta_nvml_pfn_nvmlDeviceSetDramEncryptionMode)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetDramEncryptionMode);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetDramEncryptionMode);
    }
    return real(device, dramEncryption);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceSetDramEncryptionMode(nvmlDevice_t device, const nvmlDramEncryptionInfo_t *dramEncryption)
{
    quanta_nvml_pfn_nvmlDeviceSetDramEncryptionMode real = (quanta_nvml_pfn_nvmlDeviceSetDramEncryptionMode)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceSetDramEncryptionMode);
    if (__builtin_expect(real != NULL, 1))
        return real(device, dramEncryption);
    return slow_nvmlDeviceSetDramEncryptionMode(device, dramEncryption);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceSetDriverModel(nvmlDevice_t device, nvmlDriverModel_t driverModel, unsigned int flags)
{
    quanta_nvml_pfn_nvmlDeviceSetDriverModel real = (quanta_nvml_pfn_nvmlDeviceSetDriverModel)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetDriverModel);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetDriverModel);
    }
    return real(device, driverModel, flags);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceSetDriverModel(nvmlDevice_t device, nvmlDriverModel_t driverModel, unsigned int flags)
{
    quanta_nvml_pfn_nvmlDeviceSetDriverModel real = (quanta_nvml_pfn_nvmlDeviceSetDriverModel)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceSetDriverModel);
    if (__builtin_expect(real != NULL, 1))
        return real(device, driverModel, flags);
    return slow_nvmlDeviceSetDriverModel(device, driverModel, flags);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceSetEccMode(nvmlDevice_t device, nvmlEnableState_t ecc)
{
    quanta_nvml_pfn_nvmlDeviceSetEccMode real = (quanta_nvml_pfn_nvmlDeviceSetEccMode)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetEccMode);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetEccMode);
    }
    return real(device, ecc);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceSetEccMode(nvmlDevice_t device, nvmlEnableState_t ecc)
{
    quanta_nvml_pfn_nvmlDeviceSetEccMode real = (quanta_nvml_pfn_nvmlDeviceSetEccMode)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceSetEccMode);
    if (__builtin_expect(real != NULL, 1))
        return real(device, ecc);
    return slow_nvmlDeviceSetEccMode(device, ecc);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceSetFanControlPolicy(nvmlDevice_t device, unsigned int fan, nvmlFanControlPolicy_t policy)
{
    quanta_nvml_pfn_nvmlDeviceSetFanControlPolicy real = (quanta_nvml_pfn_nvmlDeviceSetFanControlPolicy)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetFanControlPolicy);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetFanControlPolicy);
    }
    return real(device, fan, policy);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceSetFanControlPolicy(nvmlDevice_t device, unsigned int fan, nvmlFanControlPolicy_t policy)
{
    quanta_nvml_pfn_nvmlDeviceSetFanControlPolicy real = (quanta_nvml_pfn_nvmlDeviceSetFanControlPolicy)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceSetFanControlPolicy);
    if (__builtin_expect(real != NULL, 1))
        return real(device, fan, policy);
    return slow_nvmlDeviceSetFanControlPolicy(device, fan, policy);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceSetFanSpeed_v2(nvmlDevice_t device, unsigned int fan, unsigned int speed)
{
    quanta_nvml_pfn_nvmlDeviceSetFanSpeed_v2 real = (quanta_nvml_pfn_nvmlDeviceSetFanSpeed_v2)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetFanSpeed_v2);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetFanSpeed_v2);
    }
    return real(device, fan, speed);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceSetFanSpeed_v2(nvmlDevice_t device, unsigned int fan, unsigned int speed)
{
    quanta_nvml_pfn_nvmlDeviceSetFanSpeed_v2 real = (quanta_nvml_pfn_nvmlDeviceSetFanSpeed_v2)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceSetFanSpeed_v2);
    if (__builtin_expect(real != NULL, 1))
        return real(device, fan, speed);
    return slow_nvmlDeviceSetFanSpeed_v2(device, fan, speed);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceSetGpcClkVfOffset(nvmlDevice_t device, int offset)
{
    quanta_nvml_pfn_nvmlDeviceSetGpcClkVfOffset real = (quanta_nvml_pfn_nvmlDeviceSetGpcClkVfOffset)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetGpcClkVfOffset);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetGpcClkVfOffset);
    }
    return real(device, offset);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceSetGpcClkVfOffset(nvmlDevice_t device, int offset)
{
    quanta_nvml_pfn_nvmlDeviceSetGpcClkVfOffset real = (quanta_nvml_pfn_nvmlDeviceSetGpcClkVfOffset)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceSetGpcClkVfOffset);
    if (__builtin_expect(real != NULL, 1))
        return real(device, offset);
    return slow_nvmlDeviceSetGpcClkVfOffset(device, offset);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceSetGpuLockedClocks(nvmlDevice_t device, unsigned int minGpuClockMHz, unsigned int maxGpuClockMHz)
{
    quanta_nvml_pfn_nvmlDeviceSetGpuLockedClocks real = (quanta_nvml_pfn_nvmlDeviceSetGpuLockedClocks)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetGpuLockedClocks);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetGpuLockedClocks);
    }
    return real(device, minGpuClockMHz, maxGpuClockMHz);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceSetGpuLockedClocks(nvmlDevice_t device, unsigned int minGpuClockMHz, unsigned int maxGpuClockMHz)
{
    quanta_nvml_pfn_nvmlDeviceSetGpuLockedClocks real = (quanta_nvml_pfn_nvmlDeviceSetGpuLockedClocks)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceSetGpuLockedClocks);
    if (__builtin_expect(real != NULL, 1))
        return real(device, minGpuClockMHz, maxGpuClockMHz);
    return slow_nvmlDeviceSetGpuLockedClocks(device, minGpuClockMHz, maxGpuClockMHz);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceSetGpuOperationMode(nvmlDevice_t device, nvmlGpuOperationMode_t mode)
{
    quanta_nvml_pfn_nvmlDeviceSetGpuOperationMode real = (quanta_nvml_pfn_nvmlDeviceSetGpuOperationMode)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetGpuOperationMode);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetGpuOperationMode);
    }
    return real(device, mode);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceSetGpuOperationMode(nvmlDevice_t device, nvmlGpuOperationMode_t mode)
{
    quanta_nvml_pfn_nvmlDeviceSetGpuOperationMode real = (quanta_nvml_pfn_nvmlDeviceSetGpuOperationMode)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceSetGpuOperationMode);
    if (__builtin_expect(real != NULL, 1))
        return real(device, mode);
    return slow_nvmlDeviceSetGpuOperationMode(device, mode);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceSetHostname_v1(nvmlDevice_t device, nvmlHostname_v1_t *hostname)
{
    quanta_nvml_pfn_nvmlDeviceSetHostname_v1 real = (quanta_nvml_pfn_nvmlDeviceSetHostname_v1)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetHostname_v1);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetHostname_v1);
    }
    return real(device, hostname);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceSetHostname_v1(nvmlDevice_t device, nvmlHostname_v1_t *hostname)
{
    quanta_nvml_pfn_nvmlDeviceSetHostname_v1 real = (quanta_nvml_pfn_nvmlDeviceSetHostname_v1)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceSetHostname_v1);
    if (__builtin_expect(real != NULL, 1))
        return real(device, hostname);
    return slow_nvmlDeviceSetHostname_v1(device, hostname);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceSetMemClkVfOffset(nvmlDevice_t device, int offset)
{
    quanta_nvml_pfn_nvmlDeviceSetMemClkVfOffset real = (quanta_nvml_pfn_nvmlDeviceSetMemClkVfOffset)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetMemClkVfOffset);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetMemClkVfOffset);
    }
    return real(device, offset);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceSetMemClkVfOffset(nvmlDevice_t device, int offset)
{
    quanta_nvml_pfn_nvmlDeviceSetMemClkVfOffset real = (quanta_nvml_pfn_nvmlDeviceSetMemClkVfOffset)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceSetMemClkVfOffset);
    if (__builtin_expect(real != NULL, 1))
        return real(device, offset);
    return slow_nvmlDeviceSetMemClkVfOffset(device, offset);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceSetMemoryLockedClocks(nvmlDevice_t device, unsigned int minMemClockMHz, unsigned int maxMemClockMHz)
{
    quanta_nvml_pfn_nvmlDeviceSetMemoryLockedClocks real = (quanta_nvml_pfn_nvmlDeviceSetMemoryLockedClocks)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetMemoryLockedClocks);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetMemoryLockedClocks);
    }
    return real(device, minMemClockMHz, maxMemClockMHz);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceSetMemoryLockedClocks(nvmlDevice_t device, unsigned int minMemClockMHz, unsigned int maxMemClockMHz)
{
    quanta_nvml_pfn_nvmlDeviceSetMemoryLockedClocks real = (quanta_nvml_pfn_nvmlDeviceSetMemoryLockedClocks)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceSetMemoryLockedClocks);
    if (__builtin_expect(real != NULL, 1))
        return real(device, minMemClockMHz, maxMemClockMHz);
    return slow_nvmlDeviceSetMemoryLockedClocks(device, minMemClockMHz, maxMemClockMHz);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceSetMigMode(nvmlDevice_t device, unsigned int mode, nvmlReturn_t *activationStatus)
{
    quanta_nvml_pfn_nvmlDeviceSetMigMode real = (quanta_nvml_pfn_nvmlDeviceSetMigMode)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetMigMode);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetMigMode);
    }
    return real(device, mode, activationStatus);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceSetMigMode(nvmlDevice_t device, unsigned int mode, nvmlReturn_t *activationStatus)
{
    quanta_nvml_pfn_nvmlDeviceSetMigMode real = (quanta_nvml_pfn_nvmlDeviceSetMigMode)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceSetMigMode);
    if (__builtin_expect(real != NULL, 1))
        return real(device, mode, activationStatus);
    return slow_nvmlDeviceSetMigMode(device, mode, activationStatus);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceSetNvLinkDeviceLowPowerThreshold(nvmlDevice_t device, nvmlNvLinkPowerThres_t *info)
{
    quanta_nvml_pfn_nvmlDeviceSetNvLinkDeviceLowPowerThreshold real = (quanta_nvml_pfn_nvmlDeviceSetNvLinkDeviceLowPowerThreshold)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetNvLinkDeviceLowPowerThreshold);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetNvLinkDeviceLowPowerThreshold);
    }
    return real(device, info);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceSetNvLinkDeviceLowPowerThreshold(nvmlDevice_t device, nvmlNvLinkPowerThres_t *info)
{
    quanta_nvml_pfn_nvmlDeviceSetNvLinkDeviceLowPowerThreshold real = (quanta_nvml_pfn_nvmlDeviceSetNvLinkDeviceLowPowerThreshold)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceSetNvLinkDeviceLowPowerThreshold);
    if (__builtin_expect(real != NULL, 1))
        return real(device, info);
    return slow_nvmlDeviceSetNvLinkDeviceLowPowerThreshold(device, info);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceSetNvLinkUtilizationControl(nvmlDevice_t device, unsigned int link, unsigned int counter, nvmlNvLinkUtilizationControl_t *control, unsigned int reset)
{
    quanta_nvml_pfn_nvmlDeviceSetNvLinkUtilizationControl real = (quanta_nvml_pfn_nvmlDeviceSetNvLinkUtilizationControl)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetNvLinkUtilizationControl);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetNvLinkUtilizationControl);
    }
    return real(device, link, counter, control, reset);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceSetNvLinkUtilizationControl(nvmlDevice_t device, unsigned int link, unsigned int counter, nvmlNvLinkUtilizationControl_t *control, unsigned int reset)
{
    quanta_nvml_pfn_nvmlDeviceSetNvLinkUtilizationControl real = (quanta_nvml_pfn_nvmlDeviceSetNvLinkUtilizationControl)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceSetNvLinkUtilizationControl);
    if (__builtin_expect(real != NULL, 1))
        return real(device, link, counter, control, reset);
    return slow_nvmlDeviceSetNvLinkUtilizationControl(device, link, counter, control, reset);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceSetNvlinkBwMode(nvmlDevice_t device, nvmlNvlinkSetBwMode_t *setBwMode)
{
    quanta_nvml_pfn_nvmlDeviceSetNvlinkBwMode real = (quanta_nvml_pfn_nvmlDeviceSetNvlinkBwMode)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetNvlinkBwMode);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetNvlinkBwMode);
    }
    return real(device, setBwMode);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceSetNvlinkBwMode(nvmlDevice_t device, nvmlNvlinkSetBwMode_t *setBwMode)
{
    quanta_nvml_pfn_nvmlDeviceSetNvlinkBwMode real = (quanta_nvml_pfn_nvmlDeviceSetNvlinkBwMode)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceSetNvlinkBwMode);
    if (__builtin_expect(real != NULL, 1))
        return real(device, setBwMode);
    return slow_nvmlDeviceSetNvlinkBwMode(device, setBwMode);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceSetPersistenceMode(nvmlDevice_t device, nvmlEnableState_t mode)
{
    quanta_nvml_pfn_nvmlDeviceSetPersistenceMode real = (quanta_nvml_pfn_nvmlDeviceSetPersistenceMode)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetPersistenceMode);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetPersistenceMode);
    }
    return real(device, mode);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceSetPersistenceMode(nvmlDevice_t device, nvmlEnableState_t mode)
{
    quanta_nvml_pfn_nvmlDeviceSetPersistenceMode real = (quanta_nvml_pfn_nvmlDeviceSetPersistenceMode)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceSetPersistenceMode);
    if (__builtin_expect(real != NULL, 1))
        return real(device, mode);
    return slow_nvmlDeviceSetPersistenceMode(device, mode);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceSetPowerManagementLimit(nvmlDevice_t device, unsigned int limit)
{
    quanta_nvml_pfn_nvmlDeviceSetPowerManagementLimit real = (quanta_nvml_pfn_nvmlDeviceSetPowerManagementLimit)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetPowerManagementLimit);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetPowerManagementLimit);
    }
    return real(device, limit);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceSetPowerManagementLimit(nvmlDevice_t device, unsigned int limit)
{
    quanta_nvml_pfn_nvmlDeviceSetPowerManagementLimit real = (quanta_nvml_pfn_nvmlDeviceSetPowerManagementLimit)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceSetPowerManagementLimit);
    if (__builtin_expect(real != NULL, 1))
        return real(device, limit);
    return slow_nvmlDeviceSetPowerManagementLimit(device, limit);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceSetPowerManagementLimit_v2(nvmlDevice_t device, nvmlPowerValue_v2_t *powerValue)
{
    quanta_nvml_pfn_nvmlDeviceSetPowerManagementLimit_v2 real = (quanta_nvml_pfn_nvmlDeviceSetPowerManagementLimit_v2)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetPowerManagementLimit_v2);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetPowerManagementLimit_v2);
    }
    return real(device, powerValue);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceSetPowerManagementLimit_v2(nvmlDevice_t device, nvmlPowerValue_v2_t *powerValue)
{
    quanta_nvml_pfn_nvmlDeviceSetPowerManagementLimit_v2 real = (quanta_nvml_pfn_nvmlDeviceSetPowerManagementLimit_v2)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceSetPowerManagementLimit_v2);
    if (__builtin_expect(real != NULL, 1))
        return real(device, powerValue);
    return slow_nvmlDeviceSetPowerManagementLimit_v2(device, powerValue);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceSetPowerMizerMode_v1(nvmlDevice_t device, nvmlDevicePowerMizerModes_v1_t *powerMizerMode)
{
    quanta_nvml_pfn_nvmlDeviceSetPowerMizerMode_v1 real = (quanta_nvml_pfn_nvmlDeviceSetPowerMizerMode_v1)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetPowerMizerMode_v1);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetPowerMizerMode_v1);
    }
    return real(device, powerMizerMode);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceSetPowerMizerMode_v1(nvmlDevice_t device, nvmlDevicePowerMizerModes_v1_t *powerMizerMode)
{
    quanta_nvml_pfn_nvmlDeviceSetPowerMizerMode_v1 real = (quanta_nvml_pfn_nvmlDeviceSetPowerMizerMode_v1)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceSetPowerMizerMode_v1);
    if (__builtin_expect(real != NULL, 1))
        return real(device, powerMizerMode);
    return slow_nvmlDeviceSetPowerMizerMode_v1(device, powerMizerMode);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceSetTemperatureThreshold(nvmlDevice_t device, nvmlTemperatureThresholds_t thresholdType, int *temp)
{
    quanta_nvml_pfn_nvmlDeviceSetTemperatureThreshold real = (quanta_nvml_pfn_nvmlDeviceSetTemperatureThreshold)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetTemperatureThreshold);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetTemperatureThreshold);
    }
    return real(device, thresholdType, temp);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceSetTemperatureThreshold(nvmlDevice_t device, nvmlTemperatureThresholds_t thresholdType, int *temp)
{
    quanta_nvml_pfn_nvmlDeviceSetTemperatureThreshold real = (quanta_nvml_pfn_nvmlDeviceSetTemperatureThreshold)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceSetTemperatureThreshold);
    if (__builtin_expect(real != NULL, 1))
        return real(device, thresholdType, temp);
    return slow_nvmlDeviceSetTemperatureThreshold(device, thresholdType, temp);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceSetVgpuCapabilities(nvmlDevice_t device, nvmlDeviceVgpuCapability_t capability, nvmlEnableState_t state)
{
    quanta_nvml_pfn_nvmlDeviceSetVgpuCapabilities real = (quanta_nvml_pfn_nvmlDeviceSetVgpuCapabilities)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetVgpuCapabilities);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetVgpuCapabilities);
    }
    return real(device, capability, state);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceSetVgpuCapabilities(nvmlDevice_t device, nvmlDeviceVgpuCapability_t capability, nvmlEnableState_t state)
{
    quanta_nvml_pfn_nvmlDeviceSetVgpuCapabilities real = (quanta_nvml_pfn_nvmlDeviceSetVgpuCapabilities)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceSetVgpuCapabilities);
    if (__builtin_expect(real != NULL, 1))
        return real(device, capability, state);
    return slow_nvmlDeviceSetVgpuCapabilities(device, capability, state);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceSetVgpuHeterogeneousMode(nvmlDevice_t device, const nvmlVgpuHeterogeneousMode_t *pHeterogeneousMode)
{
    quanta_nvml_pfn_nvmlDeviceSetVgpuHeterogeneousMode real = (quanta_nvml_pfn_nvmlDeviceSetVgpuHeterogeneousMode)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetVgpuHeterogeneousMode);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetVgpuHeterogeneousMode);
    }
    return real(device, pHeterogeneousMode);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceSetVgpuHeterogeneousMode(nvmlDevice_t device, const nvmlVgpuHeterogeneousMode_t *pHeterogeneousMode)
{
    quanta_nvml_pfn_nvmlDeviceSetVgpuHeterogeneousMode real = (quanta_nvml_pfn_nvmlDeviceSetVgpuHeterogeneousMode)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceSetVgpuHeterogeneousMode);
    if (__builtin_expect(real != NULL, 1))
        return real(device, pHeterogeneousMode);
    return slow_nvmlDeviceSetVgpuHeterogeneousMode(device, pHeterogeneousMode);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceSetVgpuSchedulerState(nvmlDevice_t device, nvmlVgpuSchedulerSetState_t *pSchedulerState)
{
    quanta_nvml_pfn_nvmlDeviceSetVgpuSchedulerState real = (quanta_nvml_pfn_nvmlDeviceSetVgpuSchedulerState)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetVgpuSchedulerState);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetVgpuSchedulerState);
    }
    return real(device, pSchedulerState);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceSetVgpuSchedulerState(nvmlDevice_t device, nvmlVgpuSchedulerSetState_t *pSchedulerState)
{
    quanta_nvml_pfn_nvmlDeviceSetVgpuSchedulerState real = (quanta_nvml_pfn_nvmlDeviceSetVgpuSchedulerState)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceSetVgpuSchedulerState);
    if (__builtin_expect(real != NULL, 1))
        return real(device, pSchedulerState);
    return slow_nvmlDeviceSetVgpuSchedulerState(device, pSchedulerState);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceSetVirtualizationMode(nvmlDevice_t device, nvmlGpuVirtualizationMode_t virtualMode)
{
    quanta_nvml_pfn_nvmlDeviceSetVirtualizationMode real = (quanta_nvml_pfn_nvmlDeviceSetVirtualizationMode)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetVirtualizationMode);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetVirtualizationMode);
    }
    return real(device, virtualMode);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceSetVirtualizationMode(nvmlDevice_t device, nvmlGpuVirtualizationMode_t virtualMode)
{
    quanta_nvml_pfn_nvmlDeviceSetVirtualizationMode real = (quanta_nvml_pfn_nvmlDeviceSetVirtualizationMode)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceSetVirtualizationMode);
    if (__builtin_expect(real != NULL, 1))
        return real(device, virtualMode);
    return slow_nvmlDeviceSetVirtualizationMode(device, virtualMode);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceValidateInforom(nvmlDevice_t device)
{
    quanta_nvml_pfn_nvmlDeviceValidateInforom real = (quanta_nvml_pfn_nvmlDeviceValidateInforom)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceValidateInforom);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceValidateInforom);
    }
    return real(device);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceValidateInforom(nvmlDevice_t device)
{
    quanta_nvml_pfn_nvmlDeviceValidateInforom real = (quanta_nvml_pfn_nvmlDeviceValidateInforom)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceValidateInforom);
    if (__builtin_expect(real != NULL, 1))
        return real(device);
    return slow_nvmlDeviceValidateInforom(device);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceWorkloadPowerProfileClearRequestedProfiles(nvmlDevice_t device, nvmlWorkloadPowerProfileRequestedProfiles_t *requestedProfiles)
{
    quanta_nvml_pfn_nvmlDeviceWorkloadPowerProfileClearRequestedProfiles real = (quanta_nvml_pfn_nvmlDeviceWorkloadPowerProfileClearRequestedProfiles)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceWorkloadPowerProfileClearRequestedProfiles);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceWorkloadPowerProfileClearRequestedProfiles);
    }
    return real(device, requestedProfiles);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceWorkloadPowerProfileClearRequestedProfiles(nvmlDevice_t device, nvmlWorkloadPowerProfileRequestedProfiles_t *requestedProfiles)
{
    quanta_nvml_pfn_nvmlDeviceWorkloadPowerProfileClearRequestedProfiles real = (quanta_nvml_pfn_nvmlDeviceWorkloadPowerProfileClearRequestedProfiles)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceWorkloadPowerProfileClearRequestedProfiles);
    if (__builtin_expect(real != NULL, 1))
        return real(device, requestedProfiles);
    return slow_nvmlDeviceWorkloadPowerProfileClearRequestedProfiles(device, requestedProfiles);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceWorkloadPowerProfileGetCurrentProfiles(nvmlDevice_t device, nvmlWorkloadPowerProfileCurrentProfiles_t *currentProfiles)
{
    quanta_nvml_pfn_nvmlDeviceWorkloadPowerProfileGetCurrentProfiles real = (quanta_nvml_pfn_nvmlDeviceWorkloadPowerProfileGetCurrentProfiles)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceWorkloadPowerProfileGetCurrentProfiles);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceWorkloadPowerProfileGetCurrentProfiles);
    }
    return real(device, currentProfiles);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceWorkloadPowerProfileGetCurrentProfiles(nvmlDevice_t device, nvmlWorkloadPowerProfileCurrentProfiles_t *currentProfiles)
{
    quanta_nvml_pfn_nvmlDeviceWorkloadPowerProfileGetCurrentProfiles real = (quanta_nvml_pfn_nvmlDeviceWorkloadPowerProfileGetCurrentProfiles)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceWorkloadPowerProfileGetCurrentProfiles);
    if (__builtin_expect(real != NULL, 1))
        return real(device, currentProfiles);
    return slow_nvmlDeviceWorkloadPowerProfileGetCurrentProfiles(device, currentProfiles);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceWorkloadPowerProfileGetProfilesInfo(nvmlDevice_t device, nvmlWorkloadPowerProfileProfilesInfo_t *profilesInfo)
{
    quanta_nvml_pfn_nvmlDeviceWorkloadPowerProfileGetProfilesInfo real = (quanta_nvml_pfn_nvmlDeviceWorkloadPowerProfileGetProfilesInfo)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceWorkloadPowerProfileGetProfilesInfo);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceWorkloadPowerProfileGetProfilesInfo);
    }
    return real(device, profilesInfo);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceWorkloadPowerProfileGetProfilesInfo(nvmlDevice_t device, nvmlWorkloadPowerProfileProfilesInfo_t *profilesInfo)
{
    quanta_nvml_pfn_nvmlDeviceWorkloadPowerProfileGetProfilesInfo real = (quanta_nvml_pfn_nvmlDeviceWorkloadPowerProfileGetProfilesInfo)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceWorkloadPowerProfileGetProfilesInfo);
    if (__builtin_expect(real != NULL, 1))
        return real(device, profilesInfo);
    return slow_nvmlDeviceWorkloadPowerProfileGetProfilesInfo(device, profilesInfo);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlDeviceWorkloadPowerProfileSetRequestedProfiles(nvmlDevice_t device, nvmlWorkloadPowerProfileRequestedProfiles_t *requestedProfiles)
{
    quanta_nvml_pfn_nvmlDeviceWorkloadPowerProfileSetRequestedProfiles real = (quanta_nvml_pfn_nvmlDeviceWorkloadPowerProfileSetRequestedProfiles)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceWorkloadPowerProfileSetRequestedProfiles);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceWorkloadPowerProfileSetRequestedProfiles);
    }
    return real(device, requestedProfiles);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceWorkloadPowerProfileSetRequestedProfiles(nvmlDevice_t device, nvmlWorkloadPowerProfileRequestedProfiles_t *requestedProfiles)
{
    quanta_nvml_pfn_nvmlDeviceWorkloadPowerProfileSetRequestedProfiles real = (quanta_nvml_pfn_nvmlDeviceWorkloadPowerProfileSetRequestedProfiles)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlDeviceWorkloadPowerProfileSetRequestedProfiles);
    if (__builtin_expect(real != NULL, 1))
        return real(device, requestedProfiles);
    return slow_nvmlDeviceWorkloadPowerProfileSetRequestedProfiles(device, requestedProfiles);
}

static QUANTA__COLD const char* slow_nvmlErrorString(nvmlReturn_t result)
{
    quanta_nvml_pfn_nvmlErrorString real = (quanta_nvml_pfn_nvmlErrorString)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlErrorString);
    if (real == NULL) {
        (void)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlErrorString);
    return (const char*)0;
    }
    return real(result);
}

QUANTA__WRAPPER const char* nvmlErrorString(nvmlReturn_t result)
{
    quanta_nvml_pfn_nvmlErrorString real = (quanta_nvml_pfn_nvmlErrorString)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlErrorString);
    if (__builtin_expect(real != NULL, 1))
        return real(result);
    return slow_nvmlErrorString(result);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlEventSetCreate(nvmlEventSet_t *set)
{
    quanta_nvml_pfn_nvmlEventSetCreate real = (quanta_nvml_pfn_nvmlEventSetCreate)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlEventSetCreate);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlEventSetCreate);
    }
    return real(set);
}

QUANTA__WRAPPER nvmlReturn_t nvmlEventSetCreate(nvmlEventSet_t *set)
{
    quanta_nvml_pfn_nvmlEventSetCreate real = (quanta_nvml_pfn_nvmlEventSetCreate)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlEventSetCreate);
    if (__builtin_expect(real != NULL, 1))
        return real(set);
    return slow_nvmlEventSetCreate(set);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlEventSetFree(nvmlEventSet_t set)
{
    quanta_nvml_pfn_nvmlEventSetFree real = (quanta_nvml_pfn_nvmlEventSetFree)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlEventSetFree);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlEventSetFree);
    }
    return real(set);
}

QUANTA__WRAPPER nvmlReturn_t nvmlEventSetFree(nvmlEventSet_t set)
{
    quanta_nvml_pfn_nvmlEventSetFree real = (quanta_nvml_pfn_nvmlEventSetFree)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlEventSetFree);
    if (__builtin_expect(real != NULL, 1))
        return real(set);
    return slow_nvmlEventSetFree(set);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlEventSetWait(nvmlEventSet_t set, nvmlEventData_t *data, unsigned int timeoutms)
{
    quanta_nvml_pfn_nvmlEventSetWait real = (quanta_nvml_pfn_nvmlEventSetWait)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlEventSetWait);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlEventSetWait);
    }
    return real(set, data, timeoutms);
}

QUANTA__WRAPPER nvmlReturn_t nvmlEventSetWait(nvmlEventSet_t set, nvmlEventData_t *data, unsigned int timeoutms)
{
    quanta_nvml_pfn_nvmlEventSetWait real = (quanta_nvml_pfn_nvmlEventSetWait)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlEventSetWait);
    if (__builtin_expect(real != NULL, 1))
        return real(set, data, timeoutms);
    return slow_nvmlEventSetWait(set, data, timeoutms);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlEventSetWait_v2(nvmlEventSet_t set, nvmlEventData_t *data, unsigned int timeoutms)
{
    quanta_nvml_pfn_nvmlEventSetWait_v2 real = (quanta_nvml_pfn_nvmlEventSetWait_v2)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlEventSetWait_v2);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlEventSetWait_v2);
    }
    return real(set, data, timeoutms);
}

QUANTA__WRAPPER nvmlReturn_t nvmlEventSetWait_v2(nvmlEventSet_t set, nvmlEventData_t *data, unsigned int timeoutms)
{
    quanta_nvml_pfn_nvmlEventSetWait_v2 real = (quanta_nvml_pfn_nvmlEventSetWait_v2)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlEventSetWait_v2);
    if (__builtin_expect(real != NULL, 1))
        return real(set, data, timeoutms);
    return slow_nvmlEventSetWait_v2(set, data, timeoutms);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlGetExcludedDeviceCount(unsigned int *deviceCount)
{
    quanta_nvml_pfn_nvmlGetExcludedDeviceCount real = (quanta_nvml_pfn_nvmlGetExcludedDeviceCount)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlGetExcludedDeviceCount);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlGetExcludedDeviceCount);
    }
    return real(deviceCount);
}

QUANTA__WRAPPER nvmlReturn_t nvmlGetExcludedDeviceCount(unsigned int *deviceCount)
{
    quanta_nvml_pfn_nvmlGetExcludedDeviceCount real = (quanta_nvml_pfn_nvmlGetExcludedDeviceCount)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlGetExcludedDeviceCount);
    if (__builtin_expect(real != NULL, 1))
        return real(deviceCount);
    return slow_nvmlGetExcludedDeviceCount(deviceCount);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlGetExcludedDeviceInfoByIndex(unsigned int index, nvmlExcludedDeviceInfo_t *info)
{
    quanta_nvml_pfn_nvmlGetExcludedDeviceInfoByIndex real = (quanta_nvml_pfn_nvmlGetExcludedDeviceInfoByIndex)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlGetExcludedDeviceInfoByIndex);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlGetExcludedDeviceInfoByIndex);
    }
    return real(index, info);
}

QUANTA__WRAPPER nvmlReturn_t nvmlGetExcludedDeviceInfoByIndex(unsigned int index, nvmlExcludedDeviceInfo_t *info)
{
    quanta_nvml_pfn_nvmlGetExcludedDeviceInfoByIndex real = (quanta_nvml_pfn_nvmlGetExcludedDeviceInfoByIndex)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlGetExcludedDeviceInfoByIndex);
    if (__builtin_expect(real != NULL, 1))
        return real(index, info);
    return slow_nvmlGetExcludedDeviceInfoByIndex(index, info);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlGetVgpuCompatibility(nvmlVgpuMetadata_t *vgpuMetadata, nvmlVgpuPgpuMetadata_t *pgpuMetadata, nvmlVgpuPgpuCompatibility_t *compatibilityInfo)
{
    quanta_nvml_pfn_nvmlGetVgpuCompatibility real = (quanta_nvml_pfn_nvmlGetVgpuCompatibility)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlGetVgpuCompatibility);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlGetVgpuCompatibility);
    }
    return real(vgpuMetadata, pgpuMetadata, compatibilityInfo);
}

QUANTA__WRAPPER nvmlReturn_t nvmlGetVgpuCompatibility(nvmlVgpuMetadata_t *vgpuMetadata, nvmlVgpuPgpuMetadata_t *pgpuMetadata, nvmlVgpuPgpuCompatibility_t *compatibilityInfo)
{
    quanta_nvml_pfn_nvmlGetVgpuCompatibility real = (quanta_nvml_pfn_nvmlGetVgpuCompatibility)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlGetVgpuCompatibility);
    if (__builtin_expect(real != NULL, 1))
        return real(vgpuMetadata, pgpuMetadata, compatibilityInfo);
    return slow_nvmlGetVgpuCompatibility(vgpuMetadata, pgpuMetadata, compatibilityInfo);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlGetVgpuDriverCapabilities(nvmlVgpuDriverCapability_t capability, unsigned int *capResult)
{
    quanta_nvml_pfn_nvmlGetVgpuDriverCapabilities real = (quanta_nvml_pfn_nvmlGetVgpuDriverCapabilities)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlGetVgpuDriverCapabilities);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlGetVgpuDriverCapabilities);
    }
    return real(capability, capResult);
}

QUANTA__WRAPPER nvmlReturn_t nvmlGetVgpuDriverCapabilities(nvmlVgpuDriverCapability_t capability, unsigned int *capResult)
{
    quanta_nvml_pfn_nvmlGetVgpuDriverCapabilities real = (quanta_nvml_pfn_nvmlGetVgpuDriverCapabilities)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlGetVgpuDriverCapabilities);
    if (__builtin_expect(real != NULL, 1))
        return real(capability, capResult);
    return slow_nvmlGetVgpuDriverCapabilities(capability, capResult);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlGetVgpuVersion(nvmlVgpuVersion_t *supported, nvmlVgpuVersion_t *current)
{
    quanta_nvml_pfn_nvmlGetVgpuVersion real = (quanta_nvml_pfn_nvmlGetVgpuVersion)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlGetVgpuVersion);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlGetVgpuVersion);
    }
    return real(supported, current);
}

QUANTA__WRAPPER nvmlReturn_t nvmlGetVgpuVersion(nvmlVgpuVersion_t *supported, nvmlVgpuVersion_t *current)
{
    quanta_nvml_pfn_nvmlGetVgpuVersion real = (quanta_nvml_pfn_nvmlGetVgpuVersion)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlGetVgpuVersion);
    if (__builtin_expect(real != NULL, 1))
        return real(supported, current);
    return slow_nvmlGetVgpuVersion(supported, current);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlGpmMetricsGet(nvmlGpmMetricsGet_t *metricsGet)
{
    quanta_nvml_pfn_nvmlGpmMetricsGet real = (quanta_nvml_pfn_nvmlGpmMetricsGet)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlGpmMetricsGet);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlGpmMetricsGet);
    }
    return real(metricsGet);
}

QUANTA__WRAPPER nvmlReturn_t nvmlGpmMetricsGet(nvmlGpmMetricsGet_t *metricsGet)
{
    quanta_nvml_pfn_nvmlGpmMetricsGet real = (quanta_nvml_pfn_nvmlGpmMetricsGet)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlGpmMetricsGet);
    if (__builtin_expect(real != NULL, 1))
        return real(metricsGet);
    return slow_nvmlGpmMetricsGet(metricsGet);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlGpmMigSampleGet(nvmlDevice_t device, unsigned int gpuInstanceId, nvmlGpmSample_t gpmSample)
{
    quanta_nvml_pfn_nvmlGpmMigSampleGet real = (quanta_nvml_pfn_nvmlGpmMigSampleGet)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlGpmMigSampleGet);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlGpmMigSampleGet);
    }
    return real(device, gpuInstanceId, gpmSample);
}

QUANTA__WRAPPER nvmlReturn_t nvmlGpmMigSampleGet(nvmlDevice_t device, unsigned int gpuInstanceId, nvmlGpmSample_t gpmSample)
{
    quanta_nvml_pfn_nvmlGpmMigSampleGet real = (quanta_nvml_pfn_nvmlGpmMigSampleGet)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlGpmMigSampleGet);
    if (__builtin_expect(real != NULL, 1))
        return real(device, gpuInstanceId, gpmSample);
    return slow_nvmlGpmMigSampleGet(device, gpuInstanceId, gpmSample);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlGpmQueryDeviceSupport(nvmlDevice_t device, nvmlGpmSupport_t *gpmSupport)
{
    quanta_nvml_pfn_nvmlGpmQueryDeviceSupport real = (quanta_nvml_pfn_nvmlGpmQueryDeviceSupport)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlGpmQueryDeviceSupport);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlGpmQueryDeviceSupport);
    }
    return real(device, gpmSupport);
}

QUANTA__WRAPPER nvmlReturn_t nvmlGpmQueryDeviceSupport(nvmlDevice_t device, nvmlGpmSupport_t *gpmSupport)
{
    quanta_nvml_pfn_nvmlGpmQueryDeviceSupport real = (quanta_nvml_pfn_nvmlGpmQueryDeviceSupport)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlGpmQueryDeviceSupport);
    if (__builtin_expect(real != NULL, 1))
        return real(device, gpmSupport);
    return slow_nvmlGpmQueryDeviceSupport(device, gpmSupport);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlGpmQueryIfStreamingEnabled(nvmlDevice_t device, unsigned int *state)
{
    quanta_nvml_pfn_nvmlGpmQueryIfStreamingEnabled real = (quanta_nvml_pfn_nvmlGpmQueryIfStreamingEnabled)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlGpmQueryIfStreamingEnabled);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlGpmQueryIfStreamingEnabled);
    }
    return real(device, state);
}

QUANTA__WRAPPER nvmlReturn_t nvmlGpmQueryIfStreamingEnabled(nvmlDevice_t device, unsigned int *state)
{
    quanta_nvml_pfn_nvmlGpmQueryIfStreamingEnabled real = (quanta_nvml_pfn_nvmlGpmQueryIfStreamingEnabled)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlGpmQueryIfStreamingEnabled);
    if (__builtin_expect(real != NULL, 1))
        return real(device, state);
    return slow_nvmlGpmQueryIfStreamingEnabled(device, state);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlGpmSampleAlloc(nvmlGpmSample_t *gpmSample)
{
    quanta_nvml_pfn_nvmlGpmSampleAlloc real = (quanta_nvml_pfn_nvmlGpmSampleAlloc)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlGpmSampleAlloc);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlGpmSampleAlloc);
    }
    return real(gpmSample);
}

QUANTA__WRAPPER nvmlReturn_t nvmlGpmSampleAlloc(nvmlGpmSample_t *gpmSample)
{
    quanta_nvml_pfn_nvmlGpmSampleAlloc real = (quanta_nvml_pfn_nvmlGpmSampleAlloc)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlGpmSampleAlloc);
    if (__builtin_expect(real != NULL, 1))
        return real(gpmSample);
    return slow_nvmlGpmSampleAlloc(gpmSample);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlGpmSampleFree(nvmlGpmSample_t gpmSample)
{
    quanta_nvml_pfn_nvmlGpmSampleFree real = (quanta_nvml_pfn_nvmlGpmSampleFree)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlGpmSampleFree);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlGpmSampleFree);
    }
    return real(gpmSample);
}

QUANTA__WRAPPER nvmlReturn_t nvmlGpmSampleFree(nvmlGpmSample_t gpmSample)
{
    quanta_nvml_pfn_nvmlGpmSampleFree real = (quanta_nvml_pfn_nvmlGpmSampleFree)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlGpmSampleFree);
    if (__builtin_expect(real != NULL, 1))
        return real(gpmSample);
    return slow_nvmlGpmSampleFree(gpmSample);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlGpmSampleGet(nvmlDevice_t device, nvmlGpmSample_t gpmSample)
{
    quanta_nvml_pfn_nvmlGpmSampleGet real = (quanta_nvml_pfn_nvmlGpmSampleGet)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlGpmSampleGet);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlGpmSampleGet);
    }
    return real(device, gpmSample);
}

QUANTA__WRAPPER nvmlReturn_t nvmlGpmSampleGet(nvmlDevice_t device, nvmlGpmSample_t gpmSample)
{
    quanta_nvml_pfn_nvmlGpmSampleGet real = (quanta_nvml_pfn_nvmlGpmSampleGet)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlGpmSampleGet);
    if (__builtin_expect(real != NULL, 1))
        return real(device, gpmSample);
    return slow_nvmlGpmSampleGet(device, gpmSample);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlGpmSetStreamingEnabled(nvmlDevice_t device, unsigned int state)
{
    quanta_nvml_pfn_nvmlGpmSetStreamingEnabled real = (quanta_nvml_pfn_nvmlGpmSetStreamingEnabled)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlGpmSetStreamingEnabled);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlGpmSetStreamingEnabled);
    }
    return real(device, state);
}

QUANTA__WRAPPER nvmlReturn_t nvmlGpmSetStreamingEnabled(nvmlDevice_t device, unsigned int state)
{
    quanta_nvml_pfn_nvmlGpmSetStreamingEnabled real = (quanta_nvml_pfn_nvmlGpmSetStreamingEnabled)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlGpmSetStreamingEnabled);
    if (__builtin_expect(real != NULL, 1))
        return real(device, state);
    return slow_nvmlGpmSetStreamingEnabled(device, state);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlGpuInstanceCreateComputeInstance(nvmlGpuInstance_t gpuInstance, unsigned int profileId, nvmlComputeInstance_t *computeInstance)
{
    quanta_nvml_pfn_nvmlGpuInstanceCreateComputeInstance real = (quanta_nvml_pfn_nvmlGpuInstanceCreateComputeInstance)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlGpuInstanceCreateComputeInstance);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlGpuInstanceCreateComputeInstance);
    }
    return real(gpuInstance, profileId, computeInstance);
}

QUANTA__WRAPPER nvmlReturn_t nvmlGpuInstanceCreateComputeInstance(nvmlGpuInstance_t gpuInstance, unsigned int profileId, nvmlComputeInstance_t *computeInstance)
{
    quanta_nvml_pfn_nvmlGpuInstanceCreateComputeInstance real = (quanta_nvml_pfn_nvmlGpuInstanceCreateComputeInstance)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlGpuInstanceCreateComputeInstance);
    if (__builtin_expect(real != NULL, 1))
        return real(gpuInstance, profileId, computeInstance);
    return slow_nvmlGpuInstanceCreateComputeInstance(gpuInstance, profileId, computeInstance);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlGpuInstanceCreateComputeInstanceWithPlacement(nvmlGpuInstance_t gpuInstance, unsigned int profileId, const nvmlComputeInstancePlacement_t *placement, nvmlComputeInstance_t *computeInstance)
{
    quanta_nvml_pfn_nvmlGpuInstanceCreateComputeInstanceWithPlacement real = (quanta_nvml_pfn_nvmlGpuInstanceCreateComputeInstanceWithPlacement)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlGpuInstanceCreateComputeInstanceWithPlacement);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlGpuInstanceCreateComputeInstanceWithPlacement);
    }
    return real(gpuInstance, profileId, placement, computeInstance);
}

QUANTA__WRAPPER nvmlReturn_t nvmlGpuInstanceCreateComputeInstanceWithPlacement(nvmlGpuInstance_t gpuInstance, unsigned int profileId, const nvmlComputeInstancePlacement_t *placement, nvmlComputeInstance_t *computeInstance)
{
    quanta_nvml_pfn_nvmlGpuInstanceCreateComputeInstanceWithPlacement real = (quanta_nvml_pfn_nvmlGpuInstanceCreateComputeInstanceWithPlacement)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlGpuInstanceCreateComputeInstanceWithPlacement);
    if (__builtin_expect(real != NULL, 1))
        return real(gpuInstance, profileId, placement, computeInstance);
    return slow_nvmlGpuInstanceCreateComputeInstanceWithPlacement(gpuInstance, profileId, placement, computeInstance);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlGpuInstanceDestroy(nvmlGpuInstance_t gpuInstance)
{
    quanta_nvml_pfn_nvmlGpuInstanceDestroy real = (quanta_nvml_pfn_nvmlGpuInstanceDestroy)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlGpuInstanceDestroy);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlGpuInstanceDestroy);
    }
    return real(gpuInstance);
}

QUANTA__WRAPPER nvmlReturn_t nvmlGpuInstanceDestroy(nvmlGpuInstance_t gpuInstance)
{
    quanta_nvml_pfn_nvmlGpuInstanceDestroy real = (quanta_nvml_pfn_nvmlGpuInstanceDestroy)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlGpuInstanceDestroy);
    if (__builtin_expect(real != NULL, 1))
        return real(gpuInstance);
    return slow_nvmlGpuInstanceDestroy(gpuInstance);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlGpuInstanceGetActiveVgpus(nvmlGpuInstance_t gpuInstance, nvmlActiveVgpuInstanceInfo_t *pVgpuInstanceInfo)
{
    quanta_nvml_pfn_nvmlGpuInstanceGetActiveVgpus real = (quanta_nvml_pfn_nvmlGpuInstanceGetActiveVgpus)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlGpuInstanceGetActiveVgpus);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlGpuInstanceGetActiveVgpus);
    }
    return real(gpuInstance, pVgpuInstanceInfo);
}

QUANTA__WRAPPER nvmlReturn_t nvmlGpuInstanceGetActiveVgpus(nvmlGpuInstance_t gpuInstance, nvmlActiveVgpuInstanceInfo_t *pVgpuInstanceInfo)
{
    quanta_nvml_pfn_nvmlGpuInstanceGetActiveVgpus real = (quanta_nvml_pfn_nvmlGpuInstanceGetActiveVgpus)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlGpuInstanceGetActiveVgpus);
    if (__builtin_expect(real != NULL, 1))
        return real(gpuInstance, pVgpuInstanceInfo);
    return slow_nvmlGpuInstanceGetActiveVgpus(gpuInstance, pVgpuInstanceInfo);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlGpuInstanceGetComputeInstanceById(nvmlGpuInstance_t gpuInstance, unsigned int id, nvmlComputeInstance_t *computeInstance)
{
    quanta_nvml_pfn_nvmlGpuInstanceGetComputeInstanceById real = (quanta_nvml_pfn_nvmlGpuInstanceGetComputeInstanceById)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlGpuInstanceGetComputeInstanceById);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlGpuInstanceGetComputeInstanceById);
    }
    return real(gpuInstance, id, computeInstance);
}

QUANTA__WRAPPER nvmlReturn_t nvmlGpuInstanceGetComputeInstanceById(nvmlGpuInstance_t gpuInstance, unsigned int id, nvmlComputeInstance_t *computeInstance)
{
    quanta_nvml_pfn_nvmlGpuInstanceGetComputeInstanceById real = (quanta_nvml_pfn_nvmlGpuInstanceGetComputeInstanceById)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlGpuInstanceGetComputeInstanceById);
    if (__builtin_expect(real != NULL, 1))
        return real(gpuInstance, id, computeInstance);
    return slow_nvmlGpuInstanceGetComputeInstanceById(gpuInstance, id, computeInstance);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlGpuInstanceGetComputeInstancePossiblePlacements(nvmlGpuInstance_t gpuInstance, unsigned int profileId, nvmlComputeInstancePlacement_t *placements, unsigned int *count)
{
    quanta_nvml_pfn_nvmlGpuInstanceGetComputeInstancePossiblePlacements real = (quanta_nvml_pfn_nvmlGpuInstanceGetComputeInstancePossiblePlacements)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlGpuInstanceGetComputeInstancePossiblePlacements);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlGpuInstanceGetComputeInstancePossiblePlacements);
    }
    return real(gpuInstance, profileId, placements, count);
}

QUANTA__WRAPPER nvmlReturn_t nvmlGpuInstanceGetComputeInstancePossiblePlacements(nvmlGpuInstance_t gpuInstance, unsigned int profileId, nvmlComputeInstancePlacement_t *placements, unsigned int *count)
{
    quanta_nvml_pfn_nvmlGpuInstanceGetComputeInstancePossiblePlacements real = (quanta_nvml_pfn_nvmlGpuInstanceGetComputeInstancePossiblePlacements)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlGpuInstanceGetComputeInstancePossiblePlacements);
    if (__builtin_expect(real != NULL, 1))
        return real(gpuInstance, profileId, placements, count);
    return slow_nvmlGpuInstanceGetComputeInstancePossiblePlacements(gpuInstance, profileId, placements, count);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlGpuInstanceGetComputeInstanceProfileInfo(nvmlGpuInstance_t gpuInstance, unsigned int profile, unsigned int engProfile, nvmlComputeInstanceProfileInfo_t *info)
{
    quanta_nvml_pfn_nvmlGpuInstanceGetComputeInstanceProfileInfo real = (quanta_nvml_pfn_nvmlGpuInstanceGetComputeInstanceProfileInfo)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlGpuInstanceGetComputeInstanceProfileInfo);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlGpuInstanceGetComputeInstanceProfileInfo);
    }
    return real(gpuInstance, profile, engProfile, info);
}

QUANTA__WRAPPER nvmlReturn_t nvmlGpuInstanceGetComputeInstanceProfileInfo(nvmlGpuInstance_t gpuInstance, unsigned int profile, unsigned int engProfile, nvmlComputeInstanceProfileInfo_t *info)
{
    quanta_nvml_pfn_nvmlGpuInstanceGetComputeInstanceProfileInfo real = (quanta_nvml_pfn_nvmlGpuInstanceGetComputeInstanceProfileInfo)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlGpuInstanceGetComputeInstanceProfileInfo);
    if (__builtin_expect(real != NULL, 1))
        return real(gpuInstance, profile, engProfile, info);
    return slow_nvmlGpuInstanceGetComputeInstanceProfileInfo(gpuInstance, profile, engProfile, info);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlGpuInstanceGetComputeInstanceProfileInfoV(nvmlGpuInstance_t gpuInstance, unsigned int profile, unsigned int engProfile, nvmlComputeInstanceProfileInfo_v2_t *info)
{
    quanta_nvml_pfn_nvmlGpuInstanceGetComputeInstanceProfileInfoV real = (quanta_nvml_pfn_nvmlGpuInstanceGetComputeInstanceProfileInfoV)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlGpuInstanceGetComputeInstanceProfileInfoV);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlGpuInstanceGetComputeInstanceProfileInfoV);
    }
    return real(gpuInstance, profile, engProfile, info);
}

QUANTA__WRAPPER nvmlReturn_t nvmlGpuInstanceGetComputeInstanceProfileInfoV(nvmlGpuInstance_t gpuInstance, unsigned int profile, unsigned int engProfile, nvmlComputeInstanceProfileInfo_v2_t *info)
{
    quanta_nvml_pfn_nvmlGpuInstanceGetComputeInstanceProfileInfoV real = (quanta_nvml_pfn_nvmlGpuInstanceGetComputeInstanceProfileInfoV)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlGpuInstanceGetComputeInstanceProfileInfoV);
    if (__builtin_expect(real != NULL, 1))
        return real(gpuInstance, profile, engProfile, info);
    return slow_nvmlGpuInstanceGetComputeInstanceProfileInfoV(gpuInstance, profile, engProfile, info);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlGpuInstanceGetComputeInstanceRemainingCapacity(nvmlGpuInstance_t gpuInstance, unsigned int profileId, unsigned int *count)
{
    quanta_nvml_pfn_nvmlGpuInstanceGetComputeInstanceRemainingCapacity real = (quanta_nvml_pfn_nvmlGpuInstanceGetComputeInstanceRemainingCapacity)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlGpuInstanceGetComputeInstanceRemainingCapacity);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlGpuInstanceGetComputeInstanceRemainingCapacity);
    }
    return real(gpuInstance, profileId, count);
}

QUANTA__WRAPPER nvmlReturn_t nvmlGpuInstanceGetComputeInstanceRemainingCapacity(nvmlGpuInstance_t gpuInstance, unsigned int profileId, unsigned int *count)
{
    quanta_nvml_pfn_nvmlGpuInstanceGetComputeInstanceRemainingCapacity real = (quanta_nvml_pfn_nvmlGpuInstanceGetComputeInstanceRemainingCapacity)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlGpuInstanceGetComputeInstanceRemainingCapacity);
    if (__builtin_expect(real != NULL, 1))
        return real(gpuInstance, profileId, count);
    return slow_nvmlGpuInstanceGetComputeInstanceRemainingCapacity(gpuInstance, profileId, count);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlGpuInstanceGetComputeInstances(nvmlGpuInstance_t gpuInstance, unsigned int profileId, nvmlComputeInstance_t *computeInstances, unsigned int *count)
{
    quanta_nvml_pfn_nvmlGpuInstanceGetComputeInstances real = (quanta_nvml_pfn_nvmlGpuInstanceGetComputeInstances)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlGpuInstanceGetComputeInstances);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlGpuInstanceGetComputeInstances);
    }
    return real(gpuInstance, profileId, computeInstances, count);
}

QUANTA__WRAPPER nvmlReturn_t nvmlGpuInstanceGetComputeInstances(nvmlGpuInstance_t gpuInstance, unsigned int profileId, nvmlComputeInstance_t *computeInstances, unsigned int *count)
{
    quanta_nvml_pfn_nvmlGpuInstanceGetComputeInstances real = (quanta_nvml_pfn_nvmlGpuInstanceGetComputeInstances)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlGpuInstanceGetComputeInstances);
    if (__builtin_expect(real != NULL, 1))
        return real(gpuInstance, profileId, computeInstances, count);
    return slow_nvmlGpuInstanceGetComputeInstances(gpuInstance, profileId, computeInstances, count);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlGpuInstanceGetCreatableVgpus(nvmlGpuInstance_t gpuInstance, nvmlVgpuTypeIdInfo_t *pVgpus)
{
    quanta_nvml_pfn_nvmlGpuInstanceGetCreatableVgpus real = (quanta_nvml_pfn_nvmlGpuInstanceGetCreatableVgpus)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlGpuInstanceGetCreatableVgpus);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlGpuInstanceGetCreatableVgpus);
    }
    return real(gpuInstance, pVgpus);
}

QUANTA__WRAPPER nvmlReturn_t nvmlGpuInstanceGetCreatableVgpus(nvmlGpuInstance_t gpuInstance, nvmlVgpuTypeIdInfo_t *pVgpus)
{
    quanta_nvml_pfn_nvmlGpuInstanceGetCreatableVgpus real = (quanta_nvml_pfn_nvmlGpuInstanceGetCreatableVgpus)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlGpuInstanceGetCreatableVgpus);
    if (__builtin_expect(real != NULL, 1))
        return real(gpuInstance, pVgpus);
    return slow_nvmlGpuInstanceGetCreatableVgpus(gpuInstance, pVgpus);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlGpuInstanceGetInfo(nvmlGpuInstance_t gpuInstance, nvmlGpuInstanceInfo_t *info)
{
    quanta_nvml_pfn_nvmlGpuInstanceGetInfo real = (quanta_nvml_pfn_nvmlGpuInstanceGetInfo)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlGpuInstanceGetInfo);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlGpuInstanceGetInfo);
    }
    return real(gpuInstance, info);
}

QUANTA__WRAPPER nvmlReturn_t nvmlGpuInstanceGetInfo(nvmlGpuInstance_t gpuInstance, nvmlGpuInstanceInfo_t *info)
{
    quanta_nvml_pfn_nvmlGpuInstanceGetInfo real = (quanta_nvml_pfn_nvmlGpuInstanceGetInfo)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlGpuInstanceGetInfo);
    if (__builtin_expect(real != NULL, 1))
        return real(gpuInstance, info);
    return slow_nvmlGpuInstanceGetInfo(gpuInstance, info);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlGpuInstanceGetVgpuHeterogeneousMode(nvmlGpuInstance_t gpuInstance, nvmlVgpuHeterogeneousMode_t *pHeterogeneousMode)
{
    quanta_nvml_pfn_nvmlGpuInstanceGetVgpuHeterogeneousMode real = (quanta_nvml_pfn_nvmlGpuInstanceGetVgpuHeterogeneousMode)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlGpuInstanceGetVgpuHeterogeneousMode);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlGpuInstanceGetVgpuHeterogeneousMode);
    }
    return real(gpuInstance, pHeterogeneousMode);
}

QUANTA__WRAPPER nvmlReturn_t nvmlGpuInstanceGetVgpuHeterogeneousMode(nvmlGpuInstance_t gpuInstance, nvmlVgpuHeterogeneousMode_t *pHeterogeneousMode)
{
    quanta_nvml_pfn_nvmlGpuInstanceGetVgpuHeterogeneousMode real = (quanta_nvml_pfn_nvmlGpuInstanceGetVgpuHeterogeneousMode)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlGpuInstanceGetVgpuHeterogeneousMode);
    if (__builtin_expect(real != NULL, 1))
        return real(gpuInstance, pHeterogeneousMode);
    return slow_nvmlGpuInstanceGetVgpuHeterogeneousMode(gpuInstance, pHeterogeneousMode);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlGpuInstanceGetVgpuSchedulerLog(nvmlGpuInstance_t gpuInstance, nvmlVgpuSchedulerLogInfo_t *pSchedulerLogInfo)
{
    quanta_nvml_pfn_nvmlGpuInstanceGetVgpuSchedulerLog real = (quanta_nvml_pfn_nvmlGpuInstanceGetVgpuSchedulerLog)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlGpuInstanceGetVgpuSchedulerLog);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlGpuInstanceGetVgpuSchedulerLog);
    }
    return real(gpuInstance, pSchedulerLogInfo);
}

QUANTA__WRAPPER nvmlReturn_t nvmlGpuInstanceGetVgpuSchedulerLog(nvmlGpuInstance_t gpuInstance, nvmlVgpuSchedulerLogInfo_t *pSchedulerLogInfo)
{
    quanta_nvml_pfn_nvmlGpuInstanceGetVgpuSchedulerLog real = (quanta_nvml_pfn_nvmlGpuInstanceGetVgpuSchedulerLog)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlGpuInstanceGetVgpuSchedulerLog);
    if (__builtin_expect(real != NULL, 1))
        return real(gpuInstance, pSchedulerLogInfo);
    return slow_nvmlGpuInstanceGetVgpuSchedulerLog(gpuInstance, pSchedulerLogInfo);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlGpuInstanceGetVgpuSchedulerState(nvmlGpuInstance_t gpuInstance, nvmlVgpuSchedulerStateInfo_t *pSchedulerStateInfo)
{
    quanta_nvml_pfn_nvmlGpuInstanceGetVgpuSchedulerState real = (quanta_nvml_pfn_nvmlGpuInstanceGetVgpuSchedulerState)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlGpuInstanceGetVgpuSchedulerState);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlGpuInstanceGetVgpuSchedulerState);
    }
    return real(gpuInstance, pSchedulerStateInfo);
}

QUANTA__WRAPPER nvmlReturn_t nvmlGpuInstanceGetVgpuSchedulerState(nvmlGpuInstance_t gpuInstance, nvmlVgpuSchedulerStateInfo_t *pSchedulerStateInfo)
{
    quanta_nvml_pfn_nvmlGpuInstanceGetVgpuSchedulerState real = (quanta_nvml_pfn_nvmlGpuInstanceGetVgpuSchedulerState)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlGpuInstanceGetVgpuSchedulerState);
    if (__builtin_expect(real != NULL, 1))
        return real(gpuInstance, pSchedulerStateInfo);
    return slow_nvmlGpuInstanceGetVgpuSchedulerState(gpuInstance, pSchedulerStateInfo);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlGpuInstanceGetVgpuTypeCreatablePlacements(nvmlGpuInstance_t gpuInstance, nvmlVgpuCreatablePlacementInfo_t *pCreatablePlacementInfo)
{
    quanta_nvml_pfn_nvmlGpuInstanceGetVgpuTypeCreatablePlacements real = (quanta_nvml_pfn_nvmlGpuInstanceGetVgpuTypeCreatablePlacements)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlGpuInstanceGetVgpuTypeCreatablePlacements);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlGpuInstanceGetVgpuTypeCreatablePlacements);
    }
    return real(gpuInstance, pCreatablePlacementInfo);
}

QUANTA__WRAPPER nvmlReturn_t nvmlGpuInstanceGetVgpuTypeCreatablePlacements(nvmlGpuInstance_t gpuInstance, nvmlVgpuCreatablePlacementInfo_t *pCreatablePlacementInfo)
{
    quanta_nvml_pfn_nvmlGpuInstanceGetVgpuTypeCreatablePlacements real = (quanta_nvml_pfn_nvmlGpuInstanceGetVgpuTypeCreatablePlacements)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlGpuInstanceGetVgpuTypeCreatablePlacements);
    if (__builtin_expect(real != NULL, 1))
        return real(gpuInstance, pCreatablePlacementInfo);
    return slow_nvmlGpuInstanceGetVgpuTypeCreatablePlacements(gpuInstance, pCreatablePlacementInfo);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlGpuInstanceSetVgpuHeterogeneousMode(nvmlGpuInstance_t gpuInstance, const nvmlVgpuHeterogeneousMode_t *pHeterogeneousMode)
{
    quanta_nvml_pfn_nvmlGpuInstanceSetVgpuHeterogeneousMode real = (quanta_nvml_pfn_nvmlGpuInstanceSetVgpuHeterogeneousMode)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlGpuInstanceSetVgpuHeterogeneousMode);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlGpuInstanceSetVgpuHeterogeneousMode);
    }
    return real(gpuInstance, pHeterogeneousMode);
}

QUANTA__WRAPPER nvmlReturn_t nvmlGpuInstanceSetVgpuHeterogeneousMode(nvmlGpuInstance_t gpuInstance, const nvmlVgpuHeterogeneousMode_t *pHeterogeneousMode)
{
    quanta_nvml_pfn_nvmlGpuInstanceSetVgpuHeterogeneousMode real = (quanta_nvml_pfn_nvmlGpuInstanceSetVgpuHeterogeneousMode)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlGpuInstanceSetVgpuHeterogeneousMode);
    if (__builtin_expect(real != NULL, 1))
        return real(gpuInstance, pHeterogeneousMode);
    return slow_nvmlGpuInstanceSetVgpuHeterogeneousMode(gpuInstance, pHeterogeneousMode);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlGpuInstanceSetVgpuSchedulerState(nvmlGpuInstance_t gpuInstance, nvmlVgpuSchedulerState_t *pScheduler)
{
    quanta_nvml_pfn_nvmlGpuInstanceSetVgpuSchedulerState real = (quanta_nvml_pfn_nvmlGpuInstanceSetVgpuSchedulerState)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlGpuInstanceSetVgpuSchedulerState);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlGpuInstanceSetVgpuSchedulerState);
    }
    return real(gpuInstance, pScheduler);
}

QUANTA__WRAPPER nvmlReturn_t nvmlGpuInstanceSetVgpuSchedulerState(nvmlGpuInstance_t gpuInstance, nvmlVgpuSchedulerState_t *pScheduler)
{
    quanta_nvml_pfn_nvmlGpuInstanceSetVgpuSchedulerState real = (quanta_nvml_pfn_nvmlGpuInstanceSetVgpuSchedulerState)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlGpuInstanceSetVgpuSchedulerState);
    if (__builtin_expect(real != NULL, 1))
        return real(gpuInstance, pScheduler);
    return slow_nvmlGpuInstanceSetVgpuSchedulerState(gpuInstance, pScheduler);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlInit(void)
{
    quanta_nvml_pfn_nvmlInit real = (quanta_nvml_pfn_nvmlInit)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlInit);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlInit);
    }
    return real();
}

QUANTA__WRAPPER nvmlReturn_t nvmlInit(void)
{
    quanta_nvml_pfn_nvmlInit real = (quanta_nvml_pfn_nvmlInit)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlInit);
    if (__builtin_expect(real != NULL, 1))
        return real();
    return slow_nvmlInit();
}

static QUANTA__COLD nvmlReturn_t slow_nvmlInit_v2(void)
{
    quanta_nvml_pfn_nvmlInit_v2 real = (quanta_nvml_pfn_nvmlInit_v2)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlInit_v2);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlInit_v2);
    }
    return real();
}

QUANTA__WRAPPER nvmlReturn_t nvmlInit_v2(void)
{
    quanta_nvml_pfn_nvmlInit_v2 real = (quanta_nvml_pfn_nvmlInit_v2)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlInit_v2);
    if (__builtin_expect(real != NULL, 1))
        return real();
    return slow_nvmlInit_v2();
}

static QUANTA__COLD nvmlReturn_t slow_nvmlInitWithFlags(unsigned int flags)
{
    quanta_nvml_pfn_nvmlInitWithFlags real = (quanta_nvml_pfn_nvmlInitWithFlags)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlInitWithFlags);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlInitWithFlags);
    }
    return real(flags);
}

QUANTA__WRAPPER nvmlReturn_t nvmlInitWithFlags(unsigned int flags)
{
    quanta_nvml_pfn_nvmlInitWithFlags real = (quanta_nvml_pfn_nvmlInitWithFlags)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlInitWithFlags);
    if (__builtin_expect(real != NULL, 1))
        return real(flags);
    return slow_nvmlInitWithFlags(flags);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlInternalGetExportTable(const void **ppExportTable, const void *pExportTableId)
{
    quanta_nvml_pfn_nvmlInternalGetExportTable real = (quanta_nvml_pfn_nvmlInternalGetExportTable)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlInternalGetExportTable);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlInternalGetExportTable);
    }
    return real(ppExportTable, pExportTableId);
}

QUANTA__WRAPPER nvmlReturn_t nvmlInternalGetExportTable(const void **ppExportTable, const void *pExportTableId)
{
    quanta_nvml_pfn_nvmlInternalGetExportTable real = (quanta_nvml_pfn_nvmlInternalGetExportTable)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlInternalGetExportTable);
    if (__builtin_expect(real != NULL, 1))
        return real(ppExportTable, pExportTableId);
    return slow_nvmlInternalGetExportTable(ppExportTable, pExportTableId);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlSetVgpuVersion(nvmlVgpuVersion_t *vgpuVersion)
{
    quanta_nvml_pfn_nvmlSetVgpuVersion real = (quanta_nvml_pfn_nvmlSetVgpuVersion)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlSetVgpuVersion);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlSetVgpuVersion);
    }
    return real(vgpuVersion);
}

QUANTA__WRAPPER nvmlReturn_t nvmlSetVgpuVersion(nvmlVgpuVersion_t *vgpuVersion)
{
    quanta_nvml_pfn_nvmlSetVgpuVersion real = (quanta_nvml_pfn_nvmlSetVgpuVersion)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlSetVgpuVersion);
    if (__builtin_expect(real != NULL, 1))
        return real(vgpuVersion);
    return slow_nvmlSetVgpuVersion(vgpuVersion);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlShutdown(void)
{
    quanta_nvml_pfn_nvmlShutdown real = (quanta_nvml_pfn_nvmlShutdown)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlShutdown);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlShutdown);
    }
    return real();
}

QUANTA__WRAPPER nvmlReturn_t nvmlShutdown(void)
{
    quanta_nvml_pfn_nvmlShutdown real = (quanta_nvml_pfn_nvmlShutdown)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlShutdown);
    if (__builtin_expect(real != NULL, 1))
        return real();
    return slow_nvmlShutdown();
}

static QUANTA__COLD nvmlReturn_t slow_nvmlSystemEventSetCreate(nvmlSystemEventSetCreateRequest_t *request)
{
    quanta_nvml_pfn_nvmlSystemEventSetCreate real = (quanta_nvml_pfn_nvmlSystemEventSetCreate)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlSystemEventSetCreate);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlSystemEventSetCreate);
    }
    return real(request);
}

QUANTA__WRAPPER nvmlReturn_t nvmlSystemEventSetCreate(nvmlSystemEventSetCreateRequest_t *request)
{
    quanta_nvml_pfn_nvmlSystemEventSetCreate real = (quanta_nvml_pfn_nvmlSystemEventSetCreate)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlSystemEventSetCreate);
    if (__builtin_expect(real != NULL, 1))
        return real(request);
    return slow_nvmlSystemEventSetCreate(request);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlSystemEventSetFree(nvmlSystemEventSetFreeRequest_t *request)
{
    quanta_nvml_pfn_nvmlSystemEventSetFree real = (quanta_nvml_pfn_nvmlSystemEventSetFree)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlSystemEventSetFree);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlSystemEventSetFree);
    }
    return real(request);
}

QUANTA__WRAPPER nvmlReturn_t nvmlSystemEventSetFree(nvmlSystemEventSetFreeRequest_t *request)
{
    quanta_nvml_pfn_nvmlSystemEventSetFree real = (quanta_nvml_pfn_nvmlSystemEventSetFree)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlSystemEventSetFree);
    if (__builtin_expect(real != NULL, 1))
        return real(request);
    return slow_nvmlSystemEventSetFree(request);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlSystemEventSetWait(nvmlSystemEventSetWaitRequest_t *request)
{
    quanta_nvml_pfn_nvmlSystemEventSetWait real = (quanta_nvml_pfn_nvmlSystemEventSetWait)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlSystemEventSetWait);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlSystemEventSetWait);
    }
    return real(request);
}

QUANTA__WRAPPER nvmlReturn_t nvmlSystemEventSetWait(nvmlSystemEventSetWaitRequest_t *request)
{
    quanta_nvml_pfn_nvmlSystemEventSetWait real = (quanta_nvml_pfn_nvmlSystemEventSetWait)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlSystemEventSetWait);
    if (__builtin_expect(real != NULL, 1))
        return real(request);
    return slow_nvmlSystemEventSetWait(request);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlSystemGetConfComputeCapabilities(nvmlConfComputeSystemCaps_t *capabilities)
{
    quanta_nvml_pfn_nvmlSystemGetConfComputeCapabilities real = (quanta_nvml_pfn_nvmlSystemGetConfComputeCapabilities)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlSystemGetConfComputeCapabilities);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlSystemGetConfComputeCapabilities);
    }
    return real(capabilities);
}

QUANTA__WRAPPER nvmlReturn_t nvmlSystemGetConfComputeCapabilities(nvmlConfComputeSystemCaps_t *capabilities)
{
    quanta_nvml_pfn_nvmlSystemGetConfComputeCapabilities real = (quanta_nvml_pfn_nvmlSystemGetConfComputeCapabilities)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlSystemGetConfComputeCapabilities);
    if (__builtin_expect(real != NULL, 1))
        return real(capabilities);
    return slow_nvmlSystemGetConfComputeCapabilities(capabilities);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlSystemGetConfComputeGpusReadyState(unsigned int *isAcceptingWork)
{
    quanta_nvml_pfn_nvmlSystemGetConfComputeGpusReadyState real = (quanta_nvml_pfn_nvmlSystemGetConfComputeGpusReadyState)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlSystemGetConfComputeGpusReadyState);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlSystemGetConfComputeGpusReadyState);
    }
    return real(isAcceptingWork);
}

QUANTA__WRAPPER nvmlReturn_t nvmlSystemGetConfComputeGpusReadyState(unsigned int *isAcceptingWork)
{
    quanta_nvml_pfn_nvmlSystemGetConfComputeGpusReadyState real = (quanta_nvml_pfn_nvmlSystemGetConfComputeGpusReadyState)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlSystemGetConfComputeGpusReadyState);
    if (__builtin_expect(real != NULL, 1))
        return real(isAcceptingWork);
    return slow_nvmlSystemGetConfComputeGpusReadyState(isAcceptingWork);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlSystemGetConfComputeKeyRotationThresholdInfo(nvmlConfComputeGetKeyRotationThresholdInfo_t *pKeyRotationThrInfo)
{
    quanta_nvml_pfn_nvmlSystemGetConfComputeKeyRotationThresholdInfo real = (quanta_nvml_pfn_nvmlSystemGetConfComputeKeyRotationThresholdInfo)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlSystemGetConfComputeKeyRotationThresholdInfo);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlSystemGetConfComputeKeyRotationThresholdInfo);
    }
    return real(pKeyRotationThrInfo);
}

QUANTA__WRAPPER nvmlReturn_t nvmlSystemGetConfComputeKeyRotationThresholdInfo(nvmlConfComputeGetKeyRotationThresholdInfo_t *pKeyRotationThrInfo)
{
    quanta_nvml_pfn_nvmlSystemGetConfComputeKeyRotationThresholdInfo real = (quanta_nvml_pfn_nvmlSystemGetConfComputeKeyRotationThresholdInfo)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlSystemGetConfComputeKeyRotationThresholdInfo);
    if (__builtin_expect(real != NULL, 1))
        return real(pKeyRotationThrInfo);
    return slow_nvmlSystemGetConfComputeKeyRotationThresholdInfo(pKeyRotationThrInfo);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlSystemGetConfComputeSettings(nvmlSystemConfComputeSettings_t *settings)
{
    quanta_nvml_pfn_nvmlSystemGetConfComputeSettings real = (quanta_nvml_pfn_nvmlSystemGetConfComputeSettings)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlSystemGetConfComputeSettings);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlSystemGetConfComputeSettings);
    }
    return real(settings);
}

QUANTA__WRAPPER nvmlReturn_t nvmlSystemGetConfComputeSettings(nvmlSystemConfComputeSettings_t *settings)
{
    quanta_nvml_pfn_nvmlSystemGetConfComputeSettings real = (quanta_nvml_pfn_nvmlSystemGetConfComputeSettings)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlSystemGetConfComputeSettings);
    if (__builtin_expect(real != NULL, 1))
        return real(settings);
    return slow_nvmlSystemGetConfComputeSettings(settings);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlSystemGetConfComputeState(nvmlConfComputeSystemState_t *state)
{
    quanta_nvml_pfn_nvmlSystemGetConfComputeState real = (quanta_nvml_pfn_nvmlSystemGetConfComputeState)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlSystemGetConfComputeState);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlSystemGetConfComputeState);
    }
    return real(state);
}

QUANTA__WRAPPER nvmlReturn_t nvmlSystemGetConfComputeState(nvmlConfComputeSystemState_t *state)
{
    quanta_nvml_pfn_nvmlSystemGetConfComputeState real = (quanta_nvml_pfn_nvmlSystemGetConfComputeState)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlSystemGetConfComputeState);
    if (__builtin_expect(real != NULL, 1))
        return real(state);
    return slow_nvmlSystemGetConfComputeState(state);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlSystemGetCudaDriverVersion(int *cudaDriverVersion)
{
    quanta_nvml_pfn_nvmlSystemGetCudaDriverVersion real = (quanta_nvml_pfn_nvmlSystemGetCudaDriverVersion)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlSystemGetCudaDriverVersion);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlSystemGetCudaDriverVersion);
    }
    return real(cudaDriverVersion);
}

QUANTA__WRAPPER nvmlReturn_t nvmlSystemGetCudaDriverVersion(int *cudaDriverVersion)
{
    quanta_nvml_pfn_nvmlSystemGetCudaDriverVersion real = (quanta_nvml_pfn_nvmlSystemGetCudaDriverVersion)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlSystemGetCudaDriverVersion);
    if (__builtin_expect(real != NULL, 1))
        return real(cudaDriverVersion);
    return slow_nvmlSystemGetCudaDriverVersion(cudaDriverVersion);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlSystemGetCudaDriverVersion_v2(int *cudaDriverVersion)
{
    quanta_nvml_pfn_nvmlSystemGetCudaDriverVersion_v2 real = (quanta_nvml_pfn_nvmlSystemGetCudaDriverVersion_v2)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlSystemGetCudaDriverVersion_v2);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlSystemGetCudaDriverVersion_v2);
    }
    return real(cudaDriverVersion);
}

QUANTA__WRAPPER nvmlReturn_t nvmlSystemGetCudaDriverVersion_v2(int *cudaDriverVersion)
{
    quanta_nvml_pfn_nvmlSystemGetCudaDriverVersion_v2 real = (quanta_nvml_pfn_nvmlSystemGetCudaDriverVersion_v2)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlSystemGetCudaDriverVersion_v2);
    if (__builtin_expect(real != NULL, 1))
        return real(cudaDriverVersion);
    return slow_nvmlSystemGetCudaDriverVersion_v2(cudaDriverVersion);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlSystemGetDriverBranch(nvmlSystemDriverBranchInfo_t *branchInfo, unsigned int length)
{
    quanta_nvml_pfn_nvmlSystemGetDriverBranch real = (quanta_nvml_pfn_nvmlSystemGetDriverBranch)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlSystemGetDriverBranch);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlSystemGetDriverBranch);
    }
    return real(branchInfo, length);
}

QUANTA__WRAPPER nvmlReturn_t nvmlSystemGetDriverBranch(nvmlSystemDriverBranchInfo_t *branchInfo, unsigned int length)
{
    quanta_nvml_pfn_nvmlSystemGetDriverBranch real = (quanta_nvml_pfn_nvmlSystemGetDriverBranch)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlSystemGetDriverBranch);
    if (__builtin_expect(real != NULL, 1))
        return real(branchInfo, length);
    return slow_nvmlSystemGetDriverBranch(branchInfo, length);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlSystemGetDriverVersion(char *version, unsigned int length)
{
    quanta_nvml_pfn_nvmlSystemGetDriverVersion real = (quanta_nvml_pfn_nvmlSystemGetDriverVersion)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlSystemGetDriverVersion);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlSystemGetDriverVersion);
    }
    return real(version, length);
}

QUANTA__WRAPPER nvmlReturn_t nvmlSystemGetDriverVersion(char *version, unsigned int length)
{
    quanta_nvml_pfn_nvmlSystemGetDriverVersion real = (quanta_nvml_pfn_nvmlSystemGetDriverVersion)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlSystemGetDriverVersion);
    if (__builtin_expect(real != NULL, 1))
        return real(version, length);
    return slow_nvmlSystemGetDriverVersion(version, length);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlSystemGetHicVersion(unsigned int *hwbcCount, nvmlHwbcEntry_t *hwbcEntries)
{
    quanta_nvml_pfn_nvmlSystemGetHicVersion real = (quanta_nvml_pfn_nvmlSystemGetHicVersion)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlSystemGetHicVersion);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlSystemGetHicVersion);
    }
    return real(hwbcCount, hwbcEntries);
}

QUANTA__WRAPPER nvmlReturn_t nvmlSystemGetHicVersion(unsigned int *hwbcCount, nvmlHwbcEntry_t *hwbcEntries)
{
    quanta_nvml_pfn_nvmlSystemGetHicVersion real = (quanta_nvml_pfn_nvmlSystemGetHicVersion)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlSystemGetHicVersion);
    if (__builtin_expect(real != NULL, 1))
        return real(hwbcCount, hwbcEntries);
    return slow_nvmlSystemGetHicVersion(hwbcCount, hwbcEntries);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlSystemGetNVMLVersion(char *version, unsigned int length)
{
    quanta_nvml_pfn_nvmlSystemGetNVMLVersion real = (quanta_nvml_pfn_nvmlSystemGetNVMLVersion)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlSystemGetNVMLVersion);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlSystemGetNVMLVersion);
    }
    return real(version, length);
}

QUANTA__WRAPPER nvmlReturn_t nvmlSystemGetNVMLVersion(char *version, unsigned int length)
{
    quanta_nvml_pfn_nvmlSystemGetNVMLVersion real = (quanta_nvml_pfn_nvmlSystemGetNVMLVersion)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlSystemGetNVMLVersion);
    if (__builtin_expect(real != NULL, 1))
        return real(version, length);
    return slow_nvmlSystemGetNVMLVersion(version, length);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlSystemGetNvlinkBwMode(unsigned int *nvlinkBwMode)
{
    quanta_nvml_pfn_nvmlSystemGetNvlinkBwMode real = (quanta_nvml_pfn_nvmlSystemGetNvlinkBwMode)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlSystemGetNvlinkBwMode);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlSystemGetNvlinkBwMode);
    }
    return real(nvlinkBwMode);
}

QUANTA__WRAPPER nvmlReturn_t nvmlSystemGetNvlinkBwMode(unsigned int *nvlinkBwMode)
{
    quanta_nvml_pfn_nvmlSystemGetNvlinkBwMode real = (quanta_nvml_pfn_nvmlSystemGetNvlinkBwMode)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlSystemGetNvlinkBwMode);
    if (__builtin_expect(real != NULL, 1))
        return real(nvlinkBwMode);
    return slow_nvmlSystemGetNvlinkBwMode(nvlinkBwMode);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlSystemGetProcessName(unsigned int pid, char *name, unsigned int length)
{
    quanta_nvml_pfn_nvmlSystemGetProcessName real = (quanta_nvml_pfn_nvmlSystemGetProcessName)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlSystemGetProcessName);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlSystemGetProcessName);
    }
    return real(pid, name, length);
}

QUANTA__WRAPPER nvmlReturn_t nvmlSystemGetProcessName(unsigned int pid, char *name, unsigned int length)
{
    quanta_nvml_pfn_nvmlSystemGetProcessName real = (quanta_nvml_pfn_nvmlSystemGetProcessName)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlSystemGetProcessName);
    if (__builtin_expect(real != NULL, 1))
        return real(pid, name, length);
    return slow_nvmlSystemGetProcessName(pid, name, length);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlSystemGetTopologyGpuSet(unsigned int cpuNumber, unsigned int *count, nvmlDevice_t *deviceArray)
{
    quanta_nvml_pfn_nvmlSystemGetTopologyGpuSet real = (quanta_nvml_pfn_nvmlSystemGetTopologyGpuSet)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlSystemGetTopologyGpuSet);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlSystemGetTopologyGpuSet);
    }
    return real(cpuNumber, count, deviceArray);
}

QUANTA__WRAPPER nvmlReturn_t nvmlSystemGetTopologyGpuSet(unsigned int cpuNumber, unsigned int *count, nvmlDevice_t *deviceArray)
{
    quanta_nvml_pfn_nvmlSystemGetTopologyGpuSet real = (quanta_nvml_pfn_nvmlSystemGetTopologyGpuSet)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlSystemGetTopologyGpuSet);
    if (__builtin_expect(real != NULL, 1))
        return real(cpuNumber, count, deviceArray);
    return slow_nvmlSystemGetTopologyGpuSet(cpuNumber, count, deviceArray);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlSystemRegisterEvents(nvmlSystemRegisterEventRequest_t *request)
{
    quanta_nvml_pfn_nvmlSystemRegisterEvents real = (quanta_nvml_pfn_nvmlSystemRegisterEvents)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlSystemRegisterEvents);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlSystemRegisterEvents);
    }
    return real(request);
}

QUANTA__WRAPPER nvmlReturn_t nvmlSystemRegisterEvents(nvmlSystemRegisterEventRequest_t *request)
{
    quanta_nvml_pfn_nvmlSystemRegisterEvents real = (quanta_nvml_pfn_nvmlSystemRegisterEvents)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlSystemRegisterEvents);
    if (__builtin_expect(real != NULL, 1))
        return real(request);
    return slow_nvmlSystemRegisterEvents(request);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlSystemSetConfComputeGpusReadyState(unsigned int isAcceptingWork)
{
    quanta_nvml_pfn_nvmlSystemSetConfComputeGpusReadyState real = (quanta_nvml_pfn_nvmlSystemSetConfComputeGpusReadyState)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlSystemSetConfComputeGpusReadyState);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlSystemSetConfComputeGpusReadyState);
    }
    return real(isAcceptingWork);
}

QUANTA__WRAPPER nvmlReturn_t nvmlSystemSetConfComputeGpusReadyState(unsigned int isAcceptingWork)
{
    quanta_nvml_pfn_nvmlSystemSetConfComputeGpusReadyState real = (quanta_nvml_pfn_nvmlSystemSetConfComputeGpusReadyState)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlSystemSetConfComputeGpusReadyState);
    if (__builtin_expect(real != NULL, 1))
        return real(isAcceptingWork);
    return slow_nvmlSystemSetConfComputeGpusReadyState(isAcceptingWork);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlSystemSetConfComputeKeyRotationThresholdInfo(nvmlConfComputeSetKeyRotationThresholdInfo_t *pKeyRotationThrInfo)
{
    quanta_nvml_pfn_nvmlSystemSetConfComputeKeyRotationThresholdInfo real = (quanta_nvml_pfn_nvmlSystemSetConfComputeKeyRotationThresholdInfo)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlSystemSetConfComputeKeyRotationThresholdInfo);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlSystemSetConfComputeKeyRotationThresholdInfo);
    }
    return real(pKeyRotationThrInfo);
}

QUANTA__WRAPPER nvmlReturn_t nvmlSystemSetConfComputeKeyRotationThresholdInfo(nvmlConfComputeSetKeyRotationThresholdInfo_t *pKeyRotationThrInfo)
{
    quanta_nvml_pfn_nvmlSystemSetConfComputeKeyRotationThresholdInfo real = (quanta_nvml_pfn_nvmlSystemSetConfComputeKeyRotationThresholdInfo)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlSystemSetConfComputeKeyRotationThresholdInfo);
    if (__builtin_expect(real != NULL, 1))
        return real(pKeyRotationThrInfo);
    return slow_nvmlSystemSetConfComputeKeyRotationThresholdInfo(pKeyRotationThrInfo);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlSystemSetNvlinkBwMode(unsigned int nvlinkBwMode)
{
    quanta_nvml_pfn_nvmlSystemSetNvlinkBwMode real = (quanta_nvml_pfn_nvmlSystemSetNvlinkBwMode)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlSystemSetNvlinkBwMode);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlSystemSetNvlinkBwMode);
    }
    return real(nvlinkBwMode);
}

QUANTA__WRAPPER nvmlReturn_t nvmlSystemSetNvlinkBwMode(unsigned int nvlinkBwMode)
{
    quanta_nvml_pfn_nvmlSystemSetNvlinkBwMode real = (quanta_nvml_pfn_nvmlSystemSetNvlinkBwMode)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlSystemSetNvlinkBwMode);
    if (__builtin_expect(real != NULL, 1))
        return real(nvlinkBwMode);
    return slow_nvmlSystemSetNvlinkBwMode(nvlinkBwMode);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlUnitGetCount(unsigned int *unitCount)
{
    quanta_nvml_pfn_nvmlUnitGetCount real = (quanta_nvml_pfn_nvmlUnitGetCount)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlUnitGetCount);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlUnitGetCount);
    }
    return real(unitCount);
}

QUANTA__WRAPPER nvmlReturn_t nvmlUnitGetCount(unsigned int *unitCount)
{
    quanta_nvml_pfn_nvmlUnitGetCount real = (quanta_nvml_pfn_nvmlUnitGetCount)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlUnitGetCount);
    if (__builtin_expect(real != NULL, 1))
        return real(unitCount);
    return slow_nvmlUnitGetCount(unitCount);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlUnitGetDevices(nvmlUnit_t unit, unsigned int *deviceCount, nvmlDevice_t *devices)
{
    quanta_nvml_pfn_nvmlUnitGetDevices real = (quanta_nvml_pfn_nvmlUnitGetDevices)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlUnitGetDevices);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlUnitGetDevices);
    }
    return real(unit, deviceCount, devices);
}

QUANTA__WRAPPER nvmlReturn_t nvmlUnitGetDevices(nvmlUnit_t unit, unsigned int *deviceCount, nvmlDevice_t *devices)
{
    quanta_nvml_pfn_nvmlUnitGetDevices real = (quanta_nvml_pfn_nvmlUnitGetDevices)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlUnitGetDevices);
    if (__builtin_expect(real != NULL, 1))
        return real(unit, deviceCount, devices);
    return slow_nvmlUnitGetDevices(unit, deviceCount, devices);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlUnitGetFanSpeedInfo(nvmlUnit_t unit, nvmlUnitFanSpeeds_t *fanSpeeds)
{
    quanta_nvml_pfn_nvmlUnitGetFanSpeedInfo real = (quanta_nvml_pfn_nvmlUnitGetFanSpeedInfo)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlUnitGetFanSpeedInfo);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlUnitGetFanSpeedInfo);
    }
    return real(unit, fanSpeeds);
}

QUANTA__WRAPPER nvmlReturn_t nvmlUnitGetFanSpeedInfo(nvmlUnit_t unit, nvmlUnitFanSpeeds_t *fanSpeeds)
{
    quanta_nvml_pfn_nvmlUnitGetFanSpeedInfo real = (quanta_nvml_pfn_nvmlUnitGetFanSpeedInfo)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlUnitGetFanSpeedInfo);
    if (__builtin_expect(real != NULL, 1))
        return real(unit, fanSpeeds);
    return slow_nvmlUnitGetFanSpeedInfo(unit, fanSpeeds);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlUnitGetHandleByIndex(unsigned int index, nvmlUnit_t *unit)
{
    quanta_nvml_pfn_nvmlUnitGetHandleByIndex real = (quanta_nvml_pfn_nvmlUnitGetHandleByIndex)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlUnitGetHandleByIndex);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlUnitGetHandleByIndex);
    }
    return real(index, unit);
}

QUANTA__WRAPPER nvmlReturn_t nvmlUnitGetHandleByIndex(unsigned int index, nvmlUnit_t *unit)
{
    quanta_nvml_pfn_nvmlUnitGetHandleByIndex real = (quanta_nvml_pfn_nvmlUnitGetHandleByIndex)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlUnitGetHandleByIndex);
    if (__builtin_expect(real != NULL, 1))
        return real(index, unit);
    return slow_nvmlUnitGetHandleByIndex(index, unit);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlUnitGetLedState(nvmlUnit_t unit, nvmlLedState_t *state)
{
    quanta_nvml_pfn_nvmlUnitGetLedState real = (quanta_nvml_pfn_nvmlUnitGetLedState)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlUnitGetLedState);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlUnitGetLedState);
    }
    return real(unit, state);
}

QUANTA__WRAPPER nvmlReturn_t nvmlUnitGetLedState(nvmlUnit_t unit, nvmlLedState_t *state)
{
    quanta_nvml_pfn_nvmlUnitGetLedState real = (quanta_nvml_pfn_nvmlUnitGetLedState)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlUnitGetLedState);
    if (__builtin_expect(real != NULL, 1))
        return real(unit, state);
    return slow_nvmlUnitGetLedState(unit, state);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlUnitGetPsuInfo(nvmlUnit_t unit, nvmlPSUInfo_t *psu)
{
    quanta_nvml_pfn_nvmlUnitGetPsuInfo real = (quanta_nvml_pfn_nvmlUnitGetPsuInfo)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlUnitGetPsuInfo);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlUnitGetPsuInfo);
    }
    return real(unit, psu);
}

QUANTA__WRAPPER nvmlReturn_t nvmlUnitGetPsuInfo(nvmlUnit_t unit, nvmlPSUInfo_t *psu)
{
    quanta_nvml_pfn_nvmlUnitGetPsuInfo real = (quanta_nvml_pfn_nvmlUnitGetPsuInfo)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlUnitGetPsuInfo);
    if (__builtin_expect(real != NULL, 1))
        return real(unit, psu);
    return slow_nvmlUnitGetPsuInfo(unit, psu);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlUnitGetTemperature(nvmlUnit_t unit, unsigned int type, unsigned int *temp)
{
    quanta_nvml_pfn_nvmlUnitGetTemperature real = (quanta_nvml_pfn_nvmlUnitGetTemperature)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlUnitGetTemperature);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlUnitGetTemperature);
    }
    return real(unit, type, temp);
}

QUANTA__WRAPPER nvmlReturn_t nvmlUnitGetTemperature(nvmlUnit_t unit, unsigned int type, unsigned int *temp)
{
    quanta_nvml_pfn_nvmlUnitGetTemperature real = (quanta_nvml_pfn_nvmlUnitGetTemperature)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlUnitGetTemperature);
    if (__builtin_expect(real != NULL, 1))
        return real(unit, type, temp);
    return slow_nvmlUnitGetTemperature(unit, type, temp);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlUnitGetUnitInfo(nvmlUnit_t unit, nvmlUnitInfo_t *info)
{
    quanta_nvml_pfn_nvmlUnitGetUnitInfo real = (quanta_nvml_pfn_nvmlUnitGetUnitInfo)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlUnitGetUnitInfo);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlUnitGetUnitInfo);
    }
    return real(unit, info);
}

QUANTA__WRAPPER nvmlReturn_t nvmlUnitGetUnitInfo(nvmlUnit_t unit, nvmlUnitInfo_t *info)
{
    quanta_nvml_pfn_nvmlUnitGetUnitInfo real = (quanta_nvml_pfn_nvmlUnitGetUnitInfo)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlUnitGetUnitInfo);
    if (__builtin_expect(real != NULL, 1))
        return real(unit, info);
    return slow_nvmlUnitGetUnitInfo(unit, info);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlUnitSetLedState(nvmlUnit_t unit, nvmlLedColor_t color)
{
    quanta_nvml_pfn_nvmlUnitSetLedState real = (quanta_nvml_pfn_nvmlUnitSetLedState)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlUnitSetLedState);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlUnitSetLedState);
    }
    return real(unit, color);
}

QUANTA__WRAPPER nvmlReturn_t nvmlUnitSetLedState(nvmlUnit_t unit, nvmlLedColor_t color)
{
    quanta_nvml_pfn_nvmlUnitSetLedState real = (quanta_nvml_pfn_nvmlUnitSetLedState)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlUnitSetLedState);
    if (__builtin_expect(real != NULL, 1))
        return real(unit, color);
    return slow_nvmlUnitSetLedState(unit, color);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlVgpuInstanceClearAccountingPids(nvmlVgpuInstance_t vgpuInstance)
{
    quanta_nvml_pfn_nvmlVgpuInstanceClearAccountingPids real = (quanta_nvml_pfn_nvmlVgpuInstanceClearAccountingPids)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuInstanceClearAccountingPids);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuInstanceClearAccountingPids);
    }
    return real(vgpuInstance);
}

QUANTA__WRAPPER nvmlReturn_t nvmlVgpuInstanceClearAccountingPids(nvmlVgpuInstance_t vgpuInstance)
{
    quanta_nvml_pfn_nvmlVgpuInstanceClearAccountingPids real = (quanta_nvml_pfn_nvmlVgpuInstanceClearAccountingPids)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlVgpuInstanceClearAccountingPids);
    if (__builtin_expect(real != NULL, 1))
        return real(vgpuInstance);
    return slow_nvmlVgpuInstanceClearAccountingPids(vgpuInstance);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlVgpuInstanceGetAccountingMode(nvmlVgpuInstance_t vgpuInstance, nvmlEnableState_t *mode)
{
    quanta_nvml_pfn_nvmlVgpuInstanceGetAccountingMode real = (quanta_nvml_pfn_nvmlVgpuInstanceGetAccountingMode)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuInstanceGetAccountingMode);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuInstanceGetAccountingMode);
    }
    return real(vgpuInstance, mode);
}

QUANTA__WRAPPER nvmlReturn_t nvmlVgpuInstanceGetAccountingMode(nvmlVgpuInstance_t vgpuInstance, nvmlEnableState_t *mode)
{
    quanta_nvml_pfn_nvmlVgpuInstanceGetAccountingMode real = (quanta_nvml_pfn_nvmlVgpuInstanceGetAccountingMode)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlVgpuInstanceGetAccountingMode);
    if (__builtin_expect(real != NULL, 1))
        return real(vgpuInstance, mode);
    return slow_nvmlVgpuInstanceGetAccountingMode(vgpuInstance, mode);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlVgpuInstanceGetAccountingPids(nvmlVgpuInstance_t vgpuInstance, unsigned int *count, unsigned int *pids)
{
    quanta_nvml_pfn_nvmlVgpuInstanceGetAccountingPids real = (quanta_nvml_pfn_nvmlVgpuInstanceGetAccountingPids)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuInstanceGetAccountingPids);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuInstanceGetAccountingPids);
    }
    return real(vgpuInstance, count, pids);
}

QUANTA__WRAPPER nvmlReturn_t nvmlVgpuInstanceGetAccountingPids(nvmlVgpuInstance_t vgpuInstance, unsigned int *count, unsigned int *pids)
{
    quanta_nvml_pfn_nvmlVgpuInstanceGetAccountingPids real = (quanta_nvml_pfn_nvmlVgpuInstanceGetAccountingPids)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlVgpuInstanceGetAccountingPids);
    if (__builtin_expect(real != NULL, 1))
        return real(vgpuInstance, count, pids);
    return slow_nvmlVgpuInstanceGetAccountingPids(vgpuInstance, count, pids);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlVgpuInstanceGetAccountingStats(nvmlVgpuInstance_t vgpuInstance, unsigned int pid, nvmlAccountingStats_t *stats)
{
    quanta_nvml_pfn_nvmlVgpuInstanceGetAccountingStats real = (quanta_nvml_pfn_nvmlVgpuInstanceGetAccountingStats)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuInstanceGetAccountingStats);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuInstanceGetAccountingStats);
    }
    return real(vgpuInstance, pid, stats);
}

QUANTA__WRAPPER nvmlReturn_t nvmlVgpuInstanceGetAccountingStats(nvmlVgpuInstance_t vgpuInstance, unsigned int pid, nvmlAccountingStats_t *stats)
{
    quanta_nvml_pfn_nvmlVgpuInstanceGetAccountingStats real = (quanta_nvml_pfn_nvmlVgpuInstanceGetAccountingStats)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlVgpuInstanceGetAccountingStats);
    if (__builtin_expect(real != NULL, 1))
        return real(vgpuInstance, pid, stats);
    return slow_nvmlVgpuInstanceGetAccountingStats(vgpuInstance, pid, stats);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlVgpuInstanceGetEccMode(nvmlVgpuInstance_t vgpuInstance, nvmlEnableState_t *eccMode)
{
    quanta_nvml_pfn_nvmlVgpuInstanceGetEccMode real = (quanta_nvml_pfn_nvmlVgpuInstanceGetEccMode)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuInstanceGetEccMode);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuInstanceGetEccMode);
    }
    return real(vgpuInstance, eccMode);
}

QUANTA__WRAPPER nvmlReturn_t nvmlVgpuInstanceGetEccMode(nvmlVgpuInstance_t vgpuInstance, nvmlEnableState_t *eccMode)
{
    quanta_nvml_pfn_nvmlVgpuInstanceGetEccMode real = (quanta_nvml_pfn_nvmlVgpuInstanceGetEccMode)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlVgpuInstanceGetEccMode);
    if (__builtin_expect(real != NULL, 1))
        return real(vgpuInstance, eccMode);
    return slow_nvmlVgpuInstanceGetEccMode(vgpuInstance, eccMode);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlVgpuInstanceGetEncoderCapacity(nvmlVgpuInstance_t vgpuInstance, unsigned int *encoderCapacity)
{
    quanta_nvml_pfn_nvmlVgpuInstanceGetEncoderCapacity real = (quanta_nvml_pfn_nvmlVgpuInstanceGetEncoderCapacity)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuInstanceGetEncoderCapacity);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuInstanceGetEncoderCapacity);
    }
    return real(vgpuInstance, encoderCapacity);
}

QUANTA__WRAPPER nvmlReturn_t nvmlVgpuInstanceGetEncoderCapacity(nvmlVgpuInstance_t vgpuInstance, unsigned int *encoderCapacity)
{
    quanta_nvml_pfn_nvmlVgpuInstanceGetEncoderCapacity real = (quanta_nvml_pfn_nvmlVgpuInstanceGetEncoderCapacity)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlVgpuInstanceGetEncoderCapacity);
    if (__builtin_expect(real != NULL, 1))
        return real(vgpuInstance, encoderCapacity);
    return slow_nvmlVgpuInstanceGetEncoderCapacity(vgpuInstance, encoderCapacity);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlVgpuInstanceGetEncoderSessions(nvmlVgpuInstance_t vgpuInstance, unsigned int *sessionCount, nvmlEncoderSessionInfo_t *sessionInfo)
{
    quanta_nvml_pfn_nvmlVgpuInstanceGetEncoderSessions real = (quanta_nvml_pfn_nvmlVgpuInstanceGetEncoderSessions)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuInstanceGetEncoderSessions);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuInstanceGetEncoderSessions);
    }
    return real(vgpuInstance, sessionCount, sessionInfo);
}

QUANTA__WRAPPER nvmlReturn_t nvmlVgpuInstanceGetEncoderSessions(nvmlVgpuInstance_t vgpuInstance, unsigned int *sessionCount, nvmlEncoderSessionInfo_t *sessionInfo)
{
    quanta_nvml_pfn_nvmlVgpuInstanceGetEncoderSessions real = (quanta_nvml_pfn_nvmlVgpuInstanceGetEncoderSessions)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlVgpuInstanceGetEncoderSessions);
    if (__builtin_expect(real != NULL, 1))
        return real(vgpuInstance, sessionCount, sessionInfo);
    return slow_nvmlVgpuInstanceGetEncoderSessions(vgpuInstance, sessionCount, sessionInfo);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlVgpuInstanceGetEncoderStats(nvmlVgpuInstance_t vgpuInstance, unsigned int *sessionCount, unsigned int *averageFps, unsigned int *averageLatency)
{
    quanta_nvml_pfn_nvmlVgpuInstanceGetEncoderStats real = (quanta_nvml_pfn_nvmlVgpuInstanceGetEncoderStats)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuInstanceGetEncoderStats);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuInstanceGetEncoderStats);
    }
    return real(vgpuInstance, sessionCount, averageFps, averageLatency);
}

QUANTA__WRAPPER nvmlReturn_t nvmlVgpuInstanceGetEncoderStats(nvmlVgpuInstance_t vgpuInstance, unsigned int *sessionCount, unsigned int *averageFps, unsigned int *averageLatency)
{
    quanta_nvml_pfn_nvmlVgpuInstanceGetEncoderStats real = (quanta_nvml_pfn_nvmlVgpuInstanceGetEncoderStats)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlVgpuInstanceGetEncoderStats);
    if (__builtin_expect(real != NULL, 1))
        return real(vgpuInstance, sessionCount, averageFps, averageLatency);
    return slow_nvmlVgpuInstanceGetEncoderStats(vgpuInstance, sessionCount, averageFps, averageLatency);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlVgpuInstanceGetFBCSessions(nvmlVgpuInstance_t vgpuInstance, unsigned int *sessionCount, nvmlFBCSessionInfo_t *sessionInfo)
{
    quanta_nvml_pfn_nvmlVgpuInstanceGetFBCSessions real = (quanta_nvml_pfn_nvmlVgpuInstanceGetFBCSessions)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuInstanceGetFBCSessions);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuInstanceGetFBCSessions);
    }
    return real(vgpuInstance, sessionCount, sessionInfo);
}

QUANTA__WRAPPER nvmlReturn_t nvmlVgpuInstanceGetFBCSessions(nvmlVgpuInstance_t vgpuInstance, unsigned int *sessionCount, nvmlFBCSessionInfo_t *sessionInfo)
{
    quanta_nvml_pfn_nvmlVgpuInstanceGetFBCSessions real = (quanta_nvml_pfn_nvmlVgpuInstanceGetFBCSessions)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlVgpuInstanceGetFBCSessions);
    if (__builtin_expect(real != NULL, 1))
        return real(vgpuInstance, sessionCount, sessionInfo);
    return slow_nvmlVgpuInstanceGetFBCSessions(vgpuInstance, sessionCount, sessionInfo);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlVgpuInstanceGetFBCStats(nvmlVgpuInstance_t vgpuInstance, nvmlFBCStats_t *fbcStats)
{
    quanta_nvml_pfn_nvmlVgpuInstanceGetFBCStats real = (quanta_nvml_pfn_nvmlVgpuInstanceGetFBCStats)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuInstanceGetFBCStats);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuInstanceGetFBCStats);
    }
    return real(vgpuInstance, fbcStats);
}

QUANTA__WRAPPER nvmlReturn_t nvmlVgpuInstanceGetFBCStats(nvmlVgpuInstance_t vgpuInstance, nvmlFBCStats_t *fbcStats)
{
    quanta_nvml_pfn_nvmlVgpuInstanceGetFBCStats real = (quanta_nvml_pfn_nvmlVgpuInstanceGetFBCStats)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlVgpuInstanceGetFBCStats);
    if (__builtin_expect(real != NULL, 1))
        return real(vgpuInstance, fbcStats);
    return slow_nvmlVgpuInstanceGetFBCStats(vgpuInstance, fbcStats);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlVgpuInstanceGetFbUsage(nvmlVgpuInstance_t vgpuInstance, unsigned long long *fbUsage)
{
    quanta_nvml_pfn_nvmlVgpuInstanceGetFbUsage real = (quanta_nvml_pfn_nvmlVgpuInstanceGetFbUsage)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuInstanceGetFbUsage);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuInstanceGetFbUsage);
    }
    return real(vgpuInstance, fbUsage);
}

QUANTA__WRAPPER nvmlReturn_t nvmlVgpuInstanceGetFbUsage(nvmlVgpuInstance_t vgpuInstance, unsigned long long *fbUsage)
{
    quanta_nvml_pfn_nvmlVgpuInstanceGetFbUsage real = (quanta_nvml_pfn_nvmlVgpuInstanceGetFbUsage)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlVgpuInstanceGetFbUsage);
    if (__builtin_expect(real != NULL, 1))
        return real(vgpuInstance, fbUsage);
    return slow_nvmlVgpuInstanceGetFbUsage(vgpuInstance, fbUsage);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlVgpuInstanceGetFrameRateLimit(nvmlVgpuInstance_t vgpuInstance, unsigned int *frameRateLimit)
{
    quanta_nvml_pfn_nvmlVgpuInstanceGetFrameRateLimit real = (quanta_nvml_pfn_nvmlVgpuInstanceGetFrameRateLimit)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuInstanceGetFrameRateLimit);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuInstanceGetFrameRateLimit);
    }
    return real(vgpuInstance, frameRateLimit);
}

QUANTA__WRAPPER nvmlReturn_t nvmlVgpuInstanceGetFrameRateLimit(nvmlVgpuInstance_t vgpuInstance, unsigned int *frameRateLimit)
{
    quanta_nvml_pfn_nvmlVgpuInstanceGetFrameRateLimit real = (quanta_nvml_pfn_nvmlVgpuInstanceGetFrameRateLimit)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlVgpuInstanceGetFrameRateLimit);
    if (__builtin_expect(real != NULL, 1))
        return real(vgpuInstance, frameRateLimit);
    return slow_nvmlVgpuInstanceGetFrameRateLimit(vgpuInstance, frameRateLimit);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlVgpuInstanceGetGpuInstanceId(nvmlVgpuInstance_t vgpuInstance, unsigned int *gpuInstanceId)
{
    quanta_nvml_pfn_nvmlVgpuInstanceGetGpuInstanceId real = (quanta_nvml_pfn_nvmlVgpuInstanceGetGpuInstanceId)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuInstanceGetGpuInstanceId);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuInstanceGetGpuInstanceId);
    }
    return real(vgpuInstance, gpuInstanceId);
}

QUANTA__WRAPPER nvmlReturn_t nvmlVgpuInstanceGetGpuInstanceId(nvmlVgpuInstance_t vgpuInstance, unsigned int *gpuInstanceId)
{
    quanta_nvml_pfn_nvmlVgpuInstanceGetGpuInstanceId real = (quanta_nvml_pfn_nvmlVgpuInstanceGetGpuInstanceId)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlVgpuInstanceGetGpuInstanceId);
    if (__builtin_expect(real != NULL, 1))
        return real(vgpuInstance, gpuInstanceId);
    return slow_nvmlVgpuInstanceGetGpuInstanceId(vgpuInstance, gpuInstanceId);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlVgpuInstanceGetGpuPciId(nvmlVgpuInstance_t vgpuInstance, char *vgpuPciId, unsigned int *length)
{
    quanta_nvml_pfn_nvmlVgpuInstanceGetGpuPciId real = (quanta_nvml_pfn_nvmlVgpuInstanceGetGpuPciId)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuInstanceGetGpuPciId);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuInstanceGetGpuPciId);
    }
    return real(vgpuInstance, vgpuPciId, length);
}

QUANTA__WRAPPER nvmlReturn_t nvmlVgpuInstanceGetGpuPciId(nvmlVgpuInstance_t vgpuInstance, char *vgpuPciId, unsigned int *length)
{
    quanta_nvml_pfn_nvmlVgpuInstanceGetGpuPciId real = (quanta_nvml_pfn_nvmlVgpuInstanceGetGpuPciId)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlVgpuInstanceGetGpuPciId);
    if (__builtin_expect(real != NULL, 1))
        return real(vgpuInstance, vgpuPciId, length);
    return slow_nvmlVgpuInstanceGetGpuPciId(vgpuInstance, vgpuPciId, length);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlVgpuInstanceGetLicenseInfo(nvmlVgpuInstance_t vgpuInstance, nvmlVgpuLicenseInfo_t *licenseInfo)
{
    quanta_nvml_pfn_nvmlVgpuInstanceGetLicenseInfo real = (quanta_nvml_pfn_nvmlVgpuInstanceGetLicenseInfo)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuInstanceGetLicenseInfo);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuInstanceGetLicenseInfo);
    }
    return real(vgpuInstance, licenseInfo);
}

QUANTA__WRAPPER nvmlReturn_t nvmlVgpuInstanceGetLicenseInfo(nvmlVgpuInstance_t vgpuInstance, nvmlVgpuLicenseInfo_t *licenseInfo)
{
    quanta_nvml_pfn_nvmlVgpuInstanceGetLicenseInfo real = (quanta_nvml_pfn_nvmlVgpuInstanceGetLicenseInfo)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlVgpuInstanceGetLicenseInfo);
    if (__builtin_expect(real != NULL, 1))
        return real(vgpuInstance, licenseInfo);
    return slow_nvmlVgpuInstanceGetLicenseInfo(vgpuInstance, licenseInfo);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlVgpuInstanceGetLicenseInfo_v2(nvmlVgpuInstance_t vgpuInstance, nvmlVgpuLicenseInfo_t *licenseInfo)
{
    quanta_nvml_pfn_nvmlVgpuInstanceGetLicenseInfo_v2 real = (quanta_nvml_pfn_nvmlVgpuInstanceGetLicenseInfo_v2)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuInstanceGetLicenseInfo_v2);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuInstanceGetLicenseInfo_v2);
    }
    return real(vgpuInstance, licenseInfo);
}

QUANTA__WRAPPER nvmlReturn_t nvmlVgpuInstanceGetLicenseInfo_v2(nvmlVgpuInstance_t vgpuInstance, nvmlVgpuLicenseInfo_t *licenseInfo)
{
    quanta_nvml_pfn_nvmlVgpuInstanceGetLicenseInfo_v2 real = (quanta_nvml_pfn_nvmlVgpuInstanceGetLicenseInfo_v2)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlVgpuInstanceGetLicenseInfo_v2);
    if (__builtin_expect(real != NULL, 1))
        return real(vgpuInstance, licenseInfo);
    return slow_nvmlVgpuInstanceGetLicenseInfo_v2(vgpuInstance, licenseInfo);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlVgpuInstanceGetLicenseStatus(nvmlVgpuInstance_t vgpuInstance, unsigned int *licensed)
{
    quanta_nvml_pfn_nvmlVgpuInstanceGetLicenseStatus real = (quanta_nvml_pfn_nvmlVgpuInstanceGetLicenseStatus)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuInstanceGetLicenseStatus);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuInstanceGetLicenseStatus);
    }
    return real(vgpuInstance, licensed);
}

QUANTA__WRAPPER nvmlReturn_t nvmlVgpuInstanceGetLicenseStatus(nvmlVgpuInstance_t vgpuInstance, unsigned int *licensed)
{
    quanta_nvml_pfn_nvmlVgpuInstanceGetLicenseStatus real = (quanta_nvml_pfn_nvmlVgpuInstanceGetLicenseStatus)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlVgpuInstanceGetLicenseStatus);
    if (__builtin_expect(real != NULL, 1))
        return real(vgpuInstance, licensed);
    return slow_nvmlVgpuInstanceGetLicenseStatus(vgpuInstance, licensed);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlVgpuInstanceGetMdevUUID(nvmlVgpuInstance_t vgpuInstance, char *mdevUuid, unsigned int size)
{
    quanta_nvml_pfn_nvmlVgpuInstanceGetMdevUUID real = (quanta_nvml_pfn_nvmlVgpuInstanceGetMdevUUID)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuInstanceGetMdevUUID);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuInstanceGetMdevUUID);
    }
    return real(vgpuInstance, mdevUuid, size);
}

QUANTA__WRAPPER nvmlReturn_t nvmlVgpuInstanceGetMdevUUID(nvmlVgpuInstance_t vgpuInstance, char *mdevUuid, unsigned int size)
{
    quanta_nvml_pfn_nvmlVgpuInstanceGetMdevUUID real = (quanta_nvml_pfn_nvmlVgpuInstanceGetMdevUUID)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlVgpuInstanceGetMdevUUID);
    if (__builtin_expect(real != NULL, 1))
        return real(vgpuInstance, mdevUuid, size);
    return slow_nvmlVgpuInstanceGetMdevUUID(vgpuInstance, mdevUuid, size);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlVgpuInstanceGetMetadata(nvmlVgpuInstance_t vgpuInstance, nvmlVgpuMetadata_t *vgpuMetadata, unsigned int *bufferSize)
{
    quanta_nvml_pfn_nvmlVgpuInstanceGetMetadata real = (quanta_nvml_pfn_nvmlVgpuInstanceGetMetadata)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuInstanceGetMetadata);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuInstanceGetMetadata);
    }
    return real(vgpuInstance, vgpuMetadata, bufferSize);
}

QUANTA__WRAPPER nvmlReturn_t nvmlVgpuInstanceGetMetadata(nvmlVgpuInstance_t vgpuInstance, nvmlVgpuMetadata_t *vgpuMetadata, unsigned int *bufferSize)
{
    quanta_nvml_pfn_nvmlVgpuInstanceGetMetadata real = (quanta_nvml_pfn_nvmlVgpuInstanceGetMetadata)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlVgpuInstanceGetMetadata);
    if (__builtin_expect(real != NULL, 1))
        return real(vgpuInstance, vgpuMetadata, bufferSize);
    return slow_nvmlVgpuInstanceGetMetadata(vgpuInstance, vgpuMetadata, bufferSize);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlVgpuInstanceGetPlacementId(nvmlVgpuInstance_t vgpuInstance, nvmlVgpuPlacementId_t *pPlacement)
{
    quanta_nvml_pfn_nvmlVgpuInstanceGetPlacementId real = (quanta_nvml_pfn_nvmlVgpuInstanceGetPlacementId)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuInstanceGetPlacementId);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuInstanceGetPlacementId);
    }
    return real(vgpuInstance, pPlacement);
}

QUANTA__WRAPPER nvmlReturn_t nvmlVgpuInstanceGetPlacementId(nvmlVgpuInstance_t vgpuInstance, nvmlVgpuPlacementId_t *pPlacement)
{
    quanta_nvml_pfn_nvmlVgpuInstanceGetPlacementId real = (quanta_nvml_pfn_nvmlVgpuInstanceGetPlacementId)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlVgpuInstanceGetPlacementId);
    if (__builtin_expect(real != NULL, 1))
        return real(vgpuInstance, pPlacement);
    return slow_nvmlVgpuInstanceGetPlacementId(vgpuInstance, pPlacement);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlVgpuInstanceGetRuntimeStateSize(nvmlVgpuInstance_t vgpuInstance, nvmlVgpuRuntimeState_t *pState)
{
    quanta_nvml_pfn_nvmlVgpuInstanceGetRuntimeStateSize real = (quanta_nvml_pfn_nvmlVgpuInstanceGetRuntimeStateSize)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuInstanceGetRuntimeStateSize);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuInstanceGetRuntimeStateSize);
    }
    return real(vgpuInstance, pState);
}

QUANTA__WRAPPER nvmlReturn_t nvmlVgpuInstanceGetRuntimeStateSize(nvmlVgpuInstance_t vgpuInstance, nvmlVgpuRuntimeState_t *pState)
{
    quanta_nvml_pfn_nvmlVgpuInstanceGetRuntimeStateSize real = (quanta_nvml_pfn_nvmlVgpuInstanceGetRuntimeStateSize)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlVgpuInstanceGetRuntimeStateSize);
    if (__builtin_expect(real != NULL, 1))
        return real(vgpuInstance, pState);
    return slow_nvmlVgpuInstanceGetRuntimeStateSize(vgpuInstance, pState);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlVgpuInstanceGetType(nvmlVgpuInstance_t vgpuInstance, nvmlVgpuTypeId_t *vgpuTypeId)
{
    quanta_nvml_pfn_nvmlVgpuInstanceGetType real = (quanta_nvml_pfn_nvmlVgpuInstanceGetType)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuInstanceGetType);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuInstanceGetType);
    }
    return real(vgpuInstance, vgpuTypeId);
}

QUANTA__WRAPPER nvmlReturn_t nvmlVgpuInstanceGetType(nvmlVgpuInstance_t vgpuInstance, nvmlVgpuTypeId_t *vgpuTypeId)
{
    quanta_nvml_pfn_nvmlVgpuInstanceGetType real = (quanta_nvml_pfn_nvmlVgpuInstanceGetType)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlVgpuInstanceGetType);
    if (__builtin_expect(real != NULL, 1))
        return real(vgpuInstance, vgpuTypeId);
    return slow_nvmlVgpuInstanceGetType(vgpuInstance, vgpuTypeId);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlVgpuInstanceGetUUID(nvmlVgpuInstance_t vgpuInstance, char *uuid, unsigned int size)
{
    quanta_nvml_pfn_nvmlVgpuInstanceGetUUID real = (quanta_nvml_pfn_nvmlVgpuInstanceGetUUID)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuInstanceGetUUID);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuInstanceGetUUID);
    }
    return real(vgpuInstance, uuid, size);
}

QUANTA__WRAPPER nvmlReturn_t nvmlVgpuInstanceGetUUID(nvmlVgpuInstance_t vgpuInstance, char *uuid, unsigned int size)
{
    quanta_nvml_pfn_nvmlVgpuInstanceGetUUID real = (quanta_nvml_pfn_nvmlVgpuInstanceGetUUID)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlVgpuInstanceGetUUID);
    if (__builtin_expect(real != NULL, 1))
        return real(vgpuInstance, uuid, size);
    return slow_nvmlVgpuInstanceGetUUID(vgpuInstance, uuid, size);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlVgpuInstanceGetVmDriverVersion(nvmlVgpuInstance_t vgpuInstance, char *version, unsigned int length)
{
    quanta_nvml_pfn_nvmlVgpuInstanceGetVmDriverVersion real = (quanta_nvml_pfn_nvmlVgpuInstanceGetVmDriverVersion)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuInstanceGetVmDriverVersion);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuInstanceGetVmDriverVersion);
    }
    return real(vgpuInstance, version, length);
}

QUANTA__WRAPPER nvmlReturn_t nvmlVgpuInstanceGetVmDriverVersion(nvmlVgpuInstance_t vgpuInstance, char *version, unsigned int length)
{
    quanta_nvml_pfn_nvmlVgpuInstanceGetVmDriverVersion real = (quanta_nvml_pfn_nvmlVgpuInstanceGetVmDriverVersion)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlVgpuInstanceGetVmDriverVersion);
    if (__builtin_expect(real != NULL, 1))
        return real(vgpuInstance, version, length);
    return slow_nvmlVgpuInstanceGetVmDriverVersion(vgpuInstance, version, length);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlVgpuInstanceGetVmID(nvmlVgpuInstance_t vgpuInstance, char *vmId, unsigned int size, nvmlVgpuVmIdType_t *vmIdType)
{
    quanta_nvml_pfn_nvmlVgpuInstanceGetVmID real = (quanta_nvml_pfn_nvmlVgpuInstanceGetVmID)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuInstanceGetVmID);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuInstanceGetVmID);
    }
    return real(vgpuInstance, vmId, size, vmIdType);
}

QUANTA__WRAPPER nvmlReturn_t nvmlVgpuInstanceGetVmID(nvmlVgpuInstance_t vgpuInstance, char *vmId, unsigned int size, nvmlVgpuVmIdType_t *vmIdType)
{
    quanta_nvml_pfn_nvmlVgpuInstanceGetVmID real = (quanta_nvml_pfn_nvmlVgpuInstanceGetVmID)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlVgpuInstanceGetVmID);
    if (__builtin_expect(real != NULL, 1))
        return real(vgpuInstance, vmId, size, vmIdType);
    return slow_nvmlVgpuInstanceGetVmID(vgpuInstance, vmId, size, vmIdType);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlVgpuInstanceSetEncoderCapacity(nvmlVgpuInstance_t vgpuInstance, unsigned int encoderCapacity)
{
    quanta_nvml_pfn_nvmlVgpuInstanceSetEncoderCapacity real = (quanta_nvml_pfn_nvmlVgpuInstanceSetEncoderCapacity)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuInstanceSetEncoderCapacity);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuInstanceSetEncoderCapacity);
    }
    return real(vgpuInstance, encoderCapacity);
}

QUANTA__WRAPPER nvmlReturn_t nvmlVgpuInstanceSetEncoderCapacity(nvmlVgpuInstance_t vgpuInstance, unsigned int encoderCapacity)
{
    quanta_nvml_pfn_nvmlVgpuInstanceSetEncoderCapacity real = (quanta_nvml_pfn_nvmlVgpuInstanceSetEncoderCapacity)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlVgpuInstanceSetEncoderCapacity);
    if (__builtin_expect(real != NULL, 1))
        return real(vgpuInstance, encoderCapacity);
    return slow_nvmlVgpuInstanceSetEncoderCapacity(vgpuInstance, encoderCapacity);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlVgpuTypeGetBAR1Info(nvmlVgpuTypeId_t vgpuTypeId, nvmlVgpuTypeBar1Info_t *bar1Info)
{
    quanta_nvml_pfn_nvmlVgpuTypeGetBAR1Info real = (quanta_nvml_pfn_nvmlVgpuTypeGetBAR1Info)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuTypeGetBAR1Info);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuTypeGetBAR1Info);
    }
    return real(vgpuTypeId, bar1Info);
}

QUANTA__WRAPPER nvmlReturn_t nvmlVgpuTypeGetBAR1Info(nvmlVgpuTypeId_t vgpuTypeId, nvmlVgpuTypeBar1Info_t *bar1Info)
{
    quanta_nvml_pfn_nvmlVgpuTypeGetBAR1Info real = (quanta_nvml_pfn_nvmlVgpuTypeGetBAR1Info)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlVgpuTypeGetBAR1Info);
    if (__builtin_expect(real != NULL, 1))
        return real(vgpuTypeId, bar1Info);
    return slow_nvmlVgpuTypeGetBAR1Info(vgpuTypeId, bar1Info);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlVgpuTypeGetCapabilities(nvmlVgpuTypeId_t vgpuTypeId, nvmlVgpuCapability_t capability, unsigned int *capResult)
{
    quanta_nvml_pfn_nvmlVgpuTypeGetCapabilities real = (quanta_nvml_pfn_nvmlVgpuTypeGetCapabilities)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuTypeGetCapabilities);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuTypeGetCapabilities);
    }
    return real(vgpuTypeId, capability, capResult);
}

QUANTA__WRAPPER nvmlReturn_t nvmlVgpuTypeGetCapabilities(nvmlVgpuTypeId_t vgpuTypeId, nvmlVgpuCapability_t capability, unsigned int *capResult)
{
    quanta_nvml_pfn_nvmlVgpuTypeGetCapabilities real = (quanta_nvml_pfn_nvmlVgpuTypeGetCapabilities)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlVgpuTypeGetCapabilities);
    if (__builtin_expect(real != NULL, 1))
        return real(vgpuTypeId, capability, capResult);
    return slow_nvmlVgpuTypeGetCapabilities(vgpuTypeId, capability, capResult);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlVgpuTypeGetClass(nvmlVgpuTypeId_t vgpuTypeId, char *vgpuTypeClass, unsigned int *size)
{
    quanta_nvml_pfn_nvmlVgpuTypeGetClass real = (quanta_nvml_pfn_nvmlVgpuTypeGetClass)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuTypeGetClass);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuTypeGetClass);
    }
    return real(vgpuTypeId, vgpuTypeClass, size);
}

QUANTA__WRAPPER nvmlReturn_t nvmlVgpuTypeGetClass(nvmlVgpuTypeId_t vgpuTypeId, char *vgpuTypeClass, unsigned int *size)
{
    quanta_nvml_pfn_nvmlVgpuTypeGetClass real = (quanta_nvml_pfn_nvmlVgpuTypeGetClass)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlVgpuTypeGetClass);
    if (__builtin_expect(real != NULL, 1))
        return real(vgpuTypeId, vgpuTypeClass, size);
    return slow_nvmlVgpuTypeGetClass(vgpuTypeId, vgpuTypeClass, size);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlVgpuTypeGetDeviceID(nvmlVgpuTypeId_t vgpuTypeId, unsigned long long *deviceID, unsigned long long *subsystemID)
{
    quanta_nvml_pfn_nvmlVgpuTypeGetDeviceID real = (quanta_nvml_pfn_nvmlVgpuTypeGetDeviceID)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuTypeGetDeviceID);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuTypeGetDeviceID);
    }
    return real(vgpuTypeId, deviceID, subsystemID);
}

QUANTA__WRAPPER nvmlReturn_t nvmlVgpuTypeGetDeviceID(nvmlVgpuTypeId_t vgpuTypeId, unsigned long long *deviceID, unsigned long long *subsystemID)
{
    quanta_nvml_pfn_nvmlVgpuTypeGetDeviceID real = (quanta_nvml_pfn_nvmlVgpuTypeGetDeviceID)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlVgpuTypeGetDeviceID);
    if (__builtin_expect(real != NULL, 1))
        return real(vgpuTypeId, deviceID, subsystemID);
    return slow_nvmlVgpuTypeGetDeviceID(vgpuTypeId, deviceID, subsystemID);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlVgpuTypeGetFbReservation(nvmlVgpuTypeId_t vgpuTypeId, unsigned long long *fbReservation)
{
    quanta_nvml_pfn_nvmlVgpuTypeGetFbReservation real = (quanta_nvml_pfn_nvmlVgpuTypeGetFbReservation)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuTypeGetFbReservation);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuTypeGetFbReservation);
    }
    return real(vgpuTypeId, fbReservation);
}

QUANTA__WRAPPER nvmlReturn_t nvmlVgpuTypeGetFbReservation(nvmlVgpuTypeId_t vgpuTypeId, unsigned long long *fbReservation)
{
    quanta_nvml_pfn_nvmlVgpuTypeGetFbReservation real = (quanta_nvml_pfn_nvmlVgpuTypeGetFbReservation)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlVgpuTypeGetFbReservation);
    if (__builtin_expect(real != NULL, 1))
        return real(vgpuTypeId, fbReservation);
    return slow_nvmlVgpuTypeGetFbReservation(vgpuTypeId, fbReservation);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlVgpuTypeGetFrameRateLimit(nvmlVgpuTypeId_t vgpuTypeId, unsigned int *frameRateLimit)
{
    quanta_nvml_pfn_nvmlVgpuTypeGetFrameRateLimit real = (quanta_nvml_pfn_nvmlVgpuTypeGetFrameRateLimit)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuTypeGetFrameRateLimit);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuTypeGetFrameRateLimit);
    }
    return real(vgpuTypeId, frameRateLimit);
}

QUANTA__WRAPPER nvmlReturn_t nvmlVgpuTypeGetFrameRateLimit(nvmlVgpuTypeId_t vgpuTypeId, unsigned int *frameRateLimit)
{
    quanta_nvml_pfn_nvmlVgpuTypeGetFrameRateLimit real = (quanta_nvml_pfn_nvmlVgpuTypeGetFrameRateLimit)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlVgpuTypeGetFrameRateLimit);
    if (__builtin_expect(real != NULL, 1))
        return real(vgpuTypeId, frameRateLimit);
    return slow_nvmlVgpuTypeGetFrameRateLimit(vgpuTypeId, frameRateLimit);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlVgpuTypeGetFramebufferSize(nvmlVgpuTypeId_t vgpuTypeId, unsigned long long *fbSize)
{
    quanta_nvml_pfn_nvmlVgpuTypeGetFramebufferSize real = (quanta_nvml_pfn_nvmlVgpuTypeGetFramebufferSize)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuTypeGetFramebufferSize);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuTypeGetFramebufferSize);
    }
    return real(vgpuTypeId, fbSize);
}

QUANTA__WRAPPER nvmlReturn_t nvmlVgpuTypeGetFramebufferSize(nvmlVgpuTypeId_t vgpuTypeId, unsigned long long *fbSize)
{
    quanta_nvml_pfn_nvmlVgpuTypeGetFramebufferSize real = (quanta_nvml_pfn_nvmlVgpuTypeGetFramebufferSize)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlVgpuTypeGetFramebufferSize);
    if (__builtin_expect(real != NULL, 1))
        return real(vgpuTypeId, fbSize);
    return slow_nvmlVgpuTypeGetFramebufferSize(vgpuTypeId, fbSize);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlVgpuTypeGetGpuInstanceProfileId(nvmlVgpuTypeId_t vgpuTypeId, unsigned int *gpuInstanceProfileId)
{
    quanta_nvml_pfn_nvmlVgpuTypeGetGpuInstanceProfileId real = (quanta_nvml_pfn_nvmlVgpuTypeGetGpuInstanceProfileId)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuTypeGetGpuInstanceProfileId);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuTypeGetGpuInstanceProfileId);
    }
    return real(vgpuTypeId, gpuInstanceProfileId);
}

QUANTA__WRAPPER nvmlReturn_t nvmlVgpuTypeGetGpuInstanceProfileId(nvmlVgpuTypeId_t vgpuTypeId, unsigned int *gpuInstanceProfileId)
{
    quanta_nvml_pfn_nvmlVgpuTypeGetGpuInstanceProfileId real = (quanta_nvml_pfn_nvmlVgpuTypeGetGpuInstanceProfileId)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlVgpuTypeGetGpuInstanceProfileId);
    if (__builtin_expect(real != NULL, 1))
        return real(vgpuTypeId, gpuInstanceProfileId);
    return slow_nvmlVgpuTypeGetGpuInstanceProfileId(vgpuTypeId, gpuInstanceProfileId);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlVgpuTypeGetGspHeapSize(nvmlVgpuTypeId_t vgpuTypeId, unsigned long long *gspHeapSize)
{
    quanta_nvml_pfn_nvmlVgpuTypeGetGspHeapSize real = (quanta_nvml_pfn_nvmlVgpuTypeGetGspHeapSize)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuTypeGetGspHeapSize);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuTypeGetGspHeapSize);
    }
    return real(vgpuTypeId, gspHeapSize);
}

QUANTA__WRAPPER nvmlReturn_t nvmlVgpuTypeGetGspHeapSize(nvmlVgpuTypeId_t vgpuTypeId, unsigned long long *gspHeapSize)
{
    quanta_nvml_pfn_nvmlVgpuTypeGetGspHeapSize real = (quanta_nvml_pfn_nvmlVgpuTypeGetGspHeapSize)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlVgpuTypeGetGspHeapSize);
    if (__builtin_expect(real != NULL, 1))
        return real(vgpuTypeId, gspHeapSize);
    return slow_nvmlVgpuTypeGetGspHeapSize(vgpuTypeId, gspHeapSize);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlVgpuTypeGetLicense(nvmlVgpuTypeId_t vgpuTypeId, char *vgpuTypeLicenseString, unsigned int size)
{
    quanta_nvml_pfn_nvmlVgpuTypeGetLicense real = (quanta_nvml_pfn_nvmlVgpuTypeGetLicense)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuTypeGetLicense);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuTypeGetLicense);
    }
    return real(vgpuTypeId, vgpuTypeLicenseString, size);
}

QUANTA__WRAPPER nvmlReturn_t nvmlVgpuTypeGetLicense(nvmlVgpuTypeId_t vgpuTypeId, char *vgpuTypeLicenseString, unsigned int size)
{
    quanta_nvml_pfn_nvmlVgpuTypeGetLicense real = (quanta_nvml_pfn_nvmlVgpuTypeGetLicense)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlVgpuTypeGetLicense);
    if (__builtin_expect(real != NULL, 1))
        return real(vgpuTypeId, vgpuTypeLicenseString, size);
    return slow_nvmlVgpuTypeGetLicense(vgpuTypeId, vgpuTypeLicenseString, size);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlVgpuTypeGetMaxInstances(nvmlDevice_t device, nvmlVgpuTypeId_t vgpuTypeId, unsigned int *vgpuInstanceCount)
{
    quanta_nvml_pfn_nvmlVgpuTypeGetMaxInstances real = (quanta_nvml_pfn_nvmlVgpuTypeGetMaxInstances)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuTypeGetMaxInstances);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuTypeGetMaxInstances);
    }
    return real(device, vgpuTypeId, vgpuInstanceCount);
}

QUANTA__WRAPPER nvmlReturn_t nvmlVgpuTypeGetMaxInstances(nvmlDevice_t device, nvmlVgpuTypeId_t vgpuTypeId, unsigned int *vgpuInstanceCount)
{
    quanta_nvml_pfn_nvmlVgpuTypeGetMaxInstances real = (quanta_nvml_pfn_nvmlVgpuTypeGetMaxInstances)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlVgpuTypeGetMaxInstances);
    if (__builtin_expect(real != NULL, 1))
        return real(device, vgpuTypeId, vgpuInstanceCount);
    return slow_nvmlVgpuTypeGetMaxInstances(device, vgpuTypeId, vgpuInstanceCount);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlVgpuTypeGetMaxInstancesPerGpuInstance(nvmlVgpuTypeMaxInstance_t *pMaxInstance)
{
    quanta_nvml_pfn_nvmlVgpuTypeGetMaxInstancesPerGpuInstance real = (quanta_nvml_pfn_nvmlVgpuTypeGetMaxInstancesPerGpuInstance)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuTypeGetMaxInstancesPerGpuInstance);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuTypeGetMaxInstancesPerGpuInstance);
    }
    return real(pMaxInstance);
}

QUANTA__WRAPPER nvmlReturn_t nvmlVgpuTypeGetMaxInstancesPerGpuInstance(nvmlVgpuTypeMaxInstance_t *pMaxInstance)
{
    quanta_nvml_pfn_nvmlVgpuTypeGetMaxInstancesPerGpuInstance real = (quanta_nvml_pfn_nvmlVgpuTypeGetMaxInstancesPerGpuInstance)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlVgpuTypeGetMaxInstancesPerGpuInstance);
    if (__builtin_expect(real != NULL, 1))
        return real(pMaxInstance);
    return slow_nvmlVgpuTypeGetMaxInstancesPerGpuInstance(pMaxInstance);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlVgpuTypeGetMaxInstancesPerVm(nvmlVgpuTypeId_t vgpuTypeId, unsigned int *vgpuInstanceCountPerVm)
{
    quanta_nvml_pfn_nvmlVgpuTypeGetMaxInstancesPerVm real = (quanta_nvml_pfn_nvmlVgpuTypeGetMaxInstancesPerVm)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuTypeGetMaxInstancesPerVm);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuTypeGetMaxInstancesPerVm);
    }
    return real(vgpuTypeId, vgpuInstanceCountPerVm);
}

QUANTA__WRAPPER nvmlReturn_t nvmlVgpuTypeGetMaxInstancesPerVm(nvmlVgpuTypeId_t vgpuTypeId, unsigned int *vgpuInstanceCountPerVm)
{
    quanta_nvml_pfn_nvmlVgpuTypeGetMaxInstancesPerVm real = (quanta_nvml_pfn_nvmlVgpuTypeGetMaxInstancesPerVm)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlVgpuTypeGetMaxInstancesPerVm);
    if (__builtin_expect(real != NULL, 1))
        return real(vgpuTypeId, vgpuInstanceCountPerVm);
    return slow_nvmlVgpuTypeGetMaxInstancesPerVm(vgpuTypeId, vgpuInstanceCountPerVm);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlVgpuTypeGetName(nvmlVgpuTypeId_t vgpuTypeId, char *vgpuTypeName, unsigned int *size)
{
    quanta_nvml_pfn_nvmlVgpuTypeGetName real = (quanta_nvml_pfn_nvmlVgpuTypeGetName)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuTypeGetName);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuTypeGetName);
    }
    return real(vgpuTypeId, vgpuTypeName, size);
}

QUANTA__WRAPPER nvmlReturn_t nvmlVgpuTypeGetName(nvmlVgpuTypeId_t vgpuTypeId, char *vgpuTypeName, unsigned int *size)
{
    quanta_nvml_pfn_nvmlVgpuTypeGetName real = (quanta_nvml_pfn_nvmlVgpuTypeGetName)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlVgpuTypeGetName);
    if (__builtin_expect(real != NULL, 1))
        return real(vgpuTypeId, vgpuTypeName, size);
    return slow_nvmlVgpuTypeGetName(vgpuTypeId, vgpuTypeName, size);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlVgpuTypeGetNumDisplayHeads(nvmlVgpuTypeId_t vgpuTypeId, unsigned int *numDisplayHeads)
{
    quanta_nvml_pfn_nvmlVgpuTypeGetNumDisplayHeads real = (quanta_nvml_pfn_nvmlVgpuTypeGetNumDisplayHeads)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuTypeGetNumDisplayHeads);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuTypeGetNumDisplayHeads);
    }
    return real(vgpuTypeId, numDisplayHeads);
}

QUANTA__WRAPPER nvmlReturn_t nvmlVgpuTypeGetNumDisplayHeads(nvmlVgpuTypeId_t vgpuTypeId, unsigned int *numDisplayHeads)
{
    quanta_nvml_pfn_nvmlVgpuTypeGetNumDisplayHeads real = (quanta_nvml_pfn_nvmlVgpuTypeGetNumDisplayHeads)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlVgpuTypeGetNumDisplayHeads);
    if (__builtin_expect(real != NULL, 1))
        return real(vgpuTypeId, numDisplayHeads);
    return slow_nvmlVgpuTypeGetNumDisplayHeads(vgpuTypeId, numDisplayHeads);
}

static QUANTA__COLD nvmlReturn_t slow_nvmlVgpuTypeGetResolution(nvmlVgpuTypeId_t vgpuTypeId, unsigned int displayIndex, unsigned int *xdim, unsigned int *ydim)
{
    quanta_nvml_pfn_nvmlVgpuTypeGetResolution real = (quanta_nvml_pfn_nvmlVgpuTypeGetResolution)quanta__enter_slow(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuTypeGetResolution);
    if (real == NULL) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuTypeGetResolution);
    }
    return real(vgpuTypeId, displayIndex, xdim, ydim);
}

QUANTA__WRAPPER nvmlReturn_t nvmlVgpuTypeGetResolution(nvmlVgpuTypeId_t vgpuTypeId, unsigned int displayIndex, unsigned int *xdim, unsigned int *ydim)
{
    quanta_nvml_pfn_nvmlVgpuTypeGetResolution real = (quanta_nvml_pfn_nvmlVgpuTypeGetResolution)quanta__fast(quanta__nvml_real, QUANTA_NVML_nvmlVgpuTypeGetResolution);
    if (__builtin_expect(real != NULL, 1))
        return real(vgpuTypeId, displayIndex, xdim, ydim);
    return slow_nvmlVgpuTypeGetResolution(vgpuTypeId, displayIndex, xdim, ydim);
}

void *const quanta__nvml_wrappers[QUANTA_NVML_FN_COUNT] = {
    (void *)nvmlComputeInstanceDestroy,
    (void *)nvmlComputeInstanceGetInfo,
    (void *)nvmlComputeInstanceGetInfo_v2,
    (void *)nvmlDeviceClearAccountingPids,
    (void *)nvmlDeviceClearCpuAffinity,
    (void *)nvmlDeviceClearEccErrorCounts,
    (void *)nvmlDeviceClearFieldValues,
    (void *)nvmlDeviceCreateGpuInstance,
    (void *)nvmlDeviceCreateGpuInstanceWithPlacement,
    (void *)nvmlDeviceDiscoverGpus,
    (void *)nvmlDeviceFreezeNvLinkUtilizationCounter,
    (void *)nvmlDeviceGetAPIRestriction,
    (void *)nvmlDeviceGetAccountingBufferSize,
    (void *)nvmlDeviceGetAccountingMode,
    (void *)nvmlDeviceGetAccountingPids,
    (void *)nvmlDeviceGetAccountingStats,
    (void *)nvmlDeviceGetActiveVgpus,
    (void *)nvmlDeviceGetAdaptiveClockInfoStatus,
    (void *)nvmlDeviceGetAddressingMode,
    (void *)nvmlDeviceGetApplicationsClock,
    (void *)nvmlDeviceGetArchitecture,
    (void *)nvmlDeviceGetAttributes,
    (void *)nvmlDeviceGetAttributes_v2,
    (void *)nvmlDeviceGetAutoBoostedClocksEnabled,
    (void *)nvmlDeviceGetBAR1MemoryInfo,
    (void *)nvmlDeviceGetBoardId,
    (void *)nvmlDeviceGetBoardPartNumber,
    (void *)nvmlDeviceGetBrand,
    (void *)nvmlDeviceGetBridgeChipInfo,
    (void *)nvmlDeviceGetBusType,
    (void *)nvmlDeviceGetC2cModeInfoV,
    (void *)nvmlDeviceGetCapabilities,
    (void *)nvmlDeviceGetClkMonStatus,
    (void *)nvmlDeviceGetClock,
    (void *)nvmlDeviceGetClockInfo,
    (void *)nvmlDeviceGetClockOffsets,
    (void *)nvmlDeviceGetComputeInstanceId,
    (void *)nvmlDeviceGetComputeMode,
    (void *)nvmlDeviceGetComputeRunningProcesses,
    (void *)nvmlDeviceGetComputeRunningProcesses_v2,
    (void *)nvmlDeviceGetComputeRunningProcesses_v3,
    (void *)nvmlDeviceGetConfComputeGpuAttestationReport,
    (void *)nvmlDeviceGetConfComputeGpuCertificate,
    (void *)nvmlDeviceGetConfComputeMemSizeInfo,
    (void *)nvmlDeviceGetConfComputeProtectedMemoryUsage,
    (void *)nvmlDeviceGetCoolerInfo,
    (void *)nvmlDeviceGetCount,
    (void *)nvmlDeviceGetCount_v2,
    (void *)nvmlDeviceGetCpuAffinity,
    (void *)nvmlDeviceGetCpuAffinityWithinScope,
    (void *)nvmlDeviceGetCreatableVgpus,
    (void *)nvmlDeviceGetCudaComputeCapability,
    (void *)nvmlDeviceGetCurrPcieLinkGeneration,
    (void *)nvmlDeviceGetCurrPcieLinkWidth,
    (void *)nvmlDeviceGetCurrentClockFreqs,
    (void *)nvmlDeviceGetCurrentClocksEventReasons,
    (void *)nvmlDeviceGetCurrentClocksThrottleReasons,
    (void *)nvmlDeviceGetDecoderUtilization,
    (void *)nvmlDeviceGetDefaultApplicationsClock,
    (void *)nvmlDeviceGetDefaultEccMode,
    (void *)nvmlDeviceGetDetailedEccErrors,
    (void *)nvmlDeviceGetDeviceHandleFromMigDeviceHandle,
    (void *)nvmlDeviceGetDisplayActive,
    (void *)nvmlDeviceGetDisplayMode,
    (void *)nvmlDeviceGetDramEncryptionMode,
    (void *)nvmlDeviceGetDriverModel,
    (void *)nvmlDeviceGetDriverModel_v2,
    (void *)nvmlDeviceGetDynamicPstatesInfo,
    (void *)nvmlDeviceGetEccMode,
    (void *)nvmlDeviceGetEncoderCapacity,
    (void *)nvmlDeviceGetEncoderSessions,
    (void *)nvmlDeviceGetEncoderStats,
    (void *)nvmlDeviceGetEncoderUtilization,
    (void *)nvmlDeviceGetEnforcedPowerLimit,
    (void *)nvmlDeviceGetFBCSessions,
    (void *)nvmlDeviceGetFBCStats,
    (void *)nvmlDeviceGetFanControlPolicy_v2,
    (void *)nvmlDeviceGetFanSpeed,
    (void *)nvmlDeviceGetFanSpeed_v2,
    (void *)nvmlDeviceGetFanSpeedRPM,
    (void *)nvmlDeviceGetFieldValues,
    (void *)nvmlDeviceGetGpcClkMinMaxVfOffset,
    (void *)nvmlDeviceGetGpcClkVfOffset,
    (void *)nvmlDeviceGetGpuFabricInfo,
    (void *)nvmlDeviceGetGpuFabricInfoV,
    (void *)nvmlDeviceGetGpuInstanceById,
    (void *)nvmlDeviceGetGpuInstanceId,
    (void *)nvmlDeviceGetGpuInstancePossiblePlacements,
    (void *)nvmlDeviceGetGpuInstancePossiblePlacements_v2,
    (void *)nvmlDeviceGetGpuInstanceProfileInfo,
    (void *)nvmlDeviceGetGpuInstanceProfileInfoByIdV,
    (void *)nvmlDeviceGetGpuInstanceProfileInfoV,
    (void *)nvmlDeviceGetGpuInstanceRemainingCapacity,
    (void *)nvmlDeviceGetGpuInstances,
    (void *)nvmlDeviceGetGpuMaxPcieLinkGeneration,
    (void *)nvmlDeviceGetGpuOperationMode,
    (void *)nvmlDeviceGetGraphicsRunningProcesses,
    (void *)nvmlDeviceGetGraphicsRunningProcesses_v2,
    (void *)nvmlDeviceGetGraphicsRunningProcesses_v3,
    (void *)nvmlDeviceGetGridLicensableFeatures,
    (void *)nvmlDeviceGetGridLicensableFeatures_v2,
    (void *)nvmlDeviceGetGridLicensableFeatures_v3,
    (void *)nvmlDeviceGetGridLicensableFeatures_v4,
    (void *)nvmlDeviceGetGspFirmwareMode,
    (void *)nvmlDeviceGetGspFirmwareVersion,
    (void *)nvmlDeviceGetHandleByIndex,
    (void *)nvmlDeviceGetHandleByIndex_v2,
    (void *)nvmlDeviceGetHandleByPciBusId,
    (void *)nvmlDeviceGetHandleByPciBusId_v2,
    (void *)nvmlDeviceGetHandleBySerial,
    (void *)nvmlDeviceGetHandleByUUID,
    (void *)nvmlDeviceGetHandleByUUIDV,
    (void *)nvmlDeviceGetHostVgpuMode,
    (void *)nvmlDeviceGetHostname_v1,
    (void *)nvmlDeviceGetIndex,
    (void *)nvmlDeviceGetInforomConfigurationChecksum,
    (void *)nvmlDeviceGetInforomImageVersion,
    (void *)nvmlDeviceGetInforomVersion,
    (void *)nvmlDeviceGetIrqNum,
    (void *)nvmlDeviceGetJpgUtilization,
    (void *)nvmlDeviceGetLastBBXFlushTime,
    (void *)nvmlDeviceGetMPSComputeRunningProcesses,
    (void *)nvmlDeviceGetMPSComputeRunningProcesses_v2,
    (void *)nvmlDeviceGetMPSComputeRunningProcesses_v3,
    (void *)nvmlDeviceGetMarginTemperature,
    (void *)nvmlDeviceGetMaxClockInfo,
    (void *)nvmlDeviceGetMaxCustomerBoostClock,
    (void *)nvmlDeviceGetMaxMigDeviceCount,
    (void *)nvmlDeviceGetMaxPcieLinkGeneration,
    (void *)nvmlDeviceGetMaxPcieLinkWidth,
    (void *)nvmlDeviceGetMemClkMinMaxVfOffset,
    (void *)nvmlDeviceGetMemClkVfOffset,
    (void *)nvmlDeviceGetMemoryAffinity,
    (void *)nvmlDeviceGetMemoryBusWidth,
    (void *)nvmlDeviceGetMemoryErrorCounter,
    (void *)nvmlDeviceGetMemoryInfo,
    (void *)nvmlDeviceGetMemoryInfo_v2,
    (void *)nvmlDeviceGetMigDeviceHandleByIndex,
    (void *)nvmlDeviceGetMigMode,
    (void *)nvmlDeviceGetMinMaxClockOfPState,
    (void *)nvmlDeviceGetMinMaxFanSpeed,
    (void *)nvmlDeviceGetMinorNumber,
    (void *)nvmlDeviceGetModuleId,
    (void *)nvmlDeviceGetMultiGpuBoard,
    (void *)nvmlDeviceGetName,
    (void *)nvmlDeviceGetNumFans,
    (void *)nvmlDeviceGetNumGpuCores,
    (void *)nvmlDeviceGetNumaNodeId,
    (void *)nvmlDeviceGetNvLinkCapability,
    (void *)nvmlDeviceGetNvLinkErrorCounter,
    (void *)nvmlDeviceGetNvLinkInfo,
    (void *)nvmlDeviceGetNvLinkRemoteDeviceType,
    (void *)nvmlDeviceGetNvLinkRemotePciInfo,
    (void *)nvmlDeviceGetNvLinkRemotePciInfo_v2,
    (void *)nvmlDeviceGetNvLinkState,
    (void *)nvmlDeviceGetNvLinkUtilizationControl,
    (void *)nvmlDeviceGetNvLinkUtilizationCounter,
    (void *)nvmlDeviceGetNvLinkVersion,
    (void *)nvmlDeviceGetNvlinkBwMode,
    (void *)nvmlDeviceGetNvlinkSupportedBwModes,
    (void *)nvmlDeviceGetOfaUtilization,
    (void *)nvmlDeviceGetP2PStatus,
    (void *)nvmlDeviceGetPciInfo,
    (void *)nvmlDeviceGetPciInfo_v2,
    (void *)nvmlDeviceGetPciInfo_v3,
    (void *)nvmlDeviceGetPciInfoExt,
    (void *)nvmlDeviceGetPcieLinkMaxSpeed,
    (void *)nvmlDeviceGetPcieReplayCounter,
    (void *)nvmlDeviceGetPcieSpeed,
    (void *)nvmlDeviceGetPcieThroughput,
    (void *)nvmlDeviceGetPdi,
    (void *)nvmlDeviceGetPerformanceModes,
    (void *)nvmlDeviceGetPerformanceState,
    (void *)nvmlDeviceGetPersistenceMode,
    (void *)nvmlDeviceGetPgpuMetadataString,
    (void *)nvmlDeviceGetPlatformInfo,
    (void *)nvmlDeviceGetPowerManagementDefaultLimit,
    (void *)nvmlDeviceGetPowerManagementLimit,
    (void *)nvmlDeviceGetPowerManagementLimitConstraints,
    (void *)nvmlDeviceGetPowerManagementMode,
    (void *)nvmlDeviceGetPowerMizerMode_v1,
    (void *)nvmlDeviceGetPowerSource,
    (void *)nvmlDeviceGetPowerState,
    (void *)nvmlDeviceGetPowerUsage,
    (void *)nvmlDeviceGetProcessUtilization,
    (void *)nvmlDeviceGetProcessesUtilizationInfo,
    (void *)nvmlDeviceGetRemappedRows,
    (void *)nvmlDeviceGetRepairStatus,
    (void *)nvmlDeviceGetRetiredPages,
    (void *)nvmlDeviceGetRetiredPages_v2,
    (void *)nvmlDeviceGetRetiredPagesPendingStatus,
    (void *)nvmlDeviceGetRowRemapperHistogram,
    (void *)nvmlDeviceGetRunningProcessDetailList,
    (void *)nvmlDeviceGetSamples,
    (void *)nvmlDeviceGetSerial,
    (void *)nvmlDeviceGetSramEccErrorStatus,
    (void *)nvmlDeviceGetSramUniqueUncorrectedEccErrorCounts,
    (void *)nvmlDeviceGetSupportedClocksEventReasons,
    (void *)nvmlDeviceGetSupportedClocksThrottleReasons,
    (void *)nvmlDeviceGetSupportedEventTypes,
    (void *)nvmlDeviceGetSupportedGraphicsClocks,
    (void *)nvmlDeviceGetSupportedMemoryClocks,
    (void *)nvmlDeviceGetSupportedPerformanceStates,
    (void *)nvmlDeviceGetSupportedVgpus,
    (void *)nvmlDeviceGetTargetFanSpeed,
    (void *)nvmlDeviceGetTemperature,
    (void *)nvmlDeviceGetTemperatureThreshold,
    (void *)nvmlDeviceGetTemperatureV,
    (void *)nvmlDeviceGetThermalSettings,
    (void *)nvmlDeviceGetTopologyCommonAncestor,
    (void *)nvmlDeviceGetTopologyNearestGpus,
    (void *)nvmlDeviceGetTotalEccErrors,
    (void *)nvmlDeviceGetTotalEnergyConsumption,
    (void *)nvmlDeviceGetUUID,
    (void *)nvmlDeviceGetUtilizationRates,
    (void *)nvmlDeviceGetVbiosVersion,
    (void *)nvmlDeviceGetVgpuCapabilities,
    (void *)nvmlDeviceGetVgpuHeterogeneousMode,
    (void *)nvmlDeviceGetVgpuInstancesUtilizationInfo,
    (void *)nvmlDeviceGetVgpuMetadata,
    (void *)nvmlDeviceGetVgpuProcessUtilization,
    (void *)nvmlDeviceGetVgpuProcessesUtilizationInfo,
    (void *)nvmlDeviceGetVgpuSchedulerCapabilities,
    (void *)nvmlDeviceGetVgpuSchedulerLog,
    (void *)nvmlDeviceGetVgpuSchedulerState,
    (void *)nvmlDeviceGetVgpuTypeCreatablePlacements,
    (void *)nvmlDeviceGetVgpuTypeSupportedPlacements,
    (void *)nvmlDeviceGetVgpuUtilization,
    (void *)nvmlDeviceGetViolationStatus,
    (void *)nvmlDeviceGetVirtualizationMode,
    (void *)nvmlDeviceIsMigDeviceHandle,
    (void *)nvmlDeviceModifyDrainState,
    (void *)nvmlDeviceOnSameBoard,
    (void *)nvmlDevicePowerSmoothingActivatePresetProfile,
    (void *)nvmlDevicePowerSmoothingSetState,
    (void *)nvmlDevicePowerSmoothingUpdatePresetProfileParam,
    (void *)nvmlDeviceQueryDrainState,
    (void *)nvmlDeviceReadWritePRM_v1,
    (void *)nvmlDeviceRegisterEvents,
    (void *)nvmlDeviceRemoveGpu,
    (void *)nvmlDeviceRemoveGpu_v2,
    (void *)nvmlDeviceResetApplicationsClocks,
    (void *)nvmlDeviceResetGpuLockedClocks,
    (void *)nvmlDeviceResetMemoryLockedClocks,
    (void *)nvmlDeviceResetNvLinkErrorCounters,
    (void *)nvmlDeviceResetNvLinkUtilizationCounter,
    (void *)nvmlDeviceSetAPIRestriction,
    (void *)nvmlDeviceSetAccountingMode,
    (void *)nvmlDeviceSetApplicationsClocks,
    (void *)nvmlDeviceSetAutoBoostedClocksEnabled,
    (void *)nvmlDeviceSetClockOffsets,
    (void *)nvmlDeviceSetComputeMode,
    (void *)nvmlDeviceSetConfComputeUnprotectedMemSize,
    (void *)nvmlDeviceSetCpuAffinity,
    (void *)nvmlDeviceSetDefaultAutoBoostedClocksEnabled,
    (void *)nvmlDeviceSetDefaultFanSpeed_v2,
    (void *)nvmlDeviceSetDramEncryptionMode,
    (void *)nvmlDeviceSetDriverModel,
    (void *)nvmlDeviceSetEccMode,
    (void *)nvmlDeviceSetFanControlPolicy,
    (void *)nvmlDeviceSetFanSpeed_v2,
    (void *)nvmlDeviceSetGpcClkVfOffset,
    (void *)nvmlDeviceSetGpuLockedClocks,
    (void *)nvmlDeviceSetGpuOperationMode,
    (void *)nvmlDeviceSetHostname_v1,
    (void *)nvmlDeviceSetMemClkVfOffset,
    (void *)nvmlDeviceSetMemoryLockedClocks,
    (void *)nvmlDeviceSetMigMode,
    (void *)nvmlDeviceSetNvLinkDeviceLowPowerThreshold,
    (void *)nvmlDeviceSetNvLinkUtilizationControl,
    (void *)nvmlDeviceSetNvlinkBwMode,
    (void *)nvmlDeviceSetPersistenceMode,
    (void *)nvmlDeviceSetPowerManagementLimit,
    (void *)nvmlDeviceSetPowerManagementLimit_v2,
    (void *)nvmlDeviceSetPowerMizerMode_v1,
    (void *)nvmlDeviceSetTemperatureThreshold,
    (void *)nvmlDeviceSetVgpuCapabilities,
    (void *)nvmlDeviceSetVgpuHeterogeneousMode,
    (void *)nvmlDeviceSetVgpuSchedulerState,
    (void *)nvmlDeviceSetVirtualizationMode,
    (void *)nvmlDeviceValidateInforom,
    (void *)nvmlDeviceWorkloadPowerProfileClearRequestedProfiles,
    (void *)nvmlDeviceWorkloadPowerProfileGetCurrentProfiles,
    (void *)nvmlDeviceWorkloadPowerProfileGetProfilesInfo,
    (void *)nvmlDeviceWorkloadPowerProfileSetRequestedProfiles,
    (void *)nvmlErrorString,
    (void *)nvmlEventSetCreate,
    (void *)nvmlEventSetFree,
    (void *)nvmlEventSetWait,
    (void *)nvmlEventSetWait_v2,
    (void *)nvmlGetExcludedDeviceCount,
    (void *)nvmlGetExcludedDeviceInfoByIndex,
    (void *)nvmlGetVgpuCompatibility,
    (void *)nvmlGetVgpuDriverCapabilities,
    (void *)nvmlGetVgpuVersion,
    (void *)nvmlGpmMetricsGet,
    (void *)nvmlGpmMigSampleGet,
    (void *)nvmlGpmQueryDeviceSupport,
    (void *)nvmlGpmQueryIfStreamingEnabled,
    (void *)nvmlGpmSampleAlloc,
    (void *)nvmlGpmSampleFree,
    (void *)nvmlGpmSampleGet,
    (void *)nvmlGpmSetStreamingEnabled,
    (void *)nvmlGpuInstanceCreateComputeInstance,
    (void *)nvmlGpuInstanceCreateComputeInstanceWithPlacement,
    (void *)nvmlGpuInstanceDestroy,
    (void *)nvmlGpuInstanceGetActiveVgpus,
    (void *)nvmlGpuInstanceGetComputeInstanceById,
    (void *)nvmlGpuInstanceGetComputeInstancePossiblePlacements,
    (void *)nvmlGpuInstanceGetComputeInstanceProfileInfo,
    (void *)nvmlGpuInstanceGetComputeInstanceProfileInfoV,
    (void *)nvmlGpuInstanceGetComputeInstanceRemainingCapacity,
    (void *)nvmlGpuInstanceGetComputeInstances,
    (void *)nvmlGpuInstanceGetCreatableVgpus,
    (void *)nvmlGpuInstanceGetInfo,
    (void *)nvmlGpuInstanceGetVgpuHeterogeneousMode,
    (void *)nvmlGpuInstanceGetVgpuSchedulerLog,
    (void *)nvmlGpuInstanceGetVgpuSchedulerState,
    (void *)nvmlGpuInstanceGetVgpuTypeCreatablePlacements,
    (void *)nvmlGpuInstanceSetVgpuHeterogeneousMode,
    (void *)nvmlGpuInstanceSetVgpuSchedulerState,
    (void *)nvmlInit,
    (void *)nvmlInit_v2,
    (void *)nvmlInitWithFlags,
    (void *)nvmlInternalGetExportTable,
    (void *)nvmlSetVgpuVersion,
    (void *)nvmlShutdown,
    (void *)nvmlSystemEventSetCreate,
    (void *)nvmlSystemEventSetFree,
    (void *)nvmlSystemEventSetWait,
    (void *)nvmlSystemGetConfComputeCapabilities,
    (void *)nvmlSystemGetConfComputeGpusReadyState,
    (void *)nvmlSystemGetConfComputeKeyRotationThresholdInfo,
    (void *)nvmlSystemGetConfComputeSettings,
    (void *)nvmlSystemGetConfComputeState,
    (void *)nvmlSystemGetCudaDriverVersion,
    (void *)nvmlSystemGetCudaDriverVersion_v2,
    (void *)nvmlSystemGetDriverBranch,
    (void *)nvmlSystemGetDriverVersion,
    (void *)nvmlSystemGetHicVersion,
    (void *)nvmlSystemGetNVMLVersion,
    (void *)nvmlSystemGetNvlinkBwMode,
    (void *)nvmlSystemGetProcessName,
    (void *)nvmlSystemGetTopologyGpuSet,
    (void *)nvmlSystemRegisterEvents,
    (void *)nvmlSystemSetConfComputeGpusReadyState,
    (void *)nvmlSystemSetConfComputeKeyRotationThresholdInfo,
    (void *)nvmlSystemSetNvlinkBwMode,
    (void *)nvmlUnitGetCount,
    (void *)nvmlUnitGetDevices,
    (void *)nvmlUnitGetFanSpeedInfo,
    (void *)nvmlUnitGetHandleByIndex,
    (void *)nvmlUnitGetLedState,
    (void *)nvmlUnitGetPsuInfo,
    (void *)nvmlUnitGetTemperature,
    (void *)nvmlUnitGetUnitInfo,
    (void *)nvmlUnitSetLedState,
    (void *)nvmlVgpuInstanceClearAccountingPids,
    (void *)nvmlVgpuInstanceGetAccountingMode,
    (void *)nvmlVgpuInstanceGetAccountingPids,
    (void *)nvmlVgpuInstanceGetAccountingStats,
    (void *)nvmlVgpuInstanceGetEccMode,
    (void *)nvmlVgpuInstanceGetEncoderCapacity,
    (void *)nvmlVgpuInstanceGetEncoderSessions,
    (void *)nvmlVgpuInstanceGetEncoderStats,
    (void *)nvmlVgpuInstanceGetFBCSessions,
    (void *)nvmlVgpuInstanceGetFBCStats,
    (void *)nvmlVgpuInstanceGetFbUsage,
    (void *)nvmlVgpuInstanceGetFrameRateLimit,
    (void *)nvmlVgpuInstanceGetGpuInstanceId,
    (void *)nvmlVgpuInstanceGetGpuPciId,
    (void *)nvmlVgpuInstanceGetLicenseInfo,
    (void *)nvmlVgpuInstanceGetLicenseInfo_v2,
    (void *)nvmlVgpuInstanceGetLicenseStatus,
    (void *)nvmlVgpuInstanceGetMdevUUID,
    (void *)nvmlVgpuInstanceGetMetadata,
    (void *)nvmlVgpuInstanceGetPlacementId,
    (void *)nvmlVgpuInstanceGetRuntimeStateSize,
    (void *)nvmlVgpuInstanceGetType,
    (void *)nvmlVgpuInstanceGetUUID,
    (void *)nvmlVgpuInstanceGetVmDriverVersion,
    (void *)nvmlVgpuInstanceGetVmID,
    (void *)nvmlVgpuInstanceSetEncoderCapacity,
    (void *)nvmlVgpuTypeGetBAR1Info,
    (void *)nvmlVgpuTypeGetCapabilities,
    (void *)nvmlVgpuTypeGetClass,
    (void *)nvmlVgpuTypeGetDeviceID,
    (void *)nvmlVgpuTypeGetFbReservation,
    (void *)nvmlVgpuTypeGetFrameRateLimit,
    (void *)nvmlVgpuTypeGetFramebufferSize,
    (void *)nvmlVgpuTypeGetGpuInstanceProfileId,
    (void *)nvmlVgpuTypeGetGspHeapSize,
    (void *)nvmlVgpuTypeGetLicense,
    (void *)nvmlVgpuTypeGetMaxInstances,
    (void *)nvmlVgpuTypeGetMaxInstancesPerGpuInstance,
    (void *)nvmlVgpuTypeGetMaxInstancesPerVm,
    (void *)nvmlVgpuTypeGetName,
    (void *)nvmlVgpuTypeGetNumDisplayHeads,
    (void *)nvmlVgpuTypeGetResolution,
};
