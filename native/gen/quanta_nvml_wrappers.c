/* Generated from api/nvml.json by tools/gen (npm run gen -- emit). Do not edit. */
/* The interposer's pass-through wrappers: weak, so that a hand-written hook of the
 * same name (a strong definition) replaces one without any list to keep in step. */
#include "quanta_nvml_api.h"
#include "wrap.h"

QUANTA__WRAPPER nvmlReturn_t nvmlComputeInstanceDestroy(nvmlComputeInstance_t computeInstance)
{
    quanta_nvml_pfn_nvmlComputeInstanceDestroy real = (quanta_nvml_pfn_nvmlComputeInstanceDestroy)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlComputeInstanceDestroy);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlComputeInstanceDestroy);
    }
    return real(computeInstance);
}

QUANTA__WRAPPER nvmlReturn_t nvmlComputeInstanceGetInfo(nvmlComputeInstance_t computeInstance, nvmlComputeInstanceInfo_t *info)
{
    quanta_nvml_pfn_nvmlComputeInstanceGetInfo real = (quanta_nvml_pfn_nvmlComputeInstanceGetInfo)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlComputeInstanceGetInfo);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlComputeInstanceGetInfo);
    }
    return real(computeInstance, info);
}

QUANTA__WRAPPER nvmlReturn_t nvmlComputeInstanceGetInfo_v2(nvmlComputeInstance_t computeInstance, nvmlComputeInstanceInfo_t *info)
{
    quanta_nvml_pfn_nvmlComputeInstanceGetInfo_v2 real = (quanta_nvml_pfn_nvmlComputeInstanceGetInfo_v2)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlComputeInstanceGetInfo_v2);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlComputeInstanceGetInfo_v2);
    }
    return real(computeInstance, info);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceClearAccountingPids(nvmlDevice_t device)
{
    quanta_nvml_pfn_nvmlDeviceClearAccountingPids real = (quanta_nvml_pfn_nvmlDeviceClearAccountingPids)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceClearAccountingPids);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceClearAccountingPids);
    }
    return real(device);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceClearCpuAffinity(nvmlDevice_t device)
{
    quanta_nvml_pfn_nvmlDeviceClearCpuAffinity real = (quanta_nvml_pfn_nvmlDeviceClearCpuAffinity)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceClearCpuAffinity);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceClearCpuAffinity);
    }
    return real(device);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceClearEccErrorCounts(nvmlDevice_t device, nvmlEccCounterType_t counterType)
{
    quanta_nvml_pfn_nvmlDeviceClearEccErrorCounts real = (quanta_nvml_pfn_nvmlDeviceClearEccErrorCounts)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceClearEccErrorCounts);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceClearEccErrorCounts);
    }
    return real(device, counterType);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceClearFieldValues(nvmlDevice_t device, int valuesCount, nvmlFieldValue_t *values)
{
    quanta_nvml_pfn_nvmlDeviceClearFieldValues real = (quanta_nvml_pfn_nvmlDeviceClearFieldValues)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceClearFieldValues);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceClearFieldValues);
    }
    return real(device, valuesCount, values);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceCreateGpuInstance(nvmlDevice_t device, unsigned int profileId, nvmlGpuInstance_t *gpuInstance)
{
    quanta_nvml_pfn_nvmlDeviceCreateGpuInstance real = (quanta_nvml_pfn_nvmlDeviceCreateGpuInstance)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceCreateGpuInstance);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceCreateGpuInstance);
    }
    return real(device, profileId, gpuInstance);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceCreateGpuInstanceWithPlacement(nvmlDevice_t device, unsigned int profileId, const nvmlGpuInstancePlacement_t *placement, nvmlGpuInstance_t *gpuInstance)
{
    quanta_nvml_pfn_nvmlDeviceCreateGpuInstanceWithPlacement real = (quanta_nvml_pfn_nvmlDeviceCreateGpuInstanceWithPlacement)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceCreateGpuInstanceWithPlacement);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceCreateGpuInstanceWithPlacement);
    }
    return real(device, profileId, placement, gpuInstance);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceDiscoverGpus(nvmlPciInfo_t *pciInfo)
{
    quanta_nvml_pfn_nvmlDeviceDiscoverGpus real = (quanta_nvml_pfn_nvmlDeviceDiscoverGpus)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceDiscoverGpus);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceDiscoverGpus);
    }
    return real(pciInfo);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceFreezeNvLinkUtilizationCounter(nvmlDevice_t device, unsigned int link, unsigned int counter, nvmlEnableState_t freeze)
{
    quanta_nvml_pfn_nvmlDeviceFreezeNvLinkUtilizationCounter real = (quanta_nvml_pfn_nvmlDeviceFreezeNvLinkUtilizationCounter)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceFreezeNvLinkUtilizationCounter);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceFreezeNvLinkUtilizationCounter);
    }
    return real(device, link, counter, freeze);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetAPIRestriction(nvmlDevice_t device, nvmlRestrictedAPI_t apiType, nvmlEnableState_t *isRestricted)
{
    quanta_nvml_pfn_nvmlDeviceGetAPIRestriction real = (quanta_nvml_pfn_nvmlDeviceGetAPIRestriction)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetAPIRestriction);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetAPIRestriction);
    }
    return real(device, apiType, isRestricted);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetAccountingBufferSize(nvmlDevice_t device, unsigned int *bufferSize)
{
    quanta_nvml_pfn_nvmlDeviceGetAccountingBufferSize real = (quanta_nvml_pfn_nvmlDeviceGetAccountingBufferSize)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetAccountingBufferSize);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetAccountingBufferSize);
    }
    return real(device, bufferSize);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetAccountingMode(nvmlDevice_t device, nvmlEnableState_t *mode)
{
    quanta_nvml_pfn_nvmlDeviceGetAccountingMode real = (quanta_nvml_pfn_nvmlDeviceGetAccountingMode)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetAccountingMode);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetAccountingMode);
    }
    return real(device, mode);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetAccountingPids(nvmlDevice_t device, unsigned int *count, unsigned int *pids)
{
    quanta_nvml_pfn_nvmlDeviceGetAccountingPids real = (quanta_nvml_pfn_nvmlDeviceGetAccountingPids)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetAccountingPids);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetAccountingPids);
    }
    return real(device, count, pids);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetAccountingStats(nvmlDevice_t device, unsigned int pid, nvmlAccountingStats_t *stats)
{
    quanta_nvml_pfn_nvmlDeviceGetAccountingStats real = (quanta_nvml_pfn_nvmlDeviceGetAccountingStats)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetAccountingStats);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetAccountingStats);
    }
    return real(device, pid, stats);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetActiveVgpus(nvmlDevice_t device, unsigned int *vgpuCount, nvmlVgpuInstance_t *vgpuInstances)
{
    quanta_nvml_pfn_nvmlDeviceGetActiveVgpus real = (quanta_nvml_pfn_nvmlDeviceGetActiveVgpus)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetActiveVgpus);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetActiveVgpus);
    }
    return real(device, vgpuCount, vgpuInstances);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetAdaptiveClockInfoStatus(nvmlDevice_t device, unsigned int *adaptiveClockStatus)
{
    quanta_nvml_pfn_nvmlDeviceGetAdaptiveClockInfoStatus real = (quanta_nvml_pfn_nvmlDeviceGetAdaptiveClockInfoStatus)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetAdaptiveClockInfoStatus);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetAdaptiveClockInfoStatus);
    }
    return real(device, adaptiveClockStatus);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetAddressingMode(nvmlDevice_t device, nvmlDeviceAddressingMode_t *mode)
{
    quanta_nvml_pfn_nvmlDeviceGetAddressingMode real = (quanta_nvml_pfn_nvmlDeviceGetAddressingMode)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetAddressingMode);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetAddressingMode);
    }
    return real(device, mode);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetApplicationsClock(nvmlDevice_t device, nvmlClockType_t clockType, unsigned int *clockMHz)
{
    quanta_nvml_pfn_nvmlDeviceGetApplicationsClock real = (quanta_nvml_pfn_nvmlDeviceGetApplicationsClock)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetApplicationsClock);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetApplicationsClock);
    }
    return real(device, clockType, clockMHz);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetArchitecture(nvmlDevice_t device, nvmlDeviceArchitecture_t *arch)
{
    quanta_nvml_pfn_nvmlDeviceGetArchitecture real = (quanta_nvml_pfn_nvmlDeviceGetArchitecture)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetArchitecture);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetArchitecture);
    }
    return real(device, arch);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetAttributes(nvmlDevice_t device, nvmlDeviceAttributes_t *attributes)
{
    quanta_nvml_pfn_nvmlDeviceGetAttributes real = (quanta_nvml_pfn_nvmlDeviceGetAttributes)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetAttributes);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetAttributes);
    }
    return real(device, attributes);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetAttributes_v2(nvmlDevice_t device, nvmlDeviceAttributes_t *attributes)
{
    quanta_nvml_pfn_nvmlDeviceGetAttributes_v2 real = (quanta_nvml_pfn_nvmlDeviceGetAttributes_v2)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetAttributes_v2);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetAttributes_v2);
    }
    return real(device, attributes);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetAutoBoostedClocksEnabled(nvmlDevice_t device, nvmlEnableState_t *isEnabled, nvmlEnableState_t *defaultIsEnabled)
{
    quanta_nvml_pfn_nvmlDeviceGetAutoBoostedClocksEnabled real = (quanta_nvml_pfn_nvmlDeviceGetAutoBoostedClocksEnabled)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetAutoBoostedClocksEnabled);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetAutoBoostedClocksEnabled);
    }
    return real(device, isEnabled, defaultIsEnabled);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetBAR1MemoryInfo(nvmlDevice_t device, nvmlBAR1Memory_t *bar1Memory)
{
    quanta_nvml_pfn_nvmlDeviceGetBAR1MemoryInfo real = (quanta_nvml_pfn_nvmlDeviceGetBAR1MemoryInfo)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetBAR1MemoryInfo);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetBAR1MemoryInfo);
    }
    return real(device, bar1Memory);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetBoardId(nvmlDevice_t device, unsigned int *boardId)
{
    quanta_nvml_pfn_nvmlDeviceGetBoardId real = (quanta_nvml_pfn_nvmlDeviceGetBoardId)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetBoardId);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetBoardId);
    }
    return real(device, boardId);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetBoardPartNumber(nvmlDevice_t device, char *partNumber, unsigned int length)
{
    quanta_nvml_pfn_nvmlDeviceGetBoardPartNumber real = (quanta_nvml_pfn_nvmlDeviceGetBoardPartNumber)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetBoardPartNumber);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetBoardPartNumber);
    }
    return real(device, partNumber, length);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetBrand(nvmlDevice_t device, nvmlBrandType_t *type)
{
    quanta_nvml_pfn_nvmlDeviceGetBrand real = (quanta_nvml_pfn_nvmlDeviceGetBrand)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetBrand);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetBrand);
    }
    return real(device, type);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetBridgeChipInfo(nvmlDevice_t device, nvmlBridgeChipHierarchy_t *bridgeHierarchy)
{
    quanta_nvml_pfn_nvmlDeviceGetBridgeChipInfo real = (quanta_nvml_pfn_nvmlDeviceGetBridgeChipInfo)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetBridgeChipInfo);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetBridgeChipInfo);
    }
    return real(device, bridgeHierarchy);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetBusType(nvmlDevice_t device, nvmlBusType_t *type)
{
    quanta_nvml_pfn_nvmlDeviceGetBusType real = (quanta_nvml_pfn_nvmlDeviceGetBusType)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetBusType);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetBusType);
    }
    return real(device, type);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetC2cModeInfoV(nvmlDevice_t device, nvmlC2cModeInfo_v1_t *c2cModeInfo)
{
    quanta_nvml_pfn_nvmlDeviceGetC2cModeInfoV real = (quanta_nvml_pfn_nvmlDeviceGetC2cModeInfoV)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetC2cModeInfoV);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetC2cModeInfoV);
    }
    return real(device, c2cModeInfo);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetCapabilities(nvmlDevice_t device, nvmlDeviceCapabilities_t *caps)
{
    quanta_nvml_pfn_nvmlDeviceGetCapabilities real = (quanta_nvml_pfn_nvmlDeviceGetCapabilities)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetCapabilities);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetCapabilities);
    }
    return real(device, caps);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetClkMonStatus(nvmlDevice_t device, nvmlClkMonStatus_t *status)
{
    quanta_nvml_pfn_nvmlDeviceGetClkMonStatus real = (quanta_nvml_pfn_nvmlDeviceGetClkMonStatus)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetClkMonStatus);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetClkMonStatus);
    }
    return real(device, status);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetClock(nvmlDevice_t device, nvmlClockType_t clockType, nvmlClockId_t clockId, unsigned int *clockMHz)
{
    quanta_nvml_pfn_nvmlDeviceGetClock real = (quanta_nvml_pfn_nvmlDeviceGetClock)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetClock);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetClock);
    }
    return real(device, clockType, clockId, clockMHz);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetClockInfo(nvmlDevice_t device, nvmlClockType_t type, unsigned int *clock)
{
    quanta_nvml_pfn_nvmlDeviceGetClockInfo real = (quanta_nvml_pfn_nvmlDeviceGetClockInfo)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetClockInfo);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetClockInfo);
    }
    return real(device, type, clock);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetClockOffsets(nvmlDevice_t device, nvmlClockOffset_t *info)
{
    quanta_nvml_pfn_nvmlDeviceGetClockOffsets real = (quanta_nvml_pfn_nvmlDeviceGetClockOffsets)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetClockOffsets);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetClockOffsets);
    }
    return real(device, info);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetComputeInstanceId(nvmlDevice_t device, unsigned int *id)
{
    quanta_nvml_pfn_nvmlDeviceGetComputeInstanceId real = (quanta_nvml_pfn_nvmlDeviceGetComputeInstanceId)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetComputeInstanceId);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetComputeInstanceId);
    }
    return real(device, id);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetComputeMode(nvmlDevice_t device, nvmlComputeMode_t *mode)
{
    quanta_nvml_pfn_nvmlDeviceGetComputeMode real = (quanta_nvml_pfn_nvmlDeviceGetComputeMode)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetComputeMode);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetComputeMode);
    }
    return real(device, mode);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetComputeRunningProcesses(nvmlDevice_t device, unsigned int *infoCount, nvmlProcessInfo_v1_t *infos)
{
    quanta_nvml_pfn_nvmlDeviceGetComputeRunningProcesses real = (quanta_nvml_pfn_nvmlDeviceGetComputeRunningProcesses)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetComputeRunningProcesses);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetComputeRunningProcesses);
    }
    return real(device, infoCount, infos);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetComputeRunningProcesses_v2(nvmlDevice_t device, unsigned int *infoCount, nvmlProcessInfo_v2_t *infos)
{
    quanta_nvml_pfn_nvmlDeviceGetComputeRunningProcesses_v2 real = (quanta_nvml_pfn_nvmlDeviceGetComputeRunningProcesses_v2)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetComputeRunningProcesses_v2);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetComputeRunningProcesses_v2);
    }
    return real(device, infoCount, infos);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetComputeRunningProcesses_v3(nvmlDevice_t device, unsigned int *infoCount, nvmlProcessInfo_t *infos)
{
    quanta_nvml_pfn_nvmlDeviceGetComputeRunningProcesses_v3 real = (quanta_nvml_pfn_nvmlDeviceGetComputeRunningProcesses_v3)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetComputeRunningProcesses_v3);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetComputeRunningProcesses_v3);
    }
    return real(device, infoCount, infos);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetConfComputeGpuAttestationReport(nvmlDevice_t device, nvmlConfComputeGpuAttestationReport_t *gpuAtstReport)
{
    quanta_nvml_pfn_nvmlDeviceGetConfComputeGpuAttestationReport real = (quanta_nvml_pfn_nvmlDeviceGetConfComputeGpuAttestationReport)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetConfComputeGpuAttestationReport);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetConfComputeGpuAttestationReport);
    }
    return real(device, gpuAtstReport);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetConfComputeGpuCertificate(nvmlDevice_t device, nvmlConfComputeGpuCertificate_t *gpuCert)
{
    quanta_nvml_pfn_nvmlDeviceGetConfComputeGpuCertificate real = (quanta_nvml_pfn_nvmlDeviceGetConfComputeGpuCertificate)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetConfComputeGpuCertificate);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetConfComputeGpuCertificate);
    }
    return real(device, gpuCert);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetConfComputeMemSizeInfo(nvmlDevice_t device, nvmlConfComputeMemSizeInfo_t *memInfo)
{
    quanta_nvml_pfn_nvmlDeviceGetConfComputeMemSizeInfo real = (quanta_nvml_pfn_nvmlDeviceGetConfComputeMemSizeInfo)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetConfComputeMemSizeInfo);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetConfComputeMemSizeInfo);
    }
    return real(device, memInfo);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetConfComputeProtectedMemoryUsage(nvmlDevice_t device, nvmlMemory_t *memory)
{
    quanta_nvml_pfn_nvmlDeviceGetConfComputeProtectedMemoryUsage real = (quanta_nvml_pfn_nvmlDeviceGetConfComputeProtectedMemoryUsage)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetConfComputeProtectedMemoryUsage);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetConfComputeProtectedMemoryUsage);
    }
    return real(device, memory);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetCoolerInfo(nvmlDevice_t device, nvmlCoolerInfo_t *coolerInfo)
{
    quanta_nvml_pfn_nvmlDeviceGetCoolerInfo real = (quanta_nvml_pfn_nvmlDeviceGetCoolerInfo)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetCoolerInfo);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetCoolerInfo);
    }
    return real(device, coolerInfo);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetCount(unsigned int *deviceCount)
{
    quanta_nvml_pfn_nvmlDeviceGetCount real = (quanta_nvml_pfn_nvmlDeviceGetCount)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetCount);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetCount);
    }
    return real(deviceCount);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetCount_v2(unsigned int *deviceCount)
{
    quanta_nvml_pfn_nvmlDeviceGetCount_v2 real = (quanta_nvml_pfn_nvmlDeviceGetCount_v2)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetCount_v2);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetCount_v2);
    }
    return real(deviceCount);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetCpuAffinity(nvmlDevice_t device, unsigned int cpuSetSize, unsigned long *cpuSet)
{
    quanta_nvml_pfn_nvmlDeviceGetCpuAffinity real = (quanta_nvml_pfn_nvmlDeviceGetCpuAffinity)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetCpuAffinity);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetCpuAffinity);
    }
    return real(device, cpuSetSize, cpuSet);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetCpuAffinityWithinScope(nvmlDevice_t device, unsigned int cpuSetSize, unsigned long *cpuSet, nvmlAffinityScope_t scope)
{
    quanta_nvml_pfn_nvmlDeviceGetCpuAffinityWithinScope real = (quanta_nvml_pfn_nvmlDeviceGetCpuAffinityWithinScope)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetCpuAffinityWithinScope);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetCpuAffinityWithinScope);
    }
    return real(device, cpuSetSize, cpuSet, scope);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetCreatableVgpus(nvmlDevice_t device, unsigned int *vgpuCount, nvmlVgpuTypeId_t *vgpuTypeIds)
{
    quanta_nvml_pfn_nvmlDeviceGetCreatableVgpus real = (quanta_nvml_pfn_nvmlDeviceGetCreatableVgpus)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetCreatableVgpus);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetCreatableVgpus);
    }
    return real(device, vgpuCount, vgpuTypeIds);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetCudaComputeCapability(nvmlDevice_t device, int *major, int *minor)
{
    quanta_nvml_pfn_nvmlDeviceGetCudaComputeCapability real = (quanta_nvml_pfn_nvmlDeviceGetCudaComputeCapability)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetCudaComputeCapability);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetCudaComputeCapability);
    }
    return real(device, major, minor);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetCurrPcieLinkGeneration(nvmlDevice_t device, unsigned int *currLinkGen)
{
    quanta_nvml_pfn_nvmlDeviceGetCurrPcieLinkGeneration real = (quanta_nvml_pfn_nvmlDeviceGetCurrPcieLinkGeneration)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetCurrPcieLinkGeneration);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetCurrPcieLinkGeneration);
    }
    return real(device, currLinkGen);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetCurrPcieLinkWidth(nvmlDevice_t device, unsigned int *currLinkWidth)
{
    quanta_nvml_pfn_nvmlDeviceGetCurrPcieLinkWidth real = (quanta_nvml_pfn_nvmlDeviceGetCurrPcieLinkWidth)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetCurrPcieLinkWidth);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetCurrPcieLinkWidth);
    }
    return real(device, currLinkWidth);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetCurrentClockFreqs(nvmlDevice_t device, nvmlDeviceCurrentClockFreqs_t *currentClockFreqs)
{
    quanta_nvml_pfn_nvmlDeviceGetCurrentClockFreqs real = (quanta_nvml_pfn_nvmlDeviceGetCurrentClockFreqs)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetCurrentClockFreqs);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetCurrentClockFreqs);
    }
    return real(device, currentClockFreqs);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetCurrentClocksEventReasons(nvmlDevice_t device, unsigned long long *clocksEventReasons)
{
    quanta_nvml_pfn_nvmlDeviceGetCurrentClocksEventReasons real = (quanta_nvml_pfn_nvmlDeviceGetCurrentClocksEventReasons)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetCurrentClocksEventReasons);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetCurrentClocksEventReasons);
    }
    return real(device, clocksEventReasons);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetCurrentClocksThrottleReasons(nvmlDevice_t device, unsigned long long *clocksThrottleReasons)
{
    quanta_nvml_pfn_nvmlDeviceGetCurrentClocksThrottleReasons real = (quanta_nvml_pfn_nvmlDeviceGetCurrentClocksThrottleReasons)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetCurrentClocksThrottleReasons);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetCurrentClocksThrottleReasons);
    }
    return real(device, clocksThrottleReasons);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetDecoderUtilization(nvmlDevice_t device, unsigned int *utilization, unsigned int *samplingPeriodUs)
{
    quanta_nvml_pfn_nvmlDeviceGetDecoderUtilization real = (quanta_nvml_pfn_nvmlDeviceGetDecoderUtilization)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetDecoderUtilization);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetDecoderUtilization);
    }
    return real(device, utilization, samplingPeriodUs);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetDefaultApplicationsClock(nvmlDevice_t device, nvmlClockType_t clockType, unsigned int *clockMHz)
{
    quanta_nvml_pfn_nvmlDeviceGetDefaultApplicationsClock real = (quanta_nvml_pfn_nvmlDeviceGetDefaultApplicationsClock)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetDefaultApplicationsClock);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetDefaultApplicationsClock);
    }
    return real(device, clockType, clockMHz);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetDefaultEccMode(nvmlDevice_t device, nvmlEnableState_t *defaultMode)
{
    quanta_nvml_pfn_nvmlDeviceGetDefaultEccMode real = (quanta_nvml_pfn_nvmlDeviceGetDefaultEccMode)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetDefaultEccMode);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetDefaultEccMode);
    }
    return real(device, defaultMode);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetDetailedEccErrors(nvmlDevice_t device, nvmlMemoryErrorType_t errorType, nvmlEccCounterType_t counterType, nvmlEccErrorCounts_t *eccCounts)
{
    quanta_nvml_pfn_nvmlDeviceGetDetailedEccErrors real = (quanta_nvml_pfn_nvmlDeviceGetDetailedEccErrors)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetDetailedEccErrors);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetDetailedEccErrors);
    }
    return real(device, errorType, counterType, eccCounts);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetDeviceHandleFromMigDeviceHandle(nvmlDevice_t migDevice, nvmlDevice_t *device)
{
    quanta_nvml_pfn_nvmlDeviceGetDeviceHandleFromMigDeviceHandle real = (quanta_nvml_pfn_nvmlDeviceGetDeviceHandleFromMigDeviceHandle)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetDeviceHandleFromMigDeviceHandle);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetDeviceHandleFromMigDeviceHandle);
    }
    return real(migDevice, device);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetDisplayActive(nvmlDevice_t device, nvmlEnableState_t *isActive)
{
    quanta_nvml_pfn_nvmlDeviceGetDisplayActive real = (quanta_nvml_pfn_nvmlDeviceGetDisplayActive)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetDisplayActive);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetDisplayActive);
    }
    return real(device, isActive);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetDisplayMode(nvmlDevice_t device, nvmlEnableState_t *display)
{
    quanta_nvml_pfn_nvmlDeviceGetDisplayMode real = (quanta_nvml_pfn_nvmlDeviceGetDisplayMode)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetDisplayMode);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetDisplayMode);
    }
    return real(device, display);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetDramEncryptionMode(nvmlDevice_t device, nvmlDramEncryptionInfo_t *current, nvmlDramEncryptionInfo_t *pending)
{
    quanta_nvml_pfn_nvmlDeviceGetDramEncryptionMode real = (quanta_nvml_pfn_nvmlDeviceGetDramEncryptionMode)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetDramEncryptionMode);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetDramEncryptionMode);
    }
    return real(device, current, pending);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetDriverModel(nvmlDevice_t device, nvmlDriverModel_t *current, nvmlDriverModel_t *pending)
{
    quanta_nvml_pfn_nvmlDeviceGetDriverModel real = (quanta_nvml_pfn_nvmlDeviceGetDriverModel)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetDriverModel);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetDriverModel);
    }
    return real(device, current, pending);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetDriverModel_v2(nvmlDevice_t device, nvmlDriverModel_t *current, nvmlDriverModel_t *pending)
{
    quanta_nvml_pfn_nvmlDeviceGetDriverModel_v2 real = (quanta_nvml_pfn_nvmlDeviceGetDriverModel_v2)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetDriverModel_v2);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetDriverModel_v2);
    }
    return real(device, current, pending);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetDynamicPstatesInfo(nvmlDevice_t device, nvmlGpuDynamicPstatesInfo_t *pDynamicPstatesInfo)
{
    quanta_nvml_pfn_nvmlDeviceGetDynamicPstatesInfo real = (quanta_nvml_pfn_nvmlDeviceGetDynamicPstatesInfo)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetDynamicPstatesInfo);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetDynamicPstatesInfo);
    }
    return real(device, pDynamicPstatesInfo);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetEccMode(nvmlDevice_t device, nvmlEnableState_t *current, nvmlEnableState_t *pending)
{
    quanta_nvml_pfn_nvmlDeviceGetEccMode real = (quanta_nvml_pfn_nvmlDeviceGetEccMode)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetEccMode);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetEccMode);
    }
    return real(device, current, pending);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetEncoderCapacity(nvmlDevice_t device, nvmlEncoderType_t encoderQueryType, unsigned int *encoderCapacity)
{
    quanta_nvml_pfn_nvmlDeviceGetEncoderCapacity real = (quanta_nvml_pfn_nvmlDeviceGetEncoderCapacity)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetEncoderCapacity);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetEncoderCapacity);
    }
    return real(device, encoderQueryType, encoderCapacity);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetEncoderSessions(nvmlDevice_t device, unsigned int *sessionCount, nvmlEncoderSessionInfo_t *sessionInfos)
{
    quanta_nvml_pfn_nvmlDeviceGetEncoderSessions real = (quanta_nvml_pfn_nvmlDeviceGetEncoderSessions)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetEncoderSessions);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetEncoderSessions);
    }
    return real(device, sessionCount, sessionInfos);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetEncoderStats(nvmlDevice_t device, unsigned int *sessionCount, unsigned int *averageFps, unsigned int *averageLatency)
{
    quanta_nvml_pfn_nvmlDeviceGetEncoderStats real = (quanta_nvml_pfn_nvmlDeviceGetEncoderStats)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetEncoderStats);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetEncoderStats);
    }
    return real(device, sessionCount, averageFps, averageLatency);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetEncoderUtilization(nvmlDevice_t device, unsigned int *utilization, unsigned int *samplingPeriodUs)
{
    quanta_nvml_pfn_nvmlDeviceGetEncoderUtilization real = (quanta_nvml_pfn_nvmlDeviceGetEncoderUtilization)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetEncoderUtilization);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetEncoderUtilization);
    }
    return real(device, utilization, samplingPeriodUs);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetEnforcedPowerLimit(nvmlDevice_t device, unsigned int *limit)
{
    quanta_nvml_pfn_nvmlDeviceGetEnforcedPowerLimit real = (quanta_nvml_pfn_nvmlDeviceGetEnforcedPowerLimit)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetEnforcedPowerLimit);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetEnforcedPowerLimit);
    }
    return real(device, limit);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetFBCSessions(nvmlDevice_t device, unsigned int *sessionCount, nvmlFBCSessionInfo_t *sessionInfo)
{
    quanta_nvml_pfn_nvmlDeviceGetFBCSessions real = (quanta_nvml_pfn_nvmlDeviceGetFBCSessions)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetFBCSessions);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetFBCSessions);
    }
    return real(device, sessionCount, sessionInfo);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetFBCStats(nvmlDevice_t device, nvmlFBCStats_t *fbcStats)
{
    quanta_nvml_pfn_nvmlDeviceGetFBCStats real = (quanta_nvml_pfn_nvmlDeviceGetFBCStats)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetFBCStats);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetFBCStats);
    }
    return real(device, fbcStats);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetFanControlPolicy_v2(nvmlDevice_t device, unsigned int fan, nvmlFanControlPolicy_t *policy)
{
    quanta_nvml_pfn_nvmlDeviceGetFanControlPolicy_v2 real = (quanta_nvml_pfn_nvmlDeviceGetFanControlPolicy_v2)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetFanControlPolicy_v2);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetFanControlPolicy_v2);
    }
    return real(device, fan, policy);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetFanSpeed(nvmlDevice_t device, unsigned int *speed)
{
    quanta_nvml_pfn_nvmlDeviceGetFanSpeed real = (quanta_nvml_pfn_nvmlDeviceGetFanSpeed)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetFanSpeed);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetFanSpeed);
    }
    return real(device, speed);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetFanSpeed_v2(nvmlDevice_t device, unsigned int fan, unsigned int *speed)
{
    quanta_nvml_pfn_nvmlDeviceGetFanSpeed_v2 real = (quanta_nvml_pfn_nvmlDeviceGetFanSpeed_v2)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetFanSpeed_v2);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetFanSpeed_v2);
    }
    return real(device, fan, speed);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetFanSpeedRPM(nvmlDevice_t device, nvmlFanSpeedInfo_t *fanSpeed)
{
    quanta_nvml_pfn_nvmlDeviceGetFanSpeedRPM real = (quanta_nvml_pfn_nvmlDeviceGetFanSpeedRPM)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetFanSpeedRPM);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetFanSpeedRPM);
    }
    return real(device, fanSpeed);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetFieldValues(nvmlDevice_t device, int valuesCount, nvmlFieldValue_t *values)
{
    quanta_nvml_pfn_nvmlDeviceGetFieldValues real = (quanta_nvml_pfn_nvmlDeviceGetFieldValues)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetFieldValues);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetFieldValues);
    }
    return real(device, valuesCount, values);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetGpcClkMinMaxVfOffset(nvmlDevice_t device, int *minOffset, int *maxOffset)
{
    quanta_nvml_pfn_nvmlDeviceGetGpcClkMinMaxVfOffset real = (quanta_nvml_pfn_nvmlDeviceGetGpcClkMinMaxVfOffset)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetGpcClkMinMaxVfOffset);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetGpcClkMinMaxVfOffset);
    }
    return real(device, minOffset, maxOffset);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetGpcClkVfOffset(nvmlDevice_t device, int *offset)
{
    quanta_nvml_pfn_nvmlDeviceGetGpcClkVfOffset real = (quanta_nvml_pfn_nvmlDeviceGetGpcClkVfOffset)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetGpcClkVfOffset);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetGpcClkVfOffset);
    }
    return real(device, offset);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetGpuFabricInfo(nvmlDevice_t device, nvmlGpuFabricInfo_t *gpuFabricInfo)
{
    quanta_nvml_pfn_nvmlDeviceGetGpuFabricInfo real = (quanta_nvml_pfn_nvmlDeviceGetGpuFabricInfo)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetGpuFabricInfo);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetGpuFabricInfo);
    }
    return real(device, gpuFabricInfo);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetGpuFabricInfoV(nvmlDevice_t device, nvmlGpuFabricInfoV_t *gpuFabricInfo)
{
    quanta_nvml_pfn_nvmlDeviceGetGpuFabricInfoV real = (quanta_nvml_pfn_nvmlDeviceGetGpuFabricInfoV)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetGpuFabricInfoV);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetGpuFabricInfoV);
    }
    return real(device, gpuFabricInfo);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetGpuInstanceById(nvmlDevice_t device, unsigned int id, nvmlGpuInstance_t *gpuInstance)
{
    quanta_nvml_pfn_nvmlDeviceGetGpuInstanceById real = (quanta_nvml_pfn_nvmlDeviceGetGpuInstanceById)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetGpuInstanceById);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetGpuInstanceById);
    }
    return real(device, id, gpuInstance);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetGpuInstanceId(nvmlDevice_t device, unsigned int *id)
{
    quanta_nvml_pfn_nvmlDeviceGetGpuInstanceId real = (quanta_nvml_pfn_nvmlDeviceGetGpuInstanceId)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetGpuInstanceId);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetGpuInstanceId);
    }
    return real(device, id);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetGpuInstancePossiblePlacements(nvmlDevice_t device, unsigned int profileId, nvmlGpuInstancePlacement_t *placements, unsigned int *count)
{
    quanta_nvml_pfn_nvmlDeviceGetGpuInstancePossiblePlacements real = (quanta_nvml_pfn_nvmlDeviceGetGpuInstancePossiblePlacements)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetGpuInstancePossiblePlacements);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetGpuInstancePossiblePlacements);
    }
    return real(device, profileId, placements, count);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetGpuInstancePossiblePlacements_v2(nvmlDevice_t device, unsigned int profileId, nvmlGpuInstancePlacement_t *placements, unsigned int *count)
{
    quanta_nvml_pfn_nvmlDeviceGetGpuInstancePossiblePlacements_v2 real = (quanta_nvml_pfn_nvmlDeviceGetGpuInstancePossiblePlacements_v2)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetGpuInstancePossiblePlacements_v2);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetGpuInstancePossiblePlacements_v2);
    }
    return real(device, profileId, placements, count);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetGpuInstanceProfileInfo(nvmlDevice_t device, unsigned int profile, nvmlGpuInstanceProfileInfo_t *info)
{
    quanta_nvml_pfn_nvmlDeviceGetGpuInstanceProfileInfo real = (quanta_nvml_pfn_nvmlDeviceGetGpuInstanceProfileInfo)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetGpuInstanceProfileInfo);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetGpuInstanceProfileInfo);
    }
    return real(device, profile, info);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetGpuInstanceProfileInfoByIdV(nvmlDevice_t device, unsigned int profileId, nvmlGpuInstanceProfileInfo_v2_t *info)
{
    quanta_nvml_pfn_nvmlDeviceGetGpuInstanceProfileInfoByIdV real = (quanta_nvml_pfn_nvmlDeviceGetGpuInstanceProfileInfoByIdV)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetGpuInstanceProfileInfoByIdV);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetGpuInstanceProfileInfoByIdV);
    }
    return real(device, profileId, info);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetGpuInstanceProfileInfoV(nvmlDevice_t device, unsigned int profile, nvmlGpuInstanceProfileInfo_v2_t *info)
{
    quanta_nvml_pfn_nvmlDeviceGetGpuInstanceProfileInfoV real = (quanta_nvml_pfn_nvmlDeviceGetGpuInstanceProfileInfoV)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetGpuInstanceProfileInfoV);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetGpuInstanceProfileInfoV);
    }
    return real(device, profile, info);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetGpuInstanceRemainingCapacity(nvmlDevice_t device, unsigned int profileId, unsigned int *count)
{
    quanta_nvml_pfn_nvmlDeviceGetGpuInstanceRemainingCapacity real = (quanta_nvml_pfn_nvmlDeviceGetGpuInstanceRemainingCapacity)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetGpuInstanceRemainingCapacity);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetGpuInstanceRemainingCapacity);
    }
    return real(device, profileId, count);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetGpuInstances(nvmlDevice_t device, unsigned int profileId, nvmlGpuInstance_t *gpuInstances, unsigned int *count)
{
    quanta_nvml_pfn_nvmlDeviceGetGpuInstances real = (quanta_nvml_pfn_nvmlDeviceGetGpuInstances)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetGpuInstances);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetGpuInstances);
    }
    return real(device, profileId, gpuInstances, count);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetGpuMaxPcieLinkGeneration(nvmlDevice_t device, unsigned int *maxLinkGenDevice)
{
    quanta_nvml_pfn_nvmlDeviceGetGpuMaxPcieLinkGeneration real = (quanta_nvml_pfn_nvmlDeviceGetGpuMaxPcieLinkGeneration)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetGpuMaxPcieLinkGeneration);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetGpuMaxPcieLinkGeneration);
    }
    return real(device, maxLinkGenDevice);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetGpuOperationMode(nvmlDevice_t device, nvmlGpuOperationMode_t *current, nvmlGpuOperationMode_t *pending)
{
    quanta_nvml_pfn_nvmlDeviceGetGpuOperationMode real = (quanta_nvml_pfn_nvmlDeviceGetGpuOperationMode)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetGpuOperationMode);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetGpuOperationMode);
    }
    return real(device, current, pending);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetGraphicsRunningProcesses(nvmlDevice_t device, unsigned int *infoCount, nvmlProcessInfo_v1_t *infos)
{
    quanta_nvml_pfn_nvmlDeviceGetGraphicsRunningProcesses real = (quanta_nvml_pfn_nvmlDeviceGetGraphicsRunningProcesses)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetGraphicsRunningProcesses);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetGraphicsRunningProcesses);
    }
    return real(device, infoCount, infos);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetGraphicsRunningProcesses_v2(nvmlDevice_t device, unsigned int *infoCount, nvmlProcessInfo_v2_t *infos)
{
    quanta_nvml_pfn_nvmlDeviceGetGraphicsRunningProcesses_v2 real = (quanta_nvml_pfn_nvmlDeviceGetGraphicsRunningProcesses_v2)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetGraphicsRunningProcesses_v2);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetGraphicsRunningProcesses_v2);
    }
    return real(device, infoCount, infos);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetGraphicsRunningProcesses_v3(nvmlDevice_t device, unsigned int *infoCount, nvmlProcessInfo_t *infos)
{
    quanta_nvml_pfn_nvmlDeviceGetGraphicsRunningProcesses_v3 real = (quanta_nvml_pfn_nvmlDeviceGetGraphicsRunningProcesses_v3)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetGraphicsRunningProcesses_v3);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetGraphicsRunningProcesses_v3);
    }
    return real(device, infoCount, infos);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetGridLicensableFeatures(nvmlDevice_t device, nvmlGridLicensableFeatures_t *pGridLicensableFeatures)
{
    quanta_nvml_pfn_nvmlDeviceGetGridLicensableFeatures real = (quanta_nvml_pfn_nvmlDeviceGetGridLicensableFeatures)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetGridLicensableFeatures);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetGridLicensableFeatures);
    }
    return real(device, pGridLicensableFeatures);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetGridLicensableFeatures_v2(nvmlDevice_t device, nvmlGridLicensableFeatures_t *pGridLicensableFeatures)
{
    quanta_nvml_pfn_nvmlDeviceGetGridLicensableFeatures_v2 real = (quanta_nvml_pfn_nvmlDeviceGetGridLicensableFeatures_v2)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetGridLicensableFeatures_v2);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetGridLicensableFeatures_v2);
    }
    return real(device, pGridLicensableFeatures);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetGridLicensableFeatures_v3(nvmlDevice_t device, nvmlGridLicensableFeatures_t *pGridLicensableFeatures)
{
    quanta_nvml_pfn_nvmlDeviceGetGridLicensableFeatures_v3 real = (quanta_nvml_pfn_nvmlDeviceGetGridLicensableFeatures_v3)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetGridLicensableFeatures_v3);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetGridLicensableFeatures_v3);
    }
    return real(device, pGridLicensableFeatures);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetGridLicensableFeatures_v4(nvmlDevice_t device, nvmlGridLicensableFeatures_t *pGridLicensableFeatures)
{
    quanta_nvml_pfn_nvmlDeviceGetGridLicensableFeatures_v4 real = (quanta_nvml_pfn_nvmlDeviceGetGridLicensableFeatures_v4)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetGridLicensableFeatures_v4);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetGridLicensableFeatures_v4);
    }
    return real(device, pGridLicensableFeatures);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetGspFirmwareMode(nvmlDevice_t device, unsigned int *isEnabled, unsigned int *defaultMode)
{
    quanta_nvml_pfn_nvmlDeviceGetGspFirmwareMode real = (quanta_nvml_pfn_nvmlDeviceGetGspFirmwareMode)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetGspFirmwareMode);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetGspFirmwareMode);
    }
    return real(device, isEnabled, defaultMode);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetGspFirmwareVersion(nvmlDevice_t device, char *version)
{
    quanta_nvml_pfn_nvmlDeviceGetGspFirmwareVersion real = (quanta_nvml_pfn_nvmlDeviceGetGspFirmwareVersion)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetGspFirmwareVersion);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetGspFirmwareVersion);
    }
    return real(device, version);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetHandleByIndex(unsigned int index, nvmlDevice_t *device)
{
    quanta_nvml_pfn_nvmlDeviceGetHandleByIndex real = (quanta_nvml_pfn_nvmlDeviceGetHandleByIndex)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetHandleByIndex);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetHandleByIndex);
    }
    return real(index, device);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetHandleByIndex_v2(unsigned int index, nvmlDevice_t *device)
{
    quanta_nvml_pfn_nvmlDeviceGetHandleByIndex_v2 real = (quanta_nvml_pfn_nvmlDeviceGetHandleByIndex_v2)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetHandleByIndex_v2);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetHandleByIndex_v2);
    }
    return real(index, device);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetHandleByPciBusId(const char *pciBusId, nvmlDevice_t *device)
{
    quanta_nvml_pfn_nvmlDeviceGetHandleByPciBusId real = (quanta_nvml_pfn_nvmlDeviceGetHandleByPciBusId)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetHandleByPciBusId);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetHandleByPciBusId);
    }
    return real(pciBusId, device);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetHandleByPciBusId_v2(const char *pciBusId, nvmlDevice_t *device)
{
    quanta_nvml_pfn_nvmlDeviceGetHandleByPciBusId_v2 real = (quanta_nvml_pfn_nvmlDeviceGetHandleByPciBusId_v2)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetHandleByPciBusId_v2);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetHandleByPciBusId_v2);
    }
    return real(pciBusId, device);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetHandleBySerial(const char *serial, nvmlDevice_t *device)
{
    quanta_nvml_pfn_nvmlDeviceGetHandleBySerial real = (quanta_nvml_pfn_nvmlDeviceGetHandleBySerial)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetHandleBySerial);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetHandleBySerial);
    }
    return real(serial, device);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetHandleByUUID(const char *uuid, nvmlDevice_t *device)
{
    quanta_nvml_pfn_nvmlDeviceGetHandleByUUID real = (quanta_nvml_pfn_nvmlDeviceGetHandleByUUID)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetHandleByUUID);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetHandleByUUID);
    }
    return real(uuid, device);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetHandleByUUIDV(const nvmlUUID_t *uuid, nvmlDevice_t *device)
{
    quanta_nvml_pfn_nvmlDeviceGetHandleByUUIDV real = (quanta_nvml_pfn_nvmlDeviceGetHandleByUUIDV)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetHandleByUUIDV);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetHandleByUUIDV);
    }
    return real(uuid, device);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetHostVgpuMode(nvmlDevice_t device, nvmlHostVgpuMode_t *pHostVgpuMode)
{
    quanta_nvml_pfn_nvmlDeviceGetHostVgpuMode real = (quanta_nvml_pfn_nvmlDeviceGetHostVgpuMode)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetHostVgpuMode);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetHostVgpuMode);
    }
    return real(device, pHostVgpuMode);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetHostname_v1(nvmlDevice_t device, nvmlHostname_v1_t *hostname)
{
    quanta_nvml_pfn_nvmlDeviceGetHostname_v1 real = (quanta_nvml_pfn_nvmlDeviceGetHostname_v1)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetHostname_v1);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetHostname_v1);
    }
    return real(device, hostname);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetIndex(nvmlDevice_t device, unsigned int *index)
{
    quanta_nvml_pfn_nvmlDeviceGetIndex real = (quanta_nvml_pfn_nvmlDeviceGetIndex)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetIndex);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetIndex);
    }
    return real(device, index);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetInforomConfigurationChecksum(nvmlDevice_t device, unsigned int *checksum)
{
    quanta_nvml_pfn_nvmlDeviceGetInforomConfigurationChecksum real = (quanta_nvml_pfn_nvmlDeviceGetInforomConfigurationChecksum)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetInforomConfigurationChecksum);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetInforomConfigurationChecksum);
    }
    return real(device, checksum);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetInforomImageVersion(nvmlDevice_t device, char *version, unsigned int length)
{
    quanta_nvml_pfn_nvmlDeviceGetInforomImageVersion real = (quanta_nvml_pfn_nvmlDeviceGetInforomImageVersion)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetInforomImageVersion);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetInforomImageVersion);
    }
    return real(device, version, length);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetInforomVersion(nvmlDevice_t device, nvmlInforomObject_t object, char *version, unsigned int length)
{
    quanta_nvml_pfn_nvmlDeviceGetInforomVersion real = (quanta_nvml_pfn_nvmlDeviceGetInforomVersion)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetInforomVersion);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetInforomVersion);
    }
    return real(device, object, version, length);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetIrqNum(nvmlDevice_t device, unsigned int *irqNum)
{
    quanta_nvml_pfn_nvmlDeviceGetIrqNum real = (quanta_nvml_pfn_nvmlDeviceGetIrqNum)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetIrqNum);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetIrqNum);
    }
    return real(device, irqNum);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetJpgUtilization(nvmlDevice_t device, unsigned int *utilization, unsigned int *samplingPeriodUs)
{
    quanta_nvml_pfn_nvmlDeviceGetJpgUtilization real = (quanta_nvml_pfn_nvmlDeviceGetJpgUtilization)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetJpgUtilization);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetJpgUtilization);
    }
    return real(device, utilization, samplingPeriodUs);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetLastBBXFlushTime(nvmlDevice_t device, unsigned long long *timestamp, unsigned long *durationUs)
{
    quanta_nvml_pfn_nvmlDeviceGetLastBBXFlushTime real = (quanta_nvml_pfn_nvmlDeviceGetLastBBXFlushTime)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetLastBBXFlushTime);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetLastBBXFlushTime);
    }
    return real(device, timestamp, durationUs);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetMPSComputeRunningProcesses(nvmlDevice_t device, unsigned int *infoCount, nvmlProcessInfo_v1_t *infos)
{
    quanta_nvml_pfn_nvmlDeviceGetMPSComputeRunningProcesses real = (quanta_nvml_pfn_nvmlDeviceGetMPSComputeRunningProcesses)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetMPSComputeRunningProcesses);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetMPSComputeRunningProcesses);
    }
    return real(device, infoCount, infos);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetMPSComputeRunningProcesses_v2(nvmlDevice_t device, unsigned int *infoCount, nvmlProcessInfo_v2_t *infos)
{
    quanta_nvml_pfn_nvmlDeviceGetMPSComputeRunningProcesses_v2 real = (quanta_nvml_pfn_nvmlDeviceGetMPSComputeRunningProcesses_v2)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetMPSComputeRunningProcesses_v2);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetMPSComputeRunningProcesses_v2);
    }
    return real(device, infoCount, infos);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetMPSComputeRunningProcesses_v3(nvmlDevice_t device, unsigned int *infoCount, nvmlProcessInfo_t *infos)
{
    quanta_nvml_pfn_nvmlDeviceGetMPSComputeRunningProcesses_v3 real = (quanta_nvml_pfn_nvmlDeviceGetMPSComputeRunningProcesses_v3)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetMPSComputeRunningProcesses_v3);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetMPSComputeRunningProcesses_v3);
    }
    return real(device, infoCount, infos);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetMarginTemperature(nvmlDevice_t device, nvmlMarginTemperature_t *marginTempInfo)
{
    quanta_nvml_pfn_nvmlDeviceGetMarginTemperature real = (quanta_nvml_pfn_nvmlDeviceGetMarginTemperature)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetMarginTemperature);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetMarginTemperature);
    }
    return real(device, marginTempInfo);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetMaxClockInfo(nvmlDevice_t device, nvmlClockType_t type, unsigned int *clock)
{
    quanta_nvml_pfn_nvmlDeviceGetMaxClockInfo real = (quanta_nvml_pfn_nvmlDeviceGetMaxClockInfo)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetMaxClockInfo);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetMaxClockInfo);
    }
    return real(device, type, clock);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetMaxCustomerBoostClock(nvmlDevice_t device, nvmlClockType_t clockType, unsigned int *clockMHz)
{
    quanta_nvml_pfn_nvmlDeviceGetMaxCustomerBoostClock real = (quanta_nvml_pfn_nvmlDeviceGetMaxCustomerBoostClock)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetMaxCustomerBoostClock);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetMaxCustomerBoostClock);
    }
    return real(device, clockType, clockMHz);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetMaxMigDeviceCount(nvmlDevice_t device, unsigned int *count)
{
    quanta_nvml_pfn_nvmlDeviceGetMaxMigDeviceCount real = (quanta_nvml_pfn_nvmlDeviceGetMaxMigDeviceCount)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetMaxMigDeviceCount);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetMaxMigDeviceCount);
    }
    return real(device, count);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetMaxPcieLinkGeneration(nvmlDevice_t device, unsigned int *maxLinkGen)
{
    quanta_nvml_pfn_nvmlDeviceGetMaxPcieLinkGeneration real = (quanta_nvml_pfn_nvmlDeviceGetMaxPcieLinkGeneration)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetMaxPcieLinkGeneration);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetMaxPcieLinkGeneration);
    }
    return real(device, maxLinkGen);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetMaxPcieLinkWidth(nvmlDevice_t device, unsigned int *maxLinkWidth)
{
    quanta_nvml_pfn_nvmlDeviceGetMaxPcieLinkWidth real = (quanta_nvml_pfn_nvmlDeviceGetMaxPcieLinkWidth)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetMaxPcieLinkWidth);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetMaxPcieLinkWidth);
    }
    return real(device, maxLinkWidth);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetMemClkMinMaxVfOffset(nvmlDevice_t device, int *minOffset, int *maxOffset)
{
    quanta_nvml_pfn_nvmlDeviceGetMemClkMinMaxVfOffset real = (quanta_nvml_pfn_nvmlDeviceGetMemClkMinMaxVfOffset)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetMemClkMinMaxVfOffset);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetMemClkMinMaxVfOffset);
    }
    return real(device, minOffset, maxOffset);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetMemClkVfOffset(nvmlDevice_t device, int *offset)
{
    quanta_nvml_pfn_nvmlDeviceGetMemClkVfOffset real = (quanta_nvml_pfn_nvmlDeviceGetMemClkVfOffset)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetMemClkVfOffset);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetMemClkVfOffset);
    }
    return real(device, offset);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetMemoryAffinity(nvmlDevice_t device, unsigned int nodeSetSize, unsigned long *nodeSet, nvmlAffinityScope_t scope)
{
    quanta_nvml_pfn_nvmlDeviceGetMemoryAffinity real = (quanta_nvml_pfn_nvmlDeviceGetMemoryAffinity)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetMemoryAffinity);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetMemoryAffinity);
    }
    return real(device, nodeSetSize, nodeSet, scope);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetMemoryBusWidth(nvmlDevice_t device, unsigned int *busWidth)
{
    quanta_nvml_pfn_nvmlDeviceGetMemoryBusWidth real = (quanta_nvml_pfn_nvmlDeviceGetMemoryBusWidth)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetMemoryBusWidth);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetMemoryBusWidth);
    }
    return real(device, busWidth);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetMemoryErrorCounter(nvmlDevice_t device, nvmlMemoryErrorType_t errorType, nvmlEccCounterType_t counterType, nvmlMemoryLocation_t locationType, unsigned long long *count)
{
    quanta_nvml_pfn_nvmlDeviceGetMemoryErrorCounter real = (quanta_nvml_pfn_nvmlDeviceGetMemoryErrorCounter)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetMemoryErrorCounter);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetMemoryErrorCounter);
    }
    return real(device, errorType, counterType, locationType, count);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetMemoryInfo(nvmlDevice_t device, nvmlMemory_t *memory)
{
    quanta_nvml_pfn_nvmlDeviceGetMemoryInfo real = (quanta_nvml_pfn_nvmlDeviceGetMemoryInfo)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetMemoryInfo);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetMemoryInfo);
    }
    return real(device, memory);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetMemoryInfo_v2(nvmlDevice_t device, nvmlMemory_v2_t *memory)
{
    quanta_nvml_pfn_nvmlDeviceGetMemoryInfo_v2 real = (quanta_nvml_pfn_nvmlDeviceGetMemoryInfo_v2)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetMemoryInfo_v2);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetMemoryInfo_v2);
    }
    return real(device, memory);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetMigDeviceHandleByIndex(nvmlDevice_t device, unsigned int index, nvmlDevice_t *migDevice)
{
    quanta_nvml_pfn_nvmlDeviceGetMigDeviceHandleByIndex real = (quanta_nvml_pfn_nvmlDeviceGetMigDeviceHandleByIndex)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetMigDeviceHandleByIndex);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetMigDeviceHandleByIndex);
    }
    return real(device, index, migDevice);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetMigMode(nvmlDevice_t device, unsigned int *currentMode, unsigned int *pendingMode)
{
    quanta_nvml_pfn_nvmlDeviceGetMigMode real = (quanta_nvml_pfn_nvmlDeviceGetMigMode)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetMigMode);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetMigMode);
    }
    return real(device, currentMode, pendingMode);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetMinMaxClockOfPState(nvmlDevice_t device, nvmlClockType_t type, nvmlPstates_t pstate, unsigned int *minClockMHz, unsigned int *maxClockMHz)
{
    quanta_nvml_pfn_nvmlDeviceGetMinMaxClockOfPState real = (quanta_nvml_pfn_nvmlDeviceGetMinMaxClockOfPState)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetMinMaxClockOfPState);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetMinMaxClockOfPState);
    }
    return real(device, type, pstate, minClockMHz, maxClockMHz);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetMinMaxFanSpeed(nvmlDevice_t device, unsigned int *minSpeed, unsigned int *maxSpeed)
{
    quanta_nvml_pfn_nvmlDeviceGetMinMaxFanSpeed real = (quanta_nvml_pfn_nvmlDeviceGetMinMaxFanSpeed)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetMinMaxFanSpeed);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetMinMaxFanSpeed);
    }
    return real(device, minSpeed, maxSpeed);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetMinorNumber(nvmlDevice_t device, unsigned int *minorNumber)
{
    quanta_nvml_pfn_nvmlDeviceGetMinorNumber real = (quanta_nvml_pfn_nvmlDeviceGetMinorNumber)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetMinorNumber);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetMinorNumber);
    }
    return real(device, minorNumber);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetModuleId(nvmlDevice_t device, unsigned int *moduleId)
{
    quanta_nvml_pfn_nvmlDeviceGetModuleId real = (quanta_nvml_pfn_nvmlDeviceGetModuleId)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetModuleId);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetModuleId);
    }
    return real(device, moduleId);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetMultiGpuBoard(nvmlDevice_t device, unsigned int *multiGpuBool)
{
    quanta_nvml_pfn_nvmlDeviceGetMultiGpuBoard real = (quanta_nvml_pfn_nvmlDeviceGetMultiGpuBoard)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetMultiGpuBoard);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetMultiGpuBoard);
    }
    return real(device, multiGpuBool);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetName(nvmlDevice_t device, char *name, unsigned int length)
{
    quanta_nvml_pfn_nvmlDeviceGetName real = (quanta_nvml_pfn_nvmlDeviceGetName)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetName);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetName);
    }
    return real(device, name, length);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetNumFans(nvmlDevice_t device, unsigned int *numFans)
{
    quanta_nvml_pfn_nvmlDeviceGetNumFans real = (quanta_nvml_pfn_nvmlDeviceGetNumFans)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetNumFans);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetNumFans);
    }
    return real(device, numFans);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetNumGpuCores(nvmlDevice_t device, unsigned int *numCores)
{
    quanta_nvml_pfn_nvmlDeviceGetNumGpuCores real = (quanta_nvml_pfn_nvmlDeviceGetNumGpuCores)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetNumGpuCores);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetNumGpuCores);
    }
    return real(device, numCores);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetNumaNodeId(nvmlDevice_t device, unsigned int *node)
{
    quanta_nvml_pfn_nvmlDeviceGetNumaNodeId real = (quanta_nvml_pfn_nvmlDeviceGetNumaNodeId)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetNumaNodeId);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetNumaNodeId);
    }
    return real(device, node);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetNvLinkCapability(nvmlDevice_t device, unsigned int link, nvmlNvLinkCapability_t capability, unsigned int *capResult)
{
    quanta_nvml_pfn_nvmlDeviceGetNvLinkCapability real = (quanta_nvml_pfn_nvmlDeviceGetNvLinkCapability)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetNvLinkCapability);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetNvLinkCapability);
    }
    return real(device, link, capability, capResult);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetNvLinkErrorCounter(nvmlDevice_t device, unsigned int link, nvmlNvLinkErrorCounter_t counter, unsigned long long *counterValue)
{
    quanta_nvml_pfn_nvmlDeviceGetNvLinkErrorCounter real = (quanta_nvml_pfn_nvmlDeviceGetNvLinkErrorCounter)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetNvLinkErrorCounter);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetNvLinkErrorCounter);
    }
    return real(device, link, counter, counterValue);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetNvLinkInfo(nvmlDevice_t device, nvmlNvLinkInfo_t *info)
{
    quanta_nvml_pfn_nvmlDeviceGetNvLinkInfo real = (quanta_nvml_pfn_nvmlDeviceGetNvLinkInfo)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetNvLinkInfo);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetNvLinkInfo);
    }
    return real(device, info);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetNvLinkRemoteDeviceType(nvmlDevice_t device, unsigned int link, nvmlIntNvLinkDeviceType_t *pNvLinkDeviceType)
{
    quanta_nvml_pfn_nvmlDeviceGetNvLinkRemoteDeviceType real = (quanta_nvml_pfn_nvmlDeviceGetNvLinkRemoteDeviceType)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetNvLinkRemoteDeviceType);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetNvLinkRemoteDeviceType);
    }
    return real(device, link, pNvLinkDeviceType);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetNvLinkRemotePciInfo(nvmlDevice_t device, unsigned int link, nvmlPciInfo_t *pci)
{
    quanta_nvml_pfn_nvmlDeviceGetNvLinkRemotePciInfo real = (quanta_nvml_pfn_nvmlDeviceGetNvLinkRemotePciInfo)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetNvLinkRemotePciInfo);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetNvLinkRemotePciInfo);
    }
    return real(device, link, pci);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetNvLinkRemotePciInfo_v2(nvmlDevice_t device, unsigned int link, nvmlPciInfo_t *pci)
{
    quanta_nvml_pfn_nvmlDeviceGetNvLinkRemotePciInfo_v2 real = (quanta_nvml_pfn_nvmlDeviceGetNvLinkRemotePciInfo_v2)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetNvLinkRemotePciInfo_v2);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetNvLinkRemotePciInfo_v2);
    }
    return real(device, link, pci);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetNvLinkState(nvmlDevice_t device, unsigned int link, nvmlEnableState_t *isActive)
{
    quanta_nvml_pfn_nvmlDeviceGetNvLinkState real = (quanta_nvml_pfn_nvmlDeviceGetNvLinkState)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetNvLinkState);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetNvLinkState);
    }
    return real(device, link, isActive);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetNvLinkUtilizationControl(nvmlDevice_t device, unsigned int link, unsigned int counter, nvmlNvLinkUtilizationControl_t *control)
{
    quanta_nvml_pfn_nvmlDeviceGetNvLinkUtilizationControl real = (quanta_nvml_pfn_nvmlDeviceGetNvLinkUtilizationControl)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetNvLinkUtilizationControl);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetNvLinkUtilizationControl);
    }
    return real(device, link, counter, control);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetNvLinkUtilizationCounter(nvmlDevice_t device, unsigned int link, unsigned int counter, unsigned long long *rxcounter, unsigned long long *txcounter)
{
    quanta_nvml_pfn_nvmlDeviceGetNvLinkUtilizationCounter real = (quanta_nvml_pfn_nvmlDeviceGetNvLinkUtilizationCounter)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetNvLinkUtilizationCounter);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetNvLinkUtilizationCounter);
    }
    return real(device, link, counter, rxcounter, txcounter);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetNvLinkVersion(nvmlDevice_t device, unsigned int link, unsigned int *version)
{
    quanta_nvml_pfn_nvmlDeviceGetNvLinkVersion real = (quanta_nvml_pfn_nvmlDeviceGetNvLinkVersion)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetNvLinkVersion);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetNvLinkVersion);
    }
    return real(device, link, version);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetNvlinkBwMode(nvmlDevice_t device, nvmlNvlinkGetBwMode_t *getBwMode)
{
    quanta_nvml_pfn_nvmlDeviceGetNvlinkBwMode real = (quanta_nvml_pfn_nvmlDeviceGetNvlinkBwMode)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetNvlinkBwMode);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetNvlinkBwMode);
    }
    return real(device, getBwMode);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetNvlinkSupportedBwModes(nvmlDevice_t device, nvmlNvlinkSupportedBwModes_t *supportedBwMode)
{
    quanta_nvml_pfn_nvmlDeviceGetNvlinkSupportedBwModes real = (quanta_nvml_pfn_nvmlDeviceGetNvlinkSupportedBwModes)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetNvlinkSupportedBwModes);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetNvlinkSupportedBwModes);
    }
    return real(device, supportedBwMode);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetOfaUtilization(nvmlDevice_t device, unsigned int *utilization, unsigned int *samplingPeriodUs)
{
    quanta_nvml_pfn_nvmlDeviceGetOfaUtilization real = (quanta_nvml_pfn_nvmlDeviceGetOfaUtilization)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetOfaUtilization);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetOfaUtilization);
    }
    return real(device, utilization, samplingPeriodUs);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetP2PStatus(nvmlDevice_t device1, nvmlDevice_t device2, nvmlGpuP2PCapsIndex_t p2pIndex, nvmlGpuP2PStatus_t *p2pStatus)
{
    quanta_nvml_pfn_nvmlDeviceGetP2PStatus real = (quanta_nvml_pfn_nvmlDeviceGetP2PStatus)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetP2PStatus);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetP2PStatus);
    }
    return real(device1, device2, p2pIndex, p2pStatus);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetPciInfo(nvmlDevice_t device, nvmlPciInfo_t *pci)
{
    quanta_nvml_pfn_nvmlDeviceGetPciInfo real = (quanta_nvml_pfn_nvmlDeviceGetPciInfo)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetPciInfo);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetPciInfo);
    }
    return real(device, pci);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetPciInfo_v2(nvmlDevice_t device, nvmlPciInfo_t *pci)
{
    quanta_nvml_pfn_nvmlDeviceGetPciInfo_v2 real = (quanta_nvml_pfn_nvmlDeviceGetPciInfo_v2)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetPciInfo_v2);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetPciInfo_v2);
    }
    return real(device, pci);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetPciInfo_v3(nvmlDevice_t device, nvmlPciInfo_t *pci)
{
    quanta_nvml_pfn_nvmlDeviceGetPciInfo_v3 real = (quanta_nvml_pfn_nvmlDeviceGetPciInfo_v3)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetPciInfo_v3);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetPciInfo_v3);
    }
    return real(device, pci);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetPciInfoExt(nvmlDevice_t device, nvmlPciInfoExt_t *pci)
{
    quanta_nvml_pfn_nvmlDeviceGetPciInfoExt real = (quanta_nvml_pfn_nvmlDeviceGetPciInfoExt)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetPciInfoExt);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetPciInfoExt);
    }
    return real(device, pci);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetPcieLinkMaxSpeed(nvmlDevice_t device, unsigned int *maxSpeed)
{
    quanta_nvml_pfn_nvmlDeviceGetPcieLinkMaxSpeed real = (quanta_nvml_pfn_nvmlDeviceGetPcieLinkMaxSpeed)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetPcieLinkMaxSpeed);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetPcieLinkMaxSpeed);
    }
    return real(device, maxSpeed);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetPcieReplayCounter(nvmlDevice_t device, unsigned int *value)
{
    quanta_nvml_pfn_nvmlDeviceGetPcieReplayCounter real = (quanta_nvml_pfn_nvmlDeviceGetPcieReplayCounter)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetPcieReplayCounter);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetPcieReplayCounter);
    }
    return real(device, value);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetPcieSpeed(nvmlDevice_t device, unsigned int *pcieSpeed)
{
    quanta_nvml_pfn_nvmlDeviceGetPcieSpeed real = (quanta_nvml_pfn_nvmlDeviceGetPcieSpeed)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetPcieSpeed);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetPcieSpeed);
    }
    return real(device, pcieSpeed);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetPcieThroughput(nvmlDevice_t device, nvmlPcieUtilCounter_t counter, unsigned int *value)
{
    quanta_nvml_pfn_nvmlDeviceGetPcieThroughput real = (quanta_nvml_pfn_nvmlDeviceGetPcieThroughput)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetPcieThroughput);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetPcieThroughput);
    }
    return real(device, counter, value);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetPdi(nvmlDevice_t device, nvmlPdi_t *pdi)
{
    quanta_nvml_pfn_nvmlDeviceGetPdi real = (quanta_nvml_pfn_nvmlDeviceGetPdi)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetPdi);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetPdi);
    }
    return real(device, pdi);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetPerformanceModes(nvmlDevice_t device, nvmlDevicePerfModes_t *perfModes)
{
    quanta_nvml_pfn_nvmlDeviceGetPerformanceModes real = (quanta_nvml_pfn_nvmlDeviceGetPerformanceModes)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetPerformanceModes);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetPerformanceModes);
    }
    return real(device, perfModes);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetPerformanceState(nvmlDevice_t device, nvmlPstates_t *pState)
{
    quanta_nvml_pfn_nvmlDeviceGetPerformanceState real = (quanta_nvml_pfn_nvmlDeviceGetPerformanceState)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetPerformanceState);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetPerformanceState);
    }
    return real(device, pState);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetPersistenceMode(nvmlDevice_t device, nvmlEnableState_t *mode)
{
    quanta_nvml_pfn_nvmlDeviceGetPersistenceMode real = (quanta_nvml_pfn_nvmlDeviceGetPersistenceMode)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetPersistenceMode);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetPersistenceMode);
    }
    return real(device, mode);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetPgpuMetadataString(nvmlDevice_t device, char *pgpuMetadata, unsigned int *bufferSize)
{
    quanta_nvml_pfn_nvmlDeviceGetPgpuMetadataString real = (quanta_nvml_pfn_nvmlDeviceGetPgpuMetadataString)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetPgpuMetadataString);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetPgpuMetadataString);
    }
    return real(device, pgpuMetadata, bufferSize);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetPlatformInfo(nvmlDevice_t device, nvmlPlatformInfo_t *platformInfo)
{
    quanta_nvml_pfn_nvmlDeviceGetPlatformInfo real = (quanta_nvml_pfn_nvmlDeviceGetPlatformInfo)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetPlatformInfo);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetPlatformInfo);
    }
    return real(device, platformInfo);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetPowerManagementDefaultLimit(nvmlDevice_t device, unsigned int *defaultLimit)
{
    quanta_nvml_pfn_nvmlDeviceGetPowerManagementDefaultLimit real = (quanta_nvml_pfn_nvmlDeviceGetPowerManagementDefaultLimit)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetPowerManagementDefaultLimit);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetPowerManagementDefaultLimit);
    }
    return real(device, defaultLimit);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetPowerManagementLimit(nvmlDevice_t device, unsigned int *limit)
{
    quanta_nvml_pfn_nvmlDeviceGetPowerManagementLimit real = (quanta_nvml_pfn_nvmlDeviceGetPowerManagementLimit)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetPowerManagementLimit);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetPowerManagementLimit);
    }
    return real(device, limit);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetPowerManagementLimitConstraints(nvmlDevice_t device, unsigned int *minLimit, unsigned int *maxLimit)
{
    quanta_nvml_pfn_nvmlDeviceGetPowerManagementLimitConstraints real = (quanta_nvml_pfn_nvmlDeviceGetPowerManagementLimitConstraints)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetPowerManagementLimitConstraints);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetPowerManagementLimitConstraints);
    }
    return real(device, minLimit, maxLimit);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetPowerManagementMode(nvmlDevice_t device, nvmlEnableState_t *mode)
{
    quanta_nvml_pfn_nvmlDeviceGetPowerManagementMode real = (quanta_nvml_pfn_nvmlDeviceGetPowerManagementMode)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetPowerManagementMode);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetPowerManagementMode);
    }
    return real(device, mode);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetPowerMizerMode_v1(nvmlDevice_t device, nvmlDevicePowerMizerModes_v1_t *powerMizerMode)
{
    quanta_nvml_pfn_nvmlDeviceGetPowerMizerMode_v1 real = (quanta_nvml_pfn_nvmlDeviceGetPowerMizerMode_v1)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetPowerMizerMode_v1);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetPowerMizerMode_v1);
    }
    return real(device, powerMizerMode);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetPowerSource(nvmlDevice_t device, nvmlPowerSource_t *powerSource)
{
    quanta_nvml_pfn_nvmlDeviceGetPowerSource real = (quanta_nvml_pfn_nvmlDeviceGetPowerSource)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetPowerSource);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetPowerSource);
    }
    return real(device, powerSource);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetPowerState(nvmlDevice_t device, nvmlPstates_t *pState)
{
    quanta_nvml_pfn_nvmlDeviceGetPowerState real = (quanta_nvml_pfn_nvmlDeviceGetPowerState)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetPowerState);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetPowerState);
    }
    return real(device, pState);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetPowerUsage(nvmlDevice_t device, unsigned int *power)
{
    quanta_nvml_pfn_nvmlDeviceGetPowerUsage real = (quanta_nvml_pfn_nvmlDeviceGetPowerUsage)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetPowerUsage);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetPowerUsage);
    }
    return real(device, power);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetProcessUtilization(nvmlDevice_t device, nvmlProcessUtilizationSample_t *utilization, unsigned int *processSamplesCount, unsigned long long lastSeenTimeStamp)
{
    quanta_nvml_pfn_nvmlDeviceGetProcessUtilization real = (quanta_nvml_pfn_nvmlDeviceGetProcessUtilization)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetProcessUtilization);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetProcessUtilization);
    }
    return real(device, utilization, processSamplesCount, lastSeenTimeStamp);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetProcessesUtilizationInfo(nvmlDevice_t device, nvmlProcessesUtilizationInfo_t *procesesUtilInfo)
{
    quanta_nvml_pfn_nvmlDeviceGetProcessesUtilizationInfo real = (quanta_nvml_pfn_nvmlDeviceGetProcessesUtilizationInfo)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetProcessesUtilizationInfo);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetProcessesUtilizationInfo);
    }
    return real(device, procesesUtilInfo);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetRemappedRows(nvmlDevice_t device, unsigned int *corrRows, unsigned int *uncRows, unsigned int *isPending, unsigned int *failureOccurred)
{
    quanta_nvml_pfn_nvmlDeviceGetRemappedRows real = (quanta_nvml_pfn_nvmlDeviceGetRemappedRows)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetRemappedRows);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetRemappedRows);
    }
    return real(device, corrRows, uncRows, isPending, failureOccurred);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetRepairStatus(nvmlDevice_t device, nvmlRepairStatus_t *repairStatus)
{
    quanta_nvml_pfn_nvmlDeviceGetRepairStatus real = (quanta_nvml_pfn_nvmlDeviceGetRepairStatus)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetRepairStatus);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetRepairStatus);
    }
    return real(device, repairStatus);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetRetiredPages(nvmlDevice_t device, nvmlPageRetirementCause_t cause, unsigned int *pageCount, unsigned long long *addresses)
{
    quanta_nvml_pfn_nvmlDeviceGetRetiredPages real = (quanta_nvml_pfn_nvmlDeviceGetRetiredPages)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetRetiredPages);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetRetiredPages);
    }
    return real(device, cause, pageCount, addresses);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetRetiredPages_v2(nvmlDevice_t device, nvmlPageRetirementCause_t cause, unsigned int *pageCount, unsigned long long *addresses, unsigned long long *timestamps)
{
    quanta_nvml_pfn_nvmlDeviceGetRetiredPages_v2 real = (quanta_nvml_pfn_nvmlDeviceGetRetiredPages_v2)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetRetiredPages_v2);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetRetiredPages_v2);
    }
    return real(device, cause, pageCount, addresses, timestamps);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetRetiredPagesPendingStatus(nvmlDevice_t device, nvmlEnableState_t *isPending)
{
    quanta_nvml_pfn_nvmlDeviceGetRetiredPagesPendingStatus real = (quanta_nvml_pfn_nvmlDeviceGetRetiredPagesPendingStatus)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetRetiredPagesPendingStatus);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetRetiredPagesPendingStatus);
    }
    return real(device, isPending);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetRowRemapperHistogram(nvmlDevice_t device, nvmlRowRemapperHistogramValues_t *values)
{
    quanta_nvml_pfn_nvmlDeviceGetRowRemapperHistogram real = (quanta_nvml_pfn_nvmlDeviceGetRowRemapperHistogram)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetRowRemapperHistogram);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetRowRemapperHistogram);
    }
    return real(device, values);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetRunningProcessDetailList(nvmlDevice_t device, nvmlProcessDetailList_t *plist)
{
    quanta_nvml_pfn_nvmlDeviceGetRunningProcessDetailList real = (quanta_nvml_pfn_nvmlDeviceGetRunningProcessDetailList)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetRunningProcessDetailList);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetRunningProcessDetailList);
    }
    return real(device, plist);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetSamples(nvmlDevice_t device, nvmlSamplingType_t type, unsigned long long lastSeenTimeStamp, nvmlValueType_t *sampleValType, unsigned int *sampleCount, nvmlSample_t *samples)
{
    quanta_nvml_pfn_nvmlDeviceGetSamples real = (quanta_nvml_pfn_nvmlDeviceGetSamples)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetSamples);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetSamples);
    }
    return real(device, type, lastSeenTimeStamp, sampleValType, sampleCount, samples);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetSerial(nvmlDevice_t device, char *serial, unsigned int length)
{
    quanta_nvml_pfn_nvmlDeviceGetSerial real = (quanta_nvml_pfn_nvmlDeviceGetSerial)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetSerial);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetSerial);
    }
    return real(device, serial, length);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetSramEccErrorStatus(nvmlDevice_t device, nvmlEccSramErrorStatus_t *status)
{
    quanta_nvml_pfn_nvmlDeviceGetSramEccErrorStatus real = (quanta_nvml_pfn_nvmlDeviceGetSramEccErrorStatus)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetSramEccErrorStatus);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetSramEccErrorStatus);
    }
    return real(device, status);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetSramUniqueUncorrectedEccErrorCounts(nvmlDevice_t device, nvmlEccSramUniqueUncorrectedErrorCounts_t *errorCounts)
{
    quanta_nvml_pfn_nvmlDeviceGetSramUniqueUncorrectedEccErrorCounts real = (quanta_nvml_pfn_nvmlDeviceGetSramUniqueUncorrectedEccErrorCounts)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetSramUniqueUncorrectedEccErrorCounts);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetSramUniqueUncorrectedEccErrorCounts);
    }
    return real(device, errorCounts);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetSupportedClocksEventReasons(nvmlDevice_t device, unsigned long long *supportedClocksEventReasons)
{
    quanta_nvml_pfn_nvmlDeviceGetSupportedClocksEventReasons real = (quanta_nvml_pfn_nvmlDeviceGetSupportedClocksEventReasons)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetSupportedClocksEventReasons);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetSupportedClocksEventReasons);
    }
    return real(device, supportedClocksEventReasons);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetSupportedClocksThrottleReasons(nvmlDevice_t device, unsigned long long *supportedClocksThrottleReasons)
{
    quanta_nvml_pfn_nvmlDeviceGetSupportedClocksThrottleReasons real = (quanta_nvml_pfn_nvmlDeviceGetSupportedClocksThrottleReasons)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetSupportedClocksThrottleReasons);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetSupportedClocksThrottleReasons);
    }
    return real(device, supportedClocksThrottleReasons);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetSupportedEventTypes(nvmlDevice_t device, unsigned long long *eventTypes)
{
    quanta_nvml_pfn_nvmlDeviceGetSupportedEventTypes real = (quanta_nvml_pfn_nvmlDeviceGetSupportedEventTypes)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetSupportedEventTypes);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetSupportedEventTypes);
    }
    return real(device, eventTypes);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetSupportedGraphicsClocks(nvmlDevice_t device, unsigned int memoryClockMHz, unsigned int *count, unsigned int *clocksMHz)
{
    quanta_nvml_pfn_nvmlDeviceGetSupportedGraphicsClocks real = (quanta_nvml_pfn_nvmlDeviceGetSupportedGraphicsClocks)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetSupportedGraphicsClocks);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetSupportedGraphicsClocks);
    }
    return real(device, memoryClockMHz, count, clocksMHz);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetSupportedMemoryClocks(nvmlDevice_t device, unsigned int *count, unsigned int *clocksMHz)
{
    quanta_nvml_pfn_nvmlDeviceGetSupportedMemoryClocks real = (quanta_nvml_pfn_nvmlDeviceGetSupportedMemoryClocks)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetSupportedMemoryClocks);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetSupportedMemoryClocks);
    }
    return real(device, count, clocksMHz);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetSupportedPerformanceStates(nvmlDevice_t device, nvmlPstates_t *pstates, unsigned int size)
{
    quanta_nvml_pfn_nvmlDeviceGetSupportedPerformanceStates real = (quanta_nvml_pfn_nvmlDeviceGetSupportedPerformanceStates)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetSupportedPerformanceStates);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetSupportedPerformanceStates);
    }
    return real(device, pstates, size);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetSupportedVgpus(nvmlDevice_t device, unsigned int *vgpuCount, nvmlVgpuTypeId_t *vgpuTypeIds)
{
    quanta_nvml_pfn_nvmlDeviceGetSupportedVgpus real = (quanta_nvml_pfn_nvmlDeviceGetSupportedVgpus)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetSupportedVgpus);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetSupportedVgpus);
    }
    return real(device, vgpuCount, vgpuTypeIds);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetTargetFanSpeed(nvmlDevice_t device, unsigned int fan, unsigned int *targetSpeed)
{
    quanta_nvml_pfn_nvmlDeviceGetTargetFanSpeed real = (quanta_nvml_pfn_nvmlDeviceGetTargetFanSpeed)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetTargetFanSpeed);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetTargetFanSpeed);
    }
    return real(device, fan, targetSpeed);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetTemperature(nvmlDevice_t device, nvmlTemperatureSensors_t sensorType, unsigned int *temp)
{
    quanta_nvml_pfn_nvmlDeviceGetTemperature real = (quanta_nvml_pfn_nvmlDeviceGetTemperature)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetTemperature);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetTemperature);
    }
    return real(device, sensorType, temp);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetTemperatureThreshold(nvmlDevice_t device, nvmlTemperatureThresholds_t thresholdType, unsigned int *temp)
{
    quanta_nvml_pfn_nvmlDeviceGetTemperatureThreshold real = (quanta_nvml_pfn_nvmlDeviceGetTemperatureThreshold)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetTemperatureThreshold);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetTemperatureThreshold);
    }
    return real(device, thresholdType, temp);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetTemperatureV(nvmlDevice_t device, nvmlTemperature_t *temperature)
{
    quanta_nvml_pfn_nvmlDeviceGetTemperatureV real = (quanta_nvml_pfn_nvmlDeviceGetTemperatureV)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetTemperatureV);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetTemperatureV);
    }
    return real(device, temperature);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetThermalSettings(nvmlDevice_t device, unsigned int sensorIndex, nvmlGpuThermalSettings_t *pThermalSettings)
{
    quanta_nvml_pfn_nvmlDeviceGetThermalSettings real = (quanta_nvml_pfn_nvmlDeviceGetThermalSettings)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetThermalSettings);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetThermalSettings);
    }
    return real(device, sensorIndex, pThermalSettings);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetTopologyCommonAncestor(nvmlDevice_t device1, nvmlDevice_t device2, nvmlGpuTopologyLevel_t *pathInfo)
{
    quanta_nvml_pfn_nvmlDeviceGetTopologyCommonAncestor real = (quanta_nvml_pfn_nvmlDeviceGetTopologyCommonAncestor)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetTopologyCommonAncestor);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetTopologyCommonAncestor);
    }
    return real(device1, device2, pathInfo);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetTopologyNearestGpus(nvmlDevice_t device, nvmlGpuTopologyLevel_t level, unsigned int *count, nvmlDevice_t *deviceArray)
{
    quanta_nvml_pfn_nvmlDeviceGetTopologyNearestGpus real = (quanta_nvml_pfn_nvmlDeviceGetTopologyNearestGpus)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetTopologyNearestGpus);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetTopologyNearestGpus);
    }
    return real(device, level, count, deviceArray);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetTotalEccErrors(nvmlDevice_t device, nvmlMemoryErrorType_t errorType, nvmlEccCounterType_t counterType, unsigned long long *eccCounts)
{
    quanta_nvml_pfn_nvmlDeviceGetTotalEccErrors real = (quanta_nvml_pfn_nvmlDeviceGetTotalEccErrors)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetTotalEccErrors);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetTotalEccErrors);
    }
    return real(device, errorType, counterType, eccCounts);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetTotalEnergyConsumption(nvmlDevice_t device, unsigned long long *energy)
{
    quanta_nvml_pfn_nvmlDeviceGetTotalEnergyConsumption real = (quanta_nvml_pfn_nvmlDeviceGetTotalEnergyConsumption)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetTotalEnergyConsumption);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetTotalEnergyConsumption);
    }
    return real(device, energy);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetUUID(nvmlDevice_t device, char *uuid, unsigned int length)
{
    quanta_nvml_pfn_nvmlDeviceGetUUID real = (quanta_nvml_pfn_nvmlDeviceGetUUID)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetUUID);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetUUID);
    }
    return real(device, uuid, length);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetUtilizationRates(nvmlDevice_t device, nvmlUtilization_t *utilization)
{
    quanta_nvml_pfn_nvmlDeviceGetUtilizationRates real = (quanta_nvml_pfn_nvmlDeviceGetUtilizationRates)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetUtilizationRates);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetUtilizationRates);
    }
    return real(device, utilization);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetVbiosVersion(nvmlDevice_t device, char *version, unsigned int length)
{
    quanta_nvml_pfn_nvmlDeviceGetVbiosVersion real = (quanta_nvml_pfn_nvmlDeviceGetVbiosVersion)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetVbiosVersion);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetVbiosVersion);
    }
    return real(device, version, length);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetVgpuCapabilities(nvmlDevice_t device, nvmlDeviceVgpuCapability_t capability, unsigned int *capResult)
{
    quanta_nvml_pfn_nvmlDeviceGetVgpuCapabilities real = (quanta_nvml_pfn_nvmlDeviceGetVgpuCapabilities)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetVgpuCapabilities);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetVgpuCapabilities);
    }
    return real(device, capability, capResult);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetVgpuHeterogeneousMode(nvmlDevice_t device, nvmlVgpuHeterogeneousMode_t *pHeterogeneousMode)
{
    quanta_nvml_pfn_nvmlDeviceGetVgpuHeterogeneousMode real = (quanta_nvml_pfn_nvmlDeviceGetVgpuHeterogeneousMode)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetVgpuHeterogeneousMode);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetVgpuHeterogeneousMode);
    }
    return real(device, pHeterogeneousMode);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetVgpuInstancesUtilizationInfo(nvmlDevice_t device, nvmlVgpuInstancesUtilizationInfo_t *vgpuUtilInfo)
{
    quanta_nvml_pfn_nvmlDeviceGetVgpuInstancesUtilizationInfo real = (quanta_nvml_pfn_nvmlDeviceGetVgpuInstancesUtilizationInfo)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetVgpuInstancesUtilizationInfo);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetVgpuInstancesUtilizationInfo);
    }
    return real(device, vgpuUtilInfo);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetVgpuMetadata(nvmlDevice_t device, nvmlVgpuPgpuMetadata_t *pgpuMetadata, unsigned int *bufferSize)
{
    quanta_nvml_pfn_nvmlDeviceGetVgpuMetadata real = (quanta_nvml_pfn_nvmlDeviceGetVgpuMetadata)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetVgpuMetadata);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetVgpuMetadata);
    }
    return real(device, pgpuMetadata, bufferSize);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetVgpuProcessUtilization(nvmlDevice_t device, unsigned long long lastSeenTimeStamp, unsigned int *vgpuProcessSamplesCount, nvmlVgpuProcessUtilizationSample_t *utilizationSamples)
{
    quanta_nvml_pfn_nvmlDeviceGetVgpuProcessUtilization real = (quanta_nvml_pfn_nvmlDeviceGetVgpuProcessUtilization)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetVgpuProcessUtilization);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetVgpuProcessUtilization);
    }
    return real(device, lastSeenTimeStamp, vgpuProcessSamplesCount, utilizationSamples);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetVgpuProcessesUtilizationInfo(nvmlDevice_t device, nvmlVgpuProcessesUtilizationInfo_t *vgpuProcUtilInfo)
{
    quanta_nvml_pfn_nvmlDeviceGetVgpuProcessesUtilizationInfo real = (quanta_nvml_pfn_nvmlDeviceGetVgpuProcessesUtilizationInfo)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetVgpuProcessesUtilizationInfo);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetVgpuProcessesUtilizationInfo);
    }
    return real(device, vgpuProcUtilInfo);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetVgpuSchedulerCapabilities(nvmlDevice_t device, nvmlVgpuSchedulerCapabilities_t *pCapabilities)
{
    quanta_nvml_pfn_nvmlDeviceGetVgpuSchedulerCapabilities real = (quanta_nvml_pfn_nvmlDeviceGetVgpuSchedulerCapabilities)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetVgpuSchedulerCapabilities);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetVgpuSchedulerCapabilities);
    }
    return real(device, pCapabilities);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetVgpuSchedulerLog(nvmlDevice_t device, nvmlVgpuSchedulerLog_t *pSchedulerLog)
{
    quanta_nvml_pfn_nvmlDeviceGetVgpuSchedulerLog real = (quanta_nvml_pfn_nvmlDeviceGetVgpuSchedulerLog)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetVgpuSchedulerLog);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetVgpuSchedulerLog);
    }
    return real(device, pSchedulerLog);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetVgpuSchedulerState(nvmlDevice_t device, nvmlVgpuSchedulerGetState_t *pSchedulerState)
{
    quanta_nvml_pfn_nvmlDeviceGetVgpuSchedulerState real = (quanta_nvml_pfn_nvmlDeviceGetVgpuSchedulerState)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetVgpuSchedulerState);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetVgpuSchedulerState);
    }
    return real(device, pSchedulerState);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetVgpuTypeCreatablePlacements(nvmlDevice_t device, nvmlVgpuTypeId_t vgpuTypeId, nvmlVgpuPlacementList_t *pPlacementList)
{
    quanta_nvml_pfn_nvmlDeviceGetVgpuTypeCreatablePlacements real = (quanta_nvml_pfn_nvmlDeviceGetVgpuTypeCreatablePlacements)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetVgpuTypeCreatablePlacements);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetVgpuTypeCreatablePlacements);
    }
    return real(device, vgpuTypeId, pPlacementList);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetVgpuTypeSupportedPlacements(nvmlDevice_t device, nvmlVgpuTypeId_t vgpuTypeId, nvmlVgpuPlacementList_t *pPlacementList)
{
    quanta_nvml_pfn_nvmlDeviceGetVgpuTypeSupportedPlacements real = (quanta_nvml_pfn_nvmlDeviceGetVgpuTypeSupportedPlacements)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetVgpuTypeSupportedPlacements);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetVgpuTypeSupportedPlacements);
    }
    return real(device, vgpuTypeId, pPlacementList);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetVgpuUtilization(nvmlDevice_t device, unsigned long long lastSeenTimeStamp, nvmlValueType_t *sampleValType, unsigned int *vgpuInstanceSamplesCount, nvmlVgpuInstanceUtilizationSample_t *utilizationSamples)
{
    quanta_nvml_pfn_nvmlDeviceGetVgpuUtilization real = (quanta_nvml_pfn_nvmlDeviceGetVgpuUtilization)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetVgpuUtilization);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetVgpuUtilization);
    }
    return real(device, lastSeenTimeStamp, sampleValType, vgpuInstanceSamplesCount, utilizationSamples);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetViolationStatus(nvmlDevice_t device, nvmlPerfPolicyType_t perfPolicyType, nvmlViolationTime_t *violTime)
{
    quanta_nvml_pfn_nvmlDeviceGetViolationStatus real = (quanta_nvml_pfn_nvmlDeviceGetViolationStatus)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetViolationStatus);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetViolationStatus);
    }
    return real(device, perfPolicyType, violTime);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceGetVirtualizationMode(nvmlDevice_t device, nvmlGpuVirtualizationMode_t *pVirtualMode)
{
    quanta_nvml_pfn_nvmlDeviceGetVirtualizationMode real = (quanta_nvml_pfn_nvmlDeviceGetVirtualizationMode)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetVirtualizationMode);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceGetVirtualizationMode);
    }
    return real(device, pVirtualMode);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceIsMigDeviceHandle(nvmlDevice_t device, unsigned int *isMigDevice)
{
    quanta_nvml_pfn_nvmlDeviceIsMigDeviceHandle real = (quanta_nvml_pfn_nvmlDeviceIsMigDeviceHandle)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceIsMigDeviceHandle);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceIsMigDeviceHandle);
    }
    return real(device, isMigDevice);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceModifyDrainState(nvmlPciInfo_t *pciInfo, nvmlEnableState_t newState)
{
    quanta_nvml_pfn_nvmlDeviceModifyDrainState real = (quanta_nvml_pfn_nvmlDeviceModifyDrainState)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceModifyDrainState);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceModifyDrainState);
    }
    return real(pciInfo, newState);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceOnSameBoard(nvmlDevice_t device1, nvmlDevice_t device2, int *onSameBoard)
{
    quanta_nvml_pfn_nvmlDeviceOnSameBoard real = (quanta_nvml_pfn_nvmlDeviceOnSameBoard)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceOnSameBoard);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceOnSameBoard);
    }
    return real(device1, device2, onSameBoard);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDevicePowerSmoothingActivatePresetProfile(nvmlDevice_t device, nvmlPowerSmoothingProfile_t *profile)
{
    quanta_nvml_pfn_nvmlDevicePowerSmoothingActivatePresetProfile real = (quanta_nvml_pfn_nvmlDevicePowerSmoothingActivatePresetProfile)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDevicePowerSmoothingActivatePresetProfile);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDevicePowerSmoothingActivatePresetProfile);
    }
    return real(device, profile);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDevicePowerSmoothingSetState(nvmlDevice_t device, nvmlPowerSmoothingState_t *state)
{
    quanta_nvml_pfn_nvmlDevicePowerSmoothingSetState real = (quanta_nvml_pfn_nvmlDevicePowerSmoothingSetState)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDevicePowerSmoothingSetState);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDevicePowerSmoothingSetState);
    }
    return real(device, state);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDevicePowerSmoothingUpdatePresetProfileParam(nvmlDevice_t device, nvmlPowerSmoothingProfile_t *profile)
{
    quanta_nvml_pfn_nvmlDevicePowerSmoothingUpdatePresetProfileParam real = (quanta_nvml_pfn_nvmlDevicePowerSmoothingUpdatePresetProfileParam)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDevicePowerSmoothingUpdatePresetProfileParam);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDevicePowerSmoothingUpdatePresetProfileParam);
    }
    return real(device, profile);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceQueryDrainState(nvmlPciInfo_t *pciInfo, nvmlEnableState_t *currentState)
{
    quanta_nvml_pfn_nvmlDeviceQueryDrainState real = (quanta_nvml_pfn_nvmlDeviceQueryDrainState)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceQueryDrainState);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceQueryDrainState);
    }
    return real(pciInfo, currentState);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceReadWritePRM_v1(nvmlDevice_t device, nvmlPRMTLV_v1_t *buffer)
{
    quanta_nvml_pfn_nvmlDeviceReadWritePRM_v1 real = (quanta_nvml_pfn_nvmlDeviceReadWritePRM_v1)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceReadWritePRM_v1);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceReadWritePRM_v1);
    }
    return real(device, buffer);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceRegisterEvents(nvmlDevice_t device, unsigned long long eventTypes, nvmlEventSet_t set)
{
    quanta_nvml_pfn_nvmlDeviceRegisterEvents real = (quanta_nvml_pfn_nvmlDeviceRegisterEvents)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceRegisterEvents);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceRegisterEvents);
    }
    return real(device, eventTypes, set);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceRemoveGpu(nvmlPciInfo_t *pciInfo)
{
    quanta_nvml_pfn_nvmlDeviceRemoveGpu real = (quanta_nvml_pfn_nvmlDeviceRemoveGpu)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceRemoveGpu);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceRemoveGpu);
    }
    return real(pciInfo);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceRemoveGpu_v2(nvmlPciInfo_t *pciInfo, nvmlDetachGpuState_t gpuState, nvmlPcieLinkState_t linkState)
{
    quanta_nvml_pfn_nvmlDeviceRemoveGpu_v2 real = (quanta_nvml_pfn_nvmlDeviceRemoveGpu_v2)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceRemoveGpu_v2);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceRemoveGpu_v2);
    }
    return real(pciInfo, gpuState, linkState);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceResetApplicationsClocks(nvmlDevice_t device)
{
    quanta_nvml_pfn_nvmlDeviceResetApplicationsClocks real = (quanta_nvml_pfn_nvmlDeviceResetApplicationsClocks)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceResetApplicationsClocks);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceResetApplicationsClocks);
    }
    return real(device);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceResetGpuLockedClocks(nvmlDevice_t device)
{
    quanta_nvml_pfn_nvmlDeviceResetGpuLockedClocks real = (quanta_nvml_pfn_nvmlDeviceResetGpuLockedClocks)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceResetGpuLockedClocks);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceResetGpuLockedClocks);
    }
    return real(device);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceResetMemoryLockedClocks(nvmlDevice_t device)
{
    quanta_nvml_pfn_nvmlDeviceResetMemoryLockedClocks real = (quanta_nvml_pfn_nvmlDeviceResetMemoryLockedClocks)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceResetMemoryLockedClocks);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceResetMemoryLockedClocks);
    }
    return real(device);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceResetNvLinkErrorCounters(nvmlDevice_t device, unsigned int link)
{
    quanta_nvml_pfn_nvmlDeviceResetNvLinkErrorCounters real = (quanta_nvml_pfn_nvmlDeviceResetNvLinkErrorCounters)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceResetNvLinkErrorCounters);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceResetNvLinkErrorCounters);
    }
    return real(device, link);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceResetNvLinkUtilizationCounter(nvmlDevice_t device, unsigned int link, unsigned int counter)
{
    quanta_nvml_pfn_nvmlDeviceResetNvLinkUtilizationCounter real = (quanta_nvml_pfn_nvmlDeviceResetNvLinkUtilizationCounter)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceResetNvLinkUtilizationCounter);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceResetNvLinkUtilizationCounter);
    }
    return real(device, link, counter);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceSetAPIRestriction(nvmlDevice_t device, nvmlRestrictedAPI_t apiType, nvmlEnableState_t isRestricted)
{
    quanta_nvml_pfn_nvmlDeviceSetAPIRestriction real = (quanta_nvml_pfn_nvmlDeviceSetAPIRestriction)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetAPIRestriction);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetAPIRestriction);
    }
    return real(device, apiType, isRestricted);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceSetAccountingMode(nvmlDevice_t device, nvmlEnableState_t mode)
{
    quanta_nvml_pfn_nvmlDeviceSetAccountingMode real = (quanta_nvml_pfn_nvmlDeviceSetAccountingMode)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetAccountingMode);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetAccountingMode);
    }
    return real(device, mode);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceSetApplicationsClocks(nvmlDevice_t device, unsigned int memClockMHz, unsigned int graphicsClockMHz)
{
    quanta_nvml_pfn_nvmlDeviceSetApplicationsClocks real = (quanta_nvml_pfn_nvmlDeviceSetApplicationsClocks)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetApplicationsClocks);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetApplicationsClocks);
    }
    return real(device, memClockMHz, graphicsClockMHz);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceSetAutoBoostedClocksEnabled(nvmlDevice_t device, nvmlEnableState_t enabled)
{
    quanta_nvml_pfn_nvmlDeviceSetAutoBoostedClocksEnabled real = (quanta_nvml_pfn_nvmlDeviceSetAutoBoostedClocksEnabled)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetAutoBoostedClocksEnabled);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetAutoBoostedClocksEnabled);
    }
    return real(device, enabled);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceSetClockOffsets(nvmlDevice_t device, nvmlClockOffset_t *info)
{
    quanta_nvml_pfn_nvmlDeviceSetClockOffsets real = (quanta_nvml_pfn_nvmlDeviceSetClockOffsets)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetClockOffsets);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetClockOffsets);
    }
    return real(device, info);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceSetComputeMode(nvmlDevice_t device, nvmlComputeMode_t mode)
{
    quanta_nvml_pfn_nvmlDeviceSetComputeMode real = (quanta_nvml_pfn_nvmlDeviceSetComputeMode)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetComputeMode);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetComputeMode);
    }
    return real(device, mode);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceSetConfComputeUnprotectedMemSize(nvmlDevice_t device, unsigned long long sizeKiB)
{
    quanta_nvml_pfn_nvmlDeviceSetConfComputeUnprotectedMemSize real = (quanta_nvml_pfn_nvmlDeviceSetConfComputeUnprotectedMemSize)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetConfComputeUnprotectedMemSize);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetConfComputeUnprotectedMemSize);
    }
    return real(device, sizeKiB);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceSetCpuAffinity(nvmlDevice_t device)
{
    quanta_nvml_pfn_nvmlDeviceSetCpuAffinity real = (quanta_nvml_pfn_nvmlDeviceSetCpuAffinity)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetCpuAffinity);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetCpuAffinity);
    }
    return real(device);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceSetDefaultAutoBoostedClocksEnabled(nvmlDevice_t device, nvmlEnableState_t enabled, unsigned int flags)
{
    quanta_nvml_pfn_nvmlDeviceSetDefaultAutoBoostedClocksEnabled real = (quanta_nvml_pfn_nvmlDeviceSetDefaultAutoBoostedClocksEnabled)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetDefaultAutoBoostedClocksEnabled);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetDefaultAutoBoostedClocksEnabled);
    }
    return real(device, enabled, flags);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceSetDefaultFanSpeed_v2(nvmlDevice_t device, unsigned int fan)
{
    quanta_nvml_pfn_nvmlDeviceSetDefaultFanSpeed_v2 real = (quanta_nvml_pfn_nvmlDeviceSetDefaultFanSpeed_v2)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetDefaultFanSpeed_v2);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetDefaultFanSpeed_v2);
    }
    return real(device, fan);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceSetDramEncryptionMode(nvmlDevice_t device, const nvmlDramEncryptionInfo_t *dramEncryption)
{
    quanta_nvml_pfn_nvmlDeviceSetDramEncryptionMode real = (quanta_nvml_pfn_nvmlDeviceSetDramEncryptionMode)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetDramEncryptionMode);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetDramEncryptionMode);
    }
    return real(device, dramEncryption);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceSetDriverModel(nvmlDevice_t device, nvmlDriverModel_t driverModel, unsigned int flags)
{
    quanta_nvml_pfn_nvmlDeviceSetDriverModel real = (quanta_nvml_pfn_nvmlDeviceSetDriverModel)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetDriverModel);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetDriverModel);
    }
    return real(device, driverModel, flags);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceSetEccMode(nvmlDevice_t device, nvmlEnableState_t ecc)
{
    quanta_nvml_pfn_nvmlDeviceSetEccMode real = (quanta_nvml_pfn_nvmlDeviceSetEccMode)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetEccMode);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetEccMode);
    }
    return real(device, ecc);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceSetFanControlPolicy(nvmlDevice_t device, unsigned int fan, nvmlFanControlPolicy_t policy)
{
    quanta_nvml_pfn_nvmlDeviceSetFanControlPolicy real = (quanta_nvml_pfn_nvmlDeviceSetFanControlPolicy)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetFanControlPolicy);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetFanControlPolicy);
    }
    return real(device, fan, policy);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceSetFanSpeed_v2(nvmlDevice_t device, unsigned int fan, unsigned int speed)
{
    quanta_nvml_pfn_nvmlDeviceSetFanSpeed_v2 real = (quanta_nvml_pfn_nvmlDeviceSetFanSpeed_v2)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetFanSpeed_v2);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetFanSpeed_v2);
    }
    return real(device, fan, speed);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceSetGpcClkVfOffset(nvmlDevice_t device, int offset)
{
    quanta_nvml_pfn_nvmlDeviceSetGpcClkVfOffset real = (quanta_nvml_pfn_nvmlDeviceSetGpcClkVfOffset)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetGpcClkVfOffset);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetGpcClkVfOffset);
    }
    return real(device, offset);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceSetGpuLockedClocks(nvmlDevice_t device, unsigned int minGpuClockMHz, unsigned int maxGpuClockMHz)
{
    quanta_nvml_pfn_nvmlDeviceSetGpuLockedClocks real = (quanta_nvml_pfn_nvmlDeviceSetGpuLockedClocks)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetGpuLockedClocks);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetGpuLockedClocks);
    }
    return real(device, minGpuClockMHz, maxGpuClockMHz);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceSetGpuOperationMode(nvmlDevice_t device, nvmlGpuOperationMode_t mode)
{
    quanta_nvml_pfn_nvmlDeviceSetGpuOperationMode real = (quanta_nvml_pfn_nvmlDeviceSetGpuOperationMode)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetGpuOperationMode);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetGpuOperationMode);
    }
    return real(device, mode);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceSetHostname_v1(nvmlDevice_t device, nvmlHostname_v1_t *hostname)
{
    quanta_nvml_pfn_nvmlDeviceSetHostname_v1 real = (quanta_nvml_pfn_nvmlDeviceSetHostname_v1)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetHostname_v1);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetHostname_v1);
    }
    return real(device, hostname);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceSetMemClkVfOffset(nvmlDevice_t device, int offset)
{
    quanta_nvml_pfn_nvmlDeviceSetMemClkVfOffset real = (quanta_nvml_pfn_nvmlDeviceSetMemClkVfOffset)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetMemClkVfOffset);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetMemClkVfOffset);
    }
    return real(device, offset);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceSetMemoryLockedClocks(nvmlDevice_t device, unsigned int minMemClockMHz, unsigned int maxMemClockMHz)
{
    quanta_nvml_pfn_nvmlDeviceSetMemoryLockedClocks real = (quanta_nvml_pfn_nvmlDeviceSetMemoryLockedClocks)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetMemoryLockedClocks);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetMemoryLockedClocks);
    }
    return real(device, minMemClockMHz, maxMemClockMHz);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceSetMigMode(nvmlDevice_t device, unsigned int mode, nvmlReturn_t *activationStatus)
{
    quanta_nvml_pfn_nvmlDeviceSetMigMode real = (quanta_nvml_pfn_nvmlDeviceSetMigMode)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetMigMode);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetMigMode);
    }
    return real(device, mode, activationStatus);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceSetNvLinkDeviceLowPowerThreshold(nvmlDevice_t device, nvmlNvLinkPowerThres_t *info)
{
    quanta_nvml_pfn_nvmlDeviceSetNvLinkDeviceLowPowerThreshold real = (quanta_nvml_pfn_nvmlDeviceSetNvLinkDeviceLowPowerThreshold)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetNvLinkDeviceLowPowerThreshold);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetNvLinkDeviceLowPowerThreshold);
    }
    return real(device, info);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceSetNvLinkUtilizationControl(nvmlDevice_t device, unsigned int link, unsigned int counter, nvmlNvLinkUtilizationControl_t *control, unsigned int reset)
{
    quanta_nvml_pfn_nvmlDeviceSetNvLinkUtilizationControl real = (quanta_nvml_pfn_nvmlDeviceSetNvLinkUtilizationControl)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetNvLinkUtilizationControl);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetNvLinkUtilizationControl);
    }
    return real(device, link, counter, control, reset);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceSetNvlinkBwMode(nvmlDevice_t device, nvmlNvlinkSetBwMode_t *setBwMode)
{
    quanta_nvml_pfn_nvmlDeviceSetNvlinkBwMode real = (quanta_nvml_pfn_nvmlDeviceSetNvlinkBwMode)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetNvlinkBwMode);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetNvlinkBwMode);
    }
    return real(device, setBwMode);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceSetPersistenceMode(nvmlDevice_t device, nvmlEnableState_t mode)
{
    quanta_nvml_pfn_nvmlDeviceSetPersistenceMode real = (quanta_nvml_pfn_nvmlDeviceSetPersistenceMode)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetPersistenceMode);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetPersistenceMode);
    }
    return real(device, mode);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceSetPowerManagementLimit(nvmlDevice_t device, unsigned int limit)
{
    quanta_nvml_pfn_nvmlDeviceSetPowerManagementLimit real = (quanta_nvml_pfn_nvmlDeviceSetPowerManagementLimit)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetPowerManagementLimit);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetPowerManagementLimit);
    }
    return real(device, limit);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceSetPowerManagementLimit_v2(nvmlDevice_t device, nvmlPowerValue_v2_t *powerValue)
{
    quanta_nvml_pfn_nvmlDeviceSetPowerManagementLimit_v2 real = (quanta_nvml_pfn_nvmlDeviceSetPowerManagementLimit_v2)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetPowerManagementLimit_v2);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetPowerManagementLimit_v2);
    }
    return real(device, powerValue);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceSetPowerMizerMode_v1(nvmlDevice_t device, nvmlDevicePowerMizerModes_v1_t *powerMizerMode)
{
    quanta_nvml_pfn_nvmlDeviceSetPowerMizerMode_v1 real = (quanta_nvml_pfn_nvmlDeviceSetPowerMizerMode_v1)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetPowerMizerMode_v1);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetPowerMizerMode_v1);
    }
    return real(device, powerMizerMode);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceSetTemperatureThreshold(nvmlDevice_t device, nvmlTemperatureThresholds_t thresholdType, int *temp)
{
    quanta_nvml_pfn_nvmlDeviceSetTemperatureThreshold real = (quanta_nvml_pfn_nvmlDeviceSetTemperatureThreshold)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetTemperatureThreshold);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetTemperatureThreshold);
    }
    return real(device, thresholdType, temp);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceSetVgpuCapabilities(nvmlDevice_t device, nvmlDeviceVgpuCapability_t capability, nvmlEnableState_t state)
{
    quanta_nvml_pfn_nvmlDeviceSetVgpuCapabilities real = (quanta_nvml_pfn_nvmlDeviceSetVgpuCapabilities)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetVgpuCapabilities);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetVgpuCapabilities);
    }
    return real(device, capability, state);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceSetVgpuHeterogeneousMode(nvmlDevice_t device, const nvmlVgpuHeterogeneousMode_t *pHeterogeneousMode)
{
    quanta_nvml_pfn_nvmlDeviceSetVgpuHeterogeneousMode real = (quanta_nvml_pfn_nvmlDeviceSetVgpuHeterogeneousMode)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetVgpuHeterogeneousMode);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetVgpuHeterogeneousMode);
    }
    return real(device, pHeterogeneousMode);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceSetVgpuSchedulerState(nvmlDevice_t device, nvmlVgpuSchedulerSetState_t *pSchedulerState)
{
    quanta_nvml_pfn_nvmlDeviceSetVgpuSchedulerState real = (quanta_nvml_pfn_nvmlDeviceSetVgpuSchedulerState)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetVgpuSchedulerState);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetVgpuSchedulerState);
    }
    return real(device, pSchedulerState);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceSetVirtualizationMode(nvmlDevice_t device, nvmlGpuVirtualizationMode_t virtualMode)
{
    quanta_nvml_pfn_nvmlDeviceSetVirtualizationMode real = (quanta_nvml_pfn_nvmlDeviceSetVirtualizationMode)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetVirtualizationMode);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceSetVirtualizationMode);
    }
    return real(device, virtualMode);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceValidateInforom(nvmlDevice_t device)
{
    quanta_nvml_pfn_nvmlDeviceValidateInforom real = (quanta_nvml_pfn_nvmlDeviceValidateInforom)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceValidateInforom);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceValidateInforom);
    }
    return real(device);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceWorkloadPowerProfileClearRequestedProfiles(nvmlDevice_t device, nvmlWorkloadPowerProfileRequestedProfiles_t *requestedProfiles)
{
    quanta_nvml_pfn_nvmlDeviceWorkloadPowerProfileClearRequestedProfiles real = (quanta_nvml_pfn_nvmlDeviceWorkloadPowerProfileClearRequestedProfiles)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceWorkloadPowerProfileClearRequestedProfiles);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceWorkloadPowerProfileClearRequestedProfiles);
    }
    return real(device, requestedProfiles);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceWorkloadPowerProfileGetCurrentProfiles(nvmlDevice_t device, nvmlWorkloadPowerProfileCurrentProfiles_t *currentProfiles)
{
    quanta_nvml_pfn_nvmlDeviceWorkloadPowerProfileGetCurrentProfiles real = (quanta_nvml_pfn_nvmlDeviceWorkloadPowerProfileGetCurrentProfiles)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceWorkloadPowerProfileGetCurrentProfiles);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceWorkloadPowerProfileGetCurrentProfiles);
    }
    return real(device, currentProfiles);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceWorkloadPowerProfileGetProfilesInfo(nvmlDevice_t device, nvmlWorkloadPowerProfileProfilesInfo_t *profilesInfo)
{
    quanta_nvml_pfn_nvmlDeviceWorkloadPowerProfileGetProfilesInfo real = (quanta_nvml_pfn_nvmlDeviceWorkloadPowerProfileGetProfilesInfo)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceWorkloadPowerProfileGetProfilesInfo);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceWorkloadPowerProfileGetProfilesInfo);
    }
    return real(device, profilesInfo);
}

