// CUDA runtime program: built twice by the harness, once with nvcc's default
// (static cudart) and once with -cudart shared. Launches kernels, copies the
// results back, checks them on the host and prints digests.
#include <cuda_runtime.h>
#include <math.h>
#include <stdint.h>
#include <string.h>

#include "check.h"

__global__ void saxpy(int n, float a, const float *x, const float *y, float *out) {
  int i = blockIdx.x * blockDim.x + threadIdx.x;
  if (i < n) out[i] = a * x[i] + y[i];
}

// One partial sum per block, fixed tree order: deterministic.
__global__ void block_sum(int n, const int *in, long long *partial) {
  __shared__ long long s[256];
  int i = blockIdx.x * blockDim.x + threadIdx.x;
  s[threadIdx.x] = i < n ? in[i] : 0;
  __syncthreads();
  for (int stride = blockDim.x / 2; stride > 0; stride /= 2) {
    if ((int)threadIdx.x < stride) s[threadIdx.x] += s[threadIdx.x + stride];
    __syncthreads();
  }
  if (threadIdx.x == 0) partial[blockIdx.x] = s[0];
}

static uint32_t lcg(uint32_t *state) {
  *state = *state * 1664525u + 1013904223u;
  return *state;
}

int main(void) {
  const int n = (1 << 20) + 123;  // not a multiple of the block size
  const int threads = 256, blocks = (n + threads - 1) / threads;
  const float a = 1.5f;
  float *hx = (float *)malloc(n * sizeof(float)), *hy = (float *)malloc(n * sizeof(float));
  float *hout = (float *)malloc(n * sizeof(float));
  int *hi = (int *)malloc(n * sizeof(int));
  long long *hpart = (long long *)malloc(blocks * sizeof(long long));
  if (!hx || !hy || !hout || !hi || !hpart) { fprintf(stderr, "host malloc failed\n"); return 2; }
  uint32_t st = 12345u;
  long long want_sum = 0;
  for (int i = 0; i < n; i++) {
    hx[i] = (float)(lcg(&st) >> 8) / 16777216.0f - 0.5f;
    hy[i] = (float)(lcg(&st) >> 8) / 16777216.0f - 0.5f;
    hi[i] = (int)(lcg(&st) % 2001u) - 1000;
    want_sum += hi[i];
  }

  int dev_count = 0;
  CHECK_RT(cudaGetDeviceCount(&dev_count));
  if (dev_count < 1) { fprintf(stderr, "no CUDA device\n"); return 2; }
  CHECK_RT(cudaSetDevice(0));

  float *dx, *dy, *dout;
  int *di;
  long long *dpart;
  cudaStream_t stream;
  CHECK_RT(cudaStreamCreate(&stream));
  CHECK_RT(cudaMalloc(&dx, n * sizeof(float)));
  CHECK_RT(cudaMalloc(&dy, n * sizeof(float)));
  CHECK_RT(cudaMalloc(&dout, n * sizeof(float)));
  CHECK_RT(cudaMallocAsync((void **)&di, n * sizeof(int), stream));  // stream-ordered allocator
  CHECK_RT(cudaMallocAsync((void **)&dpart, blocks * sizeof(long long), stream));
  CHECK_RT(cudaMemset(dout, 0xff, n * sizeof(float)));  // poison: NaN everywhere
  CHECK_RT(cudaMemcpy(dx, hx, n * sizeof(float), cudaMemcpyHostToDevice));
  CHECK_RT(cudaMemcpy(dy, hy, n * sizeof(float), cudaMemcpyHostToDevice));
  CHECK_RT(cudaMemcpyAsync(di, hi, n * sizeof(int), cudaMemcpyHostToDevice, stream));

  saxpy<<<blocks, threads>>>(n, a, dx, dy, dout);
  CHECK_RT(cudaGetLastError());
  block_sum<<<blocks, threads, 0, stream>>>(n, di, dpart);
  CHECK_RT(cudaGetLastError());
  CHECK_RT(cudaDeviceSynchronize());

  CHECK_RT(cudaMemcpy(hout, dout, n * sizeof(float), cudaMemcpyDeviceToHost));
  CHECK_RT(cudaMemcpyAsync(hpart, dpart, blocks * sizeof(long long), cudaMemcpyDeviceToHost, stream));
  CHECK_RT(cudaStreamSynchronize(stream));

  int bad = 0;
  for (int i = 0; i < n; i++) {
    float want = fmaf(a, hx[i], hy[i]);
    if (!(fabsf(hout[i] - want) <= 1e-6f)) {
      if (bad < 5) fprintf(stderr, "saxpy mismatch at %d: got %.9g want %.9g\n", i, hout[i], want);
      bad++;
    }
  }
  long long got_sum = 0;
  for (int b = 0; b < blocks; b++) got_sum += hpart[b];
  if (got_sum != want_sum) {
    fprintf(stderr, "sum mismatch: got %lld want %lld\n", got_sum, want_sum);
    bad++;
  }

  printf("RESULT saxpy_fnv1a %016llx\n", fnv1a64(hout, n * sizeof(float)));
  printf("RESULT partial_sums_fnv1a %016llx\n", fnv1a64(hpart, blocks * sizeof(long long)));
  printf("RESULT total %lld\n", got_sum);
  printf("RESULT check %s\n", bad ? "FAILED" : "ok");

  CHECK_RT(cudaFreeAsync(di, stream));
  CHECK_RT(cudaFreeAsync(dpart, stream));
  CHECK_RT(cudaStreamSynchronize(stream));
  CHECK_RT(cudaFree(dx));
  CHECK_RT(cudaFree(dy));
  CHECK_RT(cudaFree(dout));
  CHECK_RT(cudaStreamDestroy(stream));
  int rt = 0, drv = 0;
  CHECK_RT(cudaRuntimeGetVersion(&rt));
  CHECK_RT(cudaDriverGetVersion(&drv));
  printf("INFO runtime %d driver %d\n", rt, drv);
  free(hx); free(hy); free(hout); free(hi); free(hpart);
  return bad ? 1 : 0;
}
