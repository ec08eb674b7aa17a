/*
 * proc_address.h - cuGetProcAddress answered from the generated API tables, for a library
 * that defines every driver symbol itself (fakecuda, the forwarding client).
 */
#ifndef QUANTA_PROC_ADDRESS_H
#define QUANTA_PROC_ADDRESS_H

#include "quanta_cuda_api.h"

/* Contract: *pfn = fns[i] for the symbol the driver would give for entry point `symbol`
 * at `cudaVersion` and `flags` (CU_GET_PROC_ADDRESS_*), as driver 580 answers: a miss is
 * CUDA_ERROR_NOT_FOUND for cuGetProcAddress (v2 = 0), and CUDA_SUCCESS with the reason
 * in *symbolStatus (may be NULL) for cuGetProcAddress_v2. CUDA_ERROR_INVALID_VALUE for a
 * NULL symbol or pfn or unknown flags. Does not touch errno. */
CUresult quanta__proc_address(void *const *fns, const char *symbol, void **pfn, int cudaVersion, cuuint64_t flags, int v2,
                              CUdriverProcAddressQueryResult *symbolStatus);

#endif
