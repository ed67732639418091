/* filters_regex.c - the regex filters, PHP's preg_* over PCRE2: the piped
 * value is a PHP-style delimited pattern ('/^a+$/i'), the argument the
 * subject. Backtracking is bounded (PHP's pcre.backtrack_limit), so a
 * runaway pattern fails with a clear error instead of hanging a runner. */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "lib/lib_ext.h"
#include "base/alloc.h"
#include "lib/lib_int.h"

enum {
    MATCH_LIMIT = 1000000, /* PHP's pcre.backtrack_limit */
    DEPTH_LIMIT = 100000,  /* PHP's pcre.recursion_limit */
    MAX_PATTERN = 65536,
};

typedef struct rx {
    pcre2_code *code;
    pcre2_match_data *md;
    pcre2_match_context *mctx;
    bool utf;
    uint32_t ngroups; /* capture groups, not counting group 0 */
    uint32_t nnames;
    PCRE2_SPTR names; /* name table: entries of name_size bytes */
    uint32_t name_size;
} rx;

static void rx_free(rx *r)
{
    pcre2_match_data_free(r->md);
    pcre2_match_context_free(r->mctx);
    pcre2_code_free(r->code);
}

/* Compiles a PHP-style delimited pattern: a delimiter that is not
 * alphanumeric, backslash or blank; brackets close with their pair; then
 * modifiers (i m s x u U D A J n X). */
static xs_status rx_compile(xs_call *c, xs_value pat, rx *r)
{
    memset(r, 0, sizeof *r);
    if (pat.type == XS_NULL)
        return xs_lib_fail(c, "empty regular expression");
    if (pat.type != XS_TEXT)
        return xs_lib_type_fail(c, "a regular expression text", pat);
    xs_str s = xs_text_str(pat);
    size_t i = 0;
    while (i < s.len && (s.ptr[i] == ' ' || s.ptr[i] == '\t' || s.ptr[i] == '\n' ||
                         s.ptr[i] == '\r' || s.ptr[i] == '\v' || s.ptr[i] == '\f'))
        i++;
    if (i == s.len)
        return xs_lib_fail(c, "empty regular expression");
    if (s.len > MAX_PATTERN)
        return xs_lib_fail(c, "regular expression too long");
    char open = s.ptr[i];
    if ((open >= 'a' && open <= 'z') || (open >= 'A' && open <= 'Z') ||
        (open >= '0' && open <= '9') || open == '\\' || open == '\0')
        return xs_lib_fail(c, "the regular expression needs delimiters, e.g. '/%.*s/'",
                           (int)(s.len > 40 ? 40 : s.len), s.ptr);
    char close = open == '(' ? ')' : open == '[' ? ']' : open == '{' ? '}' : open == '<' ? '>' : open;
    size_t start = i + 1, end = start;
    if (close == open) {
        /* the first unescaped delimiter ends the pattern */
        while (end < s.len && s.ptr[end] != close) {
            if (s.ptr[end] == '\\' && end + 1 < s.len)
                end++;
            end++;
        }
    } else {
        int depth = 1;
        while (end < s.len) {
            if (s.ptr[end] == '\\' && end + 1 < s.len) {
                end += 2;
                continue;
            }
            if (s.ptr[end] == close && --depth == 0)
                break;
            if (s.ptr[end] == open)
                depth++;
            end++;
        }
    }
    if (end >= s.len)
        return xs_lib_fail(c, "no ending delimiter '%c' found", close);
    uint32_t opts = 0;
    for (size_t k = end + 1; k < s.len; k++) {
        switch (s.ptr[k]) {
        case 'i': opts |= PCRE2_CASELESS; break;
        case 'm': opts |= PCRE2_MULTILINE; break;
        case 's': opts |= PCRE2_DOTALL; break;
        case 'x': opts |= PCRE2_EXTENDED; break;
        case 'u': opts |= PCRE2_UTF | PCRE2_UCP; break;
        case 'U': opts |= PCRE2_UNGREEDY; break;
        case 'D': opts |= PCRE2_DOLLAR_ENDONLY; break;
        case 'A': opts |= PCRE2_ANCHORED; break;
        case 'J': opts |= PCRE2_DUPNAMES; break;
        case 'n': opts |= PCRE2_NO_AUTO_CAPTURE; break;
        case 'X': break; /* PCRE2 is always "extra" */
        case 'S': break; /* study: a no-op since PHP 7.3 */
        case ' ': case '\n': case '\r': break;
        default:
            return xs_lib_fail(c, "unknown regular expression modifier '%c'", s.ptr[k]);
        }
    }
    int err;
    PCRE2_SIZE erroff;
    r->code = pcre2_compile((PCRE2_SPTR)(s.ptr + start), end - start, opts, &err, &erroff, NULL);
    if (!r->code) {
        PCRE2_UCHAR msg[256];
        pcre2_get_error_message(err, msg, sizeof msg);
        return xs_lib_fail(c, "invalid regular expression at offset %zu: %s", (size_t)erroff,
                           (const char *)msg);
    }
    r->utf = (opts & PCRE2_UTF) != 0;
    pcre2_pattern_info(r->code, PCRE2_INFO_CAPTURECOUNT, &r->ngroups);
    pcre2_pattern_info(r->code, PCRE2_INFO_NAMECOUNT, &r->nnames);
    pcre2_pattern_info(r->code, PCRE2_INFO_NAMETABLE, &r->names);
    pcre2_pattern_info(r->code, PCRE2_INFO_NAMEENTRYSIZE, &r->name_size);
    r->md = pcre2_match_data_create_from_pattern(r->code, NULL);
    r->mctx = pcre2_match_context_create(NULL);
    if (!r->md || !r->mctx)
        xs_oom();
    pcre2_set_match_limit(r->mctx, MATCH_LIMIT);
    pcre2_set_depth_limit(r->mctx, DEPTH_LIMIT);
    return XS_OK;
}

