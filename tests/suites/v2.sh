# The seed's system end to end: examples/v2-backend on the durable engine
# (`xsflow serve` + `xsflow enqueue --wait`) against the reZEN stand-in
# (examples/rezen-standin under `xsflow http serve`) and a Slack receiver
# (tests/http/standin.c), with the seed data in a fresh SQLite file. Each
# case copies the workspace to its own directory, points its "env" at
# stand-ins on ports the kernel picks, and stops what it started. Loopback
# only; every wait has a ceiling. Sourced by tests/run ($XSFLOW, $TMP,
# $ROOT).

V2_ORCH="Workers/reZEN - Onboarding Orchestrator"
# The signing secret of the workspace's webhook (xsflow.json "webhooks").
export REZEN_WEBHOOK_SECRET="v2-test-webhook-secret"

# Builds the Slack receiver once per test run; prints its path.
v2_slack_bin() {
    local bin="$TMP/v2-slack-standin"
    if [ ! -x "$bin" ]; then
        cc -std=c17 -D_GNU_SOURCE -O1 -o "$bin.$BASHPID" "$ROOT/tests/http/standin.c" \
            $(pkg-config --cflags --libs libmicrohttpd) && mv "$bin.$BASHPID" "$bin"
    fi
    echo "$bin"
}

# v2_port FILE PATTERN: waits (at most 10 s) for a line matching PATTERN
# in FILE and prints its port ("port N" or "http://HOST:N").
v2_port() {
    local i
    for i in $(seq 100); do
        if grep -q "$2" "$1" 2> /dev/null; then
            grep "$2" "$1" | head -1 | grep -o ':[0-9]\+\|^port [0-9]\+' | head -1 | grep -o '[0-9]\+'
            return 0
        fi
        sleep 0.1
    done
    echo "no '$2' in $1:" >&2
    cat "$1" >&2
    return 1
}

v2_cleanup() {
    local p
    for p in ${V2_PIDS:-}; do kill "$p" 2> /dev/null || true; done
    for p in ${V2_PIDS:-}; do wait "$p" 2> /dev/null || true; done
    if [ -n "${V2_DROP:-}" ]; then
        PGOPTIONS=--client-min-messages=warning psql "$V2_PG" -q \
            -c "DROP DATABASE IF EXISTS $V2_DROP WITH (FORCE)" > /dev/null 2>&1 || true
    fi
}

# v2_setup NAME [SEED-DIR [JQ]]: a copy of the workspace with the
# stand-ins started and the seed data (from SEED-DIR, default the
# example's) loaded; JQ edits its xsflow.json. Sets V2 (the case
# directory), WS, DB and SLACK_LOG, and starts the engine (V2_SERVE).
v2_setup() {
    V2="$TMP/v2.$1"
    local seed="${2:-$ROOT/examples/v2-backend/seed}"
    [ -n "$seed" ] || seed="$ROOT/examples/v2-backend/seed"
    rm -rf "$V2"
    mkdir -p "$V2"
    cp -r "$ROOT/examples/v2-backend" "$V2/ws"
    WS="$V2/ws"
    DB="sqlite:$V2/v2.db"
    SLACK_LOG="$V2/slack.log"
    : > "$SLACK_LOG"
    V2_PIDS=""
    trap v2_cleanup EXIT
    local slack
    slack="$(v2_slack_bin)"
    "$slack" --port 0 --record "$SLACK_LOG" > "$V2/slack.out" 2>&1 &
    V2_PIDS="$V2_PIDS $!"
    "$XSFLOW" http serve "$ROOT/examples/rezen-standin" --listen 127.0.0.1:0 --threads 2 \
        > "$V2/rezen.out" 2> "$V2/rezen.err" &
    V2_PIDS="$V2_PIDS $!"
    local sp rp
    sp="$(v2_port "$V2/slack.out" '^port ')"
    rp="$(v2_port "$V2/rezen.out" '^listening on ')"
    jq --arg r "http://127.0.0.1:$rp/api/rezen" --arg s "http://127.0.0.1:$sp/hook" \
        ".env.REZEN_BASE_URL = \$r | .env.SLACK_WEBHOOK_URL = \$s | ${3:-.}" \
        "$ROOT/examples/v2-backend/xsflow.json" > "$WS/xsflow.json"
    if [ -n "${V2_PG:-}" ]; then
        # a database of its own on the server XS_PG_URL names
        local name="v2_${1//[^a-z0-9]/_}_$$"
        PGOPTIONS=--client-min-messages=warning psql "$V2_PG" -q \
            -c "DROP DATABASE IF EXISTS $name" -c "CREATE DATABASE $name" > /dev/null
        DB="${V2_PG%/*}/$name"
        V2_DROP="$name"
    fi
    "$XSFLOW" db migrate --db "$DB" "$WS" > /dev/null
    local t
    for t in user credentials agents income; do
        "$XSFLOW" db import --db "$DB" --workspace "$WS" "$t" "$seed/$t.json" > /dev/null
    done
    v2_serve
}

