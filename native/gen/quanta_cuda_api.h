/* Generated from api/cuda-driver.json by tools/gen (npm run gen -- emit). Do not edit. */
#ifndef QUANTA_CUDA_API_H
#define QUANTA_CUDA_API_H
#include "quanta_cuda_types.h"
#include "api_table.h"

#define QUANTA_CUDA_FN_COUNT 672
#define QUANTA_CUDA_HEADER_VERSION 13000

/* One index per exported symbol; tables below are indexed by it. */
enum quanta_cuda_fn {
    QUANTA_CUDA_cuArray3DCreate = 0,
    QUANTA_CUDA_cuArray3DCreate_v2 = 1,
    QUANTA_CUDA_cuArray3DGetDescriptor = 2,
    QUANTA_CUDA_cuArray3DGetDescriptor_v2 = 3,
    QUANTA_CUDA_cuArrayCreate = 4,
    QUANTA_CUDA_cuArrayCreate_v2 = 5,
    QUANTA_CUDA_cuArrayDestroy = 6,
    QUANTA_CUDA_cuArrayGetDescriptor = 7,
    QUANTA_CUDA_cuArrayGetDescriptor_v2 = 8,
    QUANTA_CUDA_cuArrayGetMemoryRequirements = 9,
    QUANTA_CUDA_cuArrayGetPlane = 10,
    QUANTA_CUDA_cuArrayGetSparseProperties = 11,
    QUANTA_CUDA_cuCheckpointProcessCheckpoint = 12,
    QUANTA_CUDA_cuCheckpointProcessGetRestoreThreadId = 13,
    QUANTA_CUDA_cuCheckpointProcessGetState = 14,
    QUANTA_CUDA_cuCheckpointProcessLock = 15,
    QUANTA_CUDA_cuCheckpointProcessRestore = 16,
    QUANTA_CUDA_cuCheckpointProcessUnlock = 17,
    QUANTA_CUDA_cuCoredumpGetAttribute = 18,
    QUANTA_CUDA_cuCoredumpGetAttributeGlobal = 19,
    QUANTA_CUDA_cuCoredumpSetAttribute = 20,
    QUANTA_CUDA_cuCoredumpSetAttributeGlobal = 21,
    QUANTA_CUDA_cuCtxAttach = 22,
    QUANTA_CUDA_cuCtxCreate = 23,
    QUANTA_CUDA_cuCtxCreate_v2 = 24,
    QUANTA_CUDA_cuCtxCreate_v3 = 25,
    QUANTA_CUDA_cuCtxCreate_v4 = 26,
    QUANTA_CUDA_cuCtxDestroy = 27,
    QUANTA_CUDA_cuCtxDestroy_v2 = 28,
    QUANTA_CUDA_cuCtxDetach = 29,
    QUANTA_CUDA_cuCtxDisablePeerAccess = 30,
    QUANTA_CUDA_cuCtxEnablePeerAccess = 31,
    QUANTA_CUDA_cuCtxFromGreenCtx = 32,
    QUANTA_CUDA_cuCtxGetApiVersion = 33,
    QUANTA_CUDA_cuCtxGetCacheConfig = 34,
    QUANTA_CUDA_cuCtxGetCurrent = 35,
    QUANTA_CUDA_cuCtxGetDevResource = 36,
    QUANTA_CUDA_cuCtxGetDevice = 37,
    QUANTA_CUDA_cuCtxGetDevice_v2 = 38,
    QUANTA_CUDA_cuCtxGetExecAffinity = 39,
    QUANTA_CUDA_cuCtxGetFlags = 40,
    QUANTA_CUDA_cuCtxGetId = 41,
    QUANTA_CUDA_cuCtxGetLimit = 42,
    QUANTA_CUDA_cuCtxGetSharedMemConfig = 43,
    QUANTA_CUDA_cuCtxGetStreamPriorityRange = 44,
    QUANTA_CUDA_cuCtxPopCurrent = 45,
    QUANTA_CUDA_cuCtxPopCurrent_v2 = 46,
    QUANTA_CUDA_cuCtxPushCurrent = 47,
    QUANTA_CUDA_cuCtxPushCurrent_v2 = 48,
    QUANTA_CUDA_cuCtxRecordEvent = 49,
    QUANTA_CUDA_cuCtxResetPersistingL2Cache = 50,
    QUANTA_CUDA_cuCtxSetCacheConfig = 51,
    QUANTA_CUDA_cuCtxSetCurrent = 52,
    QUANTA_CUDA_cuCtxSetFlags = 53,
    QUANTA_CUDA_cuCtxSetLimit = 54,
    QUANTA_CUDA_cuCtxSetSharedMemConfig = 55,
    QUANTA_CUDA_cuCtxSynchronize = 56,
    QUANTA_CUDA_cuCtxSynchronize_v2 = 57,
    QUANTA_CUDA_cuCtxWaitEvent = 58,
    QUANTA_CUDA_cuDestroyExternalMemory = 59,
    QUANTA_CUDA_cuDestroyExternalSemaphore = 60,
    QUANTA_CUDA_cuDevResourceGenerateDesc = 61,
    QUANTA_CUDA_cuDevSmResourceSplitByCount = 62,
    QUANTA_CUDA_cuDeviceCanAccessPeer = 63,
    QUANTA_CUDA_cuDeviceComputeCapability = 64,
    QUANTA_CUDA_cuDeviceGet = 65,
    QUANTA_CUDA_cuDeviceGetAttribute = 66,
    QUANTA_CUDA_cuDeviceGetByPCIBusId = 67,
    QUANTA_CUDA_cuDeviceGetCount = 68,
    QUANTA_CUDA_cuDeviceGetDefaultMemPool = 69,
    QUANTA_CUDA_cuDeviceGetDevResource = 70,
    QUANTA_CUDA_cuDeviceGetExecAffinitySupport = 71,
    QUANTA_CUDA_cuDeviceGetGraphMemAttribute = 72,
    QUANTA_CUDA_cuDeviceGetHostAtomicCapabilities = 73,
    QUANTA_CUDA_cuDeviceGetLuid = 74,
    QUANTA_CUDA_cuDeviceGetMemPool = 75,
    QUANTA_CUDA_cuDeviceGetName = 76,
    QUANTA_CUDA_cuDeviceGetNvSciSyncAttributes = 77,
    QUANTA_CUDA_cuDeviceGetP2PAtomicCapabilities = 78,
    QUANTA_CUDA_cuDeviceGetP2PAttribute = 79,
    QUANTA_CUDA_cuDeviceGetPCIBusId = 80,
    QUANTA_CUDA_cuDeviceGetProperties = 81,
    QUANTA_CUDA_cuDeviceGetTexture1DLinearMaxWidth = 82,
    QUANTA_CUDA_cuDeviceGetUuid = 83,
    QUANTA_CUDA_cuDeviceGetUuid_v2 = 84,
    QUANTA_CUDA_cuDeviceGraphMemTrim = 85,
    QUANTA_CUDA_cuDevicePrimaryCtxGetState = 86,
    QUANTA_CUDA_cuDevicePrimaryCtxRelease = 87,
    QUANTA_CUDA_cuDevicePrimaryCtxRelease_v2 = 88,
    QUANTA_CUDA_cuDevicePrimaryCtxReset = 89,
    QUANTA_CUDA_cuDevicePrimaryCtxReset_v2 = 90,
    QUANTA_CUDA_cuDevicePrimaryCtxRetain = 91,
    QUANTA_CUDA_cuDevicePrimaryCtxSetFlags = 92,
    QUANTA_CUDA_cuDevicePrimaryCtxSetFlags_v2 = 93,
    QUANTA_CUDA_cuDeviceRegisterAsyncNotification = 94,
    QUANTA_CUDA_cuDeviceSetGraphMemAttribute = 95,
    QUANTA_CUDA_cuDeviceSetMemPool = 96,
    QUANTA_CUDA_cuDeviceTotalMem = 97,
    QUANTA_CUDA_cuDeviceTotalMem_v2 = 98,
    QUANTA_CUDA_cuDeviceUnregisterAsyncNotification = 99,
    QUANTA_CUDA_cuDriverGetVersion = 100,
    QUANTA_CUDA_cuEGLStreamConsumerAcquireFrame = 101,
    QUANTA_CUDA_cuEGLStreamConsumerConnect = 102,
    QUANTA_CUDA_cuEGLStreamConsumerConnectWithFlags = 103,
    QUANTA_CUDA_cuEGLStreamConsumerDisconnect = 104,
    QUANTA_CUDA_cuEGLStreamConsumerReleaseFrame = 105,
    QUANTA_CUDA_cuEGLStreamProducerConnect = 106,
    QUANTA_CUDA_cuEGLStreamProducerDisconnect = 107,
    QUANTA_CUDA_cuEGLStreamProducerPresentFrame = 108,
    QUANTA_CUDA_cuEGLStreamProducerReturnFrame = 109,
    QUANTA_CUDA_cuEventCreate = 110,
    QUANTA_CUDA_cuEventCreateFromEGLSync = 111,
    QUANTA_CUDA_cuEventDestroy = 112,
    QUANTA_CUDA_cuEventDestroy_v2 = 113,
    QUANTA_CUDA_cuEventElapsedTime = 114,
    QUANTA_CUDA_cuEventElapsedTime_v2 = 115,
    QUANTA_CUDA_cuEventQuery = 116,
    QUANTA_CUDA_cuEventRecord = 117,
    QUANTA_CUDA_cuEventRecord_ptsz = 118,
    QUANTA_CUDA_cuEventRecordWithFlags = 119,
    QUANTA_CUDA_cuEventRecordWithFlags_ptsz = 120,
    QUANTA_CUDA_cuEventSynchronize = 121,
    QUANTA_CUDA_cuExternalMemoryGetMappedBuffer = 122,
    QUANTA_CUDA_cuExternalMemoryGetMappedMipmappedArray = 123,
    QUANTA_CUDA_cuFlushGPUDirectRDMAWrites = 124,
    QUANTA_CUDA_cuFuncGetAttribute = 125,
    QUANTA_CUDA_cuFuncGetModule = 126,
    QUANTA_CUDA_cuFuncGetName = 127,
    QUANTA_CUDA_cuFuncGetParamInfo = 128,
    QUANTA_CUDA_cuFuncIsLoaded = 129,
    QUANTA_CUDA_cuFuncLoad = 130,
    QUANTA_CUDA_cuFuncSetAttribute = 131,
    QUANTA_CUDA_cuFuncSetBlockShape = 132,
    QUANTA_CUDA_cuFuncSetCacheConfig = 133,
    QUANTA_CUDA_cuFuncSetSharedMemConfig = 134,
    QUANTA_CUDA_cuFuncSetSharedSize = 135,
    QUANTA_CUDA_cuGLCtxCreate = 136,
    QUANTA_CUDA_cuGLCtxCreate_v2 = 137,
    QUANTA_CUDA_cuGLGetDevices = 138,
    QUANTA_CUDA_cuGLGetDevices_v2 = 139,
    QUANTA_CUDA_cuGLInit = 140,
    QUANTA_CUDA_cuGLMapBufferObject = 141,
    QUANTA_CUDA_cuGLMapBufferObject_v2 = 142,
    QUANTA_CUDA_cuGLMapBufferObject_v2_ptds = 143,
    QUANTA_CUDA_cuGLMapBufferObjectAsync = 144,
    QUANTA_CUDA_cuGLMapBufferObjectAsync_v2 = 145,
    QUANTA_CUDA_cuGLMapBufferObjectAsync_v2_ptsz = 146,
    QUANTA_CUDA_cuGLRegisterBufferObject = 147,
    QUANTA_CUDA_cuGLSetBufferObjectMapFlags = 148,
    QUANTA_CUDA_cuGLUnmapBufferObject = 149,
    QUANTA_CUDA_cuGLUnmapBufferObjectAsync = 150,
    QUANTA_CUDA_cuGLUnregisterBufferObject = 151,
    QUANTA_CUDA_cuGetErrorName = 152,
    QUANTA_CUDA_cuGetErrorString = 153,
    QUANTA_CUDA_cuGetExportTable = 154,
    QUANTA_CUDA_cuGetProcAddress = 155,
    QUANTA_CUDA_cuGetProcAddress_v2 = 156,
    QUANTA_CUDA_cuGraphAddBatchMemOpNode = 157,
    QUANTA_CUDA_cuGraphAddChildGraphNode = 158,
    QUANTA_CUDA_cuGraphAddDependencies = 159,
    QUANTA_CUDA_cuGraphAddDependencies_v2 = 160,
    QUANTA_CUDA_cuGraphAddEmptyNode = 161,
    QUANTA_CUDA_cuGraphAddEventRecordNode = 162,
    QUANTA_CUDA_cuGraphAddEventWaitNode = 163,
    QUANTA_CUDA_cuGraphAddExternalSemaphoresSignalNode = 164,
    QUANTA_CUDA_cuGraphAddExternalSemaphoresWaitNode = 165,
    QUANTA_CUDA_cuGraphAddHostNode = 166,
    QUANTA_CUDA_cuGraphAddKernelNode = 167,
    QUANTA_CUDA_cuGraphAddKernelNode_v2 = 168,
    QUANTA_CUDA_cuGraphAddMemAllocNode = 169,
    QUANTA_CUDA_cuGraphAddMemFreeNode = 170,
    QUANTA_CUDA_cuGraphAddMemcpyNode = 171,
    QUANTA_CUDA_cuGraphAddMemsetNode = 172,
    QUANTA_CUDA_cuGraphAddNode = 173,
    QUANTA_CUDA_cuGraphAddNode_v2 = 174,
    QUANTA_CUDA_cuGraphBatchMemOpNodeGetParams = 175,
    QUANTA_CUDA_cuGraphBatchMemOpNodeSetParams = 176,
    QUANTA_CUDA_cuGraphChildGraphNodeGetGraph = 177,
    QUANTA_CUDA_cuGraphClone = 178,
    QUANTA_CUDA_cuGraphConditionalHandleCreate = 179,
    QUANTA_CUDA_cuGraphCreate = 180,
    QUANTA_CUDA_cuGraphDebugDotPrint = 181,
    QUANTA_CUDA_cuGraphDestroy = 182,
    QUANTA_CUDA_cuGraphDestroyNode = 183,
    QUANTA_CUDA_cuGraphEventRecordNodeGetEvent = 184,
    QUANTA_CUDA_cuGraphEventRecordNodeSetEvent = 185,
    QUANTA_CUDA_cuGraphEventWaitNodeGetEvent = 186,
    QUANTA_CUDA_cuGraphEventWaitNodeSetEvent = 187,
    QUANTA_CUDA_cuGraphExecBatchMemOpNodeSetParams = 188,
    QUANTA_CUDA_cuGraphExecChildGraphNodeSetParams = 189,
    QUANTA_CUDA_cuGraphExecDestroy = 190,
    QUANTA_CUDA_cuGraphExecEventRecordNodeSetEvent = 191,
    QUANTA_CUDA_cuGraphExecEventWaitNodeSetEvent = 192,
    QUANTA_CUDA_cuGraphExecExternalSemaphoresSignalNodeSetParams = 193,
    QUANTA_CUDA_cuGraphExecExternalSemaphoresWaitNodeSetParams = 194,
    QUANTA_CUDA_cuGraphExecGetFlags = 195,
    QUANTA_CUDA_cuGraphExecHostNodeSetParams = 196,
    QUANTA_CUDA_cuGraphExecKernelNodeSetParams = 197,
    QUANTA_CUDA_cuGraphExecKernelNodeSetParams_v2 = 198,
    QUANTA_CUDA_cuGraphExecMemcpyNodeSetParams = 199,
    QUANTA_CUDA_cuGraphExecMemsetNodeSetParams = 200,
    QUANTA_CUDA_cuGraphExecNodeSetParams = 201,
    QUANTA_CUDA_cuGraphExecUpdate = 202,
    QUANTA_CUDA_cuGraphExecUpdate_v2 = 203,
    QUANTA_CUDA_cuGraphExternalSemaphoresSignalNodeGetParams = 204,
    QUANTA_CUDA_cuGraphExternalSemaphoresSignalNodeSetParams = 205,
    QUANTA_CUDA_cuGraphExternalSemaphoresWaitNodeGetParams = 206,
    QUANTA_CUDA_cuGraphExternalSemaphoresWaitNodeSetParams = 207,
    QUANTA_CUDA_cuGraphGetEdges = 208,
    QUANTA_CUDA_cuGraphGetEdges_v2 = 209,
    QUANTA_CUDA_cuGraphGetNodes = 210,
    QUANTA_CUDA_cuGraphGetRootNodes = 211,
    QUANTA_CUDA_cuGraphHostNodeGetParams = 212,
    QUANTA_CUDA_cuGraphHostNodeSetParams = 213,
    QUANTA_CUDA_cuGraphInstantiate = 214,
    QUANTA_CUDA_cuGraphInstantiate_v2 = 215,
    QUANTA_CUDA_cuGraphInstantiateWithFlags = 216,
    QUANTA_CUDA_cuGraphInstantiateWithParams = 217,
    QUANTA_CUDA_cuGraphInstantiateWithParams_ptsz = 218,
    QUANTA_CUDA_cuGraphKernelNodeCopyAttributes = 219,
    QUANTA_CUDA_cuGraphKernelNodeGetAttribute = 220,
    QUANTA_CUDA_cuGraphKernelNodeGetParams = 221,
    QUANTA_CUDA_cuGraphKernelNodeGetParams_v2 = 222,
    QUANTA_CUDA_cuGraphKernelNodeSetAttribute = 223,
    QUANTA_CUDA_cuGraphKernelNodeSetParams = 224,
    QUANTA_CUDA_cuGraphKernelNodeSetParams_v2 = 225,
    QUANTA_CUDA_cuGraphLaunch = 226,
    QUANTA_CUDA_cuGraphLaunch_ptsz = 227,
    QUANTA_CUDA_cuGraphMemAllocNodeGetParams = 228,
    QUANTA_CUDA_cuGraphMemFreeNodeGetParams = 229,
    QUANTA_CUDA_cuGraphMemcpyNodeGetParams = 230,
    QUANTA_CUDA_cuGraphMemcpyNodeSetParams = 231,
    QUANTA_CUDA_cuGraphMemsetNodeGetParams = 232,
    QUANTA_CUDA_cuGraphMemsetNodeSetParams = 233,
    QUANTA_CUDA_cuGraphNodeFindInClone = 234,
    QUANTA_CUDA_cuGraphNodeGetDependencies = 235,
    QUANTA_CUDA_cuGraphNodeGetDependencies_v2 = 236,
    QUANTA_CUDA_cuGraphNodeGetDependentNodes = 237,
    QUANTA_CUDA_cuGraphNodeGetDependentNodes_v2 = 238,
    QUANTA_CUDA_cuGraphNodeGetEnabled = 239,
    QUANTA_CUDA_cuGraphNodeGetType = 240,
    QUANTA_CUDA_cuGraphNodeSetEnabled = 241,
    QUANTA_CUDA_cuGraphNodeSetParams = 242,
    QUANTA_CUDA_cuGraphReleaseUserObject = 243,
    QUANTA_CUDA_cuGraphRemoveDependencies = 244,
    QUANTA_CUDA_cuGraphRemoveDependencies_v2 = 245,
    QUANTA_CUDA_cuGraphRetainUserObject = 246,
    QUANTA_CUDA_cuGraphUpload = 247,
    QUANTA_CUDA_cuGraphUpload_ptsz = 248,
    QUANTA_CUDA_cuGraphicsEGLRegisterImage = 249,
    QUANTA_CUDA_cuGraphicsGLRegisterBuffer = 250,
    QUANTA_CUDA_cuGraphicsGLRegisterImage = 251,
    QUANTA_CUDA_cuGraphicsMapResources = 252,
    QUANTA_CUDA_cuGraphicsMapResources_ptsz = 253,
    QUANTA_CUDA_cuGraphicsResourceGetMappedEglFrame = 254,
    QUANTA_CUDA_cuGraphicsResourceGetMappedMipmappedArray = 255,
    QUANTA_CUDA_cuGraphicsResourceGetMappedPointer = 256,
    QUANTA_CUDA_cuGraphicsResourceGetMappedPointer_v2 = 257,
    QUANTA_CUDA_cuGraphicsResourceSetMapFlags = 258,
    QUANTA_CUDA_cuGraphicsResourceSetMapFlags_v2 = 259,
    QUANTA_CUDA_cuGraphicsSubResourceGetMappedArray = 260,
    QUANTA_CUDA_cuGraphicsUnmapResources = 261,
    QUANTA_CUDA_cuGraphicsUnmapResources_ptsz = 262,
    QUANTA_CUDA_cuGraphicsUnregisterResource = 263,
    QUANTA_CUDA_cuGraphicsVDPAURegisterOutputSurface = 264,
    QUANTA_CUDA_cuGraphicsVDPAURegisterVideoSurface = 265,
    QUANTA_CUDA_cuGreenCtxCreate = 266,
    QUANTA_CUDA_cuGreenCtxDestroy = 267,
    QUANTA_CUDA_cuGreenCtxGetDevResource = 268,
    QUANTA_CUDA_cuGreenCtxGetId = 269,
    QUANTA_CUDA_cuGreenCtxRecordEvent = 270,
    QUANTA_CUDA_cuGreenCtxStreamCreate = 271,
    QUANTA_CUDA_cuGreenCtxWaitEvent = 272,
    QUANTA_CUDA_cuImportExternalMemory = 273,
    QUANTA_CUDA_cuImportExternalSemaphore = 274,
    QUANTA_CUDA_cuInit = 275,
    QUANTA_CUDA_cuIpcCloseMemHandle = 276,
    QUANTA_CUDA_cuIpcGetEventHandle = 277,
    QUANTA_CUDA_cuIpcGetMemHandle = 278,
    QUANTA_CUDA_cuIpcOpenEventHandle = 279,
    QUANTA_CUDA_cuIpcOpenMemHandle = 280,
    QUANTA_CUDA_cuIpcOpenMemHandle_v2 = 281,
    QUANTA_CUDA_cuKernelGetAttribute = 282,
    QUANTA_CUDA_cuKernelGetFunction = 283,
    QUANTA_CUDA_cuKernelGetLibrary = 284,
    QUANTA_CUDA_cuKernelGetName = 285,
    QUANTA_CUDA_cuKernelGetParamInfo = 286,
    QUANTA_CUDA_cuKernelSetAttribute = 287,
    QUANTA_CUDA_cuKernelSetCacheConfig = 288,
    QUANTA_CUDA_cuLaunch = 289,
    QUANTA_CUDA_cuLaunchCooperativeKernel = 290,
    QUANTA_CUDA_cuLaunchCooperativeKernel_ptsz = 291,
    QUANTA_CUDA_cuLaunchCooperativeKernelMultiDevice = 292,
    QUANTA_CUDA_cuLaunchGrid = 293,
    QUANTA_CUDA_cuLaunchGridAsync = 294,
    QUANTA_CUDA_cuLaunchHostFunc = 295,
    QUANTA_CUDA_cuLaunchHostFunc_ptsz = 296,
    QUANTA_CUDA_cuLaunchKernel = 297,
    QUANTA_CUDA_cuLaunchKernel_ptsz = 298,
    QUANTA_CUDA_cuLaunchKernelEx = 299,
    QUANTA_CUDA_cuLaunchKernelEx_ptsz = 300,
    QUANTA_CUDA_cuLibraryEnumerateKernels = 301,
    QUANTA_CUDA_cuLibraryGetGlobal = 302,
    QUANTA_CUDA_cuLibraryGetKernel = 303,
    QUANTA_CUDA_cuLibraryGetKernelCount = 304,
    QUANTA_CUDA_cuLibraryGetManaged = 305,
    QUANTA_CUDA_cuLibraryGetModule = 306,
    QUANTA_CUDA_cuLibraryGetUnifiedFunction = 307,
    QUANTA_CUDA_cuLibraryLoadData = 308,
    QUANTA_CUDA_cuLibraryLoadFromFile = 309,
    QUANTA_CUDA_cuLibraryUnload = 310,
    QUANTA_CUDA_cuLinkAddData = 311,
    QUANTA_CUDA_cuLinkAddData_v2 = 312,
    QUANTA_CUDA_cuLinkAddFile = 313,
    QUANTA_CUDA_cuLinkAddFile_v2 = 314,
    QUANTA_CUDA_cuLinkComplete = 315,
    QUANTA_CUDA_cuLinkCreate = 316,
    QUANTA_CUDA_cuLinkCreate_v2 = 317,
    QUANTA_CUDA_cuLinkDestroy = 318,
    QUANTA_CUDA_cuLogsCurrent = 319,
    QUANTA_CUDA_cuLogsDumpToFile = 320,
    QUANTA_CUDA_cuLogsDumpToMemory = 321,
    QUANTA_CUDA_cuLogsRegisterCallback = 322,
    QUANTA_CUDA_cuLogsUnregisterCallback = 323,
    QUANTA_CUDA_cuMemAddressFree = 324,
    QUANTA_CUDA_cuMemAddressReserve = 325,
    QUANTA_CUDA_cuMemAdvise = 326,
    QUANTA_CUDA_cuMemAdvise_v2 = 327,
    QUANTA_CUDA_cuMemAlloc = 328,
    QUANTA_CUDA_cuMemAlloc_v2 = 329,
    QUANTA_CUDA_cuMemAllocAsync = 330,
    QUANTA_CUDA_cuMemAllocAsync_ptsz = 331,
    QUANTA_CUDA_cuMemAllocFromPoolAsync = 332,
    QUANTA_CUDA_cuMemAllocFromPoolAsync_ptsz = 333,
    QUANTA_CUDA_cuMemAllocHost = 334,
    QUANTA_CUDA_cuMemAllocHost_v2 = 335,
    QUANTA_CUDA_cuMemAllocManaged = 336,
    QUANTA_CUDA_cuMemAllocPitch = 337,
    QUANTA_CUDA_cuMemAllocPitch_v2 = 338,
    QUANTA_CUDA_cuMemBatchDecompressAsync = 339,
    QUANTA_CUDA_cuMemBatchDecompressAsync_ptsz = 340,
    QUANTA_CUDA_cuMemCreate = 341,
    QUANTA_CUDA_cuMemDiscardAndPrefetchBatchAsync = 342,
    QUANTA_CUDA_cuMemDiscardAndPrefetchBatchAsync_ptsz = 343,
    QUANTA_CUDA_cuMemDiscardBatchAsync = 344,
    QUANTA_CUDA_cuMemDiscardBatchAsync_ptsz = 345,
    QUANTA_CUDA_cuMemExportToShareableHandle = 346,
    QUANTA_CUDA_cuMemFree = 347,
    QUANTA_CUDA_cuMemFree_v2 = 348,
    QUANTA_CUDA_cuMemFreeAsync = 349,
    QUANTA_CUDA_cuMemFreeAsync_ptsz = 350,
    QUANTA_CUDA_cuMemFreeHost = 351,
    QUANTA_CUDA_cuMemGetAccess = 352,
    QUANTA_CUDA_cuMemGetAddressRange = 353,
    QUANTA_CUDA_cuMemGetAddressRange_v2 = 354,
    QUANTA_CUDA_cuMemGetAllocationGranularity = 355,
    QUANTA_CUDA_cuMemGetAllocationPropertiesFromHandle = 356,
    QUANTA_CUDA_cuMemGetDefaultMemPool = 357,
    QUANTA_CUDA_cuMemGetHandleForAddressRange = 358,
    QUANTA_CUDA_cuMemGetInfo = 359,
    QUANTA_CUDA_cuMemGetInfo_v2 = 360,
    QUANTA_CUDA_cuMemGetMemPool = 361,
    QUANTA_CUDA_cuMemHostAlloc = 362,
    QUANTA_CUDA_cuMemHostGetDevicePointer = 363,
    QUANTA_CUDA_cuMemHostGetDevicePointer_v2 = 364,
    QUANTA_CUDA_cuMemHostGetFlags = 365,
    QUANTA_CUDA_cuMemHostRegister = 366,
    QUANTA_CUDA_cuMemHostRegister_v2 = 367,
    QUANTA_CUDA_cuMemHostUnregister = 368,
    QUANTA_CUDA_cuMemImportFromShareableHandle = 369,
    QUANTA_CUDA_cuMemMap = 370,
    QUANTA_CUDA_cuMemMapArrayAsync = 371,
    QUANTA_CUDA_cuMemMapArrayAsync_ptsz = 372,
    QUANTA_CUDA_cuMemPoolCreate = 373,
    QUANTA_CUDA_cuMemPoolDestroy = 374,
    QUANTA_CUDA_cuMemPoolExportPointer = 375,
    QUANTA_CUDA_cuMemPoolExportToShareableHandle = 376,
    QUANTA_CUDA_cuMemPoolGetAccess = 377,
    QUANTA_CUDA_cuMemPoolGetAttribute = 378,
    QUANTA_CUDA_cuMemPoolImportFromShareableHandle = 379,
    QUANTA_CUDA_cuMemPoolImportPointer = 380,
    QUANTA_CUDA_cuMemPoolSetAccess = 381,
    QUANTA_CUDA_cuMemPoolSetAttribute = 382,
    QUANTA_CUDA_cuMemPoolTrimTo = 383,
    QUANTA_CUDA_cuMemPrefetchAsync = 384,
    QUANTA_CUDA_cuMemPrefetchAsync_ptsz = 385,
    QUANTA_CUDA_cuMemPrefetchAsync_v2 = 386,
    QUANTA_CUDA_cuMemPrefetchAsync_v2_ptsz = 387,
    QUANTA_CUDA_cuMemPrefetchBatchAsync = 388,
    QUANTA_CUDA_cuMemPrefetchBatchAsync_ptsz = 389,
    QUANTA_CUDA_cuMemRangeGetAttribute = 390,
    QUANTA_CUDA_cuMemRangeGetAttributes = 391,
    QUANTA_CUDA_cuMemRelease = 392,
    QUANTA_CUDA_cuMemRetainAllocationHandle = 393,
    QUANTA_CUDA_cuMemSetAccess = 394,
    QUANTA_CUDA_cuMemSetMemPool = 395,
    QUANTA_CUDA_cuMemUnmap = 396,
    QUANTA_CUDA_cuMemcpy = 397,
    QUANTA_CUDA_cuMemcpy_ptds = 398,
    QUANTA_CUDA_cuMemcpy2D = 399,
    QUANTA_CUDA_cuMemcpy2D_v2 = 400,
    QUANTA_CUDA_cuMemcpy2D_v2_ptds = 401,
    QUANTA_CUDA_cuMemcpy2DAsync = 402,
    QUANTA_CUDA_cuMemcpy2DAsync_v2 = 403,
    QUANTA_CUDA_cuMemcpy2DAsync_v2_ptsz = 404,
    QUANTA_CUDA_cuMemcpy2DUnaligned = 405,
    QUANTA_CUDA_cuMemcpy2DUnaligned_v2 = 406,
    QUANTA_CUDA_cuMemcpy2DUnaligned_v2_ptds = 407,
    QUANTA_CUDA_cuMemcpy3D = 408,
    QUANTA_CUDA_cuMemcpy3D_v2 = 409,
    QUANTA_CUDA_cuMemcpy3D_v2_ptds = 410,
    QUANTA_CUDA_cuMemcpy3DAsync = 411,
    QUANTA_CUDA_cuMemcpy3DAsync_v2 = 412,
    QUANTA_CUDA_cuMemcpy3DAsync_v2_ptsz = 413,
    QUANTA_CUDA_cuMemcpy3DBatchAsync = 414,
    QUANTA_CUDA_cuMemcpy3DBatchAsync_ptsz = 415,
    QUANTA_CUDA_cuMemcpy3DBatchAsync_v2 = 416,
    QUANTA_CUDA_cuMemcpy3DBatchAsync_v2_ptsz = 417,
    QUANTA_CUDA_cuMemcpy3DPeer = 418,
    QUANTA_CUDA_cuMemcpy3DPeer_ptds = 419,
    QUANTA_CUDA_cuMemcpy3DPeerAsync = 420,
    QUANTA_CUDA_cuMemcpy3DPeerAsync_ptsz = 421,
    QUANTA_CUDA_cuMemcpyAsync = 422,
    QUANTA_CUDA_cuMemcpyAsync_ptsz = 423,
    QUANTA_CUDA_cuMemcpyAtoA = 424,
    QUANTA_CUDA_cuMemcpyAtoA_v2 = 425,
    QUANTA_CUDA_cuMemcpyAtoA_v2_ptds = 426,
    QUANTA_CUDA_cuMemcpyAtoD = 427,
    QUANTA_CUDA_cuMemcpyAtoD_v2 = 428,
    QUANTA_CUDA_cuMemcpyAtoD_v2_ptds = 429,
    QUANTA_CUDA_cuMemcpyAtoH = 430,
    QUANTA_CUDA_cuMemcpyAtoH_v2 = 431,
    QUANTA_CUDA_cuMemcpyAtoH_v2_ptds = 432,
    QUANTA_CUDA_cuMemcpyAtoHAsync = 433,
    QUANTA_CUDA_cuMemcpyAtoHAsync_v2 = 434,
    QUANTA_CUDA_cuMemcpyAtoHAsync_v2_ptsz = 435,
    QUANTA_CUDA_cuMemcpyBatchAsync = 436,
    QUANTA_CUDA_cuMemcpyBatchAsync_ptsz = 437,
    QUANTA_CUDA_cuMemcpyBatchAsync_v2 = 438,
    QUANTA_CUDA_cuMemcpyBatchAsync_v2_ptsz = 439,
    QUANTA_CUDA_cuMemcpyDtoA = 440,
    QUANTA_CUDA_cuMemcpyDtoA_v2 = 441,
    QUANTA_CUDA_cuMemcpyDtoA_v2_ptds = 442,
    QUANTA_CUDA_cuMemcpyDtoD = 443,
    QUANTA_CUDA_cuMemcpyDtoD_v2 = 444,
    QUANTA_CUDA_cuMemcpyDtoD_v2_ptds = 445,
    QUANTA_CUDA_cuMemcpyDtoDAsync = 446,
    QUANTA_CUDA_cuMemcpyDtoDAsync_v2 = 447,
    QUANTA_CUDA_cuMemcpyDtoDAsync_v2_ptsz = 448,
    QUANTA_CUDA_cuMemcpyDtoH = 449,
    QUANTA_CUDA_cuMemcpyDtoH_v2 = 450,
    QUANTA_CUDA_cuMemcpyDtoH_v2_ptds = 451,
    QUANTA_CUDA_cuMemcpyDtoHAsync = 452,
    QUANTA_CUDA_cuMemcpyDtoHAsync_v2 = 453,
    QUANTA_CUDA_cuMemcpyDtoHAsync_v2_ptsz = 454,
    QUANTA_CUDA_cuMemcpyHtoA = 455,
    QUANTA_CUDA_cuMemcpyHtoA_v2 = 456,
    QUANTA_CUDA_cuMemcpyHtoA_v2_ptds = 457,
    QUANTA_CUDA_cuMemcpyHtoAAsync = 458,
    QUANTA_CUDA_cuMemcpyHtoAAsync_v2 = 459,
    QUANTA_CUDA_cuMemcpyHtoAAsync_v2_ptsz = 460,
    QUANTA_CUDA_cuMemcpyHtoD = 461,
    QUANTA_CUDA_cuMemcpyHtoD_v2 = 462,
    QUANTA_CUDA_cuMemcpyHtoD_v2_ptds = 463,
    QUANTA_CUDA_cuMemcpyHtoDAsync = 464,
    QUANTA_CUDA_cuMemcpyHtoDAsync_v2 = 465,
    QUANTA_CUDA_cuMemcpyHtoDAsync_v2_ptsz = 466,
    QUANTA_CUDA_cuMemcpyPeer = 467,
    QUANTA_CUDA_cuMemcpyPeer_ptds = 468,
    QUANTA_CUDA_cuMemcpyPeerAsync = 469,
    QUANTA_CUDA_cuMemcpyPeerAsync_ptsz = 470,
    QUANTA_CUDA_cuMemsetD16 = 471,
    QUANTA_CUDA_cuMemsetD16_v2 = 472,
    QUANTA_CUDA_cuMemsetD16_v2_ptds = 473,
    QUANTA_CUDA_cuMemsetD16Async = 474,
    QUANTA_CUDA_cuMemsetD16Async_ptsz = 475,
    QUANTA_CUDA_cuMemsetD2D16 = 476,
    QUANTA_CUDA_cuMemsetD2D16_v2 = 477,
    QUANTA_CUDA_cuMemsetD2D16_v2_ptds = 478,
    QUANTA_CUDA_cuMemsetD2D16Async = 479,
    QUANTA_CUDA_cuMemsetD2D16Async_ptsz = 480,
    QUANTA_CUDA_cuMemsetD2D32 = 481,
    QUANTA_CUDA_cuMemsetD2D32_v2 = 482,
    QUANTA_CUDA_cuMemsetD2D32_v2_ptds = 483,
    QUANTA_CUDA_cuMemsetD2D32Async = 484,
    QUANTA_CUDA_cuMemsetD2D32Async_ptsz = 485,
    QUANTA_CUDA_cuMemsetD2D8 = 486,
    QUANTA_CUDA_cuMemsetD2D8_v2 = 487,
    QUANTA_CUDA_cuMemsetD2D8_v2_ptds = 488,
    QUANTA_CUDA_cuMemsetD2D8Async = 489,
    QUANTA_CUDA_cuMemsetD2D8Async_ptsz = 490,
    QUANTA_CUDA_cuMemsetD32 = 491,
    QUANTA_CUDA_cuMemsetD32_v2 = 492,
    QUANTA_CUDA_cuMemsetD32_v2_ptds = 493,
    QUANTA_CUDA_cuMemsetD32Async = 494,
    QUANTA_CUDA_cuMemsetD32Async_ptsz = 495,
    QUANTA_CUDA_cuMemsetD8 = 496,
    QUANTA_CUDA_cuMemsetD8_v2 = 497,
    QUANTA_CUDA_cuMemsetD8_v2_ptds = 498,
    QUANTA_CUDA_cuMemsetD8Async = 499,
    QUANTA_CUDA_cuMemsetD8Async_ptsz = 500,
    QUANTA_CUDA_cuMipmappedArrayCreate = 501,
    QUANTA_CUDA_cuMipmappedArrayDestroy = 502,
    QUANTA_CUDA_cuMipmappedArrayGetLevel = 503,
    QUANTA_CUDA_cuMipmappedArrayGetMemoryRequirements = 504,
    QUANTA_CUDA_cuMipmappedArrayGetSparseProperties = 505,
    QUANTA_CUDA_cuModuleEnumerateFunctions = 506,
    QUANTA_CUDA_cuModuleGetFunction = 507,
    QUANTA_CUDA_cuModuleGetFunctionCount = 508,
    QUANTA_CUDA_cuModuleGetGlobal = 509,
    QUANTA_CUDA_cuModuleGetGlobal_v2 = 510,
    QUANTA_CUDA_cuModuleGetLoadingMode = 511,
    QUANTA_CUDA_cuModuleGetSurfRef = 512,
    QUANTA_CUDA_cuModuleGetTexRef = 513,
    QUANTA_CUDA_cuModuleLoad = 514,
    QUANTA_CUDA_cuModuleLoadData = 515,
    QUANTA_CUDA_cuModuleLoadDataEx = 516,
    QUANTA_CUDA_cuModuleLoadFatBinary = 517,
    QUANTA_CUDA_cuModuleUnload = 518,
    QUANTA_CUDA_cuMulticastAddDevice = 519,
    QUANTA_CUDA_cuMulticastBindAddr = 520,
    QUANTA_CUDA_cuMulticastBindMem = 521,
    QUANTA_CUDA_cuMulticastCreate = 522,
    QUANTA_CUDA_cuMulticastGetGranularity = 523,
    QUANTA_CUDA_cuMulticastUnbind = 524,
    QUANTA_CUDA_cuOccupancyAvailableDynamicSMemPerBlock = 525,
    QUANTA_CUDA_cuOccupancyMaxActiveBlocksPerMultiprocessor = 526,
    QUANTA_CUDA_cuOccupancyMaxActiveBlocksPerMultiprocessorWithFlags = 527,
    QUANTA_CUDA_cuOccupancyMaxActiveClusters = 528,
    QUANTA_CUDA_cuOccupancyMaxPotentialBlockSize = 529,
    QUANTA_CUDA_cuOccupancyMaxPotentialBlockSizeWithFlags = 530,
    QUANTA_CUDA_cuOccupancyMaxPotentialClusterSize = 531,
    QUANTA_CUDA_cuParamSetSize = 532,
    QUANTA_CUDA_cuParamSetTexRef = 533,
    QUANTA_CUDA_cuParamSetf = 534,
    QUANTA_CUDA_cuParamSeti = 535,
    QUANTA_CUDA_cuParamSetv = 536,
    QUANTA_CUDA_cuPointerGetAttribute = 537,
    QUANTA_CUDA_cuPointerGetAttributes = 538,
    QUANTA_CUDA_cuPointerSetAttribute = 539,
    QUANTA_CUDA_cuProfilerInitialize = 540,
    QUANTA_CUDA_cuProfilerStart = 541,
    QUANTA_CUDA_cuProfilerStop = 542,
    QUANTA_CUDA_cuSignalExternalSemaphoresAsync = 543,
    QUANTA_CUDA_cuSignalExternalSemaphoresAsync_ptsz = 544,
    QUANTA_CUDA_cuStreamAddCallback = 545,
    QUANTA_CUDA_cuStreamAddCallback_ptsz = 546,
    QUANTA_CUDA_cuStreamAttachMemAsync = 547,
    QUANTA_CUDA_cuStreamAttachMemAsync_ptsz = 548,
    QUANTA_CUDA_cuStreamBatchMemOp = 549,
    QUANTA_CUDA_cuStreamBatchMemOp_ptsz = 550,
    QUANTA_CUDA_cuStreamBatchMemOp_v2 = 551,
    QUANTA_CUDA_cuStreamBatchMemOp_v2_ptsz = 552,
    QUANTA_CUDA_cuStreamBeginCapture = 553,
    QUANTA_CUDA_cuStreamBeginCapture_ptsz = 554,
    QUANTA_CUDA_cuStreamBeginCapture_v2 = 555,
    QUANTA_CUDA_cuStreamBeginCapture_v2_ptsz = 556,
    QUANTA_CUDA_cuStreamBeginCaptureToGraph = 557,
    QUANTA_CUDA_cuStreamBeginCaptureToGraph_ptsz = 558,
    QUANTA_CUDA_cuStreamCopyAttributes = 559,
    QUANTA_CUDA_cuStreamCopyAttributes_ptsz = 560,
    QUANTA_CUDA_cuStreamCreate = 561,
    QUANTA_CUDA_cuStreamCreateWithPriority = 562,
    QUANTA_CUDA_cuStreamDestroy = 563,
    QUANTA_CUDA_cuStreamDestroy_v2 = 564,
    QUANTA_CUDA_cuStreamEndCapture = 565,
    QUANTA_CUDA_cuStreamEndCapture_ptsz = 566,
    QUANTA_CUDA_cuStreamGetAttribute = 567,
    QUANTA_CUDA_cuStreamGetAttribute_ptsz = 568,
    QUANTA_CUDA_cuStreamGetCaptureInfo = 569,
    QUANTA_CUDA_cuStreamGetCaptureInfo_ptsz = 570,
    QUANTA_CUDA_cuStreamGetCaptureInfo_v2 = 571,
    QUANTA_CUDA_cuStreamGetCaptureInfo_v2_ptsz = 572,
    QUANTA_CUDA_cuStreamGetCaptureInfo_v3 = 573,
    QUANTA_CUDA_cuStreamGetCaptureInfo_v3_ptsz = 574,
    QUANTA_CUDA_cuStreamGetCtx = 575,
    QUANTA_CUDA_cuStreamGetCtx_ptsz = 576,
    QUANTA_CUDA_cuStreamGetCtx_v2 = 577,
    QUANTA_CUDA_cuStreamGetCtx_v2_ptsz = 578,
    QUANTA_CUDA_cuStreamGetDevice = 579,
    QUANTA_CUDA_cuStreamGetDevice_ptsz = 580,
    QUANTA_CUDA_cuStreamGetFlags = 581,
    QUANTA_CUDA_cuStreamGetFlags_ptsz = 582,
    QUANTA_CUDA_cuStreamGetGreenCtx = 583,
    QUANTA_CUDA_cuStreamGetId = 584,
    QUANTA_CUDA_cuStreamGetId_ptsz = 585,
    QUANTA_CUDA_cuStreamGetPriority = 586,
    QUANTA_CUDA_cuStreamGetPriority_ptsz = 587,
    QUANTA_CUDA_cuStreamIsCapturing = 588,
    QUANTA_CUDA_cuStreamIsCapturing_ptsz = 589,
    QUANTA_CUDA_cuStreamQuery = 590,
    QUANTA_CUDA_cuStreamQuery_ptsz = 591,
    QUANTA_CUDA_cuStreamSetAttribute = 592,
    QUANTA_CUDA_cuStreamSetAttribute_ptsz = 593,
    QUANTA_CUDA_cuStreamSynchronize = 594,
    QUANTA_CUDA_cuStreamSynchronize_ptsz = 595,
    QUANTA_CUDA_cuStreamUpdateCaptureDependencies = 596,
    QUANTA_CUDA_cuStreamUpdateCaptureDependencies_ptsz = 597,
    QUANTA_CUDA_cuStreamUpdateCaptureDependencies_v2 = 598,
    QUANTA_CUDA_cuStreamUpdateCaptureDependencies_v2_ptsz = 599,
    QUANTA_CUDA_cuStreamWaitEvent = 600,
    QUANTA_CUDA_cuStreamWaitEvent_ptsz = 601,
    QUANTA_CUDA_cuStreamWaitValue32 = 602,
    QUANTA_CUDA_cuStreamWaitValue32_ptsz = 603,
    QUANTA_CUDA_cuStreamWaitValue32_v2 = 604,
    QUANTA_CUDA_cuStreamWaitValue32_v2_ptsz = 605,
    QUANTA_CUDA_cuStreamWaitValue64 = 606,
    QUANTA_CUDA_cuStreamWaitValue64_ptsz = 607,
    QUANTA_CUDA_cuStreamWaitValue64_v2 = 608,
    QUANTA_CUDA_cuStreamWaitValue64_v2_ptsz = 609,
    QUANTA_CUDA_cuStreamWriteValue32 = 610,
    QUANTA_CUDA_cuStreamWriteValue32_ptsz = 611,
    QUANTA_CUDA_cuStreamWriteValue32_v2 = 612,
    QUANTA_CUDA_cuStreamWriteValue32_v2_ptsz = 613,
    QUANTA_CUDA_cuStreamWriteValue64 = 614,
    QUANTA_CUDA_cuStreamWriteValue64_ptsz = 615,
    QUANTA_CUDA_cuStreamWriteValue64_v2 = 616,
    QUANTA_CUDA_cuStreamWriteValue64_v2_ptsz = 617,
    QUANTA_CUDA_cuSurfObjectCreate = 618,
    QUANTA_CUDA_cuSurfObjectDestroy = 619,
    QUANTA_CUDA_cuSurfObjectGetResourceDesc = 620,
    QUANTA_CUDA_cuSurfRefGetArray = 621,
    QUANTA_CUDA_cuSurfRefSetArray = 622,
    QUANTA_CUDA_cuTensorMapEncodeIm2col = 623,
    QUANTA_CUDA_cuTensorMapEncodeIm2colWide = 624,
    QUANTA_CUDA_cuTensorMapEncodeTiled = 625,
    QUANTA_CUDA_cuTensorMapReplaceAddress = 626,
    QUANTA_CUDA_cuTexObjectCreate = 627,
    QUANTA_CUDA_cuTexObjectDestroy = 628,
    QUANTA_CUDA_cuTexObjectGetResourceDesc = 629,
    QUANTA_CUDA_cuTexObjectGetResourceViewDesc = 630,
    QUANTA_CUDA_cuTexObjectGetTextureDesc = 631,
    QUANTA_CUDA_cuTexRefCreate = 632,
    QUANTA_CUDA_cuTexRefDestroy = 633,
    QUANTA_CUDA_cuTexRefGetAddress = 634,
    QUANTA_CUDA_cuTexRefGetAddress_v2 = 635,
    QUANTA_CUDA_cuTexRefGetAddressMode = 636,
    QUANTA_CUDA_cuTexRefGetArray = 637,
    QUANTA_CUDA_cuTexRefGetBorderColor = 638,
    QUANTA_CUDA_cuTexRefGetFilterMode = 639,
    QUANTA_CUDA_cuTexRefGetFlags = 640,
    QUANTA_CUDA_cuTexRefGetFormat = 641,
    QUANTA_CUDA_cuTexRefGetMaxAnisotropy = 642,
    QUANTA_CUDA_cuTexRefGetMipmapFilterMode = 643,
    QUANTA_CUDA_cuTexRefGetMipmapLevelBias = 644,
    QUANTA_CUDA_cuTexRefGetMipmapLevelClamp = 645,
    QUANTA_CUDA_cuTexRefGetMipmappedArray = 646,
    QUANTA_CUDA_cuTexRefSetAddress = 647,
    QUANTA_CUDA_cuTexRefSetAddress_v2 = 648,
    QUANTA_CUDA_cuTexRefSetAddress2D = 649,
    QUANTA_CUDA_cuTexRefSetAddress2D_v2 = 650,
    QUANTA_CUDA_cuTexRefSetAddress2D_v3 = 651,
    QUANTA_CUDA_cuTexRefSetAddressMode = 652,
    QUANTA_CUDA_cuTexRefSetArray = 653,
    QUANTA_CUDA_cuTexRefSetBorderColor = 654,
    QUANTA_CUDA_cuTexRefSetFilterMode = 655,
    QUANTA_CUDA_cuTexRefSetFlags = 656,
    QUANTA_CUDA_cuTexRefSetFormat = 657,
    QUANTA_CUDA_cuTexRefSetMaxAnisotropy = 658,
    QUANTA_CUDA_cuTexRefSetMipmapFilterMode = 659,
    QUANTA_CUDA_cuTexRefSetMipmapLevelBias = 660,
    QUANTA_CUDA_cuTexRefSetMipmapLevelClamp = 661,
    QUANTA_CUDA_cuTexRefSetMipmappedArray = 662,
    QUANTA_CUDA_cuThreadExchangeStreamCaptureMode = 663,
    QUANTA_CUDA_cuUserObjectCreate = 664,
    QUANTA_CUDA_cuUserObjectRelease = 665,
    QUANTA_CUDA_cuUserObjectRetain = 666,
    QUANTA_CUDA_cuVDPAUCtxCreate = 667,
    QUANTA_CUDA_cuVDPAUCtxCreate_v2 = 668,
    QUANTA_CUDA_cuVDPAUGetDevice = 669,
    QUANTA_CUDA_cuWaitExternalSemaphoresAsync = 670,
    QUANTA_CUDA_cuWaitExternalSemaphoresAsync_ptsz = 671,
};

