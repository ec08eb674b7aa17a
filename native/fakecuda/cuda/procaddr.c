/*
 * procaddr.c - cuGetProcAddress: how CUDA 12+ runtimes find every driver entry point.
 *
 * The version rules (which symbol an entry point means at a given CUDA version, with
 * legacy or per-thread default stream semantics) live in common/api_lookup.c over the
 * generated tables, the same code the interposer and the forwarding client use
 * (common/proc_address.c), so they cannot disagree. The
 * address returned is this library's own definition of that symbol (fake__cuda_fns,
 * generated), a simulated one or a "not supported" stub. Works before cuInit, as
 * runtimes look up cuInit itself this way.
 */
#include "fake.h"
#include "proc_address.h"

/* Contract: *pfn = the driver function cudaVersion means by entry point symbol
 * ("cuMemAlloc" at 12000 is cuMemAlloc_v2); flags may ask for per-thread default
 * stream variants. CUDA_ERROR_NOT_FOUND (and *pfn = NULL) if there is none,
 * CUDA_ERROR_INVALID_VALUE for NULL arguments or unknown flags. Works before cuInit. */
CUresult cuGetProcAddress(const char *symbol, void **pfn, int cudaVersion, cuuint64_t flags)
{
    return quanta__proc_address(fake__cuda_fns, symbol, pfn, cudaVersion, flags, 0, NULL);
}

/* Contract: as cuGetProcAddress, but a miss is not an error (what driver 580 does): it
 * returns CUDA_SUCCESS with *pfn = NULL and, if symbolStatus is not NULL, the reason
 * (CU_GET_PROC_ADDRESS_SYMBOL_NOT_FOUND or _VERSION_NOT_SUFFICIENT) in *symbolStatus. */
CUresult cuGetProcAddress_v2(const char *symbol, void **pfn, int cudaVersion, cuuint64_t flags,
                             CUdriverProcAddressQueryResult *symbolStatus)
{
    return quanta__proc_address(fake__cuda_fns, symbol, pfn, cudaVersion, flags, 1, symbolStatus);
}
