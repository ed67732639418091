/* filters_geo.c - the geo filters of db query conditions (covers, within,
 * distance), which this runtime also runs in ordinary expressions on
 * geometries written as GeoJSON ({"type": "Point", "coordinates": [lng,
 * lat]}, Polygon, MultiPolygon) or as Xano's point ({"type": "point",
 * "data": {"lng", "lat"}}). Distances are metres on a sphere, as
 * util.geo_distance measures them; containment is planar in degrees. See
 * docs/language-decisions.md#geo-filters. */
#include <math.h>

#include "lib/lib_int.h"

#define EARTH_RADIUS_M 6371000.0 /* as util.geo_distance */
#define MAX_RINGS 1024

typedef struct pt {
    double x, y; /* longitude, latitude in degrees */
} pt;

/* A geometry read from a value: a point, or polygons as lists of rings
 * (the first ring of each polygon is its shell, the others its holes). */
typedef struct geom {
    bool is_point;
    pt p;
    xs_value polys; /* borrowed: a list of polygons, each a list of rings */
} geom;

static bool num(xs_value v, double *out)
{
    if (!xs_is_number(v))
        return false;
    *out = xs_lib_dbl(v);
    return isfinite(*out);
}

/* [lng, lat] or {lng, lat} (also {longitude, latitude}). */
static bool read_pt(xs_value v, pt *p)
{
    if (v.type == XS_ARRAY && xs_array_len(v) >= 2)
        return num(xs_array_at(v, 0), &p->x) && num(xs_array_at(v, 1), &p->y);
    if (v.type != XS_OBJECT)
        return false;
    const xs_value *x = xs_object_get(v, XS_STR("lng"));
    const xs_value *y = xs_object_get(v, XS_STR("lat"));
    if (!x)
        x = xs_object_get(v, XS_STR("longitude"));
    if (!y)
        y = xs_object_get(v, XS_STR("latitude"));
    return x && y && num(*x, &p->x) && num(*y, &p->y);
}

static bool type_is(xs_str t, const char *name)
{
    size_t n = strlen(name);
    if (t.len != n)
        return false;
    for (size_t i = 0; i < n; i++)
        if ((t.ptr[i] | 0x20) != (name[i] | 0x20))
            return false;
    return true;
}

/* A ring: a list of at least 3 points. */
static bool ring_ok(xs_value r)
{
    if (r.type != XS_ARRAY || xs_array_len(r) < 3)
        return false;
    for (size_t i = 0; i < xs_array_len(r); i++) {
        pt p;
        if (!read_pt(xs_array_at(r, i), &p))
            return false;
    }
    return true;
}

static bool poly_ok(xs_value poly)
{
    if (poly.type != XS_ARRAY || xs_array_len(poly) == 0 || xs_array_len(poly) > MAX_RINGS)
        return false;
    for (size_t i = 0; i < xs_array_len(poly); i++)
        if (!ring_ok(xs_array_at(poly, i)))
            return false;
    return true;
}

/* Reads v into g; *tmp receives a list this call made (a lone polygon
 * wrapped as a multipolygon), which the caller releases. */
static xs_status read_geom(xs_call *c, xs_value v, const char *what, geom *g, xs_value *tmp)
{
    *tmp = xs_null();
    memset(g, 0, sizeof *g);
    const xs_value *t = v.type == XS_OBJECT ? xs_object_get(v, XS_STR("type")) : NULL;
    if (!t || t->type != XS_TEXT)
        return xs_lib_fail(c, "the %s must be a geometry ({\"type\": \"Point\", \"coordinates\": "
                              "[lng, lat]}, Polygon or MultiPolygon), got %s",
                           what, xs_value_type_name(v));
    xs_str ty = xs_text_str(*t);
    const xs_value *co = xs_object_get(v, XS_STR("coordinates"));
    if (!co)
        co = xs_object_get(v, XS_STR("data"));
    if (type_is(ty, "point")) {
        g->is_point = true;
        if (co && read_pt(*co, &g->p) && fabs(g->p.y) <= 90 && fabs(g->p.x) <= 180)
            return XS_OK;
        return xs_lib_fail(c, "the %s is a point without a longitude in [-180, 180] and a "
                              "latitude in [-90, 90]",
                           what);
    }
    if (type_is(ty, "polygon") && co && poly_ok(*co)) {
        *tmp = xs_array_new(1);
        xs_array_push(tmp, xs_retain(*co));
        g->polys = *tmp;
        return XS_OK;
    }
    if (type_is(ty, "multipolygon") && co && co->type == XS_ARRAY && xs_array_len(*co) > 0) {
        for (size_t i = 0; i < xs_array_len(*co); i++)
            if (!poly_ok(xs_array_at(*co, i)))
                return xs_lib_fail(c, "polygon %zu of the %s is not a list of rings of at least "
                                      "3 [lng, lat] points",
                                   i, what);
        g->polys = *co;
        return XS_OK;
    }
    if (type_is(ty, "polygon"))
        return xs_lib_fail(c, "the %s is a polygon whose coordinates are not a list of rings of "
                              "at least 3 [lng, lat] points",
                           what);
    return xs_lib_fail(c, "the %s is a geometry of type '%.*s' (this runtime knows Point, "
                          "Polygon and MultiPolygon)",
                       what, (int)ty.len, ty.ptr);
}

