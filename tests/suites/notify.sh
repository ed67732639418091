# Run notifications ("notify" in xsflow.json): `xsflow serve` posts a
# summary of each run that ends Error or Partial to a Slack incoming
# webhook - the stand-in of tests/http/standin.c, which records every
# message it receives. Workspace: tests/engine/ws plus a function whose
# notifications are switched off. Everything listens on 127.0.0.1 on ports
# the kernel picks. Sourced by tests/run ($XSFLOW, $TMP, $ROOT). No case
# asserts on timing: waits poll for a state with a generous ceiling.

ntf_cleanup() {
    local p
    for p in ${NTF_PIDS:-}; do
        kill "$p" 2> /dev/null || true
        wait "$p" 2> /dev/null || true
    done
    NTF_PIDS=""
    if grep -q "Sanitizer\|runtime error:" "$NTF_DIR/serve.err" 2> /dev/null; then
        head -40 "$NTF_DIR/serve.err"
        exit 1
    fi
}

# The stand-in, built once per test run (the http suite builds the same).
ntf_standin_bin() {
    local bin="$TMP/http-standin"
    if [ ! -x "$bin" ]; then
        cc -std=c17 -D_GNU_SOURCE -O1 -o "$bin.tmp" "$ROOT/tests/http/standin.c" \
            $(pkg-config --cflags --libs libmicrohttpd) && mv "$bin.tmp" "$bin"
    fi
    echo "$bin"
}

# Starts the stand-in, recording the messages it receives in $1 when
# given; sets NTF_PORT.
ntf_standin() {
    local bin
    bin="$(ntf_standin_bin)"
    if [ -n "${1:-}" ]; then
        : > "$1"
        "$bin" --record "$1" > "$NTF_DIR/standin.out" 2>&1 &
    else
        "$bin" > "$NTF_DIR/standin.out" 2>&1 &
    fi
    NTF_PIDS="${NTF_PIDS:-} $!"
    ntf_wait 10 grep -q '^port ' "$NTF_DIR/standin.out"
    NTF_PORT="$(sed -n 's/^port \([0-9]*\)/\1/p' "$NTF_DIR/standin.out")"
}

# ntf_wait SECONDS COMMAND...: polls COMMAND until it succeeds.
ntf_wait() {
    local end=$((SECONDS + $1))
    shift
    until "$@"; do
        [ $SECONDS -lt $end ] || { echo "gave up waiting for: $*"; return 1; }
        sleep 0.05
    done
}

# A fresh copy of the engine workspace with notify settings for $WEBHOOK
# and a function whose runs are never notified; sets NTF_DIR, NTF_WS.
ntf_ws() {
    NTF_DIR="$(mktemp -d "$TMP/notify.XXXXXX")"
    NTF_WS="$NTF_DIR/ws"
    mkdir -p "$NTF_WS"
    cp "$ROOT"/tests/engine/ws/*.xs "$NTF_WS"/
    cat > "$NTF_WS/quiet.xs" <<'XS'
// Fails like Tasks/Refuse, but its notifications are switched off.
function "Tasks/Quiet" {
  input {
  }

  stack {
  }

  response = {success: false, data: null, error: "quiet failure"}
}
XS
    cat > "$NTF_WS/xsflow.json" <<'JSON'
{
  "engine": { "lease_ms": 1000, "poll_ms": 20, "sched_tick_ms": 50 },
  "notify": { "on": ["Error", "Partial"], "slack_url_env": "XS_TEST_SLACK_URL",
              "timeout_ms": 2000, "retries": 1 },
  "objects": {
    "*": { "backoff_ms": 20, "backoff_max_ms": 200 },
    "Tasks/Onboard": { "max_attempts": 3 },
    "Tasks/Quiet": { "notify": false }
  }
}
JSON
}

# Starts `xsflow serve` on NTF_WS with XS_TEST_SLACK_URL=$1; sets NTF_SRV.
ntf_serve() {
    XS_TEST_SLACK_URL="$1" "$XSFLOW" serve "$NTF_WS" --listen 127.0.0.1:0 --workers 2 --no-scheduler \
        > "$NTF_DIR/serve.out" 2> "$NTF_DIR/serve.err" &
    NTF_PIDS="${NTF_PIDS:-} $!"
    local i port=""
    for i in $(seq 100); do
        port="$(sed -n 's/^listening on http:\/\/127\.0\.0\.1:\([0-9]*\).*/\1/p' "$NTF_DIR/serve.out" 2> /dev/null)" || true
        [ -n "$port" ] && break
        sleep 0.1
    done
    [ -n "$port" ] || { echo "serve did not start:"; cat "$NTF_DIR/serve.err"; return 1; }
    NTF_SRV="http://127.0.0.1:$port"
}

