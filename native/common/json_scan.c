/*
 * json_scan.c - the bounded JSON reader and writer of json_scan.h.
 *
 * A recursive-descent reader over [p, end): every step checks the end first, nesting is
 * counted against QUANTA__JSON_MAX_DEPTH (so a hostile peer cannot exhaust the stack),
 * and values land only in the buffers the field tables give, with their sizes. Numbers
 * are integers here (the protocol's C side reads no fractions); other numbers are
 * checked and skipped when no table names them. No allocation, no locale, no errno
 * changes (nothing here makes a system call).
 */
#include "json_scan.h"

#include <errno.h>
#include <string.h>

struct cur {
    const char *p, *end;
    int depth;
};

static void skip_ws(struct cur *c)
{
    while (c->p < c->end && (*c->p == ' ' || *c->p == '\t' || *c->p == '\n' || *c->p == '\r'))
        c->p++;
}

/* Consumes `ch` after white space; 0 if it is there. */
static int expect(struct cur *c, char ch)
{
    skip_ws(c);
    if (c->p >= c->end)
        return QUANTA__JSON_ETRUNCATED;
    if (*c->p != ch)
        return QUANTA__JSON_EMALFORMED;
    c->p++;
    return 0;
}

static int hex4(struct cur *c, unsigned *out)
{
    if (c->end - c->p < 4)
        return QUANTA__JSON_ETRUNCATED;
    unsigned v = 0;
    for (int i = 0; i < 4; i++) {
        char h = c->p[i];
        v <<= 4;
        if (h >= '0' && h <= '9')
            v |= (unsigned)(h - '0');
        else if (h >= 'a' && h <= 'f')
            v |= (unsigned)(h - 'a' + 10);
        else if (h >= 'A' && h <= 'F')
            v |= (unsigned)(h - 'A' + 10);
        else
            return QUANTA__JSON_EMALFORMED;
    }
    c->p += 4;
    *out = v;
    return 0;
}

/* Appends byte `b` to out[cap] (cap 0: nothing is kept, only checked). */
static int put(char *out, size_t cap, size_t *n, unsigned char b)
{
    if (cap > 0) {
        if (*n + 1 >= cap)
            return QUANTA__JSON_ETOOLONG;
        out[*n] = (char)b;
    }
    (*n)++;
    return 0;
}

/* The length of the UTF-8 sequence at [p, end), or 0 if it is not a valid one. */
static size_t utf8_len(const unsigned char *p, const unsigned char *end)
{
    size_t n = p[0] >= 0xc2 && p[0] <= 0xdf ? 2 : p[0] >= 0xe0 && p[0] <= 0xef ? 3 : p[0] >= 0xf0 && p[0] <= 0xf4 ? 4 : 0;
    if (n == 0 || (size_t)(end - p) < n)
        return 0;
    for (size_t i = 1; i < n; i++)
        if ((p[i] & 0xc0) != 0x80)
            return 0;
    if ((n == 3 && p[0] == 0xe0 && p[1] < 0xa0) || (n == 3 && p[0] == 0xed && p[1] >= 0xa0) ||
        (n == 4 && p[0] == 0xf0 && p[1] < 0x90) || (n == 4 && p[0] == 0xf4 && p[1] >= 0x90))
        return 0; /* overlong, a surrogate, or past U+10FFFF */
    return n;
}

/* Reads a string (the cursor on its opening quote) into out[cap], NUL-terminated, and
 * its length into *len; cap 0 checks it and keeps nothing. */