/* ---- planar containment ---- */

static pt ring_pt(xs_value ring, size_t i)
{
    pt p = {0, 0};
    read_pt(xs_array_at(ring, i % xs_array_len(ring)), &p);
    return p;
}

static double cross(pt o, pt a, pt b)
{
    return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
}

static bool on_segment(pt p, pt a, pt b)
{
    return fabs(cross(a, b, p)) <= 1e-12 && p.x >= fmin(a.x, b.x) - 1e-12 &&
           p.x <= fmax(a.x, b.x) + 1e-12 && p.y >= fmin(a.y, b.y) - 1e-12 &&
           p.y <= fmax(a.y, b.y) + 1e-12;
}

/* 1 inside, 0 outside, -1 on the boundary of a ring (even-odd rule). */
static int in_ring(pt p, xs_value ring)
{
    size_t n = xs_array_len(ring);
    bool in = false;
    for (size_t i = 0; i < n; i++) {
        pt a = ring_pt(ring, i), b = ring_pt(ring, i + 1);
        if (on_segment(p, a, b))
            return -1;
        if ((a.y > p.y) != (b.y > p.y) && p.x < (b.x - a.x) * (p.y - a.y) / (b.y - a.y) + a.x)
            in = !in;
    }
    return in ? 1 : 0;
}

/* Whether polygon poly covers point p: in or on its shell, not strictly
 * inside a hole. */
static bool poly_covers_pt(xs_value poly, pt p)
{
    if (in_ring(p, xs_array_at(poly, 0)) == 0)
        return false;
    for (size_t h = 1; h < xs_array_len(poly); h++)
        if (in_ring(p, xs_array_at(poly, h)) == 1)
            return false;
    return true;
}

static bool covers_pt(const geom *g, pt p)
{
    for (size_t i = 0; i < xs_array_len(g->polys); i++)
        if (poly_covers_pt(xs_array_at(g->polys, i), p))
            return true;
    return false;
}

/* Whether segments ab and cd cross at a point inside both. */
static bool proper_cross(pt a, pt b, pt c, pt d)
{
    double d1 = cross(c, d, a), d2 = cross(c, d, b), d3 = cross(a, b, c), d4 = cross(a, b, d);
    return ((d1 > 1e-12 && d2 < -1e-12) || (d1 < -1e-12 && d2 > 1e-12)) &&
           ((d3 > 1e-12 && d4 < -1e-12) || (d3 < -1e-12 && d4 > 1e-12));
}

/* Whether a polygon's edge ab crosses any edge of g. */
static bool crosses(const geom *g, pt a, pt b)
{
    for (size_t i = 0; i < xs_array_len(g->polys); i++) {
        xs_value poly = xs_array_at(g->polys, i);
        for (size_t r = 0; r < xs_array_len(poly); r++) {
            xs_value ring = xs_array_at(poly, r);
            for (size_t k = 0; k < xs_array_len(ring); k++)
                if (proper_cross(a, b, ring_pt(ring, k), ring_pt(ring, k + 1)))
                    return true;
        }
    }
    return false;
}

/* a covers b: no point of b lies outside a. */
static xs_status covers(xs_call *c, const geom *a, const geom *b, bool *out)
{
    if (a->is_point) {
        *out = b->is_point && a->p.x == b->p.x && a->p.y == b->p.y;
        return XS_OK;
    }
    if (b->is_point) {
        *out = covers_pt(a, b->p);
        return XS_OK;
    }
    uint64_t work = 0;
    /* a hole of a with a point strictly inside b leaves part of b uncovered */
    for (size_t i = 0; i < xs_array_len(a->polys); i++) {
        xs_value poly = xs_array_at(a->polys, i);
        for (size_t h = 1; h < xs_array_len(poly); h++) {
            xs_value hole = xs_array_at(poly, h);
            for (size_t k = 0; k < xs_array_len(hole); k++)
                for (size_t j = 0; j < xs_array_len(b->polys); j++)
                    if (in_ring(ring_pt(hole, k), xs_array_at(xs_array_at(b->polys, j), 0)) == 1) {
                        *out = false;
                        return XS_OK;
                    }
        }
    }
    for (size_t i = 0; i < xs_array_len(b->polys); i++) {
        xs_value shell = xs_array_at(xs_array_at(b->polys, i), 0);
        size_t n = xs_array_len(shell);
        work += n;
        for (size_t k = 0; k < n; k++) {
            pt p = ring_pt(shell, k), q = ring_pt(shell, k + 1);
            pt mid = {(p.x + q.x) / 2, (p.y + q.y) / 2};
            if (!covers_pt(a, p) || !covers_pt(a, mid) || crosses(a, p, q)) {
                *out = false;
                return xs_call_tick(c, work);
            }
        }
    }
    *out = true;
    return xs_call_tick(c, work);
}

