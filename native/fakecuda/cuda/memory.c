/*
 * memory.c - device, managed, pinned-host and registered memory, the allocation table
 * and the memory queries (cuMemGetInfo, cuMemGetAddressRange, cuPointerGetAttribute).
 *
 * Device pointers are host addresses: every allocation is its own anonymous
 * MAP_NORESERVE mapping, so copies are memcpy, untouched memory costs nothing, and a
 * freed pointer really is unmapped. Device and managed allocations are charged to the
 * device in the session's shared segment (rounded up to 256 bytes); pinned host memory
 * is not. The allocation table is an array sorted by address, searched by bisection:
 * it answers "which allocation holds this address" for copy validation, pointer
 * attributes and frees, and holds VMM reservations (vmm.c) too.
 */
#include "fake.h"

#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

static struct fake__alloc **tab;
static size_t tab_n, tab_cap;
static unsigned long long next_buffer_id = 1;

static size_t round_up(size_t v, size_t a)
{
    return (v + a - 1) / a * a;
}

void *fake__map(size_t len, int low)
{
    int flags = MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE;
#ifdef MAP_32BIT
    if (low)
        flags |= MAP_32BIT;
#endif
    void *p = mmap(NULL, len, PROT_READ | PROT_WRITE, flags, -1, 0);
    if (p == MAP_FAILED)
        return NULL;
    if (low && (uintptr_t)p + len > 0xffffffffull) {
        munmap(p, len);
        return NULL;
    }
    return p;
}

