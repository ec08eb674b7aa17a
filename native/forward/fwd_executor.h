/*
 * fwd_executor.h - what the executor's generated handlers (gen/quanta_fwd_executor.c)
 * use to read a call's arguments and write its outputs (docs/design/forwarding.md).
 *
 * Every quanta__fwd_take* checks what it reads against what is left of the frame and
 * returns -1 (the frame is malformed: the executor ends the session) rather than read past
 * it; pointers they hand out point into the frame, which outlives the call. A frame used in
 * place in the shared memory (quanta__fwd_in_place) can change under the executor: only
 * copies' data, which the driver reads and nothing checks, is used there.
 */
#ifndef QUANTA_FWD_EXECUTOR_H
#define QUANTA_FWD_EXECUTOR_H

#include <stddef.h>
#include <stdint.h>

#include "executor_cache.h"
#include "fwd_frame.h"
#include "fwd_ring.h"
#include "fwd_options.h"
#include "quanta_cuda_api.h"
#include "quanta_nvml_api.h"

/* A handler's answer for a frame it cannot read: not a CUresult the driver uses. */
#define QUANTA__FWD_MALFORMED ((CUresult)-1)

struct quanta__fwd_in {
    const uint8_t *at;
    size_t left;
};

struct quanta__fwd_out {
    struct quanta__fwd_buf *reply;   /* the reply's payload: the fwd_reply header, then outputs */
    struct quanta__fwd_buf *scratch; /* a large output before it is copied into the reply */
    struct quanta__fwd_buf *params;  /* kernel parameters, aligned */
    int failed;                      /* an output did not fit: the session ends */
    /* Streaming a copy's output (KIND_STREAM): set by the executor before the handler... */
    struct quanta__fwd_conn *conn;
    uint32_t thread;
    int may_stream;                  /* the call asked for it (FLAG_STREAM) and waits for a reply */
    int pinned;                      /* the rings are page-locked (QUANTA_EXECUTOR_PIN_RINGS) */
    /* ...and by quanta__fwd_stream_*: */
    int streaming;                   /* the stream's header went out: its fwd_reply is to follow */
    int lost;                        /* the transport failed mid-stream (errno kept in lost_errno) */
    int lost_errno;
    /* A module image from the cache, mapped for the call (the executor unmaps it after);
     * `image_needed`: the call named an image the cache lacks (answered
     * RESULT_IMAGE_NEEDED, not run). */
    struct quanta__exec_cached image;
    int image_needed;
};

typedef CUresult (*quanta__fwd_handler)(struct quanta__fwd_in *in, struct quanta__fwd_out *out);
extern const quanta__fwd_handler quanta__fwd_handlers[QUANTA_CUDA_FN_COUNT];
/* Nonzero for a driver call whose frame may be used in place in the shared memory (a copy
 * from the program's memory); the others are copied out of it first. An asynchronous one
 * is used in place only while the rings are not page-locked (the driver then takes the
 * bytes before it returns; from page-locked memory it would read them later). */
enum { QUANTA__FWD_IN_PLACE_SYNC = 1, QUANTA__FWD_IN_PLACE_ASYNC = 2 };
extern const unsigned char quanta__fwd_in_place[QUANTA_CUDA_FN_COUNT];
/* NVML's, indexed by QUANTA_NVML_*: they return the nvmlReturn_t as a CUresult value. */
extern const quanta__fwd_handler quanta__fwd_nvml_handlers[QUANTA_NVML_FN_COUNT];

size_t quanta__fwd_left(const struct quanta__fwd_in *in);
/* n bytes into dst. */
int quanta__fwd_take(struct quanta__fwd_in *in, void *dst, size_t n);
/* A presence byte, then n bytes into dst if present (*present set). */
int quanta__fwd_take_opt(struct quanta__fwd_in *in, void *dst, size_t n, int *present);
/* A presence byte, then a u64 length and that many bytes: *p points at them (NULL if absent). */
int quanta__fwd_take_buf(struct quanta__fwd_in *in, const void **p, uint64_t *n);
/* A module image: absent, inline (as quanta__fwd_take_buf; offered to the module cache)
 * or named by its SHA-256 (IMAGE_NAMED): *p then points at the cached image, mapped until
 * the executor releases out->image; a name the cache lacks sets out->image_needed and
 * returns -1 (the call is answered RESULT_IMAGE_NEEDED, not run). */
int quanta__fwd_take_image(struct quanta__fwd_in *in, struct quanta__fwd_out *out, const void **p, uint64_t *n);
/* As quanta__fwd_take_buf, and the bytes must end with their only NUL. */
int quanta__fwd_take_cstring(struct quanta__fwd_in *in, const char **s);
/* A count, then each parameter's u32 size and bytes: *params is an array of pointers to
 * copies aligned to 16 bytes (NULL when the count is 0), valid until the next call. */
int quanta__fwd_take_kernel_params(struct quanta__fwd_in *in, struct quanta__fwd_out *out, void ***params);

/* An option list as the driver takes it (fwd_options.h): values of log buffers point at
 * the executor's own buffers; dropped hints are left out of the list altogether. */
struct quanta__fwd_options {
    uint64_t count; /* the driver's list: options[0..count) with values[0..count) */
    int options[QUANTA__FWD_MAX_OPTIONS];
    void *values[QUANTA__FWD_MAX_OPTIONS];
    uint64_t sent;  /* the client's list: `sent` options; at[i]: where its option i is in the driver's, or -1 */
    int at[QUANTA__FWD_MAX_OPTIONS];
    int family;
};
int quanta__fwd_take_options(struct quanta__fwd_in *in, int family, struct quanta__fwd_options *o);
/* Gives back every value after the call, then each log buffer's text. */
void quanta__fwd_give_options(struct quanta__fwd_out *out, struct quanta__fwd_options *o, CUresult rc);

/* A launch configuration, present or not; its attributes copied where it points, valid
 * until the next call. */
int quanta__fwd_take_launch_config(struct quanta__fwd_in *in, const CUlaunchConfig **config);

/* n bytes for a large output, or NULL when more than a reply may carry. */
void *quanta__fwd_scratch(struct quanta__fwd_out *out, uint64_t n);
/* Streams a copy's output of n bytes (KIND_STREAM) if the call asked for it and n is at
 * least QUANTA_FWD_STREAM_MIN: sends the frame's header and n, returns 1; else 0 (an
 * ordinary reply). Then, for each piece: quanta__fwd_stream_room gives room for it (in
 * the ring over shared memory, else a buffer; NULL once the transport failed) and
 * quanta__fwd_stream_sent sends it. The executor sends the fwd_reply that ends it. */
int quanta__fwd_stream_begin(struct quanta__fwd_out *out, uint64_t n);
/* After an asynchronous copy's piece: into page-locked rings the copy runs after the call
 * returns, so wait for it (into pageable memory the driver already has). */
CUresult quanta__fwd_stream_settle(struct quanta__fwd_out *out, CUstream stream);
/* The pieces an output of n bytes streams in (QUANTA_FWD_STREAM_PIECE's rule). */
size_t quanta__fwd_stream_piece(uint64_t n);
void *quanta__fwd_stream_room(struct quanta__fwd_out *out, size_t n);
void quanta__fwd_stream_sent(struct quanta__fwd_out *out, size_t n);
/* Appends an output of n bytes to the reply. */
void quanta__fwd_give(struct quanta__fwd_out *out, const void *p, size_t n);
/* Appends a u64 length and n bytes. */
void quanta__fwd_give_buf(struct quanta__fwd_out *out, const void *p, uint64_t n);

#endif
