/*
 * array.c - CUDA arrays and mipmapped arrays: created in the current context, charged
 * to its device by their descriptor's size (common/array_bytes.c, the same rule the
 * interposer charges to a vGPU), destroyed by handle or with their context. The
 * simulation keeps no texel data: nothing here is sampled or copied.
 */
#include "fake.h"

#include <stdlib.h>

#include "array_bytes.h"

struct fake__array {
    CUDA_ARRAY3D_DESCRIPTOR desc;
    unsigned int levels;   /* 0 for a plain array */
    int dev;
    uint64_t charged;
};

/* The formats cuda.h defines (what the real driver accepts). */
static int format_known(CUarray_format f)
{
    switch (f) {
    case CU_AD_FORMAT_UNSIGNED_INT8: case CU_AD_FORMAT_UNSIGNED_INT16: case CU_AD_FORMAT_UNSIGNED_INT32:
    case CU_AD_FORMAT_SIGNED_INT8: case CU_AD_FORMAT_SIGNED_INT16: case CU_AD_FORMAT_SIGNED_INT32:
    case CU_AD_FORMAT_HALF: case CU_AD_FORMAT_FLOAT:
        return 1;
    default:
        return f >= CU_AD_FORMAT_UNORM_INT8X1 && f <= CU_AD_FORMAT_SNORM_INT16X4;
    }
}

static CUresult create(const CUDA_ARRAY3D_DESCRIPTOR *d, unsigned int levels, enum fake__kind kind, uint64_t *out)
{
    CUresult rc = fake__initialized();
    if (rc != CUDA_SUCCESS)
        return rc;
    if (out == NULL || d == NULL || d->Width == 0 || !format_known(d->Format) ||
        (d->NumChannels != 1 && d->NumChannels != 2 && d->NumChannels != 4) ||
        (kind == FAKE__KIND_MIPMAP && levels == 0))
        return CUDA_ERROR_INVALID_VALUE;
    struct fake__array *a = calloc(1, sizeof *a);
    if (a == NULL)
        return CUDA_ERROR_OUT_OF_MEMORY;
    a->desc = *d;
    a->levels = levels;
    a->charged = quanta__array_bytes(d, levels ? levels : 1);
    fake__lock();
    struct fake__ctx *c = NULL;
    rc = fake__ctx_current(&c, 0);
    if (rc == CUDA_SUCCESS) {
        a->dev = c->dev;
        rc = fake__charge(a->dev, a->charged);
    }
    uint64_t h = 0;
    if (rc == CUDA_SUCCESS) {
        h = fake__handle_new(kind, a, c);
        if (h == 0) {
            fake__uncharge(a->dev, a->charged);
            rc = CUDA_ERROR_OUT_OF_MEMORY;
        }
    }
    fake__unlock();
    if (rc != CUDA_SUCCESS)
        free(a);
    else
        *out = h;
    return rc;
}

void fake__array_destroy(enum fake__kind kind, void *obj, uint64_t h)
{
    (void)kind;
    struct fake__array *a = obj;
    fake__uncharge(a->dev, a->charged);
    fake__handle_drop(h);
    free(a);
}

static CUresult destroy(enum fake__kind kind, uint64_t h)
{
    CUresult rc = fake__initialized();
    if (rc != CUDA_SUCCESS)
        return rc;
    fake__lock();
    struct fake__array *a = fake__handle_get(kind, h);
    if (a == NULL)
        rc = CUDA_ERROR_INVALID_HANDLE;
    else
        fake__array_destroy(kind, a, h);
    fake__unlock();
    return rc;
}

static CUDA_ARRAY3D_DESCRIPTOR from_2d(size_t w, size_t h, CUarray_format f, unsigned int channels)
{
    return (CUDA_ARRAY3D_DESCRIPTOR){.Width = w, .Height = h, .Depth = 0, .Format = f, .NumChannels = channels};
}

/* Contract: creates a 1D or 2D array in the current context; its descriptor's size is
 * charged to the device until cuArrayDestroy or the context's end. */
