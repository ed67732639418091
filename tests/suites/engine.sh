# The durable engine: run lifecycle and step records, the job-record view,
# retries, cancellation, crash recovery, schedules. Each case copies the
# workspace tests/engine/ws to a fresh directory with its own SQLite file
# (and, when XS_PG_URL is set, the crash case runs on PostgreSQL too).
# Sourced by tests/run ($XSFLOW, $TMP, $ROOT). No case asserts on timing:
# waits poll for a state with a generous ceiling.

eng_ws() {
    local d="$TMP/eng.$1"
    rm -rf "$d"
    mkdir -p "$d"
    cp "$ROOT"/tests/engine/ws/* "$d"/
    echo "$d"
}

# eng_wait SECONDS COMMAND...: polls COMMAND until it succeeds.
eng_wait() {
    local end=$((SECONDS + $1))
    shift
    until "$@"; do
        [ $SECONDS -lt $end ] || { echo "gave up waiting for: $*"; return 1; }
        sleep 0.05
    done
}

eng_sql() { python3 - "$1" "$2" <<'PY'
import sqlite3, sys
con = sqlite3.connect(sys.argv[1], timeout=30)
for row in con.execute(sys.argv[2]):
    print("|".join("" if v is None else str(v) for v in row))
con.commit()
PY
}

eng_status() { "$XSFLOW" runs show "$2" --json --workspace "$1" | jq -r .status; }
eng_is() { [ "$(eng_status "$1" "$2")" = "$3" ]; }
eng_all_ended() {
    [ "$("$XSFLOW" runs --json --limit 100000 --workspace "$1" --db "${2:-sqlite:$1/xsflow.db}" |
        jq '[.[] | select(.status == "Queued" or .status == "Started" or .status == "Processing")] | length')" = 0 ]
}

# Starts `xsflow serve ARGS` in the background and prints its pid; every
# server a case starts is killed when the case ends, however it ends.
eng_serve() {
    "$XSFLOW" serve --listen 127.0.0.1:0 "$@" > /dev/null 2>> "$TMP/serve.log" &
    echo $! >> "$TMP/eng.pids"
    echo $!
}

eng_cleanup() {
    local p
    [ -f "$TMP/eng.pids" ] || return 0
    for p in $(cat "$TMP/eng.pids"); do kill -9 "$p" 2> /dev/null || true; done
    rm -f "$TMP/eng.pids"
}

# Stops a server with SIGTERM (a clean stop) and waits for it to exit; a
# sanitizer report in its log fails the case.
eng_stop() {
    kill "$1" 2>/dev/null || true
    # not our child (eng_serve ran in a command substitution): wait can't
    local end=$((SECONDS + 60))
    while kill -0 "$1" 2>/dev/null && [ $SECONDS -lt $end ]; do sleep 0.05; done
    if grep -q "Sanitizer\|runtime error:" "$TMP/serve.log" 2> /dev/null; then
        grep -A20 "Sanitizer\|runtime error:" "$TMP/serve.log" | head -40
        return 1
    fi
}

# Complete, Partial and Error with exact step records and the job record.
test_engine_lifecycle() {
    trap eng_cleanup EXIT
    local ws; ws=$(eng_ws life)
    [ "$("$XSFLOW" enqueue Tasks/Onboard --input '{"n":1}' --workspace "$ws")" = 1 ]
    "$XSFLOW" enqueue Tasks/Onboard --input '{"n":2}' --workspace "$ws" > /dev/null
    "$XSFLOW" enqueue Tasks/Refuse --workspace "$ws" > /dev/null
    "$XSFLOW" enqueue Tasks/Repeat --workspace "$ws" > /dev/null
    local pid; pid=$(eng_serve "$ws" --workers 2)
    eng_wait 20 eng_is "$ws" 1 Complete
    eng_wait 20 eng_is "$ws" 2 Partial
    eng_wait 20 eng_is "$ws" 3 Error
    eng_wait 20 eng_is "$ws" 4 Complete
    eng_stop "$pid"
    # steps: name, callee, ordinal, depth, success, error, masked input
    "$XSFLOW" runs show 2 --json --workspace "$ws" |
        jq -c '.steps[] | [.key, .name, .callee, .ordinal, .parent, .depth, .success, .error, .input]' > "$TMP/steps"
    cat > "$TMP/want" <<'JSON'
["agent_data","agent_data","Workers/Agent Data",1,null,1,true,null,{"n":2,"nap":null}]
["team_roster","team_roster","Workers/Team Roster",2,null,1,false,"roster down",{"n":2,"nap":null}]
["rev_share","rev_share","Workers/Rev Share",3,null,1,true,null,{"n":2,"nap":null,"api_key":"****"}]
JSON
    diff -u "$TMP/want" "$TMP/steps"
    # the job record: status, timestamps, <step>, <step>_started, <step>_ended, <step>_error
    "$XSFLOW" runs show 2 --json --workspace "$ws" |
        jq -c '.job | [keys_unsorted, .status, .team_roster, .team_roster_error, (.agent_data_ended >= .agent_data_started), (.ended >= .started)]' > "$TMP/job"
    echo '[["status","started","ended","lastupdated","agent_data","agent_data_started","agent_data_ended","team_roster","team_roster_started","team_roster_ended","team_roster_error","rev_share","rev_share_started","rev_share_ended"],"Partial",false,"roster down",true,true]' > "$TMP/want"
    diff -u "$TMP/want" "$TMP/job"
    [ "$("$XSFLOW" runs show 2 --job --workspace "$ws" | jq -c '[.status, .rev_share]')" = '["Partial",true]' ]
    # the run's result and the Error of a Result with success = false
    [ "$("$XSFLOW" runs show 1 --json --workspace "$ws" | jq -c .result)" = '{"success":true,"data":{"a":{"n":1},"c":{"share":10}}}' ]
    [ "$("$XSFLOW" runs show 3 --json --workspace "$ws" | jq -c '[.tries, .result.error]')" = '[1,"nothing to do"]' ]
    # repeats and nesting
    "$XSFLOW" runs show 4 --json --workspace "$ws" | jq -c '[.steps[] | [.key, .name, .depth]]' > "$TMP/rep"
    echo '[["agent_data","agent_data",1],["agent_data_2","agent_data_2",1],["wrapper","wrapper",1],["wrapper/team_roster","team_roster",2]]' > "$TMP/want"
    diff -u "$TMP/want" "$TMP/rep"
    # the table view names every run
    "$XSFLOW" runs --workspace "$ws" > "$TMP/table"
    grep -q "Partial" "$TMP/table"
    "$XSFLOW" runs show 2 --workspace "$ws" | grep -q "x team_roster .*failed.*error: roster down"
    # each step ran once
    [ "$(eng_sql "$ws/xsflow.db" "select count(*) from effects where run = 2")" = 3 ]
}

# An uncaught error is retried with backoff; completed steps are not run
# again; the last try ends in Error with the error recorded.
test_engine_retries() {
    trap eng_cleanup EXIT
    local ws; ws=$(eng_ws retry)
    "$XSFLOW" enqueue Tasks/Onboard --input '{"n":3}' --workspace "$ws" > /dev/null
    local pid; pid=$(eng_serve "$ws" --workers 1)
    eng_wait 25 eng_is "$ws" 1 Error
    eng_stop "$pid"
    "$XSFLOW" runs show 1 --json --workspace "$ws" | jq -c '[.tries, .max_attempts, .error.message]' > "$TMP/r"
    echo '[3,3,"n must not be 3"]' > "$TMP/want"
    diff -u "$TMP/want" "$TMP/r"
    # the backoff: one log line per retry, the delay growing
    grep -o 'run 1 Tasks/Onboard: try [0-9] failed, retry in [0-9]* ms' "$TMP/serve.log" | tail -2 > "$TMP/log"
    [ "$(wc -l < "$TMP/log")" = 2 ]
    local d1 d2
    d1=$(sed -n 1p "$TMP/log" | sed -E 's/.*in ([0-9]+) ms/\1/')
    d2=$(sed -n 2p "$TMP/log" | sed -E 's/.*in ([0-9]+) ms/\1/')
    [ "$d1" -ge 16 ] && [ "$d1" -le 24 ] && [ "$d2" -ge 32 ] && [ "$d2" -le 48 ]
    # steps done before the error ran once over three tries
    [ "$(eng_sql "$ws/xsflow.db" "select step || ':' || count(*) from effects where run = 3 group by step order by step" | tr '\n' ' ')" = "agent_data:1 team_roster:1 " ]
    # retry by hand: a fourth try
    "$XSFLOW" runs retry 1 --workspace "$ws" | grep -q "queued again"
    [ "$(eng_status "$ws" 1)" = Queued ]
    ! "$XSFLOW" runs retry 1 --workspace "$ws" 2> /dev/null
}

# A queued run is cancelled at once; a running one at its next statement.
test_engine_cancel() {
    trap eng_cleanup EXIT
    local ws; ws=$(eng_ws cancel)
    "$XSFLOW" enqueue Tasks/Spin --workspace "$ws" > /dev/null
    "$XSFLOW" enqueue Tasks/Refuse --workspace "$ws" > /dev/null
    "$XSFLOW" runs cancel 2 --workspace "$ws" | grep -q "run 2 cancelled"
    local pid; pid=$(eng_serve "$ws" --workers 1)
    eng_wait 20 eng_is "$ws" 1 Started
    "$XSFLOW" runs cancel 1 --workspace "$ws" | grep -q "run 1 cancelling"
    eng_wait 20 eng_is "$ws" 1 Cancelled
    eng_stop "$pid"
    [ "$("$XSFLOW" runs show 1 --json --workspace "$ws" | jq -r .error.name)" = ERROR_CANCELLED ]
    [ "$(eng_status "$ws" 2)" = Cancelled ]
    ! "$XSFLOW" runs cancel 1 --workspace "$ws" 2> /dev/null
    # enqueue --wait prints the result, or the error with exit 1
    pid=$(eng_serve "$ws" --workers 1)
    timeout 60 "$XSFLOW" enqueue Tasks/Onboard --input '{"n":5}' --wait --workspace "$ws" > "$TMP/w"
    [ "$(tail -1 "$TMP/w")" = '{"success":true,"data":{"a":{"n":5},"c":{"share":50}}}' ]
    local rc=0
    timeout 60 "$XSFLOW" enqueue Tasks/Refuse --wait --workspace "$ws" > /dev/null 2> "$TMP/e" || rc=$?
    eng_stop "$pid"
    [ $rc -eq 1 ]
    grep -q '"status":"Error"' "$TMP/e"
    # unknown names and bad input are usage errors before anything is queued
    ! "$XSFLOW" enqueue Nope --workspace "$ws" 2> /dev/null
    rc=0
    "$XSFLOW" enqueue Tasks/Onboard --input '[1]' --workspace "$ws" 2> /dev/null || rc=$?
    [ $rc -eq 2 ]
    rc=0
    "$XSFLOW" enqueue Tasks/Onboard --inputs '[{"n":1},2]' --workspace "$ws" 2> /dev/null || rc=$?
    [ $rc -eq 2 ]
}

# Kill `xsflow serve` with SIGKILL at random moments while it works through
# three-step runs; after restarts every run ends and no completed step ran
# twice (each step's db.add commits with its outcome).
eng_crash() {
    local ws="$1" db="$2" n="$3" name="${4:-Tasks/Onboard}" i pid
    python3 -c "import json,sys; print(json.dumps([{'n': i + 10, 'nap': 0.002} for i in range(1, int(sys.argv[1]) + 1)]))" "$n" > "$TMP/inputs.json"
    "$XSFLOW" enqueue "$name" --inputs "@$TMP/inputs.json" --workspace "$ws" --db "$db" > "$TMP/ids"
    [ "$(wc -l < "$TMP/ids")" = "$n" ]
    for i in 1 2 3 4 5; do
        pid=$(eng_serve "$ws" --db "$db" --workers 4 --no-scheduler)
        sleep "0.$((RANDOM % 6 + 2))"
        kill -9 "$pid"
        wait "$pid" 2> /dev/null || true
    done
    pid=$(eng_serve "$ws" --db "$db" --workers 4 --no-scheduler)
    eng_wait 120 eng_all_ended "$ws" "$db"
    eng_stop "$pid"
    "$XSFLOW" runs --json --limit 100000 --workspace "$ws" --db "$db" |
        jq -r '[.[] | .status] | group_by(.) | map("\(.[0]):\(length)") | join(" ")' > "$TMP/st"
    [ "$(cat "$TMP/st")" = "Complete:$n" ] || { cat "$TMP/st"; return 1; }
}

test_engine_crash_sqlite() {
    trap eng_cleanup EXIT
    local ws; ws=$(eng_ws crash)
    eng_crash "$ws" "sqlite:$ws/xsflow.db" 1000
    # every run: each of its three steps exactly once
    [ "$(eng_sql "$ws/xsflow.db" "select count(*) from (select run, step from effects group by run, step having count(*) <> 1)")" = 0 ]
    [ "$(eng_sql "$ws/xsflow.db" "select count(*) from effects")" = 3000 ]
    [ "$(eng_sql "$ws/xsflow.db" "select count(*) from xsflow_steps where success = 1")" = 3000 ]
    # runs cut by a kill were resumed by a later claim
    eng_sql "$ws/xsflow.db" "select max(claims) from xsflow_runs" > "$TMP/claims"
    [ "$(cat "$TMP/claims")" -ge 2 ] || return 1
    # and the file is whole after five kills mid-commit
    [ "$(eng_sql "$ws/xsflow.db" "pragma integrity_check")" = ok ]
}

# The same with steps that use no database, whose outcomes go through the
# group commit: every run ends Complete with its three steps and the
# result they chain to.
test_engine_crash_steps_without_database() {
    trap eng_cleanup EXIT
    local ws; ws=$(eng_ws crashpure)
    eng_crash "$ws" "sqlite:$ws/xsflow.db" 500 Tasks/Compute || return 1
    [ "$(eng_sql "$ws/xsflow.db" "select count(*) from xsflow_steps where success = 1")" = 1500 ] || return 1
    [ "$(eng_sql "$ws/xsflow.db" "select count(*) from (select run_id from xsflow_steps group by run_id having count(*) = 3)")" = 500 ] || return 1
    [ "$(eng_sql "$ws/xsflow.db" "select count(*) from xsflow_runs where json_extract(result, '$.data') = 8 * json_extract(input, '$.n')")" = 500 ] || return 1
    eng_sql "$ws/xsflow.db" "select max(claims) from xsflow_runs" > "$TMP/claims"
    [ "$(cat "$TMP/claims")" -ge 2 ] || return 1
    [ "$(eng_sql "$ws/xsflow.db" "pragma integrity_check")" = ok ]
}

test_engine_crash_postgres() {
    trap eng_cleanup EXIT
    [ -n "${XS_PG_URL:-}" ] || return 77
    local ws; ws=$(eng_ws crashpg)
    psql "$XS_PG_URL" -q -c "DROP TABLE IF EXISTS effects, xsflow_runs, xsflow_steps, xsflow_schedules, xsflow_firings, xsflow_meta, xsflow_schema" > /dev/null 2>&1 || true
    eng_crash "$ws" "$XS_PG_URL" 1000
    [ "$(psql "$XS_PG_URL" -Atc "select count(*) from (select run, step from effects group by run, step having count(*) <> 1) x")" = 0 ]
    [ "$(psql "$XS_PG_URL" -Atc "select count(*) from effects")" = 3000 ]
}

# Claims on a new PostgreSQL database, whose tables no ANALYZE has seen
# yet: the planner then reads the whole of xsflow_runs for a search of
# expired leases, which claims make once per poll interval, not once per
# run (the heartbeat's own searches make a few more).
test_engine_claims_without_table_scans_postgres() {
    trap eng_cleanup EXIT
    [ -n "${XS_PG_URL:-}" ] || return 77
    local ws; ws=$(eng_ws scanspg)
    psql "$XS_PG_URL" -q -c "DROP TABLE IF EXISTS effects, xsflow_runs, xsflow_steps, xsflow_schedules, xsflow_firings, xsflow_meta, xsflow_schema" > /dev/null 2>&1 || true
    echo '{ "engine": { "lease_ms": 30000, "poll_ms": 1000 } }' > "$ws/xsflow.json"
    jq -n '[range(600) | {n: .}]' > "$TMP/inputs.json"
    "$XSFLOW" enqueue Tasks/Compute --inputs "@$TMP/inputs.json" --workspace "$ws" --db "$XS_PG_URL" > /dev/null
    local pid; pid=$(eng_serve "$ws" --db "$XS_PG_URL" --workers 4 --no-scheduler)
    eng_wait 60 eng_all_ended "$ws" "$XS_PG_URL"
    eng_stop "$pid"
    [ "$(psql "$XS_PG_URL" -Atc "select count(*) from xsflow_runs where status = 'Complete'")" = 600 ] || return 1
    local scans
    scans=$(psql "$XS_PG_URL" -Atc "select seq_scan from pg_stat_user_tables where relname = 'xsflow_runs'")
    echo "sequential scans of xsflow_runs for 600 runs: $scans"
    [ "$scans" -lt 150 ]
}

# A schedule fires its latest due time once; a restart does not fire it
# again; after downtime the times passed over are recorded as missed and
# only the latest fires.
test_engine_schedule() {
    trap eng_cleanup EXIT
    local ws; ws=$(eng_ws sched)
    local pid; pid=$(eng_serve "$ws" --workers 1)
    eng_wait 20 eng_is "$ws" 1 Complete
    eng_stop "$pid"
    pid=$(eng_serve "$ws" --workers 1)
    sleep 0.3
    eng_stop "$pid"
    [ "$(eng_sql "$ws/xsflow.db" "select outcome || ':' || count(*) from xsflow_firings group by outcome")" = "fired:1" ]
    # three hours of downtime
    python3 -c "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute('update xsflow_schedules set last_fire = last_fire - 3*3600000'); c.commit()" "$ws/xsflow.db"
    pid=$(eng_serve "$ws" --workers 1)
    eng_wait 20 eng_is "$ws" 2 Complete
    eng_stop "$pid"
    [ "$(eng_sql "$ws/xsflow.db" "select outcome || ':' || count(*) from xsflow_firings group by outcome order by outcome" | tr '\n' ' ')" = "fired:2 missed:2 " ]
    [ "$(eng_sql "$ws/xsflow.db" "select count(*) from effects where step = 'nightly'")" = 2 ]
    # the missed times are the two hours passed over, before the one fired
    [ "$(eng_sql "$ws/xsflow.db" "select (f.fire_time - m.fire_time) / 3600000 from xsflow_firings m, xsflow_firings f where m.outcome = 'missed' and f.id = (select max(id) from xsflow_firings where outcome = 'fired') order by 1" | tr '\n' ' ')" = "1 2 " ]
    # xsflow task run: once now, as a durable run
    "$XSFLOW" task run Tasks/Nightly --workspace "$ws" 2> /dev/null > "$TMP/t"
    [ "$(eng_sql "$ws/xsflow.db" "select count(*) from effects where step = 'nightly'")" = 3 ]
}

# docs/config.md is generated from the key table.
test_engine_config_doc() {
    trap eng_cleanup EXIT
    "$XSFLOW" serve --config-doc > "$TMP/config.md"
    diff -u "$ROOT/docs/config.md" "$TMP/config.md"
    # a bad setting stops serve with a message naming it
    local ws; ws=$(eng_ws cfg)
    echo '{"objects": {"Tasks/Onboard": {"max_atempts": 2}}}' > "$ws/xsflow.json"
    ! "$XSFLOW" serve "$ws" 2> "$TMP/err"
    grep -q "unknown setting 'max_atempts'" "$TMP/err"
}

# timeout_ms stops a run at its next statement with ERROR_TIMEOUT; with
# concurrency 1 no two runs of a function overlap, whatever the workers.
test_engine_timeout_and_concurrency() {
    trap eng_cleanup EXIT
    local ws; ws=$(eng_ws limits)
    cat > "$ws/xsflow.json" <<'JSON'
{
  "engine": { "lease_ms": 1000, "poll_ms": 20 },
  "objects": {
    "*": { "backoff_ms": 10 },
    "Tasks/Spin": { "timeout_ms": 300, "max_attempts": 2 },
    "Tasks/Repeat": { "concurrency": 1 }
  }
}
JSON
    "$XSFLOW" enqueue Tasks/Spin --workspace "$ws" > /dev/null
    local i
    "$XSFLOW" enqueue Tasks/Repeat --inputs '[{},{},{},{},{},{},{},{},{},{},{},{}]' --workspace "$ws" > /dev/null
    local pid; pid=$(eng_serve "$ws" --workers 4 --no-scheduler)
    eng_wait 25 eng_all_ended "$ws"
    eng_stop "$pid"
    [ "$("$XSFLOW" runs show 1 --json --workspace "$ws" | jq -c '[.status, .tries, .error.name]')" = '["Error",2,"ERROR_TIMEOUT"]' ]
    "$XSFLOW" runs --name Tasks/Repeat --json --workspace "$ws" |
        jq -r 'sort_by(.started) | [.[] | select(.status == "Complete")] | length' > "$TMP/n"
    [ "$(cat "$TMP/n")" = 12 ]
    "$XSFLOW" runs --name Tasks/Repeat --json --workspace "$ws" |
        jq -r 'sort_by(.started, .ended) | . as $r | [range(1; length) | select($r[.].started < $r[. - 1].ended)] | length' > "$TMP/overlaps"
    [ "$(cat "$TMP/overlaps")" = 0 ]
}

# The concurrency limit on PostgreSQL, whose claims with limits take
# their candidates in one locking search per kind of claimable run.
test_engine_concurrency_postgres() {
    trap eng_cleanup EXIT
    [ -n "${XS_PG_URL:-}" ] || return 77
    local ws; ws=$(eng_ws limitspg)
    psql "$XS_PG_URL" -q -c "DROP TABLE IF EXISTS effects, xsflow_runs, xsflow_steps, xsflow_schedules, xsflow_firings, xsflow_meta, xsflow_schema" > /dev/null 2>&1 || true
    cat > "$ws/xsflow.json" <<'JSON'
{
  "engine": { "lease_ms": 1000, "poll_ms": 20 },
  "objects": { "Tasks/Repeat": { "concurrency": 1 } }
}
JSON
    "$XSFLOW" enqueue Tasks/Repeat --inputs '[{},{},{},{},{},{},{},{},{},{},{},{}]' --workspace "$ws" --db "$XS_PG_URL" > /dev/null
    local pid; pid=$(eng_serve "$ws" --db "$XS_PG_URL" --workers 4 --no-scheduler)
    eng_wait 25 eng_all_ended "$ws" "$XS_PG_URL"
    eng_stop "$pid"
    "$XSFLOW" runs --name Tasks/Repeat --json --workspace "$ws" --db "$XS_PG_URL" > "$TMP/runs"
    [ "$(jq '[.[] | select(.status == "Complete")] | length' "$TMP/runs")" = 12 ]
    [ "$(jq 'sort_by(.started, .ended) | . as $r | [range(1; length) | select($r[.].started < $r[. - 1].ended)] | length' "$TMP/runs")" = 0 ]
}

# An api.request inside a step is a step of its own, and the outside
# service receives the step's stable Idempotency-Key (<run id>:<step key>).
test_engine_api_request_step() {
    trap eng_cleanup EXIT
    local ws; ws=$(eng_ws api)
    cat > "$ws/fetch.xs" <<'XS'
function "Workers/Fetch" {
  input {
    text url
  }

  stack {
    api.request {
      url = $input.url
      method = "GET"
    } as $resp
  }

  response = {success: true, data: $resp.response.status}
}
XS
    cat > "$ws/fetch_all.xs" <<'XS'
function "Tasks/Fetch All" {
  input {
    text url
  }

  stack {
    function.run "Workers/Fetch" {
      input = {url: $input.url}
    } as $a
  }

  response = $a
}
XS
    local port; port=$(eng_key_server keys 0)
    "$XSFLOW" enqueue "Tasks/Fetch All" --input "{\"url\":\"http://127.0.0.1:$port/\"}" --workspace "$ws" > /dev/null
    local pid; pid=$(eng_serve "$ws" --workers 1 --no-scheduler)
    eng_wait 20 eng_is "$ws" 1 Complete
    eng_stop "$pid"
    [ "$(cat "$TMP/keys")" = "1:fetch/api_request" ]
    "$XSFLOW" runs show 1 --json --workspace "$ws" | jq -c '[.steps[] | [.key, .kind, .depth, .success]]' > "$TMP/s"
    echo '[["fetch","function.run",1,true],["fetch/api_request","api.request",2,true]]' > "$TMP/want"
    diff -u "$TMP/want" "$TMP/s"
}

# overlap "skip": a firing while the task's last run is still queued or
# running is recorded as skipped, not queued.
test_engine_schedule_overlap() {
    trap eng_cleanup EXIT
    local ws; ws=$(eng_ws overlap)
    rm "$ws/nightly.xs"
    cat > "$ws/slow.xs" <<'XS'
task "Tasks/Every Second" {
  stack {
    util.sleep {
      value = 2
    }
  }

  schedule {
    events = [{starts_on: 2020-01-01 00:00:00+0000, freq: 1}]
  }
}
XS
    local pid; pid=$(eng_serve "$ws" --workers 1)
    eng_wait 20 eng_has_skip "$ws"
    eng_stop "$pid"
    [ "$(eng_sql "$ws/xsflow.db" "select count(*) from xsflow_firings where outcome = 'fired'")" -ge 1 ]
    # a skipped firing queued nothing
    [ "$(eng_sql "$ws/xsflow.db" "select count(*) from xsflow_firings where outcome = 'skipped' and run_id is not null")" = 0 ]
}

eng_has_skip() {
    [ -f "$1/xsflow.db" ] &&
        [ "$(eng_sql "$1/xsflow.db" "select count(*) from xsflow_firings where outcome = 'skipped'" 2> /dev/null)" -ge 1 ]
}

# Two processes on one PostgreSQL database share the runs (each step still
# once) and fire a schedule's time once between them.
test_engine_two_nodes_postgres() {
    trap eng_cleanup EXIT
    [ -n "${XS_PG_URL:-}" ] || return 77
    local ws; ws=$(eng_ws twonodes)
    psql "$XS_PG_URL" -q -c "DROP TABLE IF EXISTS effects, xsflow_runs, xsflow_steps, xsflow_schedules, xsflow_firings, xsflow_meta, xsflow_schema" > /dev/null 2>&1 || true
    local i
    python3 -c "import json; print(json.dumps([{'n': i + 10} for i in range(1, 101)]))" > "$TMP/inputs.json"
    "$XSFLOW" enqueue Tasks/Onboard --inputs "@$TMP/inputs.json" --workspace "$ws" --db "$XS_PG_URL" > /dev/null
    local a b
    a=$(eng_serve "$ws" --db "$XS_PG_URL" --workers 2)
    b=$(eng_serve "$ws" --db "$XS_PG_URL" --workers 2)
    eng_wait 25 eng_all_ended "$ws" "$XS_PG_URL"
    eng_wait 10 eng_pg_nightly_done
    eng_stop "$a"
    eng_stop "$b"
    [ "$(psql "$XS_PG_URL" -Atc "select count(*) from (select run, step from effects where run > 10 group by run, step having count(*) <> 1) x")" = 0 ]
    [ "$(psql "$XS_PG_URL" -Atc "select count(*) from effects where run > 10")" = 300 ]
    [ "$(psql "$XS_PG_URL" -Atc "select count(*) from xsflow_firings where outcome = 'fired'")" = 1 ]
    [ "$(psql "$XS_PG_URL" -Atc "select count(*) from effects where step = 'nightly'")" = 1 ]
}

eng_pg_nightly_done() {
    [ "$(psql "$XS_PG_URL" -Atc "select count(*) from xsflow_runs where name = 'Tasks/Nightly' and status = 'Complete'")" = 1 ]
}

# step_timeout_ms stops a step that runs too long; the step is recorded as
# failed and the run ends in Error (one try here).
test_engine_step_timeout() {
    trap eng_cleanup EXIT
    local ws; ws=$(eng_ws steptimeout)
    cat > "$ws/loop.xs" <<'XS'
function "Workers/Loop" {
  input {
  }

  stack {
    while (true) {
      each {
        var $x {
          value = 1
        }
      }
    }
  }

  response = null
}
XS
    cat > "$ws/calls_loop.xs" <<'XS'
function "Tasks/Calls Loop" {
  input {
  }

  stack {
    function.run "Workers/Loop" as $r
  }

  response = $r
}
XS
    echo '{"engine": {"poll_ms": 20}, "objects": {"Tasks/Calls Loop": {"step_timeout_ms": 300, "max_attempts": 1}}}' > "$ws/xsflow.json"
    "$XSFLOW" enqueue "Tasks/Calls Loop" --workspace "$ws" > /dev/null
    local pid; pid=$(eng_serve "$ws" --workers 1 --no-scheduler)
    eng_wait 20 eng_is "$ws" 1 Error
    eng_stop "$pid"
    "$XSFLOW" runs show 1 --json --workspace "$ws" | jq -c '[.error.name, .error.message, [.steps[] | [.key, .success]]]' > "$TMP/r"
    echo '["ERROR_TIMEOUT","a step exceeded its step_timeout_ms (300 ms)",[["loop",false]]]' > "$TMP/want"
    diff -u "$TMP/want" "$TMP/r"
}

# SIGTERM stops a run at its next statement and leaves it to be resumed:
# the next server finishes it, and the step that was cut short is neither
# recorded as failed nor left with half its effects.
test_engine_graceful_stop() {
    trap eng_cleanup EXIT
    local ws; ws=$(eng_ws graceful)
    "$XSFLOW" enqueue Tasks/Onboard --input '{"n":7,"nap":0.6}' --workspace "$ws" > /dev/null
    local pid; pid=$(eng_serve "$ws" --workers 1 --no-scheduler)
    eng_wait 20 eng_started "$ws" 1
    eng_stop "$pid"
    [ "$(eng_status "$ws" 1)" != Complete ]
    pid=$(eng_serve "$ws" --workers 1 --no-scheduler)
    eng_wait 20 eng_is "$ws" 1 Complete
    eng_stop "$pid"
    [ "$(eng_sql "$ws/xsflow.db" "select step || ':' || count(*) from effects where run = 7 group by step order by step" | tr '\n' ' ')" = "agent_data:1 rev_share:1 team_roster:1 " ]
    [ "$("$XSFLOW" runs show 1 --json --workspace "$ws" | jq -c '[.steps[] | .success]')" = '[true,true,true]' ]
}

# A run's lastupdated follows its steps while it runs: the steps do not
# rewrite the run's row, the views take the latest step's end.
test_engine_lastupdated_follows_steps() {
    trap eng_cleanup EXIT
    local ws; ws=$(eng_ws lastupd)
    "$XSFLOW" enqueue Tasks/Onboard --input '{"n":8,"nap":0.5}' --workspace "$ws" > /dev/null
    local pid; pid=$(eng_serve "$ws" --workers 1 --no-scheduler)
    eng_wait 20 eng_steps_done "$ws" 1 2
    "$XSFLOW" runs show 1 --json --workspace "$ws" > "$TMP/mid"
    eng_stop "$pid"
    jq -e '.status == "Processing" and .lastupdated == (.steps | map(.ended) | max)
           and .job.lastupdated == .job.team_roster_ended
           and .job.team_roster_ended >= .job.agent_data_ended + 400' "$TMP/mid" > /dev/null ||
        { cat "$TMP/mid"; return 1; }
    "$XSFLOW" runs --json --workspace "$ws" | jq -e --slurpfile mid "$TMP/mid" \
        '.[0].lastupdated >= $mid[0].lastupdated' > /dev/null
}

# eng_key_server KEYS SECONDS: starts a local HTTP server that appends
# each request's Idempotency-Key ("-" for none) to $TMP/KEYS and answers
# {"ok":true} after SECONDS (requests are served side by side); prints
# its port. Each server writes its port to a file of its own: the cases of
# a suite share $TMP.
eng_key_server() {
    cat > "$TMP/keysrv.py" <<'PY'
import http.server, sys, time
class H(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        with open(sys.argv[1], 'a') as f:
            f.write((self.headers.get('Idempotency-Key') or '-') + '\n')
        time.sleep(float(sys.argv[2]))
        self.send_response(200)
        self.send_header('Content-Type', 'application/json')
        self.end_headers()
        self.wfile.write(b'{"ok":true}')
    def log_message(self, *a):
        pass
s = http.server.ThreadingHTTPServer(('127.0.0.1', 0), H)
print(s.server_address[1], flush=True)
s.serve_forever()
PY
    rm -f "$TMP/$1" "$TMP/$1.port"
    python3 "$TMP/keysrv.py" "$TMP/$1" "$2" > "$TMP/$1.port" &
    echo $! >> "$TMP/eng.pids"
    eng_wait 10 test -s "$TMP/$1.port" >&2 || return 1
    cat "$TMP/$1.port"
}

eng_steps_done() {
    [ "$("$XSFLOW" runs show "$2" --json --workspace "$1" | jq '.steps | length')" -ge "$3" ]
}

# A step that does not use the database holds no transaction while it
# runs: two runs whose steps sleep run them side by side on two runners
# (a step used to hold the database's write lock for its whole call). A
# step that writes commits its writes with its outcome, as before.
test_engine_steps_without_database_overlap() {
    trap eng_cleanup EXIT
    local ws; ws=$(eng_ws overlap)
    cat > "$ws/nap.xs" <<'XS'
function "Workers/Nap" {
  input {
  }

  stack {
    util.sleep {
      value = 1
    }
  }

  response = {success: true, data: null, error: null}
}
XS
    cat > "$ws/napper.xs" <<'XS'
function "Tasks/Napper" {
  input {
  }

  stack {
    function.run "Workers/Nap" as $a
  }

  response = {success: true, data: null, error: null}
}
XS
    "$XSFLOW" enqueue Tasks/Napper --workspace "$ws" > /dev/null
    "$XSFLOW" enqueue Tasks/Napper --workspace "$ws" > /dev/null
    "$XSFLOW" enqueue Tasks/Onboard --input '{"n":9}' --workspace "$ws" > /dev/null
    local pid; pid=$(eng_serve "$ws" --workers 3 --no-scheduler)
    eng_wait 30 eng_is "$ws" 1 Complete
    eng_wait 30 eng_is "$ws" 2 Complete
    eng_wait 30 eng_is "$ws" 3 Complete
    eng_stop "$pid"
    local a b
    a=$("$XSFLOW" runs show 1 --json --workspace "$ws" | jq -c '.steps[0] | [.started, .ended]')
    b=$("$XSFLOW" runs show 2 --json --workspace "$ws" | jq -c '.steps[0] | [.started, .ended]')
    # each nap started before the other ended
    jq -n -e --argjson a "$a" --argjson b "$b" '$a[0] < $b[1] and $b[0] < $a[1]' > /dev/null ||
        { echo "steps did not overlap: $a $b"; return 1; }
    [ "$(eng_sql "$ws/xsflow.db" "select step || ':' || count(*) from effects where run = 9 group by step order by step" | tr '\n' ' ')" = "agent_data:1 rev_share:1 team_roster:1 " ]
}

# On SQLite one thread carries several runners (runs_per_thread): an
# api.request made outside a transaction waits on a thread of its own while
# the carrier's other runs go on, so two slow requests overlap; a step that
# sleeps inside its transaction (after a write) blocks its carrier, never
# deadlocks it; each request carries its own run's Idempotency-Key. The
# same runs on a thread per runner (runs_per_thread 1).
test_engine_carried_runs_wait_apart() {
    trap eng_cleanup EXIT
    local port; port=$(eng_key_server slow.keys 1)
    local per
    for per in 4 1; do
        local ws; ws=$(eng_ws carried$per)
        jq --argjson per "$per" '.engine.runs_per_thread = $per' "$ws/xsflow.json" > "$ws/x.json"
        mv "$ws/x.json" "$ws/xsflow.json"
        cat > "$ws/slow_fetch.xs" <<'XS'
function "Workers/Slow Fetch" {
  input {
    text url
  }

  stack {
    api.request {
      url = $input.url
      method = "GET"
    } as $resp
  }

  response = {success: $resp.response.status == 200, data: null, error: null}
}
XS
        cat > "$ws/warm_up.xs" <<'XS'
function "Workers/Warm Up" {
  input {
  }

  stack {
  }

  response = {success: true, data: null, error: null}
}
XS
        cat > "$ws/fetcher.xs" <<'XS'
function "Tasks/Fetcher" {
  input {
    text url
  }

  stack {
    function.run "Workers/Warm Up" as $w
    function.run "Workers/Slow Fetch" {
      input = {url: $input.url}
    } as $a
  }

  response = $a
}
XS
        cat > "$ws/writer.xs" <<'XS'
function "Workers/Write Then Nap" {
  input {
    int n
  }

  stack {
    db.add effects {
      data = {run: $input.n, step: "write_then_nap"}
    } as $row

    util.sleep {
      value = 0.3
    }
  }

  response = {success: true, data: null, error: null}
}
XS
        cat > "$ws/writers.xs" <<'XS'
function "Tasks/Writer" {
  input {
    int n
  }

  stack {
    function.run "Workers/Write Then Nap" {
      input = {n: $input.n}
    } as $a
  }

  response = $a
}
XS
        local url="http://127.0.0.1:$port/"
        "$XSFLOW" enqueue Tasks/Fetcher --input "{\"url\":\"$url\"}" --workspace "$ws" > /dev/null
        "$XSFLOW" enqueue Tasks/Writer --input '{"n":2}' --workspace "$ws" > /dev/null
        "$XSFLOW" enqueue Tasks/Fetcher --input "{\"url\":\"$url\"}" --workspace "$ws" > /dev/null
        "$XSFLOW" enqueue Tasks/Writer --input '{"n":4}' --workspace "$ws" > /dev/null
        "$XSFLOW" enqueue Tasks/Fetcher --input "{\"url\":\"$url\"}" --workspace "$ws" > /dev/null
        "$XSFLOW" enqueue Tasks/Fetcher --input "{\"url\":\"$url\"}" --workspace "$ws" > /dev/null
        rm -f "$TMP/slow.keys"
        local pid; pid=$(eng_serve "$ws" --workers 4 --no-scheduler)
        eng_wait 30 eng_all_ended "$ws"
        eng_stop "$pid"
        "$XSFLOW" runs --json --workspace "$ws" | jq -r 'sort_by(.id) | map(.status) | join(" ")' > "$TMP/st"
        [ "$(cat "$TMP/st")" = "Complete Complete Complete Complete Complete Complete" ] ||
            { echo "runs_per_thread $per: $(cat "$TMP/st")"
              "$XSFLOW" runs --json --workspace "$ws" | jq -c '.[] | [.id, .status, .error]'; return 1; }
        local a b
        a=$("$XSFLOW" runs show 1 --json --workspace "$ws" | jq -c '.steps[-1] | [.started, .ended]')
        b=$("$XSFLOW" runs show 3 --json --workspace "$ws" | jq -c '.steps[-1] | [.started, .ended]')
        jq -n -e --argjson a "$a" --argjson b "$b" '$a[0] < $b[1] and $b[0] < $a[1]' > /dev/null ||
            { echo "runs_per_thread $per: requests did not overlap: $a $b"; return 1; }
        [ "$(eng_sql "$ws/xsflow.db" "select run || ':' || count(*) from effects where step = 'write_then_nap' group by run order by run" | tr '\n' ' ')" = "2:1 4:1 " ]
        # each request carried its own run's key (the HTTP context that
        # holds it is switched with the runner)
        [ "$(sort "$TMP/slow.keys" | tr '\n' ' ')" = "1:slow_fetch/api_request 3:slow_fetch/api_request 5:slow_fetch/api_request 6:slow_fetch/api_request " ] ||
            { echo "runs_per_thread $per: keys: $(sort "$TMP/slow.keys" | tr '\n' ' ')"; return 1; }
    done
}

# On SQLite a carrier writes the commits its runners wait for together:
# over 300 runs of three steps that use no database, on four runners, the
# batches (/metrics) hold three writes or more on average (four here; on
# threads of their own, runs_per_thread 1, 1.4 to 1.8).
test_engine_carried_commits_batched() {
    trap eng_cleanup EXIT
    local ws; ws=$(eng_ws batches)
    jq -n '[range(300) | {n: .}]' > "$TMP/inputs.json"
    "$XSFLOW" enqueue Tasks/Compute --inputs "@$TMP/inputs.json" --workspace "$ws" > /dev/null
    "$XSFLOW" serve "$ws" --listen 127.0.0.1:0 --workers 4 --no-scheduler > "$TMP/batches.out" 2>> "$TMP/serve.log" &
    local pid=$!
    echo "$pid" >> "$TMP/eng.pids"
    eng_wait 60 eng_all_ended "$ws"
    eng_wait 10 grep -q '^listening on ' "$TMP/batches.out"
    local port; port=$(sed -n 's/^listening on http:.*:\([0-9][0-9]*\) .*/\1/p' "$TMP/batches.out")
    curl -s --max-time 10 "http://127.0.0.1:$port/metrics" > "$TMP/batches.metrics"
    eng_stop "$pid"
    local b w
    b=$(sed -n 's/^xsflow_commit_batches_total //p' "$TMP/batches.metrics")
    w=$(sed -n 's/^xsflow_commit_batch_writes_total //p' "$TMP/batches.metrics")
    echo "commit batches: $b, writes in them: $w"
    [ -n "$b" ] && [ "$b" -gt 0 ] && [ "$w" -ge 900 ] && [ "$w" -ge $((3 * b)) ]
}

