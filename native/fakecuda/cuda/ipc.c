/*
 * ipc.c - inter-process memory handles (cuIpcGetMemHandle, cuIpcOpenMemHandle,
 * cuIpcCloseMemHandle), enough to test their accounting.
 *
 * A handle names the exporter (pid), its allocation's base, size and device. Opening
 * it in another process of the session maps a fresh zero-filled range of that size,
 * which is NOT shared with the exporter (each process has its own address space and
 * the simulation does not share contents), and charges nothing to the device: like the
 * real driver, the memory belongs to the exporter. Opening one's own handle, or one
 * whose exporter has exited, fails as an invalid handle would.
 */
#include "fake.h"

#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#define IPC_MAGIC 0x31435049454b4146ull /* "FAKEIPC1" */

struct ipc_payload {
    uint64_t magic;
    int32_t pid;
    int32_t phys;     /* device index in the session */
    uint64_t base, size, id;
};
_Static_assert(sizeof(struct ipc_payload) <= sizeof(CUipcMemHandle), "fits in a handle");

/* Contract: a handle to the device allocation starting at dptr, for another process. */
CUresult cuIpcGetMemHandle(CUipcMemHandle *pHandle, CUdeviceptr dptr)
{
    int e = errno;
    CUresult rc = fake__initialized();
    if (rc != CUDA_SUCCESS)
        return fake__done(e, rc);
    if (pHandle == NULL)
        return fake__done(e, CUDA_ERROR_INVALID_VALUE);
    fake__lock();
    struct fake__alloc *a = fake__mem_find((uintptr_t)dptr);
    if (a == NULL || a->base != (uintptr_t)dptr || a->kind != FAKE__MEM_DEVICE) {
        rc = CUDA_ERROR_INVALID_VALUE;
    } else {
        struct ipc_payload p = {IPC_MAGIC, (int32_t)getpid(), fake__g.dev[a->dev].phys, a->base, a->size, a->id};
        memset(pHandle, 0, sizeof *pHandle);
        memcpy(pHandle->reserved, &p, sizeof p);
    }
    fake__unlock();
    return fake__done(e, rc);
}

/* Contract: maps another process's exported allocation in the current context
 * (a zero-filled stand-in; see above); CUDA_ERROR_INVALID_HANDLE for a handle that is
 * not one, is this process's own, or whose exporter is gone. */
CUresult cuIpcOpenMemHandle_v2(CUdeviceptr *pdptr, CUipcMemHandle handle, unsigned int Flags)
{
    int e = errno;
    CUresult rc = fake__initialized();
    if (rc != CUDA_SUCCESS)
        return fake__done(e, rc);
    struct ipc_payload p;
    memcpy(&p, handle.reserved, sizeof p);
    if (pdptr == NULL || (Flags & ~(unsigned)CU_IPC_MEM_LAZY_ENABLE_PEER_ACCESS) != 0)
        return fake__done(e, CUDA_ERROR_INVALID_VALUE);
    if (p.magic != IPC_MAGIC || p.pid <= 0 || p.pid == getpid() || kill(p.pid, 0) != 0 || p.size == 0)
        return fake__done(e, CUDA_ERROR_INVALID_HANDLE);
    fake__lock();
    struct fake__ctx *c = NULL;
    uintptr_t out = 0;
    rc = fake__ctx_current(&c, 0);
    if (rc == CUDA_SUCCESS)
        rc = fake__mem_alloc(c, p.size, FAKE__MEM_IPC, 0, 0, &out);
    if (rc == CUDA_SUCCESS)
        *pdptr = (CUdeviceptr)out;
    fake__unlock();
    return fake__done(e, rc);
}

/* Contract: unmaps memory from cuIpcOpenMemHandle; CUDA_ERROR_INVALID_VALUE for any
 * other pointer. */
CUresult cuIpcCloseMemHandle(CUdeviceptr dptr)
{
    int e = errno;
    CUresult rc = fake__initialized();
    if (rc != CUDA_SUCCESS)
        return fake__done(e, rc);
    fake__lock();
    struct fake__alloc *a = fake__mem_find((uintptr_t)dptr);
    if (a == NULL || a->base != (uintptr_t)dptr || a->kind != FAKE__MEM_IPC)
        rc = CUDA_ERROR_INVALID_VALUE;
    else
        fake__mem_destroy(a);
    fake__unlock();
    return fake__done(e, rc);
}
