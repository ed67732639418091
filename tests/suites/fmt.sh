# fmt and check: canonical output parses back to the same tree, the loose
# forms of the seed are accepted with a warning and written canonically,
# and check's exit codes and JSON. Sourced by tests/run ($XSFLOW, $TMP, $ROOT).

# Every golden that parses must survive fmt unchanged in meaning, and
# formatting twice must change nothing.
test_fmt_roundtrip_goldens() {
    local f bad=0
    for f in "$ROOT"/tests/lang/parse/*.xs "$ROOT"/tests/lang/run/*.xs; do
        [ -e "$f" ] || continue
        "$XSFLOW" check "$f" > /dev/null 2>&1 || continue
        "$XSFLOW" fmt --check-roundtrip "$f" || bad=1
    done
    return $bad
}

# The same over the conformance corpus's valid documents, when it is there.
test_fmt_roundtrip_corpus() {
    local dir="${XS_CONFORMANCE:-$ROOT/../shared/conformance}/corpus" f bad=0
    [ -d "$dir" ] || return 0
    for f in "$dir"/valid/*.xs "$dir"/fragments/valid/*.xs "$dir"/docs/valid/*.xs; do
        [ -e "$f" ] || continue
        "$XSFLOW" fmt --check-roundtrip "$f" > /dev/null || { echo "round trip: $f"; bad=1; }
    done
    return $bad
}

# The seed's loose forms: accepted with a warning naming the canonical form.
test_fmt_loose_forms() {
    cat > "$TMP/loose.xs" <<'XS'
function loose {
  input {
  }

  stack {
    var $errors {
      value = []|push:({
        |set:"step":"one"
        |set:"error":"boom"
      })
    }

    db.query credentials {
      where = $db.credentials.user_id == 1
           && $db.credentials.active
    } as $creds

    function.run "Workers/Step-N" {
      input = {...}
    } as $step
  }

  response = $errors
}
XS
    "$XSFLOW" check "$TMP/loose.xs" 2> "$TMP/loose.err"
    grep -q "warning: filters inside braces: write '{}|set...'" "$TMP/loose.err"
    grep -q "warning: '&&' at the start of a line" "$TMP/loose.err"
    grep -q "warning: placeholder '{...}' read as an empty object" "$TMP/loose.err"
    ! "$XSFLOW" check --strict "$TMP/loose.xs" 2> /dev/null
    "$XSFLOW" fmt "$TMP/loose.xs" > "$TMP/canon.xs"
    grep -q 'value = \[\]|push:({}|set:"step":"one"|set:"error":"boom")' "$TMP/canon.xs"
    grep -q 'where = \$db.credentials.user_id == 1 && \$db.credentials.active' "$TMP/canon.xs"
    grep -q 'input = {}' "$TMP/canon.xs"
    # The canonical form parses without a warning.
    "$XSFLOW" check --strict "$TMP/canon.xs"
}

# An operator after an argument-less filter (the seed's `$failures|count ==
# 0`) is a warning (Xano's parser rejects it) and fmt adds the parentheses.
test_fmt_operator_after_filter() {
    printf 'function f {\n  input {\n  }\n\n  stack {\n    var $n {\n      value = [1]|count == 1\n    }\n  }\n\n  response = $n\n}\n' > "$TMP/op.xs"
    "$XSFLOW" check "$TMP/op.xs" 2> "$TMP/op.err"
    grep -q "op.xs:7:25: warning: Xano's parser rejects an operator after a filter" "$TMP/op.err"
    "$XSFLOW" fmt "$TMP/op.xs" | grep -q 'value = (\[1\]|count) == 1'
}

# limit/offset on db.query, as the seed writes them: a warning showing the
# paging form.
test_fmt_db_query_limit_offset() {
    printf 'function f {\n  input {\n  }\n\n  stack {\n    db.query t {\n      return = {type: "list"}\n      limit = 10\n      offset = 20\n    } as $rows\n  }\n\n  response = $rows\n}\n' > "$TMP/lim.xs"
    "$XSFLOW" check "$TMP/lim.xs" 2> "$TMP/lim.err"
    grep -q "lim.xs:8:7: warning: Xano's parser rejects attribute 'limit' in db.query: write return" "$TMP/lim.err"
    grep -q "lim.xs:9:7: warning: Xano's parser rejects attribute 'offset'" "$TMP/lim.err"
    ! "$XSFLOW" check --strict "$TMP/lim.xs" 2> /dev/null
}

# check: 0 when clean, 1 on an error with file:line:col and a caret, 2 on usage.
test_fmt_check_exit_codes() {
    printf 'function ok {\n  stack {\n  }\n}\n' > "$TMP/ok.xs"
    printf 'function bad {\n  stack {\n    var $x {\n      value = (1 + \n    }\n  }\n}\n' > "$TMP/bad.xs"
    "$XSFLOW" check "$TMP/ok.xs"
    local rc=0
    "$XSFLOW" check "$TMP/bad.xs" 2> "$TMP/bad.err" || rc=$?
    [ "$rc" -eq 1 ]
    grep -q "bad.xs:4:[0-9]*: error: " "$TMP/bad.err"
    grep -q '\^' "$TMP/bad.err"
    rc=0
    "$XSFLOW" check > /dev/null 2>&1 || rc=$?
    [ "$rc" -eq 2 ]
    # A directory is searched for *.xs files.
    mkdir -p "$TMP/ws/sub"
    cp "$TMP/ok.xs" "$TMP/ws/sub/"
    "$XSFLOW" check "$TMP/ws"
    cp "$TMP/bad.xs" "$TMP/ws/"
    ! "$XSFLOW" check "$TMP/ws" 2> /dev/null
}

test_fmt_check_json() {
    printf 'function bad {\n  stack {\n    var $x {\n      value = [1, 2\n    }\n  }\n}\n' > "$TMP/j.xs"
    local rc=0
    "$XSFLOW" check --json "$TMP/j.xs" > "$TMP/j.json" || rc=$?
    [ "$rc" -eq 1 ]
    grep -q "\"files\": 1, \"failed\": 1" "$TMP/j.json"
    grep -q "\"line\":5" "$TMP/j.json"
    grep -q "\"severity\":\"error\"" "$TMP/j.json"
}