/* The subject argument as text (numbers print; null is ""). */
static xs_status subject_arg(xs_call *c, xs_value v, xs_value *out)
{
    if (v.type == XS_ARRAY || v.type == XS_OBJECT)
        return xs_lib_type_fail(c, "a text subject", v);
    *out = xs_lib_text_of(v);
    return XS_OK;
}

/* One match at or after off: 1 matched, 0 none, else a failure raised. */
static int rx_exec(xs_call *c, rx *r, xs_str subj, size_t off, uint32_t flags, xs_status *st)
{
    int rc = pcre2_match(r->code, (PCRE2_SPTR)subj.ptr, subj.len, off, flags, r->md, r->mctx);
    if (rc >= 0)
        return 1;
    if (rc == PCRE2_ERROR_NOMATCH)
        return 0;
    if (rc == PCRE2_ERROR_MATCHLIMIT)
        *st = xs_lib_fail(c, "backtrack limit exhausted (the pattern backtracks too much on this "
                             "subject)");
    else if (rc == PCRE2_ERROR_DEPTHLIMIT)
        *st = xs_lib_fail(c, "recursion limit exhausted");
    else if (rc <= PCRE2_ERROR_UTF8_ERR1 && rc >= PCRE2_ERROR_UTF8_ERR21)
        *st = xs_lib_fail(c, "the subject is not valid UTF-8");
    else {
        PCRE2_UCHAR msg[256];
        pcre2_get_error_message(rc, msg, sizeof msg);
        *st = xs_lib_fail(c, "match failed: %s", (const char *)msg);
    }
    return -1;
}

/* Walks every match of r in subj, PHP's way (an empty match is retried
 * as non-empty at the same place, then the walk steps one character).
 * each() gets the ovector of each match; returns XS_OK or a failure. */
typedef void (*match_fn)(void *ctx, rx *r, xs_str subj, const PCRE2_SIZE *ov, int n);

static size_t step_char(const rx *r, xs_str s, size_t at)
{
    size_t n = at + 1;
    if (r->utf)
        while (n < s.len && ((unsigned char)s.ptr[n] & 0xC0) == 0x80)
            n++;
    return n;
}

static xs_status rx_each(xs_call *c, rx *r, xs_str subj, match_fn each, void *ctx)
{
    size_t off = 0;
    uint32_t flags = 0;
    xs_status st = XS_OK;
    while (off <= subj.len) {
        int m = rx_exec(c, r, subj, off, flags, &st);
        if (m < 0)
            return st;
        if (m == 0) {
            if (flags == 0)
                break;
            /* no non-empty match here: step one character and go on */
            off = step_char(r, subj, off);
            flags = 0;
            continue;
        }
        PCRE2_SIZE *ov = pcre2_get_ovector_pointer(r->md);
        int n = (int)pcre2_get_ovector_count(r->md);
        each(ctx, r, subj, ov, n);
        if (ov[1] < ov[0]) /* \K can do this; stop rather than loop */
            break;
        off = ov[1];
        flags = ov[0] == ov[1] ? PCRE2_NOTEMPTY_ATSTART | PCRE2_ANCHORED : 0;
    }
    return XS_OK;
}

/* The name of group g, or NULL. */
static const char *group_name(const rx *r, uint32_t g)
{
    for (uint32_t k = 0; k < r->nnames; k++) {
        PCRE2_SPTR e = r->names + (size_t)k * r->name_size;
        if ((((uint32_t)e[0] << 8) | e[1]) == g)
            return (const char *)(e + 2);
    }
    return NULL;
}

