/*
 * proc_address.c - cuGetProcAddress from the generated tables (see proc_address.h): the
 * version rules live in quanta__api_proc (api_lookup.c); this maps its answer to the
 * driver's results and to the caller's own functions.
 */
#include "proc_address.h"

CUresult quanta__proc_address(void *const *fns, const char *symbol, void **pfn, int cudaVersion, cuuint64_t flags, int v2,
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
        return v2 ? CUDA_SUCCESS : CUDA_ERROR_NOT_FOUND;
    }
    *pfn = fns[fn];
    *status = CU_GET_PROC_ADDRESS_SUCCESS;
    return CUDA_SUCCESS;
}
