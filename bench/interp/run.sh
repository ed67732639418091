#!/usr/bin/env bash
# Interpreter benchmarks, each beside the same program in Python 3 and
# Lua 5.4, as whole processes (start-up and parse included):
#   seed traverse 1M  the seed's traverse over 1,000,000 in-memory items,
#                     one function.run per item, successes and failures
#                     collected (seed/ws, seed/traverse.py, seed/traverse.lua)
#   arith loop 10M    10,000,000 iterations of integer arithmetic
#                     (arith/loop.xs, .py, .lua)
#   set compose 1M    1,000,000 Results composed with |set as the seed's
#                     Pattern 6 (set/compose.xs, .py, .lua)
# Prints one Markdown table: for each program the median wall and CPU
# seconds and the median peak RSS of RUNS runs, then the ratios
# xsflow/python and xsflow/lua of the median CPU seconds (wall time in
# parentheses). Needs GNU time; Debian's python3 and lua5.4 by default.
#
#   bench/interp/run.sh [--bin build/xsflow] [--runs 3] [--python PATH] [--lua PATH]
set -euo pipefail
ORIG="$PWD"
cd "$(dirname "$0")"
BIN=""
RUNS=3
PY=/usr/bin/python3
LUA=lua5.4
while [ $# -gt 0 ]; do
    case "$1" in
    --bin) BIN="$2"; shift ;;
    --runs) RUNS="$2"; shift ;;
    --python) PY="$2"; shift ;;
    --lua) LUA="$2"; shift ;;
    *) echo "usage: $0 [--bin PATH] [--runs K] [--python PATH] [--lua PATH]" >&2; exit 2 ;;
    esac
    shift
done
if [ -z "$BIN" ]; then
    BIN="$PWD/../../build/xsflow"
else
    case "$BIN" in /*) ;; *) BIN="$ORIG/$BIN" ;; esac
fi
[ -x /usr/bin/time ] || { echo "GNU time (/usr/bin/time) is needed" >&2; exit 1; }
command -v "$PY" > /dev/null || { echo "$PY is needed" >&2; exit 1; }
command -v "$LUA" > /dev/null || { echo "$LUA is needed" >&2; exit 1; }
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

# median COLUMN FILE: the median of one column of "wall cpu rss" lines.
median() {
    awk -v c="$1" '{ print $c }' "$2" | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'
}

# measure CMD...: prints "wall cpu rss_mb", each the median of RUNS runs.
measure() {
    : > "$TMP/runs"
    for _ in $(seq "$RUNS"); do
        /usr/bin/time -f "%e %U %S %M" -o "$TMP/t" "$@" > "$TMP/out"
        read -r w u s m < "$TMP/t"
        awk -v w="$w" -v u="$u" -v s="$s" -v m="$m" 'BEGIN { printf "%s %.2f %.1f\n", w, u + s, m / 1024 }' >> "$TMP/runs"
    done
    echo "$(median 1 "$TMP/runs") $(median 2 "$TMP/runs") $(median 3 "$TMP/runs")"
}

# row NAME XS-CMD -- PY-FILE LUA-FILE
row() {
    local name="$1" xs py lua
    shift
    xs="$(measure "$BIN" "$@")"
    py="$(measure "$PY" "$PY_FILE")"
    lua="$(measure "$LUA" "$LUA_FILE")"
    read -r xw xc xm <<< "$xs"
    read -r pw pc pm <<< "$py"
    read -r lw lc lm <<< "$lua"
    awk -v n="$name" -v xw="$xw" -v xc="$xc" -v xm="$xm" -v pw="$pw" -v pc="$pc" -v pm="$pm" \
        -v lw="$lw" -v lc="$lc" -v lm="$lm" 'function r(a, b) { return b > 0 ? sprintf("%.2f", a / b) : "-" }
        BEGIN {
            printf "| %s | %.2f s / %.2f s / %.0f MB | %.2f s / %.2f s / %.0f MB | %.2f s / %.2f s / %.0f MB | %s (%s) | %s (%s) |\n",
                n, xw, xc, xm, pw, pc, pm, lw, lc, lm, r(xc, pc), r(xw, pw), r(xc, lc), r(xw, lw)
        }'
}

echo "median of $RUNS runs; each cell: wall / CPU / peak RSS; ratios of CPU seconds (of wall)"
echo
echo "| case | xsflow | python3 ($("$PY" -c 'import platform; print(platform.python_version())')) | lua ($("$LUA" -v 2>&1 | awk '{ print $2 }')) | xsflow/python | xsflow/lua |"
echo "| --- | --- | --- | --- | --- | --- |"
PY_FILE=seed/traverse.py LUA_FILE=seed/traverse.lua row "seed traverse 1M" run Traverse --workspace seed/ws
PY_FILE=arith/loop.py LUA_FILE=arith/loop.lua row "arith loop 10M" run arith/loop.xs
PY_FILE=set/compose.py LUA_FILE=set/compose.lua row "set compose 1M" run set/compose.xs
