/*
 * copy.c - memory copies and memsets, synchronous and stream-ordered.
 *
 * Every copy or memset becomes one operation on a stream: the legacy NULL stream for
 * the synchronous forms (which then wait for it, so they are ordered after earlier
 * work, kernels included, as on the GPU), the given stream for the Async forms.
 * Device-side ranges are validated when the call is made: a range not wholly inside
 * one live allocation (or a mapped VMM range with the needed access) is
 * CUDA_ERROR_INVALID_VALUE, as the driver answers for unknown device memory; host-side
 * ranges cannot be checked (they are the application's memory). As with the driver, an
 * Async copy from or to pageable host memory (neither pinned nor registered) completes
 * before the call returns; with pinned memory it is truly asynchronous. Legacy 32-bit
 * (CUdeviceptr_v1) forms widen their arguments; _ptds/_ptsz forms use the per-thread
 * default stream, which is the NULL stream here.
 */
#include "fake.h"

#include <string.h>

enum side { SIDE_HOST, SIDE_DEVICE, SIDE_UNIFIED };

/* Validates [p, p+n) as one side of a copy; clears *async_ok if it is pageable host
 * memory (which makes an Async copy synchronous). Lock held. */
static CUresult check_side(uintptr_t p, size_t n, enum side side, int write, int *async_ok)
{
    struct fake__alloc *a = fake__mem_find(p);
    if (side == SIDE_DEVICE || (side == SIDE_UNIFIED && a != NULL))
        return fake__mem_check(p, n, write, NULL);
    if (a == NULL || (a->kind != FAKE__MEM_HOST && a->kind != FAKE__MEM_REGISTERED) ||
        n > a->size - (p - a->base))
        *async_ok = 0;
    return CUDA_SUCCESS;
}

/* Resolves the stream (h, or the NULL stream for a synchronous call), checks both
 * sides of [dst, dst+extent) <- [src, src+extent) and queues op, waiting for it unless
 * the call is async and neither side is pageable. Takes ownership of op. */
static CUresult queue(struct fake__op *op, uintptr_t dst, enum side dside, uintptr_t src,
                      enum side sside, size_t dextent, size_t sextent, CUstream h, int async)
{
    CUresult rc = fake__initialized();
    if (rc != CUDA_SUCCESS || op == NULL) {
        if (op != NULL)
            fake__op_free(op);
        return rc != CUDA_SUCCESS ? rc : CUDA_ERROR_OUT_OF_MEMORY;
    }
    fake__lock();
    struct fake__stream *s = NULL;
    int async_ok = async;
    rc = fake__stream_resolve(async ? h : NULL, &s);
    if (rc == CUDA_SUCCESS && dextent > 0)
        rc = check_side(dst, dextent, dside, 1, &async_ok);
    if (rc == CUDA_SUCCESS && sextent > 0)
        rc = check_side(src, sextent, sside, 0, &async_ok);
    if (rc != CUDA_SUCCESS || dextent == 0)
        fake__op_free(op);  /* an error, or nothing to do */
    else if (async_ok)
        rc = fake__submit(s, op);
    else
        rc = fake__submit_sync(s, op);
    fake__unlock();
    return rc;
}

static CUresult copy(uintptr_t dst, uintptr_t src, size_t n, enum side dside, enum side sside,
                     CUstream h, int async)
{
    struct fake__op *op = fake__op_new(FAKE__OP_COPY);
    if (op != NULL) {
        op->u.copy.dst = (void *)dst;
        op->u.copy.src = (const void *)src;
        op->u.copy.n = n;
    }
    return queue(op, dst, dside, src, sside, n, n, h, async);
}

/* Extent of `height` rows of `width` bytes, `pitch` apart; 0 on overflow or when the
 * rows would overlap (pitch < width). */
static size_t extent_2d(size_t pitch, size_t width, size_t height, int *bad)
{
    if (width == 0 || height == 0)
        return 0;
    if (height > 1 && pitch < width) {
        *bad = 1;
        return 0;
    }
    if (height - 1 > (SIZE_MAX - width) / (pitch ? pitch : 1)) {
        *bad = 1;
        return 0;
    }
    return (height - 1) * pitch + width;
}