# A carried runner that computes lets the others of its thread run
# between two statements once it has had its time slice: the commits they
# wait for are not held until it stops. Here a run computes for a while in
# one step while three-step runs on the same thread start and end.
test_engine_carried_runner_shares_its_thread() {
    trap eng_cleanup EXIT
    local ws; ws=$(eng_ws slice)
    cat > "$ws/crunch.xs" <<'XS'
function "Workers/Crunch" {
  input {
    int n
  }

  stack {
    var $i {
      value = 0
    }

    while ($i < $input.n) {
      each {
        math.add $i {
          value = 1
        }
      }
    }
  }

  response = {success: true, data: $i, error: null}
}
XS
    cat > "$ws/cruncher.xs" <<'XS'
function "Tasks/Cruncher" {
  input {
    int n
  }

  stack {
    function.run "Workers/Crunch" {
      input = {n: $input.n}
    } as $a
  }

  response = $a
}
XS
    "$XSFLOW" enqueue Tasks/Cruncher --input '{"n":1000000}' --workspace "$ws" > /dev/null
    local pid; pid=$(eng_serve "$ws" --workers 2 --no-scheduler)
    eng_wait 30 eng_started "$ws" 1
    "$XSFLOW" enqueue Tasks/Compute --inputs '[{"n":1},{"n":2},{"n":3}]' --workspace "$ws" > /dev/null
    eng_wait 120 eng_all_ended "$ws"
    eng_stop "$pid"
    "$XSFLOW" runs --json --workspace "$ws" | jq -r 'sort_by(.id) | map(.status) | join(" ")' > "$TMP/st"
    [ "$(cat "$TMP/st")" = "Complete Complete Complete Complete" ] || { cat "$TMP/st"; return 1; }
    # the three-step runs ended while the crunch still ran
    local crunch_end last_end
    crunch_end=$("$XSFLOW" runs show 1 --json --workspace "$ws" | jq '.steps[0].ended')
    last_end=$("$XSFLOW" runs --json --workspace "$ws" | jq '[.[] | select(.id > 1) | .ended] | max')
    [ "$last_end" -lt "$crunch_end" ] ||
        { echo "three-step runs ended at $last_end, the crunch at $crunch_end"; return 1; }
}

