/*
 * fwd_options.c - what each JIT and library option's value is, and how large each
 * pointer attribute's value is (fwd_options.h), from cuda.h's documentation of
 * CUjit_option, CUlibraryOption and CUpointer_attribute.
 */
#include "fwd_options.h"

#include <stddef.h>

enum {
    JIT_THREADS_PER_BLOCK = 1,     /* in/out */
    JIT_WALL_TIME = 2,             /* out: a float in the slot */
    JIT_INFO_LOG_BUFFER = 3,
    JIT_INFO_LOG_BUFFER_SIZE = 4,  /* in/out */
    JIT_ERROR_LOG_BUFFER = 5,
    JIT_ERROR_LOG_BUFFER_SIZE = 6, /* in/out */
    JIT_GLOBAL_SYMBOL_NAMES = 17,
    JIT_GLOBAL_SYMBOL_ADDRESSES = 18,
    JIT_REFERENCED_KERNEL_NAMES = 23,
    JIT_REFERENCED_VARIABLE_NAMES = 25,
    JIT_LAST_KNOWN = 33,
    LIBRARY_HOST_UNIVERSAL_TABLE = 0,
    LIBRARY_BINARY_IS_PRESERVED = 1,
};

enum quanta__fwd_option_kind quanta__fwd_option_kind(int family, int option, int *size_option)
{
    if (family == QUANTA__FWD_OPT_LIBRARY)
        /* Preserving the binary would let the driver keep pointing into the executor's
         * frame, which the next call reuses: the driver copies it instead. */
        return option == LIBRARY_BINARY_IS_PRESERVED ? QUANTA__FWD_OPTION_DROPPED : QUANTA__FWD_OPTION_REFUSED;
    switch (option) {
    case JIT_INFO_LOG_BUFFER:
        *size_option = JIT_INFO_LOG_BUFFER_SIZE;
        return QUANTA__FWD_OPTION_LOG;
    case JIT_ERROR_LOG_BUFFER:
        *size_option = JIT_ERROR_LOG_BUFFER_SIZE;
        return QUANTA__FWD_OPTION_LOG;
    case JIT_GLOBAL_SYMBOL_NAMES:
    case JIT_GLOBAL_SYMBOL_ADDRESSES:
    case JIT_REFERENCED_KERNEL_NAMES:
    case JIT_REFERENCED_VARIABLE_NAMES:
        return QUANTA__FWD_OPTION_REFUSED;
    default:
        return option >= 0 && option <= JIT_LAST_KNOWN ? QUANTA__FWD_OPTION_VALUE : QUANTA__FWD_OPTION_REFUSED;
    }
}

int quanta__fwd_option_written(int family, int option)
{
    return family == QUANTA__FWD_OPT_JIT && (option == JIT_THREADS_PER_BLOCK || option == JIT_WALL_TIME ||
                                             option == JIT_INFO_LOG_BUFFER_SIZE || option == JIT_ERROR_LOG_BUFFER_SIZE);
}

unsigned quanta__fwd_pointer_attribute_size(int attribute)
{
    /* Booleans are one byte (C's bool), so an answer never writes past the caller's. */
    static const unsigned char size[] = {
        [1] = 8,  /* CONTEXT */
        [2] = 4,  /* MEMORY_TYPE */
        [3] = 8,  /* DEVICE_POINTER */
        [4] = 8,  /* HOST_POINTER */
        [5] = 16, /* P2P_TOKENS */
        [6] = 1,  /* SYNC_MEMOPS */
        [7] = 8,  /* BUFFER_ID */
        [8] = 1,  /* IS_MANAGED */
        [9] = 4,  /* DEVICE_ORDINAL */
        [10] = 1, /* IS_LEGACY_CUDA_IPC_CAPABLE */
        [11] = 8, /* RANGE_START_ADDR */
        [12] = 8, /* RANGE_SIZE */
        [13] = 1, /* MAPPED */
        [14] = 8, /* ALLOWED_HANDLE_TYPES */
        [15] = 1, /* IS_GPU_DIRECT_RDMA_CAPABLE */
        [16] = 8, /* ACCESS_FLAGS */
        [17] = 8, /* MEMPOOL_HANDLE */
        [18] = 8, /* MAPPING_SIZE */
        [19] = 8, /* MAPPING_BASE_ADDR */
        [20] = 8, /* MEMORY_BLOCK_ID */
        [21] = 1, /* IS_HW_DECOMPRESS_CAPABLE */
    };
    return attribute > 0 && (size_t)attribute < sizeof size ? size[attribute] : 0;
}
