/*
 * client_copy.h - large copies spread over helper threads (client_copy.c).
 */
#ifndef QUANTA_CLIENT_COPY_H
#define QUANTA_CLIENT_COPY_H

#include <stddef.h>

/* memcpy(dst, src, n) for buffers that do not overlap; from 1 MiB on, split over the
 * calling thread and up to three helper threads (QUANTA_REMOTE_COPY_THREADS=0..3 sets how
 * many helpers; by default one fewer than the processors, at most three). errno kept. */
void quanta__fwd_copy(void *dst, const void *src, size_t n);

#endif
