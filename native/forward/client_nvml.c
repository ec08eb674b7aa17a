/*
 * client_nvml.c - the NVML entry points the client library answers itself (mode local in
 * api/forward/nvml.json): nvmlErrorString, from NVML's own result names (generated), so
 * that it answers even with no executor.
 */
#include "fwd_client.h"

QUANTA__FWD_EXPORT const char *nvmlErrorString(nvmlReturn_t result)
{
    for (int i = 0; i < quanta__fwd_nvml_error_count; i++)
        if (quanta__fwd_nvml_errors[i].value == (int)result)
            return quanta__fwd_nvml_errors[i].name;
    return "Unknown Error";
}