/* ---- distance on the sphere ---- */

static double haversine(pt a, pt b)
{
    const double rad = M_PI / 180.0;
    double dp = (b.y - a.y) * rad, dl = (b.x - a.x) * rad;
    double h = sin(dp / 2) * sin(dp / 2) + cos(a.y * rad) * cos(b.y * rad) * sin(dl / 2) * sin(dl / 2);
    if (h > 1)
        h = 1;
    return 2 * EARTH_RADIUS_M * asin(sqrt(h));
}

static xs_status distance(xs_call *c, const geom *a, const geom *b, double *out)
{
    if (a->is_point && b->is_point) {
        *out = haversine(a->p, b->p);
        return XS_OK;
    }
    /* a polygon and a point: 0 when the polygon covers the point */
    const geom *poly = a->is_point ? b : a, *p = a->is_point ? a : b;
    if (p->is_point && covers_pt(poly, p->p)) {
        *out = 0;
        return XS_OK;
    }
    return xs_lib_fail(c, "this runtime measures distances between two points, or a point and "
                          "a polygon that covers it");
}

/* ---- the filters ---- */

/* Reads the value and argument i; *null when either is null. */
static xs_status two(xs_call *c, xs_value v, xs_value w, geom *a, geom *b, xs_value tmp[2],
                     bool *null)
{
    tmp[0] = tmp[1] = xs_null();
    *null = v.type == XS_NULL || w.type == XS_NULL;
    if (*null)
        return XS_OK;
    xs_status st = read_geom(c, v, "value", a, &tmp[0]);
    if (st == XS_OK)
        st = read_geom(c, w, "argument", b, &tmp[1]);
    return st;
}

static xs_status f_covers(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    geom a, b;
    xs_value tmp[2];
    bool null, r = false;
    xs_status st = two(c, *val, xs_lib_arg(args, nargs, 0), &a, &b, tmp, &null);
    if (st == XS_OK && !null)
        st = covers(c, &a, &b, &r);
    xs_release(tmp[0]);
    xs_release(tmp[1]);
    if (st == XS_OK)
        xs_lib_put(val, null ? xs_null() : xs_bool(r));
    return st;
}

static xs_status f_distance(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    geom a, b;
    xs_value tmp[2];
    bool null;
    double d = 0;
    xs_status st = two(c, *val, xs_lib_arg(args, nargs, 0), &a, &b, tmp, &null);
    if (st == XS_OK && !null)
        st = distance(c, &a, &b, &d);
    xs_release(tmp[0]);
    xs_release(tmp[1]);
    if (st == XS_OK)
        xs_lib_put(val, null ? xs_null() : xs_dec(d));
    return st;
}

static xs_status f_within(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    xs_value rv = xs_lib_arg(args, nargs, 1);
    if (!xs_is_number(rv) || xs_lib_dbl(rv) < 0 || !isfinite(xs_lib_dbl(rv)))
        return xs_lib_fail(c, "the radius must be a number of metres >= 0, got %s",
                           xs_value_type_name(rv));
    geom a, b;
    xs_value tmp[2];
    bool null;
    double d = 0;
    xs_status st = two(c, *val, xs_lib_arg(args, nargs, 0), &a, &b, tmp, &null);
    if (st == XS_OK && !null)
        st = distance(c, &a, &b, &d);
    xs_release(tmp[0]);
    xs_release(tmp[1]);
    if (st == XS_OK)
        xs_lib_put(val, null ? xs_null() : xs_bool(d <= xs_lib_dbl(rv)));
    return st;
}

static const xs_filter_def filters[] = {
    {"covers", 1, 1, 0, f_covers,
     "whether the geometry covers the argument geometry (no point of it outside; planar in "
     "degrees; GeoJSON Point, Polygon, MultiPolygon)"},
    {"distance", 1, 1, 0, f_distance,
     "the distance in metres between two points on a sphere (0 for a polygon and a point it "
     "covers)"},
    {"within", 2, 2, 0, f_within,
     "whether the geometry is within the radius in metres of the argument: "
     "$p|within:$q:1000"},
};

const xs_builtin_family xs_lib_geo = {"geo", filters, XS_COUNTOF(filters), NULL, 0};
