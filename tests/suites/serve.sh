# `xsflow serve`: the engine and its HTTP listener together - query
# endpoints with the workspace's database, and the webhooks of xsflow.json
# (signature, replay window, idempotency keys, input validation, a durable
# run before the 202). Workspace: tests/serve/ws. Everything listens on
# 127.0.0.1 on ports the kernel picks; every client call has a time limit.
# Sourced by tests/run ($XSFLOW, $TMP, $ROOT).

SRV_SECRET="s3cret-for-tests"

srv_cleanup() {
    local p
    for p in ${SRV_PIDS:-}; do
        kill "$p" 2> /dev/null || true
        wait "$p" 2> /dev/null || true
    done
    SRV_PIDS=""
    if grep -q "Sanitizer\|runtime error:" "$SRV_DIR/serve.err" 2> /dev/null; then
        head -40 "$SRV_DIR/serve.err"
        exit 1
    fi
}

# Starts `xsflow serve` on a fresh copy of the test workspace and database;
# sets SRV (base URL), SRV_DIR, SRV_WS, SRV_DB. Extra arguments go to serve.
srv_start() {
    SRV_DIR="$(mktemp -d "$TMP/serve.XXXXXX")"
    SRV_WS="$SRV_DIR/ws"
    SRV_DB="sqlite:$SRV_DIR/x.db"
    cp -r "$ROOT/tests/serve/ws" "$SRV_WS"
    XS_TEST_HOOK_SECRET="$SRV_SECRET" XSFLOW_AUTH_SECRET="auth-secret-for-the-tests-0123" "$XSFLOW" serve "$SRV_WS" --db "$SRV_DB" \
        --listen 127.0.0.1:0 --threads 2 "$@" > "$SRV_DIR/serve.out" 2> "$SRV_DIR/serve.err" &
    SRV_PIDS="${SRV_PIDS:-} $!"
    trap srv_cleanup EXIT
    local i port=""
    for i in $(seq 100); do
        port="$(sed -n 's/^listening on http:\/\/127\.0\.0\.1:\([0-9]*\).*/\1/p' "$SRV_DIR/serve.out" 2> /dev/null)" || true
        [ -n "$port" ] && break
        sleep 0.1
    done
    if [ -z "$port" ]; then
        echo "serve did not start:"
        cat "$SRV_DIR/serve.out" "$SRV_DIR/serve.err"
        return 1
    fi
    SRV="http://127.0.0.1:$port"
}

# curl with a time limit; prints the body then " [STATUS]".
srv_curl() {
    curl -sS --max-time 10 -w ' [%{http_code}]' "$@"
}

# srv_sign TIMESTAMP BODY: the signature header value the webhook expects.
srv_sign() {
    printf '%s.%s' "$1" "$2" | openssl dgst -sha256 -hmac "$SRV_SECRET" -r | sed 's/^\([0-9a-f]*\).*/sha256=\1/'
}

# srv_post_signed BODY [CURL ARGS...]: a signed delivery to /hooks/greet.
srv_post_signed() {
    local body="$1" ts
    shift
    ts="$(date +%s)"
    srv_curl -X POST "$SRV/hooks/greet" -H 'Content-Type: application/json' \
        -H "X-Xsflow-Timestamp: $ts" -H "X-Xsflow-Signature: $(srv_sign "$ts" "$body")" \
        "$@" --data-binary "$body"
}

# The number of runs in the database.
srv_runs() {
    "$XSFLOW" runs --workspace "$SRV_WS" --db "$SRV_DB" --json --limit 1000 | jq length
}

# Waits (10 s at most) for run $1 to end; prints its status.
srv_wait_run() {
    local i st
    for i in $(seq 100); do
        st="$("$XSFLOW" runs show "$1" --workspace "$SRV_WS" --db "$SRV_DB" --json | jq -r .status)"
        case "$st" in Complete | Partial | Error | Cancelled) echo "$st"; return 0 ;; esac
        sleep 0.1
    done
    echo "run $1 did not end (status $st)"
    return 1
}

