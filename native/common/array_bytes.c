/*
 * array_bytes.c - device memory of a CUDA array from its descriptor (see array_bytes.h).
 *
 * Texel sizes come from the CUarray_format values in cuda.h; we count bits, not bytes,
 * because NV12 and the block-compressed formats take fractions of a byte per texel.
 */
#include "array_bytes.h"

/* Bits per texel of `f` with `channels` channels; 0 when the format is unknown. */
static uint64_t texel_bits(CUarray_format f, unsigned int channels)
{
    switch (f) {
    case CU_AD_FORMAT_UNSIGNED_INT8:
    case CU_AD_FORMAT_SIGNED_INT8:
        return 8ull * channels;
    case CU_AD_FORMAT_UNSIGNED_INT16:
    case CU_AD_FORMAT_SIGNED_INT16:
    case CU_AD_FORMAT_HALF:
        return 16ull * channels;
    case CU_AD_FORMAT_UNSIGNED_INT32:
    case CU_AD_FORMAT_SIGNED_INT32:
    case CU_AD_FORMAT_FLOAT:
        return 32ull * channels;
    case CU_AD_FORMAT_UNORM_INT8X1: case CU_AD_FORMAT_SNORM_INT8X1:
        return 8;
    case CU_AD_FORMAT_UNORM_INT8X2: case CU_AD_FORMAT_SNORM_INT8X2:
    case CU_AD_FORMAT_UNORM_INT16X1: case CU_AD_FORMAT_SNORM_INT16X1:
        return 16;
    case CU_AD_FORMAT_UNORM_INT8X4: case CU_AD_FORMAT_SNORM_INT8X4:
    case CU_AD_FORMAT_UNORM_INT16X2: case CU_AD_FORMAT_SNORM_INT16X2:
    case CU_AD_FORMAT_UNORM_INT_101010_2:
        return 32;
    case CU_AD_FORMAT_UNORM_INT16X4: case CU_AD_FORMAT_SNORM_INT16X4:
        return 64;
    case CU_AD_FORMAT_BC1_UNORM: case CU_AD_FORMAT_BC1_UNORM_SRGB:
    case CU_AD_FORMAT_BC4_UNORM: case CU_AD_FORMAT_BC4_SNORM:
        return 4;  /* 8 bytes per 4x4 block */
    case CU_AD_FORMAT_BC2_UNORM: case CU_AD_FORMAT_BC2_UNORM_SRGB:
    case CU_AD_FORMAT_BC3_UNORM: case CU_AD_FORMAT_BC3_UNORM_SRGB:
    case CU_AD_FORMAT_BC5_UNORM: case CU_AD_FORMAT_BC5_SNORM:
    case CU_AD_FORMAT_BC6H_UF16: case CU_AD_FORMAT_BC6H_SF16:
    case CU_AD_FORMAT_BC7_UNORM: case CU_AD_FORMAT_BC7_UNORM_SRGB:
        return 8;  /* 16 bytes per 4x4 block */
    case CU_AD_FORMAT_NV12:
        return 12;
    case CU_AD_FORMAT_NV16: case CU_AD_FORMAT_YUY2:
        return 16;
    case CU_AD_FORMAT_P010: case CU_AD_FORMAT_P016:
    case CU_AD_FORMAT_Y444_PLANAR8: case CU_AD_FORMAT_YUV444_8bit_SemiPlanar:
        return 24;
    case CU_AD_FORMAT_P210: case CU_AD_FORMAT_P216:
    case CU_AD_FORMAT_Y210: case CU_AD_FORMAT_Y216:
    case CU_AD_FORMAT_AYUV: case CU_AD_FORMAT_Y410:
        return 32;
    case CU_AD_FORMAT_Y444_PLANAR10: case CU_AD_FORMAT_YUV444_16bit_SemiPlanar:
        return 48;
    case CU_AD_FORMAT_Y416:
        return 64;
    default:
        return 0;
    }
}

/* CUDA_ARRAY3D_LAYERED, _CUBEMAP, _SPARSE and _DEFERRED_MAPPING from cuda.h. */
#define ARRAY_LAYERED 0x01u
#define ARRAY_CUBEMAP 0x04u
#define ARRAY_SPARSE 0x40u
#define ARRAY_DEFERRED_MAPPING 0x80u

uint64_t quanta__array_bytes(const CUDA_ARRAY3D_DESCRIPTOR *d, unsigned int levels)
{
    if (d == NULL || (d->Flags & (ARRAY_SPARSE | ARRAY_DEFERRED_MAPPING)) != 0)
        return 0;
    uint64_t bits = texel_bits(d->Format, d->NumChannels);
    if (bits == 0)
        bits = 128ull * (d->NumChannels ? d->NumChannels : 1);
    uint64_t w = d->Width ? d->Width : 1, h = d->Height ? d->Height : 1, depth = d->Depth ? d->Depth : 1;
    /* Layers and cubemap faces stay whole at every level; a 3D depth halves. */
    int depth_halves = (d->Flags & (ARRAY_LAYERED | ARRAY_CUBEMAP)) == 0;
    uint64_t total_bits = 0;
    for (unsigned int l = 0; l < (levels ? levels : 1) && l < 64; l++) {
        uint64_t lw = w >> l ? w >> l : 1, lh = h >> l ? h >> l : 1;
        uint64_t ld = depth_halves ? (depth >> l ? depth >> l : 1) : depth;
        total_bits += lw * lh * ld * bits;
    }
    /* The driver hands out array memory in 64 KiB units, and in 2 MiB units past 2 MiB
     * (what the H100 with driver 580 showed for every shape measured: array_cost.c). */
    uint64_t bytes = (total_bits + 7) / 8;
    uint64_t unit = bytes > (2ull << 20) ? (2ull << 20) : (64ull << 10);
    return (bytes + unit - 1) / unit * unit;
}
