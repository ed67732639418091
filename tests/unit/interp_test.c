/* Unit tests for src/interp: expressions, statements, errors, input
 * binding, function.run, limits and linear accumulation. The interpreter
 * runs with a few filters and statements of its own here, so that these
 * tests do not depend on src/lib. */
#include "unit.h"

#include "base/alloc.h"
#include "interp/interp.h"
#include "value/json.h"

/* ---- a small builtin family ---- */

static int push_unique_calls, push_calls;

static xs_status t_push(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    (void)nargs;
    if (val->type == XS_NULL)
        *val = xs_array_new(0);
    if (val->type != XS_ARRAY)
        return xs_call_fail(c, "ERROR_FATAL", "push: not a list");
    push_calls++;
    if (xs_is_unique(*val))
        push_unique_calls++;
    xs_array_push(val, xs_retain(args[0]));
    return XS_OK;
}

static xs_status t_count(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    (void)c, (void)args, (void)nargs;
    size_t n = val->type == XS_ARRAY    ? xs_array_len(*val)
               : val->type == XS_OBJECT ? xs_object_len(*val)
                                        : 0;
    xs_release(*val);
    *val = xs_int((int64_t)n);
    return XS_OK;
}

static xs_status t_set(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    (void)nargs;
    if (val->type != XS_OBJECT || args[0].type != XS_TEXT)
        return xs_call_fail(c, "ERROR_FATAL", "set: needs an object and a text key");
    xs_object_set(val, xs_text_str(args[0]), xs_retain(args[1]));
    return XS_OK;
}

static xs_status t_trim(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    (void)c, (void)args, (void)nargs;
    if (val->type != XS_TEXT)
        return XS_OK;
    xs_str s = xs_text_str(*val);
    while (s.len && s.ptr[0] == ' ')
        s.ptr++, s.len--;
    while (s.len && s.ptr[s.len - 1] == ' ')
        s.len--;
    xs_value t = xs_text_from_str(s);
    xs_release(*val);
    *val = t;
    return XS_OK;
}

static xs_status t_lower(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    (void)c, (void)args, (void)nargs;
    if (val->type != XS_TEXT)
        return XS_OK;
    char *d;
    size_t n = xs_text_len(*val);
    xs_value t = xs_text_alloc(n, &d);
    for (size_t i = 0; i < n; i++) {
        char ch = xs_text_ptr(*val)[i];
        d[i] = ch >= 'A' && ch <= 'Z' ? (char)(ch + 32) : ch;
    }
    xs_release(*val);
    *val = t;
    return XS_OK;
}

static xs_status t_min(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    (void)nargs;
    if (val->type == XS_INT && args[0].type == XS_INT && val->u.i < args[0].u.i)
        return xs_call_fail(c, "ERROR_CODE_INPUT_ERROR", "min: %lld is below %lld",
                            (long long)val->u.i, (long long)args[0].u.i);
    return XS_OK;
}

/* map: lazy; $$ and $index bound per item. */
static xs_status t_map(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    (void)args, (void)nargs;
    if (val->type != XS_ARRAY)
        return xs_call_fail(c, "ERROR_FATAL", "map: not a list");
    xs_value out = xs_array_new(xs_array_len(*val));
    for (size_t i = 0; i < xs_array_len(*val); i++) {
        xs_lambda_env env = {xs_array_at(*val, i), xs_int((int64_t)i), NULL};
        xs_value v;
        xs_status st = xs_call_eval_arg(c, 0, &env, &v);
        if (st != XS_OK) {
            xs_release(out);
            return st;
        }
        xs_array_push(&out, v);
    }
    xs_release(*val);
    *val = out;
    return XS_OK;
}

/* math.add $x { value = n }: adds in place. */
static xs_status t_math_add(xs_call *c, xs_value *target, xs_value arg, xs_value attrs,
                            xs_value *result)
{
    (void)arg, (void)result;
    const xs_value *v = xs_object_get(attrs, XS_STR("value"));
    if (!target || target->type != XS_INT || !v || v->type != XS_INT)
        return xs_call_fail(c, "ERROR_FATAL", "math.add: ints only here");
    target->u.i += v->u.i;
    return XS_OK;
}