eng_started() {
    local s; s=$(eng_status "$1" "$2")
    [ "$s" = Started ] || [ "$s" = Processing ]
}

# A cron entry of xsflow.json: a new entry fires from when it is first
# seen; after downtime the latest due time fires once (in its time zone,
# with its input) and the times passed over are recorded as missed; a
# restart fires nothing again; bad entries stop serve with an error that
# names them.
test_engine_cron() {
    trap eng_cleanup EXIT
    local ws; ws=$(eng_ws cron)
    rm "$ws/nightly.xs"
    cat > "$ws/cron.xs" <<'XS'
function "Jobs/Cron Echo" {
  input {
    int n
  }

  stack {
    db.add effects {
      data = {run: $input.n, step: "cron"}
    } as $row
  }

  response = $row
}
XS
    eng_cron_config "$ws" '[{"task": "Jobs/Cron Echo", "expr": "0 2 * * *", "tz": "Europe/Paris", "input": {"n": 7}}]'
    local pid; pid=$(eng_serve "$ws" --workers 1)
    eng_wait 20 eng_cron_seen "$ws"
    eng_stop "$pid"
    [ "$(eng_sql "$ws/xsflow.db" "select count(*) from xsflow_firings")" = 0 ]
    # three days of downtime
    python3 -c "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute('update xsflow_schedules set last_fire = last_fire - 3*86400000'); c.commit()" "$ws/xsflow.db"
    pid=$(eng_serve "$ws" --workers 1)
    eng_wait 20 eng_is "$ws" 1 Complete
    eng_stop "$pid"
    [ "$("$XSFLOW" runs show 1 --json --workspace "$ws" | jq -c '[.name, .input, .origin]')" = '["Jobs/Cron Echo",{"n":7},"schedule"]' ]
    [ "$(eng_sql "$ws/xsflow.db" "select count(*) from effects where step = 'cron' and run = 7")" = 1 ]
    # the fired time is the latest 02:00 in Paris, the missed ones the 02:00s before it
    eng_sql "$ws/xsflow.db" "select outcome, fire_time, coalesce(run_id, 0), event < 0 from xsflow_firings order by fire_time" > "$TMP/firings"
    python3 - "$TMP/firings" <<'PY'
import sys, time, datetime, zoneinfo
paris = zoneinfo.ZoneInfo("Europe/Paris")
rows = [l.strip().split("|") for l in open(sys.argv[1]) if l.strip()]
assert [r[0] for r in rows[-1:]] == ["fired"] and all(r[0] == "missed" for r in rows[:-1]), rows
assert 2 <= len(rows) - 1 <= 3 and all(r[3] == "1" for r in rows), rows
times = [int(r[1]) for r in rows]
for t in times:
    local = datetime.datetime.fromtimestamp(t / 1000, paris)
    assert (local.hour, local.minute, local.second) == (2, 0, 0), local
assert all(b - a in (23 * 3600000, 24 * 3600000, 25 * 3600000) for a, b in zip(times, times[1:])), times
assert times[-1] <= time.time() * 1000 < times[-1] + 25 * 3600000, times
assert rows[-1][2] == "1", rows
PY
    # a restart fires nothing again
    pid=$(eng_serve "$ws" --workers 1)
    sleep 0.5
    eng_stop "$pid"
    [ "$(eng_sql "$ws/xsflow.db" "select count(*) from xsflow_firings where outcome = 'fired'")" = 1 ]
    [ "$(eng_sql "$ws/xsflow.db" "select count(*) from xsflow_runs")" = 1 ]
    # bad entries
    eng_cron_bad "$ws" '[{"task": "Jobs/Cron Echo", "expr": "61 2 * * *"}]' \
        "\"cron\" entry 1 ('Jobs/Cron Echo'): minute field '61': 61 is out of range 0-59"
    eng_cron_bad "$ws" '[{"task": "Jobs/Cron Echo", "expr": "0 2 * * *"}, {"task": "Jobs/Nope", "expr": "0 2 * * *"}]' \
        "\"cron\" entry 2 ('Jobs/Nope'): no task or function of that name in the workspace"
    eng_cron_bad "$ws" '[{"task": "Jobs/Cron Echo", "expr": "0 2 * * *", "tz": "Europe/Pariss"}]' \
        "\"cron\" entry 1 ('Jobs/Cron Echo'): unknown time zone 'Europe/Pariss'"
    eng_cron_bad "$ws" '[{"task": "Jobs/Cron Echo", "expr": "0 2 * * *", "when": 1}]' \
        "\"cron\" entry 1: unknown key 'when' (task, expr, tz, input expected)"
    eng_cron_bad "$ws" '[{"task": "Jobs/Cron Echo", "expr": "0 0 30 2 *"}]' \
        "\"cron\" entry 1 ('Jobs/Cron Echo'): '0 0 30 2 *' never fires"
    eng_cron_bad "$ws" '[{"task": "Jobs/Cron Echo"}]' \
        "\"cron\" entry 1 ('Jobs/Cron Echo') needs \"expr\", a cron expression"
    eng_cron_bad "$ws" '[{"task": "Jobs/Cron Echo", "expr": "0 2 * * *", "input": [1]}]' \
        "\"cron\" entry 1 ('Jobs/Cron Echo'): \"input\" must be an object"
    eng_cron_bad "$ws" '{"task": "Jobs/Cron Echo"}' "\"cron\" must be an array"
}

