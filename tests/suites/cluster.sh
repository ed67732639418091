# Several `xsflow serve` processes on one PostgreSQL database: they share
# the queue (FOR UPDATE SKIP LOCKED), fire each schedule time once between
# them, and finish the runs of a node that was killed. Needs XS_PG_URL
# (make test starts a throw-away server); without it the cases are
# skipped. Workspace: tests/engine/ws, with a schedule every second.
# Sourced by tests/run ($XSFLOW, $TMP, $ROOT).

# A copy of the engine workspace in $TMP/cluster.NAME whose nightly task
# fires every second; prints its directory.
cl_ws() {
    local d="$TMP/cluster.$1"
    rm -rf "$d"
    mkdir -p "$d"
    cp "$ROOT"/tests/engine/ws/* "$d"/
    sed -i 's/freq: 3600/freq: 1/' "$d/nightly.xs"
    echo "$d"
}

# A database of its own on the server XS_PG_URL names; prints its URL.
cl_db() {
    local name="xs_cluster_${1}_$$"
    PGOPTIONS=--client-min-messages=warning psql "$XS_PG_URL" -q \
        -c "DROP DATABASE IF EXISTS $name" -c "CREATE DATABASE $name" > /dev/null
    echo "$name" >> "$TMP/cluster.dbs"
    echo "${XS_PG_URL%/*}/$name"
}

cl_cleanup() {
    local p n
    for p in ${CL_PIDS:-}; do kill -9 "$p" 2> /dev/null || true; done
    for p in ${CL_PIDS:-}; do wait "$p" 2> /dev/null || true; done
    CL_PIDS=""
    if [ -f "$TMP/cluster.dbs" ]; then
        while read -r n; do
            PGOPTIONS=--client-min-messages=warning psql "$XS_PG_URL" -q \
                -c "DROP DATABASE IF EXISTS $n WITH (FORCE)" > /dev/null 2>&1 || true
        done < "$TMP/cluster.dbs"
        rm -f "$TMP/cluster.dbs"
    fi
}

# cl_node WS DB NAME [ARGS]: starts one node (its log in $TMP/cluster.NAME.log);
# prints its pid.
cl_node() {
    local ws="$1" db="$2" name="$3"
    shift 3
    "$XSFLOW" serve "$ws" --db "$db" --listen 127.0.0.1:0 --workers 3 "$@" \
        > /dev/null 2>> "$TMP/cluster.$name.log" &
    echo $!
}

# cl_alive PID NAME: fails, with the node's log, when it has exited.
cl_alive() {
    kill -0 "$1" 2> /dev/null && return 0
    echo "node $2 exited early:"
    tail -20 "$TMP/cluster.$2.log"
    return 1
}

cl_sql() { psql "$1" -Atc "$2"; }

# Polls (at most $1 seconds) until every run of DB has ended.
cl_wait_ended() {
    local end=$((SECONDS + $1)) db="$2" left
    while :; do
        left="$(cl_sql "$db" "select count(*) from xsflow_runs where status in ('Queued', 'Started', 'Processing')")"
        [ "$left" = 0 ] && return 0
        [ $SECONDS -lt $end ] || { echo "runs still active after $1 s: $left"; return 1; }
        sleep 0.2
    done
}

# A sanitizer report in any node's log fails the case.
cl_logs_clean() {
    if grep -l "Sanitizer\|runtime error:" "$TMP"/cluster.*.log 2> /dev/null; then
        grep -h -A20 "Sanitizer\|runtime error:" "$TMP"/cluster.*.log | head -40
        return 1
    fi
}

# Three nodes work through 1,000 three-step runs; one of them is killed
# (SIGKILL) twice while it holds runs and comes back. Every run completes,
# every step's effect is written exactly once, and the killed node's runs
# were taken over after their lease.
test_cluster_three_nodes_share_the_queue_and_survive_a_kill() {
    [ -n "${XS_PG_URL:-}" ] || return 77
    trap cl_cleanup EXIT
    rm -f "$TMP"/cluster.*.log
    local ws db a b c n=1000
    ws="$(cl_ws queue)"
    db="$(cl_db queue)"
    "$XSFLOW" db migrate --db "$db" "$ws" > /dev/null
    python3 -c "import json,sys; print(json.dumps([{'n': i + 10, 'nap': 0.002} for i in range(int(sys.argv[1]))]))" "$n" > "$TMP/cluster.inputs"
    "$XSFLOW" enqueue Tasks/Onboard --inputs "@$TMP/cluster.inputs" --workspace "$ws" --db "$db" > "$TMP/cluster.ids"
    [ "$(wc -l < "$TMP/cluster.ids")" = "$n" ]
    a="$(cl_node "$ws" "$db" a --no-scheduler)"
    b="$(cl_node "$ws" "$db" b --no-scheduler)"
    c="$(cl_node "$ws" "$db" c --no-scheduler)"
    CL_PIDS="$a $b $c"
    local i
    for i in 1 2; do
        # kill node a while it holds runs
        local end=$((SECONDS + 20))
        until [ "$(cl_sql "$db" "select count(*) from xsflow_runs where status in ('Started', 'Processing') and owner like '%:$a:%'")" -gt 0 ]; do
            [ $SECONDS -lt $end ] || break
            sleep 0.05
        done
        kill -9 "$a"
        wait "$a" 2> /dev/null || true
        sleep 0.3
        a="$(cl_node "$ws" "$db" a --no-scheduler)"
        CL_PIDS="$a $b $c"
    done
    cl_wait_ended 120 "$db"
    [ "$(cl_sql "$db" "select status || ':' || count(*) from xsflow_runs group by status")" = "Complete:$n" ]
    # each step of each run exactly once
    [ "$(cl_sql "$db" "select count(*) from (select run, step from effects group by run, step having count(*) <> 1) x")" = 0 ]
    [ "$(cl_sql "$db" "select count(*) from effects")" = $((3 * n)) ]
    # the killed node's runs were claimed again by a live one
    [ "$(cl_sql "$db" "select max(claims) from xsflow_runs")" -ge 2 ]
    kill "$b" "$c" "$a" 2> /dev/null || true
    wait 2> /dev/null || true
    cl_logs_clean
}

# Three nodes with their schedulers on, for several seconds, one of them
# killed halfway: each schedule time of the one-second task fires once in
# the whole cluster, and the task keeps firing after the kill.
test_cluster_schedule_fires_once_per_period() {
    [ -n "${XS_PG_URL:-}" ] || return 77
    trap cl_cleanup EXIT
    rm -f "$TMP"/cluster.*.log
    local ws db a b c
    ws="$(cl_ws sched)"
    db="$(cl_db sched)"
    "$XSFLOW" db migrate --db "$db" "$ws" > /dev/null
    a="$(cl_node "$ws" "$db" a)"
    b="$(cl_node "$ws" "$db" b)"
    c="$(cl_node "$ws" "$db" c)"
    CL_PIDS="$a $b $c"
    sleep 4
    cl_alive "$a" a && cl_alive "$b" b && cl_alive "$c" c
    kill -9 "$a"
    wait "$a" 2> /dev/null || true
    local before
    before="$(cl_sql "$db" "select count(*) from xsflow_firings where outcome = 'fired'")"
    sleep 4
    kill "$b" "$c"
    wait "$b" "$c" 2> /dev/null || true
    local fired dup runs
    fired="$(cl_sql "$db" "select count(*) from xsflow_firings where outcome = 'fired'")"
    dup="$(cl_sql "$db" "select count(*) from (select task, fire_time from xsflow_firings where outcome = 'fired' group by task, fire_time having count(*) > 1) x")"
    runs="$(cl_sql "$db" "select count(*) from xsflow_runs where name = 'Tasks/Nightly'")"
    echo "fired $fired (before the kill $before), duplicated $dup, runs $runs"
    [ "$dup" = 0 ]
    [ "$fired" = "$runs" ]
    # about one firing a second over ~8 s (the first fires the latest due time)
    [ "$fired" -ge 5 ] && [ "$fired" -le 10 ]
    [ "$fired" -gt "$before" ]
    cl_logs_clean
}

# Runs that ended without a notification (their process died before it)
# are notified by the nodes' sweeps, each exactly once between three
# nodes.
test_cluster_owed_notifications_sent_once() {
    [ -n "${XS_PG_URL:-}" ] || return 77
    trap cl_cleanup EXIT
    rm -f "$TMP"/cluster.*.log
    local ws db bin="$TMP/cluster-standin" hook="$TMP/cluster.hook" port a b c
    ws="$(cl_ws owed)"
    db="$(cl_db owed)"
    cc -std=c17 -D_GNU_SOURCE -O1 -o "$bin" "$ROOT/tests/http/standin.c" \
        $(pkg-config --cflags --libs libmicrohttpd)
    : > "$hook"
    "$bin" --record "$hook" > "$TMP/cluster.standin.out" 2>&1 &
    CL_PIDS="${CL_PIDS:-} $!"
    local i
    for i in $(seq 100); do grep -q '^port ' "$TMP/cluster.standin.out" && break; sleep 0.05; done
    port="$(sed -n 's/^port \([0-9]*\)/\1/p' "$TMP/cluster.standin.out")"
    rm "$ws/nightly.xs"
    cat > "$ws/xsflow.json" <<JSON
{"engine": {"lease_ms": 1000, "poll_ms": 20},
 "env": {"XS_TEST_SLACK_URL": "http://127.0.0.1:$port/hook"},
 "notify": {"on": ["Error"], "slack_url_env": "XS_TEST_SLACK_URL", "timeout_ms": 500, "retries": 0}}
JSON
    a=$(cl_node "$ws" "$db" a)
    CL_PIDS="$CL_PIDS $a"
    for i in $(seq 200); do
        [ "$(cl_sql "$db" "select count(*) from pg_tables where tablename = 'xsflow_notifications'")" = 1 ] && break
        sleep 0.05
    done
    # twenty runs that ended a minute ago, never notified
    cl_sql "$db" "insert into xsflow_runs (name, kind, status, queued, run_at, started, ended, lastupdated)
                  select 'Tasks/Refuse', 'function', 'Error', t, t, t, t, t
                  from (select (extract(epoch from now()) * 1000)::bigint - 60000 as t) n, generate_series(1, 20)" > /dev/null
    b=$(cl_node "$ws" "$db" b)
    c=$(cl_node "$ws" "$db" c)
    CL_PIDS="$CL_PIDS $b $c"
    local end=$((SECONDS + 30))
    until [ "$(cl_sql "$db" "select count(*) from xsflow_notifications where outcome = 'sent'")" = 20 ]; do
        [ $SECONDS -lt $end ] || { echo "not every owed notification was sent"; return 1; }
        sleep 0.2
    done
    sleep 1.5
    [ "$(wc -l < "$hook")" = 20 ]
    [ "$(grep -o '\\"run_id\\": [0-9]*' "$hook" | sort -u | wc -l)" = 20 ]
    [ "$(cl_sql "$db" "select count(*) from xsflow_notifications")" = 20 ]
    kill "$a" "$b" "$c"
    for i in $a $b $c; do wait "$i" 2> /dev/null || true; done
    cl_logs_clean
}
