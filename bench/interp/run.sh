#!/usr/bin/env bash
# Interpreter benchmarks, best of RUNS, as whole processes (start-up and
# parse included):
#   seed   the seed's traverse over 1,000,000 in-memory items with one
#          function.run per item (targets: under 1 s, under 200 MB RSS)
#   arith  a 10,000,000-iteration arithmetic loop, against CPython running
#          the same loop (target: faster than CPython)
# Prints wall and CPU seconds and peak RSS per case. Needs GNU time.
#
#   bench/interp/run.sh [--bin build/xsflow] [--runs 3]
set -euo pipefail
ORIG="$PWD"
cd "$(dirname "$0")"
BIN=""
RUNS=3
while [ $# -gt 0 ]; do
    case "$1" in
    --bin) BIN="$2"; shift ;;
    --runs) RUNS="$2"; shift ;;
    *) echo "usage: $0 [--bin PATH] [--runs K]" >&2; exit 2 ;;
    esac
    shift
done
if [ -z "$BIN" ]; then
    BIN="$PWD/../../build/xsflow"
else
    case "$BIN" in /*) ;; *) BIN="$ORIG/$BIN" ;; esac
fi
[ -x /usr/bin/time ] || { echo "GNU time (/usr/bin/time) is needed" >&2; exit 1; }
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

# best NAME CMD...: the run with the least wall time of RUNS
best() {
    local name="$1" line bestline="" bestw=""
    shift
    for _ in $(seq "$RUNS"); do
        /usr/bin/time -f "%e %U %S %M" -o "$TMP/t" "$@" > /dev/null
        line="$(cat "$TMP/t")"
        w="${line%% *}"
        if [ -z "$bestw" ] || awk "BEGIN{exit !($w < $bestw)}"; then
            bestw="$w"; bestline="$line"
        fi
    done
    read -r w u s m <<< "$bestline"
    printf "%-22s %7.2f s wall %7.2f s cpu %8.1f MB rss\n" "$name" "$w" \
        "$(awk "BEGIN{print $u + $s}")" "$(awk "BEGIN{print $m / 1024}")"
}

best "seed traverse 1M" "$BIN" run Traverse --workspace seed/ws
best "arith loop 10M" "$BIN" run arith/loop.xs
if command -v python3 > /dev/null; then
    best "arith loop 10M python3" python3 arith/loop.py
fi
