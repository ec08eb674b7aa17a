/* Generated from api/cuda-driver.json by tools/gen (npm run gen -- emit). Do not edit. */
/* fakecuda's default for every cuda symbol: a weak stub that forwards to the symbol's
 * canonical variant (the newest of the same entry point and parameter types) or, for
 * canonical symbols, answers "not supported". fakecuda's strong definitions of what it
 * simulates replace them; it defines canonical symbols only. */
#include "quanta_cuda_api.h"
#include "fake_stub.h"

FAKE__STUB CUresult cuArray3DCreate(CUarray *pHandle, const CUDA_ARRAY3D_DESCRIPTOR_v1 *pAllocateArray)
{
    (void)pHandle;
    (void)pAllocateArray;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuArray3DCreate);
}

FAKE__STUB CUresult cuArray3DCreate_v2(CUarray *pHandle, const CUDA_ARRAY3D_DESCRIPTOR *pAllocateArray)
{
    (void)pHandle;
    (void)pAllocateArray;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuArray3DCreate_v2);
}

FAKE__STUB CUresult cuArray3DGetDescriptor(CUDA_ARRAY3D_DESCRIPTOR_v1 *pArrayDescriptor, CUarray hArray)
{
    (void)pArrayDescriptor;
    (void)hArray;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuArray3DGetDescriptor);
}

FAKE__STUB CUresult cuArray3DGetDescriptor_v2(CUDA_ARRAY3D_DESCRIPTOR *pArrayDescriptor, CUarray hArray)
{
    (void)pArrayDescriptor;
    (void)hArray;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuArray3DGetDescriptor_v2);
}

FAKE__STUB CUresult cuArrayCreate(CUarray *pHandle, const CUDA_ARRAY_DESCRIPTOR_v1 *pAllocateArray)
{
    (void)pHandle;
    (void)pAllocateArray;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuArrayCreate);
}

FAKE__STUB CUresult cuArrayCreate_v2(CUarray *pHandle, const CUDA_ARRAY_DESCRIPTOR *pAllocateArray)
{
    (void)pHandle;
    (void)pAllocateArray;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuArrayCreate_v2);
}

FAKE__STUB CUresult cuArrayDestroy(CUarray hArray)
{
    (void)hArray;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuArrayDestroy);
}

FAKE__STUB CUresult cuArrayGetDescriptor(CUDA_ARRAY_DESCRIPTOR_v1 *pArrayDescriptor, CUarray hArray)
{
    (void)pArrayDescriptor;
    (void)hArray;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuArrayGetDescriptor);
}

FAKE__STUB CUresult cuArrayGetDescriptor_v2(CUDA_ARRAY_DESCRIPTOR *pArrayDescriptor, CUarray hArray)
{
    (void)pArrayDescriptor;
    (void)hArray;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuArrayGetDescriptor_v2);
}

FAKE__STUB CUresult cuArrayGetMemoryRequirements(CUDA_ARRAY_MEMORY_REQUIREMENTS *memoryRequirements, CUarray array, CUdevice device)
{
    (void)memoryRequirements;
    (void)array;
    (void)device;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuArrayGetMemoryRequirements);
}

FAKE__STUB CUresult cuArrayGetPlane(CUarray *pPlaneArray, CUarray hArray, unsigned int planeIdx)
{
    (void)pPlaneArray;
    (void)hArray;
    (void)planeIdx;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuArrayGetPlane);
}

FAKE__STUB CUresult cuArrayGetSparseProperties(CUDA_ARRAY_SPARSE_PROPERTIES *sparseProperties, CUarray array)
{
    (void)sparseProperties;
    (void)array;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuArrayGetSparseProperties);
}

FAKE__STUB CUresult cuCheckpointProcessCheckpoint(int pid, CUcheckpointCheckpointArgs *args)
{
    (void)pid;
    (void)args;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuCheckpointProcessCheckpoint);
}

FAKE__STUB CUresult cuCheckpointProcessGetRestoreThreadId(int pid, int *tid)
{
    (void)pid;
    (void)tid;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuCheckpointProcessGetRestoreThreadId);
}

FAKE__STUB CUresult cuCheckpointProcessGetState(int pid, CUprocessState *state)
{
    (void)pid;
    (void)state;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuCheckpointProcessGetState);
}

FAKE__STUB CUresult cuCheckpointProcessLock(int pid, CUcheckpointLockArgs *args)
{
    (void)pid;
    (void)args;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuCheckpointProcessLock);
}

FAKE__STUB CUresult cuCheckpointProcessRestore(int pid, CUcheckpointRestoreArgs *args)
{
    (void)pid;
    (void)args;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuCheckpointProcessRestore);
}

FAKE__STUB CUresult cuCheckpointProcessUnlock(int pid, CUcheckpointUnlockArgs *args)
{
    (void)pid;
    (void)args;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuCheckpointProcessUnlock);
}

FAKE__STUB CUresult cuCoredumpGetAttribute(CUcoredumpSettings attrib, void *value, size_t *size)
{
    (void)attrib;
    (void)value;
    (void)size;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuCoredumpGetAttribute);
}

FAKE__STUB CUresult cuCoredumpGetAttributeGlobal(CUcoredumpSettings attrib, void *value, size_t *size)
{
    (void)attrib;
    (void)value;
    (void)size;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuCoredumpGetAttributeGlobal);
}

FAKE__STUB CUresult cuCoredumpSetAttribute(CUcoredumpSettings attrib, void *value, size_t *size)
{
    (void)attrib;
    (void)value;
    (void)size;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuCoredumpSetAttribute);
}

FAKE__STUB CUresult cuCoredumpSetAttributeGlobal(CUcoredumpSettings attrib, void *value, size_t *size)
{
    (void)attrib;
    (void)value;
    (void)size;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuCoredumpSetAttributeGlobal);
}

FAKE__STUB CUresult cuCtxAttach(CUcontext *pctx, unsigned int flags)
{
    (void)pctx;
    (void)flags;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuCtxAttach);
}

FAKE__STUB CUresult cuCtxCreate(CUcontext *pctx, unsigned int flags, CUdevice dev)
{
    return cuCtxCreate_v2(pctx, flags, dev);
}

FAKE__STUB CUresult cuCtxCreate_v2(CUcontext *pctx, unsigned int flags, CUdevice dev)
{
    (void)pctx;
    (void)flags;
    (void)dev;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuCtxCreate_v2);
}

FAKE__STUB CUresult cuCtxCreate_v3(CUcontext *pctx, CUexecAffinityParam *paramsArray, int numParams, unsigned int flags, CUdevice dev)
{
    (void)pctx;
    (void)paramsArray;
    (void)numParams;
    (void)flags;
    (void)dev;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuCtxCreate_v3);
}

FAKE__STUB CUresult cuCtxCreate_v4(CUcontext *pctx, CUctxCreateParams *ctxCreateParams, unsigned int flags, CUdevice dev)
{
    (void)pctx;
    (void)ctxCreateParams;
    (void)flags;
    (void)dev;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuCtxCreate_v4);
}

FAKE__STUB CUresult cuCtxDestroy(CUcontext ctx)
{
    return cuCtxDestroy_v2(ctx);
}

FAKE__STUB CUresult cuCtxDestroy_v2(CUcontext ctx)
{
    (void)ctx;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuCtxDestroy_v2);
}

FAKE__STUB CUresult cuCtxDetach(CUcontext ctx)
{
    (void)ctx;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuCtxDetach);
}

FAKE__STUB CUresult cuCtxDisablePeerAccess(CUcontext peerContext)
{
    (void)peerContext;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuCtxDisablePeerAccess);
}

FAKE__STUB CUresult cuCtxEnablePeerAccess(CUcontext peerContext, unsigned int Flags)
{
    (void)peerContext;
    (void)Flags;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuCtxEnablePeerAccess);
}

FAKE__STUB CUresult cuCtxFromGreenCtx(CUcontext *pContext, CUgreenCtx hCtx)
{
    (void)pContext;
    (void)hCtx;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuCtxFromGreenCtx);
}

FAKE__STUB CUresult cuCtxGetApiVersion(CUcontext ctx, unsigned int *version)
{
    (void)ctx;
    (void)version;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuCtxGetApiVersion);
}

FAKE__STUB CUresult cuCtxGetCacheConfig(CUfunc_cache *pconfig)
{
    (void)pconfig;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuCtxGetCacheConfig);
}

FAKE__STUB CUresult cuCtxGetCurrent(CUcontext *pctx)
{
    (void)pctx;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuCtxGetCurrent);
}

FAKE__STUB CUresult cuCtxGetDevResource(CUcontext hCtx, CUdevResource *resource, CUdevResourceType type)
{
    (void)hCtx;
    (void)resource;
    (void)type;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuCtxGetDevResource);
}

FAKE__STUB CUresult cuCtxGetDevice(CUdevice *device)
{
    (void)device;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuCtxGetDevice);
}

FAKE__STUB CUresult cuCtxGetDevice_v2(CUdevice *device, CUcontext ctx)
{
    (void)device;
    (void)ctx;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuCtxGetDevice_v2);
}

FAKE__STUB CUresult cuCtxGetExecAffinity(CUexecAffinityParam *pExecAffinity, CUexecAffinityType type)
{
    (void)pExecAffinity;
    (void)type;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuCtxGetExecAffinity);
}

FAKE__STUB CUresult cuCtxGetFlags(unsigned int *flags)
{
    (void)flags;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuCtxGetFlags);
}

FAKE__STUB CUresult cuCtxGetId(CUcontext ctx, unsigned long long *ctxId)
{
    (void)ctx;
    (void)ctxId;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuCtxGetId);
}

FAKE__STUB CUresult cuCtxGetLimit(size_t *pvalue, CUlimit limit)
{
    (void)pvalue;
    (void)limit;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuCtxGetLimit);
}

FAKE__STUB CUresult cuCtxGetSharedMemConfig(CUsharedconfig *pConfig)
{
    (void)pConfig;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuCtxGetSharedMemConfig);
}

FAKE__STUB CUresult cuCtxGetStreamPriorityRange(int *leastPriority, int *greatestPriority)
{
    (void)leastPriority;
    (void)greatestPriority;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuCtxGetStreamPriorityRange);
}

FAKE__STUB CUresult cuCtxPopCurrent(CUcontext *pctx)
{
    return cuCtxPopCurrent_v2(pctx);
}

FAKE__STUB CUresult cuCtxPopCurrent_v2(CUcontext *pctx)
{
    (void)pctx;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuCtxPopCurrent_v2);
}

FAKE__STUB CUresult cuCtxPushCurrent(CUcontext ctx)
{
    return cuCtxPushCurrent_v2(ctx);
}

FAKE__STUB CUresult cuCtxPushCurrent_v2(CUcontext ctx)
{
    (void)ctx;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuCtxPushCurrent_v2);
}

FAKE__STUB CUresult cuCtxRecordEvent(CUcontext hCtx, CUevent hEvent)
{
    (void)hCtx;
    (void)hEvent;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuCtxRecordEvent);
}

FAKE__STUB CUresult cuCtxResetPersistingL2Cache(void)
{
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuCtxResetPersistingL2Cache);
}

FAKE__STUB CUresult cuCtxSetCacheConfig(CUfunc_cache config)
{
    (void)config;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuCtxSetCacheConfig);
}

FAKE__STUB CUresult cuCtxSetCurrent(CUcontext ctx)
{
    (void)ctx;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuCtxSetCurrent);
}

FAKE__STUB CUresult cuCtxSetFlags(unsigned int flags)
{
    (void)flags;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuCtxSetFlags);
}

FAKE__STUB CUresult cuCtxSetLimit(CUlimit limit, size_t value)
{
    (void)limit;
    (void)value;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuCtxSetLimit);
}

FAKE__STUB CUresult cuCtxSetSharedMemConfig(CUsharedconfig config)
{
    (void)config;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuCtxSetSharedMemConfig);
}

FAKE__STUB CUresult cuCtxSynchronize(void)
{
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuCtxSynchronize);
}

FAKE__STUB CUresult cuCtxSynchronize_v2(CUcontext ctx)
{
    (void)ctx;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuCtxSynchronize_v2);
}

FAKE__STUB CUresult cuCtxWaitEvent(CUcontext hCtx, CUevent hEvent)
{
    (void)hCtx;
    (void)hEvent;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuCtxWaitEvent);
}

FAKE__STUB CUresult cuDestroyExternalMemory(CUexternalMemory extMem)
{
    (void)extMem;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuDestroyExternalMemory);
}

FAKE__STUB CUresult cuDestroyExternalSemaphore(CUexternalSemaphore extSem)
{
    (void)extSem;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuDestroyExternalSemaphore);
}

FAKE__STUB CUresult cuDevResourceGenerateDesc(CUdevResourceDesc *phDesc, CUdevResource *resources, unsigned int nbResources)
{
    (void)phDesc;
    (void)resources;
    (void)nbResources;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuDevResourceGenerateDesc);
}

FAKE__STUB CUresult cuDevSmResourceSplitByCount(CUdevResource *result, unsigned int *nbGroups, const CUdevResource *input, CUdevResource *remaining, unsigned int useFlags, unsigned int minCount)
{
    (void)result;
    (void)nbGroups;
    (void)input;
    (void)remaining;
    (void)useFlags;
    (void)minCount;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuDevSmResourceSplitByCount);
}

FAKE__STUB CUresult cuDeviceCanAccessPeer(int *canAccessPeer, CUdevice dev, CUdevice peerDev)
{
    (void)canAccessPeer;
    (void)dev;
    (void)peerDev;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuDeviceCanAccessPeer);
}

FAKE__STUB CUresult cuDeviceComputeCapability(int *major, int *minor, CUdevice dev)
{
    (void)major;
    (void)minor;
    (void)dev;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuDeviceComputeCapability);
}

FAKE__STUB CUresult cuDeviceGet(CUdevice *device, int ordinal)
{
    (void)device;
    (void)ordinal;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuDeviceGet);
}

FAKE__STUB CUresult cuDeviceGetAttribute(int *pi, CUdevice_attribute attrib, CUdevice dev)
{
    (void)pi;
    (void)attrib;
    (void)dev;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuDeviceGetAttribute);
}

FAKE__STUB CUresult cuDeviceGetByPCIBusId(CUdevice *dev, const char *pciBusId)
{
    (void)dev;
    (void)pciBusId;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuDeviceGetByPCIBusId);
}

FAKE__STUB CUresult cuDeviceGetCount(int *count)
{
    (void)count;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuDeviceGetCount);
}

FAKE__STUB CUresult cuDeviceGetDefaultMemPool(CUmemoryPool *pool_out, CUdevice dev)
{
    (void)pool_out;
    (void)dev;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuDeviceGetDefaultMemPool);
}

FAKE__STUB CUresult cuDeviceGetDevResource(CUdevice device, CUdevResource *resource, CUdevResourceType type)
{
    (void)device;
    (void)resource;
    (void)type;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuDeviceGetDevResource);
}

FAKE__STUB CUresult cuDeviceGetExecAffinitySupport(int *pi, CUexecAffinityType type, CUdevice dev)
{
    (void)pi;
    (void)type;
    (void)dev;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuDeviceGetExecAffinitySupport);
}

FAKE__STUB CUresult cuDeviceGetGraphMemAttribute(CUdevice device, CUgraphMem_attribute attr, void *value)
{
    (void)device;
    (void)attr;
    (void)value;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuDeviceGetGraphMemAttribute);
}

FAKE__STUB CUresult cuDeviceGetHostAtomicCapabilities(unsigned int *capabilities, const CUatomicOperation *operations, unsigned int count, CUdevice dev)
{
    (void)capabilities;
    (void)operations;
    (void)count;
    (void)dev;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuDeviceGetHostAtomicCapabilities);
}

FAKE__STUB CUresult cuDeviceGetLuid(char *luid, unsigned int *deviceNodeMask, CUdevice dev)
{
    (void)luid;
    (void)deviceNodeMask;
    (void)dev;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuDeviceGetLuid);
}

FAKE__STUB CUresult cuDeviceGetMemPool(CUmemoryPool *pool, CUdevice dev)
{
    (void)pool;
    (void)dev;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuDeviceGetMemPool);
}

FAKE__STUB CUresult cuDeviceGetName(char *name, int len, CUdevice dev)
{
    (void)name;
    (void)len;
    (void)dev;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuDeviceGetName);
}

FAKE__STUB CUresult cuDeviceGetNvSciSyncAttributes(void *nvSciSyncAttrList, CUdevice dev, int flags)
{
    (void)nvSciSyncAttrList;
    (void)dev;
    (void)flags;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuDeviceGetNvSciSyncAttributes);
}

FAKE__STUB CUresult cuDeviceGetP2PAtomicCapabilities(unsigned int *capabilities, const CUatomicOperation *operations, unsigned int count, CUdevice srcDevice, CUdevice dstDevice)
{
    (void)capabilities;
    (void)operations;
    (void)count;
    (void)srcDevice;
    (void)dstDevice;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuDeviceGetP2PAtomicCapabilities);
}

FAKE__STUB CUresult cuDeviceGetP2PAttribute(int *value, CUdevice_P2PAttribute attrib, CUdevice srcDevice, CUdevice dstDevice)
{
    (void)value;
    (void)attrib;
    (void)srcDevice;
    (void)dstDevice;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuDeviceGetP2PAttribute);
}

FAKE__STUB CUresult cuDeviceGetPCIBusId(char *pciBusId, int len, CUdevice dev)
{
    (void)pciBusId;
    (void)len;
    (void)dev;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuDeviceGetPCIBusId);
}

FAKE__STUB CUresult cuDeviceGetProperties(CUdevprop *prop, CUdevice dev)
{
    (void)prop;
    (void)dev;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuDeviceGetProperties);
}

FAKE__STUB CUresult cuDeviceGetTexture1DLinearMaxWidth(size_t *maxWidthInElements, CUarray_format format, unsigned numChannels, CUdevice dev)
{
    (void)maxWidthInElements;
    (void)format;
    (void)numChannels;
    (void)dev;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuDeviceGetTexture1DLinearMaxWidth);
}

FAKE__STUB CUresult cuDeviceGetUuid(CUuuid *uuid, CUdevice dev)
{
    return cuDeviceGetUuid_v2(uuid, dev);
}

FAKE__STUB CUresult cuDeviceGetUuid_v2(CUuuid *uuid, CUdevice dev)
{
    (void)uuid;
    (void)dev;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuDeviceGetUuid_v2);
}

FAKE__STUB CUresult cuDeviceGraphMemTrim(CUdevice device)
{
    (void)device;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuDeviceGraphMemTrim);
}

FAKE__STUB CUresult cuDevicePrimaryCtxGetState(CUdevice dev, unsigned int *flags, int *active)
{
    (void)dev;
    (void)flags;
    (void)active;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuDevicePrimaryCtxGetState);
}

FAKE__STUB CUresult cuDevicePrimaryCtxRelease(CUdevice dev)
{
    return cuDevicePrimaryCtxRelease_v2(dev);
}

FAKE__STUB CUresult cuDevicePrimaryCtxRelease_v2(CUdevice dev)
{
    (void)dev;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuDevicePrimaryCtxRelease_v2);
}

FAKE__STUB CUresult cuDevicePrimaryCtxReset(CUdevice dev)
{
    return cuDevicePrimaryCtxReset_v2(dev);
}

FAKE__STUB CUresult cuDevicePrimaryCtxReset_v2(CUdevice dev)
{
    (void)dev;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuDevicePrimaryCtxReset_v2);
}

FAKE__STUB CUresult cuDevicePrimaryCtxRetain(CUcontext *pctx, CUdevice dev)
{
    (void)pctx;
    (void)dev;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuDevicePrimaryCtxRetain);
}

FAKE__STUB CUresult cuDevicePrimaryCtxSetFlags(CUdevice dev, unsigned int flags)
{
    return cuDevicePrimaryCtxSetFlags_v2(dev, flags);
}

FAKE__STUB CUresult cuDevicePrimaryCtxSetFlags_v2(CUdevice dev, unsigned int flags)
{
    (void)dev;
    (void)flags;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuDevicePrimaryCtxSetFlags_v2);
}

FAKE__STUB CUresult cuDeviceRegisterAsyncNotification(CUdevice device, CUasyncCallback callbackFunc, void *userData, CUasyncCallbackHandle *callback)
{
    (void)device;
    (void)callbackFunc;
    (void)userData;
    (void)callback;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuDeviceRegisterAsyncNotification);
}

FAKE__STUB CUresult cuDeviceSetGraphMemAttribute(CUdevice device, CUgraphMem_attribute attr, void *value)
{
    (void)device;
    (void)attr;
    (void)value;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuDeviceSetGraphMemAttribute);
}

FAKE__STUB CUresult cuDeviceSetMemPool(CUdevice dev, CUmemoryPool pool)
{
    (void)dev;
    (void)pool;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuDeviceSetMemPool);
}

FAKE__STUB CUresult cuDeviceTotalMem(unsigned int *bytes, CUdevice dev)
{
    (void)bytes;
    (void)dev;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuDeviceTotalMem);
}

FAKE__STUB CUresult cuDeviceTotalMem_v2(size_t *bytes, CUdevice dev)
{
    (void)bytes;
    (void)dev;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuDeviceTotalMem_v2);
}

FAKE__STUB CUresult cuDeviceUnregisterAsyncNotification(CUdevice device, CUasyncCallbackHandle callback)
{
    (void)device;
    (void)callback;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuDeviceUnregisterAsyncNotification);
}

FAKE__STUB CUresult cuDriverGetVersion(int *driverVersion)
{
    (void)driverVersion;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuDriverGetVersion);
}

FAKE__STUB CUresult cuEGLStreamConsumerAcquireFrame(CUeglStreamConnection *conn, CUgraphicsResource *pCudaResource, CUstream *pStream, unsigned int timeout)
{
    (void)conn;
    (void)pCudaResource;
    (void)pStream;
    (void)timeout;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuEGLStreamConsumerAcquireFrame);
}

FAKE__STUB CUresult cuEGLStreamConsumerConnect(CUeglStreamConnection *conn, EGLStreamKHR stream)
{
    (void)conn;
    (void)stream;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuEGLStreamConsumerConnect);
}

FAKE__STUB CUresult cuEGLStreamConsumerConnectWithFlags(CUeglStreamConnection *conn, EGLStreamKHR stream, unsigned int flags)
{
    (void)conn;
    (void)stream;
    (void)flags;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuEGLStreamConsumerConnectWithFlags);
}

FAKE__STUB CUresult cuEGLStreamConsumerDisconnect(CUeglStreamConnection *conn)
{
    (void)conn;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuEGLStreamConsumerDisconnect);
}

FAKE__STUB CUresult cuEGLStreamConsumerReleaseFrame(CUeglStreamConnection *conn, CUgraphicsResource pCudaResource, CUstream *pStream)
{
    (void)conn;
    (void)pCudaResource;
    (void)pStream;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuEGLStreamConsumerReleaseFrame);
}

FAKE__STUB CUresult cuEGLStreamProducerConnect(CUeglStreamConnection *conn, EGLStreamKHR stream, EGLint width, EGLint height)
{
    (void)conn;
    (void)stream;
    (void)width;
    (void)height;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuEGLStreamProducerConnect);
}

FAKE__STUB CUresult cuEGLStreamProducerDisconnect(CUeglStreamConnection *conn)
{
    (void)conn;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuEGLStreamProducerDisconnect);
}

FAKE__STUB CUresult cuEGLStreamProducerPresentFrame(CUeglStreamConnection *conn, CUeglFrame eglframe, CUstream *pStream)
{
    (void)conn;
    (void)eglframe;
    (void)pStream;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuEGLStreamProducerPresentFrame);
}

FAKE__STUB CUresult cuEGLStreamProducerReturnFrame(CUeglStreamConnection *conn, CUeglFrame *eglframe, CUstream *pStream)
{
    (void)conn;
    (void)eglframe;
    (void)pStream;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuEGLStreamProducerReturnFrame);
}

FAKE__STUB CUresult cuEventCreate(CUevent *phEvent, unsigned int Flags)
{
    (void)phEvent;
    (void)Flags;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuEventCreate);
}

FAKE__STUB CUresult cuEventCreateFromEGLSync(CUevent *phEvent, EGLSyncKHR eglSync, unsigned int flags)
{
    (void)phEvent;
    (void)eglSync;
    (void)flags;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuEventCreateFromEGLSync);
}

FAKE__STUB CUresult cuEventDestroy(CUevent hEvent)
{
    return cuEventDestroy_v2(hEvent);
}

FAKE__STUB CUresult cuEventDestroy_v2(CUevent hEvent)
{
    (void)hEvent;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuEventDestroy_v2);
}

FAKE__STUB CUresult cuEventElapsedTime(float *pMilliseconds, CUevent hStart, CUevent hEnd)
{
    return cuEventElapsedTime_v2(pMilliseconds, hStart, hEnd);
}

FAKE__STUB CUresult cuEventElapsedTime_v2(float *pMilliseconds, CUevent hStart, CUevent hEnd)
{
    (void)pMilliseconds;
    (void)hStart;
    (void)hEnd;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuEventElapsedTime_v2);
}

FAKE__STUB CUresult cuEventQuery(CUevent hEvent)
{
    (void)hEvent;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuEventQuery);
}

FAKE__STUB CUresult cuEventRecord(CUevent hEvent, CUstream hStream)
{
    (void)hEvent;
    (void)hStream;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuEventRecord);
}

FAKE__STUB CUresult cuEventRecord_ptsz(CUevent hEvent, CUstream hStream)
{
    return cuEventRecord(hEvent, hStream);
}

FAKE__STUB CUresult cuEventRecordWithFlags(CUevent hEvent, CUstream hStream, unsigned int flags)
{
    (void)hEvent;
    (void)hStream;
    (void)flags;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuEventRecordWithFlags);
}

FAKE__STUB CUresult cuEventRecordWithFlags_ptsz(CUevent hEvent, CUstream hStream, unsigned int flags)
{
    return cuEventRecordWithFlags(hEvent, hStream, flags);
}

FAKE__STUB CUresult cuEventSynchronize(CUevent hEvent)
{
    (void)hEvent;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuEventSynchronize);
}

