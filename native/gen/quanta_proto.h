/* Generated from api/wire/protocol.json by tools/gen (npm run gen -- emit). Do not edit. */
/*
 * The daemon protocol as C speaks it: encoders of the requests it sends and decoders of the
 * answers it reads, with a bounded JSON scanner (native/common/json_scan.c) that rejects what does
 * not match. TypeScript checks the same messages with the zod schemas of src/gen/protocol.ts.
 */

#ifndef QUANTA_PROTO_H
#define QUANTA_PROTO_H

#include <stddef.h>
#include <stdint.h>

#define QUANTA_PROTO_VERSION 2
#define QUANTA_PROTO_MAX_LINE 4096 /* the longest line C reads, its newline included */

/* Why a request was refused. */
struct quanta_proto_error {
    uint32_t present; /* bit i: the i-th field below was in the message */
    /*
     * stable, for programs: bad-json, bad-version, bad-request, unknown-op, or the ledger's and
     * scheduler's codes
     */
    char code[64];
    char message[1024]; /* for people: what went wrong and what to do */
};

/* One GPU of a vGPU, in the order of its segment's slices. */
struct quanta_proto_vgpu_gpu {
    uint32_t present; /* bit i: the i-th field below was in the message */
    char uuid[48];
    int64_t index; /* -1: the GPU is not on this host now */
    int64_t quota; /* bytes */
};

/*
 * hello's answer: An interposer registering its process (as the kernel names it): into the vGPU of
 * `token`, or back into its own after a daemon restart. With `fd`, the answer carries the vGPU's
 * segment as a descriptor.
 */
struct quanta_proto_hello_answer {
    uint32_t present; /* bit i: the i-th field below was in the message */
    int64_t v;
    int64_t id;
    int ok;
    struct quanta_proto_error error; /* Why a request was refused. */
    char vgpu[64]; /* the vGPU's name */
    int reconnected; /* the daemon knew this process already (it restarted meanwhile) */
    char segment[512]; /* path of the vGPU's segment, to map */
    uint32_t gpus_count;
    struct quanta_proto_vgpu_gpu gpus[16]; /* the vGPU's GPUs, slice by slice */
};

/*
 * hello: An interposer registering its process (as the kernel names it): into the vGPU of `token`,
 * or back into its own after a daemon restart. With `fd`, the answer carries the vGPU's segment as
 * a descriptor. Writes the request line, its newline included and NUL-terminated, into buf;
 * returns its length, or -ENOSPC if it does not fit (strings are escaped).
 */
int quanta__proto_encode_hello(char *buf, size_t size, int64_t id, const char *token, int fd);

/* Decodes one hello answer line (`len` bytes, a trailing newline allowed) into *out. Returns 0 when it is a
 * well-formed answer of this protocol version (out->ok then says whether the daemon agreed: when not,
 * out->error says why), or a negative QUANTA__JSON_E* code (quanta__json_strerror names it): malformed,
 * truncated, too long, a wrong type, a duplicate or missing field. Fields it does not know are skipped. */
int quanta__proto_decode_hello_answer(const char *line, size_t len, struct quanta_proto_hello_answer *out);

/*
 * wake: An interposer that started waiting for its grant: decide now. Not answered. Writes the
 * request line, its newline included and NUL-terminated, into buf; returns its length, or -ENOSPC
 * if it does not fit (strings are escaped).
 */
int quanta__proto_encode_wake(char *buf, size_t size, int64_t id);

#endif
