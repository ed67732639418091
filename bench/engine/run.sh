#!/usr/bin/env bash
# Engine benchmark: xsflow beside two durable job queues, in the same run,
# on the same machine. For each target, with WORKERS workers:
#   - no-op runs per second (N enqueued beforehand, then drained),
#   - three-step runs per second (N/3 runs; each step's outcome committed,
#     or for the peers a durable write, before the next step runs),
#   - enqueue-to-start latency on an idle engine, p50 and p99 (300 samples,
#     enqueued in the worker's own process, one at a time),
#   - resident memory of the idle worker process.
# Targets:
#   xsflow SQLite        bench_engine.c, WAL, synchronous=NORMAL
#   xsflow PostgreSQL    bench_engine.c
#   BullMQ + Redis       peers/bullmq.js; redis-server started here on
#                        loopback, appendonly yes, appendfsync everysec
#   graphile-worker (PG) peers/graphile.js, its own database on the same
#                        server as xsflow PostgreSQL
# PostgreSQL is a throw-away server from tests/pg/start, restarted with
# fsync=on and full_page_writes=on (the tests run it with fsync off) and
# synchronous_commit=off: a crash of the server's machine may lose the last
# fraction of a second of commits, as Redis with appendfsync everysec, but
# never corrupts the cluster. With XS_PG_URL set, that server is used as it
# is instead (graphile-worker creates a database 'graphile_bench' on it).
#
# Each measure is the median of ROUNDS rounds (each round runs every
# target once, in turn). Prints one table with ratio lines and the load
# average before and after, and writes it to $O/bench/engine.md.
#
#   bench/engine/run.sh [N] [WORKERS]       (defaults: 9000 4: a drain long
#                                           enough for the peers to warm up)
#
# Environment: ROUNDS (default 3); O, the build folder of xsflow (default
# build; for example O=build/bench after `make O=build/bench`): a sanitizer
# build is refused. The peers need node, redis-server and the npm packages
# of bench/engine/peers: bench/deps installs them; a peer that cannot run
# says so in its row.
set -eu
cd "$(dirname "$0")/../.."
N="${1:-9000}"
WORKERS="${2:-4}"
ROUNDS="${ROUNDS:-3}"
O="${O:-build}"
OUT="$O/bench"
RES="$OUT/engine"
mkdir -p "$RES"
rm -f "$RES"/*.out
make -s O="$O" "$O/libxsflow.a" >/dev/null
if nm "$O/libxsflow.a" 2>/dev/null | grep -q '__asan_'; then
    echo "bench/engine: '$O' is a sanitizer build; build without SANITIZE=1" >&2
    exit 1
fi
PKG="$(pkg-config --cflags --libs $(sed -n 's/^PKGS := //p' Makefile))"
${CC:-cc} -std=c17 -D_GNU_SOURCE -Isrc -O2 -o "$OUT/bench_engine" bench/engine/bench_engine.c \
    "$O/libxsflow.a" $PKG -lm -lpthread

WS="$OUT/engine-ws"
rm -rf "$WS"
mkdir -p "$WS"
cat > "$WS/noop.xs" <<'XS'
function noop {
  input {
  }

  stack {
  }

  response = {success: true}
}
XS
for i in 1 2 3; do
    cat > "$WS/step$i.xs" <<XS
function "Workers/Step $i" {
  input {
  }

  stack {
  }

  response = {success: true, data: $i, error: null}
}
XS
done
cat > "$WS/three.xs" <<'XS'
function three_steps {
  input {
  }

  stack {
    function.run "Workers/Step 1" as $a
    function.run "Workers/Step 2" as $b
    function.run "Workers/Step 3" as $c
  }

  response = {success: true, data: [$a.data, $b.data, $c.data]}
}
XS
echo '{"engine": {"poll_ms": 1000}}' > "$WS/xsflow.json"

# Servers started here are stopped on exit.
pg_dir=""
redis_pid=""
redis_dir=""
cleanup() {
    if [ -n "$redis_pid" ]; then
        kill "$redis_pid" 2>/dev/null || true
        wait "$redis_pid" 2>/dev/null || true
    fi
    [ -z "$redis_dir" ] || rm -rf "$redis_dir"
    [ -z "$pg_dir" ] || tests/pg/stop "$pg_dir" || true
}
trap cleanup EXIT

# Why a target cannot run ("" when it can).
skip_pg="" skip_bullmq="" skip_graphile=""
PEERS=bench/engine/peers
skip_node=""
if ! command -v node >/dev/null; then
    skip_node="not run: no node (bench/deps installs it)"
elif [ ! -d "$PEERS/node_modules/bullmq" ] || [ ! -d "$PEERS/node_modules/graphile-worker" ]; then
    skip_node="not run: npm packages missing (bench/deps installs them)"
fi

PG_URL="${XS_PG_URL:-}"
pg_note="PostgreSQL from XS_PG_URL, as configured"
if [ -z "$PG_URL" ]; then
    pg_dir="$(mktemp -d /tmp/xsflow-bench-pg.XXXXXX)"
    if PG_URL="$(tests/pg/start "$pg_dir" 2>"$RES/pg-start.log")"; then
        # the same server, restarted with the durable settings above
        port="${PG_URL##*:}"
        port="${port%%/*}"
        bindir="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
        as_pg=()
        [ "$(id -u)" -ne 0 ] || as_pg=(runuser -u postgres --)
        "${as_pg[@]}" "$bindir/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w -t 60 -m fast \
            -o "-c listen_addresses=127.0.0.1 -p $port -k $pg_dir -c fsync=on -c full_page_writes=on -c synchronous_commit=off -c max_connections=50" \
            restart >/dev/null
        pg_note="PostgreSQL $(psql "$PG_URL" -Atc 'SHOW server_version' | cut -d' ' -f1) from tests/pg/start"
    else
        PG_URL=""
        skip_pg="not run: no PostgreSQL server ($(tail -1 "$RES/pg-start.log"))"
    fi
fi
GRAPHILE_URL=""
if [ -n "$PG_URL" ]; then
    pg_note="$pg_note: fsync=$(psql "$PG_URL" -Atc 'SHOW fsync'), synchronous_commit=$(psql "$PG_URL" -Atc 'SHOW synchronous_commit')"
    PGOPTIONS="-c client_min_messages=warning" psql "$PG_URL" -qc "DROP DATABASE IF EXISTS graphile_bench" \
        -c "CREATE DATABASE graphile_bench" >/dev/null
    GRAPHILE_URL="${PG_URL%/*}/graphile_bench"
fi
skip_graphile="${skip_node:-$skip_pg}"

REDIS_PORT=""
if [ -n "$skip_node" ]; then
    skip_bullmq="$skip_node"
elif ! command -v redis-server >/dev/null; then
    skip_bullmq="not run: no redis-server (bench/deps installs it)"
else
    redis_dir="$(mktemp -d /tmp/xsflow-bench-redis.XXXXXX)"
    REDIS_PORT="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
    redis-server --bind 127.0.0.1 --port "$REDIS_PORT" --dir "$redis_dir" --save '' \
        --appendonly yes --appendfsync everysec --daemonize no >"$redis_dir/log" 2>&1 &
    redis_pid=$!
    for _ in $(seq 100); do redis-cli -p "$REDIS_PORT" ping 2>/dev/null | grep -q PONG && break; sleep 0.05; done
    redis-cli -p "$REDIS_PORT" ping 2>/dev/null | grep -q PONG ||
        skip_bullmq="not run: redis-server did not start ($(tail -1 "$redis_dir/log"))"
fi

# measure KEY ROUND COMMAND...: one run; a failure leaves a note in KEY's row
measure() {
    local key="$1" round="$2"
    shift 2
    if ! "$@" >"$RES/$key.$round.out" 2>"$RES/$key.$round.err"; then
        echo "bench/engine: $key failed in round $round:" >&2
        tail -5 "$RES/$key.$round.err" >&2
        rm -f "$RES/$key.$round.out"
    fi
}

load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
db="$OUT/bench-engine.sqlite"
for r in $(seq "$ROUNDS"); do
    rm -f "$db" "$db-wal" "$db-shm"
    measure sqlite "$r" "$OUT/bench_engine" "$WS" "sqlite:$db" "$N" "$WORKERS"
    if [ -z "$skip_pg" ]; then
        psql "$PG_URL" -q >/dev/null 2>&1 <<'SQL' || true
DO $$ DECLARE t text; BEGIN
  FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename LIKE 'xsflow\_%' LOOP
    EXECUTE format('DROP TABLE IF EXISTS %I CASCADE', t);
  END LOOP;
END $$;
SQL
        measure pg "$r" "$OUT/bench_engine" "$WS" "$PG_URL" "$N" "$WORKERS"
    fi
    if [ -z "$skip_bullmq" ]; then
        redis-cli -p "$REDIS_PORT" flushall >/dev/null
        measure bullmq "$r" node "$PEERS/bullmq.js" "$REDIS_PORT" "$N" "$WORKERS"
    fi
    [ -n "$skip_graphile" ] ||
        measure graphile "$r" node "$PEERS/graphile.js" "$GRAPHILE_URL" "$N" "$WORKERS"
done
load_after="$(cut -d' ' -f1-3 /proc/loadavg)"
redis_rss=""
[ -z "$redis_pid" ] || redis_rss="$(awk '/VmRSS/ { printf "%.1f", $2 / 1024 }' "/proc/$redis_pid/status" 2>/dev/null || true)"

# median KEY: "noop three p50 p99 rss_kib" each the median over the rounds
# that ran (the mean of the middle two for an even count); "" if none ran
median() {
    local files=("$RES/$1".*.out)
    [ -e "${files[0]}" ] || return 0
    awk '
        FNR == 1 { k++ }
        { v[$1, k] = $2 }
        function med(name,   a, i, j, t) {
            for (i = 1; i <= k; i++) a[i] = v[name, i]
            for (i = 2; i <= k; i++)
                for (j = i; j > 1 && a[j - 1] > a[j]; j--) { t = a[j]; a[j] = a[j - 1]; a[j - 1] = t }
            return k % 2 ? a[(k + 1) / 2] : (a[k / 2] + a[k / 2 + 1]) / 2
        }
        END {
            printf "%s %s %s %s %s %d\n", med("noop_runs_per_s"), med("three_step_runs_per_s"),
                med("enqueue_to_start_p50"), med("enqueue_to_start_p99"), med("idle_rss"), k
        }' "${files[@]}"
}

{
    echo "bench/engine/run.sh $N $WORKERS: $WORKERS workers, N = $N no-op runs and $((N / 3 > 0 ? N / 3 : 1)) three-step runs,"
    echo "300 latency samples; each value the median of $ROUNDS rounds (each round runs every target in turn)."
    echo "A shared $(nproc)-CPU machine: other work runs beside the benchmark."
    echo "Load average (1/5/15 min) before: $load_before, after: $load_after."
    echo "$pg_note."
    echo
    echo "| target | no-op runs/s | 3-step runs/s | start p50 | start p99 | idle RSS |"
    echo "| --- | ---: | ---: | ---: | ---: | ---: |"
    row() { # NAME KEY SKIP
        local m
        m="$(median "$2")"
        if [ -n "$3" ]; then
            echo "| $1 | $3 | | | | |"
        elif [ -z "$m" ]; then
            echo "| $1 | not run: failed in every round | | | | |"
        else
            echo "$m" | awk -v n="$1" -v rounds="$ROUNDS" '
                function th(x,   s) { # thousands separated by commas
                    s = sprintf("%.0f", x)
                    while (s ~ /[0-9][0-9][0-9][0-9]/) sub(/[0-9][0-9][0-9]($|,)/, ",&", s)
                    return s
                }
                {
                    note = $6 < rounds ? sprintf(" (%d of %d rounds)", $6, rounds) : ""
                    printf "| %s%s | %s | %s | %.2f ms | %.2f ms | %.1f MiB |\n", n, note, th($1), th($2), $3, $4, $5 / 1024
                }'
            echo "$1|$m" >>"$RES/medians"
        fi
    }
    rm -f "$RES/medians"
    row "xsflow SQLite" sqlite ""
    row "xsflow PostgreSQL" pg "$skip_pg"
    row "BullMQ + Redis (AOF everysec)" bullmq "$skip_bullmq"
    row "graphile-worker (PostgreSQL)" graphile "$skip_graphile"
    echo
    # Ratios of each xsflow row to the best peer in each column (highest
    # throughput, lowest latency and RSS), and of xsflow PostgreSQL to
    # graphile-worker on the same server.
    awk -F'|' '
        {
            split($2, m, " ")
            for (c = 1; c <= 5; c++) v[$1, c] = m[c]
            names[++k] = $1
            short[$1] = $1
            sub(/ [(+].*/, "", short[$1])
        }
        function better(c, a, b) { return c <= 2 ? a > b : a < b }
        END {
            col[1] = "no-op"; col[2] = "3-step"; col[3] = "start p50"; col[4] = "start p99"; col[5] = "idle RSS"
            for (c = 1; c <= 5; c++) {
                best[c] = ""
                for (i = 1; i <= k; i++)
                    if (names[i] !~ /^xsflow/ && (best[c] == "" || better(c, v[names[i], c], v[best[c], c])))
                        best[c] = names[i]
            }
            if (best[1] == "") { print "no peer ran: no ratios"; exit }
            print "Ratios, xsflow / peer (throughput: above 1 is better; latency and RSS: below 1 is better):"
            for (i = 1; i <= k; i++) {
                if (names[i] !~ /^xsflow/) continue
                line = ""
                for (c = 1; c <= 5; c++)
                    line = line sprintf("%s%s %.2fx (%s)", c > 1 ? ", " : "", col[c], v[names[i], c] / v[best[c], c], short[best[c]])
                printf "- %s / best peer: %s\n", names[i], line
            }
            g = "graphile-worker (PostgreSQL)"; x = "xsflow PostgreSQL"
            if ((g, 1) in v && (x, 1) in v) {
                line = ""
                for (c = 1; c <= 5; c++)
                    line = line sprintf("%s%s %.2fx", c > 1 ? ", " : "", col[c], v[x, c] / v[g, c])
                printf "- %s / %s (same server): %s\n", x, short[g], line
            }
            s = "xsflow SQLite"
            if ((s, 1) in v) {
                t1 = v[s, 1] >= 2 * v[best[1], 1] && v[s, 2] >= 2 * v[best[2], 2]
                printf "\nTargets for xsflow SQLite: throughput >= 2x the best durable peer (%.2fx no-op, %.2fx 3-step): %s; ", \
                    v[s, 1] / v[best[1], 1], v[s, 2] / v[best[2], 2], t1 ? "met" : "not met"
                printf "start p99 < 1.5 ms (%.2f ms): %s; ", v[s, 4], v[s, 4] < 1.5 ? "met" : "not met"
                printf "idle RSS < 10 MB (%.1f MB): %s\n", v[s, 5] * 1.024 / 1000, v[s, 5] * 1024 < 10e6 ? "met" : "not met"
            }
        }' "$RES/medians" 2>/dev/null || true
    [ -z "$redis_rss" ] || echo "(redis-server itself, not counted in the BullMQ row: $redis_rss MiB RSS at the end)"
} | tee "$OUT/engine.md"