# Starts the engine on the case's workspace and waits until it serves
# (on PostgreSQL, an enqueue racing the engine's first start can fail while
# both create the engine's tables); sets V2_SERVE.
v2_serve() {
    local n
    n="$(grep -c '^xsflow: serving' "$V2/serve.log" 2> /dev/null)" || true
    "$XSFLOW" serve "$WS" --db "$DB" --no-scheduler --listen 127.0.0.1:0 \
        >> "$V2/serve.out" 2>> "$V2/serve.log" &
    V2_SERVE=$!
    V2_PIDS="$V2_PIDS $V2_SERVE"
    local i
    for i in $(seq 100); do
        [ "$(grep -c '^xsflow: serving' "$V2/serve.log" 2> /dev/null)" -gt "${n:-0}" ] && return 0
        sleep 0.1
    done
    echo "the engine did not start:" >&2
    cat "$V2/serve.log" >&2
    return 1
}

# v2_run NAME INPUT: runs NAME through the engine and waits (at most 60 s);
# prints the run id. The exit status is enqueue's (1 when the run errs).
v2_run() {
    local rc=0
    timeout 60 "$XSFLOW" enqueue "$1" --input "$2" --wait --workspace "$WS" --db "$DB" \
        > "$V2/enqueue.out" 2>> "$V2/enqueue.err" || rc=$?
    head -1 "$V2/enqueue.out"
    return $rc
}

v2_show() { "$XSFLOW" runs show "$1" --json --workspace "$WS" --db "$DB"; }
v2_table() { "$XSFLOW" db export --db "$DB" --workspace "$WS" "$1"; }

# v2_eq WANT GOT [WHAT]
v2_eq() {
    if [ "$1" != "$2" ]; then
        echo "${3:-value}: want $1"
        echo "${3:-value}:  got $2"
        return 1
    fi
}

# Every file of both workspaces is XanoScript that `xsflow check` accepts
# without a warning.
test_v2_check() {
    (cd "$ROOT/examples" && "$XSFLOW" check v2-backend rezen-standin) > "$TMP/v2check" 2>&1
    [ ! -s "$TMP/v2check" ] || { cat "$TMP/v2check"; return 1; }
}

