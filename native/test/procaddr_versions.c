/*
 * procaddr_versions.c - does Quanta's description pick the same symbol as the driver?
 *
 * Run WITHOUT the interposer against a real driver: for every entry point, at every
 * version the description says introduced a symbol (and at the newest version), in
 * both stream modes, the driver's cuGetProcAddress_v2 must return exactly the function
 * exported under the symbol name the description predicts. On fakecuda (which answers
 * from the same tables) it is a smoke test; on a GPU it validates the description.
 * Prints mismatches and a summary; exits 1 on any mismatch.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdio.h>

#include "quanta_cuda_api.h"

typedef CUresult (*gpa_v2_fn)(const char *, void **, int, cuuint64_t, CUdriverProcAddressQueryResult *);

int main(void)
{
    setvbuf(stdout, NULL, _IONBF, 0); /* keep what was printed if the driver crashes */
    void *cuda = dlopen("libcuda.so.1", RTLD_NOW | RTLD_LOCAL);
    gpa_v2_fn gpa = cuda ? (gpa_v2_fn)dlsym(cuda, "cuGetProcAddress_v2") : NULL;
    if (gpa == NULL || ((CUresult (*)(unsigned))dlsym(cuda, "cuInit"))(0) != CUDA_SUCCESS) {
        printf("cannot load and initialise libcuda.so.1\n");
        return 1;
    }
    const struct quanta__api *api = &quanta__cuda_api;
    int checks = 0, mismatches = 0, driver_lacks = 0;
    for (int e = 0; e < api->entry_count; e++) {
        const struct quanta__api_entry *entry = &api->entries[e];
        for (int i = 0; i <= entry->count; i++) {
            int version = i < entry->count ? api->versions[entry->first + i].since : QUANTA_CUDA_HEADER_VERSION;
            for (int pt = 0; pt <= 1; pt++) {
                int fn = quanta__api_proc(api, entry->name, version, pt, NULL);
                void *expected = fn >= 0 ? dlsym(cuda, api->names[fn]) : NULL;
                void *got = NULL;
                CUdriverProcAddressQueryResult st;
                CUresult rc = gpa(entry->name, &got, version,
                                  pt ? CU_GET_PROC_ADDRESS_PER_THREAD_DEFAULT_STREAM : CU_GET_PROC_ADDRESS_LEGACY_STREAM, &st);
                checks++;
                if (rc != CUDA_SUCCESS && expected == NULL) {
                    driver_lacks++;  /* e.g. interop entry points this driver build leaves out */
                    continue;
                }
                if (got != expected) {
                    Dl_info info;
                    const char *actual = got && dladdr(got, &info) && info.dli_sname ? info.dli_sname : "(not exported)";
                    if (++mismatches <= 30)
                        printf("MISMATCH %s @%d %s: driver gives %s, description says %s\n", entry->name, version,
                               pt ? "per-thread" : "legacy", actual, fn >= 0 ? api->names[fn] : "(none)");
                }
            }
        }
    }
    /* Record the driver's answers to bad requests, which its documentation leaves open. */
    typedef CUresult (*gpa_v1_fn)(const char *, void **, int, cuuint64_t);
    gpa_v1_fn v1 = (gpa_v1_fn)dlsym(cuda, "cuGetProcAddress");
    void *p = NULL;
    CUdriverProcAddressQueryResult st = CU_GET_PROC_ADDRESS_SUCCESS;
    printf("driver answers: v1(cuNoSuchFunction) -> %d", v1 ? (int)v1("cuNoSuchFunction", &p, 13000, 0) : -1);
    printf("; v1(cuMemAllocAsync@11000) -> %d", v1 ? (int)v1("cuMemAllocAsync", &p, 11000, 0) : -1);
    CUresult rc = gpa("cuNoSuchFunction", &p, 13000, 0, &st); /* before reading st */
    printf("; v2(cuNoSuchFunction) -> %d status %d", (int)rc, (int)st);
    /* (A NULL symbol is not asked: driver 580 crashes on it.) */
    printf("; v2(version 99000) -> %d; v2(flags 4) -> %d\n", (int)gpa("cuMemAlloc", &p, 99000, 0, &st),
           (int)gpa("cuMemAlloc", &p, 13000, 4, &st));
    printf("procaddr versions: %d checks, %d mismatches, %d not in this driver\n", checks, mismatches, driver_lacks);
    return mismatches ? 1 : 0;
}
