/*
 * client_host.c - page-locked host memory on a machine with no driver (mode local in
 * api/forward/cuda-driver.json): cuMemHostAlloc, cuMemAllocHost, cuMemFreeHost,
 * cuMemHostRegister, cuMemHostUnregister and cuMemHostGetFlags; and cuPointerGetAttributes,
 * which answers for that memory here and asks the executor about the rest.
 *
 * Why local: the program's host memory lives on the client; page-locking it there would
 * buy nothing (the copies cross a socket or a shared ring, not DMA). What the program can
 * observe is kept: allocations are page-aligned, freeing or unregistering what was not
 * allocated or registered fails as the driver fails, and the flags come back. Memory the
 * device would read directly (CU_MEMHOSTALLOC_DEVICEMAP, cuMemHostGetDevicePointer)
 * cannot be across machines: asking for it fails with CUDA_ERROR_NOT_SUPPORTED and a log line
 * (cuMemHostGetDevicePointer is not forwarded at all).
 *
 * Design: one table of ranges under a lock, searched linearly (programs hold few:
 * PyTorch's pinned allocator caches large blocks), bounded at MAX_RANGES.
 */
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fwd_client.h"

#define MAX_RANGES 4096
/* cuda.h's flag macros (the API description carries types, not macros). */
#define CU_MEMHOSTALLOC_DEVICEMAP 0x02
#define CU_MEMHOSTREGISTER_DEVICEMAP 0x02

static pthread_mutex_t ranges_lock = PTHREAD_MUTEX_INITIALIZER;
static struct range {
    uintptr_t base;
    size_t size;
    unsigned int flags;
    int allocated; /* by cuMemHostAlloc (freed with cuMemFreeHost), else registered */
} ranges[MAX_RANGES];
static int range_count;

static int find_range(uintptr_t p, int exact)
{
    for (int i = 0; i < range_count; i++)
        if (exact ? ranges[i].base == p : (p >= ranges[i].base && p - ranges[i].base < ranges[i].size))
            return i;
    return -1;
}

static CUresult remember(void *p, size_t size, unsigned int flags, int allocated)
{
    pthread_mutex_lock(&ranges_lock);
    int full = range_count == MAX_RANGES;
    if (!full)
        ranges[range_count++] = (struct range){(uintptr_t)p, size, flags, allocated};
    pthread_mutex_unlock(&ranges_lock);
    return full ? CUDA_ERROR_OUT_OF_MEMORY : CUDA_SUCCESS;
}

/* Removes the range starting at p of the given kind; CUDA_SUCCESS if there was one. */
static CUresult forget(void *p, int allocated)
{
    pthread_mutex_lock(&ranges_lock);
    int i = find_range((uintptr_t)p, 1);
    int ok = i >= 0 && ranges[i].allocated == allocated;
    if (ok)
        ranges[i] = ranges[--range_count];
    pthread_mutex_unlock(&ranges_lock);
    return ok ? CUDA_SUCCESS : allocated ? CUDA_ERROR_INVALID_VALUE : CUDA_ERROR_HOST_MEMORY_NOT_REGISTERED;
}

static CUresult device_mapping_refused(const char *what)
{
    quanta__fwd_log("%s: host memory the device reads directly is not forwarded: it returns CUDA_ERROR_NOT_SUPPORTED", what);
    return CUDA_ERROR_NOT_SUPPORTED;
}

QUANTA__FWD_EXPORT CUresult cuMemHostAlloc(void **pp, size_t bytesize, unsigned int Flags)
{
    if (pp == NULL || bytesize == 0)
        return CUDA_ERROR_INVALID_VALUE;
    if (Flags & CU_MEMHOSTALLOC_DEVICEMAP)
        return device_mapping_refused("cuMemHostAlloc with CU_MEMHOSTALLOC_DEVICEMAP");
    long page = sysconf(_SC_PAGESIZE);
    void *p = NULL;
    if (posix_memalign(&p, page > 0 ? (size_t)page : 4096, bytesize) != 0)
        return CUDA_ERROR_OUT_OF_MEMORY;
    CUresult rc = remember(p, bytesize, Flags, 1);
    if (rc != CUDA_SUCCESS) {
        free(p);
        return rc;
    }
    *pp = p;
    return CUDA_SUCCESS;
}

