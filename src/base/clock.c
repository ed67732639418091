#include "base/clock.h"

#include <time.h>

static int64_t now_ns(clockid_t id)
{
    struct timespec ts;
    clock_gettime(id, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

int64_t xs_clock_now_ms(void)
{
    return now_ns(CLOCK_REALTIME) / 1000000;
}

int64_t xs_clock_mono_ms(void)
{
    return now_ns(CLOCK_MONOTONIC) / 1000000;
}

int64_t xs_clock_mono_ns(void)
{
    return now_ns(CLOCK_MONOTONIC);
}

/* Howard Hinnant's days_from_civil / civil_from_days: eras of 400 years. */
int64_t xs_days_from_civil(int64_t y, unsigned m, unsigned d)
{
    y -= m <= 2;
    int64_t era = (y >= 0 ? y : y - 399) / 400;
    unsigned yoe = (unsigned)(y - era * 400);
    unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + (int64_t)doe - 719468;
}

void xs_civil_from_days(int64_t z, int64_t *y, unsigned *m, unsigned *d)
{
    z += 719468;
    int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    unsigned doe = (unsigned)(z - era * 146097);
    unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    unsigned mp = (5 * doy + 2) / 153;
    *d = doy - (153 * mp + 2) / 5 + 1;
    *m = mp < 10 ? mp + 3 : mp - 9;
    *y = (int64_t)yoe + era * 400 + (*m <= 2);
}

static bool is_leap(int64_t y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static unsigned month_days(int64_t y, unsigned m)
{
    static const unsigned char days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && is_leap(y) ? 29 : days[m - 1];
}

/* Reads exactly k digits at *p; false if fewer are there. */
static bool digits(const char **p, const char *end, int k, unsigned *out)
{
    unsigned v = 0;
    for (int i = 0; i < k; i++) {
        if (*p >= end || (unsigned char)(**p - '0') > 9)
            return false;
        v = v * 10 + (unsigned)(**p - '0');
        (*p)++;
    }
    *out = v;
    return true;
}

static bool expect(const char **p, const char *end, char c)
{
    if (*p >= end || **p != c)
        return false;
    (*p)++;
    return true;
}

/* zone := "Z" | ("+"|"-") HH (":"? MM)? */
static bool parse_zone(const char **p, const char *end, int64_t *offset_min)
{
    if (**p == 'Z' || **p == 'z') {
        (*p)++;
        *offset_min = 0;
        return true;
    }
    if (**p != '+' && **p != '-')
        return false;
    int sign = **p == '-' ? -1 : 1;
    (*p)++;
    unsigned hh, mm = 0;
    if (!digits(p, end, 2, &hh))
        return false;
    if (*p < end) {
        if (**p == ':')
            (*p)++;
        if (!digits(p, end, 2, &mm))
            return false;
    }
    if (hh > 23 || mm > 59)
        return false;
    *offset_min = sign * (int64_t)(hh * 60 + mm);
    return true;
}

/* timestamp := YYYY "-" MM "-" DD ((" "|"T") hh ":" mm (":" ss ("." frac)?)? zone?)? */
bool xs_time_parse(const char *s, size_t n, int64_t *ms)
{
    const char *p = s, *end = s + n;
    unsigned y, mo, d, hh = 0, mi = 0, ss = 0, frac = 0;
    if (!digits(&p, end, 4, &y) || !expect(&p, end, '-') || !digits(&p, end, 2, &mo) ||
        !expect(&p, end, '-') || !digits(&p, end, 2, &d))
        return false;
    if (mo < 1 || mo > 12 || d < 1 || d > month_days(y, mo))
        return false;
    int64_t offset_min = 0;
    if (p < end) {
        if (*p != ' ' && *p != 'T' && *p != 't')
            return false;
        p++;
        if (!digits(&p, end, 2, &hh) || !expect(&p, end, ':') || !digits(&p, end, 2, &mi))
            return false;
        if (p < end && *p == ':') {
            p++;
            if (!digits(&p, end, 2, &ss))
                return false;
            if (p < end && (*p == '.' || *p == ',')) {
                p++;
                int k = 0;
                while (p < end && (unsigned char)(*p - '0') <= 9) {
                    if (k < 3)
                        frac = frac * 10 + (unsigned)(*p - '0');
                    k++;
                    p++;
                }
                if (k == 0)
                    return false;
                for (; k < 3; k++)
                    frac *= 10;
            }
        }
        if (hh > 23 || mi > 59 || ss > 59)
            return false;
        if (p < end && !parse_zone(&p, end, &offset_min))
            return false;
    }
    if (p != end)
        return false;
    int64_t days = xs_days_from_civil(y, mo, d);
    int64_t secs = days * 86400 + hh * 3600 + mi * 60 + ss - offset_min * 60;
    *ms = secs * 1000 + frac;
    return true;
}

/* Splits ms into civil fields, flooring so that negative times work. */
static void split(int64_t ms, int64_t *y, unsigned *mo, unsigned *d, unsigned *hh, unsigned *mi,
                  unsigned *ss, unsigned *milli)
{
    int64_t days = ms / 86400000, rem = ms % 86400000;
    if (rem < 0) {
        rem += 86400000;
        days--;
    }
    xs_civil_from_days(days, y, mo, d);
    *milli = (unsigned)(rem % 1000);
    rem /= 1000;
    *ss = (unsigned)(rem % 60);
    *mi = (unsigned)(rem / 60 % 60);
    *hh = (unsigned)(rem / 3600);
}

void xs_time_format_iso(int64_t ms, xs_buf *out)
{
    int64_t y;
    unsigned mo, d, hh, mi, ss, milli;
    split(ms, &y, &mo, &d, &hh, &mi, &ss, &milli);
    xs_buf_addf(out, "%04lld-%02u-%02uT%02u:%02u:%02u.%03uZ", (long long)y, mo, d, hh, mi, ss,
                milli);
}

void xs_time_format_xano(int64_t ms, xs_buf *out)
{
    int64_t y;
    unsigned mo, d, hh, mi, ss, milli;
    split(ms, &y, &mo, &d, &hh, &mi, &ss, &milli);
    xs_buf_addf(out, "%04lld-%02u-%02u %02u:%02u:%02u+0000", (long long)y, mo, d, hh, mi, ss);
}
