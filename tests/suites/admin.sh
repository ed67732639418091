# The admin API (/_xsflow/api) and /metrics of `xsflow serve`: health, the
# run list with filters and counts, run detail, retry, cancel, enqueue,
# schedules, the admin door (token, loopback) and the Prometheus text.
# Each case copies tests/admin/ws to a fresh directory with its own SQLite
# file and starts its own server on 127.0.0.1 (or 0.0.0.0) with a port the
# kernel picks. Sourced by tests/run ($XSFLOW, $TMP, $ROOT). No case
# asserts on timing: waits poll for a state with a generous ceiling.

adm_ws() {
    local d="$TMP/adm.$1"
    rm -rf "$d"
    mkdir -p "$d"
    cp "$ROOT"/tests/admin/ws/* "$d"/
    echo "$d"
}

# Kills the servers this case started; a sanitizer report in their logs
# fails the case.
adm_cleanup() {
    local p bad=0
    for p in ${ADM_PIDS:-}; do
        kill "$p" 2> /dev/null || true
        wait "$p" 2> /dev/null || true
    done
    ADM_PIDS=""
    if grep -q "Sanitizer\|runtime error:" "$TMP"/adm.*.err 2> /dev/null; then
        grep -h -A20 "Sanitizer\|runtime error:" "$TMP"/adm.*.err | head -40
        bad=1
    fi
    [ "$bad" -eq 0 ] || exit 1
}

# adm_wait SECONDS COMMAND...: polls COMMAND until it succeeds.
adm_wait() {
    local end=$((SECONDS + $1))
    shift
    until "$@"; do
        [ $SECONDS -lt $end ] || { echo "gave up waiting for: $*"; return 1; }
        sleep 0.05
    done
}

# adm_start DIR [ARGS...]: starts `xsflow serve DIR --listen 127.0.0.1:0
# ARGS` (a later --listen wins); sets BASE to the main listener's URL and
# ADMIN_BASE to the admin listener's when there is one.
adm_start() {
    local dir="$1" n="${ADM_N:-0}"
    shift
    ADM_N=$((n + 1))
    local out="$TMP/adm.$BASHPID.$n.out" err="$TMP/adm.$BASHPID.$n.err"
    "$XSFLOW" serve "$dir" --listen 127.0.0.1:0 "$@" > "$out" 2> "$err" &
    ADM_PIDS="${ADM_PIDS:-} $!"
    ADM_PID=$!
    trap adm_cleanup EXIT
    adm_wait 20 grep -q '^listening on ' "$out" || { cat "$err"; return 1; }
    BASE="http://127.0.0.1:$(sed -n 's/^listening on http:.*:\([0-9][0-9]*\) .*/\1/p' "$out")"
    ADMIN_BASE=""
    if grep -q '^admin on ' "$out"; then
        ADMIN_BASE="http://127.0.0.1:$(sed -n 's/^admin on http:.*:\([0-9][0-9]*\)\/.*/\1/p' "$out")"
    fi
}

# adm_call METHOD PATH [CURL ARGS...]: calls BASE/PATH; the body goes to
# $TMP/body, the status is printed.
adm_call() {
    local m="$1" p="$2"
    shift 2
    curl -s --max-time 10 -o "$TMP/body" -w '%{http_code}' -X "$m" "$@" "${URL_BASE:-$BASE}$p"
}

# adm_expect STATUS METHOD PATH [CURL ARGS...]: the call answers STATUS.
adm_expect() {
    local want="$1" got
    shift
    got="$(adm_call "$@")"
    if [ "$got" != "$want" ]; then
        echo "$* answered $got, want $want:"
        cat "$TMP/body"
        echo
        return 1
    fi
}

# adm_body JQ-FILTER: the last body satisfies the filter.
adm_body() {
    jq -e "$1" "$TMP/body" > /dev/null || { echo "body fails $1:"; cat "$TMP/body"; echo; return 1; }
}

