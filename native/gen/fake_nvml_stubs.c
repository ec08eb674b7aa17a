/* Generated from api/nvml.json by tools/gen (npm run gen -- emit). Do not edit. */
/* fakecuda's default for every nvml symbol: a weak stub that forwards to the symbol's
 * canonical variant (the newest of the same entry point and parameter types) or, for
 * canonical symbols, answers "not supported". fakecuda's strong definitions of what it
 * simulates replace them; it defines canonical symbols only. */
#include "quanta_nvml_api.h"
#include "fake_stub.h"

FAKE__STUB nvmlReturn_t nvmlComputeInstanceDestroy(nvmlComputeInstance_t computeInstance)
{
    (void)computeInstance;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlComputeInstanceDestroy);
}

FAKE__STUB nvmlReturn_t nvmlComputeInstanceGetInfo(nvmlComputeInstance_t computeInstance, nvmlComputeInstanceInfo_t *info)
{
    return nvmlComputeInstanceGetInfo_v2(computeInstance, info);
}

FAKE__STUB nvmlReturn_t nvmlComputeInstanceGetInfo_v2(nvmlComputeInstance_t computeInstance, nvmlComputeInstanceInfo_t *info)
{
    (void)computeInstance;
    (void)info;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlComputeInstanceGetInfo_v2);
}

FAKE__STUB nvmlReturn_t nvmlDeviceClearAccountingPids(nvmlDevice_t device)
{
    (void)device;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceClearAccountingPids);
}

FAKE__STUB nvmlReturn_t nvmlDeviceClearCpuAffinity(nvmlDevice_t device)
{
    (void)device;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceClearCpuAffinity);
}

FAKE__STUB nvmlReturn_t nvmlDeviceClearEccErrorCounts(nvmlDevice_t device, nvmlEccCounterType_t counterType)
{
    (void)device;
    (void)counterType;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceClearEccErrorCounts);
}

FAKE__STUB nvmlReturn_t nvmlDeviceClearFieldValues(nvmlDevice_t device, int valuesCount, nvmlFieldValue_t *values)
{
    (void)device;
    (void)valuesCount;
    (void)values;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceClearFieldValues);
}

FAKE__STUB nvmlReturn_t nvmlDeviceCreateGpuInstance(nvmlDevice_t device, unsigned int profileId, nvmlGpuInstance_t *gpuInstance)
{
    (void)device;
    (void)profileId;
    (void)gpuInstance;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceCreateGpuInstance);
}

FAKE__STUB nvmlReturn_t nvmlDeviceCreateGpuInstanceWithPlacement(nvmlDevice_t device, unsigned int profileId, const nvmlGpuInstancePlacement_t *placement, nvmlGpuInstance_t *gpuInstance)
{
    (void)device;
    (void)profileId;
    (void)placement;
    (void)gpuInstance;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceCreateGpuInstanceWithPlacement);
}

FAKE__STUB nvmlReturn_t nvmlDeviceDiscoverGpus(nvmlPciInfo_t *pciInfo)
{
    (void)pciInfo;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceDiscoverGpus);
}

