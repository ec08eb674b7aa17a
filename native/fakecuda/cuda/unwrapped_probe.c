/*
 * unwrapped_probe.c - a driver-like export that is in no CUDA header, so Quanta has no
 * wrapper for it: tests look it up to prove the trace reports unwrapped entry points.
 */
#include "quanta_cuda_api.h"

/* Always returns 42. Exists only for Quanta's tests. */
__attribute__((visibility("default"))) int cuFakecudaUnwrappedProbe(void);
int cuFakecudaUnwrappedProbe(void)
{
    return 42;
}