FAKE__STUB CUresult cuExternalMemoryGetMappedBuffer(CUdeviceptr *devPtr, CUexternalMemory extMem, const CUDA_EXTERNAL_MEMORY_BUFFER_DESC *bufferDesc)
{
    (void)devPtr;
    (void)extMem;
    (void)bufferDesc;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuExternalMemoryGetMappedBuffer);
}

FAKE__STUB CUresult cuExternalMemoryGetMappedMipmappedArray(CUmipmappedArray *mipmap, CUexternalMemory extMem, const CUDA_EXTERNAL_MEMORY_MIPMAPPED_ARRAY_DESC *mipmapDesc)
{
    (void)mipmap;
    (void)extMem;
    (void)mipmapDesc;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuExternalMemoryGetMappedMipmappedArray);
}

FAKE__STUB CUresult cuFlushGPUDirectRDMAWrites(CUflushGPUDirectRDMAWritesTarget target, CUflushGPUDirectRDMAWritesScope scope)
{
    (void)target;
    (void)scope;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuFlushGPUDirectRDMAWrites);
}

FAKE__STUB CUresult cuFuncGetAttribute(int *pi, CUfunction_attribute attrib, CUfunction hfunc)
{
    (void)pi;
    (void)attrib;
    (void)hfunc;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuFuncGetAttribute);
}

FAKE__STUB CUresult cuFuncGetModule(CUmodule *hmod, CUfunction hfunc)
{
    (void)hmod;
    (void)hfunc;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuFuncGetModule);
}

FAKE__STUB CUresult cuFuncGetName(const char **name, CUfunction hfunc)
{
    (void)name;
    (void)hfunc;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuFuncGetName);
}

FAKE__STUB CUresult cuFuncGetParamInfo(CUfunction func, size_t paramIndex, size_t *paramOffset, size_t *paramSize)
{
    (void)func;
    (void)paramIndex;
    (void)paramOffset;
    (void)paramSize;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuFuncGetParamInfo);
}

FAKE__STUB CUresult cuFuncIsLoaded(CUfunctionLoadingState *state, CUfunction function)
{
    (void)state;
    (void)function;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuFuncIsLoaded);
}

FAKE__STUB CUresult cuFuncLoad(CUfunction function)
{
    (void)function;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuFuncLoad);
}

FAKE__STUB CUresult cuFuncSetAttribute(CUfunction hfunc, CUfunction_attribute attrib, int value)
{
    (void)hfunc;
    (void)attrib;
    (void)value;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuFuncSetAttribute);
}

FAKE__STUB CUresult cuFuncSetBlockShape(CUfunction hfunc, int x, int y, int z)
{
    (void)hfunc;
    (void)x;
    (void)y;
    (void)z;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuFuncSetBlockShape);
}

FAKE__STUB CUresult cuFuncSetCacheConfig(CUfunction hfunc, CUfunc_cache config)
{
    (void)hfunc;
    (void)config;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuFuncSetCacheConfig);
}

FAKE__STUB CUresult cuFuncSetSharedMemConfig(CUfunction hfunc, CUsharedconfig config)
{
    (void)hfunc;
    (void)config;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuFuncSetSharedMemConfig);
}

FAKE__STUB CUresult cuFuncSetSharedSize(CUfunction hfunc, unsigned int bytes)
{
    (void)hfunc;
    (void)bytes;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuFuncSetSharedSize);
}

FAKE__STUB CUresult cuGLCtxCreate(CUcontext *pCtx, unsigned int Flags, CUdevice device)
{
    return cuGLCtxCreate_v2(pCtx, Flags, device);
}

FAKE__STUB CUresult cuGLCtxCreate_v2(CUcontext *pCtx, unsigned int Flags, CUdevice device)
{
    (void)pCtx;
    (void)Flags;
    (void)device;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGLCtxCreate_v2);
}

FAKE__STUB CUresult cuGLGetDevices(unsigned int *pCudaDeviceCount, CUdevice *pCudaDevices, unsigned int cudaDeviceCount, CUGLDeviceList deviceList)
{
    return cuGLGetDevices_v2(pCudaDeviceCount, pCudaDevices, cudaDeviceCount, deviceList);
}

FAKE__STUB CUresult cuGLGetDevices_v2(unsigned int *pCudaDeviceCount, CUdevice *pCudaDevices, unsigned int cudaDeviceCount, CUGLDeviceList deviceList)
{
    (void)pCudaDeviceCount;
    (void)pCudaDevices;
    (void)cudaDeviceCount;
    (void)deviceList;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGLGetDevices_v2);
}

FAKE__STUB CUresult cuGLInit(void)
{
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGLInit);
}

FAKE__STUB CUresult cuGLMapBufferObject(CUdeviceptr_v1 *dptr, unsigned int *size, GLuint buffer)
{
    (void)dptr;
    (void)size;
    (void)buffer;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGLMapBufferObject);
}

FAKE__STUB CUresult cuGLMapBufferObject_v2(CUdeviceptr *dptr, size_t *size, GLuint buffer)
{
    (void)dptr;
    (void)size;
    (void)buffer;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGLMapBufferObject_v2);
}

FAKE__STUB CUresult cuGLMapBufferObject_v2_ptds(CUdeviceptr *dptr, size_t *size, GLuint buffer)
{
    return cuGLMapBufferObject_v2(dptr, size, buffer);
}

FAKE__STUB CUresult cuGLMapBufferObjectAsync(CUdeviceptr_v1 *dptr, unsigned int *size, GLuint buffer, CUstream hStream)
{
    (void)dptr;
    (void)size;
    (void)buffer;
    (void)hStream;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGLMapBufferObjectAsync);
}

FAKE__STUB CUresult cuGLMapBufferObjectAsync_v2(CUdeviceptr *dptr, size_t *size, GLuint buffer, CUstream hStream)
{
    (void)dptr;
    (void)size;
    (void)buffer;
    (void)hStream;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGLMapBufferObjectAsync_v2);
}

FAKE__STUB CUresult cuGLMapBufferObjectAsync_v2_ptsz(CUdeviceptr *dptr, size_t *size, GLuint buffer, CUstream hStream)
{
    return cuGLMapBufferObjectAsync_v2(dptr, size, buffer, hStream);
}

FAKE__STUB CUresult cuGLRegisterBufferObject(GLuint buffer)
{
    (void)buffer;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGLRegisterBufferObject);
}

FAKE__STUB CUresult cuGLSetBufferObjectMapFlags(GLuint buffer, unsigned int Flags)
{
    (void)buffer;
    (void)Flags;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGLSetBufferObjectMapFlags);
}

FAKE__STUB CUresult cuGLUnmapBufferObject(GLuint buffer)
{
    (void)buffer;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGLUnmapBufferObject);
}

FAKE__STUB CUresult cuGLUnmapBufferObjectAsync(GLuint buffer, CUstream hStream)
{
    (void)buffer;
    (void)hStream;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGLUnmapBufferObjectAsync);
}

FAKE__STUB CUresult cuGLUnregisterBufferObject(GLuint buffer)
{
    (void)buffer;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGLUnregisterBufferObject);
}

FAKE__STUB CUresult cuGetErrorName(CUresult error, const char **pStr)
{
    (void)error;
    (void)pStr;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGetErrorName);
}

FAKE__STUB CUresult cuGetErrorString(CUresult error, const char **pStr)
{
    (void)error;
    (void)pStr;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGetErrorString);
}

FAKE__STUB CUresult cuGetExportTable(const void **ppExportTable, const CUuuid *pExportTableId)
{
    (void)ppExportTable;
    (void)pExportTableId;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGetExportTable);
}

FAKE__STUB CUresult cuGetProcAddress(const char *symbol, void **pfn, int cudaVersion, cuuint64_t flags)
{
    (void)symbol;
    (void)pfn;
    (void)cudaVersion;
    (void)flags;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGetProcAddress);
}

FAKE__STUB CUresult cuGetProcAddress_v2(const char *symbol, void **pfn, int cudaVersion, cuuint64_t flags, CUdriverProcAddressQueryResult *symbolStatus)
{
    (void)symbol;
    (void)pfn;
    (void)cudaVersion;
    (void)flags;
    (void)symbolStatus;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGetProcAddress_v2);
}

FAKE__STUB CUresult cuGraphAddBatchMemOpNode(CUgraphNode *phGraphNode, CUgraph hGraph, const CUgraphNode *dependencies, size_t numDependencies, const CUDA_BATCH_MEM_OP_NODE_PARAMS *nodeParams)
{
    (void)phGraphNode;
    (void)hGraph;
    (void)dependencies;
    (void)numDependencies;
    (void)nodeParams;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGraphAddBatchMemOpNode);
}

FAKE__STUB CUresult cuGraphAddChildGraphNode(CUgraphNode *phGraphNode, CUgraph hGraph, const CUgraphNode *dependencies, size_t numDependencies, CUgraph childGraph)
{
    (void)phGraphNode;
    (void)hGraph;
    (void)dependencies;
    (void)numDependencies;
    (void)childGraph;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGraphAddChildGraphNode);
}

FAKE__STUB CUresult cuGraphAddDependencies(CUgraph hGraph, const CUgraphNode *from, const CUgraphNode *to, size_t numDependencies)
{
    (void)hGraph;
    (void)from;
    (void)to;
    (void)numDependencies;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGraphAddDependencies);
}

FAKE__STUB CUresult cuGraphAddDependencies_v2(CUgraph hGraph, const CUgraphNode *from, const CUgraphNode *to, const CUgraphEdgeData *edgeData, size_t numDependencies)
{
    (void)hGraph;
    (void)from;
    (void)to;
    (void)edgeData;
    (void)numDependencies;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGraphAddDependencies_v2);
}

FAKE__STUB CUresult cuGraphAddEmptyNode(CUgraphNode *phGraphNode, CUgraph hGraph, const CUgraphNode *dependencies, size_t numDependencies)
{
    (void)phGraphNode;
    (void)hGraph;
    (void)dependencies;
    (void)numDependencies;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGraphAddEmptyNode);
}

FAKE__STUB CUresult cuGraphAddEventRecordNode(CUgraphNode *phGraphNode, CUgraph hGraph, const CUgraphNode *dependencies, size_t numDependencies, CUevent event)
{
    (void)phGraphNode;
    (void)hGraph;
    (void)dependencies;
    (void)numDependencies;
    (void)event;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGraphAddEventRecordNode);
}

FAKE__STUB CUresult cuGraphAddEventWaitNode(CUgraphNode *phGraphNode, CUgraph hGraph, const CUgraphNode *dependencies, size_t numDependencies, CUevent event)
{
    (void)phGraphNode;
    (void)hGraph;
    (void)dependencies;
    (void)numDependencies;
    (void)event;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGraphAddEventWaitNode);
}

FAKE__STUB CUresult cuGraphAddExternalSemaphoresSignalNode(CUgraphNode *phGraphNode, CUgraph hGraph, const CUgraphNode *dependencies, size_t numDependencies, const CUDA_EXT_SEM_SIGNAL_NODE_PARAMS *nodeParams)
{
    (void)phGraphNode;
    (void)hGraph;
    (void)dependencies;
    (void)numDependencies;
    (void)nodeParams;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGraphAddExternalSemaphoresSignalNode);
}

FAKE__STUB CUresult cuGraphAddExternalSemaphoresWaitNode(CUgraphNode *phGraphNode, CUgraph hGraph, const CUgraphNode *dependencies, size_t numDependencies, const CUDA_EXT_SEM_WAIT_NODE_PARAMS *nodeParams)
{
    (void)phGraphNode;
    (void)hGraph;
    (void)dependencies;
    (void)numDependencies;
    (void)nodeParams;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGraphAddExternalSemaphoresWaitNode);
}

FAKE__STUB CUresult cuGraphAddHostNode(CUgraphNode *phGraphNode, CUgraph hGraph, const CUgraphNode *dependencies, size_t numDependencies, const CUDA_HOST_NODE_PARAMS *nodeParams)
{
    (void)phGraphNode;
    (void)hGraph;
    (void)dependencies;
    (void)numDependencies;
    (void)nodeParams;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGraphAddHostNode);
}

FAKE__STUB CUresult cuGraphAddKernelNode(CUgraphNode *phGraphNode, CUgraph hGraph, const CUgraphNode *dependencies, size_t numDependencies, const CUDA_KERNEL_NODE_PARAMS_v1 *nodeParams)
{
    (void)phGraphNode;
    (void)hGraph;
    (void)dependencies;
    (void)numDependencies;
    (void)nodeParams;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGraphAddKernelNode);
}

FAKE__STUB CUresult cuGraphAddKernelNode_v2(CUgraphNode *phGraphNode, CUgraph hGraph, const CUgraphNode *dependencies, size_t numDependencies, const CUDA_KERNEL_NODE_PARAMS *nodeParams)
{
    (void)phGraphNode;
    (void)hGraph;
    (void)dependencies;
    (void)numDependencies;
    (void)nodeParams;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGraphAddKernelNode_v2);
}

FAKE__STUB CUresult cuGraphAddMemAllocNode(CUgraphNode *phGraphNode, CUgraph hGraph, const CUgraphNode *dependencies, size_t numDependencies, CUDA_MEM_ALLOC_NODE_PARAMS *nodeParams)
{
    (void)phGraphNode;
    (void)hGraph;
    (void)dependencies;
    (void)numDependencies;
    (void)nodeParams;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGraphAddMemAllocNode);
}

FAKE__STUB CUresult cuGraphAddMemFreeNode(CUgraphNode *phGraphNode, CUgraph hGraph, const CUgraphNode *dependencies, size_t numDependencies, CUdeviceptr dptr)
{
    (void)phGraphNode;
    (void)hGraph;
    (void)dependencies;
    (void)numDependencies;
    (void)dptr;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGraphAddMemFreeNode);
}

FAKE__STUB CUresult cuGraphAddMemcpyNode(CUgraphNode *phGraphNode, CUgraph hGraph, const CUgraphNode *dependencies, size_t numDependencies, const CUDA_MEMCPY3D *copyParams, CUcontext ctx)
{
    (void)phGraphNode;
    (void)hGraph;
    (void)dependencies;
    (void)numDependencies;
    (void)copyParams;
    (void)ctx;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGraphAddMemcpyNode);
}

FAKE__STUB CUresult cuGraphAddMemsetNode(CUgraphNode *phGraphNode, CUgraph hGraph, const CUgraphNode *dependencies, size_t numDependencies, const CUDA_MEMSET_NODE_PARAMS *memsetParams, CUcontext ctx)
{
    (void)phGraphNode;
    (void)hGraph;
    (void)dependencies;
    (void)numDependencies;
    (void)memsetParams;
    (void)ctx;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGraphAddMemsetNode);
}

FAKE__STUB CUresult cuGraphAddNode(CUgraphNode *phGraphNode, CUgraph hGraph, const CUgraphNode *dependencies, size_t numDependencies, CUgraphNodeParams *nodeParams)
{
    (void)phGraphNode;
    (void)hGraph;
    (void)dependencies;
    (void)numDependencies;
    (void)nodeParams;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGraphAddNode);
}

FAKE__STUB CUresult cuGraphAddNode_v2(CUgraphNode *phGraphNode, CUgraph hGraph, const CUgraphNode *dependencies, const CUgraphEdgeData *dependencyData, size_t numDependencies, CUgraphNodeParams *nodeParams)
{
    (void)phGraphNode;
    (void)hGraph;
    (void)dependencies;
    (void)dependencyData;
    (void)numDependencies;
    (void)nodeParams;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGraphAddNode_v2);
}

FAKE__STUB CUresult cuGraphBatchMemOpNodeGetParams(CUgraphNode hNode, CUDA_BATCH_MEM_OP_NODE_PARAMS *nodeParams_out)
{
    (void)hNode;
    (void)nodeParams_out;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGraphBatchMemOpNodeGetParams);
}

FAKE__STUB CUresult cuGraphBatchMemOpNodeSetParams(CUgraphNode hNode, const CUDA_BATCH_MEM_OP_NODE_PARAMS *nodeParams)
{
    (void)hNode;
    (void)nodeParams;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGraphBatchMemOpNodeSetParams);
}

FAKE__STUB CUresult cuGraphChildGraphNodeGetGraph(CUgraphNode hNode, CUgraph *phGraph)
{
    (void)hNode;
    (void)phGraph;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGraphChildGraphNodeGetGraph);
}

FAKE__STUB CUresult cuGraphClone(CUgraph *phGraphClone, CUgraph originalGraph)
{
    (void)phGraphClone;
    (void)originalGraph;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGraphClone);
}

FAKE__STUB CUresult cuGraphConditionalHandleCreate(CUgraphConditionalHandle *pHandle_out, CUgraph hGraph, CUcontext ctx, unsigned int defaultLaunchValue, unsigned int flags)
{
    (void)pHandle_out;
    (void)hGraph;
    (void)ctx;
    (void)defaultLaunchValue;
    (void)flags;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGraphConditionalHandleCreate);
}

FAKE__STUB CUresult cuGraphCreate(CUgraph *phGraph, unsigned int flags)
{
    (void)phGraph;
    (void)flags;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGraphCreate);
}

FAKE__STUB CUresult cuGraphDebugDotPrint(CUgraph hGraph, const char *path, unsigned int flags)
{
    (void)hGraph;
    (void)path;
    (void)flags;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGraphDebugDotPrint);
}

FAKE__STUB CUresult cuGraphDestroy(CUgraph hGraph)
{
    (void)hGraph;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGraphDestroy);
}

FAKE__STUB CUresult cuGraphDestroyNode(CUgraphNode hNode)
{
    (void)hNode;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGraphDestroyNode);
}

FAKE__STUB CUresult cuGraphEventRecordNodeGetEvent(CUgraphNode hNode, CUevent *event_out)
{
    (void)hNode;
    (void)event_out;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGraphEventRecordNodeGetEvent);
}

FAKE__STUB CUresult cuGraphEventRecordNodeSetEvent(CUgraphNode hNode, CUevent event)
{
    (void)hNode;
    (void)event;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGraphEventRecordNodeSetEvent);
}

FAKE__STUB CUresult cuGraphEventWaitNodeGetEvent(CUgraphNode hNode, CUevent *event_out)
{
    (void)hNode;
    (void)event_out;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGraphEventWaitNodeGetEvent);
}

FAKE__STUB CUresult cuGraphEventWaitNodeSetEvent(CUgraphNode hNode, CUevent event)
{
    (void)hNode;
    (void)event;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGraphEventWaitNodeSetEvent);
}

FAKE__STUB CUresult cuGraphExecBatchMemOpNodeSetParams(CUgraphExec hGraphExec, CUgraphNode hNode, const CUDA_BATCH_MEM_OP_NODE_PARAMS *nodeParams)
{
    (void)hGraphExec;
    (void)hNode;
    (void)nodeParams;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGraphExecBatchMemOpNodeSetParams);
}

FAKE__STUB CUresult cuGraphExecChildGraphNodeSetParams(CUgraphExec hGraphExec, CUgraphNode hNode, CUgraph childGraph)
{
    (void)hGraphExec;
    (void)hNode;
    (void)childGraph;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGraphExecChildGraphNodeSetParams);
}

FAKE__STUB CUresult cuGraphExecDestroy(CUgraphExec hGraphExec)
{
    (void)hGraphExec;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGraphExecDestroy);
}

FAKE__STUB CUresult cuGraphExecEventRecordNodeSetEvent(CUgraphExec hGraphExec, CUgraphNode hNode, CUevent event)
{
    (void)hGraphExec;
    (void)hNode;
    (void)event;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGraphExecEventRecordNodeSetEvent);
}

FAKE__STUB CUresult cuGraphExecEventWaitNodeSetEvent(CUgraphExec hGraphExec, CUgraphNode hNode, CUevent event)
{
    (void)hGraphExec;
    (void)hNode;
    (void)event;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGraphExecEventWaitNodeSetEvent);
}

FAKE__STUB CUresult cuGraphExecExternalSemaphoresSignalNodeSetParams(CUgraphExec hGraphExec, CUgraphNode hNode, const CUDA_EXT_SEM_SIGNAL_NODE_PARAMS *nodeParams)
{
    (void)hGraphExec;
    (void)hNode;
    (void)nodeParams;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGraphExecExternalSemaphoresSignalNodeSetParams);
}

FAKE__STUB CUresult cuGraphExecExternalSemaphoresWaitNodeSetParams(CUgraphExec hGraphExec, CUgraphNode hNode, const CUDA_EXT_SEM_WAIT_NODE_PARAMS *nodeParams)
{
    (void)hGraphExec;
    (void)hNode;
    (void)nodeParams;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGraphExecExternalSemaphoresWaitNodeSetParams);
}

FAKE__STUB CUresult cuGraphExecGetFlags(CUgraphExec hGraphExec, cuuint64_t *flags)
{
    (void)hGraphExec;
    (void)flags;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGraphExecGetFlags);
}

FAKE__STUB CUresult cuGraphExecHostNodeSetParams(CUgraphExec hGraphExec, CUgraphNode hNode, const CUDA_HOST_NODE_PARAMS *nodeParams)
{
    (void)hGraphExec;
    (void)hNode;
    (void)nodeParams;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGraphExecHostNodeSetParams);
}

FAKE__STUB CUresult cuGraphExecKernelNodeSetParams(CUgraphExec hGraphExec, CUgraphNode hNode, const CUDA_KERNEL_NODE_PARAMS_v1 *nodeParams)
{
    (void)hGraphExec;
    (void)hNode;
    (void)nodeParams;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGraphExecKernelNodeSetParams);
}

FAKE__STUB CUresult cuGraphExecKernelNodeSetParams_v2(CUgraphExec hGraphExec, CUgraphNode hNode, const CUDA_KERNEL_NODE_PARAMS *nodeParams)
{
    (void)hGraphExec;
    (void)hNode;
    (void)nodeParams;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGraphExecKernelNodeSetParams_v2);
}

FAKE__STUB CUresult cuGraphExecMemcpyNodeSetParams(CUgraphExec hGraphExec, CUgraphNode hNode, const CUDA_MEMCPY3D *copyParams, CUcontext ctx)
{
    (void)hGraphExec;
    (void)hNode;
    (void)copyParams;
    (void)ctx;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGraphExecMemcpyNodeSetParams);
}

FAKE__STUB CUresult cuGraphExecMemsetNodeSetParams(CUgraphExec hGraphExec, CUgraphNode hNode, const CUDA_MEMSET_NODE_PARAMS *memsetParams, CUcontext ctx)
{
    (void)hGraphExec;
    (void)hNode;
    (void)memsetParams;
    (void)ctx;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGraphExecMemsetNodeSetParams);
}

FAKE__STUB CUresult cuGraphExecNodeSetParams(CUgraphExec hGraphExec, CUgraphNode hNode, CUgraphNodeParams *nodeParams)
{
    (void)hGraphExec;
    (void)hNode;
    (void)nodeParams;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGraphExecNodeSetParams);
}

FAKE__STUB CUresult cuGraphExecUpdate(CUgraphExec hGraphExec, CUgraph hGraph, CUgraphNode *hErrorNode_out, CUgraphExecUpdateResult *updateResult_out)
{
    (void)hGraphExec;
    (void)hGraph;
    (void)hErrorNode_out;
    (void)updateResult_out;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGraphExecUpdate);
}

FAKE__STUB CUresult cuGraphExecUpdate_v2(CUgraphExec hGraphExec, CUgraph hGraph, CUgraphExecUpdateResultInfo *resultInfo)
{
    (void)hGraphExec;
    (void)hGraph;
    (void)resultInfo;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGraphExecUpdate_v2);
}

FAKE__STUB CUresult cuGraphExternalSemaphoresSignalNodeGetParams(CUgraphNode hNode, CUDA_EXT_SEM_SIGNAL_NODE_PARAMS *params_out)
{
    (void)hNode;
    (void)params_out;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGraphExternalSemaphoresSignalNodeGetParams);
}

FAKE__STUB CUresult cuGraphExternalSemaphoresSignalNodeSetParams(CUgraphNode hNode, const CUDA_EXT_SEM_SIGNAL_NODE_PARAMS *nodeParams)
{
    (void)hNode;
    (void)nodeParams;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGraphExternalSemaphoresSignalNodeSetParams);
}

FAKE__STUB CUresult cuGraphExternalSemaphoresWaitNodeGetParams(CUgraphNode hNode, CUDA_EXT_SEM_WAIT_NODE_PARAMS *params_out)
{
    (void)hNode;
    (void)params_out;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGraphExternalSemaphoresWaitNodeGetParams);
}

FAKE__STUB CUresult cuGraphExternalSemaphoresWaitNodeSetParams(CUgraphNode hNode, const CUDA_EXT_SEM_WAIT_NODE_PARAMS *nodeParams)
{
    (void)hNode;
    (void)nodeParams;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGraphExternalSemaphoresWaitNodeSetParams);
}

FAKE__STUB CUresult cuGraphGetEdges(CUgraph hGraph, CUgraphNode *from, CUgraphNode *to, size_t *numEdges)
{
    (void)hGraph;
    (void)from;
    (void)to;
    (void)numEdges;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGraphGetEdges);
}

FAKE__STUB CUresult cuGraphGetEdges_v2(CUgraph hGraph, CUgraphNode *from, CUgraphNode *to, CUgraphEdgeData *edgeData, size_t *numEdges)
{
    (void)hGraph;
    (void)from;
    (void)to;
    (void)edgeData;
    (void)numEdges;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGraphGetEdges_v2);
}

FAKE__STUB CUresult cuGraphGetNodes(CUgraph hGraph, CUgraphNode *nodes, size_t *numNodes)
{
    (void)hGraph;
    (void)nodes;
    (void)numNodes;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGraphGetNodes);
}

FAKE__STUB CUresult cuGraphGetRootNodes(CUgraph hGraph, CUgraphNode *rootNodes, size_t *numRootNodes)
{
    (void)hGraph;
    (void)rootNodes;
    (void)numRootNodes;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGraphGetRootNodes);
}

FAKE__STUB CUresult cuGraphHostNodeGetParams(CUgraphNode hNode, CUDA_HOST_NODE_PARAMS *nodeParams)
{
    (void)hNode;
    (void)nodeParams;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGraphHostNodeGetParams);
}

FAKE__STUB CUresult cuGraphHostNodeSetParams(CUgraphNode hNode, const CUDA_HOST_NODE_PARAMS *nodeParams)
{
    (void)hNode;
    (void)nodeParams;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGraphHostNodeSetParams);
}