ntf_sql() { python3 - "$NTF_WS/xsflow.db" "$1" <<'PY'
import sqlite3, sys
con = sqlite3.connect(sys.argv[1], timeout=30)
for row in con.execute(sys.argv[2]):
    print("|".join("" if v is None else str(v) for v in row))
PY
}

ntf_status() { "$XSFLOW" runs show "$1" --json --workspace "$NTF_WS" | jq -r .status; }
ntf_is() { [ "$(ntf_status "$1")" = "$2" ]; }
ntf_lines() { [ "$(wc -l < "$1")" -ge "$2" ]; }
ntf_rows() { [ "$(ntf_sql "select count(*) from xsflow_notifications")" -ge "$1" ]; }

# The summary in a recorded message: its text is a code block of JSON.
ntf_summary() { jq -r .text | sed '1d;$d' | jq -c "$@"; }

# Partial and Error runs each produce one message with the run's summary;
# a Complete run and a run of an object with notify false produce none.
test_notify_partial_and_error() {
    trap ntf_cleanup EXIT
    ntf_ws
    local port hook="$NTF_DIR/hook.log"
    ntf_standin "$hook"
    port="$NTF_PORT"
    "$XSFLOW" enqueue Tasks/Onboard --input '{"n":1}' --workspace "$NTF_WS" > /dev/null   # 1 Complete
    "$XSFLOW" enqueue Tasks/Onboard --input '{"n":2}' --workspace "$NTF_WS" > /dev/null   # 2 Partial
    "$XSFLOW" enqueue Tasks/Refuse --workspace "$NTF_WS" > /dev/null                      # 3 Error
    "$XSFLOW" enqueue Tasks/Onboard --input '{"n":3}' --workspace "$NTF_WS" > /dev/null   # 4 Error, 3 tries
    "$XSFLOW" enqueue Tasks/Quiet --workspace "$NTF_WS" > /dev/null                       # 5 Error, quiet
    ntf_serve "http://127.0.0.1:$port/hook"
    ntf_wait 30 ntf_is 1 Complete
    ntf_wait 30 ntf_is 2 Partial
    ntf_wait 30 ntf_is 3 Error
    ntf_wait 30 ntf_is 4 Error
    ntf_wait 30 ntf_is 5 Error
    ntf_wait 30 ntf_rows 3
    ntf_wait 10 ntf_lines "$hook" 3
    # exactly the three, once each, in any order
    [ "$(wc -l < "$hook")" = 3 ]
    [ "$(ntf_sql "select count(*) from xsflow_notifications")" = 3 ]
    # the Partial run: its failed step and its error
    grep '\\"run_id\\": 2,' "$hook" | ntf_summary \
        '[.run_id, .name, .status, .tries, .failed_steps, (.started | test("^20")), (.ended >= .started)]' > "$NTF_DIR/got"
    echo '[2,"Tasks/Onboard","Partial",1,[{"step":"team_roster","callee":"Workers/Team Roster","error":"roster down"}],true,true]' > "$NTF_DIR/want"
    diff -u "$NTF_DIR/want" "$NTF_DIR/got"
    # a Result with success = false: Error with the Result's error
    [ "$(grep '\\"run_id\\": 3,' "$hook" | ntf_summary '[.status, .error, .failed_steps]')" = '["Error","nothing to do",[]]' ]
    # an uncaught error after its retries: one message, for the last try
    [ "$(grep '\\"run_id\\": 4,' "$hook" | ntf_summary '[.status, .tries, .error]')" = '["Error",3,"n must not be 3"]' ]
    # the text is pretty-printed: one member a line in a code block
    grep '\\"run_id\\": 3,' "$hook" | jq -r .text > "$NTF_DIR/text"
    [ "$(head -2 "$NTF_DIR/text")" = "$(printf '```\n{')" ]
    grep -q '^  "status": "Error",$' "$NTF_DIR/text"
    [ "$(tail -1 "$NTF_DIR/text")" = '```' ]
    # recorded as sent, and counted
    [ "$(ntf_sql "select run_id, status, channel, outcome, attempts, http_status from xsflow_notifications order by run_id" | tr '\n' ' ')" = \
      "2|Partial|slack|sent|1|200 3|Error|slack|sent|1|200 4|Error|slack|sent|1|200 " ]
    curl -sS --max-time 10 "$NTF_SRV/metrics" | grep -q '^xsflow_notifications_total{outcome="sent"} 3$'
    curl -sS --max-time 10 "$NTF_SRV/metrics" | grep -q '^xsflow_notifications_total{outcome="failed"} 0$'
}

