/*
 * kernel.c - the built-in kernels that fakecuda modules name (see fakecuda.h).
 *
 * A kernel is a C function over its packed arguments (natural alignment, as nvcc lays
 * out a parameter buffer). Kernels that touch memory first check, under the lock, that
 * the whole range lies in live device-accessible memory; an access outside it is what
 * a real kernel would fault on, so it raises CUDA_ERROR_ILLEGAL_ADDRESS, which the
 * stream worker makes the context's sticky error. fake__kernel_exec runs kernels of one
 * device one at a time (the device's exec mutex) and feeds the device's busy time,
 * which NVML reports as utilization.
 */
#include "fake.h"
#include "fakecuda.h"

#include <string.h>
#include <time.h>

#define SLICE_NS (10ull * 1000 * 1000)

static uint64_t arg_u64(const unsigned char *args, size_t off)
{
    uint64_t v;
    memcpy(&v, args + off, sizeof v);
    return v;
}

static uint32_t arg_u32(const unsigned char *args, size_t off)
{
    uint32_t v;
    memcpy(&v, args + off, sizeof v);
    return v;
}

/* quanta_sleep(unsigned long long ns): occupies the device for ns nanoseconds, in
 * slices so that utilization moves while it runs. */
static CUresult k_sleep(int dev, const unsigned char *args)
{
    uint64_t ns = arg_u64(args, 0);
    uint64_t start = fake__now_ns(), done = start;
    uint64_t end = ns > UINT64_MAX - start ? UINT64_MAX : start + ns;
    while (done < end) {
        uint64_t next = end - done > SLICE_NS ? done + SLICE_NS : end;
        struct timespec ts = {(time_t)(next / 1000000000ull), (long)(next % 1000000000ull)};
        int r;
        do
            r = clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &ts, NULL);
        while (r == EINTR);
        uint64_t now = fake__now_ns();
        fake__add_busy(dev, now - done);
        done = now;
    }
    return CUDA_SUCCESS;
}

/* quanta_fault(): an illegal memory access. */
static CUresult k_fault(int dev, const unsigned char *args)
{
    (void)dev;
    (void)args;
    return CUDA_ERROR_ILLEGAL_ADDRESS;
}

/* Whether [p, p + count * elem) is device-accessible (write: writable). */
static int range_ok(uint64_t p, uint64_t count, size_t elem, int write)
{
    if (count > SIZE_MAX / elem)
        return 0;
    fake__lock();
    CUresult rc = fake__mem_check((uintptr_t)p, (size_t)count * elem, write, NULL);
    fake__unlock();
    return rc == CUDA_SUCCESS;
}

/* quanta_fill_u32(CUdeviceptr dst, unsigned int value, unsigned long long count) */
static CUresult k_fill_u32(int dev, const unsigned char *args)
{
    (void)dev;
    uint64_t dst = arg_u64(args, 0), count = arg_u64(args, 16);
    uint32_t value = arg_u32(args, 8);
    if (!range_ok(dst, count, 4, 1))
        return CUDA_ERROR_ILLEGAL_ADDRESS;
    unsigned char *d = (unsigned char *)(uintptr_t)dst;
    for (uint64_t i = 0; i < count; i++)
        memcpy(d + 4 * i, &value, 4);
    return CUDA_SUCCESS;
}

/* quanta_add_f32(CUdeviceptr a, CUdeviceptr b, CUdeviceptr out, unsigned long long n) */
static CUresult k_add_f32(int dev, const unsigned char *args)
{
    (void)dev;
    uint64_t a = arg_u64(args, 0), b = arg_u64(args, 8), out = arg_u64(args, 16);
    uint64_t n = arg_u64(args, 24);
    if (!range_ok(a, n, 4, 0) || !range_ok(b, n, 4, 0) || !range_ok(out, n, 4, 1))
        return CUDA_ERROR_ILLEGAL_ADDRESS;
    const unsigned char *pa = (const unsigned char *)(uintptr_t)a;
    const unsigned char *pb = (const unsigned char *)(uintptr_t)b;
    unsigned char *po = (unsigned char *)(uintptr_t)out;
    for (uint64_t i = 0; i < n; i++) {
        float x, y, z;
        memcpy(&x, pa + 4 * i, 4);
        memcpy(&y, pb + 4 * i, 4);
        z = x + y;
        memcpy(po + 4 * i, &z, 4);
    }
    return CUDA_SUCCESS;
}

static const struct fake__kernel_def kernels[] = {
    {FAKECUDA_KERNEL_SLEEP, 1, {8}, k_sleep, 1},
    {FAKECUDA_KERNEL_FAULT, 0, {0}, k_fault, 0},
    {FAKECUDA_KERNEL_FILL_U32, 3, {8, 4, 8}, k_fill_u32, 0},
    {FAKECUDA_KERNEL_ADD_F32, 4, {8, 8, 8, 8}, k_add_f32, 0},
};

const struct fake__kernel_def *fake__kernel_find(const char *name)
{
    for (size_t i = 0; i < sizeof kernels / sizeof kernels[0]; i++)
        if (strcmp(kernels[i].name, name) == 0)
            return &kernels[i];
    return NULL;
}

size_t fake__kernel_param_offset(const struct fake__kernel_def *def, int i)
{
    size_t off = 0;
    for (int k = 0; k <= i && k < def->nparams; k++) {
        size_t sz = def->param_size[k];
        off = (off + sz - 1) / sz * sz;  /* natural alignment */
        if (k < i)
            off += sz;
    }
    return off;
}

size_t fake__kernel_args_size(const struct fake__kernel_def *def)
{
    if (def->nparams == 0)
        return 0;
    int last = def->nparams - 1;
    return fake__kernel_param_offset(def, last) + def->param_size[last];
}

CUresult fake__kernel_exec(const struct fake__kernel_def *def, int dev, const unsigned char *args)
{
    pthread_mutex_lock(&fake__g.dev[dev].exec);
    uint64_t t0 = fake__now_ns();
    CUresult rc = def->run(dev, args);
    if (!def->self_timed)
        fake__add_busy(dev, fake__now_ns() - t0);
    pthread_mutex_unlock(&fake__g.dev[dev].exec);
    return rc;
}
