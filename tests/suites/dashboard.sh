# The dashboard of `xsflow serve` (/_xsflow/): its embedded files over
# curl (types, headers, redirect, 404, 405, no token needed), then the page
# in a real browser (tests/browser/dashboard.mjs: Debian's chromium driven
# by playwright-core, both installed by scripts/deps) against the admin
# API, with and without an admin token. Workspace: tests/dashboard/ws.
# Everything listens on 127.0.0.1 on ports the kernel picks; every wait
# has a time limit. Screenshots go to $XS_SCREENSHOT_DIR (default $TMP).
# Sourced by tests/run ($XSFLOW, $TMP, $ROOT).

DASH_TOKEN="dash-token-for-tests"

dash_cleanup() {
    local p
    for p in ${DASH_PIDS:-}; do
        kill "$p" 2> /dev/null || true
        wait "$p" 2> /dev/null || true
    done
    DASH_PIDS=""
    if grep -q "Sanitizer\|runtime error:" "$DASH_DIR/serve.err" 2> /dev/null; then
        head -40 "$DASH_DIR/serve.err"
        exit 1
    fi
}

# Starts `xsflow serve` on a fresh copy of the workspace; sets DASH (base
# URL), DASH_DIR, DASH_WS, DASH_DB. Extra arguments go to serve; the
# environment variable XSFLOW_ADMIN_TOKEN passes through.
dash_start() {
    DASH_DIR="$(mktemp -d "$TMP/dash.XXXXXX")"
    DASH_WS="$DASH_DIR/ws"
    DASH_DB="sqlite:$DASH_DIR/x.db"
    cp -r "$ROOT/tests/dashboard/ws" "$DASH_WS"
    "$XSFLOW" serve "$DASH_WS" --db "$DASH_DB" --listen 127.0.0.1:0 --threads 2 "$@" \
        > "$DASH_DIR/serve.out" 2> "$DASH_DIR/serve.err" &
    DASH_PIDS="${DASH_PIDS:-} $!"
    trap dash_cleanup EXIT
    local i port=""
    for i in $(seq 100); do
        port="$(sed -n 's/^listening on http:\/\/127\.0\.0\.1:\([0-9]*\).*/\1/p' "$DASH_DIR/serve.out" 2> /dev/null)" || true
        [ -n "$port" ] && break
        sleep 0.1
    done
    if [ -z "$port" ]; then
        echo "serve did not start:"
        cat "$DASH_DIR/serve.out" "$DASH_DIR/serve.err"
        return 1
    fi
    DASH="http://127.0.0.1:$port"
}

# dash_head PATH [CURL ARGS...]: the status line and headers of a GET.
dash_head() {
    local path="$1"
    shift
    curl -sS --max-time 10 -o /dev/null -D - "$@" "$DASH$path" | tr -d '\r'
}

# expect_line TEXT LINE...: each LINE is one of TEXT's lines (case-insensitive).
dash_expect_lines() {
    local text="$1" l
    shift
    for l in "$@"; do
        if ! grep -qixF -- "$l" <<< "$text"; then
            echo "expected the line: $l"
            echo "in:"
            echo "$text"
            return 1
        fi
    done
}

# Queues NAME [INPUT] and waits (30 s at most) for its end; prints its id.
dash_run() {
    local out
    out="$(timeout 30 "$XSFLOW" enqueue "$1" ${2:+--input "$2"} --workspace "$DASH_WS" \
        --db "$DASH_DB" --wait)" || { echo "enqueue $1 failed: $out" >&2; return 1; }
    head -1 <<< "$out"
}

# The browser's tools: a missing one fails the case (CI installs them).
dash_browser_ready() {
    command -v node > /dev/null || { echo "node is missing: scripts/deps installs it"; return 1; }
    [ -x /usr/bin/chromium ] || { echo "/usr/bin/chromium is missing: scripts/deps installs it"; return 1; }
    [ -f "$ROOT/tests/browser/node_modules/playwright-core/package.json" ] ||
        { echo "tests/browser/node_modules is missing: scripts/deps runs npm ci there"; return 1; }
}

# dash_browser NAME [ARGS...]: queues a Partial run (with markup in its
# input), a Complete one, then runs the browser test; its screenshot is
# NAME.png.
dash_browser() {
    local name="$1" partial ok shot
    shift
    local markup='<img src=x id=xss onerror=alert(1)>'
    partial="$(dash_run "Tasks/Sync Team" "{\"team\":\"$markup\"}")"
    ok="$(dash_run Tasks/Ping)"
    shot="${XS_SCREENSHOT_DIR:-$TMP}/$name.png"
    rm -f "$shot"
    timeout 120 node "$ROOT/tests/browser/dashboard.mjs" --url "$DASH" \
        --expect "$partial=Partial,$ok=Complete" --partial "$partial" \
        --step team_roster --error "roster down" --markup "$markup" \
        --schedule Tasks/Nightly --enqueue Tasks/Ping --cancel Tasks/Slow \
        --xsflow "$XSFLOW" --workspace "$DASH_WS" --db "$DASH_DB" \
        --screenshot "$shot" "$@"
    [ "$(head -c 4 "$shot" | tail -c 3)" = PNG ] || { echo "no PNG screenshot at $shot"; return 1; }
}

