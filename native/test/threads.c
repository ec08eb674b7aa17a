/*
 * threads.c - many threads make their first driver call at the same moment, which is
 * when the interposer loads the real driver. Every thread must see the same, working
 * functions. Exits 0 when all threads succeeded.
 */
#include <pthread.h>
#include <stdio.h>

#include "quanta_cuda_app.h"

enum { THREADS = 16, ROUNDS = 200 };
static pthread_barrier_t start;

static void *worker(void *arg)
{
    int *ok = arg;
    pthread_barrier_wait(&start);
    *ok = cuInit(0) == CUDA_SUCCESS;
    for (int i = 0; i < ROUNDS && *ok; i++) {
        void *p = NULL;
        int version = 0;
        *ok = cuGetProcAddress_v2("cuDriverGetVersion", &p, 13000, 0, NULL) == CUDA_SUCCESS && p != NULL &&
              ((CUresult (*)(int *))p)(&version) == CUDA_SUCCESS && version > 0;
    }
    return NULL;
}

int main(void)
{
    pthread_t t[THREADS];
    int ok[THREADS] = {0};
    pthread_barrier_init(&start, NULL, THREADS);
    for (int i = 0; i < THREADS; i++)
        pthread_create(&t[i], NULL, worker, &ok[i]);
    int good = 0;
    for (int i = 0; i < THREADS; i++) {
        pthread_join(t[i], NULL);
        good += ok[i];
    }
    printf("%d of %d threads succeeded\n", good, THREADS);
    return good == THREADS ? 0 : 1;
}