QUANTA__WRAPPER nvmlReturn_t nvmlDeviceWorkloadPowerProfileSetRequestedProfiles(nvmlDevice_t device, nvmlWorkloadPowerProfileRequestedProfiles_t *requestedProfiles)
{
    quanta_nvml_pfn_nvmlDeviceWorkloadPowerProfileSetRequestedProfiles real = (quanta_nvml_pfn_nvmlDeviceWorkloadPowerProfileSetRequestedProfiles)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceWorkloadPowerProfileSetRequestedProfiles);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlDeviceWorkloadPowerProfileSetRequestedProfiles);
    }
    return real(device, requestedProfiles);
}

QUANTA__WRAPPER const char* nvmlErrorString(nvmlReturn_t result)
{
    quanta_nvml_pfn_nvmlErrorString real = (quanta_nvml_pfn_nvmlErrorString)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlErrorString);
    if (__builtin_expect(real == NULL, 0)) {
        (void)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlErrorString);
    return (const char*)0;
    }
    return real(result);
}

QUANTA__WRAPPER nvmlReturn_t nvmlEventSetCreate(nvmlEventSet_t *set)
{
    quanta_nvml_pfn_nvmlEventSetCreate real = (quanta_nvml_pfn_nvmlEventSetCreate)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlEventSetCreate);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlEventSetCreate);
    }
    return real(set);
}

