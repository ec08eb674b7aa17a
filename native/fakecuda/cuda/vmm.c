/*
 * vmm.c - the virtual memory management API: reserve address ranges, create physical
 * allocations, map them into ranges and grant access.
 *
 * A reservation is an inaccessible (PROT_NONE, MAP_NORESERVE) mapping that holds the
 * address range; it sits in the allocation table as a FAKE__MEM_VA entry so copies
 * and pointer queries find it. A physical allocation (cuMemCreate) is a memfd of its
 * size, charged to its device; cuMemMap maps the memfd over part of a reservation
 * (MAP_FIXED | MAP_SHARED, so two mappings of one handle share bytes, as on a GPU),
 * initially without access, like the driver: copies into it fail and kernels fault
 * until cuMemSetAccess grants read or read-write (mprotect). Unmapping puts the
 * reservation's PROT_NONE memory back. The physical memory is returned when its last
 * handle reference is released and its last mapping unmapped. Mappings are kept sorted
 * per reservation and split when access is changed on part of one.
 */
#define _GNU_SOURCE
#include "fake.h"

#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

struct phys {
    uint64_t handle;                 /* 0 while no handle reference is outstanding */
    int fd;
    size_t size;
    int dev;
    CUmemAllocationProp prop;
    int hrefs;                       /* cuMemCreate / cuMemRetainAllocationHandle */
    int maps;                        /* mappings using it */
};

struct mapping {
    uintptr_t base;
    size_t size;
    struct phys *phys;
    size_t offset;                   /* into phys */
    int access;                      /* CU_MEM_ACCESS_FLAGS_PROT_* */
};

struct fake__va {
    int n, cap;
    struct mapping *m;               /* sorted by base, disjoint */
};

#define GRAN FAKE__GRANULARITY

static void phys_put(struct phys *p)
{
    if (p->hrefs > 0 || p->maps > 0)
        return;
    close(p->fd);
    fake__uncharge(p->dev, p->size);
    free(p);
}

/* Restores inaccessible reservation memory over [base, base+size). */
static void blank(uintptr_t base, size_t size)
{
    mmap((void *)base, size, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_FIXED, -1, 0);
}

static struct fake__alloc *va_at(uintptr_t p)
{
    struct fake__alloc *a = fake__mem_find(p);
    return (a != NULL && a->kind == FAKE__MEM_VA) ? a : NULL;
}

/* Index of the mapping containing p, or -1. */
static int map_index(const struct fake__va *v, uintptr_t p)
{
    for (int i = 0; i < v->n; i++)
        if (p >= v->m[i].base && p - v->m[i].base < v->m[i].size)
            return i;
    return -1;
}

CUresult fake__va_check(struct fake__alloc *a, uintptr_t p, size_t n, int write)
{
    struct fake__va *v = a->va;
    uintptr_t at = p, end = p + n;
    while (at < end) {
        int i = map_index(v, at);
        if (i < 0)
            return CUDA_ERROR_INVALID_VALUE;
        int need = write ? CU_MEM_ACCESS_FLAGS_PROT_READWRITE : CU_MEM_ACCESS_FLAGS_PROT_READ;
        if ((v->m[i].access & need) != need)
            return CUDA_ERROR_INVALID_VALUE;
        at = v->m[i].base + v->m[i].size;
    }
    return CUDA_SUCCESS;
}

int fake__va_mapping(struct fake__alloc *a, uintptr_t p, uintptr_t *base, size_t *size)
{
    int i = map_index(a->va, p);
    if (i < 0)
        return 0;
    *base = a->va->m[i].base;
    *size = a->va->m[i].size;
    return 1;
}

