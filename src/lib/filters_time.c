/* filters_time.c - the basic timestamp filters, in UTC or a fixed offset:
 * reading timestamps (to_timestamp), printing them with PHP's date()
 * letters (format_timestamp), strtotime-style relative moves
 * (transform_timestamp) and adding seconds or milliseconds. Named time
 * zones other than UTC belong to the time zone family. */
#include "base/clock.h"
#include "lib/lib_int.h"

enum { MS_PER_DAY = 86400000 };

static int64_t floor_div(int64_t a, int64_t b)
{
    int64_t q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

/* ---- time zones: UTC and fixed offsets ---- */

static bool ieq(xs_str s, const char *w)
{
    size_t n = strlen(w);
    if (s.len != n)
        return false;
    for (size_t i = 0; i < n; i++) {
        char ch = s.ptr[i];
        if ((ch >= 'A' && ch <= 'Z' ? ch + 32 : ch) != w[i])
            return false;
    }
    return true;
}

/* The offset from UTC in minutes named by tz (null or "" is UTC). */
static xs_status tz_offset(xs_call *c, xs_value tz, int *minutes)
{
    *minutes = 0;
    if (tz.type == XS_NULL)
        return XS_OK;
    if (tz.type != XS_TEXT)
        return xs_lib_type_fail(c, "a time zone name", tz);
    xs_str s = xs_text_str(tz);
    if (s.len == 0 || ieq(s, "utc") || ieq(s, "gmt") || ieq(s, "z") || ieq(s, "etc/utc") ||
        ieq(s, "etc/gmt") || ieq(s, "universal") || ieq(s, "zulu"))
        return XS_OK;
    /* +HH:MM, +HHMM, +HH */
    if ((s.ptr[0] == '+' || s.ptr[0] == '-') && (s.len == 3 || s.len == 5 || s.len == 6)) {
        const char *p = s.ptr + 1;
        int d[4] = {0, 0, 0, 0}, nd = 0;
        bool ok = true;
        for (size_t i = 1; i < s.len && ok; i++) {
            if (s.ptr[i] == ':' && i == 3 && s.len == 6)
                continue;
            if (s.ptr[i] < '0' || s.ptr[i] > '9' || nd == 4)
                ok = false;
            else
                d[nd++] = s.ptr[i] - '0';
        }
        (void)p;
        int h = d[0] * 10 + d[1], m = d[2] * 10 + d[3];
        if (ok && (nd == 2 || nd == 4) && h < 24 && m < 60) {
            *minutes = (s.ptr[0] == '-' ? -1 : 1) * (h * 60 + m);
            return XS_OK;
        }
    }
    return xs_lib_fail(c, "time zone '%.*s' is not supported here (UTC or an offset such as +02:00)",
                       (int)s.len, s.ptr);
}

/* ---- relative expressions ---- */

typedef struct moment {
    int64_t days;  /* since 1970-01-01 */
    int64_t msday; /* 0 .. MS_PER_DAY-1 */
} moment;

static moment to_moment(int64_t ms)
{
    moment m = {floor_div(ms, MS_PER_DAY), 0};
    m.msday = ms - m.days * MS_PER_DAY;
    return m;
}

static int64_t from_moment(moment m)
{
    return m.days * MS_PER_DAY + m.msday;
}

static void normalize(moment *m)
{
    int64_t carry = floor_div(m->msday, MS_PER_DAY);
    m->days += carry;
    m->msday -= carry * MS_PER_DAY;
}

static unsigned days_in_month(int64_t y, unsigned mo)
{
    static const unsigned dm[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return mo == 2 && leap ? 29 : dm[mo - 1];
}

/* Adds months the PHP way: the day of month is kept and overflows into
 * the next month (Jan 31 + 1 month is Mar 3 or 2). */
static void add_months(moment *m, int64_t months)
{
    int64_t y;
    unsigned mo, d;
    xs_civil_from_days(m->days, &y, &mo, &d);
    int64_t t = y * 12 + (mo - 1) + months;
    y = floor_div(t, 12);
    mo = (unsigned)(t - y * 12) + 1;
    m->days = xs_days_from_civil(y, mo, 1) + (d - 1);
}

static int64_t unit_ms(xs_str u, bool *months, int64_t *mult)
{
    static const struct {
        const char *name;
        int64_t ms;
        int64_t months;
    } units[] = {
        {"ms", 1, 0},           {"msec", 1, 0},          {"msecs", 1, 0},
        {"millisecond", 1, 0},  {"milliseconds", 1, 0},  {"sec", 1000, 0},
        {"secs", 1000, 0},      {"second", 1000, 0},     {"seconds", 1000, 0},
        {"min", 60000, 0},      {"mins", 60000, 0},      {"minute", 60000, 0},
        {"minutes", 60000, 0},  {"hour", 3600000, 0},    {"hours", 3600000, 0},
        {"day", MS_PER_DAY, 0}, {"days", MS_PER_DAY, 0}, {"week", 7LL * MS_PER_DAY, 0},
        {"weeks", 7LL * MS_PER_DAY, 0}, {"fortnight", 14LL * MS_PER_DAY, 0},
        {"month", 0, 1},        {"months", 0, 1},        {"year", 0, 12},
        {"years", 0, 12},
    };
    for (size_t i = 0; i < XS_COUNTOF(units); i++) {
        if (ieq(u, units[i].name)) {
            *months = units[i].months != 0;
            *mult = units[i].months;
            return units[i].ms;
        }
    }
    return -1;
}

static int weekday_of(xs_str w)
{
    static const char *names[] = {"sunday", "monday", "tuesday", "wednesday",
                                  "thursday", "friday", "saturday"};
    static const char *shorts[] = {"sun", "mon", "tue", "wed", "thu", "fri", "sat"};
    for (int i = 0; i < 7; i++)
        if (ieq(w, names[i]) || ieq(w, shorts[i]))
            return i;
    return -1;
}

static int64_t weekday(int64_t days)
{
    int64_t w = (days + 4) % 7;
    return w < 0 ? w + 7 : w;
}

static xs_str next_word(xs_str *rest)
{
    while (rest->len && (rest->ptr[0] == ' ' || rest->ptr[0] == '\t' || rest->ptr[0] == ','))
        rest->ptr++, rest->len--;
    size_t n = 0;
    while (n < rest->len && rest->ptr[n] != ' ' && rest->ptr[n] != '\t' && rest->ptr[n] != ',')
        n++;
    xs_str w = {rest->ptr, n};
    rest->ptr += n;
    rest->len -= n;
    return w;
}

/* Applies a strtotime-style expression to *ms. Understood: an absolute
 * timestamp first; now, today, midnight, noon, tomorrow, yesterday;
 * [+-]N unit (ms, sec, min, hour, day, week, fortnight, month, year, plural
 * too), "N unit ago"; next/last/this unit; weekday names (this or the next
 * one), next/last weekday; "first day of" / "last day of". */
static bool relative(xs_str expr, int64_t *ms)
{
    xs_str rest = expr;
    moment m = to_moment(*ms);
    /* relative amounts collected, then applied (ago negates all so far) */
    int64_t rel_ms = 0, rel_months = 0;
    int day_of = 0; /* 1: first day of, 2: last day of */
    int wday = -1, wday_dir = 0;
    xs_str w;
    for (;;) {
        w = next_word(&rest);
        if (w.len == 0)
            break;
        if (ieq(w, "now")) {
            continue;
        } else if (ieq(w, "today") || ieq(w, "midnight")) {
            m.msday = 0;
        } else if (ieq(w, "noon")) {
            m.msday = 12LL * 3600000;
        } else if (ieq(w, "tomorrow")) {
            m.days++, m.msday = 0;
        } else if (ieq(w, "yesterday")) {
            m.days--, m.msday = 0;
        } else if (ieq(w, "ago")) {
            rel_ms = -rel_ms, rel_months = -rel_months;
        } else if (ieq(w, "first") || ieq(w, "last") || ieq(w, "next") || ieq(w, "previous") ||
                   ieq(w, "this")) {
            xs_str save = rest;
            xs_str u = next_word(&rest);
            if ((ieq(w, "first") || ieq(w, "last")) && ieq(u, "day")) {
                xs_str of = next_word(&rest);
                if (!ieq(of, "of"))
                    return false;
                day_of = ieq(w, "first") ? 1 : 2;
                continue;
            }
            int64_t sign = ieq(w, "next") ? 1 : ieq(w, "this") ? 0 : -1;
            if (ieq(w, "first"))
                return false;
            int wd = weekday_of(u);
            if (wd >= 0) {
                wday = wd;
                wday_dir = (int)sign;
                continue;
            }
            bool by_month;
            int64_t mult;
            int64_t ums = unit_ms(u, &by_month, &mult);
            if (ums < 0) {
                rest = save;
                return false;
            }
            if (by_month)
                rel_months += sign * mult;
            else
                rel_ms += sign * ums;
        } else if (weekday_of(w) >= 0) {
            wday = weekday_of(w);
            wday_dir = 0;
        } else {
            /* [+-]N followed by a unit, possibly glued: +1day */
            size_t i = 0;
            int64_t sign = 1;
            if (w.ptr[0] == '+' || w.ptr[0] == '-')
                sign = w.ptr[0] == '-' ? -1 : 1, i++;
            int64_t n = 0;
            size_t digits = 0;
            while (i < w.len && w.ptr[i] >= '0' && w.ptr[i] <= '9' && digits < 12)
                n = n * 10 + (w.ptr[i++] - '0'), digits++;
            if (digits == 0)
                return false;
            xs_str u = {w.ptr + i, w.len - i};
            if (u.len == 0)
                u = next_word(&rest);
            bool by_month;
            int64_t mult;
            int64_t ums = unit_ms(u, &by_month, &mult);
            if (ums < 0)
                return false;
            if (by_month)
                rel_months += sign * n * mult;
            else
                rel_ms += sign * n * ums;
        }
    }
    if (rel_months)
        add_months(&m, rel_months);
    if (day_of) {
        int64_t y;
        unsigned mo, d;
        xs_civil_from_days(m.days, &y, &mo, &d);
        m.days = xs_days_from_civil(y, mo, day_of == 1 ? 1 : days_in_month(y, mo));
    }
    m.msday += rel_ms;
    normalize(&m);
    if (wday >= 0) {
        int64_t cur = weekday(m.days);
        int64_t delta = (wday - cur + 7) % 7;
        if (wday_dir > 0 && delta == 0)
            delta = 7;
        if (wday_dir < 0)
            delta = delta == 0 ? -7 : delta - 7;
        m.days += delta;
        m.msday = 0;
    }
    *ms = from_moment(m);
    return true;
}

/* ---- reading timestamps ---- */

/* A timestamp from v: ints are ms, decimals truncated, text an absolute
 * date (xs_time_parse) or a relative expression from now. */
static xs_status ts_arg(xs_call *c, xs_value v, int64_t *ms)
{
    switch (v.type) {
    case XS_INT:
        *ms = v.u.i;
        return XS_OK;
    case XS_DEC:
        if (v.u.d != v.u.d || v.u.d > 9e18 || v.u.d < -9e18)
            return xs_lib_fail(c, "timestamp out of range");
        *ms = (int64_t)v.u.d;
        return XS_OK;
    case XS_NULL:
        *ms = xs_call_now_ms(c);
        return XS_OK;
    case XS_TEXT: {
        xs_str s = xs_text_str(v);
        xs_value n;
        if (xs_text_to_number(s, &n))
            return ts_arg(c, n, ms);
        if (xs_time_parse(s.ptr, s.len, ms))
            return XS_OK;
        /* an absolute date followed by a relative part: "2024-01-31 +1 month" */
        for (size_t i = s.len; i-- > 0;) {
            if (s.ptr[i] == ' ' && xs_time_parse(s.ptr, i, ms) &&
                relative((xs_str){s.ptr + i + 1, s.len - i - 1}, ms))
                return XS_OK;
        }
        *ms = xs_call_now_ms(c);
        if (relative(s, ms))
            return XS_OK;
        return xs_lib_fail(c, "cannot read '%.*s' as a timestamp", (int)s.len, s.ptr);
    }
    default:
        return xs_lib_type_fail(c, "a timestamp", v);
    }
}

static xs_status f_to_timestamp(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    int64_t ms;
    int off;
    xs_status st = tz_offset(c, xs_lib_arg(args, nargs, 0), &off);
    if (st == XS_OK)
        st = ts_arg(c, *val, &ms);
    if (st != XS_OK)
        return st;
    /* a text without a zone is read in the given zone */
    if (val->type == XS_TEXT && off != 0) {
        xs_str s = xs_text_str(*val);
        bool has_zone = s.len > 0 && (s.ptr[s.len - 1] == 'Z' || s.ptr[s.len - 1] == 'z' ||
                                      memchr(s.ptr + (s.len > 10 ? 10 : s.len), '+',
                                             s.len - (s.len > 10 ? 10 : s.len)));
        if (!has_zone)
            ms -= (int64_t)off * 60000;
    }
    xs_lib_put(val, xs_int(ms));
    return XS_OK;
}

static xs_status f_transform_timestamp(xs_call *c, xs_value *val, const xs_value *args,
                                       size_t nargs)
{
    int64_t ms;
    int off;
    xs_value expr = args[0];
    if (expr.type != XS_TEXT)
        return xs_lib_type_fail(c, "a text expression", expr);
    xs_status st = tz_offset(c, xs_lib_arg(args, nargs, 1), &off);
    if (st == XS_OK)
        st = ts_arg(c, *val, &ms);
    if (st != XS_OK)
        return st;
    int64_t local = ms + (int64_t)off * 60000;
    if (!relative(xs_text_str(expr), &local))
        return xs_lib_fail(c, "cannot read the expression '%s'", xs_text_ptr(expr));
    xs_lib_put(val, xs_int(local - (int64_t)off * 60000));
    return XS_OK;
}

static xs_status add_scaled(xs_call *c, xs_value *val, const xs_value *args, int64_t scale)
{
    int64_t ms;
    xs_value n;
    xs_status st = ts_arg(c, *val, &ms);
    if (st == XS_OK)
        st = xs_lib_num_arg(c, args[0], &n);
    if (st != XS_OK)
        return st;
    double add = xs_lib_dbl(n) * (double)scale;
    if (add > 9e18 || add < -9e18)
        return xs_lib_fail(c, "timestamp out of range");
    xs_lib_put(val, xs_int(ms + (int64_t)add));
    return XS_OK;
}

static xs_status f_add_secs(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    (void)nargs;
    return add_scaled(c, val, args, 1000);
}

static xs_status f_add_ms(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    (void)nargs;
    return add_scaled(c, val, args, 1);
}

/* ---- formatting: PHP's date() letters ---- */

static const char *const day_names[] = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                                        "Thursday", "Friday", "Saturday"};
static const char *const month_names[] = {"January", "February", "March",     "April",
                                          "May",     "June",     "July",      "August",
                                          "September", "October", "November", "December"};

/* ISO 8601 week number and week-based year of a day. */
static void iso_week(int64_t days, int64_t *week, int64_t *year)
{
    int64_t wd = weekday(days);
    int64_t thursday = days - ((wd + 6) % 7) + 3;
    int64_t y;
    unsigned mo, d;
    xs_civil_from_days(thursday, &y, &mo, &d);
    *year = y;
    *week = (thursday - xs_days_from_civil(y, 1, 1)) / 7 + 1;
}

static void add_offset(xs_buf *b, int off, bool colon)
{
    int a = off < 0 ? -off : off;
    xs_buf_addf(b, "%c%02d%s%02d", off < 0 ? '-' : '+', a / 60, colon ? ":" : "", a % 60);
}

static void format(xs_buf *b, xs_str f, int64_t ms, int off)
{
    int64_t local = ms + (int64_t)off * 60000;
    moment m = to_moment(local);
    int64_t y;
    unsigned mo, d;
    xs_civil_from_days(m.days, &y, &mo, &d);
    int64_t wd = weekday(m.days);
    int64_t secs = m.msday / 1000, h = secs / 3600, mi = secs / 60 % 60, s = secs % 60;
    int64_t frac = m.msday % 1000;
    for (size_t i = 0; i < f.len; i++) {
        char ch = f.ptr[i];
        switch (ch) {
        case 'd': xs_buf_addf(b, "%02u", d); break;
        case 'D': xs_buf_add(b, day_names[wd], 3); break;
        case 'j': xs_buf_addf(b, "%u", d); break;
        case 'l': xs_buf_adds(b, day_names[wd]); break;
        case 'N': xs_buf_addf(b, "%d", (int)(wd == 0 ? 7 : wd)); break;
        case 'S': {
            const char *suf = "th";
            if (d % 10 == 1 && d != 11)
                suf = "st";
            else if (d % 10 == 2 && d != 12)
                suf = "nd";
            else if (d % 10 == 3 && d != 13)
                suf = "rd";
            xs_buf_adds(b, suf);
            break;
        }
        case 'w': xs_buf_addf(b, "%d", (int)wd); break;
        case 'z': xs_buf_addf(b, "%lld", (long long)(m.days - xs_days_from_civil(y, 1, 1))); break;
        case 'W': {
            int64_t wk, wy;
            iso_week(m.days, &wk, &wy);
            xs_buf_addf(b, "%02lld", (long long)wk);
            break;
        }
        case 'o': {
            int64_t wk, wy;
            iso_week(m.days, &wk, &wy);
            xs_buf_addf(b, "%lld", (long long)wy);
            break;
        }
        case 'F': xs_buf_adds(b, month_names[mo - 1]); break;
        case 'M': xs_buf_add(b, month_names[mo - 1], 3); break;
        case 'm': xs_buf_addf(b, "%02u", mo); break;
        case 'n': xs_buf_addf(b, "%u", mo); break;
        case 't': xs_buf_addf(b, "%u", days_in_month(y, mo)); break;
        case 'L': xs_buf_addc(b, days_in_month(y, 2) == 29 ? '1' : '0'); break;
        case 'Y': xs_buf_addf(b, "%04lld", (long long)y); break;
        case 'y': xs_buf_addf(b, "%02lld", (long long)(y % 100 < 0 ? -(y % 100) : y % 100)); break;
        case 'a': xs_buf_adds(b, h < 12 ? "am" : "pm"); break;
        case 'A': xs_buf_adds(b, h < 12 ? "AM" : "PM"); break;
        case 'g': xs_buf_addf(b, "%d", (int)(h % 12 == 0 ? 12 : h % 12)); break;
        case 'G': xs_buf_addf(b, "%d", (int)h); break;
        case 'h': xs_buf_addf(b, "%02d", (int)(h % 12 == 0 ? 12 : h % 12)); break;
        case 'H': xs_buf_addf(b, "%02d", (int)h); break;
        case 'i': xs_buf_addf(b, "%02d", (int)mi); break;
        case 's': xs_buf_addf(b, "%02d", (int)s); break;
        case 'u': xs_buf_addf(b, "%03d000", (int)frac); break;
        case 'v': xs_buf_addf(b, "%03d", (int)frac); break;
        case 'e': 
            if (off == 0)
                xs_buf_adds(b, "UTC");
            else
                add_offset(b, off, true);
            break;
        case 'T':
            if (off == 0)
                xs_buf_adds(b, "UTC");
            else
                add_offset(b, off, true);
            break;
        case 'I': xs_buf_addc(b, '0'); break;
        case 'O': add_offset(b, off, false); break;
        case 'P': add_offset(b, off, true); break;
        case 'p':
            if (off == 0)
                xs_buf_addc(b, 'Z');
            else
                add_offset(b, off, true);
            break;
        case 'Z': xs_buf_addf(b, "%d", off * 60); break;
        case 'c':
            format(b, XS_STR("Y-m-d\\TH:i:sP"), ms, off);
            break;
        case 'r':
            format(b, XS_STR("D, d M Y H:i:s O"), ms, off);
            break;
        case 'U': xs_buf_addf(b, "%lld", (long long)floor_div(ms, 1000)); break;
        case '\\':
            if (i + 1 < f.len)
                xs_buf_addc(b, f.ptr[++i]);
            break;
        default: xs_buf_addc(b, ch); break;
        }
    }
}

static xs_status f_format_timestamp(xs_call *c, xs_value *val, const xs_value *args,
                                    size_t nargs)
{
    int64_t ms;
    int off;
    xs_value fmt = xs_lib_arg(args, nargs, 0);
    if (fmt.type != XS_TEXT && fmt.type != XS_NULL)
        return xs_lib_type_fail(c, "a text format", fmt);
    xs_status st = tz_offset(c, xs_lib_arg(args, nargs, 1), &off);
    if (st == XS_OK && val->type == XS_NULL) {
        /* formatting nothing gives nothing */
        return XS_OK;
    }
    if (st == XS_OK)
        st = ts_arg(c, *val, &ms);
    if (st != XS_OK)
        return st;
    xs_buf b;
    xs_buf_init(&b);
    format(&b, fmt.type == XS_TEXT ? xs_text_str(fmt) : XS_STR("c"), ms, off);
    xs_value t = xs_text_from_buf(&b);
    xs_buf_release(&b);
    xs_lib_put(val, t);
    return XS_OK;
}

static const xs_filter_def filters[] = {
    {"to_timestamp", 0, 1, 0, f_to_timestamp,
     "a timestamp (ms) from a date text, a relative expression (\"now\", \"+1 day\") or a number"},
    {"format_timestamp", 0, 2, XS_BUILTIN_PARTIAL, f_format_timestamp,
     "text from PHP date() letters: format_timestamp:\"Y-m-d H:i:s\":\"UTC\" (UTC and offsets "
     "only)"},
    {"transform_timestamp", 1, 2, XS_BUILTIN_PARTIAL, f_transform_timestamp,
     "the timestamp moved by a relative expression: transform_timestamp:\"+1 day\" (UTC and "
     "offsets only)"},
    {"add_secs_to_timestamp", 1, 1, 0, f_add_secs, "the timestamp plus seconds (negative ok)"},
    {"add_ms_to_timestamp", 1, 1, 0, f_add_ms, "the timestamp plus milliseconds (negative ok)"},
};

const xs_builtin_family xs_lib_time = {"timestamp", filters, XS_COUNTOF(filters), NULL, 0};
