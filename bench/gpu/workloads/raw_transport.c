/*
 * raw_transport.c - the floor API forwarding is judged against (bench/gpu/forward_bench.sh):
 * the same host's sockets with nothing on top, measured in the same run.
 *
 *   raw_transport pingpong unix|tcp N    N 64-byte round trips: median and p99, microseconds
 *   raw_transport stream unix|tcp BYTES  BYTES sent in 1 MiB writes and read: GB/s
 *
 * A forked child is the other end (an echo, or a sink that answers one byte at the end).
 * TCP is loopback with TCP_NODELAY, as the forwarding client uses it. Prints "RESULT" lines.
 */
#define _GNU_SOURCE
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double now_us(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e6 + (double)ts.tv_nsec / 1e3;
}

static int cmp(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

static int full(int fd, void *p, size_t n, int writing)
{
    char *c = p;
    while (n > 0) {
        ssize_t r = writing ? write(fd, c, n) : read(fd, c, n);
        if (r <= 0)
            return -1;
        c += r;
        n -= (size_t)r;
    }
    return 0;
}

/* A connected pair: *server for the child, *client for us. */
static void pair(const char *kind, int *server, int *client)
{
    int one = 1;
    if (strcmp(kind, "unix") == 0) {
        char path[] = "/tmp/raw-transport-XXXXXX";
        int t = mkstemp(path);
        close(t);
        unlink(path);
        struct sockaddr_un sa = {.sun_family = AF_UNIX};
        strcpy(sa.sun_path, path);
        int l = socket(AF_UNIX, SOCK_STREAM, 0);
        if (bind(l, (struct sockaddr *)&sa, sizeof sa) || listen(l, 1)) { perror("unix"); exit(1); }
        *client = socket(AF_UNIX, SOCK_STREAM, 0);
        if (connect(*client, (struct sockaddr *)&sa, sizeof sa)) { perror("connect"); exit(1); }
        *server = accept(l, NULL, NULL);
        close(l);
        unlink(path);
        return;
    }
    struct sockaddr_in sa = {.sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
    socklen_t sl = sizeof sa;
    int l = socket(AF_INET, SOCK_STREAM, 0);
    if (bind(l, (struct sockaddr *)&sa, sizeof sa) || listen(l, 1) || getsockname(l, (struct sockaddr *)&sa, &sl)) { perror("tcp"); exit(1); }
    *client = socket(AF_INET, SOCK_STREAM, 0);
    setsockopt(*client, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    if (connect(*client, (struct sockaddr *)&sa, sizeof sa)) { perror("connect"); exit(1); }
    *server = accept(l, NULL, NULL);
    setsockopt(*server, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    close(l);
}

int main(int argc, char **argv)
{
    if (argc != 4 || (strcmp(argv[2], "unix") != 0 && strcmp(argv[2], "tcp") != 0)) {
        fprintf(stderr, "usage: raw_transport pingpong|stream unix|tcp N|BYTES\n");
        return 2;
    }
    int s, c;
    pair(argv[2], &s, &c);
    int ping = strcmp(argv[1], "pingpong") == 0;
    long long n = atoll(argv[3]);
    pid_t child = fork();
    if (child == 0) {
        close(c);
        if (ping) {
            char m[64];
            while (full(s, m, sizeof m, 0) == 0 && full(s, m, sizeof m, 1) == 0)
                ;
        } else {
            static char buf[1 << 20];
            long long left = n;
            while (left > 0) {
                ssize_t r = read(s, buf, left < (long long)sizeof buf ? (size_t)left : sizeof buf);
                if (r <= 0)
                    _exit(1);
                left -= r;
            }
            char done = 1;
            (void)!write(s, &done, 1);
        }
        _exit(0);
    }
    close(s);
    if (ping) {
        char m[64] = {0};
        double *t = malloc(sizeof(double) * (size_t)n);
        for (int i = 0; i < 1000; i++)
            if (full(c, m, sizeof m, 1) || full(c, m, sizeof m, 0)) return 1;
        for (long long i = 0; i < n; i++) {
            double a = now_us();
            if (full(c, m, sizeof m, 1) || full(c, m, sizeof m, 0)) return 1;
            t[i] = now_us() - a;
        }
        qsort(t, (size_t)n, sizeof *t, cmp);
        printf("RESULT raw_%s_pingpong_us_median %.3f\nRESULT raw_%s_pingpong_us_p99 %.3f\n", argv[2], t[n / 2], argv[2], t[n * 99 / 100]);
    } else {
        static char buf[1 << 20];
        memset(buf, 1, sizeof buf);
        double a = now_us();
        for (long long left = n; left > 0; left -= (long long)sizeof buf)
            if (full(c, buf, left < (long long)sizeof buf ? (size_t)left : sizeof buf, 1)) return 1;
        char done;
        if (full(c, &done, 1, 0)) return 1;
        printf("RESULT raw_%s_stream_gbps %.3f\n", argv[2], (double)n / (now_us() - a) / 1e3);
    }
    close(c);
    waitpid(child, NULL, 0);
    return 0;
}