/* Splits the mapping containing addr so that a mapping starts at addr. */
static CUresult split_at(struct fake__va *v, uintptr_t addr)
{
    int i = map_index(v, addr);
    if (i < 0 || v->m[i].base == addr)
        return CUDA_SUCCESS;
    if (v->n == v->cap) {
        int ncap = v->cap ? v->cap * 2 : 8;
        struct mapping *m = realloc(v->m, (size_t)ncap * sizeof *m);
        if (m == NULL)
            return CUDA_ERROR_OUT_OF_MEMORY;
        v->m = m;
        v->cap = ncap;
    }
    memmove(&v->m[i + 2], &v->m[i + 1], (size_t)(v->n - i - 1) * sizeof *v->m);
    struct mapping *left = &v->m[i], *right = &v->m[i + 1];
    *right = *left;
    right->base = addr;
    right->size = left->base + left->size - addr;
    right->offset = left->offset + (addr - left->base);
    left->size = addr - left->base;
    right->phys->maps++;
    v->n++;
    return CUDA_SUCCESS;
}

/* Whether [p, p+size) is entirely covered by mappings. */
static int covered(const struct fake__va *v, uintptr_t p, size_t size)
{
    uintptr_t at = p;
    while (at < p + size) {
        int i = map_index(v, at);
        if (i < 0)
            return 0;
        at = v->m[i].base + v->m[i].size;
    }
    return 1;
}

/* Valid CUmemAllocationProp for a device allocation. */
static CUresult check_prop(const CUmemAllocationProp *prop)
{
    if (prop == NULL || prop->type != CU_MEM_ALLOCATION_TYPE_PINNED ||
        prop->location.type != CU_MEM_LOCATION_TYPE_DEVICE)
        return CUDA_ERROR_INVALID_VALUE;
    if (fake__check_device(prop->location.id) != CUDA_SUCCESS)
        return CUDA_ERROR_INVALID_DEVICE;
    if ((prop->requestedHandleTypes & ~(unsigned)CU_MEM_HANDLE_TYPE_POSIX_FILE_DESCRIPTOR) != 0)
        return CUDA_ERROR_NOT_SUPPORTED;
    return CUDA_SUCCESS;
}

/* Contract: the allocation granularity (2 MiB, minimum and recommended) for prop. */
CUresult cuMemGetAllocationGranularity(size_t *granularity, const CUmemAllocationProp *prop,
                                       CUmemAllocationGranularity_flags option)
{
    CUresult rc = fake__initialized();
    if (rc != CUDA_SUCCESS)
        return rc;
    if (granularity == NULL ||
        (option != CU_MEM_ALLOC_GRANULARITY_MINIMUM && option != CU_MEM_ALLOC_GRANULARITY_RECOMMENDED))
        return CUDA_ERROR_INVALID_VALUE;
    rc = check_prop(prop);
    if (rc == CUDA_SUCCESS)
        *granularity = GRAN;
    return rc;
}

/* Contract: reserves size bytes of address space (size a multiple of the
 * granularity; alignment 0 or a power of two; addr a hint). flags must be 0. */
