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
 * Covered here: cuMemAlloc_v2, cuMemFree_v2 (cudart's cudaMalloc/cudaFree), pitched and
 * managed allocations, the legacy 32-bit cuMemAlloc/cuMemFree/cuMemGetInfo, the VMM API's
 * cuMemCreate/cuMemRelease (PyTorch's expandable segments), cuMemGetInfo_v2 and
 * cuDeviceTotalMem_v2; pools are in pool_hooks.c, arrays in array_hooks.c, IPC imports in
 * ipc_hooks.c, NVML in nvml_hooks.c.
 */
#include "libs.h"
#include "vgpu.h"

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
    return quanta__vgpu_settle(a, rc, QUANTA__VGPU_POINTER, rc == CUDA_SUCCESS ? (uint64_t)*dptr : 0, bytesize, gpu);
}

/* Contract: as the driver's cuMemFree_v2; what the allocation held returns to the vGPU. */
CUresult cuMemFree_v2(CUdeviceptr dptr)
{
    quanta_cuda_pfn_cuMemFree_v2 real =
        (quanta_cuda_pfn_cuMemFree_v2)quanta__enter(&quanta__cuda_lib, quanta__cuda_real, QUANTA_CUDA_cuMemFree_v2);
    if (real == NULL)
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemFree_v2);
    CUresult rc = real(dptr);
    if (rc == CUDA_SUCCESS)
        quanta__vgpu_forget(QUANTA__VGPU_POINTER, dptr);
    return rc;
}

/* The vGPU's quota and what is left of it on the current device; -1 outside a vGPU or
 * without a current device. What pools released at synchronisations counts as left, as
 * natively. */
static int current_vgpu_memory(uint64_t *quota, uint64_t *left)
{
    CUdevice dev;
    uint64_t used;
    quanta_cuda_pfn_cuCtxGetDevice get_dev =
        (quanta_cuda_pfn_cuCtxGetDevice)quanta__resolve(&quanta__cuda_lib, QUANTA_CUDA_cuCtxGetDevice);
    if (!quanta__vgpu_active() || get_dev == NULL || get_dev(&dev) != CUDA_SUCCESS)
        return -1;
    (void)quanta__pools_refresh();
    if (quanta__vgpu_limits(dev, quota, &used) != 0)
        return -1;
    *left = *quota > used ? *quota - used : 0;
    return 0;
}

/* Contract: as the driver's cuMemGetInfo_v2, but for the vGPU of the current device:
 * total = the quota, free = what is left of it (never more than the GPU really has). */
CUresult cuMemGetInfo_v2(size_t *free, size_t *total)
{
    quanta_cuda_pfn_cuMemGetInfo_v2 real =
        (quanta_cuda_pfn_cuMemGetInfo_v2)quanta__enter(&quanta__cuda_lib, quanta__cuda_real, QUANTA_CUDA_cuMemGetInfo_v2);
    if (real == NULL)
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemGetInfo_v2);
    CUresult rc = real(free, total);
    uint64_t quota, left;
    if (rc == CUDA_SUCCESS && current_vgpu_memory(&quota, &left) == 0) {
        *total = quota;
        *free = left < *free ? left : *free;
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
    return quanta__vgpu_settle(a, rc, QUANTA__VGPU_HANDLE, rc == CUDA_SUCCESS ? (uint64_t)*handle : 0, size, gpu);
}

/* Contract: as the driver's cuMemRelease; the allocation's size returns to the vGPU. */
CUresult cuMemRelease(CUmemGenericAllocationHandle handle)
{
    quanta_cuda_pfn_cuMemRelease real =
        (quanta_cuda_pfn_cuMemRelease)quanta__enter(&quanta__cuda_lib, quanta__cuda_real, QUANTA_CUDA_cuMemRelease);
    if (real == NULL)
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemRelease);
    CUresult rc = real(handle);
    if (rc == CUDA_SUCCESS)
        quanta__vgpu_forget(QUANTA__VGPU_HANDLE, handle);
    return rc;
}

/* Contract: as the driver's cuMemAllocManaged; managed memory counts in full against the
 * vGPU of the current device, where it may all reside. */
CUresult cuMemAllocManaged(CUdeviceptr *dptr, size_t bytesize, unsigned int flags)
{
    quanta_cuda_pfn_cuMemAllocManaged real =
        (quanta_cuda_pfn_cuMemAllocManaged)quanta__enter(&quanta__cuda_lib, quanta__cuda_real, QUANTA_CUDA_cuMemAllocManaged);
    if (real == NULL)
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemAllocManaged);
    int gpu = -1;
    enum quanta__vgpu_answer a = quanta__vgpu_reserve(bytesize, &gpu);
    if (a == QUANTA__VGPU_REFUSED)
        return CUDA_ERROR_OUT_OF_MEMORY;
    CUresult rc = real(dptr, bytesize, flags);
    return quanta__vgpu_settle(a, rc, QUANTA__VGPU_POINTER, rc == CUDA_SUCCESS ? (uint64_t)*dptr : 0, bytesize, gpu);
}