QUANTA__WRAPPER nvmlReturn_t nvmlEventSetFree(nvmlEventSet_t set)
{
    quanta_nvml_pfn_nvmlEventSetFree real = (quanta_nvml_pfn_nvmlEventSetFree)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlEventSetFree);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlEventSetFree);
    }
    return real(set);
}

QUANTA__WRAPPER nvmlReturn_t nvmlEventSetWait(nvmlEventSet_t set, nvmlEventData_t *data, unsigned int timeoutms)
{
    quanta_nvml_pfn_nvmlEventSetWait real = (quanta_nvml_pfn_nvmlEventSetWait)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlEventSetWait);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlEventSetWait);
    }
    return real(set, data, timeoutms);
}

QUANTA__WRAPPER nvmlReturn_t nvmlEventSetWait_v2(nvmlEventSet_t set, nvmlEventData_t *data, unsigned int timeoutms)
{
    quanta_nvml_pfn_nvmlEventSetWait_v2 real = (quanta_nvml_pfn_nvmlEventSetWait_v2)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlEventSetWait_v2);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlEventSetWait_v2);
    }
    return real(set, data, timeoutms);
}

QUANTA__WRAPPER nvmlReturn_t nvmlGetExcludedDeviceCount(unsigned int *deviceCount)
{
    quanta_nvml_pfn_nvmlGetExcludedDeviceCount real = (quanta_nvml_pfn_nvmlGetExcludedDeviceCount)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlGetExcludedDeviceCount);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlGetExcludedDeviceCount);
    }
    return real(deviceCount);
}

