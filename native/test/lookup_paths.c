/*
 * lookup_paths.c - every way a program reaches a driver or NVML function must end in
 * Quanta's wrapper of that very symbol.
 *
 * For each symbol of the generated tables: dlsym on the library's own handle, on
 * RTLD_DEFAULT (what direct linking resolves to) and on RTLD_NEXT; for each entry point
 * at each version that introduced a symbol, with legacy and per-thread streams:
 * cuGetProcAddress and cuGetProcAddress_v2, themselves reached by direct linking, by
 * dlsym and through cuGetProcAddress("cuGetProcAddress"). A pointer counts as Quanta's
 * only if dladdr() places it in libquanta.so under the expected symbol name, so this
 * program fails when run without the interposer. Prints one FAIL line per miss and a
 * summary; exits 1 on any miss.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdio.h>
#include <string.h>

#include "quanta_cuda_api.h"
#include "quanta_nvml_api.h"

static int checks, failures, absent;
static unsigned char cuda_absent[QUANTA_CUDA_FN_COUNT];

static void expect_wrapper(void *p, const char *symbol, const char *path)
{
    Dl_info info;
    checks++;
    if (p != NULL && dladdr(p, &info) && info.dli_fname && strstr(info.dli_fname, "libquanta") &&
        info.dli_sname && strcmp(info.dli_sname, symbol) == 0)
        return;
    if (++failures <= 20)
        printf("FAIL %s: %s -> %p (%s)\n", path, symbol, p,
               p && dladdr(p, &info) && info.dli_sname ? info.dli_sname : "not a Quanta wrapper");
}

/* A symbol the real library does not export must stay NULL, as natively; it is counted
 * (the summary reports it) and skipped. */
static void check_dlsym(void *handle, const struct quanta__api *api, unsigned char *absent_out)
{
    for (int fn = 0; fn < api->count; fn++) {
        const char *name = api->names[fn];
        if (dlsym(handle, name) == NULL) {
            absent++;
            if (absent_out)
                absent_out[fn] = 1;
            continue;
        }
        expect_wrapper(dlsym(handle, name), name, "dlsym(library handle)");
        expect_wrapper(dlsym(RTLD_DEFAULT, name), name, "dlsym(RTLD_DEFAULT)");
        expect_wrapper(dlsym(RTLD_NEXT, name), name, "dlsym(RTLD_NEXT)");
    }
}

typedef CUresult (*gpa_v2_fn)(const char *, void **, int, cuuint64_t, CUdriverProcAddressQueryResult *);
typedef CUresult (*gpa_v1_fn)(const char *, void **, int, cuuint64_t);

static void check_proc_address(const char *how, gpa_v2_fn v2, gpa_v1_fn v1)
{
    const struct quanta__api *api = &quanta__cuda_api;
    for (int e = 0; e < api->entry_count; e++) {
        const struct quanta__api_entry *entry = &api->entries[e];
        for (int i = 0; i < entry->count; i++) {
            int version = api->versions[entry->first + i].since;
            for (int per_thread = 0; per_thread <= 1; per_thread++) {
                cuuint64_t flags = per_thread ? CU_GET_PROC_ADDRESS_PER_THREAD_DEFAULT_STREAM : CU_GET_PROC_ADDRESS_LEGACY_STREAM;
                int fn = quanta__api_proc(api, entry->name, version, per_thread, NULL);
                void *p = NULL;
                CUdriverProcAddressQueryResult status = CU_GET_PROC_ADDRESS_SYMBOL_NOT_FOUND;
                CUresult rc = v2(entry->name, &p, version, flags, &status);
                if (fn < 0) {
                    /* Per-thread variants newer than `version`: the driver succeeds, hands out
                     * nothing and says the version is not sufficient. */
                    checks++;
                    if ((rc != CUDA_SUCCESS || status != CU_GET_PROC_ADDRESS_VERSION_NOT_SUFFICIENT || p != NULL) && ++failures <= 20)
                        printf("FAIL %s cuGetProcAddress_v2(%s, %d, per-thread): rc %d status %d p %p, want version not sufficient\n",
                               how, entry->name, version, rc, status, p);
                    continue;
                }
                if (cuda_absent[fn])
                    continue;
                if (rc != CUDA_SUCCESS || status != CU_GET_PROC_ADDRESS_SUCCESS) {
                    checks++;
                    if (++failures <= 20)
                        printf("FAIL %s cuGetProcAddress_v2(%s, %d): rc %d status %d\n", how, entry->name, version, rc, status);
                    continue;
                }
                expect_wrapper(p, api->names[fn], how);
                p = NULL;
                if (v1(entry->name, &p, version, flags) == CUDA_SUCCESS)
                    expect_wrapper(p, api->names[fn], how);
                else
                    checks++, failures++;
            }
        }
    }
}