static int read_string(struct cur *c, char *out, size_t cap, size_t *len)
{
    size_t n = 0;
    int rc;
    if (c->p >= c->end)
        return QUANTA__JSON_ETRUNCATED;
    if (*c->p != '"')
        return QUANTA__JSON_ETYPE;
    c->p++;
    for (;;) {
        if (c->p >= c->end)
            return QUANTA__JSON_ETRUNCATED;
        unsigned char ch = (unsigned char)*c->p;
        if (ch == '"') {
            c->p++;
            break;
        }
        if (ch < 0x20)
            return QUANTA__JSON_EMALFORMED; /* control characters must be escaped */
        if (ch >= 0x80) {
            size_t k = utf8_len((const unsigned char *)c->p, (const unsigned char *)c->end);
            if (k == 0)
                return QUANTA__JSON_EMALFORMED;
            for (size_t i = 0; i < k; i++)
                if ((rc = put(out, cap, &n, (unsigned char)c->p[i])) != 0)
                    return rc;
            c->p += k;
            continue;
        }
        c->p++;
        if (ch != '\\') {
            if ((rc = put(out, cap, &n, ch)) != 0)
                return rc;
            continue;
        }
        if (c->p >= c->end)
            return QUANTA__JSON_ETRUNCATED;
        char e = *c->p++;
        const char *simple = strchr("\"\\/bfnrt", e);
        if (e != '\0' && simple != NULL && e != 'u') {
            static const char to[] = "\"\\/\b\f\n\r\t";
            if ((rc = put(out, cap, &n, (unsigned char)to[simple - "\"\\/bfnrt"])) != 0)
                return rc;
            continue;
        }
        if (e != 'u')
            return QUANTA__JSON_EMALFORMED;
        unsigned u, lo;
        if ((rc = hex4(c, &u)) != 0)
            return rc;
        if (u >= 0xdc00 && u <= 0xdfff)
            return QUANTA__JSON_EMALFORMED; /* a low surrogate alone */
        if (u >= 0xd800 && u <= 0xdbff) {
            if (c->end - c->p < 2)
                return QUANTA__JSON_ETRUNCATED;
            if (c->p[0] != '\\' || c->p[1] != 'u')
                return QUANTA__JSON_EMALFORMED;
            c->p += 2;
            if ((rc = hex4(c, &lo)) != 0)
                return rc;
            if (lo < 0xdc00 || lo > 0xdfff)
                return QUANTA__JSON_EMALFORMED;
            u = 0x10000 + ((u - 0xd800) << 10) + (lo - 0xdc00);
        }
        if (u == 0)
            return QUANTA__JSON_EMALFORMED; /* a C string cannot hold it */
        unsigned char b[4];
        size_t k;
        if (u < 0x80) {
            b[0] = (unsigned char)u, k = 1;
        } else if (u < 0x800) {
            b[0] = (unsigned char)(0xc0 | u >> 6), b[1] = (unsigned char)(0x80 | (u & 0x3f)), k = 2;
        } else if (u < 0x10000) {
            b[0] = (unsigned char)(0xe0 | u >> 12), b[1] = (unsigned char)(0x80 | ((u >> 6) & 0x3f));
            b[2] = (unsigned char)(0x80 | (u & 0x3f)), k = 3;
        } else {
            b[0] = (unsigned char)(0xf0 | u >> 18), b[1] = (unsigned char)(0x80 | ((u >> 12) & 0x3f));
            b[2] = (unsigned char)(0x80 | ((u >> 6) & 0x3f)), b[3] = (unsigned char)(0x80 | (u & 0x3f)), k = 4;
        }
        for (size_t i = 0; i < k; i++)
            if ((rc = put(out, cap, &n, b[i])) != 0)
                return rc;
    }
    if (cap > 0)
        out[n] = '\0';
    *len = n;
    return 0;
}

/* Reads a number. *is_int tells whether it was an integer within int64 (then in *v). */
static int read_number(struct cur *c, int64_t *v, int *is_int)
{
    const char *p = c->p;
    int neg = 0, digits = 0, overflow = 0;
    uint64_t mag = 0;
    if (p < c->end && *p == '-')
        neg = 1, p++;
    if (p >= c->end)
        return QUANTA__JSON_ETRUNCATED;
    if (*p == '0') {
        p++, digits = 1;
    } else {
        for (; p < c->end && *p >= '0' && *p <= '9'; p++, digits++) {
            if (mag > (UINT64_MAX - 9) / 10)
                overflow = 1;
            else
                mag = mag * 10 + (uint64_t)(*p - '0');
        }
    }
    if (digits == 0)
        return QUANTA__JSON_EMALFORMED;
    *is_int = 1;
    if (p < c->end && *p == '.') {
        p++, *is_int = 0;
        const char *f = p;
        while (p < c->end && *p >= '0' && *p <= '9')
            p++;
        if (p == f)
            return p >= c->end ? QUANTA__JSON_ETRUNCATED : QUANTA__JSON_EMALFORMED;
    }
    if (p < c->end && (*p == 'e' || *p == 'E')) {
        p++, *is_int = 0;
        if (p < c->end && (*p == '+' || *p == '-'))
            p++;
        const char *f = p;
        while (p < c->end && *p >= '0' && *p <= '9')
            p++;
        if (p == f)
            return p >= c->end ? QUANTA__JSON_ETRUNCATED : QUANTA__JSON_EMALFORMED;
    }
    c->p = p;
    if (*is_int) {
        if (overflow || mag > (uint64_t)INT64_MAX + (uint64_t)neg)
            return QUANTA__JSON_ETOOLONG;
        *v = neg ? (int64_t)(0 - mag) : (int64_t)mag;
    }
    return 0;
}

static int literal(struct cur *c, const char *word)
{
    size_t n = strlen(word);
    if ((size_t)(c->end - c->p) < n)
        return memcmp(c->p, word, (size_t)(c->end - c->p)) == 0 ? QUANTA__JSON_ETRUNCATED : QUANTA__JSON_EMALFORMED;
    if (memcmp(c->p, word, n) != 0)
        return QUANTA__JSON_EMALFORMED;
    c->p += n;
    return 0;
}