static CUresult memset_op(uintptr_t dst, size_t pitch, uint32_t value, unsigned elem, size_t width,
                          size_t height, CUstream h, int async)
{
    int bad = 0;
    if ((dst % elem) != 0 || width > SIZE_MAX / elem)
        return fake__bad_arg();
    if (height == 1)
        pitch = width * elem;
    if ((pitch % elem) != 0)
        return fake__bad_arg();
    size_t extent = extent_2d(pitch, width * elem, height, &bad);
    if (bad)
        return fake__bad_arg();
    struct fake__op *op = fake__op_new(FAKE__OP_MEMSET);
    if (op != NULL) {
        op->u.memset.dst = (unsigned char *)dst;
        op->u.memset.pitch = pitch;
        op->u.memset.width = width;
        op->u.memset.height = height;
        op->u.memset.elem = elem;
        op->u.memset.value = value;
    }
    return queue(op, dst, SIDE_DEVICE, 0, SIDE_HOST, extent, 0, h, async);
}

static enum side side_of(CUmemorytype t, int *bad)
{
    switch (t) {
    case CU_MEMORYTYPE_HOST:
        return SIDE_HOST;
    case CU_MEMORYTYPE_DEVICE:
        return SIDE_DEVICE;
    case CU_MEMORYTYPE_UNIFIED:
        return SIDE_UNIFIED;
    default:  /* CUDA arrays are not simulated: no array handle is valid */
        *bad = 1;
        return SIDE_HOST;
    }
}

static CUresult copy_2d(const CUDA_MEMCPY2D *c, CUstream h, int async)
{
    int bad = 0;
    if (c == NULL)
        return fake__bad_arg();
    enum side ss = side_of(c->srcMemoryType, &bad), ds = side_of(c->dstMemoryType, &bad);
    uintptr_t src = (ss == SIDE_HOST ? (uintptr_t)c->srcHost : (uintptr_t)c->srcDevice) +
                    c->srcY * c->srcPitch + c->srcXInBytes;
    uintptr_t dst = (ds == SIDE_HOST ? (uintptr_t)c->dstHost : (uintptr_t)c->dstDevice) +
                    c->dstY * c->dstPitch + c->dstXInBytes;
    size_t sext = extent_2d(c->srcPitch, c->WidthInBytes, c->Height, &bad);
    size_t dext = extent_2d(c->dstPitch, c->WidthInBytes, c->Height, &bad);
    if (bad)
        return fake__bad_arg();
    struct fake__op *op = fake__op_new(FAKE__OP_COPY2D);
    if (op != NULL) {
        op->u.copy2d.dst = (unsigned char *)dst;
        op->u.copy2d.src = (const unsigned char *)src;
        op->u.copy2d.dpitch = c->dstPitch;
        op->u.copy2d.spitch = c->srcPitch;
        op->u.copy2d.width = c->WidthInBytes;
        op->u.copy2d.height = c->Height;
    }
    return queue(op, dst, ds, src, ss, dext, sext, h, async);
}

static void widen_2d(const CUDA_MEMCPY2D_v1 *a, CUDA_MEMCPY2D *b)
{
    memset(b, 0, sizeof *b);
    b->srcXInBytes = a->srcXInBytes;
    b->srcY = a->srcY;
    b->srcMemoryType = a->srcMemoryType;
    b->srcHost = a->srcHost;
    b->srcDevice = a->srcDevice;
    b->srcArray = a->srcArray;
    b->srcPitch = a->srcPitch;
    b->dstXInBytes = a->dstXInBytes;
    b->dstY = a->dstY;
    b->dstMemoryType = a->dstMemoryType;
    b->dstHost = a->dstHost;
    b->dstDevice = a->dstDevice;
    b->dstArray = a->dstArray;
    b->dstPitch = a->dstPitch;
    b->WidthInBytes = a->WidthInBytes;
    b->Height = a->Height;
}

/* Contract: copies ByteCount bytes between any two addresses (unified addressing:
 * known allocations are validated, other addresses are host memory), after earlier
 * work on the NULL stream. */
CUresult cuMemcpy(CUdeviceptr dst, CUdeviceptr src, size_t ByteCount)
{
    int e = errno;
    return fake__done(e, copy((uintptr_t)dst, (uintptr_t)src, ByteCount, SIDE_UNIFIED, SIDE_UNIFIED,
                              NULL, 0));
}