static const xs_filter_def test_filters[] = {
    {"push", 1, 1, 0, t_push, "append"},          {"count", 0, 0, 0, t_count, "length"},
    {"set", 2, 2, 0, t_set, "set a key"},         {"trim", 0, 0, 0, t_trim, "trim spaces"},
    {"lower", 0, 0, 0, t_lower, "lowercase"},     {"min", 1, 1, 0, t_min, "reject below"},
    {"map", 1, 1, XS_BUILTIN_LAZY, t_map, "map"},
};

static const xs_stmt_def test_stmts[] = {
    {"math.add", 0, t_math_add, "add"},
};

static const xs_builtin_family test_family = {
    "test", test_filters, XS_COUNTOF(test_filters), test_stmts, XS_COUNTOF(test_stmts),
};
static const xs_builtin_family *const test_families[] = {&test_family};
static const xs_builtins test_builtins = {test_families, 1};

/* ---- harness ---- */

typedef struct result {
    xs_status st;
    char *json;  /* the response, compact */
    char *error; /* the error object, compact; NULL on success */
} result;

/* Runs function name of the workspace made of src (one or more objects),
 * with input (JSON text or NULL) and config (xsflow.json text or NULL). */
static result run_src(const char *src, const char *name, const char *input, const char *config)
{
    result res = {XS_OK, NULL, NULL};
    xs_diag d;
    xs_diag_init(&d);
    xs_workspace *ws = xs_workspace_new(NULL);
    xs_status st = xs_workspace_add_source(ws, "test.xs", src, strlen(src), &d);
    if (st == XS_OK && config)
        st = xs_workspace_set_config(ws, config, strlen(config), "xsflow.json", &d);
    if (st != XS_OK) {
        const xs_diag_entry *e = xs_diag_first_error(&d);
        xs_unit_fail(__FILE__, __LINE__, "workspace: %s:%d:%d: %s", e ? e->file : "?",
                     e ? e->line : 0, e ? e->col : 0, e ? e->message : xs_status_name(st));
        res.st = st;
        res.json = xs_strdup("");
        xs_workspace_free(ws);
        xs_diag_release(&d);
        return res;
    }
    xs_value in = xs_null();
    if (input)
        XS_ASSERT(xs_json_decode(input, strlen(input), &in, &d) == XS_OK);
    xs_interp *it = xs_interp_new(ws, &test_builtins);
    xs_interp_set_log(it, stdout);
    xs_value resp, err;
    res.st = xs_interp_run_name(it, xs_str_of(name), in, NULL, &resp, &err, &d);
    xs_buf b;
    xs_buf_init(&b);
    xs_json_encode(resp, 0, &b);
    res.json = xs_buf_detach(&b, NULL);
    if (err.type != XS_NULL) {
        xs_json_encode(err, 0, &b);
        res.error = xs_buf_detach(&b, NULL);
    }
    xs_release(resp);
    xs_release(err);
    xs_release(in);
    xs_interp_free(it);
    xs_workspace_free(ws);
    xs_diag_release(&d);
    return res;
}

static void result_free(result *r)
{
    xs_free(r->json);
    xs_free(r->error);
}

/* A function "f" whose stack is stack and whose response is resp. */
static result run_stack(const char *stack, const char *resp)
{
    xs_buf b;
    xs_buf_init(&b);
    xs_buf_addf(&b, "function f {\n  input {\n  }\n  stack {\n%s\n  }\n  response = %s\n}\n", stack,
                resp);
    result r = run_src(b.ptr, "f", NULL, NULL);
    xs_buf_release(&b);
    return r;
}

#define EXPECT_RESP(stack, resp, want)                                                             \
    do {                                                                                           \
        result r_ = run_stack(stack, resp);                                                        \
        if (r_.error)                                                                              \
            xs_unit_fail(__FILE__, __LINE__, "%s: unexpected error %s", resp, r_.error);           \
        else if (strcmp(r_.json, want) != 0)                                                       \
            xs_unit_fail(__FILE__, __LINE__, "%s: got %s, want %s", resp, r_.json, want);          \
        result_free(&r_);                                                                          \
    } while (0)

#define EXPECT(resp, want) EXPECT_RESP("", resp, want)