/* What the driver (580, CUDA 13) answers for a name it lacks or a version too old:
 * CUDA_SUCCESS, no function, and the reason in symbolStatus. */
static void check_not_found(gpa_v2_fn v2)
{
    void *p = NULL;
    CUdriverProcAddressQueryResult status = CU_GET_PROC_ADDRESS_SUCCESS;
    checks += 2;
    CUresult rc = v2("cuNoSuchFunction", &p, 13000, 0, &status);
    if (rc != CUDA_SUCCESS || status != CU_GET_PROC_ADDRESS_SYMBOL_NOT_FOUND || p != NULL)
        failures++, printf("FAIL cuGetProcAddress_v2(cuNoSuchFunction): rc %d status %d\n", rc, status);
    rc = v2("cuMemAllocAsync", &p, 11000, 0, &status);
    if (rc != CUDA_SUCCESS || status != CU_GET_PROC_ADDRESS_VERSION_NOT_SUFFICIENT || p != NULL)
        failures++, printf("FAIL cuGetProcAddress_v2(cuMemAllocAsync, 11000): rc %d status %d\n", rc, status);
}

int main(void)
{
    void *cuda = dlopen("libcuda.so.1", RTLD_NOW);
    void *nvml = dlopen("libnvidia-ml.so.1", RTLD_NOW);
    if (cuda == NULL || nvml == NULL) {
        printf("FAIL cannot open the driver libraries: %s\n", dlerror());
        return 1;
    }
    check_dlsym(cuda, &quanta__cuda_api, cuda_absent);
    check_dlsym(nvml, &quanta__nvml_api, NULL);
    int dlsym_checks = checks;

    if (cuInit(0) != CUDA_SUCCESS)
        printf("FAIL cuInit\n"), failures++;
    /* cuGetProcAddress reached three ways. */
    check_proc_address("cuGetProcAddress (linked)", cuGetProcAddress_v2, cuGetProcAddress);
    gpa_v2_fn v2 = (gpa_v2_fn)dlsym(cuda, "cuGetProcAddress_v2");
    gpa_v1_fn v1 = (gpa_v1_fn)dlsym(cuda, "cuGetProcAddress");
    if (v2 && v1)
        check_proc_address("cuGetProcAddress (dlsym)", v2, v1);
    else
        failures++;
    void *self_v2 = NULL, *self_v1 = NULL;
    cuGetProcAddress_v2("cuGetProcAddress", &self_v2, 13000, 0, NULL);
    cuGetProcAddress_v2("cuGetProcAddress", &self_v1, 11030, 0, NULL);
    expect_wrapper(self_v2, "cuGetProcAddress_v2", "cuGetProcAddress(\"cuGetProcAddress\", 13000)");
    expect_wrapper(self_v1, "cuGetProcAddress", "cuGetProcAddress(\"cuGetProcAddress\", 11030)");
    if (self_v2 && self_v1)
        check_proc_address("cuGetProcAddress (via itself)", (gpa_v2_fn)self_v2, (gpa_v1_fn)self_v1);
    check_not_found(cuGetProcAddress_v2);

    printf("lookup paths: %d cuda + %d nvml symbols, %d absent from the driver, %d dlsym checks, "
           "%d cuGetProcAddress checks, %d failures\n",
           quanta__cuda_api.count, quanta__nvml_api.count, absent, dlsym_checks, checks - dlsym_checks, failures);
    return failures ? 1 : 0;
}
