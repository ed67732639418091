# HTTP in and out: api.request against a local stand-in of the outside world
# (tests/http/standin.c: a third-party API and a Slack webhook receiver), and
# the query endpoint server (`xsflow http serve`) against curl. Everything
# listens on 127.0.0.1 only, on ports the kernel picks, and every client
# call has a time limit. Sourced by tests/run ($XSFLOW, $TMP, $ROOT).

# Builds the stand-in once per test run.
http_standin_bin() {
    local bin="$TMP/http-standin"
    if [ ! -x "$bin" ]; then
        cc -std=c17 -D_GNU_SOURCE -O1 -o "$bin.tmp" "$ROOT/tests/http/standin.c" \
            $(pkg-config --cflags --libs libmicrohttpd) && mv "$bin.tmp" "$bin"
    fi
    echo "$bin"
}

# Waits (at most 10 s) for a line matching $2 in file $1; prints the port.
http_wait_port() {
    local i
    for i in $(seq 100); do
        if grep -q "$2" "$1" 2> /dev/null; then
            grep -o '[0-9]\+' <<< "$(grep "$2" "$1" | head -1 | grep -o ':[0-9]\+\|port [0-9]\+')" | tail -1
            return 0
        fi
        sleep 0.1
    done
    echo "no port in $1:" >&2
    cat "$1" >&2
    return 1
}

# Kills what this case started (called from the case's EXIT trap) and fails
# the case when a server it started reported a sanitizer finding (the
# servers run the binary under test, ASan included, and report at exit).
http_cleanup() {
    local p f bad=0
    for p in ${HTTP_PIDS:-}; do
        kill "$p" 2> /dev/null || true
        wait "$p" 2> /dev/null || true
    done
    HTTP_PIDS=""
    for f in ${HTTP_ERRS:-}; do
        if grep -q "Sanitizer\|runtime error:" "$f" 2> /dev/null; then
            head -40 "$f"
            bad=1
        fi
    done
    HTTP_ERRS=""
    [ "$bad" -eq 0 ] || exit 1
}

# Starts the stand-in; sets STANDIN (its base URL) and HOOK_LOG.
http_standin_start() {
    local bin id=$BASHPID
    bin="$(http_standin_bin)"
    HOOK_LOG="$TMP/hook.$id.log"
    : > "$HOOK_LOG"
    "$bin" --record "$HOOK_LOG" > "$TMP/standin.$id.out" 2>&1 &
    HTTP_PIDS="${HTTP_PIDS:-} $!"
    trap http_cleanup EXIT
    local port
    port="$(http_wait_port "$TMP/standin.$id.out" '^port ')"
    STANDIN="http://127.0.0.1:$port"
}

# Starts `xsflow http serve DIR ARGS...`; sets SERVER (its base URL).
http_serve_start() {
    local dir="$1" id=$BASHPID
    shift
    "$XSFLOW" http serve "$dir" --listen 127.0.0.1:0 --threads 2 "$@" \
        > "$TMP/serve.$id.out" 2> "$TMP/serve.$id.err" &
    HTTP_PIDS="${HTTP_PIDS:-} $!"
    HTTP_ERRS="${HTTP_ERRS:-} $TMP/serve.$id.err"
    trap http_cleanup EXIT
    local port
    port="$(http_wait_port "$TMP/serve.$id.out" '^listening on ')"
    SERVER="http://127.0.0.1:$port"
}

# curl with a time limit; prints the body then " [STATUS]".
http_curl() {
    curl -sS --max-time 10 -w ' [%{http_code}]' "$@"
}

# expect_has TEXT NEEDLE...: every needle occurs in TEXT.
expect_has() {
    local text="$1" n
    shift
    for n in "$@"; do
        if [[ "$text" != *"$n"* ]]; then
            echo "expected to find: $n"
            echo "in: $text"
            return 1
        fi
    done
}

# The function the api.request cases run: one request described by input.
http_client_ws() {
    local dir
    dir="$(mktemp -d "$TMP/client.XXXXXX")"
    cat > "$dir/call.xs" <<'XS'
function call {
  input {
    text url
    text method?="GET"
    json params?
    json headers?
    int timeout?
  }
  stack {
    try_catch {
      try {
        api.request {
          url = $input.url
          method = $input.method
          params = $input.params
          headers = $input.headers
          timeout = $input.timeout
        } as $r
        var $out {
          value = {success: true, status: $r.response.status, result: $r.response.result, headers: $r.response.headers, sent: $r.request}
        }
      }
      catch {
        var $out {
          value = {success: false, error: $error.message}
        }
      }
    }
  }
  response = $out
}
XS
    echo "$dir/call.xs"
}