FAKE__STUB nvmlReturn_t nvmlDeviceFreezeNvLinkUtilizationCounter(nvmlDevice_t device, unsigned int link, unsigned int counter, nvmlEnableState_t freeze)
{
    (void)device;
    (void)link;
    (void)counter;
    (void)freeze;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceFreezeNvLinkUtilizationCounter);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetAPIRestriction(nvmlDevice_t device, nvmlRestrictedAPI_t apiType, nvmlEnableState_t *isRestricted)
{
    (void)device;
    (void)apiType;
    (void)isRestricted;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetAPIRestriction);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetAccountingBufferSize(nvmlDevice_t device, unsigned int *bufferSize)
{
    (void)device;
    (void)bufferSize;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetAccountingBufferSize);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetAccountingMode(nvmlDevice_t device, nvmlEnableState_t *mode)
{
    (void)device;
    (void)mode;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetAccountingMode);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetAccountingPids(nvmlDevice_t device, unsigned int *count, unsigned int *pids)
{
    (void)device;
    (void)count;
    (void)pids;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetAccountingPids);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetAccountingStats(nvmlDevice_t device, unsigned int pid, nvmlAccountingStats_t *stats)
{
    (void)device;
    (void)pid;
    (void)stats;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetAccountingStats);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetActiveVgpus(nvmlDevice_t device, unsigned int *vgpuCount, nvmlVgpuInstance_t *vgpuInstances)
{
    (void)device;
    (void)vgpuCount;
    (void)vgpuInstances;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetActiveVgpus);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetAdaptiveClockInfoStatus(nvmlDevice_t device, unsigned int *adaptiveClockStatus)
{
    (void)device;
    (void)adaptiveClockStatus;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetAdaptiveClockInfoStatus);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetAddressingMode(nvmlDevice_t device, nvmlDeviceAddressingMode_t *mode)
{
    (void)device;
    (void)mode;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetAddressingMode);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetApplicationsClock(nvmlDevice_t device, nvmlClockType_t clockType, unsigned int *clockMHz)
{
    (void)device;
    (void)clockType;
    (void)clockMHz;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetApplicationsClock);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetArchitecture(nvmlDevice_t device, nvmlDeviceArchitecture_t *arch)
{
    (void)device;
    (void)arch;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetArchitecture);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetAttributes(nvmlDevice_t device, nvmlDeviceAttributes_t *attributes)
{
    return nvmlDeviceGetAttributes_v2(device, attributes);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetAttributes_v2(nvmlDevice_t device, nvmlDeviceAttributes_t *attributes)
{
    (void)device;
    (void)attributes;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetAttributes_v2);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetAutoBoostedClocksEnabled(nvmlDevice_t device, nvmlEnableState_t *isEnabled, nvmlEnableState_t *defaultIsEnabled)
{
    (void)device;
    (void)isEnabled;
    (void)defaultIsEnabled;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetAutoBoostedClocksEnabled);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetBAR1MemoryInfo(nvmlDevice_t device, nvmlBAR1Memory_t *bar1Memory)
{
    (void)device;
    (void)bar1Memory;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetBAR1MemoryInfo);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetBoardId(nvmlDevice_t device, unsigned int *boardId)
{
    (void)device;
    (void)boardId;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetBoardId);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetBoardPartNumber(nvmlDevice_t device, char *partNumber, unsigned int length)
{
    (void)device;
    (void)partNumber;
    (void)length;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetBoardPartNumber);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetBrand(nvmlDevice_t device, nvmlBrandType_t *type)
{
    (void)device;
    (void)type;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetBrand);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetBridgeChipInfo(nvmlDevice_t device, nvmlBridgeChipHierarchy_t *bridgeHierarchy)
{
    (void)device;
    (void)bridgeHierarchy;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetBridgeChipInfo);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetBusType(nvmlDevice_t device, nvmlBusType_t *type)
{
    (void)device;
    (void)type;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetBusType);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetC2cModeInfoV(nvmlDevice_t device, nvmlC2cModeInfo_v1_t *c2cModeInfo)
{
    (void)device;
    (void)c2cModeInfo;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetC2cModeInfoV);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetCapabilities(nvmlDevice_t device, nvmlDeviceCapabilities_t *caps)
{
    (void)device;
    (void)caps;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetCapabilities);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetClkMonStatus(nvmlDevice_t device, nvmlClkMonStatus_t *status)
{
    (void)device;
    (void)status;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetClkMonStatus);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetClock(nvmlDevice_t device, nvmlClockType_t clockType, nvmlClockId_t clockId, unsigned int *clockMHz)
{
    (void)device;
    (void)clockType;
    (void)clockId;
    (void)clockMHz;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetClock);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetClockInfo(nvmlDevice_t device, nvmlClockType_t type, unsigned int *clock)
{
    (void)device;
    (void)type;
    (void)clock;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetClockInfo);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetClockOffsets(nvmlDevice_t device, nvmlClockOffset_t *info)
{
    (void)device;
    (void)info;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetClockOffsets);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetComputeInstanceId(nvmlDevice_t device, unsigned int *id)
{
    (void)device;
    (void)id;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetComputeInstanceId);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetComputeMode(nvmlDevice_t device, nvmlComputeMode_t *mode)
{
    (void)device;
    (void)mode;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetComputeMode);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetComputeRunningProcesses(nvmlDevice_t device, unsigned int *infoCount, nvmlProcessInfo_v1_t *infos)
{
    (void)device;
    (void)infoCount;
    (void)infos;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetComputeRunningProcesses);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetComputeRunningProcesses_v2(nvmlDevice_t device, unsigned int *infoCount, nvmlProcessInfo_v2_t *infos)
{
    (void)device;
    (void)infoCount;
    (void)infos;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetComputeRunningProcesses_v2);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetComputeRunningProcesses_v3(nvmlDevice_t device, unsigned int *infoCount, nvmlProcessInfo_t *infos)
{
    (void)device;
    (void)infoCount;
    (void)infos;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetComputeRunningProcesses_v3);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetConfComputeGpuAttestationReport(nvmlDevice_t device, nvmlConfComputeGpuAttestationReport_t *gpuAtstReport)
{
    (void)device;
    (void)gpuAtstReport;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetConfComputeGpuAttestationReport);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetConfComputeGpuCertificate(nvmlDevice_t device, nvmlConfComputeGpuCertificate_t *gpuCert)
{
    (void)device;
    (void)gpuCert;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetConfComputeGpuCertificate);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetConfComputeMemSizeInfo(nvmlDevice_t device, nvmlConfComputeMemSizeInfo_t *memInfo)
{
    (void)device;
    (void)memInfo;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetConfComputeMemSizeInfo);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetConfComputeProtectedMemoryUsage(nvmlDevice_t device, nvmlMemory_t *memory)
{
    (void)device;
    (void)memory;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetConfComputeProtectedMemoryUsage);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetCoolerInfo(nvmlDevice_t device, nvmlCoolerInfo_t *coolerInfo)
{
    (void)device;
    (void)coolerInfo;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetCoolerInfo);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetCount(unsigned int *deviceCount)
{
    return nvmlDeviceGetCount_v2(deviceCount);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetCount_v2(unsigned int *deviceCount)
{
    (void)deviceCount;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetCount_v2);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetCpuAffinity(nvmlDevice_t device, unsigned int cpuSetSize, unsigned long *cpuSet)
{
    (void)device;
    (void)cpuSetSize;
    (void)cpuSet;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetCpuAffinity);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetCpuAffinityWithinScope(nvmlDevice_t device, unsigned int cpuSetSize, unsigned long *cpuSet, nvmlAffinityScope_t scope)
{
    (void)device;
    (void)cpuSetSize;
    (void)cpuSet;
    (void)scope;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetCpuAffinityWithinScope);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetCreatableVgpus(nvmlDevice_t device, unsigned int *vgpuCount, nvmlVgpuTypeId_t *vgpuTypeIds)
{
    (void)device;
    (void)vgpuCount;
    (void)vgpuTypeIds;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetCreatableVgpus);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetCudaComputeCapability(nvmlDevice_t device, int *major, int *minor)
{
    (void)device;
    (void)major;
    (void)minor;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetCudaComputeCapability);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetCurrPcieLinkGeneration(nvmlDevice_t device, unsigned int *currLinkGen)
{
    (void)device;
    (void)currLinkGen;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetCurrPcieLinkGeneration);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetCurrPcieLinkWidth(nvmlDevice_t device, unsigned int *currLinkWidth)
{
    (void)device;
    (void)currLinkWidth;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetCurrPcieLinkWidth);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetCurrentClockFreqs(nvmlDevice_t device, nvmlDeviceCurrentClockFreqs_t *currentClockFreqs)
{
    (void)device;
    (void)currentClockFreqs;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetCurrentClockFreqs);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetCurrentClocksEventReasons(nvmlDevice_t device, unsigned long long *clocksEventReasons)
{
    (void)device;
    (void)clocksEventReasons;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetCurrentClocksEventReasons);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetCurrentClocksThrottleReasons(nvmlDevice_t device, unsigned long long *clocksThrottleReasons)
{
    (void)device;
    (void)clocksThrottleReasons;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetCurrentClocksThrottleReasons);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetDecoderUtilization(nvmlDevice_t device, unsigned int *utilization, unsigned int *samplingPeriodUs)
{
    (void)device;
    (void)utilization;
    (void)samplingPeriodUs;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetDecoderUtilization);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetDefaultApplicationsClock(nvmlDevice_t device, nvmlClockType_t clockType, unsigned int *clockMHz)
{
    (void)device;
    (void)clockType;
    (void)clockMHz;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetDefaultApplicationsClock);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetDefaultEccMode(nvmlDevice_t device, nvmlEnableState_t *defaultMode)
{
    (void)device;
    (void)defaultMode;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetDefaultEccMode);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetDetailedEccErrors(nvmlDevice_t device, nvmlMemoryErrorType_t errorType, nvmlEccCounterType_t counterType, nvmlEccErrorCounts_t *eccCounts)
{
    (void)device;
    (void)errorType;
    (void)counterType;
    (void)eccCounts;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetDetailedEccErrors);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetDeviceHandleFromMigDeviceHandle(nvmlDevice_t migDevice, nvmlDevice_t *device)
{
    (void)migDevice;
    (void)device;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetDeviceHandleFromMigDeviceHandle);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetDisplayActive(nvmlDevice_t device, nvmlEnableState_t *isActive)
{
    (void)device;
    (void)isActive;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetDisplayActive);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetDisplayMode(nvmlDevice_t device, nvmlEnableState_t *display)
{
    (void)device;
    (void)display;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetDisplayMode);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetDramEncryptionMode(nvmlDevice_t device, nvmlDramEncryptionInfo_t *current, nvmlDramEncryptionInfo_t *pending)
{
    (void)device;
    (void)current;
    (void)pending;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetDramEncryptionMode);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetDriverModel(nvmlDevice_t device, nvmlDriverModel_t *current, nvmlDriverModel_t *pending)
{
    return nvmlDeviceGetDriverModel_v2(device, current, pending);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetDriverModel_v2(nvmlDevice_t device, nvmlDriverModel_t *current, nvmlDriverModel_t *pending)
{
    (void)device;
    (void)current;
    (void)pending;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetDriverModel_v2);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetDynamicPstatesInfo(nvmlDevice_t device, nvmlGpuDynamicPstatesInfo_t *pDynamicPstatesInfo)
{
    (void)device;
    (void)pDynamicPstatesInfo;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetDynamicPstatesInfo);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetEccMode(nvmlDevice_t device, nvmlEnableState_t *current, nvmlEnableState_t *pending)
{
    (void)device;
    (void)current;
    (void)pending;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetEccMode);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetEncoderCapacity(nvmlDevice_t device, nvmlEncoderType_t encoderQueryType, unsigned int *encoderCapacity)
{
    (void)device;
    (void)encoderQueryType;
    (void)encoderCapacity;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetEncoderCapacity);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetEncoderSessions(nvmlDevice_t device, unsigned int *sessionCount, nvmlEncoderSessionInfo_t *sessionInfos)
{
    (void)device;
    (void)sessionCount;
    (void)sessionInfos;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetEncoderSessions);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetEncoderStats(nvmlDevice_t device, unsigned int *sessionCount, unsigned int *averageFps, unsigned int *averageLatency)
{
    (void)device;
    (void)sessionCount;
    (void)averageFps;
    (void)averageLatency;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetEncoderStats);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetEncoderUtilization(nvmlDevice_t device, unsigned int *utilization, unsigned int *samplingPeriodUs)
{
    (void)device;
    (void)utilization;
    (void)samplingPeriodUs;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetEncoderUtilization);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetEnforcedPowerLimit(nvmlDevice_t device, unsigned int *limit)
{
    (void)device;
    (void)limit;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetEnforcedPowerLimit);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetFBCSessions(nvmlDevice_t device, unsigned int *sessionCount, nvmlFBCSessionInfo_t *sessionInfo)
{
    (void)device;
    (void)sessionCount;
    (void)sessionInfo;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetFBCSessions);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetFBCStats(nvmlDevice_t device, nvmlFBCStats_t *fbcStats)
{
    (void)device;
    (void)fbcStats;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetFBCStats);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetFanControlPolicy_v2(nvmlDevice_t device, unsigned int fan, nvmlFanControlPolicy_t *policy)
{
    (void)device;
    (void)fan;
    (void)policy;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetFanControlPolicy_v2);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetFanSpeed(nvmlDevice_t device, unsigned int *speed)
{
    (void)device;
    (void)speed;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetFanSpeed);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetFanSpeed_v2(nvmlDevice_t device, unsigned int fan, unsigned int *speed)
{
    (void)device;
    (void)fan;
    (void)speed;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetFanSpeed_v2);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetFanSpeedRPM(nvmlDevice_t device, nvmlFanSpeedInfo_t *fanSpeed)
{
    (void)device;
    (void)fanSpeed;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetFanSpeedRPM);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetFieldValues(nvmlDevice_t device, int valuesCount, nvmlFieldValue_t *values)
{
    (void)device;
    (void)valuesCount;
    (void)values;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetFieldValues);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetGpcClkMinMaxVfOffset(nvmlDevice_t device, int *minOffset, int *maxOffset)
{
    (void)device;
    (void)minOffset;
    (void)maxOffset;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetGpcClkMinMaxVfOffset);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetGpcClkVfOffset(nvmlDevice_t device, int *offset)
{
    (void)device;
    (void)offset;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetGpcClkVfOffset);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetGpuFabricInfo(nvmlDevice_t device, nvmlGpuFabricInfo_t *gpuFabricInfo)
{
    (void)device;
    (void)gpuFabricInfo;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetGpuFabricInfo);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetGpuFabricInfoV(nvmlDevice_t device, nvmlGpuFabricInfoV_t *gpuFabricInfo)
{
    (void)device;
    (void)gpuFabricInfo;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetGpuFabricInfoV);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetGpuInstanceById(nvmlDevice_t device, unsigned int id, nvmlGpuInstance_t *gpuInstance)
{
    (void)device;
    (void)id;
    (void)gpuInstance;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetGpuInstanceById);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetGpuInstanceId(nvmlDevice_t device, unsigned int *id)
{
    (void)device;
    (void)id;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetGpuInstanceId);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetGpuInstancePossiblePlacements(nvmlDevice_t device, unsigned int profileId, nvmlGpuInstancePlacement_t *placements, unsigned int *count)
{
    return nvmlDeviceGetGpuInstancePossiblePlacements_v2(device, profileId, placements, count);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetGpuInstancePossiblePlacements_v2(nvmlDevice_t device, unsigned int profileId, nvmlGpuInstancePlacement_t *placements, unsigned int *count)
{
    (void)device;
    (void)profileId;
    (void)placements;
    (void)count;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetGpuInstancePossiblePlacements_v2);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetGpuInstanceProfileInfo(nvmlDevice_t device, unsigned int profile, nvmlGpuInstanceProfileInfo_t *info)
{
    (void)device;
    (void)profile;
    (void)info;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetGpuInstanceProfileInfo);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetGpuInstanceProfileInfoByIdV(nvmlDevice_t device, unsigned int profileId, nvmlGpuInstanceProfileInfo_v2_t *info)
{
    (void)device;
    (void)profileId;
    (void)info;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetGpuInstanceProfileInfoByIdV);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetGpuInstanceProfileInfoV(nvmlDevice_t device, unsigned int profile, nvmlGpuInstanceProfileInfo_v2_t *info)
{
    (void)device;
    (void)profile;
    (void)info;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetGpuInstanceProfileInfoV);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetGpuInstanceRemainingCapacity(nvmlDevice_t device, unsigned int profileId, unsigned int *count)
{
    (void)device;
    (void)profileId;
    (void)count;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetGpuInstanceRemainingCapacity);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetGpuInstances(nvmlDevice_t device, unsigned int profileId, nvmlGpuInstance_t *gpuInstances, unsigned int *count)
{
    (void)device;
    (void)profileId;
    (void)gpuInstances;
    (void)count;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetGpuInstances);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetGpuMaxPcieLinkGeneration(nvmlDevice_t device, unsigned int *maxLinkGenDevice)
{
    (void)device;
    (void)maxLinkGenDevice;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetGpuMaxPcieLinkGeneration);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetGpuOperationMode(nvmlDevice_t device, nvmlGpuOperationMode_t *current, nvmlGpuOperationMode_t *pending)
{
    (void)device;
    (void)current;
    (void)pending;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetGpuOperationMode);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetGraphicsRunningProcesses(nvmlDevice_t device, unsigned int *infoCount, nvmlProcessInfo_v1_t *infos)
{
    (void)device;
    (void)infoCount;
    (void)infos;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetGraphicsRunningProcesses);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetGraphicsRunningProcesses_v2(nvmlDevice_t device, unsigned int *infoCount, nvmlProcessInfo_v2_t *infos)
{
    (void)device;
    (void)infoCount;
    (void)infos;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetGraphicsRunningProcesses_v2);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetGraphicsRunningProcesses_v3(nvmlDevice_t device, unsigned int *infoCount, nvmlProcessInfo_t *infos)
{
    (void)device;
    (void)infoCount;
    (void)infos;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetGraphicsRunningProcesses_v3);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetGridLicensableFeatures(nvmlDevice_t device, nvmlGridLicensableFeatures_t *pGridLicensableFeatures)
{
    return nvmlDeviceGetGridLicensableFeatures_v4(device, pGridLicensableFeatures);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetGridLicensableFeatures_v2(nvmlDevice_t device, nvmlGridLicensableFeatures_t *pGridLicensableFeatures)
{
    return nvmlDeviceGetGridLicensableFeatures_v4(device, pGridLicensableFeatures);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetGridLicensableFeatures_v3(nvmlDevice_t device, nvmlGridLicensableFeatures_t *pGridLicensableFeatures)
{
    return nvmlDeviceGetGridLicensableFeatures_v4(device, pGridLicensableFeatures);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetGridLicensableFeatures_v4(nvmlDevice_t device, nvmlGridLicensableFeatures_t *pGridLicensableFeatures)
{
    (void)device;
    (void)pGridLicensableFeatures;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetGridLicensableFeatures_v4);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetGspFirmwareMode(nvmlDevice_t device, unsigned int *isEnabled, unsigned int *defaultMode)
{
    (void)device;
    (void)isEnabled;
    (void)defaultMode;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetGspFirmwareMode);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetGspFirmwareVersion(nvmlDevice_t device, char *version)
{
    (void)device;
    (void)version;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetGspFirmwareVersion);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetHandleByIndex(unsigned int index, nvmlDevice_t *device)
{
    return nvmlDeviceGetHandleByIndex_v2(index, device);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetHandleByIndex_v2(unsigned int index, nvmlDevice_t *device)
{
    (void)index;
    (void)device;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetHandleByIndex_v2);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetHandleByPciBusId(const char *pciBusId, nvmlDevice_t *device)
{
    return nvmlDeviceGetHandleByPciBusId_v2(pciBusId, device);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetHandleByPciBusId_v2(const char *pciBusId, nvmlDevice_t *device)
{
    (void)pciBusId;
    (void)device;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetHandleByPciBusId_v2);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetHandleBySerial(const char *serial, nvmlDevice_t *device)
{
    (void)serial;
    (void)device;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetHandleBySerial);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetHandleByUUID(const char *uuid, nvmlDevice_t *device)
{
    (void)uuid;
    (void)device;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetHandleByUUID);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetHandleByUUIDV(const nvmlUUID_t *uuid, nvmlDevice_t *device)
{
    (void)uuid;
    (void)device;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetHandleByUUIDV);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetHostVgpuMode(nvmlDevice_t device, nvmlHostVgpuMode_t *pHostVgpuMode)
{
    (void)device;
    (void)pHostVgpuMode;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetHostVgpuMode);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetHostname_v1(nvmlDevice_t device, nvmlHostname_v1_t *hostname)
{
    (void)device;
    (void)hostname;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetHostname_v1);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetIndex(nvmlDevice_t device, unsigned int *index)
{
    (void)device;
    (void)index;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetIndex);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetInforomConfigurationChecksum(nvmlDevice_t device, unsigned int *checksum)
{
    (void)device;
    (void)checksum;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetInforomConfigurationChecksum);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetInforomImageVersion(nvmlDevice_t device, char *version, unsigned int length)
{
    (void)device;
    (void)version;
    (void)length;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetInforomImageVersion);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetInforomVersion(nvmlDevice_t device, nvmlInforomObject_t object, char *version, unsigned int length)
{
    (void)device;
    (void)object;
    (void)version;
    (void)length;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetInforomVersion);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetIrqNum(nvmlDevice_t device, unsigned int *irqNum)
{
    (void)device;
    (void)irqNum;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetIrqNum);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetJpgUtilization(nvmlDevice_t device, unsigned int *utilization, unsigned int *samplingPeriodUs)
{
    (void)device;
    (void)utilization;
    (void)samplingPeriodUs;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetJpgUtilization);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetLastBBXFlushTime(nvmlDevice_t device, unsigned long long *timestamp, unsigned long *durationUs)
{
    (void)device;
    (void)timestamp;
    (void)durationUs;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetLastBBXFlushTime);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetMPSComputeRunningProcesses(nvmlDevice_t device, unsigned int *infoCount, nvmlProcessInfo_v1_t *infos)
{
    (void)device;
    (void)infoCount;
    (void)infos;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetMPSComputeRunningProcesses);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetMPSComputeRunningProcesses_v2(nvmlDevice_t device, unsigned int *infoCount, nvmlProcessInfo_v2_t *infos)
{
    (void)device;
    (void)infoCount;
    (void)infos;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetMPSComputeRunningProcesses_v2);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetMPSComputeRunningProcesses_v3(nvmlDevice_t device, unsigned int *infoCount, nvmlProcessInfo_t *infos)
{
    (void)device;
    (void)infoCount;
    (void)infos;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetMPSComputeRunningProcesses_v3);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetMarginTemperature(nvmlDevice_t device, nvmlMarginTemperature_t *marginTempInfo)
{
    (void)device;
    (void)marginTempInfo;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetMarginTemperature);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetMaxClockInfo(nvmlDevice_t device, nvmlClockType_t type, unsigned int *clock)
{
    (void)device;
    (void)type;
    (void)clock;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetMaxClockInfo);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetMaxCustomerBoostClock(nvmlDevice_t device, nvmlClockType_t clockType, unsigned int *clockMHz)
{
    (void)device;
    (void)clockType;
    (void)clockMHz;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetMaxCustomerBoostClock);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetMaxMigDeviceCount(nvmlDevice_t device, unsigned int *count)
{
    (void)device;
    (void)count;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetMaxMigDeviceCount);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetMaxPcieLinkGeneration(nvmlDevice_t device, unsigned int *maxLinkGen)
{
    (void)device;
    (void)maxLinkGen;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetMaxPcieLinkGeneration);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetMaxPcieLinkWidth(nvmlDevice_t device, unsigned int *maxLinkWidth)
{
    (void)device;
    (void)maxLinkWidth;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetMaxPcieLinkWidth);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetMemClkMinMaxVfOffset(nvmlDevice_t device, int *minOffset, int *maxOffset)
{
    (void)device;
    (void)minOffset;
    (void)maxOffset;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetMemClkMinMaxVfOffset);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetMemClkVfOffset(nvmlDevice_t device, int *offset)
{
    (void)device;
    (void)offset;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetMemClkVfOffset);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetMemoryAffinity(nvmlDevice_t device, unsigned int nodeSetSize, unsigned long *nodeSet, nvmlAffinityScope_t scope)
{
    (void)device;
    (void)nodeSetSize;
    (void)nodeSet;
    (void)scope;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetMemoryAffinity);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetMemoryBusWidth(nvmlDevice_t device, unsigned int *busWidth)
{
    (void)device;
    (void)busWidth;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetMemoryBusWidth);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetMemoryErrorCounter(nvmlDevice_t device, nvmlMemoryErrorType_t errorType, nvmlEccCounterType_t counterType, nvmlMemoryLocation_t locationType, unsigned long long *count)
{
    (void)device;
    (void)errorType;
    (void)counterType;
    (void)locationType;
    (void)count;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetMemoryErrorCounter);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetMemoryInfo(nvmlDevice_t device, nvmlMemory_t *memory)
{
    (void)device;
    (void)memory;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetMemoryInfo);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetMemoryInfo_v2(nvmlDevice_t device, nvmlMemory_v2_t *memory)
{
    (void)device;
    (void)memory;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetMemoryInfo_v2);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetMigDeviceHandleByIndex(nvmlDevice_t device, unsigned int index, nvmlDevice_t *migDevice)
{
    (void)device;
    (void)index;
    (void)migDevice;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetMigDeviceHandleByIndex);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetMigMode(nvmlDevice_t device, unsigned int *currentMode, unsigned int *pendingMode)
{
    (void)device;
    (void)currentMode;
    (void)pendingMode;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetMigMode);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetMinMaxClockOfPState(nvmlDevice_t device, nvmlClockType_t type, nvmlPstates_t pstate, unsigned int *minClockMHz, unsigned int *maxClockMHz)
{
    (void)device;
    (void)type;
    (void)pstate;
    (void)minClockMHz;
    (void)maxClockMHz;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetMinMaxClockOfPState);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetMinMaxFanSpeed(nvmlDevice_t device, unsigned int *minSpeed, unsigned int *maxSpeed)
{
    (void)device;
    (void)minSpeed;
    (void)maxSpeed;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetMinMaxFanSpeed);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetMinorNumber(nvmlDevice_t device, unsigned int *minorNumber)
{
    (void)device;
    (void)minorNumber;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetMinorNumber);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetModuleId(nvmlDevice_t device, unsigned int *moduleId)
{
    (void)device;
    (void)moduleId;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetModuleId);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetMultiGpuBoard(nvmlDevice_t device, unsigned int *multiGpuBool)
{
    (void)device;
    (void)multiGpuBool;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetMultiGpuBoard);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetName(nvmlDevice_t device, char *name, unsigned int length)
{
    (void)device;
    (void)name;
    (void)length;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetName);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetNumFans(nvmlDevice_t device, unsigned int *numFans)
{
    (void)device;
    (void)numFans;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetNumFans);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetNumGpuCores(nvmlDevice_t device, unsigned int *numCores)
{
    (void)device;
    (void)numCores;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetNumGpuCores);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetNumaNodeId(nvmlDevice_t device, unsigned int *node)
{
    (void)device;
    (void)node;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetNumaNodeId);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetNvLinkCapability(nvmlDevice_t device, unsigned int link, nvmlNvLinkCapability_t capability, unsigned int *capResult)
{
    (void)device;
    (void)link;
    (void)capability;
    (void)capResult;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetNvLinkCapability);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetNvLinkErrorCounter(nvmlDevice_t device, unsigned int link, nvmlNvLinkErrorCounter_t counter, unsigned long long *counterValue)
{
    (void)device;
    (void)link;
    (void)counter;
    (void)counterValue;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetNvLinkErrorCounter);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetNvLinkInfo(nvmlDevice_t device, nvmlNvLinkInfo_t *info)
{
    (void)device;
    (void)info;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetNvLinkInfo);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetNvLinkRemoteDeviceType(nvmlDevice_t device, unsigned int link, nvmlIntNvLinkDeviceType_t *pNvLinkDeviceType)
{
    (void)device;
    (void)link;
    (void)pNvLinkDeviceType;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetNvLinkRemoteDeviceType);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetNvLinkRemotePciInfo(nvmlDevice_t device, unsigned int link, nvmlPciInfo_t *pci)
{
    return nvmlDeviceGetNvLinkRemotePciInfo_v2(device, link, pci);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetNvLinkRemotePciInfo_v2(nvmlDevice_t device, unsigned int link, nvmlPciInfo_t *pci)
{
    (void)device;
    (void)link;
    (void)pci;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetNvLinkRemotePciInfo_v2);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetNvLinkState(nvmlDevice_t device, unsigned int link, nvmlEnableState_t *isActive)
{
    (void)device;
    (void)link;
    (void)isActive;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetNvLinkState);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetNvLinkUtilizationControl(nvmlDevice_t device, unsigned int link, unsigned int counter, nvmlNvLinkUtilizationControl_t *control)
{
    (void)device;
    (void)link;
    (void)counter;
    (void)control;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetNvLinkUtilizationControl);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetNvLinkUtilizationCounter(nvmlDevice_t device, unsigned int link, unsigned int counter, unsigned long long *rxcounter, unsigned long long *txcounter)
{
    (void)device;
    (void)link;
    (void)counter;
    (void)rxcounter;
    (void)txcounter;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetNvLinkUtilizationCounter);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetNvLinkVersion(nvmlDevice_t device, unsigned int link, unsigned int *version)
{
    (void)device;
    (void)link;
    (void)version;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetNvLinkVersion);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetNvlinkBwMode(nvmlDevice_t device, nvmlNvlinkGetBwMode_t *getBwMode)
{
    (void)device;
    (void)getBwMode;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetNvlinkBwMode);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetNvlinkSupportedBwModes(nvmlDevice_t device, nvmlNvlinkSupportedBwModes_t *supportedBwMode)
{
    (void)device;
    (void)supportedBwMode;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetNvlinkSupportedBwModes);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetOfaUtilization(nvmlDevice_t device, unsigned int *utilization, unsigned int *samplingPeriodUs)
{
    (void)device;
    (void)utilization;
    (void)samplingPeriodUs;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetOfaUtilization);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetP2PStatus(nvmlDevice_t device1, nvmlDevice_t device2, nvmlGpuP2PCapsIndex_t p2pIndex, nvmlGpuP2PStatus_t *p2pStatus)
{
    (void)device1;
    (void)device2;
    (void)p2pIndex;
    (void)p2pStatus;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetP2PStatus);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetPciInfo(nvmlDevice_t device, nvmlPciInfo_t *pci)
{
    return nvmlDeviceGetPciInfo_v3(device, pci);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetPciInfo_v2(nvmlDevice_t device, nvmlPciInfo_t *pci)
{
    return nvmlDeviceGetPciInfo_v3(device, pci);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetPciInfo_v3(nvmlDevice_t device, nvmlPciInfo_t *pci)
{
    (void)device;
    (void)pci;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetPciInfo_v3);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetPciInfoExt(nvmlDevice_t device, nvmlPciInfoExt_t *pci)
{
    (void)device;
    (void)pci;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetPciInfoExt);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetPcieLinkMaxSpeed(nvmlDevice_t device, unsigned int *maxSpeed)
{
    (void)device;
    (void)maxSpeed;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetPcieLinkMaxSpeed);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetPcieReplayCounter(nvmlDevice_t device, unsigned int *value)
{
    (void)device;
    (void)value;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetPcieReplayCounter);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetPcieSpeed(nvmlDevice_t device, unsigned int *pcieSpeed)
{
    (void)device;
    (void)pcieSpeed;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetPcieSpeed);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetPcieThroughput(nvmlDevice_t device, nvmlPcieUtilCounter_t counter, unsigned int *value)
{
    (void)device;
    (void)counter;
    (void)value;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetPcieThroughput);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetPdi(nvmlDevice_t device, nvmlPdi_t *pdi)
{
    (void)device;
    (void)pdi;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetPdi);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetPerformanceModes(nvmlDevice_t device, nvmlDevicePerfModes_t *perfModes)
{
    (void)device;
    (void)perfModes;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetPerformanceModes);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetPerformanceState(nvmlDevice_t device, nvmlPstates_t *pState)
{
    (void)device;
    (void)pState;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetPerformanceState);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetPersistenceMode(nvmlDevice_t device, nvmlEnableState_t *mode)
{
    (void)device;
    (void)mode;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetPersistenceMode);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetPgpuMetadataString(nvmlDevice_t device, char *pgpuMetadata, unsigned int *bufferSize)
{
    (void)device;
    (void)pgpuMetadata;
    (void)bufferSize;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetPgpuMetadataString);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetPlatformInfo(nvmlDevice_t device, nvmlPlatformInfo_t *platformInfo)
{
    (void)device;
    (void)platformInfo;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetPlatformInfo);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetPowerManagementDefaultLimit(nvmlDevice_t device, unsigned int *defaultLimit)
{
    (void)device;
    (void)defaultLimit;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetPowerManagementDefaultLimit);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetPowerManagementLimit(nvmlDevice_t device, unsigned int *limit)
{
    (void)device;
    (void)limit;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetPowerManagementLimit);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetPowerManagementLimitConstraints(nvmlDevice_t device, unsigned int *minLimit, unsigned int *maxLimit)
{
    (void)device;
    (void)minLimit;
    (void)maxLimit;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetPowerManagementLimitConstraints);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetPowerManagementMode(nvmlDevice_t device, nvmlEnableState_t *mode)
{
    (void)device;
    (void)mode;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetPowerManagementMode);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetPowerMizerMode_v1(nvmlDevice_t device, nvmlDevicePowerMizerModes_v1_t *powerMizerMode)
{
    (void)device;
    (void)powerMizerMode;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetPowerMizerMode_v1);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetPowerSource(nvmlDevice_t device, nvmlPowerSource_t *powerSource)
{
    (void)device;
    (void)powerSource;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetPowerSource);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetPowerState(nvmlDevice_t device, nvmlPstates_t *pState)
{
    (void)device;
    (void)pState;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetPowerState);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetPowerUsage(nvmlDevice_t device, unsigned int *power)
{
    (void)device;
    (void)power;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetPowerUsage);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetProcessUtilization(nvmlDevice_t device, nvmlProcessUtilizationSample_t *utilization, unsigned int *processSamplesCount, unsigned long long lastSeenTimeStamp)
{
    (void)device;
    (void)utilization;
    (void)processSamplesCount;
    (void)lastSeenTimeStamp;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetProcessUtilization);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetProcessesUtilizationInfo(nvmlDevice_t device, nvmlProcessesUtilizationInfo_t *procesesUtilInfo)
{
    (void)device;
    (void)procesesUtilInfo;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetProcessesUtilizationInfo);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetRemappedRows(nvmlDevice_t device, unsigned int *corrRows, unsigned int *uncRows, unsigned int *isPending, unsigned int *failureOccurred)
{
    (void)device;
    (void)corrRows;
    (void)uncRows;
    (void)isPending;
    (void)failureOccurred;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetRemappedRows);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetRepairStatus(nvmlDevice_t device, nvmlRepairStatus_t *repairStatus)
{
    (void)device;
    (void)repairStatus;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetRepairStatus);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetRetiredPages(nvmlDevice_t device, nvmlPageRetirementCause_t cause, unsigned int *pageCount, unsigned long long *addresses)
{
    (void)device;
    (void)cause;
    (void)pageCount;
    (void)addresses;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetRetiredPages);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetRetiredPages_v2(nvmlDevice_t device, nvmlPageRetirementCause_t cause, unsigned int *pageCount, unsigned long long *addresses, unsigned long long *timestamps)
{
    (void)device;
    (void)cause;
    (void)pageCount;
    (void)addresses;
    (void)timestamps;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetRetiredPages_v2);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetRetiredPagesPendingStatus(nvmlDevice_t device, nvmlEnableState_t *isPending)
{
    (void)device;
    (void)isPending;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetRetiredPagesPendingStatus);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetRowRemapperHistogram(nvmlDevice_t device, nvmlRowRemapperHistogramValues_t *values)
{
    (void)device;
    (void)values;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetRowRemapperHistogram);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetRunningProcessDetailList(nvmlDevice_t device, nvmlProcessDetailList_t *plist)
{
    (void)device;
    (void)plist;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetRunningProcessDetailList);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetSamples(nvmlDevice_t device, nvmlSamplingType_t type, unsigned long long lastSeenTimeStamp, nvmlValueType_t *sampleValType, unsigned int *sampleCount, nvmlSample_t *samples)
{
    (void)device;
    (void)type;
    (void)lastSeenTimeStamp;
    (void)sampleValType;
    (void)sampleCount;
    (void)samples;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetSamples);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetSerial(nvmlDevice_t device, char *serial, unsigned int length)
{
    (void)device;
    (void)serial;
    (void)length;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetSerial);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetSramEccErrorStatus(nvmlDevice_t device, nvmlEccSramErrorStatus_t *status)
{
    (void)device;
    (void)status;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetSramEccErrorStatus);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetSramUniqueUncorrectedEccErrorCounts(nvmlDevice_t device, nvmlEccSramUniqueUncorrectedErrorCounts_t *errorCounts)
{
    (void)device;
    (void)errorCounts;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetSramUniqueUncorrectedEccErrorCounts);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetSupportedClocksEventReasons(nvmlDevice_t device, unsigned long long *supportedClocksEventReasons)
{
    (void)device;
    (void)supportedClocksEventReasons;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetSupportedClocksEventReasons);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetSupportedClocksThrottleReasons(nvmlDevice_t device, unsigned long long *supportedClocksThrottleReasons)
{
    (void)device;
    (void)supportedClocksThrottleReasons;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetSupportedClocksThrottleReasons);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetSupportedEventTypes(nvmlDevice_t device, unsigned long long *eventTypes)
{
    (void)device;
    (void)eventTypes;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetSupportedEventTypes);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetSupportedGraphicsClocks(nvmlDevice_t device, unsigned int memoryClockMHz, unsigned int *count, unsigned int *clocksMHz)
{
    (void)device;
    (void)memoryClockMHz;
    (void)count;
    (void)clocksMHz;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetSupportedGraphicsClocks);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetSupportedMemoryClocks(nvmlDevice_t device, unsigned int *count, unsigned int *clocksMHz)
{
    (void)device;
    (void)count;
    (void)clocksMHz;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetSupportedMemoryClocks);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetSupportedPerformanceStates(nvmlDevice_t device, nvmlPstates_t *pstates, unsigned int size)
{
    (void)device;
    (void)pstates;
    (void)size;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetSupportedPerformanceStates);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetSupportedVgpus(nvmlDevice_t device, unsigned int *vgpuCount, nvmlVgpuTypeId_t *vgpuTypeIds)
{
    (void)device;
    (void)vgpuCount;
    (void)vgpuTypeIds;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetSupportedVgpus);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetTargetFanSpeed(nvmlDevice_t device, unsigned int fan, unsigned int *targetSpeed)
{
    (void)device;
    (void)fan;
    (void)targetSpeed;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetTargetFanSpeed);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetTemperature(nvmlDevice_t device, nvmlTemperatureSensors_t sensorType, unsigned int *temp)
{
    (void)device;
    (void)sensorType;
    (void)temp;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetTemperature);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetTemperatureThreshold(nvmlDevice_t device, nvmlTemperatureThresholds_t thresholdType, unsigned int *temp)
{
    (void)device;
    (void)thresholdType;
    (void)temp;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetTemperatureThreshold);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetTemperatureV(nvmlDevice_t device, nvmlTemperature_t *temperature)
{
    (void)device;
    (void)temperature;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetTemperatureV);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetThermalSettings(nvmlDevice_t device, unsigned int sensorIndex, nvmlGpuThermalSettings_t *pThermalSettings)
{
    (void)device;
    (void)sensorIndex;
    (void)pThermalSettings;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetThermalSettings);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetTopologyCommonAncestor(nvmlDevice_t device1, nvmlDevice_t device2, nvmlGpuTopologyLevel_t *pathInfo)
{
    (void)device1;
    (void)device2;
    (void)pathInfo;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetTopologyCommonAncestor);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetTopologyNearestGpus(nvmlDevice_t device, nvmlGpuTopologyLevel_t level, unsigned int *count, nvmlDevice_t *deviceArray)
{
    (void)device;
    (void)level;
    (void)count;
    (void)deviceArray;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetTopologyNearestGpus);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetTotalEccErrors(nvmlDevice_t device, nvmlMemoryErrorType_t errorType, nvmlEccCounterType_t counterType, unsigned long long *eccCounts)
{
    (void)device;
    (void)errorType;
    (void)counterType;
    (void)eccCounts;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetTotalEccErrors);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetTotalEnergyConsumption(nvmlDevice_t device, unsigned long long *energy)
{
    (void)device;
    (void)energy;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetTotalEnergyConsumption);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetUUID(nvmlDevice_t device, char *uuid, unsigned int length)
{
    (void)device;
    (void)uuid;
    (void)length;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetUUID);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetUtilizationRates(nvmlDevice_t device, nvmlUtilization_t *utilization)
{
    (void)device;
    (void)utilization;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetUtilizationRates);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetVbiosVersion(nvmlDevice_t device, char *version, unsigned int length)
{
    (void)device;
    (void)version;
    (void)length;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetVbiosVersion);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetVgpuCapabilities(nvmlDevice_t device, nvmlDeviceVgpuCapability_t capability, unsigned int *capResult)
{
    (void)device;
    (void)capability;
    (void)capResult;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetVgpuCapabilities);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetVgpuHeterogeneousMode(nvmlDevice_t device, nvmlVgpuHeterogeneousMode_t *pHeterogeneousMode)
{
    (void)device;
    (void)pHeterogeneousMode;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetVgpuHeterogeneousMode);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetVgpuInstancesUtilizationInfo(nvmlDevice_t device, nvmlVgpuInstancesUtilizationInfo_t *vgpuUtilInfo)
{
    (void)device;
    (void)vgpuUtilInfo;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetVgpuInstancesUtilizationInfo);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetVgpuMetadata(nvmlDevice_t device, nvmlVgpuPgpuMetadata_t *pgpuMetadata, unsigned int *bufferSize)
{
    (void)device;
    (void)pgpuMetadata;
    (void)bufferSize;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetVgpuMetadata);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetVgpuProcessUtilization(nvmlDevice_t device, unsigned long long lastSeenTimeStamp, unsigned int *vgpuProcessSamplesCount, nvmlVgpuProcessUtilizationSample_t *utilizationSamples)
{
    (void)device;
    (void)lastSeenTimeStamp;
    (void)vgpuProcessSamplesCount;
    (void)utilizationSamples;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetVgpuProcessUtilization);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetVgpuProcessesUtilizationInfo(nvmlDevice_t device, nvmlVgpuProcessesUtilizationInfo_t *vgpuProcUtilInfo)
{
    (void)device;
    (void)vgpuProcUtilInfo;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetVgpuProcessesUtilizationInfo);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetVgpuSchedulerCapabilities(nvmlDevice_t device, nvmlVgpuSchedulerCapabilities_t *pCapabilities)
{
    (void)device;
    (void)pCapabilities;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetVgpuSchedulerCapabilities);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetVgpuSchedulerLog(nvmlDevice_t device, nvmlVgpuSchedulerLog_t *pSchedulerLog)
{
    (void)device;
    (void)pSchedulerLog;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetVgpuSchedulerLog);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetVgpuSchedulerState(nvmlDevice_t device, nvmlVgpuSchedulerGetState_t *pSchedulerState)
{
    (void)device;
    (void)pSchedulerState;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetVgpuSchedulerState);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetVgpuTypeCreatablePlacements(nvmlDevice_t device, nvmlVgpuTypeId_t vgpuTypeId, nvmlVgpuPlacementList_t *pPlacementList)
{
    (void)device;
    (void)vgpuTypeId;
    (void)pPlacementList;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetVgpuTypeCreatablePlacements);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetVgpuTypeSupportedPlacements(nvmlDevice_t device, nvmlVgpuTypeId_t vgpuTypeId, nvmlVgpuPlacementList_t *pPlacementList)
{
    (void)device;
    (void)vgpuTypeId;
    (void)pPlacementList;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetVgpuTypeSupportedPlacements);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetVgpuUtilization(nvmlDevice_t device, unsigned long long lastSeenTimeStamp, nvmlValueType_t *sampleValType, unsigned int *vgpuInstanceSamplesCount, nvmlVgpuInstanceUtilizationSample_t *utilizationSamples)
{
    (void)device;
    (void)lastSeenTimeStamp;
    (void)sampleValType;
    (void)vgpuInstanceSamplesCount;
    (void)utilizationSamples;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetVgpuUtilization);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetViolationStatus(nvmlDevice_t device, nvmlPerfPolicyType_t perfPolicyType, nvmlViolationTime_t *violTime)
{
    (void)device;
    (void)perfPolicyType;
    (void)violTime;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetViolationStatus);
}

FAKE__STUB nvmlReturn_t nvmlDeviceGetVirtualizationMode(nvmlDevice_t device, nvmlGpuVirtualizationMode_t *pVirtualMode)
{
    (void)device;
    (void)pVirtualMode;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceGetVirtualizationMode);
}

FAKE__STUB nvmlReturn_t nvmlDeviceIsMigDeviceHandle(nvmlDevice_t device, unsigned int *isMigDevice)
{
    (void)device;
    (void)isMigDevice;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceIsMigDeviceHandle);
}

FAKE__STUB nvmlReturn_t nvmlDeviceModifyDrainState(nvmlPciInfo_t *pciInfo, nvmlEnableState_t newState)
{
    (void)pciInfo;
    (void)newState;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceModifyDrainState);
}

FAKE__STUB nvmlReturn_t nvmlDeviceOnSameBoard(nvmlDevice_t device1, nvmlDevice_t device2, int *onSameBoard)
{
    (void)device1;
    (void)device2;
    (void)onSameBoard;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceOnSameBoard);
}

FAKE__STUB nvmlReturn_t nvmlDevicePowerSmoothingActivatePresetProfile(nvmlDevice_t device, nvmlPowerSmoothingProfile_t *profile)
{
    (void)device;
    (void)profile;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDevicePowerSmoothingActivatePresetProfile);
}

FAKE__STUB nvmlReturn_t nvmlDevicePowerSmoothingSetState(nvmlDevice_t device, nvmlPowerSmoothingState_t *state)
{
    (void)device;
    (void)state;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDevicePowerSmoothingSetState);
}

FAKE__STUB nvmlReturn_t nvmlDevicePowerSmoothingUpdatePresetProfileParam(nvmlDevice_t device, nvmlPowerSmoothingProfile_t *profile)
{
    (void)device;
    (void)profile;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDevicePowerSmoothingUpdatePresetProfileParam);
}

FAKE__STUB nvmlReturn_t nvmlDeviceQueryDrainState(nvmlPciInfo_t *pciInfo, nvmlEnableState_t *currentState)
{
    (void)pciInfo;
    (void)currentState;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceQueryDrainState);
}

FAKE__STUB nvmlReturn_t nvmlDeviceReadWritePRM_v1(nvmlDevice_t device, nvmlPRMTLV_v1_t *buffer)
{
    (void)device;
    (void)buffer;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceReadWritePRM_v1);
}

FAKE__STUB nvmlReturn_t nvmlDeviceRegisterEvents(nvmlDevice_t device, unsigned long long eventTypes, nvmlEventSet_t set)
{
    (void)device;
    (void)eventTypes;
    (void)set;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceRegisterEvents);
}

FAKE__STUB nvmlReturn_t nvmlDeviceRemoveGpu(nvmlPciInfo_t *pciInfo)
{
    (void)pciInfo;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceRemoveGpu);
}

