/*
 * fake_stub.h - what the generated stubs of fakecuda need (gen/fake_*_stubs.c).
 *
 * Every driver/NVML symbol exists in fakecuda as a weak stub that answers "not
 * supported"; files under fakecuda/cuda and fakecuda/nvml replace the ones fakecuda
 * simulates with strong definitions of the same name.
 */
#ifndef FAKE_STUB_H
#define FAKE_STUB_H

#include "api_table.h"

#define FAKE__STUB __attribute__((weak, visibility("default")))

/* Called by a stub: logs the unsupported call once per symbol when FAKECUDA_LOG is set
 * and returns the library's "not supported" code (CUDA_ERROR_NOT_SUPPORTED = 801,
 * NVML_ERROR_NOT_SUPPORTED = 3). */
int fake__unsupported(const struct quanta__api *api, int fn);

#endif