# call INPUT-JSON: runs the function; prints its compact response.
http_call() {
    timeout 30 "$XSFLOW" run "$(http_client_ws)" --compact --input "$1"
}

# ---- api.request ----

test_http_request_json_decoded() {
    http_standin_start
    out="$(http_call "{\"url\":\"$STANDIN/json\"}")"
    expect_has "$out" '"success":true' '"status":200' '"result":{"ok":true,"n":1,"items":[1,2],"agent":{"id":"a-1"}}'
    expect_has "$out" '"X-Standin: 1"' '"Content-Type: application/json; charset=utf-8"'
}

test_http_request_text_stays_text() {
    http_standin_start
    out="$(http_call "{\"url\":\"$STANDIN/text\"}")"
    expect_has "$out" '"status":200' '"result":"hello"'
}

test_http_request_4xx_5xx_are_responses() {
    http_standin_start
    out="$(http_call "{\"url\":\"$STANDIN/status/404\"}")"
    expect_has "$out" '"success":true' '"status":404' '"result":{"status":404}'
    out="$(http_call "{\"url\":\"$STANDIN/status/503\"}")"
    expect_has "$out" '"success":true' '"status":503'
    out="$(http_call "{\"url\":\"$STANDIN/status/429\"}")"
    expect_has "$out" '"status":429'
}

test_http_request_malformed_json_kept_as_text() {
    http_standin_start
    out="$(http_call "{\"url\":\"$STANDIN/malformed\"}")"
    expect_has "$out" '"status":200' '"result":"{\"ok\": tru"'
}

test_http_request_get_params_to_query_string() {
    http_standin_start
    out="$(http_call "{\"url\":\"$STANDIN/echo?x=1\",\"params\":{\"a\":\"b c\",\"n\":[1,2],\"t\":true,\"z\":null}}")"
    expect_has "$out" '"method":"GET"' '"query":{"x":"1","a":"b c","n[0]":"1","n[1]":"2","t":"1"}'
    expect_has "$out" "\"url\":\"$STANDIN/echo?x=1&a=b%20c&n%5B0%5D=1&n%5B1%5D=2&t=1\""
}

test_http_request_post_json_body() {
    http_standin_start
    out="$(http_call "{\"url\":\"$STANDIN/echo\",\"method\":\"post\",\"params\":{\"name\":\"Ann\",\"n\":[1,2]}}")"
    expect_has "$out" '"method":"POST"' '"content-type":"application/json"' '"body":"{\"name\":\"Ann\",\"n\":[1,2]}"'
}

test_http_request_form_body() {
    http_standin_start
    out="$(http_call "{\"url\":\"$STANDIN/echo\",\"method\":\"PUT\",\"headers\":[\"Content-Type: application/x-www-form-urlencoded\"],\"params\":{\"a\":\"x y\",\"b\":{\"c\":1}}}")"
    expect_has "$out" '"method":"PUT"' '"body":"a=x%20y&b%5Bc%5D=1"' '"content-type":"application/x-www-form-urlencoded"'
}

test_http_request_raw_body() {
    http_standin_start
    out="$(http_call "{\"url\":\"$STANDIN/echo\",\"method\":\"PATCH\",\"headers\":[\"Content-Type: text/csv\"],\"params\":\"a,b\\n1,2\"}")"
    expect_has "$out" '"method":"PATCH"' '"content-type":"text/csv"' '"body":"a,b\n1,2"'
}

test_http_request_headers_sent() {
    http_standin_start
    out="$(http_call "{\"url\":\"$STANDIN/echo\",\"headers\":[\"X-Api-Key: k1\",\"Accept: application/json\"]}")"
    expect_has "$out" '"x-api-key":"k1"' '"accept":"application/json"'
    out="$(http_call "{\"url\":\"$STANDIN/echo\",\"headers\":{\"X-Obj\":\"v\"}}")"
    expect_has "$out" '"x-obj":"v"'
}