# A receiver that is down: the runs keep their status, each notification
# is tried 1 + retries times, recorded as failed and logged without the
# URL's path (a Slack webhook's secret).
test_notify_receiver_down() {
    trap ntf_cleanup EXIT
    ntf_ws
    # a port that was just free: nothing listens there
    local port
    port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
    "$XSFLOW" enqueue Tasks/Onboard --input '{"n":2}' --workspace "$NTF_WS" > /dev/null   # 1 Partial
    "$XSFLOW" enqueue Tasks/Refuse --workspace "$NTF_WS" > /dev/null                      # 2 Error
    "$XSFLOW" enqueue Tasks/Onboard --input '{"n":1}' --workspace "$NTF_WS" > /dev/null   # 3 Complete
    ntf_serve "http://127.0.0.1:$port/services/T0/B0/s3cretPath"
    ntf_wait 30 ntf_rows 2
    ntf_is 1 Partial
    ntf_is 2 Error
    ntf_wait 30 ntf_is 3 Complete
    [ "$(ntf_sql "select run_id, outcome, attempts, http_status from xsflow_notifications order by run_id" | tr '\n' ' ')" = \
      "1|failed|2| 2|failed|2| " ]
    ntf_sql "select error from xsflow_notifications" | grep -qi "connect"
    grep -q "run 1 Tasks/Onboard: notification failed after 2 attempts" "$NTF_DIR/serve.err"
    ! grep -q "s3cretPath" "$NTF_DIR/serve.err"
    ! ntf_sql "select error from xsflow_notifications" | grep -q "s3cretPath"
    curl -sS --max-time 10 "$NTF_SRV/metrics" | grep -q '^xsflow_notifications_total{outcome="failed"} 2$'
    # the runs are as they ended
    [ "$("$XSFLOW" runs show 2 --json --workspace "$NTF_WS" | jq -c '[.status, .tries, .result.error]')" = '["Error",1,"nothing to do"]' ]
}

# A receiver that answers 500 is retried, then recorded with its status;
# an unset URL variable is logged and recorded, and the run is unchanged.
test_notify_bad_answer_and_unset_url() {
    trap ntf_cleanup EXIT
    ntf_ws
    local port
    ntf_standin
    port="$NTF_PORT"
    "$XSFLOW" enqueue Tasks/Refuse --workspace "$NTF_WS" > /dev/null
    ntf_serve "http://127.0.0.1:$port/status/500"
    ntf_wait 30 ntf_rows 1
    [ "$(ntf_sql "select outcome, attempts, http_status, error from xsflow_notifications")" = \
      "failed|2|500|the receiver answered HTTP 500" ]
    ntf_cleanup
    # no URL: recorded as failed with the variable's name, nothing posted
    "$XSFLOW" enqueue Tasks/Refuse --workspace "$NTF_WS" > /dev/null
    ntf_serve ""
    ntf_wait 30 ntf_rows 2
    [ "$(ntf_sql "select outcome, attempts, error from xsflow_notifications where run_id = 2")" = \
      "failed|0|'XS_TEST_SLACK_URL' (slack_url_env) is not set" ]
    ntf_is 2 Error
}