# eng_cron_config DIR JSON: sets the "cron" member of DIR/xsflow.json.
eng_cron_config() {
    python3 - "$1/xsflow.json" "$2" <<'PY'
import json, sys
c = json.load(open(sys.argv[1]))
c["cron"] = json.loads(sys.argv[2])
json.dump(c, open(sys.argv[1], "w"))
PY
}

# eng_cron_bad DIR JSON MESSAGE: serve refuses the entries with MESSAGE.
eng_cron_bad() {
    eng_cron_config "$1" "$2"
    ! "$XSFLOW" serve "$1" --no-http 2> "$TMP/err" > /dev/null
    grep -qF "$3" "$TMP/err" || { cat "$TMP/err"; return 1; }
}

eng_cron_seen() {
    [ -f "$1/xsflow.db" ] &&
        [ "$(eng_sql "$1/xsflow.db" "select count(*) from xsflow_schedules where event < 0" 2> /dev/null)" = 1 ]
}

# Two processes on one PostgreSQL database fire a cron entry's due time
# once between them.
test_engine_cron_two_nodes_postgres() {
    trap eng_cleanup EXIT
    [ -n "${XS_PG_URL:-}" ] || return 77
    local ws; ws=$(eng_ws crontwo)
    rm "$ws/nightly.xs"
    psql "$XS_PG_URL" -q -c "DROP TABLE IF EXISTS effects, xsflow_runs, xsflow_steps, xsflow_schedules, xsflow_firings, xsflow_meta, xsflow_schema" > /dev/null 2>&1 || true
    # hourly, so that the clock seldom reaches a firing time of its own
    # while the case runs; when it does, that firing is allowed for
    eng_cron_config "$ws" '[{"task": "Tasks/Onboard", "expr": "0 * * * *", "input": {"n": 1}}]'
    local a b hour
    a=$(eng_serve "$ws" --db "$XS_PG_URL" --workers 1)
    eng_wait 20 eng_pg_cron_seen
    eng_stop "$a"
    hour=$(date -u +%Y%m%d%H)
    psql "$XS_PG_URL" -q -c "update xsflow_schedules set last_fire = last_fire - 12 * 3600000"
    a=$(eng_serve "$ws" --db "$XS_PG_URL" --workers 1)
    b=$(eng_serve "$ws" --db "$XS_PG_URL" --workers 1)
    eng_wait 25 eng_pg_cron_done
    sleep 0.5
    eng_stop "$a"
    eng_stop "$b"
    local runs=1
    [ "$hour" = "$(date -u +%Y%m%d%H)" ] || runs=$(psql "$XS_PG_URL" -Atc "select count(*) from xsflow_runs")
    [ "$(psql "$XS_PG_URL" -Atc "select count(*) from xsflow_firings where outcome = 'fired'")" = "$runs" ]
    [ "$(psql "$XS_PG_URL" -Atc "select count(*) from xsflow_firings where outcome = 'missed'")" -ge 11 ]
    [ "$(psql "$XS_PG_URL" -Atc "select count(*) from xsflow_runs")" -le 2 ]
    [ "$(psql "$XS_PG_URL" -Atc "select count(*) from effects where run = 1 and step = 'agent_data'")" = 1 ]
}