QUANTA__WRAPPER nvmlReturn_t nvmlGetExcludedDeviceInfoByIndex(unsigned int index, nvmlExcludedDeviceInfo_t *info)
{
    quanta_nvml_pfn_nvmlGetExcludedDeviceInfoByIndex real = (quanta_nvml_pfn_nvmlGetExcludedDeviceInfoByIndex)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlGetExcludedDeviceInfoByIndex);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlGetExcludedDeviceInfoByIndex);
    }
    return real(index, info);
}

QUANTA__WRAPPER nvmlReturn_t nvmlGetVgpuCompatibility(nvmlVgpuMetadata_t *vgpuMetadata, nvmlVgpuPgpuMetadata_t *pgpuMetadata, nvmlVgpuPgpuCompatibility_t *compatibilityInfo)
{
    quanta_nvml_pfn_nvmlGetVgpuCompatibility real = (quanta_nvml_pfn_nvmlGetVgpuCompatibility)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlGetVgpuCompatibility);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlGetVgpuCompatibility);
    }
    return real(vgpuMetadata, pgpuMetadata, compatibilityInfo);
}

QUANTA__WRAPPER nvmlReturn_t nvmlGetVgpuDriverCapabilities(nvmlVgpuDriverCapability_t capability, unsigned int *capResult)
{
    quanta_nvml_pfn_nvmlGetVgpuDriverCapabilities real = (quanta_nvml_pfn_nvmlGetVgpuDriverCapabilities)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlGetVgpuDriverCapabilities);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlGetVgpuDriverCapabilities);
    }
    return real(capability, capResult);
}