static int read_object(struct cur *c, const struct quanta__json_object *schema, char *base);

/* Enters a list (an object or an array) at its `open`, counting its depth. Returns 1
 * when it is empty (its `close` consumed), 0 when elements follow, or an error. */
static int list_open(struct cur *c, char open, char close)
{
    int rc;
    if ((rc = expect(c, open)) != 0)
        return rc;
    if (++c->depth > QUANTA__JSON_MAX_DEPTH)
        return QUANTA__JSON_EDEPTH;
    skip_ws(c);
    if (c->p < c->end && *c->p == close) {
        c->p++;
        c->depth--;
        return 1;
    }
    return 0;
}

/* After an element: 0 at a comma (another follows), 1 at `close` (the list ended), or
 * an error. */
static int list_next(struct cur *c, char close)
{
    skip_ws(c);
    if (c->p >= c->end)
        return QUANTA__JSON_ETRUNCATED;
    if (*c->p == close) {
        c->p++;
        c->depth--;
        return 1;
    }
    return *c->p++ == ',' ? 0 : QUANTA__JSON_EMALFORMED;
}


/* Checks and skips any value. */
static int skip_value(struct cur *c)
{
    int rc;
    size_t len;
    int64_t v;
    int is_int;
    skip_ws(c);
    if (c->p >= c->end)
        return QUANTA__JSON_ETRUNCATED;
    switch (*c->p) {
    case '"':
        return read_string(c, NULL, 0, &len);
    case '{':
        return read_object(c, NULL, NULL);
    case '[':
        for (rc = list_open(c, '[', ']'); rc == 0; rc = list_next(c, ']'))
            if ((rc = skip_value(c)) != 0)
                return rc;
        return rc < 0 ? rc : 0;
    case 't':
        return literal(c, "true");
    case 'f':
        return literal(c, "false");
    case 'n':
        return literal(c, "null");
    default:
        return read_number(c, &v, &is_int);
    }
}

/* Whether a JSON value can start with `ch`. */
static int starts_value(char ch)
{
    return ch == '"' || ch == '{' || ch == '[' || ch == 't' || ch == 'f' || ch == 'n' || ch == '-' || (ch >= '0' && ch <= '9');
}

/* Reads the value of known field `f` into base. */
static int read_field(struct cur *c, const struct quanta__json_field *f, char *base)
{
    int rc;
    size_t len;
    skip_ws(c);
    if (c->p >= c->end)
        return QUANTA__JSON_ETRUNCATED;
    if (!starts_value(*c->p))
        return QUANTA__JSON_EMALFORMED; /* not a value at all, rather than one of another type */
    switch (f->kind) {
    case QUANTA__JSON_STRING:
        if ((rc = read_string(c, base + f->offset, f->size, &len)) != 0)
            return rc;
        return (int64_t)len < f->min ? QUANTA__JSON_ETYPE : 0;
    case QUANTA__JSON_INT: {
        int64_t v;
        int is_int;
        if (*c->p != '-' && (*c->p < '0' || *c->p > '9'))
            return QUANTA__JSON_ETYPE;
        if ((rc = read_number(c, &v, &is_int)) != 0)
            return rc;
        if (!is_int)
            return QUANTA__JSON_ETYPE;
        if (v < f->min || v > f->max)
            return QUANTA__JSON_ETOOLONG;
        memcpy(base + f->offset, &v, sizeof v);
        return 0;
    }
    case QUANTA__JSON_BOOL: {
        int b = *c->p == 't';
        if (*c->p != 't' && *c->p != 'f')
            return QUANTA__JSON_ETYPE;
        if ((rc = literal(c, b ? "true" : "false")) != 0)
            return rc;
        memcpy(base + f->offset, &b, sizeof b);
        return 0;
    }
    case QUANTA__JSON_OBJECT:
        if (*c->p != '{')
            return QUANTA__JSON_ETYPE;
        return read_object(c, f->object, base + f->offset);
    case QUANTA__JSON_ARRAY: {
        uint32_t n = 0;
        if (*c->p != '[')
            return QUANTA__JSON_ETYPE;
        for (rc = list_open(c, '[', ']'); rc == 0; rc = list_next(c, ']')) {
            skip_ws(c);
            if (c->p >= c->end)
                return QUANTA__JSON_ETRUNCATED;
            if (*c->p != '{')
                return starts_value(*c->p) ? QUANTA__JSON_ETYPE : QUANTA__JSON_EMALFORMED;
            if (n >= f->max_items)
                return QUANTA__JSON_ETOOLONG;
            if ((rc = read_object(c, f->object, base + f->offset + n * f->size)) != 0)
                return rc;
            n++;
        }
        if (rc < 0)
            return rc;
        memcpy(base + f->count_offset, &n, sizeof n);
        return 0;
    }
    }
    return QUANTA__JSON_EMALFORMED;
}

