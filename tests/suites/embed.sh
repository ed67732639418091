# The public API (include/xsflow.h): examples/embed built against the
# library next to the binary under test, run, its exact output compared;
# and the library exports only xsflow.h's functions. Sourced by tests/run
# ($XSFLOW, $TMP, $ROOT).

# The functions xsflow.h declares, sorted.
embed_api() {
    grep -oE '^XS_API [^(]*\(' "$ROOT/include/xsflow.h" | grep -oE 'xsflow_[a-z_]+\($' | tr -d '(' | sort
}

# Builds examples/embed/main.c against the static library beside $XSFLOW,
# with the sanitizers when that library was built with them.
embed_build() {
    local dir lib san=""
    dir="$(dirname "$XSFLOW")"
    lib="$dir/libxsflow.a"
    [ -f "$lib" ] || { echo "no $lib"; return 1; }
    if nm "$lib" 2> /dev/null | grep -q '__asan_init'; then
        san="-fsanitize=address,undefined"
    fi
    # shellcheck disable=SC2046
    cc -std=c17 -Wall -Wextra -Werror -g $san -I"$ROOT/include" -o "$TMP/embed_example" \
        "$ROOT/examples/embed/main.c" "$lib" \
        $(pkg-config --libs sqlite3 libpq libcrypto libpcre2-8 yaml-0.1 libxml-2.0 libxcrypt \
            openssl libcurl libmicrohttpd libzip hiredis) -lm -lpthread
}

# The example registers a native worker, runs an orchestrator calling it,
# then calls the worker with an input its declared block refuses.
test_embed_example() {
    embed_build
    cat > "$TMP/expected" <<'OUT'
Orchestrate {"n":4} -> 0 {"successes":[{"id":1,"square":1},{"id":2,"square":4}],"failures":[{"id":0,"error":"id 0 is a multiple of 3"},{"id":3,"error":"id 3 is a multiple of 3"}]}
Workers/fast_thing {"id":"seven"} -> 4 {"name":"ERROR_CODE_INPUT_ERROR","message":"Invalid value for param 'id': expected an integer, got \"seven\"","code":"ERROR_CODE_INPUT_ERROR","result":{"param":"id"},"payload":{"param":"id"},"location":"<native Workers/fast_thing>:3:7","stack":["Workers/fast_thing"]}
OUT
    "$TMP/embed_example" "$ROOT/examples/embed/ws" > "$TMP/got"
    diff -u "$TMP/expected" "$TMP/got"
}

# A workspace that does not load gives NULL and the error as JSON.
test_embed_open_error() {
    embed_build
    mkdir -p "$TMP/broken"
    printf 'function "x" {\n  stack {\n' > "$TMP/broken/x.xs"
    if "$TMP/embed_example" "$TMP/broken" 2> "$TMP/err"; then
        echo "a broken workspace opened"
        return 1
    fi
    grep -q '^open: {"name":"Error","message":".*","code":"ERROR_PARSE"}$' "$TMP/err"
}

# Compiled with -fvisibility=hidden, the library's default-visibility
# global definitions are exactly xsflow.h's functions (what libxsflow.so
# exports); the shared library itself is checked when it was built.
test_embed_exports() {
    local dir
    dir="$(dirname "$XSFLOW")"
    embed_api > "$TMP/api"
    [ -s "$TMP/api" ]
    readelf -sW "$dir/libxsflow.a" |
        awk '$5 == "GLOBAL" && $6 == "DEFAULT" && $7 != "UND" { print $8 }' |
        grep -v '^__' | sort -u > "$TMP/archive"
    diff -u "$TMP/api" "$TMP/archive"
    if [ -f "$dir/libxsflow.so" ]; then
        nm -D --defined-only "$dir/libxsflow.so" | awk '{ print $3 }' | sort > "$TMP/so"
        diff -u "$TMP/api" "$TMP/so"
    fi
}

# A native error is a XanoScript error try_catch catches; a missing
# function, input that is not JSON, and a late or duplicate registration
# each give their status and an error object.
test_embed_errors() {
    embed_build
    mkdir -p "$TMP/ews"
    cat > "$TMP/ews/catch.xs" <<'XS'
function "Catch" {
  input {
  }
  stack {
    try_catch {
      try {
        function.run "Native/fail" {
          input = {}
        } as $r
      }
      catch {
        var $r {
          value = "caught " ~ $error.code ~ ": " ~ $error.message
        }
      }
    }
  }
  response = $r
}
XS
    cat > "$TMP/errors.c" <<'C'
#include <stdio.h>

#include "xsflow.h"

static void fail(void *ud, const char *input, xsflow_reply *reply)
{
    (void)ud;
    (void)input;
    xsflow_reply_error(reply, "ERROR_CODE_ACCESS_DENIED", "no access");
}

/* out is read here, after the call in the argument list has set it. */
static void say(const char *what, int st, char **out)
{
    printf("%s %d %s\n", what, st, *out ? *out : "-");
    xsflow_free(*out);
    *out = NULL;
}

int main(int argc, char **argv)
{
    char *out = NULL;
    xsflow *x = xsflow_open(argc > 1 ? argv[1] : ".", NULL);
    if (!x)
        return 1;
    say("register", xsflow_register(x, "Native/fail", NULL, fail, NULL, &out), &out);
    say("duplicate", xsflow_register(x, "Catch", NULL, fail, NULL, &out), &out);
    say("catch", xsflow_run(x, "Catch", NULL, &out), &out);
    say("uncaught", xsflow_run(x, "Native/fail", "{}", &out), &out);
    say("missing", xsflow_run(x, "Nope", NULL, &out), &out);
    say("bad json", xsflow_run(x, "Catch", "{", &out), &out);
    say("late", xsflow_register(x, "Native/late", NULL, fail, NULL, &out), &out);
    xsflow_close(x);
    return 0;
}
C
    local san=""
    nm "$(dirname "$XSFLOW")/libxsflow.a" 2> /dev/null | grep -q '__asan_init' &&
        san="-fsanitize=address,undefined"
    # shellcheck disable=SC2046
    cc -std=c17 -Wall -Wextra -Werror -g $san -I"$ROOT/include" -o "$TMP/errors" "$TMP/errors.c" \
        "$(dirname "$XSFLOW")/libxsflow.a" \
        $(pkg-config --libs sqlite3 libpq libcrypto libpcre2-8 yaml-0.1 libxml-2.0 libxcrypt \
            openssl libcurl libmicrohttpd libzip hiredis) -lm -lpthread
    "$TMP/errors" "$TMP/ews" > "$TMP/got"
    cat "$TMP/got"
    grep -qx 'register 0 -' "$TMP/got"
    grep -qx 'duplicate 2 {"name":"Error","message":"a function named '"'"'Catch'"'"' exists already","code":"ERROR_CODE_BAD_REQUEST"}' "$TMP/got"
    grep -qx 'catch 0 "caught ERROR_CODE_ACCESS_DENIED: no access"' "$TMP/got"
    grep -q '^uncaught 4 {"name":"ERROR_CODE_ACCESS_DENIED","message":"no access","code":"ERROR_CODE_ACCESS_DENIED"' "$TMP/got"
    grep -qx 'missing 3 {"name":"Error","message":"no function named '"'"'Nope'"'"'","code":"ERROR_CODE_NOT_FOUND"}' "$TMP/got"
    grep -q '^bad json 1 {"name":"Error","message":"invalid JSON: ' "$TMP/got"
    grep -q '^late 1 {"name":"Error","message":"native functions are registered before the first run"' "$TMP/got"
}