FAKE__STUB nvmlReturn_t nvmlDeviceRemoveGpu_v2(nvmlPciInfo_t *pciInfo, nvmlDetachGpuState_t gpuState, nvmlPcieLinkState_t linkState)
{
    (void)pciInfo;
    (void)gpuState;
    (void)linkState;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceRemoveGpu_v2);
}

FAKE__STUB nvmlReturn_t nvmlDeviceResetApplicationsClocks(nvmlDevice_t device)
{
    (void)device;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceResetApplicationsClocks);
}

FAKE__STUB nvmlReturn_t nvmlDeviceResetGpuLockedClocks(nvmlDevice_t device)
{
    (void)device;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceResetGpuLockedClocks);
}

FAKE__STUB nvmlReturn_t nvmlDeviceResetMemoryLockedClocks(nvmlDevice_t device)
{
    (void)device;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceResetMemoryLockedClocks);
}

FAKE__STUB nvmlReturn_t nvmlDeviceResetNvLinkErrorCounters(nvmlDevice_t device, unsigned int link)
{
    (void)device;
    (void)link;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceResetNvLinkErrorCounters);
}

FAKE__STUB nvmlReturn_t nvmlDeviceResetNvLinkUtilizationCounter(nvmlDevice_t device, unsigned int link, unsigned int counter)
{
    (void)device;
    (void)link;
    (void)counter;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceResetNvLinkUtilizationCounter);
}

