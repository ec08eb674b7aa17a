/*
 * fakecuda.h - what a program running on fakecuda (the CPU stand-in for libcuda.so.1
 * and libnvidia-ml.so.1) may rely on. Test programs include it; fakecuda includes it
 * too, so the two cannot disagree.
 *
 * Simulated devices
 *   H100-like (compute capability 9.0, 132 SMs), named FAKECUDA_DEVICE_NAME, driver
 *   version FAKECUDA_DRIVER_VERSION (CUDA 13.0), NVML driver FAKECUDA_NVML_DRIVER.
 *   Device pointers are host addresses (so memcpy works), mapped MAP_NORESERVE: an
 *   8 GiB allocation costs nothing until touched.
 *
 * Environment (read once, by cuInit / nvmlInit)
 *   FAKECUDA_DEVICES        number of devices (default 1, at most 16; 0: no device)
 *   FAKECUDA_MEM            memory per device, e.g. 16GiB, 512MiB, 80GB (default 16GiB);
 *                           "16GiB,8GiB" gives devices different sizes
 *   FAKECUDA_CTX_OVERHEAD   device memory each active context holds (default 64MiB)
 *   FAKECUDA_SESSION        name of the shared accounting segment (default "default"):
 *                           processes of one session share devices and memory usage
 *   FAKECUDA_LOG            when set, log unsupported calls and anomalies to stderr
 *   CUDA_VISIBLE_DEVICES    honoured by libcuda (indices or GPU-UUID prefixes)
 *   The first process that finds the session idle (no live process in it) sets the
 *   device count and sizes; later processes adopt them while the session is in use.
 *
 * Module images (cuModuleLoadData/Ex, cuModuleLoad, cuModuleLoadFatBinary,
 * cuLibraryLoadData, cuLibraryLoadFromFile)
 *   NUL-terminated text whose first line is FAKECUDA_MODULE_MAGIC; anything else is
 *   CUDA_ERROR_INVALID_IMAGE. Each further line is one of
 *       <builtin>                a function named like the built-in kernel
 *       <name> = <builtin>       a function with its own name running a built-in
 *       global <name> <bytes>    a __device__ variable (cuModuleGetGlobal), zeroed
 *       # comment, or blank
 *   Unknown built-ins, duplicate names or malformed lines: CUDA_ERROR_INVALID_IMAGE.
 *
 * Built-in kernels (parameters in order; kernelParams[i] points at parameter i, or
 * CU_LAUNCH_PARAM_BUFFER_POINTER passes them packed with natural alignment)
 *   quanta_sleep     (unsigned long long nanoseconds)
 *                    occupies the device for that long (kernels of one device run one
 *                    at a time per process, so sleeps on two streams serialise)
 *   quanta_fault     ()
 *                    faults: its context enters the sticky CUDA_ERROR_ILLEGAL_ADDRESS
 *                    state; every later call using that context returns it until the
 *                    context is destroyed (or, for a primary context, reset)
 *   quanta_fill_u32  (CUdeviceptr dst, unsigned int value, unsigned long long count)
 *                    dst[i] = value for i < count
 *   quanta_add_f32   (CUdeviceptr a, CUdeviceptr b, CUdeviceptr out, unsigned long long n)
 *                    out[i] = a[i] + b[i] for i < n
 *   A kernel touching memory outside a live allocation faults like quanta_fault.
 *   Grid and block sizes are validated but do not change what a kernel does.
 *
 * Streams run asynchronously: each stream has a worker thread; cuLaunchKernel returns
 * at once and cuStreamSynchronize waits. Events time the completion of what precedes
 * them in their stream.
 */
#ifndef FAKECUDA_H
#define FAKECUDA_H

#define FAKECUDA_DEVICE_NAME "Quanta Simulated GPU (fakecuda)"
#define FAKECUDA_DRIVER_VERSION 13000
#define FAKECUDA_NVML_DRIVER "580.0-fakecuda"

#define FAKECUDA_MODULE_MAGIC "FAKECUDA-MODULE"

#define FAKECUDA_KERNEL_SLEEP "quanta_sleep"
#define FAKECUDA_KERNEL_FAULT "quanta_fault"
#define FAKECUDA_KERNEL_FILL_U32 "quanta_fill_u32"
#define FAKECUDA_KERNEL_ADD_F32 "quanta_add_f32"

/* A module image with every built-in kernel, for cuModuleLoadData. */
#define FAKECUDA_MODULE_ALL                                                                 \
    FAKECUDA_MODULE_MAGIC "\n" FAKECUDA_KERNEL_SLEEP "\n" FAKECUDA_KERNEL_FAULT "\n"         \
    FAKECUDA_KERNEL_FILL_U32 "\n" FAKECUDA_KERNEL_ADD_F32 "\n"

#endif
