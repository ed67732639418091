# redis.* on both backends: the run goldens tests/lang/run/redis_*.xs and
# err_redis_*.xs run on the embedded store and on a Redis server and must
# give the same responses (or errors); then what only a server has:
# sharing between runs, refused connections, timeouts. Each case starts
# its own throw-away redis-server (Debian's, installed by scripts/deps) on
# a free loopback port, with a temporary directory, no persistence and no
# system service; a missing redis-server fails the case. Sourced by
# tests/run ($XSFLOW, $TMP, $ROOT).

# Kills the servers this case started (its EXIT trap).
redis_cleanup() {
    local p
    for p in ${REDIS_PIDS:-}; do
        kill -CONT "$p" 2> /dev/null || true
        kill "$p" 2> /dev/null || true
        wait "$p" 2> /dev/null || true
    done
    REDIS_PIDS=""
}

redis_free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# Starts redis-server; sets REDIS_PORT, REDIS_PID and REDIS_URL (database 0).
redis_start() {
    local bin dir try i
    bin="$(command -v redis-server)" || {
        echo "redis-server not found: scripts/deps installs it"
        return 1
    }
    dir="$TMP/redis.$BASHPID"
    mkdir -p "$dir"
    trap redis_cleanup EXIT
    for try in 1 2 3 4 5; do
        REDIS_PORT="$(redis_free_port)"
        "$bin" --port "$REDIS_PORT" --bind 127.0.0.1 --dir "$dir" --save "" --appendonly no \
            --daemonize no --logfile "" > "$dir/log.$try" 2>&1 &
        REDIS_PID=$!
        REDIS_PIDS="${REDIS_PIDS:-} $REDIS_PID"
        for i in $(seq 100); do
            if grep -q "Ready to accept connections" "$dir/log.$try"; then
                REDIS_URL="redis://127.0.0.1:$REDIS_PORT/0"
                return 0
            fi
            kill -0 "$REDIS_PID" 2> /dev/null || break # the port was taken meanwhile
            sleep 0.1
        done
    done
    echo "redis-server did not start:"
    cat "$dir"/log.*
    return 1
}

# A workspace directory whose xsflow.json names url; prints its path.
redis_workspace() {
    local ws="$TMP/redis-ws.$BASHPID.$2"
    mkdir -p "$ws"
    printf '{"redis": {"url": "%s"%s}}\n' "$1" "${3:-}" > "$ws/xsflow.json"
    echo "$ws"
}

# Runs FILE on the workspace WS (empty: the embedded store); prints the
# compact response, or the error's name and message.
redis_run() {
    local file="$1" ws="$2" out err rc=0
    out="$TMP/redis-run.$BASHPID.out"
    err="$TMP/redis-run.$BASHPID.err"
    if [ -z "$ws" ]; then
        # an empty workspace of its own: without --workspace, run would load
        # the file's folder, which other suites share
        ws="$TMP/redis-embedded.$BASHPID"
        mkdir -p "$ws"
    fi
    timeout 60 "$XSFLOW" run "$file" --workspace "$ws" --compact > "$out" 2> "$err" || rc=$?
    if [ "$rc" -eq 0 ]; then
        cat "$out"
    else
        tail -1 "$err" | jq -c '{error: {name: .error.name, message: .error.message}}'
    fi
}

# Fails unless $1 contains each of the other arguments.
redis_expect_has() {
    local out="$1" want
    shift
    for want in "$@"; do
        if [[ "$out" != *"$want"* ]]; then
            echo "want: $want"
            echo "got:  $out"
            return 1
        fi
    done
}

test_redis_goldens_same_on_both_backends() {
    redis_start
    local f n=0 mem srv ws bad=0
    for f in "$ROOT"/tests/lang/run/redis_*.xs "$ROOT"/tests/lang/run/err_redis_*.xs; do
        n=$((n + 1))
        # Each case on a database of its own, so that none sees another's keys.
        ws="$(redis_workspace "redis://127.0.0.1:$REDIS_PORT/$n" "$n")"
        mem="$(redis_run "$f" "")"
        srv="$(redis_run "$f" "$ws")"
        if [ "$mem" != "$srv" ]; then
            echo "$(basename "$f"): the backends differ"
            echo "  embedded: $mem"
            echo "  server:   $srv"
            bad=1
        elif [ "$srv" != "$(cat "${f%.xs}.expected")" ]; then
            echo "$(basename "$f"): $srv"
            echo "  expected: $(cat "${f%.xs}.expected")"
            bad=1
        fi
    done
    [ "$n" -ge 10 ] || { echo "only $n goldens found"; bad=1; }
    return $bad
}