FAKE__STUB nvmlReturn_t nvmlDeviceSetAPIRestriction(nvmlDevice_t device, nvmlRestrictedAPI_t apiType, nvmlEnableState_t isRestricted)
{
    (void)device;
    (void)apiType;
    (void)isRestricted;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceSetAPIRestriction);
}

FAKE__STUB nvmlReturn_t nvmlDeviceSetAccountingMode(nvmlDevice_t device, nvmlEnableState_t mode)
{
    (void)device;
    (void)mode;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceSetAccountingMode);
}

FAKE__STUB nvmlReturn_t nvmlDeviceSetApplicationsClocks(nvmlDevice_t device, unsigned int memClockMHz, unsigned int graphicsClockMHz)
{
    (void)device;
    (void)memClockMHz;
    (void)graphicsClockMHz;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceSetApplicationsClocks);
}

FAKE__STUB nvmlReturn_t nvmlDeviceSetAutoBoostedClocksEnabled(nvmlDevice_t device, nvmlEnableState_t enabled)
{
    (void)device;
    (void)enabled;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceSetAutoBoostedClocksEnabled);
}

FAKE__STUB nvmlReturn_t nvmlDeviceSetClockOffsets(nvmlDevice_t device, nvmlClockOffset_t *info)
{
    (void)device;
    (void)info;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceSetClockOffsets);
}

