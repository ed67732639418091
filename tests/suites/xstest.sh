# `xsflow test`: test blocks in functions, workflow_tests, every expect.*
# assertion passing and failing, to_throw, --junit, --filter and exit
# codes. Each case writes its workspace under $TMP. Sourced by tests/run
# ($XSFLOW, $TMP, $ROOT).

# xt_ws NAME: a fresh workspace directory; prints its path.
xt_ws() {
    local d="$TMP/xstest-$1"
    rm -rf "$d"
    mkdir -p "$d"
    echo "$d"
}

# The function every case tests: its response has one field per kind of
# value the assertions look at.
xt_subject() {
    cat > "$1/subject.xs" <<'EOF'
function subject {
  input {
    int a
    int b
  }

  stack {
    precondition ($input.b != 0) {
      error_type = "inputerror"
      error = "b must not be zero"
    }

    var $sum {
      value = $input.a + $input.b
    }
  }

  response = {
    sum   : $sum
    ratio : $input.a / $input.b
    name  : "hello world"
    list  : [1, 2, 3]
    empty : []
    yes   : true
    no    : false
    none  : null
    past  : 1000
    future: 4102444800000
    day   : "2001-02-03"
  }
}
EOF
}

# xt_tests FILE NAME INPUT: appends a function calling subject with one
# test per assertion read from stdin ("kind|attrs" lines).
xt_tests() {
    local file="$1" n=0 kind arg attrs
    {
        echo "function $2 {"
        echo "  input {"
        echo "    int a"
        echo "    int b"
        echo "  }"
        echo "  stack {"
        echo "    function.run subject {"
        echo "      input = {a: \$input.a, b: \$input.b}"
        echo "    } as \$r"
        echo "  }"
        echo "  response = \$r"
        while IFS='|' read -r kind arg attrs; do
            n=$((n + 1))
            echo "  test \"$n $kind\" {"
            echo "    input = $3"
            if [ -n "$attrs" ]; then
                echo "    expect.$kind (\$response.$arg) {"
                echo "      ${attrs//;/$'\n'      }"
                echo "    }"
            else
                echo "    expect.$kind (\$response.$arg)"
            fi
            echo "  }"
        done
        echo "}"
    } > "$file"
}

XT_PASSING='to_equal|sum|value = 42
to_equal|list|value = [1, 2, 3]
to_not_equal|sum|value = 41
to_be_true|yes|
to_be_false|no|
to_be_null|none|
to_not_be_null|sum|
to_be_defined|name|
to_not_be_defined|missing|
to_be_empty|empty|
to_contain|list|value = 2
to_contain|name|value = "lo wo"
to_start_with|name|value = "hello"
to_end_with|name|value = "world"
to_match|name|value = "^hel+o\\s"
to_be_greater_than|sum|value = 41
to_be_less_than|sum|value = 43
to_be_within|sum|min = 40;max = 42
to_be_in_the_past|past|
to_be_in_the_past|day|
to_be_in_the_future|future|'

XT_FAILING='to_equal|sum|value = 43
to_equal|list|value = [1, 2]
to_not_equal|sum|value = 42
to_be_true|no|
to_be_false|yes|
to_be_null|sum|
to_not_be_null|none|
to_be_defined|missing|
to_not_be_defined|name|
to_be_empty|list|
to_contain|list|value = 7
to_contain|name|value = "bye"
to_start_with|name|value = "world"
to_end_with|name|value = "hello"
to_match|name|value = "^\\d+$"
to_be_greater_than|sum|value = 42
to_be_less_than|sum|value = 42
to_be_within|sum|min = 0;max = 41
to_be_in_the_past|future|
to_be_in_the_future|past|
to_be_in_the_future|day|'

# Every assertion kind passes on a value that satisfies it.
test_xstest_assertions_pass() {
    local d
    d="$(xt_ws pass)"
    xt_subject "$d"
    echo "$XT_PASSING" | xt_tests "$d/pass.xs" checks "{a: 20, b: 22}"
    "$XSFLOW" test --workspace "$d" > "$d/out" || { cat "$d/out"; return 1; }
    cat "$d/out"
    [ "$(grep -c '^ok ' "$d/out")" -eq 21 ]
    ! grep -q '^FAIL' "$d/out"
    tail -1 "$d/out" | grep -qx '21 passed, 0 failed'
}

