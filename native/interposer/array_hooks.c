/*
 * array_hooks.c - device-memory quotas for CUDA arrays and mipmapped arrays.
 *
 * An array's memory is charged from its descriptor (common/array_bytes.c: texels x
 * texel size over every mip level) before the driver creates it, so an array past the
 * quota fails with CUDA_ERROR_OUT_OF_MEMORY like any allocation; destroying it gives
 * the charge back. The charge is the texel data rounded the way the driver hands array
 * memory out (measured on the H100 with driver 580 for 2D, 3D, layered and mipmapped
 * shapes: docs/bench/2026-11-22-h100-memory-isolation/array_cost*.txt). Sparse and
 * deferred-mapping arrays own no memory and are charged nothing: what is mapped into them
 * comes from cuMemCreate, charged there.
 */
#include "array_bytes.h"
#include "libs.h"
#include "vgpu.h"

/* Reserves what an array of descriptor `d` with `levels` levels takes (*bytes, *gpu). */
static enum quanta__vgpu_answer reserve(const CUDA_ARRAY3D_DESCRIPTOR *d, unsigned int levels, uint64_t *bytes, int *gpu)
{
    *bytes = quanta__array_bytes(d, levels);
    return *bytes > 0 ? quanta__vgpu_reserve(*bytes, gpu) : QUANTA__VGPU_NONE;
}

/* The descriptors of the 2D and legacy entry points, as a 3D one. */
#define AS_3D(desc, depth, flags) \
    ((CUDA_ARRAY3D_DESCRIPTOR){(desc)->Width, (desc)->Height, (depth), (desc)->Format, (desc)->NumChannels, (flags)})

/* One array-creating hook: `real` is the driver's entry point of `sym`; `desc3d` the
 * descriptor as a 3D one (evaluated only when the arguments are valid pointers). Bad
 * arguments go to the driver unaccounted, so that its own error comes back. */
#define ARRAY_HOOK(sym, handle, desc, desc3d, levels, ...)                                             \
    do {                                                                                               \
        quanta_cuda_pfn_##sym real =                                                                   \
            (quanta_cuda_pfn_##sym)quanta__enter(&quanta__cuda_lib, quanta__cuda_real, QUANTA_CUDA_##sym); \
        if (real == NULL)                                                                              \
            return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_##sym);                    \
        if ((handle) == NULL || (desc) == NULL || (levels) == 0)                                       \
            return real(__VA_ARGS__);                                                                  \
        CUDA_ARRAY3D_DESCRIPTOR d3 = (desc3d);                                                         \
        uint64_t bytes = 0;                                                                            \
        int gpu = -1;                                                                                  \
        enum quanta__vgpu_answer a = reserve(&d3, (levels), &bytes, &gpu);                             \
        if (a == QUANTA__VGPU_REFUSED)                                                                 \
            return CUDA_ERROR_OUT_OF_MEMORY;                                                           \
        CUresult rc = real(__VA_ARGS__);                                                               \
        return quanta__vgpu_settle(a, rc, QUANTA__VGPU_ARRAY,                                        \
                                   rc == CUDA_SUCCESS ? (uint64_t)(uintptr_t) * (handle) : 0, bytes, gpu); \
    } while (0)

/* Contract: as the driver's cuArrayCreate_v2; the array's size counts against the vGPU
 * until cuArrayDestroy. */
CUresult cuArrayCreate_v2(CUarray *pHandle, const CUDA_ARRAY_DESCRIPTOR *pAllocateArray)
{
    ARRAY_HOOK(cuArrayCreate_v2, pHandle, pAllocateArray, AS_3D(pAllocateArray, 0, 0), 1, pHandle, pAllocateArray);
}

/* Contract: as the driver's legacy 32-bit cuArrayCreate, with the same accounting. */
CUresult cuArrayCreate(CUarray *pHandle, const CUDA_ARRAY_DESCRIPTOR_v1 *pAllocateArray)
{
    ARRAY_HOOK(cuArrayCreate, pHandle, pAllocateArray, AS_3D(pAllocateArray, 0, 0), 1, pHandle, pAllocateArray);
}

/* Contract: as the driver's cuArray3DCreate_v2; the array's size counts against the
 * vGPU until cuArrayDestroy. */
CUresult cuArray3DCreate_v2(CUarray *pHandle, const CUDA_ARRAY3D_DESCRIPTOR *pAllocateArray)
{
    ARRAY_HOOK(cuArray3DCreate_v2, pHandle, pAllocateArray, *pAllocateArray, 1, pHandle, pAllocateArray);
}

/* Contract: as the driver's legacy 32-bit cuArray3DCreate, with the same accounting. */
CUresult cuArray3DCreate(CUarray *pHandle, const CUDA_ARRAY3D_DESCRIPTOR_v1 *pAllocateArray)
{
    ARRAY_HOOK(cuArray3DCreate, pHandle, pAllocateArray,
               AS_3D(pAllocateArray, pAllocateArray->Depth, pAllocateArray->Flags), 1, pHandle, pAllocateArray);
}

/* Contract: as the driver's cuMipmappedArrayCreate; every level counts against the vGPU
 * until cuMipmappedArrayDestroy. */
CUresult cuMipmappedArrayCreate(CUmipmappedArray *pHandle, const CUDA_ARRAY3D_DESCRIPTOR *pMipmappedArrayDesc,
                                unsigned int numMipmapLevels)
{
    ARRAY_HOOK(cuMipmappedArrayCreate, pHandle, pMipmappedArrayDesc, *pMipmappedArrayDesc, numMipmapLevels, pHandle,
               pMipmappedArrayDesc, numMipmapLevels);
}

/* Contract: as the driver's cuArrayDestroy; the array's charge returns to the vGPU. */
CUresult cuArrayDestroy(CUarray hArray)
{
    quanta_cuda_pfn_cuArrayDestroy real =
        (quanta_cuda_pfn_cuArrayDestroy)quanta__enter(&quanta__cuda_lib, quanta__cuda_real, QUANTA_CUDA_cuArrayDestroy);
    if (real == NULL)
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuArrayDestroy);
    CUresult rc = real(hArray);
    if (rc == CUDA_SUCCESS)
        quanta__vgpu_forget(QUANTA__VGPU_ARRAY, (uint64_t)(uintptr_t)hArray);
    return rc;
}

/* Contract: as the driver's cuMipmappedArrayDestroy; its charge returns to the vGPU. */
CUresult cuMipmappedArrayDestroy(CUmipmappedArray hMipmappedArray)
{
    quanta_cuda_pfn_cuMipmappedArrayDestroy real = (quanta_cuda_pfn_cuMipmappedArrayDestroy)quanta__enter(
        &quanta__cuda_lib, quanta__cuda_real, QUANTA_CUDA_cuMipmappedArrayDestroy);
    if (real == NULL)
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuMipmappedArrayDestroy);
    CUresult rc = real(hMipmappedArray);
    if (rc == CUDA_SUCCESS)
        quanta__vgpu_forget(QUANTA__VGPU_ARRAY, (uint64_t)(uintptr_t)hMipmappedArray);
    return rc;
}
