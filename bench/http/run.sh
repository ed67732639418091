#!/usr/bin/env bash
# HTTP benchmark: wrk against two query endpoints of `xsflow serve`, beside
# nginx serving a static file as the ceiling, in the same run, on loopback:
#
#   GET /api/hello       a query returning a small constant object
#   GET /api/item/{id}   a query doing one db.get on a table of ROWS rows
#                        (SQLite), a random id per request
#   nginx                a static file of the same bytes as /api/hello
#
# Prints requests/s, latency p50/p99 and the ratio of requests/s to nginx's,
# each the median of ROUNDS rounds that alternate the three targets, with
# the machine's load average before and after; writes the table to
# build/bench/http.md.
#
#   bench/http/run.sh [SECONDS] [CONNECTIONS]     (defaults: 10 64)
#
# Environment: THREADS server threads for xsflow and nginx worker processes
# (default: CPUs); WRK_THREADS wrk threads (default 2); ROUNDS (default 3);
# ROWS rows in the table (default 10000). XSFLOW names a built binary to
# use (for example XSFLOW=build/bench/xsflow after `make O=build/bench`);
# without it the script builds $O/xsflow (O defaults to build). Measure an
# optimised build: a binary built with SANITIZE=1 is refused.
set -eu
cd "$(dirname "$0")/../.."
SECS="${1:-10}"
CONNS="${2:-64}"
THREADS="${THREADS:-$(nproc)}"
WRK_THREADS="${WRK_THREADS:-2}"
ROUNDS="${ROUNDS:-3}"
ROWS="${ROWS:-10000}"
O="${O:-build}"
OUT=build/bench/http
mkdir -p "$OUT"
for tool in wrk nginx curl; do
    command -v "$tool" > /dev/null || [ -x "/usr/sbin/$tool" ] ||
        { echo "bench/http: '$tool' is missing (scripts/deps installs it)" >&2; exit 1; }
done
NGINX="$(command -v nginx || echo /usr/sbin/nginx)"
if [ -z "${XSFLOW:-}" ]; then
    make -s O="$O" "$O/xsflow" > /dev/null
    XSFLOW="$O/xsflow"
fi
[ -x "$XSFLOW" ] || { echo "bench/http: no xsflow binary at '$XSFLOW'" >&2; exit 1; }
if ldd "$XSFLOW" 2> /dev/null | grep -q 'libasan'; then
    echo "bench/http: '$XSFLOW' is a sanitizer build; build without SANITIZE=1" >&2
    exit 1
fi

pids=()
cleanup() {
    local p
    for p in "${pids[@]}"; do kill "$p" 2> /dev/null || true; done
    for p in "${pids[@]}"; do wait "$p" 2> /dev/null || true; done
}
trap cleanup EXIT

# A free loopback port, for nginx (which cannot report one it picked).
free_port() {
    local p
    for _ in $(seq 50); do
        p=$((20000 + RANDOM % 40000))
        if ! (exec 3<> "/dev/tcp/127.0.0.1/$p") 2> /dev/null; then
            echo "$p"
            return
        fi
    done
    echo "bench/http: no free port" >&2
    exit 1
}

# The database: the workspace's table, seeded with ROWS rows.
WS=bench/http/ws
DB="$OUT/bench.sqlite"
rm -f "$DB" "$DB-wal" "$DB-shm"
"$XSFLOW" db migrate --db "sqlite:$DB" "$WS" > "$OUT/migrate.out"
awk -v n="$ROWS" 'BEGIN {
    print "["
    for (i = 1; i <= n; i++)
        printf "{\"id\": %d, \"name\": \"item %d\", \"quantity\": %d, \"price\": %d.%02d}%s\n",
            i, i, i % 97, i % 500, i % 100, (i < n ? "," : "")
    print "]"
}' > "$OUT/item.json"
"$XSFLOW" db import --db "sqlite:$DB" --workspace "$WS" item "$OUT/item.json" > "$OUT/import.out"