eng_pg_cron_seen() {
    [ "$(psql "$XS_PG_URL" -Atc "select count(*) from xsflow_schedules where event < 0" 2> /dev/null)" = 1 ]
}

eng_pg_cron_done() {
    [ "$(psql "$XS_PG_URL" -Atc "select count(*) from xsflow_runs where status = 'Complete'" 2> /dev/null)" = 1 ]
}

# overlap "buffer": while a run of the task is going one firing waits (it
# starts when the run ends, never beside it) and further ones are skipped.
test_engine_schedule_buffer() {
    trap eng_cleanup EXIT
    local ws; ws=$(eng_ws buffer)
    rm "$ws/nightly.xs"
    cat > "$ws/slow.xs" <<'XS'
task "Tasks/Every Second" {
  stack {
    util.sleep {
      value = 1.5
    }
  }

  schedule {
    events = [{starts_on: 2020-01-01 00:00:00+0000, freq: 1}]
  }
}
XS
    python3 -c "
import json, sys
c = json.load(open(sys.argv[1]))
c['objects']['Tasks/Every Second'] = {'overlap': 'buffer'}
json.dump(c, open(sys.argv[1], 'w'))" "$ws/xsflow.json"
    local pid; pid=$(eng_serve "$ws" --workers 2)
    eng_wait 30 eng_buffered "$ws"
    eng_stop "$pid"
    # a skipped firing queued nothing; each fired one has its run
    [ "$(eng_sql "$ws/xsflow.db" "select count(*) from xsflow_firings where outcome = 'skipped' and run_id is not null")" = 0 ]
    [ "$(eng_sql "$ws/xsflow.db" "select count(*) from xsflow_firings where outcome = 'fired' and run_id is null")" = 0 ]
    # a run was queued while another was going (skip would have dropped it)
    [ "$(eng_sql "$ws/xsflow.db" "select count(*) from xsflow_runs a, xsflow_runs b where a.id < b.id and b.queued > a.started and b.queued < a.ended")" -ge 1 ]
    # no two runs overlapped, though two workers were free
    [ "$(eng_sql "$ws/xsflow.db" "select count(*) from xsflow_runs a, xsflow_runs b where a.id < b.id and b.started < coalesce(a.ended, 9e18) and a.started < coalesce(b.ended, 9e18)")" = 0 ]
    # a bad value names the choices
    echo '{"objects": {"Tasks/Every Second": {"overlap": "queue"}}}' > "$ws/xsflow.json"
    ! "$XSFLOW" serve "$ws" --no-http 2> "$TMP/err"
    grep -qF "setting 'overlap' in \"objects\".\"Tasks/Every Second\": \"skip\", \"buffer\" or \"allow\" expected" "$TMP/err"
}

