/*
 * quanta_sys.c - the few system calls the daemon needs that Node.js does not offer.
 *
 * Node has no API for a Unix socket peer's credentials, for passing a file descriptor
 * over a Unix socket, or for advisory file locks. The daemon needs all three: it learns
 * who is on the other end of a connection from the kernel (SO_PEERCRED), not from what
 * the message says; it hands a vGPU's segment to that vGPU's processes over their
 * authenticated connection (SCM_RIGHTS) instead of by a path others could open; and it
 * holds a lock beside its socket so that exactly one daemon serves it (flock: released
 * by the kernel when the daemon dies, so a crash never leaves a stale lock).
 *
 * A Node-API module (ABI-stable across Node versions). Every function checks its
 * arguments and reports a failed call as a thrown Error whose `code` is the errno name,
 * like Node's own fs errors; nothing here keeps state.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/file.h>
#include <sys/socket.h>
#include <sys/uio.h>

#include <node_api.h>

/* Throws an Error with code = errno's name (EAGAIN, EBADF, ...) and returns NULL. */
static napi_value throw_errno(napi_env env, int err, const char *what)
{
    char msg[160];
    snprintf(msg, sizeof msg, "%s: %s", what, strerror(err));
    const char *name = strerrorname_np(err);
    napi_throw_error(env, name != NULL ? name : "EIO", msg);
    return NULL;
}

/* Reads argument i as a non-negative int32 (a file descriptor); throws a TypeError otherwise. */
static int arg_fd(napi_env env, napi_value *argv, size_t argc, size_t i, int *out)
{
    int32_t v;
    if (i >= argc || napi_get_value_int32(env, argv[i], &v) != napi_ok || v < 0) {
        napi_throw_type_error(env, NULL, "expected a file descriptor (a non-negative integer)");
        return -1;
    }
    *out = v;
    return 0;
}

/* For the functions that take one file descriptor: reads it into *fd (0), or throws (-1). */
static int only_fd_arg(napi_env env, napi_callback_info info, int *fd)
{
    size_t argc = 1;
    napi_value argv[1];
    napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
    return arg_fd(env, argv, argc, 0, fd);
}

static napi_value make_int(napi_env env, int64_t v)
{
    napi_value out;
    napi_create_int64(env, v, &out);
    return out;
}

/* peerCredentials(fd) -> { pid, uid, gid } of the process at the other end of Unix
 * socket fd, as the kernel recorded them when it connected. */
static napi_value peer_credentials(napi_env env, napi_callback_info info)
{
    int fd;
    if (only_fd_arg(env, info, &fd) != 0)
        return NULL;
    struct ucred cred;
    socklen_t len = sizeof cred;
    if (getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &cred, &len) != 0)
        return throw_errno(env, errno, "getsockopt(SO_PEERCRED)");
    napi_value out;
    napi_create_object(env, &out);
    napi_set_named_property(env, out, "pid", make_int(env, cred.pid));
    napi_set_named_property(env, out, "uid", make_int(env, cred.uid));
    napi_set_named_property(env, out, "gid", make_int(env, cred.gid));
    return out;
}

/* sendWithFd(socketFd, data, passFd) -> bytes sent: sends `data` (a Buffer, at least one
 * byte) on the non-blocking Unix socket with descriptor passFd attached to its first
 * byte. The caller sends whatever was not sent the ordinary way. Throws EAGAIN when
 * nothing could be sent now. */
static napi_value send_with_fd(napi_env env, napi_callback_info info)
{
    size_t argc = 3;
    napi_value argv[3];
    int fd, pass;
    void *data;
    size_t len;
    bool is_buffer = false;
    napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
    if (arg_fd(env, argv, argc, 0, &fd) != 0 || arg_fd(env, argv, argc, 2, &pass) != 0)
        return NULL;
    if (napi_is_buffer(env, argv[1], &is_buffer) != napi_ok || !is_buffer ||
        napi_get_buffer_info(env, argv[1], &data, &len) != napi_ok || len == 0) {
        napi_throw_type_error(env, NULL, "expected a non-empty Buffer to send");
        return NULL;
    }
    union {
        char buf[CMSG_SPACE(sizeof(int))];
        struct cmsghdr align;
    } control;
    memset(&control, 0, sizeof control);
    struct iovec iov = {.iov_base = data, .iov_len = len};
    struct msghdr msg = {.msg_iov = &iov, .msg_iovlen = 1, .msg_control = control.buf, .msg_controllen = sizeof control.buf};
    struct cmsghdr *c = CMSG_FIRSTHDR(&msg);
    c->cmsg_level = SOL_SOCKET;
    c->cmsg_type = SCM_RIGHTS;
    c->cmsg_len = CMSG_LEN(sizeof(int));
    memcpy(CMSG_DATA(c), &pass, sizeof pass);
    ssize_t sent;
    do
        sent = sendmsg(fd, &msg, MSG_DONTWAIT | MSG_NOSIGNAL);
    while (sent < 0 && errno == EINTR);
    if (sent < 0)
        return throw_errno(env, errno, "sendmsg(SCM_RIGHTS)");
    return make_int(env, sent);
}

/* tryLock(fd) -> true if this process now holds the exclusive lock on the open file fd,
 * false if another process holds it. The kernel drops it when the holder exits. */
static napi_value try_lock(napi_env env, napi_callback_info info)
{
    int fd;
    if (only_fd_arg(env, info, &fd) != 0)
        return NULL;
    int rc;
    do
        rc = flock(fd, LOCK_EX | LOCK_NB);
    while (rc != 0 && errno == EINTR);
    if (rc != 0 && errno != EWOULDBLOCK)
        return throw_errno(env, errno, "flock");
    napi_value out;
    napi_get_boolean(env, rc == 0, &out);
    return out;
}

NAPI_MODULE_INIT(/* napi_env env, napi_value exports */)
{
    const napi_property_descriptor fns[] = {
        {"peerCredentials", NULL, peer_credentials, NULL, NULL, NULL, napi_enumerable, NULL},
        {"sendWithFd", NULL, send_with_fd, NULL, NULL, NULL, napi_enumerable, NULL},
        {"tryLock", NULL, try_lock, NULL, NULL, NULL, napi_enumerable, NULL},
    };
    napi_define_properties(env, exports, sizeof fns / sizeof fns[0], fns);
    return exports;
}