/* Reads an object (the cursor before its brace) by `schema` into base; a NULL schema
 * checks and skips it. */
static int read_object(struct cur *c, const struct quanta__json_object *schema, char *base)
{
    int rc;
    uint32_t present = 0;
    for (rc = list_open(c, '{', '}'); rc == 0; rc = list_next(c, '}')) {
        char key[64];
        size_t len = 0;
        skip_ws(c);
        /* A key longer than any field's name is read without keeping it: unknown. */
        const char *start = c->p;
        rc = read_string(c, key, sizeof key, &len);
        if (rc == QUANTA__JSON_ETOOLONG) {
            c->p = start;
            rc = read_string(c, NULL, 0, &len);
            key[0] = '\0', len = sizeof key;
        }
        if (rc == QUANTA__JSON_ETYPE)
            rc = QUANTA__JSON_EMALFORMED; /* keys are strings */
        if (rc != 0 || (rc = expect(c, ':')) != 0)
            return rc;
        const struct quanta__json_field *f = NULL;
        uint32_t i = 0;
        for (; schema != NULL && i < schema->count && len < sizeof key; i++)
            if (strcmp(schema->fields[i].name, key) == 0) {
                f = &schema->fields[i];
                break;
            }
        if (f != NULL && (present & (1u << i)))
            return QUANTA__JSON_EDUPLICATE;
        if (f != NULL)
            present |= 1u << i;
        if ((rc = f != NULL ? read_field(c, f, base) : skip_value(c)) != 0)
            return rc;
    }
    if (rc < 0)
        return rc;
    if (schema != NULL) {
        if ((present & schema->required) != schema->required)
            return QUANTA__JSON_EMISSING;
        memcpy(base + schema->present_offset, &present, sizeof present);
    }
    return 0;
}

int quanta__json_decode(const char *text, size_t len, const struct quanta__json_object *schema, void *out)
{
    struct cur c = {text, text + len, 0};
    size_t size = schema->size;
    memset(out, 0, size);
    int rc = read_object(&c, schema, out);
    if (rc == 0) {
        skip_ws(&c);
        if (c.p != c.end)
            rc = QUANTA__JSON_EMALFORMED; /* something after the object */
    }
    if (rc != 0)
        memset(out, 0, size);
    return rc;
}

const char *quanta__json_strerror(int code)
{
    switch (code) {
    case 0: return "ok";
    case QUANTA__JSON_EMALFORMED: return "malformed JSON";
    case QUANTA__JSON_ETRUNCATED: return "truncated";
    case QUANTA__JSON_ETOOLONG: return "a value past its bound";
    case QUANTA__JSON_ETYPE: return "a field of the wrong type";
    case QUANTA__JSON_EDUPLICATE: return "a field given twice";
    case QUANTA__JSON_EMISSING: return "a field missing";
    case QUANTA__JSON_EDEPTH: return "nested too deep";
    case QUANTA__JSON_EVERSION: return "another protocol version";
    default: return "unknown error";
    }
}

void quanta__json_raw(struct quanta__json_out *o, const char *raw)
{
    size_t n = strlen(raw);
    if (o->overflow || o->len + n >= o->size) {
        o->overflow = 1;
        return;
    }
    memcpy(o->buf + o->len, raw, n);
    o->len += n;
}

void quanta__json_int(struct quanta__json_out *o, int64_t v)
{
    char digits[24], *p = digits + sizeof digits;
    uint64_t mag = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
    *--p = '\0';
    do
        *--p = (char)('0' + mag % 10);
    while ((mag /= 10) != 0);
    if (v < 0)
        *--p = '-';
    quanta__json_raw(o, p);
}

void quanta__json_string(struct quanta__json_out *o, const char *s)
{
    if (s == NULL) {
        quanta__json_raw(o, "null");
        return;
    }
    quanta__json_raw(o, "\"");
    for (; *s != '\0' && !o->overflow; s++) {
        unsigned char ch = (unsigned char)*s;
        char esc[8] = {(char)ch, '\0'};
        if (ch == '"' || ch == '\\') {
            esc[0] = '\\', esc[1] = (char)ch, esc[2] = '\0';
        } else if (ch < 0x20) {
            static const char hex[] = "0123456789abcdef";
            memcpy(esc, "\\u00", 4);
            esc[4] = hex[ch >> 4], esc[5] = hex[ch & 15], esc[6] = '\0';
        }
        quanta__json_raw(o, esc);
    }
    quanta__json_raw(o, "\"");
}

int quanta__json_finish(struct quanta__json_out *o)
{
    if (o->overflow || o->len >= o->size) {
        if (o->size > 0)
            o->buf[0] = '\0';
        return -ENOSPC;
    }
    o->buf[o->len] = '\0';
    return (int)o->len;
}