FAKE__STUB nvmlReturn_t nvmlDeviceSetComputeMode(nvmlDevice_t device, nvmlComputeMode_t mode)
{
    (void)device;
    (void)mode;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceSetComputeMode);
}

FAKE__STUB nvmlReturn_t nvmlDeviceSetConfComputeUnprotectedMemSize(nvmlDevice_t device, unsigned long long sizeKiB)
{
    (void)device;
    (void)sizeKiB;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceSetConfComputeUnprotectedMemSize);
}

FAKE__STUB nvmlReturn_t nvmlDeviceSetCpuAffinity(nvmlDevice_t device)
{
    (void)device;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceSetCpuAffinity);
}

FAKE__STUB nvmlReturn_t nvmlDeviceSetDefaultAutoBoostedClocksEnabled(nvmlDevice_t device, nvmlEnableState_t enabled, unsigned int flags)
{
    (void)device;
    (void)enabled;
    (void)flags;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceSetDefaultAutoBoostedClocksEnabled);
}

FAKE__STUB nvmlReturn_t nvmlDeviceSetDefaultFanSpeed_v2(nvmlDevice_t device, unsigned int fan)
{
    (void)device;
    (void)fan;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceSetDefaultFanSpeed_v2);
}

FAKE__STUB nvmlReturn_t nvmlDeviceSetDramEncryptionMode(nvmlDevice_t device, const nvmlDramEncryptionInfo_t *dramEncryption)
{
    (void)device;
    (void)dramEncryption;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceSetDramEncryptionMode);
}

FAKE__STUB nvmlReturn_t nvmlDeviceSetDriverModel(nvmlDevice_t device, nvmlDriverModel_t driverModel, unsigned int flags)
{
    (void)device;
    (void)driverModel;
    (void)flags;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceSetDriverModel);
}

FAKE__STUB nvmlReturn_t nvmlDeviceSetEccMode(nvmlDevice_t device, nvmlEnableState_t ecc)
{
    (void)device;
    (void)ecc;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceSetEccMode);
}

FAKE__STUB nvmlReturn_t nvmlDeviceSetFanControlPolicy(nvmlDevice_t device, unsigned int fan, nvmlFanControlPolicy_t policy)
{
    (void)device;
    (void)fan;
    (void)policy;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceSetFanControlPolicy);
}

FAKE__STUB nvmlReturn_t nvmlDeviceSetFanSpeed_v2(nvmlDevice_t device, unsigned int fan, unsigned int speed)
{
    (void)device;
    (void)fan;
    (void)speed;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceSetFanSpeed_v2);
}

FAKE__STUB nvmlReturn_t nvmlDeviceSetGpcClkVfOffset(nvmlDevice_t device, int offset)
{
    (void)device;
    (void)offset;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceSetGpcClkVfOffset);
}

FAKE__STUB nvmlReturn_t nvmlDeviceSetGpuLockedClocks(nvmlDevice_t device, unsigned int minGpuClockMHz, unsigned int maxGpuClockMHz)
{
    (void)device;
    (void)minGpuClockMHz;
    (void)maxGpuClockMHz;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceSetGpuLockedClocks);
}

FAKE__STUB nvmlReturn_t nvmlDeviceSetGpuOperationMode(nvmlDevice_t device, nvmlGpuOperationMode_t mode)
{
    (void)device;
    (void)mode;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceSetGpuOperationMode);
}

FAKE__STUB nvmlReturn_t nvmlDeviceSetHostname_v1(nvmlDevice_t device, nvmlHostname_v1_t *hostname)
{
    (void)device;
    (void)hostname;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceSetHostname_v1);
}

FAKE__STUB nvmlReturn_t nvmlDeviceSetMemClkVfOffset(nvmlDevice_t device, int offset)
{
    (void)device;
    (void)offset;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceSetMemClkVfOffset);
}

FAKE__STUB nvmlReturn_t nvmlDeviceSetMemoryLockedClocks(nvmlDevice_t device, unsigned int minMemClockMHz, unsigned int maxMemClockMHz)
{
    (void)device;
    (void)minMemClockMHz;
    (void)maxMemClockMHz;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceSetMemoryLockedClocks);
}

FAKE__STUB nvmlReturn_t nvmlDeviceSetMigMode(nvmlDevice_t device, unsigned int mode, nvmlReturn_t *activationStatus)
{
    (void)device;
    (void)mode;
    (void)activationStatus;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceSetMigMode);
}

FAKE__STUB nvmlReturn_t nvmlDeviceSetNvLinkDeviceLowPowerThreshold(nvmlDevice_t device, nvmlNvLinkPowerThres_t *info)
{
    (void)device;
    (void)info;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceSetNvLinkDeviceLowPowerThreshold);
}

FAKE__STUB nvmlReturn_t nvmlDeviceSetNvLinkUtilizationControl(nvmlDevice_t device, unsigned int link, unsigned int counter, nvmlNvLinkUtilizationControl_t *control, unsigned int reset)
{
    (void)device;
    (void)link;
    (void)counter;
    (void)control;
    (void)reset;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceSetNvLinkUtilizationControl);
}

FAKE__STUB nvmlReturn_t nvmlDeviceSetNvlinkBwMode(nvmlDevice_t device, nvmlNvlinkSetBwMode_t *setBwMode)
{
    (void)device;
    (void)setBwMode;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceSetNvlinkBwMode);
}

FAKE__STUB nvmlReturn_t nvmlDeviceSetPersistenceMode(nvmlDevice_t device, nvmlEnableState_t mode)
{
    (void)device;
    (void)mode;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceSetPersistenceMode);
}

FAKE__STUB nvmlReturn_t nvmlDeviceSetPowerManagementLimit(nvmlDevice_t device, unsigned int limit)
{
    (void)device;
    (void)limit;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceSetPowerManagementLimit);
}

