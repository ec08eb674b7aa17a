/*
 * client_answers.h - answers the client library keeps (client_answers.c): calls whose
 * answer never changes for the same arguments ("cache" in api/forward/cuda-driver.json:
 * device attributes, a function's attributes) are answered from here after the first.
 */
#ifndef QUANTA_CLIENT_ANSWERS_H
#define QUANTA_CLIENT_ANSWERS_H

#include <stddef.h>
#include <stdint.h>

#include "fwd_frame.h"

/* The reply kept for request bytes `req` (its function index first), copied into `into`
 * (its length set): 1, or 0 if none is kept. */
int quanta__fwd_answer_find(const uint8_t *req, size_t req_len, struct quanta__fwd_buf *into);
/* Keeps `reply` (a successful reply's payload) for request bytes `req`. Best effort. */
void quanta__fwd_answer_keep(const uint8_t *req, size_t req_len, const uint8_t *reply, size_t reply_len);
/* In a forked child: the lock made anew, nothing kept (its calls fail as the driver's do). */
void quanta__fwd_answers_in_child(void);

#endif
