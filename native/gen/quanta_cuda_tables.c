/* Generated from api/cuda-driver.json by tools/gen (npm run gen -- emit). Do not edit. */
#include "quanta_cuda_api.h"

static const char *const names[QUANTA_CUDA_FN_COUNT] = {
    "cuArray3DCreate",
    "cuArray3DCreate_v2",
    "cuArray3DGetDescriptor",
    "cuArray3DGetDescriptor_v2",
    "cuArrayCreate",
    "cuArrayCreate_v2",
    "cuArrayDestroy",
    "cuArrayGetDescriptor",
    "cuArrayGetDescriptor_v2",
    "cuArrayGetMemoryRequirements",
    "cuArrayGetPlane",
    "cuArrayGetSparseProperties",
    "cuCheckpointProcessCheckpoint",
    "cuCheckpointProcessGetRestoreThreadId",
    "cuCheckpointProcessGetState",
    "cuCheckpointProcessLock",
    "cuCheckpointProcessRestore",
    "cuCheckpointProcessUnlock",
    "cuCoredumpGetAttribute",
    "cuCoredumpGetAttributeGlobal",
    "cuCoredumpSetAttribute",
    "cuCoredumpSetAttributeGlobal",
    "cuCtxAttach",
    "cuCtxCreate",
    "cuCtxCreate_v2",
    "cuCtxCreate_v3",
    "cuCtxCreate_v4",
    "cuCtxDestroy",
    "cuCtxDestroy_v2",
    "cuCtxDetach",
    "cuCtxDisablePeerAccess",
    "cuCtxEnablePeerAccess",
    "cuCtxFromGreenCtx",
    "cuCtxGetApiVersion",
    "cuCtxGetCacheConfig",
    "cuCtxGetCurrent",
    "cuCtxGetDevResource",
    "cuCtxGetDevice",
    "cuCtxGetDevice_v2",
    "cuCtxGetExecAffinity",
    "cuCtxGetFlags",
    "cuCtxGetId",
    "cuCtxGetLimit",
    "cuCtxGetSharedMemConfig",
    "cuCtxGetStreamPriorityRange",
    "cuCtxPopCurrent",
    "cuCtxPopCurrent_v2",
    "cuCtxPushCurrent",
    "cuCtxPushCurrent_v2",
    "cuCtxRecordEvent",
    "cuCtxResetPersistingL2Cache",
    "cuCtxSetCacheConfig",
    "cuCtxSetCurrent",
    "cuCtxSetFlags",
    "cuCtxSetLimit",
    "cuCtxSetSharedMemConfig",
    "cuCtxSynchronize",
    "cuCtxSynchronize_v2",
    "cuCtxWaitEvent",
    "cuDestroyExternalMemory",
    "cuDestroyExternalSemaphore",
    "cuDevResourceGenerateDesc",
    "cuDevSmResourceSplitByCount",
    "cuDeviceCanAccessPeer",
    "cuDeviceComputeCapability",
    "cuDeviceGet",
    "cuDeviceGetAttribute",
    "cuDeviceGetByPCIBusId",
    "cuDeviceGetCount",
    "cuDeviceGetDefaultMemPool",
    "cuDeviceGetDevResource",
    "cuDeviceGetExecAffinitySupport",
    "cuDeviceGetGraphMemAttribute",
    "cuDeviceGetHostAtomicCapabilities",
    "cuDeviceGetLuid",
    "cuDeviceGetMemPool",
    "cuDeviceGetName",
    "cuDeviceGetNvSciSyncAttributes",
    "cuDeviceGetP2PAtomicCapabilities",
    "cuDeviceGetP2PAttribute",
    "cuDeviceGetPCIBusId",
    "cuDeviceGetProperties",
    "cuDeviceGetTexture1DLinearMaxWidth",
    "cuDeviceGetUuid",
    "cuDeviceGetUuid_v2",
    "cuDeviceGraphMemTrim",
    "cuDevicePrimaryCtxGetState",
    "cuDevicePrimaryCtxRelease",
    "cuDevicePrimaryCtxRelease_v2",
    "cuDevicePrimaryCtxReset",
    "cuDevicePrimaryCtxReset_v2",
    "cuDevicePrimaryCtxRetain",
    "cuDevicePrimaryCtxSetFlags",
    "cuDevicePrimaryCtxSetFlags_v2",
    "cuDeviceRegisterAsyncNotification",
    "cuDeviceSetGraphMemAttribute",
    "cuDeviceSetMemPool",
    "cuDeviceTotalMem",
    "cuDeviceTotalMem_v2",
    "cuDeviceUnregisterAsyncNotification",
    "cuDriverGetVersion",
    "cuEGLStreamConsumerAcquireFrame",
    "cuEGLStreamConsumerConnect",
    "cuEGLStreamConsumerConnectWithFlags",
    "cuEGLStreamConsumerDisconnect",
    "cuEGLStreamConsumerReleaseFrame",
    "cuEGLStreamProducerConnect",
    "cuEGLStreamProducerDisconnect",
    "cuEGLStreamProducerPresentFrame",
    "cuEGLStreamProducerReturnFrame",
    "cuEventCreate",
    "cuEventCreateFromEGLSync",
    "cuEventDestroy",
    "cuEventDestroy_v2",
    "cuEventElapsedTime",
    "cuEventElapsedTime_v2",
    "cuEventQuery",
    "cuEventRecord",
    "cuEventRecord_ptsz",
    "cuEventRecordWithFlags",
    "cuEventRecordWithFlags_ptsz",
    "cuEventSynchronize",
    "cuExternalMemoryGetMappedBuffer",
    "cuExternalMemoryGetMappedMipmappedArray",
    "cuFlushGPUDirectRDMAWrites",
    "cuFuncGetAttribute",
    "cuFuncGetModule",
    "cuFuncGetName",
    "cuFuncGetParamInfo",
    "cuFuncIsLoaded",
    "cuFuncLoad",
    "cuFuncSetAttribute",
    "cuFuncSetBlockShape",
    "cuFuncSetCacheConfig",
    "cuFuncSetSharedMemConfig",
    "cuFuncSetSharedSize",
    "cuGLCtxCreate",
    "cuGLCtxCreate_v2",
    "cuGLGetDevices",
    "cuGLGetDevices_v2",
    "cuGLInit",
    "cuGLMapBufferObject",
    "cuGLMapBufferObject_v2",
    "cuGLMapBufferObject_v2_ptds",
    "cuGLMapBufferObjectAsync",
    "cuGLMapBufferObjectAsync_v2",
    "cuGLMapBufferObjectAsync_v2_ptsz",
    "cuGLRegisterBufferObject",
    "cuGLSetBufferObjectMapFlags",
    "cuGLUnmapBufferObject",
    "cuGLUnmapBufferObjectAsync",
    "cuGLUnregisterBufferObject",
    "cuGetErrorName",
    "cuGetErrorString",
    "cuGetExportTable",
    "cuGetProcAddress",
    "cuGetProcAddress_v2",
    "cuGraphAddBatchMemOpNode",
    "cuGraphAddChildGraphNode",
    "cuGraphAddDependencies",
    "cuGraphAddDependencies_v2",
    "cuGraphAddEmptyNode",
    "cuGraphAddEventRecordNode",
    "cuGraphAddEventWaitNode",
    "cuGraphAddExternalSemaphoresSignalNode",
    "cuGraphAddExternalSemaphoresWaitNode",
    "cuGraphAddHostNode",
    "cuGraphAddKernelNode",
    "cuGraphAddKernelNode_v2",
    "cuGraphAddMemAllocNode",
    "cuGraphAddMemFreeNode",
    "cuGraphAddMemcpyNode",
    "cuGraphAddMemsetNode",
    "cuGraphAddNode",
    "cuGraphAddNode_v2",
    "cuGraphBatchMemOpNodeGetParams",
    "cuGraphBatchMemOpNodeSetParams",
    "cuGraphChildGraphNodeGetGraph",
    "cuGraphClone",
    "cuGraphConditionalHandleCreate",
    "cuGraphCreate",
    "cuGraphDebugDotPrint",
    "cuGraphDestroy",
    "cuGraphDestroyNode",
    "cuGraphEventRecordNodeGetEvent",
    "cuGraphEventRecordNodeSetEvent",
    "cuGraphEventWaitNodeGetEvent",
    "cuGraphEventWaitNodeSetEvent",
    "cuGraphExecBatchMemOpNodeSetParams",
    "cuGraphExecChildGraphNodeSetParams",
    "cuGraphExecDestroy",
    "cuGraphExecEventRecordNodeSetEvent",
    "cuGraphExecEventWaitNodeSetEvent",
    "cuGraphExecExternalSemaphoresSignalNodeSetParams",
    "cuGraphExecExternalSemaphoresWaitNodeSetParams",
    "cuGraphExecGetFlags",
    "cuGraphExecHostNodeSetParams",
    "cuGraphExecKernelNodeSetParams",
    "cuGraphExecKernelNodeSetParams_v2",
    "cuGraphExecMemcpyNodeSetParams",
    "cuGraphExecMemsetNodeSetParams",
    "cuGraphExecNodeSetParams",
    "cuGraphExecUpdate",
    "cuGraphExecUpdate_v2",
    "cuGraphExternalSemaphoresSignalNodeGetParams",
    "cuGraphExternalSemaphoresSignalNodeSetParams",
    "cuGraphExternalSemaphoresWaitNodeGetParams",
    "cuGraphExternalSemaphoresWaitNodeSetParams",
    "cuGraphGetEdges",
    "cuGraphGetEdges_v2",
    "cuGraphGetNodes",
    "cuGraphGetRootNodes",
    "cuGraphHostNodeGetParams",
    "cuGraphHostNodeSetParams",
    "cuGraphInstantiate",
    "cuGraphInstantiate_v2",
    "cuGraphInstantiateWithFlags",
    "cuGraphInstantiateWithParams",
    "cuGraphInstantiateWithParams_ptsz",
    "cuGraphKernelNodeCopyAttributes",
    "cuGraphKernelNodeGetAttribute",
    "cuGraphKernelNodeGetParams",
    "cuGraphKernelNodeGetParams_v2",
    "cuGraphKernelNodeSetAttribute",
    "cuGraphKernelNodeSetParams",
    "cuGraphKernelNodeSetParams_v2",
    "cuGraphLaunch",
    "cuGraphLaunch_ptsz",
    "cuGraphMemAllocNodeGetParams",
    "cuGraphMemFreeNodeGetParams",
    "cuGraphMemcpyNodeGetParams",
    "cuGraphMemcpyNodeSetParams",
    "cuGraphMemsetNodeGetParams",
    "cuGraphMemsetNodeSetParams",
    "cuGraphNodeFindInClone",
    "cuGraphNodeGetDependencies",
    "cuGraphNodeGetDependencies_v2",
    "cuGraphNodeGetDependentNodes",
    "cuGraphNodeGetDependentNodes_v2",
    "cuGraphNodeGetEnabled",
    "cuGraphNodeGetType",
    "cuGraphNodeSetEnabled",
    "cuGraphNodeSetParams",
    "cuGraphReleaseUserObject",
    "cuGraphRemoveDependencies",
    "cuGraphRemoveDependencies_v2",
    "cuGraphRetainUserObject",
    "cuGraphUpload",
    "cuGraphUpload_ptsz",
    "cuGraphicsEGLRegisterImage",
    "cuGraphicsGLRegisterBuffer",
    "cuGraphicsGLRegisterImage",
    "cuGraphicsMapResources",
    "cuGraphicsMapResources_ptsz",
    "cuGraphicsResourceGetMappedEglFrame",
    "cuGraphicsResourceGetMappedMipmappedArray",
    "cuGraphicsResourceGetMappedPointer",
    "cuGraphicsResourceGetMappedPointer_v2",
    "cuGraphicsResourceSetMapFlags",
    "cuGraphicsResourceSetMapFlags_v2",
    "cuGraphicsSubResourceGetMappedArray",
    "cuGraphicsUnmapResources",
    "cuGraphicsUnmapResources_ptsz",
    "cuGraphicsUnregisterResource",
    "cuGraphicsVDPAURegisterOutputSurface",
    "cuGraphicsVDPAURegisterVideoSurface",
    "cuGreenCtxCreate",
    "cuGreenCtxDestroy",
    "cuGreenCtxGetDevResource",
    "cuGreenCtxGetId",
    "cuGreenCtxRecordEvent",
    "cuGreenCtxStreamCreate",
    "cuGreenCtxWaitEvent",
    "cuImportExternalMemory",
    "cuImportExternalSemaphore",
    "cuInit",
    "cuIpcCloseMemHandle",
    "cuIpcGetEventHandle",
    "cuIpcGetMemHandle",
    "cuIpcOpenEventHandle",
    "cuIpcOpenMemHandle",
    "cuIpcOpenMemHandle_v2",
    "cuKernelGetAttribute",
    "cuKernelGetFunction",
    "cuKernelGetLibrary",
    "cuKernelGetName",
    "cuKernelGetParamInfo",
    "cuKernelSetAttribute",
    "cuKernelSetCacheConfig",
    "cuLaunch",
    "cuLaunchCooperativeKernel",
    "cuLaunchCooperativeKernel_ptsz",
    "cuLaunchCooperativeKernelMultiDevice",
    "cuLaunchGrid",
    "cuLaunchGridAsync",
    "cuLaunchHostFunc",
    "cuLaunchHostFunc_ptsz",
    "cuLaunchKernel",
    "cuLaunchKernel_ptsz",
    "cuLaunchKernelEx",
    "cuLaunchKernelEx_ptsz",
    "cuLibraryEnumerateKernels",
    "cuLibraryGetGlobal",
    "cuLibraryGetKernel",
    "cuLibraryGetKernelCount",
    "cuLibraryGetManaged",
    "cuLibraryGetModule",
    "cuLibraryGetUnifiedFunction",
    "cuLibraryLoadData",
    "cuLibraryLoadFromFile",
    "cuLibraryUnload",
    "cuLinkAddData",
    "cuLinkAddData_v2",
    "cuLinkAddFile",
    "cuLinkAddFile_v2",
    "cuLinkComplete",
    "cuLinkCreate",
    "cuLinkCreate_v2",
    "cuLinkDestroy",
    "cuLogsCurrent",
    "cuLogsDumpToFile",
    "cuLogsDumpToMemory",
    "cuLogsRegisterCallback",
    "cuLogsUnregisterCallback",
    "cuMemAddressFree",
    "cuMemAddressReserve",
    "cuMemAdvise",
    "cuMemAdvise_v2",
    "cuMemAlloc",
    "cuMemAlloc_v2",
    "cuMemAllocAsync",
    "cuMemAllocAsync_ptsz",
    "cuMemAllocFromPoolAsync",
    "cuMemAllocFromPoolAsync_ptsz",
    "cuMemAllocHost",
    "cuMemAllocHost_v2",
    "cuMemAllocManaged",
    "cuMemAllocPitch",
    "cuMemAllocPitch_v2",
    "cuMemBatchDecompressAsync",
    "cuMemBatchDecompressAsync_ptsz",
    "cuMemCreate",
    "cuMemDiscardAndPrefetchBatchAsync",
    "cuMemDiscardAndPrefetchBatchAsync_ptsz",
    "cuMemDiscardBatchAsync",
    "cuMemDiscardBatchAsync_ptsz",
    "cuMemExportToShareableHandle",
    "cuMemFree",
    "cuMemFree_v2",
    "cuMemFreeAsync",
    "cuMemFreeAsync_ptsz",
    "cuMemFreeHost",
    "cuMemGetAccess",
    "cuMemGetAddressRange",
    "cuMemGetAddressRange_v2",
    "cuMemGetAllocationGranularity",
    "cuMemGetAllocationPropertiesFromHandle",
    "cuMemGetDefaultMemPool",
    "cuMemGetHandleForAddressRange",
    "cuMemGetInfo",
    "cuMemGetInfo_v2",
    "cuMemGetMemPool",
    "cuMemHostAlloc",
    "cuMemHostGetDevicePointer",
    "cuMemHostGetDevicePointer_v2",
    "cuMemHostGetFlags",
    "cuMemHostRegister",
    "cuMemHostRegister_v2",
    "cuMemHostUnregister",
    "cuMemImportFromShareableHandle",
    "cuMemMap",
    "cuMemMapArrayAsync",
    "cuMemMapArrayAsync_ptsz",
    "cuMemPoolCreate",
    "cuMemPoolDestroy",
    "cuMemPoolExportPointer",
    "cuMemPoolExportToShareableHandle",
    "cuMemPoolGetAccess",
    "cuMemPoolGetAttribute",
    "cuMemPoolImportFromShareableHandle",
    "cuMemPoolImportPointer",
    "cuMemPoolSetAccess",
    "cuMemPoolSetAttribute",
    "cuMemPoolTrimTo",
    "cuMemPrefetchAsync",
    "cuMemPrefetchAsync_ptsz",
    "cuMemPrefetchAsync_v2",
    "cuMemPrefetchAsync_v2_ptsz",
    "cuMemPrefetchBatchAsync",
    "cuMemPrefetchBatchAsync_ptsz",
    "cuMemRangeGetAttribute",
    "cuMemRangeGetAttributes",
    "cuMemRelease",
    "cuMemRetainAllocationHandle",
    "cuMemSetAccess",
    "cuMemSetMemPool",
    "cuMemUnmap",
    "cuMemcpy",
    "cuMemcpy_ptds",
    "cuMemcpy2D",
    "cuMemcpy2D_v2",
    "cuMemcpy2D_v2_ptds",
    "cuMemcpy2DAsync",
    "cuMemcpy2DAsync_v2",
    "cuMemcpy2DAsync_v2_ptsz",
    "cuMemcpy2DUnaligned",
    "cuMemcpy2DUnaligned_v2",
    "cuMemcpy2DUnaligned_v2_ptds",
    "cuMemcpy3D",
    "cuMemcpy3D_v2",
    "cuMemcpy3D_v2_ptds",
    "cuMemcpy3DAsync",
    "cuMemcpy3DAsync_v2",
    "cuMemcpy3DAsync_v2_ptsz",
    "cuMemcpy3DBatchAsync",
    "cuMemcpy3DBatchAsync_ptsz",
    "cuMemcpy3DBatchAsync_v2",
    "cuMemcpy3DBatchAsync_v2_ptsz",
    "cuMemcpy3DPeer",
    "cuMemcpy3DPeer_ptds",
    "cuMemcpy3DPeerAsync",
    "cuMemcpy3DPeerAsync_ptsz",
    "cuMemcpyAsync",
    "cuMemcpyAsync_ptsz",
    "cuMemcpyAtoA",
    "cuMemcpyAtoA_v2",
    "cuMemcpyAtoA_v2_ptds",
    "cuMemcpyAtoD",
    "cuMemcpyAtoD_v2",
    "cuMemcpyAtoD_v2_ptds",
    "cuMemcpyAtoH",
    "cuMemcpyAtoH_v2",
    "cuMemcpyAtoH_v2_ptds",
    "cuMemcpyAtoHAsync",
    "cuMemcpyAtoHAsync_v2",
    "cuMemcpyAtoHAsync_v2_ptsz",
    "cuMemcpyBatchAsync",
    "cuMemcpyBatchAsync_ptsz",
    "cuMemcpyBatchAsync_v2",
    "cuMemcpyBatchAsync_v2_ptsz",
    "cuMemcpyDtoA",
    "cuMemcpyDtoA_v2",
    "cuMemcpyDtoA_v2_ptds",
    "cuMemcpyDtoD",
    "cuMemcpyDtoD_v2",
    "cuMemcpyDtoD_v2_ptds",
    "cuMemcpyDtoDAsync",
    "cuMemcpyDtoDAsync_v2",
    "cuMemcpyDtoDAsync_v2_ptsz",
    "cuMemcpyDtoH",
    "cuMemcpyDtoH_v2",
    "cuMemcpyDtoH_v2_ptds",
    "cuMemcpyDtoHAsync",
    "cuMemcpyDtoHAsync_v2",
    "cuMemcpyDtoHAsync_v2_ptsz",
    "cuMemcpyHtoA",
    "cuMemcpyHtoA_v2",
    "cuMemcpyHtoA_v2_ptds",
    "cuMemcpyHtoAAsync",
    "cuMemcpyHtoAAsync_v2",
    "cuMemcpyHtoAAsync_v2_ptsz",
    "cuMemcpyHtoD",
    "cuMemcpyHtoD_v2",
    "cuMemcpyHtoD_v2_ptds",
    "cuMemcpyHtoDAsync",
    "cuMemcpyHtoDAsync_v2",
    "cuMemcpyHtoDAsync_v2_ptsz",
    "cuMemcpyPeer",
    "cuMemcpyPeer_ptds",
    "cuMemcpyPeerAsync",
    "cuMemcpyPeerAsync_ptsz",
    "cuMemsetD16",
    "cuMemsetD16_v2",
    "cuMemsetD16_v2_ptds",
    "cuMemsetD16Async",
    "cuMemsetD16Async_ptsz",
    "cuMemsetD2D16",
    "cuMemsetD2D16_v2",
    "cuMemsetD2D16_v2_ptds",
    "cuMemsetD2D16Async",
    "cuMemsetD2D16Async_ptsz",
    "cuMemsetD2D32",
    "cuMemsetD2D32_v2",
    "cuMemsetD2D32_v2_ptds",
    "cuMemsetD2D32Async",
    "cuMemsetD2D32Async_ptsz",
    "cuMemsetD2D8",
    "cuMemsetD2D8_v2",
    "cuMemsetD2D8_v2_ptds",
    "cuMemsetD2D8Async",
    "cuMemsetD2D8Async_ptsz",
    "cuMemsetD32",
    "cuMemsetD32_v2",
    "cuMemsetD32_v2_ptds",
    "cuMemsetD32Async",
    "cuMemsetD32Async_ptsz",
    "cuMemsetD8",
    "cuMemsetD8_v2",
    "cuMemsetD8_v2_ptds",
    "cuMemsetD8Async",
    "cuMemsetD8Async_ptsz",
    "cuMipmappedArrayCreate",
    "cuMipmappedArrayDestroy",
    "cuMipmappedArrayGetLevel",
    "cuMipmappedArrayGetMemoryRequirements",
    "cuMipmappedArrayGetSparseProperties",
    "cuModuleEnumerateFunctions",
    "cuModuleGetFunction",
    "cuModuleGetFunctionCount",
    "cuModuleGetGlobal",
    "cuModuleGetGlobal_v2",
    "cuModuleGetLoadingMode",
    "cuModuleGetSurfRef",
    "cuModuleGetTexRef",
    "cuModuleLoad",
    "cuModuleLoadData",
    "cuModuleLoadDataEx",
    "cuModuleLoadFatBinary",
    "cuModuleUnload",
    "cuMulticastAddDevice",
    "cuMulticastBindAddr",
    "cuMulticastBindMem",
    "cuMulticastCreate",
    "cuMulticastGetGranularity",
    "cuMulticastUnbind",
    "cuOccupancyAvailableDynamicSMemPerBlock",
    "cuOccupancyMaxActiveBlocksPerMultiprocessor",
    "cuOccupancyMaxActiveBlocksPerMultiprocessorWithFlags",
    "cuOccupancyMaxActiveClusters",
    "cuOccupancyMaxPotentialBlockSize",
    "cuOccupancyMaxPotentialBlockSizeWithFlags",
    "cuOccupancyMaxPotentialClusterSize",
    "cuParamSetSize",
    "cuParamSetTexRef",
    "cuParamSetf",
    "cuParamSeti",
    "cuParamSetv",
    "cuPointerGetAttribute",
    "cuPointerGetAttributes",
    "cuPointerSetAttribute",
    "cuProfilerInitialize",
    "cuProfilerStart",
    "cuProfilerStop",
    "cuSignalExternalSemaphoresAsync",
    "cuSignalExternalSemaphoresAsync_ptsz",
    "cuStreamAddCallback",
    "cuStreamAddCallback_ptsz",
    "cuStreamAttachMemAsync",
    "cuStreamAttachMemAsync_ptsz",
    "cuStreamBatchMemOp",
    "cuStreamBatchMemOp_ptsz",
    "cuStreamBatchMemOp_v2",
    "cuStreamBatchMemOp_v2_ptsz",
    "cuStreamBeginCapture",
    "cuStreamBeginCapture_ptsz",
    "cuStreamBeginCapture_v2",
    "cuStreamBeginCapture_v2_ptsz",
    "cuStreamBeginCaptureToGraph",
    "cuStreamBeginCaptureToGraph_ptsz",
    "cuStreamCopyAttributes",
    "cuStreamCopyAttributes_ptsz",
    "cuStreamCreate",
    "cuStreamCreateWithPriority",
    "cuStreamDestroy",
    "cuStreamDestroy_v2",
    "cuStreamEndCapture",
    "cuStreamEndCapture_ptsz",
    "cuStreamGetAttribute",
    "cuStreamGetAttribute_ptsz",
    "cuStreamGetCaptureInfo",
    "cuStreamGetCaptureInfo_ptsz",
    "cuStreamGetCaptureInfo_v2",
    "cuStreamGetCaptureInfo_v2_ptsz",
    "cuStreamGetCaptureInfo_v3",
    "cuStreamGetCaptureInfo_v3_ptsz",
    "cuStreamGetCtx",
    "cuStreamGetCtx_ptsz",
    "cuStreamGetCtx_v2",
    "cuStreamGetCtx_v2_ptsz",
    "cuStreamGetDevice",
    "cuStreamGetDevice_ptsz",
    "cuStreamGetFlags",
    "cuStreamGetFlags_ptsz",
    "cuStreamGetGreenCtx",
    "cuStreamGetId",
    "cuStreamGetId_ptsz",
    "cuStreamGetPriority",
    "cuStreamGetPriority_ptsz",
    "cuStreamIsCapturing",
    "cuStreamIsCapturing_ptsz",
    "cuStreamQuery",
    "cuStreamQuery_ptsz",
    "cuStreamSetAttribute",
    "cuStreamSetAttribute_ptsz",
    "cuStreamSynchronize",
    "cuStreamSynchronize_ptsz",
    "cuStreamUpdateCaptureDependencies",
    "cuStreamUpdateCaptureDependencies_ptsz",
    "cuStreamUpdateCaptureDependencies_v2",
    "cuStreamUpdateCaptureDependencies_v2_ptsz",
    "cuStreamWaitEvent",
    "cuStreamWaitEvent_ptsz",
    "cuStreamWaitValue32",
    "cuStreamWaitValue32_ptsz",
    "cuStreamWaitValue32_v2",
    "cuStreamWaitValue32_v2_ptsz",
    "cuStreamWaitValue64",
    "cuStreamWaitValue64_ptsz",
    "cuStreamWaitValue64_v2",
    "cuStreamWaitValue64_v2_ptsz",
    "cuStreamWriteValue32",
    "cuStreamWriteValue32_ptsz",
    "cuStreamWriteValue32_v2",
    "cuStreamWriteValue32_v2_ptsz",
    "cuStreamWriteValue64",
    "cuStreamWriteValue64_ptsz",
    "cuStreamWriteValue64_v2",
    "cuStreamWriteValue64_v2_ptsz",
    "cuSurfObjectCreate",
    "cuSurfObjectDestroy",
    "cuSurfObjectGetResourceDesc",
    "cuSurfRefGetArray",
    "cuSurfRefSetArray",
    "cuTensorMapEncodeIm2col",
    "cuTensorMapEncodeIm2colWide",
    "cuTensorMapEncodeTiled",
    "cuTensorMapReplaceAddress",
    "cuTexObjectCreate",
    "cuTexObjectDestroy",
    "cuTexObjectGetResourceDesc",
    "cuTexObjectGetResourceViewDesc",
    "cuTexObjectGetTextureDesc",
    "cuTexRefCreate",
    "cuTexRefDestroy",
    "cuTexRefGetAddress",
    "cuTexRefGetAddress_v2",
    "cuTexRefGetAddressMode",
    "cuTexRefGetArray",
    "cuTexRefGetBorderColor",
    "cuTexRefGetFilterMode",
    "cuTexRefGetFlags",
    "cuTexRefGetFormat",
    "cuTexRefGetMaxAnisotropy",
    "cuTexRefGetMipmapFilterMode",
    "cuTexRefGetMipmapLevelBias",
    "cuTexRefGetMipmapLevelClamp",
    "cuTexRefGetMipmappedArray",
    "cuTexRefSetAddress",
    "cuTexRefSetAddress_v2",
    "cuTexRefSetAddress2D",
    "cuTexRefSetAddress2D_v2",
    "cuTexRefSetAddress2D_v3",
    "cuTexRefSetAddressMode",
    "cuTexRefSetArray",
    "cuTexRefSetBorderColor",
    "cuTexRefSetFilterMode",
    "cuTexRefSetFlags",
    "cuTexRefSetFormat",
    "cuTexRefSetMaxAnisotropy",
    "cuTexRefSetMipmapFilterMode",
    "cuTexRefSetMipmapLevelBias",
    "cuTexRefSetMipmapLevelClamp",
    "cuTexRefSetMipmappedArray",
    "cuThreadExchangeStreamCaptureMode",
    "cuUserObjectCreate",
    "cuUserObjectRelease",
    "cuUserObjectRetain",
    "cuVDPAUCtxCreate",
    "cuVDPAUCtxCreate_v2",
    "cuVDPAUGetDevice",
    "cuWaitExternalSemaphoresAsync",
    "cuWaitExternalSemaphoresAsync_ptsz",
};

