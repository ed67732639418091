/* time_int.c - time zones from the tz database (our own TZif reader),
 * PHP date() formatting, strtotime-style expressions and createFromFormat
 * parsing. See time_int.h. */
#include "lib/time_int.h"

#include <dirent.h>
#include <pthread.h>

#include "base/alloc.h"
#include "base/clock.h"

#ifndef XS_ZONEINFO_DIR
#define XS_ZONEINFO_DIR "/usr/share/zoneinfo"
#endif

enum {
    MS_PER_DAY = 86400000,
    MAX_ZONES = 1024,
    MAX_TZIF = 1 << 20,
};

static int64_t fdiv(int64_t a, int64_t b)
{
    int64_t q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

static char lower(char ch)
{
    return ch >= 'A' && ch <= 'Z' ? (char)(ch + 32) : ch;
}

static bool ieq_n(const char *a, size_t n, const char *b)
{
    if (strlen(b) != n)
        return false;
    for (size_t i = 0; i < n; i++)
        if (lower(a[i]) != lower(b[i]))
            return false;
    return true;
}

/* ---- POSIX TZ rules (the TZif footer) ---- */

typedef struct rule {
    char kind; /* 'M' month.week.day, 'J' julian 1-365 no leap, 'D' 0-365 */
    int month, week, day;
    int32_t secs; /* local time of the change */
} rule;

typedef struct posix_tz {
    bool valid, has_dst;
    int32_t std_off, dst_off; /* east of UTC, seconds */
    char std_abbr[16], dst_abbr[16];
    rule start, end;
} posix_tz;

static const char *p_abbr(const char *p, char *out)
{
    size_t n = 0;
    if (*p == '<') {
        p++;
        while (*p && *p != '>') {
            if (n < 15)
                out[n++] = *p;
            p++;
        }
        if (*p == '>')
            p++;
    } else {
        while ((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z')) {
            if (n < 15)
                out[n++] = *p;
            p++;
        }
    }
    out[n] = '\0';
    return n ? p : NULL;
}

/* [+-]hh[:mm[:ss]] -> seconds */
static const char *p_time(const char *p, int32_t *out)
{
    int sign = 1;
    if (*p == '+' || *p == '-')
        sign = *p++ == '-' ? -1 : 1;
    if (*p < '0' || *p > '9')
        return NULL;
    int32_t v[3] = {0, 0, 0};
    for (int k = 0; k < 3; k++) {
        if (k > 0) {
            if (*p != ':')
                break;
            p++;
        }
        int32_t n = 0;
        int digits = 0;
        while (*p >= '0' && *p <= '9' && digits < 3)
            n = n * 10 + (*p++ - '0'), digits++;
        v[k] = n;
    }
    *out = sign * (v[0] * 3600 + v[1] * 60 + v[2]);
    return p;
}

static const char *p_rule(const char *p, rule *r)
{
    r->secs = 7200;
    if (*p == 'M') {
        r->kind = 'M';
        if (sscanf(p + 1, "%d.%d.%d", &r->month, &r->week, &r->day) != 3)
            return NULL;
        p++;
        while ((*p >= '0' && *p <= '9') || *p == '.')
            p++;
    } else {
        r->kind = *p == 'J' ? 'J' : 'D';
        if (*p == 'J')
            p++;
        int n = 0;
        while (*p >= '0' && *p <= '9')
            n = n * 10 + (*p++ - '0');
        r->day = n;
    }
    if (*p == '/') {
        p = p_time(p + 1, &r->secs);
        if (!p)
            return NULL;
    }
    return p;
}

static void posix_parse(const char *s, posix_tz *z)
{
    memset(z, 0, sizeof *z);
    const char *p = p_abbr(s, z->std_abbr);
    int32_t t;
    if (!p || !(p = p_time(p, &t)))
        return;
    z->std_off = -t; /* POSIX offsets are west of UTC */
    z->valid = true;
    if (!*p)
        return;
    p = p_abbr(p, z->dst_abbr);
    if (!p) {
        z->valid = false;
        return;
    }
    z->has_dst = true;
    z->dst_off = z->std_off + 3600;
    if (*p && *p != ',') {
        if (!(p = p_time(p, &t))) {
            z->valid = false;
            return;
        }
        z->dst_off = -t;
    }
    if (*p == ',') {
        p = p_rule(p + 1, &z->start);
        if (p && *p == ',')
            p = p_rule(p + 1, &z->end);
        else
            p = NULL;
    } else {
        /* the POSIX default: the US rules */
        z->start = (rule){'M', 3, 2, 0, 7200};
        z->end = (rule){'M', 11, 1, 0, 7200};
    }
    if (!p)
        z->valid = false;
}

static bool is_leap(int64_t y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static unsigned mdays(int64_t y, unsigned m)
{
    static const unsigned dm[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && is_leap(y) ? 29 : dm[m - 1];
}

static int64_t weekday_of_days(int64_t days)
{
    int64_t w = (days + 4) % 7;
    return w < 0 ? w + 7 : w;
}

/* The day (days since epoch) a rule falls on in year y. */
static int64_t rule_day(const rule *r, int64_t y)
{
    if (r->kind == 'J') {
        int64_t d = r->day - 1;
        if (is_leap(y) && r->day >= 60)
            d++;
        return xs_days_from_civil(y, 1, 1) + d;
    }
    if (r->kind == 'D')
        return xs_days_from_civil(y, 1, 1) + r->day;
    unsigned m = (unsigned)(r->month >= 1 && r->month <= 12 ? r->month : 1);
    int64_t first = xs_days_from_civil(y, m, 1);
    int64_t d = first + ((r->day - weekday_of_days(first)) % 7 + 7) % 7;
    d += 7 * (int64_t)(r->week - 1);
    int64_t last = first + mdays(y, m) - 1;
    while (d > last)
        d -= 7;
    return d;
}

/* Offset of a POSIX zone at UTC second t. */
static int32_t posix_offset(const posix_tz *z, int64_t t, bool *dst, const char **abbr)
{
    if (!z->has_dst) {
        *dst = false;
        *abbr = z->std_abbr;
        return z->std_off;
    }
    int64_t y;
    unsigned mo, d;
    xs_civil_from_days(fdiv(t + z->std_off, 86400), &y, &mo, &d);
    /* transitions in UTC seconds for this year */
    int64_t s = rule_day(&z->start, y) * 86400 + z->start.secs - z->std_off;
    int64_t e = rule_day(&z->end, y) * 86400 + z->end.secs - z->dst_off;
    bool in = s < e ? (t >= s && t < e) : !(t >= e && t < s);
    *dst = in;
    *abbr = in ? z->dst_abbr : z->std_abbr;
    return in ? z->dst_off : z->std_off;
}

/* ---- zones ---- */

typedef struct ttype {
    int32_t off;
    bool dst;
    uint8_t abbr; /* index into chars */
} ttype;

struct xs_tz {
    char name[128];
    int32_t fixed; /* for fixed-offset zones (ntypes == 0 and no footer) */
    bool is_fixed;
    size_t ntrans, ntypes;
    int64_t *trans; /* UTC seconds */
    uint8_t *idx;
    ttype *types;
    char *chars;
    size_t nchars;
    posix_tz footer;
    char fixed_abbr[16];
};

static xs_tz utc_zone = {.name = "UTC", .is_fixed = true, .fixed_abbr = "UTC"};

const xs_tz *xs_tz_utc(void)
{
    return &utc_zone;
}

const char *xs_tz_name(const xs_tz *z)
{
    return z->name;
}

enum { FIXED_MINUTES = 14 * 60 + 59 }; /* offsets up to +-14:59 */

static pthread_mutex_t zones_lock = PTHREAD_MUTEX_INITIALIZER;
static xs_tz *zones[MAX_ZONES]; /* loaded from the database (fewer than 700 exist) */
static size_t nzones;
static xs_tz *fixed_zones[2 * FIXED_MINUTES + 1];

static int64_t be(const unsigned char *p, int n)
{
    uint64_t v = 0;
    for (int i = 0; i < n; i++)
        v = (v << 8) | p[i];
    if (n == 4)
        return (int32_t)(uint32_t)v;
    return (int64_t)v;
}

/* Parses a TZif image into z; false when malformed. */
static bool tzif_parse(const unsigned char *p, size_t n, xs_tz *z)
{
    if (n < 44 || memcmp(p, "TZif", 4) != 0)
        return false;
    int version = p[4] ? p[4] - '0' : 1;
    size_t cnt[6];
    for (int i = 0; i < 6; i++)
        cnt[i] = (size_t)(uint32_t)be(p + 20 + 4 * i, 4);
    /* isutcnt isstdcnt leapcnt timecnt typecnt charcnt */
    size_t tsize = 4, off = 44;
    if (version >= 2) {
        size_t v1 = cnt[3] * 5 + cnt[4] * 6 + cnt[5] + cnt[2] * 8 + cnt[1] + cnt[0];
        if (off + v1 + 44 > n)
            return false;
        off += v1;
        if (memcmp(p + off, "TZif", 4) != 0)
            return false;
        for (int i = 0; i < 6; i++)
            cnt[i] = (size_t)(uint32_t)be(p + off + 20 + 4 * i, 4);
        off += 44;
        tsize = 8;
    }
    size_t need = cnt[3] * (tsize + 1) + cnt[4] * 6 + cnt[5] + cnt[2] * (tsize + 4) + cnt[1] +
                  cnt[0];
    if (cnt[4] == 0 || cnt[4] > 256 || cnt[3] > 100000 || off + need > n)
        return false;
    z->ntrans = cnt[3];
    z->ntypes = cnt[4];
    z->nchars = cnt[5];
    z->trans = xs_malloc(z->ntrans * sizeof *z->trans + 1);
    z->idx = xs_malloc(z->ntrans + 1);
    z->types = xs_malloc(z->ntypes * sizeof *z->types);
    z->chars = xs_malloc(z->nchars + 1);
    for (size_t i = 0; i < z->ntrans; i++)
        z->trans[i] = be(p + off + i * tsize, (int)tsize);
    off += z->ntrans * tsize;
    for (size_t i = 0; i < z->ntrans; i++) {
        z->idx[i] = p[off + i];
        if (z->idx[i] >= z->ntypes)
            return false;
    }
    off += z->ntrans;
    for (size_t i = 0; i < z->ntypes; i++) {
        const unsigned char *t = p + off + 6 * i;
        z->types[i].off = (int32_t)be(t, 4);
        z->types[i].dst = t[4] != 0;
        z->types[i].abbr = t[5];
        if (t[5] >= z->nchars) /* chars[0] is at worst the final NUL */
            z->types[i].abbr = 0;
    }
    off += z->ntypes * 6;
    memcpy(z->chars, p + off, z->nchars);
    z->chars[z->nchars] = '\0';
    off += z->nchars + cnt[2] * (tsize + 4) + cnt[1] + cnt[0];
    if (version >= 2 && off < n && p[off] == '\n') {
        const unsigned char *e = memchr(p + off + 1, '\n', n - off - 1);
        if (e && (size_t)(e - (p + off + 1)) < 120) {
            char foot[128];
            size_t fl = (size_t)(e - (p + off + 1));
            memcpy(foot, p + off + 1, fl);
            foot[fl] = '\0';
            if (fl)
                posix_parse(foot, &z->footer);
        }
    }
    return true;
}

static void tz_free(xs_tz *z)
{
    xs_free(z->trans);
    xs_free(z->idx);
    xs_free(z->types);
    xs_free(z->chars);
    xs_free(z);
}

static bool name_ok(xs_str s)
{
    if (s.len == 0 || s.len >= 100 || s.ptr[0] == '/' || s.ptr[0] == '.')
        return false;
    for (size_t i = 0; i < s.len; i++) {
        char ch = s.ptr[i];
        bool ok = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
                  (ch >= '0' && ch <= '9') || ch == '_' || ch == '-' || ch == '+' || ch == '/';
        if (!ok)
            return false;
        if (ch == '/' && i + 1 < s.len && s.ptr[i + 1] == '.')
            return false;
    }
    return true;
}

/* Finds the path of s under the zoneinfo dir, matching each component
 * case-insensitively; writes the canonical name into canon. */
static bool resolve(xs_str s, char *canon, size_t cap)
{
    char dir[512];
    snprintf(dir, sizeof dir, "%s", XS_ZONEINFO_DIR);
    size_t cl = 0;
    canon[0] = '\0';
    size_t i = 0;
    while (i < s.len) {
        size_t j = i;
        while (j < s.len && s.ptr[j] != '/')
            j++;
        DIR *d = opendir(dir);
        if (!d)
            return false;
        struct dirent *e;
        bool found = false;
        while ((e = readdir(d)) != NULL) {
            if (e->d_name[0] != '.' && ieq_n(s.ptr + i, j - i, e->d_name)) {
                size_t dl = strlen(dir), nl = strlen(e->d_name);
                if (dl + 1 + nl + 1 > sizeof dir || cl + nl + 2 > cap)
                    break;
                dir[dl] = '/';
                memcpy(dir + dl + 1, e->d_name, nl + 1);
                if (cl)
                    canon[cl++] = '/';
                memcpy(canon + cl, e->d_name, nl + 1);
                cl += nl;
                found = true;
                break;
            }
        }
        closedir(d);
        if (!found)
            return false;
        i = j + 1;
    }
    return true;
}

static xs_tz *tz_load(xs_str s)
{
    char canon[128];
    if (!name_ok(s) || !resolve(s, canon, sizeof canon))
        return NULL;
    char path[512];
    snprintf(path, sizeof path, "%s/%s", XS_ZONEINFO_DIR, canon);
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    unsigned char *buf = xs_malloc(MAX_TZIF);
    size_t n = fread(buf, 1, MAX_TZIF, f);
    fclose(f);
    xs_tz *z = xs_malloc(sizeof *z);
    memset(z, 0, sizeof *z);
    snprintf(z->name, sizeof z->name, "%s", canon);
    bool ok = tzif_parse(buf, n, z);
    xs_free(buf);
    if (!ok) {
        tz_free(z);
        return NULL;
    }
    return z;
}

/* "+02:00", "-0530", "+03" -> seconds east */
static bool fixed_offset(xs_str s, int32_t *out)
{
    if (s.len < 2 || (s.ptr[0] != '+' && s.ptr[0] != '-'))
        return false;
    int d[4], nd = 0;
    for (size_t i = 1; i < s.len; i++) {
        if (s.ptr[i] == ':' && nd == 2)
            continue;
        if (s.ptr[i] < '0' || s.ptr[i] > '9' || nd == 4)
            return false;
        d[nd++] = s.ptr[i] - '0';
    }
    int h, m = 0;
    if (nd == 1)
        h = d[0];
    else if (nd == 2 || nd == 4)
        h = d[0] * 10 + d[1], m = nd == 4 ? d[2] * 10 + d[3] : 0;
    else if (nd == 3)
        h = d[0], m = d[1] * 10 + d[2];
    else
        return false;
    if (h > 14 || m > 59)
        return false;
    *out = (s.ptr[0] == '-' ? -1 : 1) * (h * 3600 + m * 60);
    return true;
}

const xs_tz *xs_tz_find(xs_str s)
{
    while (s.len && s.ptr[0] == ' ')
        s.ptr++, s.len--;
    while (s.len && s.ptr[s.len - 1] == ' ')
        s.len--;
    if (s.len == 0 || ieq_n(s.ptr, s.len, "utc") || ieq_n(s.ptr, s.len, "z") ||
        ieq_n(s.ptr, s.len, "gmt") || ieq_n(s.ptr, s.len, "zulu") ||
        ieq_n(s.ptr, s.len, "universal") || ieq_n(s.ptr, s.len, "etc/utc"))
        return &utc_zone;
    int32_t fixed = 0;
    bool is_fixed = fixed_offset(s, &fixed);
    if (!is_fixed && !name_ok(s))
        return NULL;
    if (!is_fixed && s.len <= 5) {
        /* common abbreviations PHP also reads as fixed offsets ("PDT"),
         * unless the database has a zone of that name ("EST", "CET") */
        static const struct {
            const char *abbr;
            int32_t off;
        } abbrs[] = {
            {"edt", -4 * 3600}, {"cdt", -5 * 3600},  {"mdt", -6 * 3600},   {"pdt", -7 * 3600},
            {"pst", -8 * 3600}, {"cst", -6 * 3600},  {"akst", -9 * 3600},  {"akdt", -8 * 3600},
            {"bst", 3600},      {"cest", 2 * 3600},  {"eest", 3 * 3600},   {"ist", 19800},
            {"jst", 9 * 3600},  {"kst", 9 * 3600},   {"aest", 10 * 3600},  {"aedt", 11 * 3600},
            {"acst", 34200},    {"awst", 8 * 3600},  {"nzst", 12 * 3600},  {"nzdt", 13 * 3600},
            {"sast", 2 * 3600}, {"wib", 7 * 3600},   {"hkt", 8 * 3600},    {"sgt", 8 * 3600},
        };
        for (size_t i = 0; i < XS_COUNTOF(abbrs); i++) {
            if (ieq_n(s.ptr, s.len, abbrs[i].abbr)) {
                char probe[8];
                snprintf(probe, sizeof probe, "%.*s", (int)s.len, s.ptr);
                char path[64];
                snprintf(path, sizeof path, "%s/%s", XS_ZONEINFO_DIR, probe);
                FILE *f = fopen(path, "rb");
                if (f) {
                    fclose(f);
                    break;
                }
                fixed = abbrs[i].off;
                is_fixed = true;
                break;
            }
        }
    }
    pthread_mutex_lock(&zones_lock);
    xs_tz *z = NULL;
    if (is_fixed) {
        /* one slot per minute of offset, so offsets never crowd out names */
        size_t slot = (size_t)(fixed / 60 + FIXED_MINUTES);
        z = fixed_zones[slot];
        if (!z) {
            z = xs_malloc(sizeof *z);
            memset(z, 0, sizeof *z);
            z->is_fixed = true;
            z->fixed = fixed;
            int32_t a = fixed < 0 ? -fixed : fixed;
            snprintf(z->name, sizeof z->name, "%c%02d:%02d", fixed < 0 ? '-' : '+', a / 3600,
                     a / 60 % 60);
            memcpy(z->fixed_abbr, z->name, 7);
            fixed_zones[slot] = z;
        }
    } else {
        for (size_t i = 0; i < nzones; i++) {
            if (ieq_n(s.ptr, s.len, zones[i]->name)) {
                z = zones[i];
                break;
            }
        }
        if (!z && nzones < MAX_ZONES) {
            z = tz_load(s);
            if (z)
                zones[nzones++] = z;
        }
    }
    pthread_mutex_unlock(&zones_lock);
    return z;
}

int32_t xs_tz_offset(const xs_tz *z, int64_t ms, bool *dst, const char **abbr)
{
    bool d0 = false;
    const char *a0 = "UTC";
    int32_t off;
    if (z->is_fixed) {
        off = z->fixed;
        a0 = z->fixed_abbr;
    } else {
        int64_t t = fdiv(ms, 1000);
        /* binary search: the last transition at or before t */
        size_t lo = 0, hi = z->ntrans;
        while (lo < hi) {
            size_t mid = (lo + hi) / 2;
            if (z->trans[mid] <= t)
                lo = mid + 1;
            else
                hi = mid;
        }
        if (lo == z->ntrans && z->ntrans > 0 && z->footer.valid) {
            off = posix_offset(&z->footer, t, &d0, &a0);
        } else {
            const ttype *ty;
            if (lo == 0) {
                /* before the first transition: the first standard type */
                ty = &z->types[0];
                for (size_t i = 0; i < z->ntypes; i++)
                    if (!z->types[i].dst) {
                        ty = &z->types[i];
                        break;
                    }
            } else {
                ty = &z->types[z->idx[lo - 1]];
            }
            off = ty->off;
            d0 = ty->dst;
            a0 = z->chars + ty->abbr;
            if (z->ntrans == 0 && z->footer.valid)
                off = posix_offset(&z->footer, t, &d0, &a0);
        }
    }
    if (dst)
        *dst = d0;
    if (abbr)
        *abbr = a0;
    return off;
}

int64_t xs_tz_from_local(const xs_tz *z, int64_t local)
{
    if (z->is_fixed)
        return local - (int64_t)z->fixed * 1000;
    int64_t oa = (int64_t)xs_tz_offset(z, local - MS_PER_DAY, NULL, NULL) * 1000;
    int64_t ob = (int64_t)xs_tz_offset(z, local + MS_PER_DAY, NULL, NULL) * 1000;
    int64_t ua = local - oa, ub = local - ob;
    bool va = (int64_t)xs_tz_offset(z, ua, NULL, NULL) * 1000 == oa;
    bool vb = (int64_t)xs_tz_offset(z, ub, NULL, NULL) * 1000 == ob;
    if (va && vb)
        return ua < ub ? ua : ub;
    if (va)
        return ua;
    if (vb)
        return ub;
    /* in a gap: the offset before it */
    return ua;
}

/* ---- date(): formatting ---- */

static const char *const day_names[] = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                                        "Thursday", "Friday", "Saturday"};
static const char *const month_names[] = {"January", "February", "March",     "April",
                                          "May",     "June",     "July",      "August",
                                          "September", "October", "November", "December"};

static void iso_week(int64_t days, int64_t *week, int64_t *year)
{
    int64_t wd = weekday_of_days(days);
    int64_t thursday = days - ((wd + 6) % 7) + 3;
    int64_t y;
    unsigned mo, d;
    xs_civil_from_days(thursday, &y, &mo, &d);
    *year = y;
    *week = (thursday - xs_days_from_civil(y, 1, 1)) / 7 + 1;
}

static void add_off(xs_buf *b, int32_t off, bool colon)
{
    int32_t a = off < 0 ? -off : off;
    xs_buf_addf(b, "%c%02d%s%02d", off < 0 ? '-' : '+', (int)(a / 3600), colon ? ":" : "",
                (int)(a / 60 % 60));
}

void xs_tz_format(xs_buf *b, xs_str f, int64_t ms, const xs_tz *z)
{
    if (ms > XS_TZ_MAX_MS)
        ms = XS_TZ_MAX_MS;
    if (ms < -XS_TZ_MAX_MS)
        ms = -XS_TZ_MAX_MS;
    bool dst;
    const char *abbr;
    int32_t off = xs_tz_offset(z, ms, &dst, &abbr);
    int64_t local = ms + (int64_t)off * 1000;
    int64_t days = fdiv(local, MS_PER_DAY);
    int64_t msday = local - days * MS_PER_DAY;
    int64_t y;
    unsigned mo, d;
    xs_civil_from_days(days, &y, &mo, &d);
    int64_t wd = weekday_of_days(days);
    int64_t secs = msday / 1000, h = secs / 3600, mi = secs / 60 % 60, s = secs % 60;
    int64_t frac = msday % 1000;
    for (size_t i = 0; i < f.len; i++) {
        char ch = f.ptr[i];
        switch (ch) {
        case 'd': xs_buf_addf(b, "%02u", d); break;
        case 'D': xs_buf_add(b, day_names[wd], 3); break;
        case 'j': xs_buf_addf(b, "%u", d); break;
        case 'l': xs_buf_adds(b, day_names[wd]); break;
        case 'N': xs_buf_addf(b, "%d", (int)(wd == 0 ? 7 : wd)); break;
        case 'S':
            xs_buf_adds(b, d % 10 == 1 && d != 11   ? "st"
                           : d % 10 == 2 && d != 12 ? "nd"
                           : d % 10 == 3 && d != 13 ? "rd"
                                                    : "th");
            break;
        case 'w': xs_buf_addf(b, "%d", (int)wd); break;
        case 'z': xs_buf_addf(b, "%lld", (long long)(days - xs_days_from_civil(y, 1, 1))); break;
        case 'W':
        case 'o': {
            int64_t wk, wy;
            iso_week(days, &wk, &wy);
            if (ch == 'W')
                xs_buf_addf(b, "%02lld", (long long)wk);
            else
                xs_buf_addf(b, "%lld", (long long)wy);
            break;
        }
        case 'F': xs_buf_adds(b, month_names[mo - 1]); break;
        case 'M': xs_buf_add(b, month_names[mo - 1], 3); break;
        case 'm': xs_buf_addf(b, "%02u", mo); break;
        case 'n': xs_buf_addf(b, "%u", mo); break;
        case 't': xs_buf_addf(b, "%u", mdays(y, mo)); break;
        case 'L': xs_buf_addc(b, is_leap(y) ? '1' : '0'); break;
        case 'X':
        case 'x':
            if (ch == 'X' || y < 0 || y > 9999)
                xs_buf_addc(b, y < 0 ? '-' : '+');
            xs_buf_addf(b, "%04lld", (long long)(y < 0 ? -y : y));
            break;
        case 'Y':
            if (y < 0)
                xs_buf_addf(b, "-%04lld", (long long)-y);
            else
                xs_buf_addf(b, "%04lld", (long long)y);
            break;
        case 'y': xs_buf_addf(b, "%02d", (int)(((y % 100) + 100) % 100)); break;
        case 'a': xs_buf_adds(b, h < 12 ? "am" : "pm"); break;
        case 'A': xs_buf_adds(b, h < 12 ? "AM" : "PM"); break;
        case 'B': {
            int64_t beat = fdiv(((ms / 1000 + 3600) % 86400 + 86400) % 86400 * 10, 864);
            xs_buf_addf(b, "%03d", (int)beat);
            break;
        }
        case 'g': xs_buf_addf(b, "%d", (int)(h % 12 == 0 ? 12 : h % 12)); break;
        case 'G': xs_buf_addf(b, "%d", (int)h); break;
        case 'h': xs_buf_addf(b, "%02d", (int)(h % 12 == 0 ? 12 : h % 12)); break;
        case 'H': xs_buf_addf(b, "%02d", (int)h); break;
        case 'i': xs_buf_addf(b, "%02d", (int)mi); break;
        case 's': xs_buf_addf(b, "%02d", (int)s); break;
        case 'u': xs_buf_addf(b, "%03d000", (int)frac); break;
        case 'v': xs_buf_addf(b, "%03d", (int)frac); break;
        case 'e': xs_buf_adds(b, z->name); break;
        case 'I': xs_buf_addc(b, dst ? '1' : '0'); break;
        case 'O': add_off(b, off, false); break;
        case 'P': add_off(b, off, true); break;
        case 'p':
            if (off == 0)
                xs_buf_addc(b, 'Z');
            else
                add_off(b, off, true);
            break;
        case 'T':
            /* the database's abbreviation ("EDT", "+1245"); PHP's form */
            if (abbr[0] == '\0')
                add_off(b, off, true);
            else
                xs_buf_adds(b, abbr);
            break;
        case 'Z': xs_buf_addf(b, "%d", (int)off); break;
        case 'c': xs_tz_format(b, XS_STR("Y-m-d\\TH:i:sP"), ms, z); break;
        case 'r': xs_tz_format(b, XS_STR("D, d M Y H:i:s O"), ms, z); break;
        case 'U': xs_buf_addf(b, "%lld", (long long)fdiv(ms, 1000)); break;
        case '\\':
            if (i + 1 < f.len)
                xs_buf_addc(b, f.ptr[++i]);
            break;
        default: xs_buf_addc(b, ch); break;
        }
    }
}

/* ---- broken-down local time ---- */

typedef struct civil {
    int64_t y;
    int64_t mo; /* may leave 1..12 while computing; normalised by civ_days */
    int64_t d;
    int64_t msday; /* ms into the day */
} civil;

static civil civ_of(int64_t local)
{
    int64_t days = fdiv(local, MS_PER_DAY);
    civil c;
    unsigned mo, d;
    xs_civil_from_days(days, &c.y, &mo, &d);
    c.mo = mo;
    c.d = d;
    c.msday = local - days * MS_PER_DAY;
    return c;
}

/* Days since the epoch of c, with PHP's overflow (Jan 31 + 1 month is
 * Mar 3 or 2; day 0 is the last day of the month before). */
static int64_t civ_days(const civil *c)
{
    int64_t t = c->y * 12 + (c->mo - 1);
    int64_t y = fdiv(t, 12);
    unsigned mo = (unsigned)(t - y * 12) + 1;
    return xs_days_from_civil(y, mo, 1) + (c->d - 1);
}

static int64_t civ_local(const civil *c)
{
    return civ_days(c) * MS_PER_DAY + c->msday;
}

static void civ_norm(civil *c)
{
    *c = civ_of(civ_local(c));
}

/* ---- strtotime ---- */

typedef struct lexer {
    const char *p, *end;
} lexer;

static void skip_sp(lexer *lx)
{
    while (lx->p < lx->end && (*lx->p == ' ' || *lx->p == '\t' || *lx->p == ',' ||
                               *lx->p == '\n' || *lx->p == '\r'))
        lx->p++;
}

static bool is_alpha(char ch)
{
    return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
}

static bool is_dig(char ch)
{
    return ch >= '0' && ch <= '9';
}

static xs_str word(lexer *lx)
{
    const char *s = lx->p;
    while (lx->p < lx->end && (is_alpha(*lx->p) || *lx->p == '.'))
        lx->p++;
    xs_str w = {s, (size_t)(lx->p - s)};
    while (w.len && w.ptr[w.len - 1] == '.')
        w.len--;
    return w;
}

static bool weq(xs_str w, const char *x)
{
    return ieq_n(w.ptr, w.len, x);
}

static int month_of(xs_str w)
{
    static const char *shorts[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                   "jul", "aug", "sep", "oct", "nov", "dec"};
    for (int i = 0; i < 12; i++)
        if (weq(w, month_names[i]) || weq(w, shorts[i]) || (i == 8 && weq(w, "sept")))
            return i + 1;
    return 0;
}

static int wday_of(xs_str w)
{
    static const char *shorts[] = {"sun", "mon", "tue", "wed", "thu", "fri", "sat"};
    for (int i = 0; i < 7; i++)
        if (weq(w, day_names[i]) || weq(w, shorts[i]) ||
            (i == 2 && weq(w, "tues")) || (i == 3 && weq(w, "wednes")) ||
            (i == 4 && (weq(w, "thur") || weq(w, "thurs"))))
            return i;
    return -1;
}

typedef enum unit { U_NONE, U_US, U_MS, U_SEC, U_MIN, U_HOUR, U_DAY, U_WEEK, U_FORTNIGHT,
                    U_MONTH, U_YEAR, U_WEEKDAY } unit;

static unit unit_of(xs_str w)
{
    static const struct {
        const char *n;
        unit u;
    } t[] = {
        {"usec", U_US},       {"usecs", U_US},          {"microsecond", U_US},
        {"microseconds", U_US}, {"µs", U_US},           {"ms", U_MS},
        {"msec", U_MS},       {"msecs", U_MS},          {"millisecond", U_MS},
        {"milliseconds", U_MS}, {"sec", U_SEC},         {"secs", U_SEC},
        {"second", U_SEC},    {"seconds", U_SEC},       {"min", U_MIN},
        {"mins", U_MIN},      {"minute", U_MIN},        {"minutes", U_MIN},
        {"hour", U_HOUR},     {"hours", U_HOUR},        {"day", U_DAY},
        {"days", U_DAY},      {"week", U_WEEK},         {"weeks", U_WEEK},
        {"fortnight", U_FORTNIGHT}, {"fortnights", U_FORTNIGHT}, {"forthnight", U_FORTNIGHT},
        {"month", U_MONTH},   {"months", U_MONTH},      {"year", U_YEAR},
        {"years", U_YEAR},    {"weekday", U_WEEKDAY},   {"weekdays", U_WEEKDAY},
    };
    for (size_t i = 0; i < XS_COUNTOF(t); i++)
        if (weq(w, t[i].n))
            return t[i].u;
    return U_NONE;
}

/* first..twelfth, next, last, previous, this -> a count */
static bool ordinal_of(xs_str w, int64_t *n)
{
    static const char *ords[] = {"first", "second", "third", "fourth", "fifth", "sixth",
                                 "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth"};
    for (int i = 0; i < 12; i++)
        if (weq(w, ords[i])) {
            *n = i + 1;
            return true;
        }
    if (weq(w, "next")) {
        *n = 1;
        return true;
    }
    if (weq(w, "last") || weq(w, "previous")) {
        *n = -1;
        return true;
    }
    if (weq(w, "this")) {
        *n = 0;
        return true;
    }
    return false;
}

typedef struct rel {
    int64_t y, mo, d, h, mi, s, ms, us;
    int64_t weekdays; /* business days */
    int wday;         /* -1 none */
    int64_t wday_n;   /* 0: this/plain, 1 next, -1 last */
    int day_of;       /* 1 first day of, 2 last day of */
    int nth_wday;     /* "first monday of": weekday, with nth_n */
    int64_t nth_n;
} rel;

static void rel_add(rel *r, unit u, int64_t n)
{
    switch (u) {
    case U_US: r->us += n; break;
    case U_MS: r->ms += n; break;
    case U_SEC: r->s += n; break;
    case U_MIN: r->mi += n; break;
    case U_HOUR: r->h += n; break;
    case U_DAY: r->d += n; break;
    case U_WEEK: r->d += 7 * n; break;
    case U_FORTNIGHT: r->d += 14 * n; break;
    case U_MONTH: r->mo += n; break;
    case U_YEAR: r->y += n; break;
    case U_WEEKDAY: r->weekdays += n; break;
    case U_NONE: break;
    }
}

static bool number(lexer *lx, int64_t *n, int *digits)
{
    int k = 0;
    int64_t v = 0;
    while (lx->p < lx->end && is_dig(*lx->p) && k < 12)
        v = v * 10 + (*lx->p++ - '0'), k++;
    if (k == 0 || (lx->p < lx->end && is_dig(*lx->p)))
        return false;
    *n = v;
    if (digits)
        *digits = k;
    return true;
}

/* A time of day: hh:mm[:ss[.frac]] [am|pm], or h[am|pm]. */
static bool time_of_day(lexer *lx, int64_t first, bool colon_follows, civil *c, bool *set)
{
    int64_t h = first, mi = 0, s = 0, frac = 0;
    if (colon_follows) {
        lx->p++;
        int dg;
        if (!number(lx, &mi, &dg) || dg != 2)
            return false;
        if (lx->p < lx->end && *lx->p == ':') {
            lx->p++;
            if (!number(lx, &s, &dg) || dg != 2)
                return false;
            if (lx->p < lx->end && (*lx->p == '.' || *lx->p == ',') && lx->p + 1 < lx->end &&
                is_dig(lx->p[1])) {
                lx->p++;
                int k = 0;
                while (lx->p < lx->end && is_dig(*lx->p)) {
                    if (k < 3)
                        frac = frac * 10 + (*lx->p - '0');
                    k++, lx->p++;
                }
                while (k++ < 3)
                    frac *= 10;
            }
        }
    }
    lexer save = *lx;
    skip_sp(lx);
    xs_str w = word(lx);
    if (weq(w, "am") || weq(w, "a.m") || weq(w, "pm") || weq(w, "p.m")) {
        if (h < 1 || h > 12)
            return false;
        bool pm = lower(w.ptr[0]) == 'p';
        h = h % 12 + (pm ? 12 : 0);
    } else {
        *lx = save;
        if (!colon_follows)
            return false;
    }
    if (h > 23 || mi > 59 || s > 60)
        return false;
    c->msday = ((h * 60 + mi) * 60 + s) * 1000 + frac;
    *set = true;
    return true;
}

/* An absolute date at lx (digits seen as first, with digits count):
 * YYYY-MM-DD, YYYY/MM/DD, MM/DD/YYYY, DD-MM-YYYY, DD.MM.YYYY. */
static bool date_numeric(lexer *lx, int64_t first, int fdig, civil *c)
{
    char sep = *lx->p;
    lx->p++;
    int64_t b, e = -1;
    int bd, ed = 0;
    if (!number(lx, &b, &bd))
        return false;
    if (lx->p < lx->end && *lx->p == sep) {
        lx->p++;
        if (!number(lx, &e, &ed))
            return false;
    }
    int64_t y, m, d;
    if (fdig == 4) {
        y = first, m = b, d = e < 0 ? 1 : e;
    } else if (sep == '/') {
        m = first, d = b, y = e < 0 ? c->y : e;
    } else {
        d = first, m = b, y = e < 0 ? c->y : e;
    }
    if (ed == 2 && fdig != 4)
        y += y < 70 ? 2000 : 1900;
    if (m < 1 || m > 12 || d < 1 || d > 31)
        return false;
    c->y = y, c->mo = m, c->d = d;
    return true;
}

/* A month name date: "january 5 2025", "5 january 2025", "jan 2025". */
static void month_date(lexer *lx, int mo, civil *c, bool *date_set)
{
    c->mo = mo;
    c->d = 1;
    *date_set = true;
    lexer save = *lx;
    skip_sp(lx);
    int64_t n;
    int dg;
    if (number(lx, &n, &dg)) {
        xs_str suf = word(lx); /* 1st, 2nd... */
        (void)suf;
        if (dg == 4) {
            c->y = n;
            return;
        }
        if (n >= 1 && n <= 31)
            c->d = n;
        save = *lx;
        skip_sp(lx);
        if (number(lx, &n, &dg) && dg == 4) {
            if (lx->p < lx->end && *lx->p == ':') {
                *lx = save;
                return;
            }
            c->y = n;
        } else {
            *lx = save;
        }
        return;
    }
    *lx = save;
}

bool xs_tz_relative(xs_str expr, const xs_tz *z, int64_t *ms)
{
    if (*ms > XS_TZ_MAX_MS || *ms < -XS_TZ_MAX_MS)
        return false;
    lexer lx = {expr.ptr, expr.ptr + expr.len};
    int32_t off = xs_tz_offset(z, *ms, NULL, NULL);
    civil c = civ_of(*ms + (int64_t)off * 1000);
    rel r;
    memset(&r, 0, sizeof r);
    r.wday = -1;
    r.nth_wday = -1;
    bool time_set = false, date_set = false, have_unix = false;
    int64_t unix_ms = 0;
    const xs_tz *zone = z; /* a zone named in the text overrides */
    for (;;) {
        skip_sp(&lx);
        if (lx.p >= lx.end)
            break;
        char ch = *lx.p;
        if (ch == '@') {
            lx.p++;
            int64_t sign = 1;
            if (lx.p < lx.end && (*lx.p == '-' || *lx.p == '+'))
                sign = *lx.p++ == '-' ? -1 : 1;
            int64_t n;
            if (!number(&lx, &n, NULL))
                return false;
            int64_t frac = 0;
            if (lx.p < lx.end && *lx.p == '.') {
                lx.p++;
                int k = 0;
                while (lx.p < lx.end && is_dig(*lx.p)) {
                    if (k < 3)
                        frac = frac * 10 + (*lx.p - '0');
                    k++, lx.p++;
                }
                while (k > 0 && k < 3)
                    frac *= 10, k++;
            }
            have_unix = true;
            unix_ms = sign * (n * 1000 + frac);
            zone = xs_tz_utc();
            continue;
        }
        if (ch == '+' || ch == '-' || is_dig(ch)) {
            int64_t sign = 1;
            bool signed_ = false;
            if (ch == '+' || ch == '-') {
                sign = ch == '-' ? -1 : 1;
                signed_ = true;
                lx.p++;
                skip_sp(&lx);
            }
            int64_t n;
            int dg;
            if (!number(&lx, &n, &dg))
                return false;
            if (!signed_ && lx.p < lx.end && (*lx.p == '-' || *lx.p == '/' || *lx.p == '.') &&
                lx.p + 1 < lx.end && is_dig(lx.p[1])) {
                if (*lx.p == '.' && dg <= 2) {
                    /* DD.MM.YYYY or hh.mm? treat as date */
                }
                if (!date_numeric(&lx, n, dg, &c))
                    return false;
                date_set = true;
                /* ISO 'T' before a time */
                if (lx.p < lx.end && (*lx.p == 'T' || *lx.p == 't') && lx.p + 1 < lx.end &&
                    is_dig(lx.p[1]))
                    lx.p++;
                continue;
            }
            if (!signed_ && lx.p < lx.end && *lx.p == ':') {
                if (!time_of_day(&lx, n, true, &c, &time_set))
                    return false;
                continue;
            }
            if (signed_ && lx.p < lx.end && *lx.p == ':' && dg <= 2) {
                /* a zone offset after a time: +02:00 */
                lx.p++;
                int64_t m2;
                if (!number(&lx, &m2, NULL))
                    return false;
                char tz[16];
                snprintf(tz, sizeof tz, "%c%02lld:%02lld", sign < 0 ? '-' : '+', (long long)n,
                         (long long)m2);
                zone = xs_tz_find(xs_str_of(tz));
                if (!zone)
                    return false;
                continue;
            }
            if (signed_ && dg == 4 && time_set) {
                char tz[16];
                snprintf(tz, sizeof tz, "%c%04lld", sign < 0 ? '-' : '+', (long long)n);
                zone = xs_tz_find(xs_str_of(tz));
                if (!zone)
                    return false;
                continue;
            }
            skip_sp(&lx);
            lexer save = lx;
            xs_str w = word(&lx);
            if (!signed_ && (weq(w, "am") || weq(w, "pm") || weq(w, "a.m") || weq(w, "p.m"))) {
                lx = save;
                if (!time_of_day(&lx, n, false, &c, &time_set))
                    return false;
                continue;
            }
            if (!signed_ && (weq(w, "st") || weq(w, "nd") || weq(w, "rd") || weq(w, "th"))) {
                /* "5th january" */
                skip_sp(&lx);
                lexer s2 = lx;
                int mo = month_of(word(&lx));
                if (!mo) {
                    lx = s2;
                    c.d = n;
                    date_set = true;
                    continue;
                }
                month_date(&lx, mo, &c, &date_set);
                c.d = n;
                continue;
            }
            int mo = month_of(w);
            if (!signed_ && mo) {
                month_date(&lx, mo, &c, &date_set);
                c.d = n;
                continue;
            }
            if (!signed_ && dg == 4 && w.len == 0) {
                c.y = n; /* a bare year */
                date_set = true;
                continue;
            }
            unit u = unit_of(w);
            if (u == U_NONE) {
                int wd = wday_of(w);
                if (wd >= 0) {
                    /* "+1 monday": the weekday, n times on */
                    r.wday = wd;
                    r.wday_n = sign * n;
                    continue;
                }
                return false;
            }
            lexer s3 = lx;
            skip_sp(&lx);
            xs_str ago = word(&lx);
            if (weq(ago, "ago"))
                sign = -sign;
            else
                lx = s3;
            rel_add(&r, u, sign * n);
            continue;
        }
        if (!is_alpha(ch))
            return false;
        lexer save = lx;
        xs_str w = word(&lx);
        int64_t n;
        if (weq(w, "now")) {
            continue;
        } else if (weq(w, "today") || weq(w, "midnight")) {
            c.msday = 0, time_set = true;
        } else if (weq(w, "noon")) {
            c.msday = 12LL * 3600000, time_set = true;
        } else if (weq(w, "tomorrow")) {
            r.d += 1, c.msday = 0, time_set = true;
        } else if (weq(w, "yesterday")) {
            r.d -= 1, c.msday = 0, time_set = true;
        } else if (weq(w, "ago")) {
            r.y = -r.y, r.mo = -r.mo, r.d = -r.d, r.h = -r.h, r.mi = -r.mi, r.s = -r.s;
            r.ms = -r.ms, r.us = -r.us, r.weekdays = -r.weekdays;
        } else if (ordinal_of(w, &n)) {
            skip_sp(&lx);
            lexer s2 = lx;
            xs_str u = word(&lx);
            if ((weq(w, "first") || weq(w, "last")) && weq(u, "day")) {
                skip_sp(&lx);
                if (!weq(word(&lx), "of"))
                    return false;
                r.day_of = weq(w, "first") ? 1 : 2;
                continue;
            }
            int wd = wday_of(u);
            if (wd >= 0) {
                lexer s4 = lx;
                skip_sp(&lx);
                if (weq(word(&lx), "of")) {
                    /* "first monday of": n-th weekday of the month named next */
                    r.nth_wday = wd;
                    r.nth_n = n;
                    continue;
                }
                lx = s4;
                r.wday = wd;
                r.wday_n = n;
                c.msday = 0, time_set = true;
                continue;
            }
            unit un = unit_of(u);
            if (un == U_NONE) {
                lx = s2;
                return false;
            }
            if (n == 0 && un != U_WEEK)
                continue; /* "this month" */
            if (un == U_WEEK && n != 0 && false)
                continue;
            rel_add(&r, un, n);
        } else if (month_of(w)) {
            month_date(&lx, month_of(w), &c, &date_set);
        } else if (wday_of(w) >= 0) {
            r.wday = wday_of(w);
            r.wday_n = 0;
            c.msday = 0, time_set = true;
        } else if (weq(w, "t") && lx.p < lx.end && is_dig(*lx.p)) {
            continue;
        } else if (weq(w, "z") || weq(w, "utc") || weq(w, "gmt")) {
            zone = xs_tz_utc();
        } else {
            /* a zone name: "Europe/Paris" */
            lx = save;
            const char *s = lx.p;
            while (lx.p < lx.end && *lx.p != ' ')
                lx.p++;
            const xs_tz *zz = xs_tz_find((xs_str){s, (size_t)(lx.p - s)});
            if (!zz)
                return false;
            zone = zz;
        }
    }
    if (date_set && !time_set)
        c.msday = 0; /* a date alone means its midnight */
    /* amounts past some 100,000 years are refused rather than overflowed */
    if (llabs(r.y) > 100000 || llabs(r.mo) > 1200000 || llabs(r.d) > 40000000 ||
        llabs(r.weekdays) > 100000 || llabs(r.h) > 1000000000 || llabs(r.mi) > 60000000000 ||
        llabs(r.s) > 4000000000000 || llabs(r.ms) > 4000000000000000 ||
        llabs(r.us) > 4000000000000000 || llabs(r.wday_n) > 100000 || llabs(r.nth_n) > 5 ||
        c.y > 100000 || c.y < -100000)
        return false;
    if (have_unix) {
        int32_t o2 = xs_tz_offset(z, unix_ms, NULL, NULL);
        civil u = civ_of(unix_ms + (int64_t)o2 * 1000);
        if (!date_set)
            c.y = u.y, c.mo = u.mo, c.d = u.d;
        if (!time_set)
            c.msday = u.msday;
        zone = z;
    }
    /* the calendar part moves the wall clock */
    c.y += r.y;
    c.mo += r.mo;
    if (r.day_of) {
        civil m = c;
        m.d = 1;
        civ_norm(&m);
        c.y = m.y, c.mo = m.mo;
        c.d = r.day_of == 1 ? 1 : (int64_t)mdays(m.y, (unsigned)m.mo);
    }
    if (r.nth_wday >= 0) {
        civil m = c;
        m.d = 1;
        civ_norm(&m);
        int64_t first = civ_days(&m);
        int64_t dd;
        if (r.nth_n > 0) {
            dd = first + ((r.nth_wday - weekday_of_days(first)) % 7 + 7) % 7 + 7 * (r.nth_n - 1);
        } else {
            int64_t last = first + mdays(m.y, (unsigned)m.mo) - 1;
            dd = last - ((weekday_of_days(last) - r.nth_wday) % 7 + 7) % 7;
        }
        c = civ_of(dd * MS_PER_DAY + c.msday);
        c.msday = 0;
    }
    c.d += r.d;
    civ_norm(&c);
    if (r.weekdays) {
        int64_t days = civ_days(&c), left = r.weekdays < 0 ? -r.weekdays : r.weekdays;
        int64_t step = r.weekdays < 0 ? -1 : 1;
        while (left > 0) {
            days += step;
            int64_t w = weekday_of_days(days);
            if (w != 0 && w != 6)
                left--;
        }
        c = civ_of(days * MS_PER_DAY + c.msday);
    }
    if (r.wday >= 0) {
        int64_t days = civ_days(&c);
        int64_t cur = weekday_of_days(days);
        int64_t delta = ((r.wday - cur) % 7 + 7) % 7;
        if (r.wday_n > 0)
            delta += delta == 0 ? 7 * r.wday_n : 7 * (r.wday_n - 1);
        else if (r.wday_n < 0)
            delta = (delta == 0 ? -7 : delta - 7) + 7 * (r.wday_n + 1);
        c = civ_of((days + delta) * MS_PER_DAY + c.msday);
    }
    int64_t out = xs_tz_from_local(zone, civ_local(&c));
    /* the clock part moves the instant */
    out += ((r.h * 60 + r.mi) * 60 + r.s) * 1000 + r.ms + r.us / 1000;
    *ms = out;
    return true;
}

/* ---- createFromFormat ---- */

bool xs_tz_parse_format(xs_str text, xs_str fmt, const xs_tz *z, int64_t now_ms, int64_t *ms)
{
    int32_t off0 = xs_tz_offset(z, now_ms, NULL, NULL);
    civil now = civ_of(now_ms + (int64_t)off0 * 1000);
    int64_t y = now.y, mo = now.mo, d = now.d;
    int64_t h = -1, mi = -1, s = -1, frac = -1, doy = -1;
    bool pm = false, ampm = false, have_unix = false, reset = false;
    int64_t unix_s = 0;
    const xs_tz *zone = z;
    bool have_date[3] = {false, false, false};
    const char *p = text.ptr, *end = text.ptr + text.len;
    for (size_t i = 0; i < fmt.len; i++) {
        char f = fmt.ptr[i];
        int64_t n;
        int dg;
        lexer lx = {p, end};
        switch (f) {
        case 'd':
        case 'j':
            lx.end = p + 2 < end ? p + 2 : end;
            if (!number(&lx, &n, &dg) && !(lx.p > p))
                return false;
            if (lx.p == p)
                return false;
            {
                n = 0;
                for (const char *q = p; q < lx.p; q++)
                    n = n * 10 + (*q - '0');
            }
            d = n, have_date[2] = true, p = lx.p;
            break;
        case 'm':
        case 'n':
            lx.end = p + 2 < end ? p + 2 : end;
            while (lx.p < lx.end && is_dig(*lx.p))
                lx.p++;
            if (lx.p == p)
                return false;
            n = 0;
            for (const char *q = p; q < lx.p; q++)
                n = n * 10 + (*q - '0');
            mo = n, have_date[1] = true, p = lx.p;
            break;
        case 'Y':
        case 'y': {
            size_t maxd = f == 'Y' ? 4 : 2;
            const char *q = p;
            int64_t sign = 1;
            if (f == 'Y' && q < end && *q == '-')
                sign = -1, q++;
            const char *st = q;
            while (q < end && is_dig(*q) && (size_t)(q - st) < maxd)
                q++;
            if (q == st || (f == 'y' && q - st != 2))
                return false;
            n = 0;
            for (const char *k = st; k < q; k++)
                n = n * 10 + (*k - '0');
            if (f == 'y')
                n += n < 70 ? 2000 : 1900;
            y = sign * n, have_date[0] = true, p = q;
            break;
        }
        case 'z': {
            const char *q = p;
            while (q < end && is_dig(*q) && q - p < 3)
                q++;
            if (q == p)
                return false;
            n = 0;
            for (const char *k = p; k < q; k++)
                n = n * 10 + (*k - '0');
            doy = n, p = q;
            break;
        }
        case 'F':
        case 'M':
        case 'D':
        case 'l': {
            const char *q = p;
            while (q < end && is_alpha(*q))
                q++;
            xs_str w = {p, (size_t)(q - p)};
            if (f == 'F' || f == 'M') {
                int m = month_of(w);
                if (!m)
                    return false;
                mo = m, have_date[1] = true;
            } else if (wday_of(w) < 0) {
                return false;
            }
            p = q;
            break;
        }
        case 'S':
            if (end - p < 2)
                return false;
            p += 2;
            break;
        case 'a':
        case 'A':
            if (end - p < 2)
                return false;
            if (ieq_n(p, 2, "am"))
                pm = false;
            else if (ieq_n(p, 2, "pm"))
                pm = true;
            else
                return false;
            ampm = true, p += 2;
            break;
        case 'g':
        case 'h':
        case 'G':
        case 'H':
        case 'i':
        case 's': {
            const char *q = p;
            size_t maxd = 2;
            while (q < end && is_dig(*q) && (size_t)(q - p) < maxd)
                q++;
            if (q == p || ((f == 'i' || f == 's') && q - p != 2))
                return false;
            n = 0;
            for (const char *k = p; k < q; k++)
                n = n * 10 + (*k - '0');
            if (f == 'i')
                mi = n;
            else if (f == 's')
                s = n;
            else
                h = n;
            p = q;
            break;
        }
        case 'v':
        case 'u': {
            const char *q = p;
            size_t maxd = f == 'v' ? 3 : 9;
            while (q < end && is_dig(*q) && (size_t)(q - p) < maxd)
                q++;
            if (q == p)
                return false;
            int64_t v = 0;
            int k = 0;
            for (const char *x = p; x < q; x++, k++)
                if (k < 3)
                    v = v * 10 + (*x - '0');
            while (k < 3)
                v *= 10, k++;
            frac = v, p = q;
            break;
        }
        case 'U': {
            const char *q = p;
            int64_t sign = 1;
            if (q < end && *q == '-')
                sign = -1, q++;
            lx.p = q;
            if (!number(&lx, &n, NULL))
                return false;
            unix_s = sign * n, have_unix = true, p = lx.p; /* 12 digits at most */
            break;
        }
        case 'e':
        case 'T':
        case 'O':
        case 'P':
        case 'p': {
            const char *q = p;
            while (q < end && *q != ' ' && *q != ')' && *q != ']')
                q++;
            const xs_tz *zz = xs_tz_find((xs_str){p, (size_t)(q - p)});
            if (!zz)
                return false;
            zone = zz, p = q;
            break;
        }
        case '#':
            if (p < end && strchr(";:/.,-()", *p))
                p++;
            else
                return false;
            break;
        case '?':
            if (p >= end)
                return false;
            p++;
            break;
        case '*':
            while (p < end && !strchr(" ,;:/.-()", *p))
                p++;
            break;
        case '!':
            y = 1970, mo = 1, d = 1, h = mi = s = frac = 0, reset = true;
            break;
        case '|':
            if (!have_date[0])
                y = 1970;
            if (!have_date[1])
                mo = 1;
            if (!have_date[2])
                d = 1;
            if (h < 0)
                h = 0;
            if (mi < 0)
                mi = 0;
            if (s < 0)
                s = 0;
            if (frac < 0)
                frac = 0;
            reset = true;
            break;
        case '+':
            p = end;
            break;
        case '\\':
            if (i + 1 < fmt.len) {
                i++;
                if (p >= end || *p != fmt.ptr[i])
                    return false;
                p++;
            }
            break;
        case ' ':
            if (p < end && (*p == ' ' || *p == '\t'))
                p++;
            else
                return false;
            break;
        default:
            if (p >= end || *p != f)
                return false;
            p++;
            break;
        }
    }
    if (p != end)
        return false;
    (void)reset;
    if (have_unix) {
        *ms = unix_s * 1000 + (frac > 0 ? frac : 0);
        return true;
    }
    bool any_time = h >= 0 || mi >= 0 || s >= 0 || frac >= 0;
    if (!any_time) {
        h = now.msday / 3600000, mi = now.msday / 60000 % 60, s = now.msday / 1000 % 60;
        frac = 0;
    }
    if (h < 0)
        h = 0;
    if (mi < 0)
        mi = 0;
    if (s < 0)
        s = 0;
    if (frac < 0)
        frac = 0;
    if (ampm) {
        if (h < 1 || h > 12)
            return false;
        h = h % 12 + (pm ? 12 : 0);
    }
    if (h > 24 || mi > 59 || s > 60 || mo < 1 || mo > 12 || d < 0 || d > 31)
        return false;
    civil c = {y, mo, d, ((h * 60 + mi) * 60 + s) * 1000 + frac};
    if (doy >= 0) {
        c.mo = 1;
        c.d = doy + 1;
    }
    *ms = xs_tz_from_local(zone, civ_local(&c));
    return true;
}
