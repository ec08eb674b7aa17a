/* Generated from api/cuda-driver.json by tools/gen (npm run gen -- emit). Do not edit. */
/* The interposer's pass-through wrappers: weak, so that a hand-written hook of the
 * same name (a strong definition) replaces one without any list to keep in step. */
#include "quanta_cuda_api.h"
#include "wrap.h"
#include "gate.h"

static QUANTA__COLD CUresult slow_cuArray3DCreate(CUarray *pHandle, const CUDA_ARRAY3D_DESCRIPTOR_v1 *pAllocateArray)
{
    quanta_cuda_pfn_cuArray3DCreate real = (quanta_cuda_pfn_cuArray3DCreate)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuArray3DCreate);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuArray3DCreate);
    }
    return real(pHandle, pAllocateArray);
}

QUANTA__WRAPPER CUresult cuArray3DCreate(CUarray *pHandle, const CUDA_ARRAY3D_DESCRIPTOR_v1 *pAllocateArray)
{
    quanta_cuda_pfn_cuArray3DCreate real = (quanta_cuda_pfn_cuArray3DCreate)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuArray3DCreate);
    if (__builtin_expect(real != NULL, 1))
        return real(pHandle, pAllocateArray);
    return slow_cuArray3DCreate(pHandle, pAllocateArray);
}

static QUANTA__COLD CUresult slow_cuArray3DCreate_v2(CUarray *pHandle, const CUDA_ARRAY3D_DESCRIPTOR *pAllocateArray)
{
    quanta_cuda_pfn_cuArray3DCreate_v2 real = (quanta_cuda_pfn_cuArray3DCreate_v2)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuArray3DCreate_v2);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuArray3DCreate_v2);
    }
    return real(pHandle, pAllocateArray);
}

QUANTA__WRAPPER CUresult cuArray3DCreate_v2(CUarray *pHandle, const CUDA_ARRAY3D_DESCRIPTOR *pAllocateArray)
{
    quanta_cuda_pfn_cuArray3DCreate_v2 real = (quanta_cuda_pfn_cuArray3DCreate_v2)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuArray3DCreate_v2);
    if (__builtin_expect(real != NULL, 1))
        return real(pHandle, pAllocateArray);
    return slow_cuArray3DCreate_v2(pHandle, pAllocateArray);
}

static QUANTA__COLD CUresult slow_cuArray3DGetDescriptor(CUDA_ARRAY3D_DESCRIPTOR_v1 *pArrayDescriptor, CUarray hArray)
{
    quanta_cuda_pfn_cuArray3DGetDescriptor real = (quanta_cuda_pfn_cuArray3DGetDescriptor)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuArray3DGetDescriptor);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuArray3DGetDescriptor);
    }
    return real(pArrayDescriptor, hArray);
}

QUANTA__WRAPPER CUresult cuArray3DGetDescriptor(CUDA_ARRAY3D_DESCRIPTOR_v1 *pArrayDescriptor, CUarray hArray)
{
    quanta_cuda_pfn_cuArray3DGetDescriptor real = (quanta_cuda_pfn_cuArray3DGetDescriptor)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuArray3DGetDescriptor);
    if (__builtin_expect(real != NULL, 1))
        return real(pArrayDescriptor, hArray);
    return slow_cuArray3DGetDescriptor(pArrayDescriptor, hArray);
}

static QUANTA__COLD CUresult slow_cuArray3DGetDescriptor_v2(CUDA_ARRAY3D_DESCRIPTOR *pArrayDescriptor, CUarray hArray)
{
    quanta_cuda_pfn_cuArray3DGetDescriptor_v2 real = (quanta_cuda_pfn_cuArray3DGetDescriptor_v2)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuArray3DGetDescriptor_v2);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuArray3DGetDescriptor_v2);
    }
    return real(pArrayDescriptor, hArray);
}

QUANTA__WRAPPER CUresult cuArray3DGetDescriptor_v2(CUDA_ARRAY3D_DESCRIPTOR *pArrayDescriptor, CUarray hArray)
{
    quanta_cuda_pfn_cuArray3DGetDescriptor_v2 real = (quanta_cuda_pfn_cuArray3DGetDescriptor_v2)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuArray3DGetDescriptor_v2);
    if (__builtin_expect(real != NULL, 1))
        return real(pArrayDescriptor, hArray);
    return slow_cuArray3DGetDescriptor_v2(pArrayDescriptor, hArray);
}

static QUANTA__COLD CUresult slow_cuArrayCreate(CUarray *pHandle, const CUDA_ARRAY_DESCRIPTOR_v1 *pAllocateArray)
{
    quanta_cuda_pfn_cuArrayCreate real = (quanta_cuda_pfn_cuArrayCreate)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuArrayCreate);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuArrayCreate);
    }
    return real(pHandle, pAllocateArray);
}

QUANTA__WRAPPER CUresult cuArrayCreate(CUarray *pHandle, const CUDA_ARRAY_DESCRIPTOR_v1 *pAllocateArray)
{
    quanta_cuda_pfn_cuArrayCreate real = (quanta_cuda_pfn_cuArrayCreate)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuArrayCreate);
    if (__builtin_expect(real != NULL, 1))
        return real(pHandle, pAllocateArray);
    return slow_cuArrayCreate(pHandle, pAllocateArray);
}

static QUANTA__COLD CUresult slow_cuArrayCreate_v2(CUarray *pHandle, const CUDA_ARRAY_DESCRIPTOR *pAllocateArray)
{
    quanta_cuda_pfn_cuArrayCreate_v2 real = (quanta_cuda_pfn_cuArrayCreate_v2)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuArrayCreate_v2);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuArrayCreate_v2);
    }
    return real(pHandle, pAllocateArray);
}

QUANTA__WRAPPER CUresult cuArrayCreate_v2(CUarray *pHandle, const CUDA_ARRAY_DESCRIPTOR *pAllocateArray)
{
    quanta_cuda_pfn_cuArrayCreate_v2 real = (quanta_cuda_pfn_cuArrayCreate_v2)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuArrayCreate_v2);
    if (__builtin_expect(real != NULL, 1))
        return real(pHandle, pAllocateArray);
    return slow_cuArrayCreate_v2(pHandle, pAllocateArray);
}

static QUANTA__COLD CUresult slow_cuArrayDestroy(CUarray hArray)
{
    quanta_cuda_pfn_cuArrayDestroy real = (quanta_cuda_pfn_cuArrayDestroy)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuArrayDestroy);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuArrayDestroy);
    }
    return real(hArray);
}

QUANTA__WRAPPER CUresult cuArrayDestroy(CUarray hArray)
{
    quanta_cuda_pfn_cuArrayDestroy real = (quanta_cuda_pfn_cuArrayDestroy)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuArrayDestroy);
    if (__builtin_expect(real != NULL, 1))
        return real(hArray);
    return slow_cuArrayDestroy(hArray);
}

static QUANTA__COLD CUresult slow_cuArrayGetDescriptor(CUDA_ARRAY_DESCRIPTOR_v1 *pArrayDescriptor, CUarray hArray)
{
    quanta_cuda_pfn_cuArrayGetDescriptor real = (quanta_cuda_pfn_cuArrayGetDescriptor)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuArrayGetDescriptor);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuArrayGetDescriptor);
    }
    return real(pArrayDescriptor, hArray);
}

QUANTA__WRAPPER CUresult cuArrayGetDescriptor(CUDA_ARRAY_DESCRIPTOR_v1 *pArrayDescriptor, CUarray hArray)
{
    quanta_cuda_pfn_cuArrayGetDescriptor real = (quanta_cuda_pfn_cuArrayGetDescriptor)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuArrayGetDescriptor);
    if (__builtin_expect(real != NULL, 1))
        return real(pArrayDescriptor, hArray);
    return slow_cuArrayGetDescriptor(pArrayDescriptor, hArray);
}

static QUANTA__COLD CUresult slow_cuArrayGetDescriptor_v2(CUDA_ARRAY_DESCRIPTOR *pArrayDescriptor, CUarray hArray)
{
    quanta_cuda_pfn_cuArrayGetDescriptor_v2 real = (quanta_cuda_pfn_cuArrayGetDescriptor_v2)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuArrayGetDescriptor_v2);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuArrayGetDescriptor_v2);
    }
    return real(pArrayDescriptor, hArray);
}

QUANTA__WRAPPER CUresult cuArrayGetDescriptor_v2(CUDA_ARRAY_DESCRIPTOR *pArrayDescriptor, CUarray hArray)
{
    quanta_cuda_pfn_cuArrayGetDescriptor_v2 real = (quanta_cuda_pfn_cuArrayGetDescriptor_v2)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuArrayGetDescriptor_v2);
    if (__builtin_expect(real != NULL, 1))
        return real(pArrayDescriptor, hArray);
    return slow_cuArrayGetDescriptor_v2(pArrayDescriptor, hArray);
}

static QUANTA__COLD CUresult slow_cuArrayGetMemoryRequirements(CUDA_ARRAY_MEMORY_REQUIREMENTS *memoryRequirements, CUarray array, CUdevice device)
{
    quanta_cuda_pfn_cuArrayGetMemoryRequirements real = (quanta_cuda_pfn_cuArrayGetMemoryRequirements)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuArrayGetMemoryRequirements);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuArrayGetMemoryRequirements);
    }
    return real(memoryRequirements, array, device);
}

QUANTA__WRAPPER CUresult cuArrayGetMemoryRequirements(CUDA_ARRAY_MEMORY_REQUIREMENTS *memoryRequirements, CUarray array, CUdevice device)
{
    quanta_cuda_pfn_cuArrayGetMemoryRequirements real = (quanta_cuda_pfn_cuArrayGetMemoryRequirements)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuArrayGetMemoryRequirements);
    if (__builtin_expect(real != NULL, 1))
        return real(memoryRequirements, array, device);
    return slow_cuArrayGetMemoryRequirements(memoryRequirements, array, device);
}

static QUANTA__COLD CUresult slow_cuArrayGetPlane(CUarray *pPlaneArray, CUarray hArray, unsigned int planeIdx)
{
    quanta_cuda_pfn_cuArrayGetPlane real = (quanta_cuda_pfn_cuArrayGetPlane)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuArrayGetPlane);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuArrayGetPlane);
    }
    return real(pPlaneArray, hArray, planeIdx);
}

QUANTA__WRAPPER CUresult cuArrayGetPlane(CUarray *pPlaneArray, CUarray hArray, unsigned int planeIdx)
{
    quanta_cuda_pfn_cuArrayGetPlane real = (quanta_cuda_pfn_cuArrayGetPlane)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuArrayGetPlane);
    if (__builtin_expect(real != NULL, 1))
        return real(pPlaneArray, hArray, planeIdx);
    return slow_cuArrayGetPlane(pPlaneArray, hArray, planeIdx);
}

static QUANTA__COLD CUresult slow_cuArrayGetSparseProperties(CUDA_ARRAY_SPARSE_PROPERTIES *sparseProperties, CUarray array)
{
    quanta_cuda_pfn_cuArrayGetSparseProperties real = (quanta_cuda_pfn_cuArrayGetSparseProperties)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuArrayGetSparseProperties);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuArrayGetSparseProperties);
    }
    return real(sparseProperties, array);
}

QUANTA__WRAPPER CUresult cuArrayGetSparseProperties(CUDA_ARRAY_SPARSE_PROPERTIES *sparseProperties, CUarray array)
{
    quanta_cuda_pfn_cuArrayGetSparseProperties real = (quanta_cuda_pfn_cuArrayGetSparseProperties)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuArrayGetSparseProperties);
    if (__builtin_expect(real != NULL, 1))
        return real(sparseProperties, array);
    return slow_cuArrayGetSparseProperties(sparseProperties, array);
}

static QUANTA__COLD CUresult slow_cuCheckpointProcessCheckpoint(int pid, CUcheckpointCheckpointArgs *args)
{
    quanta_cuda_pfn_cuCheckpointProcessCheckpoint real = (quanta_cuda_pfn_cuCheckpointProcessCheckpoint)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuCheckpointProcessCheckpoint);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuCheckpointProcessCheckpoint);
    }
    return real(pid, args);
}

QUANTA__WRAPPER CUresult cuCheckpointProcessCheckpoint(int pid, CUcheckpointCheckpointArgs *args)
{
    quanta_cuda_pfn_cuCheckpointProcessCheckpoint real = (quanta_cuda_pfn_cuCheckpointProcessCheckpoint)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuCheckpointProcessCheckpoint);
    if (__builtin_expect(real != NULL, 1))
        return real(pid, args);
    return slow_cuCheckpointProcessCheckpoint(pid, args);
}

static QUANTA__COLD CUresult slow_cuCheckpointProcessGetRestoreThreadId(int pid, int *tid)
{
    quanta_cuda_pfn_cuCheckpointProcessGetRestoreThreadId real = (quanta_cuda_pfn_cuCheckpointProcessGetRestoreThreadId)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuCheckpointProcessGetRestoreThreadId);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuCheckpointProcessGetRestoreThreadId);
    }
    return real(pid, tid);
}

QUANTA__WRAPPER CUresult cuCheckpointProcessGetRestoreThreadId(int pid, int *tid)
{
    quanta_cuda_pfn_cuCheckpointProcessGetRestoreThreadId real = (quanta_cuda_pfn_cuCheckpointProcessGetRestoreThreadId)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuCheckpointProcessGetRestoreThreadId);
    if (__builtin_expect(real != NULL, 1))
        return real(pid, tid);
    return slow_cuCheckpointProcessGetRestoreThreadId(pid, tid);
}

static QUANTA__COLD CUresult slow_cuCheckpointProcessGetState(int pid, CUprocessState *state)
{
    quanta_cuda_pfn_cuCheckpointProcessGetState real = (quanta_cuda_pfn_cuCheckpointProcessGetState)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuCheckpointProcessGetState);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuCheckpointProcessGetState);
    }
    return real(pid, state);
}

QUANTA__WRAPPER CUresult cuCheckpointProcessGetState(int pid, CUprocessState *state)
{
    quanta_cuda_pfn_cuCheckpointProcessGetState real = (quanta_cuda_pfn_cuCheckpointProcessGetState)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuCheckpointProcessGetState);
    if (__builtin_expect(real != NULL, 1))
        return real(pid, state);
    return slow_cuCheckpointProcessGetState(pid, state);
}

static QUANTA__COLD CUresult slow_cuCheckpointProcessLock(int pid, CUcheckpointLockArgs *args)
{
    quanta_cuda_pfn_cuCheckpointProcessLock real = (quanta_cuda_pfn_cuCheckpointProcessLock)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuCheckpointProcessLock);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuCheckpointProcessLock);
    }
    return real(pid, args);
}

QUANTA__WRAPPER CUresult cuCheckpointProcessLock(int pid, CUcheckpointLockArgs *args)
{
    quanta_cuda_pfn_cuCheckpointProcessLock real = (quanta_cuda_pfn_cuCheckpointProcessLock)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuCheckpointProcessLock);
    if (__builtin_expect(real != NULL, 1))
        return real(pid, args);
    return slow_cuCheckpointProcessLock(pid, args);
}

static QUANTA__COLD CUresult slow_cuCheckpointProcessRestore(int pid, CUcheckpointRestoreArgs *args)
{
    quanta_cuda_pfn_cuCheckpointProcessRestore real = (quanta_cuda_pfn_cuCheckpointProcessRestore)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuCheckpointProcessRestore);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuCheckpointProcessRestore);
    }
    return real(pid, args);
}

QUANTA__WRAPPER CUresult cuCheckpointProcessRestore(int pid, CUcheckpointRestoreArgs *args)
{
    quanta_cuda_pfn_cuCheckpointProcessRestore real = (quanta_cuda_pfn_cuCheckpointProcessRestore)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuCheckpointProcessRestore);
    if (__builtin_expect(real != NULL, 1))
        return real(pid, args);
    return slow_cuCheckpointProcessRestore(pid, args);
}

static QUANTA__COLD CUresult slow_cuCheckpointProcessUnlock(int pid, CUcheckpointUnlockArgs *args)
{
    quanta_cuda_pfn_cuCheckpointProcessUnlock real = (quanta_cuda_pfn_cuCheckpointProcessUnlock)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuCheckpointProcessUnlock);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuCheckpointProcessUnlock);
    }
    return real(pid, args);
}

QUANTA__WRAPPER CUresult cuCheckpointProcessUnlock(int pid, CUcheckpointUnlockArgs *args)
{
    quanta_cuda_pfn_cuCheckpointProcessUnlock real = (quanta_cuda_pfn_cuCheckpointProcessUnlock)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuCheckpointProcessUnlock);
    if (__builtin_expect(real != NULL, 1))
        return real(pid, args);
    return slow_cuCheckpointProcessUnlock(pid, args);
}

static QUANTA__COLD CUresult slow_cuCoredumpGetAttribute(CUcoredumpSettings attrib, void *value, size_t *size)
{
    quanta_cuda_pfn_cuCoredumpGetAttribute real = (quanta_cuda_pfn_cuCoredumpGetAttribute)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuCoredumpGetAttribute);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuCoredumpGetAttribute);
    }
    return real(attrib, value, size);
}

QUANTA__WRAPPER CUresult cuCoredumpGetAttribute(CUcoredumpSettings attrib, void *value, size_t *size)
{
    quanta_cuda_pfn_cuCoredumpGetAttribute real = (quanta_cuda_pfn_cuCoredumpGetAttribute)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuCoredumpGetAttribute);
    if (__builtin_expect(real != NULL, 1))
        return real(attrib, value, size);
    return slow_cuCoredumpGetAttribute(attrib, value, size);
}

static QUANTA__COLD CUresult slow_cuCoredumpGetAttributeGlobal(CUcoredumpSettings attrib, void *value, size_t *size)
{
    quanta_cuda_pfn_cuCoredumpGetAttributeGlobal real = (quanta_cuda_pfn_cuCoredumpGetAttributeGlobal)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuCoredumpGetAttributeGlobal);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuCoredumpGetAttributeGlobal);
    }
    return real(attrib, value, size);
}

QUANTA__WRAPPER CUresult cuCoredumpGetAttributeGlobal(CUcoredumpSettings attrib, void *value, size_t *size)
{
    quanta_cuda_pfn_cuCoredumpGetAttributeGlobal real = (quanta_cuda_pfn_cuCoredumpGetAttributeGlobal)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuCoredumpGetAttributeGlobal);
    if (__builtin_expect(real != NULL, 1))
        return real(attrib, value, size);
    return slow_cuCoredumpGetAttributeGlobal(attrib, value, size);
}

static QUANTA__COLD CUresult slow_cuCoredumpSetAttribute(CUcoredumpSettings attrib, void *value, size_t *size)
{
    quanta_cuda_pfn_cuCoredumpSetAttribute real = (quanta_cuda_pfn_cuCoredumpSetAttribute)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuCoredumpSetAttribute);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuCoredumpSetAttribute);
    }
    return real(attrib, value, size);
}

QUANTA__WRAPPER CUresult cuCoredumpSetAttribute(CUcoredumpSettings attrib, void *value, size_t *size)
{
    quanta_cuda_pfn_cuCoredumpSetAttribute real = (quanta_cuda_pfn_cuCoredumpSetAttribute)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuCoredumpSetAttribute);
    if (__builtin_expect(real != NULL, 1))
        return real(attrib, value, size);
    return slow_cuCoredumpSetAttribute(attrib, value, size);
}

static QUANTA__COLD CUresult slow_cuCoredumpSetAttributeGlobal(CUcoredumpSettings attrib, void *value, size_t *size)
{
    quanta_cuda_pfn_cuCoredumpSetAttributeGlobal real = (quanta_cuda_pfn_cuCoredumpSetAttributeGlobal)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuCoredumpSetAttributeGlobal);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuCoredumpSetAttributeGlobal);
    }
    return real(attrib, value, size);
}

QUANTA__WRAPPER CUresult cuCoredumpSetAttributeGlobal(CUcoredumpSettings attrib, void *value, size_t *size)
{
    quanta_cuda_pfn_cuCoredumpSetAttributeGlobal real = (quanta_cuda_pfn_cuCoredumpSetAttributeGlobal)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuCoredumpSetAttributeGlobal);
    if (__builtin_expect(real != NULL, 1))
        return real(attrib, value, size);
    return slow_cuCoredumpSetAttributeGlobal(attrib, value, size);
}

static QUANTA__COLD CUresult slow_cuCtxAttach(CUcontext *pctx, unsigned int flags)
{
    quanta_cuda_pfn_cuCtxAttach real = (quanta_cuda_pfn_cuCtxAttach)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuCtxAttach);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuCtxAttach);
    }
    return real(pctx, flags);
}

QUANTA__WRAPPER CUresult cuCtxAttach(CUcontext *pctx, unsigned int flags)
{
    quanta_cuda_pfn_cuCtxAttach real = (quanta_cuda_pfn_cuCtxAttach)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuCtxAttach);
    if (__builtin_expect(real != NULL, 1))
        return real(pctx, flags);
    return slow_cuCtxAttach(pctx, flags);
}

static QUANTA__COLD CUresult slow_cuCtxCreate(CUcontext *pctx, unsigned int flags, CUdevice dev)
{
    quanta_cuda_pfn_cuCtxCreate real = (quanta_cuda_pfn_cuCtxCreate)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuCtxCreate);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuCtxCreate);
    }
    return real(pctx, flags, dev);
}

QUANTA__WRAPPER CUresult cuCtxCreate(CUcontext *pctx, unsigned int flags, CUdevice dev)
{
    quanta_cuda_pfn_cuCtxCreate real = (quanta_cuda_pfn_cuCtxCreate)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuCtxCreate);
    if (__builtin_expect(real != NULL, 1))
        return real(pctx, flags, dev);
    return slow_cuCtxCreate(pctx, flags, dev);
}

static QUANTA__COLD CUresult slow_cuCtxCreate_v2(CUcontext *pctx, unsigned int flags, CUdevice dev)
{
    quanta_cuda_pfn_cuCtxCreate_v2 real = (quanta_cuda_pfn_cuCtxCreate_v2)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuCtxCreate_v2);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuCtxCreate_v2);
    }
    return real(pctx, flags, dev);
}

QUANTA__WRAPPER CUresult cuCtxCreate_v2(CUcontext *pctx, unsigned int flags, CUdevice dev)
{
    quanta_cuda_pfn_cuCtxCreate_v2 real = (quanta_cuda_pfn_cuCtxCreate_v2)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuCtxCreate_v2);
    if (__builtin_expect(real != NULL, 1))
        return real(pctx, flags, dev);
    return slow_cuCtxCreate_v2(pctx, flags, dev);
}

static QUANTA__COLD CUresult slow_cuCtxCreate_v3(CUcontext *pctx, CUexecAffinityParam *paramsArray, int numParams, unsigned int flags, CUdevice dev)
{
    quanta_cuda_pfn_cuCtxCreate_v3 real = (quanta_cuda_pfn_cuCtxCreate_v3)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuCtxCreate_v3);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuCtxCreate_v3);
    }
    return real(pctx, paramsArray, numParams, flags, dev);
}

QUANTA__WRAPPER CUresult cuCtxCreate_v3(CUcontext *pctx, CUexecAffinityParam *paramsArray, int numParams, unsigned int flags, CUdevice dev)
{
    quanta_cuda_pfn_cuCtxCreate_v3 real = (quanta_cuda_pfn_cuCtxCreate_v3)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuCtxCreate_v3);
    if (__builtin_expect(real != NULL, 1))
        return real(pctx, paramsArray, numParams, flags, dev);
    return slow_cuCtxCreate_v3(pctx, paramsArray, numParams, flags, dev);
}

static QUANTA__COLD CUresult slow_cuCtxCreate_v4(CUcontext *pctx, CUctxCreateParams *ctxCreateParams, unsigned int flags, CUdevice dev)
{
    quanta_cuda_pfn_cuCtxCreate_v4 real = (quanta_cuda_pfn_cuCtxCreate_v4)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuCtxCreate_v4);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuCtxCreate_v4);
    }
    return real(pctx, ctxCreateParams, flags, dev);
}

QUANTA__WRAPPER CUresult cuCtxCreate_v4(CUcontext *pctx, CUctxCreateParams *ctxCreateParams, unsigned int flags, CUdevice dev)
{
    quanta_cuda_pfn_cuCtxCreate_v4 real = (quanta_cuda_pfn_cuCtxCreate_v4)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuCtxCreate_v4);
    if (__builtin_expect(real != NULL, 1))
        return real(pctx, ctxCreateParams, flags, dev);
    return slow_cuCtxCreate_v4(pctx, ctxCreateParams, flags, dev);
}

static QUANTA__COLD CUresult slow_cuCtxDestroy(CUcontext ctx)
{
    quanta_cuda_pfn_cuCtxDestroy real = (quanta_cuda_pfn_cuCtxDestroy)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuCtxDestroy);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuCtxDestroy);
    }
    return real(ctx);
}

QUANTA__WRAPPER CUresult cuCtxDestroy(CUcontext ctx)
{
    quanta_cuda_pfn_cuCtxDestroy real = (quanta_cuda_pfn_cuCtxDestroy)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuCtxDestroy);
    if (__builtin_expect(real != NULL, 1))
        return real(ctx);
    return slow_cuCtxDestroy(ctx);
}

static QUANTA__COLD CUresult slow_cuCtxDestroy_v2(CUcontext ctx)
{
    quanta_cuda_pfn_cuCtxDestroy_v2 real = (quanta_cuda_pfn_cuCtxDestroy_v2)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuCtxDestroy_v2);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuCtxDestroy_v2);
    }
    return real(ctx);
}

QUANTA__WRAPPER CUresult cuCtxDestroy_v2(CUcontext ctx)
{
    quanta_cuda_pfn_cuCtxDestroy_v2 real = (quanta_cuda_pfn_cuCtxDestroy_v2)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuCtxDestroy_v2);
    if (__builtin_expect(real != NULL, 1))
        return real(ctx);
    return slow_cuCtxDestroy_v2(ctx);
}

static QUANTA__COLD CUresult slow_cuCtxDetach(CUcontext ctx)
{
    quanta_cuda_pfn_cuCtxDetach real = (quanta_cuda_pfn_cuCtxDetach)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuCtxDetach);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuCtxDetach);
    }
    return real(ctx);
}

QUANTA__WRAPPER CUresult cuCtxDetach(CUcontext ctx)
{
    quanta_cuda_pfn_cuCtxDetach real = (quanta_cuda_pfn_cuCtxDetach)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuCtxDetach);
    if (__builtin_expect(real != NULL, 1))
        return real(ctx);
    return slow_cuCtxDetach(ctx);
}

static QUANTA__COLD CUresult slow_cuCtxDisablePeerAccess(CUcontext peerContext)
{
    quanta_cuda_pfn_cuCtxDisablePeerAccess real = (quanta_cuda_pfn_cuCtxDisablePeerAccess)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuCtxDisablePeerAccess);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuCtxDisablePeerAccess);
    }
    return real(peerContext);
}

QUANTA__WRAPPER CUresult cuCtxDisablePeerAccess(CUcontext peerContext)
{
    quanta_cuda_pfn_cuCtxDisablePeerAccess real = (quanta_cuda_pfn_cuCtxDisablePeerAccess)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuCtxDisablePeerAccess);
    if (__builtin_expect(real != NULL, 1))
        return real(peerContext);
    return slow_cuCtxDisablePeerAccess(peerContext);
}

static QUANTA__COLD CUresult slow_cuCtxEnablePeerAccess(CUcontext peerContext, unsigned int Flags)
{
    quanta_cuda_pfn_cuCtxEnablePeerAccess real = (quanta_cuda_pfn_cuCtxEnablePeerAccess)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuCtxEnablePeerAccess);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuCtxEnablePeerAccess);
    }
    return real(peerContext, Flags);
}

QUANTA__WRAPPER CUresult cuCtxEnablePeerAccess(CUcontext peerContext, unsigned int Flags)
{
    quanta_cuda_pfn_cuCtxEnablePeerAccess real = (quanta_cuda_pfn_cuCtxEnablePeerAccess)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuCtxEnablePeerAccess);
    if (__builtin_expect(real != NULL, 1))
        return real(peerContext, Flags);
    return slow_cuCtxEnablePeerAccess(peerContext, Flags);
}

static QUANTA__COLD CUresult slow_cuCtxFromGreenCtx(CUcontext *pContext, CUgreenCtx hCtx)
{
    quanta_cuda_pfn_cuCtxFromGreenCtx real = (quanta_cuda_pfn_cuCtxFromGreenCtx)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuCtxFromGreenCtx);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuCtxFromGreenCtx);
    }
    return real(pContext, hCtx);
}

QUANTA__WRAPPER CUresult cuCtxFromGreenCtx(CUcontext *pContext, CUgreenCtx hCtx)
{
    quanta_cuda_pfn_cuCtxFromGreenCtx real = (quanta_cuda_pfn_cuCtxFromGreenCtx)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuCtxFromGreenCtx);
    if (__builtin_expect(real != NULL, 1))
        return real(pContext, hCtx);
    return slow_cuCtxFromGreenCtx(pContext, hCtx);
}

static QUANTA__COLD CUresult slow_cuCtxGetApiVersion(CUcontext ctx, unsigned int *version)
{
    quanta_cuda_pfn_cuCtxGetApiVersion real = (quanta_cuda_pfn_cuCtxGetApiVersion)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuCtxGetApiVersion);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuCtxGetApiVersion);
    }
    return real(ctx, version);
}

QUANTA__WRAPPER CUresult cuCtxGetApiVersion(CUcontext ctx, unsigned int *version)
{
    quanta_cuda_pfn_cuCtxGetApiVersion real = (quanta_cuda_pfn_cuCtxGetApiVersion)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuCtxGetApiVersion);
    if (__builtin_expect(real != NULL, 1))
        return real(ctx, version);
    return slow_cuCtxGetApiVersion(ctx, version);
}

static QUANTA__COLD CUresult slow_cuCtxGetCacheConfig(CUfunc_cache *pconfig)
{
    quanta_cuda_pfn_cuCtxGetCacheConfig real = (quanta_cuda_pfn_cuCtxGetCacheConfig)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuCtxGetCacheConfig);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuCtxGetCacheConfig);
    }
    return real(pconfig);
}

QUANTA__WRAPPER CUresult cuCtxGetCacheConfig(CUfunc_cache *pconfig)
{
    quanta_cuda_pfn_cuCtxGetCacheConfig real = (quanta_cuda_pfn_cuCtxGetCacheConfig)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuCtxGetCacheConfig);
    if (__builtin_expect(real != NULL, 1))
        return real(pconfig);
    return slow_cuCtxGetCacheConfig(pconfig);
}

static QUANTA__COLD CUresult slow_cuCtxGetCurrent(CUcontext *pctx)
{
    quanta_cuda_pfn_cuCtxGetCurrent real = (quanta_cuda_pfn_cuCtxGetCurrent)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuCtxGetCurrent);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuCtxGetCurrent);
    }
    return real(pctx);
}

QUANTA__WRAPPER CUresult cuCtxGetCurrent(CUcontext *pctx)
{
    quanta_cuda_pfn_cuCtxGetCurrent real = (quanta_cuda_pfn_cuCtxGetCurrent)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuCtxGetCurrent);
    if (__builtin_expect(real != NULL, 1))
        return real(pctx);
    return slow_cuCtxGetCurrent(pctx);
}

static QUANTA__COLD CUresult slow_cuCtxGetDevResource(CUcontext hCtx, CUdevResource *resource, CUdevResourceType type)
{
    quanta_cuda_pfn_cuCtxGetDevResource real = (quanta_cuda_pfn_cuCtxGetDevResource)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuCtxGetDevResource);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuCtxGetDevResource);
    }
    return real(hCtx, resource, type);
}

QUANTA__WRAPPER CUresult cuCtxGetDevResource(CUcontext hCtx, CUdevResource *resource, CUdevResourceType type)
{
    quanta_cuda_pfn_cuCtxGetDevResource real = (quanta_cuda_pfn_cuCtxGetDevResource)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuCtxGetDevResource);
    if (__builtin_expect(real != NULL, 1))
        return real(hCtx, resource, type);
    return slow_cuCtxGetDevResource(hCtx, resource, type);
}

static QUANTA__COLD CUresult slow_cuCtxGetDevice(CUdevice *device)
{
    quanta_cuda_pfn_cuCtxGetDevice real = (quanta_cuda_pfn_cuCtxGetDevice)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuCtxGetDevice);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuCtxGetDevice);
    }
    return real(device);
}

QUANTA__WRAPPER CUresult cuCtxGetDevice(CUdevice *device)
{
    quanta_cuda_pfn_cuCtxGetDevice real = (quanta_cuda_pfn_cuCtxGetDevice)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuCtxGetDevice);
    if (__builtin_expect(real != NULL, 1))
        return real(device);
    return slow_cuCtxGetDevice(device);
}

static QUANTA__COLD CUresult slow_cuCtxGetDevice_v2(CUdevice *device, CUcontext ctx)
{
    quanta_cuda_pfn_cuCtxGetDevice_v2 real = (quanta_cuda_pfn_cuCtxGetDevice_v2)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuCtxGetDevice_v2);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuCtxGetDevice_v2);
    }
    return real(device, ctx);
}

QUANTA__WRAPPER CUresult cuCtxGetDevice_v2(CUdevice *device, CUcontext ctx)
{
    quanta_cuda_pfn_cuCtxGetDevice_v2 real = (quanta_cuda_pfn_cuCtxGetDevice_v2)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuCtxGetDevice_v2);
    if (__builtin_expect(real != NULL, 1))
        return real(device, ctx);
    return slow_cuCtxGetDevice_v2(device, ctx);
}

static QUANTA__COLD CUresult slow_cuCtxGetExecAffinity(CUexecAffinityParam *pExecAffinity, CUexecAffinityType type)
{
    quanta_cuda_pfn_cuCtxGetExecAffinity real = (quanta_cuda_pfn_cuCtxGetExecAffinity)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuCtxGetExecAffinity);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuCtxGetExecAffinity);
    }
    return real(pExecAffinity, type);
}

QUANTA__WRAPPER CUresult cuCtxGetExecAffinity(CUexecAffinityParam *pExecAffinity, CUexecAffinityType type)
{
    quanta_cuda_pfn_cuCtxGetExecAffinity real = (quanta_cuda_pfn_cuCtxGetExecAffinity)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuCtxGetExecAffinity);
    if (__builtin_expect(real != NULL, 1))
        return real(pExecAffinity, type);
    return slow_cuCtxGetExecAffinity(pExecAffinity, type);
}

static QUANTA__COLD CUresult slow_cuCtxGetFlags(unsigned int *flags)
{
    quanta_cuda_pfn_cuCtxGetFlags real = (quanta_cuda_pfn_cuCtxGetFlags)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuCtxGetFlags);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuCtxGetFlags);
    }
    return real(flags);
}

QUANTA__WRAPPER CUresult cuCtxGetFlags(unsigned int *flags)
{
    quanta_cuda_pfn_cuCtxGetFlags real = (quanta_cuda_pfn_cuCtxGetFlags)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuCtxGetFlags);
    if (__builtin_expect(real != NULL, 1))
        return real(flags);
    return slow_cuCtxGetFlags(flags);
}

static QUANTA__COLD CUresult slow_cuCtxGetId(CUcontext ctx, unsigned long long *ctxId)
{
    quanta_cuda_pfn_cuCtxGetId real = (quanta_cuda_pfn_cuCtxGetId)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuCtxGetId);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuCtxGetId);
    }
    return real(ctx, ctxId);
}

QUANTA__WRAPPER CUresult cuCtxGetId(CUcontext ctx, unsigned long long *ctxId)
{
    quanta_cuda_pfn_cuCtxGetId real = (quanta_cuda_pfn_cuCtxGetId)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuCtxGetId);
    if (__builtin_expect(real != NULL, 1))
        return real(ctx, ctxId);
    return slow_cuCtxGetId(ctx, ctxId);
}

static QUANTA__COLD CUresult slow_cuCtxGetLimit(size_t *pvalue, CUlimit limit)
{
    quanta_cuda_pfn_cuCtxGetLimit real = (quanta_cuda_pfn_cuCtxGetLimit)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuCtxGetLimit);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuCtxGetLimit);
    }
    return real(pvalue, limit);
}

QUANTA__WRAPPER CUresult cuCtxGetLimit(size_t *pvalue, CUlimit limit)
{
    quanta_cuda_pfn_cuCtxGetLimit real = (quanta_cuda_pfn_cuCtxGetLimit)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuCtxGetLimit);
    if (__builtin_expect(real != NULL, 1))
        return real(pvalue, limit);
    return slow_cuCtxGetLimit(pvalue, limit);
}

static QUANTA__COLD CUresult slow_cuCtxGetSharedMemConfig(CUsharedconfig *pConfig)
{
    quanta_cuda_pfn_cuCtxGetSharedMemConfig real = (quanta_cuda_pfn_cuCtxGetSharedMemConfig)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuCtxGetSharedMemConfig);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuCtxGetSharedMemConfig);
    }
    return real(pConfig);
}

QUANTA__WRAPPER CUresult cuCtxGetSharedMemConfig(CUsharedconfig *pConfig)
{
    quanta_cuda_pfn_cuCtxGetSharedMemConfig real = (quanta_cuda_pfn_cuCtxGetSharedMemConfig)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuCtxGetSharedMemConfig);
    if (__builtin_expect(real != NULL, 1))
        return real(pConfig);
    return slow_cuCtxGetSharedMemConfig(pConfig);
}

static QUANTA__COLD CUresult slow_cuCtxGetStreamPriorityRange(int *leastPriority, int *greatestPriority)
{
    quanta_cuda_pfn_cuCtxGetStreamPriorityRange real = (quanta_cuda_pfn_cuCtxGetStreamPriorityRange)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuCtxGetStreamPriorityRange);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuCtxGetStreamPriorityRange);
    }
    return real(leastPriority, greatestPriority);
}

QUANTA__WRAPPER CUresult cuCtxGetStreamPriorityRange(int *leastPriority, int *greatestPriority)
{
    quanta_cuda_pfn_cuCtxGetStreamPriorityRange real = (quanta_cuda_pfn_cuCtxGetStreamPriorityRange)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuCtxGetStreamPriorityRange);
    if (__builtin_expect(real != NULL, 1))
        return real(leastPriority, greatestPriority);
    return slow_cuCtxGetStreamPriorityRange(leastPriority, greatestPriority);
}

static QUANTA__COLD CUresult slow_cuCtxPopCurrent(CUcontext *pctx)
{
    quanta_cuda_pfn_cuCtxPopCurrent real = (quanta_cuda_pfn_cuCtxPopCurrent)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuCtxPopCurrent);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuCtxPopCurrent);
    }
    return real(pctx);
}

QUANTA__WRAPPER CUresult cuCtxPopCurrent(CUcontext *pctx)
{
    quanta_cuda_pfn_cuCtxPopCurrent real = (quanta_cuda_pfn_cuCtxPopCurrent)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuCtxPopCurrent);
    if (__builtin_expect(real != NULL, 1))
        return real(pctx);
    return slow_cuCtxPopCurrent(pctx);
}

static QUANTA__COLD CUresult slow_cuCtxPopCurrent_v2(CUcontext *pctx)
{
    quanta_cuda_pfn_cuCtxPopCurrent_v2 real = (quanta_cuda_pfn_cuCtxPopCurrent_v2)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuCtxPopCurrent_v2);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuCtxPopCurrent_v2);
    }
    return real(pctx);
}

QUANTA__WRAPPER CUresult cuCtxPopCurrent_v2(CUcontext *pctx)
{
    quanta_cuda_pfn_cuCtxPopCurrent_v2 real = (quanta_cuda_pfn_cuCtxPopCurrent_v2)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuCtxPopCurrent_v2);
    if (__builtin_expect(real != NULL, 1))
        return real(pctx);
    return slow_cuCtxPopCurrent_v2(pctx);
}

static QUANTA__COLD CUresult slow_cuCtxPushCurrent(CUcontext ctx)
{
    quanta_cuda_pfn_cuCtxPushCurrent real = (quanta_cuda_pfn_cuCtxPushCurrent)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuCtxPushCurrent);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuCtxPushCurrent);
    }
    return real(ctx);
}

QUANTA__WRAPPER CUresult cuCtxPushCurrent(CUcontext ctx)
{
    quanta_cuda_pfn_cuCtxPushCurrent real = (quanta_cuda_pfn_cuCtxPushCurrent)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuCtxPushCurrent);
    if (__builtin_expect(real != NULL, 1))
        return real(ctx);
    return slow_cuCtxPushCurrent(ctx);
}

static QUANTA__COLD CUresult slow_cuCtxPushCurrent_v2(CUcontext ctx)
{
    quanta_cuda_pfn_cuCtxPushCurrent_v2 real = (quanta_cuda_pfn_cuCtxPushCurrent_v2)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuCtxPushCurrent_v2);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuCtxPushCurrent_v2);
    }
    return real(ctx);
}

QUANTA__WRAPPER CUresult cuCtxPushCurrent_v2(CUcontext ctx)
{
    quanta_cuda_pfn_cuCtxPushCurrent_v2 real = (quanta_cuda_pfn_cuCtxPushCurrent_v2)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuCtxPushCurrent_v2);
    if (__builtin_expect(real != NULL, 1))
        return real(ctx);
    return slow_cuCtxPushCurrent_v2(ctx);
}

static QUANTA__COLD CUresult slow_cuCtxRecordEvent(CUcontext hCtx, CUevent hEvent)
{
    quanta_cuda_pfn_cuCtxRecordEvent real = (quanta_cuda_pfn_cuCtxRecordEvent)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuCtxRecordEvent);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuCtxRecordEvent);
    }
    return real(hCtx, hEvent);
}

QUANTA__WRAPPER CUresult cuCtxRecordEvent(CUcontext hCtx, CUevent hEvent)
{
    quanta_cuda_pfn_cuCtxRecordEvent real = (quanta_cuda_pfn_cuCtxRecordEvent)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuCtxRecordEvent);
    if (__builtin_expect(real != NULL, 1))
        return real(hCtx, hEvent);
    return slow_cuCtxRecordEvent(hCtx, hEvent);
}

static QUANTA__COLD CUresult slow_cuCtxResetPersistingL2Cache(void)
{
    quanta_cuda_pfn_cuCtxResetPersistingL2Cache real = (quanta_cuda_pfn_cuCtxResetPersistingL2Cache)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuCtxResetPersistingL2Cache);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuCtxResetPersistingL2Cache);
    }
    return real();
}

QUANTA__WRAPPER CUresult cuCtxResetPersistingL2Cache(void)
{
    quanta_cuda_pfn_cuCtxResetPersistingL2Cache real = (quanta_cuda_pfn_cuCtxResetPersistingL2Cache)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuCtxResetPersistingL2Cache);
    if (__builtin_expect(real != NULL, 1))
        return real();
    return slow_cuCtxResetPersistingL2Cache();
}

static QUANTA__COLD CUresult slow_cuCtxSetCacheConfig(CUfunc_cache config)
{
    quanta_cuda_pfn_cuCtxSetCacheConfig real = (quanta_cuda_pfn_cuCtxSetCacheConfig)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuCtxSetCacheConfig);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuCtxSetCacheConfig);
    }
    return real(config);
}

QUANTA__WRAPPER CUresult cuCtxSetCacheConfig(CUfunc_cache config)
{
    quanta_cuda_pfn_cuCtxSetCacheConfig real = (quanta_cuda_pfn_cuCtxSetCacheConfig)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuCtxSetCacheConfig);
    if (__builtin_expect(real != NULL, 1))
        return real(config);
    return slow_cuCtxSetCacheConfig(config);
}

static QUANTA__COLD CUresult slow_cuCtxSetCurrent(CUcontext ctx)
{
    quanta_cuda_pfn_cuCtxSetCurrent real = (quanta_cuda_pfn_cuCtxSetCurrent)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuCtxSetCurrent);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuCtxSetCurrent);
    }
    return real(ctx);
}

QUANTA__WRAPPER CUresult cuCtxSetCurrent(CUcontext ctx)
{
    quanta_cuda_pfn_cuCtxSetCurrent real = (quanta_cuda_pfn_cuCtxSetCurrent)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuCtxSetCurrent);
    if (__builtin_expect(real != NULL, 1))
        return real(ctx);
    return slow_cuCtxSetCurrent(ctx);
}

static QUANTA__COLD CUresult slow_cuCtxSetFlags(unsigned int flags)
{
    quanta_cuda_pfn_cuCtxSetFlags real = (quanta_cuda_pfn_cuCtxSetFlags)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuCtxSetFlags);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuCtxSetFlags);
    }
    return real(flags);
}

QUANTA__WRAPPER CUresult cuCtxSetFlags(unsigned int flags)
{
    quanta_cuda_pfn_cuCtxSetFlags real = (quanta_cuda_pfn_cuCtxSetFlags)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuCtxSetFlags);
    if (__builtin_expect(real != NULL, 1))
        return real(flags);
    return slow_cuCtxSetFlags(flags);
}

static QUANTA__COLD CUresult slow_cuCtxSetLimit(CUlimit limit, size_t value)
{
    quanta_cuda_pfn_cuCtxSetLimit real = (quanta_cuda_pfn_cuCtxSetLimit)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuCtxSetLimit);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuCtxSetLimit);
    }
    return real(limit, value);
}

QUANTA__WRAPPER CUresult cuCtxSetLimit(CUlimit limit, size_t value)
{
    quanta_cuda_pfn_cuCtxSetLimit real = (quanta_cuda_pfn_cuCtxSetLimit)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuCtxSetLimit);
    if (__builtin_expect(real != NULL, 1))
        return real(limit, value);
    return slow_cuCtxSetLimit(limit, value);
}

static QUANTA__COLD CUresult slow_cuCtxSetSharedMemConfig(CUsharedconfig config)
{
    quanta_cuda_pfn_cuCtxSetSharedMemConfig real = (quanta_cuda_pfn_cuCtxSetSharedMemConfig)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuCtxSetSharedMemConfig);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuCtxSetSharedMemConfig);
    }
    return real(config);
}

QUANTA__WRAPPER CUresult cuCtxSetSharedMemConfig(CUsharedconfig config)
{
    quanta_cuda_pfn_cuCtxSetSharedMemConfig real = (quanta_cuda_pfn_cuCtxSetSharedMemConfig)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuCtxSetSharedMemConfig);
    if (__builtin_expect(real != NULL, 1))
        return real(config);
    return slow_cuCtxSetSharedMemConfig(config);
}

static QUANTA__COLD CUresult synced_cuCtxSynchronize(void)
{
    quanta_cuda_pfn_cuCtxSynchronize real = (quanta_cuda_pfn_cuCtxSynchronize)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuCtxSynchronize);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuCtxSynchronize);
    }
    quanta__work_syncing();
    CUresult rc = real();
    quanta__work_synced();
    return rc;
}

QUANTA__WRAPPER CUresult cuCtxSynchronize(void)
{
    quanta_cuda_pfn_cuCtxSynchronize real = (quanta_cuda_pfn_cuCtxSynchronize)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuCtxSynchronize);
    if (__builtin_expect(real != NULL && quanta__work_ungated(), 1))
        return real();
    return synced_cuCtxSynchronize();
}

static QUANTA__COLD CUresult synced_cuCtxSynchronize_v2(CUcontext ctx)
{
    quanta_cuda_pfn_cuCtxSynchronize_v2 real = (quanta_cuda_pfn_cuCtxSynchronize_v2)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuCtxSynchronize_v2);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuCtxSynchronize_v2);
    }
    quanta__work_syncing();
    CUresult rc = real(ctx);
    quanta__work_synced();
    return rc;
}

QUANTA__WRAPPER CUresult cuCtxSynchronize_v2(CUcontext ctx)
{
    quanta_cuda_pfn_cuCtxSynchronize_v2 real = (quanta_cuda_pfn_cuCtxSynchronize_v2)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuCtxSynchronize_v2);
    if (__builtin_expect(real != NULL && quanta__work_ungated(), 1))
        return real(ctx);
    return synced_cuCtxSynchronize_v2(ctx);
}

static QUANTA__COLD CUresult slow_cuCtxWaitEvent(CUcontext hCtx, CUevent hEvent)
{
    quanta_cuda_pfn_cuCtxWaitEvent real = (quanta_cuda_pfn_cuCtxWaitEvent)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuCtxWaitEvent);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuCtxWaitEvent);
    }
    return real(hCtx, hEvent);
}

QUANTA__WRAPPER CUresult cuCtxWaitEvent(CUcontext hCtx, CUevent hEvent)
{
    quanta_cuda_pfn_cuCtxWaitEvent real = (quanta_cuda_pfn_cuCtxWaitEvent)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuCtxWaitEvent);
    if (__builtin_expect(real != NULL, 1))
        return real(hCtx, hEvent);
    return slow_cuCtxWaitEvent(hCtx, hEvent);
}

static QUANTA__COLD CUresult slow_cuDestroyExternalMemory(CUexternalMemory extMem)
{
    quanta_cuda_pfn_cuDestroyExternalMemory real = (quanta_cuda_pfn_cuDestroyExternalMemory)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuDestroyExternalMemory);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuDestroyExternalMemory);
    }
    return real(extMem);
}

QUANTA__WRAPPER CUresult cuDestroyExternalMemory(CUexternalMemory extMem)
{
    quanta_cuda_pfn_cuDestroyExternalMemory real = (quanta_cuda_pfn_cuDestroyExternalMemory)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuDestroyExternalMemory);
    if (__builtin_expect(real != NULL, 1))
        return real(extMem);
    return slow_cuDestroyExternalMemory(extMem);
}

static QUANTA__COLD CUresult slow_cuDestroyExternalSemaphore(CUexternalSemaphore extSem)
{
    quanta_cuda_pfn_cuDestroyExternalSemaphore real = (quanta_cuda_pfn_cuDestroyExternalSemaphore)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuDestroyExternalSemaphore);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuDestroyExternalSemaphore);
    }
    return real(extSem);
}

QUANTA__WRAPPER CUresult cuDestroyExternalSemaphore(CUexternalSemaphore extSem)
{
    quanta_cuda_pfn_cuDestroyExternalSemaphore real = (quanta_cuda_pfn_cuDestroyExternalSemaphore)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuDestroyExternalSemaphore);
    if (__builtin_expect(real != NULL, 1))
        return real(extSem);
    return slow_cuDestroyExternalSemaphore(extSem);
}

static QUANTA__COLD CUresult slow_cuDevResourceGenerateDesc(CUdevResourceDesc *phDesc, CUdevResource *resources, unsigned int nbResources)
{
    quanta_cuda_pfn_cuDevResourceGenerateDesc real = (quanta_cuda_pfn_cuDevResourceGenerateDesc)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuDevResourceGenerateDesc);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuDevResourceGenerateDesc);
    }
    return real(phDesc, resources, nbResources);
}

QUANTA__WRAPPER CUresult cuDevResourceGenerateDesc(CUdevResourceDesc *phDesc, CUdevResource *resources, unsigned int nbResources)
{
    quanta_cuda_pfn_cuDevResourceGenerateDesc real = (quanta_cuda_pfn_cuDevResourceGenerateDesc)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuDevResourceGenerateDesc);
    if (__builtin_expect(real != NULL, 1))
        return real(phDesc, resources, nbResources);
    return slow_cuDevResourceGenerateDesc(phDesc, resources, nbResources);
}

static QUANTA__COLD CUresult slow_cuDevSmResourceSplitByCount(CUdevResource *result, unsigned int *nbGroups, const CUdevResource *input, CUdevResource *remaining, unsigned int useFlags, unsigned int minCount)
{
    quanta_cuda_pfn_cuDevSmResourceSplitByCount real = (quanta_cuda_pfn_cuDevSmResourceSplitByCount)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuDevSmResourceSplitByCount);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuDevSmResourceSplitByCount);
    }
    return real(result, nbGroups, input, remaining, useFlags, minCount);
}

QUANTA__WRAPPER CUresult cuDevSmResourceSplitByCount(CUdevResource *result, unsigned int *nbGroups, const CUdevResource *input, CUdevResource *remaining, unsigned int useFlags, unsigned int minCount)
{
    quanta_cuda_pfn_cuDevSmResourceSplitByCount real = (quanta_cuda_pfn_cuDevSmResourceSplitByCount)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuDevSmResourceSplitByCount);
    if (__builtin_expect(real != NULL, 1))
        return real(result, nbGroups, input, remaining, useFlags, minCount);
    return slow_cuDevSmResourceSplitByCount(result, nbGroups, input, remaining, useFlags, minCount);
}

static QUANTA__COLD CUresult slow_cuDeviceCanAccessPeer(int *canAccessPeer, CUdevice dev, CUdevice peerDev)
{
    quanta_cuda_pfn_cuDeviceCanAccessPeer real = (quanta_cuda_pfn_cuDeviceCanAccessPeer)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuDeviceCanAccessPeer);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuDeviceCanAccessPeer);
    }
    return real(canAccessPeer, dev, peerDev);
}

QUANTA__WRAPPER CUresult cuDeviceCanAccessPeer(int *canAccessPeer, CUdevice dev, CUdevice peerDev)
{
    quanta_cuda_pfn_cuDeviceCanAccessPeer real = (quanta_cuda_pfn_cuDeviceCanAccessPeer)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuDeviceCanAccessPeer);
    if (__builtin_expect(real != NULL, 1))
        return real(canAccessPeer, dev, peerDev);
    return slow_cuDeviceCanAccessPeer(canAccessPeer, dev, peerDev);
}

static QUANTA__COLD CUresult slow_cuDeviceComputeCapability(int *major, int *minor, CUdevice dev)
{
    quanta_cuda_pfn_cuDeviceComputeCapability real = (quanta_cuda_pfn_cuDeviceComputeCapability)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuDeviceComputeCapability);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuDeviceComputeCapability);
    }
    return real(major, minor, dev);
}

QUANTA__WRAPPER CUresult cuDeviceComputeCapability(int *major, int *minor, CUdevice dev)
{
    quanta_cuda_pfn_cuDeviceComputeCapability real = (quanta_cuda_pfn_cuDeviceComputeCapability)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuDeviceComputeCapability);
    if (__builtin_expect(real != NULL, 1))
        return real(major, minor, dev);
    return slow_cuDeviceComputeCapability(major, minor, dev);
}

static QUANTA__COLD CUresult slow_cuDeviceGet(CUdevice *device, int ordinal)
{
    quanta_cuda_pfn_cuDeviceGet real = (quanta_cuda_pfn_cuDeviceGet)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuDeviceGet);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuDeviceGet);
    }
    return real(device, ordinal);
}

QUANTA__WRAPPER CUresult cuDeviceGet(CUdevice *device, int ordinal)
{
    quanta_cuda_pfn_cuDeviceGet real = (quanta_cuda_pfn_cuDeviceGet)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuDeviceGet);
    if (__builtin_expect(real != NULL, 1))
        return real(device, ordinal);
    return slow_cuDeviceGet(device, ordinal);
}

static QUANTA__COLD CUresult slow_cuDeviceGetAttribute(int *pi, CUdevice_attribute attrib, CUdevice dev)
{
    quanta_cuda_pfn_cuDeviceGetAttribute real = (quanta_cuda_pfn_cuDeviceGetAttribute)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuDeviceGetAttribute);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuDeviceGetAttribute);
    }
    return real(pi, attrib, dev);
}

QUANTA__WRAPPER CUresult cuDeviceGetAttribute(int *pi, CUdevice_attribute attrib, CUdevice dev)
{
    quanta_cuda_pfn_cuDeviceGetAttribute real = (quanta_cuda_pfn_cuDeviceGetAttribute)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuDeviceGetAttribute);
    if (__builtin_expect(real != NULL, 1))
        return real(pi, attrib, dev);
    return slow_cuDeviceGetAttribute(pi, attrib, dev);
}

static QUANTA__COLD CUresult slow_cuDeviceGetByPCIBusId(CUdevice *dev, const char *pciBusId)
{
    quanta_cuda_pfn_cuDeviceGetByPCIBusId real = (quanta_cuda_pfn_cuDeviceGetByPCIBusId)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuDeviceGetByPCIBusId);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuDeviceGetByPCIBusId);
    }
    return real(dev, pciBusId);
}

QUANTA__WRAPPER CUresult cuDeviceGetByPCIBusId(CUdevice *dev, const char *pciBusId)
{
    quanta_cuda_pfn_cuDeviceGetByPCIBusId real = (quanta_cuda_pfn_cuDeviceGetByPCIBusId)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuDeviceGetByPCIBusId);
    if (__builtin_expect(real != NULL, 1))
        return real(dev, pciBusId);
    return slow_cuDeviceGetByPCIBusId(dev, pciBusId);
}

static QUANTA__COLD CUresult slow_cuDeviceGetCount(int *count)
{
    quanta_cuda_pfn_cuDeviceGetCount real = (quanta_cuda_pfn_cuDeviceGetCount)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuDeviceGetCount);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuDeviceGetCount);
    }
    return real(count);
}

QUANTA__WRAPPER CUresult cuDeviceGetCount(int *count)
{
    quanta_cuda_pfn_cuDeviceGetCount real = (quanta_cuda_pfn_cuDeviceGetCount)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuDeviceGetCount);
    if (__builtin_expect(real != NULL, 1))
        return real(count);
    return slow_cuDeviceGetCount(count);
}

static QUANTA__COLD CUresult slow_cuDeviceGetDefaultMemPool(CUmemoryPool *pool_out, CUdevice dev)
{
    quanta_cuda_pfn_cuDeviceGetDefaultMemPool real = (quanta_cuda_pfn_cuDeviceGetDefaultMemPool)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuDeviceGetDefaultMemPool);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuDeviceGetDefaultMemPool);
    }
    return real(pool_out, dev);
}

QUANTA__WRAPPER CUresult cuDeviceGetDefaultMemPool(CUmemoryPool *pool_out, CUdevice dev)
{
    quanta_cuda_pfn_cuDeviceGetDefaultMemPool real = (quanta_cuda_pfn_cuDeviceGetDefaultMemPool)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuDeviceGetDefaultMemPool);
    if (__builtin_expect(real != NULL, 1))
        return real(pool_out, dev);
    return slow_cuDeviceGetDefaultMemPool(pool_out, dev);
}

static QUANTA__COLD CUresult slow_cuDeviceGetDevResource(CUdevice device, CUdevResource *resource, CUdevResourceType type)
{
    quanta_cuda_pfn_cuDeviceGetDevResource real = (quanta_cuda_pfn_cuDeviceGetDevResource)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuDeviceGetDevResource);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuDeviceGetDevResource);
    }
    return real(device, resource, type);
}

QUANTA__WRAPPER CUresult cuDeviceGetDevResource(CUdevice device, CUdevResource *resource, CUdevResourceType type)
{
    quanta_cuda_pfn_cuDeviceGetDevResource real = (quanta_cuda_pfn_cuDeviceGetDevResource)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuDeviceGetDevResource);
    if (__builtin_expect(real != NULL, 1))
        return real(device, resource, type);
    return slow_cuDeviceGetDevResource(device, resource, type);
}

static QUANTA__COLD CUresult slow_cuDeviceGetExecAffinitySupport(int *pi, CUexecAffinityType type, CUdevice dev)
{
    quanta_cuda_pfn_cuDeviceGetExecAffinitySupport real = (quanta_cuda_pfn_cuDeviceGetExecAffinitySupport)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuDeviceGetExecAffinitySupport);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuDeviceGetExecAffinitySupport);
    }
    return real(pi, type, dev);
}

QUANTA__WRAPPER CUresult cuDeviceGetExecAffinitySupport(int *pi, CUexecAffinityType type, CUdevice dev)
{
    quanta_cuda_pfn_cuDeviceGetExecAffinitySupport real = (quanta_cuda_pfn_cuDeviceGetExecAffinitySupport)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuDeviceGetExecAffinitySupport);
    if (__builtin_expect(real != NULL, 1))
        return real(pi, type, dev);
    return slow_cuDeviceGetExecAffinitySupport(pi, type, dev);
}

static QUANTA__COLD CUresult slow_cuDeviceGetGraphMemAttribute(CUdevice device, CUgraphMem_attribute attr, void *value)
{
    quanta_cuda_pfn_cuDeviceGetGraphMemAttribute real = (quanta_cuda_pfn_cuDeviceGetGraphMemAttribute)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuDeviceGetGraphMemAttribute);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuDeviceGetGraphMemAttribute);
    }
    return real(device, attr, value);
}

QUANTA__WRAPPER CUresult cuDeviceGetGraphMemAttribute(CUdevice device, CUgraphMem_attribute attr, void *value)
{
    quanta_cuda_pfn_cuDeviceGetGraphMemAttribute real = (quanta_cuda_pfn_cuDeviceGetGraphMemAttribute)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuDeviceGetGraphMemAttribute);
    if (__builtin_expect(real != NULL, 1))
        return real(device, attr, value);
    return slow_cuDeviceGetGraphMemAttribute(device, attr, value);
}

static QUANTA__COLD CUresult slow_cuDeviceGetHostAtomicCapabilities(unsigned int *capabilities, const CUatomicOperation *operations, unsigned int count, CUdevice dev)
{
    quanta_cuda_pfn_cuDeviceGetHostAtomicCapabilities real = (quanta_cuda_pfn_cuDeviceGetHostAtomicCapabilities)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuDeviceGetHostAtomicCapabilities);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuDeviceGetHostAtomicCapabilities);
    }
    return real(capabilities, operations, count, dev);
}

QUANTA__WRAPPER CUresult cuDeviceGetHostAtomicCapabilities(unsigned int *capabilities, const CUatomicOperation *operations, unsigned int count, CUdevice dev)
{
    quanta_cuda_pfn_cuDeviceGetHostAtomicCapabilities real = (quanta_cuda_pfn_cuDeviceGetHostAtomicCapabilities)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuDeviceGetHostAtomicCapabilities);
    if (__builtin_expect(real != NULL, 1))
        return real(capabilities, operations, count, dev);
    return slow_cuDeviceGetHostAtomicCapabilities(capabilities, operations, count, dev);
}

static QUANTA__COLD CUresult slow_cuDeviceGetLuid(char *luid, unsigned int *deviceNodeMask, CUdevice dev)
{
    quanta_cuda_pfn_cuDeviceGetLuid real = (quanta_cuda_pfn_cuDeviceGetLuid)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuDeviceGetLuid);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuDeviceGetLuid);
    }
    return real(luid, deviceNodeMask, dev);
}

QUANTA__WRAPPER CUresult cuDeviceGetLuid(char *luid, unsigned int *deviceNodeMask, CUdevice dev)
{
    quanta_cuda_pfn_cuDeviceGetLuid real = (quanta_cuda_pfn_cuDeviceGetLuid)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuDeviceGetLuid);
    if (__builtin_expect(real != NULL, 1))
        return real(luid, deviceNodeMask, dev);
    return slow_cuDeviceGetLuid(luid, deviceNodeMask, dev);
}

static QUANTA__COLD CUresult slow_cuDeviceGetMemPool(CUmemoryPool *pool, CUdevice dev)
{
    quanta_cuda_pfn_cuDeviceGetMemPool real = (quanta_cuda_pfn_cuDeviceGetMemPool)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuDeviceGetMemPool);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuDeviceGetMemPool);
    }
    return real(pool, dev);
}

QUANTA__WRAPPER CUresult cuDeviceGetMemPool(CUmemoryPool *pool, CUdevice dev)
{
    quanta_cuda_pfn_cuDeviceGetMemPool real = (quanta_cuda_pfn_cuDeviceGetMemPool)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuDeviceGetMemPool);
    if (__builtin_expect(real != NULL, 1))
        return real(pool, dev);
    return slow_cuDeviceGetMemPool(pool, dev);
}

static QUANTA__COLD CUresult slow_cuDeviceGetName(char *name, int len, CUdevice dev)
{
    quanta_cuda_pfn_cuDeviceGetName real = (quanta_cuda_pfn_cuDeviceGetName)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuDeviceGetName);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuDeviceGetName);
    }
    return real(name, len, dev);
}

QUANTA__WRAPPER CUresult cuDeviceGetName(char *name, int len, CUdevice dev)
{
    quanta_cuda_pfn_cuDeviceGetName real = (quanta_cuda_pfn_cuDeviceGetName)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuDeviceGetName);
    if (__builtin_expect(real != NULL, 1))
        return real(name, len, dev);
    return slow_cuDeviceGetName(name, len, dev);
}

static QUANTA__COLD CUresult slow_cuDeviceGetNvSciSyncAttributes(void *nvSciSyncAttrList, CUdevice dev, int flags)
{
    quanta_cuda_pfn_cuDeviceGetNvSciSyncAttributes real = (quanta_cuda_pfn_cuDeviceGetNvSciSyncAttributes)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuDeviceGetNvSciSyncAttributes);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuDeviceGetNvSciSyncAttributes);
    }
    return real(nvSciSyncAttrList, dev, flags);
}

QUANTA__WRAPPER CUresult cuDeviceGetNvSciSyncAttributes(void *nvSciSyncAttrList, CUdevice dev, int flags)
{
    quanta_cuda_pfn_cuDeviceGetNvSciSyncAttributes real = (quanta_cuda_pfn_cuDeviceGetNvSciSyncAttributes)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuDeviceGetNvSciSyncAttributes);
    if (__builtin_expect(real != NULL, 1))
        return real(nvSciSyncAttrList, dev, flags);
    return slow_cuDeviceGetNvSciSyncAttributes(nvSciSyncAttrList, dev, flags);
}

static QUANTA__COLD CUresult slow_cuDeviceGetP2PAtomicCapabilities(unsigned int *capabilities, const CUatomicOperation *operations, unsigned int count, CUdevice srcDevice, CUdevice dstDevice)
{
    quanta_cuda_pfn_cuDeviceGetP2PAtomicCapabilities real = (quanta_cuda_pfn_cuDeviceGetP2PAtomicCapabilities)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuDeviceGetP2PAtomicCapabilities);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuDeviceGetP2PAtomicCapabilities);
    }
    return real(capabilities, operations, count, srcDevice, dstDevice);
}

QUANTA__WRAPPER CUresult cuDeviceGetP2PAtomicCapabilities(unsigned int *capabilities, const CUatomicOperation *operations, unsigned int count, CUdevice srcDevice, CUdevice dstDevice)
{
    quanta_cuda_pfn_cuDeviceGetP2PAtomicCapabilities real = (quanta_cuda_pfn_cuDeviceGetP2PAtomicCapabilities)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuDeviceGetP2PAtomicCapabilities);
    if (__builtin_expect(real != NULL, 1))
        return real(capabilities, operations, count, srcDevice, dstDevice);
    return slow_cuDeviceGetP2PAtomicCapabilities(capabilities, operations, count, srcDevice, dstDevice);
}

static QUANTA__COLD CUresult slow_cuDeviceGetP2PAttribute(int *value, CUdevice_P2PAttribute attrib, CUdevice srcDevice, CUdevice dstDevice)
{
    quanta_cuda_pfn_cuDeviceGetP2PAttribute real = (quanta_cuda_pfn_cuDeviceGetP2PAttribute)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuDeviceGetP2PAttribute);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuDeviceGetP2PAttribute);
    }
    return real(value, attrib, srcDevice, dstDevice);
}

QUANTA__WRAPPER CUresult cuDeviceGetP2PAttribute(int *value, CUdevice_P2PAttribute attrib, CUdevice srcDevice, CUdevice dstDevice)
{
    quanta_cuda_pfn_cuDeviceGetP2PAttribute real = (quanta_cuda_pfn_cuDeviceGetP2PAttribute)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuDeviceGetP2PAttribute);
    if (__builtin_expect(real != NULL, 1))
        return real(value, attrib, srcDevice, dstDevice);
    return slow_cuDeviceGetP2PAttribute(value, attrib, srcDevice, dstDevice);
}

static QUANTA__COLD CUresult slow_cuDeviceGetPCIBusId(char *pciBusId, int len, CUdevice dev)
{
    quanta_cuda_pfn_cuDeviceGetPCIBusId real = (quanta_cuda_pfn_cuDeviceGetPCIBusId)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuDeviceGetPCIBusId);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuDeviceGetPCIBusId);
    }
    return real(pciBusId, len, dev);
}

QUANTA__WRAPPER CUresult cuDeviceGetPCIBusId(char *pciBusId, int len, CUdevice dev)
{
    quanta_cuda_pfn_cuDeviceGetPCIBusId real = (quanta_cuda_pfn_cuDeviceGetPCIBusId)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuDeviceGetPCIBusId);
    if (__builtin_expect(real != NULL, 1))
        return real(pciBusId, len, dev);
    return slow_cuDeviceGetPCIBusId(pciBusId, len, dev);
}

static QUANTA__COLD CUresult slow_cuDeviceGetProperties(CUdevprop *prop, CUdevice dev)
{
    quanta_cuda_pfn_cuDeviceGetProperties real = (quanta_cuda_pfn_cuDeviceGetProperties)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuDeviceGetProperties);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuDeviceGetProperties);
    }
    return real(prop, dev);
}

QUANTA__WRAPPER CUresult cuDeviceGetProperties(CUdevprop *prop, CUdevice dev)
{
    quanta_cuda_pfn_cuDeviceGetProperties real = (quanta_cuda_pfn_cuDeviceGetProperties)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuDeviceGetProperties);
    if (__builtin_expect(real != NULL, 1))
        return real(prop, dev);
    return slow_cuDeviceGetProperties(prop, dev);
}

static QUANTA__COLD CUresult slow_cuDeviceGetTexture1DLinearMaxWidth(size_t *maxWidthInElements, CUarray_format format, unsigned numChannels, CUdevice dev)
{
    quanta_cuda_pfn_cuDeviceGetTexture1DLinearMaxWidth real = (quanta_cuda_pfn_cuDeviceGetTexture1DLinearMaxWidth)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuDeviceGetTexture1DLinearMaxWidth);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuDeviceGetTexture1DLinearMaxWidth);
    }
    return real(maxWidthInElements, format, numChannels, dev);
}

QUANTA__WRAPPER CUresult cuDeviceGetTexture1DLinearMaxWidth(size_t *maxWidthInElements, CUarray_format format, unsigned numChannels, CUdevice dev)
{
    quanta_cuda_pfn_cuDeviceGetTexture1DLinearMaxWidth real = (quanta_cuda_pfn_cuDeviceGetTexture1DLinearMaxWidth)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuDeviceGetTexture1DLinearMaxWidth);
    if (__builtin_expect(real != NULL, 1))
        return real(maxWidthInElements, format, numChannels, dev);
    return slow_cuDeviceGetTexture1DLinearMaxWidth(maxWidthInElements, format, numChannels, dev);
}

static QUANTA__COLD CUresult slow_cuDeviceGetUuid(CUuuid *uuid, CUdevice dev)
{
    quanta_cuda_pfn_cuDeviceGetUuid real = (quanta_cuda_pfn_cuDeviceGetUuid)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuDeviceGetUuid);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuDeviceGetUuid);
    }
    return real(uuid, dev);
}

QUANTA__WRAPPER CUresult cuDeviceGetUuid(CUuuid *uuid, CUdevice dev)
{
    quanta_cuda_pfn_cuDeviceGetUuid real = (quanta_cuda_pfn_cuDeviceGetUuid)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuDeviceGetUuid);
    if (__builtin_expect(real != NULL, 1))
        return real(uuid, dev);
    return slow_cuDeviceGetUuid(uuid, dev);
}

static QUANTA__COLD CUresult slow_cuDeviceGetUuid_v2(CUuuid *uuid, CUdevice dev)
{
    quanta_cuda_pfn_cuDeviceGetUuid_v2 real = (quanta_cuda_pfn_cuDeviceGetUuid_v2)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuDeviceGetUuid_v2);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuDeviceGetUuid_v2);
    }
    return real(uuid, dev);
}

QUANTA__WRAPPER CUresult cuDeviceGetUuid_v2(CUuuid *uuid, CUdevice dev)
{
    quanta_cuda_pfn_cuDeviceGetUuid_v2 real = (quanta_cuda_pfn_cuDeviceGetUuid_v2)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuDeviceGetUuid_v2);
    if (__builtin_expect(real != NULL, 1))
        return real(uuid, dev);
    return slow_cuDeviceGetUuid_v2(uuid, dev);
}

static QUANTA__COLD CUresult slow_cuDeviceGraphMemTrim(CUdevice device)
{
    quanta_cuda_pfn_cuDeviceGraphMemTrim real = (quanta_cuda_pfn_cuDeviceGraphMemTrim)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuDeviceGraphMemTrim);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuDeviceGraphMemTrim);
    }
    return real(device);
}

QUANTA__WRAPPER CUresult cuDeviceGraphMemTrim(CUdevice device)
{
    quanta_cuda_pfn_cuDeviceGraphMemTrim real = (quanta_cuda_pfn_cuDeviceGraphMemTrim)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuDeviceGraphMemTrim);
    if (__builtin_expect(real != NULL, 1))
        return real(device);
    return slow_cuDeviceGraphMemTrim(device);
}

static QUANTA__COLD CUresult slow_cuDevicePrimaryCtxGetState(CUdevice dev, unsigned int *flags, int *active)
{
    quanta_cuda_pfn_cuDevicePrimaryCtxGetState real = (quanta_cuda_pfn_cuDevicePrimaryCtxGetState)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuDevicePrimaryCtxGetState);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuDevicePrimaryCtxGetState);
    }
    return real(dev, flags, active);
}

QUANTA__WRAPPER CUresult cuDevicePrimaryCtxGetState(CUdevice dev, unsigned int *flags, int *active)
{
    quanta_cuda_pfn_cuDevicePrimaryCtxGetState real = (quanta_cuda_pfn_cuDevicePrimaryCtxGetState)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuDevicePrimaryCtxGetState);
    if (__builtin_expect(real != NULL, 1))
        return real(dev, flags, active);
    return slow_cuDevicePrimaryCtxGetState(dev, flags, active);
}

static QUANTA__COLD CUresult slow_cuDevicePrimaryCtxRelease(CUdevice dev)
{
    quanta_cuda_pfn_cuDevicePrimaryCtxRelease real = (quanta_cuda_pfn_cuDevicePrimaryCtxRelease)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuDevicePrimaryCtxRelease);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuDevicePrimaryCtxRelease);
    }
    return real(dev);
}

QUANTA__WRAPPER CUresult cuDevicePrimaryCtxRelease(CUdevice dev)
{
    quanta_cuda_pfn_cuDevicePrimaryCtxRelease real = (quanta_cuda_pfn_cuDevicePrimaryCtxRelease)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuDevicePrimaryCtxRelease);
    if (__builtin_expect(real != NULL, 1))
        return real(dev);
    return slow_cuDevicePrimaryCtxRelease(dev);
}

static QUANTA__COLD CUresult slow_cuDevicePrimaryCtxRelease_v2(CUdevice dev)
{
    quanta_cuda_pfn_cuDevicePrimaryCtxRelease_v2 real = (quanta_cuda_pfn_cuDevicePrimaryCtxRelease_v2)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuDevicePrimaryCtxRelease_v2);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuDevicePrimaryCtxRelease_v2);
    }
    return real(dev);
}

QUANTA__WRAPPER CUresult cuDevicePrimaryCtxRelease_v2(CUdevice dev)
{
    quanta_cuda_pfn_cuDevicePrimaryCtxRelease_v2 real = (quanta_cuda_pfn_cuDevicePrimaryCtxRelease_v2)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuDevicePrimaryCtxRelease_v2);
    if (__builtin_expect(real != NULL, 1))
        return real(dev);
    return slow_cuDevicePrimaryCtxRelease_v2(dev);
}

static QUANTA__COLD CUresult slow_cuDevicePrimaryCtxReset(CUdevice dev)
{
    quanta_cuda_pfn_cuDevicePrimaryCtxReset real = (quanta_cuda_pfn_cuDevicePrimaryCtxReset)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuDevicePrimaryCtxReset);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuDevicePrimaryCtxReset);
    }
    return real(dev);
}

QUANTA__WRAPPER CUresult cuDevicePrimaryCtxReset(CUdevice dev)
{
    quanta_cuda_pfn_cuDevicePrimaryCtxReset real = (quanta_cuda_pfn_cuDevicePrimaryCtxReset)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuDevicePrimaryCtxReset);
    if (__builtin_expect(real != NULL, 1))
        return real(dev);
    return slow_cuDevicePrimaryCtxReset(dev);
}

static QUANTA__COLD CUresult slow_cuDevicePrimaryCtxReset_v2(CUdevice dev)
{
    quanta_cuda_pfn_cuDevicePrimaryCtxReset_v2 real = (quanta_cuda_pfn_cuDevicePrimaryCtxReset_v2)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuDevicePrimaryCtxReset_v2);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuDevicePrimaryCtxReset_v2);
    }
    return real(dev);
}

QUANTA__WRAPPER CUresult cuDevicePrimaryCtxReset_v2(CUdevice dev)
{
    quanta_cuda_pfn_cuDevicePrimaryCtxReset_v2 real = (quanta_cuda_pfn_cuDevicePrimaryCtxReset_v2)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuDevicePrimaryCtxReset_v2);
    if (__builtin_expect(real != NULL, 1))
        return real(dev);
    return slow_cuDevicePrimaryCtxReset_v2(dev);
}

static QUANTA__COLD CUresult slow_cuDevicePrimaryCtxRetain(CUcontext *pctx, CUdevice dev)
{
    quanta_cuda_pfn_cuDevicePrimaryCtxRetain real = (quanta_cuda_pfn_cuDevicePrimaryCtxRetain)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuDevicePrimaryCtxRetain);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuDevicePrimaryCtxRetain);
    }
    return real(pctx, dev);
}

QUANTA__WRAPPER CUresult cuDevicePrimaryCtxRetain(CUcontext *pctx, CUdevice dev)
{
    quanta_cuda_pfn_cuDevicePrimaryCtxRetain real = (quanta_cuda_pfn_cuDevicePrimaryCtxRetain)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuDevicePrimaryCtxRetain);
    if (__builtin_expect(real != NULL, 1))
        return real(pctx, dev);
    return slow_cuDevicePrimaryCtxRetain(pctx, dev);
}

static QUANTA__COLD CUresult slow_cuDevicePrimaryCtxSetFlags(CUdevice dev, unsigned int flags)
{
    quanta_cuda_pfn_cuDevicePrimaryCtxSetFlags real = (quanta_cuda_pfn_cuDevicePrimaryCtxSetFlags)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuDevicePrimaryCtxSetFlags);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuDevicePrimaryCtxSetFlags);
    }
    return real(dev, flags);
}

QUANTA__WRAPPER CUresult cuDevicePrimaryCtxSetFlags(CUdevice dev, unsigned int flags)
{
    quanta_cuda_pfn_cuDevicePrimaryCtxSetFlags real = (quanta_cuda_pfn_cuDevicePrimaryCtxSetFlags)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuDevicePrimaryCtxSetFlags);
    if (__builtin_expect(real != NULL, 1))
        return real(dev, flags);
    return slow_cuDevicePrimaryCtxSetFlags(dev, flags);
}

static QUANTA__COLD CUresult slow_cuDevicePrimaryCtxSetFlags_v2(CUdevice dev, unsigned int flags)
{
    quanta_cuda_pfn_cuDevicePrimaryCtxSetFlags_v2 real = (quanta_cuda_pfn_cuDevicePrimaryCtxSetFlags_v2)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuDevicePrimaryCtxSetFlags_v2);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuDevicePrimaryCtxSetFlags_v2);
    }
    return real(dev, flags);
}

QUANTA__WRAPPER CUresult cuDevicePrimaryCtxSetFlags_v2(CUdevice dev, unsigned int flags)
{
    quanta_cuda_pfn_cuDevicePrimaryCtxSetFlags_v2 real = (quanta_cuda_pfn_cuDevicePrimaryCtxSetFlags_v2)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuDevicePrimaryCtxSetFlags_v2);
    if (__builtin_expect(real != NULL, 1))
        return real(dev, flags);
    return slow_cuDevicePrimaryCtxSetFlags_v2(dev, flags);
}

static QUANTA__COLD CUresult slow_cuDeviceRegisterAsyncNotification(CUdevice device, CUasyncCallback callbackFunc, void *userData, CUasyncCallbackHandle *callback)
{
    quanta_cuda_pfn_cuDeviceRegisterAsyncNotification real = (quanta_cuda_pfn_cuDeviceRegisterAsyncNotification)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuDeviceRegisterAsyncNotification);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuDeviceRegisterAsyncNotification);
    }
    return real(device, callbackFunc, userData, callback);
}

QUANTA__WRAPPER CUresult cuDeviceRegisterAsyncNotification(CUdevice device, CUasyncCallback callbackFunc, void *userData, CUasyncCallbackHandle *callback)
{
    quanta_cuda_pfn_cuDeviceRegisterAsyncNotification real = (quanta_cuda_pfn_cuDeviceRegisterAsyncNotification)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuDeviceRegisterAsyncNotification);
    if (__builtin_expect(real != NULL, 1))
        return real(device, callbackFunc, userData, callback);
    return slow_cuDeviceRegisterAsyncNotification(device, callbackFunc, userData, callback);
}

static QUANTA__COLD CUresult slow_cuDeviceSetGraphMemAttribute(CUdevice device, CUgraphMem_attribute attr, void *value)
{
    quanta_cuda_pfn_cuDeviceSetGraphMemAttribute real = (quanta_cuda_pfn_cuDeviceSetGraphMemAttribute)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuDeviceSetGraphMemAttribute);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuDeviceSetGraphMemAttribute);
    }
    return real(device, attr, value);
}

QUANTA__WRAPPER CUresult cuDeviceSetGraphMemAttribute(CUdevice device, CUgraphMem_attribute attr, void *value)
{
    quanta_cuda_pfn_cuDeviceSetGraphMemAttribute real = (quanta_cuda_pfn_cuDeviceSetGraphMemAttribute)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuDeviceSetGraphMemAttribute);
    if (__builtin_expect(real != NULL, 1))
        return real(device, attr, value);
    return slow_cuDeviceSetGraphMemAttribute(device, attr, value);
}

static QUANTA__COLD CUresult slow_cuDeviceSetMemPool(CUdevice dev, CUmemoryPool pool)
{
    quanta_cuda_pfn_cuDeviceSetMemPool real = (quanta_cuda_pfn_cuDeviceSetMemPool)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuDeviceSetMemPool);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuDeviceSetMemPool);
    }
    return real(dev, pool);
}

QUANTA__WRAPPER CUresult cuDeviceSetMemPool(CUdevice dev, CUmemoryPool pool)
{
    quanta_cuda_pfn_cuDeviceSetMemPool real = (quanta_cuda_pfn_cuDeviceSetMemPool)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuDeviceSetMemPool);
    if (__builtin_expect(real != NULL, 1))
        return real(dev, pool);
    return slow_cuDeviceSetMemPool(dev, pool);
}

static QUANTA__COLD CUresult slow_cuDeviceTotalMem(unsigned int *bytes, CUdevice dev)
{
    quanta_cuda_pfn_cuDeviceTotalMem real = (quanta_cuda_pfn_cuDeviceTotalMem)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuDeviceTotalMem);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuDeviceTotalMem);
    }
    return real(bytes, dev);
}

QUANTA__WRAPPER CUresult cuDeviceTotalMem(unsigned int *bytes, CUdevice dev)
{
    quanta_cuda_pfn_cuDeviceTotalMem real = (quanta_cuda_pfn_cuDeviceTotalMem)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuDeviceTotalMem);
    if (__builtin_expect(real != NULL, 1))
        return real(bytes, dev);
    return slow_cuDeviceTotalMem(bytes, dev);
}

static QUANTA__COLD CUresult slow_cuDeviceTotalMem_v2(size_t *bytes, CUdevice dev)
{
    quanta_cuda_pfn_cuDeviceTotalMem_v2 real = (quanta_cuda_pfn_cuDeviceTotalMem_v2)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuDeviceTotalMem_v2);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuDeviceTotalMem_v2);
    }
    return real(bytes, dev);
}

QUANTA__WRAPPER CUresult cuDeviceTotalMem_v2(size_t *bytes, CUdevice dev)
{
    quanta_cuda_pfn_cuDeviceTotalMem_v2 real = (quanta_cuda_pfn_cuDeviceTotalMem_v2)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuDeviceTotalMem_v2);
    if (__builtin_expect(real != NULL, 1))
        return real(bytes, dev);
    return slow_cuDeviceTotalMem_v2(bytes, dev);
}

static QUANTA__COLD CUresult slow_cuDeviceUnregisterAsyncNotification(CUdevice device, CUasyncCallbackHandle callback)
{
    quanta_cuda_pfn_cuDeviceUnregisterAsyncNotification real = (quanta_cuda_pfn_cuDeviceUnregisterAsyncNotification)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuDeviceUnregisterAsyncNotification);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuDeviceUnregisterAsyncNotification);
    }
    return real(device, callback);
}

QUANTA__WRAPPER CUresult cuDeviceUnregisterAsyncNotification(CUdevice device, CUasyncCallbackHandle callback)
{
    quanta_cuda_pfn_cuDeviceUnregisterAsyncNotification real = (quanta_cuda_pfn_cuDeviceUnregisterAsyncNotification)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuDeviceUnregisterAsyncNotification);
    if (__builtin_expect(real != NULL, 1))
        return real(device, callback);
    return slow_cuDeviceUnregisterAsyncNotification(device, callback);
}

static QUANTA__COLD CUresult slow_cuDriverGetVersion(int *driverVersion)
{
    quanta_cuda_pfn_cuDriverGetVersion real = (quanta_cuda_pfn_cuDriverGetVersion)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuDriverGetVersion);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuDriverGetVersion);
    }
    return real(driverVersion);
}

QUANTA__WRAPPER CUresult cuDriverGetVersion(int *driverVersion)
{
    quanta_cuda_pfn_cuDriverGetVersion real = (quanta_cuda_pfn_cuDriverGetVersion)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuDriverGetVersion);
    if (__builtin_expect(real != NULL, 1))
        return real(driverVersion);
    return slow_cuDriverGetVersion(driverVersion);
}

static QUANTA__COLD CUresult slow_cuEGLStreamConsumerAcquireFrame(CUeglStreamConnection *conn, CUgraphicsResource *pCudaResource, CUstream *pStream, unsigned int timeout)
{
    quanta_cuda_pfn_cuEGLStreamConsumerAcquireFrame real = (quanta_cuda_pfn_cuEGLStreamConsumerAcquireFrame)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuEGLStreamConsumerAcquireFrame);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuEGLStreamConsumerAcquireFrame);
    }
    return real(conn, pCudaResource, pStream, timeout);
}

QUANTA__WRAPPER CUresult cuEGLStreamConsumerAcquireFrame(CUeglStreamConnection *conn, CUgraphicsResource *pCudaResource, CUstream *pStream, unsigned int timeout)
{
    quanta_cuda_pfn_cuEGLStreamConsumerAcquireFrame real = (quanta_cuda_pfn_cuEGLStreamConsumerAcquireFrame)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuEGLStreamConsumerAcquireFrame);
    if (__builtin_expect(real != NULL, 1))
        return real(conn, pCudaResource, pStream, timeout);
    return slow_cuEGLStreamConsumerAcquireFrame(conn, pCudaResource, pStream, timeout);
}

static QUANTA__COLD CUresult slow_cuEGLStreamConsumerConnect(CUeglStreamConnection *conn, EGLStreamKHR stream)
{
    quanta_cuda_pfn_cuEGLStreamConsumerConnect real = (quanta_cuda_pfn_cuEGLStreamConsumerConnect)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuEGLStreamConsumerConnect);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuEGLStreamConsumerConnect);
    }
    return real(conn, stream);
}

QUANTA__WRAPPER CUresult cuEGLStreamConsumerConnect(CUeglStreamConnection *conn, EGLStreamKHR stream)
{
    quanta_cuda_pfn_cuEGLStreamConsumerConnect real = (quanta_cuda_pfn_cuEGLStreamConsumerConnect)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuEGLStreamConsumerConnect);
    if (__builtin_expect(real != NULL, 1))
        return real(conn, stream);
    return slow_cuEGLStreamConsumerConnect(conn, stream);
}

static QUANTA__COLD CUresult slow_cuEGLStreamConsumerConnectWithFlags(CUeglStreamConnection *conn, EGLStreamKHR stream, unsigned int flags)
{
    quanta_cuda_pfn_cuEGLStreamConsumerConnectWithFlags real = (quanta_cuda_pfn_cuEGLStreamConsumerConnectWithFlags)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuEGLStreamConsumerConnectWithFlags);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuEGLStreamConsumerConnectWithFlags);
    }
    return real(conn, stream, flags);
}

QUANTA__WRAPPER CUresult cuEGLStreamConsumerConnectWithFlags(CUeglStreamConnection *conn, EGLStreamKHR stream, unsigned int flags)
{
    quanta_cuda_pfn_cuEGLStreamConsumerConnectWithFlags real = (quanta_cuda_pfn_cuEGLStreamConsumerConnectWithFlags)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuEGLStreamConsumerConnectWithFlags);
    if (__builtin_expect(real != NULL, 1))
        return real(conn, stream, flags);
    return slow_cuEGLStreamConsumerConnectWithFlags(conn, stream, flags);
}

static QUANTA__COLD CUresult slow_cuEGLStreamConsumerDisconnect(CUeglStreamConnection *conn)
{
    quanta_cuda_pfn_cuEGLStreamConsumerDisconnect real = (quanta_cuda_pfn_cuEGLStreamConsumerDisconnect)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuEGLStreamConsumerDisconnect);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuEGLStreamConsumerDisconnect);
    }
    return real(conn);
}

QUANTA__WRAPPER CUresult cuEGLStreamConsumerDisconnect(CUeglStreamConnection *conn)
{
    quanta_cuda_pfn_cuEGLStreamConsumerDisconnect real = (quanta_cuda_pfn_cuEGLStreamConsumerDisconnect)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuEGLStreamConsumerDisconnect);
    if (__builtin_expect(real != NULL, 1))
        return real(conn);
    return slow_cuEGLStreamConsumerDisconnect(conn);
}

static QUANTA__COLD CUresult slow_cuEGLStreamConsumerReleaseFrame(CUeglStreamConnection *conn, CUgraphicsResource pCudaResource, CUstream *pStream)
{
    quanta_cuda_pfn_cuEGLStreamConsumerReleaseFrame real = (quanta_cuda_pfn_cuEGLStreamConsumerReleaseFrame)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuEGLStreamConsumerReleaseFrame);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuEGLStreamConsumerReleaseFrame);
    }
    return real(conn, pCudaResource, pStream);
}

QUANTA__WRAPPER CUresult cuEGLStreamConsumerReleaseFrame(CUeglStreamConnection *conn, CUgraphicsResource pCudaResource, CUstream *pStream)
{
    quanta_cuda_pfn_cuEGLStreamConsumerReleaseFrame real = (quanta_cuda_pfn_cuEGLStreamConsumerReleaseFrame)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuEGLStreamConsumerReleaseFrame);
    if (__builtin_expect(real != NULL, 1))
        return real(conn, pCudaResource, pStream);
    return slow_cuEGLStreamConsumerReleaseFrame(conn, pCudaResource, pStream);
}

static QUANTA__COLD CUresult slow_cuEGLStreamProducerConnect(CUeglStreamConnection *conn, EGLStreamKHR stream, EGLint width, EGLint height)
{
    quanta_cuda_pfn_cuEGLStreamProducerConnect real = (quanta_cuda_pfn_cuEGLStreamProducerConnect)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuEGLStreamProducerConnect);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuEGLStreamProducerConnect);
    }
    return real(conn, stream, width, height);
}

QUANTA__WRAPPER CUresult cuEGLStreamProducerConnect(CUeglStreamConnection *conn, EGLStreamKHR stream, EGLint width, EGLint height)
{
    quanta_cuda_pfn_cuEGLStreamProducerConnect real = (quanta_cuda_pfn_cuEGLStreamProducerConnect)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuEGLStreamProducerConnect);
    if (__builtin_expect(real != NULL, 1))
        return real(conn, stream, width, height);
    return slow_cuEGLStreamProducerConnect(conn, stream, width, height);
}

static QUANTA__COLD CUresult slow_cuEGLStreamProducerDisconnect(CUeglStreamConnection *conn)
{
    quanta_cuda_pfn_cuEGLStreamProducerDisconnect real = (quanta_cuda_pfn_cuEGLStreamProducerDisconnect)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuEGLStreamProducerDisconnect);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuEGLStreamProducerDisconnect);
    }
    return real(conn);
}

QUANTA__WRAPPER CUresult cuEGLStreamProducerDisconnect(CUeglStreamConnection *conn)
{
    quanta_cuda_pfn_cuEGLStreamProducerDisconnect real = (quanta_cuda_pfn_cuEGLStreamProducerDisconnect)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuEGLStreamProducerDisconnect);
    if (__builtin_expect(real != NULL, 1))
        return real(conn);
    return slow_cuEGLStreamProducerDisconnect(conn);
}

static QUANTA__COLD CUresult slow_cuEGLStreamProducerPresentFrame(CUeglStreamConnection *conn, CUeglFrame eglframe, CUstream *pStream)
{
    quanta_cuda_pfn_cuEGLStreamProducerPresentFrame real = (quanta_cuda_pfn_cuEGLStreamProducerPresentFrame)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuEGLStreamProducerPresentFrame);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuEGLStreamProducerPresentFrame);
    }
    return real(conn, eglframe, pStream);
}

QUANTA__WRAPPER CUresult cuEGLStreamProducerPresentFrame(CUeglStreamConnection *conn, CUeglFrame eglframe, CUstream *pStream)
{
    quanta_cuda_pfn_cuEGLStreamProducerPresentFrame real = (quanta_cuda_pfn_cuEGLStreamProducerPresentFrame)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuEGLStreamProducerPresentFrame);
    if (__builtin_expect(real != NULL, 1))
        return real(conn, eglframe, pStream);
    return slow_cuEGLStreamProducerPresentFrame(conn, eglframe, pStream);
}

static QUANTA__COLD CUresult slow_cuEGLStreamProducerReturnFrame(CUeglStreamConnection *conn, CUeglFrame *eglframe, CUstream *pStream)
{
    quanta_cuda_pfn_cuEGLStreamProducerReturnFrame real = (quanta_cuda_pfn_cuEGLStreamProducerReturnFrame)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuEGLStreamProducerReturnFrame);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuEGLStreamProducerReturnFrame);
    }
    return real(conn, eglframe, pStream);
}

QUANTA__WRAPPER CUresult cuEGLStreamProducerReturnFrame(CUeglStreamConnection *conn, CUeglFrame *eglframe, CUstream *pStream)
{
    quanta_cuda_pfn_cuEGLStreamProducerReturnFrame real = (quanta_cuda_pfn_cuEGLStreamProducerReturnFrame)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuEGLStreamProducerReturnFrame);
    if (__builtin_expect(real != NULL, 1))
        return real(conn, eglframe, pStream);
    return slow_cuEGLStreamProducerReturnFrame(conn, eglframe, pStream);
}

static QUANTA__COLD CUresult slow_cuEventCreate(CUevent *phEvent, unsigned int Flags)
{
    quanta_cuda_pfn_cuEventCreate real = (quanta_cuda_pfn_cuEventCreate)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuEventCreate);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuEventCreate);
    }
    return real(phEvent, Flags);
}

QUANTA__WRAPPER CUresult cuEventCreate(CUevent *phEvent, unsigned int Flags)
{
    quanta_cuda_pfn_cuEventCreate real = (quanta_cuda_pfn_cuEventCreate)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuEventCreate);
    if (__builtin_expect(real != NULL, 1))
        return real(phEvent, Flags);
    return slow_cuEventCreate(phEvent, Flags);
}

static QUANTA__COLD CUresult slow_cuEventCreateFromEGLSync(CUevent *phEvent, EGLSyncKHR eglSync, unsigned int flags)
{
    quanta_cuda_pfn_cuEventCreateFromEGLSync real = (quanta_cuda_pfn_cuEventCreateFromEGLSync)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuEventCreateFromEGLSync);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuEventCreateFromEGLSync);
    }
    return real(phEvent, eglSync, flags);
}

QUANTA__WRAPPER CUresult cuEventCreateFromEGLSync(CUevent *phEvent, EGLSyncKHR eglSync, unsigned int flags)
{
    quanta_cuda_pfn_cuEventCreateFromEGLSync real = (quanta_cuda_pfn_cuEventCreateFromEGLSync)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuEventCreateFromEGLSync);
    if (__builtin_expect(real != NULL, 1))
        return real(phEvent, eglSync, flags);
    return slow_cuEventCreateFromEGLSync(phEvent, eglSync, flags);
}

static QUANTA__COLD CUresult slow_cuEventDestroy(CUevent hEvent)
{
    quanta_cuda_pfn_cuEventDestroy real = (quanta_cuda_pfn_cuEventDestroy)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuEventDestroy);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuEventDestroy);
    }
    return real(hEvent);
}

QUANTA__WRAPPER CUresult cuEventDestroy(CUevent hEvent)
{
    quanta_cuda_pfn_cuEventDestroy real = (quanta_cuda_pfn_cuEventDestroy)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuEventDestroy);
    if (__builtin_expect(real != NULL, 1))
        return real(hEvent);
    return slow_cuEventDestroy(hEvent);
}

static QUANTA__COLD CUresult slow_cuEventDestroy_v2(CUevent hEvent)
{
    quanta_cuda_pfn_cuEventDestroy_v2 real = (quanta_cuda_pfn_cuEventDestroy_v2)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuEventDestroy_v2);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuEventDestroy_v2);
    }
    return real(hEvent);
}

QUANTA__WRAPPER CUresult cuEventDestroy_v2(CUevent hEvent)
{
    quanta_cuda_pfn_cuEventDestroy_v2 real = (quanta_cuda_pfn_cuEventDestroy_v2)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuEventDestroy_v2);
    if (__builtin_expect(real != NULL, 1))
        return real(hEvent);
    return slow_cuEventDestroy_v2(hEvent);
}

static QUANTA__COLD CUresult slow_cuEventElapsedTime(float *pMilliseconds, CUevent hStart, CUevent hEnd)
{
    quanta_cuda_pfn_cuEventElapsedTime real = (quanta_cuda_pfn_cuEventElapsedTime)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuEventElapsedTime);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuEventElapsedTime);
    }
    return real(pMilliseconds, hStart, hEnd);
}

QUANTA__WRAPPER CUresult cuEventElapsedTime(float *pMilliseconds, CUevent hStart, CUevent hEnd)
{
    quanta_cuda_pfn_cuEventElapsedTime real = (quanta_cuda_pfn_cuEventElapsedTime)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuEventElapsedTime);
    if (__builtin_expect(real != NULL, 1))
        return real(pMilliseconds, hStart, hEnd);
    return slow_cuEventElapsedTime(pMilliseconds, hStart, hEnd);
}

static QUANTA__COLD CUresult slow_cuEventElapsedTime_v2(float *pMilliseconds, CUevent hStart, CUevent hEnd)
{
    quanta_cuda_pfn_cuEventElapsedTime_v2 real = (quanta_cuda_pfn_cuEventElapsedTime_v2)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuEventElapsedTime_v2);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuEventElapsedTime_v2);
    }
    return real(pMilliseconds, hStart, hEnd);
}

QUANTA__WRAPPER CUresult cuEventElapsedTime_v2(float *pMilliseconds, CUevent hStart, CUevent hEnd)
{
    quanta_cuda_pfn_cuEventElapsedTime_v2 real = (quanta_cuda_pfn_cuEventElapsedTime_v2)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuEventElapsedTime_v2);
    if (__builtin_expect(real != NULL, 1))
        return real(pMilliseconds, hStart, hEnd);
    return slow_cuEventElapsedTime_v2(pMilliseconds, hStart, hEnd);
}

static QUANTA__COLD CUresult slow_cuEventQuery(CUevent hEvent)
{
    quanta_cuda_pfn_cuEventQuery real = (quanta_cuda_pfn_cuEventQuery)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuEventQuery);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuEventQuery);
    }
    return real(hEvent);
}

QUANTA__WRAPPER CUresult cuEventQuery(CUevent hEvent)
{
    quanta_cuda_pfn_cuEventQuery real = (quanta_cuda_pfn_cuEventQuery)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuEventQuery);
    if (__builtin_expect(real != NULL, 1))
        return real(hEvent);
    return slow_cuEventQuery(hEvent);
}

static QUANTA__COLD CUresult slow_cuEventRecord(CUevent hEvent, CUstream hStream)
{
    quanta_cuda_pfn_cuEventRecord real = (quanta_cuda_pfn_cuEventRecord)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuEventRecord);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuEventRecord);
    }
    return real(hEvent, hStream);
}

QUANTA__WRAPPER CUresult cuEventRecord(CUevent hEvent, CUstream hStream)
{
    quanta_cuda_pfn_cuEventRecord real = (quanta_cuda_pfn_cuEventRecord)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuEventRecord);
    if (__builtin_expect(real != NULL, 1))
        return real(hEvent, hStream);
    return slow_cuEventRecord(hEvent, hStream);
}

static QUANTA__COLD CUresult slow_cuEventRecord_ptsz(CUevent hEvent, CUstream hStream)
{
    quanta_cuda_pfn_cuEventRecord_ptsz real = (quanta_cuda_pfn_cuEventRecord_ptsz)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuEventRecord_ptsz);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuEventRecord_ptsz);
    }
    return real(hEvent, hStream);
}

QUANTA__WRAPPER CUresult cuEventRecord_ptsz(CUevent hEvent, CUstream hStream)
{
    quanta_cuda_pfn_cuEventRecord_ptsz real = (quanta_cuda_pfn_cuEventRecord_ptsz)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuEventRecord_ptsz);
    if (__builtin_expect(real != NULL, 1))
        return real(hEvent, hStream);
    return slow_cuEventRecord_ptsz(hEvent, hStream);
}

static QUANTA__COLD CUresult slow_cuEventRecordWithFlags(CUevent hEvent, CUstream hStream, unsigned int flags)
{
    quanta_cuda_pfn_cuEventRecordWithFlags real = (quanta_cuda_pfn_cuEventRecordWithFlags)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuEventRecordWithFlags);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuEventRecordWithFlags);
    }
    return real(hEvent, hStream, flags);
}

QUANTA__WRAPPER CUresult cuEventRecordWithFlags(CUevent hEvent, CUstream hStream, unsigned int flags)
{
    quanta_cuda_pfn_cuEventRecordWithFlags real = (quanta_cuda_pfn_cuEventRecordWithFlags)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuEventRecordWithFlags);
    if (__builtin_expect(real != NULL, 1))
        return real(hEvent, hStream, flags);
    return slow_cuEventRecordWithFlags(hEvent, hStream, flags);
}

static QUANTA__COLD CUresult slow_cuEventRecordWithFlags_ptsz(CUevent hEvent, CUstream hStream, unsigned int flags)
{
    quanta_cuda_pfn_cuEventRecordWithFlags_ptsz real = (quanta_cuda_pfn_cuEventRecordWithFlags_ptsz)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuEventRecordWithFlags_ptsz);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuEventRecordWithFlags_ptsz);
    }
    return real(hEvent, hStream, flags);
}

QUANTA__WRAPPER CUresult cuEventRecordWithFlags_ptsz(CUevent hEvent, CUstream hStream, unsigned int flags)
{
    quanta_cuda_pfn_cuEventRecordWithFlags_ptsz real = (quanta_cuda_pfn_cuEventRecordWithFlags_ptsz)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuEventRecordWithFlags_ptsz);
    if (__builtin_expect(real != NULL, 1))
        return real(hEvent, hStream, flags);
    return slow_cuEventRecordWithFlags_ptsz(hEvent, hStream, flags);
}

static QUANTA__COLD CUresult synced_cuEventSynchronize(CUevent hEvent)
{
    quanta_cuda_pfn_cuEventSynchronize real = (quanta_cuda_pfn_cuEventSynchronize)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuEventSynchronize);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuEventSynchronize);
    }
    quanta__work_syncing();
    CUresult rc = real(hEvent);
    quanta__work_synced();
    return rc;
}

QUANTA__WRAPPER CUresult cuEventSynchronize(CUevent hEvent)
{
    quanta_cuda_pfn_cuEventSynchronize real = (quanta_cuda_pfn_cuEventSynchronize)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuEventSynchronize);
    if (__builtin_expect(real != NULL && quanta__work_ungated(), 1))
        return real(hEvent);
    return synced_cuEventSynchronize(hEvent);
}

static QUANTA__COLD CUresult slow_cuExternalMemoryGetMappedBuffer(CUdeviceptr *devPtr, CUexternalMemory extMem, const CUDA_EXTERNAL_MEMORY_BUFFER_DESC *bufferDesc)
{
    quanta_cuda_pfn_cuExternalMemoryGetMappedBuffer real = (quanta_cuda_pfn_cuExternalMemoryGetMappedBuffer)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuExternalMemoryGetMappedBuffer);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuExternalMemoryGetMappedBuffer);
    }
    return real(devPtr, extMem, bufferDesc);
}

QUANTA__WRAPPER CUresult cuExternalMemoryGetMappedBuffer(CUdeviceptr *devPtr, CUexternalMemory extMem, const CUDA_EXTERNAL_MEMORY_BUFFER_DESC *bufferDesc)
{
    quanta_cuda_pfn_cuExternalMemoryGetMappedBuffer real = (quanta_cuda_pfn_cuExternalMemoryGetMappedBuffer)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuExternalMemoryGetMappedBuffer);
    if (__builtin_expect(real != NULL, 1))
        return real(devPtr, extMem, bufferDesc);
    return slow_cuExternalMemoryGetMappedBuffer(devPtr, extMem, bufferDesc);
}

static QUANTA__COLD CUresult slow_cuExternalMemoryGetMappedMipmappedArray(CUmipmappedArray *mipmap, CUexternalMemory extMem, const CUDA_EXTERNAL_MEMORY_MIPMAPPED_ARRAY_DESC *mipmapDesc)
{
    quanta_cuda_pfn_cuExternalMemoryGetMappedMipmappedArray real = (quanta_cuda_pfn_cuExternalMemoryGetMappedMipmappedArray)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuExternalMemoryGetMappedMipmappedArray);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuExternalMemoryGetMappedMipmappedArray);
    }
    return real(mipmap, extMem, mipmapDesc);
}

QUANTA__WRAPPER CUresult cuExternalMemoryGetMappedMipmappedArray(CUmipmappedArray *mipmap, CUexternalMemory extMem, const CUDA_EXTERNAL_MEMORY_MIPMAPPED_ARRAY_DESC *mipmapDesc)
{
    quanta_cuda_pfn_cuExternalMemoryGetMappedMipmappedArray real = (quanta_cuda_pfn_cuExternalMemoryGetMappedMipmappedArray)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuExternalMemoryGetMappedMipmappedArray);
    if (__builtin_expect(real != NULL, 1))
        return real(mipmap, extMem, mipmapDesc);
    return slow_cuExternalMemoryGetMappedMipmappedArray(mipmap, extMem, mipmapDesc);
}

static QUANTA__COLD CUresult slow_cuFlushGPUDirectRDMAWrites(CUflushGPUDirectRDMAWritesTarget target, CUflushGPUDirectRDMAWritesScope scope)
{
    quanta_cuda_pfn_cuFlushGPUDirectRDMAWrites real = (quanta_cuda_pfn_cuFlushGPUDirectRDMAWrites)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuFlushGPUDirectRDMAWrites);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuFlushGPUDirectRDMAWrites);
    }
    return real(target, scope);
}

QUANTA__WRAPPER CUresult cuFlushGPUDirectRDMAWrites(CUflushGPUDirectRDMAWritesTarget target, CUflushGPUDirectRDMAWritesScope scope)
{
    quanta_cuda_pfn_cuFlushGPUDirectRDMAWrites real = (quanta_cuda_pfn_cuFlushGPUDirectRDMAWrites)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuFlushGPUDirectRDMAWrites);
    if (__builtin_expect(real != NULL, 1))
        return real(target, scope);
    return slow_cuFlushGPUDirectRDMAWrites(target, scope);
}

static QUANTA__COLD CUresult slow_cuFuncGetAttribute(int *pi, CUfunction_attribute attrib, CUfunction hfunc)
{
    quanta_cuda_pfn_cuFuncGetAttribute real = (quanta_cuda_pfn_cuFuncGetAttribute)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuFuncGetAttribute);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuFuncGetAttribute);
    }
    return real(pi, attrib, hfunc);
}

QUANTA__WRAPPER CUresult cuFuncGetAttribute(int *pi, CUfunction_attribute attrib, CUfunction hfunc)
{
    quanta_cuda_pfn_cuFuncGetAttribute real = (quanta_cuda_pfn_cuFuncGetAttribute)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuFuncGetAttribute);
    if (__builtin_expect(real != NULL, 1))
        return real(pi, attrib, hfunc);
    return slow_cuFuncGetAttribute(pi, attrib, hfunc);
}

static QUANTA__COLD CUresult slow_cuFuncGetModule(CUmodule *hmod, CUfunction hfunc)
{
    quanta_cuda_pfn_cuFuncGetModule real = (quanta_cuda_pfn_cuFuncGetModule)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuFuncGetModule);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuFuncGetModule);
    }
    return real(hmod, hfunc);
}

QUANTA__WRAPPER CUresult cuFuncGetModule(CUmodule *hmod, CUfunction hfunc)
{
    quanta_cuda_pfn_cuFuncGetModule real = (quanta_cuda_pfn_cuFuncGetModule)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuFuncGetModule);
    if (__builtin_expect(real != NULL, 1))
        return real(hmod, hfunc);
    return slow_cuFuncGetModule(hmod, hfunc);
}

static QUANTA__COLD CUresult slow_cuFuncGetName(const char **name, CUfunction hfunc)
{
    quanta_cuda_pfn_cuFuncGetName real = (quanta_cuda_pfn_cuFuncGetName)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuFuncGetName);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuFuncGetName);
    }
    return real(name, hfunc);
}

QUANTA__WRAPPER CUresult cuFuncGetName(const char **name, CUfunction hfunc)
{
    quanta_cuda_pfn_cuFuncGetName real = (quanta_cuda_pfn_cuFuncGetName)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuFuncGetName);
    if (__builtin_expect(real != NULL, 1))
        return real(name, hfunc);
    return slow_cuFuncGetName(name, hfunc);
}

static QUANTA__COLD CUresult slow_cuFuncGetParamInfo(CUfunction func, size_t paramIndex, size_t *paramOffset, size_t *paramSize)
{
    quanta_cuda_pfn_cuFuncGetParamInfo real = (quanta_cuda_pfn_cuFuncGetParamInfo)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuFuncGetParamInfo);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuFuncGetParamInfo);
    }
    return real(func, paramIndex, paramOffset, paramSize);
}

QUANTA__WRAPPER CUresult cuFuncGetParamInfo(CUfunction func, size_t paramIndex, size_t *paramOffset, size_t *paramSize)
{
    quanta_cuda_pfn_cuFuncGetParamInfo real = (quanta_cuda_pfn_cuFuncGetParamInfo)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuFuncGetParamInfo);
    if (__builtin_expect(real != NULL, 1))
        return real(func, paramIndex, paramOffset, paramSize);
    return slow_cuFuncGetParamInfo(func, paramIndex, paramOffset, paramSize);
}

static QUANTA__COLD CUresult slow_cuFuncIsLoaded(CUfunctionLoadingState *state, CUfunction function)
{
    quanta_cuda_pfn_cuFuncIsLoaded real = (quanta_cuda_pfn_cuFuncIsLoaded)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuFuncIsLoaded);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuFuncIsLoaded);
    }
    return real(state, function);
}

QUANTA__WRAPPER CUresult cuFuncIsLoaded(CUfunctionLoadingState *state, CUfunction function)
{
    quanta_cuda_pfn_cuFuncIsLoaded real = (quanta_cuda_pfn_cuFuncIsLoaded)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuFuncIsLoaded);
    if (__builtin_expect(real != NULL, 1))
        return real(state, function);
    return slow_cuFuncIsLoaded(state, function);
}

static QUANTA__COLD CUresult slow_cuFuncLoad(CUfunction function)
{
    quanta_cuda_pfn_cuFuncLoad real = (quanta_cuda_pfn_cuFuncLoad)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuFuncLoad);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuFuncLoad);
    }
    return real(function);
}

QUANTA__WRAPPER CUresult cuFuncLoad(CUfunction function)
{
    quanta_cuda_pfn_cuFuncLoad real = (quanta_cuda_pfn_cuFuncLoad)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuFuncLoad);
    if (__builtin_expect(real != NULL, 1))
        return real(function);
    return slow_cuFuncLoad(function);
}

static QUANTA__COLD CUresult slow_cuFuncSetAttribute(CUfunction hfunc, CUfunction_attribute attrib, int value)
{
    quanta_cuda_pfn_cuFuncSetAttribute real = (quanta_cuda_pfn_cuFuncSetAttribute)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuFuncSetAttribute);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuFuncSetAttribute);
    }
    return real(hfunc, attrib, value);
}

QUANTA__WRAPPER CUresult cuFuncSetAttribute(CUfunction hfunc, CUfunction_attribute attrib, int value)
{
    quanta_cuda_pfn_cuFuncSetAttribute real = (quanta_cuda_pfn_cuFuncSetAttribute)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuFuncSetAttribute);
    if (__builtin_expect(real != NULL, 1))
        return real(hfunc, attrib, value);
    return slow_cuFuncSetAttribute(hfunc, attrib, value);
}

static QUANTA__COLD CUresult slow_cuFuncSetBlockShape(CUfunction hfunc, int x, int y, int z)
{
    quanta_cuda_pfn_cuFuncSetBlockShape real = (quanta_cuda_pfn_cuFuncSetBlockShape)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuFuncSetBlockShape);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuFuncSetBlockShape);
    }
    return real(hfunc, x, y, z);
}

QUANTA__WRAPPER CUresult cuFuncSetBlockShape(CUfunction hfunc, int x, int y, int z)
{
    quanta_cuda_pfn_cuFuncSetBlockShape real = (quanta_cuda_pfn_cuFuncSetBlockShape)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuFuncSetBlockShape);
    if (__builtin_expect(real != NULL, 1))
        return real(hfunc, x, y, z);
    return slow_cuFuncSetBlockShape(hfunc, x, y, z);
}

static QUANTA__COLD CUresult slow_cuFuncSetCacheConfig(CUfunction hfunc, CUfunc_cache config)
{
    quanta_cuda_pfn_cuFuncSetCacheConfig real = (quanta_cuda_pfn_cuFuncSetCacheConfig)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuFuncSetCacheConfig);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuFuncSetCacheConfig);
    }
    return real(hfunc, config);
}

QUANTA__WRAPPER CUresult cuFuncSetCacheConfig(CUfunction hfunc, CUfunc_cache config)
{
    quanta_cuda_pfn_cuFuncSetCacheConfig real = (quanta_cuda_pfn_cuFuncSetCacheConfig)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuFuncSetCacheConfig);
    if (__builtin_expect(real != NULL, 1))
        return real(hfunc, config);
    return slow_cuFuncSetCacheConfig(hfunc, config);
}

static QUANTA__COLD CUresult slow_cuFuncSetSharedMemConfig(CUfunction hfunc, CUsharedconfig config)
{
    quanta_cuda_pfn_cuFuncSetSharedMemConfig real = (quanta_cuda_pfn_cuFuncSetSharedMemConfig)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuFuncSetSharedMemConfig);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuFuncSetSharedMemConfig);
    }
    return real(hfunc, config);
}

QUANTA__WRAPPER CUresult cuFuncSetSharedMemConfig(CUfunction hfunc, CUsharedconfig config)
{
    quanta_cuda_pfn_cuFuncSetSharedMemConfig real = (quanta_cuda_pfn_cuFuncSetSharedMemConfig)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuFuncSetSharedMemConfig);
    if (__builtin_expect(real != NULL, 1))
        return real(hfunc, config);
    return slow_cuFuncSetSharedMemConfig(hfunc, config);
}

static QUANTA__COLD CUresult slow_cuFuncSetSharedSize(CUfunction hfunc, unsigned int bytes)
{
    quanta_cuda_pfn_cuFuncSetSharedSize real = (quanta_cuda_pfn_cuFuncSetSharedSize)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuFuncSetSharedSize);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuFuncSetSharedSize);
    }
    return real(hfunc, bytes);
}

QUANTA__WRAPPER CUresult cuFuncSetSharedSize(CUfunction hfunc, unsigned int bytes)
{
    quanta_cuda_pfn_cuFuncSetSharedSize real = (quanta_cuda_pfn_cuFuncSetSharedSize)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuFuncSetSharedSize);
    if (__builtin_expect(real != NULL, 1))
        return real(hfunc, bytes);
    return slow_cuFuncSetSharedSize(hfunc, bytes);
}

static QUANTA__COLD CUresult slow_cuGLCtxCreate(CUcontext *pCtx, unsigned int Flags, CUdevice device)
{
    quanta_cuda_pfn_cuGLCtxCreate real = (quanta_cuda_pfn_cuGLCtxCreate)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGLCtxCreate);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGLCtxCreate);
    }
    return real(pCtx, Flags, device);
}

QUANTA__WRAPPER CUresult cuGLCtxCreate(CUcontext *pCtx, unsigned int Flags, CUdevice device)
{
    quanta_cuda_pfn_cuGLCtxCreate real = (quanta_cuda_pfn_cuGLCtxCreate)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGLCtxCreate);
    if (__builtin_expect(real != NULL, 1))
        return real(pCtx, Flags, device);
    return slow_cuGLCtxCreate(pCtx, Flags, device);
}

static QUANTA__COLD CUresult slow_cuGLCtxCreate_v2(CUcontext *pCtx, unsigned int Flags, CUdevice device)
{
    quanta_cuda_pfn_cuGLCtxCreate_v2 real = (quanta_cuda_pfn_cuGLCtxCreate_v2)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGLCtxCreate_v2);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGLCtxCreate_v2);
    }
    return real(pCtx, Flags, device);
}

QUANTA__WRAPPER CUresult cuGLCtxCreate_v2(CUcontext *pCtx, unsigned int Flags, CUdevice device)
{
    quanta_cuda_pfn_cuGLCtxCreate_v2 real = (quanta_cuda_pfn_cuGLCtxCreate_v2)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGLCtxCreate_v2);
    if (__builtin_expect(real != NULL, 1))
        return real(pCtx, Flags, device);
    return slow_cuGLCtxCreate_v2(pCtx, Flags, device);
}

static QUANTA__COLD CUresult slow_cuGLGetDevices(unsigned int *pCudaDeviceCount, CUdevice *pCudaDevices, unsigned int cudaDeviceCount, CUGLDeviceList deviceList)
{
    quanta_cuda_pfn_cuGLGetDevices real = (quanta_cuda_pfn_cuGLGetDevices)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGLGetDevices);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGLGetDevices);
    }
    return real(pCudaDeviceCount, pCudaDevices, cudaDeviceCount, deviceList);
}

QUANTA__WRAPPER CUresult cuGLGetDevices(unsigned int *pCudaDeviceCount, CUdevice *pCudaDevices, unsigned int cudaDeviceCount, CUGLDeviceList deviceList)
{
    quanta_cuda_pfn_cuGLGetDevices real = (quanta_cuda_pfn_cuGLGetDevices)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGLGetDevices);
    if (__builtin_expect(real != NULL, 1))
        return real(pCudaDeviceCount, pCudaDevices, cudaDeviceCount, deviceList);
    return slow_cuGLGetDevices(pCudaDeviceCount, pCudaDevices, cudaDeviceCount, deviceList);
}

static QUANTA__COLD CUresult slow_cuGLGetDevices_v2(unsigned int *pCudaDeviceCount, CUdevice *pCudaDevices, unsigned int cudaDeviceCount, CUGLDeviceList deviceList)
{
    quanta_cuda_pfn_cuGLGetDevices_v2 real = (quanta_cuda_pfn_cuGLGetDevices_v2)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGLGetDevices_v2);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGLGetDevices_v2);
    }
    return real(pCudaDeviceCount, pCudaDevices, cudaDeviceCount, deviceList);
}

QUANTA__WRAPPER CUresult cuGLGetDevices_v2(unsigned int *pCudaDeviceCount, CUdevice *pCudaDevices, unsigned int cudaDeviceCount, CUGLDeviceList deviceList)
{
    quanta_cuda_pfn_cuGLGetDevices_v2 real = (quanta_cuda_pfn_cuGLGetDevices_v2)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGLGetDevices_v2);
    if (__builtin_expect(real != NULL, 1))
        return real(pCudaDeviceCount, pCudaDevices, cudaDeviceCount, deviceList);
    return slow_cuGLGetDevices_v2(pCudaDeviceCount, pCudaDevices, cudaDeviceCount, deviceList);
}

static QUANTA__COLD CUresult slow_cuGLInit(void)
{
    quanta_cuda_pfn_cuGLInit real = (quanta_cuda_pfn_cuGLInit)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGLInit);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGLInit);
    }
    return real();
}

QUANTA__WRAPPER CUresult cuGLInit(void)
{
    quanta_cuda_pfn_cuGLInit real = (quanta_cuda_pfn_cuGLInit)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGLInit);
    if (__builtin_expect(real != NULL, 1))
        return real();
    return slow_cuGLInit();
}

static QUANTA__COLD CUresult slow_cuGLMapBufferObject(CUdeviceptr_v1 *dptr, unsigned int *size, GLuint buffer)
{
    quanta_cuda_pfn_cuGLMapBufferObject real = (quanta_cuda_pfn_cuGLMapBufferObject)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGLMapBufferObject);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGLMapBufferObject);
    }
    return real(dptr, size, buffer);
}

QUANTA__WRAPPER CUresult cuGLMapBufferObject(CUdeviceptr_v1 *dptr, unsigned int *size, GLuint buffer)
{
    quanta_cuda_pfn_cuGLMapBufferObject real = (quanta_cuda_pfn_cuGLMapBufferObject)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGLMapBufferObject);
    if (__builtin_expect(real != NULL, 1))
        return real(dptr, size, buffer);
    return slow_cuGLMapBufferObject(dptr, size, buffer);
}

static QUANTA__COLD CUresult slow_cuGLMapBufferObject_v2(CUdeviceptr *dptr, size_t *size, GLuint buffer)
{
    quanta_cuda_pfn_cuGLMapBufferObject_v2 real = (quanta_cuda_pfn_cuGLMapBufferObject_v2)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGLMapBufferObject_v2);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGLMapBufferObject_v2);
    }
    return real(dptr, size, buffer);
}

QUANTA__WRAPPER CUresult cuGLMapBufferObject_v2(CUdeviceptr *dptr, size_t *size, GLuint buffer)
{
    quanta_cuda_pfn_cuGLMapBufferObject_v2 real = (quanta_cuda_pfn_cuGLMapBufferObject_v2)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGLMapBufferObject_v2);
    if (__builtin_expect(real != NULL, 1))
        return real(dptr, size, buffer);
    return slow_cuGLMapBufferObject_v2(dptr, size, buffer);
}

static QUANTA__COLD CUresult slow_cuGLMapBufferObject_v2_ptds(CUdeviceptr *dptr, size_t *size, GLuint buffer)
{
    quanta_cuda_pfn_cuGLMapBufferObject_v2_ptds real = (quanta_cuda_pfn_cuGLMapBufferObject_v2_ptds)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGLMapBufferObject_v2_ptds);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGLMapBufferObject_v2_ptds);
    }
    return real(dptr, size, buffer);
}

QUANTA__WRAPPER CUresult cuGLMapBufferObject_v2_ptds(CUdeviceptr *dptr, size_t *size, GLuint buffer)
{
    quanta_cuda_pfn_cuGLMapBufferObject_v2_ptds real = (quanta_cuda_pfn_cuGLMapBufferObject_v2_ptds)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGLMapBufferObject_v2_ptds);
    if (__builtin_expect(real != NULL, 1))
        return real(dptr, size, buffer);
    return slow_cuGLMapBufferObject_v2_ptds(dptr, size, buffer);
}

static QUANTA__COLD CUresult slow_cuGLMapBufferObjectAsync(CUdeviceptr_v1 *dptr, unsigned int *size, GLuint buffer, CUstream hStream)
{
    quanta_cuda_pfn_cuGLMapBufferObjectAsync real = (quanta_cuda_pfn_cuGLMapBufferObjectAsync)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGLMapBufferObjectAsync);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGLMapBufferObjectAsync);
    }
    return real(dptr, size, buffer, hStream);
}

QUANTA__WRAPPER CUresult cuGLMapBufferObjectAsync(CUdeviceptr_v1 *dptr, unsigned int *size, GLuint buffer, CUstream hStream)
{
    quanta_cuda_pfn_cuGLMapBufferObjectAsync real = (quanta_cuda_pfn_cuGLMapBufferObjectAsync)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGLMapBufferObjectAsync);
    if (__builtin_expect(real != NULL, 1))
        return real(dptr, size, buffer, hStream);
    return slow_cuGLMapBufferObjectAsync(dptr, size, buffer, hStream);
}

static QUANTA__COLD CUresult slow_cuGLMapBufferObjectAsync_v2(CUdeviceptr *dptr, size_t *size, GLuint buffer, CUstream hStream)
{
    quanta_cuda_pfn_cuGLMapBufferObjectAsync_v2 real = (quanta_cuda_pfn_cuGLMapBufferObjectAsync_v2)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGLMapBufferObjectAsync_v2);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGLMapBufferObjectAsync_v2);
    }
    return real(dptr, size, buffer, hStream);
}

QUANTA__WRAPPER CUresult cuGLMapBufferObjectAsync_v2(CUdeviceptr *dptr, size_t *size, GLuint buffer, CUstream hStream)
{
    quanta_cuda_pfn_cuGLMapBufferObjectAsync_v2 real = (quanta_cuda_pfn_cuGLMapBufferObjectAsync_v2)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGLMapBufferObjectAsync_v2);
    if (__builtin_expect(real != NULL, 1))
        return real(dptr, size, buffer, hStream);
    return slow_cuGLMapBufferObjectAsync_v2(dptr, size, buffer, hStream);
}

static QUANTA__COLD CUresult slow_cuGLMapBufferObjectAsync_v2_ptsz(CUdeviceptr *dptr, size_t *size, GLuint buffer, CUstream hStream)
{
    quanta_cuda_pfn_cuGLMapBufferObjectAsync_v2_ptsz real = (quanta_cuda_pfn_cuGLMapBufferObjectAsync_v2_ptsz)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGLMapBufferObjectAsync_v2_ptsz);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGLMapBufferObjectAsync_v2_ptsz);
    }
    return real(dptr, size, buffer, hStream);
}

QUANTA__WRAPPER CUresult cuGLMapBufferObjectAsync_v2_ptsz(CUdeviceptr *dptr, size_t *size, GLuint buffer, CUstream hStream)
{
    quanta_cuda_pfn_cuGLMapBufferObjectAsync_v2_ptsz real = (quanta_cuda_pfn_cuGLMapBufferObjectAsync_v2_ptsz)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGLMapBufferObjectAsync_v2_ptsz);
    if (__builtin_expect(real != NULL, 1))
        return real(dptr, size, buffer, hStream);
    return slow_cuGLMapBufferObjectAsync_v2_ptsz(dptr, size, buffer, hStream);
}

static QUANTA__COLD CUresult slow_cuGLRegisterBufferObject(GLuint buffer)
{
    quanta_cuda_pfn_cuGLRegisterBufferObject real = (quanta_cuda_pfn_cuGLRegisterBufferObject)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGLRegisterBufferObject);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGLRegisterBufferObject);
    }
    return real(buffer);
}

QUANTA__WRAPPER CUresult cuGLRegisterBufferObject(GLuint buffer)
{
    quanta_cuda_pfn_cuGLRegisterBufferObject real = (quanta_cuda_pfn_cuGLRegisterBufferObject)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGLRegisterBufferObject);
    if (__builtin_expect(real != NULL, 1))
        return real(buffer);
    return slow_cuGLRegisterBufferObject(buffer);
}

static QUANTA__COLD CUresult slow_cuGLSetBufferObjectMapFlags(GLuint buffer, unsigned int Flags)
{
    quanta_cuda_pfn_cuGLSetBufferObjectMapFlags real = (quanta_cuda_pfn_cuGLSetBufferObjectMapFlags)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGLSetBufferObjectMapFlags);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGLSetBufferObjectMapFlags);
    }
    return real(buffer, Flags);
}

QUANTA__WRAPPER CUresult cuGLSetBufferObjectMapFlags(GLuint buffer, unsigned int Flags)
{
    quanta_cuda_pfn_cuGLSetBufferObjectMapFlags real = (quanta_cuda_pfn_cuGLSetBufferObjectMapFlags)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGLSetBufferObjectMapFlags);
    if (__builtin_expect(real != NULL, 1))
        return real(buffer, Flags);
    return slow_cuGLSetBufferObjectMapFlags(buffer, Flags);
}

static QUANTA__COLD CUresult slow_cuGLUnmapBufferObject(GLuint buffer)
{
    quanta_cuda_pfn_cuGLUnmapBufferObject real = (quanta_cuda_pfn_cuGLUnmapBufferObject)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGLUnmapBufferObject);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGLUnmapBufferObject);
    }
    return real(buffer);
}

QUANTA__WRAPPER CUresult cuGLUnmapBufferObject(GLuint buffer)
{
    quanta_cuda_pfn_cuGLUnmapBufferObject real = (quanta_cuda_pfn_cuGLUnmapBufferObject)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGLUnmapBufferObject);
    if (__builtin_expect(real != NULL, 1))
        return real(buffer);
    return slow_cuGLUnmapBufferObject(buffer);
}

static QUANTA__COLD CUresult slow_cuGLUnmapBufferObjectAsync(GLuint buffer, CUstream hStream)
{
    quanta_cuda_pfn_cuGLUnmapBufferObjectAsync real = (quanta_cuda_pfn_cuGLUnmapBufferObjectAsync)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGLUnmapBufferObjectAsync);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGLUnmapBufferObjectAsync);
    }
    return real(buffer, hStream);
}

QUANTA__WRAPPER CUresult cuGLUnmapBufferObjectAsync(GLuint buffer, CUstream hStream)
{
    quanta_cuda_pfn_cuGLUnmapBufferObjectAsync real = (quanta_cuda_pfn_cuGLUnmapBufferObjectAsync)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGLUnmapBufferObjectAsync);
    if (__builtin_expect(real != NULL, 1))
        return real(buffer, hStream);
    return slow_cuGLUnmapBufferObjectAsync(buffer, hStream);
}

static QUANTA__COLD CUresult slow_cuGLUnregisterBufferObject(GLuint buffer)
{
    quanta_cuda_pfn_cuGLUnregisterBufferObject real = (quanta_cuda_pfn_cuGLUnregisterBufferObject)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGLUnregisterBufferObject);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGLUnregisterBufferObject);
    }
    return real(buffer);
}

QUANTA__WRAPPER CUresult cuGLUnregisterBufferObject(GLuint buffer)
{
    quanta_cuda_pfn_cuGLUnregisterBufferObject real = (quanta_cuda_pfn_cuGLUnregisterBufferObject)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGLUnregisterBufferObject);
    if (__builtin_expect(real != NULL, 1))
        return real(buffer);
    return slow_cuGLUnregisterBufferObject(buffer);
}

static QUANTA__COLD CUresult slow_cuGetErrorName(CUresult error, const char **pStr)
{
    quanta_cuda_pfn_cuGetErrorName real = (quanta_cuda_pfn_cuGetErrorName)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGetErrorName);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGetErrorName);
    }
    return real(error, pStr);
}

QUANTA__WRAPPER CUresult cuGetErrorName(CUresult error, const char **pStr)
{
    quanta_cuda_pfn_cuGetErrorName real = (quanta_cuda_pfn_cuGetErrorName)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGetErrorName);
    if (__builtin_expect(real != NULL, 1))
        return real(error, pStr);
    return slow_cuGetErrorName(error, pStr);
}

static QUANTA__COLD CUresult slow_cuGetErrorString(CUresult error, const char **pStr)
{
    quanta_cuda_pfn_cuGetErrorString real = (quanta_cuda_pfn_cuGetErrorString)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGetErrorString);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGetErrorString);
    }
    return real(error, pStr);
}

QUANTA__WRAPPER CUresult cuGetErrorString(CUresult error, const char **pStr)
{
    quanta_cuda_pfn_cuGetErrorString real = (quanta_cuda_pfn_cuGetErrorString)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGetErrorString);
    if (__builtin_expect(real != NULL, 1))
        return real(error, pStr);
    return slow_cuGetErrorString(error, pStr);
}

static QUANTA__COLD CUresult slow_cuGetExportTable(const void **ppExportTable, const CUuuid *pExportTableId)
{
    quanta_cuda_pfn_cuGetExportTable real = (quanta_cuda_pfn_cuGetExportTable)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGetExportTable);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGetExportTable);
    }
    return real(ppExportTable, pExportTableId);
}

QUANTA__WRAPPER CUresult cuGetExportTable(const void **ppExportTable, const CUuuid *pExportTableId)
{
    quanta_cuda_pfn_cuGetExportTable real = (quanta_cuda_pfn_cuGetExportTable)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGetExportTable);
    if (__builtin_expect(real != NULL, 1))
        return real(ppExportTable, pExportTableId);
    return slow_cuGetExportTable(ppExportTable, pExportTableId);
}

static QUANTA__COLD CUresult slow_cuGetProcAddress(const char *symbol, void **pfn, int cudaVersion, cuuint64_t flags)
{
    quanta_cuda_pfn_cuGetProcAddress real = (quanta_cuda_pfn_cuGetProcAddress)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGetProcAddress);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGetProcAddress);
    }
    return real(symbol, pfn, cudaVersion, flags);
}

QUANTA__WRAPPER CUresult cuGetProcAddress(const char *symbol, void **pfn, int cudaVersion, cuuint64_t flags)
{
    quanta_cuda_pfn_cuGetProcAddress real = (quanta_cuda_pfn_cuGetProcAddress)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGetProcAddress);
    if (__builtin_expect(real != NULL, 1))
        return real(symbol, pfn, cudaVersion, flags);
    return slow_cuGetProcAddress(symbol, pfn, cudaVersion, flags);
}

static QUANTA__COLD CUresult slow_cuGetProcAddress_v2(const char *symbol, void **pfn, int cudaVersion, cuuint64_t flags, CUdriverProcAddressQueryResult *symbolStatus)
{
    quanta_cuda_pfn_cuGetProcAddress_v2 real = (quanta_cuda_pfn_cuGetProcAddress_v2)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGetProcAddress_v2);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGetProcAddress_v2);
    }
    return real(symbol, pfn, cudaVersion, flags, symbolStatus);
}

QUANTA__WRAPPER CUresult cuGetProcAddress_v2(const char *symbol, void **pfn, int cudaVersion, cuuint64_t flags, CUdriverProcAddressQueryResult *symbolStatus)
{
    quanta_cuda_pfn_cuGetProcAddress_v2 real = (quanta_cuda_pfn_cuGetProcAddress_v2)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGetProcAddress_v2);
    if (__builtin_expect(real != NULL, 1))
        return real(symbol, pfn, cudaVersion, flags, symbolStatus);
    return slow_cuGetProcAddress_v2(symbol, pfn, cudaVersion, flags, symbolStatus);
}

static QUANTA__COLD CUresult slow_cuGraphAddBatchMemOpNode(CUgraphNode *phGraphNode, CUgraph hGraph, const CUgraphNode *dependencies, size_t numDependencies, const CUDA_BATCH_MEM_OP_NODE_PARAMS *nodeParams)
{
    quanta_cuda_pfn_cuGraphAddBatchMemOpNode real = (quanta_cuda_pfn_cuGraphAddBatchMemOpNode)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGraphAddBatchMemOpNode);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGraphAddBatchMemOpNode);
    }
    return real(phGraphNode, hGraph, dependencies, numDependencies, nodeParams);
}

QUANTA__WRAPPER CUresult cuGraphAddBatchMemOpNode(CUgraphNode *phGraphNode, CUgraph hGraph, const CUgraphNode *dependencies, size_t numDependencies, const CUDA_BATCH_MEM_OP_NODE_PARAMS *nodeParams)
{
    quanta_cuda_pfn_cuGraphAddBatchMemOpNode real = (quanta_cuda_pfn_cuGraphAddBatchMemOpNode)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGraphAddBatchMemOpNode);
    if (__builtin_expect(real != NULL, 1))
        return real(phGraphNode, hGraph, dependencies, numDependencies, nodeParams);
    return slow_cuGraphAddBatchMemOpNode(phGraphNode, hGraph, dependencies, numDependencies, nodeParams);
}

static QUANTA__COLD CUresult slow_cuGraphAddChildGraphNode(CUgraphNode *phGraphNode, CUgraph hGraph, const CUgraphNode *dependencies, size_t numDependencies, CUgraph childGraph)
{
    quanta_cuda_pfn_cuGraphAddChildGraphNode real = (quanta_cuda_pfn_cuGraphAddChildGraphNode)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGraphAddChildGraphNode);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGraphAddChildGraphNode);
    }
    return real(phGraphNode, hGraph, dependencies, numDependencies, childGraph);
}

QUANTA__WRAPPER CUresult cuGraphAddChildGraphNode(CUgraphNode *phGraphNode, CUgraph hGraph, const CUgraphNode *dependencies, size_t numDependencies, CUgraph childGraph)
{
    quanta_cuda_pfn_cuGraphAddChildGraphNode real = (quanta_cuda_pfn_cuGraphAddChildGraphNode)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGraphAddChildGraphNode);
    if (__builtin_expect(real != NULL, 1))
        return real(phGraphNode, hGraph, dependencies, numDependencies, childGraph);
    return slow_cuGraphAddChildGraphNode(phGraphNode, hGraph, dependencies, numDependencies, childGraph);
}

static QUANTA__COLD CUresult slow_cuGraphAddDependencies(CUgraph hGraph, const CUgraphNode *from, const CUgraphNode *to, size_t numDependencies)
{
    quanta_cuda_pfn_cuGraphAddDependencies real = (quanta_cuda_pfn_cuGraphAddDependencies)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGraphAddDependencies);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGraphAddDependencies);
    }
    return real(hGraph, from, to, numDependencies);
}

QUANTA__WRAPPER CUresult cuGraphAddDependencies(CUgraph hGraph, const CUgraphNode *from, const CUgraphNode *to, size_t numDependencies)
{
    quanta_cuda_pfn_cuGraphAddDependencies real = (quanta_cuda_pfn_cuGraphAddDependencies)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGraphAddDependencies);
    if (__builtin_expect(real != NULL, 1))
        return real(hGraph, from, to, numDependencies);
    return slow_cuGraphAddDependencies(hGraph, from, to, numDependencies);
}

static QUANTA__COLD CUresult slow_cuGraphAddDependencies_v2(CUgraph hGraph, const CUgraphNode *from, const CUgraphNode *to, const CUgraphEdgeData *edgeData, size_t numDependencies)
{
    quanta_cuda_pfn_cuGraphAddDependencies_v2 real = (quanta_cuda_pfn_cuGraphAddDependencies_v2)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGraphAddDependencies_v2);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGraphAddDependencies_v2);
    }
    return real(hGraph, from, to, edgeData, numDependencies);
}

QUANTA__WRAPPER CUresult cuGraphAddDependencies_v2(CUgraph hGraph, const CUgraphNode *from, const CUgraphNode *to, const CUgraphEdgeData *edgeData, size_t numDependencies)
{
    quanta_cuda_pfn_cuGraphAddDependencies_v2 real = (quanta_cuda_pfn_cuGraphAddDependencies_v2)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGraphAddDependencies_v2);
    if (__builtin_expect(real != NULL, 1))
        return real(hGraph, from, to, edgeData, numDependencies);
    return slow_cuGraphAddDependencies_v2(hGraph, from, to, edgeData, numDependencies);
}

static QUANTA__COLD CUresult slow_cuGraphAddEmptyNode(CUgraphNode *phGraphNode, CUgraph hGraph, const CUgraphNode *dependencies, size_t numDependencies)
{
    quanta_cuda_pfn_cuGraphAddEmptyNode real = (quanta_cuda_pfn_cuGraphAddEmptyNode)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGraphAddEmptyNode);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGraphAddEmptyNode);
    }
    return real(phGraphNode, hGraph, dependencies, numDependencies);
}

QUANTA__WRAPPER CUresult cuGraphAddEmptyNode(CUgraphNode *phGraphNode, CUgraph hGraph, const CUgraphNode *dependencies, size_t numDependencies)
{
    quanta_cuda_pfn_cuGraphAddEmptyNode real = (quanta_cuda_pfn_cuGraphAddEmptyNode)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGraphAddEmptyNode);
    if (__builtin_expect(real != NULL, 1))
        return real(phGraphNode, hGraph, dependencies, numDependencies);
    return slow_cuGraphAddEmptyNode(phGraphNode, hGraph, dependencies, numDependencies);
}

static QUANTA__COLD CUresult slow_cuGraphAddEventRecordNode(CUgraphNode *phGraphNode, CUgraph hGraph, const CUgraphNode *dependencies, size_t numDependencies, CUevent event)
{
    quanta_cuda_pfn_cuGraphAddEventRecordNode real = (quanta_cuda_pfn_cuGraphAddEventRecordNode)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGraphAddEventRecordNode);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGraphAddEventRecordNode);
    }
    return real(phGraphNode, hGraph, dependencies, numDependencies, event);
}

QUANTA__WRAPPER CUresult cuGraphAddEventRecordNode(CUgraphNode *phGraphNode, CUgraph hGraph, const CUgraphNode *dependencies, size_t numDependencies, CUevent event)
{
    quanta_cuda_pfn_cuGraphAddEventRecordNode real = (quanta_cuda_pfn_cuGraphAddEventRecordNode)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGraphAddEventRecordNode);
    if (__builtin_expect(real != NULL, 1))
        return real(phGraphNode, hGraph, dependencies, numDependencies, event);
    return slow_cuGraphAddEventRecordNode(phGraphNode, hGraph, dependencies, numDependencies, event);
}

static QUANTA__COLD CUresult slow_cuGraphAddEventWaitNode(CUgraphNode *phGraphNode, CUgraph hGraph, const CUgraphNode *dependencies, size_t numDependencies, CUevent event)
{
    quanta_cuda_pfn_cuGraphAddEventWaitNode real = (quanta_cuda_pfn_cuGraphAddEventWaitNode)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGraphAddEventWaitNode);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGraphAddEventWaitNode);
    }
    return real(phGraphNode, hGraph, dependencies, numDependencies, event);
}

QUANTA__WRAPPER CUresult cuGraphAddEventWaitNode(CUgraphNode *phGraphNode, CUgraph hGraph, const CUgraphNode *dependencies, size_t numDependencies, CUevent event)
{
    quanta_cuda_pfn_cuGraphAddEventWaitNode real = (quanta_cuda_pfn_cuGraphAddEventWaitNode)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGraphAddEventWaitNode);
    if (__builtin_expect(real != NULL, 1))
        return real(phGraphNode, hGraph, dependencies, numDependencies, event);
    return slow_cuGraphAddEventWaitNode(phGraphNode, hGraph, dependencies, numDependencies, event);
}

static QUANTA__COLD CUresult slow_cuGraphAddExternalSemaphoresSignalNode(CUgraphNode *phGraphNode, CUgraph hGraph, const CUgraphNode *dependencies, size_t numDependencies, const CUDA_EXT_SEM_SIGNAL_NODE_PARAMS *nodeParams)
{
    quanta_cuda_pfn_cuGraphAddExternalSemaphoresSignalNode real = (quanta_cuda_pfn_cuGraphAddExternalSemaphoresSignalNode)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGraphAddExternalSemaphoresSignalNode);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGraphAddExternalSemaphoresSignalNode);
    }
    return real(phGraphNode, hGraph, dependencies, numDependencies, nodeParams);
}

QUANTA__WRAPPER CUresult cuGraphAddExternalSemaphoresSignalNode(CUgraphNode *phGraphNode, CUgraph hGraph, const CUgraphNode *dependencies, size_t numDependencies, const CUDA_EXT_SEM_SIGNAL_NODE_PARAMS *nodeParams)
{
    quanta_cuda_pfn_cuGraphAddExternalSemaphoresSignalNode real = (quanta_cuda_pfn_cuGraphAddExternalSemaphoresSignalNode)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGraphAddExternalSemaphoresSignalNode);
    if (__builtin_expect(real != NULL, 1))
        return real(phGraphNode, hGraph, dependencies, numDependencies, nodeParams);
    return slow_cuGraphAddExternalSemaphoresSignalNode(phGraphNode, hGraph, dependencies, numDependencies, nodeParams);
}

static QUANTA__COLD CUresult slow_cuGraphAddExternalSemaphoresWaitNode(CUgraphNode *phGraphNode, CUgraph hGraph, const CUgraphNode *dependencies, size_t numDependencies, const CUDA_EXT_SEM_WAIT_NODE_PARAMS *nodeParams)
{
    quanta_cuda_pfn_cuGraphAddExternalSemaphoresWaitNode real = (quanta_cuda_pfn_cuGraphAddExternalSemaphoresWaitNode)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGraphAddExternalSemaphoresWaitNode);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGraphAddExternalSemaphoresWaitNode);
    }
    return real(phGraphNode, hGraph, dependencies, numDependencies, nodeParams);
}

QUANTA__WRAPPER CUresult cuGraphAddExternalSemaphoresWaitNode(CUgraphNode *phGraphNode, CUgraph hGraph, const CUgraphNode *dependencies, size_t numDependencies, const CUDA_EXT_SEM_WAIT_NODE_PARAMS *nodeParams)
{
    quanta_cuda_pfn_cuGraphAddExternalSemaphoresWaitNode real = (quanta_cuda_pfn_cuGraphAddExternalSemaphoresWaitNode)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGraphAddExternalSemaphoresWaitNode);
    if (__builtin_expect(real != NULL, 1))
        return real(phGraphNode, hGraph, dependencies, numDependencies, nodeParams);
    return slow_cuGraphAddExternalSemaphoresWaitNode(phGraphNode, hGraph, dependencies, numDependencies, nodeParams);
}

static QUANTA__COLD CUresult slow_cuGraphAddHostNode(CUgraphNode *phGraphNode, CUgraph hGraph, const CUgraphNode *dependencies, size_t numDependencies, const CUDA_HOST_NODE_PARAMS *nodeParams)
{
    quanta_cuda_pfn_cuGraphAddHostNode real = (quanta_cuda_pfn_cuGraphAddHostNode)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGraphAddHostNode);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGraphAddHostNode);
    }
    return real(phGraphNode, hGraph, dependencies, numDependencies, nodeParams);
}

QUANTA__WRAPPER CUresult cuGraphAddHostNode(CUgraphNode *phGraphNode, CUgraph hGraph, const CUgraphNode *dependencies, size_t numDependencies, const CUDA_HOST_NODE_PARAMS *nodeParams)
{
    quanta_cuda_pfn_cuGraphAddHostNode real = (quanta_cuda_pfn_cuGraphAddHostNode)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGraphAddHostNode);
    if (__builtin_expect(real != NULL, 1))
        return real(phGraphNode, hGraph, dependencies, numDependencies, nodeParams);
    return slow_cuGraphAddHostNode(phGraphNode, hGraph, dependencies, numDependencies, nodeParams);
}

static QUANTA__COLD CUresult slow_cuGraphAddKernelNode(CUgraphNode *phGraphNode, CUgraph hGraph, const CUgraphNode *dependencies, size_t numDependencies, const CUDA_KERNEL_NODE_PARAMS_v1 *nodeParams)
{
    quanta_cuda_pfn_cuGraphAddKernelNode real = (quanta_cuda_pfn_cuGraphAddKernelNode)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGraphAddKernelNode);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGraphAddKernelNode);
    }
    return real(phGraphNode, hGraph, dependencies, numDependencies, nodeParams);
}

QUANTA__WRAPPER CUresult cuGraphAddKernelNode(CUgraphNode *phGraphNode, CUgraph hGraph, const CUgraphNode *dependencies, size_t numDependencies, const CUDA_KERNEL_NODE_PARAMS_v1 *nodeParams)
{
    quanta_cuda_pfn_cuGraphAddKernelNode real = (quanta_cuda_pfn_cuGraphAddKernelNode)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGraphAddKernelNode);
    if (__builtin_expect(real != NULL, 1))
        return real(phGraphNode, hGraph, dependencies, numDependencies, nodeParams);
    return slow_cuGraphAddKernelNode(phGraphNode, hGraph, dependencies, numDependencies, nodeParams);
}

static QUANTA__COLD CUresult slow_cuGraphAddKernelNode_v2(CUgraphNode *phGraphNode, CUgraph hGraph, const CUgraphNode *dependencies, size_t numDependencies, const CUDA_KERNEL_NODE_PARAMS *nodeParams)
{
    quanta_cuda_pfn_cuGraphAddKernelNode_v2 real = (quanta_cuda_pfn_cuGraphAddKernelNode_v2)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGraphAddKernelNode_v2);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGraphAddKernelNode_v2);
    }
    return real(phGraphNode, hGraph, dependencies, numDependencies, nodeParams);
}

QUANTA__WRAPPER CUresult cuGraphAddKernelNode_v2(CUgraphNode *phGraphNode, CUgraph hGraph, const CUgraphNode *dependencies, size_t numDependencies, const CUDA_KERNEL_NODE_PARAMS *nodeParams)
{
    quanta_cuda_pfn_cuGraphAddKernelNode_v2 real = (quanta_cuda_pfn_cuGraphAddKernelNode_v2)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGraphAddKernelNode_v2);
    if (__builtin_expect(real != NULL, 1))
        return real(phGraphNode, hGraph, dependencies, numDependencies, nodeParams);
    return slow_cuGraphAddKernelNode_v2(phGraphNode, hGraph, dependencies, numDependencies, nodeParams);
}

static QUANTA__COLD CUresult slow_cuGraphAddMemAllocNode(CUgraphNode *phGraphNode, CUgraph hGraph, const CUgraphNode *dependencies, size_t numDependencies, CUDA_MEM_ALLOC_NODE_PARAMS *nodeParams)
{
    quanta_cuda_pfn_cuGraphAddMemAllocNode real = (quanta_cuda_pfn_cuGraphAddMemAllocNode)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGraphAddMemAllocNode);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGraphAddMemAllocNode);
    }
    return real(phGraphNode, hGraph, dependencies, numDependencies, nodeParams);
}

QUANTA__WRAPPER CUresult cuGraphAddMemAllocNode(CUgraphNode *phGraphNode, CUgraph hGraph, const CUgraphNode *dependencies, size_t numDependencies, CUDA_MEM_ALLOC_NODE_PARAMS *nodeParams)
{
    quanta_cuda_pfn_cuGraphAddMemAllocNode real = (quanta_cuda_pfn_cuGraphAddMemAllocNode)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGraphAddMemAllocNode);
    if (__builtin_expect(real != NULL, 1))
        return real(phGraphNode, hGraph, dependencies, numDependencies, nodeParams);
    return slow_cuGraphAddMemAllocNode(phGraphNode, hGraph, dependencies, numDependencies, nodeParams);
}

static QUANTA__COLD CUresult slow_cuGraphAddMemFreeNode(CUgraphNode *phGraphNode, CUgraph hGraph, const CUgraphNode *dependencies, size_t numDependencies, CUdeviceptr dptr)
{
    quanta_cuda_pfn_cuGraphAddMemFreeNode real = (quanta_cuda_pfn_cuGraphAddMemFreeNode)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGraphAddMemFreeNode);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGraphAddMemFreeNode);
    }
    return real(phGraphNode, hGraph, dependencies, numDependencies, dptr);
}

QUANTA__WRAPPER CUresult cuGraphAddMemFreeNode(CUgraphNode *phGraphNode, CUgraph hGraph, const CUgraphNode *dependencies, size_t numDependencies, CUdeviceptr dptr)
{
    quanta_cuda_pfn_cuGraphAddMemFreeNode real = (quanta_cuda_pfn_cuGraphAddMemFreeNode)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGraphAddMemFreeNode);
    if (__builtin_expect(real != NULL, 1))
        return real(phGraphNode, hGraph, dependencies, numDependencies, dptr);
    return slow_cuGraphAddMemFreeNode(phGraphNode, hGraph, dependencies, numDependencies, dptr);
}

static QUANTA__COLD CUresult slow_cuGraphAddMemcpyNode(CUgraphNode *phGraphNode, CUgraph hGraph, const CUgraphNode *dependencies, size_t numDependencies, const CUDA_MEMCPY3D *copyParams, CUcontext ctx)
{
    quanta_cuda_pfn_cuGraphAddMemcpyNode real = (quanta_cuda_pfn_cuGraphAddMemcpyNode)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGraphAddMemcpyNode);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGraphAddMemcpyNode);
    }
    return real(phGraphNode, hGraph, dependencies, numDependencies, copyParams, ctx);
}

QUANTA__WRAPPER CUresult cuGraphAddMemcpyNode(CUgraphNode *phGraphNode, CUgraph hGraph, const CUgraphNode *dependencies, size_t numDependencies, const CUDA_MEMCPY3D *copyParams, CUcontext ctx)
{
    quanta_cuda_pfn_cuGraphAddMemcpyNode real = (quanta_cuda_pfn_cuGraphAddMemcpyNode)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGraphAddMemcpyNode);
    if (__builtin_expect(real != NULL, 1))
        return real(phGraphNode, hGraph, dependencies, numDependencies, copyParams, ctx);
    return slow_cuGraphAddMemcpyNode(phGraphNode, hGraph, dependencies, numDependencies, copyParams, ctx);
}

static QUANTA__COLD CUresult slow_cuGraphAddMemsetNode(CUgraphNode *phGraphNode, CUgraph hGraph, const CUgraphNode *dependencies, size_t numDependencies, const CUDA_MEMSET_NODE_PARAMS *memsetParams, CUcontext ctx)
{
    quanta_cuda_pfn_cuGraphAddMemsetNode real = (quanta_cuda_pfn_cuGraphAddMemsetNode)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGraphAddMemsetNode);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGraphAddMemsetNode);
    }
    return real(phGraphNode, hGraph, dependencies, numDependencies, memsetParams, ctx);
}

QUANTA__WRAPPER CUresult cuGraphAddMemsetNode(CUgraphNode *phGraphNode, CUgraph hGraph, const CUgraphNode *dependencies, size_t numDependencies, const CUDA_MEMSET_NODE_PARAMS *memsetParams, CUcontext ctx)
{
    quanta_cuda_pfn_cuGraphAddMemsetNode real = (quanta_cuda_pfn_cuGraphAddMemsetNode)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGraphAddMemsetNode);
    if (__builtin_expect(real != NULL, 1))
        return real(phGraphNode, hGraph, dependencies, numDependencies, memsetParams, ctx);
    return slow_cuGraphAddMemsetNode(phGraphNode, hGraph, dependencies, numDependencies, memsetParams, ctx);
}

static QUANTA__COLD CUresult slow_cuGraphAddNode(CUgraphNode *phGraphNode, CUgraph hGraph, const CUgraphNode *dependencies, size_t numDependencies, CUgraphNodeParams *nodeParams)
{
    quanta_cuda_pfn_cuGraphAddNode real = (quanta_cuda_pfn_cuGraphAddNode)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGraphAddNode);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGraphAddNode);
    }
    return real(phGraphNode, hGraph, dependencies, numDependencies, nodeParams);
}

QUANTA__WRAPPER CUresult cuGraphAddNode(CUgraphNode *phGraphNode, CUgraph hGraph, const CUgraphNode *dependencies, size_t numDependencies, CUgraphNodeParams *nodeParams)
{
    quanta_cuda_pfn_cuGraphAddNode real = (quanta_cuda_pfn_cuGraphAddNode)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGraphAddNode);
    if (__builtin_expect(real != NULL, 1))
        return real(phGraphNode, hGraph, dependencies, numDependencies, nodeParams);
    return slow_cuGraphAddNode(phGraphNode, hGraph, dependencies, numDependencies, nodeParams);
}

static QUANTA__COLD CUresult slow_cuGraphAddNode_v2(CUgraphNode *phGraphNode, CUgraph hGraph, const CUgraphNode *dependencies, const CUgraphEdgeData *dependencyData, size_t numDependencies, CUgraphNodeParams *nodeParams)
{
    quanta_cuda_pfn_cuGraphAddNode_v2 real = (quanta_cuda_pfn_cuGraphAddNode_v2)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGraphAddNode_v2);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGraphAddNode_v2);
    }
    return real(phGraphNode, hGraph, dependencies, dependencyData, numDependencies, nodeParams);
}

QUANTA__WRAPPER CUresult cuGraphAddNode_v2(CUgraphNode *phGraphNode, CUgraph hGraph, const CUgraphNode *dependencies, const CUgraphEdgeData *dependencyData, size_t numDependencies, CUgraphNodeParams *nodeParams)
{
    quanta_cuda_pfn_cuGraphAddNode_v2 real = (quanta_cuda_pfn_cuGraphAddNode_v2)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGraphAddNode_v2);
    if (__builtin_expect(real != NULL, 1))
        return real(phGraphNode, hGraph, dependencies, dependencyData, numDependencies, nodeParams);
    return slow_cuGraphAddNode_v2(phGraphNode, hGraph, dependencies, dependencyData, numDependencies, nodeParams);
}

static QUANTA__COLD CUresult slow_cuGraphBatchMemOpNodeGetParams(CUgraphNode hNode, CUDA_BATCH_MEM_OP_NODE_PARAMS *nodeParams_out)
{
    quanta_cuda_pfn_cuGraphBatchMemOpNodeGetParams real = (quanta_cuda_pfn_cuGraphBatchMemOpNodeGetParams)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGraphBatchMemOpNodeGetParams);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGraphBatchMemOpNodeGetParams);
    }
    return real(hNode, nodeParams_out);
}

QUANTA__WRAPPER CUresult cuGraphBatchMemOpNodeGetParams(CUgraphNode hNode, CUDA_BATCH_MEM_OP_NODE_PARAMS *nodeParams_out)
{
    quanta_cuda_pfn_cuGraphBatchMemOpNodeGetParams real = (quanta_cuda_pfn_cuGraphBatchMemOpNodeGetParams)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGraphBatchMemOpNodeGetParams);
    if (__builtin_expect(real != NULL, 1))
        return real(hNode, nodeParams_out);
    return slow_cuGraphBatchMemOpNodeGetParams(hNode, nodeParams_out);
}

static QUANTA__COLD CUresult slow_cuGraphBatchMemOpNodeSetParams(CUgraphNode hNode, const CUDA_BATCH_MEM_OP_NODE_PARAMS *nodeParams)
{
    quanta_cuda_pfn_cuGraphBatchMemOpNodeSetParams real = (quanta_cuda_pfn_cuGraphBatchMemOpNodeSetParams)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGraphBatchMemOpNodeSetParams);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGraphBatchMemOpNodeSetParams);
    }
    return real(hNode, nodeParams);
}

QUANTA__WRAPPER CUresult cuGraphBatchMemOpNodeSetParams(CUgraphNode hNode, const CUDA_BATCH_MEM_OP_NODE_PARAMS *nodeParams)
{
    quanta_cuda_pfn_cuGraphBatchMemOpNodeSetParams real = (quanta_cuda_pfn_cuGraphBatchMemOpNodeSetParams)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGraphBatchMemOpNodeSetParams);
    if (__builtin_expect(real != NULL, 1))
        return real(hNode, nodeParams);
    return slow_cuGraphBatchMemOpNodeSetParams(hNode, nodeParams);
}

static QUANTA__COLD CUresult slow_cuGraphChildGraphNodeGetGraph(CUgraphNode hNode, CUgraph *phGraph)
{
    quanta_cuda_pfn_cuGraphChildGraphNodeGetGraph real = (quanta_cuda_pfn_cuGraphChildGraphNodeGetGraph)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGraphChildGraphNodeGetGraph);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGraphChildGraphNodeGetGraph);
    }
    return real(hNode, phGraph);
}

QUANTA__WRAPPER CUresult cuGraphChildGraphNodeGetGraph(CUgraphNode hNode, CUgraph *phGraph)
{
    quanta_cuda_pfn_cuGraphChildGraphNodeGetGraph real = (quanta_cuda_pfn_cuGraphChildGraphNodeGetGraph)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGraphChildGraphNodeGetGraph);
    if (__builtin_expect(real != NULL, 1))
        return real(hNode, phGraph);
    return slow_cuGraphChildGraphNodeGetGraph(hNode, phGraph);
}

static QUANTA__COLD CUresult slow_cuGraphClone(CUgraph *phGraphClone, CUgraph originalGraph)
{
    quanta_cuda_pfn_cuGraphClone real = (quanta_cuda_pfn_cuGraphClone)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGraphClone);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGraphClone);
    }
    return real(phGraphClone, originalGraph);
}

QUANTA__WRAPPER CUresult cuGraphClone(CUgraph *phGraphClone, CUgraph originalGraph)
{
    quanta_cuda_pfn_cuGraphClone real = (quanta_cuda_pfn_cuGraphClone)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGraphClone);
    if (__builtin_expect(real != NULL, 1))
        return real(phGraphClone, originalGraph);
    return slow_cuGraphClone(phGraphClone, originalGraph);
}

static QUANTA__COLD CUresult slow_cuGraphConditionalHandleCreate(CUgraphConditionalHandle *pHandle_out, CUgraph hGraph, CUcontext ctx, unsigned int defaultLaunchValue, unsigned int flags)
{
    quanta_cuda_pfn_cuGraphConditionalHandleCreate real = (quanta_cuda_pfn_cuGraphConditionalHandleCreate)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGraphConditionalHandleCreate);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGraphConditionalHandleCreate);
    }
    return real(pHandle_out, hGraph, ctx, defaultLaunchValue, flags);
}

QUANTA__WRAPPER CUresult cuGraphConditionalHandleCreate(CUgraphConditionalHandle *pHandle_out, CUgraph hGraph, CUcontext ctx, unsigned int defaultLaunchValue, unsigned int flags)
{
    quanta_cuda_pfn_cuGraphConditionalHandleCreate real = (quanta_cuda_pfn_cuGraphConditionalHandleCreate)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGraphConditionalHandleCreate);
    if (__builtin_expect(real != NULL, 1))
        return real(pHandle_out, hGraph, ctx, defaultLaunchValue, flags);
    return slow_cuGraphConditionalHandleCreate(pHandle_out, hGraph, ctx, defaultLaunchValue, flags);
}

static QUANTA__COLD CUresult slow_cuGraphCreate(CUgraph *phGraph, unsigned int flags)
{
    quanta_cuda_pfn_cuGraphCreate real = (quanta_cuda_pfn_cuGraphCreate)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGraphCreate);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGraphCreate);
    }
    return real(phGraph, flags);
}

QUANTA__WRAPPER CUresult cuGraphCreate(CUgraph *phGraph, unsigned int flags)
{
    quanta_cuda_pfn_cuGraphCreate real = (quanta_cuda_pfn_cuGraphCreate)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGraphCreate);
    if (__builtin_expect(real != NULL, 1))
        return real(phGraph, flags);
    return slow_cuGraphCreate(phGraph, flags);
}

static QUANTA__COLD CUresult slow_cuGraphDebugDotPrint(CUgraph hGraph, const char *path, unsigned int flags)
{
    quanta_cuda_pfn_cuGraphDebugDotPrint real = (quanta_cuda_pfn_cuGraphDebugDotPrint)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGraphDebugDotPrint);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGraphDebugDotPrint);
    }
    return real(hGraph, path, flags);
}

QUANTA__WRAPPER CUresult cuGraphDebugDotPrint(CUgraph hGraph, const char *path, unsigned int flags)
{
    quanta_cuda_pfn_cuGraphDebugDotPrint real = (quanta_cuda_pfn_cuGraphDebugDotPrint)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGraphDebugDotPrint);
    if (__builtin_expect(real != NULL, 1))
        return real(hGraph, path, flags);
    return slow_cuGraphDebugDotPrint(hGraph, path, flags);
}

static QUANTA__COLD CUresult slow_cuGraphDestroy(CUgraph hGraph)
{
    quanta_cuda_pfn_cuGraphDestroy real = (quanta_cuda_pfn_cuGraphDestroy)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGraphDestroy);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGraphDestroy);
    }
    return real(hGraph);
}

QUANTA__WRAPPER CUresult cuGraphDestroy(CUgraph hGraph)
{
    quanta_cuda_pfn_cuGraphDestroy real = (quanta_cuda_pfn_cuGraphDestroy)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGraphDestroy);
    if (__builtin_expect(real != NULL, 1))
        return real(hGraph);
    return slow_cuGraphDestroy(hGraph);
}

static QUANTA__COLD CUresult slow_cuGraphDestroyNode(CUgraphNode hNode)
{
    quanta_cuda_pfn_cuGraphDestroyNode real = (quanta_cuda_pfn_cuGraphDestroyNode)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGraphDestroyNode);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGraphDestroyNode);
    }
    return real(hNode);
}

QUANTA__WRAPPER CUresult cuGraphDestroyNode(CUgraphNode hNode)
{
    quanta_cuda_pfn_cuGraphDestroyNode real = (quanta_cuda_pfn_cuGraphDestroyNode)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGraphDestroyNode);
    if (__builtin_expect(real != NULL, 1))
        return real(hNode);
    return slow_cuGraphDestroyNode(hNode);
}

static QUANTA__COLD CUresult slow_cuGraphEventRecordNodeGetEvent(CUgraphNode hNode, CUevent *event_out)
{
    quanta_cuda_pfn_cuGraphEventRecordNodeGetEvent real = (quanta_cuda_pfn_cuGraphEventRecordNodeGetEvent)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGraphEventRecordNodeGetEvent);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGraphEventRecordNodeGetEvent);
    }
    return real(hNode, event_out);
}

QUANTA__WRAPPER CUresult cuGraphEventRecordNodeGetEvent(CUgraphNode hNode, CUevent *event_out)
{
    quanta_cuda_pfn_cuGraphEventRecordNodeGetEvent real = (quanta_cuda_pfn_cuGraphEventRecordNodeGetEvent)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGraphEventRecordNodeGetEvent);
    if (__builtin_expect(real != NULL, 1))
        return real(hNode, event_out);
    return slow_cuGraphEventRecordNodeGetEvent(hNode, event_out);
}

static QUANTA__COLD CUresult slow_cuGraphEventRecordNodeSetEvent(CUgraphNode hNode, CUevent event)
{
    quanta_cuda_pfn_cuGraphEventRecordNodeSetEvent real = (quanta_cuda_pfn_cuGraphEventRecordNodeSetEvent)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGraphEventRecordNodeSetEvent);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGraphEventRecordNodeSetEvent);
    }
    return real(hNode, event);
}

QUANTA__WRAPPER CUresult cuGraphEventRecordNodeSetEvent(CUgraphNode hNode, CUevent event)
{
    quanta_cuda_pfn_cuGraphEventRecordNodeSetEvent real = (quanta_cuda_pfn_cuGraphEventRecordNodeSetEvent)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGraphEventRecordNodeSetEvent);
    if (__builtin_expect(real != NULL, 1))
        return real(hNode, event);
    return slow_cuGraphEventRecordNodeSetEvent(hNode, event);
}

static QUANTA__COLD CUresult slow_cuGraphEventWaitNodeGetEvent(CUgraphNode hNode, CUevent *event_out)
{
    quanta_cuda_pfn_cuGraphEventWaitNodeGetEvent real = (quanta_cuda_pfn_cuGraphEventWaitNodeGetEvent)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGraphEventWaitNodeGetEvent);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGraphEventWaitNodeGetEvent);
    }
    return real(hNode, event_out);
}

QUANTA__WRAPPER CUresult cuGraphEventWaitNodeGetEvent(CUgraphNode hNode, CUevent *event_out)
{
    quanta_cuda_pfn_cuGraphEventWaitNodeGetEvent real = (quanta_cuda_pfn_cuGraphEventWaitNodeGetEvent)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGraphEventWaitNodeGetEvent);
    if (__builtin_expect(real != NULL, 1))
        return real(hNode, event_out);
    return slow_cuGraphEventWaitNodeGetEvent(hNode, event_out);
}

static QUANTA__COLD CUresult slow_cuGraphEventWaitNodeSetEvent(CUgraphNode hNode, CUevent event)
{
    quanta_cuda_pfn_cuGraphEventWaitNodeSetEvent real = (quanta_cuda_pfn_cuGraphEventWaitNodeSetEvent)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGraphEventWaitNodeSetEvent);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGraphEventWaitNodeSetEvent);
    }
    return real(hNode, event);
}

QUANTA__WRAPPER CUresult cuGraphEventWaitNodeSetEvent(CUgraphNode hNode, CUevent event)
{
    quanta_cuda_pfn_cuGraphEventWaitNodeSetEvent real = (quanta_cuda_pfn_cuGraphEventWaitNodeSetEvent)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGraphEventWaitNodeSetEvent);
    if (__builtin_expect(real != NULL, 1))
        return real(hNode, event);
    return slow_cuGraphEventWaitNodeSetEvent(hNode, event);
}

static QUANTA__COLD CUresult slow_cuGraphExecBatchMemOpNodeSetParams(CUgraphExec hGraphExec, CUgraphNode hNode, const CUDA_BATCH_MEM_OP_NODE_PARAMS *nodeParams)
{
    quanta_cuda_pfn_cuGraphExecBatchMemOpNodeSetParams real = (quanta_cuda_pfn_cuGraphExecBatchMemOpNodeSetParams)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGraphExecBatchMemOpNodeSetParams);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGraphExecBatchMemOpNodeSetParams);
    }
    return real(hGraphExec, hNode, nodeParams);
}

QUANTA__WRAPPER CUresult cuGraphExecBatchMemOpNodeSetParams(CUgraphExec hGraphExec, CUgraphNode hNode, const CUDA_BATCH_MEM_OP_NODE_PARAMS *nodeParams)
{
    quanta_cuda_pfn_cuGraphExecBatchMemOpNodeSetParams real = (quanta_cuda_pfn_cuGraphExecBatchMemOpNodeSetParams)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGraphExecBatchMemOpNodeSetParams);
    if (__builtin_expect(real != NULL, 1))
        return real(hGraphExec, hNode, nodeParams);
    return slow_cuGraphExecBatchMemOpNodeSetParams(hGraphExec, hNode, nodeParams);
}

static QUANTA__COLD CUresult slow_cuGraphExecChildGraphNodeSetParams(CUgraphExec hGraphExec, CUgraphNode hNode, CUgraph childGraph)
{
    quanta_cuda_pfn_cuGraphExecChildGraphNodeSetParams real = (quanta_cuda_pfn_cuGraphExecChildGraphNodeSetParams)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGraphExecChildGraphNodeSetParams);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGraphExecChildGraphNodeSetParams);
    }
    return real(hGraphExec, hNode, childGraph);
}

QUANTA__WRAPPER CUresult cuGraphExecChildGraphNodeSetParams(CUgraphExec hGraphExec, CUgraphNode hNode, CUgraph childGraph)
{
    quanta_cuda_pfn_cuGraphExecChildGraphNodeSetParams real = (quanta_cuda_pfn_cuGraphExecChildGraphNodeSetParams)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGraphExecChildGraphNodeSetParams);
    if (__builtin_expect(real != NULL, 1))
        return real(hGraphExec, hNode, childGraph);
    return slow_cuGraphExecChildGraphNodeSetParams(hGraphExec, hNode, childGraph);
}

static QUANTA__COLD CUresult slow_cuGraphExecDestroy(CUgraphExec hGraphExec)
{
    quanta_cuda_pfn_cuGraphExecDestroy real = (quanta_cuda_pfn_cuGraphExecDestroy)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGraphExecDestroy);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGraphExecDestroy);
    }
    return real(hGraphExec);
}

QUANTA__WRAPPER CUresult cuGraphExecDestroy(CUgraphExec hGraphExec)
{
    quanta_cuda_pfn_cuGraphExecDestroy real = (quanta_cuda_pfn_cuGraphExecDestroy)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGraphExecDestroy);
    if (__builtin_expect(real != NULL, 1))
        return real(hGraphExec);
    return slow_cuGraphExecDestroy(hGraphExec);
}

static QUANTA__COLD CUresult slow_cuGraphExecEventRecordNodeSetEvent(CUgraphExec hGraphExec, CUgraphNode hNode, CUevent event)
{
    quanta_cuda_pfn_cuGraphExecEventRecordNodeSetEvent real = (quanta_cuda_pfn_cuGraphExecEventRecordNodeSetEvent)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGraphExecEventRecordNodeSetEvent);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGraphExecEventRecordNodeSetEvent);
    }
    return real(hGraphExec, hNode, event);
}

QUANTA__WRAPPER CUresult cuGraphExecEventRecordNodeSetEvent(CUgraphExec hGraphExec, CUgraphNode hNode, CUevent event)
{
    quanta_cuda_pfn_cuGraphExecEventRecordNodeSetEvent real = (quanta_cuda_pfn_cuGraphExecEventRecordNodeSetEvent)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGraphExecEventRecordNodeSetEvent);
    if (__builtin_expect(real != NULL, 1))
        return real(hGraphExec, hNode, event);
    return slow_cuGraphExecEventRecordNodeSetEvent(hGraphExec, hNode, event);
}

static QUANTA__COLD CUresult slow_cuGraphExecEventWaitNodeSetEvent(CUgraphExec hGraphExec, CUgraphNode hNode, CUevent event)
{
    quanta_cuda_pfn_cuGraphExecEventWaitNodeSetEvent real = (quanta_cuda_pfn_cuGraphExecEventWaitNodeSetEvent)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGraphExecEventWaitNodeSetEvent);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGraphExecEventWaitNodeSetEvent);
    }
    return real(hGraphExec, hNode, event);
}

QUANTA__WRAPPER CUresult cuGraphExecEventWaitNodeSetEvent(CUgraphExec hGraphExec, CUgraphNode hNode, CUevent event)
{
    quanta_cuda_pfn_cuGraphExecEventWaitNodeSetEvent real = (quanta_cuda_pfn_cuGraphExecEventWaitNodeSetEvent)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGraphExecEventWaitNodeSetEvent);
    if (__builtin_expect(real != NULL, 1))
        return real(hGraphExec, hNode, event);
    return slow_cuGraphExecEventWaitNodeSetEvent(hGraphExec, hNode, event);
}

static QUANTA__COLD CUresult slow_cuGraphExecExternalSemaphoresSignalNodeSetParams(CUgraphExec hGraphExec, CUgraphNode hNode, const CUDA_EXT_SEM_SIGNAL_NODE_PARAMS *nodeParams)
{
    quanta_cuda_pfn_cuGraphExecExternalSemaphoresSignalNodeSetParams real = (quanta_cuda_pfn_cuGraphExecExternalSemaphoresSignalNodeSetParams)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGraphExecExternalSemaphoresSignalNodeSetParams);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGraphExecExternalSemaphoresSignalNodeSetParams);
    }
    return real(hGraphExec, hNode, nodeParams);
}

QUANTA__WRAPPER CUresult cuGraphExecExternalSemaphoresSignalNodeSetParams(CUgraphExec hGraphExec, CUgraphNode hNode, const CUDA_EXT_SEM_SIGNAL_NODE_PARAMS *nodeParams)
{
    quanta_cuda_pfn_cuGraphExecExternalSemaphoresSignalNodeSetParams real = (quanta_cuda_pfn_cuGraphExecExternalSemaphoresSignalNodeSetParams)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGraphExecExternalSemaphoresSignalNodeSetParams);
    if (__builtin_expect(real != NULL, 1))
        return real(hGraphExec, hNode, nodeParams);
    return slow_cuGraphExecExternalSemaphoresSignalNodeSetParams(hGraphExec, hNode, nodeParams);
}

static QUANTA__COLD CUresult slow_cuGraphExecExternalSemaphoresWaitNodeSetParams(CUgraphExec hGraphExec, CUgraphNode hNode, const CUDA_EXT_SEM_WAIT_NODE_PARAMS *nodeParams)
{
    quanta_cuda_pfn_cuGraphExecExternalSemaphoresWaitNodeSetParams real = (quanta_cuda_pfn_cuGraphExecExternalSemaphoresWaitNodeSetParams)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGraphExecExternalSemaphoresWaitNodeSetParams);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGraphExecExternalSemaphoresWaitNodeSetParams);
    }
    return real(hGraphExec, hNode, nodeParams);
}

QUANTA__WRAPPER CUresult cuGraphExecExternalSemaphoresWaitNodeSetParams(CUgraphExec hGraphExec, CUgraphNode hNode, const CUDA_EXT_SEM_WAIT_NODE_PARAMS *nodeParams)
{
    quanta_cuda_pfn_cuGraphExecExternalSemaphoresWaitNodeSetParams real = (quanta_cuda_pfn_cuGraphExecExternalSemaphoresWaitNodeSetParams)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGraphExecExternalSemaphoresWaitNodeSetParams);
    if (__builtin_expect(real != NULL, 1))
        return real(hGraphExec, hNode, nodeParams);
    return slow_cuGraphExecExternalSemaphoresWaitNodeSetParams(hGraphExec, hNode, nodeParams);
}

static QUANTA__COLD CUresult slow_cuGraphExecGetFlags(CUgraphExec hGraphExec, cuuint64_t *flags)
{
    quanta_cuda_pfn_cuGraphExecGetFlags real = (quanta_cuda_pfn_cuGraphExecGetFlags)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGraphExecGetFlags);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGraphExecGetFlags);
    }
    return real(hGraphExec, flags);
}

QUANTA__WRAPPER CUresult cuGraphExecGetFlags(CUgraphExec hGraphExec, cuuint64_t *flags)
{
    quanta_cuda_pfn_cuGraphExecGetFlags real = (quanta_cuda_pfn_cuGraphExecGetFlags)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGraphExecGetFlags);
    if (__builtin_expect(real != NULL, 1))
        return real(hGraphExec, flags);
    return slow_cuGraphExecGetFlags(hGraphExec, flags);
}

static QUANTA__COLD CUresult slow_cuGraphExecHostNodeSetParams(CUgraphExec hGraphExec, CUgraphNode hNode, const CUDA_HOST_NODE_PARAMS *nodeParams)
{
    quanta_cuda_pfn_cuGraphExecHostNodeSetParams real = (quanta_cuda_pfn_cuGraphExecHostNodeSetParams)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGraphExecHostNodeSetParams);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGraphExecHostNodeSetParams);
    }
    return real(hGraphExec, hNode, nodeParams);
}

QUANTA__WRAPPER CUresult cuGraphExecHostNodeSetParams(CUgraphExec hGraphExec, CUgraphNode hNode, const CUDA_HOST_NODE_PARAMS *nodeParams)
{
    quanta_cuda_pfn_cuGraphExecHostNodeSetParams real = (quanta_cuda_pfn_cuGraphExecHostNodeSetParams)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGraphExecHostNodeSetParams);
    if (__builtin_expect(real != NULL, 1))
        return real(hGraphExec, hNode, nodeParams);
    return slow_cuGraphExecHostNodeSetParams(hGraphExec, hNode, nodeParams);
}

static QUANTA__COLD CUresult slow_cuGraphExecKernelNodeSetParams(CUgraphExec hGraphExec, CUgraphNode hNode, const CUDA_KERNEL_NODE_PARAMS_v1 *nodeParams)
{
    quanta_cuda_pfn_cuGraphExecKernelNodeSetParams real = (quanta_cuda_pfn_cuGraphExecKernelNodeSetParams)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGraphExecKernelNodeSetParams);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGraphExecKernelNodeSetParams);
    }
    return real(hGraphExec, hNode, nodeParams);
}

QUANTA__WRAPPER CUresult cuGraphExecKernelNodeSetParams(CUgraphExec hGraphExec, CUgraphNode hNode, const CUDA_KERNEL_NODE_PARAMS_v1 *nodeParams)
{
    quanta_cuda_pfn_cuGraphExecKernelNodeSetParams real = (quanta_cuda_pfn_cuGraphExecKernelNodeSetParams)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGraphExecKernelNodeSetParams);
    if (__builtin_expect(real != NULL, 1))
        return real(hGraphExec, hNode, nodeParams);
    return slow_cuGraphExecKernelNodeSetParams(hGraphExec, hNode, nodeParams);
}

static QUANTA__COLD CUresult slow_cuGraphExecKernelNodeSetParams_v2(CUgraphExec hGraphExec, CUgraphNode hNode, const CUDA_KERNEL_NODE_PARAMS *nodeParams)
{
    quanta_cuda_pfn_cuGraphExecKernelNodeSetParams_v2 real = (quanta_cuda_pfn_cuGraphExecKernelNodeSetParams_v2)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGraphExecKernelNodeSetParams_v2);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGraphExecKernelNodeSetParams_v2);
    }
    return real(hGraphExec, hNode, nodeParams);
}

QUANTA__WRAPPER CUresult cuGraphExecKernelNodeSetParams_v2(CUgraphExec hGraphExec, CUgraphNode hNode, const CUDA_KERNEL_NODE_PARAMS *nodeParams)
{
    quanta_cuda_pfn_cuGraphExecKernelNodeSetParams_v2 real = (quanta_cuda_pfn_cuGraphExecKernelNodeSetParams_v2)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGraphExecKernelNodeSetParams_v2);
    if (__builtin_expect(real != NULL, 1))
        return real(hGraphExec, hNode, nodeParams);
    return slow_cuGraphExecKernelNodeSetParams_v2(hGraphExec, hNode, nodeParams);
}

static QUANTA__COLD CUresult slow_cuGraphExecMemcpyNodeSetParams(CUgraphExec hGraphExec, CUgraphNode hNode, const CUDA_MEMCPY3D *copyParams, CUcontext ctx)
{
    quanta_cuda_pfn_cuGraphExecMemcpyNodeSetParams real = (quanta_cuda_pfn_cuGraphExecMemcpyNodeSetParams)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGraphExecMemcpyNodeSetParams);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGraphExecMemcpyNodeSetParams);
    }
    return real(hGraphExec, hNode, copyParams, ctx);
}

QUANTA__WRAPPER CUresult cuGraphExecMemcpyNodeSetParams(CUgraphExec hGraphExec, CUgraphNode hNode, const CUDA_MEMCPY3D *copyParams, CUcontext ctx)
{
    quanta_cuda_pfn_cuGraphExecMemcpyNodeSetParams real = (quanta_cuda_pfn_cuGraphExecMemcpyNodeSetParams)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGraphExecMemcpyNodeSetParams);
    if (__builtin_expect(real != NULL, 1))
        return real(hGraphExec, hNode, copyParams, ctx);
    return slow_cuGraphExecMemcpyNodeSetParams(hGraphExec, hNode, copyParams, ctx);
}

static QUANTA__COLD CUresult slow_cuGraphExecMemsetNodeSetParams(CUgraphExec hGraphExec, CUgraphNode hNode, const CUDA_MEMSET_NODE_PARAMS *memsetParams, CUcontext ctx)
{
    quanta_cuda_pfn_cuGraphExecMemsetNodeSetParams real = (quanta_cuda_pfn_cuGraphExecMemsetNodeSetParams)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGraphExecMemsetNodeSetParams);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGraphExecMemsetNodeSetParams);
    }
    return real(hGraphExec, hNode, memsetParams, ctx);
}

QUANTA__WRAPPER CUresult cuGraphExecMemsetNodeSetParams(CUgraphExec hGraphExec, CUgraphNode hNode, const CUDA_MEMSET_NODE_PARAMS *memsetParams, CUcontext ctx)
{
    quanta_cuda_pfn_cuGraphExecMemsetNodeSetParams real = (quanta_cuda_pfn_cuGraphExecMemsetNodeSetParams)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGraphExecMemsetNodeSetParams);
    if (__builtin_expect(real != NULL, 1))
        return real(hGraphExec, hNode, memsetParams, ctx);
    return slow_cuGraphExecMemsetNodeSetParams(hGraphExec, hNode, memsetParams, ctx);
}

static QUANTA__COLD CUresult slow_cuGraphExecNodeSetParams(CUgraphExec hGraphExec, CUgraphNode hNode, CUgraphNodeParams *nodeParams)
{
    quanta_cuda_pfn_cuGraphExecNodeSetParams real = (quanta_cuda_pfn_cuGraphExecNodeSetParams)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGraphExecNodeSetParams);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGraphExecNodeSetParams);
    }
    return real(hGraphExec, hNode, nodeParams);
}

QUANTA__WRAPPER CUresult cuGraphExecNodeSetParams(CUgraphExec hGraphExec, CUgraphNode hNode, CUgraphNodeParams *nodeParams)
{
    quanta_cuda_pfn_cuGraphExecNodeSetParams real = (quanta_cuda_pfn_cuGraphExecNodeSetParams)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGraphExecNodeSetParams);
    if (__builtin_expect(real != NULL, 1))
        return real(hGraphExec, hNode, nodeParams);
    return slow_cuGraphExecNodeSetParams(hGraphExec, hNode, nodeParams);
}

static QUANTA__COLD CUresult slow_cuGraphExecUpdate(CUgraphExec hGraphExec, CUgraph hGraph, CUgraphNode *hErrorNode_out, CUgraphExecUpdateResult *updateResult_out)
{
    quanta_cuda_pfn_cuGraphExecUpdate real = (quanta_cuda_pfn_cuGraphExecUpdate)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGraphExecUpdate);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGraphExecUpdate);
    }
    return real(hGraphExec, hGraph, hErrorNode_out, updateResult_out);
}

QUANTA__WRAPPER CUresult cuGraphExecUpdate(CUgraphExec hGraphExec, CUgraph hGraph, CUgraphNode *hErrorNode_out, CUgraphExecUpdateResult *updateResult_out)
{
    quanta_cuda_pfn_cuGraphExecUpdate real = (quanta_cuda_pfn_cuGraphExecUpdate)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGraphExecUpdate);
    if (__builtin_expect(real != NULL, 1))
        return real(hGraphExec, hGraph, hErrorNode_out, updateResult_out);
    return slow_cuGraphExecUpdate(hGraphExec, hGraph, hErrorNode_out, updateResult_out);
}

static QUANTA__COLD CUresult slow_cuGraphExecUpdate_v2(CUgraphExec hGraphExec, CUgraph hGraph, CUgraphExecUpdateResultInfo *resultInfo)
{
    quanta_cuda_pfn_cuGraphExecUpdate_v2 real = (quanta_cuda_pfn_cuGraphExecUpdate_v2)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGraphExecUpdate_v2);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGraphExecUpdate_v2);
    }
    return real(hGraphExec, hGraph, resultInfo);
}

QUANTA__WRAPPER CUresult cuGraphExecUpdate_v2(CUgraphExec hGraphExec, CUgraph hGraph, CUgraphExecUpdateResultInfo *resultInfo)
{
    quanta_cuda_pfn_cuGraphExecUpdate_v2 real = (quanta_cuda_pfn_cuGraphExecUpdate_v2)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGraphExecUpdate_v2);
    if (__builtin_expect(real != NULL, 1))
        return real(hGraphExec, hGraph, resultInfo);
    return slow_cuGraphExecUpdate_v2(hGraphExec, hGraph, resultInfo);
}

static QUANTA__COLD CUresult slow_cuGraphExternalSemaphoresSignalNodeGetParams(CUgraphNode hNode, CUDA_EXT_SEM_SIGNAL_NODE_PARAMS *params_out)
{
    quanta_cuda_pfn_cuGraphExternalSemaphoresSignalNodeGetParams real = (quanta_cuda_pfn_cuGraphExternalSemaphoresSignalNodeGetParams)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGraphExternalSemaphoresSignalNodeGetParams);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGraphExternalSemaphoresSignalNodeGetParams);
    }
    return real(hNode, params_out);
}

QUANTA__WRAPPER CUresult cuGraphExternalSemaphoresSignalNodeGetParams(CUgraphNode hNode, CUDA_EXT_SEM_SIGNAL_NODE_PARAMS *params_out)
{
    quanta_cuda_pfn_cuGraphExternalSemaphoresSignalNodeGetParams real = (quanta_cuda_pfn_cuGraphExternalSemaphoresSignalNodeGetParams)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGraphExternalSemaphoresSignalNodeGetParams);
    if (__builtin_expect(real != NULL, 1))
        return real(hNode, params_out);
    return slow_cuGraphExternalSemaphoresSignalNodeGetParams(hNode, params_out);
}

static QUANTA__COLD CUresult slow_cuGraphExternalSemaphoresSignalNodeSetParams(CUgraphNode hNode, const CUDA_EXT_SEM_SIGNAL_NODE_PARAMS *nodeParams)
{
    quanta_cuda_pfn_cuGraphExternalSemaphoresSignalNodeSetParams real = (quanta_cuda_pfn_cuGraphExternalSemaphoresSignalNodeSetParams)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGraphExternalSemaphoresSignalNodeSetParams);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGraphExternalSemaphoresSignalNodeSetParams);
    }
    return real(hNode, nodeParams);
}

QUANTA__WRAPPER CUresult cuGraphExternalSemaphoresSignalNodeSetParams(CUgraphNode hNode, const CUDA_EXT_SEM_SIGNAL_NODE_PARAMS *nodeParams)
{
    quanta_cuda_pfn_cuGraphExternalSemaphoresSignalNodeSetParams real = (quanta_cuda_pfn_cuGraphExternalSemaphoresSignalNodeSetParams)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGraphExternalSemaphoresSignalNodeSetParams);
    if (__builtin_expect(real != NULL, 1))
        return real(hNode, nodeParams);
    return slow_cuGraphExternalSemaphoresSignalNodeSetParams(hNode, nodeParams);
}

static QUANTA__COLD CUresult slow_cuGraphExternalSemaphoresWaitNodeGetParams(CUgraphNode hNode, CUDA_EXT_SEM_WAIT_NODE_PARAMS *params_out)
{
    quanta_cuda_pfn_cuGraphExternalSemaphoresWaitNodeGetParams real = (quanta_cuda_pfn_cuGraphExternalSemaphoresWaitNodeGetParams)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGraphExternalSemaphoresWaitNodeGetParams);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGraphExternalSemaphoresWaitNodeGetParams);
    }
    return real(hNode, params_out);
}

QUANTA__WRAPPER CUresult cuGraphExternalSemaphoresWaitNodeGetParams(CUgraphNode hNode, CUDA_EXT_SEM_WAIT_NODE_PARAMS *params_out)
{
    quanta_cuda_pfn_cuGraphExternalSemaphoresWaitNodeGetParams real = (quanta_cuda_pfn_cuGraphExternalSemaphoresWaitNodeGetParams)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGraphExternalSemaphoresWaitNodeGetParams);
    if (__builtin_expect(real != NULL, 1))
        return real(hNode, params_out);
    return slow_cuGraphExternalSemaphoresWaitNodeGetParams(hNode, params_out);
}

static QUANTA__COLD CUresult slow_cuGraphExternalSemaphoresWaitNodeSetParams(CUgraphNode hNode, const CUDA_EXT_SEM_WAIT_NODE_PARAMS *nodeParams)
{
    quanta_cuda_pfn_cuGraphExternalSemaphoresWaitNodeSetParams real = (quanta_cuda_pfn_cuGraphExternalSemaphoresWaitNodeSetParams)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGraphExternalSemaphoresWaitNodeSetParams);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGraphExternalSemaphoresWaitNodeSetParams);
    }
    return real(hNode, nodeParams);
}

QUANTA__WRAPPER CUresult cuGraphExternalSemaphoresWaitNodeSetParams(CUgraphNode hNode, const CUDA_EXT_SEM_WAIT_NODE_PARAMS *nodeParams)
{
    quanta_cuda_pfn_cuGraphExternalSemaphoresWaitNodeSetParams real = (quanta_cuda_pfn_cuGraphExternalSemaphoresWaitNodeSetParams)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGraphExternalSemaphoresWaitNodeSetParams);
    if (__builtin_expect(real != NULL, 1))
        return real(hNode, nodeParams);
    return slow_cuGraphExternalSemaphoresWaitNodeSetParams(hNode, nodeParams);
}

static QUANTA__COLD CUresult slow_cuGraphGetEdges(CUgraph hGraph, CUgraphNode *from, CUgraphNode *to, size_t *numEdges)
{
    quanta_cuda_pfn_cuGraphGetEdges real = (quanta_cuda_pfn_cuGraphGetEdges)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGraphGetEdges);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGraphGetEdges);
    }
    return real(hGraph, from, to, numEdges);
}

QUANTA__WRAPPER CUresult cuGraphGetEdges(CUgraph hGraph, CUgraphNode *from, CUgraphNode *to, size_t *numEdges)
{
    quanta_cuda_pfn_cuGraphGetEdges real = (quanta_cuda_pfn_cuGraphGetEdges)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGraphGetEdges);
    if (__builtin_expect(real != NULL, 1))
        return real(hGraph, from, to, numEdges);
    return slow_cuGraphGetEdges(hGraph, from, to, numEdges);
}

static QUANTA__COLD CUresult slow_cuGraphGetEdges_v2(CUgraph hGraph, CUgraphNode *from, CUgraphNode *to, CUgraphEdgeData *edgeData, size_t *numEdges)
{
    quanta_cuda_pfn_cuGraphGetEdges_v2 real = (quanta_cuda_pfn_cuGraphGetEdges_v2)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGraphGetEdges_v2);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGraphGetEdges_v2);
    }
    return real(hGraph, from, to, edgeData, numEdges);
}

QUANTA__WRAPPER CUresult cuGraphGetEdges_v2(CUgraph hGraph, CUgraphNode *from, CUgraphNode *to, CUgraphEdgeData *edgeData, size_t *numEdges)
{
    quanta_cuda_pfn_cuGraphGetEdges_v2 real = (quanta_cuda_pfn_cuGraphGetEdges_v2)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGraphGetEdges_v2);
    if (__builtin_expect(real != NULL, 1))
        return real(hGraph, from, to, edgeData, numEdges);
    return slow_cuGraphGetEdges_v2(hGraph, from, to, edgeData, numEdges);
}

static QUANTA__COLD CUresult slow_cuGraphGetNodes(CUgraph hGraph, CUgraphNode *nodes, size_t *numNodes)
{
    quanta_cuda_pfn_cuGraphGetNodes real = (quanta_cuda_pfn_cuGraphGetNodes)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGraphGetNodes);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGraphGetNodes);
    }
    return real(hGraph, nodes, numNodes);
}

QUANTA__WRAPPER CUresult cuGraphGetNodes(CUgraph hGraph, CUgraphNode *nodes, size_t *numNodes)
{
    quanta_cuda_pfn_cuGraphGetNodes real = (quanta_cuda_pfn_cuGraphGetNodes)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGraphGetNodes);
    if (__builtin_expect(real != NULL, 1))
        return real(hGraph, nodes, numNodes);
    return slow_cuGraphGetNodes(hGraph, nodes, numNodes);
}

static QUANTA__COLD CUresult slow_cuGraphGetRootNodes(CUgraph hGraph, CUgraphNode *rootNodes, size_t *numRootNodes)
{
    quanta_cuda_pfn_cuGraphGetRootNodes real = (quanta_cuda_pfn_cuGraphGetRootNodes)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGraphGetRootNodes);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGraphGetRootNodes);
    }
    return real(hGraph, rootNodes, numRootNodes);
}

QUANTA__WRAPPER CUresult cuGraphGetRootNodes(CUgraph hGraph, CUgraphNode *rootNodes, size_t *numRootNodes)
{
    quanta_cuda_pfn_cuGraphGetRootNodes real = (quanta_cuda_pfn_cuGraphGetRootNodes)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGraphGetRootNodes);
    if (__builtin_expect(real != NULL, 1))
        return real(hGraph, rootNodes, numRootNodes);
    return slow_cuGraphGetRootNodes(hGraph, rootNodes, numRootNodes);
}

static QUANTA__COLD CUresult slow_cuGraphHostNodeGetParams(CUgraphNode hNode, CUDA_HOST_NODE_PARAMS *nodeParams)
{
    quanta_cuda_pfn_cuGraphHostNodeGetParams real = (quanta_cuda_pfn_cuGraphHostNodeGetParams)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGraphHostNodeGetParams);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGraphHostNodeGetParams);
    }
    return real(hNode, nodeParams);
}

QUANTA__WRAPPER CUresult cuGraphHostNodeGetParams(CUgraphNode hNode, CUDA_HOST_NODE_PARAMS *nodeParams)
{
    quanta_cuda_pfn_cuGraphHostNodeGetParams real = (quanta_cuda_pfn_cuGraphHostNodeGetParams)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGraphHostNodeGetParams);
    if (__builtin_expect(real != NULL, 1))
        return real(hNode, nodeParams);
    return slow_cuGraphHostNodeGetParams(hNode, nodeParams);
}

static QUANTA__COLD CUresult slow_cuGraphHostNodeSetParams(CUgraphNode hNode, const CUDA_HOST_NODE_PARAMS *nodeParams)
{
    quanta_cuda_pfn_cuGraphHostNodeSetParams real = (quanta_cuda_pfn_cuGraphHostNodeSetParams)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGraphHostNodeSetParams);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGraphHostNodeSetParams);
    }
    return real(hNode, nodeParams);
}

QUANTA__WRAPPER CUresult cuGraphHostNodeSetParams(CUgraphNode hNode, const CUDA_HOST_NODE_PARAMS *nodeParams)
{
    quanta_cuda_pfn_cuGraphHostNodeSetParams real = (quanta_cuda_pfn_cuGraphHostNodeSetParams)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGraphHostNodeSetParams);
    if (__builtin_expect(real != NULL, 1))
        return real(hNode, nodeParams);
    return slow_cuGraphHostNodeSetParams(hNode, nodeParams);
}

static QUANTA__COLD CUresult slow_cuGraphInstantiate(CUgraphExec *phGraphExec, CUgraph hGraph, CUgraphNode *phErrorNode, char *logBuffer, size_t bufferSize)
{
    quanta_cuda_pfn_cuGraphInstantiate real = (quanta_cuda_pfn_cuGraphInstantiate)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGraphInstantiate);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGraphInstantiate);
    }
    return real(phGraphExec, hGraph, phErrorNode, logBuffer, bufferSize);
}

QUANTA__WRAPPER CUresult cuGraphInstantiate(CUgraphExec *phGraphExec, CUgraph hGraph, CUgraphNode *phErrorNode, char *logBuffer, size_t bufferSize)
{
    quanta_cuda_pfn_cuGraphInstantiate real = (quanta_cuda_pfn_cuGraphInstantiate)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGraphInstantiate);
    if (__builtin_expect(real != NULL, 1))
        return real(phGraphExec, hGraph, phErrorNode, logBuffer, bufferSize);
    return slow_cuGraphInstantiate(phGraphExec, hGraph, phErrorNode, logBuffer, bufferSize);
}

static QUANTA__COLD CUresult slow_cuGraphInstantiate_v2(CUgraphExec *phGraphExec, CUgraph hGraph, CUgraphNode *phErrorNode, char *logBuffer, size_t bufferSize)
{
    quanta_cuda_pfn_cuGraphInstantiate_v2 real = (quanta_cuda_pfn_cuGraphInstantiate_v2)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGraphInstantiate_v2);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGraphInstantiate_v2);
    }
    return real(phGraphExec, hGraph, phErrorNode, logBuffer, bufferSize);
}

QUANTA__WRAPPER CUresult cuGraphInstantiate_v2(CUgraphExec *phGraphExec, CUgraph hGraph, CUgraphNode *phErrorNode, char *logBuffer, size_t bufferSize)
{
    quanta_cuda_pfn_cuGraphInstantiate_v2 real = (quanta_cuda_pfn_cuGraphInstantiate_v2)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGraphInstantiate_v2);
    if (__builtin_expect(real != NULL, 1))
        return real(phGraphExec, hGraph, phErrorNode, logBuffer, bufferSize);
    return slow_cuGraphInstantiate_v2(phGraphExec, hGraph, phErrorNode, logBuffer, bufferSize);
}

static QUANTA__COLD CUresult slow_cuGraphInstantiateWithFlags(CUgraphExec *phGraphExec, CUgraph hGraph, unsigned long long flags)
{
    quanta_cuda_pfn_cuGraphInstantiateWithFlags real = (quanta_cuda_pfn_cuGraphInstantiateWithFlags)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGraphInstantiateWithFlags);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGraphInstantiateWithFlags);
    }
    return real(phGraphExec, hGraph, flags);
}

QUANTA__WRAPPER CUresult cuGraphInstantiateWithFlags(CUgraphExec *phGraphExec, CUgraph hGraph, unsigned long long flags)
{
    quanta_cuda_pfn_cuGraphInstantiateWithFlags real = (quanta_cuda_pfn_cuGraphInstantiateWithFlags)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGraphInstantiateWithFlags);
    if (__builtin_expect(real != NULL, 1))
        return real(phGraphExec, hGraph, flags);
    return slow_cuGraphInstantiateWithFlags(phGraphExec, hGraph, flags);
}

static QUANTA__COLD CUresult slow_cuGraphInstantiateWithParams(CUgraphExec *phGraphExec, CUgraph hGraph, CUDA_GRAPH_INSTANTIATE_PARAMS *instantiateParams)
{
    quanta_cuda_pfn_cuGraphInstantiateWithParams real = (quanta_cuda_pfn_cuGraphInstantiateWithParams)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGraphInstantiateWithParams);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGraphInstantiateWithParams);
    }
    return real(phGraphExec, hGraph, instantiateParams);
}

QUANTA__WRAPPER CUresult cuGraphInstantiateWithParams(CUgraphExec *phGraphExec, CUgraph hGraph, CUDA_GRAPH_INSTANTIATE_PARAMS *instantiateParams)
{
    quanta_cuda_pfn_cuGraphInstantiateWithParams real = (quanta_cuda_pfn_cuGraphInstantiateWithParams)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGraphInstantiateWithParams);
    if (__builtin_expect(real != NULL, 1))
        return real(phGraphExec, hGraph, instantiateParams);
    return slow_cuGraphInstantiateWithParams(phGraphExec, hGraph, instantiateParams);
}

static QUANTA__COLD CUresult slow_cuGraphInstantiateWithParams_ptsz(CUgraphExec *phGraphExec, CUgraph hGraph, CUDA_GRAPH_INSTANTIATE_PARAMS *instantiateParams)
{
    quanta_cuda_pfn_cuGraphInstantiateWithParams_ptsz real = (quanta_cuda_pfn_cuGraphInstantiateWithParams_ptsz)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGraphInstantiateWithParams_ptsz);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGraphInstantiateWithParams_ptsz);
    }
    return real(phGraphExec, hGraph, instantiateParams);
}

QUANTA__WRAPPER CUresult cuGraphInstantiateWithParams_ptsz(CUgraphExec *phGraphExec, CUgraph hGraph, CUDA_GRAPH_INSTANTIATE_PARAMS *instantiateParams)
{
    quanta_cuda_pfn_cuGraphInstantiateWithParams_ptsz real = (quanta_cuda_pfn_cuGraphInstantiateWithParams_ptsz)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGraphInstantiateWithParams_ptsz);
    if (__builtin_expect(real != NULL, 1))
        return real(phGraphExec, hGraph, instantiateParams);
    return slow_cuGraphInstantiateWithParams_ptsz(phGraphExec, hGraph, instantiateParams);
}

static QUANTA__COLD CUresult slow_cuGraphKernelNodeCopyAttributes(CUgraphNode dst, CUgraphNode src)
{
    quanta_cuda_pfn_cuGraphKernelNodeCopyAttributes real = (quanta_cuda_pfn_cuGraphKernelNodeCopyAttributes)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGraphKernelNodeCopyAttributes);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGraphKernelNodeCopyAttributes);
    }
    return real(dst, src);
}

QUANTA__WRAPPER CUresult cuGraphKernelNodeCopyAttributes(CUgraphNode dst, CUgraphNode src)
{
    quanta_cuda_pfn_cuGraphKernelNodeCopyAttributes real = (quanta_cuda_pfn_cuGraphKernelNodeCopyAttributes)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGraphKernelNodeCopyAttributes);
    if (__builtin_expect(real != NULL, 1))
        return real(dst, src);
    return slow_cuGraphKernelNodeCopyAttributes(dst, src);
}

static QUANTA__COLD CUresult slow_cuGraphKernelNodeGetAttribute(CUgraphNode hNode, CUkernelNodeAttrID attr, CUkernelNodeAttrValue *value_out)
{
    quanta_cuda_pfn_cuGraphKernelNodeGetAttribute real = (quanta_cuda_pfn_cuGraphKernelNodeGetAttribute)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGraphKernelNodeGetAttribute);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGraphKernelNodeGetAttribute);
    }
    return real(hNode, attr, value_out);
}

QUANTA__WRAPPER CUresult cuGraphKernelNodeGetAttribute(CUgraphNode hNode, CUkernelNodeAttrID attr, CUkernelNodeAttrValue *value_out)
{
    quanta_cuda_pfn_cuGraphKernelNodeGetAttribute real = (quanta_cuda_pfn_cuGraphKernelNodeGetAttribute)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGraphKernelNodeGetAttribute);
    if (__builtin_expect(real != NULL, 1))
        return real(hNode, attr, value_out);
    return slow_cuGraphKernelNodeGetAttribute(hNode, attr, value_out);
}

static QUANTA__COLD CUresult slow_cuGraphKernelNodeGetParams(CUgraphNode hNode, CUDA_KERNEL_NODE_PARAMS_v1 *nodeParams)
{
    quanta_cuda_pfn_cuGraphKernelNodeGetParams real = (quanta_cuda_pfn_cuGraphKernelNodeGetParams)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGraphKernelNodeGetParams);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGraphKernelNodeGetParams);
    }
    return real(hNode, nodeParams);
}

QUANTA__WRAPPER CUresult cuGraphKernelNodeGetParams(CUgraphNode hNode, CUDA_KERNEL_NODE_PARAMS_v1 *nodeParams)
{
    quanta_cuda_pfn_cuGraphKernelNodeGetParams real = (quanta_cuda_pfn_cuGraphKernelNodeGetParams)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGraphKernelNodeGetParams);
    if (__builtin_expect(real != NULL, 1))
        return real(hNode, nodeParams);
    return slow_cuGraphKernelNodeGetParams(hNode, nodeParams);
}

static QUANTA__COLD CUresult slow_cuGraphKernelNodeGetParams_v2(CUgraphNode hNode, CUDA_KERNEL_NODE_PARAMS *nodeParams)
{
    quanta_cuda_pfn_cuGraphKernelNodeGetParams_v2 real = (quanta_cuda_pfn_cuGraphKernelNodeGetParams_v2)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGraphKernelNodeGetParams_v2);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGraphKernelNodeGetParams_v2);
    }
    return real(hNode, nodeParams);
}

QUANTA__WRAPPER CUresult cuGraphKernelNodeGetParams_v2(CUgraphNode hNode, CUDA_KERNEL_NODE_PARAMS *nodeParams)
{
    quanta_cuda_pfn_cuGraphKernelNodeGetParams_v2 real = (quanta_cuda_pfn_cuGraphKernelNodeGetParams_v2)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGraphKernelNodeGetParams_v2);
    if (__builtin_expect(real != NULL, 1))
        return real(hNode, nodeParams);
    return slow_cuGraphKernelNodeGetParams_v2(hNode, nodeParams);
}

static QUANTA__COLD CUresult slow_cuGraphKernelNodeSetAttribute(CUgraphNode hNode, CUkernelNodeAttrID attr, const CUkernelNodeAttrValue *value)
{
    quanta_cuda_pfn_cuGraphKernelNodeSetAttribute real = (quanta_cuda_pfn_cuGraphKernelNodeSetAttribute)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGraphKernelNodeSetAttribute);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGraphKernelNodeSetAttribute);
    }
    return real(hNode, attr, value);
}

QUANTA__WRAPPER CUresult cuGraphKernelNodeSetAttribute(CUgraphNode hNode, CUkernelNodeAttrID attr, const CUkernelNodeAttrValue *value)
{
    quanta_cuda_pfn_cuGraphKernelNodeSetAttribute real = (quanta_cuda_pfn_cuGraphKernelNodeSetAttribute)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGraphKernelNodeSetAttribute);
    if (__builtin_expect(real != NULL, 1))
        return real(hNode, attr, value);
    return slow_cuGraphKernelNodeSetAttribute(hNode, attr, value);
}

static QUANTA__COLD CUresult slow_cuGraphKernelNodeSetParams(CUgraphNode hNode, const CUDA_KERNEL_NODE_PARAMS_v1 *nodeParams)
{
    quanta_cuda_pfn_cuGraphKernelNodeSetParams real = (quanta_cuda_pfn_cuGraphKernelNodeSetParams)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGraphKernelNodeSetParams);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGraphKernelNodeSetParams);
    }
    return real(hNode, nodeParams);
}

QUANTA__WRAPPER CUresult cuGraphKernelNodeSetParams(CUgraphNode hNode, const CUDA_KERNEL_NODE_PARAMS_v1 *nodeParams)
{
    quanta_cuda_pfn_cuGraphKernelNodeSetParams real = (quanta_cuda_pfn_cuGraphKernelNodeSetParams)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGraphKernelNodeSetParams);
    if (__builtin_expect(real != NULL, 1))
        return real(hNode, nodeParams);
    return slow_cuGraphKernelNodeSetParams(hNode, nodeParams);
}

static QUANTA__COLD CUresult slow_cuGraphKernelNodeSetParams_v2(CUgraphNode hNode, const CUDA_KERNEL_NODE_PARAMS *nodeParams)
{
    quanta_cuda_pfn_cuGraphKernelNodeSetParams_v2 real = (quanta_cuda_pfn_cuGraphKernelNodeSetParams_v2)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGraphKernelNodeSetParams_v2);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGraphKernelNodeSetParams_v2);
    }
    return real(hNode, nodeParams);
}

QUANTA__WRAPPER CUresult cuGraphKernelNodeSetParams_v2(CUgraphNode hNode, const CUDA_KERNEL_NODE_PARAMS *nodeParams)
{
    quanta_cuda_pfn_cuGraphKernelNodeSetParams_v2 real = (quanta_cuda_pfn_cuGraphKernelNodeSetParams_v2)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGraphKernelNodeSetParams_v2);
    if (__builtin_expect(real != NULL, 1))
        return real(hNode, nodeParams);
    return slow_cuGraphKernelNodeSetParams_v2(hNode, nodeParams);
}

static QUANTA__COLD CUresult gated_cuGraphLaunch(CUgraphExec hGraphExec, CUstream hStream)
{
    quanta_cuda_pfn_cuGraphLaunch real = (quanta_cuda_pfn_cuGraphLaunch)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGraphLaunch);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGraphLaunch);
    }
    struct quanta__work w;
    quanta__work_begin(&w, hStream, QUANTA__WORK_STREAM);
    CUresult rc = real(hGraphExec, hStream);
    quanta__work_end(&w, rc);
    return rc;
}

QUANTA__WRAPPER CUresult cuGraphLaunch(CUgraphExec hGraphExec, CUstream hStream)
{
    quanta_cuda_pfn_cuGraphLaunch real = (quanta_cuda_pfn_cuGraphLaunch)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGraphLaunch);
    if (__builtin_expect(real != NULL && quanta__stream_work_ungated(), 1))
        return real(hGraphExec, hStream);
    return gated_cuGraphLaunch(hGraphExec, hStream);
}

static QUANTA__COLD CUresult gated_cuGraphLaunch_ptsz(CUgraphExec hGraphExec, CUstream hStream)
{
    quanta_cuda_pfn_cuGraphLaunch_ptsz real = (quanta_cuda_pfn_cuGraphLaunch_ptsz)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGraphLaunch_ptsz);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGraphLaunch_ptsz);
    }
    struct quanta__work w;
    quanta__work_begin(&w, (hStream != NULL ? hStream : QUANTA__STREAM_PER_THREAD), QUANTA__WORK_STREAM);
    CUresult rc = real(hGraphExec, hStream);
    quanta__work_end(&w, rc);
    return rc;
}

QUANTA__WRAPPER CUresult cuGraphLaunch_ptsz(CUgraphExec hGraphExec, CUstream hStream)
{
    quanta_cuda_pfn_cuGraphLaunch_ptsz real = (quanta_cuda_pfn_cuGraphLaunch_ptsz)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGraphLaunch_ptsz);
    if (__builtin_expect(real != NULL && quanta__stream_work_ungated(), 1))
        return real(hGraphExec, hStream);
    return gated_cuGraphLaunch_ptsz(hGraphExec, hStream);
}

static QUANTA__COLD CUresult slow_cuGraphMemAllocNodeGetParams(CUgraphNode hNode, CUDA_MEM_ALLOC_NODE_PARAMS *params_out)
{
    quanta_cuda_pfn_cuGraphMemAllocNodeGetParams real = (quanta_cuda_pfn_cuGraphMemAllocNodeGetParams)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGraphMemAllocNodeGetParams);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGraphMemAllocNodeGetParams);
    }
    return real(hNode, params_out);
}

QUANTA__WRAPPER CUresult cuGraphMemAllocNodeGetParams(CUgraphNode hNode, CUDA_MEM_ALLOC_NODE_PARAMS *params_out)
{
    quanta_cuda_pfn_cuGraphMemAllocNodeGetParams real = (quanta_cuda_pfn_cuGraphMemAllocNodeGetParams)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGraphMemAllocNodeGetParams);
    if (__builtin_expect(real != NULL, 1))
        return real(hNode, params_out);
    return slow_cuGraphMemAllocNodeGetParams(hNode, params_out);
}

static QUANTA__COLD CUresult slow_cuGraphMemFreeNodeGetParams(CUgraphNode hNode, CUdeviceptr *dptr_out)
{
    quanta_cuda_pfn_cuGraphMemFreeNodeGetParams real = (quanta_cuda_pfn_cuGraphMemFreeNodeGetParams)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGraphMemFreeNodeGetParams);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGraphMemFreeNodeGetParams);
    }
    return real(hNode, dptr_out);
}

QUANTA__WRAPPER CUresult cuGraphMemFreeNodeGetParams(CUgraphNode hNode, CUdeviceptr *dptr_out)
{
    quanta_cuda_pfn_cuGraphMemFreeNodeGetParams real = (quanta_cuda_pfn_cuGraphMemFreeNodeGetParams)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGraphMemFreeNodeGetParams);
    if (__builtin_expect(real != NULL, 1))
        return real(hNode, dptr_out);
    return slow_cuGraphMemFreeNodeGetParams(hNode, dptr_out);
}

static QUANTA__COLD CUresult slow_cuGraphMemcpyNodeGetParams(CUgraphNode hNode, CUDA_MEMCPY3D *nodeParams)
{
    quanta_cuda_pfn_cuGraphMemcpyNodeGetParams real = (quanta_cuda_pfn_cuGraphMemcpyNodeGetParams)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGraphMemcpyNodeGetParams);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGraphMemcpyNodeGetParams);
    }
    return real(hNode, nodeParams);
}

QUANTA__WRAPPER CUresult cuGraphMemcpyNodeGetParams(CUgraphNode hNode, CUDA_MEMCPY3D *nodeParams)
{
    quanta_cuda_pfn_cuGraphMemcpyNodeGetParams real = (quanta_cuda_pfn_cuGraphMemcpyNodeGetParams)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGraphMemcpyNodeGetParams);
    if (__builtin_expect(real != NULL, 1))
        return real(hNode, nodeParams);
    return slow_cuGraphMemcpyNodeGetParams(hNode, nodeParams);
}

static QUANTA__COLD CUresult slow_cuGraphMemcpyNodeSetParams(CUgraphNode hNode, const CUDA_MEMCPY3D *nodeParams)
{
    quanta_cuda_pfn_cuGraphMemcpyNodeSetParams real = (quanta_cuda_pfn_cuGraphMemcpyNodeSetParams)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGraphMemcpyNodeSetParams);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGraphMemcpyNodeSetParams);
    }
    return real(hNode, nodeParams);
}

QUANTA__WRAPPER CUresult cuGraphMemcpyNodeSetParams(CUgraphNode hNode, const CUDA_MEMCPY3D *nodeParams)
{
    quanta_cuda_pfn_cuGraphMemcpyNodeSetParams real = (quanta_cuda_pfn_cuGraphMemcpyNodeSetParams)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGraphMemcpyNodeSetParams);
    if (__builtin_expect(real != NULL, 1))
        return real(hNode, nodeParams);
    return slow_cuGraphMemcpyNodeSetParams(hNode, nodeParams);
}

static QUANTA__COLD CUresult slow_cuGraphMemsetNodeGetParams(CUgraphNode hNode, CUDA_MEMSET_NODE_PARAMS *nodeParams)
{
    quanta_cuda_pfn_cuGraphMemsetNodeGetParams real = (quanta_cuda_pfn_cuGraphMemsetNodeGetParams)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGraphMemsetNodeGetParams);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGraphMemsetNodeGetParams);
    }
    return real(hNode, nodeParams);
}

QUANTA__WRAPPER CUresult cuGraphMemsetNodeGetParams(CUgraphNode hNode, CUDA_MEMSET_NODE_PARAMS *nodeParams)
{
    quanta_cuda_pfn_cuGraphMemsetNodeGetParams real = (quanta_cuda_pfn_cuGraphMemsetNodeGetParams)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGraphMemsetNodeGetParams);
    if (__builtin_expect(real != NULL, 1))
        return real(hNode, nodeParams);
    return slow_cuGraphMemsetNodeGetParams(hNode, nodeParams);
}

static QUANTA__COLD CUresult slow_cuGraphMemsetNodeSetParams(CUgraphNode hNode, const CUDA_MEMSET_NODE_PARAMS *nodeParams)
{
    quanta_cuda_pfn_cuGraphMemsetNodeSetParams real = (quanta_cuda_pfn_cuGraphMemsetNodeSetParams)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGraphMemsetNodeSetParams);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGraphMemsetNodeSetParams);
    }
    return real(hNode, nodeParams);
}

QUANTA__WRAPPER CUresult cuGraphMemsetNodeSetParams(CUgraphNode hNode, const CUDA_MEMSET_NODE_PARAMS *nodeParams)
{
    quanta_cuda_pfn_cuGraphMemsetNodeSetParams real = (quanta_cuda_pfn_cuGraphMemsetNodeSetParams)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGraphMemsetNodeSetParams);
    if (__builtin_expect(real != NULL, 1))
        return real(hNode, nodeParams);
    return slow_cuGraphMemsetNodeSetParams(hNode, nodeParams);
}

static QUANTA__COLD CUresult slow_cuGraphNodeFindInClone(CUgraphNode *phNode, CUgraphNode hOriginalNode, CUgraph hClonedGraph)
{
    quanta_cuda_pfn_cuGraphNodeFindInClone real = (quanta_cuda_pfn_cuGraphNodeFindInClone)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGraphNodeFindInClone);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGraphNodeFindInClone);
    }
    return real(phNode, hOriginalNode, hClonedGraph);
}

QUANTA__WRAPPER CUresult cuGraphNodeFindInClone(CUgraphNode *phNode, CUgraphNode hOriginalNode, CUgraph hClonedGraph)
{
    quanta_cuda_pfn_cuGraphNodeFindInClone real = (quanta_cuda_pfn_cuGraphNodeFindInClone)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGraphNodeFindInClone);
    if (__builtin_expect(real != NULL, 1))
        return real(phNode, hOriginalNode, hClonedGraph);
    return slow_cuGraphNodeFindInClone(phNode, hOriginalNode, hClonedGraph);
}

static QUANTA__COLD CUresult slow_cuGraphNodeGetDependencies(CUgraphNode hNode, CUgraphNode *dependencies, size_t *numDependencies)
{
    quanta_cuda_pfn_cuGraphNodeGetDependencies real = (quanta_cuda_pfn_cuGraphNodeGetDependencies)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGraphNodeGetDependencies);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGraphNodeGetDependencies);
    }
    return real(hNode, dependencies, numDependencies);
}

QUANTA__WRAPPER CUresult cuGraphNodeGetDependencies(CUgraphNode hNode, CUgraphNode *dependencies, size_t *numDependencies)
{
    quanta_cuda_pfn_cuGraphNodeGetDependencies real = (quanta_cuda_pfn_cuGraphNodeGetDependencies)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGraphNodeGetDependencies);
    if (__builtin_expect(real != NULL, 1))
        return real(hNode, dependencies, numDependencies);
    return slow_cuGraphNodeGetDependencies(hNode, dependencies, numDependencies);
}

static QUANTA__COLD CUresult slow_cuGraphNodeGetDependencies_v2(CUgraphNode hNode, CUgraphNode *dependencies, CUgraphEdgeData *edgeData, size_t *numDependencies)
{
    quanta_cuda_pfn_cuGraphNodeGetDependencies_v2 real = (quanta_cuda_pfn_cuGraphNodeGetDependencies_v2)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGraphNodeGetDependencies_v2);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGraphNodeGetDependencies_v2);
    }
    return real(hNode, dependencies, edgeData, numDependencies);
}

QUANTA__WRAPPER CUresult cuGraphNodeGetDependencies_v2(CUgraphNode hNode, CUgraphNode *dependencies, CUgraphEdgeData *edgeData, size_t *numDependencies)
{
    quanta_cuda_pfn_cuGraphNodeGetDependencies_v2 real = (quanta_cuda_pfn_cuGraphNodeGetDependencies_v2)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGraphNodeGetDependencies_v2);
    if (__builtin_expect(real != NULL, 1))
        return real(hNode, dependencies, edgeData, numDependencies);
    return slow_cuGraphNodeGetDependencies_v2(hNode, dependencies, edgeData, numDependencies);
}

static QUANTA__COLD CUresult slow_cuGraphNodeGetDependentNodes(CUgraphNode hNode, CUgraphNode *dependentNodes, size_t *numDependentNodes)
{
    quanta_cuda_pfn_cuGraphNodeGetDependentNodes real = (quanta_cuda_pfn_cuGraphNodeGetDependentNodes)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGraphNodeGetDependentNodes);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGraphNodeGetDependentNodes);
    }
    return real(hNode, dependentNodes, numDependentNodes);
}

QUANTA__WRAPPER CUresult cuGraphNodeGetDependentNodes(CUgraphNode hNode, CUgraphNode *dependentNodes, size_t *numDependentNodes)
{
    quanta_cuda_pfn_cuGraphNodeGetDependentNodes real = (quanta_cuda_pfn_cuGraphNodeGetDependentNodes)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGraphNodeGetDependentNodes);
    if (__builtin_expect(real != NULL, 1))
        return real(hNode, dependentNodes, numDependentNodes);
    return slow_cuGraphNodeGetDependentNodes(hNode, dependentNodes, numDependentNodes);
}

static QUANTA__COLD CUresult slow_cuGraphNodeGetDependentNodes_v2(CUgraphNode hNode, CUgraphNode *dependentNodes, CUgraphEdgeData *edgeData, size_t *numDependentNodes)
{
    quanta_cuda_pfn_cuGraphNodeGetDependentNodes_v2 real = (quanta_cuda_pfn_cuGraphNodeGetDependentNodes_v2)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGraphNodeGetDependentNodes_v2);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGraphNodeGetDependentNodes_v2);
    }
    return real(hNode, dependentNodes, edgeData, numDependentNodes);
}

QUANTA__WRAPPER CUresult cuGraphNodeGetDependentNodes_v2(CUgraphNode hNode, CUgraphNode *dependentNodes, CUgraphEdgeData *edgeData, size_t *numDependentNodes)
{
    quanta_cuda_pfn_cuGraphNodeGetDependentNodes_v2 real = (quanta_cuda_pfn_cuGraphNodeGetDependentNodes_v2)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGraphNodeGetDependentNodes_v2);
    if (__builtin_expect(real != NULL, 1))
        return real(hNode, dependentNodes, edgeData, numDependentNodes);
    return slow_cuGraphNodeGetDependentNodes_v2(hNode, dependentNodes, edgeData, numDependentNodes);
}

static QUANTA__COLD CUresult slow_cuGraphNodeGetEnabled(CUgraphExec hGraphExec, CUgraphNode hNode, unsigned int *isEnabled)
{
    quanta_cuda_pfn_cuGraphNodeGetEnabled real = (quanta_cuda_pfn_cuGraphNodeGetEnabled)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGraphNodeGetEnabled);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGraphNodeGetEnabled);
    }
    return real(hGraphExec, hNode, isEnabled);
}

QUANTA__WRAPPER CUresult cuGraphNodeGetEnabled(CUgraphExec hGraphExec, CUgraphNode hNode, unsigned int *isEnabled)
{
    quanta_cuda_pfn_cuGraphNodeGetEnabled real = (quanta_cuda_pfn_cuGraphNodeGetEnabled)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGraphNodeGetEnabled);
    if (__builtin_expect(real != NULL, 1))
        return real(hGraphExec, hNode, isEnabled);
    return slow_cuGraphNodeGetEnabled(hGraphExec, hNode, isEnabled);
}

static QUANTA__COLD CUresult slow_cuGraphNodeGetType(CUgraphNode hNode, CUgraphNodeType *type)
{
    quanta_cuda_pfn_cuGraphNodeGetType real = (quanta_cuda_pfn_cuGraphNodeGetType)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGraphNodeGetType);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGraphNodeGetType);
    }
    return real(hNode, type);
}

QUANTA__WRAPPER CUresult cuGraphNodeGetType(CUgraphNode hNode, CUgraphNodeType *type)
{
    quanta_cuda_pfn_cuGraphNodeGetType real = (quanta_cuda_pfn_cuGraphNodeGetType)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGraphNodeGetType);
    if (__builtin_expect(real != NULL, 1))
        return real(hNode, type);
    return slow_cuGraphNodeGetType(hNode, type);
}

static QUANTA__COLD CUresult slow_cuGraphNodeSetEnabled(CUgraphExec hGraphExec, CUgraphNode hNode, unsigned int isEnabled)
{
    quanta_cuda_pfn_cuGraphNodeSetEnabled real = (quanta_cuda_pfn_cuGraphNodeSetEnabled)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGraphNodeSetEnabled);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGraphNodeSetEnabled);
    }
    return real(hGraphExec, hNode, isEnabled);
}

QUANTA__WRAPPER CUresult cuGraphNodeSetEnabled(CUgraphExec hGraphExec, CUgraphNode hNode, unsigned int isEnabled)
{
    quanta_cuda_pfn_cuGraphNodeSetEnabled real = (quanta_cuda_pfn_cuGraphNodeSetEnabled)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGraphNodeSetEnabled);
    if (__builtin_expect(real != NULL, 1))
        return real(hGraphExec, hNode, isEnabled);
    return slow_cuGraphNodeSetEnabled(hGraphExec, hNode, isEnabled);
}

static QUANTA__COLD CUresult slow_cuGraphNodeSetParams(CUgraphNode hNode, CUgraphNodeParams *nodeParams)
{
    quanta_cuda_pfn_cuGraphNodeSetParams real = (quanta_cuda_pfn_cuGraphNodeSetParams)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGraphNodeSetParams);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGraphNodeSetParams);
    }
    return real(hNode, nodeParams);
}

QUANTA__WRAPPER CUresult cuGraphNodeSetParams(CUgraphNode hNode, CUgraphNodeParams *nodeParams)
{
    quanta_cuda_pfn_cuGraphNodeSetParams real = (quanta_cuda_pfn_cuGraphNodeSetParams)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGraphNodeSetParams);
    if (__builtin_expect(real != NULL, 1))
        return real(hNode, nodeParams);
    return slow_cuGraphNodeSetParams(hNode, nodeParams);
}

static QUANTA__COLD CUresult slow_cuGraphReleaseUserObject(CUgraph graph, CUuserObject object, unsigned int count)
{
    quanta_cuda_pfn_cuGraphReleaseUserObject real = (quanta_cuda_pfn_cuGraphReleaseUserObject)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGraphReleaseUserObject);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGraphReleaseUserObject);
    }
    return real(graph, object, count);
}

QUANTA__WRAPPER CUresult cuGraphReleaseUserObject(CUgraph graph, CUuserObject object, unsigned int count)
{
    quanta_cuda_pfn_cuGraphReleaseUserObject real = (quanta_cuda_pfn_cuGraphReleaseUserObject)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGraphReleaseUserObject);
    if (__builtin_expect(real != NULL, 1))
        return real(graph, object, count);
    return slow_cuGraphReleaseUserObject(graph, object, count);
}

static QUANTA__COLD CUresult slow_cuGraphRemoveDependencies(CUgraph hGraph, const CUgraphNode *from, const CUgraphNode *to, size_t numDependencies)
{
    quanta_cuda_pfn_cuGraphRemoveDependencies real = (quanta_cuda_pfn_cuGraphRemoveDependencies)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGraphRemoveDependencies);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGraphRemoveDependencies);
    }
    return real(hGraph, from, to, numDependencies);
}

QUANTA__WRAPPER CUresult cuGraphRemoveDependencies(CUgraph hGraph, const CUgraphNode *from, const CUgraphNode *to, size_t numDependencies)
{
    quanta_cuda_pfn_cuGraphRemoveDependencies real = (quanta_cuda_pfn_cuGraphRemoveDependencies)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGraphRemoveDependencies);
    if (__builtin_expect(real != NULL, 1))
        return real(hGraph, from, to, numDependencies);
    return slow_cuGraphRemoveDependencies(hGraph, from, to, numDependencies);
}

static QUANTA__COLD CUresult slow_cuGraphRemoveDependencies_v2(CUgraph hGraph, const CUgraphNode *from, const CUgraphNode *to, const CUgraphEdgeData *edgeData, size_t numDependencies)
{
    quanta_cuda_pfn_cuGraphRemoveDependencies_v2 real = (quanta_cuda_pfn_cuGraphRemoveDependencies_v2)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGraphRemoveDependencies_v2);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGraphRemoveDependencies_v2);
    }
    return real(hGraph, from, to, edgeData, numDependencies);
}

QUANTA__WRAPPER CUresult cuGraphRemoveDependencies_v2(CUgraph hGraph, const CUgraphNode *from, const CUgraphNode *to, const CUgraphEdgeData *edgeData, size_t numDependencies)
{
    quanta_cuda_pfn_cuGraphRemoveDependencies_v2 real = (quanta_cuda_pfn_cuGraphRemoveDependencies_v2)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGraphRemoveDependencies_v2);
    if (__builtin_expect(real != NULL, 1))
        return real(hGraph, from, to, edgeData, numDependencies);
    return slow_cuGraphRemoveDependencies_v2(hGraph, from, to, edgeData, numDependencies);
}

static QUANTA__COLD CUresult slow_cuGraphRetainUserObject(CUgraph graph, CUuserObject object, unsigned int count, unsigned int flags)
{
    quanta_cuda_pfn_cuGraphRetainUserObject real = (quanta_cuda_pfn_cuGraphRetainUserObject)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGraphRetainUserObject);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGraphRetainUserObject);
    }
    return real(graph, object, count, flags);
}

QUANTA__WRAPPER CUresult cuGraphRetainUserObject(CUgraph graph, CUuserObject object, unsigned int count, unsigned int flags)
{
    quanta_cuda_pfn_cuGraphRetainUserObject real = (quanta_cuda_pfn_cuGraphRetainUserObject)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGraphRetainUserObject);
    if (__builtin_expect(real != NULL, 1))
        return real(graph, object, count, flags);
    return slow_cuGraphRetainUserObject(graph, object, count, flags);
}

static QUANTA__COLD CUresult slow_cuGraphUpload(CUgraphExec hGraphExec, CUstream hStream)
{
    quanta_cuda_pfn_cuGraphUpload real = (quanta_cuda_pfn_cuGraphUpload)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGraphUpload);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGraphUpload);
    }
    return real(hGraphExec, hStream);
}

QUANTA__WRAPPER CUresult cuGraphUpload(CUgraphExec hGraphExec, CUstream hStream)
{
    quanta_cuda_pfn_cuGraphUpload real = (quanta_cuda_pfn_cuGraphUpload)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGraphUpload);
    if (__builtin_expect(real != NULL, 1))
        return real(hGraphExec, hStream);
    return slow_cuGraphUpload(hGraphExec, hStream);
}

static QUANTA__COLD CUresult slow_cuGraphUpload_ptsz(CUgraphExec hGraphExec, CUstream hStream)
{
    quanta_cuda_pfn_cuGraphUpload_ptsz real = (quanta_cuda_pfn_cuGraphUpload_ptsz)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGraphUpload_ptsz);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGraphUpload_ptsz);
    }
    return real(hGraphExec, hStream);
}

QUANTA__WRAPPER CUresult cuGraphUpload_ptsz(CUgraphExec hGraphExec, CUstream hStream)
{
    quanta_cuda_pfn_cuGraphUpload_ptsz real = (quanta_cuda_pfn_cuGraphUpload_ptsz)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGraphUpload_ptsz);
    if (__builtin_expect(real != NULL, 1))
        return real(hGraphExec, hStream);
    return slow_cuGraphUpload_ptsz(hGraphExec, hStream);
}

static QUANTA__COLD CUresult slow_cuGraphicsEGLRegisterImage(CUgraphicsResource *pCudaResource, EGLImageKHR image, unsigned int flags)
{
    quanta_cuda_pfn_cuGraphicsEGLRegisterImage real = (quanta_cuda_pfn_cuGraphicsEGLRegisterImage)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGraphicsEGLRegisterImage);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGraphicsEGLRegisterImage);
    }
    return real(pCudaResource, image, flags);
}

QUANTA__WRAPPER CUresult cuGraphicsEGLRegisterImage(CUgraphicsResource *pCudaResource, EGLImageKHR image, unsigned int flags)
{
    quanta_cuda_pfn_cuGraphicsEGLRegisterImage real = (quanta_cuda_pfn_cuGraphicsEGLRegisterImage)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGraphicsEGLRegisterImage);
    if (__builtin_expect(real != NULL, 1))
        return real(pCudaResource, image, flags);
    return slow_cuGraphicsEGLRegisterImage(pCudaResource, image, flags);
}

static QUANTA__COLD CUresult slow_cuGraphicsGLRegisterBuffer(CUgraphicsResource *pCudaResource, GLuint buffer, unsigned int Flags)
{
    quanta_cuda_pfn_cuGraphicsGLRegisterBuffer real = (quanta_cuda_pfn_cuGraphicsGLRegisterBuffer)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGraphicsGLRegisterBuffer);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGraphicsGLRegisterBuffer);
    }
    return real(pCudaResource, buffer, Flags);
}

QUANTA__WRAPPER CUresult cuGraphicsGLRegisterBuffer(CUgraphicsResource *pCudaResource, GLuint buffer, unsigned int Flags)
{
    quanta_cuda_pfn_cuGraphicsGLRegisterBuffer real = (quanta_cuda_pfn_cuGraphicsGLRegisterBuffer)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGraphicsGLRegisterBuffer);
    if (__builtin_expect(real != NULL, 1))
        return real(pCudaResource, buffer, Flags);
    return slow_cuGraphicsGLRegisterBuffer(pCudaResource, buffer, Flags);
}

static QUANTA__COLD CUresult slow_cuGraphicsGLRegisterImage(CUgraphicsResource *pCudaResource, GLuint image, GLenum target, unsigned int Flags)
{
    quanta_cuda_pfn_cuGraphicsGLRegisterImage real = (quanta_cuda_pfn_cuGraphicsGLRegisterImage)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGraphicsGLRegisterImage);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGraphicsGLRegisterImage);
    }
    return real(pCudaResource, image, target, Flags);
}

QUANTA__WRAPPER CUresult cuGraphicsGLRegisterImage(CUgraphicsResource *pCudaResource, GLuint image, GLenum target, unsigned int Flags)
{
    quanta_cuda_pfn_cuGraphicsGLRegisterImage real = (quanta_cuda_pfn_cuGraphicsGLRegisterImage)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGraphicsGLRegisterImage);
    if (__builtin_expect(real != NULL, 1))
        return real(pCudaResource, image, target, Flags);
    return slow_cuGraphicsGLRegisterImage(pCudaResource, image, target, Flags);
}

static QUANTA__COLD CUresult slow_cuGraphicsMapResources(unsigned int count, CUgraphicsResource *resources, CUstream hStream)
{
    quanta_cuda_pfn_cuGraphicsMapResources real = (quanta_cuda_pfn_cuGraphicsMapResources)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGraphicsMapResources);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGraphicsMapResources);
    }
    return real(count, resources, hStream);
}

QUANTA__WRAPPER CUresult cuGraphicsMapResources(unsigned int count, CUgraphicsResource *resources, CUstream hStream)
{
    quanta_cuda_pfn_cuGraphicsMapResources real = (quanta_cuda_pfn_cuGraphicsMapResources)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGraphicsMapResources);
    if (__builtin_expect(real != NULL, 1))
        return real(count, resources, hStream);
    return slow_cuGraphicsMapResources(count, resources, hStream);
}

static QUANTA__COLD CUresult slow_cuGraphicsMapResources_ptsz(unsigned int count, CUgraphicsResource *resources, CUstream hStream)
{
    quanta_cuda_pfn_cuGraphicsMapResources_ptsz real = (quanta_cuda_pfn_cuGraphicsMapResources_ptsz)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGraphicsMapResources_ptsz);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGraphicsMapResources_ptsz);
    }
    return real(count, resources, hStream);
}

QUANTA__WRAPPER CUresult cuGraphicsMapResources_ptsz(unsigned int count, CUgraphicsResource *resources, CUstream hStream)
{
    quanta_cuda_pfn_cuGraphicsMapResources_ptsz real = (quanta_cuda_pfn_cuGraphicsMapResources_ptsz)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGraphicsMapResources_ptsz);
    if (__builtin_expect(real != NULL, 1))
        return real(count, resources, hStream);
    return slow_cuGraphicsMapResources_ptsz(count, resources, hStream);
}

static QUANTA__COLD CUresult slow_cuGraphicsResourceGetMappedEglFrame(CUeglFrame *eglFrame, CUgraphicsResource resource, unsigned int index, unsigned int mipLevel)
{
    quanta_cuda_pfn_cuGraphicsResourceGetMappedEglFrame real = (quanta_cuda_pfn_cuGraphicsResourceGetMappedEglFrame)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGraphicsResourceGetMappedEglFrame);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGraphicsResourceGetMappedEglFrame);
    }
    return real(eglFrame, resource, index, mipLevel);
}

QUANTA__WRAPPER CUresult cuGraphicsResourceGetMappedEglFrame(CUeglFrame *eglFrame, CUgraphicsResource resource, unsigned int index, unsigned int mipLevel)
{
    quanta_cuda_pfn_cuGraphicsResourceGetMappedEglFrame real = (quanta_cuda_pfn_cuGraphicsResourceGetMappedEglFrame)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGraphicsResourceGetMappedEglFrame);
    if (__builtin_expect(real != NULL, 1))
        return real(eglFrame, resource, index, mipLevel);
    return slow_cuGraphicsResourceGetMappedEglFrame(eglFrame, resource, index, mipLevel);
}

static QUANTA__COLD CUresult slow_cuGraphicsResourceGetMappedMipmappedArray(CUmipmappedArray *pMipmappedArray, CUgraphicsResource resource)
{
    quanta_cuda_pfn_cuGraphicsResourceGetMappedMipmappedArray real = (quanta_cuda_pfn_cuGraphicsResourceGetMappedMipmappedArray)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGraphicsResourceGetMappedMipmappedArray);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGraphicsResourceGetMappedMipmappedArray);
    }
    return real(pMipmappedArray, resource);
}

QUANTA__WRAPPER CUresult cuGraphicsResourceGetMappedMipmappedArray(CUmipmappedArray *pMipmappedArray, CUgraphicsResource resource)
{
    quanta_cuda_pfn_cuGraphicsResourceGetMappedMipmappedArray real = (quanta_cuda_pfn_cuGraphicsResourceGetMappedMipmappedArray)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGraphicsResourceGetMappedMipmappedArray);
    if (__builtin_expect(real != NULL, 1))
        return real(pMipmappedArray, resource);
    return slow_cuGraphicsResourceGetMappedMipmappedArray(pMipmappedArray, resource);
}

static QUANTA__COLD CUresult slow_cuGraphicsResourceGetMappedPointer(CUdeviceptr_v1 *pDevPtr, unsigned int *pSize, CUgraphicsResource resource)
{
    quanta_cuda_pfn_cuGraphicsResourceGetMappedPointer real = (quanta_cuda_pfn_cuGraphicsResourceGetMappedPointer)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGraphicsResourceGetMappedPointer);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGraphicsResourceGetMappedPointer);
    }
    return real(pDevPtr, pSize, resource);
}

QUANTA__WRAPPER CUresult cuGraphicsResourceGetMappedPointer(CUdeviceptr_v1 *pDevPtr, unsigned int *pSize, CUgraphicsResource resource)
{
    quanta_cuda_pfn_cuGraphicsResourceGetMappedPointer real = (quanta_cuda_pfn_cuGraphicsResourceGetMappedPointer)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGraphicsResourceGetMappedPointer);
    if (__builtin_expect(real != NULL, 1))
        return real(pDevPtr, pSize, resource);
    return slow_cuGraphicsResourceGetMappedPointer(pDevPtr, pSize, resource);
}

static QUANTA__COLD CUresult slow_cuGraphicsResourceGetMappedPointer_v2(CUdeviceptr *pDevPtr, size_t *pSize, CUgraphicsResource resource)
{
    quanta_cuda_pfn_cuGraphicsResourceGetMappedPointer_v2 real = (quanta_cuda_pfn_cuGraphicsResourceGetMappedPointer_v2)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGraphicsResourceGetMappedPointer_v2);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGraphicsResourceGetMappedPointer_v2);
    }
    return real(pDevPtr, pSize, resource);
}

QUANTA__WRAPPER CUresult cuGraphicsResourceGetMappedPointer_v2(CUdeviceptr *pDevPtr, size_t *pSize, CUgraphicsResource resource)
{
    quanta_cuda_pfn_cuGraphicsResourceGetMappedPointer_v2 real = (quanta_cuda_pfn_cuGraphicsResourceGetMappedPointer_v2)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGraphicsResourceGetMappedPointer_v2);
    if (__builtin_expect(real != NULL, 1))
        return real(pDevPtr, pSize, resource);
    return slow_cuGraphicsResourceGetMappedPointer_v2(pDevPtr, pSize, resource);
}

static QUANTA__COLD CUresult slow_cuGraphicsResourceSetMapFlags(CUgraphicsResource resource, unsigned int flags)
{
    quanta_cuda_pfn_cuGraphicsResourceSetMapFlags real = (quanta_cuda_pfn_cuGraphicsResourceSetMapFlags)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGraphicsResourceSetMapFlags);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGraphicsResourceSetMapFlags);
    }
    return real(resource, flags);
}

QUANTA__WRAPPER CUresult cuGraphicsResourceSetMapFlags(CUgraphicsResource resource, unsigned int flags)
{
    quanta_cuda_pfn_cuGraphicsResourceSetMapFlags real = (quanta_cuda_pfn_cuGraphicsResourceSetMapFlags)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGraphicsResourceSetMapFlags);
    if (__builtin_expect(real != NULL, 1))
        return real(resource, flags);
    return slow_cuGraphicsResourceSetMapFlags(resource, flags);
}

static QUANTA__COLD CUresult slow_cuGraphicsResourceSetMapFlags_v2(CUgraphicsResource resource, unsigned int flags)
{
    quanta_cuda_pfn_cuGraphicsResourceSetMapFlags_v2 real = (quanta_cuda_pfn_cuGraphicsResourceSetMapFlags_v2)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGraphicsResourceSetMapFlags_v2);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGraphicsResourceSetMapFlags_v2);
    }
    return real(resource, flags);
}

QUANTA__WRAPPER CUresult cuGraphicsResourceSetMapFlags_v2(CUgraphicsResource resource, unsigned int flags)
{
    quanta_cuda_pfn_cuGraphicsResourceSetMapFlags_v2 real = (quanta_cuda_pfn_cuGraphicsResourceSetMapFlags_v2)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGraphicsResourceSetMapFlags_v2);
    if (__builtin_expect(real != NULL, 1))
        return real(resource, flags);
    return slow_cuGraphicsResourceSetMapFlags_v2(resource, flags);
}

static QUANTA__COLD CUresult slow_cuGraphicsSubResourceGetMappedArray(CUarray *pArray, CUgraphicsResource resource, unsigned int arrayIndex, unsigned int mipLevel)
{
    quanta_cuda_pfn_cuGraphicsSubResourceGetMappedArray real = (quanta_cuda_pfn_cuGraphicsSubResourceGetMappedArray)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGraphicsSubResourceGetMappedArray);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGraphicsSubResourceGetMappedArray);
    }
    return real(pArray, resource, arrayIndex, mipLevel);
}

QUANTA__WRAPPER CUresult cuGraphicsSubResourceGetMappedArray(CUarray *pArray, CUgraphicsResource resource, unsigned int arrayIndex, unsigned int mipLevel)
{
    quanta_cuda_pfn_cuGraphicsSubResourceGetMappedArray real = (quanta_cuda_pfn_cuGraphicsSubResourceGetMappedArray)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGraphicsSubResourceGetMappedArray);
    if (__builtin_expect(real != NULL, 1))
        return real(pArray, resource, arrayIndex, mipLevel);
    return slow_cuGraphicsSubResourceGetMappedArray(pArray, resource, arrayIndex, mipLevel);
}

static QUANTA__COLD CUresult slow_cuGraphicsUnmapResources(unsigned int count, CUgraphicsResource *resources, CUstream hStream)
{
    quanta_cuda_pfn_cuGraphicsUnmapResources real = (quanta_cuda_pfn_cuGraphicsUnmapResources)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGraphicsUnmapResources);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGraphicsUnmapResources);
    }
    return real(count, resources, hStream);
}

QUANTA__WRAPPER CUresult cuGraphicsUnmapResources(unsigned int count, CUgraphicsResource *resources, CUstream hStream)
{
    quanta_cuda_pfn_cuGraphicsUnmapResources real = (quanta_cuda_pfn_cuGraphicsUnmapResources)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGraphicsUnmapResources);
    if (__builtin_expect(real != NULL, 1))
        return real(count, resources, hStream);
    return slow_cuGraphicsUnmapResources(count, resources, hStream);
}

static QUANTA__COLD CUresult slow_cuGraphicsUnmapResources_ptsz(unsigned int count, CUgraphicsResource *resources, CUstream hStream)
{
    quanta_cuda_pfn_cuGraphicsUnmapResources_ptsz real = (quanta_cuda_pfn_cuGraphicsUnmapResources_ptsz)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGraphicsUnmapResources_ptsz);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGraphicsUnmapResources_ptsz);
    }
    return real(count, resources, hStream);
}

QUANTA__WRAPPER CUresult cuGraphicsUnmapResources_ptsz(unsigned int count, CUgraphicsResource *resources, CUstream hStream)
{
    quanta_cuda_pfn_cuGraphicsUnmapResources_ptsz real = (quanta_cuda_pfn_cuGraphicsUnmapResources_ptsz)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGraphicsUnmapResources_ptsz);
    if (__builtin_expect(real != NULL, 1))
        return real(count, resources, hStream);
    return slow_cuGraphicsUnmapResources_ptsz(count, resources, hStream);
}

static QUANTA__COLD CUresult slow_cuGraphicsUnregisterResource(CUgraphicsResource resource)
{
    quanta_cuda_pfn_cuGraphicsUnregisterResource real = (quanta_cuda_pfn_cuGraphicsUnregisterResource)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGraphicsUnregisterResource);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGraphicsUnregisterResource);
    }
    return real(resource);
}

QUANTA__WRAPPER CUresult cuGraphicsUnregisterResource(CUgraphicsResource resource)
{
    quanta_cuda_pfn_cuGraphicsUnregisterResource real = (quanta_cuda_pfn_cuGraphicsUnregisterResource)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGraphicsUnregisterResource);
    if (__builtin_expect(real != NULL, 1))
        return real(resource);
    return slow_cuGraphicsUnregisterResource(resource);
}

static QUANTA__COLD CUresult slow_cuGraphicsVDPAURegisterOutputSurface(CUgraphicsResource *pCudaResource, VdpOutputSurface vdpSurface, unsigned int flags)
{
    quanta_cuda_pfn_cuGraphicsVDPAURegisterOutputSurface real = (quanta_cuda_pfn_cuGraphicsVDPAURegisterOutputSurface)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGraphicsVDPAURegisterOutputSurface);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGraphicsVDPAURegisterOutputSurface);
    }
    return real(pCudaResource, vdpSurface, flags);
}

QUANTA__WRAPPER CUresult cuGraphicsVDPAURegisterOutputSurface(CUgraphicsResource *pCudaResource, VdpOutputSurface vdpSurface, unsigned int flags)
{
    quanta_cuda_pfn_cuGraphicsVDPAURegisterOutputSurface real = (quanta_cuda_pfn_cuGraphicsVDPAURegisterOutputSurface)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGraphicsVDPAURegisterOutputSurface);
    if (__builtin_expect(real != NULL, 1))
        return real(pCudaResource, vdpSurface, flags);
    return slow_cuGraphicsVDPAURegisterOutputSurface(pCudaResource, vdpSurface, flags);
}

static QUANTA__COLD CUresult slow_cuGraphicsVDPAURegisterVideoSurface(CUgraphicsResource *pCudaResource, VdpVideoSurface vdpSurface, unsigned int flags)
{
    quanta_cuda_pfn_cuGraphicsVDPAURegisterVideoSurface real = (quanta_cuda_pfn_cuGraphicsVDPAURegisterVideoSurface)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGraphicsVDPAURegisterVideoSurface);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGraphicsVDPAURegisterVideoSurface);
    }
    return real(pCudaResource, vdpSurface, flags);
}

QUANTA__WRAPPER CUresult cuGraphicsVDPAURegisterVideoSurface(CUgraphicsResource *pCudaResource, VdpVideoSurface vdpSurface, unsigned int flags)
{
    quanta_cuda_pfn_cuGraphicsVDPAURegisterVideoSurface real = (quanta_cuda_pfn_cuGraphicsVDPAURegisterVideoSurface)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGraphicsVDPAURegisterVideoSurface);
    if (__builtin_expect(real != NULL, 1))
        return real(pCudaResource, vdpSurface, flags);
    return slow_cuGraphicsVDPAURegisterVideoSurface(pCudaResource, vdpSurface, flags);
}

static QUANTA__COLD CUresult slow_cuGreenCtxCreate(CUgreenCtx *phCtx, CUdevResourceDesc desc, CUdevice dev, unsigned int flags)
{
    quanta_cuda_pfn_cuGreenCtxCreate real = (quanta_cuda_pfn_cuGreenCtxCreate)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGreenCtxCreate);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGreenCtxCreate);
    }
    return real(phCtx, desc, dev, flags);
}

QUANTA__WRAPPER CUresult cuGreenCtxCreate(CUgreenCtx *phCtx, CUdevResourceDesc desc, CUdevice dev, unsigned int flags)
{
    quanta_cuda_pfn_cuGreenCtxCreate real = (quanta_cuda_pfn_cuGreenCtxCreate)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGreenCtxCreate);
    if (__builtin_expect(real != NULL, 1))
        return real(phCtx, desc, dev, flags);
    return slow_cuGreenCtxCreate(phCtx, desc, dev, flags);
}

static QUANTA__COLD CUresult slow_cuGreenCtxDestroy(CUgreenCtx hCtx)
{
    quanta_cuda_pfn_cuGreenCtxDestroy real = (quanta_cuda_pfn_cuGreenCtxDestroy)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGreenCtxDestroy);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGreenCtxDestroy);
    }
    return real(hCtx);
}

QUANTA__WRAPPER CUresult cuGreenCtxDestroy(CUgreenCtx hCtx)
{
    quanta_cuda_pfn_cuGreenCtxDestroy real = (quanta_cuda_pfn_cuGreenCtxDestroy)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGreenCtxDestroy);
    if (__builtin_expect(real != NULL, 1))
        return real(hCtx);
    return slow_cuGreenCtxDestroy(hCtx);
}

static QUANTA__COLD CUresult slow_cuGreenCtxGetDevResource(CUgreenCtx hCtx, CUdevResource *resource, CUdevResourceType type)
{
    quanta_cuda_pfn_cuGreenCtxGetDevResource real = (quanta_cuda_pfn_cuGreenCtxGetDevResource)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGreenCtxGetDevResource);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGreenCtxGetDevResource);
    }
    return real(hCtx, resource, type);
}

QUANTA__WRAPPER CUresult cuGreenCtxGetDevResource(CUgreenCtx hCtx, CUdevResource *resource, CUdevResourceType type)
{
    quanta_cuda_pfn_cuGreenCtxGetDevResource real = (quanta_cuda_pfn_cuGreenCtxGetDevResource)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGreenCtxGetDevResource);
    if (__builtin_expect(real != NULL, 1))
        return real(hCtx, resource, type);
    return slow_cuGreenCtxGetDevResource(hCtx, resource, type);
}

static QUANTA__COLD CUresult slow_cuGreenCtxGetId(CUgreenCtx greenCtx, unsigned long long *greenCtxId)
{
    quanta_cuda_pfn_cuGreenCtxGetId real = (quanta_cuda_pfn_cuGreenCtxGetId)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGreenCtxGetId);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGreenCtxGetId);
    }
    return real(greenCtx, greenCtxId);
}

QUANTA__WRAPPER CUresult cuGreenCtxGetId(CUgreenCtx greenCtx, unsigned long long *greenCtxId)
{
    quanta_cuda_pfn_cuGreenCtxGetId real = (quanta_cuda_pfn_cuGreenCtxGetId)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGreenCtxGetId);
    if (__builtin_expect(real != NULL, 1))
        return real(greenCtx, greenCtxId);
    return slow_cuGreenCtxGetId(greenCtx, greenCtxId);
}

static QUANTA__COLD CUresult slow_cuGreenCtxRecordEvent(CUgreenCtx hCtx, CUevent hEvent)
{
    quanta_cuda_pfn_cuGreenCtxRecordEvent real = (quanta_cuda_pfn_cuGreenCtxRecordEvent)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGreenCtxRecordEvent);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGreenCtxRecordEvent);
    }
    return real(hCtx, hEvent);
}

QUANTA__WRAPPER CUresult cuGreenCtxRecordEvent(CUgreenCtx hCtx, CUevent hEvent)
{
    quanta_cuda_pfn_cuGreenCtxRecordEvent real = (quanta_cuda_pfn_cuGreenCtxRecordEvent)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGreenCtxRecordEvent);
    if (__builtin_expect(real != NULL, 1))
        return real(hCtx, hEvent);
    return slow_cuGreenCtxRecordEvent(hCtx, hEvent);
}

static QUANTA__COLD CUresult slow_cuGreenCtxStreamCreate(CUstream *phStream, CUgreenCtx greenCtx, unsigned int flags, int priority)
{
    quanta_cuda_pfn_cuGreenCtxStreamCreate real = (quanta_cuda_pfn_cuGreenCtxStreamCreate)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGreenCtxStreamCreate);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGreenCtxStreamCreate);
    }
    return real(phStream, greenCtx, flags, priority);
}

QUANTA__WRAPPER CUresult cuGreenCtxStreamCreate(CUstream *phStream, CUgreenCtx greenCtx, unsigned int flags, int priority)
{
    quanta_cuda_pfn_cuGreenCtxStreamCreate real = (quanta_cuda_pfn_cuGreenCtxStreamCreate)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGreenCtxStreamCreate);
    if (__builtin_expect(real != NULL, 1))
        return real(phStream, greenCtx, flags, priority);
    return slow_cuGreenCtxStreamCreate(phStream, greenCtx, flags, priority);
}

static QUANTA__COLD CUresult slow_cuGreenCtxWaitEvent(CUgreenCtx hCtx, CUevent hEvent)
{
    quanta_cuda_pfn_cuGreenCtxWaitEvent real = (quanta_cuda_pfn_cuGreenCtxWaitEvent)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuGreenCtxWaitEvent);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGreenCtxWaitEvent);
    }
    return real(hCtx, hEvent);
}

QUANTA__WRAPPER CUresult cuGreenCtxWaitEvent(CUgreenCtx hCtx, CUevent hEvent)
{
    quanta_cuda_pfn_cuGreenCtxWaitEvent real = (quanta_cuda_pfn_cuGreenCtxWaitEvent)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuGreenCtxWaitEvent);
    if (__builtin_expect(real != NULL, 1))
        return real(hCtx, hEvent);
    return slow_cuGreenCtxWaitEvent(hCtx, hEvent);
}

static QUANTA__COLD CUresult slow_cuImportExternalMemory(CUexternalMemory *extMem_out, const CUDA_EXTERNAL_MEMORY_HANDLE_DESC *memHandleDesc)
{
    quanta_cuda_pfn_cuImportExternalMemory real = (quanta_cuda_pfn_cuImportExternalMemory)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuImportExternalMemory);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuImportExternalMemory);
    }
    return real(extMem_out, memHandleDesc);
}

QUANTA__WRAPPER CUresult cuImportExternalMemory(CUexternalMemory *extMem_out, const CUDA_EXTERNAL_MEMORY_HANDLE_DESC *memHandleDesc)
{
    quanta_cuda_pfn_cuImportExternalMemory real = (quanta_cuda_pfn_cuImportExternalMemory)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuImportExternalMemory);
    if (__builtin_expect(real != NULL, 1))
        return real(extMem_out, memHandleDesc);
    return slow_cuImportExternalMemory(extMem_out, memHandleDesc);
}

static QUANTA__COLD CUresult slow_cuImportExternalSemaphore(CUexternalSemaphore *extSem_out, const CUDA_EXTERNAL_SEMAPHORE_HANDLE_DESC *semHandleDesc)
{
    quanta_cuda_pfn_cuImportExternalSemaphore real = (quanta_cuda_pfn_cuImportExternalSemaphore)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuImportExternalSemaphore);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuImportExternalSemaphore);
    }
    return real(extSem_out, semHandleDesc);
}

QUANTA__WRAPPER CUresult cuImportExternalSemaphore(CUexternalSemaphore *extSem_out, const CUDA_EXTERNAL_SEMAPHORE_HANDLE_DESC *semHandleDesc)
{
    quanta_cuda_pfn_cuImportExternalSemaphore real = (quanta_cuda_pfn_cuImportExternalSemaphore)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuImportExternalSemaphore);
    if (__builtin_expect(real != NULL, 1))
        return real(extSem_out, semHandleDesc);
    return slow_cuImportExternalSemaphore(extSem_out, semHandleDesc);
}

static QUANTA__COLD CUresult slow_cuInit(unsigned int Flags)
{
    quanta_cuda_pfn_cuInit real = (quanta_cuda_pfn_cuInit)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuInit);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuInit);
    }
    return real(Flags);
}

QUANTA__WRAPPER CUresult cuInit(unsigned int Flags)
{
    quanta_cuda_pfn_cuInit real = (quanta_cuda_pfn_cuInit)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuInit);
    if (__builtin_expect(real != NULL, 1))
        return real(Flags);
    return slow_cuInit(Flags);
}

static QUANTA__COLD CUresult slow_cuIpcCloseMemHandle(CUdeviceptr dptr)
{
    quanta_cuda_pfn_cuIpcCloseMemHandle real = (quanta_cuda_pfn_cuIpcCloseMemHandle)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuIpcCloseMemHandle);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuIpcCloseMemHandle);
    }
    return real(dptr);
}

QUANTA__WRAPPER CUresult cuIpcCloseMemHandle(CUdeviceptr dptr)
{
    quanta_cuda_pfn_cuIpcCloseMemHandle real = (quanta_cuda_pfn_cuIpcCloseMemHandle)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuIpcCloseMemHandle);
    if (__builtin_expect(real != NULL, 1))
        return real(dptr);
    return slow_cuIpcCloseMemHandle(dptr);
}

static QUANTA__COLD CUresult slow_cuIpcGetEventHandle(CUipcEventHandle *pHandle, CUevent event)
{
    quanta_cuda_pfn_cuIpcGetEventHandle real = (quanta_cuda_pfn_cuIpcGetEventHandle)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuIpcGetEventHandle);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuIpcGetEventHandle);
    }
    return real(pHandle, event);
}

QUANTA__WRAPPER CUresult cuIpcGetEventHandle(CUipcEventHandle *pHandle, CUevent event)
{
    quanta_cuda_pfn_cuIpcGetEventHandle real = (quanta_cuda_pfn_cuIpcGetEventHandle)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuIpcGetEventHandle);
    if (__builtin_expect(real != NULL, 1))
        return real(pHandle, event);
    return slow_cuIpcGetEventHandle(pHandle, event);
}

static QUANTA__COLD CUresult slow_cuIpcGetMemHandle(CUipcMemHandle *pHandle, CUdeviceptr dptr)
{
    quanta_cuda_pfn_cuIpcGetMemHandle real = (quanta_cuda_pfn_cuIpcGetMemHandle)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuIpcGetMemHandle);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuIpcGetMemHandle);
    }
    return real(pHandle, dptr);
}

QUANTA__WRAPPER CUresult cuIpcGetMemHandle(CUipcMemHandle *pHandle, CUdeviceptr dptr)
{
    quanta_cuda_pfn_cuIpcGetMemHandle real = (quanta_cuda_pfn_cuIpcGetMemHandle)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuIpcGetMemHandle);
    if (__builtin_expect(real != NULL, 1))
        return real(pHandle, dptr);
    return slow_cuIpcGetMemHandle(pHandle, dptr);
}

static QUANTA__COLD CUresult slow_cuIpcOpenEventHandle(CUevent *phEvent, CUipcEventHandle handle)
{
    quanta_cuda_pfn_cuIpcOpenEventHandle real = (quanta_cuda_pfn_cuIpcOpenEventHandle)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuIpcOpenEventHandle);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuIpcOpenEventHandle);
    }
    return real(phEvent, handle);
}

QUANTA__WRAPPER CUresult cuIpcOpenEventHandle(CUevent *phEvent, CUipcEventHandle handle)
{
    quanta_cuda_pfn_cuIpcOpenEventHandle real = (quanta_cuda_pfn_cuIpcOpenEventHandle)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuIpcOpenEventHandle);
    if (__builtin_expect(real != NULL, 1))
        return real(phEvent, handle);
    return slow_cuIpcOpenEventHandle(phEvent, handle);
}

static QUANTA__COLD CUresult slow_cuIpcOpenMemHandle(CUdeviceptr *pdptr, CUipcMemHandle handle, unsigned int Flags)
{
    quanta_cuda_pfn_cuIpcOpenMemHandle real = (quanta_cuda_pfn_cuIpcOpenMemHandle)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuIpcOpenMemHandle);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuIpcOpenMemHandle);
    }
    return real(pdptr, handle, Flags);
}

QUANTA__WRAPPER CUresult cuIpcOpenMemHandle(CUdeviceptr *pdptr, CUipcMemHandle handle, unsigned int Flags)
{
    quanta_cuda_pfn_cuIpcOpenMemHandle real = (quanta_cuda_pfn_cuIpcOpenMemHandle)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuIpcOpenMemHandle);
    if (__builtin_expect(real != NULL, 1))
        return real(pdptr, handle, Flags);
    return slow_cuIpcOpenMemHandle(pdptr, handle, Flags);
}

static QUANTA__COLD CUresult slow_cuIpcOpenMemHandle_v2(CUdeviceptr *pdptr, CUipcMemHandle handle, unsigned int Flags)
{
    quanta_cuda_pfn_cuIpcOpenMemHandle_v2 real = (quanta_cuda_pfn_cuIpcOpenMemHandle_v2)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuIpcOpenMemHandle_v2);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuIpcOpenMemHandle_v2);
    }
    return real(pdptr, handle, Flags);
}

QUANTA__WRAPPER CUresult cuIpcOpenMemHandle_v2(CUdeviceptr *pdptr, CUipcMemHandle handle, unsigned int Flags)
{
    quanta_cuda_pfn_cuIpcOpenMemHandle_v2 real = (quanta_cuda_pfn_cuIpcOpenMemHandle_v2)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuIpcOpenMemHandle_v2);
    if (__builtin_expect(real != NULL, 1))
        return real(pdptr, handle, Flags);
    return slow_cuIpcOpenMemHandle_v2(pdptr, handle, Flags);
}

static QUANTA__COLD CUresult slow_cuKernelGetAttribute(int *pi, CUfunction_attribute attrib, CUkernel kernel, CUdevice dev)
{
    quanta_cuda_pfn_cuKernelGetAttribute real = (quanta_cuda_pfn_cuKernelGetAttribute)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuKernelGetAttribute);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuKernelGetAttribute);
    }
    return real(pi, attrib, kernel, dev);
}

QUANTA__WRAPPER CUresult cuKernelGetAttribute(int *pi, CUfunction_attribute attrib, CUkernel kernel, CUdevice dev)
{
    quanta_cuda_pfn_cuKernelGetAttribute real = (quanta_cuda_pfn_cuKernelGetAttribute)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuKernelGetAttribute);
    if (__builtin_expect(real != NULL, 1))
        return real(pi, attrib, kernel, dev);
    return slow_cuKernelGetAttribute(pi, attrib, kernel, dev);
}

static QUANTA__COLD CUresult slow_cuKernelGetFunction(CUfunction *pFunc, CUkernel kernel)
{
    quanta_cuda_pfn_cuKernelGetFunction real = (quanta_cuda_pfn_cuKernelGetFunction)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuKernelGetFunction);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuKernelGetFunction);
    }
    return real(pFunc, kernel);
}

QUANTA__WRAPPER CUresult cuKernelGetFunction(CUfunction *pFunc, CUkernel kernel)
{
    quanta_cuda_pfn_cuKernelGetFunction real = (quanta_cuda_pfn_cuKernelGetFunction)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuKernelGetFunction);
    if (__builtin_expect(real != NULL, 1))
        return real(pFunc, kernel);
    return slow_cuKernelGetFunction(pFunc, kernel);
}

static QUANTA__COLD CUresult slow_cuKernelGetLibrary(CUlibrary *pLib, CUkernel kernel)
{
    quanta_cuda_pfn_cuKernelGetLibrary real = (quanta_cuda_pfn_cuKernelGetLibrary)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuKernelGetLibrary);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuKernelGetLibrary);
    }
    return real(pLib, kernel);
}

QUANTA__WRAPPER CUresult cuKernelGetLibrary(CUlibrary *pLib, CUkernel kernel)
{
    quanta_cuda_pfn_cuKernelGetLibrary real = (quanta_cuda_pfn_cuKernelGetLibrary)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuKernelGetLibrary);
    if (__builtin_expect(real != NULL, 1))
        return real(pLib, kernel);
    return slow_cuKernelGetLibrary(pLib, kernel);
}

static QUANTA__COLD CUresult slow_cuKernelGetName(const char **name, CUkernel hfunc)
{
    quanta_cuda_pfn_cuKernelGetName real = (quanta_cuda_pfn_cuKernelGetName)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuKernelGetName);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuKernelGetName);
    }
    return real(name, hfunc);
}

QUANTA__WRAPPER CUresult cuKernelGetName(const char **name, CUkernel hfunc)
{
    quanta_cuda_pfn_cuKernelGetName real = (quanta_cuda_pfn_cuKernelGetName)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuKernelGetName);
    if (__builtin_expect(real != NULL, 1))
        return real(name, hfunc);
    return slow_cuKernelGetName(name, hfunc);
}

static QUANTA__COLD CUresult slow_cuKernelGetParamInfo(CUkernel kernel, size_t paramIndex, size_t *paramOffset, size_t *paramSize)
{
    quanta_cuda_pfn_cuKernelGetParamInfo real = (quanta_cuda_pfn_cuKernelGetParamInfo)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuKernelGetParamInfo);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuKernelGetParamInfo);
    }
    return real(kernel, paramIndex, paramOffset, paramSize);
}

QUANTA__WRAPPER CUresult cuKernelGetParamInfo(CUkernel kernel, size_t paramIndex, size_t *paramOffset, size_t *paramSize)
{
    quanta_cuda_pfn_cuKernelGetParamInfo real = (quanta_cuda_pfn_cuKernelGetParamInfo)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuKernelGetParamInfo);
    if (__builtin_expect(real != NULL, 1))
        return real(kernel, paramIndex, paramOffset, paramSize);
    return slow_cuKernelGetParamInfo(kernel, paramIndex, paramOffset, paramSize);
}

static QUANTA__COLD CUresult slow_cuKernelSetAttribute(CUfunction_attribute attrib, int val, CUkernel kernel, CUdevice dev)
{
    quanta_cuda_pfn_cuKernelSetAttribute real = (quanta_cuda_pfn_cuKernelSetAttribute)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuKernelSetAttribute);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuKernelSetAttribute);
    }
    return real(attrib, val, kernel, dev);
}

QUANTA__WRAPPER CUresult cuKernelSetAttribute(CUfunction_attribute attrib, int val, CUkernel kernel, CUdevice dev)
{
    quanta_cuda_pfn_cuKernelSetAttribute real = (quanta_cuda_pfn_cuKernelSetAttribute)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuKernelSetAttribute);
    if (__builtin_expect(real != NULL, 1))
        return real(attrib, val, kernel, dev);
    return slow_cuKernelSetAttribute(attrib, val, kernel, dev);
}

static QUANTA__COLD CUresult slow_cuKernelSetCacheConfig(CUkernel kernel, CUfunc_cache config, CUdevice dev)
{
    quanta_cuda_pfn_cuKernelSetCacheConfig real = (quanta_cuda_pfn_cuKernelSetCacheConfig)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuKernelSetCacheConfig);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuKernelSetCacheConfig);
    }
    return real(kernel, config, dev);
}

QUANTA__WRAPPER CUresult cuKernelSetCacheConfig(CUkernel kernel, CUfunc_cache config, CUdevice dev)
{
    quanta_cuda_pfn_cuKernelSetCacheConfig real = (quanta_cuda_pfn_cuKernelSetCacheConfig)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuKernelSetCacheConfig);
    if (__builtin_expect(real != NULL, 1))
        return real(kernel, config, dev);
    return slow_cuKernelSetCacheConfig(kernel, config, dev);
}

static QUANTA__COLD CUresult gated_cuLaunch(CUfunction f)
{
    quanta_cuda_pfn_cuLaunch real = (quanta_cuda_pfn_cuLaunch)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuLaunch);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuLaunch);
    }
    struct quanta__work w;
    quanta__work_begin(&w, NULL, QUANTA__WORK_GATE);
    CUresult rc = real(f);
    quanta__work_end(&w, rc);
    return rc;
}

QUANTA__WRAPPER CUresult cuLaunch(CUfunction f)
{
    quanta_cuda_pfn_cuLaunch real = (quanta_cuda_pfn_cuLaunch)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuLaunch);
    if (__builtin_expect(real != NULL && quanta__work_ungated(), 1))
        return real(f);
    return gated_cuLaunch(f);
}

static QUANTA__COLD CUresult gated_cuLaunchCooperativeKernel(CUfunction f, unsigned int gridDimX, unsigned int gridDimY, unsigned int gridDimZ, unsigned int blockDimX, unsigned int blockDimY, unsigned int blockDimZ, unsigned int sharedMemBytes, CUstream hStream, void **kernelParams)
{
    quanta_cuda_pfn_cuLaunchCooperativeKernel real = (quanta_cuda_pfn_cuLaunchCooperativeKernel)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuLaunchCooperativeKernel);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuLaunchCooperativeKernel);
    }
    struct quanta__work w;
    quanta__work_begin(&w, hStream, QUANTA__WORK_STREAM);
    CUresult rc = real(f, gridDimX, gridDimY, gridDimZ, blockDimX, blockDimY, blockDimZ, sharedMemBytes, hStream, kernelParams);
    quanta__work_end(&w, rc);
    return rc;
}

QUANTA__WRAPPER CUresult cuLaunchCooperativeKernel(CUfunction f, unsigned int gridDimX, unsigned int gridDimY, unsigned int gridDimZ, unsigned int blockDimX, unsigned int blockDimY, unsigned int blockDimZ, unsigned int sharedMemBytes, CUstream hStream, void **kernelParams)
{
    quanta_cuda_pfn_cuLaunchCooperativeKernel real = (quanta_cuda_pfn_cuLaunchCooperativeKernel)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuLaunchCooperativeKernel);
    if (__builtin_expect(real != NULL && quanta__stream_work_ungated(), 1))
        return real(f, gridDimX, gridDimY, gridDimZ, blockDimX, blockDimY, blockDimZ, sharedMemBytes, hStream, kernelParams);
    return gated_cuLaunchCooperativeKernel(f, gridDimX, gridDimY, gridDimZ, blockDimX, blockDimY, blockDimZ, sharedMemBytes, hStream, kernelParams);
}

static QUANTA__COLD CUresult gated_cuLaunchCooperativeKernel_ptsz(CUfunction f, unsigned int gridDimX, unsigned int gridDimY, unsigned int gridDimZ, unsigned int blockDimX, unsigned int blockDimY, unsigned int blockDimZ, unsigned int sharedMemBytes, CUstream hStream, void **kernelParams)
{
    quanta_cuda_pfn_cuLaunchCooperativeKernel_ptsz real = (quanta_cuda_pfn_cuLaunchCooperativeKernel_ptsz)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuLaunchCooperativeKernel_ptsz);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuLaunchCooperativeKernel_ptsz);
    }
    struct quanta__work w;
    quanta__work_begin(&w, (hStream != NULL ? hStream : QUANTA__STREAM_PER_THREAD), QUANTA__WORK_STREAM);
    CUresult rc = real(f, gridDimX, gridDimY, gridDimZ, blockDimX, blockDimY, blockDimZ, sharedMemBytes, hStream, kernelParams);
    quanta__work_end(&w, rc);
    return rc;
}

QUANTA__WRAPPER CUresult cuLaunchCooperativeKernel_ptsz(CUfunction f, unsigned int gridDimX, unsigned int gridDimY, unsigned int gridDimZ, unsigned int blockDimX, unsigned int blockDimY, unsigned int blockDimZ, unsigned int sharedMemBytes, CUstream hStream, void **kernelParams)
{
    quanta_cuda_pfn_cuLaunchCooperativeKernel_ptsz real = (quanta_cuda_pfn_cuLaunchCooperativeKernel_ptsz)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuLaunchCooperativeKernel_ptsz);
    if (__builtin_expect(real != NULL && quanta__stream_work_ungated(), 1))
        return real(f, gridDimX, gridDimY, gridDimZ, blockDimX, blockDimY, blockDimZ, sharedMemBytes, hStream, kernelParams);
    return gated_cuLaunchCooperativeKernel_ptsz(f, gridDimX, gridDimY, gridDimZ, blockDimX, blockDimY, blockDimZ, sharedMemBytes, hStream, kernelParams);
}

static QUANTA__COLD CUresult gated_cuLaunchCooperativeKernelMultiDevice(CUDA_LAUNCH_PARAMS *launchParamsList, unsigned int numDevices, unsigned int flags)
{
    quanta_cuda_pfn_cuLaunchCooperativeKernelMultiDevice real = (quanta_cuda_pfn_cuLaunchCooperativeKernelMultiDevice)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuLaunchCooperativeKernelMultiDevice);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuLaunchCooperativeKernelMultiDevice);
    }
    struct quanta__work w;
    quanta__work_begin(&w, NULL, QUANTA__WORK_GATE);
    CUresult rc = real(launchParamsList, numDevices, flags);
    quanta__work_end(&w, rc);
    return rc;
}

QUANTA__WRAPPER CUresult cuLaunchCooperativeKernelMultiDevice(CUDA_LAUNCH_PARAMS *launchParamsList, unsigned int numDevices, unsigned int flags)
{
    quanta_cuda_pfn_cuLaunchCooperativeKernelMultiDevice real = (quanta_cuda_pfn_cuLaunchCooperativeKernelMultiDevice)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuLaunchCooperativeKernelMultiDevice);
    if (__builtin_expect(real != NULL && quanta__work_ungated(), 1))
        return real(launchParamsList, numDevices, flags);
    return gated_cuLaunchCooperativeKernelMultiDevice(launchParamsList, numDevices, flags);
}

static QUANTA__COLD CUresult gated_cuLaunchGrid(CUfunction f, int grid_width, int grid_height)
{
    quanta_cuda_pfn_cuLaunchGrid real = (quanta_cuda_pfn_cuLaunchGrid)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuLaunchGrid);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuLaunchGrid);
    }
    struct quanta__work w;
    quanta__work_begin(&w, NULL, QUANTA__WORK_GATE);
    CUresult rc = real(f, grid_width, grid_height);
    quanta__work_end(&w, rc);
    return rc;
}

QUANTA__WRAPPER CUresult cuLaunchGrid(CUfunction f, int grid_width, int grid_height)
{
    quanta_cuda_pfn_cuLaunchGrid real = (quanta_cuda_pfn_cuLaunchGrid)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuLaunchGrid);
    if (__builtin_expect(real != NULL && quanta__work_ungated(), 1))
        return real(f, grid_width, grid_height);
    return gated_cuLaunchGrid(f, grid_width, grid_height);
}

static QUANTA__COLD CUresult gated_cuLaunchGridAsync(CUfunction f, int grid_width, int grid_height, CUstream hStream)
{
    quanta_cuda_pfn_cuLaunchGridAsync real = (quanta_cuda_pfn_cuLaunchGridAsync)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuLaunchGridAsync);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuLaunchGridAsync);
    }
    struct quanta__work w;
    quanta__work_begin(&w, hStream, QUANTA__WORK_STREAM);
    CUresult rc = real(f, grid_width, grid_height, hStream);
    quanta__work_end(&w, rc);
    return rc;
}

QUANTA__WRAPPER CUresult cuLaunchGridAsync(CUfunction f, int grid_width, int grid_height, CUstream hStream)
{
    quanta_cuda_pfn_cuLaunchGridAsync real = (quanta_cuda_pfn_cuLaunchGridAsync)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuLaunchGridAsync);
    if (__builtin_expect(real != NULL && quanta__stream_work_ungated(), 1))
        return real(f, grid_width, grid_height, hStream);
    return gated_cuLaunchGridAsync(f, grid_width, grid_height, hStream);
}

static QUANTA__COLD CUresult slow_cuLaunchHostFunc(CUstream hStream, CUhostFn fn, void *userData)
{
    quanta_cuda_pfn_cuLaunchHostFunc real = (quanta_cuda_pfn_cuLaunchHostFunc)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuLaunchHostFunc);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuLaunchHostFunc);
    }
    return real(hStream, fn, userData);
}

QUANTA__WRAPPER CUresult cuLaunchHostFunc(CUstream hStream, CUhostFn fn, void *userData)
{
    quanta_cuda_pfn_cuLaunchHostFunc real = (quanta_cuda_pfn_cuLaunchHostFunc)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuLaunchHostFunc);
    if (__builtin_expect(real != NULL, 1))
        return real(hStream, fn, userData);
    return slow_cuLaunchHostFunc(hStream, fn, userData);
}

static QUANTA__COLD CUresult slow_cuLaunchHostFunc_ptsz(CUstream hStream, CUhostFn fn, void *userData)
{
    quanta_cuda_pfn_cuLaunchHostFunc_ptsz real = (quanta_cuda_pfn_cuLaunchHostFunc_ptsz)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuLaunchHostFunc_ptsz);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuLaunchHostFunc_ptsz);
    }
    return real(hStream, fn, userData);
}

QUANTA__WRAPPER CUresult cuLaunchHostFunc_ptsz(CUstream hStream, CUhostFn fn, void *userData)
{
    quanta_cuda_pfn_cuLaunchHostFunc_ptsz real = (quanta_cuda_pfn_cuLaunchHostFunc_ptsz)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuLaunchHostFunc_ptsz);
    if (__builtin_expect(real != NULL, 1))
        return real(hStream, fn, userData);
    return slow_cuLaunchHostFunc_ptsz(hStream, fn, userData);
}

static QUANTA__COLD CUresult gated_cuLaunchKernel(CUfunction f, unsigned int gridDimX, unsigned int gridDimY, unsigned int gridDimZ, unsigned int blockDimX, unsigned int blockDimY, unsigned int blockDimZ, unsigned int sharedMemBytes, CUstream hStream, void **kernelParams, void **extra)
{
    quanta_cuda_pfn_cuLaunchKernel real = (quanta_cuda_pfn_cuLaunchKernel)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuLaunchKernel);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuLaunchKernel);
    }
    struct quanta__work w;
    quanta__work_begin(&w, hStream, QUANTA__WORK_STREAM);
    CUresult rc = real(f, gridDimX, gridDimY, gridDimZ, blockDimX, blockDimY, blockDimZ, sharedMemBytes, hStream, kernelParams, extra);
    quanta__work_end(&w, rc);
    return rc;
}

QUANTA__WRAPPER CUresult cuLaunchKernel(CUfunction f, unsigned int gridDimX, unsigned int gridDimY, unsigned int gridDimZ, unsigned int blockDimX, unsigned int blockDimY, unsigned int blockDimZ, unsigned int sharedMemBytes, CUstream hStream, void **kernelParams, void **extra)
{
    quanta_cuda_pfn_cuLaunchKernel real = (quanta_cuda_pfn_cuLaunchKernel)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuLaunchKernel);
    if (__builtin_expect(real != NULL && quanta__stream_work_ungated(), 1))
        return real(f, gridDimX, gridDimY, gridDimZ, blockDimX, blockDimY, blockDimZ, sharedMemBytes, hStream, kernelParams, extra);
    return gated_cuLaunchKernel(f, gridDimX, gridDimY, gridDimZ, blockDimX, blockDimY, blockDimZ, sharedMemBytes, hStream, kernelParams, extra);
}

static QUANTA__COLD CUresult gated_cuLaunchKernel_ptsz(CUfunction f, unsigned int gridDimX, unsigned int gridDimY, unsigned int gridDimZ, unsigned int blockDimX, unsigned int blockDimY, unsigned int blockDimZ, unsigned int sharedMemBytes, CUstream hStream, void **kernelParams, void **extra)
{
    quanta_cuda_pfn_cuLaunchKernel_ptsz real = (quanta_cuda_pfn_cuLaunchKernel_ptsz)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuLaunchKernel_ptsz);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuLaunchKernel_ptsz);
    }
    struct quanta__work w;
    quanta__work_begin(&w, (hStream != NULL ? hStream : QUANTA__STREAM_PER_THREAD), QUANTA__WORK_STREAM);
    CUresult rc = real(f, gridDimX, gridDimY, gridDimZ, blockDimX, blockDimY, blockDimZ, sharedMemBytes, hStream, kernelParams, extra);
    quanta__work_end(&w, rc);
    return rc;
}

QUANTA__WRAPPER CUresult cuLaunchKernel_ptsz(CUfunction f, unsigned int gridDimX, unsigned int gridDimY, unsigned int gridDimZ, unsigned int blockDimX, unsigned int blockDimY, unsigned int blockDimZ, unsigned int sharedMemBytes, CUstream hStream, void **kernelParams, void **extra)
{
    quanta_cuda_pfn_cuLaunchKernel_ptsz real = (quanta_cuda_pfn_cuLaunchKernel_ptsz)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuLaunchKernel_ptsz);
    if (__builtin_expect(real != NULL && quanta__stream_work_ungated(), 1))
        return real(f, gridDimX, gridDimY, gridDimZ, blockDimX, blockDimY, blockDimZ, sharedMemBytes, hStream, kernelParams, extra);
    return gated_cuLaunchKernel_ptsz(f, gridDimX, gridDimY, gridDimZ, blockDimX, blockDimY, blockDimZ, sharedMemBytes, hStream, kernelParams, extra);
}

static QUANTA__COLD CUresult gated_cuLaunchKernelEx(const CUlaunchConfig *config, CUfunction f, void **kernelParams, void **extra)
{
    quanta_cuda_pfn_cuLaunchKernelEx real = (quanta_cuda_pfn_cuLaunchKernelEx)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuLaunchKernelEx);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuLaunchKernelEx);
    }
    struct quanta__work w;
    quanta__work_begin(&w, (config != NULL ? config->hStream : NULL), QUANTA__WORK_STREAM);
    CUresult rc = real(config, f, kernelParams, extra);
    quanta__work_end(&w, rc);
    return rc;
}

QUANTA__WRAPPER CUresult cuLaunchKernelEx(const CUlaunchConfig *config, CUfunction f, void **kernelParams, void **extra)
{
    quanta_cuda_pfn_cuLaunchKernelEx real = (quanta_cuda_pfn_cuLaunchKernelEx)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuLaunchKernelEx);
    if (__builtin_expect(real != NULL && quanta__stream_work_ungated(), 1))
        return real(config, f, kernelParams, extra);
    return gated_cuLaunchKernelEx(config, f, kernelParams, extra);
}

static QUANTA__COLD CUresult gated_cuLaunchKernelEx_ptsz(const CUlaunchConfig *config, CUfunction f, void **kernelParams, void **extra)
{
    quanta_cuda_pfn_cuLaunchKernelEx_ptsz real = (quanta_cuda_pfn_cuLaunchKernelEx_ptsz)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuLaunchKernelEx_ptsz);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuLaunchKernelEx_ptsz);
    }
    struct quanta__work w;
    quanta__work_begin(&w, ((config != NULL ? config->hStream : NULL) != NULL ? (config != NULL ? config->hStream : NULL) : QUANTA__STREAM_PER_THREAD), QUANTA__WORK_STREAM);
    CUresult rc = real(config, f, kernelParams, extra);
    quanta__work_end(&w, rc);
    return rc;
}

QUANTA__WRAPPER CUresult cuLaunchKernelEx_ptsz(const CUlaunchConfig *config, CUfunction f, void **kernelParams, void **extra)
{
    quanta_cuda_pfn_cuLaunchKernelEx_ptsz real = (quanta_cuda_pfn_cuLaunchKernelEx_ptsz)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuLaunchKernelEx_ptsz);
    if (__builtin_expect(real != NULL && quanta__stream_work_ungated(), 1))
        return real(config, f, kernelParams, extra);
    return gated_cuLaunchKernelEx_ptsz(config, f, kernelParams, extra);
}

static QUANTA__COLD CUresult slow_cuLibraryEnumerateKernels(CUkernel *kernels, unsigned int numKernels, CUlibrary lib)
{
    quanta_cuda_pfn_cuLibraryEnumerateKernels real = (quanta_cuda_pfn_cuLibraryEnumerateKernels)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuLibraryEnumerateKernels);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuLibraryEnumerateKernels);
    }
    return real(kernels, numKernels, lib);
}

QUANTA__WRAPPER CUresult cuLibraryEnumerateKernels(CUkernel *kernels, unsigned int numKernels, CUlibrary lib)
{
    quanta_cuda_pfn_cuLibraryEnumerateKernels real = (quanta_cuda_pfn_cuLibraryEnumerateKernels)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuLibraryEnumerateKernels);
    if (__builtin_expect(real != NULL, 1))
        return real(kernels, numKernels, lib);
    return slow_cuLibraryEnumerateKernels(kernels, numKernels, lib);
}

static QUANTA__COLD CUresult slow_cuLibraryGetGlobal(CUdeviceptr *dptr, size_t *bytes, CUlibrary library, const char *name)
{
    quanta_cuda_pfn_cuLibraryGetGlobal real = (quanta_cuda_pfn_cuLibraryGetGlobal)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuLibraryGetGlobal);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuLibraryGetGlobal);
    }
    return real(dptr, bytes, library, name);
}

QUANTA__WRAPPER CUresult cuLibraryGetGlobal(CUdeviceptr *dptr, size_t *bytes, CUlibrary library, const char *name)
{
    quanta_cuda_pfn_cuLibraryGetGlobal real = (quanta_cuda_pfn_cuLibraryGetGlobal)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuLibraryGetGlobal);
    if (__builtin_expect(real != NULL, 1))
        return real(dptr, bytes, library, name);
    return slow_cuLibraryGetGlobal(dptr, bytes, library, name);
}

static QUANTA__COLD CUresult slow_cuLibraryGetKernel(CUkernel *pKernel, CUlibrary library, const char *name)
{
    quanta_cuda_pfn_cuLibraryGetKernel real = (quanta_cuda_pfn_cuLibraryGetKernel)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuLibraryGetKernel);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuLibraryGetKernel);
    }
    return real(pKernel, library, name);
}

QUANTA__WRAPPER CUresult cuLibraryGetKernel(CUkernel *pKernel, CUlibrary library, const char *name)
{
    quanta_cuda_pfn_cuLibraryGetKernel real = (quanta_cuda_pfn_cuLibraryGetKernel)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuLibraryGetKernel);
    if (__builtin_expect(real != NULL, 1))
        return real(pKernel, library, name);
    return slow_cuLibraryGetKernel(pKernel, library, name);
}

static QUANTA__COLD CUresult slow_cuLibraryGetKernelCount(unsigned int *count, CUlibrary lib)
{
    quanta_cuda_pfn_cuLibraryGetKernelCount real = (quanta_cuda_pfn_cuLibraryGetKernelCount)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuLibraryGetKernelCount);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuLibraryGetKernelCount);
    }
    return real(count, lib);
}

QUANTA__WRAPPER CUresult cuLibraryGetKernelCount(unsigned int *count, CUlibrary lib)
{
    quanta_cuda_pfn_cuLibraryGetKernelCount real = (quanta_cuda_pfn_cuLibraryGetKernelCount)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuLibraryGetKernelCount);
    if (__builtin_expect(real != NULL, 1))
        return real(count, lib);
    return slow_cuLibraryGetKernelCount(count, lib);
}

static QUANTA__COLD CUresult slow_cuLibraryGetManaged(CUdeviceptr *dptr, size_t *bytes, CUlibrary library, const char *name)
{
    quanta_cuda_pfn_cuLibraryGetManaged real = (quanta_cuda_pfn_cuLibraryGetManaged)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuLibraryGetManaged);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuLibraryGetManaged);
    }
    return real(dptr, bytes, library, name);
}

QUANTA__WRAPPER CUresult cuLibraryGetManaged(CUdeviceptr *dptr, size_t *bytes, CUlibrary library, const char *name)
{
    quanta_cuda_pfn_cuLibraryGetManaged real = (quanta_cuda_pfn_cuLibraryGetManaged)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuLibraryGetManaged);
    if (__builtin_expect(real != NULL, 1))
        return real(dptr, bytes, library, name);
    return slow_cuLibraryGetManaged(dptr, bytes, library, name);
}

static QUANTA__COLD CUresult slow_cuLibraryGetModule(CUmodule *pMod, CUlibrary library)
{
    quanta_cuda_pfn_cuLibraryGetModule real = (quanta_cuda_pfn_cuLibraryGetModule)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuLibraryGetModule);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuLibraryGetModule);
    }
    return real(pMod, library);
}

QUANTA__WRAPPER CUresult cuLibraryGetModule(CUmodule *pMod, CUlibrary library)
{
    quanta_cuda_pfn_cuLibraryGetModule real = (quanta_cuda_pfn_cuLibraryGetModule)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuLibraryGetModule);
    if (__builtin_expect(real != NULL, 1))
        return real(pMod, library);
    return slow_cuLibraryGetModule(pMod, library);
}

static QUANTA__COLD CUresult slow_cuLibraryGetUnifiedFunction(void **fptr, CUlibrary library, const char *symbol)
{
    quanta_cuda_pfn_cuLibraryGetUnifiedFunction real = (quanta_cuda_pfn_cuLibraryGetUnifiedFunction)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuLibraryGetUnifiedFunction);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuLibraryGetUnifiedFunction);
    }
    return real(fptr, library, symbol);
}

QUANTA__WRAPPER CUresult cuLibraryGetUnifiedFunction(void **fptr, CUlibrary library, const char *symbol)
{
    quanta_cuda_pfn_cuLibraryGetUnifiedFunction real = (quanta_cuda_pfn_cuLibraryGetUnifiedFunction)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuLibraryGetUnifiedFunction);
    if (__builtin_expect(real != NULL, 1))
        return real(fptr, library, symbol);
    return slow_cuLibraryGetUnifiedFunction(fptr, library, symbol);
}

static QUANTA__COLD CUresult slow_cuLibraryLoadData(CUlibrary *library, const void *code, CUjit_option *jitOptions, void **jitOptionsValues, unsigned int numJitOptions, CUlibraryOption *libraryOptions, void **libraryOptionValues, unsigned int numLibraryOptions)
{
    quanta_cuda_pfn_cuLibraryLoadData real = (quanta_cuda_pfn_cuLibraryLoadData)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuLibraryLoadData);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuLibraryLoadData);
    }
    return real(library, code, jitOptions, jitOptionsValues, numJitOptions, libraryOptions, libraryOptionValues, numLibraryOptions);
}

QUANTA__WRAPPER CUresult cuLibraryLoadData(CUlibrary *library, const void *code, CUjit_option *jitOptions, void **jitOptionsValues, unsigned int numJitOptions, CUlibraryOption *libraryOptions, void **libraryOptionValues, unsigned int numLibraryOptions)
{
    quanta_cuda_pfn_cuLibraryLoadData real = (quanta_cuda_pfn_cuLibraryLoadData)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuLibraryLoadData);
    if (__builtin_expect(real != NULL, 1))
        return real(library, code, jitOptions, jitOptionsValues, numJitOptions, libraryOptions, libraryOptionValues, numLibraryOptions);
    return slow_cuLibraryLoadData(library, code, jitOptions, jitOptionsValues, numJitOptions, libraryOptions, libraryOptionValues, numLibraryOptions);
}

static QUANTA__COLD CUresult slow_cuLibraryLoadFromFile(CUlibrary *library, const char *fileName, CUjit_option *jitOptions, void **jitOptionsValues, unsigned int numJitOptions, CUlibraryOption *libraryOptions, void **libraryOptionValues, unsigned int numLibraryOptions)
{
    quanta_cuda_pfn_cuLibraryLoadFromFile real = (quanta_cuda_pfn_cuLibraryLoadFromFile)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuLibraryLoadFromFile);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuLibraryLoadFromFile);
    }
    return real(library, fileName, jitOptions, jitOptionsValues, numJitOptions, libraryOptions, libraryOptionValues, numLibraryOptions);
}

QUANTA__WRAPPER CUresult cuLibraryLoadFromFile(CUlibrary *library, const char *fileName, CUjit_option *jitOptions, void **jitOptionsValues, unsigned int numJitOptions, CUlibraryOption *libraryOptions, void **libraryOptionValues, unsigned int numLibraryOptions)
{
    quanta_cuda_pfn_cuLibraryLoadFromFile real = (quanta_cuda_pfn_cuLibraryLoadFromFile)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuLibraryLoadFromFile);
    if (__builtin_expect(real != NULL, 1))
        return real(library, fileName, jitOptions, jitOptionsValues, numJitOptions, libraryOptions, libraryOptionValues, numLibraryOptions);
    return slow_cuLibraryLoadFromFile(library, fileName, jitOptions, jitOptionsValues, numJitOptions, libraryOptions, libraryOptionValues, numLibraryOptions);
}

static QUANTA__COLD CUresult slow_cuLibraryUnload(CUlibrary library)
{
    quanta_cuda_pfn_cuLibraryUnload real = (quanta_cuda_pfn_cuLibraryUnload)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuLibraryUnload);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuLibraryUnload);
    }
    return real(library);
}

QUANTA__WRAPPER CUresult cuLibraryUnload(CUlibrary library)
{
    quanta_cuda_pfn_cuLibraryUnload real = (quanta_cuda_pfn_cuLibraryUnload)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuLibraryUnload);
    if (__builtin_expect(real != NULL, 1))
        return real(library);
    return slow_cuLibraryUnload(library);
}

static QUANTA__COLD CUresult slow_cuLinkAddData(CUlinkState state, CUjitInputType type, void *data, size_t size, const char *name, unsigned int numOptions, CUjit_option *options, void **optionValues)
{
    quanta_cuda_pfn_cuLinkAddData real = (quanta_cuda_pfn_cuLinkAddData)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuLinkAddData);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuLinkAddData);
    }
    return real(state, type, data, size, name, numOptions, options, optionValues);
}

QUANTA__WRAPPER CUresult cuLinkAddData(CUlinkState state, CUjitInputType type, void *data, size_t size, const char *name, unsigned int numOptions, CUjit_option *options, void **optionValues)
{
    quanta_cuda_pfn_cuLinkAddData real = (quanta_cuda_pfn_cuLinkAddData)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuLinkAddData);
    if (__builtin_expect(real != NULL, 1))
        return real(state, type, data, size, name, numOptions, options, optionValues);
    return slow_cuLinkAddData(state, type, data, size, name, numOptions, options, optionValues);
}

static QUANTA__COLD CUresult slow_cuLinkAddData_v2(CUlinkState state, CUjitInputType type, void *data, size_t size, const char *name, unsigned int numOptions, CUjit_option *options, void **optionValues)
{
    quanta_cuda_pfn_cuLinkAddData_v2 real = (quanta_cuda_pfn_cuLinkAddData_v2)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuLinkAddData_v2);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuLinkAddData_v2);
    }
    return real(state, type, data, size, name, numOptions, options, optionValues);
}

QUANTA__WRAPPER CUresult cuLinkAddData_v2(CUlinkState state, CUjitInputType type, void *data, size_t size, const char *name, unsigned int numOptions, CUjit_option *options, void **optionValues)
{
    quanta_cuda_pfn_cuLinkAddData_v2 real = (quanta_cuda_pfn_cuLinkAddData_v2)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuLinkAddData_v2);
    if (__builtin_expect(real != NULL, 1))
        return real(state, type, data, size, name, numOptions, options, optionValues);
    return slow_cuLinkAddData_v2(state, type, data, size, name, numOptions, options, optionValues);
}

static QUANTA__COLD CUresult slow_cuLinkAddFile(CUlinkState state, CUjitInputType type, const char *path, unsigned int numOptions, CUjit_option *options, void **optionValues)
{
    quanta_cuda_pfn_cuLinkAddFile real = (quanta_cuda_pfn_cuLinkAddFile)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuLinkAddFile);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuLinkAddFile);
    }
    return real(state, type, path, numOptions, options, optionValues);
}

QUANTA__WRAPPER CUresult cuLinkAddFile(CUlinkState state, CUjitInputType type, const char *path, unsigned int numOptions, CUjit_option *options, void **optionValues)
{
    quanta_cuda_pfn_cuLinkAddFile real = (quanta_cuda_pfn_cuLinkAddFile)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuLinkAddFile);
    if (__builtin_expect(real != NULL, 1))
        return real(state, type, path, numOptions, options, optionValues);
    return slow_cuLinkAddFile(state, type, path, numOptions, options, optionValues);
}

static QUANTA__COLD CUresult slow_cuLinkAddFile_v2(CUlinkState state, CUjitInputType type, const char *path, unsigned int numOptions, CUjit_option *options, void **optionValues)
{
    quanta_cuda_pfn_cuLinkAddFile_v2 real = (quanta_cuda_pfn_cuLinkAddFile_v2)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuLinkAddFile_v2);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuLinkAddFile_v2);
    }
    return real(state, type, path, numOptions, options, optionValues);
}

QUANTA__WRAPPER CUresult cuLinkAddFile_v2(CUlinkState state, CUjitInputType type, const char *path, unsigned int numOptions, CUjit_option *options, void **optionValues)
{
    quanta_cuda_pfn_cuLinkAddFile_v2 real = (quanta_cuda_pfn_cuLinkAddFile_v2)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuLinkAddFile_v2);
    if (__builtin_expect(real != NULL, 1))
        return real(state, type, path, numOptions, options, optionValues);
    return slow_cuLinkAddFile_v2(state, type, path, numOptions, options, optionValues);
}

static QUANTA__COLD CUresult slow_cuLinkComplete(CUlinkState state, void **cubinOut, size_t *sizeOut)
{
    quanta_cuda_pfn_cuLinkComplete real = (quanta_cuda_pfn_cuLinkComplete)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuLinkComplete);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuLinkComplete);
    }
    return real(state, cubinOut, sizeOut);
}

QUANTA__WRAPPER CUresult cuLinkComplete(CUlinkState state, void **cubinOut, size_t *sizeOut)
{
    quanta_cuda_pfn_cuLinkComplete real = (quanta_cuda_pfn_cuLinkComplete)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuLinkComplete);
    if (__builtin_expect(real != NULL, 1))
        return real(state, cubinOut, sizeOut);
    return slow_cuLinkComplete(state, cubinOut, sizeOut);
}

static QUANTA__COLD CUresult slow_cuLinkCreate(unsigned int numOptions, CUjit_option *options, void **optionValues, CUlinkState *stateOut)
{
    quanta_cuda_pfn_cuLinkCreate real = (quanta_cuda_pfn_cuLinkCreate)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuLinkCreate);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuLinkCreate);
    }
    return real(numOptions, options, optionValues, stateOut);
}

QUANTA__WRAPPER CUresult cuLinkCreate(unsigned int numOptions, CUjit_option *options, void **optionValues, CUlinkState *stateOut)
{
    quanta_cuda_pfn_cuLinkCreate real = (quanta_cuda_pfn_cuLinkCreate)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuLinkCreate);
    if (__builtin_expect(real != NULL, 1))
        return real(numOptions, options, optionValues, stateOut);
    return slow_cuLinkCreate(numOptions, options, optionValues, stateOut);
}

static QUANTA__COLD CUresult slow_cuLinkCreate_v2(unsigned int numOptions, CUjit_option *options, void **optionValues, CUlinkState *stateOut)
{
    quanta_cuda_pfn_cuLinkCreate_v2 real = (quanta_cuda_pfn_cuLinkCreate_v2)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuLinkCreate_v2);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuLinkCreate_v2);
    }
    return real(numOptions, options, optionValues, stateOut);
}

QUANTA__WRAPPER CUresult cuLinkCreate_v2(unsigned int numOptions, CUjit_option *options, void **optionValues, CUlinkState *stateOut)
{
    quanta_cuda_pfn_cuLinkCreate_v2 real = (quanta_cuda_pfn_cuLinkCreate_v2)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuLinkCreate_v2);
    if (__builtin_expect(real != NULL, 1))
        return real(numOptions, options, optionValues, stateOut);
    return slow_cuLinkCreate_v2(numOptions, options, optionValues, stateOut);
}

static QUANTA__COLD CUresult slow_cuLinkDestroy(CUlinkState state)
{
    quanta_cuda_pfn_cuLinkDestroy real = (quanta_cuda_pfn_cuLinkDestroy)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuLinkDestroy);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuLinkDestroy);
    }
    return real(state);
}

QUANTA__WRAPPER CUresult cuLinkDestroy(CUlinkState state)
{
    quanta_cuda_pfn_cuLinkDestroy real = (quanta_cuda_pfn_cuLinkDestroy)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuLinkDestroy);
    if (__builtin_expect(real != NULL, 1))
        return real(state);
    return slow_cuLinkDestroy(state);
}

static QUANTA__COLD CUresult slow_cuLogsCurrent(CUlogIterator *iterator_out, unsigned int flags)
{
    quanta_cuda_pfn_cuLogsCurrent real = (quanta_cuda_pfn_cuLogsCurrent)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuLogsCurrent);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuLogsCurrent);
    }
    return real(iterator_out, flags);
}

QUANTA__WRAPPER CUresult cuLogsCurrent(CUlogIterator *iterator_out, unsigned int flags)
{
    quanta_cuda_pfn_cuLogsCurrent real = (quanta_cuda_pfn_cuLogsCurrent)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuLogsCurrent);
    if (__builtin_expect(real != NULL, 1))
        return real(iterator_out, flags);
    return slow_cuLogsCurrent(iterator_out, flags);
}

static QUANTA__COLD CUresult slow_cuLogsDumpToFile(CUlogIterator *iterator, const char *pathToFile, unsigned int flags)
{
    quanta_cuda_pfn_cuLogsDumpToFile real = (quanta_cuda_pfn_cuLogsDumpToFile)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuLogsDumpToFile);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuLogsDumpToFile);
    }
    return real(iterator, pathToFile, flags);
}

QUANTA__WRAPPER CUresult cuLogsDumpToFile(CUlogIterator *iterator, const char *pathToFile, unsigned int flags)
{
    quanta_cuda_pfn_cuLogsDumpToFile real = (quanta_cuda_pfn_cuLogsDumpToFile)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuLogsDumpToFile);
    if (__builtin_expect(real != NULL, 1))
        return real(iterator, pathToFile, flags);
    return slow_cuLogsDumpToFile(iterator, pathToFile, flags);
}

static QUANTA__COLD CUresult slow_cuLogsDumpToMemory(CUlogIterator *iterator, char *buffer, size_t *size, unsigned int flags)
{
    quanta_cuda_pfn_cuLogsDumpToMemory real = (quanta_cuda_pfn_cuLogsDumpToMemory)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuLogsDumpToMemory);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuLogsDumpToMemory);
    }
    return real(iterator, buffer, size, flags);
}

QUANTA__WRAPPER CUresult cuLogsDumpToMemory(CUlogIterator *iterator, char *buffer, size_t *size, unsigned int flags)
{
    quanta_cuda_pfn_cuLogsDumpToMemory real = (quanta_cuda_pfn_cuLogsDumpToMemory)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuLogsDumpToMemory);
    if (__builtin_expect(real != NULL, 1))
        return real(iterator, buffer, size, flags);
    return slow_cuLogsDumpToMemory(iterator, buffer, size, flags);
}

static QUANTA__COLD CUresult slow_cuLogsRegisterCallback(CUlogsCallback callbackFunc, void *userData, CUlogsCallbackHandle *callback_out)
{
    quanta_cuda_pfn_cuLogsRegisterCallback real = (quanta_cuda_pfn_cuLogsRegisterCallback)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuLogsRegisterCallback);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuLogsRegisterCallback);
    }
    return real(callbackFunc, userData, callback_out);
}

QUANTA__WRAPPER CUresult cuLogsRegisterCallback(CUlogsCallback callbackFunc, void *userData, CUlogsCallbackHandle *callback_out)
{
    quanta_cuda_pfn_cuLogsRegisterCallback real = (quanta_cuda_pfn_cuLogsRegisterCallback)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuLogsRegisterCallback);
    if (__builtin_expect(real != NULL, 1))
        return real(callbackFunc, userData, callback_out);
    return slow_cuLogsRegisterCallback(callbackFunc, userData, callback_out);
}

static QUANTA__COLD CUresult slow_cuLogsUnregisterCallback(CUlogsCallbackHandle callback)
{
    quanta_cuda_pfn_cuLogsUnregisterCallback real = (quanta_cuda_pfn_cuLogsUnregisterCallback)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuLogsUnregisterCallback);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuLogsUnregisterCallback);
    }
    return real(callback);
}

QUANTA__WRAPPER CUresult cuLogsUnregisterCallback(CUlogsCallbackHandle callback)
{
    quanta_cuda_pfn_cuLogsUnregisterCallback real = (quanta_cuda_pfn_cuLogsUnregisterCallback)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuLogsUnregisterCallback);
    if (__builtin_expect(real != NULL, 1))
        return real(callback);
    return slow_cuLogsUnregisterCallback(callback);
}

static QUANTA__COLD CUresult slow_cuMemAddressFree(CUdeviceptr ptr, size_t size)
{
    quanta_cuda_pfn_cuMemAddressFree real = (quanta_cuda_pfn_cuMemAddressFree)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemAddressFree);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemAddressFree);
    }
    return real(ptr, size);
}

QUANTA__WRAPPER CUresult cuMemAddressFree(CUdeviceptr ptr, size_t size)
{
    quanta_cuda_pfn_cuMemAddressFree real = (quanta_cuda_pfn_cuMemAddressFree)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemAddressFree);
    if (__builtin_expect(real != NULL, 1))
        return real(ptr, size);
    return slow_cuMemAddressFree(ptr, size);
}

static QUANTA__COLD CUresult slow_cuMemAddressReserve(CUdeviceptr *ptr, size_t size, size_t alignment, CUdeviceptr addr, unsigned long long flags)
{
    quanta_cuda_pfn_cuMemAddressReserve real = (quanta_cuda_pfn_cuMemAddressReserve)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemAddressReserve);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemAddressReserve);
    }
    return real(ptr, size, alignment, addr, flags);
}

QUANTA__WRAPPER CUresult cuMemAddressReserve(CUdeviceptr *ptr, size_t size, size_t alignment, CUdeviceptr addr, unsigned long long flags)
{
    quanta_cuda_pfn_cuMemAddressReserve real = (quanta_cuda_pfn_cuMemAddressReserve)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemAddressReserve);
    if (__builtin_expect(real != NULL, 1))
        return real(ptr, size, alignment, addr, flags);
    return slow_cuMemAddressReserve(ptr, size, alignment, addr, flags);
}

static QUANTA__COLD CUresult slow_cuMemAdvise(CUdeviceptr devPtr, size_t count, CUmem_advise advice, CUdevice device)
{
    quanta_cuda_pfn_cuMemAdvise real = (quanta_cuda_pfn_cuMemAdvise)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemAdvise);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemAdvise);
    }
    return real(devPtr, count, advice, device);
}

QUANTA__WRAPPER CUresult cuMemAdvise(CUdeviceptr devPtr, size_t count, CUmem_advise advice, CUdevice device)
{
    quanta_cuda_pfn_cuMemAdvise real = (quanta_cuda_pfn_cuMemAdvise)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemAdvise);
    if (__builtin_expect(real != NULL, 1))
        return real(devPtr, count, advice, device);
    return slow_cuMemAdvise(devPtr, count, advice, device);
}

static QUANTA__COLD CUresult slow_cuMemAdvise_v2(CUdeviceptr devPtr, size_t count, CUmem_advise advice, CUmemLocation location)
{
    quanta_cuda_pfn_cuMemAdvise_v2 real = (quanta_cuda_pfn_cuMemAdvise_v2)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemAdvise_v2);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemAdvise_v2);
    }
    return real(devPtr, count, advice, location);
}

QUANTA__WRAPPER CUresult cuMemAdvise_v2(CUdeviceptr devPtr, size_t count, CUmem_advise advice, CUmemLocation location)
{
    quanta_cuda_pfn_cuMemAdvise_v2 real = (quanta_cuda_pfn_cuMemAdvise_v2)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemAdvise_v2);
    if (__builtin_expect(real != NULL, 1))
        return real(devPtr, count, advice, location);
    return slow_cuMemAdvise_v2(devPtr, count, advice, location);
}

static QUANTA__COLD CUresult slow_cuMemAlloc(CUdeviceptr_v1 *dptr, unsigned int bytesize)
{
    quanta_cuda_pfn_cuMemAlloc real = (quanta_cuda_pfn_cuMemAlloc)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemAlloc);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemAlloc);
    }
    return real(dptr, bytesize);
}

QUANTA__WRAPPER CUresult cuMemAlloc(CUdeviceptr_v1 *dptr, unsigned int bytesize)
{
    quanta_cuda_pfn_cuMemAlloc real = (quanta_cuda_pfn_cuMemAlloc)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemAlloc);
    if (__builtin_expect(real != NULL, 1))
        return real(dptr, bytesize);
    return slow_cuMemAlloc(dptr, bytesize);
}

static QUANTA__COLD CUresult slow_cuMemAlloc_v2(CUdeviceptr *dptr, size_t bytesize)
{
    quanta_cuda_pfn_cuMemAlloc_v2 real = (quanta_cuda_pfn_cuMemAlloc_v2)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemAlloc_v2);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemAlloc_v2);
    }
    return real(dptr, bytesize);
}

QUANTA__WRAPPER CUresult cuMemAlloc_v2(CUdeviceptr *dptr, size_t bytesize)
{
    quanta_cuda_pfn_cuMemAlloc_v2 real = (quanta_cuda_pfn_cuMemAlloc_v2)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemAlloc_v2);
    if (__builtin_expect(real != NULL, 1))
        return real(dptr, bytesize);
    return slow_cuMemAlloc_v2(dptr, bytesize);
}

static QUANTA__COLD CUresult slow_cuMemAllocAsync(CUdeviceptr *dptr, size_t bytesize, CUstream hStream)
{
    quanta_cuda_pfn_cuMemAllocAsync real = (quanta_cuda_pfn_cuMemAllocAsync)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemAllocAsync);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemAllocAsync);
    }
    return real(dptr, bytesize, hStream);
}

QUANTA__WRAPPER CUresult cuMemAllocAsync(CUdeviceptr *dptr, size_t bytesize, CUstream hStream)
{
    quanta_cuda_pfn_cuMemAllocAsync real = (quanta_cuda_pfn_cuMemAllocAsync)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemAllocAsync);
    if (__builtin_expect(real != NULL, 1))
        return real(dptr, bytesize, hStream);
    return slow_cuMemAllocAsync(dptr, bytesize, hStream);
}

static QUANTA__COLD CUresult slow_cuMemAllocAsync_ptsz(CUdeviceptr *dptr, size_t bytesize, CUstream hStream)
{
    quanta_cuda_pfn_cuMemAllocAsync_ptsz real = (quanta_cuda_pfn_cuMemAllocAsync_ptsz)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemAllocAsync_ptsz);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemAllocAsync_ptsz);
    }
    return real(dptr, bytesize, hStream);
}

QUANTA__WRAPPER CUresult cuMemAllocAsync_ptsz(CUdeviceptr *dptr, size_t bytesize, CUstream hStream)
{
    quanta_cuda_pfn_cuMemAllocAsync_ptsz real = (quanta_cuda_pfn_cuMemAllocAsync_ptsz)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemAllocAsync_ptsz);
    if (__builtin_expect(real != NULL, 1))
        return real(dptr, bytesize, hStream);
    return slow_cuMemAllocAsync_ptsz(dptr, bytesize, hStream);
}

static QUANTA__COLD CUresult slow_cuMemAllocFromPoolAsync(CUdeviceptr *dptr, size_t bytesize, CUmemoryPool pool, CUstream hStream)
{
    quanta_cuda_pfn_cuMemAllocFromPoolAsync real = (quanta_cuda_pfn_cuMemAllocFromPoolAsync)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemAllocFromPoolAsync);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemAllocFromPoolAsync);
    }
    return real(dptr, bytesize, pool, hStream);
}

QUANTA__WRAPPER CUresult cuMemAllocFromPoolAsync(CUdeviceptr *dptr, size_t bytesize, CUmemoryPool pool, CUstream hStream)
{
    quanta_cuda_pfn_cuMemAllocFromPoolAsync real = (quanta_cuda_pfn_cuMemAllocFromPoolAsync)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemAllocFromPoolAsync);
    if (__builtin_expect(real != NULL, 1))
        return real(dptr, bytesize, pool, hStream);
    return slow_cuMemAllocFromPoolAsync(dptr, bytesize, pool, hStream);
}

static QUANTA__COLD CUresult slow_cuMemAllocFromPoolAsync_ptsz(CUdeviceptr *dptr, size_t bytesize, CUmemoryPool pool, CUstream hStream)
{
    quanta_cuda_pfn_cuMemAllocFromPoolAsync_ptsz real = (quanta_cuda_pfn_cuMemAllocFromPoolAsync_ptsz)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemAllocFromPoolAsync_ptsz);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemAllocFromPoolAsync_ptsz);
    }
    return real(dptr, bytesize, pool, hStream);
}

QUANTA__WRAPPER CUresult cuMemAllocFromPoolAsync_ptsz(CUdeviceptr *dptr, size_t bytesize, CUmemoryPool pool, CUstream hStream)
{
    quanta_cuda_pfn_cuMemAllocFromPoolAsync_ptsz real = (quanta_cuda_pfn_cuMemAllocFromPoolAsync_ptsz)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemAllocFromPoolAsync_ptsz);
    if (__builtin_expect(real != NULL, 1))
        return real(dptr, bytesize, pool, hStream);
    return slow_cuMemAllocFromPoolAsync_ptsz(dptr, bytesize, pool, hStream);
}

static QUANTA__COLD CUresult slow_cuMemAllocHost(void **pp, unsigned int bytesize)
{
    quanta_cuda_pfn_cuMemAllocHost real = (quanta_cuda_pfn_cuMemAllocHost)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemAllocHost);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemAllocHost);
    }
    return real(pp, bytesize);
}

QUANTA__WRAPPER CUresult cuMemAllocHost(void **pp, unsigned int bytesize)
{
    quanta_cuda_pfn_cuMemAllocHost real = (quanta_cuda_pfn_cuMemAllocHost)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemAllocHost);
    if (__builtin_expect(real != NULL, 1))
        return real(pp, bytesize);
    return slow_cuMemAllocHost(pp, bytesize);
}

static QUANTA__COLD CUresult slow_cuMemAllocHost_v2(void **pp, size_t bytesize)
{
    quanta_cuda_pfn_cuMemAllocHost_v2 real = (quanta_cuda_pfn_cuMemAllocHost_v2)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemAllocHost_v2);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemAllocHost_v2);
    }
    return real(pp, bytesize);
}

QUANTA__WRAPPER CUresult cuMemAllocHost_v2(void **pp, size_t bytesize)
{
    quanta_cuda_pfn_cuMemAllocHost_v2 real = (quanta_cuda_pfn_cuMemAllocHost_v2)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemAllocHost_v2);
    if (__builtin_expect(real != NULL, 1))
        return real(pp, bytesize);
    return slow_cuMemAllocHost_v2(pp, bytesize);
}

static QUANTA__COLD CUresult slow_cuMemAllocManaged(CUdeviceptr *dptr, size_t bytesize, unsigned int flags)
{
    quanta_cuda_pfn_cuMemAllocManaged real = (quanta_cuda_pfn_cuMemAllocManaged)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemAllocManaged);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemAllocManaged);
    }
    return real(dptr, bytesize, flags);
}

QUANTA__WRAPPER CUresult cuMemAllocManaged(CUdeviceptr *dptr, size_t bytesize, unsigned int flags)
{
    quanta_cuda_pfn_cuMemAllocManaged real = (quanta_cuda_pfn_cuMemAllocManaged)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemAllocManaged);
    if (__builtin_expect(real != NULL, 1))
        return real(dptr, bytesize, flags);
    return slow_cuMemAllocManaged(dptr, bytesize, flags);
}

static QUANTA__COLD CUresult slow_cuMemAllocPitch(CUdeviceptr_v1 *dptr, unsigned int *pPitch, unsigned int WidthInBytes, unsigned int Height, unsigned int ElementSizeBytes)
{
    quanta_cuda_pfn_cuMemAllocPitch real = (quanta_cuda_pfn_cuMemAllocPitch)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemAllocPitch);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemAllocPitch);
    }
    return real(dptr, pPitch, WidthInBytes, Height, ElementSizeBytes);
}

QUANTA__WRAPPER CUresult cuMemAllocPitch(CUdeviceptr_v1 *dptr, unsigned int *pPitch, unsigned int WidthInBytes, unsigned int Height, unsigned int ElementSizeBytes)
{
    quanta_cuda_pfn_cuMemAllocPitch real = (quanta_cuda_pfn_cuMemAllocPitch)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemAllocPitch);
    if (__builtin_expect(real != NULL, 1))
        return real(dptr, pPitch, WidthInBytes, Height, ElementSizeBytes);
    return slow_cuMemAllocPitch(dptr, pPitch, WidthInBytes, Height, ElementSizeBytes);
}

static QUANTA__COLD CUresult slow_cuMemAllocPitch_v2(CUdeviceptr *dptr, size_t *pPitch, size_t WidthInBytes, size_t Height, unsigned int ElementSizeBytes)
{
    quanta_cuda_pfn_cuMemAllocPitch_v2 real = (quanta_cuda_pfn_cuMemAllocPitch_v2)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemAllocPitch_v2);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemAllocPitch_v2);
    }
    return real(dptr, pPitch, WidthInBytes, Height, ElementSizeBytes);
}

QUANTA__WRAPPER CUresult cuMemAllocPitch_v2(CUdeviceptr *dptr, size_t *pPitch, size_t WidthInBytes, size_t Height, unsigned int ElementSizeBytes)
{
    quanta_cuda_pfn_cuMemAllocPitch_v2 real = (quanta_cuda_pfn_cuMemAllocPitch_v2)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemAllocPitch_v2);
    if (__builtin_expect(real != NULL, 1))
        return real(dptr, pPitch, WidthInBytes, Height, ElementSizeBytes);
    return slow_cuMemAllocPitch_v2(dptr, pPitch, WidthInBytes, Height, ElementSizeBytes);
}

static QUANTA__COLD CUresult slow_cuMemBatchDecompressAsync(CUmemDecompressParams *paramsArray, size_t count, unsigned int flags, size_t *errorIndex, CUstream stream)
{
    quanta_cuda_pfn_cuMemBatchDecompressAsync real = (quanta_cuda_pfn_cuMemBatchDecompressAsync)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemBatchDecompressAsync);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemBatchDecompressAsync);
    }
    return real(paramsArray, count, flags, errorIndex, stream);
}

QUANTA__WRAPPER CUresult cuMemBatchDecompressAsync(CUmemDecompressParams *paramsArray, size_t count, unsigned int flags, size_t *errorIndex, CUstream stream)
{
    quanta_cuda_pfn_cuMemBatchDecompressAsync real = (quanta_cuda_pfn_cuMemBatchDecompressAsync)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemBatchDecompressAsync);
    if (__builtin_expect(real != NULL, 1))
        return real(paramsArray, count, flags, errorIndex, stream);
    return slow_cuMemBatchDecompressAsync(paramsArray, count, flags, errorIndex, stream);
}

static QUANTA__COLD CUresult slow_cuMemBatchDecompressAsync_ptsz(CUmemDecompressParams *paramsArray, size_t count, unsigned int flags, size_t *errorIndex, CUstream stream)
{
    quanta_cuda_pfn_cuMemBatchDecompressAsync_ptsz real = (quanta_cuda_pfn_cuMemBatchDecompressAsync_ptsz)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemBatchDecompressAsync_ptsz);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemBatchDecompressAsync_ptsz);
    }
    return real(paramsArray, count, flags, errorIndex, stream);
}

QUANTA__WRAPPER CUresult cuMemBatchDecompressAsync_ptsz(CUmemDecompressParams *paramsArray, size_t count, unsigned int flags, size_t *errorIndex, CUstream stream)
{
    quanta_cuda_pfn_cuMemBatchDecompressAsync_ptsz real = (quanta_cuda_pfn_cuMemBatchDecompressAsync_ptsz)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemBatchDecompressAsync_ptsz);
    if (__builtin_expect(real != NULL, 1))
        return real(paramsArray, count, flags, errorIndex, stream);
    return slow_cuMemBatchDecompressAsync_ptsz(paramsArray, count, flags, errorIndex, stream);
}

static QUANTA__COLD CUresult slow_cuMemCreate(CUmemGenericAllocationHandle *handle, size_t size, const CUmemAllocationProp *prop, unsigned long long flags)
{
    quanta_cuda_pfn_cuMemCreate real = (quanta_cuda_pfn_cuMemCreate)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemCreate);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemCreate);
    }
    return real(handle, size, prop, flags);
}

QUANTA__WRAPPER CUresult cuMemCreate(CUmemGenericAllocationHandle *handle, size_t size, const CUmemAllocationProp *prop, unsigned long long flags)
{
    quanta_cuda_pfn_cuMemCreate real = (quanta_cuda_pfn_cuMemCreate)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemCreate);
    if (__builtin_expect(real != NULL, 1))
        return real(handle, size, prop, flags);
    return slow_cuMemCreate(handle, size, prop, flags);
}

static QUANTA__COLD CUresult slow_cuMemDiscardAndPrefetchBatchAsync(CUdeviceptr *dptrs, size_t *sizes, size_t count, CUmemLocation *prefetchLocs, size_t *prefetchLocIdxs, size_t numPrefetchLocs, unsigned long long flags, CUstream hStream)
{
    quanta_cuda_pfn_cuMemDiscardAndPrefetchBatchAsync real = (quanta_cuda_pfn_cuMemDiscardAndPrefetchBatchAsync)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemDiscardAndPrefetchBatchAsync);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemDiscardAndPrefetchBatchAsync);
    }
    return real(dptrs, sizes, count, prefetchLocs, prefetchLocIdxs, numPrefetchLocs, flags, hStream);
}

QUANTA__WRAPPER CUresult cuMemDiscardAndPrefetchBatchAsync(CUdeviceptr *dptrs, size_t *sizes, size_t count, CUmemLocation *prefetchLocs, size_t *prefetchLocIdxs, size_t numPrefetchLocs, unsigned long long flags, CUstream hStream)
{
    quanta_cuda_pfn_cuMemDiscardAndPrefetchBatchAsync real = (quanta_cuda_pfn_cuMemDiscardAndPrefetchBatchAsync)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemDiscardAndPrefetchBatchAsync);
    if (__builtin_expect(real != NULL, 1))
        return real(dptrs, sizes, count, prefetchLocs, prefetchLocIdxs, numPrefetchLocs, flags, hStream);
    return slow_cuMemDiscardAndPrefetchBatchAsync(dptrs, sizes, count, prefetchLocs, prefetchLocIdxs, numPrefetchLocs, flags, hStream);
}

static QUANTA__COLD CUresult slow_cuMemDiscardAndPrefetchBatchAsync_ptsz(CUdeviceptr *dptrs, size_t *sizes, size_t count, CUmemLocation *prefetchLocs, size_t *prefetchLocIdxs, size_t numPrefetchLocs, unsigned long long flags, CUstream hStream)
{
    quanta_cuda_pfn_cuMemDiscardAndPrefetchBatchAsync_ptsz real = (quanta_cuda_pfn_cuMemDiscardAndPrefetchBatchAsync_ptsz)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemDiscardAndPrefetchBatchAsync_ptsz);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemDiscardAndPrefetchBatchAsync_ptsz);
    }
    return real(dptrs, sizes, count, prefetchLocs, prefetchLocIdxs, numPrefetchLocs, flags, hStream);
}

QUANTA__WRAPPER CUresult cuMemDiscardAndPrefetchBatchAsync_ptsz(CUdeviceptr *dptrs, size_t *sizes, size_t count, CUmemLocation *prefetchLocs, size_t *prefetchLocIdxs, size_t numPrefetchLocs, unsigned long long flags, CUstream hStream)
{
    quanta_cuda_pfn_cuMemDiscardAndPrefetchBatchAsync_ptsz real = (quanta_cuda_pfn_cuMemDiscardAndPrefetchBatchAsync_ptsz)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemDiscardAndPrefetchBatchAsync_ptsz);
    if (__builtin_expect(real != NULL, 1))
        return real(dptrs, sizes, count, prefetchLocs, prefetchLocIdxs, numPrefetchLocs, flags, hStream);
    return slow_cuMemDiscardAndPrefetchBatchAsync_ptsz(dptrs, sizes, count, prefetchLocs, prefetchLocIdxs, numPrefetchLocs, flags, hStream);
}

static QUANTA__COLD CUresult slow_cuMemDiscardBatchAsync(CUdeviceptr *dptrs, size_t *sizes, size_t count, unsigned long long flags, CUstream hStream)
{
    quanta_cuda_pfn_cuMemDiscardBatchAsync real = (quanta_cuda_pfn_cuMemDiscardBatchAsync)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemDiscardBatchAsync);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemDiscardBatchAsync);
    }
    return real(dptrs, sizes, count, flags, hStream);
}

QUANTA__WRAPPER CUresult cuMemDiscardBatchAsync(CUdeviceptr *dptrs, size_t *sizes, size_t count, unsigned long long flags, CUstream hStream)
{
    quanta_cuda_pfn_cuMemDiscardBatchAsync real = (quanta_cuda_pfn_cuMemDiscardBatchAsync)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemDiscardBatchAsync);
    if (__builtin_expect(real != NULL, 1))
        return real(dptrs, sizes, count, flags, hStream);
    return slow_cuMemDiscardBatchAsync(dptrs, sizes, count, flags, hStream);
}

static QUANTA__COLD CUresult slow_cuMemDiscardBatchAsync_ptsz(CUdeviceptr *dptrs, size_t *sizes, size_t count, unsigned long long flags, CUstream hStream)
{
    quanta_cuda_pfn_cuMemDiscardBatchAsync_ptsz real = (quanta_cuda_pfn_cuMemDiscardBatchAsync_ptsz)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemDiscardBatchAsync_ptsz);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemDiscardBatchAsync_ptsz);
    }
    return real(dptrs, sizes, count, flags, hStream);
}

QUANTA__WRAPPER CUresult cuMemDiscardBatchAsync_ptsz(CUdeviceptr *dptrs, size_t *sizes, size_t count, unsigned long long flags, CUstream hStream)
{
    quanta_cuda_pfn_cuMemDiscardBatchAsync_ptsz real = (quanta_cuda_pfn_cuMemDiscardBatchAsync_ptsz)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemDiscardBatchAsync_ptsz);
    if (__builtin_expect(real != NULL, 1))
        return real(dptrs, sizes, count, flags, hStream);
    return slow_cuMemDiscardBatchAsync_ptsz(dptrs, sizes, count, flags, hStream);
}

static QUANTA__COLD CUresult slow_cuMemExportToShareableHandle(void *shareableHandle, CUmemGenericAllocationHandle handle, CUmemAllocationHandleType handleType, unsigned long long flags)
{
    quanta_cuda_pfn_cuMemExportToShareableHandle real = (quanta_cuda_pfn_cuMemExportToShareableHandle)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemExportToShareableHandle);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemExportToShareableHandle);
    }
    return real(shareableHandle, handle, handleType, flags);
}

QUANTA__WRAPPER CUresult cuMemExportToShareableHandle(void *shareableHandle, CUmemGenericAllocationHandle handle, CUmemAllocationHandleType handleType, unsigned long long flags)
{
    quanta_cuda_pfn_cuMemExportToShareableHandle real = (quanta_cuda_pfn_cuMemExportToShareableHandle)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemExportToShareableHandle);
    if (__builtin_expect(real != NULL, 1))
        return real(shareableHandle, handle, handleType, flags);
    return slow_cuMemExportToShareableHandle(shareableHandle, handle, handleType, flags);
}

static QUANTA__COLD CUresult slow_cuMemFree(CUdeviceptr_v1 dptr)
{
    quanta_cuda_pfn_cuMemFree real = (quanta_cuda_pfn_cuMemFree)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemFree);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemFree);
    }
    return real(dptr);
}

QUANTA__WRAPPER CUresult cuMemFree(CUdeviceptr_v1 dptr)
{
    quanta_cuda_pfn_cuMemFree real = (quanta_cuda_pfn_cuMemFree)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemFree);
    if (__builtin_expect(real != NULL, 1))
        return real(dptr);
    return slow_cuMemFree(dptr);
}

static QUANTA__COLD CUresult slow_cuMemFree_v2(CUdeviceptr dptr)
{
    quanta_cuda_pfn_cuMemFree_v2 real = (quanta_cuda_pfn_cuMemFree_v2)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemFree_v2);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemFree_v2);
    }
    return real(dptr);
}

QUANTA__WRAPPER CUresult cuMemFree_v2(CUdeviceptr dptr)
{
    quanta_cuda_pfn_cuMemFree_v2 real = (quanta_cuda_pfn_cuMemFree_v2)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemFree_v2);
    if (__builtin_expect(real != NULL, 1))
        return real(dptr);
    return slow_cuMemFree_v2(dptr);
}

static QUANTA__COLD CUresult slow_cuMemFreeAsync(CUdeviceptr dptr, CUstream hStream)
{
    quanta_cuda_pfn_cuMemFreeAsync real = (quanta_cuda_pfn_cuMemFreeAsync)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemFreeAsync);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemFreeAsync);
    }
    return real(dptr, hStream);
}

QUANTA__WRAPPER CUresult cuMemFreeAsync(CUdeviceptr dptr, CUstream hStream)
{
    quanta_cuda_pfn_cuMemFreeAsync real = (quanta_cuda_pfn_cuMemFreeAsync)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemFreeAsync);
    if (__builtin_expect(real != NULL, 1))
        return real(dptr, hStream);
    return slow_cuMemFreeAsync(dptr, hStream);
}

static QUANTA__COLD CUresult slow_cuMemFreeAsync_ptsz(CUdeviceptr dptr, CUstream hStream)
{
    quanta_cuda_pfn_cuMemFreeAsync_ptsz real = (quanta_cuda_pfn_cuMemFreeAsync_ptsz)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemFreeAsync_ptsz);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemFreeAsync_ptsz);
    }
    return real(dptr, hStream);
}

QUANTA__WRAPPER CUresult cuMemFreeAsync_ptsz(CUdeviceptr dptr, CUstream hStream)
{
    quanta_cuda_pfn_cuMemFreeAsync_ptsz real = (quanta_cuda_pfn_cuMemFreeAsync_ptsz)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemFreeAsync_ptsz);
    if (__builtin_expect(real != NULL, 1))
        return real(dptr, hStream);
    return slow_cuMemFreeAsync_ptsz(dptr, hStream);
}

static QUANTA__COLD CUresult slow_cuMemFreeHost(void *p)
{
    quanta_cuda_pfn_cuMemFreeHost real = (quanta_cuda_pfn_cuMemFreeHost)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemFreeHost);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemFreeHost);
    }
    return real(p);
}

QUANTA__WRAPPER CUresult cuMemFreeHost(void *p)
{
    quanta_cuda_pfn_cuMemFreeHost real = (quanta_cuda_pfn_cuMemFreeHost)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemFreeHost);
    if (__builtin_expect(real != NULL, 1))
        return real(p);
    return slow_cuMemFreeHost(p);
}

static QUANTA__COLD CUresult slow_cuMemGetAccess(unsigned long long *flags, const CUmemLocation *location, CUdeviceptr ptr)
{
    quanta_cuda_pfn_cuMemGetAccess real = (quanta_cuda_pfn_cuMemGetAccess)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemGetAccess);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemGetAccess);
    }
    return real(flags, location, ptr);
}

QUANTA__WRAPPER CUresult cuMemGetAccess(unsigned long long *flags, const CUmemLocation *location, CUdeviceptr ptr)
{
    quanta_cuda_pfn_cuMemGetAccess real = (quanta_cuda_pfn_cuMemGetAccess)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemGetAccess);
    if (__builtin_expect(real != NULL, 1))
        return real(flags, location, ptr);
    return slow_cuMemGetAccess(flags, location, ptr);
}

static QUANTA__COLD CUresult slow_cuMemGetAddressRange(CUdeviceptr_v1 *pbase, unsigned int *psize, CUdeviceptr_v1 dptr)
{
    quanta_cuda_pfn_cuMemGetAddressRange real = (quanta_cuda_pfn_cuMemGetAddressRange)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemGetAddressRange);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemGetAddressRange);
    }
    return real(pbase, psize, dptr);
}

QUANTA__WRAPPER CUresult cuMemGetAddressRange(CUdeviceptr_v1 *pbase, unsigned int *psize, CUdeviceptr_v1 dptr)
{
    quanta_cuda_pfn_cuMemGetAddressRange real = (quanta_cuda_pfn_cuMemGetAddressRange)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemGetAddressRange);
    if (__builtin_expect(real != NULL, 1))
        return real(pbase, psize, dptr);
    return slow_cuMemGetAddressRange(pbase, psize, dptr);
}

static QUANTA__COLD CUresult slow_cuMemGetAddressRange_v2(CUdeviceptr *pbase, size_t *psize, CUdeviceptr dptr)
{
    quanta_cuda_pfn_cuMemGetAddressRange_v2 real = (quanta_cuda_pfn_cuMemGetAddressRange_v2)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemGetAddressRange_v2);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemGetAddressRange_v2);
    }
    return real(pbase, psize, dptr);
}

QUANTA__WRAPPER CUresult cuMemGetAddressRange_v2(CUdeviceptr *pbase, size_t *psize, CUdeviceptr dptr)
{
    quanta_cuda_pfn_cuMemGetAddressRange_v2 real = (quanta_cuda_pfn_cuMemGetAddressRange_v2)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemGetAddressRange_v2);
    if (__builtin_expect(real != NULL, 1))
        return real(pbase, psize, dptr);
    return slow_cuMemGetAddressRange_v2(pbase, psize, dptr);
}

static QUANTA__COLD CUresult slow_cuMemGetAllocationGranularity(size_t *granularity, const CUmemAllocationProp *prop, CUmemAllocationGranularity_flags option)
{
    quanta_cuda_pfn_cuMemGetAllocationGranularity real = (quanta_cuda_pfn_cuMemGetAllocationGranularity)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemGetAllocationGranularity);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemGetAllocationGranularity);
    }
    return real(granularity, prop, option);
}

QUANTA__WRAPPER CUresult cuMemGetAllocationGranularity(size_t *granularity, const CUmemAllocationProp *prop, CUmemAllocationGranularity_flags option)
{
    quanta_cuda_pfn_cuMemGetAllocationGranularity real = (quanta_cuda_pfn_cuMemGetAllocationGranularity)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemGetAllocationGranularity);
    if (__builtin_expect(real != NULL, 1))
        return real(granularity, prop, option);
    return slow_cuMemGetAllocationGranularity(granularity, prop, option);
}

static QUANTA__COLD CUresult slow_cuMemGetAllocationPropertiesFromHandle(CUmemAllocationProp *prop, CUmemGenericAllocationHandle handle)
{
    quanta_cuda_pfn_cuMemGetAllocationPropertiesFromHandle real = (quanta_cuda_pfn_cuMemGetAllocationPropertiesFromHandle)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemGetAllocationPropertiesFromHandle);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemGetAllocationPropertiesFromHandle);
    }
    return real(prop, handle);
}

QUANTA__WRAPPER CUresult cuMemGetAllocationPropertiesFromHandle(CUmemAllocationProp *prop, CUmemGenericAllocationHandle handle)
{
    quanta_cuda_pfn_cuMemGetAllocationPropertiesFromHandle real = (quanta_cuda_pfn_cuMemGetAllocationPropertiesFromHandle)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemGetAllocationPropertiesFromHandle);
    if (__builtin_expect(real != NULL, 1))
        return real(prop, handle);
    return slow_cuMemGetAllocationPropertiesFromHandle(prop, handle);
}

static QUANTA__COLD CUresult slow_cuMemGetDefaultMemPool(CUmemoryPool *pool_out, CUmemLocation *location, CUmemAllocationType type)
{
    quanta_cuda_pfn_cuMemGetDefaultMemPool real = (quanta_cuda_pfn_cuMemGetDefaultMemPool)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemGetDefaultMemPool);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemGetDefaultMemPool);
    }
    return real(pool_out, location, type);
}

QUANTA__WRAPPER CUresult cuMemGetDefaultMemPool(CUmemoryPool *pool_out, CUmemLocation *location, CUmemAllocationType type)
{
    quanta_cuda_pfn_cuMemGetDefaultMemPool real = (quanta_cuda_pfn_cuMemGetDefaultMemPool)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemGetDefaultMemPool);
    if (__builtin_expect(real != NULL, 1))
        return real(pool_out, location, type);
    return slow_cuMemGetDefaultMemPool(pool_out, location, type);
}

static QUANTA__COLD CUresult slow_cuMemGetHandleForAddressRange(void *handle, CUdeviceptr dptr, size_t size, CUmemRangeHandleType handleType, unsigned long long flags)
{
    quanta_cuda_pfn_cuMemGetHandleForAddressRange real = (quanta_cuda_pfn_cuMemGetHandleForAddressRange)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemGetHandleForAddressRange);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemGetHandleForAddressRange);
    }
    return real(handle, dptr, size, handleType, flags);
}

QUANTA__WRAPPER CUresult cuMemGetHandleForAddressRange(void *handle, CUdeviceptr dptr, size_t size, CUmemRangeHandleType handleType, unsigned long long flags)
{
    quanta_cuda_pfn_cuMemGetHandleForAddressRange real = (quanta_cuda_pfn_cuMemGetHandleForAddressRange)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemGetHandleForAddressRange);
    if (__builtin_expect(real != NULL, 1))
        return real(handle, dptr, size, handleType, flags);
    return slow_cuMemGetHandleForAddressRange(handle, dptr, size, handleType, flags);
}

static QUANTA__COLD CUresult slow_cuMemGetInfo(unsigned int *free, unsigned int *total)
{
    quanta_cuda_pfn_cuMemGetInfo real = (quanta_cuda_pfn_cuMemGetInfo)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemGetInfo);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemGetInfo);
    }
    return real(free, total);
}

QUANTA__WRAPPER CUresult cuMemGetInfo(unsigned int *free, unsigned int *total)
{
    quanta_cuda_pfn_cuMemGetInfo real = (quanta_cuda_pfn_cuMemGetInfo)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemGetInfo);
    if (__builtin_expect(real != NULL, 1))
        return real(free, total);
    return slow_cuMemGetInfo(free, total);
}

static QUANTA__COLD CUresult slow_cuMemGetInfo_v2(size_t *free, size_t *total)
{
    quanta_cuda_pfn_cuMemGetInfo_v2 real = (quanta_cuda_pfn_cuMemGetInfo_v2)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemGetInfo_v2);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemGetInfo_v2);
    }
    return real(free, total);
}

QUANTA__WRAPPER CUresult cuMemGetInfo_v2(size_t *free, size_t *total)
{
    quanta_cuda_pfn_cuMemGetInfo_v2 real = (quanta_cuda_pfn_cuMemGetInfo_v2)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemGetInfo_v2);
    if (__builtin_expect(real != NULL, 1))
        return real(free, total);
    return slow_cuMemGetInfo_v2(free, total);
}

static QUANTA__COLD CUresult slow_cuMemGetMemPool(CUmemoryPool *pool, CUmemLocation *location, CUmemAllocationType type)
{
    quanta_cuda_pfn_cuMemGetMemPool real = (quanta_cuda_pfn_cuMemGetMemPool)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemGetMemPool);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemGetMemPool);
    }
    return real(pool, location, type);
}

QUANTA__WRAPPER CUresult cuMemGetMemPool(CUmemoryPool *pool, CUmemLocation *location, CUmemAllocationType type)
{
    quanta_cuda_pfn_cuMemGetMemPool real = (quanta_cuda_pfn_cuMemGetMemPool)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemGetMemPool);
    if (__builtin_expect(real != NULL, 1))
        return real(pool, location, type);
    return slow_cuMemGetMemPool(pool, location, type);
}

static QUANTA__COLD CUresult slow_cuMemHostAlloc(void **pp, size_t bytesize, unsigned int Flags)
{
    quanta_cuda_pfn_cuMemHostAlloc real = (quanta_cuda_pfn_cuMemHostAlloc)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemHostAlloc);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemHostAlloc);
    }
    return real(pp, bytesize, Flags);
}

QUANTA__WRAPPER CUresult cuMemHostAlloc(void **pp, size_t bytesize, unsigned int Flags)
{
    quanta_cuda_pfn_cuMemHostAlloc real = (quanta_cuda_pfn_cuMemHostAlloc)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemHostAlloc);
    if (__builtin_expect(real != NULL, 1))
        return real(pp, bytesize, Flags);
    return slow_cuMemHostAlloc(pp, bytesize, Flags);
}

static QUANTA__COLD CUresult slow_cuMemHostGetDevicePointer(CUdeviceptr_v1 *pdptr, void *p, unsigned int Flags)
{
    quanta_cuda_pfn_cuMemHostGetDevicePointer real = (quanta_cuda_pfn_cuMemHostGetDevicePointer)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemHostGetDevicePointer);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemHostGetDevicePointer);
    }
    return real(pdptr, p, Flags);
}

QUANTA__WRAPPER CUresult cuMemHostGetDevicePointer(CUdeviceptr_v1 *pdptr, void *p, unsigned int Flags)
{
    quanta_cuda_pfn_cuMemHostGetDevicePointer real = (quanta_cuda_pfn_cuMemHostGetDevicePointer)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemHostGetDevicePointer);
    if (__builtin_expect(real != NULL, 1))
        return real(pdptr, p, Flags);
    return slow_cuMemHostGetDevicePointer(pdptr, p, Flags);
}

static QUANTA__COLD CUresult slow_cuMemHostGetDevicePointer_v2(CUdeviceptr *pdptr, void *p, unsigned int Flags)
{
    quanta_cuda_pfn_cuMemHostGetDevicePointer_v2 real = (quanta_cuda_pfn_cuMemHostGetDevicePointer_v2)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemHostGetDevicePointer_v2);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemHostGetDevicePointer_v2);
    }
    return real(pdptr, p, Flags);
}

QUANTA__WRAPPER CUresult cuMemHostGetDevicePointer_v2(CUdeviceptr *pdptr, void *p, unsigned int Flags)
{
    quanta_cuda_pfn_cuMemHostGetDevicePointer_v2 real = (quanta_cuda_pfn_cuMemHostGetDevicePointer_v2)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemHostGetDevicePointer_v2);
    if (__builtin_expect(real != NULL, 1))
        return real(pdptr, p, Flags);
    return slow_cuMemHostGetDevicePointer_v2(pdptr, p, Flags);
}

static QUANTA__COLD CUresult slow_cuMemHostGetFlags(unsigned int *pFlags, void *p)
{
    quanta_cuda_pfn_cuMemHostGetFlags real = (quanta_cuda_pfn_cuMemHostGetFlags)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemHostGetFlags);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemHostGetFlags);
    }
    return real(pFlags, p);
}

QUANTA__WRAPPER CUresult cuMemHostGetFlags(unsigned int *pFlags, void *p)
{
    quanta_cuda_pfn_cuMemHostGetFlags real = (quanta_cuda_pfn_cuMemHostGetFlags)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemHostGetFlags);
    if (__builtin_expect(real != NULL, 1))
        return real(pFlags, p);
    return slow_cuMemHostGetFlags(pFlags, p);
}

static QUANTA__COLD CUresult slow_cuMemHostRegister(void *p, size_t bytesize, unsigned int Flags)
{
    quanta_cuda_pfn_cuMemHostRegister real = (quanta_cuda_pfn_cuMemHostRegister)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemHostRegister);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemHostRegister);
    }
    return real(p, bytesize, Flags);
}

QUANTA__WRAPPER CUresult cuMemHostRegister(void *p, size_t bytesize, unsigned int Flags)
{
    quanta_cuda_pfn_cuMemHostRegister real = (quanta_cuda_pfn_cuMemHostRegister)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemHostRegister);
    if (__builtin_expect(real != NULL, 1))
        return real(p, bytesize, Flags);
    return slow_cuMemHostRegister(p, bytesize, Flags);
}

static QUANTA__COLD CUresult slow_cuMemHostRegister_v2(void *p, size_t bytesize, unsigned int Flags)
{
    quanta_cuda_pfn_cuMemHostRegister_v2 real = (quanta_cuda_pfn_cuMemHostRegister_v2)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemHostRegister_v2);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemHostRegister_v2);
    }
    return real(p, bytesize, Flags);
}

QUANTA__WRAPPER CUresult cuMemHostRegister_v2(void *p, size_t bytesize, unsigned int Flags)
{
    quanta_cuda_pfn_cuMemHostRegister_v2 real = (quanta_cuda_pfn_cuMemHostRegister_v2)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemHostRegister_v2);
    if (__builtin_expect(real != NULL, 1))
        return real(p, bytesize, Flags);
    return slow_cuMemHostRegister_v2(p, bytesize, Flags);
}

static QUANTA__COLD CUresult slow_cuMemHostUnregister(void *p)
{
    quanta_cuda_pfn_cuMemHostUnregister real = (quanta_cuda_pfn_cuMemHostUnregister)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemHostUnregister);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemHostUnregister);
    }
    return real(p);
}

QUANTA__WRAPPER CUresult cuMemHostUnregister(void *p)
{
    quanta_cuda_pfn_cuMemHostUnregister real = (quanta_cuda_pfn_cuMemHostUnregister)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemHostUnregister);
    if (__builtin_expect(real != NULL, 1))
        return real(p);
    return slow_cuMemHostUnregister(p);
}

static QUANTA__COLD CUresult slow_cuMemImportFromShareableHandle(CUmemGenericAllocationHandle *handle, void *osHandle, CUmemAllocationHandleType shHandleType)
{
    quanta_cuda_pfn_cuMemImportFromShareableHandle real = (quanta_cuda_pfn_cuMemImportFromShareableHandle)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemImportFromShareableHandle);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemImportFromShareableHandle);
    }
    return real(handle, osHandle, shHandleType);
}

QUANTA__WRAPPER CUresult cuMemImportFromShareableHandle(CUmemGenericAllocationHandle *handle, void *osHandle, CUmemAllocationHandleType shHandleType)
{
    quanta_cuda_pfn_cuMemImportFromShareableHandle real = (quanta_cuda_pfn_cuMemImportFromShareableHandle)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemImportFromShareableHandle);
    if (__builtin_expect(real != NULL, 1))
        return real(handle, osHandle, shHandleType);
    return slow_cuMemImportFromShareableHandle(handle, osHandle, shHandleType);
}

static QUANTA__COLD CUresult slow_cuMemMap(CUdeviceptr ptr, size_t size, size_t offset, CUmemGenericAllocationHandle handle, unsigned long long flags)
{
    quanta_cuda_pfn_cuMemMap real = (quanta_cuda_pfn_cuMemMap)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemMap);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemMap);
    }
    return real(ptr, size, offset, handle, flags);
}

QUANTA__WRAPPER CUresult cuMemMap(CUdeviceptr ptr, size_t size, size_t offset, CUmemGenericAllocationHandle handle, unsigned long long flags)
{
    quanta_cuda_pfn_cuMemMap real = (quanta_cuda_pfn_cuMemMap)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemMap);
    if (__builtin_expect(real != NULL, 1))
        return real(ptr, size, offset, handle, flags);
    return slow_cuMemMap(ptr, size, offset, handle, flags);
}

static QUANTA__COLD CUresult slow_cuMemMapArrayAsync(CUarrayMapInfo *mapInfoList, unsigned int count, CUstream hStream)
{
    quanta_cuda_pfn_cuMemMapArrayAsync real = (quanta_cuda_pfn_cuMemMapArrayAsync)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemMapArrayAsync);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemMapArrayAsync);
    }
    return real(mapInfoList, count, hStream);
}

QUANTA__WRAPPER CUresult cuMemMapArrayAsync(CUarrayMapInfo *mapInfoList, unsigned int count, CUstream hStream)
{
    quanta_cuda_pfn_cuMemMapArrayAsync real = (quanta_cuda_pfn_cuMemMapArrayAsync)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemMapArrayAsync);
    if (__builtin_expect(real != NULL, 1))
        return real(mapInfoList, count, hStream);
    return slow_cuMemMapArrayAsync(mapInfoList, count, hStream);
}

static QUANTA__COLD CUresult slow_cuMemMapArrayAsync_ptsz(CUarrayMapInfo *mapInfoList, unsigned int count, CUstream hStream)
{
    quanta_cuda_pfn_cuMemMapArrayAsync_ptsz real = (quanta_cuda_pfn_cuMemMapArrayAsync_ptsz)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemMapArrayAsync_ptsz);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemMapArrayAsync_ptsz);
    }
    return real(mapInfoList, count, hStream);
}

QUANTA__WRAPPER CUresult cuMemMapArrayAsync_ptsz(CUarrayMapInfo *mapInfoList, unsigned int count, CUstream hStream)
{
    quanta_cuda_pfn_cuMemMapArrayAsync_ptsz real = (quanta_cuda_pfn_cuMemMapArrayAsync_ptsz)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemMapArrayAsync_ptsz);
    if (__builtin_expect(real != NULL, 1))
        return real(mapInfoList, count, hStream);
    return slow_cuMemMapArrayAsync_ptsz(mapInfoList, count, hStream);
}

static QUANTA__COLD CUresult slow_cuMemPoolCreate(CUmemoryPool *pool, const CUmemPoolProps *poolProps)
{
    quanta_cuda_pfn_cuMemPoolCreate real = (quanta_cuda_pfn_cuMemPoolCreate)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemPoolCreate);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemPoolCreate);
    }
    return real(pool, poolProps);
}

QUANTA__WRAPPER CUresult cuMemPoolCreate(CUmemoryPool *pool, const CUmemPoolProps *poolProps)
{
    quanta_cuda_pfn_cuMemPoolCreate real = (quanta_cuda_pfn_cuMemPoolCreate)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemPoolCreate);
    if (__builtin_expect(real != NULL, 1))
        return real(pool, poolProps);
    return slow_cuMemPoolCreate(pool, poolProps);
}

static QUANTA__COLD CUresult slow_cuMemPoolDestroy(CUmemoryPool pool)
{
    quanta_cuda_pfn_cuMemPoolDestroy real = (quanta_cuda_pfn_cuMemPoolDestroy)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemPoolDestroy);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemPoolDestroy);
    }
    return real(pool);
}

QUANTA__WRAPPER CUresult cuMemPoolDestroy(CUmemoryPool pool)
{
    quanta_cuda_pfn_cuMemPoolDestroy real = (quanta_cuda_pfn_cuMemPoolDestroy)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemPoolDestroy);
    if (__builtin_expect(real != NULL, 1))
        return real(pool);
    return slow_cuMemPoolDestroy(pool);
}

static QUANTA__COLD CUresult slow_cuMemPoolExportPointer(CUmemPoolPtrExportData *shareData_out, CUdeviceptr ptr)
{
    quanta_cuda_pfn_cuMemPoolExportPointer real = (quanta_cuda_pfn_cuMemPoolExportPointer)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemPoolExportPointer);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemPoolExportPointer);
    }
    return real(shareData_out, ptr);
}

QUANTA__WRAPPER CUresult cuMemPoolExportPointer(CUmemPoolPtrExportData *shareData_out, CUdeviceptr ptr)
{
    quanta_cuda_pfn_cuMemPoolExportPointer real = (quanta_cuda_pfn_cuMemPoolExportPointer)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemPoolExportPointer);
    if (__builtin_expect(real != NULL, 1))
        return real(shareData_out, ptr);
    return slow_cuMemPoolExportPointer(shareData_out, ptr);
}

static QUANTA__COLD CUresult slow_cuMemPoolExportToShareableHandle(void *handle_out, CUmemoryPool pool, CUmemAllocationHandleType handleType, unsigned long long flags)
{
    quanta_cuda_pfn_cuMemPoolExportToShareableHandle real = (quanta_cuda_pfn_cuMemPoolExportToShareableHandle)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemPoolExportToShareableHandle);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemPoolExportToShareableHandle);
    }
    return real(handle_out, pool, handleType, flags);
}

QUANTA__WRAPPER CUresult cuMemPoolExportToShareableHandle(void *handle_out, CUmemoryPool pool, CUmemAllocationHandleType handleType, unsigned long long flags)
{
    quanta_cuda_pfn_cuMemPoolExportToShareableHandle real = (quanta_cuda_pfn_cuMemPoolExportToShareableHandle)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemPoolExportToShareableHandle);
    if (__builtin_expect(real != NULL, 1))
        return real(handle_out, pool, handleType, flags);
    return slow_cuMemPoolExportToShareableHandle(handle_out, pool, handleType, flags);
}

static QUANTA__COLD CUresult slow_cuMemPoolGetAccess(CUmemAccess_flags *flags, CUmemoryPool memPool, CUmemLocation *location)
{
    quanta_cuda_pfn_cuMemPoolGetAccess real = (quanta_cuda_pfn_cuMemPoolGetAccess)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemPoolGetAccess);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemPoolGetAccess);
    }
    return real(flags, memPool, location);
}

QUANTA__WRAPPER CUresult cuMemPoolGetAccess(CUmemAccess_flags *flags, CUmemoryPool memPool, CUmemLocation *location)
{
    quanta_cuda_pfn_cuMemPoolGetAccess real = (quanta_cuda_pfn_cuMemPoolGetAccess)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemPoolGetAccess);
    if (__builtin_expect(real != NULL, 1))
        return real(flags, memPool, location);
    return slow_cuMemPoolGetAccess(flags, memPool, location);
}

static QUANTA__COLD CUresult slow_cuMemPoolGetAttribute(CUmemoryPool pool, CUmemPool_attribute attr, void *value)
{
    quanta_cuda_pfn_cuMemPoolGetAttribute real = (quanta_cuda_pfn_cuMemPoolGetAttribute)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemPoolGetAttribute);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemPoolGetAttribute);
    }
    return real(pool, attr, value);
}

QUANTA__WRAPPER CUresult cuMemPoolGetAttribute(CUmemoryPool pool, CUmemPool_attribute attr, void *value)
{
    quanta_cuda_pfn_cuMemPoolGetAttribute real = (quanta_cuda_pfn_cuMemPoolGetAttribute)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemPoolGetAttribute);
    if (__builtin_expect(real != NULL, 1))
        return real(pool, attr, value);
    return slow_cuMemPoolGetAttribute(pool, attr, value);
}

static QUANTA__COLD CUresult slow_cuMemPoolImportFromShareableHandle(CUmemoryPool *pool_out, void *handle, CUmemAllocationHandleType handleType, unsigned long long flags)
{
    quanta_cuda_pfn_cuMemPoolImportFromShareableHandle real = (quanta_cuda_pfn_cuMemPoolImportFromShareableHandle)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemPoolImportFromShareableHandle);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemPoolImportFromShareableHandle);
    }
    return real(pool_out, handle, handleType, flags);
}

QUANTA__WRAPPER CUresult cuMemPoolImportFromShareableHandle(CUmemoryPool *pool_out, void *handle, CUmemAllocationHandleType handleType, unsigned long long flags)
{
    quanta_cuda_pfn_cuMemPoolImportFromShareableHandle real = (quanta_cuda_pfn_cuMemPoolImportFromShareableHandle)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemPoolImportFromShareableHandle);
    if (__builtin_expect(real != NULL, 1))
        return real(pool_out, handle, handleType, flags);
    return slow_cuMemPoolImportFromShareableHandle(pool_out, handle, handleType, flags);
}

static QUANTA__COLD CUresult slow_cuMemPoolImportPointer(CUdeviceptr *ptr_out, CUmemoryPool pool, CUmemPoolPtrExportData *shareData)
{
    quanta_cuda_pfn_cuMemPoolImportPointer real = (quanta_cuda_pfn_cuMemPoolImportPointer)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemPoolImportPointer);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemPoolImportPointer);
    }
    return real(ptr_out, pool, shareData);
}

QUANTA__WRAPPER CUresult cuMemPoolImportPointer(CUdeviceptr *ptr_out, CUmemoryPool pool, CUmemPoolPtrExportData *shareData)
{
    quanta_cuda_pfn_cuMemPoolImportPointer real = (quanta_cuda_pfn_cuMemPoolImportPointer)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemPoolImportPointer);
    if (__builtin_expect(real != NULL, 1))
        return real(ptr_out, pool, shareData);
    return slow_cuMemPoolImportPointer(ptr_out, pool, shareData);
}

static QUANTA__COLD CUresult slow_cuMemPoolSetAccess(CUmemoryPool pool, const CUmemAccessDesc *map, size_t count)
{
    quanta_cuda_pfn_cuMemPoolSetAccess real = (quanta_cuda_pfn_cuMemPoolSetAccess)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemPoolSetAccess);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemPoolSetAccess);
    }
    return real(pool, map, count);
}

QUANTA__WRAPPER CUresult cuMemPoolSetAccess(CUmemoryPool pool, const CUmemAccessDesc *map, size_t count)
{
    quanta_cuda_pfn_cuMemPoolSetAccess real = (quanta_cuda_pfn_cuMemPoolSetAccess)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemPoolSetAccess);
    if (__builtin_expect(real != NULL, 1))
        return real(pool, map, count);
    return slow_cuMemPoolSetAccess(pool, map, count);
}

static QUANTA__COLD CUresult slow_cuMemPoolSetAttribute(CUmemoryPool pool, CUmemPool_attribute attr, void *value)
{
    quanta_cuda_pfn_cuMemPoolSetAttribute real = (quanta_cuda_pfn_cuMemPoolSetAttribute)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemPoolSetAttribute);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemPoolSetAttribute);
    }
    return real(pool, attr, value);
}

QUANTA__WRAPPER CUresult cuMemPoolSetAttribute(CUmemoryPool pool, CUmemPool_attribute attr, void *value)
{
    quanta_cuda_pfn_cuMemPoolSetAttribute real = (quanta_cuda_pfn_cuMemPoolSetAttribute)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemPoolSetAttribute);
    if (__builtin_expect(real != NULL, 1))
        return real(pool, attr, value);
    return slow_cuMemPoolSetAttribute(pool, attr, value);
}

static QUANTA__COLD CUresult slow_cuMemPoolTrimTo(CUmemoryPool pool, size_t minBytesToKeep)
{
    quanta_cuda_pfn_cuMemPoolTrimTo real = (quanta_cuda_pfn_cuMemPoolTrimTo)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemPoolTrimTo);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemPoolTrimTo);
    }
    return real(pool, minBytesToKeep);
}

QUANTA__WRAPPER CUresult cuMemPoolTrimTo(CUmemoryPool pool, size_t minBytesToKeep)
{
    quanta_cuda_pfn_cuMemPoolTrimTo real = (quanta_cuda_pfn_cuMemPoolTrimTo)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemPoolTrimTo);
    if (__builtin_expect(real != NULL, 1))
        return real(pool, minBytesToKeep);
    return slow_cuMemPoolTrimTo(pool, minBytesToKeep);
}

static QUANTA__COLD CUresult slow_cuMemPrefetchAsync(CUdeviceptr devPtr, size_t count, CUdevice dstDevice, CUstream hStream)
{
    quanta_cuda_pfn_cuMemPrefetchAsync real = (quanta_cuda_pfn_cuMemPrefetchAsync)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemPrefetchAsync);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemPrefetchAsync);
    }
    return real(devPtr, count, dstDevice, hStream);
}

QUANTA__WRAPPER CUresult cuMemPrefetchAsync(CUdeviceptr devPtr, size_t count, CUdevice dstDevice, CUstream hStream)
{
    quanta_cuda_pfn_cuMemPrefetchAsync real = (quanta_cuda_pfn_cuMemPrefetchAsync)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemPrefetchAsync);
    if (__builtin_expect(real != NULL, 1))
        return real(devPtr, count, dstDevice, hStream);
    return slow_cuMemPrefetchAsync(devPtr, count, dstDevice, hStream);
}

static QUANTA__COLD CUresult slow_cuMemPrefetchAsync_ptsz(CUdeviceptr devPtr, size_t count, CUdevice dstDevice, CUstream hStream)
{
    quanta_cuda_pfn_cuMemPrefetchAsync_ptsz real = (quanta_cuda_pfn_cuMemPrefetchAsync_ptsz)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemPrefetchAsync_ptsz);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemPrefetchAsync_ptsz);
    }
    return real(devPtr, count, dstDevice, hStream);
}

QUANTA__WRAPPER CUresult cuMemPrefetchAsync_ptsz(CUdeviceptr devPtr, size_t count, CUdevice dstDevice, CUstream hStream)
{
    quanta_cuda_pfn_cuMemPrefetchAsync_ptsz real = (quanta_cuda_pfn_cuMemPrefetchAsync_ptsz)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemPrefetchAsync_ptsz);
    if (__builtin_expect(real != NULL, 1))
        return real(devPtr, count, dstDevice, hStream);
    return slow_cuMemPrefetchAsync_ptsz(devPtr, count, dstDevice, hStream);
}

static QUANTA__COLD CUresult slow_cuMemPrefetchAsync_v2(CUdeviceptr devPtr, size_t count, CUmemLocation location, unsigned int flags, CUstream hStream)
{
    quanta_cuda_pfn_cuMemPrefetchAsync_v2 real = (quanta_cuda_pfn_cuMemPrefetchAsync_v2)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemPrefetchAsync_v2);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemPrefetchAsync_v2);
    }
    return real(devPtr, count, location, flags, hStream);
}

QUANTA__WRAPPER CUresult cuMemPrefetchAsync_v2(CUdeviceptr devPtr, size_t count, CUmemLocation location, unsigned int flags, CUstream hStream)
{
    quanta_cuda_pfn_cuMemPrefetchAsync_v2 real = (quanta_cuda_pfn_cuMemPrefetchAsync_v2)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemPrefetchAsync_v2);
    if (__builtin_expect(real != NULL, 1))
        return real(devPtr, count, location, flags, hStream);
    return slow_cuMemPrefetchAsync_v2(devPtr, count, location, flags, hStream);
}

static QUANTA__COLD CUresult slow_cuMemPrefetchAsync_v2_ptsz(CUdeviceptr devPtr, size_t count, CUmemLocation location, unsigned int flags, CUstream hStream)
{
    quanta_cuda_pfn_cuMemPrefetchAsync_v2_ptsz real = (quanta_cuda_pfn_cuMemPrefetchAsync_v2_ptsz)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemPrefetchAsync_v2_ptsz);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemPrefetchAsync_v2_ptsz);
    }
    return real(devPtr, count, location, flags, hStream);
}

QUANTA__WRAPPER CUresult cuMemPrefetchAsync_v2_ptsz(CUdeviceptr devPtr, size_t count, CUmemLocation location, unsigned int flags, CUstream hStream)
{
    quanta_cuda_pfn_cuMemPrefetchAsync_v2_ptsz real = (quanta_cuda_pfn_cuMemPrefetchAsync_v2_ptsz)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemPrefetchAsync_v2_ptsz);
    if (__builtin_expect(real != NULL, 1))
        return real(devPtr, count, location, flags, hStream);
    return slow_cuMemPrefetchAsync_v2_ptsz(devPtr, count, location, flags, hStream);
}

static QUANTA__COLD CUresult slow_cuMemPrefetchBatchAsync(CUdeviceptr *dptrs, size_t *sizes, size_t count, CUmemLocation *prefetchLocs, size_t *prefetchLocIdxs, size_t numPrefetchLocs, unsigned long long flags, CUstream hStream)
{
    quanta_cuda_pfn_cuMemPrefetchBatchAsync real = (quanta_cuda_pfn_cuMemPrefetchBatchAsync)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemPrefetchBatchAsync);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemPrefetchBatchAsync);
    }
    return real(dptrs, sizes, count, prefetchLocs, prefetchLocIdxs, numPrefetchLocs, flags, hStream);
}

QUANTA__WRAPPER CUresult cuMemPrefetchBatchAsync(CUdeviceptr *dptrs, size_t *sizes, size_t count, CUmemLocation *prefetchLocs, size_t *prefetchLocIdxs, size_t numPrefetchLocs, unsigned long long flags, CUstream hStream)
{
    quanta_cuda_pfn_cuMemPrefetchBatchAsync real = (quanta_cuda_pfn_cuMemPrefetchBatchAsync)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemPrefetchBatchAsync);
    if (__builtin_expect(real != NULL, 1))
        return real(dptrs, sizes, count, prefetchLocs, prefetchLocIdxs, numPrefetchLocs, flags, hStream);
    return slow_cuMemPrefetchBatchAsync(dptrs, sizes, count, prefetchLocs, prefetchLocIdxs, numPrefetchLocs, flags, hStream);
}

static QUANTA__COLD CUresult slow_cuMemPrefetchBatchAsync_ptsz(CUdeviceptr *dptrs, size_t *sizes, size_t count, CUmemLocation *prefetchLocs, size_t *prefetchLocIdxs, size_t numPrefetchLocs, unsigned long long flags, CUstream hStream)
{
    quanta_cuda_pfn_cuMemPrefetchBatchAsync_ptsz real = (quanta_cuda_pfn_cuMemPrefetchBatchAsync_ptsz)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemPrefetchBatchAsync_ptsz);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemPrefetchBatchAsync_ptsz);
    }
    return real(dptrs, sizes, count, prefetchLocs, prefetchLocIdxs, numPrefetchLocs, flags, hStream);
}

QUANTA__WRAPPER CUresult cuMemPrefetchBatchAsync_ptsz(CUdeviceptr *dptrs, size_t *sizes, size_t count, CUmemLocation *prefetchLocs, size_t *prefetchLocIdxs, size_t numPrefetchLocs, unsigned long long flags, CUstream hStream)
{
    quanta_cuda_pfn_cuMemPrefetchBatchAsync_ptsz real = (quanta_cuda_pfn_cuMemPrefetchBatchAsync_ptsz)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemPrefetchBatchAsync_ptsz);
    if (__builtin_expect(real != NULL, 1))
        return real(dptrs, sizes, count, prefetchLocs, prefetchLocIdxs, numPrefetchLocs, flags, hStream);
    return slow_cuMemPrefetchBatchAsync_ptsz(dptrs, sizes, count, prefetchLocs, prefetchLocIdxs, numPrefetchLocs, flags, hStream);
}

static QUANTA__COLD CUresult slow_cuMemRangeGetAttribute(void *data, size_t dataSize, CUmem_range_attribute attribute, CUdeviceptr devPtr, size_t count)
{
    quanta_cuda_pfn_cuMemRangeGetAttribute real = (quanta_cuda_pfn_cuMemRangeGetAttribute)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemRangeGetAttribute);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemRangeGetAttribute);
    }
    return real(data, dataSize, attribute, devPtr, count);
}

QUANTA__WRAPPER CUresult cuMemRangeGetAttribute(void *data, size_t dataSize, CUmem_range_attribute attribute, CUdeviceptr devPtr, size_t count)
{
    quanta_cuda_pfn_cuMemRangeGetAttribute real = (quanta_cuda_pfn_cuMemRangeGetAttribute)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemRangeGetAttribute);
    if (__builtin_expect(real != NULL, 1))
        return real(data, dataSize, attribute, devPtr, count);
    return slow_cuMemRangeGetAttribute(data, dataSize, attribute, devPtr, count);
}

static QUANTA__COLD CUresult slow_cuMemRangeGetAttributes(void **data, size_t *dataSizes, CUmem_range_attribute *attributes, size_t numAttributes, CUdeviceptr devPtr, size_t count)
{
    quanta_cuda_pfn_cuMemRangeGetAttributes real = (quanta_cuda_pfn_cuMemRangeGetAttributes)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemRangeGetAttributes);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemRangeGetAttributes);
    }
    return real(data, dataSizes, attributes, numAttributes, devPtr, count);
}

QUANTA__WRAPPER CUresult cuMemRangeGetAttributes(void **data, size_t *dataSizes, CUmem_range_attribute *attributes, size_t numAttributes, CUdeviceptr devPtr, size_t count)
{
    quanta_cuda_pfn_cuMemRangeGetAttributes real = (quanta_cuda_pfn_cuMemRangeGetAttributes)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemRangeGetAttributes);
    if (__builtin_expect(real != NULL, 1))
        return real(data, dataSizes, attributes, numAttributes, devPtr, count);
    return slow_cuMemRangeGetAttributes(data, dataSizes, attributes, numAttributes, devPtr, count);
}

static QUANTA__COLD CUresult slow_cuMemRelease(CUmemGenericAllocationHandle handle)
{
    quanta_cuda_pfn_cuMemRelease real = (quanta_cuda_pfn_cuMemRelease)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemRelease);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemRelease);
    }
    return real(handle);
}

QUANTA__WRAPPER CUresult cuMemRelease(CUmemGenericAllocationHandle handle)
{
    quanta_cuda_pfn_cuMemRelease real = (quanta_cuda_pfn_cuMemRelease)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemRelease);
    if (__builtin_expect(real != NULL, 1))
        return real(handle);
    return slow_cuMemRelease(handle);
}

static QUANTA__COLD CUresult slow_cuMemRetainAllocationHandle(CUmemGenericAllocationHandle *handle, void *addr)
{
    quanta_cuda_pfn_cuMemRetainAllocationHandle real = (quanta_cuda_pfn_cuMemRetainAllocationHandle)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemRetainAllocationHandle);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemRetainAllocationHandle);
    }
    return real(handle, addr);
}

QUANTA__WRAPPER CUresult cuMemRetainAllocationHandle(CUmemGenericAllocationHandle *handle, void *addr)
{
    quanta_cuda_pfn_cuMemRetainAllocationHandle real = (quanta_cuda_pfn_cuMemRetainAllocationHandle)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemRetainAllocationHandle);
    if (__builtin_expect(real != NULL, 1))
        return real(handle, addr);
    return slow_cuMemRetainAllocationHandle(handle, addr);
}

static QUANTA__COLD CUresult slow_cuMemSetAccess(CUdeviceptr ptr, size_t size, const CUmemAccessDesc *desc, size_t count)
{
    quanta_cuda_pfn_cuMemSetAccess real = (quanta_cuda_pfn_cuMemSetAccess)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemSetAccess);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemSetAccess);
    }
    return real(ptr, size, desc, count);
}

QUANTA__WRAPPER CUresult cuMemSetAccess(CUdeviceptr ptr, size_t size, const CUmemAccessDesc *desc, size_t count)
{
    quanta_cuda_pfn_cuMemSetAccess real = (quanta_cuda_pfn_cuMemSetAccess)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemSetAccess);
    if (__builtin_expect(real != NULL, 1))
        return real(ptr, size, desc, count);
    return slow_cuMemSetAccess(ptr, size, desc, count);
}

static QUANTA__COLD CUresult slow_cuMemSetMemPool(CUmemLocation *location, CUmemAllocationType type, CUmemoryPool pool)
{
    quanta_cuda_pfn_cuMemSetMemPool real = (quanta_cuda_pfn_cuMemSetMemPool)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemSetMemPool);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemSetMemPool);
    }
    return real(location, type, pool);
}

QUANTA__WRAPPER CUresult cuMemSetMemPool(CUmemLocation *location, CUmemAllocationType type, CUmemoryPool pool)
{
    quanta_cuda_pfn_cuMemSetMemPool real = (quanta_cuda_pfn_cuMemSetMemPool)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemSetMemPool);
    if (__builtin_expect(real != NULL, 1))
        return real(location, type, pool);
    return slow_cuMemSetMemPool(location, type, pool);
}

static QUANTA__COLD CUresult slow_cuMemUnmap(CUdeviceptr ptr, size_t size)
{
    quanta_cuda_pfn_cuMemUnmap real = (quanta_cuda_pfn_cuMemUnmap)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemUnmap);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemUnmap);
    }
    return real(ptr, size);
}

QUANTA__WRAPPER CUresult cuMemUnmap(CUdeviceptr ptr, size_t size)
{
    quanta_cuda_pfn_cuMemUnmap real = (quanta_cuda_pfn_cuMemUnmap)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemUnmap);
    if (__builtin_expect(real != NULL, 1))
        return real(ptr, size);
    return slow_cuMemUnmap(ptr, size);
}

static QUANTA__COLD CUresult gated_cuMemcpy(CUdeviceptr dst, CUdeviceptr src, size_t ByteCount)
{
    quanta_cuda_pfn_cuMemcpy real = (quanta_cuda_pfn_cuMemcpy)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpy);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpy);
    }
    struct quanta__work w;
    quanta__work_begin(&w, NULL, QUANTA__WORK_GATE);
    CUresult rc = real(dst, src, ByteCount);
    quanta__work_end(&w, rc);
    return rc;
}

QUANTA__WRAPPER CUresult cuMemcpy(CUdeviceptr dst, CUdeviceptr src, size_t ByteCount)
{
    quanta_cuda_pfn_cuMemcpy real = (quanta_cuda_pfn_cuMemcpy)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemcpy);
    if (__builtin_expect(real != NULL && quanta__work_ungated(), 1))
        return real(dst, src, ByteCount);
    return gated_cuMemcpy(dst, src, ByteCount);
}

static QUANTA__COLD CUresult gated_cuMemcpy_ptds(CUdeviceptr dst, CUdeviceptr src, size_t ByteCount)
{
    quanta_cuda_pfn_cuMemcpy_ptds real = (quanta_cuda_pfn_cuMemcpy_ptds)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpy_ptds);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpy_ptds);
    }
    struct quanta__work w;
    quanta__work_begin(&w, NULL, QUANTA__WORK_GATE);
    CUresult rc = real(dst, src, ByteCount);
    quanta__work_end(&w, rc);
    return rc;
}

QUANTA__WRAPPER CUresult cuMemcpy_ptds(CUdeviceptr dst, CUdeviceptr src, size_t ByteCount)
{
    quanta_cuda_pfn_cuMemcpy_ptds real = (quanta_cuda_pfn_cuMemcpy_ptds)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemcpy_ptds);
    if (__builtin_expect(real != NULL && quanta__work_ungated(), 1))
        return real(dst, src, ByteCount);
    return gated_cuMemcpy_ptds(dst, src, ByteCount);
}

static QUANTA__COLD CUresult gated_cuMemcpy2D(const CUDA_MEMCPY2D_v1 *pCopy)
{
    quanta_cuda_pfn_cuMemcpy2D real = (quanta_cuda_pfn_cuMemcpy2D)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpy2D);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpy2D);
    }
    struct quanta__work w;
    quanta__work_begin(&w, NULL, QUANTA__WORK_GATE);
    CUresult rc = real(pCopy);
    quanta__work_end(&w, rc);
    return rc;
}

QUANTA__WRAPPER CUresult cuMemcpy2D(const CUDA_MEMCPY2D_v1 *pCopy)
{
    quanta_cuda_pfn_cuMemcpy2D real = (quanta_cuda_pfn_cuMemcpy2D)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemcpy2D);
    if (__builtin_expect(real != NULL && quanta__work_ungated(), 1))
        return real(pCopy);
    return gated_cuMemcpy2D(pCopy);
}

static QUANTA__COLD CUresult gated_cuMemcpy2D_v2(const CUDA_MEMCPY2D *pCopy)
{
    quanta_cuda_pfn_cuMemcpy2D_v2 real = (quanta_cuda_pfn_cuMemcpy2D_v2)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpy2D_v2);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpy2D_v2);
    }
    struct quanta__work w;
    quanta__work_begin(&w, NULL, QUANTA__WORK_GATE);
    CUresult rc = real(pCopy);
    quanta__work_end(&w, rc);
    return rc;
}

QUANTA__WRAPPER CUresult cuMemcpy2D_v2(const CUDA_MEMCPY2D *pCopy)
{
    quanta_cuda_pfn_cuMemcpy2D_v2 real = (quanta_cuda_pfn_cuMemcpy2D_v2)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemcpy2D_v2);
    if (__builtin_expect(real != NULL && quanta__work_ungated(), 1))
        return real(pCopy);
    return gated_cuMemcpy2D_v2(pCopy);
}

static QUANTA__COLD CUresult gated_cuMemcpy2D_v2_ptds(const CUDA_MEMCPY2D *pCopy)
{
    quanta_cuda_pfn_cuMemcpy2D_v2_ptds real = (quanta_cuda_pfn_cuMemcpy2D_v2_ptds)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpy2D_v2_ptds);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpy2D_v2_ptds);
    }
    struct quanta__work w;
    quanta__work_begin(&w, NULL, QUANTA__WORK_GATE);
    CUresult rc = real(pCopy);
    quanta__work_end(&w, rc);
    return rc;
}

QUANTA__WRAPPER CUresult cuMemcpy2D_v2_ptds(const CUDA_MEMCPY2D *pCopy)
{
    quanta_cuda_pfn_cuMemcpy2D_v2_ptds real = (quanta_cuda_pfn_cuMemcpy2D_v2_ptds)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemcpy2D_v2_ptds);
    if (__builtin_expect(real != NULL && quanta__work_ungated(), 1))
        return real(pCopy);
    return gated_cuMemcpy2D_v2_ptds(pCopy);
}

static QUANTA__COLD CUresult gated_cuMemcpy2DAsync(const CUDA_MEMCPY2D_v1 *pCopy, CUstream hStream)
{
    quanta_cuda_pfn_cuMemcpy2DAsync real = (quanta_cuda_pfn_cuMemcpy2DAsync)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpy2DAsync);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpy2DAsync);
    }
    struct quanta__work w;
    quanta__work_begin(&w, hStream, QUANTA__WORK_STREAM);
    CUresult rc = real(pCopy, hStream);
    quanta__work_end(&w, rc);
    return rc;
}

QUANTA__WRAPPER CUresult cuMemcpy2DAsync(const CUDA_MEMCPY2D_v1 *pCopy, CUstream hStream)
{
    quanta_cuda_pfn_cuMemcpy2DAsync real = (quanta_cuda_pfn_cuMemcpy2DAsync)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemcpy2DAsync);
    if (__builtin_expect(real != NULL && quanta__stream_work_ungated(), 1))
        return real(pCopy, hStream);
    return gated_cuMemcpy2DAsync(pCopy, hStream);
}

static QUANTA__COLD CUresult gated_cuMemcpy2DAsync_v2(const CUDA_MEMCPY2D *pCopy, CUstream hStream)
{
    quanta_cuda_pfn_cuMemcpy2DAsync_v2 real = (quanta_cuda_pfn_cuMemcpy2DAsync_v2)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpy2DAsync_v2);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpy2DAsync_v2);
    }
    struct quanta__work w;
    quanta__work_begin(&w, hStream, QUANTA__WORK_STREAM);
    CUresult rc = real(pCopy, hStream);
    quanta__work_end(&w, rc);
    return rc;
}

QUANTA__WRAPPER CUresult cuMemcpy2DAsync_v2(const CUDA_MEMCPY2D *pCopy, CUstream hStream)
{
    quanta_cuda_pfn_cuMemcpy2DAsync_v2 real = (quanta_cuda_pfn_cuMemcpy2DAsync_v2)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemcpy2DAsync_v2);
    if (__builtin_expect(real != NULL && quanta__stream_work_ungated(), 1))
        return real(pCopy, hStream);
    return gated_cuMemcpy2DAsync_v2(pCopy, hStream);
}

static QUANTA__COLD CUresult gated_cuMemcpy2DAsync_v2_ptsz(const CUDA_MEMCPY2D *pCopy, CUstream hStream)
{
    quanta_cuda_pfn_cuMemcpy2DAsync_v2_ptsz real = (quanta_cuda_pfn_cuMemcpy2DAsync_v2_ptsz)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpy2DAsync_v2_ptsz);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpy2DAsync_v2_ptsz);
    }
    struct quanta__work w;
    quanta__work_begin(&w, (hStream != NULL ? hStream : QUANTA__STREAM_PER_THREAD), QUANTA__WORK_STREAM);
    CUresult rc = real(pCopy, hStream);
    quanta__work_end(&w, rc);
    return rc;
}

QUANTA__WRAPPER CUresult cuMemcpy2DAsync_v2_ptsz(const CUDA_MEMCPY2D *pCopy, CUstream hStream)
{
    quanta_cuda_pfn_cuMemcpy2DAsync_v2_ptsz real = (quanta_cuda_pfn_cuMemcpy2DAsync_v2_ptsz)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemcpy2DAsync_v2_ptsz);
    if (__builtin_expect(real != NULL && quanta__stream_work_ungated(), 1))
        return real(pCopy, hStream);
    return gated_cuMemcpy2DAsync_v2_ptsz(pCopy, hStream);
}

static QUANTA__COLD CUresult gated_cuMemcpy2DUnaligned(const CUDA_MEMCPY2D_v1 *pCopy)
{
    quanta_cuda_pfn_cuMemcpy2DUnaligned real = (quanta_cuda_pfn_cuMemcpy2DUnaligned)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpy2DUnaligned);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpy2DUnaligned);
    }
    struct quanta__work w;
    quanta__work_begin(&w, NULL, QUANTA__WORK_GATE);
    CUresult rc = real(pCopy);
    quanta__work_end(&w, rc);
    return rc;
}

QUANTA__WRAPPER CUresult cuMemcpy2DUnaligned(const CUDA_MEMCPY2D_v1 *pCopy)
{
    quanta_cuda_pfn_cuMemcpy2DUnaligned real = (quanta_cuda_pfn_cuMemcpy2DUnaligned)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemcpy2DUnaligned);
    if (__builtin_expect(real != NULL && quanta__work_ungated(), 1))
        return real(pCopy);
    return gated_cuMemcpy2DUnaligned(pCopy);
}

static QUANTA__COLD CUresult gated_cuMemcpy2DUnaligned_v2(const CUDA_MEMCPY2D *pCopy)
{
    quanta_cuda_pfn_cuMemcpy2DUnaligned_v2 real = (quanta_cuda_pfn_cuMemcpy2DUnaligned_v2)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpy2DUnaligned_v2);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpy2DUnaligned_v2);
    }
    struct quanta__work w;
    quanta__work_begin(&w, NULL, QUANTA__WORK_GATE);
    CUresult rc = real(pCopy);
    quanta__work_end(&w, rc);
    return rc;
}

QUANTA__WRAPPER CUresult cuMemcpy2DUnaligned_v2(const CUDA_MEMCPY2D *pCopy)
{
    quanta_cuda_pfn_cuMemcpy2DUnaligned_v2 real = (quanta_cuda_pfn_cuMemcpy2DUnaligned_v2)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemcpy2DUnaligned_v2);
    if (__builtin_expect(real != NULL && quanta__work_ungated(), 1))
        return real(pCopy);
    return gated_cuMemcpy2DUnaligned_v2(pCopy);
}

static QUANTA__COLD CUresult gated_cuMemcpy2DUnaligned_v2_ptds(const CUDA_MEMCPY2D *pCopy)
{
    quanta_cuda_pfn_cuMemcpy2DUnaligned_v2_ptds real = (quanta_cuda_pfn_cuMemcpy2DUnaligned_v2_ptds)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpy2DUnaligned_v2_ptds);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpy2DUnaligned_v2_ptds);
    }
    struct quanta__work w;
    quanta__work_begin(&w, NULL, QUANTA__WORK_GATE);
    CUresult rc = real(pCopy);
    quanta__work_end(&w, rc);
    return rc;
}

QUANTA__WRAPPER CUresult cuMemcpy2DUnaligned_v2_ptds(const CUDA_MEMCPY2D *pCopy)
{
    quanta_cuda_pfn_cuMemcpy2DUnaligned_v2_ptds real = (quanta_cuda_pfn_cuMemcpy2DUnaligned_v2_ptds)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemcpy2DUnaligned_v2_ptds);
    if (__builtin_expect(real != NULL && quanta__work_ungated(), 1))
        return real(pCopy);
    return gated_cuMemcpy2DUnaligned_v2_ptds(pCopy);
}

static QUANTA__COLD CUresult gated_cuMemcpy3D(const CUDA_MEMCPY3D_v1 *pCopy)
{
    quanta_cuda_pfn_cuMemcpy3D real = (quanta_cuda_pfn_cuMemcpy3D)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpy3D);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpy3D);
    }
    struct quanta__work w;
    quanta__work_begin(&w, NULL, QUANTA__WORK_GATE);
    CUresult rc = real(pCopy);
    quanta__work_end(&w, rc);
    return rc;
}

QUANTA__WRAPPER CUresult cuMemcpy3D(const CUDA_MEMCPY3D_v1 *pCopy)
{
    quanta_cuda_pfn_cuMemcpy3D real = (quanta_cuda_pfn_cuMemcpy3D)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemcpy3D);
    if (__builtin_expect(real != NULL && quanta__work_ungated(), 1))
        return real(pCopy);
    return gated_cuMemcpy3D(pCopy);
}

static QUANTA__COLD CUresult gated_cuMemcpy3D_v2(const CUDA_MEMCPY3D *pCopy)
{
    quanta_cuda_pfn_cuMemcpy3D_v2 real = (quanta_cuda_pfn_cuMemcpy3D_v2)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpy3D_v2);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpy3D_v2);
    }
    struct quanta__work w;
    quanta__work_begin(&w, NULL, QUANTA__WORK_GATE);
    CUresult rc = real(pCopy);
    quanta__work_end(&w, rc);
    return rc;
}

QUANTA__WRAPPER CUresult cuMemcpy3D_v2(const CUDA_MEMCPY3D *pCopy)
{
    quanta_cuda_pfn_cuMemcpy3D_v2 real = (quanta_cuda_pfn_cuMemcpy3D_v2)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemcpy3D_v2);
    if (__builtin_expect(real != NULL && quanta__work_ungated(), 1))
        return real(pCopy);
    return gated_cuMemcpy3D_v2(pCopy);
}

static QUANTA__COLD CUresult gated_cuMemcpy3D_v2_ptds(const CUDA_MEMCPY3D *pCopy)
{
    quanta_cuda_pfn_cuMemcpy3D_v2_ptds real = (quanta_cuda_pfn_cuMemcpy3D_v2_ptds)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpy3D_v2_ptds);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpy3D_v2_ptds);
    }
    struct quanta__work w;
    quanta__work_begin(&w, NULL, QUANTA__WORK_GATE);
    CUresult rc = real(pCopy);
    quanta__work_end(&w, rc);
    return rc;
}

QUANTA__WRAPPER CUresult cuMemcpy3D_v2_ptds(const CUDA_MEMCPY3D *pCopy)
{
    quanta_cuda_pfn_cuMemcpy3D_v2_ptds real = (quanta_cuda_pfn_cuMemcpy3D_v2_ptds)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemcpy3D_v2_ptds);
    if (__builtin_expect(real != NULL && quanta__work_ungated(), 1))
        return real(pCopy);
    return gated_cuMemcpy3D_v2_ptds(pCopy);
}

static QUANTA__COLD CUresult gated_cuMemcpy3DAsync(const CUDA_MEMCPY3D_v1 *pCopy, CUstream hStream)
{
    quanta_cuda_pfn_cuMemcpy3DAsync real = (quanta_cuda_pfn_cuMemcpy3DAsync)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpy3DAsync);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpy3DAsync);
    }
    struct quanta__work w;
    quanta__work_begin(&w, hStream, QUANTA__WORK_STREAM);
    CUresult rc = real(pCopy, hStream);
    quanta__work_end(&w, rc);
    return rc;
}

QUANTA__WRAPPER CUresult cuMemcpy3DAsync(const CUDA_MEMCPY3D_v1 *pCopy, CUstream hStream)
{
    quanta_cuda_pfn_cuMemcpy3DAsync real = (quanta_cuda_pfn_cuMemcpy3DAsync)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemcpy3DAsync);
    if (__builtin_expect(real != NULL && quanta__stream_work_ungated(), 1))
        return real(pCopy, hStream);
    return gated_cuMemcpy3DAsync(pCopy, hStream);
}

static QUANTA__COLD CUresult gated_cuMemcpy3DAsync_v2(const CUDA_MEMCPY3D *pCopy, CUstream hStream)
{
    quanta_cuda_pfn_cuMemcpy3DAsync_v2 real = (quanta_cuda_pfn_cuMemcpy3DAsync_v2)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpy3DAsync_v2);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpy3DAsync_v2);
    }
    struct quanta__work w;
    quanta__work_begin(&w, hStream, QUANTA__WORK_STREAM);
    CUresult rc = real(pCopy, hStream);
    quanta__work_end(&w, rc);
    return rc;
}

QUANTA__WRAPPER CUresult cuMemcpy3DAsync_v2(const CUDA_MEMCPY3D *pCopy, CUstream hStream)
{
    quanta_cuda_pfn_cuMemcpy3DAsync_v2 real = (quanta_cuda_pfn_cuMemcpy3DAsync_v2)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemcpy3DAsync_v2);
    if (__builtin_expect(real != NULL && quanta__stream_work_ungated(), 1))
        return real(pCopy, hStream);
    return gated_cuMemcpy3DAsync_v2(pCopy, hStream);
}

static QUANTA__COLD CUresult gated_cuMemcpy3DAsync_v2_ptsz(const CUDA_MEMCPY3D *pCopy, CUstream hStream)
{
    quanta_cuda_pfn_cuMemcpy3DAsync_v2_ptsz real = (quanta_cuda_pfn_cuMemcpy3DAsync_v2_ptsz)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpy3DAsync_v2_ptsz);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpy3DAsync_v2_ptsz);
    }
    struct quanta__work w;
    quanta__work_begin(&w, (hStream != NULL ? hStream : QUANTA__STREAM_PER_THREAD), QUANTA__WORK_STREAM);
    CUresult rc = real(pCopy, hStream);
    quanta__work_end(&w, rc);
    return rc;
}

QUANTA__WRAPPER CUresult cuMemcpy3DAsync_v2_ptsz(const CUDA_MEMCPY3D *pCopy, CUstream hStream)
{
    quanta_cuda_pfn_cuMemcpy3DAsync_v2_ptsz real = (quanta_cuda_pfn_cuMemcpy3DAsync_v2_ptsz)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemcpy3DAsync_v2_ptsz);
    if (__builtin_expect(real != NULL && quanta__stream_work_ungated(), 1))
        return real(pCopy, hStream);
    return gated_cuMemcpy3DAsync_v2_ptsz(pCopy, hStream);
}

static QUANTA__COLD CUresult gated_cuMemcpy3DBatchAsync(size_t numOps, CUDA_MEMCPY3D_BATCH_OP *opList, size_t *failIdx, unsigned long long flags, CUstream hStream)
{
    quanta_cuda_pfn_cuMemcpy3DBatchAsync real = (quanta_cuda_pfn_cuMemcpy3DBatchAsync)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpy3DBatchAsync);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpy3DBatchAsync);
    }
    struct quanta__work w;
    quanta__work_begin(&w, hStream, QUANTA__WORK_STREAM);
    CUresult rc = real(numOps, opList, failIdx, flags, hStream);
    quanta__work_end(&w, rc);
    return rc;
}

QUANTA__WRAPPER CUresult cuMemcpy3DBatchAsync(size_t numOps, CUDA_MEMCPY3D_BATCH_OP *opList, size_t *failIdx, unsigned long long flags, CUstream hStream)
{
    quanta_cuda_pfn_cuMemcpy3DBatchAsync real = (quanta_cuda_pfn_cuMemcpy3DBatchAsync)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemcpy3DBatchAsync);
    if (__builtin_expect(real != NULL && quanta__stream_work_ungated(), 1))
        return real(numOps, opList, failIdx, flags, hStream);
    return gated_cuMemcpy3DBatchAsync(numOps, opList, failIdx, flags, hStream);
}

static QUANTA__COLD CUresult gated_cuMemcpy3DBatchAsync_ptsz(size_t numOps, CUDA_MEMCPY3D_BATCH_OP *opList, size_t *failIdx, unsigned long long flags, CUstream hStream)
{
    quanta_cuda_pfn_cuMemcpy3DBatchAsync_ptsz real = (quanta_cuda_pfn_cuMemcpy3DBatchAsync_ptsz)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpy3DBatchAsync_ptsz);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpy3DBatchAsync_ptsz);
    }
    struct quanta__work w;
    quanta__work_begin(&w, (hStream != NULL ? hStream : QUANTA__STREAM_PER_THREAD), QUANTA__WORK_STREAM);
    CUresult rc = real(numOps, opList, failIdx, flags, hStream);
    quanta__work_end(&w, rc);
    return rc;
}

QUANTA__WRAPPER CUresult cuMemcpy3DBatchAsync_ptsz(size_t numOps, CUDA_MEMCPY3D_BATCH_OP *opList, size_t *failIdx, unsigned long long flags, CUstream hStream)
{
    quanta_cuda_pfn_cuMemcpy3DBatchAsync_ptsz real = (quanta_cuda_pfn_cuMemcpy3DBatchAsync_ptsz)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemcpy3DBatchAsync_ptsz);
    if (__builtin_expect(real != NULL && quanta__stream_work_ungated(), 1))
        return real(numOps, opList, failIdx, flags, hStream);
    return gated_cuMemcpy3DBatchAsync_ptsz(numOps, opList, failIdx, flags, hStream);
}

static QUANTA__COLD CUresult gated_cuMemcpy3DBatchAsync_v2(size_t numOps, CUDA_MEMCPY3D_BATCH_OP *opList, unsigned long long flags, CUstream hStream)
{
    quanta_cuda_pfn_cuMemcpy3DBatchAsync_v2 real = (quanta_cuda_pfn_cuMemcpy3DBatchAsync_v2)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpy3DBatchAsync_v2);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpy3DBatchAsync_v2);
    }
    struct quanta__work w;
    quanta__work_begin(&w, hStream, QUANTA__WORK_STREAM);
    CUresult rc = real(numOps, opList, flags, hStream);
    quanta__work_end(&w, rc);
    return rc;
}

QUANTA__WRAPPER CUresult cuMemcpy3DBatchAsync_v2(size_t numOps, CUDA_MEMCPY3D_BATCH_OP *opList, unsigned long long flags, CUstream hStream)
{
    quanta_cuda_pfn_cuMemcpy3DBatchAsync_v2 real = (quanta_cuda_pfn_cuMemcpy3DBatchAsync_v2)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemcpy3DBatchAsync_v2);
    if (__builtin_expect(real != NULL && quanta__stream_work_ungated(), 1))
        return real(numOps, opList, flags, hStream);
    return gated_cuMemcpy3DBatchAsync_v2(numOps, opList, flags, hStream);
}

static QUANTA__COLD CUresult gated_cuMemcpy3DBatchAsync_v2_ptsz(size_t numOps, CUDA_MEMCPY3D_BATCH_OP *opList, unsigned long long flags, CUstream hStream)
{
    quanta_cuda_pfn_cuMemcpy3DBatchAsync_v2_ptsz real = (quanta_cuda_pfn_cuMemcpy3DBatchAsync_v2_ptsz)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpy3DBatchAsync_v2_ptsz);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpy3DBatchAsync_v2_ptsz);
    }
    struct quanta__work w;
    quanta__work_begin(&w, (hStream != NULL ? hStream : QUANTA__STREAM_PER_THREAD), QUANTA__WORK_STREAM);
    CUresult rc = real(numOps, opList, flags, hStream);
    quanta__work_end(&w, rc);
    return rc;
}

QUANTA__WRAPPER CUresult cuMemcpy3DBatchAsync_v2_ptsz(size_t numOps, CUDA_MEMCPY3D_BATCH_OP *opList, unsigned long long flags, CUstream hStream)
{
    quanta_cuda_pfn_cuMemcpy3DBatchAsync_v2_ptsz real = (quanta_cuda_pfn_cuMemcpy3DBatchAsync_v2_ptsz)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemcpy3DBatchAsync_v2_ptsz);
    if (__builtin_expect(real != NULL && quanta__stream_work_ungated(), 1))
        return real(numOps, opList, flags, hStream);
    return gated_cuMemcpy3DBatchAsync_v2_ptsz(numOps, opList, flags, hStream);
}

static QUANTA__COLD CUresult gated_cuMemcpy3DPeer(const CUDA_MEMCPY3D_PEER *pCopy)
{
    quanta_cuda_pfn_cuMemcpy3DPeer real = (quanta_cuda_pfn_cuMemcpy3DPeer)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpy3DPeer);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpy3DPeer);
    }
    struct quanta__work w;
    quanta__work_begin(&w, NULL, QUANTA__WORK_GATE);
    CUresult rc = real(pCopy);
    quanta__work_end(&w, rc);
    return rc;
}

QUANTA__WRAPPER CUresult cuMemcpy3DPeer(const CUDA_MEMCPY3D_PEER *pCopy)
{
    quanta_cuda_pfn_cuMemcpy3DPeer real = (quanta_cuda_pfn_cuMemcpy3DPeer)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemcpy3DPeer);
    if (__builtin_expect(real != NULL && quanta__work_ungated(), 1))
        return real(pCopy);
    return gated_cuMemcpy3DPeer(pCopy);
}

static QUANTA__COLD CUresult gated_cuMemcpy3DPeer_ptds(const CUDA_MEMCPY3D_PEER *pCopy)
{
    quanta_cuda_pfn_cuMemcpy3DPeer_ptds real = (quanta_cuda_pfn_cuMemcpy3DPeer_ptds)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpy3DPeer_ptds);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpy3DPeer_ptds);
    }
    struct quanta__work w;
    quanta__work_begin(&w, NULL, QUANTA__WORK_GATE);
    CUresult rc = real(pCopy);
    quanta__work_end(&w, rc);
    return rc;
}

QUANTA__WRAPPER CUresult cuMemcpy3DPeer_ptds(const CUDA_MEMCPY3D_PEER *pCopy)
{
    quanta_cuda_pfn_cuMemcpy3DPeer_ptds real = (quanta_cuda_pfn_cuMemcpy3DPeer_ptds)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemcpy3DPeer_ptds);
    if (__builtin_expect(real != NULL && quanta__work_ungated(), 1))
        return real(pCopy);
    return gated_cuMemcpy3DPeer_ptds(pCopy);
}

static QUANTA__COLD CUresult gated_cuMemcpy3DPeerAsync(const CUDA_MEMCPY3D_PEER *pCopy, CUstream hStream)
{
    quanta_cuda_pfn_cuMemcpy3DPeerAsync real = (quanta_cuda_pfn_cuMemcpy3DPeerAsync)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpy3DPeerAsync);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpy3DPeerAsync);
    }
    struct quanta__work w;
    quanta__work_begin(&w, hStream, QUANTA__WORK_STREAM);
    CUresult rc = real(pCopy, hStream);
    quanta__work_end(&w, rc);
    return rc;
}

QUANTA__WRAPPER CUresult cuMemcpy3DPeerAsync(const CUDA_MEMCPY3D_PEER *pCopy, CUstream hStream)
{
    quanta_cuda_pfn_cuMemcpy3DPeerAsync real = (quanta_cuda_pfn_cuMemcpy3DPeerAsync)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemcpy3DPeerAsync);
    if (__builtin_expect(real != NULL && quanta__stream_work_ungated(), 1))
        return real(pCopy, hStream);
    return gated_cuMemcpy3DPeerAsync(pCopy, hStream);
}

static QUANTA__COLD CUresult gated_cuMemcpy3DPeerAsync_ptsz(const CUDA_MEMCPY3D_PEER *pCopy, CUstream hStream)
{
    quanta_cuda_pfn_cuMemcpy3DPeerAsync_ptsz real = (quanta_cuda_pfn_cuMemcpy3DPeerAsync_ptsz)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpy3DPeerAsync_ptsz);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpy3DPeerAsync_ptsz);
    }
    struct quanta__work w;
    quanta__work_begin(&w, (hStream != NULL ? hStream : QUANTA__STREAM_PER_THREAD), QUANTA__WORK_STREAM);
    CUresult rc = real(pCopy, hStream);
    quanta__work_end(&w, rc);
    return rc;
}

QUANTA__WRAPPER CUresult cuMemcpy3DPeerAsync_ptsz(const CUDA_MEMCPY3D_PEER *pCopy, CUstream hStream)
{
    quanta_cuda_pfn_cuMemcpy3DPeerAsync_ptsz real = (quanta_cuda_pfn_cuMemcpy3DPeerAsync_ptsz)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemcpy3DPeerAsync_ptsz);
    if (__builtin_expect(real != NULL && quanta__stream_work_ungated(), 1))
        return real(pCopy, hStream);
    return gated_cuMemcpy3DPeerAsync_ptsz(pCopy, hStream);
}

static QUANTA__COLD CUresult gated_cuMemcpyAsync(CUdeviceptr dst, CUdeviceptr src, size_t ByteCount, CUstream hStream)
{
    quanta_cuda_pfn_cuMemcpyAsync real = (quanta_cuda_pfn_cuMemcpyAsync)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpyAsync);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpyAsync);
    }
    struct quanta__work w;
    quanta__work_begin(&w, hStream, QUANTA__WORK_STREAM);
    CUresult rc = real(dst, src, ByteCount, hStream);
    quanta__work_end(&w, rc);
    return rc;
}

QUANTA__WRAPPER CUresult cuMemcpyAsync(CUdeviceptr dst, CUdeviceptr src, size_t ByteCount, CUstream hStream)
{
    quanta_cuda_pfn_cuMemcpyAsync real = (quanta_cuda_pfn_cuMemcpyAsync)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemcpyAsync);
    if (__builtin_expect(real != NULL && quanta__stream_work_ungated(), 1))
        return real(dst, src, ByteCount, hStream);
    return gated_cuMemcpyAsync(dst, src, ByteCount, hStream);
}

static QUANTA__COLD CUresult gated_cuMemcpyAsync_ptsz(CUdeviceptr dst, CUdeviceptr src, size_t ByteCount, CUstream hStream)
{
    quanta_cuda_pfn_cuMemcpyAsync_ptsz real = (quanta_cuda_pfn_cuMemcpyAsync_ptsz)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpyAsync_ptsz);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpyAsync_ptsz);
    }
    struct quanta__work w;
    quanta__work_begin(&w, (hStream != NULL ? hStream : QUANTA__STREAM_PER_THREAD), QUANTA__WORK_STREAM);
    CUresult rc = real(dst, src, ByteCount, hStream);
    quanta__work_end(&w, rc);
    return rc;
}

QUANTA__WRAPPER CUresult cuMemcpyAsync_ptsz(CUdeviceptr dst, CUdeviceptr src, size_t ByteCount, CUstream hStream)
{
    quanta_cuda_pfn_cuMemcpyAsync_ptsz real = (quanta_cuda_pfn_cuMemcpyAsync_ptsz)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemcpyAsync_ptsz);
    if (__builtin_expect(real != NULL && quanta__stream_work_ungated(), 1))
        return real(dst, src, ByteCount, hStream);
    return gated_cuMemcpyAsync_ptsz(dst, src, ByteCount, hStream);
}

static QUANTA__COLD CUresult gated_cuMemcpyAtoA(CUarray dstArray, unsigned int dstOffset, CUarray srcArray, unsigned int srcOffset, unsigned int ByteCount)
{
    quanta_cuda_pfn_cuMemcpyAtoA real = (quanta_cuda_pfn_cuMemcpyAtoA)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpyAtoA);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpyAtoA);
    }
    struct quanta__work w;
    quanta__work_begin(&w, NULL, QUANTA__WORK_GATE);
    CUresult rc = real(dstArray, dstOffset, srcArray, srcOffset, ByteCount);
    quanta__work_end(&w, rc);
    return rc;
}

QUANTA__WRAPPER CUresult cuMemcpyAtoA(CUarray dstArray, unsigned int dstOffset, CUarray srcArray, unsigned int srcOffset, unsigned int ByteCount)
{
    quanta_cuda_pfn_cuMemcpyAtoA real = (quanta_cuda_pfn_cuMemcpyAtoA)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemcpyAtoA);
    if (__builtin_expect(real != NULL && quanta__work_ungated(), 1))
        return real(dstArray, dstOffset, srcArray, srcOffset, ByteCount);
    return gated_cuMemcpyAtoA(dstArray, dstOffset, srcArray, srcOffset, ByteCount);
}

static QUANTA__COLD CUresult gated_cuMemcpyAtoA_v2(CUarray dstArray, size_t dstOffset, CUarray srcArray, size_t srcOffset, size_t ByteCount)
{
    quanta_cuda_pfn_cuMemcpyAtoA_v2 real = (quanta_cuda_pfn_cuMemcpyAtoA_v2)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpyAtoA_v2);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpyAtoA_v2);
    }
    struct quanta__work w;
    quanta__work_begin(&w, NULL, QUANTA__WORK_GATE);
    CUresult rc = real(dstArray, dstOffset, srcArray, srcOffset, ByteCount);
    quanta__work_end(&w, rc);
    return rc;
}

QUANTA__WRAPPER CUresult cuMemcpyAtoA_v2(CUarray dstArray, size_t dstOffset, CUarray srcArray, size_t srcOffset, size_t ByteCount)
{
    quanta_cuda_pfn_cuMemcpyAtoA_v2 real = (quanta_cuda_pfn_cuMemcpyAtoA_v2)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemcpyAtoA_v2);
    if (__builtin_expect(real != NULL && quanta__work_ungated(), 1))
        return real(dstArray, dstOffset, srcArray, srcOffset, ByteCount);
    return gated_cuMemcpyAtoA_v2(dstArray, dstOffset, srcArray, srcOffset, ByteCount);
}

static QUANTA__COLD CUresult gated_cuMemcpyAtoA_v2_ptds(CUarray dstArray, size_t dstOffset, CUarray srcArray, size_t srcOffset, size_t ByteCount)
{
    quanta_cuda_pfn_cuMemcpyAtoA_v2_ptds real = (quanta_cuda_pfn_cuMemcpyAtoA_v2_ptds)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpyAtoA_v2_ptds);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpyAtoA_v2_ptds);
    }
    struct quanta__work w;
    quanta__work_begin(&w, NULL, QUANTA__WORK_GATE);
    CUresult rc = real(dstArray, dstOffset, srcArray, srcOffset, ByteCount);
    quanta__work_end(&w, rc);
    return rc;
}

QUANTA__WRAPPER CUresult cuMemcpyAtoA_v2_ptds(CUarray dstArray, size_t dstOffset, CUarray srcArray, size_t srcOffset, size_t ByteCount)
{
    quanta_cuda_pfn_cuMemcpyAtoA_v2_ptds real = (quanta_cuda_pfn_cuMemcpyAtoA_v2_ptds)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemcpyAtoA_v2_ptds);
    if (__builtin_expect(real != NULL && quanta__work_ungated(), 1))
        return real(dstArray, dstOffset, srcArray, srcOffset, ByteCount);
    return gated_cuMemcpyAtoA_v2_ptds(dstArray, dstOffset, srcArray, srcOffset, ByteCount);
}

static QUANTA__COLD CUresult gated_cuMemcpyAtoD(CUdeviceptr_v1 dstDevice, CUarray srcArray, unsigned int srcOffset, unsigned int ByteCount)
{
    quanta_cuda_pfn_cuMemcpyAtoD real = (quanta_cuda_pfn_cuMemcpyAtoD)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpyAtoD);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpyAtoD);
    }
    struct quanta__work w;
    quanta__work_begin(&w, NULL, QUANTA__WORK_GATE);
    CUresult rc = real(dstDevice, srcArray, srcOffset, ByteCount);
    quanta__work_end(&w, rc);
    return rc;
}

QUANTA__WRAPPER CUresult cuMemcpyAtoD(CUdeviceptr_v1 dstDevice, CUarray srcArray, unsigned int srcOffset, unsigned int ByteCount)
{
    quanta_cuda_pfn_cuMemcpyAtoD real = (quanta_cuda_pfn_cuMemcpyAtoD)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemcpyAtoD);
    if (__builtin_expect(real != NULL && quanta__work_ungated(), 1))
        return real(dstDevice, srcArray, srcOffset, ByteCount);
    return gated_cuMemcpyAtoD(dstDevice, srcArray, srcOffset, ByteCount);
}

static QUANTA__COLD CUresult gated_cuMemcpyAtoD_v2(CUdeviceptr dstDevice, CUarray srcArray, size_t srcOffset, size_t ByteCount)
{
    quanta_cuda_pfn_cuMemcpyAtoD_v2 real = (quanta_cuda_pfn_cuMemcpyAtoD_v2)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpyAtoD_v2);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpyAtoD_v2);
    }
    struct quanta__work w;
    quanta__work_begin(&w, NULL, QUANTA__WORK_GATE);
    CUresult rc = real(dstDevice, srcArray, srcOffset, ByteCount);
    quanta__work_end(&w, rc);
    return rc;
}

QUANTA__WRAPPER CUresult cuMemcpyAtoD_v2(CUdeviceptr dstDevice, CUarray srcArray, size_t srcOffset, size_t ByteCount)
{
    quanta_cuda_pfn_cuMemcpyAtoD_v2 real = (quanta_cuda_pfn_cuMemcpyAtoD_v2)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemcpyAtoD_v2);
    if (__builtin_expect(real != NULL && quanta__work_ungated(), 1))
        return real(dstDevice, srcArray, srcOffset, ByteCount);
    return gated_cuMemcpyAtoD_v2(dstDevice, srcArray, srcOffset, ByteCount);
}

static QUANTA__COLD CUresult gated_cuMemcpyAtoD_v2_ptds(CUdeviceptr dstDevice, CUarray srcArray, size_t srcOffset, size_t ByteCount)
{
    quanta_cuda_pfn_cuMemcpyAtoD_v2_ptds real = (quanta_cuda_pfn_cuMemcpyAtoD_v2_ptds)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpyAtoD_v2_ptds);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpyAtoD_v2_ptds);
    }
    struct quanta__work w;
    quanta__work_begin(&w, NULL, QUANTA__WORK_GATE);
    CUresult rc = real(dstDevice, srcArray, srcOffset, ByteCount);
    quanta__work_end(&w, rc);
    return rc;
}

QUANTA__WRAPPER CUresult cuMemcpyAtoD_v2_ptds(CUdeviceptr dstDevice, CUarray srcArray, size_t srcOffset, size_t ByteCount)
{
    quanta_cuda_pfn_cuMemcpyAtoD_v2_ptds real = (quanta_cuda_pfn_cuMemcpyAtoD_v2_ptds)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemcpyAtoD_v2_ptds);
    if (__builtin_expect(real != NULL && quanta__work_ungated(), 1))
        return real(dstDevice, srcArray, srcOffset, ByteCount);
    return gated_cuMemcpyAtoD_v2_ptds(dstDevice, srcArray, srcOffset, ByteCount);
}

static QUANTA__COLD CUresult gated_cuMemcpyAtoH(void *dstHost, CUarray srcArray, unsigned int srcOffset, unsigned int ByteCount)
{
    quanta_cuda_pfn_cuMemcpyAtoH real = (quanta_cuda_pfn_cuMemcpyAtoH)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpyAtoH);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpyAtoH);
    }
    struct quanta__work w;
    quanta__work_begin(&w, NULL, QUANTA__WORK_GATE);
    CUresult rc = real(dstHost, srcArray, srcOffset, ByteCount);
    quanta__work_end(&w, rc);
    return rc;
}

QUANTA__WRAPPER CUresult cuMemcpyAtoH(void *dstHost, CUarray srcArray, unsigned int srcOffset, unsigned int ByteCount)
{
    quanta_cuda_pfn_cuMemcpyAtoH real = (quanta_cuda_pfn_cuMemcpyAtoH)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemcpyAtoH);
    if (__builtin_expect(real != NULL && quanta__work_ungated(), 1))
        return real(dstHost, srcArray, srcOffset, ByteCount);
    return gated_cuMemcpyAtoH(dstHost, srcArray, srcOffset, ByteCount);
}

static QUANTA__COLD CUresult gated_cuMemcpyAtoH_v2(void *dstHost, CUarray srcArray, size_t srcOffset, size_t ByteCount)
{
    quanta_cuda_pfn_cuMemcpyAtoH_v2 real = (quanta_cuda_pfn_cuMemcpyAtoH_v2)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpyAtoH_v2);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpyAtoH_v2);
    }
    struct quanta__work w;
    quanta__work_begin(&w, NULL, QUANTA__WORK_GATE);
    CUresult rc = real(dstHost, srcArray, srcOffset, ByteCount);
    quanta__work_end(&w, rc);
    return rc;
}

QUANTA__WRAPPER CUresult cuMemcpyAtoH_v2(void *dstHost, CUarray srcArray, size_t srcOffset, size_t ByteCount)
{
    quanta_cuda_pfn_cuMemcpyAtoH_v2 real = (quanta_cuda_pfn_cuMemcpyAtoH_v2)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemcpyAtoH_v2);
    if (__builtin_expect(real != NULL && quanta__work_ungated(), 1))
        return real(dstHost, srcArray, srcOffset, ByteCount);
    return gated_cuMemcpyAtoH_v2(dstHost, srcArray, srcOffset, ByteCount);
}

static QUANTA__COLD CUresult gated_cuMemcpyAtoH_v2_ptds(void *dstHost, CUarray srcArray, size_t srcOffset, size_t ByteCount)
{
    quanta_cuda_pfn_cuMemcpyAtoH_v2_ptds real = (quanta_cuda_pfn_cuMemcpyAtoH_v2_ptds)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpyAtoH_v2_ptds);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpyAtoH_v2_ptds);
    }
    struct quanta__work w;
    quanta__work_begin(&w, NULL, QUANTA__WORK_GATE);
    CUresult rc = real(dstHost, srcArray, srcOffset, ByteCount);
    quanta__work_end(&w, rc);
    return rc;
}

QUANTA__WRAPPER CUresult cuMemcpyAtoH_v2_ptds(void *dstHost, CUarray srcArray, size_t srcOffset, size_t ByteCount)
{
    quanta_cuda_pfn_cuMemcpyAtoH_v2_ptds real = (quanta_cuda_pfn_cuMemcpyAtoH_v2_ptds)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemcpyAtoH_v2_ptds);
    if (__builtin_expect(real != NULL && quanta__work_ungated(), 1))
        return real(dstHost, srcArray, srcOffset, ByteCount);
    return gated_cuMemcpyAtoH_v2_ptds(dstHost, srcArray, srcOffset, ByteCount);
}

static QUANTA__COLD CUresult gated_cuMemcpyAtoHAsync(void *dstHost, CUarray srcArray, unsigned int srcOffset, unsigned int ByteCount, CUstream hStream)
{
    quanta_cuda_pfn_cuMemcpyAtoHAsync real = (quanta_cuda_pfn_cuMemcpyAtoHAsync)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpyAtoHAsync);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpyAtoHAsync);
    }
    struct quanta__work w;
    quanta__work_begin(&w, hStream, QUANTA__WORK_STREAM);
    CUresult rc = real(dstHost, srcArray, srcOffset, ByteCount, hStream);
    quanta__work_end(&w, rc);
    return rc;
}

QUANTA__WRAPPER CUresult cuMemcpyAtoHAsync(void *dstHost, CUarray srcArray, unsigned int srcOffset, unsigned int ByteCount, CUstream hStream)
{
    quanta_cuda_pfn_cuMemcpyAtoHAsync real = (quanta_cuda_pfn_cuMemcpyAtoHAsync)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemcpyAtoHAsync);
    if (__builtin_expect(real != NULL && quanta__stream_work_ungated(), 1))
        return real(dstHost, srcArray, srcOffset, ByteCount, hStream);
    return gated_cuMemcpyAtoHAsync(dstHost, srcArray, srcOffset, ByteCount, hStream);
}

static QUANTA__COLD CUresult gated_cuMemcpyAtoHAsync_v2(void *dstHost, CUarray srcArray, size_t srcOffset, size_t ByteCount, CUstream hStream)
{
    quanta_cuda_pfn_cuMemcpyAtoHAsync_v2 real = (quanta_cuda_pfn_cuMemcpyAtoHAsync_v2)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpyAtoHAsync_v2);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpyAtoHAsync_v2);
    }
    struct quanta__work w;
    quanta__work_begin(&w, hStream, QUANTA__WORK_STREAM);
    CUresult rc = real(dstHost, srcArray, srcOffset, ByteCount, hStream);
    quanta__work_end(&w, rc);
    return rc;
}

QUANTA__WRAPPER CUresult cuMemcpyAtoHAsync_v2(void *dstHost, CUarray srcArray, size_t srcOffset, size_t ByteCount, CUstream hStream)
{
    quanta_cuda_pfn_cuMemcpyAtoHAsync_v2 real = (quanta_cuda_pfn_cuMemcpyAtoHAsync_v2)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemcpyAtoHAsync_v2);
    if (__builtin_expect(real != NULL && quanta__stream_work_ungated(), 1))
        return real(dstHost, srcArray, srcOffset, ByteCount, hStream);
    return gated_cuMemcpyAtoHAsync_v2(dstHost, srcArray, srcOffset, ByteCount, hStream);
}

static QUANTA__COLD CUresult gated_cuMemcpyAtoHAsync_v2_ptsz(void *dstHost, CUarray srcArray, size_t srcOffset, size_t ByteCount, CUstream hStream)
{
    quanta_cuda_pfn_cuMemcpyAtoHAsync_v2_ptsz real = (quanta_cuda_pfn_cuMemcpyAtoHAsync_v2_ptsz)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpyAtoHAsync_v2_ptsz);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpyAtoHAsync_v2_ptsz);
    }
    struct quanta__work w;
    quanta__work_begin(&w, (hStream != NULL ? hStream : QUANTA__STREAM_PER_THREAD), QUANTA__WORK_STREAM);
    CUresult rc = real(dstHost, srcArray, srcOffset, ByteCount, hStream);
    quanta__work_end(&w, rc);
    return rc;
}

QUANTA__WRAPPER CUresult cuMemcpyAtoHAsync_v2_ptsz(void *dstHost, CUarray srcArray, size_t srcOffset, size_t ByteCount, CUstream hStream)
{
    quanta_cuda_pfn_cuMemcpyAtoHAsync_v2_ptsz real = (quanta_cuda_pfn_cuMemcpyAtoHAsync_v2_ptsz)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemcpyAtoHAsync_v2_ptsz);
    if (__builtin_expect(real != NULL && quanta__stream_work_ungated(), 1))
        return real(dstHost, srcArray, srcOffset, ByteCount, hStream);
    return gated_cuMemcpyAtoHAsync_v2_ptsz(dstHost, srcArray, srcOffset, ByteCount, hStream);
}

static QUANTA__COLD CUresult gated_cuMemcpyBatchAsync(CUdeviceptr *dsts, CUdeviceptr *srcs, size_t *sizes, size_t count, CUmemcpyAttributes *attrs, size_t *attrsIdxs, size_t numAttrs, size_t *failIdx, CUstream hStream)
{
    quanta_cuda_pfn_cuMemcpyBatchAsync real = (quanta_cuda_pfn_cuMemcpyBatchAsync)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpyBatchAsync);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpyBatchAsync);
    }
    struct quanta__work w;
    quanta__work_begin(&w, hStream, QUANTA__WORK_STREAM);
    CUresult rc = real(dsts, srcs, sizes, count, attrs, attrsIdxs, numAttrs, failIdx, hStream);
    quanta__work_end(&w, rc);
    return rc;
}

QUANTA__WRAPPER CUresult cuMemcpyBatchAsync(CUdeviceptr *dsts, CUdeviceptr *srcs, size_t *sizes, size_t count, CUmemcpyAttributes *attrs, size_t *attrsIdxs, size_t numAttrs, size_t *failIdx, CUstream hStream)
{
    quanta_cuda_pfn_cuMemcpyBatchAsync real = (quanta_cuda_pfn_cuMemcpyBatchAsync)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemcpyBatchAsync);
    if (__builtin_expect(real != NULL && quanta__stream_work_ungated(), 1))
        return real(dsts, srcs, sizes, count, attrs, attrsIdxs, numAttrs, failIdx, hStream);
    return gated_cuMemcpyBatchAsync(dsts, srcs, sizes, count, attrs, attrsIdxs, numAttrs, failIdx, hStream);
}

static QUANTA__COLD CUresult gated_cuMemcpyBatchAsync_ptsz(CUdeviceptr *dsts, CUdeviceptr *srcs, size_t *sizes, size_t count, CUmemcpyAttributes *attrs, size_t *attrsIdxs, size_t numAttrs, size_t *failIdx, CUstream hStream)
{
    quanta_cuda_pfn_cuMemcpyBatchAsync_ptsz real = (quanta_cuda_pfn_cuMemcpyBatchAsync_ptsz)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpyBatchAsync_ptsz);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpyBatchAsync_ptsz);
    }
    struct quanta__work w;
    quanta__work_begin(&w, (hStream != NULL ? hStream : QUANTA__STREAM_PER_THREAD), QUANTA__WORK_STREAM);
    CUresult rc = real(dsts, srcs, sizes, count, attrs, attrsIdxs, numAttrs, failIdx, hStream);
    quanta__work_end(&w, rc);
    return rc;
}

QUANTA__WRAPPER CUresult cuMemcpyBatchAsync_ptsz(CUdeviceptr *dsts, CUdeviceptr *srcs, size_t *sizes, size_t count, CUmemcpyAttributes *attrs, size_t *attrsIdxs, size_t numAttrs, size_t *failIdx, CUstream hStream)
{
    quanta_cuda_pfn_cuMemcpyBatchAsync_ptsz real = (quanta_cuda_pfn_cuMemcpyBatchAsync_ptsz)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemcpyBatchAsync_ptsz);
    if (__builtin_expect(real != NULL && quanta__stream_work_ungated(), 1))
        return real(dsts, srcs, sizes, count, attrs, attrsIdxs, numAttrs, failIdx, hStream);
    return gated_cuMemcpyBatchAsync_ptsz(dsts, srcs, sizes, count, attrs, attrsIdxs, numAttrs, failIdx, hStream);
}

static QUANTA__COLD CUresult gated_cuMemcpyBatchAsync_v2(CUdeviceptr *dsts, CUdeviceptr *srcs, size_t *sizes, size_t count, CUmemcpyAttributes *attrs, size_t *attrsIdxs, size_t numAttrs, CUstream hStream)
{
    quanta_cuda_pfn_cuMemcpyBatchAsync_v2 real = (quanta_cuda_pfn_cuMemcpyBatchAsync_v2)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpyBatchAsync_v2);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpyBatchAsync_v2);
    }
    struct quanta__work w;
    quanta__work_begin(&w, hStream, QUANTA__WORK_STREAM);
    CUresult rc = real(dsts, srcs, sizes, count, attrs, attrsIdxs, numAttrs, hStream);
    quanta__work_end(&w, rc);
    return rc;
}

QUANTA__WRAPPER CUresult cuMemcpyBatchAsync_v2(CUdeviceptr *dsts, CUdeviceptr *srcs, size_t *sizes, size_t count, CUmemcpyAttributes *attrs, size_t *attrsIdxs, size_t numAttrs, CUstream hStream)
{
    quanta_cuda_pfn_cuMemcpyBatchAsync_v2 real = (quanta_cuda_pfn_cuMemcpyBatchAsync_v2)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemcpyBatchAsync_v2);
    if (__builtin_expect(real != NULL && quanta__stream_work_ungated(), 1))
        return real(dsts, srcs, sizes, count, attrs, attrsIdxs, numAttrs, hStream);
    return gated_cuMemcpyBatchAsync_v2(dsts, srcs, sizes, count, attrs, attrsIdxs, numAttrs, hStream);
}

static QUANTA__COLD CUresult gated_cuMemcpyBatchAsync_v2_ptsz(CUdeviceptr *dsts, CUdeviceptr *srcs, size_t *sizes, size_t count, CUmemcpyAttributes *attrs, size_t *attrsIdxs, size_t numAttrs, CUstream hStream)
{
    quanta_cuda_pfn_cuMemcpyBatchAsync_v2_ptsz real = (quanta_cuda_pfn_cuMemcpyBatchAsync_v2_ptsz)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpyBatchAsync_v2_ptsz);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpyBatchAsync_v2_ptsz);
    }
    struct quanta__work w;
    quanta__work_begin(&w, (hStream != NULL ? hStream : QUANTA__STREAM_PER_THREAD), QUANTA__WORK_STREAM);
    CUresult rc = real(dsts, srcs, sizes, count, attrs, attrsIdxs, numAttrs, hStream);
    quanta__work_end(&w, rc);
    return rc;
}

QUANTA__WRAPPER CUresult cuMemcpyBatchAsync_v2_ptsz(CUdeviceptr *dsts, CUdeviceptr *srcs, size_t *sizes, size_t count, CUmemcpyAttributes *attrs, size_t *attrsIdxs, size_t numAttrs, CUstream hStream)
{
    quanta_cuda_pfn_cuMemcpyBatchAsync_v2_ptsz real = (quanta_cuda_pfn_cuMemcpyBatchAsync_v2_ptsz)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemcpyBatchAsync_v2_ptsz);
    if (__builtin_expect(real != NULL && quanta__stream_work_ungated(), 1))
        return real(dsts, srcs, sizes, count, attrs, attrsIdxs, numAttrs, hStream);
    return gated_cuMemcpyBatchAsync_v2_ptsz(dsts, srcs, sizes, count, attrs, attrsIdxs, numAttrs, hStream);
}

static QUANTA__COLD CUresult gated_cuMemcpyDtoA(CUarray dstArray, unsigned int dstOffset, CUdeviceptr_v1 srcDevice, unsigned int ByteCount)
{
    quanta_cuda_pfn_cuMemcpyDtoA real = (quanta_cuda_pfn_cuMemcpyDtoA)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpyDtoA);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpyDtoA);
    }
    struct quanta__work w;
    quanta__work_begin(&w, NULL, QUANTA__WORK_GATE);
    CUresult rc = real(dstArray, dstOffset, srcDevice, ByteCount);
    quanta__work_end(&w, rc);
    return rc;
}

QUANTA__WRAPPER CUresult cuMemcpyDtoA(CUarray dstArray, unsigned int dstOffset, CUdeviceptr_v1 srcDevice, unsigned int ByteCount)
{
    quanta_cuda_pfn_cuMemcpyDtoA real = (quanta_cuda_pfn_cuMemcpyDtoA)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemcpyDtoA);
    if (__builtin_expect(real != NULL && quanta__work_ungated(), 1))
        return real(dstArray, dstOffset, srcDevice, ByteCount);
    return gated_cuMemcpyDtoA(dstArray, dstOffset, srcDevice, ByteCount);
}

static QUANTA__COLD CUresult gated_cuMemcpyDtoA_v2(CUarray dstArray, size_t dstOffset, CUdeviceptr srcDevice, size_t ByteCount)
{
    quanta_cuda_pfn_cuMemcpyDtoA_v2 real = (quanta_cuda_pfn_cuMemcpyDtoA_v2)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpyDtoA_v2);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpyDtoA_v2);
    }
    struct quanta__work w;
    quanta__work_begin(&w, NULL, QUANTA__WORK_GATE);
    CUresult rc = real(dstArray, dstOffset, srcDevice, ByteCount);
    quanta__work_end(&w, rc);
    return rc;
}

QUANTA__WRAPPER CUresult cuMemcpyDtoA_v2(CUarray dstArray, size_t dstOffset, CUdeviceptr srcDevice, size_t ByteCount)
{
    quanta_cuda_pfn_cuMemcpyDtoA_v2 real = (quanta_cuda_pfn_cuMemcpyDtoA_v2)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemcpyDtoA_v2);
    if (__builtin_expect(real != NULL && quanta__work_ungated(), 1))
        return real(dstArray, dstOffset, srcDevice, ByteCount);
    return gated_cuMemcpyDtoA_v2(dstArray, dstOffset, srcDevice, ByteCount);
}

static QUANTA__COLD CUresult gated_cuMemcpyDtoA_v2_ptds(CUarray dstArray, size_t dstOffset, CUdeviceptr srcDevice, size_t ByteCount)
{
    quanta_cuda_pfn_cuMemcpyDtoA_v2_ptds real = (quanta_cuda_pfn_cuMemcpyDtoA_v2_ptds)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpyDtoA_v2_ptds);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpyDtoA_v2_ptds);
    }
    struct quanta__work w;
    quanta__work_begin(&w, NULL, QUANTA__WORK_GATE);
    CUresult rc = real(dstArray, dstOffset, srcDevice, ByteCount);
    quanta__work_end(&w, rc);
    return rc;
}

QUANTA__WRAPPER CUresult cuMemcpyDtoA_v2_ptds(CUarray dstArray, size_t dstOffset, CUdeviceptr srcDevice, size_t ByteCount)
{
    quanta_cuda_pfn_cuMemcpyDtoA_v2_ptds real = (quanta_cuda_pfn_cuMemcpyDtoA_v2_ptds)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemcpyDtoA_v2_ptds);
    if (__builtin_expect(real != NULL && quanta__work_ungated(), 1))
        return real(dstArray, dstOffset, srcDevice, ByteCount);
    return gated_cuMemcpyDtoA_v2_ptds(dstArray, dstOffset, srcDevice, ByteCount);
}

static QUANTA__COLD CUresult gated_cuMemcpyDtoD(CUdeviceptr_v1 dstDevice, CUdeviceptr_v1 srcDevice, unsigned int ByteCount)
{
    quanta_cuda_pfn_cuMemcpyDtoD real = (quanta_cuda_pfn_cuMemcpyDtoD)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpyDtoD);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpyDtoD);
    }
    struct quanta__work w;
    quanta__work_begin(&w, NULL, QUANTA__WORK_GATE);
    CUresult rc = real(dstDevice, srcDevice, ByteCount);
    quanta__work_end(&w, rc);
    return rc;
}

QUANTA__WRAPPER CUresult cuMemcpyDtoD(CUdeviceptr_v1 dstDevice, CUdeviceptr_v1 srcDevice, unsigned int ByteCount)
{
    quanta_cuda_pfn_cuMemcpyDtoD real = (quanta_cuda_pfn_cuMemcpyDtoD)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemcpyDtoD);
    if (__builtin_expect(real != NULL && quanta__work_ungated(), 1))
        return real(dstDevice, srcDevice, ByteCount);
    return gated_cuMemcpyDtoD(dstDevice, srcDevice, ByteCount);
}

static QUANTA__COLD CUresult gated_cuMemcpyDtoD_v2(CUdeviceptr dstDevice, CUdeviceptr srcDevice, size_t ByteCount)
{
    quanta_cuda_pfn_cuMemcpyDtoD_v2 real = (quanta_cuda_pfn_cuMemcpyDtoD_v2)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpyDtoD_v2);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpyDtoD_v2);
    }
    struct quanta__work w;
    quanta__work_begin(&w, NULL, QUANTA__WORK_GATE);
    CUresult rc = real(dstDevice, srcDevice, ByteCount);
    quanta__work_end(&w, rc);
    return rc;
}

QUANTA__WRAPPER CUresult cuMemcpyDtoD_v2(CUdeviceptr dstDevice, CUdeviceptr srcDevice, size_t ByteCount)
{
    quanta_cuda_pfn_cuMemcpyDtoD_v2 real = (quanta_cuda_pfn_cuMemcpyDtoD_v2)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemcpyDtoD_v2);
    if (__builtin_expect(real != NULL && quanta__work_ungated(), 1))
        return real(dstDevice, srcDevice, ByteCount);
    return gated_cuMemcpyDtoD_v2(dstDevice, srcDevice, ByteCount);
}

static QUANTA__COLD CUresult gated_cuMemcpyDtoD_v2_ptds(CUdeviceptr dstDevice, CUdeviceptr srcDevice, size_t ByteCount)
{
    quanta_cuda_pfn_cuMemcpyDtoD_v2_ptds real = (quanta_cuda_pfn_cuMemcpyDtoD_v2_ptds)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpyDtoD_v2_ptds);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpyDtoD_v2_ptds);
    }
    struct quanta__work w;
    quanta__work_begin(&w, NULL, QUANTA__WORK_GATE);
    CUresult rc = real(dstDevice, srcDevice, ByteCount);
    quanta__work_end(&w, rc);
    return rc;
}

QUANTA__WRAPPER CUresult cuMemcpyDtoD_v2_ptds(CUdeviceptr dstDevice, CUdeviceptr srcDevice, size_t ByteCount)
{
    quanta_cuda_pfn_cuMemcpyDtoD_v2_ptds real = (quanta_cuda_pfn_cuMemcpyDtoD_v2_ptds)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemcpyDtoD_v2_ptds);
    if (__builtin_expect(real != NULL && quanta__work_ungated(), 1))
        return real(dstDevice, srcDevice, ByteCount);
    return gated_cuMemcpyDtoD_v2_ptds(dstDevice, srcDevice, ByteCount);
}

static QUANTA__COLD CUresult gated_cuMemcpyDtoDAsync(CUdeviceptr_v1 dstDevice, CUdeviceptr_v1 srcDevice, unsigned int ByteCount, CUstream hStream)
{
    quanta_cuda_pfn_cuMemcpyDtoDAsync real = (quanta_cuda_pfn_cuMemcpyDtoDAsync)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpyDtoDAsync);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpyDtoDAsync);
    }
    struct quanta__work w;
    quanta__work_begin(&w, hStream, QUANTA__WORK_STREAM);
    CUresult rc = real(dstDevice, srcDevice, ByteCount, hStream);
    quanta__work_end(&w, rc);
    return rc;
}

QUANTA__WRAPPER CUresult cuMemcpyDtoDAsync(CUdeviceptr_v1 dstDevice, CUdeviceptr_v1 srcDevice, unsigned int ByteCount, CUstream hStream)
{
    quanta_cuda_pfn_cuMemcpyDtoDAsync real = (quanta_cuda_pfn_cuMemcpyDtoDAsync)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemcpyDtoDAsync);
    if (__builtin_expect(real != NULL && quanta__stream_work_ungated(), 1))
        return real(dstDevice, srcDevice, ByteCount, hStream);
    return gated_cuMemcpyDtoDAsync(dstDevice, srcDevice, ByteCount, hStream);
}

static QUANTA__COLD CUresult gated_cuMemcpyDtoDAsync_v2(CUdeviceptr dstDevice, CUdeviceptr srcDevice, size_t ByteCount, CUstream hStream)
{
    quanta_cuda_pfn_cuMemcpyDtoDAsync_v2 real = (quanta_cuda_pfn_cuMemcpyDtoDAsync_v2)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpyDtoDAsync_v2);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpyDtoDAsync_v2);
    }
    struct quanta__work w;
    quanta__work_begin(&w, hStream, QUANTA__WORK_STREAM);
    CUresult rc = real(dstDevice, srcDevice, ByteCount, hStream);
    quanta__work_end(&w, rc);
    return rc;
}

QUANTA__WRAPPER CUresult cuMemcpyDtoDAsync_v2(CUdeviceptr dstDevice, CUdeviceptr srcDevice, size_t ByteCount, CUstream hStream)
{
    quanta_cuda_pfn_cuMemcpyDtoDAsync_v2 real = (quanta_cuda_pfn_cuMemcpyDtoDAsync_v2)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemcpyDtoDAsync_v2);
    if (__builtin_expect(real != NULL && quanta__stream_work_ungated(), 1))
        return real(dstDevice, srcDevice, ByteCount, hStream);
    return gated_cuMemcpyDtoDAsync_v2(dstDevice, srcDevice, ByteCount, hStream);
}

static QUANTA__COLD CUresult gated_cuMemcpyDtoDAsync_v2_ptsz(CUdeviceptr dstDevice, CUdeviceptr srcDevice, size_t ByteCount, CUstream hStream)
{
    quanta_cuda_pfn_cuMemcpyDtoDAsync_v2_ptsz real = (quanta_cuda_pfn_cuMemcpyDtoDAsync_v2_ptsz)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpyDtoDAsync_v2_ptsz);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpyDtoDAsync_v2_ptsz);
    }
    struct quanta__work w;
    quanta__work_begin(&w, (hStream != NULL ? hStream : QUANTA__STREAM_PER_THREAD), QUANTA__WORK_STREAM);
    CUresult rc = real(dstDevice, srcDevice, ByteCount, hStream);
    quanta__work_end(&w, rc);
    return rc;
}

QUANTA__WRAPPER CUresult cuMemcpyDtoDAsync_v2_ptsz(CUdeviceptr dstDevice, CUdeviceptr srcDevice, size_t ByteCount, CUstream hStream)
{
    quanta_cuda_pfn_cuMemcpyDtoDAsync_v2_ptsz real = (quanta_cuda_pfn_cuMemcpyDtoDAsync_v2_ptsz)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemcpyDtoDAsync_v2_ptsz);
    if (__builtin_expect(real != NULL && quanta__stream_work_ungated(), 1))
        return real(dstDevice, srcDevice, ByteCount, hStream);
    return gated_cuMemcpyDtoDAsync_v2_ptsz(dstDevice, srcDevice, ByteCount, hStream);
}

static QUANTA__COLD CUresult gated_cuMemcpyDtoH(void *dstHost, CUdeviceptr_v1 srcDevice, unsigned int ByteCount)
{
    quanta_cuda_pfn_cuMemcpyDtoH real = (quanta_cuda_pfn_cuMemcpyDtoH)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpyDtoH);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpyDtoH);
    }
    struct quanta__work w;
    quanta__work_begin(&w, NULL, QUANTA__WORK_GATE);
    CUresult rc = real(dstHost, srcDevice, ByteCount);
    quanta__work_end(&w, rc);
    return rc;
}

QUANTA__WRAPPER CUresult cuMemcpyDtoH(void *dstHost, CUdeviceptr_v1 srcDevice, unsigned int ByteCount)
{
    quanta_cuda_pfn_cuMemcpyDtoH real = (quanta_cuda_pfn_cuMemcpyDtoH)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemcpyDtoH);
    if (__builtin_expect(real != NULL && quanta__work_ungated(), 1))
        return real(dstHost, srcDevice, ByteCount);
    return gated_cuMemcpyDtoH(dstHost, srcDevice, ByteCount);
}

static QUANTA__COLD CUresult gated_cuMemcpyDtoH_v2(void *dstHost, CUdeviceptr srcDevice, size_t ByteCount)
{
    quanta_cuda_pfn_cuMemcpyDtoH_v2 real = (quanta_cuda_pfn_cuMemcpyDtoH_v2)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpyDtoH_v2);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpyDtoH_v2);
    }
    struct quanta__work w;
    quanta__work_begin(&w, NULL, QUANTA__WORK_GATE);
    CUresult rc = real(dstHost, srcDevice, ByteCount);
    quanta__work_end(&w, rc);
    return rc;
}

QUANTA__WRAPPER CUresult cuMemcpyDtoH_v2(void *dstHost, CUdeviceptr srcDevice, size_t ByteCount)
{
    quanta_cuda_pfn_cuMemcpyDtoH_v2 real = (quanta_cuda_pfn_cuMemcpyDtoH_v2)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemcpyDtoH_v2);
    if (__builtin_expect(real != NULL && quanta__work_ungated(), 1))
        return real(dstHost, srcDevice, ByteCount);
    return gated_cuMemcpyDtoH_v2(dstHost, srcDevice, ByteCount);
}

static QUANTA__COLD CUresult gated_cuMemcpyDtoH_v2_ptds(void *dstHost, CUdeviceptr srcDevice, size_t ByteCount)
{
    quanta_cuda_pfn_cuMemcpyDtoH_v2_ptds real = (quanta_cuda_pfn_cuMemcpyDtoH_v2_ptds)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpyDtoH_v2_ptds);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpyDtoH_v2_ptds);
    }
    struct quanta__work w;
    quanta__work_begin(&w, NULL, QUANTA__WORK_GATE);
    CUresult rc = real(dstHost, srcDevice, ByteCount);
    quanta__work_end(&w, rc);
    return rc;
}

QUANTA__WRAPPER CUresult cuMemcpyDtoH_v2_ptds(void *dstHost, CUdeviceptr srcDevice, size_t ByteCount)
{
    quanta_cuda_pfn_cuMemcpyDtoH_v2_ptds real = (quanta_cuda_pfn_cuMemcpyDtoH_v2_ptds)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemcpyDtoH_v2_ptds);
    if (__builtin_expect(real != NULL && quanta__work_ungated(), 1))
        return real(dstHost, srcDevice, ByteCount);
    return gated_cuMemcpyDtoH_v2_ptds(dstHost, srcDevice, ByteCount);
}

static QUANTA__COLD CUresult gated_cuMemcpyDtoHAsync(void *dstHost, CUdeviceptr_v1 srcDevice, unsigned int ByteCount, CUstream hStream)
{
    quanta_cuda_pfn_cuMemcpyDtoHAsync real = (quanta_cuda_pfn_cuMemcpyDtoHAsync)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpyDtoHAsync);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpyDtoHAsync);
    }
    struct quanta__work w;
    quanta__work_begin(&w, hStream, QUANTA__WORK_STREAM);
    CUresult rc = real(dstHost, srcDevice, ByteCount, hStream);
    quanta__work_end(&w, rc);
    return rc;
}

QUANTA__WRAPPER CUresult cuMemcpyDtoHAsync(void *dstHost, CUdeviceptr_v1 srcDevice, unsigned int ByteCount, CUstream hStream)
{
    quanta_cuda_pfn_cuMemcpyDtoHAsync real = (quanta_cuda_pfn_cuMemcpyDtoHAsync)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemcpyDtoHAsync);
    if (__builtin_expect(real != NULL && quanta__stream_work_ungated(), 1))
        return real(dstHost, srcDevice, ByteCount, hStream);
    return gated_cuMemcpyDtoHAsync(dstHost, srcDevice, ByteCount, hStream);
}

static QUANTA__COLD CUresult gated_cuMemcpyDtoHAsync_v2(void *dstHost, CUdeviceptr srcDevice, size_t ByteCount, CUstream hStream)
{
    quanta_cuda_pfn_cuMemcpyDtoHAsync_v2 real = (quanta_cuda_pfn_cuMemcpyDtoHAsync_v2)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpyDtoHAsync_v2);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpyDtoHAsync_v2);
    }
    struct quanta__work w;
    quanta__work_begin(&w, hStream, QUANTA__WORK_STREAM);
    CUresult rc = real(dstHost, srcDevice, ByteCount, hStream);
    quanta__work_end(&w, rc);
    return rc;
}

QUANTA__WRAPPER CUresult cuMemcpyDtoHAsync_v2(void *dstHost, CUdeviceptr srcDevice, size_t ByteCount, CUstream hStream)
{
    quanta_cuda_pfn_cuMemcpyDtoHAsync_v2 real = (quanta_cuda_pfn_cuMemcpyDtoHAsync_v2)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemcpyDtoHAsync_v2);
    if (__builtin_expect(real != NULL && quanta__stream_work_ungated(), 1))
        return real(dstHost, srcDevice, ByteCount, hStream);
    return gated_cuMemcpyDtoHAsync_v2(dstHost, srcDevice, ByteCount, hStream);
}

static QUANTA__COLD CUresult gated_cuMemcpyDtoHAsync_v2_ptsz(void *dstHost, CUdeviceptr srcDevice, size_t ByteCount, CUstream hStream)
{
    quanta_cuda_pfn_cuMemcpyDtoHAsync_v2_ptsz real = (quanta_cuda_pfn_cuMemcpyDtoHAsync_v2_ptsz)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpyDtoHAsync_v2_ptsz);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpyDtoHAsync_v2_ptsz);
    }
    struct quanta__work w;
    quanta__work_begin(&w, (hStream != NULL ? hStream : QUANTA__STREAM_PER_THREAD), QUANTA__WORK_STREAM);
    CUresult rc = real(dstHost, srcDevice, ByteCount, hStream);
    quanta__work_end(&w, rc);
    return rc;
}

QUANTA__WRAPPER CUresult cuMemcpyDtoHAsync_v2_ptsz(void *dstHost, CUdeviceptr srcDevice, size_t ByteCount, CUstream hStream)
{
    quanta_cuda_pfn_cuMemcpyDtoHAsync_v2_ptsz real = (quanta_cuda_pfn_cuMemcpyDtoHAsync_v2_ptsz)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemcpyDtoHAsync_v2_ptsz);
    if (__builtin_expect(real != NULL && quanta__stream_work_ungated(), 1))
        return real(dstHost, srcDevice, ByteCount, hStream);
    return gated_cuMemcpyDtoHAsync_v2_ptsz(dstHost, srcDevice, ByteCount, hStream);
}

static QUANTA__COLD CUresult gated_cuMemcpyHtoA(CUarray dstArray, unsigned int dstOffset, const void *srcHost, unsigned int ByteCount)
{
    quanta_cuda_pfn_cuMemcpyHtoA real = (quanta_cuda_pfn_cuMemcpyHtoA)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpyHtoA);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpyHtoA);
    }
    struct quanta__work w;
    quanta__work_begin(&w, NULL, QUANTA__WORK_GATE);
    CUresult rc = real(dstArray, dstOffset, srcHost, ByteCount);
    quanta__work_end(&w, rc);
    return rc;
}

QUANTA__WRAPPER CUresult cuMemcpyHtoA(CUarray dstArray, unsigned int dstOffset, const void *srcHost, unsigned int ByteCount)
{
    quanta_cuda_pfn_cuMemcpyHtoA real = (quanta_cuda_pfn_cuMemcpyHtoA)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemcpyHtoA);
    if (__builtin_expect(real != NULL && quanta__work_ungated(), 1))
        return real(dstArray, dstOffset, srcHost, ByteCount);
    return gated_cuMemcpyHtoA(dstArray, dstOffset, srcHost, ByteCount);
}

static QUANTA__COLD CUresult gated_cuMemcpyHtoA_v2(CUarray dstArray, size_t dstOffset, const void *srcHost, size_t ByteCount)
{
    quanta_cuda_pfn_cuMemcpyHtoA_v2 real = (quanta_cuda_pfn_cuMemcpyHtoA_v2)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpyHtoA_v2);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpyHtoA_v2);
    }
    struct quanta__work w;
    quanta__work_begin(&w, NULL, QUANTA__WORK_GATE);
    CUresult rc = real(dstArray, dstOffset, srcHost, ByteCount);
    quanta__work_end(&w, rc);
    return rc;
}

QUANTA__WRAPPER CUresult cuMemcpyHtoA_v2(CUarray dstArray, size_t dstOffset, const void *srcHost, size_t ByteCount)
{
    quanta_cuda_pfn_cuMemcpyHtoA_v2 real = (quanta_cuda_pfn_cuMemcpyHtoA_v2)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemcpyHtoA_v2);
    if (__builtin_expect(real != NULL && quanta__work_ungated(), 1))
        return real(dstArray, dstOffset, srcHost, ByteCount);
    return gated_cuMemcpyHtoA_v2(dstArray, dstOffset, srcHost, ByteCount);
}

static QUANTA__COLD CUresult gated_cuMemcpyHtoA_v2_ptds(CUarray dstArray, size_t dstOffset, const void *srcHost, size_t ByteCount)
{
    quanta_cuda_pfn_cuMemcpyHtoA_v2_ptds real = (quanta_cuda_pfn_cuMemcpyHtoA_v2_ptds)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpyHtoA_v2_ptds);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpyHtoA_v2_ptds);
    }
    struct quanta__work w;
    quanta__work_begin(&w, NULL, QUANTA__WORK_GATE);
    CUresult rc = real(dstArray, dstOffset, srcHost, ByteCount);
    quanta__work_end(&w, rc);
    return rc;
}

QUANTA__WRAPPER CUresult cuMemcpyHtoA_v2_ptds(CUarray dstArray, size_t dstOffset, const void *srcHost, size_t ByteCount)
{
    quanta_cuda_pfn_cuMemcpyHtoA_v2_ptds real = (quanta_cuda_pfn_cuMemcpyHtoA_v2_ptds)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemcpyHtoA_v2_ptds);
    if (__builtin_expect(real != NULL && quanta__work_ungated(), 1))
        return real(dstArray, dstOffset, srcHost, ByteCount);
    return gated_cuMemcpyHtoA_v2_ptds(dstArray, dstOffset, srcHost, ByteCount);
}

static QUANTA__COLD CUresult gated_cuMemcpyHtoAAsync(CUarray dstArray, unsigned int dstOffset, const void *srcHost, unsigned int ByteCount, CUstream hStream)
{
    quanta_cuda_pfn_cuMemcpyHtoAAsync real = (quanta_cuda_pfn_cuMemcpyHtoAAsync)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpyHtoAAsync);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpyHtoAAsync);
    }
    struct quanta__work w;
    quanta__work_begin(&w, hStream, QUANTA__WORK_STREAM);
    CUresult rc = real(dstArray, dstOffset, srcHost, ByteCount, hStream);
    quanta__work_end(&w, rc);
    return rc;
}

QUANTA__WRAPPER CUresult cuMemcpyHtoAAsync(CUarray dstArray, unsigned int dstOffset, const void *srcHost, unsigned int ByteCount, CUstream hStream)
{
    quanta_cuda_pfn_cuMemcpyHtoAAsync real = (quanta_cuda_pfn_cuMemcpyHtoAAsync)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemcpyHtoAAsync);
    if (__builtin_expect(real != NULL && quanta__stream_work_ungated(), 1))
        return real(dstArray, dstOffset, srcHost, ByteCount, hStream);
    return gated_cuMemcpyHtoAAsync(dstArray, dstOffset, srcHost, ByteCount, hStream);
}

static QUANTA__COLD CUresult gated_cuMemcpyHtoAAsync_v2(CUarray dstArray, size_t dstOffset, const void *srcHost, size_t ByteCount, CUstream hStream)
{
    quanta_cuda_pfn_cuMemcpyHtoAAsync_v2 real = (quanta_cuda_pfn_cuMemcpyHtoAAsync_v2)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpyHtoAAsync_v2);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpyHtoAAsync_v2);
    }
    struct quanta__work w;
    quanta__work_begin(&w, hStream, QUANTA__WORK_STREAM);
    CUresult rc = real(dstArray, dstOffset, srcHost, ByteCount, hStream);
    quanta__work_end(&w, rc);
    return rc;
}

QUANTA__WRAPPER CUresult cuMemcpyHtoAAsync_v2(CUarray dstArray, size_t dstOffset, const void *srcHost, size_t ByteCount, CUstream hStream)
{
    quanta_cuda_pfn_cuMemcpyHtoAAsync_v2 real = (quanta_cuda_pfn_cuMemcpyHtoAAsync_v2)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemcpyHtoAAsync_v2);
    if (__builtin_expect(real != NULL && quanta__stream_work_ungated(), 1))
        return real(dstArray, dstOffset, srcHost, ByteCount, hStream);
    return gated_cuMemcpyHtoAAsync_v2(dstArray, dstOffset, srcHost, ByteCount, hStream);
}

static QUANTA__COLD CUresult gated_cuMemcpyHtoAAsync_v2_ptsz(CUarray dstArray, size_t dstOffset, const void *srcHost, size_t ByteCount, CUstream hStream)
{
    quanta_cuda_pfn_cuMemcpyHtoAAsync_v2_ptsz real = (quanta_cuda_pfn_cuMemcpyHtoAAsync_v2_ptsz)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpyHtoAAsync_v2_ptsz);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpyHtoAAsync_v2_ptsz);
    }
    struct quanta__work w;
    quanta__work_begin(&w, (hStream != NULL ? hStream : QUANTA__STREAM_PER_THREAD), QUANTA__WORK_STREAM);
    CUresult rc = real(dstArray, dstOffset, srcHost, ByteCount, hStream);
    quanta__work_end(&w, rc);
    return rc;
}

QUANTA__WRAPPER CUresult cuMemcpyHtoAAsync_v2_ptsz(CUarray dstArray, size_t dstOffset, const void *srcHost, size_t ByteCount, CUstream hStream)
{
    quanta_cuda_pfn_cuMemcpyHtoAAsync_v2_ptsz real = (quanta_cuda_pfn_cuMemcpyHtoAAsync_v2_ptsz)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemcpyHtoAAsync_v2_ptsz);
    if (__builtin_expect(real != NULL && quanta__stream_work_ungated(), 1))
        return real(dstArray, dstOffset, srcHost, ByteCount, hStream);
    return gated_cuMemcpyHtoAAsync_v2_ptsz(dstArray, dstOffset, srcHost, ByteCount, hStream);
}

static QUANTA__COLD CUresult gated_cuMemcpyHtoD(CUdeviceptr_v1 dstDevice, const void *srcHost, unsigned int ByteCount)
{
    quanta_cuda_pfn_cuMemcpyHtoD real = (quanta_cuda_pfn_cuMemcpyHtoD)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpyHtoD);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpyHtoD);
    }
    struct quanta__work w;
    quanta__work_begin(&w, NULL, QUANTA__WORK_GATE);
    CUresult rc = real(dstDevice, srcHost, ByteCount);
    quanta__work_end(&w, rc);
    return rc;
}

QUANTA__WRAPPER CUresult cuMemcpyHtoD(CUdeviceptr_v1 dstDevice, const void *srcHost, unsigned int ByteCount)
{
    quanta_cuda_pfn_cuMemcpyHtoD real = (quanta_cuda_pfn_cuMemcpyHtoD)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemcpyHtoD);
    if (__builtin_expect(real != NULL && quanta__work_ungated(), 1))
        return real(dstDevice, srcHost, ByteCount);
    return gated_cuMemcpyHtoD(dstDevice, srcHost, ByteCount);
}

static QUANTA__COLD CUresult gated_cuMemcpyHtoD_v2(CUdeviceptr dstDevice, const void *srcHost, size_t ByteCount)
{
    quanta_cuda_pfn_cuMemcpyHtoD_v2 real = (quanta_cuda_pfn_cuMemcpyHtoD_v2)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpyHtoD_v2);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpyHtoD_v2);
    }
    struct quanta__work w;
    quanta__work_begin(&w, NULL, QUANTA__WORK_GATE);
    CUresult rc = real(dstDevice, srcHost, ByteCount);
    quanta__work_end(&w, rc);
    return rc;
}

QUANTA__WRAPPER CUresult cuMemcpyHtoD_v2(CUdeviceptr dstDevice, const void *srcHost, size_t ByteCount)
{
    quanta_cuda_pfn_cuMemcpyHtoD_v2 real = (quanta_cuda_pfn_cuMemcpyHtoD_v2)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemcpyHtoD_v2);
    if (__builtin_expect(real != NULL && quanta__work_ungated(), 1))
        return real(dstDevice, srcHost, ByteCount);
    return gated_cuMemcpyHtoD_v2(dstDevice, srcHost, ByteCount);
}

static QUANTA__COLD CUresult gated_cuMemcpyHtoD_v2_ptds(CUdeviceptr dstDevice, const void *srcHost, size_t ByteCount)
{
    quanta_cuda_pfn_cuMemcpyHtoD_v2_ptds real = (quanta_cuda_pfn_cuMemcpyHtoD_v2_ptds)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpyHtoD_v2_ptds);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpyHtoD_v2_ptds);
    }
    struct quanta__work w;
    quanta__work_begin(&w, NULL, QUANTA__WORK_GATE);
    CUresult rc = real(dstDevice, srcHost, ByteCount);
    quanta__work_end(&w, rc);
    return rc;
}

QUANTA__WRAPPER CUresult cuMemcpyHtoD_v2_ptds(CUdeviceptr dstDevice, const void *srcHost, size_t ByteCount)
{
    quanta_cuda_pfn_cuMemcpyHtoD_v2_ptds real = (quanta_cuda_pfn_cuMemcpyHtoD_v2_ptds)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemcpyHtoD_v2_ptds);
    if (__builtin_expect(real != NULL && quanta__work_ungated(), 1))
        return real(dstDevice, srcHost, ByteCount);
    return gated_cuMemcpyHtoD_v2_ptds(dstDevice, srcHost, ByteCount);
}

static QUANTA__COLD CUresult gated_cuMemcpyHtoDAsync(CUdeviceptr_v1 dstDevice, const void *srcHost, unsigned int ByteCount, CUstream hStream)
{
    quanta_cuda_pfn_cuMemcpyHtoDAsync real = (quanta_cuda_pfn_cuMemcpyHtoDAsync)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpyHtoDAsync);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpyHtoDAsync);
    }
    struct quanta__work w;
    quanta__work_begin(&w, hStream, QUANTA__WORK_STREAM);
    CUresult rc = real(dstDevice, srcHost, ByteCount, hStream);
    quanta__work_end(&w, rc);
    return rc;
}

QUANTA__WRAPPER CUresult cuMemcpyHtoDAsync(CUdeviceptr_v1 dstDevice, const void *srcHost, unsigned int ByteCount, CUstream hStream)
{
    quanta_cuda_pfn_cuMemcpyHtoDAsync real = (quanta_cuda_pfn_cuMemcpyHtoDAsync)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemcpyHtoDAsync);
    if (__builtin_expect(real != NULL && quanta__stream_work_ungated(), 1))
        return real(dstDevice, srcHost, ByteCount, hStream);
    return gated_cuMemcpyHtoDAsync(dstDevice, srcHost, ByteCount, hStream);
}

static QUANTA__COLD CUresult gated_cuMemcpyHtoDAsync_v2(CUdeviceptr dstDevice, const void *srcHost, size_t ByteCount, CUstream hStream)
{
    quanta_cuda_pfn_cuMemcpyHtoDAsync_v2 real = (quanta_cuda_pfn_cuMemcpyHtoDAsync_v2)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpyHtoDAsync_v2);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpyHtoDAsync_v2);
    }
    struct quanta__work w;
    quanta__work_begin(&w, hStream, QUANTA__WORK_STREAM);
    CUresult rc = real(dstDevice, srcHost, ByteCount, hStream);
    quanta__work_end(&w, rc);
    return rc;
}

QUANTA__WRAPPER CUresult cuMemcpyHtoDAsync_v2(CUdeviceptr dstDevice, const void *srcHost, size_t ByteCount, CUstream hStream)
{
    quanta_cuda_pfn_cuMemcpyHtoDAsync_v2 real = (quanta_cuda_pfn_cuMemcpyHtoDAsync_v2)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemcpyHtoDAsync_v2);
    if (__builtin_expect(real != NULL && quanta__stream_work_ungated(), 1))
        return real(dstDevice, srcHost, ByteCount, hStream);
    return gated_cuMemcpyHtoDAsync_v2(dstDevice, srcHost, ByteCount, hStream);
}

static QUANTA__COLD CUresult gated_cuMemcpyHtoDAsync_v2_ptsz(CUdeviceptr dstDevice, const void *srcHost, size_t ByteCount, CUstream hStream)
{
    quanta_cuda_pfn_cuMemcpyHtoDAsync_v2_ptsz real = (quanta_cuda_pfn_cuMemcpyHtoDAsync_v2_ptsz)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpyHtoDAsync_v2_ptsz);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpyHtoDAsync_v2_ptsz);
    }
    struct quanta__work w;
    quanta__work_begin(&w, (hStream != NULL ? hStream : QUANTA__STREAM_PER_THREAD), QUANTA__WORK_STREAM);
    CUresult rc = real(dstDevice, srcHost, ByteCount, hStream);
    quanta__work_end(&w, rc);
    return rc;
}

QUANTA__WRAPPER CUresult cuMemcpyHtoDAsync_v2_ptsz(CUdeviceptr dstDevice, const void *srcHost, size_t ByteCount, CUstream hStream)
{
    quanta_cuda_pfn_cuMemcpyHtoDAsync_v2_ptsz real = (quanta_cuda_pfn_cuMemcpyHtoDAsync_v2_ptsz)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemcpyHtoDAsync_v2_ptsz);
    if (__builtin_expect(real != NULL && quanta__stream_work_ungated(), 1))
        return real(dstDevice, srcHost, ByteCount, hStream);
    return gated_cuMemcpyHtoDAsync_v2_ptsz(dstDevice, srcHost, ByteCount, hStream);
}

static QUANTA__COLD CUresult gated_cuMemcpyPeer(CUdeviceptr dstDevice, CUcontext dstContext, CUdeviceptr srcDevice, CUcontext srcContext, size_t ByteCount)
{
    quanta_cuda_pfn_cuMemcpyPeer real = (quanta_cuda_pfn_cuMemcpyPeer)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpyPeer);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpyPeer);
    }
    struct quanta__work w;
    quanta__work_begin(&w, NULL, QUANTA__WORK_GATE);
    CUresult rc = real(dstDevice, dstContext, srcDevice, srcContext, ByteCount);
    quanta__work_end(&w, rc);
    return rc;
}

QUANTA__WRAPPER CUresult cuMemcpyPeer(CUdeviceptr dstDevice, CUcontext dstContext, CUdeviceptr srcDevice, CUcontext srcContext, size_t ByteCount)
{
    quanta_cuda_pfn_cuMemcpyPeer real = (quanta_cuda_pfn_cuMemcpyPeer)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemcpyPeer);
    if (__builtin_expect(real != NULL && quanta__work_ungated(), 1))
        return real(dstDevice, dstContext, srcDevice, srcContext, ByteCount);
    return gated_cuMemcpyPeer(dstDevice, dstContext, srcDevice, srcContext, ByteCount);
}

static QUANTA__COLD CUresult gated_cuMemcpyPeer_ptds(CUdeviceptr dstDevice, CUcontext dstContext, CUdeviceptr srcDevice, CUcontext srcContext, size_t ByteCount)
{
    quanta_cuda_pfn_cuMemcpyPeer_ptds real = (quanta_cuda_pfn_cuMemcpyPeer_ptds)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpyPeer_ptds);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpyPeer_ptds);
    }
    struct quanta__work w;
    quanta__work_begin(&w, NULL, QUANTA__WORK_GATE);
    CUresult rc = real(dstDevice, dstContext, srcDevice, srcContext, ByteCount);
    quanta__work_end(&w, rc);
    return rc;
}

QUANTA__WRAPPER CUresult cuMemcpyPeer_ptds(CUdeviceptr dstDevice, CUcontext dstContext, CUdeviceptr srcDevice, CUcontext srcContext, size_t ByteCount)
{
    quanta_cuda_pfn_cuMemcpyPeer_ptds real = (quanta_cuda_pfn_cuMemcpyPeer_ptds)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemcpyPeer_ptds);
    if (__builtin_expect(real != NULL && quanta__work_ungated(), 1))
        return real(dstDevice, dstContext, srcDevice, srcContext, ByteCount);
    return gated_cuMemcpyPeer_ptds(dstDevice, dstContext, srcDevice, srcContext, ByteCount);
}

static QUANTA__COLD CUresult gated_cuMemcpyPeerAsync(CUdeviceptr dstDevice, CUcontext dstContext, CUdeviceptr srcDevice, CUcontext srcContext, size_t ByteCount, CUstream hStream)
{
    quanta_cuda_pfn_cuMemcpyPeerAsync real = (quanta_cuda_pfn_cuMemcpyPeerAsync)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpyPeerAsync);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpyPeerAsync);
    }
    struct quanta__work w;
    quanta__work_begin(&w, hStream, QUANTA__WORK_STREAM);
    CUresult rc = real(dstDevice, dstContext, srcDevice, srcContext, ByteCount, hStream);
    quanta__work_end(&w, rc);
    return rc;
}

QUANTA__WRAPPER CUresult cuMemcpyPeerAsync(CUdeviceptr dstDevice, CUcontext dstContext, CUdeviceptr srcDevice, CUcontext srcContext, size_t ByteCount, CUstream hStream)
{
    quanta_cuda_pfn_cuMemcpyPeerAsync real = (quanta_cuda_pfn_cuMemcpyPeerAsync)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemcpyPeerAsync);
    if (__builtin_expect(real != NULL && quanta__stream_work_ungated(), 1))
        return real(dstDevice, dstContext, srcDevice, srcContext, ByteCount, hStream);
    return gated_cuMemcpyPeerAsync(dstDevice, dstContext, srcDevice, srcContext, ByteCount, hStream);
}

static QUANTA__COLD CUresult gated_cuMemcpyPeerAsync_ptsz(CUdeviceptr dstDevice, CUcontext dstContext, CUdeviceptr srcDevice, CUcontext srcContext, size_t ByteCount, CUstream hStream)
{
    quanta_cuda_pfn_cuMemcpyPeerAsync_ptsz real = (quanta_cuda_pfn_cuMemcpyPeerAsync_ptsz)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpyPeerAsync_ptsz);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemcpyPeerAsync_ptsz);
    }
    struct quanta__work w;
    quanta__work_begin(&w, (hStream != NULL ? hStream : QUANTA__STREAM_PER_THREAD), QUANTA__WORK_STREAM);
    CUresult rc = real(dstDevice, dstContext, srcDevice, srcContext, ByteCount, hStream);
    quanta__work_end(&w, rc);
    return rc;
}

QUANTA__WRAPPER CUresult cuMemcpyPeerAsync_ptsz(CUdeviceptr dstDevice, CUcontext dstContext, CUdeviceptr srcDevice, CUcontext srcContext, size_t ByteCount, CUstream hStream)
{
    quanta_cuda_pfn_cuMemcpyPeerAsync_ptsz real = (quanta_cuda_pfn_cuMemcpyPeerAsync_ptsz)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemcpyPeerAsync_ptsz);
    if (__builtin_expect(real != NULL && quanta__stream_work_ungated(), 1))
        return real(dstDevice, dstContext, srcDevice, srcContext, ByteCount, hStream);
    return gated_cuMemcpyPeerAsync_ptsz(dstDevice, dstContext, srcDevice, srcContext, ByteCount, hStream);
}

static QUANTA__COLD CUresult gated_cuMemsetD16(CUdeviceptr_v1 dstDevice, unsigned short us, unsigned int N)
{
    quanta_cuda_pfn_cuMemsetD16 real = (quanta_cuda_pfn_cuMemsetD16)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemsetD16);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemsetD16);
    }
    struct quanta__work w;
    quanta__work_begin(&w, NULL, QUANTA__WORK_GATE);
    CUresult rc = real(dstDevice, us, N);
    quanta__work_end(&w, rc);
    return rc;
}

QUANTA__WRAPPER CUresult cuMemsetD16(CUdeviceptr_v1 dstDevice, unsigned short us, unsigned int N)
{
    quanta_cuda_pfn_cuMemsetD16 real = (quanta_cuda_pfn_cuMemsetD16)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemsetD16);
    if (__builtin_expect(real != NULL && quanta__work_ungated(), 1))
        return real(dstDevice, us, N);
    return gated_cuMemsetD16(dstDevice, us, N);
}

static QUANTA__COLD CUresult gated_cuMemsetD16_v2(CUdeviceptr dstDevice, unsigned short us, size_t N)
{
    quanta_cuda_pfn_cuMemsetD16_v2 real = (quanta_cuda_pfn_cuMemsetD16_v2)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemsetD16_v2);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemsetD16_v2);
    }
    struct quanta__work w;
    quanta__work_begin(&w, NULL, QUANTA__WORK_GATE);
    CUresult rc = real(dstDevice, us, N);
    quanta__work_end(&w, rc);
    return rc;
}

QUANTA__WRAPPER CUresult cuMemsetD16_v2(CUdeviceptr dstDevice, unsigned short us, size_t N)
{
    quanta_cuda_pfn_cuMemsetD16_v2 real = (quanta_cuda_pfn_cuMemsetD16_v2)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemsetD16_v2);
    if (__builtin_expect(real != NULL && quanta__work_ungated(), 1))
        return real(dstDevice, us, N);
    return gated_cuMemsetD16_v2(dstDevice, us, N);
}

static QUANTA__COLD CUresult gated_cuMemsetD16_v2_ptds(CUdeviceptr dstDevice, unsigned short us, size_t N)
{
    quanta_cuda_pfn_cuMemsetD16_v2_ptds real = (quanta_cuda_pfn_cuMemsetD16_v2_ptds)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemsetD16_v2_ptds);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemsetD16_v2_ptds);
    }
    struct quanta__work w;
    quanta__work_begin(&w, NULL, QUANTA__WORK_GATE);
    CUresult rc = real(dstDevice, us, N);
    quanta__work_end(&w, rc);
    return rc;
}

QUANTA__WRAPPER CUresult cuMemsetD16_v2_ptds(CUdeviceptr dstDevice, unsigned short us, size_t N)
{
    quanta_cuda_pfn_cuMemsetD16_v2_ptds real = (quanta_cuda_pfn_cuMemsetD16_v2_ptds)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemsetD16_v2_ptds);
    if (__builtin_expect(real != NULL && quanta__work_ungated(), 1))
        return real(dstDevice, us, N);
    return gated_cuMemsetD16_v2_ptds(dstDevice, us, N);
}

static QUANTA__COLD CUresult gated_cuMemsetD16Async(CUdeviceptr dstDevice, unsigned short us, size_t N, CUstream hStream)
{
    quanta_cuda_pfn_cuMemsetD16Async real = (quanta_cuda_pfn_cuMemsetD16Async)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemsetD16Async);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemsetD16Async);
    }
    struct quanta__work w;
    quanta__work_begin(&w, hStream, QUANTA__WORK_STREAM);
    CUresult rc = real(dstDevice, us, N, hStream);
    quanta__work_end(&w, rc);
    return rc;
}

QUANTA__WRAPPER CUresult cuMemsetD16Async(CUdeviceptr dstDevice, unsigned short us, size_t N, CUstream hStream)
{
    quanta_cuda_pfn_cuMemsetD16Async real = (quanta_cuda_pfn_cuMemsetD16Async)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemsetD16Async);
    if (__builtin_expect(real != NULL && quanta__stream_work_ungated(), 1))
        return real(dstDevice, us, N, hStream);
    return gated_cuMemsetD16Async(dstDevice, us, N, hStream);
}

static QUANTA__COLD CUresult gated_cuMemsetD16Async_ptsz(CUdeviceptr dstDevice, unsigned short us, size_t N, CUstream hStream)
{
    quanta_cuda_pfn_cuMemsetD16Async_ptsz real = (quanta_cuda_pfn_cuMemsetD16Async_ptsz)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemsetD16Async_ptsz);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemsetD16Async_ptsz);
    }
    struct quanta__work w;
    quanta__work_begin(&w, (hStream != NULL ? hStream : QUANTA__STREAM_PER_THREAD), QUANTA__WORK_STREAM);
    CUresult rc = real(dstDevice, us, N, hStream);
    quanta__work_end(&w, rc);
    return rc;
}

QUANTA__WRAPPER CUresult cuMemsetD16Async_ptsz(CUdeviceptr dstDevice, unsigned short us, size_t N, CUstream hStream)
{
    quanta_cuda_pfn_cuMemsetD16Async_ptsz real = (quanta_cuda_pfn_cuMemsetD16Async_ptsz)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemsetD16Async_ptsz);
    if (__builtin_expect(real != NULL && quanta__stream_work_ungated(), 1))
        return real(dstDevice, us, N, hStream);
    return gated_cuMemsetD16Async_ptsz(dstDevice, us, N, hStream);
}

static QUANTA__COLD CUresult gated_cuMemsetD2D16(CUdeviceptr_v1 dstDevice, unsigned int dstPitch, unsigned short us, unsigned int Width, unsigned int Height)
{
    quanta_cuda_pfn_cuMemsetD2D16 real = (quanta_cuda_pfn_cuMemsetD2D16)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemsetD2D16);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemsetD2D16);
    }
    struct quanta__work w;
    quanta__work_begin(&w, NULL, QUANTA__WORK_GATE);
    CUresult rc = real(dstDevice, dstPitch, us, Width, Height);
    quanta__work_end(&w, rc);
    return rc;
}

QUANTA__WRAPPER CUresult cuMemsetD2D16(CUdeviceptr_v1 dstDevice, unsigned int dstPitch, unsigned short us, unsigned int Width, unsigned int Height)
{
    quanta_cuda_pfn_cuMemsetD2D16 real = (quanta_cuda_pfn_cuMemsetD2D16)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemsetD2D16);
    if (__builtin_expect(real != NULL && quanta__work_ungated(), 1))
        return real(dstDevice, dstPitch, us, Width, Height);
    return gated_cuMemsetD2D16(dstDevice, dstPitch, us, Width, Height);
}

static QUANTA__COLD CUresult gated_cuMemsetD2D16_v2(CUdeviceptr dstDevice, size_t dstPitch, unsigned short us, size_t Width, size_t Height)
{
    quanta_cuda_pfn_cuMemsetD2D16_v2 real = (quanta_cuda_pfn_cuMemsetD2D16_v2)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemsetD2D16_v2);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemsetD2D16_v2);
    }
    struct quanta__work w;
    quanta__work_begin(&w, NULL, QUANTA__WORK_GATE);
    CUresult rc = real(dstDevice, dstPitch, us, Width, Height);
    quanta__work_end(&w, rc);
    return rc;
}

QUANTA__WRAPPER CUresult cuMemsetD2D16_v2(CUdeviceptr dstDevice, size_t dstPitch, unsigned short us, size_t Width, size_t Height)
{
    quanta_cuda_pfn_cuMemsetD2D16_v2 real = (quanta_cuda_pfn_cuMemsetD2D16_v2)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemsetD2D16_v2);
    if (__builtin_expect(real != NULL && quanta__work_ungated(), 1))
        return real(dstDevice, dstPitch, us, Width, Height);
    return gated_cuMemsetD2D16_v2(dstDevice, dstPitch, us, Width, Height);
}

static QUANTA__COLD CUresult gated_cuMemsetD2D16_v2_ptds(CUdeviceptr dstDevice, size_t dstPitch, unsigned short us, size_t Width, size_t Height)
{
    quanta_cuda_pfn_cuMemsetD2D16_v2_ptds real = (quanta_cuda_pfn_cuMemsetD2D16_v2_ptds)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemsetD2D16_v2_ptds);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemsetD2D16_v2_ptds);
    }
    struct quanta__work w;
    quanta__work_begin(&w, NULL, QUANTA__WORK_GATE);
    CUresult rc = real(dstDevice, dstPitch, us, Width, Height);
    quanta__work_end(&w, rc);
    return rc;
}

QUANTA__WRAPPER CUresult cuMemsetD2D16_v2_ptds(CUdeviceptr dstDevice, size_t dstPitch, unsigned short us, size_t Width, size_t Height)
{
    quanta_cuda_pfn_cuMemsetD2D16_v2_ptds real = (quanta_cuda_pfn_cuMemsetD2D16_v2_ptds)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemsetD2D16_v2_ptds);
    if (__builtin_expect(real != NULL && quanta__work_ungated(), 1))
        return real(dstDevice, dstPitch, us, Width, Height);
    return gated_cuMemsetD2D16_v2_ptds(dstDevice, dstPitch, us, Width, Height);
}

static QUANTA__COLD CUresult gated_cuMemsetD2D16Async(CUdeviceptr dstDevice, size_t dstPitch, unsigned short us, size_t Width, size_t Height, CUstream hStream)
{
    quanta_cuda_pfn_cuMemsetD2D16Async real = (quanta_cuda_pfn_cuMemsetD2D16Async)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemsetD2D16Async);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemsetD2D16Async);
    }
    struct quanta__work w;
    quanta__work_begin(&w, hStream, QUANTA__WORK_STREAM);
    CUresult rc = real(dstDevice, dstPitch, us, Width, Height, hStream);
    quanta__work_end(&w, rc);
    return rc;
}

QUANTA__WRAPPER CUresult cuMemsetD2D16Async(CUdeviceptr dstDevice, size_t dstPitch, unsigned short us, size_t Width, size_t Height, CUstream hStream)
{
    quanta_cuda_pfn_cuMemsetD2D16Async real = (quanta_cuda_pfn_cuMemsetD2D16Async)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemsetD2D16Async);
    if (__builtin_expect(real != NULL && quanta__stream_work_ungated(), 1))
        return real(dstDevice, dstPitch, us, Width, Height, hStream);
    return gated_cuMemsetD2D16Async(dstDevice, dstPitch, us, Width, Height, hStream);
}

static QUANTA__COLD CUresult gated_cuMemsetD2D16Async_ptsz(CUdeviceptr dstDevice, size_t dstPitch, unsigned short us, size_t Width, size_t Height, CUstream hStream)
{
    quanta_cuda_pfn_cuMemsetD2D16Async_ptsz real = (quanta_cuda_pfn_cuMemsetD2D16Async_ptsz)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemsetD2D16Async_ptsz);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemsetD2D16Async_ptsz);
    }
    struct quanta__work w;
    quanta__work_begin(&w, (hStream != NULL ? hStream : QUANTA__STREAM_PER_THREAD), QUANTA__WORK_STREAM);
    CUresult rc = real(dstDevice, dstPitch, us, Width, Height, hStream);
    quanta__work_end(&w, rc);
    return rc;
}

QUANTA__WRAPPER CUresult cuMemsetD2D16Async_ptsz(CUdeviceptr dstDevice, size_t dstPitch, unsigned short us, size_t Width, size_t Height, CUstream hStream)
{
    quanta_cuda_pfn_cuMemsetD2D16Async_ptsz real = (quanta_cuda_pfn_cuMemsetD2D16Async_ptsz)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemsetD2D16Async_ptsz);
    if (__builtin_expect(real != NULL && quanta__stream_work_ungated(), 1))
        return real(dstDevice, dstPitch, us, Width, Height, hStream);
    return gated_cuMemsetD2D16Async_ptsz(dstDevice, dstPitch, us, Width, Height, hStream);
}

static QUANTA__COLD CUresult gated_cuMemsetD2D32(CUdeviceptr_v1 dstDevice, unsigned int dstPitch, unsigned int ui, unsigned int Width, unsigned int Height)
{
    quanta_cuda_pfn_cuMemsetD2D32 real = (quanta_cuda_pfn_cuMemsetD2D32)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemsetD2D32);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemsetD2D32);
    }
    struct quanta__work w;
    quanta__work_begin(&w, NULL, QUANTA__WORK_GATE);
    CUresult rc = real(dstDevice, dstPitch, ui, Width, Height);
    quanta__work_end(&w, rc);
    return rc;
}

QUANTA__WRAPPER CUresult cuMemsetD2D32(CUdeviceptr_v1 dstDevice, unsigned int dstPitch, unsigned int ui, unsigned int Width, unsigned int Height)
{
    quanta_cuda_pfn_cuMemsetD2D32 real = (quanta_cuda_pfn_cuMemsetD2D32)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemsetD2D32);
    if (__builtin_expect(real != NULL && quanta__work_ungated(), 1))
        return real(dstDevice, dstPitch, ui, Width, Height);
    return gated_cuMemsetD2D32(dstDevice, dstPitch, ui, Width, Height);
}

static QUANTA__COLD CUresult gated_cuMemsetD2D32_v2(CUdeviceptr dstDevice, size_t dstPitch, unsigned int ui, size_t Width, size_t Height)
{
    quanta_cuda_pfn_cuMemsetD2D32_v2 real = (quanta_cuda_pfn_cuMemsetD2D32_v2)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemsetD2D32_v2);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemsetD2D32_v2);
    }
    struct quanta__work w;
    quanta__work_begin(&w, NULL, QUANTA__WORK_GATE);
    CUresult rc = real(dstDevice, dstPitch, ui, Width, Height);
    quanta__work_end(&w, rc);
    return rc;
}

QUANTA__WRAPPER CUresult cuMemsetD2D32_v2(CUdeviceptr dstDevice, size_t dstPitch, unsigned int ui, size_t Width, size_t Height)
{
    quanta_cuda_pfn_cuMemsetD2D32_v2 real = (quanta_cuda_pfn_cuMemsetD2D32_v2)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemsetD2D32_v2);
    if (__builtin_expect(real != NULL && quanta__work_ungated(), 1))
        return real(dstDevice, dstPitch, ui, Width, Height);
    return gated_cuMemsetD2D32_v2(dstDevice, dstPitch, ui, Width, Height);
}

static QUANTA__COLD CUresult gated_cuMemsetD2D32_v2_ptds(CUdeviceptr dstDevice, size_t dstPitch, unsigned int ui, size_t Width, size_t Height)
{
    quanta_cuda_pfn_cuMemsetD2D32_v2_ptds real = (quanta_cuda_pfn_cuMemsetD2D32_v2_ptds)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemsetD2D32_v2_ptds);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemsetD2D32_v2_ptds);
    }
    struct quanta__work w;
    quanta__work_begin(&w, NULL, QUANTA__WORK_GATE);
    CUresult rc = real(dstDevice, dstPitch, ui, Width, Height);
    quanta__work_end(&w, rc);
    return rc;
}

QUANTA__WRAPPER CUresult cuMemsetD2D32_v2_ptds(CUdeviceptr dstDevice, size_t dstPitch, unsigned int ui, size_t Width, size_t Height)
{
    quanta_cuda_pfn_cuMemsetD2D32_v2_ptds real = (quanta_cuda_pfn_cuMemsetD2D32_v2_ptds)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemsetD2D32_v2_ptds);
    if (__builtin_expect(real != NULL && quanta__work_ungated(), 1))
        return real(dstDevice, dstPitch, ui, Width, Height);
    return gated_cuMemsetD2D32_v2_ptds(dstDevice, dstPitch, ui, Width, Height);
}

static QUANTA__COLD CUresult gated_cuMemsetD2D32Async(CUdeviceptr dstDevice, size_t dstPitch, unsigned int ui, size_t Width, size_t Height, CUstream hStream)
{
    quanta_cuda_pfn_cuMemsetD2D32Async real = (quanta_cuda_pfn_cuMemsetD2D32Async)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemsetD2D32Async);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemsetD2D32Async);
    }
    struct quanta__work w;
    quanta__work_begin(&w, hStream, QUANTA__WORK_STREAM);
    CUresult rc = real(dstDevice, dstPitch, ui, Width, Height, hStream);
    quanta__work_end(&w, rc);
    return rc;
}

QUANTA__WRAPPER CUresult cuMemsetD2D32Async(CUdeviceptr dstDevice, size_t dstPitch, unsigned int ui, size_t Width, size_t Height, CUstream hStream)
{
    quanta_cuda_pfn_cuMemsetD2D32Async real = (quanta_cuda_pfn_cuMemsetD2D32Async)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemsetD2D32Async);
    if (__builtin_expect(real != NULL && quanta__stream_work_ungated(), 1))
        return real(dstDevice, dstPitch, ui, Width, Height, hStream);
    return gated_cuMemsetD2D32Async(dstDevice, dstPitch, ui, Width, Height, hStream);
}

static QUANTA__COLD CUresult gated_cuMemsetD2D32Async_ptsz(CUdeviceptr dstDevice, size_t dstPitch, unsigned int ui, size_t Width, size_t Height, CUstream hStream)
{
    quanta_cuda_pfn_cuMemsetD2D32Async_ptsz real = (quanta_cuda_pfn_cuMemsetD2D32Async_ptsz)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemsetD2D32Async_ptsz);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemsetD2D32Async_ptsz);
    }
    struct quanta__work w;
    quanta__work_begin(&w, (hStream != NULL ? hStream : QUANTA__STREAM_PER_THREAD), QUANTA__WORK_STREAM);
    CUresult rc = real(dstDevice, dstPitch, ui, Width, Height, hStream);
    quanta__work_end(&w, rc);
    return rc;
}

QUANTA__WRAPPER CUresult cuMemsetD2D32Async_ptsz(CUdeviceptr dstDevice, size_t dstPitch, unsigned int ui, size_t Width, size_t Height, CUstream hStream)
{
    quanta_cuda_pfn_cuMemsetD2D32Async_ptsz real = (quanta_cuda_pfn_cuMemsetD2D32Async_ptsz)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemsetD2D32Async_ptsz);
    if (__builtin_expect(real != NULL && quanta__stream_work_ungated(), 1))
        return real(dstDevice, dstPitch, ui, Width, Height, hStream);
    return gated_cuMemsetD2D32Async_ptsz(dstDevice, dstPitch, ui, Width, Height, hStream);
}

static QUANTA__COLD CUresult gated_cuMemsetD2D8(CUdeviceptr_v1 dstDevice, unsigned int dstPitch, unsigned char uc, unsigned int Width, unsigned int Height)
{
    quanta_cuda_pfn_cuMemsetD2D8 real = (quanta_cuda_pfn_cuMemsetD2D8)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemsetD2D8);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemsetD2D8);
    }
    struct quanta__work w;
    quanta__work_begin(&w, NULL, QUANTA__WORK_GATE);
    CUresult rc = real(dstDevice, dstPitch, uc, Width, Height);
    quanta__work_end(&w, rc);
    return rc;
}

QUANTA__WRAPPER CUresult cuMemsetD2D8(CUdeviceptr_v1 dstDevice, unsigned int dstPitch, unsigned char uc, unsigned int Width, unsigned int Height)
{
    quanta_cuda_pfn_cuMemsetD2D8 real = (quanta_cuda_pfn_cuMemsetD2D8)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemsetD2D8);
    if (__builtin_expect(real != NULL && quanta__work_ungated(), 1))
        return real(dstDevice, dstPitch, uc, Width, Height);
    return gated_cuMemsetD2D8(dstDevice, dstPitch, uc, Width, Height);
}

static QUANTA__COLD CUresult gated_cuMemsetD2D8_v2(CUdeviceptr dstDevice, size_t dstPitch, unsigned char uc, size_t Width, size_t Height)
{
    quanta_cuda_pfn_cuMemsetD2D8_v2 real = (quanta_cuda_pfn_cuMemsetD2D8_v2)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemsetD2D8_v2);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemsetD2D8_v2);
    }
    struct quanta__work w;
    quanta__work_begin(&w, NULL, QUANTA__WORK_GATE);
    CUresult rc = real(dstDevice, dstPitch, uc, Width, Height);
    quanta__work_end(&w, rc);
    return rc;
}

QUANTA__WRAPPER CUresult cuMemsetD2D8_v2(CUdeviceptr dstDevice, size_t dstPitch, unsigned char uc, size_t Width, size_t Height)
{
    quanta_cuda_pfn_cuMemsetD2D8_v2 real = (quanta_cuda_pfn_cuMemsetD2D8_v2)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemsetD2D8_v2);
    if (__builtin_expect(real != NULL && quanta__work_ungated(), 1))
        return real(dstDevice, dstPitch, uc, Width, Height);
    return gated_cuMemsetD2D8_v2(dstDevice, dstPitch, uc, Width, Height);
}

static QUANTA__COLD CUresult gated_cuMemsetD2D8_v2_ptds(CUdeviceptr dstDevice, size_t dstPitch, unsigned char uc, size_t Width, size_t Height)
{
    quanta_cuda_pfn_cuMemsetD2D8_v2_ptds real = (quanta_cuda_pfn_cuMemsetD2D8_v2_ptds)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemsetD2D8_v2_ptds);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemsetD2D8_v2_ptds);
    }
    struct quanta__work w;
    quanta__work_begin(&w, NULL, QUANTA__WORK_GATE);
    CUresult rc = real(dstDevice, dstPitch, uc, Width, Height);
    quanta__work_end(&w, rc);
    return rc;
}

QUANTA__WRAPPER CUresult cuMemsetD2D8_v2_ptds(CUdeviceptr dstDevice, size_t dstPitch, unsigned char uc, size_t Width, size_t Height)
{
    quanta_cuda_pfn_cuMemsetD2D8_v2_ptds real = (quanta_cuda_pfn_cuMemsetD2D8_v2_ptds)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemsetD2D8_v2_ptds);
    if (__builtin_expect(real != NULL && quanta__work_ungated(), 1))
        return real(dstDevice, dstPitch, uc, Width, Height);
    return gated_cuMemsetD2D8_v2_ptds(dstDevice, dstPitch, uc, Width, Height);
}

static QUANTA__COLD CUresult gated_cuMemsetD2D8Async(CUdeviceptr dstDevice, size_t dstPitch, unsigned char uc, size_t Width, size_t Height, CUstream hStream)
{
    quanta_cuda_pfn_cuMemsetD2D8Async real = (quanta_cuda_pfn_cuMemsetD2D8Async)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemsetD2D8Async);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemsetD2D8Async);
    }
    struct quanta__work w;
    quanta__work_begin(&w, hStream, QUANTA__WORK_STREAM);
    CUresult rc = real(dstDevice, dstPitch, uc, Width, Height, hStream);
    quanta__work_end(&w, rc);
    return rc;
}

QUANTA__WRAPPER CUresult cuMemsetD2D8Async(CUdeviceptr dstDevice, size_t dstPitch, unsigned char uc, size_t Width, size_t Height, CUstream hStream)
{
    quanta_cuda_pfn_cuMemsetD2D8Async real = (quanta_cuda_pfn_cuMemsetD2D8Async)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemsetD2D8Async);
    if (__builtin_expect(real != NULL && quanta__stream_work_ungated(), 1))
        return real(dstDevice, dstPitch, uc, Width, Height, hStream);
    return gated_cuMemsetD2D8Async(dstDevice, dstPitch, uc, Width, Height, hStream);
}

static QUANTA__COLD CUresult gated_cuMemsetD2D8Async_ptsz(CUdeviceptr dstDevice, size_t dstPitch, unsigned char uc, size_t Width, size_t Height, CUstream hStream)
{
    quanta_cuda_pfn_cuMemsetD2D8Async_ptsz real = (quanta_cuda_pfn_cuMemsetD2D8Async_ptsz)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemsetD2D8Async_ptsz);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemsetD2D8Async_ptsz);
    }
    struct quanta__work w;
    quanta__work_begin(&w, (hStream != NULL ? hStream : QUANTA__STREAM_PER_THREAD), QUANTA__WORK_STREAM);
    CUresult rc = real(dstDevice, dstPitch, uc, Width, Height, hStream);
    quanta__work_end(&w, rc);
    return rc;
}

QUANTA__WRAPPER CUresult cuMemsetD2D8Async_ptsz(CUdeviceptr dstDevice, size_t dstPitch, unsigned char uc, size_t Width, size_t Height, CUstream hStream)
{
    quanta_cuda_pfn_cuMemsetD2D8Async_ptsz real = (quanta_cuda_pfn_cuMemsetD2D8Async_ptsz)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemsetD2D8Async_ptsz);
    if (__builtin_expect(real != NULL && quanta__stream_work_ungated(), 1))
        return real(dstDevice, dstPitch, uc, Width, Height, hStream);
    return gated_cuMemsetD2D8Async_ptsz(dstDevice, dstPitch, uc, Width, Height, hStream);
}

static QUANTA__COLD CUresult gated_cuMemsetD32(CUdeviceptr_v1 dstDevice, unsigned int ui, unsigned int N)
{
    quanta_cuda_pfn_cuMemsetD32 real = (quanta_cuda_pfn_cuMemsetD32)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemsetD32);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemsetD32);
    }
    struct quanta__work w;
    quanta__work_begin(&w, NULL, QUANTA__WORK_GATE);
    CUresult rc = real(dstDevice, ui, N);
    quanta__work_end(&w, rc);
    return rc;
}

QUANTA__WRAPPER CUresult cuMemsetD32(CUdeviceptr_v1 dstDevice, unsigned int ui, unsigned int N)
{
    quanta_cuda_pfn_cuMemsetD32 real = (quanta_cuda_pfn_cuMemsetD32)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemsetD32);
    if (__builtin_expect(real != NULL && quanta__work_ungated(), 1))
        return real(dstDevice, ui, N);
    return gated_cuMemsetD32(dstDevice, ui, N);
}

static QUANTA__COLD CUresult gated_cuMemsetD32_v2(CUdeviceptr dstDevice, unsigned int ui, size_t N)
{
    quanta_cuda_pfn_cuMemsetD32_v2 real = (quanta_cuda_pfn_cuMemsetD32_v2)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemsetD32_v2);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemsetD32_v2);
    }
    struct quanta__work w;
    quanta__work_begin(&w, NULL, QUANTA__WORK_GATE);
    CUresult rc = real(dstDevice, ui, N);
    quanta__work_end(&w, rc);
    return rc;
}

QUANTA__WRAPPER CUresult cuMemsetD32_v2(CUdeviceptr dstDevice, unsigned int ui, size_t N)
{
    quanta_cuda_pfn_cuMemsetD32_v2 real = (quanta_cuda_pfn_cuMemsetD32_v2)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemsetD32_v2);
    if (__builtin_expect(real != NULL && quanta__work_ungated(), 1))
        return real(dstDevice, ui, N);
    return gated_cuMemsetD32_v2(dstDevice, ui, N);
}

static QUANTA__COLD CUresult gated_cuMemsetD32_v2_ptds(CUdeviceptr dstDevice, unsigned int ui, size_t N)
{
    quanta_cuda_pfn_cuMemsetD32_v2_ptds real = (quanta_cuda_pfn_cuMemsetD32_v2_ptds)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemsetD32_v2_ptds);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemsetD32_v2_ptds);
    }
    struct quanta__work w;
    quanta__work_begin(&w, NULL, QUANTA__WORK_GATE);
    CUresult rc = real(dstDevice, ui, N);
    quanta__work_end(&w, rc);
    return rc;
}

QUANTA__WRAPPER CUresult cuMemsetD32_v2_ptds(CUdeviceptr dstDevice, unsigned int ui, size_t N)
{
    quanta_cuda_pfn_cuMemsetD32_v2_ptds real = (quanta_cuda_pfn_cuMemsetD32_v2_ptds)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemsetD32_v2_ptds);
    if (__builtin_expect(real != NULL && quanta__work_ungated(), 1))
        return real(dstDevice, ui, N);
    return gated_cuMemsetD32_v2_ptds(dstDevice, ui, N);
}

static QUANTA__COLD CUresult gated_cuMemsetD32Async(CUdeviceptr dstDevice, unsigned int ui, size_t N, CUstream hStream)
{
    quanta_cuda_pfn_cuMemsetD32Async real = (quanta_cuda_pfn_cuMemsetD32Async)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemsetD32Async);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemsetD32Async);
    }
    struct quanta__work w;
    quanta__work_begin(&w, hStream, QUANTA__WORK_STREAM);
    CUresult rc = real(dstDevice, ui, N, hStream);
    quanta__work_end(&w, rc);
    return rc;
}

QUANTA__WRAPPER CUresult cuMemsetD32Async(CUdeviceptr dstDevice, unsigned int ui, size_t N, CUstream hStream)
{
    quanta_cuda_pfn_cuMemsetD32Async real = (quanta_cuda_pfn_cuMemsetD32Async)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemsetD32Async);
    if (__builtin_expect(real != NULL && quanta__stream_work_ungated(), 1))
        return real(dstDevice, ui, N, hStream);
    return gated_cuMemsetD32Async(dstDevice, ui, N, hStream);
}

static QUANTA__COLD CUresult gated_cuMemsetD32Async_ptsz(CUdeviceptr dstDevice, unsigned int ui, size_t N, CUstream hStream)
{
    quanta_cuda_pfn_cuMemsetD32Async_ptsz real = (quanta_cuda_pfn_cuMemsetD32Async_ptsz)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemsetD32Async_ptsz);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemsetD32Async_ptsz);
    }
    struct quanta__work w;
    quanta__work_begin(&w, (hStream != NULL ? hStream : QUANTA__STREAM_PER_THREAD), QUANTA__WORK_STREAM);
    CUresult rc = real(dstDevice, ui, N, hStream);
    quanta__work_end(&w, rc);
    return rc;
}

QUANTA__WRAPPER CUresult cuMemsetD32Async_ptsz(CUdeviceptr dstDevice, unsigned int ui, size_t N, CUstream hStream)
{
    quanta_cuda_pfn_cuMemsetD32Async_ptsz real = (quanta_cuda_pfn_cuMemsetD32Async_ptsz)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemsetD32Async_ptsz);
    if (__builtin_expect(real != NULL && quanta__stream_work_ungated(), 1))
        return real(dstDevice, ui, N, hStream);
    return gated_cuMemsetD32Async_ptsz(dstDevice, ui, N, hStream);
}

static QUANTA__COLD CUresult gated_cuMemsetD8(CUdeviceptr_v1 dstDevice, unsigned char uc, unsigned int N)
{
    quanta_cuda_pfn_cuMemsetD8 real = (quanta_cuda_pfn_cuMemsetD8)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemsetD8);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemsetD8);
    }
    struct quanta__work w;
    quanta__work_begin(&w, NULL, QUANTA__WORK_GATE);
    CUresult rc = real(dstDevice, uc, N);
    quanta__work_end(&w, rc);
    return rc;
}

QUANTA__WRAPPER CUresult cuMemsetD8(CUdeviceptr_v1 dstDevice, unsigned char uc, unsigned int N)
{
    quanta_cuda_pfn_cuMemsetD8 real = (quanta_cuda_pfn_cuMemsetD8)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemsetD8);
    if (__builtin_expect(real != NULL && quanta__work_ungated(), 1))
        return real(dstDevice, uc, N);
    return gated_cuMemsetD8(dstDevice, uc, N);
}

static QUANTA__COLD CUresult gated_cuMemsetD8_v2(CUdeviceptr dstDevice, unsigned char uc, size_t N)
{
    quanta_cuda_pfn_cuMemsetD8_v2 real = (quanta_cuda_pfn_cuMemsetD8_v2)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemsetD8_v2);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemsetD8_v2);
    }
    struct quanta__work w;
    quanta__work_begin(&w, NULL, QUANTA__WORK_GATE);
    CUresult rc = real(dstDevice, uc, N);
    quanta__work_end(&w, rc);
    return rc;
}

QUANTA__WRAPPER CUresult cuMemsetD8_v2(CUdeviceptr dstDevice, unsigned char uc, size_t N)
{
    quanta_cuda_pfn_cuMemsetD8_v2 real = (quanta_cuda_pfn_cuMemsetD8_v2)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemsetD8_v2);
    if (__builtin_expect(real != NULL && quanta__work_ungated(), 1))
        return real(dstDevice, uc, N);
    return gated_cuMemsetD8_v2(dstDevice, uc, N);
}

static QUANTA__COLD CUresult gated_cuMemsetD8_v2_ptds(CUdeviceptr dstDevice, unsigned char uc, size_t N)
{
    quanta_cuda_pfn_cuMemsetD8_v2_ptds real = (quanta_cuda_pfn_cuMemsetD8_v2_ptds)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemsetD8_v2_ptds);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemsetD8_v2_ptds);
    }
    struct quanta__work w;
    quanta__work_begin(&w, NULL, QUANTA__WORK_GATE);
    CUresult rc = real(dstDevice, uc, N);
    quanta__work_end(&w, rc);
    return rc;
}

QUANTA__WRAPPER CUresult cuMemsetD8_v2_ptds(CUdeviceptr dstDevice, unsigned char uc, size_t N)
{
    quanta_cuda_pfn_cuMemsetD8_v2_ptds real = (quanta_cuda_pfn_cuMemsetD8_v2_ptds)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemsetD8_v2_ptds);
    if (__builtin_expect(real != NULL && quanta__work_ungated(), 1))
        return real(dstDevice, uc, N);
    return gated_cuMemsetD8_v2_ptds(dstDevice, uc, N);
}

static QUANTA__COLD CUresult gated_cuMemsetD8Async(CUdeviceptr dstDevice, unsigned char uc, size_t N, CUstream hStream)
{
    quanta_cuda_pfn_cuMemsetD8Async real = (quanta_cuda_pfn_cuMemsetD8Async)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemsetD8Async);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemsetD8Async);
    }
    struct quanta__work w;
    quanta__work_begin(&w, hStream, QUANTA__WORK_STREAM);
    CUresult rc = real(dstDevice, uc, N, hStream);
    quanta__work_end(&w, rc);
    return rc;
}

QUANTA__WRAPPER CUresult cuMemsetD8Async(CUdeviceptr dstDevice, unsigned char uc, size_t N, CUstream hStream)
{
    quanta_cuda_pfn_cuMemsetD8Async real = (quanta_cuda_pfn_cuMemsetD8Async)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemsetD8Async);
    if (__builtin_expect(real != NULL && quanta__stream_work_ungated(), 1))
        return real(dstDevice, uc, N, hStream);
    return gated_cuMemsetD8Async(dstDevice, uc, N, hStream);
}

static QUANTA__COLD CUresult gated_cuMemsetD8Async_ptsz(CUdeviceptr dstDevice, unsigned char uc, size_t N, CUstream hStream)
{
    quanta_cuda_pfn_cuMemsetD8Async_ptsz real = (quanta_cuda_pfn_cuMemsetD8Async_ptsz)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMemsetD8Async_ptsz);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemsetD8Async_ptsz);
    }
    struct quanta__work w;
    quanta__work_begin(&w, (hStream != NULL ? hStream : QUANTA__STREAM_PER_THREAD), QUANTA__WORK_STREAM);
    CUresult rc = real(dstDevice, uc, N, hStream);
    quanta__work_end(&w, rc);
    return rc;
}

QUANTA__WRAPPER CUresult cuMemsetD8Async_ptsz(CUdeviceptr dstDevice, unsigned char uc, size_t N, CUstream hStream)
{
    quanta_cuda_pfn_cuMemsetD8Async_ptsz real = (quanta_cuda_pfn_cuMemsetD8Async_ptsz)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMemsetD8Async_ptsz);
    if (__builtin_expect(real != NULL && quanta__stream_work_ungated(), 1))
        return real(dstDevice, uc, N, hStream);
    return gated_cuMemsetD8Async_ptsz(dstDevice, uc, N, hStream);
}

static QUANTA__COLD CUresult slow_cuMipmappedArrayCreate(CUmipmappedArray *pHandle, const CUDA_ARRAY3D_DESCRIPTOR *pMipmappedArrayDesc, unsigned int numMipmapLevels)
{
    quanta_cuda_pfn_cuMipmappedArrayCreate real = (quanta_cuda_pfn_cuMipmappedArrayCreate)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMipmappedArrayCreate);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMipmappedArrayCreate);
    }
    return real(pHandle, pMipmappedArrayDesc, numMipmapLevels);
}

QUANTA__WRAPPER CUresult cuMipmappedArrayCreate(CUmipmappedArray *pHandle, const CUDA_ARRAY3D_DESCRIPTOR *pMipmappedArrayDesc, unsigned int numMipmapLevels)
{
    quanta_cuda_pfn_cuMipmappedArrayCreate real = (quanta_cuda_pfn_cuMipmappedArrayCreate)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMipmappedArrayCreate);
    if (__builtin_expect(real != NULL, 1))
        return real(pHandle, pMipmappedArrayDesc, numMipmapLevels);
    return slow_cuMipmappedArrayCreate(pHandle, pMipmappedArrayDesc, numMipmapLevels);
}

static QUANTA__COLD CUresult slow_cuMipmappedArrayDestroy(CUmipmappedArray hMipmappedArray)
{
    quanta_cuda_pfn_cuMipmappedArrayDestroy real = (quanta_cuda_pfn_cuMipmappedArrayDestroy)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMipmappedArrayDestroy);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMipmappedArrayDestroy);
    }
    return real(hMipmappedArray);
}

QUANTA__WRAPPER CUresult cuMipmappedArrayDestroy(CUmipmappedArray hMipmappedArray)
{
    quanta_cuda_pfn_cuMipmappedArrayDestroy real = (quanta_cuda_pfn_cuMipmappedArrayDestroy)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMipmappedArrayDestroy);
    if (__builtin_expect(real != NULL, 1))
        return real(hMipmappedArray);
    return slow_cuMipmappedArrayDestroy(hMipmappedArray);
}

static QUANTA__COLD CUresult slow_cuMipmappedArrayGetLevel(CUarray *pLevelArray, CUmipmappedArray hMipmappedArray, unsigned int level)
{
    quanta_cuda_pfn_cuMipmappedArrayGetLevel real = (quanta_cuda_pfn_cuMipmappedArrayGetLevel)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMipmappedArrayGetLevel);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMipmappedArrayGetLevel);
    }
    return real(pLevelArray, hMipmappedArray, level);
}

QUANTA__WRAPPER CUresult cuMipmappedArrayGetLevel(CUarray *pLevelArray, CUmipmappedArray hMipmappedArray, unsigned int level)
{
    quanta_cuda_pfn_cuMipmappedArrayGetLevel real = (quanta_cuda_pfn_cuMipmappedArrayGetLevel)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMipmappedArrayGetLevel);
    if (__builtin_expect(real != NULL, 1))
        return real(pLevelArray, hMipmappedArray, level);
    return slow_cuMipmappedArrayGetLevel(pLevelArray, hMipmappedArray, level);
}

static QUANTA__COLD CUresult slow_cuMipmappedArrayGetMemoryRequirements(CUDA_ARRAY_MEMORY_REQUIREMENTS *memoryRequirements, CUmipmappedArray mipmap, CUdevice device)
{
    quanta_cuda_pfn_cuMipmappedArrayGetMemoryRequirements real = (quanta_cuda_pfn_cuMipmappedArrayGetMemoryRequirements)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMipmappedArrayGetMemoryRequirements);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMipmappedArrayGetMemoryRequirements);
    }
    return real(memoryRequirements, mipmap, device);
}

QUANTA__WRAPPER CUresult cuMipmappedArrayGetMemoryRequirements(CUDA_ARRAY_MEMORY_REQUIREMENTS *memoryRequirements, CUmipmappedArray mipmap, CUdevice device)
{
    quanta_cuda_pfn_cuMipmappedArrayGetMemoryRequirements real = (quanta_cuda_pfn_cuMipmappedArrayGetMemoryRequirements)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMipmappedArrayGetMemoryRequirements);
    if (__builtin_expect(real != NULL, 1))
        return real(memoryRequirements, mipmap, device);
    return slow_cuMipmappedArrayGetMemoryRequirements(memoryRequirements, mipmap, device);
}

static QUANTA__COLD CUresult slow_cuMipmappedArrayGetSparseProperties(CUDA_ARRAY_SPARSE_PROPERTIES *sparseProperties, CUmipmappedArray mipmap)
{
    quanta_cuda_pfn_cuMipmappedArrayGetSparseProperties real = (quanta_cuda_pfn_cuMipmappedArrayGetSparseProperties)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMipmappedArrayGetSparseProperties);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMipmappedArrayGetSparseProperties);
    }
    return real(sparseProperties, mipmap);
}

QUANTA__WRAPPER CUresult cuMipmappedArrayGetSparseProperties(CUDA_ARRAY_SPARSE_PROPERTIES *sparseProperties, CUmipmappedArray mipmap)
{
    quanta_cuda_pfn_cuMipmappedArrayGetSparseProperties real = (quanta_cuda_pfn_cuMipmappedArrayGetSparseProperties)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMipmappedArrayGetSparseProperties);
    if (__builtin_expect(real != NULL, 1))
        return real(sparseProperties, mipmap);
    return slow_cuMipmappedArrayGetSparseProperties(sparseProperties, mipmap);
}

static QUANTA__COLD CUresult slow_cuModuleEnumerateFunctions(CUfunction *functions, unsigned int numFunctions, CUmodule mod)
{
    quanta_cuda_pfn_cuModuleEnumerateFunctions real = (quanta_cuda_pfn_cuModuleEnumerateFunctions)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuModuleEnumerateFunctions);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuModuleEnumerateFunctions);
    }
    return real(functions, numFunctions, mod);
}

QUANTA__WRAPPER CUresult cuModuleEnumerateFunctions(CUfunction *functions, unsigned int numFunctions, CUmodule mod)
{
    quanta_cuda_pfn_cuModuleEnumerateFunctions real = (quanta_cuda_pfn_cuModuleEnumerateFunctions)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuModuleEnumerateFunctions);
    if (__builtin_expect(real != NULL, 1))
        return real(functions, numFunctions, mod);
    return slow_cuModuleEnumerateFunctions(functions, numFunctions, mod);
}

static QUANTA__COLD CUresult slow_cuModuleGetFunction(CUfunction *hfunc, CUmodule hmod, const char *name)
{
    quanta_cuda_pfn_cuModuleGetFunction real = (quanta_cuda_pfn_cuModuleGetFunction)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuModuleGetFunction);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuModuleGetFunction);
    }
    return real(hfunc, hmod, name);
}

QUANTA__WRAPPER CUresult cuModuleGetFunction(CUfunction *hfunc, CUmodule hmod, const char *name)
{
    quanta_cuda_pfn_cuModuleGetFunction real = (quanta_cuda_pfn_cuModuleGetFunction)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuModuleGetFunction);
    if (__builtin_expect(real != NULL, 1))
        return real(hfunc, hmod, name);
    return slow_cuModuleGetFunction(hfunc, hmod, name);
}

static QUANTA__COLD CUresult slow_cuModuleGetFunctionCount(unsigned int *count, CUmodule mod)
{
    quanta_cuda_pfn_cuModuleGetFunctionCount real = (quanta_cuda_pfn_cuModuleGetFunctionCount)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuModuleGetFunctionCount);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuModuleGetFunctionCount);
    }
    return real(count, mod);
}

QUANTA__WRAPPER CUresult cuModuleGetFunctionCount(unsigned int *count, CUmodule mod)
{
    quanta_cuda_pfn_cuModuleGetFunctionCount real = (quanta_cuda_pfn_cuModuleGetFunctionCount)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuModuleGetFunctionCount);
    if (__builtin_expect(real != NULL, 1))
        return real(count, mod);
    return slow_cuModuleGetFunctionCount(count, mod);
}

static QUANTA__COLD CUresult slow_cuModuleGetGlobal(CUdeviceptr_v1 *dptr, unsigned int *bytes, CUmodule hmod, const char *name)
{
    quanta_cuda_pfn_cuModuleGetGlobal real = (quanta_cuda_pfn_cuModuleGetGlobal)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuModuleGetGlobal);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuModuleGetGlobal);
    }
    return real(dptr, bytes, hmod, name);
}

QUANTA__WRAPPER CUresult cuModuleGetGlobal(CUdeviceptr_v1 *dptr, unsigned int *bytes, CUmodule hmod, const char *name)
{
    quanta_cuda_pfn_cuModuleGetGlobal real = (quanta_cuda_pfn_cuModuleGetGlobal)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuModuleGetGlobal);
    if (__builtin_expect(real != NULL, 1))
        return real(dptr, bytes, hmod, name);
    return slow_cuModuleGetGlobal(dptr, bytes, hmod, name);
}

static QUANTA__COLD CUresult slow_cuModuleGetGlobal_v2(CUdeviceptr *dptr, size_t *bytes, CUmodule hmod, const char *name)
{
    quanta_cuda_pfn_cuModuleGetGlobal_v2 real = (quanta_cuda_pfn_cuModuleGetGlobal_v2)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuModuleGetGlobal_v2);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuModuleGetGlobal_v2);
    }
    return real(dptr, bytes, hmod, name);
}

QUANTA__WRAPPER CUresult cuModuleGetGlobal_v2(CUdeviceptr *dptr, size_t *bytes, CUmodule hmod, const char *name)
{
    quanta_cuda_pfn_cuModuleGetGlobal_v2 real = (quanta_cuda_pfn_cuModuleGetGlobal_v2)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuModuleGetGlobal_v2);
    if (__builtin_expect(real != NULL, 1))
        return real(dptr, bytes, hmod, name);
    return slow_cuModuleGetGlobal_v2(dptr, bytes, hmod, name);
}

static QUANTA__COLD CUresult slow_cuModuleGetLoadingMode(CUmoduleLoadingMode *mode)
{
    quanta_cuda_pfn_cuModuleGetLoadingMode real = (quanta_cuda_pfn_cuModuleGetLoadingMode)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuModuleGetLoadingMode);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuModuleGetLoadingMode);
    }
    return real(mode);
}

QUANTA__WRAPPER CUresult cuModuleGetLoadingMode(CUmoduleLoadingMode *mode)
{
    quanta_cuda_pfn_cuModuleGetLoadingMode real = (quanta_cuda_pfn_cuModuleGetLoadingMode)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuModuleGetLoadingMode);
    if (__builtin_expect(real != NULL, 1))
        return real(mode);
    return slow_cuModuleGetLoadingMode(mode);
}

static QUANTA__COLD CUresult slow_cuModuleGetSurfRef(CUsurfref *pSurfRef, CUmodule hmod, const char *name)
{
    quanta_cuda_pfn_cuModuleGetSurfRef real = (quanta_cuda_pfn_cuModuleGetSurfRef)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuModuleGetSurfRef);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuModuleGetSurfRef);
    }
    return real(pSurfRef, hmod, name);
}

QUANTA__WRAPPER CUresult cuModuleGetSurfRef(CUsurfref *pSurfRef, CUmodule hmod, const char *name)
{
    quanta_cuda_pfn_cuModuleGetSurfRef real = (quanta_cuda_pfn_cuModuleGetSurfRef)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuModuleGetSurfRef);
    if (__builtin_expect(real != NULL, 1))
        return real(pSurfRef, hmod, name);
    return slow_cuModuleGetSurfRef(pSurfRef, hmod, name);
}

static QUANTA__COLD CUresult slow_cuModuleGetTexRef(CUtexref *pTexRef, CUmodule hmod, const char *name)
{
    quanta_cuda_pfn_cuModuleGetTexRef real = (quanta_cuda_pfn_cuModuleGetTexRef)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuModuleGetTexRef);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuModuleGetTexRef);
    }
    return real(pTexRef, hmod, name);
}

QUANTA__WRAPPER CUresult cuModuleGetTexRef(CUtexref *pTexRef, CUmodule hmod, const char *name)
{
    quanta_cuda_pfn_cuModuleGetTexRef real = (quanta_cuda_pfn_cuModuleGetTexRef)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuModuleGetTexRef);
    if (__builtin_expect(real != NULL, 1))
        return real(pTexRef, hmod, name);
    return slow_cuModuleGetTexRef(pTexRef, hmod, name);
}

static QUANTA__COLD CUresult slow_cuModuleLoad(CUmodule *module, const char *fname)
{
    quanta_cuda_pfn_cuModuleLoad real = (quanta_cuda_pfn_cuModuleLoad)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuModuleLoad);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuModuleLoad);
    }
    return real(module, fname);
}

QUANTA__WRAPPER CUresult cuModuleLoad(CUmodule *module, const char *fname)
{
    quanta_cuda_pfn_cuModuleLoad real = (quanta_cuda_pfn_cuModuleLoad)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuModuleLoad);
    if (__builtin_expect(real != NULL, 1))
        return real(module, fname);
    return slow_cuModuleLoad(module, fname);
}

static QUANTA__COLD CUresult slow_cuModuleLoadData(CUmodule *module, const void *image)
{
    quanta_cuda_pfn_cuModuleLoadData real = (quanta_cuda_pfn_cuModuleLoadData)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuModuleLoadData);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuModuleLoadData);
    }
    return real(module, image);
}

QUANTA__WRAPPER CUresult cuModuleLoadData(CUmodule *module, const void *image)
{
    quanta_cuda_pfn_cuModuleLoadData real = (quanta_cuda_pfn_cuModuleLoadData)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuModuleLoadData);
    if (__builtin_expect(real != NULL, 1))
        return real(module, image);
    return slow_cuModuleLoadData(module, image);
}

static QUANTA__COLD CUresult slow_cuModuleLoadDataEx(CUmodule *module, const void *image, unsigned int numOptions, CUjit_option *options, void **optionValues)
{
    quanta_cuda_pfn_cuModuleLoadDataEx real = (quanta_cuda_pfn_cuModuleLoadDataEx)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuModuleLoadDataEx);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuModuleLoadDataEx);
    }
    return real(module, image, numOptions, options, optionValues);
}

QUANTA__WRAPPER CUresult cuModuleLoadDataEx(CUmodule *module, const void *image, unsigned int numOptions, CUjit_option *options, void **optionValues)
{
    quanta_cuda_pfn_cuModuleLoadDataEx real = (quanta_cuda_pfn_cuModuleLoadDataEx)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuModuleLoadDataEx);
    if (__builtin_expect(real != NULL, 1))
        return real(module, image, numOptions, options, optionValues);
    return slow_cuModuleLoadDataEx(module, image, numOptions, options, optionValues);
}

static QUANTA__COLD CUresult slow_cuModuleLoadFatBinary(CUmodule *module, const void *fatCubin)
{
    quanta_cuda_pfn_cuModuleLoadFatBinary real = (quanta_cuda_pfn_cuModuleLoadFatBinary)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuModuleLoadFatBinary);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuModuleLoadFatBinary);
    }
    return real(module, fatCubin);
}

QUANTA__WRAPPER CUresult cuModuleLoadFatBinary(CUmodule *module, const void *fatCubin)
{
    quanta_cuda_pfn_cuModuleLoadFatBinary real = (quanta_cuda_pfn_cuModuleLoadFatBinary)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuModuleLoadFatBinary);
    if (__builtin_expect(real != NULL, 1))
        return real(module, fatCubin);
    return slow_cuModuleLoadFatBinary(module, fatCubin);
}

static QUANTA__COLD CUresult slow_cuModuleUnload(CUmodule hmod)
{
    quanta_cuda_pfn_cuModuleUnload real = (quanta_cuda_pfn_cuModuleUnload)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuModuleUnload);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuModuleUnload);
    }
    return real(hmod);
}

QUANTA__WRAPPER CUresult cuModuleUnload(CUmodule hmod)
{
    quanta_cuda_pfn_cuModuleUnload real = (quanta_cuda_pfn_cuModuleUnload)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuModuleUnload);
    if (__builtin_expect(real != NULL, 1))
        return real(hmod);
    return slow_cuModuleUnload(hmod);
}

static QUANTA__COLD CUresult slow_cuMulticastAddDevice(CUmemGenericAllocationHandle mcHandle, CUdevice dev)
{
    quanta_cuda_pfn_cuMulticastAddDevice real = (quanta_cuda_pfn_cuMulticastAddDevice)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMulticastAddDevice);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMulticastAddDevice);
    }
    return real(mcHandle, dev);
}

QUANTA__WRAPPER CUresult cuMulticastAddDevice(CUmemGenericAllocationHandle mcHandle, CUdevice dev)
{
    quanta_cuda_pfn_cuMulticastAddDevice real = (quanta_cuda_pfn_cuMulticastAddDevice)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMulticastAddDevice);
    if (__builtin_expect(real != NULL, 1))
        return real(mcHandle, dev);
    return slow_cuMulticastAddDevice(mcHandle, dev);
}

static QUANTA__COLD CUresult slow_cuMulticastBindAddr(CUmemGenericAllocationHandle mcHandle, size_t mcOffset, CUdeviceptr memptr, size_t size, unsigned long long flags)
{
    quanta_cuda_pfn_cuMulticastBindAddr real = (quanta_cuda_pfn_cuMulticastBindAddr)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMulticastBindAddr);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMulticastBindAddr);
    }
    return real(mcHandle, mcOffset, memptr, size, flags);
}

QUANTA__WRAPPER CUresult cuMulticastBindAddr(CUmemGenericAllocationHandle mcHandle, size_t mcOffset, CUdeviceptr memptr, size_t size, unsigned long long flags)
{
    quanta_cuda_pfn_cuMulticastBindAddr real = (quanta_cuda_pfn_cuMulticastBindAddr)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMulticastBindAddr);
    if (__builtin_expect(real != NULL, 1))
        return real(mcHandle, mcOffset, memptr, size, flags);
    return slow_cuMulticastBindAddr(mcHandle, mcOffset, memptr, size, flags);
}

static QUANTA__COLD CUresult slow_cuMulticastBindMem(CUmemGenericAllocationHandle mcHandle, size_t mcOffset, CUmemGenericAllocationHandle memHandle, size_t memOffset, size_t size, unsigned long long flags)
{
    quanta_cuda_pfn_cuMulticastBindMem real = (quanta_cuda_pfn_cuMulticastBindMem)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMulticastBindMem);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMulticastBindMem);
    }
    return real(mcHandle, mcOffset, memHandle, memOffset, size, flags);
}

QUANTA__WRAPPER CUresult cuMulticastBindMem(CUmemGenericAllocationHandle mcHandle, size_t mcOffset, CUmemGenericAllocationHandle memHandle, size_t memOffset, size_t size, unsigned long long flags)
{
    quanta_cuda_pfn_cuMulticastBindMem real = (quanta_cuda_pfn_cuMulticastBindMem)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMulticastBindMem);
    if (__builtin_expect(real != NULL, 1))
        return real(mcHandle, mcOffset, memHandle, memOffset, size, flags);
    return slow_cuMulticastBindMem(mcHandle, mcOffset, memHandle, memOffset, size, flags);
}

static QUANTA__COLD CUresult slow_cuMulticastCreate(CUmemGenericAllocationHandle *mcHandle, const CUmulticastObjectProp *prop)
{
    quanta_cuda_pfn_cuMulticastCreate real = (quanta_cuda_pfn_cuMulticastCreate)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMulticastCreate);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMulticastCreate);
    }
    return real(mcHandle, prop);
}

QUANTA__WRAPPER CUresult cuMulticastCreate(CUmemGenericAllocationHandle *mcHandle, const CUmulticastObjectProp *prop)
{
    quanta_cuda_pfn_cuMulticastCreate real = (quanta_cuda_pfn_cuMulticastCreate)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMulticastCreate);
    if (__builtin_expect(real != NULL, 1))
        return real(mcHandle, prop);
    return slow_cuMulticastCreate(mcHandle, prop);
}

static QUANTA__COLD CUresult slow_cuMulticastGetGranularity(size_t *granularity, const CUmulticastObjectProp *prop, CUmulticastGranularity_flags option)
{
    quanta_cuda_pfn_cuMulticastGetGranularity real = (quanta_cuda_pfn_cuMulticastGetGranularity)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMulticastGetGranularity);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMulticastGetGranularity);
    }
    return real(granularity, prop, option);
}

QUANTA__WRAPPER CUresult cuMulticastGetGranularity(size_t *granularity, const CUmulticastObjectProp *prop, CUmulticastGranularity_flags option)
{
    quanta_cuda_pfn_cuMulticastGetGranularity real = (quanta_cuda_pfn_cuMulticastGetGranularity)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMulticastGetGranularity);
    if (__builtin_expect(real != NULL, 1))
        return real(granularity, prop, option);
    return slow_cuMulticastGetGranularity(granularity, prop, option);
}

static QUANTA__COLD CUresult slow_cuMulticastUnbind(CUmemGenericAllocationHandle mcHandle, CUdevice dev, size_t mcOffset, size_t size)
{
    quanta_cuda_pfn_cuMulticastUnbind real = (quanta_cuda_pfn_cuMulticastUnbind)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuMulticastUnbind);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMulticastUnbind);
    }
    return real(mcHandle, dev, mcOffset, size);
}

QUANTA__WRAPPER CUresult cuMulticastUnbind(CUmemGenericAllocationHandle mcHandle, CUdevice dev, size_t mcOffset, size_t size)
{
    quanta_cuda_pfn_cuMulticastUnbind real = (quanta_cuda_pfn_cuMulticastUnbind)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuMulticastUnbind);
    if (__builtin_expect(real != NULL, 1))
        return real(mcHandle, dev, mcOffset, size);
    return slow_cuMulticastUnbind(mcHandle, dev, mcOffset, size);
}

static QUANTA__COLD CUresult slow_cuOccupancyAvailableDynamicSMemPerBlock(size_t *dynamicSmemSize, CUfunction func, int numBlocks, int blockSize)
{
    quanta_cuda_pfn_cuOccupancyAvailableDynamicSMemPerBlock real = (quanta_cuda_pfn_cuOccupancyAvailableDynamicSMemPerBlock)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuOccupancyAvailableDynamicSMemPerBlock);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuOccupancyAvailableDynamicSMemPerBlock);
    }
    return real(dynamicSmemSize, func, numBlocks, blockSize);
}

QUANTA__WRAPPER CUresult cuOccupancyAvailableDynamicSMemPerBlock(size_t *dynamicSmemSize, CUfunction func, int numBlocks, int blockSize)
{
    quanta_cuda_pfn_cuOccupancyAvailableDynamicSMemPerBlock real = (quanta_cuda_pfn_cuOccupancyAvailableDynamicSMemPerBlock)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuOccupancyAvailableDynamicSMemPerBlock);
    if (__builtin_expect(real != NULL, 1))
        return real(dynamicSmemSize, func, numBlocks, blockSize);
    return slow_cuOccupancyAvailableDynamicSMemPerBlock(dynamicSmemSize, func, numBlocks, blockSize);
}

static QUANTA__COLD CUresult slow_cuOccupancyMaxActiveBlocksPerMultiprocessor(int *numBlocks, CUfunction func, int blockSize, size_t dynamicSMemSize)
{
    quanta_cuda_pfn_cuOccupancyMaxActiveBlocksPerMultiprocessor real = (quanta_cuda_pfn_cuOccupancyMaxActiveBlocksPerMultiprocessor)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuOccupancyMaxActiveBlocksPerMultiprocessor);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuOccupancyMaxActiveBlocksPerMultiprocessor);
    }
    return real(numBlocks, func, blockSize, dynamicSMemSize);
}

QUANTA__WRAPPER CUresult cuOccupancyMaxActiveBlocksPerMultiprocessor(int *numBlocks, CUfunction func, int blockSize, size_t dynamicSMemSize)
{
    quanta_cuda_pfn_cuOccupancyMaxActiveBlocksPerMultiprocessor real = (quanta_cuda_pfn_cuOccupancyMaxActiveBlocksPerMultiprocessor)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuOccupancyMaxActiveBlocksPerMultiprocessor);
    if (__builtin_expect(real != NULL, 1))
        return real(numBlocks, func, blockSize, dynamicSMemSize);
    return slow_cuOccupancyMaxActiveBlocksPerMultiprocessor(numBlocks, func, blockSize, dynamicSMemSize);
}

static QUANTA__COLD CUresult slow_cuOccupancyMaxActiveBlocksPerMultiprocessorWithFlags(int *numBlocks, CUfunction func, int blockSize, size_t dynamicSMemSize, unsigned int flags)
{
    quanta_cuda_pfn_cuOccupancyMaxActiveBlocksPerMultiprocessorWithFlags real = (quanta_cuda_pfn_cuOccupancyMaxActiveBlocksPerMultiprocessorWithFlags)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuOccupancyMaxActiveBlocksPerMultiprocessorWithFlags);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuOccupancyMaxActiveBlocksPerMultiprocessorWithFlags);
    }
    return real(numBlocks, func, blockSize, dynamicSMemSize, flags);
}

QUANTA__WRAPPER CUresult cuOccupancyMaxActiveBlocksPerMultiprocessorWithFlags(int *numBlocks, CUfunction func, int blockSize, size_t dynamicSMemSize, unsigned int flags)
{
    quanta_cuda_pfn_cuOccupancyMaxActiveBlocksPerMultiprocessorWithFlags real = (quanta_cuda_pfn_cuOccupancyMaxActiveBlocksPerMultiprocessorWithFlags)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuOccupancyMaxActiveBlocksPerMultiprocessorWithFlags);
    if (__builtin_expect(real != NULL, 1))
        return real(numBlocks, func, blockSize, dynamicSMemSize, flags);
    return slow_cuOccupancyMaxActiveBlocksPerMultiprocessorWithFlags(numBlocks, func, blockSize, dynamicSMemSize, flags);
}

static QUANTA__COLD CUresult slow_cuOccupancyMaxActiveClusters(int *numClusters, CUfunction func, const CUlaunchConfig *config)
{
    quanta_cuda_pfn_cuOccupancyMaxActiveClusters real = (quanta_cuda_pfn_cuOccupancyMaxActiveClusters)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuOccupancyMaxActiveClusters);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuOccupancyMaxActiveClusters);
    }
    return real(numClusters, func, config);
}

QUANTA__WRAPPER CUresult cuOccupancyMaxActiveClusters(int *numClusters, CUfunction func, const CUlaunchConfig *config)
{
    quanta_cuda_pfn_cuOccupancyMaxActiveClusters real = (quanta_cuda_pfn_cuOccupancyMaxActiveClusters)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuOccupancyMaxActiveClusters);
    if (__builtin_expect(real != NULL, 1))
        return real(numClusters, func, config);
    return slow_cuOccupancyMaxActiveClusters(numClusters, func, config);
}

static QUANTA__COLD CUresult slow_cuOccupancyMaxPotentialBlockSize(int *minGridSize, int *blockSize, CUfunction func, CUoccupancyB2DSize blockSizeToDynamicSMemSize, size_t dynamicSMemSize, int blockSizeLimit)
{
    quanta_cuda_pfn_cuOccupancyMaxPotentialBlockSize real = (quanta_cuda_pfn_cuOccupancyMaxPotentialBlockSize)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuOccupancyMaxPotentialBlockSize);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuOccupancyMaxPotentialBlockSize);
    }
    return real(minGridSize, blockSize, func, blockSizeToDynamicSMemSize, dynamicSMemSize, blockSizeLimit);
}

QUANTA__WRAPPER CUresult cuOccupancyMaxPotentialBlockSize(int *minGridSize, int *blockSize, CUfunction func, CUoccupancyB2DSize blockSizeToDynamicSMemSize, size_t dynamicSMemSize, int blockSizeLimit)
{
    quanta_cuda_pfn_cuOccupancyMaxPotentialBlockSize real = (quanta_cuda_pfn_cuOccupancyMaxPotentialBlockSize)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuOccupancyMaxPotentialBlockSize);
    if (__builtin_expect(real != NULL, 1))
        return real(minGridSize, blockSize, func, blockSizeToDynamicSMemSize, dynamicSMemSize, blockSizeLimit);
    return slow_cuOccupancyMaxPotentialBlockSize(minGridSize, blockSize, func, blockSizeToDynamicSMemSize, dynamicSMemSize, blockSizeLimit);
}

static QUANTA__COLD CUresult slow_cuOccupancyMaxPotentialBlockSizeWithFlags(int *minGridSize, int *blockSize, CUfunction func, CUoccupancyB2DSize blockSizeToDynamicSMemSize, size_t dynamicSMemSize, int blockSizeLimit, unsigned int flags)
{
    quanta_cuda_pfn_cuOccupancyMaxPotentialBlockSizeWithFlags real = (quanta_cuda_pfn_cuOccupancyMaxPotentialBlockSizeWithFlags)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuOccupancyMaxPotentialBlockSizeWithFlags);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuOccupancyMaxPotentialBlockSizeWithFlags);
    }
    return real(minGridSize, blockSize, func, blockSizeToDynamicSMemSize, dynamicSMemSize, blockSizeLimit, flags);
}

QUANTA__WRAPPER CUresult cuOccupancyMaxPotentialBlockSizeWithFlags(int *minGridSize, int *blockSize, CUfunction func, CUoccupancyB2DSize blockSizeToDynamicSMemSize, size_t dynamicSMemSize, int blockSizeLimit, unsigned int flags)
{
    quanta_cuda_pfn_cuOccupancyMaxPotentialBlockSizeWithFlags real = (quanta_cuda_pfn_cuOccupancyMaxPotentialBlockSizeWithFlags)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuOccupancyMaxPotentialBlockSizeWithFlags);
    if (__builtin_expect(real != NULL, 1))
        return real(minGridSize, blockSize, func, blockSizeToDynamicSMemSize, dynamicSMemSize, blockSizeLimit, flags);
    return slow_cuOccupancyMaxPotentialBlockSizeWithFlags(minGridSize, blockSize, func, blockSizeToDynamicSMemSize, dynamicSMemSize, blockSizeLimit, flags);
}

static QUANTA__COLD CUresult slow_cuOccupancyMaxPotentialClusterSize(int *clusterSize, CUfunction func, const CUlaunchConfig *config)
{
    quanta_cuda_pfn_cuOccupancyMaxPotentialClusterSize real = (quanta_cuda_pfn_cuOccupancyMaxPotentialClusterSize)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuOccupancyMaxPotentialClusterSize);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuOccupancyMaxPotentialClusterSize);
    }
    return real(clusterSize, func, config);
}

QUANTA__WRAPPER CUresult cuOccupancyMaxPotentialClusterSize(int *clusterSize, CUfunction func, const CUlaunchConfig *config)
{
    quanta_cuda_pfn_cuOccupancyMaxPotentialClusterSize real = (quanta_cuda_pfn_cuOccupancyMaxPotentialClusterSize)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuOccupancyMaxPotentialClusterSize);
    if (__builtin_expect(real != NULL, 1))
        return real(clusterSize, func, config);
    return slow_cuOccupancyMaxPotentialClusterSize(clusterSize, func, config);
}

static QUANTA__COLD CUresult slow_cuParamSetSize(CUfunction hfunc, unsigned int numbytes)
{
    quanta_cuda_pfn_cuParamSetSize real = (quanta_cuda_pfn_cuParamSetSize)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuParamSetSize);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuParamSetSize);
    }
    return real(hfunc, numbytes);
}

QUANTA__WRAPPER CUresult cuParamSetSize(CUfunction hfunc, unsigned int numbytes)
{
    quanta_cuda_pfn_cuParamSetSize real = (quanta_cuda_pfn_cuParamSetSize)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuParamSetSize);
    if (__builtin_expect(real != NULL, 1))
        return real(hfunc, numbytes);
    return slow_cuParamSetSize(hfunc, numbytes);
}

static QUANTA__COLD CUresult slow_cuParamSetTexRef(CUfunction hfunc, int texunit, CUtexref hTexRef)
{
    quanta_cuda_pfn_cuParamSetTexRef real = (quanta_cuda_pfn_cuParamSetTexRef)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuParamSetTexRef);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuParamSetTexRef);
    }
    return real(hfunc, texunit, hTexRef);
}

QUANTA__WRAPPER CUresult cuParamSetTexRef(CUfunction hfunc, int texunit, CUtexref hTexRef)
{
    quanta_cuda_pfn_cuParamSetTexRef real = (quanta_cuda_pfn_cuParamSetTexRef)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuParamSetTexRef);
    if (__builtin_expect(real != NULL, 1))
        return real(hfunc, texunit, hTexRef);
    return slow_cuParamSetTexRef(hfunc, texunit, hTexRef);
}

static QUANTA__COLD CUresult slow_cuParamSetf(CUfunction hfunc, int offset, float value)
{
    quanta_cuda_pfn_cuParamSetf real = (quanta_cuda_pfn_cuParamSetf)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuParamSetf);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuParamSetf);
    }
    return real(hfunc, offset, value);
}

QUANTA__WRAPPER CUresult cuParamSetf(CUfunction hfunc, int offset, float value)
{
    quanta_cuda_pfn_cuParamSetf real = (quanta_cuda_pfn_cuParamSetf)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuParamSetf);
    if (__builtin_expect(real != NULL, 1))
        return real(hfunc, offset, value);
    return slow_cuParamSetf(hfunc, offset, value);
}

static QUANTA__COLD CUresult slow_cuParamSeti(CUfunction hfunc, int offset, unsigned int value)
{
    quanta_cuda_pfn_cuParamSeti real = (quanta_cuda_pfn_cuParamSeti)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuParamSeti);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuParamSeti);
    }
    return real(hfunc, offset, value);
}

QUANTA__WRAPPER CUresult cuParamSeti(CUfunction hfunc, int offset, unsigned int value)
{
    quanta_cuda_pfn_cuParamSeti real = (quanta_cuda_pfn_cuParamSeti)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuParamSeti);
    if (__builtin_expect(real != NULL, 1))
        return real(hfunc, offset, value);
    return slow_cuParamSeti(hfunc, offset, value);
}

static QUANTA__COLD CUresult slow_cuParamSetv(CUfunction hfunc, int offset, void *ptr, unsigned int numbytes)
{
    quanta_cuda_pfn_cuParamSetv real = (quanta_cuda_pfn_cuParamSetv)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuParamSetv);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuParamSetv);
    }
    return real(hfunc, offset, ptr, numbytes);
}

QUANTA__WRAPPER CUresult cuParamSetv(CUfunction hfunc, int offset, void *ptr, unsigned int numbytes)
{
    quanta_cuda_pfn_cuParamSetv real = (quanta_cuda_pfn_cuParamSetv)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuParamSetv);
    if (__builtin_expect(real != NULL, 1))
        return real(hfunc, offset, ptr, numbytes);
    return slow_cuParamSetv(hfunc, offset, ptr, numbytes);
}

static QUANTA__COLD CUresult slow_cuPointerGetAttribute(void *data, CUpointer_attribute attribute, CUdeviceptr ptr)
{
    quanta_cuda_pfn_cuPointerGetAttribute real = (quanta_cuda_pfn_cuPointerGetAttribute)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuPointerGetAttribute);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuPointerGetAttribute);
    }
    return real(data, attribute, ptr);
}

QUANTA__WRAPPER CUresult cuPointerGetAttribute(void *data, CUpointer_attribute attribute, CUdeviceptr ptr)
{
    quanta_cuda_pfn_cuPointerGetAttribute real = (quanta_cuda_pfn_cuPointerGetAttribute)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuPointerGetAttribute);
    if (__builtin_expect(real != NULL, 1))
        return real(data, attribute, ptr);
    return slow_cuPointerGetAttribute(data, attribute, ptr);
}

static QUANTA__COLD CUresult slow_cuPointerGetAttributes(unsigned int numAttributes, CUpointer_attribute *attributes, void **data, CUdeviceptr ptr)
{
    quanta_cuda_pfn_cuPointerGetAttributes real = (quanta_cuda_pfn_cuPointerGetAttributes)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuPointerGetAttributes);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuPointerGetAttributes);
    }
    return real(numAttributes, attributes, data, ptr);
}

QUANTA__WRAPPER CUresult cuPointerGetAttributes(unsigned int numAttributes, CUpointer_attribute *attributes, void **data, CUdeviceptr ptr)
{
    quanta_cuda_pfn_cuPointerGetAttributes real = (quanta_cuda_pfn_cuPointerGetAttributes)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuPointerGetAttributes);
    if (__builtin_expect(real != NULL, 1))
        return real(numAttributes, attributes, data, ptr);
    return slow_cuPointerGetAttributes(numAttributes, attributes, data, ptr);
}

static QUANTA__COLD CUresult slow_cuPointerSetAttribute(const void *value, CUpointer_attribute attribute, CUdeviceptr ptr)
{
    quanta_cuda_pfn_cuPointerSetAttribute real = (quanta_cuda_pfn_cuPointerSetAttribute)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuPointerSetAttribute);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuPointerSetAttribute);
    }
    return real(value, attribute, ptr);
}

QUANTA__WRAPPER CUresult cuPointerSetAttribute(const void *value, CUpointer_attribute attribute, CUdeviceptr ptr)
{
    quanta_cuda_pfn_cuPointerSetAttribute real = (quanta_cuda_pfn_cuPointerSetAttribute)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuPointerSetAttribute);
    if (__builtin_expect(real != NULL, 1))
        return real(value, attribute, ptr);
    return slow_cuPointerSetAttribute(value, attribute, ptr);
}

static QUANTA__COLD CUresult slow_cuProfilerInitialize(const char *configFile, const char *outputFile, CUoutput_mode outputMode)
{
    quanta_cuda_pfn_cuProfilerInitialize real = (quanta_cuda_pfn_cuProfilerInitialize)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuProfilerInitialize);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuProfilerInitialize);
    }
    return real(configFile, outputFile, outputMode);
}

QUANTA__WRAPPER CUresult cuProfilerInitialize(const char *configFile, const char *outputFile, CUoutput_mode outputMode)
{
    quanta_cuda_pfn_cuProfilerInitialize real = (quanta_cuda_pfn_cuProfilerInitialize)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuProfilerInitialize);
    if (__builtin_expect(real != NULL, 1))
        return real(configFile, outputFile, outputMode);
    return slow_cuProfilerInitialize(configFile, outputFile, outputMode);
}

static QUANTA__COLD CUresult slow_cuProfilerStart(void)
{
    quanta_cuda_pfn_cuProfilerStart real = (quanta_cuda_pfn_cuProfilerStart)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuProfilerStart);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuProfilerStart);
    }
    return real();
}

QUANTA__WRAPPER CUresult cuProfilerStart(void)
{
    quanta_cuda_pfn_cuProfilerStart real = (quanta_cuda_pfn_cuProfilerStart)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuProfilerStart);
    if (__builtin_expect(real != NULL, 1))
        return real();
    return slow_cuProfilerStart();
}

static QUANTA__COLD CUresult slow_cuProfilerStop(void)
{
    quanta_cuda_pfn_cuProfilerStop real = (quanta_cuda_pfn_cuProfilerStop)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuProfilerStop);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuProfilerStop);
    }
    return real();
}

QUANTA__WRAPPER CUresult cuProfilerStop(void)
{
    quanta_cuda_pfn_cuProfilerStop real = (quanta_cuda_pfn_cuProfilerStop)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuProfilerStop);
    if (__builtin_expect(real != NULL, 1))
        return real();
    return slow_cuProfilerStop();
}

static QUANTA__COLD CUresult slow_cuSignalExternalSemaphoresAsync(const CUexternalSemaphore *extSemArray, const CUDA_EXTERNAL_SEMAPHORE_SIGNAL_PARAMS *paramsArray, unsigned int numExtSems, CUstream stream)
{
    quanta_cuda_pfn_cuSignalExternalSemaphoresAsync real = (quanta_cuda_pfn_cuSignalExternalSemaphoresAsync)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuSignalExternalSemaphoresAsync);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuSignalExternalSemaphoresAsync);
    }
    return real(extSemArray, paramsArray, numExtSems, stream);
}

QUANTA__WRAPPER CUresult cuSignalExternalSemaphoresAsync(const CUexternalSemaphore *extSemArray, const CUDA_EXTERNAL_SEMAPHORE_SIGNAL_PARAMS *paramsArray, unsigned int numExtSems, CUstream stream)
{
    quanta_cuda_pfn_cuSignalExternalSemaphoresAsync real = (quanta_cuda_pfn_cuSignalExternalSemaphoresAsync)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuSignalExternalSemaphoresAsync);
    if (__builtin_expect(real != NULL, 1))
        return real(extSemArray, paramsArray, numExtSems, stream);
    return slow_cuSignalExternalSemaphoresAsync(extSemArray, paramsArray, numExtSems, stream);
}

static QUANTA__COLD CUresult slow_cuSignalExternalSemaphoresAsync_ptsz(const CUexternalSemaphore *extSemArray, const CUDA_EXTERNAL_SEMAPHORE_SIGNAL_PARAMS *paramsArray, unsigned int numExtSems, CUstream stream)
{
    quanta_cuda_pfn_cuSignalExternalSemaphoresAsync_ptsz real = (quanta_cuda_pfn_cuSignalExternalSemaphoresAsync_ptsz)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuSignalExternalSemaphoresAsync_ptsz);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuSignalExternalSemaphoresAsync_ptsz);
    }
    return real(extSemArray, paramsArray, numExtSems, stream);
}

QUANTA__WRAPPER CUresult cuSignalExternalSemaphoresAsync_ptsz(const CUexternalSemaphore *extSemArray, const CUDA_EXTERNAL_SEMAPHORE_SIGNAL_PARAMS *paramsArray, unsigned int numExtSems, CUstream stream)
{
    quanta_cuda_pfn_cuSignalExternalSemaphoresAsync_ptsz real = (quanta_cuda_pfn_cuSignalExternalSemaphoresAsync_ptsz)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuSignalExternalSemaphoresAsync_ptsz);
    if (__builtin_expect(real != NULL, 1))
        return real(extSemArray, paramsArray, numExtSems, stream);
    return slow_cuSignalExternalSemaphoresAsync_ptsz(extSemArray, paramsArray, numExtSems, stream);
}

static QUANTA__COLD CUresult slow_cuStreamAddCallback(CUstream hStream, CUstreamCallback callback, void *userData, unsigned int flags)
{
    quanta_cuda_pfn_cuStreamAddCallback real = (quanta_cuda_pfn_cuStreamAddCallback)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuStreamAddCallback);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuStreamAddCallback);
    }
    return real(hStream, callback, userData, flags);
}

QUANTA__WRAPPER CUresult cuStreamAddCallback(CUstream hStream, CUstreamCallback callback, void *userData, unsigned int flags)
{
    quanta_cuda_pfn_cuStreamAddCallback real = (quanta_cuda_pfn_cuStreamAddCallback)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuStreamAddCallback);
    if (__builtin_expect(real != NULL, 1))
        return real(hStream, callback, userData, flags);
    return slow_cuStreamAddCallback(hStream, callback, userData, flags);
}

static QUANTA__COLD CUresult slow_cuStreamAddCallback_ptsz(CUstream hStream, CUstreamCallback callback, void *userData, unsigned int flags)
{
    quanta_cuda_pfn_cuStreamAddCallback_ptsz real = (quanta_cuda_pfn_cuStreamAddCallback_ptsz)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuStreamAddCallback_ptsz);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuStreamAddCallback_ptsz);
    }
    return real(hStream, callback, userData, flags);
}

QUANTA__WRAPPER CUresult cuStreamAddCallback_ptsz(CUstream hStream, CUstreamCallback callback, void *userData, unsigned int flags)
{
    quanta_cuda_pfn_cuStreamAddCallback_ptsz real = (quanta_cuda_pfn_cuStreamAddCallback_ptsz)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuStreamAddCallback_ptsz);
    if (__builtin_expect(real != NULL, 1))
        return real(hStream, callback, userData, flags);
    return slow_cuStreamAddCallback_ptsz(hStream, callback, userData, flags);
}

static QUANTA__COLD CUresult slow_cuStreamAttachMemAsync(CUstream hStream, CUdeviceptr dptr, size_t length, unsigned int flags)
{
    quanta_cuda_pfn_cuStreamAttachMemAsync real = (quanta_cuda_pfn_cuStreamAttachMemAsync)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuStreamAttachMemAsync);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuStreamAttachMemAsync);
    }
    return real(hStream, dptr, length, flags);
}

QUANTA__WRAPPER CUresult cuStreamAttachMemAsync(CUstream hStream, CUdeviceptr dptr, size_t length, unsigned int flags)
{
    quanta_cuda_pfn_cuStreamAttachMemAsync real = (quanta_cuda_pfn_cuStreamAttachMemAsync)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuStreamAttachMemAsync);
    if (__builtin_expect(real != NULL, 1))
        return real(hStream, dptr, length, flags);
    return slow_cuStreamAttachMemAsync(hStream, dptr, length, flags);
}

static QUANTA__COLD CUresult slow_cuStreamAttachMemAsync_ptsz(CUstream hStream, CUdeviceptr dptr, size_t length, unsigned int flags)
{
    quanta_cuda_pfn_cuStreamAttachMemAsync_ptsz real = (quanta_cuda_pfn_cuStreamAttachMemAsync_ptsz)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuStreamAttachMemAsync_ptsz);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuStreamAttachMemAsync_ptsz);
    }
    return real(hStream, dptr, length, flags);
}

QUANTA__WRAPPER CUresult cuStreamAttachMemAsync_ptsz(CUstream hStream, CUdeviceptr dptr, size_t length, unsigned int flags)
{
    quanta_cuda_pfn_cuStreamAttachMemAsync_ptsz real = (quanta_cuda_pfn_cuStreamAttachMemAsync_ptsz)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuStreamAttachMemAsync_ptsz);
    if (__builtin_expect(real != NULL, 1))
        return real(hStream, dptr, length, flags);
    return slow_cuStreamAttachMemAsync_ptsz(hStream, dptr, length, flags);
}

static QUANTA__COLD CUresult slow_cuStreamBatchMemOp(CUstream stream, unsigned int count, CUstreamBatchMemOpParams *paramArray, unsigned int flags)
{
    quanta_cuda_pfn_cuStreamBatchMemOp real = (quanta_cuda_pfn_cuStreamBatchMemOp)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuStreamBatchMemOp);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuStreamBatchMemOp);
    }
    return real(stream, count, paramArray, flags);
}

QUANTA__WRAPPER CUresult cuStreamBatchMemOp(CUstream stream, unsigned int count, CUstreamBatchMemOpParams *paramArray, unsigned int flags)
{
    quanta_cuda_pfn_cuStreamBatchMemOp real = (quanta_cuda_pfn_cuStreamBatchMemOp)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuStreamBatchMemOp);
    if (__builtin_expect(real != NULL, 1))
        return real(stream, count, paramArray, flags);
    return slow_cuStreamBatchMemOp(stream, count, paramArray, flags);
}

static QUANTA__COLD CUresult slow_cuStreamBatchMemOp_ptsz(CUstream stream, unsigned int count, CUstreamBatchMemOpParams *paramArray, unsigned int flags)
{
    quanta_cuda_pfn_cuStreamBatchMemOp_ptsz real = (quanta_cuda_pfn_cuStreamBatchMemOp_ptsz)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuStreamBatchMemOp_ptsz);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuStreamBatchMemOp_ptsz);
    }
    return real(stream, count, paramArray, flags);
}

QUANTA__WRAPPER CUresult cuStreamBatchMemOp_ptsz(CUstream stream, unsigned int count, CUstreamBatchMemOpParams *paramArray, unsigned int flags)
{
    quanta_cuda_pfn_cuStreamBatchMemOp_ptsz real = (quanta_cuda_pfn_cuStreamBatchMemOp_ptsz)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuStreamBatchMemOp_ptsz);
    if (__builtin_expect(real != NULL, 1))
        return real(stream, count, paramArray, flags);
    return slow_cuStreamBatchMemOp_ptsz(stream, count, paramArray, flags);
}

static QUANTA__COLD CUresult slow_cuStreamBatchMemOp_v2(CUstream stream, unsigned int count, CUstreamBatchMemOpParams *paramArray, unsigned int flags)
{
    quanta_cuda_pfn_cuStreamBatchMemOp_v2 real = (quanta_cuda_pfn_cuStreamBatchMemOp_v2)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuStreamBatchMemOp_v2);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuStreamBatchMemOp_v2);
    }
    return real(stream, count, paramArray, flags);
}

QUANTA__WRAPPER CUresult cuStreamBatchMemOp_v2(CUstream stream, unsigned int count, CUstreamBatchMemOpParams *paramArray, unsigned int flags)
{
    quanta_cuda_pfn_cuStreamBatchMemOp_v2 real = (quanta_cuda_pfn_cuStreamBatchMemOp_v2)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuStreamBatchMemOp_v2);
    if (__builtin_expect(real != NULL, 1))
        return real(stream, count, paramArray, flags);
    return slow_cuStreamBatchMemOp_v2(stream, count, paramArray, flags);
}

static QUANTA__COLD CUresult slow_cuStreamBatchMemOp_v2_ptsz(CUstream stream, unsigned int count, CUstreamBatchMemOpParams *paramArray, unsigned int flags)
{
    quanta_cuda_pfn_cuStreamBatchMemOp_v2_ptsz real = (quanta_cuda_pfn_cuStreamBatchMemOp_v2_ptsz)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuStreamBatchMemOp_v2_ptsz);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuStreamBatchMemOp_v2_ptsz);
    }
    return real(stream, count, paramArray, flags);
}

QUANTA__WRAPPER CUresult cuStreamBatchMemOp_v2_ptsz(CUstream stream, unsigned int count, CUstreamBatchMemOpParams *paramArray, unsigned int flags)
{
    quanta_cuda_pfn_cuStreamBatchMemOp_v2_ptsz real = (quanta_cuda_pfn_cuStreamBatchMemOp_v2_ptsz)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuStreamBatchMemOp_v2_ptsz);
    if (__builtin_expect(real != NULL, 1))
        return real(stream, count, paramArray, flags);
    return slow_cuStreamBatchMemOp_v2_ptsz(stream, count, paramArray, flags);
}

static QUANTA__COLD CUresult slow_cuStreamBeginCapture(CUstream hStream)
{
    quanta_cuda_pfn_cuStreamBeginCapture real = (quanta_cuda_pfn_cuStreamBeginCapture)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuStreamBeginCapture);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuStreamBeginCapture);
    }
    return real(hStream);
}

QUANTA__WRAPPER CUresult cuStreamBeginCapture(CUstream hStream)
{
    quanta_cuda_pfn_cuStreamBeginCapture real = (quanta_cuda_pfn_cuStreamBeginCapture)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuStreamBeginCapture);
    if (__builtin_expect(real != NULL, 1))
        return real(hStream);
    return slow_cuStreamBeginCapture(hStream);
}

static QUANTA__COLD CUresult slow_cuStreamBeginCapture_ptsz(CUstream hStream)
{
    quanta_cuda_pfn_cuStreamBeginCapture_ptsz real = (quanta_cuda_pfn_cuStreamBeginCapture_ptsz)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuStreamBeginCapture_ptsz);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuStreamBeginCapture_ptsz);
    }
    return real(hStream);
}

QUANTA__WRAPPER CUresult cuStreamBeginCapture_ptsz(CUstream hStream)
{
    quanta_cuda_pfn_cuStreamBeginCapture_ptsz real = (quanta_cuda_pfn_cuStreamBeginCapture_ptsz)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuStreamBeginCapture_ptsz);
    if (__builtin_expect(real != NULL, 1))
        return real(hStream);
    return slow_cuStreamBeginCapture_ptsz(hStream);
}

static QUANTA__COLD CUresult slow_cuStreamBeginCapture_v2(CUstream hStream, CUstreamCaptureMode mode)
{
    quanta_cuda_pfn_cuStreamBeginCapture_v2 real = (quanta_cuda_pfn_cuStreamBeginCapture_v2)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuStreamBeginCapture_v2);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuStreamBeginCapture_v2);
    }
    return real(hStream, mode);
}

QUANTA__WRAPPER CUresult cuStreamBeginCapture_v2(CUstream hStream, CUstreamCaptureMode mode)
{
    quanta_cuda_pfn_cuStreamBeginCapture_v2 real = (quanta_cuda_pfn_cuStreamBeginCapture_v2)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuStreamBeginCapture_v2);
    if (__builtin_expect(real != NULL, 1))
        return real(hStream, mode);
    return slow_cuStreamBeginCapture_v2(hStream, mode);
}

static QUANTA__COLD CUresult slow_cuStreamBeginCapture_v2_ptsz(CUstream hStream, CUstreamCaptureMode mode)
{
    quanta_cuda_pfn_cuStreamBeginCapture_v2_ptsz real = (quanta_cuda_pfn_cuStreamBeginCapture_v2_ptsz)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuStreamBeginCapture_v2_ptsz);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuStreamBeginCapture_v2_ptsz);
    }
    return real(hStream, mode);
}

QUANTA__WRAPPER CUresult cuStreamBeginCapture_v2_ptsz(CUstream hStream, CUstreamCaptureMode mode)
{
    quanta_cuda_pfn_cuStreamBeginCapture_v2_ptsz real = (quanta_cuda_pfn_cuStreamBeginCapture_v2_ptsz)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuStreamBeginCapture_v2_ptsz);
    if (__builtin_expect(real != NULL, 1))
        return real(hStream, mode);
    return slow_cuStreamBeginCapture_v2_ptsz(hStream, mode);
}

static QUANTA__COLD CUresult slow_cuStreamBeginCaptureToGraph(CUstream hStream, CUgraph hGraph, const CUgraphNode *dependencies, const CUgraphEdgeData *dependencyData, size_t numDependencies, CUstreamCaptureMode mode)
{
    quanta_cuda_pfn_cuStreamBeginCaptureToGraph real = (quanta_cuda_pfn_cuStreamBeginCaptureToGraph)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuStreamBeginCaptureToGraph);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuStreamBeginCaptureToGraph);
    }
    return real(hStream, hGraph, dependencies, dependencyData, numDependencies, mode);
}

QUANTA__WRAPPER CUresult cuStreamBeginCaptureToGraph(CUstream hStream, CUgraph hGraph, const CUgraphNode *dependencies, const CUgraphEdgeData *dependencyData, size_t numDependencies, CUstreamCaptureMode mode)
{
    quanta_cuda_pfn_cuStreamBeginCaptureToGraph real = (quanta_cuda_pfn_cuStreamBeginCaptureToGraph)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuStreamBeginCaptureToGraph);
    if (__builtin_expect(real != NULL, 1))
        return real(hStream, hGraph, dependencies, dependencyData, numDependencies, mode);
    return slow_cuStreamBeginCaptureToGraph(hStream, hGraph, dependencies, dependencyData, numDependencies, mode);
}

static QUANTA__COLD CUresult slow_cuStreamBeginCaptureToGraph_ptsz(CUstream hStream, CUgraph hGraph, const CUgraphNode *dependencies, const CUgraphEdgeData *dependencyData, size_t numDependencies, CUstreamCaptureMode mode)
{
    quanta_cuda_pfn_cuStreamBeginCaptureToGraph_ptsz real = (quanta_cuda_pfn_cuStreamBeginCaptureToGraph_ptsz)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuStreamBeginCaptureToGraph_ptsz);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuStreamBeginCaptureToGraph_ptsz);
    }
    return real(hStream, hGraph, dependencies, dependencyData, numDependencies, mode);
}

QUANTA__WRAPPER CUresult cuStreamBeginCaptureToGraph_ptsz(CUstream hStream, CUgraph hGraph, const CUgraphNode *dependencies, const CUgraphEdgeData *dependencyData, size_t numDependencies, CUstreamCaptureMode mode)
{
    quanta_cuda_pfn_cuStreamBeginCaptureToGraph_ptsz real = (quanta_cuda_pfn_cuStreamBeginCaptureToGraph_ptsz)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuStreamBeginCaptureToGraph_ptsz);
    if (__builtin_expect(real != NULL, 1))
        return real(hStream, hGraph, dependencies, dependencyData, numDependencies, mode);
    return slow_cuStreamBeginCaptureToGraph_ptsz(hStream, hGraph, dependencies, dependencyData, numDependencies, mode);
}

static QUANTA__COLD CUresult slow_cuStreamCopyAttributes(CUstream dst, CUstream src)
{
    quanta_cuda_pfn_cuStreamCopyAttributes real = (quanta_cuda_pfn_cuStreamCopyAttributes)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuStreamCopyAttributes);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuStreamCopyAttributes);
    }
    return real(dst, src);
}

QUANTA__WRAPPER CUresult cuStreamCopyAttributes(CUstream dst, CUstream src)
{
    quanta_cuda_pfn_cuStreamCopyAttributes real = (quanta_cuda_pfn_cuStreamCopyAttributes)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuStreamCopyAttributes);
    if (__builtin_expect(real != NULL, 1))
        return real(dst, src);
    return slow_cuStreamCopyAttributes(dst, src);
}

static QUANTA__COLD CUresult slow_cuStreamCopyAttributes_ptsz(CUstream dst, CUstream src)
{
    quanta_cuda_pfn_cuStreamCopyAttributes_ptsz real = (quanta_cuda_pfn_cuStreamCopyAttributes_ptsz)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuStreamCopyAttributes_ptsz);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuStreamCopyAttributes_ptsz);
    }
    return real(dst, src);
}

QUANTA__WRAPPER CUresult cuStreamCopyAttributes_ptsz(CUstream dst, CUstream src)
{
    quanta_cuda_pfn_cuStreamCopyAttributes_ptsz real = (quanta_cuda_pfn_cuStreamCopyAttributes_ptsz)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuStreamCopyAttributes_ptsz);
    if (__builtin_expect(real != NULL, 1))
        return real(dst, src);
    return slow_cuStreamCopyAttributes_ptsz(dst, src);
}

static QUANTA__COLD CUresult slow_cuStreamCreate(CUstream *phStream, unsigned int Flags)
{
    quanta_cuda_pfn_cuStreamCreate real = (quanta_cuda_pfn_cuStreamCreate)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuStreamCreate);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuStreamCreate);
    }
    return real(phStream, Flags);
}

QUANTA__WRAPPER CUresult cuStreamCreate(CUstream *phStream, unsigned int Flags)
{
    quanta_cuda_pfn_cuStreamCreate real = (quanta_cuda_pfn_cuStreamCreate)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuStreamCreate);
    if (__builtin_expect(real != NULL, 1))
        return real(phStream, Flags);
    return slow_cuStreamCreate(phStream, Flags);
}

static QUANTA__COLD CUresult slow_cuStreamCreateWithPriority(CUstream *phStream, unsigned int flags, int priority)
{
    quanta_cuda_pfn_cuStreamCreateWithPriority real = (quanta_cuda_pfn_cuStreamCreateWithPriority)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuStreamCreateWithPriority);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuStreamCreateWithPriority);
    }
    return real(phStream, flags, priority);
}

QUANTA__WRAPPER CUresult cuStreamCreateWithPriority(CUstream *phStream, unsigned int flags, int priority)
{
    quanta_cuda_pfn_cuStreamCreateWithPriority real = (quanta_cuda_pfn_cuStreamCreateWithPriority)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuStreamCreateWithPriority);
    if (__builtin_expect(real != NULL, 1))
        return real(phStream, flags, priority);
    return slow_cuStreamCreateWithPriority(phStream, flags, priority);
}

static QUANTA__COLD CUresult slow_cuStreamDestroy(CUstream hStream)
{
    quanta_cuda_pfn_cuStreamDestroy real = (quanta_cuda_pfn_cuStreamDestroy)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuStreamDestroy);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuStreamDestroy);
    }
    return real(hStream);
}

QUANTA__WRAPPER CUresult cuStreamDestroy(CUstream hStream)
{
    quanta_cuda_pfn_cuStreamDestroy real = (quanta_cuda_pfn_cuStreamDestroy)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuStreamDestroy);
    if (__builtin_expect(real != NULL, 1))
        return real(hStream);
    return slow_cuStreamDestroy(hStream);
}

static QUANTA__COLD CUresult slow_cuStreamDestroy_v2(CUstream hStream)
{
    quanta_cuda_pfn_cuStreamDestroy_v2 real = (quanta_cuda_pfn_cuStreamDestroy_v2)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuStreamDestroy_v2);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuStreamDestroy_v2);
    }
    return real(hStream);
}

QUANTA__WRAPPER CUresult cuStreamDestroy_v2(CUstream hStream)
{
    quanta_cuda_pfn_cuStreamDestroy_v2 real = (quanta_cuda_pfn_cuStreamDestroy_v2)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuStreamDestroy_v2);
    if (__builtin_expect(real != NULL, 1))
        return real(hStream);
    return slow_cuStreamDestroy_v2(hStream);
}

static QUANTA__COLD CUresult slow_cuStreamEndCapture(CUstream hStream, CUgraph *phGraph)
{
    quanta_cuda_pfn_cuStreamEndCapture real = (quanta_cuda_pfn_cuStreamEndCapture)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuStreamEndCapture);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuStreamEndCapture);
    }
    return real(hStream, phGraph);
}

QUANTA__WRAPPER CUresult cuStreamEndCapture(CUstream hStream, CUgraph *phGraph)
{
    quanta_cuda_pfn_cuStreamEndCapture real = (quanta_cuda_pfn_cuStreamEndCapture)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuStreamEndCapture);
    if (__builtin_expect(real != NULL, 1))
        return real(hStream, phGraph);
    return slow_cuStreamEndCapture(hStream, phGraph);
}

static QUANTA__COLD CUresult slow_cuStreamEndCapture_ptsz(CUstream hStream, CUgraph *phGraph)
{
    quanta_cuda_pfn_cuStreamEndCapture_ptsz real = (quanta_cuda_pfn_cuStreamEndCapture_ptsz)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuStreamEndCapture_ptsz);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuStreamEndCapture_ptsz);
    }
    return real(hStream, phGraph);
}

QUANTA__WRAPPER CUresult cuStreamEndCapture_ptsz(CUstream hStream, CUgraph *phGraph)
{
    quanta_cuda_pfn_cuStreamEndCapture_ptsz real = (quanta_cuda_pfn_cuStreamEndCapture_ptsz)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuStreamEndCapture_ptsz);
    if (__builtin_expect(real != NULL, 1))
        return real(hStream, phGraph);
    return slow_cuStreamEndCapture_ptsz(hStream, phGraph);
}

static QUANTA__COLD CUresult slow_cuStreamGetAttribute(CUstream hStream, CUstreamAttrID attr, CUstreamAttrValue *value_out)
{
    quanta_cuda_pfn_cuStreamGetAttribute real = (quanta_cuda_pfn_cuStreamGetAttribute)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuStreamGetAttribute);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuStreamGetAttribute);
    }
    return real(hStream, attr, value_out);
}

QUANTA__WRAPPER CUresult cuStreamGetAttribute(CUstream hStream, CUstreamAttrID attr, CUstreamAttrValue *value_out)
{
    quanta_cuda_pfn_cuStreamGetAttribute real = (quanta_cuda_pfn_cuStreamGetAttribute)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuStreamGetAttribute);
    if (__builtin_expect(real != NULL, 1))
        return real(hStream, attr, value_out);
    return slow_cuStreamGetAttribute(hStream, attr, value_out);
}

static QUANTA__COLD CUresult slow_cuStreamGetAttribute_ptsz(CUstream hStream, CUstreamAttrID attr, CUstreamAttrValue *value_out)
{
    quanta_cuda_pfn_cuStreamGetAttribute_ptsz real = (quanta_cuda_pfn_cuStreamGetAttribute_ptsz)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuStreamGetAttribute_ptsz);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuStreamGetAttribute_ptsz);
    }
    return real(hStream, attr, value_out);
}

QUANTA__WRAPPER CUresult cuStreamGetAttribute_ptsz(CUstream hStream, CUstreamAttrID attr, CUstreamAttrValue *value_out)
{
    quanta_cuda_pfn_cuStreamGetAttribute_ptsz real = (quanta_cuda_pfn_cuStreamGetAttribute_ptsz)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuStreamGetAttribute_ptsz);
    if (__builtin_expect(real != NULL, 1))
        return real(hStream, attr, value_out);
    return slow_cuStreamGetAttribute_ptsz(hStream, attr, value_out);
}

static QUANTA__COLD CUresult slow_cuStreamGetCaptureInfo(CUstream hStream, CUstreamCaptureStatus *captureStatus_out, cuuint64_t *id_out)
{
    quanta_cuda_pfn_cuStreamGetCaptureInfo real = (quanta_cuda_pfn_cuStreamGetCaptureInfo)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuStreamGetCaptureInfo);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuStreamGetCaptureInfo);
    }
    return real(hStream, captureStatus_out, id_out);
}

QUANTA__WRAPPER CUresult cuStreamGetCaptureInfo(CUstream hStream, CUstreamCaptureStatus *captureStatus_out, cuuint64_t *id_out)
{
    quanta_cuda_pfn_cuStreamGetCaptureInfo real = (quanta_cuda_pfn_cuStreamGetCaptureInfo)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuStreamGetCaptureInfo);
    if (__builtin_expect(real != NULL, 1))
        return real(hStream, captureStatus_out, id_out);
    return slow_cuStreamGetCaptureInfo(hStream, captureStatus_out, id_out);
}

static QUANTA__COLD CUresult slow_cuStreamGetCaptureInfo_ptsz(CUstream hStream, CUstreamCaptureStatus *captureStatus_out, cuuint64_t *id_out)
{
    quanta_cuda_pfn_cuStreamGetCaptureInfo_ptsz real = (quanta_cuda_pfn_cuStreamGetCaptureInfo_ptsz)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuStreamGetCaptureInfo_ptsz);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuStreamGetCaptureInfo_ptsz);
    }
    return real(hStream, captureStatus_out, id_out);
}

QUANTA__WRAPPER CUresult cuStreamGetCaptureInfo_ptsz(CUstream hStream, CUstreamCaptureStatus *captureStatus_out, cuuint64_t *id_out)
{
    quanta_cuda_pfn_cuStreamGetCaptureInfo_ptsz real = (quanta_cuda_pfn_cuStreamGetCaptureInfo_ptsz)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuStreamGetCaptureInfo_ptsz);
    if (__builtin_expect(real != NULL, 1))
        return real(hStream, captureStatus_out, id_out);
    return slow_cuStreamGetCaptureInfo_ptsz(hStream, captureStatus_out, id_out);
}

static QUANTA__COLD CUresult slow_cuStreamGetCaptureInfo_v2(CUstream hStream, CUstreamCaptureStatus *captureStatus_out, cuuint64_t *id_out, CUgraph *graph_out, const CUgraphNode **dependencies_out, size_t *numDependencies_out)
{
    quanta_cuda_pfn_cuStreamGetCaptureInfo_v2 real = (quanta_cuda_pfn_cuStreamGetCaptureInfo_v2)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuStreamGetCaptureInfo_v2);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuStreamGetCaptureInfo_v2);
    }
    return real(hStream, captureStatus_out, id_out, graph_out, dependencies_out, numDependencies_out);
}

QUANTA__WRAPPER CUresult cuStreamGetCaptureInfo_v2(CUstream hStream, CUstreamCaptureStatus *captureStatus_out, cuuint64_t *id_out, CUgraph *graph_out, const CUgraphNode **dependencies_out, size_t *numDependencies_out)
{
    quanta_cuda_pfn_cuStreamGetCaptureInfo_v2 real = (quanta_cuda_pfn_cuStreamGetCaptureInfo_v2)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuStreamGetCaptureInfo_v2);
    if (__builtin_expect(real != NULL, 1))
        return real(hStream, captureStatus_out, id_out, graph_out, dependencies_out, numDependencies_out);
    return slow_cuStreamGetCaptureInfo_v2(hStream, captureStatus_out, id_out, graph_out, dependencies_out, numDependencies_out);
}

static QUANTA__COLD CUresult slow_cuStreamGetCaptureInfo_v2_ptsz(CUstream hStream, CUstreamCaptureStatus *captureStatus_out, cuuint64_t *id_out, CUgraph *graph_out, const CUgraphNode **dependencies_out, size_t *numDependencies_out)
{
    quanta_cuda_pfn_cuStreamGetCaptureInfo_v2_ptsz real = (quanta_cuda_pfn_cuStreamGetCaptureInfo_v2_ptsz)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuStreamGetCaptureInfo_v2_ptsz);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuStreamGetCaptureInfo_v2_ptsz);
    }
    return real(hStream, captureStatus_out, id_out, graph_out, dependencies_out, numDependencies_out);
}

QUANTA__WRAPPER CUresult cuStreamGetCaptureInfo_v2_ptsz(CUstream hStream, CUstreamCaptureStatus *captureStatus_out, cuuint64_t *id_out, CUgraph *graph_out, const CUgraphNode **dependencies_out, size_t *numDependencies_out)
{
    quanta_cuda_pfn_cuStreamGetCaptureInfo_v2_ptsz real = (quanta_cuda_pfn_cuStreamGetCaptureInfo_v2_ptsz)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuStreamGetCaptureInfo_v2_ptsz);
    if (__builtin_expect(real != NULL, 1))
        return real(hStream, captureStatus_out, id_out, graph_out, dependencies_out, numDependencies_out);
    return slow_cuStreamGetCaptureInfo_v2_ptsz(hStream, captureStatus_out, id_out, graph_out, dependencies_out, numDependencies_out);
}

static QUANTA__COLD CUresult slow_cuStreamGetCaptureInfo_v3(CUstream hStream, CUstreamCaptureStatus *captureStatus_out, cuuint64_t *id_out, CUgraph *graph_out, const CUgraphNode **dependencies_out, const CUgraphEdgeData **edgeData_out, size_t *numDependencies_out)
{
    quanta_cuda_pfn_cuStreamGetCaptureInfo_v3 real = (quanta_cuda_pfn_cuStreamGetCaptureInfo_v3)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuStreamGetCaptureInfo_v3);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuStreamGetCaptureInfo_v3);
    }
    return real(hStream, captureStatus_out, id_out, graph_out, dependencies_out, edgeData_out, numDependencies_out);
}

QUANTA__WRAPPER CUresult cuStreamGetCaptureInfo_v3(CUstream hStream, CUstreamCaptureStatus *captureStatus_out, cuuint64_t *id_out, CUgraph *graph_out, const CUgraphNode **dependencies_out, const CUgraphEdgeData **edgeData_out, size_t *numDependencies_out)
{
    quanta_cuda_pfn_cuStreamGetCaptureInfo_v3 real = (quanta_cuda_pfn_cuStreamGetCaptureInfo_v3)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuStreamGetCaptureInfo_v3);
    if (__builtin_expect(real != NULL, 1))
        return real(hStream, captureStatus_out, id_out, graph_out, dependencies_out, edgeData_out, numDependencies_out);
    return slow_cuStreamGetCaptureInfo_v3(hStream, captureStatus_out, id_out, graph_out, dependencies_out, edgeData_out, numDependencies_out);
}

static QUANTA__COLD CUresult slow_cuStreamGetCaptureInfo_v3_ptsz(CUstream hStream, CUstreamCaptureStatus *captureStatus_out, cuuint64_t *id_out, CUgraph *graph_out, const CUgraphNode **dependencies_out, const CUgraphEdgeData **edgeData_out, size_t *numDependencies_out)
{
    quanta_cuda_pfn_cuStreamGetCaptureInfo_v3_ptsz real = (quanta_cuda_pfn_cuStreamGetCaptureInfo_v3_ptsz)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuStreamGetCaptureInfo_v3_ptsz);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuStreamGetCaptureInfo_v3_ptsz);
    }
    return real(hStream, captureStatus_out, id_out, graph_out, dependencies_out, edgeData_out, numDependencies_out);
}

QUANTA__WRAPPER CUresult cuStreamGetCaptureInfo_v3_ptsz(CUstream hStream, CUstreamCaptureStatus *captureStatus_out, cuuint64_t *id_out, CUgraph *graph_out, const CUgraphNode **dependencies_out, const CUgraphEdgeData **edgeData_out, size_t *numDependencies_out)
{
    quanta_cuda_pfn_cuStreamGetCaptureInfo_v3_ptsz real = (quanta_cuda_pfn_cuStreamGetCaptureInfo_v3_ptsz)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuStreamGetCaptureInfo_v3_ptsz);
    if (__builtin_expect(real != NULL, 1))
        return real(hStream, captureStatus_out, id_out, graph_out, dependencies_out, edgeData_out, numDependencies_out);
    return slow_cuStreamGetCaptureInfo_v3_ptsz(hStream, captureStatus_out, id_out, graph_out, dependencies_out, edgeData_out, numDependencies_out);
}

static QUANTA__COLD CUresult slow_cuStreamGetCtx(CUstream hStream, CUcontext *pctx)
{
    quanta_cuda_pfn_cuStreamGetCtx real = (quanta_cuda_pfn_cuStreamGetCtx)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuStreamGetCtx);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuStreamGetCtx);
    }
    return real(hStream, pctx);
}

QUANTA__WRAPPER CUresult cuStreamGetCtx(CUstream hStream, CUcontext *pctx)
{
    quanta_cuda_pfn_cuStreamGetCtx real = (quanta_cuda_pfn_cuStreamGetCtx)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuStreamGetCtx);
    if (__builtin_expect(real != NULL, 1))
        return real(hStream, pctx);
    return slow_cuStreamGetCtx(hStream, pctx);
}

static QUANTA__COLD CUresult slow_cuStreamGetCtx_ptsz(CUstream hStream, CUcontext *pctx)
{
    quanta_cuda_pfn_cuStreamGetCtx_ptsz real = (quanta_cuda_pfn_cuStreamGetCtx_ptsz)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuStreamGetCtx_ptsz);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuStreamGetCtx_ptsz);
    }
    return real(hStream, pctx);
}

QUANTA__WRAPPER CUresult cuStreamGetCtx_ptsz(CUstream hStream, CUcontext *pctx)
{
    quanta_cuda_pfn_cuStreamGetCtx_ptsz real = (quanta_cuda_pfn_cuStreamGetCtx_ptsz)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuStreamGetCtx_ptsz);
    if (__builtin_expect(real != NULL, 1))
        return real(hStream, pctx);
    return slow_cuStreamGetCtx_ptsz(hStream, pctx);
}

static QUANTA__COLD CUresult slow_cuStreamGetCtx_v2(CUstream hStream, CUcontext *pCtx, CUgreenCtx *pGreenCtx)
{
    quanta_cuda_pfn_cuStreamGetCtx_v2 real = (quanta_cuda_pfn_cuStreamGetCtx_v2)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuStreamGetCtx_v2);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuStreamGetCtx_v2);
    }
    return real(hStream, pCtx, pGreenCtx);
}

QUANTA__WRAPPER CUresult cuStreamGetCtx_v2(CUstream hStream, CUcontext *pCtx, CUgreenCtx *pGreenCtx)
{
    quanta_cuda_pfn_cuStreamGetCtx_v2 real = (quanta_cuda_pfn_cuStreamGetCtx_v2)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuStreamGetCtx_v2);
    if (__builtin_expect(real != NULL, 1))
        return real(hStream, pCtx, pGreenCtx);
    return slow_cuStreamGetCtx_v2(hStream, pCtx, pGreenCtx);
}

static QUANTA__COLD CUresult slow_cuStreamGetCtx_v2_ptsz(CUstream hStream, CUcontext *pCtx, CUgreenCtx *pGreenCtx)
{
    quanta_cuda_pfn_cuStreamGetCtx_v2_ptsz real = (quanta_cuda_pfn_cuStreamGetCtx_v2_ptsz)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuStreamGetCtx_v2_ptsz);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuStreamGetCtx_v2_ptsz);
    }
    return real(hStream, pCtx, pGreenCtx);
}

QUANTA__WRAPPER CUresult cuStreamGetCtx_v2_ptsz(CUstream hStream, CUcontext *pCtx, CUgreenCtx *pGreenCtx)
{
    quanta_cuda_pfn_cuStreamGetCtx_v2_ptsz real = (quanta_cuda_pfn_cuStreamGetCtx_v2_ptsz)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuStreamGetCtx_v2_ptsz);
    if (__builtin_expect(real != NULL, 1))
        return real(hStream, pCtx, pGreenCtx);
    return slow_cuStreamGetCtx_v2_ptsz(hStream, pCtx, pGreenCtx);
}

static QUANTA__COLD CUresult slow_cuStreamGetDevice(CUstream hStream, CUdevice *device)
{
    quanta_cuda_pfn_cuStreamGetDevice real = (quanta_cuda_pfn_cuStreamGetDevice)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuStreamGetDevice);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuStreamGetDevice);
    }
    return real(hStream, device);
}

QUANTA__WRAPPER CUresult cuStreamGetDevice(CUstream hStream, CUdevice *device)
{
    quanta_cuda_pfn_cuStreamGetDevice real = (quanta_cuda_pfn_cuStreamGetDevice)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuStreamGetDevice);
    if (__builtin_expect(real != NULL, 1))
        return real(hStream, device);
    return slow_cuStreamGetDevice(hStream, device);
}

static QUANTA__COLD CUresult slow_cuStreamGetDevice_ptsz(CUstream hStream, CUdevice *device)
{
    quanta_cuda_pfn_cuStreamGetDevice_ptsz real = (quanta_cuda_pfn_cuStreamGetDevice_ptsz)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuStreamGetDevice_ptsz);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuStreamGetDevice_ptsz);
    }
    return real(hStream, device);
}

QUANTA__WRAPPER CUresult cuStreamGetDevice_ptsz(CUstream hStream, CUdevice *device)
{
    quanta_cuda_pfn_cuStreamGetDevice_ptsz real = (quanta_cuda_pfn_cuStreamGetDevice_ptsz)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuStreamGetDevice_ptsz);
    if (__builtin_expect(real != NULL, 1))
        return real(hStream, device);
    return slow_cuStreamGetDevice_ptsz(hStream, device);
}

static QUANTA__COLD CUresult slow_cuStreamGetFlags(CUstream hStream, unsigned int *flags)
{
    quanta_cuda_pfn_cuStreamGetFlags real = (quanta_cuda_pfn_cuStreamGetFlags)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuStreamGetFlags);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuStreamGetFlags);
    }
    return real(hStream, flags);
}

QUANTA__WRAPPER CUresult cuStreamGetFlags(CUstream hStream, unsigned int *flags)
{
    quanta_cuda_pfn_cuStreamGetFlags real = (quanta_cuda_pfn_cuStreamGetFlags)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuStreamGetFlags);
    if (__builtin_expect(real != NULL, 1))
        return real(hStream, flags);
    return slow_cuStreamGetFlags(hStream, flags);
}

static QUANTA__COLD CUresult slow_cuStreamGetFlags_ptsz(CUstream hStream, unsigned int *flags)
{
    quanta_cuda_pfn_cuStreamGetFlags_ptsz real = (quanta_cuda_pfn_cuStreamGetFlags_ptsz)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuStreamGetFlags_ptsz);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuStreamGetFlags_ptsz);
    }
    return real(hStream, flags);
}

QUANTA__WRAPPER CUresult cuStreamGetFlags_ptsz(CUstream hStream, unsigned int *flags)
{
    quanta_cuda_pfn_cuStreamGetFlags_ptsz real = (quanta_cuda_pfn_cuStreamGetFlags_ptsz)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuStreamGetFlags_ptsz);
    if (__builtin_expect(real != NULL, 1))
        return real(hStream, flags);
    return slow_cuStreamGetFlags_ptsz(hStream, flags);
}

static QUANTA__COLD CUresult slow_cuStreamGetGreenCtx(CUstream hStream, CUgreenCtx *phCtx)
{
    quanta_cuda_pfn_cuStreamGetGreenCtx real = (quanta_cuda_pfn_cuStreamGetGreenCtx)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuStreamGetGreenCtx);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuStreamGetGreenCtx);
    }
    return real(hStream, phCtx);
}

QUANTA__WRAPPER CUresult cuStreamGetGreenCtx(CUstream hStream, CUgreenCtx *phCtx)
{
    quanta_cuda_pfn_cuStreamGetGreenCtx real = (quanta_cuda_pfn_cuStreamGetGreenCtx)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuStreamGetGreenCtx);
    if (__builtin_expect(real != NULL, 1))
        return real(hStream, phCtx);
    return slow_cuStreamGetGreenCtx(hStream, phCtx);
}

static QUANTA__COLD CUresult slow_cuStreamGetId(CUstream hStream, unsigned long long *streamId)
{
    quanta_cuda_pfn_cuStreamGetId real = (quanta_cuda_pfn_cuStreamGetId)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuStreamGetId);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuStreamGetId);
    }
    return real(hStream, streamId);
}

QUANTA__WRAPPER CUresult cuStreamGetId(CUstream hStream, unsigned long long *streamId)
{
    quanta_cuda_pfn_cuStreamGetId real = (quanta_cuda_pfn_cuStreamGetId)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuStreamGetId);
    if (__builtin_expect(real != NULL, 1))
        return real(hStream, streamId);
    return slow_cuStreamGetId(hStream, streamId);
}

static QUANTA__COLD CUresult slow_cuStreamGetId_ptsz(CUstream hStream, unsigned long long *streamId)
{
    quanta_cuda_pfn_cuStreamGetId_ptsz real = (quanta_cuda_pfn_cuStreamGetId_ptsz)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuStreamGetId_ptsz);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuStreamGetId_ptsz);
    }
    return real(hStream, streamId);
}

QUANTA__WRAPPER CUresult cuStreamGetId_ptsz(CUstream hStream, unsigned long long *streamId)
{
    quanta_cuda_pfn_cuStreamGetId_ptsz real = (quanta_cuda_pfn_cuStreamGetId_ptsz)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuStreamGetId_ptsz);
    if (__builtin_expect(real != NULL, 1))
        return real(hStream, streamId);
    return slow_cuStreamGetId_ptsz(hStream, streamId);
}

static QUANTA__COLD CUresult slow_cuStreamGetPriority(CUstream hStream, int *priority)
{
    quanta_cuda_pfn_cuStreamGetPriority real = (quanta_cuda_pfn_cuStreamGetPriority)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuStreamGetPriority);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuStreamGetPriority);
    }
    return real(hStream, priority);
}

QUANTA__WRAPPER CUresult cuStreamGetPriority(CUstream hStream, int *priority)
{
    quanta_cuda_pfn_cuStreamGetPriority real = (quanta_cuda_pfn_cuStreamGetPriority)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuStreamGetPriority);
    if (__builtin_expect(real != NULL, 1))
        return real(hStream, priority);
    return slow_cuStreamGetPriority(hStream, priority);
}

static QUANTA__COLD CUresult slow_cuStreamGetPriority_ptsz(CUstream hStream, int *priority)
{
    quanta_cuda_pfn_cuStreamGetPriority_ptsz real = (quanta_cuda_pfn_cuStreamGetPriority_ptsz)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuStreamGetPriority_ptsz);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuStreamGetPriority_ptsz);
    }
    return real(hStream, priority);
}

QUANTA__WRAPPER CUresult cuStreamGetPriority_ptsz(CUstream hStream, int *priority)
{
    quanta_cuda_pfn_cuStreamGetPriority_ptsz real = (quanta_cuda_pfn_cuStreamGetPriority_ptsz)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuStreamGetPriority_ptsz);
    if (__builtin_expect(real != NULL, 1))
        return real(hStream, priority);
    return slow_cuStreamGetPriority_ptsz(hStream, priority);
}

static QUANTA__COLD CUresult slow_cuStreamIsCapturing(CUstream hStream, CUstreamCaptureStatus *captureStatus)
{
    quanta_cuda_pfn_cuStreamIsCapturing real = (quanta_cuda_pfn_cuStreamIsCapturing)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuStreamIsCapturing);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuStreamIsCapturing);
    }
    return real(hStream, captureStatus);
}

QUANTA__WRAPPER CUresult cuStreamIsCapturing(CUstream hStream, CUstreamCaptureStatus *captureStatus)
{
    quanta_cuda_pfn_cuStreamIsCapturing real = (quanta_cuda_pfn_cuStreamIsCapturing)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuStreamIsCapturing);
    if (__builtin_expect(real != NULL, 1))
        return real(hStream, captureStatus);
    return slow_cuStreamIsCapturing(hStream, captureStatus);
}

static QUANTA__COLD CUresult slow_cuStreamIsCapturing_ptsz(CUstream hStream, CUstreamCaptureStatus *captureStatus)
{
    quanta_cuda_pfn_cuStreamIsCapturing_ptsz real = (quanta_cuda_pfn_cuStreamIsCapturing_ptsz)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuStreamIsCapturing_ptsz);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuStreamIsCapturing_ptsz);
    }
    return real(hStream, captureStatus);
}

QUANTA__WRAPPER CUresult cuStreamIsCapturing_ptsz(CUstream hStream, CUstreamCaptureStatus *captureStatus)
{
    quanta_cuda_pfn_cuStreamIsCapturing_ptsz real = (quanta_cuda_pfn_cuStreamIsCapturing_ptsz)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuStreamIsCapturing_ptsz);
    if (__builtin_expect(real != NULL, 1))
        return real(hStream, captureStatus);
    return slow_cuStreamIsCapturing_ptsz(hStream, captureStatus);
}

static QUANTA__COLD CUresult slow_cuStreamQuery(CUstream hStream)
{
    quanta_cuda_pfn_cuStreamQuery real = (quanta_cuda_pfn_cuStreamQuery)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuStreamQuery);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuStreamQuery);
    }
    return real(hStream);
}

QUANTA__WRAPPER CUresult cuStreamQuery(CUstream hStream)
{
    quanta_cuda_pfn_cuStreamQuery real = (quanta_cuda_pfn_cuStreamQuery)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuStreamQuery);
    if (__builtin_expect(real != NULL, 1))
        return real(hStream);
    return slow_cuStreamQuery(hStream);
}

static QUANTA__COLD CUresult slow_cuStreamQuery_ptsz(CUstream hStream)
{
    quanta_cuda_pfn_cuStreamQuery_ptsz real = (quanta_cuda_pfn_cuStreamQuery_ptsz)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuStreamQuery_ptsz);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuStreamQuery_ptsz);
    }
    return real(hStream);
}

QUANTA__WRAPPER CUresult cuStreamQuery_ptsz(CUstream hStream)
{
    quanta_cuda_pfn_cuStreamQuery_ptsz real = (quanta_cuda_pfn_cuStreamQuery_ptsz)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuStreamQuery_ptsz);
    if (__builtin_expect(real != NULL, 1))
        return real(hStream);
    return slow_cuStreamQuery_ptsz(hStream);
}

static QUANTA__COLD CUresult slow_cuStreamSetAttribute(CUstream hStream, CUstreamAttrID attr, const CUstreamAttrValue *value)
{
    quanta_cuda_pfn_cuStreamSetAttribute real = (quanta_cuda_pfn_cuStreamSetAttribute)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuStreamSetAttribute);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuStreamSetAttribute);
    }
    return real(hStream, attr, value);
}

QUANTA__WRAPPER CUresult cuStreamSetAttribute(CUstream hStream, CUstreamAttrID attr, const CUstreamAttrValue *value)
{
    quanta_cuda_pfn_cuStreamSetAttribute real = (quanta_cuda_pfn_cuStreamSetAttribute)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuStreamSetAttribute);
    if (__builtin_expect(real != NULL, 1))
        return real(hStream, attr, value);
    return slow_cuStreamSetAttribute(hStream, attr, value);
}

static QUANTA__COLD CUresult slow_cuStreamSetAttribute_ptsz(CUstream hStream, CUstreamAttrID attr, const CUstreamAttrValue *value)
{
    quanta_cuda_pfn_cuStreamSetAttribute_ptsz real = (quanta_cuda_pfn_cuStreamSetAttribute_ptsz)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuStreamSetAttribute_ptsz);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuStreamSetAttribute_ptsz);
    }
    return real(hStream, attr, value);
}

QUANTA__WRAPPER CUresult cuStreamSetAttribute_ptsz(CUstream hStream, CUstreamAttrID attr, const CUstreamAttrValue *value)
{
    quanta_cuda_pfn_cuStreamSetAttribute_ptsz real = (quanta_cuda_pfn_cuStreamSetAttribute_ptsz)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuStreamSetAttribute_ptsz);
    if (__builtin_expect(real != NULL, 1))
        return real(hStream, attr, value);
    return slow_cuStreamSetAttribute_ptsz(hStream, attr, value);
}

static QUANTA__COLD CUresult synced_cuStreamSynchronize(CUstream hStream)
{
    quanta_cuda_pfn_cuStreamSynchronize real = (quanta_cuda_pfn_cuStreamSynchronize)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuStreamSynchronize);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuStreamSynchronize);
    }
    quanta__work_syncing();
    CUresult rc = real(hStream);
    quanta__work_synced();
    return rc;
}

QUANTA__WRAPPER CUresult cuStreamSynchronize(CUstream hStream)
{
    quanta_cuda_pfn_cuStreamSynchronize real = (quanta_cuda_pfn_cuStreamSynchronize)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuStreamSynchronize);
    if (__builtin_expect(real != NULL && quanta__work_ungated(), 1))
        return real(hStream);
    return synced_cuStreamSynchronize(hStream);
}

static QUANTA__COLD CUresult synced_cuStreamSynchronize_ptsz(CUstream hStream)
{
    quanta_cuda_pfn_cuStreamSynchronize_ptsz real = (quanta_cuda_pfn_cuStreamSynchronize_ptsz)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuStreamSynchronize_ptsz);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuStreamSynchronize_ptsz);
    }
    quanta__work_syncing();
    CUresult rc = real(hStream);
    quanta__work_synced();
    return rc;
}

QUANTA__WRAPPER CUresult cuStreamSynchronize_ptsz(CUstream hStream)
{
    quanta_cuda_pfn_cuStreamSynchronize_ptsz real = (quanta_cuda_pfn_cuStreamSynchronize_ptsz)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuStreamSynchronize_ptsz);
    if (__builtin_expect(real != NULL && quanta__work_ungated(), 1))
        return real(hStream);
    return synced_cuStreamSynchronize_ptsz(hStream);
}

static QUANTA__COLD CUresult slow_cuStreamUpdateCaptureDependencies(CUstream hStream, CUgraphNode *dependencies, size_t numDependencies, unsigned int flags)
{
    quanta_cuda_pfn_cuStreamUpdateCaptureDependencies real = (quanta_cuda_pfn_cuStreamUpdateCaptureDependencies)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuStreamUpdateCaptureDependencies);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuStreamUpdateCaptureDependencies);
    }
    return real(hStream, dependencies, numDependencies, flags);
}

QUANTA__WRAPPER CUresult cuStreamUpdateCaptureDependencies(CUstream hStream, CUgraphNode *dependencies, size_t numDependencies, unsigned int flags)
{
    quanta_cuda_pfn_cuStreamUpdateCaptureDependencies real = (quanta_cuda_pfn_cuStreamUpdateCaptureDependencies)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuStreamUpdateCaptureDependencies);
    if (__builtin_expect(real != NULL, 1))
        return real(hStream, dependencies, numDependencies, flags);
    return slow_cuStreamUpdateCaptureDependencies(hStream, dependencies, numDependencies, flags);
}

static QUANTA__COLD CUresult slow_cuStreamUpdateCaptureDependencies_ptsz(CUstream hStream, CUgraphNode *dependencies, size_t numDependencies, unsigned int flags)
{
    quanta_cuda_pfn_cuStreamUpdateCaptureDependencies_ptsz real = (quanta_cuda_pfn_cuStreamUpdateCaptureDependencies_ptsz)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuStreamUpdateCaptureDependencies_ptsz);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuStreamUpdateCaptureDependencies_ptsz);
    }
    return real(hStream, dependencies, numDependencies, flags);
}

QUANTA__WRAPPER CUresult cuStreamUpdateCaptureDependencies_ptsz(CUstream hStream, CUgraphNode *dependencies, size_t numDependencies, unsigned int flags)
{
    quanta_cuda_pfn_cuStreamUpdateCaptureDependencies_ptsz real = (quanta_cuda_pfn_cuStreamUpdateCaptureDependencies_ptsz)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuStreamUpdateCaptureDependencies_ptsz);
    if (__builtin_expect(real != NULL, 1))
        return real(hStream, dependencies, numDependencies, flags);
    return slow_cuStreamUpdateCaptureDependencies_ptsz(hStream, dependencies, numDependencies, flags);
}

static QUANTA__COLD CUresult slow_cuStreamUpdateCaptureDependencies_v2(CUstream hStream, CUgraphNode *dependencies, const CUgraphEdgeData *dependencyData, size_t numDependencies, unsigned int flags)
{
    quanta_cuda_pfn_cuStreamUpdateCaptureDependencies_v2 real = (quanta_cuda_pfn_cuStreamUpdateCaptureDependencies_v2)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuStreamUpdateCaptureDependencies_v2);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuStreamUpdateCaptureDependencies_v2);
    }
    return real(hStream, dependencies, dependencyData, numDependencies, flags);
}

QUANTA__WRAPPER CUresult cuStreamUpdateCaptureDependencies_v2(CUstream hStream, CUgraphNode *dependencies, const CUgraphEdgeData *dependencyData, size_t numDependencies, unsigned int flags)
{
    quanta_cuda_pfn_cuStreamUpdateCaptureDependencies_v2 real = (quanta_cuda_pfn_cuStreamUpdateCaptureDependencies_v2)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuStreamUpdateCaptureDependencies_v2);
    if (__builtin_expect(real != NULL, 1))
        return real(hStream, dependencies, dependencyData, numDependencies, flags);
    return slow_cuStreamUpdateCaptureDependencies_v2(hStream, dependencies, dependencyData, numDependencies, flags);
}

static QUANTA__COLD CUresult slow_cuStreamUpdateCaptureDependencies_v2_ptsz(CUstream hStream, CUgraphNode *dependencies, const CUgraphEdgeData *dependencyData, size_t numDependencies, unsigned int flags)
{
    quanta_cuda_pfn_cuStreamUpdateCaptureDependencies_v2_ptsz real = (quanta_cuda_pfn_cuStreamUpdateCaptureDependencies_v2_ptsz)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuStreamUpdateCaptureDependencies_v2_ptsz);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuStreamUpdateCaptureDependencies_v2_ptsz);
    }
    return real(hStream, dependencies, dependencyData, numDependencies, flags);
}

QUANTA__WRAPPER CUresult cuStreamUpdateCaptureDependencies_v2_ptsz(CUstream hStream, CUgraphNode *dependencies, const CUgraphEdgeData *dependencyData, size_t numDependencies, unsigned int flags)
{
    quanta_cuda_pfn_cuStreamUpdateCaptureDependencies_v2_ptsz real = (quanta_cuda_pfn_cuStreamUpdateCaptureDependencies_v2_ptsz)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuStreamUpdateCaptureDependencies_v2_ptsz);
    if (__builtin_expect(real != NULL, 1))
        return real(hStream, dependencies, dependencyData, numDependencies, flags);
    return slow_cuStreamUpdateCaptureDependencies_v2_ptsz(hStream, dependencies, dependencyData, numDependencies, flags);
}

static QUANTA__COLD CUresult slow_cuStreamWaitEvent(CUstream hStream, CUevent hEvent, unsigned int Flags)
{
    quanta_cuda_pfn_cuStreamWaitEvent real = (quanta_cuda_pfn_cuStreamWaitEvent)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuStreamWaitEvent);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuStreamWaitEvent);
    }
    return real(hStream, hEvent, Flags);
}

QUANTA__WRAPPER CUresult cuStreamWaitEvent(CUstream hStream, CUevent hEvent, unsigned int Flags)
{
    quanta_cuda_pfn_cuStreamWaitEvent real = (quanta_cuda_pfn_cuStreamWaitEvent)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuStreamWaitEvent);
    if (__builtin_expect(real != NULL, 1))
        return real(hStream, hEvent, Flags);
    return slow_cuStreamWaitEvent(hStream, hEvent, Flags);
}

static QUANTA__COLD CUresult slow_cuStreamWaitEvent_ptsz(CUstream hStream, CUevent hEvent, unsigned int Flags)
{
    quanta_cuda_pfn_cuStreamWaitEvent_ptsz real = (quanta_cuda_pfn_cuStreamWaitEvent_ptsz)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuStreamWaitEvent_ptsz);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuStreamWaitEvent_ptsz);
    }
    return real(hStream, hEvent, Flags);
}

QUANTA__WRAPPER CUresult cuStreamWaitEvent_ptsz(CUstream hStream, CUevent hEvent, unsigned int Flags)
{
    quanta_cuda_pfn_cuStreamWaitEvent_ptsz real = (quanta_cuda_pfn_cuStreamWaitEvent_ptsz)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuStreamWaitEvent_ptsz);
    if (__builtin_expect(real != NULL, 1))
        return real(hStream, hEvent, Flags);
    return slow_cuStreamWaitEvent_ptsz(hStream, hEvent, Flags);
}

static QUANTA__COLD CUresult slow_cuStreamWaitValue32(CUstream stream, CUdeviceptr addr, cuuint32_t value, unsigned int flags)
{
    quanta_cuda_pfn_cuStreamWaitValue32 real = (quanta_cuda_pfn_cuStreamWaitValue32)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuStreamWaitValue32);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuStreamWaitValue32);
    }
    return real(stream, addr, value, flags);
}

QUANTA__WRAPPER CUresult cuStreamWaitValue32(CUstream stream, CUdeviceptr addr, cuuint32_t value, unsigned int flags)
{
    quanta_cuda_pfn_cuStreamWaitValue32 real = (quanta_cuda_pfn_cuStreamWaitValue32)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuStreamWaitValue32);
    if (__builtin_expect(real != NULL, 1))
        return real(stream, addr, value, flags);
    return slow_cuStreamWaitValue32(stream, addr, value, flags);
}

static QUANTA__COLD CUresult slow_cuStreamWaitValue32_ptsz(CUstream stream, CUdeviceptr addr, cuuint32_t value, unsigned int flags)
{
    quanta_cuda_pfn_cuStreamWaitValue32_ptsz real = (quanta_cuda_pfn_cuStreamWaitValue32_ptsz)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuStreamWaitValue32_ptsz);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuStreamWaitValue32_ptsz);
    }
    return real(stream, addr, value, flags);
}

QUANTA__WRAPPER CUresult cuStreamWaitValue32_ptsz(CUstream stream, CUdeviceptr addr, cuuint32_t value, unsigned int flags)
{
    quanta_cuda_pfn_cuStreamWaitValue32_ptsz real = (quanta_cuda_pfn_cuStreamWaitValue32_ptsz)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuStreamWaitValue32_ptsz);
    if (__builtin_expect(real != NULL, 1))
        return real(stream, addr, value, flags);
    return slow_cuStreamWaitValue32_ptsz(stream, addr, value, flags);
}

static QUANTA__COLD CUresult slow_cuStreamWaitValue32_v2(CUstream stream, CUdeviceptr addr, cuuint32_t value, unsigned int flags)
{
    quanta_cuda_pfn_cuStreamWaitValue32_v2 real = (quanta_cuda_pfn_cuStreamWaitValue32_v2)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuStreamWaitValue32_v2);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuStreamWaitValue32_v2);
    }
    return real(stream, addr, value, flags);
}

QUANTA__WRAPPER CUresult cuStreamWaitValue32_v2(CUstream stream, CUdeviceptr addr, cuuint32_t value, unsigned int flags)
{
    quanta_cuda_pfn_cuStreamWaitValue32_v2 real = (quanta_cuda_pfn_cuStreamWaitValue32_v2)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuStreamWaitValue32_v2);
    if (__builtin_expect(real != NULL, 1))
        return real(stream, addr, value, flags);
    return slow_cuStreamWaitValue32_v2(stream, addr, value, flags);
}

static QUANTA__COLD CUresult slow_cuStreamWaitValue32_v2_ptsz(CUstream stream, CUdeviceptr addr, cuuint32_t value, unsigned int flags)
{
    quanta_cuda_pfn_cuStreamWaitValue32_v2_ptsz real = (quanta_cuda_pfn_cuStreamWaitValue32_v2_ptsz)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuStreamWaitValue32_v2_ptsz);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuStreamWaitValue32_v2_ptsz);
    }
    return real(stream, addr, value, flags);
}

QUANTA__WRAPPER CUresult cuStreamWaitValue32_v2_ptsz(CUstream stream, CUdeviceptr addr, cuuint32_t value, unsigned int flags)
{
    quanta_cuda_pfn_cuStreamWaitValue32_v2_ptsz real = (quanta_cuda_pfn_cuStreamWaitValue32_v2_ptsz)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuStreamWaitValue32_v2_ptsz);
    if (__builtin_expect(real != NULL, 1))
        return real(stream, addr, value, flags);
    return slow_cuStreamWaitValue32_v2_ptsz(stream, addr, value, flags);
}

static QUANTA__COLD CUresult slow_cuStreamWaitValue64(CUstream stream, CUdeviceptr addr, cuuint64_t value, unsigned int flags)
{
    quanta_cuda_pfn_cuStreamWaitValue64 real = (quanta_cuda_pfn_cuStreamWaitValue64)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuStreamWaitValue64);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuStreamWaitValue64);
    }
    return real(stream, addr, value, flags);
}

QUANTA__WRAPPER CUresult cuStreamWaitValue64(CUstream stream, CUdeviceptr addr, cuuint64_t value, unsigned int flags)
{
    quanta_cuda_pfn_cuStreamWaitValue64 real = (quanta_cuda_pfn_cuStreamWaitValue64)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuStreamWaitValue64);
    if (__builtin_expect(real != NULL, 1))
        return real(stream, addr, value, flags);
    return slow_cuStreamWaitValue64(stream, addr, value, flags);
}

static QUANTA__COLD CUresult slow_cuStreamWaitValue64_ptsz(CUstream stream, CUdeviceptr addr, cuuint64_t value, unsigned int flags)
{
    quanta_cuda_pfn_cuStreamWaitValue64_ptsz real = (quanta_cuda_pfn_cuStreamWaitValue64_ptsz)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuStreamWaitValue64_ptsz);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuStreamWaitValue64_ptsz);
    }
    return real(stream, addr, value, flags);
}

QUANTA__WRAPPER CUresult cuStreamWaitValue64_ptsz(CUstream stream, CUdeviceptr addr, cuuint64_t value, unsigned int flags)
{
    quanta_cuda_pfn_cuStreamWaitValue64_ptsz real = (quanta_cuda_pfn_cuStreamWaitValue64_ptsz)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuStreamWaitValue64_ptsz);
    if (__builtin_expect(real != NULL, 1))
        return real(stream, addr, value, flags);
    return slow_cuStreamWaitValue64_ptsz(stream, addr, value, flags);
}

static QUANTA__COLD CUresult slow_cuStreamWaitValue64_v2(CUstream stream, CUdeviceptr addr, cuuint64_t value, unsigned int flags)
{
    quanta_cuda_pfn_cuStreamWaitValue64_v2 real = (quanta_cuda_pfn_cuStreamWaitValue64_v2)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuStreamWaitValue64_v2);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuStreamWaitValue64_v2);
    }
    return real(stream, addr, value, flags);
}

QUANTA__WRAPPER CUresult cuStreamWaitValue64_v2(CUstream stream, CUdeviceptr addr, cuuint64_t value, unsigned int flags)
{
    quanta_cuda_pfn_cuStreamWaitValue64_v2 real = (quanta_cuda_pfn_cuStreamWaitValue64_v2)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuStreamWaitValue64_v2);
    if (__builtin_expect(real != NULL, 1))
        return real(stream, addr, value, flags);
    return slow_cuStreamWaitValue64_v2(stream, addr, value, flags);
}

static QUANTA__COLD CUresult slow_cuStreamWaitValue64_v2_ptsz(CUstream stream, CUdeviceptr addr, cuuint64_t value, unsigned int flags)
{
    quanta_cuda_pfn_cuStreamWaitValue64_v2_ptsz real = (quanta_cuda_pfn_cuStreamWaitValue64_v2_ptsz)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuStreamWaitValue64_v2_ptsz);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuStreamWaitValue64_v2_ptsz);
    }
    return real(stream, addr, value, flags);
}

QUANTA__WRAPPER CUresult cuStreamWaitValue64_v2_ptsz(CUstream stream, CUdeviceptr addr, cuuint64_t value, unsigned int flags)
{
    quanta_cuda_pfn_cuStreamWaitValue64_v2_ptsz real = (quanta_cuda_pfn_cuStreamWaitValue64_v2_ptsz)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuStreamWaitValue64_v2_ptsz);
    if (__builtin_expect(real != NULL, 1))
        return real(stream, addr, value, flags);
    return slow_cuStreamWaitValue64_v2_ptsz(stream, addr, value, flags);
}

static QUANTA__COLD CUresult slow_cuStreamWriteValue32(CUstream stream, CUdeviceptr addr, cuuint32_t value, unsigned int flags)
{
    quanta_cuda_pfn_cuStreamWriteValue32 real = (quanta_cuda_pfn_cuStreamWriteValue32)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuStreamWriteValue32);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuStreamWriteValue32);
    }
    return real(stream, addr, value, flags);
}

QUANTA__WRAPPER CUresult cuStreamWriteValue32(CUstream stream, CUdeviceptr addr, cuuint32_t value, unsigned int flags)
{
    quanta_cuda_pfn_cuStreamWriteValue32 real = (quanta_cuda_pfn_cuStreamWriteValue32)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuStreamWriteValue32);
    if (__builtin_expect(real != NULL, 1))
        return real(stream, addr, value, flags);
    return slow_cuStreamWriteValue32(stream, addr, value, flags);
}

static QUANTA__COLD CUresult slow_cuStreamWriteValue32_ptsz(CUstream stream, CUdeviceptr addr, cuuint32_t value, unsigned int flags)
{
    quanta_cuda_pfn_cuStreamWriteValue32_ptsz real = (quanta_cuda_pfn_cuStreamWriteValue32_ptsz)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuStreamWriteValue32_ptsz);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuStreamWriteValue32_ptsz);
    }
    return real(stream, addr, value, flags);
}

QUANTA__WRAPPER CUresult cuStreamWriteValue32_ptsz(CUstream stream, CUdeviceptr addr, cuuint32_t value, unsigned int flags)
{
    quanta_cuda_pfn_cuStreamWriteValue32_ptsz real = (quanta_cuda_pfn_cuStreamWriteValue32_ptsz)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuStreamWriteValue32_ptsz);
    if (__builtin_expect(real != NULL, 1))
        return real(stream, addr, value, flags);
    return slow_cuStreamWriteValue32_ptsz(stream, addr, value, flags);
}

static QUANTA__COLD CUresult slow_cuStreamWriteValue32_v2(CUstream stream, CUdeviceptr addr, cuuint32_t value, unsigned int flags)
{
    quanta_cuda_pfn_cuStreamWriteValue32_v2 real = (quanta_cuda_pfn_cuStreamWriteValue32_v2)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuStreamWriteValue32_v2);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuStreamWriteValue32_v2);
    }
    return real(stream, addr, value, flags);
}

QUANTA__WRAPPER CUresult cuStreamWriteValue32_v2(CUstream stream, CUdeviceptr addr, cuuint32_t value, unsigned int flags)
{
    quanta_cuda_pfn_cuStreamWriteValue32_v2 real = (quanta_cuda_pfn_cuStreamWriteValue32_v2)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuStreamWriteValue32_v2);
    if (__builtin_expect(real != NULL, 1))
        return real(stream, addr, value, flags);
    return slow_cuStreamWriteValue32_v2(stream, addr, value, flags);
}

static QUANTA__COLD CUresult slow_cuStreamWriteValue32_v2_ptsz(CUstream stream, CUdeviceptr addr, cuuint32_t value, unsigned int flags)
{
    quanta_cuda_pfn_cuStreamWriteValue32_v2_ptsz real = (quanta_cuda_pfn_cuStreamWriteValue32_v2_ptsz)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuStreamWriteValue32_v2_ptsz);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuStreamWriteValue32_v2_ptsz);
    }
    return real(stream, addr, value, flags);
}

QUANTA__WRAPPER CUresult cuStreamWriteValue32_v2_ptsz(CUstream stream, CUdeviceptr addr, cuuint32_t value, unsigned int flags)
{
    quanta_cuda_pfn_cuStreamWriteValue32_v2_ptsz real = (quanta_cuda_pfn_cuStreamWriteValue32_v2_ptsz)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuStreamWriteValue32_v2_ptsz);
    if (__builtin_expect(real != NULL, 1))
        return real(stream, addr, value, flags);
    return slow_cuStreamWriteValue32_v2_ptsz(stream, addr, value, flags);
}

static QUANTA__COLD CUresult slow_cuStreamWriteValue64(CUstream stream, CUdeviceptr addr, cuuint64_t value, unsigned int flags)
{
    quanta_cuda_pfn_cuStreamWriteValue64 real = (quanta_cuda_pfn_cuStreamWriteValue64)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuStreamWriteValue64);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuStreamWriteValue64);
    }
    return real(stream, addr, value, flags);
}

QUANTA__WRAPPER CUresult cuStreamWriteValue64(CUstream stream, CUdeviceptr addr, cuuint64_t value, unsigned int flags)
{
    quanta_cuda_pfn_cuStreamWriteValue64 real = (quanta_cuda_pfn_cuStreamWriteValue64)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuStreamWriteValue64);
    if (__builtin_expect(real != NULL, 1))
        return real(stream, addr, value, flags);
    return slow_cuStreamWriteValue64(stream, addr, value, flags);
}

static QUANTA__COLD CUresult slow_cuStreamWriteValue64_ptsz(CUstream stream, CUdeviceptr addr, cuuint64_t value, unsigned int flags)
{
    quanta_cuda_pfn_cuStreamWriteValue64_ptsz real = (quanta_cuda_pfn_cuStreamWriteValue64_ptsz)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuStreamWriteValue64_ptsz);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuStreamWriteValue64_ptsz);
    }
    return real(stream, addr, value, flags);
}

QUANTA__WRAPPER CUresult cuStreamWriteValue64_ptsz(CUstream stream, CUdeviceptr addr, cuuint64_t value, unsigned int flags)
{
    quanta_cuda_pfn_cuStreamWriteValue64_ptsz real = (quanta_cuda_pfn_cuStreamWriteValue64_ptsz)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuStreamWriteValue64_ptsz);
    if (__builtin_expect(real != NULL, 1))
        return real(stream, addr, value, flags);
    return slow_cuStreamWriteValue64_ptsz(stream, addr, value, flags);
}

static QUANTA__COLD CUresult slow_cuStreamWriteValue64_v2(CUstream stream, CUdeviceptr addr, cuuint64_t value, unsigned int flags)
{
    quanta_cuda_pfn_cuStreamWriteValue64_v2 real = (quanta_cuda_pfn_cuStreamWriteValue64_v2)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuStreamWriteValue64_v2);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuStreamWriteValue64_v2);
    }
    return real(stream, addr, value, flags);
}

QUANTA__WRAPPER CUresult cuStreamWriteValue64_v2(CUstream stream, CUdeviceptr addr, cuuint64_t value, unsigned int flags)
{
    quanta_cuda_pfn_cuStreamWriteValue64_v2 real = (quanta_cuda_pfn_cuStreamWriteValue64_v2)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuStreamWriteValue64_v2);
    if (__builtin_expect(real != NULL, 1))
        return real(stream, addr, value, flags);
    return slow_cuStreamWriteValue64_v2(stream, addr, value, flags);
}

static QUANTA__COLD CUresult slow_cuStreamWriteValue64_v2_ptsz(CUstream stream, CUdeviceptr addr, cuuint64_t value, unsigned int flags)
{
    quanta_cuda_pfn_cuStreamWriteValue64_v2_ptsz real = (quanta_cuda_pfn_cuStreamWriteValue64_v2_ptsz)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuStreamWriteValue64_v2_ptsz);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuStreamWriteValue64_v2_ptsz);
    }
    return real(stream, addr, value, flags);
}

QUANTA__WRAPPER CUresult cuStreamWriteValue64_v2_ptsz(CUstream stream, CUdeviceptr addr, cuuint64_t value, unsigned int flags)
{
    quanta_cuda_pfn_cuStreamWriteValue64_v2_ptsz real = (quanta_cuda_pfn_cuStreamWriteValue64_v2_ptsz)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuStreamWriteValue64_v2_ptsz);
    if (__builtin_expect(real != NULL, 1))
        return real(stream, addr, value, flags);
    return slow_cuStreamWriteValue64_v2_ptsz(stream, addr, value, flags);
}

static QUANTA__COLD CUresult slow_cuSurfObjectCreate(CUsurfObject *pSurfObject, const CUDA_RESOURCE_DESC *pResDesc)
{
    quanta_cuda_pfn_cuSurfObjectCreate real = (quanta_cuda_pfn_cuSurfObjectCreate)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuSurfObjectCreate);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuSurfObjectCreate);
    }
    return real(pSurfObject, pResDesc);
}

QUANTA__WRAPPER CUresult cuSurfObjectCreate(CUsurfObject *pSurfObject, const CUDA_RESOURCE_DESC *pResDesc)
{
    quanta_cuda_pfn_cuSurfObjectCreate real = (quanta_cuda_pfn_cuSurfObjectCreate)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuSurfObjectCreate);
    if (__builtin_expect(real != NULL, 1))
        return real(pSurfObject, pResDesc);
    return slow_cuSurfObjectCreate(pSurfObject, pResDesc);
}

static QUANTA__COLD CUresult slow_cuSurfObjectDestroy(CUsurfObject surfObject)
{
    quanta_cuda_pfn_cuSurfObjectDestroy real = (quanta_cuda_pfn_cuSurfObjectDestroy)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuSurfObjectDestroy);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuSurfObjectDestroy);
    }
    return real(surfObject);
}

QUANTA__WRAPPER CUresult cuSurfObjectDestroy(CUsurfObject surfObject)
{
    quanta_cuda_pfn_cuSurfObjectDestroy real = (quanta_cuda_pfn_cuSurfObjectDestroy)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuSurfObjectDestroy);
    if (__builtin_expect(real != NULL, 1))
        return real(surfObject);
    return slow_cuSurfObjectDestroy(surfObject);
}

static QUANTA__COLD CUresult slow_cuSurfObjectGetResourceDesc(CUDA_RESOURCE_DESC *pResDesc, CUsurfObject surfObject)
{
    quanta_cuda_pfn_cuSurfObjectGetResourceDesc real = (quanta_cuda_pfn_cuSurfObjectGetResourceDesc)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuSurfObjectGetResourceDesc);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuSurfObjectGetResourceDesc);
    }
    return real(pResDesc, surfObject);
}

QUANTA__WRAPPER CUresult cuSurfObjectGetResourceDesc(CUDA_RESOURCE_DESC *pResDesc, CUsurfObject surfObject)
{
    quanta_cuda_pfn_cuSurfObjectGetResourceDesc real = (quanta_cuda_pfn_cuSurfObjectGetResourceDesc)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuSurfObjectGetResourceDesc);
    if (__builtin_expect(real != NULL, 1))
        return real(pResDesc, surfObject);
    return slow_cuSurfObjectGetResourceDesc(pResDesc, surfObject);
}

static QUANTA__COLD CUresult slow_cuSurfRefGetArray(CUarray *phArray, CUsurfref hSurfRef)
{
    quanta_cuda_pfn_cuSurfRefGetArray real = (quanta_cuda_pfn_cuSurfRefGetArray)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuSurfRefGetArray);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuSurfRefGetArray);
    }
    return real(phArray, hSurfRef);
}

QUANTA__WRAPPER CUresult cuSurfRefGetArray(CUarray *phArray, CUsurfref hSurfRef)
{
    quanta_cuda_pfn_cuSurfRefGetArray real = (quanta_cuda_pfn_cuSurfRefGetArray)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuSurfRefGetArray);
    if (__builtin_expect(real != NULL, 1))
        return real(phArray, hSurfRef);
    return slow_cuSurfRefGetArray(phArray, hSurfRef);
}

static QUANTA__COLD CUresult slow_cuSurfRefSetArray(CUsurfref hSurfRef, CUarray hArray, unsigned int Flags)
{
    quanta_cuda_pfn_cuSurfRefSetArray real = (quanta_cuda_pfn_cuSurfRefSetArray)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuSurfRefSetArray);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuSurfRefSetArray);
    }
    return real(hSurfRef, hArray, Flags);
}

QUANTA__WRAPPER CUresult cuSurfRefSetArray(CUsurfref hSurfRef, CUarray hArray, unsigned int Flags)
{
    quanta_cuda_pfn_cuSurfRefSetArray real = (quanta_cuda_pfn_cuSurfRefSetArray)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuSurfRefSetArray);
    if (__builtin_expect(real != NULL, 1))
        return real(hSurfRef, hArray, Flags);
    return slow_cuSurfRefSetArray(hSurfRef, hArray, Flags);
}

static QUANTA__COLD CUresult slow_cuTensorMapEncodeIm2col(CUtensorMap *tensorMap, CUtensorMapDataType tensorDataType, cuuint32_t tensorRank, void *globalAddress, const cuuint64_t *globalDim, const cuuint64_t *globalStrides, const int *pixelBoxLowerCorner, const int *pixelBoxUpperCorner, cuuint32_t channelsPerPixel, cuuint32_t pixelsPerColumn, const cuuint32_t *elementStrides, CUtensorMapInterleave interleave, CUtensorMapSwizzle swizzle, CUtensorMapL2promotion l2Promotion, CUtensorMapFloatOOBfill oobFill)
{
    quanta_cuda_pfn_cuTensorMapEncodeIm2col real = (quanta_cuda_pfn_cuTensorMapEncodeIm2col)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuTensorMapEncodeIm2col);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuTensorMapEncodeIm2col);
    }
    return real(tensorMap, tensorDataType, tensorRank, globalAddress, globalDim, globalStrides, pixelBoxLowerCorner, pixelBoxUpperCorner, channelsPerPixel, pixelsPerColumn, elementStrides, interleave, swizzle, l2Promotion, oobFill);
}

QUANTA__WRAPPER CUresult cuTensorMapEncodeIm2col(CUtensorMap *tensorMap, CUtensorMapDataType tensorDataType, cuuint32_t tensorRank, void *globalAddress, const cuuint64_t *globalDim, const cuuint64_t *globalStrides, const int *pixelBoxLowerCorner, const int *pixelBoxUpperCorner, cuuint32_t channelsPerPixel, cuuint32_t pixelsPerColumn, const cuuint32_t *elementStrides, CUtensorMapInterleave interleave, CUtensorMapSwizzle swizzle, CUtensorMapL2promotion l2Promotion, CUtensorMapFloatOOBfill oobFill)
{
    quanta_cuda_pfn_cuTensorMapEncodeIm2col real = (quanta_cuda_pfn_cuTensorMapEncodeIm2col)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuTensorMapEncodeIm2col);
    if (__builtin_expect(real != NULL, 1))
        return real(tensorMap, tensorDataType, tensorRank, globalAddress, globalDim, globalStrides, pixelBoxLowerCorner, pixelBoxUpperCorner, channelsPerPixel, pixelsPerColumn, elementStrides, interleave, swizzle, l2Promotion, oobFill);
    return slow_cuTensorMapEncodeIm2col(tensorMap, tensorDataType, tensorRank, globalAddress, globalDim, globalStrides, pixelBoxLowerCorner, pixelBoxUpperCorner, channelsPerPixel, pixelsPerColumn, elementStrides, interleave, swizzle, l2Promotion, oobFill);
}

static QUANTA__COLD CUresult slow_cuTensorMapEncodeIm2colWide(CUtensorMap *tensorMap, CUtensorMapDataType tensorDataType, cuuint32_t tensorRank, void *globalAddress, const cuuint64_t *globalDim, const cuuint64_t *globalStrides, int pixelBoxLowerCornerWidth, int pixelBoxUpperCornerWidth, cuuint32_t channelsPerPixel, cuuint32_t pixelsPerColumn, const cuuint32_t *elementStrides, CUtensorMapInterleave interleave, CUtensorMapIm2ColWideMode mode, CUtensorMapSwizzle swizzle, CUtensorMapL2promotion l2Promotion, CUtensorMapFloatOOBfill oobFill)
{
    quanta_cuda_pfn_cuTensorMapEncodeIm2colWide real = (quanta_cuda_pfn_cuTensorMapEncodeIm2colWide)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuTensorMapEncodeIm2colWide);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuTensorMapEncodeIm2colWide);
    }
    return real(tensorMap, tensorDataType, tensorRank, globalAddress, globalDim, globalStrides, pixelBoxLowerCornerWidth, pixelBoxUpperCornerWidth, channelsPerPixel, pixelsPerColumn, elementStrides, interleave, mode, swizzle, l2Promotion, oobFill);
}

QUANTA__WRAPPER CUresult cuTensorMapEncodeIm2colWide(CUtensorMap *tensorMap, CUtensorMapDataType tensorDataType, cuuint32_t tensorRank, void *globalAddress, const cuuint64_t *globalDim, const cuuint64_t *globalStrides, int pixelBoxLowerCornerWidth, int pixelBoxUpperCornerWidth, cuuint32_t channelsPerPixel, cuuint32_t pixelsPerColumn, const cuuint32_t *elementStrides, CUtensorMapInterleave interleave, CUtensorMapIm2ColWideMode mode, CUtensorMapSwizzle swizzle, CUtensorMapL2promotion l2Promotion, CUtensorMapFloatOOBfill oobFill)
{
    quanta_cuda_pfn_cuTensorMapEncodeIm2colWide real = (quanta_cuda_pfn_cuTensorMapEncodeIm2colWide)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuTensorMapEncodeIm2colWide);
    if (__builtin_expect(real != NULL, 1))
        return real(tensorMap, tensorDataType, tensorRank, globalAddress, globalDim, globalStrides, pixelBoxLowerCornerWidth, pixelBoxUpperCornerWidth, channelsPerPixel, pixelsPerColumn, elementStrides, interleave, mode, swizzle, l2Promotion, oobFill);
    return slow_cuTensorMapEncodeIm2colWide(tensorMap, tensorDataType, tensorRank, globalAddress, globalDim, globalStrides, pixelBoxLowerCornerWidth, pixelBoxUpperCornerWidth, channelsPerPixel, pixelsPerColumn, elementStrides, interleave, mode, swizzle, l2Promotion, oobFill);
}

static QUANTA__COLD CUresult slow_cuTensorMapEncodeTiled(CUtensorMap *tensorMap, CUtensorMapDataType tensorDataType, cuuint32_t tensorRank, void *globalAddress, const cuuint64_t *globalDim, const cuuint64_t *globalStrides, const cuuint32_t *boxDim, const cuuint32_t *elementStrides, CUtensorMapInterleave interleave, CUtensorMapSwizzle swizzle, CUtensorMapL2promotion l2Promotion, CUtensorMapFloatOOBfill oobFill)
{
    quanta_cuda_pfn_cuTensorMapEncodeTiled real = (quanta_cuda_pfn_cuTensorMapEncodeTiled)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuTensorMapEncodeTiled);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuTensorMapEncodeTiled);
    }
    return real(tensorMap, tensorDataType, tensorRank, globalAddress, globalDim, globalStrides, boxDim, elementStrides, interleave, swizzle, l2Promotion, oobFill);
}

QUANTA__WRAPPER CUresult cuTensorMapEncodeTiled(CUtensorMap *tensorMap, CUtensorMapDataType tensorDataType, cuuint32_t tensorRank, void *globalAddress, const cuuint64_t *globalDim, const cuuint64_t *globalStrides, const cuuint32_t *boxDim, const cuuint32_t *elementStrides, CUtensorMapInterleave interleave, CUtensorMapSwizzle swizzle, CUtensorMapL2promotion l2Promotion, CUtensorMapFloatOOBfill oobFill)
{
    quanta_cuda_pfn_cuTensorMapEncodeTiled real = (quanta_cuda_pfn_cuTensorMapEncodeTiled)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuTensorMapEncodeTiled);
    if (__builtin_expect(real != NULL, 1))
        return real(tensorMap, tensorDataType, tensorRank, globalAddress, globalDim, globalStrides, boxDim, elementStrides, interleave, swizzle, l2Promotion, oobFill);
    return slow_cuTensorMapEncodeTiled(tensorMap, tensorDataType, tensorRank, globalAddress, globalDim, globalStrides, boxDim, elementStrides, interleave, swizzle, l2Promotion, oobFill);
}

static QUANTA__COLD CUresult slow_cuTensorMapReplaceAddress(CUtensorMap *tensorMap, void *globalAddress)
{
    quanta_cuda_pfn_cuTensorMapReplaceAddress real = (quanta_cuda_pfn_cuTensorMapReplaceAddress)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuTensorMapReplaceAddress);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuTensorMapReplaceAddress);
    }
    return real(tensorMap, globalAddress);
}

QUANTA__WRAPPER CUresult cuTensorMapReplaceAddress(CUtensorMap *tensorMap, void *globalAddress)
{
    quanta_cuda_pfn_cuTensorMapReplaceAddress real = (quanta_cuda_pfn_cuTensorMapReplaceAddress)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuTensorMapReplaceAddress);
    if (__builtin_expect(real != NULL, 1))
        return real(tensorMap, globalAddress);
    return slow_cuTensorMapReplaceAddress(tensorMap, globalAddress);
}

static QUANTA__COLD CUresult slow_cuTexObjectCreate(CUtexObject *pTexObject, const CUDA_RESOURCE_DESC *pResDesc, const CUDA_TEXTURE_DESC *pTexDesc, const CUDA_RESOURCE_VIEW_DESC *pResViewDesc)
{
    quanta_cuda_pfn_cuTexObjectCreate real = (quanta_cuda_pfn_cuTexObjectCreate)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuTexObjectCreate);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuTexObjectCreate);
    }
    return real(pTexObject, pResDesc, pTexDesc, pResViewDesc);
}

QUANTA__WRAPPER CUresult cuTexObjectCreate(CUtexObject *pTexObject, const CUDA_RESOURCE_DESC *pResDesc, const CUDA_TEXTURE_DESC *pTexDesc, const CUDA_RESOURCE_VIEW_DESC *pResViewDesc)
{
    quanta_cuda_pfn_cuTexObjectCreate real = (quanta_cuda_pfn_cuTexObjectCreate)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuTexObjectCreate);
    if (__builtin_expect(real != NULL, 1))
        return real(pTexObject, pResDesc, pTexDesc, pResViewDesc);
    return slow_cuTexObjectCreate(pTexObject, pResDesc, pTexDesc, pResViewDesc);
}

static QUANTA__COLD CUresult slow_cuTexObjectDestroy(CUtexObject texObject)
{
    quanta_cuda_pfn_cuTexObjectDestroy real = (quanta_cuda_pfn_cuTexObjectDestroy)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuTexObjectDestroy);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuTexObjectDestroy);
    }
    return real(texObject);
}

QUANTA__WRAPPER CUresult cuTexObjectDestroy(CUtexObject texObject)
{
    quanta_cuda_pfn_cuTexObjectDestroy real = (quanta_cuda_pfn_cuTexObjectDestroy)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuTexObjectDestroy);
    if (__builtin_expect(real != NULL, 1))
        return real(texObject);
    return slow_cuTexObjectDestroy(texObject);
}

static QUANTA__COLD CUresult slow_cuTexObjectGetResourceDesc(CUDA_RESOURCE_DESC *pResDesc, CUtexObject texObject)
{
    quanta_cuda_pfn_cuTexObjectGetResourceDesc real = (quanta_cuda_pfn_cuTexObjectGetResourceDesc)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuTexObjectGetResourceDesc);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuTexObjectGetResourceDesc);
    }
    return real(pResDesc, texObject);
}

QUANTA__WRAPPER CUresult cuTexObjectGetResourceDesc(CUDA_RESOURCE_DESC *pResDesc, CUtexObject texObject)
{
    quanta_cuda_pfn_cuTexObjectGetResourceDesc real = (quanta_cuda_pfn_cuTexObjectGetResourceDesc)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuTexObjectGetResourceDesc);
    if (__builtin_expect(real != NULL, 1))
        return real(pResDesc, texObject);
    return slow_cuTexObjectGetResourceDesc(pResDesc, texObject);
}

static QUANTA__COLD CUresult slow_cuTexObjectGetResourceViewDesc(CUDA_RESOURCE_VIEW_DESC *pResViewDesc, CUtexObject texObject)
{
    quanta_cuda_pfn_cuTexObjectGetResourceViewDesc real = (quanta_cuda_pfn_cuTexObjectGetResourceViewDesc)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuTexObjectGetResourceViewDesc);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuTexObjectGetResourceViewDesc);
    }
    return real(pResViewDesc, texObject);
}

QUANTA__WRAPPER CUresult cuTexObjectGetResourceViewDesc(CUDA_RESOURCE_VIEW_DESC *pResViewDesc, CUtexObject texObject)
{
    quanta_cuda_pfn_cuTexObjectGetResourceViewDesc real = (quanta_cuda_pfn_cuTexObjectGetResourceViewDesc)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuTexObjectGetResourceViewDesc);
    if (__builtin_expect(real != NULL, 1))
        return real(pResViewDesc, texObject);
    return slow_cuTexObjectGetResourceViewDesc(pResViewDesc, texObject);
}

static QUANTA__COLD CUresult slow_cuTexObjectGetTextureDesc(CUDA_TEXTURE_DESC *pTexDesc, CUtexObject texObject)
{
    quanta_cuda_pfn_cuTexObjectGetTextureDesc real = (quanta_cuda_pfn_cuTexObjectGetTextureDesc)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuTexObjectGetTextureDesc);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuTexObjectGetTextureDesc);
    }
    return real(pTexDesc, texObject);
}

QUANTA__WRAPPER CUresult cuTexObjectGetTextureDesc(CUDA_TEXTURE_DESC *pTexDesc, CUtexObject texObject)
{
    quanta_cuda_pfn_cuTexObjectGetTextureDesc real = (quanta_cuda_pfn_cuTexObjectGetTextureDesc)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuTexObjectGetTextureDesc);
    if (__builtin_expect(real != NULL, 1))
        return real(pTexDesc, texObject);
    return slow_cuTexObjectGetTextureDesc(pTexDesc, texObject);
}

static QUANTA__COLD CUresult slow_cuTexRefCreate(CUtexref *pTexRef)
{
    quanta_cuda_pfn_cuTexRefCreate real = (quanta_cuda_pfn_cuTexRefCreate)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuTexRefCreate);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuTexRefCreate);
    }
    return real(pTexRef);
}

QUANTA__WRAPPER CUresult cuTexRefCreate(CUtexref *pTexRef)
{
    quanta_cuda_pfn_cuTexRefCreate real = (quanta_cuda_pfn_cuTexRefCreate)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuTexRefCreate);
    if (__builtin_expect(real != NULL, 1))
        return real(pTexRef);
    return slow_cuTexRefCreate(pTexRef);
}

static QUANTA__COLD CUresult slow_cuTexRefDestroy(CUtexref hTexRef)
{
    quanta_cuda_pfn_cuTexRefDestroy real = (quanta_cuda_pfn_cuTexRefDestroy)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuTexRefDestroy);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuTexRefDestroy);
    }
    return real(hTexRef);
}

QUANTA__WRAPPER CUresult cuTexRefDestroy(CUtexref hTexRef)
{
    quanta_cuda_pfn_cuTexRefDestroy real = (quanta_cuda_pfn_cuTexRefDestroy)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuTexRefDestroy);
    if (__builtin_expect(real != NULL, 1))
        return real(hTexRef);
    return slow_cuTexRefDestroy(hTexRef);
}

static QUANTA__COLD CUresult slow_cuTexRefGetAddress(CUdeviceptr_v1 *pdptr, CUtexref hTexRef)
{
    quanta_cuda_pfn_cuTexRefGetAddress real = (quanta_cuda_pfn_cuTexRefGetAddress)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuTexRefGetAddress);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuTexRefGetAddress);
    }
    return real(pdptr, hTexRef);
}

QUANTA__WRAPPER CUresult cuTexRefGetAddress(CUdeviceptr_v1 *pdptr, CUtexref hTexRef)
{
    quanta_cuda_pfn_cuTexRefGetAddress real = (quanta_cuda_pfn_cuTexRefGetAddress)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuTexRefGetAddress);
    if (__builtin_expect(real != NULL, 1))
        return real(pdptr, hTexRef);
    return slow_cuTexRefGetAddress(pdptr, hTexRef);
}

static QUANTA__COLD CUresult slow_cuTexRefGetAddress_v2(CUdeviceptr *pdptr, CUtexref hTexRef)
{
    quanta_cuda_pfn_cuTexRefGetAddress_v2 real = (quanta_cuda_pfn_cuTexRefGetAddress_v2)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuTexRefGetAddress_v2);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuTexRefGetAddress_v2);
    }
    return real(pdptr, hTexRef);
}

QUANTA__WRAPPER CUresult cuTexRefGetAddress_v2(CUdeviceptr *pdptr, CUtexref hTexRef)
{
    quanta_cuda_pfn_cuTexRefGetAddress_v2 real = (quanta_cuda_pfn_cuTexRefGetAddress_v2)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuTexRefGetAddress_v2);
    if (__builtin_expect(real != NULL, 1))
        return real(pdptr, hTexRef);
    return slow_cuTexRefGetAddress_v2(pdptr, hTexRef);
}

static QUANTA__COLD CUresult slow_cuTexRefGetAddressMode(CUaddress_mode *pam, CUtexref hTexRef, int dim)
{
    quanta_cuda_pfn_cuTexRefGetAddressMode real = (quanta_cuda_pfn_cuTexRefGetAddressMode)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuTexRefGetAddressMode);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuTexRefGetAddressMode);
    }
    return real(pam, hTexRef, dim);
}

QUANTA__WRAPPER CUresult cuTexRefGetAddressMode(CUaddress_mode *pam, CUtexref hTexRef, int dim)
{
    quanta_cuda_pfn_cuTexRefGetAddressMode real = (quanta_cuda_pfn_cuTexRefGetAddressMode)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuTexRefGetAddressMode);
    if (__builtin_expect(real != NULL, 1))
        return real(pam, hTexRef, dim);
    return slow_cuTexRefGetAddressMode(pam, hTexRef, dim);
}

static QUANTA__COLD CUresult slow_cuTexRefGetArray(CUarray *phArray, CUtexref hTexRef)
{
    quanta_cuda_pfn_cuTexRefGetArray real = (quanta_cuda_pfn_cuTexRefGetArray)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuTexRefGetArray);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuTexRefGetArray);
    }
    return real(phArray, hTexRef);
}

QUANTA__WRAPPER CUresult cuTexRefGetArray(CUarray *phArray, CUtexref hTexRef)
{
    quanta_cuda_pfn_cuTexRefGetArray real = (quanta_cuda_pfn_cuTexRefGetArray)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuTexRefGetArray);
    if (__builtin_expect(real != NULL, 1))
        return real(phArray, hTexRef);
    return slow_cuTexRefGetArray(phArray, hTexRef);
}

static QUANTA__COLD CUresult slow_cuTexRefGetBorderColor(float *pBorderColor, CUtexref hTexRef)
{
    quanta_cuda_pfn_cuTexRefGetBorderColor real = (quanta_cuda_pfn_cuTexRefGetBorderColor)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuTexRefGetBorderColor);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuTexRefGetBorderColor);
    }
    return real(pBorderColor, hTexRef);
}

QUANTA__WRAPPER CUresult cuTexRefGetBorderColor(float *pBorderColor, CUtexref hTexRef)
{
    quanta_cuda_pfn_cuTexRefGetBorderColor real = (quanta_cuda_pfn_cuTexRefGetBorderColor)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuTexRefGetBorderColor);
    if (__builtin_expect(real != NULL, 1))
        return real(pBorderColor, hTexRef);
    return slow_cuTexRefGetBorderColor(pBorderColor, hTexRef);
}

static QUANTA__COLD CUresult slow_cuTexRefGetFilterMode(CUfilter_mode *pfm, CUtexref hTexRef)
{
    quanta_cuda_pfn_cuTexRefGetFilterMode real = (quanta_cuda_pfn_cuTexRefGetFilterMode)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuTexRefGetFilterMode);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuTexRefGetFilterMode);
    }
    return real(pfm, hTexRef);
}

QUANTA__WRAPPER CUresult cuTexRefGetFilterMode(CUfilter_mode *pfm, CUtexref hTexRef)
{
    quanta_cuda_pfn_cuTexRefGetFilterMode real = (quanta_cuda_pfn_cuTexRefGetFilterMode)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuTexRefGetFilterMode);
    if (__builtin_expect(real != NULL, 1))
        return real(pfm, hTexRef);
    return slow_cuTexRefGetFilterMode(pfm, hTexRef);
}

static QUANTA__COLD CUresult slow_cuTexRefGetFlags(unsigned int *pFlags, CUtexref hTexRef)
{
    quanta_cuda_pfn_cuTexRefGetFlags real = (quanta_cuda_pfn_cuTexRefGetFlags)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuTexRefGetFlags);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuTexRefGetFlags);
    }
    return real(pFlags, hTexRef);
}

QUANTA__WRAPPER CUresult cuTexRefGetFlags(unsigned int *pFlags, CUtexref hTexRef)
{
    quanta_cuda_pfn_cuTexRefGetFlags real = (quanta_cuda_pfn_cuTexRefGetFlags)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuTexRefGetFlags);
    if (__builtin_expect(real != NULL, 1))
        return real(pFlags, hTexRef);
    return slow_cuTexRefGetFlags(pFlags, hTexRef);
}

static QUANTA__COLD CUresult slow_cuTexRefGetFormat(CUarray_format *pFormat, int *pNumChannels, CUtexref hTexRef)
{
    quanta_cuda_pfn_cuTexRefGetFormat real = (quanta_cuda_pfn_cuTexRefGetFormat)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuTexRefGetFormat);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuTexRefGetFormat);
    }
    return real(pFormat, pNumChannels, hTexRef);
}

QUANTA__WRAPPER CUresult cuTexRefGetFormat(CUarray_format *pFormat, int *pNumChannels, CUtexref hTexRef)
{
    quanta_cuda_pfn_cuTexRefGetFormat real = (quanta_cuda_pfn_cuTexRefGetFormat)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuTexRefGetFormat);
    if (__builtin_expect(real != NULL, 1))
        return real(pFormat, pNumChannels, hTexRef);
    return slow_cuTexRefGetFormat(pFormat, pNumChannels, hTexRef);
}

static QUANTA__COLD CUresult slow_cuTexRefGetMaxAnisotropy(int *pmaxAniso, CUtexref hTexRef)
{
    quanta_cuda_pfn_cuTexRefGetMaxAnisotropy real = (quanta_cuda_pfn_cuTexRefGetMaxAnisotropy)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuTexRefGetMaxAnisotropy);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuTexRefGetMaxAnisotropy);
    }
    return real(pmaxAniso, hTexRef);
}

QUANTA__WRAPPER CUresult cuTexRefGetMaxAnisotropy(int *pmaxAniso, CUtexref hTexRef)
{
    quanta_cuda_pfn_cuTexRefGetMaxAnisotropy real = (quanta_cuda_pfn_cuTexRefGetMaxAnisotropy)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuTexRefGetMaxAnisotropy);
    if (__builtin_expect(real != NULL, 1))
        return real(pmaxAniso, hTexRef);
    return slow_cuTexRefGetMaxAnisotropy(pmaxAniso, hTexRef);
}

static QUANTA__COLD CUresult slow_cuTexRefGetMipmapFilterMode(CUfilter_mode *pfm, CUtexref hTexRef)
{
    quanta_cuda_pfn_cuTexRefGetMipmapFilterMode real = (quanta_cuda_pfn_cuTexRefGetMipmapFilterMode)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuTexRefGetMipmapFilterMode);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuTexRefGetMipmapFilterMode);
    }
    return real(pfm, hTexRef);
}

QUANTA__WRAPPER CUresult cuTexRefGetMipmapFilterMode(CUfilter_mode *pfm, CUtexref hTexRef)
{
    quanta_cuda_pfn_cuTexRefGetMipmapFilterMode real = (quanta_cuda_pfn_cuTexRefGetMipmapFilterMode)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuTexRefGetMipmapFilterMode);
    if (__builtin_expect(real != NULL, 1))
        return real(pfm, hTexRef);
    return slow_cuTexRefGetMipmapFilterMode(pfm, hTexRef);
}

static QUANTA__COLD CUresult slow_cuTexRefGetMipmapLevelBias(float *pbias, CUtexref hTexRef)
{
    quanta_cuda_pfn_cuTexRefGetMipmapLevelBias real = (quanta_cuda_pfn_cuTexRefGetMipmapLevelBias)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuTexRefGetMipmapLevelBias);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuTexRefGetMipmapLevelBias);
    }
    return real(pbias, hTexRef);
}

QUANTA__WRAPPER CUresult cuTexRefGetMipmapLevelBias(float *pbias, CUtexref hTexRef)
{
    quanta_cuda_pfn_cuTexRefGetMipmapLevelBias real = (quanta_cuda_pfn_cuTexRefGetMipmapLevelBias)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuTexRefGetMipmapLevelBias);
    if (__builtin_expect(real != NULL, 1))
        return real(pbias, hTexRef);
    return slow_cuTexRefGetMipmapLevelBias(pbias, hTexRef);
}

static QUANTA__COLD CUresult slow_cuTexRefGetMipmapLevelClamp(float *pminMipmapLevelClamp, float *pmaxMipmapLevelClamp, CUtexref hTexRef)
{
    quanta_cuda_pfn_cuTexRefGetMipmapLevelClamp real = (quanta_cuda_pfn_cuTexRefGetMipmapLevelClamp)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuTexRefGetMipmapLevelClamp);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuTexRefGetMipmapLevelClamp);
    }
    return real(pminMipmapLevelClamp, pmaxMipmapLevelClamp, hTexRef);
}

QUANTA__WRAPPER CUresult cuTexRefGetMipmapLevelClamp(float *pminMipmapLevelClamp, float *pmaxMipmapLevelClamp, CUtexref hTexRef)
{
    quanta_cuda_pfn_cuTexRefGetMipmapLevelClamp real = (quanta_cuda_pfn_cuTexRefGetMipmapLevelClamp)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuTexRefGetMipmapLevelClamp);
    if (__builtin_expect(real != NULL, 1))
        return real(pminMipmapLevelClamp, pmaxMipmapLevelClamp, hTexRef);
    return slow_cuTexRefGetMipmapLevelClamp(pminMipmapLevelClamp, pmaxMipmapLevelClamp, hTexRef);
}

static QUANTA__COLD CUresult slow_cuTexRefGetMipmappedArray(CUmipmappedArray *phMipmappedArray, CUtexref hTexRef)
{
    quanta_cuda_pfn_cuTexRefGetMipmappedArray real = (quanta_cuda_pfn_cuTexRefGetMipmappedArray)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuTexRefGetMipmappedArray);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuTexRefGetMipmappedArray);
    }
    return real(phMipmappedArray, hTexRef);
}

QUANTA__WRAPPER CUresult cuTexRefGetMipmappedArray(CUmipmappedArray *phMipmappedArray, CUtexref hTexRef)
{
    quanta_cuda_pfn_cuTexRefGetMipmappedArray real = (quanta_cuda_pfn_cuTexRefGetMipmappedArray)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuTexRefGetMipmappedArray);
    if (__builtin_expect(real != NULL, 1))
        return real(phMipmappedArray, hTexRef);
    return slow_cuTexRefGetMipmappedArray(phMipmappedArray, hTexRef);
}

static QUANTA__COLD CUresult slow_cuTexRefSetAddress(unsigned int *ByteOffset, CUtexref hTexRef, CUdeviceptr_v1 dptr, unsigned int bytes)
{
    quanta_cuda_pfn_cuTexRefSetAddress real = (quanta_cuda_pfn_cuTexRefSetAddress)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuTexRefSetAddress);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuTexRefSetAddress);
    }
    return real(ByteOffset, hTexRef, dptr, bytes);
}

QUANTA__WRAPPER CUresult cuTexRefSetAddress(unsigned int *ByteOffset, CUtexref hTexRef, CUdeviceptr_v1 dptr, unsigned int bytes)
{
    quanta_cuda_pfn_cuTexRefSetAddress real = (quanta_cuda_pfn_cuTexRefSetAddress)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuTexRefSetAddress);
    if (__builtin_expect(real != NULL, 1))
        return real(ByteOffset, hTexRef, dptr, bytes);
    return slow_cuTexRefSetAddress(ByteOffset, hTexRef, dptr, bytes);
}

static QUANTA__COLD CUresult slow_cuTexRefSetAddress_v2(size_t *ByteOffset, CUtexref hTexRef, CUdeviceptr dptr, size_t bytes)
{
    quanta_cuda_pfn_cuTexRefSetAddress_v2 real = (quanta_cuda_pfn_cuTexRefSetAddress_v2)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuTexRefSetAddress_v2);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuTexRefSetAddress_v2);
    }
    return real(ByteOffset, hTexRef, dptr, bytes);
}

QUANTA__WRAPPER CUresult cuTexRefSetAddress_v2(size_t *ByteOffset, CUtexref hTexRef, CUdeviceptr dptr, size_t bytes)
{
    quanta_cuda_pfn_cuTexRefSetAddress_v2 real = (quanta_cuda_pfn_cuTexRefSetAddress_v2)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuTexRefSetAddress_v2);
    if (__builtin_expect(real != NULL, 1))
        return real(ByteOffset, hTexRef, dptr, bytes);
    return slow_cuTexRefSetAddress_v2(ByteOffset, hTexRef, dptr, bytes);
}

static QUANTA__COLD CUresult slow_cuTexRefSetAddress2D(CUtexref hTexRef, const CUDA_ARRAY_DESCRIPTOR_v1 *desc, CUdeviceptr_v1 dptr, unsigned int Pitch)
{
    quanta_cuda_pfn_cuTexRefSetAddress2D real = (quanta_cuda_pfn_cuTexRefSetAddress2D)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuTexRefSetAddress2D);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuTexRefSetAddress2D);
    }
    return real(hTexRef, desc, dptr, Pitch);
}

QUANTA__WRAPPER CUresult cuTexRefSetAddress2D(CUtexref hTexRef, const CUDA_ARRAY_DESCRIPTOR_v1 *desc, CUdeviceptr_v1 dptr, unsigned int Pitch)
{
    quanta_cuda_pfn_cuTexRefSetAddress2D real = (quanta_cuda_pfn_cuTexRefSetAddress2D)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuTexRefSetAddress2D);
    if (__builtin_expect(real != NULL, 1))
        return real(hTexRef, desc, dptr, Pitch);
    return slow_cuTexRefSetAddress2D(hTexRef, desc, dptr, Pitch);
}

static QUANTA__COLD CUresult slow_cuTexRefSetAddress2D_v2(CUtexref hTexRef, const CUDA_ARRAY_DESCRIPTOR *desc, CUdeviceptr dptr, size_t Pitch)
{
    quanta_cuda_pfn_cuTexRefSetAddress2D_v2 real = (quanta_cuda_pfn_cuTexRefSetAddress2D_v2)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuTexRefSetAddress2D_v2);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuTexRefSetAddress2D_v2);
    }
    return real(hTexRef, desc, dptr, Pitch);
}

QUANTA__WRAPPER CUresult cuTexRefSetAddress2D_v2(CUtexref hTexRef, const CUDA_ARRAY_DESCRIPTOR *desc, CUdeviceptr dptr, size_t Pitch)
{
    quanta_cuda_pfn_cuTexRefSetAddress2D_v2 real = (quanta_cuda_pfn_cuTexRefSetAddress2D_v2)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuTexRefSetAddress2D_v2);
    if (__builtin_expect(real != NULL, 1))
        return real(hTexRef, desc, dptr, Pitch);
    return slow_cuTexRefSetAddress2D_v2(hTexRef, desc, dptr, Pitch);
}

static QUANTA__COLD CUresult slow_cuTexRefSetAddress2D_v3(CUtexref hTexRef, const CUDA_ARRAY_DESCRIPTOR *desc, CUdeviceptr dptr, size_t Pitch)
{
    quanta_cuda_pfn_cuTexRefSetAddress2D_v3 real = (quanta_cuda_pfn_cuTexRefSetAddress2D_v3)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuTexRefSetAddress2D_v3);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuTexRefSetAddress2D_v3);
    }
    return real(hTexRef, desc, dptr, Pitch);
}

QUANTA__WRAPPER CUresult cuTexRefSetAddress2D_v3(CUtexref hTexRef, const CUDA_ARRAY_DESCRIPTOR *desc, CUdeviceptr dptr, size_t Pitch)
{
    quanta_cuda_pfn_cuTexRefSetAddress2D_v3 real = (quanta_cuda_pfn_cuTexRefSetAddress2D_v3)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuTexRefSetAddress2D_v3);
    if (__builtin_expect(real != NULL, 1))
        return real(hTexRef, desc, dptr, Pitch);
    return slow_cuTexRefSetAddress2D_v3(hTexRef, desc, dptr, Pitch);
}

static QUANTA__COLD CUresult slow_cuTexRefSetAddressMode(CUtexref hTexRef, int dim, CUaddress_mode am)
{
    quanta_cuda_pfn_cuTexRefSetAddressMode real = (quanta_cuda_pfn_cuTexRefSetAddressMode)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuTexRefSetAddressMode);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuTexRefSetAddressMode);
    }
    return real(hTexRef, dim, am);
}

QUANTA__WRAPPER CUresult cuTexRefSetAddressMode(CUtexref hTexRef, int dim, CUaddress_mode am)
{
    quanta_cuda_pfn_cuTexRefSetAddressMode real = (quanta_cuda_pfn_cuTexRefSetAddressMode)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuTexRefSetAddressMode);
    if (__builtin_expect(real != NULL, 1))
        return real(hTexRef, dim, am);
    return slow_cuTexRefSetAddressMode(hTexRef, dim, am);
}

static QUANTA__COLD CUresult slow_cuTexRefSetArray(CUtexref hTexRef, CUarray hArray, unsigned int Flags)
{
    quanta_cuda_pfn_cuTexRefSetArray real = (quanta_cuda_pfn_cuTexRefSetArray)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuTexRefSetArray);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuTexRefSetArray);
    }
    return real(hTexRef, hArray, Flags);
}

QUANTA__WRAPPER CUresult cuTexRefSetArray(CUtexref hTexRef, CUarray hArray, unsigned int Flags)
{
    quanta_cuda_pfn_cuTexRefSetArray real = (quanta_cuda_pfn_cuTexRefSetArray)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuTexRefSetArray);
    if (__builtin_expect(real != NULL, 1))
        return real(hTexRef, hArray, Flags);
    return slow_cuTexRefSetArray(hTexRef, hArray, Flags);
}

static QUANTA__COLD CUresult slow_cuTexRefSetBorderColor(CUtexref hTexRef, float *pBorderColor)
{
    quanta_cuda_pfn_cuTexRefSetBorderColor real = (quanta_cuda_pfn_cuTexRefSetBorderColor)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuTexRefSetBorderColor);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuTexRefSetBorderColor);
    }
    return real(hTexRef, pBorderColor);
}

QUANTA__WRAPPER CUresult cuTexRefSetBorderColor(CUtexref hTexRef, float *pBorderColor)
{
    quanta_cuda_pfn_cuTexRefSetBorderColor real = (quanta_cuda_pfn_cuTexRefSetBorderColor)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuTexRefSetBorderColor);
    if (__builtin_expect(real != NULL, 1))
        return real(hTexRef, pBorderColor);
    return slow_cuTexRefSetBorderColor(hTexRef, pBorderColor);
}

static QUANTA__COLD CUresult slow_cuTexRefSetFilterMode(CUtexref hTexRef, CUfilter_mode fm)
{
    quanta_cuda_pfn_cuTexRefSetFilterMode real = (quanta_cuda_pfn_cuTexRefSetFilterMode)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuTexRefSetFilterMode);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuTexRefSetFilterMode);
    }
    return real(hTexRef, fm);
}

QUANTA__WRAPPER CUresult cuTexRefSetFilterMode(CUtexref hTexRef, CUfilter_mode fm)
{
    quanta_cuda_pfn_cuTexRefSetFilterMode real = (quanta_cuda_pfn_cuTexRefSetFilterMode)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuTexRefSetFilterMode);
    if (__builtin_expect(real != NULL, 1))
        return real(hTexRef, fm);
    return slow_cuTexRefSetFilterMode(hTexRef, fm);
}

static QUANTA__COLD CUresult slow_cuTexRefSetFlags(CUtexref hTexRef, unsigned int Flags)
{
    quanta_cuda_pfn_cuTexRefSetFlags real = (quanta_cuda_pfn_cuTexRefSetFlags)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuTexRefSetFlags);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuTexRefSetFlags);
    }
    return real(hTexRef, Flags);
}

QUANTA__WRAPPER CUresult cuTexRefSetFlags(CUtexref hTexRef, unsigned int Flags)
{
    quanta_cuda_pfn_cuTexRefSetFlags real = (quanta_cuda_pfn_cuTexRefSetFlags)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuTexRefSetFlags);
    if (__builtin_expect(real != NULL, 1))
        return real(hTexRef, Flags);
    return slow_cuTexRefSetFlags(hTexRef, Flags);
}

static QUANTA__COLD CUresult slow_cuTexRefSetFormat(CUtexref hTexRef, CUarray_format fmt, int NumPackedComponents)
{
    quanta_cuda_pfn_cuTexRefSetFormat real = (quanta_cuda_pfn_cuTexRefSetFormat)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuTexRefSetFormat);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuTexRefSetFormat);
    }
    return real(hTexRef, fmt, NumPackedComponents);
}

QUANTA__WRAPPER CUresult cuTexRefSetFormat(CUtexref hTexRef, CUarray_format fmt, int NumPackedComponents)
{
    quanta_cuda_pfn_cuTexRefSetFormat real = (quanta_cuda_pfn_cuTexRefSetFormat)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuTexRefSetFormat);
    if (__builtin_expect(real != NULL, 1))
        return real(hTexRef, fmt, NumPackedComponents);
    return slow_cuTexRefSetFormat(hTexRef, fmt, NumPackedComponents);
}

static QUANTA__COLD CUresult slow_cuTexRefSetMaxAnisotropy(CUtexref hTexRef, unsigned int maxAniso)
{
    quanta_cuda_pfn_cuTexRefSetMaxAnisotropy real = (quanta_cuda_pfn_cuTexRefSetMaxAnisotropy)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuTexRefSetMaxAnisotropy);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuTexRefSetMaxAnisotropy);
    }
    return real(hTexRef, maxAniso);
}

QUANTA__WRAPPER CUresult cuTexRefSetMaxAnisotropy(CUtexref hTexRef, unsigned int maxAniso)
{
    quanta_cuda_pfn_cuTexRefSetMaxAnisotropy real = (quanta_cuda_pfn_cuTexRefSetMaxAnisotropy)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuTexRefSetMaxAnisotropy);
    if (__builtin_expect(real != NULL, 1))
        return real(hTexRef, maxAniso);
    return slow_cuTexRefSetMaxAnisotropy(hTexRef, maxAniso);
}

static QUANTA__COLD CUresult slow_cuTexRefSetMipmapFilterMode(CUtexref hTexRef, CUfilter_mode fm)
{
    quanta_cuda_pfn_cuTexRefSetMipmapFilterMode real = (quanta_cuda_pfn_cuTexRefSetMipmapFilterMode)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuTexRefSetMipmapFilterMode);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuTexRefSetMipmapFilterMode);
    }
    return real(hTexRef, fm);
}

QUANTA__WRAPPER CUresult cuTexRefSetMipmapFilterMode(CUtexref hTexRef, CUfilter_mode fm)
{
    quanta_cuda_pfn_cuTexRefSetMipmapFilterMode real = (quanta_cuda_pfn_cuTexRefSetMipmapFilterMode)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuTexRefSetMipmapFilterMode);
    if (__builtin_expect(real != NULL, 1))
        return real(hTexRef, fm);
    return slow_cuTexRefSetMipmapFilterMode(hTexRef, fm);
}

static QUANTA__COLD CUresult slow_cuTexRefSetMipmapLevelBias(CUtexref hTexRef, float bias)
{
    quanta_cuda_pfn_cuTexRefSetMipmapLevelBias real = (quanta_cuda_pfn_cuTexRefSetMipmapLevelBias)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuTexRefSetMipmapLevelBias);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuTexRefSetMipmapLevelBias);
    }
    return real(hTexRef, bias);
}

QUANTA__WRAPPER CUresult cuTexRefSetMipmapLevelBias(CUtexref hTexRef, float bias)
{
    quanta_cuda_pfn_cuTexRefSetMipmapLevelBias real = (quanta_cuda_pfn_cuTexRefSetMipmapLevelBias)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuTexRefSetMipmapLevelBias);
    if (__builtin_expect(real != NULL, 1))
        return real(hTexRef, bias);
    return slow_cuTexRefSetMipmapLevelBias(hTexRef, bias);
}

static QUANTA__COLD CUresult slow_cuTexRefSetMipmapLevelClamp(CUtexref hTexRef, float minMipmapLevelClamp, float maxMipmapLevelClamp)
{
    quanta_cuda_pfn_cuTexRefSetMipmapLevelClamp real = (quanta_cuda_pfn_cuTexRefSetMipmapLevelClamp)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuTexRefSetMipmapLevelClamp);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuTexRefSetMipmapLevelClamp);
    }
    return real(hTexRef, minMipmapLevelClamp, maxMipmapLevelClamp);
}

QUANTA__WRAPPER CUresult cuTexRefSetMipmapLevelClamp(CUtexref hTexRef, float minMipmapLevelClamp, float maxMipmapLevelClamp)
{
    quanta_cuda_pfn_cuTexRefSetMipmapLevelClamp real = (quanta_cuda_pfn_cuTexRefSetMipmapLevelClamp)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuTexRefSetMipmapLevelClamp);
    if (__builtin_expect(real != NULL, 1))
        return real(hTexRef, minMipmapLevelClamp, maxMipmapLevelClamp);
    return slow_cuTexRefSetMipmapLevelClamp(hTexRef, minMipmapLevelClamp, maxMipmapLevelClamp);
}

static QUANTA__COLD CUresult slow_cuTexRefSetMipmappedArray(CUtexref hTexRef, CUmipmappedArray hMipmappedArray, unsigned int Flags)
{
    quanta_cuda_pfn_cuTexRefSetMipmappedArray real = (quanta_cuda_pfn_cuTexRefSetMipmappedArray)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuTexRefSetMipmappedArray);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuTexRefSetMipmappedArray);
    }
    return real(hTexRef, hMipmappedArray, Flags);
}

QUANTA__WRAPPER CUresult cuTexRefSetMipmappedArray(CUtexref hTexRef, CUmipmappedArray hMipmappedArray, unsigned int Flags)
{
    quanta_cuda_pfn_cuTexRefSetMipmappedArray real = (quanta_cuda_pfn_cuTexRefSetMipmappedArray)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuTexRefSetMipmappedArray);
    if (__builtin_expect(real != NULL, 1))
        return real(hTexRef, hMipmappedArray, Flags);
    return slow_cuTexRefSetMipmappedArray(hTexRef, hMipmappedArray, Flags);
}

static QUANTA__COLD CUresult slow_cuThreadExchangeStreamCaptureMode(CUstreamCaptureMode *mode)
{
    quanta_cuda_pfn_cuThreadExchangeStreamCaptureMode real = (quanta_cuda_pfn_cuThreadExchangeStreamCaptureMode)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuThreadExchangeStreamCaptureMode);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuThreadExchangeStreamCaptureMode);
    }
    return real(mode);
}

QUANTA__WRAPPER CUresult cuThreadExchangeStreamCaptureMode(CUstreamCaptureMode *mode)
{
    quanta_cuda_pfn_cuThreadExchangeStreamCaptureMode real = (quanta_cuda_pfn_cuThreadExchangeStreamCaptureMode)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuThreadExchangeStreamCaptureMode);
    if (__builtin_expect(real != NULL, 1))
        return real(mode);
    return slow_cuThreadExchangeStreamCaptureMode(mode);
}

static QUANTA__COLD CUresult slow_cuUserObjectCreate(CUuserObject *object_out, void *ptr, CUhostFn destroy, unsigned int initialRefcount, unsigned int flags)
{
    quanta_cuda_pfn_cuUserObjectCreate real = (quanta_cuda_pfn_cuUserObjectCreate)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuUserObjectCreate);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuUserObjectCreate);
    }
    return real(object_out, ptr, destroy, initialRefcount, flags);
}

QUANTA__WRAPPER CUresult cuUserObjectCreate(CUuserObject *object_out, void *ptr, CUhostFn destroy, unsigned int initialRefcount, unsigned int flags)
{
    quanta_cuda_pfn_cuUserObjectCreate real = (quanta_cuda_pfn_cuUserObjectCreate)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuUserObjectCreate);
    if (__builtin_expect(real != NULL, 1))
        return real(object_out, ptr, destroy, initialRefcount, flags);
    return slow_cuUserObjectCreate(object_out, ptr, destroy, initialRefcount, flags);
}

static QUANTA__COLD CUresult slow_cuUserObjectRelease(CUuserObject object, unsigned int count)
{
    quanta_cuda_pfn_cuUserObjectRelease real = (quanta_cuda_pfn_cuUserObjectRelease)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuUserObjectRelease);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuUserObjectRelease);
    }
    return real(object, count);
}

QUANTA__WRAPPER CUresult cuUserObjectRelease(CUuserObject object, unsigned int count)
{
    quanta_cuda_pfn_cuUserObjectRelease real = (quanta_cuda_pfn_cuUserObjectRelease)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuUserObjectRelease);
    if (__builtin_expect(real != NULL, 1))
        return real(object, count);
    return slow_cuUserObjectRelease(object, count);
}

static QUANTA__COLD CUresult slow_cuUserObjectRetain(CUuserObject object, unsigned int count)
{
    quanta_cuda_pfn_cuUserObjectRetain real = (quanta_cuda_pfn_cuUserObjectRetain)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuUserObjectRetain);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuUserObjectRetain);
    }
    return real(object, count);
}

QUANTA__WRAPPER CUresult cuUserObjectRetain(CUuserObject object, unsigned int count)
{
    quanta_cuda_pfn_cuUserObjectRetain real = (quanta_cuda_pfn_cuUserObjectRetain)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuUserObjectRetain);
    if (__builtin_expect(real != NULL, 1))
        return real(object, count);
    return slow_cuUserObjectRetain(object, count);
}

static QUANTA__COLD CUresult slow_cuVDPAUCtxCreate(CUcontext *pCtx, unsigned int flags, CUdevice device, VdpDevice vdpDevice, VdpGetProcAddress *vdpGetProcAddress)
{
    quanta_cuda_pfn_cuVDPAUCtxCreate real = (quanta_cuda_pfn_cuVDPAUCtxCreate)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuVDPAUCtxCreate);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuVDPAUCtxCreate);
    }
    return real(pCtx, flags, device, vdpDevice, vdpGetProcAddress);
}

QUANTA__WRAPPER CUresult cuVDPAUCtxCreate(CUcontext *pCtx, unsigned int flags, CUdevice device, VdpDevice vdpDevice, VdpGetProcAddress *vdpGetProcAddress)
{
    quanta_cuda_pfn_cuVDPAUCtxCreate real = (quanta_cuda_pfn_cuVDPAUCtxCreate)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuVDPAUCtxCreate);
    if (__builtin_expect(real != NULL, 1))
        return real(pCtx, flags, device, vdpDevice, vdpGetProcAddress);
    return slow_cuVDPAUCtxCreate(pCtx, flags, device, vdpDevice, vdpGetProcAddress);
}

static QUANTA__COLD CUresult slow_cuVDPAUCtxCreate_v2(CUcontext *pCtx, unsigned int flags, CUdevice device, VdpDevice vdpDevice, VdpGetProcAddress *vdpGetProcAddress)
{
    quanta_cuda_pfn_cuVDPAUCtxCreate_v2 real = (quanta_cuda_pfn_cuVDPAUCtxCreate_v2)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuVDPAUCtxCreate_v2);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuVDPAUCtxCreate_v2);
    }
    return real(pCtx, flags, device, vdpDevice, vdpGetProcAddress);
}

QUANTA__WRAPPER CUresult cuVDPAUCtxCreate_v2(CUcontext *pCtx, unsigned int flags, CUdevice device, VdpDevice vdpDevice, VdpGetProcAddress *vdpGetProcAddress)
{
    quanta_cuda_pfn_cuVDPAUCtxCreate_v2 real = (quanta_cuda_pfn_cuVDPAUCtxCreate_v2)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuVDPAUCtxCreate_v2);
    if (__builtin_expect(real != NULL, 1))
        return real(pCtx, flags, device, vdpDevice, vdpGetProcAddress);
    return slow_cuVDPAUCtxCreate_v2(pCtx, flags, device, vdpDevice, vdpGetProcAddress);
}

static QUANTA__COLD CUresult slow_cuVDPAUGetDevice(CUdevice *pDevice, VdpDevice vdpDevice, VdpGetProcAddress *vdpGetProcAddress)
{
    quanta_cuda_pfn_cuVDPAUGetDevice real = (quanta_cuda_pfn_cuVDPAUGetDevice)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuVDPAUGetDevice);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuVDPAUGetDevice);
    }
    return real(pDevice, vdpDevice, vdpGetProcAddress);
}

QUANTA__WRAPPER CUresult cuVDPAUGetDevice(CUdevice *pDevice, VdpDevice vdpDevice, VdpGetProcAddress *vdpGetProcAddress)
{
    quanta_cuda_pfn_cuVDPAUGetDevice real = (quanta_cuda_pfn_cuVDPAUGetDevice)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuVDPAUGetDevice);
    if (__builtin_expect(real != NULL, 1))
        return real(pDevice, vdpDevice, vdpGetProcAddress);
    return slow_cuVDPAUGetDevice(pDevice, vdpDevice, vdpGetProcAddress);
}

static QUANTA__COLD CUresult slow_cuWaitExternalSemaphoresAsync(const CUexternalSemaphore *extSemArray, const CUDA_EXTERNAL_SEMAPHORE_WAIT_PARAMS *paramsArray, unsigned int numExtSems, CUstream stream)
{
    quanta_cuda_pfn_cuWaitExternalSemaphoresAsync real = (quanta_cuda_pfn_cuWaitExternalSemaphoresAsync)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuWaitExternalSemaphoresAsync);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuWaitExternalSemaphoresAsync);
    }
    return real(extSemArray, paramsArray, numExtSems, stream);
}

QUANTA__WRAPPER CUresult cuWaitExternalSemaphoresAsync(const CUexternalSemaphore *extSemArray, const CUDA_EXTERNAL_SEMAPHORE_WAIT_PARAMS *paramsArray, unsigned int numExtSems, CUstream stream)
{
    quanta_cuda_pfn_cuWaitExternalSemaphoresAsync real = (quanta_cuda_pfn_cuWaitExternalSemaphoresAsync)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuWaitExternalSemaphoresAsync);
    if (__builtin_expect(real != NULL, 1))
        return real(extSemArray, paramsArray, numExtSems, stream);
    return slow_cuWaitExternalSemaphoresAsync(extSemArray, paramsArray, numExtSems, stream);
}

static QUANTA__COLD CUresult slow_cuWaitExternalSemaphoresAsync_ptsz(const CUexternalSemaphore *extSemArray, const CUDA_EXTERNAL_SEMAPHORE_WAIT_PARAMS *paramsArray, unsigned int numExtSems, CUstream stream)
{
    quanta_cuda_pfn_cuWaitExternalSemaphoresAsync_ptsz real = (quanta_cuda_pfn_cuWaitExternalSemaphoresAsync_ptsz)quanta__enter_slow(&quanta__cuda_lib, QUANTA_CUDA_cuWaitExternalSemaphoresAsync_ptsz);
    if (real == NULL) {
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuWaitExternalSemaphoresAsync_ptsz);
    }
    return real(extSemArray, paramsArray, numExtSems, stream);
}

QUANTA__WRAPPER CUresult cuWaitExternalSemaphoresAsync_ptsz(const CUexternalSemaphore *extSemArray, const CUDA_EXTERNAL_SEMAPHORE_WAIT_PARAMS *paramsArray, unsigned int numExtSems, CUstream stream)
{
    quanta_cuda_pfn_cuWaitExternalSemaphoresAsync_ptsz real = (quanta_cuda_pfn_cuWaitExternalSemaphoresAsync_ptsz)quanta__fast(quanta__cuda_real, QUANTA_CUDA_cuWaitExternalSemaphoresAsync_ptsz);
    if (__builtin_expect(real != NULL, 1))
        return real(extSemArray, paramsArray, numExtSems, stream);
    return slow_cuWaitExternalSemaphoresAsync_ptsz(extSemArray, paramsArray, numExtSems, stream);
}

void *const quanta__cuda_wrappers[QUANTA_CUDA_FN_COUNT] = {
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