/* Contract: queues cuMemcpy's copy on hStream (synchronous if a side is pageable). */
CUresult cuMemcpyAsync(CUdeviceptr dst, CUdeviceptr src, size_t ByteCount, CUstream hStream)
{
    int e = errno;
    return fake__done(e, copy((uintptr_t)dst, (uintptr_t)src, ByteCount, SIDE_UNIFIED, SIDE_UNIFIED,
                              hStream, 1));
}

/* Contract: 2D copy of Height rows of WidthInBytes between host, device or unified
 * memory (CUDA arrays: CUDA_ERROR_INVALID_VALUE), after earlier work on the NULL stream. */
CUresult cuMemcpy2D_v2(const CUDA_MEMCPY2D *pCopy)
{
    int e = errno;
    return fake__done(e, copy_2d(pCopy, NULL, 0));
}

/* Contract: legacy 32-bit form of cuMemcpy2D_v2. */
CUresult cuMemcpy2D(const CUDA_MEMCPY2D_v1 *pCopy)
{
    CUDA_MEMCPY2D c;
    if (pCopy == NULL)
        return fake__bad_arg();
    widen_2d(pCopy, &c);
    return cuMemcpy2D_v2(&c);
}

/* Contract: as cuMemcpy2D_v2 (no alignment restriction to lift here). */
CUresult cuMemcpy2DUnaligned_v2(const CUDA_MEMCPY2D *pCopy)
{
    return cuMemcpy2D_v2(pCopy);
}

/* Contract: per-thread form of cuMemcpy2DUnaligned_v2. */
CUresult cuMemcpy2DUnaligned_v2_ptds(const CUDA_MEMCPY2D *pCopy)
{
    return cuMemcpy2D_v2(pCopy);
}

/* Contract: legacy 32-bit form of cuMemcpy2DUnaligned_v2. */
CUresult cuMemcpy2DUnaligned(const CUDA_MEMCPY2D_v1 *pCopy)
{
    return cuMemcpy2D(pCopy);
}

/* Contract: queues cuMemcpy2D_v2's copy on hStream (synchronous if a side is pageable). */
CUresult cuMemcpy2DAsync_v2(const CUDA_MEMCPY2D *pCopy, CUstream hStream)
{
    int e = errno;
    return fake__done(e, copy_2d(pCopy, hStream, 1));
}

/* Contract: legacy 32-bit form of cuMemcpy2DAsync_v2. */
CUresult cuMemcpy2DAsync(const CUDA_MEMCPY2D_v1 *pCopy, CUstream hStream)
{
    CUDA_MEMCPY2D c;
    if (pCopy == NULL)
        return fake__bad_arg();
    widen_2d(pCopy, &c);
    return cuMemcpy2DAsync_v2(&c, hStream);
}

/* Checks the two contexts of a peer copy. */
static CUresult peer_contexts(CUcontext a, CUcontext b)
{
    CUresult rc = fake__initialized();
    if (rc != CUDA_SUCCESS)
        return rc;
    fake__lock();
    struct fake__ctx *x = NULL, *y = NULL;
    rc = fake__ctx_resolve(a, &x, 0);
    if (rc == CUDA_SUCCESS)
        rc = fake__ctx_resolve(b, &y, 0);
    fake__unlock();
    return (a == NULL || b == NULL) ? CUDA_ERROR_INVALID_CONTEXT : rc;
}

/* Contract: copies between device memory of two contexts (of any devices).
 * CUDA_ERROR_INVALID_CONTEXT for an unknown context. */
CUresult cuMemcpyPeer(CUdeviceptr dstDevice, CUcontext dstContext, CUdeviceptr srcDevice,
                      CUcontext srcContext, size_t ByteCount)
{
    int e = errno;
    CUresult rc = peer_contexts(dstContext, srcContext);
    if (rc == CUDA_SUCCESS)
        rc = copy((uintptr_t)dstDevice, (uintptr_t)srcDevice, ByteCount, SIDE_DEVICE, SIDE_DEVICE, NULL, 0);
    return fake__done(e, rc);
}

