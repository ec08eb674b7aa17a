/*
 * dlsym_scope.c - the interposer's dlsym must answer caller-relative lookups as glibc
 * would for the real caller. Opens libscope_user.so RTLD_LOCAL and has it look up
 * through RTLD_DEFAULT (expects its dependency's value, 7) and RTLD_NEXT (expects the
 * dependency's definition, 2, not its own, 1). Exits 0 when both are right.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdio.h>

int main(void)
{
    void *lib = dlopen("libscope_user.so", RTLD_NOW | RTLD_LOCAL);
    int (*check)(int *, int *) = lib ? (int (*)(int *, int *))dlsym(lib, "scope_user_check") : NULL;
    if (check == NULL) {
        printf("cannot load libscope_user.so: %s\n", dlerror());
        return 1;
    }
    int local = 0, next = 0;
    check(&local, &next);
    printf("RTLD_DEFAULT from a local library -> %d (want 7)\nRTLD_NEXT -> %d (want 2)\n", local, next);
    return local == 7 && next == 2 ? 0 : 1;
}