# The conformance corpus's sequence of every statement, on both backends.
test_redis_every_statement_same_on_both_backends() {
    redis_start
    local f="$TMP/every.$BASHPID.xs" ws mem srv
    cat > "$f" << 'XS'
function "redis_every" {
  input {
  }
  stack {
    redis.set {
      key = "name"
      data = "xano"
      ttl = 0
    }
    redis.get {
      key = "name"
    } as $x1
    redis.has {
      key = "name"
    } as $x2
    redis.set {
      key = "counter"
      data = 1
      ttl = 0
    }
    redis.incr {
      package_key = "1"
      key = "counter"
      by = 1
    } as $x3
    redis.decr {
      key = "counter"
      by = 1
    } as $x4
    redis.keys {
      search = "*e*"
    } as $keys
    redis.push {
      package_key = "1"
      key = "list"
      value = "second"
    } as $x5
    redis.unshift {
      key = "list"
      value = "zero"
    } as $x6
    redis.range {
      key = "list"
      start = 0
      stop = 1
    } as $x7
    redis.pop {
      key = "list"
    } as $x8
    redis.shift {
      key = "list"
    } as $x9
    redis.remove {
      key = "list"
      value = "FIRST"
      count = ""
    }
    redis.count {
      key = "list"
    } as $x10
    redis.ratelimit {
      key = "rl"
      max = 1
      ttl = 60
      error = ""
    } as $r1
    redis.ratelimit {
      key = "rl"
      max = 1
      ttl = 60
      error = ""
    } as $r2
    redis.del {
      key = "name"
    }
    redis.has {
      key = "name"
    } as $x11
  }
  response = [$x1, $x2, $x3, $x4, $keys, $x5, $x6, $x7, $x8, $x9, $x10, $r1, $r2, $x11]
}
XS
    ws="$(redis_workspace "$REDIS_URL" every)"
    mem="$(redis_run "$f" "")"
    srv="$(redis_run "$f" "$ws")"
    [ "$mem" = "$srv" ] || { echo "embedded: $mem"; echo "server:   $srv"; return 1; }
    [ "$srv" = '["xano",true,2,1,["counter","name"],1,2,["zero","second"],"second","zero",0,true,false,false]' ] ||
        { echo "got: $srv"; return 1; }
}

# A server's keys outlive the run; the embedded store's die with the process.
test_redis_server_shared_between_runs() {
    redis_start
    local set="$TMP/set.$BASHPID.xs" get="$TMP/get.$BASHPID.xs" ws
    printf 'function "s" {\n  input {\n  }\n  stack {\n    redis.incr {\n      key = "runs"\n      by = 1\n    } as $n\n  }\n  response = $n\n}\n' > "$set"
    ws="$(redis_workspace "$REDIS_URL" shared)"
    [ "$(redis_run "$set" "$ws")" = 1 ]
    [ "$(redis_run "$set" "$ws")" = 2 ]
    [ "$(redis_run "$set" "")" = 1 ]
    [ "$(redis_run "$set" "")" = 1 ]
    # Nothing but the server has the key, under the statement's JSON form.
    printf 'function "g" {\n  input {\n  }\n  stack {\n    redis.get {\n      key = "runs"\n    } as $n\n  }\n  response = $n\n}\n' > "$get"
    [ "$(redis_run "$get" "$ws")" = 2 ]
}

# A refused connection is a catchable error naming the statement.
test_redis_refused_is_catchable() {
    redis_start
    local port="$REDIS_PORT" f="$TMP/refused.$BASHPID.xs" ws out
    kill "$REDIS_PID"
    wait "$REDIS_PID" 2> /dev/null || true
    cat > "$f" << 'XS'
function "refused" {
  input {
  }
  stack {
    try_catch {
      try {
        redis.get {
          key = "k"
        } as $v
      }
      catch {
        var $v {
          value = $error.message
        }
      }
    }
  }
  response = $v
}
XS
    ws="$(redis_workspace "redis://127.0.0.1:$port/0" refused)"
    out="$(redis_run "$f" "$ws")"
    redis_expect_has "$out" "\"redis.get: cannot connect to redis at 127.0.0.1:$port: Connection refused\""
}