# Every assertion kind fails on a value that does not satisfy it, and the
# failure names the assertion, what it expected and what it got, with the
# statement's file:line:col.
test_xstest_assertions_fail() {
    local d rc=0
    d="$(xt_ws fail)"
    xt_subject "$d"
    echo "$XT_FAILING" | xt_tests "$d/fail.xs" checks "{a: 20, b: 22}"
    "$XSFLOW" test --workspace "$d" > "$d/out" || rc=$?
    cat "$d/out"
    [ "$rc" -eq 1 ]
    [ "$(grep -c '^FAIL ' "$d/out")" -eq 21 ]
    ! grep -q '^ok ' "$d/out"
    tail -1 "$d/out" | grep -qx '0 passed, 21 failed'
    # The first test: expect.to_equal on line 14, column 5 of fail.xs.
    grep -q '/fail.xs:14:5: expect.to_equal: expected 43, got 42$' "$d/out"
    grep -q 'expect.to_contain: expected something containing 7, got \[1,2,3\]' "$d/out"
    grep -q 'expect.to_be_within: expected a value within \[min, max\] \[0,41\], got 42' "$d/out"
    local kind
    for kind in $(echo "$XT_FAILING" | cut -d'|' -f1 | sort -u); do
        grep -q "expect.$kind: expected" "$d/out" || { echo "no failure message for $kind"; return 1; }
    done
}

# expect.to_throw passes when the function raises (its exception, even
# computed, matches the code, name or part of the message) and fails when
# it does not; a test without to_throw fails when the function raises.
test_xstest_to_throw() {
    local d rc=0
    d="$(xt_ws throw)"
    xt_subject "$d"
    cat > "$d/throw.xs" <<'EOF'
function thrower {
  input {
    int a
    int b
  }
  stack {
    function.run subject {
      input = {a: $input.a, b: $input.b}
    } as $r
  }
  response = $r

  test "throws any" {
    input = {a: 1, b: 0}
    expect.to_throw
  }

  test "throws by code" {
    input = {a: 1, b: 0}
    expect.to_throw {
      exception = "ERROR_CODE_INPUT_ERROR"
    }
  }

  test "throws by message" {
    input = {a: 1, b: 0}
    expect.to_throw {
      exception = "must not be zero"
    }
  }

  test "throws by computed message" {
    input = {a: 1, b: 0}
    expect.to_throw {
      exception = "must not" ~ " be zero"
    }
  }

  test "throws something else" {
    input = {a: 1, b: 0}
    expect.to_throw {
      exception = "ERROR_CODE_NOT_FOUND"
    }
  }

  test "does not throw" {
    input = {a: 1, b: 1}
    expect.to_throw
  }

  test "raises unexpectedly" {
    input = {a: 1, b: 0}
    expect.to_equal ($response.sum) {
      value = 1
    }
  }
}
EOF
    "$XSFLOW" test "$d/throw.xs" --workspace "$d" > "$d/out" || rc=$?
    cat "$d/out"
    [ "$rc" -eq 1 ]
    grep -qx 'ok   thrower: throws any' "$d/out"
    grep -qx 'ok   thrower: throws by code' "$d/out"
    grep -qx 'ok   thrower: throws by message' "$d/out"
    grep -qx 'ok   thrower: throws by computed message' "$d/out"
    grep -qx 'FAIL thrower: throws something else' "$d/out"
    grep -q 'expect.to_throw: expected an error matching "ERROR_CODE_NOT_FOUND", got ERROR_CODE_INPUT_ERROR: b must not be zero' "$d/out"
    grep -qx 'FAIL thrower: does not throw' "$d/out"
    grep -q 'expect.to_throw: expected an error, got "no error"' "$d/out"
    grep -qx 'FAIL thrower: raises unexpectedly' "$d/out"
    grep -q 'the function raised ERROR_CODE_INPUT_ERROR: b must not be zero' "$d/out"
    tail -1 "$d/out" | grep -qx '4 passed, 3 failed'
}