FAKE__STUB nvmlReturn_t nvmlDeviceSetPowerManagementLimit_v2(nvmlDevice_t device, nvmlPowerValue_v2_t *powerValue)
{
    (void)device;
    (void)powerValue;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceSetPowerManagementLimit_v2);
}

FAKE__STUB nvmlReturn_t nvmlDeviceSetPowerMizerMode_v1(nvmlDevice_t device, nvmlDevicePowerMizerModes_v1_t *powerMizerMode)
{
    (void)device;
    (void)powerMizerMode;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceSetPowerMizerMode_v1);
}

FAKE__STUB nvmlReturn_t nvmlDeviceSetTemperatureThreshold(nvmlDevice_t device, nvmlTemperatureThresholds_t thresholdType, int *temp)
{
    (void)device;
    (void)thresholdType;
    (void)temp;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceSetTemperatureThreshold);
}

FAKE__STUB nvmlReturn_t nvmlDeviceSetVgpuCapabilities(nvmlDevice_t device, nvmlDeviceVgpuCapability_t capability, nvmlEnableState_t state)
{
    (void)device;
    (void)capability;
    (void)state;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceSetVgpuCapabilities);
}

FAKE__STUB nvmlReturn_t nvmlDeviceSetVgpuHeterogeneousMode(nvmlDevice_t device, const nvmlVgpuHeterogeneousMode_t *pHeterogeneousMode)
{
    (void)device;
    (void)pHeterogeneousMode;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceSetVgpuHeterogeneousMode);
}

FAKE__STUB nvmlReturn_t nvmlDeviceSetVgpuSchedulerState(nvmlDevice_t device, nvmlVgpuSchedulerSetState_t *pSchedulerState)
{
    (void)device;
    (void)pSchedulerState;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceSetVgpuSchedulerState);
}

FAKE__STUB nvmlReturn_t nvmlDeviceSetVirtualizationMode(nvmlDevice_t device, nvmlGpuVirtualizationMode_t virtualMode)
{
    (void)device;
    (void)virtualMode;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceSetVirtualizationMode);
}

FAKE__STUB nvmlReturn_t nvmlDeviceValidateInforom(nvmlDevice_t device)
{
    (void)device;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceValidateInforom);
}

FAKE__STUB nvmlReturn_t nvmlDeviceWorkloadPowerProfileClearRequestedProfiles(nvmlDevice_t device, nvmlWorkloadPowerProfileRequestedProfiles_t *requestedProfiles)
{
    (void)device;
    (void)requestedProfiles;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceWorkloadPowerProfileClearRequestedProfiles);
}

FAKE__STUB nvmlReturn_t nvmlDeviceWorkloadPowerProfileGetCurrentProfiles(nvmlDevice_t device, nvmlWorkloadPowerProfileCurrentProfiles_t *currentProfiles)
{
    (void)device;
    (void)currentProfiles;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceWorkloadPowerProfileGetCurrentProfiles);
}

FAKE__STUB nvmlReturn_t nvmlDeviceWorkloadPowerProfileGetProfilesInfo(nvmlDevice_t device, nvmlWorkloadPowerProfileProfilesInfo_t *profilesInfo)
{
    (void)device;
    (void)profilesInfo;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceWorkloadPowerProfileGetProfilesInfo);
}

FAKE__STUB nvmlReturn_t nvmlDeviceWorkloadPowerProfileSetRequestedProfiles(nvmlDevice_t device, nvmlWorkloadPowerProfileRequestedProfiles_t *requestedProfiles)
{
    (void)device;
    (void)requestedProfiles;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlDeviceWorkloadPowerProfileSetRequestedProfiles);
}

FAKE__STUB const char* nvmlErrorString(nvmlReturn_t result)
{
    (void)result;
    (void)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlErrorString);
    return (const char*)0;
}

FAKE__STUB nvmlReturn_t nvmlEventSetCreate(nvmlEventSet_t *set)
{
    (void)set;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlEventSetCreate);
}

FAKE__STUB nvmlReturn_t nvmlEventSetFree(nvmlEventSet_t set)
{
    (void)set;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlEventSetFree);
}

FAKE__STUB nvmlReturn_t nvmlEventSetWait(nvmlEventSet_t set, nvmlEventData_t *data, unsigned int timeoutms)
{
    return nvmlEventSetWait_v2(set, data, timeoutms);
}

FAKE__STUB nvmlReturn_t nvmlEventSetWait_v2(nvmlEventSet_t set, nvmlEventData_t *data, unsigned int timeoutms)
{
    (void)set;
    (void)data;
    (void)timeoutms;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlEventSetWait_v2);
}

FAKE__STUB nvmlReturn_t nvmlGetExcludedDeviceCount(unsigned int *deviceCount)
{
    (void)deviceCount;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlGetExcludedDeviceCount);
}

FAKE__STUB nvmlReturn_t nvmlGetExcludedDeviceInfoByIndex(unsigned int index, nvmlExcludedDeviceInfo_t *info)
{
    (void)index;
    (void)info;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlGetExcludedDeviceInfoByIndex);
}

FAKE__STUB nvmlReturn_t nvmlGetVgpuCompatibility(nvmlVgpuMetadata_t *vgpuMetadata, nvmlVgpuPgpuMetadata_t *pgpuMetadata, nvmlVgpuPgpuCompatibility_t *compatibilityInfo)
{
    (void)vgpuMetadata;
    (void)pgpuMetadata;
    (void)compatibilityInfo;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlGetVgpuCompatibility);
}

FAKE__STUB nvmlReturn_t nvmlGetVgpuDriverCapabilities(nvmlVgpuDriverCapability_t capability, unsigned int *capResult)
{
    (void)capability;
    (void)capResult;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlGetVgpuDriverCapabilities);
}

FAKE__STUB nvmlReturn_t nvmlGetVgpuVersion(nvmlVgpuVersion_t *supported, nvmlVgpuVersion_t *current)
{
    (void)supported;
    (void)current;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlGetVgpuVersion);
}

FAKE__STUB nvmlReturn_t nvmlGpmMetricsGet(nvmlGpmMetricsGet_t *metricsGet)
{
    (void)metricsGet;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlGpmMetricsGet);
}

FAKE__STUB nvmlReturn_t nvmlGpmMigSampleGet(nvmlDevice_t device, unsigned int gpuInstanceId, nvmlGpmSample_t gpmSample)
{
    (void)device;
    (void)gpuInstanceId;
    (void)gpmSample;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlGpmMigSampleGet);
}

FAKE__STUB nvmlReturn_t nvmlGpmQueryDeviceSupport(nvmlDevice_t device, nvmlGpmSupport_t *gpmSupport)
{
    (void)device;
    (void)gpmSupport;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlGpmQueryDeviceSupport);
}

FAKE__STUB nvmlReturn_t nvmlGpmQueryIfStreamingEnabled(nvmlDevice_t device, unsigned int *state)
{
    (void)device;
    (void)state;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlGpmQueryIfStreamingEnabled);
}

FAKE__STUB nvmlReturn_t nvmlGpmSampleAlloc(nvmlGpmSample_t *gpmSample)
{
    (void)gpmSample;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlGpmSampleAlloc);
}

FAKE__STUB nvmlReturn_t nvmlGpmSampleFree(nvmlGpmSample_t gpmSample)
{
    (void)gpmSample;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlGpmSampleFree);
}

FAKE__STUB nvmlReturn_t nvmlGpmSampleGet(nvmlDevice_t device, nvmlGpmSample_t gpmSample)
{
    (void)device;
    (void)gpmSample;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlGpmSampleGet);
}

FAKE__STUB nvmlReturn_t nvmlGpmSetStreamingEnabled(nvmlDevice_t device, unsigned int state)
{
    (void)device;
    (void)state;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlGpmSetStreamingEnabled);
}

FAKE__STUB nvmlReturn_t nvmlGpuInstanceCreateComputeInstance(nvmlGpuInstance_t gpuInstance, unsigned int profileId, nvmlComputeInstance_t *computeInstance)
{
    (void)gpuInstance;
    (void)profileId;
    (void)computeInstance;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlGpuInstanceCreateComputeInstance);
}

FAKE__STUB nvmlReturn_t nvmlGpuInstanceCreateComputeInstanceWithPlacement(nvmlGpuInstance_t gpuInstance, unsigned int profileId, const nvmlComputeInstancePlacement_t *placement, nvmlComputeInstance_t *computeInstance)
{
    (void)gpuInstance;
    (void)profileId;
    (void)placement;
    (void)computeInstance;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlGpuInstanceCreateComputeInstanceWithPlacement);
}

FAKE__STUB nvmlReturn_t nvmlGpuInstanceDestroy(nvmlGpuInstance_t gpuInstance)
{
    (void)gpuInstance;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlGpuInstanceDestroy);
}

FAKE__STUB nvmlReturn_t nvmlGpuInstanceGetActiveVgpus(nvmlGpuInstance_t gpuInstance, nvmlActiveVgpuInstanceInfo_t *pVgpuInstanceInfo)
{
    (void)gpuInstance;
    (void)pVgpuInstanceInfo;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlGpuInstanceGetActiveVgpus);
}

FAKE__STUB nvmlReturn_t nvmlGpuInstanceGetComputeInstanceById(nvmlGpuInstance_t gpuInstance, unsigned int id, nvmlComputeInstance_t *computeInstance)
{
    (void)gpuInstance;
    (void)id;
    (void)computeInstance;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlGpuInstanceGetComputeInstanceById);
}

FAKE__STUB nvmlReturn_t nvmlGpuInstanceGetComputeInstancePossiblePlacements(nvmlGpuInstance_t gpuInstance, unsigned int profileId, nvmlComputeInstancePlacement_t *placements, unsigned int *count)
{
    (void)gpuInstance;
    (void)profileId;
    (void)placements;
    (void)count;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlGpuInstanceGetComputeInstancePossiblePlacements);
}

FAKE__STUB nvmlReturn_t nvmlGpuInstanceGetComputeInstanceProfileInfo(nvmlGpuInstance_t gpuInstance, unsigned int profile, unsigned int engProfile, nvmlComputeInstanceProfileInfo_t *info)
{
    (void)gpuInstance;
    (void)profile;
    (void)engProfile;
    (void)info;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlGpuInstanceGetComputeInstanceProfileInfo);
}

FAKE__STUB nvmlReturn_t nvmlGpuInstanceGetComputeInstanceProfileInfoV(nvmlGpuInstance_t gpuInstance, unsigned int profile, unsigned int engProfile, nvmlComputeInstanceProfileInfo_v2_t *info)
{
    (void)gpuInstance;
    (void)profile;
    (void)engProfile;
    (void)info;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlGpuInstanceGetComputeInstanceProfileInfoV);
}

FAKE__STUB nvmlReturn_t nvmlGpuInstanceGetComputeInstanceRemainingCapacity(nvmlGpuInstance_t gpuInstance, unsigned int profileId, unsigned int *count)
{
    (void)gpuInstance;
    (void)profileId;
    (void)count;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlGpuInstanceGetComputeInstanceRemainingCapacity);
}

FAKE__STUB nvmlReturn_t nvmlGpuInstanceGetComputeInstances(nvmlGpuInstance_t gpuInstance, unsigned int profileId, nvmlComputeInstance_t *computeInstances, unsigned int *count)
{
    (void)gpuInstance;
    (void)profileId;
    (void)computeInstances;
    (void)count;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlGpuInstanceGetComputeInstances);
}

FAKE__STUB nvmlReturn_t nvmlGpuInstanceGetCreatableVgpus(nvmlGpuInstance_t gpuInstance, nvmlVgpuTypeIdInfo_t *pVgpus)
{
    (void)gpuInstance;
    (void)pVgpus;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlGpuInstanceGetCreatableVgpus);
}

FAKE__STUB nvmlReturn_t nvmlGpuInstanceGetInfo(nvmlGpuInstance_t gpuInstance, nvmlGpuInstanceInfo_t *info)
{
    (void)gpuInstance;
    (void)info;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlGpuInstanceGetInfo);
}