QUANTA__WRAPPER nvmlReturn_t nvmlGetVgpuVersion(nvmlVgpuVersion_t *supported, nvmlVgpuVersion_t *current)
{
    quanta_nvml_pfn_nvmlGetVgpuVersion real = (quanta_nvml_pfn_nvmlGetVgpuVersion)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlGetVgpuVersion);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlGetVgpuVersion);
    }
    return real(supported, current);
}

QUANTA__WRAPPER nvmlReturn_t nvmlGpmMetricsGet(nvmlGpmMetricsGet_t *metricsGet)
{
    quanta_nvml_pfn_nvmlGpmMetricsGet real = (quanta_nvml_pfn_nvmlGpmMetricsGet)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlGpmMetricsGet);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlGpmMetricsGet);
    }
    return real(metricsGet);
}

QUANTA__WRAPPER nvmlReturn_t nvmlGpmMigSampleGet(nvmlDevice_t device, unsigned int gpuInstanceId, nvmlGpmSample_t gpmSample)
{
    quanta_nvml_pfn_nvmlGpmMigSampleGet real = (quanta_nvml_pfn_nvmlGpmMigSampleGet)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlGpmMigSampleGet);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlGpmMigSampleGet);
    }
    return real(device, gpuInstanceId, gpmSample);
}

