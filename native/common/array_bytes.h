/*
 * array_bytes.h - how much device memory a CUDA array or mipmapped array takes, from
 * its descriptor. Shared by the interposer (which charges it to the vGPU) and fakecuda
 * (which charges it to the simulated device), so the two cannot disagree.
 */
#ifndef QUANTA_ARRAY_BYTES_H
#define QUANTA_ARRAY_BYTES_H

#include <stdint.h>

#include "quanta_cuda_types.h"

/* Bytes of element data in an array of descriptor `d` with `levels` mipmap levels
 * (1 for a plain array): width x height x depth texels of the format's size, each level
 * half the size of the one before (layers and cubemap faces are not halved). Block-
 * compressed and video formats count their real bits per texel; an unknown format
 * counts 16 bytes per texel per channel, so that nothing is under-charged. Arrays made
 * with CUDA_ARRAY3D_DEFERRED_MAPPING or CUDA_ARRAY3D_SPARSE own no memory: 0. Rounded
 * up the way the driver hands array memory out (64 KiB units; 2 MiB units past 2 MiB),
 * as measured on an H100 with driver 580. */
uint64_t quanta__array_bytes(const CUDA_ARRAY3D_DESCRIPTOR *d, unsigned int levels);

#endif
