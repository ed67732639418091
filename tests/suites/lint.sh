# lint: `xsflow lint`, the orchestration design rules of docs/lint.md.
# Sourced by tests/run ($XSFLOW, $TMP, $ROOT). Each rule has a small
# workspace that breaks it and one that keeps it.

# ws NAME: a fresh workspace directory $TMP/lint/NAME with Tasks/ and Workers/.
ws() {
    W="$TMP/lint/$1"
    rm -rf "$W"
    mkdir -p "$W/Tasks" "$W/Workers"
}

# expect_rule ID DIR: lint DIR exits 1 and reports rule ID.
expect_rule() {
    local rc=0
    "$XSFLOW" lint "$2" > "$TMP/lint.out" 2>&1 || rc=$?
    cat "$TMP/lint.out"
    [ "$rc" -eq 1 ] || { echo "expected exit 1, got $rc"; return 1; }
    grep -q "warning: \[$1\]" "$TMP/lint.out" || { echo "expected a $1 finding"; return 1; }
}

# expect_clean DIR: lint DIR exits 0 and prints nothing.
expect_clean() {
    local rc=0
    "$XSFLOW" lint "$1" > "$TMP/lint.out" 2>&1 || rc=$?
    cat "$TMP/lint.out"
    [ "$rc" -eq 0 ] || { echo "expected exit 0, got $rc"; return 1; }
    [ ! -s "$TMP/lint.out" ] || { echo "expected no output"; return 1; }
}

# A worker that returns a Result and touches nothing else.
good_worker() {
    cat > "$1/Workers/step.xs" <<'XS'
function "Workers/Step" {
  input {
    int id
  }

  stack {
    db.get agents {
      field_name = "id"
      field_value = $input.id
    } as $row
  }

  response = {success: $row != null, data: $row, error: ($row == null) ? "not found" : null}
}
XS
}

# An orchestrator that runs two steps, checks each Result and collects errors.
good_orchestrator() {
    cat > "$1/Tasks/orch.xs" <<'XS'
function "Tasks/Orch" {
  input {
    int id
  }

  stack {
    var $errors {
      value = []
    }

    function.run "Workers/Step" {
      input = {id: $input.id}
    } as $a

    conditional {
      if ($a.success == false) {
        var.update $errors {
          value = $errors|push:$a.error
        }
      }
    }

    function.run "Workers/Step" {
      input = {id: $input.id + 1}
    } as $b

    conditional {
      if ($b.success == false) {
        var.update $errors {
          value = $errors|push:$b.error
        }
      }
    }

    db.edit job_table {
      field_name = "id"
      field_value = $input.id
      data = {status: ($errors|count) == 0 ? "Complete" : "Partial"}
    }
  }

  response = {success: ($errors|count) == 0, errors: $errors}
}
XS
}

test_lint_clean_workspace() {
    ws clean
    good_worker "$W"
    good_orchestrator "$W"
    expect_clean "$W"
}

# ---- XS001 workers updating job records ----

test_lint_xs001_worker_edits_job() {
    ws xs001
    cat > "$W/Workers/step.xs" <<'XS'
function "Workers/Step" {
  input {
    int id
  }

  stack {
    db.edit job_table {
      field_name = "id"
      field_value = $input.id
      data = {status: "Done"}
    }
  }

  response = {success: true}
}
XS
    expect_rule XS001 "$W"
    grep -q "Workers/step.xs:7:5: warning: \[XS001\] worker 'Workers/Step' writes the job record table 'job_table' with db.edit (hint: " "$TMP/lint.out"
}

test_lint_xs001_orchestrator_may() {
    ws xs001ok
    good_worker "$W"
    good_orchestrator "$W" # edits job_table itself
    expect_clean "$W"
}

test_lint_xs001_configured_tables() {
    ws xs001cfg
    cat > "$W/Workers/step.xs" <<'XS'
function "Workers/Step" {
  stack {
    db.add_or_edit runs {
      field_name = "id"
      field_value = 1
      data = {status: "Done"}
    }

    db.patch job_table {
      field_name = "id"
      field_value = 1
      data = {status: "Done"}
    }
  }

  response = {success: true}
}
XS
    echo '{"lint": {"job_tables": ["runs"]}}' > "$W/xsflow.json"
    expect_rule XS001 "$W"
    grep -q "table 'runs' with db.add_or_edit" "$TMP/lint.out"
    ! grep -q "'job_table'" "$TMP/lint.out"
}

# ---- XS002 silent failures: a Result nobody reads ----

test_lint_xs002_unchecked_result() {
    ws xs002
    good_worker "$W"
    cat > "$W/Tasks/orch.xs" <<'XS'
function "Tasks/Orch" {
  stack {
    function.run "Workers/Step" {
      input = {id: 1}
    } as $r

    debug.log {
      value = $r.data
    }
  }

  response = {success: true}
}
XS
    expect_rule XS002 "$W"
    grep -q "the Result \$r of 'Workers/Step' is never checked" "$TMP/lint.out"
}