FAKE__STUB nvmlReturn_t nvmlGpuInstanceGetVgpuHeterogeneousMode(nvmlGpuInstance_t gpuInstance, nvmlVgpuHeterogeneousMode_t *pHeterogeneousMode)
{
    (void)gpuInstance;
    (void)pHeterogeneousMode;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlGpuInstanceGetVgpuHeterogeneousMode);
}

FAKE__STUB nvmlReturn_t nvmlGpuInstanceGetVgpuSchedulerLog(nvmlGpuInstance_t gpuInstance, nvmlVgpuSchedulerLogInfo_t *pSchedulerLogInfo)
{
    (void)gpuInstance;
    (void)pSchedulerLogInfo;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlGpuInstanceGetVgpuSchedulerLog);
}

FAKE__STUB nvmlReturn_t nvmlGpuInstanceGetVgpuSchedulerState(nvmlGpuInstance_t gpuInstance, nvmlVgpuSchedulerStateInfo_t *pSchedulerStateInfo)
{
    (void)gpuInstance;
    (void)pSchedulerStateInfo;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlGpuInstanceGetVgpuSchedulerState);
}

FAKE__STUB nvmlReturn_t nvmlGpuInstanceGetVgpuTypeCreatablePlacements(nvmlGpuInstance_t gpuInstance, nvmlVgpuCreatablePlacementInfo_t *pCreatablePlacementInfo)
{
    (void)gpuInstance;
    (void)pCreatablePlacementInfo;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlGpuInstanceGetVgpuTypeCreatablePlacements);
}

FAKE__STUB nvmlReturn_t nvmlGpuInstanceSetVgpuHeterogeneousMode(nvmlGpuInstance_t gpuInstance, const nvmlVgpuHeterogeneousMode_t *pHeterogeneousMode)
{
    (void)gpuInstance;
    (void)pHeterogeneousMode;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlGpuInstanceSetVgpuHeterogeneousMode);
}

FAKE__STUB nvmlReturn_t nvmlGpuInstanceSetVgpuSchedulerState(nvmlGpuInstance_t gpuInstance, nvmlVgpuSchedulerState_t *pScheduler)
{
    (void)gpuInstance;
    (void)pScheduler;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlGpuInstanceSetVgpuSchedulerState);
}

FAKE__STUB nvmlReturn_t nvmlInit(void)
{
    return nvmlInit_v2();
}

FAKE__STUB nvmlReturn_t nvmlInit_v2(void)
{
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlInit_v2);
}

FAKE__STUB nvmlReturn_t nvmlInitWithFlags(unsigned int flags)
{
    (void)flags;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlInitWithFlags);
}

FAKE__STUB nvmlReturn_t nvmlInternalGetExportTable(const void **ppExportTable, const void *pExportTableId)
{
    (void)ppExportTable;
    (void)pExportTableId;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlInternalGetExportTable);
}

FAKE__STUB nvmlReturn_t nvmlSetVgpuVersion(nvmlVgpuVersion_t *vgpuVersion)
{
    (void)vgpuVersion;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlSetVgpuVersion);
}

FAKE__STUB nvmlReturn_t nvmlShutdown(void)
{
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlShutdown);
}

FAKE__STUB nvmlReturn_t nvmlSystemEventSetCreate(nvmlSystemEventSetCreateRequest_t *request)
{
    (void)request;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlSystemEventSetCreate);
}

FAKE__STUB nvmlReturn_t nvmlSystemEventSetFree(nvmlSystemEventSetFreeRequest_t *request)
{
    (void)request;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlSystemEventSetFree);
}

FAKE__STUB nvmlReturn_t nvmlSystemEventSetWait(nvmlSystemEventSetWaitRequest_t *request)
{
    (void)request;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlSystemEventSetWait);
}

FAKE__STUB nvmlReturn_t nvmlSystemGetConfComputeCapabilities(nvmlConfComputeSystemCaps_t *capabilities)
{
    (void)capabilities;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlSystemGetConfComputeCapabilities);
}

FAKE__STUB nvmlReturn_t nvmlSystemGetConfComputeGpusReadyState(unsigned int *isAcceptingWork)
{
    (void)isAcceptingWork;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlSystemGetConfComputeGpusReadyState);
}

FAKE__STUB nvmlReturn_t nvmlSystemGetConfComputeKeyRotationThresholdInfo(nvmlConfComputeGetKeyRotationThresholdInfo_t *pKeyRotationThrInfo)
{
    (void)pKeyRotationThrInfo;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlSystemGetConfComputeKeyRotationThresholdInfo);
}

FAKE__STUB nvmlReturn_t nvmlSystemGetConfComputeSettings(nvmlSystemConfComputeSettings_t *settings)
{
    (void)settings;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlSystemGetConfComputeSettings);
}

FAKE__STUB nvmlReturn_t nvmlSystemGetConfComputeState(nvmlConfComputeSystemState_t *state)
{
    (void)state;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlSystemGetConfComputeState);
}

FAKE__STUB nvmlReturn_t nvmlSystemGetCudaDriverVersion(int *cudaDriverVersion)
{
    return nvmlSystemGetCudaDriverVersion_v2(cudaDriverVersion);
}

FAKE__STUB nvmlReturn_t nvmlSystemGetCudaDriverVersion_v2(int *cudaDriverVersion)
{
    (void)cudaDriverVersion;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlSystemGetCudaDriverVersion_v2);
}

FAKE__STUB nvmlReturn_t nvmlSystemGetDriverBranch(nvmlSystemDriverBranchInfo_t *branchInfo, unsigned int length)
{
    (void)branchInfo;
    (void)length;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlSystemGetDriverBranch);
}

FAKE__STUB nvmlReturn_t nvmlSystemGetDriverVersion(char *version, unsigned int length)
{
    (void)version;
    (void)length;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlSystemGetDriverVersion);
}

FAKE__STUB nvmlReturn_t nvmlSystemGetHicVersion(unsigned int *hwbcCount, nvmlHwbcEntry_t *hwbcEntries)
{
    (void)hwbcCount;
    (void)hwbcEntries;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlSystemGetHicVersion);
}

FAKE__STUB nvmlReturn_t nvmlSystemGetNVMLVersion(char *version, unsigned int length)
{
    (void)version;
    (void)length;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlSystemGetNVMLVersion);
}

FAKE__STUB nvmlReturn_t nvmlSystemGetNvlinkBwMode(unsigned int *nvlinkBwMode)
{
    (void)nvlinkBwMode;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlSystemGetNvlinkBwMode);
}

FAKE__STUB nvmlReturn_t nvmlSystemGetProcessName(unsigned int pid, char *name, unsigned int length)
{
    (void)pid;
    (void)name;
    (void)length;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlSystemGetProcessName);
}

FAKE__STUB nvmlReturn_t nvmlSystemGetTopologyGpuSet(unsigned int cpuNumber, unsigned int *count, nvmlDevice_t *deviceArray)
{
    (void)cpuNumber;
    (void)count;
    (void)deviceArray;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlSystemGetTopologyGpuSet);
}

FAKE__STUB nvmlReturn_t nvmlSystemRegisterEvents(nvmlSystemRegisterEventRequest_t *request)
{
    (void)request;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlSystemRegisterEvents);
}

FAKE__STUB nvmlReturn_t nvmlSystemSetConfComputeGpusReadyState(unsigned int isAcceptingWork)
{
    (void)isAcceptingWork;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlSystemSetConfComputeGpusReadyState);
}

FAKE__STUB nvmlReturn_t nvmlSystemSetConfComputeKeyRotationThresholdInfo(nvmlConfComputeSetKeyRotationThresholdInfo_t *pKeyRotationThrInfo)
{
    (void)pKeyRotationThrInfo;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlSystemSetConfComputeKeyRotationThresholdInfo);
}

FAKE__STUB nvmlReturn_t nvmlSystemSetNvlinkBwMode(unsigned int nvlinkBwMode)
{
    (void)nvlinkBwMode;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlSystemSetNvlinkBwMode);
}

FAKE__STUB nvmlReturn_t nvmlUnitGetCount(unsigned int *unitCount)
{
    (void)unitCount;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlUnitGetCount);
}

FAKE__STUB nvmlReturn_t nvmlUnitGetDevices(nvmlUnit_t unit, unsigned int *deviceCount, nvmlDevice_t *devices)
{
    (void)unit;
    (void)deviceCount;
    (void)devices;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlUnitGetDevices);
}

FAKE__STUB nvmlReturn_t nvmlUnitGetFanSpeedInfo(nvmlUnit_t unit, nvmlUnitFanSpeeds_t *fanSpeeds)
{
    (void)unit;
    (void)fanSpeeds;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlUnitGetFanSpeedInfo);
}

FAKE__STUB nvmlReturn_t nvmlUnitGetHandleByIndex(unsigned int index, nvmlUnit_t *unit)
{
    (void)index;
    (void)unit;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlUnitGetHandleByIndex);
}

FAKE__STUB nvmlReturn_t nvmlUnitGetLedState(nvmlUnit_t unit, nvmlLedState_t *state)
{
    (void)unit;
    (void)state;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlUnitGetLedState);
}

FAKE__STUB nvmlReturn_t nvmlUnitGetPsuInfo(nvmlUnit_t unit, nvmlPSUInfo_t *psu)
{
    (void)unit;
    (void)psu;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlUnitGetPsuInfo);
}

FAKE__STUB nvmlReturn_t nvmlUnitGetTemperature(nvmlUnit_t unit, unsigned int type, unsigned int *temp)
{
    (void)unit;
    (void)type;
    (void)temp;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlUnitGetTemperature);
}

FAKE__STUB nvmlReturn_t nvmlUnitGetUnitInfo(nvmlUnit_t unit, nvmlUnitInfo_t *info)
{
    (void)unit;
    (void)info;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlUnitGetUnitInfo);
}

FAKE__STUB nvmlReturn_t nvmlUnitSetLedState(nvmlUnit_t unit, nvmlLedColor_t color)
{
    (void)unit;
    (void)color;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlUnitSetLedState);
}

FAKE__STUB nvmlReturn_t nvmlVgpuInstanceClearAccountingPids(nvmlVgpuInstance_t vgpuInstance)
{
    (void)vgpuInstance;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlVgpuInstanceClearAccountingPids);
}

FAKE__STUB nvmlReturn_t nvmlVgpuInstanceGetAccountingMode(nvmlVgpuInstance_t vgpuInstance, nvmlEnableState_t *mode)
{
    (void)vgpuInstance;
    (void)mode;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlVgpuInstanceGetAccountingMode);
}

FAKE__STUB nvmlReturn_t nvmlVgpuInstanceGetAccountingPids(nvmlVgpuInstance_t vgpuInstance, unsigned int *count, unsigned int *pids)
{
    (void)vgpuInstance;
    (void)count;
    (void)pids;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlVgpuInstanceGetAccountingPids);
}

FAKE__STUB nvmlReturn_t nvmlVgpuInstanceGetAccountingStats(nvmlVgpuInstance_t vgpuInstance, unsigned int pid, nvmlAccountingStats_t *stats)
{
    (void)vgpuInstance;
    (void)pid;
    (void)stats;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlVgpuInstanceGetAccountingStats);
}

FAKE__STUB nvmlReturn_t nvmlVgpuInstanceGetEccMode(nvmlVgpuInstance_t vgpuInstance, nvmlEnableState_t *eccMode)
{
    (void)vgpuInstance;
    (void)eccMode;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlVgpuInstanceGetEccMode);
}

FAKE__STUB nvmlReturn_t nvmlVgpuInstanceGetEncoderCapacity(nvmlVgpuInstance_t vgpuInstance, unsigned int *encoderCapacity)
{
    (void)vgpuInstance;
    (void)encoderCapacity;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlVgpuInstanceGetEncoderCapacity);
}