QUANTA__FWD_EXPORT CUresult cuMemAllocHost_v2(void **pp, size_t bytesize)
{
    return cuMemHostAlloc(pp, bytesize, 0);
}

QUANTA__FWD_EXPORT CUresult cuMemAllocHost(void **pp, unsigned int bytesize)
{
    return cuMemHostAlloc(pp, bytesize, 0);
}

QUANTA__FWD_EXPORT CUresult cuMemFreeHost(void *p)
{
    CUresult rc = forget(p, 1);
    if (rc == CUDA_SUCCESS)
        free(p);
    return rc;
}

QUANTA__FWD_EXPORT CUresult cuMemHostRegister_v2(void *p, size_t bytesize, unsigned int Flags)
{
    if (p == NULL || bytesize == 0)
        return CUDA_ERROR_INVALID_VALUE;
    if (Flags & CU_MEMHOSTREGISTER_DEVICEMAP)
        return device_mapping_refused("cuMemHostRegister with CU_MEMHOSTREGISTER_DEVICEMAP");
    pthread_mutex_lock(&ranges_lock);
    int overlaps = find_range((uintptr_t)p, 0) >= 0 || find_range((uintptr_t)p + bytesize - 1, 0) >= 0;
    pthread_mutex_unlock(&ranges_lock);
    return overlaps ? CUDA_ERROR_HOST_MEMORY_ALREADY_REGISTERED : remember(p, bytesize, Flags, 0);
}

QUANTA__FWD_EXPORT CUresult cuMemHostRegister(void *p, size_t bytesize, unsigned int Flags)
{
    return cuMemHostRegister_v2(p, bytesize, Flags);
}

QUANTA__FWD_EXPORT CUresult cuMemHostUnregister(void *p)
{
    return forget(p, 0);
}

QUANTA__FWD_EXPORT CUresult cuMemHostGetFlags(unsigned int *pFlags, void *p)
{
    if (pFlags == NULL)
        return CUDA_ERROR_INVALID_VALUE;
    pthread_mutex_lock(&ranges_lock);
    int i = find_range((uintptr_t)p, 0);
    if (i >= 0)
        *pFlags = ranges[i].flags;
    pthread_mutex_unlock(&ranges_lock);
    return i >= 0 ? CUDA_SUCCESS : CUDA_ERROR_INVALID_VALUE;
}

/* Contract: as the driver's: for a pointer CUDA does not know, the attributes get zero
 * values and the call succeeds. Page-locked memory of this client's is host memory; any
 * other pointer is asked about, one attribute at a time (cuPointerGetAttribute). */
QUANTA__FWD_EXPORT CUresult cuPointerGetAttributes(unsigned int numAttributes, CUpointer_attribute *attributes, void **data, CUdeviceptr ptr)
{
    if (numAttributes == 0 || attributes == NULL || data == NULL)
        return CUDA_ERROR_INVALID_VALUE;
    pthread_mutex_lock(&ranges_lock);
    int host = find_range((uintptr_t)ptr, 0) >= 0;
    pthread_mutex_unlock(&ranges_lock);
    for (unsigned int i = 0; i < numAttributes; i++) {
        unsigned size = quanta__fwd_pointer_attribute_size((int)attributes[i]);
        if (size == 0) {
            quanta__fwd_log("cuPointerGetAttributes: attribute %d is not forwarded: it returns CUDA_ERROR_NOT_SUPPORTED", (int)attributes[i]);
            return CUDA_ERROR_NOT_SUPPORTED;
        }
        if (data[i] == NULL)
            continue;
        memset(data[i], 0, size);
        if (host) {
            if (attributes[i] == CU_POINTER_ATTRIBUTE_MEMORY_TYPE)
                *(unsigned int *)data[i] = CU_MEMORYTYPE_HOST;
            else if (attributes[i] == CU_POINTER_ATTRIBUTE_HOST_POINTER || attributes[i] == CU_POINTER_ATTRIBUTE_DEVICE_POINTER)
                *(CUdeviceptr *)data[i] = ptr;
            continue;
        }
        CUresult rc = cuPointerGetAttribute(data[i], attributes[i], ptr);
        if (rc == CUDA_ERROR_INVALID_VALUE)
            memset(data[i], 0, size); /* not CUDA's: zero, as the driver answers */
        else if (rc != CUDA_SUCCESS)
            return rc;
    }
    return CUDA_SUCCESS;
}
