/* Generated from api/wire/protocol.json by tools/gen (npm run gen -- emit). Do not edit. */
#include "quanta_proto.h"

#include "json_scan.h"

static const struct quanta__json_field quanta_proto_error_fields[] = {
    {"code", QUANTA__JSON_STRING, offsetof(struct quanta_proto_error, code), sizeof(((struct quanta_proto_error *)0)->code), 0, 0, NULL, 0, 0},
    {"message", QUANTA__JSON_STRING, offsetof(struct quanta_proto_error, message), sizeof(((struct quanta_proto_error *)0)->message), 0, 0, NULL, 0, 0},
};
static const struct quanta__json_object quanta_proto_error_object = {
    quanta_proto_error_fields, 2, offsetof(struct quanta_proto_error, present), 3u, sizeof(struct quanta_proto_error)};

static const struct quanta__json_field quanta_proto_vgpu_gpu_fields[] = {
    {"uuid", QUANTA__JSON_STRING, offsetof(struct quanta_proto_vgpu_gpu, uuid), sizeof(((struct quanta_proto_vgpu_gpu *)0)->uuid), 0, 0, NULL, 0, 0},
    {"index", QUANTA__JSON_INT, offsetof(struct quanta_proto_vgpu_gpu, index), 0, -1, QUANTA__JSON_MAX_INT, NULL, 0, 0},
    {"quota", QUANTA__JSON_INT, offsetof(struct quanta_proto_vgpu_gpu, quota), 0, 0, QUANTA__JSON_MAX_INT, NULL, 0, 0},
};
static const struct quanta__json_object quanta_proto_vgpu_gpu_object = {
    quanta_proto_vgpu_gpu_fields, 3, offsetof(struct quanta_proto_vgpu_gpu, present), 7u, sizeof(struct quanta_proto_vgpu_gpu)};

static const struct quanta__json_field quanta_proto_hello_answer_fields[] = {
    {"v", QUANTA__JSON_INT, offsetof(struct quanta_proto_hello_answer, v), 0, 0, QUANTA__JSON_MAX_INT, NULL, 0, 0},
    {"id", QUANTA__JSON_INT, offsetof(struct quanta_proto_hello_answer, id), 0, 0, QUANTA__JSON_MAX_INT, NULL, 0, 0},
    {"ok", QUANTA__JSON_BOOL, offsetof(struct quanta_proto_hello_answer, ok), 0, 0, 0, NULL, 0, 0},
    {"error", QUANTA__JSON_OBJECT, offsetof(struct quanta_proto_hello_answer, error), sizeof(((struct quanta_proto_hello_answer *)0)->error), 0, 0, &quanta_proto_error_object, 0, 0},
    {"vgpu", QUANTA__JSON_STRING, offsetof(struct quanta_proto_hello_answer, vgpu), sizeof(((struct quanta_proto_hello_answer *)0)->vgpu), 0, 0, NULL, 0, 0},
    {"reconnected", QUANTA__JSON_BOOL, offsetof(struct quanta_proto_hello_answer, reconnected), 0, 0, 0, NULL, 0, 0},
    {"segment", QUANTA__JSON_STRING, offsetof(struct quanta_proto_hello_answer, segment), sizeof(((struct quanta_proto_hello_answer *)0)->segment), 1, 0, NULL, 0, 0},
    {"gpus", QUANTA__JSON_ARRAY, offsetof(struct quanta_proto_hello_answer, gpus), sizeof(struct quanta_proto_vgpu_gpu), 0, 0, &quanta_proto_vgpu_gpu_object, offsetof(struct quanta_proto_hello_answer, gpus_count), 16},
};
static const struct quanta__json_object quanta_proto_hello_answer_object = {
    quanta_proto_hello_answer_fields, 8, offsetof(struct quanta_proto_hello_answer, present), 7u, sizeof(struct quanta_proto_hello_answer)};

int quanta__proto_encode_hello(char *buf, size_t size, int64_t id, const char *token, int fd)
{
    struct quanta__json_out o = {buf, size, 0, 0};
    quanta__json_raw(&o, "{\"v\":2,\"id\":");
    quanta__json_int(&o, id);
    quanta__json_raw(&o, ",\"op\":\"hello\",\"token\":");
    quanta__json_string(&o, token);
    quanta__json_raw(&o, ",\"fd\":");
    quanta__json_raw(&o, fd ? "true" : "false");
    quanta__json_raw(&o, "}\n");
    return quanta__json_finish(&o);
}

int quanta__proto_decode_hello_answer(const char *line, size_t len, struct quanta_proto_hello_answer *out)
{
    int rc = quanta__json_decode(line, len, &quanta_proto_hello_answer_object, out);
    if (rc != 0)
        return rc;
    if (out->v != QUANTA_PROTO_VERSION)
        return QUANTA__JSON_EVERSION;
    if (out->ok ? (out->present & 240u) != 240u : (out->present & 8u) == 0)
        return QUANTA__JSON_EMISSING; /* an answer carries its fields, a refusal its error */
    return 0;
}

int quanta__proto_encode_wake(char *buf, size_t size, int64_t id)
{
    struct quanta__json_out o = {buf, size, 0, 0};
    quanta__json_raw(&o, "{\"v\":2,\"id\":");
    quanta__json_int(&o, id);
    quanta__json_raw(&o, ",\"op\":\"wake\"}\n");
    return quanta__json_finish(&o);
}
