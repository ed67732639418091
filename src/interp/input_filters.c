/*
 * input_filters.c - Xano's input filters (see input_filters.h). The
 * transforms run first, in the order written, on the value as given; the
 * validators then check the value once transformed and coerced, in the order
 * written, and the first that fails raises the input error. alphaOk,
 * digitOk and ok together make one set of allowed characters. Character
 * classes are ASCII, as PHP's ctype functions are; lengths count characters
 * (UTF-8 code points), not bytes.
 */
#include "interp/input_filters.h"

#include "value/json.h"

typedef enum ikind {
    IF_TRIM,
    IF_LOWER,
    IF_UPPER,
    IF_MIN,
    IF_MAX,
    IF_STARTS_WITH,
    IF_PREVENT,
    IF_ALPHA_OK,
    IF_DIGIT_OK,
    IF_OK,
    IF_MIN_ALPHA,
    IF_MIN_LOWER_ALPHA,
    IF_MIN_UPPER_ALPHA,
    IF_MIN_DIGIT,
    IF_MIN_SYMBOL,
} ikind;

typedef struct ifilter {
    const char *name;
    uint8_t nargs;
    uint8_t kind; /* ikind */
    const char *doc;
} ifilter;

static const ifilter ifilters[] = {
    {"trim", 0, IF_TRIM, "removes leading and trailing whitespace from text"},
    {"lower", 0, IF_LOWER, "converts text to lower case"},
    {"upper", 0, IF_UPPER, "converts text to upper case"},
    {"min", 1, IF_MIN, "a number must be at least N; text must be at least N characters long"},
    {"max", 1, IF_MAX, "a number must be at most N; text must be at most N characters long"},
    {"startsWith", 1, IF_STARTS_WITH, "text must start with the given prefix"},
    {"prevent", 1, IF_PREVENT, "text must not contain the given phrase"},
    {"alphaOk", 0, IF_ALPHA_OK, "allows letters (A-Z, a-z) in text"},
    {"digitOk", 0, IF_DIGIT_OK, "allows digits (0-9) in text"},
    {"ok", 1, IF_OK, "allows the given characters in text"},
    {"minAlpha", 1, IF_MIN_ALPHA, "text must contain at least N letters"},
    {"minLowerAlpha", 1, IF_MIN_LOWER_ALPHA, "text must contain at least N lowercase letters"},
    {"minUpperAlpha", 1, IF_MIN_UPPER_ALPHA, "text must contain at least N uppercase letters"},
    {"minDigit", 1, IF_MIN_DIGIT, "text must contain at least N digits"},
    {"minSymbol", 1, IF_MIN_SYMBOL, "text must contain at least N punctuation symbols"},
};

#define NIFILTERS (sizeof ifilters / sizeof ifilters[0])

static const ifilter *ifilter_find(xs_str name)
{
    for (size_t i = 0; i < NIFILTERS; i++)
        if (xs_str_eq_cstr(name, ifilters[i].name))
            return &ifilters[i];
    return NULL;
}

/* ---- errors ---- */

static flow invalid(xs_run *r, const xs_ast_filter *flt, const char *param, const char *fmt, ...)
    XS_PRINTF(4, 5);

/* An input error: "Invalid value for param 'NAME': " and the reason. */
static flow invalid(xs_run *r, const xs_ast_filter *flt, const char *param, const char *fmt, ...)
{
    xs_buf b;
    xs_buf_init(&b);
    xs_buf_addf(&b, "Invalid value for param '%s': ", param);
    va_list ap;
    va_start(ap, fmt);
    xs_buf_vaddf(&b, fmt, ap);
    va_end(ap);
    xs_rt_raise(r, "ERROR_CODE_INPUT_ERROR", xs_text_from_buf(&b), "ERROR_CODE_INPUT_ERROR",
                flt->pos);
    xs_value payload = xs_object_new(1);
    xs_object_set(&payload, XS_STR("param"), xs_text_cstr(param));
    xs_rt_set_payload(r, payload);
    return FLOW_ERROR;
}

static flow not_applicable(xs_run *r, const xs_ast_filter *flt, const char *param, xs_value v,
                           const char *applies_to)
{
    return invalid(r, flt, param, "input filter '%.*s' applies to %s, got %s", (int)flt->name.len,
                   flt->name.ptr, applies_to, xs_value_type_name(v));
}