/* Contract: queues cuMemcpyPeer's copy on hStream. */
CUresult cuMemcpyPeerAsync(CUdeviceptr dstDevice, CUcontext dstContext, CUdeviceptr srcDevice,
                           CUcontext srcContext, size_t ByteCount, CUstream hStream)
{
    int e = errno;
    CUresult rc = peer_contexts(dstContext, srcContext);
    if (rc == CUDA_SUCCESS)
        rc = copy((uintptr_t)dstDevice, (uintptr_t)srcDevice, ByteCount, SIDE_DEVICE, SIDE_DEVICE,
                  hStream, 1);
    return fake__done(e, rc);
}

/* Contract: legacy 32-bit form of cuMemcpyHtoD_v2. */
CUresult cuMemcpyHtoD(CUdeviceptr_v1 dstDevice, const void *srcHost, unsigned int ByteCount)
{
    return cuMemcpyHtoD_v2(dstDevice, srcHost, ByteCount);
}

/* Contract: copies ByteCount bytes from host to device, after earlier work on the NULL
 * stream, and returns when done. CUDA_ERROR_INVALID_VALUE if the device range is not
 * inside one allocation. */
CUresult cuMemcpyHtoD_v2(CUdeviceptr dstDevice, const void *srcHost, size_t ByteCount)
{
    int e = errno;
    return fake__done(e, copy((uintptr_t)dstDevice, (uintptr_t)srcHost, ByteCount, SIDE_DEVICE,
                              SIDE_HOST, NULL, 0));
}

/* Contract: legacy 32-bit form of cuMemcpyHtoDAsync_v2. */
CUresult cuMemcpyHtoDAsync(CUdeviceptr_v1 dstDevice, const void *srcHost, unsigned int ByteCount,
                           CUstream hStream)
{
    return cuMemcpyHtoDAsync_v2(dstDevice, srcHost, ByteCount, hStream);
}

/* Contract: queues the copy of cuMemcpyHtoD_v2 on hStream (synchronous if the host
 * side is pageable memory). */
CUresult cuMemcpyHtoDAsync_v2(CUdeviceptr dstDevice, const void *srcHost, size_t ByteCount,
                              CUstream hStream)
{
    int e = errno;
    return fake__done(e, copy((uintptr_t)dstDevice, (uintptr_t)srcHost, ByteCount, SIDE_DEVICE,
                              SIDE_HOST, hStream, 1));
}

/* Contract: legacy 32-bit form of cuMemcpyDtoH_v2. */
CUresult cuMemcpyDtoH(void *dstHost, CUdeviceptr_v1 srcDevice, unsigned int ByteCount)
{
    return cuMemcpyDtoH_v2(dstHost, srcDevice, ByteCount);
}

/* Contract: copies ByteCount bytes from device to host, after earlier work on the NULL
 * stream, and returns when done. CUDA_ERROR_INVALID_VALUE if the device range is not
 * inside one allocation. */
CUresult cuMemcpyDtoH_v2(void *dstHost, CUdeviceptr srcDevice, size_t ByteCount)
{
    int e = errno;
    return fake__done(e, copy((uintptr_t)dstHost, (uintptr_t)srcDevice, ByteCount, SIDE_HOST,
                              SIDE_DEVICE, NULL, 0));
}

/* Contract: legacy 32-bit form of cuMemcpyDtoHAsync_v2. */
CUresult cuMemcpyDtoHAsync(void *dstHost, CUdeviceptr_v1 srcDevice, unsigned int ByteCount,
                           CUstream hStream)
{
    return cuMemcpyDtoHAsync_v2(dstHost, srcDevice, ByteCount, hStream);
}

/* Contract: queues the copy of cuMemcpyDtoH_v2 on hStream (synchronous if the host
 * side is pageable memory). */
CUresult cuMemcpyDtoHAsync_v2(void *dstHost, CUdeviceptr srcDevice, size_t ByteCount,
                              CUstream hStream)
{
    int e = errno;
    return fake__done(e, copy((uintptr_t)dstHost, (uintptr_t)srcDevice, ByteCount, SIDE_HOST,
                              SIDE_DEVICE, hStream, 1));
}