# A workflow_test runs its stack: function.run, then assertions on what
# it returned; a failing assertion fails it with its location.
test_xstest_workflow() {
    local d rc=0
    d="$(xt_ws workflow)"
    xt_subject "$d"
    cat > "$d/flow.xs" <<'EOF'
workflow_test sums_chain {
  stack {
    function.run subject {
      input = {a: 5, b: 10}
    } as $first

    function.run subject {
      input = {a: $first.sum, b: 1}
    } as $second

    expect.to_equal ($second.sum) {
      value = 16
    }

    expect.to_start_with ($second.name) {
      value = "hello"
    }
  }
}
EOF
    cat > "$d/flow_bad.xs" <<'EOF'
workflow_test sums_wrong {
  stack {
    function.run subject {
      input = {a: 5, b: 10}
    } as $first

    expect.to_be_less_than ($first.sum) {
      value = 10
    }
  }
}
EOF
    "$XSFLOW" test --workspace "$d" > "$d/out" || rc=$?
    cat "$d/out"
    [ "$rc" -eq 1 ]
    grep -qx 'ok   sums_chain' "$d/out"
    grep -qx 'FAIL sums_wrong' "$d/out"
    grep -q '/flow_bad.xs:7:5: expect.to_be_less_than: expected a value less than 10, got 15' "$d/out"
    # Only the passing one: a PATH limits the run, and then it exits 0.
    "$XSFLOW" test "$d/flow.xs" > "$d/out2"
    cat "$d/out2"
    tail -1 "$d/out2" | grep -qx '1 passed, 0 failed'
}

# --junit writes well-formed JUnit XML with one testcase per test and a
# failure element for each failed one; --filter keeps matching names.
test_xstest_junit_and_filter() {
    local d rc=0
    d="$(xt_ws junit)"
    xt_subject "$d"
    printf '%s\n' 'to_equal|sum|value = 42' 'to_equal|name|value = "<&\"'"'"'>"' \
        | xt_tests "$d/j.xs" checks "{a: 20, b: 22}"
    "$XSFLOW" test --workspace "$d" --junit "$d/report.xml" > "$d/out" || rc=$?
    cat "$d/out" "$d/report.xml"
    [ "$rc" -eq 1 ]
    python3 - "$d/report.xml" <<'EOF'
import sys, xml.dom.minidom
doc = xml.dom.minidom.parse(sys.argv[1])
cases = doc.getElementsByTagName("testcase")
assert len(cases) == 2, len(cases)
fails = doc.getElementsByTagName("failure")
assert len(fails) == 1, len(fails)
assert cases[1].getAttribute("name") == "checks: 2 to_equal", cases[1].getAttribute("name")
assert cases[1].getAttribute("classname").endswith("/j.xs")
msg = fails[0].getAttribute("message")
assert '"<&' in msg, msg
suite = doc.getElementsByTagName("testsuite")[0]
assert suite.getAttribute("tests") == "2" and suite.getAttribute("failures") == "1"
EOF
    "$XSFLOW" test --workspace "$d" --filter "1 to_equal" > "$d/out2"
    cat "$d/out2"
    tail -1 "$d/out2" | grep -qx '1 passed, 0 failed'
}

# Exit codes: 0 all pass (and no tests at all), 1 a failure or a workspace
# that does not load, 2 bad arguments.
test_xstest_exit_codes() {
    local d rc
    d="$(xt_ws exit)"
    xt_subject "$d"
    "$XSFLOW" test --workspace "$d" > "$d/out"
    tail -1 "$d/out" | grep -qx '0 passed, 0 failed'
    rc=0; "$XSFLOW" test --bogus > /dev/null 2>&1 || rc=$?
    [ "$rc" -eq 2 ]
    rc=0; "$XSFLOW" test "$d/no-such-file.xs" > /dev/null 2>&1 || rc=$?
    [ "$rc" -eq 2 ]
    echo 'function broken {' > "$d/broken.xs"
    rc=0; "$XSFLOW" test --workspace "$d" > /dev/null 2>&1 || rc=$?
    [ "$rc" -eq 1 ]
}