test_http_request_header_injection_refused() {
    http_standin_start
    out="$(http_call "{\"url\":\"$STANDIN/echo\",\"headers\":[\"X-A: 1\\r\\nX-B: 2\"]}")"
    expect_has "$out" '"success":false' 'is not a single'
}

test_http_request_follows_redirects() {
    http_standin_start
    out="$(http_call "{\"url\":\"$STANDIN/redirect\"}")"
    expect_has "$out" '"status":200' '"ok":true'
}

test_http_request_timeout_is_catchable() {
    http_standin_start
    out="$(http_call "{\"url\":\"$STANDIN/slow?ms=3000\",\"timeout\":1}")"
    expect_has "$out" '"success":false' "GET $STANDIN/slow?ms=3000" 'timed out'
}

test_http_request_refused_is_catchable() {
    # A port nobody listens on: bind one with the stand-in, then stop it.
    http_standin_start
    url="$STANDIN"
    http_cleanup
    HTTP_PIDS=""
    out="$(http_call "{\"url\":\"$url/json\"}")"
    expect_has "$out" '"success":false' "GET $url/json" "onnect"
}

test_http_request_uncaught_error_fails_run() {
    http_standin_start
    url="$STANDIN"
    http_cleanup
    HTTP_PIDS=""
    d="$(mktemp -d "$TMP/uncaught.XXXXXX")"
    cat > "$d/uncaught.xs" <<XS
function uncaught {
  input {
  }
  stack {
    api.request {
      url = "$url/x"
      method = "GET"
    } as \$r
  }
  response = \$r
}
XS
    ! timeout 30 "$XSFLOW" run "$d/uncaught.xs" > /dev/null 2> "$TMP/uncaught.err"
    grep -q '"name":"ERROR_FATAL","message":"api.request: GET http://127.0.0.1:[0-9]*/x: ' "$TMP/uncaught.err"
}

test_http_request_credentials_masked() {
    http_standin_start
    port="${STANDIN##*:}"
    out="$(http_call "{\"url\":\"http://user:hunter2@127.0.0.1:$port/slow?ms=3000&api_key=s3cr3t&page=2\",\"timeout\":1}")"
    expect_has "$out" '"success":false' "http://user:***@127.0.0.1:$port/slow?ms=3000&api_key=***&page=2"
    [[ "$out" != *hunter2* && "$out" != *s3cr3t* ]]
}

test_http_request_response_ceiling() {
    http_standin_start
    out="$(http_call "{\"url\":\"$STANDIN/big?bytes=20000000\"}")"
    expect_has "$out" '"success":false' 'response larger than 16777216 bytes'
    out="$(http_call "{\"url\":\"$STANDIN/big?bytes=100000\"}")"
    expect_has "$out" '"success":true' '"status":200'
}

test_http_request_bad_url() {
    out="$(http_call '{"url":"ftp://127.0.0.1/x"}')"
    expect_has "$out" '"success":false' 'must start with http:// or https://'
}

# The seed's notification: a worker posts to a Slack incoming webhook.
test_http_request_slack_webhook() {
    http_standin_start
    d="$(mktemp -d "$TMP/notify.XXXXXX")"
    cat > "$d/notify.xs" <<XS
function notify {
  input {
    text step
    text error
  }
  stack {
    api.request {
      url = "$STANDIN/hook"
      method = "POST"
      params = {text: "Onboarding failed at " ~ \$input.step ~ ": " ~ \$input.error}
      headers = ["Content-Type: application/json"]
    } as \$slack
  }
  response = {success: \$slack.response.status == 200, data: \$slack.response.result, error: null}
}
XS
    out="$(timeout 30 "$XSFLOW" run "$d/notify.xs" --compact --input '{"step":"team_roster","error":"reZEN returned 503"}')"
    expect_has "$out" '{"success":true,"data":"ok","error":null}'
    grep -qxF '{"text":"Onboarding failed at team_roster: reZEN returned 503"}' "$HOOK_LOG"
}

# ---- the endpoint server ----

test_http_serve_routes() {
    out="$("$XSFLOW" http routes "$ROOT/tests/http/ws")"
    expect_has "$out" "GET    /api/shop/hello" "POST   /api/shop/orders" \
        "GET    /api/shop/orders/{order_id}" "DELETE /api/shop/orders/{order_id}" \
        "GET    /api/status/ping"
}

