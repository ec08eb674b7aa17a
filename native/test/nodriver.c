/*
 * nodriver.c - a program that looks the driver up by name when there is none.
 * Under Quanta with no libcuda.so.1 / libnvidia-ml.so.1 to be found, the wrappers must
 * answer with the libraries' own errors (and log why) instead of ending the process.
 * Prints the codes; exits 0 if the process survived to print them.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdio.h>

typedef int (*init_fn)(unsigned int);
typedef int (*nvml_init_fn)(void);

int main(void)
{
    init_fn cu_init = (init_fn)dlsym(RTLD_DEFAULT, "cuInit");
    nvml_init_fn nvml_init = (nvml_init_fn)dlsym(RTLD_DEFAULT, "nvmlInit_v2");
    if (cu_init == NULL || nvml_init == NULL) {
        printf("no driver symbols at all (not running under Quanta)\n");
        return 0;
    }
    printf("cuInit -> %d\n", cu_init(0));
    printf("cuInit again -> %d\n", cu_init(0));
    printf("nvmlInit_v2 -> %d\n", nvml_init());
    return 0;
}