/* Index of the first entry whose base is > p. */
static size_t upper_bound(uintptr_t p)
{
    size_t lo = 0, hi = tab_n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (tab[mid]->base <= p)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

CUresult fake__mem_insert(struct fake__alloc *a)
{
    if (tab_n == tab_cap) {
        size_t ncap = tab_cap ? tab_cap * 2 : 256;
        struct fake__alloc **n = realloc(tab, ncap * sizeof *n);
        if (n == NULL)
            return CUDA_ERROR_OUT_OF_MEMORY;
        tab = n;
        tab_cap = ncap;
    }
    size_t i = upper_bound(a->base);
    memmove(&tab[i + 1], &tab[i], (tab_n - i) * sizeof *tab);
    tab[i] = a;
    tab_n++;
    if (a->id == 0)
        a->id = next_buffer_id++;
    return CUDA_SUCCESS;
}

void fake__mem_remove(struct fake__alloc *a)
{
    size_t i = upper_bound(a->base);
    while (i > 0 && tab[i - 1]->base == a->base) {
        if (tab[i - 1] == a) {
            memmove(&tab[i - 1], &tab[i], (tab_n - i) * sizeof *tab);
            tab_n--;
            return;
        }
        i--;
    }
}

struct fake__alloc *fake__mem_find(uintptr_t p)
{
    size_t i = upper_bound(p);
    if (i == 0)
        return NULL;
    struct fake__alloc *a = tab[i - 1];
    return (p - a->base < a->size) ? a : NULL;
}

CUresult fake__mem_check(uintptr_t p, size_t n, int write, enum fake__mem_kind *kind_out)
{
    if (n == 0)
        return CUDA_SUCCESS;
    struct fake__alloc *a = fake__mem_find(p);
    if (a == NULL || n > a->size - (p - a->base))
        return CUDA_ERROR_INVALID_VALUE;
    if (a->kind == FAKE__MEM_VA && fake__va_check(a, p, n, write) != CUDA_SUCCESS)
        return CUDA_ERROR_INVALID_VALUE;
    if (a->kind == FAKE__MEM_REGISTERED && write && (a->flags & CU_MEMHOSTREGISTER_READ_ONLY))
        return CUDA_ERROR_INVALID_VALUE;
    if (kind_out != NULL)
        *kind_out = a->kind;
    return CUDA_SUCCESS;
}

void fake__mem_destroy(struct fake__alloc *a)
{
    fake__mem_remove(a);
    if (a->map_len != 0)
        munmap((void *)a->base, a->map_len);
    fake__uncharge(a->dev, a->charged);
    free(a);
}

void fake__mem_free_ctx(struct fake__ctx *ctx)
{
    size_t i = 0;
    while (i < tab_n) {
        if (tab[i]->ctx == ctx)
            fake__mem_destroy(tab[i]);  /* shifts the rest down */
        else
            i++;
    }
}

CUresult fake__mem_alloc(struct fake__ctx *ctx, size_t size, enum fake__mem_kind kind,
                         unsigned flags, int low, uintptr_t *out)
{
    if (size == 0 || size > (SIZE_MAX >> 1))
        return size == 0 ? CUDA_ERROR_INVALID_VALUE : CUDA_ERROR_OUT_OF_MEMORY;
    struct fake__alloc *a = calloc(1, sizeof *a);
    if (a == NULL)
        return CUDA_ERROR_OUT_OF_MEMORY;
    a->size = size;
    a->map_len = round_up(size, (size_t)sysconf(_SC_PAGESIZE));
    a->charged = (kind == FAKE__MEM_HOST || kind == FAKE__MEM_IPC) ? 0 : round_up(size, FAKE__ALLOC_ALIGN);
    a->kind = kind;
    a->dev = ctx->dev;
    a->ctx = ctx;
    a->flags = flags;
    CUresult rc = fake__charge(a->dev, a->charged);
    if (rc != CUDA_SUCCESS) {
        free(a);
        return rc;
    }
    void *p = fake__map(a->map_len, low);
    if (p == NULL) {
        fake__uncharge(a->dev, a->charged);
        free(a);
        return CUDA_ERROR_OUT_OF_MEMORY;
    }
    a->base = (uintptr_t)p;
    rc = fake__mem_insert(a);
    if (rc != CUDA_SUCCESS) {
        a->ctx = NULL;
        munmap(p, a->map_len);
        fake__uncharge(a->dev, a->charged);
        free(a);
        return rc;
    }
    *out = a->base;
    return CUDA_SUCCESS;
}

/* The allocation starting exactly at p, or NULL. */
static struct fake__alloc *find_base(uintptr_t p)
{
    struct fake__alloc *a = fake__mem_find(p);
    return (a != NULL && a->base == p) ? a : NULL;
}

/* Whether cuMemFree may free a (not a module's global, not host memory). */
static int freeable(const struct fake__alloc *a)
{
    enum fake__mem_kind k = a->kind;
    return (k == FAKE__MEM_DEVICE || k == FAKE__MEM_MANAGED || k == FAKE__MEM_POOL) &&
           !(a->flags & FAKE__ALLOC_GLOBAL);
}

CUresult fake__mem_free(uintptr_t p)
{
    struct fake__alloc *a = find_base(p);
    if (a == NULL || !freeable(a))
        return CUDA_ERROR_INVALID_VALUE;
    if (fake__in_worker())
        return CUDA_ERROR_NOT_PERMITTED;
    fake__device_wait_idle(a->dev);  /* cuMemFree synchronizes, as the real one does */
    a = find_base(p);                /* another thread may have freed it meanwhile */
    if (a == NULL || !freeable(a))
        return CUDA_ERROR_INVALID_VALUE;
    if (a->kind == FAKE__MEM_POOL) {
        fake__mem_remove(a);
        fake__pool_put(a);
    } else {
        fake__mem_destroy(a);
    }
    return CUDA_SUCCESS;
}

/* Allocation in the current context, under the lock. */
static CUresult alloc_current(size_t size, enum fake__mem_kind kind, unsigned flags, int low,
                              uintptr_t *out)
{
    CUresult rc = fake__initialized();
    if (rc != CUDA_SUCCESS)
        return rc;
    fake__lock();
    struct fake__ctx *c = NULL;
    rc = fake__ctx_current(&c, 0);
    if (rc == CUDA_SUCCESS)
        rc = fake__mem_alloc(c, size, kind, flags, low, out);
    fake__unlock();
    return rc;
}

/* Contract: allocates bytesize bytes of device memory in the current context.
 * CUDA_ERROR_INVALID_VALUE for 0 bytes, CUDA_ERROR_OUT_OF_MEMORY beyond the device's
 * free memory (all processes of the session counted), CUDA_ERROR_INVALID_CONTEXT
 * without a current context. */
CUresult cuMemAlloc_v2(CUdeviceptr *dptr, size_t bytesize)
{
    int e = errno;
    if (dptr == NULL)
        return fake__done(e, fake__bad_arg());
    uintptr_t p = 0;
    CUresult rc = alloc_current(bytesize, FAKE__MEM_DEVICE, 0, 0, &p);
    if (rc == CUDA_SUCCESS)
        *dptr = (CUdeviceptr)p;
    return fake__done(e, rc);
}

/* Contract: legacy 32-bit form of cuMemAlloc_v2; the address is below 4 GiB
 * (CUDA_ERROR_OUT_OF_MEMORY when no such address is left). */
CUresult cuMemAlloc(CUdeviceptr_v1 *dptr, unsigned int bytesize)
{
    int e = errno;
    if (dptr == NULL)
        return fake__done(e, fake__bad_arg());
    uintptr_t p = 0;
    CUresult rc = alloc_current(bytesize, FAKE__MEM_DEVICE, 0, 1, &p);
    if (rc == CUDA_SUCCESS)
        *dptr = (CUdeviceptr_v1)p;
    return fake__done(e, rc);
}

/* Pitch of rows of WidthInBytes: a multiple of 512 (the texture pitch alignment). */
static CUresult pitch_for(size_t width, size_t height, unsigned elem, size_t *pitch, size_t *size)
{
    if (width == 0 || height == 0 || (elem != 4 && elem != 8 && elem != 16))
        return CUDA_ERROR_INVALID_VALUE;
    *pitch = round_up(width, 512);
    if (*pitch < width || height > SIZE_MAX / *pitch)
        return CUDA_ERROR_OUT_OF_MEMORY;
    *size = *pitch * height;
    return CUDA_SUCCESS;
}

/* Contract: allocates Height rows of WidthInBytes with *pPitch (a multiple of 512)
 * between rows. ElementSizeBytes must be 4, 8 or 16. */
CUresult cuMemAllocPitch_v2(CUdeviceptr *dptr, size_t *pPitch, size_t WidthInBytes, size_t Height,
                            unsigned int ElementSizeBytes)
{
    int e = errno;
    size_t pitch = 0, size = 0;
    if (dptr == NULL || pPitch == NULL)
        return fake__done(e, fake__bad_arg());
    CUresult rc = fake__initialized();
    if (rc == CUDA_SUCCESS)
        rc = pitch_for(WidthInBytes, Height, ElementSizeBytes, &pitch, &size);
    uintptr_t p = 0;
    if (rc == CUDA_SUCCESS)
        rc = alloc_current(size, FAKE__MEM_DEVICE, 0, 0, &p);
    if (rc == CUDA_SUCCESS) {
        *dptr = (CUdeviceptr)p;
        *pPitch = pitch;
    }
    return fake__done(e, rc);
}

/* Contract: legacy 32-bit form of cuMemAllocPitch_v2. */
CUresult cuMemAllocPitch(CUdeviceptr_v1 *dptr, unsigned int *pPitch, unsigned int WidthInBytes,
                         unsigned int Height, unsigned int ElementSizeBytes)
{
    int e = errno;
    size_t pitch = 0, size = 0;
    if (dptr == NULL || pPitch == NULL)
        return fake__done(e, fake__bad_arg());
    CUresult rc = fake__initialized();
    if (rc == CUDA_SUCCESS)
        rc = pitch_for(WidthInBytes, Height, ElementSizeBytes, &pitch, &size);
    uintptr_t p = 0;
    if (rc == CUDA_SUCCESS)
        rc = alloc_current(size, FAKE__MEM_DEVICE, 0, 1, &p);
    if (rc == CUDA_SUCCESS) {
        *dptr = (CUdeviceptr_v1)p;
        *pPitch = (unsigned int)pitch;
    }
    return fake__done(e, rc);
}

/* Contract: allocates managed memory (charged like device memory). flags must be
 * CU_MEM_ATTACH_GLOBAL or CU_MEM_ATTACH_HOST. */
CUresult cuMemAllocManaged(CUdeviceptr *dptr, size_t bytesize, unsigned int flags)
{
    int e = errno;
    if (dptr == NULL || (flags != CU_MEM_ATTACH_GLOBAL && flags != CU_MEM_ATTACH_HOST))
        return fake__done(e, fake__bad_arg());
    uintptr_t p = 0;
    CUresult rc = alloc_current(bytesize, FAKE__MEM_MANAGED, flags, 0, &p);
    if (rc == CUDA_SUCCESS)
        *dptr = (CUdeviceptr)p;
    return fake__done(e, rc);
}

static CUresult mem_free(CUdeviceptr dptr)
{
    CUresult rc = fake__initialized();
    if (rc != CUDA_SUCCESS)
        return rc;
    fake__lock();
    struct fake__ctx *c = NULL;
    rc = fake__ctx_current(&c, 0);
    if (rc == CUDA_SUCCESS)
        rc = fake__mem_free((uintptr_t)dptr);
    fake__unlock();
    return rc;
}

/* Contract: frees memory from cuMemAlloc*, cuMemAllocManaged or a pool, after the
 * device's pending work (as the real call synchronizes). CUDA_ERROR_INVALID_VALUE for a
 * pointer that is not the start of such a live allocation (double free included). */
CUresult cuMemFree_v2(CUdeviceptr dptr)
{
    int e = errno;
    return fake__done(e, mem_free(dptr));
}

/* Contract: legacy 32-bit form of cuMemFree_v2. */
CUresult cuMemFree(CUdeviceptr_v1 dptr)
{
    int e = errno;
    return fake__done(e, mem_free((CUdeviceptr)dptr));
}

static CUresult mem_info(size_t *free_out, size_t *total_out)
{
    CUresult rc = fake__initialized();
    if (rc != CUDA_SUCCESS)
        return rc;
    fake__lock();
    struct fake__ctx *c = NULL;
    rc = fake__ctx_current(&c, 0);
    if (rc == CUDA_SUCCESS) {
        uint64_t total = fake__g.dev[c->dev].total;
        uint64_t used = fake__used(c->dev);
        *free_out = (size_t)(used < total ? total - used : 0);
        *total_out = (size_t)total;
    }
    fake__unlock();
    return rc;
}

/* Contract: free and total memory of the current context's device; free accounts for
 * every live process of the session (contexts included). */
CUresult cuMemGetInfo_v2(size_t *free, size_t *total)
{
    int e = errno;
    size_t f = 0, t = 0;
    if (free == NULL || total == NULL)
        return fake__done(e, fake__bad_arg());
    CUresult rc = mem_info(&f, &t);
    if (rc == CUDA_SUCCESS) {
        *free = f;
        *total = t;
    }
    return fake__done(e, rc);
}

/* Contract: legacy 32-bit form of cuMemGetInfo_v2 (values clamped to 4 GiB - 1). */
CUresult cuMemGetInfo(unsigned int *free, unsigned int *total)
{
    int e = errno;
    size_t f = 0, t = 0;
    if (free == NULL || total == NULL)
        return fake__done(e, fake__bad_arg());
    CUresult rc = mem_info(&f, &t);
    if (rc == CUDA_SUCCESS) {
        *free = f > 0xffffffffu ? 0xffffffffu : (unsigned int)f;
        *total = t > 0xffffffffu ? 0xffffffffu : (unsigned int)t;
    }
    return fake__done(e, rc);
}

/* The range that holds p: an allocation, or the VMM mapping inside a reservation. */
static int range_of(uintptr_t p, uintptr_t *base, size_t *size, struct fake__alloc **out)
{
    struct fake__alloc *a = fake__mem_find(p);
    if (a == NULL)
        return 0;
    if (out != NULL)
        *out = a;
    if (a->kind == FAKE__MEM_VA)
        return fake__va_mapping(a, p, base, size);
    *base = a->base;
    *size = a->size;
    return 1;
}

static CUresult address_range(CUdeviceptr dptr, uintptr_t *base, size_t *size)
{
    CUresult rc = fake__initialized();
    if (rc != CUDA_SUCCESS)
        return rc;
    fake__lock();
    struct fake__ctx *c = NULL;
    rc = fake__ctx_current(&c, 0);
    if (rc == CUDA_SUCCESS && !range_of((uintptr_t)dptr, base, size, NULL))
        rc = CUDA_ERROR_NOT_FOUND;
    fake__unlock();
    return rc;
}

/* Contract: base and size of the allocation containing dptr (either output may be
 * NULL). CUDA_ERROR_NOT_FOUND if no allocation contains it. */
CUresult cuMemGetAddressRange_v2(CUdeviceptr *pbase, size_t *psize, CUdeviceptr dptr)
{
    int e = errno;
    uintptr_t base = 0;
    size_t size = 0;
    CUresult rc = address_range(dptr, &base, &size);
    if (rc == CUDA_SUCCESS) {
        if (pbase != NULL)
            *pbase = (CUdeviceptr)base;
        if (psize != NULL)
            *psize = size;
    }
    return fake__done(e, rc);
}

/* Contract: legacy 32-bit form of cuMemGetAddressRange_v2. */
CUresult cuMemGetAddressRange(CUdeviceptr_v1 *pbase, unsigned int *psize, CUdeviceptr_v1 dptr)
{
    int e = errno;
    uintptr_t base = 0;
    size_t size = 0;
    CUresult rc = address_range(dptr, &base, &size);
    if (rc == CUDA_SUCCESS) {
        if (pbase != NULL)
            *pbase = (CUdeviceptr_v1)base;
        if (psize != NULL)
            *psize = (unsigned int)size;
    }
    return fake__done(e, rc);
}

#define HOST_ALLOC_FLAGS \
    (CU_MEMHOSTALLOC_PORTABLE | CU_MEMHOSTALLOC_DEVICEMAP | CU_MEMHOSTALLOC_WRITECOMBINED)

/* Contract: allocates page-locked host memory (not charged to the device) with
 * CU_MEMHOSTALLOC_* flags; needs a current context. */
CUresult cuMemHostAlloc(void **pp, size_t bytesize, unsigned int Flags)
{
    int e = errno;
    if (pp == NULL || (Flags & ~(unsigned)HOST_ALLOC_FLAGS) != 0)
        return fake__done(e, fake__bad_arg());
    uintptr_t p = 0;
    CUresult rc = alloc_current(bytesize, FAKE__MEM_HOST, Flags, 0, &p);
    if (rc == CUDA_SUCCESS)
        *pp = (void *)p;
    return fake__done(e, rc);
}

/* Contract: cuMemHostAlloc with no flags. */
CUresult cuMemAllocHost_v2(void **pp, size_t bytesize)
{
    return cuMemHostAlloc(pp, bytesize, 0);
}

/* Contract: legacy 32-bit-size form of cuMemAllocHost_v2. */
CUresult cuMemAllocHost(void **pp, unsigned int bytesize)
{
    return cuMemHostAlloc(pp, bytesize, 0);
}

static CUresult free_host(void *p)
{
    CUresult rc = fake__initialized();
    if (rc != CUDA_SUCCESS)
        return rc;
    if (fake__in_worker())
        return CUDA_ERROR_NOT_PERMITTED;
    fake__lock();
    struct fake__ctx *c = NULL;
    rc = fake__ctx_current(&c, 0);
    struct fake__alloc *a = rc == CUDA_SUCCESS ? find_base((uintptr_t)p) : NULL;
    if (rc == CUDA_SUCCESS && (a == NULL || a->kind != FAKE__MEM_HOST))
        rc = CUDA_ERROR_INVALID_VALUE;
    if (rc == CUDA_SUCCESS) {
        fake__device_wait_idle(a->dev);  /* pending copies may still read it */
        a = find_base((uintptr_t)p);
        if (a != NULL && a->kind == FAKE__MEM_HOST)
            fake__mem_destroy(a);
        else
            rc = CUDA_ERROR_INVALID_VALUE;
    }
    fake__unlock();
    return rc;
}

/* Contract: frees memory from cuMemAllocHost / cuMemHostAlloc; CUDA_ERROR_INVALID_VALUE
 * for any other pointer. */
CUresult cuMemFreeHost(void *p)
{
    int e = errno;
    return fake__done(e, free_host(p));
}

/* Pinned or registered host memory containing p, under the lock. */
static struct fake__alloc *host_alloc_of(void *p)
{
    struct fake__alloc *a = fake__mem_find((uintptr_t)p);
    return (a != NULL && (a->kind == FAKE__MEM_HOST || a->kind == FAKE__MEM_REGISTERED)) ? a : NULL;
}

/* Contract: the device address of pinned/registered host memory (the same address).
 * Flags must be 0; CUDA_ERROR_INVALID_VALUE for other memory. */
CUresult cuMemHostGetDevicePointer_v2(CUdeviceptr *pdptr, void *p, unsigned int Flags)
{
    int e = errno;
    if (pdptr == NULL || Flags != 0)
        return fake__done(e, fake__bad_arg());
    CUresult rc = fake__initialized();
    if (rc != CUDA_SUCCESS)
        return fake__done(e, rc);
    fake__lock();
    struct fake__ctx *c = NULL;
    rc = fake__ctx_current(&c, 0);
    if (rc == CUDA_SUCCESS && host_alloc_of(p) == NULL)
        rc = CUDA_ERROR_INVALID_VALUE;
    if (rc == CUDA_SUCCESS)
        *pdptr = (CUdeviceptr)(uintptr_t)p;
    fake__unlock();
    return fake__done(e, rc);
}

/* Contract: legacy 32-bit form of cuMemHostGetDevicePointer_v2. */
CUresult cuMemHostGetDevicePointer(CUdeviceptr_v1 *pdptr, void *p, unsigned int Flags)
{
    CUdeviceptr d = 0;
    if (pdptr == NULL)
        return fake__bad_arg();
    CUresult rc = cuMemHostGetDevicePointer_v2(&d, p, Flags);
    if (rc == CUDA_SUCCESS && d > 0xffffffffull)
        rc = CUDA_ERROR_INVALID_VALUE;
    if (rc == CUDA_SUCCESS)
        *pdptr = (CUdeviceptr_v1)d;
    return rc;
}

/* Contract: the flags pinned/registered host memory was allocated with. */
CUresult cuMemHostGetFlags(unsigned int *pFlags, void *p)
{
    int e = errno;
    if (pFlags == NULL)
        return fake__done(e, fake__bad_arg());
    CUresult rc = fake__initialized();
    if (rc != CUDA_SUCCESS)
        return fake__done(e, rc);
    fake__lock();
    struct fake__ctx *c = NULL;
    rc = fake__ctx_current(&c, 0);
    struct fake__alloc *a = rc == CUDA_SUCCESS ? host_alloc_of(p) : NULL;
    if (rc == CUDA_SUCCESS && a == NULL)
        rc = CUDA_ERROR_INVALID_VALUE;
    if (rc == CUDA_SUCCESS)
        *pFlags = a->flags;
    fake__unlock();
    return fake__done(e, rc);
}

#define HOST_REGISTER_FLAGS                                                                  \
    (CU_MEMHOSTREGISTER_PORTABLE | CU_MEMHOSTREGISTER_DEVICEMAP | CU_MEMHOSTREGISTER_IOMEMORY | \
     CU_MEMHOSTREGISTER_READ_ONLY)

/* Contract: registers application memory [p, p+bytesize) for device access.
 * CUDA_ERROR_HOST_MEMORY_ALREADY_REGISTERED if it overlaps registered memory. */
CUresult cuMemHostRegister_v2(void *p, size_t bytesize, unsigned int Flags)
{
    int e = errno;
    if (p == NULL || bytesize == 0 || (Flags & ~(unsigned)HOST_REGISTER_FLAGS) != 0)
        return fake__done(e, fake__bad_arg());
    CUresult rc = fake__initialized();
    if (rc != CUDA_SUCCESS)
        return fake__done(e, rc);
    fake__lock();
    struct fake__ctx *c = NULL;
    rc = fake__ctx_current(&c, 0);
    uintptr_t b = (uintptr_t)p;
    if (rc == CUDA_SUCCESS) {
        size_t i = upper_bound(b + bytesize - 1);
        if (i > 0 && tab[i - 1]->base + tab[i - 1]->size > b)
            rc = (tab[i - 1]->kind == FAKE__MEM_REGISTERED || tab[i - 1]->kind == FAKE__MEM_HOST)
                     ? CUDA_ERROR_HOST_MEMORY_ALREADY_REGISTERED
                     : CUDA_ERROR_INVALID_VALUE;
    }
    if (rc == CUDA_SUCCESS) {
        struct fake__alloc *a = calloc(1, sizeof *a);
        if (a == NULL) {
            rc = CUDA_ERROR_OUT_OF_MEMORY;
        } else {
            a->base = b;
            a->size = bytesize;
            a->kind = FAKE__MEM_REGISTERED;
            a->dev = c->dev;
            a->ctx = c;
            a->flags = Flags;
            rc = fake__mem_insert(a);
            if (rc != CUDA_SUCCESS)
                free(a);
        }
    }
    fake__unlock();
    return fake__done(e, rc);
}

/* Contract: unregisters memory registered at p. CUDA_ERROR_HOST_MEMORY_NOT_REGISTERED
 * otherwise. */
CUresult cuMemHostUnregister(void *p)
{
    int e = errno;
    CUresult rc = fake__initialized();
    if (rc != CUDA_SUCCESS)
        return fake__done(e, rc);
    if (p == NULL)
        return fake__done(e, CUDA_ERROR_INVALID_VALUE);
    if (fake__in_worker())
        return fake__done(e, CUDA_ERROR_NOT_PERMITTED);
    fake__lock();
    struct fake__ctx *c = NULL;
    rc = fake__ctx_current(&c, 0);
    if (rc == CUDA_SUCCESS) {
        struct fake__alloc *a = find_base((uintptr_t)p);
        if (a == NULL || a->kind != FAKE__MEM_REGISTERED) {
            rc = CUDA_ERROR_HOST_MEMORY_NOT_REGISTERED;
        } else {
            fake__device_wait_idle(a->dev);
            a = find_base((uintptr_t)p);
            if (a != NULL && a->kind == FAKE__MEM_REGISTERED)
                fake__mem_destroy(a);
        }
    }
    fake__unlock();
    return fake__done(e, rc);
}

/* Writes one pointer attribute of allocation a (NULL: unknown pointer, zeroes). */
static CUresult pointer_attribute(void *data, CUpointer_attribute attr, uintptr_t p,
                                  struct fake__alloc *a)
{
    uintptr_t base = 0;
    size_t size = 0;
    if (a != NULL && !range_of(p, &base, &size, NULL))
        a = NULL;  /* an unmapped part of a reservation */
    int host = a != NULL && (a->kind == FAKE__MEM_HOST || a->kind == FAKE__MEM_REGISTERED);
    switch (attr) {
    case CU_POINTER_ATTRIBUTE_CONTEXT:
        *(CUcontext *)data = (a != NULL && a->ctx != NULL) ? a->ctx->handle : NULL;
        break;
    case CU_POINTER_ATTRIBUTE_MEMORY_TYPE:
        *(unsigned int *)data = a == NULL ? 0 : host ? CU_MEMORYTYPE_HOST : CU_MEMORYTYPE_DEVICE;
        break;
    case CU_POINTER_ATTRIBUTE_DEVICE_POINTER:
        *(CUdeviceptr *)data = a != NULL ? (CUdeviceptr)p : 0;
        break;
    case CU_POINTER_ATTRIBUTE_HOST_POINTER:
        if (a != NULL && !host && a->kind != FAKE__MEM_MANAGED)
            return CUDA_ERROR_INVALID_VALUE;
        *(void **)data = a != NULL ? (void *)p : NULL;
        break;
    case CU_POINTER_ATTRIBUTE_SYNC_MEMOPS:
    case CU_POINTER_ATTRIBUTE_IS_MANAGED:
    case CU_POINTER_ATTRIBUTE_MAPPED:
    case CU_POINTER_ATTRIBUTE_IS_LEGACY_CUDA_IPC_CAPABLE:
    case CU_POINTER_ATTRIBUTE_IS_GPU_DIRECT_RDMA_CAPABLE:
    case CU_POINTER_ATTRIBUTE_IS_HW_DECOMPRESS_CAPABLE: {
        int v = 0;  /* booleans are one byte (C++ bool) */
        if (a != NULL && attr == CU_POINTER_ATTRIBUTE_IS_MANAGED)
            v = a->kind == FAKE__MEM_MANAGED;
        else if (a != NULL && attr == CU_POINTER_ATTRIBUTE_MAPPED)
            v = 1;
        else if (a != NULL && attr == CU_POINTER_ATTRIBUTE_SYNC_MEMOPS)
            v = 1;
        *(unsigned char *)data = (unsigned char)v;
        break;
    }
    case CU_POINTER_ATTRIBUTE_BUFFER_ID:
    case CU_POINTER_ATTRIBUTE_MEMORY_BLOCK_ID:
        *(unsigned long long *)data = a != NULL ? a->id : 0;
        break;
    case CU_POINTER_ATTRIBUTE_DEVICE_ORDINAL:
        *(int *)data = a != NULL ? a->dev : -2;
        break;
    case CU_POINTER_ATTRIBUTE_RANGE_START_ADDR:
    case CU_POINTER_ATTRIBUTE_MAPPING_BASE_ADDR:
        *(CUdeviceptr *)data = (CUdeviceptr)base;
        break;
    case CU_POINTER_ATTRIBUTE_RANGE_SIZE:
    case CU_POINTER_ATTRIBUTE_MAPPING_SIZE:
        *(size_t *)data = size;
        break;
    case CU_POINTER_ATTRIBUTE_ALLOWED_HANDLE_TYPES:
        *(unsigned long long *)data = 0;
        break;
    case CU_POINTER_ATTRIBUTE_ACCESS_FLAGS:
        *(int *)data = a != NULL ? 3 : 0;  /* read-write */
        break;
    case CU_POINTER_ATTRIBUTE_MEMPOOL_HANDLE:
        *(CUmemoryPool *)data =
            (a != NULL && a->kind == FAKE__MEM_POOL) ? fake__pool_handle(a->pool) : NULL;
        break;
    default:
        return CUDA_ERROR_INVALID_VALUE;
    }
    return a != NULL ? CUDA_SUCCESS : CUDA_ERROR_INVALID_VALUE;
}

/* Contract: one attribute of the memory holding ptr (context, memory type, device and
 * host pointer, range, ids, ...). CUDA_ERROR_INVALID_VALUE for memory the driver does
 * not know (an application's pageable memory included). */
CUresult cuPointerGetAttribute(void *data, CUpointer_attribute attribute, CUdeviceptr ptr)
{
    int e = errno;
    if (data == NULL)
        return fake__done(e, fake__bad_arg());
    CUresult rc = fake__initialized();
    if (rc != CUDA_SUCCESS)
        return fake__done(e, rc);
    fake__lock();
    struct fake__alloc *a = fake__mem_find((uintptr_t)ptr);
    rc = pointer_attribute(data, attribute, (uintptr_t)ptr, a);
    fake__unlock();
    return fake__done(e, rc);
}

/* Contract: several attributes at once; unlike cuPointerGetAttribute an unknown
 * pointer is not an error (memory type 0, NULL context, zero values), as documented
 * for the real call. */
CUresult cuPointerGetAttributes(unsigned int numAttributes, CUpointer_attribute *attributes,
                                void **data, CUdeviceptr ptr)
{
    int e = errno;
    if (numAttributes == 0 || attributes == NULL || data == NULL)
        return fake__done(e, fake__bad_arg());
    CUresult rc = fake__initialized();
    if (rc != CUDA_SUCCESS)
        return fake__done(e, rc);
    fake__lock();
    struct fake__alloc *a = fake__mem_find((uintptr_t)ptr);
    for (unsigned i = 0; i < numAttributes && rc == CUDA_SUCCESS; i++) {
        if (data[i] == NULL) {
            rc = CUDA_ERROR_INVALID_VALUE;
            break;
        }
        CUresult r = pointer_attribute(data[i], attributes[i], (uintptr_t)ptr, a);
        if (r != CUDA_SUCCESS && (a != NULL || (int)attributes[i] <= 0 ||
                                  attributes[i] > CU_POINTER_ATTRIBUTE_IS_HW_DECOMPRESS_CAPABLE))
            rc = r;
    }
    fake__unlock();
    return fake__done(e, rc);
}

/* Contract: accepts CU_POINTER_ATTRIBUTE_SYNC_MEMOPS on known memory (every copy is
 * synchronous with respect to memory operations here). */
CUresult cuPointerSetAttribute(const void *value, CUpointer_attribute attribute, CUdeviceptr ptr)
{
    int e = errno;
    if (value == NULL || attribute != CU_POINTER_ATTRIBUTE_SYNC_MEMOPS)
        return fake__done(e, fake__bad_arg());
    CUresult rc = fake__initialized();
    if (rc != CUDA_SUCCESS)
        return fake__done(e, rc);
    fake__lock();
    if (fake__mem_find((uintptr_t)ptr) == NULL)
        rc = CUDA_ERROR_INVALID_VALUE;
    fake__unlock();
    return fake__done(e, rc);
}

/* Checks a managed range for advice / prefetch, under the lock. */
static CUresult managed_range(CUdeviceptr p, size_t count)
{
    struct fake__alloc *a = fake__mem_find((uintptr_t)p);
    if (count == 0 || a == NULL || a->kind != FAKE__MEM_MANAGED ||
        count > a->size - ((uintptr_t)p - a->base))
        return CUDA_ERROR_INVALID_VALUE;
    return CUDA_SUCCESS;
}

static CUresult advise(CUdeviceptr devPtr, size_t count, CUmem_advise advice)
{
    CUresult rc = fake__initialized();
    if (rc != CUDA_SUCCESS)
        return rc;
    if ((int)advice < CU_MEM_ADVISE_SET_READ_MOSTLY || advice > CU_MEM_ADVISE_UNSET_ACCESSED_BY)
        return CUDA_ERROR_INVALID_VALUE;
    fake__lock();
    rc = managed_range(devPtr, count);
    fake__unlock();
    return rc;
}

/* Contract: validates advice on managed memory (it has no effect on the simulation). */
CUresult cuMemAdvise(CUdeviceptr devPtr, size_t count, CUmem_advise advice, CUdevice device)
{
    int e = errno;
    CUresult rc = advise(devPtr, count, advice);
    if (rc == CUDA_SUCCESS && device != CU_DEVICE_CPU && fake__check_device(device) != CUDA_SUCCESS)
        rc = CUDA_ERROR_INVALID_DEVICE;
    return fake__done(e, rc);
}

/* Contract: as cuMemAdvise, with the location as a CUmemLocation. */
CUresult cuMemAdvise_v2(CUdeviceptr devPtr, size_t count, CUmem_advise advice, CUmemLocation location)
{
    int e = errno;
    CUresult rc = advise(devPtr, count, advice);
    if (rc == CUDA_SUCCESS && location.type == CU_MEM_LOCATION_TYPE_DEVICE &&
        fake__check_device(location.id) != CUDA_SUCCESS)
        rc = CUDA_ERROR_INVALID_DEVICE;
    return fake__done(e, rc);
}

static CUresult prefetch(CUdeviceptr devPtr, size_t count, CUstream hStream)
{
    CUresult rc = fake__initialized();
    if (rc != CUDA_SUCCESS)
        return rc;
    fake__lock();
    struct fake__stream *s = NULL;
    rc = managed_range(devPtr, count);
    if (rc == CUDA_SUCCESS)
        rc = fake__stream_resolve(hStream, &s);
    if (rc == CUDA_SUCCESS) {
        struct fake__op *op = fake__op_new(FAKE__OP_NOP);
        rc = op != NULL ? fake__submit(s, op) : CUDA_ERROR_OUT_OF_MEMORY;
    }
    fake__unlock();
    return rc;
}

/* Contract: validates a prefetch of managed memory and orders it in hStream (the data
 * is already where the host and the simulated device can both reach it). */
CUresult cuMemPrefetchAsync(CUdeviceptr devPtr, size_t count, CUdevice dstDevice, CUstream hStream)
{
    int e = errno;
    if (dstDevice != CU_DEVICE_CPU && fake__initialized() == CUDA_SUCCESS &&
        fake__check_device(dstDevice) != CUDA_SUCCESS)
        return fake__done(e, CUDA_ERROR_INVALID_DEVICE);
    return fake__done(e, prefetch(devPtr, count, hStream));
}

/* Contract: as cuMemPrefetchAsync, with the location as a CUmemLocation; flags must
 * be 0. */
CUresult cuMemPrefetchAsync_v2(CUdeviceptr devPtr, size_t count, CUmemLocation location,
                               unsigned int flags, CUstream hStream)
{
    int e = errno;
    if (flags != 0)
        return fake__done(e, fake__bad_arg());
    if (location.type == CU_MEM_LOCATION_TYPE_DEVICE && fake__initialized() == CUDA_SUCCESS &&
        fake__check_device(location.id) != CUDA_SUCCESS)
        return fake__done(e, CUDA_ERROR_INVALID_DEVICE);
    return fake__done(e, prefetch(devPtr, count, hStream));
}

