/*
 * fwd_options.c - what each JIT and library option's value is, and how large each
 * pointer attribute's value is (fwd_options.h), from cuda.h's documentation of
 * CUjit_option, CUlibraryOption and CUpointer_attribute.
 */
#include "fwd_options.h"

#include <stddef.h>

#include "quanta_cuda_api.h" /* the enums, generated from api/cuda-driver.json: never numbers kept here */

enum quanta__fwd_option_kind quanta__fwd_option_kind(int family, int option, int *size_option)
{
    if (family == QUANTA__FWD_OPT_LIBRARY)
        /* Preserving the binary would let the driver keep pointing into the executor's
         * frame, which the next call reuses: the driver copies it instead. */
        return option == CU_LIBRARY_BINARY_IS_PRESERVED ? QUANTA__FWD_OPTION_DROPPED : QUANTA__FWD_OPTION_REFUSED;
    switch (option) {
    case CU_JIT_INFO_LOG_BUFFER:
        *size_option = CU_JIT_INFO_LOG_BUFFER_SIZE_BYTES;
        return QUANTA__FWD_OPTION_LOG;
    case CU_JIT_ERROR_LOG_BUFFER:
        *size_option = CU_JIT_ERROR_LOG_BUFFER_SIZE_BYTES;
        return QUANTA__FWD_OPTION_LOG;
    case CU_JIT_GLOBAL_SYMBOL_NAMES: /* arrays in the program's memory */
    case CU_JIT_GLOBAL_SYMBOL_ADDRESSES:
    case CU_JIT_REFERENCED_KERNEL_NAMES:
    case CU_JIT_REFERENCED_VARIABLE_NAMES:
        return QUANTA__FWD_OPTION_REFUSED;
    default: /* an option newer than this build may hold a pointer: refused */
        return option >= 0 && option < CU_JIT_NUM_OPTIONS ? QUANTA__FWD_OPTION_VALUE : QUANTA__FWD_OPTION_REFUSED;
    }
}

int quanta__fwd_option_written(int family, int option)
{
    return family == QUANTA__FWD_OPT_JIT && (option == CU_JIT_THREADS_PER_BLOCK || option == CU_JIT_WALL_TIME ||
                                             option == CU_JIT_INFO_LOG_BUFFER_SIZE_BYTES || option == CU_JIT_ERROR_LOG_BUFFER_SIZE_BYTES);
}

unsigned quanta__fwd_pointer_attribute_size(int attribute)
{
    /* Booleans are one byte (C's bool), so an answer never writes past the caller's. */
    static const unsigned char size[] = {
        [CU_POINTER_ATTRIBUTE_CONTEXT] = 8,
        [CU_POINTER_ATTRIBUTE_MEMORY_TYPE] = 4,
        [CU_POINTER_ATTRIBUTE_DEVICE_POINTER] = 8,
        [CU_POINTER_ATTRIBUTE_HOST_POINTER] = 8,
        [CU_POINTER_ATTRIBUTE_P2P_TOKENS] = 16,
        [CU_POINTER_ATTRIBUTE_SYNC_MEMOPS] = 1,
        [CU_POINTER_ATTRIBUTE_BUFFER_ID] = 8,
        [CU_POINTER_ATTRIBUTE_IS_MANAGED] = 1,
        [CU_POINTER_ATTRIBUTE_DEVICE_ORDINAL] = 4,
        [CU_POINTER_ATTRIBUTE_IS_LEGACY_CUDA_IPC_CAPABLE] = 1,
        [CU_POINTER_ATTRIBUTE_RANGE_START_ADDR] = 8,
        [CU_POINTER_ATTRIBUTE_RANGE_SIZE] = 8,
        [CU_POINTER_ATTRIBUTE_MAPPED] = 1,
        [CU_POINTER_ATTRIBUTE_ALLOWED_HANDLE_TYPES] = 8,
        [CU_POINTER_ATTRIBUTE_IS_GPU_DIRECT_RDMA_CAPABLE] = 1,
        [CU_POINTER_ATTRIBUTE_ACCESS_FLAGS] = 8,
        [CU_POINTER_ATTRIBUTE_MEMPOOL_HANDLE] = 8,
        [CU_POINTER_ATTRIBUTE_MAPPING_SIZE] = 8,
        [CU_POINTER_ATTRIBUTE_MAPPING_BASE_ADDR] = 8,
        [CU_POINTER_ATTRIBUTE_MEMORY_BLOCK_ID] = 8,
        [CU_POINTER_ATTRIBUTE_IS_HW_DECOMPRESS_CAPABLE] = 1,
    };
    return attribute > 0 && (size_t)attribute < sizeof size ? size[attribute] : 0;
}
