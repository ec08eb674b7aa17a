// Bad input through the CUDA DRIVER API (link with -lcuda): invalid ordinals,
// bogus pointers, missing files and names, impossible launch shapes. Prints the
// CUresult of every call ("RESULT <case> <number> <name>"); the harness compares
// the whole output between a native run and a run under `quanta run`.
//
// Only calls that return an error code natively are used: nothing here
// dereferences a freed or forged handle (stream, event, context), which the
// real driver does not promise to survive. The calls that may leave a sticky
// error in the context (copies to unmapped device addresses) come last.
// Setup calls that must succeed go through CHECK_CU and exit non-zero.
#include <cuda.h>
#include <string.h>

#include "check.h"

static void report(const char *what, CUresult rc) {
  const char *name = NULL;
  if (cuGetErrorName(rc, &name) != CUDA_SUCCESS || name == NULL) name = "(unnamed)";
  printf("RESULT %s %d %s\n", what, (int)rc, name);
  fflush(stdout);
}

static const char kPtx[] =
    ".version 7.0\n"
    ".target sm_52\n"
    ".address_size 64\n"
    ".visible .entry quanta_noop(.param .u64 quanta_noop_p)\n"
    "{\n"
    "  ret;\n"
    "}\n";

int main(void) {
  const CUdeviceptr bogus = (CUdeviceptr)0x7ff0deadbe00ULL;
  CUdevice dev = 0, dtmp = 0;
  CUcontext ctx = NULL, cur = NULL;
  CUmodule mod = NULL, mtmp = NULL;
  CUfunction fn = NULL, ftmp = NULL;
  CUdeviceptr dptr = 0, base = 0;
  CUevent ev_a = NULL, ev_b = NULL, ev_c = NULL;
  size_t size = 0;
  int v = 0;
  char name[128];
  unsigned char host[64];
  memset(host, 0x5a, sizeof(host));

  // --- before initialization ----------------------------------------------
  report("cuDeviceGetCount_before_init", cuDeviceGetCount(&v));
  CHECK_CU(cuInit(0));
  report("cuInit_again", cuInit(0));
  report("cuInit_flags_1", cuInit(1));

  // --- device queries ------------------------------------------------------
  report("cuDeviceGet_ordinal_9999", cuDeviceGet(&dtmp, 9999));
  report("cuDeviceGet_ordinal_-1", cuDeviceGet(&dtmp, -1));
  report("cuDeviceGet_null_out", cuDeviceGet(NULL, 0));
  report("cuDeviceGetName_device_9999", cuDeviceGetName(name, (int)sizeof(name), 9999));
  report("cuDeviceGetAttribute_bad_attr", cuDeviceGetAttribute(&v, (CUdevice_attribute)99999, 0));
  report("cuDeviceGetAttribute_device_9999",
         cuDeviceGetAttribute(&v, CU_DEVICE_ATTRIBUTE_MULTIPROCESSOR_COUNT, 9999));
  report("cuDeviceTotalMem_device_9999", cuDeviceTotalMem(&size, 9999));
  report("cuDriverGetVersion_null_out", cuDriverGetVersion(NULL));
  report("cuDevicePrimaryCtxRetain_device_9999", cuDevicePrimaryCtxRetain(&cur, 9999));

  // --- no current context --------------------------------------------------
  report("cuCtxGetCurrent_none", cuCtxGetCurrent(&cur));
  printf("RESULT current_context_is_null %d\n", cur == NULL);
  report("cuMemAlloc_no_context", cuMemAlloc(&dptr, 16));
  report("cuCtxSynchronize_no_context", cuCtxSynchronize());
  report("cuModuleLoadData_no_context", cuModuleLoadData(&mtmp, kPtx));

  // --- with the primary context ------------------------------------------
  CHECK_CU(cuDeviceGet(&dev, 0));
  CHECK_CU(cuDevicePrimaryCtxRetain(&ctx, dev));
  CHECK_CU(cuCtxSetCurrent(ctx));
  report("cuCtxSetCurrent_null", cuCtxSetCurrent(NULL));
  report("cuCtxGetCurrent_after_unset", cuCtxGetCurrent(&cur));
  printf("RESULT context_is_null_after_unset %d\n", cur == NULL);
  CHECK_CU(cuCtxSetCurrent(ctx));
  report("cuCtxGetCurrent_after_set", cuCtxGetCurrent(&cur));
  printf("RESULT context_is_primary %d\n", cur == ctx);

  // allocations
  report("cuMemAlloc_0_bytes", cuMemAlloc(&dptr, 0));
  report("cuMemAlloc_null_out", cuMemAlloc(NULL, 16));
  report("cuMemAlloc_1_PiB", cuMemAlloc(&dptr, (size_t)1 << 50));
  {
    void *hp = NULL;
    CUresult rc = cuMemAllocHost(&hp, 0);
    report("cuMemAllocHost_0_bytes", rc);
    if (rc == CUDA_SUCCESS && hp != NULL) CHECK_CU(cuMemFreeHost(hp));
  }
  report("cuMemFree_bogus", cuMemFree(bogus));
  report("cuMemGetAddressRange_bogus", cuMemGetAddressRange(&base, &size, bogus));
  {
    CUcontext pctx = NULL;
    report("cuPointerGetAttribute_context_bogus",
           cuPointerGetAttribute(&pctx, CU_POINTER_ATTRIBUTE_CONTEXT, bogus));
  }
  CHECK_CU(cuMemAlloc(&dptr, 4096));
  report("cuMemGetAddressRange_interior", cuMemGetAddressRange(&base, &size, dptr + 100));
  printf("RESULT address_range_ok %d\n", base == dptr && size >= 4096);
  report("cuMemFree_interior_pointer", cuMemFree(dptr + 256));

  // modules and functions
  report("cuModuleLoad_missing_file", cuModuleLoad(&mtmp, "/nonexistent/quanta-no-such-module.cubin"));
  report("cuModuleLoadData_garbage", cuModuleLoadData(&mtmp, "this is not a module image"));
  CHECK_CU(cuModuleLoadData(&mod, kPtx));
  report("cuModuleGetFunction_bad_name", cuModuleGetFunction(&ftmp, mod, "quanta_no_such_kernel"));
  report("cuModuleGetGlobal_bad_name", cuModuleGetGlobal(&base, &size, mod, "quanta_no_such_global"));
  CHECK_CU(cuModuleGetFunction(&fn, mod, "quanta_noop"));

  // entry-point lookup
  {
    void *pfn = (void *)1;
    CUdriverProcAddressQueryResult st = (CUdriverProcAddressQueryResult)-1;
    CUresult rc = cuGetProcAddress("cuNoSuchFunction", &pfn, CUDA_VERSION, CU_GET_PROC_ADDRESS_DEFAULT, &st);
    report("cuGetProcAddress_cuNoSuchFunction", rc);
    printf("RESULT cuGetProcAddress_cuNoSuchFunction_status %d pfn_null %d\n", (int)st, pfn == NULL);

    pfn = (void *)1;
    st = (CUdriverProcAddressQueryResult)-1;
    rc = cuGetProcAddress("cuMemAllocAsync", &pfn, 10000, CU_GET_PROC_ADDRESS_DEFAULT, &st);
    report("cuGetProcAddress_cuMemAllocAsync_at_10000", rc);
    printf("RESULT cuGetProcAddress_cuMemAllocAsync_at_10000_status %d pfn_null %d\n", (int)st, pfn == NULL);

    pfn = NULL;
    st = (CUdriverProcAddressQueryResult)-1;
    rc = cuGetProcAddress("cuMemAlloc", &pfn, CUDA_VERSION, CU_GET_PROC_ADDRESS_DEFAULT, &st);
    report("cuGetProcAddress_cuMemAlloc", rc);
    printf("RESULT cuGetProcAddress_cuMemAlloc_status %d pfn_null %d\n", (int)st, pfn == NULL);

    pfn = (void *)1;
    rc = cuGetProcAddress("cuMemAlloc", &pfn, 99000, CU_GET_PROC_ADDRESS_DEFAULT, NULL);
    report("cuGetProcAddress_version_99000", rc);

    pfn = (void *)1;
    rc = cuGetProcAddress("cuMemAlloc", &pfn, CUDA_VERSION, (cuuint64_t)1 << 40, NULL);
    report("cuGetProcAddress_bad_flags", rc);
  }

  // launches with impossible shapes (valid function and stream)
  void *params[] = {&dptr};
  report("cuLaunchKernel_null_function", cuLaunchKernel(NULL, 1, 1, 1, 1, 1, 1, 0, NULL, params, NULL));
  report("cuLaunchKernel_grid_0", cuLaunchKernel(fn, 0, 1, 1, 1, 1, 1, 0, NULL, params, NULL));
  report("cuLaunchKernel_block_4096", cuLaunchKernel(fn, 1, 1, 1, 4096, 1, 1, 0, NULL, params, NULL));
  report("cuLaunchKernel_shared_1GiB", cuLaunchKernel(fn, 1, 1, 1, 1, 1, 1, 1u << 30, NULL, params, NULL));
  report("cuLaunchKernel_ok", cuLaunchKernel(fn, 1, 1, 1, 32, 1, 1, 0, NULL, params, NULL));

  // streams: the special handles are valid; NULL is the default stream
  report("cuStreamSynchronize_null", cuStreamSynchronize(NULL));
  report("cuStreamSynchronize_legacy", cuStreamSynchronize(CU_STREAM_LEGACY));
  report("cuStreamSynchronize_per_thread", cuStreamSynchronize(CU_STREAM_PER_THREAD));
  report("cuStreamQuery_null", cuStreamQuery(NULL));

  // events
  CHECK_CU(cuEventCreate(&ev_a, CU_EVENT_DEFAULT));
  CHECK_CU(cuEventCreate(&ev_b, CU_EVENT_DEFAULT));
  {
    float ms = 0;
    report("cuEventElapsedTime_unrecorded", cuEventElapsedTime(&ms, ev_a, ev_b));
    CHECK_CU(cuEventCreate(&ev_c, CU_EVENT_DISABLE_TIMING));
    CHECK_CU(cuEventRecord(ev_a, NULL));
    CHECK_CU(cuEventRecord(ev_c, NULL));
    CHECK_CU(cuEventSynchronize(ev_c));
    report("cuEventElapsedTime_timing_disabled", cuEventElapsedTime(&ms, ev_a, ev_c));
  }
  report("cuEventQuery_recorded", cuEventQuery(ev_a));
  CHECK_CU(cuEventDestroy(ev_a));
  CHECK_CU(cuEventDestroy(ev_b));
  CHECK_CU(cuEventDestroy(ev_c));

  // error-name lookups
  {
    const char *s = NULL;
    report("cuGetErrorName_9999", cuGetErrorName((CUresult)9999, &s));
    printf("RESULT cuGetErrorName_9999_str_null %d\n", s == NULL);
    s = NULL;
    report("cuGetErrorString_invalid_value", cuGetErrorString(CUDA_ERROR_INVALID_VALUE, &s));
    printf("RESULT cuGetErrorString_invalid_value_text %s\n", s ? s : "(null)");
  }

  // copies to and from unmapped device addresses (last: may poison the context)
  report("cuMemcpyHtoD_bogus", cuMemcpyHtoD(bogus, host, sizeof(host)));
  report("cuMemcpyDtoH_bogus", cuMemcpyDtoH(host, bogus, sizeof(host)));
  report("cuMemcpyDtoD_bogus", cuMemcpyDtoD(dptr, bogus, 64));
  report("cuMemsetD8_bogus", cuMemsetD8(bogus, 0, 64));
  report("cuCtxSynchronize_final", cuCtxSynchronize());
  report("cuMemFree_valid", cuMemFree(dptr));
  report("cuMemFree_twice", cuMemFree(dptr));
  report("cuModuleUnload", cuModuleUnload(mod));
  report("cuDevicePrimaryCtxRelease", cuDevicePrimaryCtxRelease(dev));
  return 0;
}