test_lint_xs002_no_as_in_orchestrator() {
    ws xs002as
    good_worker "$W"
    cat > "$W/Tasks/orch.xs" <<'XS'
function "Tasks/Orch" {
  stack {
    function.run "Workers/Step" {
      input = {id: 1}
    }
  }

  response = {success: true}
}
XS
    expect_rule XS002 "$W"
    grep -q "runs 'Workers/Step' without \`as \$var\`" "$TMP/lint.out"
}

test_lint_xs002_checked_ways() {
    ws xs002ok
    good_worker "$W"
    cat > "$W/Tasks/orch.xs" <<'XS'
function "Tasks/Orch" {
  stack {
    function.run "Workers/Step" {
      input = {id: 1}
    } as $a

    precondition ($a.success) {
      error = "step a failed"
    }

    function.run "Workers/Step" {
      input = {id: 2}
    } as $b

    var $errors {
      value = [$b|get:"error"]
    }

    function.run "Workers/Step" {
      input = {id: 3}
    } as $c
  }

  response = $c
}
XS
    cat > "$W/Workers/other.xs" <<'XS'
function "Workers/Other" {
  stack {
    function.run "Workers/Step" {
      input = {id: 1}
    } as $r

    return {
      value = $r
    }
  }
}
XS
    expect_clean "$W"
}

# ---- XS003 throwing exceptions for flow control ----

test_lint_xs003_worker_throws() {
    ws xs003
    cat > "$W/Workers/step.xs" <<'XS'
function "Workers/Step" {
  input {
    int id
  }

  stack {
    conditional {
      if ($input.id < 1) {
        throw {
          name = "BadInput"
          value = "id must be positive"
        }
      }
    }
  }

  response = {success: true}
}
XS
    expect_rule XS003 "$W"
    grep -q "worker 'Workers/Step' throws instead of returning a failed Result" "$TMP/lint.out"
}

test_lint_xs003_throw_caught_locally() {
    ws xs003tc
    cat > "$W/Tasks/orch.xs" <<'XS'
function "Tasks/Orch" {
  stack {
    try_catch {
      try {
        throw {
          name = "Skip"
          value = "nothing to do"
        }
      }

      catch {
        debug.log {
          value = $error.message
        }
      }
    }
  }

  response = {success: true}
}
XS
    expect_rule XS003 "$W"
    grep -q "throw caught by a try_catch of the same function" "$TMP/lint.out"
}

test_lint_xs003_result_instead() {
    ws xs003ok
    good_worker "$W"
    # A throw outside a worker and outside any try_catch is the caller's to catch.
    cat > "$W/Tasks/orch.xs" <<'XS'
function "Tasks/Orch" {
  input {
    int id
  }

  stack {
    conditional {
      if ($input.id < 1) {
        throw {
          name = "BadInput"
          value = "id must be positive"
        }
      }
    }
  }

  response = {success: true}
}
XS
    expect_clean "$W"
}

# ---- XS004 no error collection ----

test_lint_xs004_no_errors_var() {
    ws xs004
    good_worker "$W"
    cat > "$W/Tasks/orch.xs" <<'XS'
function "Tasks/Orch" {
  stack {
    function.run "Workers/Step" {
      input = {id: 1}
    } as $a

    function.run "Workers/Step" {
      input = {id: 2}
    } as $b
  }

  response = {success: $a.success && $b.success}
}
XS
    expect_rule XS004 "$W"
    grep -q "orchestrator 'Tasks/Orch' calls workers several times but keeps no error list" "$TMP/lint.out"
}

test_lint_xs004_collects() {
    ws xs004ok
    good_worker "$W"
    good_orchestrator "$W"
    expect_clean "$W"
}

# ---- XS005 long-running single functions: an unpaged query ----

test_lint_xs005_unpaged_query_in_task() {
    ws xs005
    good_worker "$W"
    cat > "$W/Tasks/sweep.xs" <<'XS'
task "Tasks/Sweep" {
  stack {
    db.query agents {
      return = {type: "list"}
    } as $rows

    var $failures {
      value = []
    }

    foreach ($rows) {
      each as $row {
        function.run "Workers/Step" {
          input = {id: $row.id}
        } as $r

        conditional {
          if ($r.success == false) {
            var.update $failures {
              value = $failures|push:$r.error
            }
          }
        }
      }
    }
  }
}
XS
    expect_rule XS005 "$W"
    grep -q "db.query agents in task 'Tasks/Sweep' reads every row: no limit or paging" "$TMP/lint.out"
}

test_lint_xs005_paged() {
    ws xs005ok
    good_worker "$W"
    cat > "$W/Tasks/sweep.xs" <<'XS'
task "Tasks/Sweep" {
  stack {
    db.query agents {
      return = {type: "list", paging: {page: 1, per_page: 100}}
    } as $rows

    db.query agents {
      return = {type: "count"}
    } as $total

    var $failures {
      value = []
    }

    foreach ($rows.items) {
      each as $row {
        function.run "Workers/Step" {
          input = {id: $row.id}
        } as $r

        conditional {
          if ($r.success == false) {
            var.update $failures {
              value = $failures|push:$r.error
            }
          }
        }
      }
    }
  }
}
XS
    expect_clean "$W"
}

# ---- XS006 mixing orchestration and work: a worker that notifies ----

