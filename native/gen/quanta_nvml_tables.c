/* Generated from api/nvml.json by tools/gen (npm run gen -- emit). Do not edit. */
#include "quanta_nvml_api.h"

static const char *const names[QUANTA_NVML_FN_COUNT] = {
    "nvmlComputeInstanceDestroy",
    "nvmlComputeInstanceGetInfo",
    "nvmlComputeInstanceGetInfo_v2",
    "nvmlDeviceClearAccountingPids",
    "nvmlDeviceClearCpuAffinity",
    "nvmlDeviceClearEccErrorCounts",
    "nvmlDeviceClearFieldValues",
    "nvmlDeviceCreateGpuInstance",
    "nvmlDeviceCreateGpuInstanceWithPlacement",
    "nvmlDeviceDiscoverGpus",
    "nvmlDeviceFreezeNvLinkUtilizationCounter",
    "nvmlDeviceGetAPIRestriction",
    "nvmlDeviceGetAccountingBufferSize",
    "nvmlDeviceGetAccountingMode",
    "nvmlDeviceGetAccountingPids",
    "nvmlDeviceGetAccountingStats",
    "nvmlDeviceGetActiveVgpus",
    "nvmlDeviceGetAdaptiveClockInfoStatus",
    "nvmlDeviceGetAddressingMode",
    "nvmlDeviceGetApplicationsClock",
    "nvmlDeviceGetArchitecture",
    "nvmlDeviceGetAttributes",
    "nvmlDeviceGetAttributes_v2",
    "nvmlDeviceGetAutoBoostedClocksEnabled",
    "nvmlDeviceGetBAR1MemoryInfo",
    "nvmlDeviceGetBoardId",
    "nvmlDeviceGetBoardPartNumber",
    "nvmlDeviceGetBrand",
    "nvmlDeviceGetBridgeChipInfo",
    "nvmlDeviceGetBusType",
    "nvmlDeviceGetC2cModeInfoV",
    "nvmlDeviceGetCapabilities",
    "nvmlDeviceGetClkMonStatus",
    "nvmlDeviceGetClock",
    "nvmlDeviceGetClockInfo",
    "nvmlDeviceGetClockOffsets",
    "nvmlDeviceGetComputeInstanceId",
    "nvmlDeviceGetComputeMode",
    "nvmlDeviceGetComputeRunningProcesses",
    "nvmlDeviceGetComputeRunningProcesses_v2",
    "nvmlDeviceGetComputeRunningProcesses_v3",
    "nvmlDeviceGetConfComputeGpuAttestationReport",
    "nvmlDeviceGetConfComputeGpuCertificate",
    "nvmlDeviceGetConfComputeMemSizeInfo",
    "nvmlDeviceGetConfComputeProtectedMemoryUsage",
    "nvmlDeviceGetCoolerInfo",
    "nvmlDeviceGetCount",
    "nvmlDeviceGetCount_v2",
    "nvmlDeviceGetCpuAffinity",
    "nvmlDeviceGetCpuAffinityWithinScope",
    "nvmlDeviceGetCreatableVgpus",
    "nvmlDeviceGetCudaComputeCapability",
    "nvmlDeviceGetCurrPcieLinkGeneration",
    "nvmlDeviceGetCurrPcieLinkWidth",
    "nvmlDeviceGetCurrentClockFreqs",
    "nvmlDeviceGetCurrentClocksEventReasons",
    "nvmlDeviceGetCurrentClocksThrottleReasons",
    "nvmlDeviceGetDecoderUtilization",
    "nvmlDeviceGetDefaultApplicationsClock",
    "nvmlDeviceGetDefaultEccMode",
    "nvmlDeviceGetDetailedEccErrors",
    "nvmlDeviceGetDeviceHandleFromMigDeviceHandle",
    "nvmlDeviceGetDisplayActive",
    "nvmlDeviceGetDisplayMode",
    "nvmlDeviceGetDramEncryptionMode",
    "nvmlDeviceGetDriverModel",
    "nvmlDeviceGetDriverModel_v2",
    "nvmlDeviceGetDynamicPstatesInfo",
    "nvmlDeviceGetEccMode",
    "nvmlDeviceGetEncoderCapacity",
    "nvmlDeviceGetEncoderSessions",
    "nvmlDeviceGetEncoderStats",
    "nvmlDeviceGetEncoderUtilization",
    "nvmlDeviceGetEnforcedPowerLimit",
    "nvmlDeviceGetFBCSessions",
    "nvmlDeviceGetFBCStats",
    "nvmlDeviceGetFanControlPolicy_v2",
    "nvmlDeviceGetFanSpeed",
    "nvmlDeviceGetFanSpeed_v2",
    "nvmlDeviceGetFanSpeedRPM",
    "nvmlDeviceGetFieldValues",
    "nvmlDeviceGetGpcClkMinMaxVfOffset",
    "nvmlDeviceGetGpcClkVfOffset",
    "nvmlDeviceGetGpuFabricInfo",
    "nvmlDeviceGetGpuFabricInfoV",
    "nvmlDeviceGetGpuInstanceById",
    "nvmlDeviceGetGpuInstanceId",
    "nvmlDeviceGetGpuInstancePossiblePlacements",
    "nvmlDeviceGetGpuInstancePossiblePlacements_v2",
    "nvmlDeviceGetGpuInstanceProfileInfo",
    "nvmlDeviceGetGpuInstanceProfileInfoByIdV",
    "nvmlDeviceGetGpuInstanceProfileInfoV",
    "nvmlDeviceGetGpuInstanceRemainingCapacity",
    "nvmlDeviceGetGpuInstances",
    "nvmlDeviceGetGpuMaxPcieLinkGeneration",
    "nvmlDeviceGetGpuOperationMode",
    "nvmlDeviceGetGraphicsRunningProcesses",
    "nvmlDeviceGetGraphicsRunningProcesses_v2",
    "nvmlDeviceGetGraphicsRunningProcesses_v3",
    "nvmlDeviceGetGridLicensableFeatures",
    "nvmlDeviceGetGridLicensableFeatures_v2",
    "nvmlDeviceGetGridLicensableFeatures_v3",
    "nvmlDeviceGetGridLicensableFeatures_v4",
    "nvmlDeviceGetGspFirmwareMode",
    "nvmlDeviceGetGspFirmwareVersion",
    "nvmlDeviceGetHandleByIndex",
    "nvmlDeviceGetHandleByIndex_v2",
    "nvmlDeviceGetHandleByPciBusId",
    "nvmlDeviceGetHandleByPciBusId_v2",
    "nvmlDeviceGetHandleBySerial",
    "nvmlDeviceGetHandleByUUID",
    "nvmlDeviceGetHandleByUUIDV",
    "nvmlDeviceGetHostVgpuMode",
    "nvmlDeviceGetHostname_v1",
    "nvmlDeviceGetIndex",
    "nvmlDeviceGetInforomConfigurationChecksum",
    "nvmlDeviceGetInforomImageVersion",
    "nvmlDeviceGetInforomVersion",
    "nvmlDeviceGetIrqNum",
    "nvmlDeviceGetJpgUtilization",
    "nvmlDeviceGetLastBBXFlushTime",
    "nvmlDeviceGetMPSComputeRunningProcesses",
    "nvmlDeviceGetMPSComputeRunningProcesses_v2",
    "nvmlDeviceGetMPSComputeRunningProcesses_v3",
    "nvmlDeviceGetMarginTemperature",
    "nvmlDeviceGetMaxClockInfo",
    "nvmlDeviceGetMaxCustomerBoostClock",
    "nvmlDeviceGetMaxMigDeviceCount",
    "nvmlDeviceGetMaxPcieLinkGeneration",
    "nvmlDeviceGetMaxPcieLinkWidth",
    "nvmlDeviceGetMemClkMinMaxVfOffset",
    "nvmlDeviceGetMemClkVfOffset",
    "nvmlDeviceGetMemoryAffinity",
    "nvmlDeviceGetMemoryBusWidth",
    "nvmlDeviceGetMemoryErrorCounter",
    "nvmlDeviceGetMemoryInfo",
    "nvmlDeviceGetMemoryInfo_v2",
    "nvmlDeviceGetMigDeviceHandleByIndex",
    "nvmlDeviceGetMigMode",
    "nvmlDeviceGetMinMaxClockOfPState",
    "nvmlDeviceGetMinMaxFanSpeed",
    "nvmlDeviceGetMinorNumber",
    "nvmlDeviceGetModuleId",
    "nvmlDeviceGetMultiGpuBoard",
    "nvmlDeviceGetName",
    "nvmlDeviceGetNumFans",
    "nvmlDeviceGetNumGpuCores",
    "nvmlDeviceGetNumaNodeId",
    "nvmlDeviceGetNvLinkCapability",
    "nvmlDeviceGetNvLinkErrorCounter",
    "nvmlDeviceGetNvLinkInfo",
    "nvmlDeviceGetNvLinkRemoteDeviceType",
    "nvmlDeviceGetNvLinkRemotePciInfo",
    "nvmlDeviceGetNvLinkRemotePciInfo_v2",
    "nvmlDeviceGetNvLinkState",
    "nvmlDeviceGetNvLinkUtilizationControl",
    "nvmlDeviceGetNvLinkUtilizationCounter",
    "nvmlDeviceGetNvLinkVersion",
    "nvmlDeviceGetNvlinkBwMode",
    "nvmlDeviceGetNvlinkSupportedBwModes",
    "nvmlDeviceGetOfaUtilization",
    "nvmlDeviceGetP2PStatus",
    "nvmlDeviceGetPciInfo",
    "nvmlDeviceGetPciInfo_v2",
    "nvmlDeviceGetPciInfo_v3",
    "nvmlDeviceGetPciInfoExt",
    "nvmlDeviceGetPcieLinkMaxSpeed",
    "nvmlDeviceGetPcieReplayCounter",
    "nvmlDeviceGetPcieSpeed",
    "nvmlDeviceGetPcieThroughput",
    "nvmlDeviceGetPdi",
    "nvmlDeviceGetPerformanceModes",
    "nvmlDeviceGetPerformanceState",
    "nvmlDeviceGetPersistenceMode",
    "nvmlDeviceGetPgpuMetadataString",
    "nvmlDeviceGetPlatformInfo",
    "nvmlDeviceGetPowerManagementDefaultLimit",
    "nvmlDeviceGetPowerManagementLimit",
    "nvmlDeviceGetPowerManagementLimitConstraints",
    "nvmlDeviceGetPowerManagementMode",
    "nvmlDeviceGetPowerMizerMode_v1",
    "nvmlDeviceGetPowerSource",
    "nvmlDeviceGetPowerState",
    "nvmlDeviceGetPowerUsage",
    "nvmlDeviceGetProcessUtilization",
    "nvmlDeviceGetProcessesUtilizationInfo",
    "nvmlDeviceGetRemappedRows",
    "nvmlDeviceGetRepairStatus",
    "nvmlDeviceGetRetiredPages",
    "nvmlDeviceGetRetiredPages_v2",
    "nvmlDeviceGetRetiredPagesPendingStatus",
    "nvmlDeviceGetRowRemapperHistogram",
    "nvmlDeviceGetRunningProcessDetailList",
    "nvmlDeviceGetSamples",
    "nvmlDeviceGetSerial",
    "nvmlDeviceGetSramEccErrorStatus",
    "nvmlDeviceGetSramUniqueUncorrectedEccErrorCounts",
    "nvmlDeviceGetSupportedClocksEventReasons",
    "nvmlDeviceGetSupportedClocksThrottleReasons",
    "nvmlDeviceGetSupportedEventTypes",
    "nvmlDeviceGetSupportedGraphicsClocks",
    "nvmlDeviceGetSupportedMemoryClocks",
    "nvmlDeviceGetSupportedPerformanceStates",
    "nvmlDeviceGetSupportedVgpus",
    "nvmlDeviceGetTargetFanSpeed",
    "nvmlDeviceGetTemperature",
    "nvmlDeviceGetTemperatureThreshold",
    "nvmlDeviceGetTemperatureV",
    "nvmlDeviceGetThermalSettings",
    "nvmlDeviceGetTopologyCommonAncestor",
    "nvmlDeviceGetTopologyNearestGpus",
    "nvmlDeviceGetTotalEccErrors",
    "nvmlDeviceGetTotalEnergyConsumption",
    "nvmlDeviceGetUUID",
    "nvmlDeviceGetUtilizationRates",
    "nvmlDeviceGetVbiosVersion",
    "nvmlDeviceGetVgpuCapabilities",
    "nvmlDeviceGetVgpuHeterogeneousMode",
    "nvmlDeviceGetVgpuInstancesUtilizationInfo",
    "nvmlDeviceGetVgpuMetadata",
    "nvmlDeviceGetVgpuProcessUtilization",
    "nvmlDeviceGetVgpuProcessesUtilizationInfo",
    "nvmlDeviceGetVgpuSchedulerCapabilities",
    "nvmlDeviceGetVgpuSchedulerLog",
    "nvmlDeviceGetVgpuSchedulerState",
    "nvmlDeviceGetVgpuTypeCreatablePlacements",
    "nvmlDeviceGetVgpuTypeSupportedPlacements",
    "nvmlDeviceGetVgpuUtilization",
    "nvmlDeviceGetViolationStatus",
    "nvmlDeviceGetVirtualizationMode",
    "nvmlDeviceIsMigDeviceHandle",
    "nvmlDeviceModifyDrainState",
    "nvmlDeviceOnSameBoard",
    "nvmlDevicePowerSmoothingActivatePresetProfile",
    "nvmlDevicePowerSmoothingSetState",
    "nvmlDevicePowerSmoothingUpdatePresetProfileParam",
    "nvmlDeviceQueryDrainState",
    "nvmlDeviceReadWritePRM_v1",
    "nvmlDeviceRegisterEvents",
    "nvmlDeviceRemoveGpu",
    "nvmlDeviceRemoveGpu_v2",
    "nvmlDeviceResetApplicationsClocks",
    "nvmlDeviceResetGpuLockedClocks",
    "nvmlDeviceResetMemoryLockedClocks",
    "nvmlDeviceResetNvLinkErrorCounters",
    "nvmlDeviceResetNvLinkUtilizationCounter",
    "nvmlDeviceSetAPIRestriction",
    "nvmlDeviceSetAccountingMode",
    "nvmlDeviceSetApplicationsClocks",
    "nvmlDeviceSetAutoBoostedClocksEnabled",
    "nvmlDeviceSetClockOffsets",
    "nvmlDeviceSetComputeMode",
    "nvmlDeviceSetConfComputeUnprotectedMemSize",
    "nvmlDeviceSetCpuAffinity",
    "nvmlDeviceSetDefaultAutoBoostedClocksEnabled",
    "nvmlDeviceSetDefaultFanSpeed_v2",
    "nvmlDeviceSetDramEncryptionMode",
    "nvmlDeviceSetDriverModel",
    "nvmlDeviceSetEccMode",
    "nvmlDeviceSetFanControlPolicy",
    "nvmlDeviceSetFanSpeed_v2",
    "nvmlDeviceSetGpcClkVfOffset",
    "nvmlDeviceSetGpuLockedClocks",
    "nvmlDeviceSetGpuOperationMode",
    "nvmlDeviceSetHostname_v1",
    "nvmlDeviceSetMemClkVfOffset",
    "nvmlDeviceSetMemoryLockedClocks",
    "nvmlDeviceSetMigMode",
    "nvmlDeviceSetNvLinkDeviceLowPowerThreshold",
    "nvmlDeviceSetNvLinkUtilizationControl",
    "nvmlDeviceSetNvlinkBwMode",
    "nvmlDeviceSetPersistenceMode",
    "nvmlDeviceSetPowerManagementLimit",
    "nvmlDeviceSetPowerManagementLimit_v2",
    "nvmlDeviceSetPowerMizerMode_v1",
    "nvmlDeviceSetTemperatureThreshold",
    "nvmlDeviceSetVgpuCapabilities",
    "nvmlDeviceSetVgpuHeterogeneousMode",
    "nvmlDeviceSetVgpuSchedulerState",
    "nvmlDeviceSetVirtualizationMode",
    "nvmlDeviceValidateInforom",
    "nvmlDeviceWorkloadPowerProfileClearRequestedProfiles",
    "nvmlDeviceWorkloadPowerProfileGetCurrentProfiles",
    "nvmlDeviceWorkloadPowerProfileGetProfilesInfo",
    "nvmlDeviceWorkloadPowerProfileSetRequestedProfiles",
    "nvmlErrorString",
    "nvmlEventSetCreate",
    "nvmlEventSetFree",
    "nvmlEventSetWait",
    "nvmlEventSetWait_v2",
    "nvmlGetExcludedDeviceCount",
    "nvmlGetExcludedDeviceInfoByIndex",
    "nvmlGetVgpuCompatibility",
    "nvmlGetVgpuDriverCapabilities",
    "nvmlGetVgpuVersion",
    "nvmlGpmMetricsGet",
    "nvmlGpmMigSampleGet",
    "nvmlGpmQueryDeviceSupport",
    "nvmlGpmQueryIfStreamingEnabled",
    "nvmlGpmSampleAlloc",
    "nvmlGpmSampleFree",
    "nvmlGpmSampleGet",
    "nvmlGpmSetStreamingEnabled",
    "nvmlGpuInstanceCreateComputeInstance",
    "nvmlGpuInstanceCreateComputeInstanceWithPlacement",
    "nvmlGpuInstanceDestroy",
    "nvmlGpuInstanceGetActiveVgpus",
    "nvmlGpuInstanceGetComputeInstanceById",
    "nvmlGpuInstanceGetComputeInstancePossiblePlacements",
    "nvmlGpuInstanceGetComputeInstanceProfileInfo",
    "nvmlGpuInstanceGetComputeInstanceProfileInfoV",
    "nvmlGpuInstanceGetComputeInstanceRemainingCapacity",
    "nvmlGpuInstanceGetComputeInstances",
    "nvmlGpuInstanceGetCreatableVgpus",
    "nvmlGpuInstanceGetInfo",
    "nvmlGpuInstanceGetVgpuHeterogeneousMode",
    "nvmlGpuInstanceGetVgpuSchedulerLog",
    "nvmlGpuInstanceGetVgpuSchedulerState",
    "nvmlGpuInstanceGetVgpuTypeCreatablePlacements",
    "nvmlGpuInstanceSetVgpuHeterogeneousMode",
    "nvmlGpuInstanceSetVgpuSchedulerState",
    "nvmlInit",
    "nvmlInit_v2",
    "nvmlInitWithFlags",
    "nvmlInternalGetExportTable",
    "nvmlSetVgpuVersion",
    "nvmlShutdown",
    "nvmlSystemEventSetCreate",
    "nvmlSystemEventSetFree",
    "nvmlSystemEventSetWait",
    "nvmlSystemGetConfComputeCapabilities",
    "nvmlSystemGetConfComputeGpusReadyState",
    "nvmlSystemGetConfComputeKeyRotationThresholdInfo",
    "nvmlSystemGetConfComputeSettings",
    "nvmlSystemGetConfComputeState",
    "nvmlSystemGetCudaDriverVersion",
    "nvmlSystemGetCudaDriverVersion_v2",
    "nvmlSystemGetDriverBranch",
    "nvmlSystemGetDriverVersion",
    "nvmlSystemGetHicVersion",
    "nvmlSystemGetNVMLVersion",
    "nvmlSystemGetNvlinkBwMode",
    "nvmlSystemGetProcessName",
    "nvmlSystemGetTopologyGpuSet",
    "nvmlSystemRegisterEvents",
    "nvmlSystemSetConfComputeGpusReadyState",
    "nvmlSystemSetConfComputeKeyRotationThresholdInfo",
    "nvmlSystemSetNvlinkBwMode",
    "nvmlUnitGetCount",
    "nvmlUnitGetDevices",
    "nvmlUnitGetFanSpeedInfo",
    "nvmlUnitGetHandleByIndex",
    "nvmlUnitGetLedState",
    "nvmlUnitGetPsuInfo",
    "nvmlUnitGetTemperature",
    "nvmlUnitGetUnitInfo",
    "nvmlUnitSetLedState",
    "nvmlVgpuInstanceClearAccountingPids",
    "nvmlVgpuInstanceGetAccountingMode",
    "nvmlVgpuInstanceGetAccountingPids",
    "nvmlVgpuInstanceGetAccountingStats",
    "nvmlVgpuInstanceGetEccMode",
    "nvmlVgpuInstanceGetEncoderCapacity",
    "nvmlVgpuInstanceGetEncoderSessions",
    "nvmlVgpuInstanceGetEncoderStats",
    "nvmlVgpuInstanceGetFBCSessions",
    "nvmlVgpuInstanceGetFBCStats",
    "nvmlVgpuInstanceGetFbUsage",
    "nvmlVgpuInstanceGetFrameRateLimit",
    "nvmlVgpuInstanceGetGpuInstanceId",
    "nvmlVgpuInstanceGetGpuPciId",
    "nvmlVgpuInstanceGetLicenseInfo",
    "nvmlVgpuInstanceGetLicenseInfo_v2",
    "nvmlVgpuInstanceGetLicenseStatus",
    "nvmlVgpuInstanceGetMdevUUID",
    "nvmlVgpuInstanceGetMetadata",
    "nvmlVgpuInstanceGetPlacementId",
    "nvmlVgpuInstanceGetRuntimeStateSize",
    "nvmlVgpuInstanceGetType",
    "nvmlVgpuInstanceGetUUID",
    "nvmlVgpuInstanceGetVmDriverVersion",
    "nvmlVgpuInstanceGetVmID",
    "nvmlVgpuInstanceSetEncoderCapacity",
    "nvmlVgpuTypeGetBAR1Info",
    "nvmlVgpuTypeGetCapabilities",
    "nvmlVgpuTypeGetClass",
    "nvmlVgpuTypeGetDeviceID",
    "nvmlVgpuTypeGetFbReservation",
    "nvmlVgpuTypeGetFrameRateLimit",
    "nvmlVgpuTypeGetFramebufferSize",
    "nvmlVgpuTypeGetGpuInstanceProfileId",
    "nvmlVgpuTypeGetGspHeapSize",
    "nvmlVgpuTypeGetLicense",
    "nvmlVgpuTypeGetMaxInstances",
    "nvmlVgpuTypeGetMaxInstancesPerGpuInstance",
    "nvmlVgpuTypeGetMaxInstancesPerVm",
    "nvmlVgpuTypeGetName",
    "nvmlVgpuTypeGetNumDisplayHeads",
    "nvmlVgpuTypeGetResolution",
};

