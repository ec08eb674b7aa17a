/*
 * launch.c - kernel launches: validation as the driver does it, then one kernel
 * operation queued on the stream.
 *
 * Launch arguments are copied at launch time into the operation (the application may
 * reuse its argument storage as soon as the call returns, as with CUDA), either from
 * kernelParams (an array of pointers, one per parameter) or from a packed buffer passed
 * through `extra` (CU_LAUNCH_PARAM_BUFFER_POINTER / _SIZE). Grid, block and shared
 * memory sizes are checked against the simulated device's limits but do not change
 * what the built-in kernel does.
 */
#include "fake.h"

#include <string.h>

struct launch {
    CUfunction f;
    unsigned grid[3], block[3];
    unsigned shared;
    CUstream stream;
    void **params;
    void **extra;
    int cooperative;
};

static CUresult check_dims(const struct launch *l)
{
    for (int i = 0; i < 3; i++)
        if (l->grid[i] == 0 || l->block[i] == 0)
            return CUDA_ERROR_INVALID_VALUE;
    if (l->grid[0] > 2147483647u || l->grid[1] > 65535 || l->grid[2] > 65535)
        return CUDA_ERROR_INVALID_VALUE;
    if (l->block[0] > 1024 || l->block[1] > 1024 || l->block[2] > 64 ||
        (uint64_t)l->block[0] * l->block[1] * l->block[2] > 1024)
        return CUDA_ERROR_INVALID_VALUE;
    return CUDA_SUCCESS;
}

/* Packs the kernel's arguments into args. */
static CUresult pack_args(const struct fake__kernel_def *def, void **params, void **extra,
                          unsigned char *args)
{
    size_t need = fake__kernel_args_size(def);
    if (params != NULL && extra != NULL)
        return CUDA_ERROR_INVALID_VALUE;
    if (need == 0)
        return CUDA_SUCCESS;
    if (params != NULL) {
        for (int i = 0; i < def->nparams; i++) {
            if (params[i] == NULL)
                return CUDA_ERROR_INVALID_VALUE;
            memcpy(args + fake__kernel_param_offset(def, i), params[i], def->param_size[i]);
        }
        return CUDA_SUCCESS;
    }
    const void *buf = NULL;
    size_t size = 0;
    int have_size = 0;
    for (int i = 0; extra != NULL && extra[i] != CU_LAUNCH_PARAM_END && i < 64; i += 2) {
        if (extra[i] == CU_LAUNCH_PARAM_BUFFER_POINTER) {
            buf = extra[i + 1];
        } else if (extra[i] == CU_LAUNCH_PARAM_BUFFER_SIZE) {
            if (extra[i + 1] == NULL)
                return CUDA_ERROR_INVALID_VALUE;
            size = *(const size_t *)extra[i + 1];
            have_size = 1;
        } else {
            return CUDA_ERROR_INVALID_VALUE;
        }
    }
    if (buf == NULL || !have_size || size < need)
        return CUDA_ERROR_INVALID_VALUE;
    memcpy(args, buf, need);
    return CUDA_SUCCESS;
}