/* The error's "name" and "message" must appear as given (substring). */
#define EXPECT_ERR(stack, resp, part)                                                              \
    do {                                                                                           \
        result r_ = run_stack(stack, resp);                                                        \
        if (!r_.error)                                                                             \
            xs_unit_fail(__FILE__, __LINE__, "no error, response %s", r_.json);                    \
        else if (!strstr(r_.error, part))                                                          \
            xs_unit_fail(__FILE__, __LINE__, "error %s lacks %s", r_.error, part);                 \
        result_free(&r_);                                                                          \
    } while (0)

/* ---- expressions ---- */

static void arithmetic(void)
{
    EXPECT("1 + 2 * 3", "7");
    EXPECT("20 / 4", "5");
    EXPECT("7 / 2", "3.5");
    EXPECT("2.5 * 2", "5");
    EXPECT("0.1 + 0.2", "0.30000000000000004");
    EXPECT("9223372036854775807 + 1", "9.223372036854776e+18");
    EXPECT("-3 - 4", "-7");
    EXPECT("\"3\" + 4", "7");
    EXPECT("null + 1", "1");
    EXPECT("`7 % 3`", "1");
    EXPECT_ERR("", "1 / 0", "\"message\":\"Division by zero\"");
    EXPECT_ERR("", "`1 % 0`", "Modulo by zero");
}

static void comparison_and_logic(void)
{
    EXPECT("1 == \"1\"", "true");
    EXPECT("1 === \"1\"", "false");
    EXPECT("1 == 1.0", "true");
    EXPECT("null == false", "true");
    EXPECT("null == 0", "true");
    EXPECT("\"10\" > \"9\"", "true");
    EXPECT("\"b\" > \"a\"", "true");
    EXPECT("2 < 10", "true");
    EXPECT("0 || \"\"", "false");
    EXPECT("\"a\" && 1", "true");
    EXPECT("null ?? 5", "5");
    EXPECT("0 ?? 5", "0");
    EXPECT("false ?? 5", "false");
    EXPECT("[] ? 1 : 2", "2");
    EXPECT("\"0\" ? 1 : 2", "2");
    EXPECT("{a: 1} ? 1 : 2", "1");
    EXPECT("`!0`", "true");
}

static void concatenation(void)
{
    EXPECT("\"a\" ~ 1 ~ 2.5 ~ true ~ null ~ false", "\"a12.51\"");
    EXPECT("\"x\" ~ 3.0", "\"x3\"");
}

static void paths(void)
{
    EXPECT_RESP("var $x {\n value = {a: {b: [10, 20, {c: 3}]}}\n }", "$x.a.b[2].c", "3");
    EXPECT_RESP("var $x {\n value = {a: 1}\n }", "$x.nope.deeper ?? 100", "100");
    EXPECT_RESP("var $x {\n value = {k: 1}\n }", "$x[\"k\"]", "1");
    EXPECT_RESP("var $x {\n value = [1, 2]\n }", "$x[5]", "null");
    EXPECT_RESP("var $x {\n value = 5\n }", "$var.x", "5");
    EXPECT("({a: 2}).a", "2");
}

static void filters(void)
{
    EXPECT("[1, 2]|push:3|count", "3");
    EXPECT("{}|set:\"a\":1|set:\"b\":2", "{\"a\":1,\"b\":2}");
    EXPECT("[1, 2, 3]|map:$$ * 10", "[10,20,30]");
    EXPECT("[5, 6]|map:$index", "[0,1]");
    EXPECT("[5, 6]|map:$this + 1", "[6,7]");
    EXPECT_ERR("", "1|nope", "unknown filter 'nope'");
    EXPECT_ERR("", "1|push", "filter 'push' takes 1 argument, got 0");
}

static void env_and_now(void)
{
    result r = run_src("function f {\n  input {\n  }\n  stack {\n  }\n  response = [$env.REGION, "
                       "$env.NOPE, now > 1700000000000]\n}\n",
                       "f", NULL, "{\"env\": {\"REGION\": \"eu\"}}");
    CHECK_STR(r.json, "[\"eu\",null,true]");
    result_free(&r);
}

/* ---- statements ---- */