# xsflow serve: endpoints with the database; no scheduler and one worker,
# so the engine's runners do not compete with the server threads.
"$XSFLOW" serve "$WS" --db "sqlite:$DB" --listen 127.0.0.1:0 --no-scheduler --workers 1 \
    --threads "$THREADS" > "$OUT/xsflow.out" 2> "$OUT/xsflow.err" &
pids+=($!)
for _ in $(seq 100); do grep -q '^listening on' "$OUT/xsflow.out" && break; sleep 0.1; done
XS_BASE="$(sed -n 's/^listening on \(http:[^ ]*\).*/\1/p' "$OUT/xsflow.out")"
[ -n "$XS_BASE" ] || { echo "bench/http: xsflow serve did not start" >&2; cat "$OUT/xsflow.err" >&2; exit 1; }
curl -s --max-time 5 "$XS_BASE/api/hello" > "$OUT/body.json"
[ -s "$OUT/body.json" ] || { echo "bench/http: xsflow did not answer" >&2; cat "$OUT/xsflow.err" >&2; exit 1; }
item="$(curl -s --max-time 5 "$XS_BASE/api/item/$ROWS")"
[[ "$item" == "{\"id\":$ROWS,"* ]] ||
    { echo "bench/http: /api/item/$ROWS answered '$item'" >&2; cat "$OUT/xsflow.err" >&2; exit 1; }
cat > "$OUT/item.lua" <<LUA
-- a random row id per request
math.randomseed(os.time())
request = function()
  return wrk.format(nil, "/api/item/" .. math.random(1, $ROWS))
end
LUA

# nginx: the same bytes as /api/hello, as a static file
NG_PORT="$(free_port)"
mkdir -p "$OUT/nginx/www" "$OUT/nginx/tmp"
cp "$OUT/body.json" "$OUT/nginx/www/hello"
cat > "$OUT/nginx/nginx.conf" <<CONF
worker_processes $THREADS;
daemon off;
pid $PWD/$OUT/nginx/nginx.pid;
error_log $PWD/$OUT/nginx/error.log warn;
events { worker_connections 4096; }
http {
    access_log off;
    keepalive_requests 1000000;
    client_body_temp_path $PWD/$OUT/nginx/tmp;
    proxy_temp_path $PWD/$OUT/nginx/tmp;
    fastcgi_temp_path $PWD/$OUT/nginx/tmp;
    uwsgi_temp_path $PWD/$OUT/nginx/tmp;
    scgi_temp_path $PWD/$OUT/nginx/tmp;
    server {
        listen 127.0.0.1:$NG_PORT;
        location = /hello {
            root $PWD/$OUT/nginx/www;
            default_type "application/json; charset=utf-8";
        }
    }
}
CONF
"$NGINX" -c "$PWD/$OUT/nginx/nginx.conf" -p "$PWD/$OUT/nginx" 2> "$OUT/nginx/start.log" &
pids+=($!)
NG_URL="http://127.0.0.1:$NG_PORT/hello"
for _ in $(seq 100); do curl -s --max-time 1 "$NG_URL" > /dev/null && break; sleep 0.1; done
cmp -s "$OUT/body.json" <(curl -s --max-time 5 "$NG_URL") ||
    { echo "bench/http: nginx does not serve the same body" >&2; cat "$OUT/nginx/start.log" >&2; exit 1; }

