// What Quanta's memory quota adds to an allocation, measured inside one process (A/B).
//
// Like launch_ab.cu: links the driver (-lcuda), dlopen()s libquanta.so privately and
// takes its cuMemAlloc_v2 / cuMemFree_v2 (the quota hooks), then alternates batches of
// allocate+free pairs through the real functions and through the hooks. Run it inside a
// vGPU without the global preload, so that the private copy registers with the daemon
// and really reserves against the quota:
//   quanta run --gpu 0 --mem 8GiB -- env -u LD_PRELOAD alloc_ab /path/libquanta.so
// Prints METRIC lines (median ns per allocate+free pair, native and added, per size) and
// exits 1 if the hooks add 2% or more at any size.
// Usage: alloc_ab /path/to/libquanta.so [pairs=101] [batch=64]
#include <cuda.h>
#include <dlfcn.h>
#include <stdlib.h>
#include <time.h>
#include "check.h"
#include "timing.h"

typedef CUresult (*alloc_fn)(CUdeviceptr *, size_t);
typedef CUresult (*free_fn)(CUdeviceptr);

int main(int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: %s /path/to/libquanta.so [pairs] [batch]\n", argv[0]);
    return 2;
  }
  int pairs = argc > 2 ? atoi(argv[2]) : 101, batch = argc > 3 ? atoi(argv[3]) : 64;
  if (pairs < 3 || pairs > 10001 || batch < 1 || batch > 4096) return 2;
  void *q = dlopen(argv[1], RTLD_NOW | RTLD_LOCAL);
  if (!q) { fprintf(stderr, "dlopen %s: %s\n", argv[1], dlerror()); return 2; }
  alloc_fn hooked_alloc = (alloc_fn)dlsym(q, "cuMemAlloc_v2");
  free_fn hooked_free = (free_fn)dlsym(q, "cuMemFree_v2");
  if (!hooked_alloc || !hooked_free || (void *)hooked_alloc == (void *)cuMemAlloc_v2) {
    fprintf(stderr, "no separate Quanta hook found in %s\n", argv[1]);
    return 2;
  }
  CUdevice dev;
  CUcontext ctx;
  CHECK_CU(cuInit(0));
  CHECK_CU(cuDeviceGet(&dev, 0));
  CHECK_CU(cuDevicePrimaryCtxRetain(&ctx, dev));
  CHECK_CU(cuCtxSetCurrent(ctx));
  alloc_fn allocs[2] = {cuMemAlloc_v2, hooked_alloc};
  free_fn frees[2] = {cuMemFree_v2, hooked_free};
  // The hook must really be enforcing: inside a vGPU its memory info shows the quota.
  size_t free_b = 0, total = 0;
  CHECK_CU(((CUresult(*)(size_t *, size_t *))dlsym(q, "cuMemGetInfo_v2"))(&free_b, &total));
  printf("INFO hooked cuMemGetInfo total %.2f GiB\n", total / 1073741824.0);
  CUdeviceptr *p = (CUdeviceptr *)calloc(batch, sizeof(CUdeviceptr));
  double *diff = (double *)calloc(pairs, sizeof(double)), *base = (double *)calloc(pairs, sizeof(double));
  if (!p || !diff || !base) return 2;
  const size_t sizes[] = {4096, 2u << 20, 64u << 20};
  int failed = 0;
  for (int s = 0; s < 3; s++) {
    for (int w = 0; w < 10; w++)  // warm-up both paths
      for (int k = 0; k < 2; k++) {
        for (int i = 0; i < batch; i++) CHECK_CU(allocs[k](&p[i], sizes[s]));
        for (int i = 0; i < batch; i++) CHECK_CU(frees[k](p[i]));
      }
    int n = sizes[s] <= 4096 || pairs < 201 ? pairs : 201;
    for (int r = 0; r < n; r++) {
      double t[2];
      for (int o = 0; o < 2; o++) {
        int k = (r + o) % 2;  // alternate which path goes first
        double t0 = now_ns();
        for (int i = 0; i < batch; i++) CHECK_CU(allocs[k](&p[i], sizes[s]));
        for (int i = 0; i < batch; i++) CHECK_CU(frees[k](p[i]));
        t[k] = (now_ns() - t0) / batch;
      }
      base[r] = t[0];
      diff[r] = t[1] - t[0];
    }
    double native = median(base, n), added = median(diff, n);
    printf("METRIC alloc_free_%zu_native_ns %.1f\n", sizes[s], native);
    printf("METRIC alloc_free_%zu_added_ns %.1f\n", sizes[s], added);
    printf("METRIC alloc_free_%zu_added_pct %.3f\n", sizes[s], 100.0 * added / native);
    if (added >= 0.02 * native) failed = 1;
  }
  CHECK_CU(cuDevicePrimaryCtxRelease(dev));
  return failed;
}