# A mock on a statement other than function.run or api.request is not
# supported: the test it names fails with a message that says so, before
# the function runs.
test_xstest_mock_unsupported() {
    local d rc=0
    d="$(xt_ws mock)"
    cat > "$d/m.xs" <<'EOF'
function mocked {
  input {
  }
  stack {
    var $x {
      value = 1
      mock = {"uses mock": 5}
    }
  }
  response = $x

  test "uses mock" {
    expect.to_equal ($response) {
      value = 5
    }
  }

  test "no mock" {
    expect.to_equal ($response) {
      value = 1
    }
  }
}
EOF
    "$XSFLOW" test --workspace "$d" > "$d/out" || rc=$?
    cat "$d/out"
    [ "$rc" -eq 1 ]
    grep -qx 'FAIL mocked: uses mock' "$d/out"
    grep -q '/m.xs:5:5: mock is not supported' "$d/out"
    grep -qx 'ok   mocked: no mock' "$d/out"
}

# A mock on function.run or api.request gives its value instead of making
# the call, in the test it names only; other tests make the call.
test_xstest_mock_calls() {
    local d rc=0
    d="$(xt_ws mockcalls)"
    xt_subject "$d"
    cat > "$d/m.xs" <<'EOF'
function caller {
  input {
    int a
  }
  stack {
    function.run subject {
      input = {a: $input.a, b: 1}
      mock = {"mocked": {sum: 100 + 1}, "mocked text": {sum: "x"|concat:"y"}}
    } as $r

    api.request {
      url = "http://127.0.0.1:9/unreachable"
      method = "GET"
      mock = {"mocked": {response: {status: 200, result: {ok: true}}}}
    } as $api
  }
  response = {sum: $r.sum, ok: $api.response.result.ok}

  test "mocked" {
    input = {a: 1}
    expect.to_equal ($response.sum) {
      value = 101
    }
    expect.to_be_true ($response.ok)
  }

  test "mocked text" {
    input = {a: 1}
    expect.to_equal ($response.sum) {
      value = "xy"
    }
  }
}
EOF
    "$XSFLOW" test --workspace "$d" > "$d/out" || rc=$?
    cat "$d/out"
    [ "$rc" -eq 1 ]
    grep -qx 'ok   caller: mocked' "$d/out"
    # Its function.run is mocked, its api.request is not: the call fails.
    grep -qx 'FAIL caller: mocked text' "$d/out"
    grep -q '/m.xs:11:5: the function raised ERROR_FATAL: api.request' "$d/out"
}

# --db gives the tests a database: a workflow_test adds a row through a
# function and counts it; without --db the same test fails clearly.
test_xstest_db() {
    local d rc=0
    d="$(xt_ws db)"
    cat > "$d/note.xs" <<'EOF'
table note {
  auth = false
  schema {
    int id
    text body
  }
}
EOF
    cat > "$d/flow.xs" <<'EOF'
function note_add {
  input {
    text body
  }
  stack {
    db.add note {
      data = {body: $input.body}
    } as $row
  }
  response = $row
}

workflow_test notes_roundtrip {
  stack {
    function.run note_add {
      input = {body: "first"}
    } as $a

    db.query note {
      return = {type: "count"}
    } as $n

    expect.to_equal ($n) {
      value = 1
    }

    expect.to_equal ($a.body) {
      value = "first"
    }
  }
}
EOF
    "$XSFLOW" db migrate --db "sqlite:$d/x.db" "$d" > /dev/null
    "$XSFLOW" test --workspace "$d" --db "sqlite:$d/x.db" > "$d/out"
    cat "$d/out"
    grep -qx 'ok   notes_roundtrip' "$d/out"
    # without --db: a fresh database with the tables, in a temporary folder
    # that is gone afterwards (the real one above is untouched)
    mkdir "$d/tmp"
    TMPDIR="$d/tmp" "$XSFLOW" test --workspace "$d" > "$d/out2" || rc=$?
    cat "$d/out2"
    [ "$rc" -eq 0 ]
    grep -qx 'ok   notes_roundtrip' "$d/out2"
    [ -z "$(ls -A "$d/tmp")" ]
    [ "$(sqlite3 "$d/x.db" 'SELECT count(*) FROM note')" = 1 ]
}