/* Function indices in strcmp order of their names, for binary search. */
static const uint16_t by_name[QUANTA_CUDA_FN_COUNT] = {
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
    78,
    79,
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
    119,
    120,
    118,
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
    144,
    145,
    146,
    142,
    143,
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
    163,
    164,
    165,
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
    189,
    190,
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
    216,
    217,
    218,
    215,
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
    292,
    291,
    293,
    294,
    295,
    296,
    297,
    299,
    300,
    298,
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
    322,
    323,
    324,
    325,
    326,
    327,
    328,
    330,
    331,
    332,
    333,
    334,
    335,
    336,
    337,
    338,
    329,
    339,
    340,
    341,
    342,
    343,
    344,
    345,
    346,
    347,
    349,
    350,
    351,
    348,
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
    399,
    402,
    403,
    404,
    405,
    406,
    407,
    400,
    401,
    408,
    411,
    412,
    413,
    414,
    415,
    416,
    417,
    418,
    420,
    421,
    419,
    409,
    410,
    422,
    423,
    424,
    425,
    426,
    427,
    428,
    429,
    430,
    433,
    434,
    435,
    431,
    432,
    436,
    437,
    438,
    439,
    440,
    441,
    442,
    443,
    446,
    447,
    448,
    444,
    445,
    449,
    452,
    453,
    454,
    450,
    451,
    455,
    458,
    459,
    460,
    456,
    457,
    461,
    464,
    465,
    466,
    462,
    463,
    467,
    469,
    470,
    468,
    398,
    471,
    474,
    475,
    472,
    473,
    476,
    479,
    480,
    477,
    478,
    481,
    484,
    485,
    482,
    483,
    486,
    489,
    490,
    487,
    488,
    491,
    494,
    495,
    492,
    493,
    496,
    499,
    500,
    497,
    498,
    501,
    502,
    503,
    504,
    505,
    506,
    507,
    508,
    509,
    510,
    511,
    512,
    513,
    514,
    515,
    516,
    517,
    518,
    519,
    520,
    521,
    522,
    523,
    524,
    525,
    526,
    527,
    528,
    529,
    530,
    531,
    532,
    533,
    534,
    535,
    536,
    537,
    538,
    539,
    540,
    541,
    542,
    543,
    544,
    545,
    546,
    547,
    548,
    549,
    550,
    551,
    552,
    553,
    557,
    558,
    554,
    555,
    556,
    559,
    560,
    561,
    562,
    563,
    564,
    565,
    566,
    567,
    568,
    569,
    570,
    571,
    572,
    573,
    574,
    575,
    576,
    577,
    578,
    579,
    580,
    581,
    582,
    583,
    584,
    585,
    586,
    587,
    588,
    589,
    590,
    591,
    592,
    593,
    594,
    595,
    596,
    597,
    598,
    599,
    600,
    601,
    602,
    603,
    604,
    605,
    606,
    607,
    608,
    609,
    610,
    611,
    612,
    613,
    614,
    615,
    616,
    617,
    618,
    619,
    620,
    621,
    622,
    623,
    624,
    625,
    626,
    627,
    628,
    629,
    630,
    631,
    632,
    633,
    634,
    636,
    635,
    637,
    638,
    639,
    640,
    641,
    642,
    643,
    644,
    645,
    646,
    647,
    649,
    650,
    651,
    652,
    648,
    653,
    654,
    655,
    656,
    657,
    658,
    659,
    660,
    661,
    662,
    663,
    664,
    665,
    666,
    667,
    668,
    669,
    670,
    671,
};