static void variables_and_scope(void)
{
    EXPECT_RESP("conditional {\n if (true) {\n var $inner {\n value = 1\n }\n }\n }", "$inner",
                "1");
    EXPECT_RESP("var $a {\n value = [1]\n }\n var $b {\n value = $a\n }\n var.update $b {\n "
                "value = $b|push:2\n }",
                "[$a, $b]", "[[1],[1,2]]");
    EXPECT_RESP("var $o {\n value = {a: {b: 1}}\n }\n var.update $o.a.c {\n value = 2\n }", "$o",
                "{\"a\":{\"b\":1,\"c\":2}}");
    EXPECT_RESP("var $n {\n value = 1\n }\n math.add $n {\n value = 41\n }", "$n", "42");
}

static void loops(void)
{
    EXPECT_RESP("var $s {\n value = 0\n }\n foreach ([1, 2, 3]) {\n each as $x {\n "
                "var.update $s {\n value = $s + $x\n }\n }\n }",
                "[$s, $x]", "[6,3]");
    EXPECT_RESP("var $s {\n value = [] \n }\n for (5) {\n each as $i {\n conditional {\n if "
                "($i == 1) {\n continue\n }\n elseif ($i == 3) {\n break\n }\n }\n var.update "
                "$s {\n value = $s|push:$i\n }\n }\n }",
                "$s", "[0,2]");
    EXPECT_RESP("var $i {\n value = 0\n }\n while ($i < 4) {\n each {\n var.update $i {\n "
                "value = $i + 1\n }\n }\n }",
                "$i", "4");
    EXPECT_RESP("var $l {\n value = [1, 2, 3, 4]\n }\n foreach ($l) {\n each as $x {\n "
                "conditional {\n if (`$x % 2` == 0) {\n foreach.remove\n }\n }\n }\n }",
                "$l", "[1,3]");
}

static void switch_case(void)
{
    const char *sw = "var $r {\n value = []\n }\n switch (2) {\n case (1) {\n var.update $r {\n "
                     "value = $r|push:1\n }\n } break\n case (2) {\n var.update $r {\n value = "
                     "$r|push:2\n }\n }\n case (3) {\n var.update $r {\n value = $r|push:3\n "
                     "}\n } break\n default {\n var.update $r {\n value = $r|push:0\n }\n }\n }";
    EXPECT_RESP(sw, "$r", "[2,3]");
}

static void returns(void)
{
    EXPECT_RESP("foreach ([1, 2, 3]) {\n each as $x {\n conditional {\n if ($x == 2) {\n "
                "return {\n value = $x * 100\n }\n }\n }\n }\n }",
                "\"late\"", "200");
}

static void errors(void)
{
    EXPECT_RESP("try_catch {\n try {\n throw {\n name = \"Boom\"\n value = \"it broke\"\n }\n "
                "}\n catch {\n var $e {\n value = [$error.name, $error.message, $error.code]\n "
                "}\n }\n }",
                "$e", "[\"Boom\",\"it broke\",\"ERROR_FATAL\"]");
    EXPECT_RESP("try_catch {\n try {\n precondition (false) {\n error_type = \"notfound\"\n "
                "error = \"gone\"\n }\n }\n catch {\n var $e {\n value = [$error.name, "
                "$error.code, $error.message]\n }\n }\n }",
                "$e", "[\"ERROR_CODE_NOT_FOUND\",\"ERROR_CODE_NOT_FOUND\",\"gone\"]");
    EXPECT_RESP("var $log {\n value = []\n }\n try_catch {\n try {\n var $x {\n value = 1 / 0\n "
                "}\n }\n catch {\n var.update $log {\n value = $log|push:$error.message\n }\n }\n "
                "finally {\n var.update $log {\n value = $log|push:\"finally\"\n }\n }\n }",
                "$log", "[\"Division by zero\",\"finally\"]");
    EXPECT_ERR("precondition (1 > 2) {\n error_type = \"accessdenied\"\n error = \"no\"\n }", "1",
               "\"name\":\"ERROR_CODE_ACCESS_DENIED\",\"message\":\"no\"");
    EXPECT_ERR("precondition (false) {\n error = \"x\"\n payload = {k: 1}\n }", "1",
               "\"payload\":{\"k\":1}");
    EXPECT_ERR("throw {\n name = \"E\"\n value = \"v\"\n }", "1",
               "\"location\":\"test.xs:5:1\",\"stack\":[\"f\"]");
    EXPECT_ERR("frobnicate.now {\n a = 1\n }", "1", "statement 'frobnicate.now' is not supported");
}

