/* Generated from api/nvml.json by tools/gen (npm run gen -- emit). Do not edit. */
#ifndef QUANTA_NVML_API_H
#define QUANTA_NVML_API_H
#include "quanta_nvml_types.h"
#include "api_table.h"

#define QUANTA_NVML_FN_COUNT 399
#define QUANTA_NVML_HEADER_VERSION 13

/* One index per exported symbol; tables below are indexed by it. */
enum quanta_nvml_fn {
    QUANTA_NVML_nvmlComputeInstanceDestroy = 0,
    QUANTA_NVML_nvmlComputeInstanceGetInfo = 1,
    QUANTA_NVML_nvmlComputeInstanceGetInfo_v2 = 2,
    QUANTA_NVML_nvmlDeviceClearAccountingPids = 3,
    QUANTA_NVML_nvmlDeviceClearCpuAffinity = 4,
    QUANTA_NVML_nvmlDeviceClearEccErrorCounts = 5,
    QUANTA_NVML_nvmlDeviceClearFieldValues = 6,
    QUANTA_NVML_nvmlDeviceCreateGpuInstance = 7,
    QUANTA_NVML_nvmlDeviceCreateGpuInstanceWithPlacement = 8,
    QUANTA_NVML_nvmlDeviceDiscoverGpus = 9,
    QUANTA_NVML_nvmlDeviceFreezeNvLinkUtilizationCounter = 10,
    QUANTA_NVML_nvmlDeviceGetAPIRestriction = 11,
    QUANTA_NVML_nvmlDeviceGetAccountingBufferSize = 12,
    QUANTA_NVML_nvmlDeviceGetAccountingMode = 13,
    QUANTA_NVML_nvmlDeviceGetAccountingPids = 14,
    QUANTA_NVML_nvmlDeviceGetAccountingStats = 15,
    QUANTA_NVML_nvmlDeviceGetActiveVgpus = 16,
    QUANTA_NVML_nvmlDeviceGetAdaptiveClockInfoStatus = 17,
    QUANTA_NVML_nvmlDeviceGetAddressingMode = 18,
    QUANTA_NVML_nvmlDeviceGetApplicationsClock = 19,
    QUANTA_NVML_nvmlDeviceGetArchitecture = 20,
    QUANTA_NVML_nvmlDeviceGetAttributes = 21,
    QUANTA_NVML_nvmlDeviceGetAttributes_v2 = 22,
    QUANTA_NVML_nvmlDeviceGetAutoBoostedClocksEnabled = 23,
    QUANTA_NVML_nvmlDeviceGetBAR1MemoryInfo = 24,
    QUANTA_NVML_nvmlDeviceGetBoardId = 25,
    QUANTA_NVML_nvmlDeviceGetBoardPartNumber = 26,
    QUANTA_NVML_nvmlDeviceGetBrand = 27,
    QUANTA_NVML_nvmlDeviceGetBridgeChipInfo = 28,
    QUANTA_NVML_nvmlDeviceGetBusType = 29,
    QUANTA_NVML_nvmlDeviceGetC2cModeInfoV = 30,
    QUANTA_NVML_nvmlDeviceGetCapabilities = 31,
    QUANTA_NVML_nvmlDeviceGetClkMonStatus = 32,
    QUANTA_NVML_nvmlDeviceGetClock = 33,
    QUANTA_NVML_nvmlDeviceGetClockInfo = 34,
    QUANTA_NVML_nvmlDeviceGetClockOffsets = 35,
    QUANTA_NVML_nvmlDeviceGetComputeInstanceId = 36,
    QUANTA_NVML_nvmlDeviceGetComputeMode = 37,
    QUANTA_NVML_nvmlDeviceGetComputeRunningProcesses = 38,
    QUANTA_NVML_nvmlDeviceGetComputeRunningProcesses_v2 = 39,
    QUANTA_NVML_nvmlDeviceGetComputeRunningProcesses_v3 = 40,
    QUANTA_NVML_nvmlDeviceGetConfComputeGpuAttestationReport = 41,
    QUANTA_NVML_nvmlDeviceGetConfComputeGpuCertificate = 42,
    QUANTA_NVML_nvmlDeviceGetConfComputeMemSizeInfo = 43,
    QUANTA_NVML_nvmlDeviceGetConfComputeProtectedMemoryUsage = 44,
    QUANTA_NVML_nvmlDeviceGetCoolerInfo = 45,
    QUANTA_NVML_nvmlDeviceGetCount = 46,
    QUANTA_NVML_nvmlDeviceGetCount_v2 = 47,
    QUANTA_NVML_nvmlDeviceGetCpuAffinity = 48,
    QUANTA_NVML_nvmlDeviceGetCpuAffinityWithinScope = 49,
    QUANTA_NVML_nvmlDeviceGetCreatableVgpus = 50,
    QUANTA_NVML_nvmlDeviceGetCudaComputeCapability = 51,
    QUANTA_NVML_nvmlDeviceGetCurrPcieLinkGeneration = 52,
    QUANTA_NVML_nvmlDeviceGetCurrPcieLinkWidth = 53,
    QUANTA_NVML_nvmlDeviceGetCurrentClockFreqs = 54,
    QUANTA_NVML_nvmlDeviceGetCurrentClocksEventReasons = 55,
    QUANTA_NVML_nvmlDeviceGetCurrentClocksThrottleReasons = 56,
    QUANTA_NVML_nvmlDeviceGetDecoderUtilization = 57,
    QUANTA_NVML_nvmlDeviceGetDefaultApplicationsClock = 58,
    QUANTA_NVML_nvmlDeviceGetDefaultEccMode = 59,
    QUANTA_NVML_nvmlDeviceGetDetailedEccErrors = 60,
    QUANTA_NVML_nvmlDeviceGetDeviceHandleFromMigDeviceHandle = 61,
    QUANTA_NVML_nvmlDeviceGetDisplayActive = 62,
    QUANTA_NVML_nvmlDeviceGetDisplayMode = 63,
    QUANTA_NVML_nvmlDeviceGetDramEncryptionMode = 64,
    QUANTA_NVML_nvmlDeviceGetDriverModel = 65,
    QUANTA_NVML_nvmlDeviceGetDriverModel_v2 = 66,
    QUANTA_NVML_nvmlDeviceGetDynamicPstatesInfo = 67,
    QUANTA_NVML_nvmlDeviceGetEccMode = 68,
    QUANTA_NVML_nvmlDeviceGetEncoderCapacity = 69,
    QUANTA_NVML_nvmlDeviceGetEncoderSessions = 70,
    QUANTA_NVML_nvmlDeviceGetEncoderStats = 71,
    QUANTA_NVML_nvmlDeviceGetEncoderUtilization = 72,
    QUANTA_NVML_nvmlDeviceGetEnforcedPowerLimit = 73,
    QUANTA_NVML_nvmlDeviceGetFBCSessions = 74,
    QUANTA_NVML_nvmlDeviceGetFBCStats = 75,
    QUANTA_NVML_nvmlDeviceGetFanControlPolicy_v2 = 76,
    QUANTA_NVML_nvmlDeviceGetFanSpeed = 77,
    QUANTA_NVML_nvmlDeviceGetFanSpeed_v2 = 78,
    QUANTA_NVML_nvmlDeviceGetFanSpeedRPM = 79,
    QUANTA_NVML_nvmlDeviceGetFieldValues = 80,
    QUANTA_NVML_nvmlDeviceGetGpcClkMinMaxVfOffset = 81,
    QUANTA_NVML_nvmlDeviceGetGpcClkVfOffset = 82,
    QUANTA_NVML_nvmlDeviceGetGpuFabricInfo = 83,
    QUANTA_NVML_nvmlDeviceGetGpuFabricInfoV = 84,
    QUANTA_NVML_nvmlDeviceGetGpuInstanceById = 85,
    QUANTA_NVML_nvmlDeviceGetGpuInstanceId = 86,
    QUANTA_NVML_nvmlDeviceGetGpuInstancePossiblePlacements = 87,
    QUANTA_NVML_nvmlDeviceGetGpuInstancePossiblePlacements_v2 = 88,
    QUANTA_NVML_nvmlDeviceGetGpuInstanceProfileInfo = 89,
    QUANTA_NVML_nvmlDeviceGetGpuInstanceProfileInfoByIdV = 90,
    QUANTA_NVML_nvmlDeviceGetGpuInstanceProfileInfoV = 91,
    QUANTA_NVML_nvmlDeviceGetGpuInstanceRemainingCapacity = 92,
    QUANTA_NVML_nvmlDeviceGetGpuInstances = 93,
    QUANTA_NVML_nvmlDeviceGetGpuMaxPcieLinkGeneration = 94,
    QUANTA_NVML_nvmlDeviceGetGpuOperationMode = 95,
    QUANTA_NVML_nvmlDeviceGetGraphicsRunningProcesses = 96,
    QUANTA_NVML_nvmlDeviceGetGraphicsRunningProcesses_v2 = 97,
    QUANTA_NVML_nvmlDeviceGetGraphicsRunningProcesses_v3 = 98,
    QUANTA_NVML_nvmlDeviceGetGridLicensableFeatures = 99,
    QUANTA_NVML_nvmlDeviceGetGridLicensableFeatures_v2 = 100,
    QUANTA_NVML_nvmlDeviceGetGridLicensableFeatures_v3 = 101,
    QUANTA_NVML_nvmlDeviceGetGridLicensableFeatures_v4 = 102,
    QUANTA_NVML_nvmlDeviceGetGspFirmwareMode = 103,
    QUANTA_NVML_nvmlDeviceGetGspFirmwareVersion = 104,
    QUANTA_NVML_nvmlDeviceGetHandleByIndex = 105,
    QUANTA_NVML_nvmlDeviceGetHandleByIndex_v2 = 106,
    QUANTA_NVML_nvmlDeviceGetHandleByPciBusId = 107,
    QUANTA_NVML_nvmlDeviceGetHandleByPciBusId_v2 = 108,
    QUANTA_NVML_nvmlDeviceGetHandleBySerial = 109,
    QUANTA_NVML_nvmlDeviceGetHandleByUUID = 110,
    QUANTA_NVML_nvmlDeviceGetHandleByUUIDV = 111,
    QUANTA_NVML_nvmlDeviceGetHostVgpuMode = 112,
    QUANTA_NVML_nvmlDeviceGetHostname_v1 = 113,
    QUANTA_NVML_nvmlDeviceGetIndex = 114,
    QUANTA_NVML_nvmlDeviceGetInforomConfigurationChecksum = 115,
    QUANTA_NVML_nvmlDeviceGetInforomImageVersion = 116,
    QUANTA_NVML_nvmlDeviceGetInforomVersion = 117,
    QUANTA_NVML_nvmlDeviceGetIrqNum = 118,
    QUANTA_NVML_nvmlDeviceGetJpgUtilization = 119,
    QUANTA_NVML_nvmlDeviceGetLastBBXFlushTime = 120,
    QUANTA_NVML_nvmlDeviceGetMPSComputeRunningProcesses = 121,
    QUANTA_NVML_nvmlDeviceGetMPSComputeRunningProcesses_v2 = 122,
    QUANTA_NVML_nvmlDeviceGetMPSComputeRunningProcesses_v3 = 123,
    QUANTA_NVML_nvmlDeviceGetMarginTemperature = 124,
    QUANTA_NVML_nvmlDeviceGetMaxClockInfo = 125,
    QUANTA_NVML_nvmlDeviceGetMaxCustomerBoostClock = 126,
    QUANTA_NVML_nvmlDeviceGetMaxMigDeviceCount = 127,
    QUANTA_NVML_nvmlDeviceGetMaxPcieLinkGeneration = 128,
    QUANTA_NVML_nvmlDeviceGetMaxPcieLinkWidth = 129,
    QUANTA_NVML_nvmlDeviceGetMemClkMinMaxVfOffset = 130,
    QUANTA_NVML_nvmlDeviceGetMemClkVfOffset = 131,
    QUANTA_NVML_nvmlDeviceGetMemoryAffinity = 132,
    QUANTA_NVML_nvmlDeviceGetMemoryBusWidth = 133,
    QUANTA_NVML_nvmlDeviceGetMemoryErrorCounter = 134,
    QUANTA_NVML_nvmlDeviceGetMemoryInfo = 135,
    QUANTA_NVML_nvmlDeviceGetMemoryInfo_v2 = 136,
    QUANTA_NVML_nvmlDeviceGetMigDeviceHandleByIndex = 137,
    QUANTA_NVML_nvmlDeviceGetMigMode = 138,
    QUANTA_NVML_nvmlDeviceGetMinMaxClockOfPState = 139,
    QUANTA_NVML_nvmlDeviceGetMinMaxFanSpeed = 140,
    QUANTA_NVML_nvmlDeviceGetMinorNumber = 141,
    QUANTA_NVML_nvmlDeviceGetModuleId = 142,
    QUANTA_NVML_nvmlDeviceGetMultiGpuBoard = 143,
    QUANTA_NVML_nvmlDeviceGetName = 144,
    QUANTA_NVML_nvmlDeviceGetNumFans = 145,
    QUANTA_NVML_nvmlDeviceGetNumGpuCores = 146,
    QUANTA_NVML_nvmlDeviceGetNumaNodeId = 147,
    QUANTA_NVML_nvmlDeviceGetNvLinkCapability = 148,
    QUANTA_NVML_nvmlDeviceGetNvLinkErrorCounter = 149,
    QUANTA_NVML_nvmlDeviceGetNvLinkInfo = 150,
    QUANTA_NVML_nvmlDeviceGetNvLinkRemoteDeviceType = 151,
    QUANTA_NVML_nvmlDeviceGetNvLinkRemotePciInfo = 152,
    QUANTA_NVML_nvmlDeviceGetNvLinkRemotePciInfo_v2 = 153,
    QUANTA_NVML_nvmlDeviceGetNvLinkState = 154,
    QUANTA_NVML_nvmlDeviceGetNvLinkUtilizationControl = 155,
    QUANTA_NVML_nvmlDeviceGetNvLinkUtilizationCounter = 156,
    QUANTA_NVML_nvmlDeviceGetNvLinkVersion = 157,
    QUANTA_NVML_nvmlDeviceGetNvlinkBwMode = 158,
    QUANTA_NVML_nvmlDeviceGetNvlinkSupportedBwModes = 159,
    QUANTA_NVML_nvmlDeviceGetOfaUtilization = 160,
    QUANTA_NVML_nvmlDeviceGetP2PStatus = 161,
    QUANTA_NVML_nvmlDeviceGetPciInfo = 162,
    QUANTA_NVML_nvmlDeviceGetPciInfo_v2 = 163,
    QUANTA_NVML_nvmlDeviceGetPciInfo_v3 = 164,
    QUANTA_NVML_nvmlDeviceGetPciInfoExt = 165,
    QUANTA_NVML_nvmlDeviceGetPcieLinkMaxSpeed = 166,
    QUANTA_NVML_nvmlDeviceGetPcieReplayCounter = 167,
    QUANTA_NVML_nvmlDeviceGetPcieSpeed = 168,
    QUANTA_NVML_nvmlDeviceGetPcieThroughput = 169,
    QUANTA_NVML_nvmlDeviceGetPdi = 170,
    QUANTA_NVML_nvmlDeviceGetPerformanceModes = 171,
    QUANTA_NVML_nvmlDeviceGetPerformanceState = 172,
    QUANTA_NVML_nvmlDeviceGetPersistenceMode = 173,
    QUANTA_NVML_nvmlDeviceGetPgpuMetadataString = 174,
    QUANTA_NVML_nvmlDeviceGetPlatformInfo = 175,
    QUANTA_NVML_nvmlDeviceGetPowerManagementDefaultLimit = 176,
    QUANTA_NVML_nvmlDeviceGetPowerManagementLimit = 177,
    QUANTA_NVML_nvmlDeviceGetPowerManagementLimitConstraints = 178,
    QUANTA_NVML_nvmlDeviceGetPowerManagementMode = 179,
    QUANTA_NVML_nvmlDeviceGetPowerMizerMode_v1 = 180,
    QUANTA_NVML_nvmlDeviceGetPowerSource = 181,
    QUANTA_NVML_nvmlDeviceGetPowerState = 182,
    QUANTA_NVML_nvmlDeviceGetPowerUsage = 183,
    QUANTA_NVML_nvmlDeviceGetProcessUtilization = 184,
    QUANTA_NVML_nvmlDeviceGetProcessesUtilizationInfo = 185,
    QUANTA_NVML_nvmlDeviceGetRemappedRows = 186,
    QUANTA_NVML_nvmlDeviceGetRepairStatus = 187,
    QUANTA_NVML_nvmlDeviceGetRetiredPages = 188,
    QUANTA_NVML_nvmlDeviceGetRetiredPages_v2 = 189,
    QUANTA_NVML_nvmlDeviceGetRetiredPagesPendingStatus = 190,
    QUANTA_NVML_nvmlDeviceGetRowRemapperHistogram = 191,
    QUANTA_NVML_nvmlDeviceGetRunningProcessDetailList = 192,
    QUANTA_NVML_nvmlDeviceGetSamples = 193,
    QUANTA_NVML_nvmlDeviceGetSerial = 194,
    QUANTA_NVML_nvmlDeviceGetSramEccErrorStatus = 195,
    QUANTA_NVML_nvmlDeviceGetSramUniqueUncorrectedEccErrorCounts = 196,
    QUANTA_NVML_nvmlDeviceGetSupportedClocksEventReasons = 197,
    QUANTA_NVML_nvmlDeviceGetSupportedClocksThrottleReasons = 198,
    QUANTA_NVML_nvmlDeviceGetSupportedEventTypes = 199,
    QUANTA_NVML_nvmlDeviceGetSupportedGraphicsClocks = 200,
    QUANTA_NVML_nvmlDeviceGetSupportedMemoryClocks = 201,
    QUANTA_NVML_nvmlDeviceGetSupportedPerformanceStates = 202,
    QUANTA_NVML_nvmlDeviceGetSupportedVgpus = 203,
    QUANTA_NVML_nvmlDeviceGetTargetFanSpeed = 204,
    QUANTA_NVML_nvmlDeviceGetTemperature = 205,
    QUANTA_NVML_nvmlDeviceGetTemperatureThreshold = 206,
    QUANTA_NVML_nvmlDeviceGetTemperatureV = 207,
    QUANTA_NVML_nvmlDeviceGetThermalSettings = 208,
    QUANTA_NVML_nvmlDeviceGetTopologyCommonAncestor = 209,
    QUANTA_NVML_nvmlDeviceGetTopologyNearestGpus = 210,
    QUANTA_NVML_nvmlDeviceGetTotalEccErrors = 211,
    QUANTA_NVML_nvmlDeviceGetTotalEnergyConsumption = 212,
    QUANTA_NVML_nvmlDeviceGetUUID = 213,
    QUANTA_NVML_nvmlDeviceGetUtilizationRates = 214,
    QUANTA_NVML_nvmlDeviceGetVbiosVersion = 215,
    QUANTA_NVML_nvmlDeviceGetVgpuCapabilities = 216,
    QUANTA_NVML_nvmlDeviceGetVgpuHeterogeneousMode = 217,
    QUANTA_NVML_nvmlDeviceGetVgpuInstancesUtilizationInfo = 218,
    QUANTA_NVML_nvmlDeviceGetVgpuMetadata = 219,
    QUANTA_NVML_nvmlDeviceGetVgpuProcessUtilization = 220,
    QUANTA_NVML_nvmlDeviceGetVgpuProcessesUtilizationInfo = 221,
    QUANTA_NVML_nvmlDeviceGetVgpuSchedulerCapabilities = 222,
    QUANTA_NVML_nvmlDeviceGetVgpuSchedulerLog = 223,
    QUANTA_NVML_nvmlDeviceGetVgpuSchedulerState = 224,
    QUANTA_NVML_nvmlDeviceGetVgpuTypeCreatablePlacements = 225,
    QUANTA_NVML_nvmlDeviceGetVgpuTypeSupportedPlacements = 226,
    QUANTA_NVML_nvmlDeviceGetVgpuUtilization = 227,
    QUANTA_NVML_nvmlDeviceGetViolationStatus = 228,
    QUANTA_NVML_nvmlDeviceGetVirtualizationMode = 229,
    QUANTA_NVML_nvmlDeviceIsMigDeviceHandle = 230,
    QUANTA_NVML_nvmlDeviceModifyDrainState = 231,
    QUANTA_NVML_nvmlDeviceOnSameBoard = 232,
    QUANTA_NVML_nvmlDevicePowerSmoothingActivatePresetProfile = 233,
    QUANTA_NVML_nvmlDevicePowerSmoothingSetState = 234,
    QUANTA_NVML_nvmlDevicePowerSmoothingUpdatePresetProfileParam = 235,
    QUANTA_NVML_nvmlDeviceQueryDrainState = 236,
    QUANTA_NVML_nvmlDeviceReadWritePRM_v1 = 237,
    QUANTA_NVML_nvmlDeviceRegisterEvents = 238,
    QUANTA_NVML_nvmlDeviceRemoveGpu = 239,
    QUANTA_NVML_nvmlDeviceRemoveGpu_v2 = 240,
    QUANTA_NVML_nvmlDeviceResetApplicationsClocks = 241,
    QUANTA_NVML_nvmlDeviceResetGpuLockedClocks = 242,
    QUANTA_NVML_nvmlDeviceResetMemoryLockedClocks = 243,
    QUANTA_NVML_nvmlDeviceResetNvLinkErrorCounters = 244,
    QUANTA_NVML_nvmlDeviceResetNvLinkUtilizationCounter = 245,
    QUANTA_NVML_nvmlDeviceSetAPIRestriction = 246,
    QUANTA_NVML_nvmlDeviceSetAccountingMode = 247,
    QUANTA_NVML_nvmlDeviceSetApplicationsClocks = 248,
    QUANTA_NVML_nvmlDeviceSetAutoBoostedClocksEnabled = 249,
    QUANTA_NVML_nvmlDeviceSetClockOffsets = 250,
    QUANTA_NVML_nvmlDeviceSetComputeMode = 251,
    QUANTA_NVML_nvmlDeviceSetConfComputeUnprotectedMemSize = 252,
    QUANTA_NVML_nvmlDeviceSetCpuAffinity = 253,
    QUANTA_NVML_nvmlDeviceSetDefaultAutoBoostedClocksEnabled = 254,
    QUANTA_NVML_nvmlDeviceSetDefaultFanSpeed_v2 = 255,
    QUANTA_NVML_nvmlDeviceSetDramEncryptionMode = 256,
    QUANTA_NVML_nvmlDeviceSetDriverModel = 257,
    QUANTA_NVML_nvmlDeviceSetEccMode = 258,
    QUANTA_NVML_nvmlDeviceSetFanControlPolicy = 259,
    QUANTA_NVML_nvmlDeviceSetFanSpeed_v2 = 260,
    QUANTA_NVML_nvmlDeviceSetGpcClkVfOffset = 261,
    QUANTA_NVML_nvmlDeviceSetGpuLockedClocks = 262,
    QUANTA_NVML_nvmlDeviceSetGpuOperationMode = 263,
    QUANTA_NVML_nvmlDeviceSetHostname_v1 = 264,
    QUANTA_NVML_nvmlDeviceSetMemClkVfOffset = 265,
    QUANTA_NVML_nvmlDeviceSetMemoryLockedClocks = 266,
    QUANTA_NVML_nvmlDeviceSetMigMode = 267,
    QUANTA_NVML_nvmlDeviceSetNvLinkDeviceLowPowerThreshold = 268,
    QUANTA_NVML_nvmlDeviceSetNvLinkUtilizationControl = 269,
    QUANTA_NVML_nvmlDeviceSetNvlinkBwMode = 270,
    QUANTA_NVML_nvmlDeviceSetPersistenceMode = 271,
    QUANTA_NVML_nvmlDeviceSetPowerManagementLimit = 272,
    QUANTA_NVML_nvmlDeviceSetPowerManagementLimit_v2 = 273,
    QUANTA_NVML_nvmlDeviceSetPowerMizerMode_v1 = 274,
    QUANTA_NVML_nvmlDeviceSetTemperatureThreshold = 275,
    QUANTA_NVML_nvmlDeviceSetVgpuCapabilities = 276,
    QUANTA_NVML_nvmlDeviceSetVgpuHeterogeneousMode = 277,
    QUANTA_NVML_nvmlDeviceSetVgpuSchedulerState = 278,
    QUANTA_NVML_nvmlDeviceSetVirtualizationMode = 279,
    QUANTA_NVML_nvmlDeviceValidateInforom = 280,
    QUANTA_NVML_nvmlDeviceWorkloadPowerProfileClearRequestedProfiles = 281,
    QUANTA_NVML_nvmlDeviceWorkloadPowerProfileGetCurrentProfiles = 282,
    QUANTA_NVML_nvmlDeviceWorkloadPowerProfileGetProfilesInfo = 283,
    QUANTA_NVML_nvmlDeviceWorkloadPowerProfileSetRequestedProfiles = 284,
    QUANTA_NVML_nvmlErrorString = 285,
    QUANTA_NVML_nvmlEventSetCreate = 286,
    QUANTA_NVML_nvmlEventSetFree = 287,
    QUANTA_NVML_nvmlEventSetWait = 288,
    QUANTA_NVML_nvmlEventSetWait_v2 = 289,
    QUANTA_NVML_nvmlGetExcludedDeviceCount = 290,
    QUANTA_NVML_nvmlGetExcludedDeviceInfoByIndex = 291,
    QUANTA_NVML_nvmlGetVgpuCompatibility = 292,
    QUANTA_NVML_nvmlGetVgpuDriverCapabilities = 293,
    QUANTA_NVML_nvmlGetVgpuVersion = 294,
    QUANTA_NVML_nvmlGpmMetricsGet = 295,
    QUANTA_NVML_nvmlGpmMigSampleGet = 296,
    QUANTA_NVML_nvmlGpmQueryDeviceSupport = 297,
    QUANTA_NVML_nvmlGpmQueryIfStreamingEnabled = 298,
    QUANTA_NVML_nvmlGpmSampleAlloc = 299,
    QUANTA_NVML_nvmlGpmSampleFree = 300,
    QUANTA_NVML_nvmlGpmSampleGet = 301,
    QUANTA_NVML_nvmlGpmSetStreamingEnabled = 302,
    QUANTA_NVML_nvmlGpuInstanceCreateComputeInstance = 303,
    QUANTA_NVML_nvmlGpuInstanceCreateComputeInstanceWithPlacement = 304,
    QUANTA_NVML_nvmlGpuInstanceDestroy = 305,
    QUANTA_NVML_nvmlGpuInstanceGetActiveVgpus = 306,
    QUANTA_NVML_nvmlGpuInstanceGetComputeInstanceById = 307,
    QUANTA_NVML_nvmlGpuInstanceGetComputeInstancePossiblePlacements = 308,
    QUANTA_NVML_nvmlGpuInstanceGetComputeInstanceProfileInfo = 309,
    QUANTA_NVML_nvmlGpuInstanceGetComputeInstanceProfileInfoV = 310,
    QUANTA_NVML_nvmlGpuInstanceGetComputeInstanceRemainingCapacity = 311,
    QUANTA_NVML_nvmlGpuInstanceGetComputeInstances = 312,
    QUANTA_NVML_nvmlGpuInstanceGetCreatableVgpus = 313,
    QUANTA_NVML_nvmlGpuInstanceGetInfo = 314,
    QUANTA_NVML_nvmlGpuInstanceGetVgpuHeterogeneousMode = 315,
    QUANTA_NVML_nvmlGpuInstanceGetVgpuSchedulerLog = 316,
    QUANTA_NVML_nvmlGpuInstanceGetVgpuSchedulerState = 317,
    QUANTA_NVML_nvmlGpuInstanceGetVgpuTypeCreatablePlacements = 318,
    QUANTA_NVML_nvmlGpuInstanceSetVgpuHeterogeneousMode = 319,
    QUANTA_NVML_nvmlGpuInstanceSetVgpuSchedulerState = 320,
    QUANTA_NVML_nvmlInit = 321,
    QUANTA_NVML_nvmlInit_v2 = 322,
    QUANTA_NVML_nvmlInitWithFlags = 323,
    QUANTA_NVML_nvmlInternalGetExportTable = 324,
    QUANTA_NVML_nvmlSetVgpuVersion = 325,
    QUANTA_NVML_nvmlShutdown = 326,
    QUANTA_NVML_nvmlSystemEventSetCreate = 327,
    QUANTA_NVML_nvmlSystemEventSetFree = 328,
    QUANTA_NVML_nvmlSystemEventSetWait = 329,
    QUANTA_NVML_nvmlSystemGetConfComputeCapabilities = 330,
    QUANTA_NVML_nvmlSystemGetConfComputeGpusReadyState = 331,
    QUANTA_NVML_nvmlSystemGetConfComputeKeyRotationThresholdInfo = 332,
    QUANTA_NVML_nvmlSystemGetConfComputeSettings = 333,
    QUANTA_NVML_nvmlSystemGetConfComputeState = 334,
    QUANTA_NVML_nvmlSystemGetCudaDriverVersion = 335,
    QUANTA_NVML_nvmlSystemGetCudaDriverVersion_v2 = 336,
    QUANTA_NVML_nvmlSystemGetDriverBranch = 337,
    QUANTA_NVML_nvmlSystemGetDriverVersion = 338,
    QUANTA_NVML_nvmlSystemGetHicVersion = 339,
    QUANTA_NVML_nvmlSystemGetNVMLVersion = 340,
    QUANTA_NVML_nvmlSystemGetNvlinkBwMode = 341,
    QUANTA_NVML_nvmlSystemGetProcessName = 342,
    QUANTA_NVML_nvmlSystemGetTopologyGpuSet = 343,
    QUANTA_NVML_nvmlSystemRegisterEvents = 344,
    QUANTA_NVML_nvmlSystemSetConfComputeGpusReadyState = 345,
    QUANTA_NVML_nvmlSystemSetConfComputeKeyRotationThresholdInfo = 346,
    QUANTA_NVML_nvmlSystemSetNvlinkBwMode = 347,
    QUANTA_NVML_nvmlUnitGetCount = 348,
    QUANTA_NVML_nvmlUnitGetDevices = 349,
    QUANTA_NVML_nvmlUnitGetFanSpeedInfo = 350,
    QUANTA_NVML_nvmlUnitGetHandleByIndex = 351,
    QUANTA_NVML_nvmlUnitGetLedState = 352,
    QUANTA_NVML_nvmlUnitGetPsuInfo = 353,
    QUANTA_NVML_nvmlUnitGetTemperature = 354,
    QUANTA_NVML_nvmlUnitGetUnitInfo = 355,
    QUANTA_NVML_nvmlUnitSetLedState = 356,
    QUANTA_NVML_nvmlVgpuInstanceClearAccountingPids = 357,
    QUANTA_NVML_nvmlVgpuInstanceGetAccountingMode = 358,
    QUANTA_NVML_nvmlVgpuInstanceGetAccountingPids = 359,
    QUANTA_NVML_nvmlVgpuInstanceGetAccountingStats = 360,
    QUANTA_NVML_nvmlVgpuInstanceGetEccMode = 361,
    QUANTA_NVML_nvmlVgpuInstanceGetEncoderCapacity = 362,
    QUANTA_NVML_nvmlVgpuInstanceGetEncoderSessions = 363,
    QUANTA_NVML_nvmlVgpuInstanceGetEncoderStats = 364,
    QUANTA_NVML_nvmlVgpuInstanceGetFBCSessions = 365,
    QUANTA_NVML_nvmlVgpuInstanceGetFBCStats = 366,
    QUANTA_NVML_nvmlVgpuInstanceGetFbUsage = 367,
    QUANTA_NVML_nvmlVgpuInstanceGetFrameRateLimit = 368,
    QUANTA_NVML_nvmlVgpuInstanceGetGpuInstanceId = 369,
    QUANTA_NVML_nvmlVgpuInstanceGetGpuPciId = 370,
    QUANTA_NVML_nvmlVgpuInstanceGetLicenseInfo = 371,
    QUANTA_NVML_nvmlVgpuInstanceGetLicenseInfo_v2 = 372,
    QUANTA_NVML_nvmlVgpuInstanceGetLicenseStatus = 373,
    QUANTA_NVML_nvmlVgpuInstanceGetMdevUUID = 374,
    QUANTA_NVML_nvmlVgpuInstanceGetMetadata = 375,
    QUANTA_NVML_nvmlVgpuInstanceGetPlacementId = 376,
    QUANTA_NVML_nvmlVgpuInstanceGetRuntimeStateSize = 377,
    QUANTA_NVML_nvmlVgpuInstanceGetType = 378,
    QUANTA_NVML_nvmlVgpuInstanceGetUUID = 379,
    QUANTA_NVML_nvmlVgpuInstanceGetVmDriverVersion = 380,
    QUANTA_NVML_nvmlVgpuInstanceGetVmID = 381,
    QUANTA_NVML_nvmlVgpuInstanceSetEncoderCapacity = 382,
    QUANTA_NVML_nvmlVgpuTypeGetBAR1Info = 383,
    QUANTA_NVML_nvmlVgpuTypeGetCapabilities = 384,
    QUANTA_NVML_nvmlVgpuTypeGetClass = 385,
    QUANTA_NVML_nvmlVgpuTypeGetDeviceID = 386,
    QUANTA_NVML_nvmlVgpuTypeGetFbReservation = 387,
    QUANTA_NVML_nvmlVgpuTypeGetFrameRateLimit = 388,
    QUANTA_NVML_nvmlVgpuTypeGetFramebufferSize = 389,
    QUANTA_NVML_nvmlVgpuTypeGetGpuInstanceProfileId = 390,
    QUANTA_NVML_nvmlVgpuTypeGetGspHeapSize = 391,
    QUANTA_NVML_nvmlVgpuTypeGetLicense = 392,
    QUANTA_NVML_nvmlVgpuTypeGetMaxInstances = 393,
    QUANTA_NVML_nvmlVgpuTypeGetMaxInstancesPerGpuInstance = 394,
    QUANTA_NVML_nvmlVgpuTypeGetMaxInstancesPerVm = 395,
    QUANTA_NVML_nvmlVgpuTypeGetName = 396,
    QUANTA_NVML_nvmlVgpuTypeGetNumDisplayHeads = 397,
    QUANTA_NVML_nvmlVgpuTypeGetResolution = 398,
};