test_serve_query_endpoint_uses_the_database() {
    srv_start
    out="$(srv_curl -X POST "$SRV/api/notes/add" -H 'Content-Type: application/json' -d '{"body":"first"}')"
    [[ "$out" == *'"body":"first"'*' [200]' ]] || { echo "$out"; return 1; }
    [[ "$out" == *'"id":1'* ]] || { echo "$out"; return 1; }
    # the row is really in the workspace's database
    [ "$(sqlite3 "$SRV_DIR/x.db" 'SELECT body FROM note WHERE id = 1')" = "first" ]
}

test_serve_prints_where_it_listens() {
    srv_start
    grep -q '^listening on http://127.0.0.1:[0-9]* (4 endpoints, 2 webhooks)$' "$SRV_DIR/serve.out"
    grep -q '^dashboard on http://127.0.0.1:[0-9]*/_xsflow/$' "$SRV_DIR/serve.out"
}

test_serve_signed_webhook_queues_a_run() {
    srv_start
    out="$(srv_post_signed '{"user":{"id":"42"},"note":"  hi  "}')"
    [[ "$out" == *'"status":"Queued"'*' [202]' ]] || { echo "$out"; return 1; }
    id="$(jq -r .run_id <<< "${out% \[*}")"
    [ "$(srv_wait_run "$id")" = Complete ]
    # the input was mapped, coerced ("42" -> 42) and filtered (trim)
    res="$("$XSFLOW" runs show "$id" --workspace "$SRV_WS" --db "$SRV_DB" --json)"
    [ "$(jq -c .result <<< "$res")" = '{"user":42,"note":"hi"}' ] || { echo "$res"; return 1; }
    [ "$(jq -r .origin <<< "$res")" = webhook ]
}

test_serve_webhook_refuses_bad_signatures() {
    srv_start
    body='{"user":{"id":1}}'
    ts="$(date +%s)"
    # no signature at all
    out="$(srv_curl -X POST "$SRV/hooks/greet" -H 'Content-Type: application/json' -d "$body")"
    [[ "$out" == *'"code":"ERROR_CODE_UNAUTHORIZED"'*' [401]' ]] || { echo "$out"; return 1; }
    # a signature made with another secret
    bad="$(printf '%s.%s' "$ts" "$body" | openssl dgst -sha256 -hmac wrong -r | cut -d' ' -f1)"
    out="$(srv_curl -X POST "$SRV/hooks/greet" -H 'Content-Type: application/json' \
        -H "X-Xsflow-Timestamp: $ts" -H "X-Xsflow-Signature: sha256=$bad" -d "$body")"
    [[ "$out" == *'signature does not match'*' [401]' ]] || { echo "$out"; return 1; }
    # the right signature over another body (tampered in transit)
    out="$(srv_curl -X POST "$SRV/hooks/greet" -H 'Content-Type: application/json' \
        -H "X-Xsflow-Timestamp: $ts" -H "X-Xsflow-Signature: $(srv_sign "$ts" "$body")" \
        -d '{"user":{"id":2}}')"
    [[ "$out" == *' [401]' ]] || { echo "$out"; return 1; }
    # a delivery older than the replay window (60 s), correctly signed
    old=$((ts - 120))
    out="$(srv_curl -X POST "$SRV/hooks/greet" -H 'Content-Type: application/json' \
        -H "X-Xsflow-Timestamp: $old" -H "X-Xsflow-Signature: $(srv_sign "$old" "$body")" \
        -d "$body")"
    [[ "$out" == *'within 60 seconds'*' [401]' ]] || { echo "$out"; return 1; }
    [ "$(srv_runs)" = 0 ]
    # the secret never reaches the logs
    ! grep -q "$SRV_SECRET" "$SRV_DIR/serve.out" "$SRV_DIR/serve.err"
}

test_serve_webhook_replay_and_idempotency_key_give_one_run() {
    srv_start
    body='{"user":{"id":7}}'
    ts="$(date +%s)"
    sig="$(srv_sign "$ts" "$body")"
    post() {
        srv_curl -X POST "$SRV/hooks/greet" -H 'Content-Type: application/json' \
            -H "X-Xsflow-Timestamp: $ts" -H "X-Xsflow-Signature: $sig" "$@" -d "$body"
    }
    first="$(post)"
    again="$(post)"
    [[ "$first" == *' [202]' && "$again" == *'"duplicate":true'*' [200]' ]] || { echo "$first / $again"; return 1; }
    [ "$(jq .run_id <<< "${first% \[*}")" = "$(jq .run_id <<< "${again% \[*}")" ]
    # an explicit Idempotency-Key header: two different bodies, one run
    out1="$(srv_post_signed '{"user":{"id":8}}' -H 'Idempotency-Key: evt-1')"
    out2="$(srv_post_signed '{"user":{"id":9}}' -H 'Idempotency-Key: evt-1')"
    [[ "$out1" == *' [202]' && "$out2" == *' [200]' ]] || { echo "$out1 / $out2"; return 1; }
    # an unsigned webhook keyed by a body field
    o1="$(srv_curl -X POST "$SRV/hooks/open" -H 'Content-Type: application/json' -d '{"event_id":"e1","user_id":1}')"
    o2="$(srv_curl -X POST "$SRV/hooks/open" -H 'Content-Type: application/json' -d '{"event_id":"e1","user_id":1}')"
    o3="$(srv_curl -X POST "$SRV/hooks/open" -H 'Content-Type: application/json' -d '{"event_id":"e2","user_id":1}')"
    [[ "$o1" == *' [202]' && "$o2" == *' [200]' && "$o3" == *' [202]' ]] || { echo "$o1 / $o2 / $o3"; return 1; }
    [ "$(srv_runs)" = 4 ]
}

test_serve_webhook_keys_hold_under_concurrent_deliveries() {
    srv_start
    local i pids=()
    for i in $(seq 20); do
        srv_curl -X POST "$SRV/hooks/open" -H 'Content-Type: application/json' \
            -d '{"event_id":"same","user_id":3}' > "$SRV_DIR/c.$i" &
        pids+=($!)
    done
    wait "${pids[@]}"
    [ "$(cat "$SRV_DIR"/c.* | grep -o ' \[202\]' | wc -l)" = 1 ]
    [ "$(cat "$SRV_DIR"/c.* | grep -o ' \[200\]' | wc -l)" = 19 ]
    [ "$(srv_runs)" = 1 ]
}

test_serve_webhook_bad_requests_leave_no_run() {
    srv_start
    out="$(srv_curl -X POST "$SRV/hooks/open" -H 'Content-Type: application/json' -d '{"user_id": ')"
    [[ "$out" == *'ERROR_CODE_BAD_REQUEST'*'line 1'*' [400]' ]] || { echo "$out"; return 1; }
    out="$(srv_curl -X POST "$SRV/hooks/open" -H 'Content-Type: application/json' -d '{"user_id":"abc"}')"
    [[ "$out" == *'ERROR_CODE_INPUT_ERROR'*'user_id'*' [400]' ]] || { echo "$out"; return 1; }
    out="$(srv_curl -X POST "$SRV/hooks/open" -H 'Content-Type: application/json' -d '{}')"
    [[ "$out" == *'ERROR_CODE_INPUT_ERROR'*' [400]' ]] || { echo "$out"; return 1; }
    out="$(srv_curl -X POST "$SRV/hooks/open" -H 'Content-Type: text/plain' -d 'user_id=1')"
    [[ "$out" == *' [415]' ]] || { echo "$out"; return 1; }
    out="$(srv_curl "$SRV/hooks/open")"
    [[ "$out" == *' [405]' ]] || { echo "$out"; return 1; }
    out="$(srv_curl -X POST "$SRV/hooks/open/more" -d '{}')"
    [[ "$out" == *' [404]' ]] || { echo "$out"; return 1; }
    head -c 9000000 /dev/zero | tr '\0' ' ' > "$SRV_DIR/big"
    out="$(srv_curl -X POST "$SRV/hooks/open" -H 'Content-Type: application/json' --data-binary @"$SRV_DIR/big")"
    [[ "$out" == *' [413]' ]] || { echo "${out:0:300}"; return 1; }
    [ "$(srv_runs)" = 0 ]
}

test_serve_refuses_a_webhook_without_its_secret() {
    local dir
    dir="$(mktemp -d "$TMP/serve.XXXXXX")"
    cp -r "$ROOT/tests/serve/ws" "$dir/ws"
    ! env -u XS_TEST_HOOK_SECRET timeout 20 "$XSFLOW" serve "$dir/ws" --db "sqlite:$dir/x.db" \
        --listen 127.0.0.1:0 > /dev/null 2> "$dir/err"
    grep -q "webhook '/hooks/greet': environment variable XS_TEST_HOOK_SECRET" "$dir/err"
    # a webhook naming a function the workspace does not have
    jq '.webhooks["/hooks/x"] = {"run": "nope"}' "$dir/ws/xsflow.json" > "$dir/j" && mv "$dir/j" "$dir/ws/xsflow.json"
    ! XS_TEST_HOOK_SECRET=x timeout 20 "$XSFLOW" serve "$dir/ws" --db "sqlite:$dir/x.db" \
        --listen 127.0.0.1:0 > /dev/null 2> "$dir/err"
    grep -q "webhook '/hooks/x': no function or task named 'nope'" "$dir/err"
}

test_serve_no_http_and_bad_listen() {
    local dir
    dir="$(mktemp -d "$TMP/serve.XXXXXX")"
    ! timeout 20 "$XSFLOW" serve "$ROOT/tests/serve/ws" --listen nowhere:x 2> "$dir/err"
    grep -q -- "--listen wants HOST:PORT" "$dir/err"
    # a port in use is a clear error, not a silent engine-only start
    srv_start
    port="${SRV##*:}"
    ! XS_TEST_HOOK_SECRET=x timeout 20 "$XSFLOW" serve "$SRV_WS" --db "sqlite:$dir/y.db" \
        --listen "127.0.0.1:$port" > /dev/null 2> "$dir/err2"
    grep -q "cannot listen on 127.0.0.1:$port" "$dir/err2"
}

test_serve_auth_endpoint_takes_a_valid_token() {
    srv_start
    out="$(srv_curl "$SRV/api/auth/me")"
    [[ "$out" == *'ERROR_CODE_UNAUTHORIZED'*' [401]' ]] || { echo "$out"; return 1; }
    tok="$(curl -sS --max-time 10 -X POST "$SRV/api/auth/login" -H 'Content-Type: application/json' -d '{"user_id":12}' | jq -r .authToken)"
    out="$(srv_curl "$SRV/api/auth/me" -H "Authorization: Bearer $tok")"
    [ "$out" = '{"id":12,"role":"tester"} [200]' ] || { echo "$out"; return 1; }
    # one changed character: refused
    bad="${tok:0:40}$( [ "${tok:40:1}" = A ] && echo B || echo A)${tok:41}"
    out="$(srv_curl "$SRV/api/auth/me" -H "Authorization: Bearer $bad")"
    [[ "$out" == *'Invalid token'*' [401]' ]] || { echo "$out"; return 1; }
    # expired: a token that lived one second
    short="$(curl -sS --max-time 10 -X POST "$SRV/api/auth/login" -H 'Content-Type: application/json' -d '{"user_id":12,"ttl":1}' | jq -r .authToken)"
    sleep 2.1
    out="$(srv_curl "$SRV/api/auth/me" -H "Authorization: Bearer $short")"
    [[ "$out" == *' [401]' ]] || { echo "$out"; return 1; }
    out="$(srv_curl "$SRV/api/auth/me" -H "Authorization: Basic eDp5")"
    [[ "$out" == *' [401]' ]] || { echo "$out"; return 1; }
}

# util.post_process in an endpoint: the response comes at once; the stack
# becomes a durable run (kind post_process) with the variables as they were
# when the endpoint's stack ended, its function.run a recorded step.
test_serve_post_process_is_a_durable_run() {
    srv_start
    out="$(srv_curl -X POST "$SRV/api/notes/add_later" -H 'Content-Type: application/json' -d '{"body":"first"}')"
    [[ "$out" == *'"id":1'*'"body":"first"'*' [200]' ]] || { echo "$out"; return 1; }
    local i id=""
    for i in $(seq 100); do
        id="$("$XSFLOW" runs --workspace "$SRV_WS" --db "$SRV_DB" --json | jq -r '.[] | select(.kind == "post_process") | .id')"
        [ -n "$id" ] && break
        sleep 0.1
    done
    [ -n "$id" ] || { echo "no post_process run"; return 1; }
    [ "$(srv_wait_run "$id")" = Complete ]
    res="$("$XSFLOW" runs show "$id" --workspace "$SRV_WS" --db "$SRV_DB" --json)"
    [ "$(jq -c '[.name, .kind, .origin, .input.file, .input.line, (.input.vars | keys)]' <<< "$res")" = \
      '["add_later/post_process","post_process","post_process","api/notes/add_later.xs",20,["input","row","tag"]]' ] || { echo "$res"; return 1; }
    # the variables as the stack left them: $tag was updated after the statement
    [ "$(sqlite3 "$SRV_DIR/x.db" 'SELECT body FROM note WHERE id = 2')" = "later-1:first#1" ]
    [ "$(jq -c '[.steps[] | [.key, .success]]' <<< "$res")" = '[["greet",true]]' ] || { echo "$res"; return 1; }
    # a stack that fails after the statement queues nothing
    out="$(srv_curl -X POST "$SRV/api/notes/add_later" -H 'Content-Type: application/json' -d '{"body":"second","fail":true}')"
    [[ "$out" == *'asked to fail'* ]] || { echo "$out"; return 1; }
    sleep 0.3
    [ "$("$XSFLOW" runs --workspace "$SRV_WS" --db "$SRV_DB" --json | jq '[.[] | select(.kind == "post_process")] | length')" = 1 ]
}

# Outside `xsflow serve`: `xsflow run` runs the stack after printing the
# response; `xsflow http serve` (no engine) refuses it with a clear error.
test_serve_post_process_outside_serve() {
    local d
    d="$(mktemp -d "$TMP/pp.XXXXXX")"
    cat > "$d/pp.xs" <<'XS'
function pp {
  input {
    text who
  }

  stack {
    var $greeting {
      value = "hello " ~ $input.who
    }

    util.post_process {
      stack {
        debug.log {
          value = "after: " ~ $greeting
        }
      }
    }

    util.post_process {
      stack {
        debug.log {
          value = "never"
        }
      }

      disabled = true
    }
  }

  response = $greeting
}
XS
    "$XSFLOW" check "$d/pp.xs" > "$d/check" 2>&1
    [ ! -s "$d/check" ] || { cat "$d/check"; return 1; }
    out="$("$XSFLOW" run "$d/pp.xs" --compact --input '{"who":"ann"}' 2> "$d/err")"
    [ "$out" = '"hello ann"' ]
    grep -q 'after: hello ann$' "$d/err"
    ! grep -q never "$d/err"
    # the standalone HTTP server has no engine to hand it to
    mkdir -p "$d/ws/api"
    cat > "$d/ws/api/later.xs" <<'XS'
query later verb=GET {
  input {
  }

  stack {
    util.post_process {
      stack {
        debug.log {
          value = "x"
        }
      }
    }
  }

  response = "ok"
}
XS
    "$XSFLOW" http serve "$d/ws" --listen 127.0.0.1:0 --threads 1 > "$d/hs.out" 2> "$d/hs.err" &
    SRV_PIDS="${SRV_PIDS:-} $!"
    SRV_DIR="$d"
    trap srv_cleanup EXIT
    local i port=""
    for i in $(seq 100); do
        port="$(sed -n 's/^listening on http:\/\/127\.0\.0\.1:\([0-9]*\).*/\1/p' "$d/hs.out" 2> /dev/null)" || true
        [ -n "$port" ] && break
        sleep 0.1
    done
    out="$(srv_curl "http://127.0.0.1:$port/api/later")"
    [[ "$out" == *'util.post_process has nowhere to run'*' [500]' ]] || { echo "$out"; return 1; }
}

# An edit of the workspace while serve runs: the new version answers within
# seconds, no request in between is refused (the listening socket is handed
# over), and a run in flight during the reload completes.
test_serve_reloads_on_change_without_refusing_requests() {
    srv_start
    out="$(srv_curl "$SRV/api/notes/add" -X POST -H 'Content-Type: application/json' -d '{"body":"before"}')"
    [[ "$out" == *' [200]' ]] || { echo "$out"; return 1; }
    id="$("$XSFLOW" enqueue nap --input '{"seconds":1.5}' --workspace "$SRV_WS" --db "$SRV_DB")"
    sleep 0.3
    # requests all through the reload
    local pid i
    (for i in $(seq 300); do curl -s -o /dev/null -w '%{http_code}\n' --max-time 5 "$SRV/api/notes/add" \
        -X POST -H 'Content-Type: application/json' -d '{"body":"during"}'; sleep 0.01; done) > "$SRV_DIR/codes" &
    pid=$!
    sed -i 's/response = \$again/response = {reloaded: true, row: $again}/' "$SRV_WS/api/notes/add.xs"
    for i in $(seq 100); do
        out="$(srv_curl "$SRV/api/notes/add" -X POST -H 'Content-Type: application/json' -d '{"body":"after"}')"
        [[ "$out" == *'"reloaded":true'* ]] && break
        sleep 0.1
    done
    [[ "$out" == *'"reloaded":true'*' [200]' ]] || { echo "$out"; cat "$SRV_DIR/serve.err"; return 1; }
    wait "$pid"
    [ "$(sort -u "$SRV_DIR/codes")" = 200 ] || { sort "$SRV_DIR/codes" | uniq -c; return 1; }
    grep -q "the workspace changed, reloading" "$SRV_DIR/serve.err" || { cat "$SRV_DIR/serve.err"; return 1; }
    local st claims
    st="$(srv_wait_run "$id")"
    [ "$st" = Complete ] || { echo "run $id: $st"; cat "$SRV_DIR/serve.err"; return 1; }
    # the run that was in flight ended before the old process went
    claims="$("$XSFLOW" runs show "$id" --json --workspace "$SRV_WS" --db "$SRV_DB" | jq .claims)"
    [ "$claims" = 1 ] || { echo "run $id claimed $claims times"; cat "$SRV_DIR/serve.err"; return 1; }
}

# An edit that does not load leaves the previous version serving, with the
# errors on stderr; SIGHUP asks for a reload too.
test_serve_keeps_serving_when_an_edit_does_not_load() {
    srv_start
    echo 'query broken verb=GET {' > "$SRV_WS/api/notes/broken.xs"
    for i in $(seq 50); do
        grep -q "does not load" "$SRV_DIR/serve.err" && break
        sleep 0.1
    done
    grep -q "the workspace changed but does not load; still serving the previous version" "$SRV_DIR/serve.err"
    grep -q "broken.xs:2:1: error" "$SRV_DIR/serve.err"
    out="$(srv_curl "$SRV/api/notes/add" -X POST -H 'Content-Type: application/json' -d '{"body":"x"}')"
    [[ "$out" == *' [200]' ]] || { echo "$out"; return 1; }
    rm "$SRV_WS/api/notes/broken.xs"
    for i in $(seq 50); do
        [ "$(grep -c "^xsflow: serving" "$SRV_DIR/serve.err")" -ge 2 ] && break
        sleep 0.1
    done
    [ "$(grep -c "^xsflow: serving" "$SRV_DIR/serve.err")" = 2 ]
    # SIGHUP: a reload without a change
    kill -HUP "${SRV_PIDS##* }"
    for i in $(seq 50); do
        [ "$(grep -c "^xsflow: serving" "$SRV_DIR/serve.err")" -ge 3 ] && break
        sleep 0.1
    done
    [ "$(grep -c "^xsflow: serving" "$SRV_DIR/serve.err")" = 3 ]
}
