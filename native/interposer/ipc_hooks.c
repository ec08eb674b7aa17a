/*
 * ipc_hooks.c - device-memory quotas for memory imported from another process.
 *
 * cuIpcOpenMemHandle maps memory another process allocated. If a process of the same
 * vGPU exported it (the trainer and workers of one vGPU sharing tensors, as
 * torch.multiprocessing does), it is already counted there and costs the importer
 * nothing more. Otherwise (an exporter outside the vGPU, or in another) it counts
 * against the importer's vGPU from open to close, because the importer keeps it
 * alive and uses it; an import past the quota is closed again and fails with
 * CUDA_ERROR_OUT_OF_MEMORY. Exporters record their handles in their vGPU's segment
 * (vgpu_segment.h: exports) so importers can tell the two cases apart.
 */
#include <string.h>

#include "libs.h"
#include "log.h"
#include "vgpu.h"

/* FNV-1a over the handle's bytes, never 0 (0 marks a free export entry). */
static uint64_t handle_key(const CUipcMemHandle *h)
{
    uint64_t x = 0xcbf29ce484222325ull;
    const unsigned char *b = (const unsigned char *)h->reserved;
    for (size_t i = 0; i < sizeof h->reserved; i++)
        x = (x ^ b[i]) * 0x100000001b3ull;
    return x ? x : 1;
}

/* Contract: as the driver's cuIpcGetMemHandle; the handle is recorded in this
 * process's vGPU so that members importing it are not charged twice. */
CUresult cuIpcGetMemHandle(CUipcMemHandle *pHandle, CUdeviceptr dptr)
{
    quanta_cuda_pfn_cuIpcGetMemHandle real =
        (quanta_cuda_pfn_cuIpcGetMemHandle)quanta__enter(&quanta__cuda_lib, quanta__cuda_real, QUANTA_CUDA_cuIpcGetMemHandle);
    if (real == NULL)
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuIpcGetMemHandle);
    CUresult rc = real(pHandle, dptr);
    if (rc == CUDA_SUCCESS && quanta__vgpu_active())
        quanta__vgpu_export(handle_key(pHandle));
    return rc;
}

/* Opens with `open` (the v1 or v2 entry point), then charges the import unless the
 * vGPU exported it itself. */
static CUresult open_charged(quanta_cuda_pfn_cuIpcOpenMemHandle_v2 open, CUdeviceptr *pdptr, CUipcMemHandle handle,
                             unsigned int flags)
{
    quanta_cuda_pfn_cuIpcCloseMemHandle close =
        (quanta_cuda_pfn_cuIpcCloseMemHandle)quanta__resolve(&quanta__cuda_lib, QUANTA_CUDA_cuIpcCloseMemHandle);
    quanta_cuda_pfn_cuMemGetAddressRange_v2 range =
        (quanta_cuda_pfn_cuMemGetAddressRange_v2)quanta__resolve(&quanta__cuda_lib, QUANTA_CUDA_cuMemGetAddressRange_v2);
    CUresult rc = open(pdptr, handle, flags);
    if (rc != CUDA_SUCCESS || !quanta__vgpu_active() || quanta__vgpu_exported_here(handle_key(&handle)))
        return rc;
    /* The size is known only once it is open: the exporter's whole allocation. */
    size_t size = 0;
    int gpu = -1;
    if (range == NULL || close == NULL || range(NULL, &size, *pdptr) != CUDA_SUCCESS) {
        quanta__log("cannot size an imported IPC allocation: refusing it");
        size = 0;
    }
    if (size == 0 || quanta__vgpu_reserve(size, &gpu) == QUANTA__VGPU_REFUSED) {
        if (close != NULL)
            (void)close(*pdptr);
        return CUDA_ERROR_OUT_OF_MEMORY;
    }
    if (gpu >= 0)
        quanta__vgpu_track(QUANTA__VGPU_POINTER, *pdptr, size, gpu);
    return rc;
}

/* Contract: as the driver's cuIpcOpenMemHandle_v2; memory exported from outside this
 * vGPU counts against it until cuIpcCloseMemHandle (CUDA_ERROR_OUT_OF_MEMORY past the
 * quota, with nothing left open). */
CUresult cuIpcOpenMemHandle_v2(CUdeviceptr *pdptr, CUipcMemHandle handle, unsigned int Flags)
{
    quanta_cuda_pfn_cuIpcOpenMemHandle_v2 real = (quanta_cuda_pfn_cuIpcOpenMemHandle_v2)quanta__enter(
        &quanta__cuda_lib, quanta__cuda_real, QUANTA_CUDA_cuIpcOpenMemHandle_v2);
    if (real == NULL)
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuIpcOpenMemHandle_v2);
    return open_charged(real, pdptr, handle, Flags);
}

/* Contract: as the driver's original cuIpcOpenMemHandle (same parameters), with the
 * same accounting. */
CUresult cuIpcOpenMemHandle(CUdeviceptr *pdptr, CUipcMemHandle handle, unsigned int Flags)
{
    quanta_cuda_pfn_cuIpcOpenMemHandle real = (quanta_cuda_pfn_cuIpcOpenMemHandle)quanta__enter(
        &quanta__cuda_lib, quanta__cuda_real, QUANTA_CUDA_cuIpcOpenMemHandle);
    if (real == NULL)
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuIpcOpenMemHandle);
    return open_charged((quanta_cuda_pfn_cuIpcOpenMemHandle_v2)real, pdptr, handle, Flags);
}

/* Contract: as the driver's cuIpcCloseMemHandle; a charged import returns to the vGPU. */
CUresult cuIpcCloseMemHandle(CUdeviceptr dptr)
{
    quanta_cuda_pfn_cuIpcCloseMemHandle real = (quanta_cuda_pfn_cuIpcCloseMemHandle)quanta__enter(
        &quanta__cuda_lib, quanta__cuda_real, QUANTA_CUDA_cuIpcCloseMemHandle);
    if (real == NULL)
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuIpcCloseMemHandle);
    CUresult rc = real(dptr);
    if (rc == CUDA_SUCCESS)
        quanta__vgpu_forget(QUANTA__VGPU_POINTER, dptr);
    return rc;
}
