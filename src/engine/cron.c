/*
 * cron.c - cron expressions and their firing times. See cron.h.
 *
 * The next firing is found on the wall clock (minutes of "local" time, as
 * if it were UTC), then mapped to an instant: a minute that exists maps to
 * its first occurrence, a minute inside a spring-forward gap to the end of
 * the gap. Candidates whose instant is not after the starting instant are
 * passed over, which is what makes a repeated hour fire once.
 */
#include "engine/cron.h"

#include <stdio.h>

#include "base/clock.h"

enum {
    MIN_MS = 60000,
    DAY_MIN = 1440,
    HORIZON_MIN = 10 * 366 * DAY_MIN, /* how far ahead a next firing is looked for */
};

typedef struct field_def {
    const char *name;
    int lo, hi;
    const char *const *names; /* names[i] is the value lo + i; NULL: numbers only */
} field_def;

static const char *const month_names[] = {"jan", "feb", "mar", "apr", "may", "jun", "jul",
                                          "aug", "sep", "oct", "nov", "dec", NULL};
static const char *const day_names[] = {"sun", "mon", "tue", "wed", "thu", "fri", "sat", NULL};

static const field_def fields[5] = {
    {"minute", 0, 59, NULL},          {"hour", 0, 23, NULL},
    {"day-of-month", 1, 31, NULL},    {"month", 1, 12, month_names},
    {"day-of-week", 0, 7, day_names},
};

static const struct {
    const char *name;
    const char *expr;
} macros[] = {
    {"@yearly", "0 0 1 1 *"}, {"@annually", "0 0 1 1 *"}, {"@monthly", "0 0 1 * *"},
    {"@weekly", "0 0 * * 0"}, {"@daily", "0 0 * * *"},    {"@midnight", "0 0 * * *"},
    {"@hourly", "0 * * * *"},
};

static char lower(char ch)
{
    return ch >= 'A' && ch <= 'Z' ? (char)(ch + 32) : ch;
}

