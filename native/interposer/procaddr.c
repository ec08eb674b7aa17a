/*
 * procaddr.c - cuGetProcAddress and cuGetProcAddress_v2, the way CUDA 12/13's cudart
 * (static or shared) reaches every driver function, including cuGetProcAddress itself.
 *
 * The real driver chooses the symbol (by name, CUDA version and per-thread-stream flag);
 * Quanta maps the pointer it returns back to the symbol it is (a hash of the real
 * library's exported functions, built once at load) and hands out that symbol's wrapper.
 * So the driver's own version rules apply unchanged; a pointer that is none of its
 * exported symbols is passed through and reported by the trace as unwrapped.
 */
#include "libs.h"

#include <errno.h>
#include <stddef.h>
#include <stdint.h>

#define MAP_SLOTS 4096 /* power of two, > 2x the driver's symbols */
_Static_assert(MAP_SLOTS > 2 * QUANTA_CUDA_FN_COUNT, "pointer map too small");

static void *map_key[MAP_SLOTS];
static int16_t map_fn[MAP_SLOTS];

static size_t slot_of(const void *p)
{
    uintptr_t x = (uintptr_t)p;
    x ^= x >> 17;
    x *= 0x9E3779B97F4A7C15ull;
    return (size_t)(x >> 40) & (MAP_SLOTS - 1);
}

void quanta__procaddr_index(const struct quanta__lib *lib)
{
    for (int fn = 0; fn < lib->api->count; fn++) {
        void *p = lib->real[fn];
        if (p == NULL)
            continue;
        size_t s = slot_of(p);
        while (map_key[s] != NULL && map_key[s] != p)
            s = (s + 1) & (MAP_SLOTS - 1);
        if (map_key[s] == NULL) {  /* aliases keep the first (lowest-version) symbol */
            map_key[s] = p;
            map_fn[s] = (int16_t)fn;
        }
    }
}

static int fn_of(const void *p)
{
    for (size_t s = slot_of(p); map_key[s] != NULL; s = (s + 1) & (MAP_SLOTS - 1))
        if (map_key[s] == p)
            return map_fn[s];
    return -1;
}

/* Replaces the driver's answer in *pfn with Quanta's wrapper of the same function. */
static void wrap_result(const char *symbol, void **pfn)
{
    int saved = errno;
    if (pfn != NULL && *pfn != NULL) {
        int fn = fn_of(*pfn);
        if (fn >= 0)
            *pfn = quanta__cuda_lib.wrappers[fn];
        else
            quanta__trace_unwrapped("cuda", symbol, "cuGetProcAddress");
    }
    errno = saved;
}

/* Interposes cuGetProcAddress (CUDA 11.3): same contract as the driver's; on success
 * *pfn is Quanta's wrapper of the function the driver chose. */
CUresult cuGetProcAddress(const char *symbol, void **pfn, int cudaVersion, cuuint64_t flags)
{
    quanta_cuda_pfn_cuGetProcAddress real =
        (quanta_cuda_pfn_cuGetProcAddress)quanta__enter(&quanta__cuda_lib, quanta__cuda_real, QUANTA_CUDA_cuGetProcAddress);
    if (real == NULL)
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGetProcAddress);
    CUresult rc = real(symbol, pfn, cudaVersion, flags);
    if (rc == CUDA_SUCCESS)
        wrap_result(symbol, pfn);
    return rc;
}

/* Interposes cuGetProcAddress_v2 (CUDA 12.0): as above, with the driver's symbolStatus. */
CUresult cuGetProcAddress_v2(const char *symbol, void **pfn, int cudaVersion, cuuint64_t flags,
                             CUdriverProcAddressQueryResult *symbolStatus)
{
    quanta_cuda_pfn_cuGetProcAddress_v2 real =
        (quanta_cuda_pfn_cuGetProcAddress_v2)quanta__enter(&quanta__cuda_lib, quanta__cuda_real, QUANTA_CUDA_cuGetProcAddress_v2);
    if (real == NULL)
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGetProcAddress_v2);
    CUresult rc = real(symbol, pfn, cudaVersion, flags, symbolStatus);
    if (rc == CUDA_SUCCESS)
        wrap_result(symbol, pfn);
    return rc;
}
