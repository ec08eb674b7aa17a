/*
 * wire_layout.c - the shared layouts as this compiler lays them out.
 *
 * Prints, one line each, every struct's size, every field's offset and size, and every
 * constant of native/gen/quanta_wire.h (the lists come from the header's X-macros, the
 * numbers from sizeof/offsetof). test/wire.test.ts compares them with the TypeScript
 * layout (src/gen/layout.ts), so a hand edit of either side, or a generator that lays
 * out a struct differently from the compiler, fails the tests.
 */
#include <stdio.h>

#include "quanta_wire.h"

#define STRUCT(s) printf("struct %s %zu\n", #s, sizeof(struct s));
#define FIELD(s, f) printf("field %s.%s %zu %zu\n", #s, #f, offsetof(struct s, f), sizeof(((struct s *)0)->f));
#define CONSTANT(c) printf("const %s %llu\n", #c, (unsigned long long)(c));

int main(void)
{
    QUANTA_WIRE_STRUCTS(STRUCT)
    QUANTA_WIRE_FIELDS(FIELD)
    QUANTA_WIRE_CONSTANTS(CONSTANT)
    return 0;
}
