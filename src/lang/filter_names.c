/*
 * filter_names.c - the tables behind filter_names.h and the "did you mean"
 * search over them.
 */
#include "lang/filter_names.h"

#define V XS_FILTER_VALUE
#define Q XS_FILTER_QUERY
#define X XS_FILTER_EXT

typedef struct fname {
    const char *name;
    unsigned flags;
} fname;

/* Sorted by bytes (findIndex before first): looked up by binary search. */
static const fname filters[] = {
    {"abs", V},
    {"acos", V},
    {"acosh", V},
    {"add", V | Q},
    {"add_ms_to_timestamp", V},
    {"add_secs_to_timestamp", V},
    {"addslashes", V},
    {"append", V},
    {"array_max", V},
    {"array_min", V},
    {"asin", V},
    {"asinh", V},
    {"atan", V},
    {"atanh", V},
    {"avg", V},
    {"base64_decode", V},
    {"base64_decode_urlsafe", V},
    {"base64_encode", V},
    {"base64_encode_urlsafe", V},
    {"base_convert", V},
    {"between", Q | X},
    {"bin2hex", V},
    {"bindec", V},
    {"bitwise_and", V},
    {"bitwise_not", V},
    {"bitwise_or", V},
    {"bitwise_xor", V},
    {"capitalize", V},
    {"ceil", V | Q},
    {"coalesce", Q},
    {"concat", V | Q},
    {"contains", V},
    {"convert_encoding", V},
    {"cos", V},
    {"cosine_distance", Q | X},
    {"cosine_similarity", Q | X},
    {"count", V},
    {"covers", Q | X},
    {"create_object", V},
    {"create_object_from_entries", V},
    {"create_uid", V},
    {"csv_create", V},
    {"csv_decode", V},
    {"csv_encode", V},
    {"csv_parse", V},
    {"decbin", V},
    {"dechex", V},
    {"decoct", V},
    {"decrypt", V},
    {"deg2rad", V},
    {"detect_encoding", V},
    {"diff", V},
    {"diff_assoc", V},
    {"distance", Q | X},
    {"div", Q | X},
    {"divide", V},
    {"encrypt", V},
    {"ends_with", V},
    {"entries", V},
    {"equals", V},
    {"escape", V},
    {"even", V},
    {"every", V},
    {"exp", V},
    {"fill", V},
    {"fill_keys", V},
    {"filter", V},
    {"filter_empty", V},
    {"filter_empty_array", V},
    {"filter_empty_object", V},
    {"filter_empty_text", V},
    {"filter_null", V},
    {"find", V},
    {"findIndex", V},
    {"first", V},
    {"first_notempty", V},
    {"first_notnull", V},
    {"flatten", V},
    {"floor", V | Q},
    {"format_timestamp", V},
    {"from_utf8", V},
    {"get", V},
    {"greater_than", V},
    {"greater_than_or_equal", V},
    {"has", V},
    {"hex2bin", V},
    {"hexdec", V},
    {"hmac_md5", V},
    {"hmac_sha1", V},
    {"hmac_sha256", V},
    {"hmac_sha384", V},
    {"hmac_sha512", V},
    {"icontains", V},
    {"iends_with", V},
    {"iindex", V},
    {"in", V},
    {"index", V},
    {"index_by", V},
    {"inner_product", Q | X},
    {"intersect", V},
    {"intersect_assoc", V},
    {"is_array", V},
    {"is_bool", V},
    {"is_decimal", V},
    {"is_empty", V},
    {"is_int", V},
    {"is_null", V},
    {"is_object", V},
    {"is_text", V},
    {"istarts_with", V},
    {"join", V},
    {"json_decode", V},
    {"json_encode", V},
    {"jwe_decode", V},
    {"jwe_encode", V},
    {"jws_decode", V},
    {"jws_encode", V},
    {"keys", V},
    {"l1_distance_manhattan", Q | X},
    {"l2_distance_euclidean", Q | X},
    {"last", V},
    {"length", Q | X},
    {"less_than", V},
    {"less_than_or_equal", V},
    {"list_encodings", V},
    {"ln", V},
    {"log", V},
    {"log10", V},
    {"lower", X},
    {"ltrim", V},
    {"map", V},
    {"max", V},
    {"md5", V},
    {"merge", V},
    {"merge_recursive", V},
    {"min", V},
    {"modulus", V},
    {"mul", Q | X},
    {"multiply", V},
    {"negative_inner_product", Q | X},
    {"not", V},
    {"not_equals", V},
    {"number_format", V},
    {"octdec", V},
    {"odd", V},
    {"parse_timestamp", V},
    {"pick", V},
    {"pop", V},
    {"pow", V},
    {"prepend", V},
    {"product", V},
    {"push", V},
    {"querystring_parse", V},
    {"rad2deg", V},
    {"range", V},
    {"reduce", V},
    {"regex_get_all_matches", V},
    {"regex_get_first_match", V},
    {"regex_matches", V},
    {"regex_quote", V},
    {"regex_replace", V},
    {"remove", V},
    {"replace", V},
    {"reverse", V},
    {"round", V | Q},
    {"rtrim", V},
    {"safe_array", V},
    {"search_rank", Q},
    {"secureid_decode", V},
    {"secureid_encode", V},
    {"set", V},
    {"set_conditional", V},
    {"set_ifnotempty", V},
    {"set_ifnotnull", V},
    {"sha1", V},
    {"sha256", V},
    {"sha384", V},
    {"sha512", V},
    {"shift", V},
    {"shuffle", V},
    {"sin", V},
    {"slice", V},
    {"some", V},
    {"sort", V},
    {"split", V},
    {"sprintf", V},
    {"sqrt", V},
    {"starts_with", V},
    {"strip_html", V},
    {"strlen", V},
    {"sub", Q | X},
    {"substr", V | Q},
    {"subtract", V},
    {"sum", V},
    {"tan", V},
    {"timestamp_add_days", Q | X},
    {"timestamp_add_hours", Q | X},
    {"timestamp_add_minutes", Q | X},
    {"timestamp_add_months", Q | X},
    {"timestamp_add_seconds", Q | X},
    {"timestamp_add_years", Q | X},
    {"timestamp_day_of_month", Q | X},
    {"timestamp_day_of_week", Q | X},
    {"timestamp_day_of_year", Q | X},
    {"timestamp_epoch_day", Q | X},
    {"timestamp_epoch_hour", Q | X},
    {"timestamp_epoch_minute", Q | X},
    {"timestamp_epoch_sec", Q | X},
    {"timestamp_hour", Q | X},
    {"timestamp_minute", Q | X},
    {"timestamp_month", Q | X},
    {"timestamp_subtract_days", Q | X},
    {"timestamp_subtract_hours", Q | X},
    {"timestamp_subtract_minutes", Q | X},
    {"timestamp_subtract_months", Q | X},
    {"timestamp_subtract_seconds", Q | X},
    {"timestamp_subtract_years", Q | X},
    {"timestamp_week", Q | X},
    {"timestamp_year", Q | X},
    {"to_bool", V},
    {"to_days", V},
    {"to_decimal", V},
    {"to_expr", V},
    {"to_hours", V},
    {"to_int", V},
    {"to_lower", V | Q},
    {"to_minutes", V},
    {"to_ms", V},
    {"to_seconds", V},
    {"to_text", V},
    {"to_timestamp", V},
    {"to_upper", V | Q},
    {"to_utf8", V},
    {"transform", V},
    {"transform_timestamp", V},
    {"trim", V},
    {"unaccent", V | Q},
    {"unique", V},
    {"unpick", V},
    {"unset", V},
    {"unshift", V},
    {"upper", X},
    {"url_addarg", V},
    {"url_decode", V},
    {"url_decode_rfc3986", V},
    {"url_delarg", V},
    {"url_encode", V},
    {"url_encode_rfc3986", V},
    {"url_getarg", V},
    {"url_hasarg", V},
    {"url_parse", V},
    {"uuid", V},
    {"values", V},
    {"within", Q | X},
    {"xml_decode", V},
    {"yaml_decode", V},
    {"yaml_encode", V},
};