CUresult cuArrayCreate_v2(CUarray *pHandle, const CUDA_ARRAY_DESCRIPTOR *pAllocateArray)
{
    int e = errno;
    if (pAllocateArray == NULL)
        return fake__done(e, fake__initialized() == CUDA_SUCCESS ? CUDA_ERROR_INVALID_VALUE : fake__initialized());
    CUDA_ARRAY3D_DESCRIPTOR d = from_2d(pAllocateArray->Width, pAllocateArray->Height, pAllocateArray->Format,
                                        pAllocateArray->NumChannels);
    uint64_t h = 0;
    CUresult rc = create(&d, 0, FAKE__KIND_ARRAY, pHandle != NULL ? &h : NULL);
    if (rc == CUDA_SUCCESS)
        *pHandle = (CUarray)(uintptr_t)h;
    return fake__done(e, rc);
}

/* Contract: the legacy 32-bit form of cuArrayCreate_v2. */
CUresult cuArrayCreate(CUarray *pHandle, const CUDA_ARRAY_DESCRIPTOR_v1 *pAllocateArray)
{
    if (pAllocateArray == NULL)
        return cuArrayCreate_v2(pHandle, NULL);
    CUDA_ARRAY_DESCRIPTOR d = {pAllocateArray->Width, pAllocateArray->Height, pAllocateArray->Format,
                               pAllocateArray->NumChannels};
    return cuArrayCreate_v2(pHandle, &d);
}

/* Contract: creates a 1D, 2D, 3D, layered or cubemap array in the current context. */
CUresult cuArray3DCreate_v2(CUarray *pHandle, const CUDA_ARRAY3D_DESCRIPTOR *pAllocateArray)
{
    int e = errno;
    uint64_t h = 0;
    CUresult rc = create(pAllocateArray, 0, FAKE__KIND_ARRAY, pHandle != NULL ? &h : NULL);
    if (rc == CUDA_SUCCESS)
        *pHandle = (CUarray)(uintptr_t)h;
    return fake__done(e, rc);
}

/* Contract: the legacy 32-bit form of cuArray3DCreate_v2. */
CUresult cuArray3DCreate(CUarray *pHandle, const CUDA_ARRAY3D_DESCRIPTOR_v1 *pAllocateArray)
{
    if (pAllocateArray == NULL)
        return cuArray3DCreate_v2(pHandle, NULL);
    CUDA_ARRAY3D_DESCRIPTOR d = {pAllocateArray->Width, pAllocateArray->Height, pAllocateArray->Depth,
                                 pAllocateArray->Format, pAllocateArray->NumChannels, pAllocateArray->Flags};
    return cuArray3DCreate_v2(pHandle, &d);
}

/* Contract: destroys an array from cuArrayCreate/cuArray3DCreate; its memory is uncharged. */
CUresult cuArrayDestroy(CUarray hArray)
{
    int e = errno;
    return fake__done(e, destroy(FAKE__KIND_ARRAY, (uint64_t)(uintptr_t)hArray));
}

/* Contract: creates a mipmapped array of numMipmapLevels (>= 1) levels. */
CUresult cuMipmappedArrayCreate(CUmipmappedArray *pHandle, const CUDA_ARRAY3D_DESCRIPTOR *pMipmappedArrayDesc,
                                unsigned int numMipmapLevels)
{
    int e = errno;
    uint64_t h = 0;
    CUresult rc = create(pMipmappedArrayDesc, numMipmapLevels, FAKE__KIND_MIPMAP, pHandle != NULL ? &h : NULL);
    if (rc == CUDA_SUCCESS)
        *pHandle = (CUmipmappedArray)(uintptr_t)h;
    return fake__done(e, rc);
}

/* Contract: destroys a mipmapped array; its memory is uncharged. */
CUresult cuMipmappedArrayDestroy(CUmipmappedArray hMipmappedArray)
{
    int e = errno;
    return fake__done(e, destroy(FAKE__KIND_MIPMAP, (uint64_t)(uintptr_t)hMipmappedArray));
}