static xs_value group_text(xs_str subj, const PCRE2_SIZE *ov, int n, uint32_t g)
{
    if ((int)g >= n || ov[2 * g] == PCRE2_UNSET || ov[2 * g + 1] < ov[2 * g])
        return xs_text_new("", 0);
    return xs_text_new(subj.ptr + ov[2 * g], ov[2 * g + 1] - ov[2 * g]);
}

/* Adds item under key g (and under its name first, as PHP does) to *out,
 * an array when the pattern has no named groups, else an object. */
static void put_group(xs_value *out, const rx *r, uint32_t g, xs_value item)
{
    if (out->type == XS_ARRAY) {
        xs_array_push(out, item);
        return;
    }
    const char *name = group_name(r, g);
    if (name)
        xs_object_set(out, xs_str_of(name), xs_retain(item));
    char key[16];
    snprintf(key, sizeof key, "%u", g);
    xs_object_set(out, xs_str_of(key), item);
}

static xs_value new_groups(const rx *r, size_t cap)
{
    return r->nnames ? xs_object_new(cap) : xs_array_new(cap);
}

/* ---- the filters ---- */

static xs_status f_regex_matches(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    rx r;
    xs_value subj;
    xs_status st = rx_compile(c, *val, &r);
    if (st != XS_OK)
        return st;
    st = subject_arg(c, xs_lib_arg(args, nargs, 0), &subj);
    if (st == XS_OK) {
        int m = rx_exec(c, &r, xs_text_str(subj), 0, 0, &st);
        if (m >= 0)
            xs_lib_put(val, xs_bool(m == 1));
        xs_release(subj);
    }
    rx_free(&r);
    return st;
}

static xs_status f_regex_get_first_match(xs_call *c, xs_value *val, const xs_value *args,
                                         size_t nargs)
{
    rx r;
    xs_value subj;
    xs_status st = rx_compile(c, *val, &r);
    if (st != XS_OK)
        return st;
    st = subject_arg(c, xs_lib_arg(args, nargs, 0), &subj);
    if (st == XS_OK) {
        xs_str s = xs_text_str(subj);
        int m = rx_exec(c, &r, s, 0, 0, &st);
        if (m >= 0) {
            xs_value out = new_groups(&r, r.ngroups + 1);
            if (m == 1) {
                PCRE2_SIZE *ov = pcre2_get_ovector_pointer(r.md);
                int n = (int)pcre2_get_ovector_count(r.md);
                /* PHP drops trailing groups that did not take part */
                uint32_t last = 0;
                for (uint32_t g = 0; g <= r.ngroups && (int)g < n; g++)
                    if (ov[2 * g] != PCRE2_UNSET)
                        last = g;
                for (uint32_t g = 0; g <= last; g++)
                    put_group(&out, &r, g, group_text(s, ov, n, g));
            }
            xs_lib_put(val, out);
        }
        xs_release(subj);
    }
    rx_free(&r);
    return st;
}

typedef struct all_ctx {
    xs_value *cols; /* one list per group */
} all_ctx;

static void collect_all(void *ctx, rx *r, xs_str subj, const PCRE2_SIZE *ov, int n)
{
    all_ctx *a = ctx;
    for (uint32_t g = 0; g <= r->ngroups; g++)
        xs_array_push(&a->cols[g], group_text(subj, ov, n, g));
}

static xs_status f_regex_get_all_matches(xs_call *c, xs_value *val, const xs_value *args,
                                         size_t nargs)
{
    rx r;
    xs_value subj;
    xs_status st = rx_compile(c, *val, &r);
    if (st != XS_OK)
        return st;
    st = subject_arg(c, xs_lib_arg(args, nargs, 0), &subj);
    if (st != XS_OK) {
        rx_free(&r);
        return st;
    }
    all_ctx a;
    a.cols = xs_malloc((r.ngroups + 1) * sizeof *a.cols);
    for (uint32_t g = 0; g <= r.ngroups; g++)
        a.cols[g] = xs_array_new(4);
    st = rx_each(c, &r, xs_text_str(subj), collect_all, &a);
    xs_value out = new_groups(&r, r.ngroups + 1);
    for (uint32_t g = 0; g <= r.ngroups; g++)
        put_group(&out, &r, g, a.cols[g]);
    xs_free(a.cols);
    if (st == XS_OK)
        xs_lib_put(val, out);
    else
        xs_release(out);
    xs_release(subj);
    rx_free(&r);
    return st;
}

typedef struct repl_ctx {
    xs_str repl;
    xs_buf out;
    size_t done; /* subject bytes copied so far */
} repl_ctx;

static bool digit(char ch)
{
    return ch >= '0' && ch <= '9';
}

