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
            openssl libcurl libmicrohttpd) -lm -lpthread
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
