/* libFuzzer target for the template language of util.template_engine
 * (lib/twig.h): any input is a template, rendered with a few variables and
 * a work budget. Nothing may crash, hang, leak or read out of bounds; a
 * failure must come with a message. */
#include <stdlib.h>

#include "lib/twig.h"
#include "value/json.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static bool var(void *ctx, xs_str name, xs_value *out)
{
    const xs_value *v = xs_object_get(*(const xs_value *)ctx, name);
    *out = v ? *v : xs_null();
    return v != NULL;
}

/* A budget of work per input, so that loops end quickly. */
static uint64_t budget;

static xs_status tick(void *ctx, uint64_t n)
{
    (void)ctx;
    if (n > budget)
        return XS_E_LIMIT;
    budget -= n;
    return XS_OK;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 4096)
        return 0;
    static const char json[] =
        "{\"user\":{\"name\":\"Ada\",\"tags\":[\"a\",\"b\"],\"n\":3,\"vip\":true},"
        "\"items\":[{\"name\":\"Pen\",\"price\":1.5},{\"name\":\"Book\",\"price\":12}],"
        "\"empty\":[],\"text\":\"<b>Hello</b>\",\"ts\":1700000000000}";
    xs_value vars;
    if (xs_json_decode(json, sizeof json - 1, &vars, NULL) != XS_OK)
        abort();
    budget = 100000;
    xs_twig_env env = {
        .var = var, .tick = tick, .ctx = &vars, .max_output = 1 << 20, .now_ms = 1700000000000};
    xs_buf err;
    xs_buf_init(&err);
    xs_value out;
    xs_status st = xs_twig_render((xs_str){(const char *)data, size}, &env, &out, &err);
    if (st == XS_OK) {
        if (out.type != XS_TEXT || err.len)
            abort();
    } else if (out.type != XS_NULL || (st != XS_E_LIMIT && err.len == 0)) {
        abort();
    }
    xs_release(out);
    xs_release(vars);
    xs_buf_release(&err);
    return 0;
}