test_http_serve_good_requests() {
    http_serve_start "$ROOT/tests/http/ws"
    out="$(http_curl "$SERVER/api/shop/hello")"
    [ "$out" = '{"ok":true,"message":"hello"} [200]' ] || { echo "$out"; false; }
    out="$(http_curl "$SERVER/api/status/ping")"
    [ "$out" = '"pong" [200]' ] || { echo "$out"; false; }
    out="$(http_curl "$SERVER/api/shop/orders/7")"
    [ "$out" = '{"id":7,"twice":14} [200]' ] || { echo "$out"; false; }
    out="$(http_curl -X DELETE "$SERVER/api/shop/orders/9")"
    [ "$out" = '{"deleted":9} [200]' ] || { echo "$out"; false; }
}

test_http_serve_json_body_status_and_headers() {
    http_serve_start "$ROOT/tests/http/ws"
    out="$(http_curl -D "$TMP/h" -H 'Content-Type: application/json' \
        -d '{"customer":"  Ann ","quantity":"3","tags":["a"],"ignored":1}' "$SERVER/api/shop/orders")"
    [ "$out" = '{"customer":"Ann","quantity":3,"total":4.5,"gift":null,"tags":["a"]} [201]' ] || { echo "$out"; false; }
    grep -qi '^X-Order-Total: 4.5' "$TMP/h"
    grep -qi '^Content-Type: application/json' "$TMP/h"
}

test_http_serve_form_and_query_string() {
    http_serve_start "$ROOT/tests/http/ws"
    out="$(http_curl -d 'customer=Bob+B&quantity=2&price=2' "$SERVER/api/shop/orders")"
    [ "$out" = '{"customer":"Bob B","quantity":2,"total":4,"gift":null,"tags":null} [201]' ] || { echo "$out"; false; }
    out="$(http_curl -D "$TMP/h" "$SERVER/api/shop/page?name=x%20y")"
    [ "$out" = '<p>hello x y</p> [200]' ] || { echo "$out"; false; }
    grep -qi '^Content-Type: text/html' "$TMP/h"
}

test_http_serve_malformed_json() {
    http_serve_start "$ROOT/tests/http/ws"
    out="$(http_curl -H 'Content-Type: application/json' -d '{"customer":"ann"' "$SERVER/api/shop/orders")"
    expect_has "$out" '{"code":"ERROR_CODE_BAD_REQUEST","message":"Malformed JSON body at line 1, column 18' '[400]'
    out="$(http_curl -H 'Content-Type: application/json' -d '[1,2]' "$SERVER/api/shop/orders")"
    expect_has "$out" '"code":"ERROR_CODE_BAD_REQUEST"' 'must be an object' '[400]'
}

test_http_serve_wrong_type_names_field() {
    http_serve_start "$ROOT/tests/http/ws"
    out="$(http_curl -H 'Content-Type: application/json' -d '{"customer":"a","quantity":"many"}' "$SERVER/api/shop/orders")"
    expect_has "$out" '"code":"ERROR_CODE_INPUT_ERROR"' "param 'quantity'" '"payload":{"param":"quantity"}' '[400]'
    out="$(http_curl "$SERVER/api/shop/orders/abc")"
    expect_has "$out" '"payload":{"param":"order_id"}' '[400]'
}

test_http_serve_missing_field() {
    http_serve_start "$ROOT/tests/http/ws"
    out="$(http_curl -H 'Content-Type: application/json' -d '{"quantity":2}' "$SERVER/api/shop/orders")"
    [ "$out" = '{"code":"ERROR_CODE_INPUT_ERROR","message":"Missing param: customer","payload":{"param":"customer"}} [400]' ] || { echo "$out"; false; }
}

test_http_serve_oversized_body() {
    http_serve_start "$ROOT/tests/http/ws" --max-body 1024
    head -c 5000 /dev/zero | tr '\0' a | sed 's/^/{"customer":"/; s/$/","quantity":1}/' > "$TMP/big.json"
    out="$(http_curl -H 'Content-Type: application/json' --data-binary "@$TMP/big.json" "$SERVER/api/shop/orders")"
    expect_has "$out" '"code":"ERROR_CODE_PAYLOAD_TOO_LARGE"' '[413]'
    # Chunked, so that no Content-Length announces the size.
    out="$(http_curl -H 'Content-Type: application/json' -H 'Transfer-Encoding: chunked' --data-binary "@$TMP/big.json" "$SERVER/api/shop/orders")"
    expect_has "$out" '"code":"ERROR_CODE_PAYLOAD_TOO_LARGE"' '[413]'
    # The server still answers afterwards.
    out="$(http_curl "$SERVER/api/shop/hello")"
    expect_has "$out" '[200]'
}

