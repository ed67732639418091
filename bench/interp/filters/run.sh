#!/usr/bin/env bash
# Filters benchmark: each case of cases.txt runs 1,000,000 times in xsflow
# (a `for` loop whose body is one var.update) and in Python 3 (the same loop),
# and the table gives the best of RUNS times in ms and their ratio. xsflow is
# timed as a whole process (start-up, parse and run); Python times its own
# loop, without its start-up, so the ratios do not flatter xsflow.
#
#   bench/interp/filters/run.sh [--bin build/xsflow] [--runs 3] [--n 1000000]
set -euo pipefail
cd "$(dirname "$0")"
BIN=../../../build/xsflow
RUNS=3
N=1000000
while [ $# -gt 0 ]; do
    case "$1" in
    --bin) BIN="$2"; shift ;;
    --runs) RUNS="$2"; shift ;;
    --n) N="$2"; shift ;;
    *) echo "usage: $0 [--bin PATH] [--runs K] [--n N]" >&2; exit 2 ;;
    esac
    shift
done
command -v python3 > /dev/null || { echo "python3 is needed" >&2; exit 1; }
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

ms_now() { date +%s%N; }

# best NAME CMD...: best wall time of RUNS runs, in ms
best() {
    local b="" t0 t1 d
    for _ in $(seq "$RUNS"); do
        t0=$(ms_now)
        "$@" > "$TMP/out" 2> "$TMP/err" || { cat "$TMP/err" >&2; echo "FAILED"; return; }
        t1=$(ms_now)
        d=$(( (t1 - t0) / 1000000 ))
        if [ -z "$b" ] || [ "$d" -lt "$b" ]; then b=$d; fi
    done
    echo "$b"
}

# best_py FILE: best of RUNS loop times the script itself measured (ms), so
# that Python's start-up (tens of ms) is not counted against it
best_py() {
    local b="" d
    for _ in $(seq "$RUNS"); do
        d=$(python3 "$1" 2> "$TMP/err") || { cat "$TMP/err" >&2; echo "FAILED"; return; }
        if [ -z "$b" ] || [ "$d" -lt "$b" ]; then b=$d; fi
    done
    echo "$b"
}

printf '| filter | xsflow ms | python3 ms | xsflow / python3 |\n| --- | ---: | ---: | ---: |\n'
k=0
grep -v '^#' cases.txt | grep -v '^[[:space:]]*$' | while IFS= read -r line; do
    k=$((k + 1))
    name=$(echo "$line" | awk -F' ;; ' '{print $1}' | sed 's/[[:space:]]*$//')
    xs_setup=$(echo "$line" | awk -F' ;; ' '{print $2}' | sed 's/[[:space:]]*$//')
    xs_expr=$(echo "$line" | awk -F' ;; ' '{print $3}' | sed 's/[[:space:]]*$//')
    py_setup=$(echo "$line" | awk -F' ;; ' '{print $4}' | sed 's/[[:space:]]*$//')
    py_stmt=$(echo "$line" | awk -F' ;; ' '{print $5}' | sed 's/[[:space:]]*$//')
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
        echo "t0 = time.perf_counter()"
        echo "for i in range($N):"
        echo "    $py_stmt"
        echo "print(round((time.perf_counter() - t0) * 1000))"
    } > "$TMP/case$k.py"
    x=$(best "$BIN" run "$TMP/case$k/bench.xs" --compact)
    p=$(best_py "$TMP/case$k.py")
    if [ "$x" = FAILED ] || [ "$p" = FAILED ]; then
        printf '| %s | %s | %s | - |\n' "$name" "$x" "$p"
    else
        ratio=$(awk -v a="$x" -v b="$p" 'BEGIN { if (b == 0) print "-"; else printf "%.2f", a / b }')
        printf '| %s | %d | %d | %s |\n' "$name" "$x" "$p" "$ratio"
    fi
done