test_lint_xs006_worker_notifies() {
    ws xs006
    cat > "$W/Workers/step.xs" <<'XS'
function "Workers/Step" {
  stack {
    db.add notification_items {
      data = {user_id: 1, code: "DONE"}
    }

    function.run "Archive/slack_webhook_json_pretty_print" {
      input = {url: $env.SLACK_WEBHOOK_URL, json: {}}
    } as $sent
  }

  response = {success: $sent.success}
}
XS
    expect_rule XS006 "$W"
    [ "$(grep -c '\[XS006\]' "$TMP/lint.out")" -eq 2 ]
}

test_lint_xs006_orchestrator_notifies() {
    ws xs006ok
    good_worker "$W"
    good_orchestrator "$W"
    cat > "$W/Tasks/notify.xs" <<'XS'
function "Tasks/Notify" {
  stack {
    db.add notification_items {
      data = {user_id: 1, code: "DONE"}
    }

    function.run "Archive/slack_webhook_json_pretty_print" {
      input = {url: $env.SLACK_WEBHOOK_URL, json: {}}
    }
  }

  response = {success: true}
}
XS
    expect_clean "$W"
}

# ---- off-switches, output, exit codes ----

test_lint_disable_in_xsflow_json() {
    test_lint_xs001_worker_edits_job > /dev/null
    echo '{"lint": {"disable": ["XS001"]}}' > "$W/xsflow.json"
    expect_clean "$W"
    # the file alone finds the workspace's xsflow.json above it
    expect_clean "$W/Workers/step.xs"
}

test_lint_disable_per_object() {
    test_lint_xs004_no_errors_var > /dev/null
    echo '{"lint": {"objects": {"Tasks/Orch": {"disable": ["XS004"]}}}}' > "$W/xsflow.json"
    expect_clean "$W"
    echo '{"lint": {"objects": {"Tasks/Other": {"disable": ["XS004"]}}}}' > "$W/xsflow.json"
    expect_rule XS004 "$W"
}

test_lint_bad_config() {
    ws badcfg
    good_worker "$W"
    local rc=0
    echo '{"lint": {"disable": ["XS999"]}}' > "$W/xsflow.json"
    "$XSFLOW" lint "$W" > "$TMP/lint.out" 2>&1 || rc=$?
    [ "$rc" -eq 2 ] && grep -q "names no rule: 'XS999'" "$TMP/lint.out"
    rc=0
    echo '{"lint": {"disable": "XS001"}}' > "$W/xsflow.json"
    "$XSFLOW" lint "$W" > "$TMP/lint.out" 2>&1 || rc=$?
    [ "$rc" -eq 2 ]
}

test_lint_json() {
    test_lint_xs001_worker_edits_job > /dev/null
    local rc=0
    "$XSFLOW" lint --json "$W" > "$TMP/lint.json" 2> "$TMP/lint.err" || rc=$?
    cat "$TMP/lint.json"
    [ "$rc" -eq 1 ]
    [ ! -s "$TMP/lint.err" ]
    grep -q '"files": 1, "failed": 1, "findings": \[' "$TMP/lint.json"
    grep -q '"line": 7, "col": 5, "rule": "XS001", "object": "Workers/Step", "message": "worker ' "$TMP/lint.json"
    grep -q '"hint": "let the orchestrator write job state' "$TMP/lint.json"
    if command -v python3 > /dev/null; then
        python3 -m json.tool "$TMP/lint.json" > /dev/null
    fi
    ws jsonclean
    good_worker "$W"
    "$XSFLOW" lint --json "$W" > "$TMP/lint.json"
    grep -q '"findings": \[\], "errors": \[\]}' "$TMP/lint.json"
}

test_lint_exit_codes() {
    ws exits
    good_worker "$W"
    "$XSFLOW" lint "$W"
    local rc=0
    "$XSFLOW" lint > /dev/null 2>&1 || rc=$?
    [ "$rc" -eq 2 ]
    rc=0
    "$XSFLOW" lint --nope "$W" > /dev/null 2>&1 || rc=$?
    [ "$rc" -eq 2 ]
    rc=0
    "$XSFLOW" lint "$W/missing" > /dev/null 2>&1 || rc=$?
    [ "$rc" -eq 1 ]
    rc=0
    printf 'function "Workers/Broken" {\n  stack {\n' > "$W/Workers/broken.xs"
    "$XSFLOW" lint "$W" > /dev/null 2>&1 || rc=$?
    [ "$rc" -eq 1 ]
    "$XSFLOW" lint --rules | grep -q '^XS006  worker sends a notification'
}

# The whole example workspace lints clean.
test_lint_example_clean() {
    "$XSFLOW" lint "$ROOT/examples/v2-backend"
}

# A relative path finds the xsflow.json of the directory it is run from.
test_lint_relative_path_config() {
    test_lint_xs001_worker_edits_job > /dev/null
    echo '{"lint": {"disable": ["XS001"]}}' > "$W/xsflow.json"
    (cd "$W" && "$XSFLOW" lint Workers/step.xs && "$XSFLOW" lint Workers && "$XSFLOW" lint .)
}