static CUresult launch(const struct launch *l)
{
    CUresult rc = fake__initialized();
    if (rc != CUDA_SUCCESS)
        return rc;
    rc = check_dims(l);
    if (rc != CUDA_SUCCESS)
        return rc;
    fake__lock();
    struct fake__func *fn = fake__func_get(l->f);
    struct fake__stream *s = NULL;
    struct fake__op *op = NULL;
    if (fn == NULL)
        rc = CUDA_ERROR_INVALID_HANDLE;
    if (rc == CUDA_SUCCESS)
        rc = fake__stream_resolve(l->stream, &s);
    if (rc == CUDA_SUCCESS && fake__func_ctx(fn) != NULL && fake__func_ctx(fn) != s->ctx)
        rc = CUDA_ERROR_INVALID_HANDLE;  /* a module's function runs in its context only */
    if (rc == CUDA_SUCCESS && l->shared > (unsigned)fn->max_dynamic_shared &&
        l->shared > 49152u)
        rc = CUDA_ERROR_INVALID_VALUE;
    if (rc == CUDA_SUCCESS && l->cooperative) {
        uint64_t threads = (uint64_t)l->block[0] * l->block[1] * l->block[2];
        uint64_t per_sm = 2048 / threads < 32 ? 2048 / threads : 32;
        if ((uint64_t)l->grid[0] * l->grid[1] * l->grid[2] > 132 * per_sm)
            rc = CUDA_ERROR_COOPERATIVE_LAUNCH_TOO_LARGE;
    }
    if (rc == CUDA_SUCCESS) {
        op = fake__op_new(FAKE__OP_KERNEL);
        if (op == NULL)
            rc = CUDA_ERROR_OUT_OF_MEMORY;
    }
    if (rc == CUDA_SUCCESS) {
        op->u.kernel.def = fn->def;
        rc = pack_args(fn->def, l->params, l->extra, op->u.kernel.args);
        if (rc == CUDA_SUCCESS)
            rc = fake__submit(s, op);
        else
            fake__op_free(op);
    }
    fake__unlock();
    return rc;
}

/* Contract: queues f on hStream (NULL: the current context's NULL stream) and returns
 * at once. Errors: CUDA_ERROR_INVALID_HANDLE for an unknown function or one of another
 * context, CUDA_ERROR_INVALID_VALUE for zero or oversized dimensions, missing or
 * doubly given parameters; the context's sticky error after a fault. */
CUresult cuLaunchKernel(CUfunction f, unsigned int gridDimX, unsigned int gridDimY,
                        unsigned int gridDimZ, unsigned int blockDimX, unsigned int blockDimY,
                        unsigned int blockDimZ, unsigned int sharedMemBytes, CUstream hStream,
                        void **kernelParams, void **extra)
{
    int e = errno;
    struct launch l = {f, {gridDimX, gridDimY, gridDimZ}, {blockDimX, blockDimY, blockDimZ},
                       sharedMemBytes, hStream, kernelParams, extra, 0};
    return fake__done(e, launch(&l));
}

/* Contract: as cuLaunchKernel with the configuration in config; the cooperative
 * attribute is honoured (size check), the other attributes are accepted. */
CUresult cuLaunchKernelEx(const CUlaunchConfig *config, CUfunction f, void **kernelParams, void **extra)
{
    int e = errno;
    if (config == NULL || (config->numAttrs > 0 && config->attrs == NULL))
        return fake__done(e, fake__bad_arg());
    struct launch l = {f,
                       {config->gridDimX, config->gridDimY, config->gridDimZ},
                       {config->blockDimX, config->blockDimY, config->blockDimZ},
                       config->sharedMemBytes,
                       config->hStream,
                       kernelParams,
                       extra,
                       0};
    for (unsigned i = 0; i < config->numAttrs; i++)
        if (config->attrs[i].id == CU_LAUNCH_ATTRIBUTE_COOPERATIVE && config->attrs[i].value.cooperative)
            l.cooperative = 1;
    return fake__done(e, launch(&l));
}

/* Contract: as cuLaunchKernel, for a grid that must fit on the device at once
 * (CUDA_ERROR_COOPERATIVE_LAUNCH_TOO_LARGE otherwise). */
CUresult cuLaunchCooperativeKernel(CUfunction f, unsigned int gridDimX, unsigned int gridDimY,
                                   unsigned int gridDimZ, unsigned int blockDimX, unsigned int blockDimY,
                                   unsigned int blockDimZ, unsigned int sharedMemBytes, CUstream hStream,
                                   void **kernelParams)
{
    int e = errno;
    struct launch l = {f, {gridDimX, gridDimY, gridDimZ}, {blockDimX, blockDimY, blockDimZ},
                       sharedMemBytes, hStream, kernelParams, NULL, 1};
    return fake__done(e, launch(&l));
}