/* Every symbol, exported with default visibility wherever it is defined. */
#pragma GCC visibility push(default)
CUresult cuArray3DCreate(CUarray *pHandle, const CUDA_ARRAY3D_DESCRIPTOR_v1 *pAllocateArray);
CUresult cuArray3DCreate_v2(CUarray *pHandle, const CUDA_ARRAY3D_DESCRIPTOR *pAllocateArray);
CUresult cuArray3DGetDescriptor(CUDA_ARRAY3D_DESCRIPTOR_v1 *pArrayDescriptor, CUarray hArray);
CUresult cuArray3DGetDescriptor_v2(CUDA_ARRAY3D_DESCRIPTOR *pArrayDescriptor, CUarray hArray);
CUresult cuArrayCreate(CUarray *pHandle, const CUDA_ARRAY_DESCRIPTOR_v1 *pAllocateArray);
CUresult cuArrayCreate_v2(CUarray *pHandle, const CUDA_ARRAY_DESCRIPTOR *pAllocateArray);
CUresult cuArrayDestroy(CUarray hArray);
CUresult cuArrayGetDescriptor(CUDA_ARRAY_DESCRIPTOR_v1 *pArrayDescriptor, CUarray hArray);
CUresult cuArrayGetDescriptor_v2(CUDA_ARRAY_DESCRIPTOR *pArrayDescriptor, CUarray hArray);
CUresult cuArrayGetMemoryRequirements(CUDA_ARRAY_MEMORY_REQUIREMENTS *memoryRequirements, CUarray array, CUdevice device);
CUresult cuArrayGetPlane(CUarray *pPlaneArray, CUarray hArray, unsigned int planeIdx);
CUresult cuArrayGetSparseProperties(CUDA_ARRAY_SPARSE_PROPERTIES *sparseProperties, CUarray array);
CUresult cuCheckpointProcessCheckpoint(int pid, CUcheckpointCheckpointArgs *args);
CUresult cuCheckpointProcessGetRestoreThreadId(int pid, int *tid);
CUresult cuCheckpointProcessGetState(int pid, CUprocessState *state);
CUresult cuCheckpointProcessLock(int pid, CUcheckpointLockArgs *args);
CUresult cuCheckpointProcessRestore(int pid, CUcheckpointRestoreArgs *args);
CUresult cuCheckpointProcessUnlock(int pid, CUcheckpointUnlockArgs *args);
CUresult cuCoredumpGetAttribute(CUcoredumpSettings attrib, void *value, size_t *size);
CUresult cuCoredumpGetAttributeGlobal(CUcoredumpSettings attrib, void *value, size_t *size);
CUresult cuCoredumpSetAttribute(CUcoredumpSettings attrib, void *value, size_t *size);
CUresult cuCoredumpSetAttributeGlobal(CUcoredumpSettings attrib, void *value, size_t *size);
CUresult cuCtxAttach(CUcontext *pctx, unsigned int flags);
CUresult cuCtxCreate(CUcontext *pctx, unsigned int flags, CUdevice dev);
CUresult cuCtxCreate_v2(CUcontext *pctx, unsigned int flags, CUdevice dev);
CUresult cuCtxCreate_v3(CUcontext *pctx, CUexecAffinityParam *paramsArray, int numParams, unsigned int flags, CUdevice dev);
CUresult cuCtxCreate_v4(CUcontext *pctx, CUctxCreateParams *ctxCreateParams, unsigned int flags, CUdevice dev);
CUresult cuCtxDestroy(CUcontext ctx);
CUresult cuCtxDestroy_v2(CUcontext ctx);
CUresult cuCtxDetach(CUcontext ctx);
CUresult cuCtxDisablePeerAccess(CUcontext peerContext);
CUresult cuCtxEnablePeerAccess(CUcontext peerContext, unsigned int Flags);
CUresult cuCtxFromGreenCtx(CUcontext *pContext, CUgreenCtx hCtx);
CUresult cuCtxGetApiVersion(CUcontext ctx, unsigned int *version);
CUresult cuCtxGetCacheConfig(CUfunc_cache *pconfig);
CUresult cuCtxGetCurrent(CUcontext *pctx);
CUresult cuCtxGetDevResource(CUcontext hCtx, CUdevResource *resource, CUdevResourceType type);
CUresult cuCtxGetDevice(CUdevice *device);
CUresult cuCtxGetDevice_v2(CUdevice *device, CUcontext ctx);
CUresult cuCtxGetExecAffinity(CUexecAffinityParam *pExecAffinity, CUexecAffinityType type);
CUresult cuCtxGetFlags(unsigned int *flags);
CUresult cuCtxGetId(CUcontext ctx, unsigned long long *ctxId);
CUresult cuCtxGetLimit(size_t *pvalue, CUlimit limit);
CUresult cuCtxGetSharedMemConfig(CUsharedconfig *pConfig);
CUresult cuCtxGetStreamPriorityRange(int *leastPriority, int *greatestPriority);
CUresult cuCtxPopCurrent(CUcontext *pctx);
CUresult cuCtxPopCurrent_v2(CUcontext *pctx);
CUresult cuCtxPushCurrent(CUcontext ctx);
CUresult cuCtxPushCurrent_v2(CUcontext ctx);
CUresult cuCtxRecordEvent(CUcontext hCtx, CUevent hEvent);
CUresult cuCtxResetPersistingL2Cache(void);
CUresult cuCtxSetCacheConfig(CUfunc_cache config);
CUresult cuCtxSetCurrent(CUcontext ctx);
CUresult cuCtxSetFlags(unsigned int flags);
CUresult cuCtxSetLimit(CUlimit limit, size_t value);
CUresult cuCtxSetSharedMemConfig(CUsharedconfig config);
CUresult cuCtxSynchronize(void);
CUresult cuCtxSynchronize_v2(CUcontext ctx);
CUresult cuCtxWaitEvent(CUcontext hCtx, CUevent hEvent);
CUresult cuDestroyExternalMemory(CUexternalMemory extMem);
CUresult cuDestroyExternalSemaphore(CUexternalSemaphore extSem);
CUresult cuDevResourceGenerateDesc(CUdevResourceDesc *phDesc, CUdevResource *resources, unsigned int nbResources);
CUresult cuDevSmResourceSplitByCount(CUdevResource *result, unsigned int *nbGroups, const CUdevResource *input, CUdevResource *remaining, unsigned int useFlags, unsigned int minCount);
CUresult cuDeviceCanAccessPeer(int *canAccessPeer, CUdevice dev, CUdevice peerDev);
CUresult cuDeviceComputeCapability(int *major, int *minor, CUdevice dev);
CUresult cuDeviceGet(CUdevice *device, int ordinal);
CUresult cuDeviceGetAttribute(int *pi, CUdevice_attribute attrib, CUdevice dev);
CUresult cuDeviceGetByPCIBusId(CUdevice *dev, const char *pciBusId);
CUresult cuDeviceGetCount(int *count);
CUresult cuDeviceGetDefaultMemPool(CUmemoryPool *pool_out, CUdevice dev);
CUresult cuDeviceGetDevResource(CUdevice device, CUdevResource *resource, CUdevResourceType type);
CUresult cuDeviceGetExecAffinitySupport(int *pi, CUexecAffinityType type, CUdevice dev);
CUresult cuDeviceGetGraphMemAttribute(CUdevice device, CUgraphMem_attribute attr, void *value);
CUresult cuDeviceGetHostAtomicCapabilities(unsigned int *capabilities, const CUatomicOperation *operations, unsigned int count, CUdevice dev);
CUresult cuDeviceGetLuid(char *luid, unsigned int *deviceNodeMask, CUdevice dev);
CUresult cuDeviceGetMemPool(CUmemoryPool *pool, CUdevice dev);
CUresult cuDeviceGetName(char *name, int len, CUdevice dev);
CUresult cuDeviceGetNvSciSyncAttributes(void *nvSciSyncAttrList, CUdevice dev, int flags);
CUresult cuDeviceGetP2PAtomicCapabilities(unsigned int *capabilities, const CUatomicOperation *operations, unsigned int count, CUdevice srcDevice, CUdevice dstDevice);
CUresult cuDeviceGetP2PAttribute(int *value, CUdevice_P2PAttribute attrib, CUdevice srcDevice, CUdevice dstDevice);
CUresult cuDeviceGetPCIBusId(char *pciBusId, int len, CUdevice dev);
CUresult cuDeviceGetProperties(CUdevprop *prop, CUdevice dev);
CUresult cuDeviceGetTexture1DLinearMaxWidth(size_t *maxWidthInElements, CUarray_format format, unsigned numChannels, CUdevice dev);
CUresult cuDeviceGetUuid(CUuuid *uuid, CUdevice dev);
CUresult cuDeviceGetUuid_v2(CUuuid *uuid, CUdevice dev);
CUresult cuDeviceGraphMemTrim(CUdevice device);
CUresult cuDevicePrimaryCtxGetState(CUdevice dev, unsigned int *flags, int *active);
CUresult cuDevicePrimaryCtxRelease(CUdevice dev);
CUresult cuDevicePrimaryCtxRelease_v2(CUdevice dev);
CUresult cuDevicePrimaryCtxReset(CUdevice dev);
CUresult cuDevicePrimaryCtxReset_v2(CUdevice dev);
CUresult cuDevicePrimaryCtxRetain(CUcontext *pctx, CUdevice dev);
CUresult cuDevicePrimaryCtxSetFlags(CUdevice dev, unsigned int flags);
CUresult cuDevicePrimaryCtxSetFlags_v2(CUdevice dev, unsigned int flags);
CUresult cuDeviceRegisterAsyncNotification(CUdevice device, CUasyncCallback callbackFunc, void *userData, CUasyncCallbackHandle *callback);
CUresult cuDeviceSetGraphMemAttribute(CUdevice device, CUgraphMem_attribute attr, void *value);
CUresult cuDeviceSetMemPool(CUdevice dev, CUmemoryPool pool);
CUresult cuDeviceTotalMem(unsigned int *bytes, CUdevice dev);
CUresult cuDeviceTotalMem_v2(size_t *bytes, CUdevice dev);
CUresult cuDeviceUnregisterAsyncNotification(CUdevice device, CUasyncCallbackHandle callback);
CUresult cuDriverGetVersion(int *driverVersion);
CUresult cuEGLStreamConsumerAcquireFrame(CUeglStreamConnection *conn, CUgraphicsResource *pCudaResource, CUstream *pStream, unsigned int timeout);
CUresult cuEGLStreamConsumerConnect(CUeglStreamConnection *conn, EGLStreamKHR stream);
CUresult cuEGLStreamConsumerConnectWithFlags(CUeglStreamConnection *conn, EGLStreamKHR stream, unsigned int flags);
CUresult cuEGLStreamConsumerDisconnect(CUeglStreamConnection *conn);
CUresult cuEGLStreamConsumerReleaseFrame(CUeglStreamConnection *conn, CUgraphicsResource pCudaResource, CUstream *pStream);
CUresult cuEGLStreamProducerConnect(CUeglStreamConnection *conn, EGLStreamKHR stream, EGLint width, EGLint height);
CUresult cuEGLStreamProducerDisconnect(CUeglStreamConnection *conn);
CUresult cuEGLStreamProducerPresentFrame(CUeglStreamConnection *conn, CUeglFrame eglframe, CUstream *pStream);
CUresult cuEGLStreamProducerReturnFrame(CUeglStreamConnection *conn, CUeglFrame *eglframe, CUstream *pStream);
CUresult cuEventCreate(CUevent *phEvent, unsigned int Flags);
CUresult cuEventCreateFromEGLSync(CUevent *phEvent, EGLSyncKHR eglSync, unsigned int flags);
CUresult cuEventDestroy(CUevent hEvent);
CUresult cuEventDestroy_v2(CUevent hEvent);
CUresult cuEventElapsedTime(float *pMilliseconds, CUevent hStart, CUevent hEnd);
CUresult cuEventElapsedTime_v2(float *pMilliseconds, CUevent hStart, CUevent hEnd);
CUresult cuEventQuery(CUevent hEvent);
CUresult cuEventRecord(CUevent hEvent, CUstream hStream);
CUresult cuEventRecord_ptsz(CUevent hEvent, CUstream hStream);
CUresult cuEventRecordWithFlags(CUevent hEvent, CUstream hStream, unsigned int flags);
CUresult cuEventRecordWithFlags_ptsz(CUevent hEvent, CUstream hStream, unsigned int flags);
CUresult cuEventSynchronize(CUevent hEvent);
CUresult cuExternalMemoryGetMappedBuffer(CUdeviceptr *devPtr, CUexternalMemory extMem, const CUDA_EXTERNAL_MEMORY_BUFFER_DESC *bufferDesc);
CUresult cuExternalMemoryGetMappedMipmappedArray(CUmipmappedArray *mipmap, CUexternalMemory extMem, const CUDA_EXTERNAL_MEMORY_MIPMAPPED_ARRAY_DESC *mipmapDesc);
CUresult cuFlushGPUDirectRDMAWrites(CUflushGPUDirectRDMAWritesTarget target, CUflushGPUDirectRDMAWritesScope scope);
CUresult cuFuncGetAttribute(int *pi, CUfunction_attribute attrib, CUfunction hfunc);
CUresult cuFuncGetModule(CUmodule *hmod, CUfunction hfunc);
CUresult cuFuncGetName(const char **name, CUfunction hfunc);
CUresult cuFuncGetParamInfo(CUfunction func, size_t paramIndex, size_t *paramOffset, size_t *paramSize);
CUresult cuFuncIsLoaded(CUfunctionLoadingState *state, CUfunction function);
CUresult cuFuncLoad(CUfunction function);
CUresult cuFuncSetAttribute(CUfunction hfunc, CUfunction_attribute attrib, int value);
CUresult cuFuncSetBlockShape(CUfunction hfunc, int x, int y, int z);
CUresult cuFuncSetCacheConfig(CUfunction hfunc, CUfunc_cache config);
CUresult cuFuncSetSharedMemConfig(CUfunction hfunc, CUsharedconfig config);
CUresult cuFuncSetSharedSize(CUfunction hfunc, unsigned int bytes);
CUresult cuGLCtxCreate(CUcontext *pCtx, unsigned int Flags, CUdevice device);
CUresult cuGLCtxCreate_v2(CUcontext *pCtx, unsigned int Flags, CUdevice device);
CUresult cuGLGetDevices(unsigned int *pCudaDeviceCount, CUdevice *pCudaDevices, unsigned int cudaDeviceCount, CUGLDeviceList deviceList);
CUresult cuGLGetDevices_v2(unsigned int *pCudaDeviceCount, CUdevice *pCudaDevices, unsigned int cudaDeviceCount, CUGLDeviceList deviceList);
CUresult cuGLInit(void);
CUresult cuGLMapBufferObject(CUdeviceptr_v1 *dptr, unsigned int *size, GLuint buffer);
CUresult cuGLMapBufferObject_v2(CUdeviceptr *dptr, size_t *size, GLuint buffer);
CUresult cuGLMapBufferObject_v2_ptds(CUdeviceptr *dptr, size_t *size, GLuint buffer);
CUresult cuGLMapBufferObjectAsync(CUdeviceptr_v1 *dptr, unsigned int *size, GLuint buffer, CUstream hStream);
CUresult cuGLMapBufferObjectAsync_v2(CUdeviceptr *dptr, size_t *size, GLuint buffer, CUstream hStream);
CUresult cuGLMapBufferObjectAsync_v2_ptsz(CUdeviceptr *dptr, size_t *size, GLuint buffer, CUstream hStream);
CUresult cuGLRegisterBufferObject(GLuint buffer);
CUresult cuGLSetBufferObjectMapFlags(GLuint buffer, unsigned int Flags);
CUresult cuGLUnmapBufferObject(GLuint buffer);
CUresult cuGLUnmapBufferObjectAsync(GLuint buffer, CUstream hStream);
CUresult cuGLUnregisterBufferObject(GLuint buffer);
CUresult cuGetErrorName(CUresult error, const char **pStr);
CUresult cuGetErrorString(CUresult error, const char **pStr);
CUresult cuGetExportTable(const void **ppExportTable, const CUuuid *pExportTableId);
CUresult cuGetProcAddress(const char *symbol, void **pfn, int cudaVersion, cuuint64_t flags);
CUresult cuGetProcAddress_v2(const char *symbol, void **pfn, int cudaVersion, cuuint64_t flags, CUdriverProcAddressQueryResult *symbolStatus);
CUresult cuGraphAddBatchMemOpNode(CUgraphNode *phGraphNode, CUgraph hGraph, const CUgraphNode *dependencies, size_t numDependencies, const CUDA_BATCH_MEM_OP_NODE_PARAMS *nodeParams);
CUresult cuGraphAddChildGraphNode(CUgraphNode *phGraphNode, CUgraph hGraph, const CUgraphNode *dependencies, size_t numDependencies, CUgraph childGraph);
CUresult cuGraphAddDependencies(CUgraph hGraph, const CUgraphNode *from, const CUgraphNode *to, size_t numDependencies);
CUresult cuGraphAddDependencies_v2(CUgraph hGraph, const CUgraphNode *from, const CUgraphNode *to, const CUgraphEdgeData *edgeData, size_t numDependencies);
CUresult cuGraphAddEmptyNode(CUgraphNode *phGraphNode, CUgraph hGraph, const CUgraphNode *dependencies, size_t numDependencies);
CUresult cuGraphAddEventRecordNode(CUgraphNode *phGraphNode, CUgraph hGraph, const CUgraphNode *dependencies, size_t numDependencies, CUevent event);
CUresult cuGraphAddEventWaitNode(CUgraphNode *phGraphNode, CUgraph hGraph, const CUgraphNode *dependencies, size_t numDependencies, CUevent event);
CUresult cuGraphAddExternalSemaphoresSignalNode(CUgraphNode *phGraphNode, CUgraph hGraph, const CUgraphNode *dependencies, size_t numDependencies, const CUDA_EXT_SEM_SIGNAL_NODE_PARAMS *nodeParams);
CUresult cuGraphAddExternalSemaphoresWaitNode(CUgraphNode *phGraphNode, CUgraph hGraph, const CUgraphNode *dependencies, size_t numDependencies, const CUDA_EXT_SEM_WAIT_NODE_PARAMS *nodeParams);
CUresult cuGraphAddHostNode(CUgraphNode *phGraphNode, CUgraph hGraph, const CUgraphNode *dependencies, size_t numDependencies, const CUDA_HOST_NODE_PARAMS *nodeParams);
CUresult cuGraphAddKernelNode(CUgraphNode *phGraphNode, CUgraph hGraph, const CUgraphNode *dependencies, size_t numDependencies, const CUDA_KERNEL_NODE_PARAMS_v1 *nodeParams);
CUresult cuGraphAddKernelNode_v2(CUgraphNode *phGraphNode, CUgraph hGraph, const CUgraphNode *dependencies, size_t numDependencies, const CUDA_KERNEL_NODE_PARAMS *nodeParams);
CUresult cuGraphAddMemAllocNode(CUgraphNode *phGraphNode, CUgraph hGraph, const CUgraphNode *dependencies, size_t numDependencies, CUDA_MEM_ALLOC_NODE_PARAMS *nodeParams);
CUresult cuGraphAddMemFreeNode(CUgraphNode *phGraphNode, CUgraph hGraph, const CUgraphNode *dependencies, size_t numDependencies, CUdeviceptr dptr);
CUresult cuGraphAddMemcpyNode(CUgraphNode *phGraphNode, CUgraph hGraph, const CUgraphNode *dependencies, size_t numDependencies, const CUDA_MEMCPY3D *copyParams, CUcontext ctx);
CUresult cuGraphAddMemsetNode(CUgraphNode *phGraphNode, CUgraph hGraph, const CUgraphNode *dependencies, size_t numDependencies, const CUDA_MEMSET_NODE_PARAMS *memsetParams, CUcontext ctx);
CUresult cuGraphAddNode(CUgraphNode *phGraphNode, CUgraph hGraph, const CUgraphNode *dependencies, size_t numDependencies, CUgraphNodeParams *nodeParams);
CUresult cuGraphAddNode_v2(CUgraphNode *phGraphNode, CUgraph hGraph, const CUgraphNode *dependencies, const CUgraphEdgeData *dependencyData, size_t numDependencies, CUgraphNodeParams *nodeParams);
CUresult cuGraphBatchMemOpNodeGetParams(CUgraphNode hNode, CUDA_BATCH_MEM_OP_NODE_PARAMS *nodeParams_out);
CUresult cuGraphBatchMemOpNodeSetParams(CUgraphNode hNode, const CUDA_BATCH_MEM_OP_NODE_PARAMS *nodeParams);
CUresult cuGraphChildGraphNodeGetGraph(CUgraphNode hNode, CUgraph *phGraph);
CUresult cuGraphClone(CUgraph *phGraphClone, CUgraph originalGraph);
CUresult cuGraphConditionalHandleCreate(CUgraphConditionalHandle *pHandle_out, CUgraph hGraph, CUcontext ctx, unsigned int defaultLaunchValue, unsigned int flags);
CUresult cuGraphCreate(CUgraph *phGraph, unsigned int flags);
CUresult cuGraphDebugDotPrint(CUgraph hGraph, const char *path, unsigned int flags);
CUresult cuGraphDestroy(CUgraph hGraph);
CUresult cuGraphDestroyNode(CUgraphNode hNode);
CUresult cuGraphEventRecordNodeGetEvent(CUgraphNode hNode, CUevent *event_out);
CUresult cuGraphEventRecordNodeSetEvent(CUgraphNode hNode, CUevent event);
CUresult cuGraphEventWaitNodeGetEvent(CUgraphNode hNode, CUevent *event_out);
CUresult cuGraphEventWaitNodeSetEvent(CUgraphNode hNode, CUevent event);
CUresult cuGraphExecBatchMemOpNodeSetParams(CUgraphExec hGraphExec, CUgraphNode hNode, const CUDA_BATCH_MEM_OP_NODE_PARAMS *nodeParams);
CUresult cuGraphExecChildGraphNodeSetParams(CUgraphExec hGraphExec, CUgraphNode hNode, CUgraph childGraph);
CUresult cuGraphExecDestroy(CUgraphExec hGraphExec);
CUresult cuGraphExecEventRecordNodeSetEvent(CUgraphExec hGraphExec, CUgraphNode hNode, CUevent event);
CUresult cuGraphExecEventWaitNodeSetEvent(CUgraphExec hGraphExec, CUgraphNode hNode, CUevent event);
CUresult cuGraphExecExternalSemaphoresSignalNodeSetParams(CUgraphExec hGraphExec, CUgraphNode hNode, const CUDA_EXT_SEM_SIGNAL_NODE_PARAMS *nodeParams);
CUresult cuGraphExecExternalSemaphoresWaitNodeSetParams(CUgraphExec hGraphExec, CUgraphNode hNode, const CUDA_EXT_SEM_WAIT_NODE_PARAMS *nodeParams);
CUresult cuGraphExecGetFlags(CUgraphExec hGraphExec, cuuint64_t *flags);
CUresult cuGraphExecHostNodeSetParams(CUgraphExec hGraphExec, CUgraphNode hNode, const CUDA_HOST_NODE_PARAMS *nodeParams);
CUresult cuGraphExecKernelNodeSetParams(CUgraphExec hGraphExec, CUgraphNode hNode, const CUDA_KERNEL_NODE_PARAMS_v1 *nodeParams);
CUresult cuGraphExecKernelNodeSetParams_v2(CUgraphExec hGraphExec, CUgraphNode hNode, const CUDA_KERNEL_NODE_PARAMS *nodeParams);
CUresult cuGraphExecMemcpyNodeSetParams(CUgraphExec hGraphExec, CUgraphNode hNode, const CUDA_MEMCPY3D *copyParams, CUcontext ctx);
CUresult cuGraphExecMemsetNodeSetParams(CUgraphExec hGraphExec, CUgraphNode hNode, const CUDA_MEMSET_NODE_PARAMS *memsetParams, CUcontext ctx);
CUresult cuGraphExecNodeSetParams(CUgraphExec hGraphExec, CUgraphNode hNode, CUgraphNodeParams *nodeParams);
CUresult cuGraphExecUpdate(CUgraphExec hGraphExec, CUgraph hGraph, CUgraphNode *hErrorNode_out, CUgraphExecUpdateResult *updateResult_out);
CUresult cuGraphExecUpdate_v2(CUgraphExec hGraphExec, CUgraph hGraph, CUgraphExecUpdateResultInfo *resultInfo);
CUresult cuGraphExternalSemaphoresSignalNodeGetParams(CUgraphNode hNode, CUDA_EXT_SEM_SIGNAL_NODE_PARAMS *params_out);
CUresult cuGraphExternalSemaphoresSignalNodeSetParams(CUgraphNode hNode, const CUDA_EXT_SEM_SIGNAL_NODE_PARAMS *nodeParams);
CUresult cuGraphExternalSemaphoresWaitNodeGetParams(CUgraphNode hNode, CUDA_EXT_SEM_WAIT_NODE_PARAMS *params_out);
CUresult cuGraphExternalSemaphoresWaitNodeSetParams(CUgraphNode hNode, const CUDA_EXT_SEM_WAIT_NODE_PARAMS *nodeParams);
CUresult cuGraphGetEdges(CUgraph hGraph, CUgraphNode *from, CUgraphNode *to, size_t *numEdges);
CUresult cuGraphGetEdges_v2(CUgraph hGraph, CUgraphNode *from, CUgraphNode *to, CUgraphEdgeData *edgeData, size_t *numEdges);
CUresult cuGraphGetNodes(CUgraph hGraph, CUgraphNode *nodes, size_t *numNodes);
CUresult cuGraphGetRootNodes(CUgraph hGraph, CUgraphNode *rootNodes, size_t *numRootNodes);
CUresult cuGraphHostNodeGetParams(CUgraphNode hNode, CUDA_HOST_NODE_PARAMS *nodeParams);
CUresult cuGraphHostNodeSetParams(CUgraphNode hNode, const CUDA_HOST_NODE_PARAMS *nodeParams);
CUresult cuGraphInstantiate(CUgraphExec *phGraphExec, CUgraph hGraph, CUgraphNode *phErrorNode, char *logBuffer, size_t bufferSize);
CUresult cuGraphInstantiate_v2(CUgraphExec *phGraphExec, CUgraph hGraph, CUgraphNode *phErrorNode, char *logBuffer, size_t bufferSize);
CUresult cuGraphInstantiateWithFlags(CUgraphExec *phGraphExec, CUgraph hGraph, unsigned long long flags);
CUresult cuGraphInstantiateWithParams(CUgraphExec *phGraphExec, CUgraph hGraph, CUDA_GRAPH_INSTANTIATE_PARAMS *instantiateParams);
CUresult cuGraphInstantiateWithParams_ptsz(CUgraphExec *phGraphExec, CUgraph hGraph, CUDA_GRAPH_INSTANTIATE_PARAMS *instantiateParams);
CUresult cuGraphKernelNodeCopyAttributes(CUgraphNode dst, CUgraphNode src);
CUresult cuGraphKernelNodeGetAttribute(CUgraphNode hNode, CUkernelNodeAttrID attr, CUkernelNodeAttrValue *value_out);
CUresult cuGraphKernelNodeGetParams(CUgraphNode hNode, CUDA_KERNEL_NODE_PARAMS_v1 *nodeParams);
CUresult cuGraphKernelNodeGetParams_v2(CUgraphNode hNode, CUDA_KERNEL_NODE_PARAMS *nodeParams);
CUresult cuGraphKernelNodeSetAttribute(CUgraphNode hNode, CUkernelNodeAttrID attr, const CUkernelNodeAttrValue *value);
CUresult cuGraphKernelNodeSetParams(CUgraphNode hNode, const CUDA_KERNEL_NODE_PARAMS_v1 *nodeParams);
CUresult cuGraphKernelNodeSetParams_v2(CUgraphNode hNode, const CUDA_KERNEL_NODE_PARAMS *nodeParams);
CUresult cuGraphLaunch(CUgraphExec hGraphExec, CUstream hStream);
CUresult cuGraphLaunch_ptsz(CUgraphExec hGraphExec, CUstream hStream);
CUresult cuGraphMemAllocNodeGetParams(CUgraphNode hNode, CUDA_MEM_ALLOC_NODE_PARAMS *params_out);
CUresult cuGraphMemFreeNodeGetParams(CUgraphNode hNode, CUdeviceptr *dptr_out);
CUresult cuGraphMemcpyNodeGetParams(CUgraphNode hNode, CUDA_MEMCPY3D *nodeParams);
CUresult cuGraphMemcpyNodeSetParams(CUgraphNode hNode, const CUDA_MEMCPY3D *nodeParams);
CUresult cuGraphMemsetNodeGetParams(CUgraphNode hNode, CUDA_MEMSET_NODE_PARAMS *nodeParams);
CUresult cuGraphMemsetNodeSetParams(CUgraphNode hNode, const CUDA_MEMSET_NODE_PARAMS *nodeParams);
CUresult cuGraphNodeFindInClone(CUgraphNode *phNode, CUgraphNode hOriginalNode, CUgraph hClonedGraph);
CUresult cuGraphNodeGetDependencies(CUgraphNode hNode, CUgraphNode *dependencies, size_t *numDependencies);
CUresult cuGraphNodeGetDependencies_v2(CUgraphNode hNode, CUgraphNode *dependencies, CUgraphEdgeData *edgeData, size_t *numDependencies);
CUresult cuGraphNodeGetDependentNodes(CUgraphNode hNode, CUgraphNode *dependentNodes, size_t *numDependentNodes);
CUresult cuGraphNodeGetDependentNodes_v2(CUgraphNode hNode, CUgraphNode *dependentNodes, CUgraphEdgeData *edgeData, size_t *numDependentNodes);
CUresult cuGraphNodeGetEnabled(CUgraphExec hGraphExec, CUgraphNode hNode, unsigned int *isEnabled);
CUresult cuGraphNodeGetType(CUgraphNode hNode, CUgraphNodeType *type);
CUresult cuGraphNodeSetEnabled(CUgraphExec hGraphExec, CUgraphNode hNode, unsigned int isEnabled);
CUresult cuGraphNodeSetParams(CUgraphNode hNode, CUgraphNodeParams *nodeParams);
CUresult cuGraphReleaseUserObject(CUgraph graph, CUuserObject object, unsigned int count);
CUresult cuGraphRemoveDependencies(CUgraph hGraph, const CUgraphNode *from, const CUgraphNode *to, size_t numDependencies);
CUresult cuGraphRemoveDependencies_v2(CUgraph hGraph, const CUgraphNode *from, const CUgraphNode *to, const CUgraphEdgeData *edgeData, size_t numDependencies);
CUresult cuGraphRetainUserObject(CUgraph graph, CUuserObject object, unsigned int count, unsigned int flags);
CUresult cuGraphUpload(CUgraphExec hGraphExec, CUstream hStream);
CUresult cuGraphUpload_ptsz(CUgraphExec hGraphExec, CUstream hStream);
CUresult cuGraphicsEGLRegisterImage(CUgraphicsResource *pCudaResource, EGLImageKHR image, unsigned int flags);
CUresult cuGraphicsGLRegisterBuffer(CUgraphicsResource *pCudaResource, GLuint buffer, unsigned int Flags);
CUresult cuGraphicsGLRegisterImage(CUgraphicsResource *pCudaResource, GLuint image, GLenum target, unsigned int Flags);
CUresult cuGraphicsMapResources(unsigned int count, CUgraphicsResource *resources, CUstream hStream);
CUresult cuGraphicsMapResources_ptsz(unsigned int count, CUgraphicsResource *resources, CUstream hStream);
CUresult cuGraphicsResourceGetMappedEglFrame(CUeglFrame *eglFrame, CUgraphicsResource resource, unsigned int index, unsigned int mipLevel);
CUresult cuGraphicsResourceGetMappedMipmappedArray(CUmipmappedArray *pMipmappedArray, CUgraphicsResource resource);
CUresult cuGraphicsResourceGetMappedPointer(CUdeviceptr_v1 *pDevPtr, unsigned int *pSize, CUgraphicsResource resource);
CUresult cuGraphicsResourceGetMappedPointer_v2(CUdeviceptr *pDevPtr, size_t *pSize, CUgraphicsResource resource);
CUresult cuGraphicsResourceSetMapFlags(CUgraphicsResource resource, unsigned int flags);
CUresult cuGraphicsResourceSetMapFlags_v2(CUgraphicsResource resource, unsigned int flags);
CUresult cuGraphicsSubResourceGetMappedArray(CUarray *pArray, CUgraphicsResource resource, unsigned int arrayIndex, unsigned int mipLevel);
CUresult cuGraphicsUnmapResources(unsigned int count, CUgraphicsResource *resources, CUstream hStream);
CUresult cuGraphicsUnmapResources_ptsz(unsigned int count, CUgraphicsResource *resources, CUstream hStream);
CUresult cuGraphicsUnregisterResource(CUgraphicsResource resource);
CUresult cuGraphicsVDPAURegisterOutputSurface(CUgraphicsResource *pCudaResource, VdpOutputSurface vdpSurface, unsigned int flags);
CUresult cuGraphicsVDPAURegisterVideoSurface(CUgraphicsResource *pCudaResource, VdpVideoSurface vdpSurface, unsigned int flags);
CUresult cuGreenCtxCreate(CUgreenCtx *phCtx, CUdevResourceDesc desc, CUdevice dev, unsigned int flags);
CUresult cuGreenCtxDestroy(CUgreenCtx hCtx);
CUresult cuGreenCtxGetDevResource(CUgreenCtx hCtx, CUdevResource *resource, CUdevResourceType type);
CUresult cuGreenCtxGetId(CUgreenCtx greenCtx, unsigned long long *greenCtxId);
CUresult cuGreenCtxRecordEvent(CUgreenCtx hCtx, CUevent hEvent);
CUresult cuGreenCtxStreamCreate(CUstream *phStream, CUgreenCtx greenCtx, unsigned int flags, int priority);
CUresult cuGreenCtxWaitEvent(CUgreenCtx hCtx, CUevent hEvent);
CUresult cuImportExternalMemory(CUexternalMemory *extMem_out, const CUDA_EXTERNAL_MEMORY_HANDLE_DESC *memHandleDesc);
CUresult cuImportExternalSemaphore(CUexternalSemaphore *extSem_out, const CUDA_EXTERNAL_SEMAPHORE_HANDLE_DESC *semHandleDesc);
CUresult cuInit(unsigned int Flags);
CUresult cuIpcCloseMemHandle(CUdeviceptr dptr);
CUresult cuIpcGetEventHandle(CUipcEventHandle *pHandle, CUevent event);
CUresult cuIpcGetMemHandle(CUipcMemHandle *pHandle, CUdeviceptr dptr);
CUresult cuIpcOpenEventHandle(CUevent *phEvent, CUipcEventHandle handle);
CUresult cuIpcOpenMemHandle(CUdeviceptr *pdptr, CUipcMemHandle handle, unsigned int Flags);
CUresult cuIpcOpenMemHandle_v2(CUdeviceptr *pdptr, CUipcMemHandle handle, unsigned int Flags);
CUresult cuKernelGetAttribute(int *pi, CUfunction_attribute attrib, CUkernel kernel, CUdevice dev);
CUresult cuKernelGetFunction(CUfunction *pFunc, CUkernel kernel);
CUresult cuKernelGetLibrary(CUlibrary *pLib, CUkernel kernel);
CUresult cuKernelGetName(const char **name, CUkernel hfunc);
CUresult cuKernelGetParamInfo(CUkernel kernel, size_t paramIndex, size_t *paramOffset, size_t *paramSize);
CUresult cuKernelSetAttribute(CUfunction_attribute attrib, int val, CUkernel kernel, CUdevice dev);
CUresult cuKernelSetCacheConfig(CUkernel kernel, CUfunc_cache config, CUdevice dev);
CUresult cuLaunch(CUfunction f);
CUresult cuLaunchCooperativeKernel(CUfunction f, unsigned int gridDimX, unsigned int gridDimY, unsigned int gridDimZ, unsigned int blockDimX, unsigned int blockDimY, unsigned int blockDimZ, unsigned int sharedMemBytes, CUstream hStream, void **kernelParams);
CUresult cuLaunchCooperativeKernel_ptsz(CUfunction f, unsigned int gridDimX, unsigned int gridDimY, unsigned int gridDimZ, unsigned int blockDimX, unsigned int blockDimY, unsigned int blockDimZ, unsigned int sharedMemBytes, CUstream hStream, void **kernelParams);
CUresult cuLaunchCooperativeKernelMultiDevice(CUDA_LAUNCH_PARAMS *launchParamsList, unsigned int numDevices, unsigned int flags);
CUresult cuLaunchGrid(CUfunction f, int grid_width, int grid_height);
CUresult cuLaunchGridAsync(CUfunction f, int grid_width, int grid_height, CUstream hStream);
CUresult cuLaunchHostFunc(CUstream hStream, CUhostFn fn, void *userData);
CUresult cuLaunchHostFunc_ptsz(CUstream hStream, CUhostFn fn, void *userData);
CUresult cuLaunchKernel(CUfunction f, unsigned int gridDimX, unsigned int gridDimY, unsigned int gridDimZ, unsigned int blockDimX, unsigned int blockDimY, unsigned int blockDimZ, unsigned int sharedMemBytes, CUstream hStream, void **kernelParams, void **extra);
CUresult cuLaunchKernel_ptsz(CUfunction f, unsigned int gridDimX, unsigned int gridDimY, unsigned int gridDimZ, unsigned int blockDimX, unsigned int blockDimY, unsigned int blockDimZ, unsigned int sharedMemBytes, CUstream hStream, void **kernelParams, void **extra);
CUresult cuLaunchKernelEx(const CUlaunchConfig *config, CUfunction f, void **kernelParams, void **extra);
CUresult cuLaunchKernelEx_ptsz(const CUlaunchConfig *config, CUfunction f, void **kernelParams, void **extra);
CUresult cuLibraryEnumerateKernels(CUkernel *kernels, unsigned int numKernels, CUlibrary lib);
CUresult cuLibraryGetGlobal(CUdeviceptr *dptr, size_t *bytes, CUlibrary library, const char *name);
CUresult cuLibraryGetKernel(CUkernel *pKernel, CUlibrary library, const char *name);
CUresult cuLibraryGetKernelCount(unsigned int *count, CUlibrary lib);
CUresult cuLibraryGetManaged(CUdeviceptr *dptr, size_t *bytes, CUlibrary library, const char *name);
CUresult cuLibraryGetModule(CUmodule *pMod, CUlibrary library);
CUresult cuLibraryGetUnifiedFunction(void **fptr, CUlibrary library, const char *symbol);
CUresult cuLibraryLoadData(CUlibrary *library, const void *code, CUjit_option *jitOptions, void **jitOptionsValues, unsigned int numJitOptions, CUlibraryOption *libraryOptions, void **libraryOptionValues, unsigned int numLibraryOptions);
CUresult cuLibraryLoadFromFile(CUlibrary *library, const char *fileName, CUjit_option *jitOptions, void **jitOptionsValues, unsigned int numJitOptions, CUlibraryOption *libraryOptions, void **libraryOptionValues, unsigned int numLibraryOptions);
CUresult cuLibraryUnload(CUlibrary library);
CUresult cuLinkAddData(CUlinkState state, CUjitInputType type, void *data, size_t size, const char *name, unsigned int numOptions, CUjit_option *options, void **optionValues);
CUresult cuLinkAddData_v2(CUlinkState state, CUjitInputType type, void *data, size_t size, const char *name, unsigned int numOptions, CUjit_option *options, void **optionValues);
CUresult cuLinkAddFile(CUlinkState state, CUjitInputType type, const char *path, unsigned int numOptions, CUjit_option *options, void **optionValues);
CUresult cuLinkAddFile_v2(CUlinkState state, CUjitInputType type, const char *path, unsigned int numOptions, CUjit_option *options, void **optionValues);
CUresult cuLinkComplete(CUlinkState state, void **cubinOut, size_t *sizeOut);
CUresult cuLinkCreate(unsigned int numOptions, CUjit_option *options, void **optionValues, CUlinkState *stateOut);
CUresult cuLinkCreate_v2(unsigned int numOptions, CUjit_option *options, void **optionValues, CUlinkState *stateOut);
CUresult cuLinkDestroy(CUlinkState state);
CUresult cuLogsCurrent(CUlogIterator *iterator_out, unsigned int flags);
CUresult cuLogsDumpToFile(CUlogIterator *iterator, const char *pathToFile, unsigned int flags);
CUresult cuLogsDumpToMemory(CUlogIterator *iterator, char *buffer, size_t *size, unsigned int flags);
CUresult cuLogsRegisterCallback(CUlogsCallback callbackFunc, void *userData, CUlogsCallbackHandle *callback_out);
CUresult cuLogsUnregisterCallback(CUlogsCallbackHandle callback);
CUresult cuMemAddressFree(CUdeviceptr ptr, size_t size);
CUresult cuMemAddressReserve(CUdeviceptr *ptr, size_t size, size_t alignment, CUdeviceptr addr, unsigned long long flags);
CUresult cuMemAdvise(CUdeviceptr devPtr, size_t count, CUmem_advise advice, CUdevice device);
CUresult cuMemAdvise_v2(CUdeviceptr devPtr, size_t count, CUmem_advise advice, CUmemLocation location);
CUresult cuMemAlloc(CUdeviceptr_v1 *dptr, unsigned int bytesize);
CUresult cuMemAlloc_v2(CUdeviceptr *dptr, size_t bytesize);
CUresult cuMemAllocAsync(CUdeviceptr *dptr, size_t bytesize, CUstream hStream);
CUresult cuMemAllocAsync_ptsz(CUdeviceptr *dptr, size_t bytesize, CUstream hStream);
CUresult cuMemAllocFromPoolAsync(CUdeviceptr *dptr, size_t bytesize, CUmemoryPool pool, CUstream hStream);
CUresult cuMemAllocFromPoolAsync_ptsz(CUdeviceptr *dptr, size_t bytesize, CUmemoryPool pool, CUstream hStream);
CUresult cuMemAllocHost(void **pp, unsigned int bytesize);
CUresult cuMemAllocHost_v2(void **pp, size_t bytesize);
CUresult cuMemAllocManaged(CUdeviceptr *dptr, size_t bytesize, unsigned int flags);
CUresult cuMemAllocPitch(CUdeviceptr_v1 *dptr, unsigned int *pPitch, unsigned int WidthInBytes, unsigned int Height, unsigned int ElementSizeBytes);
CUresult cuMemAllocPitch_v2(CUdeviceptr *dptr, size_t *pPitch, size_t WidthInBytes, size_t Height, unsigned int ElementSizeBytes);
CUresult cuMemBatchDecompressAsync(CUmemDecompressParams *paramsArray, size_t count, unsigned int flags, size_t *errorIndex, CUstream stream);
CUresult cuMemBatchDecompressAsync_ptsz(CUmemDecompressParams *paramsArray, size_t count, unsigned int flags, size_t *errorIndex, CUstream stream);
CUresult cuMemCreate(CUmemGenericAllocationHandle *handle, size_t size, const CUmemAllocationProp *prop, unsigned long long flags);
CUresult cuMemDiscardAndPrefetchBatchAsync(CUdeviceptr *dptrs, size_t *sizes, size_t count, CUmemLocation *prefetchLocs, size_t *prefetchLocIdxs, size_t numPrefetchLocs, unsigned long long flags, CUstream hStream);
CUresult cuMemDiscardAndPrefetchBatchAsync_ptsz(CUdeviceptr *dptrs, size_t *sizes, size_t count, CUmemLocation *prefetchLocs, size_t *prefetchLocIdxs, size_t numPrefetchLocs, unsigned long long flags, CUstream hStream);
CUresult cuMemDiscardBatchAsync(CUdeviceptr *dptrs, size_t *sizes, size_t count, unsigned long long flags, CUstream hStream);
CUresult cuMemDiscardBatchAsync_ptsz(CUdeviceptr *dptrs, size_t *sizes, size_t count, unsigned long long flags, CUstream hStream);
CUresult cuMemExportToShareableHandle(void *shareableHandle, CUmemGenericAllocationHandle handle, CUmemAllocationHandleType handleType, unsigned long long flags);
CUresult cuMemFree(CUdeviceptr_v1 dptr);
CUresult cuMemFree_v2(CUdeviceptr dptr);
CUresult cuMemFreeAsync(CUdeviceptr dptr, CUstream hStream);
CUresult cuMemFreeAsync_ptsz(CUdeviceptr dptr, CUstream hStream);
CUresult cuMemFreeHost(void *p);
CUresult cuMemGetAccess(unsigned long long *flags, const CUmemLocation *location, CUdeviceptr ptr);
CUresult cuMemGetAddressRange(CUdeviceptr_v1 *pbase, unsigned int *psize, CUdeviceptr_v1 dptr);
CUresult cuMemGetAddressRange_v2(CUdeviceptr *pbase, size_t *psize, CUdeviceptr dptr);
CUresult cuMemGetAllocationGranularity(size_t *granularity, const CUmemAllocationProp *prop, CUmemAllocationGranularity_flags option);
CUresult cuMemGetAllocationPropertiesFromHandle(CUmemAllocationProp *prop, CUmemGenericAllocationHandle handle);
CUresult cuMemGetDefaultMemPool(CUmemoryPool *pool_out, CUmemLocation *location, CUmemAllocationType type);
CUresult cuMemGetHandleForAddressRange(void *handle, CUdeviceptr dptr, size_t size, CUmemRangeHandleType handleType, unsigned long long flags);
CUresult cuMemGetInfo(unsigned int *free, unsigned int *total);
CUresult cuMemGetInfo_v2(size_t *free, size_t *total);
CUresult cuMemGetMemPool(CUmemoryPool *pool, CUmemLocation *location, CUmemAllocationType type);
CUresult cuMemHostAlloc(void **pp, size_t bytesize, unsigned int Flags);
CUresult cuMemHostGetDevicePointer(CUdeviceptr_v1 *pdptr, void *p, unsigned int Flags);
CUresult cuMemHostGetDevicePointer_v2(CUdeviceptr *pdptr, void *p, unsigned int Flags);
CUresult cuMemHostGetFlags(unsigned int *pFlags, void *p);
CUresult cuMemHostRegister(void *p, size_t bytesize, unsigned int Flags);
CUresult cuMemHostRegister_v2(void *p, size_t bytesize, unsigned int Flags);
CUresult cuMemHostUnregister(void *p);
CUresult cuMemImportFromShareableHandle(CUmemGenericAllocationHandle *handle, void *osHandle, CUmemAllocationHandleType shHandleType);
CUresult cuMemMap(CUdeviceptr ptr, size_t size, size_t offset, CUmemGenericAllocationHandle handle, unsigned long long flags);
CUresult cuMemMapArrayAsync(CUarrayMapInfo *mapInfoList, unsigned int count, CUstream hStream);
CUresult cuMemMapArrayAsync_ptsz(CUarrayMapInfo *mapInfoList, unsigned int count, CUstream hStream);
CUresult cuMemPoolCreate(CUmemoryPool *pool, const CUmemPoolProps *poolProps);
CUresult cuMemPoolDestroy(CUmemoryPool pool);
CUresult cuMemPoolExportPointer(CUmemPoolPtrExportData *shareData_out, CUdeviceptr ptr);
CUresult cuMemPoolExportToShareableHandle(void *handle_out, CUmemoryPool pool, CUmemAllocationHandleType handleType, unsigned long long flags);
CUresult cuMemPoolGetAccess(CUmemAccess_flags *flags, CUmemoryPool memPool, CUmemLocation *location);
CUresult cuMemPoolGetAttribute(CUmemoryPool pool, CUmemPool_attribute attr, void *value);
CUresult cuMemPoolImportFromShareableHandle(CUmemoryPool *pool_out, void *handle, CUmemAllocationHandleType handleType, unsigned long long flags);
CUresult cuMemPoolImportPointer(CUdeviceptr *ptr_out, CUmemoryPool pool, CUmemPoolPtrExportData *shareData);
CUresult cuMemPoolSetAccess(CUmemoryPool pool, const CUmemAccessDesc *map, size_t count);
CUresult cuMemPoolSetAttribute(CUmemoryPool pool, CUmemPool_attribute attr, void *value);
CUresult cuMemPoolTrimTo(CUmemoryPool pool, size_t minBytesToKeep);
CUresult cuMemPrefetchAsync(CUdeviceptr devPtr, size_t count, CUdevice dstDevice, CUstream hStream);
CUresult cuMemPrefetchAsync_ptsz(CUdeviceptr devPtr, size_t count, CUdevice dstDevice, CUstream hStream);
CUresult cuMemPrefetchAsync_v2(CUdeviceptr devPtr, size_t count, CUmemLocation location, unsigned int flags, CUstream hStream);
CUresult cuMemPrefetchAsync_v2_ptsz(CUdeviceptr devPtr, size_t count, CUmemLocation location, unsigned int flags, CUstream hStream);
CUresult cuMemPrefetchBatchAsync(CUdeviceptr *dptrs, size_t *sizes, size_t count, CUmemLocation *prefetchLocs, size_t *prefetchLocIdxs, size_t numPrefetchLocs, unsigned long long flags, CUstream hStream);
CUresult cuMemPrefetchBatchAsync_ptsz(CUdeviceptr *dptrs, size_t *sizes, size_t count, CUmemLocation *prefetchLocs, size_t *prefetchLocIdxs, size_t numPrefetchLocs, unsigned long long flags, CUstream hStream);
CUresult cuMemRangeGetAttribute(void *data, size_t dataSize, CUmem_range_attribute attribute, CUdeviceptr devPtr, size_t count);
CUresult cuMemRangeGetAttributes(void **data, size_t *dataSizes, CUmem_range_attribute *attributes, size_t numAttributes, CUdeviceptr devPtr, size_t count);
CUresult cuMemRelease(CUmemGenericAllocationHandle handle);
CUresult cuMemRetainAllocationHandle(CUmemGenericAllocationHandle *handle, void *addr);
CUresult cuMemSetAccess(CUdeviceptr ptr, size_t size, const CUmemAccessDesc *desc, size_t count);
CUresult cuMemSetMemPool(CUmemLocation *location, CUmemAllocationType type, CUmemoryPool pool);
CUresult cuMemUnmap(CUdeviceptr ptr, size_t size);
CUresult cuMemcpy(CUdeviceptr dst, CUdeviceptr src, size_t ByteCount);
CUresult cuMemcpy_ptds(CUdeviceptr dst, CUdeviceptr src, size_t ByteCount);
CUresult cuMemcpy2D(const CUDA_MEMCPY2D_v1 *pCopy);
CUresult cuMemcpy2D_v2(const CUDA_MEMCPY2D *pCopy);
CUresult cuMemcpy2D_v2_ptds(const CUDA_MEMCPY2D *pCopy);
CUresult cuMemcpy2DAsync(const CUDA_MEMCPY2D_v1 *pCopy, CUstream hStream);
CUresult cuMemcpy2DAsync_v2(const CUDA_MEMCPY2D *pCopy, CUstream hStream);
CUresult cuMemcpy2DAsync_v2_ptsz(const CUDA_MEMCPY2D *pCopy, CUstream hStream);
CUresult cuMemcpy2DUnaligned(const CUDA_MEMCPY2D_v1 *pCopy);
CUresult cuMemcpy2DUnaligned_v2(const CUDA_MEMCPY2D *pCopy);
CUresult cuMemcpy2DUnaligned_v2_ptds(const CUDA_MEMCPY2D *pCopy);
CUresult cuMemcpy3D(const CUDA_MEMCPY3D_v1 *pCopy);
CUresult cuMemcpy3D_v2(const CUDA_MEMCPY3D *pCopy);
CUresult cuMemcpy3D_v2_ptds(const CUDA_MEMCPY3D *pCopy);
CUresult cuMemcpy3DAsync(const CUDA_MEMCPY3D_v1 *pCopy, CUstream hStream);
CUresult cuMemcpy3DAsync_v2(const CUDA_MEMCPY3D *pCopy, CUstream hStream);
CUresult cuMemcpy3DAsync_v2_ptsz(const CUDA_MEMCPY3D *pCopy, CUstream hStream);
CUresult cuMemcpy3DBatchAsync(size_t numOps, CUDA_MEMCPY3D_BATCH_OP *opList, size_t *failIdx, unsigned long long flags, CUstream hStream);
CUresult cuMemcpy3DBatchAsync_ptsz(size_t numOps, CUDA_MEMCPY3D_BATCH_OP *opList, size_t *failIdx, unsigned long long flags, CUstream hStream);
CUresult cuMemcpy3DBatchAsync_v2(size_t numOps, CUDA_MEMCPY3D_BATCH_OP *opList, unsigned long long flags, CUstream hStream);
CUresult cuMemcpy3DBatchAsync_v2_ptsz(size_t numOps, CUDA_MEMCPY3D_BATCH_OP *opList, unsigned long long flags, CUstream hStream);
CUresult cuMemcpy3DPeer(const CUDA_MEMCPY3D_PEER *pCopy);
CUresult cuMemcpy3DPeer_ptds(const CUDA_MEMCPY3D_PEER *pCopy);
CUresult cuMemcpy3DPeerAsync(const CUDA_MEMCPY3D_PEER *pCopy, CUstream hStream);
CUresult cuMemcpy3DPeerAsync_ptsz(const CUDA_MEMCPY3D_PEER *pCopy, CUstream hStream);
CUresult cuMemcpyAsync(CUdeviceptr dst, CUdeviceptr src, size_t ByteCount, CUstream hStream);
CUresult cuMemcpyAsync_ptsz(CUdeviceptr dst, CUdeviceptr src, size_t ByteCount, CUstream hStream);
CUresult cuMemcpyAtoA(CUarray dstArray, unsigned int dstOffset, CUarray srcArray, unsigned int srcOffset, unsigned int ByteCount);
CUresult cuMemcpyAtoA_v2(CUarray dstArray, size_t dstOffset, CUarray srcArray, size_t srcOffset, size_t ByteCount);
CUresult cuMemcpyAtoA_v2_ptds(CUarray dstArray, size_t dstOffset, CUarray srcArray, size_t srcOffset, size_t ByteCount);
CUresult cuMemcpyAtoD(CUdeviceptr_v1 dstDevice, CUarray srcArray, unsigned int srcOffset, unsigned int ByteCount);
CUresult cuMemcpyAtoD_v2(CUdeviceptr dstDevice, CUarray srcArray, size_t srcOffset, size_t ByteCount);
CUresult cuMemcpyAtoD_v2_ptds(CUdeviceptr dstDevice, CUarray srcArray, size_t srcOffset, size_t ByteCount);
CUresult cuMemcpyAtoH(void *dstHost, CUarray srcArray, unsigned int srcOffset, unsigned int ByteCount);
CUresult cuMemcpyAtoH_v2(void *dstHost, CUarray srcArray, size_t srcOffset, size_t ByteCount);
CUresult cuMemcpyAtoH_v2_ptds(void *dstHost, CUarray srcArray, size_t srcOffset, size_t ByteCount);
CUresult cuMemcpyAtoHAsync(void *dstHost, CUarray srcArray, unsigned int srcOffset, unsigned int ByteCount, CUstream hStream);
CUresult cuMemcpyAtoHAsync_v2(void *dstHost, CUarray srcArray, size_t srcOffset, size_t ByteCount, CUstream hStream);
CUresult cuMemcpyAtoHAsync_v2_ptsz(void *dstHost, CUarray srcArray, size_t srcOffset, size_t ByteCount, CUstream hStream);
CUresult cuMemcpyBatchAsync(CUdeviceptr *dsts, CUdeviceptr *srcs, size_t *sizes, size_t count, CUmemcpyAttributes *attrs, size_t *attrsIdxs, size_t numAttrs, size_t *failIdx, CUstream hStream);
CUresult cuMemcpyBatchAsync_ptsz(CUdeviceptr *dsts, CUdeviceptr *srcs, size_t *sizes, size_t count, CUmemcpyAttributes *attrs, size_t *attrsIdxs, size_t numAttrs, size_t *failIdx, CUstream hStream);
CUresult cuMemcpyBatchAsync_v2(CUdeviceptr *dsts, CUdeviceptr *srcs, size_t *sizes, size_t count, CUmemcpyAttributes *attrs, size_t *attrsIdxs, size_t numAttrs, CUstream hStream);
CUresult cuMemcpyBatchAsync_v2_ptsz(CUdeviceptr *dsts, CUdeviceptr *srcs, size_t *sizes, size_t count, CUmemcpyAttributes *attrs, size_t *attrsIdxs, size_t numAttrs, CUstream hStream);
CUresult cuMemcpyDtoA(CUarray dstArray, unsigned int dstOffset, CUdeviceptr_v1 srcDevice, unsigned int ByteCount);
CUresult cuMemcpyDtoA_v2(CUarray dstArray, size_t dstOffset, CUdeviceptr srcDevice, size_t ByteCount);
CUresult cuMemcpyDtoA_v2_ptds(CUarray dstArray, size_t dstOffset, CUdeviceptr srcDevice, size_t ByteCount);
CUresult cuMemcpyDtoD(CUdeviceptr_v1 dstDevice, CUdeviceptr_v1 srcDevice, unsigned int ByteCount);
CUresult cuMemcpyDtoD_v2(CUdeviceptr dstDevice, CUdeviceptr srcDevice, size_t ByteCount);
CUresult cuMemcpyDtoD_v2_ptds(CUdeviceptr dstDevice, CUdeviceptr srcDevice, size_t ByteCount);
CUresult cuMemcpyDtoDAsync(CUdeviceptr_v1 dstDevice, CUdeviceptr_v1 srcDevice, unsigned int ByteCount, CUstream hStream);
CUresult cuMemcpyDtoDAsync_v2(CUdeviceptr dstDevice, CUdeviceptr srcDevice, size_t ByteCount, CUstream hStream);
CUresult cuMemcpyDtoDAsync_v2_ptsz(CUdeviceptr dstDevice, CUdeviceptr srcDevice, size_t ByteCount, CUstream hStream);
CUresult cuMemcpyDtoH(void *dstHost, CUdeviceptr_v1 srcDevice, unsigned int ByteCount);
CUresult cuMemcpyDtoH_v2(void *dstHost, CUdeviceptr srcDevice, size_t ByteCount);
CUresult cuMemcpyDtoH_v2_ptds(void *dstHost, CUdeviceptr srcDevice, size_t ByteCount);
CUresult cuMemcpyDtoHAsync(void *dstHost, CUdeviceptr_v1 srcDevice, unsigned int ByteCount, CUstream hStream);
CUresult cuMemcpyDtoHAsync_v2(void *dstHost, CUdeviceptr srcDevice, size_t ByteCount, CUstream hStream);
CUresult cuMemcpyDtoHAsync_v2_ptsz(void *dstHost, CUdeviceptr srcDevice, size_t ByteCount, CUstream hStream);
CUresult cuMemcpyHtoA(CUarray dstArray, unsigned int dstOffset, const void *srcHost, unsigned int ByteCount);
CUresult cuMemcpyHtoA_v2(CUarray dstArray, size_t dstOffset, const void *srcHost, size_t ByteCount);
CUresult cuMemcpyHtoA_v2_ptds(CUarray dstArray, size_t dstOffset, const void *srcHost, size_t ByteCount);
CUresult cuMemcpyHtoAAsync(CUarray dstArray, unsigned int dstOffset, const void *srcHost, unsigned int ByteCount, CUstream hStream);
CUresult cuMemcpyHtoAAsync_v2(CUarray dstArray, size_t dstOffset, const void *srcHost, size_t ByteCount, CUstream hStream);
CUresult cuMemcpyHtoAAsync_v2_ptsz(CUarray dstArray, size_t dstOffset, const void *srcHost, size_t ByteCount, CUstream hStream);
CUresult cuMemcpyHtoD(CUdeviceptr_v1 dstDevice, const void *srcHost, unsigned int ByteCount);
CUresult cuMemcpyHtoD_v2(CUdeviceptr dstDevice, const void *srcHost, size_t ByteCount);
CUresult cuMemcpyHtoD_v2_ptds(CUdeviceptr dstDevice, const void *srcHost, size_t ByteCount);
CUresult cuMemcpyHtoDAsync(CUdeviceptr_v1 dstDevice, const void *srcHost, unsigned int ByteCount, CUstream hStream);
CUresult cuMemcpyHtoDAsync_v2(CUdeviceptr dstDevice, const void *srcHost, size_t ByteCount, CUstream hStream);
CUresult cuMemcpyHtoDAsync_v2_ptsz(CUdeviceptr dstDevice, const void *srcHost, size_t ByteCount, CUstream hStream);
CUresult cuMemcpyPeer(CUdeviceptr dstDevice, CUcontext dstContext, CUdeviceptr srcDevice, CUcontext srcContext, size_t ByteCount);
CUresult cuMemcpyPeer_ptds(CUdeviceptr dstDevice, CUcontext dstContext, CUdeviceptr srcDevice, CUcontext srcContext, size_t ByteCount);
CUresult cuMemcpyPeerAsync(CUdeviceptr dstDevice, CUcontext dstContext, CUdeviceptr srcDevice, CUcontext srcContext, size_t ByteCount, CUstream hStream);
CUresult cuMemcpyPeerAsync_ptsz(CUdeviceptr dstDevice, CUcontext dstContext, CUdeviceptr srcDevice, CUcontext srcContext, size_t ByteCount, CUstream hStream);
CUresult cuMemsetD16(CUdeviceptr_v1 dstDevice, unsigned short us, unsigned int N);
CUresult cuMemsetD16_v2(CUdeviceptr dstDevice, unsigned short us, size_t N);
CUresult cuMemsetD16_v2_ptds(CUdeviceptr dstDevice, unsigned short us, size_t N);
CUresult cuMemsetD16Async(CUdeviceptr dstDevice, unsigned short us, size_t N, CUstream hStream);
CUresult cuMemsetD16Async_ptsz(CUdeviceptr dstDevice, unsigned short us, size_t N, CUstream hStream);
CUresult cuMemsetD2D16(CUdeviceptr_v1 dstDevice, unsigned int dstPitch, unsigned short us, unsigned int Width, unsigned int Height);
CUresult cuMemsetD2D16_v2(CUdeviceptr dstDevice, size_t dstPitch, unsigned short us, size_t Width, size_t Height);
CUresult cuMemsetD2D16_v2_ptds(CUdeviceptr dstDevice, size_t dstPitch, unsigned short us, size_t Width, size_t Height);
CUresult cuMemsetD2D16Async(CUdeviceptr dstDevice, size_t dstPitch, unsigned short us, size_t Width, size_t Height, CUstream hStream);
CUresult cuMemsetD2D16Async_ptsz(CUdeviceptr dstDevice, size_t dstPitch, unsigned short us, size_t Width, size_t Height, CUstream hStream);
CUresult cuMemsetD2D32(CUdeviceptr_v1 dstDevice, unsigned int dstPitch, unsigned int ui, unsigned int Width, unsigned int Height);
CUresult cuMemsetD2D32_v2(CUdeviceptr dstDevice, size_t dstPitch, unsigned int ui, size_t Width, size_t Height);
CUresult cuMemsetD2D32_v2_ptds(CUdeviceptr dstDevice, size_t dstPitch, unsigned int ui, size_t Width, size_t Height);
CUresult cuMemsetD2D32Async(CUdeviceptr dstDevice, size_t dstPitch, unsigned int ui, size_t Width, size_t Height, CUstream hStream);
CUresult cuMemsetD2D32Async_ptsz(CUdeviceptr dstDevice, size_t dstPitch, unsigned int ui, size_t Width, size_t Height, CUstream hStream);
CUresult cuMemsetD2D8(CUdeviceptr_v1 dstDevice, unsigned int dstPitch, unsigned char uc, unsigned int Width, unsigned int Height);
CUresult cuMemsetD2D8_v2(CUdeviceptr dstDevice, size_t dstPitch, unsigned char uc, size_t Width, size_t Height);
CUresult cuMemsetD2D8_v2_ptds(CUdeviceptr dstDevice, size_t dstPitch, unsigned char uc, size_t Width, size_t Height);
CUresult cuMemsetD2D8Async(CUdeviceptr dstDevice, size_t dstPitch, unsigned char uc, size_t Width, size_t Height, CUstream hStream);
CUresult cuMemsetD2D8Async_ptsz(CUdeviceptr dstDevice, size_t dstPitch, unsigned char uc, size_t Width, size_t Height, CUstream hStream);
CUresult cuMemsetD32(CUdeviceptr_v1 dstDevice, unsigned int ui, unsigned int N);
CUresult cuMemsetD32_v2(CUdeviceptr dstDevice, unsigned int ui, size_t N);
CUresult cuMemsetD32_v2_ptds(CUdeviceptr dstDevice, unsigned int ui, size_t N);
CUresult cuMemsetD32Async(CUdeviceptr dstDevice, unsigned int ui, size_t N, CUstream hStream);
CUresult cuMemsetD32Async_ptsz(CUdeviceptr dstDevice, unsigned int ui, size_t N, CUstream hStream);
CUresult cuMemsetD8(CUdeviceptr_v1 dstDevice, unsigned char uc, unsigned int N);
CUresult cuMemsetD8_v2(CUdeviceptr dstDevice, unsigned char uc, size_t N);
CUresult cuMemsetD8_v2_ptds(CUdeviceptr dstDevice, unsigned char uc, size_t N);
CUresult cuMemsetD8Async(CUdeviceptr dstDevice, unsigned char uc, size_t N, CUstream hStream);
CUresult cuMemsetD8Async_ptsz(CUdeviceptr dstDevice, unsigned char uc, size_t N, CUstream hStream);
CUresult cuMipmappedArrayCreate(CUmipmappedArray *pHandle, const CUDA_ARRAY3D_DESCRIPTOR *pMipmappedArrayDesc, unsigned int numMipmapLevels);
CUresult cuMipmappedArrayDestroy(CUmipmappedArray hMipmappedArray);
CUresult cuMipmappedArrayGetLevel(CUarray *pLevelArray, CUmipmappedArray hMipmappedArray, unsigned int level);
CUresult cuMipmappedArrayGetMemoryRequirements(CUDA_ARRAY_MEMORY_REQUIREMENTS *memoryRequirements, CUmipmappedArray mipmap, CUdevice device);
CUresult cuMipmappedArrayGetSparseProperties(CUDA_ARRAY_SPARSE_PROPERTIES *sparseProperties, CUmipmappedArray mipmap);
CUresult cuModuleEnumerateFunctions(CUfunction *functions, unsigned int numFunctions, CUmodule mod);
CUresult cuModuleGetFunction(CUfunction *hfunc, CUmodule hmod, const char *name);
CUresult cuModuleGetFunctionCount(unsigned int *count, CUmodule mod);
CUresult cuModuleGetGlobal(CUdeviceptr_v1 *dptr, unsigned int *bytes, CUmodule hmod, const char *name);
CUresult cuModuleGetGlobal_v2(CUdeviceptr *dptr, size_t *bytes, CUmodule hmod, const char *name);
CUresult cuModuleGetLoadingMode(CUmoduleLoadingMode *mode);
CUresult cuModuleGetSurfRef(CUsurfref *pSurfRef, CUmodule hmod, const char *name);
CUresult cuModuleGetTexRef(CUtexref *pTexRef, CUmodule hmod, const char *name);
CUresult cuModuleLoad(CUmodule *module, const char *fname);
CUresult cuModuleLoadData(CUmodule *module, const void *image);
CUresult cuModuleLoadDataEx(CUmodule *module, const void *image, unsigned int numOptions, CUjit_option *options, void **optionValues);
CUresult cuModuleLoadFatBinary(CUmodule *module, const void *fatCubin);
CUresult cuModuleUnload(CUmodule hmod);
CUresult cuMulticastAddDevice(CUmemGenericAllocationHandle mcHandle, CUdevice dev);
CUresult cuMulticastBindAddr(CUmemGenericAllocationHandle mcHandle, size_t mcOffset, CUdeviceptr memptr, size_t size, unsigned long long flags);
CUresult cuMulticastBindMem(CUmemGenericAllocationHandle mcHandle, size_t mcOffset, CUmemGenericAllocationHandle memHandle, size_t memOffset, size_t size, unsigned long long flags);
CUresult cuMulticastCreate(CUmemGenericAllocationHandle *mcHandle, const CUmulticastObjectProp *prop);
CUresult cuMulticastGetGranularity(size_t *granularity, const CUmulticastObjectProp *prop, CUmulticastGranularity_flags option);
CUresult cuMulticastUnbind(CUmemGenericAllocationHandle mcHandle, CUdevice dev, size_t mcOffset, size_t size);
CUresult cuOccupancyAvailableDynamicSMemPerBlock(size_t *dynamicSmemSize, CUfunction func, int numBlocks, int blockSize);
CUresult cuOccupancyMaxActiveBlocksPerMultiprocessor(int *numBlocks, CUfunction func, int blockSize, size_t dynamicSMemSize);
CUresult cuOccupancyMaxActiveBlocksPerMultiprocessorWithFlags(int *numBlocks, CUfunction func, int blockSize, size_t dynamicSMemSize, unsigned int flags);
CUresult cuOccupancyMaxActiveClusters(int *numClusters, CUfunction func, const CUlaunchConfig *config);
CUresult cuOccupancyMaxPotentialBlockSize(int *minGridSize, int *blockSize, CUfunction func, CUoccupancyB2DSize blockSizeToDynamicSMemSize, size_t dynamicSMemSize, int blockSizeLimit);
CUresult cuOccupancyMaxPotentialBlockSizeWithFlags(int *minGridSize, int *blockSize, CUfunction func, CUoccupancyB2DSize blockSizeToDynamicSMemSize, size_t dynamicSMemSize, int blockSizeLimit, unsigned int flags);
CUresult cuOccupancyMaxPotentialClusterSize(int *clusterSize, CUfunction func, const CUlaunchConfig *config);
CUresult cuParamSetSize(CUfunction hfunc, unsigned int numbytes);
CUresult cuParamSetTexRef(CUfunction hfunc, int texunit, CUtexref hTexRef);
CUresult cuParamSetf(CUfunction hfunc, int offset, float value);
CUresult cuParamSeti(CUfunction hfunc, int offset, unsigned int value);
CUresult cuParamSetv(CUfunction hfunc, int offset, void *ptr, unsigned int numbytes);
CUresult cuPointerGetAttribute(void *data, CUpointer_attribute attribute, CUdeviceptr ptr);
CUresult cuPointerGetAttributes(unsigned int numAttributes, CUpointer_attribute *attributes, void **data, CUdeviceptr ptr);
CUresult cuPointerSetAttribute(const void *value, CUpointer_attribute attribute, CUdeviceptr ptr);
CUresult cuProfilerInitialize(const char *configFile, const char *outputFile, CUoutput_mode outputMode);
CUresult cuProfilerStart(void);
CUresult cuProfilerStop(void);
CUresult cuSignalExternalSemaphoresAsync(const CUexternalSemaphore *extSemArray, const CUDA_EXTERNAL_SEMAPHORE_SIGNAL_PARAMS *paramsArray, unsigned int numExtSems, CUstream stream);
CUresult cuSignalExternalSemaphoresAsync_ptsz(const CUexternalSemaphore *extSemArray, const CUDA_EXTERNAL_SEMAPHORE_SIGNAL_PARAMS *paramsArray, unsigned int numExtSems, CUstream stream);
CUresult cuStreamAddCallback(CUstream hStream, CUstreamCallback callback, void *userData, unsigned int flags);
CUresult cuStreamAddCallback_ptsz(CUstream hStream, CUstreamCallback callback, void *userData, unsigned int flags);
CUresult cuStreamAttachMemAsync(CUstream hStream, CUdeviceptr dptr, size_t length, unsigned int flags);
CUresult cuStreamAttachMemAsync_ptsz(CUstream hStream, CUdeviceptr dptr, size_t length, unsigned int flags);
CUresult cuStreamBatchMemOp(CUstream stream, unsigned int count, CUstreamBatchMemOpParams *paramArray, unsigned int flags);
CUresult cuStreamBatchMemOp_ptsz(CUstream stream, unsigned int count, CUstreamBatchMemOpParams *paramArray, unsigned int flags);
CUresult cuStreamBatchMemOp_v2(CUstream stream, unsigned int count, CUstreamBatchMemOpParams *paramArray, unsigned int flags);
CUresult cuStreamBatchMemOp_v2_ptsz(CUstream stream, unsigned int count, CUstreamBatchMemOpParams *paramArray, unsigned int flags);
CUresult cuStreamBeginCapture(CUstream hStream);
CUresult cuStreamBeginCapture_ptsz(CUstream hStream);
CUresult cuStreamBeginCapture_v2(CUstream hStream, CUstreamCaptureMode mode);
CUresult cuStreamBeginCapture_v2_ptsz(CUstream hStream, CUstreamCaptureMode mode);
CUresult cuStreamBeginCaptureToGraph(CUstream hStream, CUgraph hGraph, const CUgraphNode *dependencies, const CUgraphEdgeData *dependencyData, size_t numDependencies, CUstreamCaptureMode mode);
CUresult cuStreamBeginCaptureToGraph_ptsz(CUstream hStream, CUgraph hGraph, const CUgraphNode *dependencies, const CUgraphEdgeData *dependencyData, size_t numDependencies, CUstreamCaptureMode mode);
CUresult cuStreamCopyAttributes(CUstream dst, CUstream src);
CUresult cuStreamCopyAttributes_ptsz(CUstream dst, CUstream src);
CUresult cuStreamCreate(CUstream *phStream, unsigned int Flags);
CUresult cuStreamCreateWithPriority(CUstream *phStream, unsigned int flags, int priority);
CUresult cuStreamDestroy(CUstream hStream);
CUresult cuStreamDestroy_v2(CUstream hStream);
CUresult cuStreamEndCapture(CUstream hStream, CUgraph *phGraph);
CUresult cuStreamEndCapture_ptsz(CUstream hStream, CUgraph *phGraph);
CUresult cuStreamGetAttribute(CUstream hStream, CUstreamAttrID attr, CUstreamAttrValue *value_out);
CUresult cuStreamGetAttribute_ptsz(CUstream hStream, CUstreamAttrID attr, CUstreamAttrValue *value_out);
CUresult cuStreamGetCaptureInfo(CUstream hStream, CUstreamCaptureStatus *captureStatus_out, cuuint64_t *id_out);
CUresult cuStreamGetCaptureInfo_ptsz(CUstream hStream, CUstreamCaptureStatus *captureStatus_out, cuuint64_t *id_out);
CUresult cuStreamGetCaptureInfo_v2(CUstream hStream, CUstreamCaptureStatus *captureStatus_out, cuuint64_t *id_out, CUgraph *graph_out, const CUgraphNode **dependencies_out, size_t *numDependencies_out);
CUresult cuStreamGetCaptureInfo_v2_ptsz(CUstream hStream, CUstreamCaptureStatus *captureStatus_out, cuuint64_t *id_out, CUgraph *graph_out, const CUgraphNode **dependencies_out, size_t *numDependencies_out);
CUresult cuStreamGetCaptureInfo_v3(CUstream hStream, CUstreamCaptureStatus *captureStatus_out, cuuint64_t *id_out, CUgraph *graph_out, const CUgraphNode **dependencies_out, const CUgraphEdgeData **edgeData_out, size_t *numDependencies_out);
CUresult cuStreamGetCaptureInfo_v3_ptsz(CUstream hStream, CUstreamCaptureStatus *captureStatus_out, cuuint64_t *id_out, CUgraph *graph_out, const CUgraphNode **dependencies_out, const CUgraphEdgeData **edgeData_out, size_t *numDependencies_out);
CUresult cuStreamGetCtx(CUstream hStream, CUcontext *pctx);
CUresult cuStreamGetCtx_ptsz(CUstream hStream, CUcontext *pctx);
CUresult cuStreamGetCtx_v2(CUstream hStream, CUcontext *pCtx, CUgreenCtx *pGreenCtx);
CUresult cuStreamGetCtx_v2_ptsz(CUstream hStream, CUcontext *pCtx, CUgreenCtx *pGreenCtx);
CUresult cuStreamGetDevice(CUstream hStream, CUdevice *device);
CUresult cuStreamGetDevice_ptsz(CUstream hStream, CUdevice *device);
CUresult cuStreamGetFlags(CUstream hStream, unsigned int *flags);
CUresult cuStreamGetFlags_ptsz(CUstream hStream, unsigned int *flags);
CUresult cuStreamGetGreenCtx(CUstream hStream, CUgreenCtx *phCtx);
CUresult cuStreamGetId(CUstream hStream, unsigned long long *streamId);
CUresult cuStreamGetId_ptsz(CUstream hStream, unsigned long long *streamId);
CUresult cuStreamGetPriority(CUstream hStream, int *priority);
CUresult cuStreamGetPriority_ptsz(CUstream hStream, int *priority);
CUresult cuStreamIsCapturing(CUstream hStream, CUstreamCaptureStatus *captureStatus);
CUresult cuStreamIsCapturing_ptsz(CUstream hStream, CUstreamCaptureStatus *captureStatus);
CUresult cuStreamQuery(CUstream hStream);
CUresult cuStreamQuery_ptsz(CUstream hStream);
CUresult cuStreamSetAttribute(CUstream hStream, CUstreamAttrID attr, const CUstreamAttrValue *value);
CUresult cuStreamSetAttribute_ptsz(CUstream hStream, CUstreamAttrID attr, const CUstreamAttrValue *value);
CUresult cuStreamSynchronize(CUstream hStream);
CUresult cuStreamSynchronize_ptsz(CUstream hStream);
CUresult cuStreamUpdateCaptureDependencies(CUstream hStream, CUgraphNode *dependencies, size_t numDependencies, unsigned int flags);
CUresult cuStreamUpdateCaptureDependencies_ptsz(CUstream hStream, CUgraphNode *dependencies, size_t numDependencies, unsigned int flags);
CUresult cuStreamUpdateCaptureDependencies_v2(CUstream hStream, CUgraphNode *dependencies, const CUgraphEdgeData *dependencyData, size_t numDependencies, unsigned int flags);
CUresult cuStreamUpdateCaptureDependencies_v2_ptsz(CUstream hStream, CUgraphNode *dependencies, const CUgraphEdgeData *dependencyData, size_t numDependencies, unsigned int flags);
CUresult cuStreamWaitEvent(CUstream hStream, CUevent hEvent, unsigned int Flags);
CUresult cuStreamWaitEvent_ptsz(CUstream hStream, CUevent hEvent, unsigned int Flags);
CUresult cuStreamWaitValue32(CUstream stream, CUdeviceptr addr, cuuint32_t value, unsigned int flags);
CUresult cuStreamWaitValue32_ptsz(CUstream stream, CUdeviceptr addr, cuuint32_t value, unsigned int flags);
CUresult cuStreamWaitValue32_v2(CUstream stream, CUdeviceptr addr, cuuint32_t value, unsigned int flags);
CUresult cuStreamWaitValue32_v2_ptsz(CUstream stream, CUdeviceptr addr, cuuint32_t value, unsigned int flags);
CUresult cuStreamWaitValue64(CUstream stream, CUdeviceptr addr, cuuint64_t value, unsigned int flags);
CUresult cuStreamWaitValue64_ptsz(CUstream stream, CUdeviceptr addr, cuuint64_t value, unsigned int flags);
CUresult cuStreamWaitValue64_v2(CUstream stream, CUdeviceptr addr, cuuint64_t value, unsigned int flags);
CUresult cuStreamWaitValue64_v2_ptsz(CUstream stream, CUdeviceptr addr, cuuint64_t value, unsigned int flags);
CUresult cuStreamWriteValue32(CUstream stream, CUdeviceptr addr, cuuint32_t value, unsigned int flags);
CUresult cuStreamWriteValue32_ptsz(CUstream stream, CUdeviceptr addr, cuuint32_t value, unsigned int flags);
CUresult cuStreamWriteValue32_v2(CUstream stream, CUdeviceptr addr, cuuint32_t value, unsigned int flags);
CUresult cuStreamWriteValue32_v2_ptsz(CUstream stream, CUdeviceptr addr, cuuint32_t value, unsigned int flags);
CUresult cuStreamWriteValue64(CUstream stream, CUdeviceptr addr, cuuint64_t value, unsigned int flags);
CUresult cuStreamWriteValue64_ptsz(CUstream stream, CUdeviceptr addr, cuuint64_t value, unsigned int flags);
CUresult cuStreamWriteValue64_v2(CUstream stream, CUdeviceptr addr, cuuint64_t value, unsigned int flags);
CUresult cuStreamWriteValue64_v2_ptsz(CUstream stream, CUdeviceptr addr, cuuint64_t value, unsigned int flags);
CUresult cuSurfObjectCreate(CUsurfObject *pSurfObject, const CUDA_RESOURCE_DESC *pResDesc);
CUresult cuSurfObjectDestroy(CUsurfObject surfObject);
CUresult cuSurfObjectGetResourceDesc(CUDA_RESOURCE_DESC *pResDesc, CUsurfObject surfObject);
CUresult cuSurfRefGetArray(CUarray *phArray, CUsurfref hSurfRef);
CUresult cuSurfRefSetArray(CUsurfref hSurfRef, CUarray hArray, unsigned int Flags);
CUresult cuTensorMapEncodeIm2col(CUtensorMap *tensorMap, CUtensorMapDataType tensorDataType, cuuint32_t tensorRank, void *globalAddress, const cuuint64_t *globalDim, const cuuint64_t *globalStrides, const int *pixelBoxLowerCorner, const int *pixelBoxUpperCorner, cuuint32_t channelsPerPixel, cuuint32_t pixelsPerColumn, const cuuint32_t *elementStrides, CUtensorMapInterleave interleave, CUtensorMapSwizzle swizzle, CUtensorMapL2promotion l2Promotion, CUtensorMapFloatOOBfill oobFill);
CUresult cuTensorMapEncodeIm2colWide(CUtensorMap *tensorMap, CUtensorMapDataType tensorDataType, cuuint32_t tensorRank, void *globalAddress, const cuuint64_t *globalDim, const cuuint64_t *globalStrides, int pixelBoxLowerCornerWidth, int pixelBoxUpperCornerWidth, cuuint32_t channelsPerPixel, cuuint32_t pixelsPerColumn, const cuuint32_t *elementStrides, CUtensorMapInterleave interleave, CUtensorMapIm2ColWideMode mode, CUtensorMapSwizzle swizzle, CUtensorMapL2promotion l2Promotion, CUtensorMapFloatOOBfill oobFill);
CUresult cuTensorMapEncodeTiled(CUtensorMap *tensorMap, CUtensorMapDataType tensorDataType, cuuint32_t tensorRank, void *globalAddress, const cuuint64_t *globalDim, const cuuint64_t *globalStrides, const cuuint32_t *boxDim, const cuuint32_t *elementStrides, CUtensorMapInterleave interleave, CUtensorMapSwizzle swizzle, CUtensorMapL2promotion l2Promotion, CUtensorMapFloatOOBfill oobFill);
CUresult cuTensorMapReplaceAddress(CUtensorMap *tensorMap, void *globalAddress);
CUresult cuTexObjectCreate(CUtexObject *pTexObject, const CUDA_RESOURCE_DESC *pResDesc, const CUDA_TEXTURE_DESC *pTexDesc, const CUDA_RESOURCE_VIEW_DESC *pResViewDesc);
CUresult cuTexObjectDestroy(CUtexObject texObject);
CUresult cuTexObjectGetResourceDesc(CUDA_RESOURCE_DESC *pResDesc, CUtexObject texObject);
CUresult cuTexObjectGetResourceViewDesc(CUDA_RESOURCE_VIEW_DESC *pResViewDesc, CUtexObject texObject);
CUresult cuTexObjectGetTextureDesc(CUDA_TEXTURE_DESC *pTexDesc, CUtexObject texObject);
CUresult cuTexRefCreate(CUtexref *pTexRef);
CUresult cuTexRefDestroy(CUtexref hTexRef);
CUresult cuTexRefGetAddress(CUdeviceptr_v1 *pdptr, CUtexref hTexRef);
CUresult cuTexRefGetAddress_v2(CUdeviceptr *pdptr, CUtexref hTexRef);
CUresult cuTexRefGetAddressMode(CUaddress_mode *pam, CUtexref hTexRef, int dim);
CUresult cuTexRefGetArray(CUarray *phArray, CUtexref hTexRef);
CUresult cuTexRefGetBorderColor(float *pBorderColor, CUtexref hTexRef);
CUresult cuTexRefGetFilterMode(CUfilter_mode *pfm, CUtexref hTexRef);
CUresult cuTexRefGetFlags(unsigned int *pFlags, CUtexref hTexRef);
CUresult cuTexRefGetFormat(CUarray_format *pFormat, int *pNumChannels, CUtexref hTexRef);
CUresult cuTexRefGetMaxAnisotropy(int *pmaxAniso, CUtexref hTexRef);
CUresult cuTexRefGetMipmapFilterMode(CUfilter_mode *pfm, CUtexref hTexRef);
CUresult cuTexRefGetMipmapLevelBias(float *pbias, CUtexref hTexRef);
CUresult cuTexRefGetMipmapLevelClamp(float *pminMipmapLevelClamp, float *pmaxMipmapLevelClamp, CUtexref hTexRef);
CUresult cuTexRefGetMipmappedArray(CUmipmappedArray *phMipmappedArray, CUtexref hTexRef);
CUresult cuTexRefSetAddress(unsigned int *ByteOffset, CUtexref hTexRef, CUdeviceptr_v1 dptr, unsigned int bytes);
CUresult cuTexRefSetAddress_v2(size_t *ByteOffset, CUtexref hTexRef, CUdeviceptr dptr, size_t bytes);
CUresult cuTexRefSetAddress2D(CUtexref hTexRef, const CUDA_ARRAY_DESCRIPTOR_v1 *desc, CUdeviceptr_v1 dptr, unsigned int Pitch);
CUresult cuTexRefSetAddress2D_v2(CUtexref hTexRef, const CUDA_ARRAY_DESCRIPTOR *desc, CUdeviceptr dptr, size_t Pitch);
CUresult cuTexRefSetAddress2D_v3(CUtexref hTexRef, const CUDA_ARRAY_DESCRIPTOR *desc, CUdeviceptr dptr, size_t Pitch);
CUresult cuTexRefSetAddressMode(CUtexref hTexRef, int dim, CUaddress_mode am);
CUresult cuTexRefSetArray(CUtexref hTexRef, CUarray hArray, unsigned int Flags);
CUresult cuTexRefSetBorderColor(CUtexref hTexRef, float *pBorderColor);
CUresult cuTexRefSetFilterMode(CUtexref hTexRef, CUfilter_mode fm);
CUresult cuTexRefSetFlags(CUtexref hTexRef, unsigned int Flags);
CUresult cuTexRefSetFormat(CUtexref hTexRef, CUarray_format fmt, int NumPackedComponents);
CUresult cuTexRefSetMaxAnisotropy(CUtexref hTexRef, unsigned int maxAniso);
CUresult cuTexRefSetMipmapFilterMode(CUtexref hTexRef, CUfilter_mode fm);
CUresult cuTexRefSetMipmapLevelBias(CUtexref hTexRef, float bias);
CUresult cuTexRefSetMipmapLevelClamp(CUtexref hTexRef, float minMipmapLevelClamp, float maxMipmapLevelClamp);
CUresult cuTexRefSetMipmappedArray(CUtexref hTexRef, CUmipmappedArray hMipmappedArray, unsigned int Flags);
CUresult cuThreadExchangeStreamCaptureMode(CUstreamCaptureMode *mode);
CUresult cuUserObjectCreate(CUuserObject *object_out, void *ptr, CUhostFn destroy, unsigned int initialRefcount, unsigned int flags);
CUresult cuUserObjectRelease(CUuserObject object, unsigned int count);
CUresult cuUserObjectRetain(CUuserObject object, unsigned int count);
CUresult cuVDPAUCtxCreate(CUcontext *pCtx, unsigned int flags, CUdevice device, VdpDevice vdpDevice, VdpGetProcAddress *vdpGetProcAddress);
CUresult cuVDPAUCtxCreate_v2(CUcontext *pCtx, unsigned int flags, CUdevice device, VdpDevice vdpDevice, VdpGetProcAddress *vdpGetProcAddress);
CUresult cuVDPAUGetDevice(CUdevice *pDevice, VdpDevice vdpDevice, VdpGetProcAddress *vdpGetProcAddress);
CUresult cuWaitExternalSemaphoresAsync(const CUexternalSemaphore *extSemArray, const CUDA_EXTERNAL_SEMAPHORE_WAIT_PARAMS *paramsArray, unsigned int numExtSems, CUstream stream);
CUresult cuWaitExternalSemaphoresAsync_ptsz(const CUexternalSemaphore *extSemArray, const CUDA_EXTERNAL_SEMAPHORE_WAIT_PARAMS *paramsArray, unsigned int numExtSems, CUstream stream);
#pragma GCC visibility pop

