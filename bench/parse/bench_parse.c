/*
 * bench_parse.c - parser throughput: reads one XanoScript file, parses it
 * ROUNDS times (a fresh arena each time), and prints the best and median
 * rate in MB/s, plus the lexer alone and parse + fmt for comparison.
 *
 * usage: bench_parse FILE [ROUNDS]
 */
#include <time.h>

#include "base/alloc.h"
#include "base/arena.h"
#include "base/diag.h"
#include "lang/fmt.h"
#include "lang/lexer.h"
#include "lang/parser.h"

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts); /* CPU time: other load on the machine does not count */
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int cmp_d(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

enum { LEX, PARSE, PARSE_FMT, NMODES };

static double run(int mode, const char *src, size_t len, size_t *objects)
{
    double t0 = now_s();
    if (mode == LEX) {
        xs_lexer lx;
        xs_lex_init(&lx, src, (uint32_t)len, (xs_pos){1, 1, 0});
        size_t n = 0;
        for (;;) {
            xs_token t = xs_lex_next(&lx);
            n++;
            if (t.kind == XS_TOK_EOF || t.kind == XS_TOK_ERROR)
                break;
        }
        *objects = n;
        return now_s() - t0;
    }
    xs_arena *a = xs_arena_new(0);
    xs_diag d;
    xs_diag_init(&d);
    xs_ast_doc *doc = NULL;
    if (xs_parse_doc(src, len, "bench.xs", a, &d, &doc) != XS_OK) {
        const xs_diag_entry *e = xs_diag_first_error(&d);
        fprintf(stderr, "bench: parse failed: %d:%d: %s\n", e ? e->line : 0, e ? e->col : 0,
                e ? e->message : "?");
        exit(1);
    }
    *objects = doc->n;
    if (mode == PARSE_FMT) {
        xs_buf out;
        xs_buf_init(&out);
        xs_fmt_doc(doc, &out);
        xs_buf_release(&out);
    }
    double dt = now_s() - t0;
    xs_diag_release(&d);
    xs_arena_free(a);
    return dt;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fputs("usage: bench_parse FILE [ROUNDS]\n", stderr);
        return 2;
    }
    int rounds = argc > 2 ? atoi(argv[2]) : 10;
    if (rounds < 1 || rounds > 1000)
        rounds = 10;
    FILE *f = fopen(argv[1], "rb");
    if (!f) {
        perror(argv[1]);
        return 1;
    }
    xs_buf b;
    xs_buf_init(&b);
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        xs_buf_add(&b, chunk, n);
    fclose(f);
    double mb = (double)b.len / (1024.0 * 1024.0);
    static const char *const names[NMODES] = {"lex only", "parse", "parse + fmt"};
    printf("input: %s, %.2f MB, %d rounds\n\n", argv[1], mb, rounds);
    printf("| stage        | best MB/s | median MB/s | median ms | count      |\n");
    printf("|--------------|-----------|-------------|-----------|------------|\n");
    double *t = xs_malloc((size_t)rounds * sizeof *t);
    for (int m = 0; m < NMODES; m++) {
        size_t count = 0;
        for (int r = 0; r < rounds; r++)
            t[r] = run(m, b.ptr, b.len, &count);
        qsort(t, (size_t)rounds, sizeof *t, cmp_d);
        double med = t[rounds / 2];
        printf("| %-12s | %9.1f | %11.1f | %9.1f | %7zu %s |\n", names[m], mb / t[0], mb / med,
               med * 1000, count, m == LEX ? "tok" : "obj");
    }
    xs_free(t);
    xs_buf_release(&b);
    return 0;
}