/* Expands PHP's references in the replacement: \N, $N, ${N} (N < 100). */
static void replace_one(void *ctx, rx *r, xs_str subj, const PCRE2_SIZE *ov, int n)
{
    repl_ctx *p = ctx;
    (void)r;
    if (ov[0] > p->done)
        xs_buf_add(&p->out, subj.ptr + p->done, ov[0] - p->done);
    xs_str t = p->repl;
    for (size_t i = 0; i < t.len; i++) {
        char ch = t.ptr[i];
        size_t j = i + 1;
        bool brace = false;
        if ((ch == '\\' || ch == '$') && j < t.len) {
            if (ch == '$' && t.ptr[j] == '{')
                brace = true, j++;
            if (j < t.len && digit(t.ptr[j])) {
                unsigned g = (unsigned)(t.ptr[j++] - '0');
                if (j < t.len && digit(t.ptr[j]))
                    g = g * 10 + (unsigned)(t.ptr[j++] - '0');
                if (!brace || (j < t.len && t.ptr[j] == '}')) {
                    if (brace)
                        j++;
                    if ((int)g < n && ov[2 * g] != PCRE2_UNSET && ov[2 * g + 1] >= ov[2 * g])
                        xs_buf_add(&p->out, subj.ptr + ov[2 * g], ov[2 * g + 1] - ov[2 * g]);
                    i = j - 1;
                    continue;
                }
            } else if (ch == '\\' && t.ptr[j] == '\\') {
                xs_buf_addc(&p->out, '\\');
                i = j;
                continue;
            }
        }
        xs_buf_addc(&p->out, ch);
    }
    p->done = ov[1] > ov[0] ? ov[1] : ov[0];
}

static xs_status f_regex_replace(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    rx r;
    xs_value subj, repl;
    xs_status st = rx_compile(c, *val, &r);
    if (st != XS_OK)
        return st;
    st = subject_arg(c, xs_lib_arg(args, nargs, 0), &repl);
    if (st != XS_OK) {
        rx_free(&r);
        return st;
    }
    st = subject_arg(c, xs_lib_arg(args, nargs, 1), &subj);
    if (st == XS_OK) {
        repl_ctx p = {xs_text_str(repl), {0}, 0};
        xs_buf_init(&p.out);
        xs_str s = xs_text_str(subj);
        st = rx_each(c, &r, s, replace_one, &p);
        if (st == XS_OK) {
            if (p.done < s.len)
                xs_buf_add(&p.out, s.ptr + p.done, s.len - p.done);
            xs_lib_put(val, xs_text_from_buf(&p.out));
        }
        xs_buf_release(&p.out);
        xs_release(subj);
    }
    xs_release(repl);
    rx_free(&r);
    return st;
}

static xs_status f_regex_quote(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    if (val->type == XS_ARRAY || val->type == XS_OBJECT)
        return xs_lib_type_fail(c, "text", *val);
    xs_value delim = xs_lib_arg(args, nargs, 0);
    if (delim.type != XS_NULL && delim.type != XS_TEXT)
        return xs_lib_type_fail(c, "a delimiter text", delim);
    char d = delim.type == XS_TEXT && xs_text_len(delim) ? xs_text_ptr(delim)[0] : '\0';
    xs_value t = xs_lib_text_of(*val);
    xs_str s = xs_text_str(t);
    xs_buf b;
    xs_buf_init(&b);
    for (size_t i = 0; i < s.len; i++) {
        char ch = s.ptr[i];
        if (ch == '\0') {
            xs_buf_adds(&b, "\\000");
            continue;
        }
        if (strchr(".\\+*?[^]$(){}=!<>|:-#/", ch) || (d && ch == d)) {
            /* '/' is quoted only as the delimiter, as in PHP */
            if (ch != '/' || d == '/')
                xs_buf_addc(&b, '\\');
        }
        xs_buf_addc(&b, ch);
    }
    xs_release(t);
    xs_lib_put(val, xs_text_from_buf(&b));
    xs_buf_release(&b);
    return XS_OK;
}

static const xs_filter_def filters[] = {
    {"regex_matches", 1, 1, 0, f_regex_matches,
     "whether the pattern (the value, '/re/flags') matches the subject: true or false"},
    {"regex_get_first_match", 1, 1, 0, f_regex_get_first_match,
     "the first match of the pattern in the subject: [whole, group1, ...], [] when none"},
    {"regex_get_all_matches", 1, 1, 0, f_regex_get_all_matches,
     "every match of the pattern: [[whole matches...], [group 1 matches...], ...]"},
    {"regex_replace", 2, 2, 0, f_regex_replace,
     "pattern|regex_replace:replacement:subject - every match replaced ($1, \\1, ${1} refer to "
     "groups)"},
    {"regex_quote", 0, 1, 0, f_regex_quote,
     "the text with regex characters escaped (and the delimiter given as argument)"},
};

const xs_builtin_family xs_lib_regex = {"regex", filters, XS_COUNTOF(filters), NULL, 0};