# Two runs ended one after the other (the second one waited) and a firing
# was skipped meanwhile.
eng_buffered() {
    [ -f "$1/xsflow.db" ] &&
        [ "$(eng_sql "$1/xsflow.db" "select count(*) from xsflow_runs where status = 'Complete'" 2> /dev/null)" -ge 2 ] &&
        [ "$(eng_sql "$1/xsflow.db" "select count(*) from xsflow_firings where outcome = 'skipped'" 2> /dev/null)" -ge 1 ]
}

# enqueue --wait shows live progress on a terminal (script(1) gives it one)
# and none when its output goes elsewhere.
test_engine_wait_progress() {
    trap eng_cleanup EXIT
    local ws; ws=$(eng_ws wait)
    local pid; pid=$(eng_serve "$ws" --workers 1 --no-scheduler)
    # --wait waits as long as it takes: the case bounds it, in case the
    # server did not come up
    timeout 60 script -qec "'$XSFLOW' enqueue Tasks/Onboard --input '{\"n\":5,\"nap\":0.2}' --wait --workspace '$ws'" /dev/null |
        tr '\r' '\n' > "$TMP/tty"
    grep -q 'Processing  [12] steps done, 0 failed  last ' "$TMP/tty" || { cat "$TMP/tty"; return 1; }
    grep -q '^.*{"success":true' "$TMP/tty"
    timeout 60 "$XSFLOW" enqueue Tasks/Onboard --input '{"n":6}' --wait --workspace "$ws" > "$TMP/out" 2> "$TMP/err"
    [ ! -s "$TMP/err" ]
    eng_stop "$pid"
}