# A user whose three steps succeed: Complete, every step marked in the job
# record, the rows written, a start and a completion notification.
test_v2_complete() {
    v2_setup complete
    local id
    id="$(v2_run "$V2_ORCH" '{"user_id":1}')"
    v2_eq Complete "$(v2_show "$id" | jq -r .status)" "run status"
    v2_eq '{"success":true,"data":{"user_id":1,"steps_completed":["agent_data","team_roster","rev_share"],"error_count":0},"error":null,"function_name":"reZEN - Onboarding Orchestrator","errors":[]}' \
        "$(v2_show "$id" | jq -c '.result | {success, data, error, function_name: .meta.function_name, errors: .meta.errors}')" "result"
    v2_show "$id" | jq -e '.result.meta.timestamp | type == "number"' > /dev/null
    v2_table job_table | jq -c '.[] | select(.user_id == 1)' > "$V2/job"
    v2_eq '["Complete",true,true,true,[],[],null]' \
        "$(jq -c '[.status, .agent_data, .team_roster, .rev_share, .failed_steps, .errors, .error]' "$V2/job")" "job record"
    jq -e '.started <= .agent_data_started and .agent_data_started <= .agent_data_ended
           and .agent_data_ended <= .team_roster_started and .team_roster_started <= .team_roster_ended
           and .team_roster_ended <= .rev_share_started and .rev_share_started <= .rev_share_ended
           and .rev_share_ended <= .ended and .lastupdated >= .ended' "$V2/job" > /dev/null ||
        { echo "job timestamps out of order:"; cat "$V2/job"; return 1; }
    v2_eq '[1,"Ben","T-001"]' "$(v2_table agents | jq -c '.[] | select(.agent_id == "RZ-0001") | [.user_id, .first_name, .team_id]')" "agent row"
    v2_table agents | jq -e '.[] | select(.agent_id == "RZ-0001") | .synced_at > 0' > /dev/null
    v2_eq 8 "$(v2_table team_roster | jq '[.[] | select(.user_id == 1)] | length')" "team_roster rows"
    v2_eq 5 "$(v2_table revshare | jq '[.[] | select(.user_id == 1)] | length')" "revshare rows"
    v2_eq '["STARTED","COMPLETE"]' "$(v2_table notification_items | jq -c '[.[] | select(.user_id == 1) | .code]')" "notifications"
    v2_eq 0 "$(wc -l < "$SLACK_LOG")" "Slack messages"
    # the engine's own job view has the nine worker steps, all done
    v2_eq '[9,true]' "$(v2_show "$id" | jq -c '[([.steps[] | select(.depth == 1)] | length), ([.steps[] | .success] | all)]')" "engine steps"
}

# Team roster answers 500: Partial, the error text recorded, the other
# steps done and their rows written.
test_v2_partial() {
    v2_setup partial
    local id
    id="$(v2_run "$V2_ORCH" '{"user_id":5}')"
    v2_eq Partial "$(v2_show "$id" | jq -r .status)" "run status"
    v2_table job_table | jq -c '.[] | select(.user_id == 5)' > "$V2/job"
    v2_eq '["Partial",true,false,true,["agent_data","rev_share"],["team_roster"],null]' \
        "$(jq -c '[.status, .agent_data, .team_roster, .rev_share, .steps_completed, .failed_steps, .error]' "$V2/job")" "job record"
    v2_eq '[{"step":"team_roster","error":"reZEN team roster answered HTTP 500: Internal Server Error"}]' \
        "$(jq -c .errors "$V2/job")" "job errors"
    jq -e '.team_roster_started <= .team_roster_ended and .rev_share_ended <= .ended' "$V2/job" > /dev/null
    v2_eq '{"success":true,"data":{"user_id":5,"steps_completed":["agent_data","rev_share"],"error_count":1},"error":null,"errors":[{"step":"team_roster","error":"reZEN team roster answered HTTP 500: Internal Server Error"}]}' \
        "$(v2_show "$id" | jq -c '.result | {success, data, error, errors: .meta.errors}')" "result"
    v2_eq '[0,5]' "$(jq -n --argjson t "$(v2_table team_roster)" --argjson r "$(v2_table revshare)" \
        -c '[([$t[] | select(.user_id == 5)] | length), ([$r[] | select(.user_id == 5)] | length)]')" "rows written"
    v2_eq '["STARTED","PARTIAL"]' "$(v2_table notification_items | jq -c '[.[] | select(.user_id == 5) | .code]')" "notifications"
    v2_show "$id" | jq -e '.steps[] | select(.key == "team_roster_fetch") | .success == false' > /dev/null
}