FAKE__STUB CUresult cuGraphInstantiate(CUgraphExec *phGraphExec, CUgraph hGraph, CUgraphNode *phErrorNode, char *logBuffer, size_t bufferSize)
{
    return cuGraphInstantiate_v2(phGraphExec, hGraph, phErrorNode, logBuffer, bufferSize);
}

FAKE__STUB CUresult cuGraphInstantiate_v2(CUgraphExec *phGraphExec, CUgraph hGraph, CUgraphNode *phErrorNode, char *logBuffer, size_t bufferSize)
{
    (void)phGraphExec;
    (void)hGraph;
    (void)phErrorNode;
    (void)logBuffer;
    (void)bufferSize;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGraphInstantiate_v2);
}

FAKE__STUB CUresult cuGraphInstantiateWithFlags(CUgraphExec *phGraphExec, CUgraph hGraph, unsigned long long flags)
{
    (void)phGraphExec;
    (void)hGraph;
    (void)flags;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGraphInstantiateWithFlags);
}

FAKE__STUB CUresult cuGraphInstantiateWithParams(CUgraphExec *phGraphExec, CUgraph hGraph, CUDA_GRAPH_INSTANTIATE_PARAMS *instantiateParams)
{
    (void)phGraphExec;
    (void)hGraph;
    (void)instantiateParams;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGraphInstantiateWithParams);
}

FAKE__STUB CUresult cuGraphInstantiateWithParams_ptsz(CUgraphExec *phGraphExec, CUgraph hGraph, CUDA_GRAPH_INSTANTIATE_PARAMS *instantiateParams)
{
    return cuGraphInstantiateWithParams(phGraphExec, hGraph, instantiateParams);
}

FAKE__STUB CUresult cuGraphKernelNodeCopyAttributes(CUgraphNode dst, CUgraphNode src)
{
    (void)dst;
    (void)src;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGraphKernelNodeCopyAttributes);
}

FAKE__STUB CUresult cuGraphKernelNodeGetAttribute(CUgraphNode hNode, CUkernelNodeAttrID attr, CUkernelNodeAttrValue *value_out)
{
    (void)hNode;
    (void)attr;
    (void)value_out;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGraphKernelNodeGetAttribute);
}

FAKE__STUB CUresult cuGraphKernelNodeGetParams(CUgraphNode hNode, CUDA_KERNEL_NODE_PARAMS_v1 *nodeParams)
{
    (void)hNode;
    (void)nodeParams;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGraphKernelNodeGetParams);
}

FAKE__STUB CUresult cuGraphKernelNodeGetParams_v2(CUgraphNode hNode, CUDA_KERNEL_NODE_PARAMS *nodeParams)
{
    (void)hNode;
    (void)nodeParams;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGraphKernelNodeGetParams_v2);
}

FAKE__STUB CUresult cuGraphKernelNodeSetAttribute(CUgraphNode hNode, CUkernelNodeAttrID attr, const CUkernelNodeAttrValue *value)
{
    (void)hNode;
    (void)attr;
    (void)value;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGraphKernelNodeSetAttribute);
}

FAKE__STUB CUresult cuGraphKernelNodeSetParams(CUgraphNode hNode, const CUDA_KERNEL_NODE_PARAMS_v1 *nodeParams)
{
    (void)hNode;
    (void)nodeParams;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGraphKernelNodeSetParams);
}

FAKE__STUB CUresult cuGraphKernelNodeSetParams_v2(CUgraphNode hNode, const CUDA_KERNEL_NODE_PARAMS *nodeParams)
{
    (void)hNode;
    (void)nodeParams;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGraphKernelNodeSetParams_v2);
}

FAKE__STUB CUresult cuGraphLaunch(CUgraphExec hGraphExec, CUstream hStream)
{
    (void)hGraphExec;
    (void)hStream;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGraphLaunch);
}

FAKE__STUB CUresult cuGraphLaunch_ptsz(CUgraphExec hGraphExec, CUstream hStream)
{
    return cuGraphLaunch(hGraphExec, hStream);
}

FAKE__STUB CUresult cuGraphMemAllocNodeGetParams(CUgraphNode hNode, CUDA_MEM_ALLOC_NODE_PARAMS *params_out)
{
    (void)hNode;
    (void)params_out;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGraphMemAllocNodeGetParams);
}

FAKE__STUB CUresult cuGraphMemFreeNodeGetParams(CUgraphNode hNode, CUdeviceptr *dptr_out)
{
    (void)hNode;
    (void)dptr_out;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGraphMemFreeNodeGetParams);
}

FAKE__STUB CUresult cuGraphMemcpyNodeGetParams(CUgraphNode hNode, CUDA_MEMCPY3D *nodeParams)
{
    (void)hNode;
    (void)nodeParams;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGraphMemcpyNodeGetParams);
}

FAKE__STUB CUresult cuGraphMemcpyNodeSetParams(CUgraphNode hNode, const CUDA_MEMCPY3D *nodeParams)
{
    (void)hNode;
    (void)nodeParams;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGraphMemcpyNodeSetParams);
}

FAKE__STUB CUresult cuGraphMemsetNodeGetParams(CUgraphNode hNode, CUDA_MEMSET_NODE_PARAMS *nodeParams)
{
    (void)hNode;
    (void)nodeParams;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGraphMemsetNodeGetParams);
}

FAKE__STUB CUresult cuGraphMemsetNodeSetParams(CUgraphNode hNode, const CUDA_MEMSET_NODE_PARAMS *nodeParams)
{
    (void)hNode;
    (void)nodeParams;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGraphMemsetNodeSetParams);
}

FAKE__STUB CUresult cuGraphNodeFindInClone(CUgraphNode *phNode, CUgraphNode hOriginalNode, CUgraph hClonedGraph)
{
    (void)phNode;
    (void)hOriginalNode;
    (void)hClonedGraph;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGraphNodeFindInClone);
}

FAKE__STUB CUresult cuGraphNodeGetDependencies(CUgraphNode hNode, CUgraphNode *dependencies, size_t *numDependencies)
{
    (void)hNode;
    (void)dependencies;
    (void)numDependencies;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGraphNodeGetDependencies);
}

FAKE__STUB CUresult cuGraphNodeGetDependencies_v2(CUgraphNode hNode, CUgraphNode *dependencies, CUgraphEdgeData *edgeData, size_t *numDependencies)
{
    (void)hNode;
    (void)dependencies;
    (void)edgeData;
    (void)numDependencies;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGraphNodeGetDependencies_v2);
}

FAKE__STUB CUresult cuGraphNodeGetDependentNodes(CUgraphNode hNode, CUgraphNode *dependentNodes, size_t *numDependentNodes)
{
    (void)hNode;
    (void)dependentNodes;
    (void)numDependentNodes;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGraphNodeGetDependentNodes);
}

FAKE__STUB CUresult cuGraphNodeGetDependentNodes_v2(CUgraphNode hNode, CUgraphNode *dependentNodes, CUgraphEdgeData *edgeData, size_t *numDependentNodes)
{
    (void)hNode;
    (void)dependentNodes;
    (void)edgeData;
    (void)numDependentNodes;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGraphNodeGetDependentNodes_v2);
}

FAKE__STUB CUresult cuGraphNodeGetEnabled(CUgraphExec hGraphExec, CUgraphNode hNode, unsigned int *isEnabled)
{
    (void)hGraphExec;
    (void)hNode;
    (void)isEnabled;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGraphNodeGetEnabled);
}

FAKE__STUB CUresult cuGraphNodeGetType(CUgraphNode hNode, CUgraphNodeType *type)
{
    (void)hNode;
    (void)type;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGraphNodeGetType);
}

FAKE__STUB CUresult cuGraphNodeSetEnabled(CUgraphExec hGraphExec, CUgraphNode hNode, unsigned int isEnabled)
{
    (void)hGraphExec;
    (void)hNode;
    (void)isEnabled;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGraphNodeSetEnabled);
}

FAKE__STUB CUresult cuGraphNodeSetParams(CUgraphNode hNode, CUgraphNodeParams *nodeParams)
{
    (void)hNode;
    (void)nodeParams;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGraphNodeSetParams);
}

FAKE__STUB CUresult cuGraphReleaseUserObject(CUgraph graph, CUuserObject object, unsigned int count)
{
    (void)graph;
    (void)object;
    (void)count;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGraphReleaseUserObject);
}

FAKE__STUB CUresult cuGraphRemoveDependencies(CUgraph hGraph, const CUgraphNode *from, const CUgraphNode *to, size_t numDependencies)
{
    (void)hGraph;
    (void)from;
    (void)to;
    (void)numDependencies;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGraphRemoveDependencies);
}

FAKE__STUB CUresult cuGraphRemoveDependencies_v2(CUgraph hGraph, const CUgraphNode *from, const CUgraphNode *to, const CUgraphEdgeData *edgeData, size_t numDependencies)
{
    (void)hGraph;
    (void)from;
    (void)to;
    (void)edgeData;
    (void)numDependencies;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGraphRemoveDependencies_v2);
}

FAKE__STUB CUresult cuGraphRetainUserObject(CUgraph graph, CUuserObject object, unsigned int count, unsigned int flags)
{
    (void)graph;
    (void)object;
    (void)count;
    (void)flags;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGraphRetainUserObject);
}

FAKE__STUB CUresult cuGraphUpload(CUgraphExec hGraphExec, CUstream hStream)
{
    (void)hGraphExec;
    (void)hStream;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGraphUpload);
}

FAKE__STUB CUresult cuGraphUpload_ptsz(CUgraphExec hGraphExec, CUstream hStream)
{
    return cuGraphUpload(hGraphExec, hStream);
}

FAKE__STUB CUresult cuGraphicsEGLRegisterImage(CUgraphicsResource *pCudaResource, EGLImageKHR image, unsigned int flags)
{
    (void)pCudaResource;
    (void)image;
    (void)flags;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGraphicsEGLRegisterImage);
}

FAKE__STUB CUresult cuGraphicsGLRegisterBuffer(CUgraphicsResource *pCudaResource, GLuint buffer, unsigned int Flags)
{
    (void)pCudaResource;
    (void)buffer;
    (void)Flags;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGraphicsGLRegisterBuffer);
}

FAKE__STUB CUresult cuGraphicsGLRegisterImage(CUgraphicsResource *pCudaResource, GLuint image, GLenum target, unsigned int Flags)
{
    (void)pCudaResource;
    (void)image;
    (void)target;
    (void)Flags;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGraphicsGLRegisterImage);
}

FAKE__STUB CUresult cuGraphicsMapResources(unsigned int count, CUgraphicsResource *resources, CUstream hStream)
{
    (void)count;
    (void)resources;
    (void)hStream;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGraphicsMapResources);
}

FAKE__STUB CUresult cuGraphicsMapResources_ptsz(unsigned int count, CUgraphicsResource *resources, CUstream hStream)
{
    return cuGraphicsMapResources(count, resources, hStream);
}

FAKE__STUB CUresult cuGraphicsResourceGetMappedEglFrame(CUeglFrame *eglFrame, CUgraphicsResource resource, unsigned int index, unsigned int mipLevel)
{
    (void)eglFrame;
    (void)resource;
    (void)index;
    (void)mipLevel;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGraphicsResourceGetMappedEglFrame);
}

FAKE__STUB CUresult cuGraphicsResourceGetMappedMipmappedArray(CUmipmappedArray *pMipmappedArray, CUgraphicsResource resource)
{
    (void)pMipmappedArray;
    (void)resource;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGraphicsResourceGetMappedMipmappedArray);
}

FAKE__STUB CUresult cuGraphicsResourceGetMappedPointer(CUdeviceptr_v1 *pDevPtr, unsigned int *pSize, CUgraphicsResource resource)
{
    (void)pDevPtr;
    (void)pSize;
    (void)resource;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGraphicsResourceGetMappedPointer);
}

FAKE__STUB CUresult cuGraphicsResourceGetMappedPointer_v2(CUdeviceptr *pDevPtr, size_t *pSize, CUgraphicsResource resource)
{
    (void)pDevPtr;
    (void)pSize;
    (void)resource;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGraphicsResourceGetMappedPointer_v2);
}

FAKE__STUB CUresult cuGraphicsResourceSetMapFlags(CUgraphicsResource resource, unsigned int flags)
{
    return cuGraphicsResourceSetMapFlags_v2(resource, flags);
}

FAKE__STUB CUresult cuGraphicsResourceSetMapFlags_v2(CUgraphicsResource resource, unsigned int flags)
{
    (void)resource;
    (void)flags;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGraphicsResourceSetMapFlags_v2);
}

FAKE__STUB CUresult cuGraphicsSubResourceGetMappedArray(CUarray *pArray, CUgraphicsResource resource, unsigned int arrayIndex, unsigned int mipLevel)
{
    (void)pArray;
    (void)resource;
    (void)arrayIndex;
    (void)mipLevel;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGraphicsSubResourceGetMappedArray);
}

FAKE__STUB CUresult cuGraphicsUnmapResources(unsigned int count, CUgraphicsResource *resources, CUstream hStream)
{
    (void)count;
    (void)resources;
    (void)hStream;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGraphicsUnmapResources);
}

FAKE__STUB CUresult cuGraphicsUnmapResources_ptsz(unsigned int count, CUgraphicsResource *resources, CUstream hStream)
{
    return cuGraphicsUnmapResources(count, resources, hStream);
}

FAKE__STUB CUresult cuGraphicsUnregisterResource(CUgraphicsResource resource)
{
    (void)resource;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGraphicsUnregisterResource);
}

FAKE__STUB CUresult cuGraphicsVDPAURegisterOutputSurface(CUgraphicsResource *pCudaResource, VdpOutputSurface vdpSurface, unsigned int flags)
{
    (void)pCudaResource;
    (void)vdpSurface;
    (void)flags;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGraphicsVDPAURegisterOutputSurface);
}

FAKE__STUB CUresult cuGraphicsVDPAURegisterVideoSurface(CUgraphicsResource *pCudaResource, VdpVideoSurface vdpSurface, unsigned int flags)
{
    (void)pCudaResource;
    (void)vdpSurface;
    (void)flags;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGraphicsVDPAURegisterVideoSurface);
}

FAKE__STUB CUresult cuGreenCtxCreate(CUgreenCtx *phCtx, CUdevResourceDesc desc, CUdevice dev, unsigned int flags)
{
    (void)phCtx;
    (void)desc;
    (void)dev;
    (void)flags;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGreenCtxCreate);
}

FAKE__STUB CUresult cuGreenCtxDestroy(CUgreenCtx hCtx)
{
    (void)hCtx;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGreenCtxDestroy);
}

FAKE__STUB CUresult cuGreenCtxGetDevResource(CUgreenCtx hCtx, CUdevResource *resource, CUdevResourceType type)
{
    (void)hCtx;
    (void)resource;
    (void)type;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGreenCtxGetDevResource);
}

FAKE__STUB CUresult cuGreenCtxGetId(CUgreenCtx greenCtx, unsigned long long *greenCtxId)
{
    (void)greenCtx;
    (void)greenCtxId;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGreenCtxGetId);
}

FAKE__STUB CUresult cuGreenCtxRecordEvent(CUgreenCtx hCtx, CUevent hEvent)
{
    (void)hCtx;
    (void)hEvent;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGreenCtxRecordEvent);
}

FAKE__STUB CUresult cuGreenCtxStreamCreate(CUstream *phStream, CUgreenCtx greenCtx, unsigned int flags, int priority)
{
    (void)phStream;
    (void)greenCtx;
    (void)flags;
    (void)priority;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGreenCtxStreamCreate);
}

FAKE__STUB CUresult cuGreenCtxWaitEvent(CUgreenCtx hCtx, CUevent hEvent)
{
    (void)hCtx;
    (void)hEvent;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuGreenCtxWaitEvent);
}

FAKE__STUB CUresult cuImportExternalMemory(CUexternalMemory *extMem_out, const CUDA_EXTERNAL_MEMORY_HANDLE_DESC *memHandleDesc)
{
    (void)extMem_out;
    (void)memHandleDesc;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuImportExternalMemory);
}

FAKE__STUB CUresult cuImportExternalSemaphore(CUexternalSemaphore *extSem_out, const CUDA_EXTERNAL_SEMAPHORE_HANDLE_DESC *semHandleDesc)
{
    (void)extSem_out;
    (void)semHandleDesc;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuImportExternalSemaphore);
}

FAKE__STUB CUresult cuInit(unsigned int Flags)
{
    (void)Flags;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuInit);
}

FAKE__STUB CUresult cuIpcCloseMemHandle(CUdeviceptr dptr)
{
    (void)dptr;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuIpcCloseMemHandle);
}

FAKE__STUB CUresult cuIpcGetEventHandle(CUipcEventHandle *pHandle, CUevent event)
{
    (void)pHandle;
    (void)event;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuIpcGetEventHandle);
}

FAKE__STUB CUresult cuIpcGetMemHandle(CUipcMemHandle *pHandle, CUdeviceptr dptr)
{
    (void)pHandle;
    (void)dptr;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuIpcGetMemHandle);
}

FAKE__STUB CUresult cuIpcOpenEventHandle(CUevent *phEvent, CUipcEventHandle handle)
{
    (void)phEvent;
    (void)handle;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuIpcOpenEventHandle);
}

FAKE__STUB CUresult cuIpcOpenMemHandle(CUdeviceptr *pdptr, CUipcMemHandle handle, unsigned int Flags)
{
    return cuIpcOpenMemHandle_v2(pdptr, handle, Flags);
}

FAKE__STUB CUresult cuIpcOpenMemHandle_v2(CUdeviceptr *pdptr, CUipcMemHandle handle, unsigned int Flags)
{
    (void)pdptr;
    (void)handle;
    (void)Flags;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuIpcOpenMemHandle_v2);
}

FAKE__STUB CUresult cuKernelGetAttribute(int *pi, CUfunction_attribute attrib, CUkernel kernel, CUdevice dev)
{
    (void)pi;
    (void)attrib;
    (void)kernel;
    (void)dev;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuKernelGetAttribute);
}

FAKE__STUB CUresult cuKernelGetFunction(CUfunction *pFunc, CUkernel kernel)
{
    (void)pFunc;
    (void)kernel;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuKernelGetFunction);
}

FAKE__STUB CUresult cuKernelGetLibrary(CUlibrary *pLib, CUkernel kernel)
{
    (void)pLib;
    (void)kernel;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuKernelGetLibrary);
}

FAKE__STUB CUresult cuKernelGetName(const char **name, CUkernel hfunc)
{
    (void)name;
    (void)hfunc;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuKernelGetName);
}

FAKE__STUB CUresult cuKernelGetParamInfo(CUkernel kernel, size_t paramIndex, size_t *paramOffset, size_t *paramSize)
{
    (void)kernel;
    (void)paramIndex;
    (void)paramOffset;
    (void)paramSize;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuKernelGetParamInfo);
}

FAKE__STUB CUresult cuKernelSetAttribute(CUfunction_attribute attrib, int val, CUkernel kernel, CUdevice dev)
{
    (void)attrib;
    (void)val;
    (void)kernel;
    (void)dev;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuKernelSetAttribute);
}

FAKE__STUB CUresult cuKernelSetCacheConfig(CUkernel kernel, CUfunc_cache config, CUdevice dev)
{
    (void)kernel;
    (void)config;
    (void)dev;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuKernelSetCacheConfig);
}

FAKE__STUB CUresult cuLaunch(CUfunction f)
{
    (void)f;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuLaunch);
}

FAKE__STUB CUresult cuLaunchCooperativeKernel(CUfunction f, unsigned int gridDimX, unsigned int gridDimY, unsigned int gridDimZ, unsigned int blockDimX, unsigned int blockDimY, unsigned int blockDimZ, unsigned int sharedMemBytes, CUstream hStream, void **kernelParams)
{
    (void)f;
    (void)gridDimX;
    (void)gridDimY;
    (void)gridDimZ;
    (void)blockDimX;
    (void)blockDimY;
    (void)blockDimZ;
    (void)sharedMemBytes;
    (void)hStream;
    (void)kernelParams;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuLaunchCooperativeKernel);
}

FAKE__STUB CUresult cuLaunchCooperativeKernel_ptsz(CUfunction f, unsigned int gridDimX, unsigned int gridDimY, unsigned int gridDimZ, unsigned int blockDimX, unsigned int blockDimY, unsigned int blockDimZ, unsigned int sharedMemBytes, CUstream hStream, void **kernelParams)
{
    return cuLaunchCooperativeKernel(f, gridDimX, gridDimY, gridDimZ, blockDimX, blockDimY, blockDimZ, sharedMemBytes, hStream, kernelParams);
}

FAKE__STUB CUresult cuLaunchCooperativeKernelMultiDevice(CUDA_LAUNCH_PARAMS *launchParamsList, unsigned int numDevices, unsigned int flags)
{
    (void)launchParamsList;
    (void)numDevices;
    (void)flags;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuLaunchCooperativeKernelMultiDevice);
}

FAKE__STUB CUresult cuLaunchGrid(CUfunction f, int grid_width, int grid_height)
{
    (void)f;
    (void)grid_width;
    (void)grid_height;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuLaunchGrid);
}

FAKE__STUB CUresult cuLaunchGridAsync(CUfunction f, int grid_width, int grid_height, CUstream hStream)
{
    (void)f;
    (void)grid_width;
    (void)grid_height;
    (void)hStream;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuLaunchGridAsync);
}

FAKE__STUB CUresult cuLaunchHostFunc(CUstream hStream, CUhostFn fn, void *userData)
{
    (void)hStream;
    (void)fn;
    (void)userData;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuLaunchHostFunc);
}

FAKE__STUB CUresult cuLaunchHostFunc_ptsz(CUstream hStream, CUhostFn fn, void *userData)
{
    return cuLaunchHostFunc(hStream, fn, userData);
}

FAKE__STUB CUresult cuLaunchKernel(CUfunction f, unsigned int gridDimX, unsigned int gridDimY, unsigned int gridDimZ, unsigned int blockDimX, unsigned int blockDimY, unsigned int blockDimZ, unsigned int sharedMemBytes, CUstream hStream, void **kernelParams, void **extra)
{
    (void)f;
    (void)gridDimX;
    (void)gridDimY;
    (void)gridDimZ;
    (void)blockDimX;
    (void)blockDimY;
    (void)blockDimZ;
    (void)sharedMemBytes;
    (void)hStream;
    (void)kernelParams;
    (void)extra;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuLaunchKernel);
}

FAKE__STUB CUresult cuLaunchKernel_ptsz(CUfunction f, unsigned int gridDimX, unsigned int gridDimY, unsigned int gridDimZ, unsigned int blockDimX, unsigned int blockDimY, unsigned int blockDimZ, unsigned int sharedMemBytes, CUstream hStream, void **kernelParams, void **extra)
{
    return cuLaunchKernel(f, gridDimX, gridDimY, gridDimZ, blockDimX, blockDimY, blockDimZ, sharedMemBytes, hStream, kernelParams, extra);
}

FAKE__STUB CUresult cuLaunchKernelEx(const CUlaunchConfig *config, CUfunction f, void **kernelParams, void **extra)
{
    (void)config;
    (void)f;
    (void)kernelParams;
    (void)extra;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuLaunchKernelEx);
}

FAKE__STUB CUresult cuLaunchKernelEx_ptsz(const CUlaunchConfig *config, CUfunction f, void **kernelParams, void **extra)
{
    return cuLaunchKernelEx(config, f, kernelParams, extra);
}

FAKE__STUB CUresult cuLibraryEnumerateKernels(CUkernel *kernels, unsigned int numKernels, CUlibrary lib)
{
    (void)kernels;
    (void)numKernels;
    (void)lib;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuLibraryEnumerateKernels);
}

FAKE__STUB CUresult cuLibraryGetGlobal(CUdeviceptr *dptr, size_t *bytes, CUlibrary library, const char *name)
{
    (void)dptr;
    (void)bytes;
    (void)library;
    (void)name;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuLibraryGetGlobal);
}

FAKE__STUB CUresult cuLibraryGetKernel(CUkernel *pKernel, CUlibrary library, const char *name)
{
    (void)pKernel;
    (void)library;
    (void)name;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuLibraryGetKernel);
}

FAKE__STUB CUresult cuLibraryGetKernelCount(unsigned int *count, CUlibrary lib)
{
    (void)count;
    (void)lib;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuLibraryGetKernelCount);
}

FAKE__STUB CUresult cuLibraryGetManaged(CUdeviceptr *dptr, size_t *bytes, CUlibrary library, const char *name)
{
    (void)dptr;
    (void)bytes;
    (void)library;
    (void)name;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuLibraryGetManaged);
}

FAKE__STUB CUresult cuLibraryGetModule(CUmodule *pMod, CUlibrary library)
{
    (void)pMod;
    (void)library;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuLibraryGetModule);
}

FAKE__STUB CUresult cuLibraryGetUnifiedFunction(void **fptr, CUlibrary library, const char *symbol)
{
    (void)fptr;
    (void)library;
    (void)symbol;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuLibraryGetUnifiedFunction);
}

FAKE__STUB CUresult cuLibraryLoadData(CUlibrary *library, const void *code, CUjit_option *jitOptions, void **jitOptionsValues, unsigned int numJitOptions, CUlibraryOption *libraryOptions, void **libraryOptionValues, unsigned int numLibraryOptions)
{
    (void)library;
    (void)code;
    (void)jitOptions;
    (void)jitOptionsValues;
    (void)numJitOptions;
    (void)libraryOptions;
    (void)libraryOptionValues;
    (void)numLibraryOptions;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuLibraryLoadData);
}

FAKE__STUB CUresult cuLibraryLoadFromFile(CUlibrary *library, const char *fileName, CUjit_option *jitOptions, void **jitOptionsValues, unsigned int numJitOptions, CUlibraryOption *libraryOptions, void **libraryOptionValues, unsigned int numLibraryOptions)
{
    (void)library;
    (void)fileName;
    (void)jitOptions;
    (void)jitOptionsValues;
    (void)numJitOptions;
    (void)libraryOptions;
    (void)libraryOptionValues;
    (void)numLibraryOptions;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuLibraryLoadFromFile);
}

FAKE__STUB CUresult cuLibraryUnload(CUlibrary library)
{
    (void)library;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuLibraryUnload);
}

