// What Quanta adds to one driver call, measured inside one process (A/B).
//
// Run-to-run noise on a virtual machine (10-50% between processes) hides a cost of a
// few nanoseconds, so this program compares the two paths side by side: it links the
// driver (-lcuda) and also dlopen()s libquanta.so privately (RTLD_LOCAL: nothing is
// interposed globally), takes Quanta's wrapper of cuLaunchKernel and of cuCtxGetDevice
// from it, and alternates batches through the real function and through the wrapper
// (which forwards to the same real function). Each pair of batches sees the same
// machine state; the median of per-pair differences is the added cost.
// Inside a vGPU (run as `quanta run -- env -u LD_PRELOAD launch_ab ...`, so that only
// the private copy is Quanta), the device buffer comes from the wrapper's cuMemAlloc: that
// registers the private copy with the daemon and attaches its GPU-time gate, so the
// wrapper's path is the one a lone tenant's launches take. It prints the memory total the
// wrapper reports (the vGPU's quota, which shows the registration took).
// Prints METRIC lines; exits 1 if the wrapper adds 100 ns or more to cuLaunchKernel.
// Usage: launch_ab /path/to/libquanta.so [pairs=201] [batch=256]
#include <cuda.h>
#include <dlfcn.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "check.h"
#include "timing.h"

typedef CUresult (*launch_fn)(CUfunction, unsigned, unsigned, unsigned, unsigned, unsigned, unsigned,
                              unsigned, CUstream, void **, void **);
typedef CUresult (*getdev_fn)(CUdevice *);
typedef CUresult (*alloc_fn)(CUdeviceptr *, size_t);
typedef CUresult (*meminfo_fn)(size_t *, size_t *);

static const char kPtx[] =
    ".version 7.0\n.target sm_52\n.address_size 64\n"
    ".visible .entry quanta_empty(.param .u64 p)\n{\n  ret;\n}\n";

int main(int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: %s /path/to/libquanta.so [pairs] [batch]\n", argv[0]);
    return 2;
  }
  int pairs = argc > 2 ? atoi(argv[2]) : 201, batch = argc > 3 ? atoi(argv[3]) : 256;
  if (pairs < 3 || pairs > 10001 || batch < 1) return 2;
  void *q = dlopen(argv[1], RTLD_NOW | RTLD_LOCAL);
  if (!q) { fprintf(stderr, "dlopen %s: %s\n", argv[1], dlerror()); return 2; }
  launch_fn wrapped_launch = (launch_fn)dlsym(q, "cuLaunchKernel");
  getdev_fn wrapped_getdev = (getdev_fn)dlsym(q, "cuCtxGetDevice");
  if (!wrapped_launch || !wrapped_getdev || (void *)wrapped_launch == (void *)cuLaunchKernel) {
    fprintf(stderr, "no separate Quanta wrapper found in %s\n", argv[1]);
    return 2;
  }
  CUdevice dev;
  CUcontext ctx;
  CUmodule mod;
  CUfunction fn;
  CUstream stream;
  CUdeviceptr dptr;
  CHECK_CU(cuInit(0));
  CHECK_CU(cuDeviceGet(&dev, 0));
  CHECK_CU(cuDevicePrimaryCtxRetain(&ctx, dev));
  CHECK_CU(cuCtxSetCurrent(ctx));
  CHECK_CU(cuModuleLoadData(&mod, kPtx));
  CHECK_CU(cuModuleGetFunction(&fn, mod, "quanta_empty"));
  CHECK_CU(cuStreamCreate(&stream, CU_STREAM_NON_BLOCKING));
  int in_vgpu = getenv("QUANTA_SOCKET") != NULL;
  if (in_vgpu) {
    alloc_fn wrapped_alloc = (alloc_fn)dlsym(q, "cuMemAlloc_v2");
    meminfo_fn wrapped_info = (meminfo_fn)dlsym(q, "cuMemGetInfo_v2");
    if (!wrapped_alloc || !wrapped_info) return 2;
    CHECK_CU(wrapped_alloc(&dptr, 256));
    size_t free_b, total_b, real_free, real_total;
    CHECK_CU(wrapped_info(&free_b, &total_b));
    CHECK_CU(cuMemGetInfo(&real_free, &real_total));
    printf("INFO in a vGPU: the wrapper reports %zu MiB total (the GPU has %zu MiB)\n", total_b >> 20, real_total >> 20);
    printf("METRIC ab_vgpu_attached %d\n", total_b < real_total ? 1 : 0);
  } else {
    CHECK_CU(cuMemAlloc(&dptr, 256));
  }
  void *params[] = {&dptr};
  launch_fn paths[2] = {cuLaunchKernel, wrapped_launch};
  getdev_fn getdev[2] = {cuCtxGetDevice, wrapped_getdev};
  for (int w = 0; w < 40; w++)  // warm-up both paths
    for (int p = 0; p < 2; p++) {
      for (int i = 0; i < batch; i++) CHECK_CU(paths[p](fn, 1, 1, 1, 32, 1, 1, 0, stream, params, NULL));
      CHECK_CU(cuStreamSynchronize(stream));
    }
  double *diff = (double *)calloc(pairs, sizeof(double)), *base = (double *)calloc(pairs, sizeof(double));
  double *gdiff = (double *)calloc(pairs, sizeof(double)), *gbase = (double *)calloc(pairs, sizeof(double));
  if (!diff || !base || !gdiff || !gbase) return 2;
  for (int k = 0; k < pairs; k++) {
    double t[2], g[2];
    for (int o = 0; o < 2; o++) {
      int p = (k + o) % 2;  // alternate which path goes first
      double t0 = now_ns();
      for (int i = 0; i < batch; i++) CHECK_CU(paths[p](fn, 1, 1, 1, 32, 1, 1, 0, stream, params, NULL));
      t[p] = (now_ns() - t0) / batch;
      CHECK_CU(cuStreamSynchronize(stream));
      CUdevice d;
      t0 = now_ns();
      for (int i = 0; i < 20000; i++) CHECK_CU(getdev[p](&d));
      g[p] = (now_ns() - t0) / 20000;
    }
    base[k] = t[0];
    diff[k] = t[1] - t[0];
    gbase[k] = g[0];
    gdiff[k] = g[1] - g[0];
  }
  double added = median(diff, pairs), gadded = median(gdiff, pairs);
  printf("METRIC ab_launch_native_ns %.2f\n", median(base, pairs));
  printf("METRIC ab_launch_added_ns %.2f\n", added);
  printf("METRIC ab_getdev_native_ns %.2f\n", median(gbase, pairs));
  printf("METRIC ab_getdev_added_ns %.2f\n", gadded);
  printf("INFO pairs %d batch %d; added ns per cuLaunchKernel, quartiles %.1f %.1f %.1f\n", pairs, batch,
         diff[pairs / 4], diff[pairs / 2], diff[3 * pairs / 4]);
  CHECK_CU(cuStreamDestroy(stream));
  CHECK_CU(cuDevicePrimaryCtxRelease(dev));
  return added < 100.0 ? 0 : 1;
}