# adm_post STATUS PATH [JSON]: a POST with a JSON content type (and body)
# answers STATUS.
adm_post() {
    local want="$1" p="$2" body="${3:-}"
    if [ -n "$body" ]; then
        adm_expect "$want" POST "$p" -H 'Content-Type: application/json' --data-binary "$body"
    else
        adm_expect "$want" POST "$p" -H 'Content-Type: application/json'
    fi
}

API=/_xsflow/api

# The status of run $1.
adm_status() {
    curl -s --max-time 10 "$BASE$API/runs/$1" | jq -r .status
}
adm_is() { [ "$(adm_status "$1")" = "$2" ]; }
adm_running() {
    case "$(adm_status "$1")" in Started | Processing) return 0 ;; esac
    return 1
}
adm_ended() {
    case "$(adm_status "$1")" in Complete | Partial | Error | Cancelled) return 0 ;; esac
    return 1
}

# Queues NAME (with input JSON $2) and prints the run id.
adm_enqueue() {
    adm_post 202 "$API/runs" "{\"name\": \"$1\", \"input\": ${2:-{\}}}" >&2 || return 1
    jq -r .run_id "$TMP/body"
}

# ---- cases ----

test_admin_health() {
    local ws; ws=$(adm_ws health)
    adm_start "$ws" --workers 2 --no-scheduler
    adm_expect 200 GET "$API/health"
    local v; v="$("$XSFLOW" version | awk '{print $2}')"
    adm_body ".status == \"ok\" and .version == \"$v\" and .database == \"sqlite\" and
              .workers == 2 and .queue_depth == 0 and (.uptime_ms | type) == \"number\" and
              .uptime_ms >= 0"
    # HEAD answers like GET
    adm_expect 200 HEAD "$API/health" --head
}