static const struct quanta__api_entry entries[] = {
    { "cuArray3DCreate", 0, 2, 2, 0 },
    { "cuArray3DGetDescriptor", 2, 2, 4, 0 },
    { "cuArrayCreate", 4, 2, 6, 0 },
    { "cuArrayDestroy", 6, 1, 7, 0 },
    { "cuArrayGetDescriptor", 7, 2, 9, 0 },
    { "cuArrayGetMemoryRequirements", 9, 1, 10, 0 },
    { "cuArrayGetPlane", 10, 1, 11, 0 },
    { "cuArrayGetSparseProperties", 11, 1, 12, 0 },
    { "cuCheckpointProcessCheckpoint", 12, 1, 13, 0 },
    { "cuCheckpointProcessGetRestoreThreadId", 13, 1, 14, 0 },
    { "cuCheckpointProcessGetState", 14, 1, 15, 0 },
    { "cuCheckpointProcessLock", 15, 1, 16, 0 },
    { "cuCheckpointProcessRestore", 16, 1, 17, 0 },
    { "cuCheckpointProcessUnlock", 17, 1, 18, 0 },
    { "cuCoredumpGetAttribute", 18, 1, 19, 0 },
    { "cuCoredumpGetAttributeGlobal", 19, 1, 20, 0 },
    { "cuCoredumpSetAttribute", 20, 1, 21, 0 },
    { "cuCoredumpSetAttributeGlobal", 21, 1, 22, 0 },
    { "cuCtxAttach", 22, 1, 23, 0 },
    { "cuCtxCreate", 23, 4, 27, 0 },
    { "cuCtxDestroy", 27, 2, 29, 0 },
    { "cuCtxDetach", 29, 1, 30, 0 },
    { "cuCtxDisablePeerAccess", 30, 1, 31, 0 },
    { "cuCtxEnablePeerAccess", 31, 1, 32, 0 },
    { "cuCtxFromGreenCtx", 32, 1, 33, 0 },
    { "cuCtxGetApiVersion", 33, 1, 34, 0 },
    { "cuCtxGetCacheConfig", 34, 1, 35, 0 },
    { "cuCtxGetCurrent", 35, 1, 36, 0 },
    { "cuCtxGetDevResource", 36, 1, 37, 0 },
    { "cuCtxGetDevice", 37, 2, 39, 0 },
    { "cuCtxGetExecAffinity", 39, 1, 40, 0 },
    { "cuCtxGetFlags", 40, 1, 41, 0 },
    { "cuCtxGetId", 41, 1, 42, 0 },
    { "cuCtxGetLimit", 42, 1, 43, 0 },
    { "cuCtxGetSharedMemConfig", 43, 1, 44, 0 },
    { "cuCtxGetStreamPriorityRange", 44, 1, 45, 0 },
    { "cuCtxPopCurrent", 45, 2, 47, 0 },
    { "cuCtxPushCurrent", 47, 2, 49, 0 },
    { "cuCtxRecordEvent", 49, 1, 50, 0 },
    { "cuCtxResetPersistingL2Cache", 50, 1, 51, 0 },
    { "cuCtxSetCacheConfig", 51, 1, 52, 0 },
    { "cuCtxSetCurrent", 52, 1, 53, 0 },
    { "cuCtxSetFlags", 53, 1, 54, 0 },
    { "cuCtxSetLimit", 54, 1, 55, 0 },
    { "cuCtxSetSharedMemConfig", 55, 1, 56, 0 },
    { "cuCtxSynchronize", 56, 2, 58, 0 },
    { "cuCtxWaitEvent", 58, 1, 59, 0 },
    { "cuDestroyExternalMemory", 59, 1, 60, 0 },
    { "cuDestroyExternalSemaphore", 60, 1, 61, 0 },
    { "cuDevResourceGenerateDesc", 61, 1, 62, 0 },
    { "cuDevSmResourceSplitByCount", 62, 1, 63, 0 },
    { "cuDeviceCanAccessPeer", 63, 1, 64, 0 },
    { "cuDeviceComputeCapability", 64, 1, 65, 0 },
    { "cuDeviceGet", 65, 1, 66, 0 },
    { "cuDeviceGetAttribute", 66, 1, 67, 0 },
    { "cuDeviceGetByPCIBusId", 67, 1, 68, 0 },
    { "cuDeviceGetCount", 68, 1, 69, 0 },
    { "cuDeviceGetDefaultMemPool", 69, 1, 70, 0 },
    { "cuDeviceGetDevResource", 70, 1, 71, 0 },
    { "cuDeviceGetExecAffinitySupport", 71, 1, 72, 0 },
    { "cuDeviceGetGraphMemAttribute", 72, 1, 73, 0 },
    { "cuDeviceGetHostAtomicCapabilities", 73, 1, 74, 0 },
    { "cuDeviceGetLuid", 74, 1, 75, 0 },
    { "cuDeviceGetMemPool", 75, 1, 76, 0 },
    { "cuDeviceGetName", 76, 1, 77, 0 },
    { "cuDeviceGetNvSciSyncAttributes", 77, 1, 78, 0 },
    { "cuDeviceGetP2PAtomicCapabilities", 78, 1, 79, 0 },
    { "cuDeviceGetP2PAttribute", 79, 1, 80, 0 },
    { "cuDeviceGetPCIBusId", 80, 1, 81, 0 },
    { "cuDeviceGetProperties", 81, 1, 82, 0 },
    { "cuDeviceGetTexture1DLinearMaxWidth", 82, 1, 83, 0 },
    { "cuDeviceGetUuid", 83, 2, 85, 0 },
    { "cuDeviceGraphMemTrim", 85, 1, 86, 0 },
    { "cuDevicePrimaryCtxGetState", 86, 1, 87, 0 },
    { "cuDevicePrimaryCtxRelease", 87, 2, 89, 0 },
    { "cuDevicePrimaryCtxReset", 89, 2, 91, 0 },
    { "cuDevicePrimaryCtxRetain", 91, 1, 92, 0 },
    { "cuDevicePrimaryCtxSetFlags", 92, 2, 94, 0 },
    { "cuDeviceRegisterAsyncNotification", 94, 1, 95, 0 },
    { "cuDeviceSetGraphMemAttribute", 95, 1, 96, 0 },
    { "cuDeviceSetMemPool", 96, 1, 97, 0 },
    { "cuDeviceTotalMem", 97, 2, 99, 0 },
    { "cuDeviceUnregisterAsyncNotification", 99, 1, 100, 0 },
    { "cuDriverGetVersion", 100, 1, 101, 0 },
    { "cuEGLStreamConsumerAcquireFrame", 101, 1, 102, 0 },
    { "cuEGLStreamConsumerConnect", 102, 1, 103, 0 },
    { "cuEGLStreamConsumerConnectWithFlags", 103, 1, 104, 0 },
    { "cuEGLStreamConsumerDisconnect", 104, 1, 105, 0 },
    { "cuEGLStreamConsumerReleaseFrame", 105, 1, 106, 0 },
    { "cuEGLStreamProducerConnect", 106, 1, 107, 0 },
    { "cuEGLStreamProducerDisconnect", 107, 1, 108, 0 },
    { "cuEGLStreamProducerPresentFrame", 108, 1, 109, 0 },
    { "cuEGLStreamProducerReturnFrame", 109, 1, 110, 0 },
    { "cuEventCreate", 110, 1, 111, 0 },
    { "cuEventCreateFromEGLSync", 111, 1, 112, 0 },
    { "cuEventDestroy", 112, 2, 114, 0 },
    { "cuEventElapsedTime", 114, 2, 116, 0 },
    { "cuEventQuery", 116, 1, 117, 0 },
    { "cuEventRecord", 117, 1, 118, 1 },
    { "cuEventRecordWithFlags", 119, 1, 120, 1 },
    { "cuEventSynchronize", 121, 1, 122, 0 },
    { "cuExternalMemoryGetMappedBuffer", 122, 1, 123, 0 },
    { "cuExternalMemoryGetMappedMipmappedArray", 123, 1, 124, 0 },
    { "cuFlushGPUDirectRDMAWrites", 124, 1, 125, 0 },
    { "cuFuncGetAttribute", 125, 1, 126, 0 },
    { "cuFuncGetModule", 126, 1, 127, 0 },
    { "cuFuncGetName", 127, 1, 128, 0 },
    { "cuFuncGetParamInfo", 128, 1, 129, 0 },
    { "cuFuncIsLoaded", 129, 1, 130, 0 },
    { "cuFuncLoad", 130, 1, 131, 0 },
    { "cuFuncSetAttribute", 131, 1, 132, 0 },
    { "cuFuncSetBlockShape", 132, 1, 133, 0 },
    { "cuFuncSetCacheConfig", 133, 1, 134, 0 },
    { "cuFuncSetSharedMemConfig", 134, 1, 135, 0 },
    { "cuFuncSetSharedSize", 135, 1, 136, 0 },
    { "cuGLCtxCreate", 136, 2, 138, 0 },
    { "cuGLGetDevices", 138, 2, 140, 0 },
    { "cuGLInit", 140, 1, 141, 0 },
    { "cuGLMapBufferObject", 141, 2, 143, 1 },
    { "cuGLMapBufferObjectAsync", 144, 2, 146, 1 },
    { "cuGLRegisterBufferObject", 147, 1, 148, 0 },
    { "cuGLSetBufferObjectMapFlags", 148, 1, 149, 0 },
    { "cuGLUnmapBufferObject", 149, 1, 150, 0 },
    { "cuGLUnmapBufferObjectAsync", 150, 1, 151, 0 },
    { "cuGLUnregisterBufferObject", 151, 1, 152, 0 },
    { "cuGetErrorName", 152, 1, 153, 0 },
    { "cuGetErrorString", 153, 1, 154, 0 },
    { "cuGetExportTable", 154, 1, 155, 0 },
    { "cuGetProcAddress", 155, 2, 157, 0 },
    { "cuGraphAddBatchMemOpNode", 157, 1, 158, 0 },
    { "cuGraphAddChildGraphNode", 158, 1, 159, 0 },
    { "cuGraphAddDependencies", 159, 2, 161, 0 },
    { "cuGraphAddEmptyNode", 161, 1, 162, 0 },
    { "cuGraphAddEventRecordNode", 162, 1, 163, 0 },
    { "cuGraphAddEventWaitNode", 163, 1, 164, 0 },
    { "cuGraphAddExternalSemaphoresSignalNode", 164, 1, 165, 0 },
    { "cuGraphAddExternalSemaphoresWaitNode", 165, 1, 166, 0 },
    { "cuGraphAddHostNode", 166, 1, 167, 0 },
    { "cuGraphAddKernelNode", 167, 2, 169, 0 },
    { "cuGraphAddMemAllocNode", 169, 1, 170, 0 },
    { "cuGraphAddMemFreeNode", 170, 1, 171, 0 },
    { "cuGraphAddMemcpyNode", 171, 1, 172, 0 },
    { "cuGraphAddMemsetNode", 172, 1, 173, 0 },
    { "cuGraphAddNode", 173, 2, 175, 0 },
    { "cuGraphBatchMemOpNodeGetParams", 175, 1, 176, 0 },
    { "cuGraphBatchMemOpNodeSetParams", 176, 1, 177, 0 },
    { "cuGraphChildGraphNodeGetGraph", 177, 1, 178, 0 },
    { "cuGraphClone", 178, 1, 179, 0 },
    { "cuGraphConditionalHandleCreate", 179, 1, 180, 0 },
    { "cuGraphCreate", 180, 1, 181, 0 },
    { "cuGraphDebugDotPrint", 181, 1, 182, 0 },
    { "cuGraphDestroy", 182, 1, 183, 0 },
    { "cuGraphDestroyNode", 183, 1, 184, 0 },
    { "cuGraphEventRecordNodeGetEvent", 184, 1, 185, 0 },
    { "cuGraphEventRecordNodeSetEvent", 185, 1, 186, 0 },
    { "cuGraphEventWaitNodeGetEvent", 186, 1, 187, 0 },
    { "cuGraphEventWaitNodeSetEvent", 187, 1, 188, 0 },
    { "cuGraphExecBatchMemOpNodeSetParams", 188, 1, 189, 0 },
    { "cuGraphExecChildGraphNodeSetParams", 189, 1, 190, 0 },
    { "cuGraphExecDestroy", 190, 1, 191, 0 },
    { "cuGraphExecEventRecordNodeSetEvent", 191, 1, 192, 0 },
    { "cuGraphExecEventWaitNodeSetEvent", 192, 1, 193, 0 },
    { "cuGraphExecExternalSemaphoresSignalNodeSetParams", 193, 1, 194, 0 },
    { "cuGraphExecExternalSemaphoresWaitNodeSetParams", 194, 1, 195, 0 },
    { "cuGraphExecGetFlags", 195, 1, 196, 0 },
    { "cuGraphExecHostNodeSetParams", 196, 1, 197, 0 },
    { "cuGraphExecKernelNodeSetParams", 197, 2, 199, 0 },
    { "cuGraphExecMemcpyNodeSetParams", 199, 1, 200, 0 },
    { "cuGraphExecMemsetNodeSetParams", 200, 1, 201, 0 },
    { "cuGraphExecNodeSetParams", 201, 1, 202, 0 },
    { "cuGraphExecUpdate", 202, 2, 204, 0 },
    { "cuGraphExternalSemaphoresSignalNodeGetParams", 204, 1, 205, 0 },
    { "cuGraphExternalSemaphoresSignalNodeSetParams", 205, 1, 206, 0 },
    { "cuGraphExternalSemaphoresWaitNodeGetParams", 206, 1, 207, 0 },
    { "cuGraphExternalSemaphoresWaitNodeSetParams", 207, 1, 208, 0 },
    { "cuGraphGetEdges", 208, 2, 210, 0 },
    { "cuGraphGetNodes", 210, 1, 211, 0 },
    { "cuGraphGetRootNodes", 211, 1, 212, 0 },
    { "cuGraphHostNodeGetParams", 212, 1, 213, 0 },
    { "cuGraphHostNodeSetParams", 213, 1, 214, 0 },
    { "cuGraphInstantiate", 214, 2, 216, 0 },
    { "cuGraphInstantiateWithFlags", 216, 1, 217, 0 },
    { "cuGraphInstantiateWithParams", 217, 1, 218, 1 },
    { "cuGraphKernelNodeCopyAttributes", 219, 1, 220, 0 },
    { "cuGraphKernelNodeGetAttribute", 220, 1, 221, 0 },
    { "cuGraphKernelNodeGetParams", 221, 2, 223, 0 },
    { "cuGraphKernelNodeSetAttribute", 223, 1, 224, 0 },
    { "cuGraphKernelNodeSetParams", 224, 2, 226, 0 },
    { "cuGraphLaunch", 226, 1, 227, 1 },
    { "cuGraphMemAllocNodeGetParams", 228, 1, 229, 0 },
    { "cuGraphMemFreeNodeGetParams", 229, 1, 230, 0 },
    { "cuGraphMemcpyNodeGetParams", 230, 1, 231, 0 },
    { "cuGraphMemcpyNodeSetParams", 231, 1, 232, 0 },
    { "cuGraphMemsetNodeGetParams", 232, 1, 233, 0 },
    { "cuGraphMemsetNodeSetParams", 233, 1, 234, 0 },
    { "cuGraphNodeFindInClone", 234, 1, 235, 0 },
    { "cuGraphNodeGetDependencies", 235, 2, 237, 0 },
    { "cuGraphNodeGetDependentNodes", 237, 2, 239, 0 },
    { "cuGraphNodeGetEnabled", 239, 1, 240, 0 },
    { "cuGraphNodeGetType", 240, 1, 241, 0 },
    { "cuGraphNodeSetEnabled", 241, 1, 242, 0 },
    { "cuGraphNodeSetParams", 242, 1, 243, 0 },
    { "cuGraphReleaseUserObject", 243, 1, 244, 0 },
    { "cuGraphRemoveDependencies", 244, 2, 246, 0 },
    { "cuGraphRetainUserObject", 246, 1, 247, 0 },
    { "cuGraphUpload", 247, 1, 248, 1 },
    { "cuGraphicsEGLRegisterImage", 249, 1, 250, 0 },
    { "cuGraphicsGLRegisterBuffer", 250, 1, 251, 0 },
    { "cuGraphicsGLRegisterImage", 251, 1, 252, 0 },
    { "cuGraphicsMapResources", 252, 1, 253, 1 },
    { "cuGraphicsResourceGetMappedEglFrame", 254, 1, 255, 0 },
    { "cuGraphicsResourceGetMappedMipmappedArray", 255, 1, 256, 0 },
    { "cuGraphicsResourceGetMappedPointer", 256, 2, 258, 0 },
    { "cuGraphicsResourceSetMapFlags", 258, 2, 260, 0 },
    { "cuGraphicsSubResourceGetMappedArray", 260, 1, 261, 0 },
    { "cuGraphicsUnmapResources", 261, 1, 262, 1 },
    { "cuGraphicsUnregisterResource", 263, 1, 264, 0 },
    { "cuGraphicsVDPAURegisterOutputSurface", 264, 1, 265, 0 },
    { "cuGraphicsVDPAURegisterVideoSurface", 265, 1, 266, 0 },
    { "cuGreenCtxCreate", 266, 1, 267, 0 },
    { "cuGreenCtxDestroy", 267, 1, 268, 0 },
    { "cuGreenCtxGetDevResource", 268, 1, 269, 0 },
    { "cuGreenCtxGetId", 269, 1, 270, 0 },
    { "cuGreenCtxRecordEvent", 270, 1, 271, 0 },
    { "cuGreenCtxStreamCreate", 271, 1, 272, 0 },
    { "cuGreenCtxWaitEvent", 272, 1, 273, 0 },
    { "cuImportExternalMemory", 273, 1, 274, 0 },
    { "cuImportExternalSemaphore", 274, 1, 275, 0 },
    { "cuInit", 275, 1, 276, 0 },
    { "cuIpcCloseMemHandle", 276, 1, 277, 0 },
    { "cuIpcGetEventHandle", 277, 1, 278, 0 },
    { "cuIpcGetMemHandle", 278, 1, 279, 0 },
    { "cuIpcOpenEventHandle", 279, 1, 280, 0 },
    { "cuIpcOpenMemHandle", 280, 2, 282, 0 },
    { "cuKernelGetAttribute", 282, 1, 283, 0 },
    { "cuKernelGetFunction", 283, 1, 284, 0 },
    { "cuKernelGetLibrary", 284, 1, 285, 0 },
    { "cuKernelGetName", 285, 1, 286, 0 },
    { "cuKernelGetParamInfo", 286, 1, 287, 0 },
    { "cuKernelSetAttribute", 287, 1, 288, 0 },
    { "cuKernelSetCacheConfig", 288, 1, 289, 0 },
    { "cuLaunch", 289, 1, 290, 0 },
    { "cuLaunchCooperativeKernel", 290, 1, 291, 1 },
    { "cuLaunchCooperativeKernelMultiDevice", 292, 1, 293, 0 },
    { "cuLaunchGrid", 293, 1, 294, 0 },
    { "cuLaunchGridAsync", 294, 1, 295, 0 },
    { "cuLaunchHostFunc", 295, 1, 296, 1 },
    { "cuLaunchKernel", 297, 1, 298, 1 },
    { "cuLaunchKernelEx", 299, 1, 300, 1 },
    { "cuLibraryEnumerateKernels", 301, 1, 302, 0 },
    { "cuLibraryGetGlobal", 302, 1, 303, 0 },
    { "cuLibraryGetKernel", 303, 1, 304, 0 },
    { "cuLibraryGetKernelCount", 304, 1, 305, 0 },
    { "cuLibraryGetManaged", 305, 1, 306, 0 },
    { "cuLibraryGetModule", 306, 1, 307, 0 },
    { "cuLibraryGetUnifiedFunction", 307, 1, 308, 0 },
    { "cuLibraryLoadData", 308, 1, 309, 0 },
    { "cuLibraryLoadFromFile", 309, 1, 310, 0 },
    { "cuLibraryUnload", 310, 1, 311, 0 },
    { "cuLinkAddData", 311, 2, 313, 0 },
    { "cuLinkAddFile", 313, 2, 315, 0 },
    { "cuLinkComplete", 315, 1, 316, 0 },
    { "cuLinkCreate", 316, 2, 318, 0 },
    { "cuLinkDestroy", 318, 1, 319, 0 },
    { "cuLogsCurrent", 319, 1, 320, 0 },
    { "cuLogsDumpToFile", 320, 1, 321, 0 },
    { "cuLogsDumpToMemory", 321, 1, 322, 0 },
    { "cuLogsRegisterCallback", 322, 1, 323, 0 },
    { "cuLogsUnregisterCallback", 323, 1, 324, 0 },
    { "cuMemAddressFree", 324, 1, 325, 0 },
    { "cuMemAddressReserve", 325, 1, 326, 0 },
    { "cuMemAdvise", 326, 2, 328, 0 },
    { "cuMemAlloc", 328, 2, 330, 0 },
    { "cuMemAllocAsync", 330, 1, 331, 1 },
    { "cuMemAllocFromPoolAsync", 332, 1, 333, 1 },
    { "cuMemAllocHost", 334, 2, 336, 0 },
    { "cuMemAllocManaged", 336, 1, 337, 0 },
    { "cuMemAllocPitch", 337, 2, 339, 0 },
    { "cuMemBatchDecompressAsync", 339, 1, 340, 1 },
    { "cuMemCreate", 341, 1, 342, 0 },
    { "cuMemDiscardAndPrefetchBatchAsync", 342, 1, 343, 1 },
    { "cuMemDiscardBatchAsync", 344, 1, 345, 1 },
    { "cuMemExportToShareableHandle", 346, 1, 347, 0 },
    { "cuMemFree", 347, 2, 349, 0 },
    { "cuMemFreeAsync", 349, 1, 350, 1 },
    { "cuMemFreeHost", 351, 1, 352, 0 },
    { "cuMemGetAccess", 352, 1, 353, 0 },
    { "cuMemGetAddressRange", 353, 2, 355, 0 },
    { "cuMemGetAllocationGranularity", 355, 1, 356, 0 },
    { "cuMemGetAllocationPropertiesFromHandle", 356, 1, 357, 0 },
    { "cuMemGetDefaultMemPool", 357, 1, 358, 0 },
    { "cuMemGetHandleForAddressRange", 358, 1, 359, 0 },
    { "cuMemGetInfo", 359, 2, 361, 0 },
    { "cuMemGetMemPool", 361, 1, 362, 0 },
    { "cuMemHostAlloc", 362, 1, 363, 0 },
    { "cuMemHostGetDevicePointer", 363, 2, 365, 0 },
    { "cuMemHostGetFlags", 365, 1, 366, 0 },
    { "cuMemHostRegister", 366, 2, 368, 0 },
    { "cuMemHostUnregister", 368, 1, 369, 0 },
    { "cuMemImportFromShareableHandle", 369, 1, 370, 0 },
    { "cuMemMap", 370, 1, 371, 0 },
    { "cuMemMapArrayAsync", 371, 1, 372, 1 },
    { "cuMemPoolCreate", 373, 1, 374, 0 },
    { "cuMemPoolDestroy", 374, 1, 375, 0 },
    { "cuMemPoolExportPointer", 375, 1, 376, 0 },
    { "cuMemPoolExportToShareableHandle", 376, 1, 377, 0 },
    { "cuMemPoolGetAccess", 377, 1, 378, 0 },
    { "cuMemPoolGetAttribute", 378, 1, 379, 0 },
    { "cuMemPoolImportFromShareableHandle", 379, 1, 380, 0 },
    { "cuMemPoolImportPointer", 380, 1, 381, 0 },
    { "cuMemPoolSetAccess", 381, 1, 382, 0 },
    { "cuMemPoolSetAttribute", 382, 1, 383, 0 },
    { "cuMemPoolTrimTo", 383, 1, 384, 0 },
    { "cuMemPrefetchAsync", 384, 2, 386, 2 },
    { "cuMemPrefetchBatchAsync", 388, 1, 389, 1 },
    { "cuMemRangeGetAttribute", 390, 1, 391, 0 },
    { "cuMemRangeGetAttributes", 391, 1, 392, 0 },
    { "cuMemRelease", 392, 1, 393, 0 },
    { "cuMemRetainAllocationHandle", 393, 1, 394, 0 },
    { "cuMemSetAccess", 394, 1, 395, 0 },
    { "cuMemSetMemPool", 395, 1, 396, 0 },
    { "cuMemUnmap", 396, 1, 397, 0 },
    { "cuMemcpy", 397, 1, 398, 1 },
    { "cuMemcpy2D", 399, 2, 401, 1 },
    { "cuMemcpy2DAsync", 402, 2, 404, 1 },
    { "cuMemcpy2DUnaligned", 405, 2, 407, 1 },
    { "cuMemcpy3D", 408, 2, 410, 1 },
    { "cuMemcpy3DAsync", 411, 2, 413, 1 },
    { "cuMemcpy3DBatchAsync", 414, 2, 416, 2 },
    { "cuMemcpy3DPeer", 418, 1, 419, 1 },
    { "cuMemcpy3DPeerAsync", 420, 1, 421, 1 },
    { "cuMemcpyAsync", 422, 1, 423, 1 },
    { "cuMemcpyAtoA", 424, 2, 426, 1 },
    { "cuMemcpyAtoD", 427, 2, 429, 1 },
    { "cuMemcpyAtoH", 430, 2, 432, 1 },
    { "cuMemcpyAtoHAsync", 433, 2, 435, 1 },
    { "cuMemcpyBatchAsync", 436, 2, 438, 2 },
    { "cuMemcpyDtoA", 440, 2, 442, 1 },
    { "cuMemcpyDtoD", 443, 2, 445, 1 },
    { "cuMemcpyDtoDAsync", 446, 2, 448, 1 },
    { "cuMemcpyDtoH", 449, 2, 451, 1 },
    { "cuMemcpyDtoHAsync", 452, 2, 454, 1 },
    { "cuMemcpyHtoA", 455, 2, 457, 1 },
    { "cuMemcpyHtoAAsync", 458, 2, 460, 1 },
    { "cuMemcpyHtoD", 461, 2, 463, 1 },
    { "cuMemcpyHtoDAsync", 464, 2, 466, 1 },
    { "cuMemcpyPeer", 467, 1, 468, 1 },
    { "cuMemcpyPeerAsync", 469, 1, 470, 1 },
    { "cuMemsetD16", 471, 2, 473, 1 },
    { "cuMemsetD16Async", 474, 1, 475, 1 },
    { "cuMemsetD2D16", 476, 2, 478, 1 },
    { "cuMemsetD2D16Async", 479, 1, 480, 1 },
    { "cuMemsetD2D32", 481, 2, 483, 1 },
    { "cuMemsetD2D32Async", 484, 1, 485, 1 },
    { "cuMemsetD2D8", 486, 2, 488, 1 },
    { "cuMemsetD2D8Async", 489, 1, 490, 1 },
    { "cuMemsetD32", 491, 2, 493, 1 },
    { "cuMemsetD32Async", 494, 1, 495, 1 },
    { "cuMemsetD8", 496, 2, 498, 1 },
    { "cuMemsetD8Async", 499, 1, 500, 1 },
    { "cuMipmappedArrayCreate", 501, 1, 502, 0 },
    { "cuMipmappedArrayDestroy", 502, 1, 503, 0 },
    { "cuMipmappedArrayGetLevel", 503, 1, 504, 0 },
    { "cuMipmappedArrayGetMemoryRequirements", 504, 1, 505, 0 },
    { "cuMipmappedArrayGetSparseProperties", 505, 1, 506, 0 },
    { "cuModuleEnumerateFunctions", 506, 1, 507, 0 },
    { "cuModuleGetFunction", 507, 1, 508, 0 },
    { "cuModuleGetFunctionCount", 508, 1, 509, 0 },
    { "cuModuleGetGlobal", 509, 2, 511, 0 },
    { "cuModuleGetLoadingMode", 511, 1, 512, 0 },
    { "cuModuleGetSurfRef", 512, 1, 513, 0 },
    { "cuModuleGetTexRef", 513, 1, 514, 0 },
    { "cuModuleLoad", 514, 1, 515, 0 },
    { "cuModuleLoadData", 515, 1, 516, 0 },
    { "cuModuleLoadDataEx", 516, 1, 517, 0 },
    { "cuModuleLoadFatBinary", 517, 1, 518, 0 },
    { "cuModuleUnload", 518, 1, 519, 0 },
    { "cuMulticastAddDevice", 519, 1, 520, 0 },
    { "cuMulticastBindAddr", 520, 1, 521, 0 },
    { "cuMulticastBindMem", 521, 1, 522, 0 },
    { "cuMulticastCreate", 522, 1, 523, 0 },
    { "cuMulticastGetGranularity", 523, 1, 524, 0 },
    { "cuMulticastUnbind", 524, 1, 525, 0 },
    { "cuOccupancyAvailableDynamicSMemPerBlock", 525, 1, 526, 0 },
    { "cuOccupancyMaxActiveBlocksPerMultiprocessor", 526, 1, 527, 0 },
    { "cuOccupancyMaxActiveBlocksPerMultiprocessorWithFlags", 527, 1, 528, 0 },
    { "cuOccupancyMaxActiveClusters", 528, 1, 529, 0 },
    { "cuOccupancyMaxPotentialBlockSize", 529, 1, 530, 0 },
    { "cuOccupancyMaxPotentialBlockSizeWithFlags", 530, 1, 531, 0 },
    { "cuOccupancyMaxPotentialClusterSize", 531, 1, 532, 0 },
    { "cuParamSetSize", 532, 1, 533, 0 },
    { "cuParamSetTexRef", 533, 1, 534, 0 },
    { "cuParamSetf", 534, 1, 535, 0 },
    { "cuParamSeti", 535, 1, 536, 0 },
    { "cuParamSetv", 536, 1, 537, 0 },
    { "cuPointerGetAttribute", 537, 1, 538, 0 },
    { "cuPointerGetAttributes", 538, 1, 539, 0 },
    { "cuPointerSetAttribute", 539, 1, 540, 0 },
    { "cuProfilerInitialize", 540, 1, 541, 0 },
    { "cuProfilerStart", 541, 1, 542, 0 },
    { "cuProfilerStop", 542, 1, 543, 0 },
    { "cuSignalExternalSemaphoresAsync", 543, 1, 544, 1 },
    { "cuStreamAddCallback", 545, 1, 546, 1 },
    { "cuStreamAttachMemAsync", 547, 1, 548, 1 },
    { "cuStreamBatchMemOp", 549, 2, 551, 2 },
    { "cuStreamBeginCapture", 553, 2, 555, 2 },
    { "cuStreamBeginCaptureToGraph", 557, 1, 558, 1 },
    { "cuStreamCopyAttributes", 559, 1, 560, 1 },
    { "cuStreamCreate", 561, 1, 562, 0 },
    { "cuStreamCreateWithPriority", 562, 1, 563, 0 },
    { "cuStreamDestroy", 563, 2, 565, 0 },
    { "cuStreamEndCapture", 565, 1, 566, 1 },
    { "cuStreamGetAttribute", 567, 1, 568, 1 },
    { "cuStreamGetCaptureInfo", 569, 3, 572, 3 },
    { "cuStreamGetCtx", 575, 2, 577, 2 },
    { "cuStreamGetDevice", 579, 1, 580, 1 },
    { "cuStreamGetFlags", 581, 1, 582, 1 },
    { "cuStreamGetGreenCtx", 583, 1, 584, 0 },
    { "cuStreamGetId", 584, 1, 585, 1 },
    { "cuStreamGetPriority", 586, 1, 587, 1 },
    { "cuStreamIsCapturing", 588, 1, 589, 1 },
    { "cuStreamQuery", 590, 1, 591, 1 },
    { "cuStreamSetAttribute", 592, 1, 593, 1 },
    { "cuStreamSynchronize", 594, 1, 595, 1 },
    { "cuStreamUpdateCaptureDependencies", 596, 2, 598, 2 },
    { "cuStreamWaitEvent", 600, 1, 601, 1 },
    { "cuStreamWaitValue32", 602, 2, 604, 2 },
    { "cuStreamWaitValue64", 606, 2, 608, 2 },
    { "cuStreamWriteValue32", 610, 2, 612, 2 },
    { "cuStreamWriteValue64", 614, 2, 616, 2 },
    { "cuSurfObjectCreate", 618, 1, 619, 0 },
    { "cuSurfObjectDestroy", 619, 1, 620, 0 },
    { "cuSurfObjectGetResourceDesc", 620, 1, 621, 0 },
    { "cuSurfRefGetArray", 621, 1, 622, 0 },
    { "cuSurfRefSetArray", 622, 1, 623, 0 },
    { "cuTensorMapEncodeIm2col", 623, 1, 624, 0 },
    { "cuTensorMapEncodeIm2colWide", 624, 1, 625, 0 },
    { "cuTensorMapEncodeTiled", 625, 1, 626, 0 },
    { "cuTensorMapReplaceAddress", 626, 1, 627, 0 },
    { "cuTexObjectCreate", 627, 1, 628, 0 },
    { "cuTexObjectDestroy", 628, 1, 629, 0 },
    { "cuTexObjectGetResourceDesc", 629, 1, 630, 0 },
    { "cuTexObjectGetResourceViewDesc", 630, 1, 631, 0 },
    { "cuTexObjectGetTextureDesc", 631, 1, 632, 0 },
    { "cuTexRefCreate", 632, 1, 633, 0 },
    { "cuTexRefDestroy", 633, 1, 634, 0 },
    { "cuTexRefGetAddress", 634, 2, 636, 0 },
    { "cuTexRefGetAddressMode", 636, 1, 637, 0 },
    { "cuTexRefGetArray", 637, 1, 638, 0 },
    { "cuTexRefGetBorderColor", 638, 1, 639, 0 },
    { "cuTexRefGetFilterMode", 639, 1, 640, 0 },
    { "cuTexRefGetFlags", 640, 1, 641, 0 },
    { "cuTexRefGetFormat", 641, 1, 642, 0 },
    { "cuTexRefGetMaxAnisotropy", 642, 1, 643, 0 },
    { "cuTexRefGetMipmapFilterMode", 643, 1, 644, 0 },
    { "cuTexRefGetMipmapLevelBias", 644, 1, 645, 0 },
    { "cuTexRefGetMipmapLevelClamp", 645, 1, 646, 0 },
    { "cuTexRefGetMipmappedArray", 646, 1, 647, 0 },
    { "cuTexRefSetAddress", 647, 2, 649, 0 },
    { "cuTexRefSetAddress2D", 649, 3, 652, 0 },
    { "cuTexRefSetAddressMode", 652, 1, 653, 0 },
    { "cuTexRefSetArray", 653, 1, 654, 0 },
    { "cuTexRefSetBorderColor", 654, 1, 655, 0 },
    { "cuTexRefSetFilterMode", 655, 1, 656, 0 },
    { "cuTexRefSetFlags", 656, 1, 657, 0 },
    { "cuTexRefSetFormat", 657, 1, 658, 0 },
    { "cuTexRefSetMaxAnisotropy", 658, 1, 659, 0 },
    { "cuTexRefSetMipmapFilterMode", 659, 1, 660, 0 },
    { "cuTexRefSetMipmapLevelBias", 660, 1, 661, 0 },
    { "cuTexRefSetMipmapLevelClamp", 661, 1, 662, 0 },
    { "cuTexRefSetMipmappedArray", 662, 1, 663, 0 },
    { "cuThreadExchangeStreamCaptureMode", 663, 1, 664, 0 },
    { "cuUserObjectCreate", 664, 1, 665, 0 },
    { "cuUserObjectRelease", 665, 1, 666, 0 },
    { "cuUserObjectRetain", 666, 1, 667, 0 },
    { "cuVDPAUCtxCreate", 667, 2, 669, 0 },
    { "cuVDPAUGetDevice", 669, 1, 670, 0 },
    { "cuWaitExternalSemaphoresAsync", 670, 1, 671, 1 },
};

