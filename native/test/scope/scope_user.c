/*
 * scope_user.c - libscope_user.so, opened RTLD_LOCAL by dlsym_scope.c. Looks symbols up
 * the ways whose answer depends on who asks: RTLD_DEFAULT must see its own dependency
 * (local scope), RTLD_NEXT must skip its own quanta_next_target for the dependency's.
 */
#define _GNU_SOURCE
#include <dlfcn.h>

__attribute__((visibility("default"))) int quanta_next_target(void);
__attribute__((visibility("default"))) int scope_user_check(int *local_value, int *next_value);

/* Returns 1; dlsym(RTLD_NEXT) from this library must not return it. */
int quanta_next_target(void) { return 1; }

/* Stores what the two lookups found (-1 when NULL). Returns 0. */
int scope_user_check(int *local_value, int *next_value)
{
    int (*local)(void) = (int (*)(void))dlsym(RTLD_DEFAULT, "quanta_scope_dep_value");
    int (*next)(void) = (int (*)(void))dlsym(RTLD_NEXT, "quanta_next_target");
    *local_value = local ? local() : -1;
    *next_value = next ? next() : -1;
    return 0;
}