QUANTA__WRAPPER nvmlReturn_t nvmlGpmQueryDeviceSupport(nvmlDevice_t device, nvmlGpmSupport_t *gpmSupport)
{
    quanta_nvml_pfn_nvmlGpmQueryDeviceSupport real = (quanta_nvml_pfn_nvmlGpmQueryDeviceSupport)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlGpmQueryDeviceSupport);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlGpmQueryDeviceSupport);
    }
    return real(device, gpmSupport);
}

QUANTA__WRAPPER nvmlReturn_t nvmlGpmQueryIfStreamingEnabled(nvmlDevice_t device, unsigned int *state)
{
    quanta_nvml_pfn_nvmlGpmQueryIfStreamingEnabled real = (quanta_nvml_pfn_nvmlGpmQueryIfStreamingEnabled)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlGpmQueryIfStreamingEnabled);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlGpmQueryIfStreamingEnabled);
    }
    return real(device, state);
}

QUANTA__WRAPPER nvmlReturn_t nvmlGpmSampleAlloc(nvmlGpmSample_t *gpmSample)
{
    quanta_nvml_pfn_nvmlGpmSampleAlloc real = (quanta_nvml_pfn_nvmlGpmSampleAlloc)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlGpmSampleAlloc);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlGpmSampleAlloc);
    }
    return real(gpmSample);
}

QUANTA__WRAPPER nvmlReturn_t nvmlGpmSampleFree(nvmlGpmSample_t gpmSample)
{
    quanta_nvml_pfn_nvmlGpmSampleFree real = (quanta_nvml_pfn_nvmlGpmSampleFree)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlGpmSampleFree);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlGpmSampleFree);
    }
    return real(gpmSample);
}

QUANTA__WRAPPER nvmlReturn_t nvmlGpmSampleGet(nvmlDevice_t device, nvmlGpmSample_t gpmSample)
{
    quanta_nvml_pfn_nvmlGpmSampleGet real = (quanta_nvml_pfn_nvmlGpmSampleGet)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlGpmSampleGet);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlGpmSampleGet);
    }
    return real(device, gpmSample);
}

QUANTA__WRAPPER nvmlReturn_t nvmlGpmSetStreamingEnabled(nvmlDevice_t device, unsigned int state)
{
    quanta_nvml_pfn_nvmlGpmSetStreamingEnabled real = (quanta_nvml_pfn_nvmlGpmSetStreamingEnabled)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlGpmSetStreamingEnabled);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlGpmSetStreamingEnabled);
    }
    return real(device, state);
}

QUANTA__WRAPPER nvmlReturn_t nvmlGpuInstanceCreateComputeInstance(nvmlGpuInstance_t gpuInstance, unsigned int profileId, nvmlComputeInstance_t *computeInstance)
{
    quanta_nvml_pfn_nvmlGpuInstanceCreateComputeInstance real = (quanta_nvml_pfn_nvmlGpuInstanceCreateComputeInstance)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlGpuInstanceCreateComputeInstance);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlGpuInstanceCreateComputeInstance);
    }
    return real(gpuInstance, profileId, computeInstance);
}

QUANTA__WRAPPER nvmlReturn_t nvmlGpuInstanceCreateComputeInstanceWithPlacement(nvmlGpuInstance_t gpuInstance, unsigned int profileId, const nvmlComputeInstancePlacement_t *placement, nvmlComputeInstance_t *computeInstance)
{
    quanta_nvml_pfn_nvmlGpuInstanceCreateComputeInstanceWithPlacement real = (quanta_nvml_pfn_nvmlGpuInstanceCreateComputeInstanceWithPlacement)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlGpuInstanceCreateComputeInstanceWithPlacement);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlGpuInstanceCreateComputeInstanceWithPlacement);
    }
    return real(gpuInstance, profileId, placement, computeInstance);
}

QUANTA__WRAPPER nvmlReturn_t nvmlGpuInstanceDestroy(nvmlGpuInstance_t gpuInstance)
{
    quanta_nvml_pfn_nvmlGpuInstanceDestroy real = (quanta_nvml_pfn_nvmlGpuInstanceDestroy)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlGpuInstanceDestroy);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlGpuInstanceDestroy);
    }
    return real(gpuInstance);
}

QUANTA__WRAPPER nvmlReturn_t nvmlGpuInstanceGetActiveVgpus(nvmlGpuInstance_t gpuInstance, nvmlActiveVgpuInstanceInfo_t *pVgpuInstanceInfo)
{
    quanta_nvml_pfn_nvmlGpuInstanceGetActiveVgpus real = (quanta_nvml_pfn_nvmlGpuInstanceGetActiveVgpus)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlGpuInstanceGetActiveVgpus);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlGpuInstanceGetActiveVgpus);
    }
    return real(gpuInstance, pVgpuInstanceInfo);
}

QUANTA__WRAPPER nvmlReturn_t nvmlGpuInstanceGetComputeInstanceById(nvmlGpuInstance_t gpuInstance, unsigned int id, nvmlComputeInstance_t *computeInstance)
{
    quanta_nvml_pfn_nvmlGpuInstanceGetComputeInstanceById real = (quanta_nvml_pfn_nvmlGpuInstanceGetComputeInstanceById)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlGpuInstanceGetComputeInstanceById);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlGpuInstanceGetComputeInstanceById);
    }
    return real(gpuInstance, id, computeInstance);
}

QUANTA__WRAPPER nvmlReturn_t nvmlGpuInstanceGetComputeInstancePossiblePlacements(nvmlGpuInstance_t gpuInstance, unsigned int profileId, nvmlComputeInstancePlacement_t *placements, unsigned int *count)
{
    quanta_nvml_pfn_nvmlGpuInstanceGetComputeInstancePossiblePlacements real = (quanta_nvml_pfn_nvmlGpuInstanceGetComputeInstancePossiblePlacements)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlGpuInstanceGetComputeInstancePossiblePlacements);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlGpuInstanceGetComputeInstancePossiblePlacements);
    }
    return real(gpuInstance, profileId, placements, count);
}

QUANTA__WRAPPER nvmlReturn_t nvmlGpuInstanceGetComputeInstanceProfileInfo(nvmlGpuInstance_t gpuInstance, unsigned int profile, unsigned int engProfile, nvmlComputeInstanceProfileInfo_t *info)
{
    quanta_nvml_pfn_nvmlGpuInstanceGetComputeInstanceProfileInfo real = (quanta_nvml_pfn_nvmlGpuInstanceGetComputeInstanceProfileInfo)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlGpuInstanceGetComputeInstanceProfileInfo);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlGpuInstanceGetComputeInstanceProfileInfo);
    }
    return real(gpuInstance, profile, engProfile, info);
}

QUANTA__WRAPPER nvmlReturn_t nvmlGpuInstanceGetComputeInstanceProfileInfoV(nvmlGpuInstance_t gpuInstance, unsigned int profile, unsigned int engProfile, nvmlComputeInstanceProfileInfo_v2_t *info)
{
    quanta_nvml_pfn_nvmlGpuInstanceGetComputeInstanceProfileInfoV real = (quanta_nvml_pfn_nvmlGpuInstanceGetComputeInstanceProfileInfoV)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlGpuInstanceGetComputeInstanceProfileInfoV);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlGpuInstanceGetComputeInstanceProfileInfoV);
    }
    return real(gpuInstance, profile, engProfile, info);
}

QUANTA__WRAPPER nvmlReturn_t nvmlGpuInstanceGetComputeInstanceRemainingCapacity(nvmlGpuInstance_t gpuInstance, unsigned int profileId, unsigned int *count)
{
    quanta_nvml_pfn_nvmlGpuInstanceGetComputeInstanceRemainingCapacity real = (quanta_nvml_pfn_nvmlGpuInstanceGetComputeInstanceRemainingCapacity)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlGpuInstanceGetComputeInstanceRemainingCapacity);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlGpuInstanceGetComputeInstanceRemainingCapacity);
    }
    return real(gpuInstance, profileId, count);
}

