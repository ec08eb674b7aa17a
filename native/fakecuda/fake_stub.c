/*
 * fake_stub.c - the single fallback behind fakecuda's generated weak stubs.
 */
#include "fake_stub.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int fake__unsupported(const struct quanta__api *api, int fn)
{
    int saved = errno;
    if (getenv("FAKECUDA_LOG") != NULL) {
        char line[256];
        int n = snprintf(line, sizeof line, "fakecuda: %s is not simulated\n", api->names[fn]);
        if (n > 0)
            (void)!write(STDERR_FILENO, line, (size_t)n < sizeof line ? (size_t)n : sizeof line - 1);
    }
    errno = saved;
    return strcmp(api->id, "cuda") == 0 ? 801 : 3;
}
