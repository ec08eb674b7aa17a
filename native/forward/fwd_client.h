/*
 * fwd_client.h - what the generated entry points of the client library
 * (gen/quanta_fwd_client.c) call to forward a call (docs/design/forwarding.md).
 *
 * A call is built with quanta__fwd_begin and quanta__fwd_put* in the order of the
 * function's parameters (the executor's handler takes them in that order), then either
 * sent without waiting (quanta__fwd_async) or sent and answered (quanta__fwd_sync), after
 * which quanta__fwd_get* copy its outputs, in order, and quanta__fwd_end gives the result.
 * Once anything fails (no executor, a lost connection, a call too large), the remaining
 * steps do nothing and the call returns that error.
 */
#ifndef QUANTA_FWD_CLIENT_H
#define QUANTA_FWD_CLIENT_H

#include <stddef.h>
#include <stdint.h>

#include "fwd_frame.h"
#include "fwd_options.h"
#include "quanta_cuda_api.h"
#include "quanta_nvml_api.h"

#define QUANTA__FWD_EXPORT __attribute__((visibility("default")))

struct quanta__fwd_call {
    int fn;                       /* QUANTA_CUDA_* index, or QUANTA_NVML_* when nvml */
    int nvml;                     /* an NVML call (its result is an nvmlReturn_t) */
    CUresult rc;                  /* CUDA_SUCCESS until a step fails */
    struct quanta__fwd_buf *out;  /* this thread's request being built */
    const uint8_t *reply;         /* the reply's outputs, after quanta__fwd_sync */
    size_t reply_left;
    /* A large input left in the program's memory, to go out from there (no copy into the
     * request): `ext_len` bytes that belong at offset `ext_at` of the request. */
    const void *ext;
    size_t ext_len, ext_at;
    /* A copy's output the executor may stream (KIND_STREAM) straight into the program's
     * buffer; `streamed` once it did. */
    void *into;
    uint64_t into_cap;
    int streamed;
    /* A module image named by its hash (IMAGE_NAMED) at offset `image_at` of the request:
     * if the executor lacks it, the call goes again with the `image_len` bytes inline. */
    const void *image;
    size_t image_len, image_at;
    /* An answer that never changes for the same arguments ("cache" in the description):
     * a successful one is kept, and a repeat is answered here without a round trip. */
    int keep_answer;
};

void quanta__fwd_begin(struct quanta__fwd_call *c, int fn);
/* The same for an NVML entry point. */
void quanta__fwd_begin_nvml(struct quanta__fwd_call *c, int fn);
/* The entry point's name, for log lines. */
const char *quanta__fwd_call_name(const struct quanta__fwd_call *c);
/* n bytes of a scalar argument. */
void quanta__fwd_put(struct quanta__fwd_call *c, const void *p, size_t n);
/* An input of one element: present (p != NULL) or not. */
void quanta__fwd_put_opt(struct quanta__fwd_call *c, const void *p, size_t n);
/* An input of n bytes (p may be NULL). A large one is not copied: it must stay unchanged
 * until quanta__fwd_async or quanta__fwd_sync returns. */
void quanta__fwd_put_buf(struct quanta__fwd_call *c, const void *p, uint64_t n);
void quanta__fwd_put_cstring(struct quanta__fwd_call *c, const char *s);
/* A module image: its size from its own header (ELF, fat binary, or NUL-terminated text).
 * Over TCP to an executor with a module cache, one of IMAGE_NAMED_MIN bytes or more is
 * named by its SHA-256 instead; quanta__fwd_sync sends it if the executor asks. */
void quanta__fwd_put_image(struct quanta__fwd_call *c, const void *image);
/* Kernel parameters of `f`, sizes from cuFuncGetParamInfo on the executor (cached). */
void quanta__fwd_put_kernel_params(struct quanta__fwd_call *c, CUfunction f, void **params);
/* An option list (fwd_options.h): options[i] with values[i], n of them. A value that
 * points into the program (other than a log buffer) makes the call fail with
 * CUDA_ERROR_NOT_SUPPORTED and a log line naming the option. */
void quanta__fwd_put_options(struct quanta__fwd_call *c, int family, const int *options, void **values, unsigned n);
/* After the reply: the values the driver wrote back, and the logs' text. */
void quanta__fwd_get_options(struct quanta__fwd_call *c, int family, const int *options, void **values, unsigned n);
/* A launch configuration and its attributes (plain data), or its absence. */
void quanta__fwd_put_launch_config(struct quanta__fwd_call *c, const CUlaunchConfig *config);
/* A copy's only output, at most cap bytes into p: the reply may bring it as the executor
 * copies it, straight into p (quanta__fwd_get_buf of p then has nothing left to do). */