# retention_days: runs that ended before the cutoff go, in batches, with
# their steps, firings and idempotency keys; recent and unended runs stay;
# 0 keeps everything.
test_engine_retention() {
    trap eng_cleanup EXIT
    local ws; ws=$(eng_ws retention)
    rm "$ws/nightly.xs"
    eng_retention_days "$ws" 0
    "$XSFLOW" enqueue Tasks/Onboard --inputs '[{"n":1},{"n":2},{"n":4},{"n":5},{"n":6}]' --workspace "$ws" > /dev/null
    local pid; pid=$(eng_serve "$ws" --workers 2)
    eng_wait 20 eng_all_ended "$ws"
    eng_stop "$pid"
    # runs 1-3 ended 40 days ago, run 4 is queued again, run 5 is recent;
    # 1,200 more old
    # runs with two steps each; a webhook key, firings
    python3 - "$ws/xsflow.db" <<'PY'
import sqlite3, sys, time
now = int(time.time() * 1000)
old = now - 40 * 86400000
c = sqlite3.connect(sys.argv[1])
c.execute("update xsflow_runs set queued = ?, started = ?, ended = ? where id <= 3", (old, old, old))
c.execute("update xsflow_runs set status = 'Queued', ended = ?, run_at = ? where id = 4", (old, now + 86400000))
for i in range(1200):
    cur = c.execute("insert into xsflow_runs (name, kind, status, queued, run_at, started, ended, lastupdated) "
                    "values ('Tasks/Old', 'task', 'Complete', ?, ?, ?, ?, ?)", (old, old, old, old + i, old))
    for k in ("a", "b"):
        c.execute("insert into xsflow_steps (run_id, key, name, callee, kind, ordinal, depth, try_no) "
                  "values (?, ?, ?, 'Workers/X', 'function', 1, 1, 1)", (cur.lastrowid, k, k))
c.execute("insert into xsflow_idempotency (scope, key, run_id, created) values ('hook', 'k1', 1, ?)", (old,))
c.execute("insert into xsflow_idempotency (scope, key, run_id, created) values ('hook', 'k5', 5, ?)", (now,))
c.execute("insert into xsflow_firings (task, event, fire_time, outcome, run_id, recorded) values ('T', 0, ?, 'fired', 2, ?)", (old, old))
c.execute("insert into xsflow_firings (task, event, fire_time, outcome, run_id, recorded) values ('T', 0, ?, 'missed', null, ?)", (old, old))
c.execute("insert into xsflow_firings (task, event, fire_time, outcome, run_id, recorded) values ('T', 0, ?, 'missed', null, ?)", (now, now))
c.commit()
PY
    # 0 keeps everything
    pid=$(eng_serve "$ws" --workers 1)
    sleep 0.5
    eng_stop "$pid"
    [ "$(eng_sql "$ws/xsflow.db" "select count(*) from xsflow_runs")" = 1205 ]
    eng_retention_days "$ws" 30
    pid=$(eng_serve "$ws" --workers 1)
    eng_wait 30 eng_pruned "$ws"
    eng_stop "$pid"
    [ "$(eng_sql "$ws/xsflow.db" "select group_concat(id) from (select id from xsflow_runs order by id)")" = "4,5" ]
    [ "$(eng_sql "$ws/xsflow.db" "select count(*) from xsflow_steps where run_id not in (4, 5)")" = 0 ]
    [ "$(eng_sql "$ws/xsflow.db" "select count(*) from xsflow_steps where run_id = 5")" = 3 ]
    [ "$(eng_sql "$ws/xsflow.db" "select group_concat(key) from xsflow_idempotency")" = k5 ]
    [ "$(eng_sql "$ws/xsflow.db" "select group_concat(outcome || ':' || (fire_time > 0)) from xsflow_firings")" = "missed:1" ]
    [ "$(eng_sql "$ws/xsflow.db" "select count(*) from xsflow_firings where recorded < strftime('%s','now') * 1000 - 86400000")" = 0 ]
    grep -q "retention: 1203 runs that ended over 30 days ago deleted" "$TMP/serve.log"
}

# eng_retention_days DIR N: sets engine.retention_days in DIR/xsflow.json.
eng_retention_days() {
    python3 -c "
import json, sys
c = json.load(open(sys.argv[1]))
c['engine']['retention_days'] = int(sys.argv[2])
json.dump(c, open(sys.argv[1], 'w'))" "$1/xsflow.json" "$2"
}

eng_pruned() {
    [ "$(eng_sql "$1/xsflow.db" "select count(*) from xsflow_runs" 2> /dev/null)" = 2 ]
}

# xsflow runs retry --status S [--name N] [--since T]: every ended run the
# filter selects is queued again (the dead letters at once), and says how
# many.
test_engine_retry_filter() {
    trap eng_cleanup EXIT
    local ws; ws=$(eng_ws retryf)
    rm "$ws/nightly.xs"
    "$XSFLOW" enqueue Tasks/Onboard --inputs '[{"n":3},{"n":2},{"n":3},{"n":3}]' --workspace "$ws" > /dev/null
    "$XSFLOW" enqueue Tasks/Refuse --workspace "$ws" > /dev/null
    local pid; pid=$(eng_serve "$ws" --workers 2)
    eng_wait 30 eng_all_ended "$ws"
    eng_stop "$pid"
    [ "$("$XSFLOW" runs --status Error --json --workspace "$ws" | jq -c '[.[].id]')" = '[5,4,3,1]' ]
    [ "$("$XSFLOW" runs retry --status Error --name Tasks/Onboard --workspace "$ws")" = "3 runs queued again" ]
    "$XSFLOW" runs --json --workspace "$ws" | jq -c '[.[] | [.id, .status, .tries]]' > "$TMP/r"
    echo '[[5,"Error",1],[4,"Queued",4],[3,"Queued",4],[2,"Partial",1],[1,"Queued",4]]' > "$TMP/want"
    diff -u "$TMP/want" "$TMP/r"
    # --since: queued at or after (ms, or a time)
    python3 -c "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute('update xsflow_runs set queued = 1000 where id = 5'); c.commit()" "$ws/xsflow.db"
    [ "$("$XSFLOW" runs retry --status Error --since 2000 --workspace "$ws")" = "0 runs queued again" ]
    [ "$("$XSFLOW" runs retry --status error --since 1970-01-01T00:00:00.500Z --workspace "$ws")" = "1 run queued again" ]
    [ "$("$XSFLOW" runs --since 2000 --json --workspace "$ws" | jq -c '[.[].id]')" = '[4,3,2,1]' ]
    # the retried runs run again
    pid=$(eng_serve "$ws" --workers 2)
    eng_wait 30 eng_all_ended "$ws"
    eng_stop "$pid"
    [ "$("$XSFLOW" runs --status Error --json --workspace "$ws" | jq -c '[.[] | [.id, .tries]]')" = '[[5,2],[4,4],[3,4],[1,4]]' ]
    # bad filters
    ! "$XSFLOW" runs retry --status Complete --workspace "$ws" 2> "$TMP/err"
    grep -q "retry takes the runs of one status: Error, Partial or Cancelled" "$TMP/err"
    ! "$XSFLOW" runs retry --name Tasks/Onboard --workspace "$ws" 2> "$TMP/err"
    grep -q "\-\-status expected" "$TMP/err"
    ! "$XSFLOW" runs retry --status Error --since yesterdayish --workspace "$ws" 2> "$TMP/err"
    grep -q "\-\-since takes ms since the epoch" "$TMP/err"
}