CUresult cuMemAddressReserve(CUdeviceptr *ptr, size_t size, size_t alignment, CUdeviceptr addr,
                             unsigned long long flags)
{
    int e = errno;
    CUresult rc = fake__initialized();
    if (rc != CUDA_SUCCESS)
        return fake__done(e, rc);
    if (ptr == NULL || size == 0 || size % GRAN != 0 || flags != 0 ||
        (alignment & (alignment - 1)) != 0 || size > (SIZE_MAX >> 2))
        return fake__done(e, CUDA_ERROR_INVALID_VALUE);
    if (alignment < GRAN)
        alignment = GRAN;
    size_t len = size + alignment;
    void *hint = addr != 0 ? (void *)(uintptr_t)addr : NULL;
    void *p = mmap(hint, len, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (p == MAP_FAILED)
        return fake__done(e, CUDA_ERROR_OUT_OF_MEMORY);
    uintptr_t start = ((uintptr_t)p + alignment - 1) & ~(uintptr_t)(alignment - 1);
    if (start > (uintptr_t)p)
        munmap(p, start - (uintptr_t)p);
    if ((uintptr_t)p + len > start + size)
        munmap((void *)(start + size), (uintptr_t)p + len - (start + size));
    struct fake__alloc *a = calloc(1, sizeof *a);
    struct fake__va *v = calloc(1, sizeof *v);
    if (a == NULL || v == NULL) {
        rc = CUDA_ERROR_OUT_OF_MEMORY;
    } else {
        a->base = start;
        a->size = size;
        a->map_len = size;
        a->kind = FAKE__MEM_VA;
        a->va = v;
        fake__lock();
        rc = fake__mem_insert(a);
        fake__unlock();
    }
    if (rc != CUDA_SUCCESS) {
        munmap((void *)start, size);
        free(a);
        free(v);
        return fake__done(e, rc);
    }
    *ptr = (CUdeviceptr)start;
    return fake__done(e, CUDA_SUCCESS);
}

/* Unmaps mapping i of v (lock held). */
static void unmap_one(struct fake__va *v, int i)
{
    struct mapping m = v->m[i];
    blank(m.base, m.size);
    memmove(&v->m[i], &v->m[i + 1], (size_t)(v->n - i - 1) * sizeof *v->m);
    v->n--;
    m.phys->maps--;
    phys_put(m.phys);
}

/* Contract: frees a reservation made by cuMemAddressReserve (ptr and size exactly);
 * mappings still in it are unmapped. CUDA_ERROR_INVALID_VALUE otherwise. */
CUresult cuMemAddressFree(CUdeviceptr ptr, size_t size)
{
    int e = errno;
    CUresult rc = fake__initialized();
    if (rc != CUDA_SUCCESS)
        return fake__done(e, rc);
    if (fake__in_worker())
        return fake__done(e, CUDA_ERROR_NOT_PERMITTED);
    fake__lock();
    struct fake__alloc *a = va_at((uintptr_t)ptr);
    if (a == NULL || a->base != (uintptr_t)ptr || a->size != size) {
        rc = CUDA_ERROR_INVALID_VALUE;
    } else {
        for (int d = 0; d < fake__g.ndev && a->va->n > 0; d++)
            fake__device_wait_idle(d);
        a = va_at((uintptr_t)ptr);
        if (a == NULL || a->base != (uintptr_t)ptr) {
            rc = CUDA_ERROR_INVALID_VALUE;
        } else {
            struct fake__va *v = a->va;
            while (v->n > 0)
                unmap_one(v, v->n - 1);
            free(v->m);
            free(v);
            fake__mem_destroy(a);
        }
    }
    fake__unlock();
    return fake__done(e, rc);
}

static struct phys *phys_get(CUmemGenericAllocationHandle h)
{
    return fake__handle_get(FAKE__KIND_PHYS, h);
}

/* Contract: creates size bytes (a multiple of the granularity) of physical memory on
 * prop's device, charged to it. flags must be 0. CUDA_ERROR_OUT_OF_MEMORY beyond the
 * device's free memory. */
CUresult cuMemCreate(CUmemGenericAllocationHandle *handle, size_t size, const CUmemAllocationProp *prop,
                     unsigned long long flags)
{
    int e = errno;
    CUresult rc = fake__initialized();
    if (rc != CUDA_SUCCESS)
        return fake__done(e, rc);
    if (handle == NULL || size == 0 || size % GRAN != 0 || flags != 0)
        return fake__done(e, CUDA_ERROR_INVALID_VALUE);
    rc = check_prop(prop);
    if (rc != CUDA_SUCCESS)
        return fake__done(e, rc);
    struct phys *p = calloc(1, sizeof *p);
    if (p == NULL)
        return fake__done(e, CUDA_ERROR_OUT_OF_MEMORY);
    p->size = size;
    p->dev = prop->location.id;
    p->prop = *prop;
    p->hrefs = 1;
    p->fd = -1;
    fake__lock();
    rc = fake__charge(p->dev, size);
    if (rc == CUDA_SUCCESS) {
        p->fd = memfd_create("fakecuda-vmm", MFD_CLOEXEC);
        if (p->fd < 0 || ftruncate(p->fd, (off_t)size) != 0)
            rc = CUDA_ERROR_OUT_OF_MEMORY;
        if (rc == CUDA_SUCCESS) {
            p->handle = fake__handle_new(FAKE__KIND_PHYS, p, NULL);
            if (p->handle == 0)
                rc = CUDA_ERROR_OUT_OF_MEMORY;
        }
        if (rc != CUDA_SUCCESS) {
            if (p->fd >= 0)
                close(p->fd);
            fake__uncharge(p->dev, size);
        }
    }
    fake__unlock();
    if (rc != CUDA_SUCCESS) {
        free(p);
        return fake__done(e, rc);
    }
    *handle = p->handle;
    return fake__done(e, CUDA_SUCCESS);
}

/* Contract: releases one reference to handle; the memory goes back to the device when
 * no reference and no mapping is left. CUDA_ERROR_INVALID_VALUE for an unknown handle. */
CUresult cuMemRelease(CUmemGenericAllocationHandle handle)
{
    int e = errno;
    CUresult rc = fake__initialized();
    if (rc != CUDA_SUCCESS)
        return fake__done(e, rc);
    fake__lock();
    struct phys *p = phys_get(handle);
    if (p == NULL) {
        rc = CUDA_ERROR_INVALID_VALUE;
    } else if (--p->hrefs == 0) {
        fake__handle_drop(p->handle);
        p->handle = 0;
        phys_put(p);
    }
    fake__unlock();
    return fake__done(e, rc);
}

/* Contract: maps size bytes of handle, from offset, at ptr inside a reservation (all
 * multiples of the granularity; the range must be unmapped). No access until
 * cuMemSetAccess. flags must be 0. */
CUresult cuMemMap(CUdeviceptr ptr, size_t size, size_t offset, CUmemGenericAllocationHandle handle,
                  unsigned long long flags)
{
    int e = errno;
    CUresult rc = fake__initialized();
    if (rc != CUDA_SUCCESS)
        return fake__done(e, rc);
    if (flags != 0 || size == 0 || ptr % GRAN != 0 || size % GRAN != 0 || offset % GRAN != 0)
        return fake__done(e, CUDA_ERROR_INVALID_VALUE);
    fake__lock();
    struct phys *p = phys_get(handle);
    struct fake__alloc *a = va_at((uintptr_t)ptr);
    struct fake__va *v = a != NULL ? a->va : NULL;
    if (p == NULL || a == NULL || offset > p->size || size > p->size - offset ||
        size > a->size - ((uintptr_t)ptr - a->base))
        rc = CUDA_ERROR_INVALID_VALUE;
    for (int i = 0; rc == CUDA_SUCCESS && i < v->n; i++)
        if (v->m[i].base < (uintptr_t)ptr + size && (uintptr_t)ptr < v->m[i].base + v->m[i].size)
            rc = CUDA_ERROR_INVALID_VALUE;  /* already mapped */
    if (rc == CUDA_SUCCESS && v->n == v->cap) {
        int ncap = v->cap ? v->cap * 2 : 8;
        struct mapping *m = realloc(v->m, (size_t)ncap * sizeof *m);
        if (m == NULL)
            rc = CUDA_ERROR_OUT_OF_MEMORY;
        else {
            v->m = m;
            v->cap = ncap;
        }
    }
    if (rc == CUDA_SUCCESS && mmap((void *)(uintptr_t)ptr, size, PROT_NONE, MAP_SHARED | MAP_FIXED, p->fd,
                                   (off_t)offset) == MAP_FAILED)
        rc = CUDA_ERROR_OUT_OF_MEMORY;
    if (rc == CUDA_SUCCESS) {
        int i = 0;
        while (i < v->n && v->m[i].base < (uintptr_t)ptr)
            i++;
        memmove(&v->m[i + 1], &v->m[i], (size_t)(v->n - i) * sizeof *v->m);
        v->m[i] = (struct mapping){(uintptr_t)ptr, size, p, offset, CU_MEM_ACCESS_FLAGS_PROT_NONE};
        v->n++;
        p->maps++;
    }
    fake__unlock();
    return fake__done(e, rc);
}

/* Contract: unmaps the mappings in [ptr, ptr+size), after the device's pending work.
 * CUDA_ERROR_INVALID_VALUE if the range is not in a reservation or cuts a mapping. */
CUresult cuMemUnmap(CUdeviceptr ptr, size_t size)
{
    int e = errno;
    CUresult rc = fake__initialized();
    if (rc != CUDA_SUCCESS)
        return fake__done(e, rc);
    if (size == 0 || ptr % GRAN != 0 || size % GRAN != 0)
        return fake__done(e, CUDA_ERROR_INVALID_VALUE);
    if (fake__in_worker())
        return fake__done(e, CUDA_ERROR_NOT_PERMITTED);
    fake__lock();
    for (int d = 0; d < fake__g.ndev; d++)
        fake__device_wait_idle(d);
    uintptr_t lo = (uintptr_t)ptr, hi = lo + size;
    struct fake__alloc *a = va_at(lo);
    if (a == NULL || size > a->size - (lo - a->base))
        rc = CUDA_ERROR_INVALID_VALUE;
    struct fake__va *v = a != NULL ? a->va : NULL;
    int found = 0;
    for (int i = 0; rc == CUDA_SUCCESS && i < v->n; i++) {
        struct mapping *m = &v->m[i];
        if (m->base < hi && lo < m->base + m->size) {
            found = 1;
            if (m->base < lo || m->base + m->size > hi)
                rc = CUDA_ERROR_INVALID_VALUE;
        }
    }
    if (rc == CUDA_SUCCESS && !found)
        rc = CUDA_ERROR_INVALID_VALUE;
    for (int i = v != NULL ? v->n - 1 : -1; rc == CUDA_SUCCESS && i >= 0; i--)
        if (v->m[i].base >= lo && v->m[i].base < hi)
            unmap_one(v, i);
    fake__unlock();
    return fake__done(e, rc);
}

/* Contract: grants the access of desc[0..count) (the strongest one: one address space
 * serves every device) to the mapped range [ptr, ptr+size). Errors: an unmapped part
 * or bad flags, CUDA_ERROR_INVALID_VALUE; a bad device, CUDA_ERROR_INVALID_DEVICE. */
CUresult cuMemSetAccess(CUdeviceptr ptr, size_t size, const CUmemAccessDesc *desc, size_t count)
{
    int e = errno;
    CUresult rc = fake__initialized();
    if (rc != CUDA_SUCCESS)
        return fake__done(e, rc);
    if (desc == NULL || count == 0 || size == 0 || ptr % GRAN != 0 || size % GRAN != 0)
        return fake__done(e, CUDA_ERROR_INVALID_VALUE);
    int access = 0;
    for (size_t i = 0; i < count; i++) {
        if (desc[i].location.type != CU_MEM_LOCATION_TYPE_DEVICE)
            return fake__done(e, CUDA_ERROR_INVALID_VALUE);
        if (fake__check_device(desc[i].location.id) != CUDA_SUCCESS)
            return fake__done(e, CUDA_ERROR_INVALID_DEVICE);
        CUmemAccess_flags fl = desc[i].flags;
        if (fl != CU_MEM_ACCESS_FLAGS_PROT_NONE && fl != CU_MEM_ACCESS_FLAGS_PROT_READ &&
            fl != CU_MEM_ACCESS_FLAGS_PROT_READWRITE)
            return fake__done(e, CUDA_ERROR_INVALID_VALUE);
        access |= (int)desc[i].flags;
    }
    uintptr_t lo = (uintptr_t)ptr, hi = lo + size;
    fake__lock();
    struct fake__alloc *a = va_at(lo);
    struct fake__va *v = a != NULL ? a->va : NULL;
    if (a == NULL || size > a->size - (lo - a->base) || !covered(v, lo, size))
        rc = CUDA_ERROR_INVALID_VALUE;
    if (rc == CUDA_SUCCESS)
        rc = split_at(v, lo);
    if (rc == CUDA_SUCCESS)
        rc = split_at(v, hi);
    int prot = access == CU_MEM_ACCESS_FLAGS_PROT_READWRITE ? PROT_READ | PROT_WRITE
               : access == CU_MEM_ACCESS_FLAGS_PROT_READ    ? PROT_READ
                                                            : PROT_NONE;
    for (int i = 0; rc == CUDA_SUCCESS && i < v->n; i++) {
        if (v->m[i].base >= lo && v->m[i].base < hi) {
            if (mprotect((void *)v->m[i].base, v->m[i].size, prot) != 0)
                rc = CUDA_ERROR_UNKNOWN;
            else
                v->m[i].access = access;
        }
    }
    fake__unlock();
    return fake__done(e, rc);
}

/* Contract: *flags = the access of the mapping containing ptr for location (a device). */
CUresult cuMemGetAccess(unsigned long long *flags, const CUmemLocation *location, CUdeviceptr ptr)
{
    int e = errno;
    CUresult rc = fake__initialized();
    if (rc != CUDA_SUCCESS)
        return fake__done(e, rc);
    if (flags == NULL || location == NULL || location->type != CU_MEM_LOCATION_TYPE_DEVICE)
        return fake__done(e, CUDA_ERROR_INVALID_VALUE);
    if (fake__check_device(location->id) != CUDA_SUCCESS)
        return fake__done(e, CUDA_ERROR_INVALID_DEVICE);
    fake__lock();
    struct fake__alloc *a = va_at((uintptr_t)ptr);
    int i = a != NULL ? map_index(a->va, (uintptr_t)ptr) : -1;
    if (i < 0)
        rc = CUDA_ERROR_INVALID_VALUE;
    else
        *flags = (unsigned long long)a->va->m[i].access;
    fake__unlock();
    return fake__done(e, rc);
}

/* Contract: the properties handle was created with. */
CUresult cuMemGetAllocationPropertiesFromHandle(CUmemAllocationProp *prop, CUmemGenericAllocationHandle handle)
{
    int e = errno;
    CUresult rc = fake__initialized();
    if (rc != CUDA_SUCCESS)
        return fake__done(e, rc);
    if (prop == NULL)
        return fake__done(e, CUDA_ERROR_INVALID_VALUE);
    fake__lock();
    struct phys *p = phys_get(handle);
    if (p == NULL)
        rc = CUDA_ERROR_INVALID_VALUE;
    else
        *prop = p->prop;
    fake__unlock();
    return fake__done(e, rc);
}

/* Contract: *handle = a new reference to the physical allocation mapped at addr (to
 * release with cuMemRelease). CUDA_ERROR_INVALID_VALUE if addr is not mapped. */
CUresult cuMemRetainAllocationHandle(CUmemGenericAllocationHandle *handle, void *addr)
{
    int e = errno;
    CUresult rc = fake__initialized();
    if (rc != CUDA_SUCCESS)
        return fake__done(e, rc);
    if (handle == NULL)
        return fake__done(e, CUDA_ERROR_INVALID_VALUE);
    fake__lock();
    struct fake__alloc *a = va_at((uintptr_t)addr);
    int i = a != NULL ? map_index(a->va, (uintptr_t)addr) : -1;
    struct phys *p = i >= 0 ? a->va->m[i].phys : NULL;
    if (p == NULL) {
        rc = CUDA_ERROR_INVALID_VALUE;
    } else {
        if (p->handle == 0)
            p->handle = fake__handle_new(FAKE__KIND_PHYS, p, NULL);
        if (p->handle == 0) {
            rc = CUDA_ERROR_OUT_OF_MEMORY;
        } else {
            p->hrefs++;
            *handle = p->handle;
        }
    }
    fake__unlock();
    return fake__done(e, rc);
}