void quanta__fwd_stream_into(struct quanta__fwd_call *c, void *p, uint64_t cap);
/* The chunk a split copy of n bytes from the program's memory goes in (QUANTA_FWD_CHUNK's
 * rule): n itself up to 1 MiB, else a quarter of it within [256 KiB, QUANTA_FWD_CHUNK]. */
size_t quanta__fwd_chunk(size_t n);
/* Whether the program wants an output (its pointer is not NULL). */
void quanta__fwd_want(struct quanta__fwd_call *c, int want);

/* Forgets every kept answer (a call that may change them ran: "forgetsCache"). */
void quanta__fwd_forget_answers(void);

/* Queues the call; CUDA_SUCCESS, or the error that kept it from being queued. */
CUresult quanta__fwd_async(struct quanta__fwd_call *c);
/* Sends what is queued and the call, waits for its reply: the call's result, or, when it
 * succeeded and one of the thread's async calls failed since, that error. */
CUresult quanta__fwd_sync(struct quanta__fwd_call *c);
/* Copies an output of one element into p (if p is not NULL). */
void quanta__fwd_get_opt(struct quanta__fwd_call *c, void *p, size_t n);
/* Copies an output of at most cap bytes into p (if p is not NULL). */
void quanta__fwd_get_buf(struct quanta__fwd_call *c, void *p, uint64_t cap);
/* A string the driver owns: its bytes from the reply, and *p set to this library's copy
 * (one per distinct string, kept for the life of the process, as the driver's are). */
void quanta__fwd_get_name(struct quanta__fwd_call *c, const char **p);
/* The call's result: rc, or a failure of the output steps. */
CUresult quanta__fwd_end(struct quanta__fwd_call *c, CUresult rc);

/* An NVML call's result: what the executor's NVML answered, or, when the call failed on
 * this side (no executor, a lost connection, bad arguments), the NVML error closest to
 * the reason. */
nvmlReturn_t quanta__fwd_end_nvml(struct quanta__fwd_call *c, CUresult rc);
/* As quanta__fwd_unsupported and quanta__fwd_null_only, for NVML (NVML_ERROR_NOT_SUPPORTED). */
nvmlReturn_t quanta__fwd_nvml_unsupported(int fn);
nvmlReturn_t quanta__fwd_nvml_null_only(int fn, const char *param);

/* An entry point that is not forwarded: logs it once, CUDA_ERROR_NOT_SUPPORTED. */
CUresult quanta__fwd_unsupported(int fn);
/* A pointer argument that is forwarded only when NULL was not: logs, CUDA_ERROR_NOT_SUPPORTED. */
CUresult quanta__fwd_null_only(int fn, const char *param);

/* Logs one line to stderr: "quanta-remote: ...". */
void quanta__fwd_log(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* cudart's wrapper around an embedded fat binary (__fatBinC_Wrapper_t): what its runtime
 * registers, and what CUDA 13's hands to cuLibraryLoadData as the image. */
struct quanta__fatbin_wrapper {
    uint32_t magic; /* QUANTA__FATBINC_MAGIC */
    uint32_t version;
    const void *data; /* the fat binary: 0xBA55ED50 header */
    const void *filename_or_fatbins;
};
#define QUANTA__FATBINC_MAGIC 0x466243B1u

/* Bytes of a module image, from its header; 0 if it cannot be told. */
size_t quanta__fwd_image_size(const void *image);
/* The image to send for `image`: the fat binary a wrapper points to (its pointer means
 * nothing on the executor), else the image itself. */
const void *quanta__fwd_image_bytes(const void *image);

extern void *const quanta__fwd_fns[QUANTA_CUDA_FN_COUNT];

/* CUresult names (generated from the API's enum). */
struct quanta__fwd_error {
    int value;
    const char *name;
};
extern const struct quanta__fwd_error quanta__fwd_errors[];
extern const int quanta__fwd_error_count;
/* nvmlReturn_t names (generated from NVML's enum). */
extern const struct quanta__fwd_error quanta__fwd_nvml_errors[];
extern const int quanta__fwd_nvml_error_count;

#endif
