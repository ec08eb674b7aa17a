/*
 * vgpu_slices.c - which of this process's devices are which of its vGPU's GPU slices.
 *
 * The daemon's hello answer names the vGPU's GPUs by UUID, slice by slice (the order of
 * the segment's quotas). A device ordinal is matched to a slice by asking the driver for
 * its UUID once; the answer is cached per ordinal, so later reservations on a device cost
 * one array load. Ordinals past MAX_DEVICES are matched every time (no such machine yet).
 */
#include "vgpu_internal.h"

#include <stdio.h>
#include <string.h>

#include "libs.h"

#define MAX_DEVICES 64

static int slices;
static char slice_uuid[QUANTA_SEG_MAX_GPUS][QUANTA_SEG_UUID_LEN];
static signed char dev_slice[MAX_DEVICES]; /* device ordinal -> slice + 1; 0 unknown */

void quanta__vgpu_slices_set(int count, const char (*uuids)[QUANTA_SEG_UUID_LEN])
{
    slices = count < 0 ? 0 : count > QUANTA_SEG_MAX_GPUS ? QUANTA_SEG_MAX_GPUS : count;
    for (int i = 0; i < slices; i++) {
        memcpy(slice_uuid[i], uuids[i], QUANTA_SEG_UUID_LEN);
        slice_uuid[i][QUANTA_SEG_UUID_LEN - 1] = '\0';
    }
    memset(dev_slice, 0, sizeof dev_slice);
}

int quanta__vgpu_slice_count(void)
{
    return slices;
}

const char (*quanta__vgpu_slice_uuids(void))[QUANTA_SEG_UUID_LEN]
{
    return (const char (*)[QUANTA_SEG_UUID_LEN])slice_uuid;
}

int quanta__vgpu_slice_named(const char *uuid)
{
    for (int i = 0; i < slices; i++)
        if (strcmp(uuid, slice_uuid[i]) == 0)
            return i;
    return -1;
}

int quanta__vgpu_slice_of(CUdevice dev)
{
    if (dev >= 0 && dev < MAX_DEVICES && dev_slice[dev] > 0)
        return dev_slice[dev] - 1;
    quanta_cuda_pfn_cuDeviceGetUuid_v2 get_uuid =
        (quanta_cuda_pfn_cuDeviceGetUuid_v2)quanta__resolve(&quanta__cuda_lib, QUANTA_CUDA_cuDeviceGetUuid_v2);
    CUuuid u;
    if (get_uuid == NULL || get_uuid(&u, dev) != CUDA_SUCCESS)
        return -1;
    const unsigned char *b = (const unsigned char *)u.bytes;
    char text[QUANTA_SEG_UUID_LEN];
    snprintf(text, sizeof text, "GPU-%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x", b[0], b[1],
             b[2], b[3], b[4], b[5], b[6], b[7], b[8], b[9], b[10], b[11], b[12], b[13], b[14], b[15]);
    int i = quanta__vgpu_slice_named(text);
    if (i >= 0 && dev >= 0 && dev < MAX_DEVICES)
        dev_slice[dev] = (signed char)(i + 1);
    return i;
}

int quanta__vgpu_current_slice(void)
{
    CUdevice dev;
    quanta_cuda_pfn_cuCtxGetDevice get_dev =
        (quanta_cuda_pfn_cuCtxGetDevice)quanta__resolve(&quanta__cuda_lib, QUANTA_CUDA_cuCtxGetDevice);
    return get_dev != NULL && get_dev(&dev) == CUDA_SUCCESS ? quanta__vgpu_slice_of(dev) : -1;
}
