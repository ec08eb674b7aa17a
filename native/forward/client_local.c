/*
 * client_local.c - entry points the client library answers itself (mode local in
 * api/forward/cuda-driver.json): cuGetProcAddress hands out the client's own functions,
 * cuGetErrorName reads the generated names, and cuGetErrorString asks the executor once
 * per code (the description is the GPU host's driver's) and keeps the answer, since the
 * driver's strings live as long as the process.
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "fwd_client.h"
#include "proc_address.h"

#define STRINGS 256

QUANTA__FWD_EXPORT CUresult cuGetProcAddress(const char *symbol, void **pfn, int cudaVersion, cuuint64_t flags)
{
    return quanta__proc_address(quanta__fwd_fns, symbol, pfn, cudaVersion, flags, 0, NULL);
}

QUANTA__FWD_EXPORT CUresult cuGetProcAddress_v2(const char *symbol, void **pfn, int cudaVersion, cuuint64_t flags,
                                                CUdriverProcAddressQueryResult *symbolStatus)
{
    return quanta__proc_address(quanta__fwd_fns, symbol, pfn, cudaVersion, flags, 1, symbolStatus);
}

QUANTA__FWD_EXPORT CUresult cuGetErrorName(CUresult error, const char **pStr)
{
    if (pStr == NULL)
        return CUDA_ERROR_INVALID_VALUE;
    for (int i = 0; i < quanta__fwd_error_count; i++) {
        if (quanta__fwd_errors[i].value == (int)error) {
            *pStr = quanta__fwd_errors[i].name;
            return CUDA_SUCCESS;
        }
    }
    *pStr = NULL;
    return CUDA_ERROR_INVALID_VALUE;
}

static struct {
    int code;
    char *text;
} strings[STRINGS];
static int string_count;
static pthread_mutex_t strings_lock = PTHREAD_MUTEX_INITIALIZER;

QUANTA__FWD_EXPORT CUresult cuGetErrorString(CUresult error, const char **pStr)
{
    const char *name = NULL;
    if (pStr == NULL || cuGetErrorName(error, &name) != CUDA_SUCCESS) {
        if (pStr != NULL)
            *pStr = NULL;
        return CUDA_ERROR_INVALID_VALUE;
    }
    pthread_mutex_lock(&strings_lock);
    for (int i = 0; i < string_count; i++) {
        if (strings[i].code == (int)error) {
            *pStr = strings[i].text;
            pthread_mutex_unlock(&strings_lock);
            return CUDA_SUCCESS;
        }
    }
    pthread_mutex_unlock(&strings_lock);
    /* Asked of the executor: u32 code in, its text (NUL included) back. */
    char text[256];
    struct quanta__fwd_call c;
    quanta__fwd_begin(&c, QUANTA_CUDA_cuGetErrorString);
    quanta__fwd_put(&c, &error, sizeof error);
    CUresult rc = quanta__fwd_sync(&c);
    memset(text, 0, sizeof text);
    quanta__fwd_get_buf(&c, text, sizeof text - 1);
    rc = quanta__fwd_end(&c, rc);
    if (rc != CUDA_SUCCESS || text[0] == '\0') {
        *pStr = name; /* no executor: the name says what the code is */
        return CUDA_SUCCESS;
    }
    pthread_mutex_lock(&strings_lock);
    char *kept = string_count < STRINGS ? strdup(text) : NULL;
    if (kept != NULL) {
        strings[string_count].code = (int)error;
        strings[string_count++].text = kept;
    }
    pthread_mutex_unlock(&strings_lock);
    *pStr = kept != NULL ? kept : name;
    return CUDA_SUCCESS;
}