# A mock on a db.query of the tested function gives its value instead of
# the query, in the test it names only; other tests query the database (a
# fresh, empty one here). A query of a function it calls is not mocked.
test_xstest_mock_db_query() {
    local d rc=0
    d="$(xt_ws mockdb)"
    cat > "$d/note.xs" <<'EOF'
table note {
  auth = false
  schema {
    int id
    text body
  }
}
EOF
    cat > "$d/q.xs" <<'EOF'
function note_count {
  input {
  }
  stack {
    db.query note {
      return = {type: "count"}
      mock = {"counted by the caller": 9}
    } as $n
  }
  response = $n
}

function notes {
  input {
    text prefix
  }
  stack {
    db.query note {
      where = $db.note.body == $input.prefix
      return = {type: "list"}
      mock = {"mocked list": [{id: 1, body: "a" ~ "b"}], "mocked empty": []}
    } as $rows

    conditional {
      if ($input.prefix == "count") {
        function.run note_count as $count
      }
    }
  }
  response = {rows: $rows, count: $count ?? null}

  test "mocked list" {
    input = {prefix: "a"}
    expect.to_equal ($response.rows) {
      value = [{id: 1, body: "ab"}]
    }
  }

  test "mocked empty" {
    input = {prefix: "a"}
    expect.to_be_empty ($response.rows)
  }

  test "not mocked" {
    input = {prefix: "a"}
    expect.to_be_empty ($response.rows)
  }

  test "counted by the caller" {
    input = {prefix: "count"}
    expect.to_equal ($response.count) {
      value = 9
    }
  }
}
EOF
    "$XSFLOW" test --workspace "$d" > "$d/out" || rc=$?
    cat "$d/out"
    [ "$rc" -eq 1 ]
    grep -qx 'ok   notes: mocked list' "$d/out"
    grep -qx 'ok   notes: mocked empty' "$d/out"
    grep -qx 'ok   notes: not mocked' "$d/out"
    # The mock names the test, but its statement belongs to note_count,
    # which counts the (empty) table.
    grep -qx 'FAIL notes: counted by the caller' "$d/out"
    grep -q 'expected 9, got 0\|value 9' "$d/out"
    tail -1 "$d/out" | grep -qx '3 passed, 1 failed'
}

# The example workspace's own tests: a test per worker and orchestrator
# outcome, with reZEN, Slack and the workers mocked. The upserts and the
# orchestrator write to the database, so they run against a fresh SQLite
# file with the workspace's tables and the seed's users and credentials.
# Every test must run and pass: a test skipped or added changes the count.
XT_V2_TESTS=42
test_xstest_v2_backend_example() {
    local ws="$ROOT/examples/v2-backend" db="sqlite:$TMP/xstest-v2.db" t f
    rm -f "$TMP/xstest-v2.db"
    "$XSFLOW" db migrate --db "$db" "$ws" > /dev/null
    for t in user credentials; do
        "$XSFLOW" db import --db "$db" --workspace "$ws" "$t" "$ws/seed/$t.json" > /dev/null
    done
    "$XSFLOW" test --workspace "$ws" --db "$db" > "$TMP/xstest-v2.out" || { cat "$TMP/xstest-v2.out"; return 1; }
    cat "$TMP/xstest-v2.out"
    [ "$(grep -c '^ok ' "$TMP/xstest-v2.out")" -eq "$XT_V2_TESTS" ]
    tail -1 "$TMP/xstest-v2.out" | grep -qx "$XT_V2_TESTS passed, 0 failed"
    # Every worker and orchestrator has tests (a task cannot hold any).
    for f in "$ws"/Workers/*.xs "$ws"/Tasks/*.xs; do
        grep -q '^task ' "$f" && continue
        grep -q '^  test "' "$f" || { echo "no test in $f"; return 1; }
    done
}