# A server that stops answering: the statement fails after timeout_ms.
test_redis_timeout_is_an_error() {
    redis_start
    local f="$TMP/timeout.$BASHPID.xs" ws out start
    printf 'function "t" {\n  input {\n  }\n  stack {\n    redis.set {\n      key = "k"\n      data = 1\n      ttl = 0\n    }\n  }\n  response = 1\n}\n' > "$f"
    ws="$(redis_workspace "$REDIS_URL" timeout ', "timeout_ms": 300')"
    kill -STOP "$REDIS_PID"
    start=$(date +%s%N)
    out="$(redis_run "$f" "$ws")"
    kill -CONT "$REDIS_PID"
    redis_expect_has "$out" '"name":"ERROR_FATAL"' '"message":"redis.set: '
    [ $(( ($(date +%s%N) - start) / 1000000 )) -lt 5000 ] || { echo "took too long"; return 1; }
}

# xsflow.json's "redis" is checked when the workspace loads.
test_redis_config_checked() {
    local ws="$TMP/redis-badcfg.$BASHPID" out rc=0
    mkdir -p "$ws"
    echo '{"redis": {"url": "http://127.0.0.1:6379"}}' > "$ws/xsflow.json"
    printf 'function "f" {\n  input {\n  }\n  stack {\n  }\n  response = 1\n}\n' > "$ws/f.xs"
    out="$("$XSFLOW" run "$ws/f.xs" --workspace "$ws" 2>&1)" || rc=$?
    [ "$rc" -ne 0 ] || { echo "a bad url was accepted"; return 1; }
    redis_expect_has "$out" "redis 'url' must be a redis:// url"
}

# Concurrent requests of `xsflow http serve` (several threads, a connection
# each on a server; one mutex on the embedded store) lose no increment.
test_redis_serve_threads_count_every_hit() {
    redis_start
    local ws url backend out i port serve_pid pids
    for backend in embedded server; do
        ws="$TMP/redis-serve.$BASHPID.$backend"
        mkdir -p "$ws/apis/c"
        printf 'api_group c {\n  canonical = "c"\n}\n' > "$ws/apis/c/api_group.xs"
        printf 'query hit verb=POST {\n  input {\n  }\n  stack {\n    redis.incr {\n      key = "hits"\n      by = 1\n    } as $n\n  }\n  response = $n\n}\n' > "$ws/apis/c/hit.xs"
        [ "$backend" = embedded ] || printf '{"redis": {"url": "%s"}}\n' "$REDIS_URL" > "$ws/xsflow.json"
        "$XSFLOW" http serve "$ws" --listen 127.0.0.1:0 --threads 4 > "$ws/out" 2> "$ws/err" &
        serve_pid=$!
        REDIS_PIDS="${REDIS_PIDS:-} $serve_pid"
        for i in $(seq 100); do
            grep -q '^listening on ' "$ws/out" && break
            sleep 0.1
        done
        port="$(grep '^listening on ' "$ws/out" | head -1 | grep -o ':[0-9]\+' | tail -1 | tr -d :)"
        [ -n "$port" ] || { cat "$ws/out" "$ws/err"; return 1; }
        url="http://127.0.0.1:$port/api/c/hit"
        pids=""
        for i in 1 2 3 4; do
            (for _ in $(seq 10); do curl -s --max-time 10 -X POST "$url" > /dev/null; done) &
            pids="$pids $!"
        done
        wait $pids
        out="$(curl -s --max-time 10 -X POST "$url")"
        kill "$serve_pid"
        wait "$serve_pid" 2> /dev/null || true
        [ "$out" = 41 ] || { echo "$backend: hit 41 gave $out"; cat "$ws/err"; return 1; }
        if grep -q "Sanitizer\|runtime error:" "$ws/err"; then
            head -40 "$ws/err"
            return 1
        fi
    done
}