FAKE__STUB CUresult cuLinkAddData(CUlinkState state, CUjitInputType type, void *data, size_t size, const char *name, unsigned int numOptions, CUjit_option *options, void **optionValues)
{
    return cuLinkAddData_v2(state, type, data, size, name, numOptions, options, optionValues);
}

FAKE__STUB CUresult cuLinkAddData_v2(CUlinkState state, CUjitInputType type, void *data, size_t size, const char *name, unsigned int numOptions, CUjit_option *options, void **optionValues)
{
    (void)state;
    (void)type;
    (void)data;
    (void)size;
    (void)name;
    (void)numOptions;
    (void)options;
    (void)optionValues;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuLinkAddData_v2);
}

FAKE__STUB CUresult cuLinkAddFile(CUlinkState state, CUjitInputType type, const char *path, unsigned int numOptions, CUjit_option *options, void **optionValues)
{
    return cuLinkAddFile_v2(state, type, path, numOptions, options, optionValues);
}

FAKE__STUB CUresult cuLinkAddFile_v2(CUlinkState state, CUjitInputType type, const char *path, unsigned int numOptions, CUjit_option *options, void **optionValues)
{
    (void)state;
    (void)type;
    (void)path;
    (void)numOptions;
    (void)options;
    (void)optionValues;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuLinkAddFile_v2);
}

FAKE__STUB CUresult cuLinkComplete(CUlinkState state, void **cubinOut, size_t *sizeOut)
{
    (void)state;
    (void)cubinOut;
    (void)sizeOut;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuLinkComplete);
}

FAKE__STUB CUresult cuLinkCreate(unsigned int numOptions, CUjit_option *options, void **optionValues, CUlinkState *stateOut)
{
    return cuLinkCreate_v2(numOptions, options, optionValues, stateOut);
}

FAKE__STUB CUresult cuLinkCreate_v2(unsigned int numOptions, CUjit_option *options, void **optionValues, CUlinkState *stateOut)
{
    (void)numOptions;
    (void)options;
    (void)optionValues;
    (void)stateOut;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuLinkCreate_v2);
}

FAKE__STUB CUresult cuLinkDestroy(CUlinkState state)
{
    (void)state;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuLinkDestroy);
}

FAKE__STUB CUresult cuLogsCurrent(CUlogIterator *iterator_out, unsigned int flags)
{
    (void)iterator_out;
    (void)flags;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuLogsCurrent);
}

FAKE__STUB CUresult cuLogsDumpToFile(CUlogIterator *iterator, const char *pathToFile, unsigned int flags)
{
    (void)iterator;
    (void)pathToFile;
    (void)flags;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuLogsDumpToFile);
}

FAKE__STUB CUresult cuLogsDumpToMemory(CUlogIterator *iterator, char *buffer, size_t *size, unsigned int flags)
{
    (void)iterator;
    (void)buffer;
    (void)size;
    (void)flags;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuLogsDumpToMemory);
}

FAKE__STUB CUresult cuLogsRegisterCallback(CUlogsCallback callbackFunc, void *userData, CUlogsCallbackHandle *callback_out)
{
    (void)callbackFunc;
    (void)userData;
    (void)callback_out;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuLogsRegisterCallback);
}

FAKE__STUB CUresult cuLogsUnregisterCallback(CUlogsCallbackHandle callback)
{
    (void)callback;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuLogsUnregisterCallback);
}

FAKE__STUB CUresult cuMemAddressFree(CUdeviceptr ptr, size_t size)
{
    (void)ptr;
    (void)size;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemAddressFree);
}

FAKE__STUB CUresult cuMemAddressReserve(CUdeviceptr *ptr, size_t size, size_t alignment, CUdeviceptr addr, unsigned long long flags)
{
    (void)ptr;
    (void)size;
    (void)alignment;
    (void)addr;
    (void)flags;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemAddressReserve);
}

FAKE__STUB CUresult cuMemAdvise(CUdeviceptr devPtr, size_t count, CUmem_advise advice, CUdevice device)
{
    (void)devPtr;
    (void)count;
    (void)advice;
    (void)device;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemAdvise);
}

FAKE__STUB CUresult cuMemAdvise_v2(CUdeviceptr devPtr, size_t count, CUmem_advise advice, CUmemLocation location)
{
    (void)devPtr;
    (void)count;
    (void)advice;
    (void)location;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemAdvise_v2);
}

FAKE__STUB CUresult cuMemAlloc(CUdeviceptr_v1 *dptr, unsigned int bytesize)
{
    (void)dptr;
    (void)bytesize;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemAlloc);
}

FAKE__STUB CUresult cuMemAlloc_v2(CUdeviceptr *dptr, size_t bytesize)
{
    (void)dptr;
    (void)bytesize;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemAlloc_v2);
}

FAKE__STUB CUresult cuMemAllocAsync(CUdeviceptr *dptr, size_t bytesize, CUstream hStream)
{
    (void)dptr;
    (void)bytesize;
    (void)hStream;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemAllocAsync);
}

FAKE__STUB CUresult cuMemAllocAsync_ptsz(CUdeviceptr *dptr, size_t bytesize, CUstream hStream)
{
    return cuMemAllocAsync(dptr, bytesize, hStream);
}

FAKE__STUB CUresult cuMemAllocFromPoolAsync(CUdeviceptr *dptr, size_t bytesize, CUmemoryPool pool, CUstream hStream)
{
    (void)dptr;
    (void)bytesize;
    (void)pool;
    (void)hStream;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemAllocFromPoolAsync);
}

FAKE__STUB CUresult cuMemAllocFromPoolAsync_ptsz(CUdeviceptr *dptr, size_t bytesize, CUmemoryPool pool, CUstream hStream)
{
    return cuMemAllocFromPoolAsync(dptr, bytesize, pool, hStream);
}

FAKE__STUB CUresult cuMemAllocHost(void **pp, unsigned int bytesize)
{
    (void)pp;
    (void)bytesize;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemAllocHost);
}

FAKE__STUB CUresult cuMemAllocHost_v2(void **pp, size_t bytesize)
{
    (void)pp;
    (void)bytesize;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemAllocHost_v2);
}

FAKE__STUB CUresult cuMemAllocManaged(CUdeviceptr *dptr, size_t bytesize, unsigned int flags)
{
    (void)dptr;
    (void)bytesize;
    (void)flags;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemAllocManaged);
}

FAKE__STUB CUresult cuMemAllocPitch(CUdeviceptr_v1 *dptr, unsigned int *pPitch, unsigned int WidthInBytes, unsigned int Height, unsigned int ElementSizeBytes)
{
    (void)dptr;
    (void)pPitch;
    (void)WidthInBytes;
    (void)Height;
    (void)ElementSizeBytes;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemAllocPitch);
}

FAKE__STUB CUresult cuMemAllocPitch_v2(CUdeviceptr *dptr, size_t *pPitch, size_t WidthInBytes, size_t Height, unsigned int ElementSizeBytes)
{
    (void)dptr;
    (void)pPitch;
    (void)WidthInBytes;
    (void)Height;
    (void)ElementSizeBytes;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemAllocPitch_v2);
}

FAKE__STUB CUresult cuMemBatchDecompressAsync(CUmemDecompressParams *paramsArray, size_t count, unsigned int flags, size_t *errorIndex, CUstream stream)
{
    (void)paramsArray;
    (void)count;
    (void)flags;
    (void)errorIndex;
    (void)stream;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemBatchDecompressAsync);
}

FAKE__STUB CUresult cuMemBatchDecompressAsync_ptsz(CUmemDecompressParams *paramsArray, size_t count, unsigned int flags, size_t *errorIndex, CUstream stream)
{
    return cuMemBatchDecompressAsync(paramsArray, count, flags, errorIndex, stream);
}

FAKE__STUB CUresult cuMemCreate(CUmemGenericAllocationHandle *handle, size_t size, const CUmemAllocationProp *prop, unsigned long long flags)
{
    (void)handle;
    (void)size;
    (void)prop;
    (void)flags;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemCreate);
}

FAKE__STUB CUresult cuMemDiscardAndPrefetchBatchAsync(CUdeviceptr *dptrs, size_t *sizes, size_t count, CUmemLocation *prefetchLocs, size_t *prefetchLocIdxs, size_t numPrefetchLocs, unsigned long long flags, CUstream hStream)
{
    (void)dptrs;
    (void)sizes;
    (void)count;
    (void)prefetchLocs;
    (void)prefetchLocIdxs;
    (void)numPrefetchLocs;
    (void)flags;
    (void)hStream;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemDiscardAndPrefetchBatchAsync);
}

FAKE__STUB CUresult cuMemDiscardAndPrefetchBatchAsync_ptsz(CUdeviceptr *dptrs, size_t *sizes, size_t count, CUmemLocation *prefetchLocs, size_t *prefetchLocIdxs, size_t numPrefetchLocs, unsigned long long flags, CUstream hStream)
{
    return cuMemDiscardAndPrefetchBatchAsync(dptrs, sizes, count, prefetchLocs, prefetchLocIdxs, numPrefetchLocs, flags, hStream);
}

FAKE__STUB CUresult cuMemDiscardBatchAsync(CUdeviceptr *dptrs, size_t *sizes, size_t count, unsigned long long flags, CUstream hStream)
{
    (void)dptrs;
    (void)sizes;
    (void)count;
    (void)flags;
    (void)hStream;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemDiscardBatchAsync);
}

FAKE__STUB CUresult cuMemDiscardBatchAsync_ptsz(CUdeviceptr *dptrs, size_t *sizes, size_t count, unsigned long long flags, CUstream hStream)
{
    return cuMemDiscardBatchAsync(dptrs, sizes, count, flags, hStream);
}

FAKE__STUB CUresult cuMemExportToShareableHandle(void *shareableHandle, CUmemGenericAllocationHandle handle, CUmemAllocationHandleType handleType, unsigned long long flags)
{
    (void)shareableHandle;
    (void)handle;
    (void)handleType;
    (void)flags;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemExportToShareableHandle);
}

FAKE__STUB CUresult cuMemFree(CUdeviceptr_v1 dptr)
{
    (void)dptr;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemFree);
}

FAKE__STUB CUresult cuMemFree_v2(CUdeviceptr dptr)
{
    (void)dptr;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemFree_v2);
}

FAKE__STUB CUresult cuMemFreeAsync(CUdeviceptr dptr, CUstream hStream)
{
    (void)dptr;
    (void)hStream;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemFreeAsync);
}

FAKE__STUB CUresult cuMemFreeAsync_ptsz(CUdeviceptr dptr, CUstream hStream)
{
    return cuMemFreeAsync(dptr, hStream);
}

FAKE__STUB CUresult cuMemFreeHost(void *p)
{
    (void)p;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemFreeHost);
}

FAKE__STUB CUresult cuMemGetAccess(unsigned long long *flags, const CUmemLocation *location, CUdeviceptr ptr)
{
    (void)flags;
    (void)location;
    (void)ptr;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemGetAccess);
}

FAKE__STUB CUresult cuMemGetAddressRange(CUdeviceptr_v1 *pbase, unsigned int *psize, CUdeviceptr_v1 dptr)
{
    (void)pbase;
    (void)psize;
    (void)dptr;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemGetAddressRange);
}

FAKE__STUB CUresult cuMemGetAddressRange_v2(CUdeviceptr *pbase, size_t *psize, CUdeviceptr dptr)
{
    (void)pbase;
    (void)psize;
    (void)dptr;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemGetAddressRange_v2);
}

FAKE__STUB CUresult cuMemGetAllocationGranularity(size_t *granularity, const CUmemAllocationProp *prop, CUmemAllocationGranularity_flags option)
{
    (void)granularity;
    (void)prop;
    (void)option;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemGetAllocationGranularity);
}

FAKE__STUB CUresult cuMemGetAllocationPropertiesFromHandle(CUmemAllocationProp *prop, CUmemGenericAllocationHandle handle)
{
    (void)prop;
    (void)handle;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemGetAllocationPropertiesFromHandle);
}

FAKE__STUB CUresult cuMemGetDefaultMemPool(CUmemoryPool *pool_out, CUmemLocation *location, CUmemAllocationType type)
{
    (void)pool_out;
    (void)location;
    (void)type;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemGetDefaultMemPool);
}

FAKE__STUB CUresult cuMemGetHandleForAddressRange(void *handle, CUdeviceptr dptr, size_t size, CUmemRangeHandleType handleType, unsigned long long flags)
{
    (void)handle;
    (void)dptr;
    (void)size;
    (void)handleType;
    (void)flags;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemGetHandleForAddressRange);
}

FAKE__STUB CUresult cuMemGetInfo(unsigned int *free, unsigned int *total)
{
    (void)free;
    (void)total;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemGetInfo);
}

FAKE__STUB CUresult cuMemGetInfo_v2(size_t *free, size_t *total)
{
    (void)free;
    (void)total;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemGetInfo_v2);
}

FAKE__STUB CUresult cuMemGetMemPool(CUmemoryPool *pool, CUmemLocation *location, CUmemAllocationType type)
{
    (void)pool;
    (void)location;
    (void)type;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemGetMemPool);
}

FAKE__STUB CUresult cuMemHostAlloc(void **pp, size_t bytesize, unsigned int Flags)
{
    (void)pp;
    (void)bytesize;
    (void)Flags;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemHostAlloc);
}

FAKE__STUB CUresult cuMemHostGetDevicePointer(CUdeviceptr_v1 *pdptr, void *p, unsigned int Flags)
{
    (void)pdptr;
    (void)p;
    (void)Flags;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemHostGetDevicePointer);
}

FAKE__STUB CUresult cuMemHostGetDevicePointer_v2(CUdeviceptr *pdptr, void *p, unsigned int Flags)
{
    (void)pdptr;
    (void)p;
    (void)Flags;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemHostGetDevicePointer_v2);
}

FAKE__STUB CUresult cuMemHostGetFlags(unsigned int *pFlags, void *p)
{
    (void)pFlags;
    (void)p;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemHostGetFlags);
}

FAKE__STUB CUresult cuMemHostRegister(void *p, size_t bytesize, unsigned int Flags)
{
    return cuMemHostRegister_v2(p, bytesize, Flags);
}

FAKE__STUB CUresult cuMemHostRegister_v2(void *p, size_t bytesize, unsigned int Flags)
{
    (void)p;
    (void)bytesize;
    (void)Flags;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemHostRegister_v2);
}

FAKE__STUB CUresult cuMemHostUnregister(void *p)
{
    (void)p;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemHostUnregister);
}

FAKE__STUB CUresult cuMemImportFromShareableHandle(CUmemGenericAllocationHandle *handle, void *osHandle, CUmemAllocationHandleType shHandleType)
{
    (void)handle;
    (void)osHandle;
    (void)shHandleType;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemImportFromShareableHandle);
}

FAKE__STUB CUresult cuMemMap(CUdeviceptr ptr, size_t size, size_t offset, CUmemGenericAllocationHandle handle, unsigned long long flags)
{
    (void)ptr;
    (void)size;
    (void)offset;
    (void)handle;
    (void)flags;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemMap);
}

FAKE__STUB CUresult cuMemMapArrayAsync(CUarrayMapInfo *mapInfoList, unsigned int count, CUstream hStream)
{
    (void)mapInfoList;
    (void)count;
    (void)hStream;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemMapArrayAsync);
}

FAKE__STUB CUresult cuMemMapArrayAsync_ptsz(CUarrayMapInfo *mapInfoList, unsigned int count, CUstream hStream)
{
    return cuMemMapArrayAsync(mapInfoList, count, hStream);
}

FAKE__STUB CUresult cuMemPoolCreate(CUmemoryPool *pool, const CUmemPoolProps *poolProps)
{
    (void)pool;
    (void)poolProps;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemPoolCreate);
}

FAKE__STUB CUresult cuMemPoolDestroy(CUmemoryPool pool)
{
    (void)pool;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemPoolDestroy);
}

FAKE__STUB CUresult cuMemPoolExportPointer(CUmemPoolPtrExportData *shareData_out, CUdeviceptr ptr)
{
    (void)shareData_out;
    (void)ptr;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemPoolExportPointer);
}

FAKE__STUB CUresult cuMemPoolExportToShareableHandle(void *handle_out, CUmemoryPool pool, CUmemAllocationHandleType handleType, unsigned long long flags)
{
    (void)handle_out;
    (void)pool;
    (void)handleType;
    (void)flags;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemPoolExportToShareableHandle);
}

FAKE__STUB CUresult cuMemPoolGetAccess(CUmemAccess_flags *flags, CUmemoryPool memPool, CUmemLocation *location)
{
    (void)flags;
    (void)memPool;
    (void)location;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemPoolGetAccess);
}

FAKE__STUB CUresult cuMemPoolGetAttribute(CUmemoryPool pool, CUmemPool_attribute attr, void *value)
{
    (void)pool;
    (void)attr;
    (void)value;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemPoolGetAttribute);
}

FAKE__STUB CUresult cuMemPoolImportFromShareableHandle(CUmemoryPool *pool_out, void *handle, CUmemAllocationHandleType handleType, unsigned long long flags)
{
    (void)pool_out;
    (void)handle;
    (void)handleType;
    (void)flags;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemPoolImportFromShareableHandle);
}

FAKE__STUB CUresult cuMemPoolImportPointer(CUdeviceptr *ptr_out, CUmemoryPool pool, CUmemPoolPtrExportData *shareData)
{
    (void)ptr_out;
    (void)pool;
    (void)shareData;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemPoolImportPointer);
}

FAKE__STUB CUresult cuMemPoolSetAccess(CUmemoryPool pool, const CUmemAccessDesc *map, size_t count)
{
    (void)pool;
    (void)map;
    (void)count;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemPoolSetAccess);
}

FAKE__STUB CUresult cuMemPoolSetAttribute(CUmemoryPool pool, CUmemPool_attribute attr, void *value)
{
    (void)pool;
    (void)attr;
    (void)value;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemPoolSetAttribute);
}

FAKE__STUB CUresult cuMemPoolTrimTo(CUmemoryPool pool, size_t minBytesToKeep)
{
    (void)pool;
    (void)minBytesToKeep;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemPoolTrimTo);
}

FAKE__STUB CUresult cuMemPrefetchAsync(CUdeviceptr devPtr, size_t count, CUdevice dstDevice, CUstream hStream)
{
    (void)devPtr;
    (void)count;
    (void)dstDevice;
    (void)hStream;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemPrefetchAsync);
}

FAKE__STUB CUresult cuMemPrefetchAsync_ptsz(CUdeviceptr devPtr, size_t count, CUdevice dstDevice, CUstream hStream)
{
    return cuMemPrefetchAsync(devPtr, count, dstDevice, hStream);
}

FAKE__STUB CUresult cuMemPrefetchAsync_v2(CUdeviceptr devPtr, size_t count, CUmemLocation location, unsigned int flags, CUstream hStream)
{
    (void)devPtr;
    (void)count;
    (void)location;
    (void)flags;
    (void)hStream;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemPrefetchAsync_v2);
}

FAKE__STUB CUresult cuMemPrefetchAsync_v2_ptsz(CUdeviceptr devPtr, size_t count, CUmemLocation location, unsigned int flags, CUstream hStream)
{
    return cuMemPrefetchAsync_v2(devPtr, count, location, flags, hStream);
}

FAKE__STUB CUresult cuMemPrefetchBatchAsync(CUdeviceptr *dptrs, size_t *sizes, size_t count, CUmemLocation *prefetchLocs, size_t *prefetchLocIdxs, size_t numPrefetchLocs, unsigned long long flags, CUstream hStream)
{
    (void)dptrs;
    (void)sizes;
    (void)count;
    (void)prefetchLocs;
    (void)prefetchLocIdxs;
    (void)numPrefetchLocs;
    (void)flags;
    (void)hStream;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemPrefetchBatchAsync);
}

FAKE__STUB CUresult cuMemPrefetchBatchAsync_ptsz(CUdeviceptr *dptrs, size_t *sizes, size_t count, CUmemLocation *prefetchLocs, size_t *prefetchLocIdxs, size_t numPrefetchLocs, unsigned long long flags, CUstream hStream)
{
    return cuMemPrefetchBatchAsync(dptrs, sizes, count, prefetchLocs, prefetchLocIdxs, numPrefetchLocs, flags, hStream);
}

FAKE__STUB CUresult cuMemRangeGetAttribute(void *data, size_t dataSize, CUmem_range_attribute attribute, CUdeviceptr devPtr, size_t count)
{
    (void)data;
    (void)dataSize;
    (void)attribute;
    (void)devPtr;
    (void)count;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemRangeGetAttribute);
}

FAKE__STUB CUresult cuMemRangeGetAttributes(void **data, size_t *dataSizes, CUmem_range_attribute *attributes, size_t numAttributes, CUdeviceptr devPtr, size_t count)
{
    (void)data;
    (void)dataSizes;
    (void)attributes;
    (void)numAttributes;
    (void)devPtr;
    (void)count;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemRangeGetAttributes);
}

FAKE__STUB CUresult cuMemRelease(CUmemGenericAllocationHandle handle)
{
    (void)handle;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemRelease);
}

FAKE__STUB CUresult cuMemRetainAllocationHandle(CUmemGenericAllocationHandle *handle, void *addr)
{
    (void)handle;
    (void)addr;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemRetainAllocationHandle);
}

FAKE__STUB CUresult cuMemSetAccess(CUdeviceptr ptr, size_t size, const CUmemAccessDesc *desc, size_t count)
{
    (void)ptr;
    (void)size;
    (void)desc;
    (void)count;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemSetAccess);
}

FAKE__STUB CUresult cuMemSetMemPool(CUmemLocation *location, CUmemAllocationType type, CUmemoryPool pool)
{
    (void)location;
    (void)type;
    (void)pool;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemSetMemPool);
}

FAKE__STUB CUresult cuMemUnmap(CUdeviceptr ptr, size_t size)
{
    (void)ptr;
    (void)size;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemUnmap);
}

FAKE__STUB CUresult cuMemcpy(CUdeviceptr dst, CUdeviceptr src, size_t ByteCount)
{
    (void)dst;
    (void)src;
    (void)ByteCount;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemcpy);
}

FAKE__STUB CUresult cuMemcpy_ptds(CUdeviceptr dst, CUdeviceptr src, size_t ByteCount)
{
    return cuMemcpy(dst, src, ByteCount);
}

FAKE__STUB CUresult cuMemcpy2D(const CUDA_MEMCPY2D_v1 *pCopy)
{
    (void)pCopy;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemcpy2D);
}

FAKE__STUB CUresult cuMemcpy2D_v2(const CUDA_MEMCPY2D *pCopy)
{
    (void)pCopy;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemcpy2D_v2);
}

FAKE__STUB CUresult cuMemcpy2D_v2_ptds(const CUDA_MEMCPY2D *pCopy)
{
    return cuMemcpy2D_v2(pCopy);
}

FAKE__STUB CUresult cuMemcpy2DAsync(const CUDA_MEMCPY2D_v1 *pCopy, CUstream hStream)
{
    (void)pCopy;
    (void)hStream;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemcpy2DAsync);
}

FAKE__STUB CUresult cuMemcpy2DAsync_v2(const CUDA_MEMCPY2D *pCopy, CUstream hStream)
{
    (void)pCopy;
    (void)hStream;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemcpy2DAsync_v2);
}

FAKE__STUB CUresult cuMemcpy2DAsync_v2_ptsz(const CUDA_MEMCPY2D *pCopy, CUstream hStream)
{
    return cuMemcpy2DAsync_v2(pCopy, hStream);
}

FAKE__STUB CUresult cuMemcpy2DUnaligned(const CUDA_MEMCPY2D_v1 *pCopy)
{
    (void)pCopy;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemcpy2DUnaligned);
}

FAKE__STUB CUresult cuMemcpy2DUnaligned_v2(const CUDA_MEMCPY2D *pCopy)
{
    (void)pCopy;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemcpy2DUnaligned_v2);
}

FAKE__STUB CUresult cuMemcpy2DUnaligned_v2_ptds(const CUDA_MEMCPY2D *pCopy)
{
    return cuMemcpy2DUnaligned_v2(pCopy);
}

FAKE__STUB CUresult cuMemcpy3D(const CUDA_MEMCPY3D_v1 *pCopy)
{
    (void)pCopy;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemcpy3D);
}

FAKE__STUB CUresult cuMemcpy3D_v2(const CUDA_MEMCPY3D *pCopy)
{
    (void)pCopy;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemcpy3D_v2);
}

FAKE__STUB CUresult cuMemcpy3D_v2_ptds(const CUDA_MEMCPY3D *pCopy)
{
    return cuMemcpy3D_v2(pCopy);
}

FAKE__STUB CUresult cuMemcpy3DAsync(const CUDA_MEMCPY3D_v1 *pCopy, CUstream hStream)
{
    (void)pCopy;
    (void)hStream;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemcpy3DAsync);
}

FAKE__STUB CUresult cuMemcpy3DAsync_v2(const CUDA_MEMCPY3D *pCopy, CUstream hStream)
{
    (void)pCopy;
    (void)hStream;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemcpy3DAsync_v2);
}

FAKE__STUB CUresult cuMemcpy3DAsync_v2_ptsz(const CUDA_MEMCPY3D *pCopy, CUstream hStream)
{
    return cuMemcpy3DAsync_v2(pCopy, hStream);
}

FAKE__STUB CUresult cuMemcpy3DBatchAsync(size_t numOps, CUDA_MEMCPY3D_BATCH_OP *opList, size_t *failIdx, unsigned long long flags, CUstream hStream)
{
    (void)numOps;
    (void)opList;
    (void)failIdx;
    (void)flags;
    (void)hStream;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemcpy3DBatchAsync);
}

FAKE__STUB CUresult cuMemcpy3DBatchAsync_ptsz(size_t numOps, CUDA_MEMCPY3D_BATCH_OP *opList, size_t *failIdx, unsigned long long flags, CUstream hStream)
{
    return cuMemcpy3DBatchAsync(numOps, opList, failIdx, flags, hStream);
}

FAKE__STUB CUresult cuMemcpy3DBatchAsync_v2(size_t numOps, CUDA_MEMCPY3D_BATCH_OP *opList, unsigned long long flags, CUstream hStream)
{
    (void)numOps;
    (void)opList;
    (void)flags;
    (void)hStream;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemcpy3DBatchAsync_v2);
}