/* Contract: legacy 32-bit form of cuMemcpyDtoD_v2. */
CUresult cuMemcpyDtoD(CUdeviceptr_v1 dstDevice, CUdeviceptr_v1 srcDevice, unsigned int ByteCount)
{
    return cuMemcpyDtoD_v2(dstDevice, srcDevice, ByteCount);
}

/* Contract: copies ByteCount bytes between device ranges, after earlier work on the
 * NULL stream, and returns when done. CUDA_ERROR_INVALID_VALUE if the device range is
 * not inside one allocation. */
CUresult cuMemcpyDtoD_v2(CUdeviceptr dstDevice, CUdeviceptr srcDevice, size_t ByteCount)
{
    int e = errno;
    return fake__done(e, copy((uintptr_t)dstDevice, (uintptr_t)srcDevice, ByteCount, SIDE_DEVICE,
                              SIDE_DEVICE, NULL, 0));
}

/* Contract: legacy 32-bit form of cuMemcpyDtoDAsync_v2. */
CUresult cuMemcpyDtoDAsync(CUdeviceptr_v1 dstDevice, CUdeviceptr_v1 srcDevice,
                           unsigned int ByteCount, CUstream hStream)
{
    return cuMemcpyDtoDAsync_v2(dstDevice, srcDevice, ByteCount, hStream);
}

/* Contract: queues the copy of cuMemcpyDtoD_v2 on hStream (synchronous if the host
 * side is pageable memory). */
CUresult cuMemcpyDtoDAsync_v2(CUdeviceptr dstDevice, CUdeviceptr srcDevice, size_t ByteCount,
                              CUstream hStream)
{
    int e = errno;
    return fake__done(e, copy((uintptr_t)dstDevice, (uintptr_t)srcDevice, ByteCount, SIDE_DEVICE,
                              SIDE_DEVICE, hStream, 1));
}

/* Contract: sets N 8-bit values at dstDevice (aligned to 1 bytes) after earlier work
 * on the NULL stream. */
CUresult cuMemsetD8_v2(CUdeviceptr dstDevice, unsigned char uc, size_t N)
{
    int e = errno;
    return fake__done(e, memset_op((uintptr_t)dstDevice, 0, uc, 1, N, 1, NULL, 0));
}

/* Contract: legacy 32-bit form of cuMemsetD8_v2. */
CUresult cuMemsetD8(CUdeviceptr_v1 dstDevice, unsigned char uc, unsigned int N)
{
    return cuMemsetD8_v2(dstDevice, uc, N);
}

/* Contract: queues cuMemsetD8_v2's work on hStream. */
CUresult cuMemsetD8Async(CUdeviceptr dstDevice, unsigned char uc, size_t N, CUstream hStream)
{
    int e = errno;
    return fake__done(e, memset_op((uintptr_t)dstDevice, 0, uc, 1, N, 1, hStream, 1));
}

/* Contract: sets Height rows of Width 8-bit values, dstPitch bytes apart, after
 * earlier work on the NULL stream. */
CUresult cuMemsetD2D8_v2(CUdeviceptr dstDevice, size_t dstPitch, unsigned char uc, size_t Width,
                         size_t Height)
{
    int e = errno;
    return fake__done(e, memset_op((uintptr_t)dstDevice, dstPitch, uc, 1, Width, Height, NULL, 0));
}

/* Contract: legacy 32-bit form of cuMemsetD2D8_v2. */
CUresult cuMemsetD2D8(CUdeviceptr_v1 dstDevice, unsigned int dstPitch, unsigned char uc,
                      unsigned int Width, unsigned int Height)
{
    return cuMemsetD2D8_v2(dstDevice, dstPitch, uc, Width, Height);
}

/* Contract: queues cuMemsetD2D8_v2's work on hStream. */
CUresult cuMemsetD2D8Async(CUdeviceptr dstDevice, size_t dstPitch, unsigned char uc, size_t Width,
                           size_t Height, CUstream hStream)
{
    int e = errno;
    return fake__done(e, memset_op((uintptr_t)dstDevice, dstPitch, uc, 1, Width, Height, hStream,
                                   1));
}

/* Contract: sets N 16-bit values at dstDevice (aligned to 2 bytes) after earlier work
 * on the NULL stream. */
CUresult cuMemsetD16_v2(CUdeviceptr dstDevice, unsigned short us, size_t N)
{
    int e = errno;
    return fake__done(e, memset_op((uintptr_t)dstDevice, 0, us, 2, N, 1, NULL, 0));
}

