/*
 * nanfill: an LD_PRELOAD allocator shim for hunting non-finite numbers at their source.
 *
 * Every block malloc, posix_memalign, memalign or aligned_alloc returns is filled with 0xFF bytes
 * (a float and a double NaN), and every block free takes back is overwritten with them too. A
 * tensor kernel that reads memory nobody wrote, or memory already freed (a buffer the JVM collected
 * while libtorch still used it), then computes NaN every time instead of garbage now and then.
 * calloc and realloc are left alone (calloc's zeros are a promise). Build and use:
 *
 *   cc -O2 -shared -fPIC -o /tmp/libnanfill.so bench/nanfill.c
 *   LD_PRELOAD=/tmp/libnanfill.so java -jar target/benchmarks.jar pretrain configs/avmnist-quick.yaml ...
 *
 * NanFillTest runs a pre-training epoch under it and requires the very losses of a normal run.
 */
#define _GNU_SOURCE
#include <malloc.h>
#include <stdlib.h>
#include <string.h>

#define FILL 0xFF
/* glibc keeps its free-list links in the first 16 bytes of a freed block: leave those to it. */
#define LINKS 16

extern void *__libc_malloc(size_t);
extern void *__libc_memalign(size_t, size_t);
extern void __libc_free(void *);

static void *filled(void *p, size_t n) {
    if (p != NULL) {
        memset(p, FILL, n);
    }
    return p;
}

void *malloc(size_t n) { return filled(__libc_malloc(n), n); }

void *memalign(size_t alignment, size_t n) { return filled(__libc_memalign(alignment, n), n); }

void *aligned_alloc(size_t alignment, size_t n) { return filled(__libc_memalign(alignment, n), n); }

int posix_memalign(void **out, size_t alignment, size_t n) {
    void *p = filled(__libc_memalign(alignment, n), n);
    if (p == NULL) {
        return 12; /* ENOMEM */
    }
    *out = p;
    return 0;
}

void free(void *p) {
    if (p != NULL) {
        size_t n = malloc_usable_size(p);
        if (n > LINKS) {
            memset((char *) p + LINKS, FILL, n - LINKS);
        }
    }
    __libc_free(p);
}
