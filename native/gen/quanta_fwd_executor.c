/* Generated from api/cuda-driver.json and api/forward/cuda-driver.json by tools/gen (npm run gen -- emit). Do not edit. */
/* The executor's handlers: one per forwarded symbol (native/forward/fwd_executor.h). */
#include <string.h>

#include "fwd_executor.h"

static CUresult x_cuCtxCreate(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUcontext v_pctx;
    uint8_t want_pctx = 0;
    memset(&v_pctx, 0, sizeof v_pctx);
    unsigned int flags;
    CUdevice dev;
    (void)out;
    if (quanta__fwd_take(in, &want_pctx, 1) ||
        quanta__fwd_take(in, &flags, sizeof flags) ||
        quanta__fwd_take(in, &dev, sizeof dev) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuCtxCreate(want_pctx ? &v_pctx : NULL, flags, dev);
    if (want_pctx)
        quanta__fwd_give(out, &v_pctx, sizeof v_pctx);
    return rc;
}

static CUresult x_cuCtxCreate_v2(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUcontext v_pctx;
    uint8_t want_pctx = 0;
    memset(&v_pctx, 0, sizeof v_pctx);
    unsigned int flags;
    CUdevice dev;
    (void)out;
    if (quanta__fwd_take(in, &want_pctx, 1) ||
        quanta__fwd_take(in, &flags, sizeof flags) ||
        quanta__fwd_take(in, &dev, sizeof dev) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuCtxCreate_v2(want_pctx ? &v_pctx : NULL, flags, dev);
    if (want_pctx)
        quanta__fwd_give(out, &v_pctx, sizeof v_pctx);
    return rc;
}

static CUresult x_cuCtxCreate_v3(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUcontext v_pctx;
    uint8_t want_pctx = 0;
    memset(&v_pctx, 0, sizeof v_pctx);
    int numParams;
    unsigned int flags;
    CUdevice dev;
    (void)out;
    if (quanta__fwd_take(in, &want_pctx, 1) ||
        quanta__fwd_take(in, &numParams, sizeof numParams) ||
        quanta__fwd_take(in, &flags, sizeof flags) ||
        quanta__fwd_take(in, &dev, sizeof dev) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuCtxCreate_v3(want_pctx ? &v_pctx : NULL, NULL, numParams, flags, dev);
    if (want_pctx)
        quanta__fwd_give(out, &v_pctx, sizeof v_pctx);
    return rc;
}

static CUresult x_cuCtxCreate_v4(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUcontext v_pctx;
    uint8_t want_pctx = 0;
    memset(&v_pctx, 0, sizeof v_pctx);
    unsigned int flags;
    CUdevice dev;
    (void)out;
    if (quanta__fwd_take(in, &want_pctx, 1) ||
        quanta__fwd_take(in, &flags, sizeof flags) ||
        quanta__fwd_take(in, &dev, sizeof dev) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuCtxCreate_v4(want_pctx ? &v_pctx : NULL, NULL, flags, dev);
    if (want_pctx)
        quanta__fwd_give(out, &v_pctx, sizeof v_pctx);
    return rc;
}

static CUresult x_cuCtxDestroy(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUcontext ctx;
    (void)out;
    if (quanta__fwd_take(in, &ctx, sizeof ctx) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuCtxDestroy(ctx);
    return rc;
}

static CUresult x_cuCtxDestroy_v2(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUcontext ctx;
    (void)out;
    if (quanta__fwd_take(in, &ctx, sizeof ctx) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuCtxDestroy_v2(ctx);
    return rc;
}

static CUresult x_cuCtxGetCurrent(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUcontext v_pctx;
    uint8_t want_pctx = 0;
    memset(&v_pctx, 0, sizeof v_pctx);
    (void)out;
    if (quanta__fwd_take(in, &want_pctx, 1) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuCtxGetCurrent(want_pctx ? &v_pctx : NULL);
    if (want_pctx)
        quanta__fwd_give(out, &v_pctx, sizeof v_pctx);
    return rc;
}

static CUresult x_cuCtxGetDevice(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUdevice v_device;
    uint8_t want_device = 0;
    memset(&v_device, 0, sizeof v_device);
    (void)out;
    if (quanta__fwd_take(in, &want_device, 1) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuCtxGetDevice(want_device ? &v_device : NULL);
    if (want_device)
        quanta__fwd_give(out, &v_device, sizeof v_device);
    return rc;
}

static CUresult x_cuCtxGetDevice_v2(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUdevice v_device;
    uint8_t want_device = 0;
    memset(&v_device, 0, sizeof v_device);
    CUcontext ctx;
    (void)out;
    if (quanta__fwd_take(in, &want_device, 1) ||
        quanta__fwd_take(in, &ctx, sizeof ctx) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuCtxGetDevice_v2(want_device ? &v_device : NULL, ctx);
    if (want_device)
        quanta__fwd_give(out, &v_device, sizeof v_device);
    return rc;
}

static CUresult x_cuCtxPopCurrent(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUcontext v_pctx;
    uint8_t want_pctx = 0;
    memset(&v_pctx, 0, sizeof v_pctx);
    (void)out;
    if (quanta__fwd_take(in, &want_pctx, 1) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuCtxPopCurrent(want_pctx ? &v_pctx : NULL);
    if (want_pctx)
        quanta__fwd_give(out, &v_pctx, sizeof v_pctx);
    return rc;
}

static CUresult x_cuCtxPopCurrent_v2(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUcontext v_pctx;
    uint8_t want_pctx = 0;
    memset(&v_pctx, 0, sizeof v_pctx);
    (void)out;
    if (quanta__fwd_take(in, &want_pctx, 1) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuCtxPopCurrent_v2(want_pctx ? &v_pctx : NULL);
    if (want_pctx)
        quanta__fwd_give(out, &v_pctx, sizeof v_pctx);
    return rc;
}

static CUresult x_cuCtxPushCurrent(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUcontext ctx;
    (void)out;
    if (quanta__fwd_take(in, &ctx, sizeof ctx) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuCtxPushCurrent(ctx);
    return rc;
}

static CUresult x_cuCtxPushCurrent_v2(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUcontext ctx;
    (void)out;
    if (quanta__fwd_take(in, &ctx, sizeof ctx) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuCtxPushCurrent_v2(ctx);
    return rc;
}

static CUresult x_cuCtxSetCurrent(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUcontext ctx;
    (void)out;
    if (quanta__fwd_take(in, &ctx, sizeof ctx) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuCtxSetCurrent(ctx);
    return rc;
}

static CUresult x_cuCtxSynchronize(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    (void)out;
    if (0 || quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuCtxSynchronize();
    return rc;
}

static CUresult x_cuCtxSynchronize_v2(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUcontext ctx;
    (void)out;
    if (quanta__fwd_take(in, &ctx, sizeof ctx) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuCtxSynchronize_v2(ctx);
    return rc;
}

static CUresult x_cuDeviceGet(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUdevice v_device;
    uint8_t want_device = 0;
    memset(&v_device, 0, sizeof v_device);
    int ordinal;
    (void)out;
    if (quanta__fwd_take(in, &want_device, 1) ||
        quanta__fwd_take(in, &ordinal, sizeof ordinal) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuDeviceGet(want_device ? &v_device : NULL, ordinal);
    if (want_device)
        quanta__fwd_give(out, &v_device, sizeof v_device);
    return rc;
}

static CUresult x_cuDeviceGetAttribute(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    int v_pi;
    uint8_t want_pi = 0;
    memset(&v_pi, 0, sizeof v_pi);
    CUdevice_attribute attrib;
    CUdevice dev;
    (void)out;
    if (quanta__fwd_take(in, &want_pi, 1) ||
        quanta__fwd_take(in, &attrib, sizeof attrib) ||
        quanta__fwd_take(in, &dev, sizeof dev) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuDeviceGetAttribute(want_pi ? &v_pi : NULL, attrib, dev);
    if (want_pi)
        quanta__fwd_give(out, &v_pi, sizeof v_pi);
    return rc;
}

static CUresult x_cuDeviceGetCount(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    int v_count;
    uint8_t want_count = 0;
    memset(&v_count, 0, sizeof v_count);
    (void)out;
    if (quanta__fwd_take(in, &want_count, 1) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuDeviceGetCount(want_count ? &v_count : NULL);
    if (want_count)
        quanta__fwd_give(out, &v_count, sizeof v_count);
    return rc;
}

static CUresult x_cuDeviceGetName(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    void *name = NULL;
    uint8_t want_name = 0;
    int len;
    CUdevice dev;
    (void)out;
    if (quanta__fwd_take(in, &want_name, 1) ||
        quanta__fwd_take(in, &len, sizeof len) ||
        quanta__fwd_take(in, &dev, sizeof dev) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    if (want_name && (name = quanta__fwd_scratch(out, (uint64_t)(len))) == NULL)
        return CUDA_ERROR_INVALID_VALUE; /* more than a reply may carry */
    CUresult rc = cuDeviceGetName((char *)name, len, dev);
    if (want_name)
        quanta__fwd_give_buf(out, name, rc == CUDA_SUCCESS ? (uint64_t)(len) : 0);
    return rc;
}

static CUresult x_cuDeviceGetUuid(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUuuid v_uuid;
    uint8_t want_uuid = 0;
    memset(&v_uuid, 0, sizeof v_uuid);
    CUdevice dev;
    (void)out;
    if (quanta__fwd_take(in, &want_uuid, 1) ||
        quanta__fwd_take(in, &dev, sizeof dev) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuDeviceGetUuid(want_uuid ? &v_uuid : NULL, dev);
    if (want_uuid)
        quanta__fwd_give(out, &v_uuid, sizeof v_uuid);
    return rc;
}

static CUresult x_cuDeviceGetUuid_v2(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUuuid v_uuid;
    uint8_t want_uuid = 0;
    memset(&v_uuid, 0, sizeof v_uuid);
    CUdevice dev;
    (void)out;
    if (quanta__fwd_take(in, &want_uuid, 1) ||
        quanta__fwd_take(in, &dev, sizeof dev) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuDeviceGetUuid_v2(want_uuid ? &v_uuid : NULL, dev);
    if (want_uuid)
        quanta__fwd_give(out, &v_uuid, sizeof v_uuid);
    return rc;
}

static CUresult x_cuDevicePrimaryCtxRelease(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUdevice dev;
    (void)out;
    if (quanta__fwd_take(in, &dev, sizeof dev) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuDevicePrimaryCtxRelease(dev);
    return rc;
}

static CUresult x_cuDevicePrimaryCtxRelease_v2(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUdevice dev;
    (void)out;
    if (quanta__fwd_take(in, &dev, sizeof dev) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuDevicePrimaryCtxRelease_v2(dev);
    return rc;
}

static CUresult x_cuDevicePrimaryCtxReset(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUdevice dev;
    (void)out;
    if (quanta__fwd_take(in, &dev, sizeof dev) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuDevicePrimaryCtxReset(dev);
    return rc;
}

static CUresult x_cuDevicePrimaryCtxReset_v2(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUdevice dev;
    (void)out;
    if (quanta__fwd_take(in, &dev, sizeof dev) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuDevicePrimaryCtxReset_v2(dev);
    return rc;
}

static CUresult x_cuDevicePrimaryCtxRetain(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUcontext v_pctx;
    uint8_t want_pctx = 0;
    memset(&v_pctx, 0, sizeof v_pctx);
    CUdevice dev;
    (void)out;
    if (quanta__fwd_take(in, &want_pctx, 1) ||
        quanta__fwd_take(in, &dev, sizeof dev) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuDevicePrimaryCtxRetain(want_pctx ? &v_pctx : NULL, dev);
    if (want_pctx)
        quanta__fwd_give(out, &v_pctx, sizeof v_pctx);
    return rc;
}

static CUresult x_cuDeviceTotalMem(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    unsigned int v_bytes;
    uint8_t want_bytes = 0;
    memset(&v_bytes, 0, sizeof v_bytes);
    CUdevice dev;
    (void)out;
    if (quanta__fwd_take(in, &want_bytes, 1) ||
        quanta__fwd_take(in, &dev, sizeof dev) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuDeviceTotalMem(want_bytes ? &v_bytes : NULL, dev);
    if (want_bytes)
        quanta__fwd_give(out, &v_bytes, sizeof v_bytes);
    return rc;
}

static CUresult x_cuDeviceTotalMem_v2(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    size_t v_bytes;
    uint8_t want_bytes = 0;
    memset(&v_bytes, 0, sizeof v_bytes);
    CUdevice dev;
    (void)out;
    if (quanta__fwd_take(in, &want_bytes, 1) ||
        quanta__fwd_take(in, &dev, sizeof dev) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuDeviceTotalMem_v2(want_bytes ? &v_bytes : NULL, dev);
    if (want_bytes)
        quanta__fwd_give(out, &v_bytes, sizeof v_bytes);
    return rc;
}

static CUresult x_cuDriverGetVersion(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    int v_driverVersion;
    uint8_t want_driverVersion = 0;
    memset(&v_driverVersion, 0, sizeof v_driverVersion);
    (void)out;
    if (quanta__fwd_take(in, &want_driverVersion, 1) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuDriverGetVersion(want_driverVersion ? &v_driverVersion : NULL);
    if (want_driverVersion)
        quanta__fwd_give(out, &v_driverVersion, sizeof v_driverVersion);
    return rc;
}

static CUresult x_cuEventCreate(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUevent v_phEvent;
    uint8_t want_phEvent = 0;
    memset(&v_phEvent, 0, sizeof v_phEvent);
    unsigned int Flags;
    (void)out;
    if (quanta__fwd_take(in, &want_phEvent, 1) ||
        quanta__fwd_take(in, &Flags, sizeof Flags) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuEventCreate(want_phEvent ? &v_phEvent : NULL, Flags);
    if (want_phEvent)
        quanta__fwd_give(out, &v_phEvent, sizeof v_phEvent);
    return rc;
}

static CUresult x_cuEventDestroy(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUevent hEvent;
    (void)out;
    if (quanta__fwd_take(in, &hEvent, sizeof hEvent) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuEventDestroy(hEvent);
    return rc;
}

static CUresult x_cuEventDestroy_v2(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUevent hEvent;
    (void)out;
    if (quanta__fwd_take(in, &hEvent, sizeof hEvent) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuEventDestroy_v2(hEvent);
    return rc;
}

static CUresult x_cuEventElapsedTime(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    float v_pMilliseconds;
    uint8_t want_pMilliseconds = 0;
    memset(&v_pMilliseconds, 0, sizeof v_pMilliseconds);
    CUevent hStart;
    CUevent hEnd;
    (void)out;
    if (quanta__fwd_take(in, &want_pMilliseconds, 1) ||
        quanta__fwd_take(in, &hStart, sizeof hStart) ||
        quanta__fwd_take(in, &hEnd, sizeof hEnd) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuEventElapsedTime(want_pMilliseconds ? &v_pMilliseconds : NULL, hStart, hEnd);
    if (want_pMilliseconds)
        quanta__fwd_give(out, &v_pMilliseconds, sizeof v_pMilliseconds);
    return rc;
}

static CUresult x_cuEventElapsedTime_v2(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    float v_pMilliseconds;
    uint8_t want_pMilliseconds = 0;
    memset(&v_pMilliseconds, 0, sizeof v_pMilliseconds);
    CUevent hStart;
    CUevent hEnd;
    (void)out;
    if (quanta__fwd_take(in, &want_pMilliseconds, 1) ||
        quanta__fwd_take(in, &hStart, sizeof hStart) ||
        quanta__fwd_take(in, &hEnd, sizeof hEnd) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuEventElapsedTime_v2(want_pMilliseconds ? &v_pMilliseconds : NULL, hStart, hEnd);
    if (want_pMilliseconds)
        quanta__fwd_give(out, &v_pMilliseconds, sizeof v_pMilliseconds);
    return rc;
}

static CUresult x_cuEventQuery(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUevent hEvent;
    (void)out;
    if (quanta__fwd_take(in, &hEvent, sizeof hEvent) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuEventQuery(hEvent);
    return rc;
}

static CUresult x_cuEventRecord(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUevent hEvent;
    CUstream hStream;
    (void)out;
    if (quanta__fwd_take(in, &hEvent, sizeof hEvent) ||
        quanta__fwd_take(in, &hStream, sizeof hStream) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuEventRecord(hEvent, hStream);
    return rc;
}

static CUresult x_cuEventRecord_ptsz(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUevent hEvent;
    CUstream hStream;
    (void)out;
    if (quanta__fwd_take(in, &hEvent, sizeof hEvent) ||
        quanta__fwd_take(in, &hStream, sizeof hStream) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuEventRecord_ptsz(hEvent, hStream);
    return rc;
}

static CUresult x_cuEventSynchronize(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUevent hEvent;
    (void)out;
    if (quanta__fwd_take(in, &hEvent, sizeof hEvent) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuEventSynchronize(hEvent);
    return rc;
}

static CUresult x_cuFuncGetAttribute(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    int v_pi;
    uint8_t want_pi = 0;
    memset(&v_pi, 0, sizeof v_pi);
    CUfunction_attribute attrib;
    CUfunction hfunc;
    (void)out;
    if (quanta__fwd_take(in, &want_pi, 1) ||
        quanta__fwd_take(in, &attrib, sizeof attrib) ||
        quanta__fwd_take(in, &hfunc, sizeof hfunc) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuFuncGetAttribute(want_pi ? &v_pi : NULL, attrib, hfunc);
    if (want_pi)
        quanta__fwd_give(out, &v_pi, sizeof v_pi);
    return rc;
}

static CUresult x_cuFuncGetParamInfo(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUfunction func;
    size_t paramIndex;
    size_t v_paramOffset;
    uint8_t want_paramOffset = 0;
    memset(&v_paramOffset, 0, sizeof v_paramOffset);
    size_t v_paramSize;
    uint8_t want_paramSize = 0;
    memset(&v_paramSize, 0, sizeof v_paramSize);
    (void)out;
    if (quanta__fwd_take(in, &func, sizeof func) ||
        quanta__fwd_take(in, &paramIndex, sizeof paramIndex) ||
        quanta__fwd_take(in, &want_paramOffset, 1) ||
        quanta__fwd_take(in, &want_paramSize, 1) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuFuncGetParamInfo(func, paramIndex, want_paramOffset ? &v_paramOffset : NULL, want_paramSize ? &v_paramSize : NULL);
    if (want_paramOffset)
        quanta__fwd_give(out, &v_paramOffset, sizeof v_paramOffset);
    if (want_paramSize)
        quanta__fwd_give(out, &v_paramSize, sizeof v_paramSize);
    return rc;
}

static CUresult x_cuInit(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    unsigned int Flags;
    (void)out;
    if (quanta__fwd_take(in, &Flags, sizeof Flags) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuInit(Flags);
    return rc;
}

static CUresult x_cuLaunchKernel(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUfunction f;
    unsigned int gridDimX;
    unsigned int gridDimY;
    unsigned int gridDimZ;
    unsigned int blockDimX;
    unsigned int blockDimY;
    unsigned int blockDimZ;
    unsigned int sharedMemBytes;
    CUstream hStream;
    void **kernelParams = NULL;
    (void)out;
    if (quanta__fwd_take(in, &f, sizeof f) ||
        quanta__fwd_take(in, &gridDimX, sizeof gridDimX) ||
        quanta__fwd_take(in, &gridDimY, sizeof gridDimY) ||
        quanta__fwd_take(in, &gridDimZ, sizeof gridDimZ) ||
        quanta__fwd_take(in, &blockDimX, sizeof blockDimX) ||
        quanta__fwd_take(in, &blockDimY, sizeof blockDimY) ||
        quanta__fwd_take(in, &blockDimZ, sizeof blockDimZ) ||
        quanta__fwd_take(in, &sharedMemBytes, sizeof sharedMemBytes) ||
        quanta__fwd_take(in, &hStream, sizeof hStream) ||
        quanta__fwd_take_kernel_params(in, out, &kernelParams) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuLaunchKernel(f, gridDimX, gridDimY, gridDimZ, blockDimX, blockDimY, blockDimZ, sharedMemBytes, hStream, kernelParams, NULL);
    return rc;
}

static CUresult x_cuLaunchKernel_ptsz(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUfunction f;
    unsigned int gridDimX;
    unsigned int gridDimY;
    unsigned int gridDimZ;
    unsigned int blockDimX;
    unsigned int blockDimY;
    unsigned int blockDimZ;
    unsigned int sharedMemBytes;
    CUstream hStream;
    void **kernelParams = NULL;
    (void)out;
    if (quanta__fwd_take(in, &f, sizeof f) ||
        quanta__fwd_take(in, &gridDimX, sizeof gridDimX) ||
        quanta__fwd_take(in, &gridDimY, sizeof gridDimY) ||
        quanta__fwd_take(in, &gridDimZ, sizeof gridDimZ) ||
        quanta__fwd_take(in, &blockDimX, sizeof blockDimX) ||
        quanta__fwd_take(in, &blockDimY, sizeof blockDimY) ||
        quanta__fwd_take(in, &blockDimZ, sizeof blockDimZ) ||
        quanta__fwd_take(in, &sharedMemBytes, sizeof sharedMemBytes) ||
        quanta__fwd_take(in, &hStream, sizeof hStream) ||
        quanta__fwd_take_kernel_params(in, out, &kernelParams) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuLaunchKernel_ptsz(f, gridDimX, gridDimY, gridDimZ, blockDimX, blockDimY, blockDimZ, sharedMemBytes, hStream, kernelParams, NULL);
    return rc;
}

static CUresult x_cuMemAlloc(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUdeviceptr_v1 v_dptr;
    uint8_t want_dptr = 0;
    memset(&v_dptr, 0, sizeof v_dptr);
    unsigned int bytesize;
    (void)out;
    if (quanta__fwd_take(in, &want_dptr, 1) ||
        quanta__fwd_take(in, &bytesize, sizeof bytesize) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuMemAlloc(want_dptr ? &v_dptr : NULL, bytesize);
    if (want_dptr)
        quanta__fwd_give(out, &v_dptr, sizeof v_dptr);
    return rc;
}

static CUresult x_cuMemAlloc_v2(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUdeviceptr v_dptr;
    uint8_t want_dptr = 0;
    memset(&v_dptr, 0, sizeof v_dptr);
    size_t bytesize;
    (void)out;
    if (quanta__fwd_take(in, &want_dptr, 1) ||
        quanta__fwd_take(in, &bytesize, sizeof bytesize) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuMemAlloc_v2(want_dptr ? &v_dptr : NULL, bytesize);
    if (want_dptr)
        quanta__fwd_give(out, &v_dptr, sizeof v_dptr);
    return rc;
}

static CUresult x_cuMemFree(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUdeviceptr_v1 dptr;
    (void)out;
    if (quanta__fwd_take(in, &dptr, sizeof dptr) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuMemFree(dptr);
    return rc;
}

static CUresult x_cuMemFree_v2(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUdeviceptr dptr;
    (void)out;
    if (quanta__fwd_take(in, &dptr, sizeof dptr) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuMemFree_v2(dptr);
    return rc;
}

static CUresult x_cuMemGetInfo(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    unsigned int v_free;
    uint8_t want_free = 0;
    memset(&v_free, 0, sizeof v_free);
    unsigned int v_total;
    uint8_t want_total = 0;
    memset(&v_total, 0, sizeof v_total);
    (void)out;
    if (quanta__fwd_take(in, &want_free, 1) ||
        quanta__fwd_take(in, &want_total, 1) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuMemGetInfo(want_free ? &v_free : NULL, want_total ? &v_total : NULL);
    if (want_free)
        quanta__fwd_give(out, &v_free, sizeof v_free);
    if (want_total)
        quanta__fwd_give(out, &v_total, sizeof v_total);
    return rc;
}

static CUresult x_cuMemGetInfo_v2(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    size_t v_free;
    uint8_t want_free = 0;
    memset(&v_free, 0, sizeof v_free);
    size_t v_total;
    uint8_t want_total = 0;
    memset(&v_total, 0, sizeof v_total);
    (void)out;
    if (quanta__fwd_take(in, &want_free, 1) ||
        quanta__fwd_take(in, &want_total, 1) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuMemGetInfo_v2(want_free ? &v_free : NULL, want_total ? &v_total : NULL);
    if (want_free)
        quanta__fwd_give(out, &v_free, sizeof v_free);
    if (want_total)
        quanta__fwd_give(out, &v_total, sizeof v_total);
    return rc;
}

static CUresult x_cuMemcpyDtoD(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUdeviceptr_v1 dstDevice;
    CUdeviceptr_v1 srcDevice;
    unsigned int ByteCount;
    (void)out;
    if (quanta__fwd_take(in, &dstDevice, sizeof dstDevice) ||
        quanta__fwd_take(in, &srcDevice, sizeof srcDevice) ||
        quanta__fwd_take(in, &ByteCount, sizeof ByteCount) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuMemcpyDtoD(dstDevice, srcDevice, ByteCount);
    return rc;
}

static CUresult x_cuMemcpyDtoD_v2(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUdeviceptr dstDevice;
    CUdeviceptr srcDevice;
    size_t ByteCount;
    (void)out;
    if (quanta__fwd_take(in, &dstDevice, sizeof dstDevice) ||
        quanta__fwd_take(in, &srcDevice, sizeof srcDevice) ||
        quanta__fwd_take(in, &ByteCount, sizeof ByteCount) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuMemcpyDtoD_v2(dstDevice, srcDevice, ByteCount);
    return rc;
}

static CUresult x_cuMemcpyDtoD_v2_ptds(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUdeviceptr dstDevice;
    CUdeviceptr srcDevice;
    size_t ByteCount;
    (void)out;
    if (quanta__fwd_take(in, &dstDevice, sizeof dstDevice) ||
        quanta__fwd_take(in, &srcDevice, sizeof srcDevice) ||
        quanta__fwd_take(in, &ByteCount, sizeof ByteCount) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuMemcpyDtoD_v2_ptds(dstDevice, srcDevice, ByteCount);
    return rc;
}

static CUresult x_cuMemcpyDtoH(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    void *dstHost = NULL;
    uint8_t want_dstHost = 0;
    CUdeviceptr_v1 srcDevice;
    unsigned int ByteCount;
    (void)out;
    if (quanta__fwd_take(in, &want_dstHost, 1) ||
        quanta__fwd_take(in, &srcDevice, sizeof srcDevice) ||
        quanta__fwd_take(in, &ByteCount, sizeof ByteCount) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    if (want_dstHost && (dstHost = quanta__fwd_scratch(out, (uint64_t)(ByteCount))) == NULL)
        return CUDA_ERROR_INVALID_VALUE; /* more than a reply may carry */
    CUresult rc = cuMemcpyDtoH((void *)dstHost, srcDevice, ByteCount);
    if (want_dstHost)
        quanta__fwd_give_buf(out, dstHost, rc == CUDA_SUCCESS ? (uint64_t)(ByteCount) : 0);
    return rc;
}

static CUresult x_cuMemcpyDtoH_v2(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    void *dstHost = NULL;
    uint8_t want_dstHost = 0;
    CUdeviceptr srcDevice;
    size_t ByteCount;
    (void)out;
    if (quanta__fwd_take(in, &want_dstHost, 1) ||
        quanta__fwd_take(in, &srcDevice, sizeof srcDevice) ||
        quanta__fwd_take(in, &ByteCount, sizeof ByteCount) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    if (want_dstHost && (dstHost = quanta__fwd_scratch(out, (uint64_t)(ByteCount))) == NULL)
        return CUDA_ERROR_INVALID_VALUE; /* more than a reply may carry */
    CUresult rc = cuMemcpyDtoH_v2((void *)dstHost, srcDevice, ByteCount);
    if (want_dstHost)
        quanta__fwd_give_buf(out, dstHost, rc == CUDA_SUCCESS ? (uint64_t)(ByteCount) : 0);
    return rc;
}

static CUresult x_cuMemcpyDtoH_v2_ptds(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    void *dstHost = NULL;
    uint8_t want_dstHost = 0;
    CUdeviceptr srcDevice;
    size_t ByteCount;
    (void)out;
    if (quanta__fwd_take(in, &want_dstHost, 1) ||
        quanta__fwd_take(in, &srcDevice, sizeof srcDevice) ||
        quanta__fwd_take(in, &ByteCount, sizeof ByteCount) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    if (want_dstHost && (dstHost = quanta__fwd_scratch(out, (uint64_t)(ByteCount))) == NULL)
        return CUDA_ERROR_INVALID_VALUE; /* more than a reply may carry */
    CUresult rc = cuMemcpyDtoH_v2_ptds((void *)dstHost, srcDevice, ByteCount);
    if (want_dstHost)
        quanta__fwd_give_buf(out, dstHost, rc == CUDA_SUCCESS ? (uint64_t)(ByteCount) : 0);
    return rc;
}

static CUresult x_cuMemcpyDtoHAsync(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    void *dstHost = NULL;
    uint8_t want_dstHost = 0;
    CUdeviceptr_v1 srcDevice;
    unsigned int ByteCount;
    CUstream hStream;
    (void)out;
    if (quanta__fwd_take(in, &want_dstHost, 1) ||
        quanta__fwd_take(in, &srcDevice, sizeof srcDevice) ||
        quanta__fwd_take(in, &ByteCount, sizeof ByteCount) ||
        quanta__fwd_take(in, &hStream, sizeof hStream) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    if (want_dstHost && (dstHost = quanta__fwd_scratch(out, (uint64_t)(ByteCount))) == NULL)
        return CUDA_ERROR_INVALID_VALUE; /* more than a reply may carry */
    CUresult rc = cuMemcpyDtoHAsync((void *)dstHost, srcDevice, ByteCount, hStream);
    if (want_dstHost)
        quanta__fwd_give_buf(out, dstHost, rc == CUDA_SUCCESS ? (uint64_t)(ByteCount) : 0);
    return rc;
}

static CUresult x_cuMemcpyDtoHAsync_v2(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    void *dstHost = NULL;
    uint8_t want_dstHost = 0;
    CUdeviceptr srcDevice;
    size_t ByteCount;
    CUstream hStream;
    (void)out;
    if (quanta__fwd_take(in, &want_dstHost, 1) ||
        quanta__fwd_take(in, &srcDevice, sizeof srcDevice) ||
        quanta__fwd_take(in, &ByteCount, sizeof ByteCount) ||
        quanta__fwd_take(in, &hStream, sizeof hStream) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    if (want_dstHost && (dstHost = quanta__fwd_scratch(out, (uint64_t)(ByteCount))) == NULL)
        return CUDA_ERROR_INVALID_VALUE; /* more than a reply may carry */
    CUresult rc = cuMemcpyDtoHAsync_v2((void *)dstHost, srcDevice, ByteCount, hStream);
    if (want_dstHost)
        quanta__fwd_give_buf(out, dstHost, rc == CUDA_SUCCESS ? (uint64_t)(ByteCount) : 0);
    return rc;
}

static CUresult x_cuMemcpyDtoHAsync_v2_ptsz(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    void *dstHost = NULL;
    uint8_t want_dstHost = 0;
    CUdeviceptr srcDevice;
    size_t ByteCount;
    CUstream hStream;
    (void)out;
    if (quanta__fwd_take(in, &want_dstHost, 1) ||
        quanta__fwd_take(in, &srcDevice, sizeof srcDevice) ||
        quanta__fwd_take(in, &ByteCount, sizeof ByteCount) ||
        quanta__fwd_take(in, &hStream, sizeof hStream) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    if (want_dstHost && (dstHost = quanta__fwd_scratch(out, (uint64_t)(ByteCount))) == NULL)
        return CUDA_ERROR_INVALID_VALUE; /* more than a reply may carry */
    CUresult rc = cuMemcpyDtoHAsync_v2_ptsz((void *)dstHost, srcDevice, ByteCount, hStream);
    if (want_dstHost)
        quanta__fwd_give_buf(out, dstHost, rc == CUDA_SUCCESS ? (uint64_t)(ByteCount) : 0);
    return rc;
}

static CUresult x_cuMemcpyHtoD(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUdeviceptr_v1 dstDevice;
    const void *srcHost = NULL;
    uint64_t n_srcHost = 0;
    unsigned int ByteCount;
    (void)out;
    if (quanta__fwd_take(in, &dstDevice, sizeof dstDevice) ||
        quanta__fwd_take_buf(in, &srcHost, &n_srcHost) ||
        quanta__fwd_take(in, &ByteCount, sizeof ByteCount) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    if (srcHost != NULL && n_srcHost != (uint64_t)(ByteCount))
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuMemcpyHtoD(dstDevice, (const void *)srcHost, ByteCount);
    return rc;
}

static CUresult x_cuMemcpyHtoD_v2(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUdeviceptr dstDevice;
    const void *srcHost = NULL;
    uint64_t n_srcHost = 0;
    size_t ByteCount;
    (void)out;
    if (quanta__fwd_take(in, &dstDevice, sizeof dstDevice) ||
        quanta__fwd_take_buf(in, &srcHost, &n_srcHost) ||
        quanta__fwd_take(in, &ByteCount, sizeof ByteCount) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    if (srcHost != NULL && n_srcHost != (uint64_t)(ByteCount))
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuMemcpyHtoD_v2(dstDevice, (const void *)srcHost, ByteCount);
    return rc;
}

static CUresult x_cuMemcpyHtoD_v2_ptds(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUdeviceptr dstDevice;
    const void *srcHost = NULL;
    uint64_t n_srcHost = 0;
    size_t ByteCount;
    (void)out;
    if (quanta__fwd_take(in, &dstDevice, sizeof dstDevice) ||
        quanta__fwd_take_buf(in, &srcHost, &n_srcHost) ||
        quanta__fwd_take(in, &ByteCount, sizeof ByteCount) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    if (srcHost != NULL && n_srcHost != (uint64_t)(ByteCount))
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuMemcpyHtoD_v2_ptds(dstDevice, (const void *)srcHost, ByteCount);
    return rc;
}

static CUresult x_cuMemcpyHtoDAsync(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUdeviceptr_v1 dstDevice;
    const void *srcHost = NULL;
    uint64_t n_srcHost = 0;
    unsigned int ByteCount;
    CUstream hStream;
    (void)out;
    if (quanta__fwd_take(in, &dstDevice, sizeof dstDevice) ||
        quanta__fwd_take_buf(in, &srcHost, &n_srcHost) ||
        quanta__fwd_take(in, &ByteCount, sizeof ByteCount) ||
        quanta__fwd_take(in, &hStream, sizeof hStream) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    if (srcHost != NULL && n_srcHost != (uint64_t)(ByteCount))
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuMemcpyHtoDAsync(dstDevice, (const void *)srcHost, ByteCount, hStream);
    return rc;
}

static CUresult x_cuMemcpyHtoDAsync_v2(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUdeviceptr dstDevice;
    const void *srcHost = NULL;
    uint64_t n_srcHost = 0;
    size_t ByteCount;
    CUstream hStream;
    (void)out;
    if (quanta__fwd_take(in, &dstDevice, sizeof dstDevice) ||
        quanta__fwd_take_buf(in, &srcHost, &n_srcHost) ||
        quanta__fwd_take(in, &ByteCount, sizeof ByteCount) ||
        quanta__fwd_take(in, &hStream, sizeof hStream) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    if (srcHost != NULL && n_srcHost != (uint64_t)(ByteCount))
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuMemcpyHtoDAsync_v2(dstDevice, (const void *)srcHost, ByteCount, hStream);
    return rc;
}

static CUresult x_cuMemcpyHtoDAsync_v2_ptsz(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUdeviceptr dstDevice;
    const void *srcHost = NULL;
    uint64_t n_srcHost = 0;
    size_t ByteCount;
    CUstream hStream;
    (void)out;
    if (quanta__fwd_take(in, &dstDevice, sizeof dstDevice) ||
        quanta__fwd_take_buf(in, &srcHost, &n_srcHost) ||
        quanta__fwd_take(in, &ByteCount, sizeof ByteCount) ||
        quanta__fwd_take(in, &hStream, sizeof hStream) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    if (srcHost != NULL && n_srcHost != (uint64_t)(ByteCount))
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuMemcpyHtoDAsync_v2_ptsz(dstDevice, (const void *)srcHost, ByteCount, hStream);
    return rc;
}

static CUresult x_cuMemsetD32(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUdeviceptr_v1 dstDevice;
    unsigned int ui;
    unsigned int N;
    (void)out;
    if (quanta__fwd_take(in, &dstDevice, sizeof dstDevice) ||
        quanta__fwd_take(in, &ui, sizeof ui) ||
        quanta__fwd_take(in, &N, sizeof N) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuMemsetD32(dstDevice, ui, N);
    return rc;
}

static CUresult x_cuMemsetD32_v2(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUdeviceptr dstDevice;
    unsigned int ui;
    size_t N;
    (void)out;
    if (quanta__fwd_take(in, &dstDevice, sizeof dstDevice) ||
        quanta__fwd_take(in, &ui, sizeof ui) ||
        quanta__fwd_take(in, &N, sizeof N) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuMemsetD32_v2(dstDevice, ui, N);
    return rc;
}

static CUresult x_cuMemsetD32_v2_ptds(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUdeviceptr dstDevice;
    unsigned int ui;
    size_t N;
    (void)out;
    if (quanta__fwd_take(in, &dstDevice, sizeof dstDevice) ||
        quanta__fwd_take(in, &ui, sizeof ui) ||
        quanta__fwd_take(in, &N, sizeof N) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuMemsetD32_v2_ptds(dstDevice, ui, N);
    return rc;
}

static CUresult x_cuMemsetD32Async(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUdeviceptr dstDevice;
    unsigned int ui;
    size_t N;
    CUstream hStream;
    (void)out;
    if (quanta__fwd_take(in, &dstDevice, sizeof dstDevice) ||
        quanta__fwd_take(in, &ui, sizeof ui) ||
        quanta__fwd_take(in, &N, sizeof N) ||
        quanta__fwd_take(in, &hStream, sizeof hStream) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuMemsetD32Async(dstDevice, ui, N, hStream);
    return rc;
}

static CUresult x_cuMemsetD32Async_ptsz(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUdeviceptr dstDevice;
    unsigned int ui;
    size_t N;
    CUstream hStream;
    (void)out;
    if (quanta__fwd_take(in, &dstDevice, sizeof dstDevice) ||
        quanta__fwd_take(in, &ui, sizeof ui) ||
        quanta__fwd_take(in, &N, sizeof N) ||
        quanta__fwd_take(in, &hStream, sizeof hStream) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuMemsetD32Async_ptsz(dstDevice, ui, N, hStream);
    return rc;
}

static CUresult x_cuMemsetD8(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUdeviceptr_v1 dstDevice;
    unsigned char uc;
    unsigned int N;
    (void)out;
    if (quanta__fwd_take(in, &dstDevice, sizeof dstDevice) ||
        quanta__fwd_take(in, &uc, sizeof uc) ||
        quanta__fwd_take(in, &N, sizeof N) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuMemsetD8(dstDevice, uc, N);
    return rc;
}

static CUresult x_cuMemsetD8_v2(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUdeviceptr dstDevice;
    unsigned char uc;
    size_t N;
    (void)out;
    if (quanta__fwd_take(in, &dstDevice, sizeof dstDevice) ||
        quanta__fwd_take(in, &uc, sizeof uc) ||
        quanta__fwd_take(in, &N, sizeof N) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuMemsetD8_v2(dstDevice, uc, N);
    return rc;
}

static CUresult x_cuMemsetD8_v2_ptds(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUdeviceptr dstDevice;
    unsigned char uc;
    size_t N;
    (void)out;
    if (quanta__fwd_take(in, &dstDevice, sizeof dstDevice) ||
        quanta__fwd_take(in, &uc, sizeof uc) ||
        quanta__fwd_take(in, &N, sizeof N) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuMemsetD8_v2_ptds(dstDevice, uc, N);
    return rc;
}

static CUresult x_cuMemsetD8Async(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUdeviceptr dstDevice;
    unsigned char uc;
    size_t N;
    CUstream hStream;
    (void)out;
    if (quanta__fwd_take(in, &dstDevice, sizeof dstDevice) ||
        quanta__fwd_take(in, &uc, sizeof uc) ||
        quanta__fwd_take(in, &N, sizeof N) ||
        quanta__fwd_take(in, &hStream, sizeof hStream) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuMemsetD8Async(dstDevice, uc, N, hStream);
    return rc;
}

static CUresult x_cuMemsetD8Async_ptsz(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUdeviceptr dstDevice;
    unsigned char uc;
    size_t N;
    CUstream hStream;
    (void)out;
    if (quanta__fwd_take(in, &dstDevice, sizeof dstDevice) ||
        quanta__fwd_take(in, &uc, sizeof uc) ||
        quanta__fwd_take(in, &N, sizeof N) ||
        quanta__fwd_take(in, &hStream, sizeof hStream) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuMemsetD8Async_ptsz(dstDevice, uc, N, hStream);
    return rc;
}

static CUresult x_cuModuleGetFunction(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUfunction v_hfunc;
    uint8_t want_hfunc = 0;
    memset(&v_hfunc, 0, sizeof v_hfunc);
    CUmodule hmod;
    const char *name = NULL;
    (void)out;
    if (quanta__fwd_take(in, &want_hfunc, 1) ||
        quanta__fwd_take(in, &hmod, sizeof hmod) ||
        quanta__fwd_take_cstring(in, &name) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuModuleGetFunction(want_hfunc ? &v_hfunc : NULL, hmod, name);
    if (want_hfunc)
        quanta__fwd_give(out, &v_hfunc, sizeof v_hfunc);
    return rc;
}

static CUresult x_cuModuleGetGlobal(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUdeviceptr_v1 v_dptr;
    uint8_t want_dptr = 0;
    memset(&v_dptr, 0, sizeof v_dptr);
    unsigned int v_bytes;
    uint8_t want_bytes = 0;
    memset(&v_bytes, 0, sizeof v_bytes);
    CUmodule hmod;
    const char *name = NULL;
    (void)out;
    if (quanta__fwd_take(in, &want_dptr, 1) ||
        quanta__fwd_take(in, &want_bytes, 1) ||
        quanta__fwd_take(in, &hmod, sizeof hmod) ||
        quanta__fwd_take_cstring(in, &name) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuModuleGetGlobal(want_dptr ? &v_dptr : NULL, want_bytes ? &v_bytes : NULL, hmod, name);
    if (want_dptr)
        quanta__fwd_give(out, &v_dptr, sizeof v_dptr);
    if (want_bytes)
        quanta__fwd_give(out, &v_bytes, sizeof v_bytes);
    return rc;
}

static CUresult x_cuModuleGetGlobal_v2(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUdeviceptr v_dptr;
    uint8_t want_dptr = 0;
    memset(&v_dptr, 0, sizeof v_dptr);
    size_t v_bytes;
    uint8_t want_bytes = 0;
    memset(&v_bytes, 0, sizeof v_bytes);
    CUmodule hmod;
    const char *name = NULL;
    (void)out;
    if (quanta__fwd_take(in, &want_dptr, 1) ||
        quanta__fwd_take(in, &want_bytes, 1) ||
        quanta__fwd_take(in, &hmod, sizeof hmod) ||
        quanta__fwd_take_cstring(in, &name) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuModuleGetGlobal_v2(want_dptr ? &v_dptr : NULL, want_bytes ? &v_bytes : NULL, hmod, name);
    if (want_dptr)
        quanta__fwd_give(out, &v_dptr, sizeof v_dptr);
    if (want_bytes)
        quanta__fwd_give(out, &v_bytes, sizeof v_bytes);
    return rc;
}

static CUresult x_cuModuleLoadData(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUmodule v_module;
    uint8_t want_module = 0;
    memset(&v_module, 0, sizeof v_module);
    const void *image = NULL;
    uint64_t n_image = 0;
    (void)out;
    if (quanta__fwd_take(in, &want_module, 1) ||
        quanta__fwd_take_buf(in, &image, &n_image) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuModuleLoadData(want_module ? &v_module : NULL, (const void *)image);
    if (want_module)
        quanta__fwd_give(out, &v_module, sizeof v_module);
    return rc;
}

static CUresult x_cuModuleUnload(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUmodule hmod;
    (void)out;
    if (quanta__fwd_take(in, &hmod, sizeof hmod) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuModuleUnload(hmod);
    return rc;
}

static CUresult x_cuStreamCreate(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUstream v_phStream;
    uint8_t want_phStream = 0;
    memset(&v_phStream, 0, sizeof v_phStream);
    unsigned int Flags;
    (void)out;
    if (quanta__fwd_take(in, &want_phStream, 1) ||
        quanta__fwd_take(in, &Flags, sizeof Flags) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuStreamCreate(want_phStream ? &v_phStream : NULL, Flags);
    if (want_phStream)
        quanta__fwd_give(out, &v_phStream, sizeof v_phStream);
    return rc;
}

static CUresult x_cuStreamDestroy(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUstream hStream;
    (void)out;
    if (quanta__fwd_take(in, &hStream, sizeof hStream) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuStreamDestroy(hStream);
    return rc;
}

static CUresult x_cuStreamDestroy_v2(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUstream hStream;
    (void)out;
    if (quanta__fwd_take(in, &hStream, sizeof hStream) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuStreamDestroy_v2(hStream);
    return rc;
}

static CUresult x_cuStreamQuery(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUstream hStream;
    (void)out;
    if (quanta__fwd_take(in, &hStream, sizeof hStream) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuStreamQuery(hStream);
    return rc;
}

static CUresult x_cuStreamQuery_ptsz(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUstream hStream;
    (void)out;
    if (quanta__fwd_take(in, &hStream, sizeof hStream) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuStreamQuery_ptsz(hStream);
    return rc;
}

static CUresult x_cuStreamSynchronize(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUstream hStream;
    (void)out;
    if (quanta__fwd_take(in, &hStream, sizeof hStream) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuStreamSynchronize(hStream);
    return rc;
}

static CUresult x_cuStreamSynchronize_ptsz(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUstream hStream;
    (void)out;
    if (quanta__fwd_take(in, &hStream, sizeof hStream) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuStreamSynchronize_ptsz(hStream);
    return rc;
}

static CUresult x_cuStreamWaitEvent(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUstream hStream;
    CUevent hEvent;
    unsigned int Flags;
    (void)out;
    if (quanta__fwd_take(in, &hStream, sizeof hStream) ||
        quanta__fwd_take(in, &hEvent, sizeof hEvent) ||
        quanta__fwd_take(in, &Flags, sizeof Flags) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuStreamWaitEvent(hStream, hEvent, Flags);
    return rc;
}

static CUresult x_cuStreamWaitEvent_ptsz(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUstream hStream;
    CUevent hEvent;
    unsigned int Flags;
    (void)out;
    if (quanta__fwd_take(in, &hStream, sizeof hStream) ||
        quanta__fwd_take(in, &hEvent, sizeof hEvent) ||
        quanta__fwd_take(in, &Flags, sizeof Flags) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuStreamWaitEvent_ptsz(hStream, hEvent, Flags);
    return rc;
}

const quanta__fwd_handler quanta__fwd_handlers[QUANTA_CUDA_FN_COUNT] = {
    [QUANTA_CUDA_cuCtxCreate] = x_cuCtxCreate,
    [QUANTA_CUDA_cuCtxCreate_v2] = x_cuCtxCreate_v2,
    [QUANTA_CUDA_cuCtxCreate_v3] = x_cuCtxCreate_v3,
    [QUANTA_CUDA_cuCtxCreate_v4] = x_cuCtxCreate_v4,
    [QUANTA_CUDA_cuCtxDestroy] = x_cuCtxDestroy,
    [QUANTA_CUDA_cuCtxDestroy_v2] = x_cuCtxDestroy_v2,
    [QUANTA_CUDA_cuCtxGetCurrent] = x_cuCtxGetCurrent,
    [QUANTA_CUDA_cuCtxGetDevice] = x_cuCtxGetDevice,
    [QUANTA_CUDA_cuCtxGetDevice_v2] = x_cuCtxGetDevice_v2,
    [QUANTA_CUDA_cuCtxPopCurrent] = x_cuCtxPopCurrent,
    [QUANTA_CUDA_cuCtxPopCurrent_v2] = x_cuCtxPopCurrent_v2,
    [QUANTA_CUDA_cuCtxPushCurrent] = x_cuCtxPushCurrent,
    [QUANTA_CUDA_cuCtxPushCurrent_v2] = x_cuCtxPushCurrent_v2,
    [QUANTA_CUDA_cuCtxSetCurrent] = x_cuCtxSetCurrent,
    [QUANTA_CUDA_cuCtxSynchronize] = x_cuCtxSynchronize,
    [QUANTA_CUDA_cuCtxSynchronize_v2] = x_cuCtxSynchronize_v2,
    [QUANTA_CUDA_cuDeviceGet] = x_cuDeviceGet,
    [QUANTA_CUDA_cuDeviceGetAttribute] = x_cuDeviceGetAttribute,
    [QUANTA_CUDA_cuDeviceGetCount] = x_cuDeviceGetCount,
    [QUANTA_CUDA_cuDeviceGetName] = x_cuDeviceGetName,
    [QUANTA_CUDA_cuDeviceGetUuid] = x_cuDeviceGetUuid,
    [QUANTA_CUDA_cuDeviceGetUuid_v2] = x_cuDeviceGetUuid_v2,
    [QUANTA_CUDA_cuDevicePrimaryCtxRelease] = x_cuDevicePrimaryCtxRelease,
    [QUANTA_CUDA_cuDevicePrimaryCtxRelease_v2] = x_cuDevicePrimaryCtxRelease_v2,
    [QUANTA_CUDA_cuDevicePrimaryCtxReset] = x_cuDevicePrimaryCtxReset,
    [QUANTA_CUDA_cuDevicePrimaryCtxReset_v2] = x_cuDevicePrimaryCtxReset_v2,
    [QUANTA_CUDA_cuDevicePrimaryCtxRetain] = x_cuDevicePrimaryCtxRetain,
    [QUANTA_CUDA_cuDeviceTotalMem] = x_cuDeviceTotalMem,
    [QUANTA_CUDA_cuDeviceTotalMem_v2] = x_cuDeviceTotalMem_v2,
    [QUANTA_CUDA_cuDriverGetVersion] = x_cuDriverGetVersion,
    [QUANTA_CUDA_cuEventCreate] = x_cuEventCreate,
    [QUANTA_CUDA_cuEventDestroy] = x_cuEventDestroy,
    [QUANTA_CUDA_cuEventDestroy_v2] = x_cuEventDestroy_v2,
    [QUANTA_CUDA_cuEventElapsedTime] = x_cuEventElapsedTime,
    [QUANTA_CUDA_cuEventElapsedTime_v2] = x_cuEventElapsedTime_v2,
    [QUANTA_CUDA_cuEventQuery] = x_cuEventQuery,
    [QUANTA_CUDA_cuEventRecord] = x_cuEventRecord,
    [QUANTA_CUDA_cuEventRecord_ptsz] = x_cuEventRecord_ptsz,
    [QUANTA_CUDA_cuEventSynchronize] = x_cuEventSynchronize,
    [QUANTA_CUDA_cuFuncGetAttribute] = x_cuFuncGetAttribute,
    [QUANTA_CUDA_cuFuncGetParamInfo] = x_cuFuncGetParamInfo,
    [QUANTA_CUDA_cuInit] = x_cuInit,
    [QUANTA_CUDA_cuLaunchKernel] = x_cuLaunchKernel,
    [QUANTA_CUDA_cuLaunchKernel_ptsz] = x_cuLaunchKernel_ptsz,
    [QUANTA_CUDA_cuMemAlloc] = x_cuMemAlloc,
    [QUANTA_CUDA_cuMemAlloc_v2] = x_cuMemAlloc_v2,
    [QUANTA_CUDA_cuMemFree] = x_cuMemFree,
    [QUANTA_CUDA_cuMemFree_v2] = x_cuMemFree_v2,
    [QUANTA_CUDA_cuMemGetInfo] = x_cuMemGetInfo,
    [QUANTA_CUDA_cuMemGetInfo_v2] = x_cuMemGetInfo_v2,
    [QUANTA_CUDA_cuMemcpyDtoD] = x_cuMemcpyDtoD,
    [QUANTA_CUDA_cuMemcpyDtoD_v2] = x_cuMemcpyDtoD_v2,
    [QUANTA_CUDA_cuMemcpyDtoD_v2_ptds] = x_cuMemcpyDtoD_v2_ptds,
    [QUANTA_CUDA_cuMemcpyDtoH] = x_cuMemcpyDtoH,
    [QUANTA_CUDA_cuMemcpyDtoH_v2] = x_cuMemcpyDtoH_v2,
    [QUANTA_CUDA_cuMemcpyDtoH_v2_ptds] = x_cuMemcpyDtoH_v2_ptds,
    [QUANTA_CUDA_cuMemcpyDtoHAsync] = x_cuMemcpyDtoHAsync,
    [QUANTA_CUDA_cuMemcpyDtoHAsync_v2] = x_cuMemcpyDtoHAsync_v2,
    [QUANTA_CUDA_cuMemcpyDtoHAsync_v2_ptsz] = x_cuMemcpyDtoHAsync_v2_ptsz,
    [QUANTA_CUDA_cuMemcpyHtoD] = x_cuMemcpyHtoD,
    [QUANTA_CUDA_cuMemcpyHtoD_v2] = x_cuMemcpyHtoD_v2,
    [QUANTA_CUDA_cuMemcpyHtoD_v2_ptds] = x_cuMemcpyHtoD_v2_ptds,
    [QUANTA_CUDA_cuMemcpyHtoDAsync] = x_cuMemcpyHtoDAsync,
    [QUANTA_CUDA_cuMemcpyHtoDAsync_v2] = x_cuMemcpyHtoDAsync_v2,
    [QUANTA_CUDA_cuMemcpyHtoDAsync_v2_ptsz] = x_cuMemcpyHtoDAsync_v2_ptsz,
    [QUANTA_CUDA_cuMemsetD32] = x_cuMemsetD32,
    [QUANTA_CUDA_cuMemsetD32_v2] = x_cuMemsetD32_v2,
    [QUANTA_CUDA_cuMemsetD32_v2_ptds] = x_cuMemsetD32_v2_ptds,
    [QUANTA_CUDA_cuMemsetD32Async] = x_cuMemsetD32Async,
    [QUANTA_CUDA_cuMemsetD32Async_ptsz] = x_cuMemsetD32Async_ptsz,
    [QUANTA_CUDA_cuMemsetD8] = x_cuMemsetD8,
    [QUANTA_CUDA_cuMemsetD8_v2] = x_cuMemsetD8_v2,
    [QUANTA_CUDA_cuMemsetD8_v2_ptds] = x_cuMemsetD8_v2_ptds,
    [QUANTA_CUDA_cuMemsetD8Async] = x_cuMemsetD8Async,
    [QUANTA_CUDA_cuMemsetD8Async_ptsz] = x_cuMemsetD8Async_ptsz,
    [QUANTA_CUDA_cuModuleGetFunction] = x_cuModuleGetFunction,
    [QUANTA_CUDA_cuModuleGetGlobal] = x_cuModuleGetGlobal,
    [QUANTA_CUDA_cuModuleGetGlobal_v2] = x_cuModuleGetGlobal_v2,
    [QUANTA_CUDA_cuModuleLoadData] = x_cuModuleLoadData,
    [QUANTA_CUDA_cuModuleUnload] = x_cuModuleUnload,
    [QUANTA_CUDA_cuStreamCreate] = x_cuStreamCreate,
    [QUANTA_CUDA_cuStreamDestroy] = x_cuStreamDestroy,
    [QUANTA_CUDA_cuStreamDestroy_v2] = x_cuStreamDestroy_v2,
    [QUANTA_CUDA_cuStreamQuery] = x_cuStreamQuery,
    [QUANTA_CUDA_cuStreamQuery_ptsz] = x_cuStreamQuery_ptsz,
    [QUANTA_CUDA_cuStreamSynchronize] = x_cuStreamSynchronize,
    [QUANTA_CUDA_cuStreamSynchronize_ptsz] = x_cuStreamSynchronize_ptsz,
    [QUANTA_CUDA_cuStreamWaitEvent] = x_cuStreamWaitEvent,
    [QUANTA_CUDA_cuStreamWaitEvent_ptsz] = x_cuStreamWaitEvent_ptsz,
};