/* Function indices in strcmp order of their names, for binary search. */
static const uint16_t by_name[QUANTA_NVML_FN_COUNT] = {
    0,
    1,
    2,
    3,
    4,
    5,
    6,
    7,
    8,
    9,
    10,
    11,
    12,
    13,
    14,
    15,
    16,
    17,
    18,
    19,
    20,
    21,
    22,
    23,
    24,
    25,
    26,
    27,
    28,
    29,
    30,
    31,
    32,
    33,
    34,
    35,
    36,
    37,
    38,
    39,
    40,
    41,
    42,
    43,
    44,
    45,
    46,
    47,
    48,
    49,
    50,
    51,
    52,
    53,
    54,
    55,
    56,
    57,
    58,
    59,
    60,
    61,
    62,
    63,
    64,
    65,
    66,
    67,
    68,
    69,
    70,
    71,
    72,
    73,
    74,
    75,
    76,
    77,
    79,
    78,
    80,
    81,
    82,
    83,
    84,
    85,
    86,
    87,
    88,
    89,
    90,
    91,
    92,
    93,
    94,
    95,
    96,
    97,
    98,
    99,
    100,
    101,
    102,
    103,
    104,
    105,
    106,
    107,
    108,
    109,
    110,
    111,
    112,
    113,
    114,
    115,
    116,
    117,
    118,
    119,
    120,
    121,
    122,
    123,
    124,
    125,
    126,
    127,
    128,
    129,
    130,
    131,
    132,
    133,
    134,
    135,
    136,
    137,
    138,
    139,
    140,
    141,
    142,
    143,
    144,
    145,
    146,
    147,
    148,
    149,
    150,
    151,
    152,
    153,
    154,
    155,
    156,
    157,
    158,
    159,
    160,
    161,
    162,
    165,
    163,
    164,
    166,
    167,
    168,
    169,
    170,
    171,
    172,
    173,
    174,
    175,
    176,
    177,
    178,
    179,
    180,
    181,
    182,
    183,
    184,
    185,
    186,
    187,
    188,
    190,
    189,
    191,
    192,
    193,
    194,
    195,
    196,
    197,
    198,
    199,
    200,
    201,
    202,
    203,
    204,
    205,
    206,
    207,
    208,
    209,
    210,
    211,
    212,
    213,
    214,
    215,
    216,
    217,
    218,
    219,
    220,
    221,
    222,
    223,
    224,
    225,
    226,
    227,
    228,
    229,
    230,
    231,
    232,
    233,
    234,
    235,
    236,
    237,
    238,
    239,
    240,
    241,
    242,
    243,
    244,
    245,
    246,
    247,
    248,
    249,
    250,
    251,
    252,
    253,
    254,
    255,
    256,
    257,
    258,
    259,
    260,
    261,
    262,
    263,
    264,
    265,
    266,
    267,
    268,
    269,
    270,
    271,
    272,
    273,
    274,
    275,
    276,
    277,
    278,
    279,
    280,
    281,
    282,
    283,
    284,
    285,
    286,
    287,
    288,
    289,
    290,
    291,
    292,
    293,
    294,
    295,
    296,
    297,
    298,
    299,
    300,
    301,
    302,
    303,
    304,
    305,
    306,
    307,
    308,
    309,
    310,
    311,
    312,
    313,
    314,
    315,
    316,
    317,
    318,
    319,
    320,
    321,
    323,
    322,
    324,
    325,
    326,
    327,
    328,
    329,
    330,
    331,
    332,
    333,
    334,
    335,
    336,
    337,
    338,
    339,
    340,
    341,
    342,
    343,
    344,
    345,
    346,
    347,
    348,
    349,
    350,
    351,
    352,
    353,
    354,
    355,
    356,
    357,
    358,
    359,
    360,
    361,
    362,
    363,
    364,
    365,
    366,
    367,
    368,
    369,
    370,
    371,
    372,
    373,
    374,
    375,
    376,
    377,
    378,
    379,
    380,
    381,
    382,
    383,
    384,
    385,
    386,
    387,
    388,
    389,
    390,
    391,
    392,
    393,
    394,
    395,
    396,
    397,
    398,
};