test_http_serve_unknown_route_and_method() {
    http_serve_start "$ROOT/tests/http/ws"
    out="$(http_curl "$SERVER/api/shop/nope")"
    [ "$out" = '{"code":"ERROR_CODE_NOT_FOUND","message":"Unable to locate request.","payload":null} [404]' ] || { echo "$out"; false; }
    out="$(http_curl "$SERVER/")"
    expect_has "$out" '"code":"ERROR_CODE_NOT_FOUND"' '[404]'
    out="$(http_curl -D "$TMP/h" -X PUT "$SERVER/api/shop/hello")"
    expect_has "$out" '"code":"ERROR_CODE_METHOD_NOT_ALLOWED"' '[405]'
    grep -qi '^Allow: GET' "$TMP/h"
}

test_http_serve_unsupported_media_type() {
    http_serve_start "$ROOT/tests/http/ws"
    out="$(http_curl -H 'Content-Type: text/plain' -d 'hi' "$SERVER/api/shop/orders")"
    expect_has "$out" '"code":"ERROR_CODE_UNSUPPORTED_MEDIA_TYPE"' '[415]'
}

test_http_serve_thrown_errors_map_to_statuses() {
    http_serve_start "$ROOT/tests/http/ws"
    out="$(http_curl "$SERVER/api/shop/orders/404")"
    [ "$out" = '{"code":"ERROR_CODE_NOT_FOUND","message":"no such order","payload":null} [404]' ] || { echo "$out"; false; }
    expect_has "$(http_curl "$SERVER/api/shop/orders/401")" '"code":"ERROR_CODE_UNAUTHORIZED"' '[401]'
    expect_has "$(http_curl "$SERVER/api/shop/orders/403")" '"code":"ERROR_CODE_ACCESS_DENIED"' '[403]'
    expect_has "$(http_curl "$SERVER/api/shop/orders/500")" '"code":"ERROR_FATAL","message":"something broke"' '[500]'
    out="$(http_curl -H 'Content-Type: application/json' -d '{"customer":"a","quantity":0}' "$SERVER/api/shop/orders")"
    expect_has "$out" '"code":"ERROR_CODE_INPUT_ERROR","message":"quantity must be positive"' '[400]'
}

test_http_serve_request_timeout() {
    http_serve_start "$ROOT/tests/http/ws" --timeout 500
    out="$(http_curl "$SERVER/api/shop/spin")"
    expect_has "$out" '"code":"ERROR_LIMIT"' 'wall time' '[500]'
    expect_has "$(http_curl "$SERVER/api/shop/hello")" '[200]'
}

test_http_serve_connection_limit() {
    http_serve_start "$ROOT/tests/http/ws" --max-connections 2 --timeout 3000
    # Two slow requests hold both connections; a third is refused or waits
    # for one of them, never served beside them.
    http_curl "$SERVER/api/shop/spin" > "$TMP/c1" &
    p1=$!
    http_curl "$SERVER/api/shop/spin" > "$TMP/c2" &
    p2=$!
    sleep 0.5
    out="$(curl -s --max-time 1 -w ' [%{http_code}]' "$SERVER/api/shop/hello" || true)"
    wait $p1 $p2 || true
    [[ "$out" != *'[200]'* ]] || { echo "third connection served: $out"; false; }
    expect_has "$(http_curl "$SERVER/api/shop/hello")" '[200]'
}

test_http_serve_bad_listen_address() {
    ! "$XSFLOW" http serve "$ROOT/tests/http/ws" --listen localhost:0 > /dev/null 2> "$TMP/err"
    grep -q "not a numeric IPv4 or IPv6 address" "$TMP/err"
}