/* Contract: legacy 32-bit form of cuMemsetD16_v2. */
CUresult cuMemsetD16(CUdeviceptr_v1 dstDevice, unsigned short us, unsigned int N)
{
    return cuMemsetD16_v2(dstDevice, us, N);
}

/* Contract: queues cuMemsetD16_v2's work on hStream. */
CUresult cuMemsetD16Async(CUdeviceptr dstDevice, unsigned short us, size_t N, CUstream hStream)
{
    int e = errno;
    return fake__done(e, memset_op((uintptr_t)dstDevice, 0, us, 2, N, 1, hStream, 1));
}

/* Contract: sets Height rows of Width 16-bit values, dstPitch bytes apart, after
 * earlier work on the NULL stream. */
CUresult cuMemsetD2D16_v2(CUdeviceptr dstDevice, size_t dstPitch, unsigned short us, size_t Width,
                          size_t Height)
{
    int e = errno;
    return fake__done(e, memset_op((uintptr_t)dstDevice, dstPitch, us, 2, Width, Height, NULL, 0));
}

/* Contract: legacy 32-bit form of cuMemsetD2D16_v2. */
CUresult cuMemsetD2D16(CUdeviceptr_v1 dstDevice, unsigned int dstPitch, unsigned short us,
                       unsigned int Width, unsigned int Height)
{
    return cuMemsetD2D16_v2(dstDevice, dstPitch, us, Width, Height);
}

/* Contract: queues cuMemsetD2D16_v2's work on hStream. */
CUresult cuMemsetD2D16Async(CUdeviceptr dstDevice, size_t dstPitch, unsigned short us,
                            size_t Width, size_t Height, CUstream hStream)
{
    int e = errno;
    return fake__done(e, memset_op((uintptr_t)dstDevice, dstPitch, us, 2, Width, Height, hStream,
                                   1));
}

/* Contract: sets N 32-bit values at dstDevice (aligned to 4 bytes) after earlier work
 * on the NULL stream. */
CUresult cuMemsetD32_v2(CUdeviceptr dstDevice, unsigned int ui, size_t N)
{
    int e = errno;
    return fake__done(e, memset_op((uintptr_t)dstDevice, 0, ui, 4, N, 1, NULL, 0));
}

/* Contract: legacy 32-bit form of cuMemsetD32_v2. */
CUresult cuMemsetD32(CUdeviceptr_v1 dstDevice, unsigned int ui, unsigned int N)
{
    return cuMemsetD32_v2(dstDevice, ui, N);
}

/* Contract: queues cuMemsetD32_v2's work on hStream. */
CUresult cuMemsetD32Async(CUdeviceptr dstDevice, unsigned int ui, size_t N, CUstream hStream)
{
    int e = errno;
    return fake__done(e, memset_op((uintptr_t)dstDevice, 0, ui, 4, N, 1, hStream, 1));
}

/* Contract: sets Height rows of Width 32-bit values, dstPitch bytes apart, after
 * earlier work on the NULL stream. */
CUresult cuMemsetD2D32_v2(CUdeviceptr dstDevice, size_t dstPitch, unsigned int ui, size_t Width,
                          size_t Height)
{
    int e = errno;
    return fake__done(e, memset_op((uintptr_t)dstDevice, dstPitch, ui, 4, Width, Height, NULL, 0));
}

/* Contract: legacy 32-bit form of cuMemsetD2D32_v2. */
CUresult cuMemsetD2D32(CUdeviceptr_v1 dstDevice, unsigned int dstPitch, unsigned int ui,
                       unsigned int Width, unsigned int Height)
{
    return cuMemsetD2D32_v2(dstDevice, dstPitch, ui, Width, Height);
}

/* Contract: queues cuMemsetD2D32_v2's work on hStream. */
CUresult cuMemsetD2D32Async(CUdeviceptr dstDevice, size_t dstPitch, unsigned int ui, size_t Width,
                            size_t Height, CUstream hStream)
{
    int e = errno;
    return fake__done(e, memset_op((uintptr_t)dstDevice, dstPitch, ui, 4, Width, Height, hStream,
                                   1));
}

