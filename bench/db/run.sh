#!/usr/bin/env bash
# db benchmark: the same workloads through xsflow's store layer (the code
# under db.*) and through a plain C program issuing the same SQL with
# sqlite3 / libpq directly, on SQLite and - when XS_PG_URL is set or
# tests/pg/start can start a server - on PostgreSQL. Prints a table of
# seconds and ratios.
#
#   bench/db/run.sh [N] [ROWS] [QUERIES]     (defaults: 100000 1000000 1000)
#
# Workloads: N db.add in a loop (each its own transaction), N db.add inside
# one transaction, N db.add_or_edit over N/2 keys (half inserts, half
# edits), and QUERIES paged queries (where user_id == X, sort created_at
# desc, page 3 of 25, with totals) over ROWS rows indexed on
# (user_id, created_at).
#
# Each program runs ROUNDS times (default 3), the three alternating; the
# table shows the median wall time per workload, and the median CPU time of
# the program itself (on PostgreSQL the client's own work; the server's is
# in other processes).
set -eu
cd "$(dirname "$0")/../.."
N="${1:-100000}"
ROWS="${2:-1000000}"
QUERIES="${3:-1000}"
O="${O:-build}"
OUT="$O/bench"
mkdir -p "$OUT"
make -s O="$O" all >/dev/null
# the linked libraries, and libpq, which the library loads when needed but
# the raw program calls directly
PKG="$(pkg-config --cflags --libs $(sed -n 's/^PKGS := //p' Makefile) libpq)"
${CC:-cc} -std=c17 -D_GNU_SOURCE -O2 -o "$OUT/bench_raw" bench/db/bench_raw.c $PKG
for b in store xs; do
    ${CC:-cc} -std=c17 -D_GNU_SOURCE -Isrc -O2 -o "$OUT/bench_$b" bench/db/bench_$b.c \
        "$O/libxsflow.a" $PKG -lm -lpthread
done

# ROUNDS runs, the programs alternating (the machine may be busy)
ROUNDS="${ROUNDS:-3}"
median() { # file...: per workload, the median wall time and the median CPU time
    cat "$@" | awk '{ w[$1] = w[$1] " " $2; c[$1] = c[$1] " " $3 }
        function med(s,   a, n, i, j, t) {
            n = split(s, a, " ")
            for (i = 2; i <= n; i++)
                for (j = i; j > 1 && a[j - 1] + 0 > a[j] + 0; j--) {
                    t = a[j]; a[j] = a[j - 1]; a[j - 1] = t
                }
            return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
        }
        END { for (k in w) printf "%s %.3f %.3f\n", k, med(w[k]), med(c[k]) }'
}

table() { # backend url
    local raw store xs i
    for i in $(seq "$ROUNDS"); do
        "$OUT/bench_raw" "$2" "$N" "$ROWS" "$QUERIES" >"$OUT/raw.$i"
        "$OUT/bench_store" "$2" "$N" "$ROWS" "$QUERIES" >"$OUT/store.$i"
        "$OUT/bench_xs" "$2" "$N" "$ROWS" "$QUERIES" >"$OUT/xs.$i"
    done
    raw=$(median "$OUT"/raw.*)
    store=$(median "$OUT"/store.*)
    xs=$(median "$OUT"/xs.*)
    rm -f "$OUT"/raw.* "$OUT"/store.* "$OUT"/xs.*
    printf '\n%s (N=%s, ROWS=%s, QUERIES=%s, median of %s; load average %s)\n\n' "$1" "$N" \
        "$ROWS" "$QUERIES" "$ROUNDS" "$(cut -d' ' -f1-3 /proc/loadavg)"
    printf '| workload | plain C (s) | store layer (s) | ratio | XanoScript (s) | ratio | CPU: plain C / store / XanoScript (s) |\n'
    printf '|---|---:|---:|---:|---:|---:|---:|\n'
    join <(sort <<<"$raw") <(sort <<<"$store") | join - <(sort <<<"$xs") |
        while read -r name r rc s sc x xc; do
            awk -v n="$name" -v r="$r" -v s="$s" -v x="$x" -v rc="$rc" -v sc="$sc" -v xc="$xc" \
                'BEGIN { printf "| %s | %s | %s | %.2f | %s | %.2f | %s / %s / %s |\n", n, r, s, s / r, x, x / r, rc, sc, xc }'
        done
}

db="$OUT/bench-db.sqlite"
rm -f "$db" "$db-wal" "$db-shm"
table "SQLite" "$db"
rm -f "$db" "$db-wal" "$db-shm"

pgdir=""
url="${XS_PG_URL:-}"
if [ -z "$url" ]; then
    pgdir=$(mktemp -d /tmp/xsflow-pg.XXXXXX)
    url=$(tests/pg/start "$pgdir" 2>/dev/null) || url=""
fi
if [ -n "$url" ]; then
    table "PostgreSQL" "$url"
fi
[ -n "$pgdir" ] && tests/pg/stop "$pgdir"
exit 0