test_admin_runs_list_and_filter() {
    local ws; ws=$(adm_ws list)
    adm_start "$ws" --workers 2 --no-scheduler
    local g1 g2 h b
    g1=$(adm_enqueue Tasks/Good '{"n": 1}')
    g2=$(adm_enqueue Tasks/Good '{"n": 2}')
    h=$(adm_enqueue Tasks/Half)
    b=$(adm_enqueue Tasks/Boom)
    for id in $g1 $g2 $h $b; do adm_wait 20 adm_ended "$id"; done

    adm_expect 200 GET "$API/runs"
    adm_body '.counts == {"Queued":0,"Started":0,"Processing":0,"Complete":2,"Partial":1,"Error":1,"Cancelled":0}'
    adm_body "[.items[].id] == [$b, $h, $g2, $g1]"
    adm_body '[.items[] | has("steps")] | any | not'
    adm_body "[.items[] | {name, status}] == [{name: \"Tasks/Boom\", status: \"Error\"},
              {name: \"Tasks/Half\", status: \"Partial\"}, {name: \"Tasks/Good\", status: \"Complete\"},
              {name: \"Tasks/Good\", status: \"Complete\"}]"

    adm_expect 200 GET "$API/runs?status=Partial"
    adm_body "[.items[].id] == [$h]"
    adm_expect 200 GET "$API/runs?status=error"
    adm_body "[.items[].id] == [$b] and .items[0].error.message == \"it went boom\""
    # counts follow name and time, not status
    adm_expect 200 GET "$API/runs?name=Tasks/Good&status=Complete"
    adm_body "[.items[].id] == [$g2, $g1] and .counts.Complete == 2 and .counts.Partial == 0"
    adm_expect 200 GET "$API/runs?limit=1"
    adm_body "[.items[].id] == [$b] and .counts.Complete == 2"
    local q1 q2
    adm_expect 200 GET "$API/runs/$g2"
    q2=$(jq .queued "$TMP/body")
    adm_expect 200 GET "$API/runs/$h"
    q1=$(jq .queued "$TMP/body")
    adm_expect 200 GET "$API/runs?since=$q2&until=$q1"
    adm_body "[.items[].id] == [$h, $g2]"
    adm_expect 200 GET "$API/runs?since=2099-01-01T00:00:00Z"
    adm_body '.items == [] and ([.counts[]] | add) == 0'
    adm_expect 200 GET "$API/runs?until=1000"
    adm_body '.items == []'
}

test_admin_run_detail() {
    local ws; ws=$(adm_ws detail)
    adm_start "$ws" --workers 1 --no-scheduler
    local h; h=$(adm_enqueue Tasks/Half)
    adm_wait 20 adm_ended "$h"
    adm_expect 200 GET "$API/runs/$h"
    adm_body ".id == $h and .name == \"Tasks/Half\" and .status == \"Partial\" and .origin == \"api\""
    adm_body '[.steps[] | {name, callee, success, error}] ==
              [{name: "ok", callee: "Workers/Ok", success: true, error: null},
               {name: "refuse", callee: "Workers/Refuse", success: false, error: "refused"}]'
    adm_body '.job.status == "Partial" and .job.ok == true and .job.refuse == false and
              .job.refuse_error == "refused" and (.job.ok_started | type) == "number"'
    adm_expect 404 GET "$API/runs/999"
    adm_body '.code == "ERROR_CODE_NOT_FOUND"'
    adm_expect 400 GET "$API/runs/xyz"
    adm_body '.code == "ERROR_CODE_INPUT_ERROR" and (.message | test("id"))'
}

test_admin_retry_and_cancel() {
    local ws; ws=$(adm_ws retry)
    adm_start "$ws" --workers 1 --no-scheduler
    local h g
    h=$(adm_enqueue Tasks/Half)
    g=$(adm_enqueue Tasks/Good)
    adm_wait 20 adm_ended "$h"
    adm_wait 20 adm_ended "$g"

    # retry: an ended run that did not complete is queued again as a new try
    adm_post 202 "$API/runs/$h/retry"
    adm_body ".run_id == $h and .status == \"Queued\""
    adm_wait 20 adm_ended "$h"
    adm_expect 200 GET "$API/runs/$h"
    adm_body '.status == "Partial" and .tries == 2'
    adm_post 400 "$API/runs/$g/retry"
    adm_body '.code == "ERROR_CODE_BAD_REQUEST" and (.message | test("Complete"))'
    adm_post 404 "$API/runs/999/retry"

    # cancel: a running run at its next statement, a queued one at once
    local spin q
    spin=$(adm_enqueue Tasks/Spin)
    adm_wait 20 adm_running "$spin"
    q=$(adm_enqueue Tasks/Good)
    adm_post 200 "$API/runs/$q/cancel"
    adm_body ".run_id == $q and .status == \"Cancelled\""
    adm_post 200 "$API/runs/$spin/cancel"
    adm_body ".run_id == $spin and (.status == \"Started\" or .status == \"Processing\")"
    adm_wait 20 adm_is "$spin" Cancelled
    adm_post 400 "$API/runs/$spin/cancel"
    adm_body '.code == "ERROR_CODE_BAD_REQUEST" and (.message | test("ended"))'
    adm_post 404 "$API/runs/999/cancel"

    # a cancelled run can be retried
    adm_post 202 "$API/runs/$q/retry"
    adm_wait 20 adm_is "$q" Complete
}

# The dead letters at once: every Partial run of a name queued again.
test_admin_bulk_retry() {
    local ws; ws=$(adm_ws bulk)
    adm_start "$ws" --workers 1 --no-scheduler
    local a b g
    a=$(adm_enqueue Tasks/Half)
    b=$(adm_enqueue Tasks/Half)
    g=$(adm_enqueue Tasks/Good)
    adm_wait 20 adm_ended "$a"
    adm_wait 20 adm_ended "$b"
    adm_wait 20 adm_ended "$g"
    adm_post 400 "$API/runs/retry"
    adm_body '.code == "ERROR_CODE_INPUT_ERROR" and (.message | test("status"))'
    adm_post 400 "$API/runs/retry?status=Complete"
    adm_post 202 "$API/runs/retry?status=Partial&name=Tasks/Half"
    adm_body '.retried == 2'
    adm_wait 20 adm_ended "$a"
    adm_wait 20 adm_ended "$b"
    adm_expect 200 GET "$API/runs/$a"
    adm_body '.tries == 2'
    adm_expect 200 GET "$API/runs/$g"
    adm_body '.tries == 1'
    adm_post 202 "$API/runs/retry?status=Partial&name=Nothing/Here"
    adm_body '.retried == 0'
    # a GET reads it as a run id
    adm_expect 400 GET "$API/runs/retry"
}

test_admin_enqueue() {
    local ws; ws=$(adm_ws enqueue)
    adm_start "$ws" --workers 1 --no-scheduler
    adm_post 202 "$API/runs" '{"name": "Tasks/Good", "input": {"n": 7}}'
    adm_body '.status == "Queued" and (.run_id | type) == "number"'
    local id; id=$(jq .run_id "$TMP/body")
    adm_wait 20 adm_is "$id" Complete
    adm_expect 200 GET "$API/runs/$id"
    adm_body '.input == {"n": 7} and .result.data == {"n": 7} and .origin == "api"'
    # no input at all is an empty input
    adm_post 202 "$API/runs" '{"name": "Tasks/Good"}'
    # a JSON content type with parameters is JSON too
    adm_expect 202 POST "$API/runs" -H 'Content-Type: application/json; charset=utf-8' \
        --data-binary '{"name": "Tasks/Good"}'
    # without the JSON content type a POST is refused (a cross-site form cannot send it)
    adm_expect 403 POST "$API/runs" --data-binary '{"name": "Tasks/Good"}'
    adm_body '.code == "ERROR_CODE_ACCESS_DENIED" and (.message | test("application/json"))'
    adm_expect 403 POST "$API/runs" -H 'Content-Type: text/plain' --data-binary '{"name": "Tasks/Good"}'
    adm_expect 403 POST "$API/runs/$id/retry"
    adm_expect 200 GET "$API/runs"
    adm_body '.items | length == 3'
}

test_admin_bad_inputs() {
    local ws; ws=$(adm_ws bad)
    adm_start "$ws" --workers 1 --no-scheduler
    adm_expect 400 GET "$API/runs?limit=abc"
    adm_body '.code == "ERROR_CODE_INPUT_ERROR" and (.message | test("limit")) and has("payload")'
    adm_expect 400 GET "$API/runs?limit=-1"
    adm_expect 400 GET "$API/runs?status=Nope"
    adm_body '.code == "ERROR_CODE_INPUT_ERROR" and (.message | test("status"))'
    adm_expect 400 GET "$API/runs?since=yesterday"
    adm_body '.message | test("since")'
    adm_expect 400 GET "$API/runs/xyz"
    adm_post 400 "$API/runs/12a/retry"
    adm_post 400 "$API/runs" '{"name": "Tasks/Good", "input": {'
    adm_body '.code == "ERROR_CODE_BAD_REQUEST" and (.message | test("line 1, column"))'
    adm_post 400 "$API/runs" ''
    adm_post 400 "$API/runs" '[1, 2]'
    adm_post 400 "$API/runs" '{"input": {}}'
    adm_body '.code == "ERROR_CODE_INPUT_ERROR" and (.message | test("name"))'
    adm_post 400 "$API/runs" '{"name": "Tasks/Good", "input": [1]}'
    adm_body '.code == "ERROR_CODE_INPUT_ERROR" and (.message | test("input"))'
    adm_post 400 "$API/runs" '{"name": "Tasks/Good", "input": "x"}'
    adm_post 404 "$API/runs" '{"name": "Tasks/Nope", "input": {}}'
    adm_body '.code == "ERROR_CODE_NOT_FOUND" and (.message | test("Tasks/Nope"))'
    # wrong method on a known path, unknown paths
    adm_expect 405 DELETE "$API/runs"
    adm_body '.code == "ERROR_CODE_METHOD_NOT_ALLOWED"'
    curl -s --max-time 10 -D "$TMP/hdr" -o /dev/null -X GET "$BASE$API/runs/1/retry"
    grep -qi '^Allow: POST' "$TMP/hdr" || { cat "$TMP/hdr"; return 1; }
    curl -s --max-time 10 -D "$TMP/hdr" -o /dev/null -X PUT "$BASE$API/runs"
    grep -qi '^Allow: GET, POST' "$TMP/hdr" || { cat "$TMP/hdr"; return 1; }
    adm_expect 404 GET "$API/nope"
    adm_body '.code == "ERROR_CODE_NOT_FOUND"'
    adm_expect 404 GET "$API"
    adm_expect 404 GET "$API/runs/1/explode"
    # none of that created a run
    adm_expect 200 GET "$API/runs"
    adm_body '.items == [] and ([.counts[]] | add) == 0'
}

test_admin_schedules() {
    local ws; ws=$(adm_ws sched)
    adm_start "$ws" --workers 1
    hourly_fired() {
        adm_call GET "$API/schedules" > /dev/null &&
            jq -e '.items[] | select(.task == "Tasks/Hourly") | .last_fire != null' "$TMP/body" > /dev/null
    }
    adm_wait 20 hourly_fired
    adm_expect 200 GET "$API/schedules"
    adm_body '.items | length == 3'
    adm_body '.items[] | select(.task == "Tasks/Hourly") | .event == 0 and
              .starts_on == 1577836800000 and .freq_ms == 3600000 and .ends_on == null and
              .next_fire == .last_fire + 3600000 and (.last_fire - .starts_on) % 3600000 == 0 and
              .next_fire > (now * 1000)'
    adm_body '.items[] | select(.task == "Tasks/Later") | .last_fire == null and
              .freq_ms == 0 and .next_fire == 4070908800000 and .next_fire == .starts_on'
    adm_wait 20 eval 'adm_call GET "$API/schedules" > /dev/null &&
        jq -e ".items[] | select(.task == \"Tasks/Over\") | .last_fire != null" "$TMP/body" > /dev/null'
    adm_body '.items[] | select(.task == "Tasks/Over") | .ends_on == 1577923200000 and
              .last_fire == 1577923200000 and .next_fire == null'
    adm_expect 405 POST "$API/schedules" -H 'Content-Type: application/json'
}

# A cron entry of xsflow.json is listed beside the task schedules, with
# its expression, zone, input and the next 02:00 in its zone.
test_admin_schedules_cron() {
    local ws; ws=$(adm_ws cron)
    python3 -c '
import json, sys
c = json.load(open(sys.argv[1]))
c["cron"] = [{"task": "Workers/Ok", "expr": "0 2 * * *", "tz": "Europe/Paris", "input": {"n": 7}}]
json.dump(c, open(sys.argv[1], "w"))' "$ws/xsflow.json"
    adm_start "$ws" --workers 1 --no-scheduler
    local want
    want=$(python3 -c '
import datetime, zoneinfo
now = datetime.datetime.now(zoneinfo.ZoneInfo("Europe/Paris"))
t = now.replace(hour=2, minute=0, second=0, microsecond=0)
if t <= now:
    t = t + datetime.timedelta(days=1)
print(int(t.timestamp() * 1000))')
    adm_expect 200 GET "$API/schedules"
    adm_body '.items | length == 4'
    adm_body ".items[] | select(.cron != null) | .task == \"Workers/Ok\" and .event < 0 and
              .cron == \"0 2 * * *\" and .tz == \"Europe/Paris\" and .input == {n: 7} and
              .starts_on == null and .freq_ms == null and .last_fire == null and
              .next_fire == $want"
    adm_body '[.items[] | select(.cron == null) | .tz] == [null, null, null]'
}

test_admin_token() {
    local ws; ws=$(adm_ws token)
    XSFLOW_ADMIN_TOKEN=s3cret-token adm_start "$ws" --workers 1 --no-scheduler
    adm_expect 401 GET "$API/health"
    adm_body '.code == "ERROR_CODE_UNAUTHORIZED"'
    adm_expect 401 GET "$API/health" -H 'Authorization: Bearer wrong'
    adm_expect 401 GET "$API/health" -H 'Authorization: Bearer s3cret-token-and-more'
    adm_expect 200 GET "$API/health" -H 'Authorization: Bearer s3cret-token'
    adm_body '.status == "ok"'
    adm_expect 401 POST "$API/runs" -H 'Content-Type: application/json' --data-binary '{"name": "Tasks/Good"}'
    adm_expect 202 POST "$API/runs" -H 'Content-Type: application/json' \
        -H 'Authorization: Bearer s3cret-token' --data-binary '{"name": "Tasks/Good"}'
    adm_expect 401 GET /metrics
    adm_expect 200 GET /metrics -H 'Authorization: Bearer s3cret-token'
}

test_admin_public_listener_needs_token() {
    local ws; ws=$(adm_ws public)
    adm_start "$ws" --workers 1 --no-scheduler --listen 0.0.0.0:0
    adm_expect 403 GET "$API/health"
    adm_body '.code == "ERROR_CODE_ACCESS_DENIED" and (.message | test("XSFLOW_ADMIN_TOKEN"))'
    adm_expect 403 GET /metrics
    adm_expect 403 POST "$API/runs" -H 'Content-Type: application/json' --data-binary '{"name": "Tasks/Good"}'
    adm_expect 403 GET "$API/runs"
    # with a token, the public listener serves the admin side to its bearer
    local ws2; ws2=$(adm_ws public2)
    XSFLOW_ADMIN_TOKEN=tok adm_start "$ws2" --workers 1 --no-scheduler --listen 0.0.0.0:0
    adm_expect 200 GET "$API/health" -H 'Authorization: Bearer tok'
}

# A workspace's metrics after runs; checks the text format line by line.
adm_check_format() {
    local bad
    bad="$(grep -v '^#' "$1" | grep -Ev '^[a-z_]+(\{[^}]*\})? [0-9.e+-]+$' || true)"
    [ -z "$bad" ] || { echo "lines not in the text format:"; echo "$bad"; return 1; }
    # each metric has one HELP and one TYPE
    [ -z "$(grep '^# TYPE ' "$1" | awk '{print $3}' | sort | uniq -d)" ] || { echo "TYPE twice"; return 1; }
}

test_admin_metrics() {
    local ws; ws=$(adm_ws metrics)
    adm_start "$ws" --workers 2 --no-scheduler
    local g h b
    g=$(adm_enqueue Tasks/Good)
    h=$(adm_enqueue Tasks/Half)
    b=$(adm_enqueue Tasks/Boom)
    for id in $g $h $b; do adm_wait 20 adm_ended "$id"; done
    curl -s --max-time 10 -D "$TMP/hdr" -o "$TMP/metrics" "$BASE/metrics"
    grep -qi '^Content-Type: text/plain; version=0.0.4' "$TMP/hdr" || { cat "$TMP/hdr"; return 1; }
    adm_check_format "$TMP/metrics"
    local m="$TMP/metrics" s
    for s in Queued Started Processing Cancelled; do grep -qx "xsflow_runs{status=\"$s\"} 0" "$m"; done
    grep -qx 'xsflow_runs{status="Complete"} 1' "$m"
    grep -qx 'xsflow_runs{status="Partial"} 1' "$m"
    grep -qx 'xsflow_runs{status="Error"} 1' "$m"
    grep -qx 'xsflow_queue_depth 0' "$m"
    grep -qx '# TYPE xsflow_step_duration_seconds histogram' "$m"
    # Good 2 steps, Half 2, Boom 1
    grep -qx 'xsflow_step_duration_seconds_count{kind="function"} 5' "$m"
    grep -qx 'xsflow_step_duration_seconds_bucket{kind="function",le="+Inf"} 5' "$m"
    grep -q '^xsflow_step_duration_seconds_bucket{kind="function",le="0.005"} ' "$m"
    grep -q '^xsflow_step_duration_seconds_bucket{kind="function",le="60"} ' "$m"
    grep -q '^xsflow_step_duration_seconds_sum{kind="function"} ' "$m"
    # buckets never decrease
    grep '^xsflow_step_duration_seconds_bucket{kind="function"' "$m" | awk '{ if ($2 < prev) exit 1; prev = $2 }'
    grep -qx 'xsflow_step_duration_seconds_count{kind="api_request"} 0' "$m"
    grep -qx 'xsflow_lease_expiries_total 0' "$m"
    grep -qx 'xsflow_runs_finished_total{status="Complete"} 1' "$m"
    grep -qx 'xsflow_runs_finished_total{status="Partial"} 1' "$m"
    grep -qx 'xsflow_runs_finished_total{status="Error"} 1' "$m"
    grep -qx '# TYPE xsflow_http_requests_total counter' "$m"
    grep -q '^xsflow_http_requests_total{listener="main",route="/_xsflow/api",status="202"} 3$' "$m"
    grep -q '^xsflow_http_requests_total{listener="main",route="/_xsflow/api",status="200"} ' "$m"
}

test_admin_metrics_admin_listener() {
    local ws; ws=$(adm_ws adminl)
    adm_start "$ws" --workers 1 --no-scheduler --admin-listen 127.0.0.1:0
    [ -n "$ADMIN_BASE" ] || { echo "no admin listener line"; return 1; }
    # the admin side lives on the admin listener only
    adm_expect 404 GET "$API/health"
    adm_expect 404 GET /metrics
    URL_BASE="$ADMIN_BASE" adm_expect 200 GET "$API/health"
    URL_BASE="$ADMIN_BASE" adm_expect 200 GET /metrics
    adm_check_format "$TMP/body"
    grep -q '^xsflow_http_requests_total{listener="main",route="unmatched",status="404"} 2$' "$TMP/body"
    grep -q '^xsflow_http_requests_total{listener="admin",route="/_xsflow/api",status="200"} 1$' "$TMP/body"
    [ "$(grep -c '^# TYPE xsflow_http_requests_total' "$TMP/body")" = 1 ]
}

# A process killed inside a run leaves it with an owner and a lease; the
# next process takes it over once the lease expires, and counts it.
# adm_lease_case WS [SERVE ARGS...]
adm_lease_case() {
    local ws="$1"
    shift
    adm_start "$ws" --workers 1 --no-scheduler "$@"
    local spin; spin=$(adm_enqueue Tasks/Spin)
    adm_wait 20 adm_running "$spin"
    kill -9 "$ADM_PID"
    wait "$ADM_PID" 2> /dev/null || true
    adm_start "$ws" --workers 1 --no-scheduler "$@"
    lease_counted() {
        curl -s --max-time 10 "$BASE/metrics" | grep -qx 'xsflow_lease_expiries_total 1'
    }
    adm_wait 30 lease_counted
    adm_expect 200 GET "$API/runs/$spin"
    adm_body '.claims == 2 and .tries == 1'
    adm_post 200 "$API/runs/$spin/cancel"
    adm_wait 20 adm_is "$spin" Cancelled
    curl -s --max-time 10 "$BASE/metrics" | grep -qx 'xsflow_runs_finished_total{status="Cancelled"} 1'
}

test_admin_metrics_lease_expiry() {
    adm_lease_case "$(adm_ws lease)"
}

# The same calls on PostgreSQL (its claim statement differs).
test_admin_postgres() {
    [ -n "${XS_PG_URL:-}" ] || return 77
    psql "$XS_PG_URL" -q -c "DROP TABLE IF EXISTS effects, xsflow_runs, xsflow_steps, xsflow_schedules, xsflow_firings, xsflow_meta, xsflow_idempotency, xsflow_schema" > /dev/null 2>&1 || true
    local ws; ws=$(adm_ws pg)
    adm_lease_case "$ws" --db "$XS_PG_URL"
    adm_expect 200 GET "$API/health"
    adm_body '.database == "postgres" and .queue_depth == 0'
    local g h
    g=$(adm_enqueue Tasks/Good)
    h=$(adm_enqueue Tasks/Half)
    adm_wait 20 adm_ended "$g"
    adm_wait 20 adm_ended "$h"
    adm_expect 200 GET "$API/runs?since=1"
    adm_body '.counts == {"Queued":0,"Started":0,"Processing":0,"Complete":1,"Partial":1,"Error":0,"Cancelled":1}'
    adm_body "[.items[].id][0:2] == [$h, $g]"
    adm_post 202 "$API/runs/$h/retry"
    adm_wait 20 adm_ended "$h"
    curl -s --max-time 10 -o "$TMP/metrics" "$BASE/metrics"
    adm_check_format "$TMP/metrics"
    grep -qx 'xsflow_runs{status="Partial"} 1' "$TMP/metrics"
}