typedef CUresult (*quanta_cuda_pfn_cuArray3DCreate)(CUarray *pHandle, const CUDA_ARRAY3D_DESCRIPTOR_v1 *pAllocateArray);
typedef CUresult (*quanta_cuda_pfn_cuArray3DCreate_v2)(CUarray *pHandle, const CUDA_ARRAY3D_DESCRIPTOR *pAllocateArray);
typedef CUresult (*quanta_cuda_pfn_cuArray3DGetDescriptor)(CUDA_ARRAY3D_DESCRIPTOR_v1 *pArrayDescriptor, CUarray hArray);
typedef CUresult (*quanta_cuda_pfn_cuArray3DGetDescriptor_v2)(CUDA_ARRAY3D_DESCRIPTOR *pArrayDescriptor, CUarray hArray);
typedef CUresult (*quanta_cuda_pfn_cuArrayCreate)(CUarray *pHandle, const CUDA_ARRAY_DESCRIPTOR_v1 *pAllocateArray);
typedef CUresult (*quanta_cuda_pfn_cuArrayCreate_v2)(CUarray *pHandle, const CUDA_ARRAY_DESCRIPTOR *pAllocateArray);
typedef CUresult (*quanta_cuda_pfn_cuArrayDestroy)(CUarray hArray);
typedef CUresult (*quanta_cuda_pfn_cuArrayGetDescriptor)(CUDA_ARRAY_DESCRIPTOR_v1 *pArrayDescriptor, CUarray hArray);
typedef CUresult (*quanta_cuda_pfn_cuArrayGetDescriptor_v2)(CUDA_ARRAY_DESCRIPTOR *pArrayDescriptor, CUarray hArray);
typedef CUresult (*quanta_cuda_pfn_cuArrayGetMemoryRequirements)(CUDA_ARRAY_MEMORY_REQUIREMENTS *memoryRequirements, CUarray array, CUdevice device);
typedef CUresult (*quanta_cuda_pfn_cuArrayGetPlane)(CUarray *pPlaneArray, CUarray hArray, unsigned int planeIdx);
typedef CUresult (*quanta_cuda_pfn_cuArrayGetSparseProperties)(CUDA_ARRAY_SPARSE_PROPERTIES *sparseProperties, CUarray array);
typedef CUresult (*quanta_cuda_pfn_cuCheckpointProcessCheckpoint)(int pid, CUcheckpointCheckpointArgs *args);
typedef CUresult (*quanta_cuda_pfn_cuCheckpointProcessGetRestoreThreadId)(int pid, int *tid);
typedef CUresult (*quanta_cuda_pfn_cuCheckpointProcessGetState)(int pid, CUprocessState *state);
typedef CUresult (*quanta_cuda_pfn_cuCheckpointProcessLock)(int pid, CUcheckpointLockArgs *args);
typedef CUresult (*quanta_cuda_pfn_cuCheckpointProcessRestore)(int pid, CUcheckpointRestoreArgs *args);
typedef CUresult (*quanta_cuda_pfn_cuCheckpointProcessUnlock)(int pid, CUcheckpointUnlockArgs *args);
typedef CUresult (*quanta_cuda_pfn_cuCoredumpGetAttribute)(CUcoredumpSettings attrib, void *value, size_t *size);
typedef CUresult (*quanta_cuda_pfn_cuCoredumpGetAttributeGlobal)(CUcoredumpSettings attrib, void *value, size_t *size);
typedef CUresult (*quanta_cuda_pfn_cuCoredumpSetAttribute)(CUcoredumpSettings attrib, void *value, size_t *size);
typedef CUresult (*quanta_cuda_pfn_cuCoredumpSetAttributeGlobal)(CUcoredumpSettings attrib, void *value, size_t *size);
typedef CUresult (*quanta_cuda_pfn_cuCtxAttach)(CUcontext *pctx, unsigned int flags);
typedef CUresult (*quanta_cuda_pfn_cuCtxCreate)(CUcontext *pctx, unsigned int flags, CUdevice dev);
typedef CUresult (*quanta_cuda_pfn_cuCtxCreate_v2)(CUcontext *pctx, unsigned int flags, CUdevice dev);
typedef CUresult (*quanta_cuda_pfn_cuCtxCreate_v3)(CUcontext *pctx, CUexecAffinityParam *paramsArray, int numParams, unsigned int flags, CUdevice dev);
typedef CUresult (*quanta_cuda_pfn_cuCtxCreate_v4)(CUcontext *pctx, CUctxCreateParams *ctxCreateParams, unsigned int flags, CUdevice dev);
typedef CUresult (*quanta_cuda_pfn_cuCtxDestroy)(CUcontext ctx);
typedef CUresult (*quanta_cuda_pfn_cuCtxDestroy_v2)(CUcontext ctx);
typedef CUresult (*quanta_cuda_pfn_cuCtxDetach)(CUcontext ctx);
typedef CUresult (*quanta_cuda_pfn_cuCtxDisablePeerAccess)(CUcontext peerContext);
typedef CUresult (*quanta_cuda_pfn_cuCtxEnablePeerAccess)(CUcontext peerContext, unsigned int Flags);
typedef CUresult (*quanta_cuda_pfn_cuCtxFromGreenCtx)(CUcontext *pContext, CUgreenCtx hCtx);
typedef CUresult (*quanta_cuda_pfn_cuCtxGetApiVersion)(CUcontext ctx, unsigned int *version);
typedef CUresult (*quanta_cuda_pfn_cuCtxGetCacheConfig)(CUfunc_cache *pconfig);
typedef CUresult (*quanta_cuda_pfn_cuCtxGetCurrent)(CUcontext *pctx);
typedef CUresult (*quanta_cuda_pfn_cuCtxGetDevResource)(CUcontext hCtx, CUdevResource *resource, CUdevResourceType type);
typedef CUresult (*quanta_cuda_pfn_cuCtxGetDevice)(CUdevice *device);
typedef CUresult (*quanta_cuda_pfn_cuCtxGetDevice_v2)(CUdevice *device, CUcontext ctx);
typedef CUresult (*quanta_cuda_pfn_cuCtxGetExecAffinity)(CUexecAffinityParam *pExecAffinity, CUexecAffinityType type);
typedef CUresult (*quanta_cuda_pfn_cuCtxGetFlags)(unsigned int *flags);
typedef CUresult (*quanta_cuda_pfn_cuCtxGetId)(CUcontext ctx, unsigned long long *ctxId);
typedef CUresult (*quanta_cuda_pfn_cuCtxGetLimit)(size_t *pvalue, CUlimit limit);
typedef CUresult (*quanta_cuda_pfn_cuCtxGetSharedMemConfig)(CUsharedconfig *pConfig);
typedef CUresult (*quanta_cuda_pfn_cuCtxGetStreamPriorityRange)(int *leastPriority, int *greatestPriority);
typedef CUresult (*quanta_cuda_pfn_cuCtxPopCurrent)(CUcontext *pctx);
typedef CUresult (*quanta_cuda_pfn_cuCtxPopCurrent_v2)(CUcontext *pctx);
typedef CUresult (*quanta_cuda_pfn_cuCtxPushCurrent)(CUcontext ctx);
typedef CUresult (*quanta_cuda_pfn_cuCtxPushCurrent_v2)(CUcontext ctx);
typedef CUresult (*quanta_cuda_pfn_cuCtxRecordEvent)(CUcontext hCtx, CUevent hEvent);
typedef CUresult (*quanta_cuda_pfn_cuCtxResetPersistingL2Cache)(void);
typedef CUresult (*quanta_cuda_pfn_cuCtxSetCacheConfig)(CUfunc_cache config);
typedef CUresult (*quanta_cuda_pfn_cuCtxSetCurrent)(CUcontext ctx);
typedef CUresult (*quanta_cuda_pfn_cuCtxSetFlags)(unsigned int flags);
typedef CUresult (*quanta_cuda_pfn_cuCtxSetLimit)(CUlimit limit, size_t value);
typedef CUresult (*quanta_cuda_pfn_cuCtxSetSharedMemConfig)(CUsharedconfig config);
typedef CUresult (*quanta_cuda_pfn_cuCtxSynchronize)(void);
typedef CUresult (*quanta_cuda_pfn_cuCtxSynchronize_v2)(CUcontext ctx);
typedef CUresult (*quanta_cuda_pfn_cuCtxWaitEvent)(CUcontext hCtx, CUevent hEvent);
typedef CUresult (*quanta_cuda_pfn_cuDestroyExternalMemory)(CUexternalMemory extMem);
typedef CUresult (*quanta_cuda_pfn_cuDestroyExternalSemaphore)(CUexternalSemaphore extSem);
typedef CUresult (*quanta_cuda_pfn_cuDevResourceGenerateDesc)(CUdevResourceDesc *phDesc, CUdevResource *resources, unsigned int nbResources);
typedef CUresult (*quanta_cuda_pfn_cuDevSmResourceSplitByCount)(CUdevResource *result, unsigned int *nbGroups, const CUdevResource *input, CUdevResource *remaining, unsigned int useFlags, unsigned int minCount);
typedef CUresult (*quanta_cuda_pfn_cuDeviceCanAccessPeer)(int *canAccessPeer, CUdevice dev, CUdevice peerDev);
typedef CUresult (*quanta_cuda_pfn_cuDeviceComputeCapability)(int *major, int *minor, CUdevice dev);
typedef CUresult (*quanta_cuda_pfn_cuDeviceGet)(CUdevice *device, int ordinal);
typedef CUresult (*quanta_cuda_pfn_cuDeviceGetAttribute)(int *pi, CUdevice_attribute attrib, CUdevice dev);
typedef CUresult (*quanta_cuda_pfn_cuDeviceGetByPCIBusId)(CUdevice *dev, const char *pciBusId);
typedef CUresult (*quanta_cuda_pfn_cuDeviceGetCount)(int *count);
typedef CUresult (*quanta_cuda_pfn_cuDeviceGetDefaultMemPool)(CUmemoryPool *pool_out, CUdevice dev);
typedef CUresult (*quanta_cuda_pfn_cuDeviceGetDevResource)(CUdevice device, CUdevResource *resource, CUdevResourceType type);
typedef CUresult (*quanta_cuda_pfn_cuDeviceGetExecAffinitySupport)(int *pi, CUexecAffinityType type, CUdevice dev);
typedef CUresult (*quanta_cuda_pfn_cuDeviceGetGraphMemAttribute)(CUdevice device, CUgraphMem_attribute attr, void *value);
typedef CUresult (*quanta_cuda_pfn_cuDeviceGetHostAtomicCapabilities)(unsigned int *capabilities, const CUatomicOperation *operations, unsigned int count, CUdevice dev);
typedef CUresult (*quanta_cuda_pfn_cuDeviceGetLuid)(char *luid, unsigned int *deviceNodeMask, CUdevice dev);
typedef CUresult (*quanta_cuda_pfn_cuDeviceGetMemPool)(CUmemoryPool *pool, CUdevice dev);
typedef CUresult (*quanta_cuda_pfn_cuDeviceGetName)(char *name, int len, CUdevice dev);
typedef CUresult (*quanta_cuda_pfn_cuDeviceGetNvSciSyncAttributes)(void *nvSciSyncAttrList, CUdevice dev, int flags);
typedef CUresult (*quanta_cuda_pfn_cuDeviceGetP2PAtomicCapabilities)(unsigned int *capabilities, const CUatomicOperation *operations, unsigned int count, CUdevice srcDevice, CUdevice dstDevice);
typedef CUresult (*quanta_cuda_pfn_cuDeviceGetP2PAttribute)(int *value, CUdevice_P2PAttribute attrib, CUdevice srcDevice, CUdevice dstDevice);
typedef CUresult (*quanta_cuda_pfn_cuDeviceGetPCIBusId)(char *pciBusId, int len, CUdevice dev);
typedef CUresult (*quanta_cuda_pfn_cuDeviceGetProperties)(CUdevprop *prop, CUdevice dev);
typedef CUresult (*quanta_cuda_pfn_cuDeviceGetTexture1DLinearMaxWidth)(size_t *maxWidthInElements, CUarray_format format, unsigned numChannels, CUdevice dev);
typedef CUresult (*quanta_cuda_pfn_cuDeviceGetUuid)(CUuuid *uuid, CUdevice dev);
typedef CUresult (*quanta_cuda_pfn_cuDeviceGetUuid_v2)(CUuuid *uuid, CUdevice dev);
typedef CUresult (*quanta_cuda_pfn_cuDeviceGraphMemTrim)(CUdevice device);
typedef CUresult (*quanta_cuda_pfn_cuDevicePrimaryCtxGetState)(CUdevice dev, unsigned int *flags, int *active);
typedef CUresult (*quanta_cuda_pfn_cuDevicePrimaryCtxRelease)(CUdevice dev);
typedef CUresult (*quanta_cuda_pfn_cuDevicePrimaryCtxRelease_v2)(CUdevice dev);
typedef CUresult (*quanta_cuda_pfn_cuDevicePrimaryCtxReset)(CUdevice dev);
typedef CUresult (*quanta_cuda_pfn_cuDevicePrimaryCtxReset_v2)(CUdevice dev);
typedef CUresult (*quanta_cuda_pfn_cuDevicePrimaryCtxRetain)(CUcontext *pctx, CUdevice dev);
typedef CUresult (*quanta_cuda_pfn_cuDevicePrimaryCtxSetFlags)(CUdevice dev, unsigned int flags);
typedef CUresult (*quanta_cuda_pfn_cuDevicePrimaryCtxSetFlags_v2)(CUdevice dev, unsigned int flags);
typedef CUresult (*quanta_cuda_pfn_cuDeviceRegisterAsyncNotification)(CUdevice device, CUasyncCallback callbackFunc, void *userData, CUasyncCallbackHandle *callback);
typedef CUresult (*quanta_cuda_pfn_cuDeviceSetGraphMemAttribute)(CUdevice device, CUgraphMem_attribute attr, void *value);
typedef CUresult (*quanta_cuda_pfn_cuDeviceSetMemPool)(CUdevice dev, CUmemoryPool pool);
typedef CUresult (*quanta_cuda_pfn_cuDeviceTotalMem)(unsigned int *bytes, CUdevice dev);
typedef CUresult (*quanta_cuda_pfn_cuDeviceTotalMem_v2)(size_t *bytes, CUdevice dev);
typedef CUresult (*quanta_cuda_pfn_cuDeviceUnregisterAsyncNotification)(CUdevice device, CUasyncCallbackHandle callback);
typedef CUresult (*quanta_cuda_pfn_cuDriverGetVersion)(int *driverVersion);
typedef CUresult (*quanta_cuda_pfn_cuEGLStreamConsumerAcquireFrame)(CUeglStreamConnection *conn, CUgraphicsResource *pCudaResource, CUstream *pStream, unsigned int timeout);
typedef CUresult (*quanta_cuda_pfn_cuEGLStreamConsumerConnect)(CUeglStreamConnection *conn, EGLStreamKHR stream);
typedef CUresult (*quanta_cuda_pfn_cuEGLStreamConsumerConnectWithFlags)(CUeglStreamConnection *conn, EGLStreamKHR stream, unsigned int flags);
typedef CUresult (*quanta_cuda_pfn_cuEGLStreamConsumerDisconnect)(CUeglStreamConnection *conn);
typedef CUresult (*quanta_cuda_pfn_cuEGLStreamConsumerReleaseFrame)(CUeglStreamConnection *conn, CUgraphicsResource pCudaResource, CUstream *pStream);
typedef CUresult (*quanta_cuda_pfn_cuEGLStreamProducerConnect)(CUeglStreamConnection *conn, EGLStreamKHR stream, EGLint width, EGLint height);
typedef CUresult (*quanta_cuda_pfn_cuEGLStreamProducerDisconnect)(CUeglStreamConnection *conn);
typedef CUresult (*quanta_cuda_pfn_cuEGLStreamProducerPresentFrame)(CUeglStreamConnection *conn, CUeglFrame eglframe, CUstream *pStream);
typedef CUresult (*quanta_cuda_pfn_cuEGLStreamProducerReturnFrame)(CUeglStreamConnection *conn, CUeglFrame *eglframe, CUstream *pStream);
typedef CUresult (*quanta_cuda_pfn_cuEventCreate)(CUevent *phEvent, unsigned int Flags);
typedef CUresult (*quanta_cuda_pfn_cuEventCreateFromEGLSync)(CUevent *phEvent, EGLSyncKHR eglSync, unsigned int flags);
typedef CUresult (*quanta_cuda_pfn_cuEventDestroy)(CUevent hEvent);
typedef CUresult (*quanta_cuda_pfn_cuEventDestroy_v2)(CUevent hEvent);
typedef CUresult (*quanta_cuda_pfn_cuEventElapsedTime)(float *pMilliseconds, CUevent hStart, CUevent hEnd);
typedef CUresult (*quanta_cuda_pfn_cuEventElapsedTime_v2)(float *pMilliseconds, CUevent hStart, CUevent hEnd);
typedef CUresult (*quanta_cuda_pfn_cuEventQuery)(CUevent hEvent);
typedef CUresult (*quanta_cuda_pfn_cuEventRecord)(CUevent hEvent, CUstream hStream);
typedef CUresult (*quanta_cuda_pfn_cuEventRecord_ptsz)(CUevent hEvent, CUstream hStream);
typedef CUresult (*quanta_cuda_pfn_cuEventRecordWithFlags)(CUevent hEvent, CUstream hStream, unsigned int flags);
typedef CUresult (*quanta_cuda_pfn_cuEventRecordWithFlags_ptsz)(CUevent hEvent, CUstream hStream, unsigned int flags);
typedef CUresult (*quanta_cuda_pfn_cuEventSynchronize)(CUevent hEvent);
typedef CUresult (*quanta_cuda_pfn_cuExternalMemoryGetMappedBuffer)(CUdeviceptr *devPtr, CUexternalMemory extMem, const CUDA_EXTERNAL_MEMORY_BUFFER_DESC *bufferDesc);
typedef CUresult (*quanta_cuda_pfn_cuExternalMemoryGetMappedMipmappedArray)(CUmipmappedArray *mipmap, CUexternalMemory extMem, const CUDA_EXTERNAL_MEMORY_MIPMAPPED_ARRAY_DESC *mipmapDesc);
typedef CUresult (*quanta_cuda_pfn_cuFlushGPUDirectRDMAWrites)(CUflushGPUDirectRDMAWritesTarget target, CUflushGPUDirectRDMAWritesScope scope);
typedef CUresult (*quanta_cuda_pfn_cuFuncGetAttribute)(int *pi, CUfunction_attribute attrib, CUfunction hfunc);
typedef CUresult (*quanta_cuda_pfn_cuFuncGetModule)(CUmodule *hmod, CUfunction hfunc);
typedef CUresult (*quanta_cuda_pfn_cuFuncGetName)(const char **name, CUfunction hfunc);
typedef CUresult (*quanta_cuda_pfn_cuFuncGetParamInfo)(CUfunction func, size_t paramIndex, size_t *paramOffset, size_t *paramSize);
typedef CUresult (*quanta_cuda_pfn_cuFuncIsLoaded)(CUfunctionLoadingState *state, CUfunction function);
typedef CUresult (*quanta_cuda_pfn_cuFuncLoad)(CUfunction function);
typedef CUresult (*quanta_cuda_pfn_cuFuncSetAttribute)(CUfunction hfunc, CUfunction_attribute attrib, int value);
typedef CUresult (*quanta_cuda_pfn_cuFuncSetBlockShape)(CUfunction hfunc, int x, int y, int z);
typedef CUresult (*quanta_cuda_pfn_cuFuncSetCacheConfig)(CUfunction hfunc, CUfunc_cache config);
typedef CUresult (*quanta_cuda_pfn_cuFuncSetSharedMemConfig)(CUfunction hfunc, CUsharedconfig config);
typedef CUresult (*quanta_cuda_pfn_cuFuncSetSharedSize)(CUfunction hfunc, unsigned int bytes);
typedef CUresult (*quanta_cuda_pfn_cuGLCtxCreate)(CUcontext *pCtx, unsigned int Flags, CUdevice device);
typedef CUresult (*quanta_cuda_pfn_cuGLCtxCreate_v2)(CUcontext *pCtx, unsigned int Flags, CUdevice device);
typedef CUresult (*quanta_cuda_pfn_cuGLGetDevices)(unsigned int *pCudaDeviceCount, CUdevice *pCudaDevices, unsigned int cudaDeviceCount, CUGLDeviceList deviceList);
typedef CUresult (*quanta_cuda_pfn_cuGLGetDevices_v2)(unsigned int *pCudaDeviceCount, CUdevice *pCudaDevices, unsigned int cudaDeviceCount, CUGLDeviceList deviceList);
typedef CUresult (*quanta_cuda_pfn_cuGLInit)(void);
typedef CUresult (*quanta_cuda_pfn_cuGLMapBufferObject)(CUdeviceptr_v1 *dptr, unsigned int *size, GLuint buffer);
typedef CUresult (*quanta_cuda_pfn_cuGLMapBufferObject_v2)(CUdeviceptr *dptr, size_t *size, GLuint buffer);
typedef CUresult (*quanta_cuda_pfn_cuGLMapBufferObject_v2_ptds)(CUdeviceptr *dptr, size_t *size, GLuint buffer);
typedef CUresult (*quanta_cuda_pfn_cuGLMapBufferObjectAsync)(CUdeviceptr_v1 *dptr, unsigned int *size, GLuint buffer, CUstream hStream);
typedef CUresult (*quanta_cuda_pfn_cuGLMapBufferObjectAsync_v2)(CUdeviceptr *dptr, size_t *size, GLuint buffer, CUstream hStream);
typedef CUresult (*quanta_cuda_pfn_cuGLMapBufferObjectAsync_v2_ptsz)(CUdeviceptr *dptr, size_t *size, GLuint buffer, CUstream hStream);
typedef CUresult (*quanta_cuda_pfn_cuGLRegisterBufferObject)(GLuint buffer);
typedef CUresult (*quanta_cuda_pfn_cuGLSetBufferObjectMapFlags)(GLuint buffer, unsigned int Flags);
typedef CUresult (*quanta_cuda_pfn_cuGLUnmapBufferObject)(GLuint buffer);
typedef CUresult (*quanta_cuda_pfn_cuGLUnmapBufferObjectAsync)(GLuint buffer, CUstream hStream);
typedef CUresult (*quanta_cuda_pfn_cuGLUnregisterBufferObject)(GLuint buffer);
typedef CUresult (*quanta_cuda_pfn_cuGetErrorName)(CUresult error, const char **pStr);
typedef CUresult (*quanta_cuda_pfn_cuGetErrorString)(CUresult error, const char **pStr);
typedef CUresult (*quanta_cuda_pfn_cuGetExportTable)(const void **ppExportTable, const CUuuid *pExportTableId);
typedef CUresult (*quanta_cuda_pfn_cuGetProcAddress)(const char *symbol, void **pfn, int cudaVersion, cuuint64_t flags);
typedef CUresult (*quanta_cuda_pfn_cuGetProcAddress_v2)(const char *symbol, void **pfn, int cudaVersion, cuuint64_t flags, CUdriverProcAddressQueryResult *symbolStatus);
typedef CUresult (*quanta_cuda_pfn_cuGraphAddBatchMemOpNode)(CUgraphNode *phGraphNode, CUgraph hGraph, const CUgraphNode *dependencies, size_t numDependencies, const CUDA_BATCH_MEM_OP_NODE_PARAMS *nodeParams);
typedef CUresult (*quanta_cuda_pfn_cuGraphAddChildGraphNode)(CUgraphNode *phGraphNode, CUgraph hGraph, const CUgraphNode *dependencies, size_t numDependencies, CUgraph childGraph);
typedef CUresult (*quanta_cuda_pfn_cuGraphAddDependencies)(CUgraph hGraph, const CUgraphNode *from, const CUgraphNode *to, size_t numDependencies);
typedef CUresult (*quanta_cuda_pfn_cuGraphAddDependencies_v2)(CUgraph hGraph, const CUgraphNode *from, const CUgraphNode *to, const CUgraphEdgeData *edgeData, size_t numDependencies);
typedef CUresult (*quanta_cuda_pfn_cuGraphAddEmptyNode)(CUgraphNode *phGraphNode, CUgraph hGraph, const CUgraphNode *dependencies, size_t numDependencies);
typedef CUresult (*quanta_cuda_pfn_cuGraphAddEventRecordNode)(CUgraphNode *phGraphNode, CUgraph hGraph, const CUgraphNode *dependencies, size_t numDependencies, CUevent event);
typedef CUresult (*quanta_cuda_pfn_cuGraphAddEventWaitNode)(CUgraphNode *phGraphNode, CUgraph hGraph, const CUgraphNode *dependencies, size_t numDependencies, CUevent event);
typedef CUresult (*quanta_cuda_pfn_cuGraphAddExternalSemaphoresSignalNode)(CUgraphNode *phGraphNode, CUgraph hGraph, const CUgraphNode *dependencies, size_t numDependencies, const CUDA_EXT_SEM_SIGNAL_NODE_PARAMS *nodeParams);
typedef CUresult (*quanta_cuda_pfn_cuGraphAddExternalSemaphoresWaitNode)(CUgraphNode *phGraphNode, CUgraph hGraph, const CUgraphNode *dependencies, size_t numDependencies, const CUDA_EXT_SEM_WAIT_NODE_PARAMS *nodeParams);
typedef CUresult (*quanta_cuda_pfn_cuGraphAddHostNode)(CUgraphNode *phGraphNode, CUgraph hGraph, const CUgraphNode *dependencies, size_t numDependencies, const CUDA_HOST_NODE_PARAMS *nodeParams);
typedef CUresult (*quanta_cuda_pfn_cuGraphAddKernelNode)(CUgraphNode *phGraphNode, CUgraph hGraph, const CUgraphNode *dependencies, size_t numDependencies, const CUDA_KERNEL_NODE_PARAMS_v1 *nodeParams);
typedef CUresult (*quanta_cuda_pfn_cuGraphAddKernelNode_v2)(CUgraphNode *phGraphNode, CUgraph hGraph, const CUgraphNode *dependencies, size_t numDependencies, const CUDA_KERNEL_NODE_PARAMS *nodeParams);
typedef CUresult (*quanta_cuda_pfn_cuGraphAddMemAllocNode)(CUgraphNode *phGraphNode, CUgraph hGraph, const CUgraphNode *dependencies, size_t numDependencies, CUDA_MEM_ALLOC_NODE_PARAMS *nodeParams);
typedef CUresult (*quanta_cuda_pfn_cuGraphAddMemFreeNode)(CUgraphNode *phGraphNode, CUgraph hGraph, const CUgraphNode *dependencies, size_t numDependencies, CUdeviceptr dptr);
typedef CUresult (*quanta_cuda_pfn_cuGraphAddMemcpyNode)(CUgraphNode *phGraphNode, CUgraph hGraph, const CUgraphNode *dependencies, size_t numDependencies, const CUDA_MEMCPY3D *copyParams, CUcontext ctx);
typedef CUresult (*quanta_cuda_pfn_cuGraphAddMemsetNode)(CUgraphNode *phGraphNode, CUgraph hGraph, const CUgraphNode *dependencies, size_t numDependencies, const CUDA_MEMSET_NODE_PARAMS *memsetParams, CUcontext ctx);
typedef CUresult (*quanta_cuda_pfn_cuGraphAddNode)(CUgraphNode *phGraphNode, CUgraph hGraph, const CUgraphNode *dependencies, size_t numDependencies, CUgraphNodeParams *nodeParams);
typedef CUresult (*quanta_cuda_pfn_cuGraphAddNode_v2)(CUgraphNode *phGraphNode, CUgraph hGraph, const CUgraphNode *dependencies, const CUgraphEdgeData *dependencyData, size_t numDependencies, CUgraphNodeParams *nodeParams);
typedef CUresult (*quanta_cuda_pfn_cuGraphBatchMemOpNodeGetParams)(CUgraphNode hNode, CUDA_BATCH_MEM_OP_NODE_PARAMS *nodeParams_out);
typedef CUresult (*quanta_cuda_pfn_cuGraphBatchMemOpNodeSetParams)(CUgraphNode hNode, const CUDA_BATCH_MEM_OP_NODE_PARAMS *nodeParams);
typedef CUresult (*quanta_cuda_pfn_cuGraphChildGraphNodeGetGraph)(CUgraphNode hNode, CUgraph *phGraph);
typedef CUresult (*quanta_cuda_pfn_cuGraphClone)(CUgraph *phGraphClone, CUgraph originalGraph);
typedef CUresult (*quanta_cuda_pfn_cuGraphConditionalHandleCreate)(CUgraphConditionalHandle *pHandle_out, CUgraph hGraph, CUcontext ctx, unsigned int defaultLaunchValue, unsigned int flags);
typedef CUresult (*quanta_cuda_pfn_cuGraphCreate)(CUgraph *phGraph, unsigned int flags);
typedef CUresult (*quanta_cuda_pfn_cuGraphDebugDotPrint)(CUgraph hGraph, const char *path, unsigned int flags);
typedef CUresult (*quanta_cuda_pfn_cuGraphDestroy)(CUgraph hGraph);
typedef CUresult (*quanta_cuda_pfn_cuGraphDestroyNode)(CUgraphNode hNode);
typedef CUresult (*quanta_cuda_pfn_cuGraphEventRecordNodeGetEvent)(CUgraphNode hNode, CUevent *event_out);
typedef CUresult (*quanta_cuda_pfn_cuGraphEventRecordNodeSetEvent)(CUgraphNode hNode, CUevent event);
typedef CUresult (*quanta_cuda_pfn_cuGraphEventWaitNodeGetEvent)(CUgraphNode hNode, CUevent *event_out);
typedef CUresult (*quanta_cuda_pfn_cuGraphEventWaitNodeSetEvent)(CUgraphNode hNode, CUevent event);
typedef CUresult (*quanta_cuda_pfn_cuGraphExecBatchMemOpNodeSetParams)(CUgraphExec hGraphExec, CUgraphNode hNode, const CUDA_BATCH_MEM_OP_NODE_PARAMS *nodeParams);
typedef CUresult (*quanta_cuda_pfn_cuGraphExecChildGraphNodeSetParams)(CUgraphExec hGraphExec, CUgraphNode hNode, CUgraph childGraph);
typedef CUresult (*quanta_cuda_pfn_cuGraphExecDestroy)(CUgraphExec hGraphExec);
typedef CUresult (*quanta_cuda_pfn_cuGraphExecEventRecordNodeSetEvent)(CUgraphExec hGraphExec, CUgraphNode hNode, CUevent event);
typedef CUresult (*quanta_cuda_pfn_cuGraphExecEventWaitNodeSetEvent)(CUgraphExec hGraphExec, CUgraphNode hNode, CUevent event);
typedef CUresult (*quanta_cuda_pfn_cuGraphExecExternalSemaphoresSignalNodeSetParams)(CUgraphExec hGraphExec, CUgraphNode hNode, const CUDA_EXT_SEM_SIGNAL_NODE_PARAMS *nodeParams);
typedef CUresult (*quanta_cuda_pfn_cuGraphExecExternalSemaphoresWaitNodeSetParams)(CUgraphExec hGraphExec, CUgraphNode hNode, const CUDA_EXT_SEM_WAIT_NODE_PARAMS *nodeParams);
typedef CUresult (*quanta_cuda_pfn_cuGraphExecGetFlags)(CUgraphExec hGraphExec, cuuint64_t *flags);
typedef CUresult (*quanta_cuda_pfn_cuGraphExecHostNodeSetParams)(CUgraphExec hGraphExec, CUgraphNode hNode, const CUDA_HOST_NODE_PARAMS *nodeParams);
typedef CUresult (*quanta_cuda_pfn_cuGraphExecKernelNodeSetParams)(CUgraphExec hGraphExec, CUgraphNode hNode, const CUDA_KERNEL_NODE_PARAMS_v1 *nodeParams);
typedef CUresult (*quanta_cuda_pfn_cuGraphExecKernelNodeSetParams_v2)(CUgraphExec hGraphExec, CUgraphNode hNode, const CUDA_KERNEL_NODE_PARAMS *nodeParams);
typedef CUresult (*quanta_cuda_pfn_cuGraphExecMemcpyNodeSetParams)(CUgraphExec hGraphExec, CUgraphNode hNode, const CUDA_MEMCPY3D *copyParams, CUcontext ctx);
typedef CUresult (*quanta_cuda_pfn_cuGraphExecMemsetNodeSetParams)(CUgraphExec hGraphExec, CUgraphNode hNode, const CUDA_MEMSET_NODE_PARAMS *memsetParams, CUcontext ctx);
typedef CUresult (*quanta_cuda_pfn_cuGraphExecNodeSetParams)(CUgraphExec hGraphExec, CUgraphNode hNode, CUgraphNodeParams *nodeParams);
typedef CUresult (*quanta_cuda_pfn_cuGraphExecUpdate)(CUgraphExec hGraphExec, CUgraph hGraph, CUgraphNode *hErrorNode_out, CUgraphExecUpdateResult *updateResult_out);
typedef CUresult (*quanta_cuda_pfn_cuGraphExecUpdate_v2)(CUgraphExec hGraphExec, CUgraph hGraph, CUgraphExecUpdateResultInfo *resultInfo);
typedef CUresult (*quanta_cuda_pfn_cuGraphExternalSemaphoresSignalNodeGetParams)(CUgraphNode hNode, CUDA_EXT_SEM_SIGNAL_NODE_PARAMS *params_out);
typedef CUresult (*quanta_cuda_pfn_cuGraphExternalSemaphoresSignalNodeSetParams)(CUgraphNode hNode, const CUDA_EXT_SEM_SIGNAL_NODE_PARAMS *nodeParams);
typedef CUresult (*quanta_cuda_pfn_cuGraphExternalSemaphoresWaitNodeGetParams)(CUgraphNode hNode, CUDA_EXT_SEM_WAIT_NODE_PARAMS *params_out);
typedef CUresult (*quanta_cuda_pfn_cuGraphExternalSemaphoresWaitNodeSetParams)(CUgraphNode hNode, const CUDA_EXT_SEM_WAIT_NODE_PARAMS *nodeParams);
typedef CUresult (*quanta_cuda_pfn_cuGraphGetEdges)(CUgraph hGraph, CUgraphNode *from, CUgraphNode *to, size_t *numEdges);
typedef CUresult (*quanta_cuda_pfn_cuGraphGetEdges_v2)(CUgraph hGraph, CUgraphNode *from, CUgraphNode *to, CUgraphEdgeData *edgeData, size_t *numEdges);
typedef CUresult (*quanta_cuda_pfn_cuGraphGetNodes)(CUgraph hGraph, CUgraphNode *nodes, size_t *numNodes);
typedef CUresult (*quanta_cuda_pfn_cuGraphGetRootNodes)(CUgraph hGraph, CUgraphNode *rootNodes, size_t *numRootNodes);
typedef CUresult (*quanta_cuda_pfn_cuGraphHostNodeGetParams)(CUgraphNode hNode, CUDA_HOST_NODE_PARAMS *nodeParams);
typedef CUresult (*quanta_cuda_pfn_cuGraphHostNodeSetParams)(CUgraphNode hNode, const CUDA_HOST_NODE_PARAMS *nodeParams);
typedef CUresult (*quanta_cuda_pfn_cuGraphInstantiate)(CUgraphExec *phGraphExec, CUgraph hGraph, CUgraphNode *phErrorNode, char *logBuffer, size_t bufferSize);
typedef CUresult (*quanta_cuda_pfn_cuGraphInstantiate_v2)(CUgraphExec *phGraphExec, CUgraph hGraph, CUgraphNode *phErrorNode, char *logBuffer, size_t bufferSize);
typedef CUresult (*quanta_cuda_pfn_cuGraphInstantiateWithFlags)(CUgraphExec *phGraphExec, CUgraph hGraph, unsigned long long flags);
typedef CUresult (*quanta_cuda_pfn_cuGraphInstantiateWithParams)(CUgraphExec *phGraphExec, CUgraph hGraph, CUDA_GRAPH_INSTANTIATE_PARAMS *instantiateParams);
typedef CUresult (*quanta_cuda_pfn_cuGraphInstantiateWithParams_ptsz)(CUgraphExec *phGraphExec, CUgraph hGraph, CUDA_GRAPH_INSTANTIATE_PARAMS *instantiateParams);
typedef CUresult (*quanta_cuda_pfn_cuGraphKernelNodeCopyAttributes)(CUgraphNode dst, CUgraphNode src);
typedef CUresult (*quanta_cuda_pfn_cuGraphKernelNodeGetAttribute)(CUgraphNode hNode, CUkernelNodeAttrID attr, CUkernelNodeAttrValue *value_out);
typedef CUresult (*quanta_cuda_pfn_cuGraphKernelNodeGetParams)(CUgraphNode hNode, CUDA_KERNEL_NODE_PARAMS_v1 *nodeParams);
typedef CUresult (*quanta_cuda_pfn_cuGraphKernelNodeGetParams_v2)(CUgraphNode hNode, CUDA_KERNEL_NODE_PARAMS *nodeParams);
typedef CUresult (*quanta_cuda_pfn_cuGraphKernelNodeSetAttribute)(CUgraphNode hNode, CUkernelNodeAttrID attr, const CUkernelNodeAttrValue *value);
typedef CUresult (*quanta_cuda_pfn_cuGraphKernelNodeSetParams)(CUgraphNode hNode, const CUDA_KERNEL_NODE_PARAMS_v1 *nodeParams);
typedef CUresult (*quanta_cuda_pfn_cuGraphKernelNodeSetParams_v2)(CUgraphNode hNode, const CUDA_KERNEL_NODE_PARAMS *nodeParams);
typedef CUresult (*quanta_cuda_pfn_cuGraphLaunch)(CUgraphExec hGraphExec, CUstream hStream);
typedef CUresult (*quanta_cuda_pfn_cuGraphLaunch_ptsz)(CUgraphExec hGraphExec, CUstream hStream);
typedef CUresult (*quanta_cuda_pfn_cuGraphMemAllocNodeGetParams)(CUgraphNode hNode, CUDA_MEM_ALLOC_NODE_PARAMS *params_out);
typedef CUresult (*quanta_cuda_pfn_cuGraphMemFreeNodeGetParams)(CUgraphNode hNode, CUdeviceptr *dptr_out);
typedef CUresult (*quanta_cuda_pfn_cuGraphMemcpyNodeGetParams)(CUgraphNode hNode, CUDA_MEMCPY3D *nodeParams);
typedef CUresult (*quanta_cuda_pfn_cuGraphMemcpyNodeSetParams)(CUgraphNode hNode, const CUDA_MEMCPY3D *nodeParams);
typedef CUresult (*quanta_cuda_pfn_cuGraphMemsetNodeGetParams)(CUgraphNode hNode, CUDA_MEMSET_NODE_PARAMS *nodeParams);
typedef CUresult (*quanta_cuda_pfn_cuGraphMemsetNodeSetParams)(CUgraphNode hNode, const CUDA_MEMSET_NODE_PARAMS *nodeParams);
typedef CUresult (*quanta_cuda_pfn_cuGraphNodeFindInClone)(CUgraphNode *phNode, CUgraphNode hOriginalNode, CUgraph hClonedGraph);
typedef CUresult (*quanta_cuda_pfn_cuGraphNodeGetDependencies)(CUgraphNode hNode, CUgraphNode *dependencies, size_t *numDependencies);
typedef CUresult (*quanta_cuda_pfn_cuGraphNodeGetDependencies_v2)(CUgraphNode hNode, CUgraphNode *dependencies, CUgraphEdgeData *edgeData, size_t *numDependencies);
typedef CUresult (*quanta_cuda_pfn_cuGraphNodeGetDependentNodes)(CUgraphNode hNode, CUgraphNode *dependentNodes, size_t *numDependentNodes);
typedef CUresult (*quanta_cuda_pfn_cuGraphNodeGetDependentNodes_v2)(CUgraphNode hNode, CUgraphNode *dependentNodes, CUgraphEdgeData *edgeData, size_t *numDependentNodes);
typedef CUresult (*quanta_cuda_pfn_cuGraphNodeGetEnabled)(CUgraphExec hGraphExec, CUgraphNode hNode, unsigned int *isEnabled);
typedef CUresult (*quanta_cuda_pfn_cuGraphNodeGetType)(CUgraphNode hNode, CUgraphNodeType *type);
typedef CUresult (*quanta_cuda_pfn_cuGraphNodeSetEnabled)(CUgraphExec hGraphExec, CUgraphNode hNode, unsigned int isEnabled);
typedef CUresult (*quanta_cuda_pfn_cuGraphNodeSetParams)(CUgraphNode hNode, CUgraphNodeParams *nodeParams);
typedef CUresult (*quanta_cuda_pfn_cuGraphReleaseUserObject)(CUgraph graph, CUuserObject object, unsigned int count);
typedef CUresult (*quanta_cuda_pfn_cuGraphRemoveDependencies)(CUgraph hGraph, const CUgraphNode *from, const CUgraphNode *to, size_t numDependencies);
typedef CUresult (*quanta_cuda_pfn_cuGraphRemoveDependencies_v2)(CUgraph hGraph, const CUgraphNode *from, const CUgraphNode *to, const CUgraphEdgeData *edgeData, size_t numDependencies);
typedef CUresult (*quanta_cuda_pfn_cuGraphRetainUserObject)(CUgraph graph, CUuserObject object, unsigned int count, unsigned int flags);
typedef CUresult (*quanta_cuda_pfn_cuGraphUpload)(CUgraphExec hGraphExec, CUstream hStream);
typedef CUresult (*quanta_cuda_pfn_cuGraphUpload_ptsz)(CUgraphExec hGraphExec, CUstream hStream);
typedef CUresult (*quanta_cuda_pfn_cuGraphicsEGLRegisterImage)(CUgraphicsResource *pCudaResource, EGLImageKHR image, unsigned int flags);
typedef CUresult (*quanta_cuda_pfn_cuGraphicsGLRegisterBuffer)(CUgraphicsResource *pCudaResource, GLuint buffer, unsigned int Flags);
typedef CUresult (*quanta_cuda_pfn_cuGraphicsGLRegisterImage)(CUgraphicsResource *pCudaResource, GLuint image, GLenum target, unsigned int Flags);
typedef CUresult (*quanta_cuda_pfn_cuGraphicsMapResources)(unsigned int count, CUgraphicsResource *resources, CUstream hStream);
typedef CUresult (*quanta_cuda_pfn_cuGraphicsMapResources_ptsz)(unsigned int count, CUgraphicsResource *resources, CUstream hStream);
typedef CUresult (*quanta_cuda_pfn_cuGraphicsResourceGetMappedEglFrame)(CUeglFrame *eglFrame, CUgraphicsResource resource, unsigned int index, unsigned int mipLevel);
typedef CUresult (*quanta_cuda_pfn_cuGraphicsResourceGetMappedMipmappedArray)(CUmipmappedArray *pMipmappedArray, CUgraphicsResource resource);
typedef CUresult (*quanta_cuda_pfn_cuGraphicsResourceGetMappedPointer)(CUdeviceptr_v1 *pDevPtr, unsigned int *pSize, CUgraphicsResource resource);
typedef CUresult (*quanta_cuda_pfn_cuGraphicsResourceGetMappedPointer_v2)(CUdeviceptr *pDevPtr, size_t *pSize, CUgraphicsResource resource);
typedef CUresult (*quanta_cuda_pfn_cuGraphicsResourceSetMapFlags)(CUgraphicsResource resource, unsigned int flags);
typedef CUresult (*quanta_cuda_pfn_cuGraphicsResourceSetMapFlags_v2)(CUgraphicsResource resource, unsigned int flags);
typedef CUresult (*quanta_cuda_pfn_cuGraphicsSubResourceGetMappedArray)(CUarray *pArray, CUgraphicsResource resource, unsigned int arrayIndex, unsigned int mipLevel);
typedef CUresult (*quanta_cuda_pfn_cuGraphicsUnmapResources)(unsigned int count, CUgraphicsResource *resources, CUstream hStream);
typedef CUresult (*quanta_cuda_pfn_cuGraphicsUnmapResources_ptsz)(unsigned int count, CUgraphicsResource *resources, CUstream hStream);
typedef CUresult (*quanta_cuda_pfn_cuGraphicsUnregisterResource)(CUgraphicsResource resource);
typedef CUresult (*quanta_cuda_pfn_cuGraphicsVDPAURegisterOutputSurface)(CUgraphicsResource *pCudaResource, VdpOutputSurface vdpSurface, unsigned int flags);
typedef CUresult (*quanta_cuda_pfn_cuGraphicsVDPAURegisterVideoSurface)(CUgraphicsResource *pCudaResource, VdpVideoSurface vdpSurface, unsigned int flags);
typedef CUresult (*quanta_cuda_pfn_cuGreenCtxCreate)(CUgreenCtx *phCtx, CUdevResourceDesc desc, CUdevice dev, unsigned int flags);
typedef CUresult (*quanta_cuda_pfn_cuGreenCtxDestroy)(CUgreenCtx hCtx);
typedef CUresult (*quanta_cuda_pfn_cuGreenCtxGetDevResource)(CUgreenCtx hCtx, CUdevResource *resource, CUdevResourceType type);
typedef CUresult (*quanta_cuda_pfn_cuGreenCtxGetId)(CUgreenCtx greenCtx, unsigned long long *greenCtxId);
typedef CUresult (*quanta_cuda_pfn_cuGreenCtxRecordEvent)(CUgreenCtx hCtx, CUevent hEvent);
typedef CUresult (*quanta_cuda_pfn_cuGreenCtxStreamCreate)(CUstream *phStream, CUgreenCtx greenCtx, unsigned int flags, int priority);
typedef CUresult (*quanta_cuda_pfn_cuGreenCtxWaitEvent)(CUgreenCtx hCtx, CUevent hEvent);
typedef CUresult (*quanta_cuda_pfn_cuImportExternalMemory)(CUexternalMemory *extMem_out, const CUDA_EXTERNAL_MEMORY_HANDLE_DESC *memHandleDesc);
typedef CUresult (*quanta_cuda_pfn_cuImportExternalSemaphore)(CUexternalSemaphore *extSem_out, const CUDA_EXTERNAL_SEMAPHORE_HANDLE_DESC *semHandleDesc);
typedef CUresult (*quanta_cuda_pfn_cuInit)(unsigned int Flags);
typedef CUresult (*quanta_cuda_pfn_cuIpcCloseMemHandle)(CUdeviceptr dptr);
typedef CUresult (*quanta_cuda_pfn_cuIpcGetEventHandle)(CUipcEventHandle *pHandle, CUevent event);
typedef CUresult (*quanta_cuda_pfn_cuIpcGetMemHandle)(CUipcMemHandle *pHandle, CUdeviceptr dptr);
typedef CUresult (*quanta_cuda_pfn_cuIpcOpenEventHandle)(CUevent *phEvent, CUipcEventHandle handle);
typedef CUresult (*quanta_cuda_pfn_cuIpcOpenMemHandle)(CUdeviceptr *pdptr, CUipcMemHandle handle, unsigned int Flags);
typedef CUresult (*quanta_cuda_pfn_cuIpcOpenMemHandle_v2)(CUdeviceptr *pdptr, CUipcMemHandle handle, unsigned int Flags);
typedef CUresult (*quanta_cuda_pfn_cuKernelGetAttribute)(int *pi, CUfunction_attribute attrib, CUkernel kernel, CUdevice dev);
typedef CUresult (*quanta_cuda_pfn_cuKernelGetFunction)(CUfunction *pFunc, CUkernel kernel);
typedef CUresult (*quanta_cuda_pfn_cuKernelGetLibrary)(CUlibrary *pLib, CUkernel kernel);
typedef CUresult (*quanta_cuda_pfn_cuKernelGetName)(const char **name, CUkernel hfunc);
typedef CUresult (*quanta_cuda_pfn_cuKernelGetParamInfo)(CUkernel kernel, size_t paramIndex, size_t *paramOffset, size_t *paramSize);
typedef CUresult (*quanta_cuda_pfn_cuKernelSetAttribute)(CUfunction_attribute attrib, int val, CUkernel kernel, CUdevice dev);
typedef CUresult (*quanta_cuda_pfn_cuKernelSetCacheConfig)(CUkernel kernel, CUfunc_cache config, CUdevice dev);
typedef CUresult (*quanta_cuda_pfn_cuLaunch)(CUfunction f);
typedef CUresult (*quanta_cuda_pfn_cuLaunchCooperativeKernel)(CUfunction f, unsigned int gridDimX, unsigned int gridDimY, unsigned int gridDimZ, unsigned int blockDimX, unsigned int blockDimY, unsigned int blockDimZ, unsigned int sharedMemBytes, CUstream hStream, void **kernelParams);
typedef CUresult (*quanta_cuda_pfn_cuLaunchCooperativeKernel_ptsz)(CUfunction f, unsigned int gridDimX, unsigned int gridDimY, unsigned int gridDimZ, unsigned int blockDimX, unsigned int blockDimY, unsigned int blockDimZ, unsigned int sharedMemBytes, CUstream hStream, void **kernelParams);
typedef CUresult (*quanta_cuda_pfn_cuLaunchCooperativeKernelMultiDevice)(CUDA_LAUNCH_PARAMS *launchParamsList, unsigned int numDevices, unsigned int flags);
typedef CUresult (*quanta_cuda_pfn_cuLaunchGrid)(CUfunction f, int grid_width, int grid_height);
typedef CUresult (*quanta_cuda_pfn_cuLaunchGridAsync)(CUfunction f, int grid_width, int grid_height, CUstream hStream);
typedef CUresult (*quanta_cuda_pfn_cuLaunchHostFunc)(CUstream hStream, CUhostFn fn, void *userData);
typedef CUresult (*quanta_cuda_pfn_cuLaunchHostFunc_ptsz)(CUstream hStream, CUhostFn fn, void *userData);
typedef CUresult (*quanta_cuda_pfn_cuLaunchKernel)(CUfunction f, unsigned int gridDimX, unsigned int gridDimY, unsigned int gridDimZ, unsigned int blockDimX, unsigned int blockDimY, unsigned int blockDimZ, unsigned int sharedMemBytes, CUstream hStream, void **kernelParams, void **extra);
typedef CUresult (*quanta_cuda_pfn_cuLaunchKernel_ptsz)(CUfunction f, unsigned int gridDimX, unsigned int gridDimY, unsigned int gridDimZ, unsigned int blockDimX, unsigned int blockDimY, unsigned int blockDimZ, unsigned int sharedMemBytes, CUstream hStream, void **kernelParams, void **extra);
typedef CUresult (*quanta_cuda_pfn_cuLaunchKernelEx)(const CUlaunchConfig *config, CUfunction f, void **kernelParams, void **extra);
typedef CUresult (*quanta_cuda_pfn_cuLaunchKernelEx_ptsz)(const CUlaunchConfig *config, CUfunction f, void **kernelParams, void **extra);
typedef CUresult (*quanta_cuda_pfn_cuLibraryEnumerateKernels)(CUkernel *kernels, unsigned int numKernels, CUlibrary lib);
typedef CUresult (*quanta_cuda_pfn_cuLibraryGetGlobal)(CUdeviceptr *dptr, size_t *bytes, CUlibrary library, const char *name);
typedef CUresult (*quanta_cuda_pfn_cuLibraryGetKernel)(CUkernel *pKernel, CUlibrary library, const char *name);
typedef CUresult (*quanta_cuda_pfn_cuLibraryGetKernelCount)(unsigned int *count, CUlibrary lib);
typedef CUresult (*quanta_cuda_pfn_cuLibraryGetManaged)(CUdeviceptr *dptr, size_t *bytes, CUlibrary library, const char *name);
typedef CUresult (*quanta_cuda_pfn_cuLibraryGetModule)(CUmodule *pMod, CUlibrary library);
typedef CUresult (*quanta_cuda_pfn_cuLibraryGetUnifiedFunction)(void **fptr, CUlibrary library, const char *symbol);
typedef CUresult (*quanta_cuda_pfn_cuLibraryLoadData)(CUlibrary *library, const void *code, CUjit_option *jitOptions, void **jitOptionsValues, unsigned int numJitOptions, CUlibraryOption *libraryOptions, void **libraryOptionValues, unsigned int numLibraryOptions);
typedef CUresult (*quanta_cuda_pfn_cuLibraryLoadFromFile)(CUlibrary *library, const char *fileName, CUjit_option *jitOptions, void **jitOptionsValues, unsigned int numJitOptions, CUlibraryOption *libraryOptions, void **libraryOptionValues, unsigned int numLibraryOptions);
typedef CUresult (*quanta_cuda_pfn_cuLibraryUnload)(CUlibrary library);
typedef CUresult (*quanta_cuda_pfn_cuLinkAddData)(CUlinkState state, CUjitInputType type, void *data, size_t size, const char *name, unsigned int numOptions, CUjit_option *options, void **optionValues);
typedef CUresult (*quanta_cuda_pfn_cuLinkAddData_v2)(CUlinkState state, CUjitInputType type, void *data, size_t size, const char *name, unsigned int numOptions, CUjit_option *options, void **optionValues);
typedef CUresult (*quanta_cuda_pfn_cuLinkAddFile)(CUlinkState state, CUjitInputType type, const char *path, unsigned int numOptions, CUjit_option *options, void **optionValues);
typedef CUresult (*quanta_cuda_pfn_cuLinkAddFile_v2)(CUlinkState state, CUjitInputType type, const char *path, unsigned int numOptions, CUjit_option *options, void **optionValues);
typedef CUresult (*quanta_cuda_pfn_cuLinkComplete)(CUlinkState state, void **cubinOut, size_t *sizeOut);
typedef CUresult (*quanta_cuda_pfn_cuLinkCreate)(unsigned int numOptions, CUjit_option *options, void **optionValues, CUlinkState *stateOut);
typedef CUresult (*quanta_cuda_pfn_cuLinkCreate_v2)(unsigned int numOptions, CUjit_option *options, void **optionValues, CUlinkState *stateOut);
typedef CUresult (*quanta_cuda_pfn_cuLinkDestroy)(CUlinkState state);
typedef CUresult (*quanta_cuda_pfn_cuLogsCurrent)(CUlogIterator *iterator_out, unsigned int flags);
typedef CUresult (*quanta_cuda_pfn_cuLogsDumpToFile)(CUlogIterator *iterator, const char *pathToFile, unsigned int flags);
typedef CUresult (*quanta_cuda_pfn_cuLogsDumpToMemory)(CUlogIterator *iterator, char *buffer, size_t *size, unsigned int flags);
typedef CUresult (*quanta_cuda_pfn_cuLogsRegisterCallback)(CUlogsCallback callbackFunc, void *userData, CUlogsCallbackHandle *callback_out);
typedef CUresult (*quanta_cuda_pfn_cuLogsUnregisterCallback)(CUlogsCallbackHandle callback);
typedef CUresult (*quanta_cuda_pfn_cuMemAddressFree)(CUdeviceptr ptr, size_t size);
typedef CUresult (*quanta_cuda_pfn_cuMemAddressReserve)(CUdeviceptr *ptr, size_t size, size_t alignment, CUdeviceptr addr, unsigned long long flags);
typedef CUresult (*quanta_cuda_pfn_cuMemAdvise)(CUdeviceptr devPtr, size_t count, CUmem_advise advice, CUdevice device);
typedef CUresult (*quanta_cuda_pfn_cuMemAdvise_v2)(CUdeviceptr devPtr, size_t count, CUmem_advise advice, CUmemLocation location);
typedef CUresult (*quanta_cuda_pfn_cuMemAlloc)(CUdeviceptr_v1 *dptr, unsigned int bytesize);
typedef CUresult (*quanta_cuda_pfn_cuMemAlloc_v2)(CUdeviceptr *dptr, size_t bytesize);
typedef CUresult (*quanta_cuda_pfn_cuMemAllocAsync)(CUdeviceptr *dptr, size_t bytesize, CUstream hStream);
typedef CUresult (*quanta_cuda_pfn_cuMemAllocAsync_ptsz)(CUdeviceptr *dptr, size_t bytesize, CUstream hStream);
typedef CUresult (*quanta_cuda_pfn_cuMemAllocFromPoolAsync)(CUdeviceptr *dptr, size_t bytesize, CUmemoryPool pool, CUstream hStream);
typedef CUresult (*quanta_cuda_pfn_cuMemAllocFromPoolAsync_ptsz)(CUdeviceptr *dptr, size_t bytesize, CUmemoryPool pool, CUstream hStream);
typedef CUresult (*quanta_cuda_pfn_cuMemAllocHost)(void **pp, unsigned int bytesize);
typedef CUresult (*quanta_cuda_pfn_cuMemAllocHost_v2)(void **pp, size_t bytesize);
typedef CUresult (*quanta_cuda_pfn_cuMemAllocManaged)(CUdeviceptr *dptr, size_t bytesize, unsigned int flags);
typedef CUresult (*quanta_cuda_pfn_cuMemAllocPitch)(CUdeviceptr_v1 *dptr, unsigned int *pPitch, unsigned int WidthInBytes, unsigned int Height, unsigned int ElementSizeBytes);
typedef CUresult (*quanta_cuda_pfn_cuMemAllocPitch_v2)(CUdeviceptr *dptr, size_t *pPitch, size_t WidthInBytes, size_t Height, unsigned int ElementSizeBytes);
typedef CUresult (*quanta_cuda_pfn_cuMemBatchDecompressAsync)(CUmemDecompressParams *paramsArray, size_t count, unsigned int flags, size_t *errorIndex, CUstream stream);
typedef CUresult (*quanta_cuda_pfn_cuMemBatchDecompressAsync_ptsz)(CUmemDecompressParams *paramsArray, size_t count, unsigned int flags, size_t *errorIndex, CUstream stream);
typedef CUresult (*quanta_cuda_pfn_cuMemCreate)(CUmemGenericAllocationHandle *handle, size_t size, const CUmemAllocationProp *prop, unsigned long long flags);
typedef CUresult (*quanta_cuda_pfn_cuMemDiscardAndPrefetchBatchAsync)(CUdeviceptr *dptrs, size_t *sizes, size_t count, CUmemLocation *prefetchLocs, size_t *prefetchLocIdxs, size_t numPrefetchLocs, unsigned long long flags, CUstream hStream);
typedef CUresult (*quanta_cuda_pfn_cuMemDiscardAndPrefetchBatchAsync_ptsz)(CUdeviceptr *dptrs, size_t *sizes, size_t count, CUmemLocation *prefetchLocs, size_t *prefetchLocIdxs, size_t numPrefetchLocs, unsigned long long flags, CUstream hStream);
typedef CUresult (*quanta_cuda_pfn_cuMemDiscardBatchAsync)(CUdeviceptr *dptrs, size_t *sizes, size_t count, unsigned long long flags, CUstream hStream);
typedef CUresult (*quanta_cuda_pfn_cuMemDiscardBatchAsync_ptsz)(CUdeviceptr *dptrs, size_t *sizes, size_t count, unsigned long long flags, CUstream hStream);
typedef CUresult (*quanta_cuda_pfn_cuMemExportToShareableHandle)(void *shareableHandle, CUmemGenericAllocationHandle handle, CUmemAllocationHandleType handleType, unsigned long long flags);
typedef CUresult (*quanta_cuda_pfn_cuMemFree)(CUdeviceptr_v1 dptr);
typedef CUresult (*quanta_cuda_pfn_cuMemFree_v2)(CUdeviceptr dptr);
typedef CUresult (*quanta_cuda_pfn_cuMemFreeAsync)(CUdeviceptr dptr, CUstream hStream);
typedef CUresult (*quanta_cuda_pfn_cuMemFreeAsync_ptsz)(CUdeviceptr dptr, CUstream hStream);
typedef CUresult (*quanta_cuda_pfn_cuMemFreeHost)(void *p);
typedef CUresult (*quanta_cuda_pfn_cuMemGetAccess)(unsigned long long *flags, const CUmemLocation *location, CUdeviceptr ptr);
typedef CUresult (*quanta_cuda_pfn_cuMemGetAddressRange)(CUdeviceptr_v1 *pbase, unsigned int *psize, CUdeviceptr_v1 dptr);
typedef CUresult (*quanta_cuda_pfn_cuMemGetAddressRange_v2)(CUdeviceptr *pbase, size_t *psize, CUdeviceptr dptr);
typedef CUresult (*quanta_cuda_pfn_cuMemGetAllocationGranularity)(size_t *granularity, const CUmemAllocationProp *prop, CUmemAllocationGranularity_flags option);
typedef CUresult (*quanta_cuda_pfn_cuMemGetAllocationPropertiesFromHandle)(CUmemAllocationProp *prop, CUmemGenericAllocationHandle handle);
typedef CUresult (*quanta_cuda_pfn_cuMemGetDefaultMemPool)(CUmemoryPool *pool_out, CUmemLocation *location, CUmemAllocationType type);
typedef CUresult (*quanta_cuda_pfn_cuMemGetHandleForAddressRange)(void *handle, CUdeviceptr dptr, size_t size, CUmemRangeHandleType handleType, unsigned long long flags);
typedef CUresult (*quanta_cuda_pfn_cuMemGetInfo)(unsigned int *free, unsigned int *total);
typedef CUresult (*quanta_cuda_pfn_cuMemGetInfo_v2)(size_t *free, size_t *total);
typedef CUresult (*quanta_cuda_pfn_cuMemGetMemPool)(CUmemoryPool *pool, CUmemLocation *location, CUmemAllocationType type);
typedef CUresult (*quanta_cuda_pfn_cuMemHostAlloc)(void **pp, size_t bytesize, unsigned int Flags);
typedef CUresult (*quanta_cuda_pfn_cuMemHostGetDevicePointer)(CUdeviceptr_v1 *pdptr, void *p, unsigned int Flags);
typedef CUresult (*quanta_cuda_pfn_cuMemHostGetDevicePointer_v2)(CUdeviceptr *pdptr, void *p, unsigned int Flags);
typedef CUresult (*quanta_cuda_pfn_cuMemHostGetFlags)(unsigned int *pFlags, void *p);
typedef CUresult (*quanta_cuda_pfn_cuMemHostRegister)(void *p, size_t bytesize, unsigned int Flags);
typedef CUresult (*quanta_cuda_pfn_cuMemHostRegister_v2)(void *p, size_t bytesize, unsigned int Flags);
typedef CUresult (*quanta_cuda_pfn_cuMemHostUnregister)(void *p);
typedef CUresult (*quanta_cuda_pfn_cuMemImportFromShareableHandle)(CUmemGenericAllocationHandle *handle, void *osHandle, CUmemAllocationHandleType shHandleType);
typedef CUresult (*quanta_cuda_pfn_cuMemMap)(CUdeviceptr ptr, size_t size, size_t offset, CUmemGenericAllocationHandle handle, unsigned long long flags);
typedef CUresult (*quanta_cuda_pfn_cuMemMapArrayAsync)(CUarrayMapInfo *mapInfoList, unsigned int count, CUstream hStream);
typedef CUresult (*quanta_cuda_pfn_cuMemMapArrayAsync_ptsz)(CUarrayMapInfo *mapInfoList, unsigned int count, CUstream hStream);
typedef CUresult (*quanta_cuda_pfn_cuMemPoolCreate)(CUmemoryPool *pool, const CUmemPoolProps *poolProps);
typedef CUresult (*quanta_cuda_pfn_cuMemPoolDestroy)(CUmemoryPool pool);
typedef CUresult (*quanta_cuda_pfn_cuMemPoolExportPointer)(CUmemPoolPtrExportData *shareData_out, CUdeviceptr ptr);
typedef CUresult (*quanta_cuda_pfn_cuMemPoolExportToShareableHandle)(void *handle_out, CUmemoryPool pool, CUmemAllocationHandleType handleType, unsigned long long flags);
typedef CUresult (*quanta_cuda_pfn_cuMemPoolGetAccess)(CUmemAccess_flags *flags, CUmemoryPool memPool, CUmemLocation *location);
typedef CUresult (*quanta_cuda_pfn_cuMemPoolGetAttribute)(CUmemoryPool pool, CUmemPool_attribute attr, void *value);
typedef CUresult (*quanta_cuda_pfn_cuMemPoolImportFromShareableHandle)(CUmemoryPool *pool_out, void *handle, CUmemAllocationHandleType handleType, unsigned long long flags);
typedef CUresult (*quanta_cuda_pfn_cuMemPoolImportPointer)(CUdeviceptr *ptr_out, CUmemoryPool pool, CUmemPoolPtrExportData *shareData);
typedef CUresult (*quanta_cuda_pfn_cuMemPoolSetAccess)(CUmemoryPool pool, const CUmemAccessDesc *map, size_t count);
typedef CUresult (*quanta_cuda_pfn_cuMemPoolSetAttribute)(CUmemoryPool pool, CUmemPool_attribute attr, void *value);
typedef CUresult (*quanta_cuda_pfn_cuMemPoolTrimTo)(CUmemoryPool pool, size_t minBytesToKeep);
typedef CUresult (*quanta_cuda_pfn_cuMemPrefetchAsync)(CUdeviceptr devPtr, size_t count, CUdevice dstDevice, CUstream hStream);
typedef CUresult (*quanta_cuda_pfn_cuMemPrefetchAsync_ptsz)(CUdeviceptr devPtr, size_t count, CUdevice dstDevice, CUstream hStream);
typedef CUresult (*quanta_cuda_pfn_cuMemPrefetchAsync_v2)(CUdeviceptr devPtr, size_t count, CUmemLocation location, unsigned int flags, CUstream hStream);
typedef CUresult (*quanta_cuda_pfn_cuMemPrefetchAsync_v2_ptsz)(CUdeviceptr devPtr, size_t count, CUmemLocation location, unsigned int flags, CUstream hStream);
typedef CUresult (*quanta_cuda_pfn_cuMemPrefetchBatchAsync)(CUdeviceptr *dptrs, size_t *sizes, size_t count, CUmemLocation *prefetchLocs, size_t *prefetchLocIdxs, size_t numPrefetchLocs, unsigned long long flags, CUstream hStream);
typedef CUresult (*quanta_cuda_pfn_cuMemPrefetchBatchAsync_ptsz)(CUdeviceptr *dptrs, size_t *sizes, size_t count, CUmemLocation *prefetchLocs, size_t *prefetchLocIdxs, size_t numPrefetchLocs, unsigned long long flags, CUstream hStream);
typedef CUresult (*quanta_cuda_pfn_cuMemRangeGetAttribute)(void *data, size_t dataSize, CUmem_range_attribute attribute, CUdeviceptr devPtr, size_t count);
typedef CUresult (*quanta_cuda_pfn_cuMemRangeGetAttributes)(void **data, size_t *dataSizes, CUmem_range_attribute *attributes, size_t numAttributes, CUdeviceptr devPtr, size_t count);
typedef CUresult (*quanta_cuda_pfn_cuMemRelease)(CUmemGenericAllocationHandle handle);
typedef CUresult (*quanta_cuda_pfn_cuMemRetainAllocationHandle)(CUmemGenericAllocationHandle *handle, void *addr);
typedef CUresult (*quanta_cuda_pfn_cuMemSetAccess)(CUdeviceptr ptr, size_t size, const CUmemAccessDesc *desc, size_t count);
typedef CUresult (*quanta_cuda_pfn_cuMemSetMemPool)(CUmemLocation *location, CUmemAllocationType type, CUmemoryPool pool);
typedef CUresult (*quanta_cuda_pfn_cuMemUnmap)(CUdeviceptr ptr, size_t size);
typedef CUresult (*quanta_cuda_pfn_cuMemcpy)(CUdeviceptr dst, CUdeviceptr src, size_t ByteCount);
typedef CUresult (*quanta_cuda_pfn_cuMemcpy_ptds)(CUdeviceptr dst, CUdeviceptr src, size_t ByteCount);
typedef CUresult (*quanta_cuda_pfn_cuMemcpy2D)(const CUDA_MEMCPY2D_v1 *pCopy);
typedef CUresult (*quanta_cuda_pfn_cuMemcpy2D_v2)(const CUDA_MEMCPY2D *pCopy);
typedef CUresult (*quanta_cuda_pfn_cuMemcpy2D_v2_ptds)(const CUDA_MEMCPY2D *pCopy);
typedef CUresult (*quanta_cuda_pfn_cuMemcpy2DAsync)(const CUDA_MEMCPY2D_v1 *pCopy, CUstream hStream);
typedef CUresult (*quanta_cuda_pfn_cuMemcpy2DAsync_v2)(const CUDA_MEMCPY2D *pCopy, CUstream hStream);
typedef CUresult (*quanta_cuda_pfn_cuMemcpy2DAsync_v2_ptsz)(const CUDA_MEMCPY2D *pCopy, CUstream hStream);
typedef CUresult (*quanta_cuda_pfn_cuMemcpy2DUnaligned)(const CUDA_MEMCPY2D_v1 *pCopy);
typedef CUresult (*quanta_cuda_pfn_cuMemcpy2DUnaligned_v2)(const CUDA_MEMCPY2D *pCopy);
typedef CUresult (*quanta_cuda_pfn_cuMemcpy2DUnaligned_v2_ptds)(const CUDA_MEMCPY2D *pCopy);
typedef CUresult (*quanta_cuda_pfn_cuMemcpy3D)(const CUDA_MEMCPY3D_v1 *pCopy);
typedef CUresult (*quanta_cuda_pfn_cuMemcpy3D_v2)(const CUDA_MEMCPY3D *pCopy);
typedef CUresult (*quanta_cuda_pfn_cuMemcpy3D_v2_ptds)(const CUDA_MEMCPY3D *pCopy);
typedef CUresult (*quanta_cuda_pfn_cuMemcpy3DAsync)(const CUDA_MEMCPY3D_v1 *pCopy, CUstream hStream);
typedef CUresult (*quanta_cuda_pfn_cuMemcpy3DAsync_v2)(const CUDA_MEMCPY3D *pCopy, CUstream hStream);
typedef CUresult (*quanta_cuda_pfn_cuMemcpy3DAsync_v2_ptsz)(const CUDA_MEMCPY3D *pCopy, CUstream hStream);
typedef CUresult (*quanta_cuda_pfn_cuMemcpy3DBatchAsync)(size_t numOps, CUDA_MEMCPY3D_BATCH_OP *opList, size_t *failIdx, unsigned long long flags, CUstream hStream);
typedef CUresult (*quanta_cuda_pfn_cuMemcpy3DBatchAsync_ptsz)(size_t numOps, CUDA_MEMCPY3D_BATCH_OP *opList, size_t *failIdx, unsigned long long flags, CUstream hStream);
typedef CUresult (*quanta_cuda_pfn_cuMemcpy3DBatchAsync_v2)(size_t numOps, CUDA_MEMCPY3D_BATCH_OP *opList, unsigned long long flags, CUstream hStream);
typedef CUresult (*quanta_cuda_pfn_cuMemcpy3DBatchAsync_v2_ptsz)(size_t numOps, CUDA_MEMCPY3D_BATCH_OP *opList, unsigned long long flags, CUstream hStream);
typedef CUresult (*quanta_cuda_pfn_cuMemcpy3DPeer)(const CUDA_MEMCPY3D_PEER *pCopy);
typedef CUresult (*quanta_cuda_pfn_cuMemcpy3DPeer_ptds)(const CUDA_MEMCPY3D_PEER *pCopy);
typedef CUresult (*quanta_cuda_pfn_cuMemcpy3DPeerAsync)(const CUDA_MEMCPY3D_PEER *pCopy, CUstream hStream);
typedef CUresult (*quanta_cuda_pfn_cuMemcpy3DPeerAsync_ptsz)(const CUDA_MEMCPY3D_PEER *pCopy, CUstream hStream);
typedef CUresult (*quanta_cuda_pfn_cuMemcpyAsync)(CUdeviceptr dst, CUdeviceptr src, size_t ByteCount, CUstream hStream);
typedef CUresult (*quanta_cuda_pfn_cuMemcpyAsync_ptsz)(CUdeviceptr dst, CUdeviceptr src, size_t ByteCount, CUstream hStream);
typedef CUresult (*quanta_cuda_pfn_cuMemcpyAtoA)(CUarray dstArray, unsigned int dstOffset, CUarray srcArray, unsigned int srcOffset, unsigned int ByteCount);
typedef CUresult (*quanta_cuda_pfn_cuMemcpyAtoA_v2)(CUarray dstArray, size_t dstOffset, CUarray srcArray, size_t srcOffset, size_t ByteCount);
typedef CUresult (*quanta_cuda_pfn_cuMemcpyAtoA_v2_ptds)(CUarray dstArray, size_t dstOffset, CUarray srcArray, size_t srcOffset, size_t ByteCount);
typedef CUresult (*quanta_cuda_pfn_cuMemcpyAtoD)(CUdeviceptr_v1 dstDevice, CUarray srcArray, unsigned int srcOffset, unsigned int ByteCount);
typedef CUresult (*quanta_cuda_pfn_cuMemcpyAtoD_v2)(CUdeviceptr dstDevice, CUarray srcArray, size_t srcOffset, size_t ByteCount);
typedef CUresult (*quanta_cuda_pfn_cuMemcpyAtoD_v2_ptds)(CUdeviceptr dstDevice, CUarray srcArray, size_t srcOffset, size_t ByteCount);
typedef CUresult (*quanta_cuda_pfn_cuMemcpyAtoH)(void *dstHost, CUarray srcArray, unsigned int srcOffset, unsigned int ByteCount);
typedef CUresult (*quanta_cuda_pfn_cuMemcpyAtoH_v2)(void *dstHost, CUarray srcArray, size_t srcOffset, size_t ByteCount);
typedef CUresult (*quanta_cuda_pfn_cuMemcpyAtoH_v2_ptds)(void *dstHost, CUarray srcArray, size_t srcOffset, size_t ByteCount);
typedef CUresult (*quanta_cuda_pfn_cuMemcpyAtoHAsync)(void *dstHost, CUarray srcArray, unsigned int srcOffset, unsigned int ByteCount, CUstream hStream);
typedef CUresult (*quanta_cuda_pfn_cuMemcpyAtoHAsync_v2)(void *dstHost, CUarray srcArray, size_t srcOffset, size_t ByteCount, CUstream hStream);
typedef CUresult (*quanta_cuda_pfn_cuMemcpyAtoHAsync_v2_ptsz)(void *dstHost, CUarray srcArray, size_t srcOffset, size_t ByteCount, CUstream hStream);
typedef CUresult (*quanta_cuda_pfn_cuMemcpyBatchAsync)(CUdeviceptr *dsts, CUdeviceptr *srcs, size_t *sizes, size_t count, CUmemcpyAttributes *attrs, size_t *attrsIdxs, size_t numAttrs, size_t *failIdx, CUstream hStream);
typedef CUresult (*quanta_cuda_pfn_cuMemcpyBatchAsync_ptsz)(CUdeviceptr *dsts, CUdeviceptr *srcs, size_t *sizes, size_t count, CUmemcpyAttributes *attrs, size_t *attrsIdxs, size_t numAttrs, size_t *failIdx, CUstream hStream);
typedef CUresult (*quanta_cuda_pfn_cuMemcpyBatchAsync_v2)(CUdeviceptr *dsts, CUdeviceptr *srcs, size_t *sizes, size_t count, CUmemcpyAttributes *attrs, size_t *attrsIdxs, size_t numAttrs, CUstream hStream);
typedef CUresult (*quanta_cuda_pfn_cuMemcpyBatchAsync_v2_ptsz)(CUdeviceptr *dsts, CUdeviceptr *srcs, size_t *sizes, size_t count, CUmemcpyAttributes *attrs, size_t *attrsIdxs, size_t numAttrs, CUstream hStream);
typedef CUresult (*quanta_cuda_pfn_cuMemcpyDtoA)(CUarray dstArray, unsigned int dstOffset, CUdeviceptr_v1 srcDevice, unsigned int ByteCount);
typedef CUresult (*quanta_cuda_pfn_cuMemcpyDtoA_v2)(CUarray dstArray, size_t dstOffset, CUdeviceptr srcDevice, size_t ByteCount);
typedef CUresult (*quanta_cuda_pfn_cuMemcpyDtoA_v2_ptds)(CUarray dstArray, size_t dstOffset, CUdeviceptr srcDevice, size_t ByteCount);
typedef CUresult (*quanta_cuda_pfn_cuMemcpyDtoD)(CUdeviceptr_v1 dstDevice, CUdeviceptr_v1 srcDevice, unsigned int ByteCount);
typedef CUresult (*quanta_cuda_pfn_cuMemcpyDtoD_v2)(CUdeviceptr dstDevice, CUdeviceptr srcDevice, size_t ByteCount);
typedef CUresult (*quanta_cuda_pfn_cuMemcpyDtoD_v2_ptds)(CUdeviceptr dstDevice, CUdeviceptr srcDevice, size_t ByteCount);
typedef CUresult (*quanta_cuda_pfn_cuMemcpyDtoDAsync)(CUdeviceptr_v1 dstDevice, CUdeviceptr_v1 srcDevice, unsigned int ByteCount, CUstream hStream);
typedef CUresult (*quanta_cuda_pfn_cuMemcpyDtoDAsync_v2)(CUdeviceptr dstDevice, CUdeviceptr srcDevice, size_t ByteCount, CUstream hStream);
typedef CUresult (*quanta_cuda_pfn_cuMemcpyDtoDAsync_v2_ptsz)(CUdeviceptr dstDevice, CUdeviceptr srcDevice, size_t ByteCount, CUstream hStream);
typedef CUresult (*quanta_cuda_pfn_cuMemcpyDtoH)(void *dstHost, CUdeviceptr_v1 srcDevice, unsigned int ByteCount);
typedef CUresult (*quanta_cuda_pfn_cuMemcpyDtoH_v2)(void *dstHost, CUdeviceptr srcDevice, size_t ByteCount);
typedef CUresult (*quanta_cuda_pfn_cuMemcpyDtoH_v2_ptds)(void *dstHost, CUdeviceptr srcDevice, size_t ByteCount);
typedef CUresult (*quanta_cuda_pfn_cuMemcpyDtoHAsync)(void *dstHost, CUdeviceptr_v1 srcDevice, unsigned int ByteCount, CUstream hStream);
typedef CUresult (*quanta_cuda_pfn_cuMemcpyDtoHAsync_v2)(void *dstHost, CUdeviceptr srcDevice, size_t ByteCount, CUstream hStream);
typedef CUresult (*quanta_cuda_pfn_cuMemcpyDtoHAsync_v2_ptsz)(void *dstHost, CUdeviceptr srcDevice, size_t ByteCount, CUstream hStream);
typedef CUresult (*quanta_cuda_pfn_cuMemcpyHtoA)(CUarray dstArray, unsigned int dstOffset, const void *srcHost, unsigned int ByteCount);
typedef CUresult (*quanta_cuda_pfn_cuMemcpyHtoA_v2)(CUarray dstArray, size_t dstOffset, const void *srcHost, size_t ByteCount);
typedef CUresult (*quanta_cuda_pfn_cuMemcpyHtoA_v2_ptds)(CUarray dstArray, size_t dstOffset, const void *srcHost, size_t ByteCount);
typedef CUresult (*quanta_cuda_pfn_cuMemcpyHtoAAsync)(CUarray dstArray, unsigned int dstOffset, const void *srcHost, unsigned int ByteCount, CUstream hStream);
typedef CUresult (*quanta_cuda_pfn_cuMemcpyHtoAAsync_v2)(CUarray dstArray, size_t dstOffset, const void *srcHost, size_t ByteCount, CUstream hStream);
typedef CUresult (*quanta_cuda_pfn_cuMemcpyHtoAAsync_v2_ptsz)(CUarray dstArray, size_t dstOffset, const void *srcHost, size_t ByteCount, CUstream hStream);
typedef CUresult (*quanta_cuda_pfn_cuMemcpyHtoD)(CUdeviceptr_v1 dstDevice, const void *srcHost, unsigned int ByteCount);
typedef CUresult (*quanta_cuda_pfn_cuMemcpyHtoD_v2)(CUdeviceptr dstDevice, const void *srcHost, size_t ByteCount);
typedef CUresult (*quanta_cuda_pfn_cuMemcpyHtoD_v2_ptds)(CUdeviceptr dstDevice, const void *srcHost, size_t ByteCount);
typedef CUresult (*quanta_cuda_pfn_cuMemcpyHtoDAsync)(CUdeviceptr_v1 dstDevice, const void *srcHost, unsigned int ByteCount, CUstream hStream);
typedef CUresult (*quanta_cuda_pfn_cuMemcpyHtoDAsync_v2)(CUdeviceptr dstDevice, const void *srcHost, size_t ByteCount, CUstream hStream);
typedef CUresult (*quanta_cuda_pfn_cuMemcpyHtoDAsync_v2_ptsz)(CUdeviceptr dstDevice, const void *srcHost, size_t ByteCount, CUstream hStream);
typedef CUresult (*quanta_cuda_pfn_cuMemcpyPeer)(CUdeviceptr dstDevice, CUcontext dstContext, CUdeviceptr srcDevice, CUcontext srcContext, size_t ByteCount);
typedef CUresult (*quanta_cuda_pfn_cuMemcpyPeer_ptds)(CUdeviceptr dstDevice, CUcontext dstContext, CUdeviceptr srcDevice, CUcontext srcContext, size_t ByteCount);
typedef CUresult (*quanta_cuda_pfn_cuMemcpyPeerAsync)(CUdeviceptr dstDevice, CUcontext dstContext, CUdeviceptr srcDevice, CUcontext srcContext, size_t ByteCount, CUstream hStream);
typedef CUresult (*quanta_cuda_pfn_cuMemcpyPeerAsync_ptsz)(CUdeviceptr dstDevice, CUcontext dstContext, CUdeviceptr srcDevice, CUcontext srcContext, size_t ByteCount, CUstream hStream);
typedef CUresult (*quanta_cuda_pfn_cuMemsetD16)(CUdeviceptr_v1 dstDevice, unsigned short us, unsigned int N);
typedef CUresult (*quanta_cuda_pfn_cuMemsetD16_v2)(CUdeviceptr dstDevice, unsigned short us, size_t N);
typedef CUresult (*quanta_cuda_pfn_cuMemsetD16_v2_ptds)(CUdeviceptr dstDevice, unsigned short us, size_t N);
typedef CUresult (*quanta_cuda_pfn_cuMemsetD16Async)(CUdeviceptr dstDevice, unsigned short us, size_t N, CUstream hStream);
typedef CUresult (*quanta_cuda_pfn_cuMemsetD16Async_ptsz)(CUdeviceptr dstDevice, unsigned short us, size_t N, CUstream hStream);
typedef CUresult (*quanta_cuda_pfn_cuMemsetD2D16)(CUdeviceptr_v1 dstDevice, unsigned int dstPitch, unsigned short us, unsigned int Width, unsigned int Height);
typedef CUresult (*quanta_cuda_pfn_cuMemsetD2D16_v2)(CUdeviceptr dstDevice, size_t dstPitch, unsigned short us, size_t Width, size_t Height);
typedef CUresult (*quanta_cuda_pfn_cuMemsetD2D16_v2_ptds)(CUdeviceptr dstDevice, size_t dstPitch, unsigned short us, size_t Width, size_t Height);
typedef CUresult (*quanta_cuda_pfn_cuMemsetD2D16Async)(CUdeviceptr dstDevice, size_t dstPitch, unsigned short us, size_t Width, size_t Height, CUstream hStream);
typedef CUresult (*quanta_cuda_pfn_cuMemsetD2D16Async_ptsz)(CUdeviceptr dstDevice, size_t dstPitch, unsigned short us, size_t Width, size_t Height, CUstream hStream);
typedef CUresult (*quanta_cuda_pfn_cuMemsetD2D32)(CUdeviceptr_v1 dstDevice, unsigned int dstPitch, unsigned int ui, unsigned int Width, unsigned int Height);
typedef CUresult (*quanta_cuda_pfn_cuMemsetD2D32_v2)(CUdeviceptr dstDevice, size_t dstPitch, unsigned int ui, size_t Width, size_t Height);
typedef CUresult (*quanta_cuda_pfn_cuMemsetD2D32_v2_ptds)(CUdeviceptr dstDevice, size_t dstPitch, unsigned int ui, size_t Width, size_t Height);
typedef CUresult (*quanta_cuda_pfn_cuMemsetD2D32Async)(CUdeviceptr dstDevice, size_t dstPitch, unsigned int ui, size_t Width, size_t Height, CUstream hStream);
typedef CUresult (*quanta_cuda_pfn_cuMemsetD2D32Async_ptsz)(CUdeviceptr dstDevice, size_t dstPitch, unsigned int ui, size_t Width, size_t Height, CUstream hStream);
typedef CUresult (*quanta_cuda_pfn_cuMemsetD2D8)(CUdeviceptr_v1 dstDevice, unsigned int dstPitch, unsigned char uc, unsigned int Width, unsigned int Height);
typedef CUresult (*quanta_cuda_pfn_cuMemsetD2D8_v2)(CUdeviceptr dstDevice, size_t dstPitch, unsigned char uc, size_t Width, size_t Height);
typedef CUresult (*quanta_cuda_pfn_cuMemsetD2D8_v2_ptds)(CUdeviceptr dstDevice, size_t dstPitch, unsigned char uc, size_t Width, size_t Height);
typedef CUresult (*quanta_cuda_pfn_cuMemsetD2D8Async)(CUdeviceptr dstDevice, size_t dstPitch, unsigned char uc, size_t Width, size_t Height, CUstream hStream);
typedef CUresult (*quanta_cuda_pfn_cuMemsetD2D8Async_ptsz)(CUdeviceptr dstDevice, size_t dstPitch, unsigned char uc, size_t Width, size_t Height, CUstream hStream);
typedef CUresult (*quanta_cuda_pfn_cuMemsetD32)(CUdeviceptr_v1 dstDevice, unsigned int ui, unsigned int N);
typedef CUresult (*quanta_cuda_pfn_cuMemsetD32_v2)(CUdeviceptr dstDevice, unsigned int ui, size_t N);
typedef CUresult (*quanta_cuda_pfn_cuMemsetD32_v2_ptds)(CUdeviceptr dstDevice, unsigned int ui, size_t N);
typedef CUresult (*quanta_cuda_pfn_cuMemsetD32Async)(CUdeviceptr dstDevice, unsigned int ui, size_t N, CUstream hStream);
typedef CUresult (*quanta_cuda_pfn_cuMemsetD32Async_ptsz)(CUdeviceptr dstDevice, unsigned int ui, size_t N, CUstream hStream);
typedef CUresult (*quanta_cuda_pfn_cuMemsetD8)(CUdeviceptr_v1 dstDevice, unsigned char uc, unsigned int N);
typedef CUresult (*quanta_cuda_pfn_cuMemsetD8_v2)(CUdeviceptr dstDevice, unsigned char uc, size_t N);
typedef CUresult (*quanta_cuda_pfn_cuMemsetD8_v2_ptds)(CUdeviceptr dstDevice, unsigned char uc, size_t N);
typedef CUresult (*quanta_cuda_pfn_cuMemsetD8Async)(CUdeviceptr dstDevice, unsigned char uc, size_t N, CUstream hStream);
typedef CUresult (*quanta_cuda_pfn_cuMemsetD8Async_ptsz)(CUdeviceptr dstDevice, unsigned char uc, size_t N, CUstream hStream);
typedef CUresult (*quanta_cuda_pfn_cuMipmappedArrayCreate)(CUmipmappedArray *pHandle, const CUDA_ARRAY3D_DESCRIPTOR *pMipmappedArrayDesc, unsigned int numMipmapLevels);
typedef CUresult (*quanta_cuda_pfn_cuMipmappedArrayDestroy)(CUmipmappedArray hMipmappedArray);
typedef CUresult (*quanta_cuda_pfn_cuMipmappedArrayGetLevel)(CUarray *pLevelArray, CUmipmappedArray hMipmappedArray, unsigned int level);
typedef CUresult (*quanta_cuda_pfn_cuMipmappedArrayGetMemoryRequirements)(CUDA_ARRAY_MEMORY_REQUIREMENTS *memoryRequirements, CUmipmappedArray mipmap, CUdevice device);
typedef CUresult (*quanta_cuda_pfn_cuMipmappedArrayGetSparseProperties)(CUDA_ARRAY_SPARSE_PROPERTIES *sparseProperties, CUmipmappedArray mipmap);
typedef CUresult (*quanta_cuda_pfn_cuModuleEnumerateFunctions)(CUfunction *functions, unsigned int numFunctions, CUmodule mod);
typedef CUresult (*quanta_cuda_pfn_cuModuleGetFunction)(CUfunction *hfunc, CUmodule hmod, const char *name);
typedef CUresult (*quanta_cuda_pfn_cuModuleGetFunctionCount)(unsigned int *count, CUmodule mod);
typedef CUresult (*quanta_cuda_pfn_cuModuleGetGlobal)(CUdeviceptr_v1 *dptr, unsigned int *bytes, CUmodule hmod, const char *name);
typedef CUresult (*quanta_cuda_pfn_cuModuleGetGlobal_v2)(CUdeviceptr *dptr, size_t *bytes, CUmodule hmod, const char *name);
typedef CUresult (*quanta_cuda_pfn_cuModuleGetLoadingMode)(CUmoduleLoadingMode *mode);
typedef CUresult (*quanta_cuda_pfn_cuModuleGetSurfRef)(CUsurfref *pSurfRef, CUmodule hmod, const char *name);
typedef CUresult (*quanta_cuda_pfn_cuModuleGetTexRef)(CUtexref *pTexRef, CUmodule hmod, const char *name);
typedef CUresult (*quanta_cuda_pfn_cuModuleLoad)(CUmodule *module, const char *fname);
typedef CUresult (*quanta_cuda_pfn_cuModuleLoadData)(CUmodule *module, const void *image);
typedef CUresult (*quanta_cuda_pfn_cuModuleLoadDataEx)(CUmodule *module, const void *image, unsigned int numOptions, CUjit_option *options, void **optionValues);
typedef CUresult (*quanta_cuda_pfn_cuModuleLoadFatBinary)(CUmodule *module, const void *fatCubin);
typedef CUresult (*quanta_cuda_pfn_cuModuleUnload)(CUmodule hmod);
typedef CUresult (*quanta_cuda_pfn_cuMulticastAddDevice)(CUmemGenericAllocationHandle mcHandle, CUdevice dev);
typedef CUresult (*quanta_cuda_pfn_cuMulticastBindAddr)(CUmemGenericAllocationHandle mcHandle, size_t mcOffset, CUdeviceptr memptr, size_t size, unsigned long long flags);
typedef CUresult (*quanta_cuda_pfn_cuMulticastBindMem)(CUmemGenericAllocationHandle mcHandle, size_t mcOffset, CUmemGenericAllocationHandle memHandle, size_t memOffset, size_t size, unsigned long long flags);
typedef CUresult (*quanta_cuda_pfn_cuMulticastCreate)(CUmemGenericAllocationHandle *mcHandle, const CUmulticastObjectProp *prop);
typedef CUresult (*quanta_cuda_pfn_cuMulticastGetGranularity)(size_t *granularity, const CUmulticastObjectProp *prop, CUmulticastGranularity_flags option);
typedef CUresult (*quanta_cuda_pfn_cuMulticastUnbind)(CUmemGenericAllocationHandle mcHandle, CUdevice dev, size_t mcOffset, size_t size);
typedef CUresult (*quanta_cuda_pfn_cuOccupancyAvailableDynamicSMemPerBlock)(size_t *dynamicSmemSize, CUfunction func, int numBlocks, int blockSize);
typedef CUresult (*quanta_cuda_pfn_cuOccupancyMaxActiveBlocksPerMultiprocessor)(int *numBlocks, CUfunction func, int blockSize, size_t dynamicSMemSize);
typedef CUresult (*quanta_cuda_pfn_cuOccupancyMaxActiveBlocksPerMultiprocessorWithFlags)(int *numBlocks, CUfunction func, int blockSize, size_t dynamicSMemSize, unsigned int flags);
typedef CUresult (*quanta_cuda_pfn_cuOccupancyMaxActiveClusters)(int *numClusters, CUfunction func, const CUlaunchConfig *config);
typedef CUresult (*quanta_cuda_pfn_cuOccupancyMaxPotentialBlockSize)(int *minGridSize, int *blockSize, CUfunction func, CUoccupancyB2DSize blockSizeToDynamicSMemSize, size_t dynamicSMemSize, int blockSizeLimit);
typedef CUresult (*quanta_cuda_pfn_cuOccupancyMaxPotentialBlockSizeWithFlags)(int *minGridSize, int *blockSize, CUfunction func, CUoccupancyB2DSize blockSizeToDynamicSMemSize, size_t dynamicSMemSize, int blockSizeLimit, unsigned int flags);
typedef CUresult (*quanta_cuda_pfn_cuOccupancyMaxPotentialClusterSize)(int *clusterSize, CUfunction func, const CUlaunchConfig *config);
typedef CUresult (*quanta_cuda_pfn_cuParamSetSize)(CUfunction hfunc, unsigned int numbytes);
typedef CUresult (*quanta_cuda_pfn_cuParamSetTexRef)(CUfunction hfunc, int texunit, CUtexref hTexRef);
typedef CUresult (*quanta_cuda_pfn_cuParamSetf)(CUfunction hfunc, int offset, float value);
typedef CUresult (*quanta_cuda_pfn_cuParamSeti)(CUfunction hfunc, int offset, unsigned int value);
typedef CUresult (*quanta_cuda_pfn_cuParamSetv)(CUfunction hfunc, int offset, void *ptr, unsigned int numbytes);
typedef CUresult (*quanta_cuda_pfn_cuPointerGetAttribute)(void *data, CUpointer_attribute attribute, CUdeviceptr ptr);
typedef CUresult (*quanta_cuda_pfn_cuPointerGetAttributes)(unsigned int numAttributes, CUpointer_attribute *attributes, void **data, CUdeviceptr ptr);
typedef CUresult (*quanta_cuda_pfn_cuPointerSetAttribute)(const void *value, CUpointer_attribute attribute, CUdeviceptr ptr);
typedef CUresult (*quanta_cuda_pfn_cuProfilerInitialize)(const char *configFile, const char *outputFile, CUoutput_mode outputMode);
typedef CUresult (*quanta_cuda_pfn_cuProfilerStart)(void);
typedef CUresult (*quanta_cuda_pfn_cuProfilerStop)(void);
typedef CUresult (*quanta_cuda_pfn_cuSignalExternalSemaphoresAsync)(const CUexternalSemaphore *extSemArray, const CUDA_EXTERNAL_SEMAPHORE_SIGNAL_PARAMS *paramsArray, unsigned int numExtSems, CUstream stream);
typedef CUresult (*quanta_cuda_pfn_cuSignalExternalSemaphoresAsync_ptsz)(const CUexternalSemaphore *extSemArray, const CUDA_EXTERNAL_SEMAPHORE_SIGNAL_PARAMS *paramsArray, unsigned int numExtSems, CUstream stream);
typedef CUresult (*quanta_cuda_pfn_cuStreamAddCallback)(CUstream hStream, CUstreamCallback callback, void *userData, unsigned int flags);
typedef CUresult (*quanta_cuda_pfn_cuStreamAddCallback_ptsz)(CUstream hStream, CUstreamCallback callback, void *userData, unsigned int flags);
typedef CUresult (*quanta_cuda_pfn_cuStreamAttachMemAsync)(CUstream hStream, CUdeviceptr dptr, size_t length, unsigned int flags);
typedef CUresult (*quanta_cuda_pfn_cuStreamAttachMemAsync_ptsz)(CUstream hStream, CUdeviceptr dptr, size_t length, unsigned int flags);
typedef CUresult (*quanta_cuda_pfn_cuStreamBatchMemOp)(CUstream stream, unsigned int count, CUstreamBatchMemOpParams *paramArray, unsigned int flags);
typedef CUresult (*quanta_cuda_pfn_cuStreamBatchMemOp_ptsz)(CUstream stream, unsigned int count, CUstreamBatchMemOpParams *paramArray, unsigned int flags);
typedef CUresult (*quanta_cuda_pfn_cuStreamBatchMemOp_v2)(CUstream stream, unsigned int count, CUstreamBatchMemOpParams *paramArray, unsigned int flags);
typedef CUresult (*quanta_cuda_pfn_cuStreamBatchMemOp_v2_ptsz)(CUstream stream, unsigned int count, CUstreamBatchMemOpParams *paramArray, unsigned int flags);
typedef CUresult (*quanta_cuda_pfn_cuStreamBeginCapture)(CUstream hStream);
typedef CUresult (*quanta_cuda_pfn_cuStreamBeginCapture_ptsz)(CUstream hStream);
typedef CUresult (*quanta_cuda_pfn_cuStreamBeginCapture_v2)(CUstream hStream, CUstreamCaptureMode mode);
typedef CUresult (*quanta_cuda_pfn_cuStreamBeginCapture_v2_ptsz)(CUstream hStream, CUstreamCaptureMode mode);
typedef CUresult (*quanta_cuda_pfn_cuStreamBeginCaptureToGraph)(CUstream hStream, CUgraph hGraph, const CUgraphNode *dependencies, const CUgraphEdgeData *dependencyData, size_t numDependencies, CUstreamCaptureMode mode);
typedef CUresult (*quanta_cuda_pfn_cuStreamBeginCaptureToGraph_ptsz)(CUstream hStream, CUgraph hGraph, const CUgraphNode *dependencies, const CUgraphEdgeData *dependencyData, size_t numDependencies, CUstreamCaptureMode mode);
typedef CUresult (*quanta_cuda_pfn_cuStreamCopyAttributes)(CUstream dst, CUstream src);
typedef CUresult (*quanta_cuda_pfn_cuStreamCopyAttributes_ptsz)(CUstream dst, CUstream src);
typedef CUresult (*quanta_cuda_pfn_cuStreamCreate)(CUstream *phStream, unsigned int Flags);
typedef CUresult (*quanta_cuda_pfn_cuStreamCreateWithPriority)(CUstream *phStream, unsigned int flags, int priority);
typedef CUresult (*quanta_cuda_pfn_cuStreamDestroy)(CUstream hStream);
typedef CUresult (*quanta_cuda_pfn_cuStreamDestroy_v2)(CUstream hStream);
typedef CUresult (*quanta_cuda_pfn_cuStreamEndCapture)(CUstream hStream, CUgraph *phGraph);
typedef CUresult (*quanta_cuda_pfn_cuStreamEndCapture_ptsz)(CUstream hStream, CUgraph *phGraph);
typedef CUresult (*quanta_cuda_pfn_cuStreamGetAttribute)(CUstream hStream, CUstreamAttrID attr, CUstreamAttrValue *value_out);
typedef CUresult (*quanta_cuda_pfn_cuStreamGetAttribute_ptsz)(CUstream hStream, CUstreamAttrID attr, CUstreamAttrValue *value_out);
typedef CUresult (*quanta_cuda_pfn_cuStreamGetCaptureInfo)(CUstream hStream, CUstreamCaptureStatus *captureStatus_out, cuuint64_t *id_out);
typedef CUresult (*quanta_cuda_pfn_cuStreamGetCaptureInfo_ptsz)(CUstream hStream, CUstreamCaptureStatus *captureStatus_out, cuuint64_t *id_out);
typedef CUresult (*quanta_cuda_pfn_cuStreamGetCaptureInfo_v2)(CUstream hStream, CUstreamCaptureStatus *captureStatus_out, cuuint64_t *id_out, CUgraph *graph_out, const CUgraphNode **dependencies_out, size_t *numDependencies_out);
typedef CUresult (*quanta_cuda_pfn_cuStreamGetCaptureInfo_v2_ptsz)(CUstream hStream, CUstreamCaptureStatus *captureStatus_out, cuuint64_t *id_out, CUgraph *graph_out, const CUgraphNode **dependencies_out, size_t *numDependencies_out);
typedef CUresult (*quanta_cuda_pfn_cuStreamGetCaptureInfo_v3)(CUstream hStream, CUstreamCaptureStatus *captureStatus_out, cuuint64_t *id_out, CUgraph *graph_out, const CUgraphNode **dependencies_out, const CUgraphEdgeData **edgeData_out, size_t *numDependencies_out);
typedef CUresult (*quanta_cuda_pfn_cuStreamGetCaptureInfo_v3_ptsz)(CUstream hStream, CUstreamCaptureStatus *captureStatus_out, cuuint64_t *id_out, CUgraph *graph_out, const CUgraphNode **dependencies_out, const CUgraphEdgeData **edgeData_out, size_t *numDependencies_out);
typedef CUresult (*quanta_cuda_pfn_cuStreamGetCtx)(CUstream hStream, CUcontext *pctx);
typedef CUresult (*quanta_cuda_pfn_cuStreamGetCtx_ptsz)(CUstream hStream, CUcontext *pctx);
typedef CUresult (*quanta_cuda_pfn_cuStreamGetCtx_v2)(CUstream hStream, CUcontext *pCtx, CUgreenCtx *pGreenCtx);
typedef CUresult (*quanta_cuda_pfn_cuStreamGetCtx_v2_ptsz)(CUstream hStream, CUcontext *pCtx, CUgreenCtx *pGreenCtx);
typedef CUresult (*quanta_cuda_pfn_cuStreamGetDevice)(CUstream hStream, CUdevice *device);
typedef CUresult (*quanta_cuda_pfn_cuStreamGetDevice_ptsz)(CUstream hStream, CUdevice *device);
typedef CUresult (*quanta_cuda_pfn_cuStreamGetFlags)(CUstream hStream, unsigned int *flags);
typedef CUresult (*quanta_cuda_pfn_cuStreamGetFlags_ptsz)(CUstream hStream, unsigned int *flags);
typedef CUresult (*quanta_cuda_pfn_cuStreamGetGreenCtx)(CUstream hStream, CUgreenCtx *phCtx);
typedef CUresult (*quanta_cuda_pfn_cuStreamGetId)(CUstream hStream, unsigned long long *streamId);
typedef CUresult (*quanta_cuda_pfn_cuStreamGetId_ptsz)(CUstream hStream, unsigned long long *streamId);
typedef CUresult (*quanta_cuda_pfn_cuStreamGetPriority)(CUstream hStream, int *priority);
typedef CUresult (*quanta_cuda_pfn_cuStreamGetPriority_ptsz)(CUstream hStream, int *priority);
typedef CUresult (*quanta_cuda_pfn_cuStreamIsCapturing)(CUstream hStream, CUstreamCaptureStatus *captureStatus);
typedef CUresult (*quanta_cuda_pfn_cuStreamIsCapturing_ptsz)(CUstream hStream, CUstreamCaptureStatus *captureStatus);
typedef CUresult (*quanta_cuda_pfn_cuStreamQuery)(CUstream hStream);
typedef CUresult (*quanta_cuda_pfn_cuStreamQuery_ptsz)(CUstream hStream);
typedef CUresult (*quanta_cuda_pfn_cuStreamSetAttribute)(CUstream hStream, CUstreamAttrID attr, const CUstreamAttrValue *value);
typedef CUresult (*quanta_cuda_pfn_cuStreamSetAttribute_ptsz)(CUstream hStream, CUstreamAttrID attr, const CUstreamAttrValue *value);
typedef CUresult (*quanta_cuda_pfn_cuStreamSynchronize)(CUstream hStream);
typedef CUresult (*quanta_cuda_pfn_cuStreamSynchronize_ptsz)(CUstream hStream);
typedef CUresult (*quanta_cuda_pfn_cuStreamUpdateCaptureDependencies)(CUstream hStream, CUgraphNode *dependencies, size_t numDependencies, unsigned int flags);
typedef CUresult (*quanta_cuda_pfn_cuStreamUpdateCaptureDependencies_ptsz)(CUstream hStream, CUgraphNode *dependencies, size_t numDependencies, unsigned int flags);
typedef CUresult (*quanta_cuda_pfn_cuStreamUpdateCaptureDependencies_v2)(CUstream hStream, CUgraphNode *dependencies, const CUgraphEdgeData *dependencyData, size_t numDependencies, unsigned int flags);
typedef CUresult (*quanta_cuda_pfn_cuStreamUpdateCaptureDependencies_v2_ptsz)(CUstream hStream, CUgraphNode *dependencies, const CUgraphEdgeData *dependencyData, size_t numDependencies, unsigned int flags);
typedef CUresult (*quanta_cuda_pfn_cuStreamWaitEvent)(CUstream hStream, CUevent hEvent, unsigned int Flags);
typedef CUresult (*quanta_cuda_pfn_cuStreamWaitEvent_ptsz)(CUstream hStream, CUevent hEvent, unsigned int Flags);
typedef CUresult (*quanta_cuda_pfn_cuStreamWaitValue32)(CUstream stream, CUdeviceptr addr, cuuint32_t value, unsigned int flags);
typedef CUresult (*quanta_cuda_pfn_cuStreamWaitValue32_ptsz)(CUstream stream, CUdeviceptr addr, cuuint32_t value, unsigned int flags);
typedef CUresult (*quanta_cuda_pfn_cuStreamWaitValue32_v2)(CUstream stream, CUdeviceptr addr, cuuint32_t value, unsigned int flags);
typedef CUresult (*quanta_cuda_pfn_cuStreamWaitValue32_v2_ptsz)(CUstream stream, CUdeviceptr addr, cuuint32_t value, unsigned int flags);
typedef CUresult (*quanta_cuda_pfn_cuStreamWaitValue64)(CUstream stream, CUdeviceptr addr, cuuint64_t value, unsigned int flags);
typedef CUresult (*quanta_cuda_pfn_cuStreamWaitValue64_ptsz)(CUstream stream, CUdeviceptr addr, cuuint64_t value, unsigned int flags);
typedef CUresult (*quanta_cuda_pfn_cuStreamWaitValue64_v2)(CUstream stream, CUdeviceptr addr, cuuint64_t value, unsigned int flags);
typedef CUresult (*quanta_cuda_pfn_cuStreamWaitValue64_v2_ptsz)(CUstream stream, CUdeviceptr addr, cuuint64_t value, unsigned int flags);
typedef CUresult (*quanta_cuda_pfn_cuStreamWriteValue32)(CUstream stream, CUdeviceptr addr, cuuint32_t value, unsigned int flags);
typedef CUresult (*quanta_cuda_pfn_cuStreamWriteValue32_ptsz)(CUstream stream, CUdeviceptr addr, cuuint32_t value, unsigned int flags);
typedef CUresult (*quanta_cuda_pfn_cuStreamWriteValue32_v2)(CUstream stream, CUdeviceptr addr, cuuint32_t value, unsigned int flags);
typedef CUresult (*quanta_cuda_pfn_cuStreamWriteValue32_v2_ptsz)(CUstream stream, CUdeviceptr addr, cuuint32_t value, unsigned int flags);
typedef CUresult (*quanta_cuda_pfn_cuStreamWriteValue64)(CUstream stream, CUdeviceptr addr, cuuint64_t value, unsigned int flags);
typedef CUresult (*quanta_cuda_pfn_cuStreamWriteValue64_ptsz)(CUstream stream, CUdeviceptr addr, cuuint64_t value, unsigned int flags);
typedef CUresult (*quanta_cuda_pfn_cuStreamWriteValue64_v2)(CUstream stream, CUdeviceptr addr, cuuint64_t value, unsigned int flags);
typedef CUresult (*quanta_cuda_pfn_cuStreamWriteValue64_v2_ptsz)(CUstream stream, CUdeviceptr addr, cuuint64_t value, unsigned int flags);
typedef CUresult (*quanta_cuda_pfn_cuSurfObjectCreate)(CUsurfObject *pSurfObject, const CUDA_RESOURCE_DESC *pResDesc);
typedef CUresult (*quanta_cuda_pfn_cuSurfObjectDestroy)(CUsurfObject surfObject);
typedef CUresult (*quanta_cuda_pfn_cuSurfObjectGetResourceDesc)(CUDA_RESOURCE_DESC *pResDesc, CUsurfObject surfObject);
typedef CUresult (*quanta_cuda_pfn_cuSurfRefGetArray)(CUarray *phArray, CUsurfref hSurfRef);
typedef CUresult (*quanta_cuda_pfn_cuSurfRefSetArray)(CUsurfref hSurfRef, CUarray hArray, unsigned int Flags);
typedef CUresult (*quanta_cuda_pfn_cuTensorMapEncodeIm2col)(CUtensorMap *tensorMap, CUtensorMapDataType tensorDataType, cuuint32_t tensorRank, void *globalAddress, const cuuint64_t *globalDim, const cuuint64_t *globalStrides, const int *pixelBoxLowerCorner, const int *pixelBoxUpperCorner, cuuint32_t channelsPerPixel, cuuint32_t pixelsPerColumn, const cuuint32_t *elementStrides, CUtensorMapInterleave interleave, CUtensorMapSwizzle swizzle, CUtensorMapL2promotion l2Promotion, CUtensorMapFloatOOBfill oobFill);
typedef CUresult (*quanta_cuda_pfn_cuTensorMapEncodeIm2colWide)(CUtensorMap *tensorMap, CUtensorMapDataType tensorDataType, cuuint32_t tensorRank, void *globalAddress, const cuuint64_t *globalDim, const cuuint64_t *globalStrides, int pixelBoxLowerCornerWidth, int pixelBoxUpperCornerWidth, cuuint32_t channelsPerPixel, cuuint32_t pixelsPerColumn, const cuuint32_t *elementStrides, CUtensorMapInterleave interleave, CUtensorMapIm2ColWideMode mode, CUtensorMapSwizzle swizzle, CUtensorMapL2promotion l2Promotion, CUtensorMapFloatOOBfill oobFill);
typedef CUresult (*quanta_cuda_pfn_cuTensorMapEncodeTiled)(CUtensorMap *tensorMap, CUtensorMapDataType tensorDataType, cuuint32_t tensorRank, void *globalAddress, const cuuint64_t *globalDim, const cuuint64_t *globalStrides, const cuuint32_t *boxDim, const cuuint32_t *elementStrides, CUtensorMapInterleave interleave, CUtensorMapSwizzle swizzle, CUtensorMapL2promotion l2Promotion, CUtensorMapFloatOOBfill oobFill);
typedef CUresult (*quanta_cuda_pfn_cuTensorMapReplaceAddress)(CUtensorMap *tensorMap, void *globalAddress);
typedef CUresult (*quanta_cuda_pfn_cuTexObjectCreate)(CUtexObject *pTexObject, const CUDA_RESOURCE_DESC *pResDesc, const CUDA_TEXTURE_DESC *pTexDesc, const CUDA_RESOURCE_VIEW_DESC *pResViewDesc);
typedef CUresult (*quanta_cuda_pfn_cuTexObjectDestroy)(CUtexObject texObject);
typedef CUresult (*quanta_cuda_pfn_cuTexObjectGetResourceDesc)(CUDA_RESOURCE_DESC *pResDesc, CUtexObject texObject);
typedef CUresult (*quanta_cuda_pfn_cuTexObjectGetResourceViewDesc)(CUDA_RESOURCE_VIEW_DESC *pResViewDesc, CUtexObject texObject);
typedef CUresult (*quanta_cuda_pfn_cuTexObjectGetTextureDesc)(CUDA_TEXTURE_DESC *pTexDesc, CUtexObject texObject);
typedef CUresult (*quanta_cuda_pfn_cuTexRefCreate)(CUtexref *pTexRef);
typedef CUresult (*quanta_cuda_pfn_cuTexRefDestroy)(CUtexref hTexRef);
typedef CUresult (*quanta_cuda_pfn_cuTexRefGetAddress)(CUdeviceptr_v1 *pdptr, CUtexref hTexRef);
typedef CUresult (*quanta_cuda_pfn_cuTexRefGetAddress_v2)(CUdeviceptr *pdptr, CUtexref hTexRef);
typedef CUresult (*quanta_cuda_pfn_cuTexRefGetAddressMode)(CUaddress_mode *pam, CUtexref hTexRef, int dim);
typedef CUresult (*quanta_cuda_pfn_cuTexRefGetArray)(CUarray *phArray, CUtexref hTexRef);
typedef CUresult (*quanta_cuda_pfn_cuTexRefGetBorderColor)(float *pBorderColor, CUtexref hTexRef);
typedef CUresult (*quanta_cuda_pfn_cuTexRefGetFilterMode)(CUfilter_mode *pfm, CUtexref hTexRef);
typedef CUresult (*quanta_cuda_pfn_cuTexRefGetFlags)(unsigned int *pFlags, CUtexref hTexRef);
typedef CUresult (*quanta_cuda_pfn_cuTexRefGetFormat)(CUarray_format *pFormat, int *pNumChannels, CUtexref hTexRef);
typedef CUresult (*quanta_cuda_pfn_cuTexRefGetMaxAnisotropy)(int *pmaxAniso, CUtexref hTexRef);
typedef CUresult (*quanta_cuda_pfn_cuTexRefGetMipmapFilterMode)(CUfilter_mode *pfm, CUtexref hTexRef);
typedef CUresult (*quanta_cuda_pfn_cuTexRefGetMipmapLevelBias)(float *pbias, CUtexref hTexRef);
typedef CUresult (*quanta_cuda_pfn_cuTexRefGetMipmapLevelClamp)(float *pminMipmapLevelClamp, float *pmaxMipmapLevelClamp, CUtexref hTexRef);
typedef CUresult (*quanta_cuda_pfn_cuTexRefGetMipmappedArray)(CUmipmappedArray *phMipmappedArray, CUtexref hTexRef);
typedef CUresult (*quanta_cuda_pfn_cuTexRefSetAddress)(unsigned int *ByteOffset, CUtexref hTexRef, CUdeviceptr_v1 dptr, unsigned int bytes);
typedef CUresult (*quanta_cuda_pfn_cuTexRefSetAddress_v2)(size_t *ByteOffset, CUtexref hTexRef, CUdeviceptr dptr, size_t bytes);
typedef CUresult (*quanta_cuda_pfn_cuTexRefSetAddress2D)(CUtexref hTexRef, const CUDA_ARRAY_DESCRIPTOR_v1 *desc, CUdeviceptr_v1 dptr, unsigned int Pitch);
typedef CUresult (*quanta_cuda_pfn_cuTexRefSetAddress2D_v2)(CUtexref hTexRef, const CUDA_ARRAY_DESCRIPTOR *desc, CUdeviceptr dptr, size_t Pitch);
typedef CUresult (*quanta_cuda_pfn_cuTexRefSetAddress2D_v3)(CUtexref hTexRef, const CUDA_ARRAY_DESCRIPTOR *desc, CUdeviceptr dptr, size_t Pitch);
typedef CUresult (*quanta_cuda_pfn_cuTexRefSetAddressMode)(CUtexref hTexRef, int dim, CUaddress_mode am);
typedef CUresult (*quanta_cuda_pfn_cuTexRefSetArray)(CUtexref hTexRef, CUarray hArray, unsigned int Flags);
typedef CUresult (*quanta_cuda_pfn_cuTexRefSetBorderColor)(CUtexref hTexRef, float *pBorderColor);
typedef CUresult (*quanta_cuda_pfn_cuTexRefSetFilterMode)(CUtexref hTexRef, CUfilter_mode fm);
typedef CUresult (*quanta_cuda_pfn_cuTexRefSetFlags)(CUtexref hTexRef, unsigned int Flags);
typedef CUresult (*quanta_cuda_pfn_cuTexRefSetFormat)(CUtexref hTexRef, CUarray_format fmt, int NumPackedComponents);
typedef CUresult (*quanta_cuda_pfn_cuTexRefSetMaxAnisotropy)(CUtexref hTexRef, unsigned int maxAniso);
typedef CUresult (*quanta_cuda_pfn_cuTexRefSetMipmapFilterMode)(CUtexref hTexRef, CUfilter_mode fm);
typedef CUresult (*quanta_cuda_pfn_cuTexRefSetMipmapLevelBias)(CUtexref hTexRef, float bias);
typedef CUresult (*quanta_cuda_pfn_cuTexRefSetMipmapLevelClamp)(CUtexref hTexRef, float minMipmapLevelClamp, float maxMipmapLevelClamp);
typedef CUresult (*quanta_cuda_pfn_cuTexRefSetMipmappedArray)(CUtexref hTexRef, CUmipmappedArray hMipmappedArray, unsigned int Flags);
typedef CUresult (*quanta_cuda_pfn_cuThreadExchangeStreamCaptureMode)(CUstreamCaptureMode *mode);
typedef CUresult (*quanta_cuda_pfn_cuUserObjectCreate)(CUuserObject *object_out, void *ptr, CUhostFn destroy, unsigned int initialRefcount, unsigned int flags);
typedef CUresult (*quanta_cuda_pfn_cuUserObjectRelease)(CUuserObject object, unsigned int count);
typedef CUresult (*quanta_cuda_pfn_cuUserObjectRetain)(CUuserObject object, unsigned int count);
typedef CUresult (*quanta_cuda_pfn_cuVDPAUCtxCreate)(CUcontext *pCtx, unsigned int flags, CUdevice device, VdpDevice vdpDevice, VdpGetProcAddress *vdpGetProcAddress);
typedef CUresult (*quanta_cuda_pfn_cuVDPAUCtxCreate_v2)(CUcontext *pCtx, unsigned int flags, CUdevice device, VdpDevice vdpDevice, VdpGetProcAddress *vdpGetProcAddress);
typedef CUresult (*quanta_cuda_pfn_cuVDPAUGetDevice)(CUdevice *pDevice, VdpDevice vdpDevice, VdpGetProcAddress *vdpGetProcAddress);
typedef CUresult (*quanta_cuda_pfn_cuWaitExternalSemaphoresAsync)(const CUexternalSemaphore *extSemArray, const CUDA_EXTERNAL_SEMAPHORE_WAIT_PARAMS *paramsArray, unsigned int numExtSems, CUstream stream);
typedef CUresult (*quanta_cuda_pfn_cuWaitExternalSemaphoresAsync_ptsz)(const CUexternalSemaphore *extSemArray, const CUDA_EXTERNAL_SEMAPHORE_WAIT_PARAMS *paramsArray, unsigned int numExtSems, CUstream stream);

extern const struct quanta__api quanta__cuda_api;
#endif