# The workspace's "env" gives the URL too (it wins over the process
# environment, as for $env); bad settings stop serve with a clear error.
test_notify_settings() {
    trap ntf_cleanup EXIT
    ntf_ws
    local port hook="$NTF_DIR/hook.log"
    ntf_standin "$hook"
    port="$NTF_PORT"
    jq --arg u "http://127.0.0.1:$port/hook" '.env = {XS_TEST_SLACK_URL: $u} | .notify.on = ["Complete"]' \
        "$NTF_WS/xsflow.json" > "$NTF_DIR/j" && mv "$NTF_DIR/j" "$NTF_WS/xsflow.json"
    "$XSFLOW" enqueue Tasks/Onboard --input '{"n":1}' --workspace "$NTF_WS" > /dev/null
    "$XSFLOW" enqueue Tasks/Refuse --workspace "$NTF_WS" > /dev/null
    ntf_serve "http://127.0.0.1:1/not-this-one"
    ntf_wait 30 ntf_lines "$hook" 1
    ntf_wait 30 ntf_is 2 Error
    [ "$(ntf_summary '[.run_id, .status]' < "$hook")" = '[1,"Complete"]' ]
    ntf_cleanup
    # bad settings
    echo '{"notify": {"on": ["Eror"]}}' > "$NTF_WS/xsflow.json"
    ! "$XSFLOW" serve "$NTF_WS" --no-http 2> "$NTF_DIR/err"
    grep -q "setting 'on' in \"notify\": an array of \"Complete\", \"Partial\", \"Error\", \"Cancelled\" expected" "$NTF_DIR/err"
    echo '{"objects": {"*": {"notify": "no"}}}' > "$NTF_WS/xsflow.json"
    ! "$XSFLOW" serve "$NTF_WS" --no-http 2> "$NTF_DIR/err"
    grep -q "setting 'notify' in \"objects\".\"\*\": true or false expected" "$NTF_DIR/err"
    echo '{"notify": {"slack_url": "X"}}' > "$NTF_WS/xsflow.json"
    ! "$XSFLOW" serve "$NTF_WS" --no-http 2> "$NTF_DIR/err"
    grep -q "unknown setting 'slack_url' in \"notify\"" "$NTF_DIR/err"
}

# A process killed between a run's end and the record of its notification:
# the next serving process finds the run without a notification row once
# the longest a post can take has passed (here 0.5 s + a 5 s margin), and
# sends it; a notification that was recorded is never sent again.
test_notify_resent_after_crash() {
    trap ntf_cleanup EXIT
    ntf_ws
    local port hook="$NTF_DIR/hook.log" pid
    ntf_standin "$hook"
    port="$NTF_PORT"
    # first a receiver that holds the post for 20 s: killed during it
    jq '.notify.timeout_ms = 30000 | .notify.retries = 0' "$NTF_WS/xsflow.json" > "$NTF_DIR/j" &&
        mv "$NTF_DIR/j" "$NTF_WS/xsflow.json"
    "$XSFLOW" enqueue Tasks/Refuse --workspace "$NTF_WS" > /dev/null                      # 1 Error
    ntf_serve "http://127.0.0.1:$port/slow?ms=20000"
    pid="${NTF_PIDS##* }"
    ntf_wait 30 ntf_is 1 Error
    sleep 0.5
    kill -KILL "$pid"
    wait "$pid" 2> /dev/null || true
    [ "$(ntf_sql "select count(*) from xsflow_notifications")" = 0 ]
    # then the real receiver
    jq '.notify.timeout_ms = 500' "$NTF_WS/xsflow.json" > "$NTF_DIR/j" && mv "$NTF_DIR/j" "$NTF_WS/xsflow.json"
    "$XSFLOW" enqueue Tasks/Refuse --workspace "$NTF_WS" > /dev/null                      # 2 Error
    ntf_serve "http://127.0.0.1:$port/hook"
    ntf_wait 30 ntf_lines "$hook" 2
    grep -q "run 1 Tasks/Refuse: its notification was never recorded: sending it now" "$NTF_DIR/serve.err"
    # run 2, notified at once, is past the bound too after this: not sent again
    sleep 7
    [ "$(wc -l < "$hook")" = 2 ]
    [ "$(grep -c '\\"run_id\\": 1,' "$hook")" = 1 ]
    [ "$(grep -c '\\"run_id\\": 2,' "$hook")" = 1 ]
    [ "$(ntf_sql "select run_id, status, outcome, attempts, http_status from xsflow_notifications order by run_id" | tr '\n' ' ')" = \
      "1|Error|sent|1|200 2|Error|sent|1|200 " ]
}