# ---- the files ----

test_dashboard_assets_have_types_and_headers() {
    dash_start
    local h
    h="$(dash_head /_xsflow/)"
    dash_expect_lines "$h" 'HTTP/1.1 200 OK' 'Content-Type: text/html; charset=utf-8' \
        'Cache-Control: no-cache' 'X-Content-Type-Options: nosniff'
    grep -qi "^Content-Security-Policy: default-src 'self';" <<< "$h" || { echo "$h"; return 1; }
    grep -qi "frame-ancestors 'none'" <<< "$h" || { echo "$h"; return 1; }
    h="$(dash_head /_xsflow/app.js)"
    dash_expect_lines "$h" 'HTTP/1.1 200 OK' 'Content-Type: text/javascript; charset=utf-8' \
        'Cache-Control: no-cache' 'X-Content-Type-Options: nosniff'
    h="$(dash_head /_xsflow/style.css)"
    dash_expect_lines "$h" 'HTTP/1.1 200 OK' 'Content-Type: text/css; charset=utf-8'
    h="$(dash_head /_xsflow/favicon.svg)"
    dash_expect_lines "$h" 'HTTP/1.1 200 OK' 'Content-Type: image/svg+xml'
    # HEAD answers the same headers without a body
    h="$(curl -sS --max-time 10 -I "$DASH/_xsflow/index.html" | tr -d '\r')"
    dash_expect_lines "$h" 'HTTP/1.1 200 OK' 'Content-Type: text/html; charset=utf-8'
}

test_dashboard_serves_the_files_of_web() {
    dash_start
    local f
    for f in "$ROOT"/web/*; do
        curl -sS --max-time 10 -o "$DASH_DIR/got" "$DASH/_xsflow/$(basename "$f")"
        cmp "$f" "$DASH_DIR/got" || { echo "/_xsflow/$(basename "$f") differs from web/"; return 1; }
    done
    curl -sS --max-time 10 -o "$DASH_DIR/got" "$DASH/_xsflow/"
    cmp "$ROOT/web/index.html" "$DASH_DIR/got"
}

test_dashboard_etag_revalidates() {
    dash_start
    local etag
    etag="$(dash_head /_xsflow/app.js | sed -n 's/^ETag: //Ip')"
    [ -n "$etag" ] || { echo "no ETag"; return 1; }
    [ "$(curl -sS --max-time 10 -o /dev/null -w '%{http_code}' -H "If-None-Match: $etag" \
        "$DASH/_xsflow/app.js")" = 304 ]
    [ "$(curl -sS --max-time 10 -o /dev/null -w '%{http_code}' -H 'If-None-Match: "other"' \
        "$DASH/_xsflow/app.js")" = 200 ]
}

test_dashboard_redirects_404_and_405() {
    dash_start
    local h out
    h="$(dash_head /_xsflow)"
    dash_expect_lines "$h" 'HTTP/1.1 301 Moved Permanently' 'Location: /_xsflow/'
    out="$(curl -sS --max-time 10 -w ' [%{http_code}]' "$DASH/_xsflow/nope.js")"
    [[ "$out" == '{"code":"ERROR_CODE_NOT_FOUND",'*' [404]' ]] || { echo "$out"; return 1; }
    out="$(curl -sS --max-time 10 -w ' [%{http_code}]' "$DASH/_xsflow/web/app.js")"
    [[ "$out" == *'"ERROR_CODE_NOT_FOUND"'*' [404]' ]] || { echo "$out"; return 1; }
    h="$(dash_head /_xsflow/app.js -X POST -H 'Content-Type: application/json' -d '{}')"
    dash_expect_lines "$h" 'HTTP/1.1 405 Method Not Allowed' 'Allow: GET, HEAD' \
        'Content-Type: application/json; charset=utf-8'
    h="$(dash_head /_xsflow/ -X DELETE)"
    dash_expect_lines "$h" 'HTTP/1.1 405 Method Not Allowed'
}

test_dashboard_files_need_no_token() {
    XSFLOW_ADMIN_TOKEN="$DASH_TOKEN" dash_start
    local h
    h="$(dash_head /_xsflow/)"
    dash_expect_lines "$h" 'HTTP/1.1 200 OK'
    h="$(dash_head /_xsflow/app.js)"
    dash_expect_lines "$h" 'HTTP/1.1 200 OK'
    # the data does
    h="$(dash_head /_xsflow/api/health)"
    dash_expect_lines "$h" 'HTTP/1.1 401 Unauthorized'
}

# ---- in a browser ----

test_dashboard_browser_open() {
    dash_browser_ready
    dash_start
    dash_browser dashboard-open
}

test_dashboard_browser_token() {
    dash_browser_ready
    XSFLOW_ADMIN_TOKEN="$DASH_TOKEN" dash_start
    dash_browser dashboard-token --token "$DASH_TOKEN"
}