# The product end to end: an endpoint whose worker calls the third-party API
# through api.request and reports a failure to the Slack webhook.
test_http_serve_end_to_end_worker() {
    http_standin_start
    ws="$(mktemp -d "$TMP/e2e.XXXXXX")"
    mkdir -p "$ws/apis/onboarding"
    cat > "$ws/apis/onboarding/api_group.xs" <<XS
api_group onboarding {
  canonical = "onboarding"
}
XS
    cat > "$ws/apis/onboarding/run.xs" <<XS
query "agents/{agent_id}/sync" verb=POST {
  input {
    text agent_id
    text path
  }
  stack {
    api.request {
      url = "$STANDIN" ~ \$input.path
      method = "GET"
      params = {agent: \$input.agent_id}
      timeout = 5
    } as \$api
    conditional {
      if (\$api.response.status >= 400) {
        api.request {
          url = "$STANDIN/hook"
          method = "POST"
          params = {text: "sync of " ~ \$input.agent_id ~ " failed: HTTP " ~ \$api.response.status}
        } as \$slack
        var \$out {
          value = {success: false, data: null, error: "upstream returned " ~ \$api.response.status}
        }
      }
      else {
        var \$out {
          value = {success: true, data: \$api.response.result, error: null}
        }
      }
    }
  }
  response = \$out
}
XS
    http_serve_start "$ws"
    out="$(http_curl -H 'Content-Type: application/json' -d '{"path":"/json"}' "$SERVER/api/onboarding/agents/a-1/sync")"
    [ "$out" = '{"success":true,"data":{"ok":true,"n":1,"items":[1,2],"agent":{"id":"a-1"}},"error":null} [200]' ] || { echo "$out"; false; }
    out="$(http_curl -H 'Content-Type: application/json' -d '{"path":"/status/503"}' "$SERVER/api/onboarding/agents/a-2/sync")"
    [ "$out" = '{"success":false,"data":null,"error":"upstream returned 503"} [200]' ] || { echo "$out"; false; }
    grep -qxF '{"text":"sync of a-2 failed: HTTP 503"}' "$HOOK_LOG"
    [ "$(wc -l < "$HOOK_LOG")" -eq 1 ]
}

# A caller's Idempotency-Key is passed on to the requests the endpoint makes,
# numbered in order: a retried call sends the same keys downstream.
test_http_serve_idempotency_key_passed_on() {
    http_standin_start
    ws="$(mktemp -d "$TMP/idem.XXXXXX")"
    cat > "$ws/pay.xs" <<XS
query pay verb=POST {
  input {
  }
  stack {
    api.request {
      url = "$STANDIN/echo"
      method = "POST"
      params = {amount: 1}
    } as \$first
    api.request {
      url = "$STANDIN/echo"
      method = "POST"
      params = {amount: 2}
      headers = ["Idempotency-Key: mine"]
    } as \$second
    api.request {
      url = "$STANDIN/echo"
      method = "GET"
    } as \$third
  }
  response = [\$first.response.result.headers|get:"idempotency-key":null, \$second.response.result.headers|get:"idempotency-key":null, \$third.response.result.headers|get:"idempotency-key":null]
}
XS
    http_serve_start "$ws"
    out="$(http_curl -X POST -H 'Idempotency-Key: run-42.step-3' "$SERVER/api/pay")"
    [ "$out" = '["run-42.step-3:1","mine","run-42.step-3:3"] [200]' ] || { echo "$out"; false; }
    out="$(http_curl -X POST "$SERVER/api/pay")"
    [ "$out" = '[null,"mine",null] [200]' ] || { echo "$out"; false; }
}

# Two requests of one run go over one kept-alive connection: the stand-in
# sees the same client port.
test_http_request_reuses_connections() {
    http_standin_start
    d="$(mktemp -d "$TMP/reuse.XXXXXX")"
    cat > "$d/reuse.xs" <<XS
function reuse {
  input {
  }
  stack {
    var \$ports {
      value = []
    }
    for (3) {
      each as \$i {
        api.request {
          url = "$STANDIN/echo"
          method = "GET"
        } as \$r
        var.update \$ports {
          value = \$ports|push:\$r.response.result.peer_port
        }
      }
    }
  }
  response = \$ports
}
XS
    out="$(timeout 30 "$XSFLOW" run "$d/reuse.xs" --compact)"
    [[ "$out" =~ ^\[([0-9]+),([0-9]+),([0-9]+)\]$ ]] || { echo "$out"; false; }
    [ "${BASH_REMATCH[1]}" = "${BASH_REMATCH[2]}" ] && [ "${BASH_REMATCH[2]}" = "${BASH_REMATCH[3]}" ] ||
        { echo "new connection per request: $out"; false; }
}

