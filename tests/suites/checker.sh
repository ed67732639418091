# check's workspace warnings (lang/checker.h): what Xano's parser accepts
# but is probably a mistake. Each case writes a small workspace, asserts the
# warning at its file:line:col, that check still exits 0 (and 1 with
# --strict), and that the corrected variant gives no warning at all.
# Sourced by tests/run ($XSFLOW, $TMP, $ROOT).

# chk_ws NAME: a fresh workspace directory $TMP/NAME, printed.
chk_ws() {
    rm -rf "${TMP:?}/$1"
    mkdir -p "$TMP/$1"
    echo "$TMP/$1"
}

# chk_warns DIR PATTERN: check DIR exits 0, prints a warning matching
# PATTERN (grep -E), and --strict fails.
chk_warns() {
    "$XSFLOW" check "$1" 2> "$TMP/chk.err" || { cat "$TMP/chk.err"; return 1; }
    grep -E "$2" "$TMP/chk.err" || { echo "no warning matching: $2"; cat "$TMP/chk.err"; return 1; }
    ! "$XSFLOW" check --strict "$1" 2> /dev/null
}

# chk_clean DIR: check DIR exits 0 without any diagnostic, also with --strict.
chk_clean() {
    "$XSFLOW" check --strict "$1" 2> "$TMP/chk.err" || { cat "$TMP/chk.err"; return 1; }
    [ ! -s "$TMP/chk.err" ] || { echo "want no diagnostics:"; cat "$TMP/chk.err"; return 1; }
}

test_checker_duplicate_names() {
    local ws
    ws="$(chk_ws dup)"
    mkdir -p "$ws/a" "$ws/b"
    printf 'function "Workers/Step-1" {\n  input {\n  }\n\n  stack {\n  }\n\n  response = 1\n}\n' > "$ws/a/one.xs"
    printf 'function "Workers/Step-1" {\n  input {\n  }\n\n  stack {\n  }\n\n  response = 2\n}\n' > "$ws/b/two.xs"
    # a table of the same name is another kind: no warning for it
    printf 'table "Workers/Step-1" {\n  auth = false\n\n  schema {\n    int id\n  }\n\n  index = [{type: "primary", field: [{name: "id"}]}]\n}\n' > "$ws/b/three.xs"
    chk_warns "$ws" "b/two\.xs:1:10: warning: duplicate function 'Workers/Step-1': also defined at .*a/one\.xs:1:10"
    [ "$(grep -c 'duplicate' "$TMP/chk.err")" -eq 1 ]
    sed -i 's/Step-1/Step-2/' "$ws/b/two.xs"
    chk_clean "$ws"
}

test_checker_duplicate_query_verbs() {
    local ws
    ws="$(chk_ws dupq)"
    printf 'query users verb=GET {\n  input {\n  }\n\n  stack {\n  }\n\n  response = 1\n}\n' > "$ws/get.xs"
    printf 'query users verb=GET {\n  input {\n  }\n\n  stack {\n  }\n\n  response = 2\n}\n' > "$ws/get2.xs"
    chk_warns "$ws" "get2\.xs:1:7: warning: duplicate query 'users'"
    # the same path with another verb is another endpoint
    sed -i 's/verb=GET/verb=POST/' "$ws/get2.xs"
    chk_clean "$ws"
}

# A workspace (a directory) checks function.run targets; a lone file does not.
test_checker_missing_function() {
    local ws
    ws="$(chk_ws call)"
    mkdir -p "$ws/Workers"
    printf 'function "Workers/Step-1" {\n  input {\n  }\n\n  stack {\n  }\n\n  response = 1\n}\n' > "$ws/Workers/step1.xs"
    cat > "$ws/orch.xs" <<'XS'
function orch {
  input {
  }

  stack {
    function.run "Workers/Step1" {
      input = {}
    } as $r
  }

  response = $r
}
XS
    chk_warns "$ws" "orch\.xs:6:18: warning: function\.run calls 'Workers/Step1': no function of the workspace has that name \(did you mean 'Workers/Step-1'\?\)"
    # the file alone is not a workspace: nothing to say about the call
    "$XSFLOW" check --strict "$ws/orch.xs" 2> "$TMP/chk.err"
    [ ! -s "$TMP/chk.err" ]
    sed -i 's|Workers/Step1|Workers/Step-1|' "$ws/orch.xs"
    chk_clean "$ws"
}

test_checker_unknown_statement() {
    local ws
    ws="$(chk_ws stmt)"
    cat > "$ws/f.xs" <<'XS'
function f {
  input {
  }

  stack {
    var $t {
      value = "a"
    }

    text.apend $t {
      value = "b"
    }
  }

  response = $t
}
XS
    chk_warns "$ws" "f\.xs:10:5: warning: statement 'text\.apend' is not implemented by this runtime: a run fails here \(did you mean 'text\.append'\?\)"
    sed -i 's/text\.apend/text.append/' "$ws/f.xs"
    chk_clean "$ws"
}