flow xs_input_filters_check(xs_run *r, const xs_ast_field *fl)
{
    for (uint32_t i = 0; i < fl->nfilters; i++) {
        const xs_ast_filter *flt = &fl->filters[i];
        const ifilter *d = ifilter_find(flt->name);
        if (!d)
            return xs_rt_fail(r, "ERROR_FATAL", flt->pos,
                              "unknown input filter '%.*s' on '%.*s' (input filters are: trim, "
                              "lower, upper, min, max, startsWith, prevent, alphaOk, digitOk, ok, "
                              "minAlpha, minLowerAlpha, minUpperAlpha, minDigit, minSymbol)",
                              (int)flt->name.len, flt->name.ptr, (int)fl->name.len, fl->name.ptr);
        if (flt->nargs != d->nargs)
            return xs_rt_fail(r, "ERROR_FATAL", flt->pos,
                              "input filter '%s' on '%.*s' takes %u argument%s, got %u", d->name,
                              (int)fl->name.len, fl->name.ptr, d->nargs, d->nargs == 1 ? "" : "s",
                              flt->nargs);
    }
    return FLOW_NORMAL;
}

/* ---- arguments ---- */

/* The argument as text. A number literal is taken as written, so that
 * `ok:0123456789` keeps its leading zero. */
static flow arg_text(xs_run *r, frame *f, const xs_ast_filter *flt, xs_buf *out)
{
    const xs_ast_expr *e = flt->args[0];
    if (e->kind == XS_EXPR_INT || e->kind == XS_EXPR_DECIMAL) {
        xs_buf_add(out, e->u.num.text.ptr, e->u.num.text.len);
        return FLOW_NORMAL;
    }
    xs_value v;
    flow fl = xs_eval(r, f, e, &v);
    if (fl != FLOW_NORMAL)
        return fl;
    if (v.type == XS_TEXT) {
        xs_buf_add(out, xs_text_ptr(v), xs_text_len(v));
    } else if (xs_is_number(v)) {
        xs_concat_text(v, out);
    } else {
        fl = xs_rt_fail(r, "ERROR_FATAL", flt->pos, "input filter '%.*s' needs text, got %s",
                        (int)flt->name.len, flt->name.ptr, xs_value_type_name(v));
    }
    xs_release(v);
    return fl;
}

/* The argument as a number (numeric text is read as its number). */
static flow arg_number(xs_run *r, frame *f, const xs_ast_filter *flt, xs_value *out)
{
    xs_value v;
    flow fl = xs_eval(r, f, flt->args[0], &v);
    if (fl != FLOW_NORMAL)
        return fl;
    xs_value n = xs_null();
    if (xs_is_number(v))
        n = v;
    else if (v.type == XS_TEXT)
        xs_text_to_number(xs_text_str(v), &n);
    if (!xs_is_number(n)) {
        fl = xs_rt_fail(r, "ERROR_FATAL", flt->pos, "input filter '%.*s' needs a number, got %s",
                        (int)flt->name.len, flt->name.ptr, xs_value_type_name(v));
        xs_release(v);
        return fl;
    }
    xs_release(v);
    *out = n;
    return FLOW_NORMAL;
}

/* ---- text ---- */

static size_t utf8_len(const char *s, size_t n)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        k += ((unsigned char)s[i] & 0xC0) != 0x80;
    return k;
}

/* Bytes in the UTF-8 sequence that starts at s[0] (1 for a stray byte). */
static size_t utf8_step(const char *s, size_t left)
{
    unsigned char c = (unsigned char)s[0];
    size_t n = c < 0xC0 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    if (n > left)
        n = left;
    for (size_t i = 1; i < n; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80)
            return i;
    return n;
}

static bool is_lower(unsigned char c)
{
    return c >= 'a' && c <= 'z';
}

static bool is_upper(unsigned char c)
{
    return c >= 'A' && c <= 'Z';
}

static bool is_digit(unsigned char c)
{
    return c >= '0' && c <= '9';
}

/* ASCII punctuation, as PHP's ctype_punct: !"#$%&'()*+,-./:;<=>?@[\]^_`{|}~ */
static bool is_symbol(unsigned char c)
{
    return (c >= 0x21 && c <= 0x2F) || (c >= 0x3A && c <= 0x40) || (c >= 0x5B && c <= 0x60) ||
           (c >= 0x7B && c <= 0x7E);
}

static bool contains(xs_str hay, xs_str needle)
{
    if (needle.len == 0)
        return true;
    for (size_t i = 0; i + needle.len <= hay.len; i++)
        if (!memcmp(hay.ptr + i, needle.ptr, needle.len))
            return true;
    return false;
}

/* The allowed characters of alphaOk, digitOk and ok, gathered over the
 * field's filters. */
typedef struct allowed {
    bool alpha;
    bool digit;
    xs_buf chars; /* ok's characters, all ok filters together */
} allowed;

static bool char_allowed(const allowed *a, const char *s, size_t n)
{
    unsigned char c = (unsigned char)s[0];
    if (n == 1 && ((a->alpha && (is_lower(c) || is_upper(c))) || (a->digit && is_digit(c))))
        return true;
    return contains((xs_str){a->chars.ptr, a->chars.len}, (xs_str){s, n});
}