QUANTA__WRAPPER nvmlReturn_t nvmlGpuInstanceGetComputeInstances(nvmlGpuInstance_t gpuInstance, unsigned int profileId, nvmlComputeInstance_t *computeInstances, unsigned int *count)
{
    quanta_nvml_pfn_nvmlGpuInstanceGetComputeInstances real = (quanta_nvml_pfn_nvmlGpuInstanceGetComputeInstances)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlGpuInstanceGetComputeInstances);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlGpuInstanceGetComputeInstances);
    }
    return real(gpuInstance, profileId, computeInstances, count);
}

QUANTA__WRAPPER nvmlReturn_t nvmlGpuInstanceGetCreatableVgpus(nvmlGpuInstance_t gpuInstance, nvmlVgpuTypeIdInfo_t *pVgpus)
{
    quanta_nvml_pfn_nvmlGpuInstanceGetCreatableVgpus real = (quanta_nvml_pfn_nvmlGpuInstanceGetCreatableVgpus)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlGpuInstanceGetCreatableVgpus);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlGpuInstanceGetCreatableVgpus);
    }
    return real(gpuInstance, pVgpus);
}

QUANTA__WRAPPER nvmlReturn_t nvmlGpuInstanceGetInfo(nvmlGpuInstance_t gpuInstance, nvmlGpuInstanceInfo_t *info)
{
    quanta_nvml_pfn_nvmlGpuInstanceGetInfo real = (quanta_nvml_pfn_nvmlGpuInstanceGetInfo)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlGpuInstanceGetInfo);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlGpuInstanceGetInfo);
    }
    return real(gpuInstance, info);
}

QUANTA__WRAPPER nvmlReturn_t nvmlGpuInstanceGetVgpuHeterogeneousMode(nvmlGpuInstance_t gpuInstance, nvmlVgpuHeterogeneousMode_t *pHeterogeneousMode)
{
    quanta_nvml_pfn_nvmlGpuInstanceGetVgpuHeterogeneousMode real = (quanta_nvml_pfn_nvmlGpuInstanceGetVgpuHeterogeneousMode)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlGpuInstanceGetVgpuHeterogeneousMode);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlGpuInstanceGetVgpuHeterogeneousMode);
    }
    return real(gpuInstance, pHeterogeneousMode);
}

QUANTA__WRAPPER nvmlReturn_t nvmlGpuInstanceGetVgpuSchedulerLog(nvmlGpuInstance_t gpuInstance, nvmlVgpuSchedulerLogInfo_t *pSchedulerLogInfo)
{
    quanta_nvml_pfn_nvmlGpuInstanceGetVgpuSchedulerLog real = (quanta_nvml_pfn_nvmlGpuInstanceGetVgpuSchedulerLog)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlGpuInstanceGetVgpuSchedulerLog);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlGpuInstanceGetVgpuSchedulerLog);
    }
    return real(gpuInstance, pSchedulerLogInfo);
}

QUANTA__WRAPPER nvmlReturn_t nvmlGpuInstanceGetVgpuSchedulerState(nvmlGpuInstance_t gpuInstance, nvmlVgpuSchedulerStateInfo_t *pSchedulerStateInfo)
{
    quanta_nvml_pfn_nvmlGpuInstanceGetVgpuSchedulerState real = (quanta_nvml_pfn_nvmlGpuInstanceGetVgpuSchedulerState)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlGpuInstanceGetVgpuSchedulerState);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlGpuInstanceGetVgpuSchedulerState);
    }
    return real(gpuInstance, pSchedulerStateInfo);
}

QUANTA__WRAPPER nvmlReturn_t nvmlGpuInstanceGetVgpuTypeCreatablePlacements(nvmlGpuInstance_t gpuInstance, nvmlVgpuCreatablePlacementInfo_t *pCreatablePlacementInfo)
{
    quanta_nvml_pfn_nvmlGpuInstanceGetVgpuTypeCreatablePlacements real = (quanta_nvml_pfn_nvmlGpuInstanceGetVgpuTypeCreatablePlacements)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlGpuInstanceGetVgpuTypeCreatablePlacements);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlGpuInstanceGetVgpuTypeCreatablePlacements);
    }
    return real(gpuInstance, pCreatablePlacementInfo);
}

QUANTA__WRAPPER nvmlReturn_t nvmlGpuInstanceSetVgpuHeterogeneousMode(nvmlGpuInstance_t gpuInstance, const nvmlVgpuHeterogeneousMode_t *pHeterogeneousMode)
{
    quanta_nvml_pfn_nvmlGpuInstanceSetVgpuHeterogeneousMode real = (quanta_nvml_pfn_nvmlGpuInstanceSetVgpuHeterogeneousMode)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlGpuInstanceSetVgpuHeterogeneousMode);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlGpuInstanceSetVgpuHeterogeneousMode);
    }
    return real(gpuInstance, pHeterogeneousMode);
}

QUANTA__WRAPPER nvmlReturn_t nvmlGpuInstanceSetVgpuSchedulerState(nvmlGpuInstance_t gpuInstance, nvmlVgpuSchedulerState_t *pScheduler)
{
    quanta_nvml_pfn_nvmlGpuInstanceSetVgpuSchedulerState real = (quanta_nvml_pfn_nvmlGpuInstanceSetVgpuSchedulerState)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlGpuInstanceSetVgpuSchedulerState);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlGpuInstanceSetVgpuSchedulerState);
    }
    return real(gpuInstance, pScheduler);
}

QUANTA__WRAPPER nvmlReturn_t nvmlInit(void)
{
    quanta_nvml_pfn_nvmlInit real = (quanta_nvml_pfn_nvmlInit)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlInit);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlInit);
    }
    return real();
}

QUANTA__WRAPPER nvmlReturn_t nvmlInit_v2(void)
{
    quanta_nvml_pfn_nvmlInit_v2 real = (quanta_nvml_pfn_nvmlInit_v2)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlInit_v2);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlInit_v2);
    }
    return real();
}

QUANTA__WRAPPER nvmlReturn_t nvmlInitWithFlags(unsigned int flags)
{
    quanta_nvml_pfn_nvmlInitWithFlags real = (quanta_nvml_pfn_nvmlInitWithFlags)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlInitWithFlags);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlInitWithFlags);
    }
    return real(flags);
}

QUANTA__WRAPPER nvmlReturn_t nvmlSetVgpuVersion(nvmlVgpuVersion_t *vgpuVersion)
{
    quanta_nvml_pfn_nvmlSetVgpuVersion real = (quanta_nvml_pfn_nvmlSetVgpuVersion)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlSetVgpuVersion);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlSetVgpuVersion);
    }
    return real(vgpuVersion);
}

QUANTA__WRAPPER nvmlReturn_t nvmlShutdown(void)
{
    quanta_nvml_pfn_nvmlShutdown real = (quanta_nvml_pfn_nvmlShutdown)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlShutdown);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlShutdown);
    }
    return real();
}

QUANTA__WRAPPER nvmlReturn_t nvmlSystemEventSetCreate(nvmlSystemEventSetCreateRequest_t *request)
{
    quanta_nvml_pfn_nvmlSystemEventSetCreate real = (quanta_nvml_pfn_nvmlSystemEventSetCreate)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlSystemEventSetCreate);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlSystemEventSetCreate);
    }
    return real(request);
}

QUANTA__WRAPPER nvmlReturn_t nvmlSystemEventSetFree(nvmlSystemEventSetFreeRequest_t *request)
{
    quanta_nvml_pfn_nvmlSystemEventSetFree real = (quanta_nvml_pfn_nvmlSystemEventSetFree)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlSystemEventSetFree);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlSystemEventSetFree);
    }
    return real(request);
}

QUANTA__WRAPPER nvmlReturn_t nvmlSystemEventSetWait(nvmlSystemEventSetWaitRequest_t *request)
{
    quanta_nvml_pfn_nvmlSystemEventSetWait real = (quanta_nvml_pfn_nvmlSystemEventSetWait)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlSystemEventSetWait);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlSystemEventSetWait);
    }
    return real(request);
}

QUANTA__WRAPPER nvmlReturn_t nvmlSystemGetConfComputeCapabilities(nvmlConfComputeSystemCaps_t *capabilities)
{
    quanta_nvml_pfn_nvmlSystemGetConfComputeCapabilities real = (quanta_nvml_pfn_nvmlSystemGetConfComputeCapabilities)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlSystemGetConfComputeCapabilities);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlSystemGetConfComputeCapabilities);
    }
    return real(capabilities);
}

QUANTA__WRAPPER nvmlReturn_t nvmlSystemGetConfComputeGpusReadyState(unsigned int *isAcceptingWork)
{
    quanta_nvml_pfn_nvmlSystemGetConfComputeGpusReadyState real = (quanta_nvml_pfn_nvmlSystemGetConfComputeGpusReadyState)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlSystemGetConfComputeGpusReadyState);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlSystemGetConfComputeGpusReadyState);
    }
    return real(isAcceptingWork);
}

QUANTA__WRAPPER nvmlReturn_t nvmlSystemGetConfComputeKeyRotationThresholdInfo(nvmlConfComputeGetKeyRotationThresholdInfo_t *pKeyRotationThrInfo)
{
    quanta_nvml_pfn_nvmlSystemGetConfComputeKeyRotationThresholdInfo real = (quanta_nvml_pfn_nvmlSystemGetConfComputeKeyRotationThresholdInfo)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlSystemGetConfComputeKeyRotationThresholdInfo);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlSystemGetConfComputeKeyRotationThresholdInfo);
    }
    return real(pKeyRotationThrInfo);
}

QUANTA__WRAPPER nvmlReturn_t nvmlSystemGetConfComputeSettings(nvmlSystemConfComputeSettings_t *settings)
{
    quanta_nvml_pfn_nvmlSystemGetConfComputeSettings real = (quanta_nvml_pfn_nvmlSystemGetConfComputeSettings)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlSystemGetConfComputeSettings);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlSystemGetConfComputeSettings);
    }
    return real(settings);
}

QUANTA__WRAPPER nvmlReturn_t nvmlSystemGetConfComputeState(nvmlConfComputeSystemState_t *state)
{
    quanta_nvml_pfn_nvmlSystemGetConfComputeState real = (quanta_nvml_pfn_nvmlSystemGetConfComputeState)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlSystemGetConfComputeState);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlSystemGetConfComputeState);
    }
    return real(state);
}

QUANTA__WRAPPER nvmlReturn_t nvmlSystemGetCudaDriverVersion(int *cudaDriverVersion)
{
    quanta_nvml_pfn_nvmlSystemGetCudaDriverVersion real = (quanta_nvml_pfn_nvmlSystemGetCudaDriverVersion)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlSystemGetCudaDriverVersion);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlSystemGetCudaDriverVersion);
    }
    return real(cudaDriverVersion);
}

QUANTA__WRAPPER nvmlReturn_t nvmlSystemGetCudaDriverVersion_v2(int *cudaDriverVersion)
{
    quanta_nvml_pfn_nvmlSystemGetCudaDriverVersion_v2 real = (quanta_nvml_pfn_nvmlSystemGetCudaDriverVersion_v2)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlSystemGetCudaDriverVersion_v2);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlSystemGetCudaDriverVersion_v2);
    }
    return real(cudaDriverVersion);
}

QUANTA__WRAPPER nvmlReturn_t nvmlSystemGetDriverBranch(nvmlSystemDriverBranchInfo_t *branchInfo, unsigned int length)
{
    quanta_nvml_pfn_nvmlSystemGetDriverBranch real = (quanta_nvml_pfn_nvmlSystemGetDriverBranch)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlSystemGetDriverBranch);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlSystemGetDriverBranch);
    }
    return real(branchInfo, length);
}

QUANTA__WRAPPER nvmlReturn_t nvmlSystemGetDriverVersion(char *version, unsigned int length)
{
    quanta_nvml_pfn_nvmlSystemGetDriverVersion real = (quanta_nvml_pfn_nvmlSystemGetDriverVersion)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlSystemGetDriverVersion);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlSystemGetDriverVersion);
    }
    return real(version, length);
}

QUANTA__WRAPPER nvmlReturn_t nvmlSystemGetHicVersion(unsigned int *hwbcCount, nvmlHwbcEntry_t *hwbcEntries)
{
    quanta_nvml_pfn_nvmlSystemGetHicVersion real = (quanta_nvml_pfn_nvmlSystemGetHicVersion)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlSystemGetHicVersion);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlSystemGetHicVersion);
    }
    return real(hwbcCount, hwbcEntries);
}

QUANTA__WRAPPER nvmlReturn_t nvmlSystemGetNVMLVersion(char *version, unsigned int length)
{
    quanta_nvml_pfn_nvmlSystemGetNVMLVersion real = (quanta_nvml_pfn_nvmlSystemGetNVMLVersion)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlSystemGetNVMLVersion);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlSystemGetNVMLVersion);
    }
    return real(version, length);
}

QUANTA__WRAPPER nvmlReturn_t nvmlSystemGetNvlinkBwMode(unsigned int *nvlinkBwMode)
{
    quanta_nvml_pfn_nvmlSystemGetNvlinkBwMode real = (quanta_nvml_pfn_nvmlSystemGetNvlinkBwMode)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlSystemGetNvlinkBwMode);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlSystemGetNvlinkBwMode);
    }
    return real(nvlinkBwMode);
}

QUANTA__WRAPPER nvmlReturn_t nvmlSystemGetProcessName(unsigned int pid, char *name, unsigned int length)
{
    quanta_nvml_pfn_nvmlSystemGetProcessName real = (quanta_nvml_pfn_nvmlSystemGetProcessName)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlSystemGetProcessName);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlSystemGetProcessName);
    }
    return real(pid, name, length);
}

QUANTA__WRAPPER nvmlReturn_t nvmlSystemGetTopologyGpuSet(unsigned int cpuNumber, unsigned int *count, nvmlDevice_t *deviceArray)
{
    quanta_nvml_pfn_nvmlSystemGetTopologyGpuSet real = (quanta_nvml_pfn_nvmlSystemGetTopologyGpuSet)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlSystemGetTopologyGpuSet);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlSystemGetTopologyGpuSet);
    }
    return real(cpuNumber, count, deviceArray);
}

QUANTA__WRAPPER nvmlReturn_t nvmlSystemRegisterEvents(nvmlSystemRegisterEventRequest_t *request)
{
    quanta_nvml_pfn_nvmlSystemRegisterEvents real = (quanta_nvml_pfn_nvmlSystemRegisterEvents)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlSystemRegisterEvents);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlSystemRegisterEvents);
    }
    return real(request);
}

QUANTA__WRAPPER nvmlReturn_t nvmlSystemSetConfComputeGpusReadyState(unsigned int isAcceptingWork)
{
    quanta_nvml_pfn_nvmlSystemSetConfComputeGpusReadyState real = (quanta_nvml_pfn_nvmlSystemSetConfComputeGpusReadyState)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlSystemSetConfComputeGpusReadyState);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlSystemSetConfComputeGpusReadyState);
    }
    return real(isAcceptingWork);
}

QUANTA__WRAPPER nvmlReturn_t nvmlSystemSetConfComputeKeyRotationThresholdInfo(nvmlConfComputeSetKeyRotationThresholdInfo_t *pKeyRotationThrInfo)
{
    quanta_nvml_pfn_nvmlSystemSetConfComputeKeyRotationThresholdInfo real = (quanta_nvml_pfn_nvmlSystemSetConfComputeKeyRotationThresholdInfo)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlSystemSetConfComputeKeyRotationThresholdInfo);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlSystemSetConfComputeKeyRotationThresholdInfo);
    }
    return real(pKeyRotationThrInfo);
}

QUANTA__WRAPPER nvmlReturn_t nvmlSystemSetNvlinkBwMode(unsigned int nvlinkBwMode)
{
    quanta_nvml_pfn_nvmlSystemSetNvlinkBwMode real = (quanta_nvml_pfn_nvmlSystemSetNvlinkBwMode)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlSystemSetNvlinkBwMode);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlSystemSetNvlinkBwMode);
    }
    return real(nvlinkBwMode);
}

QUANTA__WRAPPER nvmlReturn_t nvmlUnitGetCount(unsigned int *unitCount)
{
    quanta_nvml_pfn_nvmlUnitGetCount real = (quanta_nvml_pfn_nvmlUnitGetCount)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlUnitGetCount);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlUnitGetCount);
    }
    return real(unitCount);
}

QUANTA__WRAPPER nvmlReturn_t nvmlUnitGetDevices(nvmlUnit_t unit, unsigned int *deviceCount, nvmlDevice_t *devices)
{
    quanta_nvml_pfn_nvmlUnitGetDevices real = (quanta_nvml_pfn_nvmlUnitGetDevices)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlUnitGetDevices);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlUnitGetDevices);
    }
    return real(unit, deviceCount, devices);
}

QUANTA__WRAPPER nvmlReturn_t nvmlUnitGetFanSpeedInfo(nvmlUnit_t unit, nvmlUnitFanSpeeds_t *fanSpeeds)
{
    quanta_nvml_pfn_nvmlUnitGetFanSpeedInfo real = (quanta_nvml_pfn_nvmlUnitGetFanSpeedInfo)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlUnitGetFanSpeedInfo);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlUnitGetFanSpeedInfo);
    }
    return real(unit, fanSpeeds);
}

QUANTA__WRAPPER nvmlReturn_t nvmlUnitGetHandleByIndex(unsigned int index, nvmlUnit_t *unit)
{
    quanta_nvml_pfn_nvmlUnitGetHandleByIndex real = (quanta_nvml_pfn_nvmlUnitGetHandleByIndex)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlUnitGetHandleByIndex);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlUnitGetHandleByIndex);
    }
    return real(index, unit);
}

QUANTA__WRAPPER nvmlReturn_t nvmlUnitGetLedState(nvmlUnit_t unit, nvmlLedState_t *state)
{
    quanta_nvml_pfn_nvmlUnitGetLedState real = (quanta_nvml_pfn_nvmlUnitGetLedState)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlUnitGetLedState);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlUnitGetLedState);
    }
    return real(unit, state);
}

QUANTA__WRAPPER nvmlReturn_t nvmlUnitGetPsuInfo(nvmlUnit_t unit, nvmlPSUInfo_t *psu)
{
    quanta_nvml_pfn_nvmlUnitGetPsuInfo real = (quanta_nvml_pfn_nvmlUnitGetPsuInfo)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlUnitGetPsuInfo);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlUnitGetPsuInfo);
    }
    return real(unit, psu);
}

QUANTA__WRAPPER nvmlReturn_t nvmlUnitGetTemperature(nvmlUnit_t unit, unsigned int type, unsigned int *temp)
{
    quanta_nvml_pfn_nvmlUnitGetTemperature real = (quanta_nvml_pfn_nvmlUnitGetTemperature)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlUnitGetTemperature);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlUnitGetTemperature);
    }
    return real(unit, type, temp);
}

QUANTA__WRAPPER nvmlReturn_t nvmlUnitGetUnitInfo(nvmlUnit_t unit, nvmlUnitInfo_t *info)
{
    quanta_nvml_pfn_nvmlUnitGetUnitInfo real = (quanta_nvml_pfn_nvmlUnitGetUnitInfo)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlUnitGetUnitInfo);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlUnitGetUnitInfo);
    }
    return real(unit, info);
}

QUANTA__WRAPPER nvmlReturn_t nvmlUnitSetLedState(nvmlUnit_t unit, nvmlLedColor_t color)
{
    quanta_nvml_pfn_nvmlUnitSetLedState real = (quanta_nvml_pfn_nvmlUnitSetLedState)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlUnitSetLedState);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlUnitSetLedState);
    }
    return real(unit, color);
}

QUANTA__WRAPPER nvmlReturn_t nvmlVgpuInstanceClearAccountingPids(nvmlVgpuInstance_t vgpuInstance)
{
    quanta_nvml_pfn_nvmlVgpuInstanceClearAccountingPids real = (quanta_nvml_pfn_nvmlVgpuInstanceClearAccountingPids)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuInstanceClearAccountingPids);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuInstanceClearAccountingPids);
    }
    return real(vgpuInstance);
}

QUANTA__WRAPPER nvmlReturn_t nvmlVgpuInstanceGetAccountingMode(nvmlVgpuInstance_t vgpuInstance, nvmlEnableState_t *mode)
{
    quanta_nvml_pfn_nvmlVgpuInstanceGetAccountingMode real = (quanta_nvml_pfn_nvmlVgpuInstanceGetAccountingMode)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuInstanceGetAccountingMode);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuInstanceGetAccountingMode);
    }
    return real(vgpuInstance, mode);
}