/* ---- function.run and input ---- */

static const char *callee_src =
    "function \"Workers/Add One\" {\n"
    "  input {\n"
    "    int n\n"
    "    text label?=\"none\" filters=trim|lower\n"
    "    decimal? ratio\n"
    "    enum kind?=\"a\" {\n      values = [\"a\", \"b\"]\n    }\n"
    "    int[] extra?\n"
    "    object meta? {\n      schema {\n        int id\n        text tag?\n      }\n    }\n"
    "    int big? filters=min:10\n"
    "  }\n"
    "  stack {\n  }\n"
    "  response = $input\n"
    "}\n"
    "function caller {\n"
    "  input {\n    json args\n  }\n"
    "  stack {\n"
    "    function.run \"Workers/Add One\" {\n      input = $input.args\n    } as $r\n"
    "  }\n"
    "  response = $r\n"
    "}\n";

#define EXPECT_CALL(args, want)                                                                    \
    do {                                                                                           \
        result r_ = run_src(callee_src, "caller", "{\"args\": " args "}", NULL);                   \
        const char *got_ = r_.error ? r_.error : r_.json;                                          \
        if (!strstr(got_, want))                                                                   \
            xs_unit_fail(__FILE__, __LINE__, "%s: got %s, want %s", args, got_, want);             \
        result_free(&r_);                                                                          \
    } while (0)

static void function_run_input(void)
{
    EXPECT_CALL("{\"n\": 1}", "{\"n\":1,\"label\":\"none\",\"ratio\":null,\"kind\":\"a\","
                              "\"extra\":null,\"meta\":null,\"big\":null}");
    EXPECT_CALL("{\"n\": \"7\", \"label\": \"  HeLLo \", \"ratio\": 2, \"unknown\": 1}",
                "{\"n\":7,\"label\":\"hello\",\"ratio\":2,");
    EXPECT_CALL("{}", "\"message\":\"Missing param: n\"");
    EXPECT_CALL("{\"n\": \"abc\"}", "Invalid value for param 'n': expected an integer");
    EXPECT_CALL("{\"n\": 1, \"kind\": \"c\"}", "param 'kind': expected one of [");
    EXPECT_CALL("{\"n\": 1, \"extra\": [1, \"x\"]}", "param 'extra[1]'");
    EXPECT_CALL("{\"n\": 1, \"meta\": {\"tag\": \"t\"}}", "Missing param: meta.id");
    EXPECT_CALL("{\"n\": 1, \"meta\": {\"id\": \"3\", \"zz\": 1}}",
                "\"meta\":{\"id\":3,\"tag\":null}");
    EXPECT_CALL("{\"n\": 1, \"big\": 3}", "Invalid value for param 'big': must be at least 10");
}

static void recursion_depth(void)
{
    const char *src = "function rec {\n  input {\n    int n\n  }\n  stack {\n"
                      "    function.run rec {\n      input = {n: $input.n + 1}\n    } as $x\n"
                      "  }\n  response = $x\n}\n";
    result r = run_src(src, "rec", "{\"n\": 0}", "{\"limits\": {\"max_call_depth\": 50}}");
    CHECK(r.st == XS_E_LIMIT);
    CHECK(r.error && strstr(r.error, "call depth limit max_call_depth (50) exceeded"));
    result_free(&r);
}

static void statement_limit(void)
{
    const char *src = "function spin {\n  input {\n  }\n  stack {\n    while (true) {\n"
                      "      each {\n        var $x {\n          value = 1\n        }\n"
                      "      }\n    }\n  }\n  response = 1\n}\n";
    result r = run_src(src, "spin", NULL, "{\"limits\": {\"max_statements\": 1000}}");
    CHECK(r.st == XS_E_LIMIT);
    CHECK(r.error && strstr(r.error, "statement limit max_statements (1000)"));
    result_free(&r);
    /* A limit error is not caught by try_catch. */
    src = "function spin {\n  input {\n  }\n  stack {\n    try_catch {\n      try {\n"
          "        while (true) {\n          each {\n          }\n        }\n      }\n"
          "      catch {\n        var $caught {\n          value = true\n        }\n      }\n"
          "    }\n  }\n  response = 1\n}\n";
    r = run_src(src, "spin", NULL, "{\"limits\": {\"max_statements\": 500}}");
    CHECK(r.st == XS_E_LIMIT);
    result_free(&r);
}

