/*
 * memory_hooks.c - device-memory quotas at the driver API.
 *
 * Strong definitions of the generated wrappers' names: they replace the pass-through
 * wrappers of these symbols. An allocation reserves in the vGPU first and reports
 * CUDA_ERROR_OUT_OF_MEMORY when the quota refuses, exactly as a full GPU would; a failed
 * allocation gives its reservation back; a successful free returns it. Memory queries
 * report the vGPU: total = the quota, free = the quota minus what the vGPU holds.
 * Processes not in a vGPU pass straight through.
 *
 * Covered so far: cuMemAlloc_v2, cuMemFree_v2 (cudart's cudaMalloc/cudaFree), the VMM
 * API's cuMemCreate/cuMemRelease (PyTorch's expandable segments), cuMemGetInfo_v2 and
 * cuDeviceTotalMem_v2. Not yet: pitched, managed, arrays, pools and stream-ordered
 * allocation, IPC imports, context overhead, NVML (docs/design/memory-isolation.md).
 */
#include "libs.h"
#include "vgpu.h"

/* After the driver's answer to an allocation reserved with `a`: on success the
 * reservation stays, remembered under `key`; on failure it is given back. Returns rc. */
static CUresult settle(enum quanta__vgpu_answer a, CUresult rc, enum quanta__vgpu_kind kind, uint64_t key,
                       uint64_t bytes, int gpu)
{
    if (a == QUANTA__VGPU_OK) {
        if (rc == CUDA_SUCCESS)
            quanta__vgpu_track(kind, key, bytes, gpu);
        else
            quanta__vgpu_release(gpu, bytes);
    }
    return rc;
}

/* Contract: as the driver's cuMemAlloc_v2; CUDA_ERROR_OUT_OF_MEMORY past the vGPU's quota. */
CUresult cuMemAlloc_v2(CUdeviceptr *dptr, size_t bytesize)
{
    quanta_cuda_pfn_cuMemAlloc_v2 real =
        (quanta_cuda_pfn_cuMemAlloc_v2)quanta__enter(&quanta__cuda_lib, quanta__cuda_real, QUANTA_CUDA_cuMemAlloc_v2);
    if (real == NULL)
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemAlloc_v2);
    int gpu = -1;
    enum quanta__vgpu_answer a = quanta__vgpu_reserve(bytesize, &gpu);
    if (a == QUANTA__VGPU_REFUSED)
        return CUDA_ERROR_OUT_OF_MEMORY;
    CUresult rc = real(dptr, bytesize);
    return settle(a, rc, QUANTA__VGPU_POINTER, rc == CUDA_SUCCESS ? (uint64_t)*dptr : 0, bytesize, gpu);
}

/* Contract: as the driver's cuMemFree_v2; what the allocation held returns to the vGPU. */
CUresult cuMemFree_v2(CUdeviceptr dptr)
{
    quanta_cuda_pfn_cuMemFree_v2 real =
        (quanta_cuda_pfn_cuMemFree_v2)quanta__enter(&quanta__cuda_lib, quanta__cuda_real, QUANTA_CUDA_cuMemFree_v2);
    if (real == NULL)
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemFree_v2);
    CUresult rc = real(dptr);
    uint64_t bytes;
    int gpu;
    if (rc == CUDA_SUCCESS && quanta__vgpu_active() && quanta__vgpu_untrack(QUANTA__VGPU_POINTER, dptr, &bytes, &gpu) == 0)
        quanta__vgpu_release(gpu, bytes);
    return rc;
}

/* Contract: as the driver's cuMemGetInfo_v2, but for the vGPU of the current device. */
CUresult cuMemGetInfo_v2(size_t *free, size_t *total)
{
    quanta_cuda_pfn_cuMemGetInfo_v2 real =
        (quanta_cuda_pfn_cuMemGetInfo_v2)quanta__enter(&quanta__cuda_lib, quanta__cuda_real, QUANTA_CUDA_cuMemGetInfo_v2);
    if (real == NULL)
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemGetInfo_v2);
    CUresult rc = real(free, total);
    if (!quanta__vgpu_active())
        return rc;
    CUdevice dev;
    uint64_t quota, used;
    quanta_cuda_pfn_cuCtxGetDevice get_dev =
        (quanta_cuda_pfn_cuCtxGetDevice)quanta__resolve(&quanta__cuda_lib, QUANTA_CUDA_cuCtxGetDevice);
    if (rc == CUDA_SUCCESS && get_dev && get_dev(&dev) == CUDA_SUCCESS && quanta__vgpu_limits(dev, &quota, &used) == 0) {
        uint64_t left = quota > used ? quota - used : 0;
        *total = quota;
        *free = left < *free ? left : *free; /* never more than the GPU really has */
    }
    return rc;
}

/* Contract: as the driver's cuDeviceTotalMem_v2, but the vGPU's quota on dev. */
CUresult cuDeviceTotalMem_v2(size_t *bytes, CUdevice dev)
{
    quanta_cuda_pfn_cuDeviceTotalMem_v2 real =
        (quanta_cuda_pfn_cuDeviceTotalMem_v2)quanta__enter(&quanta__cuda_lib, quanta__cuda_real, QUANTA_CUDA_cuDeviceTotalMem_v2);
    if (real == NULL)
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuDeviceTotalMem_v2);
    CUresult rc = real(bytes, dev);
    uint64_t quota, used;
    if (rc == CUDA_SUCCESS && quanta__vgpu_limits(dev, &quota, &used) == 0)
        *bytes = quota;
    return rc;
}

/* Contract: as the driver's cuMemCreate; a physical allocation on a device counts
 * against that device's vGPU slice until cuMemRelease. */
CUresult cuMemCreate(CUmemGenericAllocationHandle *handle, size_t size, const CUmemAllocationProp *prop,
                     unsigned long long flags)
{
    quanta_cuda_pfn_cuMemCreate real =
        (quanta_cuda_pfn_cuMemCreate)quanta__enter(&quanta__cuda_lib, quanta__cuda_real, QUANTA_CUDA_cuMemCreate);
    if (real == NULL)
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemCreate);
    int gpu = -1;
    enum quanta__vgpu_answer a = QUANTA__VGPU_NONE;
    if (prop != NULL && prop->location.type == CU_MEM_LOCATION_TYPE_DEVICE)
        a = quanta__vgpu_reserve_on(prop->location.id, size, &gpu);
    if (a == QUANTA__VGPU_REFUSED)
        return CUDA_ERROR_OUT_OF_MEMORY;
    CUresult rc = real(handle, size, prop, flags);
    return settle(a, rc, QUANTA__VGPU_HANDLE, rc == CUDA_SUCCESS ? (uint64_t)*handle : 0, size, gpu);
}

/* Contract: as the driver's cuMemRelease; the allocation's size returns to the vGPU. */
CUresult cuMemRelease(CUmemGenericAllocationHandle handle)
{
    quanta_cuda_pfn_cuMemRelease real =
        (quanta_cuda_pfn_cuMemRelease)quanta__enter(&quanta__cuda_lib, quanta__cuda_real, QUANTA_CUDA_cuMemRelease);
    if (real == NULL)
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemRelease);
    CUresult rc = real(handle);
    uint64_t bytes;
    int gpu;
    if (rc == CUDA_SUCCESS && quanta__vgpu_active() && quanta__vgpu_untrack(QUANTA__VGPU_HANDLE, handle, &bytes, &gpu) == 0)
        quanta__vgpu_release(gpu, bytes);
    return rc;
}