FAKE__STUB CUresult cuMemcpy3DBatchAsync_v2_ptsz(size_t numOps, CUDA_MEMCPY3D_BATCH_OP *opList, unsigned long long flags, CUstream hStream)
{
    return cuMemcpy3DBatchAsync_v2(numOps, opList, flags, hStream);
}

FAKE__STUB CUresult cuMemcpy3DPeer(const CUDA_MEMCPY3D_PEER *pCopy)
{
    (void)pCopy;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemcpy3DPeer);
}

FAKE__STUB CUresult cuMemcpy3DPeer_ptds(const CUDA_MEMCPY3D_PEER *pCopy)
{
    return cuMemcpy3DPeer(pCopy);
}

FAKE__STUB CUresult cuMemcpy3DPeerAsync(const CUDA_MEMCPY3D_PEER *pCopy, CUstream hStream)
{
    (void)pCopy;
    (void)hStream;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemcpy3DPeerAsync);
}

FAKE__STUB CUresult cuMemcpy3DPeerAsync_ptsz(const CUDA_MEMCPY3D_PEER *pCopy, CUstream hStream)
{
    return cuMemcpy3DPeerAsync(pCopy, hStream);
}

FAKE__STUB CUresult cuMemcpyAsync(CUdeviceptr dst, CUdeviceptr src, size_t ByteCount, CUstream hStream)
{
    (void)dst;
    (void)src;
    (void)ByteCount;
    (void)hStream;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemcpyAsync);
}

FAKE__STUB CUresult cuMemcpyAsync_ptsz(CUdeviceptr dst, CUdeviceptr src, size_t ByteCount, CUstream hStream)
{
    return cuMemcpyAsync(dst, src, ByteCount, hStream);
}

FAKE__STUB CUresult cuMemcpyAtoA(CUarray dstArray, unsigned int dstOffset, CUarray srcArray, unsigned int srcOffset, unsigned int ByteCount)
{
    (void)dstArray;
    (void)dstOffset;
    (void)srcArray;
    (void)srcOffset;
    (void)ByteCount;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemcpyAtoA);
}

FAKE__STUB CUresult cuMemcpyAtoA_v2(CUarray dstArray, size_t dstOffset, CUarray srcArray, size_t srcOffset, size_t ByteCount)
{
    (void)dstArray;
    (void)dstOffset;
    (void)srcArray;
    (void)srcOffset;
    (void)ByteCount;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemcpyAtoA_v2);
}

FAKE__STUB CUresult cuMemcpyAtoA_v2_ptds(CUarray dstArray, size_t dstOffset, CUarray srcArray, size_t srcOffset, size_t ByteCount)
{
    return cuMemcpyAtoA_v2(dstArray, dstOffset, srcArray, srcOffset, ByteCount);
}

FAKE__STUB CUresult cuMemcpyAtoD(CUdeviceptr_v1 dstDevice, CUarray srcArray, unsigned int srcOffset, unsigned int ByteCount)
{
    (void)dstDevice;
    (void)srcArray;
    (void)srcOffset;
    (void)ByteCount;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemcpyAtoD);
}

FAKE__STUB CUresult cuMemcpyAtoD_v2(CUdeviceptr dstDevice, CUarray srcArray, size_t srcOffset, size_t ByteCount)
{
    (void)dstDevice;
    (void)srcArray;
    (void)srcOffset;
    (void)ByteCount;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemcpyAtoD_v2);
}

FAKE__STUB CUresult cuMemcpyAtoD_v2_ptds(CUdeviceptr dstDevice, CUarray srcArray, size_t srcOffset, size_t ByteCount)
{
    return cuMemcpyAtoD_v2(dstDevice, srcArray, srcOffset, ByteCount);
}

FAKE__STUB CUresult cuMemcpyAtoH(void *dstHost, CUarray srcArray, unsigned int srcOffset, unsigned int ByteCount)
{
    (void)dstHost;
    (void)srcArray;
    (void)srcOffset;
    (void)ByteCount;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemcpyAtoH);
}

FAKE__STUB CUresult cuMemcpyAtoH_v2(void *dstHost, CUarray srcArray, size_t srcOffset, size_t ByteCount)
{
    (void)dstHost;
    (void)srcArray;
    (void)srcOffset;
    (void)ByteCount;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemcpyAtoH_v2);
}

FAKE__STUB CUresult cuMemcpyAtoH_v2_ptds(void *dstHost, CUarray srcArray, size_t srcOffset, size_t ByteCount)
{
    return cuMemcpyAtoH_v2(dstHost, srcArray, srcOffset, ByteCount);
}

FAKE__STUB CUresult cuMemcpyAtoHAsync(void *dstHost, CUarray srcArray, unsigned int srcOffset, unsigned int ByteCount, CUstream hStream)
{
    (void)dstHost;
    (void)srcArray;
    (void)srcOffset;
    (void)ByteCount;
    (void)hStream;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemcpyAtoHAsync);
}

FAKE__STUB CUresult cuMemcpyAtoHAsync_v2(void *dstHost, CUarray srcArray, size_t srcOffset, size_t ByteCount, CUstream hStream)
{
    (void)dstHost;
    (void)srcArray;
    (void)srcOffset;
    (void)ByteCount;
    (void)hStream;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemcpyAtoHAsync_v2);
}

FAKE__STUB CUresult cuMemcpyAtoHAsync_v2_ptsz(void *dstHost, CUarray srcArray, size_t srcOffset, size_t ByteCount, CUstream hStream)
{
    return cuMemcpyAtoHAsync_v2(dstHost, srcArray, srcOffset, ByteCount, hStream);
}

FAKE__STUB CUresult cuMemcpyBatchAsync(CUdeviceptr *dsts, CUdeviceptr *srcs, size_t *sizes, size_t count, CUmemcpyAttributes *attrs, size_t *attrsIdxs, size_t numAttrs, size_t *failIdx, CUstream hStream)
{
    (void)dsts;
    (void)srcs;
    (void)sizes;
    (void)count;
    (void)attrs;
    (void)attrsIdxs;
    (void)numAttrs;
    (void)failIdx;
    (void)hStream;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemcpyBatchAsync);
}

FAKE__STUB CUresult cuMemcpyBatchAsync_ptsz(CUdeviceptr *dsts, CUdeviceptr *srcs, size_t *sizes, size_t count, CUmemcpyAttributes *attrs, size_t *attrsIdxs, size_t numAttrs, size_t *failIdx, CUstream hStream)
{
    return cuMemcpyBatchAsync(dsts, srcs, sizes, count, attrs, attrsIdxs, numAttrs, failIdx, hStream);
}

FAKE__STUB CUresult cuMemcpyBatchAsync_v2(CUdeviceptr *dsts, CUdeviceptr *srcs, size_t *sizes, size_t count, CUmemcpyAttributes *attrs, size_t *attrsIdxs, size_t numAttrs, CUstream hStream)
{
    (void)dsts;
    (void)srcs;
    (void)sizes;
    (void)count;
    (void)attrs;
    (void)attrsIdxs;
    (void)numAttrs;
    (void)hStream;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemcpyBatchAsync_v2);
}

FAKE__STUB CUresult cuMemcpyBatchAsync_v2_ptsz(CUdeviceptr *dsts, CUdeviceptr *srcs, size_t *sizes, size_t count, CUmemcpyAttributes *attrs, size_t *attrsIdxs, size_t numAttrs, CUstream hStream)
{
    return cuMemcpyBatchAsync_v2(dsts, srcs, sizes, count, attrs, attrsIdxs, numAttrs, hStream);
}

FAKE__STUB CUresult cuMemcpyDtoA(CUarray dstArray, unsigned int dstOffset, CUdeviceptr_v1 srcDevice, unsigned int ByteCount)
{
    (void)dstArray;
    (void)dstOffset;
    (void)srcDevice;
    (void)ByteCount;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemcpyDtoA);
}

FAKE__STUB CUresult cuMemcpyDtoA_v2(CUarray dstArray, size_t dstOffset, CUdeviceptr srcDevice, size_t ByteCount)
{
    (void)dstArray;
    (void)dstOffset;
    (void)srcDevice;
    (void)ByteCount;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemcpyDtoA_v2);
}

FAKE__STUB CUresult cuMemcpyDtoA_v2_ptds(CUarray dstArray, size_t dstOffset, CUdeviceptr srcDevice, size_t ByteCount)
{
    return cuMemcpyDtoA_v2(dstArray, dstOffset, srcDevice, ByteCount);
}

FAKE__STUB CUresult cuMemcpyDtoD(CUdeviceptr_v1 dstDevice, CUdeviceptr_v1 srcDevice, unsigned int ByteCount)
{
    (void)dstDevice;
    (void)srcDevice;
    (void)ByteCount;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemcpyDtoD);
}

FAKE__STUB CUresult cuMemcpyDtoD_v2(CUdeviceptr dstDevice, CUdeviceptr srcDevice, size_t ByteCount)
{
    (void)dstDevice;
    (void)srcDevice;
    (void)ByteCount;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemcpyDtoD_v2);
}

FAKE__STUB CUresult cuMemcpyDtoD_v2_ptds(CUdeviceptr dstDevice, CUdeviceptr srcDevice, size_t ByteCount)
{
    return cuMemcpyDtoD_v2(dstDevice, srcDevice, ByteCount);
}

FAKE__STUB CUresult cuMemcpyDtoDAsync(CUdeviceptr_v1 dstDevice, CUdeviceptr_v1 srcDevice, unsigned int ByteCount, CUstream hStream)
{
    (void)dstDevice;
    (void)srcDevice;
    (void)ByteCount;
    (void)hStream;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemcpyDtoDAsync);
}

FAKE__STUB CUresult cuMemcpyDtoDAsync_v2(CUdeviceptr dstDevice, CUdeviceptr srcDevice, size_t ByteCount, CUstream hStream)
{
    (void)dstDevice;
    (void)srcDevice;
    (void)ByteCount;
    (void)hStream;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemcpyDtoDAsync_v2);
}

FAKE__STUB CUresult cuMemcpyDtoDAsync_v2_ptsz(CUdeviceptr dstDevice, CUdeviceptr srcDevice, size_t ByteCount, CUstream hStream)
{
    return cuMemcpyDtoDAsync_v2(dstDevice, srcDevice, ByteCount, hStream);
}

FAKE__STUB CUresult cuMemcpyDtoH(void *dstHost, CUdeviceptr_v1 srcDevice, unsigned int ByteCount)
{
    (void)dstHost;
    (void)srcDevice;
    (void)ByteCount;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemcpyDtoH);
}

FAKE__STUB CUresult cuMemcpyDtoH_v2(void *dstHost, CUdeviceptr srcDevice, size_t ByteCount)
{
    (void)dstHost;
    (void)srcDevice;
    (void)ByteCount;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemcpyDtoH_v2);
}

FAKE__STUB CUresult cuMemcpyDtoH_v2_ptds(void *dstHost, CUdeviceptr srcDevice, size_t ByteCount)
{
    return cuMemcpyDtoH_v2(dstHost, srcDevice, ByteCount);
}

FAKE__STUB CUresult cuMemcpyDtoHAsync(void *dstHost, CUdeviceptr_v1 srcDevice, unsigned int ByteCount, CUstream hStream)
{
    (void)dstHost;
    (void)srcDevice;
    (void)ByteCount;
    (void)hStream;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemcpyDtoHAsync);
}

FAKE__STUB CUresult cuMemcpyDtoHAsync_v2(void *dstHost, CUdeviceptr srcDevice, size_t ByteCount, CUstream hStream)
{
    (void)dstHost;
    (void)srcDevice;
    (void)ByteCount;
    (void)hStream;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemcpyDtoHAsync_v2);
}

FAKE__STUB CUresult cuMemcpyDtoHAsync_v2_ptsz(void *dstHost, CUdeviceptr srcDevice, size_t ByteCount, CUstream hStream)
{
    return cuMemcpyDtoHAsync_v2(dstHost, srcDevice, ByteCount, hStream);
}

FAKE__STUB CUresult cuMemcpyHtoA(CUarray dstArray, unsigned int dstOffset, const void *srcHost, unsigned int ByteCount)
{
    (void)dstArray;
    (void)dstOffset;
    (void)srcHost;
    (void)ByteCount;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemcpyHtoA);
}

FAKE__STUB CUresult cuMemcpyHtoA_v2(CUarray dstArray, size_t dstOffset, const void *srcHost, size_t ByteCount)
{
    (void)dstArray;
    (void)dstOffset;
    (void)srcHost;
    (void)ByteCount;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemcpyHtoA_v2);
}

FAKE__STUB CUresult cuMemcpyHtoA_v2_ptds(CUarray dstArray, size_t dstOffset, const void *srcHost, size_t ByteCount)
{
    return cuMemcpyHtoA_v2(dstArray, dstOffset, srcHost, ByteCount);
}

FAKE__STUB CUresult cuMemcpyHtoAAsync(CUarray dstArray, unsigned int dstOffset, const void *srcHost, unsigned int ByteCount, CUstream hStream)
{
    (void)dstArray;
    (void)dstOffset;
    (void)srcHost;
    (void)ByteCount;
    (void)hStream;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemcpyHtoAAsync);
}

FAKE__STUB CUresult cuMemcpyHtoAAsync_v2(CUarray dstArray, size_t dstOffset, const void *srcHost, size_t ByteCount, CUstream hStream)
{
    (void)dstArray;
    (void)dstOffset;
    (void)srcHost;
    (void)ByteCount;
    (void)hStream;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemcpyHtoAAsync_v2);
}

FAKE__STUB CUresult cuMemcpyHtoAAsync_v2_ptsz(CUarray dstArray, size_t dstOffset, const void *srcHost, size_t ByteCount, CUstream hStream)
{
    return cuMemcpyHtoAAsync_v2(dstArray, dstOffset, srcHost, ByteCount, hStream);
}

FAKE__STUB CUresult cuMemcpyHtoD(CUdeviceptr_v1 dstDevice, const void *srcHost, unsigned int ByteCount)
{
    (void)dstDevice;
    (void)srcHost;
    (void)ByteCount;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemcpyHtoD);
}

FAKE__STUB CUresult cuMemcpyHtoD_v2(CUdeviceptr dstDevice, const void *srcHost, size_t ByteCount)
{
    (void)dstDevice;
    (void)srcHost;
    (void)ByteCount;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemcpyHtoD_v2);
}

FAKE__STUB CUresult cuMemcpyHtoD_v2_ptds(CUdeviceptr dstDevice, const void *srcHost, size_t ByteCount)
{
    return cuMemcpyHtoD_v2(dstDevice, srcHost, ByteCount);
}

FAKE__STUB CUresult cuMemcpyHtoDAsync(CUdeviceptr_v1 dstDevice, const void *srcHost, unsigned int ByteCount, CUstream hStream)
{
    (void)dstDevice;
    (void)srcHost;
    (void)ByteCount;
    (void)hStream;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemcpyHtoDAsync);
}

FAKE__STUB CUresult cuMemcpyHtoDAsync_v2(CUdeviceptr dstDevice, const void *srcHost, size_t ByteCount, CUstream hStream)
{
    (void)dstDevice;
    (void)srcHost;
    (void)ByteCount;
    (void)hStream;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemcpyHtoDAsync_v2);
}

FAKE__STUB CUresult cuMemcpyHtoDAsync_v2_ptsz(CUdeviceptr dstDevice, const void *srcHost, size_t ByteCount, CUstream hStream)
{
    return cuMemcpyHtoDAsync_v2(dstDevice, srcHost, ByteCount, hStream);
}

FAKE__STUB CUresult cuMemcpyPeer(CUdeviceptr dstDevice, CUcontext dstContext, CUdeviceptr srcDevice, CUcontext srcContext, size_t ByteCount)
{
    (void)dstDevice;
    (void)dstContext;
    (void)srcDevice;
    (void)srcContext;
    (void)ByteCount;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemcpyPeer);
}

FAKE__STUB CUresult cuMemcpyPeer_ptds(CUdeviceptr dstDevice, CUcontext dstContext, CUdeviceptr srcDevice, CUcontext srcContext, size_t ByteCount)
{
    return cuMemcpyPeer(dstDevice, dstContext, srcDevice, srcContext, ByteCount);
}

FAKE__STUB CUresult cuMemcpyPeerAsync(CUdeviceptr dstDevice, CUcontext dstContext, CUdeviceptr srcDevice, CUcontext srcContext, size_t ByteCount, CUstream hStream)
{
    (void)dstDevice;
    (void)dstContext;
    (void)srcDevice;
    (void)srcContext;
    (void)ByteCount;
    (void)hStream;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemcpyPeerAsync);
}

FAKE__STUB CUresult cuMemcpyPeerAsync_ptsz(CUdeviceptr dstDevice, CUcontext dstContext, CUdeviceptr srcDevice, CUcontext srcContext, size_t ByteCount, CUstream hStream)
{
    return cuMemcpyPeerAsync(dstDevice, dstContext, srcDevice, srcContext, ByteCount, hStream);
}

FAKE__STUB CUresult cuMemsetD16(CUdeviceptr_v1 dstDevice, unsigned short us, unsigned int N)
{
    (void)dstDevice;
    (void)us;
    (void)N;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemsetD16);
}

FAKE__STUB CUresult cuMemsetD16_v2(CUdeviceptr dstDevice, unsigned short us, size_t N)
{
    (void)dstDevice;
    (void)us;
    (void)N;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemsetD16_v2);
}

FAKE__STUB CUresult cuMemsetD16_v2_ptds(CUdeviceptr dstDevice, unsigned short us, size_t N)
{
    return cuMemsetD16_v2(dstDevice, us, N);
}

FAKE__STUB CUresult cuMemsetD16Async(CUdeviceptr dstDevice, unsigned short us, size_t N, CUstream hStream)
{
    (void)dstDevice;
    (void)us;
    (void)N;
    (void)hStream;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemsetD16Async);
}

FAKE__STUB CUresult cuMemsetD16Async_ptsz(CUdeviceptr dstDevice, unsigned short us, size_t N, CUstream hStream)
{
    return cuMemsetD16Async(dstDevice, us, N, hStream);
}

FAKE__STUB CUresult cuMemsetD2D16(CUdeviceptr_v1 dstDevice, unsigned int dstPitch, unsigned short us, unsigned int Width, unsigned int Height)
{
    (void)dstDevice;
    (void)dstPitch;
    (void)us;
    (void)Width;
    (void)Height;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemsetD2D16);
}

FAKE__STUB CUresult cuMemsetD2D16_v2(CUdeviceptr dstDevice, size_t dstPitch, unsigned short us, size_t Width, size_t Height)
{
    (void)dstDevice;
    (void)dstPitch;
    (void)us;
    (void)Width;
    (void)Height;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemsetD2D16_v2);
}

FAKE__STUB CUresult cuMemsetD2D16_v2_ptds(CUdeviceptr dstDevice, size_t dstPitch, unsigned short us, size_t Width, size_t Height)
{
    return cuMemsetD2D16_v2(dstDevice, dstPitch, us, Width, Height);
}

FAKE__STUB CUresult cuMemsetD2D16Async(CUdeviceptr dstDevice, size_t dstPitch, unsigned short us, size_t Width, size_t Height, CUstream hStream)
{
    (void)dstDevice;
    (void)dstPitch;
    (void)us;
    (void)Width;
    (void)Height;
    (void)hStream;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemsetD2D16Async);
}

FAKE__STUB CUresult cuMemsetD2D16Async_ptsz(CUdeviceptr dstDevice, size_t dstPitch, unsigned short us, size_t Width, size_t Height, CUstream hStream)
{
    return cuMemsetD2D16Async(dstDevice, dstPitch, us, Width, Height, hStream);
}

FAKE__STUB CUresult cuMemsetD2D32(CUdeviceptr_v1 dstDevice, unsigned int dstPitch, unsigned int ui, unsigned int Width, unsigned int Height)
{
    (void)dstDevice;
    (void)dstPitch;
    (void)ui;
    (void)Width;
    (void)Height;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemsetD2D32);
}

FAKE__STUB CUresult cuMemsetD2D32_v2(CUdeviceptr dstDevice, size_t dstPitch, unsigned int ui, size_t Width, size_t Height)
{
    (void)dstDevice;
    (void)dstPitch;
    (void)ui;
    (void)Width;
    (void)Height;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemsetD2D32_v2);
}

FAKE__STUB CUresult cuMemsetD2D32_v2_ptds(CUdeviceptr dstDevice, size_t dstPitch, unsigned int ui, size_t Width, size_t Height)
{
    return cuMemsetD2D32_v2(dstDevice, dstPitch, ui, Width, Height);
}

FAKE__STUB CUresult cuMemsetD2D32Async(CUdeviceptr dstDevice, size_t dstPitch, unsigned int ui, size_t Width, size_t Height, CUstream hStream)
{
    (void)dstDevice;
    (void)dstPitch;
    (void)ui;
    (void)Width;
    (void)Height;
    (void)hStream;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemsetD2D32Async);
}

FAKE__STUB CUresult cuMemsetD2D32Async_ptsz(CUdeviceptr dstDevice, size_t dstPitch, unsigned int ui, size_t Width, size_t Height, CUstream hStream)
{
    return cuMemsetD2D32Async(dstDevice, dstPitch, ui, Width, Height, hStream);
}

FAKE__STUB CUresult cuMemsetD2D8(CUdeviceptr_v1 dstDevice, unsigned int dstPitch, unsigned char uc, unsigned int Width, unsigned int Height)
{
    (void)dstDevice;
    (void)dstPitch;
    (void)uc;
    (void)Width;
    (void)Height;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemsetD2D8);
}

FAKE__STUB CUresult cuMemsetD2D8_v2(CUdeviceptr dstDevice, size_t dstPitch, unsigned char uc, size_t Width, size_t Height)
{
    (void)dstDevice;
    (void)dstPitch;
    (void)uc;
    (void)Width;
    (void)Height;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemsetD2D8_v2);
}

FAKE__STUB CUresult cuMemsetD2D8_v2_ptds(CUdeviceptr dstDevice, size_t dstPitch, unsigned char uc, size_t Width, size_t Height)
{
    return cuMemsetD2D8_v2(dstDevice, dstPitch, uc, Width, Height);
}

FAKE__STUB CUresult cuMemsetD2D8Async(CUdeviceptr dstDevice, size_t dstPitch, unsigned char uc, size_t Width, size_t Height, CUstream hStream)
{
    (void)dstDevice;
    (void)dstPitch;
    (void)uc;
    (void)Width;
    (void)Height;
    (void)hStream;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemsetD2D8Async);
}

FAKE__STUB CUresult cuMemsetD2D8Async_ptsz(CUdeviceptr dstDevice, size_t dstPitch, unsigned char uc, size_t Width, size_t Height, CUstream hStream)
{
    return cuMemsetD2D8Async(dstDevice, dstPitch, uc, Width, Height, hStream);
}

FAKE__STUB CUresult cuMemsetD32(CUdeviceptr_v1 dstDevice, unsigned int ui, unsigned int N)
{
    (void)dstDevice;
    (void)ui;
    (void)N;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemsetD32);
}

FAKE__STUB CUresult cuMemsetD32_v2(CUdeviceptr dstDevice, unsigned int ui, size_t N)
{
    (void)dstDevice;
    (void)ui;
    (void)N;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemsetD32_v2);
}

FAKE__STUB CUresult cuMemsetD32_v2_ptds(CUdeviceptr dstDevice, unsigned int ui, size_t N)
{
    return cuMemsetD32_v2(dstDevice, ui, N);
}

FAKE__STUB CUresult cuMemsetD32Async(CUdeviceptr dstDevice, unsigned int ui, size_t N, CUstream hStream)
{
    (void)dstDevice;
    (void)ui;
    (void)N;
    (void)hStream;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemsetD32Async);
}

FAKE__STUB CUresult cuMemsetD32Async_ptsz(CUdeviceptr dstDevice, unsigned int ui, size_t N, CUstream hStream)
{
    return cuMemsetD32Async(dstDevice, ui, N, hStream);
}

FAKE__STUB CUresult cuMemsetD8(CUdeviceptr_v1 dstDevice, unsigned char uc, unsigned int N)
{
    (void)dstDevice;
    (void)uc;
    (void)N;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemsetD8);
}

FAKE__STUB CUresult cuMemsetD8_v2(CUdeviceptr dstDevice, unsigned char uc, size_t N)
{
    (void)dstDevice;
    (void)uc;
    (void)N;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemsetD8_v2);
}

FAKE__STUB CUresult cuMemsetD8_v2_ptds(CUdeviceptr dstDevice, unsigned char uc, size_t N)
{
    return cuMemsetD8_v2(dstDevice, uc, N);
}

FAKE__STUB CUresult cuMemsetD8Async(CUdeviceptr dstDevice, unsigned char uc, size_t N, CUstream hStream)
{
    (void)dstDevice;
    (void)uc;
    (void)N;
    (void)hStream;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMemsetD8Async);
}

FAKE__STUB CUresult cuMemsetD8Async_ptsz(CUdeviceptr dstDevice, unsigned char uc, size_t N, CUstream hStream)
{
    return cuMemsetD8Async(dstDevice, uc, N, hStream);
}

FAKE__STUB CUresult cuMipmappedArrayCreate(CUmipmappedArray *pHandle, const CUDA_ARRAY3D_DESCRIPTOR *pMipmappedArrayDesc, unsigned int numMipmapLevels)
{
    (void)pHandle;
    (void)pMipmappedArrayDesc;
    (void)numMipmapLevels;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMipmappedArrayCreate);
}

FAKE__STUB CUresult cuMipmappedArrayDestroy(CUmipmappedArray hMipmappedArray)
{
    (void)hMipmappedArray;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMipmappedArrayDestroy);
}

FAKE__STUB CUresult cuMipmappedArrayGetLevel(CUarray *pLevelArray, CUmipmappedArray hMipmappedArray, unsigned int level)
{
    (void)pLevelArray;
    (void)hMipmappedArray;
    (void)level;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMipmappedArrayGetLevel);
}

FAKE__STUB CUresult cuMipmappedArrayGetMemoryRequirements(CUDA_ARRAY_MEMORY_REQUIREMENTS *memoryRequirements, CUmipmappedArray mipmap, CUdevice device)
{
    (void)memoryRequirements;
    (void)mipmap;
    (void)device;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMipmappedArrayGetMemoryRequirements);
}

