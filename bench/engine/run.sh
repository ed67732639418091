#!/usr/bin/env bash
# Engine benchmark: in one process, with WORKERS runner threads,
#   - no-op runs per second (enqueued beforehand, then drained),
#   - three-step runs per second (each step's outcome committed before the
#     next step runs),
#   - enqueue-to-start latency on an idle engine, p50 and p99 (300 samples,
#     the run enqueued in-process, so the runner is woken at once),
#   - resident memory of the idle engine (the whole process).
# On SQLite, and on PostgreSQL when XS_PG_URL is set. Prints a table.
#
#   bench/engine/run.sh [N] [WORKERS]       (defaults: 3000 4)
set -eu
cd "$(dirname "$0")/../.."
N="${1:-3000}"
WORKERS="${2:-4}"
O="${O:-build}"
OUT="$O/bench"
mkdir -p "$OUT"
make -s O="$O" "$O/libxsflow.a" >/dev/null
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

run() { # backend url
    "$OUT/bench_engine" "$WS" "$2" "$N" "$WORKERS" > "$OUT/engine.$1"
    echo
    echo "$1 ($N runs, $WORKERS workers; $(nproc) CPUs)"
    echo
    echo "| measure | value |"
    echo "|---|---:|"
    awk '{ printf "| %s | %s %s |\n", $1, $2, $3 }' "$OUT/engine.$1"
}

db="$OUT/bench-engine.sqlite"
rm -f "$db" "$db-wal" "$db-shm"
run SQLite "sqlite:$db"
if [ -n "${XS_PG_URL:-}" ]; then
    psql "$XS_PG_URL" -q -c "DROP TABLE IF EXISTS xsflow_runs, xsflow_steps, xsflow_schedules, xsflow_firings, xsflow_meta" >/dev/null 2>&1 || true
    run PostgreSQL "$XS_PG_URL"
fi
