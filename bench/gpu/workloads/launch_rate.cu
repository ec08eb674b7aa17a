// Launch-rate microbenchmark through the CUDA DRIVER API (link with -lcuda).
//
// An empty kernel with one pointer parameter is loaded from a PTX string with
// cuModuleLoadData and launched with cuLaunchKernel on one non-blocking stream.
// Printed (METRIC lines, each the median of --reps repetitions):
//   call_ns       host cost of one cuLaunchKernel call, measured in batches of
//                 --batch launches (small enough that the queue never fills),
//                 synchronizing between batches outside the timed region
//   stream_ns     N back-to-back launches timed with the host clock, no sync,
//                 divided by N (the queue fills, so this is the slower of the
//                 host call cost and the GPU's rate of retiring launches)
//   launches_per_s  N launches plus the final cuStreamSynchronize
//   call_ns_min   the fastest repetition of call_ns: the cost without the VM's noise
//   hostcall_ns / hostcall_ns_min  one cuCtxGetDevice (pure host work, no queue):
//                 the median and fastest of --reps runs of 2,000,000 calls. Its
//                 difference native/Quanta is the interposer's cost per driver call.
// Usage: launch_rate [N=200000] [reps=3] [batch=256]
#include <cuda.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "check.h"
#include "timing.h"

static const char kPtx[] =
    ".version 7.0\n"
    ".target sm_52\n"
    ".address_size 64\n"
    ".visible .entry quanta_empty(.param .u64 quanta_empty_p)\n"
    "{\n"
    "  ret;\n"
    "}\n";

int main(int argc, char **argv) {
  long n = argc > 1 ? atol(argv[1]) : 200000;
  int reps = argc > 2 ? atoi(argv[2]) : 3;
  int batch = argc > 3 ? atoi(argv[3]) : 256;
  if (n < 1 || reps < 1 || reps > 64 || batch < 1) {
    fprintf(stderr, "usage: %s [N>0] [reps 1..64] [batch>0]\n", argv[0]);
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
  CHECK_CU(cuMemAlloc(&dptr, 256));
  void *params[] = {&dptr};

#define LAUNCH() CHECK_CU(cuLaunchKernel(fn, 1, 1, 1, 32, 1, 1, 0, stream, params, NULL))

  // Warm-up.
  for (int i = 0; i < 20000; i++) LAUNCH();
  CHECK_CU(cuStreamSynchronize(stream));

  double call_ns[64], stream_ns[64], rate[64];
  for (int r = 0; r < reps; r++) {
    // (a) host cost per call, batches that never fill the queue.
    double total = 0;
    long done = 0;
    while (done < n) {
      long m = n - done < batch ? n - done : batch;
      double t0 = now_ns();
      for (long i = 0; i < m; i++) LAUNCH();
      total += now_ns() - t0;
      done += m;
      CHECK_CU(cuStreamSynchronize(stream));
    }
    call_ns[r] = total / (double)n;

    // (a') N back-to-back launches, no sync inside the timed region.
    double t0 = now_ns();
    for (long i = 0; i < n; i++) LAUNCH();
    stream_ns[r] = (now_ns() - t0) / (double)n;
    CHECK_CU(cuStreamSynchronize(stream));

    // (b) throughput: N launches plus the final synchronization.
    t0 = now_ns();
    for (long i = 0; i < n; i++) LAUNCH();
    CHECK_CU(cuStreamSynchronize(stream));
    rate[r] = (double)n / ((now_ns() - t0) * 1e-9);
  }
  CHECK_CU(cuCtxSynchronize());
  double host_ns[64];
  const long host_n = 2000000;
  for (int r = 0; r < reps; r++) {
    CUdevice d;
    double t0 = now_ns();
    for (long i = 0; i < host_n; i++) CHECK_CU(cuCtxGetDevice(&d));
    host_ns[r] = (now_ns() - t0) / (double)host_n;
  }
  double call_min = call_ns[0], host_min = host_ns[0];
  for (int r = 1; r < reps; r++) {
    if (call_ns[r] < call_min) call_min = call_ns[r];
    if (host_ns[r] < host_min) host_min = host_ns[r];
  }

  for (int r = 0; r < reps; r++)
    printf("INFO rep %d call_ns %.2f stream_ns %.2f launches_per_s %.0f\n", r, call_ns[r],
           stream_ns[r], rate[r]);
  printf("METRIC call_ns %.3f\n", median(call_ns, reps));
  printf("METRIC stream_ns %.3f\n", median(stream_ns, reps));
  printf("METRIC launches_per_s %.1f\n", median(rate, reps));
  printf("METRIC call_ns_min %.3f\n", call_min);
  printf("METRIC hostcall_ns %.3f\n", median(host_ns, reps));
  printf("METRIC hostcall_ns_min %.3f\n", host_min);
  printf("INFO n %ld reps %d batch %d\n", n, reps, batch);

  CHECK_CU(cuMemFree(dptr));
  CHECK_CU(cuStreamDestroy(stream));
  CHECK_CU(cuModuleUnload(mod));
  CHECK_CU(cuDevicePrimaryCtxRelease(dev));
  return 0;
}