static void wall_time_limit(void)
{
    /* A sleep that would pass max_wall_ms fails at once, without sleeping. */
    const char *src = "function nap {\n  input {\n  }\n  stack {\n    util.sleep {\n"
                      "      value = 3600\n    }\n  }\n  response = 1\n}\n";
    result r = run_src(src, "nap", NULL, "{\"limits\": {\"max_wall_ms\": 1000}}");
    CHECK(r.st == XS_E_LIMIT);
    CHECK(r.error && strstr(r.error, "wall time limit max_wall_ms (1000 ms)"));
    result_free(&r);
    /* An empty loop still meets the statement limit. */
    src = "function spin {\n  input {\n  }\n  stack {\n    for (1000000000) {\n"
          "      each as $i {\n      }\n    }\n  }\n  response = 1\n}\n";
    r = run_src(src, "spin", NULL, "{\"limits\": {\"max_statements\": 5000}}");
    CHECK(r.st == XS_E_LIMIT);
    result_free(&r);
}

/* A run that keeps what it allocates is stopped at max_memory_bytes;
 * the same run under a larger limit ends. Each of its 100,000 passes keeps
 * an object of four fields (well over 4 MB in all). */
static void memory_limit(void)
{
    const char *src = "function hoard {\n  input {\n  }\n  stack {\n    var $kept {\n"
                      "      value = []\n    }\n    for (100000) {\n      each as $i {\n"
                      "        var.update $kept {\n"
                      "          value = $kept|push:{a: $i, b: $i, c: $i, d: $i}\n"
                      "        }\n      }\n    }\n  }\n  response = $kept|count\n}\n";
    result r = run_src(src, "hoard", NULL,
                       "{\"limits\": {\"max_memory_bytes\": 4000000, \"max_statements\": 0}}");
    CHECK(r.st == XS_E_LIMIT);
    CHECK(r.error && strstr(r.error, "memory limit max_memory_bytes (4000000 bytes)"));
    result_free(&r);
    r = run_src(src, "hoard", NULL,
                "{\"limits\": {\"max_memory_bytes\": 400000000, \"max_statements\": 0}}");
    CHECK(r.st == XS_OK);
    result_free(&r);
}

/* The seed's accumulation idiom pushes in place: the filter sees a block
 * held only by its slot every time after the first. */
static void linear_accumulation(void)
{
    push_calls = push_unique_calls = 0;
    EXPECT_RESP("var $errors {\n value = []\n }\n for (20000) {\n each as $i {\n var.update "
                "$errors {\n value = $errors|push:{i: $i}\n }\n }\n }",
                "$errors|count", "20000");
    CHECK_INT(push_calls, 20000);
    CHECK_INT(push_unique_calls, 20000);
}

static void no_leaks(void)
{
    xs_value_drop_caches();
    long before = xs_alloc_live();
    EXPECT_RESP("var $a {\n value = {x: [1, {y: \"z\"}]}\n }\n try_catch {\n try {\n throw {\n "
                "name = \"N\"\n value = $a\n }\n }\n catch {\n var $m {\n value = $error\n }\n "
                "}\n }",
                "$m.message.x[1].y", "\"z\"");
    xs_value_drop_caches();
    CHECK_INT(xs_alloc_live(), before);
}

const xs_unit_case xs_unit_interp[] = {
    {"arithmetic", arithmetic},
    {"comparison_and_logic", comparison_and_logic},
    {"concatenation", concatenation},
    {"paths", paths},
    {"filters", filters},
    {"env_and_now", env_and_now},
    {"variables_and_scope", variables_and_scope},
    {"loops", loops},
    {"switch_case", switch_case},
    {"returns", returns},
    {"errors", errors},
    {"function_run_input", function_run_input},
    {"recursion_depth", recursion_depth},
    {"statement_limit", statement_limit},
    {"wall_time_limit", wall_time_limit},
    {"memory_limit", memory_limit},
    {"linear_accumulation", linear_accumulation},
    {"no_leaks", no_leaks},
    {NULL, NULL},
};
