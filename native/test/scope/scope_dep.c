/*
 * scope_dep.c - libscope_dep.so, a dependency of libscope_user.so (see dlsym_scope.c):
 * defines a symbol only its dependents' local scope holds, and the "next" definition
 * of quanta_next_target.
 */
__attribute__((visibility("default"))) int quanta_scope_dep_value(void);
__attribute__((visibility("default"))) int quanta_next_target(void);

/* Returns 7: proof the lookup reached this library. */
int quanta_scope_dep_value(void) { return 7; }

/* Returns 2: the definition dlsym(RTLD_NEXT) from libscope_user.so must find. */
int quanta_next_target(void) { return 2; }
