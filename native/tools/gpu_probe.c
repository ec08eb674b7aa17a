/*
 * gpu_probe.c - quanta-gpu-probe: what GPUs this host has, as JSON, for the daemon.
 *
 * The daemon is TypeScript and cannot call NVML itself; it runs this small program,
 * which loads libnvidia-ml.so.1 at run time (never linked, so it starts where there is
 * no driver and says so) and prints one JSON object on stdout:
 *   {"driver":"580.159.04","devices":[{"index":0,"uuid":"GPU-…","name":"…",
 *     "memoryTotal":N,"memoryUsed":N,"migEnabled":false,"migDevices":[{"index":0,
 *     "uuid":"MIG-…","memoryTotal":N}]}]}
 * MIG instances an administrator created are listed under their GPU: they are devices
 * Quanta can back vGPUs with. On failure prints {"error":"…"} and exits 1.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdio.h>
#include <string.h>

#include "quanta_nvml_api.h"

/* nvml.h's NVML_DEVICE_MIG_ENABLE, a macro (macros are not part of the generated types). */
enum { MIG_ENABLED = 1 };

#define LOOKUP(h, name) ((quanta_nvml_pfn_##name)dlsym((h), #name))

static void json_string(const char *s)
{
    putchar('"');
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\')
            printf("\\%c", c);
        else if (c < 0x20)
            printf("\\u%04x", c);
        else
            putchar(c);
    }
    putchar('"');
}

static int fail(const char *what, const char *detail)
{
    printf("{\"error\":");
    char msg[512];
    snprintf(msg, sizeof msg, "%s%s%s", what, detail ? ": " : "", detail ? detail : "");
    json_string(msg);
    printf("}\n");
    return 1;
}

int main(void)
{
    void *h = dlopen("libnvidia-ml.so.1", RTLD_NOW | RTLD_LOCAL);
    if (h == NULL)
        return fail("cannot load libnvidia-ml.so.1 (no NVIDIA driver?)", dlerror());
    quanta_nvml_pfn_nvmlInit_v2 init = LOOKUP(h, nvmlInit_v2);
    quanta_nvml_pfn_nvmlErrorString err = LOOKUP(h, nvmlErrorString);
    quanta_nvml_pfn_nvmlSystemGetDriverVersion driver = LOOKUP(h, nvmlSystemGetDriverVersion);
    quanta_nvml_pfn_nvmlDeviceGetCount_v2 count = LOOKUP(h, nvmlDeviceGetCount_v2);
    quanta_nvml_pfn_nvmlDeviceGetHandleByIndex_v2 handle = LOOKUP(h, nvmlDeviceGetHandleByIndex_v2);
    quanta_nvml_pfn_nvmlDeviceGetUUID uuid = LOOKUP(h, nvmlDeviceGetUUID);
    quanta_nvml_pfn_nvmlDeviceGetName name = LOOKUP(h, nvmlDeviceGetName);
    quanta_nvml_pfn_nvmlDeviceGetMemoryInfo meminfo = LOOKUP(h, nvmlDeviceGetMemoryInfo);
    quanta_nvml_pfn_nvmlDeviceGetMigMode migmode = LOOKUP(h, nvmlDeviceGetMigMode);
    quanta_nvml_pfn_nvmlDeviceGetMaxMigDeviceCount migmax = LOOKUP(h, nvmlDeviceGetMaxMigDeviceCount);
    quanta_nvml_pfn_nvmlDeviceGetMigDeviceHandleByIndex mighandle = LOOKUP(h, nvmlDeviceGetMigDeviceHandleByIndex);
    if (!init || !err || !driver || !count || !handle || !uuid || !name || !meminfo)
        return fail("libnvidia-ml.so.1 lacks basic entry points", NULL);
    nvmlReturn_t rc = init();
    if (rc != NVML_SUCCESS)
        return fail("nvmlInit failed", err(rc));

    char version[96] = "";
    unsigned int n = 0;
    if (driver(version, sizeof version) != NVML_SUCCESS || (rc = count(&n)) != NVML_SUCCESS)
        return fail("cannot read the driver version or device count", err(rc));
    printf("{\"driver\":");
    json_string(version);
    printf(",\"devices\":[");
    for (unsigned int i = 0; i < n; i++) {
        nvmlDevice_t dev;
        char id[96] = "", label[96] = "";
        nvmlMemory_t mem = {0};
        if ((rc = handle(i, &dev)) != NVML_SUCCESS || (rc = uuid(dev, id, sizeof id)) != NVML_SUCCESS ||
            (rc = name(dev, label, sizeof label)) != NVML_SUCCESS || (rc = meminfo(dev, &mem)) != NVML_SUCCESS)
            return fail("cannot read a device", err(rc));
        unsigned int current = 0, pending = 0, max_mig = 0;
        int mig = migmode && migmode(dev, &current, &pending) == NVML_SUCCESS && current == MIG_ENABLED;
        printf("%s{\"index\":%u,\"uuid\":", i ? "," : "", i);
        json_string(id);
        printf(",\"name\":");
        json_string(label);
        printf(",\"memoryTotal\":%llu,\"memoryUsed\":%llu,\"migEnabled\":%s,\"migDevices\":[",
               (unsigned long long)mem.total, (unsigned long long)mem.used, mig ? "true" : "false");
        if (mig && migmax && mighandle && migmax(dev, &max_mig) == NVML_SUCCESS) {
            int listed = 0;
            for (unsigned int k = 0; k < max_mig; k++) {
                nvmlDevice_t m;
                char mid[96] = "";
                nvmlMemory_t mm = {0};
                if (mighandle(dev, k, &m) != NVML_SUCCESS || uuid(m, mid, sizeof mid) != NVML_SUCCESS ||
                    meminfo(m, &mm) != NVML_SUCCESS)
                    continue; /* an empty slot: no instance created there */
                printf("%s{\"index\":%u,\"uuid\":", listed++ ? "," : "", k);
                json_string(mid);
                printf(",\"memoryTotal\":%llu}", (unsigned long long)mm.total);
            }
        }
        printf("]}");
    }
    printf("]}\n");
    return 0;
}