static const struct quanta__api_entry entries[] = {
    { "nvmlComputeInstanceDestroy", 0, 1, 1, 0 },
    { "nvmlComputeInstanceGetInfo", 1, 2, 3, 0 },
    { "nvmlDeviceClearAccountingPids", 3, 1, 4, 0 },
    { "nvmlDeviceClearCpuAffinity", 4, 1, 5, 0 },
    { "nvmlDeviceClearEccErrorCounts", 5, 1, 6, 0 },
    { "nvmlDeviceClearFieldValues", 6, 1, 7, 0 },
    { "nvmlDeviceCreateGpuInstance", 7, 1, 8, 0 },
    { "nvmlDeviceCreateGpuInstanceWithPlacement", 8, 1, 9, 0 },
    { "nvmlDeviceDiscoverGpus", 9, 1, 10, 0 },
    { "nvmlDeviceFreezeNvLinkUtilizationCounter", 10, 1, 11, 0 },
    { "nvmlDeviceGetAPIRestriction", 11, 1, 12, 0 },
    { "nvmlDeviceGetAccountingBufferSize", 12, 1, 13, 0 },
    { "nvmlDeviceGetAccountingMode", 13, 1, 14, 0 },
    { "nvmlDeviceGetAccountingPids", 14, 1, 15, 0 },
    { "nvmlDeviceGetAccountingStats", 15, 1, 16, 0 },
    { "nvmlDeviceGetActiveVgpus", 16, 1, 17, 0 },
    { "nvmlDeviceGetAdaptiveClockInfoStatus", 17, 1, 18, 0 },
    { "nvmlDeviceGetAddressingMode", 18, 1, 19, 0 },
    { "nvmlDeviceGetApplicationsClock", 19, 1, 20, 0 },
    { "nvmlDeviceGetArchitecture", 20, 1, 21, 0 },
    { "nvmlDeviceGetAttributes", 21, 2, 23, 0 },
    { "nvmlDeviceGetAutoBoostedClocksEnabled", 23, 1, 24, 0 },
    { "nvmlDeviceGetBAR1MemoryInfo", 24, 1, 25, 0 },
    { "nvmlDeviceGetBoardId", 25, 1, 26, 0 },
    { "nvmlDeviceGetBoardPartNumber", 26, 1, 27, 0 },
    { "nvmlDeviceGetBrand", 27, 1, 28, 0 },
    { "nvmlDeviceGetBridgeChipInfo", 28, 1, 29, 0 },
    { "nvmlDeviceGetBusType", 29, 1, 30, 0 },
    { "nvmlDeviceGetC2cModeInfoV", 30, 1, 31, 0 },
    { "nvmlDeviceGetCapabilities", 31, 1, 32, 0 },
    { "nvmlDeviceGetClkMonStatus", 32, 1, 33, 0 },
    { "nvmlDeviceGetClock", 33, 1, 34, 0 },
    { "nvmlDeviceGetClockInfo", 34, 1, 35, 0 },
    { "nvmlDeviceGetClockOffsets", 35, 1, 36, 0 },
    { "nvmlDeviceGetComputeInstanceId", 36, 1, 37, 0 },
    { "nvmlDeviceGetComputeMode", 37, 1, 38, 0 },
    { "nvmlDeviceGetComputeRunningProcesses", 38, 3, 41, 0 },
    { "nvmlDeviceGetConfComputeGpuAttestationReport", 41, 1, 42, 0 },
    { "nvmlDeviceGetConfComputeGpuCertificate", 42, 1, 43, 0 },
    { "nvmlDeviceGetConfComputeMemSizeInfo", 43, 1, 44, 0 },
    { "nvmlDeviceGetConfComputeProtectedMemoryUsage", 44, 1, 45, 0 },
    { "nvmlDeviceGetCoolerInfo", 45, 1, 46, 0 },
    { "nvmlDeviceGetCount", 46, 2, 48, 0 },
    { "nvmlDeviceGetCpuAffinity", 48, 1, 49, 0 },
    { "nvmlDeviceGetCpuAffinityWithinScope", 49, 1, 50, 0 },
    { "nvmlDeviceGetCreatableVgpus", 50, 1, 51, 0 },
    { "nvmlDeviceGetCudaComputeCapability", 51, 1, 52, 0 },
    { "nvmlDeviceGetCurrPcieLinkGeneration", 52, 1, 53, 0 },
    { "nvmlDeviceGetCurrPcieLinkWidth", 53, 1, 54, 0 },
    { "nvmlDeviceGetCurrentClockFreqs", 54, 1, 55, 0 },
    { "nvmlDeviceGetCurrentClocksEventReasons", 55, 1, 56, 0 },
    { "nvmlDeviceGetCurrentClocksThrottleReasons", 56, 1, 57, 0 },
    { "nvmlDeviceGetDecoderUtilization", 57, 1, 58, 0 },
    { "nvmlDeviceGetDefaultApplicationsClock", 58, 1, 59, 0 },
    { "nvmlDeviceGetDefaultEccMode", 59, 1, 60, 0 },
    { "nvmlDeviceGetDetailedEccErrors", 60, 1, 61, 0 },
    { "nvmlDeviceGetDeviceHandleFromMigDeviceHandle", 61, 1, 62, 0 },
    { "nvmlDeviceGetDisplayActive", 62, 1, 63, 0 },
    { "nvmlDeviceGetDisplayMode", 63, 1, 64, 0 },
    { "nvmlDeviceGetDramEncryptionMode", 64, 1, 65, 0 },
    { "nvmlDeviceGetDriverModel", 65, 2, 67, 0 },
    { "nvmlDeviceGetDynamicPstatesInfo", 67, 1, 68, 0 },
    { "nvmlDeviceGetEccMode", 68, 1, 69, 0 },
    { "nvmlDeviceGetEncoderCapacity", 69, 1, 70, 0 },
    { "nvmlDeviceGetEncoderSessions", 70, 1, 71, 0 },
    { "nvmlDeviceGetEncoderStats", 71, 1, 72, 0 },
    { "nvmlDeviceGetEncoderUtilization", 72, 1, 73, 0 },
    { "nvmlDeviceGetEnforcedPowerLimit", 73, 1, 74, 0 },
    { "nvmlDeviceGetFBCSessions", 74, 1, 75, 0 },
    { "nvmlDeviceGetFBCStats", 75, 1, 76, 0 },
    { "nvmlDeviceGetFanControlPolicy", 76, 1, 77, 0 },
    { "nvmlDeviceGetFanSpeed", 77, 2, 79, 0 },
    { "nvmlDeviceGetFanSpeedRPM", 79, 1, 80, 0 },
    { "nvmlDeviceGetFieldValues", 80, 1, 81, 0 },
    { "nvmlDeviceGetGpcClkMinMaxVfOffset", 81, 1, 82, 0 },
    { "nvmlDeviceGetGpcClkVfOffset", 82, 1, 83, 0 },
    { "nvmlDeviceGetGpuFabricInfo", 83, 1, 84, 0 },
    { "nvmlDeviceGetGpuFabricInfoV", 84, 1, 85, 0 },
    { "nvmlDeviceGetGpuInstanceById", 85, 1, 86, 0 },
    { "nvmlDeviceGetGpuInstanceId", 86, 1, 87, 0 },
    { "nvmlDeviceGetGpuInstancePossiblePlacements", 87, 2, 89, 0 },
    { "nvmlDeviceGetGpuInstanceProfileInfo", 89, 1, 90, 0 },
    { "nvmlDeviceGetGpuInstanceProfileInfoByIdV", 90, 1, 91, 0 },
    { "nvmlDeviceGetGpuInstanceProfileInfoV", 91, 1, 92, 0 },
    { "nvmlDeviceGetGpuInstanceRemainingCapacity", 92, 1, 93, 0 },
    { "nvmlDeviceGetGpuInstances", 93, 1, 94, 0 },
    { "nvmlDeviceGetGpuMaxPcieLinkGeneration", 94, 1, 95, 0 },
    { "nvmlDeviceGetGpuOperationMode", 95, 1, 96, 0 },
    { "nvmlDeviceGetGraphicsRunningProcesses", 96, 3, 99, 0 },
    { "nvmlDeviceGetGridLicensableFeatures", 99, 4, 103, 0 },
    { "nvmlDeviceGetGspFirmwareMode", 103, 1, 104, 0 },
    { "nvmlDeviceGetGspFirmwareVersion", 104, 1, 105, 0 },
    { "nvmlDeviceGetHandleByIndex", 105, 2, 107, 0 },
    { "nvmlDeviceGetHandleByPciBusId", 107, 2, 109, 0 },
    { "nvmlDeviceGetHandleBySerial", 109, 1, 110, 0 },
    { "nvmlDeviceGetHandleByUUID", 110, 1, 111, 0 },
    { "nvmlDeviceGetHandleByUUIDV", 111, 1, 112, 0 },
    { "nvmlDeviceGetHostVgpuMode", 112, 1, 113, 0 },
    { "nvmlDeviceGetHostname", 113, 1, 114, 0 },
    { "nvmlDeviceGetIndex", 114, 1, 115, 0 },
    { "nvmlDeviceGetInforomConfigurationChecksum", 115, 1, 116, 0 },
    { "nvmlDeviceGetInforomImageVersion", 116, 1, 117, 0 },
    { "nvmlDeviceGetInforomVersion", 117, 1, 118, 0 },
    { "nvmlDeviceGetIrqNum", 118, 1, 119, 0 },
    { "nvmlDeviceGetJpgUtilization", 119, 1, 120, 0 },
    { "nvmlDeviceGetLastBBXFlushTime", 120, 1, 121, 0 },
    { "nvmlDeviceGetMPSComputeRunningProcesses", 121, 3, 124, 0 },
    { "nvmlDeviceGetMarginTemperature", 124, 1, 125, 0 },
    { "nvmlDeviceGetMaxClockInfo", 125, 1, 126, 0 },
    { "nvmlDeviceGetMaxCustomerBoostClock", 126, 1, 127, 0 },
    { "nvmlDeviceGetMaxMigDeviceCount", 127, 1, 128, 0 },
    { "nvmlDeviceGetMaxPcieLinkGeneration", 128, 1, 129, 0 },
    { "nvmlDeviceGetMaxPcieLinkWidth", 129, 1, 130, 0 },
    { "nvmlDeviceGetMemClkMinMaxVfOffset", 130, 1, 131, 0 },
    { "nvmlDeviceGetMemClkVfOffset", 131, 1, 132, 0 },
    { "nvmlDeviceGetMemoryAffinity", 132, 1, 133, 0 },
    { "nvmlDeviceGetMemoryBusWidth", 133, 1, 134, 0 },
    { "nvmlDeviceGetMemoryErrorCounter", 134, 1, 135, 0 },
    { "nvmlDeviceGetMemoryInfo", 135, 2, 137, 0 },
    { "nvmlDeviceGetMigDeviceHandleByIndex", 137, 1, 138, 0 },
    { "nvmlDeviceGetMigMode", 138, 1, 139, 0 },
    { "nvmlDeviceGetMinMaxClockOfPState", 139, 1, 140, 0 },
    { "nvmlDeviceGetMinMaxFanSpeed", 140, 1, 141, 0 },
    { "nvmlDeviceGetMinorNumber", 141, 1, 142, 0 },
    { "nvmlDeviceGetModuleId", 142, 1, 143, 0 },
    { "nvmlDeviceGetMultiGpuBoard", 143, 1, 144, 0 },
    { "nvmlDeviceGetName", 144, 1, 145, 0 },
    { "nvmlDeviceGetNumFans", 145, 1, 146, 0 },
    { "nvmlDeviceGetNumGpuCores", 146, 1, 147, 0 },
    { "nvmlDeviceGetNumaNodeId", 147, 1, 148, 0 },
    { "nvmlDeviceGetNvLinkCapability", 148, 1, 149, 0 },
    { "nvmlDeviceGetNvLinkErrorCounter", 149, 1, 150, 0 },
    { "nvmlDeviceGetNvLinkInfo", 150, 1, 151, 0 },
    { "nvmlDeviceGetNvLinkRemoteDeviceType", 151, 1, 152, 0 },
    { "nvmlDeviceGetNvLinkRemotePciInfo", 152, 2, 154, 0 },
    { "nvmlDeviceGetNvLinkState", 154, 1, 155, 0 },
    { "nvmlDeviceGetNvLinkUtilizationControl", 155, 1, 156, 0 },
    { "nvmlDeviceGetNvLinkUtilizationCounter", 156, 1, 157, 0 },
    { "nvmlDeviceGetNvLinkVersion", 157, 1, 158, 0 },
    { "nvmlDeviceGetNvlinkBwMode", 158, 1, 159, 0 },
    { "nvmlDeviceGetNvlinkSupportedBwModes", 159, 1, 160, 0 },
    { "nvmlDeviceGetOfaUtilization", 160, 1, 161, 0 },
    { "nvmlDeviceGetP2PStatus", 161, 1, 162, 0 },
    { "nvmlDeviceGetPciInfo", 162, 3, 165, 0 },
    { "nvmlDeviceGetPciInfoExt", 165, 1, 166, 0 },
    { "nvmlDeviceGetPcieLinkMaxSpeed", 166, 1, 167, 0 },
    { "nvmlDeviceGetPcieReplayCounter", 167, 1, 168, 0 },
    { "nvmlDeviceGetPcieSpeed", 168, 1, 169, 0 },
    { "nvmlDeviceGetPcieThroughput", 169, 1, 170, 0 },
    { "nvmlDeviceGetPdi", 170, 1, 171, 0 },
    { "nvmlDeviceGetPerformanceModes", 171, 1, 172, 0 },
    { "nvmlDeviceGetPerformanceState", 172, 1, 173, 0 },
    { "nvmlDeviceGetPersistenceMode", 173, 1, 174, 0 },
    { "nvmlDeviceGetPgpuMetadataString", 174, 1, 175, 0 },
    { "nvmlDeviceGetPlatformInfo", 175, 1, 176, 0 },
    { "nvmlDeviceGetPowerManagementDefaultLimit", 176, 1, 177, 0 },
    { "nvmlDeviceGetPowerManagementLimit", 177, 1, 178, 0 },
    { "nvmlDeviceGetPowerManagementLimitConstraints", 178, 1, 179, 0 },
    { "nvmlDeviceGetPowerManagementMode", 179, 1, 180, 0 },
    { "nvmlDeviceGetPowerMizerMode", 180, 1, 181, 0 },
    { "nvmlDeviceGetPowerSource", 181, 1, 182, 0 },
    { "nvmlDeviceGetPowerState", 182, 1, 183, 0 },
    { "nvmlDeviceGetPowerUsage", 183, 1, 184, 0 },
    { "nvmlDeviceGetProcessUtilization", 184, 1, 185, 0 },
    { "nvmlDeviceGetProcessesUtilizationInfo", 185, 1, 186, 0 },
    { "nvmlDeviceGetRemappedRows", 186, 1, 187, 0 },
    { "nvmlDeviceGetRepairStatus", 187, 1, 188, 0 },
    { "nvmlDeviceGetRetiredPages", 188, 2, 190, 0 },
    { "nvmlDeviceGetRetiredPagesPendingStatus", 190, 1, 191, 0 },
    { "nvmlDeviceGetRowRemapperHistogram", 191, 1, 192, 0 },
    { "nvmlDeviceGetRunningProcessDetailList", 192, 1, 193, 0 },
    { "nvmlDeviceGetSamples", 193, 1, 194, 0 },
    { "nvmlDeviceGetSerial", 194, 1, 195, 0 },
    { "nvmlDeviceGetSramEccErrorStatus", 195, 1, 196, 0 },
    { "nvmlDeviceGetSramUniqueUncorrectedEccErrorCounts", 196, 1, 197, 0 },
    { "nvmlDeviceGetSupportedClocksEventReasons", 197, 1, 198, 0 },
    { "nvmlDeviceGetSupportedClocksThrottleReasons", 198, 1, 199, 0 },
    { "nvmlDeviceGetSupportedEventTypes", 199, 1, 200, 0 },
    { "nvmlDeviceGetSupportedGraphicsClocks", 200, 1, 201, 0 },
    { "nvmlDeviceGetSupportedMemoryClocks", 201, 1, 202, 0 },
    { "nvmlDeviceGetSupportedPerformanceStates", 202, 1, 203, 0 },
    { "nvmlDeviceGetSupportedVgpus", 203, 1, 204, 0 },
    { "nvmlDeviceGetTargetFanSpeed", 204, 1, 205, 0 },
    { "nvmlDeviceGetTemperature", 205, 1, 206, 0 },
    { "nvmlDeviceGetTemperatureThreshold", 206, 1, 207, 0 },
    { "nvmlDeviceGetTemperatureV", 207, 1, 208, 0 },
    { "nvmlDeviceGetThermalSettings", 208, 1, 209, 0 },
    { "nvmlDeviceGetTopologyCommonAncestor", 209, 1, 210, 0 },
    { "nvmlDeviceGetTopologyNearestGpus", 210, 1, 211, 0 },
    { "nvmlDeviceGetTotalEccErrors", 211, 1, 212, 0 },
    { "nvmlDeviceGetTotalEnergyConsumption", 212, 1, 213, 0 },
    { "nvmlDeviceGetUUID", 213, 1, 214, 0 },
    { "nvmlDeviceGetUtilizationRates", 214, 1, 215, 0 },
    { "nvmlDeviceGetVbiosVersion", 215, 1, 216, 0 },
    { "nvmlDeviceGetVgpuCapabilities", 216, 1, 217, 0 },
    { "nvmlDeviceGetVgpuHeterogeneousMode", 217, 1, 218, 0 },
    { "nvmlDeviceGetVgpuInstancesUtilizationInfo", 218, 1, 219, 0 },
    { "nvmlDeviceGetVgpuMetadata", 219, 1, 220, 0 },
    { "nvmlDeviceGetVgpuProcessUtilization", 220, 1, 221, 0 },
    { "nvmlDeviceGetVgpuProcessesUtilizationInfo", 221, 1, 222, 0 },
    { "nvmlDeviceGetVgpuSchedulerCapabilities", 222, 1, 223, 0 },
    { "nvmlDeviceGetVgpuSchedulerLog", 223, 1, 224, 0 },
    { "nvmlDeviceGetVgpuSchedulerState", 224, 1, 225, 0 },
    { "nvmlDeviceGetVgpuTypeCreatablePlacements", 225, 1, 226, 0 },
    { "nvmlDeviceGetVgpuTypeSupportedPlacements", 226, 1, 227, 0 },
    { "nvmlDeviceGetVgpuUtilization", 227, 1, 228, 0 },
    { "nvmlDeviceGetViolationStatus", 228, 1, 229, 0 },
    { "nvmlDeviceGetVirtualizationMode", 229, 1, 230, 0 },
    { "nvmlDeviceIsMigDeviceHandle", 230, 1, 231, 0 },
    { "nvmlDeviceModifyDrainState", 231, 1, 232, 0 },
    { "nvmlDeviceOnSameBoard", 232, 1, 233, 0 },
    { "nvmlDevicePowerSmoothingActivatePresetProfile", 233, 1, 234, 0 },
    { "nvmlDevicePowerSmoothingSetState", 234, 1, 235, 0 },
    { "nvmlDevicePowerSmoothingUpdatePresetProfileParam", 235, 1, 236, 0 },
    { "nvmlDeviceQueryDrainState", 236, 1, 237, 0 },
    { "nvmlDeviceReadWritePRM", 237, 1, 238, 0 },
    { "nvmlDeviceRegisterEvents", 238, 1, 239, 0 },
    { "nvmlDeviceRemoveGpu", 239, 2, 241, 0 },
    { "nvmlDeviceResetApplicationsClocks", 241, 1, 242, 0 },
    { "nvmlDeviceResetGpuLockedClocks", 242, 1, 243, 0 },
    { "nvmlDeviceResetMemoryLockedClocks", 243, 1, 244, 0 },
    { "nvmlDeviceResetNvLinkErrorCounters", 244, 1, 245, 0 },
    { "nvmlDeviceResetNvLinkUtilizationCounter", 245, 1, 246, 0 },
    { "nvmlDeviceSetAPIRestriction", 246, 1, 247, 0 },
    { "nvmlDeviceSetAccountingMode", 247, 1, 248, 0 },
    { "nvmlDeviceSetApplicationsClocks", 248, 1, 249, 0 },
    { "nvmlDeviceSetAutoBoostedClocksEnabled", 249, 1, 250, 0 },
    { "nvmlDeviceSetClockOffsets", 250, 1, 251, 0 },
    { "nvmlDeviceSetComputeMode", 251, 1, 252, 0 },
    { "nvmlDeviceSetConfComputeUnprotectedMemSize", 252, 1, 253, 0 },
    { "nvmlDeviceSetCpuAffinity", 253, 1, 254, 0 },
    { "nvmlDeviceSetDefaultAutoBoostedClocksEnabled", 254, 1, 255, 0 },
    { "nvmlDeviceSetDefaultFanSpeed", 255, 1, 256, 0 },
    { "nvmlDeviceSetDramEncryptionMode", 256, 1, 257, 0 },
    { "nvmlDeviceSetDriverModel", 257, 1, 258, 0 },
    { "nvmlDeviceSetEccMode", 258, 1, 259, 0 },
    { "nvmlDeviceSetFanControlPolicy", 259, 1, 260, 0 },
    { "nvmlDeviceSetFanSpeed", 260, 1, 261, 0 },
    { "nvmlDeviceSetGpcClkVfOffset", 261, 1, 262, 0 },
    { "nvmlDeviceSetGpuLockedClocks", 262, 1, 263, 0 },
    { "nvmlDeviceSetGpuOperationMode", 263, 1, 264, 0 },
    { "nvmlDeviceSetHostname", 264, 1, 265, 0 },
    { "nvmlDeviceSetMemClkVfOffset", 265, 1, 266, 0 },
    { "nvmlDeviceSetMemoryLockedClocks", 266, 1, 267, 0 },
    { "nvmlDeviceSetMigMode", 267, 1, 268, 0 },
    { "nvmlDeviceSetNvLinkDeviceLowPowerThreshold", 268, 1, 269, 0 },
    { "nvmlDeviceSetNvLinkUtilizationControl", 269, 1, 270, 0 },
    { "nvmlDeviceSetNvlinkBwMode", 270, 1, 271, 0 },
    { "nvmlDeviceSetPersistenceMode", 271, 1, 272, 0 },
    { "nvmlDeviceSetPowerManagementLimit", 272, 2, 274, 0 },
    { "nvmlDeviceSetPowerMizerMode", 274, 1, 275, 0 },
    { "nvmlDeviceSetTemperatureThreshold", 275, 1, 276, 0 },
    { "nvmlDeviceSetVgpuCapabilities", 276, 1, 277, 0 },
    { "nvmlDeviceSetVgpuHeterogeneousMode", 277, 1, 278, 0 },
    { "nvmlDeviceSetVgpuSchedulerState", 278, 1, 279, 0 },
    { "nvmlDeviceSetVirtualizationMode", 279, 1, 280, 0 },
    { "nvmlDeviceValidateInforom", 280, 1, 281, 0 },
    { "nvmlDeviceWorkloadPowerProfileClearRequestedProfiles", 281, 1, 282, 0 },
    { "nvmlDeviceWorkloadPowerProfileGetCurrentProfiles", 282, 1, 283, 0 },
    { "nvmlDeviceWorkloadPowerProfileGetProfilesInfo", 283, 1, 284, 0 },
    { "nvmlDeviceWorkloadPowerProfileSetRequestedProfiles", 284, 1, 285, 0 },
    { "nvmlErrorString", 285, 1, 286, 0 },
    { "nvmlEventSetCreate", 286, 1, 287, 0 },
    { "nvmlEventSetFree", 287, 1, 288, 0 },
    { "nvmlEventSetWait", 288, 2, 290, 0 },
    { "nvmlGetExcludedDeviceCount", 290, 1, 291, 0 },
    { "nvmlGetExcludedDeviceInfoByIndex", 291, 1, 292, 0 },
    { "nvmlGetVgpuCompatibility", 292, 1, 293, 0 },
    { "nvmlGetVgpuDriverCapabilities", 293, 1, 294, 0 },
    { "nvmlGetVgpuVersion", 294, 1, 295, 0 },
    { "nvmlGpmMetricsGet", 295, 1, 296, 0 },
    { "nvmlGpmMigSampleGet", 296, 1, 297, 0 },
    { "nvmlGpmQueryDeviceSupport", 297, 1, 298, 0 },
    { "nvmlGpmQueryIfStreamingEnabled", 298, 1, 299, 0 },
    { "nvmlGpmSampleAlloc", 299, 1, 300, 0 },
    { "nvmlGpmSampleFree", 300, 1, 301, 0 },
    { "nvmlGpmSampleGet", 301, 1, 302, 0 },
    { "nvmlGpmSetStreamingEnabled", 302, 1, 303, 0 },
    { "nvmlGpuInstanceCreateComputeInstance", 303, 1, 304, 0 },
    { "nvmlGpuInstanceCreateComputeInstanceWithPlacement", 304, 1, 305, 0 },
    { "nvmlGpuInstanceDestroy", 305, 1, 306, 0 },
    { "nvmlGpuInstanceGetActiveVgpus", 306, 1, 307, 0 },
    { "nvmlGpuInstanceGetComputeInstanceById", 307, 1, 308, 0 },
    { "nvmlGpuInstanceGetComputeInstancePossiblePlacements", 308, 1, 309, 0 },
    { "nvmlGpuInstanceGetComputeInstanceProfileInfo", 309, 1, 310, 0 },
    { "nvmlGpuInstanceGetComputeInstanceProfileInfoV", 310, 1, 311, 0 },
    { "nvmlGpuInstanceGetComputeInstanceRemainingCapacity", 311, 1, 312, 0 },
    { "nvmlGpuInstanceGetComputeInstances", 312, 1, 313, 0 },
    { "nvmlGpuInstanceGetCreatableVgpus", 313, 1, 314, 0 },
    { "nvmlGpuInstanceGetInfo", 314, 1, 315, 0 },
    { "nvmlGpuInstanceGetVgpuHeterogeneousMode", 315, 1, 316, 0 },
    { "nvmlGpuInstanceGetVgpuSchedulerLog", 316, 1, 317, 0 },
    { "nvmlGpuInstanceGetVgpuSchedulerState", 317, 1, 318, 0 },
    { "nvmlGpuInstanceGetVgpuTypeCreatablePlacements", 318, 1, 319, 0 },
    { "nvmlGpuInstanceSetVgpuHeterogeneousMode", 319, 1, 320, 0 },
    { "nvmlGpuInstanceSetVgpuSchedulerState", 320, 1, 321, 0 },
    { "nvmlInit", 321, 2, 323, 0 },
    { "nvmlInitWithFlags", 323, 1, 324, 0 },
    { "nvmlInternalGetExportTable", 324, 1, 325, 0 },
    { "nvmlSetVgpuVersion", 325, 1, 326, 0 },
    { "nvmlShutdown", 326, 1, 327, 0 },
    { "nvmlSystemEventSetCreate", 327, 1, 328, 0 },
    { "nvmlSystemEventSetFree", 328, 1, 329, 0 },
    { "nvmlSystemEventSetWait", 329, 1, 330, 0 },
    { "nvmlSystemGetConfComputeCapabilities", 330, 1, 331, 0 },
    { "nvmlSystemGetConfComputeGpusReadyState", 331, 1, 332, 0 },
    { "nvmlSystemGetConfComputeKeyRotationThresholdInfo", 332, 1, 333, 0 },
    { "nvmlSystemGetConfComputeSettings", 333, 1, 334, 0 },
    { "nvmlSystemGetConfComputeState", 334, 1, 335, 0 },
    { "nvmlSystemGetCudaDriverVersion", 335, 2, 337, 0 },
    { "nvmlSystemGetDriverBranch", 337, 1, 338, 0 },
    { "nvmlSystemGetDriverVersion", 338, 1, 339, 0 },
    { "nvmlSystemGetHicVersion", 339, 1, 340, 0 },
    { "nvmlSystemGetNVMLVersion", 340, 1, 341, 0 },
    { "nvmlSystemGetNvlinkBwMode", 341, 1, 342, 0 },
    { "nvmlSystemGetProcessName", 342, 1, 343, 0 },
    { "nvmlSystemGetTopologyGpuSet", 343, 1, 344, 0 },
    { "nvmlSystemRegisterEvents", 344, 1, 345, 0 },
    { "nvmlSystemSetConfComputeGpusReadyState", 345, 1, 346, 0 },
    { "nvmlSystemSetConfComputeKeyRotationThresholdInfo", 346, 1, 347, 0 },
    { "nvmlSystemSetNvlinkBwMode", 347, 1, 348, 0 },
    { "nvmlUnitGetCount", 348, 1, 349, 0 },
    { "nvmlUnitGetDevices", 349, 1, 350, 0 },
    { "nvmlUnitGetFanSpeedInfo", 350, 1, 351, 0 },
    { "nvmlUnitGetHandleByIndex", 351, 1, 352, 0 },
    { "nvmlUnitGetLedState", 352, 1, 353, 0 },
    { "nvmlUnitGetPsuInfo", 353, 1, 354, 0 },
    { "nvmlUnitGetTemperature", 354, 1, 355, 0 },
    { "nvmlUnitGetUnitInfo", 355, 1, 356, 0 },
    { "nvmlUnitSetLedState", 356, 1, 357, 0 },
    { "nvmlVgpuInstanceClearAccountingPids", 357, 1, 358, 0 },
    { "nvmlVgpuInstanceGetAccountingMode", 358, 1, 359, 0 },
    { "nvmlVgpuInstanceGetAccountingPids", 359, 1, 360, 0 },
    { "nvmlVgpuInstanceGetAccountingStats", 360, 1, 361, 0 },
    { "nvmlVgpuInstanceGetEccMode", 361, 1, 362, 0 },
    { "nvmlVgpuInstanceGetEncoderCapacity", 362, 1, 363, 0 },
    { "nvmlVgpuInstanceGetEncoderSessions", 363, 1, 364, 0 },
    { "nvmlVgpuInstanceGetEncoderStats", 364, 1, 365, 0 },
    { "nvmlVgpuInstanceGetFBCSessions", 365, 1, 366, 0 },
    { "nvmlVgpuInstanceGetFBCStats", 366, 1, 367, 0 },
    { "nvmlVgpuInstanceGetFbUsage", 367, 1, 368, 0 },
    { "nvmlVgpuInstanceGetFrameRateLimit", 368, 1, 369, 0 },
    { "nvmlVgpuInstanceGetGpuInstanceId", 369, 1, 370, 0 },
    { "nvmlVgpuInstanceGetGpuPciId", 370, 1, 371, 0 },
    { "nvmlVgpuInstanceGetLicenseInfo", 371, 2, 373, 0 },
    { "nvmlVgpuInstanceGetLicenseStatus", 373, 1, 374, 0 },
    { "nvmlVgpuInstanceGetMdevUUID", 374, 1, 375, 0 },
    { "nvmlVgpuInstanceGetMetadata", 375, 1, 376, 0 },
    { "nvmlVgpuInstanceGetPlacementId", 376, 1, 377, 0 },
    { "nvmlVgpuInstanceGetRuntimeStateSize", 377, 1, 378, 0 },
    { "nvmlVgpuInstanceGetType", 378, 1, 379, 0 },
    { "nvmlVgpuInstanceGetUUID", 379, 1, 380, 0 },
    { "nvmlVgpuInstanceGetVmDriverVersion", 380, 1, 381, 0 },
    { "nvmlVgpuInstanceGetVmID", 381, 1, 382, 0 },
    { "nvmlVgpuInstanceSetEncoderCapacity", 382, 1, 383, 0 },
    { "nvmlVgpuTypeGetBAR1Info", 383, 1, 384, 0 },
    { "nvmlVgpuTypeGetCapabilities", 384, 1, 385, 0 },
    { "nvmlVgpuTypeGetClass", 385, 1, 386, 0 },
    { "nvmlVgpuTypeGetDeviceID", 386, 1, 387, 0 },
    { "nvmlVgpuTypeGetFbReservation", 387, 1, 388, 0 },
    { "nvmlVgpuTypeGetFrameRateLimit", 388, 1, 389, 0 },
    { "nvmlVgpuTypeGetFramebufferSize", 389, 1, 390, 0 },
    { "nvmlVgpuTypeGetGpuInstanceProfileId", 390, 1, 391, 0 },
    { "nvmlVgpuTypeGetGspHeapSize", 391, 1, 392, 0 },
    { "nvmlVgpuTypeGetLicense", 392, 1, 393, 0 },
    { "nvmlVgpuTypeGetMaxInstances", 393, 1, 394, 0 },
    { "nvmlVgpuTypeGetMaxInstancesPerGpuInstance", 394, 1, 395, 0 },
    { "nvmlVgpuTypeGetMaxInstancesPerVm", 395, 1, 396, 0 },
    { "nvmlVgpuTypeGetName", 396, 1, 397, 0 },
    { "nvmlVgpuTypeGetNumDisplayHeads", 397, 1, 398, 0 },
    { "nvmlVgpuTypeGetResolution", 398, 1, 399, 0 },
};