static int64_t fdiv(int64_t a, int64_t b)
{
    int64_t q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

/* ---- parsing ---- */

typedef struct fparse {
    const char *p, *end;
    const field_def *f;
    const char *err; /* what is wrong, a static text or err_buf */
    char err_buf[96];
} fparse;

/* value := digits | name */
static bool value(fparse *fp, int *out)
{
    const char *s = fp->p;
    if (fp->p < fp->end && *fp->p >= '0' && *fp->p <= '9') {
        long v = 0;
        while (fp->p < fp->end && *fp->p >= '0' && *fp->p <= '9' && v < 1000)
            v = v * 10 + (*fp->p++ - '0');
        if (v < fp->f->lo || v > fp->f->hi) {
            snprintf(fp->err_buf, sizeof fp->err_buf, "%ld is out of range %d-%d", v, fp->f->lo,
                     fp->f->hi);
            fp->err = fp->err_buf;
            return false;
        }
        *out = (int)v;
        return true;
    }
    while (fp->p < fp->end && ((*fp->p | 32) >= 'a' && (*fp->p | 32) <= 'z'))
        fp->p++;
    size_t n = (size_t)(fp->p - s);
    for (int i = 0; fp->f->names && n == 3 && fp->f->names[i]; i++)
        if (lower(s[0]) == fp->f->names[i][0] && lower(s[1]) == fp->f->names[i][1] &&
            lower(s[2]) == fp->f->names[i][2]) {
            *out = fp->f->lo + i;
            return true;
        }
    if (n == 0)
        snprintf(fp->err_buf, sizeof fp->err_buf, "a number expected at '%.*s'",
                 (int)(fp->end - s > 8 ? 8 : fp->end - s), s);
    else
        snprintf(fp->err_buf, sizeof fp->err_buf, "unknown name '%.*s'", (int)(n > 12 ? 12 : n), s);
    fp->err = fp->err_buf;
    return false;
}

/* item := ("*" | value ["-" value]) ["/" step] */
static bool item(fparse *fp, uint64_t *bits)
{
    int lo = fp->f->lo, hi = fp->f->hi, step = 1;
    bool range = true;
    bool is_dow = fp->f->hi == 7;
    if (fp->p < fp->end && *fp->p == '*') {
        fp->p++;
        if (is_dow)
            hi = 6; /* 7 is Sunday again */
    } else {
        if (!value(fp, &lo))
            return false;
        hi = lo;
        range = false;
        if (fp->p < fp->end && *fp->p == '-') {
            fp->p++;
            if (!value(fp, &hi))
                return false;
            if (is_dow && hi == 0 && lo > 0)
                hi = 7; /* FRI-SUN */
            if (hi < lo) {
                fp->err = "a range must go upward";
                return false;
            }
            range = true;
        }
    }
    if (fp->p < fp->end && *fp->p == '/') {
        fp->p++;
        if (!range) {
            snprintf(fp->err_buf, sizeof fp->err_buf, "a step needs a range or '*' (write %d-%d/N)",
                     lo, fp->f->hi);
            fp->err = fp->err_buf;
            return false;
        }
        long v = 0;
        const char *s = fp->p;
        while (fp->p < fp->end && *fp->p >= '0' && *fp->p <= '9' && v < 1000)
            v = v * 10 + (*fp->p++ - '0');
        if (fp->p == s || v < 1 || v > fp->f->hi) {
            fp->err = "a step must be a number from 1 to the field's largest value";
            return false;
        }
        step = (int)v;
    }
    for (int v = lo; v <= hi; v += step)
        *bits |= (uint64_t)1 << (is_dow && v == 7 ? 0 : v);
    return true;
}

/* field := item ("," item)* */
static bool field(fparse *fp, uint64_t *bits)
{
    *bits = 0;
    for (;;) {
        if (!item(fp, bits))
            return false;
        if (fp->p == fp->end)
            return true;
        if (*fp->p != ',') {
            snprintf(fp->err_buf, sizeof fp->err_buf, "unexpected '%c'", *fp->p);
            fp->err = fp->err_buf;
            return false;
        }
        fp->p++;
    }
}

static bool is_space(char ch)
{
    return ch == ' ' || ch == '\t';
}

xs_status xs_cron_parse(xs_str expr, xs_cron *out, const char *file, const char *where, xs_diag *d)
{
    memset(out, 0, sizeof *out);
    const char *p = expr.ptr, *end = expr.ptr + expr.len;
    while (p < end && is_space(*p))
        p++;
    while (end > p && is_space(end[-1]))
        end--;
    if (p < end && *p == '@') {
        for (size_t i = 0; i < XS_COUNTOF(macros); i++) {
            size_t n = strlen(macros[i].name);
            if ((size_t)(end - p) == n && memcmp(p, macros[i].name, n) == 0)
                return xs_cron_parse(xs_str_of(macros[i].expr), out, file, where, d);
        }
        return xs_diag_error(d, XS_E_PARSE, file, 0, 0, "%s: unknown cron macro '%.*s'", where,
                             (int)(end - p > 20 ? 20 : end - p), p);
    }
    uint64_t bits[5];
    int n = 0;
    while (p < end) {
        const char *s = p;
        while (p < end && !is_space(*p))
            p++;
        if (n == 5)
            return xs_diag_error(d, XS_E_PARSE, file, 0, 0,
                                 "%s: cron expression '%.*s' has more than 5 fields", where,
                                 (int)expr.len, expr.ptr);
        fparse fp = {s, p, &fields[n], NULL, {0}};
        if (!field(&fp, &bits[n]))
            return xs_diag_error(d, XS_E_PARSE, file, 0, 0, "%s: %s field '%.*s': %s", where,
                                 fields[n].name, (int)(p - s), s, fp.err);
        if (n == 2)
            out->mday_star = *s == '*';
        if (n == 4)
            out->wday_star = *s == '*';
        n++;
        while (p < end && is_space(*p))
            p++;
    }
    if (n != 5)
        return xs_diag_error(d, XS_E_PARSE, file, 0, 0,
                             "%s: cron expression '%.*s' needs 5 fields (minute hour "
                             "day-of-month month day-of-week), got %d",
                             where, (int)expr.len, expr.ptr, n);
    out->minutes = bits[0];
    out->hours = (uint32_t)bits[1];
    out->mdays = (uint32_t)bits[2];
    out->months = (uint16_t)bits[3];
    out->wdays = (uint8_t)bits[4];
    return XS_OK;
}

/* ---- firing times ---- */

static bool day_matches(const xs_cron *c, int64_t days, unsigned mday)
{
    int wday = (int)((days % 7 + 11) % 7); /* 1970-01-01 was a Thursday */
    bool dm = (c->mdays >> mday) & 1u;
    bool dw = (c->wdays >> wday) & 1u;
    return c->mday_star || c->wday_star ? dm && dw : dm || dw;
}

/* The first wall-clock minute at or after m (minutes since the epoch,
 * local) that c matches, up to limit. */
static bool next_local(const xs_cron *c, int64_t m, int64_t limit, int64_t *out)
{
    while (m <= limit) {
        int64_t days = fdiv(m, DAY_MIN);
        int64_t y;
        unsigned mo, md;
        xs_civil_from_days(days, &y, &mo, &md);
        if (!((c->months >> mo) & 1u)) {
            m = xs_days_from_civil(mo == 12 ? y + 1 : y, mo == 12 ? 1 : mo + 1, 1) * DAY_MIN;
            continue;
        }
        if (!day_matches(c, days, md)) {
            m = (days + 1) * DAY_MIN;
            continue;
        }
        int64_t in_day = m - days * DAY_MIN;
        unsigned h = (unsigned)(in_day / 60), mi = (unsigned)(in_day % 60);
        uint32_t hs = c->hours & (~(uint32_t)0 << h);
        if (!hs) {
            m = (days + 1) * DAY_MIN;
            continue;
        }
        unsigned nh = (unsigned)__builtin_ctz(hs);
        if (nh != h) {
            m = days * DAY_MIN + nh * 60;
            continue;
        }
        uint64_t ms = c->minutes & (~(uint64_t)0 << mi);
        if (!ms) {
            m = days * DAY_MIN + (h + 1) * 60;
            continue;
        }
        *out = days * DAY_MIN + h * 60 + (unsigned)__builtin_ctzll(ms);
        return true;
    }
    return false;
}

/* The instant of wall-clock time local (ms) in z: its first occurrence,
 * or the end of the spring-forward gap that swallows it. */
static int64_t instant_of(const xs_tz *z, int64_t local)
{
    int64_t t = xs_tz_from_local(z, local);
    int32_t off = xs_tz_offset(z, t, NULL, NULL);
    if (t + (int64_t)off * 1000 == local)
        return t;
    /* In a gap: t (read with the offset before it) lies after the change,
     * local read with the offset after it lies before; the change is the
     * first second in between that has the later offset. */
    int64_t lo = fdiv(local - (int64_t)off * 1000, 1000), hi = fdiv(t, 1000);
    if (xs_tz_offset(z, lo * 1000, NULL, NULL) == off)
        return t; /* not a plain gap: keep the database's reading */
    while (hi - lo > 1) {
        int64_t mid = lo + (hi - lo) / 2;
        if (xs_tz_offset(z, mid * 1000, NULL, NULL) == off)
            hi = mid;
        else
            lo = mid;
    }
    return hi * 1000;
}

bool xs_cron_next(const xs_cron *c, const xs_tz *z, int64_t after, int64_t *next)
{
    int64_t local = after + (int64_t)xs_tz_offset(z, after, NULL, NULL) * 1000;
    int64_t m = fdiv(local, MIN_MS);
    int64_t limit = m + HORIZON_MIN;
    while (next_local(c, m, limit, &m)) {
        int64_t t = instant_of(z, m * MIN_MS);
        if (t > after) {
            *next = t;
            return true;
        }
        m++;
    }
    return false;
}

bool xs_cron_latest(const xs_cron *c, const xs_tz *z, int64_t since, int64_t now, int64_t *t)
{
    /* look back over growing windows, so that a frequent expression costs
     * a few steps and a rare one a few more */
    static const int64_t windows[] = {3600000, 86400000, 32 * INT64_C(86400000),
                                      367 * INT64_C(86400000), HORIZON_MIN * (int64_t)MIN_MS};
    for (size_t i = 0; i < XS_COUNTOF(windows); i++) {
        int64_t from = now - windows[i] > since ? now - windows[i] : since;
        int64_t x, cur = from;
        bool found = false;
        while (xs_cron_next(c, z, cur, &x) && x <= now) {
            found = true;
            cur = x;
        }
        if (found) {
            *t = cur;
            return true;
        }
        if (from == since)
            return false;
    }
    return false;
}
