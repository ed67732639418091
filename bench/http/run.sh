#!/usr/bin/env bash
# HTTP benchmark: wrk against `xsflow http serve` answering a query endpoint
# that returns a small object, beside nginx serving a static file of the
# same bytes, in the same run, on loopback. Prints requests/s and latency
# p50/p99 for both and the ratio, and writes the table to
# build/bench/http.md.
#
#   bench/http/run.sh [SECONDS] [CONNECTIONS]     (defaults: 10 64)
#
# Both servers get the same number of threads (THREADS, default: CPUs);
# wrk runs WRK_THREADS threads (default 2). ROUNDS (default 3) runs
# alternate the two servers and keep each one's best requests/s. XSFLOW
# names a built binary to use instead of building $O/xsflow.
set -eu
cd "$(dirname "$0")/../.."
SECS="${1:-10}"
CONNS="${2:-64}"
THREADS="${THREADS:-$(nproc)}"
WRK_THREADS="${WRK_THREADS:-2}"
ROUNDS="${ROUNDS:-3}"
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

# xsflow
"$XSFLOW" http serve bench/http/ws --listen 127.0.0.1:0 --threads "$THREADS" \
    --max-connections 4096 > "$OUT/xsflow.out" 2> "$OUT/xsflow.err" &
pids+=($!)
for _ in $(seq 100); do grep -q '^listening on' "$OUT/xsflow.out" && break; sleep 0.1; done
XS_URL="$(sed -n 's/^listening on \(http:[^ ]*\).*/\1/p' "$OUT/xsflow.out")/api/hello"
curl -s --max-time 5 "$XS_URL" > "$OUT/body.json"
[ -s "$OUT/body.json" ] || { echo "bench/http: xsflow did not answer" >&2; cat "$OUT/xsflow.err"; exit 1; }

# nginx: the same bytes as a static file
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

# wrk URL NAME ROUND: one run; keeps wrk's report
run_wrk() {
    wrk -t"$WRK_THREADS" -c"$CONNS" -d"${SECS}s" --latency "$1" > "$OUT/$2.$3.txt"
}
# field FILE: "rps p50 p99" from a wrk report (latencies in ms)
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

for r in $(seq "$ROUNDS"); do
    run_wrk "$XS_URL" xsflow "$r"
    run_wrk "$NG_URL" nginx "$r"
done
best() { # name: the round with the most requests/s
    local r
    for r in $(seq "$ROUNDS"); do field "$OUT/$1.$r.txt"; done | sort -k1,1gr | head -1
}
read -r xs_rps xs_p50 xs_p99 xs_bad <<< "$(best xsflow)"
read -r ng_rps ng_p50 ng_p99 ng_bad <<< "$(best nginx)"
[ "$xs_bad" = 0 ] || echo "bench/http: xsflow answered $xs_bad non-2xx responses" >&2

bytes="$(wc -c < "$OUT/body.json")"
{
    echo "wrk -t$WRK_THREADS -c$CONNS -d${SECS}s, best of $ROUNDS, $THREADS server threads, $(nproc) CPUs, ${bytes}-byte JSON body"
    echo
    echo "| server | requests/s | p50 ms | p99 ms |"
    echo "| --- | ---: | ---: | ---: |"
    printf "| xsflow query endpoint | %.0f | %.3f | %.3f |\n" "$xs_rps" "$xs_p50" "$xs_p99"
    printf "| nginx static file | %.0f | %.3f | %.3f |\n" "$ng_rps" "$ng_p50" "$ng_p99"
    awk -v a="$xs_rps" -v b="$ng_rps" -v c="$xs_p50" -v d="$ng_p50" -v e="$xs_p99" -v f="$ng_p99" \
        'BEGIN { printf "| xsflow / nginx | %.2f | %.2f | %.2f |\n", a / b, c / d, e / f }'
} | tee "$OUT/../http.md"