static const struct quanta__api_version versions[] = {
    { 0, 0 }, /* nvmlComputeInstanceDestroy */
    { 0, 1 }, /* nvmlComputeInstanceGetInfo */
    { 0, 2 }, /* nvmlComputeInstanceGetInfo_v2 */
    { 0, 3 }, /* nvmlDeviceClearAccountingPids */
    { 0, 4 }, /* nvmlDeviceClearCpuAffinity */
    { 0, 5 }, /* nvmlDeviceClearEccErrorCounts */
    { 0, 6 }, /* nvmlDeviceClearFieldValues */
    { 0, 7 }, /* nvmlDeviceCreateGpuInstance */
    { 0, 8 }, /* nvmlDeviceCreateGpuInstanceWithPlacement */
    { 0, 9 }, /* nvmlDeviceDiscoverGpus */
    { 0, 10 }, /* nvmlDeviceFreezeNvLinkUtilizationCounter */
    { 0, 11 }, /* nvmlDeviceGetAPIRestriction */
    { 0, 12 }, /* nvmlDeviceGetAccountingBufferSize */
    { 0, 13 }, /* nvmlDeviceGetAccountingMode */
    { 0, 14 }, /* nvmlDeviceGetAccountingPids */
    { 0, 15 }, /* nvmlDeviceGetAccountingStats */
    { 0, 16 }, /* nvmlDeviceGetActiveVgpus */
    { 0, 17 }, /* nvmlDeviceGetAdaptiveClockInfoStatus */
    { 0, 18 }, /* nvmlDeviceGetAddressingMode */
    { 0, 19 }, /* nvmlDeviceGetApplicationsClock */
    { 0, 20 }, /* nvmlDeviceGetArchitecture */
    { 0, 21 }, /* nvmlDeviceGetAttributes */
    { 0, 22 }, /* nvmlDeviceGetAttributes_v2 */
    { 0, 23 }, /* nvmlDeviceGetAutoBoostedClocksEnabled */
    { 0, 24 }, /* nvmlDeviceGetBAR1MemoryInfo */
    { 0, 25 }, /* nvmlDeviceGetBoardId */
    { 0, 26 }, /* nvmlDeviceGetBoardPartNumber */
    { 0, 27 }, /* nvmlDeviceGetBrand */
    { 0, 28 }, /* nvmlDeviceGetBridgeChipInfo */
    { 0, 29 }, /* nvmlDeviceGetBusType */
    { 0, 30 }, /* nvmlDeviceGetC2cModeInfoV */
    { 0, 31 }, /* nvmlDeviceGetCapabilities */
    { 0, 32 }, /* nvmlDeviceGetClkMonStatus */
    { 0, 33 }, /* nvmlDeviceGetClock */
    { 0, 34 }, /* nvmlDeviceGetClockInfo */
    { 0, 35 }, /* nvmlDeviceGetClockOffsets */
    { 0, 36 }, /* nvmlDeviceGetComputeInstanceId */
    { 0, 37 }, /* nvmlDeviceGetComputeMode */
    { 0, 38 }, /* nvmlDeviceGetComputeRunningProcesses */
    { 0, 39 }, /* nvmlDeviceGetComputeRunningProcesses_v2 */
    { 0, 40 }, /* nvmlDeviceGetComputeRunningProcesses_v3 */
    { 0, 41 }, /* nvmlDeviceGetConfComputeGpuAttestationReport */
    { 0, 42 }, /* nvmlDeviceGetConfComputeGpuCertificate */
    { 0, 43 }, /* nvmlDeviceGetConfComputeMemSizeInfo */
    { 0, 44 }, /* nvmlDeviceGetConfComputeProtectedMemoryUsage */
    { 0, 45 }, /* nvmlDeviceGetCoolerInfo */
    { 0, 46 }, /* nvmlDeviceGetCount */
    { 0, 47 }, /* nvmlDeviceGetCount_v2 */
    { 0, 48 }, /* nvmlDeviceGetCpuAffinity */
    { 0, 49 }, /* nvmlDeviceGetCpuAffinityWithinScope */
    { 0, 50 }, /* nvmlDeviceGetCreatableVgpus */
    { 0, 51 }, /* nvmlDeviceGetCudaComputeCapability */
    { 0, 52 }, /* nvmlDeviceGetCurrPcieLinkGeneration */
    { 0, 53 }, /* nvmlDeviceGetCurrPcieLinkWidth */
    { 0, 54 }, /* nvmlDeviceGetCurrentClockFreqs */
    { 0, 55 }, /* nvmlDeviceGetCurrentClocksEventReasons */
    { 0, 56 }, /* nvmlDeviceGetCurrentClocksThrottleReasons */
    { 0, 57 }, /* nvmlDeviceGetDecoderUtilization */
    { 0, 58 }, /* nvmlDeviceGetDefaultApplicationsClock */
    { 0, 59 }, /* nvmlDeviceGetDefaultEccMode */
    { 0, 60 }, /* nvmlDeviceGetDetailedEccErrors */
    { 0, 61 }, /* nvmlDeviceGetDeviceHandleFromMigDeviceHandle */
    { 0, 62 }, /* nvmlDeviceGetDisplayActive */
    { 0, 63 }, /* nvmlDeviceGetDisplayMode */
    { 0, 64 }, /* nvmlDeviceGetDramEncryptionMode */
    { 0, 65 }, /* nvmlDeviceGetDriverModel */
    { 0, 66 }, /* nvmlDeviceGetDriverModel_v2 */
    { 0, 67 }, /* nvmlDeviceGetDynamicPstatesInfo */
    { 0, 68 }, /* nvmlDeviceGetEccMode */
    { 0, 69 }, /* nvmlDeviceGetEncoderCapacity */
    { 0, 70 }, /* nvmlDeviceGetEncoderSessions */
    { 0, 71 }, /* nvmlDeviceGetEncoderStats */
    { 0, 72 }, /* nvmlDeviceGetEncoderUtilization */
    { 0, 73 }, /* nvmlDeviceGetEnforcedPowerLimit */
    { 0, 74 }, /* nvmlDeviceGetFBCSessions */
    { 0, 75 }, /* nvmlDeviceGetFBCStats */
    { 0, 76 }, /* nvmlDeviceGetFanControlPolicy_v2 */
    { 0, 77 }, /* nvmlDeviceGetFanSpeed */
    { 0, 78 }, /* nvmlDeviceGetFanSpeed_v2 */
    { 0, 79 }, /* nvmlDeviceGetFanSpeedRPM */
    { 0, 80 }, /* nvmlDeviceGetFieldValues */
    { 0, 81 }, /* nvmlDeviceGetGpcClkMinMaxVfOffset */
    { 0, 82 }, /* nvmlDeviceGetGpcClkVfOffset */
    { 0, 83 }, /* nvmlDeviceGetGpuFabricInfo */
    { 0, 84 }, /* nvmlDeviceGetGpuFabricInfoV */
    { 0, 85 }, /* nvmlDeviceGetGpuInstanceById */
    { 0, 86 }, /* nvmlDeviceGetGpuInstanceId */
    { 0, 87 }, /* nvmlDeviceGetGpuInstancePossiblePlacements */
    { 0, 88 }, /* nvmlDeviceGetGpuInstancePossiblePlacements_v2 */
    { 0, 89 }, /* nvmlDeviceGetGpuInstanceProfileInfo */
    { 0, 90 }, /* nvmlDeviceGetGpuInstanceProfileInfoByIdV */
    { 0, 91 }, /* nvmlDeviceGetGpuInstanceProfileInfoV */
    { 0, 92 }, /* nvmlDeviceGetGpuInstanceRemainingCapacity */
    { 0, 93 }, /* nvmlDeviceGetGpuInstances */
    { 0, 94 }, /* nvmlDeviceGetGpuMaxPcieLinkGeneration */
    { 0, 95 }, /* nvmlDeviceGetGpuOperationMode */
    { 0, 96 }, /* nvmlDeviceGetGraphicsRunningProcesses */
    { 0, 97 }, /* nvmlDeviceGetGraphicsRunningProcesses_v2 */
    { 0, 98 }, /* nvmlDeviceGetGraphicsRunningProcesses_v3 */
    { 0, 99 }, /* nvmlDeviceGetGridLicensableFeatures */
    { 0, 100 }, /* nvmlDeviceGetGridLicensableFeatures_v2 */
    { 0, 101 }, /* nvmlDeviceGetGridLicensableFeatures_v3 */
    { 0, 102 }, /* nvmlDeviceGetGridLicensableFeatures_v4 */
    { 0, 103 }, /* nvmlDeviceGetGspFirmwareMode */
    { 0, 104 }, /* nvmlDeviceGetGspFirmwareVersion */
    { 0, 105 }, /* nvmlDeviceGetHandleByIndex */
    { 0, 106 }, /* nvmlDeviceGetHandleByIndex_v2 */
    { 0, 107 }, /* nvmlDeviceGetHandleByPciBusId */
    { 0, 108 }, /* nvmlDeviceGetHandleByPciBusId_v2 */
    { 0, 109 }, /* nvmlDeviceGetHandleBySerial */
    { 0, 110 }, /* nvmlDeviceGetHandleByUUID */
    { 0, 111 }, /* nvmlDeviceGetHandleByUUIDV */
    { 0, 112 }, /* nvmlDeviceGetHostVgpuMode */
    { 0, 113 }, /* nvmlDeviceGetHostname_v1 */
    { 0, 114 }, /* nvmlDeviceGetIndex */
    { 0, 115 }, /* nvmlDeviceGetInforomConfigurationChecksum */
    { 0, 116 }, /* nvmlDeviceGetInforomImageVersion */
    { 0, 117 }, /* nvmlDeviceGetInforomVersion */
    { 0, 118 }, /* nvmlDeviceGetIrqNum */
    { 0, 119 }, /* nvmlDeviceGetJpgUtilization */
    { 0, 120 }, /* nvmlDeviceGetLastBBXFlushTime */
    { 0, 121 }, /* nvmlDeviceGetMPSComputeRunningProcesses */
    { 0, 122 }, /* nvmlDeviceGetMPSComputeRunningProcesses_v2 */
    { 0, 123 }, /* nvmlDeviceGetMPSComputeRunningProcesses_v3 */
    { 0, 124 }, /* nvmlDeviceGetMarginTemperature */
    { 0, 125 }, /* nvmlDeviceGetMaxClockInfo */
    { 0, 126 }, /* nvmlDeviceGetMaxCustomerBoostClock */
    { 0, 127 }, /* nvmlDeviceGetMaxMigDeviceCount */
    { 0, 128 }, /* nvmlDeviceGetMaxPcieLinkGeneration */
    { 0, 129 }, /* nvmlDeviceGetMaxPcieLinkWidth */
    { 0, 130 }, /* nvmlDeviceGetMemClkMinMaxVfOffset */
    { 0, 131 }, /* nvmlDeviceGetMemClkVfOffset */
    { 0, 132 }, /* nvmlDeviceGetMemoryAffinity */
    { 0, 133 }, /* nvmlDeviceGetMemoryBusWidth */
    { 0, 134 }, /* nvmlDeviceGetMemoryErrorCounter */
    { 0, 135 }, /* nvmlDeviceGetMemoryInfo */
    { 0, 136 }, /* nvmlDeviceGetMemoryInfo_v2 */
    { 0, 137 }, /* nvmlDeviceGetMigDeviceHandleByIndex */
    { 0, 138 }, /* nvmlDeviceGetMigMode */
    { 0, 139 }, /* nvmlDeviceGetMinMaxClockOfPState */
    { 0, 140 }, /* nvmlDeviceGetMinMaxFanSpeed */
    { 0, 141 }, /* nvmlDeviceGetMinorNumber */
    { 0, 142 }, /* nvmlDeviceGetModuleId */
    { 0, 143 }, /* nvmlDeviceGetMultiGpuBoard */
    { 0, 144 }, /* nvmlDeviceGetName */
    { 0, 145 }, /* nvmlDeviceGetNumFans */
    { 0, 146 }, /* nvmlDeviceGetNumGpuCores */
    { 0, 147 }, /* nvmlDeviceGetNumaNodeId */
    { 0, 148 }, /* nvmlDeviceGetNvLinkCapability */
    { 0, 149 }, /* nvmlDeviceGetNvLinkErrorCounter */
    { 0, 150 }, /* nvmlDeviceGetNvLinkInfo */
    { 0, 151 }, /* nvmlDeviceGetNvLinkRemoteDeviceType */
    { 0, 152 }, /* nvmlDeviceGetNvLinkRemotePciInfo */
    { 0, 153 }, /* nvmlDeviceGetNvLinkRemotePciInfo_v2 */
    { 0, 154 }, /* nvmlDeviceGetNvLinkState */
    { 0, 155 }, /* nvmlDeviceGetNvLinkUtilizationControl */
    { 0, 156 }, /* nvmlDeviceGetNvLinkUtilizationCounter */
    { 0, 157 }, /* nvmlDeviceGetNvLinkVersion */
    { 0, 158 }, /* nvmlDeviceGetNvlinkBwMode */
    { 0, 159 }, /* nvmlDeviceGetNvlinkSupportedBwModes */
    { 0, 160 }, /* nvmlDeviceGetOfaUtilization */
    { 0, 161 }, /* nvmlDeviceGetP2PStatus */
    { 0, 162 }, /* nvmlDeviceGetPciInfo */
    { 0, 163 }, /* nvmlDeviceGetPciInfo_v2 */
    { 0, 164 }, /* nvmlDeviceGetPciInfo_v3 */
    { 0, 165 }, /* nvmlDeviceGetPciInfoExt */
    { 0, 166 }, /* nvmlDeviceGetPcieLinkMaxSpeed */
    { 0, 167 }, /* nvmlDeviceGetPcieReplayCounter */
    { 0, 168 }, /* nvmlDeviceGetPcieSpeed */
    { 0, 169 }, /* nvmlDeviceGetPcieThroughput */
    { 0, 170 }, /* nvmlDeviceGetPdi */
    { 0, 171 }, /* nvmlDeviceGetPerformanceModes */
    { 0, 172 }, /* nvmlDeviceGetPerformanceState */
    { 0, 173 }, /* nvmlDeviceGetPersistenceMode */
    { 0, 174 }, /* nvmlDeviceGetPgpuMetadataString */
    { 0, 175 }, /* nvmlDeviceGetPlatformInfo */
    { 0, 176 }, /* nvmlDeviceGetPowerManagementDefaultLimit */
    { 0, 177 }, /* nvmlDeviceGetPowerManagementLimit */
    { 0, 178 }, /* nvmlDeviceGetPowerManagementLimitConstraints */
    { 0, 179 }, /* nvmlDeviceGetPowerManagementMode */
    { 0, 180 }, /* nvmlDeviceGetPowerMizerMode_v1 */
    { 0, 181 }, /* nvmlDeviceGetPowerSource */
    { 0, 182 }, /* nvmlDeviceGetPowerState */
    { 0, 183 }, /* nvmlDeviceGetPowerUsage */
    { 0, 184 }, /* nvmlDeviceGetProcessUtilization */
    { 0, 185 }, /* nvmlDeviceGetProcessesUtilizationInfo */
    { 0, 186 }, /* nvmlDeviceGetRemappedRows */
    { 0, 187 }, /* nvmlDeviceGetRepairStatus */
    { 0, 188 }, /* nvmlDeviceGetRetiredPages */
    { 0, 189 }, /* nvmlDeviceGetRetiredPages_v2 */
    { 0, 190 }, /* nvmlDeviceGetRetiredPagesPendingStatus */
    { 0, 191 }, /* nvmlDeviceGetRowRemapperHistogram */
    { 0, 192 }, /* nvmlDeviceGetRunningProcessDetailList */
    { 0, 193 }, /* nvmlDeviceGetSamples */
    { 0, 194 }, /* nvmlDeviceGetSerial */
    { 0, 195 }, /* nvmlDeviceGetSramEccErrorStatus */
    { 0, 196 }, /* nvmlDeviceGetSramUniqueUncorrectedEccErrorCounts */
    { 0, 197 }, /* nvmlDeviceGetSupportedClocksEventReasons */
    { 0, 198 }, /* nvmlDeviceGetSupportedClocksThrottleReasons */
    { 0, 199 }, /* nvmlDeviceGetSupportedEventTypes */
    { 0, 200 }, /* nvmlDeviceGetSupportedGraphicsClocks */
    { 0, 201 }, /* nvmlDeviceGetSupportedMemoryClocks */
    { 0, 202 }, /* nvmlDeviceGetSupportedPerformanceStates */
    { 0, 203 }, /* nvmlDeviceGetSupportedVgpus */
    { 0, 204 }, /* nvmlDeviceGetTargetFanSpeed */
    { 0, 205 }, /* nvmlDeviceGetTemperature */
    { 0, 206 }, /* nvmlDeviceGetTemperatureThreshold */
    { 0, 207 }, /* nvmlDeviceGetTemperatureV */
    { 0, 208 }, /* nvmlDeviceGetThermalSettings */
    { 0, 209 }, /* nvmlDeviceGetTopologyCommonAncestor */
    { 0, 210 }, /* nvmlDeviceGetTopologyNearestGpus */
    { 0, 211 }, /* nvmlDeviceGetTotalEccErrors */
    { 0, 212 }, /* nvmlDeviceGetTotalEnergyConsumption */
    { 0, 213 }, /* nvmlDeviceGetUUID */
    { 0, 214 }, /* nvmlDeviceGetUtilizationRates */
    { 0, 215 }, /* nvmlDeviceGetVbiosVersion */
    { 0, 216 }, /* nvmlDeviceGetVgpuCapabilities */
    { 0, 217 }, /* nvmlDeviceGetVgpuHeterogeneousMode */
    { 0, 218 }, /* nvmlDeviceGetVgpuInstancesUtilizationInfo */
    { 0, 219 }, /* nvmlDeviceGetVgpuMetadata */
    { 0, 220 }, /* nvmlDeviceGetVgpuProcessUtilization */
    { 0, 221 }, /* nvmlDeviceGetVgpuProcessesUtilizationInfo */
    { 0, 222 }, /* nvmlDeviceGetVgpuSchedulerCapabilities */
    { 0, 223 }, /* nvmlDeviceGetVgpuSchedulerLog */
    { 0, 224 }, /* nvmlDeviceGetVgpuSchedulerState */
    { 0, 225 }, /* nvmlDeviceGetVgpuTypeCreatablePlacements */
    { 0, 226 }, /* nvmlDeviceGetVgpuTypeSupportedPlacements */
    { 0, 227 }, /* nvmlDeviceGetVgpuUtilization */
    { 0, 228 }, /* nvmlDeviceGetViolationStatus */
    { 0, 229 }, /* nvmlDeviceGetVirtualizationMode */
    { 0, 230 }, /* nvmlDeviceIsMigDeviceHandle */
    { 0, 231 }, /* nvmlDeviceModifyDrainState */
    { 0, 232 }, /* nvmlDeviceOnSameBoard */
    { 0, 233 }, /* nvmlDevicePowerSmoothingActivatePresetProfile */
    { 0, 234 }, /* nvmlDevicePowerSmoothingSetState */
    { 0, 235 }, /* nvmlDevicePowerSmoothingUpdatePresetProfileParam */
    { 0, 236 }, /* nvmlDeviceQueryDrainState */
    { 0, 237 }, /* nvmlDeviceReadWritePRM_v1 */
    { 0, 238 }, /* nvmlDeviceRegisterEvents */
    { 0, 239 }, /* nvmlDeviceRemoveGpu */
    { 0, 240 }, /* nvmlDeviceRemoveGpu_v2 */
    { 0, 241 }, /* nvmlDeviceResetApplicationsClocks */
    { 0, 242 }, /* nvmlDeviceResetGpuLockedClocks */
    { 0, 243 }, /* nvmlDeviceResetMemoryLockedClocks */
    { 0, 244 }, /* nvmlDeviceResetNvLinkErrorCounters */
    { 0, 245 }, /* nvmlDeviceResetNvLinkUtilizationCounter */
    { 0, 246 }, /* nvmlDeviceSetAPIRestriction */
    { 0, 247 }, /* nvmlDeviceSetAccountingMode */
    { 0, 248 }, /* nvmlDeviceSetApplicationsClocks */
    { 0, 249 }, /* nvmlDeviceSetAutoBoostedClocksEnabled */
    { 0, 250 }, /* nvmlDeviceSetClockOffsets */
    { 0, 251 }, /* nvmlDeviceSetComputeMode */
    { 0, 252 }, /* nvmlDeviceSetConfComputeUnprotectedMemSize */
    { 0, 253 }, /* nvmlDeviceSetCpuAffinity */
    { 0, 254 }, /* nvmlDeviceSetDefaultAutoBoostedClocksEnabled */
    { 0, 255 }, /* nvmlDeviceSetDefaultFanSpeed_v2 */
    { 0, 256 }, /* nvmlDeviceSetDramEncryptionMode */
    { 0, 257 }, /* nvmlDeviceSetDriverModel */
    { 0, 258 }, /* nvmlDeviceSetEccMode */
    { 0, 259 }, /* nvmlDeviceSetFanControlPolicy */
    { 0, 260 }, /* nvmlDeviceSetFanSpeed_v2 */
    { 0, 261 }, /* nvmlDeviceSetGpcClkVfOffset */
    { 0, 262 }, /* nvmlDeviceSetGpuLockedClocks */
    { 0, 263 }, /* nvmlDeviceSetGpuOperationMode */
    { 0, 264 }, /* nvmlDeviceSetHostname_v1 */
    { 0, 265 }, /* nvmlDeviceSetMemClkVfOffset */
    { 0, 266 }, /* nvmlDeviceSetMemoryLockedClocks */
    { 0, 267 }, /* nvmlDeviceSetMigMode */
    { 0, 268 }, /* nvmlDeviceSetNvLinkDeviceLowPowerThreshold */
    { 0, 269 }, /* nvmlDeviceSetNvLinkUtilizationControl */
    { 0, 270 }, /* nvmlDeviceSetNvlinkBwMode */
    { 0, 271 }, /* nvmlDeviceSetPersistenceMode */
    { 0, 272 }, /* nvmlDeviceSetPowerManagementLimit */
    { 0, 273 }, /* nvmlDeviceSetPowerManagementLimit_v2 */
    { 0, 274 }, /* nvmlDeviceSetPowerMizerMode_v1 */
    { 0, 275 }, /* nvmlDeviceSetTemperatureThreshold */
    { 0, 276 }, /* nvmlDeviceSetVgpuCapabilities */
    { 0, 277 }, /* nvmlDeviceSetVgpuHeterogeneousMode */
    { 0, 278 }, /* nvmlDeviceSetVgpuSchedulerState */
    { 0, 279 }, /* nvmlDeviceSetVirtualizationMode */
    { 0, 280 }, /* nvmlDeviceValidateInforom */
    { 0, 281 }, /* nvmlDeviceWorkloadPowerProfileClearRequestedProfiles */
    { 0, 282 }, /* nvmlDeviceWorkloadPowerProfileGetCurrentProfiles */
    { 0, 283 }, /* nvmlDeviceWorkloadPowerProfileGetProfilesInfo */
    { 0, 284 }, /* nvmlDeviceWorkloadPowerProfileSetRequestedProfiles */
    { 0, 285 }, /* nvmlErrorString */
    { 0, 286 }, /* nvmlEventSetCreate */
    { 0, 287 }, /* nvmlEventSetFree */
    { 0, 288 }, /* nvmlEventSetWait */
    { 0, 289 }, /* nvmlEventSetWait_v2 */
    { 0, 290 }, /* nvmlGetExcludedDeviceCount */
    { 0, 291 }, /* nvmlGetExcludedDeviceInfoByIndex */
    { 0, 292 }, /* nvmlGetVgpuCompatibility */
    { 0, 293 }, /* nvmlGetVgpuDriverCapabilities */
    { 0, 294 }, /* nvmlGetVgpuVersion */
    { 0, 295 }, /* nvmlGpmMetricsGet */
    { 0, 296 }, /* nvmlGpmMigSampleGet */
    { 0, 297 }, /* nvmlGpmQueryDeviceSupport */
    { 0, 298 }, /* nvmlGpmQueryIfStreamingEnabled */
    { 0, 299 }, /* nvmlGpmSampleAlloc */
    { 0, 300 }, /* nvmlGpmSampleFree */
    { 0, 301 }, /* nvmlGpmSampleGet */
    { 0, 302 }, /* nvmlGpmSetStreamingEnabled */
    { 0, 303 }, /* nvmlGpuInstanceCreateComputeInstance */
    { 0, 304 }, /* nvmlGpuInstanceCreateComputeInstanceWithPlacement */
    { 0, 305 }, /* nvmlGpuInstanceDestroy */
    { 0, 306 }, /* nvmlGpuInstanceGetActiveVgpus */
    { 0, 307 }, /* nvmlGpuInstanceGetComputeInstanceById */
    { 0, 308 }, /* nvmlGpuInstanceGetComputeInstancePossiblePlacements */
    { 0, 309 }, /* nvmlGpuInstanceGetComputeInstanceProfileInfo */
    { 0, 310 }, /* nvmlGpuInstanceGetComputeInstanceProfileInfoV */
    { 0, 311 }, /* nvmlGpuInstanceGetComputeInstanceRemainingCapacity */
    { 0, 312 }, /* nvmlGpuInstanceGetComputeInstances */
    { 0, 313 }, /* nvmlGpuInstanceGetCreatableVgpus */
    { 0, 314 }, /* nvmlGpuInstanceGetInfo */
    { 0, 315 }, /* nvmlGpuInstanceGetVgpuHeterogeneousMode */
    { 0, 316 }, /* nvmlGpuInstanceGetVgpuSchedulerLog */
    { 0, 317 }, /* nvmlGpuInstanceGetVgpuSchedulerState */
    { 0, 318 }, /* nvmlGpuInstanceGetVgpuTypeCreatablePlacements */
    { 0, 319 }, /* nvmlGpuInstanceSetVgpuHeterogeneousMode */
    { 0, 320 }, /* nvmlGpuInstanceSetVgpuSchedulerState */
    { 0, 321 }, /* nvmlInit */
    { 0, 322 }, /* nvmlInit_v2 */
    { 0, 323 }, /* nvmlInitWithFlags */
    { 0, 324 }, /* nvmlInternalGetExportTable */
    { 0, 325 }, /* nvmlSetVgpuVersion */
    { 0, 326 }, /* nvmlShutdown */
    { 0, 327 }, /* nvmlSystemEventSetCreate */
    { 0, 328 }, /* nvmlSystemEventSetFree */
    { 0, 329 }, /* nvmlSystemEventSetWait */
    { 0, 330 }, /* nvmlSystemGetConfComputeCapabilities */
    { 0, 331 }, /* nvmlSystemGetConfComputeGpusReadyState */
    { 0, 332 }, /* nvmlSystemGetConfComputeKeyRotationThresholdInfo */
    { 0, 333 }, /* nvmlSystemGetConfComputeSettings */
    { 0, 334 }, /* nvmlSystemGetConfComputeState */
    { 0, 335 }, /* nvmlSystemGetCudaDriverVersion */
    { 0, 336 }, /* nvmlSystemGetCudaDriverVersion_v2 */
    { 0, 337 }, /* nvmlSystemGetDriverBranch */
    { 0, 338 }, /* nvmlSystemGetDriverVersion */
    { 0, 339 }, /* nvmlSystemGetHicVersion */
    { 0, 340 }, /* nvmlSystemGetNVMLVersion */
    { 0, 341 }, /* nvmlSystemGetNvlinkBwMode */
    { 0, 342 }, /* nvmlSystemGetProcessName */
    { 0, 343 }, /* nvmlSystemGetTopologyGpuSet */
    { 0, 344 }, /* nvmlSystemRegisterEvents */
    { 0, 345 }, /* nvmlSystemSetConfComputeGpusReadyState */
    { 0, 346 }, /* nvmlSystemSetConfComputeKeyRotationThresholdInfo */
    { 0, 347 }, /* nvmlSystemSetNvlinkBwMode */
    { 0, 348 }, /* nvmlUnitGetCount */
    { 0, 349 }, /* nvmlUnitGetDevices */
    { 0, 350 }, /* nvmlUnitGetFanSpeedInfo */
    { 0, 351 }, /* nvmlUnitGetHandleByIndex */
    { 0, 352 }, /* nvmlUnitGetLedState */
    { 0, 353 }, /* nvmlUnitGetPsuInfo */
    { 0, 354 }, /* nvmlUnitGetTemperature */
    { 0, 355 }, /* nvmlUnitGetUnitInfo */
    { 0, 356 }, /* nvmlUnitSetLedState */
    { 0, 357 }, /* nvmlVgpuInstanceClearAccountingPids */
    { 0, 358 }, /* nvmlVgpuInstanceGetAccountingMode */
    { 0, 359 }, /* nvmlVgpuInstanceGetAccountingPids */
    { 0, 360 }, /* nvmlVgpuInstanceGetAccountingStats */
    { 0, 361 }, /* nvmlVgpuInstanceGetEccMode */
    { 0, 362 }, /* nvmlVgpuInstanceGetEncoderCapacity */
    { 0, 363 }, /* nvmlVgpuInstanceGetEncoderSessions */
    { 0, 364 }, /* nvmlVgpuInstanceGetEncoderStats */
    { 0, 365 }, /* nvmlVgpuInstanceGetFBCSessions */
    { 0, 366 }, /* nvmlVgpuInstanceGetFBCStats */
    { 0, 367 }, /* nvmlVgpuInstanceGetFbUsage */
    { 0, 368 }, /* nvmlVgpuInstanceGetFrameRateLimit */
    { 0, 369 }, /* nvmlVgpuInstanceGetGpuInstanceId */
    { 0, 370 }, /* nvmlVgpuInstanceGetGpuPciId */
    { 0, 371 }, /* nvmlVgpuInstanceGetLicenseInfo */
    { 0, 372 }, /* nvmlVgpuInstanceGetLicenseInfo_v2 */
    { 0, 373 }, /* nvmlVgpuInstanceGetLicenseStatus */
    { 0, 374 }, /* nvmlVgpuInstanceGetMdevUUID */
    { 0, 375 }, /* nvmlVgpuInstanceGetMetadata */
    { 0, 376 }, /* nvmlVgpuInstanceGetPlacementId */
    { 0, 377 }, /* nvmlVgpuInstanceGetRuntimeStateSize */
    { 0, 378 }, /* nvmlVgpuInstanceGetType */
    { 0, 379 }, /* nvmlVgpuInstanceGetUUID */
    { 0, 380 }, /* nvmlVgpuInstanceGetVmDriverVersion */
    { 0, 381 }, /* nvmlVgpuInstanceGetVmID */
    { 0, 382 }, /* nvmlVgpuInstanceSetEncoderCapacity */
    { 0, 383 }, /* nvmlVgpuTypeGetBAR1Info */
    { 0, 384 }, /* nvmlVgpuTypeGetCapabilities */
    { 0, 385 }, /* nvmlVgpuTypeGetClass */
    { 0, 386 }, /* nvmlVgpuTypeGetDeviceID */
    { 0, 387 }, /* nvmlVgpuTypeGetFbReservation */
    { 0, 388 }, /* nvmlVgpuTypeGetFrameRateLimit */
    { 0, 389 }, /* nvmlVgpuTypeGetFramebufferSize */
    { 0, 390 }, /* nvmlVgpuTypeGetGpuInstanceProfileId */
    { 0, 391 }, /* nvmlVgpuTypeGetGspHeapSize */
    { 0, 392 }, /* nvmlVgpuTypeGetLicense */
    { 0, 393 }, /* nvmlVgpuTypeGetMaxInstances */
    { 0, 394 }, /* nvmlVgpuTypeGetMaxInstancesPerGpuInstance */
    { 0, 395 }, /* nvmlVgpuTypeGetMaxInstancesPerVm */
    { 0, 396 }, /* nvmlVgpuTypeGetName */
    { 0, 397 }, /* nvmlVgpuTypeGetNumDisplayHeads */
    { 0, 398 }, /* nvmlVgpuTypeGetResolution */
};

const struct quanta__api quanta__nvml_api = {
    "nvml", QUANTA_NVML_FN_COUNT, names, by_name,
    entries, 371, versions,
};
