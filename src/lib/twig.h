/*
 * twig.h - the template language of util.template_engine: a safe subset of
 * Twig 3 (https://twig.symfony.com), the engine Xano documents for it.
 *
 * Supported: `{{ expr }}`, `{% if %}/{% elseif %}/{% else %}/{% endif %}`,
 * `{% for v in seq %}` and `{% for k, v in seq %}` with `loop.*` and an
 * `{% else %}` branch, `{% set x = expr %}` and `{% set x %}...{% endset %}`,
 * `{% do expr %}`, `{# comments #}`, whitespace control (`{{-`, `-}}`, `~`),
 * Twig's operators, tests, a few functions (range, min, max, cycle,
 * attribute) and the common filters; docs/language.md lists them. Names may
 * carry Xano's `$` (`$user.name` and `user.name` are the same variable).
 * Output is not escaped automatically (see docs/language-decisions.md);
 * `escape`/`e` escapes on request. Every other tag (extends, include, block,
 * macro...) and every unknown filter, function or test is an error naming
 * it and its line. Nothing here reaches files, the network or the clock
 * beyond env->now_ms.
 *
 * Bounded: the output and any text or list a template builds are capped at
 * env->max_output bytes (and XS_TWIG_MAX_ITEMS items), nesting at
 * XS_TWIG_MAX_DEPTH, and every loop pass is counted through env->tick, which
 * applies the run's own limits.
 *
 * Thread-safe: no state outside the call.
 */
#ifndef XS_LIB_TWIG_H
#define XS_LIB_TWIG_H

#include "base/buf.h"
#include "value/value.h"

/* Default output ceiling for util.template_engine (16 MiB). */
#define XS_TWIG_MAX_OUTPUT ((size_t)16 << 20)
/* Most items in a list a template builds (range, merge, split...). */
#define XS_TWIG_MAX_ITEMS ((size_t)1 << 20)
/* Deepest nesting of tags, brackets and expressions. */
#define XS_TWIG_MAX_DEPTH 64

typedef struct xs_twig_env {
    /* The variable named name (without '$'), borrowed into *out; false when
     * there is none (it then reads as null). May be NULL: no variables. */
    bool (*var)(void *ctx, xs_str name, xs_value *out);
    /* Counts n units of work (loop passes, items built) against the run's
     * limits. XS_OK to go on; any other status stops the rendering and is
     * returned as is (the callee has reported why). May be NULL. */
    xs_status (*tick)(void *ctx, uint64_t n);
    /* Runs the XanoScript filter named name on *val (upper, lower, trim,
     * sprintf, number_format, url_encode, strip_html): the shared
     * implementations of the filters both languages have. XS_OK, or a status
     * returned as is (the callee has reported why). May be NULL: those
     * filters then leave the value as it is (the fuzz target). */
    xs_status (*apply)(void *ctx, const char *name, xs_value *val, const xs_value *args,
                       size_t nargs);
    void *ctx;
    size_t max_output; /* 0: XS_TWIG_MAX_OUTPUT */
    int64_t now_ms;    /* "now" for the date filter */
} xs_twig_env;

/*
 * Renders the template src with env. On XS_OK *out is the output text
 * (ours). Otherwise *out is null and either err holds the message (a
 * syntax error: XS_E_PARSE; an evaluation error: XS_E_RUNTIME; a ceiling:
 * XS_E_LIMIT), "line N: ..." first, or err is empty and the status came
 * from env->tick or env->apply.
 */
xs_status xs_twig_render(xs_str src, const xs_twig_env *env, xs_value *out, xs_buf *err);

#endif
