/*
 * procaddr.c - cuGetProcAddress: how CUDA 12+ runtimes find every driver entry point.
 *
 * The version rules (which symbol an entry point means at a given CUDA version, with
 * legacy or per-thread default stream semantics) live in common/api_lookup.c over the
 * generated tables, the same code the interposer uses, so fakecuda and libquanta
 * cannot disagree. The
 * address returned is this library's own definition of that symbol (fake__cuda_fns,
 * generated), a simulated one or a "not supported" stub. Works before cuInit, as
 * runtimes look up cuInit itself this way.
 */
#include "fake.h"

/* The lookup of both versions; v2 reports a miss in *symbolStatus (may be NULL) and
 * succeeds, v1 fails with CUDA_ERROR_NOT_FOUND. */
static CUresult proc_address(const char *symbol, void **pfn, int cudaVersion, cuuint64_t flags, int v2,
                             CUdriverProcAddressQueryResult *symbolStatus)
{
    CUdriverProcAddressQueryResult ignored;
    CUdriverProcAddressQueryResult *status = symbolStatus != NULL ? symbolStatus : &ignored;
    cuuint64_t known = CU_GET_PROC_ADDRESS_LEGACY_STREAM | CU_GET_PROC_ADDRESS_PER_THREAD_DEFAULT_STREAM;
    if (symbol == NULL || pfn == NULL || (flags & ~known) != 0)
        return CUDA_ERROR_INVALID_VALUE;
    enum quanta__proc_status ps = QUANTA__PROC_NO_SYMBOL;
    int per_thread = (flags & CU_GET_PROC_ADDRESS_PER_THREAD_DEFAULT_STREAM) != 0;
    int fn = quanta__api_proc(&quanta__cuda_api, symbol, cudaVersion, per_thread, &ps);
    if (fn < 0) {
        *pfn = NULL;
        *status = ps == QUANTA__PROC_VERSION_TOO_OLD ? CU_GET_PROC_ADDRESS_VERSION_NOT_SUFFICIENT
                                                     : CU_GET_PROC_ADDRESS_SYMBOL_NOT_FOUND;
        return v2 ? CUDA_SUCCESS : CUDA_ERROR_NOT_FOUND;  /* as driver 580 answers */
    }
    *pfn = fake__cuda_fns[fn];
    *status = CU_GET_PROC_ADDRESS_SUCCESS;
    return CUDA_SUCCESS;
}

/* Contract: *pfn = the driver function cudaVersion means by entry point symbol
 * ("cuMemAlloc" at 12000 is cuMemAlloc_v2); flags may ask for per-thread default
 * stream variants. CUDA_ERROR_NOT_FOUND (and *pfn = NULL) if there is none,
 * CUDA_ERROR_INVALID_VALUE for NULL arguments or unknown flags. Works before cuInit. */
CUresult cuGetProcAddress(const char *symbol, void **pfn, int cudaVersion, cuuint64_t flags)
{
    return proc_address(symbol, pfn, cudaVersion, flags, 0, NULL);
}

/* Contract: as cuGetProcAddress, but a miss is not an error (what driver 580 does): it
 * returns CUDA_SUCCESS with *pfn = NULL and, if symbolStatus is not NULL, the reason
 * (CU_GET_PROC_ADDRESS_SYMBOL_NOT_FOUND or _VERSION_NOT_SUFFICIENT) in *symbolStatus. */
CUresult cuGetProcAddress_v2(const char *symbol, void **pfn, int cudaVersion, cuuint64_t flags,
                             CUdriverProcAddressQueryResult *symbolStatus)
{
    return proc_address(symbol, pfn, cudaVersion, flags, 1, symbolStatus);
}
