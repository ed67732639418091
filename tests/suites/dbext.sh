# db.schema on a workspace's table (SQLite), and
# db.external.postgres.direct_query on a PostgreSQL server named in the
# statement (tests/pg/with provides one in XS_PG_URL; without it that case
# reports itself skipped). Sourced by tests/run ($XSFLOW, $TMP, $ROOT).

dbext_table() {
    cat > "$1/user.xs" <<'XS'
table user {
  auth = false
  schema {
    int id
    text name filters=trim
    email email?
    enum role?=member {
      values = ["member", "admin"]
    }
    timestamp created_at?=now
    text[] tags?
  }
}
XS
}

test_dbext_schema() {
    local ws="$TMP/dbext.schema"
    mkdir -p "$ws"
    dbext_table "$ws"
    cat > "$ws/sch.xs" <<'XS'
function "sch" {
  stack {
    db.schema user as $all
    db.schema user {
      path = "role"
    } as $role
  }
  response = {names: $all|map:$$.name, tags: $all|last, role: $role}
}
XS
    "$XSFLOW" run sch --workspace "$ws" --db "sqlite:$ws/x.db" --compact > "$TMP/dbext.out"
    [ "$(cat "$TMP/dbext.out")" = '{"names":["id","name","email","role","created_at","tags"],"tags":{"name":"tags","type":"text","style":"list","nullable":false,"required":false,"default":null,"sensitive":false},"role":{"name":"role","type":"enum","style":"single","nullable":false,"required":false,"default":"member","sensitive":false,"values":["member","admin"]}}' ] ||
        { cat "$TMP/dbext.out"; return 1; }
    # an unknown column is ERROR_CODE_NOT_FOUND
    cat > "$ws/bad.xs" <<'XS'
function "bad" {
  stack {
    db.schema user {
      path = "nope"
    } as $c
  }
  response = $c
}
XS
    if "$XSFLOW" run bad --workspace "$ws" --db "sqlite:$ws/x.db" --compact 2> "$TMP/dbext.err"; then
        return 1
    fi
    grep -q '"name":"ERROR_CODE_NOT_FOUND","message":"db.schema: table '"'"'user'"'"' has no column '"'"'nope'"'"'"' "$TMP/dbext.err"
}

test_dbext_postgres_direct_query() {
    [ -n "${XS_PG_URL:-}" ] || return 77
    local ws="$TMP/dbext.pg"
    mkdir -p "$ws"
    # the run's own database is SQLite: the query reaches PostgreSQL only
    # through the URL written in the statement
    cat > "$ws/q.xs" <<XS
function "q" {
  input {
    text url
  }
  stack {
    db.external.postgres.direct_query {
      code = "CREATE TEMP TABLE pets (name text, age int)"
      response_type = "list"
      connection_string = \$input.url
    } as \$created
    db.external.postgres.direct_query {
      code = "SELECT ?::int + ?::int AS total, ?::text AS label, 'it''s; DROP TABLE x' AS quoted"
      response_type = "single"
      connection_string = \$input.url
      arg = 40
      arg = 2
      arg = "robert'); DROP TABLE students;--"
    } as \$one
    db.external.postgres.direct_query {
      code = "SELECT n FROM generate_series(1, ?::int) AS n ORDER BY n"
      response_type = "list"
      connection_string = \$input.url
      arg = 3
    } as \$many
  }
  response = {created: \$created, one: \$one, many: \$many}
}
XS
    jq -n --arg url "$XS_PG_URL" '{url: $url}' > "$TMP/dbext.in"
    "$XSFLOW" run q --workspace "$ws" --db "sqlite:$ws/x.db" --input "@$TMP/dbext.in" --compact > "$TMP/dbext.out"
    [ "$(cat "$TMP/dbext.out")" = '{"created":[],"one":{"total":42,"label":"robert'"'"'); DROP TABLE students;--","quoted":"it'"'"'s; DROP TABLE x"},"many":[{"n":1},{"n":2},{"n":3}]}' ] ||
        { cat "$TMP/dbext.out"; return 1; }
    # a refused statement is ERROR_FATAL naming the statement and quoting PostgreSQL
    cat > "$ws/bad.xs" <<XS
function "bad" {
  input {
    text url
  }
  stack {
    db.external.postgres.direct_query {
      code = "SELECT * FROM no_such_table"
      response_type = "list"
      connection_string = \$input.url
    } as \$x
  }
  response = \$x
}
XS
    if "$XSFLOW" run bad --workspace "$ws" --db "sqlite:$ws/x.db" --input "@$TMP/dbext.in" --compact 2> "$TMP/dbext.err"; then
        return 1
    fi
    grep -q '"name":"ERROR_FATAL","message":"db.external.postgres.direct_query: .*no_such_table' "$TMP/dbext.err" ||
        { cat "$TMP/dbext.err"; return 1; }
}

# db.direct_query binds every `arg`, in order, one per placeholder; one arg
# holding a list binds its items.
test_dbext_direct_query_args() {
    local ws="$TMP/dbext.args"
    mkdir -p "$ws"
    dbext_table "$ws"
    cat > "$ws/dq.xs" <<'XS'
function "dq" {
  stack {
    db.add user {
      data = {name: "ann", role: "admin"}
    }
    db.add user {
      data = {name: "bob"}
    }
    db.direct_query {
      sql = "SELECT name FROM user WHERE role = ? AND name <> ? ORDER BY id"
      arg = "admin"
      arg = "bob"
      response_type = "list"
    } as $two
    db.direct_query {
      sql = "SELECT count(*) AS n FROM user WHERE name IN (?, ?)"
      arg = ["ann", "bob"]
      response_type = "single"
    } as $listed
  }
  response = {two: $two, listed: $listed.n}
}
XS
    "$XSFLOW" db migrate --db "sqlite:$ws/x.db" "$ws" > /dev/null || return 1
    "$XSFLOW" run dq --workspace "$ws" --db "sqlite:$ws/x.db" --compact > "$TMP/dbext.out" ||
        return 1
    [ "$(cat "$TMP/dbext.out")" = '{"two":[{"name":"ann"}],"listed":2}' ] ||
        { cat "$TMP/dbext.out"; return 1; }
}
