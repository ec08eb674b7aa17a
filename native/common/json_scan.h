/*
 * json_scan.h - a small, bounded JSON reader and writer for the daemon protocol.
 *
 * The interposer reads the daemon's answers inside the application's process, so the
 * reader trusts nothing: it walks the text once, never past `len`, never deeper than
 * QUANTA__JSON_MAX_DEPTH, allocates nothing, and copies only the fields a table names,
 * each into a fixed buffer that a string longer than it does not fit (it is refused, not
 * cut). Everything else is checked for well-formedness and skipped, so the daemon may
 * add fields. The tables come from the protocol description (generated
 * native/gen/quanta_proto.c); this file knows JSON, not the protocol.
 */
#ifndef QUANTA_JSON_SCAN_H
#define QUANTA_JSON_SCAN_H

#include <stddef.h>
#include <stdint.h>

#define QUANTA__JSON_MAX_DEPTH 16
#define QUANTA__JSON_MAX_INT INT64_MAX

/* Why a message was refused (all negative; 0 is success). */
enum {
    QUANTA__JSON_EMALFORMED = -1, /* not JSON, or not one object */
    QUANTA__JSON_ETRUNCATED = -2, /* ends in the middle of a value */
    QUANTA__JSON_ETOOLONG = -3,   /* a string, array or number past its bound */
    QUANTA__JSON_ETYPE = -4,      /* a known field of the wrong type */
    QUANTA__JSON_EDUPLICATE = -5, /* a known field twice */
    QUANTA__JSON_EMISSING = -6,   /* a field the message needs is absent */
    QUANTA__JSON_EDEPTH = -7,     /* nested too deep */
    QUANTA__JSON_EVERSION = -8    /* another protocol version */
};

enum quanta__json_kind { QUANTA__JSON_STRING, QUANTA__JSON_INT, QUANTA__JSON_BOOL, QUANTA__JSON_OBJECT, QUANTA__JSON_ARRAY };

struct quanta__json_object;

/* Where one field of an object goes in the decoded C struct. */
struct quanta__json_field {
    const char *name;
    enum quanta__json_kind kind;
    size_t offset;                            /* of the value in the struct */
    size_t size;                              /* STRING: the buffer (longest + 1); ARRAY: one element */
    int64_t min, max;                         /* INT: the range accepted; STRING: min = shortest */
    const struct quanta__json_object *object; /* OBJECT, ARRAY (of objects): the element's fields */
    size_t count_offset;                      /* ARRAY: a uint32_t receiving the element count */
    uint32_t max_items;                       /* ARRAY */
};

/* An object's fields (at most 32) and which of them must be present. */
struct quanta__json_object {
    const struct quanta__json_field *fields;
    uint32_t count;
    size_t present_offset; /* a uint32_t: bit i set when fields[i] was read */
    uint32_t required;     /* bits of the fields that must be present */
    size_t size;           /* of the whole C struct */
};

/* Decodes the JSON object in text[0, len) into `out` (zeroed first) by `schema`; white
 * space (a line's newline) may surround it. Returns 0, or a QUANTA__JSON_E* code, in which
 * case `out` holds nothing to use. Never reads past len; text need not be NUL-terminated.
 * Strings are copied NUL-terminated; one holding a NUL (\u0000) or invalid UTF-8 is refused. */
int quanta__json_decode(const char *text, size_t len, const struct quanta__json_object *schema, void *out);

/* A short English name of a QUANTA__JSON_E* code (for log lines). */
const char *quanta__json_strerror(int code);

/* A line being written into buf[size]: the writers below append, and remember overflow. */
struct quanta__json_out {
    char *buf;
    size_t size, len;
    int overflow;
};

/* Appends `raw` as it is (JSON punctuation and keys the generator wrote). */
void quanta__json_raw(struct quanta__json_out *o, const char *raw);

/* Appends `v` as a JSON number. */
void quanta__json_int(struct quanta__json_out *o, int64_t v);

/* Appends `s` as a JSON string, quoted and escaped (NULL writes null). */
void quanta__json_string(struct quanta__json_out *o, const char *s);

/* NUL-terminates the line; returns its length, or -ENOSPC if it did not fit (buf then
 * holds an empty string). */
int quanta__json_finish(struct quanta__json_out *o);

#endif