# wrk NAME ROUND URL [SCRIPT]: one run; keeps wrk's report
run_wrk() {
    local name="$1" round="$2" url="$3"
    shift 3
    wrk -t"$WRK_THREADS" -c"$CONNS" -d"${SECS}s" --latency "$@" "$url" > "$OUT/$name.$round.txt"
}
# field FILE: "rps p50 p99 non2xx" from a wrk report (latencies in ms)
field() {
    awk '
        function ms(v) {
            if (v ~ /us$/) { sub(/us$/, "", v); return v / 1000 }
            if (v ~ /ms$/) { sub(/ms$/, "", v); return v + 0 }
            if (v ~ /s$/)  { sub(/s$/, "", v);  return v * 1000 }
            return v
        }
        /Requests\/sec:/ { rps = $2 }
        /^ +50%/ { p50 = ms($2) }
        /^ +99%/ { p99 = ms($2) }
        /Non-2xx/ { bad = $NF }
        END { printf "%s %.3f %.3f %s\n", rps, p50, p99, (bad == "" ? 0 : bad) }' "$1"
}
# median NAME: "rps p50 p99 non2xx", each column the median over the rounds
# (with an even number of rounds, the mean of the middle two); non-2xx is
# the sum
median() {
    local r
    for r in $(seq "$ROUNDS"); do field "$OUT/$1.$r.txt"; done | awk '
        { for (c = 1; c <= 3; c++) v[c, NR] = $c; bad += $4 }
        END {
            for (c = 1; c <= 3; c++) {
                for (i = 1; i <= NR; i++) a[i] = v[c, i]
                for (i = 2; i <= NR; i++)   # insertion sort: a few rounds
                    for (j = i; j > 1 && a[j - 1] > a[j]; j--) { t = a[j]; a[j] = a[j - 1]; a[j - 1] = t }
                m[c] = NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2
            }
            printf "%s %s %s %d\n", m[1], m[2], m[3], bad
        }'
}

load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
for r in $(seq "$ROUNDS"); do
    run_wrk hello "$r" "$XS_BASE/api/hello"
    run_wrk item "$r" "$XS_BASE" -s "$OUT/item.lua"
    run_wrk nginx "$r" "$NG_URL"
done
load_after="$(cut -d' ' -f1-3 /proc/loadavg)"

read -r he_rps he_p50 he_p99 he_bad <<< "$(median hello)"
read -r it_rps it_p50 it_p99 it_bad <<< "$(median item)"
read -r ng_rps ng_p50 ng_p99 ng_bad <<< "$(median nginx)"
[ "$he_bad" = 0 ] || echo "bench/http: /api/hello answered $he_bad non-2xx responses" >&2
[ "$it_bad" = 0 ] || echo "bench/http: /api/item answered $it_bad non-2xx responses" >&2

bytes="$(wc -c < "$OUT/body.json")"
{
    echo "wrk -t$WRK_THREADS -c$CONNS -d${SECS}s, median of $ROUNDS alternating rounds (each column on its own),"
    echo "$THREADS server threads, $(nproc) CPUs, ${bytes}-byte JSON body, $ROWS rows (SQLite);"
    echo "load average (1/5/15 min) before: $load_before, after: $load_after"
    echo
    echo "| target | requests/s | p50 ms | p99 ms | requests/s / nginx |"
    echo "| --- | ---: | ---: | ---: | ---: |"
    row() { awk -v n="$1" -v r="$2" -v a="$3" -v b="$4" -v g="$ng_rps" \
        'BEGIN { printf "| %s | %.0f | %.3f | %.3f | %.2f |\n", n, r, a, b, r / g }'; }
    row "xsflow GET /api/hello (small object)" "$he_rps" "$he_p50" "$he_p99"
    row "xsflow GET /api/item/{id} (db.get)" "$it_rps" "$it_p50" "$it_p99"
    row "nginx static file" "$ng_rps" "$ng_p50" "$ng_p99"
    awk -v r="$he_rps" -v g="$ng_rps" -v p="$he_p99" 'BEGIN {
        printf "\ntarget for /api/hello: >= 0.50 of nginx requests/s (%.2f), p99 < 5 ms (%.3f): %s\n",
            r / g, p, (r / g >= 0.5 && p < 5 ? "met" : "not met") }'
} | tee "$OUT/../http.md"
