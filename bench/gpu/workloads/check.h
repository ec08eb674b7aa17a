/* Error-checking helpers shared by the bench programs. Every CUDA call in
 * them goes through one of these: a failure prints the call, file, line and
 * the error's name, then exits non-zero. */
#ifndef QUANTA_BENCH_CHECK_H
#define QUANTA_BENCH_CHECK_H

#include <stdio.h>
#include <stdlib.h>

#ifdef __CUDA_RUNTIME_H__
#define CHECK_RT(call)                                                         \
  do {                                                                         \
    cudaError_t err_ = (call);                                                 \
    if (err_ != cudaSuccess) {                                                 \
      fprintf(stderr, "%s:%d: %s failed: %s (%d)\n", __FILE__, __LINE__,       \
              #call, cudaGetErrorName(err_), (int)err_);                       \
      exit(2);                                                                 \
    }                                                                          \
  } while (0)
#endif

#ifdef __cuda_cuda_h__
#define CHECK_CU(call)                                                         \
  do {                                                                         \
    CUresult res_ = (call);                                                    \
    if (res_ != CUDA_SUCCESS) {                                                \
      const char *name_ = NULL;                                                \
      if (cuGetErrorName(res_, &name_) != CUDA_SUCCESS || name_ == NULL)       \
        name_ = "?";                                                           \
      fprintf(stderr, "%s:%d: %s failed: %s (%d)\n", __FILE__, __LINE__,       \
              #call, name_, (int)res_);                                        \
      exit(2);                                                                 \
    }                                                                          \
  } while (0)
#endif

/* FNV-1a 64-bit over a byte buffer: the digest the programs print. */
static inline unsigned long long fnv1a64(const void *data, size_t n) {
  const unsigned char *p = (const unsigned char *)data;
  unsigned long long h = 1469598103934665603ULL;
  for (size_t i = 0; i < n; i++) {
    h ^= p[i];
    h *= 1099511628211ULL;
  }
  return h;
}

#endif