/* Names Xano retired, with the one that replaced them. */
static const struct {
    const char *old;
    const char *now;
} retired[] = {
    {"array_diff", "diff"},
    {"array_diff_assoc", "diff_assoc"},
    {"array_entries", "entries"},
    {"array_fill", "fill"},
    {"array_fill_keys", "fill_keys"},
    {"array_intersect", "intersect"},
    {"array_intersect_assoc", "intersect_assoc"},
    {"array_keys", "keys"},
    {"array_merge", "merge"},
    {"array_merge_recursive", "merge_recursive"},
    {"array_pop", "pop"},
    {"array_push", "push"},
    {"array_remove", "remove"},
    {"array_shift", "shift"},
    {"array_shuffle", "shuffle"},
    {"array_slice", "slice"},
    {"array_unshift", "unshift"},
    {"array_values", "values"},
    {"crypto_jwe_decode", "jwe_decode"},
    {"crypto_jwe_encode", "jwe_encode"},
    {"crypto_jws_decode", "jws_decode"},
    {"crypto_jws_encode", "jws_encode"},
    {"div", "divide"},
    {"empty", "is_empty"},
    {"epochms_add_ms", "add_ms_to_timestamp"},
    {"epochms_add_secs", "add_secs_to_timestamp"},
    {"epochms_date", "format_timestamp"},
    {"epochms_from_format", "parse_timestamp"},
    {"epochms_transform", "transform_timestamp"},
    {"eq", "equals"},
    {"fsort", "sort"},
    {"gt", "greater_than"},
    {"gte", "greater_than_or_equal"},
    {"lower", "to_lower"},
    {"lt", "less_than"},
    {"lte", "less_than_or_equal"},
    {"mod", "modulus"},
    {"mul", "multiply"},
    {"ne", "not_equals"},
    {"null", "is_null"},
    {"num_max", "max"},
    {"num_min", "min"},
    {"regex_match", "regex_get_first_match"},
    {"regex_match_all", "regex_get_all_matches"},
    {"regex_test", "regex_matches"},
    {"string_replace", "replace"},
    {"strip_accents", "unaccent"},
    {"strip_tags", "strip_html"},
    {"stripos", "iindex"},
    {"strpos", "index"},
    {"sub", "subtract"},
    {"to_epoch_day", "to_days"},
    {"to_epoch_hour", "to_hours"},
    {"to_epoch_minute", "to_minutes"},
    {"to_epoch_ms", "to_ms"},
    {"to_epoch_sec", "to_seconds"},
    {"to_epochms", "to_ms"},
    {"uid", "create_uid"},
    {"upper", "to_upper"},
    {"uuid4", "uuid"},
};