FAKE__STUB CUresult cuMipmappedArrayGetSparseProperties(CUDA_ARRAY_SPARSE_PROPERTIES *sparseProperties, CUmipmappedArray mipmap)
{
    (void)sparseProperties;
    (void)mipmap;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMipmappedArrayGetSparseProperties);
}

FAKE__STUB CUresult cuModuleEnumerateFunctions(CUfunction *functions, unsigned int numFunctions, CUmodule mod)
{
    (void)functions;
    (void)numFunctions;
    (void)mod;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuModuleEnumerateFunctions);
}

FAKE__STUB CUresult cuModuleGetFunction(CUfunction *hfunc, CUmodule hmod, const char *name)
{
    (void)hfunc;
    (void)hmod;
    (void)name;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuModuleGetFunction);
}

FAKE__STUB CUresult cuModuleGetFunctionCount(unsigned int *count, CUmodule mod)
{
    (void)count;
    (void)mod;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuModuleGetFunctionCount);
}

FAKE__STUB CUresult cuModuleGetGlobal(CUdeviceptr_v1 *dptr, unsigned int *bytes, CUmodule hmod, const char *name)
{
    (void)dptr;
    (void)bytes;
    (void)hmod;
    (void)name;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuModuleGetGlobal);
}

FAKE__STUB CUresult cuModuleGetGlobal_v2(CUdeviceptr *dptr, size_t *bytes, CUmodule hmod, const char *name)
{
    (void)dptr;
    (void)bytes;
    (void)hmod;
    (void)name;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuModuleGetGlobal_v2);
}

FAKE__STUB CUresult cuModuleGetLoadingMode(CUmoduleLoadingMode *mode)
{
    (void)mode;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuModuleGetLoadingMode);
}

FAKE__STUB CUresult cuModuleGetSurfRef(CUsurfref *pSurfRef, CUmodule hmod, const char *name)
{
    (void)pSurfRef;
    (void)hmod;
    (void)name;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuModuleGetSurfRef);
}

FAKE__STUB CUresult cuModuleGetTexRef(CUtexref *pTexRef, CUmodule hmod, const char *name)
{
    (void)pTexRef;
    (void)hmod;
    (void)name;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuModuleGetTexRef);
}

FAKE__STUB CUresult cuModuleLoad(CUmodule *module, const char *fname)
{
    (void)module;
    (void)fname;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuModuleLoad);
}

FAKE__STUB CUresult cuModuleLoadData(CUmodule *module, const void *image)
{
    (void)module;
    (void)image;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuModuleLoadData);
}

FAKE__STUB CUresult cuModuleLoadDataEx(CUmodule *module, const void *image, unsigned int numOptions, CUjit_option *options, void **optionValues)
{
    (void)module;
    (void)image;
    (void)numOptions;
    (void)options;
    (void)optionValues;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuModuleLoadDataEx);
}

FAKE__STUB CUresult cuModuleLoadFatBinary(CUmodule *module, const void *fatCubin)
{
    (void)module;
    (void)fatCubin;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuModuleLoadFatBinary);
}

FAKE__STUB CUresult cuModuleUnload(CUmodule hmod)
{
    (void)hmod;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuModuleUnload);
}

FAKE__STUB CUresult cuMulticastAddDevice(CUmemGenericAllocationHandle mcHandle, CUdevice dev)
{
    (void)mcHandle;
    (void)dev;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMulticastAddDevice);
}

FAKE__STUB CUresult cuMulticastBindAddr(CUmemGenericAllocationHandle mcHandle, size_t mcOffset, CUdeviceptr memptr, size_t size, unsigned long long flags)
{
    (void)mcHandle;
    (void)mcOffset;
    (void)memptr;
    (void)size;
    (void)flags;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMulticastBindAddr);
}

FAKE__STUB CUresult cuMulticastBindMem(CUmemGenericAllocationHandle mcHandle, size_t mcOffset, CUmemGenericAllocationHandle memHandle, size_t memOffset, size_t size, unsigned long long flags)
{
    (void)mcHandle;
    (void)mcOffset;
    (void)memHandle;
    (void)memOffset;
    (void)size;
    (void)flags;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMulticastBindMem);
}

FAKE__STUB CUresult cuMulticastCreate(CUmemGenericAllocationHandle *mcHandle, const CUmulticastObjectProp *prop)
{
    (void)mcHandle;
    (void)prop;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMulticastCreate);
}

FAKE__STUB CUresult cuMulticastGetGranularity(size_t *granularity, const CUmulticastObjectProp *prop, CUmulticastGranularity_flags option)
{
    (void)granularity;
    (void)prop;
    (void)option;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMulticastGetGranularity);
}

FAKE__STUB CUresult cuMulticastUnbind(CUmemGenericAllocationHandle mcHandle, CUdevice dev, size_t mcOffset, size_t size)
{
    (void)mcHandle;
    (void)dev;
    (void)mcOffset;
    (void)size;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuMulticastUnbind);
}

FAKE__STUB CUresult cuOccupancyAvailableDynamicSMemPerBlock(size_t *dynamicSmemSize, CUfunction func, int numBlocks, int blockSize)
{
    (void)dynamicSmemSize;
    (void)func;
    (void)numBlocks;
    (void)blockSize;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuOccupancyAvailableDynamicSMemPerBlock);
}

FAKE__STUB CUresult cuOccupancyMaxActiveBlocksPerMultiprocessor(int *numBlocks, CUfunction func, int blockSize, size_t dynamicSMemSize)
{
    (void)numBlocks;
    (void)func;
    (void)blockSize;
    (void)dynamicSMemSize;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuOccupancyMaxActiveBlocksPerMultiprocessor);
}

FAKE__STUB CUresult cuOccupancyMaxActiveBlocksPerMultiprocessorWithFlags(int *numBlocks, CUfunction func, int blockSize, size_t dynamicSMemSize, unsigned int flags)
{
    (void)numBlocks;
    (void)func;
    (void)blockSize;
    (void)dynamicSMemSize;
    (void)flags;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuOccupancyMaxActiveBlocksPerMultiprocessorWithFlags);
}

FAKE__STUB CUresult cuOccupancyMaxActiveClusters(int *numClusters, CUfunction func, const CUlaunchConfig *config)
{
    (void)numClusters;
    (void)func;
    (void)config;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuOccupancyMaxActiveClusters);
}

FAKE__STUB CUresult cuOccupancyMaxPotentialBlockSize(int *minGridSize, int *blockSize, CUfunction func, CUoccupancyB2DSize blockSizeToDynamicSMemSize, size_t dynamicSMemSize, int blockSizeLimit)
{
    (void)minGridSize;
    (void)blockSize;
    (void)func;
    (void)blockSizeToDynamicSMemSize;
    (void)dynamicSMemSize;
    (void)blockSizeLimit;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuOccupancyMaxPotentialBlockSize);
}

FAKE__STUB CUresult cuOccupancyMaxPotentialBlockSizeWithFlags(int *minGridSize, int *blockSize, CUfunction func, CUoccupancyB2DSize blockSizeToDynamicSMemSize, size_t dynamicSMemSize, int blockSizeLimit, unsigned int flags)
{
    (void)minGridSize;
    (void)blockSize;
    (void)func;
    (void)blockSizeToDynamicSMemSize;
    (void)dynamicSMemSize;
    (void)blockSizeLimit;
    (void)flags;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuOccupancyMaxPotentialBlockSizeWithFlags);
}

FAKE__STUB CUresult cuOccupancyMaxPotentialClusterSize(int *clusterSize, CUfunction func, const CUlaunchConfig *config)
{
    (void)clusterSize;
    (void)func;
    (void)config;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuOccupancyMaxPotentialClusterSize);
}

FAKE__STUB CUresult cuParamSetSize(CUfunction hfunc, unsigned int numbytes)
{
    (void)hfunc;
    (void)numbytes;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuParamSetSize);
}

FAKE__STUB CUresult cuParamSetTexRef(CUfunction hfunc, int texunit, CUtexref hTexRef)
{
    (void)hfunc;
    (void)texunit;
    (void)hTexRef;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuParamSetTexRef);
}

FAKE__STUB CUresult cuParamSetf(CUfunction hfunc, int offset, float value)
{
    (void)hfunc;
    (void)offset;
    (void)value;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuParamSetf);
}

FAKE__STUB CUresult cuParamSeti(CUfunction hfunc, int offset, unsigned int value)
{
    (void)hfunc;
    (void)offset;
    (void)value;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuParamSeti);
}

FAKE__STUB CUresult cuParamSetv(CUfunction hfunc, int offset, void *ptr, unsigned int numbytes)
{
    (void)hfunc;
    (void)offset;
    (void)ptr;
    (void)numbytes;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuParamSetv);
}

FAKE__STUB CUresult cuPointerGetAttribute(void *data, CUpointer_attribute attribute, CUdeviceptr ptr)
{
    (void)data;
    (void)attribute;
    (void)ptr;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuPointerGetAttribute);
}

FAKE__STUB CUresult cuPointerGetAttributes(unsigned int numAttributes, CUpointer_attribute *attributes, void **data, CUdeviceptr ptr)
{
    (void)numAttributes;
    (void)attributes;
    (void)data;
    (void)ptr;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuPointerGetAttributes);
}

FAKE__STUB CUresult cuPointerSetAttribute(const void *value, CUpointer_attribute attribute, CUdeviceptr ptr)
{
    (void)value;
    (void)attribute;
    (void)ptr;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuPointerSetAttribute);
}

FAKE__STUB CUresult cuProfilerInitialize(const char *configFile, const char *outputFile, CUoutput_mode outputMode)
{
    (void)configFile;
    (void)outputFile;
    (void)outputMode;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuProfilerInitialize);
}

FAKE__STUB CUresult cuProfilerStart(void)
{
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuProfilerStart);
}

FAKE__STUB CUresult cuProfilerStop(void)
{
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuProfilerStop);
}

FAKE__STUB CUresult cuSignalExternalSemaphoresAsync(const CUexternalSemaphore *extSemArray, const CUDA_EXTERNAL_SEMAPHORE_SIGNAL_PARAMS *paramsArray, unsigned int numExtSems, CUstream stream)
{
    (void)extSemArray;
    (void)paramsArray;
    (void)numExtSems;
    (void)stream;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuSignalExternalSemaphoresAsync);
}

FAKE__STUB CUresult cuSignalExternalSemaphoresAsync_ptsz(const CUexternalSemaphore *extSemArray, const CUDA_EXTERNAL_SEMAPHORE_SIGNAL_PARAMS *paramsArray, unsigned int numExtSems, CUstream stream)
{
    return cuSignalExternalSemaphoresAsync(extSemArray, paramsArray, numExtSems, stream);
}

FAKE__STUB CUresult cuStreamAddCallback(CUstream hStream, CUstreamCallback callback, void *userData, unsigned int flags)
{
    (void)hStream;
    (void)callback;
    (void)userData;
    (void)flags;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuStreamAddCallback);
}

FAKE__STUB CUresult cuStreamAddCallback_ptsz(CUstream hStream, CUstreamCallback callback, void *userData, unsigned int flags)
{
    return cuStreamAddCallback(hStream, callback, userData, flags);
}

FAKE__STUB CUresult cuStreamAttachMemAsync(CUstream hStream, CUdeviceptr dptr, size_t length, unsigned int flags)
{
    (void)hStream;
    (void)dptr;
    (void)length;
    (void)flags;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuStreamAttachMemAsync);
}

FAKE__STUB CUresult cuStreamAttachMemAsync_ptsz(CUstream hStream, CUdeviceptr dptr, size_t length, unsigned int flags)
{
    return cuStreamAttachMemAsync(hStream, dptr, length, flags);
}

FAKE__STUB CUresult cuStreamBatchMemOp(CUstream stream, unsigned int count, CUstreamBatchMemOpParams *paramArray, unsigned int flags)
{
    return cuStreamBatchMemOp_v2(stream, count, paramArray, flags);
}

FAKE__STUB CUresult cuStreamBatchMemOp_ptsz(CUstream stream, unsigned int count, CUstreamBatchMemOpParams *paramArray, unsigned int flags)
{
    return cuStreamBatchMemOp_v2(stream, count, paramArray, flags);
}

FAKE__STUB CUresult cuStreamBatchMemOp_v2(CUstream stream, unsigned int count, CUstreamBatchMemOpParams *paramArray, unsigned int flags)
{
    (void)stream;
    (void)count;
    (void)paramArray;
    (void)flags;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuStreamBatchMemOp_v2);
}

FAKE__STUB CUresult cuStreamBatchMemOp_v2_ptsz(CUstream stream, unsigned int count, CUstreamBatchMemOpParams *paramArray, unsigned int flags)
{
    return cuStreamBatchMemOp_v2(stream, count, paramArray, flags);
}

FAKE__STUB CUresult cuStreamBeginCapture(CUstream hStream)
{
    (void)hStream;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuStreamBeginCapture);
}

FAKE__STUB CUresult cuStreamBeginCapture_ptsz(CUstream hStream)
{
    return cuStreamBeginCapture(hStream);
}

FAKE__STUB CUresult cuStreamBeginCapture_v2(CUstream hStream, CUstreamCaptureMode mode)
{
    (void)hStream;
    (void)mode;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuStreamBeginCapture_v2);
}

FAKE__STUB CUresult cuStreamBeginCapture_v2_ptsz(CUstream hStream, CUstreamCaptureMode mode)
{
    return cuStreamBeginCapture_v2(hStream, mode);
}

FAKE__STUB CUresult cuStreamBeginCaptureToGraph(CUstream hStream, CUgraph hGraph, const CUgraphNode *dependencies, const CUgraphEdgeData *dependencyData, size_t numDependencies, CUstreamCaptureMode mode)
{
    (void)hStream;
    (void)hGraph;
    (void)dependencies;
    (void)dependencyData;
    (void)numDependencies;
    (void)mode;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuStreamBeginCaptureToGraph);
}

FAKE__STUB CUresult cuStreamBeginCaptureToGraph_ptsz(CUstream hStream, CUgraph hGraph, const CUgraphNode *dependencies, const CUgraphEdgeData *dependencyData, size_t numDependencies, CUstreamCaptureMode mode)
{
    return cuStreamBeginCaptureToGraph(hStream, hGraph, dependencies, dependencyData, numDependencies, mode);
}

FAKE__STUB CUresult cuStreamCopyAttributes(CUstream dst, CUstream src)
{
    (void)dst;
    (void)src;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuStreamCopyAttributes);
}

FAKE__STUB CUresult cuStreamCopyAttributes_ptsz(CUstream dst, CUstream src)
{
    return cuStreamCopyAttributes(dst, src);
}

FAKE__STUB CUresult cuStreamCreate(CUstream *phStream, unsigned int Flags)
{
    (void)phStream;
    (void)Flags;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuStreamCreate);
}

FAKE__STUB CUresult cuStreamCreateWithPriority(CUstream *phStream, unsigned int flags, int priority)
{
    (void)phStream;
    (void)flags;
    (void)priority;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuStreamCreateWithPriority);
}

FAKE__STUB CUresult cuStreamDestroy(CUstream hStream)
{
    return cuStreamDestroy_v2(hStream);
}

FAKE__STUB CUresult cuStreamDestroy_v2(CUstream hStream)
{
    (void)hStream;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuStreamDestroy_v2);
}

FAKE__STUB CUresult cuStreamEndCapture(CUstream hStream, CUgraph *phGraph)
{
    (void)hStream;
    (void)phGraph;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuStreamEndCapture);
}

FAKE__STUB CUresult cuStreamEndCapture_ptsz(CUstream hStream, CUgraph *phGraph)
{
    return cuStreamEndCapture(hStream, phGraph);
}

FAKE__STUB CUresult cuStreamGetAttribute(CUstream hStream, CUstreamAttrID attr, CUstreamAttrValue *value_out)
{
    (void)hStream;
    (void)attr;
    (void)value_out;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuStreamGetAttribute);
}

FAKE__STUB CUresult cuStreamGetAttribute_ptsz(CUstream hStream, CUstreamAttrID attr, CUstreamAttrValue *value_out)
{
    return cuStreamGetAttribute(hStream, attr, value_out);
}

FAKE__STUB CUresult cuStreamGetCaptureInfo(CUstream hStream, CUstreamCaptureStatus *captureStatus_out, cuuint64_t *id_out)
{
    (void)hStream;
    (void)captureStatus_out;
    (void)id_out;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuStreamGetCaptureInfo);
}

FAKE__STUB CUresult cuStreamGetCaptureInfo_ptsz(CUstream hStream, CUstreamCaptureStatus *captureStatus_out, cuuint64_t *id_out)
{
    return cuStreamGetCaptureInfo(hStream, captureStatus_out, id_out);
}

FAKE__STUB CUresult cuStreamGetCaptureInfo_v2(CUstream hStream, CUstreamCaptureStatus *captureStatus_out, cuuint64_t *id_out, CUgraph *graph_out, const CUgraphNode **dependencies_out, size_t *numDependencies_out)
{
    (void)hStream;
    (void)captureStatus_out;
    (void)id_out;
    (void)graph_out;
    (void)dependencies_out;
    (void)numDependencies_out;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuStreamGetCaptureInfo_v2);
}

FAKE__STUB CUresult cuStreamGetCaptureInfo_v2_ptsz(CUstream hStream, CUstreamCaptureStatus *captureStatus_out, cuuint64_t *id_out, CUgraph *graph_out, const CUgraphNode **dependencies_out, size_t *numDependencies_out)
{
    return cuStreamGetCaptureInfo_v2(hStream, captureStatus_out, id_out, graph_out, dependencies_out, numDependencies_out);
}

FAKE__STUB CUresult cuStreamGetCaptureInfo_v3(CUstream hStream, CUstreamCaptureStatus *captureStatus_out, cuuint64_t *id_out, CUgraph *graph_out, const CUgraphNode **dependencies_out, const CUgraphEdgeData **edgeData_out, size_t *numDependencies_out)
{
    (void)hStream;
    (void)captureStatus_out;
    (void)id_out;
    (void)graph_out;
    (void)dependencies_out;
    (void)edgeData_out;
    (void)numDependencies_out;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuStreamGetCaptureInfo_v3);
}

FAKE__STUB CUresult cuStreamGetCaptureInfo_v3_ptsz(CUstream hStream, CUstreamCaptureStatus *captureStatus_out, cuuint64_t *id_out, CUgraph *graph_out, const CUgraphNode **dependencies_out, const CUgraphEdgeData **edgeData_out, size_t *numDependencies_out)
{
    return cuStreamGetCaptureInfo_v3(hStream, captureStatus_out, id_out, graph_out, dependencies_out, edgeData_out, numDependencies_out);
}

FAKE__STUB CUresult cuStreamGetCtx(CUstream hStream, CUcontext *pctx)
{
    (void)hStream;
    (void)pctx;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuStreamGetCtx);
}

FAKE__STUB CUresult cuStreamGetCtx_ptsz(CUstream hStream, CUcontext *pctx)
{
    return cuStreamGetCtx(hStream, pctx);
}

FAKE__STUB CUresult cuStreamGetCtx_v2(CUstream hStream, CUcontext *pCtx, CUgreenCtx *pGreenCtx)
{
    (void)hStream;
    (void)pCtx;
    (void)pGreenCtx;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuStreamGetCtx_v2);
}

FAKE__STUB CUresult cuStreamGetCtx_v2_ptsz(CUstream hStream, CUcontext *pCtx, CUgreenCtx *pGreenCtx)
{
    return cuStreamGetCtx_v2(hStream, pCtx, pGreenCtx);
}

FAKE__STUB CUresult cuStreamGetDevice(CUstream hStream, CUdevice *device)
{
    (void)hStream;
    (void)device;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuStreamGetDevice);
}

FAKE__STUB CUresult cuStreamGetDevice_ptsz(CUstream hStream, CUdevice *device)
{
    return cuStreamGetDevice(hStream, device);
}

FAKE__STUB CUresult cuStreamGetFlags(CUstream hStream, unsigned int *flags)
{
    (void)hStream;
    (void)flags;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuStreamGetFlags);
}

FAKE__STUB CUresult cuStreamGetFlags_ptsz(CUstream hStream, unsigned int *flags)
{
    return cuStreamGetFlags(hStream, flags);
}

FAKE__STUB CUresult cuStreamGetGreenCtx(CUstream hStream, CUgreenCtx *phCtx)
{
    (void)hStream;
    (void)phCtx;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuStreamGetGreenCtx);
}

FAKE__STUB CUresult cuStreamGetId(CUstream hStream, unsigned long long *streamId)
{
    (void)hStream;
    (void)streamId;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuStreamGetId);
}

FAKE__STUB CUresult cuStreamGetId_ptsz(CUstream hStream, unsigned long long *streamId)
{
    return cuStreamGetId(hStream, streamId);
}

FAKE__STUB CUresult cuStreamGetPriority(CUstream hStream, int *priority)
{
    (void)hStream;
    (void)priority;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuStreamGetPriority);
}

FAKE__STUB CUresult cuStreamGetPriority_ptsz(CUstream hStream, int *priority)
{
    return cuStreamGetPriority(hStream, priority);
}

FAKE__STUB CUresult cuStreamIsCapturing(CUstream hStream, CUstreamCaptureStatus *captureStatus)
{
    (void)hStream;
    (void)captureStatus;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuStreamIsCapturing);
}

FAKE__STUB CUresult cuStreamIsCapturing_ptsz(CUstream hStream, CUstreamCaptureStatus *captureStatus)
{
    return cuStreamIsCapturing(hStream, captureStatus);
}

FAKE__STUB CUresult cuStreamQuery(CUstream hStream)
{
    (void)hStream;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuStreamQuery);
}

FAKE__STUB CUresult cuStreamQuery_ptsz(CUstream hStream)
{
    return cuStreamQuery(hStream);
}

FAKE__STUB CUresult cuStreamSetAttribute(CUstream hStream, CUstreamAttrID attr, const CUstreamAttrValue *value)
{
    (void)hStream;
    (void)attr;
    (void)value;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuStreamSetAttribute);
}

FAKE__STUB CUresult cuStreamSetAttribute_ptsz(CUstream hStream, CUstreamAttrID attr, const CUstreamAttrValue *value)
{
    return cuStreamSetAttribute(hStream, attr, value);
}

FAKE__STUB CUresult cuStreamSynchronize(CUstream hStream)
{
    (void)hStream;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuStreamSynchronize);
}

FAKE__STUB CUresult cuStreamSynchronize_ptsz(CUstream hStream)
{
    return cuStreamSynchronize(hStream);
}

FAKE__STUB CUresult cuStreamUpdateCaptureDependencies(CUstream hStream, CUgraphNode *dependencies, size_t numDependencies, unsigned int flags)
{
    (void)hStream;
    (void)dependencies;
    (void)numDependencies;
    (void)flags;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuStreamUpdateCaptureDependencies);
}

FAKE__STUB CUresult cuStreamUpdateCaptureDependencies_ptsz(CUstream hStream, CUgraphNode *dependencies, size_t numDependencies, unsigned int flags)
{
    return cuStreamUpdateCaptureDependencies(hStream, dependencies, numDependencies, flags);
}

FAKE__STUB CUresult cuStreamUpdateCaptureDependencies_v2(CUstream hStream, CUgraphNode *dependencies, const CUgraphEdgeData *dependencyData, size_t numDependencies, unsigned int flags)
{
    (void)hStream;
    (void)dependencies;
    (void)dependencyData;
    (void)numDependencies;
    (void)flags;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuStreamUpdateCaptureDependencies_v2);
}

FAKE__STUB CUresult cuStreamUpdateCaptureDependencies_v2_ptsz(CUstream hStream, CUgraphNode *dependencies, const CUgraphEdgeData *dependencyData, size_t numDependencies, unsigned int flags)
{
    return cuStreamUpdateCaptureDependencies_v2(hStream, dependencies, dependencyData, numDependencies, flags);
}

FAKE__STUB CUresult cuStreamWaitEvent(CUstream hStream, CUevent hEvent, unsigned int Flags)
{
    (void)hStream;
    (void)hEvent;
    (void)Flags;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuStreamWaitEvent);
}

FAKE__STUB CUresult cuStreamWaitEvent_ptsz(CUstream hStream, CUevent hEvent, unsigned int Flags)
{
    return cuStreamWaitEvent(hStream, hEvent, Flags);
}

FAKE__STUB CUresult cuStreamWaitValue32(CUstream stream, CUdeviceptr addr, cuuint32_t value, unsigned int flags)
{
    return cuStreamWaitValue32_v2(stream, addr, value, flags);
}

FAKE__STUB CUresult cuStreamWaitValue32_ptsz(CUstream stream, CUdeviceptr addr, cuuint32_t value, unsigned int flags)
{
    return cuStreamWaitValue32_v2(stream, addr, value, flags);
}

FAKE__STUB CUresult cuStreamWaitValue32_v2(CUstream stream, CUdeviceptr addr, cuuint32_t value, unsigned int flags)
{
    (void)stream;
    (void)addr;
    (void)value;
    (void)flags;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuStreamWaitValue32_v2);
}

FAKE__STUB CUresult cuStreamWaitValue32_v2_ptsz(CUstream stream, CUdeviceptr addr, cuuint32_t value, unsigned int flags)
{
    return cuStreamWaitValue32_v2(stream, addr, value, flags);
}

FAKE__STUB CUresult cuStreamWaitValue64(CUstream stream, CUdeviceptr addr, cuuint64_t value, unsigned int flags)
{
    return cuStreamWaitValue64_v2(stream, addr, value, flags);
}

FAKE__STUB CUresult cuStreamWaitValue64_ptsz(CUstream stream, CUdeviceptr addr, cuuint64_t value, unsigned int flags)
{
    return cuStreamWaitValue64_v2(stream, addr, value, flags);
}

FAKE__STUB CUresult cuStreamWaitValue64_v2(CUstream stream, CUdeviceptr addr, cuuint64_t value, unsigned int flags)
{
    (void)stream;
    (void)addr;
    (void)value;
    (void)flags;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuStreamWaitValue64_v2);
}

FAKE__STUB CUresult cuStreamWaitValue64_v2_ptsz(CUstream stream, CUdeviceptr addr, cuuint64_t value, unsigned int flags)
{
    return cuStreamWaitValue64_v2(stream, addr, value, flags);
}