static const struct quanta__api_version versions[] = {
    { 2000, 0 }, /* cuArray3DCreate */
    { 3020, 1 }, /* cuArray3DCreate_v2 */
    { 2000, 2 }, /* cuArray3DGetDescriptor */
    { 3020, 3 }, /* cuArray3DGetDescriptor_v2 */
    { 2000, 4 }, /* cuArrayCreate */
    { 3020, 5 }, /* cuArrayCreate_v2 */
    { 2000, 6 }, /* cuArrayDestroy */
    { 2000, 7 }, /* cuArrayGetDescriptor */
    { 3020, 8 }, /* cuArrayGetDescriptor_v2 */
    { 11060, 9 }, /* cuArrayGetMemoryRequirements */
    { 11020, 10 }, /* cuArrayGetPlane */
    { 11010, 11 }, /* cuArrayGetSparseProperties */
    { 12080, 12 }, /* cuCheckpointProcessCheckpoint */
    { 12080, 13 }, /* cuCheckpointProcessGetRestoreThreadId */
    { 12080, 14 }, /* cuCheckpointProcessGetState */
    { 12080, 15 }, /* cuCheckpointProcessLock */
    { 12080, 16 }, /* cuCheckpointProcessRestore */
    { 12080, 17 }, /* cuCheckpointProcessUnlock */
    { 12010, 18 }, /* cuCoredumpGetAttribute */
    { 12010, 19 }, /* cuCoredumpGetAttributeGlobal */
    { 12010, 20 }, /* cuCoredumpSetAttribute */
    { 12010, 21 }, /* cuCoredumpSetAttributeGlobal */
    { 2000, 22 }, /* cuCtxAttach */
    { 2000, 23 }, /* cuCtxCreate */
    { 3020, 24 }, /* cuCtxCreate_v2 */
    { 11040, 25 }, /* cuCtxCreate_v3 */
    { 12050, 26 }, /* cuCtxCreate_v4 */
    { 2000, 27 }, /* cuCtxDestroy */
    { 4000, 28 }, /* cuCtxDestroy_v2 */
    { 2000, 29 }, /* cuCtxDetach */
    { 4000, 30 }, /* cuCtxDisablePeerAccess */
    { 4000, 31 }, /* cuCtxEnablePeerAccess */
    { 12040, 32 }, /* cuCtxFromGreenCtx */
    { 3020, 33 }, /* cuCtxGetApiVersion */
    { 3020, 34 }, /* cuCtxGetCacheConfig */
    { 4000, 35 }, /* cuCtxGetCurrent */
    { 12040, 36 }, /* cuCtxGetDevResource */
    { 2000, 37 }, /* cuCtxGetDevice */
    { 13000, 38 }, /* cuCtxGetDevice_v2 */
    { 11040, 39 }, /* cuCtxGetExecAffinity */
    { 7000, 40 }, /* cuCtxGetFlags */
    { 12000, 41 }, /* cuCtxGetId */
    { 3010, 42 }, /* cuCtxGetLimit */
    { 4020, 43 }, /* cuCtxGetSharedMemConfig */
    { 5050, 44 }, /* cuCtxGetStreamPriorityRange */
    { 2000, 45 }, /* cuCtxPopCurrent */
    { 4000, 46 }, /* cuCtxPopCurrent_v2 */
    { 2000, 47 }, /* cuCtxPushCurrent */
    { 4000, 48 }, /* cuCtxPushCurrent_v2 */
    { 12050, 49 }, /* cuCtxRecordEvent */
    { 11000, 50 }, /* cuCtxResetPersistingL2Cache */
    { 3020, 51 }, /* cuCtxSetCacheConfig */
    { 4000, 52 }, /* cuCtxSetCurrent */
    { 12010, 53 }, /* cuCtxSetFlags */
    { 3010, 54 }, /* cuCtxSetLimit */
    { 4020, 55 }, /* cuCtxSetSharedMemConfig */
    { 2000, 56 }, /* cuCtxSynchronize */
    { 13000, 57 }, /* cuCtxSynchronize_v2 */
    { 12050, 58 }, /* cuCtxWaitEvent */
    { 10000, 59 }, /* cuDestroyExternalMemory */
    { 10000, 60 }, /* cuDestroyExternalSemaphore */
    { 12040, 61 }, /* cuDevResourceGenerateDesc */
    { 12040, 62 }, /* cuDevSmResourceSplitByCount */
    { 4000, 63 }, /* cuDeviceCanAccessPeer */
    { 2000, 64 }, /* cuDeviceComputeCapability */
    { 2000, 65 }, /* cuDeviceGet */
    { 2000, 66 }, /* cuDeviceGetAttribute */
    { 4010, 67 }, /* cuDeviceGetByPCIBusId */
    { 2000, 68 }, /* cuDeviceGetCount */
    { 11020, 69 }, /* cuDeviceGetDefaultMemPool */
    { 12040, 70 }, /* cuDeviceGetDevResource */
    { 11040, 71 }, /* cuDeviceGetExecAffinitySupport */
    { 11040, 72 }, /* cuDeviceGetGraphMemAttribute */
    { 13000, 73 }, /* cuDeviceGetHostAtomicCapabilities */
    { 10000, 74 }, /* cuDeviceGetLuid */
    { 11020, 75 }, /* cuDeviceGetMemPool */
    { 2000, 76 }, /* cuDeviceGetName */
    { 10020, 77 }, /* cuDeviceGetNvSciSyncAttributes */
    { 13000, 78 }, /* cuDeviceGetP2PAtomicCapabilities */
    { 8000, 79 }, /* cuDeviceGetP2PAttribute */
    { 4010, 80 }, /* cuDeviceGetPCIBusId */
    { 2000, 81 }, /* cuDeviceGetProperties */
    { 11010, 82 }, /* cuDeviceGetTexture1DLinearMaxWidth */
    { 9020, 83 }, /* cuDeviceGetUuid */
    { 11040, 84 }, /* cuDeviceGetUuid_v2 */
    { 11040, 85 }, /* cuDeviceGraphMemTrim */
    { 7000, 86 }, /* cuDevicePrimaryCtxGetState */
    { 7000, 87 }, /* cuDevicePrimaryCtxRelease */
    { 11000, 88 }, /* cuDevicePrimaryCtxRelease_v2 */
    { 7000, 89 }, /* cuDevicePrimaryCtxReset */
    { 11000, 90 }, /* cuDevicePrimaryCtxReset_v2 */
    { 7000, 91 }, /* cuDevicePrimaryCtxRetain */
    { 7000, 92 }, /* cuDevicePrimaryCtxSetFlags */
    { 11000, 93 }, /* cuDevicePrimaryCtxSetFlags_v2 */
    { 12040, 94 }, /* cuDeviceRegisterAsyncNotification */
    { 11040, 95 }, /* cuDeviceSetGraphMemAttribute */
    { 11020, 96 }, /* cuDeviceSetMemPool */
    { 2000, 97 }, /* cuDeviceTotalMem */
    { 3020, 98 }, /* cuDeviceTotalMem_v2 */
    { 12040, 99 }, /* cuDeviceUnregisterAsyncNotification */
    { 2020, 100 }, /* cuDriverGetVersion */
    { 7000, 101 }, /* cuEGLStreamConsumerAcquireFrame */
    { 7000, 102 }, /* cuEGLStreamConsumerConnect */
    { 8000, 103 }, /* cuEGLStreamConsumerConnectWithFlags */
    { 7000, 104 }, /* cuEGLStreamConsumerDisconnect */
    { 7000, 105 }, /* cuEGLStreamConsumerReleaseFrame */
    { 7000, 106 }, /* cuEGLStreamProducerConnect */
    { 7000, 107 }, /* cuEGLStreamProducerDisconnect */
    { 7000, 108 }, /* cuEGLStreamProducerPresentFrame */
    { 7000, 109 }, /* cuEGLStreamProducerReturnFrame */
    { 2000, 110 }, /* cuEventCreate */
    { 9000, 111 }, /* cuEventCreateFromEGLSync */
    { 2000, 112 }, /* cuEventDestroy */
    { 4000, 113 }, /* cuEventDestroy_v2 */
    { 2000, 114 }, /* cuEventElapsedTime */
    { 12080, 115 }, /* cuEventElapsedTime_v2 */
    { 2000, 116 }, /* cuEventQuery */
    { 2000, 117 }, /* cuEventRecord */
    { 7000, 118 }, /* cuEventRecord_ptsz */
    { 11010, 119 }, /* cuEventRecordWithFlags */
    { 11010, 120 }, /* cuEventRecordWithFlags_ptsz */
    { 2000, 121 }, /* cuEventSynchronize */
    { 10000, 122 }, /* cuExternalMemoryGetMappedBuffer */
    { 10000, 123 }, /* cuExternalMemoryGetMappedMipmappedArray */
    { 11030, 124 }, /* cuFlushGPUDirectRDMAWrites */
    { 2020, 125 }, /* cuFuncGetAttribute */
    { 11000, 126 }, /* cuFuncGetModule */
    { 12030, 127 }, /* cuFuncGetName */
    { 12040, 128 }, /* cuFuncGetParamInfo */
    { 12040, 129 }, /* cuFuncIsLoaded */
    { 12040, 130 }, /* cuFuncLoad */
    { 9000, 131 }, /* cuFuncSetAttribute */
    { 2000, 132 }, /* cuFuncSetBlockShape */
    { 3000, 133 }, /* cuFuncSetCacheConfig */
    { 4020, 134 }, /* cuFuncSetSharedMemConfig */
    { 2000, 135 }, /* cuFuncSetSharedSize */
    { 2000, 136 }, /* cuGLCtxCreate */
    { 3020, 137 }, /* cuGLCtxCreate_v2 */
    { 4010, 138 }, /* cuGLGetDevices */
    { 6050, 139 }, /* cuGLGetDevices_v2 */
    { 2000, 140 }, /* cuGLInit */
    { 2000, 141 }, /* cuGLMapBufferObject */
    { 3020, 142 }, /* cuGLMapBufferObject_v2 */
    { 7000, 143 }, /* cuGLMapBufferObject_v2_ptds */
    { 2030, 144 }, /* cuGLMapBufferObjectAsync */
    { 3020, 145 }, /* cuGLMapBufferObjectAsync_v2 */
    { 7000, 146 }, /* cuGLMapBufferObjectAsync_v2_ptsz */
    { 2000, 147 }, /* cuGLRegisterBufferObject */
    { 2030, 148 }, /* cuGLSetBufferObjectMapFlags */
    { 2000, 149 }, /* cuGLUnmapBufferObject */
    { 2030, 150 }, /* cuGLUnmapBufferObjectAsync */
    { 2000, 151 }, /* cuGLUnregisterBufferObject */
    { 6000, 152 }, /* cuGetErrorName */
    { 6000, 153 }, /* cuGetErrorString */
    { 3000, 154 }, /* cuGetExportTable */
    { 11030, 155 }, /* cuGetProcAddress */
    { 12000, 156 }, /* cuGetProcAddress_v2 */
    { 11070, 157 }, /* cuGraphAddBatchMemOpNode */
    { 10000, 158 }, /* cuGraphAddChildGraphNode */
    { 10000, 159 }, /* cuGraphAddDependencies */
    { 12030, 160 }, /* cuGraphAddDependencies_v2 */
    { 10000, 161 }, /* cuGraphAddEmptyNode */
    { 11010, 162 }, /* cuGraphAddEventRecordNode */
    { 11010, 163 }, /* cuGraphAddEventWaitNode */
    { 11020, 164 }, /* cuGraphAddExternalSemaphoresSignalNode */
    { 11020, 165 }, /* cuGraphAddExternalSemaphoresWaitNode */
    { 10000, 166 }, /* cuGraphAddHostNode */
    { 10000, 167 }, /* cuGraphAddKernelNode */
    { 12000, 168 }, /* cuGraphAddKernelNode_v2 */
    { 11040, 169 }, /* cuGraphAddMemAllocNode */
    { 11040, 170 }, /* cuGraphAddMemFreeNode */
    { 10000, 171 }, /* cuGraphAddMemcpyNode */
    { 10000, 172 }, /* cuGraphAddMemsetNode */
    { 12020, 173 }, /* cuGraphAddNode */
    { 12030, 174 }, /* cuGraphAddNode_v2 */
    { 11070, 175 }, /* cuGraphBatchMemOpNodeGetParams */
    { 11070, 176 }, /* cuGraphBatchMemOpNodeSetParams */
    { 10000, 177 }, /* cuGraphChildGraphNodeGetGraph */
    { 10000, 178 }, /* cuGraphClone */
    { 12030, 179 }, /* cuGraphConditionalHandleCreate */
    { 10000, 180 }, /* cuGraphCreate */
    { 11030, 181 }, /* cuGraphDebugDotPrint */
    { 10000, 182 }, /* cuGraphDestroy */
    { 10000, 183 }, /* cuGraphDestroyNode */
    { 11010, 184 }, /* cuGraphEventRecordNodeGetEvent */
    { 11010, 185 }, /* cuGraphEventRecordNodeSetEvent */
    { 11010, 186 }, /* cuGraphEventWaitNodeGetEvent */
    { 11010, 187 }, /* cuGraphEventWaitNodeSetEvent */
    { 11070, 188 }, /* cuGraphExecBatchMemOpNodeSetParams */
    { 11010, 189 }, /* cuGraphExecChildGraphNodeSetParams */
    { 10000, 190 }, /* cuGraphExecDestroy */
    { 11010, 191 }, /* cuGraphExecEventRecordNodeSetEvent */
    { 11010, 192 }, /* cuGraphExecEventWaitNodeSetEvent */
    { 11020, 193 }, /* cuGraphExecExternalSemaphoresSignalNodeSetParams */
    { 11020, 194 }, /* cuGraphExecExternalSemaphoresWaitNodeSetParams */
    { 12000, 195 }, /* cuGraphExecGetFlags */
    { 10020, 196 }, /* cuGraphExecHostNodeSetParams */
    { 10010, 197 }, /* cuGraphExecKernelNodeSetParams */
    { 12000, 198 }, /* cuGraphExecKernelNodeSetParams_v2 */
    { 10020, 199 }, /* cuGraphExecMemcpyNodeSetParams */
    { 10020, 200 }, /* cuGraphExecMemsetNodeSetParams */
    { 12020, 201 }, /* cuGraphExecNodeSetParams */
    { 10020, 202 }, /* cuGraphExecUpdate */
    { 12000, 203 }, /* cuGraphExecUpdate_v2 */
    { 11020, 204 }, /* cuGraphExternalSemaphoresSignalNodeGetParams */
    { 11020, 205 }, /* cuGraphExternalSemaphoresSignalNodeSetParams */
    { 11020, 206 }, /* cuGraphExternalSemaphoresWaitNodeGetParams */
    { 11020, 207 }, /* cuGraphExternalSemaphoresWaitNodeSetParams */
    { 10000, 208 }, /* cuGraphGetEdges */
    { 12030, 209 }, /* cuGraphGetEdges_v2 */
    { 10000, 210 }, /* cuGraphGetNodes */
    { 10000, 211 }, /* cuGraphGetRootNodes */
    { 10000, 212 }, /* cuGraphHostNodeGetParams */
    { 10000, 213 }, /* cuGraphHostNodeSetParams */
    { 10000, 214 }, /* cuGraphInstantiate */
    { 11000, 215 }, /* cuGraphInstantiate_v2 */
    { 11040, 216 }, /* cuGraphInstantiateWithFlags */
    { 12000, 217 }, /* cuGraphInstantiateWithParams */
    { 12000, 218 }, /* cuGraphInstantiateWithParams_ptsz */
    { 11000, 219 }, /* cuGraphKernelNodeCopyAttributes */
    { 11000, 220 }, /* cuGraphKernelNodeGetAttribute */
    { 10000, 221 }, /* cuGraphKernelNodeGetParams */
    { 12000, 222 }, /* cuGraphKernelNodeGetParams_v2 */
    { 11000, 223 }, /* cuGraphKernelNodeSetAttribute */
    { 10000, 224 }, /* cuGraphKernelNodeSetParams */
    { 12000, 225 }, /* cuGraphKernelNodeSetParams_v2 */
    { 10000, 226 }, /* cuGraphLaunch */
    { 10000, 227 }, /* cuGraphLaunch_ptsz */
    { 11040, 228 }, /* cuGraphMemAllocNodeGetParams */
    { 11040, 229 }, /* cuGraphMemFreeNodeGetParams */
    { 10000, 230 }, /* cuGraphMemcpyNodeGetParams */
    { 10000, 231 }, /* cuGraphMemcpyNodeSetParams */
    { 10000, 232 }, /* cuGraphMemsetNodeGetParams */
    { 10000, 233 }, /* cuGraphMemsetNodeSetParams */
    { 10000, 234 }, /* cuGraphNodeFindInClone */
    { 10000, 235 }, /* cuGraphNodeGetDependencies */
    { 12030, 236 }, /* cuGraphNodeGetDependencies_v2 */
    { 10000, 237 }, /* cuGraphNodeGetDependentNodes */
    { 12030, 238 }, /* cuGraphNodeGetDependentNodes_v2 */
    { 11060, 239 }, /* cuGraphNodeGetEnabled */
    { 10000, 240 }, /* cuGraphNodeGetType */
    { 11060, 241 }, /* cuGraphNodeSetEnabled */
    { 12020, 242 }, /* cuGraphNodeSetParams */
    { 11030, 243 }, /* cuGraphReleaseUserObject */
    { 10000, 244 }, /* cuGraphRemoveDependencies */
    { 12030, 245 }, /* cuGraphRemoveDependencies_v2 */
    { 11030, 246 }, /* cuGraphRetainUserObject */
    { 11010, 247 }, /* cuGraphUpload */
    { 11010, 248 }, /* cuGraphUpload_ptsz */
    { 7000, 249 }, /* cuGraphicsEGLRegisterImage */
    { 3000, 250 }, /* cuGraphicsGLRegisterBuffer */
    { 3000, 251 }, /* cuGraphicsGLRegisterImage */
    { 3000, 252 }, /* cuGraphicsMapResources */
    { 7000, 253 }, /* cuGraphicsMapResources_ptsz */
    { 7000, 254 }, /* cuGraphicsResourceGetMappedEglFrame */
    { 5000, 255 }, /* cuGraphicsResourceGetMappedMipmappedArray */
    { 3000, 256 }, /* cuGraphicsResourceGetMappedPointer */
    { 3020, 257 }, /* cuGraphicsResourceGetMappedPointer_v2 */
    { 3000, 258 }, /* cuGraphicsResourceSetMapFlags */
    { 6050, 259 }, /* cuGraphicsResourceSetMapFlags_v2 */
    { 3000, 260 }, /* cuGraphicsSubResourceGetMappedArray */
    { 3000, 261 }, /* cuGraphicsUnmapResources */
    { 7000, 262 }, /* cuGraphicsUnmapResources_ptsz */
    { 3000, 263 }, /* cuGraphicsUnregisterResource */
    { 3010, 264 }, /* cuGraphicsVDPAURegisterOutputSurface */
    { 3010, 265 }, /* cuGraphicsVDPAURegisterVideoSurface */
    { 12040, 266 }, /* cuGreenCtxCreate */
    { 12040, 267 }, /* cuGreenCtxDestroy */
    { 12040, 268 }, /* cuGreenCtxGetDevResource */
    { 12090, 269 }, /* cuGreenCtxGetId */
    { 12040, 270 }, /* cuGreenCtxRecordEvent */
    { 12050, 271 }, /* cuGreenCtxStreamCreate */
    { 12040, 272 }, /* cuGreenCtxWaitEvent */
    { 10000, 273 }, /* cuImportExternalMemory */
    { 10000, 274 }, /* cuImportExternalSemaphore */
    { 2000, 275 }, /* cuInit */
    { 4010, 276 }, /* cuIpcCloseMemHandle */
    { 4010, 277 }, /* cuIpcGetEventHandle */
    { 4010, 278 }, /* cuIpcGetMemHandle */
    { 4010, 279 }, /* cuIpcOpenEventHandle */
    { 4010, 280 }, /* cuIpcOpenMemHandle */
    { 11000, 281 }, /* cuIpcOpenMemHandle_v2 */
    { 12000, 282 }, /* cuKernelGetAttribute */
    { 12000, 283 }, /* cuKernelGetFunction */
    { 12050, 284 }, /* cuKernelGetLibrary */
    { 12030, 285 }, /* cuKernelGetName */
    { 12040, 286 }, /* cuKernelGetParamInfo */
    { 12000, 287 }, /* cuKernelSetAttribute */
    { 12000, 288 }, /* cuKernelSetCacheConfig */
    { 2000, 289 }, /* cuLaunch */
    { 9000, 290 }, /* cuLaunchCooperativeKernel */
    { 9000, 291 }, /* cuLaunchCooperativeKernel_ptsz */
    { 9000, 292 }, /* cuLaunchCooperativeKernelMultiDevice */
    { 2000, 293 }, /* cuLaunchGrid */
    { 2000, 294 }, /* cuLaunchGridAsync */
    { 10000, 295 }, /* cuLaunchHostFunc */
    { 10000, 296 }, /* cuLaunchHostFunc_ptsz */
    { 4000, 297 }, /* cuLaunchKernel */
    { 7000, 298 }, /* cuLaunchKernel_ptsz */
    { 11060, 299 }, /* cuLaunchKernelEx */
    { 11060, 300 }, /* cuLaunchKernelEx_ptsz */
    { 12040, 301 }, /* cuLibraryEnumerateKernels */
    { 12000, 302 }, /* cuLibraryGetGlobal */
    { 12000, 303 }, /* cuLibraryGetKernel */
    { 12040, 304 }, /* cuLibraryGetKernelCount */
    { 12000, 305 }, /* cuLibraryGetManaged */
    { 12000, 306 }, /* cuLibraryGetModule */
    { 12000, 307 }, /* cuLibraryGetUnifiedFunction */
    { 12000, 308 }, /* cuLibraryLoadData */
    { 12000, 309 }, /* cuLibraryLoadFromFile */
    { 12000, 310 }, /* cuLibraryUnload */
    { 5050, 311 }, /* cuLinkAddData */
    { 6050, 312 }, /* cuLinkAddData_v2 */
    { 5050, 313 }, /* cuLinkAddFile */
    { 6050, 314 }, /* cuLinkAddFile_v2 */
    { 5050, 315 }, /* cuLinkComplete */
    { 5050, 316 }, /* cuLinkCreate */
    { 6050, 317 }, /* cuLinkCreate_v2 */
    { 5050, 318 }, /* cuLinkDestroy */
    { 12090, 319 }, /* cuLogsCurrent */
    { 12090, 320 }, /* cuLogsDumpToFile */
    { 12090, 321 }, /* cuLogsDumpToMemory */
    { 12090, 322 }, /* cuLogsRegisterCallback */
    { 12090, 323 }, /* cuLogsUnregisterCallback */
    { 10020, 324 }, /* cuMemAddressFree */
    { 10020, 325 }, /* cuMemAddressReserve */
    { 8000, 326 }, /* cuMemAdvise */
    { 12020, 327 }, /* cuMemAdvise_v2 */
    { 2000, 328 }, /* cuMemAlloc */
    { 3020, 329 }, /* cuMemAlloc_v2 */
    { 11020, 330 }, /* cuMemAllocAsync */
    { 11020, 331 }, /* cuMemAllocAsync_ptsz */
    { 11020, 332 }, /* cuMemAllocFromPoolAsync */
    { 11020, 333 }, /* cuMemAllocFromPoolAsync_ptsz */
    { 2000, 334 }, /* cuMemAllocHost */
    { 3020, 335 }, /* cuMemAllocHost_v2 */
    { 6000, 336 }, /* cuMemAllocManaged */
    { 2000, 337 }, /* cuMemAllocPitch */
    { 3020, 338 }, /* cuMemAllocPitch_v2 */
    { 12060, 339 }, /* cuMemBatchDecompressAsync */
    { 12060, 340 }, /* cuMemBatchDecompressAsync_ptsz */
    { 10020, 341 }, /* cuMemCreate */
    { 13000, 342 }, /* cuMemDiscardAndPrefetchBatchAsync */
    { 13000, 343 }, /* cuMemDiscardAndPrefetchBatchAsync_ptsz */
    { 13000, 344 }, /* cuMemDiscardBatchAsync */
    { 13000, 345 }, /* cuMemDiscardBatchAsync_ptsz */
    { 10020, 346 }, /* cuMemExportToShareableHandle */
    { 2000, 347 }, /* cuMemFree */
    { 3020, 348 }, /* cuMemFree_v2 */
    { 11020, 349 }, /* cuMemFreeAsync */
    { 11020, 350 }, /* cuMemFreeAsync_ptsz */
    { 2000, 351 }, /* cuMemFreeHost */
    { 10020, 352 }, /* cuMemGetAccess */
    { 2000, 353 }, /* cuMemGetAddressRange */
    { 3020, 354 }, /* cuMemGetAddressRange_v2 */
    { 10020, 355 }, /* cuMemGetAllocationGranularity */
    { 10020, 356 }, /* cuMemGetAllocationPropertiesFromHandle */
    { 13000, 357 }, /* cuMemGetDefaultMemPool */
    { 11070, 358 }, /* cuMemGetHandleForAddressRange */
    { 2000, 359 }, /* cuMemGetInfo */
    { 3020, 360 }, /* cuMemGetInfo_v2 */
    { 13000, 361 }, /* cuMemGetMemPool */
    { 2020, 362 }, /* cuMemHostAlloc */
    { 2020, 363 }, /* cuMemHostGetDevicePointer */
    { 3020, 364 }, /* cuMemHostGetDevicePointer_v2 */
    { 2030, 365 }, /* cuMemHostGetFlags */
    { 4000, 366 }, /* cuMemHostRegister */
    { 6050, 367 }, /* cuMemHostRegister_v2 */
    { 4000, 368 }, /* cuMemHostUnregister */
    { 10020, 369 }, /* cuMemImportFromShareableHandle */
    { 10020, 370 }, /* cuMemMap */
    { 11010, 371 }, /* cuMemMapArrayAsync */
    { 11010, 372 }, /* cuMemMapArrayAsync_ptsz */
    { 11020, 373 }, /* cuMemPoolCreate */
    { 11020, 374 }, /* cuMemPoolDestroy */
    { 11020, 375 }, /* cuMemPoolExportPointer */
    { 11020, 376 }, /* cuMemPoolExportToShareableHandle */
    { 11020, 377 }, /* cuMemPoolGetAccess */
    { 11020, 378 }, /* cuMemPoolGetAttribute */
    { 11020, 379 }, /* cuMemPoolImportFromShareableHandle */
    { 11020, 380 }, /* cuMemPoolImportPointer */
    { 11020, 381 }, /* cuMemPoolSetAccess */
    { 11020, 382 }, /* cuMemPoolSetAttribute */
    { 11020, 383 }, /* cuMemPoolTrimTo */
    { 8000, 384 }, /* cuMemPrefetchAsync */
    { 12020, 386 }, /* cuMemPrefetchAsync_v2 */
    { 8000, 385 }, /* cuMemPrefetchAsync_ptsz */
    { 12020, 387 }, /* cuMemPrefetchAsync_v2_ptsz */
    { 13000, 388 }, /* cuMemPrefetchBatchAsync */
    { 13000, 389 }, /* cuMemPrefetchBatchAsync_ptsz */
    { 8000, 390 }, /* cuMemRangeGetAttribute */
    { 8000, 391 }, /* cuMemRangeGetAttributes */
    { 10020, 392 }, /* cuMemRelease */
    { 11000, 393 }, /* cuMemRetainAllocationHandle */
    { 10020, 394 }, /* cuMemSetAccess */
    { 13000, 395 }, /* cuMemSetMemPool */
    { 10020, 396 }, /* cuMemUnmap */
    { 4000, 397 }, /* cuMemcpy */
    { 7000, 398 }, /* cuMemcpy_ptds */
    { 2000, 399 }, /* cuMemcpy2D */
    { 3020, 400 }, /* cuMemcpy2D_v2 */
    { 7000, 401 }, /* cuMemcpy2D_v2_ptds */
    { 2000, 402 }, /* cuMemcpy2DAsync */
    { 3020, 403 }, /* cuMemcpy2DAsync_v2 */
    { 7000, 404 }, /* cuMemcpy2DAsync_v2_ptsz */
    { 2000, 405 }, /* cuMemcpy2DUnaligned */
    { 3020, 406 }, /* cuMemcpy2DUnaligned_v2 */
    { 7000, 407 }, /* cuMemcpy2DUnaligned_v2_ptds */
    { 2000, 408 }, /* cuMemcpy3D */
    { 3020, 409 }, /* cuMemcpy3D_v2 */
    { 7000, 410 }, /* cuMemcpy3D_v2_ptds */
    { 2000, 411 }, /* cuMemcpy3DAsync */
    { 3020, 412 }, /* cuMemcpy3DAsync_v2 */
    { 7000, 413 }, /* cuMemcpy3DAsync_v2_ptsz */
    { 12080, 414 }, /* cuMemcpy3DBatchAsync */
    { 13000, 416 }, /* cuMemcpy3DBatchAsync_v2 */
    { 12080, 415 }, /* cuMemcpy3DBatchAsync_ptsz */
    { 13000, 417 }, /* cuMemcpy3DBatchAsync_v2_ptsz */
    { 4000, 418 }, /* cuMemcpy3DPeer */
    { 7000, 419 }, /* cuMemcpy3DPeer_ptds */
    { 4000, 420 }, /* cuMemcpy3DPeerAsync */
    { 7000, 421 }, /* cuMemcpy3DPeerAsync_ptsz */
    { 4000, 422 }, /* cuMemcpyAsync */
    { 7000, 423 }, /* cuMemcpyAsync_ptsz */
    { 2000, 424 }, /* cuMemcpyAtoA */
    { 3020, 425 }, /* cuMemcpyAtoA_v2 */
    { 7000, 426 }, /* cuMemcpyAtoA_v2_ptds */
    { 2000, 427 }, /* cuMemcpyAtoD */
    { 3020, 428 }, /* cuMemcpyAtoD_v2 */
    { 7000, 429 }, /* cuMemcpyAtoD_v2_ptds */
    { 2000, 430 }, /* cuMemcpyAtoH */
    { 3020, 431 }, /* cuMemcpyAtoH_v2 */
    { 7000, 432 }, /* cuMemcpyAtoH_v2_ptds */
    { 2000, 433 }, /* cuMemcpyAtoHAsync */
    { 3020, 434 }, /* cuMemcpyAtoHAsync_v2 */
    { 7000, 435 }, /* cuMemcpyAtoHAsync_v2_ptsz */
    { 12080, 436 }, /* cuMemcpyBatchAsync */
    { 13000, 438 }, /* cuMemcpyBatchAsync_v2 */
    { 12080, 437 }, /* cuMemcpyBatchAsync_ptsz */
    { 13000, 439 }, /* cuMemcpyBatchAsync_v2_ptsz */
    { 2000, 440 }, /* cuMemcpyDtoA */
    { 3020, 441 }, /* cuMemcpyDtoA_v2 */
    { 7000, 442 }, /* cuMemcpyDtoA_v2_ptds */
    { 2000, 443 }, /* cuMemcpyDtoD */
    { 3020, 444 }, /* cuMemcpyDtoD_v2 */
    { 7000, 445 }, /* cuMemcpyDtoD_v2_ptds */
    { 3000, 446 }, /* cuMemcpyDtoDAsync */
    { 3020, 447 }, /* cuMemcpyDtoDAsync_v2 */
    { 7000, 448 }, /* cuMemcpyDtoDAsync_v2_ptsz */
    { 2000, 449 }, /* cuMemcpyDtoH */
    { 3020, 450 }, /* cuMemcpyDtoH_v2 */
    { 7000, 451 }, /* cuMemcpyDtoH_v2_ptds */
    { 2000, 452 }, /* cuMemcpyDtoHAsync */
    { 3020, 453 }, /* cuMemcpyDtoHAsync_v2 */
    { 7000, 454 }, /* cuMemcpyDtoHAsync_v2_ptsz */
    { 2000, 455 }, /* cuMemcpyHtoA */
    { 3020, 456 }, /* cuMemcpyHtoA_v2 */
    { 7000, 457 }, /* cuMemcpyHtoA_v2_ptds */
    { 2000, 458 }, /* cuMemcpyHtoAAsync */
    { 3020, 459 }, /* cuMemcpyHtoAAsync_v2 */
    { 7000, 460 }, /* cuMemcpyHtoAAsync_v2_ptsz */
    { 2000, 461 }, /* cuMemcpyHtoD */
    { 3020, 462 }, /* cuMemcpyHtoD_v2 */
    { 7000, 463 }, /* cuMemcpyHtoD_v2_ptds */
    { 2000, 464 }, /* cuMemcpyHtoDAsync */
    { 3020, 465 }, /* cuMemcpyHtoDAsync_v2 */
    { 7000, 466 }, /* cuMemcpyHtoDAsync_v2_ptsz */
    { 4000, 467 }, /* cuMemcpyPeer */
    { 7000, 468 }, /* cuMemcpyPeer_ptds */
    { 4000, 469 }, /* cuMemcpyPeerAsync */
    { 7000, 470 }, /* cuMemcpyPeerAsync_ptsz */
    { 2000, 471 }, /* cuMemsetD16 */
    { 3020, 472 }, /* cuMemsetD16_v2 */
    { 7000, 473 }, /* cuMemsetD16_v2_ptds */
    { 3020, 474 }, /* cuMemsetD16Async */
    { 7000, 475 }, /* cuMemsetD16Async_ptsz */
    { 2000, 476 }, /* cuMemsetD2D16 */
    { 3020, 477 }, /* cuMemsetD2D16_v2 */
    { 7000, 478 }, /* cuMemsetD2D16_v2_ptds */
    { 3020, 479 }, /* cuMemsetD2D16Async */
    { 7000, 480 }, /* cuMemsetD2D16Async_ptsz */
    { 2000, 481 }, /* cuMemsetD2D32 */
    { 3020, 482 }, /* cuMemsetD2D32_v2 */
    { 7000, 483 }, /* cuMemsetD2D32_v2_ptds */
    { 3020, 484 }, /* cuMemsetD2D32Async */
    { 7000, 485 }, /* cuMemsetD2D32Async_ptsz */
    { 2000, 486 }, /* cuMemsetD2D8 */
    { 3020, 487 }, /* cuMemsetD2D8_v2 */
    { 7000, 488 }, /* cuMemsetD2D8_v2_ptds */
    { 3020, 489 }, /* cuMemsetD2D8Async */
    { 7000, 490 }, /* cuMemsetD2D8Async_ptsz */
    { 2000, 491 }, /* cuMemsetD32 */
    { 3020, 492 }, /* cuMemsetD32_v2 */
    { 7000, 493 }, /* cuMemsetD32_v2_ptds */
    { 3020, 494 }, /* cuMemsetD32Async */
    { 7000, 495 }, /* cuMemsetD32Async_ptsz */
    { 2000, 496 }, /* cuMemsetD8 */
    { 3020, 497 }, /* cuMemsetD8_v2 */
    { 7000, 498 }, /* cuMemsetD8_v2_ptds */
    { 3020, 499 }, /* cuMemsetD8Async */
    { 7000, 500 }, /* cuMemsetD8Async_ptsz */
    { 5000, 501 }, /* cuMipmappedArrayCreate */
    { 5000, 502 }, /* cuMipmappedArrayDestroy */
    { 5000, 503 }, /* cuMipmappedArrayGetLevel */
    { 11060, 504 }, /* cuMipmappedArrayGetMemoryRequirements */
    { 11010, 505 }, /* cuMipmappedArrayGetSparseProperties */
    { 12040, 506 }, /* cuModuleEnumerateFunctions */
    { 2000, 507 }, /* cuModuleGetFunction */
    { 12040, 508 }, /* cuModuleGetFunctionCount */
    { 2000, 509 }, /* cuModuleGetGlobal */
    { 3020, 510 }, /* cuModuleGetGlobal_v2 */
    { 11070, 511 }, /* cuModuleGetLoadingMode */
    { 3000, 512 }, /* cuModuleGetSurfRef */
    { 2000, 513 }, /* cuModuleGetTexRef */
    { 2000, 514 }, /* cuModuleLoad */
    { 2000, 515 }, /* cuModuleLoadData */
    { 2010, 516 }, /* cuModuleLoadDataEx */
    { 2000, 517 }, /* cuModuleLoadFatBinary */
    { 2000, 518 }, /* cuModuleUnload */
    { 12010, 519 }, /* cuMulticastAddDevice */
    { 12010, 520 }, /* cuMulticastBindAddr */
    { 12010, 521 }, /* cuMulticastBindMem */
    { 12010, 522 }, /* cuMulticastCreate */
    { 12010, 523 }, /* cuMulticastGetGranularity */
    { 12010, 524 }, /* cuMulticastUnbind */
    { 10020, 525 }, /* cuOccupancyAvailableDynamicSMemPerBlock */
    { 6050, 526 }, /* cuOccupancyMaxActiveBlocksPerMultiprocessor */
    { 7000, 527 }, /* cuOccupancyMaxActiveBlocksPerMultiprocessorWithFlags */
    { 11070, 528 }, /* cuOccupancyMaxActiveClusters */
    { 6050, 529 }, /* cuOccupancyMaxPotentialBlockSize */
    { 7000, 530 }, /* cuOccupancyMaxPotentialBlockSizeWithFlags */
    { 11070, 531 }, /* cuOccupancyMaxPotentialClusterSize */
    { 2000, 532 }, /* cuParamSetSize */
    { 2000, 533 }, /* cuParamSetTexRef */
    { 2000, 534 }, /* cuParamSetf */
    { 2000, 535 }, /* cuParamSeti */
    { 2000, 536 }, /* cuParamSetv */
    { 4000, 537 }, /* cuPointerGetAttribute */
    { 7000, 538 }, /* cuPointerGetAttributes */
    { 6000, 539 }, /* cuPointerSetAttribute */
    { 4000, 540 }, /* cuProfilerInitialize */
    { 4000, 541 }, /* cuProfilerStart */
    { 4000, 542 }, /* cuProfilerStop */
    { 10000, 543 }, /* cuSignalExternalSemaphoresAsync */
    { 10000, 544 }, /* cuSignalExternalSemaphoresAsync_ptsz */
    { 5000, 545 }, /* cuStreamAddCallback */
    { 7000, 546 }, /* cuStreamAddCallback_ptsz */
    { 6000, 547 }, /* cuStreamAttachMemAsync */
    { 7000, 548 }, /* cuStreamAttachMemAsync_ptsz */
    { 8000, 549 }, /* cuStreamBatchMemOp */
    { 11070, 551 }, /* cuStreamBatchMemOp_v2 */
    { 8000, 550 }, /* cuStreamBatchMemOp_ptsz */
    { 11070, 552 }, /* cuStreamBatchMemOp_v2_ptsz */
    { 10000, 553 }, /* cuStreamBeginCapture */
    { 10010, 555 }, /* cuStreamBeginCapture_v2 */
    { 10000, 554 }, /* cuStreamBeginCapture_ptsz */
    { 10010, 556 }, /* cuStreamBeginCapture_v2_ptsz */
    { 12030, 557 }, /* cuStreamBeginCaptureToGraph */
    { 12030, 558 }, /* cuStreamBeginCaptureToGraph_ptsz */
    { 11000, 559 }, /* cuStreamCopyAttributes */
    { 11000, 560 }, /* cuStreamCopyAttributes_ptsz */
    { 2000, 561 }, /* cuStreamCreate */
    { 5050, 562 }, /* cuStreamCreateWithPriority */
    { 2000, 563 }, /* cuStreamDestroy */
    { 4000, 564 }, /* cuStreamDestroy_v2 */
    { 10000, 565 }, /* cuStreamEndCapture */
    { 10000, 566 }, /* cuStreamEndCapture_ptsz */
    { 11000, 567 }, /* cuStreamGetAttribute */
    { 11000, 568 }, /* cuStreamGetAttribute_ptsz */
    { 10010, 569 }, /* cuStreamGetCaptureInfo */
    { 11030, 571 }, /* cuStreamGetCaptureInfo_v2 */
    { 12030, 573 }, /* cuStreamGetCaptureInfo_v3 */
    { 10010, 570 }, /* cuStreamGetCaptureInfo_ptsz */
    { 11030, 572 }, /* cuStreamGetCaptureInfo_v2_ptsz */
    { 12030, 574 }, /* cuStreamGetCaptureInfo_v3_ptsz */
    { 9020, 575 }, /* cuStreamGetCtx */
    { 12050, 577 }, /* cuStreamGetCtx_v2 */
    { 9020, 576 }, /* cuStreamGetCtx_ptsz */
    { 12050, 578 }, /* cuStreamGetCtx_v2_ptsz */
    { 12080, 579 }, /* cuStreamGetDevice */
    { 12080, 580 }, /* cuStreamGetDevice_ptsz */
    { 5050, 581 }, /* cuStreamGetFlags */
    { 7000, 582 }, /* cuStreamGetFlags_ptsz */
    { 12040, 583 }, /* cuStreamGetGreenCtx */
    { 12000, 584 }, /* cuStreamGetId */
    { 12000, 585 }, /* cuStreamGetId_ptsz */
    { 5050, 586 }, /* cuStreamGetPriority */
    { 7000, 587 }, /* cuStreamGetPriority_ptsz */
    { 10000, 588 }, /* cuStreamIsCapturing */
    { 10000, 589 }, /* cuStreamIsCapturing_ptsz */
    { 2000, 590 }, /* cuStreamQuery */
    { 7000, 591 }, /* cuStreamQuery_ptsz */
    { 11000, 592 }, /* cuStreamSetAttribute */
    { 11000, 593 }, /* cuStreamSetAttribute_ptsz */
    { 2000, 594 }, /* cuStreamSynchronize */
    { 7000, 595 }, /* cuStreamSynchronize_ptsz */
    { 11030, 596 }, /* cuStreamUpdateCaptureDependencies */
    { 12030, 598 }, /* cuStreamUpdateCaptureDependencies_v2 */
    { 11030, 597 }, /* cuStreamUpdateCaptureDependencies_ptsz */
    { 12030, 599 }, /* cuStreamUpdateCaptureDependencies_v2_ptsz */
    { 3020, 600 }, /* cuStreamWaitEvent */
    { 7000, 601 }, /* cuStreamWaitEvent_ptsz */
    { 8000, 602 }, /* cuStreamWaitValue32 */
    { 11070, 604 }, /* cuStreamWaitValue32_v2 */
    { 8000, 603 }, /* cuStreamWaitValue32_ptsz */
    { 11070, 605 }, /* cuStreamWaitValue32_v2_ptsz */
    { 9000, 606 }, /* cuStreamWaitValue64 */
    { 11070, 608 }, /* cuStreamWaitValue64_v2 */
    { 9000, 607 }, /* cuStreamWaitValue64_ptsz */
    { 11070, 609 }, /* cuStreamWaitValue64_v2_ptsz */
    { 8000, 610 }, /* cuStreamWriteValue32 */
    { 11070, 612 }, /* cuStreamWriteValue32_v2 */
    { 8000, 611 }, /* cuStreamWriteValue32_ptsz */
    { 11070, 613 }, /* cuStreamWriteValue32_v2_ptsz */
    { 9000, 614 }, /* cuStreamWriteValue64 */
    { 11070, 616 }, /* cuStreamWriteValue64_v2 */
    { 9000, 615 }, /* cuStreamWriteValue64_ptsz */
    { 11070, 617 }, /* cuStreamWriteValue64_v2_ptsz */
    { 5000, 618 }, /* cuSurfObjectCreate */
    { 5000, 619 }, /* cuSurfObjectDestroy */
    { 5000, 620 }, /* cuSurfObjectGetResourceDesc */
    { 3000, 621 }, /* cuSurfRefGetArray */
    { 3000, 622 }, /* cuSurfRefSetArray */
    { 12000, 623 }, /* cuTensorMapEncodeIm2col */
    { 12080, 624 }, /* cuTensorMapEncodeIm2colWide */
    { 12000, 625 }, /* cuTensorMapEncodeTiled */
    { 12000, 626 }, /* cuTensorMapReplaceAddress */
    { 5000, 627 }, /* cuTexObjectCreate */
    { 5000, 628 }, /* cuTexObjectDestroy */
    { 5000, 629 }, /* cuTexObjectGetResourceDesc */
    { 5000, 630 }, /* cuTexObjectGetResourceViewDesc */
    { 5000, 631 }, /* cuTexObjectGetTextureDesc */
    { 2000, 632 }, /* cuTexRefCreate */
    { 2000, 633 }, /* cuTexRefDestroy */
    { 2000, 634 }, /* cuTexRefGetAddress */
    { 3020, 635 }, /* cuTexRefGetAddress_v2 */
    { 2000, 636 }, /* cuTexRefGetAddressMode */
    { 2000, 637 }, /* cuTexRefGetArray */
    { 8000, 638 }, /* cuTexRefGetBorderColor */
    { 2000, 639 }, /* cuTexRefGetFilterMode */
    { 2000, 640 }, /* cuTexRefGetFlags */
    { 2000, 641 }, /* cuTexRefGetFormat */
    { 5000, 642 }, /* cuTexRefGetMaxAnisotropy */
    { 5000, 643 }, /* cuTexRefGetMipmapFilterMode */
    { 5000, 644 }, /* cuTexRefGetMipmapLevelBias */
    { 5000, 645 }, /* cuTexRefGetMipmapLevelClamp */
    { 5000, 646 }, /* cuTexRefGetMipmappedArray */
    { 2000, 647 }, /* cuTexRefSetAddress */
    { 3020, 648 }, /* cuTexRefSetAddress_v2 */
    { 2020, 649 }, /* cuTexRefSetAddress2D */
    { 3020, 650 }, /* cuTexRefSetAddress2D_v2 */
    { 4010, 651 }, /* cuTexRefSetAddress2D_v3 */
    { 2000, 652 }, /* cuTexRefSetAddressMode */
    { 2000, 653 }, /* cuTexRefSetArray */
    { 8000, 654 }, /* cuTexRefSetBorderColor */
    { 2000, 655 }, /* cuTexRefSetFilterMode */
    { 2000, 656 }, /* cuTexRefSetFlags */
    { 2000, 657 }, /* cuTexRefSetFormat */
    { 5000, 658 }, /* cuTexRefSetMaxAnisotropy */
    { 5000, 659 }, /* cuTexRefSetMipmapFilterMode */
    { 5000, 660 }, /* cuTexRefSetMipmapLevelBias */
    { 5000, 661 }, /* cuTexRefSetMipmapLevelClamp */
    { 5000, 662 }, /* cuTexRefSetMipmappedArray */
    { 10010, 663 }, /* cuThreadExchangeStreamCaptureMode */
    { 11030, 664 }, /* cuUserObjectCreate */
    { 11030, 665 }, /* cuUserObjectRelease */
    { 11030, 666 }, /* cuUserObjectRetain */
    { 3010, 667 }, /* cuVDPAUCtxCreate */
    { 3020, 668 }, /* cuVDPAUCtxCreate_v2 */
    { 3010, 669 }, /* cuVDPAUGetDevice */
    { 10000, 670 }, /* cuWaitExternalSemaphoresAsync */
    { 10000, 671 }, /* cuWaitExternalSemaphoresAsync_ptsz */
};

const struct quanta__api quanta__cuda_api = {
    "cuda", QUANTA_CUDA_FN_COUNT, names, by_name,
    entries, 478, versions,
};
