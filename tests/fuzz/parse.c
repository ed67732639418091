/*
 * parse.c - libFuzzer target for the XanoScript front end. Any input must
 * parse or fail with a diagnostic, never crash; whatever parses goes through
 * the rules checker, and must format to text that parses back to the same
 * tree (fmt's round trip) and formats to the same text again.
 */
#include "base/alloc.h"
#include "base/arena.h"
#include "base/diag.h"
#include "lang/fmt.h"
#include "lang/parser.h"
#include "lang/rules.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static bool parse_dump_fmt(const char *src, size_t len, xs_buf *dump, xs_buf *out)
{
    xs_arena *a = xs_arena_new(64u << 20);
    xs_diag d;
    xs_diag_init(&d);
    xs_ast_doc *doc = NULL;
    bool ok = xs_parse_doc(src, len, "fuzz.xs", a, &d, &doc) == XS_OK;
    if (ok) {
        xs_lang_rules_check(doc, &d);
        xs_ast_dump(doc, true, dump); /* with positions: exercises every field */
        xs_buf_reset(dump);
        xs_ast_dump(doc, false, dump);
        xs_fmt_doc(doc, out);
    } else if (d.errors == 0) {
        fprintf(stderr, "parse failed without an error\n");
        abort();
    }
    xs_diag_release(&d);
    xs_arena_free(a);
    return ok;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    xs_buf dump1, out1, dump2, out2;
    xs_buf_init(&dump1);
    xs_buf_init(&out1);
    xs_buf_init(&dump2);
    xs_buf_init(&out2);
    if (parse_dump_fmt((const char *)data, size, &dump1, &out1)) {
        if (!parse_dump_fmt(xs_buf_cstr(&out1), out1.len, &dump2, &out2)) {
            fprintf(stderr, "formatted output does not parse:\n%s\n", xs_buf_cstr(&out1));
            abort();
        }
        if (strcmp(xs_buf_cstr(&dump1), xs_buf_cstr(&dump2)) != 0) {
            fprintf(stderr, "round trip changed the tree:\n%s\n---\n%s\n", xs_buf_cstr(&dump1),
                    xs_buf_cstr(&dump2));
            abort();
        }
        if (strcmp(xs_buf_cstr(&out1), xs_buf_cstr(&out2)) != 0) {
            fprintf(stderr, "fmt is not idempotent:\n%s\n---\n%s\n", xs_buf_cstr(&out1),
                    xs_buf_cstr(&out2));
            abort();
        }
    }
    xs_buf_release(&dump1);
    xs_buf_release(&out1);
    xs_buf_release(&dump2);
    xs_buf_release(&out2);
    return 0;
}