FAKE__STUB CUresult cuStreamWriteValue32(CUstream stream, CUdeviceptr addr, cuuint32_t value, unsigned int flags)
{
    return cuStreamWriteValue32_v2(stream, addr, value, flags);
}

FAKE__STUB CUresult cuStreamWriteValue32_ptsz(CUstream stream, CUdeviceptr addr, cuuint32_t value, unsigned int flags)
{
    return cuStreamWriteValue32_v2(stream, addr, value, flags);
}

FAKE__STUB CUresult cuStreamWriteValue32_v2(CUstream stream, CUdeviceptr addr, cuuint32_t value, unsigned int flags)
{
    (void)stream;
    (void)addr;
    (void)value;
    (void)flags;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuStreamWriteValue32_v2);
}

FAKE__STUB CUresult cuStreamWriteValue32_v2_ptsz(CUstream stream, CUdeviceptr addr, cuuint32_t value, unsigned int flags)
{
    return cuStreamWriteValue32_v2(stream, addr, value, flags);
}

FAKE__STUB CUresult cuStreamWriteValue64(CUstream stream, CUdeviceptr addr, cuuint64_t value, unsigned int flags)
{
    return cuStreamWriteValue64_v2(stream, addr, value, flags);
}

FAKE__STUB CUresult cuStreamWriteValue64_ptsz(CUstream stream, CUdeviceptr addr, cuuint64_t value, unsigned int flags)
{
    return cuStreamWriteValue64_v2(stream, addr, value, flags);
}

FAKE__STUB CUresult cuStreamWriteValue64_v2(CUstream stream, CUdeviceptr addr, cuuint64_t value, unsigned int flags)
{
    (void)stream;
    (void)addr;
    (void)value;
    (void)flags;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuStreamWriteValue64_v2);
}

FAKE__STUB CUresult cuStreamWriteValue64_v2_ptsz(CUstream stream, CUdeviceptr addr, cuuint64_t value, unsigned int flags)
{
    return cuStreamWriteValue64_v2(stream, addr, value, flags);
}

FAKE__STUB CUresult cuSurfObjectCreate(CUsurfObject *pSurfObject, const CUDA_RESOURCE_DESC *pResDesc)
{
    (void)pSurfObject;
    (void)pResDesc;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuSurfObjectCreate);
}

FAKE__STUB CUresult cuSurfObjectDestroy(CUsurfObject surfObject)
{
    (void)surfObject;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuSurfObjectDestroy);
}

FAKE__STUB CUresult cuSurfObjectGetResourceDesc(CUDA_RESOURCE_DESC *pResDesc, CUsurfObject surfObject)
{
    (void)pResDesc;
    (void)surfObject;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuSurfObjectGetResourceDesc);
}

FAKE__STUB CUresult cuSurfRefGetArray(CUarray *phArray, CUsurfref hSurfRef)
{
    (void)phArray;
    (void)hSurfRef;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuSurfRefGetArray);
}

FAKE__STUB CUresult cuSurfRefSetArray(CUsurfref hSurfRef, CUarray hArray, unsigned int Flags)
{
    (void)hSurfRef;
    (void)hArray;
    (void)Flags;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuSurfRefSetArray);
}

FAKE__STUB CUresult cuTensorMapEncodeIm2col(CUtensorMap *tensorMap, CUtensorMapDataType tensorDataType, cuuint32_t tensorRank, void *globalAddress, const cuuint64_t *globalDim, const cuuint64_t *globalStrides, const int *pixelBoxLowerCorner, const int *pixelBoxUpperCorner, cuuint32_t channelsPerPixel, cuuint32_t pixelsPerColumn, const cuuint32_t *elementStrides, CUtensorMapInterleave interleave, CUtensorMapSwizzle swizzle, CUtensorMapL2promotion l2Promotion, CUtensorMapFloatOOBfill oobFill)
{
    (void)tensorMap;
    (void)tensorDataType;
    (void)tensorRank;
    (void)globalAddress;
    (void)globalDim;
    (void)globalStrides;
    (void)pixelBoxLowerCorner;
    (void)pixelBoxUpperCorner;
    (void)channelsPerPixel;
    (void)pixelsPerColumn;
    (void)elementStrides;
    (void)interleave;
    (void)swizzle;
    (void)l2Promotion;
    (void)oobFill;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuTensorMapEncodeIm2col);
}

FAKE__STUB CUresult cuTensorMapEncodeIm2colWide(CUtensorMap *tensorMap, CUtensorMapDataType tensorDataType, cuuint32_t tensorRank, void *globalAddress, const cuuint64_t *globalDim, const cuuint64_t *globalStrides, int pixelBoxLowerCornerWidth, int pixelBoxUpperCornerWidth, cuuint32_t channelsPerPixel, cuuint32_t pixelsPerColumn, const cuuint32_t *elementStrides, CUtensorMapInterleave interleave, CUtensorMapIm2ColWideMode mode, CUtensorMapSwizzle swizzle, CUtensorMapL2promotion l2Promotion, CUtensorMapFloatOOBfill oobFill)
{
    (void)tensorMap;
    (void)tensorDataType;
    (void)tensorRank;
    (void)globalAddress;
    (void)globalDim;
    (void)globalStrides;
    (void)pixelBoxLowerCornerWidth;
    (void)pixelBoxUpperCornerWidth;
    (void)channelsPerPixel;
    (void)pixelsPerColumn;
    (void)elementStrides;
    (void)interleave;
    (void)mode;
    (void)swizzle;
    (void)l2Promotion;
    (void)oobFill;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuTensorMapEncodeIm2colWide);
}

FAKE__STUB CUresult cuTensorMapEncodeTiled(CUtensorMap *tensorMap, CUtensorMapDataType tensorDataType, cuuint32_t tensorRank, void *globalAddress, const cuuint64_t *globalDim, const cuuint64_t *globalStrides, const cuuint32_t *boxDim, const cuuint32_t *elementStrides, CUtensorMapInterleave interleave, CUtensorMapSwizzle swizzle, CUtensorMapL2promotion l2Promotion, CUtensorMapFloatOOBfill oobFill)
{
    (void)tensorMap;
    (void)tensorDataType;
    (void)tensorRank;
    (void)globalAddress;
    (void)globalDim;
    (void)globalStrides;
    (void)boxDim;
    (void)elementStrides;
    (void)interleave;
    (void)swizzle;
    (void)l2Promotion;
    (void)oobFill;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuTensorMapEncodeTiled);
}

FAKE__STUB CUresult cuTensorMapReplaceAddress(CUtensorMap *tensorMap, void *globalAddress)
{
    (void)tensorMap;
    (void)globalAddress;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuTensorMapReplaceAddress);
}

FAKE__STUB CUresult cuTexObjectCreate(CUtexObject *pTexObject, const CUDA_RESOURCE_DESC *pResDesc, const CUDA_TEXTURE_DESC *pTexDesc, const CUDA_RESOURCE_VIEW_DESC *pResViewDesc)
{
    (void)pTexObject;
    (void)pResDesc;
    (void)pTexDesc;
    (void)pResViewDesc;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuTexObjectCreate);
}

FAKE__STUB CUresult cuTexObjectDestroy(CUtexObject texObject)
{
    (void)texObject;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuTexObjectDestroy);
}

FAKE__STUB CUresult cuTexObjectGetResourceDesc(CUDA_RESOURCE_DESC *pResDesc, CUtexObject texObject)
{
    (void)pResDesc;
    (void)texObject;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuTexObjectGetResourceDesc);
}

FAKE__STUB CUresult cuTexObjectGetResourceViewDesc(CUDA_RESOURCE_VIEW_DESC *pResViewDesc, CUtexObject texObject)
{
    (void)pResViewDesc;
    (void)texObject;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuTexObjectGetResourceViewDesc);
}

FAKE__STUB CUresult cuTexObjectGetTextureDesc(CUDA_TEXTURE_DESC *pTexDesc, CUtexObject texObject)
{
    (void)pTexDesc;
    (void)texObject;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuTexObjectGetTextureDesc);
}

FAKE__STUB CUresult cuTexRefCreate(CUtexref *pTexRef)
{
    (void)pTexRef;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuTexRefCreate);
}

FAKE__STUB CUresult cuTexRefDestroy(CUtexref hTexRef)
{
    (void)hTexRef;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuTexRefDestroy);
}

FAKE__STUB CUresult cuTexRefGetAddress(CUdeviceptr_v1 *pdptr, CUtexref hTexRef)
{
    (void)pdptr;
    (void)hTexRef;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuTexRefGetAddress);
}

FAKE__STUB CUresult cuTexRefGetAddress_v2(CUdeviceptr *pdptr, CUtexref hTexRef)
{
    (void)pdptr;
    (void)hTexRef;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuTexRefGetAddress_v2);
}

FAKE__STUB CUresult cuTexRefGetAddressMode(CUaddress_mode *pam, CUtexref hTexRef, int dim)
{
    (void)pam;
    (void)hTexRef;
    (void)dim;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuTexRefGetAddressMode);
}

FAKE__STUB CUresult cuTexRefGetArray(CUarray *phArray, CUtexref hTexRef)
{
    (void)phArray;
    (void)hTexRef;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuTexRefGetArray);
}

FAKE__STUB CUresult cuTexRefGetBorderColor(float *pBorderColor, CUtexref hTexRef)
{
    (void)pBorderColor;
    (void)hTexRef;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuTexRefGetBorderColor);
}

FAKE__STUB CUresult cuTexRefGetFilterMode(CUfilter_mode *pfm, CUtexref hTexRef)
{
    (void)pfm;
    (void)hTexRef;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuTexRefGetFilterMode);
}

FAKE__STUB CUresult cuTexRefGetFlags(unsigned int *pFlags, CUtexref hTexRef)
{
    (void)pFlags;
    (void)hTexRef;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuTexRefGetFlags);
}

FAKE__STUB CUresult cuTexRefGetFormat(CUarray_format *pFormat, int *pNumChannels, CUtexref hTexRef)
{
    (void)pFormat;
    (void)pNumChannels;
    (void)hTexRef;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuTexRefGetFormat);
}

FAKE__STUB CUresult cuTexRefGetMaxAnisotropy(int *pmaxAniso, CUtexref hTexRef)
{
    (void)pmaxAniso;
    (void)hTexRef;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuTexRefGetMaxAnisotropy);
}

FAKE__STUB CUresult cuTexRefGetMipmapFilterMode(CUfilter_mode *pfm, CUtexref hTexRef)
{
    (void)pfm;
    (void)hTexRef;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuTexRefGetMipmapFilterMode);
}

FAKE__STUB CUresult cuTexRefGetMipmapLevelBias(float *pbias, CUtexref hTexRef)
{
    (void)pbias;
    (void)hTexRef;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuTexRefGetMipmapLevelBias);
}

FAKE__STUB CUresult cuTexRefGetMipmapLevelClamp(float *pminMipmapLevelClamp, float *pmaxMipmapLevelClamp, CUtexref hTexRef)
{
    (void)pminMipmapLevelClamp;
    (void)pmaxMipmapLevelClamp;
    (void)hTexRef;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuTexRefGetMipmapLevelClamp);
}

FAKE__STUB CUresult cuTexRefGetMipmappedArray(CUmipmappedArray *phMipmappedArray, CUtexref hTexRef)
{
    (void)phMipmappedArray;
    (void)hTexRef;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuTexRefGetMipmappedArray);
}

FAKE__STUB CUresult cuTexRefSetAddress(unsigned int *ByteOffset, CUtexref hTexRef, CUdeviceptr_v1 dptr, unsigned int bytes)
{
    (void)ByteOffset;
    (void)hTexRef;
    (void)dptr;
    (void)bytes;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuTexRefSetAddress);
}

FAKE__STUB CUresult cuTexRefSetAddress_v2(size_t *ByteOffset, CUtexref hTexRef, CUdeviceptr dptr, size_t bytes)
{
    (void)ByteOffset;
    (void)hTexRef;
    (void)dptr;
    (void)bytes;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuTexRefSetAddress_v2);
}

FAKE__STUB CUresult cuTexRefSetAddress2D(CUtexref hTexRef, const CUDA_ARRAY_DESCRIPTOR_v1 *desc, CUdeviceptr_v1 dptr, unsigned int Pitch)
{
    (void)hTexRef;
    (void)desc;
    (void)dptr;
    (void)Pitch;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuTexRefSetAddress2D);
}

FAKE__STUB CUresult cuTexRefSetAddress2D_v2(CUtexref hTexRef, const CUDA_ARRAY_DESCRIPTOR *desc, CUdeviceptr dptr, size_t Pitch)
{
    return cuTexRefSetAddress2D_v3(hTexRef, desc, dptr, Pitch);
}

FAKE__STUB CUresult cuTexRefSetAddress2D_v3(CUtexref hTexRef, const CUDA_ARRAY_DESCRIPTOR *desc, CUdeviceptr dptr, size_t Pitch)
{
    (void)hTexRef;
    (void)desc;
    (void)dptr;
    (void)Pitch;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuTexRefSetAddress2D_v3);
}

FAKE__STUB CUresult cuTexRefSetAddressMode(CUtexref hTexRef, int dim, CUaddress_mode am)
{
    (void)hTexRef;
    (void)dim;
    (void)am;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuTexRefSetAddressMode);
}

FAKE__STUB CUresult cuTexRefSetArray(CUtexref hTexRef, CUarray hArray, unsigned int Flags)
{
    (void)hTexRef;
    (void)hArray;
    (void)Flags;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuTexRefSetArray);
}

FAKE__STUB CUresult cuTexRefSetBorderColor(CUtexref hTexRef, float *pBorderColor)
{
    (void)hTexRef;
    (void)pBorderColor;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuTexRefSetBorderColor);
}

FAKE__STUB CUresult cuTexRefSetFilterMode(CUtexref hTexRef, CUfilter_mode fm)
{
    (void)hTexRef;
    (void)fm;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuTexRefSetFilterMode);
}

FAKE__STUB CUresult cuTexRefSetFlags(CUtexref hTexRef, unsigned int Flags)
{
    (void)hTexRef;
    (void)Flags;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuTexRefSetFlags);
}

FAKE__STUB CUresult cuTexRefSetFormat(CUtexref hTexRef, CUarray_format fmt, int NumPackedComponents)
{
    (void)hTexRef;
    (void)fmt;
    (void)NumPackedComponents;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuTexRefSetFormat);
}

FAKE__STUB CUresult cuTexRefSetMaxAnisotropy(CUtexref hTexRef, unsigned int maxAniso)
{
    (void)hTexRef;
    (void)maxAniso;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuTexRefSetMaxAnisotropy);
}

FAKE__STUB CUresult cuTexRefSetMipmapFilterMode(CUtexref hTexRef, CUfilter_mode fm)
{
    (void)hTexRef;
    (void)fm;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuTexRefSetMipmapFilterMode);
}

FAKE__STUB CUresult cuTexRefSetMipmapLevelBias(CUtexref hTexRef, float bias)
{
    (void)hTexRef;
    (void)bias;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuTexRefSetMipmapLevelBias);
}

FAKE__STUB CUresult cuTexRefSetMipmapLevelClamp(CUtexref hTexRef, float minMipmapLevelClamp, float maxMipmapLevelClamp)
{
    (void)hTexRef;
    (void)minMipmapLevelClamp;
    (void)maxMipmapLevelClamp;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuTexRefSetMipmapLevelClamp);
}

FAKE__STUB CUresult cuTexRefSetMipmappedArray(CUtexref hTexRef, CUmipmappedArray hMipmappedArray, unsigned int Flags)
{
    (void)hTexRef;
    (void)hMipmappedArray;
    (void)Flags;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuTexRefSetMipmappedArray);
}

FAKE__STUB CUresult cuThreadExchangeStreamCaptureMode(CUstreamCaptureMode *mode)
{
    (void)mode;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuThreadExchangeStreamCaptureMode);
}

FAKE__STUB CUresult cuUserObjectCreate(CUuserObject *object_out, void *ptr, CUhostFn destroy, unsigned int initialRefcount, unsigned int flags)
{
    (void)object_out;
    (void)ptr;
    (void)destroy;
    (void)initialRefcount;
    (void)flags;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuUserObjectCreate);
}

FAKE__STUB CUresult cuUserObjectRelease(CUuserObject object, unsigned int count)
{
    (void)object;
    (void)count;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuUserObjectRelease);
}

FAKE__STUB CUresult cuUserObjectRetain(CUuserObject object, unsigned int count)
{
    (void)object;
    (void)count;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuUserObjectRetain);
}

FAKE__STUB CUresult cuVDPAUCtxCreate(CUcontext *pCtx, unsigned int flags, CUdevice device, VdpDevice vdpDevice, VdpGetProcAddress *vdpGetProcAddress)
{
    return cuVDPAUCtxCreate_v2(pCtx, flags, device, vdpDevice, vdpGetProcAddress);
}

FAKE__STUB CUresult cuVDPAUCtxCreate_v2(CUcontext *pCtx, unsigned int flags, CUdevice device, VdpDevice vdpDevice, VdpGetProcAddress *vdpGetProcAddress)
{
    (void)pCtx;
    (void)flags;
    (void)device;
    (void)vdpDevice;
    (void)vdpGetProcAddress;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuVDPAUCtxCreate_v2);
}

FAKE__STUB CUresult cuVDPAUGetDevice(CUdevice *pDevice, VdpDevice vdpDevice, VdpGetProcAddress *vdpGetProcAddress)
{
    (void)pDevice;
    (void)vdpDevice;
    (void)vdpGetProcAddress;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuVDPAUGetDevice);
}

FAKE__STUB CUresult cuWaitExternalSemaphoresAsync(const CUexternalSemaphore *extSemArray, const CUDA_EXTERNAL_SEMAPHORE_WAIT_PARAMS *paramsArray, unsigned int numExtSems, CUstream stream)
{
    (void)extSemArray;
    (void)paramsArray;
    (void)numExtSems;
    (void)stream;
    return (CUresult)fake__unsupported(&quanta__cuda_api, QUANTA_CUDA_cuWaitExternalSemaphoresAsync);
}

FAKE__STUB CUresult cuWaitExternalSemaphoresAsync_ptsz(const CUexternalSemaphore *extSemArray, const CUDA_EXTERNAL_SEMAPHORE_WAIT_PARAMS *paramsArray, unsigned int numExtSems, CUstream stream)
{
    return cuWaitExternalSemaphoresAsync(extSemArray, paramsArray, numExtSems, stream);
}