# The seed's preconditions: a missing user, a user without agent_id, a
# user without an active REZEN key. Each run ends in Error with the
# seed's message before anything is written.
test_v2_missing_user() {
    v2_setup missing
    local id rc=0
    id="$(v2_run "$V2_ORCH" '{"user_id":999}')" || rc=$?
    v2_eq 1 "$rc" "enqueue --wait exit status"
    v2_eq '["Error","User not found with id: 999"]' "$(v2_show "$id" | jq -c '[.status, .error.message]')" "run"
    rc=0
    id="$(v2_run "$V2_ORCH" '{"user_id":12}')" || rc=$?
    v2_eq '["Error","User has no agent_id set"]' "$(v2_show "$id" | jq -c '[.status, .error.message]')" "no agent_id"
    id="$(v2_run "$V2_ORCH" '{"user_id":7}')" || rc=$?
    v2_eq '["Error","No valid API key found for user"]' "$(v2_show "$id" | jq -c '[.status, .error.message]')" "no REZEN credential"
    id="$(v2_run "$V2_ORCH" '{"user_id":31}')" || rc=$?
    v2_eq '["Error","No valid API key found for user"]' "$(v2_show "$id" | jq -c '[.status, .error.message]')" "inactive credential"
    v2_eq 0 "$(v2_table job_table | jq length)" "job records"
    v2_eq 0 "$(v2_table notification_items | jq length)" "notifications"
    # a failed precondition is not retried (max_attempts 1 in xsflow.json)
    v2_eq 1 "$(v2_show "$id" | jq .tries)" "tries"
}