/* Every symbol, exported with default visibility wherever it is defined. */
#pragma GCC visibility push(default)
nvmlReturn_t nvmlComputeInstanceDestroy(nvmlComputeInstance_t computeInstance);
nvmlReturn_t nvmlComputeInstanceGetInfo(nvmlComputeInstance_t computeInstance, nvmlComputeInstanceInfo_t *info);
nvmlReturn_t nvmlComputeInstanceGetInfo_v2(nvmlComputeInstance_t computeInstance, nvmlComputeInstanceInfo_t *info);
nvmlReturn_t nvmlDeviceClearAccountingPids(nvmlDevice_t device);
nvmlReturn_t nvmlDeviceClearCpuAffinity(nvmlDevice_t device);
nvmlReturn_t nvmlDeviceClearEccErrorCounts(nvmlDevice_t device, nvmlEccCounterType_t counterType);
nvmlReturn_t nvmlDeviceClearFieldValues(nvmlDevice_t device, int valuesCount, nvmlFieldValue_t *values);
nvmlReturn_t nvmlDeviceCreateGpuInstance(nvmlDevice_t device, unsigned int profileId, nvmlGpuInstance_t *gpuInstance);
nvmlReturn_t nvmlDeviceCreateGpuInstanceWithPlacement(nvmlDevice_t device, unsigned int profileId, const nvmlGpuInstancePlacement_t *placement, nvmlGpuInstance_t *gpuInstance);
nvmlReturn_t nvmlDeviceDiscoverGpus(nvmlPciInfo_t *pciInfo);
nvmlReturn_t nvmlDeviceFreezeNvLinkUtilizationCounter(nvmlDevice_t device, unsigned int link, unsigned int counter, nvmlEnableState_t freeze);
nvmlReturn_t nvmlDeviceGetAPIRestriction(nvmlDevice_t device, nvmlRestrictedAPI_t apiType, nvmlEnableState_t *isRestricted);
nvmlReturn_t nvmlDeviceGetAccountingBufferSize(nvmlDevice_t device, unsigned int *bufferSize);
nvmlReturn_t nvmlDeviceGetAccountingMode(nvmlDevice_t device, nvmlEnableState_t *mode);
nvmlReturn_t nvmlDeviceGetAccountingPids(nvmlDevice_t device, unsigned int *count, unsigned int *pids);
nvmlReturn_t nvmlDeviceGetAccountingStats(nvmlDevice_t device, unsigned int pid, nvmlAccountingStats_t *stats);
nvmlReturn_t nvmlDeviceGetActiveVgpus(nvmlDevice_t device, unsigned int *vgpuCount, nvmlVgpuInstance_t *vgpuInstances);
nvmlReturn_t nvmlDeviceGetAdaptiveClockInfoStatus(nvmlDevice_t device, unsigned int *adaptiveClockStatus);
nvmlReturn_t nvmlDeviceGetAddressingMode(nvmlDevice_t device, nvmlDeviceAddressingMode_t *mode);
nvmlReturn_t nvmlDeviceGetApplicationsClock(nvmlDevice_t device, nvmlClockType_t clockType, unsigned int *clockMHz);
nvmlReturn_t nvmlDeviceGetArchitecture(nvmlDevice_t device, nvmlDeviceArchitecture_t *arch);
nvmlReturn_t nvmlDeviceGetAttributes(nvmlDevice_t device, nvmlDeviceAttributes_t *attributes);
nvmlReturn_t nvmlDeviceGetAttributes_v2(nvmlDevice_t device, nvmlDeviceAttributes_t *attributes);
nvmlReturn_t nvmlDeviceGetAutoBoostedClocksEnabled(nvmlDevice_t device, nvmlEnableState_t *isEnabled, nvmlEnableState_t *defaultIsEnabled);
nvmlReturn_t nvmlDeviceGetBAR1MemoryInfo(nvmlDevice_t device, nvmlBAR1Memory_t *bar1Memory);
nvmlReturn_t nvmlDeviceGetBoardId(nvmlDevice_t device, unsigned int *boardId);
nvmlReturn_t nvmlDeviceGetBoardPartNumber(nvmlDevice_t device, char *partNumber, unsigned int length);
nvmlReturn_t nvmlDeviceGetBrand(nvmlDevice_t device, nvmlBrandType_t *type);
nvmlReturn_t nvmlDeviceGetBridgeChipInfo(nvmlDevice_t device, nvmlBridgeChipHierarchy_t *bridgeHierarchy);
nvmlReturn_t nvmlDeviceGetBusType(nvmlDevice_t device, nvmlBusType_t *type);
nvmlReturn_t nvmlDeviceGetC2cModeInfoV(nvmlDevice_t device, nvmlC2cModeInfo_v1_t *c2cModeInfo);
nvmlReturn_t nvmlDeviceGetCapabilities(nvmlDevice_t device, nvmlDeviceCapabilities_t *caps);
nvmlReturn_t nvmlDeviceGetClkMonStatus(nvmlDevice_t device, nvmlClkMonStatus_t *status);
nvmlReturn_t nvmlDeviceGetClock(nvmlDevice_t device, nvmlClockType_t clockType, nvmlClockId_t clockId, unsigned int *clockMHz);
nvmlReturn_t nvmlDeviceGetClockInfo(nvmlDevice_t device, nvmlClockType_t type, unsigned int *clock);
nvmlReturn_t nvmlDeviceGetClockOffsets(nvmlDevice_t device, nvmlClockOffset_t *info);
nvmlReturn_t nvmlDeviceGetComputeInstanceId(nvmlDevice_t device, unsigned int *id);
nvmlReturn_t nvmlDeviceGetComputeMode(nvmlDevice_t device, nvmlComputeMode_t *mode);
nvmlReturn_t nvmlDeviceGetComputeRunningProcesses(nvmlDevice_t device, unsigned int *infoCount, nvmlProcessInfo_v1_t *infos);
nvmlReturn_t nvmlDeviceGetComputeRunningProcesses_v2(nvmlDevice_t device, unsigned int *infoCount, nvmlProcessInfo_v2_t *infos);
nvmlReturn_t nvmlDeviceGetComputeRunningProcesses_v3(nvmlDevice_t device, unsigned int *infoCount, nvmlProcessInfo_t *infos);
nvmlReturn_t nvmlDeviceGetConfComputeGpuAttestationReport(nvmlDevice_t device, nvmlConfComputeGpuAttestationReport_t *gpuAtstReport);
nvmlReturn_t nvmlDeviceGetConfComputeGpuCertificate(nvmlDevice_t device, nvmlConfComputeGpuCertificate_t *gpuCert);
nvmlReturn_t nvmlDeviceGetConfComputeMemSizeInfo(nvmlDevice_t device, nvmlConfComputeMemSizeInfo_t *memInfo);
nvmlReturn_t nvmlDeviceGetConfComputeProtectedMemoryUsage(nvmlDevice_t device, nvmlMemory_t *memory);
nvmlReturn_t nvmlDeviceGetCoolerInfo(nvmlDevice_t device, nvmlCoolerInfo_t *coolerInfo);
nvmlReturn_t nvmlDeviceGetCount(unsigned int *deviceCount);
nvmlReturn_t nvmlDeviceGetCount_v2(unsigned int *deviceCount);
nvmlReturn_t nvmlDeviceGetCpuAffinity(nvmlDevice_t device, unsigned int cpuSetSize, unsigned long *cpuSet);
nvmlReturn_t nvmlDeviceGetCpuAffinityWithinScope(nvmlDevice_t device, unsigned int cpuSetSize, unsigned long *cpuSet, nvmlAffinityScope_t scope);
nvmlReturn_t nvmlDeviceGetCreatableVgpus(nvmlDevice_t device, unsigned int *vgpuCount, nvmlVgpuTypeId_t *vgpuTypeIds);
nvmlReturn_t nvmlDeviceGetCudaComputeCapability(nvmlDevice_t device, int *major, int *minor);
nvmlReturn_t nvmlDeviceGetCurrPcieLinkGeneration(nvmlDevice_t device, unsigned int *currLinkGen);
nvmlReturn_t nvmlDeviceGetCurrPcieLinkWidth(nvmlDevice_t device, unsigned int *currLinkWidth);
nvmlReturn_t nvmlDeviceGetCurrentClockFreqs(nvmlDevice_t device, nvmlDeviceCurrentClockFreqs_t *currentClockFreqs);
nvmlReturn_t nvmlDeviceGetCurrentClocksEventReasons(nvmlDevice_t device, unsigned long long *clocksEventReasons);
nvmlReturn_t nvmlDeviceGetCurrentClocksThrottleReasons(nvmlDevice_t device, unsigned long long *clocksThrottleReasons);
nvmlReturn_t nvmlDeviceGetDecoderUtilization(nvmlDevice_t device, unsigned int *utilization, unsigned int *samplingPeriodUs);
nvmlReturn_t nvmlDeviceGetDefaultApplicationsClock(nvmlDevice_t device, nvmlClockType_t clockType, unsigned int *clockMHz);
nvmlReturn_t nvmlDeviceGetDefaultEccMode(nvmlDevice_t device, nvmlEnableState_t *defaultMode);
nvmlReturn_t nvmlDeviceGetDetailedEccErrors(nvmlDevice_t device, nvmlMemoryErrorType_t errorType, nvmlEccCounterType_t counterType, nvmlEccErrorCounts_t *eccCounts);
nvmlReturn_t nvmlDeviceGetDeviceHandleFromMigDeviceHandle(nvmlDevice_t migDevice, nvmlDevice_t *device);
nvmlReturn_t nvmlDeviceGetDisplayActive(nvmlDevice_t device, nvmlEnableState_t *isActive);
nvmlReturn_t nvmlDeviceGetDisplayMode(nvmlDevice_t device, nvmlEnableState_t *display);
nvmlReturn_t nvmlDeviceGetDramEncryptionMode(nvmlDevice_t device, nvmlDramEncryptionInfo_t *current, nvmlDramEncryptionInfo_t *pending);
nvmlReturn_t nvmlDeviceGetDriverModel(nvmlDevice_t device, nvmlDriverModel_t *current, nvmlDriverModel_t *pending);
nvmlReturn_t nvmlDeviceGetDriverModel_v2(nvmlDevice_t device, nvmlDriverModel_t *current, nvmlDriverModel_t *pending);
nvmlReturn_t nvmlDeviceGetDynamicPstatesInfo(nvmlDevice_t device, nvmlGpuDynamicPstatesInfo_t *pDynamicPstatesInfo);
nvmlReturn_t nvmlDeviceGetEccMode(nvmlDevice_t device, nvmlEnableState_t *current, nvmlEnableState_t *pending);
nvmlReturn_t nvmlDeviceGetEncoderCapacity(nvmlDevice_t device, nvmlEncoderType_t encoderQueryType, unsigned int *encoderCapacity);
nvmlReturn_t nvmlDeviceGetEncoderSessions(nvmlDevice_t device, unsigned int *sessionCount, nvmlEncoderSessionInfo_t *sessionInfos);
nvmlReturn_t nvmlDeviceGetEncoderStats(nvmlDevice_t device, unsigned int *sessionCount, unsigned int *averageFps, unsigned int *averageLatency);
nvmlReturn_t nvmlDeviceGetEncoderUtilization(nvmlDevice_t device, unsigned int *utilization, unsigned int *samplingPeriodUs);
nvmlReturn_t nvmlDeviceGetEnforcedPowerLimit(nvmlDevice_t device, unsigned int *limit);
nvmlReturn_t nvmlDeviceGetFBCSessions(nvmlDevice_t device, unsigned int *sessionCount, nvmlFBCSessionInfo_t *sessionInfo);
nvmlReturn_t nvmlDeviceGetFBCStats(nvmlDevice_t device, nvmlFBCStats_t *fbcStats);
nvmlReturn_t nvmlDeviceGetFanControlPolicy_v2(nvmlDevice_t device, unsigned int fan, nvmlFanControlPolicy_t *policy);
nvmlReturn_t nvmlDeviceGetFanSpeed(nvmlDevice_t device, unsigned int *speed);
nvmlReturn_t nvmlDeviceGetFanSpeed_v2(nvmlDevice_t device, unsigned int fan, unsigned int *speed);
nvmlReturn_t nvmlDeviceGetFanSpeedRPM(nvmlDevice_t device, nvmlFanSpeedInfo_t *fanSpeed);
nvmlReturn_t nvmlDeviceGetFieldValues(nvmlDevice_t device, int valuesCount, nvmlFieldValue_t *values);
nvmlReturn_t nvmlDeviceGetGpcClkMinMaxVfOffset(nvmlDevice_t device, int *minOffset, int *maxOffset);
nvmlReturn_t nvmlDeviceGetGpcClkVfOffset(nvmlDevice_t device, int *offset);
nvmlReturn_t nvmlDeviceGetGpuFabricInfo(nvmlDevice_t device, nvmlGpuFabricInfo_t *gpuFabricInfo);
nvmlReturn_t nvmlDeviceGetGpuFabricInfoV(nvmlDevice_t device, nvmlGpuFabricInfoV_t *gpuFabricInfo);
nvmlReturn_t nvmlDeviceGetGpuInstanceById(nvmlDevice_t device, unsigned int id, nvmlGpuInstance_t *gpuInstance);
nvmlReturn_t nvmlDeviceGetGpuInstanceId(nvmlDevice_t device, unsigned int *id);
nvmlReturn_t nvmlDeviceGetGpuInstancePossiblePlacements(nvmlDevice_t device, unsigned int profileId, nvmlGpuInstancePlacement_t *placements, unsigned int *count);
nvmlReturn_t nvmlDeviceGetGpuInstancePossiblePlacements_v2(nvmlDevice_t device, unsigned int profileId, nvmlGpuInstancePlacement_t *placements, unsigned int *count);
nvmlReturn_t nvmlDeviceGetGpuInstanceProfileInfo(nvmlDevice_t device, unsigned int profile, nvmlGpuInstanceProfileInfo_t *info);
nvmlReturn_t nvmlDeviceGetGpuInstanceProfileInfoByIdV(nvmlDevice_t device, unsigned int profileId, nvmlGpuInstanceProfileInfo_v2_t *info);
nvmlReturn_t nvmlDeviceGetGpuInstanceProfileInfoV(nvmlDevice_t device, unsigned int profile, nvmlGpuInstanceProfileInfo_v2_t *info);
nvmlReturn_t nvmlDeviceGetGpuInstanceRemainingCapacity(nvmlDevice_t device, unsigned int profileId, unsigned int *count);
nvmlReturn_t nvmlDeviceGetGpuInstances(nvmlDevice_t device, unsigned int profileId, nvmlGpuInstance_t *gpuInstances, unsigned int *count);
nvmlReturn_t nvmlDeviceGetGpuMaxPcieLinkGeneration(nvmlDevice_t device, unsigned int *maxLinkGenDevice);
nvmlReturn_t nvmlDeviceGetGpuOperationMode(nvmlDevice_t device, nvmlGpuOperationMode_t *current, nvmlGpuOperationMode_t *pending);
nvmlReturn_t nvmlDeviceGetGraphicsRunningProcesses(nvmlDevice_t device, unsigned int *infoCount, nvmlProcessInfo_v1_t *infos);
nvmlReturn_t nvmlDeviceGetGraphicsRunningProcesses_v2(nvmlDevice_t device, unsigned int *infoCount, nvmlProcessInfo_v2_t *infos);
nvmlReturn_t nvmlDeviceGetGraphicsRunningProcesses_v3(nvmlDevice_t device, unsigned int *infoCount, nvmlProcessInfo_t *infos);
nvmlReturn_t nvmlDeviceGetGridLicensableFeatures(nvmlDevice_t device, nvmlGridLicensableFeatures_t *pGridLicensableFeatures);
nvmlReturn_t nvmlDeviceGetGridLicensableFeatures_v2(nvmlDevice_t device, nvmlGridLicensableFeatures_t *pGridLicensableFeatures);
nvmlReturn_t nvmlDeviceGetGridLicensableFeatures_v3(nvmlDevice_t device, nvmlGridLicensableFeatures_t *pGridLicensableFeatures);
nvmlReturn_t nvmlDeviceGetGridLicensableFeatures_v4(nvmlDevice_t device, nvmlGridLicensableFeatures_t *pGridLicensableFeatures);
nvmlReturn_t nvmlDeviceGetGspFirmwareMode(nvmlDevice_t device, unsigned int *isEnabled, unsigned int *defaultMode);
nvmlReturn_t nvmlDeviceGetGspFirmwareVersion(nvmlDevice_t device, char *version);
nvmlReturn_t nvmlDeviceGetHandleByIndex(unsigned int index, nvmlDevice_t *device);
nvmlReturn_t nvmlDeviceGetHandleByIndex_v2(unsigned int index, nvmlDevice_t *device);
nvmlReturn_t nvmlDeviceGetHandleByPciBusId(const char *pciBusId, nvmlDevice_t *device);
nvmlReturn_t nvmlDeviceGetHandleByPciBusId_v2(const char *pciBusId, nvmlDevice_t *device);
nvmlReturn_t nvmlDeviceGetHandleBySerial(const char *serial, nvmlDevice_t *device);
nvmlReturn_t nvmlDeviceGetHandleByUUID(const char *uuid, nvmlDevice_t *device);
nvmlReturn_t nvmlDeviceGetHandleByUUIDV(const nvmlUUID_t *uuid, nvmlDevice_t *device);
nvmlReturn_t nvmlDeviceGetHostVgpuMode(nvmlDevice_t device, nvmlHostVgpuMode_t *pHostVgpuMode);
nvmlReturn_t nvmlDeviceGetHostname_v1(nvmlDevice_t device, nvmlHostname_v1_t *hostname);
nvmlReturn_t nvmlDeviceGetIndex(nvmlDevice_t device, unsigned int *index);
nvmlReturn_t nvmlDeviceGetInforomConfigurationChecksum(nvmlDevice_t device, unsigned int *checksum);
nvmlReturn_t nvmlDeviceGetInforomImageVersion(nvmlDevice_t device, char *version, unsigned int length);
nvmlReturn_t nvmlDeviceGetInforomVersion(nvmlDevice_t device, nvmlInforomObject_t object, char *version, unsigned int length);
nvmlReturn_t nvmlDeviceGetIrqNum(nvmlDevice_t device, unsigned int *irqNum);
nvmlReturn_t nvmlDeviceGetJpgUtilization(nvmlDevice_t device, unsigned int *utilization, unsigned int *samplingPeriodUs);
nvmlReturn_t nvmlDeviceGetLastBBXFlushTime(nvmlDevice_t device, unsigned long long *timestamp, unsigned long *durationUs);
nvmlReturn_t nvmlDeviceGetMPSComputeRunningProcesses(nvmlDevice_t device, unsigned int *infoCount, nvmlProcessInfo_v1_t *infos);
nvmlReturn_t nvmlDeviceGetMPSComputeRunningProcesses_v2(nvmlDevice_t device, unsigned int *infoCount, nvmlProcessInfo_v2_t *infos);
nvmlReturn_t nvmlDeviceGetMPSComputeRunningProcesses_v3(nvmlDevice_t device, unsigned int *infoCount, nvmlProcessInfo_t *infos);
nvmlReturn_t nvmlDeviceGetMarginTemperature(nvmlDevice_t device, nvmlMarginTemperature_t *marginTempInfo);
nvmlReturn_t nvmlDeviceGetMaxClockInfo(nvmlDevice_t device, nvmlClockType_t type, unsigned int *clock);
nvmlReturn_t nvmlDeviceGetMaxCustomerBoostClock(nvmlDevice_t device, nvmlClockType_t clockType, unsigned int *clockMHz);
nvmlReturn_t nvmlDeviceGetMaxMigDeviceCount(nvmlDevice_t device, unsigned int *count);
nvmlReturn_t nvmlDeviceGetMaxPcieLinkGeneration(nvmlDevice_t device, unsigned int *maxLinkGen);
nvmlReturn_t nvmlDeviceGetMaxPcieLinkWidth(nvmlDevice_t device, unsigned int *maxLinkWidth);
nvmlReturn_t nvmlDeviceGetMemClkMinMaxVfOffset(nvmlDevice_t device, int *minOffset, int *maxOffset);
nvmlReturn_t nvmlDeviceGetMemClkVfOffset(nvmlDevice_t device, int *offset);
nvmlReturn_t nvmlDeviceGetMemoryAffinity(nvmlDevice_t device, unsigned int nodeSetSize, unsigned long *nodeSet, nvmlAffinityScope_t scope);
nvmlReturn_t nvmlDeviceGetMemoryBusWidth(nvmlDevice_t device, unsigned int *busWidth);
nvmlReturn_t nvmlDeviceGetMemoryErrorCounter(nvmlDevice_t device, nvmlMemoryErrorType_t errorType, nvmlEccCounterType_t counterType, nvmlMemoryLocation_t locationType, unsigned long long *count);
nvmlReturn_t nvmlDeviceGetMemoryInfo(nvmlDevice_t device, nvmlMemory_t *memory);
nvmlReturn_t nvmlDeviceGetMemoryInfo_v2(nvmlDevice_t device, nvmlMemory_v2_t *memory);
nvmlReturn_t nvmlDeviceGetMigDeviceHandleByIndex(nvmlDevice_t device, unsigned int index, nvmlDevice_t *migDevice);
nvmlReturn_t nvmlDeviceGetMigMode(nvmlDevice_t device, unsigned int *currentMode, unsigned int *pendingMode);
nvmlReturn_t nvmlDeviceGetMinMaxClockOfPState(nvmlDevice_t device, nvmlClockType_t type, nvmlPstates_t pstate, unsigned int *minClockMHz, unsigned int *maxClockMHz);
nvmlReturn_t nvmlDeviceGetMinMaxFanSpeed(nvmlDevice_t device, unsigned int *minSpeed, unsigned int *maxSpeed);
nvmlReturn_t nvmlDeviceGetMinorNumber(nvmlDevice_t device, unsigned int *minorNumber);
nvmlReturn_t nvmlDeviceGetModuleId(nvmlDevice_t device, unsigned int *moduleId);
nvmlReturn_t nvmlDeviceGetMultiGpuBoard(nvmlDevice_t device, unsigned int *multiGpuBool);
nvmlReturn_t nvmlDeviceGetName(nvmlDevice_t device, char *name, unsigned int length);
nvmlReturn_t nvmlDeviceGetNumFans(nvmlDevice_t device, unsigned int *numFans);
nvmlReturn_t nvmlDeviceGetNumGpuCores(nvmlDevice_t device, unsigned int *numCores);
nvmlReturn_t nvmlDeviceGetNumaNodeId(nvmlDevice_t device, unsigned int *node);
nvmlReturn_t nvmlDeviceGetNvLinkCapability(nvmlDevice_t device, unsigned int link, nvmlNvLinkCapability_t capability, unsigned int *capResult);
nvmlReturn_t nvmlDeviceGetNvLinkErrorCounter(nvmlDevice_t device, unsigned int link, nvmlNvLinkErrorCounter_t counter, unsigned long long *counterValue);
nvmlReturn_t nvmlDeviceGetNvLinkInfo(nvmlDevice_t device, nvmlNvLinkInfo_t *info);
nvmlReturn_t nvmlDeviceGetNvLinkRemoteDeviceType(nvmlDevice_t device, unsigned int link, nvmlIntNvLinkDeviceType_t *pNvLinkDeviceType);
nvmlReturn_t nvmlDeviceGetNvLinkRemotePciInfo(nvmlDevice_t device, unsigned int link, nvmlPciInfo_t *pci);
nvmlReturn_t nvmlDeviceGetNvLinkRemotePciInfo_v2(nvmlDevice_t device, unsigned int link, nvmlPciInfo_t *pci);
nvmlReturn_t nvmlDeviceGetNvLinkState(nvmlDevice_t device, unsigned int link, nvmlEnableState_t *isActive);
nvmlReturn_t nvmlDeviceGetNvLinkUtilizationControl(nvmlDevice_t device, unsigned int link, unsigned int counter, nvmlNvLinkUtilizationControl_t *control);
nvmlReturn_t nvmlDeviceGetNvLinkUtilizationCounter(nvmlDevice_t device, unsigned int link, unsigned int counter, unsigned long long *rxcounter, unsigned long long *txcounter);
nvmlReturn_t nvmlDeviceGetNvLinkVersion(nvmlDevice_t device, unsigned int link, unsigned int *version);
nvmlReturn_t nvmlDeviceGetNvlinkBwMode(nvmlDevice_t device, nvmlNvlinkGetBwMode_t *getBwMode);
nvmlReturn_t nvmlDeviceGetNvlinkSupportedBwModes(nvmlDevice_t device, nvmlNvlinkSupportedBwModes_t *supportedBwMode);
nvmlReturn_t nvmlDeviceGetOfaUtilization(nvmlDevice_t device, unsigned int *utilization, unsigned int *samplingPeriodUs);
nvmlReturn_t nvmlDeviceGetP2PStatus(nvmlDevice_t device1, nvmlDevice_t device2, nvmlGpuP2PCapsIndex_t p2pIndex, nvmlGpuP2PStatus_t *p2pStatus);
nvmlReturn_t nvmlDeviceGetPciInfo(nvmlDevice_t device, nvmlPciInfo_t *pci);
nvmlReturn_t nvmlDeviceGetPciInfo_v2(nvmlDevice_t device, nvmlPciInfo_t *pci);
nvmlReturn_t nvmlDeviceGetPciInfo_v3(nvmlDevice_t device, nvmlPciInfo_t *pci);
nvmlReturn_t nvmlDeviceGetPciInfoExt(nvmlDevice_t device, nvmlPciInfoExt_t *pci);
nvmlReturn_t nvmlDeviceGetPcieLinkMaxSpeed(nvmlDevice_t device, unsigned int *maxSpeed);
nvmlReturn_t nvmlDeviceGetPcieReplayCounter(nvmlDevice_t device, unsigned int *value);
nvmlReturn_t nvmlDeviceGetPcieSpeed(nvmlDevice_t device, unsigned int *pcieSpeed);
nvmlReturn_t nvmlDeviceGetPcieThroughput(nvmlDevice_t device, nvmlPcieUtilCounter_t counter, unsigned int *value);
nvmlReturn_t nvmlDeviceGetPdi(nvmlDevice_t device, nvmlPdi_t *pdi);
nvmlReturn_t nvmlDeviceGetPerformanceModes(nvmlDevice_t device, nvmlDevicePerfModes_t *perfModes);
nvmlReturn_t nvmlDeviceGetPerformanceState(nvmlDevice_t device, nvmlPstates_t *pState);
nvmlReturn_t nvmlDeviceGetPersistenceMode(nvmlDevice_t device, nvmlEnableState_t *mode);
nvmlReturn_t nvmlDeviceGetPgpuMetadataString(nvmlDevice_t device, char *pgpuMetadata, unsigned int *bufferSize);
nvmlReturn_t nvmlDeviceGetPlatformInfo(nvmlDevice_t device, nvmlPlatformInfo_t *platformInfo);
nvmlReturn_t nvmlDeviceGetPowerManagementDefaultLimit(nvmlDevice_t device, unsigned int *defaultLimit);
nvmlReturn_t nvmlDeviceGetPowerManagementLimit(nvmlDevice_t device, unsigned int *limit);
nvmlReturn_t nvmlDeviceGetPowerManagementLimitConstraints(nvmlDevice_t device, unsigned int *minLimit, unsigned int *maxLimit);
nvmlReturn_t nvmlDeviceGetPowerManagementMode(nvmlDevice_t device, nvmlEnableState_t *mode);
nvmlReturn_t nvmlDeviceGetPowerMizerMode_v1(nvmlDevice_t device, nvmlDevicePowerMizerModes_v1_t *powerMizerMode);
nvmlReturn_t nvmlDeviceGetPowerSource(nvmlDevice_t device, nvmlPowerSource_t *powerSource);
nvmlReturn_t nvmlDeviceGetPowerState(nvmlDevice_t device, nvmlPstates_t *pState);
nvmlReturn_t nvmlDeviceGetPowerUsage(nvmlDevice_t device, unsigned int *power);
nvmlReturn_t nvmlDeviceGetProcessUtilization(nvmlDevice_t device, nvmlProcessUtilizationSample_t *utilization, unsigned int *processSamplesCount, unsigned long long lastSeenTimeStamp);
nvmlReturn_t nvmlDeviceGetProcessesUtilizationInfo(nvmlDevice_t device, nvmlProcessesUtilizationInfo_t *procesesUtilInfo);
nvmlReturn_t nvmlDeviceGetRemappedRows(nvmlDevice_t device, unsigned int *corrRows, unsigned int *uncRows, unsigned int *isPending, unsigned int *failureOccurred);
nvmlReturn_t nvmlDeviceGetRepairStatus(nvmlDevice_t device, nvmlRepairStatus_t *repairStatus);
nvmlReturn_t nvmlDeviceGetRetiredPages(nvmlDevice_t device, nvmlPageRetirementCause_t cause, unsigned int *pageCount, unsigned long long *addresses);
nvmlReturn_t nvmlDeviceGetRetiredPages_v2(nvmlDevice_t device, nvmlPageRetirementCause_t cause, unsigned int *pageCount, unsigned long long *addresses, unsigned long long *timestamps);
nvmlReturn_t nvmlDeviceGetRetiredPagesPendingStatus(nvmlDevice_t device, nvmlEnableState_t *isPending);
nvmlReturn_t nvmlDeviceGetRowRemapperHistogram(nvmlDevice_t device, nvmlRowRemapperHistogramValues_t *values);
nvmlReturn_t nvmlDeviceGetRunningProcessDetailList(nvmlDevice_t device, nvmlProcessDetailList_t *plist);
nvmlReturn_t nvmlDeviceGetSamples(nvmlDevice_t device, nvmlSamplingType_t type, unsigned long long lastSeenTimeStamp, nvmlValueType_t *sampleValType, unsigned int *sampleCount, nvmlSample_t *samples);
nvmlReturn_t nvmlDeviceGetSerial(nvmlDevice_t device, char *serial, unsigned int length);
nvmlReturn_t nvmlDeviceGetSramEccErrorStatus(nvmlDevice_t device, nvmlEccSramErrorStatus_t *status);
nvmlReturn_t nvmlDeviceGetSramUniqueUncorrectedEccErrorCounts(nvmlDevice_t device, nvmlEccSramUniqueUncorrectedErrorCounts_t *errorCounts);
nvmlReturn_t nvmlDeviceGetSupportedClocksEventReasons(nvmlDevice_t device, unsigned long long *supportedClocksEventReasons);
nvmlReturn_t nvmlDeviceGetSupportedClocksThrottleReasons(nvmlDevice_t device, unsigned long long *supportedClocksThrottleReasons);
nvmlReturn_t nvmlDeviceGetSupportedEventTypes(nvmlDevice_t device, unsigned long long *eventTypes);
nvmlReturn_t nvmlDeviceGetSupportedGraphicsClocks(nvmlDevice_t device, unsigned int memoryClockMHz, unsigned int *count, unsigned int *clocksMHz);
nvmlReturn_t nvmlDeviceGetSupportedMemoryClocks(nvmlDevice_t device, unsigned int *count, unsigned int *clocksMHz);
nvmlReturn_t nvmlDeviceGetSupportedPerformanceStates(nvmlDevice_t device, nvmlPstates_t *pstates, unsigned int size);
nvmlReturn_t nvmlDeviceGetSupportedVgpus(nvmlDevice_t device, unsigned int *vgpuCount, nvmlVgpuTypeId_t *vgpuTypeIds);
nvmlReturn_t nvmlDeviceGetTargetFanSpeed(nvmlDevice_t device, unsigned int fan, unsigned int *targetSpeed);
nvmlReturn_t nvmlDeviceGetTemperature(nvmlDevice_t device, nvmlTemperatureSensors_t sensorType, unsigned int *temp);
nvmlReturn_t nvmlDeviceGetTemperatureThreshold(nvmlDevice_t device, nvmlTemperatureThresholds_t thresholdType, unsigned int *temp);
nvmlReturn_t nvmlDeviceGetTemperatureV(nvmlDevice_t device, nvmlTemperature_t *temperature);
nvmlReturn_t nvmlDeviceGetThermalSettings(nvmlDevice_t device, unsigned int sensorIndex, nvmlGpuThermalSettings_t *pThermalSettings);
nvmlReturn_t nvmlDeviceGetTopologyCommonAncestor(nvmlDevice_t device1, nvmlDevice_t device2, nvmlGpuTopologyLevel_t *pathInfo);
nvmlReturn_t nvmlDeviceGetTopologyNearestGpus(nvmlDevice_t device, nvmlGpuTopologyLevel_t level, unsigned int *count, nvmlDevice_t *deviceArray);
nvmlReturn_t nvmlDeviceGetTotalEccErrors(nvmlDevice_t device, nvmlMemoryErrorType_t errorType, nvmlEccCounterType_t counterType, unsigned long long *eccCounts);
nvmlReturn_t nvmlDeviceGetTotalEnergyConsumption(nvmlDevice_t device, unsigned long long *energy);
nvmlReturn_t nvmlDeviceGetUUID(nvmlDevice_t device, char *uuid, unsigned int length);
nvmlReturn_t nvmlDeviceGetUtilizationRates(nvmlDevice_t device, nvmlUtilization_t *utilization);
nvmlReturn_t nvmlDeviceGetVbiosVersion(nvmlDevice_t device, char *version, unsigned int length);
nvmlReturn_t nvmlDeviceGetVgpuCapabilities(nvmlDevice_t device, nvmlDeviceVgpuCapability_t capability, unsigned int *capResult);
nvmlReturn_t nvmlDeviceGetVgpuHeterogeneousMode(nvmlDevice_t device, nvmlVgpuHeterogeneousMode_t *pHeterogeneousMode);
nvmlReturn_t nvmlDeviceGetVgpuInstancesUtilizationInfo(nvmlDevice_t device, nvmlVgpuInstancesUtilizationInfo_t *vgpuUtilInfo);
nvmlReturn_t nvmlDeviceGetVgpuMetadata(nvmlDevice_t device, nvmlVgpuPgpuMetadata_t *pgpuMetadata, unsigned int *bufferSize);
nvmlReturn_t nvmlDeviceGetVgpuProcessUtilization(nvmlDevice_t device, unsigned long long lastSeenTimeStamp, unsigned int *vgpuProcessSamplesCount, nvmlVgpuProcessUtilizationSample_t *utilizationSamples);
nvmlReturn_t nvmlDeviceGetVgpuProcessesUtilizationInfo(nvmlDevice_t device, nvmlVgpuProcessesUtilizationInfo_t *vgpuProcUtilInfo);
nvmlReturn_t nvmlDeviceGetVgpuSchedulerCapabilities(nvmlDevice_t device, nvmlVgpuSchedulerCapabilities_t *pCapabilities);
nvmlReturn_t nvmlDeviceGetVgpuSchedulerLog(nvmlDevice_t device, nvmlVgpuSchedulerLog_t *pSchedulerLog);
nvmlReturn_t nvmlDeviceGetVgpuSchedulerState(nvmlDevice_t device, nvmlVgpuSchedulerGetState_t *pSchedulerState);
nvmlReturn_t nvmlDeviceGetVgpuTypeCreatablePlacements(nvmlDevice_t device, nvmlVgpuTypeId_t vgpuTypeId, nvmlVgpuPlacementList_t *pPlacementList);
nvmlReturn_t nvmlDeviceGetVgpuTypeSupportedPlacements(nvmlDevice_t device, nvmlVgpuTypeId_t vgpuTypeId, nvmlVgpuPlacementList_t *pPlacementList);
nvmlReturn_t nvmlDeviceGetVgpuUtilization(nvmlDevice_t device, unsigned long long lastSeenTimeStamp, nvmlValueType_t *sampleValType, unsigned int *vgpuInstanceSamplesCount, nvmlVgpuInstanceUtilizationSample_t *utilizationSamples);
nvmlReturn_t nvmlDeviceGetViolationStatus(nvmlDevice_t device, nvmlPerfPolicyType_t perfPolicyType, nvmlViolationTime_t *violTime);
nvmlReturn_t nvmlDeviceGetVirtualizationMode(nvmlDevice_t device, nvmlGpuVirtualizationMode_t *pVirtualMode);
nvmlReturn_t nvmlDeviceIsMigDeviceHandle(nvmlDevice_t device, unsigned int *isMigDevice);
nvmlReturn_t nvmlDeviceModifyDrainState(nvmlPciInfo_t *pciInfo, nvmlEnableState_t newState);
nvmlReturn_t nvmlDeviceOnSameBoard(nvmlDevice_t device1, nvmlDevice_t device2, int *onSameBoard);
nvmlReturn_t nvmlDevicePowerSmoothingActivatePresetProfile(nvmlDevice_t device, nvmlPowerSmoothingProfile_t *profile);
nvmlReturn_t nvmlDevicePowerSmoothingSetState(nvmlDevice_t device, nvmlPowerSmoothingState_t *state);
nvmlReturn_t nvmlDevicePowerSmoothingUpdatePresetProfileParam(nvmlDevice_t device, nvmlPowerSmoothingProfile_t *profile);
nvmlReturn_t nvmlDeviceQueryDrainState(nvmlPciInfo_t *pciInfo, nvmlEnableState_t *currentState);
nvmlReturn_t nvmlDeviceReadWritePRM_v1(nvmlDevice_t device, nvmlPRMTLV_v1_t *buffer);
nvmlReturn_t nvmlDeviceRegisterEvents(nvmlDevice_t device, unsigned long long eventTypes, nvmlEventSet_t set);
nvmlReturn_t nvmlDeviceRemoveGpu(nvmlPciInfo_t *pciInfo);
nvmlReturn_t nvmlDeviceRemoveGpu_v2(nvmlPciInfo_t *pciInfo, nvmlDetachGpuState_t gpuState, nvmlPcieLinkState_t linkState);
nvmlReturn_t nvmlDeviceResetApplicationsClocks(nvmlDevice_t device);
nvmlReturn_t nvmlDeviceResetGpuLockedClocks(nvmlDevice_t device);
nvmlReturn_t nvmlDeviceResetMemoryLockedClocks(nvmlDevice_t device);
nvmlReturn_t nvmlDeviceResetNvLinkErrorCounters(nvmlDevice_t device, unsigned int link);
nvmlReturn_t nvmlDeviceResetNvLinkUtilizationCounter(nvmlDevice_t device, unsigned int link, unsigned int counter);
nvmlReturn_t nvmlDeviceSetAPIRestriction(nvmlDevice_t device, nvmlRestrictedAPI_t apiType, nvmlEnableState_t isRestricted);
nvmlReturn_t nvmlDeviceSetAccountingMode(nvmlDevice_t device, nvmlEnableState_t mode);
nvmlReturn_t nvmlDeviceSetApplicationsClocks(nvmlDevice_t device, unsigned int memClockMHz, unsigned int graphicsClockMHz);
nvmlReturn_t nvmlDeviceSetAutoBoostedClocksEnabled(nvmlDevice_t device, nvmlEnableState_t enabled);
nvmlReturn_t nvmlDeviceSetClockOffsets(nvmlDevice_t device, nvmlClockOffset_t *info);
nvmlReturn_t nvmlDeviceSetComputeMode(nvmlDevice_t device, nvmlComputeMode_t mode);
nvmlReturn_t nvmlDeviceSetConfComputeUnprotectedMemSize(nvmlDevice_t device, unsigned long long sizeKiB);
nvmlReturn_t nvmlDeviceSetCpuAffinity(nvmlDevice_t device);
nvmlReturn_t nvmlDeviceSetDefaultAutoBoostedClocksEnabled(nvmlDevice_t device, nvmlEnableState_t enabled, unsigned int flags);
nvmlReturn_t nvmlDeviceSetDefaultFanSpeed_v2(nvmlDevice_t device, unsigned int fan);
nvmlReturn_t nvmlDeviceSetDramEncryptionMode(nvmlDevice_t device, const nvmlDramEncryptionInfo_t *dramEncryption);
nvmlReturn_t nvmlDeviceSetDriverModel(nvmlDevice_t device, nvmlDriverModel_t driverModel, unsigned int flags);
nvmlReturn_t nvmlDeviceSetEccMode(nvmlDevice_t device, nvmlEnableState_t ecc);
nvmlReturn_t nvmlDeviceSetFanControlPolicy(nvmlDevice_t device, unsigned int fan, nvmlFanControlPolicy_t policy);
nvmlReturn_t nvmlDeviceSetFanSpeed_v2(nvmlDevice_t device, unsigned int fan, unsigned int speed);
nvmlReturn_t nvmlDeviceSetGpcClkVfOffset(nvmlDevice_t device, int offset);
nvmlReturn_t nvmlDeviceSetGpuLockedClocks(nvmlDevice_t device, unsigned int minGpuClockMHz, unsigned int maxGpuClockMHz);
nvmlReturn_t nvmlDeviceSetGpuOperationMode(nvmlDevice_t device, nvmlGpuOperationMode_t mode);
nvmlReturn_t nvmlDeviceSetHostname_v1(nvmlDevice_t device, nvmlHostname_v1_t *hostname);
nvmlReturn_t nvmlDeviceSetMemClkVfOffset(nvmlDevice_t device, int offset);
nvmlReturn_t nvmlDeviceSetMemoryLockedClocks(nvmlDevice_t device, unsigned int minMemClockMHz, unsigned int maxMemClockMHz);
nvmlReturn_t nvmlDeviceSetMigMode(nvmlDevice_t device, unsigned int mode, nvmlReturn_t *activationStatus);
nvmlReturn_t nvmlDeviceSetNvLinkDeviceLowPowerThreshold(nvmlDevice_t device, nvmlNvLinkPowerThres_t *info);
nvmlReturn_t nvmlDeviceSetNvLinkUtilizationControl(nvmlDevice_t device, unsigned int link, unsigned int counter, nvmlNvLinkUtilizationControl_t *control, unsigned int reset);
nvmlReturn_t nvmlDeviceSetNvlinkBwMode(nvmlDevice_t device, nvmlNvlinkSetBwMode_t *setBwMode);
nvmlReturn_t nvmlDeviceSetPersistenceMode(nvmlDevice_t device, nvmlEnableState_t mode);
nvmlReturn_t nvmlDeviceSetPowerManagementLimit(nvmlDevice_t device, unsigned int limit);
nvmlReturn_t nvmlDeviceSetPowerManagementLimit_v2(nvmlDevice_t device, nvmlPowerValue_v2_t *powerValue);
nvmlReturn_t nvmlDeviceSetPowerMizerMode_v1(nvmlDevice_t device, nvmlDevicePowerMizerModes_v1_t *powerMizerMode);
nvmlReturn_t nvmlDeviceSetTemperatureThreshold(nvmlDevice_t device, nvmlTemperatureThresholds_t thresholdType, int *temp);
nvmlReturn_t nvmlDeviceSetVgpuCapabilities(nvmlDevice_t device, nvmlDeviceVgpuCapability_t capability, nvmlEnableState_t state);
nvmlReturn_t nvmlDeviceSetVgpuHeterogeneousMode(nvmlDevice_t device, const nvmlVgpuHeterogeneousMode_t *pHeterogeneousMode);
nvmlReturn_t nvmlDeviceSetVgpuSchedulerState(nvmlDevice_t device, nvmlVgpuSchedulerSetState_t *pSchedulerState);
nvmlReturn_t nvmlDeviceSetVirtualizationMode(nvmlDevice_t device, nvmlGpuVirtualizationMode_t virtualMode);
nvmlReturn_t nvmlDeviceValidateInforom(nvmlDevice_t device);
nvmlReturn_t nvmlDeviceWorkloadPowerProfileClearRequestedProfiles(nvmlDevice_t device, nvmlWorkloadPowerProfileRequestedProfiles_t *requestedProfiles);
nvmlReturn_t nvmlDeviceWorkloadPowerProfileGetCurrentProfiles(nvmlDevice_t device, nvmlWorkloadPowerProfileCurrentProfiles_t *currentProfiles);
nvmlReturn_t nvmlDeviceWorkloadPowerProfileGetProfilesInfo(nvmlDevice_t device, nvmlWorkloadPowerProfileProfilesInfo_t *profilesInfo);
nvmlReturn_t nvmlDeviceWorkloadPowerProfileSetRequestedProfiles(nvmlDevice_t device, nvmlWorkloadPowerProfileRequestedProfiles_t *requestedProfiles);
const char* nvmlErrorString(nvmlReturn_t result);
nvmlReturn_t nvmlEventSetCreate(nvmlEventSet_t *set);
nvmlReturn_t nvmlEventSetFree(nvmlEventSet_t set);
nvmlReturn_t nvmlEventSetWait(nvmlEventSet_t set, nvmlEventData_t *data, unsigned int timeoutms);
nvmlReturn_t nvmlEventSetWait_v2(nvmlEventSet_t set, nvmlEventData_t *data, unsigned int timeoutms);
nvmlReturn_t nvmlGetExcludedDeviceCount(unsigned int *deviceCount);
nvmlReturn_t nvmlGetExcludedDeviceInfoByIndex(unsigned int index, nvmlExcludedDeviceInfo_t *info);
nvmlReturn_t nvmlGetVgpuCompatibility(nvmlVgpuMetadata_t *vgpuMetadata, nvmlVgpuPgpuMetadata_t *pgpuMetadata, nvmlVgpuPgpuCompatibility_t *compatibilityInfo);
nvmlReturn_t nvmlGetVgpuDriverCapabilities(nvmlVgpuDriverCapability_t capability, unsigned int *capResult);
nvmlReturn_t nvmlGetVgpuVersion(nvmlVgpuVersion_t *supported, nvmlVgpuVersion_t *current);
nvmlReturn_t nvmlGpmMetricsGet(nvmlGpmMetricsGet_t *metricsGet);
nvmlReturn_t nvmlGpmMigSampleGet(nvmlDevice_t device, unsigned int gpuInstanceId, nvmlGpmSample_t gpmSample);
nvmlReturn_t nvmlGpmQueryDeviceSupport(nvmlDevice_t device, nvmlGpmSupport_t *gpmSupport);
nvmlReturn_t nvmlGpmQueryIfStreamingEnabled(nvmlDevice_t device, unsigned int *state);
nvmlReturn_t nvmlGpmSampleAlloc(nvmlGpmSample_t *gpmSample);
nvmlReturn_t nvmlGpmSampleFree(nvmlGpmSample_t gpmSample);
nvmlReturn_t nvmlGpmSampleGet(nvmlDevice_t device, nvmlGpmSample_t gpmSample);
nvmlReturn_t nvmlGpmSetStreamingEnabled(nvmlDevice_t device, unsigned int state);
nvmlReturn_t nvmlGpuInstanceCreateComputeInstance(nvmlGpuInstance_t gpuInstance, unsigned int profileId, nvmlComputeInstance_t *computeInstance);
nvmlReturn_t nvmlGpuInstanceCreateComputeInstanceWithPlacement(nvmlGpuInstance_t gpuInstance, unsigned int profileId, const nvmlComputeInstancePlacement_t *placement, nvmlComputeInstance_t *computeInstance);
nvmlReturn_t nvmlGpuInstanceDestroy(nvmlGpuInstance_t gpuInstance);
nvmlReturn_t nvmlGpuInstanceGetActiveVgpus(nvmlGpuInstance_t gpuInstance, nvmlActiveVgpuInstanceInfo_t *pVgpuInstanceInfo);
nvmlReturn_t nvmlGpuInstanceGetComputeInstanceById(nvmlGpuInstance_t gpuInstance, unsigned int id, nvmlComputeInstance_t *computeInstance);
nvmlReturn_t nvmlGpuInstanceGetComputeInstancePossiblePlacements(nvmlGpuInstance_t gpuInstance, unsigned int profileId, nvmlComputeInstancePlacement_t *placements, unsigned int *count);
nvmlReturn_t nvmlGpuInstanceGetComputeInstanceProfileInfo(nvmlGpuInstance_t gpuInstance, unsigned int profile, unsigned int engProfile, nvmlComputeInstanceProfileInfo_t *info);
nvmlReturn_t nvmlGpuInstanceGetComputeInstanceProfileInfoV(nvmlGpuInstance_t gpuInstance, unsigned int profile, unsigned int engProfile, nvmlComputeInstanceProfileInfo_v2_t *info);
nvmlReturn_t nvmlGpuInstanceGetComputeInstanceRemainingCapacity(nvmlGpuInstance_t gpuInstance, unsigned int profileId, unsigned int *count);
nvmlReturn_t nvmlGpuInstanceGetComputeInstances(nvmlGpuInstance_t gpuInstance, unsigned int profileId, nvmlComputeInstance_t *computeInstances, unsigned int *count);
nvmlReturn_t nvmlGpuInstanceGetCreatableVgpus(nvmlGpuInstance_t gpuInstance, nvmlVgpuTypeIdInfo_t *pVgpus);
nvmlReturn_t nvmlGpuInstanceGetInfo(nvmlGpuInstance_t gpuInstance, nvmlGpuInstanceInfo_t *info);
nvmlReturn_t nvmlGpuInstanceGetVgpuHeterogeneousMode(nvmlGpuInstance_t gpuInstance, nvmlVgpuHeterogeneousMode_t *pHeterogeneousMode);
nvmlReturn_t nvmlGpuInstanceGetVgpuSchedulerLog(nvmlGpuInstance_t gpuInstance, nvmlVgpuSchedulerLogInfo_t *pSchedulerLogInfo);
nvmlReturn_t nvmlGpuInstanceGetVgpuSchedulerState(nvmlGpuInstance_t gpuInstance, nvmlVgpuSchedulerStateInfo_t *pSchedulerStateInfo);
nvmlReturn_t nvmlGpuInstanceGetVgpuTypeCreatablePlacements(nvmlGpuInstance_t gpuInstance, nvmlVgpuCreatablePlacementInfo_t *pCreatablePlacementInfo);
nvmlReturn_t nvmlGpuInstanceSetVgpuHeterogeneousMode(nvmlGpuInstance_t gpuInstance, const nvmlVgpuHeterogeneousMode_t *pHeterogeneousMode);
nvmlReturn_t nvmlGpuInstanceSetVgpuSchedulerState(nvmlGpuInstance_t gpuInstance, nvmlVgpuSchedulerState_t *pScheduler);
nvmlReturn_t nvmlInit(void);
nvmlReturn_t nvmlInit_v2(void);
nvmlReturn_t nvmlInitWithFlags(unsigned int flags);
nvmlReturn_t nvmlInternalGetExportTable(const void **ppExportTable, const void *pExportTableId);
nvmlReturn_t nvmlSetVgpuVersion(nvmlVgpuVersion_t *vgpuVersion);
nvmlReturn_t nvmlShutdown(void);
nvmlReturn_t nvmlSystemEventSetCreate(nvmlSystemEventSetCreateRequest_t *request);
nvmlReturn_t nvmlSystemEventSetFree(nvmlSystemEventSetFreeRequest_t *request);
nvmlReturn_t nvmlSystemEventSetWait(nvmlSystemEventSetWaitRequest_t *request);
nvmlReturn_t nvmlSystemGetConfComputeCapabilities(nvmlConfComputeSystemCaps_t *capabilities);
nvmlReturn_t nvmlSystemGetConfComputeGpusReadyState(unsigned int *isAcceptingWork);
nvmlReturn_t nvmlSystemGetConfComputeKeyRotationThresholdInfo(nvmlConfComputeGetKeyRotationThresholdInfo_t *pKeyRotationThrInfo);
nvmlReturn_t nvmlSystemGetConfComputeSettings(nvmlSystemConfComputeSettings_t *settings);
nvmlReturn_t nvmlSystemGetConfComputeState(nvmlConfComputeSystemState_t *state);
nvmlReturn_t nvmlSystemGetCudaDriverVersion(int *cudaDriverVersion);
nvmlReturn_t nvmlSystemGetCudaDriverVersion_v2(int *cudaDriverVersion);
nvmlReturn_t nvmlSystemGetDriverBranch(nvmlSystemDriverBranchInfo_t *branchInfo, unsigned int length);
nvmlReturn_t nvmlSystemGetDriverVersion(char *version, unsigned int length);
nvmlReturn_t nvmlSystemGetHicVersion(unsigned int *hwbcCount, nvmlHwbcEntry_t *hwbcEntries);
nvmlReturn_t nvmlSystemGetNVMLVersion(char *version, unsigned int length);
nvmlReturn_t nvmlSystemGetNvlinkBwMode(unsigned int *nvlinkBwMode);
nvmlReturn_t nvmlSystemGetProcessName(unsigned int pid, char *name, unsigned int length);
nvmlReturn_t nvmlSystemGetTopologyGpuSet(unsigned int cpuNumber, unsigned int *count, nvmlDevice_t *deviceArray);
nvmlReturn_t nvmlSystemRegisterEvents(nvmlSystemRegisterEventRequest_t *request);
nvmlReturn_t nvmlSystemSetConfComputeGpusReadyState(unsigned int isAcceptingWork);
nvmlReturn_t nvmlSystemSetConfComputeKeyRotationThresholdInfo(nvmlConfComputeSetKeyRotationThresholdInfo_t *pKeyRotationThrInfo);
nvmlReturn_t nvmlSystemSetNvlinkBwMode(unsigned int nvlinkBwMode);
nvmlReturn_t nvmlUnitGetCount(unsigned int *unitCount);
nvmlReturn_t nvmlUnitGetDevices(nvmlUnit_t unit, unsigned int *deviceCount, nvmlDevice_t *devices);
nvmlReturn_t nvmlUnitGetFanSpeedInfo(nvmlUnit_t unit, nvmlUnitFanSpeeds_t *fanSpeeds);
nvmlReturn_t nvmlUnitGetHandleByIndex(unsigned int index, nvmlUnit_t *unit);
nvmlReturn_t nvmlUnitGetLedState(nvmlUnit_t unit, nvmlLedState_t *state);
nvmlReturn_t nvmlUnitGetPsuInfo(nvmlUnit_t unit, nvmlPSUInfo_t *psu);
nvmlReturn_t nvmlUnitGetTemperature(nvmlUnit_t unit, unsigned int type, unsigned int *temp);
nvmlReturn_t nvmlUnitGetUnitInfo(nvmlUnit_t unit, nvmlUnitInfo_t *info);
nvmlReturn_t nvmlUnitSetLedState(nvmlUnit_t unit, nvmlLedColor_t color);
nvmlReturn_t nvmlVgpuInstanceClearAccountingPids(nvmlVgpuInstance_t vgpuInstance);
nvmlReturn_t nvmlVgpuInstanceGetAccountingMode(nvmlVgpuInstance_t vgpuInstance, nvmlEnableState_t *mode);
nvmlReturn_t nvmlVgpuInstanceGetAccountingPids(nvmlVgpuInstance_t vgpuInstance, unsigned int *count, unsigned int *pids);
nvmlReturn_t nvmlVgpuInstanceGetAccountingStats(nvmlVgpuInstance_t vgpuInstance, unsigned int pid, nvmlAccountingStats_t *stats);
nvmlReturn_t nvmlVgpuInstanceGetEccMode(nvmlVgpuInstance_t vgpuInstance, nvmlEnableState_t *eccMode);
nvmlReturn_t nvmlVgpuInstanceGetEncoderCapacity(nvmlVgpuInstance_t vgpuInstance, unsigned int *encoderCapacity);
nvmlReturn_t nvmlVgpuInstanceGetEncoderSessions(nvmlVgpuInstance_t vgpuInstance, unsigned int *sessionCount, nvmlEncoderSessionInfo_t *sessionInfo);
nvmlReturn_t nvmlVgpuInstanceGetEncoderStats(nvmlVgpuInstance_t vgpuInstance, unsigned int *sessionCount, unsigned int *averageFps, unsigned int *averageLatency);
nvmlReturn_t nvmlVgpuInstanceGetFBCSessions(nvmlVgpuInstance_t vgpuInstance, unsigned int *sessionCount, nvmlFBCSessionInfo_t *sessionInfo);
nvmlReturn_t nvmlVgpuInstanceGetFBCStats(nvmlVgpuInstance_t vgpuInstance, nvmlFBCStats_t *fbcStats);
nvmlReturn_t nvmlVgpuInstanceGetFbUsage(nvmlVgpuInstance_t vgpuInstance, unsigned long long *fbUsage);
nvmlReturn_t nvmlVgpuInstanceGetFrameRateLimit(nvmlVgpuInstance_t vgpuInstance, unsigned int *frameRateLimit);
nvmlReturn_t nvmlVgpuInstanceGetGpuInstanceId(nvmlVgpuInstance_t vgpuInstance, unsigned int *gpuInstanceId);
nvmlReturn_t nvmlVgpuInstanceGetGpuPciId(nvmlVgpuInstance_t vgpuInstance, char *vgpuPciId, unsigned int *length);
nvmlReturn_t nvmlVgpuInstanceGetLicenseInfo(nvmlVgpuInstance_t vgpuInstance, nvmlVgpuLicenseInfo_t *licenseInfo);
nvmlReturn_t nvmlVgpuInstanceGetLicenseInfo_v2(nvmlVgpuInstance_t vgpuInstance, nvmlVgpuLicenseInfo_t *licenseInfo);
nvmlReturn_t nvmlVgpuInstanceGetLicenseStatus(nvmlVgpuInstance_t vgpuInstance, unsigned int *licensed);
nvmlReturn_t nvmlVgpuInstanceGetMdevUUID(nvmlVgpuInstance_t vgpuInstance, char *mdevUuid, unsigned int size);
nvmlReturn_t nvmlVgpuInstanceGetMetadata(nvmlVgpuInstance_t vgpuInstance, nvmlVgpuMetadata_t *vgpuMetadata, unsigned int *bufferSize);
nvmlReturn_t nvmlVgpuInstanceGetPlacementId(nvmlVgpuInstance_t vgpuInstance, nvmlVgpuPlacementId_t *pPlacement);
nvmlReturn_t nvmlVgpuInstanceGetRuntimeStateSize(nvmlVgpuInstance_t vgpuInstance, nvmlVgpuRuntimeState_t *pState);
nvmlReturn_t nvmlVgpuInstanceGetType(nvmlVgpuInstance_t vgpuInstance, nvmlVgpuTypeId_t *vgpuTypeId);
nvmlReturn_t nvmlVgpuInstanceGetUUID(nvmlVgpuInstance_t vgpuInstance, char *uuid, unsigned int size);
nvmlReturn_t nvmlVgpuInstanceGetVmDriverVersion(nvmlVgpuInstance_t vgpuInstance, char *version, unsigned int length);
nvmlReturn_t nvmlVgpuInstanceGetVmID(nvmlVgpuInstance_t vgpuInstance, char *vmId, unsigned int size, nvmlVgpuVmIdType_t *vmIdType);
nvmlReturn_t nvmlVgpuInstanceSetEncoderCapacity(nvmlVgpuInstance_t vgpuInstance, unsigned int encoderCapacity);
nvmlReturn_t nvmlVgpuTypeGetBAR1Info(nvmlVgpuTypeId_t vgpuTypeId, nvmlVgpuTypeBar1Info_t *bar1Info);
nvmlReturn_t nvmlVgpuTypeGetCapabilities(nvmlVgpuTypeId_t vgpuTypeId, nvmlVgpuCapability_t capability, unsigned int *capResult);
nvmlReturn_t nvmlVgpuTypeGetClass(nvmlVgpuTypeId_t vgpuTypeId, char *vgpuTypeClass, unsigned int *size);
nvmlReturn_t nvmlVgpuTypeGetDeviceID(nvmlVgpuTypeId_t vgpuTypeId, unsigned long long *deviceID, unsigned long long *subsystemID);
nvmlReturn_t nvmlVgpuTypeGetFbReservation(nvmlVgpuTypeId_t vgpuTypeId, unsigned long long *fbReservation);
nvmlReturn_t nvmlVgpuTypeGetFrameRateLimit(nvmlVgpuTypeId_t vgpuTypeId, unsigned int *frameRateLimit);
nvmlReturn_t nvmlVgpuTypeGetFramebufferSize(nvmlVgpuTypeId_t vgpuTypeId, unsigned long long *fbSize);
nvmlReturn_t nvmlVgpuTypeGetGpuInstanceProfileId(nvmlVgpuTypeId_t vgpuTypeId, unsigned int *gpuInstanceProfileId);
nvmlReturn_t nvmlVgpuTypeGetGspHeapSize(nvmlVgpuTypeId_t vgpuTypeId, unsigned long long *gspHeapSize);
nvmlReturn_t nvmlVgpuTypeGetLicense(nvmlVgpuTypeId_t vgpuTypeId, char *vgpuTypeLicenseString, unsigned int size);
nvmlReturn_t nvmlVgpuTypeGetMaxInstances(nvmlDevice_t device, nvmlVgpuTypeId_t vgpuTypeId, unsigned int *vgpuInstanceCount);
nvmlReturn_t nvmlVgpuTypeGetMaxInstancesPerGpuInstance(nvmlVgpuTypeMaxInstance_t *pMaxInstance);
nvmlReturn_t nvmlVgpuTypeGetMaxInstancesPerVm(nvmlVgpuTypeId_t vgpuTypeId, unsigned int *vgpuInstanceCountPerVm);
nvmlReturn_t nvmlVgpuTypeGetName(nvmlVgpuTypeId_t vgpuTypeId, char *vgpuTypeName, unsigned int *size);
nvmlReturn_t nvmlVgpuTypeGetNumDisplayHeads(nvmlVgpuTypeId_t vgpuTypeId, unsigned int *numDisplayHeads);
nvmlReturn_t nvmlVgpuTypeGetResolution(nvmlVgpuTypeId_t vgpuTypeId, unsigned int displayIndex, unsigned int *xdim, unsigned int *ydim);
#pragma GCC visibility pop

typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlComputeInstanceDestroy)(nvmlComputeInstance_t computeInstance);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlComputeInstanceGetInfo)(nvmlComputeInstance_t computeInstance, nvmlComputeInstanceInfo_t *info);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlComputeInstanceGetInfo_v2)(nvmlComputeInstance_t computeInstance, nvmlComputeInstanceInfo_t *info);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceClearAccountingPids)(nvmlDevice_t device);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceClearCpuAffinity)(nvmlDevice_t device);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceClearEccErrorCounts)(nvmlDevice_t device, nvmlEccCounterType_t counterType);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceClearFieldValues)(nvmlDevice_t device, int valuesCount, nvmlFieldValue_t *values);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceCreateGpuInstance)(nvmlDevice_t device, unsigned int profileId, nvmlGpuInstance_t *gpuInstance);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceCreateGpuInstanceWithPlacement)(nvmlDevice_t device, unsigned int profileId, const nvmlGpuInstancePlacement_t *placement, nvmlGpuInstance_t *gpuInstance);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceDiscoverGpus)(nvmlPciInfo_t *pciInfo);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceFreezeNvLinkUtilizationCounter)(nvmlDevice_t device, unsigned int link, unsigned int counter, nvmlEnableState_t freeze);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetAPIRestriction)(nvmlDevice_t device, nvmlRestrictedAPI_t apiType, nvmlEnableState_t *isRestricted);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetAccountingBufferSize)(nvmlDevice_t device, unsigned int *bufferSize);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetAccountingMode)(nvmlDevice_t device, nvmlEnableState_t *mode);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetAccountingPids)(nvmlDevice_t device, unsigned int *count, unsigned int *pids);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetAccountingStats)(nvmlDevice_t device, unsigned int pid, nvmlAccountingStats_t *stats);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetActiveVgpus)(nvmlDevice_t device, unsigned int *vgpuCount, nvmlVgpuInstance_t *vgpuInstances);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetAdaptiveClockInfoStatus)(nvmlDevice_t device, unsigned int *adaptiveClockStatus);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetAddressingMode)(nvmlDevice_t device, nvmlDeviceAddressingMode_t *mode);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetApplicationsClock)(nvmlDevice_t device, nvmlClockType_t clockType, unsigned int *clockMHz);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetArchitecture)(nvmlDevice_t device, nvmlDeviceArchitecture_t *arch);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetAttributes)(nvmlDevice_t device, nvmlDeviceAttributes_t *attributes);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetAttributes_v2)(nvmlDevice_t device, nvmlDeviceAttributes_t *attributes);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetAutoBoostedClocksEnabled)(nvmlDevice_t device, nvmlEnableState_t *isEnabled, nvmlEnableState_t *defaultIsEnabled);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetBAR1MemoryInfo)(nvmlDevice_t device, nvmlBAR1Memory_t *bar1Memory);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetBoardId)(nvmlDevice_t device, unsigned int *boardId);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetBoardPartNumber)(nvmlDevice_t device, char *partNumber, unsigned int length);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetBrand)(nvmlDevice_t device, nvmlBrandType_t *type);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetBridgeChipInfo)(nvmlDevice_t device, nvmlBridgeChipHierarchy_t *bridgeHierarchy);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetBusType)(nvmlDevice_t device, nvmlBusType_t *type);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetC2cModeInfoV)(nvmlDevice_t device, nvmlC2cModeInfo_v1_t *c2cModeInfo);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetCapabilities)(nvmlDevice_t device, nvmlDeviceCapabilities_t *caps);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetClkMonStatus)(nvmlDevice_t device, nvmlClkMonStatus_t *status);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetClock)(nvmlDevice_t device, nvmlClockType_t clockType, nvmlClockId_t clockId, unsigned int *clockMHz);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetClockInfo)(nvmlDevice_t device, nvmlClockType_t type, unsigned int *clock);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetClockOffsets)(nvmlDevice_t device, nvmlClockOffset_t *info);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetComputeInstanceId)(nvmlDevice_t device, unsigned int *id);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetComputeMode)(nvmlDevice_t device, nvmlComputeMode_t *mode);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetComputeRunningProcesses)(nvmlDevice_t device, unsigned int *infoCount, nvmlProcessInfo_v1_t *infos);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetComputeRunningProcesses_v2)(nvmlDevice_t device, unsigned int *infoCount, nvmlProcessInfo_v2_t *infos);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetComputeRunningProcesses_v3)(nvmlDevice_t device, unsigned int *infoCount, nvmlProcessInfo_t *infos);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetConfComputeGpuAttestationReport)(nvmlDevice_t device, nvmlConfComputeGpuAttestationReport_t *gpuAtstReport);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetConfComputeGpuCertificate)(nvmlDevice_t device, nvmlConfComputeGpuCertificate_t *gpuCert);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetConfComputeMemSizeInfo)(nvmlDevice_t device, nvmlConfComputeMemSizeInfo_t *memInfo);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetConfComputeProtectedMemoryUsage)(nvmlDevice_t device, nvmlMemory_t *memory);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetCoolerInfo)(nvmlDevice_t device, nvmlCoolerInfo_t *coolerInfo);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetCount)(unsigned int *deviceCount);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetCount_v2)(unsigned int *deviceCount);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetCpuAffinity)(nvmlDevice_t device, unsigned int cpuSetSize, unsigned long *cpuSet);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetCpuAffinityWithinScope)(nvmlDevice_t device, unsigned int cpuSetSize, unsigned long *cpuSet, nvmlAffinityScope_t scope);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetCreatableVgpus)(nvmlDevice_t device, unsigned int *vgpuCount, nvmlVgpuTypeId_t *vgpuTypeIds);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetCudaComputeCapability)(nvmlDevice_t device, int *major, int *minor);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetCurrPcieLinkGeneration)(nvmlDevice_t device, unsigned int *currLinkGen);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetCurrPcieLinkWidth)(nvmlDevice_t device, unsigned int *currLinkWidth);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetCurrentClockFreqs)(nvmlDevice_t device, nvmlDeviceCurrentClockFreqs_t *currentClockFreqs);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetCurrentClocksEventReasons)(nvmlDevice_t device, unsigned long long *clocksEventReasons);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetCurrentClocksThrottleReasons)(nvmlDevice_t device, unsigned long long *clocksThrottleReasons);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetDecoderUtilization)(nvmlDevice_t device, unsigned int *utilization, unsigned int *samplingPeriodUs);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetDefaultApplicationsClock)(nvmlDevice_t device, nvmlClockType_t clockType, unsigned int *clockMHz);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetDefaultEccMode)(nvmlDevice_t device, nvmlEnableState_t *defaultMode);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetDetailedEccErrors)(nvmlDevice_t device, nvmlMemoryErrorType_t errorType, nvmlEccCounterType_t counterType, nvmlEccErrorCounts_t *eccCounts);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetDeviceHandleFromMigDeviceHandle)(nvmlDevice_t migDevice, nvmlDevice_t *device);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetDisplayActive)(nvmlDevice_t device, nvmlEnableState_t *isActive);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetDisplayMode)(nvmlDevice_t device, nvmlEnableState_t *display);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetDramEncryptionMode)(nvmlDevice_t device, nvmlDramEncryptionInfo_t *current, nvmlDramEncryptionInfo_t *pending);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetDriverModel)(nvmlDevice_t device, nvmlDriverModel_t *current, nvmlDriverModel_t *pending);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetDriverModel_v2)(nvmlDevice_t device, nvmlDriverModel_t *current, nvmlDriverModel_t *pending);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetDynamicPstatesInfo)(nvmlDevice_t device, nvmlGpuDynamicPstatesInfo_t *pDynamicPstatesInfo);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetEccMode)(nvmlDevice_t device, nvmlEnableState_t *current, nvmlEnableState_t *pending);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetEncoderCapacity)(nvmlDevice_t device, nvmlEncoderType_t encoderQueryType, unsigned int *encoderCapacity);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetEncoderSessions)(nvmlDevice_t device, unsigned int *sessionCount, nvmlEncoderSessionInfo_t *sessionInfos);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetEncoderStats)(nvmlDevice_t device, unsigned int *sessionCount, unsigned int *averageFps, unsigned int *averageLatency);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetEncoderUtilization)(nvmlDevice_t device, unsigned int *utilization, unsigned int *samplingPeriodUs);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetEnforcedPowerLimit)(nvmlDevice_t device, unsigned int *limit);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetFBCSessions)(nvmlDevice_t device, unsigned int *sessionCount, nvmlFBCSessionInfo_t *sessionInfo);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetFBCStats)(nvmlDevice_t device, nvmlFBCStats_t *fbcStats);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetFanControlPolicy_v2)(nvmlDevice_t device, unsigned int fan, nvmlFanControlPolicy_t *policy);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetFanSpeed)(nvmlDevice_t device, unsigned int *speed);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetFanSpeed_v2)(nvmlDevice_t device, unsigned int fan, unsigned int *speed);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetFanSpeedRPM)(nvmlDevice_t device, nvmlFanSpeedInfo_t *fanSpeed);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetFieldValues)(nvmlDevice_t device, int valuesCount, nvmlFieldValue_t *values);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetGpcClkMinMaxVfOffset)(nvmlDevice_t device, int *minOffset, int *maxOffset);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetGpcClkVfOffset)(nvmlDevice_t device, int *offset);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetGpuFabricInfo)(nvmlDevice_t device, nvmlGpuFabricInfo_t *gpuFabricInfo);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetGpuFabricInfoV)(nvmlDevice_t device, nvmlGpuFabricInfoV_t *gpuFabricInfo);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetGpuInstanceById)(nvmlDevice_t device, unsigned int id, nvmlGpuInstance_t *gpuInstance);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetGpuInstanceId)(nvmlDevice_t device, unsigned int *id);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetGpuInstancePossiblePlacements)(nvmlDevice_t device, unsigned int profileId, nvmlGpuInstancePlacement_t *placements, unsigned int *count);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetGpuInstancePossiblePlacements_v2)(nvmlDevice_t device, unsigned int profileId, nvmlGpuInstancePlacement_t *placements, unsigned int *count);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetGpuInstanceProfileInfo)(nvmlDevice_t device, unsigned int profile, nvmlGpuInstanceProfileInfo_t *info);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetGpuInstanceProfileInfoByIdV)(nvmlDevice_t device, unsigned int profileId, nvmlGpuInstanceProfileInfo_v2_t *info);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetGpuInstanceProfileInfoV)(nvmlDevice_t device, unsigned int profile, nvmlGpuInstanceProfileInfo_v2_t *info);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetGpuInstanceRemainingCapacity)(nvmlDevice_t device, unsigned int profileId, unsigned int *count);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetGpuInstances)(nvmlDevice_t device, unsigned int profileId, nvmlGpuInstance_t *gpuInstances, unsigned int *count);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetGpuMaxPcieLinkGeneration)(nvmlDevice_t device, unsigned int *maxLinkGenDevice);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetGpuOperationMode)(nvmlDevice_t device, nvmlGpuOperationMode_t *current, nvmlGpuOperationMode_t *pending);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetGraphicsRunningProcesses)(nvmlDevice_t device, unsigned int *infoCount, nvmlProcessInfo_v1_t *infos);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetGraphicsRunningProcesses_v2)(nvmlDevice_t device, unsigned int *infoCount, nvmlProcessInfo_v2_t *infos);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetGraphicsRunningProcesses_v3)(nvmlDevice_t device, unsigned int *infoCount, nvmlProcessInfo_t *infos);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetGridLicensableFeatures)(nvmlDevice_t device, nvmlGridLicensableFeatures_t *pGridLicensableFeatures);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetGridLicensableFeatures_v2)(nvmlDevice_t device, nvmlGridLicensableFeatures_t *pGridLicensableFeatures);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetGridLicensableFeatures_v3)(nvmlDevice_t device, nvmlGridLicensableFeatures_t *pGridLicensableFeatures);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetGridLicensableFeatures_v4)(nvmlDevice_t device, nvmlGridLicensableFeatures_t *pGridLicensableFeatures);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetGspFirmwareMode)(nvmlDevice_t device, unsigned int *isEnabled, unsigned int *defaultMode);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetGspFirmwareVersion)(nvmlDevice_t device, char *version);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetHandleByIndex)(unsigned int index, nvmlDevice_t *device);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetHandleByIndex_v2)(unsigned int index, nvmlDevice_t *device);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetHandleByPciBusId)(const char *pciBusId, nvmlDevice_t *device);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetHandleByPciBusId_v2)(const char *pciBusId, nvmlDevice_t *device);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetHandleBySerial)(const char *serial, nvmlDevice_t *device);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetHandleByUUID)(const char *uuid, nvmlDevice_t *device);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetHandleByUUIDV)(const nvmlUUID_t *uuid, nvmlDevice_t *device);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetHostVgpuMode)(nvmlDevice_t device, nvmlHostVgpuMode_t *pHostVgpuMode);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetHostname_v1)(nvmlDevice_t device, nvmlHostname_v1_t *hostname);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetIndex)(nvmlDevice_t device, unsigned int *index);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetInforomConfigurationChecksum)(nvmlDevice_t device, unsigned int *checksum);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetInforomImageVersion)(nvmlDevice_t device, char *version, unsigned int length);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetInforomVersion)(nvmlDevice_t device, nvmlInforomObject_t object, char *version, unsigned int length);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetIrqNum)(nvmlDevice_t device, unsigned int *irqNum);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetJpgUtilization)(nvmlDevice_t device, unsigned int *utilization, unsigned int *samplingPeriodUs);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetLastBBXFlushTime)(nvmlDevice_t device, unsigned long long *timestamp, unsigned long *durationUs);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetMPSComputeRunningProcesses)(nvmlDevice_t device, unsigned int *infoCount, nvmlProcessInfo_v1_t *infos);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetMPSComputeRunningProcesses_v2)(nvmlDevice_t device, unsigned int *infoCount, nvmlProcessInfo_v2_t *infos);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetMPSComputeRunningProcesses_v3)(nvmlDevice_t device, unsigned int *infoCount, nvmlProcessInfo_t *infos);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetMarginTemperature)(nvmlDevice_t device, nvmlMarginTemperature_t *marginTempInfo);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetMaxClockInfo)(nvmlDevice_t device, nvmlClockType_t type, unsigned int *clock);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetMaxCustomerBoostClock)(nvmlDevice_t device, nvmlClockType_t clockType, unsigned int *clockMHz);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetMaxMigDeviceCount)(nvmlDevice_t device, unsigned int *count);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetMaxPcieLinkGeneration)(nvmlDevice_t device, unsigned int *maxLinkGen);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetMaxPcieLinkWidth)(nvmlDevice_t device, unsigned int *maxLinkWidth);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetMemClkMinMaxVfOffset)(nvmlDevice_t device, int *minOffset, int *maxOffset);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetMemClkVfOffset)(nvmlDevice_t device, int *offset);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetMemoryAffinity)(nvmlDevice_t device, unsigned int nodeSetSize, unsigned long *nodeSet, nvmlAffinityScope_t scope);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetMemoryBusWidth)(nvmlDevice_t device, unsigned int *busWidth);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetMemoryErrorCounter)(nvmlDevice_t device, nvmlMemoryErrorType_t errorType, nvmlEccCounterType_t counterType, nvmlMemoryLocation_t locationType, unsigned long long *count);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetMemoryInfo)(nvmlDevice_t device, nvmlMemory_t *memory);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetMemoryInfo_v2)(nvmlDevice_t device, nvmlMemory_v2_t *memory);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetMigDeviceHandleByIndex)(nvmlDevice_t device, unsigned int index, nvmlDevice_t *migDevice);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetMigMode)(nvmlDevice_t device, unsigned int *currentMode, unsigned int *pendingMode);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetMinMaxClockOfPState)(nvmlDevice_t device, nvmlClockType_t type, nvmlPstates_t pstate, unsigned int *minClockMHz, unsigned int *maxClockMHz);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetMinMaxFanSpeed)(nvmlDevice_t device, unsigned int *minSpeed, unsigned int *maxSpeed);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetMinorNumber)(nvmlDevice_t device, unsigned int *minorNumber);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetModuleId)(nvmlDevice_t device, unsigned int *moduleId);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetMultiGpuBoard)(nvmlDevice_t device, unsigned int *multiGpuBool);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetName)(nvmlDevice_t device, char *name, unsigned int length);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetNumFans)(nvmlDevice_t device, unsigned int *numFans);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetNumGpuCores)(nvmlDevice_t device, unsigned int *numCores);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetNumaNodeId)(nvmlDevice_t device, unsigned int *node);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetNvLinkCapability)(nvmlDevice_t device, unsigned int link, nvmlNvLinkCapability_t capability, unsigned int *capResult);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetNvLinkErrorCounter)(nvmlDevice_t device, unsigned int link, nvmlNvLinkErrorCounter_t counter, unsigned long long *counterValue);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetNvLinkInfo)(nvmlDevice_t device, nvmlNvLinkInfo_t *info);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetNvLinkRemoteDeviceType)(nvmlDevice_t device, unsigned int link, nvmlIntNvLinkDeviceType_t *pNvLinkDeviceType);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetNvLinkRemotePciInfo)(nvmlDevice_t device, unsigned int link, nvmlPciInfo_t *pci);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetNvLinkRemotePciInfo_v2)(nvmlDevice_t device, unsigned int link, nvmlPciInfo_t *pci);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetNvLinkState)(nvmlDevice_t device, unsigned int link, nvmlEnableState_t *isActive);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetNvLinkUtilizationControl)(nvmlDevice_t device, unsigned int link, unsigned int counter, nvmlNvLinkUtilizationControl_t *control);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetNvLinkUtilizationCounter)(nvmlDevice_t device, unsigned int link, unsigned int counter, unsigned long long *rxcounter, unsigned long long *txcounter);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetNvLinkVersion)(nvmlDevice_t device, unsigned int link, unsigned int *version);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetNvlinkBwMode)(nvmlDevice_t device, nvmlNvlinkGetBwMode_t *getBwMode);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetNvlinkSupportedBwModes)(nvmlDevice_t device, nvmlNvlinkSupportedBwModes_t *supportedBwMode);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetOfaUtilization)(nvmlDevice_t device, unsigned int *utilization, unsigned int *samplingPeriodUs);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetP2PStatus)(nvmlDevice_t device1, nvmlDevice_t device2, nvmlGpuP2PCapsIndex_t p2pIndex, nvmlGpuP2PStatus_t *p2pStatus);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetPciInfo)(nvmlDevice_t device, nvmlPciInfo_t *pci);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetPciInfo_v2)(nvmlDevice_t device, nvmlPciInfo_t *pci);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetPciInfo_v3)(nvmlDevice_t device, nvmlPciInfo_t *pci);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetPciInfoExt)(nvmlDevice_t device, nvmlPciInfoExt_t *pci);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetPcieLinkMaxSpeed)(nvmlDevice_t device, unsigned int *maxSpeed);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetPcieReplayCounter)(nvmlDevice_t device, unsigned int *value);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetPcieSpeed)(nvmlDevice_t device, unsigned int *pcieSpeed);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetPcieThroughput)(nvmlDevice_t device, nvmlPcieUtilCounter_t counter, unsigned int *value);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetPdi)(nvmlDevice_t device, nvmlPdi_t *pdi);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetPerformanceModes)(nvmlDevice_t device, nvmlDevicePerfModes_t *perfModes);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetPerformanceState)(nvmlDevice_t device, nvmlPstates_t *pState);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetPersistenceMode)(nvmlDevice_t device, nvmlEnableState_t *mode);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetPgpuMetadataString)(nvmlDevice_t device, char *pgpuMetadata, unsigned int *bufferSize);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetPlatformInfo)(nvmlDevice_t device, nvmlPlatformInfo_t *platformInfo);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetPowerManagementDefaultLimit)(nvmlDevice_t device, unsigned int *defaultLimit);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetPowerManagementLimit)(nvmlDevice_t device, unsigned int *limit);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetPowerManagementLimitConstraints)(nvmlDevice_t device, unsigned int *minLimit, unsigned int *maxLimit);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetPowerManagementMode)(nvmlDevice_t device, nvmlEnableState_t *mode);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetPowerMizerMode_v1)(nvmlDevice_t device, nvmlDevicePowerMizerModes_v1_t *powerMizerMode);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetPowerSource)(nvmlDevice_t device, nvmlPowerSource_t *powerSource);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetPowerState)(nvmlDevice_t device, nvmlPstates_t *pState);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetPowerUsage)(nvmlDevice_t device, unsigned int *power);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetProcessUtilization)(nvmlDevice_t device, nvmlProcessUtilizationSample_t *utilization, unsigned int *processSamplesCount, unsigned long long lastSeenTimeStamp);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetProcessesUtilizationInfo)(nvmlDevice_t device, nvmlProcessesUtilizationInfo_t *procesesUtilInfo);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetRemappedRows)(nvmlDevice_t device, unsigned int *corrRows, unsigned int *uncRows, unsigned int *isPending, unsigned int *failureOccurred);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetRepairStatus)(nvmlDevice_t device, nvmlRepairStatus_t *repairStatus);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetRetiredPages)(nvmlDevice_t device, nvmlPageRetirementCause_t cause, unsigned int *pageCount, unsigned long long *addresses);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetRetiredPages_v2)(nvmlDevice_t device, nvmlPageRetirementCause_t cause, unsigned int *pageCount, unsigned long long *addresses, unsigned long long *timestamps);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetRetiredPagesPendingStatus)(nvmlDevice_t device, nvmlEnableState_t *isPending);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetRowRemapperHistogram)(nvmlDevice_t device, nvmlRowRemapperHistogramValues_t *values);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetRunningProcessDetailList)(nvmlDevice_t device, nvmlProcessDetailList_t *plist);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetSamples)(nvmlDevice_t device, nvmlSamplingType_t type, unsigned long long lastSeenTimeStamp, nvmlValueType_t *sampleValType, unsigned int *sampleCount, nvmlSample_t *samples);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetSerial)(nvmlDevice_t device, char *serial, unsigned int length);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetSramEccErrorStatus)(nvmlDevice_t device, nvmlEccSramErrorStatus_t *status);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetSramUniqueUncorrectedEccErrorCounts)(nvmlDevice_t device, nvmlEccSramUniqueUncorrectedErrorCounts_t *errorCounts);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetSupportedClocksEventReasons)(nvmlDevice_t device, unsigned long long *supportedClocksEventReasons);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetSupportedClocksThrottleReasons)(nvmlDevice_t device, unsigned long long *supportedClocksThrottleReasons);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetSupportedEventTypes)(nvmlDevice_t device, unsigned long long *eventTypes);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetSupportedGraphicsClocks)(nvmlDevice_t device, unsigned int memoryClockMHz, unsigned int *count, unsigned int *clocksMHz);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetSupportedMemoryClocks)(nvmlDevice_t device, unsigned int *count, unsigned int *clocksMHz);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetSupportedPerformanceStates)(nvmlDevice_t device, nvmlPstates_t *pstates, unsigned int size);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetSupportedVgpus)(nvmlDevice_t device, unsigned int *vgpuCount, nvmlVgpuTypeId_t *vgpuTypeIds);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetTargetFanSpeed)(nvmlDevice_t device, unsigned int fan, unsigned int *targetSpeed);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetTemperature)(nvmlDevice_t device, nvmlTemperatureSensors_t sensorType, unsigned int *temp);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetTemperatureThreshold)(nvmlDevice_t device, nvmlTemperatureThresholds_t thresholdType, unsigned int *temp);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetTemperatureV)(nvmlDevice_t device, nvmlTemperature_t *temperature);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetThermalSettings)(nvmlDevice_t device, unsigned int sensorIndex, nvmlGpuThermalSettings_t *pThermalSettings);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetTopologyCommonAncestor)(nvmlDevice_t device1, nvmlDevice_t device2, nvmlGpuTopologyLevel_t *pathInfo);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetTopologyNearestGpus)(nvmlDevice_t device, nvmlGpuTopologyLevel_t level, unsigned int *count, nvmlDevice_t *deviceArray);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetTotalEccErrors)(nvmlDevice_t device, nvmlMemoryErrorType_t errorType, nvmlEccCounterType_t counterType, unsigned long long *eccCounts);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetTotalEnergyConsumption)(nvmlDevice_t device, unsigned long long *energy);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetUUID)(nvmlDevice_t device, char *uuid, unsigned int length);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetUtilizationRates)(nvmlDevice_t device, nvmlUtilization_t *utilization);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetVbiosVersion)(nvmlDevice_t device, char *version, unsigned int length);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetVgpuCapabilities)(nvmlDevice_t device, nvmlDeviceVgpuCapability_t capability, unsigned int *capResult);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetVgpuHeterogeneousMode)(nvmlDevice_t device, nvmlVgpuHeterogeneousMode_t *pHeterogeneousMode);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetVgpuInstancesUtilizationInfo)(nvmlDevice_t device, nvmlVgpuInstancesUtilizationInfo_t *vgpuUtilInfo);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetVgpuMetadata)(nvmlDevice_t device, nvmlVgpuPgpuMetadata_t *pgpuMetadata, unsigned int *bufferSize);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetVgpuProcessUtilization)(nvmlDevice_t device, unsigned long long lastSeenTimeStamp, unsigned int *vgpuProcessSamplesCount, nvmlVgpuProcessUtilizationSample_t *utilizationSamples);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetVgpuProcessesUtilizationInfo)(nvmlDevice_t device, nvmlVgpuProcessesUtilizationInfo_t *vgpuProcUtilInfo);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetVgpuSchedulerCapabilities)(nvmlDevice_t device, nvmlVgpuSchedulerCapabilities_t *pCapabilities);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetVgpuSchedulerLog)(nvmlDevice_t device, nvmlVgpuSchedulerLog_t *pSchedulerLog);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetVgpuSchedulerState)(nvmlDevice_t device, nvmlVgpuSchedulerGetState_t *pSchedulerState);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetVgpuTypeCreatablePlacements)(nvmlDevice_t device, nvmlVgpuTypeId_t vgpuTypeId, nvmlVgpuPlacementList_t *pPlacementList);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetVgpuTypeSupportedPlacements)(nvmlDevice_t device, nvmlVgpuTypeId_t vgpuTypeId, nvmlVgpuPlacementList_t *pPlacementList);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetVgpuUtilization)(nvmlDevice_t device, unsigned long long lastSeenTimeStamp, nvmlValueType_t *sampleValType, unsigned int *vgpuInstanceSamplesCount, nvmlVgpuInstanceUtilizationSample_t *utilizationSamples);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetViolationStatus)(nvmlDevice_t device, nvmlPerfPolicyType_t perfPolicyType, nvmlViolationTime_t *violTime);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceGetVirtualizationMode)(nvmlDevice_t device, nvmlGpuVirtualizationMode_t *pVirtualMode);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceIsMigDeviceHandle)(nvmlDevice_t device, unsigned int *isMigDevice);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceModifyDrainState)(nvmlPciInfo_t *pciInfo, nvmlEnableState_t newState);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceOnSameBoard)(nvmlDevice_t device1, nvmlDevice_t device2, int *onSameBoard);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDevicePowerSmoothingActivatePresetProfile)(nvmlDevice_t device, nvmlPowerSmoothingProfile_t *profile);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDevicePowerSmoothingSetState)(nvmlDevice_t device, nvmlPowerSmoothingState_t *state);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDevicePowerSmoothingUpdatePresetProfileParam)(nvmlDevice_t device, nvmlPowerSmoothingProfile_t *profile);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceQueryDrainState)(nvmlPciInfo_t *pciInfo, nvmlEnableState_t *currentState);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceReadWritePRM_v1)(nvmlDevice_t device, nvmlPRMTLV_v1_t *buffer);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceRegisterEvents)(nvmlDevice_t device, unsigned long long eventTypes, nvmlEventSet_t set);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceRemoveGpu)(nvmlPciInfo_t *pciInfo);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceRemoveGpu_v2)(nvmlPciInfo_t *pciInfo, nvmlDetachGpuState_t gpuState, nvmlPcieLinkState_t linkState);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceResetApplicationsClocks)(nvmlDevice_t device);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceResetGpuLockedClocks)(nvmlDevice_t device);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceResetMemoryLockedClocks)(nvmlDevice_t device);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceResetNvLinkErrorCounters)(nvmlDevice_t device, unsigned int link);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceResetNvLinkUtilizationCounter)(nvmlDevice_t device, unsigned int link, unsigned int counter);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceSetAPIRestriction)(nvmlDevice_t device, nvmlRestrictedAPI_t apiType, nvmlEnableState_t isRestricted);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceSetAccountingMode)(nvmlDevice_t device, nvmlEnableState_t mode);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceSetApplicationsClocks)(nvmlDevice_t device, unsigned int memClockMHz, unsigned int graphicsClockMHz);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceSetAutoBoostedClocksEnabled)(nvmlDevice_t device, nvmlEnableState_t enabled);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceSetClockOffsets)(nvmlDevice_t device, nvmlClockOffset_t *info);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceSetComputeMode)(nvmlDevice_t device, nvmlComputeMode_t mode);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceSetConfComputeUnprotectedMemSize)(nvmlDevice_t device, unsigned long long sizeKiB);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceSetCpuAffinity)(nvmlDevice_t device);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceSetDefaultAutoBoostedClocksEnabled)(nvmlDevice_t device, nvmlEnableState_t enabled, unsigned int flags);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceSetDefaultFanSpeed_v2)(nvmlDevice_t device, unsigned int fan);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceSetDramEncryptionMode)(nvmlDevice_t device, const nvmlDramEncryptionInfo_t *dramEncryption);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceSetDriverModel)(nvmlDevice_t device, nvmlDriverModel_t driverModel, unsigned int flags);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceSetEccMode)(nvmlDevice_t device, nvmlEnableState_t ecc);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceSetFanControlPolicy)(nvmlDevice_t device, unsigned int fan, nvmlFanControlPolicy_t policy);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceSetFanSpeed_v2)(nvmlDevice_t device, unsigned int fan, unsigned int speed);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceSetGpcClkVfOffset)(nvmlDevice_t device, int offset);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceSetGpuLockedClocks)(nvmlDevice_t device, unsigned int minGpuClockMHz, unsigned int maxGpuClockMHz);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceSetGpuOperationMode)(nvmlDevice_t device, nvmlGpuOperationMode_t mode);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceSetHostname_v1)(nvmlDevice_t device, nvmlHostname_v1_t *hostname);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceSetMemClkVfOffset)(nvmlDevice_t device, int offset);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceSetMemoryLockedClocks)(nvmlDevice_t device, unsigned int minMemClockMHz, unsigned int maxMemClockMHz);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceSetMigMode)(nvmlDevice_t device, unsigned int mode, nvmlReturn_t *activationStatus);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceSetNvLinkDeviceLowPowerThreshold)(nvmlDevice_t device, nvmlNvLinkPowerThres_t *info);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceSetNvLinkUtilizationControl)(nvmlDevice_t device, unsigned int link, unsigned int counter, nvmlNvLinkUtilizationControl_t *control, unsigned int reset);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceSetNvlinkBwMode)(nvmlDevice_t device, nvmlNvlinkSetBwMode_t *setBwMode);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceSetPersistenceMode)(nvmlDevice_t device, nvmlEnableState_t mode);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceSetPowerManagementLimit)(nvmlDevice_t device, unsigned int limit);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceSetPowerManagementLimit_v2)(nvmlDevice_t device, nvmlPowerValue_v2_t *powerValue);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceSetPowerMizerMode_v1)(nvmlDevice_t device, nvmlDevicePowerMizerModes_v1_t *powerMizerMode);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceSetTemperatureThreshold)(nvmlDevice_t device, nvmlTemperatureThresholds_t thresholdType, int *temp);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceSetVgpuCapabilities)(nvmlDevice_t device, nvmlDeviceVgpuCapability_t capability, nvmlEnableState_t state);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceSetVgpuHeterogeneousMode)(nvmlDevice_t device, const nvmlVgpuHeterogeneousMode_t *pHeterogeneousMode);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceSetVgpuSchedulerState)(nvmlDevice_t device, nvmlVgpuSchedulerSetState_t *pSchedulerState);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceSetVirtualizationMode)(nvmlDevice_t device, nvmlGpuVirtualizationMode_t virtualMode);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceValidateInforom)(nvmlDevice_t device);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceWorkloadPowerProfileClearRequestedProfiles)(nvmlDevice_t device, nvmlWorkloadPowerProfileRequestedProfiles_t *requestedProfiles);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceWorkloadPowerProfileGetCurrentProfiles)(nvmlDevice_t device, nvmlWorkloadPowerProfileCurrentProfiles_t *currentProfiles);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceWorkloadPowerProfileGetProfilesInfo)(nvmlDevice_t device, nvmlWorkloadPowerProfileProfilesInfo_t *profilesInfo);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlDeviceWorkloadPowerProfileSetRequestedProfiles)(nvmlDevice_t device, nvmlWorkloadPowerProfileRequestedProfiles_t *requestedProfiles);
typedef const char* (*quanta_nvml_pfn_nvmlErrorString)(nvmlReturn_t result);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlEventSetCreate)(nvmlEventSet_t *set);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlEventSetFree)(nvmlEventSet_t set);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlEventSetWait)(nvmlEventSet_t set, nvmlEventData_t *data, unsigned int timeoutms);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlEventSetWait_v2)(nvmlEventSet_t set, nvmlEventData_t *data, unsigned int timeoutms);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlGetExcludedDeviceCount)(unsigned int *deviceCount);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlGetExcludedDeviceInfoByIndex)(unsigned int index, nvmlExcludedDeviceInfo_t *info);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlGetVgpuCompatibility)(nvmlVgpuMetadata_t *vgpuMetadata, nvmlVgpuPgpuMetadata_t *pgpuMetadata, nvmlVgpuPgpuCompatibility_t *compatibilityInfo);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlGetVgpuDriverCapabilities)(nvmlVgpuDriverCapability_t capability, unsigned int *capResult);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlGetVgpuVersion)(nvmlVgpuVersion_t *supported, nvmlVgpuVersion_t *current);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlGpmMetricsGet)(nvmlGpmMetricsGet_t *metricsGet);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlGpmMigSampleGet)(nvmlDevice_t device, unsigned int gpuInstanceId, nvmlGpmSample_t gpmSample);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlGpmQueryDeviceSupport)(nvmlDevice_t device, nvmlGpmSupport_t *gpmSupport);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlGpmQueryIfStreamingEnabled)(nvmlDevice_t device, unsigned int *state);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlGpmSampleAlloc)(nvmlGpmSample_t *gpmSample);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlGpmSampleFree)(nvmlGpmSample_t gpmSample);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlGpmSampleGet)(nvmlDevice_t device, nvmlGpmSample_t gpmSample);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlGpmSetStreamingEnabled)(nvmlDevice_t device, unsigned int state);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlGpuInstanceCreateComputeInstance)(nvmlGpuInstance_t gpuInstance, unsigned int profileId, nvmlComputeInstance_t *computeInstance);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlGpuInstanceCreateComputeInstanceWithPlacement)(nvmlGpuInstance_t gpuInstance, unsigned int profileId, const nvmlComputeInstancePlacement_t *placement, nvmlComputeInstance_t *computeInstance);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlGpuInstanceDestroy)(nvmlGpuInstance_t gpuInstance);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlGpuInstanceGetActiveVgpus)(nvmlGpuInstance_t gpuInstance, nvmlActiveVgpuInstanceInfo_t *pVgpuInstanceInfo);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlGpuInstanceGetComputeInstanceById)(nvmlGpuInstance_t gpuInstance, unsigned int id, nvmlComputeInstance_t *computeInstance);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlGpuInstanceGetComputeInstancePossiblePlacements)(nvmlGpuInstance_t gpuInstance, unsigned int profileId, nvmlComputeInstancePlacement_t *placements, unsigned int *count);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlGpuInstanceGetComputeInstanceProfileInfo)(nvmlGpuInstance_t gpuInstance, unsigned int profile, unsigned int engProfile, nvmlComputeInstanceProfileInfo_t *info);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlGpuInstanceGetComputeInstanceProfileInfoV)(nvmlGpuInstance_t gpuInstance, unsigned int profile, unsigned int engProfile, nvmlComputeInstanceProfileInfo_v2_t *info);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlGpuInstanceGetComputeInstanceRemainingCapacity)(nvmlGpuInstance_t gpuInstance, unsigned int profileId, unsigned int *count);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlGpuInstanceGetComputeInstances)(nvmlGpuInstance_t gpuInstance, unsigned int profileId, nvmlComputeInstance_t *computeInstances, unsigned int *count);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlGpuInstanceGetCreatableVgpus)(nvmlGpuInstance_t gpuInstance, nvmlVgpuTypeIdInfo_t *pVgpus);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlGpuInstanceGetInfo)(nvmlGpuInstance_t gpuInstance, nvmlGpuInstanceInfo_t *info);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlGpuInstanceGetVgpuHeterogeneousMode)(nvmlGpuInstance_t gpuInstance, nvmlVgpuHeterogeneousMode_t *pHeterogeneousMode);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlGpuInstanceGetVgpuSchedulerLog)(nvmlGpuInstance_t gpuInstance, nvmlVgpuSchedulerLogInfo_t *pSchedulerLogInfo);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlGpuInstanceGetVgpuSchedulerState)(nvmlGpuInstance_t gpuInstance, nvmlVgpuSchedulerStateInfo_t *pSchedulerStateInfo);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlGpuInstanceGetVgpuTypeCreatablePlacements)(nvmlGpuInstance_t gpuInstance, nvmlVgpuCreatablePlacementInfo_t *pCreatablePlacementInfo);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlGpuInstanceSetVgpuHeterogeneousMode)(nvmlGpuInstance_t gpuInstance, const nvmlVgpuHeterogeneousMode_t *pHeterogeneousMode);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlGpuInstanceSetVgpuSchedulerState)(nvmlGpuInstance_t gpuInstance, nvmlVgpuSchedulerState_t *pScheduler);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlInit)(void);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlInit_v2)(void);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlInitWithFlags)(unsigned int flags);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlInternalGetExportTable)(const void **ppExportTable, const void *pExportTableId);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlSetVgpuVersion)(nvmlVgpuVersion_t *vgpuVersion);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlShutdown)(void);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlSystemEventSetCreate)(nvmlSystemEventSetCreateRequest_t *request);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlSystemEventSetFree)(nvmlSystemEventSetFreeRequest_t *request);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlSystemEventSetWait)(nvmlSystemEventSetWaitRequest_t *request);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlSystemGetConfComputeCapabilities)(nvmlConfComputeSystemCaps_t *capabilities);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlSystemGetConfComputeGpusReadyState)(unsigned int *isAcceptingWork);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlSystemGetConfComputeKeyRotationThresholdInfo)(nvmlConfComputeGetKeyRotationThresholdInfo_t *pKeyRotationThrInfo);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlSystemGetConfComputeSettings)(nvmlSystemConfComputeSettings_t *settings);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlSystemGetConfComputeState)(nvmlConfComputeSystemState_t *state);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlSystemGetCudaDriverVersion)(int *cudaDriverVersion);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlSystemGetCudaDriverVersion_v2)(int *cudaDriverVersion);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlSystemGetDriverBranch)(nvmlSystemDriverBranchInfo_t *branchInfo, unsigned int length);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlSystemGetDriverVersion)(char *version, unsigned int length);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlSystemGetHicVersion)(unsigned int *hwbcCount, nvmlHwbcEntry_t *hwbcEntries);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlSystemGetNVMLVersion)(char *version, unsigned int length);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlSystemGetNvlinkBwMode)(unsigned int *nvlinkBwMode);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlSystemGetProcessName)(unsigned int pid, char *name, unsigned int length);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlSystemGetTopologyGpuSet)(unsigned int cpuNumber, unsigned int *count, nvmlDevice_t *deviceArray);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlSystemRegisterEvents)(nvmlSystemRegisterEventRequest_t *request);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlSystemSetConfComputeGpusReadyState)(unsigned int isAcceptingWork);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlSystemSetConfComputeKeyRotationThresholdInfo)(nvmlConfComputeSetKeyRotationThresholdInfo_t *pKeyRotationThrInfo);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlSystemSetNvlinkBwMode)(unsigned int nvlinkBwMode);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlUnitGetCount)(unsigned int *unitCount);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlUnitGetDevices)(nvmlUnit_t unit, unsigned int *deviceCount, nvmlDevice_t *devices);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlUnitGetFanSpeedInfo)(nvmlUnit_t unit, nvmlUnitFanSpeeds_t *fanSpeeds);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlUnitGetHandleByIndex)(unsigned int index, nvmlUnit_t *unit);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlUnitGetLedState)(nvmlUnit_t unit, nvmlLedState_t *state);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlUnitGetPsuInfo)(nvmlUnit_t unit, nvmlPSUInfo_t *psu);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlUnitGetTemperature)(nvmlUnit_t unit, unsigned int type, unsigned int *temp);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlUnitGetUnitInfo)(nvmlUnit_t unit, nvmlUnitInfo_t *info);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlUnitSetLedState)(nvmlUnit_t unit, nvmlLedColor_t color);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlVgpuInstanceClearAccountingPids)(nvmlVgpuInstance_t vgpuInstance);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlVgpuInstanceGetAccountingMode)(nvmlVgpuInstance_t vgpuInstance, nvmlEnableState_t *mode);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlVgpuInstanceGetAccountingPids)(nvmlVgpuInstance_t vgpuInstance, unsigned int *count, unsigned int *pids);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlVgpuInstanceGetAccountingStats)(nvmlVgpuInstance_t vgpuInstance, unsigned int pid, nvmlAccountingStats_t *stats);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlVgpuInstanceGetEccMode)(nvmlVgpuInstance_t vgpuInstance, nvmlEnableState_t *eccMode);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlVgpuInstanceGetEncoderCapacity)(nvmlVgpuInstance_t vgpuInstance, unsigned int *encoderCapacity);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlVgpuInstanceGetEncoderSessions)(nvmlVgpuInstance_t vgpuInstance, unsigned int *sessionCount, nvmlEncoderSessionInfo_t *sessionInfo);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlVgpuInstanceGetEncoderStats)(nvmlVgpuInstance_t vgpuInstance, unsigned int *sessionCount, unsigned int *averageFps, unsigned int *averageLatency);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlVgpuInstanceGetFBCSessions)(nvmlVgpuInstance_t vgpuInstance, unsigned int *sessionCount, nvmlFBCSessionInfo_t *sessionInfo);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlVgpuInstanceGetFBCStats)(nvmlVgpuInstance_t vgpuInstance, nvmlFBCStats_t *fbcStats);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlVgpuInstanceGetFbUsage)(nvmlVgpuInstance_t vgpuInstance, unsigned long long *fbUsage);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlVgpuInstanceGetFrameRateLimit)(nvmlVgpuInstance_t vgpuInstance, unsigned int *frameRateLimit);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlVgpuInstanceGetGpuInstanceId)(nvmlVgpuInstance_t vgpuInstance, unsigned int *gpuInstanceId);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlVgpuInstanceGetGpuPciId)(nvmlVgpuInstance_t vgpuInstance, char *vgpuPciId, unsigned int *length);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlVgpuInstanceGetLicenseInfo)(nvmlVgpuInstance_t vgpuInstance, nvmlVgpuLicenseInfo_t *licenseInfo);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlVgpuInstanceGetLicenseInfo_v2)(nvmlVgpuInstance_t vgpuInstance, nvmlVgpuLicenseInfo_t *licenseInfo);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlVgpuInstanceGetLicenseStatus)(nvmlVgpuInstance_t vgpuInstance, unsigned int *licensed);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlVgpuInstanceGetMdevUUID)(nvmlVgpuInstance_t vgpuInstance, char *mdevUuid, unsigned int size);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlVgpuInstanceGetMetadata)(nvmlVgpuInstance_t vgpuInstance, nvmlVgpuMetadata_t *vgpuMetadata, unsigned int *bufferSize);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlVgpuInstanceGetPlacementId)(nvmlVgpuInstance_t vgpuInstance, nvmlVgpuPlacementId_t *pPlacement);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlVgpuInstanceGetRuntimeStateSize)(nvmlVgpuInstance_t vgpuInstance, nvmlVgpuRuntimeState_t *pState);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlVgpuInstanceGetType)(nvmlVgpuInstance_t vgpuInstance, nvmlVgpuTypeId_t *vgpuTypeId);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlVgpuInstanceGetUUID)(nvmlVgpuInstance_t vgpuInstance, char *uuid, unsigned int size);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlVgpuInstanceGetVmDriverVersion)(nvmlVgpuInstance_t vgpuInstance, char *version, unsigned int length);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlVgpuInstanceGetVmID)(nvmlVgpuInstance_t vgpuInstance, char *vmId, unsigned int size, nvmlVgpuVmIdType_t *vmIdType);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlVgpuInstanceSetEncoderCapacity)(nvmlVgpuInstance_t vgpuInstance, unsigned int encoderCapacity);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlVgpuTypeGetBAR1Info)(nvmlVgpuTypeId_t vgpuTypeId, nvmlVgpuTypeBar1Info_t *bar1Info);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlVgpuTypeGetCapabilities)(nvmlVgpuTypeId_t vgpuTypeId, nvmlVgpuCapability_t capability, unsigned int *capResult);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlVgpuTypeGetClass)(nvmlVgpuTypeId_t vgpuTypeId, char *vgpuTypeClass, unsigned int *size);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlVgpuTypeGetDeviceID)(nvmlVgpuTypeId_t vgpuTypeId, unsigned long long *deviceID, unsigned long long *subsystemID);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlVgpuTypeGetFbReservation)(nvmlVgpuTypeId_t vgpuTypeId, unsigned long long *fbReservation);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlVgpuTypeGetFrameRateLimit)(nvmlVgpuTypeId_t vgpuTypeId, unsigned int *frameRateLimit);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlVgpuTypeGetFramebufferSize)(nvmlVgpuTypeId_t vgpuTypeId, unsigned long long *fbSize);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlVgpuTypeGetGpuInstanceProfileId)(nvmlVgpuTypeId_t vgpuTypeId, unsigned int *gpuInstanceProfileId);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlVgpuTypeGetGspHeapSize)(nvmlVgpuTypeId_t vgpuTypeId, unsigned long long *gspHeapSize);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlVgpuTypeGetLicense)(nvmlVgpuTypeId_t vgpuTypeId, char *vgpuTypeLicenseString, unsigned int size);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlVgpuTypeGetMaxInstances)(nvmlDevice_t device, nvmlVgpuTypeId_t vgpuTypeId, unsigned int *vgpuInstanceCount);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlVgpuTypeGetMaxInstancesPerGpuInstance)(nvmlVgpuTypeMaxInstance_t *pMaxInstance);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlVgpuTypeGetMaxInstancesPerVm)(nvmlVgpuTypeId_t vgpuTypeId, unsigned int *vgpuInstanceCountPerVm);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlVgpuTypeGetName)(nvmlVgpuTypeId_t vgpuTypeId, char *vgpuTypeName, unsigned int *size);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlVgpuTypeGetNumDisplayHeads)(nvmlVgpuTypeId_t vgpuTypeId, unsigned int *numDisplayHeads);
typedef nvmlReturn_t (*quanta_nvml_pfn_nvmlVgpuTypeGetResolution)(nvmlVgpuTypeId_t vgpuTypeId, unsigned int displayIndex, unsigned int *xdim, unsigned int *ydim);

extern const struct quanta__api quanta__nvml_api;
#endif
