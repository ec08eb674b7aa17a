// Driver-API program for API forwarding's first GPU check (bench/gpu/forward.sh): its
// kernels come from a PTX file nvcc made (argv[1]) and are loaded with cuModuleLoadData,
// as frameworks' JIT paths do; it runs them on two streams with an event between, copies
// the results back and prints a digest, so that a native run and a forwarded run can be
// compared byte for byte. Uses only entry points api/forward/cuda-driver.json forwards.
#include <cuda.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

// The kernels exist for nvcc -ptx only; the host program is built by g++ against cuda.h.
#ifdef __CUDACC__
extern "C" __global__ void scale_add(int n, float a, const float *x, const float *y, float *out) {
  int i = blockIdx.x * blockDim.x + threadIdx.x;
  if (i < n) out[i] = a * x[i] + y[i];
}

extern "C" __global__ void fill(int n, unsigned v, unsigned *out) {
  int i = blockIdx.x * blockDim.x + threadIdx.x;
  if (i < n) out[i] = v ^ (unsigned)i;
}
#endif

#define OK(call)                                                          \
  do {                                                                    \
    CUresult rc_ = (call);                                                \
    if (rc_ != CUDA_SUCCESS) {                                            \
      const char *s_ = "?";                                               \
      cuGetErrorName(rc_, &s_);                                           \
      printf("FAIL %s: %s\n", #call, s_);                                 \
      return 1;                                                           \
    }                                                                     \
  } while (0)

static uint64_t fnv(const void *p, size_t n, uint64_t h) {
  const unsigned char *b = (const unsigned char *)p;
  for (size_t i = 0; i < n; i++) h = (h ^ b[i]) * 1099511628211ull;
  return h;
}

int main(int argc, char **argv) {
  if (argc < 2) { fprintf(stderr, "usage: fwd_driver KERNELS.ptx\n"); return 2; }
  FILE *f = fopen(argv[1], "rb");
  if (!f) { perror(argv[1]); return 2; }
  static char ptx[1 << 20];
  size_t len = fread(ptx, 1, sizeof ptx - 1, f);
  fclose(f);
  ptx[len] = '\0';
  const int n = (1 << 22) + 7;
  float *x = (float *)malloc(n * 4), *y = (float *)malloc(n * 4), *out = (float *)malloc(n * 4);
  unsigned *filled = (unsigned *)malloc(n * 4);
  for (int i = 0; i < n; i++) { x[i] = (float)(i % 1000) * 0.001f; y[i] = (float)(i % 7); }
  CUdevice dev;
  CUcontext ctx;
  CUmodule mod;
  CUfunction k_scale, k_fill;
  OK(cuInit(0));
  OK(cuDeviceGet(&dev, 0));
  char name[128];
  OK(cuDeviceGetName(name, sizeof name, dev));
  OK(cuDevicePrimaryCtxRetain(&ctx, dev));
  OK(cuCtxSetCurrent(ctx));
  OK(cuModuleLoadData(&mod, ptx));
  OK(cuModuleGetFunction(&k_scale, mod, "scale_add"));
  OK(cuModuleGetFunction(&k_fill, mod, "fill"));
  CUdeviceptr dx, dy, dout, dfill;
  OK(cuMemAlloc(&dx, n * 4));
  OK(cuMemAlloc(&dy, n * 4));
  OK(cuMemAlloc(&dout, n * 4));
  OK(cuMemAlloc(&dfill, n * 4));
  CUstream s1, s2;
  CUevent e;
  OK(cuStreamCreate(&s1, CU_STREAM_NON_BLOCKING));
  OK(cuStreamCreate(&s2, CU_STREAM_NON_BLOCKING));
  OK(cuEventCreate(&e, CU_EVENT_DISABLE_TIMING));
  OK(cuMemcpyHtoDAsync(dx, x, n * 4, s1));
  OK(cuMemcpyHtoDAsync(dy, y, n * 4, s1));
  float a = 1.5f;
  unsigned v = 0x5a5a5a5au;
  int nn = n;
  void *scale_args[] = {&nn, &a, &dx, &dy, &dout};
  void *fill_args[] = {&nn, &v, &dfill};
  unsigned blocks = (unsigned)((n + 255) / 256);
  for (int rep = 0; rep < 100; rep++) OK(cuLaunchKernel(k_scale, blocks, 1, 1, 256, 1, 1, 0, s1, scale_args, NULL));
  OK(cuEventRecord(e, s1));
  OK(cuStreamWaitEvent(s2, e, 0));
  OK(cuLaunchKernel(k_fill, blocks, 1, 1, 256, 1, 1, 0, s2, fill_args, NULL));
  OK(cuStreamSynchronize(s2));
  OK(cuMemcpyDtoH(out, dout, n * 4));
  OK(cuMemcpyDtoH(filled, dfill, n * 4));
  int wrong = 0;
  // nvcc contracts a * x + y into one fused multiply-add: the host's reference must too.
  for (int i = 0; i < n; i++) wrong += out[i] != fmaf(a, x[i], y[i]) || filled[i] != (v ^ (unsigned)i);
  printf("device %s\n", name);
  printf("digest %016llx wrong %d\n", (unsigned long long)fnv(filled, n * 4ull, fnv(out, n * 4ull, 1469598103934665603ull)), wrong);
  OK(cuModuleUnload(mod));
  return wrong ? 1 : 0;
}