# An exception (reZEN sends cap.amount as text, the agents table refuses
# it in the upsert): Error in the job record with the message and code,
# the Slack message received, an ERROR notification.
test_v2_exception() {
    v2_setup exception
    local id
    id="$(v2_run "$V2_ORCH" '{"user_id":29}')"
    local msg="db.add_or_edit: column 'cap_amount' of table 'agents' (decimal): text is not a number"
    v2_table job_table | jq -c '.[] | select(.user_id == 29)' > "$V2/job"
    v2_eq "[\"Error\",null,null,null,[],\"Failed: $msg\"]" \
        "$(jq -c '[.status, .agent_data, .team_roster, .rev_share, .steps_completed, .error]' "$V2/job")" "job record"
    v2_eq "[{\"step\":\"exception\",\"error\":\"$msg\",\"code\":\"ERROR_CODE_INPUT_ERROR\"}]" \
        "$(jq -c .errors "$V2/job")" "job errors"
    jq -e '.agent_data_started != null and .agent_data_ended == null and .ended >= .started' "$V2/job" > /dev/null
    v2_eq "[false,\"Failed: $msg\",1]" "$(v2_show "$id" | jq -c '.result | [.success, .error, .data.error_count]')" "result"
    v2_eq 1 "$(wc -l < "$SLACK_LOG")" "Slack messages"
    v2_eq "\`\`\`
{
  \"module\": \"reZEN - Onboarding Orchestrator\",
  \"user_id\": 29,
  \"error\": \"$msg\"
}
\`\`\`" "$(jq -r .text "$SLACK_LOG")" "Slack text"
    v2_eq '[["STARTED","Your reZEN onboarding has started"],["ERROR","An error occurred"]]' \
        "$(v2_table notification_items | jq -c '[.[] | select(.user_id == 29) | [.code, .message]]')" "notifications"
    # the team roster and revenue share steps never ran
    v2_eq '[]' "$(v2_show "$id" | jq -c '[.steps[] | select(.key | startswith("team_roster") or startswith("rev_share"))]')" "later steps"
}

# The income walk over 250 agents in batches of 100: three batch steps,
# has_more true, true, false, and the totals of the seed's paid lines
# (computed here independently) with the two bad agents apart.
test_v2_income() {
    local seed="$TMP/v2.income-seed"
    mkdir -p "$seed"
    cp "$ROOT/examples/v2-backend/seed/user.json" "$ROOT/examples/v2-backend/seed/credentials.json" "$seed/"
    jq '.[:250]' "$ROOT/examples/v2-backend/seed/agents.json" > "$seed/agents.json"
    jq '[.[] | select((.agent_id | ltrimstr("RZ-") | tonumber) <= 250)]' \
        "$ROOT/examples/v2-backend/seed/income.json" > "$seed/income.json"
    v2_setup income "$seed"
    local id
    id="$(v2_run "Tasks/Income - Aggregate Every Batch" '{"per_page":100}')"
    v2_show "$id" > "$V2/run"
    v2_eq Partial "$(jq -r .status "$V2/run")" "run status"
    v2_eq '[[1,100,0,true],[2,99,1,true],[3,49,1,false]]' \
        "$(jq -c '[.result.data.batches[] | [.page, .processed, .failed, .has_more]]' "$V2/run")" "batches"
    v2_eq '["income_aggregate_all_agents","income_aggregate_all_agents_2","income_aggregate_all_agents_3"]' \
        "$(jq -c '[.steps[] | select(.depth == 1) | .key]' "$V2/run")" "batch steps"
    v2_eq 250 "$(jq '[.steps[] | select(.depth == 2)] | length' "$V2/run")" "agent steps"
    # totals: paid lines of agents whose lines all have a valid amount
    local want
    want="$(jq -c '[group_by(.agent_id)[] | [.[] | select(.status == "paid")]
        | select(all(.[]; .amount != null and .amount >= 0))
        | (map(.amount) | add // 0)] | [length, (add * 100 | round / 100)]' "$seed/income.json")"
    v2_eq "$want" "$(jq -c '.result.data | [.processed, .total_income]' "$V2/run")" "processed and total income"
    v2_eq '[250,2,false]' "$(jq -c '.result | [.data.agents, .data.failed, .success]' "$V2/run")" "agents and failures"
    v2_eq '["RZ-0111","RZ-0222"]' "$(jq -c '[.result.meta.errors[].agent_id]' "$V2/run")" "failed agents"
    jq -e '.result.meta.errors[0].error | test("invalid amount: null")' "$V2/run" > /dev/null
    # one batch on its own: the traverse's aggregate result
    id="$(v2_run "Workers/Income - Aggregate All Agents" '{"page":3,"per_page":100}')"
    v2_eq '[false,49,1,false,250]' \
        "$(v2_show "$id" | jq -c '.result | [.success, .processed, .failed, .has_more, .items_total]')" "page 3"
}

# The scheduled task, run once now (`xsflow task run`): every user with an
# agent_id is onboarded as a step of the task's run and the income walked;
# a second sweep re-syncs only the users without a fresh job record.
test_v2_nightly() {
    v2_setup nightly
    timeout 60 "$XSFLOW" task run "Tasks/Nightly reZEN Sync" --workspace "$WS" --db "$DB" \
        > "$V2/task.out" 2> "$V2/task.err"
    local id
    id="$(grep -o '^run [0-9]*' "$V2/task.err" | grep -o '[0-9]*')"
    v2_eq Partial "$(v2_show "$id" | jq -r .status)" "run status"
    v2_eq '[["Complete",29],["Error",1],["Partial",3]]' \
        "$(v2_table job_table | jq -c '[group_by(.status)[] | [.[0].status, length]]')" "job records"
    v2_eq '[35,1]' "$(v2_show "$id" | jq -c '[.steps[] | select(.depth == 1) | .callee]
        | [(map(select(. == "Workers/reZEN - Onboarding Orchestrator")) | length),
           (map(select(. == "Tasks/Income - Aggregate Every Batch")) | length)]')" "top-level steps"
    grep -q '"user_id":7,"error":"No valid API key found for user"' "$V2/task.err"
    # again: only users 7 and 31 (refused, so no job record) are tried
    timeout 60 "$XSFLOW" task run "Tasks/Nightly reZEN Sync" --workspace "$WS" --db "$DB" \
        > "$V2/task.out" 2> "$V2/task.err"
    id="$(grep -o '^run [0-9]*' "$V2/task.err" | grep -o '[0-9]*')"
    v2_eq '[7,31]' "$(v2_show "$id" | jq -c '[.steps[] | select(.depth == 1 and .callee == "Workers/reZEN - Onboarding Orchestrator") | .input.user_id]')" "second sweep"
}

# The walk killed halfway (SIGKILL of `xsflow serve`) resumes in a new
# process at the batch it was in: the batches recorded before the kill are
# replayed, not run again, and the totals come out right. 2000 agents in
# batches of one make the walk long enough to be caught mid-way.
v2_status() {
    "$XSFLOW" runs --json --limit 1000 --workspace "$WS" --db "$DB" | jq -r --argjson id "$1" '.[] | select(.id == $id) | .status'
}
test_v2_resume() {
    local seed="$TMP/v2.resume-seed"
    mkdir -p "$seed"
    cp "$ROOT"/examples/v2-backend/seed/{user,credentials,income}.json "$seed/"
    jq '. + [range(1001; 2701) | {agent_id: ("RZ-" + tostring), first_name: "Extra", status: "ACTIVE"}]' \
        "$ROOT/examples/v2-backend/seed/agents.json" > "$seed/agents.json"
    v2_setup resume "$seed" '.engine.lease_ms = 300 | .engine.poll_ms = 20'
    local id
    id="$("$XSFLOW" enqueue "Tasks/Income - Aggregate Every Batch" --input '{"per_page":1}' \
        --workspace "$WS" --db "$DB")"
    local i n=0
    for i in $(seq 1000); do
        n="$(v2_show "$id" | jq '[.steps[] | select(.depth == 1)] | length')"
        [ "$n" -lt 5 ] || break
        sleep 0.01
    done
    kill -9 "$V2_SERVE"
    wait "$V2_SERVE" 2> /dev/null || true
    v2_show "$id" > "$V2/before"
    local st
    st="$(jq -r .status "$V2/before")"
    [ "$st" = Processing ] || [ "$st" = Started ] || { echo "walk not caught mid-way: $st after $n batches"; return 1; }
    jq -c '[.steps[] | select(.depth == 1 and .ended != null) | [.key, .started, .ended]]' "$V2/before" > "$V2/done-before"
    v2_serve
    for i in $(seq 600); do
        st="$(v2_status "$id")"
        case "$st" in Complete|Partial|Error) break ;; esac
        sleep 0.1
    done
    v2_show "$id" > "$V2/after"
    v2_eq '["Partial",2]' "$(jq -c '[.status, .claims]' "$V2/after")" "status and claims"
    v2_eq '[2000,1998,2,1156734.5]' "$(jq -c '.result.data | [(.batches | length), .processed, .failed, .total_income]' "$V2/after")" "totals"
    # every batch done before the kill kept its record: replayed, not re-run
    jq -c --slurpfile before "$V2/done-before" '[.steps[] | select(.depth == 1) | [.key, .started, .ended]] as $now
        | [$before[0][] | select(. as $b | $now | index([$b]) | not)]' "$V2/after" > "$V2/rerun"
    v2_eq '[]' "$(cat "$V2/rerun")" "batches run again"
    [ "$(jq length "$V2/done-before")" -ge 5 ]
}

# On PostgreSQL (when XS_PG_URL is set): the users that cover every
# outcome, through the engine, with the same job records and Results.
test_v2_postgres() {
    [ -n "${XS_PG_URL:-}" ] || return 77
    V2_PG="$XS_PG_URL"
    v2_setup pg
    local u id ids=""
    for u in 1 5 23 29 7 999; do
        id="$(v2_run "$V2_ORCH" "{\"user_id\":$u}")" || true
        ids="$ids $id"
    done
    v2_eq '[[1,"Complete"],[5,"Partial"],[23,"Partial"],[29,"Error"]]' \
        "$(v2_table job_table | jq -c 'sort_by(.user_id) | map([.user_id, .status])')" "job records"
    v2_eq '[{"step":"team_roster","error":"reZEN team roster answered HTTP 500: Internal Server Error"}]' \
        "$(v2_table job_table | jq -c '.[] | select(.user_id == 5) | .errors')" "user 5 errors"
    v2_eq '["No valid API key found for user","User not found with id: 999"]' \
        "$(for id in $ids; do v2_show "$id"; done | jq -sc '[.[] | select(.status == "Error") | .error.message] | sort')" "refusals"
    v2_eq 1 "$(wc -l < "$SLACK_LOG")" "Slack messages"
    id="$(v2_run "Tasks/Income - Aggregate Every Batch" '{"per_page":100}')"
    v2_eq '[[true,true,false],298,1156734.5]' \
        "$(v2_show "$id" | jq -c '.result.data | [[.batches[].has_more], .processed, .total_income]')" "income"
}

# The webhook of xsflow.json starts onboarding for one user: a signed
# delivery gets 202 and a durable run; the same delivery sent again with the
# same Idempotency-Key (a sender's retry) gets the first run back, and the
# user is onboarded once: one run, one job record, one pair of
# notifications. A delivery without a valid signature queues nothing.
test_v2_webhook() {
    v2_setup webhook
    local port body ts sig first again id i
    port="$(v2_port "$V2/serve.out" '^listening on ')"
    body='{"user_id":1}'
    ts="$(date +%s)"
    sig="$(printf '%s.%s' "$ts" "$body" | openssl dgst -sha256 -hmac "$REZEN_WEBHOOK_SECRET" -r | cut -d' ' -f1)"
    post() {
        curl -sS --max-time 10 -w ' %{http_code}' -X POST "http://127.0.0.1:$port/hooks/rezen/onboard" \
            -H 'Content-Type: application/json' -H 'Idempotency-Key: onboard-1-2026-11-26' \
            -H "X-Xsflow-Timestamp: $ts" -H "X-Xsflow-Signature: sha256=$sig" "$@" --data-binary "$body"
    }
    first="$(post)"
    again="$(post)"
    v2_eq 202 "${first##* }" "first delivery"
    v2_eq 200 "${again##* }" "second delivery"
    id="$(jq .run_id <<< "${first% *}")"
    v2_eq "$id" "$(jq .run_id <<< "${again% *}")" "the second delivery's run"
    # an unsigned delivery for another user is refused and queues nothing
    v2_eq 401 "$(curl -sS --max-time 10 -o /dev/null -w '%{http_code}' -X POST \
        "http://127.0.0.1:$port/hooks/rezen/onboard" -H 'Content-Type: application/json' -d '{"user_id":2}')" "unsigned"
    for i in $(seq 600); do
        case "$(v2_show "$id" | jq -r .status)" in Complete | Partial | Error) break ;; esac
        sleep 0.1
    done
    v2_eq Complete "$(v2_show "$id" | jq -r .status)" "run status"
    v2_eq webhook "$(v2_show "$id" | jq -r .origin)" "run origin"
    v2_eq 1 "$("$XSFLOW" runs --json --workspace "$WS" --db "$DB" | jq length)" "runs"
    v2_eq '[1,"Complete"]' "$(v2_table job_table | jq -c '[length, .[0].status]')" "job records"
    v2_eq '["STARTED","COMPLETE"]' "$(v2_table notification_items | jq -c '[.[] | .code]')" "notifications"
}
