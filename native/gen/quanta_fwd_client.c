/* Generated from api/cuda-driver.json, api/nvml.json, api/forward/cuda-driver.json and api/forward/nvml.json by tools/gen (npm run gen -- emit). Do not edit. */
/* The client library's entry points: each forwarded one marshals its call (native/forward/
 * fwd_client.h); every other answers CUDA_ERROR_NOT_SUPPORTED (NVML: NVML_ERROR_NOT_SUPPORTED)
 * and says so once. Entry points the client answers itself (mode local) are in
 * native/forward/client_*.c. */
#include "fwd_client.h"

QUANTA__FWD_EXPORT CUresult cuArray3DCreate(CUarray *pHandle, const CUDA_ARRAY3D_DESCRIPTOR_v1 *pAllocateArray)
{
    (void)pHandle;
    (void)pAllocateArray;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuArray3DCreate);
}

QUANTA__FWD_EXPORT CUresult cuArray3DCreate_v2(CUarray *pHandle, const CUDA_ARRAY3D_DESCRIPTOR *pAllocateArray)
{
    (void)pHandle;
    (void)pAllocateArray;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuArray3DCreate_v2);
}

QUANTA__FWD_EXPORT CUresult cuArray3DGetDescriptor(CUDA_ARRAY3D_DESCRIPTOR_v1 *pArrayDescriptor, CUarray hArray)
{
    (void)pArrayDescriptor;
    (void)hArray;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuArray3DGetDescriptor);
}

QUANTA__FWD_EXPORT CUresult cuArray3DGetDescriptor_v2(CUDA_ARRAY3D_DESCRIPTOR *pArrayDescriptor, CUarray hArray)
{
    (void)pArrayDescriptor;
    (void)hArray;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuArray3DGetDescriptor_v2);
}

QUANTA__FWD_EXPORT CUresult cuArrayCreate(CUarray *pHandle, const CUDA_ARRAY_DESCRIPTOR_v1 *pAllocateArray)
{
    (void)pHandle;
    (void)pAllocateArray;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuArrayCreate);
}

QUANTA__FWD_EXPORT CUresult cuArrayCreate_v2(CUarray *pHandle, const CUDA_ARRAY_DESCRIPTOR *pAllocateArray)
{
    (void)pHandle;
    (void)pAllocateArray;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuArrayCreate_v2);
}

QUANTA__FWD_EXPORT CUresult cuArrayDestroy(CUarray hArray)
{
    (void)hArray;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuArrayDestroy);
}

QUANTA__FWD_EXPORT CUresult cuArrayGetDescriptor(CUDA_ARRAY_DESCRIPTOR_v1 *pArrayDescriptor, CUarray hArray)
{
    (void)pArrayDescriptor;
    (void)hArray;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuArrayGetDescriptor);
}

QUANTA__FWD_EXPORT CUresult cuArrayGetDescriptor_v2(CUDA_ARRAY_DESCRIPTOR *pArrayDescriptor, CUarray hArray)
{
    (void)pArrayDescriptor;
    (void)hArray;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuArrayGetDescriptor_v2);
}

QUANTA__FWD_EXPORT CUresult cuArrayGetMemoryRequirements(CUDA_ARRAY_MEMORY_REQUIREMENTS *memoryRequirements, CUarray array, CUdevice device)
{
    (void)memoryRequirements;
    (void)array;
    (void)device;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuArrayGetMemoryRequirements);
}

QUANTA__FWD_EXPORT CUresult cuArrayGetPlane(CUarray *pPlaneArray, CUarray hArray, unsigned int planeIdx)
{
    (void)pPlaneArray;
    (void)hArray;
    (void)planeIdx;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuArrayGetPlane);
}

QUANTA__FWD_EXPORT CUresult cuArrayGetSparseProperties(CUDA_ARRAY_SPARSE_PROPERTIES *sparseProperties, CUarray array)
{
    (void)sparseProperties;
    (void)array;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuArrayGetSparseProperties);
}

QUANTA__FWD_EXPORT CUresult cuCheckpointProcessCheckpoint(int pid, CUcheckpointCheckpointArgs *args)
{
    (void)pid;
    (void)args;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuCheckpointProcessCheckpoint);
}

QUANTA__FWD_EXPORT CUresult cuCheckpointProcessGetRestoreThreadId(int pid, int *tid)
{
    (void)pid;
    (void)tid;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuCheckpointProcessGetRestoreThreadId);
}

QUANTA__FWD_EXPORT CUresult cuCheckpointProcessGetState(int pid, CUprocessState *state)
{
    (void)pid;
    (void)state;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuCheckpointProcessGetState);
}

QUANTA__FWD_EXPORT CUresult cuCheckpointProcessLock(int pid, CUcheckpointLockArgs *args)
{
    (void)pid;
    (void)args;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuCheckpointProcessLock);
}

QUANTA__FWD_EXPORT CUresult cuCheckpointProcessRestore(int pid, CUcheckpointRestoreArgs *args)
{
    (void)pid;
    (void)args;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuCheckpointProcessRestore);
}

QUANTA__FWD_EXPORT CUresult cuCheckpointProcessUnlock(int pid, CUcheckpointUnlockArgs *args)
{
    (void)pid;
    (void)args;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuCheckpointProcessUnlock);
}

QUANTA__FWD_EXPORT CUresult cuCoredumpGetAttribute(CUcoredumpSettings attrib, void *value, size_t *size)
{
    (void)attrib;
    (void)value;
    (void)size;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuCoredumpGetAttribute);
}

QUANTA__FWD_EXPORT CUresult cuCoredumpGetAttributeGlobal(CUcoredumpSettings attrib, void *value, size_t *size)
{
    (void)attrib;
    (void)value;
    (void)size;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuCoredumpGetAttributeGlobal);
}

QUANTA__FWD_EXPORT CUresult cuCoredumpSetAttribute(CUcoredumpSettings attrib, void *value, size_t *size)
{
    (void)attrib;
    (void)value;
    (void)size;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuCoredumpSetAttribute);
}

QUANTA__FWD_EXPORT CUresult cuCoredumpSetAttributeGlobal(CUcoredumpSettings attrib, void *value, size_t *size)
{
    (void)attrib;
    (void)value;
    (void)size;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuCoredumpSetAttributeGlobal);
}

QUANTA__FWD_EXPORT CUresult cuCtxAttach(CUcontext *pctx, unsigned int flags)
{
    (void)pctx;
    (void)flags;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuCtxAttach);
}

QUANTA__FWD_EXPORT CUresult cuCtxCreate(CUcontext *pctx, unsigned int flags, CUdevice dev)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuCtxCreate);
    quanta__fwd_want(&c, pctx != NULL);
    quanta__fwd_put(&c, &flags, sizeof flags);
    quanta__fwd_put(&c, &dev, sizeof dev);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_opt(&c, pctx, sizeof *pctx);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuCtxCreate_v2(CUcontext *pctx, unsigned int flags, CUdevice dev)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuCtxCreate_v2);
    quanta__fwd_want(&c, pctx != NULL);
    quanta__fwd_put(&c, &flags, sizeof flags);
    quanta__fwd_put(&c, &dev, sizeof dev);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_opt(&c, pctx, sizeof *pctx);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuCtxCreate_v3(CUcontext *pctx, CUexecAffinityParam *paramsArray, int numParams, unsigned int flags, CUdevice dev)
{
    if (paramsArray != NULL)
        return quanta__fwd_null_only(QUANTA_CUDA_cuCtxCreate_v3, "paramsArray");
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuCtxCreate_v3);
    quanta__fwd_want(&c, pctx != NULL);
    quanta__fwd_put(&c, &numParams, sizeof numParams);
    quanta__fwd_put(&c, &flags, sizeof flags);
    quanta__fwd_put(&c, &dev, sizeof dev);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_opt(&c, pctx, sizeof *pctx);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuCtxCreate_v4(CUcontext *pctx, CUctxCreateParams *ctxCreateParams, unsigned int flags, CUdevice dev)
{
    if (ctxCreateParams != NULL)
        return quanta__fwd_null_only(QUANTA_CUDA_cuCtxCreate_v4, "ctxCreateParams");
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuCtxCreate_v4);
    quanta__fwd_want(&c, pctx != NULL);
    quanta__fwd_put(&c, &flags, sizeof flags);
    quanta__fwd_put(&c, &dev, sizeof dev);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_opt(&c, pctx, sizeof *pctx);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuCtxDestroy(CUcontext ctx)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuCtxDestroy);
    quanta__fwd_put(&c, &ctx, sizeof ctx);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_forget_answers();
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuCtxDestroy_v2(CUcontext ctx)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuCtxDestroy_v2);
    quanta__fwd_put(&c, &ctx, sizeof ctx);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_forget_answers();
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuCtxDetach(CUcontext ctx)
{
    (void)ctx;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuCtxDetach);
}

QUANTA__FWD_EXPORT CUresult cuCtxDisablePeerAccess(CUcontext peerContext)
{
    (void)peerContext;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuCtxDisablePeerAccess);
}

QUANTA__FWD_EXPORT CUresult cuCtxEnablePeerAccess(CUcontext peerContext, unsigned int Flags)
{
    (void)peerContext;
    (void)Flags;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuCtxEnablePeerAccess);
}

QUANTA__FWD_EXPORT CUresult cuCtxFromGreenCtx(CUcontext *pContext, CUgreenCtx hCtx)
{
    (void)pContext;
    (void)hCtx;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuCtxFromGreenCtx);
}

QUANTA__FWD_EXPORT CUresult cuCtxGetApiVersion(CUcontext ctx, unsigned int *version)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuCtxGetApiVersion);
    quanta__fwd_put(&c, &ctx, sizeof ctx);
    quanta__fwd_want(&c, version != NULL);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_opt(&c, version, sizeof *version);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuCtxGetCacheConfig(CUfunc_cache *pconfig)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuCtxGetCacheConfig);
    quanta__fwd_want(&c, pconfig != NULL);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_opt(&c, pconfig, sizeof *pconfig);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuCtxGetCurrent(CUcontext *pctx)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuCtxGetCurrent);
    quanta__fwd_want(&c, pctx != NULL);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_opt(&c, pctx, sizeof *pctx);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuCtxGetDevResource(CUcontext hCtx, CUdevResource *resource, CUdevResourceType type)
{
    (void)hCtx;
    (void)resource;
    (void)type;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuCtxGetDevResource);
}

QUANTA__FWD_EXPORT CUresult cuCtxGetDevice(CUdevice *device)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuCtxGetDevice);
    quanta__fwd_want(&c, device != NULL);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_opt(&c, device, sizeof *device);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuCtxGetDevice_v2(CUdevice *device, CUcontext ctx)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuCtxGetDevice_v2);
    quanta__fwd_want(&c, device != NULL);
    quanta__fwd_put(&c, &ctx, sizeof ctx);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_opt(&c, device, sizeof *device);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuCtxGetExecAffinity(CUexecAffinityParam *pExecAffinity, CUexecAffinityType type)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuCtxGetExecAffinity);
    quanta__fwd_want(&c, pExecAffinity != NULL);
    quanta__fwd_put(&c, &type, sizeof type);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_opt(&c, pExecAffinity, sizeof *pExecAffinity);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuCtxGetFlags(unsigned int *flags)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuCtxGetFlags);
    quanta__fwd_want(&c, flags != NULL);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_opt(&c, flags, sizeof *flags);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuCtxGetId(CUcontext ctx, unsigned long long *ctxId)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuCtxGetId);
    quanta__fwd_put(&c, &ctx, sizeof ctx);
    quanta__fwd_want(&c, ctxId != NULL);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_opt(&c, ctxId, sizeof *ctxId);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuCtxGetLimit(size_t *pvalue, CUlimit limit)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuCtxGetLimit);
    quanta__fwd_want(&c, pvalue != NULL);
    quanta__fwd_put(&c, &limit, sizeof limit);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_opt(&c, pvalue, sizeof *pvalue);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuCtxGetSharedMemConfig(CUsharedconfig *pConfig)
{
    (void)pConfig;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuCtxGetSharedMemConfig);
}

QUANTA__FWD_EXPORT CUresult cuCtxGetStreamPriorityRange(int *leastPriority, int *greatestPriority)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuCtxGetStreamPriorityRange);
    quanta__fwd_want(&c, leastPriority != NULL);
    quanta__fwd_want(&c, greatestPriority != NULL);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_opt(&c, leastPriority, sizeof *leastPriority);
    quanta__fwd_get_opt(&c, greatestPriority, sizeof *greatestPriority);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuCtxPopCurrent(CUcontext *pctx)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuCtxPopCurrent);
    quanta__fwd_want(&c, pctx != NULL);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_opt(&c, pctx, sizeof *pctx);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuCtxPopCurrent_v2(CUcontext *pctx)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuCtxPopCurrent_v2);
    quanta__fwd_want(&c, pctx != NULL);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_opt(&c, pctx, sizeof *pctx);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuCtxPushCurrent(CUcontext ctx)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuCtxPushCurrent);
    quanta__fwd_put(&c, &ctx, sizeof ctx);
    CUresult rc = quanta__fwd_sync(&c);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuCtxPushCurrent_v2(CUcontext ctx)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuCtxPushCurrent_v2);
    quanta__fwd_put(&c, &ctx, sizeof ctx);
    CUresult rc = quanta__fwd_sync(&c);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuCtxRecordEvent(CUcontext hCtx, CUevent hEvent)
{
    (void)hCtx;
    (void)hEvent;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuCtxRecordEvent);
}

QUANTA__FWD_EXPORT CUresult cuCtxResetPersistingL2Cache(void)
{
    return quanta__fwd_unsupported(QUANTA_CUDA_cuCtxResetPersistingL2Cache);
}

QUANTA__FWD_EXPORT CUresult cuCtxSetCacheConfig(CUfunc_cache config)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuCtxSetCacheConfig);
    quanta__fwd_put(&c, &config, sizeof config);
    CUresult rc = quanta__fwd_sync(&c);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuCtxSetCurrent(CUcontext ctx)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuCtxSetCurrent);
    quanta__fwd_put(&c, &ctx, sizeof ctx);
    CUresult rc = quanta__fwd_sync(&c);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuCtxSetFlags(unsigned int flags)
{
    (void)flags;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuCtxSetFlags);
}

QUANTA__FWD_EXPORT CUresult cuCtxSetLimit(CUlimit limit, size_t value)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuCtxSetLimit);
    quanta__fwd_put(&c, &limit, sizeof limit);
    quanta__fwd_put(&c, &value, sizeof value);
    CUresult rc = quanta__fwd_sync(&c);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuCtxSetSharedMemConfig(CUsharedconfig config)
{
    (void)config;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuCtxSetSharedMemConfig);
}

QUANTA__FWD_EXPORT CUresult cuCtxSynchronize(void)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuCtxSynchronize);
    CUresult rc = quanta__fwd_sync(&c);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuCtxSynchronize_v2(CUcontext ctx)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuCtxSynchronize_v2);
    quanta__fwd_put(&c, &ctx, sizeof ctx);
    CUresult rc = quanta__fwd_sync(&c);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuCtxWaitEvent(CUcontext hCtx, CUevent hEvent)
{
    (void)hCtx;
    (void)hEvent;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuCtxWaitEvent);
}

QUANTA__FWD_EXPORT CUresult cuDestroyExternalMemory(CUexternalMemory extMem)
{
    (void)extMem;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuDestroyExternalMemory);
}

QUANTA__FWD_EXPORT CUresult cuDestroyExternalSemaphore(CUexternalSemaphore extSem)
{
    (void)extSem;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuDestroyExternalSemaphore);
}

QUANTA__FWD_EXPORT CUresult cuDevResourceGenerateDesc(CUdevResourceDesc *phDesc, CUdevResource *resources, unsigned int nbResources)
{
    (void)phDesc;
    (void)resources;
    (void)nbResources;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuDevResourceGenerateDesc);
}

QUANTA__FWD_EXPORT CUresult cuDevSmResourceSplitByCount(CUdevResource *result, unsigned int *nbGroups, const CUdevResource *input, CUdevResource *remaining, unsigned int useFlags, unsigned int minCount)
{
    (void)result;
    (void)nbGroups;
    (void)input;
    (void)remaining;
    (void)useFlags;
    (void)minCount;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuDevSmResourceSplitByCount);
}

QUANTA__FWD_EXPORT CUresult cuDeviceCanAccessPeer(int *canAccessPeer, CUdevice dev, CUdevice peerDev)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuDeviceCanAccessPeer);
    quanta__fwd_want(&c, canAccessPeer != NULL);
    quanta__fwd_put(&c, &dev, sizeof dev);
    quanta__fwd_put(&c, &peerDev, sizeof peerDev);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_opt(&c, canAccessPeer, sizeof *canAccessPeer);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuDeviceComputeCapability(int *major, int *minor, CUdevice dev)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuDeviceComputeCapability);
    c.keep_answer = 1;
    quanta__fwd_want(&c, major != NULL);
    quanta__fwd_want(&c, minor != NULL);
    quanta__fwd_put(&c, &dev, sizeof dev);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_opt(&c, major, sizeof *major);
    quanta__fwd_get_opt(&c, minor, sizeof *minor);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuDeviceGet(CUdevice *device, int ordinal)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuDeviceGet);
    c.keep_answer = 1;
    quanta__fwd_want(&c, device != NULL);
    quanta__fwd_put(&c, &ordinal, sizeof ordinal);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_opt(&c, device, sizeof *device);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuDeviceGetAttribute(int *pi, CUdevice_attribute attrib, CUdevice dev)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuDeviceGetAttribute);
    c.keep_answer = 1;
    quanta__fwd_want(&c, pi != NULL);
    quanta__fwd_put(&c, &attrib, sizeof attrib);
    quanta__fwd_put(&c, &dev, sizeof dev);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_opt(&c, pi, sizeof *pi);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuDeviceGetByPCIBusId(CUdevice *dev, const char *pciBusId)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuDeviceGetByPCIBusId);
    quanta__fwd_want(&c, dev != NULL);
    quanta__fwd_put_cstring(&c, pciBusId);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_opt(&c, dev, sizeof *dev);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuDeviceGetCount(int *count)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuDeviceGetCount);
    c.keep_answer = 1;
    quanta__fwd_want(&c, count != NULL);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_opt(&c, count, sizeof *count);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuDeviceGetDefaultMemPool(CUmemoryPool *pool_out, CUdevice dev)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuDeviceGetDefaultMemPool);
    quanta__fwd_want(&c, pool_out != NULL);
    quanta__fwd_put(&c, &dev, sizeof dev);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_opt(&c, pool_out, sizeof *pool_out);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuDeviceGetDevResource(CUdevice device, CUdevResource *resource, CUdevResourceType type)
{
    (void)device;
    (void)resource;
    (void)type;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuDeviceGetDevResource);
}

QUANTA__FWD_EXPORT CUresult cuDeviceGetExecAffinitySupport(int *pi, CUexecAffinityType type, CUdevice dev)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuDeviceGetExecAffinitySupport);
    quanta__fwd_want(&c, pi != NULL);
    quanta__fwd_put(&c, &type, sizeof type);
    quanta__fwd_put(&c, &dev, sizeof dev);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_opt(&c, pi, sizeof *pi);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuDeviceGetGraphMemAttribute(CUdevice device, CUgraphMem_attribute attr, void *value)
{
    (void)device;
    (void)attr;
    (void)value;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuDeviceGetGraphMemAttribute);
}

QUANTA__FWD_EXPORT CUresult cuDeviceGetHostAtomicCapabilities(unsigned int *capabilities, const CUatomicOperation *operations, unsigned int count, CUdevice dev)
{
    (void)capabilities;
    (void)operations;
    (void)count;
    (void)dev;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuDeviceGetHostAtomicCapabilities);
}

QUANTA__FWD_EXPORT CUresult cuDeviceGetLuid(char *luid, unsigned int *deviceNodeMask, CUdevice dev)
{
    (void)luid;
    (void)deviceNodeMask;
    (void)dev;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuDeviceGetLuid);
}

QUANTA__FWD_EXPORT CUresult cuDeviceGetMemPool(CUmemoryPool *pool, CUdevice dev)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuDeviceGetMemPool);
    quanta__fwd_want(&c, pool != NULL);
    quanta__fwd_put(&c, &dev, sizeof dev);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_opt(&c, pool, sizeof *pool);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuDeviceGetName(char *name, int len, CUdevice dev)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuDeviceGetName);
    c.keep_answer = 1;
    quanta__fwd_want(&c, name != NULL);
    quanta__fwd_put(&c, &len, sizeof len);
    quanta__fwd_put(&c, &dev, sizeof dev);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_buf(&c, name, (uint64_t)(len));
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuDeviceGetNvSciSyncAttributes(void *nvSciSyncAttrList, CUdevice dev, int flags)
{
    (void)nvSciSyncAttrList;
    (void)dev;
    (void)flags;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuDeviceGetNvSciSyncAttributes);
}

QUANTA__FWD_EXPORT CUresult cuDeviceGetP2PAtomicCapabilities(unsigned int *capabilities, const CUatomicOperation *operations, unsigned int count, CUdevice srcDevice, CUdevice dstDevice)
{
    (void)capabilities;
    (void)operations;
    (void)count;
    (void)srcDevice;
    (void)dstDevice;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuDeviceGetP2PAtomicCapabilities);
}

QUANTA__FWD_EXPORT CUresult cuDeviceGetP2PAttribute(int *value, CUdevice_P2PAttribute attrib, CUdevice srcDevice, CUdevice dstDevice)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuDeviceGetP2PAttribute);
    c.keep_answer = 1;
    quanta__fwd_want(&c, value != NULL);
    quanta__fwd_put(&c, &attrib, sizeof attrib);
    quanta__fwd_put(&c, &srcDevice, sizeof srcDevice);
    quanta__fwd_put(&c, &dstDevice, sizeof dstDevice);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_opt(&c, value, sizeof *value);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuDeviceGetPCIBusId(char *pciBusId, int len, CUdevice dev)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuDeviceGetPCIBusId);
    c.keep_answer = 1;
    quanta__fwd_want(&c, pciBusId != NULL);
    quanta__fwd_put(&c, &len, sizeof len);
    quanta__fwd_put(&c, &dev, sizeof dev);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_buf(&c, pciBusId, (uint64_t)(len));
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuDeviceGetProperties(CUdevprop *prop, CUdevice dev)
{
    (void)prop;
    (void)dev;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuDeviceGetProperties);
}

QUANTA__FWD_EXPORT CUresult cuDeviceGetTexture1DLinearMaxWidth(size_t *maxWidthInElements, CUarray_format format, unsigned numChannels, CUdevice dev)
{
    (void)maxWidthInElements;
    (void)format;
    (void)numChannels;
    (void)dev;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuDeviceGetTexture1DLinearMaxWidth);
}

QUANTA__FWD_EXPORT CUresult cuDeviceGetUuid(CUuuid *uuid, CUdevice dev)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuDeviceGetUuid);
    c.keep_answer = 1;
    quanta__fwd_want(&c, uuid != NULL);
    quanta__fwd_put(&c, &dev, sizeof dev);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_opt(&c, uuid, sizeof *uuid);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuDeviceGetUuid_v2(CUuuid *uuid, CUdevice dev)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuDeviceGetUuid_v2);
    c.keep_answer = 1;
    quanta__fwd_want(&c, uuid != NULL);
    quanta__fwd_put(&c, &dev, sizeof dev);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_opt(&c, uuid, sizeof *uuid);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuDeviceGraphMemTrim(CUdevice device)
{
    (void)device;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuDeviceGraphMemTrim);
}

QUANTA__FWD_EXPORT CUresult cuDevicePrimaryCtxGetState(CUdevice dev, unsigned int *flags, int *active)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuDevicePrimaryCtxGetState);
    quanta__fwd_put(&c, &dev, sizeof dev);
    quanta__fwd_want(&c, flags != NULL);
    quanta__fwd_want(&c, active != NULL);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_opt(&c, flags, sizeof *flags);
    quanta__fwd_get_opt(&c, active, sizeof *active);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuDevicePrimaryCtxRelease(CUdevice dev)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuDevicePrimaryCtxRelease);
    quanta__fwd_put(&c, &dev, sizeof dev);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_forget_answers();
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuDevicePrimaryCtxRelease_v2(CUdevice dev)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuDevicePrimaryCtxRelease_v2);
    quanta__fwd_put(&c, &dev, sizeof dev);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_forget_answers();
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuDevicePrimaryCtxReset(CUdevice dev)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuDevicePrimaryCtxReset);
    quanta__fwd_put(&c, &dev, sizeof dev);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_forget_answers();
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuDevicePrimaryCtxReset_v2(CUdevice dev)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuDevicePrimaryCtxReset_v2);
    quanta__fwd_put(&c, &dev, sizeof dev);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_forget_answers();
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuDevicePrimaryCtxRetain(CUcontext *pctx, CUdevice dev)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuDevicePrimaryCtxRetain);
    quanta__fwd_want(&c, pctx != NULL);
    quanta__fwd_put(&c, &dev, sizeof dev);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_opt(&c, pctx, sizeof *pctx);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuDevicePrimaryCtxSetFlags(CUdevice dev, unsigned int flags)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuDevicePrimaryCtxSetFlags);
    quanta__fwd_put(&c, &dev, sizeof dev);
    quanta__fwd_put(&c, &flags, sizeof flags);
    CUresult rc = quanta__fwd_sync(&c);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuDevicePrimaryCtxSetFlags_v2(CUdevice dev, unsigned int flags)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuDevicePrimaryCtxSetFlags_v2);
    quanta__fwd_put(&c, &dev, sizeof dev);
    quanta__fwd_put(&c, &flags, sizeof flags);
    CUresult rc = quanta__fwd_sync(&c);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuDeviceRegisterAsyncNotification(CUdevice device, CUasyncCallback callbackFunc, void *userData, CUasyncCallbackHandle *callback)
{
    (void)device;
    (void)callbackFunc;
    (void)userData;
    (void)callback;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuDeviceRegisterAsyncNotification);
}

QUANTA__FWD_EXPORT CUresult cuDeviceSetGraphMemAttribute(CUdevice device, CUgraphMem_attribute attr, void *value)
{
    (void)device;
    (void)attr;
    (void)value;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuDeviceSetGraphMemAttribute);
}

QUANTA__FWD_EXPORT CUresult cuDeviceSetMemPool(CUdevice dev, CUmemoryPool pool)
{
    (void)dev;
    (void)pool;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuDeviceSetMemPool);
}

QUANTA__FWD_EXPORT CUresult cuDeviceTotalMem(unsigned int *bytes, CUdevice dev)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuDeviceTotalMem);
    c.keep_answer = 1;
    quanta__fwd_want(&c, bytes != NULL);
    quanta__fwd_put(&c, &dev, sizeof dev);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_opt(&c, bytes, sizeof *bytes);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuDeviceTotalMem_v2(size_t *bytes, CUdevice dev)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuDeviceTotalMem_v2);
    c.keep_answer = 1;
    quanta__fwd_want(&c, bytes != NULL);
    quanta__fwd_put(&c, &dev, sizeof dev);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_opt(&c, bytes, sizeof *bytes);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuDeviceUnregisterAsyncNotification(CUdevice device, CUasyncCallbackHandle callback)
{
    (void)device;
    (void)callback;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuDeviceUnregisterAsyncNotification);
}

QUANTA__FWD_EXPORT CUresult cuDriverGetVersion(int *driverVersion)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuDriverGetVersion);
    c.keep_answer = 1;
    quanta__fwd_want(&c, driverVersion != NULL);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_opt(&c, driverVersion, sizeof *driverVersion);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuEGLStreamConsumerAcquireFrame(CUeglStreamConnection *conn, CUgraphicsResource *pCudaResource, CUstream *pStream, unsigned int timeout)
{
    (void)conn;
    (void)pCudaResource;
    (void)pStream;
    (void)timeout;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuEGLStreamConsumerAcquireFrame);
}

QUANTA__FWD_EXPORT CUresult cuEGLStreamConsumerConnect(CUeglStreamConnection *conn, EGLStreamKHR stream)
{
    (void)conn;
    (void)stream;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuEGLStreamConsumerConnect);
}

QUANTA__FWD_EXPORT CUresult cuEGLStreamConsumerConnectWithFlags(CUeglStreamConnection *conn, EGLStreamKHR stream, unsigned int flags)
{
    (void)conn;
    (void)stream;
    (void)flags;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuEGLStreamConsumerConnectWithFlags);
}

QUANTA__FWD_EXPORT CUresult cuEGLStreamConsumerDisconnect(CUeglStreamConnection *conn)
{
    (void)conn;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuEGLStreamConsumerDisconnect);
}

QUANTA__FWD_EXPORT CUresult cuEGLStreamConsumerReleaseFrame(CUeglStreamConnection *conn, CUgraphicsResource pCudaResource, CUstream *pStream)
{
    (void)conn;
    (void)pCudaResource;
    (void)pStream;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuEGLStreamConsumerReleaseFrame);
}

QUANTA__FWD_EXPORT CUresult cuEGLStreamProducerConnect(CUeglStreamConnection *conn, EGLStreamKHR stream, EGLint width, EGLint height)
{
    (void)conn;
    (void)stream;
    (void)width;
    (void)height;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuEGLStreamProducerConnect);
}

QUANTA__FWD_EXPORT CUresult cuEGLStreamProducerDisconnect(CUeglStreamConnection *conn)
{
    (void)conn;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuEGLStreamProducerDisconnect);
}

QUANTA__FWD_EXPORT CUresult cuEGLStreamProducerPresentFrame(CUeglStreamConnection *conn, CUeglFrame eglframe, CUstream *pStream)
{
    (void)conn;
    (void)eglframe;
    (void)pStream;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuEGLStreamProducerPresentFrame);
}

QUANTA__FWD_EXPORT CUresult cuEGLStreamProducerReturnFrame(CUeglStreamConnection *conn, CUeglFrame *eglframe, CUstream *pStream)
{
    (void)conn;
    (void)eglframe;
    (void)pStream;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuEGLStreamProducerReturnFrame);
}

QUANTA__FWD_EXPORT CUresult cuEventCreate(CUevent *phEvent, unsigned int Flags)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuEventCreate);
    quanta__fwd_want(&c, phEvent != NULL);
    quanta__fwd_put(&c, &Flags, sizeof Flags);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_opt(&c, phEvent, sizeof *phEvent);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuEventCreateFromEGLSync(CUevent *phEvent, EGLSyncKHR eglSync, unsigned int flags)
{
    (void)phEvent;
    (void)eglSync;
    (void)flags;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuEventCreateFromEGLSync);
}

QUANTA__FWD_EXPORT CUresult cuEventDestroy(CUevent hEvent)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuEventDestroy);
    quanta__fwd_put(&c, &hEvent, sizeof hEvent);
    CUresult rc = quanta__fwd_sync(&c);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuEventDestroy_v2(CUevent hEvent)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuEventDestroy_v2);
    quanta__fwd_put(&c, &hEvent, sizeof hEvent);
    CUresult rc = quanta__fwd_sync(&c);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuEventElapsedTime(float *pMilliseconds, CUevent hStart, CUevent hEnd)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuEventElapsedTime);
    quanta__fwd_want(&c, pMilliseconds != NULL);
    quanta__fwd_put(&c, &hStart, sizeof hStart);
    quanta__fwd_put(&c, &hEnd, sizeof hEnd);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_opt(&c, pMilliseconds, sizeof *pMilliseconds);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuEventElapsedTime_v2(float *pMilliseconds, CUevent hStart, CUevent hEnd)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuEventElapsedTime_v2);
    quanta__fwd_want(&c, pMilliseconds != NULL);
    quanta__fwd_put(&c, &hStart, sizeof hStart);
    quanta__fwd_put(&c, &hEnd, sizeof hEnd);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_opt(&c, pMilliseconds, sizeof *pMilliseconds);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuEventQuery(CUevent hEvent)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuEventQuery);
    quanta__fwd_put(&c, &hEvent, sizeof hEvent);
    CUresult rc = quanta__fwd_sync(&c);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuEventRecord(CUevent hEvent, CUstream hStream)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuEventRecord);
    quanta__fwd_put(&c, &hEvent, sizeof hEvent);
    quanta__fwd_put(&c, &hStream, sizeof hStream);
    return quanta__fwd_async(&c);
}

QUANTA__FWD_EXPORT CUresult cuEventRecord_ptsz(CUevent hEvent, CUstream hStream)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuEventRecord_ptsz);
    quanta__fwd_put(&c, &hEvent, sizeof hEvent);
    quanta__fwd_put(&c, &hStream, sizeof hStream);
    return quanta__fwd_async(&c);
}

QUANTA__FWD_EXPORT CUresult cuEventRecordWithFlags(CUevent hEvent, CUstream hStream, unsigned int flags)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuEventRecordWithFlags);
    quanta__fwd_put(&c, &hEvent, sizeof hEvent);
    quanta__fwd_put(&c, &hStream, sizeof hStream);
    quanta__fwd_put(&c, &flags, sizeof flags);
    return quanta__fwd_async(&c);
}

QUANTA__FWD_EXPORT CUresult cuEventRecordWithFlags_ptsz(CUevent hEvent, CUstream hStream, unsigned int flags)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuEventRecordWithFlags_ptsz);
    quanta__fwd_put(&c, &hEvent, sizeof hEvent);
    quanta__fwd_put(&c, &hStream, sizeof hStream);
    quanta__fwd_put(&c, &flags, sizeof flags);
    return quanta__fwd_async(&c);
}

QUANTA__FWD_EXPORT CUresult cuEventSynchronize(CUevent hEvent)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuEventSynchronize);
    quanta__fwd_put(&c, &hEvent, sizeof hEvent);
    CUresult rc = quanta__fwd_sync(&c);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuExternalMemoryGetMappedBuffer(CUdeviceptr *devPtr, CUexternalMemory extMem, const CUDA_EXTERNAL_MEMORY_BUFFER_DESC *bufferDesc)
{
    (void)devPtr;
    (void)extMem;
    (void)bufferDesc;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuExternalMemoryGetMappedBuffer);
}

QUANTA__FWD_EXPORT CUresult cuExternalMemoryGetMappedMipmappedArray(CUmipmappedArray *mipmap, CUexternalMemory extMem, const CUDA_EXTERNAL_MEMORY_MIPMAPPED_ARRAY_DESC *mipmapDesc)
{
    (void)mipmap;
    (void)extMem;
    (void)mipmapDesc;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuExternalMemoryGetMappedMipmappedArray);
}

QUANTA__FWD_EXPORT CUresult cuFlushGPUDirectRDMAWrites(CUflushGPUDirectRDMAWritesTarget target, CUflushGPUDirectRDMAWritesScope scope)
{
    (void)target;
    (void)scope;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuFlushGPUDirectRDMAWrites);
}

QUANTA__FWD_EXPORT CUresult cuFuncGetAttribute(int *pi, CUfunction_attribute attrib, CUfunction hfunc)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuFuncGetAttribute);
    c.keep_answer = 1;
    quanta__fwd_want(&c, pi != NULL);
    quanta__fwd_put(&c, &attrib, sizeof attrib);
    quanta__fwd_put(&c, &hfunc, sizeof hfunc);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_opt(&c, pi, sizeof *pi);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuFuncGetModule(CUmodule *hmod, CUfunction hfunc)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuFuncGetModule);
    quanta__fwd_want(&c, hmod != NULL);
    quanta__fwd_put(&c, &hfunc, sizeof hfunc);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_opt(&c, hmod, sizeof *hmod);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuFuncGetName(const char **name, CUfunction hfunc)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuFuncGetName);
    c.keep_answer = 1;
    quanta__fwd_want(&c, name != NULL);
    quanta__fwd_put(&c, &hfunc, sizeof hfunc);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_name(&c, name);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuFuncGetParamInfo(CUfunction func, size_t paramIndex, size_t *paramOffset, size_t *paramSize)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuFuncGetParamInfo);
    quanta__fwd_put(&c, &func, sizeof func);
    quanta__fwd_put(&c, &paramIndex, sizeof paramIndex);
    quanta__fwd_want(&c, paramOffset != NULL);
    quanta__fwd_want(&c, paramSize != NULL);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_opt(&c, paramOffset, sizeof *paramOffset);
    quanta__fwd_get_opt(&c, paramSize, sizeof *paramSize);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuFuncIsLoaded(CUfunctionLoadingState *state, CUfunction function)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuFuncIsLoaded);
    quanta__fwd_want(&c, state != NULL);
    quanta__fwd_put(&c, &function, sizeof function);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_opt(&c, state, sizeof *state);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuFuncLoad(CUfunction function)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuFuncLoad);
    quanta__fwd_put(&c, &function, sizeof function);
    CUresult rc = quanta__fwd_sync(&c);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuFuncSetAttribute(CUfunction hfunc, CUfunction_attribute attrib, int value)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuFuncSetAttribute);
    quanta__fwd_put(&c, &hfunc, sizeof hfunc);
    quanta__fwd_put(&c, &attrib, sizeof attrib);
    quanta__fwd_put(&c, &value, sizeof value);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_forget_answers();
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuFuncSetBlockShape(CUfunction hfunc, int x, int y, int z)
{
    (void)hfunc;
    (void)x;
    (void)y;
    (void)z;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuFuncSetBlockShape);
}

QUANTA__FWD_EXPORT CUresult cuFuncSetCacheConfig(CUfunction hfunc, CUfunc_cache config)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuFuncSetCacheConfig);
    quanta__fwd_put(&c, &hfunc, sizeof hfunc);
    quanta__fwd_put(&c, &config, sizeof config);
    CUresult rc = quanta__fwd_sync(&c);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuFuncSetSharedMemConfig(CUfunction hfunc, CUsharedconfig config)
{
    (void)hfunc;
    (void)config;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuFuncSetSharedMemConfig);
}

QUANTA__FWD_EXPORT CUresult cuFuncSetSharedSize(CUfunction hfunc, unsigned int bytes)
{
    (void)hfunc;
    (void)bytes;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuFuncSetSharedSize);
}

QUANTA__FWD_EXPORT CUresult cuGLCtxCreate(CUcontext *pCtx, unsigned int Flags, CUdevice device)
{
    (void)pCtx;
    (void)Flags;
    (void)device;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuGLCtxCreate);
}

QUANTA__FWD_EXPORT CUresult cuGLCtxCreate_v2(CUcontext *pCtx, unsigned int Flags, CUdevice device)
{
    (void)pCtx;
    (void)Flags;
    (void)device;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuGLCtxCreate_v2);
}

QUANTA__FWD_EXPORT CUresult cuGLGetDevices(unsigned int *pCudaDeviceCount, CUdevice *pCudaDevices, unsigned int cudaDeviceCount, CUGLDeviceList deviceList)
{
    (void)pCudaDeviceCount;
    (void)pCudaDevices;
    (void)cudaDeviceCount;
    (void)deviceList;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuGLGetDevices);
}

QUANTA__FWD_EXPORT CUresult cuGLGetDevices_v2(unsigned int *pCudaDeviceCount, CUdevice *pCudaDevices, unsigned int cudaDeviceCount, CUGLDeviceList deviceList)
{
    (void)pCudaDeviceCount;
    (void)pCudaDevices;
    (void)cudaDeviceCount;
    (void)deviceList;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuGLGetDevices_v2);
}

QUANTA__FWD_EXPORT CUresult cuGLInit(void)
{
    return quanta__fwd_unsupported(QUANTA_CUDA_cuGLInit);
}

QUANTA__FWD_EXPORT CUresult cuGLMapBufferObject(CUdeviceptr_v1 *dptr, unsigned int *size, GLuint buffer)
{
    (void)dptr;
    (void)size;
    (void)buffer;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuGLMapBufferObject);
}

QUANTA__FWD_EXPORT CUresult cuGLMapBufferObject_v2(CUdeviceptr *dptr, size_t *size, GLuint buffer)
{
    (void)dptr;
    (void)size;
    (void)buffer;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuGLMapBufferObject_v2);
}

QUANTA__FWD_EXPORT CUresult cuGLMapBufferObject_v2_ptds(CUdeviceptr *dptr, size_t *size, GLuint buffer)
{
    (void)dptr;
    (void)size;
    (void)buffer;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuGLMapBufferObject_v2_ptds);
}

QUANTA__FWD_EXPORT CUresult cuGLMapBufferObjectAsync(CUdeviceptr_v1 *dptr, unsigned int *size, GLuint buffer, CUstream hStream)
{
    (void)dptr;
    (void)size;
    (void)buffer;
    (void)hStream;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuGLMapBufferObjectAsync);
}

QUANTA__FWD_EXPORT CUresult cuGLMapBufferObjectAsync_v2(CUdeviceptr *dptr, size_t *size, GLuint buffer, CUstream hStream)
{
    (void)dptr;
    (void)size;
    (void)buffer;
    (void)hStream;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuGLMapBufferObjectAsync_v2);
}

QUANTA__FWD_EXPORT CUresult cuGLMapBufferObjectAsync_v2_ptsz(CUdeviceptr *dptr, size_t *size, GLuint buffer, CUstream hStream)
{
    (void)dptr;
    (void)size;
    (void)buffer;
    (void)hStream;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuGLMapBufferObjectAsync_v2_ptsz);
}

QUANTA__FWD_EXPORT CUresult cuGLRegisterBufferObject(GLuint buffer)
{
    (void)buffer;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuGLRegisterBufferObject);
}

QUANTA__FWD_EXPORT CUresult cuGLSetBufferObjectMapFlags(GLuint buffer, unsigned int Flags)
{
    (void)buffer;
    (void)Flags;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuGLSetBufferObjectMapFlags);
}

QUANTA__FWD_EXPORT CUresult cuGLUnmapBufferObject(GLuint buffer)
{
    (void)buffer;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuGLUnmapBufferObject);
}

QUANTA__FWD_EXPORT CUresult cuGLUnmapBufferObjectAsync(GLuint buffer, CUstream hStream)
{
    (void)buffer;
    (void)hStream;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuGLUnmapBufferObjectAsync);
}

QUANTA__FWD_EXPORT CUresult cuGLUnregisterBufferObject(GLuint buffer)
{
    (void)buffer;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuGLUnregisterBufferObject);
}

QUANTA__FWD_EXPORT CUresult cuGraphAddBatchMemOpNode(CUgraphNode *phGraphNode, CUgraph hGraph, const CUgraphNode *dependencies, size_t numDependencies, const CUDA_BATCH_MEM_OP_NODE_PARAMS *nodeParams)
{
    (void)phGraphNode;
    (void)hGraph;
    (void)dependencies;
    (void)numDependencies;
    (void)nodeParams;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuGraphAddBatchMemOpNode);
}

QUANTA__FWD_EXPORT CUresult cuGraphAddChildGraphNode(CUgraphNode *phGraphNode, CUgraph hGraph, const CUgraphNode *dependencies, size_t numDependencies, CUgraph childGraph)
{
    (void)phGraphNode;
    (void)hGraph;
    (void)dependencies;
    (void)numDependencies;
    (void)childGraph;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuGraphAddChildGraphNode);
}

QUANTA__FWD_EXPORT CUresult cuGraphAddDependencies(CUgraph hGraph, const CUgraphNode *from, const CUgraphNode *to, size_t numDependencies)
{
    (void)hGraph;
    (void)from;
    (void)to;
    (void)numDependencies;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuGraphAddDependencies);
}

QUANTA__FWD_EXPORT CUresult cuGraphAddDependencies_v2(CUgraph hGraph, const CUgraphNode *from, const CUgraphNode *to, const CUgraphEdgeData *edgeData, size_t numDependencies)
{
    (void)hGraph;
    (void)from;
    (void)to;
    (void)edgeData;
    (void)numDependencies;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuGraphAddDependencies_v2);
}

QUANTA__FWD_EXPORT CUresult cuGraphAddEmptyNode(CUgraphNode *phGraphNode, CUgraph hGraph, const CUgraphNode *dependencies, size_t numDependencies)
{
    (void)phGraphNode;
    (void)hGraph;
    (void)dependencies;
    (void)numDependencies;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuGraphAddEmptyNode);
}

QUANTA__FWD_EXPORT CUresult cuGraphAddEventRecordNode(CUgraphNode *phGraphNode, CUgraph hGraph, const CUgraphNode *dependencies, size_t numDependencies, CUevent event)
{
    (void)phGraphNode;
    (void)hGraph;
    (void)dependencies;
    (void)numDependencies;
    (void)event;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuGraphAddEventRecordNode);
}

QUANTA__FWD_EXPORT CUresult cuGraphAddEventWaitNode(CUgraphNode *phGraphNode, CUgraph hGraph, const CUgraphNode *dependencies, size_t numDependencies, CUevent event)
{
    (void)phGraphNode;
    (void)hGraph;
    (void)dependencies;
    (void)numDependencies;
    (void)event;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuGraphAddEventWaitNode);
}

QUANTA__FWD_EXPORT CUresult cuGraphAddExternalSemaphoresSignalNode(CUgraphNode *phGraphNode, CUgraph hGraph, const CUgraphNode *dependencies, size_t numDependencies, const CUDA_EXT_SEM_SIGNAL_NODE_PARAMS *nodeParams)
{
    (void)phGraphNode;
    (void)hGraph;
    (void)dependencies;
    (void)numDependencies;
    (void)nodeParams;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuGraphAddExternalSemaphoresSignalNode);
}

QUANTA__FWD_EXPORT CUresult cuGraphAddExternalSemaphoresWaitNode(CUgraphNode *phGraphNode, CUgraph hGraph, const CUgraphNode *dependencies, size_t numDependencies, const CUDA_EXT_SEM_WAIT_NODE_PARAMS *nodeParams)
{
    (void)phGraphNode;
    (void)hGraph;
    (void)dependencies;
    (void)numDependencies;
    (void)nodeParams;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuGraphAddExternalSemaphoresWaitNode);
}

QUANTA__FWD_EXPORT CUresult cuGraphAddHostNode(CUgraphNode *phGraphNode, CUgraph hGraph, const CUgraphNode *dependencies, size_t numDependencies, const CUDA_HOST_NODE_PARAMS *nodeParams)
{
    (void)phGraphNode;
    (void)hGraph;
    (void)dependencies;
    (void)numDependencies;
    (void)nodeParams;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuGraphAddHostNode);
}

QUANTA__FWD_EXPORT CUresult cuGraphAddKernelNode(CUgraphNode *phGraphNode, CUgraph hGraph, const CUgraphNode *dependencies, size_t numDependencies, const CUDA_KERNEL_NODE_PARAMS_v1 *nodeParams)
{
    (void)phGraphNode;
    (void)hGraph;
    (void)dependencies;
    (void)numDependencies;
    (void)nodeParams;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuGraphAddKernelNode);
}

QUANTA__FWD_EXPORT CUresult cuGraphAddKernelNode_v2(CUgraphNode *phGraphNode, CUgraph hGraph, const CUgraphNode *dependencies, size_t numDependencies, const CUDA_KERNEL_NODE_PARAMS *nodeParams)
{
    (void)phGraphNode;
    (void)hGraph;
    (void)dependencies;
    (void)numDependencies;
    (void)nodeParams;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuGraphAddKernelNode_v2);
}

QUANTA__FWD_EXPORT CUresult cuGraphAddMemAllocNode(CUgraphNode *phGraphNode, CUgraph hGraph, const CUgraphNode *dependencies, size_t numDependencies, CUDA_MEM_ALLOC_NODE_PARAMS *nodeParams)
{
    (void)phGraphNode;
    (void)hGraph;
    (void)dependencies;
    (void)numDependencies;
    (void)nodeParams;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuGraphAddMemAllocNode);
}

QUANTA__FWD_EXPORT CUresult cuGraphAddMemFreeNode(CUgraphNode *phGraphNode, CUgraph hGraph, const CUgraphNode *dependencies, size_t numDependencies, CUdeviceptr dptr)
{
    (void)phGraphNode;
    (void)hGraph;
    (void)dependencies;
    (void)numDependencies;
    (void)dptr;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuGraphAddMemFreeNode);
}

QUANTA__FWD_EXPORT CUresult cuGraphAddMemcpyNode(CUgraphNode *phGraphNode, CUgraph hGraph, const CUgraphNode *dependencies, size_t numDependencies, const CUDA_MEMCPY3D *copyParams, CUcontext ctx)
{
    (void)phGraphNode;
    (void)hGraph;
    (void)dependencies;
    (void)numDependencies;
    (void)copyParams;
    (void)ctx;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuGraphAddMemcpyNode);
}

QUANTA__FWD_EXPORT CUresult cuGraphAddMemsetNode(CUgraphNode *phGraphNode, CUgraph hGraph, const CUgraphNode *dependencies, size_t numDependencies, const CUDA_MEMSET_NODE_PARAMS *memsetParams, CUcontext ctx)
{
    (void)phGraphNode;
    (void)hGraph;
    (void)dependencies;
    (void)numDependencies;
    (void)memsetParams;
    (void)ctx;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuGraphAddMemsetNode);
}

QUANTA__FWD_EXPORT CUresult cuGraphAddNode(CUgraphNode *phGraphNode, CUgraph hGraph, const CUgraphNode *dependencies, size_t numDependencies, CUgraphNodeParams *nodeParams)
{
    (void)phGraphNode;
    (void)hGraph;
    (void)dependencies;
    (void)numDependencies;
    (void)nodeParams;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuGraphAddNode);
}

QUANTA__FWD_EXPORT CUresult cuGraphAddNode_v2(CUgraphNode *phGraphNode, CUgraph hGraph, const CUgraphNode *dependencies, const CUgraphEdgeData *dependencyData, size_t numDependencies, CUgraphNodeParams *nodeParams)
{
    (void)phGraphNode;
    (void)hGraph;
    (void)dependencies;
    (void)dependencyData;
    (void)numDependencies;
    (void)nodeParams;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuGraphAddNode_v2);
}

QUANTA__FWD_EXPORT CUresult cuGraphBatchMemOpNodeGetParams(CUgraphNode hNode, CUDA_BATCH_MEM_OP_NODE_PARAMS *nodeParams_out)
{
    (void)hNode;
    (void)nodeParams_out;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuGraphBatchMemOpNodeGetParams);
}

QUANTA__FWD_EXPORT CUresult cuGraphBatchMemOpNodeSetParams(CUgraphNode hNode, const CUDA_BATCH_MEM_OP_NODE_PARAMS *nodeParams)
{
    (void)hNode;
    (void)nodeParams;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuGraphBatchMemOpNodeSetParams);
}

QUANTA__FWD_EXPORT CUresult cuGraphChildGraphNodeGetGraph(CUgraphNode hNode, CUgraph *phGraph)
{
    (void)hNode;
    (void)phGraph;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuGraphChildGraphNodeGetGraph);
}

QUANTA__FWD_EXPORT CUresult cuGraphClone(CUgraph *phGraphClone, CUgraph originalGraph)
{
    (void)phGraphClone;
    (void)originalGraph;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuGraphClone);
}

QUANTA__FWD_EXPORT CUresult cuGraphConditionalHandleCreate(CUgraphConditionalHandle *pHandle_out, CUgraph hGraph, CUcontext ctx, unsigned int defaultLaunchValue, unsigned int flags)
{
    (void)pHandle_out;
    (void)hGraph;
    (void)ctx;
    (void)defaultLaunchValue;
    (void)flags;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuGraphConditionalHandleCreate);
}

QUANTA__FWD_EXPORT CUresult cuGraphCreate(CUgraph *phGraph, unsigned int flags)
{
    (void)phGraph;
    (void)flags;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuGraphCreate);
}

QUANTA__FWD_EXPORT CUresult cuGraphDebugDotPrint(CUgraph hGraph, const char *path, unsigned int flags)
{
    (void)hGraph;
    (void)path;
    (void)flags;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuGraphDebugDotPrint);
}

QUANTA__FWD_EXPORT CUresult cuGraphDestroy(CUgraph hGraph)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuGraphDestroy);
    quanta__fwd_put(&c, &hGraph, sizeof hGraph);
    CUresult rc = quanta__fwd_sync(&c);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuGraphDestroyNode(CUgraphNode hNode)
{
    (void)hNode;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuGraphDestroyNode);
}

QUANTA__FWD_EXPORT CUresult cuGraphEventRecordNodeGetEvent(CUgraphNode hNode, CUevent *event_out)
{
    (void)hNode;
    (void)event_out;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuGraphEventRecordNodeGetEvent);
}

QUANTA__FWD_EXPORT CUresult cuGraphEventRecordNodeSetEvent(CUgraphNode hNode, CUevent event)
{
    (void)hNode;
    (void)event;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuGraphEventRecordNodeSetEvent);
}

QUANTA__FWD_EXPORT CUresult cuGraphEventWaitNodeGetEvent(CUgraphNode hNode, CUevent *event_out)
{
    (void)hNode;
    (void)event_out;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuGraphEventWaitNodeGetEvent);
}

QUANTA__FWD_EXPORT CUresult cuGraphEventWaitNodeSetEvent(CUgraphNode hNode, CUevent event)
{
    (void)hNode;
    (void)event;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuGraphEventWaitNodeSetEvent);
}

QUANTA__FWD_EXPORT CUresult cuGraphExecBatchMemOpNodeSetParams(CUgraphExec hGraphExec, CUgraphNode hNode, const CUDA_BATCH_MEM_OP_NODE_PARAMS *nodeParams)
{
    (void)hGraphExec;
    (void)hNode;
    (void)nodeParams;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuGraphExecBatchMemOpNodeSetParams);
}

QUANTA__FWD_EXPORT CUresult cuGraphExecChildGraphNodeSetParams(CUgraphExec hGraphExec, CUgraphNode hNode, CUgraph childGraph)
{
    (void)hGraphExec;
    (void)hNode;
    (void)childGraph;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuGraphExecChildGraphNodeSetParams);
}

QUANTA__FWD_EXPORT CUresult cuGraphExecDestroy(CUgraphExec hGraphExec)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuGraphExecDestroy);
    quanta__fwd_put(&c, &hGraphExec, sizeof hGraphExec);
    CUresult rc = quanta__fwd_sync(&c);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuGraphExecEventRecordNodeSetEvent(CUgraphExec hGraphExec, CUgraphNode hNode, CUevent event)
{
    (void)hGraphExec;
    (void)hNode;
    (void)event;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuGraphExecEventRecordNodeSetEvent);
}

QUANTA__FWD_EXPORT CUresult cuGraphExecEventWaitNodeSetEvent(CUgraphExec hGraphExec, CUgraphNode hNode, CUevent event)
{
    (void)hGraphExec;
    (void)hNode;
    (void)event;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuGraphExecEventWaitNodeSetEvent);
}

QUANTA__FWD_EXPORT CUresult cuGraphExecExternalSemaphoresSignalNodeSetParams(CUgraphExec hGraphExec, CUgraphNode hNode, const CUDA_EXT_SEM_SIGNAL_NODE_PARAMS *nodeParams)
{
    (void)hGraphExec;
    (void)hNode;
    (void)nodeParams;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuGraphExecExternalSemaphoresSignalNodeSetParams);
}

QUANTA__FWD_EXPORT CUresult cuGraphExecExternalSemaphoresWaitNodeSetParams(CUgraphExec hGraphExec, CUgraphNode hNode, const CUDA_EXT_SEM_WAIT_NODE_PARAMS *nodeParams)
{
    (void)hGraphExec;
    (void)hNode;
    (void)nodeParams;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuGraphExecExternalSemaphoresWaitNodeSetParams);
}

QUANTA__FWD_EXPORT CUresult cuGraphExecGetFlags(CUgraphExec hGraphExec, cuuint64_t *flags)
{
    (void)hGraphExec;
    (void)flags;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuGraphExecGetFlags);
}

QUANTA__FWD_EXPORT CUresult cuGraphExecHostNodeSetParams(CUgraphExec hGraphExec, CUgraphNode hNode, const CUDA_HOST_NODE_PARAMS *nodeParams)
{
    (void)hGraphExec;
    (void)hNode;
    (void)nodeParams;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuGraphExecHostNodeSetParams);
}

QUANTA__FWD_EXPORT CUresult cuGraphExecKernelNodeSetParams(CUgraphExec hGraphExec, CUgraphNode hNode, const CUDA_KERNEL_NODE_PARAMS_v1 *nodeParams)
{
    (void)hGraphExec;
    (void)hNode;
    (void)nodeParams;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuGraphExecKernelNodeSetParams);
}

QUANTA__FWD_EXPORT CUresult cuGraphExecKernelNodeSetParams_v2(CUgraphExec hGraphExec, CUgraphNode hNode, const CUDA_KERNEL_NODE_PARAMS *nodeParams)
{
    (void)hGraphExec;
    (void)hNode;
    (void)nodeParams;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuGraphExecKernelNodeSetParams_v2);
}

QUANTA__FWD_EXPORT CUresult cuGraphExecMemcpyNodeSetParams(CUgraphExec hGraphExec, CUgraphNode hNode, const CUDA_MEMCPY3D *copyParams, CUcontext ctx)
{
    (void)hGraphExec;
    (void)hNode;
    (void)copyParams;
    (void)ctx;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuGraphExecMemcpyNodeSetParams);
}

QUANTA__FWD_EXPORT CUresult cuGraphExecMemsetNodeSetParams(CUgraphExec hGraphExec, CUgraphNode hNode, const CUDA_MEMSET_NODE_PARAMS *memsetParams, CUcontext ctx)
{
    (void)hGraphExec;
    (void)hNode;
    (void)memsetParams;
    (void)ctx;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuGraphExecMemsetNodeSetParams);
}

QUANTA__FWD_EXPORT CUresult cuGraphExecNodeSetParams(CUgraphExec hGraphExec, CUgraphNode hNode, CUgraphNodeParams *nodeParams)
{
    (void)hGraphExec;
    (void)hNode;
    (void)nodeParams;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuGraphExecNodeSetParams);
}

QUANTA__FWD_EXPORT CUresult cuGraphExecUpdate(CUgraphExec hGraphExec, CUgraph hGraph, CUgraphNode *hErrorNode_out, CUgraphExecUpdateResult *updateResult_out)
{
    (void)hGraphExec;
    (void)hGraph;
    (void)hErrorNode_out;
    (void)updateResult_out;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuGraphExecUpdate);
}

QUANTA__FWD_EXPORT CUresult cuGraphExecUpdate_v2(CUgraphExec hGraphExec, CUgraph hGraph, CUgraphExecUpdateResultInfo *resultInfo)
{
    (void)hGraphExec;
    (void)hGraph;
    (void)resultInfo;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuGraphExecUpdate_v2);
}

QUANTA__FWD_EXPORT CUresult cuGraphExternalSemaphoresSignalNodeGetParams(CUgraphNode hNode, CUDA_EXT_SEM_SIGNAL_NODE_PARAMS *params_out)
{
    (void)hNode;
    (void)params_out;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuGraphExternalSemaphoresSignalNodeGetParams);
}

QUANTA__FWD_EXPORT CUresult cuGraphExternalSemaphoresSignalNodeSetParams(CUgraphNode hNode, const CUDA_EXT_SEM_SIGNAL_NODE_PARAMS *nodeParams)
{
    (void)hNode;
    (void)nodeParams;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuGraphExternalSemaphoresSignalNodeSetParams);
}

QUANTA__FWD_EXPORT CUresult cuGraphExternalSemaphoresWaitNodeGetParams(CUgraphNode hNode, CUDA_EXT_SEM_WAIT_NODE_PARAMS *params_out)
{
    (void)hNode;
    (void)params_out;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuGraphExternalSemaphoresWaitNodeGetParams);
}

QUANTA__FWD_EXPORT CUresult cuGraphExternalSemaphoresWaitNodeSetParams(CUgraphNode hNode, const CUDA_EXT_SEM_WAIT_NODE_PARAMS *nodeParams)
{
    (void)hNode;
    (void)nodeParams;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuGraphExternalSemaphoresWaitNodeSetParams);
}

QUANTA__FWD_EXPORT CUresult cuGraphGetEdges(CUgraph hGraph, CUgraphNode *from, CUgraphNode *to, size_t *numEdges)
{
    (void)hGraph;
    (void)from;
    (void)to;
    (void)numEdges;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuGraphGetEdges);
}

QUANTA__FWD_EXPORT CUresult cuGraphGetEdges_v2(CUgraph hGraph, CUgraphNode *from, CUgraphNode *to, CUgraphEdgeData *edgeData, size_t *numEdges)
{
    (void)hGraph;
    (void)from;
    (void)to;
    (void)edgeData;
    (void)numEdges;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuGraphGetEdges_v2);
}

QUANTA__FWD_EXPORT CUresult cuGraphGetNodes(CUgraph hGraph, CUgraphNode *nodes, size_t *numNodes)
{
    const uint64_t room_nodes = numNodes != NULL ? (uint64_t)*numNodes * sizeof *nodes : 0;
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuGraphGetNodes);
    quanta__fwd_put(&c, &hGraph, sizeof hGraph);
    quanta__fwd_want(&c, nodes != NULL);
    quanta__fwd_put_opt(&c, numNodes, sizeof *numNodes);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_buf(&c, nodes, room_nodes);
    quanta__fwd_get_opt(&c, numNodes, sizeof *numNodes);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuGraphGetRootNodes(CUgraph hGraph, CUgraphNode *rootNodes, size_t *numRootNodes)
{
    (void)hGraph;
    (void)rootNodes;
    (void)numRootNodes;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuGraphGetRootNodes);
}

QUANTA__FWD_EXPORT CUresult cuGraphHostNodeGetParams(CUgraphNode hNode, CUDA_HOST_NODE_PARAMS *nodeParams)
{
    (void)hNode;
    (void)nodeParams;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuGraphHostNodeGetParams);
}

QUANTA__FWD_EXPORT CUresult cuGraphHostNodeSetParams(CUgraphNode hNode, const CUDA_HOST_NODE_PARAMS *nodeParams)
{
    (void)hNode;
    (void)nodeParams;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuGraphHostNodeSetParams);
}

QUANTA__FWD_EXPORT CUresult cuGraphInstantiate(CUgraphExec *phGraphExec, CUgraph hGraph, CUgraphNode *phErrorNode, char *logBuffer, size_t bufferSize)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuGraphInstantiate);
    quanta__fwd_want(&c, phGraphExec != NULL);
    quanta__fwd_put(&c, &hGraph, sizeof hGraph);
    quanta__fwd_want(&c, phErrorNode != NULL);
    quanta__fwd_want(&c, logBuffer != NULL);
    quanta__fwd_put(&c, &bufferSize, sizeof bufferSize);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_opt(&c, phGraphExec, sizeof *phGraphExec);
    quanta__fwd_get_opt(&c, phErrorNode, sizeof *phErrorNode);
    quanta__fwd_get_buf(&c, logBuffer, (uint64_t)(bufferSize));
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuGraphInstantiate_v2(CUgraphExec *phGraphExec, CUgraph hGraph, CUgraphNode *phErrorNode, char *logBuffer, size_t bufferSize)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuGraphInstantiate_v2);
    quanta__fwd_want(&c, phGraphExec != NULL);
    quanta__fwd_put(&c, &hGraph, sizeof hGraph);
    quanta__fwd_want(&c, phErrorNode != NULL);
    quanta__fwd_want(&c, logBuffer != NULL);
    quanta__fwd_put(&c, &bufferSize, sizeof bufferSize);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_opt(&c, phGraphExec, sizeof *phGraphExec);
    quanta__fwd_get_opt(&c, phErrorNode, sizeof *phErrorNode);
    quanta__fwd_get_buf(&c, logBuffer, (uint64_t)(bufferSize));
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuGraphInstantiateWithFlags(CUgraphExec *phGraphExec, CUgraph hGraph, unsigned long long flags)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuGraphInstantiateWithFlags);
    quanta__fwd_want(&c, phGraphExec != NULL);
    quanta__fwd_put(&c, &hGraph, sizeof hGraph);
    quanta__fwd_put(&c, &flags, sizeof flags);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_opt(&c, phGraphExec, sizeof *phGraphExec);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuGraphInstantiateWithParams(CUgraphExec *phGraphExec, CUgraph hGraph, CUDA_GRAPH_INSTANTIATE_PARAMS *instantiateParams)
{
    (void)phGraphExec;
    (void)hGraph;
    (void)instantiateParams;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuGraphInstantiateWithParams);
}

QUANTA__FWD_EXPORT CUresult cuGraphInstantiateWithParams_ptsz(CUgraphExec *phGraphExec, CUgraph hGraph, CUDA_GRAPH_INSTANTIATE_PARAMS *instantiateParams)
{
    (void)phGraphExec;
    (void)hGraph;
    (void)instantiateParams;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuGraphInstantiateWithParams_ptsz);
}

QUANTA__FWD_EXPORT CUresult cuGraphKernelNodeCopyAttributes(CUgraphNode dst, CUgraphNode src)
{
    (void)dst;
    (void)src;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuGraphKernelNodeCopyAttributes);
}

QUANTA__FWD_EXPORT CUresult cuGraphKernelNodeGetAttribute(CUgraphNode hNode, CUkernelNodeAttrID attr, CUkernelNodeAttrValue *value_out)
{
    (void)hNode;
    (void)attr;
    (void)value_out;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuGraphKernelNodeGetAttribute);
}

QUANTA__FWD_EXPORT CUresult cuGraphKernelNodeGetParams(CUgraphNode hNode, CUDA_KERNEL_NODE_PARAMS_v1 *nodeParams)
{
    (void)hNode;
    (void)nodeParams;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuGraphKernelNodeGetParams);
}

QUANTA__FWD_EXPORT CUresult cuGraphKernelNodeGetParams_v2(CUgraphNode hNode, CUDA_KERNEL_NODE_PARAMS *nodeParams)
{
    (void)hNode;
    (void)nodeParams;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuGraphKernelNodeGetParams_v2);
}

QUANTA__FWD_EXPORT CUresult cuGraphKernelNodeSetAttribute(CUgraphNode hNode, CUkernelNodeAttrID attr, const CUkernelNodeAttrValue *value)
{
    (void)hNode;
    (void)attr;
    (void)value;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuGraphKernelNodeSetAttribute);
}

QUANTA__FWD_EXPORT CUresult cuGraphKernelNodeSetParams(CUgraphNode hNode, const CUDA_KERNEL_NODE_PARAMS_v1 *nodeParams)
{
    (void)hNode;
    (void)nodeParams;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuGraphKernelNodeSetParams);
}

QUANTA__FWD_EXPORT CUresult cuGraphKernelNodeSetParams_v2(CUgraphNode hNode, const CUDA_KERNEL_NODE_PARAMS *nodeParams)
{
    (void)hNode;
    (void)nodeParams;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuGraphKernelNodeSetParams_v2);
}

QUANTA__FWD_EXPORT CUresult cuGraphLaunch(CUgraphExec hGraphExec, CUstream hStream)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuGraphLaunch);
    quanta__fwd_put(&c, &hGraphExec, sizeof hGraphExec);
    quanta__fwd_put(&c, &hStream, sizeof hStream);
    return quanta__fwd_async(&c);
}

QUANTA__FWD_EXPORT CUresult cuGraphLaunch_ptsz(CUgraphExec hGraphExec, CUstream hStream)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuGraphLaunch_ptsz);
    quanta__fwd_put(&c, &hGraphExec, sizeof hGraphExec);
    quanta__fwd_put(&c, &hStream, sizeof hStream);
    return quanta__fwd_async(&c);
}

QUANTA__FWD_EXPORT CUresult cuGraphMemAllocNodeGetParams(CUgraphNode hNode, CUDA_MEM_ALLOC_NODE_PARAMS *params_out)
{
    (void)hNode;
    (void)params_out;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuGraphMemAllocNodeGetParams);
}

QUANTA__FWD_EXPORT CUresult cuGraphMemFreeNodeGetParams(CUgraphNode hNode, CUdeviceptr *dptr_out)
{
    (void)hNode;
    (void)dptr_out;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuGraphMemFreeNodeGetParams);
}

QUANTA__FWD_EXPORT CUresult cuGraphMemcpyNodeGetParams(CUgraphNode hNode, CUDA_MEMCPY3D *nodeParams)
{
    (void)hNode;
    (void)nodeParams;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuGraphMemcpyNodeGetParams);
}

QUANTA__FWD_EXPORT CUresult cuGraphMemcpyNodeSetParams(CUgraphNode hNode, const CUDA_MEMCPY3D *nodeParams)
{
    (void)hNode;
    (void)nodeParams;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuGraphMemcpyNodeSetParams);
}

QUANTA__FWD_EXPORT CUresult cuGraphMemsetNodeGetParams(CUgraphNode hNode, CUDA_MEMSET_NODE_PARAMS *nodeParams)
{
    (void)hNode;
    (void)nodeParams;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuGraphMemsetNodeGetParams);
}

QUANTA__FWD_EXPORT CUresult cuGraphMemsetNodeSetParams(CUgraphNode hNode, const CUDA_MEMSET_NODE_PARAMS *nodeParams)
{
    (void)hNode;
    (void)nodeParams;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuGraphMemsetNodeSetParams);
}

QUANTA__FWD_EXPORT CUresult cuGraphNodeFindInClone(CUgraphNode *phNode, CUgraphNode hOriginalNode, CUgraph hClonedGraph)
{
    (void)phNode;
    (void)hOriginalNode;
    (void)hClonedGraph;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuGraphNodeFindInClone);
}

QUANTA__FWD_EXPORT CUresult cuGraphNodeGetDependencies(CUgraphNode hNode, CUgraphNode *dependencies, size_t *numDependencies)
{
    (void)hNode;
    (void)dependencies;
    (void)numDependencies;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuGraphNodeGetDependencies);
}

QUANTA__FWD_EXPORT CUresult cuGraphNodeGetDependencies_v2(CUgraphNode hNode, CUgraphNode *dependencies, CUgraphEdgeData *edgeData, size_t *numDependencies)
{
    (void)hNode;
    (void)dependencies;
    (void)edgeData;
    (void)numDependencies;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuGraphNodeGetDependencies_v2);
}

QUANTA__FWD_EXPORT CUresult cuGraphNodeGetDependentNodes(CUgraphNode hNode, CUgraphNode *dependentNodes, size_t *numDependentNodes)
{
    (void)hNode;
    (void)dependentNodes;
    (void)numDependentNodes;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuGraphNodeGetDependentNodes);
}

QUANTA__FWD_EXPORT CUresult cuGraphNodeGetDependentNodes_v2(CUgraphNode hNode, CUgraphNode *dependentNodes, CUgraphEdgeData *edgeData, size_t *numDependentNodes)
{
    (void)hNode;
    (void)dependentNodes;
    (void)edgeData;
    (void)numDependentNodes;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuGraphNodeGetDependentNodes_v2);
}

QUANTA__FWD_EXPORT CUresult cuGraphNodeGetEnabled(CUgraphExec hGraphExec, CUgraphNode hNode, unsigned int *isEnabled)
{
    (void)hGraphExec;
    (void)hNode;
    (void)isEnabled;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuGraphNodeGetEnabled);
}

QUANTA__FWD_EXPORT CUresult cuGraphNodeGetType(CUgraphNode hNode, CUgraphNodeType *type)
{
    (void)hNode;
    (void)type;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuGraphNodeGetType);
}

QUANTA__FWD_EXPORT CUresult cuGraphNodeSetEnabled(CUgraphExec hGraphExec, CUgraphNode hNode, unsigned int isEnabled)
{
    (void)hGraphExec;
    (void)hNode;
    (void)isEnabled;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuGraphNodeSetEnabled);
}

QUANTA__FWD_EXPORT CUresult cuGraphNodeSetParams(CUgraphNode hNode, CUgraphNodeParams *nodeParams)
{
    (void)hNode;
    (void)nodeParams;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuGraphNodeSetParams);
}

QUANTA__FWD_EXPORT CUresult cuGraphReleaseUserObject(CUgraph graph, CUuserObject object, unsigned int count)
{
    (void)graph;
    (void)object;
    (void)count;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuGraphReleaseUserObject);
}

QUANTA__FWD_EXPORT CUresult cuGraphRemoveDependencies(CUgraph hGraph, const CUgraphNode *from, const CUgraphNode *to, size_t numDependencies)
{
    (void)hGraph;
    (void)from;
    (void)to;
    (void)numDependencies;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuGraphRemoveDependencies);
}

QUANTA__FWD_EXPORT CUresult cuGraphRemoveDependencies_v2(CUgraph hGraph, const CUgraphNode *from, const CUgraphNode *to, const CUgraphEdgeData *edgeData, size_t numDependencies)
{
    (void)hGraph;
    (void)from;
    (void)to;
    (void)edgeData;
    (void)numDependencies;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuGraphRemoveDependencies_v2);
}

QUANTA__FWD_EXPORT CUresult cuGraphRetainUserObject(CUgraph graph, CUuserObject object, unsigned int count, unsigned int flags)
{
    (void)graph;
    (void)object;
    (void)count;
    (void)flags;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuGraphRetainUserObject);
}

QUANTA__FWD_EXPORT CUresult cuGraphUpload(CUgraphExec hGraphExec, CUstream hStream)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuGraphUpload);
    quanta__fwd_put(&c, &hGraphExec, sizeof hGraphExec);
    quanta__fwd_put(&c, &hStream, sizeof hStream);
    return quanta__fwd_async(&c);
}

QUANTA__FWD_EXPORT CUresult cuGraphUpload_ptsz(CUgraphExec hGraphExec, CUstream hStream)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuGraphUpload_ptsz);
    quanta__fwd_put(&c, &hGraphExec, sizeof hGraphExec);
    quanta__fwd_put(&c, &hStream, sizeof hStream);
    return quanta__fwd_async(&c);
}

QUANTA__FWD_EXPORT CUresult cuGraphicsEGLRegisterImage(CUgraphicsResource *pCudaResource, EGLImageKHR image, unsigned int flags)
{
    (void)pCudaResource;
    (void)image;
    (void)flags;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuGraphicsEGLRegisterImage);
}

QUANTA__FWD_EXPORT CUresult cuGraphicsGLRegisterBuffer(CUgraphicsResource *pCudaResource, GLuint buffer, unsigned int Flags)
{
    (void)pCudaResource;
    (void)buffer;
    (void)Flags;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuGraphicsGLRegisterBuffer);
}

QUANTA__FWD_EXPORT CUresult cuGraphicsGLRegisterImage(CUgraphicsResource *pCudaResource, GLuint image, GLenum target, unsigned int Flags)
{
    (void)pCudaResource;
    (void)image;
    (void)target;
    (void)Flags;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuGraphicsGLRegisterImage);
}

QUANTA__FWD_EXPORT CUresult cuGraphicsMapResources(unsigned int count, CUgraphicsResource *resources, CUstream hStream)
{
    (void)count;
    (void)resources;
    (void)hStream;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuGraphicsMapResources);
}

QUANTA__FWD_EXPORT CUresult cuGraphicsMapResources_ptsz(unsigned int count, CUgraphicsResource *resources, CUstream hStream)
{
    (void)count;
    (void)resources;
    (void)hStream;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuGraphicsMapResources_ptsz);
}

QUANTA__FWD_EXPORT CUresult cuGraphicsResourceGetMappedEglFrame(CUeglFrame *eglFrame, CUgraphicsResource resource, unsigned int index, unsigned int mipLevel)
{
    (void)eglFrame;
    (void)resource;
    (void)index;
    (void)mipLevel;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuGraphicsResourceGetMappedEglFrame);
}

QUANTA__FWD_EXPORT CUresult cuGraphicsResourceGetMappedMipmappedArray(CUmipmappedArray *pMipmappedArray, CUgraphicsResource resource)
{
    (void)pMipmappedArray;
    (void)resource;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuGraphicsResourceGetMappedMipmappedArray);
}

QUANTA__FWD_EXPORT CUresult cuGraphicsResourceGetMappedPointer(CUdeviceptr_v1 *pDevPtr, unsigned int *pSize, CUgraphicsResource resource)
{
    (void)pDevPtr;
    (void)pSize;
    (void)resource;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuGraphicsResourceGetMappedPointer);
}

QUANTA__FWD_EXPORT CUresult cuGraphicsResourceGetMappedPointer_v2(CUdeviceptr *pDevPtr, size_t *pSize, CUgraphicsResource resource)
{
    (void)pDevPtr;
    (void)pSize;
    (void)resource;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuGraphicsResourceGetMappedPointer_v2);
}

QUANTA__FWD_EXPORT CUresult cuGraphicsResourceSetMapFlags(CUgraphicsResource resource, unsigned int flags)
{
    (void)resource;
    (void)flags;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuGraphicsResourceSetMapFlags);
}

QUANTA__FWD_EXPORT CUresult cuGraphicsResourceSetMapFlags_v2(CUgraphicsResource resource, unsigned int flags)
{
    (void)resource;
    (void)flags;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuGraphicsResourceSetMapFlags_v2);
}

QUANTA__FWD_EXPORT CUresult cuGraphicsSubResourceGetMappedArray(CUarray *pArray, CUgraphicsResource resource, unsigned int arrayIndex, unsigned int mipLevel)
{
    (void)pArray;
    (void)resource;
    (void)arrayIndex;
    (void)mipLevel;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuGraphicsSubResourceGetMappedArray);
}

QUANTA__FWD_EXPORT CUresult cuGraphicsUnmapResources(unsigned int count, CUgraphicsResource *resources, CUstream hStream)
{
    (void)count;
    (void)resources;
    (void)hStream;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuGraphicsUnmapResources);
}

QUANTA__FWD_EXPORT CUresult cuGraphicsUnmapResources_ptsz(unsigned int count, CUgraphicsResource *resources, CUstream hStream)
{
    (void)count;
    (void)resources;
    (void)hStream;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuGraphicsUnmapResources_ptsz);
}

QUANTA__FWD_EXPORT CUresult cuGraphicsUnregisterResource(CUgraphicsResource resource)
{
    (void)resource;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuGraphicsUnregisterResource);
}

QUANTA__FWD_EXPORT CUresult cuGraphicsVDPAURegisterOutputSurface(CUgraphicsResource *pCudaResource, VdpOutputSurface vdpSurface, unsigned int flags)
{
    (void)pCudaResource;
    (void)vdpSurface;
    (void)flags;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuGraphicsVDPAURegisterOutputSurface);
}

QUANTA__FWD_EXPORT CUresult cuGraphicsVDPAURegisterVideoSurface(CUgraphicsResource *pCudaResource, VdpVideoSurface vdpSurface, unsigned int flags)
{
    (void)pCudaResource;
    (void)vdpSurface;
    (void)flags;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuGraphicsVDPAURegisterVideoSurface);
}

QUANTA__FWD_EXPORT CUresult cuGreenCtxCreate(CUgreenCtx *phCtx, CUdevResourceDesc desc, CUdevice dev, unsigned int flags)
{
    (void)phCtx;
    (void)desc;
    (void)dev;
    (void)flags;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuGreenCtxCreate);
}

QUANTA__FWD_EXPORT CUresult cuGreenCtxDestroy(CUgreenCtx hCtx)
{
    (void)hCtx;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuGreenCtxDestroy);
}

QUANTA__FWD_EXPORT CUresult cuGreenCtxGetDevResource(CUgreenCtx hCtx, CUdevResource *resource, CUdevResourceType type)
{
    (void)hCtx;
    (void)resource;
    (void)type;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuGreenCtxGetDevResource);
}

QUANTA__FWD_EXPORT CUresult cuGreenCtxGetId(CUgreenCtx greenCtx, unsigned long long *greenCtxId)
{
    (void)greenCtx;
    (void)greenCtxId;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuGreenCtxGetId);
}

QUANTA__FWD_EXPORT CUresult cuGreenCtxRecordEvent(CUgreenCtx hCtx, CUevent hEvent)
{
    (void)hCtx;
    (void)hEvent;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuGreenCtxRecordEvent);
}

QUANTA__FWD_EXPORT CUresult cuGreenCtxStreamCreate(CUstream *phStream, CUgreenCtx greenCtx, unsigned int flags, int priority)
{
    (void)phStream;
    (void)greenCtx;
    (void)flags;
    (void)priority;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuGreenCtxStreamCreate);
}

QUANTA__FWD_EXPORT CUresult cuGreenCtxWaitEvent(CUgreenCtx hCtx, CUevent hEvent)
{
    (void)hCtx;
    (void)hEvent;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuGreenCtxWaitEvent);
}

QUANTA__FWD_EXPORT CUresult cuImportExternalMemory(CUexternalMemory *extMem_out, const CUDA_EXTERNAL_MEMORY_HANDLE_DESC *memHandleDesc)
{
    (void)extMem_out;
    (void)memHandleDesc;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuImportExternalMemory);
}

QUANTA__FWD_EXPORT CUresult cuImportExternalSemaphore(CUexternalSemaphore *extSem_out, const CUDA_EXTERNAL_SEMAPHORE_HANDLE_DESC *semHandleDesc)
{
    (void)extSem_out;
    (void)semHandleDesc;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuImportExternalSemaphore);
}

QUANTA__FWD_EXPORT CUresult cuInit(unsigned int Flags)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuInit);
    quanta__fwd_put(&c, &Flags, sizeof Flags);
    CUresult rc = quanta__fwd_sync(&c);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuIpcCloseMemHandle(CUdeviceptr dptr)
{
    (void)dptr;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuIpcCloseMemHandle);
}

QUANTA__FWD_EXPORT CUresult cuIpcGetEventHandle(CUipcEventHandle *pHandle, CUevent event)
{
    (void)pHandle;
    (void)event;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuIpcGetEventHandle);
}

QUANTA__FWD_EXPORT CUresult cuIpcGetMemHandle(CUipcMemHandle *pHandle, CUdeviceptr dptr)
{
    (void)pHandle;
    (void)dptr;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuIpcGetMemHandle);
}

QUANTA__FWD_EXPORT CUresult cuIpcOpenEventHandle(CUevent *phEvent, CUipcEventHandle handle)
{
    (void)phEvent;
    (void)handle;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuIpcOpenEventHandle);
}

QUANTA__FWD_EXPORT CUresult cuIpcOpenMemHandle(CUdeviceptr *pdptr, CUipcMemHandle handle, unsigned int Flags)
{
    (void)pdptr;
    (void)handle;
    (void)Flags;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuIpcOpenMemHandle);
}

QUANTA__FWD_EXPORT CUresult cuIpcOpenMemHandle_v2(CUdeviceptr *pdptr, CUipcMemHandle handle, unsigned int Flags)
{
    (void)pdptr;
    (void)handle;
    (void)Flags;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuIpcOpenMemHandle_v2);
}

QUANTA__FWD_EXPORT CUresult cuKernelGetAttribute(int *pi, CUfunction_attribute attrib, CUkernel kernel, CUdevice dev)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuKernelGetAttribute);
    c.keep_answer = 1;
    quanta__fwd_want(&c, pi != NULL);
    quanta__fwd_put(&c, &attrib, sizeof attrib);
    quanta__fwd_put(&c, &kernel, sizeof kernel);
    quanta__fwd_put(&c, &dev, sizeof dev);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_opt(&c, pi, sizeof *pi);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuKernelGetFunction(CUfunction *pFunc, CUkernel kernel)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuKernelGetFunction);
    quanta__fwd_want(&c, pFunc != NULL);
    quanta__fwd_put(&c, &kernel, sizeof kernel);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_opt(&c, pFunc, sizeof *pFunc);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuKernelGetLibrary(CUlibrary *pLib, CUkernel kernel)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuKernelGetLibrary);
    quanta__fwd_want(&c, pLib != NULL);
    quanta__fwd_put(&c, &kernel, sizeof kernel);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_opt(&c, pLib, sizeof *pLib);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuKernelGetName(const char **name, CUkernel hfunc)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuKernelGetName);
    c.keep_answer = 1;
    quanta__fwd_want(&c, name != NULL);
    quanta__fwd_put(&c, &hfunc, sizeof hfunc);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_name(&c, name);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuKernelGetParamInfo(CUkernel kernel, size_t paramIndex, size_t *paramOffset, size_t *paramSize)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuKernelGetParamInfo);
    quanta__fwd_put(&c, &kernel, sizeof kernel);
    quanta__fwd_put(&c, &paramIndex, sizeof paramIndex);
    quanta__fwd_want(&c, paramOffset != NULL);
    quanta__fwd_want(&c, paramSize != NULL);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_opt(&c, paramOffset, sizeof *paramOffset);
    quanta__fwd_get_opt(&c, paramSize, sizeof *paramSize);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuKernelSetAttribute(CUfunction_attribute attrib, int val, CUkernel kernel, CUdevice dev)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuKernelSetAttribute);
    quanta__fwd_put(&c, &attrib, sizeof attrib);
    quanta__fwd_put(&c, &val, sizeof val);
    quanta__fwd_put(&c, &kernel, sizeof kernel);
    quanta__fwd_put(&c, &dev, sizeof dev);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_forget_answers();
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuKernelSetCacheConfig(CUkernel kernel, CUfunc_cache config, CUdevice dev)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuKernelSetCacheConfig);
    quanta__fwd_put(&c, &kernel, sizeof kernel);
    quanta__fwd_put(&c, &config, sizeof config);
    quanta__fwd_put(&c, &dev, sizeof dev);
    CUresult rc = quanta__fwd_sync(&c);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuLaunch(CUfunction f)
{
    (void)f;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuLaunch);
}

QUANTA__FWD_EXPORT CUresult cuLaunchCooperativeKernel(CUfunction f, unsigned int gridDimX, unsigned int gridDimY, unsigned int gridDimZ, unsigned int blockDimX, unsigned int blockDimY, unsigned int blockDimZ, unsigned int sharedMemBytes, CUstream hStream, void **kernelParams)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuLaunchCooperativeKernel);
    quanta__fwd_put(&c, &f, sizeof f);
    quanta__fwd_put(&c, &gridDimX, sizeof gridDimX);
    quanta__fwd_put(&c, &gridDimY, sizeof gridDimY);
    quanta__fwd_put(&c, &gridDimZ, sizeof gridDimZ);
    quanta__fwd_put(&c, &blockDimX, sizeof blockDimX);
    quanta__fwd_put(&c, &blockDimY, sizeof blockDimY);
    quanta__fwd_put(&c, &blockDimZ, sizeof blockDimZ);
    quanta__fwd_put(&c, &sharedMemBytes, sizeof sharedMemBytes);
    quanta__fwd_put(&c, &hStream, sizeof hStream);
    quanta__fwd_put_kernel_params(&c, f, kernelParams);
    return quanta__fwd_async(&c);
}

QUANTA__FWD_EXPORT CUresult cuLaunchCooperativeKernel_ptsz(CUfunction f, unsigned int gridDimX, unsigned int gridDimY, unsigned int gridDimZ, unsigned int blockDimX, unsigned int blockDimY, unsigned int blockDimZ, unsigned int sharedMemBytes, CUstream hStream, void **kernelParams)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuLaunchCooperativeKernel_ptsz);
    quanta__fwd_put(&c, &f, sizeof f);
    quanta__fwd_put(&c, &gridDimX, sizeof gridDimX);
    quanta__fwd_put(&c, &gridDimY, sizeof gridDimY);
    quanta__fwd_put(&c, &gridDimZ, sizeof gridDimZ);
    quanta__fwd_put(&c, &blockDimX, sizeof blockDimX);
    quanta__fwd_put(&c, &blockDimY, sizeof blockDimY);
    quanta__fwd_put(&c, &blockDimZ, sizeof blockDimZ);
    quanta__fwd_put(&c, &sharedMemBytes, sizeof sharedMemBytes);
    quanta__fwd_put(&c, &hStream, sizeof hStream);
    quanta__fwd_put_kernel_params(&c, f, kernelParams);
    return quanta__fwd_async(&c);
}

QUANTA__FWD_EXPORT CUresult cuLaunchCooperativeKernelMultiDevice(CUDA_LAUNCH_PARAMS *launchParamsList, unsigned int numDevices, unsigned int flags)
{
    (void)launchParamsList;
    (void)numDevices;
    (void)flags;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuLaunchCooperativeKernelMultiDevice);
}

QUANTA__FWD_EXPORT CUresult cuLaunchGrid(CUfunction f, int grid_width, int grid_height)
{
    (void)f;
    (void)grid_width;
    (void)grid_height;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuLaunchGrid);
}

QUANTA__FWD_EXPORT CUresult cuLaunchGridAsync(CUfunction f, int grid_width, int grid_height, CUstream hStream)
{
    (void)f;
    (void)grid_width;
    (void)grid_height;
    (void)hStream;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuLaunchGridAsync);
}

QUANTA__FWD_EXPORT CUresult cuLaunchHostFunc(CUstream hStream, CUhostFn fn, void *userData)
{
    (void)hStream;
    (void)fn;
    (void)userData;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuLaunchHostFunc);
}

QUANTA__FWD_EXPORT CUresult cuLaunchHostFunc_ptsz(CUstream hStream, CUhostFn fn, void *userData)
{
    (void)hStream;
    (void)fn;
    (void)userData;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuLaunchHostFunc_ptsz);
}

QUANTA__FWD_EXPORT CUresult cuLaunchKernel(CUfunction f, unsigned int gridDimX, unsigned int gridDimY, unsigned int gridDimZ, unsigned int blockDimX, unsigned int blockDimY, unsigned int blockDimZ, unsigned int sharedMemBytes, CUstream hStream, void **kernelParams, void **extra)
{
    if (extra != NULL)
        return quanta__fwd_null_only(QUANTA_CUDA_cuLaunchKernel, "extra");
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuLaunchKernel);
    quanta__fwd_put(&c, &f, sizeof f);
    quanta__fwd_put(&c, &gridDimX, sizeof gridDimX);
    quanta__fwd_put(&c, &gridDimY, sizeof gridDimY);
    quanta__fwd_put(&c, &gridDimZ, sizeof gridDimZ);
    quanta__fwd_put(&c, &blockDimX, sizeof blockDimX);
    quanta__fwd_put(&c, &blockDimY, sizeof blockDimY);
    quanta__fwd_put(&c, &blockDimZ, sizeof blockDimZ);
    quanta__fwd_put(&c, &sharedMemBytes, sizeof sharedMemBytes);
    quanta__fwd_put(&c, &hStream, sizeof hStream);
    quanta__fwd_put_kernel_params(&c, f, kernelParams);
    return quanta__fwd_async(&c);
}

QUANTA__FWD_EXPORT CUresult cuLaunchKernel_ptsz(CUfunction f, unsigned int gridDimX, unsigned int gridDimY, unsigned int gridDimZ, unsigned int blockDimX, unsigned int blockDimY, unsigned int blockDimZ, unsigned int sharedMemBytes, CUstream hStream, void **kernelParams, void **extra)
{
    if (extra != NULL)
        return quanta__fwd_null_only(QUANTA_CUDA_cuLaunchKernel_ptsz, "extra");
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuLaunchKernel_ptsz);
    quanta__fwd_put(&c, &f, sizeof f);
    quanta__fwd_put(&c, &gridDimX, sizeof gridDimX);
    quanta__fwd_put(&c, &gridDimY, sizeof gridDimY);
    quanta__fwd_put(&c, &gridDimZ, sizeof gridDimZ);
    quanta__fwd_put(&c, &blockDimX, sizeof blockDimX);
    quanta__fwd_put(&c, &blockDimY, sizeof blockDimY);
    quanta__fwd_put(&c, &blockDimZ, sizeof blockDimZ);
    quanta__fwd_put(&c, &sharedMemBytes, sizeof sharedMemBytes);
    quanta__fwd_put(&c, &hStream, sizeof hStream);
    quanta__fwd_put_kernel_params(&c, f, kernelParams);
    return quanta__fwd_async(&c);
}

QUANTA__FWD_EXPORT CUresult cuLaunchKernelEx(const CUlaunchConfig *config, CUfunction f, void **kernelParams, void **extra)
{
    if (extra != NULL)
        return quanta__fwd_null_only(QUANTA_CUDA_cuLaunchKernelEx, "extra");
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuLaunchKernelEx);
    quanta__fwd_put_launch_config(&c, config);
    quanta__fwd_put(&c, &f, sizeof f);
    quanta__fwd_put_kernel_params(&c, f, kernelParams);
    return quanta__fwd_async(&c);
}

QUANTA__FWD_EXPORT CUresult cuLaunchKernelEx_ptsz(const CUlaunchConfig *config, CUfunction f, void **kernelParams, void **extra)
{
    if (extra != NULL)
        return quanta__fwd_null_only(QUANTA_CUDA_cuLaunchKernelEx_ptsz, "extra");
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuLaunchKernelEx_ptsz);
    quanta__fwd_put_launch_config(&c, config);
    quanta__fwd_put(&c, &f, sizeof f);
    quanta__fwd_put_kernel_params(&c, f, kernelParams);
    return quanta__fwd_async(&c);
}

QUANTA__FWD_EXPORT CUresult cuLibraryEnumerateKernels(CUkernel *kernels, unsigned int numKernels, CUlibrary lib)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuLibraryEnumerateKernels);
    quanta__fwd_want(&c, kernels != NULL);
    quanta__fwd_put(&c, &numKernels, sizeof numKernels);
    quanta__fwd_put(&c, &lib, sizeof lib);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_buf(&c, kernels, (uint64_t)((uint64_t)numKernels * sizeof(CUkernel)));
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuLibraryGetGlobal(CUdeviceptr *dptr, size_t *bytes, CUlibrary library, const char *name)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuLibraryGetGlobal);
    quanta__fwd_want(&c, dptr != NULL);
    quanta__fwd_want(&c, bytes != NULL);
    quanta__fwd_put(&c, &library, sizeof library);
    quanta__fwd_put_cstring(&c, name);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_opt(&c, dptr, sizeof *dptr);
    quanta__fwd_get_opt(&c, bytes, sizeof *bytes);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuLibraryGetKernel(CUkernel *pKernel, CUlibrary library, const char *name)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuLibraryGetKernel);
    quanta__fwd_want(&c, pKernel != NULL);
    quanta__fwd_put(&c, &library, sizeof library);
    quanta__fwd_put_cstring(&c, name);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_opt(&c, pKernel, sizeof *pKernel);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuLibraryGetKernelCount(unsigned int *count, CUlibrary lib)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuLibraryGetKernelCount);
    quanta__fwd_want(&c, count != NULL);
    quanta__fwd_put(&c, &lib, sizeof lib);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_opt(&c, count, sizeof *count);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuLibraryGetManaged(CUdeviceptr *dptr, size_t *bytes, CUlibrary library, const char *name)
{
    (void)dptr;
    (void)bytes;
    (void)library;
    (void)name;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuLibraryGetManaged);
}

QUANTA__FWD_EXPORT CUresult cuLibraryGetModule(CUmodule *pMod, CUlibrary library)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuLibraryGetModule);
    quanta__fwd_want(&c, pMod != NULL);
    quanta__fwd_put(&c, &library, sizeof library);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_opt(&c, pMod, sizeof *pMod);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuLibraryGetUnifiedFunction(void **fptr, CUlibrary library, const char *symbol)
{
    (void)fptr;
    (void)library;
    (void)symbol;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuLibraryGetUnifiedFunction);
}

QUANTA__FWD_EXPORT CUresult cuLibraryLoadData(CUlibrary *library, const void *code, CUjit_option *jitOptions, void **jitOptionsValues, unsigned int numJitOptions, CUlibraryOption *libraryOptions, void **libraryOptionValues, unsigned int numLibraryOptions)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuLibraryLoadData);
    quanta__fwd_want(&c, library != NULL);
    quanta__fwd_put_image(&c, code);
    quanta__fwd_put_options(&c, QUANTA__FWD_OPT_JIT, (const int *)jitOptions, jitOptionsValues, numJitOptions);
    quanta__fwd_put(&c, &numJitOptions, sizeof numJitOptions);
    quanta__fwd_put_options(&c, QUANTA__FWD_OPT_LIBRARY, (const int *)libraryOptions, libraryOptionValues, numLibraryOptions);
    quanta__fwd_put(&c, &numLibraryOptions, sizeof numLibraryOptions);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_opt(&c, library, sizeof *library);
    quanta__fwd_get_options(&c, QUANTA__FWD_OPT_JIT, (const int *)jitOptions, jitOptionsValues, numJitOptions);
    quanta__fwd_get_options(&c, QUANTA__FWD_OPT_LIBRARY, (const int *)libraryOptions, libraryOptionValues, numLibraryOptions);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuLibraryLoadFromFile(CUlibrary *library, const char *fileName, CUjit_option *jitOptions, void **jitOptionsValues, unsigned int numJitOptions, CUlibraryOption *libraryOptions, void **libraryOptionValues, unsigned int numLibraryOptions)
{
    (void)library;
    (void)fileName;
    (void)jitOptions;
    (void)jitOptionsValues;
    (void)numJitOptions;
    (void)libraryOptions;
    (void)libraryOptionValues;
    (void)numLibraryOptions;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuLibraryLoadFromFile);
}

QUANTA__FWD_EXPORT CUresult cuLibraryUnload(CUlibrary library)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuLibraryUnload);
    quanta__fwd_put(&c, &library, sizeof library);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_forget_answers();
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuLinkAddData(CUlinkState state, CUjitInputType type, void *data, size_t size, const char *name, unsigned int numOptions, CUjit_option *options, void **optionValues)
{
    (void)state;
    (void)type;
    (void)data;
    (void)size;
    (void)name;
    (void)numOptions;
    (void)options;
    (void)optionValues;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuLinkAddData);
}

QUANTA__FWD_EXPORT CUresult cuLinkAddData_v2(CUlinkState state, CUjitInputType type, void *data, size_t size, const char *name, unsigned int numOptions, CUjit_option *options, void **optionValues)
{
    (void)state;
    (void)type;
    (void)data;
    (void)size;
    (void)name;
    (void)numOptions;
    (void)options;
    (void)optionValues;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuLinkAddData_v2);
}

QUANTA__FWD_EXPORT CUresult cuLinkAddFile(CUlinkState state, CUjitInputType type, const char *path, unsigned int numOptions, CUjit_option *options, void **optionValues)
{
    (void)state;
    (void)type;
    (void)path;
    (void)numOptions;
    (void)options;
    (void)optionValues;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuLinkAddFile);
}

QUANTA__FWD_EXPORT CUresult cuLinkAddFile_v2(CUlinkState state, CUjitInputType type, const char *path, unsigned int numOptions, CUjit_option *options, void **optionValues)
{
    (void)state;
    (void)type;
    (void)path;
    (void)numOptions;
    (void)options;
    (void)optionValues;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuLinkAddFile_v2);
}

QUANTA__FWD_EXPORT CUresult cuLinkComplete(CUlinkState state, void **cubinOut, size_t *sizeOut)
{
    (void)state;
    (void)cubinOut;
    (void)sizeOut;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuLinkComplete);
}

QUANTA__FWD_EXPORT CUresult cuLinkCreate(unsigned int numOptions, CUjit_option *options, void **optionValues, CUlinkState *stateOut)
{
    (void)numOptions;
    (void)options;
    (void)optionValues;
    (void)stateOut;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuLinkCreate);
}

QUANTA__FWD_EXPORT CUresult cuLinkCreate_v2(unsigned int numOptions, CUjit_option *options, void **optionValues, CUlinkState *stateOut)
{
    (void)numOptions;
    (void)options;
    (void)optionValues;
    (void)stateOut;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuLinkCreate_v2);
}

QUANTA__FWD_EXPORT CUresult cuLinkDestroy(CUlinkState state)
{
    (void)state;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuLinkDestroy);
}

QUANTA__FWD_EXPORT CUresult cuLogsCurrent(CUlogIterator *iterator_out, unsigned int flags)
{
    (void)iterator_out;
    (void)flags;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuLogsCurrent);
}

QUANTA__FWD_EXPORT CUresult cuLogsDumpToFile(CUlogIterator *iterator, const char *pathToFile, unsigned int flags)
{
    (void)iterator;
    (void)pathToFile;
    (void)flags;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuLogsDumpToFile);
}

QUANTA__FWD_EXPORT CUresult cuLogsDumpToMemory(CUlogIterator *iterator, char *buffer, size_t *size, unsigned int flags)
{
    (void)iterator;
    (void)buffer;
    (void)size;
    (void)flags;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuLogsDumpToMemory);
}

QUANTA__FWD_EXPORT CUresult cuLogsRegisterCallback(CUlogsCallback callbackFunc, void *userData, CUlogsCallbackHandle *callback_out)
{
    (void)callbackFunc;
    (void)userData;
    (void)callback_out;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuLogsRegisterCallback);
}

QUANTA__FWD_EXPORT CUresult cuLogsUnregisterCallback(CUlogsCallbackHandle callback)
{
    (void)callback;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuLogsUnregisterCallback);
}

QUANTA__FWD_EXPORT CUresult cuMemAddressFree(CUdeviceptr ptr, size_t size)
{
    (void)ptr;
    (void)size;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMemAddressFree);
}

QUANTA__FWD_EXPORT CUresult cuMemAddressReserve(CUdeviceptr *ptr, size_t size, size_t alignment, CUdeviceptr addr, unsigned long long flags)
{
    (void)ptr;
    (void)size;
    (void)alignment;
    (void)addr;
    (void)flags;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMemAddressReserve);
}

QUANTA__FWD_EXPORT CUresult cuMemAdvise(CUdeviceptr devPtr, size_t count, CUmem_advise advice, CUdevice device)
{
    (void)devPtr;
    (void)count;
    (void)advice;
    (void)device;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMemAdvise);
}

QUANTA__FWD_EXPORT CUresult cuMemAdvise_v2(CUdeviceptr devPtr, size_t count, CUmem_advise advice, CUmemLocation location)
{
    (void)devPtr;
    (void)count;
    (void)advice;
    (void)location;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMemAdvise_v2);
}

QUANTA__FWD_EXPORT CUresult cuMemAlloc(CUdeviceptr_v1 *dptr, unsigned int bytesize)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuMemAlloc);
    quanta__fwd_want(&c, dptr != NULL);
    quanta__fwd_put(&c, &bytesize, sizeof bytesize);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_opt(&c, dptr, sizeof *dptr);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuMemAlloc_v2(CUdeviceptr *dptr, size_t bytesize)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuMemAlloc_v2);
    quanta__fwd_want(&c, dptr != NULL);
    quanta__fwd_put(&c, &bytesize, sizeof bytesize);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_opt(&c, dptr, sizeof *dptr);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuMemAllocAsync(CUdeviceptr *dptr, size_t bytesize, CUstream hStream)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuMemAllocAsync);
    quanta__fwd_want(&c, dptr != NULL);
    quanta__fwd_put(&c, &bytesize, sizeof bytesize);
    quanta__fwd_put(&c, &hStream, sizeof hStream);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_opt(&c, dptr, sizeof *dptr);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuMemAllocAsync_ptsz(CUdeviceptr *dptr, size_t bytesize, CUstream hStream)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuMemAllocAsync_ptsz);
    quanta__fwd_want(&c, dptr != NULL);
    quanta__fwd_put(&c, &bytesize, sizeof bytesize);
    quanta__fwd_put(&c, &hStream, sizeof hStream);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_opt(&c, dptr, sizeof *dptr);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuMemAllocFromPoolAsync(CUdeviceptr *dptr, size_t bytesize, CUmemoryPool pool, CUstream hStream)
{
    (void)dptr;
    (void)bytesize;
    (void)pool;
    (void)hStream;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMemAllocFromPoolAsync);
}

QUANTA__FWD_EXPORT CUresult cuMemAllocFromPoolAsync_ptsz(CUdeviceptr *dptr, size_t bytesize, CUmemoryPool pool, CUstream hStream)
{
    (void)dptr;
    (void)bytesize;
    (void)pool;
    (void)hStream;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMemAllocFromPoolAsync_ptsz);
}

QUANTA__FWD_EXPORT CUresult cuMemAllocManaged(CUdeviceptr *dptr, size_t bytesize, unsigned int flags)
{
    (void)dptr;
    (void)bytesize;
    (void)flags;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMemAllocManaged);
}

QUANTA__FWD_EXPORT CUresult cuMemAllocPitch(CUdeviceptr_v1 *dptr, unsigned int *pPitch, unsigned int WidthInBytes, unsigned int Height, unsigned int ElementSizeBytes)
{
    (void)dptr;
    (void)pPitch;
    (void)WidthInBytes;
    (void)Height;
    (void)ElementSizeBytes;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMemAllocPitch);
}

QUANTA__FWD_EXPORT CUresult cuMemAllocPitch_v2(CUdeviceptr *dptr, size_t *pPitch, size_t WidthInBytes, size_t Height, unsigned int ElementSizeBytes)
{
    (void)dptr;
    (void)pPitch;
    (void)WidthInBytes;
    (void)Height;
    (void)ElementSizeBytes;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMemAllocPitch_v2);
}

QUANTA__FWD_EXPORT CUresult cuMemBatchDecompressAsync(CUmemDecompressParams *paramsArray, size_t count, unsigned int flags, size_t *errorIndex, CUstream stream)
{
    (void)paramsArray;
    (void)count;
    (void)flags;
    (void)errorIndex;
    (void)stream;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMemBatchDecompressAsync);
}

QUANTA__FWD_EXPORT CUresult cuMemBatchDecompressAsync_ptsz(CUmemDecompressParams *paramsArray, size_t count, unsigned int flags, size_t *errorIndex, CUstream stream)
{
    (void)paramsArray;
    (void)count;
    (void)flags;
    (void)errorIndex;
    (void)stream;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMemBatchDecompressAsync_ptsz);
}

QUANTA__FWD_EXPORT CUresult cuMemCreate(CUmemGenericAllocationHandle *handle, size_t size, const CUmemAllocationProp *prop, unsigned long long flags)
{
    (void)handle;
    (void)size;
    (void)prop;
    (void)flags;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMemCreate);
}

QUANTA__FWD_EXPORT CUresult cuMemDiscardAndPrefetchBatchAsync(CUdeviceptr *dptrs, size_t *sizes, size_t count, CUmemLocation *prefetchLocs, size_t *prefetchLocIdxs, size_t numPrefetchLocs, unsigned long long flags, CUstream hStream)
{
    (void)dptrs;
    (void)sizes;
    (void)count;
    (void)prefetchLocs;
    (void)prefetchLocIdxs;
    (void)numPrefetchLocs;
    (void)flags;
    (void)hStream;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMemDiscardAndPrefetchBatchAsync);
}

QUANTA__FWD_EXPORT CUresult cuMemDiscardAndPrefetchBatchAsync_ptsz(CUdeviceptr *dptrs, size_t *sizes, size_t count, CUmemLocation *prefetchLocs, size_t *prefetchLocIdxs, size_t numPrefetchLocs, unsigned long long flags, CUstream hStream)
{
    (void)dptrs;
    (void)sizes;
    (void)count;
    (void)prefetchLocs;
    (void)prefetchLocIdxs;
    (void)numPrefetchLocs;
    (void)flags;
    (void)hStream;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMemDiscardAndPrefetchBatchAsync_ptsz);
}

QUANTA__FWD_EXPORT CUresult cuMemDiscardBatchAsync(CUdeviceptr *dptrs, size_t *sizes, size_t count, unsigned long long flags, CUstream hStream)
{
    (void)dptrs;
    (void)sizes;
    (void)count;
    (void)flags;
    (void)hStream;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMemDiscardBatchAsync);
}

QUANTA__FWD_EXPORT CUresult cuMemDiscardBatchAsync_ptsz(CUdeviceptr *dptrs, size_t *sizes, size_t count, unsigned long long flags, CUstream hStream)
{
    (void)dptrs;
    (void)sizes;
    (void)count;
    (void)flags;
    (void)hStream;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMemDiscardBatchAsync_ptsz);
}

QUANTA__FWD_EXPORT CUresult cuMemExportToShareableHandle(void *shareableHandle, CUmemGenericAllocationHandle handle, CUmemAllocationHandleType handleType, unsigned long long flags)
{
    (void)shareableHandle;
    (void)handle;
    (void)handleType;
    (void)flags;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMemExportToShareableHandle);
}

QUANTA__FWD_EXPORT CUresult cuMemFree(CUdeviceptr_v1 dptr)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuMemFree);
    quanta__fwd_put(&c, &dptr, sizeof dptr);
    CUresult rc = quanta__fwd_sync(&c);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuMemFree_v2(CUdeviceptr dptr)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuMemFree_v2);
    quanta__fwd_put(&c, &dptr, sizeof dptr);
    CUresult rc = quanta__fwd_sync(&c);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuMemFreeAsync(CUdeviceptr dptr, CUstream hStream)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuMemFreeAsync);
    quanta__fwd_put(&c, &dptr, sizeof dptr);
    quanta__fwd_put(&c, &hStream, sizeof hStream);
    return quanta__fwd_async(&c);
}

QUANTA__FWD_EXPORT CUresult cuMemFreeAsync_ptsz(CUdeviceptr dptr, CUstream hStream)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuMemFreeAsync_ptsz);
    quanta__fwd_put(&c, &dptr, sizeof dptr);
    quanta__fwd_put(&c, &hStream, sizeof hStream);
    return quanta__fwd_async(&c);
}

QUANTA__FWD_EXPORT CUresult cuMemGetAccess(unsigned long long *flags, const CUmemLocation *location, CUdeviceptr ptr)
{
    (void)flags;
    (void)location;
    (void)ptr;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMemGetAccess);
}

QUANTA__FWD_EXPORT CUresult cuMemGetAddressRange(CUdeviceptr_v1 *pbase, unsigned int *psize, CUdeviceptr_v1 dptr)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuMemGetAddressRange);
    quanta__fwd_want(&c, pbase != NULL);
    quanta__fwd_want(&c, psize != NULL);
    quanta__fwd_put(&c, &dptr, sizeof dptr);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_opt(&c, pbase, sizeof *pbase);
    quanta__fwd_get_opt(&c, psize, sizeof *psize);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuMemGetAddressRange_v2(CUdeviceptr *pbase, size_t *psize, CUdeviceptr dptr)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuMemGetAddressRange_v2);
    quanta__fwd_want(&c, pbase != NULL);
    quanta__fwd_want(&c, psize != NULL);
    quanta__fwd_put(&c, &dptr, sizeof dptr);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_opt(&c, pbase, sizeof *pbase);
    quanta__fwd_get_opt(&c, psize, sizeof *psize);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuMemGetAllocationGranularity(size_t *granularity, const CUmemAllocationProp *prop, CUmemAllocationGranularity_flags option)
{
    (void)granularity;
    (void)prop;
    (void)option;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMemGetAllocationGranularity);
}

QUANTA__FWD_EXPORT CUresult cuMemGetAllocationPropertiesFromHandle(CUmemAllocationProp *prop, CUmemGenericAllocationHandle handle)
{
    (void)prop;
    (void)handle;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMemGetAllocationPropertiesFromHandle);
}

QUANTA__FWD_EXPORT CUresult cuMemGetDefaultMemPool(CUmemoryPool *pool_out, CUmemLocation *location, CUmemAllocationType type)
{
    (void)pool_out;
    (void)location;
    (void)type;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMemGetDefaultMemPool);
}

QUANTA__FWD_EXPORT CUresult cuMemGetHandleForAddressRange(void *handle, CUdeviceptr dptr, size_t size, CUmemRangeHandleType handleType, unsigned long long flags)
{
    (void)handle;
    (void)dptr;
    (void)size;
    (void)handleType;
    (void)flags;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMemGetHandleForAddressRange);
}

QUANTA__FWD_EXPORT CUresult cuMemGetInfo(unsigned int *free, unsigned int *total)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuMemGetInfo);
    quanta__fwd_want(&c, free != NULL);
    quanta__fwd_want(&c, total != NULL);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_opt(&c, free, sizeof *free);
    quanta__fwd_get_opt(&c, total, sizeof *total);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuMemGetInfo_v2(size_t *free, size_t *total)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuMemGetInfo_v2);
    quanta__fwd_want(&c, free != NULL);
    quanta__fwd_want(&c, total != NULL);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_opt(&c, free, sizeof *free);
    quanta__fwd_get_opt(&c, total, sizeof *total);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuMemGetMemPool(CUmemoryPool *pool, CUmemLocation *location, CUmemAllocationType type)
{
    (void)pool;
    (void)location;
    (void)type;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMemGetMemPool);
}

QUANTA__FWD_EXPORT CUresult cuMemHostGetDevicePointer(CUdeviceptr_v1 *pdptr, void *p, unsigned int Flags)
{
    (void)pdptr;
    (void)p;
    (void)Flags;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMemHostGetDevicePointer);
}

QUANTA__FWD_EXPORT CUresult cuMemHostGetDevicePointer_v2(CUdeviceptr *pdptr, void *p, unsigned int Flags)
{
    (void)pdptr;
    (void)p;
    (void)Flags;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMemHostGetDevicePointer_v2);
}

QUANTA__FWD_EXPORT CUresult cuMemImportFromShareableHandle(CUmemGenericAllocationHandle *handle, void *osHandle, CUmemAllocationHandleType shHandleType)
{
    (void)handle;
    (void)osHandle;
    (void)shHandleType;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMemImportFromShareableHandle);
}

QUANTA__FWD_EXPORT CUresult cuMemMap(CUdeviceptr ptr, size_t size, size_t offset, CUmemGenericAllocationHandle handle, unsigned long long flags)
{
    (void)ptr;
    (void)size;
    (void)offset;
    (void)handle;
    (void)flags;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMemMap);
}

QUANTA__FWD_EXPORT CUresult cuMemMapArrayAsync(CUarrayMapInfo *mapInfoList, unsigned int count, CUstream hStream)
{
    (void)mapInfoList;
    (void)count;
    (void)hStream;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMemMapArrayAsync);
}

QUANTA__FWD_EXPORT CUresult cuMemMapArrayAsync_ptsz(CUarrayMapInfo *mapInfoList, unsigned int count, CUstream hStream)
{
    (void)mapInfoList;
    (void)count;
    (void)hStream;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMemMapArrayAsync_ptsz);
}

QUANTA__FWD_EXPORT CUresult cuMemPoolCreate(CUmemoryPool *pool, const CUmemPoolProps *poolProps)
{
    (void)pool;
    (void)poolProps;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMemPoolCreate);
}

QUANTA__FWD_EXPORT CUresult cuMemPoolDestroy(CUmemoryPool pool)
{
    (void)pool;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMemPoolDestroy);
}

QUANTA__FWD_EXPORT CUresult cuMemPoolExportPointer(CUmemPoolPtrExportData *shareData_out, CUdeviceptr ptr)
{
    (void)shareData_out;
    (void)ptr;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMemPoolExportPointer);
}

QUANTA__FWD_EXPORT CUresult cuMemPoolExportToShareableHandle(void *handle_out, CUmemoryPool pool, CUmemAllocationHandleType handleType, unsigned long long flags)
{
    (void)handle_out;
    (void)pool;
    (void)handleType;
    (void)flags;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMemPoolExportToShareableHandle);
}

QUANTA__FWD_EXPORT CUresult cuMemPoolGetAccess(CUmemAccess_flags *flags, CUmemoryPool memPool, CUmemLocation *location)
{
    (void)flags;
    (void)memPool;
    (void)location;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMemPoolGetAccess);
}

QUANTA__FWD_EXPORT CUresult cuMemPoolGetAttribute(CUmemoryPool pool, CUmemPool_attribute attr, void *value)
{
    (void)pool;
    (void)attr;
    (void)value;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMemPoolGetAttribute);
}

QUANTA__FWD_EXPORT CUresult cuMemPoolImportFromShareableHandle(CUmemoryPool *pool_out, void *handle, CUmemAllocationHandleType handleType, unsigned long long flags)
{
    (void)pool_out;
    (void)handle;
    (void)handleType;
    (void)flags;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMemPoolImportFromShareableHandle);
}

QUANTA__FWD_EXPORT CUresult cuMemPoolImportPointer(CUdeviceptr *ptr_out, CUmemoryPool pool, CUmemPoolPtrExportData *shareData)
{
    (void)ptr_out;
    (void)pool;
    (void)shareData;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMemPoolImportPointer);
}

QUANTA__FWD_EXPORT CUresult cuMemPoolSetAccess(CUmemoryPool pool, const CUmemAccessDesc *map, size_t count)
{
    (void)pool;
    (void)map;
    (void)count;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMemPoolSetAccess);
}

QUANTA__FWD_EXPORT CUresult cuMemPoolSetAttribute(CUmemoryPool pool, CUmemPool_attribute attr, void *value)
{
    (void)pool;
    (void)attr;
    (void)value;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMemPoolSetAttribute);
}

QUANTA__FWD_EXPORT CUresult cuMemPoolTrimTo(CUmemoryPool pool, size_t minBytesToKeep)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuMemPoolTrimTo);
    quanta__fwd_put(&c, &pool, sizeof pool);
    quanta__fwd_put(&c, &minBytesToKeep, sizeof minBytesToKeep);
    CUresult rc = quanta__fwd_sync(&c);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuMemPrefetchAsync(CUdeviceptr devPtr, size_t count, CUdevice dstDevice, CUstream hStream)
{
    (void)devPtr;
    (void)count;
    (void)dstDevice;
    (void)hStream;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMemPrefetchAsync);
}

QUANTA__FWD_EXPORT CUresult cuMemPrefetchAsync_ptsz(CUdeviceptr devPtr, size_t count, CUdevice dstDevice, CUstream hStream)
{
    (void)devPtr;
    (void)count;
    (void)dstDevice;
    (void)hStream;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMemPrefetchAsync_ptsz);
}

QUANTA__FWD_EXPORT CUresult cuMemPrefetchAsync_v2(CUdeviceptr devPtr, size_t count, CUmemLocation location, unsigned int flags, CUstream hStream)
{
    (void)devPtr;
    (void)count;
    (void)location;
    (void)flags;
    (void)hStream;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMemPrefetchAsync_v2);
}

QUANTA__FWD_EXPORT CUresult cuMemPrefetchAsync_v2_ptsz(CUdeviceptr devPtr, size_t count, CUmemLocation location, unsigned int flags, CUstream hStream)
{
    (void)devPtr;
    (void)count;
    (void)location;
    (void)flags;
    (void)hStream;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMemPrefetchAsync_v2_ptsz);
}

QUANTA__FWD_EXPORT CUresult cuMemPrefetchBatchAsync(CUdeviceptr *dptrs, size_t *sizes, size_t count, CUmemLocation *prefetchLocs, size_t *prefetchLocIdxs, size_t numPrefetchLocs, unsigned long long flags, CUstream hStream)
{
    (void)dptrs;
    (void)sizes;
    (void)count;
    (void)prefetchLocs;
    (void)prefetchLocIdxs;
    (void)numPrefetchLocs;
    (void)flags;
    (void)hStream;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMemPrefetchBatchAsync);
}

QUANTA__FWD_EXPORT CUresult cuMemPrefetchBatchAsync_ptsz(CUdeviceptr *dptrs, size_t *sizes, size_t count, CUmemLocation *prefetchLocs, size_t *prefetchLocIdxs, size_t numPrefetchLocs, unsigned long long flags, CUstream hStream)
{
    (void)dptrs;
    (void)sizes;
    (void)count;
    (void)prefetchLocs;
    (void)prefetchLocIdxs;
    (void)numPrefetchLocs;
    (void)flags;
    (void)hStream;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMemPrefetchBatchAsync_ptsz);
}

QUANTA__FWD_EXPORT CUresult cuMemRangeGetAttribute(void *data, size_t dataSize, CUmem_range_attribute attribute, CUdeviceptr devPtr, size_t count)
{
    (void)data;
    (void)dataSize;
    (void)attribute;
    (void)devPtr;
    (void)count;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMemRangeGetAttribute);
}

QUANTA__FWD_EXPORT CUresult cuMemRangeGetAttributes(void **data, size_t *dataSizes, CUmem_range_attribute *attributes, size_t numAttributes, CUdeviceptr devPtr, size_t count)
{
    (void)data;
    (void)dataSizes;
    (void)attributes;
    (void)numAttributes;
    (void)devPtr;
    (void)count;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMemRangeGetAttributes);
}

QUANTA__FWD_EXPORT CUresult cuMemRelease(CUmemGenericAllocationHandle handle)
{
    (void)handle;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMemRelease);
}

QUANTA__FWD_EXPORT CUresult cuMemRetainAllocationHandle(CUmemGenericAllocationHandle *handle, void *addr)
{
    (void)handle;
    (void)addr;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMemRetainAllocationHandle);
}

QUANTA__FWD_EXPORT CUresult cuMemSetAccess(CUdeviceptr ptr, size_t size, const CUmemAccessDesc *desc, size_t count)
{
    (void)ptr;
    (void)size;
    (void)desc;
    (void)count;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMemSetAccess);
}

QUANTA__FWD_EXPORT CUresult cuMemSetMemPool(CUmemLocation *location, CUmemAllocationType type, CUmemoryPool pool)
{
    (void)location;
    (void)type;
    (void)pool;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMemSetMemPool);
}

QUANTA__FWD_EXPORT CUresult cuMemUnmap(CUdeviceptr ptr, size_t size)
{
    (void)ptr;
    (void)size;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMemUnmap);
}

QUANTA__FWD_EXPORT CUresult cuMemcpy(CUdeviceptr dst, CUdeviceptr src, size_t ByteCount)
{
    (void)dst;
    (void)src;
    (void)ByteCount;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMemcpy);
}

QUANTA__FWD_EXPORT CUresult cuMemcpy_ptds(CUdeviceptr dst, CUdeviceptr src, size_t ByteCount)
{
    (void)dst;
    (void)src;
    (void)ByteCount;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMemcpy_ptds);
}

QUANTA__FWD_EXPORT CUresult cuMemcpy2D(const CUDA_MEMCPY2D_v1 *pCopy)
{
    (void)pCopy;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMemcpy2D);
}

QUANTA__FWD_EXPORT CUresult cuMemcpy2D_v2(const CUDA_MEMCPY2D *pCopy)
{
    (void)pCopy;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMemcpy2D_v2);
}

QUANTA__FWD_EXPORT CUresult cuMemcpy2D_v2_ptds(const CUDA_MEMCPY2D *pCopy)
{
    (void)pCopy;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMemcpy2D_v2_ptds);
}

QUANTA__FWD_EXPORT CUresult cuMemcpy2DAsync(const CUDA_MEMCPY2D_v1 *pCopy, CUstream hStream)
{
    (void)pCopy;
    (void)hStream;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMemcpy2DAsync);
}

QUANTA__FWD_EXPORT CUresult cuMemcpy2DAsync_v2(const CUDA_MEMCPY2D *pCopy, CUstream hStream)
{
    (void)pCopy;
    (void)hStream;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMemcpy2DAsync_v2);
}

QUANTA__FWD_EXPORT CUresult cuMemcpy2DAsync_v2_ptsz(const CUDA_MEMCPY2D *pCopy, CUstream hStream)
{
    (void)pCopy;
    (void)hStream;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMemcpy2DAsync_v2_ptsz);
}

QUANTA__FWD_EXPORT CUresult cuMemcpy2DUnaligned(const CUDA_MEMCPY2D_v1 *pCopy)
{
    (void)pCopy;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMemcpy2DUnaligned);
}

QUANTA__FWD_EXPORT CUresult cuMemcpy2DUnaligned_v2(const CUDA_MEMCPY2D *pCopy)
{
    (void)pCopy;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMemcpy2DUnaligned_v2);
}

QUANTA__FWD_EXPORT CUresult cuMemcpy2DUnaligned_v2_ptds(const CUDA_MEMCPY2D *pCopy)
{
    (void)pCopy;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMemcpy2DUnaligned_v2_ptds);
}

QUANTA__FWD_EXPORT CUresult cuMemcpy3D(const CUDA_MEMCPY3D_v1 *pCopy)
{
    (void)pCopy;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMemcpy3D);
}

QUANTA__FWD_EXPORT CUresult cuMemcpy3D_v2(const CUDA_MEMCPY3D *pCopy)
{
    (void)pCopy;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMemcpy3D_v2);
}

QUANTA__FWD_EXPORT CUresult cuMemcpy3D_v2_ptds(const CUDA_MEMCPY3D *pCopy)
{
    (void)pCopy;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMemcpy3D_v2_ptds);
}

QUANTA__FWD_EXPORT CUresult cuMemcpy3DAsync(const CUDA_MEMCPY3D_v1 *pCopy, CUstream hStream)
{
    (void)pCopy;
    (void)hStream;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMemcpy3DAsync);
}

QUANTA__FWD_EXPORT CUresult cuMemcpy3DAsync_v2(const CUDA_MEMCPY3D *pCopy, CUstream hStream)
{
    (void)pCopy;
    (void)hStream;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMemcpy3DAsync_v2);
}

QUANTA__FWD_EXPORT CUresult cuMemcpy3DAsync_v2_ptsz(const CUDA_MEMCPY3D *pCopy, CUstream hStream)
{
    (void)pCopy;
    (void)hStream;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMemcpy3DAsync_v2_ptsz);
}

QUANTA__FWD_EXPORT CUresult cuMemcpy3DBatchAsync(size_t numOps, CUDA_MEMCPY3D_BATCH_OP *opList, size_t *failIdx, unsigned long long flags, CUstream hStream)
{
    (void)numOps;
    (void)opList;
    (void)failIdx;
    (void)flags;
    (void)hStream;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMemcpy3DBatchAsync);
}

QUANTA__FWD_EXPORT CUresult cuMemcpy3DBatchAsync_ptsz(size_t numOps, CUDA_MEMCPY3D_BATCH_OP *opList, size_t *failIdx, unsigned long long flags, CUstream hStream)
{
    (void)numOps;
    (void)opList;
    (void)failIdx;
    (void)flags;
    (void)hStream;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMemcpy3DBatchAsync_ptsz);
}

QUANTA__FWD_EXPORT CUresult cuMemcpy3DBatchAsync_v2(size_t numOps, CUDA_MEMCPY3D_BATCH_OP *opList, unsigned long long flags, CUstream hStream)
{
    (void)numOps;
    (void)opList;
    (void)flags;
    (void)hStream;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMemcpy3DBatchAsync_v2);
}

QUANTA__FWD_EXPORT CUresult cuMemcpy3DBatchAsync_v2_ptsz(size_t numOps, CUDA_MEMCPY3D_BATCH_OP *opList, unsigned long long flags, CUstream hStream)
{
    (void)numOps;
    (void)opList;
    (void)flags;
    (void)hStream;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMemcpy3DBatchAsync_v2_ptsz);
}

QUANTA__FWD_EXPORT CUresult cuMemcpy3DPeer(const CUDA_MEMCPY3D_PEER *pCopy)
{
    (void)pCopy;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMemcpy3DPeer);
}

QUANTA__FWD_EXPORT CUresult cuMemcpy3DPeer_ptds(const CUDA_MEMCPY3D_PEER *pCopy)
{
    (void)pCopy;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMemcpy3DPeer_ptds);
}

QUANTA__FWD_EXPORT CUresult cuMemcpy3DPeerAsync(const CUDA_MEMCPY3D_PEER *pCopy, CUstream hStream)
{
    (void)pCopy;
    (void)hStream;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMemcpy3DPeerAsync);
}

QUANTA__FWD_EXPORT CUresult cuMemcpy3DPeerAsync_ptsz(const CUDA_MEMCPY3D_PEER *pCopy, CUstream hStream)
{
    (void)pCopy;
    (void)hStream;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMemcpy3DPeerAsync_ptsz);
}

QUANTA__FWD_EXPORT CUresult cuMemcpyAsync(CUdeviceptr dst, CUdeviceptr src, size_t ByteCount, CUstream hStream)
{
    (void)dst;
    (void)src;
    (void)ByteCount;
    (void)hStream;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMemcpyAsync);
}

QUANTA__FWD_EXPORT CUresult cuMemcpyAsync_ptsz(CUdeviceptr dst, CUdeviceptr src, size_t ByteCount, CUstream hStream)
{
    (void)dst;
    (void)src;
    (void)ByteCount;
    (void)hStream;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMemcpyAsync_ptsz);
}

QUANTA__FWD_EXPORT CUresult cuMemcpyAtoA(CUarray dstArray, unsigned int dstOffset, CUarray srcArray, unsigned int srcOffset, unsigned int ByteCount)
{
    (void)dstArray;
    (void)dstOffset;
    (void)srcArray;
    (void)srcOffset;
    (void)ByteCount;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMemcpyAtoA);
}

QUANTA__FWD_EXPORT CUresult cuMemcpyAtoA_v2(CUarray dstArray, size_t dstOffset, CUarray srcArray, size_t srcOffset, size_t ByteCount)
{
    (void)dstArray;
    (void)dstOffset;
    (void)srcArray;
    (void)srcOffset;
    (void)ByteCount;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMemcpyAtoA_v2);
}

QUANTA__FWD_EXPORT CUresult cuMemcpyAtoA_v2_ptds(CUarray dstArray, size_t dstOffset, CUarray srcArray, size_t srcOffset, size_t ByteCount)
{
    (void)dstArray;
    (void)dstOffset;
    (void)srcArray;
    (void)srcOffset;
    (void)ByteCount;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMemcpyAtoA_v2_ptds);
}

QUANTA__FWD_EXPORT CUresult cuMemcpyAtoD(CUdeviceptr_v1 dstDevice, CUarray srcArray, unsigned int srcOffset, unsigned int ByteCount)
{
    (void)dstDevice;
    (void)srcArray;
    (void)srcOffset;
    (void)ByteCount;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMemcpyAtoD);
}

QUANTA__FWD_EXPORT CUresult cuMemcpyAtoD_v2(CUdeviceptr dstDevice, CUarray srcArray, size_t srcOffset, size_t ByteCount)
{
    (void)dstDevice;
    (void)srcArray;
    (void)srcOffset;
    (void)ByteCount;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMemcpyAtoD_v2);
}

QUANTA__FWD_EXPORT CUresult cuMemcpyAtoD_v2_ptds(CUdeviceptr dstDevice, CUarray srcArray, size_t srcOffset, size_t ByteCount)
{
    (void)dstDevice;
    (void)srcArray;
    (void)srcOffset;
    (void)ByteCount;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMemcpyAtoD_v2_ptds);
}

QUANTA__FWD_EXPORT CUresult cuMemcpyAtoH(void *dstHost, CUarray srcArray, unsigned int srcOffset, unsigned int ByteCount)
{
    (void)dstHost;
    (void)srcArray;
    (void)srcOffset;
    (void)ByteCount;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMemcpyAtoH);
}

QUANTA__FWD_EXPORT CUresult cuMemcpyAtoH_v2(void *dstHost, CUarray srcArray, size_t srcOffset, size_t ByteCount)
{
    (void)dstHost;
    (void)srcArray;
    (void)srcOffset;
    (void)ByteCount;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMemcpyAtoH_v2);
}

QUANTA__FWD_EXPORT CUresult cuMemcpyAtoH_v2_ptds(void *dstHost, CUarray srcArray, size_t srcOffset, size_t ByteCount)
{
    (void)dstHost;
    (void)srcArray;
    (void)srcOffset;
    (void)ByteCount;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMemcpyAtoH_v2_ptds);
}

QUANTA__FWD_EXPORT CUresult cuMemcpyAtoHAsync(void *dstHost, CUarray srcArray, unsigned int srcOffset, unsigned int ByteCount, CUstream hStream)
{
    (void)dstHost;
    (void)srcArray;
    (void)srcOffset;
    (void)ByteCount;
    (void)hStream;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMemcpyAtoHAsync);
}

QUANTA__FWD_EXPORT CUresult cuMemcpyAtoHAsync_v2(void *dstHost, CUarray srcArray, size_t srcOffset, size_t ByteCount, CUstream hStream)
{
    (void)dstHost;
    (void)srcArray;
    (void)srcOffset;
    (void)ByteCount;
    (void)hStream;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMemcpyAtoHAsync_v2);
}

QUANTA__FWD_EXPORT CUresult cuMemcpyAtoHAsync_v2_ptsz(void *dstHost, CUarray srcArray, size_t srcOffset, size_t ByteCount, CUstream hStream)
{
    (void)dstHost;
    (void)srcArray;
    (void)srcOffset;
    (void)ByteCount;
    (void)hStream;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMemcpyAtoHAsync_v2_ptsz);
}

QUANTA__FWD_EXPORT CUresult cuMemcpyBatchAsync(CUdeviceptr *dsts, CUdeviceptr *srcs, size_t *sizes, size_t count, CUmemcpyAttributes *attrs, size_t *attrsIdxs, size_t numAttrs, size_t *failIdx, CUstream hStream)
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
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMemcpyBatchAsync);
}

QUANTA__FWD_EXPORT CUresult cuMemcpyBatchAsync_ptsz(CUdeviceptr *dsts, CUdeviceptr *srcs, size_t *sizes, size_t count, CUmemcpyAttributes *attrs, size_t *attrsIdxs, size_t numAttrs, size_t *failIdx, CUstream hStream)
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
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMemcpyBatchAsync_ptsz);
}

QUANTA__FWD_EXPORT CUresult cuMemcpyBatchAsync_v2(CUdeviceptr *dsts, CUdeviceptr *srcs, size_t *sizes, size_t count, CUmemcpyAttributes *attrs, size_t *attrsIdxs, size_t numAttrs, CUstream hStream)
{
    (void)dsts;
    (void)srcs;
    (void)sizes;
    (void)count;
    (void)attrs;
    (void)attrsIdxs;
    (void)numAttrs;
    (void)hStream;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMemcpyBatchAsync_v2);
}

QUANTA__FWD_EXPORT CUresult cuMemcpyBatchAsync_v2_ptsz(CUdeviceptr *dsts, CUdeviceptr *srcs, size_t *sizes, size_t count, CUmemcpyAttributes *attrs, size_t *attrsIdxs, size_t numAttrs, CUstream hStream)
{
    (void)dsts;
    (void)srcs;
    (void)sizes;
    (void)count;
    (void)attrs;
    (void)attrsIdxs;
    (void)numAttrs;
    (void)hStream;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMemcpyBatchAsync_v2_ptsz);
}

QUANTA__FWD_EXPORT CUresult cuMemcpyDtoA(CUarray dstArray, unsigned int dstOffset, CUdeviceptr_v1 srcDevice, unsigned int ByteCount)
{
    (void)dstArray;
    (void)dstOffset;
    (void)srcDevice;
    (void)ByteCount;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMemcpyDtoA);
}

QUANTA__FWD_EXPORT CUresult cuMemcpyDtoA_v2(CUarray dstArray, size_t dstOffset, CUdeviceptr srcDevice, size_t ByteCount)
{
    (void)dstArray;
    (void)dstOffset;
    (void)srcDevice;
    (void)ByteCount;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMemcpyDtoA_v2);
}

QUANTA__FWD_EXPORT CUresult cuMemcpyDtoA_v2_ptds(CUarray dstArray, size_t dstOffset, CUdeviceptr srcDevice, size_t ByteCount)
{
    (void)dstArray;
    (void)dstOffset;
    (void)srcDevice;
    (void)ByteCount;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMemcpyDtoA_v2_ptds);
}

QUANTA__FWD_EXPORT CUresult cuMemcpyDtoD(CUdeviceptr_v1 dstDevice, CUdeviceptr_v1 srcDevice, unsigned int ByteCount)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuMemcpyDtoD);
    quanta__fwd_put(&c, &dstDevice, sizeof dstDevice);
    quanta__fwd_put(&c, &srcDevice, sizeof srcDevice);
    quanta__fwd_put(&c, &ByteCount, sizeof ByteCount);
    CUresult rc = quanta__fwd_sync(&c);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuMemcpyDtoD_v2(CUdeviceptr dstDevice, CUdeviceptr srcDevice, size_t ByteCount)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuMemcpyDtoD_v2);
    quanta__fwd_put(&c, &dstDevice, sizeof dstDevice);
    quanta__fwd_put(&c, &srcDevice, sizeof srcDevice);
    quanta__fwd_put(&c, &ByteCount, sizeof ByteCount);
    CUresult rc = quanta__fwd_sync(&c);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuMemcpyDtoD_v2_ptds(CUdeviceptr dstDevice, CUdeviceptr srcDevice, size_t ByteCount)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuMemcpyDtoD_v2_ptds);
    quanta__fwd_put(&c, &dstDevice, sizeof dstDevice);
    quanta__fwd_put(&c, &srcDevice, sizeof srcDevice);
    quanta__fwd_put(&c, &ByteCount, sizeof ByteCount);
    CUresult rc = quanta__fwd_sync(&c);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuMemcpyDtoDAsync(CUdeviceptr_v1 dstDevice, CUdeviceptr_v1 srcDevice, unsigned int ByteCount, CUstream hStream)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuMemcpyDtoDAsync);
    quanta__fwd_put(&c, &dstDevice, sizeof dstDevice);
    quanta__fwd_put(&c, &srcDevice, sizeof srcDevice);
    quanta__fwd_put(&c, &ByteCount, sizeof ByteCount);
    quanta__fwd_put(&c, &hStream, sizeof hStream);
    return quanta__fwd_async(&c);
}

QUANTA__FWD_EXPORT CUresult cuMemcpyDtoDAsync_v2(CUdeviceptr dstDevice, CUdeviceptr srcDevice, size_t ByteCount, CUstream hStream)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuMemcpyDtoDAsync_v2);
    quanta__fwd_put(&c, &dstDevice, sizeof dstDevice);
    quanta__fwd_put(&c, &srcDevice, sizeof srcDevice);
    quanta__fwd_put(&c, &ByteCount, sizeof ByteCount);
    quanta__fwd_put(&c, &hStream, sizeof hStream);
    return quanta__fwd_async(&c);
}

QUANTA__FWD_EXPORT CUresult cuMemcpyDtoDAsync_v2_ptsz(CUdeviceptr dstDevice, CUdeviceptr srcDevice, size_t ByteCount, CUstream hStream)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuMemcpyDtoDAsync_v2_ptsz);
    quanta__fwd_put(&c, &dstDevice, sizeof dstDevice);
    quanta__fwd_put(&c, &srcDevice, sizeof srcDevice);
    quanta__fwd_put(&c, &ByteCount, sizeof ByteCount);
    quanta__fwd_put(&c, &hStream, sizeof hStream);
    return quanta__fwd_async(&c);
}

static CUresult one_cuMemcpyDtoH(void *dstHost, CUdeviceptr_v1 srcDevice, unsigned int ByteCount)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuMemcpyDtoH);
    quanta__fwd_want(&c, dstHost != NULL);
    quanta__fwd_put(&c, &srcDevice, sizeof srcDevice);
    quanta__fwd_put(&c, &ByteCount, sizeof ByteCount);
    quanta__fwd_stream_into(&c, dstHost, (uint64_t)(ByteCount));
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_buf(&c, dstHost, (uint64_t)(ByteCount));
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuMemcpyDtoH(void *dstHost, CUdeviceptr_v1 srcDevice, unsigned int ByteCount)
{
    if (ByteCount <= QUANTA_FWD_STREAM_CHUNK || dstHost == NULL)
        return one_cuMemcpyDtoH(dstHost, srcDevice, ByteCount);
    for (size_t done_ = 0; done_ < ByteCount;) {
        size_t n_ = ByteCount - done_ < QUANTA_FWD_STREAM_CHUNK ? ByteCount - done_ : QUANTA_FWD_STREAM_CHUNK;
        CUresult rc_ = one_cuMemcpyDtoH((void *)((char *)dstHost + done_), srcDevice + done_, n_);
        if (rc_ != CUDA_SUCCESS)
            return rc_;
        done_ += n_;
    }
    return CUDA_SUCCESS;
}

static CUresult one_cuMemcpyDtoH_v2(void *dstHost, CUdeviceptr srcDevice, size_t ByteCount)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuMemcpyDtoH_v2);
    quanta__fwd_want(&c, dstHost != NULL);
    quanta__fwd_put(&c, &srcDevice, sizeof srcDevice);
    quanta__fwd_put(&c, &ByteCount, sizeof ByteCount);
    quanta__fwd_stream_into(&c, dstHost, (uint64_t)(ByteCount));
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_buf(&c, dstHost, (uint64_t)(ByteCount));
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuMemcpyDtoH_v2(void *dstHost, CUdeviceptr srcDevice, size_t ByteCount)
{
    if (ByteCount <= QUANTA_FWD_STREAM_CHUNK || dstHost == NULL)
        return one_cuMemcpyDtoH_v2(dstHost, srcDevice, ByteCount);
    for (size_t done_ = 0; done_ < ByteCount;) {
        size_t n_ = ByteCount - done_ < QUANTA_FWD_STREAM_CHUNK ? ByteCount - done_ : QUANTA_FWD_STREAM_CHUNK;
        CUresult rc_ = one_cuMemcpyDtoH_v2((void *)((char *)dstHost + done_), srcDevice + done_, n_);
        if (rc_ != CUDA_SUCCESS)
            return rc_;
        done_ += n_;
    }
    return CUDA_SUCCESS;
}

static CUresult one_cuMemcpyDtoH_v2_ptds(void *dstHost, CUdeviceptr srcDevice, size_t ByteCount)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuMemcpyDtoH_v2_ptds);
    quanta__fwd_want(&c, dstHost != NULL);
    quanta__fwd_put(&c, &srcDevice, sizeof srcDevice);
    quanta__fwd_put(&c, &ByteCount, sizeof ByteCount);
    quanta__fwd_stream_into(&c, dstHost, (uint64_t)(ByteCount));
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_buf(&c, dstHost, (uint64_t)(ByteCount));
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuMemcpyDtoH_v2_ptds(void *dstHost, CUdeviceptr srcDevice, size_t ByteCount)
{
    if (ByteCount <= QUANTA_FWD_STREAM_CHUNK || dstHost == NULL)
        return one_cuMemcpyDtoH_v2_ptds(dstHost, srcDevice, ByteCount);
    for (size_t done_ = 0; done_ < ByteCount;) {
        size_t n_ = ByteCount - done_ < QUANTA_FWD_STREAM_CHUNK ? ByteCount - done_ : QUANTA_FWD_STREAM_CHUNK;
        CUresult rc_ = one_cuMemcpyDtoH_v2_ptds((void *)((char *)dstHost + done_), srcDevice + done_, n_);
        if (rc_ != CUDA_SUCCESS)
            return rc_;
        done_ += n_;
    }
    return CUDA_SUCCESS;
}

static CUresult one_cuMemcpyDtoHAsync(void *dstHost, CUdeviceptr_v1 srcDevice, unsigned int ByteCount, CUstream hStream)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuMemcpyDtoHAsync);
    quanta__fwd_want(&c, dstHost != NULL);
    quanta__fwd_put(&c, &srcDevice, sizeof srcDevice);
    quanta__fwd_put(&c, &ByteCount, sizeof ByteCount);
    quanta__fwd_put(&c, &hStream, sizeof hStream);
    quanta__fwd_stream_into(&c, dstHost, (uint64_t)(ByteCount));
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_buf(&c, dstHost, (uint64_t)(ByteCount));
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuMemcpyDtoHAsync(void *dstHost, CUdeviceptr_v1 srcDevice, unsigned int ByteCount, CUstream hStream)
{
    if (ByteCount <= QUANTA_FWD_STREAM_CHUNK || dstHost == NULL)
        return one_cuMemcpyDtoHAsync(dstHost, srcDevice, ByteCount, hStream);
    for (size_t done_ = 0; done_ < ByteCount;) {
        size_t n_ = ByteCount - done_ < QUANTA_FWD_STREAM_CHUNK ? ByteCount - done_ : QUANTA_FWD_STREAM_CHUNK;
        CUresult rc_ = one_cuMemcpyDtoHAsync((void *)((char *)dstHost + done_), srcDevice + done_, n_, hStream);
        if (rc_ != CUDA_SUCCESS)
            return rc_;
        done_ += n_;
    }
    return CUDA_SUCCESS;
}

static CUresult one_cuMemcpyDtoHAsync_v2(void *dstHost, CUdeviceptr srcDevice, size_t ByteCount, CUstream hStream)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuMemcpyDtoHAsync_v2);
    quanta__fwd_want(&c, dstHost != NULL);
    quanta__fwd_put(&c, &srcDevice, sizeof srcDevice);
    quanta__fwd_put(&c, &ByteCount, sizeof ByteCount);
    quanta__fwd_put(&c, &hStream, sizeof hStream);
    quanta__fwd_stream_into(&c, dstHost, (uint64_t)(ByteCount));
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_buf(&c, dstHost, (uint64_t)(ByteCount));
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuMemcpyDtoHAsync_v2(void *dstHost, CUdeviceptr srcDevice, size_t ByteCount, CUstream hStream)
{
    if (ByteCount <= QUANTA_FWD_STREAM_CHUNK || dstHost == NULL)
        return one_cuMemcpyDtoHAsync_v2(dstHost, srcDevice, ByteCount, hStream);
    for (size_t done_ = 0; done_ < ByteCount;) {
        size_t n_ = ByteCount - done_ < QUANTA_FWD_STREAM_CHUNK ? ByteCount - done_ : QUANTA_FWD_STREAM_CHUNK;
        CUresult rc_ = one_cuMemcpyDtoHAsync_v2((void *)((char *)dstHost + done_), srcDevice + done_, n_, hStream);
        if (rc_ != CUDA_SUCCESS)
            return rc_;
        done_ += n_;
    }
    return CUDA_SUCCESS;
}

static CUresult one_cuMemcpyDtoHAsync_v2_ptsz(void *dstHost, CUdeviceptr srcDevice, size_t ByteCount, CUstream hStream)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuMemcpyDtoHAsync_v2_ptsz);
    quanta__fwd_want(&c, dstHost != NULL);
    quanta__fwd_put(&c, &srcDevice, sizeof srcDevice);
    quanta__fwd_put(&c, &ByteCount, sizeof ByteCount);
    quanta__fwd_put(&c, &hStream, sizeof hStream);
    quanta__fwd_stream_into(&c, dstHost, (uint64_t)(ByteCount));
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_buf(&c, dstHost, (uint64_t)(ByteCount));
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuMemcpyDtoHAsync_v2_ptsz(void *dstHost, CUdeviceptr srcDevice, size_t ByteCount, CUstream hStream)
{
    if (ByteCount <= QUANTA_FWD_STREAM_CHUNK || dstHost == NULL)
        return one_cuMemcpyDtoHAsync_v2_ptsz(dstHost, srcDevice, ByteCount, hStream);
    for (size_t done_ = 0; done_ < ByteCount;) {
        size_t n_ = ByteCount - done_ < QUANTA_FWD_STREAM_CHUNK ? ByteCount - done_ : QUANTA_FWD_STREAM_CHUNK;
        CUresult rc_ = one_cuMemcpyDtoHAsync_v2_ptsz((void *)((char *)dstHost + done_), srcDevice + done_, n_, hStream);
        if (rc_ != CUDA_SUCCESS)
            return rc_;
        done_ += n_;
    }
    return CUDA_SUCCESS;
}

QUANTA__FWD_EXPORT CUresult cuMemcpyHtoA(CUarray dstArray, unsigned int dstOffset, const void *srcHost, unsigned int ByteCount)
{
    (void)dstArray;
    (void)dstOffset;
    (void)srcHost;
    (void)ByteCount;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMemcpyHtoA);
}

QUANTA__FWD_EXPORT CUresult cuMemcpyHtoA_v2(CUarray dstArray, size_t dstOffset, const void *srcHost, size_t ByteCount)
{
    (void)dstArray;
    (void)dstOffset;
    (void)srcHost;
    (void)ByteCount;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMemcpyHtoA_v2);
}

QUANTA__FWD_EXPORT CUresult cuMemcpyHtoA_v2_ptds(CUarray dstArray, size_t dstOffset, const void *srcHost, size_t ByteCount)
{
    (void)dstArray;
    (void)dstOffset;
    (void)srcHost;
    (void)ByteCount;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMemcpyHtoA_v2_ptds);
}

QUANTA__FWD_EXPORT CUresult cuMemcpyHtoAAsync(CUarray dstArray, unsigned int dstOffset, const void *srcHost, unsigned int ByteCount, CUstream hStream)
{
    (void)dstArray;
    (void)dstOffset;
    (void)srcHost;
    (void)ByteCount;
    (void)hStream;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMemcpyHtoAAsync);
}

QUANTA__FWD_EXPORT CUresult cuMemcpyHtoAAsync_v2(CUarray dstArray, size_t dstOffset, const void *srcHost, size_t ByteCount, CUstream hStream)
{
    (void)dstArray;
    (void)dstOffset;
    (void)srcHost;
    (void)ByteCount;
    (void)hStream;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMemcpyHtoAAsync_v2);
}

QUANTA__FWD_EXPORT CUresult cuMemcpyHtoAAsync_v2_ptsz(CUarray dstArray, size_t dstOffset, const void *srcHost, size_t ByteCount, CUstream hStream)
{
    (void)dstArray;
    (void)dstOffset;
    (void)srcHost;
    (void)ByteCount;
    (void)hStream;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMemcpyHtoAAsync_v2_ptsz);
}

static CUresult one_cuMemcpyHtoD(CUdeviceptr_v1 dstDevice, const void *srcHost, unsigned int ByteCount, int last_)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuMemcpyHtoD);
    quanta__fwd_put(&c, &dstDevice, sizeof dstDevice);
    quanta__fwd_put_buf(&c, srcHost, (uint64_t)(ByteCount));
    quanta__fwd_put(&c, &ByteCount, sizeof ByteCount);
    if (!last_)
        return quanta__fwd_async(&c);
    CUresult rc = quanta__fwd_sync(&c);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuMemcpyHtoD(CUdeviceptr_v1 dstDevice, const void *srcHost, unsigned int ByteCount)
{
    const size_t chunk_ = quanta__fwd_chunk(ByteCount);
    if (ByteCount <= chunk_ || srcHost == NULL)
        return one_cuMemcpyHtoD(dstDevice, srcHost, ByteCount, 1);
    for (size_t done_ = 0; done_ < ByteCount;) {
        size_t n_ = ByteCount - done_ < chunk_ ? ByteCount - done_ : chunk_;
        CUresult rc_ = one_cuMemcpyHtoD(dstDevice + done_, (const void *)((const char *)srcHost + done_), n_, done_ + n_ == ByteCount);
        if (rc_ != CUDA_SUCCESS)
            return rc_;
        done_ += n_;
    }
    return CUDA_SUCCESS;
}

static CUresult one_cuMemcpyHtoD_v2(CUdeviceptr dstDevice, const void *srcHost, size_t ByteCount, int last_)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuMemcpyHtoD_v2);
    quanta__fwd_put(&c, &dstDevice, sizeof dstDevice);
    quanta__fwd_put_buf(&c, srcHost, (uint64_t)(ByteCount));
    quanta__fwd_put(&c, &ByteCount, sizeof ByteCount);
    if (!last_)
        return quanta__fwd_async(&c);
    CUresult rc = quanta__fwd_sync(&c);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuMemcpyHtoD_v2(CUdeviceptr dstDevice, const void *srcHost, size_t ByteCount)
{
    const size_t chunk_ = quanta__fwd_chunk(ByteCount);
    if (ByteCount <= chunk_ || srcHost == NULL)
        return one_cuMemcpyHtoD_v2(dstDevice, srcHost, ByteCount, 1);
    for (size_t done_ = 0; done_ < ByteCount;) {
        size_t n_ = ByteCount - done_ < chunk_ ? ByteCount - done_ : chunk_;
        CUresult rc_ = one_cuMemcpyHtoD_v2(dstDevice + done_, (const void *)((const char *)srcHost + done_), n_, done_ + n_ == ByteCount);
        if (rc_ != CUDA_SUCCESS)
            return rc_;
        done_ += n_;
    }
    return CUDA_SUCCESS;
}

static CUresult one_cuMemcpyHtoD_v2_ptds(CUdeviceptr dstDevice, const void *srcHost, size_t ByteCount, int last_)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuMemcpyHtoD_v2_ptds);
    quanta__fwd_put(&c, &dstDevice, sizeof dstDevice);
    quanta__fwd_put_buf(&c, srcHost, (uint64_t)(ByteCount));
    quanta__fwd_put(&c, &ByteCount, sizeof ByteCount);
    if (!last_)
        return quanta__fwd_async(&c);
    CUresult rc = quanta__fwd_sync(&c);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuMemcpyHtoD_v2_ptds(CUdeviceptr dstDevice, const void *srcHost, size_t ByteCount)
{
    const size_t chunk_ = quanta__fwd_chunk(ByteCount);
    if (ByteCount <= chunk_ || srcHost == NULL)
        return one_cuMemcpyHtoD_v2_ptds(dstDevice, srcHost, ByteCount, 1);
    for (size_t done_ = 0; done_ < ByteCount;) {
        size_t n_ = ByteCount - done_ < chunk_ ? ByteCount - done_ : chunk_;
        CUresult rc_ = one_cuMemcpyHtoD_v2_ptds(dstDevice + done_, (const void *)((const char *)srcHost + done_), n_, done_ + n_ == ByteCount);
        if (rc_ != CUDA_SUCCESS)
            return rc_;
        done_ += n_;
    }
    return CUDA_SUCCESS;
}

static CUresult one_cuMemcpyHtoDAsync(CUdeviceptr_v1 dstDevice, const void *srcHost, unsigned int ByteCount, CUstream hStream)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuMemcpyHtoDAsync);
    quanta__fwd_put(&c, &dstDevice, sizeof dstDevice);
    quanta__fwd_put_buf(&c, srcHost, (uint64_t)(ByteCount));
    quanta__fwd_put(&c, &ByteCount, sizeof ByteCount);
    quanta__fwd_put(&c, &hStream, sizeof hStream);
    return quanta__fwd_async(&c);
}

QUANTA__FWD_EXPORT CUresult cuMemcpyHtoDAsync(CUdeviceptr_v1 dstDevice, const void *srcHost, unsigned int ByteCount, CUstream hStream)
{
    const size_t chunk_ = quanta__fwd_chunk(ByteCount);
    if (ByteCount <= chunk_ || srcHost == NULL)
        return one_cuMemcpyHtoDAsync(dstDevice, srcHost, ByteCount, hStream);
    for (size_t done_ = 0; done_ < ByteCount;) {
        size_t n_ = ByteCount - done_ < chunk_ ? ByteCount - done_ : chunk_;
        CUresult rc_ = one_cuMemcpyHtoDAsync(dstDevice + done_, (const void *)((const char *)srcHost + done_), n_, hStream);
        if (rc_ != CUDA_SUCCESS)
            return rc_;
        done_ += n_;
    }
    return CUDA_SUCCESS;
}

static CUresult one_cuMemcpyHtoDAsync_v2(CUdeviceptr dstDevice, const void *srcHost, size_t ByteCount, CUstream hStream)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuMemcpyHtoDAsync_v2);
    quanta__fwd_put(&c, &dstDevice, sizeof dstDevice);
    quanta__fwd_put_buf(&c, srcHost, (uint64_t)(ByteCount));
    quanta__fwd_put(&c, &ByteCount, sizeof ByteCount);
    quanta__fwd_put(&c, &hStream, sizeof hStream);
    return quanta__fwd_async(&c);
}

QUANTA__FWD_EXPORT CUresult cuMemcpyHtoDAsync_v2(CUdeviceptr dstDevice, const void *srcHost, size_t ByteCount, CUstream hStream)
{
    const size_t chunk_ = quanta__fwd_chunk(ByteCount);
    if (ByteCount <= chunk_ || srcHost == NULL)
        return one_cuMemcpyHtoDAsync_v2(dstDevice, srcHost, ByteCount, hStream);
    for (size_t done_ = 0; done_ < ByteCount;) {
        size_t n_ = ByteCount - done_ < chunk_ ? ByteCount - done_ : chunk_;
        CUresult rc_ = one_cuMemcpyHtoDAsync_v2(dstDevice + done_, (const void *)((const char *)srcHost + done_), n_, hStream);
        if (rc_ != CUDA_SUCCESS)
            return rc_;
        done_ += n_;
    }
    return CUDA_SUCCESS;
}

static CUresult one_cuMemcpyHtoDAsync_v2_ptsz(CUdeviceptr dstDevice, const void *srcHost, size_t ByteCount, CUstream hStream)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuMemcpyHtoDAsync_v2_ptsz);
    quanta__fwd_put(&c, &dstDevice, sizeof dstDevice);
    quanta__fwd_put_buf(&c, srcHost, (uint64_t)(ByteCount));
    quanta__fwd_put(&c, &ByteCount, sizeof ByteCount);
    quanta__fwd_put(&c, &hStream, sizeof hStream);
    return quanta__fwd_async(&c);
}

QUANTA__FWD_EXPORT CUresult cuMemcpyHtoDAsync_v2_ptsz(CUdeviceptr dstDevice, const void *srcHost, size_t ByteCount, CUstream hStream)
{
    const size_t chunk_ = quanta__fwd_chunk(ByteCount);
    if (ByteCount <= chunk_ || srcHost == NULL)
        return one_cuMemcpyHtoDAsync_v2_ptsz(dstDevice, srcHost, ByteCount, hStream);
    for (size_t done_ = 0; done_ < ByteCount;) {
        size_t n_ = ByteCount - done_ < chunk_ ? ByteCount - done_ : chunk_;
        CUresult rc_ = one_cuMemcpyHtoDAsync_v2_ptsz(dstDevice + done_, (const void *)((const char *)srcHost + done_), n_, hStream);
        if (rc_ != CUDA_SUCCESS)
            return rc_;
        done_ += n_;
    }
    return CUDA_SUCCESS;
}

QUANTA__FWD_EXPORT CUresult cuMemcpyPeer(CUdeviceptr dstDevice, CUcontext dstContext, CUdeviceptr srcDevice, CUcontext srcContext, size_t ByteCount)
{
    (void)dstDevice;
    (void)dstContext;
    (void)srcDevice;
    (void)srcContext;
    (void)ByteCount;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMemcpyPeer);
}

QUANTA__FWD_EXPORT CUresult cuMemcpyPeer_ptds(CUdeviceptr dstDevice, CUcontext dstContext, CUdeviceptr srcDevice, CUcontext srcContext, size_t ByteCount)
{
    (void)dstDevice;
    (void)dstContext;
    (void)srcDevice;
    (void)srcContext;
    (void)ByteCount;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMemcpyPeer_ptds);
}

QUANTA__FWD_EXPORT CUresult cuMemcpyPeerAsync(CUdeviceptr dstDevice, CUcontext dstContext, CUdeviceptr srcDevice, CUcontext srcContext, size_t ByteCount, CUstream hStream)
{
    (void)dstDevice;
    (void)dstContext;
    (void)srcDevice;
    (void)srcContext;
    (void)ByteCount;
    (void)hStream;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMemcpyPeerAsync);
}

QUANTA__FWD_EXPORT CUresult cuMemcpyPeerAsync_ptsz(CUdeviceptr dstDevice, CUcontext dstContext, CUdeviceptr srcDevice, CUcontext srcContext, size_t ByteCount, CUstream hStream)
{
    (void)dstDevice;
    (void)dstContext;
    (void)srcDevice;
    (void)srcContext;
    (void)ByteCount;
    (void)hStream;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMemcpyPeerAsync_ptsz);
}

QUANTA__FWD_EXPORT CUresult cuMemsetD16(CUdeviceptr_v1 dstDevice, unsigned short us, unsigned int N)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuMemsetD16);
    quanta__fwd_put(&c, &dstDevice, sizeof dstDevice);
    quanta__fwd_put(&c, &us, sizeof us);
    quanta__fwd_put(&c, &N, sizeof N);
    CUresult rc = quanta__fwd_sync(&c);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuMemsetD16_v2(CUdeviceptr dstDevice, unsigned short us, size_t N)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuMemsetD16_v2);
    quanta__fwd_put(&c, &dstDevice, sizeof dstDevice);
    quanta__fwd_put(&c, &us, sizeof us);
    quanta__fwd_put(&c, &N, sizeof N);
    CUresult rc = quanta__fwd_sync(&c);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuMemsetD16_v2_ptds(CUdeviceptr dstDevice, unsigned short us, size_t N)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuMemsetD16_v2_ptds);
    quanta__fwd_put(&c, &dstDevice, sizeof dstDevice);
    quanta__fwd_put(&c, &us, sizeof us);
    quanta__fwd_put(&c, &N, sizeof N);
    CUresult rc = quanta__fwd_sync(&c);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuMemsetD16Async(CUdeviceptr dstDevice, unsigned short us, size_t N, CUstream hStream)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuMemsetD16Async);
    quanta__fwd_put(&c, &dstDevice, sizeof dstDevice);
    quanta__fwd_put(&c, &us, sizeof us);
    quanta__fwd_put(&c, &N, sizeof N);
    quanta__fwd_put(&c, &hStream, sizeof hStream);
    return quanta__fwd_async(&c);
}

QUANTA__FWD_EXPORT CUresult cuMemsetD16Async_ptsz(CUdeviceptr dstDevice, unsigned short us, size_t N, CUstream hStream)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuMemsetD16Async_ptsz);
    quanta__fwd_put(&c, &dstDevice, sizeof dstDevice);
    quanta__fwd_put(&c, &us, sizeof us);
    quanta__fwd_put(&c, &N, sizeof N);
    quanta__fwd_put(&c, &hStream, sizeof hStream);
    return quanta__fwd_async(&c);
}

QUANTA__FWD_EXPORT CUresult cuMemsetD2D16(CUdeviceptr_v1 dstDevice, unsigned int dstPitch, unsigned short us, unsigned int Width, unsigned int Height)
{
    (void)dstDevice;
    (void)dstPitch;
    (void)us;
    (void)Width;
    (void)Height;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMemsetD2D16);
}

QUANTA__FWD_EXPORT CUresult cuMemsetD2D16_v2(CUdeviceptr dstDevice, size_t dstPitch, unsigned short us, size_t Width, size_t Height)
{
    (void)dstDevice;
    (void)dstPitch;
    (void)us;
    (void)Width;
    (void)Height;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMemsetD2D16_v2);
}

QUANTA__FWD_EXPORT CUresult cuMemsetD2D16_v2_ptds(CUdeviceptr dstDevice, size_t dstPitch, unsigned short us, size_t Width, size_t Height)
{
    (void)dstDevice;
    (void)dstPitch;
    (void)us;
    (void)Width;
    (void)Height;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMemsetD2D16_v2_ptds);
}

QUANTA__FWD_EXPORT CUresult cuMemsetD2D16Async(CUdeviceptr dstDevice, size_t dstPitch, unsigned short us, size_t Width, size_t Height, CUstream hStream)
{
    (void)dstDevice;
    (void)dstPitch;
    (void)us;
    (void)Width;
    (void)Height;
    (void)hStream;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMemsetD2D16Async);
}

QUANTA__FWD_EXPORT CUresult cuMemsetD2D16Async_ptsz(CUdeviceptr dstDevice, size_t dstPitch, unsigned short us, size_t Width, size_t Height, CUstream hStream)
{
    (void)dstDevice;
    (void)dstPitch;
    (void)us;
    (void)Width;
    (void)Height;
    (void)hStream;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMemsetD2D16Async_ptsz);
}

QUANTA__FWD_EXPORT CUresult cuMemsetD2D32(CUdeviceptr_v1 dstDevice, unsigned int dstPitch, unsigned int ui, unsigned int Width, unsigned int Height)
{
    (void)dstDevice;
    (void)dstPitch;
    (void)ui;
    (void)Width;
    (void)Height;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMemsetD2D32);
}

QUANTA__FWD_EXPORT CUresult cuMemsetD2D32_v2(CUdeviceptr dstDevice, size_t dstPitch, unsigned int ui, size_t Width, size_t Height)
{
    (void)dstDevice;
    (void)dstPitch;
    (void)ui;
    (void)Width;
    (void)Height;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMemsetD2D32_v2);
}

QUANTA__FWD_EXPORT CUresult cuMemsetD2D32_v2_ptds(CUdeviceptr dstDevice, size_t dstPitch, unsigned int ui, size_t Width, size_t Height)
{
    (void)dstDevice;
    (void)dstPitch;
    (void)ui;
    (void)Width;
    (void)Height;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMemsetD2D32_v2_ptds);
}

QUANTA__FWD_EXPORT CUresult cuMemsetD2D32Async(CUdeviceptr dstDevice, size_t dstPitch, unsigned int ui, size_t Width, size_t Height, CUstream hStream)
{
    (void)dstDevice;
    (void)dstPitch;
    (void)ui;
    (void)Width;
    (void)Height;
    (void)hStream;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMemsetD2D32Async);
}

QUANTA__FWD_EXPORT CUresult cuMemsetD2D32Async_ptsz(CUdeviceptr dstDevice, size_t dstPitch, unsigned int ui, size_t Width, size_t Height, CUstream hStream)
{
    (void)dstDevice;
    (void)dstPitch;
    (void)ui;
    (void)Width;
    (void)Height;
    (void)hStream;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMemsetD2D32Async_ptsz);
}

QUANTA__FWD_EXPORT CUresult cuMemsetD2D8(CUdeviceptr_v1 dstDevice, unsigned int dstPitch, unsigned char uc, unsigned int Width, unsigned int Height)
{
    (void)dstDevice;
    (void)dstPitch;
    (void)uc;
    (void)Width;
    (void)Height;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMemsetD2D8);
}

QUANTA__FWD_EXPORT CUresult cuMemsetD2D8_v2(CUdeviceptr dstDevice, size_t dstPitch, unsigned char uc, size_t Width, size_t Height)
{
    (void)dstDevice;
    (void)dstPitch;
    (void)uc;
    (void)Width;
    (void)Height;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMemsetD2D8_v2);
}

QUANTA__FWD_EXPORT CUresult cuMemsetD2D8_v2_ptds(CUdeviceptr dstDevice, size_t dstPitch, unsigned char uc, size_t Width, size_t Height)
{
    (void)dstDevice;
    (void)dstPitch;
    (void)uc;
    (void)Width;
    (void)Height;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMemsetD2D8_v2_ptds);
}

QUANTA__FWD_EXPORT CUresult cuMemsetD2D8Async(CUdeviceptr dstDevice, size_t dstPitch, unsigned char uc, size_t Width, size_t Height, CUstream hStream)
{
    (void)dstDevice;
    (void)dstPitch;
    (void)uc;
    (void)Width;
    (void)Height;
    (void)hStream;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMemsetD2D8Async);
}

QUANTA__FWD_EXPORT CUresult cuMemsetD2D8Async_ptsz(CUdeviceptr dstDevice, size_t dstPitch, unsigned char uc, size_t Width, size_t Height, CUstream hStream)
{
    (void)dstDevice;
    (void)dstPitch;
    (void)uc;
    (void)Width;
    (void)Height;
    (void)hStream;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMemsetD2D8Async_ptsz);
}

QUANTA__FWD_EXPORT CUresult cuMemsetD32(CUdeviceptr_v1 dstDevice, unsigned int ui, unsigned int N)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuMemsetD32);
    quanta__fwd_put(&c, &dstDevice, sizeof dstDevice);
    quanta__fwd_put(&c, &ui, sizeof ui);
    quanta__fwd_put(&c, &N, sizeof N);
    CUresult rc = quanta__fwd_sync(&c);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuMemsetD32_v2(CUdeviceptr dstDevice, unsigned int ui, size_t N)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuMemsetD32_v2);
    quanta__fwd_put(&c, &dstDevice, sizeof dstDevice);
    quanta__fwd_put(&c, &ui, sizeof ui);
    quanta__fwd_put(&c, &N, sizeof N);
    CUresult rc = quanta__fwd_sync(&c);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuMemsetD32_v2_ptds(CUdeviceptr dstDevice, unsigned int ui, size_t N)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuMemsetD32_v2_ptds);
    quanta__fwd_put(&c, &dstDevice, sizeof dstDevice);
    quanta__fwd_put(&c, &ui, sizeof ui);
    quanta__fwd_put(&c, &N, sizeof N);
    CUresult rc = quanta__fwd_sync(&c);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuMemsetD32Async(CUdeviceptr dstDevice, unsigned int ui, size_t N, CUstream hStream)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuMemsetD32Async);
    quanta__fwd_put(&c, &dstDevice, sizeof dstDevice);
    quanta__fwd_put(&c, &ui, sizeof ui);
    quanta__fwd_put(&c, &N, sizeof N);
    quanta__fwd_put(&c, &hStream, sizeof hStream);
    return quanta__fwd_async(&c);
}

QUANTA__FWD_EXPORT CUresult cuMemsetD32Async_ptsz(CUdeviceptr dstDevice, unsigned int ui, size_t N, CUstream hStream)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuMemsetD32Async_ptsz);
    quanta__fwd_put(&c, &dstDevice, sizeof dstDevice);
    quanta__fwd_put(&c, &ui, sizeof ui);
    quanta__fwd_put(&c, &N, sizeof N);
    quanta__fwd_put(&c, &hStream, sizeof hStream);
    return quanta__fwd_async(&c);
}

QUANTA__FWD_EXPORT CUresult cuMemsetD8(CUdeviceptr_v1 dstDevice, unsigned char uc, unsigned int N)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuMemsetD8);
    quanta__fwd_put(&c, &dstDevice, sizeof dstDevice);
    quanta__fwd_put(&c, &uc, sizeof uc);
    quanta__fwd_put(&c, &N, sizeof N);
    CUresult rc = quanta__fwd_sync(&c);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuMemsetD8_v2(CUdeviceptr dstDevice, unsigned char uc, size_t N)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuMemsetD8_v2);
    quanta__fwd_put(&c, &dstDevice, sizeof dstDevice);
    quanta__fwd_put(&c, &uc, sizeof uc);
    quanta__fwd_put(&c, &N, sizeof N);
    CUresult rc = quanta__fwd_sync(&c);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuMemsetD8_v2_ptds(CUdeviceptr dstDevice, unsigned char uc, size_t N)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuMemsetD8_v2_ptds);
    quanta__fwd_put(&c, &dstDevice, sizeof dstDevice);
    quanta__fwd_put(&c, &uc, sizeof uc);
    quanta__fwd_put(&c, &N, sizeof N);
    CUresult rc = quanta__fwd_sync(&c);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuMemsetD8Async(CUdeviceptr dstDevice, unsigned char uc, size_t N, CUstream hStream)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuMemsetD8Async);
    quanta__fwd_put(&c, &dstDevice, sizeof dstDevice);
    quanta__fwd_put(&c, &uc, sizeof uc);
    quanta__fwd_put(&c, &N, sizeof N);
    quanta__fwd_put(&c, &hStream, sizeof hStream);
    return quanta__fwd_async(&c);
}

QUANTA__FWD_EXPORT CUresult cuMemsetD8Async_ptsz(CUdeviceptr dstDevice, unsigned char uc, size_t N, CUstream hStream)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuMemsetD8Async_ptsz);
    quanta__fwd_put(&c, &dstDevice, sizeof dstDevice);
    quanta__fwd_put(&c, &uc, sizeof uc);
    quanta__fwd_put(&c, &N, sizeof N);
    quanta__fwd_put(&c, &hStream, sizeof hStream);
    return quanta__fwd_async(&c);
}

QUANTA__FWD_EXPORT CUresult cuMipmappedArrayCreate(CUmipmappedArray *pHandle, const CUDA_ARRAY3D_DESCRIPTOR *pMipmappedArrayDesc, unsigned int numMipmapLevels)
{
    (void)pHandle;
    (void)pMipmappedArrayDesc;
    (void)numMipmapLevels;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMipmappedArrayCreate);
}

QUANTA__FWD_EXPORT CUresult cuMipmappedArrayDestroy(CUmipmappedArray hMipmappedArray)
{
    (void)hMipmappedArray;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMipmappedArrayDestroy);
}

QUANTA__FWD_EXPORT CUresult cuMipmappedArrayGetLevel(CUarray *pLevelArray, CUmipmappedArray hMipmappedArray, unsigned int level)
{
    (void)pLevelArray;
    (void)hMipmappedArray;
    (void)level;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMipmappedArrayGetLevel);
}

QUANTA__FWD_EXPORT CUresult cuMipmappedArrayGetMemoryRequirements(CUDA_ARRAY_MEMORY_REQUIREMENTS *memoryRequirements, CUmipmappedArray mipmap, CUdevice device)
{
    (void)memoryRequirements;
    (void)mipmap;
    (void)device;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMipmappedArrayGetMemoryRequirements);
}

QUANTA__FWD_EXPORT CUresult cuMipmappedArrayGetSparseProperties(CUDA_ARRAY_SPARSE_PROPERTIES *sparseProperties, CUmipmappedArray mipmap)
{
    (void)sparseProperties;
    (void)mipmap;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMipmappedArrayGetSparseProperties);
}

QUANTA__FWD_EXPORT CUresult cuModuleEnumerateFunctions(CUfunction *functions, unsigned int numFunctions, CUmodule mod)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuModuleEnumerateFunctions);
    quanta__fwd_want(&c, functions != NULL);
    quanta__fwd_put(&c, &numFunctions, sizeof numFunctions);
    quanta__fwd_put(&c, &mod, sizeof mod);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_buf(&c, functions, (uint64_t)((uint64_t)numFunctions * sizeof(CUfunction)));
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuModuleGetFunction(CUfunction *hfunc, CUmodule hmod, const char *name)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuModuleGetFunction);
    quanta__fwd_want(&c, hfunc != NULL);
    quanta__fwd_put(&c, &hmod, sizeof hmod);
    quanta__fwd_put_cstring(&c, name);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_opt(&c, hfunc, sizeof *hfunc);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuModuleGetFunctionCount(unsigned int *count, CUmodule mod)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuModuleGetFunctionCount);
    quanta__fwd_want(&c, count != NULL);
    quanta__fwd_put(&c, &mod, sizeof mod);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_opt(&c, count, sizeof *count);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuModuleGetGlobal(CUdeviceptr_v1 *dptr, unsigned int *bytes, CUmodule hmod, const char *name)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuModuleGetGlobal);
    quanta__fwd_want(&c, dptr != NULL);
    quanta__fwd_want(&c, bytes != NULL);
    quanta__fwd_put(&c, &hmod, sizeof hmod);
    quanta__fwd_put_cstring(&c, name);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_opt(&c, dptr, sizeof *dptr);
    quanta__fwd_get_opt(&c, bytes, sizeof *bytes);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuModuleGetGlobal_v2(CUdeviceptr *dptr, size_t *bytes, CUmodule hmod, const char *name)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuModuleGetGlobal_v2);
    quanta__fwd_want(&c, dptr != NULL);
    quanta__fwd_want(&c, bytes != NULL);
    quanta__fwd_put(&c, &hmod, sizeof hmod);
    quanta__fwd_put_cstring(&c, name);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_opt(&c, dptr, sizeof *dptr);
    quanta__fwd_get_opt(&c, bytes, sizeof *bytes);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuModuleGetLoadingMode(CUmoduleLoadingMode *mode)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuModuleGetLoadingMode);
    quanta__fwd_want(&c, mode != NULL);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_opt(&c, mode, sizeof *mode);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuModuleGetSurfRef(CUsurfref *pSurfRef, CUmodule hmod, const char *name)
{
    (void)pSurfRef;
    (void)hmod;
    (void)name;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuModuleGetSurfRef);
}

QUANTA__FWD_EXPORT CUresult cuModuleGetTexRef(CUtexref *pTexRef, CUmodule hmod, const char *name)
{
    (void)pTexRef;
    (void)hmod;
    (void)name;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuModuleGetTexRef);
}

QUANTA__FWD_EXPORT CUresult cuModuleLoad(CUmodule *module, const char *fname)
{
    (void)module;
    (void)fname;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuModuleLoad);
}

QUANTA__FWD_EXPORT CUresult cuModuleLoadData(CUmodule *module, const void *image)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuModuleLoadData);
    quanta__fwd_want(&c, module != NULL);
    quanta__fwd_put_image(&c, image);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_opt(&c, module, sizeof *module);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuModuleLoadDataEx(CUmodule *module, const void *image, unsigned int numOptions, CUjit_option *options, void **optionValues)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuModuleLoadDataEx);
    quanta__fwd_want(&c, module != NULL);
    quanta__fwd_put_image(&c, image);
    quanta__fwd_put(&c, &numOptions, sizeof numOptions);
    quanta__fwd_put_options(&c, QUANTA__FWD_OPT_JIT, (const int *)options, optionValues, numOptions);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_opt(&c, module, sizeof *module);
    quanta__fwd_get_options(&c, QUANTA__FWD_OPT_JIT, (const int *)options, optionValues, numOptions);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuModuleLoadFatBinary(CUmodule *module, const void *fatCubin)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuModuleLoadFatBinary);
    quanta__fwd_want(&c, module != NULL);
    quanta__fwd_put_image(&c, fatCubin);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_opt(&c, module, sizeof *module);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuModuleUnload(CUmodule hmod)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuModuleUnload);
    quanta__fwd_put(&c, &hmod, sizeof hmod);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_forget_answers();
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuMulticastAddDevice(CUmemGenericAllocationHandle mcHandle, CUdevice dev)
{
    (void)mcHandle;
    (void)dev;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMulticastAddDevice);
}

QUANTA__FWD_EXPORT CUresult cuMulticastBindAddr(CUmemGenericAllocationHandle mcHandle, size_t mcOffset, CUdeviceptr memptr, size_t size, unsigned long long flags)
{
    (void)mcHandle;
    (void)mcOffset;
    (void)memptr;
    (void)size;
    (void)flags;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMulticastBindAddr);
}

QUANTA__FWD_EXPORT CUresult cuMulticastBindMem(CUmemGenericAllocationHandle mcHandle, size_t mcOffset, CUmemGenericAllocationHandle memHandle, size_t memOffset, size_t size, unsigned long long flags)
{
    (void)mcHandle;
    (void)mcOffset;
    (void)memHandle;
    (void)memOffset;
    (void)size;
    (void)flags;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMulticastBindMem);
}

QUANTA__FWD_EXPORT CUresult cuMulticastCreate(CUmemGenericAllocationHandle *mcHandle, const CUmulticastObjectProp *prop)
{
    (void)mcHandle;
    (void)prop;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMulticastCreate);
}

QUANTA__FWD_EXPORT CUresult cuMulticastGetGranularity(size_t *granularity, const CUmulticastObjectProp *prop, CUmulticastGranularity_flags option)
{
    (void)granularity;
    (void)prop;
    (void)option;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMulticastGetGranularity);
}

QUANTA__FWD_EXPORT CUresult cuMulticastUnbind(CUmemGenericAllocationHandle mcHandle, CUdevice dev, size_t mcOffset, size_t size)
{
    (void)mcHandle;
    (void)dev;
    (void)mcOffset;
    (void)size;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuMulticastUnbind);
}

QUANTA__FWD_EXPORT CUresult cuOccupancyAvailableDynamicSMemPerBlock(size_t *dynamicSmemSize, CUfunction func, int numBlocks, int blockSize)
{
    (void)dynamicSmemSize;
    (void)func;
    (void)numBlocks;
    (void)blockSize;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuOccupancyAvailableDynamicSMemPerBlock);
}

QUANTA__FWD_EXPORT CUresult cuOccupancyMaxActiveBlocksPerMultiprocessor(int *numBlocks, CUfunction func, int blockSize, size_t dynamicSMemSize)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuOccupancyMaxActiveBlocksPerMultiprocessor);
    quanta__fwd_want(&c, numBlocks != NULL);
    quanta__fwd_put(&c, &func, sizeof func);
    quanta__fwd_put(&c, &blockSize, sizeof blockSize);
    quanta__fwd_put(&c, &dynamicSMemSize, sizeof dynamicSMemSize);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_opt(&c, numBlocks, sizeof *numBlocks);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuOccupancyMaxActiveBlocksPerMultiprocessorWithFlags(int *numBlocks, CUfunction func, int blockSize, size_t dynamicSMemSize, unsigned int flags)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuOccupancyMaxActiveBlocksPerMultiprocessorWithFlags);
    quanta__fwd_want(&c, numBlocks != NULL);
    quanta__fwd_put(&c, &func, sizeof func);
    quanta__fwd_put(&c, &blockSize, sizeof blockSize);
    quanta__fwd_put(&c, &dynamicSMemSize, sizeof dynamicSMemSize);
    quanta__fwd_put(&c, &flags, sizeof flags);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_opt(&c, numBlocks, sizeof *numBlocks);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuOccupancyMaxActiveClusters(int *numClusters, CUfunction func, const CUlaunchConfig *config)
{
    (void)numClusters;
    (void)func;
    (void)config;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuOccupancyMaxActiveClusters);
}

QUANTA__FWD_EXPORT CUresult cuOccupancyMaxPotentialBlockSize(int *minGridSize, int *blockSize, CUfunction func, CUoccupancyB2DSize blockSizeToDynamicSMemSize, size_t dynamicSMemSize, int blockSizeLimit)
{
    (void)minGridSize;
    (void)blockSize;
    (void)func;
    (void)blockSizeToDynamicSMemSize;
    (void)dynamicSMemSize;
    (void)blockSizeLimit;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuOccupancyMaxPotentialBlockSize);
}

QUANTA__FWD_EXPORT CUresult cuOccupancyMaxPotentialBlockSizeWithFlags(int *minGridSize, int *blockSize, CUfunction func, CUoccupancyB2DSize blockSizeToDynamicSMemSize, size_t dynamicSMemSize, int blockSizeLimit, unsigned int flags)
{
    (void)minGridSize;
    (void)blockSize;
    (void)func;
    (void)blockSizeToDynamicSMemSize;
    (void)dynamicSMemSize;
    (void)blockSizeLimit;
    (void)flags;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuOccupancyMaxPotentialBlockSizeWithFlags);
}

QUANTA__FWD_EXPORT CUresult cuOccupancyMaxPotentialClusterSize(int *clusterSize, CUfunction func, const CUlaunchConfig *config)
{
    (void)clusterSize;
    (void)func;
    (void)config;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuOccupancyMaxPotentialClusterSize);
}

QUANTA__FWD_EXPORT CUresult cuParamSetSize(CUfunction hfunc, unsigned int numbytes)
{
    (void)hfunc;
    (void)numbytes;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuParamSetSize);
}

QUANTA__FWD_EXPORT CUresult cuParamSetTexRef(CUfunction hfunc, int texunit, CUtexref hTexRef)
{
    (void)hfunc;
    (void)texunit;
    (void)hTexRef;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuParamSetTexRef);
}

QUANTA__FWD_EXPORT CUresult cuParamSetf(CUfunction hfunc, int offset, float value)
{
    (void)hfunc;
    (void)offset;
    (void)value;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuParamSetf);
}

QUANTA__FWD_EXPORT CUresult cuParamSeti(CUfunction hfunc, int offset, unsigned int value)
{
    (void)hfunc;
    (void)offset;
    (void)value;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuParamSeti);
}

QUANTA__FWD_EXPORT CUresult cuParamSetv(CUfunction hfunc, int offset, void *ptr, unsigned int numbytes)
{
    (void)hfunc;
    (void)offset;
    (void)ptr;
    (void)numbytes;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuParamSetv);
}

QUANTA__FWD_EXPORT CUresult cuPointerGetAttribute(void *data, CUpointer_attribute attribute, CUdeviceptr ptr)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuPointerGetAttribute);
    quanta__fwd_want(&c, data != NULL);
    quanta__fwd_put(&c, &attribute, sizeof attribute);
    quanta__fwd_put(&c, &ptr, sizeof ptr);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_buf(&c, data, (uint64_t)(quanta__fwd_pointer_attribute_size(attribute)));
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuPointerSetAttribute(const void *value, CUpointer_attribute attribute, CUdeviceptr ptr)
{
    (void)value;
    (void)attribute;
    (void)ptr;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuPointerSetAttribute);
}

QUANTA__FWD_EXPORT CUresult cuProfilerInitialize(const char *configFile, const char *outputFile, CUoutput_mode outputMode)
{
    (void)configFile;
    (void)outputFile;
    (void)outputMode;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuProfilerInitialize);
}

QUANTA__FWD_EXPORT CUresult cuProfilerStart(void)
{
    return quanta__fwd_unsupported(QUANTA_CUDA_cuProfilerStart);
}

QUANTA__FWD_EXPORT CUresult cuProfilerStop(void)
{
    return quanta__fwd_unsupported(QUANTA_CUDA_cuProfilerStop);
}

QUANTA__FWD_EXPORT CUresult cuSignalExternalSemaphoresAsync(const CUexternalSemaphore *extSemArray, const CUDA_EXTERNAL_SEMAPHORE_SIGNAL_PARAMS *paramsArray, unsigned int numExtSems, CUstream stream)
{
    (void)extSemArray;
    (void)paramsArray;
    (void)numExtSems;
    (void)stream;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuSignalExternalSemaphoresAsync);
}

QUANTA__FWD_EXPORT CUresult cuSignalExternalSemaphoresAsync_ptsz(const CUexternalSemaphore *extSemArray, const CUDA_EXTERNAL_SEMAPHORE_SIGNAL_PARAMS *paramsArray, unsigned int numExtSems, CUstream stream)
{
    (void)extSemArray;
    (void)paramsArray;
    (void)numExtSems;
    (void)stream;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuSignalExternalSemaphoresAsync_ptsz);
}

QUANTA__FWD_EXPORT CUresult cuStreamAddCallback(CUstream hStream, CUstreamCallback callback, void *userData, unsigned int flags)
{
    (void)hStream;
    (void)callback;
    (void)userData;
    (void)flags;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuStreamAddCallback);
}

QUANTA__FWD_EXPORT CUresult cuStreamAddCallback_ptsz(CUstream hStream, CUstreamCallback callback, void *userData, unsigned int flags)
{
    (void)hStream;
    (void)callback;
    (void)userData;
    (void)flags;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuStreamAddCallback_ptsz);
}

QUANTA__FWD_EXPORT CUresult cuStreamAttachMemAsync(CUstream hStream, CUdeviceptr dptr, size_t length, unsigned int flags)
{
    (void)hStream;
    (void)dptr;
    (void)length;
    (void)flags;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuStreamAttachMemAsync);
}

QUANTA__FWD_EXPORT CUresult cuStreamAttachMemAsync_ptsz(CUstream hStream, CUdeviceptr dptr, size_t length, unsigned int flags)
{
    (void)hStream;
    (void)dptr;
    (void)length;
    (void)flags;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuStreamAttachMemAsync_ptsz);
}

QUANTA__FWD_EXPORT CUresult cuStreamBatchMemOp(CUstream stream, unsigned int count, CUstreamBatchMemOpParams *paramArray, unsigned int flags)
{
    (void)stream;
    (void)count;
    (void)paramArray;
    (void)flags;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuStreamBatchMemOp);
}

QUANTA__FWD_EXPORT CUresult cuStreamBatchMemOp_ptsz(CUstream stream, unsigned int count, CUstreamBatchMemOpParams *paramArray, unsigned int flags)
{
    (void)stream;
    (void)count;
    (void)paramArray;
    (void)flags;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuStreamBatchMemOp_ptsz);
}

QUANTA__FWD_EXPORT CUresult cuStreamBatchMemOp_v2(CUstream stream, unsigned int count, CUstreamBatchMemOpParams *paramArray, unsigned int flags)
{
    (void)stream;
    (void)count;
    (void)paramArray;
    (void)flags;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuStreamBatchMemOp_v2);
}

QUANTA__FWD_EXPORT CUresult cuStreamBatchMemOp_v2_ptsz(CUstream stream, unsigned int count, CUstreamBatchMemOpParams *paramArray, unsigned int flags)
{
    (void)stream;
    (void)count;
    (void)paramArray;
    (void)flags;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuStreamBatchMemOp_v2_ptsz);
}

QUANTA__FWD_EXPORT CUresult cuStreamBeginCapture(CUstream hStream)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuStreamBeginCapture);
    quanta__fwd_put(&c, &hStream, sizeof hStream);
    CUresult rc = quanta__fwd_sync(&c);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuStreamBeginCapture_ptsz(CUstream hStream)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuStreamBeginCapture_ptsz);
    quanta__fwd_put(&c, &hStream, sizeof hStream);
    CUresult rc = quanta__fwd_sync(&c);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuStreamBeginCapture_v2(CUstream hStream, CUstreamCaptureMode mode)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuStreamBeginCapture_v2);
    quanta__fwd_put(&c, &hStream, sizeof hStream);
    quanta__fwd_put(&c, &mode, sizeof mode);
    CUresult rc = quanta__fwd_sync(&c);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuStreamBeginCapture_v2_ptsz(CUstream hStream, CUstreamCaptureMode mode)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuStreamBeginCapture_v2_ptsz);
    quanta__fwd_put(&c, &hStream, sizeof hStream);
    quanta__fwd_put(&c, &mode, sizeof mode);
    CUresult rc = quanta__fwd_sync(&c);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuStreamBeginCaptureToGraph(CUstream hStream, CUgraph hGraph, const CUgraphNode *dependencies, const CUgraphEdgeData *dependencyData, size_t numDependencies, CUstreamCaptureMode mode)
{
    (void)hStream;
    (void)hGraph;
    (void)dependencies;
    (void)dependencyData;
    (void)numDependencies;
    (void)mode;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuStreamBeginCaptureToGraph);
}

QUANTA__FWD_EXPORT CUresult cuStreamBeginCaptureToGraph_ptsz(CUstream hStream, CUgraph hGraph, const CUgraphNode *dependencies, const CUgraphEdgeData *dependencyData, size_t numDependencies, CUstreamCaptureMode mode)
{
    (void)hStream;
    (void)hGraph;
    (void)dependencies;
    (void)dependencyData;
    (void)numDependencies;
    (void)mode;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuStreamBeginCaptureToGraph_ptsz);
}

QUANTA__FWD_EXPORT CUresult cuStreamCopyAttributes(CUstream dst, CUstream src)
{
    (void)dst;
    (void)src;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuStreamCopyAttributes);
}

QUANTA__FWD_EXPORT CUresult cuStreamCopyAttributes_ptsz(CUstream dst, CUstream src)
{
    (void)dst;
    (void)src;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuStreamCopyAttributes_ptsz);
}

QUANTA__FWD_EXPORT CUresult cuStreamCreate(CUstream *phStream, unsigned int Flags)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuStreamCreate);
    quanta__fwd_want(&c, phStream != NULL);
    quanta__fwd_put(&c, &Flags, sizeof Flags);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_opt(&c, phStream, sizeof *phStream);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuStreamCreateWithPriority(CUstream *phStream, unsigned int flags, int priority)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuStreamCreateWithPriority);
    quanta__fwd_want(&c, phStream != NULL);
    quanta__fwd_put(&c, &flags, sizeof flags);
    quanta__fwd_put(&c, &priority, sizeof priority);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_opt(&c, phStream, sizeof *phStream);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuStreamDestroy(CUstream hStream)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuStreamDestroy);
    quanta__fwd_put(&c, &hStream, sizeof hStream);
    CUresult rc = quanta__fwd_sync(&c);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuStreamDestroy_v2(CUstream hStream)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuStreamDestroy_v2);
    quanta__fwd_put(&c, &hStream, sizeof hStream);
    CUresult rc = quanta__fwd_sync(&c);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuStreamEndCapture(CUstream hStream, CUgraph *phGraph)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuStreamEndCapture);
    quanta__fwd_put(&c, &hStream, sizeof hStream);
    quanta__fwd_want(&c, phGraph != NULL);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_opt(&c, phGraph, sizeof *phGraph);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuStreamEndCapture_ptsz(CUstream hStream, CUgraph *phGraph)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuStreamEndCapture_ptsz);
    quanta__fwd_put(&c, &hStream, sizeof hStream);
    quanta__fwd_want(&c, phGraph != NULL);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_opt(&c, phGraph, sizeof *phGraph);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuStreamGetAttribute(CUstream hStream, CUstreamAttrID attr, CUstreamAttrValue *value_out)
{
    (void)hStream;
    (void)attr;
    (void)value_out;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuStreamGetAttribute);
}

QUANTA__FWD_EXPORT CUresult cuStreamGetAttribute_ptsz(CUstream hStream, CUstreamAttrID attr, CUstreamAttrValue *value_out)
{
    (void)hStream;
    (void)attr;
    (void)value_out;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuStreamGetAttribute_ptsz);
}

QUANTA__FWD_EXPORT CUresult cuStreamGetCaptureInfo(CUstream hStream, CUstreamCaptureStatus *captureStatus_out, cuuint64_t *id_out)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuStreamGetCaptureInfo);
    quanta__fwd_put(&c, &hStream, sizeof hStream);
    quanta__fwd_want(&c, captureStatus_out != NULL);
    quanta__fwd_want(&c, id_out != NULL);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_opt(&c, captureStatus_out, sizeof *captureStatus_out);
    quanta__fwd_get_opt(&c, id_out, sizeof *id_out);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuStreamGetCaptureInfo_ptsz(CUstream hStream, CUstreamCaptureStatus *captureStatus_out, cuuint64_t *id_out)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuStreamGetCaptureInfo_ptsz);
    quanta__fwd_put(&c, &hStream, sizeof hStream);
    quanta__fwd_want(&c, captureStatus_out != NULL);
    quanta__fwd_want(&c, id_out != NULL);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_opt(&c, captureStatus_out, sizeof *captureStatus_out);
    quanta__fwd_get_opt(&c, id_out, sizeof *id_out);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuStreamGetCaptureInfo_v2(CUstream hStream, CUstreamCaptureStatus *captureStatus_out, cuuint64_t *id_out, CUgraph *graph_out, const CUgraphNode **dependencies_out, size_t *numDependencies_out)
{
    if (dependencies_out != NULL)
        return quanta__fwd_null_only(QUANTA_CUDA_cuStreamGetCaptureInfo_v2, "dependencies_out");
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuStreamGetCaptureInfo_v2);
    quanta__fwd_put(&c, &hStream, sizeof hStream);
    quanta__fwd_want(&c, captureStatus_out != NULL);
    quanta__fwd_want(&c, id_out != NULL);
    quanta__fwd_want(&c, graph_out != NULL);
    quanta__fwd_want(&c, numDependencies_out != NULL);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_opt(&c, captureStatus_out, sizeof *captureStatus_out);
    quanta__fwd_get_opt(&c, id_out, sizeof *id_out);
    quanta__fwd_get_opt(&c, graph_out, sizeof *graph_out);
    quanta__fwd_get_opt(&c, numDependencies_out, sizeof *numDependencies_out);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuStreamGetCaptureInfo_v2_ptsz(CUstream hStream, CUstreamCaptureStatus *captureStatus_out, cuuint64_t *id_out, CUgraph *graph_out, const CUgraphNode **dependencies_out, size_t *numDependencies_out)
{
    if (dependencies_out != NULL)
        return quanta__fwd_null_only(QUANTA_CUDA_cuStreamGetCaptureInfo_v2_ptsz, "dependencies_out");
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuStreamGetCaptureInfo_v2_ptsz);
    quanta__fwd_put(&c, &hStream, sizeof hStream);
    quanta__fwd_want(&c, captureStatus_out != NULL);
    quanta__fwd_want(&c, id_out != NULL);
    quanta__fwd_want(&c, graph_out != NULL);
    quanta__fwd_want(&c, numDependencies_out != NULL);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_opt(&c, captureStatus_out, sizeof *captureStatus_out);
    quanta__fwd_get_opt(&c, id_out, sizeof *id_out);
    quanta__fwd_get_opt(&c, graph_out, sizeof *graph_out);
    quanta__fwd_get_opt(&c, numDependencies_out, sizeof *numDependencies_out);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuStreamGetCaptureInfo_v3(CUstream hStream, CUstreamCaptureStatus *captureStatus_out, cuuint64_t *id_out, CUgraph *graph_out, const CUgraphNode **dependencies_out, const CUgraphEdgeData **edgeData_out, size_t *numDependencies_out)
{
    if (dependencies_out != NULL)
        return quanta__fwd_null_only(QUANTA_CUDA_cuStreamGetCaptureInfo_v3, "dependencies_out");
    if (edgeData_out != NULL)
        return quanta__fwd_null_only(QUANTA_CUDA_cuStreamGetCaptureInfo_v3, "edgeData_out");
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuStreamGetCaptureInfo_v3);
    quanta__fwd_put(&c, &hStream, sizeof hStream);
    quanta__fwd_want(&c, captureStatus_out != NULL);
    quanta__fwd_want(&c, id_out != NULL);
    quanta__fwd_want(&c, graph_out != NULL);
    quanta__fwd_want(&c, numDependencies_out != NULL);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_opt(&c, captureStatus_out, sizeof *captureStatus_out);
    quanta__fwd_get_opt(&c, id_out, sizeof *id_out);
    quanta__fwd_get_opt(&c, graph_out, sizeof *graph_out);
    quanta__fwd_get_opt(&c, numDependencies_out, sizeof *numDependencies_out);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuStreamGetCaptureInfo_v3_ptsz(CUstream hStream, CUstreamCaptureStatus *captureStatus_out, cuuint64_t *id_out, CUgraph *graph_out, const CUgraphNode **dependencies_out, const CUgraphEdgeData **edgeData_out, size_t *numDependencies_out)
{
    if (dependencies_out != NULL)
        return quanta__fwd_null_only(QUANTA_CUDA_cuStreamGetCaptureInfo_v3_ptsz, "dependencies_out");
    if (edgeData_out != NULL)
        return quanta__fwd_null_only(QUANTA_CUDA_cuStreamGetCaptureInfo_v3_ptsz, "edgeData_out");
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuStreamGetCaptureInfo_v3_ptsz);
    quanta__fwd_put(&c, &hStream, sizeof hStream);
    quanta__fwd_want(&c, captureStatus_out != NULL);
    quanta__fwd_want(&c, id_out != NULL);
    quanta__fwd_want(&c, graph_out != NULL);
    quanta__fwd_want(&c, numDependencies_out != NULL);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_opt(&c, captureStatus_out, sizeof *captureStatus_out);
    quanta__fwd_get_opt(&c, id_out, sizeof *id_out);
    quanta__fwd_get_opt(&c, graph_out, sizeof *graph_out);
    quanta__fwd_get_opt(&c, numDependencies_out, sizeof *numDependencies_out);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuStreamGetCtx(CUstream hStream, CUcontext *pctx)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuStreamGetCtx);
    quanta__fwd_put(&c, &hStream, sizeof hStream);
    quanta__fwd_want(&c, pctx != NULL);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_opt(&c, pctx, sizeof *pctx);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuStreamGetCtx_ptsz(CUstream hStream, CUcontext *pctx)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuStreamGetCtx_ptsz);
    quanta__fwd_put(&c, &hStream, sizeof hStream);
    quanta__fwd_want(&c, pctx != NULL);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_opt(&c, pctx, sizeof *pctx);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuStreamGetCtx_v2(CUstream hStream, CUcontext *pCtx, CUgreenCtx *pGreenCtx)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuStreamGetCtx_v2);
    quanta__fwd_put(&c, &hStream, sizeof hStream);
    quanta__fwd_want(&c, pCtx != NULL);
    quanta__fwd_want(&c, pGreenCtx != NULL);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_opt(&c, pCtx, sizeof *pCtx);
    quanta__fwd_get_opt(&c, pGreenCtx, sizeof *pGreenCtx);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuStreamGetCtx_v2_ptsz(CUstream hStream, CUcontext *pCtx, CUgreenCtx *pGreenCtx)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuStreamGetCtx_v2_ptsz);
    quanta__fwd_put(&c, &hStream, sizeof hStream);
    quanta__fwd_want(&c, pCtx != NULL);
    quanta__fwd_want(&c, pGreenCtx != NULL);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_opt(&c, pCtx, sizeof *pCtx);
    quanta__fwd_get_opt(&c, pGreenCtx, sizeof *pGreenCtx);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuStreamGetDevice(CUstream hStream, CUdevice *device)
{
    (void)hStream;
    (void)device;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuStreamGetDevice);
}

QUANTA__FWD_EXPORT CUresult cuStreamGetDevice_ptsz(CUstream hStream, CUdevice *device)
{
    (void)hStream;
    (void)device;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuStreamGetDevice_ptsz);
}

QUANTA__FWD_EXPORT CUresult cuStreamGetFlags(CUstream hStream, unsigned int *flags)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuStreamGetFlags);
    quanta__fwd_put(&c, &hStream, sizeof hStream);
    quanta__fwd_want(&c, flags != NULL);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_opt(&c, flags, sizeof *flags);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuStreamGetFlags_ptsz(CUstream hStream, unsigned int *flags)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuStreamGetFlags_ptsz);
    quanta__fwd_put(&c, &hStream, sizeof hStream);
    quanta__fwd_want(&c, flags != NULL);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_opt(&c, flags, sizeof *flags);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuStreamGetGreenCtx(CUstream hStream, CUgreenCtx *phCtx)
{
    (void)hStream;
    (void)phCtx;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuStreamGetGreenCtx);
}

QUANTA__FWD_EXPORT CUresult cuStreamGetId(CUstream hStream, unsigned long long *streamId)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuStreamGetId);
    quanta__fwd_put(&c, &hStream, sizeof hStream);
    quanta__fwd_want(&c, streamId != NULL);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_opt(&c, streamId, sizeof *streamId);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuStreamGetId_ptsz(CUstream hStream, unsigned long long *streamId)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuStreamGetId_ptsz);
    quanta__fwd_put(&c, &hStream, sizeof hStream);
    quanta__fwd_want(&c, streamId != NULL);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_opt(&c, streamId, sizeof *streamId);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuStreamGetPriority(CUstream hStream, int *priority)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuStreamGetPriority);
    quanta__fwd_put(&c, &hStream, sizeof hStream);
    quanta__fwd_want(&c, priority != NULL);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_opt(&c, priority, sizeof *priority);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuStreamGetPriority_ptsz(CUstream hStream, int *priority)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuStreamGetPriority_ptsz);
    quanta__fwd_put(&c, &hStream, sizeof hStream);
    quanta__fwd_want(&c, priority != NULL);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_opt(&c, priority, sizeof *priority);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuStreamIsCapturing(CUstream hStream, CUstreamCaptureStatus *captureStatus)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuStreamIsCapturing);
    quanta__fwd_put(&c, &hStream, sizeof hStream);
    quanta__fwd_want(&c, captureStatus != NULL);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_opt(&c, captureStatus, sizeof *captureStatus);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuStreamIsCapturing_ptsz(CUstream hStream, CUstreamCaptureStatus *captureStatus)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuStreamIsCapturing_ptsz);
    quanta__fwd_put(&c, &hStream, sizeof hStream);
    quanta__fwd_want(&c, captureStatus != NULL);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_opt(&c, captureStatus, sizeof *captureStatus);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuStreamQuery(CUstream hStream)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuStreamQuery);
    quanta__fwd_put(&c, &hStream, sizeof hStream);
    CUresult rc = quanta__fwd_sync(&c);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuStreamQuery_ptsz(CUstream hStream)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuStreamQuery_ptsz);
    quanta__fwd_put(&c, &hStream, sizeof hStream);
    CUresult rc = quanta__fwd_sync(&c);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuStreamSetAttribute(CUstream hStream, CUstreamAttrID attr, const CUstreamAttrValue *value)
{
    (void)hStream;
    (void)attr;
    (void)value;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuStreamSetAttribute);
}

QUANTA__FWD_EXPORT CUresult cuStreamSetAttribute_ptsz(CUstream hStream, CUstreamAttrID attr, const CUstreamAttrValue *value)
{
    (void)hStream;
    (void)attr;
    (void)value;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuStreamSetAttribute_ptsz);
}

QUANTA__FWD_EXPORT CUresult cuStreamSynchronize(CUstream hStream)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuStreamSynchronize);
    quanta__fwd_put(&c, &hStream, sizeof hStream);
    CUresult rc = quanta__fwd_sync(&c);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuStreamSynchronize_ptsz(CUstream hStream)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuStreamSynchronize_ptsz);
    quanta__fwd_put(&c, &hStream, sizeof hStream);
    CUresult rc = quanta__fwd_sync(&c);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuStreamUpdateCaptureDependencies(CUstream hStream, CUgraphNode *dependencies, size_t numDependencies, unsigned int flags)
{
    (void)hStream;
    (void)dependencies;
    (void)numDependencies;
    (void)flags;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuStreamUpdateCaptureDependencies);
}

QUANTA__FWD_EXPORT CUresult cuStreamUpdateCaptureDependencies_ptsz(CUstream hStream, CUgraphNode *dependencies, size_t numDependencies, unsigned int flags)
{
    (void)hStream;
    (void)dependencies;
    (void)numDependencies;
    (void)flags;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuStreamUpdateCaptureDependencies_ptsz);
}

QUANTA__FWD_EXPORT CUresult cuStreamUpdateCaptureDependencies_v2(CUstream hStream, CUgraphNode *dependencies, const CUgraphEdgeData *dependencyData, size_t numDependencies, unsigned int flags)
{
    (void)hStream;
    (void)dependencies;
    (void)dependencyData;
    (void)numDependencies;
    (void)flags;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuStreamUpdateCaptureDependencies_v2);
}

QUANTA__FWD_EXPORT CUresult cuStreamUpdateCaptureDependencies_v2_ptsz(CUstream hStream, CUgraphNode *dependencies, const CUgraphEdgeData *dependencyData, size_t numDependencies, unsigned int flags)
{
    (void)hStream;
    (void)dependencies;
    (void)dependencyData;
    (void)numDependencies;
    (void)flags;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuStreamUpdateCaptureDependencies_v2_ptsz);
}

QUANTA__FWD_EXPORT CUresult cuStreamWaitEvent(CUstream hStream, CUevent hEvent, unsigned int Flags)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuStreamWaitEvent);
    quanta__fwd_put(&c, &hStream, sizeof hStream);
    quanta__fwd_put(&c, &hEvent, sizeof hEvent);
    quanta__fwd_put(&c, &Flags, sizeof Flags);
    return quanta__fwd_async(&c);
}

QUANTA__FWD_EXPORT CUresult cuStreamWaitEvent_ptsz(CUstream hStream, CUevent hEvent, unsigned int Flags)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuStreamWaitEvent_ptsz);
    quanta__fwd_put(&c, &hStream, sizeof hStream);
    quanta__fwd_put(&c, &hEvent, sizeof hEvent);
    quanta__fwd_put(&c, &Flags, sizeof Flags);
    return quanta__fwd_async(&c);
}

QUANTA__FWD_EXPORT CUresult cuStreamWaitValue32(CUstream stream, CUdeviceptr addr, cuuint32_t value, unsigned int flags)
{
    (void)stream;
    (void)addr;
    (void)value;
    (void)flags;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuStreamWaitValue32);
}

QUANTA__FWD_EXPORT CUresult cuStreamWaitValue32_ptsz(CUstream stream, CUdeviceptr addr, cuuint32_t value, unsigned int flags)
{
    (void)stream;
    (void)addr;
    (void)value;
    (void)flags;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuStreamWaitValue32_ptsz);
}

QUANTA__FWD_EXPORT CUresult cuStreamWaitValue32_v2(CUstream stream, CUdeviceptr addr, cuuint32_t value, unsigned int flags)
{
    (void)stream;
    (void)addr;
    (void)value;
    (void)flags;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuStreamWaitValue32_v2);
}

QUANTA__FWD_EXPORT CUresult cuStreamWaitValue32_v2_ptsz(CUstream stream, CUdeviceptr addr, cuuint32_t value, unsigned int flags)
{
    (void)stream;
    (void)addr;
    (void)value;
    (void)flags;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuStreamWaitValue32_v2_ptsz);
}

QUANTA__FWD_EXPORT CUresult cuStreamWaitValue64(CUstream stream, CUdeviceptr addr, cuuint64_t value, unsigned int flags)
{
    (void)stream;
    (void)addr;
    (void)value;
    (void)flags;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuStreamWaitValue64);
}

QUANTA__FWD_EXPORT CUresult cuStreamWaitValue64_ptsz(CUstream stream, CUdeviceptr addr, cuuint64_t value, unsigned int flags)
{
    (void)stream;
    (void)addr;
    (void)value;
    (void)flags;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuStreamWaitValue64_ptsz);
}

QUANTA__FWD_EXPORT CUresult cuStreamWaitValue64_v2(CUstream stream, CUdeviceptr addr, cuuint64_t value, unsigned int flags)
{
    (void)stream;
    (void)addr;
    (void)value;
    (void)flags;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuStreamWaitValue64_v2);
}

QUANTA__FWD_EXPORT CUresult cuStreamWaitValue64_v2_ptsz(CUstream stream, CUdeviceptr addr, cuuint64_t value, unsigned int flags)
{
    (void)stream;
    (void)addr;
    (void)value;
    (void)flags;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuStreamWaitValue64_v2_ptsz);
}

QUANTA__FWD_EXPORT CUresult cuStreamWriteValue32(CUstream stream, CUdeviceptr addr, cuuint32_t value, unsigned int flags)
{
    (void)stream;
    (void)addr;
    (void)value;
    (void)flags;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuStreamWriteValue32);
}

QUANTA__FWD_EXPORT CUresult cuStreamWriteValue32_ptsz(CUstream stream, CUdeviceptr addr, cuuint32_t value, unsigned int flags)
{
    (void)stream;
    (void)addr;
    (void)value;
    (void)flags;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuStreamWriteValue32_ptsz);
}

QUANTA__FWD_EXPORT CUresult cuStreamWriteValue32_v2(CUstream stream, CUdeviceptr addr, cuuint32_t value, unsigned int flags)
{
    (void)stream;
    (void)addr;
    (void)value;
    (void)flags;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuStreamWriteValue32_v2);
}

QUANTA__FWD_EXPORT CUresult cuStreamWriteValue32_v2_ptsz(CUstream stream, CUdeviceptr addr, cuuint32_t value, unsigned int flags)
{
    (void)stream;
    (void)addr;
    (void)value;
    (void)flags;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuStreamWriteValue32_v2_ptsz);
}

QUANTA__FWD_EXPORT CUresult cuStreamWriteValue64(CUstream stream, CUdeviceptr addr, cuuint64_t value, unsigned int flags)
{
    (void)stream;
    (void)addr;
    (void)value;
    (void)flags;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuStreamWriteValue64);
}

QUANTA__FWD_EXPORT CUresult cuStreamWriteValue64_ptsz(CUstream stream, CUdeviceptr addr, cuuint64_t value, unsigned int flags)
{
    (void)stream;
    (void)addr;
    (void)value;
    (void)flags;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuStreamWriteValue64_ptsz);
}

QUANTA__FWD_EXPORT CUresult cuStreamWriteValue64_v2(CUstream stream, CUdeviceptr addr, cuuint64_t value, unsigned int flags)
{
    (void)stream;
    (void)addr;
    (void)value;
    (void)flags;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuStreamWriteValue64_v2);
}

QUANTA__FWD_EXPORT CUresult cuStreamWriteValue64_v2_ptsz(CUstream stream, CUdeviceptr addr, cuuint64_t value, unsigned int flags)
{
    (void)stream;
    (void)addr;
    (void)value;
    (void)flags;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuStreamWriteValue64_v2_ptsz);
}

QUANTA__FWD_EXPORT CUresult cuSurfObjectCreate(CUsurfObject *pSurfObject, const CUDA_RESOURCE_DESC *pResDesc)
{
    (void)pSurfObject;
    (void)pResDesc;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuSurfObjectCreate);
}

QUANTA__FWD_EXPORT CUresult cuSurfObjectDestroy(CUsurfObject surfObject)
{
    (void)surfObject;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuSurfObjectDestroy);
}

QUANTA__FWD_EXPORT CUresult cuSurfObjectGetResourceDesc(CUDA_RESOURCE_DESC *pResDesc, CUsurfObject surfObject)
{
    (void)pResDesc;
    (void)surfObject;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuSurfObjectGetResourceDesc);
}

QUANTA__FWD_EXPORT CUresult cuSurfRefGetArray(CUarray *phArray, CUsurfref hSurfRef)
{
    (void)phArray;
    (void)hSurfRef;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuSurfRefGetArray);
}

QUANTA__FWD_EXPORT CUresult cuSurfRefSetArray(CUsurfref hSurfRef, CUarray hArray, unsigned int Flags)
{
    (void)hSurfRef;
    (void)hArray;
    (void)Flags;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuSurfRefSetArray);
}

QUANTA__FWD_EXPORT CUresult cuTensorMapEncodeIm2col(CUtensorMap *tensorMap, CUtensorMapDataType tensorDataType, cuuint32_t tensorRank, void *globalAddress, const cuuint64_t *globalDim, const cuuint64_t *globalStrides, const int *pixelBoxLowerCorner, const int *pixelBoxUpperCorner, cuuint32_t channelsPerPixel, cuuint32_t pixelsPerColumn, const cuuint32_t *elementStrides, CUtensorMapInterleave interleave, CUtensorMapSwizzle swizzle, CUtensorMapL2promotion l2Promotion, CUtensorMapFloatOOBfill oobFill)
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
    return quanta__fwd_unsupported(QUANTA_CUDA_cuTensorMapEncodeIm2col);
}

QUANTA__FWD_EXPORT CUresult cuTensorMapEncodeIm2colWide(CUtensorMap *tensorMap, CUtensorMapDataType tensorDataType, cuuint32_t tensorRank, void *globalAddress, const cuuint64_t *globalDim, const cuuint64_t *globalStrides, int pixelBoxLowerCornerWidth, int pixelBoxUpperCornerWidth, cuuint32_t channelsPerPixel, cuuint32_t pixelsPerColumn, const cuuint32_t *elementStrides, CUtensorMapInterleave interleave, CUtensorMapIm2ColWideMode mode, CUtensorMapSwizzle swizzle, CUtensorMapL2promotion l2Promotion, CUtensorMapFloatOOBfill oobFill)
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
    return quanta__fwd_unsupported(QUANTA_CUDA_cuTensorMapEncodeIm2colWide);
}

QUANTA__FWD_EXPORT CUresult cuTensorMapEncodeTiled(CUtensorMap *tensorMap, CUtensorMapDataType tensorDataType, cuuint32_t tensorRank, void *globalAddress, const cuuint64_t *globalDim, const cuuint64_t *globalStrides, const cuuint32_t *boxDim, const cuuint32_t *elementStrides, CUtensorMapInterleave interleave, CUtensorMapSwizzle swizzle, CUtensorMapL2promotion l2Promotion, CUtensorMapFloatOOBfill oobFill)
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
    return quanta__fwd_unsupported(QUANTA_CUDA_cuTensorMapEncodeTiled);
}

QUANTA__FWD_EXPORT CUresult cuTensorMapReplaceAddress(CUtensorMap *tensorMap, void *globalAddress)
{
    (void)tensorMap;
    (void)globalAddress;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuTensorMapReplaceAddress);
}

QUANTA__FWD_EXPORT CUresult cuTexObjectCreate(CUtexObject *pTexObject, const CUDA_RESOURCE_DESC *pResDesc, const CUDA_TEXTURE_DESC *pTexDesc, const CUDA_RESOURCE_VIEW_DESC *pResViewDesc)
{
    (void)pTexObject;
    (void)pResDesc;
    (void)pTexDesc;
    (void)pResViewDesc;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuTexObjectCreate);
}

QUANTA__FWD_EXPORT CUresult cuTexObjectDestroy(CUtexObject texObject)
{
    (void)texObject;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuTexObjectDestroy);
}

QUANTA__FWD_EXPORT CUresult cuTexObjectGetResourceDesc(CUDA_RESOURCE_DESC *pResDesc, CUtexObject texObject)
{
    (void)pResDesc;
    (void)texObject;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuTexObjectGetResourceDesc);
}

QUANTA__FWD_EXPORT CUresult cuTexObjectGetResourceViewDesc(CUDA_RESOURCE_VIEW_DESC *pResViewDesc, CUtexObject texObject)
{
    (void)pResViewDesc;
    (void)texObject;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuTexObjectGetResourceViewDesc);
}

QUANTA__FWD_EXPORT CUresult cuTexObjectGetTextureDesc(CUDA_TEXTURE_DESC *pTexDesc, CUtexObject texObject)
{
    (void)pTexDesc;
    (void)texObject;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuTexObjectGetTextureDesc);
}

QUANTA__FWD_EXPORT CUresult cuTexRefCreate(CUtexref *pTexRef)
{
    (void)pTexRef;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuTexRefCreate);
}

QUANTA__FWD_EXPORT CUresult cuTexRefDestroy(CUtexref hTexRef)
{
    (void)hTexRef;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuTexRefDestroy);
}

QUANTA__FWD_EXPORT CUresult cuTexRefGetAddress(CUdeviceptr_v1 *pdptr, CUtexref hTexRef)
{
    (void)pdptr;
    (void)hTexRef;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuTexRefGetAddress);
}

QUANTA__FWD_EXPORT CUresult cuTexRefGetAddress_v2(CUdeviceptr *pdptr, CUtexref hTexRef)
{
    (void)pdptr;
    (void)hTexRef;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuTexRefGetAddress_v2);
}

QUANTA__FWD_EXPORT CUresult cuTexRefGetAddressMode(CUaddress_mode *pam, CUtexref hTexRef, int dim)
{
    (void)pam;
    (void)hTexRef;
    (void)dim;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuTexRefGetAddressMode);
}

QUANTA__FWD_EXPORT CUresult cuTexRefGetArray(CUarray *phArray, CUtexref hTexRef)
{
    (void)phArray;
    (void)hTexRef;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuTexRefGetArray);
}

QUANTA__FWD_EXPORT CUresult cuTexRefGetBorderColor(float *pBorderColor, CUtexref hTexRef)
{
    (void)pBorderColor;
    (void)hTexRef;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuTexRefGetBorderColor);
}

QUANTA__FWD_EXPORT CUresult cuTexRefGetFilterMode(CUfilter_mode *pfm, CUtexref hTexRef)
{
    (void)pfm;
    (void)hTexRef;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuTexRefGetFilterMode);
}

QUANTA__FWD_EXPORT CUresult cuTexRefGetFlags(unsigned int *pFlags, CUtexref hTexRef)
{
    (void)pFlags;
    (void)hTexRef;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuTexRefGetFlags);
}

QUANTA__FWD_EXPORT CUresult cuTexRefGetFormat(CUarray_format *pFormat, int *pNumChannels, CUtexref hTexRef)
{
    (void)pFormat;
    (void)pNumChannels;
    (void)hTexRef;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuTexRefGetFormat);
}

QUANTA__FWD_EXPORT CUresult cuTexRefGetMaxAnisotropy(int *pmaxAniso, CUtexref hTexRef)
{
    (void)pmaxAniso;
    (void)hTexRef;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuTexRefGetMaxAnisotropy);
}

QUANTA__FWD_EXPORT CUresult cuTexRefGetMipmapFilterMode(CUfilter_mode *pfm, CUtexref hTexRef)
{
    (void)pfm;
    (void)hTexRef;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuTexRefGetMipmapFilterMode);
}

QUANTA__FWD_EXPORT CUresult cuTexRefGetMipmapLevelBias(float *pbias, CUtexref hTexRef)
{
    (void)pbias;
    (void)hTexRef;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuTexRefGetMipmapLevelBias);
}

QUANTA__FWD_EXPORT CUresult cuTexRefGetMipmapLevelClamp(float *pminMipmapLevelClamp, float *pmaxMipmapLevelClamp, CUtexref hTexRef)
{
    (void)pminMipmapLevelClamp;
    (void)pmaxMipmapLevelClamp;
    (void)hTexRef;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuTexRefGetMipmapLevelClamp);
}

QUANTA__FWD_EXPORT CUresult cuTexRefGetMipmappedArray(CUmipmappedArray *phMipmappedArray, CUtexref hTexRef)
{
    (void)phMipmappedArray;
    (void)hTexRef;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuTexRefGetMipmappedArray);
}

QUANTA__FWD_EXPORT CUresult cuTexRefSetAddress(unsigned int *ByteOffset, CUtexref hTexRef, CUdeviceptr_v1 dptr, unsigned int bytes)
{
    (void)ByteOffset;
    (void)hTexRef;
    (void)dptr;
    (void)bytes;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuTexRefSetAddress);
}

QUANTA__FWD_EXPORT CUresult cuTexRefSetAddress_v2(size_t *ByteOffset, CUtexref hTexRef, CUdeviceptr dptr, size_t bytes)
{
    (void)ByteOffset;
    (void)hTexRef;
    (void)dptr;
    (void)bytes;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuTexRefSetAddress_v2);
}

QUANTA__FWD_EXPORT CUresult cuTexRefSetAddress2D(CUtexref hTexRef, const CUDA_ARRAY_DESCRIPTOR_v1 *desc, CUdeviceptr_v1 dptr, unsigned int Pitch)
{
    (void)hTexRef;
    (void)desc;
    (void)dptr;
    (void)Pitch;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuTexRefSetAddress2D);
}

QUANTA__FWD_EXPORT CUresult cuTexRefSetAddress2D_v2(CUtexref hTexRef, const CUDA_ARRAY_DESCRIPTOR *desc, CUdeviceptr dptr, size_t Pitch)
{
    (void)hTexRef;
    (void)desc;
    (void)dptr;
    (void)Pitch;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuTexRefSetAddress2D_v2);
}

QUANTA__FWD_EXPORT CUresult cuTexRefSetAddress2D_v3(CUtexref hTexRef, const CUDA_ARRAY_DESCRIPTOR *desc, CUdeviceptr dptr, size_t Pitch)
{
    (void)hTexRef;
    (void)desc;
    (void)dptr;
    (void)Pitch;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuTexRefSetAddress2D_v3);
}

QUANTA__FWD_EXPORT CUresult cuTexRefSetAddressMode(CUtexref hTexRef, int dim, CUaddress_mode am)
{
    (void)hTexRef;
    (void)dim;
    (void)am;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuTexRefSetAddressMode);
}

QUANTA__FWD_EXPORT CUresult cuTexRefSetArray(CUtexref hTexRef, CUarray hArray, unsigned int Flags)
{
    (void)hTexRef;
    (void)hArray;
    (void)Flags;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuTexRefSetArray);
}

QUANTA__FWD_EXPORT CUresult cuTexRefSetBorderColor(CUtexref hTexRef, float *pBorderColor)
{
    (void)hTexRef;
    (void)pBorderColor;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuTexRefSetBorderColor);
}

QUANTA__FWD_EXPORT CUresult cuTexRefSetFilterMode(CUtexref hTexRef, CUfilter_mode fm)
{
    (void)hTexRef;
    (void)fm;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuTexRefSetFilterMode);
}

QUANTA__FWD_EXPORT CUresult cuTexRefSetFlags(CUtexref hTexRef, unsigned int Flags)
{
    (void)hTexRef;
    (void)Flags;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuTexRefSetFlags);
}

QUANTA__FWD_EXPORT CUresult cuTexRefSetFormat(CUtexref hTexRef, CUarray_format fmt, int NumPackedComponents)
{
    (void)hTexRef;
    (void)fmt;
    (void)NumPackedComponents;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuTexRefSetFormat);
}

QUANTA__FWD_EXPORT CUresult cuTexRefSetMaxAnisotropy(CUtexref hTexRef, unsigned int maxAniso)
{
    (void)hTexRef;
    (void)maxAniso;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuTexRefSetMaxAnisotropy);
}

QUANTA__FWD_EXPORT CUresult cuTexRefSetMipmapFilterMode(CUtexref hTexRef, CUfilter_mode fm)
{
    (void)hTexRef;
    (void)fm;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuTexRefSetMipmapFilterMode);
}

QUANTA__FWD_EXPORT CUresult cuTexRefSetMipmapLevelBias(CUtexref hTexRef, float bias)
{
    (void)hTexRef;
    (void)bias;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuTexRefSetMipmapLevelBias);
}

QUANTA__FWD_EXPORT CUresult cuTexRefSetMipmapLevelClamp(CUtexref hTexRef, float minMipmapLevelClamp, float maxMipmapLevelClamp)
{
    (void)hTexRef;
    (void)minMipmapLevelClamp;
    (void)maxMipmapLevelClamp;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuTexRefSetMipmapLevelClamp);
}

QUANTA__FWD_EXPORT CUresult cuTexRefSetMipmappedArray(CUtexref hTexRef, CUmipmappedArray hMipmappedArray, unsigned int Flags)
{
    (void)hTexRef;
    (void)hMipmappedArray;
    (void)Flags;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuTexRefSetMipmappedArray);
}

QUANTA__FWD_EXPORT CUresult cuThreadExchangeStreamCaptureMode(CUstreamCaptureMode *mode)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuThreadExchangeStreamCaptureMode);
    quanta__fwd_put_opt(&c, mode, sizeof *mode);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_opt(&c, mode, sizeof *mode);
    return quanta__fwd_end(&c, rc);
}

QUANTA__FWD_EXPORT CUresult cuUserObjectCreate(CUuserObject *object_out, void *ptr, CUhostFn destroy, unsigned int initialRefcount, unsigned int flags)
{
    (void)object_out;
    (void)ptr;
    (void)destroy;
    (void)initialRefcount;
    (void)flags;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuUserObjectCreate);
}

QUANTA__FWD_EXPORT CUresult cuUserObjectRelease(CUuserObject object, unsigned int count)
{
    (void)object;
    (void)count;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuUserObjectRelease);
}

QUANTA__FWD_EXPORT CUresult cuUserObjectRetain(CUuserObject object, unsigned int count)
{
    (void)object;
    (void)count;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuUserObjectRetain);
}

QUANTA__FWD_EXPORT CUresult cuVDPAUCtxCreate(CUcontext *pCtx, unsigned int flags, CUdevice device, VdpDevice vdpDevice, VdpGetProcAddress *vdpGetProcAddress)
{
    (void)pCtx;
    (void)flags;
    (void)device;
    (void)vdpDevice;
    (void)vdpGetProcAddress;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuVDPAUCtxCreate);
}

QUANTA__FWD_EXPORT CUresult cuVDPAUCtxCreate_v2(CUcontext *pCtx, unsigned int flags, CUdevice device, VdpDevice vdpDevice, VdpGetProcAddress *vdpGetProcAddress)
{
    (void)pCtx;
    (void)flags;
    (void)device;
    (void)vdpDevice;
    (void)vdpGetProcAddress;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuVDPAUCtxCreate_v2);
}

QUANTA__FWD_EXPORT CUresult cuVDPAUGetDevice(CUdevice *pDevice, VdpDevice vdpDevice, VdpGetProcAddress *vdpGetProcAddress)
{
    (void)pDevice;
    (void)vdpDevice;
    (void)vdpGetProcAddress;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuVDPAUGetDevice);
}

QUANTA__FWD_EXPORT CUresult cuWaitExternalSemaphoresAsync(const CUexternalSemaphore *extSemArray, const CUDA_EXTERNAL_SEMAPHORE_WAIT_PARAMS *paramsArray, unsigned int numExtSems, CUstream stream)
{
    (void)extSemArray;
    (void)paramsArray;
    (void)numExtSems;
    (void)stream;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuWaitExternalSemaphoresAsync);
}

QUANTA__FWD_EXPORT CUresult cuWaitExternalSemaphoresAsync_ptsz(const CUexternalSemaphore *extSemArray, const CUDA_EXTERNAL_SEMAPHORE_WAIT_PARAMS *paramsArray, unsigned int numExtSems, CUstream stream)
{
    (void)extSemArray;
    (void)paramsArray;
    (void)numExtSems;
    (void)stream;
    return quanta__fwd_unsupported(QUANTA_CUDA_cuWaitExternalSemaphoresAsync_ptsz);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlComputeInstanceDestroy(nvmlComputeInstance_t computeInstance)
{
    (void)computeInstance;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlComputeInstanceDestroy);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlComputeInstanceGetInfo(nvmlComputeInstance_t computeInstance, nvmlComputeInstanceInfo_t *info)
{
    (void)computeInstance;
    (void)info;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlComputeInstanceGetInfo);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlComputeInstanceGetInfo_v2(nvmlComputeInstance_t computeInstance, nvmlComputeInstanceInfo_t *info)
{
    (void)computeInstance;
    (void)info;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlComputeInstanceGetInfo_v2);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceClearAccountingPids(nvmlDevice_t device)
{
    (void)device;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceClearAccountingPids);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceClearCpuAffinity(nvmlDevice_t device)
{
    (void)device;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceClearCpuAffinity);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceClearEccErrorCounts(nvmlDevice_t device, nvmlEccCounterType_t counterType)
{
    (void)device;
    (void)counterType;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceClearEccErrorCounts);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceClearFieldValues(nvmlDevice_t device, int valuesCount, nvmlFieldValue_t *values)
{
    (void)device;
    (void)valuesCount;
    (void)values;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceClearFieldValues);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceCreateGpuInstance(nvmlDevice_t device, unsigned int profileId, nvmlGpuInstance_t *gpuInstance)
{
    (void)device;
    (void)profileId;
    (void)gpuInstance;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceCreateGpuInstance);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceCreateGpuInstanceWithPlacement(nvmlDevice_t device, unsigned int profileId, const nvmlGpuInstancePlacement_t *placement, nvmlGpuInstance_t *gpuInstance)
{
    (void)device;
    (void)profileId;
    (void)placement;
    (void)gpuInstance;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceCreateGpuInstanceWithPlacement);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceDiscoverGpus(nvmlPciInfo_t *pciInfo)
{
    (void)pciInfo;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceDiscoverGpus);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceFreezeNvLinkUtilizationCounter(nvmlDevice_t device, unsigned int link, unsigned int counter, nvmlEnableState_t freeze)
{
    (void)device;
    (void)link;
    (void)counter;
    (void)freeze;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceFreezeNvLinkUtilizationCounter);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetAPIRestriction(nvmlDevice_t device, nvmlRestrictedAPI_t apiType, nvmlEnableState_t *isRestricted)
{
    (void)device;
    (void)apiType;
    (void)isRestricted;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetAPIRestriction);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetAccountingBufferSize(nvmlDevice_t device, unsigned int *bufferSize)
{
    (void)device;
    (void)bufferSize;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetAccountingBufferSize);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetAccountingMode(nvmlDevice_t device, nvmlEnableState_t *mode)
{
    (void)device;
    (void)mode;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetAccountingMode);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetAccountingPids(nvmlDevice_t device, unsigned int *count, unsigned int *pids)
{
    (void)device;
    (void)count;
    (void)pids;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetAccountingPids);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetAccountingStats(nvmlDevice_t device, unsigned int pid, nvmlAccountingStats_t *stats)
{
    (void)device;
    (void)pid;
    (void)stats;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetAccountingStats);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetActiveVgpus(nvmlDevice_t device, unsigned int *vgpuCount, nvmlVgpuInstance_t *vgpuInstances)
{
    (void)device;
    (void)vgpuCount;
    (void)vgpuInstances;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetActiveVgpus);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetAdaptiveClockInfoStatus(nvmlDevice_t device, unsigned int *adaptiveClockStatus)
{
    (void)device;
    (void)adaptiveClockStatus;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetAdaptiveClockInfoStatus);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetAddressingMode(nvmlDevice_t device, nvmlDeviceAddressingMode_t *mode)
{
    (void)device;
    (void)mode;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetAddressingMode);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetApplicationsClock(nvmlDevice_t device, nvmlClockType_t clockType, unsigned int *clockMHz)
{
    (void)device;
    (void)clockType;
    (void)clockMHz;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetApplicationsClock);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetArchitecture(nvmlDevice_t device, nvmlDeviceArchitecture_t *arch)
{
    (void)device;
    (void)arch;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetArchitecture);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetAttributes(nvmlDevice_t device, nvmlDeviceAttributes_t *attributes)
{
    (void)device;
    (void)attributes;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetAttributes);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetAttributes_v2(nvmlDevice_t device, nvmlDeviceAttributes_t *attributes)
{
    (void)device;
    (void)attributes;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetAttributes_v2);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetAutoBoostedClocksEnabled(nvmlDevice_t device, nvmlEnableState_t *isEnabled, nvmlEnableState_t *defaultIsEnabled)
{
    (void)device;
    (void)isEnabled;
    (void)defaultIsEnabled;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetAutoBoostedClocksEnabled);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetBAR1MemoryInfo(nvmlDevice_t device, nvmlBAR1Memory_t *bar1Memory)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin_nvml(&c, QUANTA_NVML_nvmlDeviceGetBAR1MemoryInfo);
    quanta__fwd_put(&c, &device, sizeof device);
    quanta__fwd_want(&c, bar1Memory != NULL);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_opt(&c, bar1Memory, sizeof *bar1Memory);
    return quanta__fwd_end_nvml(&c, rc);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetBoardId(nvmlDevice_t device, unsigned int *boardId)
{
    (void)device;
    (void)boardId;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetBoardId);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetBoardPartNumber(nvmlDevice_t device, char *partNumber, unsigned int length)
{
    (void)device;
    (void)partNumber;
    (void)length;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetBoardPartNumber);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetBrand(nvmlDevice_t device, nvmlBrandType_t *type)
{
    (void)device;
    (void)type;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetBrand);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetBridgeChipInfo(nvmlDevice_t device, nvmlBridgeChipHierarchy_t *bridgeHierarchy)
{
    (void)device;
    (void)bridgeHierarchy;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetBridgeChipInfo);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetBusType(nvmlDevice_t device, nvmlBusType_t *type)
{
    (void)device;
    (void)type;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetBusType);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetC2cModeInfoV(nvmlDevice_t device, nvmlC2cModeInfo_v1_t *c2cModeInfo)
{
    (void)device;
    (void)c2cModeInfo;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetC2cModeInfoV);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetCapabilities(nvmlDevice_t device, nvmlDeviceCapabilities_t *caps)
{
    (void)device;
    (void)caps;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetCapabilities);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetClkMonStatus(nvmlDevice_t device, nvmlClkMonStatus_t *status)
{
    (void)device;
    (void)status;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetClkMonStatus);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetClock(nvmlDevice_t device, nvmlClockType_t clockType, nvmlClockId_t clockId, unsigned int *clockMHz)
{
    (void)device;
    (void)clockType;
    (void)clockId;
    (void)clockMHz;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetClock);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetClockInfo(nvmlDevice_t device, nvmlClockType_t type, unsigned int *clock)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin_nvml(&c, QUANTA_NVML_nvmlDeviceGetClockInfo);
    quanta__fwd_put(&c, &device, sizeof device);
    quanta__fwd_put(&c, &type, sizeof type);
    quanta__fwd_want(&c, clock != NULL);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_opt(&c, clock, sizeof *clock);
    return quanta__fwd_end_nvml(&c, rc);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetClockOffsets(nvmlDevice_t device, nvmlClockOffset_t *info)
{
    (void)device;
    (void)info;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetClockOffsets);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetComputeInstanceId(nvmlDevice_t device, unsigned int *id)
{
    (void)device;
    (void)id;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetComputeInstanceId);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetComputeMode(nvmlDevice_t device, nvmlComputeMode_t *mode)
{
    (void)device;
    (void)mode;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetComputeMode);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetComputeRunningProcesses(nvmlDevice_t device, unsigned int *infoCount, nvmlProcessInfo_v1_t *infos)
{
    const uint64_t room_infos = infoCount != NULL ? (uint64_t)*infoCount * sizeof *infos : 0;
    struct quanta__fwd_call c;
    quanta__fwd_begin_nvml(&c, QUANTA_NVML_nvmlDeviceGetComputeRunningProcesses);
    quanta__fwd_put(&c, &device, sizeof device);
    quanta__fwd_put_opt(&c, infoCount, sizeof *infoCount);
    quanta__fwd_want(&c, infos != NULL);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_opt(&c, infoCount, sizeof *infoCount);
    quanta__fwd_get_buf(&c, infos, room_infos);
    return quanta__fwd_end_nvml(&c, rc);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetComputeRunningProcesses_v2(nvmlDevice_t device, unsigned int *infoCount, nvmlProcessInfo_v2_t *infos)
{
    const uint64_t room_infos = infoCount != NULL ? (uint64_t)*infoCount * sizeof *infos : 0;
    struct quanta__fwd_call c;
    quanta__fwd_begin_nvml(&c, QUANTA_NVML_nvmlDeviceGetComputeRunningProcesses_v2);
    quanta__fwd_put(&c, &device, sizeof device);
    quanta__fwd_put_opt(&c, infoCount, sizeof *infoCount);
    quanta__fwd_want(&c, infos != NULL);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_opt(&c, infoCount, sizeof *infoCount);
    quanta__fwd_get_buf(&c, infos, room_infos);
    return quanta__fwd_end_nvml(&c, rc);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetComputeRunningProcesses_v3(nvmlDevice_t device, unsigned int *infoCount, nvmlProcessInfo_t *infos)
{
    const uint64_t room_infos = infoCount != NULL ? (uint64_t)*infoCount * sizeof *infos : 0;
    struct quanta__fwd_call c;
    quanta__fwd_begin_nvml(&c, QUANTA_NVML_nvmlDeviceGetComputeRunningProcesses_v3);
    quanta__fwd_put(&c, &device, sizeof device);
    quanta__fwd_put_opt(&c, infoCount, sizeof *infoCount);
    quanta__fwd_want(&c, infos != NULL);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_opt(&c, infoCount, sizeof *infoCount);
    quanta__fwd_get_buf(&c, infos, room_infos);
    return quanta__fwd_end_nvml(&c, rc);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetConfComputeGpuAttestationReport(nvmlDevice_t device, nvmlConfComputeGpuAttestationReport_t *gpuAtstReport)
{
    (void)device;
    (void)gpuAtstReport;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetConfComputeGpuAttestationReport);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetConfComputeGpuCertificate(nvmlDevice_t device, nvmlConfComputeGpuCertificate_t *gpuCert)
{
    (void)device;
    (void)gpuCert;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetConfComputeGpuCertificate);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetConfComputeMemSizeInfo(nvmlDevice_t device, nvmlConfComputeMemSizeInfo_t *memInfo)
{
    (void)device;
    (void)memInfo;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetConfComputeMemSizeInfo);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetConfComputeProtectedMemoryUsage(nvmlDevice_t device, nvmlMemory_t *memory)
{
    (void)device;
    (void)memory;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetConfComputeProtectedMemoryUsage);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetCoolerInfo(nvmlDevice_t device, nvmlCoolerInfo_t *coolerInfo)
{
    (void)device;
    (void)coolerInfo;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetCoolerInfo);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetCount(unsigned int *deviceCount)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin_nvml(&c, QUANTA_NVML_nvmlDeviceGetCount);
    quanta__fwd_want(&c, deviceCount != NULL);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_opt(&c, deviceCount, sizeof *deviceCount);
    return quanta__fwd_end_nvml(&c, rc);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetCount_v2(unsigned int *deviceCount)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin_nvml(&c, QUANTA_NVML_nvmlDeviceGetCount_v2);
    quanta__fwd_want(&c, deviceCount != NULL);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_opt(&c, deviceCount, sizeof *deviceCount);
    return quanta__fwd_end_nvml(&c, rc);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetCpuAffinity(nvmlDevice_t device, unsigned int cpuSetSize, unsigned long *cpuSet)
{
    (void)device;
    (void)cpuSetSize;
    (void)cpuSet;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetCpuAffinity);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetCpuAffinityWithinScope(nvmlDevice_t device, unsigned int cpuSetSize, unsigned long *cpuSet, nvmlAffinityScope_t scope)
{
    (void)device;
    (void)cpuSetSize;
    (void)cpuSet;
    (void)scope;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetCpuAffinityWithinScope);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetCreatableVgpus(nvmlDevice_t device, unsigned int *vgpuCount, nvmlVgpuTypeId_t *vgpuTypeIds)
{
    (void)device;
    (void)vgpuCount;
    (void)vgpuTypeIds;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetCreatableVgpus);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetCudaComputeCapability(nvmlDevice_t device, int *major, int *minor)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin_nvml(&c, QUANTA_NVML_nvmlDeviceGetCudaComputeCapability);
    quanta__fwd_put(&c, &device, sizeof device);
    quanta__fwd_want(&c, major != NULL);
    quanta__fwd_want(&c, minor != NULL);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_opt(&c, major, sizeof *major);
    quanta__fwd_get_opt(&c, minor, sizeof *minor);
    return quanta__fwd_end_nvml(&c, rc);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetCurrPcieLinkGeneration(nvmlDevice_t device, unsigned int *currLinkGen)
{
    (void)device;
    (void)currLinkGen;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetCurrPcieLinkGeneration);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetCurrPcieLinkWidth(nvmlDevice_t device, unsigned int *currLinkWidth)
{
    (void)device;
    (void)currLinkWidth;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetCurrPcieLinkWidth);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetCurrentClockFreqs(nvmlDevice_t device, nvmlDeviceCurrentClockFreqs_t *currentClockFreqs)
{
    (void)device;
    (void)currentClockFreqs;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetCurrentClockFreqs);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetCurrentClocksEventReasons(nvmlDevice_t device, unsigned long long *clocksEventReasons)
{
    (void)device;
    (void)clocksEventReasons;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetCurrentClocksEventReasons);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetCurrentClocksThrottleReasons(nvmlDevice_t device, unsigned long long *clocksThrottleReasons)
{
    (void)device;
    (void)clocksThrottleReasons;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetCurrentClocksThrottleReasons);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetDecoderUtilization(nvmlDevice_t device, unsigned int *utilization, unsigned int *samplingPeriodUs)
{
    (void)device;
    (void)utilization;
    (void)samplingPeriodUs;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetDecoderUtilization);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetDefaultApplicationsClock(nvmlDevice_t device, nvmlClockType_t clockType, unsigned int *clockMHz)
{
    (void)device;
    (void)clockType;
    (void)clockMHz;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetDefaultApplicationsClock);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetDefaultEccMode(nvmlDevice_t device, nvmlEnableState_t *defaultMode)
{
    (void)device;
    (void)defaultMode;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetDefaultEccMode);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetDetailedEccErrors(nvmlDevice_t device, nvmlMemoryErrorType_t errorType, nvmlEccCounterType_t counterType, nvmlEccErrorCounts_t *eccCounts)
{
    (void)device;
    (void)errorType;
    (void)counterType;
    (void)eccCounts;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetDetailedEccErrors);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetDeviceHandleFromMigDeviceHandle(nvmlDevice_t migDevice, nvmlDevice_t *device)
{
    (void)migDevice;
    (void)device;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetDeviceHandleFromMigDeviceHandle);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetDisplayActive(nvmlDevice_t device, nvmlEnableState_t *isActive)
{
    (void)device;
    (void)isActive;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetDisplayActive);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetDisplayMode(nvmlDevice_t device, nvmlEnableState_t *display)
{
    (void)device;
    (void)display;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetDisplayMode);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetDramEncryptionMode(nvmlDevice_t device, nvmlDramEncryptionInfo_t *current, nvmlDramEncryptionInfo_t *pending)
{
    (void)device;
    (void)current;
    (void)pending;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetDramEncryptionMode);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetDriverModel(nvmlDevice_t device, nvmlDriverModel_t *current, nvmlDriverModel_t *pending)
{
    (void)device;
    (void)current;
    (void)pending;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetDriverModel);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetDriverModel_v2(nvmlDevice_t device, nvmlDriverModel_t *current, nvmlDriverModel_t *pending)
{
    (void)device;
    (void)current;
    (void)pending;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetDriverModel_v2);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetDynamicPstatesInfo(nvmlDevice_t device, nvmlGpuDynamicPstatesInfo_t *pDynamicPstatesInfo)
{
    (void)device;
    (void)pDynamicPstatesInfo;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetDynamicPstatesInfo);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetEccMode(nvmlDevice_t device, nvmlEnableState_t *current, nvmlEnableState_t *pending)
{
    (void)device;
    (void)current;
    (void)pending;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetEccMode);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetEncoderCapacity(nvmlDevice_t device, nvmlEncoderType_t encoderQueryType, unsigned int *encoderCapacity)
{
    (void)device;
    (void)encoderQueryType;
    (void)encoderCapacity;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetEncoderCapacity);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetEncoderSessions(nvmlDevice_t device, unsigned int *sessionCount, nvmlEncoderSessionInfo_t *sessionInfos)
{
    (void)device;
    (void)sessionCount;
    (void)sessionInfos;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetEncoderSessions);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetEncoderStats(nvmlDevice_t device, unsigned int *sessionCount, unsigned int *averageFps, unsigned int *averageLatency)
{
    (void)device;
    (void)sessionCount;
    (void)averageFps;
    (void)averageLatency;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetEncoderStats);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetEncoderUtilization(nvmlDevice_t device, unsigned int *utilization, unsigned int *samplingPeriodUs)
{
    (void)device;
    (void)utilization;
    (void)samplingPeriodUs;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetEncoderUtilization);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetEnforcedPowerLimit(nvmlDevice_t device, unsigned int *limit)
{
    (void)device;
    (void)limit;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetEnforcedPowerLimit);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetFBCSessions(nvmlDevice_t device, unsigned int *sessionCount, nvmlFBCSessionInfo_t *sessionInfo)
{
    (void)device;
    (void)sessionCount;
    (void)sessionInfo;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetFBCSessions);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetFBCStats(nvmlDevice_t device, nvmlFBCStats_t *fbcStats)
{
    (void)device;
    (void)fbcStats;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetFBCStats);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetFanControlPolicy_v2(nvmlDevice_t device, unsigned int fan, nvmlFanControlPolicy_t *policy)
{
    (void)device;
    (void)fan;
    (void)policy;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetFanControlPolicy_v2);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetFanSpeed(nvmlDevice_t device, unsigned int *speed)
{
    (void)device;
    (void)speed;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetFanSpeed);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetFanSpeed_v2(nvmlDevice_t device, unsigned int fan, unsigned int *speed)
{
    (void)device;
    (void)fan;
    (void)speed;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetFanSpeed_v2);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetFanSpeedRPM(nvmlDevice_t device, nvmlFanSpeedInfo_t *fanSpeed)
{
    (void)device;
    (void)fanSpeed;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetFanSpeedRPM);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetFieldValues(nvmlDevice_t device, int valuesCount, nvmlFieldValue_t *values)
{
    (void)device;
    (void)valuesCount;
    (void)values;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetFieldValues);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetGpcClkMinMaxVfOffset(nvmlDevice_t device, int *minOffset, int *maxOffset)
{
    (void)device;
    (void)minOffset;
    (void)maxOffset;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetGpcClkMinMaxVfOffset);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetGpcClkVfOffset(nvmlDevice_t device, int *offset)
{
    (void)device;
    (void)offset;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetGpcClkVfOffset);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetGpuFabricInfo(nvmlDevice_t device, nvmlGpuFabricInfo_t *gpuFabricInfo)
{
    (void)device;
    (void)gpuFabricInfo;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetGpuFabricInfo);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetGpuFabricInfoV(nvmlDevice_t device, nvmlGpuFabricInfoV_t *gpuFabricInfo)
{
    (void)device;
    (void)gpuFabricInfo;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetGpuFabricInfoV);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetGpuInstanceById(nvmlDevice_t device, unsigned int id, nvmlGpuInstance_t *gpuInstance)
{
    (void)device;
    (void)id;
    (void)gpuInstance;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetGpuInstanceById);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetGpuInstanceId(nvmlDevice_t device, unsigned int *id)
{
    (void)device;
    (void)id;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetGpuInstanceId);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetGpuInstancePossiblePlacements(nvmlDevice_t device, unsigned int profileId, nvmlGpuInstancePlacement_t *placements, unsigned int *count)
{
    (void)device;
    (void)profileId;
    (void)placements;
    (void)count;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetGpuInstancePossiblePlacements);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetGpuInstancePossiblePlacements_v2(nvmlDevice_t device, unsigned int profileId, nvmlGpuInstancePlacement_t *placements, unsigned int *count)
{
    (void)device;
    (void)profileId;
    (void)placements;
    (void)count;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetGpuInstancePossiblePlacements_v2);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetGpuInstanceProfileInfo(nvmlDevice_t device, unsigned int profile, nvmlGpuInstanceProfileInfo_t *info)
{
    (void)device;
    (void)profile;
    (void)info;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetGpuInstanceProfileInfo);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetGpuInstanceProfileInfoByIdV(nvmlDevice_t device, unsigned int profileId, nvmlGpuInstanceProfileInfo_v2_t *info)
{
    (void)device;
    (void)profileId;
    (void)info;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetGpuInstanceProfileInfoByIdV);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetGpuInstanceProfileInfoV(nvmlDevice_t device, unsigned int profile, nvmlGpuInstanceProfileInfo_v2_t *info)
{
    (void)device;
    (void)profile;
    (void)info;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetGpuInstanceProfileInfoV);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetGpuInstanceRemainingCapacity(nvmlDevice_t device, unsigned int profileId, unsigned int *count)
{
    (void)device;
    (void)profileId;
    (void)count;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetGpuInstanceRemainingCapacity);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetGpuInstances(nvmlDevice_t device, unsigned int profileId, nvmlGpuInstance_t *gpuInstances, unsigned int *count)
{
    (void)device;
    (void)profileId;
    (void)gpuInstances;
    (void)count;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetGpuInstances);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetGpuMaxPcieLinkGeneration(nvmlDevice_t device, unsigned int *maxLinkGenDevice)
{
    (void)device;
    (void)maxLinkGenDevice;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetGpuMaxPcieLinkGeneration);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetGpuOperationMode(nvmlDevice_t device, nvmlGpuOperationMode_t *current, nvmlGpuOperationMode_t *pending)
{
    (void)device;
    (void)current;
    (void)pending;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetGpuOperationMode);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetGraphicsRunningProcesses(nvmlDevice_t device, unsigned int *infoCount, nvmlProcessInfo_v1_t *infos)
{
    (void)device;
    (void)infoCount;
    (void)infos;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetGraphicsRunningProcesses);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetGraphicsRunningProcesses_v2(nvmlDevice_t device, unsigned int *infoCount, nvmlProcessInfo_v2_t *infos)
{
    (void)device;
    (void)infoCount;
    (void)infos;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetGraphicsRunningProcesses_v2);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetGraphicsRunningProcesses_v3(nvmlDevice_t device, unsigned int *infoCount, nvmlProcessInfo_t *infos)
{
    (void)device;
    (void)infoCount;
    (void)infos;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetGraphicsRunningProcesses_v3);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetGridLicensableFeatures(nvmlDevice_t device, nvmlGridLicensableFeatures_t *pGridLicensableFeatures)
{
    (void)device;
    (void)pGridLicensableFeatures;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetGridLicensableFeatures);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetGridLicensableFeatures_v2(nvmlDevice_t device, nvmlGridLicensableFeatures_t *pGridLicensableFeatures)
{
    (void)device;
    (void)pGridLicensableFeatures;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetGridLicensableFeatures_v2);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetGridLicensableFeatures_v3(nvmlDevice_t device, nvmlGridLicensableFeatures_t *pGridLicensableFeatures)
{
    (void)device;
    (void)pGridLicensableFeatures;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetGridLicensableFeatures_v3);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetGridLicensableFeatures_v4(nvmlDevice_t device, nvmlGridLicensableFeatures_t *pGridLicensableFeatures)
{
    (void)device;
    (void)pGridLicensableFeatures;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetGridLicensableFeatures_v4);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetGspFirmwareMode(nvmlDevice_t device, unsigned int *isEnabled, unsigned int *defaultMode)
{
    (void)device;
    (void)isEnabled;
    (void)defaultMode;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetGspFirmwareMode);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetGspFirmwareVersion(nvmlDevice_t device, char *version)
{
    (void)device;
    (void)version;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetGspFirmwareVersion);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetHandleByIndex(unsigned int index, nvmlDevice_t *device)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin_nvml(&c, QUANTA_NVML_nvmlDeviceGetHandleByIndex);
    quanta__fwd_put(&c, &index, sizeof index);
    quanta__fwd_want(&c, device != NULL);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_opt(&c, device, sizeof *device);
    return quanta__fwd_end_nvml(&c, rc);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetHandleByIndex_v2(unsigned int index, nvmlDevice_t *device)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin_nvml(&c, QUANTA_NVML_nvmlDeviceGetHandleByIndex_v2);
    quanta__fwd_put(&c, &index, sizeof index);
    quanta__fwd_want(&c, device != NULL);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_opt(&c, device, sizeof *device);
    return quanta__fwd_end_nvml(&c, rc);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetHandleByPciBusId(const char *pciBusId, nvmlDevice_t *device)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin_nvml(&c, QUANTA_NVML_nvmlDeviceGetHandleByPciBusId);
    quanta__fwd_put_cstring(&c, pciBusId);
    quanta__fwd_want(&c, device != NULL);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_opt(&c, device, sizeof *device);
    return quanta__fwd_end_nvml(&c, rc);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetHandleByPciBusId_v2(const char *pciBusId, nvmlDevice_t *device)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin_nvml(&c, QUANTA_NVML_nvmlDeviceGetHandleByPciBusId_v2);
    quanta__fwd_put_cstring(&c, pciBusId);
    quanta__fwd_want(&c, device != NULL);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_opt(&c, device, sizeof *device);
    return quanta__fwd_end_nvml(&c, rc);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetHandleBySerial(const char *serial, nvmlDevice_t *device)
{
    (void)serial;
    (void)device;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetHandleBySerial);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetHandleByUUID(const char *uuid, nvmlDevice_t *device)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin_nvml(&c, QUANTA_NVML_nvmlDeviceGetHandleByUUID);
    quanta__fwd_put_cstring(&c, uuid);
    quanta__fwd_want(&c, device != NULL);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_opt(&c, device, sizeof *device);
    return quanta__fwd_end_nvml(&c, rc);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetHandleByUUIDV(const nvmlUUID_t *uuid, nvmlDevice_t *device)
{
    (void)uuid;
    (void)device;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetHandleByUUIDV);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetHostVgpuMode(nvmlDevice_t device, nvmlHostVgpuMode_t *pHostVgpuMode)
{
    (void)device;
    (void)pHostVgpuMode;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetHostVgpuMode);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetHostname_v1(nvmlDevice_t device, nvmlHostname_v1_t *hostname)
{
    (void)device;
    (void)hostname;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetHostname_v1);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetIndex(nvmlDevice_t device, unsigned int *index)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin_nvml(&c, QUANTA_NVML_nvmlDeviceGetIndex);
    quanta__fwd_put(&c, &device, sizeof device);
    quanta__fwd_want(&c, index != NULL);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_opt(&c, index, sizeof *index);
    return quanta__fwd_end_nvml(&c, rc);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetInforomConfigurationChecksum(nvmlDevice_t device, unsigned int *checksum)
{
    (void)device;
    (void)checksum;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetInforomConfigurationChecksum);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetInforomImageVersion(nvmlDevice_t device, char *version, unsigned int length)
{
    (void)device;
    (void)version;
    (void)length;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetInforomImageVersion);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetInforomVersion(nvmlDevice_t device, nvmlInforomObject_t object, char *version, unsigned int length)
{
    (void)device;
    (void)object;
    (void)version;
    (void)length;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetInforomVersion);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetIrqNum(nvmlDevice_t device, unsigned int *irqNum)
{
    (void)device;
    (void)irqNum;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetIrqNum);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetJpgUtilization(nvmlDevice_t device, unsigned int *utilization, unsigned int *samplingPeriodUs)
{
    (void)device;
    (void)utilization;
    (void)samplingPeriodUs;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetJpgUtilization);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetLastBBXFlushTime(nvmlDevice_t device, unsigned long long *timestamp, unsigned long *durationUs)
{
    (void)device;
    (void)timestamp;
    (void)durationUs;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetLastBBXFlushTime);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetMPSComputeRunningProcesses(nvmlDevice_t device, unsigned int *infoCount, nvmlProcessInfo_v1_t *infos)
{
    (void)device;
    (void)infoCount;
    (void)infos;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetMPSComputeRunningProcesses);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetMPSComputeRunningProcesses_v2(nvmlDevice_t device, unsigned int *infoCount, nvmlProcessInfo_v2_t *infos)
{
    (void)device;
    (void)infoCount;
    (void)infos;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetMPSComputeRunningProcesses_v2);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetMPSComputeRunningProcesses_v3(nvmlDevice_t device, unsigned int *infoCount, nvmlProcessInfo_t *infos)
{
    (void)device;
    (void)infoCount;
    (void)infos;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetMPSComputeRunningProcesses_v3);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetMarginTemperature(nvmlDevice_t device, nvmlMarginTemperature_t *marginTempInfo)
{
    (void)device;
    (void)marginTempInfo;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetMarginTemperature);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetMaxClockInfo(nvmlDevice_t device, nvmlClockType_t type, unsigned int *clock)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin_nvml(&c, QUANTA_NVML_nvmlDeviceGetMaxClockInfo);
    quanta__fwd_put(&c, &device, sizeof device);
    quanta__fwd_put(&c, &type, sizeof type);
    quanta__fwd_want(&c, clock != NULL);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_opt(&c, clock, sizeof *clock);
    return quanta__fwd_end_nvml(&c, rc);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetMaxCustomerBoostClock(nvmlDevice_t device, nvmlClockType_t clockType, unsigned int *clockMHz)
{
    (void)device;
    (void)clockType;
    (void)clockMHz;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetMaxCustomerBoostClock);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetMaxMigDeviceCount(nvmlDevice_t device, unsigned int *count)
{
    (void)device;
    (void)count;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetMaxMigDeviceCount);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetMaxPcieLinkGeneration(nvmlDevice_t device, unsigned int *maxLinkGen)
{
    (void)device;
    (void)maxLinkGen;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetMaxPcieLinkGeneration);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetMaxPcieLinkWidth(nvmlDevice_t device, unsigned int *maxLinkWidth)
{
    (void)device;
    (void)maxLinkWidth;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetMaxPcieLinkWidth);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetMemClkMinMaxVfOffset(nvmlDevice_t device, int *minOffset, int *maxOffset)
{
    (void)device;
    (void)minOffset;
    (void)maxOffset;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetMemClkMinMaxVfOffset);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetMemClkVfOffset(nvmlDevice_t device, int *offset)
{
    (void)device;
    (void)offset;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetMemClkVfOffset);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetMemoryAffinity(nvmlDevice_t device, unsigned int nodeSetSize, unsigned long *nodeSet, nvmlAffinityScope_t scope)
{
    (void)device;
    (void)nodeSetSize;
    (void)nodeSet;
    (void)scope;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetMemoryAffinity);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetMemoryBusWidth(nvmlDevice_t device, unsigned int *busWidth)
{
    (void)device;
    (void)busWidth;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetMemoryBusWidth);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetMemoryErrorCounter(nvmlDevice_t device, nvmlMemoryErrorType_t errorType, nvmlEccCounterType_t counterType, nvmlMemoryLocation_t locationType, unsigned long long *count)
{
    (void)device;
    (void)errorType;
    (void)counterType;
    (void)locationType;
    (void)count;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetMemoryErrorCounter);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetMemoryInfo(nvmlDevice_t device, nvmlMemory_t *memory)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin_nvml(&c, QUANTA_NVML_nvmlDeviceGetMemoryInfo);
    quanta__fwd_put(&c, &device, sizeof device);
    quanta__fwd_put_opt(&c, memory, sizeof *memory);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_opt(&c, memory, sizeof *memory);
    return quanta__fwd_end_nvml(&c, rc);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetMemoryInfo_v2(nvmlDevice_t device, nvmlMemory_v2_t *memory)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin_nvml(&c, QUANTA_NVML_nvmlDeviceGetMemoryInfo_v2);
    quanta__fwd_put(&c, &device, sizeof device);
    quanta__fwd_put_opt(&c, memory, sizeof *memory);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_opt(&c, memory, sizeof *memory);
    return quanta__fwd_end_nvml(&c, rc);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetMigDeviceHandleByIndex(nvmlDevice_t device, unsigned int index, nvmlDevice_t *migDevice)
{
    (void)device;
    (void)index;
    (void)migDevice;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetMigDeviceHandleByIndex);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetMigMode(nvmlDevice_t device, unsigned int *currentMode, unsigned int *pendingMode)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin_nvml(&c, QUANTA_NVML_nvmlDeviceGetMigMode);
    quanta__fwd_put(&c, &device, sizeof device);
    quanta__fwd_want(&c, currentMode != NULL);
    quanta__fwd_want(&c, pendingMode != NULL);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_opt(&c, currentMode, sizeof *currentMode);
    quanta__fwd_get_opt(&c, pendingMode, sizeof *pendingMode);
    return quanta__fwd_end_nvml(&c, rc);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetMinMaxClockOfPState(nvmlDevice_t device, nvmlClockType_t type, nvmlPstates_t pstate, unsigned int *minClockMHz, unsigned int *maxClockMHz)
{
    (void)device;
    (void)type;
    (void)pstate;
    (void)minClockMHz;
    (void)maxClockMHz;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetMinMaxClockOfPState);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetMinMaxFanSpeed(nvmlDevice_t device, unsigned int *minSpeed, unsigned int *maxSpeed)
{
    (void)device;
    (void)minSpeed;
    (void)maxSpeed;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetMinMaxFanSpeed);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetMinorNumber(nvmlDevice_t device, unsigned int *minorNumber)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin_nvml(&c, QUANTA_NVML_nvmlDeviceGetMinorNumber);
    quanta__fwd_put(&c, &device, sizeof device);
    quanta__fwd_want(&c, minorNumber != NULL);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_opt(&c, minorNumber, sizeof *minorNumber);
    return quanta__fwd_end_nvml(&c, rc);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetModuleId(nvmlDevice_t device, unsigned int *moduleId)
{
    (void)device;
    (void)moduleId;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetModuleId);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetMultiGpuBoard(nvmlDevice_t device, unsigned int *multiGpuBool)
{
    (void)device;
    (void)multiGpuBool;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetMultiGpuBoard);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetName(nvmlDevice_t device, char *name, unsigned int length)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin_nvml(&c, QUANTA_NVML_nvmlDeviceGetName);
    quanta__fwd_put(&c, &device, sizeof device);
    quanta__fwd_want(&c, name != NULL);
    quanta__fwd_put(&c, &length, sizeof length);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_buf(&c, name, (uint64_t)(length));
    return quanta__fwd_end_nvml(&c, rc);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetNumFans(nvmlDevice_t device, unsigned int *numFans)
{
    (void)device;
    (void)numFans;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetNumFans);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetNumGpuCores(nvmlDevice_t device, unsigned int *numCores)
{
    (void)device;
    (void)numCores;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetNumGpuCores);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetNumaNodeId(nvmlDevice_t device, unsigned int *node)
{
    (void)device;
    (void)node;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetNumaNodeId);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetNvLinkCapability(nvmlDevice_t device, unsigned int link, nvmlNvLinkCapability_t capability, unsigned int *capResult)
{
    (void)device;
    (void)link;
    (void)capability;
    (void)capResult;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetNvLinkCapability);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetNvLinkErrorCounter(nvmlDevice_t device, unsigned int link, nvmlNvLinkErrorCounter_t counter, unsigned long long *counterValue)
{
    (void)device;
    (void)link;
    (void)counter;
    (void)counterValue;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetNvLinkErrorCounter);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetNvLinkInfo(nvmlDevice_t device, nvmlNvLinkInfo_t *info)
{
    (void)device;
    (void)info;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetNvLinkInfo);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetNvLinkRemoteDeviceType(nvmlDevice_t device, unsigned int link, nvmlIntNvLinkDeviceType_t *pNvLinkDeviceType)
{
    (void)device;
    (void)link;
    (void)pNvLinkDeviceType;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetNvLinkRemoteDeviceType);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetNvLinkRemotePciInfo(nvmlDevice_t device, unsigned int link, nvmlPciInfo_t *pci)
{
    (void)device;
    (void)link;
    (void)pci;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetNvLinkRemotePciInfo);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetNvLinkRemotePciInfo_v2(nvmlDevice_t device, unsigned int link, nvmlPciInfo_t *pci)
{
    (void)device;
    (void)link;
    (void)pci;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetNvLinkRemotePciInfo_v2);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetNvLinkState(nvmlDevice_t device, unsigned int link, nvmlEnableState_t *isActive)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin_nvml(&c, QUANTA_NVML_nvmlDeviceGetNvLinkState);
    quanta__fwd_put(&c, &device, sizeof device);
    quanta__fwd_put(&c, &link, sizeof link);
    quanta__fwd_want(&c, isActive != NULL);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_opt(&c, isActive, sizeof *isActive);
    return quanta__fwd_end_nvml(&c, rc);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetNvLinkUtilizationControl(nvmlDevice_t device, unsigned int link, unsigned int counter, nvmlNvLinkUtilizationControl_t *control)
{
    (void)device;
    (void)link;
    (void)counter;
    (void)control;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetNvLinkUtilizationControl);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetNvLinkUtilizationCounter(nvmlDevice_t device, unsigned int link, unsigned int counter, unsigned long long *rxcounter, unsigned long long *txcounter)
{
    (void)device;
    (void)link;
    (void)counter;
    (void)rxcounter;
    (void)txcounter;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetNvLinkUtilizationCounter);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetNvLinkVersion(nvmlDevice_t device, unsigned int link, unsigned int *version)
{
    (void)device;
    (void)link;
    (void)version;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetNvLinkVersion);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetNvlinkBwMode(nvmlDevice_t device, nvmlNvlinkGetBwMode_t *getBwMode)
{
    (void)device;
    (void)getBwMode;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetNvlinkBwMode);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetNvlinkSupportedBwModes(nvmlDevice_t device, nvmlNvlinkSupportedBwModes_t *supportedBwMode)
{
    (void)device;
    (void)supportedBwMode;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetNvlinkSupportedBwModes);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetOfaUtilization(nvmlDevice_t device, unsigned int *utilization, unsigned int *samplingPeriodUs)
{
    (void)device;
    (void)utilization;
    (void)samplingPeriodUs;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetOfaUtilization);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetP2PStatus(nvmlDevice_t device1, nvmlDevice_t device2, nvmlGpuP2PCapsIndex_t p2pIndex, nvmlGpuP2PStatus_t *p2pStatus)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin_nvml(&c, QUANTA_NVML_nvmlDeviceGetP2PStatus);
    quanta__fwd_put(&c, &device1, sizeof device1);
    quanta__fwd_put(&c, &device2, sizeof device2);
    quanta__fwd_put(&c, &p2pIndex, sizeof p2pIndex);
    quanta__fwd_want(&c, p2pStatus != NULL);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_opt(&c, p2pStatus, sizeof *p2pStatus);
    return quanta__fwd_end_nvml(&c, rc);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetPciInfo(nvmlDevice_t device, nvmlPciInfo_t *pci)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin_nvml(&c, QUANTA_NVML_nvmlDeviceGetPciInfo);
    quanta__fwd_put(&c, &device, sizeof device);
    quanta__fwd_want(&c, pci != NULL);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_opt(&c, pci, sizeof *pci);
    return quanta__fwd_end_nvml(&c, rc);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetPciInfo_v2(nvmlDevice_t device, nvmlPciInfo_t *pci)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin_nvml(&c, QUANTA_NVML_nvmlDeviceGetPciInfo_v2);
    quanta__fwd_put(&c, &device, sizeof device);
    quanta__fwd_want(&c, pci != NULL);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_opt(&c, pci, sizeof *pci);
    return quanta__fwd_end_nvml(&c, rc);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetPciInfo_v3(nvmlDevice_t device, nvmlPciInfo_t *pci)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin_nvml(&c, QUANTA_NVML_nvmlDeviceGetPciInfo_v3);
    quanta__fwd_put(&c, &device, sizeof device);
    quanta__fwd_want(&c, pci != NULL);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_opt(&c, pci, sizeof *pci);
    return quanta__fwd_end_nvml(&c, rc);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetPciInfoExt(nvmlDevice_t device, nvmlPciInfoExt_t *pci)
{
    (void)device;
    (void)pci;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetPciInfoExt);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetPcieLinkMaxSpeed(nvmlDevice_t device, unsigned int *maxSpeed)
{
    (void)device;
    (void)maxSpeed;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetPcieLinkMaxSpeed);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetPcieReplayCounter(nvmlDevice_t device, unsigned int *value)
{
    (void)device;
    (void)value;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetPcieReplayCounter);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetPcieSpeed(nvmlDevice_t device, unsigned int *pcieSpeed)
{
    (void)device;
    (void)pcieSpeed;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetPcieSpeed);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetPcieThroughput(nvmlDevice_t device, nvmlPcieUtilCounter_t counter, unsigned int *value)
{
    (void)device;
    (void)counter;
    (void)value;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetPcieThroughput);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetPdi(nvmlDevice_t device, nvmlPdi_t *pdi)
{
    (void)device;
    (void)pdi;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetPdi);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetPerformanceModes(nvmlDevice_t device, nvmlDevicePerfModes_t *perfModes)
{
    (void)device;
    (void)perfModes;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetPerformanceModes);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetPerformanceState(nvmlDevice_t device, nvmlPstates_t *pState)
{
    (void)device;
    (void)pState;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetPerformanceState);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetPersistenceMode(nvmlDevice_t device, nvmlEnableState_t *mode)
{
    (void)device;
    (void)mode;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetPersistenceMode);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetPgpuMetadataString(nvmlDevice_t device, char *pgpuMetadata, unsigned int *bufferSize)
{
    (void)device;
    (void)pgpuMetadata;
    (void)bufferSize;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetPgpuMetadataString);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetPlatformInfo(nvmlDevice_t device, nvmlPlatformInfo_t *platformInfo)
{
    (void)device;
    (void)platformInfo;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetPlatformInfo);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetPowerManagementDefaultLimit(nvmlDevice_t device, unsigned int *defaultLimit)
{
    (void)device;
    (void)defaultLimit;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetPowerManagementDefaultLimit);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetPowerManagementLimit(nvmlDevice_t device, unsigned int *limit)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin_nvml(&c, QUANTA_NVML_nvmlDeviceGetPowerManagementLimit);
    quanta__fwd_put(&c, &device, sizeof device);
    quanta__fwd_want(&c, limit != NULL);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_opt(&c, limit, sizeof *limit);
    return quanta__fwd_end_nvml(&c, rc);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetPowerManagementLimitConstraints(nvmlDevice_t device, unsigned int *minLimit, unsigned int *maxLimit)
{
    (void)device;
    (void)minLimit;
    (void)maxLimit;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetPowerManagementLimitConstraints);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetPowerManagementMode(nvmlDevice_t device, nvmlEnableState_t *mode)
{
    (void)device;
    (void)mode;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetPowerManagementMode);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetPowerMizerMode_v1(nvmlDevice_t device, nvmlDevicePowerMizerModes_v1_t *powerMizerMode)
{
    (void)device;
    (void)powerMizerMode;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetPowerMizerMode_v1);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetPowerSource(nvmlDevice_t device, nvmlPowerSource_t *powerSource)
{
    (void)device;
    (void)powerSource;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetPowerSource);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetPowerState(nvmlDevice_t device, nvmlPstates_t *pState)
{
    (void)device;
    (void)pState;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetPowerState);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetPowerUsage(nvmlDevice_t device, unsigned int *power)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin_nvml(&c, QUANTA_NVML_nvmlDeviceGetPowerUsage);
    quanta__fwd_put(&c, &device, sizeof device);
    quanta__fwd_want(&c, power != NULL);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_opt(&c, power, sizeof *power);
    return quanta__fwd_end_nvml(&c, rc);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetProcessUtilization(nvmlDevice_t device, nvmlProcessUtilizationSample_t *utilization, unsigned int *processSamplesCount, unsigned long long lastSeenTimeStamp)
{
    (void)device;
    (void)utilization;
    (void)processSamplesCount;
    (void)lastSeenTimeStamp;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetProcessUtilization);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetProcessesUtilizationInfo(nvmlDevice_t device, nvmlProcessesUtilizationInfo_t *procesesUtilInfo)
{
    (void)device;
    (void)procesesUtilInfo;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetProcessesUtilizationInfo);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetRemappedRows(nvmlDevice_t device, unsigned int *corrRows, unsigned int *uncRows, unsigned int *isPending, unsigned int *failureOccurred)
{
    (void)device;
    (void)corrRows;
    (void)uncRows;
    (void)isPending;
    (void)failureOccurred;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetRemappedRows);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetRepairStatus(nvmlDevice_t device, nvmlRepairStatus_t *repairStatus)
{
    (void)device;
    (void)repairStatus;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetRepairStatus);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetRetiredPages(nvmlDevice_t device, nvmlPageRetirementCause_t cause, unsigned int *pageCount, unsigned long long *addresses)
{
    (void)device;
    (void)cause;
    (void)pageCount;
    (void)addresses;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetRetiredPages);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetRetiredPages_v2(nvmlDevice_t device, nvmlPageRetirementCause_t cause, unsigned int *pageCount, unsigned long long *addresses, unsigned long long *timestamps)
{
    (void)device;
    (void)cause;
    (void)pageCount;
    (void)addresses;
    (void)timestamps;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetRetiredPages_v2);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetRetiredPagesPendingStatus(nvmlDevice_t device, nvmlEnableState_t *isPending)
{
    (void)device;
    (void)isPending;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetRetiredPagesPendingStatus);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetRowRemapperHistogram(nvmlDevice_t device, nvmlRowRemapperHistogramValues_t *values)
{
    (void)device;
    (void)values;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetRowRemapperHistogram);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetRunningProcessDetailList(nvmlDevice_t device, nvmlProcessDetailList_t *plist)
{
    (void)device;
    (void)plist;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetRunningProcessDetailList);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetSamples(nvmlDevice_t device, nvmlSamplingType_t type, unsigned long long lastSeenTimeStamp, nvmlValueType_t *sampleValType, unsigned int *sampleCount, nvmlSample_t *samples)
{
    (void)device;
    (void)type;
    (void)lastSeenTimeStamp;
    (void)sampleValType;
    (void)sampleCount;
    (void)samples;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetSamples);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetSerial(nvmlDevice_t device, char *serial, unsigned int length)
{
    (void)device;
    (void)serial;
    (void)length;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetSerial);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetSramEccErrorStatus(nvmlDevice_t device, nvmlEccSramErrorStatus_t *status)
{
    (void)device;
    (void)status;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetSramEccErrorStatus);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetSramUniqueUncorrectedEccErrorCounts(nvmlDevice_t device, nvmlEccSramUniqueUncorrectedErrorCounts_t *errorCounts)
{
    (void)device;
    (void)errorCounts;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetSramUniqueUncorrectedEccErrorCounts);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetSupportedClocksEventReasons(nvmlDevice_t device, unsigned long long *supportedClocksEventReasons)
{
    (void)device;
    (void)supportedClocksEventReasons;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetSupportedClocksEventReasons);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetSupportedClocksThrottleReasons(nvmlDevice_t device, unsigned long long *supportedClocksThrottleReasons)
{
    (void)device;
    (void)supportedClocksThrottleReasons;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetSupportedClocksThrottleReasons);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetSupportedEventTypes(nvmlDevice_t device, unsigned long long *eventTypes)
{
    (void)device;
    (void)eventTypes;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetSupportedEventTypes);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetSupportedGraphicsClocks(nvmlDevice_t device, unsigned int memoryClockMHz, unsigned int *count, unsigned int *clocksMHz)
{
    (void)device;
    (void)memoryClockMHz;
    (void)count;
    (void)clocksMHz;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetSupportedGraphicsClocks);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetSupportedMemoryClocks(nvmlDevice_t device, unsigned int *count, unsigned int *clocksMHz)
{
    (void)device;
    (void)count;
    (void)clocksMHz;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetSupportedMemoryClocks);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetSupportedPerformanceStates(nvmlDevice_t device, nvmlPstates_t *pstates, unsigned int size)
{
    (void)device;
    (void)pstates;
    (void)size;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetSupportedPerformanceStates);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetSupportedVgpus(nvmlDevice_t device, unsigned int *vgpuCount, nvmlVgpuTypeId_t *vgpuTypeIds)
{
    (void)device;
    (void)vgpuCount;
    (void)vgpuTypeIds;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetSupportedVgpus);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetTargetFanSpeed(nvmlDevice_t device, unsigned int fan, unsigned int *targetSpeed)
{
    (void)device;
    (void)fan;
    (void)targetSpeed;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetTargetFanSpeed);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetTemperature(nvmlDevice_t device, nvmlTemperatureSensors_t sensorType, unsigned int *temp)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin_nvml(&c, QUANTA_NVML_nvmlDeviceGetTemperature);
    quanta__fwd_put(&c, &device, sizeof device);
    quanta__fwd_put(&c, &sensorType, sizeof sensorType);
    quanta__fwd_want(&c, temp != NULL);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_opt(&c, temp, sizeof *temp);
    return quanta__fwd_end_nvml(&c, rc);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetTemperatureThreshold(nvmlDevice_t device, nvmlTemperatureThresholds_t thresholdType, unsigned int *temp)
{
    (void)device;
    (void)thresholdType;
    (void)temp;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetTemperatureThreshold);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetTemperatureV(nvmlDevice_t device, nvmlTemperature_t *temperature)
{
    (void)device;
    (void)temperature;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetTemperatureV);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetThermalSettings(nvmlDevice_t device, unsigned int sensorIndex, nvmlGpuThermalSettings_t *pThermalSettings)
{
    (void)device;
    (void)sensorIndex;
    (void)pThermalSettings;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetThermalSettings);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetTopologyCommonAncestor(nvmlDevice_t device1, nvmlDevice_t device2, nvmlGpuTopologyLevel_t *pathInfo)
{
    (void)device1;
    (void)device2;
    (void)pathInfo;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetTopologyCommonAncestor);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetTopologyNearestGpus(nvmlDevice_t device, nvmlGpuTopologyLevel_t level, unsigned int *count, nvmlDevice_t *deviceArray)
{
    (void)device;
    (void)level;
    (void)count;
    (void)deviceArray;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetTopologyNearestGpus);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetTotalEccErrors(nvmlDevice_t device, nvmlMemoryErrorType_t errorType, nvmlEccCounterType_t counterType, unsigned long long *eccCounts)
{
    (void)device;
    (void)errorType;
    (void)counterType;
    (void)eccCounts;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetTotalEccErrors);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetTotalEnergyConsumption(nvmlDevice_t device, unsigned long long *energy)
{
    (void)device;
    (void)energy;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetTotalEnergyConsumption);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetUUID(nvmlDevice_t device, char *uuid, unsigned int length)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin_nvml(&c, QUANTA_NVML_nvmlDeviceGetUUID);
    quanta__fwd_put(&c, &device, sizeof device);
    quanta__fwd_want(&c, uuid != NULL);
    quanta__fwd_put(&c, &length, sizeof length);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_buf(&c, uuid, (uint64_t)(length));
    return quanta__fwd_end_nvml(&c, rc);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetUtilizationRates(nvmlDevice_t device, nvmlUtilization_t *utilization)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin_nvml(&c, QUANTA_NVML_nvmlDeviceGetUtilizationRates);
    quanta__fwd_put(&c, &device, sizeof device);
    quanta__fwd_want(&c, utilization != NULL);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_opt(&c, utilization, sizeof *utilization);
    return quanta__fwd_end_nvml(&c, rc);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetVbiosVersion(nvmlDevice_t device, char *version, unsigned int length)
{
    (void)device;
    (void)version;
    (void)length;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetVbiosVersion);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetVgpuCapabilities(nvmlDevice_t device, nvmlDeviceVgpuCapability_t capability, unsigned int *capResult)
{
    (void)device;
    (void)capability;
    (void)capResult;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetVgpuCapabilities);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetVgpuHeterogeneousMode(nvmlDevice_t device, nvmlVgpuHeterogeneousMode_t *pHeterogeneousMode)
{
    (void)device;
    (void)pHeterogeneousMode;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetVgpuHeterogeneousMode);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetVgpuInstancesUtilizationInfo(nvmlDevice_t device, nvmlVgpuInstancesUtilizationInfo_t *vgpuUtilInfo)
{
    (void)device;
    (void)vgpuUtilInfo;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetVgpuInstancesUtilizationInfo);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetVgpuMetadata(nvmlDevice_t device, nvmlVgpuPgpuMetadata_t *pgpuMetadata, unsigned int *bufferSize)
{
    (void)device;
    (void)pgpuMetadata;
    (void)bufferSize;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetVgpuMetadata);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetVgpuProcessUtilization(nvmlDevice_t device, unsigned long long lastSeenTimeStamp, unsigned int *vgpuProcessSamplesCount, nvmlVgpuProcessUtilizationSample_t *utilizationSamples)
{
    (void)device;
    (void)lastSeenTimeStamp;
    (void)vgpuProcessSamplesCount;
    (void)utilizationSamples;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetVgpuProcessUtilization);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetVgpuProcessesUtilizationInfo(nvmlDevice_t device, nvmlVgpuProcessesUtilizationInfo_t *vgpuProcUtilInfo)
{
    (void)device;
    (void)vgpuProcUtilInfo;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetVgpuProcessesUtilizationInfo);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetVgpuSchedulerCapabilities(nvmlDevice_t device, nvmlVgpuSchedulerCapabilities_t *pCapabilities)
{
    (void)device;
    (void)pCapabilities;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetVgpuSchedulerCapabilities);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetVgpuSchedulerLog(nvmlDevice_t device, nvmlVgpuSchedulerLog_t *pSchedulerLog)
{
    (void)device;
    (void)pSchedulerLog;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetVgpuSchedulerLog);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetVgpuSchedulerState(nvmlDevice_t device, nvmlVgpuSchedulerGetState_t *pSchedulerState)
{
    (void)device;
    (void)pSchedulerState;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetVgpuSchedulerState);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetVgpuTypeCreatablePlacements(nvmlDevice_t device, nvmlVgpuTypeId_t vgpuTypeId, nvmlVgpuPlacementList_t *pPlacementList)
{
    (void)device;
    (void)vgpuTypeId;
    (void)pPlacementList;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetVgpuTypeCreatablePlacements);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetVgpuTypeSupportedPlacements(nvmlDevice_t device, nvmlVgpuTypeId_t vgpuTypeId, nvmlVgpuPlacementList_t *pPlacementList)
{
    (void)device;
    (void)vgpuTypeId;
    (void)pPlacementList;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetVgpuTypeSupportedPlacements);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetVgpuUtilization(nvmlDevice_t device, unsigned long long lastSeenTimeStamp, nvmlValueType_t *sampleValType, unsigned int *vgpuInstanceSamplesCount, nvmlVgpuInstanceUtilizationSample_t *utilizationSamples)
{
    (void)device;
    (void)lastSeenTimeStamp;
    (void)sampleValType;
    (void)vgpuInstanceSamplesCount;
    (void)utilizationSamples;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetVgpuUtilization);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetViolationStatus(nvmlDevice_t device, nvmlPerfPolicyType_t perfPolicyType, nvmlViolationTime_t *violTime)
{
    (void)device;
    (void)perfPolicyType;
    (void)violTime;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetViolationStatus);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceGetVirtualizationMode(nvmlDevice_t device, nvmlGpuVirtualizationMode_t *pVirtualMode)
{
    (void)device;
    (void)pVirtualMode;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceGetVirtualizationMode);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceIsMigDeviceHandle(nvmlDevice_t device, unsigned int *isMigDevice)
{
    (void)device;
    (void)isMigDevice;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceIsMigDeviceHandle);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceModifyDrainState(nvmlPciInfo_t *pciInfo, nvmlEnableState_t newState)
{
    (void)pciInfo;
    (void)newState;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceModifyDrainState);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceOnSameBoard(nvmlDevice_t device1, nvmlDevice_t device2, int *onSameBoard)
{
    (void)device1;
    (void)device2;
    (void)onSameBoard;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceOnSameBoard);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDevicePowerSmoothingActivatePresetProfile(nvmlDevice_t device, nvmlPowerSmoothingProfile_t *profile)
{
    (void)device;
    (void)profile;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDevicePowerSmoothingActivatePresetProfile);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDevicePowerSmoothingSetState(nvmlDevice_t device, nvmlPowerSmoothingState_t *state)
{
    (void)device;
    (void)state;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDevicePowerSmoothingSetState);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDevicePowerSmoothingUpdatePresetProfileParam(nvmlDevice_t device, nvmlPowerSmoothingProfile_t *profile)
{
    (void)device;
    (void)profile;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDevicePowerSmoothingUpdatePresetProfileParam);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceQueryDrainState(nvmlPciInfo_t *pciInfo, nvmlEnableState_t *currentState)
{
    (void)pciInfo;
    (void)currentState;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceQueryDrainState);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceReadWritePRM_v1(nvmlDevice_t device, nvmlPRMTLV_v1_t *buffer)
{
    (void)device;
    (void)buffer;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceReadWritePRM_v1);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceRegisterEvents(nvmlDevice_t device, unsigned long long eventTypes, nvmlEventSet_t set)
{
    (void)device;
    (void)eventTypes;
    (void)set;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceRegisterEvents);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceRemoveGpu(nvmlPciInfo_t *pciInfo)
{
    (void)pciInfo;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceRemoveGpu);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceRemoveGpu_v2(nvmlPciInfo_t *pciInfo, nvmlDetachGpuState_t gpuState, nvmlPcieLinkState_t linkState)
{
    (void)pciInfo;
    (void)gpuState;
    (void)linkState;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceRemoveGpu_v2);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceResetApplicationsClocks(nvmlDevice_t device)
{
    (void)device;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceResetApplicationsClocks);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceResetGpuLockedClocks(nvmlDevice_t device)
{
    (void)device;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceResetGpuLockedClocks);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceResetMemoryLockedClocks(nvmlDevice_t device)
{
    (void)device;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceResetMemoryLockedClocks);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceResetNvLinkErrorCounters(nvmlDevice_t device, unsigned int link)
{
    (void)device;
    (void)link;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceResetNvLinkErrorCounters);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceResetNvLinkUtilizationCounter(nvmlDevice_t device, unsigned int link, unsigned int counter)
{
    (void)device;
    (void)link;
    (void)counter;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceResetNvLinkUtilizationCounter);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceSetAPIRestriction(nvmlDevice_t device, nvmlRestrictedAPI_t apiType, nvmlEnableState_t isRestricted)
{
    (void)device;
    (void)apiType;
    (void)isRestricted;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceSetAPIRestriction);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceSetAccountingMode(nvmlDevice_t device, nvmlEnableState_t mode)
{
    (void)device;
    (void)mode;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceSetAccountingMode);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceSetApplicationsClocks(nvmlDevice_t device, unsigned int memClockMHz, unsigned int graphicsClockMHz)
{
    (void)device;
    (void)memClockMHz;
    (void)graphicsClockMHz;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceSetApplicationsClocks);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceSetAutoBoostedClocksEnabled(nvmlDevice_t device, nvmlEnableState_t enabled)
{
    (void)device;
    (void)enabled;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceSetAutoBoostedClocksEnabled);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceSetClockOffsets(nvmlDevice_t device, nvmlClockOffset_t *info)
{
    (void)device;
    (void)info;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceSetClockOffsets);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceSetComputeMode(nvmlDevice_t device, nvmlComputeMode_t mode)
{
    (void)device;
    (void)mode;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceSetComputeMode);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceSetConfComputeUnprotectedMemSize(nvmlDevice_t device, unsigned long long sizeKiB)
{
    (void)device;
    (void)sizeKiB;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceSetConfComputeUnprotectedMemSize);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceSetCpuAffinity(nvmlDevice_t device)
{
    (void)device;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceSetCpuAffinity);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceSetDefaultAutoBoostedClocksEnabled(nvmlDevice_t device, nvmlEnableState_t enabled, unsigned int flags)
{
    (void)device;
    (void)enabled;
    (void)flags;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceSetDefaultAutoBoostedClocksEnabled);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceSetDefaultFanSpeed_v2(nvmlDevice_t device, unsigned int fan)
{
    (void)device;
    (void)fan;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceSetDefaultFanSpeed_v2);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceSetDramEncryptionMode(nvmlDevice_t device, const nvmlDramEncryptionInfo_t *dramEncryption)
{
    (void)device;
    (void)dramEncryption;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceSetDramEncryptionMode);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceSetDriverModel(nvmlDevice_t device, nvmlDriverModel_t driverModel, unsigned int flags)
{
    (void)device;
    (void)driverModel;
    (void)flags;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceSetDriverModel);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceSetEccMode(nvmlDevice_t device, nvmlEnableState_t ecc)
{
    (void)device;
    (void)ecc;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceSetEccMode);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceSetFanControlPolicy(nvmlDevice_t device, unsigned int fan, nvmlFanControlPolicy_t policy)
{
    (void)device;
    (void)fan;
    (void)policy;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceSetFanControlPolicy);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceSetFanSpeed_v2(nvmlDevice_t device, unsigned int fan, unsigned int speed)
{
    (void)device;
    (void)fan;
    (void)speed;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceSetFanSpeed_v2);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceSetGpcClkVfOffset(nvmlDevice_t device, int offset)
{
    (void)device;
    (void)offset;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceSetGpcClkVfOffset);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceSetGpuLockedClocks(nvmlDevice_t device, unsigned int minGpuClockMHz, unsigned int maxGpuClockMHz)
{
    (void)device;
    (void)minGpuClockMHz;
    (void)maxGpuClockMHz;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceSetGpuLockedClocks);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceSetGpuOperationMode(nvmlDevice_t device, nvmlGpuOperationMode_t mode)
{
    (void)device;
    (void)mode;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceSetGpuOperationMode);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceSetHostname_v1(nvmlDevice_t device, nvmlHostname_v1_t *hostname)
{
    (void)device;
    (void)hostname;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceSetHostname_v1);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceSetMemClkVfOffset(nvmlDevice_t device, int offset)
{
    (void)device;
    (void)offset;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceSetMemClkVfOffset);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceSetMemoryLockedClocks(nvmlDevice_t device, unsigned int minMemClockMHz, unsigned int maxMemClockMHz)
{
    (void)device;
    (void)minMemClockMHz;
    (void)maxMemClockMHz;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceSetMemoryLockedClocks);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceSetMigMode(nvmlDevice_t device, unsigned int mode, nvmlReturn_t *activationStatus)
{
    (void)device;
    (void)mode;
    (void)activationStatus;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceSetMigMode);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceSetNvLinkDeviceLowPowerThreshold(nvmlDevice_t device, nvmlNvLinkPowerThres_t *info)
{
    (void)device;
    (void)info;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceSetNvLinkDeviceLowPowerThreshold);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceSetNvLinkUtilizationControl(nvmlDevice_t device, unsigned int link, unsigned int counter, nvmlNvLinkUtilizationControl_t *control, unsigned int reset)
{
    (void)device;
    (void)link;
    (void)counter;
    (void)control;
    (void)reset;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceSetNvLinkUtilizationControl);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceSetNvlinkBwMode(nvmlDevice_t device, nvmlNvlinkSetBwMode_t *setBwMode)
{
    (void)device;
    (void)setBwMode;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceSetNvlinkBwMode);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceSetPersistenceMode(nvmlDevice_t device, nvmlEnableState_t mode)
{
    (void)device;
    (void)mode;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceSetPersistenceMode);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceSetPowerManagementLimit(nvmlDevice_t device, unsigned int limit)
{
    (void)device;
    (void)limit;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceSetPowerManagementLimit);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceSetPowerManagementLimit_v2(nvmlDevice_t device, nvmlPowerValue_v2_t *powerValue)
{
    (void)device;
    (void)powerValue;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceSetPowerManagementLimit_v2);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceSetPowerMizerMode_v1(nvmlDevice_t device, nvmlDevicePowerMizerModes_v1_t *powerMizerMode)
{
    (void)device;
    (void)powerMizerMode;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceSetPowerMizerMode_v1);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceSetTemperatureThreshold(nvmlDevice_t device, nvmlTemperatureThresholds_t thresholdType, int *temp)
{
    (void)device;
    (void)thresholdType;
    (void)temp;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceSetTemperatureThreshold);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceSetVgpuCapabilities(nvmlDevice_t device, nvmlDeviceVgpuCapability_t capability, nvmlEnableState_t state)
{
    (void)device;
    (void)capability;
    (void)state;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceSetVgpuCapabilities);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceSetVgpuHeterogeneousMode(nvmlDevice_t device, const nvmlVgpuHeterogeneousMode_t *pHeterogeneousMode)
{
    (void)device;
    (void)pHeterogeneousMode;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceSetVgpuHeterogeneousMode);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceSetVgpuSchedulerState(nvmlDevice_t device, nvmlVgpuSchedulerSetState_t *pSchedulerState)
{
    (void)device;
    (void)pSchedulerState;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceSetVgpuSchedulerState);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceSetVirtualizationMode(nvmlDevice_t device, nvmlGpuVirtualizationMode_t virtualMode)
{
    (void)device;
    (void)virtualMode;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceSetVirtualizationMode);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceValidateInforom(nvmlDevice_t device)
{
    (void)device;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceValidateInforom);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceWorkloadPowerProfileClearRequestedProfiles(nvmlDevice_t device, nvmlWorkloadPowerProfileRequestedProfiles_t *requestedProfiles)
{
    (void)device;
    (void)requestedProfiles;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceWorkloadPowerProfileClearRequestedProfiles);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceWorkloadPowerProfileGetCurrentProfiles(nvmlDevice_t device, nvmlWorkloadPowerProfileCurrentProfiles_t *currentProfiles)
{
    (void)device;
    (void)currentProfiles;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceWorkloadPowerProfileGetCurrentProfiles);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceWorkloadPowerProfileGetProfilesInfo(nvmlDevice_t device, nvmlWorkloadPowerProfileProfilesInfo_t *profilesInfo)
{
    (void)device;
    (void)profilesInfo;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceWorkloadPowerProfileGetProfilesInfo);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlDeviceWorkloadPowerProfileSetRequestedProfiles(nvmlDevice_t device, nvmlWorkloadPowerProfileRequestedProfiles_t *requestedProfiles)
{
    (void)device;
    (void)requestedProfiles;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlDeviceWorkloadPowerProfileSetRequestedProfiles);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlEventSetCreate(nvmlEventSet_t *set)
{
    (void)set;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlEventSetCreate);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlEventSetFree(nvmlEventSet_t set)
{
    (void)set;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlEventSetFree);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlEventSetWait(nvmlEventSet_t set, nvmlEventData_t *data, unsigned int timeoutms)
{
    (void)set;
    (void)data;
    (void)timeoutms;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlEventSetWait);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlEventSetWait_v2(nvmlEventSet_t set, nvmlEventData_t *data, unsigned int timeoutms)
{
    (void)set;
    (void)data;
    (void)timeoutms;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlEventSetWait_v2);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlGetExcludedDeviceCount(unsigned int *deviceCount)
{
    (void)deviceCount;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlGetExcludedDeviceCount);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlGetExcludedDeviceInfoByIndex(unsigned int index, nvmlExcludedDeviceInfo_t *info)
{
    (void)index;
    (void)info;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlGetExcludedDeviceInfoByIndex);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlGetVgpuCompatibility(nvmlVgpuMetadata_t *vgpuMetadata, nvmlVgpuPgpuMetadata_t *pgpuMetadata, nvmlVgpuPgpuCompatibility_t *compatibilityInfo)
{
    (void)vgpuMetadata;
    (void)pgpuMetadata;
    (void)compatibilityInfo;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlGetVgpuCompatibility);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlGetVgpuDriverCapabilities(nvmlVgpuDriverCapability_t capability, unsigned int *capResult)
{
    (void)capability;
    (void)capResult;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlGetVgpuDriverCapabilities);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlGetVgpuVersion(nvmlVgpuVersion_t *supported, nvmlVgpuVersion_t *current)
{
    (void)supported;
    (void)current;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlGetVgpuVersion);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlGpmMetricsGet(nvmlGpmMetricsGet_t *metricsGet)
{
    (void)metricsGet;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlGpmMetricsGet);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlGpmMigSampleGet(nvmlDevice_t device, unsigned int gpuInstanceId, nvmlGpmSample_t gpmSample)
{
    (void)device;
    (void)gpuInstanceId;
    (void)gpmSample;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlGpmMigSampleGet);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlGpmQueryDeviceSupport(nvmlDevice_t device, nvmlGpmSupport_t *gpmSupport)
{
    (void)device;
    (void)gpmSupport;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlGpmQueryDeviceSupport);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlGpmQueryIfStreamingEnabled(nvmlDevice_t device, unsigned int *state)
{
    (void)device;
    (void)state;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlGpmQueryIfStreamingEnabled);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlGpmSampleAlloc(nvmlGpmSample_t *gpmSample)
{
    (void)gpmSample;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlGpmSampleAlloc);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlGpmSampleFree(nvmlGpmSample_t gpmSample)
{
    (void)gpmSample;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlGpmSampleFree);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlGpmSampleGet(nvmlDevice_t device, nvmlGpmSample_t gpmSample)
{
    (void)device;
    (void)gpmSample;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlGpmSampleGet);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlGpmSetStreamingEnabled(nvmlDevice_t device, unsigned int state)
{
    (void)device;
    (void)state;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlGpmSetStreamingEnabled);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlGpuInstanceCreateComputeInstance(nvmlGpuInstance_t gpuInstance, unsigned int profileId, nvmlComputeInstance_t *computeInstance)
{
    (void)gpuInstance;
    (void)profileId;
    (void)computeInstance;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlGpuInstanceCreateComputeInstance);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlGpuInstanceCreateComputeInstanceWithPlacement(nvmlGpuInstance_t gpuInstance, unsigned int profileId, const nvmlComputeInstancePlacement_t *placement, nvmlComputeInstance_t *computeInstance)
{
    (void)gpuInstance;
    (void)profileId;
    (void)placement;
    (void)computeInstance;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlGpuInstanceCreateComputeInstanceWithPlacement);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlGpuInstanceDestroy(nvmlGpuInstance_t gpuInstance)
{
    (void)gpuInstance;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlGpuInstanceDestroy);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlGpuInstanceGetActiveVgpus(nvmlGpuInstance_t gpuInstance, nvmlActiveVgpuInstanceInfo_t *pVgpuInstanceInfo)
{
    (void)gpuInstance;
    (void)pVgpuInstanceInfo;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlGpuInstanceGetActiveVgpus);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlGpuInstanceGetComputeInstanceById(nvmlGpuInstance_t gpuInstance, unsigned int id, nvmlComputeInstance_t *computeInstance)
{
    (void)gpuInstance;
    (void)id;
    (void)computeInstance;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlGpuInstanceGetComputeInstanceById);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlGpuInstanceGetComputeInstancePossiblePlacements(nvmlGpuInstance_t gpuInstance, unsigned int profileId, nvmlComputeInstancePlacement_t *placements, unsigned int *count)
{
    (void)gpuInstance;
    (void)profileId;
    (void)placements;
    (void)count;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlGpuInstanceGetComputeInstancePossiblePlacements);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlGpuInstanceGetComputeInstanceProfileInfo(nvmlGpuInstance_t gpuInstance, unsigned int profile, unsigned int engProfile, nvmlComputeInstanceProfileInfo_t *info)
{
    (void)gpuInstance;
    (void)profile;
    (void)engProfile;
    (void)info;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlGpuInstanceGetComputeInstanceProfileInfo);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlGpuInstanceGetComputeInstanceProfileInfoV(nvmlGpuInstance_t gpuInstance, unsigned int profile, unsigned int engProfile, nvmlComputeInstanceProfileInfo_v2_t *info)
{
    (void)gpuInstance;
    (void)profile;
    (void)engProfile;
    (void)info;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlGpuInstanceGetComputeInstanceProfileInfoV);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlGpuInstanceGetComputeInstanceRemainingCapacity(nvmlGpuInstance_t gpuInstance, unsigned int profileId, unsigned int *count)
{
    (void)gpuInstance;
    (void)profileId;
    (void)count;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlGpuInstanceGetComputeInstanceRemainingCapacity);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlGpuInstanceGetComputeInstances(nvmlGpuInstance_t gpuInstance, unsigned int profileId, nvmlComputeInstance_t *computeInstances, unsigned int *count)
{
    (void)gpuInstance;
    (void)profileId;
    (void)computeInstances;
    (void)count;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlGpuInstanceGetComputeInstances);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlGpuInstanceGetCreatableVgpus(nvmlGpuInstance_t gpuInstance, nvmlVgpuTypeIdInfo_t *pVgpus)
{
    (void)gpuInstance;
    (void)pVgpus;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlGpuInstanceGetCreatableVgpus);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlGpuInstanceGetInfo(nvmlGpuInstance_t gpuInstance, nvmlGpuInstanceInfo_t *info)
{
    (void)gpuInstance;
    (void)info;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlGpuInstanceGetInfo);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlGpuInstanceGetVgpuHeterogeneousMode(nvmlGpuInstance_t gpuInstance, nvmlVgpuHeterogeneousMode_t *pHeterogeneousMode)
{
    (void)gpuInstance;
    (void)pHeterogeneousMode;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlGpuInstanceGetVgpuHeterogeneousMode);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlGpuInstanceGetVgpuSchedulerLog(nvmlGpuInstance_t gpuInstance, nvmlVgpuSchedulerLogInfo_t *pSchedulerLogInfo)
{
    (void)gpuInstance;
    (void)pSchedulerLogInfo;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlGpuInstanceGetVgpuSchedulerLog);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlGpuInstanceGetVgpuSchedulerState(nvmlGpuInstance_t gpuInstance, nvmlVgpuSchedulerStateInfo_t *pSchedulerStateInfo)
{
    (void)gpuInstance;
    (void)pSchedulerStateInfo;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlGpuInstanceGetVgpuSchedulerState);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlGpuInstanceGetVgpuTypeCreatablePlacements(nvmlGpuInstance_t gpuInstance, nvmlVgpuCreatablePlacementInfo_t *pCreatablePlacementInfo)
{
    (void)gpuInstance;
    (void)pCreatablePlacementInfo;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlGpuInstanceGetVgpuTypeCreatablePlacements);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlGpuInstanceSetVgpuHeterogeneousMode(nvmlGpuInstance_t gpuInstance, const nvmlVgpuHeterogeneousMode_t *pHeterogeneousMode)
{
    (void)gpuInstance;
    (void)pHeterogeneousMode;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlGpuInstanceSetVgpuHeterogeneousMode);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlGpuInstanceSetVgpuSchedulerState(nvmlGpuInstance_t gpuInstance, nvmlVgpuSchedulerState_t *pScheduler)
{
    (void)gpuInstance;
    (void)pScheduler;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlGpuInstanceSetVgpuSchedulerState);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlInit(void)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin_nvml(&c, QUANTA_NVML_nvmlInit);
    CUresult rc = quanta__fwd_sync(&c);
    return quanta__fwd_end_nvml(&c, rc);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlInit_v2(void)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin_nvml(&c, QUANTA_NVML_nvmlInit_v2);
    CUresult rc = quanta__fwd_sync(&c);
    return quanta__fwd_end_nvml(&c, rc);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlInitWithFlags(unsigned int flags)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin_nvml(&c, QUANTA_NVML_nvmlInitWithFlags);
    quanta__fwd_put(&c, &flags, sizeof flags);
    CUresult rc = quanta__fwd_sync(&c);
    return quanta__fwd_end_nvml(&c, rc);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlInternalGetExportTable(const void **ppExportTable, const void *pExportTableId)
{
    (void)ppExportTable;
    (void)pExportTableId;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlInternalGetExportTable);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlSetVgpuVersion(nvmlVgpuVersion_t *vgpuVersion)
{
    (void)vgpuVersion;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlSetVgpuVersion);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlShutdown(void)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin_nvml(&c, QUANTA_NVML_nvmlShutdown);
    CUresult rc = quanta__fwd_sync(&c);
    return quanta__fwd_end_nvml(&c, rc);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlSystemEventSetCreate(nvmlSystemEventSetCreateRequest_t *request)
{
    (void)request;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlSystemEventSetCreate);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlSystemEventSetFree(nvmlSystemEventSetFreeRequest_t *request)
{
    (void)request;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlSystemEventSetFree);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlSystemEventSetWait(nvmlSystemEventSetWaitRequest_t *request)
{
    (void)request;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlSystemEventSetWait);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlSystemGetConfComputeCapabilities(nvmlConfComputeSystemCaps_t *capabilities)
{
    (void)capabilities;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlSystemGetConfComputeCapabilities);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlSystemGetConfComputeGpusReadyState(unsigned int *isAcceptingWork)
{
    (void)isAcceptingWork;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlSystemGetConfComputeGpusReadyState);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlSystemGetConfComputeKeyRotationThresholdInfo(nvmlConfComputeGetKeyRotationThresholdInfo_t *pKeyRotationThrInfo)
{
    (void)pKeyRotationThrInfo;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlSystemGetConfComputeKeyRotationThresholdInfo);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlSystemGetConfComputeSettings(nvmlSystemConfComputeSettings_t *settings)
{
    (void)settings;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlSystemGetConfComputeSettings);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlSystemGetConfComputeState(nvmlConfComputeSystemState_t *state)
{
    (void)state;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlSystemGetConfComputeState);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlSystemGetCudaDriverVersion(int *cudaDriverVersion)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin_nvml(&c, QUANTA_NVML_nvmlSystemGetCudaDriverVersion);
    quanta__fwd_want(&c, cudaDriverVersion != NULL);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_opt(&c, cudaDriverVersion, sizeof *cudaDriverVersion);
    return quanta__fwd_end_nvml(&c, rc);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlSystemGetCudaDriverVersion_v2(int *cudaDriverVersion)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin_nvml(&c, QUANTA_NVML_nvmlSystemGetCudaDriverVersion_v2);
    quanta__fwd_want(&c, cudaDriverVersion != NULL);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_opt(&c, cudaDriverVersion, sizeof *cudaDriverVersion);
    return quanta__fwd_end_nvml(&c, rc);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlSystemGetDriverBranch(nvmlSystemDriverBranchInfo_t *branchInfo, unsigned int length)
{
    (void)branchInfo;
    (void)length;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlSystemGetDriverBranch);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlSystemGetDriverVersion(char *version, unsigned int length)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin_nvml(&c, QUANTA_NVML_nvmlSystemGetDriverVersion);
    quanta__fwd_want(&c, version != NULL);
    quanta__fwd_put(&c, &length, sizeof length);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_buf(&c, version, (uint64_t)(length));
    return quanta__fwd_end_nvml(&c, rc);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlSystemGetHicVersion(unsigned int *hwbcCount, nvmlHwbcEntry_t *hwbcEntries)
{
    (void)hwbcCount;
    (void)hwbcEntries;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlSystemGetHicVersion);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlSystemGetNVMLVersion(char *version, unsigned int length)
{
    struct quanta__fwd_call c;
    quanta__fwd_begin_nvml(&c, QUANTA_NVML_nvmlSystemGetNVMLVersion);
    quanta__fwd_want(&c, version != NULL);
    quanta__fwd_put(&c, &length, sizeof length);
    CUresult rc = quanta__fwd_sync(&c);
    quanta__fwd_get_buf(&c, version, (uint64_t)(length));
    return quanta__fwd_end_nvml(&c, rc);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlSystemGetNvlinkBwMode(unsigned int *nvlinkBwMode)
{
    (void)nvlinkBwMode;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlSystemGetNvlinkBwMode);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlSystemGetProcessName(unsigned int pid, char *name, unsigned int length)
{
    (void)pid;
    (void)name;
    (void)length;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlSystemGetProcessName);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlSystemGetTopologyGpuSet(unsigned int cpuNumber, unsigned int *count, nvmlDevice_t *deviceArray)
{
    (void)cpuNumber;
    (void)count;
    (void)deviceArray;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlSystemGetTopologyGpuSet);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlSystemRegisterEvents(nvmlSystemRegisterEventRequest_t *request)
{
    (void)request;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlSystemRegisterEvents);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlSystemSetConfComputeGpusReadyState(unsigned int isAcceptingWork)
{
    (void)isAcceptingWork;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlSystemSetConfComputeGpusReadyState);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlSystemSetConfComputeKeyRotationThresholdInfo(nvmlConfComputeSetKeyRotationThresholdInfo_t *pKeyRotationThrInfo)
{
    (void)pKeyRotationThrInfo;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlSystemSetConfComputeKeyRotationThresholdInfo);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlSystemSetNvlinkBwMode(unsigned int nvlinkBwMode)
{
    (void)nvlinkBwMode;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlSystemSetNvlinkBwMode);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlUnitGetCount(unsigned int *unitCount)
{
    (void)unitCount;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlUnitGetCount);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlUnitGetDevices(nvmlUnit_t unit, unsigned int *deviceCount, nvmlDevice_t *devices)
{
    (void)unit;
    (void)deviceCount;
    (void)devices;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlUnitGetDevices);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlUnitGetFanSpeedInfo(nvmlUnit_t unit, nvmlUnitFanSpeeds_t *fanSpeeds)
{
    (void)unit;
    (void)fanSpeeds;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlUnitGetFanSpeedInfo);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlUnitGetHandleByIndex(unsigned int index, nvmlUnit_t *unit)
{
    (void)index;
    (void)unit;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlUnitGetHandleByIndex);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlUnitGetLedState(nvmlUnit_t unit, nvmlLedState_t *state)
{
    (void)unit;
    (void)state;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlUnitGetLedState);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlUnitGetPsuInfo(nvmlUnit_t unit, nvmlPSUInfo_t *psu)
{
    (void)unit;
    (void)psu;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlUnitGetPsuInfo);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlUnitGetTemperature(nvmlUnit_t unit, unsigned int type, unsigned int *temp)
{
    (void)unit;
    (void)type;
    (void)temp;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlUnitGetTemperature);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlUnitGetUnitInfo(nvmlUnit_t unit, nvmlUnitInfo_t *info)
{
    (void)unit;
    (void)info;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlUnitGetUnitInfo);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlUnitSetLedState(nvmlUnit_t unit, nvmlLedColor_t color)
{
    (void)unit;
    (void)color;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlUnitSetLedState);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlVgpuInstanceClearAccountingPids(nvmlVgpuInstance_t vgpuInstance)
{
    (void)vgpuInstance;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlVgpuInstanceClearAccountingPids);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlVgpuInstanceGetAccountingMode(nvmlVgpuInstance_t vgpuInstance, nvmlEnableState_t *mode)
{
    (void)vgpuInstance;
    (void)mode;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlVgpuInstanceGetAccountingMode);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlVgpuInstanceGetAccountingPids(nvmlVgpuInstance_t vgpuInstance, unsigned int *count, unsigned int *pids)
{
    (void)vgpuInstance;
    (void)count;
    (void)pids;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlVgpuInstanceGetAccountingPids);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlVgpuInstanceGetAccountingStats(nvmlVgpuInstance_t vgpuInstance, unsigned int pid, nvmlAccountingStats_t *stats)
{
    (void)vgpuInstance;
    (void)pid;
    (void)stats;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlVgpuInstanceGetAccountingStats);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlVgpuInstanceGetEccMode(nvmlVgpuInstance_t vgpuInstance, nvmlEnableState_t *eccMode)
{
    (void)vgpuInstance;
    (void)eccMode;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlVgpuInstanceGetEccMode);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlVgpuInstanceGetEncoderCapacity(nvmlVgpuInstance_t vgpuInstance, unsigned int *encoderCapacity)
{
    (void)vgpuInstance;
    (void)encoderCapacity;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlVgpuInstanceGetEncoderCapacity);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlVgpuInstanceGetEncoderSessions(nvmlVgpuInstance_t vgpuInstance, unsigned int *sessionCount, nvmlEncoderSessionInfo_t *sessionInfo)
{
    (void)vgpuInstance;
    (void)sessionCount;
    (void)sessionInfo;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlVgpuInstanceGetEncoderSessions);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlVgpuInstanceGetEncoderStats(nvmlVgpuInstance_t vgpuInstance, unsigned int *sessionCount, unsigned int *averageFps, unsigned int *averageLatency)
{
    (void)vgpuInstance;
    (void)sessionCount;
    (void)averageFps;
    (void)averageLatency;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlVgpuInstanceGetEncoderStats);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlVgpuInstanceGetFBCSessions(nvmlVgpuInstance_t vgpuInstance, unsigned int *sessionCount, nvmlFBCSessionInfo_t *sessionInfo)
{
    (void)vgpuInstance;
    (void)sessionCount;
    (void)sessionInfo;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlVgpuInstanceGetFBCSessions);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlVgpuInstanceGetFBCStats(nvmlVgpuInstance_t vgpuInstance, nvmlFBCStats_t *fbcStats)
{
    (void)vgpuInstance;
    (void)fbcStats;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlVgpuInstanceGetFBCStats);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlVgpuInstanceGetFbUsage(nvmlVgpuInstance_t vgpuInstance, unsigned long long *fbUsage)
{
    (void)vgpuInstance;
    (void)fbUsage;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlVgpuInstanceGetFbUsage);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlVgpuInstanceGetFrameRateLimit(nvmlVgpuInstance_t vgpuInstance, unsigned int *frameRateLimit)
{
    (void)vgpuInstance;
    (void)frameRateLimit;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlVgpuInstanceGetFrameRateLimit);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlVgpuInstanceGetGpuInstanceId(nvmlVgpuInstance_t vgpuInstance, unsigned int *gpuInstanceId)
{
    (void)vgpuInstance;
    (void)gpuInstanceId;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlVgpuInstanceGetGpuInstanceId);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlVgpuInstanceGetGpuPciId(nvmlVgpuInstance_t vgpuInstance, char *vgpuPciId, unsigned int *length)
{
    (void)vgpuInstance;
    (void)vgpuPciId;
    (void)length;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlVgpuInstanceGetGpuPciId);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlVgpuInstanceGetLicenseInfo(nvmlVgpuInstance_t vgpuInstance, nvmlVgpuLicenseInfo_t *licenseInfo)
{
    (void)vgpuInstance;
    (void)licenseInfo;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlVgpuInstanceGetLicenseInfo);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlVgpuInstanceGetLicenseInfo_v2(nvmlVgpuInstance_t vgpuInstance, nvmlVgpuLicenseInfo_t *licenseInfo)
{
    (void)vgpuInstance;
    (void)licenseInfo;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlVgpuInstanceGetLicenseInfo_v2);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlVgpuInstanceGetLicenseStatus(nvmlVgpuInstance_t vgpuInstance, unsigned int *licensed)
{
    (void)vgpuInstance;
    (void)licensed;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlVgpuInstanceGetLicenseStatus);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlVgpuInstanceGetMdevUUID(nvmlVgpuInstance_t vgpuInstance, char *mdevUuid, unsigned int size)
{
    (void)vgpuInstance;
    (void)mdevUuid;
    (void)size;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlVgpuInstanceGetMdevUUID);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlVgpuInstanceGetMetadata(nvmlVgpuInstance_t vgpuInstance, nvmlVgpuMetadata_t *vgpuMetadata, unsigned int *bufferSize)
{
    (void)vgpuInstance;
    (void)vgpuMetadata;
    (void)bufferSize;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlVgpuInstanceGetMetadata);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlVgpuInstanceGetPlacementId(nvmlVgpuInstance_t vgpuInstance, nvmlVgpuPlacementId_t *pPlacement)
{
    (void)vgpuInstance;
    (void)pPlacement;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlVgpuInstanceGetPlacementId);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlVgpuInstanceGetRuntimeStateSize(nvmlVgpuInstance_t vgpuInstance, nvmlVgpuRuntimeState_t *pState)
{
    (void)vgpuInstance;
    (void)pState;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlVgpuInstanceGetRuntimeStateSize);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlVgpuInstanceGetType(nvmlVgpuInstance_t vgpuInstance, nvmlVgpuTypeId_t *vgpuTypeId)
{
    (void)vgpuInstance;
    (void)vgpuTypeId;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlVgpuInstanceGetType);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlVgpuInstanceGetUUID(nvmlVgpuInstance_t vgpuInstance, char *uuid, unsigned int size)
{
    (void)vgpuInstance;
    (void)uuid;
    (void)size;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlVgpuInstanceGetUUID);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlVgpuInstanceGetVmDriverVersion(nvmlVgpuInstance_t vgpuInstance, char *version, unsigned int length)
{
    (void)vgpuInstance;
    (void)version;
    (void)length;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlVgpuInstanceGetVmDriverVersion);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlVgpuInstanceGetVmID(nvmlVgpuInstance_t vgpuInstance, char *vmId, unsigned int size, nvmlVgpuVmIdType_t *vmIdType)
{
    (void)vgpuInstance;
    (void)vmId;
    (void)size;
    (void)vmIdType;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlVgpuInstanceGetVmID);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlVgpuInstanceSetEncoderCapacity(nvmlVgpuInstance_t vgpuInstance, unsigned int encoderCapacity)
{
    (void)vgpuInstance;
    (void)encoderCapacity;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlVgpuInstanceSetEncoderCapacity);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlVgpuTypeGetBAR1Info(nvmlVgpuTypeId_t vgpuTypeId, nvmlVgpuTypeBar1Info_t *bar1Info)
{
    (void)vgpuTypeId;
    (void)bar1Info;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlVgpuTypeGetBAR1Info);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlVgpuTypeGetCapabilities(nvmlVgpuTypeId_t vgpuTypeId, nvmlVgpuCapability_t capability, unsigned int *capResult)
{
    (void)vgpuTypeId;
    (void)capability;
    (void)capResult;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlVgpuTypeGetCapabilities);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlVgpuTypeGetClass(nvmlVgpuTypeId_t vgpuTypeId, char *vgpuTypeClass, unsigned int *size)
{
    (void)vgpuTypeId;
    (void)vgpuTypeClass;
    (void)size;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlVgpuTypeGetClass);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlVgpuTypeGetDeviceID(nvmlVgpuTypeId_t vgpuTypeId, unsigned long long *deviceID, unsigned long long *subsystemID)
{
    (void)vgpuTypeId;
    (void)deviceID;
    (void)subsystemID;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlVgpuTypeGetDeviceID);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlVgpuTypeGetFbReservation(nvmlVgpuTypeId_t vgpuTypeId, unsigned long long *fbReservation)
{
    (void)vgpuTypeId;
    (void)fbReservation;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlVgpuTypeGetFbReservation);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlVgpuTypeGetFrameRateLimit(nvmlVgpuTypeId_t vgpuTypeId, unsigned int *frameRateLimit)
{
    (void)vgpuTypeId;
    (void)frameRateLimit;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlVgpuTypeGetFrameRateLimit);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlVgpuTypeGetFramebufferSize(nvmlVgpuTypeId_t vgpuTypeId, unsigned long long *fbSize)
{
    (void)vgpuTypeId;
    (void)fbSize;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlVgpuTypeGetFramebufferSize);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlVgpuTypeGetGpuInstanceProfileId(nvmlVgpuTypeId_t vgpuTypeId, unsigned int *gpuInstanceProfileId)
{
    (void)vgpuTypeId;
    (void)gpuInstanceProfileId;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlVgpuTypeGetGpuInstanceProfileId);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlVgpuTypeGetGspHeapSize(nvmlVgpuTypeId_t vgpuTypeId, unsigned long long *gspHeapSize)
{
    (void)vgpuTypeId;
    (void)gspHeapSize;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlVgpuTypeGetGspHeapSize);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlVgpuTypeGetLicense(nvmlVgpuTypeId_t vgpuTypeId, char *vgpuTypeLicenseString, unsigned int size)
{
    (void)vgpuTypeId;
    (void)vgpuTypeLicenseString;
    (void)size;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlVgpuTypeGetLicense);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlVgpuTypeGetMaxInstances(nvmlDevice_t device, nvmlVgpuTypeId_t vgpuTypeId, unsigned int *vgpuInstanceCount)
{
    (void)device;
    (void)vgpuTypeId;
    (void)vgpuInstanceCount;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlVgpuTypeGetMaxInstances);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlVgpuTypeGetMaxInstancesPerGpuInstance(nvmlVgpuTypeMaxInstance_t *pMaxInstance)
{
    (void)pMaxInstance;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlVgpuTypeGetMaxInstancesPerGpuInstance);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlVgpuTypeGetMaxInstancesPerVm(nvmlVgpuTypeId_t vgpuTypeId, unsigned int *vgpuInstanceCountPerVm)
{
    (void)vgpuTypeId;
    (void)vgpuInstanceCountPerVm;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlVgpuTypeGetMaxInstancesPerVm);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlVgpuTypeGetName(nvmlVgpuTypeId_t vgpuTypeId, char *vgpuTypeName, unsigned int *size)
{
    (void)vgpuTypeId;
    (void)vgpuTypeName;
    (void)size;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlVgpuTypeGetName);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlVgpuTypeGetNumDisplayHeads(nvmlVgpuTypeId_t vgpuTypeId, unsigned int *numDisplayHeads)
{
    (void)vgpuTypeId;
    (void)numDisplayHeads;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlVgpuTypeGetNumDisplayHeads);
}

QUANTA__FWD_EXPORT nvmlReturn_t nvmlVgpuTypeGetResolution(nvmlVgpuTypeId_t vgpuTypeId, unsigned int displayIndex, unsigned int *xdim, unsigned int *ydim)
{
    (void)vgpuTypeId;
    (void)displayIndex;
    (void)xdim;
    (void)ydim;
    return quanta__fwd_nvml_unsupported(QUANTA_NVML_nvmlVgpuTypeGetResolution);
}

/* cuGetErrorName's and nvmlErrorString's answers, from the result enums. */
const struct quanta__fwd_error quanta__fwd_errors[] = {
    { 0, "CUDA_SUCCESS" },
    { 1, "CUDA_ERROR_INVALID_VALUE" },
    { 2, "CUDA_ERROR_OUT_OF_MEMORY" },
    { 3, "CUDA_ERROR_NOT_INITIALIZED" },
    { 4, "CUDA_ERROR_DEINITIALIZED" },
    { 5, "CUDA_ERROR_PROFILER_DISABLED" },
    { 6, "CUDA_ERROR_PROFILER_NOT_INITIALIZED" },
    { 7, "CUDA_ERROR_PROFILER_ALREADY_STARTED" },
    { 8, "CUDA_ERROR_PROFILER_ALREADY_STOPPED" },
    { 34, "CUDA_ERROR_STUB_LIBRARY" },
    { 36, "CUDA_ERROR_CALL_REQUIRES_NEWER_DRIVER" },
    { 46, "CUDA_ERROR_DEVICE_UNAVAILABLE" },
    { 100, "CUDA_ERROR_NO_DEVICE" },
    { 101, "CUDA_ERROR_INVALID_DEVICE" },
    { 102, "CUDA_ERROR_DEVICE_NOT_LICENSED" },
    { 200, "CUDA_ERROR_INVALID_IMAGE" },
    { 201, "CUDA_ERROR_INVALID_CONTEXT" },
    { 202, "CUDA_ERROR_CONTEXT_ALREADY_CURRENT" },
    { 205, "CUDA_ERROR_MAP_FAILED" },
    { 206, "CUDA_ERROR_UNMAP_FAILED" },
    { 207, "CUDA_ERROR_ARRAY_IS_MAPPED" },
    { 208, "CUDA_ERROR_ALREADY_MAPPED" },
    { 209, "CUDA_ERROR_NO_BINARY_FOR_GPU" },
    { 210, "CUDA_ERROR_ALREADY_ACQUIRED" },
    { 211, "CUDA_ERROR_NOT_MAPPED" },
    { 212, "CUDA_ERROR_NOT_MAPPED_AS_ARRAY" },
    { 213, "CUDA_ERROR_NOT_MAPPED_AS_POINTER" },
    { 214, "CUDA_ERROR_ECC_UNCORRECTABLE" },
    { 215, "CUDA_ERROR_UNSUPPORTED_LIMIT" },
    { 216, "CUDA_ERROR_CONTEXT_ALREADY_IN_USE" },
    { 217, "CUDA_ERROR_PEER_ACCESS_UNSUPPORTED" },
    { 218, "CUDA_ERROR_INVALID_PTX" },
    { 219, "CUDA_ERROR_INVALID_GRAPHICS_CONTEXT" },
    { 220, "CUDA_ERROR_NVLINK_UNCORRECTABLE" },
    { 221, "CUDA_ERROR_JIT_COMPILER_NOT_FOUND" },
    { 222, "CUDA_ERROR_UNSUPPORTED_PTX_VERSION" },
    { 223, "CUDA_ERROR_JIT_COMPILATION_DISABLED" },
    { 224, "CUDA_ERROR_UNSUPPORTED_EXEC_AFFINITY" },
    { 225, "CUDA_ERROR_UNSUPPORTED_DEVSIDE_SYNC" },
    { 226, "CUDA_ERROR_CONTAINED" },
    { 300, "CUDA_ERROR_INVALID_SOURCE" },
    { 301, "CUDA_ERROR_FILE_NOT_FOUND" },
    { 302, "CUDA_ERROR_SHARED_OBJECT_SYMBOL_NOT_FOUND" },
    { 303, "CUDA_ERROR_SHARED_OBJECT_INIT_FAILED" },
    { 304, "CUDA_ERROR_OPERATING_SYSTEM" },
    { 400, "CUDA_ERROR_INVALID_HANDLE" },
    { 401, "CUDA_ERROR_ILLEGAL_STATE" },
    { 402, "CUDA_ERROR_LOSSY_QUERY" },
    { 500, "CUDA_ERROR_NOT_FOUND" },
    { 600, "CUDA_ERROR_NOT_READY" },
    { 700, "CUDA_ERROR_ILLEGAL_ADDRESS" },
    { 701, "CUDA_ERROR_LAUNCH_OUT_OF_RESOURCES" },
    { 702, "CUDA_ERROR_LAUNCH_TIMEOUT" },
    { 703, "CUDA_ERROR_LAUNCH_INCOMPATIBLE_TEXTURING" },
    { 704, "CUDA_ERROR_PEER_ACCESS_ALREADY_ENABLED" },
    { 705, "CUDA_ERROR_PEER_ACCESS_NOT_ENABLED" },
    { 708, "CUDA_ERROR_PRIMARY_CONTEXT_ACTIVE" },
    { 709, "CUDA_ERROR_CONTEXT_IS_DESTROYED" },
    { 710, "CUDA_ERROR_ASSERT" },
    { 711, "CUDA_ERROR_TOO_MANY_PEERS" },
    { 712, "CUDA_ERROR_HOST_MEMORY_ALREADY_REGISTERED" },
    { 713, "CUDA_ERROR_HOST_MEMORY_NOT_REGISTERED" },
    { 714, "CUDA_ERROR_HARDWARE_STACK_ERROR" },
    { 715, "CUDA_ERROR_ILLEGAL_INSTRUCTION" },
    { 716, "CUDA_ERROR_MISALIGNED_ADDRESS" },
    { 717, "CUDA_ERROR_INVALID_ADDRESS_SPACE" },
    { 718, "CUDA_ERROR_INVALID_PC" },
    { 719, "CUDA_ERROR_LAUNCH_FAILED" },
    { 720, "CUDA_ERROR_COOPERATIVE_LAUNCH_TOO_LARGE" },
    { 721, "CUDA_ERROR_TENSOR_MEMORY_LEAK" },
    { 800, "CUDA_ERROR_NOT_PERMITTED" },
    { 801, "CUDA_ERROR_NOT_SUPPORTED" },
    { 802, "CUDA_ERROR_SYSTEM_NOT_READY" },
    { 803, "CUDA_ERROR_SYSTEM_DRIVER_MISMATCH" },
    { 804, "CUDA_ERROR_COMPAT_NOT_SUPPORTED_ON_DEVICE" },
    { 805, "CUDA_ERROR_MPS_CONNECTION_FAILED" },
    { 806, "CUDA_ERROR_MPS_RPC_FAILURE" },
    { 807, "CUDA_ERROR_MPS_SERVER_NOT_READY" },
    { 808, "CUDA_ERROR_MPS_MAX_CLIENTS_REACHED" },
    { 809, "CUDA_ERROR_MPS_MAX_CONNECTIONS_REACHED" },
    { 810, "CUDA_ERROR_MPS_CLIENT_TERMINATED" },
    { 811, "CUDA_ERROR_CDP_NOT_SUPPORTED" },
    { 812, "CUDA_ERROR_CDP_VERSION_MISMATCH" },
    { 900, "CUDA_ERROR_STREAM_CAPTURE_UNSUPPORTED" },
    { 901, "CUDA_ERROR_STREAM_CAPTURE_INVALIDATED" },
    { 902, "CUDA_ERROR_STREAM_CAPTURE_MERGE" },
    { 903, "CUDA_ERROR_STREAM_CAPTURE_UNMATCHED" },
    { 904, "CUDA_ERROR_STREAM_CAPTURE_UNJOINED" },
    { 905, "CUDA_ERROR_STREAM_CAPTURE_ISOLATION" },
    { 906, "CUDA_ERROR_STREAM_CAPTURE_IMPLICIT" },
    { 907, "CUDA_ERROR_CAPTURED_EVENT" },
    { 908, "CUDA_ERROR_STREAM_CAPTURE_WRONG_THREAD" },
    { 909, "CUDA_ERROR_TIMEOUT" },
    { 910, "CUDA_ERROR_GRAPH_EXEC_UPDATE_FAILURE" },
    { 911, "CUDA_ERROR_EXTERNAL_DEVICE" },
    { 912, "CUDA_ERROR_INVALID_CLUSTER_SIZE" },
    { 913, "CUDA_ERROR_FUNCTION_NOT_LOADED" },
    { 914, "CUDA_ERROR_INVALID_RESOURCE_TYPE" },
    { 915, "CUDA_ERROR_INVALID_RESOURCE_CONFIGURATION" },
    { 916, "CUDA_ERROR_KEY_ROTATION" },
    { 999, "CUDA_ERROR_UNKNOWN" },
};
const int quanta__fwd_error_count = 101;
const struct quanta__fwd_error quanta__fwd_nvml_errors[] = {
    { 0, "NVML_SUCCESS" },
    { 1, "NVML_ERROR_UNINITIALIZED" },
    { 2, "NVML_ERROR_INVALID_ARGUMENT" },
    { 3, "NVML_ERROR_NOT_SUPPORTED" },
    { 4, "NVML_ERROR_NO_PERMISSION" },
    { 5, "NVML_ERROR_ALREADY_INITIALIZED" },
    { 6, "NVML_ERROR_NOT_FOUND" },
    { 7, "NVML_ERROR_INSUFFICIENT_SIZE" },
    { 8, "NVML_ERROR_INSUFFICIENT_POWER" },
    { 9, "NVML_ERROR_DRIVER_NOT_LOADED" },
    { 10, "NVML_ERROR_TIMEOUT" },
    { 11, "NVML_ERROR_IRQ_ISSUE" },
    { 12, "NVML_ERROR_LIBRARY_NOT_FOUND" },
    { 13, "NVML_ERROR_FUNCTION_NOT_FOUND" },
    { 14, "NVML_ERROR_CORRUPTED_INFOROM" },
    { 15, "NVML_ERROR_GPU_IS_LOST" },
    { 16, "NVML_ERROR_RESET_REQUIRED" },
    { 17, "NVML_ERROR_OPERATING_SYSTEM" },
    { 18, "NVML_ERROR_LIB_RM_VERSION_MISMATCH" },
    { 19, "NVML_ERROR_IN_USE" },
    { 20, "NVML_ERROR_MEMORY" },
    { 21, "NVML_ERROR_NO_DATA" },
    { 22, "NVML_ERROR_VGPU_ECC_NOT_SUPPORTED" },
    { 23, "NVML_ERROR_INSUFFICIENT_RESOURCES" },
    { 24, "NVML_ERROR_FREQ_NOT_SUPPORTED" },
    { 25, "NVML_ERROR_ARGUMENT_VERSION_MISMATCH" },
    { 26, "NVML_ERROR_DEPRECATED" },
    { 27, "NVML_ERROR_NOT_READY" },
    { 28, "NVML_ERROR_GPU_NOT_FOUND" },
    { 29, "NVML_ERROR_INVALID_STATE" },
    { 30, "NVML_ERROR_RESET_TYPE_NOT_SUPPORTED" },
    { 999, "NVML_ERROR_UNKNOWN" },
};
const int quanta__fwd_nvml_error_count = 32;

/* What cuGetProcAddress hands out: the client's own entry points. */
void *const quanta__fwd_fns[QUANTA_CUDA_FN_COUNT] = {
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
