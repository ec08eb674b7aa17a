// API forwarding's micro-benchmarks (bench/gpu/forward_bench.sh), one driver-API program
// run natively and as a forwarded client, so the two are compared call for call:
//
//   fwd_bench rtt N               N synchronous calls (cuCtxGetDevice): median and p99 per call
//   fwd_bench launch N PTX        N empty-kernel launches on a stream, then one sync: launches/s
//   fwd_bench copy SIZE...        pageable host<->device copies of each size: GB/s each way
//
// Prints "RESULT name value" lines. The host side is plain C++ against cuda.h (built with
// g++ -x c++); the kernel comes from the PTX nvcc made of this file. PTX "fakecuda" loads
// fakecuda's simulated module instead, so the same program runs in CI-like checks.
#include <cuda.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "check.h"

#ifdef __CUDACC__
extern "C" __global__ void empty_kernel(void) {}
#endif

static double now_s(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static int cmp_double(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return x < y ? -1 : x > y;
}

static char *read_file(const char *path) {
  FILE *f = fopen(path, "rb");
  if (!f) { perror(path); exit(2); }
  fseek(f, 0, SEEK_END);
  long n = ftell(f);
  fseek(f, 0, SEEK_SET);
  char *p = (char *)malloc((size_t)n + 1);
  if (!p || fread(p, 1, (size_t)n, f) != (size_t)n) { perror(path); exit(2); }
  p[n] = 0;
  fclose(f);
  return p;
}

static void rtt(int n) {
  double *t = (double *)malloc(sizeof(double) * (size_t)n);
  CUdevice d;
  for (int i = 0; i < 1000; i++) CHECK_CU(cuCtxGetDevice(&d));  // warm-up
  for (int i = 0; i < n; i++) {
    double a = now_s();
    CHECK_CU(cuCtxGetDevice(&d));
    t[i] = (now_s() - a) * 1e6;
  }
  qsort(t, (size_t)n, sizeof *t, cmp_double);
  printf("RESULT rtt_us_median %.3f\nRESULT rtt_us_p99 %.3f\n", t[n / 2], t[(size_t)n * 99 / 100]);
  free(t);
}

static void launch(int n, const char *ptx) {
  CUmodule m;
  CUfunction f;
  CUstream s;
  if (strcmp(ptx, "fakecuda") == 0) {
    // fakecuda's module: a kernel that sleeps 0 us is its empty kernel.
    CHECK_CU(cuModuleLoadData(&m, "FAKECUDA-MODULE\nquanta_sleep\n"));
    CHECK_CU(cuModuleGetFunction(&f, m, "quanta_sleep"));
  } else {
    char *text = read_file(ptx);
    CHECK_CU(cuModuleLoadData(&m, text));
    free(text);
    CHECK_CU(cuModuleGetFunction(&f, m, "empty_kernel"));
  }
  CHECK_CU(cuStreamCreate(&s, CU_STREAM_NON_BLOCKING));
  unsigned long long zero = 0;
  void *fake_args[] = {&zero};
  void **args = strcmp(ptx, "fakecuda") == 0 ? fake_args : NULL;
  for (int i = 0; i < 1000; i++) CHECK_CU(cuLaunchKernel(f, 1, 1, 1, 1, 1, 1, 0, s, args, NULL));
  CHECK_CU(cuStreamSynchronize(s));
  double a = now_s();
  for (int i = 0; i < n; i++) CHECK_CU(cuLaunchKernel(f, 1, 1, 1, 1, 1, 1, 0, s, args, NULL));
  CHECK_CU(cuStreamSynchronize(s));
  double el = now_s() - a;
  printf("RESULT launch_per_s %.0f\n", n / el);
  CHECK_CU(cuStreamDestroy(s));
  CHECK_CU(cuModuleUnload(m));
}

static void copies(int count, char **sizes) {
  for (int k = 0; k < count; k++) {
    size_t n = strtoull(sizes[k], NULL, 10);
    char *h = (char *)malloc(n);
    memset(h, 1, n);  // touch the pages: the copy, not first-touch faults, is timed
    CUdeviceptr d;
    CHECK_CU(cuMemAlloc(&d, n));
    CHECK_CU(cuMemcpyHtoD(d, h, n));
    CHECK_CU(cuMemcpyDtoH(h, d, n));
    int reps = 1;
    for (double el = 0; el < 0.05 && reps < (1 << 20); reps *= 2) {  // find a count of about 0.05 s
      double a = now_s();
      for (int i = 0; i < reps; i++) CHECK_CU(cuMemcpyHtoD(d, h, n));
      el = now_s() - a;
    }
    double best_h2d = 0, best_d2h = 0;
    for (int round = 0; round < 3; round++) {
      double a = now_s();
      for (int i = 0; i < reps; i++) CHECK_CU(cuMemcpyHtoD(d, h, n));
      double h2d = (double)n * reps / (now_s() - a) / 1e9;
      a = now_s();
      for (int i = 0; i < reps; i++) CHECK_CU(cuMemcpyDtoH(h, d, n));
      double d2h = (double)n * reps / (now_s() - a) / 1e9;
      if (h2d > best_h2d) best_h2d = h2d;
      if (d2h > best_d2h) best_d2h = d2h;
    }
    printf("RESULT htod_gbps_%zu %.3f\nRESULT dtoh_gbps_%zu %.3f\n", n, best_h2d, n, best_d2h);
    CHECK_CU(cuMemFree(d));
    free(h);
  }
}

int main(int argc, char **argv) {
  if (argc < 2) { fprintf(stderr, "usage: fwd_bench rtt N | launch N PTX | copy SIZE...\n"); return 2; }
  CUdevice dev;
  CUcontext ctx;
  CHECK_CU(cuInit(0));
  CHECK_CU(cuDeviceGet(&dev, 0));
  CHECK_CU(cuDevicePrimaryCtxRetain(&ctx, dev));
  CHECK_CU(cuCtxSetCurrent(ctx));
  if (strcmp(argv[1], "rtt") == 0 && argc == 3) rtt(atoi(argv[2]));
  else if (strcmp(argv[1], "launch") == 0 && argc == 4) launch(atoi(argv[2]), argv[3]);
  else if (strcmp(argv[1], "copy") == 0 && argc >= 3) copies(argc - 2, argv + 2);
  else { fprintf(stderr, "usage: fwd_bench rtt N | launch N PTX | copy SIZE...\n"); return 2; }
  CHECK_CU(cuDevicePrimaryCtxRelease(dev));
  return 0;
}