QUANTA__WRAPPER nvmlReturn_t nvmlVgpuInstanceGetAccountingPids(nvmlVgpuInstance_t vgpuInstance, unsigned int *count, unsigned int *pids)
{
    quanta_nvml_pfn_nvmlVgpuInstanceGetAccountingPids real = (quanta_nvml_pfn_nvmlVgpuInstanceGetAccountingPids)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuInstanceGetAccountingPids);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuInstanceGetAccountingPids);
    }
    return real(vgpuInstance, count, pids);
}

QUANTA__WRAPPER nvmlReturn_t nvmlVgpuInstanceGetAccountingStats(nvmlVgpuInstance_t vgpuInstance, unsigned int pid, nvmlAccountingStats_t *stats)
{
    quanta_nvml_pfn_nvmlVgpuInstanceGetAccountingStats real = (quanta_nvml_pfn_nvmlVgpuInstanceGetAccountingStats)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuInstanceGetAccountingStats);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuInstanceGetAccountingStats);
    }
    return real(vgpuInstance, pid, stats);
}

QUANTA__WRAPPER nvmlReturn_t nvmlVgpuInstanceGetEccMode(nvmlVgpuInstance_t vgpuInstance, nvmlEnableState_t *eccMode)
{
    quanta_nvml_pfn_nvmlVgpuInstanceGetEccMode real = (quanta_nvml_pfn_nvmlVgpuInstanceGetEccMode)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuInstanceGetEccMode);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuInstanceGetEccMode);
    }
    return real(vgpuInstance, eccMode);
}

QUANTA__WRAPPER nvmlReturn_t nvmlVgpuInstanceGetEncoderCapacity(nvmlVgpuInstance_t vgpuInstance, unsigned int *encoderCapacity)
{
    quanta_nvml_pfn_nvmlVgpuInstanceGetEncoderCapacity real = (quanta_nvml_pfn_nvmlVgpuInstanceGetEncoderCapacity)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuInstanceGetEncoderCapacity);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuInstanceGetEncoderCapacity);
    }
    return real(vgpuInstance, encoderCapacity);
}

QUANTA__WRAPPER nvmlReturn_t nvmlVgpuInstanceGetEncoderSessions(nvmlVgpuInstance_t vgpuInstance, unsigned int *sessionCount, nvmlEncoderSessionInfo_t *sessionInfo)
{
    quanta_nvml_pfn_nvmlVgpuInstanceGetEncoderSessions real = (quanta_nvml_pfn_nvmlVgpuInstanceGetEncoderSessions)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuInstanceGetEncoderSessions);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuInstanceGetEncoderSessions);
    }
    return real(vgpuInstance, sessionCount, sessionInfo);
}

QUANTA__WRAPPER nvmlReturn_t nvmlVgpuInstanceGetEncoderStats(nvmlVgpuInstance_t vgpuInstance, unsigned int *sessionCount, unsigned int *averageFps, unsigned int *averageLatency)
{
    quanta_nvml_pfn_nvmlVgpuInstanceGetEncoderStats real = (quanta_nvml_pfn_nvmlVgpuInstanceGetEncoderStats)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuInstanceGetEncoderStats);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuInstanceGetEncoderStats);
    }
    return real(vgpuInstance, sessionCount, averageFps, averageLatency);
}

QUANTA__WRAPPER nvmlReturn_t nvmlVgpuInstanceGetFBCSessions(nvmlVgpuInstance_t vgpuInstance, unsigned int *sessionCount, nvmlFBCSessionInfo_t *sessionInfo)
{
    quanta_nvml_pfn_nvmlVgpuInstanceGetFBCSessions real = (quanta_nvml_pfn_nvmlVgpuInstanceGetFBCSessions)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuInstanceGetFBCSessions);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuInstanceGetFBCSessions);
    }
    return real(vgpuInstance, sessionCount, sessionInfo);
}

QUANTA__WRAPPER nvmlReturn_t nvmlVgpuInstanceGetFBCStats(nvmlVgpuInstance_t vgpuInstance, nvmlFBCStats_t *fbcStats)
{
    quanta_nvml_pfn_nvmlVgpuInstanceGetFBCStats real = (quanta_nvml_pfn_nvmlVgpuInstanceGetFBCStats)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuInstanceGetFBCStats);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuInstanceGetFBCStats);
    }
    return real(vgpuInstance, fbcStats);
}

QUANTA__WRAPPER nvmlReturn_t nvmlVgpuInstanceGetFbUsage(nvmlVgpuInstance_t vgpuInstance, unsigned long long *fbUsage)
{
    quanta_nvml_pfn_nvmlVgpuInstanceGetFbUsage real = (quanta_nvml_pfn_nvmlVgpuInstanceGetFbUsage)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuInstanceGetFbUsage);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuInstanceGetFbUsage);
    }
    return real(vgpuInstance, fbUsage);
}

QUANTA__WRAPPER nvmlReturn_t nvmlVgpuInstanceGetFrameRateLimit(nvmlVgpuInstance_t vgpuInstance, unsigned int *frameRateLimit)
{
    quanta_nvml_pfn_nvmlVgpuInstanceGetFrameRateLimit real = (quanta_nvml_pfn_nvmlVgpuInstanceGetFrameRateLimit)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuInstanceGetFrameRateLimit);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuInstanceGetFrameRateLimit);
    }
    return real(vgpuInstance, frameRateLimit);
}

QUANTA__WRAPPER nvmlReturn_t nvmlVgpuInstanceGetGpuInstanceId(nvmlVgpuInstance_t vgpuInstance, unsigned int *gpuInstanceId)
{
    quanta_nvml_pfn_nvmlVgpuInstanceGetGpuInstanceId real = (quanta_nvml_pfn_nvmlVgpuInstanceGetGpuInstanceId)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuInstanceGetGpuInstanceId);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuInstanceGetGpuInstanceId);
    }
    return real(vgpuInstance, gpuInstanceId);
}

QUANTA__WRAPPER nvmlReturn_t nvmlVgpuInstanceGetGpuPciId(nvmlVgpuInstance_t vgpuInstance, char *vgpuPciId, unsigned int *length)
{
    quanta_nvml_pfn_nvmlVgpuInstanceGetGpuPciId real = (quanta_nvml_pfn_nvmlVgpuInstanceGetGpuPciId)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuInstanceGetGpuPciId);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuInstanceGetGpuPciId);
    }
    return real(vgpuInstance, vgpuPciId, length);
}

QUANTA__WRAPPER nvmlReturn_t nvmlVgpuInstanceGetLicenseInfo(nvmlVgpuInstance_t vgpuInstance, nvmlVgpuLicenseInfo_t *licenseInfo)
{
    quanta_nvml_pfn_nvmlVgpuInstanceGetLicenseInfo real = (quanta_nvml_pfn_nvmlVgpuInstanceGetLicenseInfo)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuInstanceGetLicenseInfo);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuInstanceGetLicenseInfo);
    }
    return real(vgpuInstance, licenseInfo);
}

QUANTA__WRAPPER nvmlReturn_t nvmlVgpuInstanceGetLicenseInfo_v2(nvmlVgpuInstance_t vgpuInstance, nvmlVgpuLicenseInfo_t *licenseInfo)
{
    quanta_nvml_pfn_nvmlVgpuInstanceGetLicenseInfo_v2 real = (quanta_nvml_pfn_nvmlVgpuInstanceGetLicenseInfo_v2)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuInstanceGetLicenseInfo_v2);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuInstanceGetLicenseInfo_v2);
    }
    return real(vgpuInstance, licenseInfo);
}

QUANTA__WRAPPER nvmlReturn_t nvmlVgpuInstanceGetLicenseStatus(nvmlVgpuInstance_t vgpuInstance, unsigned int *licensed)
{
    quanta_nvml_pfn_nvmlVgpuInstanceGetLicenseStatus real = (quanta_nvml_pfn_nvmlVgpuInstanceGetLicenseStatus)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuInstanceGetLicenseStatus);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuInstanceGetLicenseStatus);
    }
    return real(vgpuInstance, licensed);
}

QUANTA__WRAPPER nvmlReturn_t nvmlVgpuInstanceGetMdevUUID(nvmlVgpuInstance_t vgpuInstance, char *mdevUuid, unsigned int size)
{
    quanta_nvml_pfn_nvmlVgpuInstanceGetMdevUUID real = (quanta_nvml_pfn_nvmlVgpuInstanceGetMdevUUID)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuInstanceGetMdevUUID);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuInstanceGetMdevUUID);
    }
    return real(vgpuInstance, mdevUuid, size);
}

QUANTA__WRAPPER nvmlReturn_t nvmlVgpuInstanceGetMetadata(nvmlVgpuInstance_t vgpuInstance, nvmlVgpuMetadata_t *vgpuMetadata, unsigned int *bufferSize)
{
    quanta_nvml_pfn_nvmlVgpuInstanceGetMetadata real = (quanta_nvml_pfn_nvmlVgpuInstanceGetMetadata)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuInstanceGetMetadata);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuInstanceGetMetadata);
    }
    return real(vgpuInstance, vgpuMetadata, bufferSize);
}

QUANTA__WRAPPER nvmlReturn_t nvmlVgpuInstanceGetPlacementId(nvmlVgpuInstance_t vgpuInstance, nvmlVgpuPlacementId_t *pPlacement)
{
    quanta_nvml_pfn_nvmlVgpuInstanceGetPlacementId real = (quanta_nvml_pfn_nvmlVgpuInstanceGetPlacementId)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuInstanceGetPlacementId);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuInstanceGetPlacementId);
    }
    return real(vgpuInstance, pPlacement);
}

QUANTA__WRAPPER nvmlReturn_t nvmlVgpuInstanceGetRuntimeStateSize(nvmlVgpuInstance_t vgpuInstance, nvmlVgpuRuntimeState_t *pState)
{
    quanta_nvml_pfn_nvmlVgpuInstanceGetRuntimeStateSize real = (quanta_nvml_pfn_nvmlVgpuInstanceGetRuntimeStateSize)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuInstanceGetRuntimeStateSize);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuInstanceGetRuntimeStateSize);
    }
    return real(vgpuInstance, pState);
}

QUANTA__WRAPPER nvmlReturn_t nvmlVgpuInstanceGetType(nvmlVgpuInstance_t vgpuInstance, nvmlVgpuTypeId_t *vgpuTypeId)
{
    quanta_nvml_pfn_nvmlVgpuInstanceGetType real = (quanta_nvml_pfn_nvmlVgpuInstanceGetType)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuInstanceGetType);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuInstanceGetType);
    }
    return real(vgpuInstance, vgpuTypeId);
}

QUANTA__WRAPPER nvmlReturn_t nvmlVgpuInstanceGetUUID(nvmlVgpuInstance_t vgpuInstance, char *uuid, unsigned int size)
{
    quanta_nvml_pfn_nvmlVgpuInstanceGetUUID real = (quanta_nvml_pfn_nvmlVgpuInstanceGetUUID)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuInstanceGetUUID);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuInstanceGetUUID);
    }
    return real(vgpuInstance, uuid, size);
}

QUANTA__WRAPPER nvmlReturn_t nvmlVgpuInstanceGetVmDriverVersion(nvmlVgpuInstance_t vgpuInstance, char *version, unsigned int length)
{
    quanta_nvml_pfn_nvmlVgpuInstanceGetVmDriverVersion real = (quanta_nvml_pfn_nvmlVgpuInstanceGetVmDriverVersion)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuInstanceGetVmDriverVersion);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuInstanceGetVmDriverVersion);
    }
    return real(vgpuInstance, version, length);
}

QUANTA__WRAPPER nvmlReturn_t nvmlVgpuInstanceGetVmID(nvmlVgpuInstance_t vgpuInstance, char *vmId, unsigned int size, nvmlVgpuVmIdType_t *vmIdType)
{
    quanta_nvml_pfn_nvmlVgpuInstanceGetVmID real = (quanta_nvml_pfn_nvmlVgpuInstanceGetVmID)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuInstanceGetVmID);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuInstanceGetVmID);
    }
    return real(vgpuInstance, vmId, size, vmIdType);
}

QUANTA__WRAPPER nvmlReturn_t nvmlVgpuInstanceSetEncoderCapacity(nvmlVgpuInstance_t vgpuInstance, unsigned int encoderCapacity)
{
    quanta_nvml_pfn_nvmlVgpuInstanceSetEncoderCapacity real = (quanta_nvml_pfn_nvmlVgpuInstanceSetEncoderCapacity)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuInstanceSetEncoderCapacity);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuInstanceSetEncoderCapacity);
    }
    return real(vgpuInstance, encoderCapacity);
}

QUANTA__WRAPPER nvmlReturn_t nvmlVgpuTypeGetBAR1Info(nvmlVgpuTypeId_t vgpuTypeId, nvmlVgpuTypeBar1Info_t *bar1Info)
{
    quanta_nvml_pfn_nvmlVgpuTypeGetBAR1Info real = (quanta_nvml_pfn_nvmlVgpuTypeGetBAR1Info)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuTypeGetBAR1Info);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuTypeGetBAR1Info);
    }
    return real(vgpuTypeId, bar1Info);
}

QUANTA__WRAPPER nvmlReturn_t nvmlVgpuTypeGetCapabilities(nvmlVgpuTypeId_t vgpuTypeId, nvmlVgpuCapability_t capability, unsigned int *capResult)
{
    quanta_nvml_pfn_nvmlVgpuTypeGetCapabilities real = (quanta_nvml_pfn_nvmlVgpuTypeGetCapabilities)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuTypeGetCapabilities);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuTypeGetCapabilities);
    }
    return real(vgpuTypeId, capability, capResult);
}

QUANTA__WRAPPER nvmlReturn_t nvmlVgpuTypeGetClass(nvmlVgpuTypeId_t vgpuTypeId, char *vgpuTypeClass, unsigned int *size)
{
    quanta_nvml_pfn_nvmlVgpuTypeGetClass real = (quanta_nvml_pfn_nvmlVgpuTypeGetClass)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuTypeGetClass);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuTypeGetClass);
    }
    return real(vgpuTypeId, vgpuTypeClass, size);
}

QUANTA__WRAPPER nvmlReturn_t nvmlVgpuTypeGetDeviceID(nvmlVgpuTypeId_t vgpuTypeId, unsigned long long *deviceID, unsigned long long *subsystemID)
{
    quanta_nvml_pfn_nvmlVgpuTypeGetDeviceID real = (quanta_nvml_pfn_nvmlVgpuTypeGetDeviceID)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuTypeGetDeviceID);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuTypeGetDeviceID);
    }
    return real(vgpuTypeId, deviceID, subsystemID);
}

QUANTA__WRAPPER nvmlReturn_t nvmlVgpuTypeGetFbReservation(nvmlVgpuTypeId_t vgpuTypeId, unsigned long long *fbReservation)
{
    quanta_nvml_pfn_nvmlVgpuTypeGetFbReservation real = (quanta_nvml_pfn_nvmlVgpuTypeGetFbReservation)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuTypeGetFbReservation);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuTypeGetFbReservation);
    }
    return real(vgpuTypeId, fbReservation);
}

QUANTA__WRAPPER nvmlReturn_t nvmlVgpuTypeGetFrameRateLimit(nvmlVgpuTypeId_t vgpuTypeId, unsigned int *frameRateLimit)
{
    quanta_nvml_pfn_nvmlVgpuTypeGetFrameRateLimit real = (quanta_nvml_pfn_nvmlVgpuTypeGetFrameRateLimit)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuTypeGetFrameRateLimit);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuTypeGetFrameRateLimit);
    }
    return real(vgpuTypeId, frameRateLimit);
}

QUANTA__WRAPPER nvmlReturn_t nvmlVgpuTypeGetFramebufferSize(nvmlVgpuTypeId_t vgpuTypeId, unsigned long long *fbSize)
{
    quanta_nvml_pfn_nvmlVgpuTypeGetFramebufferSize real = (quanta_nvml_pfn_nvmlVgpuTypeGetFramebufferSize)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuTypeGetFramebufferSize);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuTypeGetFramebufferSize);
    }
    return real(vgpuTypeId, fbSize);
}

QUANTA__WRAPPER nvmlReturn_t nvmlVgpuTypeGetGpuInstanceProfileId(nvmlVgpuTypeId_t vgpuTypeId, unsigned int *gpuInstanceProfileId)
{
    quanta_nvml_pfn_nvmlVgpuTypeGetGpuInstanceProfileId real = (quanta_nvml_pfn_nvmlVgpuTypeGetGpuInstanceProfileId)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuTypeGetGpuInstanceProfileId);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuTypeGetGpuInstanceProfileId);
    }
    return real(vgpuTypeId, gpuInstanceProfileId);
}

QUANTA__WRAPPER nvmlReturn_t nvmlVgpuTypeGetGspHeapSize(nvmlVgpuTypeId_t vgpuTypeId, unsigned long long *gspHeapSize)
{
    quanta_nvml_pfn_nvmlVgpuTypeGetGspHeapSize real = (quanta_nvml_pfn_nvmlVgpuTypeGetGspHeapSize)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuTypeGetGspHeapSize);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuTypeGetGspHeapSize);
    }
    return real(vgpuTypeId, gspHeapSize);
}

QUANTA__WRAPPER nvmlReturn_t nvmlVgpuTypeGetLicense(nvmlVgpuTypeId_t vgpuTypeId, char *vgpuTypeLicenseString, unsigned int size)
{
    quanta_nvml_pfn_nvmlVgpuTypeGetLicense real = (quanta_nvml_pfn_nvmlVgpuTypeGetLicense)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuTypeGetLicense);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuTypeGetLicense);
    }
    return real(vgpuTypeId, vgpuTypeLicenseString, size);
}

QUANTA__WRAPPER nvmlReturn_t nvmlVgpuTypeGetMaxInstances(nvmlDevice_t device, nvmlVgpuTypeId_t vgpuTypeId, unsigned int *vgpuInstanceCount)
{
    quanta_nvml_pfn_nvmlVgpuTypeGetMaxInstances real = (quanta_nvml_pfn_nvmlVgpuTypeGetMaxInstances)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuTypeGetMaxInstances);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuTypeGetMaxInstances);
    }
    return real(device, vgpuTypeId, vgpuInstanceCount);
}

QUANTA__WRAPPER nvmlReturn_t nvmlVgpuTypeGetMaxInstancesPerGpuInstance(nvmlVgpuTypeMaxInstance_t *pMaxInstance)
{
    quanta_nvml_pfn_nvmlVgpuTypeGetMaxInstancesPerGpuInstance real = (quanta_nvml_pfn_nvmlVgpuTypeGetMaxInstancesPerGpuInstance)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuTypeGetMaxInstancesPerGpuInstance);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuTypeGetMaxInstancesPerGpuInstance);
    }
    return real(pMaxInstance);
}

QUANTA__WRAPPER nvmlReturn_t nvmlVgpuTypeGetMaxInstancesPerVm(nvmlVgpuTypeId_t vgpuTypeId, unsigned int *vgpuInstanceCountPerVm)
{
    quanta_nvml_pfn_nvmlVgpuTypeGetMaxInstancesPerVm real = (quanta_nvml_pfn_nvmlVgpuTypeGetMaxInstancesPerVm)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuTypeGetMaxInstancesPerVm);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuTypeGetMaxInstancesPerVm);
    }
    return real(vgpuTypeId, vgpuInstanceCountPerVm);
}

QUANTA__WRAPPER nvmlReturn_t nvmlVgpuTypeGetName(nvmlVgpuTypeId_t vgpuTypeId, char *vgpuTypeName, unsigned int *size)
{
    quanta_nvml_pfn_nvmlVgpuTypeGetName real = (quanta_nvml_pfn_nvmlVgpuTypeGetName)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuTypeGetName);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuTypeGetName);
    }
    return real(vgpuTypeId, vgpuTypeName, size);
}

QUANTA__WRAPPER nvmlReturn_t nvmlVgpuTypeGetNumDisplayHeads(nvmlVgpuTypeId_t vgpuTypeId, unsigned int *numDisplayHeads)
{
    quanta_nvml_pfn_nvmlVgpuTypeGetNumDisplayHeads real = (quanta_nvml_pfn_nvmlVgpuTypeGetNumDisplayHeads)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuTypeGetNumDisplayHeads);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuTypeGetNumDisplayHeads);
    }
    return real(vgpuTypeId, numDisplayHeads);
}

QUANTA__WRAPPER nvmlReturn_t nvmlVgpuTypeGetResolution(nvmlVgpuTypeId_t vgpuTypeId, unsigned int displayIndex, unsigned int *xdim, unsigned int *ydim)
{
    quanta_nvml_pfn_nvmlVgpuTypeGetResolution real = (quanta_nvml_pfn_nvmlVgpuTypeGetResolution)quanta__enter(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuTypeGetResolution);
    if (__builtin_expect(real == NULL, 0)) {
        return (nvmlReturn_t)quanta__missing(&quanta__nvml_lib, QUANTA_NVML_nvmlVgpuTypeGetResolution);
    }
    return real(vgpuTypeId, displayIndex, xdim, ydim);
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