test_checker_unimplemented_statement() {
    local ws
    ws="$(chk_ws iplookup)"
    cat > "$ws/f.xs" <<'XS'
function f {
  input {
  }

  stack {
    util.ip_lookup {
      value = "192.0.2.1"
    }
  }

  response = 1
}
XS
    chk_warns "$ws" "f\.xs:6:5: warning: statement 'util\.ip_lookup' is not available in this runtime: a run fails here"
    sed -i '/util.ip_lookup/,/^    }/d' "$ws/f.xs"
    chk_clean "$ws"
}

test_checker_filter_arity() {
    local ws
    ws="$(chk_ws arity)"
    cat > "$ws/f.xs" <<'XS'
function f {
  input {
  }

  stack {
    var $s {
      value = "hello"|substr
    }
  }

  response = $s
}
XS
    chk_warns "$ws" "f\.xs:7:23: warning: filter 'substr' takes 1 to 2 arguments, got 0"
    sed -i 's/|substr$/|substr:1:2/' "$ws/f.xs"
    chk_clean "$ws"
}

# Filters on a $db column inside a db statement become SQL: not checked.
test_checker_db_column_filters() {
    local ws
    ws="$(chk_ws dbcol)"
    cat > "$ws/f.xs" <<'XS'
function f {
  input {
  }

  stack {
    db.query step_record {
      return = {
        type : "aggregate"
        group: {step_name: $db.step_record.name}
        eval : {slowest: $db.step_record.duration_ms|max}
      }
    } as $per_step
  }

  response = $per_step
}
XS
    chk_clean "$ws"
}

test_checker_var_update_undeclared() {
    local ws
    ws="$(chk_ws varup)"
    cat > "$ws/f.xs" <<'XS'
function f {
  input {
    bool flag?
  }

  stack {
    conditional {
      if ($input.flag) {
        var $errors {
          value = []
        }
      }
    }

    var.update $errs {
      value = ["x"]
    }
  }

  response = $errors
}
XS
    chk_warns "$ws" "f\.xs:15:16: warning: var\.update of '\\\$errs', which this function never declares with var \(did you mean 'errors'\?\)"
    # declared inside a branch is still in scope after it
    sed -i 's/var.update \$errs /var.update $errors /' "$ws/f.xs"
    chk_clean "$ws"
}

test_checker_var_update_as_and_each() {
    local ws
    ws="$(chk_ws varas)"
    cat > "$ws/f.xs" <<'XS'
function f {
  input {
  }

  stack {
    foreach ([1, 2]) {
      each as $item {
        var.update $item {
          value = 3
        }
      }
    }

    var.update $total.count {
      value = 1
    }

    security.create_uuid as $total
  }

  response = $total
}
XS
    chk_clean "$ws"
}

test_checker_input_field() {
    local ws
    ws="$(chk_ws input)"
    cat > "$ws/f.xs" <<'XS'
function f {
  input {
    text agent_id
    int limit?=10
  }

  stack {
    var $a {
      value = $input.agentid
    }
  }

  response = $a ~ ($input.limit|to_text)
}
XS
    chk_warns "$ws" "f\.xs:9:22: warning: '\\\$input\.agentid': the input block of function 'f' has no field 'agentid' \(did you mean 'agent_id'\?\)"
    sed -i 's/\$input\.agentid/$input.agent_id/' "$ws/f.xs"
    chk_clean "$ws"
}

# The example workspaces are clean. examples/embed is left out: its
# workers are C functions its program registers, which check cannot see.
test_checker_examples_clean() {
    local d
    for d in "$ROOT"/examples/*/; do
        [ "$(basename "$d")" != embed ] || continue
        "$XSFLOW" check "$d" 2> "$TMP/chk.err" || { cat "$TMP/chk.err"; return 1; }
        if grep -q 'warning:' "$TMP/chk.err"; then
            cat "$TMP/chk.err"
            return 1
        fi
    done
}

# --json carries the warnings with their positions.
test_checker_json() {
    local ws
    ws="$(chk_ws json)"
    printf 'function f {\n  input {\n  }\n\n  stack {\n  }\n\n  response = $input.nope\n}\n' > "$ws/f.xs"
    "$XSFLOW" check --json "$ws" > "$TMP/chk.json"
    grep -q '"line":8,"col":' "$TMP/chk.json"
    grep -q '"severity":"warning"' "$TMP/chk.json"
    grep -q "has no field 'nope'" "$TMP/chk.json"
}

# A filter Xano knows but this runtime does not run, on the value side of a
# where condition (a filter of ordinary values, not of a $db column).
test_checker_unimplemented_filter() {
    local ws
    ws="$(chk_ws filt)"
    cat > "$ws/f.xs" <<'XS'
function f {
  input {
    text q
  }

  stack {
    db.query job {
      where = $db.job.name == ($input.q|search_rank:"x")
    } as $rows
  }

  response = $rows
}
XS
    chk_warns "$ws" "f\.xs:8:41: warning: filter 'search_rank' is not available in this runtime: a run fails here"
    sed -i 's/|search_rank:"x")/|to_lower)/' "$ws/f.xs"
    chk_clean "$ws"
}