# A run queued by another process (the command line) on the same SQLite
# file starts at once, woken through the wake socket rather than found by
# the poll, which is a minute here: without the wake-up it would not
# start before the ceiling.
test_engine_wake_from_other_process() {
    trap eng_cleanup EXIT
    local ws; ws=$(eng_ws wake)
    jq '.engine.poll_ms = 60000' "$ws/xsflow.json" > "$ws/x.json" && mv "$ws/x.json" "$ws/xsflow.json"
    local first; first=$("$XSFLOW" enqueue Tasks/Onboard --input '{"n":1}' --workspace "$ws")
    local pid; pid=$(eng_serve "$ws" --workers 2 --no-scheduler)
    eng_wait 30 eng_is "$ws" "$first" Complete || return 1  # claimed at start
    local id; id=$("$XSFLOW" enqueue Tasks/Onboard --input '{"n":1}' --workspace "$ws")
    eng_wait 20 eng_is "$ws" "$id" Complete || return 1
    eng_stop "$pid"
}

# Three processes that open one new database file at the same moment all
# get it: SQLite answers the switch to WAL with "database is locked" at
# once, without its busy handler, while another process creates the file
# (xs_store_sqlite_open waits that out). The race is narrow: each round
# is a new file.
test_engine_new_database_opened_at_once() {
    local round i fails=0
    for round in $(seq 1 25); do
        local ws; ws=$(eng_ws "race$round")
        local pids=()
        for i in 1 2 3; do
            "$XSFLOW" enqueue Tasks/Onboard --input '{"n":1}' --workspace "$ws" > /dev/null 2> "$ws/err$i" &
            pids+=($!)
        done
        for i in "${pids[@]}"; do wait "$i" || fails=$((fails + 1)); done
        [ "$(eng_sql "$ws/xsflow.db" "select count(*) from xsflow_runs")" = 3 ] || { cat "$ws"/err*; return 1; }
    done
    [ $fails = 0 ] || { echo "$fails enqueues failed"; return 1; }
}

# Four processes that open one PostgreSQL database without engine tables
# at the same moment all get them: the one that waits for the schema lock
# finds the tables of the one that held it (committed) instead of creating
# them again ("relation already exists").
test_engine_new_tables_created_at_once_postgres() {
    [ -n "${XS_PG_URL:-}" ] || return 77
    local ws; ws=$(eng_ws racepg)
    local round i fails=0
    for round in $(seq 1 10); do
        psql "$XS_PG_URL" -q -c "DROP TABLE IF EXISTS xsflow_meta, xsflow_runs, xsflow_steps, xsflow_schedules, xsflow_firings, xsflow_idempotency, xsflow_notifications" > /dev/null 2>&1
        local pids=()
        for i in 1 2 3 4; do
            "$XSFLOW" enqueue Tasks/Onboard --input '{"n":1}' --workspace "$ws" --db "$XS_PG_URL" > /dev/null 2> "$ws/err$i" &
            pids+=($!)
        done
        for i in "${pids[@]}"; do wait "$i" || fails=$((fails + 1)); done
        [ $fails = 0 ] || { echo "round $round: $fails enqueues failed"; cat "$ws"/err*; return 1; }
        [ "$(psql "$XS_PG_URL" -Atc "select count(*) from xsflow_runs")" = 4 ] || return 1
    done
}

# Tables of schema 1 (every run indexed by status) are brought to schema 2
# when opened, and their queued run runs; tables of a newer schema are
# refused and left as they are.
test_engine_schema_upgrade() {
    trap eng_cleanup EXIT
    local ws; ws=$(eng_ws upgrade)
    local id; id=$("$XSFLOW" enqueue Tasks/Onboard --input '{"n":1}' --workspace "$ws") || return 1
    eng_sql "$ws/xsflow.db" "DROP INDEX xsflow_runs_queued" > /dev/null
    eng_sql "$ws/xsflow.db" "DROP INDEX xsflow_runs_held" > /dev/null
    eng_sql "$ws/xsflow.db" "CREATE INDEX xsflow_runs_ready ON xsflow_runs (status, run_at)" > /dev/null
    eng_sql "$ws/xsflow.db" "CREATE INDEX xsflow_runs_name ON xsflow_runs (name, status)" > /dev/null
    eng_sql "$ws/xsflow.db" "UPDATE xsflow_meta SET value = '1' WHERE key = 'engine_schema'" > /dev/null
    local pid; pid=$(eng_serve "$ws" --workers 1 --no-scheduler)
    eng_wait 30 eng_is "$ws" "$id" Complete || return 1
    eng_stop "$pid" || return 1
    local idx; idx=$(eng_sql "$ws/xsflow.db" "SELECT group_concat(name, ',') FROM (SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'xsflow_runs' AND sql IS NOT NULL ORDER BY name)")
    [ "$idx" = "xsflow_runs_ended,xsflow_runs_held,xsflow_runs_queued" ] || { echo "indexes: $idx"; return 1; }
    [ "$(eng_sql "$ws/xsflow.db" "SELECT value FROM xsflow_meta WHERE key = 'engine_schema'")" = 2 ] || return 1
    # a newer xsflow's tables: refused, untouched
    eng_sql "$ws/xsflow.db" "UPDATE xsflow_meta SET value = '3' WHERE key = 'engine_schema'" > /dev/null
    eng_sql "$ws/xsflow.db" "DROP INDEX xsflow_runs_held" > /dev/null
    local out
    if out=$("$XSFLOW" enqueue Tasks/Onboard --input '{"n":2}' --workspace "$ws" 2>&1); then
        echo "enqueue on schema 3 succeeded: $out"; return 1
    fi
    echo "$out" | grep -q "schema version 3, newer than this xsflow's 2: upgrade xsflow" || { echo "$out"; return 1; }
    [ "$(eng_sql "$ws/xsflow.db" "SELECT count(*) FROM sqlite_master WHERE name = 'xsflow_runs_held'")" = 0 ] || return 1
    [ "$(eng_sql "$ws/xsflow.db" "SELECT count(*) FROM xsflow_runs")" = 1 ]
}

# task.call queues a run of the task (docs/language-decisions.md#task-call):
# from `xsflow run` into the workspace's database, for serve to run; from a
# run, keyed so that it is queued once.
test_engine_task_call() {
    trap eng_cleanup EXIT
    local ws="$TMP/eng.task_call"
    rm -rf "$ws"
    mkdir -p "$ws"
    cat > "$ws/child.xs" <<'XS'
task "Tasks/Child" {
  stack {
    var $x {
      value = 1
    }
  }
}
XS
    cat > "$ws/parent.xs" <<'XS'
task "Tasks/Parent" {
  stack {
    task.call "Tasks/Child" as $child
  }
}
XS
    cat > "$ws/kick.xs" <<'XS'
function kick {
  input {
  }

  stack {
    task.call "Tasks/Child" {
      description = "start the child"
    } as $run
  }

  response = $run
}
XS
    echo '{"engine": {"poll_ms": 20}}' > "$ws/xsflow.json"
    local out; out=$("$XSFLOW" run kick --workspace "$ws") || return 1
    local id; id=$(echo "$out" | jq -e .run_id) || { echo "$out"; return 1; }
    eng_is "$ws" "$id" Queued || { "$XSFLOW" runs show "$id" --json --workspace "$ws"; return 1; }
    local pid; pid=$(eng_serve "$ws" --workers 2 --no-scheduler)
    eng_wait 30 eng_is "$ws" "$id" Complete || return 1
    local parent; parent=$("$XSFLOW" enqueue Tasks/Parent --workspace "$ws")
    eng_wait 30 eng_is "$ws" "$parent" Complete || return 1
    eng_wait 30 eng_all_ended "$ws" || return 1
    local n; n=$("$XSFLOW" runs --name Tasks/Child --json --workspace "$ws" | jq 'length')
    [ "$n" = 2 ] || { echo "Tasks/Child runs: $n, want 2"; return 1; }
    eng_stop "$pid"
}