static void describe_allowed(const allowed *a, xs_buf *b)
{
    const char *parts[3];
    xs_buf q;
    xs_buf_init(&q);
    int n = 0;
    if (a->alpha)
        parts[n++] = "letters";
    if (a->digit)
        parts[n++] = "digits";
    if (a->chars.len) {
        xs_buf_adds(&q, "the characters ");
        xs_json_encode_str((xs_str){a->chars.ptr, a->chars.len}, 0, &q);
        parts[n++] = xs_buf_cstr(&q);
    }
    for (int i = 0; i < n; i++) {
        if (i)
            xs_buf_adds(b, i == n - 1 ? " and " : ", ");
        xs_buf_adds(b, parts[i]);
    }
    xs_buf_release(&q);
}

/* ---- numbers ---- */

/* <0, 0, >0 as a is below, equal to or above b (both numbers). */
static int num_cmp(xs_value a, xs_value b)
{
    if (a.type == XS_INT && b.type == XS_INT)
        return (a.u.i > b.u.i) - (a.u.i < b.u.i);
    double x = a.type == XS_INT ? (double)a.u.i : a.u.d;
    double y = b.type == XS_INT ? (double)b.u.i : b.u.d;
    return (x > y) - (x < y);
}

static double num_double(xs_value n)
{
    return n.type == XS_INT ? (double)n.u.i : n.u.d;
}

static const char *plural(double n, const char *one, const char *many)
{
    return n == 1 ? one : many;
}

/* ---- the filters ---- */

static flow transform(xs_run *r, frame *f, const xs_ast_filter *flt, xs_value *v)
{
    if (v->type != XS_TEXT)
        return FLOW_NORMAL;
    const xs_filter_def *def = xs_map_get(&r->in->filters, flt->name);
    return xs_apply_filter(r, f, flt, def, v);
}

/* min and max: a value bound on numbers, a length bound on text. */
static flow bound(xs_run *r, frame *f, const xs_ast_filter *flt, const char *param, xs_value v,
                  bool is_min)
{
    xs_value n;
    flow fl = arg_number(r, f, flt, &n);
    if (fl != FLOW_NORMAL)
        return fl;
    xs_buf arg;
    xs_buf_init(&arg);
    xs_concat_text(n, &arg);
    const char *word = is_min ? "at least" : "at most";
    if (xs_is_number(v)) {
        int c = num_cmp(v, n);
        if (is_min ? c < 0 : c > 0)
            fl = invalid(r, flt, param, "must be %s %s", word, xs_buf_cstr(&arg));
    } else if (v.type == XS_TEXT) {
        double len = (double)utf8_len(xs_text_ptr(v), xs_text_len(v));
        double lim = num_double(n);
        if (is_min ? len < lim : len > lim)
            fl = invalid(r, flt, param, "must be %s %s %s long", word, xs_buf_cstr(&arg),
                         plural(lim, "character", "characters"));
    } else {
        fl = not_applicable(r, flt, param, v, "numbers and text");
    }
    xs_buf_release(&arg);
    return fl;
}

/* minAlpha, minLowerAlpha, minUpperAlpha, minDigit, minSymbol. */
static flow count_class(xs_run *r, frame *f, const xs_ast_filter *flt, ikind k, const char *param,
                        xs_value v)
{
    if (v.type != XS_TEXT)
        return not_applicable(r, flt, param, v, "text");
    xs_value n;
    flow fl = arg_number(r, f, flt, &n);
    if (fl != FLOW_NORMAL)
        return fl;
    const char *s = xs_text_ptr(v);
    size_t len = xs_text_len(v), got = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        bool hit = k == IF_MIN_ALPHA         ? is_lower(c) || is_upper(c)
                   : k == IF_MIN_LOWER_ALPHA ? is_lower(c)
                   : k == IF_MIN_UPPER_ALPHA ? is_upper(c)
                   : k == IF_MIN_DIGIT       ? is_digit(c)
                                             : is_symbol(c);
        got += hit;
    }
    double want = num_double(n);
    if ((double)got >= want)
        return FLOW_NORMAL;
    const char *one = k == IF_MIN_ALPHA         ? "letter"
                      : k == IF_MIN_LOWER_ALPHA ? "lowercase letter"
                      : k == IF_MIN_UPPER_ALPHA ? "uppercase letter"
                      : k == IF_MIN_DIGIT       ? "digit"
                                                : "symbol";
    xs_buf arg;
    xs_buf_init(&arg);
    xs_concat_text(n, &arg);
    fl = invalid(r, flt, param, "must contain at least %s %s%s", xs_buf_cstr(&arg), one,
                 want == 1 ? "" : "s");
    xs_buf_release(&arg);
    return fl;
}