FAKE__STUB nvmlReturn_t nvmlVgpuInstanceGetEncoderSessions(nvmlVgpuInstance_t vgpuInstance, unsigned int *sessionCount, nvmlEncoderSessionInfo_t *sessionInfo)
{
    (void)vgpuInstance;
    (void)sessionCount;
    (void)sessionInfo;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlVgpuInstanceGetEncoderSessions);
}

FAKE__STUB nvmlReturn_t nvmlVgpuInstanceGetEncoderStats(nvmlVgpuInstance_t vgpuInstance, unsigned int *sessionCount, unsigned int *averageFps, unsigned int *averageLatency)
{
    (void)vgpuInstance;
    (void)sessionCount;
    (void)averageFps;
    (void)averageLatency;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlVgpuInstanceGetEncoderStats);
}

FAKE__STUB nvmlReturn_t nvmlVgpuInstanceGetFBCSessions(nvmlVgpuInstance_t vgpuInstance, unsigned int *sessionCount, nvmlFBCSessionInfo_t *sessionInfo)
{
    (void)vgpuInstance;
    (void)sessionCount;
    (void)sessionInfo;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlVgpuInstanceGetFBCSessions);
}

FAKE__STUB nvmlReturn_t nvmlVgpuInstanceGetFBCStats(nvmlVgpuInstance_t vgpuInstance, nvmlFBCStats_t *fbcStats)
{
    (void)vgpuInstance;
    (void)fbcStats;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlVgpuInstanceGetFBCStats);
}

FAKE__STUB nvmlReturn_t nvmlVgpuInstanceGetFbUsage(nvmlVgpuInstance_t vgpuInstance, unsigned long long *fbUsage)
{
    (void)vgpuInstance;
    (void)fbUsage;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlVgpuInstanceGetFbUsage);
}

FAKE__STUB nvmlReturn_t nvmlVgpuInstanceGetFrameRateLimit(nvmlVgpuInstance_t vgpuInstance, unsigned int *frameRateLimit)
{
    (void)vgpuInstance;
    (void)frameRateLimit;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlVgpuInstanceGetFrameRateLimit);
}

FAKE__STUB nvmlReturn_t nvmlVgpuInstanceGetGpuInstanceId(nvmlVgpuInstance_t vgpuInstance, unsigned int *gpuInstanceId)
{
    (void)vgpuInstance;
    (void)gpuInstanceId;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlVgpuInstanceGetGpuInstanceId);
}

FAKE__STUB nvmlReturn_t nvmlVgpuInstanceGetGpuPciId(nvmlVgpuInstance_t vgpuInstance, char *vgpuPciId, unsigned int *length)
{
    (void)vgpuInstance;
    (void)vgpuPciId;
    (void)length;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlVgpuInstanceGetGpuPciId);
}

FAKE__STUB nvmlReturn_t nvmlVgpuInstanceGetLicenseInfo(nvmlVgpuInstance_t vgpuInstance, nvmlVgpuLicenseInfo_t *licenseInfo)
{
    return nvmlVgpuInstanceGetLicenseInfo_v2(vgpuInstance, licenseInfo);
}

FAKE__STUB nvmlReturn_t nvmlVgpuInstanceGetLicenseInfo_v2(nvmlVgpuInstance_t vgpuInstance, nvmlVgpuLicenseInfo_t *licenseInfo)
{
    (void)vgpuInstance;
    (void)licenseInfo;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlVgpuInstanceGetLicenseInfo_v2);
}

FAKE__STUB nvmlReturn_t nvmlVgpuInstanceGetLicenseStatus(nvmlVgpuInstance_t vgpuInstance, unsigned int *licensed)
{
    (void)vgpuInstance;
    (void)licensed;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlVgpuInstanceGetLicenseStatus);
}

FAKE__STUB nvmlReturn_t nvmlVgpuInstanceGetMdevUUID(nvmlVgpuInstance_t vgpuInstance, char *mdevUuid, unsigned int size)
{
    (void)vgpuInstance;
    (void)mdevUuid;
    (void)size;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlVgpuInstanceGetMdevUUID);
}

FAKE__STUB nvmlReturn_t nvmlVgpuInstanceGetMetadata(nvmlVgpuInstance_t vgpuInstance, nvmlVgpuMetadata_t *vgpuMetadata, unsigned int *bufferSize)
{
    (void)vgpuInstance;
    (void)vgpuMetadata;
    (void)bufferSize;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlVgpuInstanceGetMetadata);
}

FAKE__STUB nvmlReturn_t nvmlVgpuInstanceGetPlacementId(nvmlVgpuInstance_t vgpuInstance, nvmlVgpuPlacementId_t *pPlacement)
{
    (void)vgpuInstance;
    (void)pPlacement;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlVgpuInstanceGetPlacementId);
}

FAKE__STUB nvmlReturn_t nvmlVgpuInstanceGetRuntimeStateSize(nvmlVgpuInstance_t vgpuInstance, nvmlVgpuRuntimeState_t *pState)
{
    (void)vgpuInstance;
    (void)pState;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlVgpuInstanceGetRuntimeStateSize);
}

FAKE__STUB nvmlReturn_t nvmlVgpuInstanceGetType(nvmlVgpuInstance_t vgpuInstance, nvmlVgpuTypeId_t *vgpuTypeId)
{
    (void)vgpuInstance;
    (void)vgpuTypeId;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlVgpuInstanceGetType);
}

FAKE__STUB nvmlReturn_t nvmlVgpuInstanceGetUUID(nvmlVgpuInstance_t vgpuInstance, char *uuid, unsigned int size)
{
    (void)vgpuInstance;
    (void)uuid;
    (void)size;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlVgpuInstanceGetUUID);
}

FAKE__STUB nvmlReturn_t nvmlVgpuInstanceGetVmDriverVersion(nvmlVgpuInstance_t vgpuInstance, char *version, unsigned int length)
{
    (void)vgpuInstance;
    (void)version;
    (void)length;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlVgpuInstanceGetVmDriverVersion);
}

FAKE__STUB nvmlReturn_t nvmlVgpuInstanceGetVmID(nvmlVgpuInstance_t vgpuInstance, char *vmId, unsigned int size, nvmlVgpuVmIdType_t *vmIdType)
{
    (void)vgpuInstance;
    (void)vmId;
    (void)size;
    (void)vmIdType;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlVgpuInstanceGetVmID);
}

FAKE__STUB nvmlReturn_t nvmlVgpuInstanceSetEncoderCapacity(nvmlVgpuInstance_t vgpuInstance, unsigned int encoderCapacity)
{
    (void)vgpuInstance;
    (void)encoderCapacity;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlVgpuInstanceSetEncoderCapacity);
}

FAKE__STUB nvmlReturn_t nvmlVgpuTypeGetBAR1Info(nvmlVgpuTypeId_t vgpuTypeId, nvmlVgpuTypeBar1Info_t *bar1Info)
{
    (void)vgpuTypeId;
    (void)bar1Info;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlVgpuTypeGetBAR1Info);
}

FAKE__STUB nvmlReturn_t nvmlVgpuTypeGetCapabilities(nvmlVgpuTypeId_t vgpuTypeId, nvmlVgpuCapability_t capability, unsigned int *capResult)
{
    (void)vgpuTypeId;
    (void)capability;
    (void)capResult;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlVgpuTypeGetCapabilities);
}

FAKE__STUB nvmlReturn_t nvmlVgpuTypeGetClass(nvmlVgpuTypeId_t vgpuTypeId, char *vgpuTypeClass, unsigned int *size)
{
    (void)vgpuTypeId;
    (void)vgpuTypeClass;
    (void)size;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlVgpuTypeGetClass);
}

FAKE__STUB nvmlReturn_t nvmlVgpuTypeGetDeviceID(nvmlVgpuTypeId_t vgpuTypeId, unsigned long long *deviceID, unsigned long long *subsystemID)
{
    (void)vgpuTypeId;
    (void)deviceID;
    (void)subsystemID;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlVgpuTypeGetDeviceID);
}

FAKE__STUB nvmlReturn_t nvmlVgpuTypeGetFbReservation(nvmlVgpuTypeId_t vgpuTypeId, unsigned long long *fbReservation)
{
    (void)vgpuTypeId;
    (void)fbReservation;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlVgpuTypeGetFbReservation);
}

FAKE__STUB nvmlReturn_t nvmlVgpuTypeGetFrameRateLimit(nvmlVgpuTypeId_t vgpuTypeId, unsigned int *frameRateLimit)
{
    (void)vgpuTypeId;
    (void)frameRateLimit;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlVgpuTypeGetFrameRateLimit);
}

FAKE__STUB nvmlReturn_t nvmlVgpuTypeGetFramebufferSize(nvmlVgpuTypeId_t vgpuTypeId, unsigned long long *fbSize)
{
    (void)vgpuTypeId;
    (void)fbSize;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlVgpuTypeGetFramebufferSize);
}

FAKE__STUB nvmlReturn_t nvmlVgpuTypeGetGpuInstanceProfileId(nvmlVgpuTypeId_t vgpuTypeId, unsigned int *gpuInstanceProfileId)
{
    (void)vgpuTypeId;
    (void)gpuInstanceProfileId;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlVgpuTypeGetGpuInstanceProfileId);
}

FAKE__STUB nvmlReturn_t nvmlVgpuTypeGetGspHeapSize(nvmlVgpuTypeId_t vgpuTypeId, unsigned long long *gspHeapSize)
{
    (void)vgpuTypeId;
    (void)gspHeapSize;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlVgpuTypeGetGspHeapSize);
}

FAKE__STUB nvmlReturn_t nvmlVgpuTypeGetLicense(nvmlVgpuTypeId_t vgpuTypeId, char *vgpuTypeLicenseString, unsigned int size)
{
    (void)vgpuTypeId;
    (void)vgpuTypeLicenseString;
    (void)size;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlVgpuTypeGetLicense);
}

FAKE__STUB nvmlReturn_t nvmlVgpuTypeGetMaxInstances(nvmlDevice_t device, nvmlVgpuTypeId_t vgpuTypeId, unsigned int *vgpuInstanceCount)
{
    (void)device;
    (void)vgpuTypeId;
    (void)vgpuInstanceCount;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlVgpuTypeGetMaxInstances);
}

FAKE__STUB nvmlReturn_t nvmlVgpuTypeGetMaxInstancesPerGpuInstance(nvmlVgpuTypeMaxInstance_t *pMaxInstance)
{
    (void)pMaxInstance;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlVgpuTypeGetMaxInstancesPerGpuInstance);
}

FAKE__STUB nvmlReturn_t nvmlVgpuTypeGetMaxInstancesPerVm(nvmlVgpuTypeId_t vgpuTypeId, unsigned int *vgpuInstanceCountPerVm)
{
    (void)vgpuTypeId;
    (void)vgpuInstanceCountPerVm;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlVgpuTypeGetMaxInstancesPerVm);
}

FAKE__STUB nvmlReturn_t nvmlVgpuTypeGetName(nvmlVgpuTypeId_t vgpuTypeId, char *vgpuTypeName, unsigned int *size)
{
    (void)vgpuTypeId;
    (void)vgpuTypeName;
    (void)size;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlVgpuTypeGetName);
}

FAKE__STUB nvmlReturn_t nvmlVgpuTypeGetNumDisplayHeads(nvmlVgpuTypeId_t vgpuTypeId, unsigned int *numDisplayHeads)
{
    (void)vgpuTypeId;
    (void)numDisplayHeads;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlVgpuTypeGetNumDisplayHeads);
}

FAKE__STUB nvmlReturn_t nvmlVgpuTypeGetResolution(nvmlVgpuTypeId_t vgpuTypeId, unsigned int displayIndex, unsigned int *xdim, unsigned int *ydim)
{
    (void)vgpuTypeId;
    (void)displayIndex;
    (void)xdim;
    (void)ydim;
    return (nvmlReturn_t)fake__unsupported(&quanta__nvml_api, QUANTA_NVML_nvmlVgpuTypeGetResolution);
}

void *const fake__nvml_fns[QUANTA_NVML_FN_COUNT] = {
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
