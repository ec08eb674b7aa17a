/*
 * ok_lines.h - how the C test programs report: one "ok ..." or "FAIL ..." line per check
 * (the TypeScript tests match them), counting failures for the exit status.
 */
#ifndef QUANTA_TEST_OK_LINES_H
#define QUANTA_TEST_OK_LINES_H

#include <stdio.h>

static int failures;

#define CHECK(cond, ...)         \
    do {                         \
        if (cond) {              \
            printf("ok ");       \
        } else {                 \
            printf("FAIL ");     \
            failures++;          \
        }                        \
        printf(__VA_ARGS__);     \
        printf("\n");            \
    } while (0)

#endif