/* startsWith and prevent. */
static flow phrase(xs_run *r, frame *f, const xs_ast_filter *flt, ikind k, const char *param,
                   xs_value v)
{
    if (v.type != XS_TEXT)
        return not_applicable(r, flt, param, v, "text");
    xs_buf arg;
    xs_buf_init(&arg);
    flow fl = arg_text(r, f, flt, &arg);
    if (fl != FLOW_NORMAL) {
        xs_buf_release(&arg);
        return fl;
    }
    xs_str s = xs_text_str(v), p = {arg.ptr, arg.len};
    bool ok = k == IF_STARTS_WITH ? s.len >= p.len && !memcmp(s.ptr, p.ptr, p.len)
                                  : p.len == 0 || !contains(s, p);
    if (!ok) {
        xs_buf q;
        xs_buf_init(&q);
        xs_json_encode_str(p, 0, &q);
        fl = invalid(r, flt, param,
                     k == IF_STARTS_WITH ? "must start with %s" : "must not contain %s",
                     xs_buf_cstr(&q));
        xs_buf_release(&q);
    }
    xs_buf_release(&arg);
    return fl;
}

static flow check_allowed(xs_run *r, const xs_ast_filter *flt, const allowed *a, const char *param,
                          xs_value v)
{
    if (v.type != XS_TEXT)
        return not_applicable(r, flt, param, v, "text");
    const char *s = xs_text_ptr(v);
    size_t len = xs_text_len(v);
    for (size_t i = 0; i < len;) {
        size_t n = utf8_step(s + i, len - i);
        if (!char_allowed(a, s + i, n)) {
            xs_buf d;
            xs_buf_init(&d);
            describe_allowed(a, &d);
            flow fl = invalid(r, flt, param, "may only contain %s", xs_buf_cstr(&d));
            xs_buf_release(&d);
            return fl;
        }
        i += n;
    }
    return FLOW_NORMAL;
}

/* Gathers alphaOk, digitOk and ok into a. */
static flow gather_allowed(xs_run *r, frame *f, const xs_ast_field *fl, allowed *a)
{
    for (uint32_t i = 0; i < fl->nfilters; i++) {
        const xs_ast_filter *flt = &fl->filters[i];
        const ifilter *d = ifilter_find(flt->name);
        if (d->kind == IF_ALPHA_OK)
            a->alpha = true;
        else if (d->kind == IF_DIGIT_OK)
            a->digit = true;
        else if (d->kind == IF_OK) {
            flow st = arg_text(r, f, flt, &a->chars);
            if (st != FLOW_NORMAL)
                return st;
        }
    }
    return FLOW_NORMAL;
}

flow xs_input_filters_transform(xs_run *r, frame *f, const xs_ast_field *fl, xs_value *v)
{
    for (uint32_t i = 0; i < fl->nfilters; i++) {
        const xs_ast_filter *flt = &fl->filters[i];
        ikind k = ifilter_find(flt->name)->kind;
        if (k == IF_TRIM || k == IF_LOWER || k == IF_UPPER) {
            flow st = transform(r, f, flt, v);
            if (st != FLOW_NORMAL)
                return st;
        }
    }
    return FLOW_NORMAL;
}

flow xs_input_filters_validate(xs_run *r, frame *f, const xs_ast_field *fl, const char *param,
                               xs_value v)
{
    allowed a = {false, false, {NULL, 0, 0}};
    flow st = gather_allowed(r, f, fl, &a);
    bool checked_allowed = false;
    for (uint32_t i = 0; st == FLOW_NORMAL && i < fl->nfilters; i++) {
        const xs_ast_filter *flt = &fl->filters[i];
        ikind k = ifilter_find(flt->name)->kind;
        switch (k) {
        case IF_TRIM:
        case IF_LOWER:
        case IF_UPPER:
            break;
        case IF_MIN:
        case IF_MAX:
            st = bound(r, f, flt, param, v, k == IF_MIN);
            break;
        case IF_STARTS_WITH:
        case IF_PREVENT:
            st = phrase(r, f, flt, k, param, v);
            break;
        case IF_ALPHA_OK:
        case IF_DIGIT_OK:
        case IF_OK:
            if (!checked_allowed)
                st = check_allowed(r, flt, &a, param, v);
            checked_allowed = true;
            break;
        case IF_MIN_ALPHA:
        case IF_MIN_LOWER_ALPHA:
        case IF_MIN_UPPER_ALPHA:
        case IF_MIN_DIGIT:
        case IF_MIN_SYMBOL:
            st = count_class(r, f, flt, k, param, v);
            break;
        }
    }
    xs_buf_release(&a.chars);
    return st;
}