void *const fake__cuda_fns[QUANTA_CUDA_FN_COUNT] = {
    (void *)cuArray3DCreate,
    (void *)cuArray3DCreate_v2,
    (void *)cuArray3DGetDescriptor,
    (void *)cuArray3DGetDescriptor_v2,
    (void *)cuArrayCreate,
    (void *)cuArrayCreate_v2,
    (void *)cuArrayDestroy,
    (void *)cuArrayGetDescriptor,
    (void *)cuArrayGetDescriptor_v2,
    (void *)cuArrayGetMemoryRequirements,
    (void *)cuArrayGetPlane,
    (void *)cuArrayGetSparseProperties,
    (void *)cuCheckpointProcessCheckpoint,
    (void *)cuCheckpointProcessGetRestoreThreadId,
    (void *)cuCheckpointProcessGetState,
    (void *)cuCheckpointProcessLock,
    (void *)cuCheckpointProcessRestore,
    (void *)cuCheckpointProcessUnlock,
    (void *)cuCoredumpGetAttribute,
    (void *)cuCoredumpGetAttributeGlobal,
    (void *)cuCoredumpSetAttribute,
    (void *)cuCoredumpSetAttributeGlobal,
    (void *)cuCtxAttach,
    (void *)cuCtxCreate,
    (void *)cuCtxCreate_v2,
    (void *)cuCtxCreate_v3,
    (void *)cuCtxCreate_v4,
    (void *)cuCtxDestroy,
    (void *)cuCtxDestroy_v2,
    (void *)cuCtxDetach,
    (void *)cuCtxDisablePeerAccess,
    (void *)cuCtxEnablePeerAccess,
    (void *)cuCtxFromGreenCtx,
    (void *)cuCtxGetApiVersion,
    (void *)cuCtxGetCacheConfig,
    (void *)cuCtxGetCurrent,
    (void *)cuCtxGetDevResource,
    (void *)cuCtxGetDevice,
    (void *)cuCtxGetDevice_v2,
    (void *)cuCtxGetExecAffinity,
    (void *)cuCtxGetFlags,
    (void *)cuCtxGetId,
    (void *)cuCtxGetLimit,
    (void *)cuCtxGetSharedMemConfig,
    (void *)cuCtxGetStreamPriorityRange,
    (void *)cuCtxPopCurrent,
    (void *)cuCtxPopCurrent_v2,
    (void *)cuCtxPushCurrent,
    (void *)cuCtxPushCurrent_v2,
    (void *)cuCtxRecordEvent,
    (void *)cuCtxResetPersistingL2Cache,
    (void *)cuCtxSetCacheConfig,
    (void *)cuCtxSetCurrent,
    (void *)cuCtxSetFlags,
    (void *)cuCtxSetLimit,
    (void *)cuCtxSetSharedMemConfig,
    (void *)cuCtxSynchronize,
    (void *)cuCtxSynchronize_v2,
    (void *)cuCtxWaitEvent,
    (void *)cuDestroyExternalMemory,
    (void *)cuDestroyExternalSemaphore,
    (void *)cuDevResourceGenerateDesc,
    (void *)cuDevSmResourceSplitByCount,
    (void *)cuDeviceCanAccessPeer,
    (void *)cuDeviceComputeCapability,
    (void *)cuDeviceGet,
    (void *)cuDeviceGetAttribute,
    (void *)cuDeviceGetByPCIBusId,
    (void *)cuDeviceGetCount,
    (void *)cuDeviceGetDefaultMemPool,
    (void *)cuDeviceGetDevResource,
    (void *)cuDeviceGetExecAffinitySupport,
    (void *)cuDeviceGetGraphMemAttribute,
    (void *)cuDeviceGetHostAtomicCapabilities,
    (void *)cuDeviceGetLuid,
    (void *)cuDeviceGetMemPool,
    (void *)cuDeviceGetName,
    (void *)cuDeviceGetNvSciSyncAttributes,
    (void *)cuDeviceGetP2PAtomicCapabilities,
    (void *)cuDeviceGetP2PAttribute,
    (void *)cuDeviceGetPCIBusId,
    (void *)cuDeviceGetProperties,
    (void *)cuDeviceGetTexture1DLinearMaxWidth,
    (void *)cuDeviceGetUuid,
    (void *)cuDeviceGetUuid_v2,
    (void *)cuDeviceGraphMemTrim,
    (void *)cuDevicePrimaryCtxGetState,
    (void *)cuDevicePrimaryCtxRelease,
    (void *)cuDevicePrimaryCtxRelease_v2,
    (void *)cuDevicePrimaryCtxReset,
    (void *)cuDevicePrimaryCtxReset_v2,
    (void *)cuDevicePrimaryCtxRetain,
    (void *)cuDevicePrimaryCtxSetFlags,
    (void *)cuDevicePrimaryCtxSetFlags_v2,
    (void *)cuDeviceRegisterAsyncNotification,
    (void *)cuDeviceSetGraphMemAttribute,
    (void *)cuDeviceSetMemPool,
    (void *)cuDeviceTotalMem,
    (void *)cuDeviceTotalMem_v2,
    (void *)cuDeviceUnregisterAsyncNotification,
    (void *)cuDriverGetVersion,
    (void *)cuEGLStreamConsumerAcquireFrame,
    (void *)cuEGLStreamConsumerConnect,
    (void *)cuEGLStreamConsumerConnectWithFlags,
    (void *)cuEGLStreamConsumerDisconnect,
    (void *)cuEGLStreamConsumerReleaseFrame,
    (void *)cuEGLStreamProducerConnect,
    (void *)cuEGLStreamProducerDisconnect,
    (void *)cuEGLStreamProducerPresentFrame,
    (void *)cuEGLStreamProducerReturnFrame,
    (void *)cuEventCreate,
    (void *)cuEventCreateFromEGLSync,
    (void *)cuEventDestroy,
    (void *)cuEventDestroy_v2,
    (void *)cuEventElapsedTime,
    (void *)cuEventElapsedTime_v2,
    (void *)cuEventQuery,
    (void *)cuEventRecord,
    (void *)cuEventRecord_ptsz,
    (void *)cuEventRecordWithFlags,
    (void *)cuEventRecordWithFlags_ptsz,
    (void *)cuEventSynchronize,
    (void *)cuExternalMemoryGetMappedBuffer,
    (void *)cuExternalMemoryGetMappedMipmappedArray,
    (void *)cuFlushGPUDirectRDMAWrites,
    (void *)cuFuncGetAttribute,
    (void *)cuFuncGetModule,
    (void *)cuFuncGetName,
    (void *)cuFuncGetParamInfo,
    (void *)cuFuncIsLoaded,
    (void *)cuFuncLoad,
    (void *)cuFuncSetAttribute,
    (void *)cuFuncSetBlockShape,
    (void *)cuFuncSetCacheConfig,
    (void *)cuFuncSetSharedMemConfig,
    (void *)cuFuncSetSharedSize,
    (void *)cuGLCtxCreate,
    (void *)cuGLCtxCreate_v2,
    (void *)cuGLGetDevices,
    (void *)cuGLGetDevices_v2,
    (void *)cuGLInit,
    (void *)cuGLMapBufferObject,
    (void *)cuGLMapBufferObject_v2,
    (void *)cuGLMapBufferObject_v2_ptds,
    (void *)cuGLMapBufferObjectAsync,
    (void *)cuGLMapBufferObjectAsync_v2,
    (void *)cuGLMapBufferObjectAsync_v2_ptsz,
    (void *)cuGLRegisterBufferObject,
    (void *)cuGLSetBufferObjectMapFlags,
    (void *)cuGLUnmapBufferObject,
    (void *)cuGLUnmapBufferObjectAsync,
    (void *)cuGLUnregisterBufferObject,
    (void *)cuGetErrorName,
    (void *)cuGetErrorString,
    (void *)cuGetExportTable,
    (void *)cuGetProcAddress,
    (void *)cuGetProcAddress_v2,
    (void *)cuGraphAddBatchMemOpNode,
    (void *)cuGraphAddChildGraphNode,
    (void *)cuGraphAddDependencies,
    (void *)cuGraphAddDependencies_v2,
    (void *)cuGraphAddEmptyNode,
    (void *)cuGraphAddEventRecordNode,
    (void *)cuGraphAddEventWaitNode,
    (void *)cuGraphAddExternalSemaphoresSignalNode,
    (void *)cuGraphAddExternalSemaphoresWaitNode,
    (void *)cuGraphAddHostNode,
    (void *)cuGraphAddKernelNode,
    (void *)cuGraphAddKernelNode_v2,
    (void *)cuGraphAddMemAllocNode,
    (void *)cuGraphAddMemFreeNode,
    (void *)cuGraphAddMemcpyNode,
    (void *)cuGraphAddMemsetNode,
    (void *)cuGraphAddNode,
    (void *)cuGraphAddNode_v2,
    (void *)cuGraphBatchMemOpNodeGetParams,
    (void *)cuGraphBatchMemOpNodeSetParams,
    (void *)cuGraphChildGraphNodeGetGraph,
    (void *)cuGraphClone,
    (void *)cuGraphConditionalHandleCreate,
    (void *)cuGraphCreate,
    (void *)cuGraphDebugDotPrint,
    (void *)cuGraphDestroy,
    (void *)cuGraphDestroyNode,
    (void *)cuGraphEventRecordNodeGetEvent,
    (void *)cuGraphEventRecordNodeSetEvent,
    (void *)cuGraphEventWaitNodeGetEvent,
    (void *)cuGraphEventWaitNodeSetEvent,
    (void *)cuGraphExecBatchMemOpNodeSetParams,
    (void *)cuGraphExecChildGraphNodeSetParams,
    (void *)cuGraphExecDestroy,
    (void *)cuGraphExecEventRecordNodeSetEvent,
    (void *)cuGraphExecEventWaitNodeSetEvent,
    (void *)cuGraphExecExternalSemaphoresSignalNodeSetParams,
    (void *)cuGraphExecExternalSemaphoresWaitNodeSetParams,
    (void *)cuGraphExecGetFlags,
    (void *)cuGraphExecHostNodeSetParams,
    (void *)cuGraphExecKernelNodeSetParams,
    (void *)cuGraphExecKernelNodeSetParams_v2,
    (void *)cuGraphExecMemcpyNodeSetParams,
    (void *)cuGraphExecMemsetNodeSetParams,
    (void *)cuGraphExecNodeSetParams,
    (void *)cuGraphExecUpdate,
    (void *)cuGraphExecUpdate_v2,
    (void *)cuGraphExternalSemaphoresSignalNodeGetParams,
    (void *)cuGraphExternalSemaphoresSignalNodeSetParams,
    (void *)cuGraphExternalSemaphoresWaitNodeGetParams,
    (void *)cuGraphExternalSemaphoresWaitNodeSetParams,
    (void *)cuGraphGetEdges,
    (void *)cuGraphGetEdges_v2,
    (void *)cuGraphGetNodes,
    (void *)cuGraphGetRootNodes,
    (void *)cuGraphHostNodeGetParams,
    (void *)cuGraphHostNodeSetParams,
    (void *)cuGraphInstantiate,
    (void *)cuGraphInstantiate_v2,
    (void *)cuGraphInstantiateWithFlags,
    (void *)cuGraphInstantiateWithParams,
    (void *)cuGraphInstantiateWithParams_ptsz,
    (void *)cuGraphKernelNodeCopyAttributes,
    (void *)cuGraphKernelNodeGetAttribute,
    (void *)cuGraphKernelNodeGetParams,
    (void *)cuGraphKernelNodeGetParams_v2,
    (void *)cuGraphKernelNodeSetAttribute,
    (void *)cuGraphKernelNodeSetParams,
    (void *)cuGraphKernelNodeSetParams_v2,
    (void *)cuGraphLaunch,
    (void *)cuGraphLaunch_ptsz,
    (void *)cuGraphMemAllocNodeGetParams,
    (void *)cuGraphMemFreeNodeGetParams,
    (void *)cuGraphMemcpyNodeGetParams,
    (void *)cuGraphMemcpyNodeSetParams,
    (void *)cuGraphMemsetNodeGetParams,
    (void *)cuGraphMemsetNodeSetParams,
    (void *)cuGraphNodeFindInClone,
    (void *)cuGraphNodeGetDependencies,
    (void *)cuGraphNodeGetDependencies_v2,
    (void *)cuGraphNodeGetDependentNodes,
    (void *)cuGraphNodeGetDependentNodes_v2,
    (void *)cuGraphNodeGetEnabled,
    (void *)cuGraphNodeGetType,
    (void *)cuGraphNodeSetEnabled,
    (void *)cuGraphNodeSetParams,
    (void *)cuGraphReleaseUserObject,
    (void *)cuGraphRemoveDependencies,
    (void *)cuGraphRemoveDependencies_v2,
    (void *)cuGraphRetainUserObject,
    (void *)cuGraphUpload,
    (void *)cuGraphUpload_ptsz,
    (void *)cuGraphicsEGLRegisterImage,
    (void *)cuGraphicsGLRegisterBuffer,
    (void *)cuGraphicsGLRegisterImage,
    (void *)cuGraphicsMapResources,
    (void *)cuGraphicsMapResources_ptsz,
    (void *)cuGraphicsResourceGetMappedEglFrame,
    (void *)cuGraphicsResourceGetMappedMipmappedArray,
    (void *)cuGraphicsResourceGetMappedPointer,
    (void *)cuGraphicsResourceGetMappedPointer_v2,
    (void *)cuGraphicsResourceSetMapFlags,
    (void *)cuGraphicsResourceSetMapFlags_v2,
    (void *)cuGraphicsSubResourceGetMappedArray,
    (void *)cuGraphicsUnmapResources,
    (void *)cuGraphicsUnmapResources_ptsz,
    (void *)cuGraphicsUnregisterResource,
    (void *)cuGraphicsVDPAURegisterOutputSurface,
    (void *)cuGraphicsVDPAURegisterVideoSurface,
    (void *)cuGreenCtxCreate,
    (void *)cuGreenCtxDestroy,
    (void *)cuGreenCtxGetDevResource,
    (void *)cuGreenCtxGetId,
    (void *)cuGreenCtxRecordEvent,
    (void *)cuGreenCtxStreamCreate,
    (void *)cuGreenCtxWaitEvent,
    (void *)cuImportExternalMemory,
    (void *)cuImportExternalSemaphore,
    (void *)cuInit,
    (void *)cuIpcCloseMemHandle,
    (void *)cuIpcGetEventHandle,
    (void *)cuIpcGetMemHandle,
    (void *)cuIpcOpenEventHandle,
    (void *)cuIpcOpenMemHandle,
    (void *)cuIpcOpenMemHandle_v2,
    (void *)cuKernelGetAttribute,
    (void *)cuKernelGetFunction,
    (void *)cuKernelGetLibrary,
    (void *)cuKernelGetName,
    (void *)cuKernelGetParamInfo,
    (void *)cuKernelSetAttribute,
    (void *)cuKernelSetCacheConfig,
    (void *)cuLaunch,
    (void *)cuLaunchCooperativeKernel,
    (void *)cuLaunchCooperativeKernel_ptsz,
    (void *)cuLaunchCooperativeKernelMultiDevice,
    (void *)cuLaunchGrid,
    (void *)cuLaunchGridAsync,
    (void *)cuLaunchHostFunc,
    (void *)cuLaunchHostFunc_ptsz,
    (void *)cuLaunchKernel,
    (void *)cuLaunchKernel_ptsz,
    (void *)cuLaunchKernelEx,
    (void *)cuLaunchKernelEx_ptsz,
    (void *)cuLibraryEnumerateKernels,
    (void *)cuLibraryGetGlobal,
    (void *)cuLibraryGetKernel,
    (void *)cuLibraryGetKernelCount,
    (void *)cuLibraryGetManaged,
    (void *)cuLibraryGetModule,
    (void *)cuLibraryGetUnifiedFunction,
    (void *)cuLibraryLoadData,
    (void *)cuLibraryLoadFromFile,
    (void *)cuLibraryUnload,
    (void *)cuLinkAddData,
    (void *)cuLinkAddData_v2,
    (void *)cuLinkAddFile,
    (void *)cuLinkAddFile_v2,
    (void *)cuLinkComplete,
    (void *)cuLinkCreate,
    (void *)cuLinkCreate_v2,
    (void *)cuLinkDestroy,
    (void *)cuLogsCurrent,
    (void *)cuLogsDumpToFile,
    (void *)cuLogsDumpToMemory,
    (void *)cuLogsRegisterCallback,
    (void *)cuLogsUnregisterCallback,
    (void *)cuMemAddressFree,
    (void *)cuMemAddressReserve,
    (void *)cuMemAdvise,
    (void *)cuMemAdvise_v2,
    (void *)cuMemAlloc,
    (void *)cuMemAlloc_v2,
    (void *)cuMemAllocAsync,
    (void *)cuMemAllocAsync_ptsz,
    (void *)cuMemAllocFromPoolAsync,
    (void *)cuMemAllocFromPoolAsync_ptsz,
    (void *)cuMemAllocHost,
    (void *)cuMemAllocHost_v2,
    (void *)cuMemAllocManaged,
    (void *)cuMemAllocPitch,
    (void *)cuMemAllocPitch_v2,
    (void *)cuMemBatchDecompressAsync,
    (void *)cuMemBatchDecompressAsync_ptsz,
    (void *)cuMemCreate,
    (void *)cuMemDiscardAndPrefetchBatchAsync,
    (void *)cuMemDiscardAndPrefetchBatchAsync_ptsz,
    (void *)cuMemDiscardBatchAsync,
    (void *)cuMemDiscardBatchAsync_ptsz,
    (void *)cuMemExportToShareableHandle,
    (void *)cuMemFree,
    (void *)cuMemFree_v2,
    (void *)cuMemFreeAsync,
    (void *)cuMemFreeAsync_ptsz,
    (void *)cuMemFreeHost,
    (void *)cuMemGetAccess,
    (void *)cuMemGetAddressRange,
    (void *)cuMemGetAddressRange_v2,
    (void *)cuMemGetAllocationGranularity,
    (void *)cuMemGetAllocationPropertiesFromHandle,
    (void *)cuMemGetDefaultMemPool,
    (void *)cuMemGetHandleForAddressRange,
    (void *)cuMemGetInfo,
    (void *)cuMemGetInfo_v2,
    (void *)cuMemGetMemPool,
    (void *)cuMemHostAlloc,
    (void *)cuMemHostGetDevicePointer,
    (void *)cuMemHostGetDevicePointer_v2,
    (void *)cuMemHostGetFlags,
    (void *)cuMemHostRegister,
    (void *)cuMemHostRegister_v2,
    (void *)cuMemHostUnregister,
    (void *)cuMemImportFromShareableHandle,
    (void *)cuMemMap,
    (void *)cuMemMapArrayAsync,
    (void *)cuMemMapArrayAsync_ptsz,
    (void *)cuMemPoolCreate,
    (void *)cuMemPoolDestroy,
    (void *)cuMemPoolExportPointer,
    (void *)cuMemPoolExportToShareableHandle,
    (void *)cuMemPoolGetAccess,
    (void *)cuMemPoolGetAttribute,
    (void *)cuMemPoolImportFromShareableHandle,
    (void *)cuMemPoolImportPointer,
    (void *)cuMemPoolSetAccess,
    (void *)cuMemPoolSetAttribute,
    (void *)cuMemPoolTrimTo,
    (void *)cuMemPrefetchAsync,
    (void *)cuMemPrefetchAsync_ptsz,
    (void *)cuMemPrefetchAsync_v2,
    (void *)cuMemPrefetchAsync_v2_ptsz,
    (void *)cuMemPrefetchBatchAsync,
    (void *)cuMemPrefetchBatchAsync_ptsz,
    (void *)cuMemRangeGetAttribute,
    (void *)cuMemRangeGetAttributes,
    (void *)cuMemRelease,
    (void *)cuMemRetainAllocationHandle,
    (void *)cuMemSetAccess,
    (void *)cuMemSetMemPool,
    (void *)cuMemUnmap,
    (void *)cuMemcpy,
    (void *)cuMemcpy_ptds,
    (void *)cuMemcpy2D,
    (void *)cuMemcpy2D_v2,
    (void *)cuMemcpy2D_v2_ptds,
    (void *)cuMemcpy2DAsync,
    (void *)cuMemcpy2DAsync_v2,
    (void *)cuMemcpy2DAsync_v2_ptsz,
    (void *)cuMemcpy2DUnaligned,
    (void *)cuMemcpy2DUnaligned_v2,
    (void *)cuMemcpy2DUnaligned_v2_ptds,
    (void *)cuMemcpy3D,
    (void *)cuMemcpy3D_v2,
    (void *)cuMemcpy3D_v2_ptds,
    (void *)cuMemcpy3DAsync,
    (void *)cuMemcpy3DAsync_v2,
    (void *)cuMemcpy3DAsync_v2_ptsz,
    (void *)cuMemcpy3DBatchAsync,
    (void *)cuMemcpy3DBatchAsync_ptsz,
    (void *)cuMemcpy3DBatchAsync_v2,
    (void *)cuMemcpy3DBatchAsync_v2_ptsz,
    (void *)cuMemcpy3DPeer,
    (void *)cuMemcpy3DPeer_ptds,
    (void *)cuMemcpy3DPeerAsync,
    (void *)cuMemcpy3DPeerAsync_ptsz,
    (void *)cuMemcpyAsync,
    (void *)cuMemcpyAsync_ptsz,
    (void *)cuMemcpyAtoA,
    (void *)cuMemcpyAtoA_v2,
    (void *)cuMemcpyAtoA_v2_ptds,
    (void *)cuMemcpyAtoD,
    (void *)cuMemcpyAtoD_v2,
    (void *)cuMemcpyAtoD_v2_ptds,
    (void *)cuMemcpyAtoH,
    (void *)cuMemcpyAtoH_v2,
    (void *)cuMemcpyAtoH_v2_ptds,
    (void *)cuMemcpyAtoHAsync,
    (void *)cuMemcpyAtoHAsync_v2,
    (void *)cuMemcpyAtoHAsync_v2_ptsz,
    (void *)cuMemcpyBatchAsync,
    (void *)cuMemcpyBatchAsync_ptsz,
    (void *)cuMemcpyBatchAsync_v2,
    (void *)cuMemcpyBatchAsync_v2_ptsz,
    (void *)cuMemcpyDtoA,
    (void *)cuMemcpyDtoA_v2,
    (void *)cuMemcpyDtoA_v2_ptds,
    (void *)cuMemcpyDtoD,
    (void *)cuMemcpyDtoD_v2,
    (void *)cuMemcpyDtoD_v2_ptds,
    (void *)cuMemcpyDtoDAsync,
    (void *)cuMemcpyDtoDAsync_v2,
    (void *)cuMemcpyDtoDAsync_v2_ptsz,
    (void *)cuMemcpyDtoH,
    (void *)cuMemcpyDtoH_v2,
    (void *)cuMemcpyDtoH_v2_ptds,
    (void *)cuMemcpyDtoHAsync,
    (void *)cuMemcpyDtoHAsync_v2,
    (void *)cuMemcpyDtoHAsync_v2_ptsz,
    (void *)cuMemcpyHtoA,
    (void *)cuMemcpyHtoA_v2,
    (void *)cuMemcpyHtoA_v2_ptds,
    (void *)cuMemcpyHtoAAsync,
    (void *)cuMemcpyHtoAAsync_v2,
    (void *)cuMemcpyHtoAAsync_v2_ptsz,
    (void *)cuMemcpyHtoD,
    (void *)cuMemcpyHtoD_v2,
    (void *)cuMemcpyHtoD_v2_ptds,
    (void *)cuMemcpyHtoDAsync,
    (void *)cuMemcpyHtoDAsync_v2,
    (void *)cuMemcpyHtoDAsync_v2_ptsz,
    (void *)cuMemcpyPeer,
    (void *)cuMemcpyPeer_ptds,
    (void *)cuMemcpyPeerAsync,
    (void *)cuMemcpyPeerAsync_ptsz,
    (void *)cuMemsetD16,
    (void *)cuMemsetD16_v2,
    (void *)cuMemsetD16_v2_ptds,
    (void *)cuMemsetD16Async,
    (void *)cuMemsetD16Async_ptsz,
    (void *)cuMemsetD2D16,
    (void *)cuMemsetD2D16_v2,
    (void *)cuMemsetD2D16_v2_ptds,
    (void *)cuMemsetD2D16Async,
    (void *)cuMemsetD2D16Async_ptsz,
    (void *)cuMemsetD2D32,
    (void *)cuMemsetD2D32_v2,
    (void *)cuMemsetD2D32_v2_ptds,
    (void *)cuMemsetD2D32Async,
    (void *)cuMemsetD2D32Async_ptsz,
    (void *)cuMemsetD2D8,
    (void *)cuMemsetD2D8_v2,
    (void *)cuMemsetD2D8_v2_ptds,
    (void *)cuMemsetD2D8Async,
    (void *)cuMemsetD2D8Async_ptsz,
    (void *)cuMemsetD32,
    (void *)cuMemsetD32_v2,
    (void *)cuMemsetD32_v2_ptds,
    (void *)cuMemsetD32Async,
    (void *)cuMemsetD32Async_ptsz,
    (void *)cuMemsetD8,
    (void *)cuMemsetD8_v2,
    (void *)cuMemsetD8_v2_ptds,
    (void *)cuMemsetD8Async,
    (void *)cuMemsetD8Async_ptsz,
    (void *)cuMipmappedArrayCreate,
    (void *)cuMipmappedArrayDestroy,
    (void *)cuMipmappedArrayGetLevel,
    (void *)cuMipmappedArrayGetMemoryRequirements,
    (void *)cuMipmappedArrayGetSparseProperties,
    (void *)cuModuleEnumerateFunctions,
    (void *)cuModuleGetFunction,
    (void *)cuModuleGetFunctionCount,
    (void *)cuModuleGetGlobal,
    (void *)cuModuleGetGlobal_v2,
    (void *)cuModuleGetLoadingMode,
    (void *)cuModuleGetSurfRef,
    (void *)cuModuleGetTexRef,
    (void *)cuModuleLoad,
    (void *)cuModuleLoadData,
    (void *)cuModuleLoadDataEx,
    (void *)cuModuleLoadFatBinary,
    (void *)cuModuleUnload,
    (void *)cuMulticastAddDevice,
    (void *)cuMulticastBindAddr,
    (void *)cuMulticastBindMem,
    (void *)cuMulticastCreate,
    (void *)cuMulticastGetGranularity,
    (void *)cuMulticastUnbind,
    (void *)cuOccupancyAvailableDynamicSMemPerBlock,
    (void *)cuOccupancyMaxActiveBlocksPerMultiprocessor,
    (void *)cuOccupancyMaxActiveBlocksPerMultiprocessorWithFlags,
    (void *)cuOccupancyMaxActiveClusters,
    (void *)cuOccupancyMaxPotentialBlockSize,
    (void *)cuOccupancyMaxPotentialBlockSizeWithFlags,
    (void *)cuOccupancyMaxPotentialClusterSize,
    (void *)cuParamSetSize,
    (void *)cuParamSetTexRef,
    (void *)cuParamSetf,
    (void *)cuParamSeti,
    (void *)cuParamSetv,
    (void *)cuPointerGetAttribute,
    (void *)cuPointerGetAttributes,
    (void *)cuPointerSetAttribute,
    (void *)cuProfilerInitialize,
    (void *)cuProfilerStart,
    (void *)cuProfilerStop,
    (void *)cuSignalExternalSemaphoresAsync,
    (void *)cuSignalExternalSemaphoresAsync_ptsz,
    (void *)cuStreamAddCallback,
    (void *)cuStreamAddCallback_ptsz,
    (void *)cuStreamAttachMemAsync,
    (void *)cuStreamAttachMemAsync_ptsz,
    (void *)cuStreamBatchMemOp,
    (void *)cuStreamBatchMemOp_ptsz,
    (void *)cuStreamBatchMemOp_v2,
    (void *)cuStreamBatchMemOp_v2_ptsz,
    (void *)cuStreamBeginCapture,
    (void *)cuStreamBeginCapture_ptsz,
    (void *)cuStreamBeginCapture_v2,
    (void *)cuStreamBeginCapture_v2_ptsz,
    (void *)cuStreamBeginCaptureToGraph,
    (void *)cuStreamBeginCaptureToGraph_ptsz,
    (void *)cuStreamCopyAttributes,
    (void *)cuStreamCopyAttributes_ptsz,
    (void *)cuStreamCreate,
    (void *)cuStreamCreateWithPriority,
    (void *)cuStreamDestroy,
    (void *)cuStreamDestroy_v2,
    (void *)cuStreamEndCapture,
    (void *)cuStreamEndCapture_ptsz,
    (void *)cuStreamGetAttribute,
    (void *)cuStreamGetAttribute_ptsz,
    (void *)cuStreamGetCaptureInfo,
    (void *)cuStreamGetCaptureInfo_ptsz,
    (void *)cuStreamGetCaptureInfo_v2,
    (void *)cuStreamGetCaptureInfo_v2_ptsz,
    (void *)cuStreamGetCaptureInfo_v3,
    (void *)cuStreamGetCaptureInfo_v3_ptsz,
    (void *)cuStreamGetCtx,
    (void *)cuStreamGetCtx_ptsz,
    (void *)cuStreamGetCtx_v2,
    (void *)cuStreamGetCtx_v2_ptsz,
    (void *)cuStreamGetDevice,
    (void *)cuStreamGetDevice_ptsz,
    (void *)cuStreamGetFlags,
    (void *)cuStreamGetFlags_ptsz,
    (void *)cuStreamGetGreenCtx,
    (void *)cuStreamGetId,
    (void *)cuStreamGetId_ptsz,
    (void *)cuStreamGetPriority,
    (void *)cuStreamGetPriority_ptsz,
    (void *)cuStreamIsCapturing,
    (void *)cuStreamIsCapturing_ptsz,
    (void *)cuStreamQuery,
    (void *)cuStreamQuery_ptsz,
    (void *)cuStreamSetAttribute,
    (void *)cuStreamSetAttribute_ptsz,
    (void *)cuStreamSynchronize,
    (void *)cuStreamSynchronize_ptsz,
    (void *)cuStreamUpdateCaptureDependencies,
    (void *)cuStreamUpdateCaptureDependencies_ptsz,
    (void *)cuStreamUpdateCaptureDependencies_v2,
    (void *)cuStreamUpdateCaptureDependencies_v2_ptsz,
    (void *)cuStreamWaitEvent,
    (void *)cuStreamWaitEvent_ptsz,
    (void *)cuStreamWaitValue32,
    (void *)cuStreamWaitValue32_ptsz,
    (void *)cuStreamWaitValue32_v2,
    (void *)cuStreamWaitValue32_v2_ptsz,
    (void *)cuStreamWaitValue64,
    (void *)cuStreamWaitValue64_ptsz,
    (void *)cuStreamWaitValue64_v2,
    (void *)cuStreamWaitValue64_v2_ptsz,
    (void *)cuStreamWriteValue32,
    (void *)cuStreamWriteValue32_ptsz,
    (void *)cuStreamWriteValue32_v2,
    (void *)cuStreamWriteValue32_v2_ptsz,
    (void *)cuStreamWriteValue64,
    (void *)cuStreamWriteValue64_ptsz,
    (void *)cuStreamWriteValue64_v2,
    (void *)cuStreamWriteValue64_v2_ptsz,
    (void *)cuSurfObjectCreate,
    (void *)cuSurfObjectDestroy,
    (void *)cuSurfObjectGetResourceDesc,
    (void *)cuSurfRefGetArray,
    (void *)cuSurfRefSetArray,
    (void *)cuTensorMapEncodeIm2col,
    (void *)cuTensorMapEncodeIm2colWide,
    (void *)cuTensorMapEncodeTiled,
    (void *)cuTensorMapReplaceAddress,
    (void *)cuTexObjectCreate,
    (void *)cuTexObjectDestroy,
    (void *)cuTexObjectGetResourceDesc,
    (void *)cuTexObjectGetResourceViewDesc,
    (void *)cuTexObjectGetTextureDesc,
    (void *)cuTexRefCreate,
    (void *)cuTexRefDestroy,
    (void *)cuTexRefGetAddress,
    (void *)cuTexRefGetAddress_v2,
    (void *)cuTexRefGetAddressMode,
    (void *)cuTexRefGetArray,
    (void *)cuTexRefGetBorderColor,
    (void *)cuTexRefGetFilterMode,
    (void *)cuTexRefGetFlags,
    (void *)cuTexRefGetFormat,
    (void *)cuTexRefGetMaxAnisotropy,
    (void *)cuTexRefGetMipmapFilterMode,
    (void *)cuTexRefGetMipmapLevelBias,
    (void *)cuTexRefGetMipmapLevelClamp,
    (void *)cuTexRefGetMipmappedArray,
    (void *)cuTexRefSetAddress,
    (void *)cuTexRefSetAddress_v2,
    (void *)cuTexRefSetAddress2D,
    (void *)cuTexRefSetAddress2D_v2,
    (void *)cuTexRefSetAddress2D_v3,
    (void *)cuTexRefSetAddressMode,
    (void *)cuTexRefSetArray,
    (void *)cuTexRefSetBorderColor,
    (void *)cuTexRefSetFilterMode,
    (void *)cuTexRefSetFlags,
    (void *)cuTexRefSetFormat,
    (void *)cuTexRefSetMaxAnisotropy,
    (void *)cuTexRefSetMipmapFilterMode,
    (void *)cuTexRefSetMipmapLevelBias,
    (void *)cuTexRefSetMipmapLevelClamp,
    (void *)cuTexRefSetMipmappedArray,
    (void *)cuThreadExchangeStreamCaptureMode,
    (void *)cuUserObjectCreate,
    (void *)cuUserObjectRelease,
    (void *)cuUserObjectRetain,
    (void *)cuVDPAUCtxCreate,
    (void *)cuVDPAUCtxCreate_v2,
    (void *)cuVDPAUGetDevice,
    (void *)cuWaitExternalSemaphoresAsync,
    (void *)cuWaitExternalSemaphoresAsync_ptsz,
};