/* ---- input filters, by field type ---- */

static const char *const in_text[] = {"trim",    "min",     "max", "startsWith", "prevent", "lower",
                                      "upper",   "alphaOk", "digitOk", "ok",     "pattern", NULL};
static const char *const in_number[] = {"min", "max", NULL};
static const char *const in_email[] = {"trim", "lower", NULL};
static const char *const in_password[] = {"min",           "max",      "minAlpha",  "minLowerAlpha",
                                          "minUpperAlpha", "minDigit", "minSymbol", NULL};
static const char *const in_none[] = {NULL};

static const struct {
    const char *type;
    const char *const *names;
} input_types[] = {
    {"text", in_text},       {"int", in_number}, {"decimal", in_number}, {"email", in_email},
    {"password", in_password}, {"enum", in_none},  {"file", in_none},      {"json", in_none},
};

/* Every input filter once, for types Xano does not restrict. */
static const char *const in_all[] = {"trim",     "min",           "max",           "startsWith",
                                     "prevent",  "lower",         "upper",         "alphaOk",
                                     "digitOk",  "ok",            "pattern",       "minAlpha",
                                     "minLowerAlpha", "minUpperAlpha", "minDigit", "minSymbol",
                                     NULL};

/* ---- lookups ---- */

static int cmp_name(xs_str a, const char *b)
{
    size_t bl = strlen(b);
    size_t n = a.len < bl ? a.len : bl;
    int c = memcmp(a.ptr, b, n);
    if (c != 0)
        return c;
    return a.len < bl ? -1 : a.len > bl;
}

unsigned xs_filter_name_flags(xs_str name)
{
    size_t lo = 0, hi = XS_COUNTOF(filters);
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = cmp_name(name, filters[mid].name);
        if (c == 0)
            return filters[mid].flags;
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return 0;
}

