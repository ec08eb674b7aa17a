/*
 * unwrapped_probe.c - looks up and calls cuFakecudaUnwrappedProbe, a function fakecuda
 * exports only to stand for "a driver function Quanta has no wrapper for". The trace
 * must list it as unwrapped. Exits 0 if the probe was found and called.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdio.h>

int main(void)
{
    void *cuda = dlopen("libcuda.so.1", RTLD_NOW);
    int (*probe)(void) = cuda ? (int (*)(void))dlsym(cuda, "cuFakecudaUnwrappedProbe") : NULL;
    if (probe == NULL) {
        printf("probe not found\n");
        return 1;
    }
    printf("probe -> %d\n", probe());
    return 0;
}