# big_header FILE BYTES: a header line "X-Big: aaa..." for curl -H @FILE.
big_header() {
    { printf 'X-Big: '; head -c "$2" /dev/zero | tr '\0' a; echo; } > "$1"
}

# A request head past the 16 KiB limit gets 431 in Xano's error shape, with
# or without a body, and the server keeps serving.
test_http_serve_header_limit_json() {
    local h="$TMP/head.$BASHPID"
    http_serve_start "$ROOT/tests/http/ws"
    big_header "$h" 20480
    out="$(http_curl -H @"$h" "$SERVER/api/shop/hello")"
    expect_has "$out" '{"code":"ERROR_CODE_REQUEST_HEADER_FIELDS_TOO_LARGE","message":' \
        '"payload":null} [431]'
    out="$(http_curl -i -H @"$h" -H 'Content-Type: application/json' \
        --data '{"a":1}' "$SERVER/api/shop/hello")"
    expect_has "$out" 'application/json' 'ERROR_CODE_REQUEST_HEADER_FIELDS_TOO_LARGE' '[431]'
    big_header "$h" 16000
    expect_has "$(http_curl -H @"$h" "$SERVER/api/shop/hello")" '[200]'
    expect_has "$(http_curl "$SERVER/api/shop/hello")" '{"ok":true' '[200]'
}

# A head past what libmicrohttpd's per-connection memory holds (32 KiB) is
# refused by libmicrohttpd itself, without harm to the server.
test_http_serve_header_limit() {
    local h="$TMP/head.$BASHPID"
    http_serve_start "$ROOT/tests/http/ws"
    big_header "$h" 200000
    out="$(http_curl -H @"$h" "$SERVER/api/shop/hello" || true)"
    [[ "$out" == *'[431]'* ]] || { echo "${out:0:200}"; false; }
    expect_has "$(http_curl "$SERVER/api/shop/hello")" '[200]'
}

# TLS is verified by default: a self-signed server is refused, then reached
# with verify_peer = false or with its certificate as ca_certificate.
test_http_request_tls_verified_by_default() {
    local dir
    dir="$(mktemp -d "$TMP/tls.XXXXXX")"
    openssl req -x509 -newkey rsa:2048 -nodes -keyout "$dir/key.pem" -out "$dir/cert.pem" \
        -days 1 -subj "/CN=127.0.0.1" -addext "subjectAltName=IP:127.0.0.1" 2> /dev/null
    openssl s_server -accept 127.0.0.1:0 -cert "$dir/cert.pem" -key "$dir/key.pem" -www \
        > "$dir/server.out" 2>&1 &
    HTTP_PIDS="${HTTP_PIDS:-} $!"
    trap http_cleanup EXIT
    port="$(http_wait_port "$dir/server.out" '^ACCEPT ')"
    cat > "$dir/tls.xs" <<XS
function tls {
  input {
    bool verify
    text ca?
  }
  stack {
    try_catch {
      try {
        api.request {
          url = "https://127.0.0.1:$port/"
          method = "GET"
          verify_peer = \$input.verify
          ca_certificate = \$input.ca
          timeout = 5
        } as \$r
        var \$out {
          value = {status: \$r.response.status}
        }
      }
      catch {
        var \$out {
          value = {error: \$error.message}
        }
      }
    }
  }
  response = \$out
}
XS
    out="$(timeout 30 "$XSFLOW" run "$dir/tls.xs" --compact --input '{"verify":true}')"
    expect_has "$out" "\"error\":\"api.request: GET https://127.0.0.1:$port/: SSL certificate problem"
    out="$(timeout 30 "$XSFLOW" run "$dir/tls.xs" --compact --input '{"verify":false}')"
    [ "$out" = '{"status":200}' ] || { echo "$out"; false; }
    ca="$(sed ':a;N;$!ba;s/\n/\\n/g' "$dir/cert.pem")"
    out="$(timeout 30 "$XSFLOW" run "$dir/tls.xs" --compact --input "{\"verify\":true,\"ca\":\"$ca\"}")"
    [ "$out" = '{"status":200}' ] || { echo "$out"; false; }
}
