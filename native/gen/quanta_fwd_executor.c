/* Generated from api/cuda-driver.json, api/nvml.json, api/forward/cuda-driver.json and api/forward/nvml.json by tools/gen (npm run gen -- emit). Do not edit. */
/* The executor's handlers: one per forwarded symbol (native/forward/fwd_executor.h). NVML's
 * return their nvmlReturn_t as the frame's result. */
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

static CUresult x_cuCtxGetApiVersion(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUcontext ctx;
    unsigned int v_version;
    uint8_t want_version = 0;
    memset(&v_version, 0, sizeof v_version);
    (void)out;
    if (quanta__fwd_take(in, &ctx, sizeof ctx) ||
        quanta__fwd_take(in, &want_version, 1) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuCtxGetApiVersion(ctx, want_version ? &v_version : NULL);
    if (want_version)
        quanta__fwd_give(out, &v_version, sizeof v_version);
    return rc;
}

static CUresult x_cuCtxGetCacheConfig(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUfunc_cache v_pconfig;
    uint8_t want_pconfig = 0;
    memset(&v_pconfig, 0, sizeof v_pconfig);
    (void)out;
    if (quanta__fwd_take(in, &want_pconfig, 1) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuCtxGetCacheConfig(want_pconfig ? &v_pconfig : NULL);
    if (want_pconfig)
        quanta__fwd_give(out, &v_pconfig, sizeof v_pconfig);
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

static CUresult x_cuCtxGetExecAffinity(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUexecAffinityParam v_pExecAffinity;
    uint8_t want_pExecAffinity = 0;
    memset(&v_pExecAffinity, 0, sizeof v_pExecAffinity);
    CUexecAffinityType type;
    (void)out;
    if (quanta__fwd_take(in, &want_pExecAffinity, 1) ||
        quanta__fwd_take(in, &type, sizeof type) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuCtxGetExecAffinity(want_pExecAffinity ? &v_pExecAffinity : NULL, type);
    if (want_pExecAffinity)
        quanta__fwd_give(out, &v_pExecAffinity, sizeof v_pExecAffinity);
    return rc;
}

static CUresult x_cuCtxGetFlags(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    unsigned int v_flags;
    uint8_t want_flags = 0;
    memset(&v_flags, 0, sizeof v_flags);
    (void)out;
    if (quanta__fwd_take(in, &want_flags, 1) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuCtxGetFlags(want_flags ? &v_flags : NULL);
    if (want_flags)
        quanta__fwd_give(out, &v_flags, sizeof v_flags);
    return rc;
}

static CUresult x_cuCtxGetId(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUcontext ctx;
    unsigned long long v_ctxId;
    uint8_t want_ctxId = 0;
    memset(&v_ctxId, 0, sizeof v_ctxId);
    (void)out;
    if (quanta__fwd_take(in, &ctx, sizeof ctx) ||
        quanta__fwd_take(in, &want_ctxId, 1) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuCtxGetId(ctx, want_ctxId ? &v_ctxId : NULL);
    if (want_ctxId)
        quanta__fwd_give(out, &v_ctxId, sizeof v_ctxId);
    return rc;
}

static CUresult x_cuCtxGetLimit(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    size_t v_pvalue;
    uint8_t want_pvalue = 0;
    memset(&v_pvalue, 0, sizeof v_pvalue);
    CUlimit limit;
    (void)out;
    if (quanta__fwd_take(in, &want_pvalue, 1) ||
        quanta__fwd_take(in, &limit, sizeof limit) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuCtxGetLimit(want_pvalue ? &v_pvalue : NULL, limit);
    if (want_pvalue)
        quanta__fwd_give(out, &v_pvalue, sizeof v_pvalue);
    return rc;
}

static CUresult x_cuCtxGetStreamPriorityRange(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    int v_leastPriority;
    uint8_t want_leastPriority = 0;
    memset(&v_leastPriority, 0, sizeof v_leastPriority);
    int v_greatestPriority;
    uint8_t want_greatestPriority = 0;
    memset(&v_greatestPriority, 0, sizeof v_greatestPriority);
    (void)out;
    if (quanta__fwd_take(in, &want_leastPriority, 1) ||
        quanta__fwd_take(in, &want_greatestPriority, 1) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuCtxGetStreamPriorityRange(want_leastPriority ? &v_leastPriority : NULL, want_greatestPriority ? &v_greatestPriority : NULL);
    if (want_leastPriority)
        quanta__fwd_give(out, &v_leastPriority, sizeof v_leastPriority);
    if (want_greatestPriority)
        quanta__fwd_give(out, &v_greatestPriority, sizeof v_greatestPriority);
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

static CUresult x_cuCtxSetCacheConfig(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUfunc_cache config;
    (void)out;
    if (quanta__fwd_take(in, &config, sizeof config) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuCtxSetCacheConfig(config);
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

static CUresult x_cuCtxSetLimit(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUlimit limit;
    size_t value;
    (void)out;
    if (quanta__fwd_take(in, &limit, sizeof limit) ||
        quanta__fwd_take(in, &value, sizeof value) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuCtxSetLimit(limit, value);
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

static CUresult x_cuDeviceCanAccessPeer(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    int v_canAccessPeer;
    uint8_t want_canAccessPeer = 0;
    memset(&v_canAccessPeer, 0, sizeof v_canAccessPeer);
    CUdevice dev;
    CUdevice peerDev;
    (void)out;
    if (quanta__fwd_take(in, &want_canAccessPeer, 1) ||
        quanta__fwd_take(in, &dev, sizeof dev) ||
        quanta__fwd_take(in, &peerDev, sizeof peerDev) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuDeviceCanAccessPeer(want_canAccessPeer ? &v_canAccessPeer : NULL, dev, peerDev);
    if (want_canAccessPeer)
        quanta__fwd_give(out, &v_canAccessPeer, sizeof v_canAccessPeer);
    return rc;
}

static CUresult x_cuDeviceComputeCapability(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    int v_major;
    uint8_t want_major = 0;
    memset(&v_major, 0, sizeof v_major);
    int v_minor;
    uint8_t want_minor = 0;
    memset(&v_minor, 0, sizeof v_minor);
    CUdevice dev;
    (void)out;
    if (quanta__fwd_take(in, &want_major, 1) ||
        quanta__fwd_take(in, &want_minor, 1) ||
        quanta__fwd_take(in, &dev, sizeof dev) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuDeviceComputeCapability(want_major ? &v_major : NULL, want_minor ? &v_minor : NULL, dev);
    if (want_major)
        quanta__fwd_give(out, &v_major, sizeof v_major);
    if (want_minor)
        quanta__fwd_give(out, &v_minor, sizeof v_minor);
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

static CUresult x_cuDeviceGetByPCIBusId(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUdevice v_dev;
    uint8_t want_dev = 0;
    memset(&v_dev, 0, sizeof v_dev);
    const char *pciBusId = NULL;
    (void)out;
    if (quanta__fwd_take(in, &want_dev, 1) ||
        quanta__fwd_take_cstring(in, &pciBusId) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuDeviceGetByPCIBusId(want_dev ? &v_dev : NULL, pciBusId);
    if (want_dev)
        quanta__fwd_give(out, &v_dev, sizeof v_dev);
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

static CUresult x_cuDeviceGetDefaultMemPool(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUmemoryPool v_pool_out;
    uint8_t want_pool_out = 0;
    memset(&v_pool_out, 0, sizeof v_pool_out);
    CUdevice dev;
    (void)out;
    if (quanta__fwd_take(in, &want_pool_out, 1) ||
        quanta__fwd_take(in, &dev, sizeof dev) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuDeviceGetDefaultMemPool(want_pool_out ? &v_pool_out : NULL, dev);
    if (want_pool_out)
        quanta__fwd_give(out, &v_pool_out, sizeof v_pool_out);
    return rc;
}

static CUresult x_cuDeviceGetExecAffinitySupport(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    int v_pi;
    uint8_t want_pi = 0;
    memset(&v_pi, 0, sizeof v_pi);
    CUexecAffinityType type;
    CUdevice dev;
    (void)out;
    if (quanta__fwd_take(in, &want_pi, 1) ||
        quanta__fwd_take(in, &type, sizeof type) ||
        quanta__fwd_take(in, &dev, sizeof dev) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuDeviceGetExecAffinitySupport(want_pi ? &v_pi : NULL, type, dev);
    if (want_pi)
        quanta__fwd_give(out, &v_pi, sizeof v_pi);
    return rc;
}

static CUresult x_cuDeviceGetMemPool(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUmemoryPool v_pool;
    uint8_t want_pool = 0;
    memset(&v_pool, 0, sizeof v_pool);
    CUdevice dev;
    (void)out;
    if (quanta__fwd_take(in, &want_pool, 1) ||
        quanta__fwd_take(in, &dev, sizeof dev) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuDeviceGetMemPool(want_pool ? &v_pool : NULL, dev);
    if (want_pool)
        quanta__fwd_give(out, &v_pool, sizeof v_pool);
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

static CUresult x_cuDeviceGetP2PAttribute(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    int v_value;
    uint8_t want_value = 0;
    memset(&v_value, 0, sizeof v_value);
    CUdevice_P2PAttribute attrib;
    CUdevice srcDevice;
    CUdevice dstDevice;
    (void)out;
    if (quanta__fwd_take(in, &want_value, 1) ||
        quanta__fwd_take(in, &attrib, sizeof attrib) ||
        quanta__fwd_take(in, &srcDevice, sizeof srcDevice) ||
        quanta__fwd_take(in, &dstDevice, sizeof dstDevice) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuDeviceGetP2PAttribute(want_value ? &v_value : NULL, attrib, srcDevice, dstDevice);
    if (want_value)
        quanta__fwd_give(out, &v_value, sizeof v_value);
    return rc;
}

static CUresult x_cuDeviceGetPCIBusId(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    void *pciBusId = NULL;
    uint8_t want_pciBusId = 0;
    int len;
    CUdevice dev;
    (void)out;
    if (quanta__fwd_take(in, &want_pciBusId, 1) ||
        quanta__fwd_take(in, &len, sizeof len) ||
        quanta__fwd_take(in, &dev, sizeof dev) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    if (want_pciBusId && (pciBusId = quanta__fwd_scratch(out, (uint64_t)(len))) == NULL)
        return CUDA_ERROR_INVALID_VALUE; /* more than a reply may carry */
    CUresult rc = cuDeviceGetPCIBusId((char *)pciBusId, len, dev);
    if (want_pciBusId)
        quanta__fwd_give_buf(out, pciBusId, rc == CUDA_SUCCESS ? (uint64_t)(len) : 0);
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

static CUresult x_cuDevicePrimaryCtxGetState(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUdevice dev;
    unsigned int v_flags;
    uint8_t want_flags = 0;
    memset(&v_flags, 0, sizeof v_flags);
    int v_active;
    uint8_t want_active = 0;
    memset(&v_active, 0, sizeof v_active);
    (void)out;
    if (quanta__fwd_take(in, &dev, sizeof dev) ||
        quanta__fwd_take(in, &want_flags, 1) ||
        quanta__fwd_take(in, &want_active, 1) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuDevicePrimaryCtxGetState(dev, want_flags ? &v_flags : NULL, want_active ? &v_active : NULL);
    if (want_flags)
        quanta__fwd_give(out, &v_flags, sizeof v_flags);
    if (want_active)
        quanta__fwd_give(out, &v_active, sizeof v_active);
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

static CUresult x_cuDevicePrimaryCtxSetFlags(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUdevice dev;
    unsigned int flags;
    (void)out;
    if (quanta__fwd_take(in, &dev, sizeof dev) ||
        quanta__fwd_take(in, &flags, sizeof flags) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuDevicePrimaryCtxSetFlags(dev, flags);
    return rc;
}

static CUresult x_cuDevicePrimaryCtxSetFlags_v2(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUdevice dev;
    unsigned int flags;
    (void)out;
    if (quanta__fwd_take(in, &dev, sizeof dev) ||
        quanta__fwd_take(in, &flags, sizeof flags) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuDevicePrimaryCtxSetFlags_v2(dev, flags);
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

static CUresult x_cuEventRecordWithFlags(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUevent hEvent;
    CUstream hStream;
    unsigned int flags;
    (void)out;
    if (quanta__fwd_take(in, &hEvent, sizeof hEvent) ||
        quanta__fwd_take(in, &hStream, sizeof hStream) ||
        quanta__fwd_take(in, &flags, sizeof flags) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuEventRecordWithFlags(hEvent, hStream, flags);
    return rc;
}

static CUresult x_cuEventRecordWithFlags_ptsz(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUevent hEvent;
    CUstream hStream;
    unsigned int flags;
    (void)out;
    if (quanta__fwd_take(in, &hEvent, sizeof hEvent) ||
        quanta__fwd_take(in, &hStream, sizeof hStream) ||
        quanta__fwd_take(in, &flags, sizeof flags) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuEventRecordWithFlags_ptsz(hEvent, hStream, flags);
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

static CUresult x_cuFuncGetModule(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUmodule v_hmod;
    uint8_t want_hmod = 0;
    memset(&v_hmod, 0, sizeof v_hmod);
    CUfunction hfunc;
    (void)out;
    if (quanta__fwd_take(in, &want_hmod, 1) ||
        quanta__fwd_take(in, &hfunc, sizeof hfunc) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuFuncGetModule(want_hmod ? &v_hmod : NULL, hfunc);
    if (want_hmod)
        quanta__fwd_give(out, &v_hmod, sizeof v_hmod);
    return rc;
}

static CUresult x_cuFuncGetName(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    const char *v_name = NULL;
    uint8_t want_name = 0;
    CUfunction hfunc;
    (void)out;
    if (quanta__fwd_take(in, &want_name, 1) ||
        quanta__fwd_take(in, &hfunc, sizeof hfunc) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuFuncGetName(want_name ? &v_name : NULL, hfunc);
    if (want_name)
        quanta__fwd_give_buf(out, v_name, rc == CUDA_SUCCESS && v_name != NULL ? strlen(v_name) + 1 : 0);
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

static CUresult x_cuFuncIsLoaded(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUfunctionLoadingState v_state;
    uint8_t want_state = 0;
    memset(&v_state, 0, sizeof v_state);
    CUfunction function;
    (void)out;
    if (quanta__fwd_take(in, &want_state, 1) ||
        quanta__fwd_take(in, &function, sizeof function) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuFuncIsLoaded(want_state ? &v_state : NULL, function);
    if (want_state)
        quanta__fwd_give(out, &v_state, sizeof v_state);
    return rc;
}

static CUresult x_cuFuncLoad(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUfunction function;
    (void)out;
    if (quanta__fwd_take(in, &function, sizeof function) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuFuncLoad(function);
    return rc;
}

static CUresult x_cuFuncSetAttribute(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUfunction hfunc;
    CUfunction_attribute attrib;
    int value;
    (void)out;
    if (quanta__fwd_take(in, &hfunc, sizeof hfunc) ||
        quanta__fwd_take(in, &attrib, sizeof attrib) ||
        quanta__fwd_take(in, &value, sizeof value) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuFuncSetAttribute(hfunc, attrib, value);
    return rc;
}

static CUresult x_cuFuncSetCacheConfig(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUfunction hfunc;
    CUfunc_cache config;
    (void)out;
    if (quanta__fwd_take(in, &hfunc, sizeof hfunc) ||
        quanta__fwd_take(in, &config, sizeof config) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuFuncSetCacheConfig(hfunc, config);
    return rc;
}

static CUresult x_cuGraphDestroy(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUgraph hGraph;
    (void)out;
    if (quanta__fwd_take(in, &hGraph, sizeof hGraph) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuGraphDestroy(hGraph);
    return rc;
}

static CUresult x_cuGraphExecDestroy(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUgraphExec hGraphExec;
    (void)out;
    if (quanta__fwd_take(in, &hGraphExec, sizeof hGraphExec) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuGraphExecDestroy(hGraphExec);
    return rc;
}

static CUresult x_cuGraphGetNodes(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUgraph hGraph;
    void *nodes = NULL;
    uint8_t want_nodes = 0;
    uint64_t before_nodes = 0;
    size_t v_numNodes;
    int has_numNodes = 0;
    (void)out;
    if (quanta__fwd_take(in, &hGraph, sizeof hGraph) ||
        quanta__fwd_take(in, &want_nodes, 1) ||
        quanta__fwd_take_opt(in, &v_numNodes, sizeof v_numNodes, &has_numNodes) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    before_nodes = has_numNodes ? (uint64_t)v_numNodes : 0;
    if (want_nodes && (before_nodes > (uint64_t)QUANTA_FWD_MAX_PAYLOAD / sizeof(CUgraphNode) ||
        (nodes = quanta__fwd_scratch(out, before_nodes * sizeof(CUgraphNode))) == NULL))
        return QUANTA__FWD_MALFORMED; /* more than a reply may carry */
    CUresult rc = cuGraphGetNodes(hGraph, (CUgraphNode *)nodes, has_numNodes ? &v_numNodes : NULL);
    if (want_nodes)
        quanta__fwd_give_buf(out, nodes, rc == 0 ? (uint64_t)(v_numNodes < before_nodes ? v_numNodes : before_nodes) * sizeof(CUgraphNode) : 0);
    if (has_numNodes)
        quanta__fwd_give(out, &v_numNodes, sizeof v_numNodes);
    return rc;
}

static CUresult x_cuGraphInstantiate(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUgraphExec v_phGraphExec;
    uint8_t want_phGraphExec = 0;
    memset(&v_phGraphExec, 0, sizeof v_phGraphExec);
    CUgraph hGraph;
    CUgraphNode v_phErrorNode;
    uint8_t want_phErrorNode = 0;
    memset(&v_phErrorNode, 0, sizeof v_phErrorNode);
    void *logBuffer = NULL;
    uint8_t want_logBuffer = 0;
    size_t bufferSize;
    (void)out;
    if (quanta__fwd_take(in, &want_phGraphExec, 1) ||
        quanta__fwd_take(in, &hGraph, sizeof hGraph) ||
        quanta__fwd_take(in, &want_phErrorNode, 1) ||
        quanta__fwd_take(in, &want_logBuffer, 1) ||
        quanta__fwd_take(in, &bufferSize, sizeof bufferSize) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    if (want_logBuffer && (logBuffer = quanta__fwd_scratch(out, (uint64_t)(bufferSize))) == NULL)
        return CUDA_ERROR_INVALID_VALUE; /* more than a reply may carry */
    CUresult rc = cuGraphInstantiate(want_phGraphExec ? &v_phGraphExec : NULL, hGraph, want_phErrorNode ? &v_phErrorNode : NULL, (char *)logBuffer, bufferSize);
    if (want_phGraphExec)
        quanta__fwd_give(out, &v_phGraphExec, sizeof v_phGraphExec);
    if (want_phErrorNode)
        quanta__fwd_give(out, &v_phErrorNode, sizeof v_phErrorNode);
    if (want_logBuffer)
        quanta__fwd_give_buf(out, logBuffer, rc == CUDA_SUCCESS ? (uint64_t)(bufferSize) : 0);
    return rc;
}

static CUresult x_cuGraphInstantiate_v2(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUgraphExec v_phGraphExec;
    uint8_t want_phGraphExec = 0;
    memset(&v_phGraphExec, 0, sizeof v_phGraphExec);
    CUgraph hGraph;
    CUgraphNode v_phErrorNode;
    uint8_t want_phErrorNode = 0;
    memset(&v_phErrorNode, 0, sizeof v_phErrorNode);
    void *logBuffer = NULL;
    uint8_t want_logBuffer = 0;
    size_t bufferSize;
    (void)out;
    if (quanta__fwd_take(in, &want_phGraphExec, 1) ||
        quanta__fwd_take(in, &hGraph, sizeof hGraph) ||
        quanta__fwd_take(in, &want_phErrorNode, 1) ||
        quanta__fwd_take(in, &want_logBuffer, 1) ||
        quanta__fwd_take(in, &bufferSize, sizeof bufferSize) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    if (want_logBuffer && (logBuffer = quanta__fwd_scratch(out, (uint64_t)(bufferSize))) == NULL)
        return CUDA_ERROR_INVALID_VALUE; /* more than a reply may carry */
    CUresult rc = cuGraphInstantiate_v2(want_phGraphExec ? &v_phGraphExec : NULL, hGraph, want_phErrorNode ? &v_phErrorNode : NULL, (char *)logBuffer, bufferSize);
    if (want_phGraphExec)
        quanta__fwd_give(out, &v_phGraphExec, sizeof v_phGraphExec);
    if (want_phErrorNode)
        quanta__fwd_give(out, &v_phErrorNode, sizeof v_phErrorNode);
    if (want_logBuffer)
        quanta__fwd_give_buf(out, logBuffer, rc == CUDA_SUCCESS ? (uint64_t)(bufferSize) : 0);
    return rc;
}

static CUresult x_cuGraphInstantiateWithFlags(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUgraphExec v_phGraphExec;
    uint8_t want_phGraphExec = 0;
    memset(&v_phGraphExec, 0, sizeof v_phGraphExec);
    CUgraph hGraph;
    unsigned long long flags;
    (void)out;
    if (quanta__fwd_take(in, &want_phGraphExec, 1) ||
        quanta__fwd_take(in, &hGraph, sizeof hGraph) ||
        quanta__fwd_take(in, &flags, sizeof flags) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuGraphInstantiateWithFlags(want_phGraphExec ? &v_phGraphExec : NULL, hGraph, flags);
    if (want_phGraphExec)
        quanta__fwd_give(out, &v_phGraphExec, sizeof v_phGraphExec);
    return rc;
}

static CUresult x_cuGraphLaunch(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUgraphExec hGraphExec;
    CUstream hStream;
    (void)out;
    if (quanta__fwd_take(in, &hGraphExec, sizeof hGraphExec) ||
        quanta__fwd_take(in, &hStream, sizeof hStream) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuGraphLaunch(hGraphExec, hStream);
    return rc;
}

static CUresult x_cuGraphLaunch_ptsz(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUgraphExec hGraphExec;
    CUstream hStream;
    (void)out;
    if (quanta__fwd_take(in, &hGraphExec, sizeof hGraphExec) ||
        quanta__fwd_take(in, &hStream, sizeof hStream) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuGraphLaunch_ptsz(hGraphExec, hStream);
    return rc;
}

static CUresult x_cuGraphUpload(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUgraphExec hGraphExec;
    CUstream hStream;
    (void)out;
    if (quanta__fwd_take(in, &hGraphExec, sizeof hGraphExec) ||
        quanta__fwd_take(in, &hStream, sizeof hStream) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuGraphUpload(hGraphExec, hStream);
    return rc;
}

static CUresult x_cuGraphUpload_ptsz(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUgraphExec hGraphExec;
    CUstream hStream;
    (void)out;
    if (quanta__fwd_take(in, &hGraphExec, sizeof hGraphExec) ||
        quanta__fwd_take(in, &hStream, sizeof hStream) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuGraphUpload_ptsz(hGraphExec, hStream);
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

static CUresult x_cuKernelGetAttribute(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    int v_pi;
    uint8_t want_pi = 0;
    memset(&v_pi, 0, sizeof v_pi);
    CUfunction_attribute attrib;
    CUkernel kernel;
    CUdevice dev;
    (void)out;
    if (quanta__fwd_take(in, &want_pi, 1) ||
        quanta__fwd_take(in, &attrib, sizeof attrib) ||
        quanta__fwd_take(in, &kernel, sizeof kernel) ||
        quanta__fwd_take(in, &dev, sizeof dev) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuKernelGetAttribute(want_pi ? &v_pi : NULL, attrib, kernel, dev);
    if (want_pi)
        quanta__fwd_give(out, &v_pi, sizeof v_pi);
    return rc;
}

static CUresult x_cuKernelGetFunction(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUfunction v_pFunc;
    uint8_t want_pFunc = 0;
    memset(&v_pFunc, 0, sizeof v_pFunc);
    CUkernel kernel;
    (void)out;
    if (quanta__fwd_take(in, &want_pFunc, 1) ||
        quanta__fwd_take(in, &kernel, sizeof kernel) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuKernelGetFunction(want_pFunc ? &v_pFunc : NULL, kernel);
    if (want_pFunc)
        quanta__fwd_give(out, &v_pFunc, sizeof v_pFunc);
    return rc;
}

static CUresult x_cuKernelGetLibrary(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUlibrary v_pLib;
    uint8_t want_pLib = 0;
    memset(&v_pLib, 0, sizeof v_pLib);
    CUkernel kernel;
    (void)out;
    if (quanta__fwd_take(in, &want_pLib, 1) ||
        quanta__fwd_take(in, &kernel, sizeof kernel) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuKernelGetLibrary(want_pLib ? &v_pLib : NULL, kernel);
    if (want_pLib)
        quanta__fwd_give(out, &v_pLib, sizeof v_pLib);
    return rc;
}

static CUresult x_cuKernelGetName(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    const char *v_name = NULL;
    uint8_t want_name = 0;
    CUkernel hfunc;
    (void)out;
    if (quanta__fwd_take(in, &want_name, 1) ||
        quanta__fwd_take(in, &hfunc, sizeof hfunc) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuKernelGetName(want_name ? &v_name : NULL, hfunc);
    if (want_name)
        quanta__fwd_give_buf(out, v_name, rc == CUDA_SUCCESS && v_name != NULL ? strlen(v_name) + 1 : 0);
    return rc;
}

static CUresult x_cuKernelGetParamInfo(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUkernel kernel;
    size_t paramIndex;
    size_t v_paramOffset;
    uint8_t want_paramOffset = 0;
    memset(&v_paramOffset, 0, sizeof v_paramOffset);
    size_t v_paramSize;
    uint8_t want_paramSize = 0;
    memset(&v_paramSize, 0, sizeof v_paramSize);
    (void)out;
    if (quanta__fwd_take(in, &kernel, sizeof kernel) ||
        quanta__fwd_take(in, &paramIndex, sizeof paramIndex) ||
        quanta__fwd_take(in, &want_paramOffset, 1) ||
        quanta__fwd_take(in, &want_paramSize, 1) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuKernelGetParamInfo(kernel, paramIndex, want_paramOffset ? &v_paramOffset : NULL, want_paramSize ? &v_paramSize : NULL);
    if (want_paramOffset)
        quanta__fwd_give(out, &v_paramOffset, sizeof v_paramOffset);
    if (want_paramSize)
        quanta__fwd_give(out, &v_paramSize, sizeof v_paramSize);
    return rc;
}

static CUresult x_cuKernelSetAttribute(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUfunction_attribute attrib;
    int val;
    CUkernel kernel;
    CUdevice dev;
    (void)out;
    if (quanta__fwd_take(in, &attrib, sizeof attrib) ||
        quanta__fwd_take(in, &val, sizeof val) ||
        quanta__fwd_take(in, &kernel, sizeof kernel) ||
        quanta__fwd_take(in, &dev, sizeof dev) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuKernelSetAttribute(attrib, val, kernel, dev);
    return rc;
}

static CUresult x_cuKernelSetCacheConfig(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUkernel kernel;
    CUfunc_cache config;
    CUdevice dev;
    (void)out;
    if (quanta__fwd_take(in, &kernel, sizeof kernel) ||
        quanta__fwd_take(in, &config, sizeof config) ||
        quanta__fwd_take(in, &dev, sizeof dev) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuKernelSetCacheConfig(kernel, config, dev);
    return rc;
}

static CUresult x_cuLaunchCooperativeKernel(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
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
    CUresult rc = cuLaunchCooperativeKernel(f, gridDimX, gridDimY, gridDimZ, blockDimX, blockDimY, blockDimZ, sharedMemBytes, hStream, kernelParams);
    return rc;
}

static CUresult x_cuLaunchCooperativeKernel_ptsz(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
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
    CUresult rc = cuLaunchCooperativeKernel_ptsz(f, gridDimX, gridDimY, gridDimZ, blockDimX, blockDimY, blockDimZ, sharedMemBytes, hStream, kernelParams);
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

static CUresult x_cuLaunchKernelEx(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    const CUlaunchConfig *config = NULL;
    CUfunction f;
    void **kernelParams = NULL;
    (void)out;
    if (quanta__fwd_take_launch_config(in, &config) ||
        quanta__fwd_take(in, &f, sizeof f) ||
        quanta__fwd_take_kernel_params(in, out, &kernelParams) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuLaunchKernelEx(config, f, kernelParams, NULL);
    return rc;
}

static CUresult x_cuLaunchKernelEx_ptsz(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    const CUlaunchConfig *config = NULL;
    CUfunction f;
    void **kernelParams = NULL;
    (void)out;
    if (quanta__fwd_take_launch_config(in, &config) ||
        quanta__fwd_take(in, &f, sizeof f) ||
        quanta__fwd_take_kernel_params(in, out, &kernelParams) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuLaunchKernelEx_ptsz(config, f, kernelParams, NULL);
    return rc;
}

static CUresult x_cuLibraryEnumerateKernels(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    void *kernels = NULL;
    uint8_t want_kernels = 0;
    unsigned int numKernels;
    CUlibrary lib;
    (void)out;
    if (quanta__fwd_take(in, &want_kernels, 1) ||
        quanta__fwd_take(in, &numKernels, sizeof numKernels) ||
        quanta__fwd_take(in, &lib, sizeof lib) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    if (want_kernels && (kernels = quanta__fwd_scratch(out, (uint64_t)((uint64_t)numKernels * sizeof(CUkernel)))) == NULL)
        return CUDA_ERROR_INVALID_VALUE; /* more than a reply may carry */
    CUresult rc = cuLibraryEnumerateKernels((CUkernel *)kernels, numKernels, lib);
    if (want_kernels)
        quanta__fwd_give_buf(out, kernels, rc == CUDA_SUCCESS ? (uint64_t)((uint64_t)numKernels * sizeof(CUkernel)) : 0);
    return rc;
}

static CUresult x_cuLibraryGetGlobal(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUdeviceptr v_dptr;
    uint8_t want_dptr = 0;
    memset(&v_dptr, 0, sizeof v_dptr);
    size_t v_bytes;
    uint8_t want_bytes = 0;
    memset(&v_bytes, 0, sizeof v_bytes);
    CUlibrary library;
    const char *name = NULL;
    (void)out;
    if (quanta__fwd_take(in, &want_dptr, 1) ||
        quanta__fwd_take(in, &want_bytes, 1) ||
        quanta__fwd_take(in, &library, sizeof library) ||
        quanta__fwd_take_cstring(in, &name) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuLibraryGetGlobal(want_dptr ? &v_dptr : NULL, want_bytes ? &v_bytes : NULL, library, name);
    if (want_dptr)
        quanta__fwd_give(out, &v_dptr, sizeof v_dptr);
    if (want_bytes)
        quanta__fwd_give(out, &v_bytes, sizeof v_bytes);
    return rc;
}

static CUresult x_cuLibraryGetKernel(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUkernel v_pKernel;
    uint8_t want_pKernel = 0;
    memset(&v_pKernel, 0, sizeof v_pKernel);
    CUlibrary library;
    const char *name = NULL;
    (void)out;
    if (quanta__fwd_take(in, &want_pKernel, 1) ||
        quanta__fwd_take(in, &library, sizeof library) ||
        quanta__fwd_take_cstring(in, &name) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuLibraryGetKernel(want_pKernel ? &v_pKernel : NULL, library, name);
    if (want_pKernel)
        quanta__fwd_give(out, &v_pKernel, sizeof v_pKernel);
    return rc;
}

static CUresult x_cuLibraryGetKernelCount(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    unsigned int v_count;
    uint8_t want_count = 0;
    memset(&v_count, 0, sizeof v_count);
    CUlibrary lib;
    (void)out;
    if (quanta__fwd_take(in, &want_count, 1) ||
        quanta__fwd_take(in, &lib, sizeof lib) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuLibraryGetKernelCount(want_count ? &v_count : NULL, lib);
    if (want_count)
        quanta__fwd_give(out, &v_count, sizeof v_count);
    return rc;
}

static CUresult x_cuLibraryGetModule(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUmodule v_pMod;
    uint8_t want_pMod = 0;
    memset(&v_pMod, 0, sizeof v_pMod);
    CUlibrary library;
    (void)out;
    if (quanta__fwd_take(in, &want_pMod, 1) ||
        quanta__fwd_take(in, &library, sizeof library) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuLibraryGetModule(want_pMod ? &v_pMod : NULL, library);
    if (want_pMod)
        quanta__fwd_give(out, &v_pMod, sizeof v_pMod);
    return rc;
}

static CUresult x_cuLibraryLoadData(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUlibrary v_library;
    uint8_t want_library = 0;
    memset(&v_library, 0, sizeof v_library);
    const void *code = NULL;
    uint64_t n_code = 0;
    struct quanta__fwd_options o_jitOptions;
    unsigned int numJitOptions;
    struct quanta__fwd_options o_libraryOptions;
    unsigned int numLibraryOptions;
    (void)out;
    if (quanta__fwd_take(in, &want_library, 1) ||
        quanta__fwd_take_image(in, out, &code, &n_code) ||
        quanta__fwd_take_options(in, QUANTA__FWD_OPT_JIT, &o_jitOptions) ||
        quanta__fwd_take(in, &numJitOptions, sizeof numJitOptions) ||
        quanta__fwd_take_options(in, QUANTA__FWD_OPT_LIBRARY, &o_libraryOptions) ||
        quanta__fwd_take(in, &numLibraryOptions, sizeof numLibraryOptions) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    if ((o_jitOptions.sent != 0 && o_jitOptions.sent != (uint64_t)(numJitOptions)) || (o_libraryOptions.sent != 0 && o_libraryOptions.sent != (uint64_t)(numLibraryOptions)))
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuLibraryLoadData(want_library ? &v_library : NULL, (const void *)code, o_jitOptions.count ? (CUjit_option *)o_jitOptions.options : NULL, o_jitOptions.count ? o_jitOptions.values : NULL, (unsigned int)o_jitOptions.count, o_libraryOptions.count ? (CUlibraryOption *)o_libraryOptions.options : NULL, o_libraryOptions.count ? o_libraryOptions.values : NULL, (unsigned int)o_libraryOptions.count);
    if (want_library)
        quanta__fwd_give(out, &v_library, sizeof v_library);
    quanta__fwd_give_options(out, &o_jitOptions, rc);
    quanta__fwd_give_options(out, &o_libraryOptions, rc);
    return rc;
}

static CUresult x_cuLibraryUnload(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUlibrary library;
    (void)out;
    if (quanta__fwd_take(in, &library, sizeof library) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuLibraryUnload(library);
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

static CUresult x_cuMemAllocAsync(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUdeviceptr v_dptr;
    uint8_t want_dptr = 0;
    memset(&v_dptr, 0, sizeof v_dptr);
    size_t bytesize;
    CUstream hStream;
    (void)out;
    if (quanta__fwd_take(in, &want_dptr, 1) ||
        quanta__fwd_take(in, &bytesize, sizeof bytesize) ||
        quanta__fwd_take(in, &hStream, sizeof hStream) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuMemAllocAsync(want_dptr ? &v_dptr : NULL, bytesize, hStream);
    if (want_dptr)
        quanta__fwd_give(out, &v_dptr, sizeof v_dptr);
    return rc;
}

static CUresult x_cuMemAllocAsync_ptsz(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUdeviceptr v_dptr;
    uint8_t want_dptr = 0;
    memset(&v_dptr, 0, sizeof v_dptr);
    size_t bytesize;
    CUstream hStream;
    (void)out;
    if (quanta__fwd_take(in, &want_dptr, 1) ||
        quanta__fwd_take(in, &bytesize, sizeof bytesize) ||
        quanta__fwd_take(in, &hStream, sizeof hStream) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuMemAllocAsync_ptsz(want_dptr ? &v_dptr : NULL, bytesize, hStream);
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

static CUresult x_cuMemFreeAsync(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUdeviceptr dptr;
    CUstream hStream;
    (void)out;
    if (quanta__fwd_take(in, &dptr, sizeof dptr) ||
        quanta__fwd_take(in, &hStream, sizeof hStream) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuMemFreeAsync(dptr, hStream);
    return rc;
}

static CUresult x_cuMemFreeAsync_ptsz(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUdeviceptr dptr;
    CUstream hStream;
    (void)out;
    if (quanta__fwd_take(in, &dptr, sizeof dptr) ||
        quanta__fwd_take(in, &hStream, sizeof hStream) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuMemFreeAsync_ptsz(dptr, hStream);
    return rc;
}

static CUresult x_cuMemGetAddressRange(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUdeviceptr_v1 v_pbase;
    uint8_t want_pbase = 0;
    memset(&v_pbase, 0, sizeof v_pbase);
    unsigned int v_psize;
    uint8_t want_psize = 0;
    memset(&v_psize, 0, sizeof v_psize);
    CUdeviceptr_v1 dptr;
    (void)out;
    if (quanta__fwd_take(in, &want_pbase, 1) ||
        quanta__fwd_take(in, &want_psize, 1) ||
        quanta__fwd_take(in, &dptr, sizeof dptr) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuMemGetAddressRange(want_pbase ? &v_pbase : NULL, want_psize ? &v_psize : NULL, dptr);
    if (want_pbase)
        quanta__fwd_give(out, &v_pbase, sizeof v_pbase);
    if (want_psize)
        quanta__fwd_give(out, &v_psize, sizeof v_psize);
    return rc;
}

static CUresult x_cuMemGetAddressRange_v2(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUdeviceptr v_pbase;
    uint8_t want_pbase = 0;
    memset(&v_pbase, 0, sizeof v_pbase);
    size_t v_psize;
    uint8_t want_psize = 0;
    memset(&v_psize, 0, sizeof v_psize);
    CUdeviceptr dptr;
    (void)out;
    if (quanta__fwd_take(in, &want_pbase, 1) ||
        quanta__fwd_take(in, &want_psize, 1) ||
        quanta__fwd_take(in, &dptr, sizeof dptr) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuMemGetAddressRange_v2(want_pbase ? &v_pbase : NULL, want_psize ? &v_psize : NULL, dptr);
    if (want_pbase)
        quanta__fwd_give(out, &v_pbase, sizeof v_pbase);
    if (want_psize)
        quanta__fwd_give(out, &v_psize, sizeof v_psize);
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

static CUresult x_cuMemPoolTrimTo(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUmemoryPool pool;
    size_t minBytesToKeep;
    (void)out;
    if (quanta__fwd_take(in, &pool, sizeof pool) ||
        quanta__fwd_take(in, &minBytesToKeep, sizeof minBytesToKeep) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuMemPoolTrimTo(pool, minBytesToKeep);
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

static CUresult x_cuMemcpyDtoDAsync(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUdeviceptr_v1 dstDevice;
    CUdeviceptr_v1 srcDevice;
    unsigned int ByteCount;
    CUstream hStream;
    (void)out;
    if (quanta__fwd_take(in, &dstDevice, sizeof dstDevice) ||
        quanta__fwd_take(in, &srcDevice, sizeof srcDevice) ||
        quanta__fwd_take(in, &ByteCount, sizeof ByteCount) ||
        quanta__fwd_take(in, &hStream, sizeof hStream) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuMemcpyDtoDAsync(dstDevice, srcDevice, ByteCount, hStream);
    return rc;
}

static CUresult x_cuMemcpyDtoDAsync_v2(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUdeviceptr dstDevice;
    CUdeviceptr srcDevice;
    size_t ByteCount;
    CUstream hStream;
    (void)out;
    if (quanta__fwd_take(in, &dstDevice, sizeof dstDevice) ||
        quanta__fwd_take(in, &srcDevice, sizeof srcDevice) ||
        quanta__fwd_take(in, &ByteCount, sizeof ByteCount) ||
        quanta__fwd_take(in, &hStream, sizeof hStream) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuMemcpyDtoDAsync_v2(dstDevice, srcDevice, ByteCount, hStream);
    return rc;
}

static CUresult x_cuMemcpyDtoDAsync_v2_ptsz(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUdeviceptr dstDevice;
    CUdeviceptr srcDevice;
    size_t ByteCount;
    CUstream hStream;
    (void)out;
    if (quanta__fwd_take(in, &dstDevice, sizeof dstDevice) ||
        quanta__fwd_take(in, &srcDevice, sizeof srcDevice) ||
        quanta__fwd_take(in, &ByteCount, sizeof ByteCount) ||
        quanta__fwd_take(in, &hStream, sizeof hStream) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuMemcpyDtoDAsync_v2_ptsz(dstDevice, srcDevice, ByteCount, hStream);
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
    if (want_dstHost && quanta__fwd_stream_begin(out, (uint64_t)(ByteCount))) {
        CUresult rc = CUDA_SUCCESS;
        const size_t piece_ = quanta__fwd_stream_piece((uint64_t)(ByteCount));
        for (uint64_t done_ = 0; done_ < (uint64_t)(ByteCount);) {
            size_t n_ = (uint64_t)(ByteCount) - done_ < piece_ ? (size_t)((uint64_t)(ByteCount) - done_) : piece_;
            void *at_ = quanta__fwd_stream_room(out, n_);
            if (at_ == NULL)
                break; /* the client went: the session ends */
            if (rc == CUDA_SUCCESS)
                rc = cuMemcpyDtoH((void *)at_, srcDevice + done_, n_);
            quanta__fwd_stream_sent(out, n_);
            done_ += n_;
        }
        return rc;
    }
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
    if (want_dstHost && quanta__fwd_stream_begin(out, (uint64_t)(ByteCount))) {
        CUresult rc = CUDA_SUCCESS;
        const size_t piece_ = quanta__fwd_stream_piece((uint64_t)(ByteCount));
        for (uint64_t done_ = 0; done_ < (uint64_t)(ByteCount);) {
            size_t n_ = (uint64_t)(ByteCount) - done_ < piece_ ? (size_t)((uint64_t)(ByteCount) - done_) : piece_;
            void *at_ = quanta__fwd_stream_room(out, n_);
            if (at_ == NULL)
                break; /* the client went: the session ends */
            if (rc == CUDA_SUCCESS)
                rc = cuMemcpyDtoH_v2((void *)at_, srcDevice + done_, n_);
            quanta__fwd_stream_sent(out, n_);
            done_ += n_;
        }
        return rc;
    }
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
    if (want_dstHost && quanta__fwd_stream_begin(out, (uint64_t)(ByteCount))) {
        CUresult rc = CUDA_SUCCESS;
        const size_t piece_ = quanta__fwd_stream_piece((uint64_t)(ByteCount));
        for (uint64_t done_ = 0; done_ < (uint64_t)(ByteCount);) {
            size_t n_ = (uint64_t)(ByteCount) - done_ < piece_ ? (size_t)((uint64_t)(ByteCount) - done_) : piece_;
            void *at_ = quanta__fwd_stream_room(out, n_);
            if (at_ == NULL)
                break; /* the client went: the session ends */
            if (rc == CUDA_SUCCESS)
                rc = cuMemcpyDtoH_v2_ptds((void *)at_, srcDevice + done_, n_);
            quanta__fwd_stream_sent(out, n_);
            done_ += n_;
        }
        return rc;
    }
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
    if (want_dstHost && quanta__fwd_stream_begin(out, (uint64_t)(ByteCount))) {
        CUresult rc = CUDA_SUCCESS;
        const size_t piece_ = quanta__fwd_stream_piece((uint64_t)(ByteCount));
        for (uint64_t done_ = 0; done_ < (uint64_t)(ByteCount);) {
            size_t n_ = (uint64_t)(ByteCount) - done_ < piece_ ? (size_t)((uint64_t)(ByteCount) - done_) : piece_;
            void *at_ = quanta__fwd_stream_room(out, n_);
            if (at_ == NULL)
                break; /* the client went: the session ends */
            if (rc == CUDA_SUCCESS)
                rc = cuMemcpyDtoHAsync((void *)at_, srcDevice + done_, n_, hStream);
            if (rc == CUDA_SUCCESS)
                rc = quanta__fwd_stream_settle(out, hStream); /* into pinned memory the copy is truly asynchronous */
            quanta__fwd_stream_sent(out, n_);
            done_ += n_;
        }
        return rc;
    }
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
    if (want_dstHost && quanta__fwd_stream_begin(out, (uint64_t)(ByteCount))) {
        CUresult rc = CUDA_SUCCESS;
        const size_t piece_ = quanta__fwd_stream_piece((uint64_t)(ByteCount));
        for (uint64_t done_ = 0; done_ < (uint64_t)(ByteCount);) {
            size_t n_ = (uint64_t)(ByteCount) - done_ < piece_ ? (size_t)((uint64_t)(ByteCount) - done_) : piece_;
            void *at_ = quanta__fwd_stream_room(out, n_);
            if (at_ == NULL)
                break; /* the client went: the session ends */
            if (rc == CUDA_SUCCESS)
                rc = cuMemcpyDtoHAsync_v2((void *)at_, srcDevice + done_, n_, hStream);
            if (rc == CUDA_SUCCESS)
                rc = quanta__fwd_stream_settle(out, hStream); /* into pinned memory the copy is truly asynchronous */
            quanta__fwd_stream_sent(out, n_);
            done_ += n_;
        }
        return rc;
    }
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
    if (want_dstHost && quanta__fwd_stream_begin(out, (uint64_t)(ByteCount))) {
        CUresult rc = CUDA_SUCCESS;
        const size_t piece_ = quanta__fwd_stream_piece((uint64_t)(ByteCount));
        for (uint64_t done_ = 0; done_ < (uint64_t)(ByteCount);) {
            size_t n_ = (uint64_t)(ByteCount) - done_ < piece_ ? (size_t)((uint64_t)(ByteCount) - done_) : piece_;
            void *at_ = quanta__fwd_stream_room(out, n_);
            if (at_ == NULL)
                break; /* the client went: the session ends */
            if (rc == CUDA_SUCCESS)
                rc = cuMemcpyDtoHAsync_v2_ptsz((void *)at_, srcDevice + done_, n_, hStream);
            if (rc == CUDA_SUCCESS)
                rc = quanta__fwd_stream_settle(out, hStream); /* into pinned memory the copy is truly asynchronous */
            quanta__fwd_stream_sent(out, n_);
            done_ += n_;
        }
        return rc;
    }
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

static CUresult x_cuMemsetD16(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUdeviceptr_v1 dstDevice;
    unsigned short us;
    unsigned int N;
    (void)out;
    if (quanta__fwd_take(in, &dstDevice, sizeof dstDevice) ||
        quanta__fwd_take(in, &us, sizeof us) ||
        quanta__fwd_take(in, &N, sizeof N) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuMemsetD16(dstDevice, us, N);
    return rc;
}

static CUresult x_cuMemsetD16_v2(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUdeviceptr dstDevice;
    unsigned short us;
    size_t N;
    (void)out;
    if (quanta__fwd_take(in, &dstDevice, sizeof dstDevice) ||
        quanta__fwd_take(in, &us, sizeof us) ||
        quanta__fwd_take(in, &N, sizeof N) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuMemsetD16_v2(dstDevice, us, N);
    return rc;
}

static CUresult x_cuMemsetD16_v2_ptds(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUdeviceptr dstDevice;
    unsigned short us;
    size_t N;
    (void)out;
    if (quanta__fwd_take(in, &dstDevice, sizeof dstDevice) ||
        quanta__fwd_take(in, &us, sizeof us) ||
        quanta__fwd_take(in, &N, sizeof N) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuMemsetD16_v2_ptds(dstDevice, us, N);
    return rc;
}

static CUresult x_cuMemsetD16Async(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUdeviceptr dstDevice;
    unsigned short us;
    size_t N;
    CUstream hStream;
    (void)out;
    if (quanta__fwd_take(in, &dstDevice, sizeof dstDevice) ||
        quanta__fwd_take(in, &us, sizeof us) ||
        quanta__fwd_take(in, &N, sizeof N) ||
        quanta__fwd_take(in, &hStream, sizeof hStream) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuMemsetD16Async(dstDevice, us, N, hStream);
    return rc;
}

static CUresult x_cuMemsetD16Async_ptsz(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUdeviceptr dstDevice;
    unsigned short us;
    size_t N;
    CUstream hStream;
    (void)out;
    if (quanta__fwd_take(in, &dstDevice, sizeof dstDevice) ||
        quanta__fwd_take(in, &us, sizeof us) ||
        quanta__fwd_take(in, &N, sizeof N) ||
        quanta__fwd_take(in, &hStream, sizeof hStream) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuMemsetD16Async_ptsz(dstDevice, us, N, hStream);
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

static CUresult x_cuModuleEnumerateFunctions(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    void *functions = NULL;
    uint8_t want_functions = 0;
    unsigned int numFunctions;
    CUmodule mod;
    (void)out;
    if (quanta__fwd_take(in, &want_functions, 1) ||
        quanta__fwd_take(in, &numFunctions, sizeof numFunctions) ||
        quanta__fwd_take(in, &mod, sizeof mod) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    if (want_functions && (functions = quanta__fwd_scratch(out, (uint64_t)((uint64_t)numFunctions * sizeof(CUfunction)))) == NULL)
        return CUDA_ERROR_INVALID_VALUE; /* more than a reply may carry */
    CUresult rc = cuModuleEnumerateFunctions((CUfunction *)functions, numFunctions, mod);
    if (want_functions)
        quanta__fwd_give_buf(out, functions, rc == CUDA_SUCCESS ? (uint64_t)((uint64_t)numFunctions * sizeof(CUfunction)) : 0);
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

static CUresult x_cuModuleGetFunctionCount(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    unsigned int v_count;
    uint8_t want_count = 0;
    memset(&v_count, 0, sizeof v_count);
    CUmodule mod;
    (void)out;
    if (quanta__fwd_take(in, &want_count, 1) ||
        quanta__fwd_take(in, &mod, sizeof mod) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuModuleGetFunctionCount(want_count ? &v_count : NULL, mod);
    if (want_count)
        quanta__fwd_give(out, &v_count, sizeof v_count);
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

static CUresult x_cuModuleGetLoadingMode(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUmoduleLoadingMode v_mode;
    uint8_t want_mode = 0;
    memset(&v_mode, 0, sizeof v_mode);
    (void)out;
    if (quanta__fwd_take(in, &want_mode, 1) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuModuleGetLoadingMode(want_mode ? &v_mode : NULL);
    if (want_mode)
        quanta__fwd_give(out, &v_mode, sizeof v_mode);
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
        quanta__fwd_take_image(in, out, &image, &n_image) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuModuleLoadData(want_module ? &v_module : NULL, (const void *)image);
    if (want_module)
        quanta__fwd_give(out, &v_module, sizeof v_module);
    return rc;
}

static CUresult x_cuModuleLoadDataEx(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUmodule v_module;
    uint8_t want_module = 0;
    memset(&v_module, 0, sizeof v_module);
    const void *image = NULL;
    uint64_t n_image = 0;
    unsigned int numOptions;
    struct quanta__fwd_options o_options;
    (void)out;
    if (quanta__fwd_take(in, &want_module, 1) ||
        quanta__fwd_take_image(in, out, &image, &n_image) ||
        quanta__fwd_take(in, &numOptions, sizeof numOptions) ||
        quanta__fwd_take_options(in, QUANTA__FWD_OPT_JIT, &o_options) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    if ((o_options.sent != 0 && o_options.sent != (uint64_t)(numOptions)))
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuModuleLoadDataEx(want_module ? &v_module : NULL, (const void *)image, (unsigned int)o_options.count, o_options.count ? (CUjit_option *)o_options.options : NULL, o_options.count ? o_options.values : NULL);
    if (want_module)
        quanta__fwd_give(out, &v_module, sizeof v_module);
    quanta__fwd_give_options(out, &o_options, rc);
    return rc;
}

static CUresult x_cuModuleLoadFatBinary(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUmodule v_module;
    uint8_t want_module = 0;
    memset(&v_module, 0, sizeof v_module);
    const void *fatCubin = NULL;
    uint64_t n_fatCubin = 0;
    (void)out;
    if (quanta__fwd_take(in, &want_module, 1) ||
        quanta__fwd_take_image(in, out, &fatCubin, &n_fatCubin) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuModuleLoadFatBinary(want_module ? &v_module : NULL, (const void *)fatCubin);
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

static CUresult x_cuOccupancyMaxActiveBlocksPerMultiprocessor(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    int v_numBlocks;
    uint8_t want_numBlocks = 0;
    memset(&v_numBlocks, 0, sizeof v_numBlocks);
    CUfunction func;
    int blockSize;
    size_t dynamicSMemSize;
    (void)out;
    if (quanta__fwd_take(in, &want_numBlocks, 1) ||
        quanta__fwd_take(in, &func, sizeof func) ||
        quanta__fwd_take(in, &blockSize, sizeof blockSize) ||
        quanta__fwd_take(in, &dynamicSMemSize, sizeof dynamicSMemSize) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuOccupancyMaxActiveBlocksPerMultiprocessor(want_numBlocks ? &v_numBlocks : NULL, func, blockSize, dynamicSMemSize);
    if (want_numBlocks)
        quanta__fwd_give(out, &v_numBlocks, sizeof v_numBlocks);
    return rc;
}

static CUresult x_cuOccupancyMaxActiveBlocksPerMultiprocessorWithFlags(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    int v_numBlocks;
    uint8_t want_numBlocks = 0;
    memset(&v_numBlocks, 0, sizeof v_numBlocks);
    CUfunction func;
    int blockSize;
    size_t dynamicSMemSize;
    unsigned int flags;
    (void)out;
    if (quanta__fwd_take(in, &want_numBlocks, 1) ||
        quanta__fwd_take(in, &func, sizeof func) ||
        quanta__fwd_take(in, &blockSize, sizeof blockSize) ||
        quanta__fwd_take(in, &dynamicSMemSize, sizeof dynamicSMemSize) ||
        quanta__fwd_take(in, &flags, sizeof flags) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuOccupancyMaxActiveBlocksPerMultiprocessorWithFlags(want_numBlocks ? &v_numBlocks : NULL, func, blockSize, dynamicSMemSize, flags);
    if (want_numBlocks)
        quanta__fwd_give(out, &v_numBlocks, sizeof v_numBlocks);
    return rc;
}

static CUresult x_cuPointerGetAttribute(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    void *data = NULL;
    uint8_t want_data = 0;
    CUpointer_attribute attribute;
    CUdeviceptr ptr;
    (void)out;
    if (quanta__fwd_take(in, &want_data, 1) ||
        quanta__fwd_take(in, &attribute, sizeof attribute) ||
        quanta__fwd_take(in, &ptr, sizeof ptr) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    if (want_data && (data = quanta__fwd_scratch(out, (uint64_t)(quanta__fwd_pointer_attribute_size(attribute)))) == NULL)
        return CUDA_ERROR_INVALID_VALUE; /* more than a reply may carry */
    CUresult rc = cuPointerGetAttribute((void *)data, attribute, ptr);
    if (want_data)
        quanta__fwd_give_buf(out, data, rc == CUDA_SUCCESS ? (uint64_t)(quanta__fwd_pointer_attribute_size(attribute)) : 0);
    return rc;
}

static CUresult x_cuStreamBeginCapture(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUstream hStream;
    (void)out;
    if (quanta__fwd_take(in, &hStream, sizeof hStream) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuStreamBeginCapture(hStream);
    return rc;
}

static CUresult x_cuStreamBeginCapture_ptsz(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUstream hStream;
    (void)out;
    if (quanta__fwd_take(in, &hStream, sizeof hStream) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuStreamBeginCapture_ptsz(hStream);
    return rc;
}

static CUresult x_cuStreamBeginCapture_v2(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUstream hStream;
    CUstreamCaptureMode mode;
    (void)out;
    if (quanta__fwd_take(in, &hStream, sizeof hStream) ||
        quanta__fwd_take(in, &mode, sizeof mode) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuStreamBeginCapture_v2(hStream, mode);
    return rc;
}

static CUresult x_cuStreamBeginCapture_v2_ptsz(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUstream hStream;
    CUstreamCaptureMode mode;
    (void)out;
    if (quanta__fwd_take(in, &hStream, sizeof hStream) ||
        quanta__fwd_take(in, &mode, sizeof mode) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuStreamBeginCapture_v2_ptsz(hStream, mode);
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

static CUresult x_cuStreamCreateWithPriority(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUstream v_phStream;
    uint8_t want_phStream = 0;
    memset(&v_phStream, 0, sizeof v_phStream);
    unsigned int flags;
    int priority;
    (void)out;
    if (quanta__fwd_take(in, &want_phStream, 1) ||
        quanta__fwd_take(in, &flags, sizeof flags) ||
        quanta__fwd_take(in, &priority, sizeof priority) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuStreamCreateWithPriority(want_phStream ? &v_phStream : NULL, flags, priority);
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

static CUresult x_cuStreamEndCapture(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUstream hStream;
    CUgraph v_phGraph;
    uint8_t want_phGraph = 0;
    memset(&v_phGraph, 0, sizeof v_phGraph);
    (void)out;
    if (quanta__fwd_take(in, &hStream, sizeof hStream) ||
        quanta__fwd_take(in, &want_phGraph, 1) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuStreamEndCapture(hStream, want_phGraph ? &v_phGraph : NULL);
    if (want_phGraph)
        quanta__fwd_give(out, &v_phGraph, sizeof v_phGraph);
    return rc;
}

static CUresult x_cuStreamEndCapture_ptsz(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUstream hStream;
    CUgraph v_phGraph;
    uint8_t want_phGraph = 0;
    memset(&v_phGraph, 0, sizeof v_phGraph);
    (void)out;
    if (quanta__fwd_take(in, &hStream, sizeof hStream) ||
        quanta__fwd_take(in, &want_phGraph, 1) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuStreamEndCapture_ptsz(hStream, want_phGraph ? &v_phGraph : NULL);
    if (want_phGraph)
        quanta__fwd_give(out, &v_phGraph, sizeof v_phGraph);
    return rc;
}

static CUresult x_cuStreamGetCaptureInfo(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUstream hStream;
    CUstreamCaptureStatus v_captureStatus_out;
    uint8_t want_captureStatus_out = 0;
    memset(&v_captureStatus_out, 0, sizeof v_captureStatus_out);
    cuuint64_t v_id_out;
    uint8_t want_id_out = 0;
    memset(&v_id_out, 0, sizeof v_id_out);
    (void)out;
    if (quanta__fwd_take(in, &hStream, sizeof hStream) ||
        quanta__fwd_take(in, &want_captureStatus_out, 1) ||
        quanta__fwd_take(in, &want_id_out, 1) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuStreamGetCaptureInfo(hStream, want_captureStatus_out ? &v_captureStatus_out : NULL, want_id_out ? &v_id_out : NULL);
    if (want_captureStatus_out)
        quanta__fwd_give(out, &v_captureStatus_out, sizeof v_captureStatus_out);
    if (want_id_out)
        quanta__fwd_give(out, &v_id_out, sizeof v_id_out);
    return rc;
}

static CUresult x_cuStreamGetCaptureInfo_ptsz(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUstream hStream;
    CUstreamCaptureStatus v_captureStatus_out;
    uint8_t want_captureStatus_out = 0;
    memset(&v_captureStatus_out, 0, sizeof v_captureStatus_out);
    cuuint64_t v_id_out;
    uint8_t want_id_out = 0;
    memset(&v_id_out, 0, sizeof v_id_out);
    (void)out;
    if (quanta__fwd_take(in, &hStream, sizeof hStream) ||
        quanta__fwd_take(in, &want_captureStatus_out, 1) ||
        quanta__fwd_take(in, &want_id_out, 1) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuStreamGetCaptureInfo_ptsz(hStream, want_captureStatus_out ? &v_captureStatus_out : NULL, want_id_out ? &v_id_out : NULL);
    if (want_captureStatus_out)
        quanta__fwd_give(out, &v_captureStatus_out, sizeof v_captureStatus_out);
    if (want_id_out)
        quanta__fwd_give(out, &v_id_out, sizeof v_id_out);
    return rc;
}

static CUresult x_cuStreamGetCaptureInfo_v2(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUstream hStream;
    CUstreamCaptureStatus v_captureStatus_out;
    uint8_t want_captureStatus_out = 0;
    memset(&v_captureStatus_out, 0, sizeof v_captureStatus_out);
    cuuint64_t v_id_out;
    uint8_t want_id_out = 0;
    memset(&v_id_out, 0, sizeof v_id_out);
    CUgraph v_graph_out;
    uint8_t want_graph_out = 0;
    memset(&v_graph_out, 0, sizeof v_graph_out);
    size_t v_numDependencies_out;
    uint8_t want_numDependencies_out = 0;
    memset(&v_numDependencies_out, 0, sizeof v_numDependencies_out);
    (void)out;
    if (quanta__fwd_take(in, &hStream, sizeof hStream) ||
        quanta__fwd_take(in, &want_captureStatus_out, 1) ||
        quanta__fwd_take(in, &want_id_out, 1) ||
        quanta__fwd_take(in, &want_graph_out, 1) ||
        quanta__fwd_take(in, &want_numDependencies_out, 1) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuStreamGetCaptureInfo_v2(hStream, want_captureStatus_out ? &v_captureStatus_out : NULL, want_id_out ? &v_id_out : NULL, want_graph_out ? &v_graph_out : NULL, NULL, want_numDependencies_out ? &v_numDependencies_out : NULL);
    if (want_captureStatus_out)
        quanta__fwd_give(out, &v_captureStatus_out, sizeof v_captureStatus_out);
    if (want_id_out)
        quanta__fwd_give(out, &v_id_out, sizeof v_id_out);
    if (want_graph_out)
        quanta__fwd_give(out, &v_graph_out, sizeof v_graph_out);
    if (want_numDependencies_out)
        quanta__fwd_give(out, &v_numDependencies_out, sizeof v_numDependencies_out);
    return rc;
}

static CUresult x_cuStreamGetCaptureInfo_v2_ptsz(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUstream hStream;
    CUstreamCaptureStatus v_captureStatus_out;
    uint8_t want_captureStatus_out = 0;
    memset(&v_captureStatus_out, 0, sizeof v_captureStatus_out);
    cuuint64_t v_id_out;
    uint8_t want_id_out = 0;
    memset(&v_id_out, 0, sizeof v_id_out);
    CUgraph v_graph_out;
    uint8_t want_graph_out = 0;
    memset(&v_graph_out, 0, sizeof v_graph_out);
    size_t v_numDependencies_out;
    uint8_t want_numDependencies_out = 0;
    memset(&v_numDependencies_out, 0, sizeof v_numDependencies_out);
    (void)out;
    if (quanta__fwd_take(in, &hStream, sizeof hStream) ||
        quanta__fwd_take(in, &want_captureStatus_out, 1) ||
        quanta__fwd_take(in, &want_id_out, 1) ||
        quanta__fwd_take(in, &want_graph_out, 1) ||
        quanta__fwd_take(in, &want_numDependencies_out, 1) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuStreamGetCaptureInfo_v2_ptsz(hStream, want_captureStatus_out ? &v_captureStatus_out : NULL, want_id_out ? &v_id_out : NULL, want_graph_out ? &v_graph_out : NULL, NULL, want_numDependencies_out ? &v_numDependencies_out : NULL);
    if (want_captureStatus_out)
        quanta__fwd_give(out, &v_captureStatus_out, sizeof v_captureStatus_out);
    if (want_id_out)
        quanta__fwd_give(out, &v_id_out, sizeof v_id_out);
    if (want_graph_out)
        quanta__fwd_give(out, &v_graph_out, sizeof v_graph_out);
    if (want_numDependencies_out)
        quanta__fwd_give(out, &v_numDependencies_out, sizeof v_numDependencies_out);
    return rc;
}

static CUresult x_cuStreamGetCaptureInfo_v3(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUstream hStream;
    CUstreamCaptureStatus v_captureStatus_out;
    uint8_t want_captureStatus_out = 0;
    memset(&v_captureStatus_out, 0, sizeof v_captureStatus_out);
    cuuint64_t v_id_out;
    uint8_t want_id_out = 0;
    memset(&v_id_out, 0, sizeof v_id_out);
    CUgraph v_graph_out;
    uint8_t want_graph_out = 0;
    memset(&v_graph_out, 0, sizeof v_graph_out);
    size_t v_numDependencies_out;
    uint8_t want_numDependencies_out = 0;
    memset(&v_numDependencies_out, 0, sizeof v_numDependencies_out);
    (void)out;
    if (quanta__fwd_take(in, &hStream, sizeof hStream) ||
        quanta__fwd_take(in, &want_captureStatus_out, 1) ||
        quanta__fwd_take(in, &want_id_out, 1) ||
        quanta__fwd_take(in, &want_graph_out, 1) ||
        quanta__fwd_take(in, &want_numDependencies_out, 1) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuStreamGetCaptureInfo_v3(hStream, want_captureStatus_out ? &v_captureStatus_out : NULL, want_id_out ? &v_id_out : NULL, want_graph_out ? &v_graph_out : NULL, NULL, NULL, want_numDependencies_out ? &v_numDependencies_out : NULL);
    if (want_captureStatus_out)
        quanta__fwd_give(out, &v_captureStatus_out, sizeof v_captureStatus_out);
    if (want_id_out)
        quanta__fwd_give(out, &v_id_out, sizeof v_id_out);
    if (want_graph_out)
        quanta__fwd_give(out, &v_graph_out, sizeof v_graph_out);
    if (want_numDependencies_out)
        quanta__fwd_give(out, &v_numDependencies_out, sizeof v_numDependencies_out);
    return rc;
}

static CUresult x_cuStreamGetCaptureInfo_v3_ptsz(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUstream hStream;
    CUstreamCaptureStatus v_captureStatus_out;
    uint8_t want_captureStatus_out = 0;
    memset(&v_captureStatus_out, 0, sizeof v_captureStatus_out);
    cuuint64_t v_id_out;
    uint8_t want_id_out = 0;
    memset(&v_id_out, 0, sizeof v_id_out);
    CUgraph v_graph_out;
    uint8_t want_graph_out = 0;
    memset(&v_graph_out, 0, sizeof v_graph_out);
    size_t v_numDependencies_out;
    uint8_t want_numDependencies_out = 0;
    memset(&v_numDependencies_out, 0, sizeof v_numDependencies_out);
    (void)out;
    if (quanta__fwd_take(in, &hStream, sizeof hStream) ||
        quanta__fwd_take(in, &want_captureStatus_out, 1) ||
        quanta__fwd_take(in, &want_id_out, 1) ||
        quanta__fwd_take(in, &want_graph_out, 1) ||
        quanta__fwd_take(in, &want_numDependencies_out, 1) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuStreamGetCaptureInfo_v3_ptsz(hStream, want_captureStatus_out ? &v_captureStatus_out : NULL, want_id_out ? &v_id_out : NULL, want_graph_out ? &v_graph_out : NULL, NULL, NULL, want_numDependencies_out ? &v_numDependencies_out : NULL);
    if (want_captureStatus_out)
        quanta__fwd_give(out, &v_captureStatus_out, sizeof v_captureStatus_out);
    if (want_id_out)
        quanta__fwd_give(out, &v_id_out, sizeof v_id_out);
    if (want_graph_out)
        quanta__fwd_give(out, &v_graph_out, sizeof v_graph_out);
    if (want_numDependencies_out)
        quanta__fwd_give(out, &v_numDependencies_out, sizeof v_numDependencies_out);
    return rc;
}

static CUresult x_cuStreamGetCtx(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUstream hStream;
    CUcontext v_pctx;
    uint8_t want_pctx = 0;
    memset(&v_pctx, 0, sizeof v_pctx);
    (void)out;
    if (quanta__fwd_take(in, &hStream, sizeof hStream) ||
        quanta__fwd_take(in, &want_pctx, 1) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuStreamGetCtx(hStream, want_pctx ? &v_pctx : NULL);
    if (want_pctx)
        quanta__fwd_give(out, &v_pctx, sizeof v_pctx);
    return rc;
}

static CUresult x_cuStreamGetCtx_ptsz(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUstream hStream;
    CUcontext v_pctx;
    uint8_t want_pctx = 0;
    memset(&v_pctx, 0, sizeof v_pctx);
    (void)out;
    if (quanta__fwd_take(in, &hStream, sizeof hStream) ||
        quanta__fwd_take(in, &want_pctx, 1) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuStreamGetCtx_ptsz(hStream, want_pctx ? &v_pctx : NULL);
    if (want_pctx)
        quanta__fwd_give(out, &v_pctx, sizeof v_pctx);
    return rc;
}

static CUresult x_cuStreamGetCtx_v2(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUstream hStream;
    CUcontext v_pCtx;
    uint8_t want_pCtx = 0;
    memset(&v_pCtx, 0, sizeof v_pCtx);
    CUgreenCtx v_pGreenCtx;
    uint8_t want_pGreenCtx = 0;
    memset(&v_pGreenCtx, 0, sizeof v_pGreenCtx);
    (void)out;
    if (quanta__fwd_take(in, &hStream, sizeof hStream) ||
        quanta__fwd_take(in, &want_pCtx, 1) ||
        quanta__fwd_take(in, &want_pGreenCtx, 1) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuStreamGetCtx_v2(hStream, want_pCtx ? &v_pCtx : NULL, want_pGreenCtx ? &v_pGreenCtx : NULL);
    if (want_pCtx)
        quanta__fwd_give(out, &v_pCtx, sizeof v_pCtx);
    if (want_pGreenCtx)
        quanta__fwd_give(out, &v_pGreenCtx, sizeof v_pGreenCtx);
    return rc;
}

static CUresult x_cuStreamGetCtx_v2_ptsz(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUstream hStream;
    CUcontext v_pCtx;
    uint8_t want_pCtx = 0;
    memset(&v_pCtx, 0, sizeof v_pCtx);
    CUgreenCtx v_pGreenCtx;
    uint8_t want_pGreenCtx = 0;
    memset(&v_pGreenCtx, 0, sizeof v_pGreenCtx);
    (void)out;
    if (quanta__fwd_take(in, &hStream, sizeof hStream) ||
        quanta__fwd_take(in, &want_pCtx, 1) ||
        quanta__fwd_take(in, &want_pGreenCtx, 1) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuStreamGetCtx_v2_ptsz(hStream, want_pCtx ? &v_pCtx : NULL, want_pGreenCtx ? &v_pGreenCtx : NULL);
    if (want_pCtx)
        quanta__fwd_give(out, &v_pCtx, sizeof v_pCtx);
    if (want_pGreenCtx)
        quanta__fwd_give(out, &v_pGreenCtx, sizeof v_pGreenCtx);
    return rc;
}

static CUresult x_cuStreamGetFlags(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUstream hStream;
    unsigned int v_flags;
    uint8_t want_flags = 0;
    memset(&v_flags, 0, sizeof v_flags);
    (void)out;
    if (quanta__fwd_take(in, &hStream, sizeof hStream) ||
        quanta__fwd_take(in, &want_flags, 1) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuStreamGetFlags(hStream, want_flags ? &v_flags : NULL);
    if (want_flags)
        quanta__fwd_give(out, &v_flags, sizeof v_flags);
    return rc;
}

static CUresult x_cuStreamGetFlags_ptsz(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUstream hStream;
    unsigned int v_flags;
    uint8_t want_flags = 0;
    memset(&v_flags, 0, sizeof v_flags);
    (void)out;
    if (quanta__fwd_take(in, &hStream, sizeof hStream) ||
        quanta__fwd_take(in, &want_flags, 1) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuStreamGetFlags_ptsz(hStream, want_flags ? &v_flags : NULL);
    if (want_flags)
        quanta__fwd_give(out, &v_flags, sizeof v_flags);
    return rc;
}

static CUresult x_cuStreamGetId(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUstream hStream;
    unsigned long long v_streamId;
    uint8_t want_streamId = 0;
    memset(&v_streamId, 0, sizeof v_streamId);
    (void)out;
    if (quanta__fwd_take(in, &hStream, sizeof hStream) ||
        quanta__fwd_take(in, &want_streamId, 1) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuStreamGetId(hStream, want_streamId ? &v_streamId : NULL);
    if (want_streamId)
        quanta__fwd_give(out, &v_streamId, sizeof v_streamId);
    return rc;
}

static CUresult x_cuStreamGetId_ptsz(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUstream hStream;
    unsigned long long v_streamId;
    uint8_t want_streamId = 0;
    memset(&v_streamId, 0, sizeof v_streamId);
    (void)out;
    if (quanta__fwd_take(in, &hStream, sizeof hStream) ||
        quanta__fwd_take(in, &want_streamId, 1) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuStreamGetId_ptsz(hStream, want_streamId ? &v_streamId : NULL);
    if (want_streamId)
        quanta__fwd_give(out, &v_streamId, sizeof v_streamId);
    return rc;
}

static CUresult x_cuStreamGetPriority(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUstream hStream;
    int v_priority;
    uint8_t want_priority = 0;
    memset(&v_priority, 0, sizeof v_priority);
    (void)out;
    if (quanta__fwd_take(in, &hStream, sizeof hStream) ||
        quanta__fwd_take(in, &want_priority, 1) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuStreamGetPriority(hStream, want_priority ? &v_priority : NULL);
    if (want_priority)
        quanta__fwd_give(out, &v_priority, sizeof v_priority);
    return rc;
}

static CUresult x_cuStreamGetPriority_ptsz(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUstream hStream;
    int v_priority;
    uint8_t want_priority = 0;
    memset(&v_priority, 0, sizeof v_priority);
    (void)out;
    if (quanta__fwd_take(in, &hStream, sizeof hStream) ||
        quanta__fwd_take(in, &want_priority, 1) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuStreamGetPriority_ptsz(hStream, want_priority ? &v_priority : NULL);
    if (want_priority)
        quanta__fwd_give(out, &v_priority, sizeof v_priority);
    return rc;
}

static CUresult x_cuStreamIsCapturing(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUstream hStream;
    CUstreamCaptureStatus v_captureStatus;
    uint8_t want_captureStatus = 0;
    memset(&v_captureStatus, 0, sizeof v_captureStatus);
    (void)out;
    if (quanta__fwd_take(in, &hStream, sizeof hStream) ||
        quanta__fwd_take(in, &want_captureStatus, 1) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuStreamIsCapturing(hStream, want_captureStatus ? &v_captureStatus : NULL);
    if (want_captureStatus)
        quanta__fwd_give(out, &v_captureStatus, sizeof v_captureStatus);
    return rc;
}

static CUresult x_cuStreamIsCapturing_ptsz(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUstream hStream;
    CUstreamCaptureStatus v_captureStatus;
    uint8_t want_captureStatus = 0;
    memset(&v_captureStatus, 0, sizeof v_captureStatus);
    (void)out;
    if (quanta__fwd_take(in, &hStream, sizeof hStream) ||
        quanta__fwd_take(in, &want_captureStatus, 1) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuStreamIsCapturing_ptsz(hStream, want_captureStatus ? &v_captureStatus : NULL);
    if (want_captureStatus)
        quanta__fwd_give(out, &v_captureStatus, sizeof v_captureStatus);
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

static CUresult x_cuThreadExchangeStreamCaptureMode(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    CUstreamCaptureMode v_mode;
    int has_mode = 0;
    (void)out;
    if (quanta__fwd_take_opt(in, &v_mode, sizeof v_mode, &has_mode) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = cuThreadExchangeStreamCaptureMode(has_mode ? &v_mode : NULL);
    if (has_mode)
        quanta__fwd_give(out, &v_mode, sizeof v_mode);
    return rc;
}

const quanta__fwd_handler quanta__fwd_handlers[QUANTA_CUDA_FN_COUNT] = {
    [QUANTA_CUDA_cuCtxCreate] = x_cuCtxCreate,
    [QUANTA_CUDA_cuCtxCreate_v2] = x_cuCtxCreate_v2,
    [QUANTA_CUDA_cuCtxCreate_v3] = x_cuCtxCreate_v3,
    [QUANTA_CUDA_cuCtxCreate_v4] = x_cuCtxCreate_v4,
    [QUANTA_CUDA_cuCtxDestroy] = x_cuCtxDestroy,
    [QUANTA_CUDA_cuCtxDestroy_v2] = x_cuCtxDestroy_v2,
    [QUANTA_CUDA_cuCtxGetApiVersion] = x_cuCtxGetApiVersion,
    [QUANTA_CUDA_cuCtxGetCacheConfig] = x_cuCtxGetCacheConfig,
    [QUANTA_CUDA_cuCtxGetCurrent] = x_cuCtxGetCurrent,
    [QUANTA_CUDA_cuCtxGetDevice] = x_cuCtxGetDevice,
    [QUANTA_CUDA_cuCtxGetDevice_v2] = x_cuCtxGetDevice_v2,
    [QUANTA_CUDA_cuCtxGetExecAffinity] = x_cuCtxGetExecAffinity,
    [QUANTA_CUDA_cuCtxGetFlags] = x_cuCtxGetFlags,
    [QUANTA_CUDA_cuCtxGetId] = x_cuCtxGetId,
    [QUANTA_CUDA_cuCtxGetLimit] = x_cuCtxGetLimit,
    [QUANTA_CUDA_cuCtxGetStreamPriorityRange] = x_cuCtxGetStreamPriorityRange,
    [QUANTA_CUDA_cuCtxPopCurrent] = x_cuCtxPopCurrent,
    [QUANTA_CUDA_cuCtxPopCurrent_v2] = x_cuCtxPopCurrent_v2,
    [QUANTA_CUDA_cuCtxPushCurrent] = x_cuCtxPushCurrent,
    [QUANTA_CUDA_cuCtxPushCurrent_v2] = x_cuCtxPushCurrent_v2,
    [QUANTA_CUDA_cuCtxSetCacheConfig] = x_cuCtxSetCacheConfig,
    [QUANTA_CUDA_cuCtxSetCurrent] = x_cuCtxSetCurrent,
    [QUANTA_CUDA_cuCtxSetLimit] = x_cuCtxSetLimit,
    [QUANTA_CUDA_cuCtxSynchronize] = x_cuCtxSynchronize,
    [QUANTA_CUDA_cuCtxSynchronize_v2] = x_cuCtxSynchronize_v2,
    [QUANTA_CUDA_cuDeviceCanAccessPeer] = x_cuDeviceCanAccessPeer,
    [QUANTA_CUDA_cuDeviceComputeCapability] = x_cuDeviceComputeCapability,
    [QUANTA_CUDA_cuDeviceGet] = x_cuDeviceGet,
    [QUANTA_CUDA_cuDeviceGetAttribute] = x_cuDeviceGetAttribute,
    [QUANTA_CUDA_cuDeviceGetByPCIBusId] = x_cuDeviceGetByPCIBusId,
    [QUANTA_CUDA_cuDeviceGetCount] = x_cuDeviceGetCount,
    [QUANTA_CUDA_cuDeviceGetDefaultMemPool] = x_cuDeviceGetDefaultMemPool,
    [QUANTA_CUDA_cuDeviceGetExecAffinitySupport] = x_cuDeviceGetExecAffinitySupport,
    [QUANTA_CUDA_cuDeviceGetMemPool] = x_cuDeviceGetMemPool,
    [QUANTA_CUDA_cuDeviceGetName] = x_cuDeviceGetName,
    [QUANTA_CUDA_cuDeviceGetP2PAttribute] = x_cuDeviceGetP2PAttribute,
    [QUANTA_CUDA_cuDeviceGetPCIBusId] = x_cuDeviceGetPCIBusId,
    [QUANTA_CUDA_cuDeviceGetUuid] = x_cuDeviceGetUuid,
    [QUANTA_CUDA_cuDeviceGetUuid_v2] = x_cuDeviceGetUuid_v2,
    [QUANTA_CUDA_cuDevicePrimaryCtxGetState] = x_cuDevicePrimaryCtxGetState,
    [QUANTA_CUDA_cuDevicePrimaryCtxRelease] = x_cuDevicePrimaryCtxRelease,
    [QUANTA_CUDA_cuDevicePrimaryCtxRelease_v2] = x_cuDevicePrimaryCtxRelease_v2,
    [QUANTA_CUDA_cuDevicePrimaryCtxReset] = x_cuDevicePrimaryCtxReset,
    [QUANTA_CUDA_cuDevicePrimaryCtxReset_v2] = x_cuDevicePrimaryCtxReset_v2,
    [QUANTA_CUDA_cuDevicePrimaryCtxRetain] = x_cuDevicePrimaryCtxRetain,
    [QUANTA_CUDA_cuDevicePrimaryCtxSetFlags] = x_cuDevicePrimaryCtxSetFlags,
    [QUANTA_CUDA_cuDevicePrimaryCtxSetFlags_v2] = x_cuDevicePrimaryCtxSetFlags_v2,
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
    [QUANTA_CUDA_cuEventRecordWithFlags] = x_cuEventRecordWithFlags,
    [QUANTA_CUDA_cuEventRecordWithFlags_ptsz] = x_cuEventRecordWithFlags_ptsz,
    [QUANTA_CUDA_cuEventSynchronize] = x_cuEventSynchronize,
    [QUANTA_CUDA_cuFuncGetAttribute] = x_cuFuncGetAttribute,
    [QUANTA_CUDA_cuFuncGetModule] = x_cuFuncGetModule,
    [QUANTA_CUDA_cuFuncGetName] = x_cuFuncGetName,
    [QUANTA_CUDA_cuFuncGetParamInfo] = x_cuFuncGetParamInfo,
    [QUANTA_CUDA_cuFuncIsLoaded] = x_cuFuncIsLoaded,
    [QUANTA_CUDA_cuFuncLoad] = x_cuFuncLoad,
    [QUANTA_CUDA_cuFuncSetAttribute] = x_cuFuncSetAttribute,
    [QUANTA_CUDA_cuFuncSetCacheConfig] = x_cuFuncSetCacheConfig,
    [QUANTA_CUDA_cuGraphDestroy] = x_cuGraphDestroy,
    [QUANTA_CUDA_cuGraphExecDestroy] = x_cuGraphExecDestroy,
    [QUANTA_CUDA_cuGraphGetNodes] = x_cuGraphGetNodes,
    [QUANTA_CUDA_cuGraphInstantiate] = x_cuGraphInstantiate,
    [QUANTA_CUDA_cuGraphInstantiate_v2] = x_cuGraphInstantiate_v2,
    [QUANTA_CUDA_cuGraphInstantiateWithFlags] = x_cuGraphInstantiateWithFlags,
    [QUANTA_CUDA_cuGraphLaunch] = x_cuGraphLaunch,
    [QUANTA_CUDA_cuGraphLaunch_ptsz] = x_cuGraphLaunch_ptsz,
    [QUANTA_CUDA_cuGraphUpload] = x_cuGraphUpload,
    [QUANTA_CUDA_cuGraphUpload_ptsz] = x_cuGraphUpload_ptsz,
    [QUANTA_CUDA_cuInit] = x_cuInit,
    [QUANTA_CUDA_cuKernelGetAttribute] = x_cuKernelGetAttribute,
    [QUANTA_CUDA_cuKernelGetFunction] = x_cuKernelGetFunction,
    [QUANTA_CUDA_cuKernelGetLibrary] = x_cuKernelGetLibrary,
    [QUANTA_CUDA_cuKernelGetName] = x_cuKernelGetName,
    [QUANTA_CUDA_cuKernelGetParamInfo] = x_cuKernelGetParamInfo,
    [QUANTA_CUDA_cuKernelSetAttribute] = x_cuKernelSetAttribute,
    [QUANTA_CUDA_cuKernelSetCacheConfig] = x_cuKernelSetCacheConfig,
    [QUANTA_CUDA_cuLaunchCooperativeKernel] = x_cuLaunchCooperativeKernel,
    [QUANTA_CUDA_cuLaunchCooperativeKernel_ptsz] = x_cuLaunchCooperativeKernel_ptsz,
    [QUANTA_CUDA_cuLaunchKernel] = x_cuLaunchKernel,
    [QUANTA_CUDA_cuLaunchKernel_ptsz] = x_cuLaunchKernel_ptsz,
    [QUANTA_CUDA_cuLaunchKernelEx] = x_cuLaunchKernelEx,
    [QUANTA_CUDA_cuLaunchKernelEx_ptsz] = x_cuLaunchKernelEx_ptsz,
    [QUANTA_CUDA_cuLibraryEnumerateKernels] = x_cuLibraryEnumerateKernels,
    [QUANTA_CUDA_cuLibraryGetGlobal] = x_cuLibraryGetGlobal,
    [QUANTA_CUDA_cuLibraryGetKernel] = x_cuLibraryGetKernel,
    [QUANTA_CUDA_cuLibraryGetKernelCount] = x_cuLibraryGetKernelCount,
    [QUANTA_CUDA_cuLibraryGetModule] = x_cuLibraryGetModule,
    [QUANTA_CUDA_cuLibraryLoadData] = x_cuLibraryLoadData,
    [QUANTA_CUDA_cuLibraryUnload] = x_cuLibraryUnload,
    [QUANTA_CUDA_cuMemAlloc] = x_cuMemAlloc,
    [QUANTA_CUDA_cuMemAlloc_v2] = x_cuMemAlloc_v2,
    [QUANTA_CUDA_cuMemAllocAsync] = x_cuMemAllocAsync,
    [QUANTA_CUDA_cuMemAllocAsync_ptsz] = x_cuMemAllocAsync_ptsz,
    [QUANTA_CUDA_cuMemFree] = x_cuMemFree,
    [QUANTA_CUDA_cuMemFree_v2] = x_cuMemFree_v2,
    [QUANTA_CUDA_cuMemFreeAsync] = x_cuMemFreeAsync,
    [QUANTA_CUDA_cuMemFreeAsync_ptsz] = x_cuMemFreeAsync_ptsz,
    [QUANTA_CUDA_cuMemGetAddressRange] = x_cuMemGetAddressRange,
    [QUANTA_CUDA_cuMemGetAddressRange_v2] = x_cuMemGetAddressRange_v2,
    [QUANTA_CUDA_cuMemGetInfo] = x_cuMemGetInfo,
    [QUANTA_CUDA_cuMemGetInfo_v2] = x_cuMemGetInfo_v2,
    [QUANTA_CUDA_cuMemPoolTrimTo] = x_cuMemPoolTrimTo,
    [QUANTA_CUDA_cuMemcpyDtoD] = x_cuMemcpyDtoD,
    [QUANTA_CUDA_cuMemcpyDtoD_v2] = x_cuMemcpyDtoD_v2,
    [QUANTA_CUDA_cuMemcpyDtoD_v2_ptds] = x_cuMemcpyDtoD_v2_ptds,
    [QUANTA_CUDA_cuMemcpyDtoDAsync] = x_cuMemcpyDtoDAsync,
    [QUANTA_CUDA_cuMemcpyDtoDAsync_v2] = x_cuMemcpyDtoDAsync_v2,
    [QUANTA_CUDA_cuMemcpyDtoDAsync_v2_ptsz] = x_cuMemcpyDtoDAsync_v2_ptsz,
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
    [QUANTA_CUDA_cuMemsetD16] = x_cuMemsetD16,
    [QUANTA_CUDA_cuMemsetD16_v2] = x_cuMemsetD16_v2,
    [QUANTA_CUDA_cuMemsetD16_v2_ptds] = x_cuMemsetD16_v2_ptds,
    [QUANTA_CUDA_cuMemsetD16Async] = x_cuMemsetD16Async,
    [QUANTA_CUDA_cuMemsetD16Async_ptsz] = x_cuMemsetD16Async_ptsz,
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
    [QUANTA_CUDA_cuModuleEnumerateFunctions] = x_cuModuleEnumerateFunctions,
    [QUANTA_CUDA_cuModuleGetFunction] = x_cuModuleGetFunction,
    [QUANTA_CUDA_cuModuleGetFunctionCount] = x_cuModuleGetFunctionCount,
    [QUANTA_CUDA_cuModuleGetGlobal] = x_cuModuleGetGlobal,
    [QUANTA_CUDA_cuModuleGetGlobal_v2] = x_cuModuleGetGlobal_v2,
    [QUANTA_CUDA_cuModuleGetLoadingMode] = x_cuModuleGetLoadingMode,
    [QUANTA_CUDA_cuModuleLoadData] = x_cuModuleLoadData,
    [QUANTA_CUDA_cuModuleLoadDataEx] = x_cuModuleLoadDataEx,
    [QUANTA_CUDA_cuModuleLoadFatBinary] = x_cuModuleLoadFatBinary,
    [QUANTA_CUDA_cuModuleUnload] = x_cuModuleUnload,
    [QUANTA_CUDA_cuOccupancyMaxActiveBlocksPerMultiprocessor] = x_cuOccupancyMaxActiveBlocksPerMultiprocessor,
    [QUANTA_CUDA_cuOccupancyMaxActiveBlocksPerMultiprocessorWithFlags] = x_cuOccupancyMaxActiveBlocksPerMultiprocessorWithFlags,
    [QUANTA_CUDA_cuPointerGetAttribute] = x_cuPointerGetAttribute,
    [QUANTA_CUDA_cuStreamBeginCapture] = x_cuStreamBeginCapture,
    [QUANTA_CUDA_cuStreamBeginCapture_ptsz] = x_cuStreamBeginCapture_ptsz,
    [QUANTA_CUDA_cuStreamBeginCapture_v2] = x_cuStreamBeginCapture_v2,
    [QUANTA_CUDA_cuStreamBeginCapture_v2_ptsz] = x_cuStreamBeginCapture_v2_ptsz,
    [QUANTA_CUDA_cuStreamCreate] = x_cuStreamCreate,
    [QUANTA_CUDA_cuStreamCreateWithPriority] = x_cuStreamCreateWithPriority,
    [QUANTA_CUDA_cuStreamDestroy] = x_cuStreamDestroy,
    [QUANTA_CUDA_cuStreamDestroy_v2] = x_cuStreamDestroy_v2,
    [QUANTA_CUDA_cuStreamEndCapture] = x_cuStreamEndCapture,
    [QUANTA_CUDA_cuStreamEndCapture_ptsz] = x_cuStreamEndCapture_ptsz,
    [QUANTA_CUDA_cuStreamGetCaptureInfo] = x_cuStreamGetCaptureInfo,
    [QUANTA_CUDA_cuStreamGetCaptureInfo_ptsz] = x_cuStreamGetCaptureInfo_ptsz,
    [QUANTA_CUDA_cuStreamGetCaptureInfo_v2] = x_cuStreamGetCaptureInfo_v2,
    [QUANTA_CUDA_cuStreamGetCaptureInfo_v2_ptsz] = x_cuStreamGetCaptureInfo_v2_ptsz,
    [QUANTA_CUDA_cuStreamGetCaptureInfo_v3] = x_cuStreamGetCaptureInfo_v3,
    [QUANTA_CUDA_cuStreamGetCaptureInfo_v3_ptsz] = x_cuStreamGetCaptureInfo_v3_ptsz,
    [QUANTA_CUDA_cuStreamGetCtx] = x_cuStreamGetCtx,
    [QUANTA_CUDA_cuStreamGetCtx_ptsz] = x_cuStreamGetCtx_ptsz,
    [QUANTA_CUDA_cuStreamGetCtx_v2] = x_cuStreamGetCtx_v2,
    [QUANTA_CUDA_cuStreamGetCtx_v2_ptsz] = x_cuStreamGetCtx_v2_ptsz,
    [QUANTA_CUDA_cuStreamGetFlags] = x_cuStreamGetFlags,
    [QUANTA_CUDA_cuStreamGetFlags_ptsz] = x_cuStreamGetFlags_ptsz,
    [QUANTA_CUDA_cuStreamGetId] = x_cuStreamGetId,
    [QUANTA_CUDA_cuStreamGetId_ptsz] = x_cuStreamGetId_ptsz,
    [QUANTA_CUDA_cuStreamGetPriority] = x_cuStreamGetPriority,
    [QUANTA_CUDA_cuStreamGetPriority_ptsz] = x_cuStreamGetPriority_ptsz,
    [QUANTA_CUDA_cuStreamIsCapturing] = x_cuStreamIsCapturing,
    [QUANTA_CUDA_cuStreamIsCapturing_ptsz] = x_cuStreamIsCapturing_ptsz,
    [QUANTA_CUDA_cuStreamQuery] = x_cuStreamQuery,
    [QUANTA_CUDA_cuStreamQuery_ptsz] = x_cuStreamQuery_ptsz,
    [QUANTA_CUDA_cuStreamSynchronize] = x_cuStreamSynchronize,
    [QUANTA_CUDA_cuStreamSynchronize_ptsz] = x_cuStreamSynchronize_ptsz,
    [QUANTA_CUDA_cuStreamWaitEvent] = x_cuStreamWaitEvent,
    [QUANTA_CUDA_cuStreamWaitEvent_ptsz] = x_cuStreamWaitEvent_ptsz,
    [QUANTA_CUDA_cuThreadExchangeStreamCaptureMode] = x_cuThreadExchangeStreamCaptureMode,
};

const unsigned char quanta__fwd_in_place[QUANTA_CUDA_FN_COUNT] = {
    [QUANTA_CUDA_cuMemcpyHtoD] = QUANTA__FWD_IN_PLACE_SYNC,
    [QUANTA_CUDA_cuMemcpyHtoD_v2] = QUANTA__FWD_IN_PLACE_SYNC,
    [QUANTA_CUDA_cuMemcpyHtoD_v2_ptds] = QUANTA__FWD_IN_PLACE_SYNC,
    [QUANTA_CUDA_cuMemcpyHtoDAsync] = QUANTA__FWD_IN_PLACE_ASYNC,
    [QUANTA_CUDA_cuMemcpyHtoDAsync_v2] = QUANTA__FWD_IN_PLACE_ASYNC,
    [QUANTA_CUDA_cuMemcpyHtoDAsync_v2_ptsz] = QUANTA__FWD_IN_PLACE_ASYNC,
};

static CUresult x_nvmlDeviceGetBAR1MemoryInfo(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    nvmlDevice_t device;
    nvmlBAR1Memory_t v_bar1Memory;
    uint8_t want_bar1Memory = 0;
    memset(&v_bar1Memory, 0, sizeof v_bar1Memory);
    (void)out;
    if (quanta__fwd_take(in, &device, sizeof device) ||
        quanta__fwd_take(in, &want_bar1Memory, 1) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = (CUresult)nvmlDeviceGetBAR1MemoryInfo(device, want_bar1Memory ? &v_bar1Memory : NULL);
    if (want_bar1Memory)
        quanta__fwd_give(out, &v_bar1Memory, sizeof v_bar1Memory);
    return rc;
}

static CUresult x_nvmlDeviceGetClockInfo(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    nvmlDevice_t device;
    nvmlClockType_t type;
    unsigned int v_clock;
    uint8_t want_clock = 0;
    memset(&v_clock, 0, sizeof v_clock);
    (void)out;
    if (quanta__fwd_take(in, &device, sizeof device) ||
        quanta__fwd_take(in, &type, sizeof type) ||
        quanta__fwd_take(in, &want_clock, 1) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = (CUresult)nvmlDeviceGetClockInfo(device, type, want_clock ? &v_clock : NULL);
    if (want_clock)
        quanta__fwd_give(out, &v_clock, sizeof v_clock);
    return rc;
}

static CUresult x_nvmlDeviceGetComputeRunningProcesses(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    nvmlDevice_t device;
    unsigned int v_infoCount;
    int has_infoCount = 0;
    void *infos = NULL;
    uint8_t want_infos = 0;
    uint64_t before_infos = 0;
    (void)out;
    if (quanta__fwd_take(in, &device, sizeof device) ||
        quanta__fwd_take_opt(in, &v_infoCount, sizeof v_infoCount, &has_infoCount) ||
        quanta__fwd_take(in, &want_infos, 1) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    before_infos = has_infoCount ? (uint64_t)v_infoCount : 0;
    if (want_infos && (before_infos > (uint64_t)QUANTA_FWD_MAX_PAYLOAD / sizeof(nvmlProcessInfo_v1_t) ||
        (infos = quanta__fwd_scratch(out, before_infos * sizeof(nvmlProcessInfo_v1_t))) == NULL))
        return QUANTA__FWD_MALFORMED; /* more than a reply may carry */
    CUresult rc = (CUresult)nvmlDeviceGetComputeRunningProcesses(device, has_infoCount ? &v_infoCount : NULL, (nvmlProcessInfo_v1_t *)infos);
    if (has_infoCount)
        quanta__fwd_give(out, &v_infoCount, sizeof v_infoCount);
    if (want_infos)
        quanta__fwd_give_buf(out, infos, rc == 0 ? (uint64_t)(v_infoCount < before_infos ? v_infoCount : before_infos) * sizeof(nvmlProcessInfo_v1_t) : 0);
    return rc;
}

static CUresult x_nvmlDeviceGetComputeRunningProcesses_v2(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    nvmlDevice_t device;
    unsigned int v_infoCount;
    int has_infoCount = 0;
    void *infos = NULL;
    uint8_t want_infos = 0;
    uint64_t before_infos = 0;
    (void)out;
    if (quanta__fwd_take(in, &device, sizeof device) ||
        quanta__fwd_take_opt(in, &v_infoCount, sizeof v_infoCount, &has_infoCount) ||
        quanta__fwd_take(in, &want_infos, 1) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    before_infos = has_infoCount ? (uint64_t)v_infoCount : 0;
    if (want_infos && (before_infos > (uint64_t)QUANTA_FWD_MAX_PAYLOAD / sizeof(nvmlProcessInfo_v2_t) ||
        (infos = quanta__fwd_scratch(out, before_infos * sizeof(nvmlProcessInfo_v2_t))) == NULL))
        return QUANTA__FWD_MALFORMED; /* more than a reply may carry */
    CUresult rc = (CUresult)nvmlDeviceGetComputeRunningProcesses_v2(device, has_infoCount ? &v_infoCount : NULL, (nvmlProcessInfo_v2_t *)infos);
    if (has_infoCount)
        quanta__fwd_give(out, &v_infoCount, sizeof v_infoCount);
    if (want_infos)
        quanta__fwd_give_buf(out, infos, rc == 0 ? (uint64_t)(v_infoCount < before_infos ? v_infoCount : before_infos) * sizeof(nvmlProcessInfo_v2_t) : 0);
    return rc;
}

static CUresult x_nvmlDeviceGetComputeRunningProcesses_v3(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    nvmlDevice_t device;
    unsigned int v_infoCount;
    int has_infoCount = 0;
    void *infos = NULL;
    uint8_t want_infos = 0;
    uint64_t before_infos = 0;
    (void)out;
    if (quanta__fwd_take(in, &device, sizeof device) ||
        quanta__fwd_take_opt(in, &v_infoCount, sizeof v_infoCount, &has_infoCount) ||
        quanta__fwd_take(in, &want_infos, 1) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    before_infos = has_infoCount ? (uint64_t)v_infoCount : 0;
    if (want_infos && (before_infos > (uint64_t)QUANTA_FWD_MAX_PAYLOAD / sizeof(nvmlProcessInfo_t) ||
        (infos = quanta__fwd_scratch(out, before_infos * sizeof(nvmlProcessInfo_t))) == NULL))
        return QUANTA__FWD_MALFORMED; /* more than a reply may carry */
    CUresult rc = (CUresult)nvmlDeviceGetComputeRunningProcesses_v3(device, has_infoCount ? &v_infoCount : NULL, (nvmlProcessInfo_t *)infos);
    if (has_infoCount)
        quanta__fwd_give(out, &v_infoCount, sizeof v_infoCount);
    if (want_infos)
        quanta__fwd_give_buf(out, infos, rc == 0 ? (uint64_t)(v_infoCount < before_infos ? v_infoCount : before_infos) * sizeof(nvmlProcessInfo_t) : 0);
    return rc;
}

static CUresult x_nvmlDeviceGetCount(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    unsigned int v_deviceCount;
    uint8_t want_deviceCount = 0;
    memset(&v_deviceCount, 0, sizeof v_deviceCount);
    (void)out;
    if (quanta__fwd_take(in, &want_deviceCount, 1) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = (CUresult)nvmlDeviceGetCount(want_deviceCount ? &v_deviceCount : NULL);
    if (want_deviceCount)
        quanta__fwd_give(out, &v_deviceCount, sizeof v_deviceCount);
    return rc;
}

static CUresult x_nvmlDeviceGetCount_v2(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    unsigned int v_deviceCount;
    uint8_t want_deviceCount = 0;
    memset(&v_deviceCount, 0, sizeof v_deviceCount);
    (void)out;
    if (quanta__fwd_take(in, &want_deviceCount, 1) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = (CUresult)nvmlDeviceGetCount_v2(want_deviceCount ? &v_deviceCount : NULL);
    if (want_deviceCount)
        quanta__fwd_give(out, &v_deviceCount, sizeof v_deviceCount);
    return rc;
}

static CUresult x_nvmlDeviceGetCudaComputeCapability(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    nvmlDevice_t device;
    int v_major;
    uint8_t want_major = 0;
    memset(&v_major, 0, sizeof v_major);
    int v_minor;
    uint8_t want_minor = 0;
    memset(&v_minor, 0, sizeof v_minor);
    (void)out;
    if (quanta__fwd_take(in, &device, sizeof device) ||
        quanta__fwd_take(in, &want_major, 1) ||
        quanta__fwd_take(in, &want_minor, 1) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = (CUresult)nvmlDeviceGetCudaComputeCapability(device, want_major ? &v_major : NULL, want_minor ? &v_minor : NULL);
    if (want_major)
        quanta__fwd_give(out, &v_major, sizeof v_major);
    if (want_minor)
        quanta__fwd_give(out, &v_minor, sizeof v_minor);
    return rc;
}

static CUresult x_nvmlDeviceGetHandleByIndex(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    unsigned int index;
    nvmlDevice_t v_device;
    uint8_t want_device = 0;
    memset(&v_device, 0, sizeof v_device);
    (void)out;
    if (quanta__fwd_take(in, &index, sizeof index) ||
        quanta__fwd_take(in, &want_device, 1) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = (CUresult)nvmlDeviceGetHandleByIndex(index, want_device ? &v_device : NULL);
    if (want_device)
        quanta__fwd_give(out, &v_device, sizeof v_device);
    return rc;
}

static CUresult x_nvmlDeviceGetHandleByIndex_v2(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    unsigned int index;
    nvmlDevice_t v_device;
    uint8_t want_device = 0;
    memset(&v_device, 0, sizeof v_device);
    (void)out;
    if (quanta__fwd_take(in, &index, sizeof index) ||
        quanta__fwd_take(in, &want_device, 1) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = (CUresult)nvmlDeviceGetHandleByIndex_v2(index, want_device ? &v_device : NULL);
    if (want_device)
        quanta__fwd_give(out, &v_device, sizeof v_device);
    return rc;
}

static CUresult x_nvmlDeviceGetHandleByPciBusId(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    const char *pciBusId = NULL;
    nvmlDevice_t v_device;
    uint8_t want_device = 0;
    memset(&v_device, 0, sizeof v_device);
    (void)out;
    if (quanta__fwd_take_cstring(in, &pciBusId) ||
        quanta__fwd_take(in, &want_device, 1) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = (CUresult)nvmlDeviceGetHandleByPciBusId(pciBusId, want_device ? &v_device : NULL);
    if (want_device)
        quanta__fwd_give(out, &v_device, sizeof v_device);
    return rc;
}

static CUresult x_nvmlDeviceGetHandleByPciBusId_v2(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    const char *pciBusId = NULL;
    nvmlDevice_t v_device;
    uint8_t want_device = 0;
    memset(&v_device, 0, sizeof v_device);
    (void)out;
    if (quanta__fwd_take_cstring(in, &pciBusId) ||
        quanta__fwd_take(in, &want_device, 1) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = (CUresult)nvmlDeviceGetHandleByPciBusId_v2(pciBusId, want_device ? &v_device : NULL);
    if (want_device)
        quanta__fwd_give(out, &v_device, sizeof v_device);
    return rc;
}

static CUresult x_nvmlDeviceGetHandleByUUID(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    const char *uuid = NULL;
    nvmlDevice_t v_device;
    uint8_t want_device = 0;
    memset(&v_device, 0, sizeof v_device);
    (void)out;
    if (quanta__fwd_take_cstring(in, &uuid) ||
        quanta__fwd_take(in, &want_device, 1) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = (CUresult)nvmlDeviceGetHandleByUUID(uuid, want_device ? &v_device : NULL);
    if (want_device)
        quanta__fwd_give(out, &v_device, sizeof v_device);
    return rc;
}

static CUresult x_nvmlDeviceGetIndex(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    nvmlDevice_t device;
    unsigned int v_index;
    uint8_t want_index = 0;
    memset(&v_index, 0, sizeof v_index);
    (void)out;
    if (quanta__fwd_take(in, &device, sizeof device) ||
        quanta__fwd_take(in, &want_index, 1) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = (CUresult)nvmlDeviceGetIndex(device, want_index ? &v_index : NULL);
    if (want_index)
        quanta__fwd_give(out, &v_index, sizeof v_index);
    return rc;
}

static CUresult x_nvmlDeviceGetMaxClockInfo(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    nvmlDevice_t device;
    nvmlClockType_t type;
    unsigned int v_clock;
    uint8_t want_clock = 0;
    memset(&v_clock, 0, sizeof v_clock);
    (void)out;
    if (quanta__fwd_take(in, &device, sizeof device) ||
        quanta__fwd_take(in, &type, sizeof type) ||
        quanta__fwd_take(in, &want_clock, 1) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = (CUresult)nvmlDeviceGetMaxClockInfo(device, type, want_clock ? &v_clock : NULL);
    if (want_clock)
        quanta__fwd_give(out, &v_clock, sizeof v_clock);
    return rc;
}

static CUresult x_nvmlDeviceGetMemoryInfo(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    nvmlDevice_t device;
    nvmlMemory_t v_memory;
    int has_memory = 0;
    (void)out;
    if (quanta__fwd_take(in, &device, sizeof device) ||
        quanta__fwd_take_opt(in, &v_memory, sizeof v_memory, &has_memory) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = (CUresult)nvmlDeviceGetMemoryInfo(device, has_memory ? &v_memory : NULL);
    if (has_memory)
        quanta__fwd_give(out, &v_memory, sizeof v_memory);
    return rc;
}

static CUresult x_nvmlDeviceGetMemoryInfo_v2(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    nvmlDevice_t device;
    nvmlMemory_v2_t v_memory;
    int has_memory = 0;
    (void)out;
    if (quanta__fwd_take(in, &device, sizeof device) ||
        quanta__fwd_take_opt(in, &v_memory, sizeof v_memory, &has_memory) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = (CUresult)nvmlDeviceGetMemoryInfo_v2(device, has_memory ? &v_memory : NULL);
    if (has_memory)
        quanta__fwd_give(out, &v_memory, sizeof v_memory);
    return rc;
}

static CUresult x_nvmlDeviceGetMigMode(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    nvmlDevice_t device;
    unsigned int v_currentMode;
    uint8_t want_currentMode = 0;
    memset(&v_currentMode, 0, sizeof v_currentMode);
    unsigned int v_pendingMode;
    uint8_t want_pendingMode = 0;
    memset(&v_pendingMode, 0, sizeof v_pendingMode);
    (void)out;
    if (quanta__fwd_take(in, &device, sizeof device) ||
        quanta__fwd_take(in, &want_currentMode, 1) ||
        quanta__fwd_take(in, &want_pendingMode, 1) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = (CUresult)nvmlDeviceGetMigMode(device, want_currentMode ? &v_currentMode : NULL, want_pendingMode ? &v_pendingMode : NULL);
    if (want_currentMode)
        quanta__fwd_give(out, &v_currentMode, sizeof v_currentMode);
    if (want_pendingMode)
        quanta__fwd_give(out, &v_pendingMode, sizeof v_pendingMode);
    return rc;
}

static CUresult x_nvmlDeviceGetMinorNumber(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    nvmlDevice_t device;
    unsigned int v_minorNumber;
    uint8_t want_minorNumber = 0;
    memset(&v_minorNumber, 0, sizeof v_minorNumber);
    (void)out;
    if (quanta__fwd_take(in, &device, sizeof device) ||
        quanta__fwd_take(in, &want_minorNumber, 1) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = (CUresult)nvmlDeviceGetMinorNumber(device, want_minorNumber ? &v_minorNumber : NULL);
    if (want_minorNumber)
        quanta__fwd_give(out, &v_minorNumber, sizeof v_minorNumber);
    return rc;
}

static CUresult x_nvmlDeviceGetName(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    nvmlDevice_t device;
    void *name = NULL;
    uint8_t want_name = 0;
    unsigned int length;
    (void)out;
    if (quanta__fwd_take(in, &device, sizeof device) ||
        quanta__fwd_take(in, &want_name, 1) ||
        quanta__fwd_take(in, &length, sizeof length) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    if (want_name && (name = quanta__fwd_scratch(out, (uint64_t)(length))) == NULL)
        return CUDA_ERROR_INVALID_VALUE; /* more than a reply may carry */
    CUresult rc = (CUresult)nvmlDeviceGetName(device, (char *)name, length);
    if (want_name)
        quanta__fwd_give_buf(out, name, rc == CUDA_SUCCESS ? (uint64_t)(length) : 0);
    return rc;
}

static CUresult x_nvmlDeviceGetNvLinkState(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    nvmlDevice_t device;
    unsigned int link;
    nvmlEnableState_t v_isActive;
    uint8_t want_isActive = 0;
    memset(&v_isActive, 0, sizeof v_isActive);
    (void)out;
    if (quanta__fwd_take(in, &device, sizeof device) ||
        quanta__fwd_take(in, &link, sizeof link) ||
        quanta__fwd_take(in, &want_isActive, 1) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = (CUresult)nvmlDeviceGetNvLinkState(device, link, want_isActive ? &v_isActive : NULL);
    if (want_isActive)
        quanta__fwd_give(out, &v_isActive, sizeof v_isActive);
    return rc;
}

static CUresult x_nvmlDeviceGetP2PStatus(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    nvmlDevice_t device1;
    nvmlDevice_t device2;
    nvmlGpuP2PCapsIndex_t p2pIndex;
    nvmlGpuP2PStatus_t v_p2pStatus;
    uint8_t want_p2pStatus = 0;
    memset(&v_p2pStatus, 0, sizeof v_p2pStatus);
    (void)out;
    if (quanta__fwd_take(in, &device1, sizeof device1) ||
        quanta__fwd_take(in, &device2, sizeof device2) ||
        quanta__fwd_take(in, &p2pIndex, sizeof p2pIndex) ||
        quanta__fwd_take(in, &want_p2pStatus, 1) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = (CUresult)nvmlDeviceGetP2PStatus(device1, device2, p2pIndex, want_p2pStatus ? &v_p2pStatus : NULL);
    if (want_p2pStatus)
        quanta__fwd_give(out, &v_p2pStatus, sizeof v_p2pStatus);
    return rc;
}

static CUresult x_nvmlDeviceGetPciInfo(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    nvmlDevice_t device;
    nvmlPciInfo_t v_pci;
    uint8_t want_pci = 0;
    memset(&v_pci, 0, sizeof v_pci);
    (void)out;
    if (quanta__fwd_take(in, &device, sizeof device) ||
        quanta__fwd_take(in, &want_pci, 1) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = (CUresult)nvmlDeviceGetPciInfo(device, want_pci ? &v_pci : NULL);
    if (want_pci)
        quanta__fwd_give(out, &v_pci, sizeof v_pci);
    return rc;
}

static CUresult x_nvmlDeviceGetPciInfo_v2(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    nvmlDevice_t device;
    nvmlPciInfo_t v_pci;
    uint8_t want_pci = 0;
    memset(&v_pci, 0, sizeof v_pci);
    (void)out;
    if (quanta__fwd_take(in, &device, sizeof device) ||
        quanta__fwd_take(in, &want_pci, 1) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = (CUresult)nvmlDeviceGetPciInfo_v2(device, want_pci ? &v_pci : NULL);
    if (want_pci)
        quanta__fwd_give(out, &v_pci, sizeof v_pci);
    return rc;
}

static CUresult x_nvmlDeviceGetPciInfo_v3(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    nvmlDevice_t device;
    nvmlPciInfo_t v_pci;
    uint8_t want_pci = 0;
    memset(&v_pci, 0, sizeof v_pci);
    (void)out;
    if (quanta__fwd_take(in, &device, sizeof device) ||
        quanta__fwd_take(in, &want_pci, 1) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = (CUresult)nvmlDeviceGetPciInfo_v3(device, want_pci ? &v_pci : NULL);
    if (want_pci)
        quanta__fwd_give(out, &v_pci, sizeof v_pci);
    return rc;
}

static CUresult x_nvmlDeviceGetPowerManagementLimit(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    nvmlDevice_t device;
    unsigned int v_limit;
    uint8_t want_limit = 0;
    memset(&v_limit, 0, sizeof v_limit);
    (void)out;
    if (quanta__fwd_take(in, &device, sizeof device) ||
        quanta__fwd_take(in, &want_limit, 1) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = (CUresult)nvmlDeviceGetPowerManagementLimit(device, want_limit ? &v_limit : NULL);
    if (want_limit)
        quanta__fwd_give(out, &v_limit, sizeof v_limit);
    return rc;
}

static CUresult x_nvmlDeviceGetPowerUsage(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    nvmlDevice_t device;
    unsigned int v_power;
    uint8_t want_power = 0;
    memset(&v_power, 0, sizeof v_power);
    (void)out;
    if (quanta__fwd_take(in, &device, sizeof device) ||
        quanta__fwd_take(in, &want_power, 1) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = (CUresult)nvmlDeviceGetPowerUsage(device, want_power ? &v_power : NULL);
    if (want_power)
        quanta__fwd_give(out, &v_power, sizeof v_power);
    return rc;
}

static CUresult x_nvmlDeviceGetTemperature(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    nvmlDevice_t device;
    nvmlTemperatureSensors_t sensorType;
    unsigned int v_temp;
    uint8_t want_temp = 0;
    memset(&v_temp, 0, sizeof v_temp);
    (void)out;
    if (quanta__fwd_take(in, &device, sizeof device) ||
        quanta__fwd_take(in, &sensorType, sizeof sensorType) ||
        quanta__fwd_take(in, &want_temp, 1) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = (CUresult)nvmlDeviceGetTemperature(device, sensorType, want_temp ? &v_temp : NULL);
    if (want_temp)
        quanta__fwd_give(out, &v_temp, sizeof v_temp);
    return rc;
}

static CUresult x_nvmlDeviceGetUUID(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    nvmlDevice_t device;
    void *uuid = NULL;
    uint8_t want_uuid = 0;
    unsigned int length;
    (void)out;
    if (quanta__fwd_take(in, &device, sizeof device) ||
        quanta__fwd_take(in, &want_uuid, 1) ||
        quanta__fwd_take(in, &length, sizeof length) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    if (want_uuid && (uuid = quanta__fwd_scratch(out, (uint64_t)(length))) == NULL)
        return CUDA_ERROR_INVALID_VALUE; /* more than a reply may carry */
    CUresult rc = (CUresult)nvmlDeviceGetUUID(device, (char *)uuid, length);
    if (want_uuid)
        quanta__fwd_give_buf(out, uuid, rc == CUDA_SUCCESS ? (uint64_t)(length) : 0);
    return rc;
}

static CUresult x_nvmlDeviceGetUtilizationRates(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    nvmlDevice_t device;
    nvmlUtilization_t v_utilization;
    uint8_t want_utilization = 0;
    memset(&v_utilization, 0, sizeof v_utilization);
    (void)out;
    if (quanta__fwd_take(in, &device, sizeof device) ||
        quanta__fwd_take(in, &want_utilization, 1) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = (CUresult)nvmlDeviceGetUtilizationRates(device, want_utilization ? &v_utilization : NULL);
    if (want_utilization)
        quanta__fwd_give(out, &v_utilization, sizeof v_utilization);
    return rc;
}

static CUresult x_nvmlInit(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    (void)out;
    if (0 || quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = (CUresult)nvmlInit();
    return rc;
}

static CUresult x_nvmlInit_v2(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    (void)out;
    if (0 || quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = (CUresult)nvmlInit_v2();
    return rc;
}

static CUresult x_nvmlInitWithFlags(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    unsigned int flags;
    (void)out;
    if (quanta__fwd_take(in, &flags, sizeof flags) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = (CUresult)nvmlInitWithFlags(flags);
    return rc;
}

static CUresult x_nvmlShutdown(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    (void)out;
    if (0 || quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = (CUresult)nvmlShutdown();
    return rc;
}

static CUresult x_nvmlSystemGetCudaDriverVersion(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    int v_cudaDriverVersion;
    uint8_t want_cudaDriverVersion = 0;
    memset(&v_cudaDriverVersion, 0, sizeof v_cudaDriverVersion);
    (void)out;
    if (quanta__fwd_take(in, &want_cudaDriverVersion, 1) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = (CUresult)nvmlSystemGetCudaDriverVersion(want_cudaDriverVersion ? &v_cudaDriverVersion : NULL);
    if (want_cudaDriverVersion)
        quanta__fwd_give(out, &v_cudaDriverVersion, sizeof v_cudaDriverVersion);
    return rc;
}

static CUresult x_nvmlSystemGetCudaDriverVersion_v2(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    int v_cudaDriverVersion;
    uint8_t want_cudaDriverVersion = 0;
    memset(&v_cudaDriverVersion, 0, sizeof v_cudaDriverVersion);
    (void)out;
    if (quanta__fwd_take(in, &want_cudaDriverVersion, 1) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    CUresult rc = (CUresult)nvmlSystemGetCudaDriverVersion_v2(want_cudaDriverVersion ? &v_cudaDriverVersion : NULL);
    if (want_cudaDriverVersion)
        quanta__fwd_give(out, &v_cudaDriverVersion, sizeof v_cudaDriverVersion);
    return rc;
}

static CUresult x_nvmlSystemGetDriverVersion(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    void *version = NULL;
    uint8_t want_version = 0;
    unsigned int length;
    (void)out;
    if (quanta__fwd_take(in, &want_version, 1) ||
        quanta__fwd_take(in, &length, sizeof length) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    if (want_version && (version = quanta__fwd_scratch(out, (uint64_t)(length))) == NULL)
        return CUDA_ERROR_INVALID_VALUE; /* more than a reply may carry */
    CUresult rc = (CUresult)nvmlSystemGetDriverVersion((char *)version, length);
    if (want_version)
        quanta__fwd_give_buf(out, version, rc == CUDA_SUCCESS ? (uint64_t)(length) : 0);
    return rc;
}

static CUresult x_nvmlSystemGetNVMLVersion(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
    void *version = NULL;
    uint8_t want_version = 0;
    unsigned int length;
    (void)out;
    if (quanta__fwd_take(in, &want_version, 1) ||
        quanta__fwd_take(in, &length, sizeof length) ||
        quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
    if (want_version && (version = quanta__fwd_scratch(out, (uint64_t)(length))) == NULL)
        return CUDA_ERROR_INVALID_VALUE; /* more than a reply may carry */
    CUresult rc = (CUresult)nvmlSystemGetNVMLVersion((char *)version, length);
    if (want_version)
        quanta__fwd_give_buf(out, version, rc == CUDA_SUCCESS ? (uint64_t)(length) : 0);
    return rc;
}

const quanta__fwd_handler quanta__fwd_nvml_handlers[QUANTA_NVML_FN_COUNT] = {
    [QUANTA_NVML_nvmlDeviceGetBAR1MemoryInfo] = x_nvmlDeviceGetBAR1MemoryInfo,
    [QUANTA_NVML_nvmlDeviceGetClockInfo] = x_nvmlDeviceGetClockInfo,
    [QUANTA_NVML_nvmlDeviceGetComputeRunningProcesses] = x_nvmlDeviceGetComputeRunningProcesses,
    [QUANTA_NVML_nvmlDeviceGetComputeRunningProcesses_v2] = x_nvmlDeviceGetComputeRunningProcesses_v2,
    [QUANTA_NVML_nvmlDeviceGetComputeRunningProcesses_v3] = x_nvmlDeviceGetComputeRunningProcesses_v3,
    [QUANTA_NVML_nvmlDeviceGetCount] = x_nvmlDeviceGetCount,
    [QUANTA_NVML_nvmlDeviceGetCount_v2] = x_nvmlDeviceGetCount_v2,
    [QUANTA_NVML_nvmlDeviceGetCudaComputeCapability] = x_nvmlDeviceGetCudaComputeCapability,
    [QUANTA_NVML_nvmlDeviceGetHandleByIndex] = x_nvmlDeviceGetHandleByIndex,
    [QUANTA_NVML_nvmlDeviceGetHandleByIndex_v2] = x_nvmlDeviceGetHandleByIndex_v2,
    [QUANTA_NVML_nvmlDeviceGetHandleByPciBusId] = x_nvmlDeviceGetHandleByPciBusId,
    [QUANTA_NVML_nvmlDeviceGetHandleByPciBusId_v2] = x_nvmlDeviceGetHandleByPciBusId_v2,
    [QUANTA_NVML_nvmlDeviceGetHandleByUUID] = x_nvmlDeviceGetHandleByUUID,
    [QUANTA_NVML_nvmlDeviceGetIndex] = x_nvmlDeviceGetIndex,
    [QUANTA_NVML_nvmlDeviceGetMaxClockInfo] = x_nvmlDeviceGetMaxClockInfo,
    [QUANTA_NVML_nvmlDeviceGetMemoryInfo] = x_nvmlDeviceGetMemoryInfo,
    [QUANTA_NVML_nvmlDeviceGetMemoryInfo_v2] = x_nvmlDeviceGetMemoryInfo_v2,
    [QUANTA_NVML_nvmlDeviceGetMigMode] = x_nvmlDeviceGetMigMode,
    [QUANTA_NVML_nvmlDeviceGetMinorNumber] = x_nvmlDeviceGetMinorNumber,
    [QUANTA_NVML_nvmlDeviceGetName] = x_nvmlDeviceGetName,
    [QUANTA_NVML_nvmlDeviceGetNvLinkState] = x_nvmlDeviceGetNvLinkState,
    [QUANTA_NVML_nvmlDeviceGetP2PStatus] = x_nvmlDeviceGetP2PStatus,
    [QUANTA_NVML_nvmlDeviceGetPciInfo] = x_nvmlDeviceGetPciInfo,
    [QUANTA_NVML_nvmlDeviceGetPciInfo_v2] = x_nvmlDeviceGetPciInfo_v2,
    [QUANTA_NVML_nvmlDeviceGetPciInfo_v3] = x_nvmlDeviceGetPciInfo_v3,
    [QUANTA_NVML_nvmlDeviceGetPowerManagementLimit] = x_nvmlDeviceGetPowerManagementLimit,
    [QUANTA_NVML_nvmlDeviceGetPowerUsage] = x_nvmlDeviceGetPowerUsage,
    [QUANTA_NVML_nvmlDeviceGetTemperature] = x_nvmlDeviceGetTemperature,
    [QUANTA_NVML_nvmlDeviceGetUUID] = x_nvmlDeviceGetUUID,
    [QUANTA_NVML_nvmlDeviceGetUtilizationRates] = x_nvmlDeviceGetUtilizationRates,
    [QUANTA_NVML_nvmlInit] = x_nvmlInit,
    [QUANTA_NVML_nvmlInit_v2] = x_nvmlInit_v2,
    [QUANTA_NVML_nvmlInitWithFlags] = x_nvmlInitWithFlags,
    [QUANTA_NVML_nvmlShutdown] = x_nvmlShutdown,
    [QUANTA_NVML_nvmlSystemGetCudaDriverVersion] = x_nvmlSystemGetCudaDriverVersion,
    [QUANTA_NVML_nvmlSystemGetCudaDriverVersion_v2] = x_nvmlSystemGetCudaDriverVersion_v2,
    [QUANTA_NVML_nvmlSystemGetDriverVersion] = x_nvmlSystemGetDriverVersion,
    [QUANTA_NVML_nvmlSystemGetNVMLVersion] = x_nvmlSystemGetNVMLVersion,
};