/* The most a pitched allocation of `width` x `height` can take: rows padded to 512 bytes
 * (the pitch alignment of current GPUs); what it really took is settled afterwards. */
static uint64_t pitched_bound(size_t width, size_t height)
{
    return (((uint64_t)width + 511) & ~(uint64_t)511) * height;
}

/* Contract: as the driver's cuMemAllocPitch_v2; counts pitch x height. */
CUresult cuMemAllocPitch_v2(CUdeviceptr *dptr, size_t *pPitch, size_t WidthInBytes, size_t Height,
                            unsigned int ElementSizeBytes)
{
    quanta_cuda_pfn_cuMemAllocPitch_v2 real =
        (quanta_cuda_pfn_cuMemAllocPitch_v2)quanta__enter(&quanta__cuda_lib, quanta__cuda_real, QUANTA_CUDA_cuMemAllocPitch_v2);
    if (real == NULL)
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemAllocPitch_v2);
    uint64_t bound = pitched_bound(WidthInBytes, Height);
    int gpu = -1;
    enum quanta__vgpu_answer a = quanta__vgpu_reserve(bound, &gpu);
    if (a == QUANTA__VGPU_REFUSED)
        return CUDA_ERROR_OUT_OF_MEMORY;
    CUresult rc = real(dptr, pPitch, WidthInBytes, Height, ElementSizeBytes);
    if (a == QUANTA__VGPU_OK && rc == CUDA_SUCCESS) {
        uint64_t actual = (uint64_t)*pPitch * Height;
        if (actual < bound)
            quanta__vgpu_release(gpu, bound - actual);
        else
            quanta__vgpu_charge(gpu, actual - bound);
        bound = actual;
    }
    return quanta__vgpu_settle(a, rc, QUANTA__VGPU_POINTER, rc == CUDA_SUCCESS ? (uint64_t)*dptr : 0, bound, gpu);
}

/* The pre-CUDA-3.2 symbols old binaries still call: 32-bit sizes and pointers, the same
 * accounting. */

/* Contract: as the driver's legacy cuMemAlloc. */
CUresult cuMemAlloc(CUdeviceptr_v1 *dptr, unsigned int bytesize)
{
    quanta_cuda_pfn_cuMemAlloc real =
        (quanta_cuda_pfn_cuMemAlloc)quanta__enter(&quanta__cuda_lib, quanta__cuda_real, QUANTA_CUDA_cuMemAlloc);
    if (real == NULL)
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemAlloc);
    int gpu = -1;
    enum quanta__vgpu_answer a = quanta__vgpu_reserve(bytesize, &gpu);
    if (a == QUANTA__VGPU_REFUSED)
        return CUDA_ERROR_OUT_OF_MEMORY;
    CUresult rc = real(dptr, bytesize);
    return quanta__vgpu_settle(a, rc, QUANTA__VGPU_POINTER, rc == CUDA_SUCCESS ? (uint64_t)*dptr : 0, bytesize, gpu);
}

/* Contract: as the driver's legacy cuMemFree. */
CUresult cuMemFree(CUdeviceptr_v1 dptr)
{
    quanta_cuda_pfn_cuMemFree real =
        (quanta_cuda_pfn_cuMemFree)quanta__enter(&quanta__cuda_lib, quanta__cuda_real, QUANTA_CUDA_cuMemFree);
    if (real == NULL)
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemFree);
    CUresult rc = real(dptr);
    if (rc == CUDA_SUCCESS)
        quanta__vgpu_forget(QUANTA__VGPU_POINTER, dptr);
    return rc;
}

/* Contract: as the driver's legacy cuMemGetInfo, for the vGPU (clamped to 32 bits). */
CUresult cuMemGetInfo(unsigned int *free, unsigned int *total)
{
    quanta_cuda_pfn_cuMemGetInfo real =
        (quanta_cuda_pfn_cuMemGetInfo)quanta__enter(&quanta__cuda_lib, quanta__cuda_real, QUANTA_CUDA_cuMemGetInfo);
    if (real == NULL)
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMemGetInfo);
    CUresult rc = real(free, total);
    uint64_t quota, left;
    if (rc == CUDA_SUCCESS && current_vgpu_memory(&quota, &left) == 0) {
        *total = quota > 0xffffffffu ? 0xffffffffu : (unsigned int)quota;
        if (left < *free)
            *free = (unsigned int)left;
    }
    return rc;
}