bool xs_filter_name_is_sql(xs_str name)
{
    /* store/where.c: col_fns[] and preds[] */
    static const char *const sql[] = {
        "to_lower",   "lower",    "to_upper",  "upper",       "trim",         "ltrim",
        "rtrim",      "strlen",   "length",    "starts_with", "istarts_with", "ends_with",
        "iends_with", "contains", "icontains", "includes",    "overlaps",     "between",
    };
    if (name.len > 1 && name.ptr[0] == '!') {
        name.ptr++;
        name.len--;
    }
    for (size_t i = 0; i < XS_COUNTOF(sql); i++)
        if (xs_str_eq_cstr(name, sql[i]))
            return true;
    return false;
}

static char lower(char c)
{
    return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
}

/* Optimal string alignment distance, case-insensitive, capped: returns
 * cap + 1 as soon as the distance must exceed cap. Names are short. */
static size_t distance(xs_str a, const char *b, size_t cap)
{
    enum { MAXN = 48 };
    size_t bl = strlen(b);
    if (a.len >= MAXN || bl >= MAXN)
        return cap + 1;
    if ((a.len > bl ? a.len - bl : bl - a.len) > cap)
        return cap + 1;
    size_t d[3][MAXN + 1]; /* row i is d[i % 3] */
    for (size_t j = 0; j <= bl; j++)
        d[0][j] = j;
    for (size_t i = 1; i <= a.len; i++) {
        size_t *cur = d[i % 3], *prev = d[(i + 2) % 3], *pp = d[(i + 1) % 3];
        cur[0] = i;
        size_t best = cur[0];
        for (size_t j = 1; j <= bl; j++) {
            size_t cost = lower(a.ptr[i - 1]) != lower(b[j - 1]);
            size_t v = prev[j - 1] + cost;
            if (prev[j] + 1 < v)
                v = prev[j] + 1;
            if (cur[j - 1] + 1 < v)
                v = cur[j - 1] + 1;
            if (i > 1 && j > 1 && lower(a.ptr[i - 1]) == lower(b[j - 2]) &&
                lower(a.ptr[i - 2]) == lower(b[j - 1]) && pp[j - 2] + 1 < v)
                v = pp[j - 2] + 1;
            cur[j] = v;
            if (v < best)
                best = v;
        }
        if (best > cap)
            return cap + 1;
    }
    return d[a.len % 3][bl];
}

/* How far a name may be from a suggestion: a third of its length, at
 * least one edit, at most three. */
static size_t cap_for(xs_str name)
{
    size_t c = name.len / 3;
    return c < 1 ? 1 : c > 3 ? 3 : c;
}

const char *xs_filter_name_retired(xs_str name)
{
    for (size_t i = 0; i < XS_COUNTOF(retired); i++)
        if (xs_str_eq_cstr(name, retired[i].old))
            return retired[i].now;
    return NULL;
}

const char *xs_filter_name_suggest(xs_str name, unsigned want)
{
    for (size_t i = 0; i < XS_COUNTOF(retired); i++)
        if (xs_str_eq_cstr(name, retired[i].old) &&
            (xs_filter_name_flags((xs_str){retired[i].now, strlen(retired[i].now)}) & want))
            return retired[i].now;
    size_t cap = cap_for(name), best_d = cap + 1;
    const char *best = NULL;
    for (size_t i = 0; i < XS_COUNTOF(filters); i++) {
        if (!(filters[i].flags & want))
            continue;
        size_t dd = distance(name, filters[i].name, cap);
        if (dd < best_d) {
            best_d = dd;
            best = filters[i].name;
        }
    }
    return best;
}

const char *xs_filter_query_examples(void)
{
    return "add, between, concat, to_lower, covers, cosine_distance, timestamp_year...";
}

const char *const *xs_input_filter_names(xs_str type)
{
    for (size_t i = 0; i < XS_COUNTOF(input_types); i++)
        if (xs_str_eq_cstr(type, input_types[i].type))
            return input_types[i].names;
    return NULL;
}

bool xs_input_filter_is_known(xs_str name)
{
    for (const char *const *n = in_all; *n; n++)
        if (xs_str_eq_cstr(name, *n))
            return true;
    return false;
}

const char *xs_input_filter_suggest(xs_str name, const char *const *names)
{
    if (!names)
        names = in_all;
    size_t cap = cap_for(name), best_d = cap + 1;
    const char *best = NULL;
    for (const char *const *n = names; *n; n++) {
        size_t dd = distance(name, *n, cap);
        if (dd < best_d) {
            best_d = dd;
            best = *n;
        }
    }
    return best;
}
