#!/usr/bin/env bash
# Filters benchmark: each case of cases.txt runs 1,000,000 times in xsflow
# (a `for` loop whose body is one var.update) and in Python 3 (the same loop),
# and the table gives the medians of RUNS wall times and CPU times in ms and
# their ratios. xsflow is timed as a whole process (start-up, parse and run);
# Python times its own loop, without its start-up, so the ratios do not
# flatter xsflow. On a loaded machine the CPU times are the steadier measure.
#
#   bench/interp/filters/run.sh [--bin build/xsflow] [--runs 5] [--n 1000000] [NAME...]
#
# NAMEs, when given, select cases by name (the baseline always runs).
set -euo pipefail
ORIG=$PWD
cd "$(dirname "$0")"
BIN=""
RUNS=5
N=1000000
ONLY=()
while [ $# -gt 0 ]; do
    case "$1" in
    --bin) BIN="$2"; shift ;;
    --runs) RUNS="$2"; shift ;;
    --n) N="$2"; shift ;;
    -*) echo "usage: $0 [--bin PATH] [--runs K] [--n N] [NAME...]" >&2; exit 2 ;;
    *) ONLY+=("$1") ;;
    esac
    shift
done
# --bin is relative to where the script was called from
case "$BIN" in "") BIN="$PWD/../../../build/xsflow" ;; /*) ;; *) BIN="$ORIG/$BIN" ;; esac
command -v python3 > /dev/null || { echo "python3 is needed" >&2; exit 1; }
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

# median of the numbers on stdin
median() {
    sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'
}

# measure CMD...: "WALL CPU", the medians over RUNS runs of the process's
# wall time and its CPU time (user + system), in ms
measure() {
    local TIMEFORMAT='%3R %3U %3S' runs
    runs=$(for _ in $(seq "$RUNS"); do
        { time "$@" > "$TMP/out" 2> "$TMP/err"; } 2> "$TMP/time" || { cat "$TMP/err" >&2; echo FAILED; exit; }
        awk '{ printf "%d %d\n", $1 * 1000, ($2 + $3) * 1000 }' "$TMP/time"
    done)
    case "$runs" in
    *FAILED*) echo "FAILED FAILED" ;;
    *) echo "$(echo "$runs" | awk '{print $1}' | median) $(echo "$runs" | awk '{print $2}' | median)" ;;
    esac
}

# measure_py FILE: "WALL CPU", the medians over RUNS runs of the loop times
# the script measured itself (time.perf_counter, time.process_time), in ms,
# so that Python's start-up (tens of ms) is not counted against it
measure_py() {
    local runs
    runs=$(for _ in $(seq "$RUNS"); do
        python3 "$1" 2> "$TMP/err" || { cat "$TMP/err" >&2; echo FAILED; exit; }
    done)
    case "$runs" in
    *FAILED*) echo "FAILED FAILED" ;;
    *) echo "$(echo "$runs" | awk '{print $1}' | median) $(echo "$runs" | awk '{print $2}' | median)" ;;
    esac
}

ratio() {
    awk -v a="$1" -v b="$2" 'BEGIN { if (a == "FAILED" || b == "FAILED" || b == 0) print "-"; else printf "%.2f", a / b }'
}

printf '| filter | xsflow ms | python3 ms | xsflow / python3 | xsflow CPU ms | python3 CPU ms | CPU ratio |\n'
printf '| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n'
k=0
grep -v '^#' cases.txt | grep -v '^[[:space:]]*$' | while IFS= read -r line; do
    k=$((k + 1))
    name=$(echo "$line" | awk -F' ;; ' '{print $1}' | sed 's/[[:space:]]*$//')
    xs_setup=$(echo "$line" | awk -F' ;; ' '{print $2}' | sed 's/[[:space:]]*$//')
    xs_expr=$(echo "$line" | awk -F' ;; ' '{print $3}' | sed 's/[[:space:]]*$//')
    py_setup=$(echo "$line" | awk -F' ;; ' '{print $4}' | sed 's/[[:space:]]*$//')
    py_stmt=$(echo "$line" | awk -F' ;; ' '{print $5}' | sed 's/[[:space:]]*$//')
    if [ ${#ONLY[@]} -gt 0 ] && [ "$name" != "loop (baseline)" ]; then
        keep=0
        for o in "${ONLY[@]}"; do [ "$o" = "$name" ] && keep=1; done
        [ "$keep" -eq 1 ] || continue
    fi
    # the accumulator starts as the Python setup says for push/set/add
    case "$name" in
    push) xs_init='[]' ;;
    set) xs_init='{}' ;;
    *) xs_init='0' ;;
    esac
    mkdir -p "$TMP/case$k"
    cat > "$TMP/case$k/bench.xs" <<XS
function "bench" {
  input {
  }

  stack {
    var \$v {
      value = $xs_setup
    }
    var \$r {
      value = $xs_init
    }
    for ($N) {
      each as \$i {
        var.update \$r {
          value = $xs_expr
        }
      }
    }
  }

  response = \$r|is_null
}
XS
    # the Python loop mirrors the XanoScript one: setup, then N statements
    {
        echo "import datetime, json"
        echo "$py_setup"
        case "$name" in push) echo "r = []" ;; set) echo "r = {}" ;; *) echo "r = 0" ;; esac
        echo "import time"
        echo "t0, c0 = time.perf_counter(), time.process_time()"
        echo "for i in range($N):"
        echo "    $py_stmt"
        echo "print(round((time.perf_counter() - t0) * 1000), round((time.process_time() - c0) * 1000))"
    } > "$TMP/case$k.py"
    read -r xw xc < <(measure "$BIN" run "$TMP/case$k/bench.xs" --compact)
    read -r pw pc < <(measure_py "$TMP/case$k.py")
    printf '| %s | %s | %s | %s | %s | %s | %s |\n' "$name" "$xw" "$pw" "$(ratio "$xw" "$pw")" \
        "$xc" "$pc" "$(ratio "$xc" "$pc")"
done
